"""Correcting how a CV was read (issue #12): a removed skill and a misread line are gone
from every reading of that CV version (the CV page, every saved job's report, the
interview plan, practice feedback) until restored; on SQLite and on PostgreSQL."""

from __future__ import annotations

from importlib import resources

import pytest

from shortlist.core.text.lines import split_lines
from shortlist.workspace import (
    NotFound,
    Workspace,
    add_cv,
    current_cv,
    cv_corrections,
    cv_understanding,
    edit_cv_line,
    get_practice,
    get_report,
    interview_plan,
    mark_cv_line_misread,
    remove_cv_skill,
    restore_cv_skill,
    start_practice,
    submit_answer,
    unmark_cv_line,
)

CV_TEXT = resources.files("shortlist").joinpath("samples", "cv.txt").read_text(encoding="utf-8")
TERRAFORM_ROW = "Infrastructure as code with Terraform"
REST_ROW = "Experience designing and versioning REST APIs"
REST_LINE = "- Designed the versioned REST API for the partner programme, now used by 60 retailers."
MOVED_LINE = (
    "- Moved 14 services from hand-built EC2 hosts to k8s (Amazon EKS) with Helm charts;\n"
    "  deploys went from 40 minutes to 6."
)


def _cv_id(ws: Workspace) -> int:
    current = current_cv(ws)
    assert current is not None
    return current.id


def _text(ws: Workspace) -> str:
    """The current CV version's text, as saved (pasting tidies spaces away)."""
    current = current_cv(ws)
    assert current is not None
    return current.text


def _row(ws: Workspace, job_id: int, text: str) -> tuple[str, str | None]:
    """The status and evidence of the report row ``text`` for the current CV."""
    report = get_report(ws, job_id).report
    row = next(r for r in report.requirements if r.text == text)
    return row.status.value, row.evidence


def _skills(ws: Workspace, cv_id: int) -> list[str]:
    return [skill.name for skill in cv_understanding(ws, cv_id).skills]


def test_a_removed_skill_meets_no_row_until_it_is_restored(ws: Workspace, job_id: int) -> None:
    cv_id = _cv_id(ws)
    assert _row(ws, job_id, TERRAFORM_ROW)[0] == "met"

    # Any case, as long as the CV page lists it; it is kept under its own name.
    removed = remove_cv_skill(ws, cv_id, "terraform")

    assert removed.removed_skills == ("Terraform",)
    assert _row(ws, job_id, TERRAFORM_ROW)[0] in ("partial", "missing")
    assert "Terraform" not in _skills(ws, cv_id)
    assert cv_understanding(ws, cv_id).corrections.removed_skills == ("Terraform",)

    restored = restore_cv_skill(ws, cv_id, "Terraform")

    assert restored.removed_skills == ()
    assert _row(ws, job_id, TERRAFORM_ROW)[0] == "met"
    assert "Terraform" in _skills(ws, cv_id)


def test_removing_a_skill_twice_keeps_one_removal(ws: Workspace, job_id: int) -> None:
    cv_id = _cv_id(ws)
    remove_cv_skill(ws, cv_id, "Accounting")
    assert remove_cv_skill(ws, cv_id, "accounting").removed_skills == ("Accounting",)


def test_a_line_marked_misread_is_no_evidence_until_read_again(ws: Workspace, job_id: int) -> None:
    cv_id = _cv_id(ws)
    assert _row(ws, job_id, REST_ROW) == ("met", REST_LINE)

    marked = mark_cv_line_misread(ws, cv_id, REST_LINE)

    [line] = marked.misread_lines
    assert (line.text, line.found) == (REST_LINE, True)
    assert _text(ws)[line.start : line.start + len(line.text)] == REST_LINE
    assert _row(ws, job_id, REST_ROW) == ("missing", None)
    assert "REST APIs" not in _skills(ws, cv_id)

    assert unmark_cv_line(ws, cv_id, line.start).misread_lines == ()
    assert _row(ws, job_id, REST_ROW) == ("met", REST_LINE)


def test_a_wrapped_line_is_found_however_its_break_was_sent(ws: Workspace, job_id: int) -> None:
    cv_id = _cv_id(ws)
    sent = MOVED_LINE.replace("\n  ", "\r\n")  # as a browser sends a hidden field

    [line] = mark_cv_line_misread(ws, cv_id, sent).misread_lines

    [saved] = [x for x in split_lines(_text(ws), join_wrapped=True) if "14 services" in x.text]
    assert (line.start, line.text) == (saved.start, saved.text)
    assert "\n" in line.text
    # Marked already: the same again changes nothing.
    assert mark_cv_line_misread(ws, cv_id, MOVED_LINE).misread_lines == (line,)
    with pytest.raises(ValueError, match=r"CV version \d+ has no line .* at offset 1"):
        mark_cv_line_misread(ws, cv_id, REST_LINE, start=1)


def test_what_is_not_there_is_refused_with_a_reason(ws: Workspace, job_id: int) -> None:
    cv_id = _cv_id(ws)
    with pytest.raises(ValueError, match=f"CV version {cv_id} shows no skill 'COBOL'"):
        remove_cv_skill(ws, cv_id, "COBOL")
    with pytest.raises(ValueError, match="say which skill to remove"):
        remove_cv_skill(ws, cv_id, "  ")
    with pytest.raises(
        ValueError, match=f"'Python' is not a skill removed from CV version {cv_id}"
    ):
        restore_cv_skill(ws, cv_id, "Python")
    with pytest.raises(ValueError, match=f"CV version {cv_id} has no line 'Ran a marathon.'"):
        mark_cv_line_misread(ws, cv_id, "Ran a marathon.")
    with pytest.raises(ValueError, match="say which line was misread"):
        mark_cv_line_misread(ws, cv_id, "\n")
    with pytest.raises(ValueError, match=f"no line of CV version {cv_id} at offset 3 is marked"):
        unmark_cv_line(ws, cv_id, 3)
    assert cv_corrections(ws, cv_id).removed_skills == ()


@pytest.mark.parametrize(
    "call",
    [
        lambda ws: remove_cv_skill(ws, 99, "Python"),
        lambda ws: restore_cv_skill(ws, 99, "Python"),
        lambda ws: mark_cv_line_misread(ws, 99, REST_LINE),
        lambda ws: unmark_cv_line(ws, 99, 0),
        lambda ws: cv_corrections(ws, 99),
    ],
)
def test_an_unknown_cv_version_is_not_found(ws: Workspace, call: object) -> None:
    assert callable(call)
    with pytest.raises(NotFound, match="no CV version with id 99"):
        call(ws)


def test_corrections_belong_to_their_version_and_an_edit_carries_them(
    ws: Workspace, job_id: int
) -> None:
    first = _cv_id(ws)
    remove_cv_skill(ws, first, "Accounting")
    mark_cv_line_misread(ws, first, REST_LINE)

    edited = edit_cv_line(ws, first, "ALEX MORGAN", "ALEXANDRA MORGAN")
    pasted = add_cv(ws, text=CV_TEXT)

    carried = cv_corrections(ws, edited.id)
    assert carried.removed_skills == ("Accounting",)
    assert [(x.text, x.found) for x in carried.misread_lines] == [(REST_LINE, True)]
    # The same line, moved on by the name's five more letters.
    old_start = cv_corrections(ws, first).misread_lines[0].start
    assert carried.misread_lines[0].start == old_start + len("ANDRA")
    # A new paste or upload starts from what it says.
    assert cv_corrections(ws, pasted.id).removed_skills == ()
    assert _row(ws, job_id, REST_ROW) == ("met", REST_LINE)
    assert get_report(ws, job_id, edited.id).report.requirements


def test_the_plan_no_longer_quotes_a_misread_line(ws: Workspace, job_id: int) -> None:
    quoted = [q.source_quote for q in interview_plan(ws, job_id).plan.questions]
    claims = [q for q in quoted if q and "MySQL schema" in q]
    assert claims, quoted
    line = next(x for x in split_lines(_text(ws), join_wrapped=True) if claims[0] in x.text)

    mark_cv_line_misread(ws, _cv_id(ws), line.text, start=line.start)

    after = [q.source_quote for q in interview_plan(ws, job_id).plan.questions]
    assert not [q for q in after if q and "MySQL schema" in q]


def test_practice_feedback_checks_answers_against_the_corrected_cv(
    ws: Workspace, job_id: int
) -> None:
    answer = (
        "At Brightcart I moved 20 services from EC2 hosts to Kubernetes with Helm charts, "
        "and deploys went from 40 minutes to 6. I led the work end to end and wrote the "
        "runbooks. The result was fewer incidents."
    )
    practice = start_practice(ws, job_id, length=2)

    def clashes() -> list[str]:
        """What the CV says against the answer, for the next question answered."""
        item_id = get_practice(ws, practice.id).current_id
        assert item_id is not None
        view = submit_answer(ws, practice.id, item_id, answer)
        feedback = next(i for i in view.items if i.id == item_id).read_feedback()
        assert feedback is not None
        return [c.other_quote for c in feedback.contradictions]

    assert any("14 services" in quote for quote in clashes())
    mark_cv_line_misread(ws, _cv_id(ws), MOVED_LINE)
    assert not any("14 services" in quote for quote in clashes())
