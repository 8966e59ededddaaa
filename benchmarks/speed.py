"""Speed of the match: one pair in-process, one CV against 1,000 postings, peak memory,
`shortlist --help`, and a TF-IDF cosine baseline on the same inputs."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "benchmarks" / "match_pairs"
SAMPLES = ROOT / "src" / "shortlist" / "samples"
#: 84 lines, two printed pages: the "2-page CV" of the speed targets.
TWO_PAGE_CV = ROOT / "benchmarks" / "data" / "cv_two_pages.txt"
TODAY = dt.date(2026, 11, 1)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _postings(n: int) -> list[str]:
    """n distinct postings: the labelled set's postings, each copy made distinct by a
    reference line so no cache can hide the work."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAIRS.glob("*/posting.txt"))]
    texts.append((SAMPLES / "posting.txt").read_text(encoding="utf-8"))
    return [f"{texts[i % len(texts)]}\nReference: JOB-{i:05d}\n" for i in range(n)]


def bench_pair(repeats: int = 300) -> dict[str, float]:
    """Parse both texts and match them, end to end, in-process."""
    from shortlist import match

    cv = TWO_PAGE_CV.read_text(encoding="utf-8")
    posting = (SAMPLES / "posting.txt").read_text(encoding="utf-8")
    match(cv, posting, today=TODAY)  # loads the taxonomy once, as a running app would
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        match(cv, posting, today=TODAY)
        times.append((time.perf_counter() - start) * 1000)
    return {
        "cv_chars": len(cv),
        "posting_chars": len(posting),
        "p50_ms": statistics.median(times),
        "p95_ms": _percentile(times, 0.95),
    }


def bench_rank(n: int = 1000, repeats: int = 3) -> dict[str, float]:
    """One CV ranked against n postings: the CV is parsed once, each posting once.

    Reported: the first ranking in the process (memos of skill relations still empty)
    and the median of ``repeats`` rankings, as an app that ranks again would see.
    """
    from shortlist.analyses import rank_postings

    cv = TWO_PAGE_CV.read_text(encoding="utf-8")
    postings = _postings(n)
    rank_postings(cv, postings[:1], TODAY)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        ranked = rank_postings(cv, postings, TODAY)
        times.append(time.perf_counter() - start)
        assert len(ranked) == n
    return {"postings": n, "first_seconds": times[0], "seconds": statistics.median(times)}


def bench_tfidf(n: int = 1000) -> dict[str, float]:
    """The baseline we refuse to ship: cosine similarity of TF-IDF vectors."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    cv = TWO_PAGE_CV.read_text(encoding="utf-8")
    posting = (SAMPLES / "posting.txt").read_text(encoding="utf-8")
    postings = _postings(n)
    times = []
    for _ in range(100):
        start = time.perf_counter()
        vectors = TfidfVectorizer(stop_words="english").fit_transform([cv, posting])
        cosine_similarity(vectors[0], vectors[1])
        times.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    vectors = TfidfVectorizer(stop_words="english").fit_transform([cv, *postings])
    cosine_similarity(vectors[0], vectors[1:])
    rank_seconds = time.perf_counter() - start
    return {"pair_p50_ms": statistics.median(times), "rank_seconds": rank_seconds}


def peak_memory_mb() -> float:
    """Peak RSS of a fresh process that loads everything and ranks 1,000 postings.

    Read from /proc's VmHWM: getrusage's ru_maxrss survives exec on Linux, so a child
    started by a big parent would report the parent's peak.
    """
    code = (
        "import benchmarks.speed as s;"
        "s.bench_rank(1000, repeats=1);"
        "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return int(out.stdout.split()[-1]) / 1024


def help_seconds(repeats: int = 5) -> float:
    """Median wall time of `shortlist --help` in a fresh process."""
    exe = Path(sys.executable).with_name("shortlist")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> dict[str, Any]:
    return {
        "pair": bench_pair(),
        "rank": bench_rank(),
        "tfidf_baseline": bench_tfidf(),
        "peak_memory_mb": peak_memory_mb(),
        "help_seconds": help_seconds(),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
