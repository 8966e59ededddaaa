"""STAR parts and the measurable result, sentence by sentence.

A sentence shows an **action** when "I" or "we" is followed (adverbs and fillers
skipped) by a past-tense verb that is a step taken, not a state ("I rang", "we rewrote";
not "I was", "I felt", "I qualified"). **Task**: cues of a goal or duty ("my job was",
"I had to", "I was asked to"), unless negated ("nobody had asked me to"). **Result**:
cues of an outcome ("as a result", "by week three", "fell", "signed", "since then") in
a sentence at or after the first action: results follow actions, so a change in the
scene-setting ("sales had dropped 20%") is not one. **Situation**: a past-tense scene
(a time, a place, "there was", "had been") before the first action, in an answer that
has an action at all: a scene nobody acts in is background, not a STAR situation.
The result is **measurable** when a result sentence holds a figure (achievements.py
finds them; numbers written as words count too) or a duration ("in about a week").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.answers.models import STAR_PARTS, Mark, StarPart
from shortlist.core.answers.tokens import Sentence, Token, clause_around, mark
from shortlist.core.text.achievements import find_results

__all__ = ["Action", "StarAnalysis", "analyse_star"]

_IRREGULAR = frozenset(
    """went came took made ran built wrote led set put got gave sent spoke told met found
    brought bought caught taught began chose drew drove grew held kept left paid read
    rang rose said sat sold spent stood won broke cut hit let split beat understood
    rebuilt rewrote overcame dealt did shut sought swam threw wound withdrew""".split()
)
# After "I"/"we", these are states, thoughts, events or biography, not steps taken.
_NOT_STEPS = frozenset(
    """was were had felt thought knew wanted needed liked loved enjoyed hoped realised
    realized noticed saw heard became qualified graduated studied joined wondered meant
    lost failed forgot missed believed expected seemed used""".split()
)
_NOT_VERBS_ED = frozenset(
    "need speed bed red shed hundred seed indeed feed weed breed proceed embed".split()
)
_SKIP = frozenset(
    """also then just quickly first personally immediately eventually finally actually
    later initially basically literally simply carefully even still soon instead
    both all together myself ourselves ,""".split()
)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_SOUNDS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "err", "erm", "hmm"})
# "worked at", "trained as": where someone was, not what they did.
_BIOGRAPHY_AFTER = {
    "worked": {"at", "in", "as", "for"},
    "trained": {"at", "in", "as"},
    "got": {"into"},
}
_NUMBER_WORD = (
    r"(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|thousand|twice|half|double|\d[\d,.]*)"
)
_UNITS = r"(?:days?|weeks?|months?|hours?|minutes?|quarters?|years?)"

_SITUATION = re.compile(
    rf"""\b(?:
        (?:last|this|that|one|a|each|the)\ (?:first\ |second\ |next\ )?
        (?:year|month|week|winter|summer|spring|autumn|fall|quarter|term|christmas|night|morning|evening|shift|saturday|sunday|monday
          |tuesday|wednesday|thursday|friday|season|time)
      | {_NUMBER_WORD}\ {_UNITS}\ ago | ago
      | in\ (?:19|20)\d\d | in\ my\ (?:first|second|third|last|previous|old|current)
      | at\ my\ (?:last|previous|old|current|first)
      | when\ (?:i|we|a|an|the|my|our)\ | during | there\ (?:was|were)
      | had\ (?:been|never|always|just|\w+ed)\b | (?:was|were)\ \w+ing | kept\ \w+ing
      | on\ (?:a|the|my|our)\ (?:night\ )?shift | in\ the\ run-up
      | (?:we|i)\ had\ (?:a|an|some|{_NUMBER_WORD})[ ]
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_TASK = re.compile(
    r"""\b(?:
        (?:my|our|the)\ (?:job|task|role|responsibility|goal|aim|brief|target|challenge
          |priority|objective|remit)\ (?:was|were|is)
      | it\ was\ (?:my|our)\ (?:job|responsibility|role|task)
      | (?:was|were)\ (?:asked|tasked|told|expected|given)\ to
      | responsible\ for | in\ charge\ of
      | (?:i|we|you)\ (?:\w+\ )?(?:had|needed|have)\ to | had\ to\ be | asked\ me\ to
      | it\ was\ (?:on|up\ to)\ (?:me|us)
      | had\ (?:a|an)\ (?:\w+\ ){0,2}(?:deadline|target|goal)
      | (?:so|which)\ meant\ (?:i|we)\ had\ to
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_NEGATION = re.compile(
    r"\b(?:nobody|no one|never|not|didn't|hadn't|wasn't)\W+(?:\w+\W+)?$", re.IGNORECASE
)
_RESULT = re.compile(
    rf"""\b(?:
        as\ a\ result | in\ the\ end | by\ the\ end | the\ result | resulted\ in
      | which\ meant | which\ led\ to | ended\ up | the\ outcome | afterwards
      | after\ that | since\ then | ever\ since | from\ then\ on | managed\ to
      | since(?=\s*[.,!?]|\s*$)
      | (?:he|she|they|it|i|we|and)\ now\ \w+
      | by\ (?:week|month|day)\ \w+ | by\ the\ (?:third|second|fourth|next|following|time)
      | within\ (?:a|an|{_NUMBER_WORD})\ {_UNITS}
      | (?:over|in)\ the\ (?:next|following)\ (?:\w+\ )?{_UNITS}
      | after\ (?:{_NUMBER_WORD}\ )?{_UNITS}
      | reduced | increased | grew | rose | fell | dropped | improved | doubled | halved
      | tripled | saved | won | signed | closed\ (?:in|the|\w+\ deals?|{_NUMBER_WORD})
      | passed | finished | delivered | shipped | launched | went\ live | exceeded
      | stopped | adopted | renewed | stayed | calmed | thanked | understood | became
      | covered | backed | copied | caught | booked | served | (?:went|gone)\ from
      | (?:down|up)\ to | (?<!we\ )(?<!i\ )agreed
      | got\ (?:it|them|everything|every\ \w+|all\ \w+)\ (?:\w+\ )?(?:done|sorted|fixed
          |finished|out|back|working|through|over)
      | got\ (?:\w+\ ){{0,3}}(?:leads|customers|orders|bookings|sign-ups|results|sales)
      | got\ the\ hang
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_DURATION = re.compile(
    rf"\bin\ (?:about\ |around\ |under\ |just\ |less\ than\ |only\ )?(?:a|an|{_NUMBER_WORD})"
    rf"\ (?:days?|weeks?|months?|hours?|minutes?)\b",
    re.IGNORECASE | re.VERBOSE,
)
_FIGURE_WORD = re.compile(
    r"\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|twice|half|doubled|halved|tripled)\b"
    r"(?![- ](?:star|year-old|minute walk))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Action:
    """A step taken: its subject ("I" or "we") and verb, and the sentence it is in."""

    subject: Mark
    verb: Mark
    personal: bool
    sentence: int


@dataclass(frozen=True, slots=True)
class StarAnalysis:
    parts: tuple[StarPart, ...]
    actions: tuple[Action, ...]
    #: The clauses that state results, and the figures in their sentences.
    result_sentences: tuple[Mark, ...]
    figures: tuple[Mark, ...]

    @property
    def measurable(self) -> bool:
        return bool(self.figures)


def _is_past(tok: Token) -> bool:
    low = tok.low
    if low in _IRREGULAR:
        return True
    return low.endswith("ed") and len(low) > 4 and low not in _NOT_VERBS_ED


def _actions(text: str, tokens: Sequence[Token], sent: Sentence, index: int) -> list[Action]:
    out: list[Action] = []
    for i in range(sent.first, sent.last):
        tok = tokens[i]
        low = tok.low
        personal = low == "i"
        if not (personal or low == "we"):
            continue
        if i > sent.first and tokens[i - 1].low in _CONDITIONAL:
            continue  # "if I did": not something that happened
        j = i + 1
        while j < sent.last and (tokens[j].low in _SKIP or tokens[j].low in _SOUNDS):
            j += 1
        if j >= sent.last:
            continue
        verb = tokens[j]
        if not _is_past(verb) or verb.low in _NOT_STEPS:
            continue
        after = tokens[j + 1].low if j + 1 < len(tokens) else ""
        if after in _BIOGRAPHY_AFTER.get(verb.low, ()):
            continue
        out.append(
            Action(
                mark("subject", text, tok.start, tok.end),
                mark("action", text, verb.start, verb.end),
                personal,
                index,
            )
        )
    return out


def _task_match(sentence: str) -> re.Match[str] | None:
    for m in _TASK.finditer(sentence):
        if _NEGATION.search(sentence[: m.start()]) is None:
            return m
    return None


def _figures(text: str, sent: Sentence) -> list[Mark]:
    body = text[sent.start : sent.end]
    spans = set(find_results(body))
    spans.update(m.span() for m in _FIGURE_WORD.finditer(body))
    spans.update(m.span() for m in _DURATION.finditer(body))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return [mark("figure", text, sent.start + s, sent.start + e) for s, e in kept]


def analyse_star(text: str, tokens: Sequence[Token], sents: Sequence[Sentence]) -> StarAnalysis:
    actions: list[Action] = []
    per_sentence: list[set[str]] = []
    bodies = [s.text(text) for s in sents]
    for index, sent in enumerate(sents):
        found = _actions(text, tokens, sent, index)
        actions.extend(found)
        parts = {"action"} if found else set()
        if _task_match(bodies[index]):
            parts.add("task")
        per_sentence.append(parts)
    first_action = actions[0].sentence if actions else None
    result_marks: list[Mark] = []
    figures: list[Mark] = []
    for index, sent in enumerate(sents):
        if first_action is None:
            break
        body = bodies[index]
        if index < first_action:
            # A sentence that only states the task ("my job was to") sets no scene.
            scene = _past_scene(tokens, sent, _task_match(body))
            if scene or _SITUATION.search(body):
                per_sentence[index].add("situation")
            continue
        cue = _RESULT.search(body) or (_DURATION.search(body) if index > first_action else None)
        if cue:
            per_sentence[index].add("result")
            left, right = clause_around(text, sent.start + cue.start(), sent.start + cue.end())
            result_marks.append(mark("result", text, left, right))
            figures.extend(_figures(text, sent))
    # An answer that opens with its action may set the scene in the same breath.
    if first_action == 0 and _SITUATION.search(bodies[0]):
        per_sentence[0].add("situation")
    total = sum(len(s.words(tokens)) for s in sents) or 1
    out: list[StarPart] = []
    for name in STAR_PARTS:
        hits = [i for i, p in enumerate(per_sentence) if name in p]
        marks = tuple(mark(name, text, sents[i].start, sents[i].end) for i in hits)
        share = sum(len(sents[i].words(tokens)) for i in hits) / total
        out.append(StarPart(name, bool(hits), marks, round(share, 3)))
    return StarAnalysis(tuple(out), tuple(actions), tuple(result_marks), tuple(figures))


def _past_scene(tokens: Sequence[Token], sent: Sentence, task: re.Match[str] | None) -> bool:
    """A past-tense verb outside the words that state the task ("my job was to")."""
    skip = (sent.start + task.start(), sent.start + task.end()) if task else (0, 0)
    for tok in sent.words(tokens):
        if skip[0] <= tok.start < skip[1]:
            continue
        if tok.low in {"was", "were", "had"} or _is_past(tok):
            return True
    return False
