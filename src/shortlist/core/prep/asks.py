"""Questions for the user to ask the interviewers, chosen for the round and the people in it.

The shipped bank (data/ask_questions.json) is tagged by persona and round. On top of it a
question or two quotes the posting's own duties, so the user shows they read it. Perks and
holidays are for the recruiter in the first round only: the bank tags them so, and a word
check here keeps any that slip through out of later rounds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from shortlist.core.models import Posting
from shortlist.core.posting.sections import DUTIES
from shortlist.core.prep.interview import PERSONAS, AskQuestion, Persona, Round
from shortlist.core.text.lines import is_bullet, strip_bullet

__all__ = ["is_perk_question", "questions_to_ask", "tailored_questions"]

_PERK = re.compile(
    r"\b(?:benefits?|perks?|holidays?|annual leave|vacation|paid time off|pto|pensions?|"
    r"bonus(?:es)?|health (?:cover|insurance|care)|dental|gym|learning budget|"
    r"training budget|share options|stock options|equity|days off|time off)\b",
    re.IGNORECASE,
)
# Duty lines that are really something else: a perk, a hiring statement.
_NOT_A_DUTY = re.compile(r"equal opportunit|employer|apply|visa|salary", re.IGNORECASE)
_INITIATIVE = re.compile(
    r"\b(?:build|launch|migrat\w*|lead|own|design|improv\w*|scal\w*|introduc\w*|roll out|"
    r"develop|deliver|establish|creat\w*|driv\w*|run|transform|moderni[sz]\w*|automat\w*|"
    r"grow|set up|define|shape)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MIN_DUTY_WORDS, _MAX_DUTY_WORDS = 4, 30
_MAX_TAILORED = 2

#: How each persona is asked about a duty the posting names.
_NINETY_DAYS = "what would a great first 90 days look like on that?"
_TEMPLATES: dict[str, str] = {
    "hiring_manager": "The posting mentions '{q}'; " + _NINETY_DAYS,
    "panel": "The posting mentions '{q}'; " + _NINETY_DAYS,
    "skip_level": "The posting mentions '{q}'; how does that fit the wider plan for next year?",
    "peer": "The posting mentions '{q}'; what does that involve day to day, and with whom?",
    "recruiter": "The posting mentions '{q}'; which round will go into that, and with whom?",
}
_TAILORED_WHY = (
    "It quotes the posting, which shows you read it closely and are already thinking about "
    "doing the work."
)


def is_perk_question(question: AskQuestion) -> bool:
    """Whether it asks about benefits, leave, bonuses and the like."""
    return bool(_PERK.search(question.text))


def _duties(posting: Posting) -> list[str]:
    """The posting's concrete duties, verbatim (bullet trimmed), initiatives first.

    Bulleted duty lines are taken as they are. A duty section written as prose is read
    by the sentence, since its lines break mid-sentence; the sentence's line breaks
    become spaces.
    """
    lines = [line.text for s in posting.sections if s.name == DUTIES for line in s.lines]
    bullets = [strip_bullet(line).strip() for line in lines if is_bullet(line)]
    if bullets:
        lines = bullets
    elif lines:
        lines = _SENTENCE_END.split(" ".join(lines))
    else:
        lines = [r.text for r in posting.requirements if r.duty]
    fit = [
        line
        for line in dict.fromkeys(lines)
        if _MIN_DUTY_WORDS <= len(line.split()) <= _MAX_DUTY_WORDS
        and not _PERK.search(line)
        and not _NOT_A_DUTY.search(line)
    ]
    # Stable sort: an initiative ("Build...", "Lead the migration") before routine duties.
    return sorted(fit, key=lambda line: not _INITIATIVE.search(line))


def tailored_questions(
    posting: Posting, round: Round, personas: Sequence[Persona]
) -> tuple[AskQuestion, ...]:
    """Up to two questions quoting the posting's duties, one per persona in order."""
    duties = _duties(posting)
    out = []
    for n, (persona, duty) in enumerate(zip(_unique(personas), duties, strict=False), 1):
        phrase = " ".join(duty.split()).rstrip(".;:,")
        out.append(
            AskQuestion(
                id=f"posting-{n}",
                text=_TEMPLATES[persona].format(q=phrase),
                personas=(persona,),
                rounds=(round,),
                why=_TAILORED_WHY,
                posting_quote=duty,
            )
        )
        if len(out) == _MAX_TAILORED:
            break
    return tuple(out)


def _unique(personas: Sequence[Persona]) -> list[Persona]:
    return list(dict.fromkeys(personas)) or list(PERSONAS)


def questions_to_ask(
    posting: Posting,
    round: Round,
    personas: Sequence[Persona],
    bank: Sequence[AskQuestion],
    starred: Sequence[str] = (),
    limit: int = 8,
) -> tuple[AskQuestion, ...]:
    """The questions to take into this round, best first.

    Starred ids come first, in the user's order, marked ``starred``; they are kept even
    past ``limit`` (the user chose them), as long as the round allows them. Then the
    questions quoting the posting, then the bank's questions for the round, taking one
    per persona in turn so every interviewer gets one. No personas means all of them.
    Perk questions appear only in the first round with the recruiter.
    """
    people = _unique(personas)
    perks_allowed = round == "first" and "recruiter" in people

    def allowed(q: AskQuestion) -> bool:
        return perks_allowed or not is_perk_question(q)

    tailored = tailored_questions(posting, round, people)
    known = {q.id: q for q in (*tailored, *bank)}
    chosen: list[AskQuestion] = [
        replace(known[i], starred=True)
        for i in dict.fromkeys(starred)
        if i in known and allowed(known[i])
    ]
    taken = {q.id for q in chosen}
    room = max(0, limit - len(chosen))
    rest: list[AskQuestion] = [q for q in tailored if q.id not in taken]
    taken.update(q.id for q in rest)
    queues = [
        [q for q in bank if round in q.rounds and p in q.personas and allowed(q)] for p in people
    ]
    while any(queues):
        for queue in queues:
            while queue:
                q = queue.pop(0)
                if q.id not in taken:
                    rest.append(q)
                    taken.add(q.id)
                    break
    chosen.extend(rest[:room])
    return tuple(chosen)
