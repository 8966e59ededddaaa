"""Size limits are checked before any parsing; paths that cannot be read say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from shortlist.ingest import Limits, TextTooLong, TooLarge, UnreadableFile, read_bytes, read_path
from shortlist.ingest.limits import MB


def test_it_refuses_a_200_mb_file_from_its_size_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as stream:
        stream.truncate(200 * MB)  # sparse: nothing is written, so only stat can see the size

    with pytest.raises(TooLarge) as caught:
        read_path(huge)

    assert str(caught.value) == "huge.pdf is 200.0 MB; the limit is 10 MB (SHORTLIST_MAX_FILE_MB)"


def test_it_refuses_bytes_over_the_limit_before_looking_at_them() -> None:
    with pytest.raises(TooLarge) as caught:
        read_bytes(bytes(int(12.3 * MB)), name="x.pdf")

    assert str(caught.value) == "x.pdf is 12.3 MB; the limit is 10 MB (SHORTLIST_MAX_FILE_MB)"


def test_it_shows_enough_decimals_that_a_file_just_over_the_limit_is_not_equal_to_it() -> None:
    with pytest.raises(TooLarge) as caught:
        read_bytes(b"x" * (MB + 3_000), name="cv.txt", limits=Limits(max_bytes=MB))

    assert str(caught.value) == "cv.txt is 1.003 MB; the limit is 1 MB (SHORTLIST_MAX_FILE_MB)"


def test_it_reads_a_file_from_disk_and_names_the_document_after_it(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"Jane Doe\nPython developer\n")

    document = read_path(str(path))

    assert (document.text, document.name) == ("Jane Doe\nPython developer", "cv.txt")


def test_it_says_which_file_was_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"

    with pytest.raises(UnreadableFile) as caught:
        read_path(missing)

    assert str(caught.value) == f"file not found: {missing}"


def test_it_says_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_path(tmp_path)

    assert str(caught.value) == f"{tmp_path} is a folder, not a file; give the path of a file"


def test_stdin_over_the_limit_says_more_than_the_limit_not_a_made_up_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(b"x" * (2 * MB))

    monkeypatch.setattr(sys, "stdin", Stdin)
    with pytest.raises(TooLarge) as caught:
        read_path("-", Limits(max_bytes=MB))
    assert "1.000001" not in str(caught.value)
    assert str(caught.value) == "stdin is larger than the limit of 1 MB (SHORTLIST_MAX_FILE_MB)"


def test_text_over_the_character_limit_is_refused_with_its_size_and_what_to_do() -> None:
    limits = Limits(max_text_chars=1_000)
    with pytest.raises(TextTooLong) as caught:
        read_bytes(b"Python developer. " * 60, name="cv.txt", limits=limits)
    assert str(caught.value) == (
        "cv.txt is 1,079 characters of text, more than the 1,000 Shortlist will match "
        "(SHORTLIST_MAX_TEXT_CHARS); paste or upload only the part that matters, or raise "
        "the setting"
    )


def test_the_character_limit_counts_the_text_as_read_not_the_bytes() -> None:
    # pdftotext -layout pads columns with spaces: 3,303 bytes, 1,002 characters once tidied.
    padded = "\n".join(["Python" + " " * 40 + "developer"] * 59)
    document = read_bytes(padded.encode(), name="cv.txt", limits=Limits(max_text_chars=1_002))
    assert (len(padded), len(document.text)) == (3_303, 1_002)


def test_text_whose_letters_alone_are_over_the_limit_is_refused_before_tidying() -> None:
    # 885 letters: over 800 however the spaces are tidied, so the size given is as sent.
    padded = "\n".join(["Python" + " " * 40 + "developer"] * 59)
    with pytest.raises(
        TextTooLong, match=r"^cv\.txt is 3,303 characters of text, more than the 800 "
    ):
        read_bytes(padded.encode(), name="cv.txt", limits=Limits(max_text_chars=800))
