"""Speed of planning one job's interview round.

Two measures, each over fresh work (no cached view can answer):
- ``core``: parse the CV and the posting, match them and build the plan, in-process,
  as ``shortlist plan --cv ... --posting ...`` does after reading the files;
- ``workspace``: the same through the workspace on a real SQLite file, with a round-one
  journal and six stories to map, the view cache emptied before every call, as the web
  app's plan page does the first time after a change.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.speed import SAMPLES, TWO_PAGE_CV, _percentile

TODAY = dt.date(2026, 11, 1)
STORY_TAGS = ["leadership", "conflict", "failure", "pressure", "collaboration", "initiative"]


def bench_core(repeats: int = 200) -> dict[str, float]:
    from shortlist.analyses import analyse_cv, analyse_posting
    from shortlist.core.match.matching import match_cv
    from shortlist.core.prep.plan import build_plan
    from shortlist.core.prep.plan_json import plan_to_dict
    from shortlist.data import load_taxonomy
    from shortlist.data.banks import load_ask_bank, load_question_bank

    cv_text = TWO_PAGE_CV.read_text(encoding="utf-8")
    posting_text = (SAMPLES / "posting.txt").read_text(encoding="utf-8")

    def once(seed: int) -> None:
        cv = analyse_cv(cv_text, TODAY)
        posting = analyse_posting(posting_text)
        report = match_cv(cv, posting, load_taxonomy())
        plan = build_plan(
            posting=posting,
            cv=cv,
            report=report,
            round="second",
            personas=["hiring_manager", "skip_level", "peer"],
            bank=load_question_bank(),
            ask_bank=load_ask_bank(),
            seed=seed,
        )
        plan_to_dict(plan)

    once(0)  # loads the taxonomy and the banks once, as a running app would
    times = []
    for seed in range(repeats):
        start = time.perf_counter()
        once(seed)
        times.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": statistics.median(times), "p95_ms": _percentile(times, 0.95)}


def bench_workspace(repeats: int = 100) -> dict[str, float]:
    from shortlist.bootstrap import open_workspace
    from shortlist.clock import FixedClock
    from shortlist.config import Settings
    from shortlist.workspace import (
        add_cv,
        add_job,
        add_story,
        interview_plan,
        save_journal,
    )
    from shortlist.workspace.cache import ViewCache

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder))  # type: ignore[call-arg]
        ws = open_workspace(settings, clock=FixedClock(TODAY))
        try:
            add_cv(ws, text=TWO_PAGE_CV.read_text(encoding="utf-8"))
            job = add_job(ws, text=(SAMPLES / "posting.txt").read_text(encoding="utf-8"))
            for tag in STORY_TAGS:
                add_story(
                    ws,
                    title=f"A {tag} story",
                    situation="Our team of six had two weeks to move the payouts service.",
                    task="I had to keep payouts running during the move.",
                    action="I planned the cut-over, I wrote the runbook and I led the rehearsal.",
                    result="We moved with no missed payout and cut deploy time from 40 to 6 min.",
                    tags=[tag],
                )
            save_journal(
                ws,
                job.id,
                1,
                date=TODAY - dt.timedelta(days=5),
                answers=[
                    ("Tell me about a success.", "I cut the AWS bill by 22% in a year."),
                    ("Why us?", "Healthcare data matters to me."),
                ],
                worst=1,
            )
            interview_plan(ws, job.id, round="second")
            times = []
            for seed in range(repeats):
                ws.views = ViewCache()
                start = time.perf_counter()
                interview_plan(ws, job.id, round="second", seed=seed)
                times.append((time.perf_counter() - start) * 1000)
        finally:
            ws.close()
    return {"p50_ms": statistics.median(times), "p95_ms": _percentile(times, 0.95)}


def run() -> dict[str, Any]:
    return {"core": bench_core(), "workspace": bench_workspace(), "target_p50_ms": 50}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
