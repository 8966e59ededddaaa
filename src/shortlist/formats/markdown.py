"""The whole prep pack as Markdown, from the typed plan the page and the API show too.
The PDF (shortlist.formats.pdf) is laid out from the same blocks."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from shortlist.core.frozen import FrozenDict
from shortlist.core.prep.interview import (
    InterviewPlan,
    JournalEntry,
    Logistics,
    StoryMap,
    StoryReview,
)

__all__ = ["Block", "Pack", "pack_blocks", "pack_markdown"]

CATEGORY_LABELS = {
    "competency": "Behavioural",
    "motivation": "Motivation",
    "gap_probe": "Gap probe",
    "deep_dive": "Deep dive on your CV",
    "follow_up": "Follow-up on round one",
    "forward": "Looking ahead",
    "practical": "Practical",
    "task": "Task or presentation",
}
SOURCE_LABELS = {
    "posting": "From the posting",
    "cv": "From your CV",
    "round_one": "From your round-one notes",
    "bank": "Asked often",
}


HASHES = {"h1": "#", "h2": "##", "h3": "###"}


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the pack: a heading, a paragraph, a list item, a quote or a
    pre-formatted draft."""

    kind: Literal["h1", "h2", "h3", "p", "item", "quote", "pre"]
    text: str


@dataclass(frozen=True, slots=True)
class Pack:
    """What a prep pack is made from: the plan, the titles of the stories it names (by
    id), the journals of earlier rounds and the user's notes on the task."""

    plan: InterviewPlan
    story_titles: Mapping[int, str] = field(default_factory=FrozenDict)
    journals: Sequence[JournalEntry] = ()
    task_notes: str = ""


def pack_blocks(pack: Pack) -> list[Block]:
    """The pack as an ordered list of blocks."""
    return list(_blocks(pack))


def pack_markdown(pack: Pack) -> str:
    """The pack as one Markdown document."""
    out: list[str] = []
    previous = ""
    for block in pack_blocks(pack):
        if out and not (block.kind == "item" and previous == "item"):
            out.append("")
        if block.kind in ("h1", "h2", "h3"):
            out.append(f"{HASHES[block.kind]} {block.text}")
        elif block.kind == "item":
            out.append(f"- {' '.join(block.text.split())}")
        elif block.kind == "quote":
            out.extend(f"> {line.strip()}" for line in block.text.splitlines())
        elif block.kind == "pre":
            out.extend(["```text", block.text, "```"])
        else:
            out.append(block.text)
        previous = block.kind
    return "\n".join(out) + "\n"


def _blocks(pack: Pack) -> Iterator[Block]:
    plan, titles = pack.plan, pack.story_titles
    yield Block("h1", f"Prep pack: {plan.role or 'Your interview'}")
    yield Block("p", f"{plan.round_label} · with: {', '.join(plan.persona_labels)}")

    yield Block("h2", "Prepare this first")
    if not plan.prepare_first:
        yield Block("p", "Nothing stands out: the match shows every must-have.")
    for item in plan.prepare_first:
        yield Block("item", f"{item.title} — {item.detail}")

    yield Block("h2", f"Likely questions ({len(plan.questions)})")
    for number, q in enumerate(plan.questions, start=1):
        label = CATEGORY_LABELS.get(q.category, q.category)
        yield Block("h3", f"{number}. {q.text}")
        minutes = max(1, round(q.target_seconds / 60))
        who = q.persona.replace("_", " ")
        yield Block("p", f"{label} · asked by: {who} · about {minutes} min")
        if q.source_quote:
            yield Block("quote", f"{SOURCE_LABELS.get(q.source_kind, 'Source')}: {q.source_quote}")
        yield Block("p", f"Why it is likely: {q.why}")
        for point in q.covers:
            yield Block("item", f"Cover: {point}")
        if q.story_id is not None:
            yield Block("p", f"Your story: {titles.get(q.story_id) or q.story_id}")

    yield from _story_blocks(plan.stories, plan.reviews, titles)
    yield from _journal_blocks(pack.journals)

    yield Block("h2", "Questions to ask them")
    for ask in plan.to_ask:
        star = "★ " if ask.starred else ""
        yield Block("item", f"{star}{ask.text}")

    yield from _logistics_blocks(plan.logistics, pack.task_notes)


def _story_blocks(
    stories: StoryMap, reviews: Sequence[StoryReview], titles: Mapping[int, str]
) -> Iterator[Block]:
    yield Block("h2", "Your stories")
    covered = [c for c, ids in stories.grid.coverage.items() if ids]
    line = "Covered: " + (", ".join(covered) or "none yet")
    if stories.grid.uncovered:
        line += " · Not yet covered: " + ", ".join(stories.grid.uncovered)
    yield Block("p", line)
    for warning in stories.warnings:
        yield Block("item", f"Watch out: {warning.message}")
    for review in reviews:
        failed = [f.message for f in review.findings if not f.ok]
        name = titles.get(review.story_id) or f"Story {review.story_id}"
        summary = "; ".join(failed) if failed else "measurable, first-person, a good length"
        yield Block("item", f"{name} ({review.words} words): {summary}")


def _journal_blocks(journals: Sequence[JournalEntry]) -> Iterator[Block]:
    written = [j for j in journals if j.answers or j.forgot or j.unsatisfied]
    if not written:
        return
    yield Block("h2", "What happened before")
    for journal in written:
        yield Block("h3", f"Round {journal.round_number}")
        people = ", ".join(
            f"{p.name} ({p.role})" if p.role else p.name for p in journal.interviewers
        )
        if people:
            yield Block("p", f"Interviewers: {people}")
        for index, pair in enumerate(journal.answers):
            worst = " (your weakest)" if journal.worst == index else ""
            yield Block("item", f"Q: {pair.question}{worst}")
            if pair.answer:
                yield Block("quote", pair.answer)
        if journal.forgot:
            yield Block("p", f"Forgot to mention: {journal.forgot}")
        if journal.unsatisfied:
            yield Block("p", f"Seemed to leave them unsatisfied: {journal.unsatisfied}")


def _logistics_blocks(logistics: Logistics, task_notes: str) -> Iterator[Block]:
    yield Block("h2", "Logistics")
    if logistics.from_posting:
        yield Block("h3", "What the posting says")
        for line in logistics.from_posting:
            yield Block("item", line)
    yield Block("h3", "Email to the recruiter")
    yield Block("pre", logistics.recruiter_email)
    yield Block("h3", "What to bring")
    for item in logistics.bring:
        yield Block("item", item)
    yield Block("h3", "Know your numbers")
    for label, value in logistics.know_your_numbers:
        yield Block("item", f"{label}: {value}")
    if logistics.task_checklist or task_notes:
        yield Block("h3", "The task")
        for item in logistics.task_checklist:
            yield Block("item", item)
        if task_notes:
            yield Block("p", f"Your notes: {task_notes}")
    yield Block("h3", "Thank-you note")
    yield Block("pre", logistics.thank_you)
    if logistics.follow_up_date:
        day = logistics.follow_up_date.isoformat()
        yield Block("p", f"Follow up on {day} if you have heard nothing.")
