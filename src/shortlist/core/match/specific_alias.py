"""A specific thing the taxonomy files under a broader field, asked for itself.

The taxonomy keeps some products, laws and schemes as names of a field: "TUPE" of
employment law, "Anaplan" of budgeting, "Paychex" of payroll. A row that names one is not
met by the field alone: a CV line must name it too, else the row is partial and the note
says what is not shown. Names that only spell the field out ("EHR" for electronic health
records) or belong to a named product ("Structured Query Language" of SQL) are no
narrower.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.verdict import Verdict
from shortlist.core.models import Requirement, Status
from shortlist.core.taxonomy.skills import Taxonomy, fold_name

__all__ = ["with_specific_names"]

#: What the field alone earns when the specific thing is not named.
FIELD_CREDIT = 0.5


#: "Tekla, RAM or similar": the posting accepts others (or_similar.py).
_OR_SIMILAR = re.compile(r"\bor\s+(?:an?\s+)?(?:similar|equivalent|comparable)\b", re.I)
_TOOL_WORDS = re.compile(r"\s+(?:systems?|software|tools?|platforms?|skills?)\b", re.IGNORECASE)


def _is_field(canonical: str) -> bool:
    """A common noun in sentence case ("Employment law", "Payroll"), not a product."""
    return canonical[:1].isupper() and not any(c.isupper() for c in canonical[1:])


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[A-Za-z]+", name)).lower()


@lru_cache(maxsize=16384)
def _specific(taxonomy: Taxonomy, surface: str, canonical: str) -> str | None:
    """The stored spelling of ``surface`` when it names something narrower than its
    field ``canonical``; None otherwise."""
    entry = taxonomy.entry(canonical)
    if entry is None or not _is_field(canonical):
        return None
    key = fold_name(surface)
    spelled = next((a for a in entry.aliases if fold_name(a) == key), None)
    if spelled is None or not any(c.isupper() for c in spelled):
        return None
    # "Salesforce CRM" is Salesforce itself, written longer ("Paychex payroll" is not).
    if key.startswith(fold_name(canonical)):
        return None
    # "EHR", "EHR systems": the field's own initials, spelled short.
    core = _TOOL_WORDS.sub("", spelled).strip()
    if core.isupper() and core.lower() == _initials(canonical):
        return None
    return spelled


@lru_cache(maxsize=8192)
def _words_of_name(name: str, canonical: str) -> tuple[str, ...]:
    """The words that make ``name`` what it is: not the field's own words, its initials
    or tool words ("Opera PMS" -> Opera; "RF scanners" -> RF, scanners)."""
    field = {w.lower() for w in re.findall(r"[A-Za-z]+", canonical)} | {_initials(canonical)}
    core = _TOOL_WORDS.sub("", f" {name}").strip()
    words = [w for w in re.findall(r"[\w+#&.-]+", core) if w.lower() not in field]
    return tuple(w for w in words if len(w) >= 2) or (name,)


@lru_cache(maxsize=8192)
def _names_it(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` says one of ``words`` (singular or plural)."""
    return any(
        re.search(rf"(?<![\w-]){re.escape(w.rstrip('s'))}s?(?![\w-])", text, re.IGNORECASE)
        for w in words
    )


def with_specific_names(req: Requirement, index: CvIndex, verdict: Verdict) -> Verdict:
    """``verdict`` for a row that may name something narrower than its skill's field."""
    if verdict.status is not Status.MET or not req.mentions:
        return verdict
    if _OR_SIMILAR.search(req.text):
        return verdict
    asked = [
        (name, m.canonical)
        for m in req.mentions
        if m.canonical is not None
        and m.canonical in req.skills
        and (name := _specific(index.taxonomy, m.text, m.canonical)) is not None
    ]
    if not asked:
        return verdict
    texts = [index.affirmed(line) for line, words in index.line_words if words]
    missing = [
        name
        for name, canonical in asked
        if not any(_names_it(_words_of_name(name, canonical), text) for text in texts)
    ]
    if len(missing) < len(asked):
        return verdict
    return Verdict(
        Status.PARTIAL,
        FIELD_CREDIT,
        verdict.evidence,
        f"{verdict.note}; {', '.join(missing)} not shown",
    )
