"""A parsed CV as its owner corrected it: the skills they said are not theirs taken out.

A removed skill is not merely unlisted (as if the CV never named it, when a narrower
skill or a line's words could still prove it): the CV records it as removed, the match
gives it no credit by any route and says so (core/match/checks.py), and the words that
named it are blanked from the lines the match reads, as a denial's are. Misread lines
need nothing here: they are blanked from the text before it is parsed
(workspace/cv_reading.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from shortlist.core.models import CV

__all__ = ["without_skills"]


def without_skills(cv: CV, removed: Iterable[str]) -> CV:
    """``cv`` without the skills named in ``removed`` (canonical names): not in its
    skills, mentions or languages, their mentions' spans denied, their names kept in
    :attr:`CV.removed`."""
    gone = frozenset(removed)
    if not gone:
        return cv
    spans = [(m.start, m.end) for m in cv.mentions if m.canonical in gone]
    return dataclasses.replace(
        cv,
        skills=tuple(use for use in cv.skills if use.canonical not in gone),
        mentions=tuple(m for m in cv.mentions if m.canonical not in gone),
        languages=tuple(lang for lang in cv.languages if lang.name not in gone),
        denied=tuple(sorted({*cv.denied, *spans})),
        removed=tuple(sorted(gone | set(cv.removed))),
    )
