"""The round-one journal: notes split into question/answer pairs, when to ask for one,
and which answer to work on first.

The splitter keeps the user's words: it trims bullets, numbers and labels ("Q:", "Me:")
and nothing else. It reads one line at a time with anchored patterns, so a long paste
costs linear time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from shortlist.core.prep.interview import JournalEntry, QuestionAnswer

__all__ = ["journal_due", "split_notes", "weakest_answer"]

_Q_LABEL = re.compile(
    r"^(?:q\d*|question\s*\d*|interviewer|they|them|int)\s*[:：\-–—]\s*", re.IGNORECASE
)
_A_LABEL = re.compile(
    r"^(?:a\d*|answer\s*\d*|me|my answer|response)\s*[:：\-–—]\s*"
    r"|^i said(?:\s*[:：\-–—]\s*|\s+(?=\S)|$)",
    re.IGNORECASE,
)
# "Q: Why us? A: Because ..." on one line.
_INLINE_ANSWER = re.compile(r"\s+(?:a|answer|me)\s*[:：]\s*", re.IGNORECASE)
_NUMBERED = re.compile(r"^\(?\d{1,3}[.):]\s+")
# A dash needs a space after it, so "-5% churn" keeps its sign.
_BULLET = re.compile(r"^(?:[-*–—]\s+|[•·●○◦▪▫■□►▶➢➤✓✔]\s*)")
_PROMPT = re.compile(
    r"^(?:tell me about|tell us about|walk me through|talk me through|describe a time|"
    r"describe a situation|give me an example|give an example|what|why|how|when|where|"
    r"who|which|have you|do you|did you|can you|could you|would you|are you|is there)\b",
    re.IGNORECASE,
)
_PROMPT_MAX_CHARS = 300


@dataclass
class _Pair:
    question: list[str]
    answer: list[str] = field(default_factory=list)

    def freeze(self) -> QuestionAnswer:
        return QuestionAnswer(" ".join(self.question).strip(), "\n".join(self.answer).strip())


def _is_question(line: str, numbered: bool) -> bool:
    """An unlabelled line that reads as a question asked."""
    if line.endswith(("?", "？")):
        return True
    # "1. Tell me about a time you failed" asks without a question mark.
    return numbered and len(line) <= _PROMPT_MAX_CHARS and bool(_PROMPT.match(line))


def split_notes(text: str) -> tuple[QuestionAnswer, ...]:
    """Split pasted interview notes into (question, answer) pairs, in order.

    A question is a line labelled "Q:", "Question:", "Interviewer:", "They:" (or "Int:"),
    a line ending in "?", or a numbered line that opens like a question ("3. Tell me
    about..."). Everything after it, up to the next question, is its answer; "A:",
    "Answer:", "Me:" and "I said" labels are trimmed. When the notes label answers, an
    unlabelled line straight after a question continues the question.

    Lines before the first question (a date, a name) are not part of any pair and are
    left out; notes with no question at all give an empty tuple, since an answer with no
    question cannot be reviewed.
    """
    lines = [
        _BULLET.sub("", raw.strip(), count=1)
        for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    labelled_questions = any(_Q_LABEL.match(line) for line in lines)
    labelled_answers = any(_A_LABEL.match(line) for line in lines)
    pairs: list[_Pair] = []
    answering = False
    for line in lines:
        if not line:
            answering = answering or bool(pairs)
            continue
        numbered = bool(_NUMBERED.match(line))
        if numbered:
            line = _NUMBERED.sub("", line, count=1)
        if label := _Q_LABEL.match(line):
            rest = line[label.end() :]
            inline = _INLINE_ANSWER.search(rest)
            if inline:
                pairs.append(_Pair([rest[: inline.start()]], [rest[inline.end() :]]))
            else:
                pairs.append(_Pair([rest]))
            answering = bool(inline)
        elif label := _A_LABEL.match(line):
            if pairs:
                pairs[-1].answer.append(line[label.end() :])
                answering = True
        # Where the notes label their questions, only a label starts one.
        elif not (labelled_questions and pairs) and _is_question(line, numbered):
            pairs.append(_Pair([line]))
            answering = False
        elif pairs:
            pair = pairs[-1]
            # "Q: Tell me about a time" / "you failed." / "A: ..." is one question.
            if labelled_answers and not answering and not pair.question[-1].endswith("?"):
                pair.question.append(line)
            else:
                pair.answer.append(line)
                answering = True
    return tuple(p.freeze() for p in pairs if " ".join(p.question).strip())


def journal_due(
    rounds: Sequence[tuple[int, dt.date | None]],
    journaled: Collection[int],
    today: dt.date,
) -> int | None:
    """The round whose journal to ask for: held today or yesterday, not written up yet.

    ``rounds`` pairs a round number with its interview date (None: not booked). Days
    are the precision, so "within 24 hours" means today or yesterday. When two rounds
    qualify, the most recent one wins (on the same day, the higher round number).
    """
    yesterday = today - dt.timedelta(days=1)
    due = [
        (day, number)
        for number, day in rounds
        if day is not None and yesterday <= day <= today and number not in journaled
    ]
    return max(due)[1] if due else None


def weakest_answer(entry: JournalEntry) -> QuestionAnswer | None:
    """The answer to work on first: the one the user marked worst, when they did.

    Otherwise the shortest answer that has any words (fewest words; the earlier one on a
    tie), since a thin answer is the likeliest to be probed again. None when no answer
    has words.
    """
    if entry.worst is not None and 0 <= entry.worst < len(entry.answers):
        return entry.answers[entry.worst]
    written = [qa for qa in entry.answers if qa.answer.strip()]
    if not written:
        return None
    return min(written, key=lambda qa: len(qa.answer.split()))
