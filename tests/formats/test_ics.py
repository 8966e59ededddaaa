"""The .ics export, read back with a plain unfold and unescape (no icalendar package)."""

import datetime as dt

import pytest

from shortlist.formats.ics import CalendarEvent, escape_text, fold_line, to_ics

STAMP = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def event(**changes: object) -> CalendarEvent:
    fields: dict[str, object] = {
        "uid": "shortlist-job1-round2",
        "summary": "Interview: Data Analyst at Acme",
        "description": "",
        "location": "",
        "start": dt.date(2026, 3, 3),
    }
    fields.update(changes)
    return CalendarEvent(**fields)  # type: ignore[arg-type]


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def properties(ics: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in unfold(ics):
        name, _, value = line.partition(":")
        out.setdefault(name, value)
    return out


def unescape(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "\\":
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def test_an_all_day_event_is_a_valid_calendar() -> None:
    assert to_ics([event()], stamp=STAMP) == (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Shortlist//Interview preparation//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:shortlist-job1-round2\r\n"
        "DTSTAMP:20260301T093000Z\r\n"
        "DTSTART;VALUE=DATE:20260303\r\n"
        "DTEND;VALUE=DATE:20260304\r\n"
        "SUMMARY:Interview: Data Analyst at Acme\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )


def test_a_timed_event_is_floating_local_time_with_the_default_hour() -> None:
    props = properties(to_ics([event(start_time="14:30")], stamp=STAMP))
    assert props["DTSTART"] == "20260303T143000"
    assert props["DTEND"] == "20260303T153000"


def test_a_timed_event_ends_after_its_duration_even_past_midnight() -> None:
    props = properties(to_ics([event(start_time="23:15", duration_minutes=90)], stamp=STAMP))
    assert props["DTSTART"] == "20260303T231500"
    assert props["DTEND"] == "20260304T004500"


def test_dtstamp_is_written_in_utc() -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    stamp = dt.datetime(2026, 3, 1, 10, 30, tzinfo=paris)
    assert properties(to_ics([event()], stamp=stamp))["DTSTAMP"] == "20260301T093000Z"


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        to_ics([event()], stamp=dt.datetime(2026, 3, 1, 9, 30))


@pytest.mark.parametrize("bad", ["2pm", "24:00", "9:30", "12:60"])
def test_a_bad_start_time_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        to_ics([event(start_time=bad)], stamp=STAMP)


def test_text_is_escaped() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"
    ics = to_ics(
        [event(summary="Interview; round 2, final", location="1 King St, Leeds")], stamp=STAMP
    )
    props = properties(ics)
    assert props["SUMMARY"] == "Interview\\; round 2\\, final"
    assert unescape(props["LOCATION"]) == "1 King St, Leeds"


def test_a_long_description_with_emoji_is_folded_and_reads_back_whole() -> None:
    description = ("Prepare first 🚀: the Kafka gap, then the STAR stories 👩‍💻; " * 4)[:200]
    assert len(description) == 200
    ics = to_ics([event(description=description)], stamp=STAMP)
    physical = ics.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    for line in physical:
        line.encode("utf-8").decode("utf-8")  # every line is whole UTF-8 on its own
    assert sum(line.startswith(" ") for line in physical) >= 3
    assert unescape(properties(ics)["DESCRIPTION"]) == description


def test_folding_never_splits_a_multibyte_character() -> None:
    line = "DESCRIPTION:" + "é" * 100
    folded = fold_line(line).split("\r\n")
    assert [len(part.encode("utf-8")) for part in folded] == [74, 75, 65]
    assert "".join(part.removeprefix(" ") for part in folded) == line


def test_a_short_line_is_not_folded() -> None:
    assert fold_line("SUMMARY:x") == "SUMMARY:x"
    assert fold_line("X" * 75) == "X" * 75


def test_every_line_ends_with_crlf_and_events_are_in_order() -> None:
    ics = to_ics(
        [event(uid="a", description="line one\nline two"), event(uid="b", location="Teams")],
        stamp=STAMP,
    )
    assert "\n" not in ics.replace("\r\n", "")
    assert ics.endswith("\r\n")
    uids = [line for line in unfold(ics) if line.startswith("UID:")]
    assert uids == ["UID:a", "UID:b"]
    assert "DESCRIPTION:line one\\nline two" in unfold(ics)


def test_no_events_is_still_a_calendar() -> None:
    assert unfold(to_ics([], stamp=STAMP)) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Shortlist//Interview preparation//EN",
        "CALSCALE:GREGORIAN",
        "END:VCALENDAR",
    ]
