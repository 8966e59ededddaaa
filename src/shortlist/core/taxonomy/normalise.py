"""Text normalisation shared by the skill matcher and the taxonomy build.

Names and text are compared case-folded with hyphens and underscores read as spaces, so
"amazon-web-services", "Amazon Web Services" and "amazon web services" meet. The text form
keeps every character's offset, so a match in it is a match in the original.
"""

from __future__ import annotations

import re

#: A word as the matcher sees it: one-word names are looked up by it, and the context
#: rules, typo check and phrase finder read it.
WORD = re.compile(r"[^\W_][\w'+#]*")
#: A top-level domain right before a slash gives a web address away ("github.com/jane");
#: a bare "name.com" does not: "Salesforce.com", ".NET/C#" and "Node.js/React" are skills.
_DOMAIN_END = re.compile(r"\.(?:com|org|io|dev|ai|co|me|uk|de|app|edu|gov)$", re.IGNORECASE)
_SEPARATORS = ("-", "_", "\t", "\u00a0", "\u2010", "\u2011")

Word = re.Match[str]


def fold_text(text: str) -> str:
    """``text`` lower-cased with separators as spaces, every offset unchanged."""
    # 'İ' is the one character that grows when lower-cased; keep offsets aligned.
    folded = (text.replace("\u0130", "I") if "\u0130" in text else text).lower()
    for separator in _SEPARATORS:
        if separator in folded:
            folded = folded.replace(separator, " ")
    return folded.replace("\u2019", "'") if "\u2019" in folded else folded


def fold_name(name: str) -> str:
    """The key under which a skill name is stored: 'Objective-C' -> 'objective c'."""
    return " ".join(fold_text(name).split())


def words(folded: str) -> list[Word]:
    """Every word of folded text, as regex matches (start(), end(), group())."""
    return list(WORD.finditer(folded))


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where web and e-mail addresses sit in ``text``: a name inside one
    ("linkedin.com/in/x") is no skill."""
    hints = _all(text, "@") + _all(text, "/") + _all(text, "www.") + _all(text, "WWW.")
    spans: list[tuple[int, int]] = []
    for hint in sorted(hints):
        if spans and hint < spans[-1][1]:
            continue
        if text[hint] == "/" and not (
            text.startswith("://", hint - 1) or _DOMAIN_END.search(text, max(0, hint - 5), hint)
        ):
            continue
        start, end = hint, hint + 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        spans.append((start, end))
    return spans


def _all(text: str, marker: str) -> list[int]:
    found, index = [], text.find(marker)
    while index >= 0:
        found.append(index)
        index = text.find(marker, index + 1)
    return found
