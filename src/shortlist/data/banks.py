"""The shipped question banks, read once per process: questions interviewers ask
(question_bank.json) and questions for the user to ask them (ask_questions.json).

Both files are ours, written by hand; data/README.md describes their fields. A file that
does not fit the shape fails loudly here, at load, naming the entry.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from shortlist.core.prep.interview import (
    COMPETENCIES,
    PERSONAS,
    ROUNDS,
    SENIORITIES,
    AskQuestion,
    BankQuestion,
    Persona,
    Round,
    Seniority,
)

__all__ = ["BankError", "load_ask_bank", "load_question_bank"]


class BankError(ValueError):
    """A shipped bank file does not have the shape its loader expects."""


def _read(name: str) -> list[dict[str, Any]]:
    path = resources.files("shortlist.data").joinpath(name)
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BankError(f"{name}: expected an object with a 'questions' list")
    return entries


def _tags(entry: dict[str, Any], key: str, allowed: tuple[str, ...], name: str) -> tuple[str, ...]:
    values = entry.get(key)
    if not isinstance(values, list) or not values:
        raise BankError(f"{name}: {entry.get('id')!r} needs a non-empty {key!r} list")
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise BankError(f"{name}: {entry.get('id')!r} has unknown {key} {unknown}")
    return tuple(values)


def _text(entry: dict[str, Any], key: str, name: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BankError(f"{name}: {entry.get('id')!r} needs a non-empty {key!r}")
    return value


@lru_cache(maxsize=1)
def load_question_bank() -> tuple[BankQuestion, ...]:
    """Every question of question_bank.json, in file order."""
    name = "question_bank.json"
    bank = []
    for entry in _read(name):
        competency = entry.get("competency")
        if competency is not None and competency not in COMPETENCIES:
            raise BankError(f"{name}: {entry.get('id')!r} has unknown competency {competency!r}")
        bank.append(
            BankQuestion(
                id=_text(entry, "id", name),
                text=_text(entry, "text", name),
                category=_text(entry, "category", name),
                competency=competency,
                personas=cast(tuple[Persona, ...], _tags(entry, "personas", PERSONAS, name)),
                rounds=cast(tuple[Round, ...], _tags(entry, "rounds", ROUNDS, name)),
                seniorities=cast(
                    tuple[Seniority, ...], _tags(entry, "seniorities", SENIORITIES, name)
                ),
                why=_text(entry, "why", name),
                covers=tuple(entry.get("covers") or ()),
                target_seconds=int(entry.get("target_seconds", 120)),
            )
        )
    _unique(name, [q.id for q in bank])
    return tuple(bank)


@lru_cache(maxsize=1)
def load_ask_bank() -> tuple[AskQuestion, ...]:
    """Every question of ask_questions.json, in file order."""
    name = "ask_questions.json"
    bank = [
        AskQuestion(
            id=_text(entry, "id", name),
            text=_text(entry, "text", name),
            personas=cast(tuple[Persona, ...], _tags(entry, "personas", PERSONAS, name)),
            rounds=cast(tuple[Round, ...], _tags(entry, "rounds", ROUNDS, name)),
            why=_text(entry, "why", name),
        )
        for entry in _read(name)
    ]
    _unique(name, [q.id for q in bank])
    return tuple(bank)


def _unique(name: str, ids: list[str]) -> None:
    seen: set[str] = set()
    repeated = sorted({i for i in ids if i in seen or seen.add(i)})  # type: ignore[func-returns-value]
    if repeated:
        raise BankError(f"{name}: repeated ids {repeated}")
