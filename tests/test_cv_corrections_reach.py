"""What a correction of the CV's reading means everywhere in a report (issue #12): a skill
the user removed is evidence of nothing, whether named, implied by a narrower skill or
said in a line's words, and the row says the user removed it; a line marked as misread
proves no row, no years, no paraphrase and no narrowing. Undoing either brings the report
back as it was. On SQLite and on PostgreSQL, through the workspace services."""

from __future__ import annotations

import pytest
from tests.corrected_cvs import (
    BOOKKEEPER_CV,
    BOOKKEEPER_POSTING,
    MARKETER_CV,
    MARKETER_POSTING,
    PHYSIO_CV,
    PHYSIO_POSTING,
)

from shortlist.workspace import (
    Workspace,
    add_cv,
    add_job,
    cv_understanding,
    get_report,
    mark_cv_line_misread,
    remove_cv_skill,
    restore_cv_skill,
    unmark_cv_line,
)

REMOVED = "you removed it from your CV"


def _saved(ws: Workspace, cv: str, posting: str) -> tuple[int, int]:
    """The CV and posting saved; (cv id, job id)."""
    return add_cv(ws, text=cv).id, add_job(ws, text=posting).id


def _rows(ws: Workspace, job_id: int) -> dict[str, tuple[str, str | None, str]]:
    """Each row of the job's report: requirement -> (status, evidence, note)."""
    report = get_report(ws, job_id).report
    return {r.text: (r.status.value, r.evidence, r.note) for r in report.requirements}


def test_a_removed_skill_is_met_by_no_narrower_skill_and_no_line(ws: Workspace) -> None:
    cv_id, job_id = _saved(ws, BOOKKEEPER_CV, BOOKKEEPER_POSTING)
    before = _rows(ws, job_id)
    accounting_rows = [
        "3+ years of accounting experience",
        "Strong accounting skills",
        "Experience running the month-end close",
    ]
    assert all(before[row][0] == "met" for row in accounting_rows), before

    remove_cv_skill(ws, cv_id, "Accounting")

    after = _rows(ws, job_id)
    for row in accounting_rows:
        status, evidence, note = after[row]
        # Not through Bookkeeping, Xero or Sage (narrower skills), nor the job title,
        # nor the line that says "month-end accounting close".
        assert (status, evidence) == ("missing", None), (row, after[row])
        assert f"Accounting: {REMOVED}" in note
    # What the user kept counts as before.
    assert after["Experience with Xero"] == before["Experience with Xero"]
    assert after["Fluent Irish is a plus"] == before["Fluent Irish is a plus"]
    assert "Bookkeeping" in [s.name for s in cv_understanding(ws, cv_id).skills]

    restore_cv_skill(ws, cv_id, "Accounting")
    assert _rows(ws, job_id) == before


def test_a_removed_parent_skill_leaves_the_narrower_one_its_own_rows(ws: Workspace) -> None:
    cv_id, job_id = _saved(ws, MARKETER_CV, MARKETER_POSTING)
    before = _rows(ws, job_id)
    assert before["Hands-on experience with a CRM platform"][0] == "met"
    assert before["3+ years of CRM experience"][0] == "met"

    remove_cv_skill(ws, cv_id, "CRM")

    after = _rows(ws, job_id)
    for row in ("Hands-on experience with a CRM platform", "3+ years of CRM experience"):
        assert after[row][:2] == ("missing", None), after[row]
        assert f"CRM: {REMOVED}" in after[row][2]
    # HubSpot is a CRM, but the user kept HubSpot: its own row is still met by its line.
    assert after["Experience with HubSpot"] == before["Experience with HubSpot"]
    assert after["Experience with HubSpot"][0] == "met"


def test_a_removed_skill_said_in_other_words_proves_nothing(ws: Workspace) -> None:
    cv_id, job_id = _saved(ws, MARKETER_CV, MARKETER_POSTING)
    coached = "- Coached two junior marketers through their first campaigns."
    assert _rows(ws, job_id)["Experience mentoring junior marketers"][:2] == ("met", coached)

    remove_cv_skill(ws, cv_id, "Coaching")

    status, evidence, _ = _rows(ws, job_id)["Experience mentoring junior marketers"]
    assert evidence != coached
    assert status != "met"


def test_a_removed_language_meets_no_language_row(ws: Workspace) -> None:
    cv_id, job_id = _saved(ws, PHYSIO_CV, PHYSIO_POSTING)
    assert _rows(ws, job_id)["Fluent Polish is desirable"][0] == "met"

    remove_cv_skill(ws, cv_id, "Polish")

    status, evidence, note = _rows(ws, job_id)["Fluent Polish is desirable"]
    assert (status, evidence) == ("missing", None)
    assert f"Polish: {REMOVED}" in note
    assert "Polish" not in [lang.name for lang in cv_understanding(ws, cv_id).languages]


@pytest.mark.parametrize(
    ("line", "row", "after"),
    [
        # Years: the role's header is its dates; without it, 2 yr 1 mo of 5 asked.
        (
            "Band 6 Physiotherapist, Northfield Community Health, Leeds - Sep 2020 - Present",
            "5+ years of experience as a physiotherapist",
            "partial",
        ),
        # Paraphrase: "Preceptor" is how this CV says mentoring.
        (
            "- Preceptor to five newly qualified physiotherapists.",
            "Experience mentoring newly qualified staff",
            "missing",
        ),
        ("Polish (fluent)", "Fluent Polish is desirable", "missing"),
        (
            "- Ran weekly hydrotherapy groups for children with cerebral palsy.",
            "Experience running hydrotherapy sessions",
            "missing",
        ),
    ],
)
def test_a_line_marked_misread_proves_no_row_until_read_again(
    ws: Workspace, line: str, row: str, after: str
) -> None:
    cv_id, job_id = _saved(ws, PHYSIO_CV, PHYSIO_POSTING)
    before = _rows(ws, job_id)
    assert before[row][0] in ("met", "partial")

    [marked] = mark_cv_line_misread(ws, cv_id, line).misread_lines

    rows = _rows(ws, job_id)
    assert rows[row][0] == after, rows[row]
    assert all(evidence != line for _, evidence, _ in rows.values())
    unmark_cv_line(ws, cv_id, marked.start)
    assert _rows(ws, job_id) == before


def test_every_line_the_report_can_quote_is_offered_with_its_offset(ws: Workspace) -> None:
    cv_id, _ = _saved(ws, PHYSIO_CV, PHYSIO_POSTING)
    seen = cv_understanding(ws, cv_id)
    text = PHYSIO_CV

    role = seen.roles[0]
    assert role.header_line is not None
    assert text[role.header_line.start :].startswith(role.header_line.text)
    assert [x.text for x in role.quoted_lines] == [
        "- Two years on the paediatric respiratory caseload, including home visits.",
        "- Preceptor to five newly qualified physiotherapists.",
        "- Ran weekly hydrotherapy groups for children with cerebral palsy.",
    ]
    assert all(text[x.start :].startswith(x.text) for x in role.quoted_lines)
    polish = next(lang for lang in seen.languages if lang.name == "Polish")
    assert (polish.line, text[polish.start :].startswith("Polish (fluent)")) == (
        "Polish (fluent)",
        True,
    )
    # A line no other part of the page shows (the profile) is offered too; the name and
    # contact lines, never evidence, are not.
    others = [x.text for x in seen.other_lines]
    assert "Physiotherapist with a background in children's community services." in others
    assert "oksana.petrenko@example.com" not in others
    assert "Oksana Petrenko" not in others
