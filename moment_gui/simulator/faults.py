"""Fault injection as an ASGI middleware around the API routes.

What a client sees for each fault:
- latency: the answer arrives `latency_s` later.
- error: HTTP 500 `{"code": -1, "msg": ...}`.
- 429 burst: HTTP 429 `{"code": -813, ...}` with a `Retry-After` header (seconds).
- malformed: HTTP 200 whose body is JSON cut in half (content type still JSON) or an HTML
  error page (`text/html`) — a JSON decode error on the client side.
- drop: over a real server (uvicorn), the TCP connection is closed before any response byte,
  so httpx raises `RemoteProtocolError("Server disconnected without sending a response.")`.
  Under `httpx.ASGITransport` there is no socket, so the simulator raises `httpx.ReadError`
  — the same `httpx.TransportError` family a client handles for real network failures.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moment_gui.simulator.errors import internal_error, rate_limited
from moment_gui.simulator.state import FaultConfig, RequestRecord, SimulatorState

API_PREFIX = "/openapi/"
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>502 Bad Gateway</h1></body></html>"
)


class FaultMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        state: SimulatorState = scope["app"].state.sim
        query = scope.get("query_string", b"").decode("latin-1")
        state.requests.append(RequestRecord(scope["method"], scope["path"], query))
        faults = state.faults
        if faults.latency_s > 0:
            await asyncio.sleep(faults.latency_s)
        if faults.roll(faults.drop_rate):
            await _drop_connection(receive)
            return
        if faults.burst_429 > 0:
            faults.burst_429 -= 1
            await rate_limited(faults.retry_after_s).response()(scope, receive, send)
            return
        if faults.roll(faults.error_rate):
            await internal_error().response()(scope, receive, send)
            return
        if faults.roll(faults.malformed_rate):
            await self._malformed(faults, scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _malformed(
        self, faults: FaultConfig, scope: Scope, receive: Receive, send: Send
    ) -> None:
        if faults.choice(["json", "html"]) == "html":
            await _send_raw(send, 200, b"text/html; charset=utf-8", HTML_PAGE)
            return
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, capture)
        body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
        cut = body[: max(1, len(body) // 2)]
        await _send_raw(send, 200, b"application/json;charset=UTF-8", cut)


async def _send_raw(send: Send, status: int, content_type: bytes, body: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _drop_connection(receive: Receive) -> None:
    # uvicorn hands the app a bound method of its request cycle, which holds the socket's
    # transport. ASGI offers no "close without answering", so reach for it; elsewhere raise.
    transport: Any = getattr(getattr(receive, "__self__", None), "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        raise httpx.ReadError("simulated dropped connection")
    transport.abort()
    # Let uvicorn notice the disconnect so it does not try to send a 500 afterwards.
    for _ in range(3):
        await asyncio.sleep(0)
