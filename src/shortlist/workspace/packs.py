"""The prep pack of a job's plan, as Markdown or PDF, for the user to keep."""

from __future__ import annotations

from shortlist.formats.markdown import Pack, pack_markdown
from shortlist.workspace.base import Workspace
from shortlist.workspace.journals import journal_entry_of
from shortlist.workspace.plans import interview_plan

__all__ = ["prep_pack_markdown", "prep_pack_pdf"]


def prep_pack_markdown(ws: Workspace, job_id: int) -> str:
    """Everything the plan holds for the job's next round, as one Markdown file."""
    return pack_markdown(_pack(ws, job_id))


def prep_pack_pdf(ws: Workspace, job_id: int) -> bytes:
    """The same pack as :func:`prep_pack_markdown`, as the bytes of a PDF."""
    from shortlist.formats.pdf import pack_pdf

    return pack_pdf(_pack(ws, job_id))


def _pack(ws: Workspace, job_id: int) -> Pack:
    view = interview_plan(ws, job_id)
    return Pack(
        plan=view.plan,
        story_titles=view.story_titles,
        journals=tuple(journal_entry_of(j) for j in view.journals),
        task_notes=view.choices.task_notes,
    )
