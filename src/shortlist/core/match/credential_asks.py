"""A credential asked for by name, in a row no certification rule reads ("Paediatric
Bobath (NDT) training", "Independent prescribing qualification", "City & Guilds 2391
Inspection and Testing"). Word overlap must not prove it with a line that only shares a
common word ("Delivered training sessions", "prescribing audits", "lighting tests"): the
line has to name it, by a word that sets it apart (a code, an acronym, a proper name) or,
when the ask has none, by every word of its name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shortlist.core.match.overlap import content_words

__all__ = ["credential_words", "names_the_credential"]

#: The ask ends on what it is ("... training", "... qualification (V300)"), or starts so
#: ("Membership of the APCP"), or names an awarding body or level.
_ASKS_FOR_A_CREDENTIAL = re.compile(
    r"(?:\b(?:qualification|training|course|certificate|certification|diploma|award"
    r"|licen[cs]e|accreditation)s?|(?-i:\b[A-Z]{2,}\w*)(?:\s+\w+)?\s+(?:card|ticket))"
    r"(?:\s*\([^)]*\))?\s*\.?\s*$"
    r"|^\s*(?:membership|registration|accreditation)\s+(?:of|with)\b"
    r"|\b(?:City\s*(?:&|and)\s*Guilds|C&G|NVQ|BTEC|SVQ)\b",
    re.IGNORECASE,
)
#: Words in the longest credential ask read as one ("Level 3 Award in Education and
#: Training (AET) or equivalent teaching qualification").
_LONGEST_NAME = 14
#: Words that set a credential apart: codes ("2391", "V300"), acronyms ("NDT", "AET"),
#: proper names after the first word ("Bobath").
_DISTINCT = re.compile(r"\b(?:\w*\d\w*|[A-Z]{2,}\w*|[A-Z][a-z]+)\b")
#: Capitalised words that name no particular credential.
_GENERIC = frozenset(
    """level award certificate certification diploma training course qualification licence
    license card ticket membership registration accreditation advanced foundation
    intermediate higher national in and of the or with for equivalent""".split()
)

#: Training given, not held: "Prior experience delivering or developing training".
_GIVES_TRAINING = re.compile(
    r"\b(?:deliver|develop|design|provid|facilitat|lead|conduct|run|plan|write|writing)\w*"
    r"\s+(?:\w+\s+){0,3}?(?:training|courses?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def credential_words(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """For a credential ask: its distinct words (lower case) and the content words of
    its name; None when ``text`` asks for no credential."""
    # A credential is named in a short phrase; a long sentence that ends in "training"
    # is about something else ("... with appropriate training").
    if (
        len(text.split()) > _LONGEST_NAME
        or not _ASKS_FOR_A_CREDENTIAL.search(text)
        or _GIVES_TRAINING.search(text)
    ):
        return None
    tokens = list(_DISTINCT.finditer(text))
    distinct = frozenset(
        t.group().lower()
        for t in tokens
        # The first word is capitalised anyway, unless it is a code or an acronym ("IAPT").
        if (t.start() > 0 or not t.group().istitle())
        and t.group().lower().removesuffix("s") not in _GENERIC
        and not t.group().isdigit()
    ) | frozenset(t.group() for t in tokens if t.group().isdigit() and len(t.group()) >= 3)
    # A code or an acronym names it better than title-case words ("IAPT Supervision
    # Qualification" is IAPT's, not any supervision's).
    coded = frozenset(
        t.group().lower()
        for t in tokens
        if t.group().lower() in distinct
        and (t.group().isupper() or any(c.isdigit() for c in t.group()))
    )
    name = content_words(text) - content_words(" ".join(_GENERIC))
    return coded or distinct, name


@lru_cache(maxsize=16384)
def names_the_credential(wanted: tuple[frozenset[str], frozenset[str]], line: str) -> bool:
    """Whether a CV line names the credential ``credential_words`` described."""
    distinct, name = wanted
    if distinct:
        said = frozenset(w.lower() for w in re.findall(r"[\w&]+", line))
        return not distinct.isdisjoint(said)
    return bool(name) and name <= content_words(line)
