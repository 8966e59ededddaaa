"""Figures, dates and titles in an answer that contradict the CV or a round-one answer.

Three kinds of claim, each quoted on both sides:
- a count of the same thing: "a team of nine" here, "team of 6" there; "cut churn by
  30%" against "reduced churn by 20%" (the thing counted is the noun after the number,
  the noun of "team of N", or for a percentage the nearest noun before it);
- a year said next to an employer the CV dates: "joined Acme in 2019" when the CV's
  Acme role starts in 2020;
- a title word said next to an employer that the CV's title there lacks: "head of
  finance at Acme" against "Finance Manager, Acme".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.answers.models import Contradiction
from shortlist.core.answers.tokens import NUMBER_WORDS, Sentence, Token, stem, tokenise
from shortlist.core.models import CV
from shortlist.core.prep.interview import QuestionAnswer

__all__ = ["find_contradictions"]

_VALUES = {
    w: v
    for v, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100}  # fmt: skip
_GROUPS = frozenset("team staff group department class ward crew squad unit".split())
_TIME_UNITS = frozenset(
    "year years month months week weeks day days hour hours minute minutes am pm".split()
)
_SKIP_BEFORE_PERCENT = frozenset(
    """by to from about around of the a an our my their its was were is are at over
    under nearly almost roughly approximately than""".split()
)
_TITLE_WORDS = frozenset(
    """senior junior lead head principal manager director chief staff intern assistant
    associate supervisor coordinator officer vp""".split()
)
_SELF_TITLE = frozenset({"as", "was", "became", "promoted"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class _Claim:
    key: str
    value: float
    quote: str


def _value(tok: Token) -> float | None:
    if tok.text[0].isdigit():
        try:
            return float(tok.text.replace(",", ""))
        except ValueError:
            return None
    return float(_VALUES[tok.low]) if tok.low in _VALUES else None


def _claims(text: str, tokens: Sequence[Token]) -> list[_Claim]:
    out: list[_Claim] = []
    for i, tok in enumerate(tokens):
        if not (tok.text[0].isdigit() or tok.low in NUMBER_WORDS):
            continue
        value = _value(tok)
        if value is None or (tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in "1920"):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.low in _TIME_UNITS:
            continue  # durations and times are too loose to compare
        key, first = None, i
        if nxt is not None and nxt.text in {"%"} | {"percent"}:
            for j in range(i - 1, max(-1, i - 6), -1):
                w = tokens[j]
                if w.is_word and w.low not in _SKIP_BEFORE_PERCENT and not w.low.endswith("ed"):
                    key, first = stem(w.low) + "%", j
                    break
            last = i + 1
        elif i >= 2 and tokens[i - 1].low == "of" and tokens[i - 2].low in _GROUPS:
            key, first, last = tokens[i - 2].low, i - 2, i
        elif nxt is not None and nxt.is_word and len(nxt.low) >= 3 and not nxt.is_number:
            key, last = stem(nxt.low), i + 1
        if key is not None:
            out.append(_Claim(key, value, text[tokens[first].start : tokens[last].end]))
    return out


def _quote_line(text: str, quote: str) -> str:
    """The line of ``text`` that holds ``quote`` (whole CV lines read better)."""
    at = text.find(quote)
    if at < 0:
        return quote
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].strip()


def _number_clashes(mine: Sequence[_Claim], other_text: str, source: str) -> list[Contradiction]:
    theirs = _claims(other_text, tokenise(other_text))
    out: list[Contradiction] = []
    for claim in mine:
        for other in theirs:
            if other.key == claim.key and other.value != claim.value:
                quote = _quote_line(other_text, other.quote) if source == "cv" else other.quote
                out.append(
                    Contradiction(
                        "number",
                        claim.quote,
                        quote,
                        source,  # type: ignore[arg-type]
                        f"'{claim.quote}' here, '{other.quote}' in the "
                        f"{'CV' if source == 'cv' else 'round-one answer'}.",
                    )
                )
                break
    return out


def _role_clashes(
    text: str, tokens: Sequence[Token], sents: Sequence[Sentence], cv: CV
) -> list[Contradiction]:
    out: list[Contradiction] = []
    for sent in sents:
        body = text[sent.start : sent.end]
        folded = body.casefold()
        for role in cv.roles:
            employer = role.employer.strip()
            if len(employer) < 3 or employer.casefold() not in folded:
                continue
            header = role.header.text
            if role.span is not None:
                first_year, last_year = role.span.start // 12, role.span.end // 12
                for m in _YEAR.finditer(body):
                    year = int(m.group())
                    if not first_year <= year <= last_year:
                        out.append(
                            Contradiction(
                                "date",
                                body.strip(),
                                header,
                                "cv",
                                f"{year} at {employer}, but the CV dates that role "
                                f"{first_year}-{last_year}.",
                            )
                        )
                        break
            at = folded.find(employer.casefold())
            before = [t.low for t in sent.words(tokens) if t.end <= sent.start + at][-6:]
            title = role.title.casefold()
            # Only a title the speaker gives themselves: "as", "was", "became" before it.
            said = next((k for k, w in enumerate(before) if w in _SELF_TITLE), None)
            after_said = before[said + 1 :] if said is not None else []
            claimed = [w for w in after_said if w in _TITLE_WORDS and w not in title]
            if claimed:
                out.append(
                    Contradiction(
                        "title",
                        body.strip(),
                        header,
                        "cv",
                        f"'{claimed[0]}' at {employer}, but the CV's title there is "
                        f"'{role.title}'.",
                    )
                )
    return out


def find_contradictions(
    text: str,
    tokens: Sequence[Token],
    sents: Sequence[Sentence],
    cv: CV | None,
    round_one: Sequence[QuestionAnswer],
) -> tuple[Contradiction, ...]:
    mine = _claims(text, tokens)
    out: list[Contradiction] = []
    if cv is not None:
        out += _number_clashes(mine, cv.text, "cv")
        out += _role_clashes(text, tokens, sents, cv)
    for qa in round_one:
        if qa.answer:
            out += _number_clashes(mine, qa.answer, "round_one")
    seen: set[tuple[str, str]] = set()
    unique = []
    for c in out:
        if (c.answer_quote, c.other_quote) not in seen:
            seen.add((c.answer_quote, c.other_quote))
            unique.append(c)
    return tuple(unique)
