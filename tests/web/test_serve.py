"""`shortlist serve`: migrates, prints its URL, answers on loopback."""

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


def first_answer(url: str) -> httpx.Response:
    """The server's answer at ``url`` once it is up (it may still be starting)."""
    for _ in range(200):  # tries 50 ms apart: a start-up of up to 10 s
        try:
            return httpx.get(url, timeout=1)
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"the server never answered at {url}")


def test_serve_prints_its_url_and_answers_on_loopback(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")},
        "SHORTLIST_DATA_DIR": str(tmp_path / "data"),
    }
    server = subprocess.Popen(
        [sys.executable, "-c", START, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline() == f"Shortlist is running at http://127.0.0.1:{port}\n"
        response = first_answer(f"http://127.0.0.1:{port}/cv")
        assert response.status_code == 200
        assert "Start with your CV" in response.text
        assert (tmp_path / "data" / "shortlist.db").exists()
    finally:
        server.terminate()
        server.communicate(timeout=10)


def test_serve_refuses_a_database_it_cannot_open(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")},
        "SHORTLIST_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            START,
            "serve",
            "--database-url",
            f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("shortlist: error: cannot open the database: ")
    assert result.stdout == ""


def test_serve_on_a_port_in_use_says_so_before_claiming_to_run(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")},
        "SHORTLIST_DATA_DIR": str(tmp_path / "data"),
    }
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-c", START, "serve", "--port", str(port)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"shortlist: error: cannot listen on 127.0.0.1:{port}: the port is already in use "
        "(is Shortlist already running?); choose another with --port or SHORTLIST_PORT\n"
    )


def test_serve_on_every_interface_prints_an_address_it_answers_to(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SHORTLIST_")},
        "SHORTLIST_DATA_DIR": str(tmp_path / "data"),
    }
    server = subprocess.Popen(
        [sys.executable, "-c", START, "serve", "--host", "0.0.0.0", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{port}"
        assert server.stdout.readline() == f"Shortlist is running at {url}\n"
        response = first_answer(f"{url}/cv")
        assert response.status_code == 200
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=10)
    assert "answers them only at the names in SHORTLIST_ALLOWED_HOSTS." in errors
