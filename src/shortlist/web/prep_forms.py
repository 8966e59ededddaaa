"""The forms of the interview-preparation pages (prep_pages.py), read into the keyword
arguments of the workspace functions they call, typed so mypy checks each call.
A field that cannot be read raises Refused with what to fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict

from pydantic import BaseModel

from shortlist.web.errors import Refused
from shortlist.web.page_kit import date_field, whole_field
from shortlist.workspace import JournalView, PlanChoicesView

__all__ = ["JournalFields", "JournalForm", "PlanChoiceFields", "PlanForm"]

#: Empty rows a form offers beyond what is filled in, so it works without JavaScript.
SPARE_ROWS = 2
MIN_ANSWER_ROWS = 3


class PlanChoiceFields(TypedDict):
    """The plan form read: save_plan_choices' keyword arguments, checked by mypy."""

    round: str
    personas: list[str]
    seed: int
    date: dt.date | None
    time: str | None
    duration_minutes: int | None
    format: str | None
    location: str
    interviewers: list[tuple[str, str]]
    recruiter_name: str
    task_expected: bool
    task_brief: str
    task_notes: str
    salary_expectation: str
    notice_period: str


class JournalFields(TypedDict):
    """The journal form read: save_journal's keyword arguments."""

    date: dt.date | None
    interviewers: list[tuple[str, str]]
    answers: list[tuple[str, str]]
    worst: int | None
    forgot: str
    unsatisfied: str
    stories_used: list[int]


def _rows(filled: Sequence[tuple[str, str]], minimum: int) -> list[tuple[str, str]]:
    """The filled rows, then empty ones: at least ``minimum``, and a few spare."""
    rows = list(filled)
    rows.extend([("", "")] * max(SPARE_ROWS, minimum - len(rows)))
    return rows


# the plan


class PlanForm(BaseModel):
    """The plan choices form, every field as typed (checked by the workspace)."""

    round: str = "first"
    personas: list[str] = []
    seed: str = "0"
    shuffle: str = ""
    date: str = ""
    time: str = ""
    duration_minutes: str = ""
    format: str = ""
    location: str = ""
    interviewer_name: list[str] = []
    interviewer_role: list[str] = []
    recruiter_name: str = ""
    task_expected: str = ""
    task_brief: str = ""
    task_notes: str = ""
    salary_expectation: str = ""
    notice_period: str = ""

    @classmethod
    def of(cls, choices: PlanChoicesView) -> PlanForm:
        return cls(
            round=choices.round,
            personas=choices.personas,
            seed=str(choices.seed),
            date=choices.date.isoformat() if choices.date else "",
            time=choices.time or "",
            duration_minutes=str(choices.duration_minutes or ""),
            format=choices.format or "",
            location=choices.location,
            interviewer_name=[i["name"] for i in choices.interviewers],
            interviewer_role=[i.get("role", "") for i in choices.interviewers],
            recruiter_name=choices.recruiter_name,
            task_expected="yes" if choices.task_expected else "",
            task_brief=choices.task_brief,
            task_notes=choices.task_notes,
            salary_expectation=choices.salary_expectation,
            notice_period=choices.notice_period,
        )

    @property
    def interviewer_rows(self) -> list[tuple[str, str]]:
        return _rows(_pairs(self.interviewer_name, self.interviewer_role), 0)

    def arguments(self) -> PlanChoiceFields:
        """The keyword arguments of save_plan_choices; Refused for what cannot be read."""
        seed = whole_field(self.seed, "seed") or 0
        return {
            "round": self.round,
            "personas": self.personas,
            "seed": seed + 1 if self.shuffle else seed,
            "date": date_field(self.date, "interview date"),
            "time": self.time.strip() or None,
            "duration_minutes": whole_field(self.duration_minutes, "duration"),
            "format": self.format or None,
            "location": self.location,
            "interviewers": _pairs(self.interviewer_name, self.interviewer_role),
            "recruiter_name": self.recruiter_name,
            "task_expected": bool(self.task_expected),
            "task_brief": self.task_brief,
            "task_notes": self.task_notes,
            "salary_expectation": self.salary_expectation,
            "notice_period": self.notice_period,
        }


def _pairs(first: Sequence[str], second: Sequence[str]) -> list[tuple[str, str]]:
    """Two columns of form rows zipped, rows left empty dropped."""
    width = max(len(first), len(second))
    padded = [
        (first[i] if i < len(first) else "", second[i] if i < len(second) else "")
        for i in range(width)
    ]
    return [(a, b) for a, b in padded if a.strip() or b.strip()]


class JournalForm(BaseModel):
    """The journal form as typed; ``worst`` is the row number of the worst answer."""

    date: str = ""
    interviewer_name: list[str] = []
    interviewer_role: list[str] = []
    question: list[str] = []
    answer: list[str] = []
    worst: str = ""
    forgot: str = ""
    unsatisfied: str = ""
    story: list[str] = []
    notes: str = ""

    @classmethod
    def of(cls, journal: JournalView) -> JournalForm:
        return cls(
            date=journal.date.isoformat() if journal.date else "",
            interviewer_name=[i["name"] for i in journal.interviewers],
            interviewer_role=[i.get("role", "") for i in journal.interviewers],
            question=[a["question"] for a in journal.answers],
            answer=[a.get("answer", "") for a in journal.answers],
            worst="" if journal.worst is None else str(journal.worst),
            forgot=journal.forgot,
            unsatisfied=journal.unsatisfied,
            story=[str(i) for i in journal.stories_used],
        )

    @property
    def interviewer_rows(self) -> list[tuple[str, str]]:
        return _rows(_pairs(self.interviewer_name, self.interviewer_role), 0)

    @property
    def answer_rows(self) -> list[tuple[str, str]]:
        # Rows keep their places (the worst answer is marked by its row number).
        width = max(len(self.question), len(self.answer))
        rows = [
            (
                self.question[i] if i < len(self.question) else "",
                self.answer[i] if i < len(self.answer) else "",
            )
            for i in range(width)
        ]
        while rows and not any(part.strip() for part in rows[-1]):
            rows.pop()
        return _rows(rows, MIN_ANSWER_ROWS)

    def with_split(self, pairs: Sequence[tuple[str, str]]) -> JournalForm:
        """The form with the split pairs added after the rows already filled in."""
        kept = [(q, a) for q, a in self.answer_rows if q.strip() or a.strip()]
        known = {q.strip() for q, _ in kept}
        kept.extend((q, a) for q, a in pairs if q.strip() not in known)
        return self.model_copy(
            update={"question": [q for q, _ in kept], "answer": [a for _, a in kept]}
        )

    def arguments(self) -> JournalFields:
        """The keyword arguments of save_journal; Refused for what cannot be read."""
        rows = self.answer_rows
        filled = [i for i, (q, a) in enumerate(rows) if q.strip() or a.strip()]
        worst_row = whole_field(self.worst, "answer marked as the worst")
        worst = None
        if worst_row is not None:
            if worst_row not in filled:
                raise Refused("the answer marked as the worst is an empty row; mark a filled one")
            worst = filled.index(worst_row)
        stories = [whole_field(s, "story id") for s in self.story]
        return {
            "date": date_field(self.date, "round's date"),
            "interviewers": _pairs(self.interviewer_name, self.interviewer_role),
            "answers": [rows[i] for i in filled],
            "worst": worst,
            "forgot": self.forgot,
            "unsatisfied": self.unsatisfied,
            "stories_used": [s for s in stories if s is not None],
        }
