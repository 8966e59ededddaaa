"""Skill and knowledge phrases in posting sentences, read by a trained sequence tagger.

The taxonomy names tools and fields; what a posting asks for is often a phrase no list
holds ("communicate complex findings to non-technical audiences", "distributed systems").
A linear-chain CRF (CRFsuite, through python-crfsuite) trained on the SkillSpan train
split (Zhang et al., NAACL 2022; MIT licence; ``scripts/train_span_tagger.py``) labels
each whitespace token B/I of a skill span, B/I of a knowledge span, or O. Its features are
the word and its neighbours, their shape and affixes, and which taxonomy entries the
matcher found there, so a tool the training postings never named ("Terraform") is still
recognised as knowledge when the taxonomy knows it.

This module holds no I/O: the model's bytes are read by ``shortlist.data`` and handed to
``SpanTagger``. Features are built here, and only here, for training and for use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from shortlist.core.models import SkillKind, SkillMention

#: A token is what SkillSpan calls one: a run of non-space characters.
TOKEN = re.compile(r"\S+")
_EDGES = re.compile(r"^\W+|\W+$")
_SHAPE_RUNS = re.compile(r"(.)\1+")
#: Labels: B-/I- then the kind, or O.
OUTSIDE = "O"
_OFFSETS = (-2, -1, 1, 2)
#: Stripped from the ends of a phrase.
_EDGE_MARKS = ".,;:!?()[]\"'*•"


class SequenceTagger(Protocol):
    """What the tagger needs of a trained model: labels for a token sequence."""

    def tag(self, xseq: Sequence[Sequence[str]]) -> list[str]: ...


def _shape(word: str) -> str:
    """ "Python3" -> "Xxd": each character's class, repeats folded."""
    classes = "".join(
        "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word
    )
    return _SHAPE_RUNS.sub(r"\1", classes)[:6]


@lru_cache(maxsize=50_000)
def _token_items(token: str, known: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """A token's own attributes, and those it lends its neighbours at each offset.
    Words repeat, so each (token, label) pair is built once."""
    word = _EDGES.sub("", token)
    lower = word.lower()
    shape = _shape(word)
    end = token[-1] if token and not token[-1].isalnum() else ""
    own = [f"w={lower}", f"p3={lower[:3]}", f"s3={lower[-3:]}", f"shape={shape}", f"tax={known}"]
    if end:
        own.append(f"end={end}")
    if token and not token[0].isalnum():
        own.append(f"start={token[0]}")
    lent: dict[int, tuple[str, ...]] = {}
    for offset in _OFFSETS:
        items = [f"{offset}w={lower}", f"{offset}tax={known}"]
        if abs(offset) == 1:
            items += [f"{offset}shape={shape}", f"{offset}s3={lower[-3:]}"]
            if end:
                items.append(f"{offset}end={end}")
        lent[offset] = tuple(items)
    return tuple(own), lent


def sequence_features(tokens: Sequence[str], known: Sequence[str]) -> list[list[str]]:
    """CRFsuite attribute lists for ``tokens``; ``known[i]`` is the taxonomy's label for
    token i ("B-knowledge", "I-skill"..., or "O")."""
    built = [_token_items(t, k) for t, k in zip(tokens, known, strict=True)]
    lowers = [_EDGES.sub("", t).lower() for t in tokens]
    size = len(built)
    sequence: list[list[str]] = []
    for i, (own, _) in enumerate(built):
        items = ["bias", *own]
        for offset in _OFFSETS:
            j = i + offset
            if 0 <= j < size:
                items += built[j][1][offset]
            else:
                items.append(f"{offset}edge")
        if i > 0:
            items.append(f"-1w|w={lowers[i - 1]}|{lowers[i]}")
        if i + 1 < size:
            items.append(f"w|+1w={lowers[i]}|{lowers[i + 1]}")
        sequence.append(items)
    return sequence


def known_labels(spans: Sequence[tuple[int, int]], mentions: Sequence[SkillMention]) -> list[str]:
    """Per token (sorted character ``spans``), the taxonomy's B-/I- label of the mention
    it sits in, or O. Only named entries count (``canonical`` set)."""
    labels = [OUTSIDE] * len(spans)
    named = sorted((m.start, m.end, m.kind) for m in mentions if m.canonical is not None)
    first = 0
    for start, end, kind in named:
        while first < len(spans) and spans[first][1] <= start:
            first += 1
        prefix = "B"
        i = first
        while i < len(spans) and spans[i][0] < end:
            labels[i] = f"{prefix}-{kind}"
            prefix = "I"
            i += 1
    return labels


def labelled_spans(labels: Sequence[str]) -> list[tuple[SkillKind, int, int]]:
    """(kind, first token, end token) for each span in a B/I/O label sequence; an I that
    follows nothing of its kind opens a span."""
    found: list[tuple[SkillKind, int, int]] = []
    kind: str | None = None
    start = 0
    for i, label in enumerate([*labels, OUTSIDE]):
        prefix, _, label_kind = label.partition("-")
        if kind is not None and (prefix != "I" or label_kind != kind):
            found.append(("skill" if kind == "skill" else "knowledge", start, i))
            kind = None
        if label != OUTSIDE and kind is None:
            kind, start = label_kind, i
    return found


class SpanTagger:
    """Skill and knowledge phrases of a text, by a trained tagger."""

    def __init__(self, model: SequenceTagger) -> None:
        self._model = model

    def find(self, text: str, mentions: Sequence[SkillMention]) -> list[SkillMention]:
        """Phrase mentions in ``text`` (``canonical`` None), given the taxonomy's own
        ``mentions`` of it as features. Each line is read on its own, as the model was
        trained on single sentences; a phrase ends on a word, not on punctuation."""
        found: list[SkillMention] = []
        named = sorted(mentions, key=lambda m: m.start)
        offset = first = 0
        for line in text.splitlines(keepends=True):
            stop = offset + len(line)
            last = first
            while last < len(named) and named[last].start < stop:
                last += 1
            found += self._line(text, offset, stop, named[first:last])
            offset, first = stop, last
        return found

    def _line(
        self, text: str, begin: int, stop: int, mentions: Sequence[SkillMention]
    ) -> list[SkillMention]:
        """Phrases between ``begin`` and ``stop``; ``mentions`` are the names there."""
        spans = [m.span() for m in TOKEN.finditer(text, begin, stop)]
        if not spans:
            return []
        tokens = [text[a:b] for a, b in spans]
        labels = self._model.tag(sequence_features(tokens, known_labels(spans, mentions)))
        found = []
        for kind, first, end in labelled_spans(labels):
            start, last = spans[first][0], spans[end - 1][1]
            piece = text[start:last]
            stripped = piece.strip(_EDGE_MARKS)
            if not stripped:
                continue
            start += piece.index(stripped)
            found.append(SkillMention(start, start + len(stripped), stripped, None, kind))
        return found
