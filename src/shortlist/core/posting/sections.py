"""The sections of a job posting: which headings mean requirements, duties or perks.

Known headings are looked up exactly (after folding markdown bold and curly quotes). A line
that only looks like a heading (a colon at the end, capitals, '#', bold) is sorted by its
words; when its words say nothing ("Tools:"), it continues the section it sits in, so a
sub-heading inside "Requirements" still lists requirements.
"""

from __future__ import annotations

import re

from shortlist.core.posting.fields import is_field_label
from shortlist.core.text.lines import heading_key, is_bullet, looks_like_heading, split_lines

__all__ = [
    "ABOUT", "APPLY", "BENEFITS", "DUTIES", "EEO", "HEADER", "OTHER", "PREFERRED",
    "REQUIREMENTS", "SKIPPED", "heading_map", "is_bold", "section_of_label",
]  # fmt: skip

HEADER = "header"
REQUIREMENTS = "requirements"
PREFERRED = "preferred"
DUTIES = "responsibilities"
BENEFITS = "benefits"
ABOUT = "about"
APPLY = "apply"
EEO = "eeo"
OTHER = "other"
#: Sections never read for requirements.
SKIPPED = frozenset({BENEFITS, ABOUT, APPLY, EEO})

_KNOWN: dict[str, tuple[str, ...]] = {
    REQUIREMENTS: (
        "requirements", "requirement", "the requirements", "job requirements",
        "key requirements", "minimum requirements", "basic requirements",
        "essential requirements", "what you'll need", "what you will need", "what you need",
        "what we're looking for", "what we are looking for", "who we're looking for",
        "who we are looking for", "what we need", "what we need from you", "qualifications",
        "minimum qualifications", "basic qualifications", "required qualifications",
        "key qualifications", "qualifications and experience", "skills and experience",
        "skills & experience", "experience and skills", "experience & skills",
        "skills and qualifications", "experience", "education", "skills", "required skills",
        "key skills", "must have", "must haves", "must-have", "must-haves", "essential",
        "essential criteria", "essential skills", "about you", "who you are", "you",
        "your profile", "profile", "the ideal candidate", "ideal candidate",
        "person specification", "what you bring", "what you'll bring", "what you will bring",
        "you have", "you'll have", "you will have", "your skills", "your experience",
        "candidate requirements", "the candidate", "technical skills", "competencies",
        "required", "essentials", "the essentials", "you will need", "you'll need",
    ),
    PREFERRED: (
        "nice to have", "nice-to-have", "nice to haves", "nice-to-haves", "preferred",
        "preferred qualifications", "preferred skills", "preferred experience", "desirable",
        "desirable criteria", "desirable skills", "desired", "desired skills",
        "desired qualifications", "bonus", "bonus points", "bonus points if",
        "bonus points if you have", "a plus", "pluses", "it's a plus if",
        "it would be great if", "it would be great if you", "extra credit", "good to have",
        "great to have", "even better if", "what would be nice", "beneficial",
        "would be beneficial", "advantageous", "an advantage", "would be an advantage",
        "would be great", "would be nice", "helpful", "it would help if", "also useful",
    ),
    DUTIES: (
        "responsibilities", "key responsibilities", "main responsibilities",
        "your responsibilities", "job responsibilities", "roles and responsibilities",
        "role and responsibilities", "duties", "main duties", "key duties",
        "duties and responsibilities", "what you'll do", "what you will do",
        "what you'll be doing", "what you will be doing", "what you do", "the role",
        "about the role", "the job", "the position", "your role", "role", "day to day",
        "day-to-day", "your day-to-day", "a day in the life", "in this role you will",
        "in this role", "the opportunity", "what the job involves", "key tasks", "tasks",
        "accountabilities", "key accountabilities", "your mission", "the work",
        "you will", "you'll", "you will be", "you'll be", "as part of the team you will",
    ),
    BENEFITS: (
        "benefits", "perks", "benefits and perks", "perks and benefits", "what we offer",
        "what we can offer", "what's in it for you", "what you'll get", "what you will get",
        "why join us", "why work with us", "why us", "compensation",
        "compensation and benefits", "salary and benefits", "rewards", "in return",
        "in return you'll get", "we offer", "our offer", "package", "the package",
    ),
    ABOUT: (
        "about us", "about the company", "who we are", "our company", "the company",
        "company", "about the team", "the team", "our team", "our story", "our mission",
        "our values", "culture", "company overview", "about the business",
    ),
    APPLY: (
        "how to apply", "to apply", "application process", "apply", "next steps",
        "the process", "interview process", "our hiring process", "hiring process",
        "recruitment process", "how we hire", "how we recruit", "what happens next",
        "selection process", "the selection process", "the interview process",
        "our interview process", "the hiring process", "our recruitment process",
    ),
    EEO: (
        "equal opportunity", "equal opportunities", "equal opportunity employer",
        "diversity and inclusion", "diversity & inclusion", "diversity", "eeo statement",
        "our commitment to diversity", "reasonable adjustments",
    ),
    OTHER: (
        "job description", "description", "about the job", "overview", "summary",
        "job summary", "details", "job details", "position summary", "role overview",
    ),
}  # fmt: skip
_EXACT: dict[str, str] = {key: name for name, keys in _KNOWN.items() for key in keys}
# Headings of US postings over the conditions of work, which mix legal text with a few
# asks ("Must be able to lift 50 lbs"): they continue the section they sit in, as they
# did when they were read as lines, but are no longer kept as lines themselves.
_CONDITIONS = frozenset({
    "physical demands", "physical requirements", "work environment", "working environment",
    "working conditions", "physical demands and work environment",
})  # fmt: skip

# Checked in this order: the first whose words appear decides ("Role requirements" asks).
_BY_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (APPLY, re.compile(r"\bappl(?:y|ication)|\bnext steps\b|\binterview|\bhow we (?:hire|recruit)\b"
                       r"|\b(?:selection|hiring|recruitment) process|\bwhat happens next\b")),
    (BENEFITS, re.compile(r"benefit(?!ial)|\bperks?\b|(?<!you )\boffer|reward|compensation"
                          r"|salary|\bpackage"
                          r"|why join|why work|in return|why (?:should|you'll|you will|choose)"
                          r"|would you like|what's in it for")),
    (EEO, re.compile(r"\bequal\b|diversity|inclusion|accommodation|adjustments")),
    (PREFERRED, re.compile(r"\bnice\b|prefer|desir|bonus|\bplus\b|extra|advantage|optional"
                           r"|\bassets?\b|even better|great (?:to have|if)|would be great")),
    (REQUIREMENTS, re.compile(r"requir|qualif|\bskills?\b|experience|criteria|competenc"
                              r"|\bmust\b|essential|\bneed|looking for|profile|candidate"
                              r"|background|\bbring\b|education")),
    (DUTIES, re.compile(r"responsib|dut(?:y|ies)|\bdo\b|\bdoing\b|day[- ]to[- ]day|\brole\b|\bown\b"
                        r"|\bjob\b|position|opportunity|tasks?\b|accountab|impact|mission")),
    (REQUIREMENTS, re.compile(r"\byou\b|\byour\b")),
    (ABOUT, re.compile(r"\babout\b|who we are|company|our story|values|culture|\bteam\b")),
)  # fmt: skip
_ABOUT_NAME = re.compile(r"^about\s+(?!us\b|you\b|the\b|this\b|our\b)\S.{0,40}$")
_ABOUT_CAPS = re.compile(r"[\s#*_]*About\s+[A-Z]")
_LIST_MARKS = re.compile(r"[,/+]")
# A plain line is a heading only when its words are heading words, not a requirement's:
# "Even better if you have" heads a list; "Experience with SQL" is the list's first item.
_HEADING_WORDS = re.compile(
    r"^(?:what|who|how|why|your|you|the|about|key|main|our|it|even|also|bonus|person"
    r"|essential|desirable|preferred|required|nice|assets?|ideally|skills|requirements|responsib"
    r"|duties|qualifications|day)\b"
)
_CUE_IN_BRACKETS = re.compile(
    r"\s*\((?:essential|desirable|required|preferred|optional|nice to have)\)\s*$",
    re.IGNORECASE,
)
_CONTINUING = frozenset({REQUIREMENTS, PREFERRED, DUTIES, BENEFITS, ABOUT, APPLY, EEO})


def _normal(text: str) -> str:
    """'**What you’ll need:**' -> "what you'll need"."""
    core = text.replace("\u2019", "'").strip().lstrip("#*_> \t").rstrip(" \t*_:：-–—")
    return " ".join(core.split()).casefold()


def _by_words(key: str) -> str | None:
    return next((name for name, pattern in _BY_WORDS if pattern.search(key)), None)


def section_of_label(label: str) -> str | None:
    """The section a known heading names ('Nice to have' -> 'preferred'), else None."""
    return _EXACT.get(_normal(label))


def is_bold(text: str) -> bool:
    """'**Requirements**' is a bold heading, not a bullet."""
    s = text.strip()
    return len(s) > 4 and (s[:2] == s[-2:] == "**" or s[:2] == s[-2:] == "__")


def heading_map(text: str) -> dict[str, str]:
    """Heading keys (as text.heading_key gives them) of ``text`` mapped to section names."""
    found: dict[str, str] = {}
    current = HEADER
    lines = split_lines(text)
    for index, line in enumerate(lines):
        # Cheap tests first: most lines are sentences or bullets, never headings.
        if len(line.text) > 60 or line.text[-1] in ".,;" or line.text.count(" ") > 8:
            continue
        first = line.text[0]
        if (
            not (first.isalpha() or first == "#")
            and is_bullet(line.text)
            and not is_bold(line.text)
        ):
            continue
        norm = _normal(line.text)
        name = _EXACT.get(norm)
        if norm in _CONDITIONS:
            name = current if current in _CONTINUING else OTHER
        # The first line is usually the job title, even in capitals.
        if name is None and index > 0:
            name = _unknown(line.text, norm, current)
            if name is None and index + 1 < len(lines) and is_bullet(lines[index + 1].text):
                name = _lead_in(line.text, norm)
        if name is not None:
            found.setdefault(heading_key(line.text), name)
            current = name
    return found


def _lead_in(raw: str, norm: str) -> str | None:
    """A plain line over a list that names its kind ("Even better if you have") heads it;
    a closing cue in brackets is part of it ("What we're looking for (essential)"), and so
    may a question mark ("Why join us?", "Who are you?")."""
    raw = _CUE_IN_BRACKETS.sub("", raw).rstrip().removesuffix("?")
    words = norm.split()
    if not raw or not raw[0].isupper() or len(words) > 8 or raw[-1:] in ".!?,;)":
        return None
    return _by_words(norm) if _HEADING_WORDS.search(norm) else None


def _unknown(raw: str, norm: str, current: str) -> str | None:
    stripped = raw.strip()
    # Only these can pass the tests below; most short lines are content.
    if not (
        stripped.endswith((":", "："))
        or stripped[0] in "#*_"
        or stripped.isupper()
        or norm.startswith("about ")
    ):
        return None
    if _ABOUT_NAME.match(norm) and _ABOUT_CAPS.match(raw) and raw.rstrip()[-1:] not in ".,;":
        return ABOUT
    if is_field_label(norm):
        return None  # "Job type:" with its value on the next line: a field, not a section
    plain = stripped.strip("*_ ")
    bold = is_bold(stripped)
    if not (looks_like_heading(stripped) or bold or looks_like_heading(plain)):
        return None
    by_words = _by_words(norm)
    marked = stripped.endswith((":", "：")) or stripped.startswith("#") or bold
    # A line in capitals that only mentions a team or an offer ("ONWARD CARE TEAM", a job
    # title) must not open a section that is never read: that needs a mark.
    if by_words in SKIPPED and not marked and not norm.startswith(("about ", "why ")):
        return None
    if by_words is not None:
        return by_words
    # A lone capitalised word or acronym list ("SQL", "AWS, GCP") is content, not a heading.
    if not marked and (len(norm.split()) < 2 or _LIST_MARKS.search(norm)):
        return None
    return current if current in _CONTINUING else OTHER
