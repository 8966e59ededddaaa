"""Which lines of a posting head a section, and which sentences ask for nothing."""

from shortlist.core.models import Posting
from shortlist.core.posting.parse import parse_posting
from shortlist.core.posting.sections import DUTIES
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy

TAXONOMY = Taxonomy([
    SkillEntry("SQL", "knowledge", "data"),
    SkillEntry("Python", "knowledge", "software"),
    SkillEntry("Team leadership", "skill", "competence", ("lead a team",)),
])  # fmt: skip


def weights(text: str) -> list[tuple[bool, str]]:
    """(must_have, text) per requirement outside the duties, in order."""
    posting = parse_posting(text, TAXONOMY)
    duties = {
        line.text.lstrip("- ") for s in posting.sections if s.name == DUTIES for line in s.lines
    }
    return [(req.must_have, req.text) for req in posting.requirements if req.text not in duties]


def sections(posting: Posting) -> list[tuple[str, str]]:
    return [(s.name, s.heading) for s in posting.sections]


ACCOUNT_MANAGER = """Account Manager
TableTop Ltd

What you'll need
- 2+ years of account management experience
- Experience using SQL for reporting

Even better if you have
- Experience with booking systems
- Knowledge of the local restaurant scene

Day to day
- Call your venues
"""


def test_a_plain_line_naming_a_nice_to_have_list_heads_it() -> None:
    posting = parse_posting(ACCOUNT_MANAGER, TAXONOMY)
    assert sections(posting)[1:] == [
        ("requirements", "What you'll need"),
        ("preferred", "Even better if you have"),
        ("responsibilities", "Day to day"),
    ]
    assert weights(ACCOUNT_MANAGER) == [
        (True, "2+ years of account management experience"),
        (True, "Experience using SQL for reporting"),
        (False, "Experience with booking systems"),
        (False, "Knowledge of the local restaurant scene"),
    ]


def test_other_nice_to_have_lead_ins_without_a_colon_head_their_lists() -> None:
    for heading in (
        "It would be an advantage to have",
        "Also great to have",
        "Assets",
        "Bonus points for",
        "It would be great if you also had",
        "Person specification - Desirable",
    ):
        text = f"Analyst\n\nRequired\n- Strong SQL\n\n{heading}\n- Python for analysis\n"
        assert weights(text) == [(True, "Strong SQL"), (False, "Python for analysis")], heading


def test_a_plain_requirement_line_over_a_list_is_not_taken_for_a_heading() -> None:
    text = "Analyst\n\nRequirements\nExperience with SQL\n- Python for analysis\n"
    posting = parse_posting(text, TAXONOMY)
    assert sections(posting)[1:] == [("requirements", "Requirements")]
    assert weights(text) == [(True, "Experience with SQL"), (True, "Python for analysis")]


def test_you_will_over_a_list_heads_duties_not_requirements() -> None:
    text = "Chef\n\nEssential\n- Level 3 food hygiene certificate\n\nYou will\n- Run service\n"
    posting = parse_posting(text, TAXONOMY)
    assert sections(posting)[1:] == [
        ("requirements", "Essential"),
        ("responsibilities", "You will"),
    ]
    assert [(r.kind.value, r.must_have, r.text) for r in posting.requirements] == [
        ("certification", True, "Level 3 food hygiene certificate"),
        ("responsibility", False, "Run service"),
    ]


def test_a_sentence_describing_the_job_is_not_a_must_have() -> None:
    text = (
        "Regional Sales Manager\nCorrigan Ltd\n\n"
        "Corrigan makes surgical instruments. You will lead a team of five territory managers.\n"
        "You will need 5+ years of SQL.\n\n"
        "Essential\n- A proven record of exceeding sales targets\n"
    )
    assert weights(text) == [
        (True, "You will need 5+ years of SQL."),
        (True, "A proven record of exceeding sales targets"),
    ]


def test_a_sentence_placing_the_job_in_a_team_is_not_a_duty() -> None:
    text = (
        "Backend Engineer\n\nThe role\n"
        "You will join the Referrals team, which owns the services that move a referral.\n"
        "You will design and run the APIs behind our booking products.\n"
    )
    posting = parse_posting(text, TAXONOMY)
    assert [r.text for r in posting.requirements] == [
        "You will design and run the APIs behind our booking products."
    ]


def test_the_company_speaking_of_itself_asks_for_nothing() -> None:
    text = (
        "Digital Marketing Manager\nLarkspur\n\n"
        "We spend $80k a month on paid media and want a hands-on manager to grow it.\n"
        "We are looking for someone with strong SQL skills.\n"
    )
    assert weights(text) == [(True, "We are looking for someone with strong SQL skills.")]
