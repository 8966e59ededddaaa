"""Train the skill/knowledge span tagger (src/shortlist/data/span_tagger.crfsuite).

Reads only the SkillSpan train split (MIT licence; dev.json is the evaluation set of
benchmarks/skillspan.py and is never read here). Each token's label is B-/I- of a
knowledge span, else B-/I- of a skill span, else O (the two overlap on 0.4% of tokens).
Features come from shortlist.core.taxonomy.span_tagger, the same code the app runs.

    .venv/bin/python scripts/train_span_tagger.py            # train and write the model
    .venv/bin/python scripts/train_span_tagger.py --folds    # choose c1/c2: 2-fold CV on train

The folds split train by posting, so no posting is in both halves.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycrfsuite

from shortlist.core.taxonomy.span_tagger import (
    TOKEN,
    known_labels,
    labelled_spans,
    sequence_features,
)
from shortlist.data import load_taxonomy

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "shortlist" / "data" / "span_tagger.crfsuite"
DEFAULT_TRAIN = Path("/work/shared/data/skillspan/train.json")
#: Chosen with --folds (two-fold cross-validation on train, by posting).
C1 = 0.05
C2 = 0.05
ITERATIONS = 150
GRID = [(0.0, 0.1), (0.05, 0.05), (0.1, 0.01), (0.2, 0.01), (0.5, 0.01)]

Example = tuple[list[list[str]], list[str], str]  # features, labels, posting key


def joint_labels(skill: Sequence[str], knowledge: Sequence[str]) -> list[str]:
    labels = []
    for s, k in zip(skill, knowledge, strict=True):
        if k != "O":
            labels.append(f"{k[0]}-knowledge")
        elif s != "O":
            labels.append(f"{s[0]}-skill")
        else:
            labels.append("O")
    return labels


def examples(path: Path) -> list[Example]:
    taxonomy = load_taxonomy()
    out: list[Example] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            tokens = record["tokens"]
            text = " ".join(tokens)
            spans = [m.span() for m in TOKEN.finditer(text)]
            if len(spans) != len(tokens):  # a token holding a space: never in SkillSpan
                continue
            known = known_labels(spans, taxonomy.find(text, phrases=False))
            labels = joint_labels(record["tags_skill"], record["tags_knowledge"])
            key = f"{record['source']}:{record['idx']}"
            out.append((sequence_features(tokens, known), labels, key))
    return out


def train(data: Iterable[Example], model: Path, c1: float, c2: float) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels, _ in data:
        trainer.append(features, labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model))


def span_f1(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, float]:
    """Exact-span F1 per kind."""
    scores = {}
    for kind in ("knowledge", "skill"):
        g = {
            (n, a, b) for n, seq in enumerate(gold) for k, a, b in labelled_spans(seq) if k == kind
        }
        p = {
            (n, a, b)
            for n, seq in enumerate(predicted)
            for k, a, b in labelled_spans(seq)
            if k == kind
        }
        hit = len(g & p)
        precision, recall = hit / len(p) if p else 0, hit / len(g) if g else 0
        scores[kind] = round(2 * precision * recall / (precision + recall), 3) if hit else 0.0
    return scores


def folds(data: list[Example], grid: list[tuple[float, float]]) -> None:
    keys = sorted({key for _, _, key in data})
    half = set(keys[::2])
    parts = [[e for e in data if e[2] in half], [e for e in data if e[2] not in half]]
    for c1, c2 in grid:
        gold: list[list[str]] = []
        predicted: list[list[str]] = []
        for i in (0, 1):
            with tempfile.TemporaryDirectory() as folder:
                model = Path(folder) / "fold.crfsuite"
                train(parts[i], model, c1, c2)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(model))
                for features, labels, _ in parts[1 - i]:
                    gold.append(labels)
                    predicted.append(tagger.tag(features))
        print(f"c1={c1} c2={c2}", span_f1(gold, predicted), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--folds", action="store_true", help="cross-validate c1/c2 on train")
    parser.add_argument("--quick", action="store_true", help="with --folds: only C1/C2")
    args = parser.parse_args(argv)
    data = examples(args.train)
    if args.folds:
        folds(data, [(C1, C2)] if args.quick else GRID)
        return 0
    train(data, OUTPUT, C1, C2)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
