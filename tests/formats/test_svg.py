"""The trend chart: valid SVG text whose points follow the scores, escaped labels."""

from xml.etree import ElementTree

from shortlist.formats.svg import HEIGHT, trend_svg

NS = {"svg": "http://www.w3.org/2000/svg"}


def test_a_higher_score_is_drawn_higher_up() -> None:
    svg = ElementTree.fromstring(trend_svg([("1 Dec", 20), ("2 Dec", 80)], "Overall"))
    dots = svg.findall("svg:circle", NS)
    assert len(dots) == 2
    assert float(dots[1].get("cy", "0")) < float(dots[0].get("cy", "0"))
    assert 0 < float(dots[0].get("cy", "0")) < HEIGHT


def test_the_chart_names_itself_and_lists_its_points_for_screen_readers() -> None:
    svg = ElementTree.fromstring(trend_svg([("1 Dec", 55)], "STAR <structure>"))
    assert svg.get("aria-label") == "STAR <structure>"
    assert svg.findtext("svg:desc", namespaces=NS) == "1 Dec: 55"


def test_an_empty_trend_is_still_a_chart_and_says_so() -> None:
    svg = ElementTree.fromstring(trend_svg([], "Fillers"))
    assert svg.findall("svg:circle", NS) == []
    assert svg.findtext("svg:desc", namespaces=NS) == "no answers yet"


def test_scores_outside_0_100_stay_inside_the_chart() -> None:
    svg = ElementTree.fromstring(trend_svg([("a", -5), ("b", 140)], "x"))
    ys = [float(c.get("cy", "0")) for c in svg.findall("svg:circle", NS)]
    assert all(0 <= value <= HEIGHT for value in ys)
