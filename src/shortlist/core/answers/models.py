"""Frozen objects of answer feedback: what goes in (AnswerInput), what comes out
(AnswerFeedback), and the quoted pieces in between (Mark).

Every offset is a character offset into the answer text, so ``answer[m.start:m.end] ==
m.text`` for every Mark. Timed words from a transcriber ride along in ``timed_words`` and
are aligned to tokens afterwards (answer_tokens.align_timed_words); the text path never
looks at them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from shortlist.core.models import CV, Posting
from shortlist.core.prep.interview import QuestionAnswer

StarName = Literal["situation", "task", "action", "result"]
STAR_PARTS: tuple[StarName, ...] = ("situation", "task", "action", "result")

#: The dimensions, in the order feedback lists them.
DIMENSIONS = (
    "star",
    "measurable_result",
    "specificity",
    "ownership",
    "confidence",
    "fillers",
    "relevance",
    "consistency",
    "repetition",
    "length",
)
#: What each dimension is called wherever it is shown (terminal, web, prep pack).
DIMENSION_LABELS = {
    "star": "STAR structure",
    "measurable_result": "Measurable result",
    "specificity": "Specificity",
    "ownership": "Ownership",
    "confidence": "Confidence",
    "fillers": "Fillers",
    "relevance": "Relevance",
    "consistency": "Consistency",
    "repetition": "Repetition",
    "length": "Length and clarity",
}


@dataclass(frozen=True, slots=True)
class TimedWord:
    """One word as a transcriber heard it, with start and end in seconds."""

    text: str
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Mark:
    """A piece of the answer, verbatim, with its offsets and what it is."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StarPart:
    """One STAR part: whether the answer has it, and the sentences that show it."""

    name: StarName
    present: bool
    marks: tuple[Mark, ...] = ()
    #: Share of the answer's words in sentences that show this part (0..1).
    share: float = 0.0


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A figure, date or title in the answer that disagrees with the CV or round one."""

    kind: Literal["number", "date", "title"]
    answer_quote: str
    other_quote: str
    source: Literal["cv", "round_one"]
    note: str


@dataclass(frozen=True, slots=True)
class Dimension:
    """One dimension of feedback: 0-100, the quoted words behind it, one tip.

    ``checked`` is False when there was nothing to check against (no CV, no earlier
    answers): the score is then shown but left out of the overall score.
    """

    name: str
    score: int
    evidence: tuple[str, ...]
    tips: tuple[str, ...]
    checked: bool = True


@dataclass(frozen=True, slots=True)
class AnswerInput:
    """One answer to analyse, with what it can be checked against."""

    question: str
    answer: str
    #: A question category (interview.CATEGORIES) and competency, when known.
    category: str | None = None
    competency: str | None = None
    posting: Posting | None = None
    cv: CV | None = None
    round_one: tuple[QuestionAnswer, ...] = ()
    #: Answers given earlier in this session, for the repetition check.
    earlier_answers: tuple[str, ...] = ()
    #: For the answer to a follow-up: the question and answer it follows. The same story
    #: is expected there, so it is not counted as repetition.
    follows: QuestionAnswer | None = None
    #: How many follow-ups this question has had already (at most two are asked).
    follow_ups_asked: int = 0
    timed_words: tuple[TimedWord, ...] | None = None


@dataclass(frozen=True, slots=True)
class AnswerFeedback:
    """Everything said about one answer. Same input, same feedback."""

    question: str
    answer: str
    overall: int
    #: The weighted mean before any cap, and the cap applied (None when none).
    raw_overall: float
    cap: int | None
    cap_reason: str | None
    words: int
    star: tuple[StarPart, ...]
    measurable_result: bool
    results: tuple[Mark, ...]
    #: Steps taken, subject to verb ("I rang", "we moved"): kind "i" or "we".
    actions: tuple[Mark, ...]
    fillers: tuple[Mark, ...]
    self_corrections: tuple[Mark, ...]
    hedges: tuple[Mark, ...]
    contradictions: tuple[Contradiction, ...]
    dimensions: tuple[Dimension, ...]
    follow_up: str | None
    #: The dimension the follow-up aims at.
    follow_up_target: str | None
    timed_words: tuple[TimedWord, ...] | None = field(default=None)
    #: For each token of the answer, the index of its timed word (None: not heard).
    token_times: tuple[int | None, ...] = field(default=())

    def dimension(self, name: str) -> Dimension:
        for dim in self.dimensions:
            if dim.name == name:
                return dim
        raise KeyError(name)

    def part(self, name: StarName) -> StarPart:
        for part in self.star:
            if part.name == name:
                return part
        raise KeyError(name)
