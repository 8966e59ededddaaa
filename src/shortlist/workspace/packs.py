"""The prep pack of a job's plan, as Markdown or PDF, for the user to keep."""

from __future__ import annotations

from dataclasses import asdict

from shortlist.formats.markdown import pack_markdown
from shortlist.workspace.base import Workspace
from shortlist.workspace.plans import interview_plan

__all__ = ["prep_pack_markdown", "prep_pack_pdf"]


def prep_pack_markdown(ws: Workspace, job_id: int) -> str:
    """Everything the plan holds for the job's next round, as one Markdown file."""
    view = interview_plan(ws, job_id)
    journals = [asdict(j) for j in view.journals]
    return pack_markdown(view.plan, journals, view.choices.task_notes)


def prep_pack_pdf(ws: Workspace, job_id: int) -> bytes:
    """The same pack as :func:`prep_pack_markdown`, as the bytes of a PDF."""
    from shortlist.formats.pdf import pack_pdf

    view = interview_plan(ws, job_id)
    journals = [asdict(j) for j in view.journals]
    return pack_pdf(view.plan, journals, view.choices.task_notes)
