"""Shortlist: an honest, offline match between a CV and one job posting.

>>> report = match(cv_text, posting_text)
>>> report.score, report.band
"""

from __future__ import annotations

import datetime as dt

from shortlist.core.models import CV, MatchReport, Posting, SkillMention

__all__ = ["CV", "MatchReport", "Posting", "SkillMention", "find_skills", "match"]
__version__ = "0.1.0"


def find_skills(text: str, *, asked: bool = False) -> list[SkillMention]:
    """Skills and knowledge named in ``text``, with character offsets. With ``asked``,
    only the skill and knowledge phrases the text asks for, as a tagger trained on
    annotated job postings reads them (not every name: "a Java Developer role in
    healthcare" asks for neither)."""
    from shortlist.analyses import find_skills as find

    return find(text, asked=asked)


def match(cv_text: str, posting_text: str, *, today: dt.date | None = None) -> MatchReport:
    """Score ``cv_text`` against ``posting_text``; every row cites a CV line verbatim.

    Roles "to present" run to ``today`` (default: the system date); pass a fixed date
    for a result that does not move with the calendar.
    """
    from shortlist.analyses import match_texts

    return match_texts(cv_text, posting_text, today or dt.date.today())
