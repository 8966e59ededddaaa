"""DOCX to text: headers, then the body in order (paragraphs, tables, text boxes), then footers.

The zip is inspected before python-docx sees it: sizes from the central directory
(which :mod:`zipfile` enforces while inflating) catch zip bombs, and every XML part is
parsed with defusedxml so a DTD or entity declaration is refused outright.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

import docx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.table import CT_Tbl
from docx.table import Table

from shortlist.ingest.deadline import Deadline
from shortlist.ingest.errors import CorruptDocument, UnsafeDocument
from shortlist.ingest.limits import MB, Limits

if TYPE_CHECKING:
    from docx.document import Document
    from docx.types import ProvidesStoryPart

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TEXT = _W + "t"
_TABS = frozenset({_W + "tab", _W + "ptab"})
_BREAKS = frozenset({_W + "br", _W + "cr"})
_TEXT_BOX = _W + "txbxContent"
#: Subtrees with no visible text of their own; mc:Fallback repeats what mc:Choice shows.
_SKIPPED = frozenset({_MC + "Fallback", _W + "del", _W + "pPr", _W + "rPr", _W + "moveFrom"})
#: Block-level wrappers whose children are paragraphs and tables again.
_WRAPPERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins"})
_XML_SUFFIXES = (".xml", ".rels")
_LIST_STYLES = ("ListBullet", "ListNumber")

_LOAD_FAILURES: tuple[type[Exception], ...] = (
    PackageNotFoundError,
    zipfile.BadZipFile,
    zlib.error,
    SyntaxError,  # lxml's XMLSyntaxError, from python-docx's own parse of each part
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
)


class _Element(Protocol):
    """What is read of an XML element of a part (python-docx's lxml elements)."""

    #: The element's {namespace}name; a function for a comment or processing instruction.
    @property
    def tag(self) -> object: ...

    @property
    def text(self) -> str | None: ...

    def iterchildren(self) -> Iterator[_Element]: ...

    def find(self, path: str) -> _Element | None: ...

    def get(self, key: str, default: str) -> str: ...


def read_docx(data: bytes, name: str | None, limits: Limits, deadline: Deadline) -> str:
    """Text of a DOCX; raises UnsafeDocument or CorruptDocument before parsing a bad one."""
    check_package(data, name, limits, deadline)
    try:
        document = docx.Document(io.BytesIO(data))
        headers = _parts_text(document, RT.HEADER, deadline)
        body = "\n".join(_blocks(document.element.body, document, deadline))
        footers = _parts_text(document, RT.FOOTER, deadline)
    except _LOAD_FAILURES as error:
        raise CorruptDocument(name, "DOCX") from error
    return "\n\n".join(part for part in (headers, body, footers) if part.strip())


def check_package(data: bytes, name: str | None, limits: Limits, deadline: Deadline) -> None:
    """Refuse zip bombs and XML with DTDs or entities; refuse a file that is not a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_sizes(infos, name, limits)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    deadline.check()
                    _check_xml(archive.read(info), info.filename, name)
    # BadZipFile also covers a bad CRC; RuntimeError is a zip-encrypted part; the rest are
    # truncated data or an unknown compression method.
    except (
        zipfile.BadZipFile,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OSError,
        zlib.error,
    ) as error:
        raise CorruptDocument(name, "DOCX") from error


def _check_sizes(infos: list[zipfile.ZipInfo], name: str | None, limits: Limits) -> None:
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if unpacked > limits.max_unzipped_bytes:
        raise UnsafeDocument(
            name,
            f"it unpacks to {unpacked / MB:.1f} MB; the limit is "
            f"{limits.max_unzipped_bytes / MB:g} MB (SHORTLIST_MAX_UNZIPPED_MB)",
        )
    ratio = unpacked / max(packed, 1)
    if ratio > limits.max_zip_ratio:
        raise UnsafeDocument(
            name,
            f"it is compressed {ratio:.0f} to 1, like a zip bomb; the limit is "
            f"{limits.max_zip_ratio:g} to 1 (SHORTLIST_MAX_ZIP_RATIO)",
        )


def _check_xml(raw: bytes, part: str, name: str | None) -> None:
    try:
        fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise UnsafeDocument(
            name, f"{part} declares a DTD or XML entities; save it again from Word"
        ) from error
    except ParseError as error:
        raise CorruptDocument(name, "DOCX") from error


def _parts_text(document: Document, reltype: str, deadline: Deadline) -> str:
    """Text of every header (or footer) part once, in part-name order."""
    parts = sorted(
        (
            rel.target_part
            for rel in document.part.rels.values()
            if rel.reltype == reltype and not rel.is_external
        ),
        key=lambda part: str(part.partname),
    )
    seen: list[str] = []
    for part in parts:
        text = "\n".join(_blocks(part.element, document, deadline)).strip()
        if text and text not in seen:
            seen.append(text)
    return "\n".join(seen)


def _blocks(container: _Element, parent: ProvidesStoryPart, deadline: Deadline) -> Iterator[str]:
    """Lines of a body, cell, header or text box, in document order."""
    for child in container.iterchildren():
        deadline.check()
        if child.tag == _W + "p":
            boxes: list[_Element] = []
            text = "".join(_runs_text(child, boxes))
            yield f"- {text}" if text.strip() and _is_list_item(child) else text
            for box in boxes:
                yield from _blocks(box, parent, deadline)
        elif isinstance(child, CT_Tbl):  # python-docx's class of every w:tbl
            yield from _table(Table(child, parent), deadline)
        elif child.tag in _WRAPPERS:
            yield from _blocks(child, parent, deadline)


def _is_list_item(paragraph: _Element) -> bool:
    """Word keeps list bullets in numbering definitions, not in the text, so mark them here."""
    properties = paragraph.find(_W + "pPr")
    if properties is None:
        return False
    style = properties.find(_W + "pStyle")
    style_name = style.get(_W + "val", "") if style is not None else ""
    return properties.find(_W + "numPr") is not None or style_name.startswith(_LIST_STYLES)


def _runs_text(element: _Element, boxes: list[_Element]) -> Iterator[str]:
    """Visible text of a paragraph; text boxes are set aside in ``boxes`` for later."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _TEXT:
            yield child.text or ""
        elif tag in _TABS:
            yield "\t"
        elif tag in _BREAKS:
            yield "\n"
        elif tag == _W + "noBreakHyphen":
            yield "-"
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif tag not in _SKIPPED:
            yield from _runs_text(child, boxes)


def _table(table: Table, deadline: Deadline) -> Iterator[str]:
    """Row by row; a row of one-line cells becomes one line joined by ' | '.

    Merged cells come back from python-docx once per grid position, so each cell is
    emitted only the first time it is met.
    """
    emitted: set[object] = set()
    for row in table.rows:
        cells: list[list[str]] = []
        for cell in row.cells:
            if cell._tc in emitted:
                continue
            emitted.add(cell._tc)
            lines = [line for line in _blocks(cell._tc, cell, deadline) if line.strip()]
            if lines:
                cells.append(lines)
        if all(len(lines) == 1 for lines in cells):
            yield " | ".join(lines[0] for lines in cells)
        else:
            for lines in cells:
                yield from lines
