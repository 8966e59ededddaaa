"""The same CV as a PDF, a DOCX and plain text gets the same score and the same rows."""

import datetime as dt
import io
from importlib import resources
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from shortlist.analyses import match_sources
from shortlist.clock import FixedClock
from shortlist.config import Settings
from shortlist.core.models import MatchReport

SAMPLES = resources.files("shortlist").joinpath("samples")
CV_LINES = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8").splitlines()
POSTING = str(SAMPLES.joinpath("posting.txt"))
CLOCK = FixedClock(dt.date(2026, 11, 1))


def _pdf(path: Path) -> None:
    """Two A4 pages, one text line per CV line, as a word processor would print them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in CV_LINES:
        if y < 60:
            pdf.showPage()
            y = 800
        pdf.setFont("Helvetica", 9)
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()
    path.write_bytes(buffer.getvalue())


def _docx(path: Path) -> None:
    document = docx.Document()
    for line in CV_LINES:
        document.add_paragraph(line)
    document.save(str(path))


def _report(cv: Path) -> MatchReport:
    return match_sources(str(cv), POSTING, Settings(), CLOCK).report


def test_the_same_cv_as_pdf_docx_and_text_scores_the_same(tmp_path: Path) -> None:
    text = tmp_path / "cv.txt"
    text.write_text("\n".join(CV_LINES), encoding="utf-8")
    _pdf(tmp_path / "cv.pdf")
    _docx(tmp_path / "cv.docx")

    reports = {kind: _report(tmp_path / f"cv.{kind}") for kind in ("txt", "pdf", "docx")}

    scores = {kind: report.score for kind, report in reports.items()}
    assert len(set(scores.values())) == 1, scores
    statuses = {kind: [row.status for row in r.rows] for kind, r in reports.items()}
    assert statuses["pdf"] == statuses["txt"] == statuses["docx"]
    assert reports["txt"].rows
