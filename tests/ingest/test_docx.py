"""DOCX reading: real documents made with python-docx (and zipfile) at test time."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from shortlist.ingest import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    Limits,
    UnsafeDocument,
    UnsupportedType,
    read_bytes,
)
from shortlist.ingest.limits import MB

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def cv_with_table() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Doe - Curriculum Vitae"
    document.sections[0].footer.paragraphs[0].text = "jane@example.com"
    document.add_paragraph("Skills before the table")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Skill", "Years"), ("Python", "6")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("• Led the migration after the table")
    return save(document)


def replace_part(data: bytes, part: str, edit: object) -> bytes:
    """Copy a DOCX, passing one part's XML text through ``edit``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == part:
                content = edit(content.decode("utf-8")).encode("utf-8")  # type: ignore[operator]
            target.writestr(info.filename, content)
    return out.getvalue()


def with_body(xml: str) -> bytes:
    """A DOCX whose body is exactly ``xml`` (WordprocessingML without the w:body tag)."""
    return replace_part(
        save(docx.Document()),
        "word/document.xml",
        lambda text: re.sub(r"<w:body>.*</w:body>", f"<w:body>{xml}</w:body>", text, flags=re.S),
    )


def test_it_reads_header_then_paragraphs_and_table_rows_in_body_order_then_footer() -> None:
    document = read_bytes(cv_with_table(), name="cv.docx")

    assert document.text == (
        "Jane Doe - Curriculum Vitae\n"
        "\n"
        "Skills before the table\n"
        "Skill | Years\n"
        "Python | 6\n"
        "- Led the migration after the table\n"
        "\n"
        "jane@example.com"
    )
    assert (document.source_type, document.pages, document.warnings) == ("docx", None, ())


def test_it_marks_word_list_paragraphs_as_bullets() -> None:
    document = docx.Document()
    document.add_paragraph("Achievements")
    document.add_paragraph("Cut build time by 40%", style="List Bullet")
    document.add_paragraph("Hired 3 engineers", style="List Number")

    assert read_bytes(save(document), name="cv.docx").text == (
        "Achievements\n- Cut build time by 40%\n- Hired 3 engineers"
    )


def test_it_writes_a_merged_table_cell_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Languages"
    table.cell(1, 0).text = "English"
    table.cell(1, 1).text = "French"

    assert read_bytes(save(document), name="cv.docx").text == "Languages\nEnglish | French"


def test_it_reads_content_controls_and_insertions_but_not_deletions() -> None:
    body = (
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        "<w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText> deleted</w:delText></w:r></w:del></w:p>"
    )

    assert read_bytes(with_body(body), name="cv.docx").text == (
        "Inside a content control\nKept inserted"
    )


def test_it_reads_a_text_box_once_though_word_stores_it_twice() -> None:
    box = (
        "<w:txbxContent><w:p><w:r><w:t>Contact: jane@example.com</w:t></w:r></w:p></w:txbxContent>"
    )
    body = (
        "<w:p><w:r><w:t>Profile</w:t></w:r><w:r>"
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice Requires="wps"><w:drawing><wrap>{box}</wrap></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><wrap>{box}</wrap></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )

    assert read_bytes(with_body(body), name="cv.docx").text == "Profile\nContact: jane@example.com"


def test_it_refuses_a_zip_bomb_before_parsing() -> None:
    data = replace_part(cv_with_table(), "word/document.xml", lambda text: text)
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(20 * MB))

    with pytest.raises(UnsafeDocument) as caught:
        read_bytes(out.getvalue(), name="bomb.docx")

    assert re.fullmatch(
        r"bomb\.docx was refused as unsafe: it is compressed \d+ to 1, like a zip bomb; "
        r"the limit is 100 to 1 \(SHORTLIST_MAX_ZIP_RATIO\)",
        str(caught.value),
    )


def test_it_refuses_a_docx_that_unpacks_past_the_size_limit() -> None:
    out = io.BytesIO(cv_with_table())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/photo.bin", bytes(range(256)) * 8192)

    with pytest.raises(UnsafeDocument) as caught:
        read_bytes(out.getvalue(), name="cv.docx", limits=Limits(max_unzipped_bytes=1 * MB))

    assert re.fullmatch(
        r"cv\.docx was refused as unsafe: it unpacks to \d+\.\d MB; the limit is 1 MB "
        r"\(SHORTLIST_MAX_UNZIPPED_MB\)",
        str(caught.value),
    )


def test_it_refuses_xml_that_declares_a_doctype_or_entities() -> None:
    data = replace_part(
        cv_with_table(),
        "word/document.xml",
        lambda text: text.replace(
            "<w:document", '<!DOCTYPE w:document [<!ENTITY who "boom">]>\n<w:document', 1
        ),
    )

    with pytest.raises(UnsafeDocument) as caught:
        read_bytes(data, name="cv.docx")

    assert str(caught.value) == (
        "cv.docx was refused as unsafe: word/document.xml declares a DTD or XML entities; "
        "save it again from Word"
    )


def test_it_refuses_a_file_named_docx_that_is_not_a_zip_as_corrupt() -> None:
    with pytest.raises(CorruptDocument) as caught:
        read_bytes(b"Jane Doe, Python developer", name="cv.docx")

    assert str(caught.value) == "cv.docx is not a readable DOCX (damaged, or not a Word document)"


def test_it_refuses_a_zip_without_a_word_document_as_corrupt() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.xml", f"<notes {W}/>")

    with pytest.raises(CorruptDocument, match=r"^cv\.docx is not a readable DOCX"):
        read_bytes(out.getvalue(), name="cv.docx")


def test_it_refuses_a_truncated_docx_as_corrupt() -> None:
    data = cv_with_table()

    with pytest.raises(CorruptDocument, match=r"^cv\.docx is not a readable DOCX"):
        read_bytes(data[: len(data) // 2], name="cv.docx")


def test_it_asks_for_an_old_doc_file_to_be_saved_as_docx() -> None:
    old_word = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    with pytest.raises(UnsupportedType) as caught:
        read_bytes(old_word, name="cv.doc")

    assert str(caught.value) == (
        "unsupported file type '.doc' (old Word format): open it in Word or LibreOffice, "
        "save it as DOCX and try again"
    )


def test_it_says_a_docx_in_an_ole_container_is_password_protected() -> None:
    wrapped = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    with pytest.raises(EncryptedDocument, match=r"^cv\.docx is password-protected"):
        read_bytes(wrapped, name="cv.docx")


def test_it_refuses_a_docx_with_no_text_as_empty() -> None:
    with pytest.raises(EmptyDocument) as caught:
        read_bytes(save(docx.Document()), name="blank.docx")

    assert str(caught.value) == "no text found in blank.docx; check it is the right file"
