"""The headings a CV is cut at: known names mapped to one section name each, plus the
rule for headings we do not know ("HOBBIES", "## Side quests:").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from shortlist.core.models import Line, Section
from shortlist.core.text.lines import heading_key, is_bullet, looks_like_heading
from shortlist.core.text.titles import is_organisation, is_title

__all__ = [
    "CV_HEADINGS",
    "PASTIME_SECTIONS",
    "SECTION_NAMES",
    "inline_section",
    "is_contact",
    "personal_lines",
    "split_cv_sections",
]

#: Sections about life outside work: shown, never evidence of a skill or an ask.
PASTIME_SECTIONS = frozenset({"interests"})
#: Contact details: an email address or a web address (a phone number: is_contact).
_ADDRESS = re.compile(r"@|https?:|www\.|linkedin\.com")
_NUMBER = re.compile(r"\+?\d[\d ()-]{8,}\d")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")
#: Digits in a phone number, at the fewest ("2015 - 2018" has eight).
_PHONE_DIGITS = 9


def is_contact(text: str) -> bool:
    """An email or web address, or a phone number, in ``text``."""
    if _ADDRESS.search(text):
        return True
    return any(
        sum(ch.isdigit() for ch in m.group(0)) >= _PHONE_DIGITS and not _YEARS.search(m.group(0))
        for m in _NUMBER.finditer(text)
    )


_NAMES: dict[str, str] = {
    "experience": """experience; experiences; work experience; professional experience;
        employment; employment history; employment experience; work history; career history;
        career; career experience; relevant experience; professional background;
        positions held; work; professional history; previous experience; other experience;
        additional experience; recent experience; industry experience; clinical experience;
        teaching experience; nursing experience; leadership experience; work and experience;
        berufserfahrung; expérience professionnelle; expériences professionnelles;
        experiencia laboral; experiencia profesional; esperienza lavorativa;
        esperienze lavorative; werkervaring""",
    "education": """education; education and training; training and education; academic
        background; academic qualifications; academic history; qualifications; educational
        background; education and qualifications; qualifications and education; schooling;
        studies; ausbildung; bildung; formation; formación; educación; istruzione;
        opleiding""",
    "skills": """skills; technical skills; core competencies; key skills; competencies;
        core skills; skills summary; areas of expertise; expertise; technical expertise;
        tools; tools and technologies; technologies; tech stack; technical stack; skills and
        abilities; professional skills; it skills; computer skills; soft skills; skills and
        tools; key competencies; capabilities; strengths; kenntnisse; fähigkeiten;
        compétences; habilidades; competenze; vaardigheden""",
    "certifications": """certifications; certification; certificates; licences; licenses;
        licences and certifications; licenses and certifications; certifications and
        licences; certifications and licenses; professional certifications; accreditations;
        professional qualifications; registrations; professional registration;
        training and certifications; courses and certifications; certifications and
        training; zertifikate; certificats; certificaciones""",
    "languages": """languages; language skills; language; spoken languages; sprachen;
        sprachkenntnisse; langues; idiomas; lingue; talen""",
    "summary": """summary; profile; professional summary; personal profile; personal
        statement; about me; about; objective; career objective; career summary; executive
        summary; professional profile; overview; introduction; profil; perfil; profilo""",
    "projects": """projects; personal projects; key projects; selected projects; side
        projects; open source; open source contributions; portfolio; projekte; projets;
        proyectos""",
    "volunteering": """volunteering; volunteer experience; voluntary work; voluntary
        experience; volunteer work; community involvement; community service""",
    "achievements": """achievements; key achievements; accomplishments; selected
        achievements; highlights; career highlights""",
    "awards": """awards; honours; honors; awards and honours; awards and honors; honours
        and awards; honors and awards; awards and achievements; prizes""",
    "publications": "publications; papers; talks; publications and talks; presentations",
    "training": """training; professional development; continuing education; continuing
        professional development; cpd; courses; further training; weiterbildung""",
    "interests": """interests; hobbies; hobbies and interests; interests and hobbies;
        personal interests; outside work; hobbys; loisirs; intereses""",
    "references": "references; referees; references available on request",
    "contact": """contact; contact details; personal details; contact information;
        personal information; details""",
    "memberships": """memberships; professional memberships; affiliations; professional
        affiliations; associations""",
}


def _headings() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, keys in _NAMES.items():
        for raw in keys.split(";"):
            key = " ".join(raw.split())
            out[key] = name
            if " and " in key:
                out[key.replace(" and ", " & ")] = name
                out[key.replace(" and ", " / ")] = name
    return out


#: Normalised heading (see text.heading_key) -> section name.
CV_HEADINGS: dict[str, str] = _headings()
#: Every section name a known heading maps to.
SECTION_NAMES = frozenset(_NAMES)

_MAX_HEADING_CHARS = 60
_NOT_A_HEADING = re.compile(r"[\d,|@/()]")
_MAX_LABEL_CHARS = 42
_LABEL = re.compile(r"\W*([^\W\d][^:]*?)\s*:")


def inline_section(text: str) -> str | None:
    """The section a labelled line belongs to: 'Languages: English' -> 'languages'."""
    colon = text.find(":", 0, _MAX_LABEL_CHARS)
    if colon < 0 or not text[colon + 1 :].strip():
        return None
    m = _LABEL.fullmatch(text, 0, colon + 1)
    return CV_HEADINGS.get(heading_key(m.group(1))) if m else None


def split_cv_sections(lines: Sequence[Line], anchors: Collection[int]) -> tuple[Section, ...]:
    """Cut a CV's lines into sections, at known headings and at unknown ones.

    The cut is text.split_sections' (a short line whose key is a known heading starts a
    section; lines before the first go to "header"), run over keys computed once, plus
    the unknown headings found by :func:`_unknown`, named by their key.
    ``anchors`` are the indexes of lines holding a role's dates.
    """
    keys = [
        heading_key(line.text) if len(line.text) <= _MAX_HEADING_CHARS else None for line in lines
    ]
    unknown = _unknown(lines, keys, anchors)
    sections: list[Section] = []
    name, heading, body = "header", "", list[Line]()
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if (key is not None and key in CV_HEADINGS) or i in unknown:
            if body or heading:
                sections.append(Section(name, heading, tuple(body)))
            name, heading, body = CV_HEADINGS.get(key or "") or unknown[i], line.text, []
        else:
            body.append(line)
    if body or heading:
        sections.append(Section(name, heading, tuple(body)))
    return tuple(sections)


def _unknown(
    lines: Sequence[Line], keys: Sequence[str | None], anchors: Collection[int], guard: int = 2
) -> dict[int, str]:
    """Headings we do not know: line index -> its key, which names the section.

    A line next to a role's dates (up to ``guard`` lines, no bullet between) is that
    role's title or employer, even in capitals ("ACME CORP"); so is a heading-like line
    inside the experience section when more dated roles follow it before the next known
    heading. Line 0 is the person's name far more often than a heading.
    """
    anchor_set = set(anchors)
    near = set(anchor_set)
    for i in anchor_set:
        # Only lines that could be part of the role's header: a bullet breaks the reach.
        for step in (-1, 1):
            for d in range(1, guard + 1):
                j = i + step * d
                if not 0 <= j < len(lines) or is_bullet(lines[j].text):
                    break
                near.add(j)
    # Is a dated role still to come before the next known heading?
    role_ahead = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        role_ahead[i] = i in anchor_set or (keys[i] not in CV_HEADINGS and role_ahead[i + 1])
    out: dict[int, str] = {}
    section = "header"
    for i, line in enumerate(lines):
        key = keys[i]
        if key is None:
            continue
        if key in CV_HEADINGS:
            section = CV_HEADINGS[key]
            continue
        if i == 0 or i in near or not _heading_like(line.text):
            continue
        if section == "experience" and role_ahead[i]:
            continue
        words = key.strip(":# ")
        if not words or _NOT_A_HEADING.search(words) or is_title(words) or is_organisation(words):
            continue
        out[i] = key
    return out


def _heading_like(text: str) -> bool:
    # text.looks_like_heading wants one of these; checking them first is much cheaper.
    if not (text.endswith(":") or text.startswith("#") or text.isupper()):
        return False
    return looks_like_heading(text)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Lines at the top of a CV that may hold contact details.
_CONTACT_LINES = 6


def personal_lines(sections: Sequence[Section]) -> frozenset[int]:
    """Start offsets of the lines that say who the person is, not what they did: the
    name line at the top (post-nominals and all: "Priya Raman, RN, BSN") and the contact
    lines before the first heading. They are never education, credentials or skills."""
    header = next((s for s in sections if s.name == "header"), None)
    if header is None or not header.lines:
        return frozenset()
    name = header.lines[0]
    # In a CV without headings everything is "header": contact details are the first
    # lines, before the first dated line ("Built www.shop.co.uk in React" under a job
    # is work).
    found: set[int] = set()
    for line in header.lines[:_CONTACT_LINES]:
        if _A_YEAR.search(line.text) and not is_contact(line.text):
            break
        if is_contact(line.text):
            found.add(line.start)
    if not name.text.rstrip().endswith((".", ":")):
        found.add(name.start)
    return frozenset(found)
