"""`shortlist serve --workers N`: migrates once, then N processes answer on one port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

START = "from shortlist.cli import main; main()"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def environment(data_dir: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")},
        "SHORTLIST_DATA_DIR": str(data_dir),
    }


def serve(data_dir: Path, port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", START, "serve", "--port", str(port), "--workers", "2"],
        env=environment(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def workers_of(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [
        int(child)
        for child in children
        if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes()
    ]


def answer(url: str) -> httpx.Response:
    deadline = time.monotonic() + 20
    while True:
        try:
            return httpx.get(url, timeout=1)
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the server never answered"
            time.sleep(0.05)


def test_two_workers_answer_on_one_port_and_stop_together(tmp_path: Path) -> None:
    port = free_port()
    server = serve(tmp_path / "data", port)
    try:
        assert server.stdout is not None
        assert server.stdout.readline() == f"Shortlist is running at http://127.0.0.1:{port}\n"
        response = answer(f"http://127.0.0.1:{port}/cv")
        assert (response.status_code, "Start with your CV" in response.text) == (200, True)
        workers = workers_of(server.pid)
        assert len(workers) == 2
        second = serve(tmp_path / "data", port)
        _, error = second.communicate(timeout=30)
        assert (second.returncode, error) == (
            2,
            f"shortlist: error: cannot listen on 127.0.0.1:{port}: the port is already in use "
            "(is Shortlist already running?); choose another with --port or SHORTLIST_PORT\n",
        )
    finally:
        server.terminate()
        server.communicate(timeout=20)
    assert server.returncode == 0
    assert [w for w in workers if Path(f"/proc/{w}").exists()] == []
