"""Build the word lists in src/shortlist/data/ that the skill matcher uses.

- skill_words.tsv, from the SkillSpan train split (MIT licence): for every word the matcher
  would see (text folded and split exactly as at run time), the share of its uses inside a
  gold *skill* span, the share inside a gold *knowledge* span, and how often it was seen.
  The phrase finders (core/taxonomy/phrases.py) use the shares. Only train.json is read:
  dev.json is the evaluation set of benchmarks/skillspan.py.
- known_words.txt: ordinary words seen at least twice in SkillSpan train or in the Disfl-QA
  train questions (CC BY 4.0). The typo check leaves these alone ("layers" is no typo of
  "lasers"), and the taxonomy build drops derived names that are one of them.

    .venv/bin/python scripts/build_skill_lexicon.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from shortlist.core.taxonomy.normalise import WORD, fold_text

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "shortlist" / "data" / "skill_words.tsv"
KNOWN = ROOT / "src" / "shortlist" / "data" / "known_words.txt"
DEFAULT_TRAIN = Path("/work/shared/data/skillspan/train.json")
DEFAULT_QUESTIONS = Path("/work/shared/data/disfl-qa/train.json")
#: A word seen once may be a typo itself ("kubernets"); twice makes it a word.
MIN_SEEN = 2
#: Words SkillSpan saw in skill phrases ("present findings") that in a CV mostly mark dates
#: ("2019 - present"); they never start or join a phrase.
NOT_PHRASE_WORDS = frozenset({"present", "current", "now", "today", "date"})
#: Additive smoothing, so a word seen once in a skill span is not treated as certain.
SMOOTHING = 0.5


def inside_flags(tokens: list[str], tags: list[str]) -> tuple[str, list[bool]]:
    """The sentence as one string and, per character, whether it is inside a gold span."""
    text = " ".join(tokens)
    flags = [False] * len(text)
    offset = 0
    for token, tag in zip(tokens, tags, strict=True):
        if tag != "O":
            flags[offset : offset + len(token)] = [True] * len(token)
        offset += len(token) + 1
    return text, flags


def count_words(train: Path, layer: str = "skill") -> tuple[Counter[str], Counter[str]]:
    """How often each word was seen, and how often inside a gold span of ``layer``."""
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    with train.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text, flags = inside_flags(record["tokens"], record[f"tags_{layer}"])
            for match in WORD.finditer(fold_text(text)):
                word = match.group()
                seen[word] += 1
                if any(flags[match.start() : match.end()]):
                    inside[word] += 1
    return seen, inside


def question_words(questions: Path) -> Counter[str]:
    with questions.open(encoding="utf-8") as handle:
        records = json.load(handle)
    seen: Counter[str] = Counter()
    for record in records.values():
        seen.update(WORD.findall(fold_text(record["original"])))
    return seen


def build_known(train: Path, questions: Path) -> str:
    """The whole known_words.txt text: plain alphabetic words seen often enough."""
    seen = count_words(train)[0] + question_words(questions)
    words = sorted(w for w, n in seen.items() if n >= MIN_SEEN and w.isalpha())
    return "\n".join(words) + "\n"


def build(train: Path) -> str:
    """The whole skill_words.tsv text."""
    seen, inside = count_words(train)
    knowledge = count_words(train, "knowledge")[1]
    lines = ["word\tskill_share\tknowledge_share\tcount"]
    for word in sorted(seen):
        shares = [
            0.0 if word in NOT_PHRASE_WORDS else n / (seen[word] + SMOOTHING)
            for n in (inside[word], knowledge[word])
        ]
        lines.append(f"{word}\t{shares[0]:.2f}\t{shares[1]:.2f}\t{seen[word]}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    outputs = {OUTPUT: build(args.train), KNOWN: build_known(args.train, args.questions)}
    stale = [p.name for p, text in outputs.items() if p.read_text(encoding="utf-8") != text]
    if args.check:
        print(f"differs from a fresh build: {stale}" if stale else "word lists are up to date")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
