"""Shipped data files, read once per process (the only I/O around the taxonomy)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from shortlist.core.skills import SkillEntry, Taxonomy

__all__ = ["load_taxonomy"]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy (skills.tsv: canonical, kind, category, aliases, parents)."""
    path = resources.files("shortlist.data").joinpath("skills.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        entries = [
            SkillEntry(
                canonical=row["canonical"],
                kind="skill" if row["kind"] == "skill" else "knowledge",
                category=row["category"],
                aliases=_split(row.get("aliases") or ""),
                parents=_split(row.get("parents") or ""),
            )
            for row in rows
        ]
    return Taxonomy(entries)
