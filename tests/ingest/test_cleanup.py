"""Normalisation and page header/footer stripping, on text written out in full."""

from __future__ import annotations

from shortlist.ingest.cleanup import normalise, strip_repeated_lines


def test_it_turns_every_common_bullet_glyph_into_a_dash_at_line_start() -> None:
    text = "• A\n▪ B\n◦ C\n● D\n– E\n* F\n\uf0b7 G\n•H\n-5% cost\n*args"

    assert normalise(text) == "- A\n- B\n- C\n- D\n- E\n- F\n- G\n- H\n-5% cost\n*args"


def test_it_joins_a_bullet_left_alone_on_its_line_to_the_text_after_it() -> None:
    assert normalise("•\nLed a team of 5\n•\nCut costs") == "- Led a team of 5\n- Cut costs"


def test_it_unifies_newlines_and_collapses_spaces_and_tabs() -> None:
    assert normalise("a  \t b\r\nc\rd\u00a0\u00a0e\u2028f\x0cg") == "a b\nc\nd e\nf\ng"


def test_it_drops_control_and_zero_width_characters() -> None:
    assert normalise("Py\x00th\x07on\u200b Dev\ufeffeloper") == "Python Developer"


def test_it_keeps_one_blank_line_between_paragraphs_and_none_at_the_ends() -> None:
    assert normalise("\n\n  Summary\n\n\n\n  \nExperience\n\n") == "Summary\n\nExperience"


def test_it_splits_ligatures_pdfs_leave_behind() -> None:
    assert normalise("ﬁnance and workﬂow") == "finance and workflow"


def test_it_rejoins_a_hyphenated_word_the_text_spells_whole_elsewhere() -> None:
    text = "Led develop-\nment of tools.\nOwned development end to end."

    assert normalise(text) == "Led development of tools.\nOwned development end to end."


def test_it_keeps_the_hyphen_when_the_text_spells_the_word_with_one() -> None:
    text = "A self-\nmotivated engineer.\nSelf-motivated and calm."

    assert normalise(text) == "A self-motivated engineer.\nSelf-motivated and calm."


def test_it_leaves_a_line_end_hyphen_alone_without_evidence() -> None:
    assert normalise("A self-\nmotivated engineer.") == "A self-\nmotivated engineer."


def test_it_removes_soft_hyphens_and_joins_the_word_they_split() -> None:
    assert normalise("manage\u00ad\nment and co\u00adoperation") == "management and cooperation"


def test_it_keeps_the_first_copy_of_a_repeated_header_and_drops_page_numbers() -> None:
    pages = [
        "Jane Doe CV\nExperience\nAcme 2019 - 2021\n1",
        "Jane Doe CV\nBeta Corp 2016 - 2019\n- 2 -",
        "Jane Doe CV\nEducation\nBSc 2012 - 2016\nPage 3 of 3",
    ]

    assert strip_repeated_lines(pages) == [
        "Jane Doe CV\nExperience\nAcme 2019 - 2021",
        "Beta Corp 2016 - 2019",
        "Education\nBSc 2012 - 2016",
    ]


def test_it_treats_footers_differing_only_in_the_page_number_as_repeats() -> None:
    pages = [
        "Summary\nPython developer\nJane Doe - page 1",
        "Skills\nPython\nJane Doe - page 2",
    ]

    assert strip_repeated_lines(pages) == [
        "Summary\nPython developer\nJane Doe - page 1",
        "Skills\nPython",
    ]


def test_it_keeps_date_lines_that_only_look_alike_across_pages() -> None:
    pages = ["Acme\n2018 - 2020", "Beta\n2015 - 2017"]

    assert strip_repeated_lines(pages) == ["Acme\n2018 - 2020", "Beta\n2015 - 2017"]
