"""Serve an ASGI app over real HTTP on loopback from a background thread (tests, benchmarks)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import uvicorn
from starlette.types import ASGIApp

START_TIMEOUT_S = 10.0


def run_in_thread(
    app: ASGIApp, host: str = "127.0.0.1", port: int = 0
) -> tuple[str, Callable[[], None]]:
    """Start uvicorn in a daemon thread; return (base URL, stop). Port 0 picks a free port."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    # uvicorn installs signal handlers only in the main thread; this one is not.
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"simulator did not start on {host}:{port}")
        time.sleep(0.005)
    bound_port = server.servers[0].sockets[0].getsockname()[1]

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    return f"http://{host}:{bound_port}", stop
