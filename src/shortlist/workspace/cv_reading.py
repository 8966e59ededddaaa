"""A saved CV as its owner corrected its reading: the one way every service reads a CV
version (the CV page, match reports, interview plans, practice feedback).

The corrections (storage: cv_removed_skills, cv_misread_lines; made in
cv_corrections.py) apply before anything is matched: a misread line is blanked before
parsing, its offsets kept, so it shows no role, skill, degree, credential or words; a
removed skill is then taken out of the parsed CV (core/cv/corrections.py): no row is met
by it, by a narrower skill or by the words that named it. A report's input
hash holds the corrections (reports.py), so changing one computes the reports again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shortlist.analyses import analyse_cv
from shortlist.core.cv.corrections import without_skills
from shortlist.core.models import CV
from shortlist.storage import CvCorrections, CvVersionRow, MarkedLine, Repos
from shortlist.workspace.views import CvCorrectionsView, MisreadLineView

__all__ = ["CvReading", "corrections_view", "read_cv", "reading_of"]


@dataclass(frozen=True)
class CvReading:
    """A CV version's text and its owner's corrections of how it reads."""

    text: str
    corrections: CvCorrections

    def holds(self, line: MarkedLine) -> bool:
        """Whether ``line`` is still where its mark says; a stale mark applies to nothing."""
        return self.text[line.start : line.start + len(line.text)] == line.text

    @property
    def corrected_text(self) -> str:
        """The text with every misread line turned to spaces (line breaks kept): the same
        length and offsets, nothing to read in those lines."""
        marked = [line for line in self.corrections.misread_lines if self.holds(line)]
        if not marked:
            return self.text
        chars = list(self.text)
        for line in marked:
            for at in range(line.start, line.start + len(line.text)):
                if chars[at] not in "\r\n":
                    chars[at] = " "
        return "".join(chars)

    def hash_parts(self) -> list[str]:
        """What a report's input hash takes from the CV: its corrected text, and the
        removed skills if any (so a CV without corrections hashes as it always did)."""
        removed = self.corrections.removed_skills
        return [self.corrected_text, *(["removed skills", *sorted(removed)] if removed else [])]


def reading_of(repos: Repos, row: CvVersionRow) -> CvReading:
    """CV version ``row`` with its corrections."""
    return CvReading(row.text, repos.cvs.corrections(row.id))


def read_cv(reading: CvReading, today: dt.date) -> CV:
    """The CV as parsed with its corrections applied: misread lines blanked before the
    parse, removed skills dropped after it."""
    cv = analyse_cv(reading.corrected_text, today)
    return without_skills(cv, reading.corrections.removed_skills)


def corrections_view(cv_id: int, reading: CvReading) -> CvCorrectionsView:
    """The corrections of CV version ``cv_id`` as the page and the API show them."""
    return CvCorrectionsView(
        cv_id=cv_id,
        removed_skills=reading.corrections.removed_skills,
        misread_lines=[
            MisreadLineView(text=line.text, start=line.start, found=reading.holds(line))
            for line in reading.corrections.misread_lines
        ],
    )
