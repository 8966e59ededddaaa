"""One requirement line: its kind, facts and weight (requirements.py, weights.py)."""

import pytest

from shortlist.core.models import DegreeLevel, RequirementKind
from shortlist.core.posting.requirements import read_requirement, years_in
from shortlist.core.posting.weights import Weight, line_weight
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy

K = RequirementKind
MUST = Weight(True, "Requirements")
NICE = Weight(False, "Nice to have")

TAXONOMY = Taxonomy([
    SkillEntry("Python", "knowledge", "software"),
    SkillEntry("Java", "knowledge", "software"),
    SkillEntry("Kubernetes", "knowledge", "software", ("k8s",)),
    SkillEntry("SQL", "knowledge", "data"),
    SkillEntry("Microsoft Excel", "knowledge", "software", ("Excel",)),
    SkillEntry("Mentoring", "skill", "competence", ("mentor",)),
    SkillEntry("Communication", "skill", "competence", ("communication skills",)),
])  # fmt: skip


def kind_of(text: str) -> RequirementKind:
    return read_requirement(text, TAXONOMY, MUST).kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("5+ years of Python and a BSc in Computer Science", K.YEARS),
        ("BSc in Computer Science or equivalent", K.DEGREE),
        ("AWS Certified Solutions Architect", K.CERTIFICATION),
        ("CISSP or CISM", K.CERTIFICATION),
        ("Fluent in Spanish and English", K.LANGUAGE),
        ("Proficient in Java and SQL", K.SKILL),
        ("Must have the right to work in the UK", K.LOCATION),
        ("Willing to relocate to Leeds", K.LOCATION),
        ("Full clean driving licence", K.LOCATION),
        ("Security clearance (SC) or willingness to obtain it", K.LOCATION),
        ("Hands-on with k8s", K.SKILL),
        ("Experience as a mentor to junior staff", K.SOFT_SKILL),
        ("A team player with great attention to detail", K.SOFT_SKILL),
        ("Comfortable in a fast-moving start-up", K.RESPONSIBILITY),
    ],
)
def test_it_picks_the_first_kind_in_priority_order(text: str, kind: RequirementKind) -> None:
    assert kind_of(text) is kind


def test_a_years_line_keeps_its_skills_and_any_degree_it_names() -> None:
    req = read_requirement("3+ years with Python and k8s; a BSc in Physics", TAXONOMY, MUST)
    assert (req.kind, req.years, req.skills) == (K.YEARS, 3, ("Python", "Kubernetes"))
    assert (req.degree, req.field_of_study) == (DegreeLevel.BACHELOR, "Physics")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5),
        ("at least three years' experience", 3),
        ("Two years’ experience in a similar role", 2),
        ("minimum of 2 years in retail", 2),
        ("2-4 years experience", 2),
        ("3 to 5 years of experience", 3),
        ("10 yrs exp", 10),
        ("5 or more years as a nurse", 5),
        ("must be 18 years or older", None),
        ("at least 18 years of age", None),
        ("a 2-year contract", None),
        ("we have over 20 years of history", None),
    ],
)
def test_it_reads_the_minimum_years_asked_for(text: str, years: int | None) -> None:
    assert years_in(text) == years


@pytest.mark.parametrize(
    ("text", "level", "field"),
    [
        ("Bachelor's degree in Computer Science or a related field", DegreeLevel.BACHELOR,
         "Computer Science"),
        ("Bachelor's required, Master's preferred", DegreeLevel.BACHELOR, None),
        ("MSc or PhD in Statistics", DegreeLevel.MASTER, "Statistics"),
        ("A relevant degree", DegreeLevel.BACHELOR, None),
        ("A Nursing degree", DegreeLevel.BACHELOR, "Nursing"),
        ("High school diploma or GED", DegreeLevel.SECONDARY, None),
        ("MBA preferred", DegreeLevel.MASTER, "Business Administration"),
    ],
)  # fmt: skip
def test_it_reads_the_lowest_degree_accepted_and_its_field(
    text: str, level: DegreeLevel, field: str | None
) -> None:
    req = read_requirement(text, TAXONOMY, MUST)
    assert (req.kind, req.degree, req.field_of_study) == (K.DEGREE, level, field)


def test_a_high_degree_of_autonomy_is_not_a_degree() -> None:
    assert kind_of("A high degree of autonomy and ownership") is K.RESPONSIBILITY


def test_a_programming_language_is_never_a_spoken_language() -> None:
    req = read_requirement("Fluent in Python and Java", TAXONOMY, MUST)
    assert (req.kind, req.language, req.skills) == (K.SKILL, None, ("Python", "Java"))


def test_a_language_named_without_a_cue_is_not_a_language_requirement() -> None:
    assert (
        read_requirement("Experience teaching English literature", TAXONOMY, MUST).language is None
    )
    assert read_requirement("Native Polish speaker", TAXONOMY, MUST).language == "Polish"


def test_a_named_certification_is_kept_by_its_usual_name() -> None:
    assert read_requirement("PMP certified", TAXONOMY, MUST).certification == "PMP"
    assert read_requirement("Relevant certification", TAXONOMY, MUST).certification is None


def test_in_a_duties_section_loose_kinds_become_responsibilities() -> None:
    duty = read_requirement("Mentor engineers and run k8s", TAXONOMY, NICE, duty=True)
    assert (duty.kind, duty.skills) == (K.RESPONSIBILITY, ("Mentoring", "Kubernetes"))
    hard = read_requirement("2+ years in retail", TAXONOMY, NICE, duty=True)
    assert (hard.kind, hard.years) == (K.YEARS, 2)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("Python is required", Weight(True, "required")),
        ("Minimum 2 years", Weight(True, "Minimum")),
        ("You'll need a car", Weight(True, "You'll need")),
        ("You’ll need a car", Weight(True, "You’ll need")),
        ("Ideally you have Go", Weight(False, "Ideally")),
        ("You have Go, ideally in fintech", Weight(True, "You have")),
        ("Go is not required", Weight(False, "not required")),
        ("Go is preferred but not required", Weight(False, "preferred")),
        ("Bachelor's required, Master's preferred", Weight(True, "required")),
        ("Experience with Go would be great", Weight(False, "would be great")),
        ("Bonus points for Go", Weight(False, "Bonus points")),
        ("Kafka (desirable)", Weight(False, "desirable")),
        ("Familiarity with Go is an advantage", Weight(False, "an advantage")),
        ("Strong Go, preferably with gRPC", None),
        ("Go and Rust", None),
    ],
)
def test_it_reads_the_must_or_nice_cue_in_a_line(text: str, weight: Weight | None) -> None:
    assert line_weight(text) == weight


def test_a_line_cue_beats_the_section_default_and_is_recorded() -> None:
    nice = read_requirement("Kubernetes is a plus", TAXONOMY, MUST)
    assert (nice.must_have, nice.weight_cue) == (False, "a plus")
    plain = read_requirement("Kubernetes", TAXONOMY, NICE)
    assert (plain.must_have, plain.weight_cue) == (False, "Nice to have")


def test_a_requirements_skill_mentions_point_into_its_own_text() -> None:
    from pathlib import Path

    from shortlist.core.posting.parse import parse_posting
    from shortlist.data import load_taxonomy

    pairs = Path(__file__).parents[3] / "benchmarks" / "match_pairs"
    checked = 0
    for posting in sorted(pairs.glob("*/posting.txt")):
        for req in parse_posting(posting.read_text(encoding="utf-8"), load_taxonomy()).requirements:
            for mention in req.mentions:
                assert req.text[mention.start : mention.end] == mention.text
                checked += 1
    assert checked > 200


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("M.Arch required", DegreeLevel.MASTER),
        ("B. Eng in Civil Engineering", DegreeLevel.BACHELOR),
    ],
)
def test_a_posting_degree_the_reader_knows_is_typed_as_a_degree(
    text: str, level: DegreeLevel
) -> None:
    from shortlist.data import load_taxonomy

    req = read_requirement(text, load_taxonomy(), Weight(True, None))
    assert (req.kind, req.degree) == (RequirementKind.DEGREE, level)
