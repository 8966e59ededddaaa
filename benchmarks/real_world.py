"""Honest match on text nobody here wrote (issue #12, item 6).

Reads the real postings and CVs in the shared data folder beside the repository (never
copied into the project) and reports, per source:

- postings: how many give no requirement rows at all, rows per posting, and rows that
  are boilerplate by a phrase list kept here (``BOILERPLATE``): application logistics,
  benefits, equal-opportunity and legal text, the employer speaking about itself;
- evidence: every quoted CV line must occur verbatim in the CV (must stay 0);
- metamorphic checks on real CV/posting pairs (each CV with the posting it matches best
  among a fixed sample): a negated or aspirational line about a skill the posting asks
  for never raises the score; a hobbies paragraph moves it by 2 points at most; removing
  the only line that proves a must-have leaves that row without that proof.

There are no gold labels here; what the phrase list calls boilerplate is a floor, not a
verdict. Run: python -m benchmarks.real_world (or make bench).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shortlist.core.models import MatchReport, RequirementKind, RequirementResult, Status

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real"
TODAY = dt.date(2026, 11, 1)
POSTING_SOURCES = ("nhs", "linkedin")
CV_SOURCES = ("livecareer", "dotin")
#: CVs per source in the metamorphic checks, and postings each is ranked against.
CVS_PER_SOURCE = 40
POSTING_SAMPLE = 60

#: A requirement row whose text says one of these is boilerplate, not something to prove.
BOILERPLATE = re.compile(
    r"equal opportunit|\bequal employment\b|without regard to|regardless of (?:race|age|sex)"
    r"|disability confident|reasonable adjustment|guaranteed interview|e-verify"
    r"|closing date|interviews? (?:will|are expected to|is expected to) (?:be held|take place)"
    r"|shortlisting|\bclick\b|apply (?:now|online|today|via|through|early)"
    r"|send (?:your|a) (?:cv|resume)|please (?:note|apply|contact|send|submit|check|ensure)"
    r"|for (?:further|more) (?:information|details)|informal (?:enquiries|discussion|visit)"
    r"|get in touch with|\bpension\b|annual leave|\bholidays?\b|\bdental\b"
    r"|\bvision (?:insurance|coverage|plan)|health (?:insurance|cash plan)|life (?:insurance"
    r"|assurance)|\b40[13]\s?\(?[kb]\)?|paid time off|\bpto\b|employee assistance"
    r"|cycle to work|car lease|discount|wellbeing (?:days?|committee|programme|program|hub"
    r"|champions)|perks?\b|maternity|paternity|death in service|sick pay"
    r"|salary|per annum|\bpay\b|compensation|benefits? (?:package|include)"
    r"|flexible working (?:options|arrangements|opportunities|patterns|scheme)"
    r"|hybrid working|work from home"
    r"|\bwe are (?:a|an|the|proud|committed|passionate|one)\b|\bwe're (?:a|an|the|proud)\b"
    r"|\bour (?:mission|values|vision|company|trust|organi[sz]ation)\b"
    r"|founded in|award[- ]winning|one of the (?:largest|leading|best)",
    re.IGNORECASE,
)
#: A posting with no rows that sends the reader elsewhere for what it asks ("read the
#: person specification"): it has no requirements to find in its own text.
ASKS_ELSEWHERE = re.compile(
    r"person specification|job description and person spec|applicants'? guide"
    r"|(?:see|read) the (?:attached|full) (?:job description|jd)",
    re.IGNORECASE,
)
#: Postings the rules were changed against; the rest are held out and reported apart.
DEV_SHARE = 0.5
NEGATIONS = (
    "I have never used {skill}.",
    "No exposure to {skill} yet.",
    "Currently learning {skill} in my own time.",
    "Basic awareness of {skill} (course only).",
    "Not yet worked with {skill}.",
)
HOBBIES = (
    "\n\nHobbies and interests\n"
    "Hiking with my family, chess at a local club, baking bread, and volunteering at a food "
    "bank on Saturdays.\n"
)


@dataclass(frozen=True, slots=True)
class Doc:
    source: str
    name: str
    text: str


def _docs(kind: str, source: str) -> list[Doc]:
    folder = REAL / kind / source
    return [
        Doc(source, path.name, path.read_text(encoding="utf-8", errors="replace"))
        for path in sorted(folder.glob("*.txt"))
    ]


def _not_verbatim(report: MatchReport, cv_text: str) -> int:
    return sum(1 for row in report.rows if row.evidence and row.evidence not in cv_text)


def postings_report() -> dict[str, Any]:
    """Per posting source: postings with no rows, rows per posting, boilerplate rows."""
    from shortlist.analyses import analyse_posting

    out: dict[str, Any] = {}
    for source in POSTING_SOURCES:
        every = _docs("postings", source)
        cut = int(len(every) * DEV_SHARE)
        for part, docs in (("dev", every[:cut]), ("heldout", every[cut:])):
            out[f"{source}_{part}"] = _postings_part(docs, analyse_posting)
    return out


def _postings_part(docs: list[Doc], analyse_posting: Any) -> dict[str, Any]:
    counts, boiler, kinds = [], 0, Counter[str]()
    examples: list[str] = []
    elsewhere = 0
    for doc in docs:
        rows = analyse_posting(doc.text).requirements
        counts.append(len(rows))
        elsewhere += not rows and bool(ASKS_ELSEWHERE.search(doc.text))
        for req in rows:
            kinds[f"{req.kind.value}/{'must' if req.must_have else 'nice'}"] += 1
            if BOILERPLATE.search(req.text):
                boiler += 1
                if len(examples) < 12:
                    examples.append(f"{doc.name}: {req.text[:110]}")
    return {
        "postings": len(docs),
        "with_no_rows": sum(1 for c in counts if c == 0),
        # Of those, postings whose own text points to a separate person specification.
        "with_no_rows_asking_elsewhere": elsewhere,
        "rows_per_posting_median": statistics.median(counts) if counts else 0,
        "rows_per_posting_mean": round(statistics.fmean(counts), 1) if counts else 0,
        "boilerplate_rows": boiler,
        "boilerplate_rows_per_20_postings": round(20 * boiler / max(1, len(docs)), 2),
        "kinds": dict(kinds.most_common()),
        "boilerplate_examples": examples,
    }


def _pairs() -> list[tuple[Doc, Doc, MatchReport]]:
    """Each sampled CV with the sampled posting it matches best, and that report."""
    from shortlist.analyses import rank_postings

    postings = [
        doc
        for source in POSTING_SOURCES
        for doc in _docs("postings", source)[: POSTING_SAMPLE // len(POSTING_SOURCES)]
    ]
    texts = [p.text for p in postings]
    pairs = []
    for source in CV_SOURCES:
        for cv in _docs("cvs", source)[:CVS_PER_SOURCE]:
            index, report = rank_postings(cv.text, texts, TODAY)[0]
            pairs.append((cv, postings[index], report))
    return pairs


def _row(report: MatchReport, text: str) -> RequirementResult | None:
    return next((r for r in report.rows if r.requirement.text == text), None)


def _negation_cases(report: MatchReport) -> list[tuple[str, str]]:
    """(requirement text, skill) for rows the CV does not meet that name a skill."""
    return [
        (row.requirement.text, row.requirement.skills[0])
        for row in report.rows
        if row.requirement.skills and row.status is not Status.MET
    ][:3]


def _negation(n: int, cv: Doc, posting: Doc, report: MatchReport) -> list[str]:
    """A negated line about each of (up to) three unmet skills; what it raised."""
    from shortlist.analyses import match_texts

    raised = []
    for i, (text, skill) in enumerate(_negation_cases(report)):
        line = NEGATIONS[(n + i) % len(NEGATIONS)].format(skill=skill)
        after = match_texts(f"{cv.text.rstrip()}\n{line}\n", posting.text, TODAY)
        before_row, after_row = _row(report, text), _row(after, text)
        row_up = before_row is not None and after_row is not None
        if after.score > report.score or (row_up and after_row.credit > before_row.credit):
            raised.append(f"{cv.name} x {posting.name}: +{line!r} {report.score}->{after.score}")
    return raised


def _removal(cv: Doc, posting: Doc, report: MatchReport) -> tuple[int, str | None]:
    """The first met must-have's proof removed: (checked, what still stood without it)."""
    from shortlist.analyses import match_texts

    for row in report.rows:
        if not (row.requirement.must_have and row.status is Status.MET and row.evidence):
            continue
        # English is also shown by a CV written in it (partial, no line quoted): by design.
        if row.requirement.kind is RequirementKind.LANGUAGE:
            continue
        proof = row.evidence
        kept = "\n".join(line for line in cv.text.splitlines() if proof not in line)
        if kept == cv.text:
            continue
        after_row = _row(match_texts(kept, posting.text, TODAY), row.requirement.text)
        stands = after_row is not None and after_row.status is not Status.MISSING
        if stands and (after_row.evidence is None or after_row.evidence not in kept):
            return 1, (
                f"{cv.name} x {posting.name}: {row.requirement.text[:60]!r} still "
                f"{after_row.status.value} after removing {proof[:50]!r}"
            )
        return 1, None
    return 0, None


def metamorphic_report() -> dict[str, Any]:
    from shortlist.analyses import match_texts

    not_verbatim = 0
    examples: dict[str, list[str]] = {"negation": [], "hobbies": [], "removal": []}
    by_source: dict[str, Counter[str]] = {s: Counter() for s in CV_SOURCES}
    for n, (cv, posting, report) in enumerate(_pairs()):
        counts = by_source[cv.source]
        counts["pairs"] += 1
        not_verbatim += _not_verbatim(report, cv.text)
        raised = _negation(n, cv, posting, report)
        counts["negation_checks"] += len(_negation_cases(report))
        counts["negation_raised"] += len(raised)
        examples["negation"] += raised
        hobbies = match_texts(cv.text + HOBBIES, posting.text, TODAY)
        counts["hobbies_checks"] += 1
        if abs(hobbies.score - report.score) > 2:
            counts["hobbies_moved"] += 1
            examples["hobbies"].append(
                f"{cv.name} x {posting.name}: {report.score}->{hobbies.score}"
            )
        checked, stood = _removal(cv, posting, report)
        counts["removal_checks"] += checked
        if stood:
            counts["removal_kept_without_proof"] += 1
            examples["removal"].append(stood)
    return {
        "by_cv_source": {s: dict(c) for s, c in by_source.items()},
        "evidence_not_verbatim": not_verbatim,
        "examples": {kind: found[:8] for kind, found in examples.items()},
    }


def run() -> dict[str, Any]:
    if not REAL.exists():
        return {"skipped": f"{REAL} not found"}
    return {"postings": postings_report(), "metamorphic": metamorphic_report()}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
