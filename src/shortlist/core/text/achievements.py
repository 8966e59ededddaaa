"""Measurable results in a line: percentages, money, counts, durations, "2x", "doubled".

API: :func:`find_results` gives the offsets of each figure in a line, :func:`has_result`
whether there is one. Not results: dates and years ("Mar 2019", "2016-2019"), version
numbers and labels ("Python 3", "Band 5", "Year 6"), rotas and ratios ("24/7", "1:1"),
identifiers ("GA4", "p95") and tenure ("7 years of Python").
"""

from __future__ import annotations

import re

__all__ = ["find_results", "has_result"]

# A figure: optional currency, digits, then what makes it a result, if anything.
_FIGURE = re.compile(r"[$£€¥₹]?\d[\d,]*(?:\.\d+)?")
_UNIT = re.compile(
    r"\s?(?:%|per\s?cent\b|pp\b|bps\b|basis points|[x×](?!\w)|(?:k|m|bn|mn|million|billion"
    r"|thousand)\b)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\b(?:doubled|tripled|quadrupled|halved)\b", re.IGNORECASE)
_WORDS_CHEAP = re.compile(r"ubled|ipled|alved")
# "9 years of Python", "5+ yrs building": how long, not what came of it (but "in 2 years"
# is how fast something was done).
_TENURE = re.compile(r"\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
_DURATION_LEAD = frozenset({"in", "within", "under"})
# Words before a number that make it a name or a label: "Band 5", "Year 6", "Level 3".
_LABELS = frozenset(
    ("band", "year", "stage", "level", "grade", "ward", "tier", "class", "phase", "step",
     "room", "unit", "version")
)  # fmt: skip
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)
_DIGIT = re.compile(r"\d")
_GLUED = "./:-'’#_"
_BULLETS = " -*•·●▪–—>\t"


def _is_result(text: str, m: re.Match[str], unit: re.Match[str] | None) -> bool:
    start, end = m.span()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    figure = m.group(0)
    if figure[0] in "$£€¥₹":
        return True
    if unit is not None:
        return before not in _GLUED and not before.isalnum()
    if before.isalnum() or before in _GLUED or after.isalnum() or after in "/:'’_":
        return False
    if after in ".-" and end + 1 < len(text) and text[end + 1].isalnum():
        return False  # "3.x", "9-5", "28-bed" read as one word
    digits = figure.replace(",", "")
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return False  # a year
    head = text[:start].rstrip(" (+")
    words = head.rsplit(None, 1)
    previous = words[-1].lstrip("([") if words else ""
    if _TENURE.match(text, end) and previous.casefold() not in _DURATION_LEAD:
        return False
    word = previous.strip(".,").casefold()
    if word in _LABELS or (word[:3] in _MONTHS and len(word) <= len("september")):
        return False
    # A capitalised word before a number names a thing ("Python 3"), unless it is the
    # verb that opens the line ("Managed 12 staff").
    return not (previous[:1].isupper() and len(words) == 2 and words[0].strip(_BULLETS))


def find_results(text: str) -> list[tuple[int, int]]:
    """(start, end) of each measurable figure in one line of text."""
    out: list[tuple[int, int]] = []
    if _DIGIT.search(text) is not None:
        for m in _FIGURE.finditer(text):
            unit = _UNIT.match(text, m.end())
            if _is_result(text, m, unit):
                out.append((m.start(), unit.end() if unit else m.end()))
    if _WORDS_CHEAP.search(text):
        out.extend(m.span() for m in _WORDS.finditer(text))
        out.sort()
    return out


def has_result(text: str) -> bool:
    """True when one line states a measurable result."""
    return bool(find_results(text))
