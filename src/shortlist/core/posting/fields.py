"""Title, company, location, remote policy and salary of a job posting.

Each field comes from the most explicit place that states it: a label ("Location: ..."),
then the lines before the first heading ("Acme Ltd | Manchester | Hybrid"), then a
sentence ("Acme is hiring a ...", "At Acme, we ...", "About Acme"). Values are kept as
written; see posting_place for ``remote`` and posting_salary for ``salary``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.core.models import Line, Section
from shortlist.core.posting.place import (
    place_like,
    remote_in_prose,
    remote_phrase,
    split_remote,
)
from shortlist.core.posting.salary import salary_in
from shortlist.core.text.lines import is_bullet

__all__ = ["Fields", "is_field_label", "is_meta_label", "read_fields"]


@dataclass(frozen=True, slots=True)
class Fields:
    """The posting's header facts and the lines that held them."""

    title: str | None
    company: str | None
    location: str | None
    remote: str | None
    salary: str | None
    #: Start offsets of lines used for these facts: they are not requirements.
    used: frozenset[int]


_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("job title", "title", "position", "position title", "role", "role title",
              "vacancy", "job", "post", "opening", "job role", "job position", "we're hiring",
              "we are hiring", "now hiring", "hiring"),
    "company": ("company", "the company", "employer", "organisation", "organization",
                "company name", "hiring company", "hiring organisation",
                "hiring organization", "brand"),
    "location": ("location", "job location", "office location", "based in", "work location",
                 "place of work", "city", "locations", "office", "base"),
    "remote": ("remote", "work model", "working model", "work arrangement",
               "working arrangement", "workplace", "workplace type", "work style",
               "location type", "remote work", "remote working", "work type", "work setting"),
    "salary": ("salary", "pay", "compensation", "salary range", "pay range", "base salary",
               "rate", "hourly rate", "day rate", "remuneration", "package", "ote", "wage",
               "pay rate", "salary band", "base pay", "rate of pay"),
    "meta": ("job type", "contract", "contract type", "employment type", "type", "hours",
             "working hours", "schedule", "shift", "shifts", "start date", "closing date",
             "deadline", "application deadline", "reference", "ref", "job ref", "reports to",
             "reporting to", "department", "team", "industry", "industries", "seniority",
             "seniority level", "level", "duration", "experience level", "job function",
             "sector", "posted", "date posted", "category", "grade", "band",
             "working pattern", "contract length", "vacancies", "division", "function",
             "company size", "company type", "employees", "job id", "requisition id"),
}  # fmt: skip
_FIELD_OF_LABEL = {label: field for field, labels in _LABELS.items() for label in labels}
_FACTS = frozenset({"title", "company", "location", "remote", "salary"})
#: Most words a labelled value may have (12 for the rest); longer is prose.
_FIT = {"title": 12, "company": 8, "location": 12, "remote": 12, "salary": 30}
_LABEL = re.compile(
    r"^[*_]{0,2}(?P<label>[A-Za-z][A-Za-z /&'’-]{0,30}?)[*_]{0,2}\s*[:：]\s*[*_]{0,2}"
    r"(?P<value>\S.*?)[*_]{0,2}$"
)
_YES_NO = {"yes": "Remote", "y": "Remote", "true": "Remote", "no": "On-site", "false": "On-site"}
_GENDER_TAG = re.compile(r"\s*\((?:[mfwdxh]|all|div)(?:\s*/\s*(?:[mfwdxh]|div))+\)", re.IGNORECASE)
_AT_COMPANY = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[A-Z0-9].*)$")
_TITLE_TAIL = re.compile(r"\s+(?:[-–—|·@]|at)\s+")
_PARTS = re.compile(r"\s+[-–—|·•]\s+")
_GENERIC_FIRST = frozenset((
    "job description", "job advert", "job advertisement", "vacancy", "about the job",
    "job posting", "job opening", "we're hiring", "we are hiring", "now hiring",
))  # fmt: skip
_HIRING = re.compile(
    r"\b(?:is|are|we're|we are)\s+(?:currently\s+)?(?:hiring|looking for|seeking|recruiting)"
    r"(?:\s+for)?\s+(?:an?\s+|the\s+|our\s+)?(?:(?:new|talented|experienced|motivated"
    r"|passionate|dedicated|enthusiastic|skilled|driven|warm|friendly|and)[ ,]+)*"
    r"(?P<title>(?:[A-Z][\w/&+-]*(?:[ \t]+|$)){1,6})"
)
_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5}"
_COMPANY_HIRING = re.compile(
    rf"(?<![\w&'’.-])(?P<company>{_NAME})[ \t]+(?:is|are)[ \t]+(?:currently[ \t]+)?"
    r"(?:hiring|looking for|seeking|recruiting)\b"
)
_AT_WE = re.compile(rf"(?:^|[.!?]\s+)At\s+(?P<company>{_NAME}),\s+we\b", re.MULTILINE)
_JOIN = re.compile(rf"\bJoin\s+(?P<company>{_NAME})(?=\s+(?:as|and|in|on|to)\b|[,.!])")
_IS_A = re.compile(rf"^(?P<company>{_NAME})\s+(?:is|are)\s+(?:a|an|the|one of)\b")
_NOT_NAMES = frozenset((
    "we", "our", "the", "this", "you", "your", "it", "they", "us", "join", "company",
    "about", "here", "there", "today", "who", "what", "team",
))  # fmt: skip
_ORG_SUFFIX = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|LLP|PLC|plc|GmbH|Group|Trust|Hospital|School|Academy"
    r"|University|College|Council|Hotel|Hotels|Bank|Foundation|Partners)\.?$"
)


def is_field_label(key: str) -> bool:
    """True for a label key of posting metadata ('location', 'job type'), not a section."""
    return key in _FIELD_OF_LABEL


def is_meta_label(text: str) -> bool:
    """True for a 'Label: value' line of posting metadata ('Closing date: 1 May')."""
    label = _label(text)
    if label is None or label[0] not in _FIELD_OF_LABEL:
        return False
    return len(label[1].split()) <= _FIT.get(_FIELD_OF_LABEL[label[0]], 12)


def _label(text: str) -> tuple[str, str] | None:
    if len(text) > 150 or (":" not in text[:36] and "：" not in text[:36]):
        return None
    match = _LABEL.match(text)
    if match is None:
        return None
    return _normal_label(match.group("label")), match.group("value").strip()


def _normal_label(text: str) -> str:
    return " ".join(text.strip("*_ :：").replace("’", "'").split()).casefold()


def read_fields(text: str, lines: Sequence[Line], sections: Sequence[Section]) -> Fields:
    """Read title, company, location, remote and salary from a posting's lines."""
    used: set[int] = set()
    labels = _labels(lines, used)
    header = [line for line in _header_lines(sections) if line.start not in used][:8]
    title, company, remote, title_line = _title(labels, header, text)
    if title_line is not None:
        used.add(title_line.start)
    location = None
    if "location" in labels:
        location, remote_in_location = split_remote(labels["location"])
        remote = remote or remote_in_location
    if "remote" in labels:
        value = labels["remote"]
        remote = _YES_NO.get(value.casefold().rstrip(".")) or remote_phrase(value) or remote
    in_header = _header_facts(header, title_line, used)
    company = company or labels.get("company") or in_header[0]
    location = location or in_header[1]
    remote = remote or in_header[2]
    company = company or _company_in_prose(text, sections)
    if title and company:
        title, tail = _cut_company(title, company)
        location = location or tail
    return Fields(
        title=title,
        company=company,
        location=location,
        remote=remote or remote_in_prose(text),
        salary=salary_in(text, labels.get("salary"), header[-1].end if header else 0),
        used=frozenset(used),
    )


def _labels(lines: Sequence[Line], used: set[int]) -> dict[str, str]:
    """The first value of each labelled fact; every label line goes into ``used``."""
    labels: dict[str, str] = {}
    for index, line in enumerate(lines):
        found = _label(line.text)
        if found is None and line.text.endswith((":", "：")) and index + 1 < len(lines):
            # "Location:" on its own line, the value on the next.
            key = _normal_label(line.text)
            if key in _FIELD_OF_LABEL:
                found = key, lines[index + 1].text
                used.add(lines[index + 1].start)
        if found is None or found[0] not in _FIELD_OF_LABEL:
            continue
        field, value = _FIELD_OF_LABEL[found[0]], found[1]
        if len(value.split()) > _FIT.get(field, 12):
            continue  # prose that happens to start "Role: ..." stays readable
        used.add(line.start)
        if field == "title" and not _title_like(value):
            continue
        labels.setdefault(field, value)
    return labels


def _header_lines(sections: Sequence[Section]) -> tuple[Line, ...]:
    """The lines before the first heading, or under a leading 'About the job'."""
    if sections and sections[0].name in ("header", "other"):
        return sections[0].lines
    return ()


def _title(
    labels: dict[str, str], header: list[Line], text: str
) -> tuple[str | None, str | None, str | None, Line | None]:
    """(title, company named in it, remote named in it, the line it came from)."""
    if "title" in labels:
        return (*_clean_title(labels["title"]), None)
    candidates = header[:2]
    if candidates and candidates[0].text.strip("#*_ :").casefold() in _GENERIC_FIRST:
        candidates = candidates[1:]
    if candidates and _title_like(candidates[0].text) and not is_bullet(candidates[0].text):
        return (*_clean_title(candidates[0].text.strip("#*_ ")), candidates[0])
    hiring = _HIRING.search(text[:2000])
    if hiring:
        title = hiring.group("title").strip()
        if title.split()[0].casefold() not in _NOT_NAMES:
            return title, None, None, None
    return None, None, None, None


def _title_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 12
        and len(text) <= 100
        and text.rstrip()[-1] not in ".!?,;"
        and any(ch.isalpha() for ch in text)
    )


def _clean_title(value: str) -> tuple[str, str | None, str | None]:
    """'Senior Engineer (m/w/d) at Acme (Remote)' -> ('Senior Engineer', 'Acme', 'Remote')."""
    value = _GENDER_TAG.sub("", value).strip()
    value = value.split(" | ")[0].strip()
    rest, remote = split_remote(value)
    if remote is not None and rest:
        value = rest
    else:
        remote = None
    at = _AT_COMPANY.match(value)
    if at:
        return at.group("title").strip(), at.group("company").strip(), remote
    return value, None, remote


def _cut_company(title: str, company: str) -> tuple[str, str | None]:
    """'Front Desk Agent – The Harbour Hotel, Brighton' -> ('Front Desk Agent', 'Brighton')."""
    for sep in _TITLE_TAIL.finditer(title):
        tail = title[sep.end() :]
        if tail.startswith(company):
            place = tail[len(company) :].strip(" ,-–—|·")
            return title[: sep.start()].strip(), place if place and place_like(place) else None
    return title, None


def _name_like(value: str) -> bool:
    """'Brightwater Foods Ltd', 'The Harbour Hotel'; not 'Hotel front desk' or 'We'."""
    words = value.split()
    if not 0 < len(words) <= 6 or value[-1] in ".!?,;:":
        return False
    first = words[0].casefold()
    if first in _NOT_NAMES and not (first == "the" and len(words) >= 3):
        return False
    return place_like(value)


def _header_facts(
    header: list[Line], title_line: Line | None, used: set[int]
) -> tuple[str | None, str | None, str | None]:
    """(company, location, remote) from short lines like 'Acme Ltd | Manchester | Hybrid'."""
    company = location = remote = None
    for line in header[:6]:
        if line is title_line or line.start in used or len(line.text.split()) > 20:
            continue
        parts = [part.strip() for part in _PARTS.split(line.text.strip("*_ "))]
        if len(parts) > 1 and _name_like(parts[0]):
            company = company or parts[0]
            parts = parts[1:]
        elif len(parts) == 1 and _name_like(parts[0]) and _ORG_SUFFIX.search(parts[0]):
            company = company or parts[0]
            used.add(line.start)
            continue
        taken = len(parts) < len(_PARTS.split(line.text))
        for part in parts:
            place, in_part = split_remote(part)
            remote = remote or in_part
            taken = taken or in_part is not None
            if location is None and place and place_like(place) and (in_part or taken):
                location = place
        if taken:
            used.add(line.start)
    return company, location, remote


def _company_in_prose(text: str, sections: Sequence[Section]) -> str | None:
    head = text[:3000]
    for pattern in (_COMPANY_HIRING, _AT_WE, _JOIN):
        for found in pattern.finditer(head):
            name = found.group("company").strip()
            if _name_like(name):
                return name
    for section in sections:
        if section.name != "about":
            continue
        first = section.lines[0].text if section.lines else ""
        subject = _IS_A.match(first)
        if subject and _name_like(subject.group("company")):
            return subject.group("company")
        heading = section.heading.strip("#*_ :")
        if heading[:6].casefold() == "about " and heading[6:7].isupper():
            return heading[6:].strip()
    return None
