"""More shapes of boilerplate found on real postings (issue #12, second pass), each class
with look-alikes that do ask and must be kept. The lines are written here, in other
professions than the postings they were found on."""

from __future__ import annotations

import pytest

from shortlist.analyses import analyse_posting
from shortlist.core.posting.boilerplate import is_boilerplate
from shortlist.core.posting.sections import BENEFITS, heading_map
from shortlist.core.text.lines import heading_key
from shortlist.core.text.prefilter import fold


def rows(text: str) -> list[str]:
    return [r.text for r in analyse_posting(text).requirements]


@pytest.mark.parametrize(
    "line",
    [
        # Working from home offered.
        "Remote / ability to work from home up to three days a week",
        "Remote/Ability to work from home from anywhere in the country.",
        "Option to work from home two days a week after probation",
        "Ability to work from home when required and where possible",
        "Flexibility to work remotely up to two days a week",
        # A perk or an offer that starts with what looks like a duty verb.
        "Contributory pension scheme",
        "Training and development opportunities throughout your career",
        "Leadership development programme and a generous pension",
        # Values and mission, whatever skills the mission names.
        "Commitment to our vision of a sustainability-led business",
        "This role plays a key part in our mission to bring coding skills to rural schools.",
        "We look for people who share our CARE values.",
        # The employer describing itself by name.
        "Harbourside College is the largest provider of adult education in the county.",
        "Meridian Health is one of the leading employers of nurses in the region.",
        # What the employer offers, said as 'we can', 'we will pay'.
        "As one of the largest charities in Wales, we can offer excellent training.",
        "We offer the flexibility of being able to choose your own shifts.",
        "We will pay for your annual professional registration.",
        # A call to apply closing a sentence.
        "If you feel you have the skills and drive for this post please apply.",
        "Start your journey with us and apply today!",
        # Legal text.
        "Oakridge is a drug-free workplace.",
        "We consider qualified applicants with arrest and conviction records.",
        "Oakridge complies with all applicable background check laws.",
        # Perks for staff and their families.
        "Free courses for eligible employees and their family members",
        "All travel costs are paid for by Oakridge",
        "From market rate pay to career advancement opportunities, we have you covered.",
        # Visa sponsorship offered.
        "The Trust is able to offer Skilled Worker visa sponsorship for this post.",
        "Visa sponsorship is available for this role.",
        "Eastgate Health Board is responsible for the sponsorship of doctors in training.",
        # A pay heading the section finder did not see.
        "Schedule & Compensation",
        # How the process runs, said in other words than "closing date".
        "We regret we cannot reply to everyone; if you do not hear from us, assume you "
        "have not been shortlisted.",
        "If you are ready to apply, follow the link below.",
        "Should you wish to discuss the post, ring the practice manager.",
        "Applications for this position will be reviewed on a rolling basis.",
        "Interviews for this post will be conducted on Zoom, so access to a webcam is needed.",
        "We look forward to hearing from you.",
        "If you love gardening as much as we do, we want to talk to you.",
        "To learn more about our commitment to inclusion, visit our careers page.",
        # Offers made by name or in the passive.
        "Hartwell Care will cover the cost of your enhanced DBS check.",
        "Assistance with relocation can be offered.",
        "You will be offered a full induction and a flexible approach to hours.",
        "Riverside Music offers an hourly rate based on experience and availability.",
        # Perks in US words.
        "Accrued vacation is provided to all employees eligible for vacation benefits.",
        "Employee stock purchase plan",
        "Mileage allowance for community visits",
        "Benefit offerings may differ based upon full-time and part-time status.",
        # Statements and disclaimers.
        "We do not discriminate on the basis of race, religion or disability.",
        "We encourage applicants from all backgrounds to consider a career with us.",
        "This job description is not intended to be an all-inclusive list of duties or skills.",
        # The employer speaking of itself, wherever the line stands.
        "We are a 40-bed hospice on the edge of the Peak District.",
        "At Oakridge, we believe every child can learn.",
        "We operate 60 garden centres across the Midlands.",
    ],
)
def test_a_line_that_asks_nothing_is_boilerplate(line: str) -> None:
    assert is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Ability to work remotely and independently when visiting outreach sites",
        "Proven ability to work remotely as part of a distributed team",
        "Must be able to work from home with a reliable internet connection",
        "Contribute to audits of pension records",
        "Training new starters on payroll and pension processes",
        "Managing the annual leave rota for 40 staff",
        "Share our values and have experience of leading a care team",
        "Experience of rehabilitation after stroke",
        "You are one of the leading experts in rail signalling",
        "We can offer training, but you must have experience of stock control.",
        "You must have the right to work in the UK without sponsorship.",
        "Applicants must not require visa sponsorship now or in the future.",
        "Apply infection control procedures on the ward",
        "Ensure the ward complies with infection control policy",
        "Knowledge of employee benefits for staff and their families",
        "Experience of reviewing grant applications for a funder",
        "Ability to travel to patients' homes; mileage paid at the council rate",
        "You will be offered supervision, and must hold a current HCPC registration",
        "Knowledge of vacation and leave policies in a large school district",
        "If you have two years' experience of stock control, we would like to hear from you.",
        "This post offers the opportunity for an experienced farrier to lead a small team.",
        "We are looking for a qualified electrician with three years' experience.",
        "We are a small team, so you will need to cover reception at lunchtimes.",
        "Experience designing reward and benefits",
    ],
)
def test_a_line_that_asks_for_something_is_kept(line: str) -> None:
    assert not is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "heading",
    ["WHY SHOULD YOU JOIN US?", "Would you like:", "Why you'll love working here:"],
)
def test_a_heading_that_sells_the_job_heads_benefits(heading: str) -> None:
    text = f"Stores Assistant\nEssential\n- Forklift licence\n\n{heading}\n- A free gym\n"
    assert heading_map(text).get(heading_key(heading)) == BENEFITS


def test_the_employer_speaking_of_young_people_asks_nothing() -> None:
    text = (
        "Family Support Worker\n"
        "We support young people with learning disabilities and their families.\n"
        "You must hold a Level 3 Diploma in Health and Social Care.\n"
    )
    assert rows(text) == ["You must hold a Level 3 Diploma in Health and Social Care."]


def test_a_posting_that_only_names_whom_it_wants_keeps_that() -> None:
    text = (
        "Locum Pharmacist\n"
        "Suitable for experienced and newly qualified pharmacists.\n"
        "The pharmacy is open 8am to 8pm, seven days a week.\n"
    )
    assert rows(text) == ["Suitable for experienced and newly qualified pharmacists."]


def test_covering_colleagues_leave_is_not_a_perk() -> None:
    assert not is_boilerplate(fold("We are recruiting for two sessions with annual leave cover."))


@pytest.mark.parametrize(
    "line",
    [
        "Experience working in a busy maternity unit",
        "BadgerNet or a similar maternity system",
        "Knowledge of maternity safeguarding procedures",
    ],
)
def test_maternity_work_is_not_a_maternity_perk(line: str) -> None:
    assert not is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "line",
    ["Enhanced maternity pay", "Generous maternity and paternity leave", "Enhanced adoption leave"],
)
def test_maternity_perks_are_still_perks(line: str) -> None:
    assert is_boilerplate(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "For an informal conversation, contact the Matron for Intrapartum Care, Jo Bell.",
        "For an informal conversation about the post, speak to Dev Patel, Lead Pharmacist",
        "Informal conversations are welcome: contact the practice manager",
    ],
)
def test_who_to_ring_for_an_informal_conversation_is_no_requirement(line: str) -> None:
    assert is_boilerplate(fold(line))
