"""Telling the sender that a request has left: its headers are written to the connection.

`LookupService` sets `ON_THE_WIRE` in the task that sends a request; `read_answer` then hangs
`trace` on the request (httpcore's trace hook), which calls it once the headers are out. A
cold start uses it to let every request leave before the panels' widgets are built and the
window painted: tens of milliseconds of work that would otherwise sit between "asked" and
"sent". Kept apart from `_http` so it can be imported before httpx is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any

ON_THE_WIRE: ContextVar[Callable[[], None] | None] = ContextVar("on_the_wire", default=None)


async def trace(event: str, info: Mapping[str, Any]) -> None:
    """httpcore's trace hook (`request.extensions["trace"]`): tells `ON_THE_WIRE`."""
    if event.endswith(".send_request_headers.complete"):  # http11.… or http2.…
        told = ON_THE_WIRE.get()
        if told is not None:
            told()
