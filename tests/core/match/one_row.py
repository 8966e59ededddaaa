"""One requirement row of a small match, for the tests of issue #12's failure classes:
a CV made of a few roles, a posting that asks one thing (and one thing more, so the row
is not alone), and the row for that one thing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from shortlist.analyses import match_texts
from shortlist.core.models import RequirementResult

TODAY = dt.date(2026, 11, 1)


def cv_text(roles: Sequence[str], *, name: str = "Alex Doe", after: str = "") -> str:
    """A CV: a name, an e-mail address, the roles under "Experience", then ``after``."""
    address = name.lower().replace(" ", ".")
    return f"{name}\n{address}@example.com\n\nExperience\n" + "\n\n".join(roles) + f"\n{after}"


def role(header: str, *lines: str) -> str:
    """A role: its header, then its lines as bullets."""
    return "\n".join([header, *(f"- {line}" for line in lines)])


def row_for(
    asked: str, cv: str, *, title: str = "Vacancy", other: str = "Good written English"
) -> RequirementResult:
    """The row for ``asked`` when a posting titled ``title`` asks it and ``other``."""
    posting = f"{title}\n\nEssential:\n- {asked}\n- {other}\n"
    report = match_texts(cv, posting, today=TODAY)
    rows = [r for r in report.rows if r.requirement.text == asked]
    assert len(rows) == 1, [r.requirement.text for r in report.rows]
    return rows[0]
