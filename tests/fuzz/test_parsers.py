"""Properties of the parsers that must hold for any input, checked on generated ones.

For any text or bytes: no exception but the documented ones (IngestError from reading
files; none from the text parsers), the same output for the same input, and what the
models promise to quote verbatim is a piece of the input at the offsets given.

The generated texts are built from pieces of real CVs, postings and notes (headings,
dates, bullets, labels) shuffled with arbitrary characters, so they reach past the first
line of each parser; the files are real PDFs, DOCX and HTML, cut and corrupted.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from importlib import resources

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from tests.fuzz.conftest import FUZZ_PROFILE

from shortlist.core.answers.analyse import analyse_answer
from shortlist.core.answers.models import AnswerFeedback, AnswerInput
from shortlist.core.cv.parse import parse_cv
from shortlist.core.models import Line
from shortlist.core.posting.parse import parse_posting
from shortlist.core.prep.interview import CATEGORIES
from shortlist.core.prep.journal import split_notes
from shortlist.core.taxonomy.skills import Taxonomy
from shortlist.data import load_taxonomy
from shortlist.ingest import Document, IngestError, read_bytes

SAMPLES = resources.files("shortlist").joinpath("samples")
#: Lines that steer the parsers: headings, date spans, bullets, labels, cues.
STEERING = [
    "EXPERIENCE", "Education", "Skills:", "Languages: French (C1), German", "Requirements",
    "Nice to have", "What you'll do", "Benefits", "Jan 2019 - Present", "2015–2018",
    "03/2020 – 12/2021", "• Led a team of 5 and cut costs by 30%", "- Python, SQL, AWS",
    "5+ years of experience with Kubernetes required", "BSc Computer Science, 2014 - 2017",
    "Q: Tell me about a time you failed?", "A: I shipped late and said so.", "Me: um, I think",
    "1. Why us", "Interviewer: What would you change?", "I said - nothing.", "Salary: £50k",
    "Remote (UK)", "AWS Certified Solutions Architect", "Senior Engineer, Acme Ltd",
]  # fmt: skip


@cache
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@cache
def sample_lines() -> list[str]:
    text = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
    text += SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def lines() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(STEERING),
        st.sampled_from(sample_lines()),
        st.text(max_size=60),
        st.text(alphabet=" \t\r\n-–•*:?.0123456789", max_size=12),
    )


def texts() -> st.SearchStrategy[str]:
    """Documents of up to 40 lines, joined by any of the line breaks people paste."""
    return st.tuples(
        st.lists(lines(), max_size=40), st.sampled_from(["\n", "\r\n", "\r", "\n\n"])
    ).map(lambda parts: parts[1].join(parts[0]))


def _verbatim(text: str, line: Line) -> bool:
    return text[line.start : line.end] == line.text


@given(text=texts())
@settings(FUZZ_PROFILE)
def test_a_cv_of_any_text_parses_the_same_twice_and_quotes_itself(text: str) -> None:
    cv = parse_cv(text, taxonomy())
    assert parse_cv(text, taxonomy()) == cv
    quoted = [line for section in cv.sections for line in section.lines]
    quoted += [role.header for role in cv.roles] + [ln for role in cv.roles for ln in role.lines]
    quoted += [*cv.achievements, *cv.certifications]
    quoted += [education.line for education in cv.education]
    quoted += [language.line for language in cv.languages]
    quoted += [line for use in cv.skills for line in use.evidence]
    assert all(_verbatim(text, line) for line in quoted)
    assert all(text[m.start : m.end] == m.text for m in cv.mentions)
    assert cv.total_months >= 0


@given(text=texts())
@settings(FUZZ_PROFILE)
def test_a_posting_of_any_text_parses_the_same_twice_and_quotes_itself(text: str) -> None:
    posting = parse_posting(text, taxonomy())
    assert parse_posting(text, taxonomy()) == posting
    assert all(_verbatim(text, line) for s in posting.sections for line in s.lines)
    for requirement in posting.requirements:
        # Verbatim but for a bullet marker dropped and wrapped lines joined by a space.
        assert all(word in text for word in requirement.text.split())
        assert all(requirement.text[m.start : m.end] == m.text for m in requirement.mentions)


@given(text=texts())
@settings(FUZZ_PROFILE)
def test_notes_of_any_text_split_the_same_twice_into_the_user_s_own_words(text: str) -> None:
    pairs = split_notes(text)
    assert split_notes(text) == pairs
    for pair in pairs:
        assert pair.question.strip()
        # Labels, bullets and numbers are trimmed; a question's lines are joined by spaces.
        assert all(word in text for word in pair.question.split())
        assert all(piece in text for piece in pair.answer.split("\n"))


def _marks(feedback: AnswerFeedback) -> list[tuple[str, int, int]]:
    found = [*feedback.results, *feedback.actions, *feedback.fillers]
    found += [*feedback.self_corrections, *feedback.hedges]
    return [(mark.text, mark.start, mark.end) for mark in found]


@given(
    question=st.one_of(st.sampled_from(STEERING), st.text(max_size=80)),
    answer=texts(),
    category=st.none() | st.sampled_from(CATEGORIES),
)
@settings(FUZZ_PROFILE)
def test_any_answer_gets_the_same_feedback_twice_quoting_its_own_words(
    question: str, answer: str, category: str | None
) -> None:
    item = AnswerInput(question=question, answer=answer, category=category)
    feedback = analyse_answer(item)
    assert analyse_answer(item) == feedback
    assert all(answer[start:end] == text for text, start, end in _marks(feedback))
    assert 0 <= feedback.overall <= 100
    assert all(0 <= dimension.score <= 100 for dimension in feedback.dimensions)


# Files: real ones made here, byte for byte the same on every run, then damaged.


def _fixed_zip(data: bytes) -> bytes:
    """The same DOCX with every member dated alike, so its bytes do not vary by run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


@cache
def seed_files() -> tuple[tuple[bytes, str], ...]:
    words = sample_lines()[:12]
    pdf = io.BytesIO()
    # invariant=1: no timestamp or random id in the file.
    drawing = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    for row, line in enumerate(words):
        drawing.drawString(72, 800 - row * 18, line)
    drawing.showPage()
    drawing.save()
    document = docx.Document()
    for line in words:
        document.add_paragraph(line)
    saved = io.BytesIO()
    document.save(saved)
    html = "<html><body><h1>Data Engineer</h1>" + "".join(f"<p>{w}</p>" for w in words)
    text = "\n".join(words)
    return (
        (pdf.getvalue(), "cv.pdf"),
        (_fixed_zip(saved.getvalue()), "cv.docx"),
        ((html + "</body></html>").encode(), "posting.html"),
        (text.encode("utf-16"), "cv.txt"),
        (text.encode("cp1252", errors="replace"), "cv.md"),
    )


@st.composite
def damaged_files(draw: st.DrawFn) -> tuple[bytes, str | None]:
    data, name = draw(st.sampled_from(seed_files()))
    edits = draw(st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=8)), max_size=4))
    body = bytearray(data)
    for where, new in edits:
        at = int(where * len(body))
        # Overwrite in place (keeps lengths and offsets, so it reaches deep) or cut short.
        if new:
            body[at : at + len(new)] = new
        else:
            del body[at:]
    named = draw(st.sampled_from([name, None, "cv.pdf", "cv.docx", "cv.txt", "notes.doc"]))
    return bytes(body), named


def _outcome(data: bytes, name: str | None) -> Document | str:
    try:
        return read_bytes(data, name=name)
    except IngestError as error:
        message = str(error)
        assert message and "\n" not in message  # one line a user can act on
        return f"{type(error).__name__}: {message}"


@given(file=st.one_of(damaged_files(), st.tuples(st.binary(max_size=400), st.none())))
@settings(FUZZ_PROFILE, max_examples=FUZZ_PROFILE.max_examples // 2)
def test_any_bytes_read_as_a_document_or_a_clear_error_the_same_twice(
    file: tuple[bytes, str | None],
) -> None:
    data, name = file
    first = _outcome(data, name)
    assert _outcome(data, name) == first
    if isinstance(first, Document):
        assert first.source_type in {"pdf", "docx", "html", "text"}
        assert first.text.strip()
