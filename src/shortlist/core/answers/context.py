"""Checks of the answer against what surrounds it: relevance to the question and the
posting, and repetition of a story told earlier (this session or round one).

Words are compared by crude stems (answer_tokens.stem), so "disagreed" meets
"disagreement"; a competency brings its own cue words, so an answer about a conflict
is on topic without repeating the question's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.answers.models import Dimension
from shortlist.core.answers.tokens import (
    Sentence,
    Token,
    content_stems,
    sentences,
    stem,
    tokenise,
)
from shortlist.core.models import Posting

__all__ = ["Relevance", "infer_competency", "relevance", "repetition"]

_CUES: dict[str, str] = {
    "conflict": """disagree conflict argue argument clash tension pushback upset angry
        complain complaint frustrated difficult confront compromise dispute unhappy
        annoyed rude challenging objected wrong behaviour disrupting incident refused
        convince agreed""",
    "failure": """fail failure mistake wrong error missed lost underperformed lesson
        learned setback regret fault broke died missing""",
    "leadership": """led lead leader team mentor coach trained showed delegated charge
        motivated supervised decided direct starter developed""",
    "pressure": """pressure deadline urgent stress busy tight rush short-staffed sick
        overtime target quickly fast calm hours days weeks early earlier late cut-off
        night""",
    "collaboration": """team together colleague collaborated shared helped paired support
        jointly partner cross-functional departments""",
    "initiative": """noticed proposed volunteered initiative started improved idea
        suggested built introduced automated created designed fixed""",
    "ambiguity": "unclear unknown uncertain assumption figured ambiguous vague",
    "prioritisation": """prioritised priority urgent triage order juggled important
        deadline several""",
    "influence": """persuaded convinced negotiated argued case data agreed buy-in
        stakeholder presented showed evidence proposal advocated""",
    "customer_focus": """customer client guest patient complaint happy satisfied review
        service apologised feedback user""",
    "learning": """learned learning course tutorial taught practised studied guide
        training skill never""",
}
CUE_STEMS: dict[str, frozenset[str]] = {
    name: frozenset(stem(w) for w in words.split()) for name, words in _CUES.items()
}
# Words every question uses; they say nothing about the topic.
_QUESTION_WORDS = frozenset(
    stem(w)
    for w in """tell time describe give example situation share walk recent experience
    explain particular instance occasion talk something someone work worked""".split()
)


def infer_competency(question: str) -> str | None:
    """The competency whose cue words the question uses most (ties: none)."""
    stems = content_stems(tokenise(question))
    scores = sorted(((len(stems & cues), name) for name, cues in CUE_STEMS.items()), reverse=True)
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


@dataclass(frozen=True, slots=True)
class Relevance:
    dimension: Dimension
    #: Question or competency words the answer shares (0: off-topic).
    hits: int


def relevance(
    text: str,
    tokens: Sequence[Token],
    questions: Sequence[str],
    competency: str | None,
    posting: Posting | None,
) -> Relevance:
    asked: set[str] = set()
    for question in questions:
        asked |= content_stems(tokenise(question))
    asked -= _QUESTION_WORDS
    topic = competency if competency in CUE_STEMS else infer_competency(" ".join(questions))
    cues = CUE_STEMS.get(topic or "", frozenset())
    quoted: list[str] = []
    hit_stems: set[str] = set()
    for tok in tokens:
        if not tok.is_word or len(tok.low) < 4:
            continue
        s = stem(tok.low)
        if (s in asked or s in cues) and s not in hit_stems:
            hit_stems.add(s)
            quoted.append(tok.text)
    hits = len(hit_stems)
    question_score = min(100, 40 * hits)
    score: float = question_score
    tips: list[str] = []
    evidence = list(quoted[:6])
    if posting is not None:
        matched = _posting_matches(text, tokens, posting)
        score = 0.7 * question_score + 0.3 * min(100, 34 * len(matched))
        evidence += [m for m in matched[:3] if m not in evidence]
        if not matched:
            tips.append("Tie the story to what the posting asks for, in its words.")
    if hits == 0:
        tips.insert(0, f"This does not answer the question asked: '{questions[0]}'.")
    elif hits < 3:
        tips.insert(0, "Say plainly how the story answers the question.")
    if not tips:
        tips.append("On topic.")
    return Relevance(Dimension("relevance", round(score), tuple(evidence), (tips[0],)), hits)


def _posting_matches(text: str, tokens: Sequence[Token], posting: Posting) -> list[str]:
    """Answer words that meet a requirement: a skill it names, or two of its words."""
    folded = text.casefold()
    answer_stems = content_stems(tokens)
    by_stem = {stem(t.low): t.text for t in reversed(tokens) if t.is_word}
    out: list[str] = []
    for req in posting.requirements:
        found = None
        for skill in req.skills:
            at = _whole_word(folded, skill.casefold())
            if at >= 0:
                found = text[at : at + len(skill)]
                break
        if found is None:
            shared = sorted(content_stems(tokenise(req.text)) & answer_stems)
            if len(shared) >= 2:
                found = by_stem.get(shared[0])
        if found is not None and found not in out:
            out.append(found)
    return out


def _whole_word(folded: str, name: str) -> int:
    start = folded.find(name)
    while start >= 0:
        end = start + len(name)
        before = folded[start - 1] if start else " "
        after = folded[end] if end < len(folded) else " "
        if not before.isalnum() and not after.isalnum():
            return start
        start = folded.find(name, start + 1)
    return -1


#: A story is the same when this share of the smaller answer's content words is shared
#: (and at least MIN_SHARED of them).
SAME_STORY = 0.45
MIN_SHARED = 6


def repetition(
    text: str,
    tokens: Sequence[Token],
    sents: Sequence[Sentence],
    earlier: Sequence[str],
) -> tuple[Dimension, str | None]:
    """Whether the answer retells an earlier story; returns the earlier answer if so."""
    if not earlier:
        return Dimension("repetition", 100, (), ("Nothing earlier to compare with.",), False), None
    mine = content_stems(tokens)
    best: tuple[float, int, str] | None = None
    for other in earlier:
        theirs = content_stems(tokenise(other))
        shared = len(mine & theirs)
        ratio = shared / max(1, min(len(mine), len(theirs)))
        if shared >= MIN_SHARED and ratio >= SAME_STORY and (best is None or ratio > best[0]):
            best = (ratio, shared, other)
    if best is None:
        return Dimension("repetition", 100, (), ("A new story.",)), None
    other = best[2]
    other_tokens = tokenise(other)
    theirs = content_stems(other_tokens)
    evidence = (_best_sentence(text, tokens, sents, theirs), _closest_quote(other, mine))
    tip = "You told this story already: use another example, or add what is new."
    return Dimension("repetition", 30, evidence, (tip,)), other


def _best_sentence(
    text: str, tokens: Sequence[Token], sents: Sequence[Sentence], stems: set[str]
) -> str:
    best, best_n = sents[0], -1
    for s in sents:
        n = len(content_stems(tokens[s.first : s.last]) & stems)
        if n > best_n:
            best, best_n = s, n
    return best.text(text)


def _closest_quote(other: str, stems: set[str]) -> str:
    toks = tokenise(other)
    return _best_sentence(other, toks, sentences(other, toks), stems)
