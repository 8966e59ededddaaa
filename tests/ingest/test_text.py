"""Plain text and Markdown: encodings, binary files named as text, empty input, stdin."""

from __future__ import annotations

import io
import random
import sys

import pytest

from shortlist.ingest import EmptyDocument, UnsupportedType, read_bytes, read_path


def test_it_reads_utf8_with_a_byte_order_mark_without_keeping_the_mark() -> None:
    document = read_bytes(b"\xef\xbb\xbfCaf\xc3\xa9 manager\n", name="cv.txt")

    assert (document.text, document.source_type, document.warnings) == (
        "Café manager",
        "text",
        (),
    )


def test_it_reads_utf16_with_a_byte_order_mark() -> None:
    document = read_bytes("Café manager".encode("utf-16"), name="cv.txt")

    assert document.text == "Café manager"


def test_it_falls_back_to_cp1252_with_a_warning() -> None:
    document = read_bytes("Café manager – naïve “quotes”".encode("cp1252"), name="notes.txt")

    assert document.text == "Café manager – naïve “quotes”"
    assert document.warnings == (
        "notes.txt is not UTF-8; read it as Windows-1252 (cp1252), so check accented letters",
    )


def test_it_refuses_binary_garbage_named_as_text() -> None:
    garbage = random.Random(7).randbytes(4096)

    with pytest.raises(UnsupportedType) as caught:
        read_bytes(garbage, name="garbage.txt")

    assert str(caught.value) == (
        "garbage.txt looks like a binary file, not text: use PDF, DOCX, TXT, MD or HTML"
    )


def test_it_refuses_control_characters_without_nul_bytes_as_binary() -> None:
    data = bytes(range(1, 32)) * 100

    with pytest.raises(UnsupportedType, match=r"^data\.md looks like a binary file"):
        read_bytes(data, name="data.md")


def test_it_refuses_an_unknown_extension() -> None:
    with pytest.raises(UnsupportedType) as caught:
        read_bytes(b"Jane Doe", name="cv.xyz")

    assert str(caught.value) == "unsupported file type '.xyz': use PDF, DOCX, TXT, MD or HTML"


def test_it_says_an_empty_file_is_empty() -> None:
    with pytest.raises(EmptyDocument) as caught:
        read_bytes(b"", name="empty.txt")

    assert str(caught.value) == "empty.txt is empty (0 bytes); choose the file again"


def test_it_says_a_whitespace_only_file_has_no_text() -> None:
    with pytest.raises(EmptyDocument) as caught:
        read_bytes(b" \n\t\r\n \xc2\xa0\n", name="blank.txt")

    assert str(caught.value) == "no text found in blank.txt; check it is the right file"


def test_it_keeps_markdown_headings_and_turns_its_bullets_into_dashes() -> None:
    data = b"# Skills\n\n* Python\n+ not a bullet\n*   Go\n\n\n\n## Education\n"

    assert read_bytes(data, name="cv.md").text == (
        "# Skills\n\n- Python\n+ not a bullet\n- Go\n\n## Education"
    )


def test_it_reads_standard_input_when_the_path_is_a_dash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Jane Doe\r\nPython\r\n")))

    document = read_path("-")

    assert (document.text, document.source_type, document.name) == (
        "Jane Doe\nPython",
        "text",
        "stdin",
    )


def test_it_warns_when_the_text_is_mostly_not_in_latin_script() -> None:
    data = "Опытный инженер-программист, пять лет работы с Python и базами данных.".encode()

    document = read_bytes(data, name="cv.txt")

    assert document.warnings == (
        "cv.txt is mostly in a non-Latin script; Shortlist reads English, so matching will "
        "miss most of it",
    )


def test_it_does_not_warn_about_accented_latin_text() -> None:
    data = "Ingénieure logiciel à Zürich, cinq ans d'expérience en Python et données.".encode()

    assert read_bytes(data, name="cv.txt").warnings == ()


def test_it_reads_text_with_one_stray_nul_byte_as_text() -> None:
    assert read_bytes(b"Jane Doe\x00\nPython developer\n", name="cv.txt").text == (
        "Jane Doe\nPython developer"
    )


def test_it_reads_a_text_file_that_quotes_a_pdf_header_as_text() -> None:
    document = read_bytes(b"Every PDF starts with %PDF-1.7 and a version.", name="notes.txt")

    assert (document.text, document.source_type) == (
        "Every PDF starts with %PDF-1.7 and a version.",
        "text",
    )
