"""Must-have or nice-to-have from the words of one line (weights.py)."""

import pytest

from shortlist.core.posting.weights import Weight, line_weight


@pytest.mark.parametrize(
    "text",
    [
        "A degree (life sciences or business preferred)",
        "Experience with an email and SMS platform (Klaviyo preferred)",
        "Experience with a CRM (ideally Salesforce)",
        "Power BI (Tableau a plus)",
    ],
)
def test_a_preference_among_options_in_brackets_leaves_the_line_unweighted(text: str) -> None:
    assert line_weight(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bachelor's degree (preferred)", "preferred"),
        ("Kafka (a plus)", "a plus"),
        ("Terraform (highly desirable)", "desirable"),
        ("Experience with Kafka (or similar) is a plus", "a plus"),
    ],
)
def test_a_cue_alone_in_brackets_or_outside_them_makes_the_line_nice(text: str, cue: str) -> None:
    assert line_weight(text) == Weight(False, cue)
