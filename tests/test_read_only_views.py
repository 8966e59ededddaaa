"""Views are shared by every request while the data is unchanged (the view cache), so no
caller may change one in place: lists are tuples and dicts FrozenDicts all the way down,
and what a caller tried leaves the next request's view as it was."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import pickle
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from shortlist.workspace import (
    Workspace,
    add_cv,
    add_job,
    add_story,
    cv_understanding,
    interview_plan,
    job_details,
    jobs_overview,
    practice_trends,
    practice_views,
    prep_views,
    save_journal,
    save_plan_choices,
    skip_question,
    start_practice,
    story_bank,
    submit_answer,
    views,
)
from shortlist.workspace.frozen import FrozenDict, View, freeze

SAMPLES = resources.files("shortlist").joinpath("samples")
CV_TEXT = SAMPLES.joinpath("cv.txt").read_text(encoding="utf-8")
POSTING_TEXT = SAMPLES.joinpath("posting.txt").read_text(encoding="utf-8")
ANSWER = (
    "At Brightcart our payouts service failed every Friday under peak load, and 2,000 "
    "shops were paid late. I was asked to fix it within one quarter. I profiled the "
    "ledger queries and moved the batch to a queue that retried failed payments. As a "
    "result late payouts fell from 2,000 a week to 12."
)

VIEW_CLASSES = [
    getattr(module, name)
    for module in (views, practice_views, prep_views)
    for name in module.__all__
]


def assert_read_only(value: object, where: str = "view") -> None:
    """Nothing reachable from ``value`` is a list, a set or a changeable dict."""
    assert not isinstance(value, (list, set)), where
    assert not isinstance(value, dict) or isinstance(value, FrozenDict), where
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            assert_read_only(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            assert_read_only(item, f"{where}[{key!r}]")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            assert_read_only(item, f"{where}[{i}]")


def plain(value: object) -> Any:
    """The JSON a view makes, to compare a view with what it was before."""
    return json.loads(json.dumps(value, default=_dates))


def _dates(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(type(value).__name__)


# FrozenDict and freeze


def test_freeze_turns_lists_into_tuples_and_dicts_into_frozen_dicts_all_the_way_down() -> None:
    frozen = freeze({"rows": [{"tags": ["a", "b"], "seen": {1, 2}}], "n": 1})
    assert frozen == {"rows": ({"tags": ("a", "b"), "seen": frozenset({1, 2})},), "n": 1}
    assert_read_only(frozen)


def test_a_frozen_dict_refuses_every_change() -> None:
    frozen = FrozenDict({"a": 1})
    changes: list[Callable[[], object]] = [
        lambda: frozen.__setitem__("a", 2),
        lambda: frozen.__delitem__("a"),
        lambda: frozen.update(a=2),
        lambda: frozen.setdefault("b", 2),
        lambda: frozen.pop("a"),
        lambda: frozen.popitem(),
        lambda: frozen.clear(),
        lambda: frozen.__ior__({"a": 2}),
    ]
    for change in changes:
        with pytest.raises(TypeError, match="read-only"):
            change()
    # dict's __init__, called again, would add the keys; a FrozenDict is filled only once.
    frozen.__init__({"b": 2})
    assert frozen == {"a": 1}


def test_a_frozen_dict_is_a_dict_to_json_copy_pickle_and_asdict() -> None:
    frozen = FrozenDict({"rows": [{"x": 1}]})
    assert json.dumps(frozen) == '{"rows": [{"x": 1}]}'
    assert copy.deepcopy(frozen) is frozen
    assert pickle.loads(pickle.dumps(frozen)) == frozen
    assert isinstance(pickle.loads(pickle.dumps(frozen)), FrozenDict)
    # A caller that wants to change one changes a copy: dict() and .copy() give a dict.
    mutable = dict(frozen)
    mutable["more"] = 2
    assert type(frozen.copy()) is dict
    assert "more" not in frozen

    @dataclasses.dataclass(frozen=True)
    class Holder(View):
        data: dict[str, Any]

    assert dataclasses.asdict(Holder(frozen)) == {"data": {"rows": ({"x": 1},)}}


def test_every_view_is_frozen_on_construction_and_typed_read_only() -> None:
    for cls in VIEW_CLASSES:
        assert issubclass(cls, View), cls
        for field in dataclasses.fields(cls):
            # A list or dict type would let mypy pass code that the view refuses.
            assert "list[" not in str(field.type), (cls, field.name)
            assert "dict[" not in str(field.type), (cls, field.name)
    built = views.JobsOverview(jobs=[], has_cv=False)
    assert built.jobs == ()


# the views the services hand out


@pytest.fixture
def job_id(ws: Workspace) -> int:
    add_cv(ws, text=CV_TEXT)
    job = add_job(ws, text=POSTING_TEXT).id
    story = add_story(ws, title="Payouts", situation="Late payouts.", tags=["pressure"])
    save_plan_choices(
        ws, job, round="second", personas=["hiring_manager"], interviewers=[("Ana", "CTO")]
    )
    save_journal(ws, job, 1, answers=[("Why us?", "The mission.")], stories_used=[story.id])
    view = start_practice(ws, job, length=2)
    while view.current_id is not None:
        item = next(i for i in view.items if i.id == view.current_id)
        if item.depth:
            view = skip_question(ws, view.id, item.id)
        else:
            view = submit_answer(ws, view.id, item.id, ANSWER)
    return job


def cached_views(ws: Workspace, job_id: int) -> dict[str, object]:
    """One of each kind of view, read twice: the second read is the kept one."""
    readers: dict[str, Callable[[], object]] = {
        "overview": lambda: jobs_overview(ws),
        "details": lambda: job_details(ws, job_id),
        "plan": lambda: interview_plan(ws, job_id),
        "stories": lambda: story_bank(ws),
        "trends": lambda: practice_trends(ws),
    }
    for read in readers.values():
        read()  # computes, and may store (a report): a write, after which it is read
    return {name: read() for name, read in readers.items()}


def test_every_cached_view_is_read_only_all_the_way_down(ws: Workspace, job_id: int) -> None:
    for name, view in cached_views(ws, job_id).items():
        assert_read_only(view, name)
    details = job_details(ws, job_id)
    assert details.versions
    assert_read_only(cv_understanding(ws, details.versions[0].id))


def test_a_caller_cannot_change_a_cached_view_and_the_next_one_gets_it_unchanged(
    ws: Workspace, job_id: int
) -> None:
    before = cached_views(ws, job_id)
    snapshot = {name: plain(view) for name, view in before.items()}
    details = job_details(ws, job_id)
    assert details.report is not None
    report: Any = details.report.report
    plan = interview_plan(ws, job_id)
    attempts: list[Callable[[], object]] = [
        lambda: details.versions.append(details.versions[0]),
        lambda: details.job.rounds.clear(),
        lambda: setattr(report, "score", 100),
        lambda: report.requirements.append(report.requirements[0]),
        lambda: setattr(report.requirements[0], "status", "met"),
        lambda: report.advice[0].__setattr__("advice", "changed"),
        lambda: report.notes.clear(),
        lambda: setattr(plan.plan.to_ask[0], "text", "changed"),
        lambda: plan.plan.stories.assignments.clear(),
        lambda: plan.plan.stories.grid.coverage.__setitem__("pressure", (99,)),
        lambda: plan.story_titles.__setitem__(99, "Mine"),
        lambda: plan.choices.personas.append("peer"),
        lambda: plan.choices.interviewers[0].__setitem__("name", "Bob"),
        lambda: plan.journals[0].answers[0].clear(),
        lambda: story_bank(ws).coverage["pressure"].append(99),
        lambda: practice_trends(ws).series["overall"].pop(),
        lambda: setattr(details, "report", None),
    ]
    for attempt in attempts:
        with pytest.raises((TypeError, AttributeError)):
            attempt()
    after = cached_views(ws, job_id)
    for name, view in after.items():
        # The same kept object, and nothing in it changed.
        assert view is before[name], name
        assert plain(view) == snapshot[name], name


def test_a_practice_answers_feedback_is_read_only(ws: Workspace, job_id: int) -> None:
    view = start_practice(ws, job_id, length=1)
    answered = submit_answer(ws, view.id, view.items[0].id, ANSWER)
    feedback = answered.items[0].feedback
    assert feedback is not None
    with pytest.raises(TypeError):
        feedback["dimensions"]["star"]["score"] = 0
    assert_read_only(answered)
