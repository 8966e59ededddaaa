"""Dates and spans as CVs write them (core/text/dates.py)."""

import pytest

from shortlist.core.models import DateSpan, month_index
from shortlist.core.text.dates import find_spans, latest_month, parse_span

FEB_2021 = month_index(2021, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar 2019 - Jun 2020", (2019, 3), (2020, 6)),
        ("March 2019 – June 2020", (2019, 3), (2020, 6)),
        ("Sept. 2017 — Jan. 2018", (2017, 9), (2018, 1)),
        ("03/2019 - 06/2020", (2019, 3), (2020, 6)),
        ("3/2019 to 6/2020", (2019, 3), (2020, 6)),
        ("2019-03 – 2020-06", (2019, 3), (2020, 6)),
        ("Mar '19 until Jun '20", (2019, 3), (2020, 6)),
        ("Summer 2019 - Autumn 2020", (2019, 6), (2020, 9)),
        ("2016-2019", (2016, 1), (2019, 12)),
        ("2016 to 2019", (2016, 1), (2019, 12)),
        ("2016-19", (2016, 1), (2019, 12)),
        ("Mar - Dec 2019", (2019, 3), (2019, 12)),
        ("Nov - Feb 2020", (2019, 11), (2020, 2)),
        ("Jan 2018 through Dec 2020", (2018, 1), (2020, 12)),
    ],
)
def test_it_reads_closed_spans_in_common_formats(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    assert parse_span(text) == DateSpan(month_index(*start), month_index(*end), False, text)


def test_a_year_on_its_own_runs_from_january_to_december() -> None:
    span = parse_span("2016-2019")
    assert span is not None
    assert span.months == 48


def test_it_reads_mar_2019_to_present_as_open_ended_up_to_today() -> None:
    span = parse_span("Mar 2019 - Present", today=FEB_2021)
    assert span == DateSpan(month_index(2019, 3), FEB_2021, True, "Mar 2019 - Present")
    assert span.months == 24


@pytest.mark.parametrize(
    "text",
    [
        "Mar 2019 - Present",
        "Mar 2019 – current",
        "Mar 2019 - Now",
        "Mar 2019 to date",
        "Mar 2019 - today",
        "Mar 2019 – ongoing",
        "Mar 2019 - Currently",
        "since March 2019",
        "Mar 2019 –",
        "Mar 2019 - heute",
    ],
)
def test_every_open_ended_word_ends_the_span_today(text: str) -> None:
    span = parse_span(text, today=FEB_2021)
    assert span is not None
    assert (span.start, span.end, span.current) == (month_index(2019, 3), FEB_2021, True)


def test_an_open_span_without_today_ends_at_its_own_start() -> None:
    span = parse_span("06/2020 – now")
    assert span == DateSpan(month_index(2020, 6), month_index(2020, 6), True, "06/2020 – now")
    assert span.months == 1


def test_span_offsets_point_at_the_words_in_the_line() -> None:
    line = "Senior Engineer, Acme Corp (Mar 2019 - Present)"
    (found,) = find_spans(line, today=FEB_2021)
    assert (found.start, found.end) == (28, 46)
    assert line[found.start : found.end] == found.span.text == "Mar 2019 - Present"


def test_it_finds_each_span_in_a_line_left_to_right() -> None:
    found = find_spans("2012 - 2014 and 2016 - 2018")
    assert [f.span.text for f in found] == ["2012 - 2014", "2016 - 2018"]


@pytest.mark.parametrize(
    "text",
    [
        "2019-03",  # one month, ISO style
        "Mar 2019",
        "call 020 7946 2099",
        "Spring Boot 2",
        "12/03/2019",  # day/month/year is ambiguous: not read
        "",
        "Présent depuis toujours — 東京",
    ],
)
def test_single_dates_and_other_numbers_are_not_spans(text: str) -> None:
    assert find_spans(text, today=FEB_2021) == []


def test_an_end_year_more_than_thirty_years_on_is_not_a_span() -> None:
    assert parse_span("1990-45") is None


def test_latest_month_is_the_latest_date_the_text_names() -> None:
    text = "Analyst, Beta Ltd, Jan 2018 - Mar 2020\nEngineer, Acme, Apr 2020 - Present\n"
    assert latest_month(text) == month_index(2020, 4)


def test_latest_month_counts_a_bare_year_as_its_december() -> None:
    assert latest_month("Nurse, 2019 – present") == month_index(2019, 12)


def test_latest_month_ignores_years_inside_phone_numbers() -> None:
    text = "Tel 020 7946 2099\nCashier, Jan 2015 - Mar 2016"
    assert latest_month(text) == month_index(2016, 3)


def test_latest_month_of_a_text_without_dates_is_none() -> None:
    assert latest_month("No dates here, only words.") is None
