"""parse_posting on realistic postings across professions, asserted line by line."""

from functools import partial

from tests.growth import LINEAR_AT_4X, growth

from shortlist.core.models import DegreeLevel, Posting, Requirement, RequirementKind
from shortlist.core.posting.parse import parse_posting
from shortlist.core.taxonomy.skills import SkillEntry, Taxonomy

K = RequirementKind

TAXONOMY = Taxonomy([
    SkillEntry("Python", "knowledge", "software", ("python3",)),
    SkillEntry("Java", "knowledge", "software"),
    SkillEntry("Spring Boot", "knowledge", "software", ("springboot",), ("Java",)),
    SkillEntry("Kubernetes", "knowledge", "software", ("k8s",)),
    SkillEntry("PostgreSQL", "knowledge", "software", ("Postgres",), ("SQL",)),
    SkillEntry("SQL", "knowledge", "data"),
    SkillEntry("Docker", "knowledge", "software"),
    SkillEntry("Amazon Web Services", "knowledge", "software", ("AWS",)),
    SkillEntry("Google Analytics", "knowledge", "marketing", ("GA4",)),
    SkillEntry("Microsoft Excel", "knowledge", "software", ("Excel",)),
    SkillEntry("Stakeholder management", "skill", "competence", ("managing stakeholders",)),
    SkillEntry("Mentoring", "skill", "competence", ("mentor",)),
    SkillEntry("Communication", "skill", "competence", ("communication skills",)),
    SkillEntry("Project management", "skill", "competence"),
])  # fmt: skip


def parse(text: str) -> Posting:
    return parse_posting(text, TAXONOMY)


def rows(posting: Posting) -> list[tuple[str, bool, str]]:
    """(kind, must_have, text) per requirement, in order."""
    return [(req.kind.value, req.must_have, req.text) for req in posting.requirements]


def find(posting: Posting, start: str) -> Requirement:
    return next(req for req in posting.requirements if req.text.startswith(start))


SOFTWARE = """Senior Backend Engineer
Company: Acme Payments
Location: London, UK (Hybrid, 2 days in office)
Salary: £75,000 - £90,000 per annum

About us
Acme Payments is a fintech that moves money for 2 million small businesses.
We need engineers who love Python.

What you'll do
- Design and build services in Python and deploy them on k8s
- Mentor junior engineers
- Own on-call for the payments platform

Requirements
- 5+ years of professional experience with Python
- Strong SQL and Postgres skills
- BSc in Computer Science or a related field, or equivalent experience
- Excellent communication skills
- Right to work in the UK (we cannot offer visa sponsorship)
- Experience with Kafka is a plus

Nice to have
- Docker and AWS
- You must have led a team before
- Fluent German

Benefits
- 25 days holiday
- Private health insurance and Python training budget

We are an equal opportunity employer and value diversity.
Apply now!
"""


def test_it_reads_the_labelled_header_of_a_software_posting() -> None:
    posting = parse(SOFTWARE)
    assert posting.title == "Senior Backend Engineer"
    assert posting.company == "Acme Payments"
    assert posting.location == "London, UK"
    assert posting.remote == "Hybrid, 2 days in office"
    assert posting.salary == "£75,000 - £90,000 per annum"


def test_it_types_and_weighs_every_line_of_a_software_posting() -> None:
    assert rows(parse(SOFTWARE)) == [
        ("responsibility", False, "Design and build services in Python and deploy them on k8s"),
        ("responsibility", False, "Mentor junior engineers"),
        ("responsibility", False, "Own on-call for the payments platform"),
        ("years", True, "5+ years of professional experience with Python"),
        ("skill", True, "Strong SQL and Postgres skills"),
        ("degree", True, "BSc in Computer Science or a related field, or equivalent experience"),
        ("soft_skill", True, "Excellent communication skills"),
        ("location", True, "Right to work in the UK (we cannot offer visa sponsorship)"),
        ("responsibility", False, "Experience with Kafka is a plus"),
        ("skill", False, "Docker and AWS"),
        ("responsibility", True, "You must have led a team before"),
        ("language", False, "Fluent German"),
    ]


def test_it_keeps_the_facts_of_each_requirement() -> None:
    posting = parse(SOFTWARE)
    years = find(posting, "5+ years")
    assert (years.years, years.skills, years.weight_cue) == (5, ("Python",), "Requirements")
    assert find(posting, "Strong SQL").skills == ("SQL", "PostgreSQL")
    degree = find(posting, "BSc")
    assert (degree.degree, degree.field_of_study) == (DegreeLevel.BACHELOR, "Computer Science")
    assert find(posting, "Fluent").language == "German"
    assert find(posting, "Design and build").skills == ("Python", "Kubernetes")
    assert find(posting, "Mentor").skills == ("Mentoring",)


def test_a_cue_in_the_line_overrides_the_section_default() -> None:
    posting = parse(SOFTWARE)
    plus = find(posting, "Experience with Kafka")
    assert (plus.must_have, plus.weight_cue) == (False, "a plus")
    must = find(posting, "You must have led")
    assert (must.must_have, must.weight_cue) == (True, "must have")
    assert find(posting, "Docker and AWS").weight_cue == "Nice to have"
    assert find(posting, "Own on-call").weight_cue == "What you'll do"


def test_benefits_about_us_eeo_and_apply_lines_are_not_requirements() -> None:
    texts = [req.text for req in parse(SOFTWARE).requirements]
    assert "We need engineers who love Python." not in texts
    assert "Private health insurance and Python training budget" not in texts
    assert not [t for t in texts if "equal opportunity" in t or "Apply" in t]
    assert [s.name for s in parse(SOFTWARE).sections] == [
        "header", "about", "responsibilities", "requirements", "preferred", "benefits",
    ]  # fmt: skip


NURSE = """Registered Nurse - Acute Medical Unit (Band 5)
St Mary's Hospital NHS Trust is hiring a Registered Nurse to join our busy Acute Medical Unit.
Location: Leeds
Salary: £28,407 - £34,581 a year
On-site

About the role
You will deliver compassionate patient care across day and night shifts.
Our unit has 32 beds.

Essential criteria
• Current NMC registration
• Degree in Nursing or Diploma in Adult Nursing
• At least 1 year of post-registration experience in an acute setting
• Excellent written and verbal communication in English
• Ability to work under pressure and prioritise

Desirable criteria
• IV cannulation and venepuncture competencies
• Basic Life Support (BLS) certificate

The successful candidate will require an Enhanced DBS check.

We welcome applications from all sections of the community.
"""


def test_it_reads_a_nursing_posting() -> None:
    posting = parse(NURSE)
    assert posting.title == "Registered Nurse - Acute Medical Unit (Band 5)"
    assert posting.company == "St Mary's Hospital NHS Trust"
    assert (posting.location, posting.remote) == ("Leeds", "On-site")
    assert posting.salary == "£28,407 - £34,581 a year"
    assert rows(posting) == [
        ("responsibility", False,
         "You will deliver compassionate patient care across day and night shifts."),
        ("certification", True, "Current NMC registration"),
        ("degree", True, "Degree in Nursing or Diploma in Adult Nursing"),
        ("years", True, "At least 1 year of post-registration experience in an acute setting"),
        ("language", True, "Excellent written and verbal communication in English"),
        ("soft_skill", True, "Ability to work under pressure and prioritise"),
        ("responsibility", False, "IV cannulation and venepuncture competencies"),
        ("certification", False, "Basic Life Support (BLS) certificate"),
        ("location", True, "The successful candidate will require an Enhanced DBS check."),
    ]  # fmt: skip
    assert find(posting, "Current NMC").certification == "NMC registration"
    assert find(posting, "Degree in").field_of_study == "Nursing"
    assert find(posting, "At least").years == 1
    assert find(posting, "At least").weight_cue == "At least"
    assert find(posting, "Excellent written").language == "English"
    assert find(posting, "Basic Life").certification == "BLS"


TEACHER = """Teacher of Mathematics
Oakfield Academy
Location: Bristol
Salary: MPS/UPS (£30,000 - £46,525)

Job description
We are looking for an enthusiastic Teacher of Mathematics to join our department.

The successful candidate will have:
- Qualified Teacher Status (QTS)
- A degree in Mathematics or a closely related subject
- Experience teaching GCSE Mathematics
- Strong behaviour management skills

It would be great if you:
- Can teach A-level Further Maths
- Have experience leading a school trip

What we offer
- A supportive induction programme

Oakfield Academy is committed to safeguarding children. All staff undergo a DBS check.
"""


def test_it_reads_a_teaching_posting() -> None:
    posting = parse(TEACHER)
    assert (posting.title, posting.company) == ("Teacher of Mathematics", "Oakfield Academy")
    assert (posting.location, posting.salary) == ("Bristol", "MPS/UPS (£30,000 - £46,525)")
    assert rows(posting) == [
        ("certification", True, "Qualified Teacher Status (QTS)"),
        ("degree", True, "A degree in Mathematics or a closely related subject"),
        ("responsibility", True, "Experience teaching GCSE Mathematics"),
        ("responsibility", True, "Strong behaviour management skills"),
        ("responsibility", False, "Can teach A-level Further Maths"),
        ("responsibility", False, "Have experience leading a school trip"),
    ]
    assert find(posting, "Qualified").certification == "QTS"
    assert find(posting, "A degree").field_of_study == "Mathematics"
    assert find(posting, "Can teach").weight_cue == "It would be great if you"


ACCOUNTANT = """MANAGEMENT ACCOUNTANT
Brightwater Foods Ltd | Manchester | Hybrid
Salary: £45,000 - £52,000 + 10% bonus

ABOUT BRIGHTWATER
Brightwater Foods is one of the UK's largest independent food producers.

KEY RESPONSIBILITIES
- Prepare monthly management accounts and variance analysis
- Maintain the balance sheet reconciliations

ABOUT YOU
- ACA, ACCA or CIMA qualified (or finalist)
- 3-5 years' experience in a management accounting role
- Advanced Excel skills (pivot tables, VLOOKUP) are essential
- Experience with SAP is desirable
- A strong eye for detail

HOW TO APPLY
Send your CV to careers@brightwater.example
"""


def test_it_reads_an_accounting_posting_with_capital_headings_and_a_piped_header() -> None:
    posting = parse(ACCOUNTANT)
    assert posting.title == "MANAGEMENT ACCOUNTANT"
    assert posting.company == "Brightwater Foods Ltd"
    assert (posting.location, posting.remote) == ("Manchester", "Hybrid")
    assert posting.salary == "£45,000 - £52,000 + 10% bonus"
    assert rows(posting) == [
        ("responsibility", False, "Prepare monthly management accounts and variance analysis"),
        ("responsibility", False, "Maintain the balance sheet reconciliations"),
        ("certification", True, "ACA, ACCA or CIMA qualified (or finalist)"),
        ("years", True, "3-5 years' experience in a management accounting role"),
        ("skill", True, "Advanced Excel skills (pivot tables, VLOOKUP) are essential"),
        ("responsibility", False, "Experience with SAP is desirable"),
        ("soft_skill", True, "A strong eye for detail"),
    ]
    assert find(posting, "ACA").certification == "ACA"
    assert find(posting, "3-5").years == 3
    assert find(posting, "Advanced Excel").weight_cue == "essential"
    assert find(posting, "Experience with SAP").weight_cue == "desirable"


MARKETING = """Job title: Marketing Manager
Company: Fernleaf Outdoor
Location: Remote (UK)
Compensation: $120k-$140k

**About Fernleaf**
At Fernleaf Outdoor, we make kit for people who love the hills.

**What you'll be doing**
Lead our acquisition strategy across paid, organic and CRM.
* Own the annual media plan
* Build dashboards in GA4

**What we're looking for**
You have 4+ years in B2C marketing, ideally in retail. You're comfortable with Google \
Analytics and Excel, and you have experience managing stakeholders across teams.
Familiarity with SQL is an advantage.
A Bachelor's degree in Marketing is preferred but not required.

**Perks**
* 4-day week
"""


def test_it_reads_prose_requirements_under_markdown_bold_headings() -> None:
    posting = parse(MARKETING)
    assert (posting.title, posting.company) == ("Marketing Manager", "Fernleaf Outdoor")
    assert (posting.location, posting.remote) == (None, "Remote (UK)")
    assert posting.salary == "$120k-$140k"
    assert rows(posting) == [
        ("responsibility", False, "Own the annual media plan"),
        ("responsibility", False, "Build dashboards in GA4"),
        ("years", True, "You have 4+ years in B2C marketing, ideally in retail."),
        ("skill", True, "You're comfortable with Google Analytics and Excel, and you have "
                        "experience managing stakeholders across teams."),
        ("skill", False, "Familiarity with SQL is an advantage."),
        ("degree", False, "A Bachelor's degree in Marketing is preferred but not required."),
    ]  # fmt: skip
    assert find(posting, "You have 4+").weight_cue == "You have"
    assert find(posting, "You're comfortable").skills == (
        "Google Analytics", "Microsoft Excel", "Stakeholder management",
    )  # fmt: skip
    assert find(posting, "Familiarity").weight_cue == "an advantage"
    assert find(posting, "A Bachelor's").weight_cue == "preferred"


WAREHOUSE = """Warehouse Supervisor
Northgate Logistics - Doncaster
£32,000 per annum + overtime

Responsibilities:
1. Supervise a team of 15 warehouse operatives on a rotating shift pattern
2. Manage stock accuracy and cycle counts

Requirements:
1. Minimum 2 years' supervisory experience in a warehouse or distribution centre
2. Counterbalance forklift licence (desirable)
3. Full UK driving licence
4. Good working knowledge of Microsoft Excel
5. Must be able to commute to Doncaster DN4
6. IOSH Managing Safely certificate is a bonus

Northgate Logistics is an equal opportunities employer.
"""


def test_it_reads_a_warehouse_posting_with_numbered_lists() -> None:
    posting = parse(WAREHOUSE)
    assert (posting.title, posting.company) == ("Warehouse Supervisor", "Northgate Logistics")
    assert (posting.location, posting.salary) == ("Doncaster", "£32,000 per annum")
    assert rows(posting) == [
        ("responsibility", False,
         "Supervise a team of 15 warehouse operatives on a rotating shift pattern"),
        ("responsibility", False, "Manage stock accuracy and cycle counts"),
        ("years", True,
         "Minimum 2 years' supervisory experience in a warehouse or distribution centre"),
        ("certification", False, "Counterbalance forklift licence (desirable)"),
        ("location", True, "Full UK driving licence"),
        ("skill", True, "Good working knowledge of Microsoft Excel"),
        ("location", True, "Must be able to commute to Doncaster DN4"),
        ("certification", False, "IOSH Managing Safely certificate is a bonus"),
    ]  # fmt: skip
    assert find(posting, "Counterbalance").certification == "Forklift licence"
    assert find(posting, "Full UK driving").certification is None
    assert find(posting, "Minimum 2").weight_cue == "Minimum"


HOTEL = """Front Desk Agent – The Harbour Hotel, Brighton
Hotel front desk | Full-time | On-site

The Harbour Hotel is looking for a warm and friendly Front Desk Agent to welcome our guests.

Your day-to-day:
- Check guests in and out quickly and accurately
- Handle reservations, enquiries and complaints

What you'll need:
- Previous experience in a hotel or customer service role
- A friendly, professional manner and a can-do attitude
- Fluency in English; a second language such as French or Spanish is a plus
- Experience with Opera PMS would be helpful

Pay: £12.50 per hour
"""


def test_it_reads_a_hotel_front_desk_posting() -> None:
    posting = parse(HOTEL)
    assert (posting.title, posting.company) == ("Front Desk Agent", "The Harbour Hotel")
    assert (posting.location, posting.remote) == ("Brighton", "On-site")
    assert posting.salary == "£12.50 per hour"
    assert rows(posting) == [
        ("responsibility", False, "Check guests in and out quickly and accurately"),
        ("responsibility", False, "Handle reservations, enquiries and complaints"),
        ("soft_skill", True, "Previous experience in a hotel or customer service role"),
        ("soft_skill", True, "A friendly, professional manner and a can-do attitude"),
        ("language", True, "Fluency in English"),
        ("language", False, "a second language such as French or Spanish is a plus"),
        ("responsibility", False, "Experience with Opera PMS would be helpful"),
    ]
    assert find(posting, "Fluency").language == "English"
    assert find(posting, "a second").language == "French"


HR = """HR Generalist (m/w/d)

The Company: Kestrel Engineering Group

The Role
Kestrel Engineering Group is seeking an HR Generalist to support 400 employees. You will \
advise managers on employee relations and run recruitment.

Who you are
- CIPD Level 5 qualified or working towards it
- 2+ years of generalist HR experience, ideally in manufacturing
- Confident with Excel and HR systems
- Discreet, organised and a strong communicator
- You will need to travel between our sites, so a driving licence is essential

Preferred
- SHRM-CP or PHR certification

Salary: Competitive, depending on experience
Closing date: 30 June
"""


def test_it_reads_an_hr_posting() -> None:
    posting = parse(HR)
    assert (posting.title, posting.company) == ("HR Generalist", "Kestrel Engineering Group")
    assert (posting.location, posting.remote, posting.salary) == (None, None, None)
    assert rows(posting) == [
        ("responsibility", False,
         "You will advise managers on employee relations and run recruitment."),
        ("certification", True, "CIPD Level 5 qualified or working towards it"),
        ("years", True, "2+ years of generalist HR experience, ideally in manufacturing"),
        ("skill", True, "Confident with Excel and HR systems"),
        ("soft_skill", True, "Discreet, organised and a strong communicator"),
        ("location", True,
         "You will need to travel between our sites, so a driving licence is essential"),
        ("certification", False, "SHRM-CP or PHR certification"),
    ]  # fmt: skip
    assert find(posting, "2+ years").weight_cue == "Who you are"
    assert find(posting, "SHRM").certification == "SHRM-CP"


PROSE = (
    "Brightside Analytics is hiring a Data Analyst in Manchester. You have 3+ years of "
    "experience with SQL and Excel and a degree in Economics, Statistics or a related field. "
    "Experience with Google Analytics is a plus. We offer 25 days holiday and a pension. "
    "We are an equal opportunity employer."
)


def test_a_posting_that_is_one_paragraph_still_yields_its_requirements() -> None:
    posting = parse(PROSE)
    assert (posting.title, posting.company) == ("Data Analyst", "Brightside Analytics")
    assert rows(posting) == [
        ("years", True, "You have 3+ years of experience with SQL and Excel and a degree in "
                        "Economics, Statistics or a related field."),
        ("skill", False, "Experience with Google Analytics is a plus."),
    ]  # fmt: skip
    first = posting.requirements[0]
    assert (first.years, first.skills) == (3, ("SQL", "Microsoft Excel"))
    assert (first.degree, first.field_of_study) == (DegreeLevel.BACHELOR, "Economics")


LINKEDIN = """About the job
Staff Platform Engineer
Orbital Labs · Berlin, Germany (Remote)

Orbital Labs builds satellite data pipelines. We have been trading for 12+ years.

Qualifications
* 8+ years building infrastructure; at least 3 years with Kubernetes
* Business-level German (C1) preferred
"""


def test_it_reads_a_copied_linkedin_posting() -> None:
    posting = parse(LINKEDIN)
    assert (posting.title, posting.company) == ("Staff Platform Engineer", "Orbital Labs")
    assert (posting.location, posting.remote) == ("Berlin, Germany", "Remote")
    assert rows(posting) == [
        ("years", True, "8+ years building infrastructure"),
        ("years", True, "at least 3 years with Kubernetes"),
        ("language", False, "Business-level German (C1) preferred"),
    ]
    assert [r.years for r in posting.requirements[:2]] == [8, 3]
    assert posting.requirements[1].weight_cue == "at least"


def test_a_short_line_ending_in_a_colon_is_a_heading_that_sets_the_weight_below() -> None:
    posting = parse(
        "Data Engineer\n\nRequirements\n- Python\nThe following would be a plus:\n"
        "- Docker\n- You must also have SQL.\n"
    )
    assert [(r.text, r.must_have, r.weight_cue) for r in posting.requirements] == [
        ("Python", True, "Requirements"),
        ("Docker", False, "The following would be a plus"),
        ("You must also have SQL.", True, "must"),
    ]


def test_a_long_lead_in_line_sets_the_weight_of_the_bullets_under_it() -> None:
    posting = parse(
        "Data Engineer\n\nRequirements\n- Python\n"
        "Any of the following would be a real plus for this particular role:\n"
        "- Docker\n- Kubernetes\nWe also use SQL every day.\n- Excel\n"
    )
    assert [(r.text, r.must_have, r.weight_cue) for r in posting.requirements] == [
        ("Python", True, "Requirements"),
        ("Docker", False, "a real plus"),
        ("Kubernetes", False, "a real plus"),
        ("We also use SQL every day.", True, "Requirements"),
        ("Excel", True, "Requirements"),
    ]


def test_an_inline_label_gives_its_line_the_weight_of_that_heading() -> None:
    posting = parse("Data Engineer\nNice to have: Kubernetes experience.\nMust have: SQL\n")
    assert [(r.text, r.must_have, r.weight_cue) for r in posting.requirements] == [
        ("Kubernetes experience.", False, "Nice to have"),
        ("SQL", True, "Must have"),
    ]


def test_an_unknown_sub_heading_inside_requirements_keeps_them_requirements() -> None:
    posting = parse("Engineer\n\nRequirements\nTechnical:\n- Docker\nPeople:\n- Mentoring\n")
    assert rows(posting) == [("skill", True, "Docker"), ("soft_skill", True, "Mentoring")]


def test_a_wrapped_line_is_joined_into_one_requirement() -> None:
    posting = parse("Engineer\n\nRequirements\n- 5+ years of experience building\n"
                    "  services in Python\n- SQL\n")  # fmt: skip
    assert rows(posting) == [
        ("years", True, "5+ years of experience building services in Python"),
        ("skill", True, "SQL"),
    ]


def test_a_label_with_its_value_on_the_next_line_is_metadata_not_a_requirement() -> None:
    posting = parse(
        "Data Engineer\nLocation:\nLeeds, UK\nExperience level:\nSenior\n\n"
        "Requirements\n- SQL\nJob type:\nFull-time\n"
    )
    assert posting.location == "Leeds, UK"
    assert rows(posting) == [("skill", True, "SQL")]


def test_prose_that_starts_like_a_label_is_still_read() -> None:
    posting = parse(
        "Data Engineer\n\nRequirements\nTeam: you will need 3+ years of SQL and the patience "
        "to explain data models to people who have never written a query.\n"
    )
    assert posting.title == "Data Engineer"
    assert [(r.kind, r.years) for r in posting.requirements] == [(K.YEARS, 3)]


def test_a_pasted_list_of_bullets_with_no_heading_is_read_as_requirements() -> None:
    posting = parse("- Python\n- SQL is a plus\n- Free fruit on Fridays\n")
    assert posting.title is None
    assert [(r.text, r.must_have, r.weight_cue) for r in posting.requirements] == [
        ("Python", True, None),
        ("SQL is a plus", False, "a plus"),
    ]


def test_identical_requirement_lines_are_kept_once() -> None:
    posting = parse("Engineer\n\nRequirements\n- Docker\n- SQL\n\nNice to have\n- docker\n")
    assert [r.text for r in posting.requirements] == ["Docker", "SQL"]


def test_a_salary_without_a_figure_is_none_and_a_euro_figure_is_kept_as_written() -> None:
    assert parse("Engineer\nSalary: competitive\n").salary is None
    assert parse("Engineer\nThe salary is €60.000 per year.\n").salary == "€60.000 per year"
    assert parse("Engineer\nWe raised $20M. Pay: see below\n").salary is None


def test_empty_text_gives_a_posting_with_nothing_in_it() -> None:
    posting = parse("")
    assert posting == Posting(
        text="", title=None, company=None, location=None, remote=None, salary=None,
        requirements=(), sections=(),
    )  # fmt: skip


def test_a_posting_in_another_language_does_not_crash_and_yields_no_requirements() -> None:
    posting = parse(
        "Softwareentwickler (m/w/d) Backend\nWir suchen Verstärkung in München.\n\n"
        "Ihr Profil:\n- Mindestens 3 Jahre Berufserfahrung\n- Sehr gute Deutschkenntnisse\n\n"
        "Wir bieten:\n- 30 Tage Urlaub\n"
    )
    assert posting.title == "Softwareentwickler Backend"
    assert posting.requirements == ()


def test_every_requirement_is_written_in_the_posting_word_for_word() -> None:
    for text in (SOFTWARE, NURSE, TEACHER, ACCOUNTANT, MARKETING, WAREHOUSE, HOTEL, HR, PROSE):
        flat = " ".join(text.split())
        assert [r.text for r in parse(text).requirements if r.text not in flat] == []


def test_the_same_text_always_gives_the_same_posting() -> None:
    assert parse(SOFTWARE + NURSE) == parse(SOFTWARE + NURSE)


def test_a_100_000_character_text_parses_in_linear_time() -> None:
    # A guard against quadratic work, not a benchmark (that is `make bench`): 4x the text
    # may take no more than LINEAR_AT_4X times the CPU time (quadratic work takes 16x).
    text = ((SOFTWARE + NURSE + HOTEL) * 60)[:100_000]
    ratio = growth(partial(parse, text[:25_000]), partial(parse, text))
    assert ratio < LINEAR_AT_4X, f"4x the text took {ratio:.1f}x the time"
    posting = parse(text)
    each = {r.text for one in (SOFTWARE, NURSE, HOTEL) for r in parse(one).requirements}
    assert len(each) == 28
    assert each <= {r.text for r in posting.requirements}
