"""The salary a posting states, as written ('£55,000 - £65,000 per annum', '$120k-$140k').

A labelled salary ("Salary: ...") is taken whole when it holds a figure and is None when it
does not ("competitive", "DOE"): a word like that tells the reader nothing to prepare for.
Without a label, a figure counts when its line talks about pay, or when it is a range, has
a period ("per hour") or sits in the lines before the first heading - and never in a line
about budgets, revenue or funding, or when it is "$2 million".
"""

from __future__ import annotations

import re

__all__ = ["salary_in"]

_NUMBER = r"\d(?:\d|[,.](?=\d))*+"
_CODE = r"(?:GBP|USD|EUR|CAD|AUD|CHF)"
_AMOUNT = rf"(?:(?:[£$€]|{_CODE}\s?)\s?{_NUMBER}(?:\s?[kK]\b)?|{_NUMBER}(?:\s?[kK])?\s?{_CODE}\b)"
_SALARY = re.compile(
    rf"{_AMOUNT}(?P<range>\s*(?:-|–|—|to)\s*(?:{_AMOUNT}|{_NUMBER}(?:\s?[kK]\b)?))?"
    r"(?P<period>\s*(?:per|a|an|/)\s*(?:annum|year|yr|hour|hr|month|day|week)\b"
    r"|\s*p\.?\s?a\b\.?|\s*pa\b|\s*p/h\b)?"
)
_BIG = re.compile(r"\s*(?:billion|million|bn|mm?|M)\b")
# These two run on the lower-cased line.
_PAY_WORDS = re.compile(
    r"salary|\bpay\b|\bpaid\b|compensation|per annum|\bp\.?a\b|per hour|hourly|\bbase\b"
    r"|\bote\b|\brange\b|package|\bwage|\bearn"
)
_NOT_PAY = re.compile(
    r"budget|revenue|turnover|funding|raised|valuation|\bspend|worth|portfolio|allowance"
    r"|stipend|voucher|credit"
)
_CLAUSE_BREAK = re.compile(r"[.;,]\s| and ")
#: Figures looked at before giving up; a posting states its pay well before the 50th.
_MAX_FIGURES = 50


def salary_in(text: str, label: str | None, header_end: int) -> str | None:
    """The salary as written: the labelled value, else the likeliest figure in ``text``."""
    if label is not None:
        return label if any(ch.isdigit() for ch in label) else None
    fallback = None
    for count, found in enumerate(_SALARY.finditer(text)):
        if count >= _MAX_FIGURES:
            break
        if _BIG.match(text, found.end()):
            continue
        # The words around the figure on its line (bounded: a 100 kB line must stay cheap).
        start, end = max(0, found.start() - 200), found.end() + 200
        line_start = text.rfind("\n", start, found.start()) + 1 or start
        line_end = text.find("\n", found.end(), end)
        line = text[line_start : line_end if line_end != -1 else end].lower()
        # "a £1,500 learning budget", "raised $20M": only words beside the figure, in its
        # own clause, rule it out.
        before = text[max(line_start, found.start() - 25) : found.start()]
        before = _CLAUSE_BREAK.split(before)[-1]
        after = _CLAUSE_BREAK.split(text[found.end() : found.end() + 30])[0]
        if _NOT_PAY.search(f"{before} {after}".lower()):
            continue
        amount = found.group().strip()
        if _PAY_WORDS.search(line):
            return amount
        if fallback is None and (
            found.group("range") or found.group("period") or found.start() < header_end
        ):
            fallback = amount
    return fallback
