"""Lines, wrapped lines and quoting a sentence: the reading every parser shares."""

from shortlist.core.models import Line
from shortlist.core.text.lines import heading_key, sentence_at, split_lines

WRAPPED = """EXPERIENCE
- Run our AWS estate (EKS, RDS) with Terraform and cut the
  monthly bill by 22% in the first year.
- Mentor two junior engineers.
Backend engineer with ten years of building services for
e-commerce and payments.
"""


def test_split_lines_keeps_exact_offsets() -> None:
    lines = split_lines(WRAPPED)
    assert [line.text for line in lines][:2] == [
        "EXPERIENCE",
        "- Run our AWS estate (EKS, RDS) with Terraform and cut the",
    ]
    assert all(WRAPPED[line.start : line.end] == line.text for line in lines)


def test_a_wrapped_bullet_and_a_carried_on_sentence_are_joined_verbatim() -> None:
    lines = split_lines(WRAPPED, join_wrapped=True)
    assert [line.text.split("\n")[0] for line in lines] == [
        "EXPERIENCE",
        "- Run our AWS estate (EKS, RDS) with Terraform and cut the",
        "- Mentor two junior engineers.",
        "Backend engineer with ten years of building services for",
    ]
    assert lines[1].text.endswith("in the first year.")
    assert lines[3].text.endswith("e-commerce and payments.")
    assert all(WRAPPED[line.start : line.end] == line.text for line in lines)


def test_a_long_line_is_quoted_by_the_sentence_that_holds_the_offset() -> None:
    text = "I build payment systems. " * 5 + "British citizen; no sponsorship needed. Also more."
    line = Line(text, 100)
    quoted = sentence_at(line, 100 + text.index("citizen"))
    assert quoted.text == "British citizen; no sponsorship needed."
    assert text[quoted.start - 100 : quoted.end - 100] == quoted.text


def test_a_short_line_is_quoted_whole() -> None:
    line = Line("Python, SQL. Docker.", 0)
    assert sentence_at(line, 14) is line


def test_heading_keys_ignore_markup_case_and_trailing_colons() -> None:
    assert heading_key("## WORK EXPERIENCE :") == "work experience"
