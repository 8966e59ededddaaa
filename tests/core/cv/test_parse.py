"""parse_cv on realistic CVs of several professions (core/cv/parse.py and its helpers)."""

from functools import partial

from tests.growth import LINEAR_AT_4X, growth

from shortlist.core.cv.parse import MAX_ROLES, parse_cv
from shortlist.core.models import CV, DegreeLevel, Line, month_index
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy
from shortlist.core.text.lines import heading_key
from shortlist.data import load_taxonomy

TAXONOMY = Taxonomy(
    [
        SkillEntry("Python", "knowledge", "software"),
        SkillEntry("Java", "knowledge", "software"),
        SkillEntry("Spring Boot", "knowledge", "software", ("springboot",), ("Java",)),
        SkillEntry("Kubernetes", "knowledge", "software", ("k8s",)),
        SkillEntry("PostgreSQL", "knowledge", "software", ("Postgres",), ("SQL",)),
        SkillEntry("SQL", "knowledge", "data"),
        SkillEntry("MySQL", "knowledge", "software", (), ("SQL",)),
        SkillEntry("Docker", "knowledge", "software"),
        SkillEntry("Amazon Web Services", "knowledge", "software", ("AWS",)),
        SkillEntry("Google Analytics", "knowledge", "marketing", ("GA4",)),
        SkillEntry("Microsoft Excel", "knowledge", "software", ("Excel",)),
        SkillEntry("Stakeholder management", "skill", "competence"),
        SkillEntry("Mentoring", "skill", "competence", ("mentored",)),
        SkillEntry("Communication", "skill", "competence"),
        SkillEntry("Project management", "skill", "competence"),
        SkillEntry("Medication administration", "skill", "clinical"),
        SkillEntry("Inventory management", "skill", "logistics"),
    ]
)
FEB_2021 = month_index(2021, 2)
JUN_2024 = month_index(2024, 6)

ENGINEER = """Jordan Patel
London | jordan.patel@example.com | +44 7700 900789

PROFILE
Backend engineer with 9 years of Python and Java.

EXPERIENCE
Senior Engineer, Acme Corp — Mar 2019 - Present
- Led migration of 40 services to Kubernetes, cutting deploy time from 2 hours to 15 minutes
- Built billing APIs in Python on Postgres
- Mentored 4 junior engineers

Acme Corp | Software Engineer | 2016-2019
- Wrote Java and Spring Boot services; reduced p95 latency by 35%
- Ran weekly 1:1s with two interns

Data Analyst
Beta Ltd, Leeds
06/2015 – 12/2015
- Built Excel reports for 12 stakeholders

EDUCATION
BSc Computer Science, University of Leeds, 2015
A-levels: Maths, Physics

SKILLS
Python, Java, Docker, AWS, SQL, MySQL
Languages: English (native), Spanish (C1), French - basic

CERTIFICATIONS
AWS Certified Solutions Architect – Associate (2021)
"""

NURSE = """MARIA GARCIA, RN
Manchester | maria.garcia@example.org | 07700 900456

Personal statement
Compassionate registered nurse with 8 years on acute medical wards.

Clinical Experience
2019 – present  Senior Staff Nurse, St Mary's Hospital
• Lead a team of 6 nurses on a 28-bed acute medical ward
• Reduced medication administration errors by 30% with a double-check protocol
2014 – 2019  Staff Nurse, Royal Infirmary
• Cared for up to 8 patients per shift on a surgical ward
• Mentored student nurses

Education
BSc (Hons) Nursing, University of Manchester, 2014

Licences & Certifications
Registered Nurse (RN), NMC PIN 12A3456E
Advanced Life Support (ALS), 2022

Languages
English - native; Spanish - conversational
"""

TEACHER = """Tom Baker
Bristol

Profile:
Secondary maths teacher who raised GCSE pass rates.

Work history:
Jan 2018 to Dec 2020: Maths Teacher at Hillside Academy
- Raised GCSE maths pass rate from 62% to 81% in two years
- Led the Year 9 curriculum redesign
Sep 2021 - Present: Head of Maths at Oakwood School
- Manage a department of 7 teachers and a £40k budget

Qualifications:
PGCE Secondary Mathematics, University of Bristol, 2017
BA Mathematics, University of Exeter, 2016
Qualified Teacher Status (QTS)
"""

ACCOUNTANT = """## Priya Shah
## Experience
Finance Manager
Northwind Traders Ltd
03/2020 – now
- Closed month-end in 4 days instead of 9
- Own the £12m annual budget and monthly reporting in Excel
Senior Accountant
Contoso plc
2017-03 – 2020-02
- Cut audit adjustments by 50%
## Education
MSc Accounting and Finance, London School of Economics, 2016
## Certifications
ACCA, 2019
"""

MARKETING = """Alex Kim — Marketing Manager

SUMMARY
Growth marketer. Ten years in B2C.

PROFESSIONAL EXPERIENCE
Globex Media Group | Marketing Manager | 2018-2023
- Grew organic traffic 3x using Google Analytics and A/B tests
- Managed a $2M annual paid media budget
Initech | Marketing Executive | 2015-2018
- Launched 12 email campaigns with stakeholder management across sales and product

CORE COMPETENCIES
Google Analytics (GA4), SEO, Project management, Communication

EDUCATION
Bachelor of Business Administration (BBA), Marketing, 2015
"""

WAREHOUSE = """DANIEL OKAFOR
Warehouse Supervisor

EMPLOYMENT
FastShip Logistics, Leicester
Warehouse Supervisor
May 2017 – Present
- Supervise 25 pickers and packers across two shifts
- Improved order accuracy from 96.1% to 99.4% with better inventory management
QuickMart Stores
Forklift Operator
Jan 2014 – Apr 2017
- Unloaded 40 trailers a week

Licences
Counterbalance forklift licence
Full clean UK driving licence

Education
GCSEs in English and Maths, Leicester Community College
"""


def _roles(cv: CV) -> list[tuple[str, str, int | None]]:
    return [(r.title, r.employer, r.span.months if r.span else None) for r in cv.roles]


def _texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def _all_lines(cv: CV) -> list[Line]:
    lines = [line for section in cv.sections for line in section.lines]
    for role in cv.roles:
        lines += [role.header, *role.lines]
    for use in cv.skills:
        lines += use.evidence
    lines += [*cv.achievements, *cv.certifications]
    lines += [e.line for e in cv.education] + [lang.line for lang in cv.languages]
    return lines


# Roles and their layouts


def test_it_reads_title_employer_and_an_open_span_on_one_line() -> None:
    cv = parse_cv(
        "Senior Engineer, Acme Corp — Mar 2019 - Present\n- Built things", TAXONOMY, today=FEB_2021
    )
    (role,) = cv.roles
    assert (role.title, role.employer) == ("Senior Engineer", "Acme Corp")
    assert role.span is not None
    assert (role.span.months, role.span.current, role.span.text) == (24, True, "Mar 2019 - Present")
    assert _texts(role.lines) == ["- Built things"]


def test_it_reads_the_software_engineer_cv_in_three_layouts() -> None:
    cv = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021)
    assert _roles(cv) == [
        ("Senior Engineer", "Acme Corp", 24),
        ("Software Engineer", "Acme Corp", 48),
        ("Data Analyst", "Beta Ltd", 7),
    ]
    assert [r.header.text for r in cv.roles] == [
        "Senior Engineer, Acme Corp — Mar 2019 - Present",
        "Acme Corp | Software Engineer | 2016-2019",
        "Data Analyst",
    ]
    assert _texts(cv.roles[2].lines) == [
        "Beta Ltd, Leeds",
        "06/2015 – 12/2015",
        "- Built Excel reports for 12 stakeholders",
    ]
    # "2016-2019" runs to Dec 2019, so Mar-Dec 2019 (10 months) is shared with the first.
    assert cv.total_months == 24 + 48 + 7 - 10


def test_lines_after_a_header_belong_to_that_role_until_the_next_header() -> None:
    cv = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021)
    assert _texts(cv.roles[0].lines) == [
        "- Led migration of 40 services to Kubernetes, cutting deploy time from 2 hours to "
        "15 minutes",
        "- Built billing APIs in Python on Postgres",
        "- Mentored 4 junior engineers",
    ]
    assert _texts(cv.roles[1].lines) == [
        "- Wrote Java and Spring Boot services; reduced p95 latency by 35%",
        "- Ran weekly 1:1s with two interns",
    ]


def test_it_reads_three_line_headers_with_now() -> None:
    text = "EXPERIENCE\nSenior Engineer\nAcme Corp, London\n06/2020 – now\n- Shipped the API\n"
    (role,) = parse_cv(text, TAXONOMY, today=FEB_2021).roles
    assert (role.title, role.employer, role.header.text) == (
        "Senior Engineer",
        "Acme Corp",
        "Senior Engineer",
    )
    assert role.span is not None
    assert (role.span.months, role.span.current) == (9, True)


def test_it_reads_dates_first_with_a_colon_and_at() -> None:
    cv = parse_cv(TEACHER, TAXONOMY, today=JUN_2024)
    assert _roles(cv) == [
        ("Maths Teacher", "Hillside Academy", 36),
        ("Head of Maths", "Oakwood School", 34),
    ]


def test_it_reads_dates_first_then_title_and_employer() -> None:
    cv = parse_cv(NURSE, TAXONOMY, today=JUN_2024)
    assert _roles(cv) == [
        ("Senior Staff Nurse", "St Mary's Hospital", 66),
        ("Staff Nurse", "Royal Infirmary", 72),
    ]


def test_overlapping_roles_count_each_month_once() -> None:
    # 2014-2019 and 2019-2024/06 share 2019: 72 + 66 months, 12 of them twice.
    cv = parse_cv(NURSE, TAXONOMY, today=JUN_2024)
    assert cv.total_months == 72 + 66 - 12


def test_it_reads_title_then_employer_then_dates_with_markdown_headings() -> None:
    cv = parse_cv(ACCOUNTANT, TAXONOMY, today=JUN_2024)
    assert _roles(cv) == [
        ("Finance Manager", "Northwind Traders Ltd", 52),
        ("Senior Accountant", "Contoso plc", 36),
    ]
    # The name on the first line is not a heading, even with "##".
    assert [s.name for s in cv.sections] == ["header", "experience", "education", "certifications"]


def test_it_reads_employer_then_title_then_dates() -> None:
    cv = parse_cv(WAREHOUSE, TAXONOMY, today=JUN_2024)
    assert _roles(cv) == [
        ("Warehouse Supervisor", "FastShip Logistics", 86),
        ("Forklift Operator", "QuickMart Stores", 40),
    ]


def test_a_capitalised_employer_line_is_not_taken_for_a_heading() -> None:
    text = "EXPERIENCE\nACME CORP\nSoftware Engineer\n2019 - 2020\n- Built it\n"
    cv = parse_cv(text, TAXONOMY)
    assert [s.name for s in cv.sections] == ["experience"]
    assert _roles(cv) == [("Software Engineer", "ACME CORP", 24)]


def test_an_unknown_heading_ends_the_last_role() -> None:
    text = (
        "Experience\nEngineer, Acme Ltd, 2019 - 2020\n- Built it\n\nSIDE QUESTS\n"
        "Sailed the Atlantic\n"
    )
    cv = parse_cv(text, TAXONOMY)
    assert _texts(cv.roles[0].lines) == ["- Built it"]
    assert [(s.name, _texts(s.lines)) for s in cv.sections][-1] == (
        "side quests",
        ["Sailed the Atlantic"],
    )


def test_an_employer_over_dated_titles_is_their_employer() -> None:
    text = (
        "Experience\nAcme Corp 2015 - 2020\nSenior Engineer 2018 - 2020\n- Led\n"
        "Engineer 2015 - 2017\n- Built\n"
    )
    cv = parse_cv(text, TAXONOMY)
    assert _roles(cv) == [("Senior Engineer", "Acme Corp", 36), ("Engineer", "Acme Corp", 36)]


def test_a_promotion_under_an_employer_named_once_keeps_that_employer() -> None:
    text = (
        "Experience\nSpotify\nProduct Manager, Jun 2018 – Present\n- Shipped search\n"
        "Associate PM, Jan 2016 – May 2018\n- Ran experiments\n"
        "Freelance Developer, 2012 – 2014\n- Built sites\n"
    )
    cv = parse_cv(text, TAXONOMY, today=JUN_2024)
    # The freelance role ended years before the next began: not the same employer.
    assert _roles(cv) == [
        ("Product Manager", "Spotify", 73),
        ("Associate PM", "Spotify", 29),
        ("Freelance Developer", "", 36),
    ]


def test_a_bold_markdown_header_is_a_role_not_a_bullet() -> None:
    cv = parse_cv(
        "**Product Manager**, Spotify (2018 – Present)\n- Shipped search\n",
        TAXONOMY,
        today=JUN_2024,
    )
    assert _roles(cv) == [("Product Manager", "Spotify", 78)]


def test_a_bullet_or_a_sentence_with_dates_is_not_a_role() -> None:
    text = (
        "Experience\nEngineer, Acme Ltd, 2015 - 2020\n- Led the 2016-2018 migration\n"
        "I worked on payments from 2017 to 2019.\n"
    )
    cv = parse_cv(text, TAXONOMY)
    assert _roles(cv) == [("Engineer", "Acme Ltd", 72)]
    assert len(cv.roles[0].lines) == 2


def test_text_without_headings_still_finds_roles_by_their_dates() -> None:
    text = (
        "Sam Lee\nsam@example.com\nBackend Developer, Foo Ltd, 2020-2022\n"
        "Built APIs in Python.\nBSc Physics, University of York, 2015 - 2018\n"
        "Junior Developer, Bar Inc, 2018-2020\nFixed bugs in Java.\n"
    )
    cv = parse_cv(text, TAXONOMY)
    assert _roles(cv) == [("Backend Developer", "Foo Ltd", 36), ("Junior Developer", "Bar Inc", 36)]
    assert [(e.level, e.field) for e in cv.education] == [(DegreeLevel.BACHELOR, "Physics")]


def test_without_an_experience_heading_roles_under_other_headings_are_found() -> None:
    text = (
        "CAREER HIGHLIGHTS\nHead of Sales, Globex Ltd, 2019 - 2023\n- Grew revenue 40%\n"
        "EDUCATION\nUniversity of Leeds, 2012 - 2015\n"
    )
    assert _roles(parse_cv(text, TAXONOMY)) == [("Head of Sales", "Globex Ltd", 60)]


def test_without_today_open_spans_end_at_the_latest_month_in_the_text() -> None:
    text = (
        "Experience\nEngineer, Acme Ltd, Mar 2019 - Present\nAnalyst, Beta Ltd, 2016 - Jun 2020\n"
    )
    cv = parse_cv(text, TAXONOMY)
    assert cv.roles[0].span is not None
    assert (cv.roles[0].span.end, cv.roles[0].span.months) == (month_index(2020, 6), 16)


def test_without_any_later_date_an_open_span_ends_at_its_start() -> None:
    cv = parse_cv("Engineer, Acme Ltd, Mar 2019 - Present\n", TAXONOMY)
    assert _roles(cv) == [("Engineer", "Acme Ltd", 1)]


# Skills


def test_a_skill_takes_the_months_of_the_roles_that_used_it() -> None:
    cv = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021)
    months = {use.canonical: (use.months, use.roles) for use in cv.skills}
    assert months["Kubernetes"] == (24, (0,))
    assert months["PostgreSQL"] == (24, (0,))
    assert months["Spring Boot"] == (48, (1,))
    assert months["Java"] == (48, (1,))
    assert months["Microsoft Excel"] == (7, (2,))


def test_a_skill_only_in_the_skills_section_has_no_months_and_cites_that_line() -> None:
    use = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021).skill("Docker")
    assert use is not None
    assert (use.months, use.roles, use.last_used) == (0, (), None)
    assert _texts(use.evidence) == ["Python, Java, Docker, AWS, SQL, MySQL"]


def test_evidence_puts_the_role_line_first() -> None:
    use = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021).skill("Python")
    assert use is not None
    assert _texts(use.evidence) == [
        "- Built billing APIs in Python on Postgres",
        "Backend engineer with 9 years of Python and Java.",
        "Python, Java, Docker, AWS, SQL, MySQL",
    ]
    assert use.last_used == FEB_2021


def test_a_skill_in_overlapping_roles_counts_each_month_once() -> None:
    text = (
        "Experience\nEngineer, Acme Ltd, Jan 2018 - Dec 2019\n- Python services\n"
        "Consultant, Beta Ltd, Jan 2019 - Dec 2020\n- Python scripts\n"
    )
    use = parse_cv(text, TAXONOMY).skill("Python")
    assert use is not None
    assert (use.months, use.roles, use.last_used) == (36, (0, 1), month_index(2020, 12))


def test_broader_skills_are_not_added_for_a_narrower_one() -> None:
    cv = parse_cv("Experience\nEngineer, Acme Ltd, 2019 - 2020\n- Spring Boot APIs\n", TAXONOMY)
    assert [use.canonical for use in cv.skills] == ["Spring Boot"]


def test_mentions_cover_the_whole_text_with_offsets() -> None:
    cv = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021)
    assert [(m.canonical, ENGINEER[m.start : m.end]) for m in cv.mentions][:4] == [
        ("Python", "Python"),
        ("Java", "Java"),
        ("Kubernetes", "Kubernetes"),
        ("Python", "Python"),
    ]
    assert len(cv.mentions) == 16


def test_soft_skills_and_marketing_tools_take_role_months_too() -> None:
    cv = parse_cv(MARKETING, TAXONOMY, today=JUN_2024)
    months = {use.canonical: use.months for use in cv.skills}
    assert months == {
        "Google Analytics": 72,
        "Stakeholder management": 48,
        "Communication": 0,
        "Project management": 0,
    }


def test_the_bundled_taxonomy_finds_the_common_skills() -> None:
    cv = parse_cv(ENGINEER, load_taxonomy(), today=FEB_2021)
    found = {use.canonical: use.months for use in cv.skills}
    assert found["Python"] == 24
    assert found["Kubernetes"] == 24
    assert found["PostgreSQL"] == 24
    assert found["Java"] == 48
    assert found["Docker"] == 0


# Achievements, education, certifications, languages


def test_achievements_are_lines_with_measurable_results() -> None:
    cv = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021)
    assert _texts(cv.achievements) == [
        "- Led migration of 40 services to Kubernetes, cutting deploy time from 2 hours to "
        "15 minutes",
        "- Mentored 4 junior engineers",
        "- Wrote Java and Spring Boot services; reduced p95 latency by 35%",
        "- Built Excel reports for 12 stakeholders",
    ]


def test_achievements_across_professions() -> None:
    assert _texts(parse_cv(TEACHER, TAXONOMY, today=JUN_2024).achievements) == [
        "- Raised GCSE maths pass rate from 62% to 81% in two years",
        "- Manage a department of 7 teachers and a £40k budget",
    ]
    assert _texts(parse_cv(MARKETING, TAXONOMY, today=JUN_2024).achievements) == [
        "- Grew organic traffic 3x using Google Analytics and A/B tests",
        "- Managed a $2M annual paid media budget",
        "- Launched 12 email campaigns with stakeholder management across sales and product",
    ]


def test_education_levels_and_fields() -> None:
    def read(text: str) -> list[tuple[DegreeLevel, str | None]]:
        return [(e.level, e.field) for e in parse_cv(text, TAXONOMY).education]

    assert read(ENGINEER) == [
        (DegreeLevel.BACHELOR, "Computer Science"),
        (DegreeLevel.SECONDARY, None),
    ]
    assert read(NURSE) == [(DegreeLevel.BACHELOR, "Nursing")]
    # "GCSE" in the summary sentence is not a qualification line.
    assert read(TEACHER) == [(DegreeLevel.BACHELOR, "Mathematics")]
    assert read(ACCOUNTANT) == [(DegreeLevel.MASTER, "Accounting and Finance")]
    assert read(MARKETING) == [(DegreeLevel.BACHELOR, "Business Administration")]
    assert read(WAREHOUSE) == [(DegreeLevel.SECONDARY, None)]


def test_a_degree_outside_an_education_section_still_counts() -> None:
    cv = parse_cv("Jane Doe\nPhD in Chemistry, Imperial College, 2012\n", TAXONOMY)
    assert [(e.level, e.field, e.line.text) for e in cv.education] == [
        (DegreeLevel.DOCTORATE, "Chemistry", "PhD in Chemistry, Imperial College, 2012")
    ]


def test_certifications_come_from_their_section_and_known_names_anywhere() -> None:
    # The name line and a profile sentence are not certifications (issue #12).
    assert _texts(parse_cv(NURSE, TAXONOMY).certifications) == [
        "Registered Nurse (RN), NMC PIN 12A3456E",
        "Advanced Life Support (ALS), 2022",
    ]
    assert _texts(parse_cv(TEACHER, TAXONOMY).certifications) == [
        "PGCE Secondary Mathematics, University of Bristol, 2017",
        "Qualified Teacher Status (QTS)",
    ]
    assert _texts(parse_cv(WAREHOUSE, TAXONOMY).certifications) == [
        "Counterbalance forklift licence",
        "Full clean UK driving licence",
    ]
    assert _texts(parse_cv(ENGINEER, TAXONOMY).certifications) == [
        "AWS Certified Solutions Architect – Associate (2021)"
    ]


def test_languages_with_levels_from_a_labelled_line_inside_another_section() -> None:
    cv = parse_cv(ENGINEER, TAXONOMY)
    assert [(lang.name, lang.level) for lang in cv.languages] == [
        ("English", "native"),
        ("Spanish", "C1"),
        ("French", "basic"),
    ]
    assert cv.languages[0].line.text.startswith("Languages:")


def test_languages_from_a_languages_section() -> None:
    cv = parse_cv(NURSE, TAXONOMY)
    assert [(lang.name, lang.level) for lang in cv.languages] == [
        ("English", "native"),
        ("Spanish", "conversational"),
    ]


# Robustness


def test_an_empty_text_gives_an_empty_cv() -> None:
    cv = parse_cv("", TAXONOMY)
    assert cv == CV("", (), (), (), (), (), (), (), 0, ())


def test_every_line_keeps_its_offsets_into_the_cv_text() -> None:
    for text in (ENGINEER, NURSE, TEACHER, ACCOUNTANT, MARKETING, WAREHOUSE):
        cv = parse_cv(text, TAXONOMY, today=JUN_2024)
        lines = _all_lines(cv)
        assert len(lines) > 10
        assert [line.text for line in lines] == [text[line.start : line.end] for line in lines]


def test_reordering_sections_does_not_change_what_is_found() -> None:
    header, profile, *experience, education, skills, certifications = ENGINEER.split("\n\n")
    reordered = "\n\n".join(
        [header, certifications.strip(), skills, education, profile, *experience, ""]
    )
    assert sorted(filter(None, reordered.split("\n"))) == sorted(filter(None, ENGINEER.split("\n")))
    a = parse_cv(ENGINEER, TAXONOMY, today=FEB_2021)
    b = parse_cv(reordered, TAXONOMY, today=FEB_2021)
    assert _roles(a) == _roles(b)
    assert [(u.canonical, u.months, len(u.evidence)) for u in a.skills] == [
        (u.canonical, u.months, len(u.evidence)) for u in b.skills
    ]
    assert sorted(_texts(a.achievements)) == sorted(_texts(b.achievements))
    assert sorted(_texts(a.certifications)) == sorted(_texts(b.certifications))
    assert [(e.level, e.field) for e in a.education] == [(e.level, e.field) for e in b.education]
    assert [(x.name, x.level) for x in a.languages] == [(x.name, x.level) for x in b.languages]
    assert a.total_months == b.total_months


def test_windows_line_endings_read_the_same() -> None:
    crlf = ENGINEER.replace("\n", "\r\n")
    cv = parse_cv(crlf, TAXONOMY, today=FEB_2021)
    assert _roles(cv) == _roles(parse_cv(ENGINEER, TAXONOMY, today=FEB_2021))
    assert _texts(cv.certifications) == ["AWS Certified Solutions Architect – Associate (2021)"]
    assert all(crlf[line.start : line.end] == line.text for line in _all_lines(cv))


def test_the_same_input_gives_the_same_output() -> None:
    assert parse_cv(NURSE, TAXONOMY) == parse_cv(NURSE, TAXONOMY)


def test_non_english_text_does_not_crash() -> None:
    german = (
        "Berufserfahrung\nSoftwareentwickler, Beispiel GmbH, 2018 - 2020\n"
        "- Python-Dienste gebaut\nSprachen\nDeutsch (Muttersprache), Englisch (C1)\n"
    )
    cv = parse_cv(german, TAXONOMY)
    assert _roles(cv) == [("Softwareentwickler", "Beispiel GmbH", 36)]
    for text in (
        "履歴書\n職歴\n2018年 - 2020年 東京株式会社",
        "السيرة الذاتية\n٢٠١٩ - ٢٠٢٠",
        "\x00\ufeff\u200b  \n\t\r\n",
    ):
        cv = parse_cv(text, TAXONOMY)
        assert (cv.roles, cv.skills, cv.total_months) == ((), (), 0)


def test_a_long_text_parses_in_linear_time() -> None:
    # Texts of the worst kinds, at 25,000 and 100,000 characters: one line of spans, all
    # dated headers, and a real CV over and over. 4x the text may take no more than
    # LINEAR_AT_4X times the CPU time (quadratic work takes about 16x).
    def texts(size: int) -> tuple[str, ...]:
        one_line = "2019 - 2020 " * (size // 12 + 1)
        all_headers = "Engineer, Acme Ltd, 2019 - 2020\n" * (size // 32 + 1)
        realistic = ENGINEER * (size // len(ENGINEER) + 1)
        return tuple(text[:size] for text in (one_line, all_headers, realistic))

    for small, large in zip(texts(25_000), texts(100_000), strict=True):
        ratio = growth(partial(parse_cv, small, TAXONOMY), partial(parse_cv, large, TAXONOMY))
        assert ratio < LINEAR_AT_4X, f"4x the text took {ratio:.1f}x the time: {large[:40]!r}"
        assert len(parse_cv(large, TAXONOMY).roles) <= MAX_ROLES
    all_headers = texts(100_000)[1]
    assert len(parse_cv(all_headers, TAXONOMY).roles) == MAX_ROLES


def test_heading_keys_drop_markup_trailing_punctuation_and_case() -> None:
    samples = [
        "WORK EXPERIENCE:",
        "## Skills",
        "Education —",
        " Languages : ",
        "Skills - ",
        "Licences & Certifications",
        "Hobbies\t:",
        "#",
        "",
        "  ::  ",
        "Profile:–",
    ]
    assert [heading_key(s) for s in samples] == [
        "work experience",
        "skills",
        "education",
        "languages",
        "skills",
        "licences & certifications",
        "hobbies",
        "",
        "",
        "",
        "profile",
    ]
