"""Feedback on one interview answer: ten dimensions, an overall score, one follow-up.

``analyse_answer(AnswerInput(question=..., answer=...))`` tokenises the answer once
(tokens.py) and runs the checks over the tokens: fillers and self-corrections
(fillers.py), hedges (hedges.py), STAR and the measurable result (star.py), specificity,
ownership and length (content.py), relevance and repetition (context.py), consistency
(consistency.py); the follow-up comes from follow_up.py. The scores and the overall
formula are documented in docs/scoring.md, "Answer feedback"; the constants here and that
page change together. Same input, same feedback: no clock, no randomness.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from shortlist.core.answers.consistency import find_contradictions
from shortlist.core.answers.content import length_dimension, ownership, specificity
from shortlist.core.answers.context import Relevance, relevance, repetition
from shortlist.core.answers.fillers import find_disfluencies
from shortlist.core.answers.follow_up import follow_up, next_follow_up
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
    Sentence,
    Token,
    align_timed_words,
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
    found = _read(item)
    dims = _dimensions(item, found)
    raw = _weighted(dims, item.category)
    cap, reason = _cap(found.words, found.relevance.hits, found.star, item.category)
    overall = min(round(raw), cap) if cap is not None else round(raw)
    fb = AnswerFeedback(
        question=item.question,
        answer=text,
        overall=overall,
        raw_overall=round(raw, 1),
        cap=cap,
        cap_reason=reason,
        words=found.words,
        star=found.star.parts,
        measurable_result=found.star.measurable,
        results=found.star.result_sentences,
        actions=_action_marks(text, found.star),
        fillers=found.fillers,
        self_corrections=found.corrections,
        hedges=found.hedges,
        contradictions=found.contradictions,
        dimensions=dims,
        follow_up=None,
        follow_up_target=None,
        timed_words=item.timed_words,
        token_times=(align_timed_words(found.tokens, item.timed_words) if item.timed_words else ()),
    )
    asked = item.follow_ups_asked + (1 if item.follows is not None else 0)
    target, question = next_follow_up(fb, asked)
    return replace(fb, follow_up=question, follow_up_target=target)


@dataclass(frozen=True, slots=True)
class _Found:
    """What the detectors found in one answer, before any of it is scored."""

    tokens: tuple[Token, ...]
    sents: tuple[Sentence, ...]
    words: int
    fillers: tuple[Mark, ...]
    corrections: tuple[Mark, ...]
    hedges: tuple[Mark, ...]
    opener: Mark | None
    star: StarAnalysis
    relevance: Relevance
    contradictions: tuple[Contradiction, ...]


def _read(item: AnswerInput) -> _Found:
    """Tokenise the answer once and run every detector over the tokens."""
    text = item.answer
    tokens = tokenise(text)
    sents = sentences(text, tokens)
    fillers, corrections = find_disfluencies(text, tokens, sents)
    questions = [item.question] + ([item.follows.question] if item.follows else [])
    return _Found(
        tokens=tokens,
        sents=sents,
        words=sum(1 for t in tokens if t.is_word),
        fillers=fillers,
        corrections=corrections,
        hedges=find_hedges(text, tokens, corrections),
        opener=find_weak_opener(text),
        star=analyse_star(text, tokens, sents),
        relevance=relevance(text, tokens, questions, item.competency, item.posting),
        contradictions=find_contradictions(text, tokens, sents, item.cv, item.round_one),
    )


def _dimensions(item: AnswerInput, found: _Found) -> tuple[Dimension, ...]:
    """The ten dimensions, in the order the feedback lists them."""
    text, tokens, sents = item.answer, found.tokens, found.sents
    earlier = list(item.earlier_answers) + [qa.answer for qa in item.round_one if qa.answer]
    if item.follows is not None:
        earlier = [e for e in earlier if e != item.follows.answer]
    rep, _ = repetition(text, tokens, sents, earlier)
    checkable = item.cv is not None or any(qa.answer for qa in item.round_one)
    length, _ = length_dimension(text, sents, tokens, item.category)
    confidence_marks = list(found.hedges) + ([found.opener] if found.opener else [])
    return (
        _star_dimension(found.star),
        _measurable_dimension(found.star, any(t.text[0].isdigit() for t in tokens)),
        specificity(text, tokens, sents),
        ownership(text, found.star.actions),
        _rate_dimension(
            "confidence",
            confidence_marks,
            found.words,
            20,
            "Sounds sure of itself.",
            "Drop the hedges ('I think', 'maybe'): say what happened.",
        ),
        _rate_dimension(
            "fillers",
            list(found.fillers) + list(found.corrections),
            found.words,
            10,
            "No fillers.",
            "Pause instead of 'um' or 'like'; say the number once, right.",
        ),
        found.relevance.dimension,
        _consistency_dimension(found.contradictions, checkable),
        rep,
        length,
    )


def _action_marks(text: str, star: StarAnalysis) -> tuple[Mark, ...]:
    """Each action as the words from its subject to its verb, marked "i" or "we"."""
    return tuple(
        Mark(
            "i" if a.personal else "we",
            text[a.subject.start : a.verb.end],
            a.subject.start,
            a.verb.end,
        )
        for a in star.actions
    )


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
