"""Lines, bullets and section headings: the shared reading of CVs and postings."""

from __future__ import annotations

import re
from collections.abc import Mapping

from shortlist.core.models import Line, Section

_BULLET = re.compile(r"^\s*(?:[-*•·●○◦▪▫■□►▶➢➤✓✔–—]|\d{1,2}[.)](?=\s))\s*")
_HEADING_TRAIL = ":：-–—"


def split_lines(text: str, *, join_wrapped: bool = False) -> list[Line]:
    """Every non-blank line of ``text``, stripped, with its offset kept exact.

    With ``join_wrapped``, a line that only continues the one before (a bullet wrapped
    onto an indented line, or a sentence carried on in lower case) is joined to it; the
    joined Line's text is still ``text[start:end]``, newline and indent included, so
    quoting it stays verbatim.
    """
    out: list[Line] = []
    pos = 0
    prev_bullet = False
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            if join_wrapped and out and _continues(out[-1].text, raw, stripped, prev_bullet):
                first = out[-1].start
                out[-1] = Line(text[first : start + len(stripped)], first)
            else:
                out.append(Line(stripped, start))
                prev_bullet = is_bullet(stripped)
        pos += len(raw)
    return out


def _continues(previous: str, raw: str, stripped: str, prev_bullet: bool) -> bool:
    if is_bullet(stripped) or previous.endswith((".", "!", "?", ":")):
        return False
    if stripped[0].islower():
        return True
    # An indented line under a bullet is the bullet's second line ("  serving 2,000...").
    return prev_bullet and raw[:2].isspace()


def strip_bullet(text: str) -> str:
    """'• Led a team' -> 'Led a team'."""
    return _BULLET.sub("", text, count=1)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def heading_key(text: str) -> str:
    """Normalise a heading for lookup: 'WORK EXPERIENCE:' -> 'work experience'.

    String methods only, no regex: every line of every CV and posting comes through here.
    """
    words = text.strip().lstrip("#").strip()
    while words and (words[-1] in _HEADING_TRAIL or words[-1].isspace()):
        words = words.rstrip(_HEADING_TRAIL).rstrip()
    return " ".join(words.split()).casefold()


def looks_like_heading(line: str) -> bool:
    """A short line with no sentence punctuation; used when a heading is not known."""
    s = line.strip().lstrip("#").strip()
    if not s or len(s) > 60 or is_bullet(line):
        return False
    if s.endswith((".", ",", ";")):
        return False
    words = s.rstrip(":").split()
    if len(words) > 6:
        return False
    return s.endswith(":") or s.isupper() or line.lstrip().startswith("#")


def split_sections(
    text: str, headings: Mapping[str, str], default: str = "header"
) -> tuple[Section, ...]:
    """Cut ``text`` into sections at lines whose :func:`heading_key` is in ``headings``.

    ``headings`` maps a normalised heading to a section name ('work history' ->
    'experience'). Lines before the first known heading go to ``default``.
    """
    sections: list[Section] = []
    name, heading = default, ""
    body: list[Line] = []
    for line in split_lines(text):
        # Length first: normalising every long line only to miss is most of the cost.
        if len(line.text) <= 60 and (key := heading_key(line.text)) in headings:
            if body or heading:
                sections.append(Section(name, heading, tuple(body)))
            name, heading, body = headings[key], line.text, []
        else:
            body.append(line)
    if body or heading:
        sections.append(Section(name, heading, tuple(body)))
    return tuple(sections)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def sentence_at(line: Line, offset: int, longest: int = 160) -> Line:
    """The sentence of ``line`` holding the character at ``offset`` (an offset in the
    whole text), when the line is too long to quote whole; still verbatim."""
    if len(line.text) <= longest:
        return line
    at = offset - line.start
    start = 0
    for cut in _SENTENCE_END.finditer(line.text):
        if cut.end() > at:
            return Line(line.text[start : cut.start()], line.start + start)
        start = cut.end()
    return Line(line.text[start:], line.start + start)
