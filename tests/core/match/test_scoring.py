"""The score formula (docs/scoring.md), on hand-built CVs and postings."""

from shortlist.core.match.matching import band_of, cap_for, match_cv, weight_of
from shortlist.core.models import (
    CV,
    DateSpan,
    Line,
    Posting,
    Requirement,
    RequirementKind,
    Role,
    Section,
    SkillUse,
    Status,
    month_index,
)
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy

TAXONOMY = Taxonomy(
    [
        SkillEntry("SQL", "knowledge", "data"),
        SkillEntry("PostgreSQL", "knowledge", "data", ("Postgres",), ("SQL",)),
        SkillEntry("MySQL", "knowledge", "data", (), ("SQL",)),
        SkillEntry("Python", "knowledge", "languages"),
        SkillEntry("Go", "knowledge", "languages"),
        SkillEntry("Kubernetes", "knowledge", "ops"),
    ]
)

HEADER = Line("Backend Engineer, Acme - Jan 2020 - Dec 2022", 0)
BULLET = Line("- Built billing APIs in Python on MySQL", 46)


def _cv(*uses: SkillUse) -> CV:
    role = Role(
        "Backend Engineer",
        "Acme",
        DateSpan(month_index(2020, 1), month_index(2022, 12), False, "Jan 2020 - Dec 2022"),
        HEADER,
        (BULLET,),
    )
    return CV(
        text=f"{HEADER.text}\n{BULLET.text}",
        sections=(Section("experience", "", (HEADER, BULLET)),),
        roles=(role,),
        skills=uses,
        achievements=(),
        education=(),
        certifications=(),
        languages=(),
        total_months=36,
    )


PYTHON = SkillUse("Python", "knowledge", 36, month_index(2022, 12), (0,), (BULLET,))
MYSQL = SkillUse("MySQL", "knowledge", 36, month_index(2022, 12), (0,), (BULLET,))


def _posting(*reqs: Requirement) -> Posting:
    return Posting("", None, None, None, None, None, reqs)


def _skill(text: str, *skills: str, must: bool = True) -> Requirement:
    return Requirement(text, RequirementKind.SKILL, must, skills)


def test_a_met_must_have_earns_full_credit_with_the_cv_line_as_evidence() -> None:
    report = match_cv(_cv(PYTHON), _posting(_skill("Python", "Python")), TAXONOMY)
    (row,) = report.rows
    assert (row.status, row.credit, row.evidence) == (Status.MET, 1.0, BULLET.text)
    assert report.score == 100
    assert report.band == "Strong match"


def test_a_related_skill_is_partial_at_half_credit() -> None:
    report = match_cv(_cv(MYSQL), _posting(_skill("PostgreSQL", "PostgreSQL")), TAXONOMY)
    (row,) = report.rows
    assert (row.status, row.credit) == (Status.PARTIAL, 0.5)
    assert "related MySQL" in row.note
    assert report.score == 50


def test_it_caps_score_when_a_must_have_is_missing() -> None:
    nice = [_skill(f"Python {i}", "Python", must=False) for i in range(20)]
    posting = _posting(_skill("Python", "Python"), _skill("Kubernetes", "Kubernetes"), *nice)
    report = match_cv(_cv(PYTHON), posting, TAXONOMY)
    assert report.raw_score == round(100 * (3 + 20) / (6 + 20), 2)
    assert report.cap == 64
    assert report.score == 64
    assert report.band == "Partial match"
    assert report.notes == ("Capped at 64 (from 88): a must-have is missing.",)


def test_nice_to_haves_cannot_lift_three_missing_must_haves_out_of_weak() -> None:
    nice = [_skill(f"Python {i}", "Python", must=False) for i in range(50)]
    musts = [_skill(f"K8s {i}", "Kubernetes") for i in range(3)]
    report = match_cv(_cv(PYTHON), _posting(*musts, *nice), TAXONOMY)
    assert report.score == 44
    assert report.band == "Weak match"


def test_an_or_list_needs_one_skill_and_an_and_list_needs_all() -> None:
    either = match_cv(_cv(PYTHON), _posting(_skill("Python or Go", "Python", "Go")), TAXONOMY)
    both = match_cv(_cv(PYTHON), _posting(_skill("Python and Go", "Python", "Go")), TAXONOMY)
    assert either.rows[0].status is Status.MET
    assert (both.rows[0].status, both.rows[0].credit) == (Status.PARTIAL, 0.5)


def test_years_are_counted_from_roles_that_used_the_skill() -> None:
    five = Requirement("5+ years of Python", RequirementKind.YEARS, True, ("Python",), years=5)
    two = Requirement("2+ years of Python", RequirementKind.YEARS, True, ("Python",), years=2)
    report = match_cv(_cv(PYTHON), _posting(five, two), TAXONOMY)
    assert [r.status for r in report.rows] == [Status.PARTIAL, Status.MET]
    assert report.rows[0].credit == 0.6
    assert report.rows[0].note == "Python: 3 yr in roles (asked: 5+ yr)"


def test_location_rows_are_shown_but_never_scored() -> None:
    where = Requirement("Must have the right to work in the UK", RequirementKind.LOCATION, True)
    report = match_cv(_cv(PYTHON), _posting(_skill("Python", "Python"), where), TAXONOMY)
    assert report.rows[1].weight == 0.0
    assert report.rows[1].status is Status.MISSING
    assert report.score == 100


def test_a_posting_with_no_requirements_is_not_given_a_number() -> None:
    report = match_cv(_cv(PYTHON), _posting(), TAXONOMY)
    assert (report.score, report.band) == (0, "Not enough to score")
    assert report.notes


def test_gap_advice_never_tells_the_user_to_claim_a_missing_skill() -> None:
    report = match_cv(_cv(PYTHON), _posting(_skill("Kubernetes", "Kubernetes")), TAXONOMY)
    (gap,) = report.gaps
    # Nothing on this CV is kin to Kubernetes: the advice is the honest "not yet".
    assert gap.advice.startswith("Your CV does not show this. If you have not used it, say so")


def test_weights_bands_and_caps_follow_the_documented_table() -> None:
    assert weight_of(_skill("x", must=True)) == 3.0
    assert weight_of(_skill("x", must=False)) == 1.0
    assert weight_of(Requirement("x", RequirementKind.SOFT_SKILL, True)) == 1.5
    # A duty is context; a requirement line no skill decides is a must-have read loosely.
    assert weight_of(Requirement("x", RequirementKind.RESPONSIBILITY, False, duty=True)) == 0.5
    assert weight_of(Requirement("x", RequirementKind.RESPONSIBILITY, True)) == 1.5
    assert weight_of(Requirement("x", RequirementKind.RESPONSIBILITY, False)) == 1.0
    assert [band_of(s) for s in (100, 80, 79, 65, 64, 45, 44, 0)] == [
        "Strong match",
        "Strong match",
        "Good match",
        "Good match",
        "Partial match",
        "Partial match",
        "Weak match",
        "Weak match",
    ]
    assert [cap_for(n) for n in (0, 1, 2, 3, 7)] == [None, 64, 54, 44, 44]
