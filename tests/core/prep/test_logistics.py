"""Business days, and the logistics drafts built from what the user knows of a round."""

import datetime as dt

import pytest

from shortlist.core.prep.interview import InterviewDetails, Interviewer
from shortlist.core.prep.logistics import add_business_days, first_names, plan_logistics

MON, FRI, SAT, SUN = (
    dt.date(2026, 3, 2),
    dt.date(2026, 3, 6),
    dt.date(2026, 3, 7),
    dt.date(2026, 3, 8),
)


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (MON, 0, MON),
        (SAT, 0, SAT),
        (MON, 4, FRI),
        (FRI, 1, dt.date(2026, 3, 9)),
        (SAT, 1, dt.date(2026, 3, 9)),
        (SUN, 1, dt.date(2026, 3, 9)),
        (SAT, 5, dt.date(2026, 3, 13)),
        (MON, 10, dt.date(2026, 3, 16)),
        (FRI, 10, dt.date(2026, 3, 20)),
        (dt.date(2026, 3, 9), -1, FRI),
        (SUN, -1, FRI),
        (MON, -6, dt.date(2026, 2, 20)),
        (dt.date(2026, 12, 24), 10, dt.date(2027, 1, 7)),
    ],
)
def test_it_adds_business_days_over_weekends(day: dt.date, n: int, expected: dt.date) -> None:
    assert add_business_days(day, n) == expected


def test_business_days_agree_with_counting_one_day_at_a_time() -> None:
    def slow(day: dt.date, n: int) -> dt.date:
        step, left = (1 if n > 0 else -1), abs(n)
        while left:
            day += dt.timedelta(days=step)
            left -= day.weekday() < 5
        return day

    for offset in range(14):
        start = MON + dt.timedelta(days=offset)
        for n in range(-25, 26):
            assert add_business_days(start, n) == slow(start, n), (start, n)


FULL = InterviewDetails(
    date=dt.date(2026, 3, 3),
    time="14:00",
    duration_minutes=60,
    format="remote",
    location="https://meet.example.com/abc",
    interviewers=(Interviewer("Dr Priya Shah", "Head of Data"), Interviewer("Tom Lee")),
    task_expected=True,
    task_brief="Present a 10-minute analysis of the attached sales data",
    salary_expectation="£55,000-£60,000",
    notice_period="One month",
    recruiter_name="Anna Berg",
)


def test_the_recruiter_email_confirms_what_is_known() -> None:
    logistics = plan_logistics(FULL, title="Data Analyst", company="Acme", round="second")
    assert logistics.recruiter_email == "\n".join(
        [
            "Subject: Second round interview for Data Analyst: confirming the details",
            "",
            "Hi Anna,",
            "",
            "Thank you for arranging the second-round interview for the Data Analyst role at "
            "Acme. So that I can prepare well, could you confirm a few details?",
            "",
            "- Date and time: Tuesday 3 March 2026 at 14:00. Could you confirm?",
            "- Who I will meet: Dr Priya Shah (Head of Data) and Tom Lee. Is that right, and "
            "is anyone else joining?",
            "- Length: 60 minutes. Is that right?",
            "- Format: a video call at https://meet.example.com/abc. Is that the right link?",
            '- Task: I understand the task is "Present a 10-minute analysis of the attached '
            'sales data". How long will I have to present it, and in what format should I '
            "bring it?",
            "",
            "Thank you, I look forward to it.",
            "",
            "Best regards,",
            "[your name]",
        ]
    )


def test_the_recruiter_email_asks_for_what_is_unknown_with_obvious_placeholders() -> None:
    email = plan_logistics(InterviewDetails(), title=None, company=None, round="first")
    lines = email.recruiter_email.splitlines()
    assert lines[2] == "Hi [recruiter's name],"
    assert "for the [job title] role at [company]" in lines[4]
    assert lines[6:11] == [
        "- Date and time: could you let me know when it will be?",
        "- Who I will meet: could you tell me their names and roles?",
        "- Length: how long should I plan for?",
        "- Format: will it be in person or remote? If in person, where; if remote, the link.",
        "- Task: is there any task or presentation I should prepare?",
    ]


def test_the_email_asks_for_the_time_and_address_when_only_the_day_is_known() -> None:
    details = InterviewDetails(date=dt.date(2026, 3, 6), format="in_person")
    email = plan_logistics(details, title="Nurse", company="St Mary's", round="final")
    assert (
        "- Date and time: Friday 6 March 2026. What time should I plan for?"
        in email.recruiter_email
    )
    assert "- Format: in person. Could you send the address and who to ask for?" in (
        email.recruiter_email
    )
    assert "the final interview for the Nurse role at St Mary's" in email.recruiter_email


def test_a_remote_call_without_a_link_asks_for_it() -> None:
    details = InterviewDetails(format="remote", location="Teams")
    email = plan_logistics(details, title=None, company=None, round="first").recruiter_email
    assert "- Format: a video call on Teams. Could you send the link?" in email


def test_in_person_rounds_bring_cv_copies_id_directions_and_arrive_early() -> None:
    details = InterviewDetails(format="in_person", location="1 King St, Leeds")
    bring = plan_logistics(details, title=None, company=None, round="second").bring
    assert bring == (
        "Two printed copies of your CV",
        "Photo ID for reception",
        "Directions to 1 King St, Leeds, and a backup way to get there",
        "Arrive 10 minutes early; have the recruiter's number to call if you are late",
        "Your questions to ask, written down",
        "A notepad and pen for names and follow-ups",
    )


def test_remote_rounds_with_a_task_bring_a_tested_link_and_a_backup_copy() -> None:
    bring = plan_logistics(FULL, title=None, company=None, round="second").bring
    assert bring[:5] == (
        "Test the link (https://meet.example.com/abc) the day before, in the app it uses",
        "Camera and microphone checked; camera at eye level",
        "A quiet room with a plain background and the door shut",
        "Charger plugged in, notifications off, phone on silent",
        "The task or slides, plus a backup copy (on a USB stick and emailed to yourself)",
    )


def test_an_unknown_format_says_to_confirm_it_first() -> None:
    bring = plan_logistics(InterviewDetails(), title=None, company=None, round="first").bring
    assert bring[0] == "Confirm the format with the recruiter first: what to bring depends on it"


def test_know_your_numbers_shows_the_values_or_a_prompt() -> None:
    known = plan_logistics(FULL, title=None, company=None, round="final").know_your_numbers
    assert known == (("Salary expectation", "£55,000-£60,000"), ("Notice period", "One month"))
    empty = plan_logistics(InterviewDetails(), title=None, company=None, round="final")
    assert empty.know_your_numbers == (
        ("Salary expectation", "not set: decide a range before the call"),
        ("Notice period", "not set: check your contract before the call"),
    )


def test_the_thank_you_note_names_the_interviewers_by_first_name_and_the_role() -> None:
    note = plan_logistics(FULL, title="Data Analyst", company="Acme", round="second").thank_you
    lines = note.splitlines()
    assert lines[0] == "Subject: Thank you: Data Analyst interview"
    assert lines[2] == "Hi Priya and Tom,"
    assert "the Data Analyst role at Acme" in lines[4]


def test_the_thank_you_note_has_a_placeholder_without_interviewers() -> None:
    note = plan_logistics(InterviewDetails(), title=None, company=None, round="first").thank_you
    assert note.splitlines()[2] == "Hi [interviewer's name],"


def test_first_names_skip_titles_and_list_three_people() -> None:
    people = (Interviewer("Ms. Ana Ruiz"), Interviewer("Prof Li Wei"), Interviewer("Sam"))
    assert first_names(people) == ["Ana", "Li", "Sam"]
    details = InterviewDetails(interviewers=people)
    note = plan_logistics(details, title=None, company=None, round="first").thank_you
    assert note.splitlines()[2] == "Hi Ana, Li and Sam,"


def test_follow_up_is_ten_business_days_after_the_interview() -> None:
    assert plan_logistics(FULL, title=None, company=None, round="second").follow_up_date == (
        dt.date(2026, 3, 17)
    )
    assert (
        plan_logistics(InterviewDetails(), title=None, company=None, round="second").follow_up_date
        is None
    )


def test_the_task_checklist_quotes_the_brief() -> None:
    checklist = plan_logistics(FULL, title=None, company=None, round="second").task_checklist
    assert checklist == (
        "Read the brief literally: list every thing it asks for and answer each one",
        'The brief says: "Present a 10-minute analysis of the attached sales data"',
        "If the scope is vague (length, audience, format), ask the recruiter before you start",
        "Make a time plan: how long to spend preparing, and how long the presentation runs, "
        "leaving time for questions",
        "State your assumptions at the start and say what you would do with more time",
        "Rehearse aloud at least twice, timed, once in front of someone if you can",
    )


def test_no_task_means_no_task_checklist() -> None:
    logistics = plan_logistics(InterviewDetails(), title=None, company=None, round="second")
    assert logistics.task_checklist == ()
