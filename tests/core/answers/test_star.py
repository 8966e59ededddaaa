from shortlist.core.answers.star import analyse_star
from shortlist.core.answers.tokens import sentences, tokenise

STRONG = (
    "Last spring our card provider moved its API cut-off forward by six weeks. "
    "My job was to move 40,000 cards without downtime. "
    "I mapped every call, wrote a shim and migrated cards in nightly batches. "
    "We finished four days early, and card tickets fell from 30 a week to 5."
)


def _star(text: str) -> tuple[dict[str, bool], bool]:
    tokens = tokenise(text)
    star = analyse_star(text, tokens, sentences(text, tokens))
    return {p.name: p.present for p in star.parts}, star.measurable


def test_a_full_star_answer_with_a_figure_has_every_part_and_a_measurable_result() -> None:
    parts, measurable = _star(STRONG)
    assert parts == {"situation": True, "task": True, "action": True, "result": True}
    assert measurable


def test_figures_in_the_scene_do_not_make_a_result_measurable() -> None:
    text = (
        "On a 28-bed ward, two of our five nurses went home sick. "
        "I moved the sickest patients near the station and rang the site manager. "
        "The night ended calmly and the ward used my plan afterwards."
    )
    parts, measurable = _star(text)
    assert parts["result"] and not measurable


def test_a_bare_verdict_is_not_a_result() -> None:
    parts, _ = _star("Our school brought in a new policy. We ran training. It went well.")
    assert parts["action"] and not parts["result"]


def test_habits_hypotheticals_and_negated_tasks_are_not_star_parts() -> None:
    parts, _ = _star("I always double-check my work. If I did fail I would learn from it.")
    assert parts == {"situation": False, "task": False, "action": False, "result": False}
    parts, _ = _star("Nobody had asked me to, but I wrote a pipeline. Friday deploys stopped.")
    assert not parts["task"] and parts["action"] and parts["result"]


def test_background_with_no_story_has_no_situation() -> None:
    parts, _ = _star("I became a nurse when I was a teenager. I qualified in 2019.")
    assert not any(parts.values())
