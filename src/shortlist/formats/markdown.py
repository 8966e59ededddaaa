"""The whole prep pack as Markdown, from the plan's JSON-ready dict (plan_json.py), so
the file says exactly what the page and the API say. The PDF (shortlist.formats.pdf) is
laid out from the same blocks."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Block", "pack_blocks", "pack_markdown"]

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


def pack_blocks(
    plan: Mapping[str, Any], journals: Sequence[Mapping[str, Any]] = (), task_notes: str = ""
) -> list[Block]:
    """The pack as an ordered list of blocks."""
    return list(_blocks(plan, journals, task_notes))


def pack_markdown(
    plan: Mapping[str, Any], journals: Sequence[Mapping[str, Any]] = (), task_notes: str = ""
) -> str:
    """The pack as one Markdown document."""
    out: list[str] = []
    previous = ""
    for block in pack_blocks(plan, journals, task_notes):
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


def _blocks(
    plan: Mapping[str, Any], journals: Sequence[Mapping[str, Any]], task_notes: str
) -> Iterator[Block]:
    role = " at ".join(filter(None, [plan.get("title"), plan.get("company")])) or "Your interview"
    yield Block("h1", f"Prep pack: {role}")
    personas = ", ".join(plan["persona_labels"])
    yield Block("p", f"{plan['round_label']} · with: {personas}")

    yield Block("h2", "Prepare this first")
    if not plan["prepare_first"]:
        yield Block("p", "Nothing stands out: the match shows every must-have.")
    for item in plan["prepare_first"]:
        yield Block("item", f"{item['title']} — {item['detail']}")

    yield Block("h2", f"Likely questions ({len(plan['questions'])})")
    for number, q in enumerate(plan["questions"], start=1):
        label = CATEGORY_LABELS.get(q["category"], q["category"])
        yield Block("h3", f"{number}. {q['text']}")
        minutes = max(1, round(q["target_seconds"] / 60))
        who = q["persona"].replace("_", " ")
        yield Block("p", f"{label} · asked by: {who} · about {minutes} min")
        if q["quote"]:
            yield Block("quote", f"{SOURCE_LABELS.get(q['source'], 'Source')}: {q['quote']}")
        yield Block("p", f"Why it is likely: {q['why']}")
        for point in q["covers"]:
            yield Block("item", f"Cover: {point}")
        if q["story"] is not None:
            yield Block("p", f"Your story: {q['story']['title'] or q['story']['id']}")

    yield from _story_blocks(plan["stories"])
    yield from _journal_blocks(journals)

    yield Block("h2", "Questions to ask them")
    for q in plan["to_ask"]:
        star = "★ " if q["starred"] else ""
        yield Block("item", f"{star}{q['text']}")

    yield from _logistics_blocks(plan["logistics"], task_notes)


def _story_blocks(stories: dict[str, Any]) -> Iterator[Block]:
    yield Block("h2", "Your stories")
    covered = [c for c, ids in stories["coverage"].items() if ids]
    line = "Covered: " + (", ".join(covered) or "none yet")
    if stories["uncovered"]:
        line += " · Not yet covered: " + ", ".join(stories["uncovered"])
    yield Block("p", line)
    for warning in stories["warnings"]:
        yield Block("item", f"Watch out: {warning['message']}")
    for review in stories["reviews"]:
        failed = [f["message"] for f in review["findings"] if not f["ok"]]
        name = review["story"] or f"Story {review['story_id']}"
        summary = "; ".join(failed) if failed else "measurable, first-person, a good length"
        yield Block("item", f"{name} ({review['words']} words): {summary}")


def _journal_blocks(journals: Sequence[Mapping[str, Any]]) -> Iterator[Block]:
    written = [j for j in journals if j["answers"] or j["forgot"] or j["unsatisfied"]]
    if not written:
        return
    yield Block("h2", "What happened before")
    for journal in written:
        yield Block("h3", f"Round {journal['round_number']}")
        people = ", ".join(
            f"{p['name']} ({p['role']})" if p.get("role") else p["name"]
            for p in journal["interviewers"]
        )
        if people:
            yield Block("p", f"Interviewers: {people}")
        for index, pair in enumerate(journal["answers"]):
            worst = " (your weakest)" if journal["worst"] == index else ""
            yield Block("item", f"Q: {pair['question']}{worst}")
            if pair.get("answer"):
                yield Block("quote", pair["answer"])
        if journal["forgot"]:
            yield Block("p", f"Forgot to mention: {journal['forgot']}")
        if journal["unsatisfied"]:
            yield Block("p", f"Seemed to leave them unsatisfied: {journal['unsatisfied']}")


def _logistics_blocks(logistics: dict[str, Any], task_notes: str) -> Iterator[Block]:
    yield Block("h2", "Logistics")
    yield Block("h3", "Email to the recruiter")
    yield Block("pre", logistics["recruiter_email"])
    yield Block("h3", "What to bring")
    for item in logistics["bring"]:
        yield Block("item", item)
    yield Block("h3", "Know your numbers")
    for number in logistics["know_your_numbers"]:
        yield Block("item", f"{number['label']}: {number['value']}")
    if logistics["task_checklist"] or task_notes:
        yield Block("h3", "The task")
        for item in logistics["task_checklist"]:
            yield Block("item", item)
        if task_notes:
            yield Block("p", f"Your notes: {task_notes}")
    yield Block("h3", "Thank-you note")
    yield Block("pre", logistics["thank_you"])
    if logistics["follow_up_date"]:
        yield Block("p", f"Follow up on {logistics['follow_up_date']} if you have heard nothing.")
