"""Professional certifications and licences, named the ways CVs and postings write them.

API: :func:`find_certifications` lists the certifications a text names, each with a
canonical name ("Project Management Professional (PMP)" and "PMP" both give "PMP"), so
a posting's requirement and a CV line can be compared by name; unknown ones written in
the usual shapes ("AWS Certified ...", "Certified ...", "... Certification") keep their
own words as the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import ahocorasick

__all__ = ["CertificationMention", "find_certifications", "is_exam_code"]

# (canonical name, pattern, trigger words). Acronyms match in capitals only; "(?i:...)"
# marks the spelled-out names that may come in any case. A pattern only runs on a line
# holding one of its trigger words (lower case; "=" marks a whole word, otherwise a
# word start), found for all patterns at once in one Aho-Corasick pass: the patterns
# are slow, the pass is not.
_KNOWN: tuple[tuple[str, str, str], ...] = (
    ("PMP", r"PMP|(?i:project management professional)", "=pmp professional"),
    ("CAPM", r"CAPM", "=capm"),
    ("PRINCE2", r"(?i:prince\s?2)(?:\s+(?i:practitioner|foundation))?", "prince"),
    ("CPA", r"CPA|(?i:certified public accountant)", "=cpa certified"),
    ("CMA", r"(?i:certified management accountant)", "certified"),
    ("ACCA", r"ACCA", "=acca"),
    ("CIMA", r"CIMA", "=cima"),
    ("ACA", r"ACA|ICAEW|(?i:chartered accountant)", "=aca =icaew chartered"),
    ("CFA", r"CFA|(?i:chartered financial analyst)", "=cfa chartered"),
    ("CIA", r"(?i:certified internal auditor)", "certified"),
    ("CISSP", r"CISSP", "=cissp"),
    ("CISM", r"CISM", "=cism"),
    ("CISA", r"CISA", "=cisa"),
    ("CEH", r"CEH|(?i:certified ethical hacker)", "=ceh certified"),
    ("OSCP", r"OSCP", "=oscp"),
    ("CompTIA", r"CompTIA(?:\s+(?:A|Network|Security|Cloud|Linux|CySA|PenTest)\+)?", "comptia"),
    ("CCNA", r"CCNA", "=ccna"),
    ("CCNP", r"CCNP", "=ccnp"),
    ("CKA", r"CKA|(?i:certified kubernetes administrator)", "=cka certified"),
    ("CKAD", r"CKAD|(?i:certified kubernetes application developer)", "=ckad certified"),
    ("RHCE", r"RHCE|RHCSA", "=rhce =rhcsa"),
    ("ITIL", r"ITIL(?:\s?v?[34])?(?:\s+(?i:foundation))?", "itil"),
    ("TOGAF", r"TOGAF", "=togaf"),
    ("Certified ScrumMaster", r"CSM|(?i:certified scrum\s?master)", "=csm certified"),
    (
        "Professional Scrum Master",
        r"PSM(?:\s?I{1,3})?|(?i:professional scrum master)",
        "psm professional",
    ),
    ("Six Sigma", r"(?i:(?:lean\s+)?six sigma(?:\s+(?:green|black|yellow)\s+belt)?)", "sigma"),
    ("Registered Nurse", r"RN|RGN|(?i:registered (?:general )?nurse)", "=rn =rgn registered"),
    (
        "NMC registration",
        r"NMC(?:\s+(?i:registered|registration|pin))?|(?i:nursing and midwifery council)",
        "=nmc nursing",
    ),
    ("LPN", r"LPN|(?i:licensed practical nurse)", "=lpn licensed"),
    ("CNA", r"CNA|(?i:certified nursing assistant)", "=cna certified"),
    ("BLS", r"BLS|(?i:basic life support)", "=bls basic"),
    ("ACLS", r"ACLS|(?i:advanced cardiac life support)", "=acls advanced"),
    (
        "PALS",
        r"PALS|(?i:paediatric advanced life support|pediatric advanced life support)",
        "=pals paediatric pediatric",
    ),
    ("CPR", r"CPR(?:/AED)?\s+(?i:certified|certification|certificate|trained)", "=cpr"),
    ("First Aid", r"(?i:first aid(?: at work)?)(?:\s+(?i:certificate|certified|trained))?", "aid"),
    ("QTS", r"QTS|(?i:qualified teacher status)", "=qts qualified"),
    ("PGCE", r"PGCE", "=pgce"),
    ("Teaching licence", r"(?i:teaching (?:licen[cs]e|credential|certificate))", "teaching"),
    ("NEBOSH", r"NEBOSH", "=nebosh"),
    ("IOSH", r"IOSH", "=iosh"),
    ("CSCS card", r"CSCS(?:\s+(?i:card))?", "=cscs"),
    ("SIA licence", r"SIA\s+(?i:licen[cs]e)", "=sia"),
    (
        "Forklift licence",
        r"(?i:forklift|fork-lift|FLT|counterbalance|reach truck)\s+(?i:licen[cs]e"
        r"|certificat(?:e|ion)|certified|trained)",
        "forklift fork-lift =flt counterbalance reach",
    ),
    (
        "Driving licence",
        r"(?i:(?:full\s+)?(?:clean\s+)?driving licen[cs]e)|HGV|LGV|CDL",
        "driving =hgv =lgv =cdl",
    ),
    (
        "Food hygiene certificate",
        r"(?i:level \d (?:award in )?(?:supervising )?food (?:hygiene|safety)(?: certificate)?"
        r"|food (?:hygiene|safety) (?:certificate|level \d|award))",
        "food",
    ),
    ("CIPD", r"CIPD", "=cipd"),
    ("CIM", r"CIM", "=cim"),
    ("CIPS", r"CIPS", "=cips"),
    # Construction, transport and plant tickets (UK).
    ("SMSTS", r"SMSTS", "=smsts"),
    ("SSSTS", r"SSSTS", "=sssts"),
    ("CPCS card", r"CPCS(?:\s+(?i:card))?", "=cpcs"),
    ("NPORS card", r"NPORS(?:\s+(?i:card))?", "=npors"),
    ("IPAF", r"IPAF", "=ipaf"),
    ("PASMA", r"PASMA", "=pasma"),
    (
        "Driver CPC",
        r"(?i:driver(?:'s)?\s+)CPC(?:\s+(?i:card))?|CPC\s+(?i:card|qualification)",
        "=cpc",
    ),
    ("Tachograph card", r"(?i:digi(?:tal)?\s+tacho(?:graph)?\s+card)", "digi"),
    ("ADR certificate", r"ADR(?=\s+(?i:certificate|licen[cs]e|card|qualified|trained))", "=adr"),
    # Engineering, accounting, HR and health registrations.
    ("CEng", r"CEng|(?i:chartered engineer)", "=ceng chartered"),
    ("IEng", r"IEng|(?i:incorporated engineer)", "=ieng incorporated"),
    (
        "PE license",
        r"(?i:professional engineer)(?:\s+\(PE\))?|PE(?=\s+(?i:licen[cs]e|exam|stamp))",
        "professional =pe",
    ),
    ("AAT", r"AAT", "=aat"),
    ("CIPP", r"CIPP(?:/[A-Z]+)?", "=cipp"),
    ("SHRM-CP", r"SHRM-S?CP", "shrm"),
    ("PHR", r"S?PHR", "=phr =sphr"),
    # Regulators by their initials or their full names (issue #12).
    (
        "GPhC registration",
        r"GPhC(?:\s+(?i:registration|registered))?|(?i:general pharmaceutical council)",
        "=gphc general",
    ),
    (
        "HCPC registration",
        r"HCPC(?:\s+(?i:registration|registered))?|(?i:health and care professions council)",
        "=hcpc health",
    ),
    (
        "GDC registration",
        r"GDC(?:\s+(?i:registration|registered))?|(?i:general dental council)",
        "=gdc general",
    ),
    (
        "Social Work England registration",
        r"(?i:social work england)(?:\s+(?i:registration|registered))?"
        r"|SWE\s+(?i:registration|registered)",
        "social =swe",
    ),
    (
        "SSSC registration",
        r"SSSC(?:\s+(?i:registration|registered))?|(?i:scottish social services council)",
        "=sssc scottish",
    ),
    (
        "Personal licence",
        r"(?i:personal licen[cs]e)(?:\s+(?i:holder))?|APLH",
        "personal =aplh",
    ),
    ("CCRN", r"CCRN", "=ccrn"),
    ("ALS", r"ALS|(?i:advanced life support)", "=als advanced"),
    ("ILS", r"ILS|(?i:immediate life support)", "=ils immediate"),
    ("LEED", r"LEED(?:\s+(?:AP|GA|Green Associate))?", "=leed"),
    ("Envision SP", r"ENV\s?SP|Envision(?=\s+(?i:SP|credential|certifi))", "=env envision"),
    (
        "MSP",
        r"(?i:managing successful programmes)|MSP(?=\s*\((?i:managing successful))",
        "managing =msp",
    ),
    ("FACTS", r"FACTS", "=facts"),
    ("BASIS", r"BASIS", "=basis"),
    ("ABHI", r"ABHI", "=abhi"),
)
# Certifications we do not list, in the shapes they are usually written in; the name
# is then the words themselves.
#: Exam codes that name one certification each: Microsoft (AZ-104, MS-900, PL-300), AWS
#: (SAA-C03, CLF-C02) and CompTIA (SY0-701, N10-009, 220-1101). Capitals and the hyphen
#: are required ("MS 365" is a product, not an exam).
_EXAM_CODE = (
    r"(?:AZ|AI|DP|PL|MS|SC|MB|MD|GH)-\d{3}"
    r"|(?:SAA|SAP|CLF|DVA|SOA|DOP|ANS|SCS|MLS|DAS|DEA|MLA|AIF)-C0\d"
    r"|(?:N10|SY0|CV0|XK0|CS0|PT0|DA0|DS0|CAS)-\d{3}|220-1[12]\d\d"
)
_EXAM_CODE_TRIGGERS = (
    "=az =ai =dp =pl =ms =sc =mb =md =gh =saa =sap =clf =dva =soa =dop =ans =scs =mls =das "
    "=dea =mla =aif =n10 =sy0 =cv0 =xk0 =cs0 =pt0 =da0 =ds0 =cas =220"
)
_IS_EXAM_CODE = re.compile(rf"(?:{_EXAM_CODE})")
#: A title followed by its exam code in brackets: one credential, named by the code.
_CODE_AFTER_TITLE = re.compile(r"\s*[(\[]\s*")

_SHAPES: tuple[tuple[str, str], ...] = (
    (_EXAM_CODE, _EXAM_CODE_TRIGGERS),
    (
        r"(?:AWS|Microsoft|Google(?: Cloud)?|Azure|Oracle|Salesforce|Cisco|HubSpot|Meta)"
        r"\s+Certified:?(?:\s+[A-Z][\w+/&.-]*|\s+[-–]\s+[A-Z][\w-]*){1,6}",
        "certified",
    ),
    (r"Certified(?:\s+[A-Z][\w+/&.-]*){1,6}", "certified"),
    (r"(?:[A-Z][\w+/&.-]*\s+){1,4}Certifi(?:cation|cate)\b", "certification certificate"),
    (r"Certificate in(?:\s+[A-Z][\w+/&.-]*){1,5}", "certificate"),
)

_PATTERNS: list[tuple[str | None, re.Pattern[str]]] = [
    (name, re.compile(rf"(?<![\w+])(?:{pattern})(?![\w+])")) for name, pattern, _ in _KNOWN
] + [(None, re.compile(rf"(?<![\w+]){pattern}")) for pattern, _ in _SHAPES]

_NEWLINE = re.compile(r"[\r\n]")
_TRIGGERS = ahocorasick.Automaton()
_BY_TRIGGER: dict[tuple[str, bool], list[int]] = {}
for _index, _words in enumerate([t for _, _, t in _KNOWN] + [t for _, t in _SHAPES]):
    for _word in _words.split():
        _key = (_word.lstrip("="), _word.startswith("="))
        _BY_TRIGGER.setdefault(_key, []).append(_index)
for _key, _indexes in _BY_TRIGGER.items():
    _TRIGGERS.add_word(_key[0], (len(_key[0]), _key[1], tuple(_indexes)))
_TRIGGERS.make_automaton()


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _candidates(text: str) -> dict[tuple[int, int], set[int]]:
    """For each line holding a trigger word: its (start, end) and the patterns to try."""
    folded = text.casefold()
    if len(folded) != len(text):  # casefold changed lengths ("ß"): offsets would drift
        folded = text.lower() if len(text.lower()) == len(text) else text
    lines: dict[tuple[int, int], set[int]] = {}
    breaks: list[int] | None = None
    for end_index, (length, whole, indexes) in _TRIGGERS.iter(folded):
        start, end = end_index - length + 1, end_index + 1
        if _word_char(folded, start - 1) or (whole and _word_char(folded, end)):
            continue
        if breaks is None:
            breaks = [m.start() for m in _NEWLINE.finditer(text)]
        at = bisect_right(breaks, start)
        key = (breaks[at - 1] + 1 if at else 0, breaks[at] if at < len(breaks) else len(text))
        lines.setdefault(key, set()).update(indexes)
    return lines


@dataclass(frozen=True, slots=True)
class CertificationMention:
    """A certification named in a text: its canonical name, the words, and offsets."""

    name: str
    text: str
    start: int
    end: int


def find_certifications(text: str) -> list[CertificationMention]:
    """Certifications named in ``text``, left to right, never overlapping."""
    out: list[CertificationMention] = []
    for (start, end), indexes in _candidates(text).items():
        found: list[CertificationMention] = []
        for index in sorted(indexes):
            name, pattern = _PATTERNS[index]
            for m in pattern.finditer(text, start, end):
                words = m.group(0).strip()
                label = name or re.sub(r"\s+", " ", words.rstrip(":-– "))
                found.append(CertificationMention(label, words, m.start(), m.start() + len(words)))
        # Earliest first, then longest, then the table's order: the first one wins a place.
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        reached = start
        kept: list[CertificationMention] = []
        for mention in found:
            if mention.start >= reached:
                kept.append(mention)
                reached = mention.end
        out += _titles_with_codes(text, kept)
    out.sort(key=lambda c: c.start)
    return out


def is_exam_code(name: str) -> bool:
    """Whether a credential's name is an exam code ("AZ-104"), which names it exactly."""
    return _IS_EXAM_CODE.fullmatch(name) is not None


def _titles_with_codes(
    text: str, mentions: list[CertificationMention]
) -> list[CertificationMention]:
    """ "Azure Administrator Associate (AZ-104)" is one credential, named by its code."""
    out: list[CertificationMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and is_exam_code(mention.name)
            and not is_exam_code(before.name)
            and _CODE_AFTER_TITLE.fullmatch(text, before.end, mention.start)
        ):
            end = mention.end + (text[mention.end : mention.end + 1] in (")", "]"))
            out[-1] = CertificationMention(
                mention.name, text[before.start : end], before.start, end
            )
        else:
            out.append(mention)
    return out
