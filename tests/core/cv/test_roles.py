"""Role headers that are long, hold brackets with commas, or end in March."""

from shortlist.core.cv.parse import parse_cv
from shortlist.core.models import CV, month_index
from shortlist.core.taxonomy.skills import Taxonomy

NOV_2026 = month_index(2026, 11)


def roles(text: str) -> list[tuple[str, str, int | None]]:
    cv: CV = parse_cv(text, Taxonomy([]), today=NOV_2026)
    return [(r.title, r.employer, r.span.months if r.span else None) for r in cv.roles]


def test_a_span_ending_in_march_is_a_role_not_a_masters_degree() -> None:
    text = (
        "WORK HISTORY\n\n"
        "Sales Assistant - Harvest Fresh Supermarkets, Solihull\n"
        "August 2020 - March 2022\n"
        "* Checkouts and refunds.\n"
    )
    assert roles(text) == [("Sales Assistant", "Harvest Fresh Supermarkets", 20)]


def test_a_long_header_cut_into_parts_is_still_read() -> None:
    text = (
        "EXPERIENCE\n\n"
        "Senior Graphic Designer — Pressmark Creative (branding and packaging agency), Manchester\n"
        "2022 – present\n"
        "- Lead designer on brand identities.\n\n"
        "Senior Healthcare Assistant (Band 3), Ward 27 Cardiology, Leicester General Hospital\n"
        "October 2019 - September 2021\n"
        "- Record 12-lead ECGs.\n"
    )
    assert roles(text) == [
        (
            "Senior Graphic Designer",
            "Pressmark Creative (branding and packaging agency)",
            59,
        ),
        ("Senior Healthcare Assistant (Band 3)", "Leicester General Hospital", 24),
    ]


def test_a_long_sentence_next_to_dates_is_not_a_header() -> None:
    text = (
        "EXPERIENCE\n\n"
        "Analyst, Acme Ltd\n"
        "2019 - 2021\n"
        "Worked closely with the finance team on month end reporting and the annual budget\n"
    )
    cv = parse_cv(text, Taxonomy([]), today=NOV_2026)
    (role,) = cv.roles
    assert (role.title, role.employer, role.header.text) == (
        "Analyst",
        "Acme Ltd",
        "Analyst, Acme Ltd",
    )


def test_a_comma_inside_brackets_does_not_split_the_employer() -> None:
    text = (
        "EXPERIENCE\n\n"
        "Barista, Steam & Bean (chain, 60 stores), Leeds\n"
        "Jul 2022 - Aug 2024\n"
        "- Served 300 customers a day.\n"
    )
    assert roles(text) == [("Barista", "Steam & Bean (chain, 60 stores)", 26)]


def test_a_hospital_named_with_a_title_word_is_the_employer_not_the_title() -> None:
    text = (
        "EXPERIENCE\n\n"
        "Staff Nurse, Emergency Department\n"
        "King Salman Specialist Hospital, Riyadh | Mar 2021 - Present\n"
        "- Triage of 50 patients a day.\n"
    )
    assert roles(text)[0][0] == "Staff Nurse"
