"""Where a job is done: the place as written and the remote policy as stated.

``remote`` keeps the posting's own phrase ("Remote", "Hybrid (2 days in office)",
"On-site", "fully remote"); when a location carries it in brackets ("London (Hybrid, 2
days in office)") the bracket's words are the phrase and the rest is the place.
"""

from __future__ import annotations

import re

from shortlist.core.text.prefilter import fold

__all__ = ["place_like", "remote_in_prose", "remote_phrase", "split_remote"]

_REMOTE = re.compile(
    r"\b(?:(?:fully|100%|partially|partly)\s+remote|remote[- ](?:first|friendly|only)|remote"
    r"|hybrid|on[- ]?site|in[- ]office|office[- ]based|work from home|home[- ]based)\b"
    r"(?:\s*\([^()]{1,40}\))?",
    re.IGNORECASE,
)
# In running text the bare word is too loose ("remote patient monitoring"). Lower case: it
# runs over the whole folded posting, where a case-insensitive pattern is several times slower.
_REMOTE_IN_PROSE = re.compile(
    r"\b(?:(?:fully|100%)\s+remote|remote[- ](?:first|friendly)"
    r"|(?:this|the)\s+(?:role|position|job)\s+is\s+(?:fully\s+)?(?:remote|hybrid|on[- ]?site)"
    r"|(?:remote|hybrid|on[- ]?site)\s+(?:role|position|job|working|work|opportunity|model"
    r"|basis)|hybrid\s*\([^()]{1,40}\)|work(?:ing)?\s+(?:fully\s+)?remotely)\b"
)
_EDGES = re.compile(r"^(?:[\s\-–—|·/,)]|or\s|and\s)+|(?:[\s\-–—|·/,(]|\sor|\sand)+$")
_JOB_TYPE = re.compile(
    r"full[- ]time|part[- ]time|permanent|contract|temporary|freelance|internship|\blevel\b"
    r"|\bshifts?\b",
    re.IGNORECASE,
)
_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "upon", "on", "under", "le", "la"})


def remote_phrase(text: str) -> str | None:
    """The remote-policy words in a short value ('Remote (UK)', 'Hybrid'), if any."""
    found = _REMOTE.search(text)
    return found.group().strip() if found else None


def split_remote(value: str) -> tuple[str | None, str | None]:
    """'London, UK (Hybrid, 2 days in office)' -> ('London, UK', 'Hybrid, 2 days in office')."""
    found = _REMOTE.search(value)
    if found is None:
        return value.strip() or None, None
    start, end = found.span()
    opened, closed = value.rfind("(", 0, start), value.find(")", end)
    if opened != -1 and ")" not in value[opened:start] and closed != -1:
        start, end = opened, closed + 1
        remote = value[opened + 1 : closed].strip()
    else:
        remote = found.group().strip()
    rest = _EDGES.sub("", value[:start] + " " + value[end:]).strip()
    return rest or None, remote


def remote_in_prose(text: str) -> str | None:
    """A remote policy stated in a sentence ('This role is fully remote' -> 'fully remote')."""
    found = _REMOTE_IN_PROSE.search(fold(text))
    if found is None:
        return None
    inner = _REMOTE.search(text, found.start(), found.end())
    return (inner or found).group().strip() if inner else text[found.start() : found.end()]


def place_like(value: str) -> bool:
    """'London, UK' or 'Doncaster' - capitalised words, not 'Full-time' or 'Hotel front desk'."""
    words = value.replace(",", " ").split()
    return (
        0 < len(words) <= 6
        and not _JOB_TYPE.search(value)
        and all(w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS for w in words)
        and words[0][:1].isupper()
    )
