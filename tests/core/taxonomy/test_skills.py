"""The taxonomy and its matcher, on small hand-built taxonomies (no data files)."""

from shortlist.core.models import SkillMention
from shortlist.core.taxonomy.context import ContextRule
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy

ENTRIES = [
    SkillEntry("SQL", "knowledge", "databases"),
    SkillEntry("PostgreSQL", "knowledge", "databases", ("Postgres",), ("SQL",), typos=True),
    SkillEntry("MySQL", "knowledge", "databases", (), ("SQL",), typos=True),
    SkillEntry("Java", "knowledge", "programming languages"),
    SkillEntry("Spring Framework", "knowledge", "web", ("Spring",), ("Java",)),
    SkillEntry("Spring Boot", "knowledge", "web", (), ("Spring Framework",)),
    SkillEntry("Kubernetes", "knowledge", "devops", ("k8s",), typos=True),
    SkillEntry("Amazon Web Services", "knowledge", "cloud", ("AWS",)),
    SkillEntry("Go", "knowledge", "programming languages", ("Golang",)),
    SkillEntry("Python", "knowledge", "programming languages", ("python3",), typos=True),
    SkillEntry("Mentoring", "skill", "competence", ("mentored",)),
]
GO = ContextRule(
    surface="go",
    exact="Go",
    near=frozenset({"programming languages", "devops"}),
    cues=frozenset({"written in"}),
    before=frozenset({"with"}),
    veto_after=frozenset({"to", "live"}),
)
SPRING = ContextRule(
    surface="spring",
    exact="Spring",
    listed_any_case=True,
    near=frozenset({"programming languages"}),
    veto_after=frozenset({"<num>"}),
)


def _taxonomy(
    known_words: tuple[str, ...] = (), phrase_shares: dict[str, float] | None = None
) -> Taxonomy:
    return Taxonomy(
        ENTRIES, rules=[GO, SPRING], known_words=known_words, phrase_shares=phrase_shares
    )


def _found(text: str, taxonomy: Taxonomy | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in (taxonomy or _taxonomy()).find(text)]


def test_it_looks_up_aliases_whatever_their_case_and_hyphens() -> None:
    taxonomy = _taxonomy()
    assert taxonomy.lookup("K8S") == "Kubernetes"
    assert taxonomy.lookup(" postgres ") == "PostgreSQL"
    assert taxonomy.lookup("amazon-web-services") == "Amazon Web Services"
    assert taxonomy.lookup("Cobol") is None


def test_it_reports_mentions_with_offsets_that_quote_the_input() -> None:
    text = "Built APIs on Postgres and k8s."
    mentions = _taxonomy().find(text)
    assert mentions == [
        SkillMention(14, 22, "Postgres", "PostgreSQL", "knowledge"),
        SkillMention(27, 30, "k8s", "Kubernetes", "knowledge"),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_the_longest_name_starting_first_wins() -> None:
    assert _found("Spring Boot services in Java") == [
        ("Spring Boot", "Spring Boot"),
        ("Java", "Java"),
    ]


def test_it_matches_whole_words_only() -> None:
    assert _found("Javanese mysqldump pythonic") == []


def test_it_matches_across_hyphens_and_case() -> None:
    assert _found("amazon-web-services and SPRING-BOOT") == [
        ("amazon-web-services", "Amazon Web Services"),
        ("SPRING-BOOT", "Spring Boot"),
    ]


def test_it_ignores_names_inside_web_and_mail_addresses() -> None:
    assert _found("see github.com/java/k8s or java@example.com; Java") == [("Java", "Java")]


def test_ancestors_come_nearest_first() -> None:
    assert _taxonomy().ancestors("Spring Boot") == ("Spring Framework", "Java")
    assert _taxonomy().ancestors("Unknown") == ()


def test_a_child_skill_is_the_same_as_its_parent_when_the_parent_is_wanted() -> None:
    assert _taxonomy().relation("Java", "Spring Boot") == "same"
    assert _taxonomy().relation("SQL", "PostgreSQL") == "same"


def test_siblings_and_a_wanted_child_are_related() -> None:
    assert _taxonomy().relation("PostgreSQL", "MySQL") == "related"
    assert _taxonomy().relation("Spring Boot", "Java") == "related"


def test_unconnected_skills_have_no_relation() -> None:
    assert _taxonomy().relation("Kubernetes", "Java") is None


def test_an_ambiguous_name_counts_next_to_a_skill_of_a_listed_category() -> None:
    assert _found("Languages: Go, Python") == [("Go", "Go"), ("Python", "Python")]


def test_an_ambiguous_name_counts_with_a_cue_or_a_confirming_word_before_it() -> None:
    assert _found("Services written in Go.") == [("Go", "Go")]
    assert _found("Experience with Go is a plus") == [("Go", "Go")]


def test_an_ambiguous_name_does_not_count_without_context_or_when_vetoed() -> None:
    assert _found("Go for it.") == []
    assert _found("Python users go to market; Go live with Python") == [
        ("Python", "Python"),
        ("Python", "Python"),
    ]


def test_an_exact_case_rule_refuses_other_spellings() -> None:
    assert _found("we go with python") == [("python", "Python")]


def test_a_list_rule_accepts_other_spellings_only_inside_a_list() -> None:
    assert _found("java, spring, postgres") == [
        ("java", "Java"),
        ("spring", "Spring Framework"),
        ("postgres", "PostgreSQL"),
    ]
    assert _found("spring cleaning with java") == [("java", "Java")]


def test_a_number_after_a_name_can_veto_it() -> None:
    assert _found("Java coder since Spring 2021") == [("Java", "Java")]


def test_a_long_misspelt_product_name_is_matched() -> None:
    assert _found("Kubernets, Postgress and Pyhton") == [
        ("Kubernets", "Kubernetes"),
        ("Postgress", "PostgreSQL"),
        ("Pyhton", "Python"),
    ]


def test_typos_leave_known_words_short_words_and_inflections_alone() -> None:
    taxonomy = _taxonomy(known_words=("kubernetesy",))
    assert _found("kubernetesy mysqls pythons myswl", taxonomy) == []


def test_competence_phrases_come_back_without_a_canonical_name() -> None:
    taxonomy = _taxonomy(phrase_shares={"work": 0.3, "independently": 0.8, "motivated": 0.6})
    assert taxonomy.find("You work independently, motivated by Java.") == [
        SkillMention(4, 22, "work independently", None, "skill"),
        SkillMention(24, 33, "motivated", None, "skill"),
        SkillMention(37, 41, "Java", "Java", "knowledge"),
    ]


def test_a_lone_word_below_the_single_word_bar_is_no_phrase() -> None:
    taxonomy = _taxonomy(phrase_shares={"skills": 0.45, "independently": 0.8})
    assert _found("Skills: independently", taxonomy) == [("independently", None)]


def test_phrases_can_be_left_out() -> None:
    taxonomy = _taxonomy(phrase_shares={"independently": 0.8})
    assert taxonomy.find("independently", phrases=False) == []


def test_knowledge_phrases_come_back_as_knowledge_without_a_canonical_name() -> None:
    taxonomy = Taxonomy(ENTRIES, knowledge_shares={"predictive": 0.8, "processing": 0.3})
    assert taxonomy.find("Research in predictive processing and Java.") == [
        SkillMention(12, 33, "predictive processing", None, "knowledge"),
        SkillMention(38, 42, "Java", "Java", "knowledge"),
    ]
    assert taxonomy.find("Research in predictive processing.", phrases=False) == []


def test_a_lone_knowledge_word_needs_the_higher_single_word_bar() -> None:
    taxonomy = Taxonomy(ENTRIES, knowledge_shares={"robotics": 0.75, "processing": 0.6})
    assert _found("robotics, processing", taxonomy) == [("robotics", None)]


def test_a_name_in_a_job_title_is_still_a_mention_as_the_matcher_sees_it() -> None:
    # SkillSpan does not label "Java" in "Java Developer"; a CV's title still shows Java,
    # and `shortlist skills` must list what the matcher counts.
    taxonomy = Taxonomy(ENTRIES, knowledge_shares={"java": 0.7})
    text = "Senior Java Software Engineer wanted: Java and the AWS team."
    assert [m.text for m in taxonomy.find(text)] == ["Java", "Java", "AWS"]
    assert [m.text for m in taxonomy.find(text, phrases=False)] == ["Java", "Java", "AWS"]


def test_a_competence_entry_is_a_skill_mention_with_its_canonical_name() -> None:
    assert _taxonomy().find("mentored two juniors") == [
        SkillMention(0, 8, "mentored", "Mentoring", "skill")
    ]


def test_an_empty_taxonomy_finds_nothing() -> None:
    assert Taxonomy([]).find("Python") == []
    assert len(Taxonomy([])) == 0


def test_distant_relatives_are_not_related() -> None:
    taxonomy = Taxonomy(
        [
            SkillEntry("Engineering", "knowledge", "x"),
            SkillEntry("Testing", "knowledge", "x", parents=("Engineering",)),
            SkillEntry("Unit testing", "knowledge", "x", parents=("Testing",)),
            SkillEntry("Version control", "knowledge", "x", parents=("Engineering",)),
            SkillEntry("Git", "knowledge", "x", parents=("Version control",)),
        ]
    )
    assert taxonomy.relation("Testing", "Version control") == "related"
    assert taxonomy.relation("Testing", "Git") is None
    assert taxonomy.relation("Unit testing", "Git") is None
    assert taxonomy.relation("Engineering", "Git") == "same"


def test_a_case_sensitive_name_counts_only_as_written() -> None:
    taxonomy = Taxonomy(
        [SkillEntry("Blast Output Browser", "knowledge", "x", ("BOB",), exact=("BOB",))]
    )
    assert _found("Bob used BOB", taxonomy) == [("BOB", "Blast Output Browser")]


def test_epic_is_the_health_record_system_beside_clinical_words_and_not_an_adjective() -> None:
    from shortlist import find_skills

    found = find_skills("Super-user for the Epic ICU flowsheet go-live; trained 40 nurses.")
    assert ("Epic", "Epic") in [(m.text, m.canonical) for m in found]
    assert find_skills("It was an epic journey and the epic fail of the year") == []


def test_a_capitalised_ambiguous_name_after_experience_with_is_the_product() -> None:
    from shortlist import find_skills

    assert [(m.text, m.canonical) for m in find_skills("Experience with Snowflake")] == [
        ("Snowflake", "Snowflake")
    ]
    assert find_skills("a snowflake schema") == []
    assert find_skills("It was a go-live; we go with the flow") == []
