"""Shipped data files, read once per process (the only I/O around the taxonomy).

See README.md in this folder for what each file holds and where it comes from.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources

from shortlist.core.taxonomy.context import ContextRule
from shortlist.core.taxonomy.paraphrases import Paraphrases
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy, fold_name
from shortlist.core.taxonomy.span_tagger import SpanTagger

__all__ = ["load_taxonomy"]

#: The phrase tagger's model (CRFsuite), trained on SkillSpan train.
TAGGER = "span_tagger.crfsuite"


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(cell.split("|")) if cell else ()


def _rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file as dicts; '#' lines are comments."""
    path = resources.files("shortlist.data").joinpath(name)
    with path.open(encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        yield dict(zip(header, line.split("\t"), strict=False))


def _entries() -> list[SkillEntry]:
    return [
        SkillEntry(
            canonical=row["canonical"],
            kind="skill" if row["kind"] == "skill" else "knowledge",
            category=row["category"],
            aliases=_split(row.get("aliases")),
            parents=_split(row.get("parents")),
            typos=row.get("typos") == "y",
            exact=_split(row.get("exact")),
        )
        for row in _rows("skills.tsv")
    ]


def _rules() -> list[ContextRule]:
    rows = list(_rows("skill_context.tsv"))
    groups = {row["surface"]: row for row in rows if row["surface"].startswith("@")}
    rules = []
    for row in rows:
        if row["surface"].startswith("@"):
            continue
        near, cues = set(_split(row["near"])), set(_split(row["cues"]))
        for group in [n for n in near if n.startswith("@")]:
            near.discard(group)
            near.update(_split(groups[group]["near"]))
            cues.update(_split(groups[group]["cues"]))
        rules.append(
            ContextRule(
                surface=fold_name(row["surface"]),
                exact=row["surface"] if row["case"] in ("exact", "list") else None,
                listed_any_case=row["case"] == "list",
                near=frozenset(near),
                cues=frozenset(fold_name(c) for c in cues),
                before=frozenset(_split(row["before"])),
                veto_before=frozenset(_split(row["veto_before"])),
                veto_after=frozenset(_split(row["veto_after"])),
            )
        )
    return rules


def _word_shares(column: str) -> dict[str, float]:
    """Each word's share of uses inside a competence (``skill_share``) or knowledge
    (``knowledge_share``) span in SkillSpan train."""
    shares: dict[str, float] = {}
    for row in _rows("skill_words.tsv"):
        share = float(row[column])
        if share > 0:
            shares[row["word"]] = share
    return shares


def _known_words() -> list[str]:
    """Ordinary words, which the typo check leaves alone."""
    path = resources.files("shortlist.data").joinpath("known_words.txt")
    return path.read_text(encoding="utf-8").split()


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy with its context rules, typo check and phrase lexicons."""
    return Taxonomy(
        _entries(),
        rules=_rules(),
        phrase_shares=_word_shares("skill_share"),
        knowledge_shares=_word_shares("knowledge_share"),
        known_words=_known_words(),
        paraphrases=_paraphrases(),
        tagger=_span_tagger(),
    )


class _CrfModel:
    """A CRFsuite model opened from bytes. CRFsuite reads the buffer as long as the model
    is used, so the bytes are kept here with it."""

    def __init__(self, data: bytes) -> None:
        import pycrfsuite

        self._data = data
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._data)

    def tag(self, xseq: Sequence[Sequence[str]]) -> list[str]:
        return list(self._tagger.tag(xseq))


def _span_tagger() -> SpanTagger:
    """The phrase tagger trained on SkillSpan train (scripts/train_span_tagger.py)."""
    return SpanTagger(_CrfModel(resources.files("shortlist.data").joinpath(TAGGER).read_bytes()))


def _paraphrases() -> Paraphrases:
    return Paraphrases({row["group"]: _split(row["phrases"]) for row in _rows("paraphrases.tsv")})
