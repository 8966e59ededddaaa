"""PDF reading: real PDFs drawn with reportlab at test time."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from shortlist.ingest import (
    CorruptDocument,
    EncryptedDocument,
    Limits,
    NoTextLayer,
    ParseTimeout,
    TooManyPages,
    read_bytes,
)

HEADER = "Jane Doe | jane@example.com | +44 7700 900123"
PAGES = [
    ["Experience", "Senior Engineer, Acme Ltd", "Jan 2019 - Present", "• Led a team of 5"],
    ["Education", "BSc Computer Science, 2014 - 2017", "Skills", "Python, PostgreSQL"],
]


def draw_pdf(pages: list[list[str]], header: str | None = None, footer: bool = False) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    for number, lines in enumerate(pages, start=1):
        if header:
            pdf.drawString(72, height - 40, header)
        for row, line in enumerate(lines):
            pdf.drawString(72, height - 100 - row * 18, line)
        if footer:
            pdf.drawString(260, 30, f"Page {number} of {len(pages)}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypt(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_it_reads_a_two_page_cv_keeping_the_repeated_header_once_and_no_page_numbers() -> None:
    document = read_bytes(draw_pdf(PAGES, header=HEADER, footer=True), name="cv.pdf")

    assert document.text == (
        "Jane Doe | jane@example.com | +44 7700 900123\n"
        "Experience\n"
        "Senior Engineer, Acme Ltd\n"
        "Jan 2019 - Present\n"
        "- Led a team of 5\n"
        "\n"
        "Education\n"
        "BSc Computer Science, 2014 - 2017\n"
        "Skills\n"
        "Python, PostgreSQL"
    )
    assert (document.source_type, document.pages, document.warnings) == ("pdf", 2, ())
    assert document.name == "cv.pdf"


def test_it_recognises_a_pdf_by_its_bytes_when_it_has_no_name() -> None:
    document = read_bytes(draw_pdf([["Python developer"]]))

    assert (document.text, document.source_type, document.name) == ("Python developer", "pdf", None)


def test_it_refuses_garbage_behind_a_pdf_signature_as_corrupt() -> None:
    data = b"%PDF-1.7\n" + bytes(range(256)) * 20

    with pytest.raises(CorruptDocument) as caught:
        read_bytes(data, name="cv.pdf")

    assert str(caught.value) == "cv.pdf is not a readable PDF (damaged or truncated)"


def test_it_refuses_a_truncated_pdf_as_corrupt() -> None:
    data = draw_pdf(PAGES)

    with pytest.raises(CorruptDocument, match=r"^cv\.pdf is not a readable PDF"):
        read_bytes(data[: len(data) * 6 // 10], name="cv.pdf")


def test_it_refuses_a_file_named_pdf_that_is_not_one_as_corrupt() -> None:
    with pytest.raises(CorruptDocument, match=r"^cv\.pdf is not a readable PDF"):
        read_bytes(b"Jane Doe, Python developer", name="cv.pdf")


def test_it_asks_for_the_password_to_be_removed_from_an_encrypted_pdf() -> None:
    with pytest.raises(EncryptedDocument) as caught:
        read_bytes(encrypt(draw_pdf(PAGES), "open-sesame"), name="cv.pdf")

    assert str(caught.value) == "cv.pdf is password-protected; remove the password and try again"


def test_it_reads_a_pdf_encrypted_with_an_empty_user_password() -> None:
    document = read_bytes(encrypt(draw_pdf([["Python developer"]]), ""), name="cv.pdf")

    assert document.text == "Python developer"


def test_it_says_an_image_only_pdf_looks_scanned() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(Image.new("RGB", (120, 60), "grey")), 72, 500, 240, 120)
    pdf.showPage()
    pdf.save()

    with pytest.raises(NoTextLayer) as caught:
        read_bytes(buffer.getvalue(), name="scan.pdf")

    assert str(caught.value) == (
        "no text found in scan.pdf (it looks scanned); export it as text or DOCX"
    )


def test_it_refuses_more_pages_than_the_page_cap() -> None:
    with pytest.raises(TooManyPages) as caught:
        read_bytes(draw_pdf(PAGES), name="cv.pdf", limits=Limits(max_pages=1))

    assert str(caught.value) == (
        "cv.pdf has 2 pages; the limit is 1 (SHORTLIST_MAX_PAGES): "
        "upload only the CV or the posting"
    )


def test_it_stops_when_the_parse_time_budget_is_spent() -> None:
    with pytest.raises(ParseTimeout) as caught:
        read_bytes(draw_pdf(PAGES), name="cv.pdf", limits=Limits(parse_timeout_s=0))

    assert str(caught.value) == (
        "reading cv.pdf took longer than 0 s (SHORTLIST_PARSE_TIMEOUT_S); "
        "try a smaller or simpler file"
    )
