"""The stateless analyses: documents and texts in, typed results out, nothing kept.

Half of the application layer (shortlist.workspace is the other half, for everything a
user saves): the CLI's one-off commands call these, the workspace builds on them, and
neither surface reaches past them into ingestion, speech or the taxonomy. Adapters come
from shortlist.bootstrap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from shortlist.config import Settings
from shortlist.core.cv.parse import parse_cv
from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.matching import match_cv, match_indexed
from shortlist.core.models import CV, MatchReport, Posting, SkillMention, month_index
from shortlist.core.ports import Clock, Transcriber
from shortlist.core.posting.parse import parse_posting
from shortlist.core.prep.interview import PERSONAS, ROUNDS, InterviewPlan
from shortlist.core.prep.plan import build_plan
from shortlist.core.text.english import looks_english
from shortlist.data import load_taxonomy
from shortlist.data.banks import load_ask_bank, load_question_bank
from shortlist.ingest import Document, IngestError, read_path, read_url
from shortlist.speech.report import spoken_to_dict

if TYPE_CHECKING:
    from shortlist.core.answers.feedback_json import StoredFeedback
    from shortlist.speech import SpokenAnswer
    from shortlist.speech.feedback import SpokenFeedback

__all__ = [
    "ROUND_PERSONAS",
    "MatchResult",
    "NotEnglish",
    "analyse_cv",
    "analyse_posting",
    "feedback_on",
    "find_skills",
    "index_cv",
    "index_of",
    "match_sources",
    "match_texts",
    "plan_sources",
    "rank_postings",
    "read_source",
    "require_english",
    "sample_sources",
    "spoken_to_dict",
    "transcribe_audio",
]


class NotEnglish(IngestError):
    """The text is not English; our parsers would read nothing true from it."""


@dataclass(frozen=True)
class MatchResult:
    report: MatchReport
    cv: CV
    posting: Posting
    cv_document: Document
    posting_document: Document


def read_source(source: str, settings: Settings) -> Document:
    """A path, '-' for stdin, or an http(s) URL, as text."""
    if source.startswith(("http://", "https://")):
        return read_url(source, settings.limits())
    return read_path(source, settings.limits())


def sample_sources() -> tuple[str, str]:
    """Paths of the bundled sample CV and posting (invented people and companies)."""
    samples = resources.files("shortlist").joinpath("samples")
    return str(samples.joinpath("cv.txt")), str(samples.joinpath("posting.txt"))


def require_english(document: Document, what: str) -> None:
    """Raise NotEnglish, naming the document (or ``what``), unless its text reads as English."""
    if not looks_english(document.text):
        name = document.name or what
        raise NotEnglish(
            f"{name} does not look like English; Shortlist reads English CVs and "
            f"postings only for now"
        )


def analyse_cv(text: str, today: dt.date) -> CV:
    return parse_cv(text, load_taxonomy(), today=month_index(today.year, today.month))


def analyse_posting(text: str) -> Posting:
    return parse_posting(text, load_taxonomy())


def index_cv(cv_text: str, today: dt.date) -> CvIndex:
    """The CV parsed and indexed once, to match against any number of postings."""
    return index_of(analyse_cv(cv_text, today))


def index_of(cv: CV) -> CvIndex:
    """A parsed CV indexed once, to match against any number of postings."""
    return CvIndex.build(cv, load_taxonomy())


def match_texts(cv_text: str, posting_text: str, today: dt.date) -> MatchReport:
    """Score a CV text against a posting text as of ``today``."""
    return match_cv(analyse_cv(cv_text, today), analyse_posting(posting_text), load_taxonomy())


def match_sources(
    cv_source: str, posting_source: str, settings: Settings, clock: Clock
) -> MatchResult:
    """Read both sources (files, stdin or URL), check they are English, and match."""
    if cv_source == "-" and posting_source == "-":
        raise IngestError("only one of the CV and the posting can come from stdin ('-')")
    cv_doc = read_source(cv_source, settings)
    require_english(cv_doc, "the CV")
    posting_doc = read_source(posting_source, settings)
    require_english(posting_doc, "the posting")
    cv = analyse_cv(cv_doc.text, clock.today())
    posting = analyse_posting(posting_doc.text)
    report = match_cv(cv, posting, load_taxonomy())
    return MatchResult(report, cv, posting, cv_doc, posting_doc)


def rank_postings(
    cv_text: str, postings: list[str], today: dt.date
) -> list[tuple[int, MatchReport]]:
    """Match one CV against many postings, best first; the CV is parsed once.

    Returns (index into ``postings``, report) pairs; ties keep the input order.
    """
    taxonomy = load_taxonomy()
    index = index_cv(cv_text, today)
    reports = [
        (i, match_indexed(index, parse_posting(text, taxonomy))) for i, text in enumerate(postings)
    ]
    reports.sort(key=lambda pair: -pair[1].score)
    return reports


def plan_sources(
    cv_source: str,
    posting_source: str,
    settings: Settings,
    clock: Clock,
    *,
    round: str = "second",
    personas: list[str] | None = None,
    seed: int = 0,
) -> tuple[MatchResult, InterviewPlan]:
    """The interview plan for a CV and a posting read from files, stdin or a URL (no
    journal or stories: those live with a saved job). ValueError for an unknown round
    or persona."""
    if round not in ROUNDS:
        raise ValueError(f"unknown round {round!r}; use one of {', '.join(ROUNDS)}")
    chosen = personas or ROUND_PERSONAS[round]
    unknown = [p for p in chosen if p not in PERSONAS]
    if unknown:
        raise ValueError(f"unknown interviewer {unknown[0]!r}; use any of {', '.join(PERSONAS)}")
    result = match_sources(cv_source, posting_source, settings, clock)
    plan = build_plan(
        posting=result.posting,
        cv=result.cv,
        report=result.report,
        round=next(r for r in ROUNDS if r == round),
        personas=[next(p for p in PERSONAS if p == name) for name in dict.fromkeys(chosen)],
        bank=load_question_bank(),
        ask_bank=load_ask_bank(),
        seed=seed,
    )
    return result, plan


#: Who usually sits in each round (the web app's plan starts from the same).
ROUND_PERSONAS: dict[str, list[str]] = {
    "first": ["recruiter", "hiring_manager"],
    "second": ["hiring_manager", "skip_level", "peer"],
    "final": ["skip_level", "panel"],
}


#: Characters one answer may hold: about 3,000 words, far past a ten-minute answer (the
#: CLI's feedback and every practice answer).
MAX_ANSWER_CHARS = 20_000


# Past 60 lines only by its signature (one parameter per option of `shortlist
# feedback`); the body is 55.
def feedback_on(
    question: str,
    answer_source: str | None,
    settings: Settings,
    clock: Clock,
    *,
    audio_source: str | None = None,
    cv_source: str | None = None,
    posting_source: str | None = None,
    category: str | None = None,
    transcriber: Transcriber | None = None,
    progress: Callable[[float], None] | None = None,
) -> StoredFeedback:
    """Feedback on one answer, typed (a text file or stdin) or spoken (an audio file,
    transcribed here by ``transcriber``; the feedback then has ``transcript``, ``words``
    and ``delivery``), checked against a CV and a posting when given. IngestError for an
    answer that cannot be read or used."""
    from shortlist.core.answers.analyse import analyse_answer
    from shortlist.core.answers.feedback_json import stored_feedback
    from shortlist.core.answers.models import AnswerInput

    if (answer_source is None) == (audio_source is None):
        raise IngestError("give the answer as --answer-file or as --audio-file (one of them)")
    if not question.strip():
        raise IngestError("give the question the answer is for (--question)")
    if len(question) > 2_000:
        raise IngestError("the question is longer than 2,000 characters")
    spoken = None
    if audio_source is not None:
        if transcriber is None:
            raise IngestError("a spoken answer needs a speech engine to transcribe it")
        spoken = _spoken_answer(audio_source, settings, transcriber, progress)
        text = spoken.heard.transcript.strip()
        if not text:
            raise IngestError(f"no words were heard in {audio_source}")
    else:
        assert answer_source is not None
        answer = read_source(answer_source, settings)
        text = answer.text.strip()
        if len(text) > MAX_ANSWER_CHARS:
            raise IngestError(
                f"the answer is {len(text):,} characters, more than the {MAX_ANSWER_CHARS:,} "
                "one answer may hold (a spoken answer runs to about 3,000)"
            )
        require_english(answer, "the answer")
    cv = posting = None
    if cv_source is not None:
        cv_doc = read_source(cv_source, settings)
        require_english(cv_doc, "the CV")
        cv = analyse_cv(cv_doc.text, clock.today())
    if posting_source is not None:
        posting_doc = read_source(posting_source, settings)
        require_english(posting_doc, "the posting")
        posting = analyse_posting(posting_doc.text)
    item = AnswerInput(
        question=question.strip(),
        answer=text,
        category=category,
        posting=posting,
        cv=cv,
        timed_words=spoken.words if spoken is not None else None,
    )
    feedback = stored_feedback(analyse_answer(item))
    if spoken is None:
        return feedback
    from shortlist.speech.feedback import add_spoken

    return add_spoken(feedback, spoken)


def find_skills(text: str, *, asked: bool = False) -> list[SkillMention]:
    """Skills and knowledge named in ``text``, with character offsets. With ``asked``,
    only what the text asks for, as the phrase tagger reads it (Taxonomy.asked)."""
    taxonomy = load_taxonomy()
    return taxonomy.asked(text) if asked else taxonomy.find(text)


def transcribe_audio(
    source: str,
    settings: Settings,
    transcriber: Transcriber,
    progress: Callable[[float], None] | None = None,
) -> SpokenAnswer:
    """An audio file's transcript with word timings, and its delivery, as ``transcriber``
    hears it (bootstrap.make_transcriber builds one). AudioError or
    TranscriberUnavailable, with one line each."""
    from shortlist.speech import audio_limits, transcribe_file

    return transcribe_file(source, transcriber, progress, limits=audio_limits(settings))


def _spoken_answer(
    source: str,
    settings: Settings,
    transcriber: Transcriber,
    progress: Callable[[float], None] | None,
) -> SpokenFeedback:
    """The transcript, words and delivery of an audio file, as a SpokenFeedback."""
    from shortlist.speech import AudioError, TranscriberUnavailable
    from shortlist.speech.feedback import spoken_feedback
    from shortlist.speech.report import delivery_to_dict

    try:
        heard = transcribe_audio(source, settings, transcriber, progress)
    except (AudioError, TranscriberUnavailable) as error:
        raise IngestError(str(error)) from error
    words = heard.transcript.words
    return spoken_feedback(words, delivery_to_dict(heard.delivery), heard.transcript.text)
