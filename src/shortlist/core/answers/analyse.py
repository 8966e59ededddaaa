"""Feedback on one interview answer: ten dimensions, an overall score, one follow-up.

``analyse_answer(AnswerInput(question=..., answer=...))`` tokenises the answer once
(answer_tokens.py) and runs the checks over the tokens: fillers and self-corrections
(answer_fillers.py), hedges (answer_hedges.py), STAR and the measurable result
(answer_star.py), specificity, ownership and length (answer_content.py), relevance and
repetition (answer_context.py), consistency (answer_consistency.py). The scores and the
overall formula are documented in docs/scoring.md, "Answer feedback"; the constants
here and that page change together. Same input, same feedback: no clock, no randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from shortlist.core.answers.consistency import find_contradictions
from shortlist.core.answers.content import length_dimension, ownership, specificity
from shortlist.core.answers.context import relevance, repetition
from shortlist.core.answers.fillers import find_disfluencies
from shortlist.core.answers.hedges import find_hedges, find_weak_opener
from shortlist.core.answers.models import (
    AnswerFeedback,
    AnswerInput,
    Contradiction,
    Dimension,
    Mark,
    TimedWord,
)
from shortlist.core.answers.star import StarAnalysis, analyse_star
from shortlist.core.answers.tokens import (
    Token,
    align_timed_words,
    clause_around,
    sentences,
    tokenise,
)

__all__ = [
    "ANSWER_ENGINE_VERSION",
    "NON_BEHAVIOURAL",
    "WEIGHTS",
    "analyse_answer",
    "follow_up",
    "mark_times",
]

ANSWER_ENGINE_VERSION = "1.0.0"
#: Weight of each dimension in the overall score. Consistency and repetition count only
#: when there was something to check against (a CV, round one, earlier answers).
WEIGHTS: dict[str, float] = {
    "star": 25,
    "measurable_result": 15,
    "specificity": 10,
    "ownership": 10,
    "confidence": 10,
    "fillers": 10,
    "relevance": 15,
    "length": 5,
    "consistency": 10,
    "repetition": 5,
}
#: Question categories that do not ask for a story: STAR weighs nothing there and the
#: measurable result and ownership weigh 5.
NON_BEHAVIOURAL = frozenset({"motivation", "forward", "practical"})
_LIGHT = {"star": 0.0, "measurable_result": 5.0, "ownership": 5.0}
STAR_POINTS = {"situation": 15, "task": 15, "action": 30, "result": 25}
BALANCE_POINTS = 15
#: The action sentences should hold at least this share of the words.
ACTION_SHARE = 0.4
CAP_SHORT = 20
CAP_OFF_TOPIC = 20
#: A story that shares no word with the question may still answer it in other words:
#: held at this, not at CAP_OFF_TOPIC (the words alone cannot tell).
CAP_UNRELATED_STORY = 50
CAP_NO_ACTION = 40
MIN_WORDS = 15
MAX_FOLLOW_UPS = 2
#: A follow-up goes after a dimension scoring below this.
FOLLOW_UP_BELOW = 80


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def _star_dimension(star: StarAnalysis) -> Dimension:
    parts = {p.name: p for p in star.parts}
    score: float = sum(STAR_POINTS[name] for name, p in parts.items() if p.present)
    action = parts["action"]
    if action.present:
        score += BALANCE_POINTS * min(1.0, action.share / ACTION_SHARE)
    evidence = tuple(p.marks[0].text for p in star.parts if p.marks)
    missing = [
        name for name in ("situation", "task", "action", "result") if not parts[name].present
    ]
    tips = {
        "action": "Say what you did, step by step, in the past tense: 'I called...'.",
        "result": "End with what happened because of it: what changed, for whom.",
        "situation": "Open with the scene in one sentence: when, where, what was wrong.",
        "task": "Say what you had to achieve: 'My job was to...'.",
    }
    if missing:
        tip = tips[missing[0]] if "action" not in missing else tips["action"]
    elif action.share < ACTION_SHARE:
        tip = f"The actions hold {round(100 * action.share)}% of the words: give them more."
    else:
        tip = "All four STAR parts, with the actions carrying the answer."
    return Dimension("star", _clamp(score), evidence, (tip,))


def _measurable_dimension(star: StarAnalysis, has_figure: bool) -> Dimension:
    result = next(p for p in star.parts if p.name == "result")
    if star.measurable:
        return Dimension(
            "measurable_result",
            100,
            tuple(dict.fromkeys(f.text for f in star.figures)),
            ("A measured result: keep the before and after.",),
        )
    if result.present:
        return Dimension(
            "measurable_result",
            50,
            tuple(m.text for m in star.result_sentences[:2]),
            ("Put a number on the result: how much, how many, how fast, before and after.",),
        )
    score = 20 if has_figure else 0
    return Dimension(
        "measurable_result",
        score,
        (),
        ("State the outcome with a figure: a count, a percentage, time or money saved.",),
    )


def _rate_dimension(
    name: str, marks: Sequence[Mark], words: int, per_unit: float, tip_ok: str, tip: str
) -> Dimension:
    rate = 100 * len(marks) / max(words, 50)
    score = _clamp(100 - per_unit * rate)
    evidence = tuple(m.text for m in marks[:8])
    return Dimension(name, score, evidence, (tip if marks else tip_ok,))


def _consistency_dimension(found: Sequence[Contradiction], checked: bool) -> Dimension:
    if not checked:
        return Dimension("consistency", 100, (), ("Nothing to check against.",), False)
    evidence: list[str] = []
    for c in found:
        evidence += [c.answer_quote, c.other_quote]
    if not found:
        return Dimension("consistency", 100, (), ("Agrees with the CV and round one.",))
    return Dimension(
        "consistency",
        max(0, 100 - 40 * len(found)),
        tuple(evidence),
        (found[0].note + " Make the two agree, or be ready to explain.",),
    )


def analyse_answer(item: AnswerInput) -> AnswerFeedback:
    """Analyse one answer against its question (and the CV, posting, round one)."""
    text = item.answer
    tokens = tokenise(text)
    sents = sentences(text, tokens)
    words = sum(1 for t in tokens if t.is_word)
    fillers, corrections = find_disfluencies(text, tokens, sents)
    hedges = find_hedges(text, tokens, corrections)
    opener = find_weak_opener(text)
    star = analyse_star(text, tokens, sents)
    questions = [item.question] + ([item.follows.question] if item.follows else [])
    rel = relevance(text, tokens, questions, item.competency, item.posting)
    earlier = list(item.earlier_answers) + [qa.answer for qa in item.round_one if qa.answer]
    if item.follows is not None:
        earlier = [e for e in earlier if e != item.follows.answer]
    rep, _ = repetition(text, tokens, sents, earlier)
    checkable = item.cv is not None or any(qa.answer for qa in item.round_one)
    contradictions = find_contradictions(text, tokens, sents, item.cv, item.round_one)
    length, _ = length_dimension(text, sents, tokens, item.category)
    confidence_marks = list(hedges) + ([opener] if opener else [])
    dims = (
        _star_dimension(star),
        _measurable_dimension(star, any(t.text[0].isdigit() for t in tokens)),
        specificity(text, tokens, sents),
        ownership(text, star.actions),
        _rate_dimension(
            "confidence",
            confidence_marks,
            words,
            20,
            "Sounds sure of itself.",
            "Drop the hedges ('I think', 'maybe'): say what happened.",
        ),
        _rate_dimension(
            "fillers",
            list(fillers) + list(corrections),
            words,
            10,
            "No fillers.",
            "Pause instead of 'um' or 'like'; say the number once, right.",
        ),
        rel.dimension,
        _consistency_dimension(contradictions, checkable),
        rep,
        length,
    )
    raw = _weighted(dims, item.category)
    cap, reason = _cap(words, rel.hits, star, item.category)
    overall = min(round(raw), cap) if cap is not None else round(raw)
    fb = AnswerFeedback(
        question=item.question,
        answer=text,
        overall=overall,
        raw_overall=round(raw, 1),
        cap=cap,
        cap_reason=reason,
        words=words,
        star=star.parts,
        measurable_result=star.measurable,
        results=star.result_sentences,
        actions=tuple(
            Mark(
                "i" if a.personal else "we",
                text[a.subject.start : a.verb.end],
                a.subject.start,
                a.verb.end,
            )
            for a in star.actions
        ),
        fillers=fillers,
        self_corrections=corrections,
        hedges=hedges,
        contradictions=contradictions,
        dimensions=dims,
        follow_up=None,
        follow_up_target=None,
        timed_words=item.timed_words,
        token_times=align_timed_words(tokens, item.timed_words) if item.timed_words else (),
    )
    asked = item.follow_ups_asked + (1 if item.follows is not None else 0)
    target, question = _follow_up(fb, asked)
    return replace(fb, follow_up=question, follow_up_target=target)


def _weighted(dims: Sequence[Dimension], category: str | None) -> float:
    total = weight_sum = 0.0
    light = category in NON_BEHAVIOURAL
    for dim in dims:
        if not dim.checked:
            continue
        weight = _LIGHT.get(dim.name, WEIGHTS[dim.name]) if light else WEIGHTS[dim.name]
        total += weight * dim.score
        weight_sum += weight
    return total / weight_sum if weight_sum else 0.0


def _cap(
    words: int, hits: int, star: StarAnalysis, category: str | None
) -> tuple[int | None, str | None]:
    if words < MIN_WORDS:
        return CAP_SHORT, f"Fewer than {MIN_WORDS} words: too short to be an answer."
    if hits == 0 and not (star.actions and any(p.present for p in star.parts[3:])):
        return CAP_OFF_TOPIC, "Shares no words with the question or its topic: off-topic."
    if hits == 0:
        return CAP_UNRELATED_STORY, "A story that shares no words with the question."
    if category not in NON_BEHAVIOURAL and not star.actions:
        return CAP_NO_ACTION, "No step you took: an example needs what you did."
    return None, None


# --- follow-ups --------------------------------------------------------------------------

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


def _follow_up(fb: AnswerFeedback, asked: int) -> tuple[str | None, str | None]:
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
        return _follow_up(fb, 0)[1]
    text = fb.answer
    parts = {p.name: p for p in fb.star}
    if target == "consistency" and fb.contradictions:
        c = fb.contradictions[0]
        where = "your CV says" if c.source == "cv" else "in round one you said"
        return (
            f"You said '{_short(c.answer_quote)}', but {where} '{_short(c.other_quote)}'"
            " - which is right?"
        )
    if target == "relevance":
        return f"The question was '{fb.question}' - can you give an example of exactly that?"
    if target == "star":
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
    if target == "measurable_result":
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
    if target == "ownership":
        ours = [a for a in fb.actions if a.kind == "we"]
        if ours:
            return f"You said '{_clip(text, ours[0].start, ours[0].end)}' - what was your part?"
        return None
    if target == "specificity":
        vague = [e for e in fb.dimension("specificity").evidence if _VAGUE_WORD.fullmatch(e)]
        if vague:
            at = text.find(vague[0])
            quote = _clip(text, at, at + len(vague[0]))
        elif fb.actions:
            quote = _clip(text, fb.actions[0].start, fb.actions[0].end)
        else:
            return "Which tools, people or numbers were involved, exactly?"
        return f"You said '{quote}' - which tools, people or numbers, exactly?"
    if target == "confidence" and fb.hedges:
        h = fb.hedges[0]
        return f"You said '{_clip(text, h.start, h.end)}' - how do you know?"
    if target == "repetition":
        return "You have told this story before - do you have another example?"
    if target == "length":
        if fb.words < 60:
            return "Can you walk me through one specific time, step by step?"
        return "In two sentences: what did you do, and what changed?"
    return None


def _short(quote: str, max_words: int = 12) -> str:
    words = quote.split()
    return quote if len(words) <= max_words else " ".join(words[:max_words]) + "..."


def mark_times(fb: AnswerFeedback, tokens: Sequence[Token], m: Mark) -> tuple[float, float] | None:
    """Start and end second of a mark, from the timed words aligned to its tokens."""
    if not fb.timed_words or not fb.token_times:
        return None
    heard: list[TimedWord] = []
    for tok, index in zip(tokens, fb.token_times, strict=False):
        if index is not None and m.start <= tok.start and tok.end <= m.end:
            heard.append(fb.timed_words[index])
    if not heard:
        return None
    return heard[0].start, heard[-1].end
