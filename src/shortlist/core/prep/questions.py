"""Plan the questions likely in one interview round, each traced to where it came from.

``plan_questions`` mixes bank questions (filtered by persona, round and seniority) with
questions generated from the posting, the CV and the round-one journal
(question_sources.py). Candidates are offered in priority order until the plan is full,
then put in interview order. Everything is pure and seeded: the same inputs and seed give
the same plan.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from shortlist.core.models import CV, MatchReport, Posting, RequirementKind
from shortlist.core.prep.interview import (
    CORE_COMPETENCIES,
    MORE_COMPETENCIES,
    BankQuestion,
    JournalEntry,
    Persona,
    PlannedQuestion,
    Round,
    Seniority,
)
from shortlist.core.prep.question_sources import (
    cv_claims,
    deep_dive,
    follow_ups,
    gap_probes,
    task_question,
)

__all__ = ["MAX_QUESTIONS", "MIN_QUESTIONS", "plan_questions", "seniority_of"]

MIN_QUESTIONS = 12
MAX_QUESTIONS = 20

_JUNIOR = re.compile(r"\b(junior|jr|graduate|grad|trainee|apprentice|intern|entry[- ]level)\b")
_LEAD = re.compile(r"\b(lead|leader|head|manager|director|chief|vp)\b")
# "Staff" means senior only before a specialist title: a staff nurse is not a senior hire.
_SENIOR = re.compile(
    r"\b(senior|sr|principal|staff (?:engineer|developer|scientist|designer|architect))\b"
)

#: Interview order: opener and motivation, competencies with deep dives, gap probes and
#: follow-ups, forward-looking, practical, the task last.
_SECTION = {
    "motivation": 0,
    "competency": 1,
    "deep_dive": 1,
    "gap_probe": 2,
    "follow_up": 2,
    "forward": 3,
    "practical": 4,
    "task": 5,
}
_MOTIVATION_ORDER = ("opener", "why-role", "why-company", "why-leaving", "why-change")
#: Who asks a generated question, by preference, when several personas are expected.
#: A recruiter probes only when nobody else is in the room.
_PROBERS: tuple[Persona, ...] = ("hiring_manager", "peer", "skip_level", "panel")
_DEFAULT_PERSONAS: dict[str, tuple[Persona, ...]] = {
    "first": ("recruiter", "hiring_manager"),
    "second": ("hiring_manager", "peer"),
    "final": ("hiring_manager", "skip_level"),
}
#: The CV's claims (quote, figure, rank) not yet offered as deep dives, best first.
_Claims = Iterator[tuple[str, str, int]]


def seniority_of(posting: Posting, cv: CV) -> Seniority:
    """The level the interview is pitched at: title words first, then years asked. With
    neither, the posting is read as mid-level (junior for a CV under two years): a long
    career does not make an operative's interview a senior one."""
    title = (posting.title or "").lower()
    if _JUNIOR.search(title):
        return "junior"
    if _LEAD.search(title):
        return "lead"
    if _SENIOR.search(title):
        return "senior"
    asked = [
        r.years
        for r in posting.requirements
        if r.kind is RequirementKind.YEARS and r.years is not None
    ]
    if not asked:
        return "junior" if cv.total_months < 24 else "mid"
    years = max(asked)
    if years < 2:
        return "junior"
    if years < 5:
        return "mid"
    return "senior" if years < 10 else "lead"


def _topic(question: BankQuestion) -> str:
    """The bank id without its number: "salary-02" -> "salary"."""
    return question.id.rsplit("-", 1)[0]


def _fill(text: str, company: str, role: str) -> str:
    return text.replace("{company}", company).replace("{role}", role)


@dataclass
class _Plan:
    """The plan being filled: what is in it, and who has asked how much."""

    count: int
    personas: tuple[Persona, ...]
    round: Round
    seniority: Seniority
    bank: Sequence[BankQuestion]
    rng: random.Random
    company: str
    role: str
    items: list[tuple[int, PlannedQuestion]] = field(default_factory=list)
    asked: Counter[str] = field(default_factory=Counter)
    pairs: set[tuple[str | None, str]] = field(default_factory=set)

    @property
    def full(self) -> bool:
        return len(self.items) >= self.count

    def persona(self, preference: Sequence[Persona]) -> Persona:
        """The expected persona that has asked least, ties to the preference order."""
        order = [p for p in preference if p in self.personas] or list(self.personas)
        return min(order, key=lambda p: (self.asked[p], order.index(p)))

    def ask(self, question: PlannedQuestion, preference: Sequence[Persona] = _PROBERS) -> bool:
        """Add a generated question, asked by whoever has asked least so far."""
        return self.add(replace(question, persona=self.persona(preference)))

    def add(self, question: PlannedQuestion, key: int = 0) -> bool:
        if self.full or any(q.id == question.id or q.text == question.text for _, q in self.items):
            return False
        self.items.append((key, question))
        self.asked[question.persona] += 1
        self.pairs.add((question.competency, question.persona))
        return True

    def pick(self, keep: Callable[[BankQuestion], bool], *, any_persona: bool = False) -> bool:
        """Add one bank question that ``keep`` accepts, relaxing seniority, then round
        (and, for a question the round must have, persona) before giving up."""
        if self.full:
            return False
        used = {q.id for _, q in self.items}
        pool = [q for q in self.bank if q.id not in used and keep(q)]
        filters: list[Callable[[BankQuestion], bool]] = [
            lambda q: self.round in q.rounds and self.seniority in q.seniorities,
            lambda q: self.round in q.rounds,
            lambda q: self.seniority in q.seniorities,
            lambda q: True,
        ]
        for ignore_persona in (False, True) if any_persona else (False,):
            for level in filters:
                found = [
                    q
                    for q in pool
                    if level(q) and (ignore_persona or set(q.personas) & set(self.personas))
                ]
                if found:
                    return self._take(found)
        return False

    def _take(self, found: list[BankQuestion]) -> bool:
        def options(q: BankQuestion) -> list[Persona]:
            mine = [p for p in self.personas if p in q.personas] or list(self.personas)
            fresh = [p for p in mine if (q.competency, p) not in self.pairs]
            return fresh or mine

        def load(q: BankQuestion) -> tuple[int, int]:
            choice = options(q)
            stale = int(all((q.competency, p) in self.pairs for p in choice))
            return stale, min(self.asked[p] for p in choice)

        best = min(load(q) for q in found)
        chosen = self.rng.choice([q for q in found if load(q) == best])
        persona = self.persona(options(chosen))
        key = _MOTIVATION_ORDER.index(_topic(chosen)) if chosen.category == "motivation" else 0
        return self.add(
            PlannedQuestion(
                id=chosen.id,
                text=_fill(chosen.text, self.company, self.role),
                category=chosen.category,
                competency=chosen.competency,
                persona=persona,
                source_kind="bank",
                source_quote=None,
                why=_fill(chosen.why, self.company, self.role),
                covers=tuple(_fill(c, self.company, self.role) for c in chosen.covers),
                target_seconds=chosen.target_seconds,
            ),
            key,
        )

    def topic(self, name: str, *, any_persona: bool = False) -> bool:
        return self.pick(lambda q: _topic(q) == name, any_persona=any_persona)

    def competency(self, name: str) -> bool:
        return self.pick(lambda q: q.category == "competency" and q.competency == name)


def _role_name(posting: Posting) -> str:
    title = " ".join((posting.title or "").split())
    if not title:
        return "this role"
    return f"the {title.title() if title.isupper() else title} role"


def plan_questions(
    *,
    posting: Posting,
    cv: CV,
    report: MatchReport,
    round: Round,
    personas: Sequence[Persona],
    bank: Sequence[BankQuestion],
    journal: Iterable[JournalEntry] = (),
    task_expected: bool = False,
    task_brief: str = "",
    seed: int = 0,
    count: int = 16,
) -> tuple[PlannedQuestion, ...]:
    """12-20 questions likely in this round, in interview order.

    Missing must-haves always get a probe; later rounds follow up on the journal and
    confirm salary and notice; bank questions fill the rest by persona, round and
    seniority. ``personas`` empty means the usual ones for the round.
    """
    rng = random.Random(seed)
    plan = _Plan(
        count=max(MIN_QUESTIONS, min(MAX_QUESTIONS, count)),
        personas=tuple(dict.fromkeys(personas)) or _DEFAULT_PERSONAS[round],
        round=round,
        seniority=seniority_of(posting, cv),
        bank=bank,
        rng=rng,
        company=posting.company or "this company",
        role=_role_name(posting),
    )
    later = round != "first"
    core = list(CORE_COMPETENCIES)
    more = list(MORE_COMPETENCIES)
    rng.shuffle(core)
    rng.shuffle(more)
    claims = iter(cv_claims(cv, rng))
    notes = follow_ups(journal, _PROBERS[0], rng) if later else []
    for probe in gap_probes(report, _PROBERS[0], partial=False):
        plan.ask(probe)
    if task_expected:
        _task(plan, task_brief)
    if later:
        _later_round(plan, core, claims, notes)
    else:
        _first_round(plan, core, claims)
    _the_rest(plan, report, later, core, more, claims)
    return _in_order(plan.items)


def _dive(plan: _Plan, claims: _Claims) -> None:
    """Add a deep dive on the next CV claim the plan takes."""
    for claim in claims:
        index = len([q for _, q in plan.items if q.category == "deep_dive"])
        if plan.add(deep_dive(index + 1, claim, plan.persona(_PROBERS)), 2 * index + 1):
            return


def _notes(plan: _Plan, notes: Sequence[tuple[int, PlannedQuestion]], priority: int) -> None:
    """Add the journal's follow-ups of one priority."""
    for rank, question in notes:
        if rank == priority:
            plan.ask(question)


def _task(plan: _Plan, brief: str) -> None:
    """The task question: on the brief when there is one, else from the bank."""
    if brief.strip():
        plan.ask(task_question(brief, _PROBERS[0]))
    else:
        plan.pick(lambda q: q.category == "task", any_persona=True)


def _later_round(
    plan: _Plan,
    core: Sequence[str],
    claims: _Claims,
    notes: Sequence[tuple[int, PlannedQuestion]],
) -> None:
    """A later round: the journal's follow-ups and salary and notice first, then the
    competencies and a deep dive."""
    _notes(plan, notes, 0)
    plan.topic("salary", any_persona=True)
    plan.topic("notice", any_persona=True)
    plan.topic("why-role")
    for name in core:
        plan.competency(name)
    _dive(plan, claims)
    _notes(plan, notes, 1)
    plan.topic("why-company")
    if not plan.topic("growth"):
        plan.topic("future")


def _first_round(plan: _Plan, core: Sequence[str], claims: _Claims) -> None:
    """A first round: the opener and motivation (salary and notice when a recruiter is
    there), a deep dive, then the competencies."""
    plan.topic("opener")
    plan.topic("why-role")
    plan.topic("why-company")
    if "recruiter" in plan.personas:
        plan.topic("salary")
        plan.topic("notice")
    _dive(plan, claims)
    for name in core:
        plan.competency(name)
    plan.topic("growth")


def _the_rest(
    plan: _Plan,
    report: MatchReport,
    later: bool,
    core: Sequence[str],
    more: Sequence[str],
    claims: _Claims,
) -> None:
    """Any round, until the plan is full: partial must-haves, deep dives, the further
    competencies and topics, then second questions per competency."""
    for probe in gap_probes(report, _PROBERS[0], partial=True)[:2]:
        plan.ask(probe)
    _dive(plan, claims)
    plan.topic("start", any_persona=later)
    plan.topic("style")
    for name in more:
        plan.competency(name)
    _dive(plan, claims)
    for name in ("why-leaving", "future", "logistics", "salary", "notice"):
        plan.topic(name)
    # Still short (a narrow persona or seniority): second questions per competency.
    for name in [*core, *more] * 2:
        if plan.full:
            break
        plan.competency(name)


def _in_order(items: list[tuple[int, PlannedQuestion]]) -> tuple[PlannedQuestion, ...]:
    """Sort into interview order; within competencies, deep dives sit between them."""
    placed: list[tuple[int, float, int, PlannedQuestion]] = []
    competencies = 0
    for position, (key, question) in enumerate(items):
        section = _SECTION.get(question.category, 1)
        order: float = key
        if question.category == "competency":
            order = competencies
            competencies += 1
        elif question.category == "deep_dive":
            order = key + 0.5
        placed.append((section, order, position, question))
    placed.sort(key=lambda t: t[:3])
    return tuple(q for *_, q in placed)
