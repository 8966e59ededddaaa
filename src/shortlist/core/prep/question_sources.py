"""Questions generated from the user's own material: gap probes from the match report,
deep dives on CV lines with numbers, follow-ups on round-one answers, the task question.

Each one carries ``source_quote`` verbatim from where it came, so the user can see why it
is likely; the planner (questions.py) decides which of them make the plan.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence

from shortlist.core.models import CV, MatchReport, RequirementKind, RequirementResult, Status
from shortlist.core.prep.interview import JournalEntry, Persona, PlannedQuestion

__all__ = ["cv_claims", "deep_dive", "follow_ups", "gap_probes", "task_question"]

_BULLET = re.compile(r"^[\s\-\u2022*\u2013\u00b7]+")
#: A figure never ends in the full stop or comma after it ("from 40 minutes to 6.").
_FIGURE = r"\d(?:[\d.,]*\d)?"
_FROM_TO = re.compile(rf"\bfrom ([£$€]?{_FIGURE}\s?[a-z%]*) to ([£$€]?{_FIGURE}\s?[a-z%]*)", re.I)
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s?%")
_MONEY = re.compile(rf"[£$€]\s?{_FIGURE}(?:\s?(?:bn|m|k|million|billion)\b)?", re.I)
_NUMBER = re.compile(rf"{_FIGURE}\+?")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_OWN_WORDS = re.compile(r"\b(we|our|us|the team)\b", re.I)
#: A past-tense verb: the sentence claims something was done, not just felt.
_DONE = re.compile(r"\b[a-z]{3,}ed\b", re.I)
#: Longest round-one quote, in words; a prefix of the sentence stays verbatim.
_QUOTE_WORDS = 25

_GAP_COVERS = (
    "Say plainly what you have and have not done",
    "The closest experience your CV does show",
    "A concrete plan to get up to speed, and by when",
)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _said(text: str) -> str:
    """Words in quotes, as a sentence: '"We cut it by 30%".' or '"Why us?"'."""
    words = _clean(text).rstrip(".")
    return f'"{words}"' if words.endswith(("?", "!")) else f'"{words}".'


def _gap_text(row: RequirementResult) -> str:
    asked = _clean(row.requirement.text).rstrip(".")
    kind = row.requirement.kind
    if row.status is Status.PARTIAL:
        return (
            f'The role asks for "{asked}", and your CV shows part of it ({row.note}). '
            "How would you close the difference?"
        )
    if kind is RequirementKind.CERTIFICATION:
        return (
            f'This role requires "{asked}". Your CV does not show it: do you hold it, '
            "or when could you have it?"
        )
    if kind is RequirementKind.LOCATION:
        return f'This role requires "{asked}". Where do you stand on that?'
    if kind is RequirementKind.YEARS:
        return (
            f'This role asks for "{asked}". Your CV does not show that yet: '
            "what would you point to instead to show you can do the job?"
        )
    if kind in (RequirementKind.RESPONSIBILITY, RequirementKind.SOFT_SKILL):
        return (
            f'This role needs "{asked}". Your CV does not show it in so many words: '
            "what is the closest thing you have done, and how did it go?"
        )
    if kind is RequirementKind.LANGUAGE:
        return (
            f'This role needs "{asked}". Your CV does not show it: how would you handle '
            "the parts of the job that depend on it?"
        )
    return (
        f'This role needs "{asked}". Your CV does not show it: how would you get up to '
        "speed, and what have you done that comes closest?"
    )


def gap_probes(
    report: MatchReport, persona: Persona, *, partial: bool
) -> tuple[PlannedQuestion, ...]:
    """A probe for each missing must-have (or, with ``partial``, each partial one)."""
    wanted = Status.PARTIAL if partial else Status.MISSING
    advice = {gap.requirement: gap.advice for gap in report.gaps}
    probes = []
    for index, row in enumerate(report.rows):
        if not row.requirement.must_have or row.status is not wanted:
            continue
        if partial:
            why = (
                f"A must-have your CV only partly shows ({row.note}); interviewers "
                "probe the difference between what is asked and what is shown."
            )
        else:
            why = (
                "The posting lists this as a must-have and your CV does not show it, so "
                "expect to be asked how you would cover it."
            )
        tip = advice.get(row.requirement.text)
        probes.append(
            PlannedQuestion(
                id=f"gap:{index}",
                text=_gap_text(row),
                category="gap_probe",
                competency=None,
                persona=persona,
                source_kind="posting",
                source_quote=row.requirement.text,
                why=why,
                covers=(*_GAP_COVERS[:2], tip) if tip else _GAP_COVERS,
                target_seconds=120,
            )
        )
    return tuple(probes)


def _figure(line: str) -> tuple[int, str] | None:
    """The figure a deep dive asks about, ranked: a before/after, a percentage, money."""
    if found := _FROM_TO.search(line):
        return 0, f"from {found.group(1).strip()} to {found.group(2).strip()}"
    for rank, pattern in ((1, _PERCENT), (2, _MONEY), (3, _NUMBER)):
        if found := pattern.search(line):
            return rank, found.group(0).strip()
    return None


def cv_claims(cv: CV, rng: random.Random) -> list[tuple[str, str, int]]:
    """(quote, figure, rank) for the CV lines with a number, best figures first, seeded within
    a rank. The quote is the line without its bullet: still verbatim in the CV text."""
    lines = cv.achievements or tuple(line for role in cv.roles for line in role.lines)
    ranked: dict[int, list[tuple[str, str, int]]] = {}
    seen: set[str] = set()
    for line in lines:
        quote = _BULLET.sub("", line.text).strip()
        figure = _figure(quote)
        if figure is None or quote in seen:
            continue
        seen.add(quote)
        ranked.setdefault(figure[0], []).append((quote, figure[1], figure[0]))
    chosen: list[tuple[str, str, int]] = []
    for rank in sorted(ranked):
        group = ranked[rank]
        rng.shuffle(group)
        chosen.extend(group)
    return chosen


def deep_dive(index: int, claim: tuple[str, str, int], persona: Persona) -> PlannedQuestion:
    """Press on one CV line: how its figure was reached (a bare count: what it changed)."""
    quote, figure, rank = claim
    if rank == 3:
        how = "what changed because of what you did"
    else:
        how = "how did you get " + ("" if figure.startswith("from ") else "to ") + figure
    return PlannedQuestion(
        id=f"cv:{index}",
        text=f"Your CV says {_said(quote)} Walk me through it: what was your part, and {how}?",
        category="deep_dive",
        competency=None,
        persona=persona,
        source_kind="cv",
        source_quote=quote,
        why=(
            "Interviewers pick the numbers on a CV and ask how they were reached; "
            "this line has one."
        ),
        covers=(
            "The situation and what you owned, in the first person",
            f"How {figure} was measured, and against what baseline",
            "What you would do differently now",
        ),
        target_seconds=150,
    )


def _quote(answer: str) -> str:
    """The sentence of an answer most worth pressing on, verbatim (a numbered claim first)."""
    sentences: list[str] = [s.strip() for s in _SENTENCE.findall(answer) if len(s.split()) >= 3]
    if not sentences:
        return answer.strip()
    numbered = [s for s in sentences if any(c.isdigit() for c in s)]
    best = (numbered or sentences)[0]
    words = best.split()
    if len(words) <= _QUOTE_WORDS:
        return best
    # A prefix of the sentence: cut at a word boundary so it stays a verbatim substring.
    cut = best.find(words[_QUOTE_WORDS - 1]) + len(words[_QUOTE_WORDS - 1])
    return best[:cut]


def _press(quote: str) -> str:
    if any(c.isdigit() for c in quote):
        return "walk me through how you measured it."
    if _OWN_WORDS.search(quote) and _DONE.search(quote):
        return "what was your own part in it?"
    return "what is behind that? Give me one specific example."


def _follow_up(
    n: int, text: str, quote: str, why: str, covers: Sequence[str], persona: Persona
) -> PlannedQuestion:
    return PlannedQuestion(
        id=f"r1:{n}",
        text=text,
        category="follow_up",
        competency=None,
        persona=persona,
        source_kind="round_one",
        source_quote=quote,
        why=why,
        covers=tuple(covers),
        target_seconds=150,
    )


def follow_ups(
    journal: Iterable[JournalEntry], persona: Persona, rng: random.Random
) -> list[tuple[int, PlannedQuestion]]:
    """(priority, question) for earlier rounds' notes: 0 = the worst answer, "unsatisfied"
    and the first quoted claim; 1 = "forgot" and further quotes."""
    out: list[tuple[int, PlannedQuestion]] = []
    quotes: list[str] = []
    for entry in sorted(journal, key=lambda e: -e.round_number):
        for i, qa in enumerate(entry.answers):
            if i == entry.worst:
                out.append((0, _back_to_worst(len(out) + 1, qa.question, persona)))
            elif qa.answer.strip():
                quotes.append(_quote(qa.answer))
        if entry.unsatisfied.strip():
            out.append((0, _back_to_unsatisfied(len(out) + 1, entry.unsatisfied, persona)))
        if entry.forgot.strip():
            out.append((1, _invite_forgotten(len(out) + 1, entry.forgot, persona)))
    for rank, quote in enumerate(_claims_in_order(quotes, rng)):
        out.append((0 if rank == 0 else 1, _back_up_claim(len(out) + 1, quote, persona)))
    return out


def _back_to_worst(n: int, question: str, persona: Persona) -> PlannedQuestion:
    """The question the user felt they answered worst, asked again."""
    return _follow_up(
        n,
        f"Last time you were asked {_said(question)} Let's come back to it: take me "
        "through one specific example and what came of it.",
        question,
        "You felt this went worst; interviewers often return to a weak "
        "answer to see whether it was a bad moment or a real gap.",
        (
            "One specific example, not a general answer",
            "What you did yourself and the result",
            "What you would add to what you said last time",
        ),
        persona,
    )


def _back_to_unsatisfied(n: int, unsatisfied: str, persona: Persona) -> PlannedQuestion:
    """Where the interviewer seemed unsatisfied, asked for a fuller answer."""
    return _follow_up(
        n,
        "I'd like to go back to something from last time: "
        f'"{_clean(unsatisfied)}". Can you give me a fuller answer '
        "with a concrete example?",
        unsatisfied,
        "You noted the interviewer seemed unsatisfied here; expect them to come back to it.",
        ("A direct answer to what was missing", "A concrete example"),
        persona,
    )


def _invite_forgotten(n: int, forgot: str, persona: Persona) -> PlannedQuestion:
    """An invitation to add what the user noted they forgot to mention."""
    return _follow_up(
        n,
        "Is there anything from last time you would like to add or expand on?",
        forgot,
        f'You noted you forgot to mention "{_clean(forgot)}"; later '
        "rounds often invite you to add to the last one.",
        ("What you forgot, briefly", "Why it matters for this role"),
        persona,
    )


def _claims_in_order(quotes: Sequence[str], rng: random.Random) -> list[str]:
    """Quoted claims to press on: those with a number first, the rest shuffled, once each."""
    numbered = [q for q in quotes if any(c.isdigit() for c in q)]
    others = [q for q in quotes if q not in numbered]
    rng.shuffle(others)
    return list(dict.fromkeys(numbered + others))


def _back_up_claim(n: int, quote: str, persona: Persona) -> PlannedQuestion:
    """A claim from an earlier answer, quoted back with a request for its evidence."""
    return _follow_up(
        n,
        f'Last time you said "{_clean(quote).rstrip(".")}": {_press(quote)}',
        quote,
        "Later rounds read the first round's notes and ask you to back up what you said.",
        (
            "Stay consistent with what you said before",
            "The evidence behind the claim: numbers, dates, names",
            "Your own part, in the first person",
        ),
        persona,
    )


def task_question(brief: str, persona: Persona) -> PlannedQuestion:
    return PlannedQuestion(
        id="task:1",
        text=(
            f"The brief was {_said(brief)} Walk us through your approach, the choices "
            "you made and what you would do with more time."
        ),
        category="task",
        competency=None,
        persona=persona,
        source_kind="posting",
        source_quote=brief,
        why="A task was set for this round; the interviewers build their questions around it.",
        covers=(
            "The problem as you understood it, and your assumptions",
            "Your approach and why you chose it over others",
            "The result, its limits and what you would do next",
        ),
        target_seconds=300,
    )
