"""STAR story checks, the competency grid and the fitting of stories to questions."""

from shortlist.core.prep.interview import PlannedQuestion, Story
from shortlist.core.prep.stories import review_story
from shortlist.core.prep.story_fit import canonical_tag, coverage_grid, map_stories


def story(
    id: int = 1,
    *,
    title: str = "Billing migration",
    situation: str = "Our billing system failed at every month end.",
    task: str = "I had to make it reliable before the audit.",
    action: str = "I wrote the plan and I moved the jobs one by one.",
    result: str = "Month-end errors fell from 40 to 2.",
    tags: tuple[str, ...] = (),
) -> Story:
    return Story(id, title, situation, task, action, result, tags)


def words(n: int, word: str = "word") -> str:
    return " ".join([word] * n)


def question(
    id: str,
    text: str = "Tell me about a time you led a team.",
    *,
    category: str = "competency",
    competency: str | None = "leadership",
    source_quote: str | None = None,
) -> PlannedQuestion:
    return PlannedQuestion(
        id=id,
        text=text,
        category=category,
        competency=competency,
        persona="hiring_manager",
        source_kind="bank",
        source_quote=source_quote,
        why="",
        covers=(),
        target_seconds=120,
    )


# measurable


def test_it_quotes_the_numbers_that_make_a_result_measurable() -> None:
    review = review_story(
        story(result="Errors fell from 40 to 2, we saved £2m in fees and shipped 30% faster.")
    )
    assert review.measurable.ok
    assert review.measurable.quotes == ("from 40 to 2", "£2m", "30% faster")


def test_it_counts_spelled_out_durations_and_counts_as_measurable() -> None:
    review = review_story(story(result="We finished three weeks early and halved the backlog."))
    assert review.measurable.ok
    assert review.measurable.quotes == ("three weeks", "halved")


def test_a_year_alone_is_not_a_measure() -> None:
    review = review_story(story(result="In 2023 the launch went really well."))
    assert not review.measurable.ok
    assert review.measurable.quotes == ("went really well",)


def test_it_quotes_the_vague_words_of_a_result_without_numbers() -> None:
    review = review_story(story(result="It was a success and everyone was happy."))
    assert not review.measurable.ok
    assert "Say by how much" in review.measurable.message
    assert review.measurable.quotes == ("was a success", "everyone was happy")


def test_a_vague_result_with_no_known_vague_word_quotes_its_opening() -> None:
    review = review_story(story(result="The client signed."))
    assert review.measurable.quotes == ("The client signed.",)


def test_an_empty_result_asks_for_one() -> None:
    review = review_story(story(result="  "))
    assert not review.measurable.ok
    assert review.measurable.message.startswith("There is no result yet")


# first person


def test_it_flags_we_in_the_actions() -> None:
    review = review_story(story(action="We decided to rewrite it. We all shipped it. I tested it."))
    assert not review.first_person.ok
    assert review.first_person.quotes == ("We decided", "We all shipped")
    assert "'I' 1 times against 2" in review.first_person.message


def test_it_flags_passive_phrases_in_the_actions() -> None:
    review = review_story(story(action="The schema was changed and the jobs were moved."))
    assert not review.first_person.ok
    assert review.first_person.quotes == ("was changed", "were moved")


def test_an_action_led_by_i_passes_and_still_names_the_we_phrases() -> None:
    review = review_story(
        story(action="I wrote the plan. I asked the team to review it. I ran it. We launched.")
    )
    assert review.first_person.ok
    # "the team to" is the user acting on the team; only "We launched" hides who did it.
    assert review.first_person.quotes == ("We launched",)


def test_i_was_asked_is_not_counted_as_hiding_the_user() -> None:
    review = review_story(story(action="I was asked to lead it, so I split the work."))
    assert review.first_person.ok
    assert review.first_person.quotes == ()
    assert review.first_person.message == "The action is told in the first person ('I' 2 times)."


def test_an_action_that_never_says_i_is_flagged_with_its_opening() -> None:
    review = review_story(story(action="Rewrote the scheduler and moved every job over to it."))
    assert not review.first_person.ok
    assert review.first_person.quotes == ("Rewrote the scheduler and moved every job over…",)


# length


def test_a_story_in_the_band_with_the_action_largest_passes() -> None:
    review = review_story(
        story(situation=words(30), task=words(20), action="I " + words(99), result=words(30))
    )
    assert review.words == 180
    assert review.length.ok
    assert review.length.message == (
        "180 words, about 1.3 minutes spoken, with the action the largest part (100 words)."
    )


def test_it_says_a_short_story_is_too_short() -> None:
    review = review_story(story())
    assert review.words == 37
    assert not review.length.ok
    assert review.length.message.startswith("37 words, about 16 seconds spoken: too short")


def test_it_says_a_long_story_is_too_long() -> None:
    review = review_story(story(situation=words(50), action=words(400), result=words(20)))
    assert not review.length.ok
    assert "too long" in review.length.message


def test_it_flags_a_situation_longer_than_the_action() -> None:
    review = review_story(
        story(situation=words(150), task=words(10), action=words(60), result=words(20))
    )
    assert not review.length.ok
    assert review.length.message == (
        "The situation (150 words) is longer than the action (60 words); "
        "the action should carry the story."
    )
    assert review.length.quotes == ("word word word word word word word word…",)


def test_an_empty_story_is_reviewed_without_crashing() -> None:
    review = review_story(Story(7, "", "", "", "", ""))
    assert review.story_id == 7
    assert review.words == 0
    assert [f.ok for f in review.findings] == [False, False, False]


def test_unicode_results_keep_their_currency_and_words() -> None:
    review = review_story(story(result="Gewinn stieg um €120.000, Kundenzufriedenheit 95%."))
    assert review.measurable.quotes == ("€120.000", "95%")


# coverage


def test_tags_and_their_synonyms_fill_the_grid() -> None:
    grid = coverage_grid(
        [
            story(1, tags=("Leadership", "python")),
            story(2, tags=("teamwork", "Tight-Deadline")),
            story(3, tags=("mistake", "team_lead")),
        ]
    )
    assert grid == {
        "leadership": (1, 3),
        "conflict": (),
        "failure": (3,),
        "pressure": (2,),
        "collaboration": (2,),
        "initiative": (),
    }


def test_canonical_tag_folds_case_spaces_and_synonyms() -> None:
    assert canonical_tag("Customer Focus") == "customer_focus"
    assert canonical_tag("deadlines") == "pressure"
    assert canonical_tag("Kubernetes") == "kubernetes"


# mapping


def test_a_story_tagged_with_the_competency_wins_over_shared_words() -> None:
    stories = [
        story(1, title="Led a team of four through a migration", tags=("initiative",)),
        story(2, title="Quarter close", tags=("leadership",)),
    ]
    result = map_stories([question("q1")], stories)
    assert result.assignments == {"q1": 2}


def test_shared_words_pick_a_story_for_a_question_without_a_competency() -> None:
    stories = [
        story(1, title="Quarter close", action="I reconciled the ledgers."),
        story(2, title="Kubernetes upgrade", action="I upgraded the Kubernetes clusters."),
    ]
    probe = question(
        "gap:1",
        "The role needs Kubernetes; how have you run clusters?",
        category="gap_probe",
        competency=None,
    )
    assert map_stories([probe], stories).assignments == {"gap:1": 2}


def test_questions_that_are_not_behavioural_get_no_story() -> None:
    stories = [story(1, tags=("leadership",))]
    motivation = question("m1", "Why do you want this role?", category="motivation")
    assert map_stories([motivation], stories).assignments == {}


def test_it_spreads_stories_over_questions_when_another_fits() -> None:
    stories = [story(1, tags=("leadership",)), story(2, tags=("leadership",))]
    result = map_stories([question("q1"), question("q2")], stories)
    assert result.assignments == {"q1": 1, "q2": 2}
    assert result.warnings == ()


def test_it_prefers_a_story_not_told_in_an_earlier_round() -> None:
    stories = [story(1, tags=("leadership",)), story(2, tags=("leadership",))]
    result = map_stories([question("q1")], stories, used_before={1: 1})
    assert result.assignments == {"q1": 2}
    assert result.warnings == ()


def test_it_warns_when_one_story_is_the_only_answer_for_three_questions() -> None:
    stories = [story(1, title="Billing migration", tags=("leadership",))]
    result = map_stories([question("q1"), question("q2"), question("q3")], stories)
    assert result.assignments == {"q1": 1, "q2": 1, "q3": 1}
    (warning,) = result.warnings
    assert warning.kind == "only_answer"
    assert warning.question_ids == ("q1", "q2", "q3")
    assert warning.message == (
        "'Billing migration' is the only answer for 3 questions; write another story for "
        "leadership so one example is not stretched thin."
    )


def test_it_warns_when_a_mapped_story_was_told_in_round_one() -> None:
    stories = [story(1, title="Billing migration", tags=("conflict",))]
    result = map_stories([question("q1", competency="conflict")], stories, used_before={1: 1})
    (warning,) = result.warnings
    assert warning.kind == "used_before"
    assert warning.story_id == 1
    assert warning.question_ids == ("q1",)
    assert warning.message.startswith("'Billing migration' was already told in round 1")
    assert "repeating an example reads as a thin track record" in warning.message


def test_a_scarce_story_goes_to_the_question_only_it_answers() -> None:
    # Story 1 fits both questions, story 2 only the first: story 1 must go to the second.
    stories = [
        story(1, tags=("leadership", "conflict")),
        story(2, tags=("leadership",)),
    ]
    questions = [question("lead"), question("clash", competency="conflict")]
    assert map_stories(questions, stories).assignments == {"lead": 2, "clash": 1}


def test_mapping_is_deterministic_and_returns_the_grid() -> None:
    stories = [story(i, tags=("leadership",)) for i in range(1, 4)]
    questions = [question(f"q{i}") for i in range(5)]
    first = map_stories(questions, stories)
    assert first == map_stories(questions, stories)
    assert first.grid.coverage["leadership"] == (1, 2, 3)
    uncovered = ("conflict", "failure", "pressure", "collaboration", "initiative")
    assert first.grid.uncovered == uncovered
    # One competency, three stories: one distinct story covers it.
    assert first.grid.distinct == 1


def test_no_stories_map_to_nothing() -> None:
    result = map_stories([question("q1")], [])
    assert result.assignments == {}
    assert result.warnings == ()
    assert result.grid.coverage["leadership"] == ()
    assert result.grid.distinct == 0
    assert len(result.grid.uncovered) == 6


def test_the_digits_of_a_name_like_p95_are_not_quoted_as_the_measure() -> None:
    story = Story(
        id=9,
        title="Faster reports",
        situation="The ledger report was slow.",
        task="I had to speed it up.",
        action="I rewrote the queries and I added two indexes.",
        result="Its p95 went from 9 s to 700 ms.",
    )
    measurable = review_story(story).measurable
    assert measurable.ok
    assert all(not quote.startswith("95") for quote in measurable.quotes)


def test_one_story_tagged_with_everything_covers_the_grid_but_not_six_distinct_ones() -> None:
    from shortlist.core.prep.story_fit import distinct_cover

    grid = {"leadership": (1, 2), "conflict": (1,), "failure": (1,), "pressure": (2, 3)}
    matched = distinct_cover(grid)
    assert len(matched) == 3
    assert len(set(matched.values())) == 3
    assert matched["conflict"] == 1


def test_a_story_per_competency_is_found_when_one_exists() -> None:
    from shortlist.core.prep.story_fit import distinct_cover

    grid = {"a": (1, 2), "b": (1,), "c": (2, 3)}
    assert distinct_cover(grid) == {"b": 1, "a": 2, "c": 3}
