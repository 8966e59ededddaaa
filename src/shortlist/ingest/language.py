"""A cheap hint that a text is not in a Latin script, which the English parsers cannot read."""

from __future__ import annotations

from shortlist.ingest.errors import label

_SAMPLE = 20_000
_MIN_LETTERS = 50
#: Above this share of non-Latin letters the text is probably not English.
_MAX_OTHER_SHARE = 0.3


def _is_latin(char: str) -> bool:
    code = ord(char)
    # Basic Latin through Latin Extended-B, IPA, and Latin Extended Additional.
    return code < 0x0300 or 0x1E00 <= code <= 0x1EFF


def script_warning(text: str, name: str | None) -> tuple[str, ...]:
    """One warning if most letters are outside the Latin script; none otherwise."""
    letters = [char for char in text[:_SAMPLE] if char.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return ()
    other = sum(1 for char in letters if not _is_latin(char))
    if other / len(letters) <= _MAX_OTHER_SHARE:
        return ()
    return (
        f"{label(name)} is mostly in a non-Latin script; Shortlist reads English, so "
        "matching will miss most of it",
    )
