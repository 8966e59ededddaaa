"""Skill and knowledge extraction on SkillSpan dev (Zhang et al., NAACL 2022; MIT licence).

Each dev line is one sentence from a job posting: tokens with BIO tags for *skill* spans
and *knowledge* spans. We join the tokens with single spaces, run ``shortlist.find_skills``
on that text, map every mention's characters back to the tokens they touch, and score it
against the gold spans of its kind:

- loose: a predicted span is right when it shares a token with a gold span of its kind, and
  a gold span is found when a predicted span of its kind shares a token with it;
- strict: the token spans must be identical.

Two readings are scored: ``find_skills(text)``, every named entry plus the phrases the
trained tagger finds around them (what ``shortlist skills`` lists), and
``find_skills(text, asked=True)``, only the phrases the tagger reads as asked for.

The baseline is the naive one from the issue: case-sensitive, whole-token lookup of the
O*NET tool names, every hit labelled knowledge.

    .venv/bin/python -m benchmarks.skillspan
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from shortlist.core.models import SkillMention

DEV = Path("/work/shared/data/skillspan/dev.json")
ONET = Path("/work/shared/data/onet/technology_skills.tsv")
KINDS = ("knowledge", "skill")

Span = tuple[int, int]  # token indices, end exclusive
Predictor = Callable[[str, list[tuple[int, int]]], dict[str, list[Span]]]


@dataclass(frozen=True)
class Sentence:
    tokens: list[str]
    gold: dict[str, list[Span]]


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """Token spans of a BIO tag sequence (an I without a B opens a span too)."""
    spans: list[Span] = []
    start: int | None = None
    for i, tag in enumerate(tags):
        if tag.startswith("B") or (tag.startswith("I") and start is None):
            if start is not None:
                spans.append((start, i))
            start = i
        elif tag == "O" and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(tags)))
    return spans


def load(path: Path = DEV) -> list[Sentence]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [
        Sentence(r["tokens"], {kind: bio_spans(r[f"tags_{kind}"]) for kind in KINDS})
        for r in records
    ]


def token_offsets(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each token in ``" ".join(tokens)``."""
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return offsets


def to_tokens(start: int, end: int, offsets: list[tuple[int, int]]) -> Span | None:
    """The tokens a character span touches."""
    touched = [i for i, (a, b) in enumerate(offsets) if a < end and start < b]
    return (touched[0], touched[-1] + 1) if touched else None


def shortlist_predictor(text: str, offsets: list[tuple[int, int]]) -> dict[str, list[Span]]:
    from shortlist import find_skills

    return _spans(find_skills(text), offsets)


def asked_predictor(text: str, offsets: list[tuple[int, int]]) -> dict[str, list[Span]]:
    from shortlist.analyses import find_skills

    return _spans(find_skills(text, asked=True), offsets)


def _spans(
    mentions: Iterable[SkillMention], offsets: list[tuple[int, int]]
) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {kind: [] for kind in KINDS}
    for mention in mentions:
        span = to_tokens(mention.start, mention.end, offsets)
        if span is not None:
            out[mention.kind].append(span)
    return out


def onet_predictor(onet: Path = ONET) -> Predictor:
    """Exact, case-sensitive, whole-token lookup of every O*NET tool name."""
    with onet.open(encoding="utf-8") as handle:
        names = {
            tuple(row["Example"].split())
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        }
    longest = max(len(n) for n in names)

    def predict(text: str, offsets: list[tuple[int, int]]) -> dict[str, list[Span]]:
        tokens = text.split(" ")
        spans: list[Span] = []
        i = 0
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 0, -1):
                if tuple(tokens[i : i + size]) in names:
                    spans.append((i, i + size))
                    i += size
                    break
            else:
                i += 1
        return {"knowledge": spans, "skill": []}

    return predict


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in others)


def _prf(correct_pred: int, predicted: int, found_gold: int, gold: int) -> dict[str, float]:
    precision = correct_pred / predicted if predicted else 0.0
    recall = found_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def score(sentences: list[Sentence], predict: Predictor) -> dict[str, dict[str, dict[str, float]]]:
    """Loose and strict precision, recall and F1 per kind."""
    counts = {kind: [0] * 6 for kind in KINDS}
    for sentence in sentences:
        text = " ".join(sentence.tokens)
        predicted = predict(text, token_offsets(sentence.tokens))
        for kind in KINDS:
            pred, gold = set(predicted[kind]), set(sentence.gold[kind])
            c = counts[kind]
            c[0] += sum(_overlaps(p, gold) for p in pred)
            c[1] += sum(_overlaps(g, pred) for g in gold)
            c[2] += len(pred & gold)
            c[3] += len(pred)
            c[4] += len(gold)
    return {
        kind: {
            "loose": _prf(c[0], c[3], c[1], c[4]),
            "strict": _prf(c[2], c[3], c[2], c[4]),
        }
        for kind, c in counts.items()
    }


def run() -> dict[str, object]:
    """Scores of shortlist.find_skills and of the O*NET baseline on SkillSpan dev."""
    sentences = load()
    return {
        "sentences": len(sentences),
        "gold_spans": {k: sum(len(s.gold[k]) for s in sentences) for k in KINDS},
        "shortlist": score(sentences, shortlist_predictor),
        "asked": score(sentences, asked_predictor),
        "onet_baseline": score(sentences, onet_predictor()),
    }


def _table(results: dict[str, object]) -> str:
    lines = [
        f"SkillSpan dev: {results['sentences']} sentences, gold spans {results['gold_spans']}",
        f"{'system':<14}{'kind':<11}{'match':<8}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for system in ("onet_baseline", "shortlist", "asked"):
        scores = results[system]
        assert isinstance(scores, dict)
        for kind in KINDS:
            for match in ("loose", "strict"):
                s = scores[kind][match]
                lines.append(
                    f"{system:<14}{kind:<11}{match:<8}"
                    f"{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                )
    return "\n".join(lines)


if __name__ == "__main__":
    print(_table(run()))
