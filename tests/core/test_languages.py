"""Human languages and levels (core/languages.py)."""

from shortlist.core.languages import canonical_language, find_languages, level_rank


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
        6,
        7,
        4,
        None,
    ]


def test_sign_language_acronyms_count_only_in_capitals() -> None:
    assert _pairs("asl and BSL") == [("British Sign Language", None)]
