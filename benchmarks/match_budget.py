"""The work budget for matching (issue #10, item 8).

Two measures on real CVs and postings (the shared data folder beside the repository,
read in place, never copied), repeated end to end to reach each size:

- ``growth``: parse both texts and match them, in-process, as CV and posting grow
  together from 12,500 characters to twice SHORTLIST_MAX_TEXT_CHARS; the number at the
  limit is what docs/settings.md quotes as the worst match a user can ask for.
- ``cli_refusal_9mb``: ``shortlist match`` given a 9 MB text CV, refused: how long the
  refusal takes and how much memory the process needed (the issue measured 7.6 s and
  578 MB to match it before there was a limit).
- ``responsiveness``: ``shortlist serve`` (one worker, SQLite) asked for the report of a
  CV and a posting both at the limit, while a second client keeps asking for cheap
  things (the CSRF token, a small saved job); their latency, idle and during the match,
  says whether one heavy match holds up everyone else.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real"
TODAY = dt.date(2026, 11, 1)
#: Distinct heavy reports asked for in the responsiveness test (each one fresh).
ROUNDS = 3


def _texts(folder: str, size: int, offset: int = 0) -> str:
    """Real documents from ``folder`` one after another, cut at ``size`` characters;
    ``offset`` starts at another document, so each text is new to every cache."""
    files = sorted((REAL / folder).rglob("*.txt"))
    parts: list[str] = []
    total = 0
    i = offset
    while total < size:
        text = files[i % len(files)].read_text(encoding="utf-8", errors="replace")
        parts.append(text)
        total += len(text) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def growth(limit: int) -> list[dict[str, float]]:
    """Seconds to parse and match a CV and a posting of each size (best of 3 up to the
    limit, one run above it), and the peak memory of this process so far."""
    import resource

    from shortlist.analyses import rank_postings

    rank_postings(_texts("cvs", 2000), [_texts("postings", 2000)], TODAY)  # taxonomy load
    rows = []
    for size in (12_500, 25_000, 50_000, limit // 2, limit, limit * 2):
        cv, posting = _texts("cvs", size), _texts("postings", size)
        times = []
        for _ in range(3 if size <= limit else 1):
            started = time.perf_counter()
            rank_postings(cv, [posting], TODAY)
            times.append(time.perf_counter() - started)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append({"chars": size, "seconds": round(min(times), 3), "peak_mb": round(peak)})
    return rows


def refusal(size: int = 9 * 1024 * 1024) -> dict[str, float]:
    """``shortlist match`` given a 9 MB text CV (the case in issue #10): seconds to the
    refusal and the peak memory of that process."""
    exe = Path(sys.executable).with_name("shortlist")
    posting = ROOT / "src" / "shortlist" / "samples" / "posting.txt"
    # Run from a fresh Python whose only child is the command, so the peak memory of its
    # children is the command's own (this process has run other benchmarks' children).
    code = (
        "import json, resource, subprocess, sys, time\n"
        "started = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "seconds = time.perf_counter() - started\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps([done.returncode, done.stderr, seconds, peak]))\n"
    )
    with tempfile.TemporaryDirectory(prefix="shortlist-budget-") as folder:
        cv = Path(folder) / "cv.txt"
        cv.write_text(_texts("cvs", size), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")}
        out = subprocess.run(
            [sys.executable, "-c", code, str(exe), "match", str(cv), str(posting)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    status, stderr, seconds, peak = json.loads(out)
    assert status == 2 and "SHORTLIST_MAX_TEXT_CHARS" in stderr, stderr
    return {
        "mb": round(size / 1024 / 1024, 1),
        "seconds": round(seconds, 2),
        "peak_mb": round(peak),
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")}
    env.update(
        SHORTLIST_DATA_DIR=str(data_dir),
        SHORTLIST_DATABASE_URL=f"sqlite:///{data_dir / 'shortlist.db'}",
    )
    return env


def _seed(data_dir: Path, limit: int) -> tuple[list[int], int]:
    """A CV at the limit, ROUNDS distinct postings at the limit and one small posting,
    saved (no report computed yet) by a child process with the server's settings."""
    texts = {
        "cv": _texts("cvs", limit),
        "big": [_texts("postings", limit, offset=40 * n) for n in range(ROUNDS)],
        "small": _texts("postings", 3000, offset=7),
    }
    source = data_dir / "seed.json"
    source.write_text(json.dumps(texts))
    code = (
        "import json, sys\n"
        "from shortlist.config import Settings\n"
        "from shortlist import workspace as w\n"
        "texts = json.load(open(sys.argv[1]))\n"
        "ws = w.open_workspace(Settings())\n"
        "w.add_cv(ws, text=texts['cv'])\n"
        "big = [w.add_job(ws, text=t).id for t in texts['big']]\n"
        "print(json.dumps([big, w.add_job(ws, text=texts['small']).id]))\n"
        "ws.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(source)],
        env=_env(data_dir),
        check=True,
        capture_output=True,
        text=True,
    )
    big, small = json.loads(out.stdout.strip().splitlines()[-1])
    return list(big), int(small)


def _get(url: str, timeout: float = 120) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return status, time.perf_counter() - started


def _summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


def responsiveness(limit: int) -> dict[str, Any]:
    """Cheap requests' latency, idle and while the server computes a report at the limit."""
    data_dir = Path(tempfile.mkdtemp(prefix="shortlist-budget-"))
    server = None
    try:
        big, small = _seed(data_dir, limit)
        port = _free_port()
        exe = Path(sys.executable).with_name("shortlist")
        server = subprocess.Popen(
            [str(exe), "serve", "--port", str(port)],
            env=_env(data_dir),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        cheap = [f"{base}/api/v1/csrf", f"{base}/api/v1/jobs/{small}"]
        for _ in range(300):
            try:
                if _get(cheap[0], timeout=1)[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        idle = [_get(cheap[i % 2])[1] for i in range(100)]
        during: list[float] = []
        reports = []
        for job_id in big:
            answer: dict[str, Any] = {}

            def heavy(job_id: int = job_id, answer: dict[str, Any] = answer) -> None:
                answer["status"], answer["seconds"] = _get(f"{base}/api/v1/jobs/{job_id}/report")

            thread = threading.Thread(target=heavy)
            thread.start()
            i = 0
            while thread.is_alive():
                during.append(_get(cheap[i % 2])[1])
                i += 1
            thread.join()
            reports.append({"status": answer["status"], "seconds": round(answer["seconds"], 2)})
        return {
            "chars": limit,
            "report_at_limit": reports,
            "cheap_idle": _summary(idle),
            "cheap_during_report": _summary(during),
        }
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(data_dir, ignore_errors=True)


def run(limit: int | None = None) -> dict[str, Any] | str:
    if not REAL.exists():
        return f"skipped: {REAL} not found"
    if limit is None:
        from shortlist.config import Settings

        limit = Settings().max_text_chars
    return {
        "date": dt.date.today().isoformat(),
        "growth": growth(limit),
        "cli_refusal_9mb": refusal(),
        "responsiveness": responsiveness(limit),
    }


if __name__ == "__main__":
    chosen = int(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(run(chosen), indent=2))
