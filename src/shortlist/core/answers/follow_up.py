"""The follow-up question after an answer: which weak dimension it goes after, and the
question itself, quoting the answer's own words where it can.

``next_follow_up`` is the rule ``analyse_answer`` applies (the lowest-scoring checked
dimension below ``FOLLOW_UP_BELOW``, at most ``MAX_FOLLOW_UPS`` per question);
``follow_up`` asks after one named dimension. docs/scoring.md, "Follow-up", describes both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shortlist.core.answers.models import AnswerFeedback
from shortlist.core.answers.tokens import clause_around

__all__ = ["FOLLOW_UP_BELOW", "MAX_FOLLOW_UPS", "follow_up", "next_follow_up"]

MAX_FOLLOW_UPS = 2
#: A follow-up goes after a dimension scoring below this.
FOLLOW_UP_BELOW = 80

#: Which weak dimension a follow-up goes after first when scores tie.
_FOLLOW_ORDER = (
    "consistency",
    "relevance",
    "star",
    "measurable_result",
    "ownership",
    "specificity",
    "confidence",
    "repetition",
    "length",
)


_VAGUE_OUTCOME = re.compile(
    r"(?i)\b(?:(?:it|that|this|the \w+|things|everything)\s+)?"
    r"(?:went (?:really |very )?well|worked (?:out )?(?:really |very )?well|"
    r"was (?:a )?(?:real |big |huge )?success(?:ful)?|(?:really |much )?improved|"
    r"(?:got|was) (?:much |a lot )?better)\b"
)
_VAGUE_WORD = re.compile(r"(?i)stuff|things?|a lot|lots of|various|somehow|whatever|loads")


def _clip(text: str, start: int, end: int) -> str:
    left, right = clause_around(text, start, end)
    return text[left:right]


def _short(quote: str, max_words: int = 12) -> str:
    words = quote.split()
    return quote if len(words) <= max_words else " ".join(words[:max_words]) + "..."


def next_follow_up(fb: AnswerFeedback, asked: int) -> tuple[str | None, str | None]:
    """(target dimension, question) for the weakest checked dimension below
    ``FOLLOW_UP_BELOW`` that has a question; (None, None) once ``asked`` reaches
    ``MAX_FOLLOW_UPS`` or when nothing needs following up."""
    if asked >= MAX_FOLLOW_UPS:
        return None, None
    ranked = sorted(
        (d for d in fb.dimensions if d.checked and d.name in _FOLLOW_ORDER),
        key=lambda d: (d.score, _FOLLOW_ORDER.index(d.name)),
    )
    for dim in ranked:
        if dim.score >= FOLLOW_UP_BELOW:
            break
        q = follow_up(fb, dim.name)
        if q is not None:
            return dim.name, q
    return None, None


def follow_up(fb: AnswerFeedback, target: str | None = None) -> str | None:
    """One follow-up question aimed at ``target`` (default: the weakest dimension that
    has one), quoting the answer where it can; None when nothing needs following up."""
    if target is None:
        return next_follow_up(fb, 0)[1]
    ask = _ASK.get(target)
    return ask(fb) if ask is not None else None


def _on_consistency(fb: AnswerFeedback) -> str | None:
    if not fb.contradictions:
        return None
    c = fb.contradictions[0]
    where = "your CV says" if c.source == "cv" else "in round one you said"
    return (
        f"You said '{_short(c.answer_quote)}', but {where} '{_short(c.other_quote)}'"
        " - which is right?"
    )


def _on_relevance(fb: AnswerFeedback) -> str:
    return f"The question was '{fb.question}' - can you give an example of exactly that?"


def _on_star(fb: AnswerFeedback) -> str:
    text = fb.answer
    parts = {p.name: p for p in fb.star}
    if not parts["action"].present:
        return "What did you do yourself, step by step?"
    if not parts["result"].present:
        last = fb.actions[-1]
        return f"You said '{_clip(text, last.start, last.end)}' - what happened as a result?"
    if not parts["situation"].present or not parts["task"].present:
        first = fb.actions[0]
        return (
            f"You said '{_clip(text, first.start, first.end)}' - what was the situation, "
            "and what were you trying to achieve?"
        )
    return "Which part of that took most of your effort, and why?"


def _on_measurable_result(fb: AnswerFeedback) -> str:
    text = fb.answer
    if fb.results:
        r = fb.results[-1]
        return f"You said '{r.text}' - what changed, in numbers?"
    # An outcome told without a figure ("it went well") is the words to press on.
    if outcome := _VAGUE_OUTCOME.search(text):
        return f"You said '{outcome.group(0)}' - what changed, in numbers?"
    if fb.actions:
        last = fb.actions[-1]
        return (
            f"You said '{_clip(text, last.start, last.end)}' - what changed because of "
            "it, in numbers?"
        )
    return "How did you know it worked - what changed, in numbers?"


def _on_ownership(fb: AnswerFeedback) -> str | None:
    ours = [a for a in fb.actions if a.kind == "we"]
    if ours:
        return f"You said '{_clip(fb.answer, ours[0].start, ours[0].end)}' - what was your part?"
    return None


def _on_specificity(fb: AnswerFeedback) -> str:
    text = fb.answer
    vague = [e for e in fb.dimension("specificity").evidence if _VAGUE_WORD.fullmatch(e)]
    if vague:
        at = text.find(vague[0])
        quote = _clip(text, at, at + len(vague[0]))
    elif fb.actions:
        quote = _clip(text, fb.actions[0].start, fb.actions[0].end)
    else:
        return "Which tools, people or numbers were involved, exactly?"
    return f"You said '{quote}' - which tools, people or numbers, exactly?"


def _on_confidence(fb: AnswerFeedback) -> str | None:
    if not fb.hedges:
        return None
    h = fb.hedges[0]
    return f"You said '{_clip(fb.answer, h.start, h.end)}' - how do you know?"


def _on_repetition(fb: AnswerFeedback) -> str:
    return "You have told this story before - do you have another example?"


def _on_length(fb: AnswerFeedback) -> str:
    if fb.words < 60:
        return "Can you walk me through one specific time, step by step?"
    return "In two sentences: what did you do, and what changed?"


#: The question for each dimension a follow-up can go after (fillers are delivery: none).
_ASK: dict[str, Callable[[AnswerFeedback], str | None]] = {
    "consistency": _on_consistency,
    "relevance": _on_relevance,
    "star": _on_star,
    "measurable_result": _on_measurable_result,
    "ownership": _on_ownership,
    "specificity": _on_specificity,
    "confidence": _on_confidence,
    "repetition": _on_repetition,
    "length": _on_length,
}
