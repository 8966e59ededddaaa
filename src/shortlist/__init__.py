"""Shortlist: an honest, offline match between a CV and one job posting.

>>> report = match(cv_text, posting_text)
>>> report.score, report.band
"""

from __future__ import annotations

from shortlist.core.models import CV, MatchReport, Posting, SkillMention

__all__ = ["CV", "MatchReport", "Posting", "SkillMention", "find_skills", "match"]
__version__ = "0.1.0"


def find_skills(text: str) -> list[SkillMention]:
    """Skills and knowledge named in ``text``, with character offsets."""
    from shortlist.data import load_taxonomy

    return load_taxonomy().find(text)


def match(cv_text: str, posting_text: str) -> MatchReport:
    """Score ``cv_text`` against ``posting_text``; every row cites a CV line verbatim."""
    from shortlist.core.cv import parse_cv
    from shortlist.core.matching import match_cv
    from shortlist.core.posting import parse_posting
    from shortlist.data import load_taxonomy

    taxonomy = load_taxonomy()
    return match_cv(
        parse_cv(cv_text, taxonomy), parse_posting(posting_text, taxonomy), taxonomy
    )
