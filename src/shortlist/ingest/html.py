"""HTML to text: trafilatura for the main text, plus the facts it tends to drop.

Job pages often put salary and location in a sidebar or a definition list, which a
main-text extractor sees as boilerplate. So after trafilatura, the visible text of
the page is scanned for short lines about pay, location or remote work, and any that
are missing are added at the end. If trafilatura finds nothing, all visible text is
kept (with a warning) so nothing is silently lost. Script and style content is
never read as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
import trafilatura
from lxml import etree

from shortlist.ingest.deadline import Deadline
from shortlist.ingest.errors import label
from shortlist.ingest.text import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
)
#: Navigation and forms hold words like "Remote jobs" that are links, not facts.
_NOT_FACTS = _INVISIBLE | {"nav", "footer", "form", "button", "select", "option"}
_BLOCKS = frozenset(
    {
        *("p", "div", "li", "ul", "ol", "br", "hr", "tr", "table", "thead", "tbody"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "pre", "blockquote"),
        *("section", "article", "header", "footer", "nav", "aside", "main", "form"),
        *("fieldset", "address", "figure", "figcaption", "details", "summary"),
    }
)
_CELLS = frozenset({"td", "th"})
_MONEY = (
    r"[$£€¥₹]\s?\d"
    r"|\b\d[\d,.]*\s?[kK]?\s?(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|INR|SEK|NOK|DKK|PLN)\b"
    r"|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|INR|SEK|NOK|DKK|PLN)\s?\d"
)
_FACT_WORDS = (
    r"\b(?:salary|compensation|remuneration|pay (?:range|band)|location|based in|remote"
    r"|hybrid|on-?site|in[- ]office|relocation|visa sponsorship)\b"
)
_FACT = re.compile(rf"{_MONEY}|{_FACT_WORDS}", re.IGNORECASE)
_MAX_FACT_CHARS = 200
#: A label on its own ("Salary", "Location:") whose value sits in the next element.
_LABEL_ONLY = re.compile(rf"^\s*(?:{_FACT_WORDS})\s*:?\s*$", re.IGNORECASE)


def read_html(
    data: bytes, name: str | None, deadline: Deadline, declared: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """Main text of a page plus the pay/location lines the extractor left out."""
    text, warnings = decode(data, name, declared or _meta_charset(data))
    markup = _XML_DECLARATION.sub("", text)
    deadline.check()
    main = trafilatura.extract(
        markup, include_tables=True, include_comments=False, favor_recall=True
    )
    deadline.check()
    root = _parse(markup)
    if not main or not main.strip():
        lines = list(_visible_lines(root, _INVISIBLE)) if root is not None else []
        if lines:
            warnings = (
                *warnings,
                f"could not tell the main text of {label(name)} from the rest; kept all of it",
            )
        return "\n".join(lines), warnings
    if root is None:
        return main, warnings
    seen = _squash(main)
    heading = _heading(root)
    title = heading if _squash(heading) not in seen else ""
    missing: list[str] = []
    for line in _facts(list(_visible_lines(root, _NOT_FACTS))):
        key = _squash(line)
        if key not in seen:
            missing.append(line)
            seen += "\n" + key
    return "\n\n".join(part for part in (title, main, "\n".join(missing)) if part), warnings


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", errors="replace") if found else None


def _parse(markup: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None  # an empty or tag-less page has no tree to read


def _heading(root: etree._Element) -> str:
    """The page's <h1>, or its <title>: the job title, which extractors sometimes drop."""
    for path in ("//h1", "//title"):
        for element in root.xpath(path):
            text = " ".join(element.text_content().split())
            if text:
                return text
    return ""


def _facts(lines: list[str]) -> list[str]:
    """Short lines about pay or place; a bare label is joined to the line after it."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if _LABEL_ONLY.match(line) and index + 1 < len(lines):
            line = f"{line.rstrip(': ')}: {lines[index + 1]}"
        if len(line) <= _MAX_FACT_CHARS and _FACT.search(line):
            out.append(line)
    return out


def _visible_lines(root: etree._Element, skipped: frozenset[str]) -> Iterator[str]:
    """Text a browser would show, one block element per line, skipping ``skipped`` tags."""
    parts: list[str] = []
    _walk(root, skipped, parts)
    for line in "".join(parts).split("\n"):
        line = " ".join(line.split()).strip(" |")
        if line:
            yield line


def _walk(element: etree._Element, skipped: frozenset[str], parts: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag and tag not in skipped:
        block = tag in _BLOCKS
        if block:
            parts.append("\n")
        elif tag in _CELLS:
            parts.append(" | ")
        if tag == "li":
            parts.append("- ")
        parts.append(_flat(element.text))
        for child in element:
            _walk(child, skipped, parts)
        if block:
            parts.append("\n")
    parts.append(_flat(element.tail))


def _flat(text: str | None) -> str:
    """Source line breaks inside HTML text are just spaces."""
    return re.sub(r"\s+", " ", text) if text else ""


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())
