"""The prep pack as a PDF, laid out with reportlab from the same blocks as the Markdown.

Text is set in Bitstream Vera (shipped inside reportlab), embedded in the file, so the
PDF reads the same on every machine; a character the font lacks is drawn as '?'
rather than as an empty box.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from functools import lru_cache
from xml.sax.saxutils import escape

from shortlist.formats.markdown import Block, Pack, pack_blocks

__all__ = ["pack_pdf"]

FONT = "ShortlistVera"
BOLD = "ShortlistVera-Bold"
#: Stand-ins for marks the font lacks but a plan uses.
SUBSTITUTES = {"★": "*", "✔": "+", "✘": "x", "◐": "~", "→": "->"}


@lru_cache(maxsize=1)
def _fonts() -> frozenset[int]:
    """Register the fonts once; the code points the regular face can draw."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular = TTFont(FONT, "Vera.ttf")
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))
    return frozenset(regular.face.charToGlyph)


def _drawable(text: str) -> str:
    known = _fonts()
    out = []
    for char in text:
        char = SUBSTITUTES.get(char, char)
        out.append(char if len(char) > 1 or ord(char) in known or char in "\n\t" else "?")
    return "".join(out)


def pack_pdf(pack: Pack) -> bytes:
    """The prep pack as the bytes of an A4 PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer

    _fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=14, spaceAfter=4)
    styles = {
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=18, leading=22, spaceAfter=8),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=14, leading=18, spaceBefore=10),
        "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=11, leading=15, spaceBefore=6),
        "p": base,
        "item": ParagraphStyle("item", base, leftIndent=12, bulletIndent=2),
        "quote": ParagraphStyle("quote", base, leftIndent=14, textColor="#444444"),
        "pre": ParagraphStyle("pre", base, fontSize=9, leading=12, leftIndent=8),
    }
    story: list[object] = []
    for block in pack_blocks(pack):
        story.extend(_flowables(block, styles, Paragraph, Preformatted))
    story.append(Spacer(1, 4 * mm))
    buffer = io.BytesIO()
    title = _drawable(pack.plan.role)
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"Prep pack: {title}" if title else "Prep pack",
        author="Shortlist",
        # Fixed metadata: the same plan makes the same file.
        invariant=1,
    )
    document.build(story)
    return buffer.getvalue()


def _flowables(
    block: Block,
    styles: Mapping[str, object],
    paragraph: Callable[..., object],
    preformatted: Callable[..., object],
) -> list[object]:
    """``block`` as reportlab flowables (reportlab is untyped: its styles and flowables
    pass through here as plain objects)."""
    text = _drawable(block.text)
    if block.kind == "pre":
        return [preformatted(_wrapped(text), styles["pre"])]
    markup = escape(text).replace("\n", "<br/>")
    if block.kind == "item":
        return [paragraph(markup, styles["item"], bulletText="•")]
    return [paragraph(markup, styles[block.kind])]


def _wrapped(text: str, width: int = 90) -> str:
    """Long lines of a draft broken at spaces so they stay on the page."""
    import textwrap

    return "\n".join(textwrap.fill(line, width) if line else "" for line in text.splitlines())
