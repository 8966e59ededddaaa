"""The phrase tagger's plumbing: features, label decoding and offsets. The trained model
is a port here (a fixed label sequence); tests/data/test_span_tagger_model.py runs the
real one."""

from __future__ import annotations

from collections.abc import Sequence

from shortlist.core.models import SkillMention
from shortlist.core.taxonomy.span_tagger import (
    SpanTagger,
    known_labels,
    labelled_spans,
    sequence_features,
)


class FixedLabels:
    """A model that answers with the labels it was given, and keeps what it was asked."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.seen: list[list[str]] = []

    def tag(self, xseq: Sequence[Sequence[str]]) -> list[str]:
        self.seen = [list(items) for items in xseq]
        return self.labels[: len(xseq)]


def test_labels_decode_to_spans_of_their_kind() -> None:
    labels = ["O", "B-skill", "I-skill", "B-knowledge", "I-knowledge", "O", "I-skill"]
    assert labelled_spans(labels) == [("skill", 1, 3), ("knowledge", 3, 5), ("skill", 6, 7)]


def test_a_change_of_kind_inside_a_run_closes_the_span() -> None:
    assert labelled_spans(["B-skill", "I-knowledge", "I-knowledge"]) == [
        ("skill", 0, 1),
        ("knowledge", 1, 3),
    ]
    assert labelled_spans(["B-skill", "B-skill"]) == [("skill", 0, 1), ("skill", 1, 2)]


def test_taxonomy_mentions_become_per_token_labels() -> None:
    spans = [(0, 4), (5, 11), (12, 18), (19, 21)]  # "Used Google Sheets at..."
    mentions = [
        SkillMention(5, 18, "Google Sheets", "Google Sheets", "knowledge"),
        SkillMention(19, 21, "at", None, "skill"),  # a phrase, not a named entry
    ]
    assert known_labels(spans, mentions) == ["O", "B-knowledge", "I-knowledge", "O"]


def test_every_token_gets_its_word_its_neighbours_and_the_taxonomy_label() -> None:
    features = sequence_features(["Strong", "Excel", "skills."], ["O", "B-knowledge", "O"])
    assert len(features) == 3
    assert {"w=excel", "tax=B-knowledge", "-1w=strong", "1w=skills", "-2edge"} <= set(features[1])
    assert "end=." in features[2] and "w=skills" in features[2]


def test_phrases_keep_verbatim_offsets_and_drop_edge_punctuation() -> None:
    text = "Must: (plan  rotas), and use Xero."
    model = FixedLabels(["O", "B-skill", "I-skill", "O", "O", "B-knowledge"])
    found = SpanTagger(model).find(text, [])
    assert [(m.text, m.kind, m.canonical) for m in found] == [
        ("plan  rotas", "skill", None),
        ("Xero", "knowledge", None),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_empty_text_asks_the_model_nothing() -> None:
    model = FixedLabels([])
    assert SpanTagger(model).find("  \n ", []) == []
    assert model.seen == []
