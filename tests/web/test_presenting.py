"""Where timeline bars go, how evidence is highlighted, how statuses read."""

from __future__ import annotations

from shortlist.web.presenting import highlight, status_label, timeline
from shortlist.web.templating import band_class, duration
from shortlist.workspace import RoleView


def role(start: str | None, end: str | None, current: bool = False) -> RoleView:
    return RoleView(
        title="Engineer",
        employer="Acme",
        start=start,
        end=end,
        current=current,
        months=0,
        dates_text=None,
        header="Engineer, Acme",
        lines=[],
    )


def test_bars_share_one_axis_from_the_first_start_to_the_last_end() -> None:
    line = timeline([role("2020-01", "2024-12", current=True), role("2015-01", "2019-12")])
    assert [(bar.left, bar.width) for bar in line.bars] == [(50.0, 50.0), (0.0, 50.0)]
    assert (line.first, line.last) == ("2015-01", "now")


def test_a_role_without_dates_gets_no_bar() -> None:
    line = timeline([role(None, None), role("2020-01", "2020-12")])
    assert [(bar.left, bar.width) for bar in line.bars] == [(None, None), (0.0, 100.0)]
    assert timeline([role(None, None)]).first is None


def test_a_one_month_role_among_long_ones_still_shows() -> None:
    line = timeline([role("2000-01", "2099-12"), role("2050-06", "2050-06")])
    assert line.bars[1].width == 1.0


def test_highlight_marks_each_named_skill_and_escapes_the_rest() -> None:
    marked = highlight("Built <APIs> in python & Django", ["Python", "Django"])
    assert str(marked) == "Built &lt;APIs&gt; in <mark>python</mark> &amp; <mark>Django</mark>"


def test_highlight_marks_the_whole_line_when_no_skill_is_named_verbatim() -> None:
    assert str(highlight("Ran <k8s> clusters", ["Kubernetes"])) == (
        "<mark>Ran &lt;k8s&gt; clusters</mark>"
    )
    assert str(highlight(None, ["Kubernetes"])) == ""


def test_highlight_does_not_mark_a_skill_inside_another_word() -> None:
    assert str(highlight("JavaScript and Java", ["Java"])) == "JavaScript and <mark>Java</mark>"


def test_statuses_read_as_words_with_the_interview_round() -> None:
    assert status_label("interviewing", 2) == "Interviewing (round 2)"
    assert status_label("offer", 2) == "Offer"
    assert status_label("saved") == "Saved"


def test_durations_and_bands_read_plainly() -> None:
    assert [duration(m) for m in (0, 1, 12, 14, 25)] == [
        "less than a month",
        "1 mo",
        "1 yr",
        "1 yr 2 mos",
        "2 yrs 1 mo",
    ]
    assert [band_class(b) for b in ("Strong match", "Weak match", "Not enough to score")] == [
        "band-strong",
        "band-weak",
        "band-none",
    ]
