"""The practical side of a round: an email to confirm the arrangements, what to bring, the
numbers to know, a thank-you note and the day to follow up.

All of it is plain text built from what the user entered. What is known gets confirmed,
what is not gets asked for, and anything we cannot fill in is an obvious placeholder in
square brackets, never a guess.
"""

from __future__ import annotations

import datetime as dt

from shortlist.core.prep.interview import (
    ROUND_LABELS,
    InterviewDetails,
    Interviewer,
    Logistics,
    Round,
)

__all__ = ["FOLLOW_UP_BUSINESS_DAYS", "add_business_days", "first_names", "plan_logistics"]

#: Two working weeks: long enough for a decision, short enough to still be remembered.
FOLLOW_UP_BUSINESS_DAYS = 10

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir"})
_ROUND_PHRASE = {"first": "first-round", "second": "second-round", "final": "final"}
_NO_SALARY = "not set: decide a range before the call"
_NO_NOTICE = "not set: check your contract before the call"


def add_business_days(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` working days, skipping Saturdays and Sundays.

    Friday + 1 is Monday; a weekend day + 1 is the Monday after; ``n`` may be negative.
    """
    if n == 0:
        return day
    step = 1 if n > 0 else -1
    # From a weekend, count from the working day behind it: Saturday + 1 = Friday + 1.
    while day.weekday() >= 5:
        day -= dt.timedelta(days=step)
    # Whole weeks first, so a large n costs no more than a small one.
    weeks, left = divmod(abs(n), 5)
    day += dt.timedelta(days=7 * weeks * step)
    while left:
        day += dt.timedelta(days=step)
        if day.weekday() < 5:
            left -= 1
    return day


def _long_date(day: dt.date) -> str:
    """'Tuesday 3 June 2025', in English whatever the process locale."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def first_names(interviewers: tuple[Interviewer, ...]) -> list[str]:
    """Each interviewer's first name, skipping a title: 'Dr Priya Shah' -> 'Priya'."""
    names = []
    for person in interviewers:
        words = [w for w in person.name.split() if w.lower().rstrip(".") not in _HONORIFICS]
        if words:
            names.append(words[0])
    return names


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _role(title: str | None, company: str | None) -> str:
    """'the Data Analyst role at Acme', with placeholders for what is not known."""
    return f"the {title or '[job title]'} role at {company or '[company]'}"


def _is_link(location: str) -> bool:
    return location.startswith(("http://", "https://", "www."))


def _who(details: InterviewDetails) -> str:
    if not details.interviewers:
        return "- Who I will meet: could you tell me their names and roles?"
    people = [f"{p.name} ({p.role})" if p.role else p.name for p in details.interviewers]
    return f"- Who I will meet: {_join(people)}. Is that right, and is anyone else joining?"


def _when(details: InterviewDetails) -> str:
    if details.date is None:
        return "- Date and time: could you let me know when it will be?"
    when = _long_date(details.date)
    if details.time:
        return f"- Date and time: {when} at {details.time}. Could you confirm?"
    return f"- Date and time: {when}. What time should I plan for?"


def _how_long(details: InterviewDetails) -> str:
    if details.duration_minutes:
        return f"- Length: {details.duration_minutes} minutes. Is that right?"
    return "- Length: how long should I plan for?"


def _where(details: InterviewDetails) -> str:
    place = details.location.strip()
    if details.format == "in_person":
        if place:
            return (
                f"- Format: in person at {place}. Could you confirm the address and who I "
                "should ask for when I arrive?"
            )
        return "- Format: in person. Could you send the address and who to ask for?"
    if details.format == "remote":
        if place and _is_link(place):
            return f"- Format: a video call at {place}. Is that the right link?"
        if place:
            return f"- Format: a video call on {place}. Could you send the link?"
        return "- Format: a video call. Could you send the link, and say which app it uses?"
    if details.format == "phone":
        return "- Format: a phone call. Will you call me, and on which number?"
    return "- Format: will it be in person or remote? If in person, where; if remote, the link."


def _task(details: InterviewDetails) -> str:
    if details.task_expected and details.task_brief.strip():
        return (
            f'- Task: I understand the task is "{details.task_brief.strip()}". How long will '
            "I have to present it, and in what format should I bring it?"
        )
    if details.task_expected:
        return (
            "- Task: I understand there is a task. Could you send the brief, how long I "
            "will have and the format you expect?"
        )
    return "- Task: is there any task or presentation I should prepare?"


def _recruiter_email(
    details: InterviewDetails, title: str | None, company: str | None, round: Round
) -> str:
    recruiter = first_names((Interviewer(details.recruiter_name),))
    greeting = recruiter[0] if recruiter else "[recruiter's name]"
    lines = [
        f"Subject: {ROUND_LABELS[round]} interview for {title or '[job title]'}: confirming "
        "the details",
        "",
        f"Hi {greeting},",
        "",
        f"Thank you for arranging the {_ROUND_PHRASE[round]} interview for "
        f"{_role(title, company)}. So that I can prepare well, could you confirm a few "
        "details?",
        "",
        _when(details),
        _who(details),
        _how_long(details),
        _where(details),
        _task(details),
        "",
        "Thank you, I look forward to it.",
        "",
        "Best regards,",
        "[your name]",
    ]
    return "\n".join(lines)


def _bring(details: InterviewDetails) -> tuple[str, ...]:
    place = details.location.strip()
    items: list[str] = []
    if details.format == "in_person":
        items += [
            "Two printed copies of your CV",
            "Photo ID for reception",
            f"Directions to {place or '[the address]'}, and a backup way to get there",
            "Arrive 10 minutes early; have the recruiter's number to call if you are late",
        ]
    elif details.format == "remote":
        link = f" ({place})" if place else ""
        items += [
            f"Test the link{link} the day before, in the app it uses",
            "Camera and microphone checked; camera at eye level",
            "A quiet room with a plain background and the door shut",
            "Charger plugged in, notifications off, phone on silent",
        ]
    elif details.format == "phone":
        items += [
            "Phone charged, with good signal, in a quiet room",
            "Your CV and notes open in front of you",
        ]
    else:
        items.append("Confirm the format with the recruiter first: what to bring depends on it")
    if details.task_expected:
        items.append(
            "The task or slides, plus a backup copy (on a USB stick and emailed to yourself)"
        )
    items += [
        "Your questions to ask, written down",
        "A notepad and pen for names and follow-ups",
    ]
    return tuple(items)


def _numbers(details: InterviewDetails) -> tuple[tuple[str, str], ...]:
    return (
        ("Salary expectation", details.salary_expectation.strip() or _NO_SALARY),
        ("Notice period", details.notice_period.strip() or _NO_NOTICE),
    )


def _thank_you(details: InterviewDetails, title: str | None, company: str | None) -> str:
    names = _join(first_names(details.interviewers)) or "[interviewer's name]"
    lines = [
        f"Subject: Thank you: {title or '[job title]'} interview",
        "",
        f"Hi {names},",
        "",
        f"Thank you for your time today and for telling me more about {_role(title, company)}. "
        "[One thing from the conversation that stayed with you, and why.]",
        "",
        "Our conversation made me even more keen on the role. [If an answer came out "
        "short, one line adding what you meant.] I look forward to hearing about the next "
        "steps.",
        "",
        "Best regards,",
        "[your name]",
    ]
    return "\n".join(lines)


def _task_checklist(details: InterviewDetails) -> tuple[str, ...]:
    if not details.task_expected:
        return ()
    items = ["Read the brief literally: list every thing it asks for and answer each one"]
    if details.task_brief.strip():
        items.append(f'The brief says: "{details.task_brief.strip()}"')
    items += [
        "If the scope is vague (length, audience, format), ask the recruiter before you start",
        "Make a time plan: how long to spend preparing, and how long the presentation runs, "
        "leaving time for questions",
        "State your assumptions at the start and say what you would do with more time",
        "Rehearse aloud at least twice, timed, once in front of someone if you can",
    ]
    return tuple(items)


def plan_logistics(
    details: InterviewDetails,
    *,
    title: str | None,
    company: str | None,
    round: Round,
    from_posting: tuple[str, ...] = (),
) -> Logistics:
    """Drafts and checklists for the round, from what the user knows about it."""
    follow_up = (
        add_business_days(details.date, FOLLOW_UP_BUSINESS_DAYS)
        if details.date is not None
        else None
    )
    return Logistics(
        recruiter_email=_recruiter_email(details, title, company, round),
        bring=_bring(details),
        know_your_numbers=_numbers(details),
        thank_you=_thank_you(details, title, company),
        follow_up_date=follow_up,
        task_checklist=_task_checklist(details),
        from_posting=from_posting,
    )
