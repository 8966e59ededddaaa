"""The web app under load: the jobs list and a match report page, 50 connections from
wrk in a second process on loopback, on SQLite and on PostgreSQL; cold start of the
server; and the size of the default install.

Needs `wrk` (Debian package) on PATH; PostgreSQL at SHORTLIST_TEST_POSTGRES_URL
(default postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "benchmarks" / "match_pairs"
CV = ROOT / "benchmarks" / "data" / "cv_two_pages.txt"
PG_ADMIN = os.environ.get(
    "SHORTLIST_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
CONNECTIONS = 50
SECONDS = 10
#: Server worker processes: one per core of the 2-core machine the target is set for.
WORKERS = 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data_dir: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")}
    env.update(SHORTLIST_DATA_DIR=str(data_dir), SHORTLIST_DATABASE_URL=database_url)
    return env


def _seed(data_dir: Path, database_url: str) -> int:
    """A CV and the labelled set's 46 postings, reports computed and stored, in a child
    process with the same settings the server will read."""
    code = (
        "import sys, pathlib\n"
        "from shortlist.config import Settings\n"
        "from shortlist import workspace as w\n"
        "ws = w.open_workspace(Settings())\n"
        f"w.add_cv(ws, text=pathlib.Path({str(CV)!r}).read_text())\n"
        "ids = []\n"
        f"for p in sorted(pathlib.Path({str(PAIRS)!r}).glob('*/posting.txt')):\n"
        "    job = w.add_job(ws, text=p.read_text())\n"
        "    w.get_report(ws, job.id)\n"
        "    ids.append(job.id)\n"
        "print(ids[0])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(data_dir, database_url),
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.split()[-1])


def _start(
    data_dir: Path, database_url: str, workers: int = 1
) -> tuple[subprocess.Popen[bytes], str, float]:
    port = _free_port()
    exe = Path(sys.executable).with_name("shortlist")
    started = time.perf_counter()
    server = subprocess.Popen(
        [str(exe), "serve", "--port", str(port), "--workers", str(workers)],
        env=_env(data_dir, database_url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = started + 30
    while time.perf_counter() < deadline:
        try:
            # A page-free address: answering it warms no worker's view cache.
            with urllib.request.urlopen(base + "/api/v1/csrf", timeout=1) as response:
                if response.status == 200:
                    return server, base, time.perf_counter() - started
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("the server did not answer within 30 s")


_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk(url: str) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout

    def latency(pct: str) -> float:
        m = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        assert m, out
        return round(float(m.group(1)) * _UNIT[m.group(2)], 2)

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    assert rps, out
    return {
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "requests_per_s": round(float(rps.group(1)), 1),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL to measure on: the driver is not installed or the server is down."""


def _postgres_db() -> tuple[str, str]:
    try:
        import psycopg
    except ImportError as exc:
        raise PostgresUnavailable("psycopg is not installed (shortlist[postgres])") from exc
    name = f"shortlist_bench_{uuid.uuid4().hex[:8]}"
    admin = PG_ADMIN.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        raise PostgresUnavailable(f"no server at {admin}") from exc
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", name


def _drop_postgres_db(name: str) -> None:
    import psycopg

    admin = PG_ADMIN.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _one_database(label: str, database_url: str | None, workers: int = WORKERS) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"shortlist-bench-{label}-"))
    url = database_url or f"sqlite:///{data_dir / 'shortlist.db'}"
    try:
        job_id = _seed(data_dir, url)
        server, base, _ = _start(data_dir, url, workers)
        try:
            return {
                "jobs_list": _wrk(f"{base}/jobs"),
                "report_page": _wrk(f"{base}/jobs/{job_id}"),
            }
        finally:
            server.terminate()
            server.wait(10)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def cold_start_seconds() -> float:
    """From launching `shortlist serve` on an empty data dir (migrations included) to the
    first 200 response."""
    data_dir = Path(tempfile.mkdtemp(prefix="shortlist-cold-"))
    try:
        server, _, seconds = _start(data_dir, f"sqlite:///{data_dir / 'shortlist.db'}")
        server.terminate()
        server.wait(10)
        return round(seconds, 2)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def install_size_mb() -> float:
    """Bytes on disk of shortlist and everything its default install pulls in."""
    seen: set[str] = set()
    todo = ["shortlist"]
    total = 0
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            todo.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return round(total / 1024 / 1024, 1)


def run() -> dict[str, Any]:
    results: dict[str, Any] = {
        "connections": CONNECTIONS,
        "seconds_each": SECONDS,
        "workers": WORKERS,
        "date": dt.date.today().isoformat(),
        "sqlite": _one_database("sqlite", None),
        # What `make run` gives a laptop user: the default single worker.
        "sqlite_one_worker": _one_database("sqlite", None, workers=1),
    }
    try:
        pg_url, pg_name = _postgres_db()
    except PostgresUnavailable as exc:
        results["postgresql"] = f"skipped: {exc}"
    else:
        try:
            results["postgresql"] = _one_database("postgresql", pg_url)
        finally:
            _drop_postgres_db(pg_name)
    results["cold_start_s"] = cold_start_seconds()
    results["install_size_mb"] = install_size_mb()
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
