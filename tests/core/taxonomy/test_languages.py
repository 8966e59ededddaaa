"""Human languages and levels (core/taxonomy/languages.py)."""

import pytest

from shortlist.core.taxonomy.languages import (
    canonical_language,
    find_languages,
    level_rank,
    required_level,
)


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.level) for m in find_languages(text)]


def test_it_reads_levels_after_each_language() -> None:
    assert _pairs("Languages: English (native), Spanish (C1), French - basic") == [
        ("English", "native"),
        ("Spanish", "C1"),
        ("French", "basic"),
    ]


def test_a_level_before_a_language_belongs_to_it() -> None:
    assert _pairs("Native English speaker, fluent Spanish") == [
        ("English", "Native"),
        ("Spanish", "fluent"),
    ]


def test_a_label_applies_to_every_language_after_it() -> None:
    assert _pairs("Fluent: English, Spanish; Basic: French") == [
        ("English", "Fluent"),
        ("Spanish", "Fluent"),
        ("French", "Basic"),
    ]


def test_a_level_across_a_comma_belongs_to_the_next_language() -> None:
    assert _pairs("English, fluent Spanish") == [("English", None), ("Spanish", "fluent")]


def test_other_spellings_map_to_one_name() -> None:
    assert _pairs("Farsi (professional working proficiency)") == [
        ("Persian", "professional working proficiency")
    ]
    assert canonical_language("castilian") == "Spanish"
    assert canonical_language("Python") is None


def test_levels_compare_on_one_scale() -> None:
    assert [level_rank(x) for x in ("A2", "B2", "C1", "fluent", "native", "very good", None)] == [
        2,
        4,
        5,
        5,
        7,
        4,
        None,
    ]


@pytest.mark.parametrize(
    ("level", "rank"),
    [
        ("A2, e.g. everyday conversation", 2),
        ("B2+", 4),
        ("C1-level", 5),
        ("Intermediate (B1)", 3),
        ("fluent (C2)", 6),
        ("Fluent", 5),
        ("mother tongue", 7),
        ("Native speaker", 7),
        ("conversational", 3),
        ("basic", 1),
        ("business level", 4),
        ("some", None),
    ],
)
def test_a_cv_level_as_written_finds_its_rank(level: str, rank: int | None) -> None:
    assert level_rank(level) == rank


@pytest.mark.parametrize(
    ("text", "language", "rank"),
    [
        ("Fluent German (C1 or higher) and English", "German", 5),
        ("Spanish at B2 level or above", "Spanish", 4),
        ("German B2-C1", "German", 4),
        ("Conversational French", None, 3),
        ("Business-level German (C1) preferred", "German", 5),
        ("Fluent English, conversational French", "French", 3),
        ("Fluent English, conversational French", "English", 5),
        ("Fluent Portuguese and English", "English", 5),
        ("Native-level Dutch", "Dutch", 7),
        ("A third language: French, Spanish or German", "French", None),
    ],
)
def test_a_posting_line_gives_the_lowest_level_it_accepts(
    text: str, language: str | None, rank: int | None
) -> None:
    assert required_level(text, language) == rank


def test_sign_language_acronyms_count_only_in_capitals() -> None:
    assert _pairs("asl and BSL") == [("British Sign Language", None)]
