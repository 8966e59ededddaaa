"""The bundled taxonomy (src/shortlist/data/skills.tsv and its companions) as shipped."""

import importlib.util
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from shortlist import find_skills
from shortlist.data import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
DATA = resources.files("shortlist.data")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _canonicals(text: str) -> list[str | None]:
    return [m.canonical for m in find_skills(text) if m.canonical is not None]


def _rows() -> list[list[str]]:
    lines = DATA.joinpath("skills.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:]]


def test_it_holds_thousands_of_skills_across_the_fields_the_issue_names() -> None:
    categories = Counter(row[2] for row in _rows())
    assert len(load_taxonomy()) >= 3000
    for field in (
        "programming languages",
        "data and analytics",
        "design",
        "marketing",
        "sales",
        "finance",
        "healthcare",
        "education",
        "logistics",
        "hr",
        "engineering",
        "hospitality",
        "competence",
    ):
        assert categories[field] >= 10, field


def test_the_most_common_skills_have_aliases() -> None:
    with_aliases = [row for row in _rows() if row[3]]
    assert len(with_aliases) >= 500


def test_competences_are_skills_and_tools_are_knowledge() -> None:
    taxonomy = load_taxonomy()
    for name in (
        "Stakeholder management",
        "Mentoring",
        "Communication",
        "Teamwork",
        "Problem solving",
        "Leadership",
        "Negotiation",
        "Customer service",
    ):
        entry = taxonomy.entry(name)
        assert entry is not None and entry.kind == "skill", name
    for name in ("Python", "Microsoft Excel", "Kubernetes", "Nursing", "Food safety"):
        entry = taxonomy.entry(name)
        assert entry is not None and entry.kind == "knowledge", name


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("GA4", "Google Analytics"),
        ("JS", "JavaScript"),
        ("MS Excel", "Microsoft Excel"),
        ("Excel", "Microsoft Excel"),
        ("Atlassian JIRA", "Jira"),
        ("Oracle Java", "Java"),
        ("Amazon Web Services AWS software", "Amazon Web Services"),
        ("AWS", "Amazon Web Services"),
        ("Structured query language SQL", "SQL"),
        ("team player", "Teamwork"),
        ("managing stakeholders", "Stakeholder management"),
    ],
)
def test_common_spellings_lead_to_one_canonical_name(alias: str, canonical: str) -> None:
    assert load_taxonomy().lookup(alias) == canonical


@pytest.mark.parametrize(
    ("wanted", "have", "relation"),
    [
        ("Java", "Spring Boot", "same"),
        ("Python", "Django", "same"),
        ("Python", "Flask", "same"),
        ("Python", "FastAPI", "same"),
        ("JavaScript", "React", "same"),
        ("SQL", "PostgreSQL", "same"),
        ("SQL", "MySQL", "same"),
        ("PostgreSQL", "MySQL", "related"),
        ("Amazon Web Services", "Microsoft Azure", "related"),
        ("Google Cloud Platform", "Amazon Web Services", "related"),
        ("Docker", "Kubernetes", "related"),
        ("Kubernetes", "Microsoft Excel", None),
    ],
)
def test_parents_give_same_and_related_skills(wanted: str, have: str, relation: str) -> None:
    assert load_taxonomy().relation(wanted, have) == relation


@pytest.mark.parametrize(
    ("wanted", "have", "relation"),
    [
        ("Sales", "Field sales", "same"),
        ("B2B sales", "Retail sales", "related"),
        ("Field sales", "Retail sales", "related"),
        ("Key account management", "Account management", "related"),
        ("Qualified Teacher Status", "Teaching assistant", None),
        ("Qualified Teacher Status", "Teaching", None),
        ("PGCE", "Qualified Teacher Status", "related"),
        ("Electronic health records", "Epic", "same"),
        ("EMIS Web", "SystmOne", "related"),
        ("Epic", "Allscripts", "related"),
        ("Recruitment", "Employer branding", "same"),
        ("Employer branding", "Recruitment", "related"),
        ("Sales and operations planning", "Commercial driving", None),
        ("Material requirements planning", "Demand planning", "related"),
        ("Commercial driving", "Driving licence", None),
        ("Category C+E licence", "Category C licence", "related"),
        ("NHS", "Healthcare", "related"),
        ("Workday HCM", "BambooHR", "related"),
        ("SAP EWM", "SAP WM", "related"),
        ("CPA", "ACCA", "related"),
    ],
)
def test_narrower_kinds_are_entries_under_their_umbrella_not_aliases_of_it(
    wanted: str, have: str, relation: str | None
) -> None:
    assert load_taxonomy().relation(wanted, have) == relation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retail Sales Assistant", ["Retail sales"]),
        ("Teaching Assistant", ["Teaching assistant"]),
        (
            "Qualified Teacher Status (QTS)",
            ["Qualified Teacher Status", "Qualified Teacher Status"],
        ),
        ("A full UK driving licence", ["Driving licence"]),
        ("Epic and Cerner", ["Epic", "Cerner"]),
        ("Employer branding", ["Employer branding"]),
        ("Demand planning and S&OP", ["Demand planning", "Sales and operations planning"]),
    ],
)
def test_narrower_terms_are_read_as_themselves(text: str, expected: list[str]) -> None:
    assert _canonicals(text) == expected


def test_generic_phrases_and_foreign_abbreviations_name_no_skill() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.lookup("SSP") is None
    assert taxonomy.lookup("hands-on") is None
    assert taxonomy.lookup("can-do") is None
    assert taxonomy.lookup("LinkedIn Recruiter") == "LinkedIn Recruiter"
    assert taxonomy.ancestors("LinkedIn Recruiter") == ("Recruitment", "Human resources")
    assert _canonicals("Hands-on experience with Greenhouse") == ["Greenhouse"]
    assert _canonicals("Statutory sick pay (SSP) and SMP") == []


def test_no_alias_holds_a_generic_phrase_or_an_unguarded_foreign_abbreviation() -> None:
    build = _script("build_taxonomy")
    generic = {build.fold(p) for p in build.read_lines(build.CURATED / "generic_phrases.txt")}
    ambiguous = {
        build.fold(a) for a in build.read_lines(build.CURATED / "ambiguous_abbreviations.txt")
    }
    guarded = {build.fold(r["surface"]) for r in build.read_rows(build.CONTEXT)}
    names = [name for row in _rows() for name in (row[0], *filter(None, row[3].split("|")))]
    assert [n for n in names if build.generic_inside(n, generic)] == []
    assert [n for n in names if build.fold(n) in ambiguous - guarded] == []


def test_a_short_abbreviation_from_a_rarely_used_tool_is_not_a_name() -> None:
    build = _script("build_taxonomy")
    rare = build.Tool(occupations={"15-1252.00"})
    common = build.Tool(occupations={f"{n:02d}-0000.00" for n in range(20)})
    sources = build.Sources(
        onet={},
        curated=[],
        vendors=[],
        common=set(),
        drop=set(),
        categories={},
        ambiguous={"ssp"},
        generic={"hands on"},
        guarded=set(),
        verbs={},
    )
    assert sources.derived_ok("Stack smashing protection", rare)
    assert not sources.derived_ok("SSP", common)
    assert not sources.derived_ok("BOB", rare)
    assert sources.derived_ok("AWS", common)
    assert not sources.derived_ok("Hands-on lab kit", common)


def test_every_parent_is_an_entry() -> None:
    taxonomy = load_taxonomy()
    missing = [
        (row[0], parent)
        for row in _rows()
        for parent in filter(None, row[4].split("|"))
        if taxonomy.entry(parent) is None
    ]
    assert missing == []


def test_no_single_common_word_is_an_unguarded_name() -> None:
    taxonomy = load_taxonomy()
    for word in (
        "project",
        "teams",
        "drive",
        "notes",
        "word",
        "access",
        "first",
        "set",
        "lead",
        "research",
        "design",
        "engineering",
        "organisation",
        "it",
    ):
        assert _canonicals(f"the {word} of it all") == [], word
    assert taxonomy.lookup("lead") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Backend services written in Go and Python", ["Backend development", "Go", "Python"]),
        ("Golang microservices", ["Go", "Microservices"]),
        ("We go to market in May and go-live in June", []),
        ("Designed REST APIs", ["REST APIs"]),
        ("Take a rest, then rest some more", []),
        ("Statistical computing in R and SAS", ["R", "SAS"]),
        ("R programming", ["R"]),
        ("John R. Smith led the R&D team", ["Research skills"]),
        ("Firmware in C and C++", ["Embedded systems", "C", "C++"]),
        ("Reports to the C-suite; vitamin C", []),
        ("iOS apps in Swift and SwiftUI", ["iOS", "Swift", "SwiftUI"]),
        ("A swift response to every request", []),
        ("Spring, Hibernate and Kafka", ["Spring Framework", "Hibernate", "Apache Kafka"]),
        ("Joined in Spring 2021", []),
        ("Serverless functions on AWS Lambda", ["Serverless", "AWS Lambda"]),
        (
            "Lambda functions with API Gateway on AWS",
            ["AWS Lambda", "Amazon API Gateway", "Amazon Web Services"],
        ),
        ("lambda calculus", ["Mathematics"]),
        ("Advanced Excel and Access", ["Excel data analysis", "Microsoft Access"]),
        ("You will excel at what you do", []),
        ("MS Access and Word", ["Microsoft Access", "Microsoft Word"]),
        ("Access to private medical insurance", []),
        ("In a word, word of mouth", []),
        ("Built with GNU Make and Bazel", ["CMake", "CMake"]),
        ("Make sure the build passes", []),
        (
            "Chef and Puppet for configuration management",
            ["Chef", "Puppet", "Configuration management"],
        ),
        ("Head Chef at a busy restaurant", ["Culinary arts"]),
        ("A puppet show", []),
        ("Systems programming in Rust", ["Programming", "Rust"]),
        ("Rust prevention coating", []),
        ("Ruby on Rails and Ruby", ["Ruby on Rails", "Ruby"]),
        ("Ruby Smith will call you", []),
        ("Java and Kotlin", ["Java", "Kotlin"]),
        ("Holidays on the island of Java", []),
        ("3+ years of professional experience writing Go in production", ["Go"]),
        ("Experience in Go", ["Go"]),
        ("Go services at scale", ["Go"]),
        ("Go (Golang)", ["Go", "Go"]),
        ("Go developer", ["Go"]),
        ("Ready to go in production", []),
        ("Go live in March", []),
        ("Experience with R", ["R"]),
        ("Writing R packages", ["R"]),
        ("R for statistics", ["R", "Statistics"]),
        ("Grade R learners", []),
        ("CPC and CPM bidding", ["Paid advertising", "Paid advertising"]),
        ("Driver CPC card", ["Driver CPC"]),
    ],
)
def test_ambiguous_words_count_only_in_context(text: str, expected: list[str]) -> None:
    # The matcher's scan: the phrase reading also leaves out title words ("Go developer").
    assert [m.canonical for m in load_taxonomy().find(text, phrases=False)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kubernets and Postgress", ["Kubernetes", "PostgreSQL"]),
        ("Javascipt, Terrafrom", ["JavaScript", "Terraform"]),
        ("Layers, invasion, filling, enzymes", []),
        ("Statistics and mathematicians", ["Statistics"]),
    ],
)
def test_typos_in_long_product_names_are_caught_but_words_are_left_alone(
    text: str, expected: list[str]
) -> None:
    assert _canonicals(text) == expected


def test_names_in_web_and_mail_addresses_are_ignored() -> None:
    assert _canonicals("linkedin.com/in/jane-python jane@java.dev") == []


def test_competence_phrases_are_found_as_skills() -> None:
    mentions = find_skills("Able to work independently and communicate effectively.")
    assert [(m.text, m.canonical, m.kind) for m in mentions] == [
        ("work independently", "Working independently", "skill"),
        ("communicate effectively", "Communication", "skill"),
    ]


def test_every_context_rule_row_has_seven_columns() -> None:
    lines = DATA.joinpath("skill_context.tsv").read_text(encoding="utf-8").splitlines()
    widths = {len(line.split("\t")) for line in lines if not line.startswith("#")}
    assert widths == {7}


def test_the_shipped_files_stay_small() -> None:
    sizes = {
        name: len(DATA.joinpath(name).read_bytes())
        for name in ("skills.tsv", "skill_words.tsv", "known_words.txt")
    }
    assert sizes["skills.tsv"] < 1_500_000
    assert sum(sizes.values()) < 2_000_000


def test_skills_tsv_is_what_the_build_script_makes_now() -> None:
    build = _script("build_taxonomy")
    if not build.DEFAULT_ONET.exists():
        pytest.skip("the O*NET source table is not on this machine")
    assert DATA.joinpath("skills.tsv").read_text(encoding="utf-8") == build.build(
        build.DEFAULT_ONET
    )


def test_the_word_lists_are_what_the_lexicon_script_makes_now() -> None:
    lexicon = _script("build_skill_lexicon")
    if not lexicon.DEFAULT_TRAIN.exists() or not lexicon.DEFAULT_QUESTIONS.exists():
        pytest.skip("the SkillSpan or Disfl-QA train split is not on this machine")
    assert DATA.joinpath("skill_words.tsv").read_text(encoding="utf-8") == lexicon.build(
        lexicon.DEFAULT_TRAIN
    )
    assert DATA.joinpath("known_words.txt").read_text(encoding="utf-8") == (
        lexicon.build_known(lexicon.DEFAULT_TRAIN, lexicon.DEFAULT_QUESTIONS)
    )


def test_competences_are_named_in_every_tense_from_a_verb_table() -> None:
    build = _script("build_taxonomy")
    verbs = build.read_verbs(build.CURATED / "verb_forms.tsv")
    names = ["managing a team", "Negotiate contracts", "thought leadership", "coaching style"]
    made = build.inflected(names, verbs)
    assert {"managed a team", "manage a team", "manages a team"} <= set(made)
    assert {"negotiated contracts", "negotiating contracts"} <= set(made)
    # A past form first is an adjective here, and "coaching style" is a noun phrase.
    assert not [m for m in made if m.endswith("leadership") or m.endswith("style")]
    assert "present" not in build.inflected(["presenting"], verbs)
