"""STAR stories: checks on one story, the competency grid, and fitting stories to questions.

Every check quotes the words it rests on, so the user can see why a story passed or not.
Mapping is greedy and deterministic: a story tagged with the question's competency wins,
then shared words decide, and a story already given to other questions (or told in an
earlier round) yields to one that still fits and is fresh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from shortlist.core.prep.interview import (
    COMPETENCIES,
    CORE_COMPETENCIES,
    Finding,
    PlannedQuestion,
    Story,
    StoryMap,
    StoryReview,
    StoryWarning,
)

__all__ = [
    "BEHAVIOURAL_CATEGORIES",
    "MAX_WORDS",
    "MIN_WORDS",
    "canonical_tag",
    "coverage_grid",
    "map_stories",
    "review_story",
]

#: A story told aloud runs 1-3 minutes at about 140 words a minute.
MIN_WORDS = 120
MAX_WORDS = 400
_WORDS_PER_MINUTE = 140

#: Question categories a story answers; the others (motivation, practical...) take none.
BEHAVIOURAL_CATEGORIES = frozenset({"competency", "deep_dive", "follow_up", "gap_probe"})
#: A question without a competency tag needs this many shared words to take a story.
_MIN_OVERLAP = 2
#: A story already told in an earlier round counts as this many extra uses.
_USED_BEFORE_COST = 2
_ONLY_ANSWER_AT = 3

_SYNONYMS: dict[str, str] = {
    # leadership
    "lead": "leadership", "leading": "leadership", "leader": "leadership",
    "led a team": "leadership", "team lead": "leadership", "management": "leadership",
    "managing": "leadership", "mentoring": "leadership", "mentorship": "leadership",
    "coaching": "leadership", "people management": "leadership",
    # conflict
    "disagreement": "conflict", "disagree": "conflict", "pushback": "conflict",
    "difficult stakeholder": "conflict", "difficult colleague": "conflict",
    "conflict resolution": "conflict", "negotiation": "conflict",
    # failure
    "mistake": "failure", "mistakes": "failure", "fail": "failure", "failed": "failure",
    "setback": "failure", "error": "failure", "lesson learned": "failure",
    "lessons learned": "failure",
    # pressure
    "deadline": "pressure", "deadlines": "pressure", "tight deadline": "pressure",
    "stress": "pressure", "crunch": "pressure", "urgency": "pressure",
    "incident": "pressure", "outage": "pressure", "crisis": "pressure",
    # collaboration
    "teamwork": "collaboration", "team work": "collaboration", "team": "collaboration",
    "team player": "collaboration", "cross functional": "collaboration",
    "cooperation": "collaboration", "partnership": "collaboration",
    # initiative
    "proactive": "initiative", "proactivity": "initiative", "ownership": "initiative",
    "self starter": "initiative", "innovation": "initiative", "improvement": "initiative",
    # the further competencies
    "uncertainty": "ambiguity", "prioritization": "prioritisation",
    "priorities": "prioritisation", "influencing": "influence", "persuasion": "influence",
    "stakeholder management": "influence", "customer": "customer_focus",
    "customer focus": "customer_focus", "customer service": "customer_focus",
    "growth": "learning", "learning agility": "learning",
}  # fmt: skip

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

_STOP = frozenset(
    "a an and are as at be been but by can could did do does for from had has have how i "
    "if in into is it its me my of on or our so that the their them then there they this "
    "to was we were what when where which who why will with would you your about tell "
    "time describe example give walk through".split()
)


def _words(text: str) -> list[str]:
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
    if len(words) > 1 and words[-1].lower() in _STOP:
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
    we = [m.group(0) for m in _WE.finditer(action) if m.group(0).split()[-1].lower() not in _STOP]
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
    counts = {name: len(_words(text)) for name, text in parts.items()}
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


def canonical_tag(tag: str) -> str:
    """A tag as a competency name when it is one or a known synonym, else folded as is.

    'Team-work' -> 'collaboration', 'Deadlines' -> 'pressure', 'python' -> 'python'.
    """
    folded = " ".join(re.split(r"[\s_\-]+", tag.strip().lower()))
    if folded.replace(" ", "_") in COMPETENCIES:
        return folded.replace(" ", "_")
    return _SYNONYMS.get(folded, folded)


def _competencies(story: Story) -> frozenset[str]:
    return frozenset(canonical_tag(t) for t in story.tags)


def coverage_grid(stories: Iterable[Story]) -> dict[str, tuple[int, ...]]:
    """Core competency -> ids of the stories tagged with it (or a synonym), in order."""
    grid: dict[str, list[int]] = {c: [] for c in CORE_COMPETENCIES}
    for story in stories:
        for competency in CORE_COMPETENCIES:
            if competency in _competencies(story) and story.id not in grid[competency]:
                grid[competency].append(story.id)
    return {c: tuple(ids) for c, ids in grid.items()}


def distinct_cover(grid: Mapping[str, Sequence[int]]) -> dict[str, int]:
    """A different story for as many competencies as the grid allows (a maximum
    matching): competency -> story id. Six distinct stories for the six competencies
    is the aim; one story tagged with everything covers the grid but not the round."""
    owner: dict[int, str] = {}

    def place(competency: str, seen: set[int]) -> bool:
        for story_id in grid.get(competency, ()):
            if story_id in seen:
                continue
            seen.add(story_id)
            if story_id not in owner or place(owner[story_id], seen):
                owner[story_id] = competency
                return True
        return False

    for competency in grid:
        place(competency, set())
    return {competency: story_id for story_id, competency in owner.items()}


def _stems(text: str) -> frozenset[str]:
    out = set()
    for word in _words(text.lower()):
        if word in _STOP or len(word) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


_NO_ROUNDS: Mapping[int, int] = MappingProxyType({})


def map_stories(
    questions: Sequence[PlannedQuestion],
    stories: Sequence[Story],
    used_before: Mapping[int, int] = _NO_ROUNDS,
) -> StoryMap:
    """Fit a story to each behavioural question; warn about stretched or repeated ones.

    ``used_before`` maps a story id to the round it was told in. Questions with the
    fewest fitting stories are served first, so a scarce story goes where it is needed.
    """
    story_words = [
        _stems(f"{s.title} {s.text} {' '.join(s.tags)}") | _competencies(s) for s in stories
    ]
    story_tags = [_competencies(s) for s in stories]
    candidates: dict[int, list[tuple[int, int, int]]] = {}
    for qi, question in enumerate(questions):
        if question.category not in BEHAVIOURAL_CATEGORIES:
            continue
        competency = canonical_tag(question.competency) if question.competency else None
        words = _stems(f"{question.text} {question.source_quote or ''}")
        fits = []
        for si in range(len(stories)):
            tag = int(competency is not None and competency in story_tags[si])
            overlap = len(words & story_words[si])
            if tag or overlap >= _MIN_OVERLAP:
                fits.append((si, tag, overlap))
        if fits:
            candidates[qi] = fits
    load = [0] * len(stories)
    chosen: dict[int, int] = {}
    for qi in sorted(candidates, key=lambda q: (len(candidates[q]), q)):

        def rank(fit: tuple[int, int, int]) -> tuple[int, int, int, int]:
            si, tag, overlap = fit
            cost = load[si] + (_USED_BEFORE_COST if stories[si].id in used_before else 0)
            return (tag, -cost, overlap, -si)

        best = max(candidates[qi], key=rank)[0]
        chosen[qi] = best
        load[best] += 1
    assignments = {questions[qi].id: stories[si].id for qi, si in sorted(chosen.items())}
    return StoryMap(
        assignments=assignments,
        coverage=coverage_grid(stories),
        warnings=_warnings(questions, stories, chosen, used_before),
    )


def _warnings(
    questions: Sequence[PlannedQuestion],
    stories: Sequence[Story],
    chosen: Mapping[int, int],
    used_before: Mapping[int, int],
) -> tuple[StoryWarning, ...]:
    by_story: dict[int, list[int]] = {}
    for qi, si in sorted(chosen.items()):
        by_story.setdefault(si, []).append(qi)
    stretched: list[StoryWarning] = []
    repeated: list[StoryWarning] = []
    for si in sorted(by_story):
        story, qis = stories[si], by_story[si]
        ids = tuple(questions[qi].id for qi in qis)
        if len(qis) >= _ONLY_ANSWER_AT:
            wanted = _most_asked(questions[qi].competency for qi in qis)
            topic = f"for {wanted.replace('_', ' ')}" if wanted else "for these questions"
            stretched.append(
                StoryWarning(
                    story.id,
                    "only_answer",
                    f"'{story.title}' is the only answer for {len(qis)} questions; "
                    f"write another story {topic} so one example is not stretched thin.",
                    ids,
                )
            )
        if story.id in used_before:
            repeated.append(
                StoryWarning(
                    story.id,
                    "used_before",
                    f"'{story.title}' was already told in round {used_before[story.id]}: "
                    "repeating an example reads as a thin track record; pick another or "
                    "add new detail.",
                    ids,
                )
            )
    return tuple(stretched + repeated)


def _most_asked(competencies: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for c in competencies:
        if c:
            counts[canonical_tag(c)] = counts.get(canonical_tag(c), 0) + 1
    if not counts:
        return None
    # Ties go to the competency asked first.
    return max(counts, key=lambda c: counts[c])
