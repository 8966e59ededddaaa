"""Stories and questions: the competency grid, and fitting stories to the questions of a
round. Mapping is greedy and deterministic: a story tagged with the question's
competency wins, then shared words decide, and a story already given to other questions
(or told in an earlier round) yields to one that still fits and is fresh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from shortlist.core.frozen import FrozenDict
from shortlist.core.prep.interview import (
    COMPETENCIES,
    CORE_COMPETENCIES,
    CoverGrid,
    PlannedQuestion,
    Story,
    StoryMap,
    StoryWarning,
)
from shortlist.core.prep.stories import STOP_WORDS, words_of

__all__ = [
    "BEHAVIOURAL_CATEGORIES",
    "canonical_tag",
    "cover_grid",
    "coverage_grid",
    "distinct_cover",
    "map_stories",
]

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


def cover_grid(stories: Iterable[Story]) -> CoverGrid:
    """The grid of :func:`coverage_grid`, read-only, with how many competencies
    distinct stories cover (:func:`distinct_cover`)."""
    grid = coverage_grid(stories)
    return CoverGrid(coverage=FrozenDict(grid), distinct=len(distinct_cover(grid)))


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
    for word in words_of(text.lower()):
        if word in STOP_WORDS or len(word) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


_NO_ROUNDS: Mapping[int, int] = FrozenDict()


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
        assignments=FrozenDict(assignments),
        grid=cover_grid(stories),
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
