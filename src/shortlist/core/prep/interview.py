"""Frozen domain objects of interview preparation: questions, stories, the round-one
journal, questions to ask and logistics. The planner (questions.py), the story checks
(stories.py), the journal splitter (journal.py) and the logistics drafts (logistics.py)
take and return these; nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

Round = Literal["first", "second", "final"]
Persona = Literal["recruiter", "hiring_manager", "skip_level", "peer", "panel"]
Seniority = Literal["junior", "mid", "senior", "lead"]
#: Where a planned question came from: the shipped bank, a posting requirement, a CV
#: line, or the user's own round-one answer.
SourceKind = Literal["bank", "posting", "cv", "round_one"]

ROUNDS: tuple[Round, ...] = get_args(Round)
PERSONAS: tuple[Persona, ...] = get_args(Persona)
SENIORITIES: tuple[Seniority, ...] = get_args(Seniority)

#: The six competencies every behavioural round draws on; the story grid covers these.
CORE_COMPETENCIES = (
    "leadership",
    "conflict",
    "failure",
    "pressure",
    "collaboration",
    "initiative",
)
#: Further competencies the bank tags questions with.
MORE_COMPETENCIES = ("ambiguity", "prioritisation", "influence", "customer_focus", "learning")
COMPETENCIES = CORE_COMPETENCIES + MORE_COMPETENCIES

#: Question categories, in the order a plan lists them.
CATEGORIES = (
    "competency",
    "motivation",
    "gap_probe",
    "deep_dive",
    "follow_up",
    "forward",
    "practical",
    "task",
)

PERSONA_LABELS: dict[str, str] = {
    "recruiter": "Recruiter",
    "hiring_manager": "Hiring manager",
    "skip_level": "Skip-level manager",
    "peer": "Peer",
    "panel": "Panel",
}
ROUND_LABELS: dict[str, str] = {"first": "First round", "second": "Second round", "final": "Final"}


@dataclass(frozen=True, slots=True)
class BankQuestion:
    """One question of the shipped bank (data/question_bank.json), with its tags."""

    id: str
    text: str
    category: str
    competency: str | None
    personas: tuple[Persona, ...]
    rounds: tuple[Round, ...]
    seniorities: tuple[Seniority, ...]
    #: Why an interviewer asks it.
    why: str
    #: What a strong answer covers, point by point.
    covers: tuple[str, ...]
    #: Target answer length in seconds when spoken.
    target_seconds: int


@dataclass(frozen=True, slots=True)
class PlannedQuestion:
    """A question the plan expects in this round, traced to where it came from."""

    #: Stable within a plan: a bank id, or "gap:3", "cv:2", "r1:1", ...
    id: str
    text: str
    category: str
    competency: str | None
    persona: Persona
    source_kind: SourceKind
    #: The words it came from, verbatim: a posting requirement, a CV line, a round-one
    #: answer. None for a bank question chosen for the round and persona alone.
    source_quote: str | None
    why: str
    covers: tuple[str, ...]
    target_seconds: int
    #: The story from the bank that fits, once stories are mapped (stories.py).
    story_id: int | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """A STAR story the user keeps to answer behavioural questions."""

    id: int
    title: str
    situation: str
    task: str
    action: str
    result: str
    #: Competencies (and any free tags) it demonstrates.
    tags: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(p for p in (self.situation, self.task, self.action, self.result) if p)


@dataclass(frozen=True, slots=True)
class Finding:
    """One check on a story: passed or not, what to do, and the words it rests on."""

    check: str
    ok: bool
    message: str
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryReview:
    story_id: int
    words: int
    measurable: Finding
    first_person: Finding
    length: Finding

    @property
    def findings(self) -> tuple[Finding, ...]:
        return (self.measurable, self.first_person, self.length)


@dataclass(frozen=True, slots=True)
class StoryWarning:
    """A story stretched over several questions, or already told in round one."""

    story_id: int
    kind: Literal["only_answer", "used_before"]
    message: str
    question_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CoverGrid:
    """Which stories cover the six core competencies (story_fit.py ``cover_grid``)."""

    #: Each core competency, in order -> ids of the stories tagged with it (read-only).
    coverage: Mapping[str, tuple[int, ...]]
    #: How many competencies a different story each can cover (six is the aim).
    distinct: int

    @property
    def uncovered(self) -> tuple[str, ...]:
        """The core competencies no story covers yet."""
        return tuple(c for c, ids in self.coverage.items() if not ids)


@dataclass(frozen=True, slots=True)
class StoryMap:
    """Stories fitted to planned questions, with the grid and warnings."""

    #: question id -> story id (questions with no fitting story are absent; read-only).
    assignments: Mapping[str, int]
    grid: CoverGrid
    warnings: tuple[StoryWarning, ...]


@dataclass(frozen=True, slots=True)
class Interviewer:
    name: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class QuestionAnswer:
    """A question asked in an interview and what the user answered, in their words."""

    question: str
    answer: str = ""


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """What happened in one interview round, written down soon after."""

    round_number: int
    date: dt.date | None
    interviewers: tuple[Interviewer, ...] = ()
    answers: tuple[QuestionAnswer, ...] = ()
    #: Index into ``answers`` of the one the user thinks they answered worst.
    worst: int | None = None
    forgot: str = ""
    unsatisfied: str = ""
    #: Stories (ids) the user told in this round.
    stories_used: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AskQuestion:
    """A question for the user to ask the interviewers."""

    id: str
    text: str
    personas: tuple[Persona, ...]
    rounds: tuple[Round, ...]
    why: str
    #: The posting's words that make it pertinent, verbatim, when it was tailored.
    posting_quote: str | None = None
    starred: bool = False


@dataclass(frozen=True, slots=True)
class InterviewDetails:
    """What the user knows (or wants to confirm) about the round's arrangements."""

    date: dt.date | None = None
    #: Local time of day, "HH:MM"; None when not known yet.
    time: str | None = None
    duration_minutes: int | None = None
    #: "in_person", "remote" or "phone"; None when not known yet.
    format: str | None = None
    location: str = ""
    interviewers: tuple[Interviewer, ...] = ()
    task_expected: bool = False
    task_brief: str = ""
    salary_expectation: str = ""
    notice_period: str = ""
    recruiter_name: str = ""


@dataclass(frozen=True, slots=True)
class PrepItem:
    """One of the "prepare this first" items at the top of a plan."""

    kind: Literal["gap", "weak_answer", "task"]
    title: str
    detail: str
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class Logistics:
    recruiter_email: str
    bring: tuple[str, ...]
    know_your_numbers: tuple[tuple[str, str], ...]
    thank_you: str
    follow_up_date: dt.date | None
    task_checklist: tuple[str, ...] = ()
    #: What the posting says about the process (closing date, interview dates), verbatim.
    from_posting: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InterviewPlan:
    """Everything the user prepares for one round of one job."""

    title: str | None
    company: str | None
    round: Round
    personas: tuple[Persona, ...]
    seed: int
    prepare_first: tuple[PrepItem, ...]
    questions: tuple[PlannedQuestion, ...]
    stories: StoryMap
    reviews: tuple[StoryReview, ...]
    to_ask: tuple[AskQuestion, ...]
    logistics: Logistics
    details: InterviewDetails = field(default_factory=InterviewDetails)

    @property
    def round_label(self) -> str:
        return ROUND_LABELS[self.round]

    @property
    def persona_labels(self) -> tuple[str, ...]:
        return tuple(PERSONA_LABELS[p] for p in self.personas)

    @property
    def role(self) -> str:
        """ "Title at Company", either alone, or "" when the posting names neither."""
        return " at ".join(filter(None, [self.title, self.company]))
