"""The shipped phrase tagger on posting sentences it never saw: our own labelled
sentences (benchmarks/postings/skill_phrases.json, written before the tagger ran on
them and never tuned on), boilerplate, and how its phrases sit beside named entries."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from shortlist import find_skills
from shortlist.core.models import SkillKind

SENTENCES = Path(__file__).resolve().parents[2] / "benchmarks" / "postings" / "skill_phrases.json"


def _loose_f1(kind: SkillKind) -> float:
    sentences = json.loads(SENTENCES.read_text(encoding="utf-8"))["sentences"]
    right = predicted = found = gold = 0
    for sentence in sentences:
        text = sentence["text"]
        golds = [(text.index(g), text.index(g) + len(g)) for g in sentence[kind]]
        spans = [(m.start, m.end) for m in find_skills(text, asked=True) if m.kind == kind]
        right += sum(any(a < gb and ga < b for ga, gb in golds) for a, b in spans)
        found += sum(any(a < gb and ga < b for a, b in spans) for ga, gb in golds)
        predicted, gold = predicted + len(spans), gold + len(golds)
    precision, recall = right / predicted, found / gold
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("kind", ["knowledge", "skill"])
def test_our_own_labelled_sentences_are_read_well_enough(kind: SkillKind) -> None:
    # Untuned on first run (2026-12-07): knowledge 0.75, skill 0.67.
    assert _loose_f1(kind) >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "We offer 30 days holiday, private medical cover and a cycle-to-work scheme.",
        "Interviews will be held at our Leeds office in the week of 8 March.",
        "The Trust is an equal opportunities employer and welcomes applications from all.",
        "Salary: £34,000 - £38,000 depending on experience, hybrid (2 days in office).",
    ],
)
def test_boilerplate_asks_for_nothing(text: str) -> None:
    assert find_skills(text, asked=True) == []


def test_a_named_tool_inside_an_asked_phrase_keeps_its_canonical_name() -> None:
    found = find_skills(
        "Hands-on experience with Postgres and Kubernetes is essential.", asked=True
    )
    assert {m.canonical for m in found} >= {"PostgreSQL", "Kubernetes"}
    assert all(m.kind == "knowledge" for m in found if m.canonical)


def test_the_full_listing_keeps_every_name_and_adds_phrases_without_overlap() -> None:
    text = "Java developer to coach junior engineers and run sprint planning with Jira."
    found = find_skills(text)
    assert {"Java", "Jira"} <= {m.canonical for m in found}
    assert any(m.canonical is None and "coach" in m.text for m in found)
    ordered = sorted((m.start, m.end) for m in found)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))
