"""Text clean-up shared by every reader: one newline style, plain spaces, "- " bullets.

Also strips the page headers and footers a PDF repeats on each page, which would
otherwise show up in the middle of a CV's roles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_NEWLINES = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
#: Bullet glyphs, including the private-use ones Word's Symbol and Wingdings fonts leave.
_GLYPHS = "•▪◦●○■□►▶▸➢➤➔→✓✔✗❖◆◇‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0"
#: Glyphs that mean "bullet" only when a space follows ("-5%" and "*args" are not bullets).
_DASHES = "*–—-"
_BULLET = re.compile(rf"^(?:[{_GLYPHS}]+|[{_DASHES}](?= )) *", re.MULTILINE)
_LONE_BULLET = re.compile(rf"^[{_GLYPHS}]\n(?=\S)", re.MULTILINE)
_RUNS_OF_SPACES = re.compile(" {2,}")
_BLANK_RUNS = re.compile(r"\n{3,}")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad\n")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHEN_BREAK = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)")

_EDGE_LINES = 3
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(\[]?\s*\d{1,3}\s*(?:(?:of|/)\s*\d{1,3})?\s*[-–—)\]]?$", re.IGNORECASE
)


def normalise(text: str) -> str:
    """Unify newlines and spaces, drop control characters, make bullets "- ", trim blanks."""
    text = _NEWLINES.sub("\n", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text).replace("\u00ad", "")
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text)).translate(_LIGATURES)
    text = _CONTROLS.sub("", text)
    lines = [_RUNS_OF_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _LONE_BULLET.sub("- ", "\n".join(lines))
    text = _BULLET.sub("- ", text)
    text = _join_hyphenated(text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _join_hyphenated(text: str) -> str:
    """Rejoin a word hyphenated across lines only when the text spells it whole elsewhere.

    Without a dictionary "develop-/ment" cannot be told from "self-/motivated", so the
    document itself is the evidence; with none, the break is left alone.
    """
    if "-\n" not in text:
        return text
    words = {word.casefold() for word in _WORD.findall(text)}

    def join(match: re.Match[str]) -> str:
        head, tail = match.groups()
        if tail[0].isupper():
            return match.group(0)
        if (head + tail).casefold() in words:
            return head + tail
        if f"{head}-{tail}".casefold() in words:
            return f"{head}-{tail}"
        return match.group(0)

    return _HYPHEN_BREAK.sub(join, text)


def _key(line: str, page: int, pages: int) -> str:
    """Compare lines with the page's own number and the page count masked.

    So "Page 2 of 3" on page 2 matches "Page 3 of 3" on page 3, while "2018 - 2020"
    and "2015 - 2017" stay different lines.
    """
    squashed = " ".join(line.split()).casefold()
    return re.sub(rf"(?<!\d)(?:{page}|{pages})(?!\d)", "#", squashed)


def strip_repeated_lines(pages: Sequence[str]) -> list[str]:
    """Drop page numbers, and lines repeated at the same place atop or below most pages.

    The first copy of a repeated header or footer is kept, because CV headers often
    carry the only copy of the name and contact details.
    """
    split = [[line for line in page.splitlines() if line.strip()] for page in pages]
    places = [_places(lines, number, len(pages)) for number, lines in enumerate(split, 1)]
    counts = Counter(place for page in places for place in set().union(*page.values()))
    # "Most pages": more than half, and at least two.
    repeated = {place for place, n in counts.items() if n >= 2 and n * 2 > len(pages)}
    seen: set[_Place] = set()
    out: list[str] = []
    for lines, page_places in zip(split, places, strict=True):
        kept: list[str] = []
        for index, line in enumerate(lines):
            line_places = page_places.get(index, set())
            if line_places and _PAGE_NUMBER.match(line.strip()):
                continue
            if line_places & repeated:
                if line_places & seen:
                    continue
                seen.update(line_places & repeated)
            kept.append(line)
        out.append("\n".join(kept))
    return out


_Place = tuple[str, int, str]


def _places(lines: list[str], page: int, pages: int) -> dict[int, set[_Place]]:
    """Line index -> its (edge, distance from that edge, key) for lines near top and bottom."""
    places: dict[int, set[_Place]] = {}
    for distance in range(min(_EDGE_LINES, len(lines))):
        for edge, index in (("top", distance), ("bottom", len(lines) - 1 - distance)):
            places.setdefault(index, set()).add((edge, distance, _key(lines[index], page, pages)))
    return places
