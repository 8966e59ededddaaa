"""STAR stories: the checks on one story (a measurable result, the first person, a
length that fits one to three minutes aloud). Every check quotes the words it rests on,
so the user can see why a story passed or not. story_fit.py fits stories to questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shortlist.core.prep.interview import (
    Finding,
    Story,
    StoryReview,
)

__all__ = ["MAX_WORDS", "MIN_WORDS", "STOP_WORDS", "review_story", "words_of"]

#: A story told aloud runs 1-3 minutes at about 140 words a minute.
MIN_WORDS = 120
MAX_WORDS = 400
_WORDS_PER_MINUTE = 140


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A number with its unit or the word it counts: "40%", "£2m", "3 weeks", "1,200 customers";
# not the digits of a name such as "p95" or "S3".
_AMOUNT = re.compile(
    r"(?:[$€£¥]\s?|(?<!\w))\d+(?:[,.]\d+)*(?:\s?(?:%|percent|per cent|[kKmM]\b|bn\b|x\b))?"
    r"(?:\s+(?:per\s+|a\s+)?[^\W\d_]+)?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    "thirty|forty|fifty|hundred|a hundred|a thousand|thousands|hundreds|dozens|a dozen|half"
)
_COUNTED = re.compile(rf"\b(?:{_NUMBER_WORDS})\s+[^\W\d_]+s\b", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:doubled|tripled|quadrupled|halved|cut in half|from\s+\S+\s+(?:down\s+|up\s+)?to\s+\S+)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:went (?:really |very )?well|was (?:a )?(?:great |big |huge )?success(?:ful)?|"
    r"successful|improved|improvement|better|happy|pleased|positive|good feedback|"
    r"a lot|lots|significant(?:ly)?|greatly|much (?:faster|better|easier)|"
    r"everyone was happy|worked out|helped|impact(?:ed)?|more efficient|efficiency)\b",
    re.IGNORECASE,
)
_WE = re.compile(
    r"\b(?:we|our team|the team)\b(?:\s+(?:all|then|also|quickly|finally))?\s+[^\W\d_]+",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:[^\W\d_]+ed|made|done|built|taken|given|written|"
    r"sent|chosen|run|set|put|kept|found|told|shown|seen|brought|held|led)\b",
    re.IGNORECASE,
)
_I = re.compile(r"\bI(?:['’](?:m|ve|d|ll))?\b")


#: Small words that say nothing of what a story is about.
STOP_WORDS = frozenset(
    "a an and are as at be been but by can could did do does for from had has have how i "
    "if in into is it its me my of on or our so that the their them then there they this "
    "to was we were what when where which who why will with would you your about tell "
    "time describe example give walk through".split()
)


def words_of(text: str) -> list[str]:
    """The words of ``text``, apostrophes kept inside them."""
    return _WORD.findall(text)


def _opening(text: str, n: int = 8) -> str:
    """The first ``n`` words of ``text``, verbatim, with an ellipsis when cut."""
    matches = list(_WORD.finditer(text))
    if len(matches) <= n:
        return text.strip()
    return text[: matches[n - 1].end()].strip() + "…"


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item.strip(), None)
    return tuple(k for k in seen if k)


def _trim_amount(amount: str) -> str:
    """Drop a trailing small word ('£2m in' -> '£2m'); a bare year is no measure ('' )."""
    words = amount.rstrip(".,;:!)").split()
    if len(words) > 1 and words[-1].lower() in STOP_WORDS:
        words.pop()
    if len(words) == 1 and _YEAR.fullmatch(words[0]):
        return ""
    return " ".join(words)


def _measurable(result: str) -> Finding:
    if not result.strip():
        return Finding(
            "measurable",
            False,
            "There is no result yet: end with what changed, in numbers (%, money, time "
            "saved, counts, before and after).",
        )
    spans = [(m.start(), m.end()) for m in _AMOUNT.finditer(result)]
    spans += [
        (m.start(), m.end()) for pattern in (_COUNTED, _CHANGE) for m in pattern.finditer(result)
    ]
    found: list[str] = []
    reached = -1
    # In reading order; a number inside a wider quote ("40" in "from 40 to 2") goes.
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < reached:
            continue
        if amount := _trim_amount(result[start:end]):
            found.append(amount)
            reached = end
    quotes = _unique(found)
    if quotes:
        return Finding(
            "measurable", True, "The result is measurable: " + ", ".join(quotes) + ".", quotes
        )
    vague = _unique(m.group(0) for m in _VAGUE.finditer(result)) or (_opening(result),)
    return Finding(
        "measurable",
        False,
        "The result has no number in it. Say by how much: a percentage, money, time "
        "saved, a count, or before and after.",
        vague,
    )


def _first_person(action: str) -> Finding:
    if not action.strip():
        return Finding(
            "first_person",
            False,
            "There is no action yet: say what you did, step by step, starting with 'I'.",
        )
    # "I asked the team to..." is the user acting; "I was asked" keeps the user in view.
    we = [
        m.group(0) for m in _WE.finditer(action) if m.group(0).split()[-1].lower() not in STOP_WORDS
    ]
    passive = [m.group(0) for m in _PASSIVE.finditer(action) if action[: m.start()][-2:] != "I "]
    mine = len(_I.findall(action))
    quotes = _unique(sorted(we + passive, key=action.find))
    others = len(we) + len(passive)
    if mine > others:
        if quotes:
            message = (
                f"The action is led by 'I' ({mine} times). Where it says "
                + ", ".join(f"'{q}'" for q in quotes)
                + ", make your own part clear."
            )
        else:
            message = f"The action is told in the first person ('I' {mine} times)."
        return Finding("first_person", True, message, quotes)
    if not quotes:
        return Finding(
            "first_person",
            False,
            "The action never says 'I': say what you yourself did.",
            (_opening(action),),
        )
    return Finding(
        "first_person",
        False,
        f"The action says 'I' {mine} times against {others} 'we' or passive phrases: "
        "the interviewer is hiring you, so say 'I' for what you did.",
        quotes,
    )


def _length(story: Story) -> tuple[int, Finding]:
    parts = {
        "situation": story.situation,
        "task": story.task,
        "action": story.action,
        "result": story.result,
    }
    counts = {name: len(words_of(text)) for name, text in parts.items()}
    total = sum(counts.values())
    minutes = total / _WORDS_PER_MINUTE
    spoken = f"{total} words, about {_spoken(minutes)} spoken"
    problems: list[str] = []
    quotes: list[str] = []
    if total < MIN_WORDS:
        problems.append(
            f"{spoken}: too short to show what you did; aim for {MIN_WORDS}-{MAX_WORDS} "
            "words (1-3 minutes), most of it in the action."
        )
    elif total > MAX_WORDS:
        problems.append(
            f"{spoken}: too long to hold attention; cut to {MAX_WORDS} words or fewer, "
            "starting with the situation."
        )
    bigger = [n for n in ("situation", "task", "result") if counts[n] > counts["action"]]
    if bigger and total:
        biggest = max(bigger, key=lambda n: counts[n])
        problems.append(
            f"The {biggest} ({counts[biggest]} words) is longer than the action "
            f"({counts['action']} words); the action should carry the story."
        )
        quotes.append(_opening(parts[biggest]))
    if problems:
        return total, Finding("length", False, " ".join(problems), tuple(quotes))
    return total, Finding(
        "length",
        True,
        f"{spoken}, with the action the largest part ({counts['action']} words).",
    )


def _spoken(minutes: float) -> str:
    if minutes < 1:
        return f"{round(minutes * 60)} seconds"
    return f"{minutes:.1f} minutes"


def review_story(story: Story) -> StoryReview:
    """Check one story: a measurable result, told as 'I', and a speakable length."""
    words, length = _length(story)
    return StoryReview(
        story_id=story.id,
        words=words,
        measurable=_measurable(story.result),
        first_person=_first_person(story.action),
        length=length,
    )
