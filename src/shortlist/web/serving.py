"""Serving the app from several worker processes, each on a listening socket of its own.

uvicorn's own ``workers`` share one listening socket, and the worker that wakes up for a
burst of new connections accepts the whole burst: 50 connections opened at once landed
42 to 8, even 50 to 0 (measured), and one core did the work of two. With SO_REUSEPORT
each worker listens on its own socket and the kernel spreads the connections between
them. The sockets are bound here, in the parent, before any worker starts, so that an
address in use is reported at once and no connection reaches one worker only because the
other was still starting.

Each worker builds its own app from the environment (``app_from_env``); the parent has
already migrated the database.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
from multiprocessing.connection import wait
from types import FrameType

__all__ = ["APP", "can_spread", "listen", "serve_workers"]

APP = "shortlist.web.app:app_from_env"
BACKLOG = 2048


def can_spread() -> bool:
    """Whether this system lets several sockets listen on one port (not Windows)."""
    return hasattr(socket, "SO_REUSEPORT")


def listen(host: str, port: int, count: int) -> list[socket.socket]:
    """``count`` sockets listening on ``host:port`` together; OSError if it is taken."""
    # Sockets that all set SO_REUSEPORT share a port, so a second `shortlist serve` of
    # the same user would quietly take half the connections. A plain socket cannot
    # share: bound first, it fails if anything else listens there already.
    with _socket(host, reuse_port=False) as probe:
        probe.bind((host, port))
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sockets.append(_listening_socket(host, port))
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def serve_workers(sockets: list[socket.socket]) -> int:
    """Serve from one worker process per socket until told to stop; the exit code."""
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_worker, args=(sock,), daemon=True) for sock in sockets]
    for process in processes:
        process.start()

    told_to_stop = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal told_to_stop
        told_to_stop = True
        for process in processes:
            if process.is_alive():
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        wait([process.sentinel for process in processes])
        if not told_to_stop:
            # A worker ended on its own: its share of connections would go unanswered,
            # so stop them all rather than serve some requests and not others.
            for process in processes:
                if process.is_alive():
                    process.terminate()
        for process in processes:
            process.join()
    finally:
        for sock in sockets:
            sock.close()
    return 0 if told_to_stop else 1


def _socket(host: str, *, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Naming the protocol matters: asyncio turns Nagle's algorithm off (TCP_NODELAY) only
    # on sockets whose proto says TCP, and with it on, a response sent as headers then
    # body waits out the client's delayed ACK: 40 ms a request (measured).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


def _listening_socket(host: str, port: int) -> socket.socket:
    sock = _socket(host, reuse_port=True)
    try:
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def _worker(sock: socket.socket) -> None:  # pragma: no cover - runs in the child process
    import uvicorn

    config = uvicorn.Config(
        APP, factory=True, log_level="warning", server_header=False, backlog=BACKLOG
    )
    uvicorn.Server(config).run(sockets=[sock])
