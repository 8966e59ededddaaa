"""is_boilerplate: lines that ask nothing of the candidate, by family, and look-alikes
that do ask (issue #12)."""

from __future__ import annotations

import pytest

from shortlist.analyses import analyse_posting
from shortlist.core.posting.boilerplate import is_boilerplate, offers_perks
from shortlist.core.text.prefilter import fold


@pytest.mark.parametrize(
    "line",
    [
        # Perks and pay.
        "30 days' holiday plus bank holidays",
        "Defined contribution pension with 8% employer contribution",
        "Private medical, dental and optical cover",
        "Employee discount across all our brands",
        "Free staff parking on site",
        "Annual performance bonus",
        "Salary: competitive, reviewed every April",
        "Compensation for this role will be set by the hiring committee.",
        "Starting pay is $19.50 an hour.",
        "Salary commensurate with qualifications and experience.",
        "Hybrid working, two days a week in the studio",
        # Logistics.
        "Closing date for applications is 3 March 2027.",
        "Interviews are due to take place in the week of 15 March.",
        "For an informal visit please ring the ward manager.",
        "Shortlisted candidates will be contacted by email.",
        "Please note that we reserve the right to close this vacancy early.",
        # Statements.
        "Kestrel Labs is proud to be an equal opportunity employer.",
        "We welcome applications from people of all backgrounds.",
        "We believe diversity makes our teams stronger.",
        "Working Title Lab Technician Role Code 7002 FLSA Non-Exempt Pay Band 3",
        # Values, vision and mission.
        "We hope you share our values of kindness and courage.",
        "Our mission is to get every child reading by age seven.",
    ],
)
def test_a_line_that_asks_nothing_is_boilerplate(line: str) -> None:
    assert is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Experience administering pension schemes and auto-enrolment",
        "Knowledge of employee benefits and 401(k) administration",
        "Able to manage a £2m annual budget",
        "Process holiday pay and sick pay for 400 staff",
        "QCF Level 3 in Health and Social Care",
        "Experience of dental nursing in a busy practice",
        "You must hold a full UK driving licence",
        "Willing to work flexible hours including weekends",
        "Handle customer complaints by phone and email",
        "Experience embedding our values in supervision and appraisals",
        # Duties and asks that hold a perk's or a statement's words (found in review).
        "Please ensure you hold a full UK driving licence",
        "Apply NICE guidelines in clinical practice",
        "Good knowledge of the benefits system",
        "Support the services we provide to families",
        "Ensure pay is accurate for 2,000 staff",
        "Provide high quality maternity care to women and babies",
        "Induct new members to the gym",
        "Advise managers on all aspects of employment law",
        "Create an inclusive environment for pupils",
        "Screening and shortlisting candidates",
    ],
)
def test_a_line_that_asks_for_something_is_kept(line: str) -> None:
    assert not is_boilerplate(fold(line))


def test_a_perks_lead_in_heads_the_short_lines_after_it() -> None:
    assert offers_perks(fold("On top of a great salary we also offer a range of benefits such as"))
    assert not offers_perks(fold("We offer a supportive team and a clear induction."))
    text = (
        "Warehouse Team Leader\n"
        "Requirements\n"
        "- 2 years leading a warehouse shift\n"
        "- Counterbalance forklift licence\n"
        "Working here you get a competitive salary and we also offer benefits such as\n"
        "Long service awards\n"
        "Team socials\n"
        "Season ticket loan\n"
    )
    rows = [r.text for r in analyse_posting(text).requirements]
    assert rows == ["2 years leading a warehouse shift", "Counterbalance forklift licence"]


def test_a_title_in_capitals_that_names_a_team_does_not_hide_the_posting() -> None:
    text = (
        "RECEPTION TEAM\n"
        "GRADE 2\n"
        "An opportunity has arisen for a receptionist in our busy practice.\n"
        "You will need excellent telephone manner and experience of EMIS Web.\n"
    )
    rows = [r.text for r in analyse_posting(text).requirements]
    assert any("EMIS Web" in row for row in rows)


def test_a_posting_that_only_says_whom_it_wants_asks_for_that() -> None:
    text = (
        "Locum Consultant Radiologist\n"
        "An exciting opportunity has arisen for a consultant radiologist to join our department.\n"
        "The department reports 120,000 examinations a year across two sites.\n"
    )
    rows = [r.text for r in analyse_posting(text).requirements]
    assert rows == [
        "An exciting opportunity has arisen for a consultant radiologist to join our department."
    ]


def test_the_candidate_as_subject_of_an_ask_is_a_requirement_in_prose() -> None:
    text = (
        "Estates Electrician\n"
        "The successful applicant will be expected to join the on-call rota.\n"
        "The department looks after 14 buildings.\n"
    )
    rows = [r.text for r in analyse_posting(text).requirements]
    assert rows == ["The successful applicant will be expected to join the on-call rota."]
