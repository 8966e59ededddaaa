"""Words a CV says it does NOT have, or only hopes to: "never used Salesforce", "no
exposure to Kubernetes yet", "currently learning Tableau", "working towards my forklift
licence", "Power BI (course only)". Such words are never evidence (issue #12).

:func:`negated_spans` finds them as character spans of a text. A cue that comes first
("never", "no experience with", "hoping to gain") reaches from the cue to the end of its
clause; a cue that comes last ("(course only)", "- basic awareness") reaches back to the
clause's start or the list comma before it. A clause ends at a line break, a sentence
end, a semicolon, or a turn such as ", but", ", though", "whereas": so "I have never used
SAP; all my ledger work is in Sage" keeps Sage, and "Python, SQL, no exposure to Java"
keeps Python and SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shortlist.core.text.prefilter import Prefilter, fold

__all__ = ["blank_negated", "blank_spans", "negated_spans"]

_CLAUSE_END = re.compile(
    # A wide gap is a column break in text taken from a PDF.
    r"\n|[.!?](?=\s|$)|;| {3,}|\t|,?\s+(?:but|though|although|whereas|however)\s+"
    r"|,\s+while\s+|\s+[-–—]\s+(?=[A-Z])"
)
# A denial that is a boast: "never missed a deadline", "did not exceed the budget".
_BOAST = (
    r"(?!\s+(?:just|only|merely|simply)\b"
    r"|\s+(?:once\s+)?(?:miss|exceed|fail|los[et]|late|compromis|breach|overr?un|drop)\w*)"
)
# The person's own "have not" / "don't"; not "the system was not scalable, so I moved
# it to Kubernetes" or "the report does not have a bar code", which deny nothing about
# the person.
_HAVE_NOT = rf"(?:have|had|do|did|am)(?:\s+not|n['’]t){_BOAST}"
_NOT_DONE = (
    r"not\s+(?:yet\b|(?:currently\s+|previously\s+|personally\s+)?(?:used|using|worked"
    r"|working|had|held|hold|holding|done|been|got|signed|certified|qualified|trained"
    r"|familiar|experienced|exposed|issued|completed|obtained|achieved|passed|registered"
    r"|licensed)\b"
    # "Not a member of the APCP", "not an ACCA member", "not a registered nurse".
    r"|(?:yet\s+)?an?\s+(?:(?!(?:for|to|of|with|in|on|by|from|issue|problem)\b)[\w-]+\s+){0,2}?"
    r"(?:member|holder|registrant|fellow|registered"
    r"|chartered|licensed|qualified|certified)\b)"
)
_FIELD = (
    r"(?:hands[- ]on\s+|direct\s+|prior\s+|practical\s+|real\s+|formal\s+|commercial\s+"
    r"|professional\s+|working\s+|previous\s+)*"
    r"(?:experience|exposure|knowledge|background|awareness|understanding|familiarity"
    r"|training|use)"
)
# "Basic knowledge of Linux" still claims some; "basic awareness" claims none.
_NONE_OF = (
    rf"(?:no|zero|little|limited|minimal)\s+{_FIELD}|(?:basic|minimal)\s+(?:awareness|exposure)"
)
_CREDENTIAL = (
    r"(?=[^.;\n]{0,60}(?:\b(?:certif|qualif|licen[cs]|degree|diploma|level\s+\d|member"
    r"|charter|accredit|registration|exam|ticket|card)|(?-i:\b[A-Z]{3,}\b)))"
)
#: Cues that come before what they deny.
_BEFORE = re.compile(
    rf"\bnever\b{_BOAST}|\b{_HAVE_NOT}\b|\b{_NOT_DONE}"
    rf"|\b{_NONE_OF}\b|\b(?:lack|lacks|lacking|without)\s+(?:any\s+)?{_FIELD}\b"
    r"|\bunfamiliar\s+with\b"
    r"|\byet\s+to\s+(?:use|work|gain|learn|complete|obtain|qualify|pass|sit|be\s+(?:certified"
    r"|trained|registered|signed))\b"
    r"|\b(?:currently|now|am|i['’]m|presently)\s+(?:learning|studying\s+towards)\b"
    # Wanting to learn or gain a thing says it is not held yet; wanting to *use* one's
    # experience ("keen to use my cardiac experience") says it is.
    r"|\b(?:keen|eager|hoping|hope|hopes|planning|plan|plans|wish|wishing|aiming|aim|want"
    r"|would\s+like|would\s+love|['’]d\s+like|['’]d\s+love)"
    r"\s+to\s+(?:learn|gain|try|pick\s+up|get\s+into|start\s+learning|do|attend|complete"
    r"|take|undertake|start|study|train|enrol|sit|qualify|become|lead|manage|supervise"
    r"|run\s+(?:a|my|the)|move\s+into|step\s+up|progress)\b"
    r"|\binterested\s+in\s+learning\b"
    rf"|\bworking\s+towards?\b{_CREDENTIAL}|\bself[- ]teaching\b",
    re.IGNORECASE,
)
#: Words before a cue that make it about something else: "problems that do not require".
_NOT_THE_PERSON = re.compile(r"\b(?:that|which|who|it|this|they|system|report)\s*$", re.IGNORECASE)
#: Cues that come after what they qualify: "Kubernetes (course only)".
_AFTER = re.compile(
    r"\(?\b(?:course|courses|coursework|theory|tutorials?|training|classroom|online)"
    r"\s+only\b\)?|\(\s*(?:basic\s+awareness|(?:limited|minimal)\s+(?:awareness|exposure"
    r"|knowledge))\s*\)"
    r"|[-–—:]\s*(?:basic\s+awareness|(?:limited|minimal)\s+(?:awareness|exposure|knowledge))\b"
    r"|\(\s*(?:learning|not\s+yet\s+used|in\s+training)\s*\)",
    re.IGNORECASE,
)
_LIST_COMMA = re.compile(r",\s*")


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in _CLAUSE_END.finditer(text):
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


#: Words every cue holds one of: most lines hold none, and skip the slow patterns.
_CUE_WORDS = Prefilter({"cue": (
    "never", "not", "n't", "n’t", "no ", "little", "limited", "minimal", "zero", "basic",
    "lack", "without", "unfamiliar", "yet", "learning", "studying", "keen", "eager", "hop",
    "plan", "wish", "aim", "want", "would like", "would love", "'d like", "'d love",
    "’d like", "’d love", "interested", "toward", "self-teach", "self teach", "only",
    "awareness", "exposure", "knowledge", "in training",
)})  # fmt: skip


def negated_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of ``text`` that deny or only hope for what they
    name; empty for most lines. Read line by line: a clause never crosses a line."""
    spans: list[tuple[int, int]] = []
    offset = 0
    label: tuple[int, int] | None = None
    # A wrapped line continues the one before it ("- I have never used\n  Salesforce"):
    # read it as one, the break as a space (same length).
    # (No-break spaces, so the join is not read as a column gap.)
    joined = _WRAPPED.sub(lambda m: "\u00a0" * len(m.group(0)), text)
    for line in joined.split("\n"):
        if _CUE_WORDS(fold(line)) and (_BEFORE.search(line) or _AFTER.search(line)):
            spans.extend((offset + a, offset + b) for a, b in _line_spans(line))
            # "Independent prescribing" over "Not yet eligible: ...": the denial is the
            # label's answer.
            if label is not None and _ANSWERS_NO.match(line):
                spans.append(label)
        elif label is not None and _ANSWERS_NO.match(line):
            spans.append(label)
        stripped = line.strip()
        # A label, not an entry: no date or number ("PASMA Towers for Users (2025)" is a
        # credential held, whatever the next line denies).
        short = (
            0 < len(stripped.split()) <= _LABEL_WORDS
            and stripped[-1] not in ".;:,"
            and not any(ch.isdigit() for ch in stripped)
        )
        label = (offset, offset + len(line)) if short else None
        offset += len(line) + 1
    return sorted(spans)


_WRAPPED = re.compile(r"(?<![.!?:;])\n[ \t]+(?=[^\s\-*•·])")
#: A line that answers the label above it with a no.
_ANSWERS_NO = re.compile(
    r"\s*(?:not yet|none yet|not held|not eligible|no|none)(?: eligible| held)?\s*(?:[:.,;-].*)?$",
    re.IGNORECASE,
)
#: Words at most in a label line ("Independent prescribing", "Driving licence").
_LABEL_WORDS = 5


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end in _clauses(text):
        clause = text[start:end]
        before = next(
            (
                m
                for m in _BEFORE.finditer(clause)
                if not _NOT_THE_PERSON.search(clause, 0, m.start())
            ),
            None,
        )
        if before is not None:
            spans.append((start + before.start(), end))
        for after in _AFTER.finditer(clause):
            commas = [m.end() for m in _LIST_COMMA.finditer(clause, 0, after.start())]
            spans.append((start + (commas[-1] if commas else 0), start + after.end()))
    return sorted(spans)


def blank_negated(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its negated spans (found here unless given) turned to spaces: same
    length, same offsets."""
    return blank_spans(text, negated_spans(text) if spans is None else spans)


def blank_spans(text: str, spans: Iterable[tuple[int, int]], offset: int = 0) -> str:
    """``text`` with the parts of ``spans`` (offsets counted from ``offset``) that fall in
    it turned to spaces, line breaks kept: same length, same offsets, same lines."""
    chars: list[str] | None = None
    for start, end in spans:
        a, b = max(start - offset, 0), min(end - offset, len(text))
        if a >= b:
            continue
        chars = chars if chars is not None else list(text)
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return text if chars is None else "".join(chars)
