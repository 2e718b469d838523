"""The one way an answer is read: bounded in bytes, depth and time.

Every request of `MomentClient` (lookups today; ad accounts, campaigns and PUTs later) goes
through `read_answer` and `parse_json`, inside one `asyncio.timeout` per call that also
covers the retries (see `MomentClient._request`). A proxy, captive portal or broken gateway
can therefore not:

- make the app hold more than `Limits.max_wire_bytes` of what came over the wire, nor inflate
  a small gzip/deflate answer past `Limits.max_body_bytes` (the body is streamed and
  decompressed here in bounded steps, never by httpx in one go);
- crash a parser with JSON nested thousands deep (`RecursionError` from `json.loads`) or hand
  the rest of the app a structure deep enough to overflow it later (`Limits.max_json_depth`);
- keep a call alive by dripping one byte a second or asking for a day's `Retry-After`.

Each of these ends in a typed `MomentApiError` the panels already show with a Retry button,
and that `LookupService` answers from the cache like any other failure.
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from moment_gui.api._parse import loads_lenient
from moment_gui.api.errors import ResponseTooLarge, UnexpectedResponse
from moment_gui.api.on_the_wire import ON_THE_WIRE, trace

MiB = 1024 * 1024
# Every region Kakao has (3,798, all three levels) is 0.65 MB of JSON with ~19,000 values; an
# account's audiences are smaller. 8 MiB leaves room for growth and still bounds nine panels
# loading at once.
MAX_WIRE_BYTES = 8 * MiB
MAX_BODY_BYTES = 8 * MiB
# Parsed JSON can take 50-80x its text in memory (16 MiB of "{}," became 410 MB): the number
# of values is bounded too, counted cheaply on the text before parsing (an over-estimate when
# strings hold commas or brackets, which Kakao's never hold in bulk).
MAX_JSON_VALUES = 500_000
# Kakao's answers are at most ~5 levels deep; 64 is far beyond them and far below the
# interpreter's recursion limit for every later step (models, cache, json.dumps).
MAX_JSON_DEPTH = 64
# A whole call, every retry and backoff included.
DEFAULT_DEADLINE = 60.0
# What we can decode in bounded steps; anything else is refused rather than trusted.
ACCEPT_ENCODING = "gzip, deflate"


@dataclass(frozen=True)
class Limits:
    max_wire_bytes: int = MAX_WIRE_BYTES
    max_body_bytes: int = MAX_BODY_BYTES
    max_json_depth: int = MAX_JSON_DEPTH
    deadline: float = DEFAULT_DEADLINE
    max_json_values: int = MAX_JSON_VALUES

    def __post_init__(self) -> None:
        smallest = min(
            self.max_wire_bytes, self.max_body_bytes, self.max_json_depth, self.max_json_values
        )
        if smallest < 1:
            raise ValueError("limits must be positive")
        if not self.deadline > 0:
            raise ValueError("deadline must be positive")


@dataclass(frozen=True)
class Answer:
    """A finished response: status, headers and the decoded (inflated) body."""

    status: int
    headers: httpx.Headers
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode(_charset(self.headers), errors="replace")


async def read_answer(http: httpx.AsyncClient, request: httpx.Request, limits: Limits) -> Answer:
    """Send `request` and read its answer within `limits` (bytes only; time is the caller's)."""
    if ON_THE_WIRE.get() is not None:
        request.extensions = {**request.extensions, "trace": trace}
    response = await http.send(request, stream=True)
    refused: UnexpectedResponse | None = None
    if response.is_stream_consumed:
        # An in-process transport (httpx.MockTransport in tests) handed over a body it had
        # already read and decoded: nothing left to bound but its size.
        if len(response.content) > limits.max_body_bytes:
            raise _too_large(limits.max_body_bytes, response.status_code)
        return Answer(response.status_code, _identity(response.headers), response.content)
    try:
        _refuse_declared_size(response, limits)
        decoder = _BoundedDecoder(response.headers.get("Content-Encoding", ""), limits)
        async for chunk in response.aiter_raw():
            if refused is not None:
                continue  # the connection is closed: this drains what was already buffered
            try:
                if response.num_bytes_downloaded > limits.max_wire_bytes:
                    raise _too_large(limits.max_wire_bytes, response.status_code)
                decoder.feed(chunk, response.status_code)
            except UnexpectedResponse as exc:
                refused = exc
                if not await _hang_up(response):
                    break
        if refused is not None:
            raise refused
        body = decoder.finish(response.status_code)
    except httpx.TransportError:
        if refused is not None:
            raise refused from None
        raise
    finally:
        await response.aclose()
    return Answer(response.status_code, response.headers, body)


async def _hang_up(response: httpx.Response) -> bool:
    """Close the connection under a response we stopped wanting; False if not possible.

    Breaking out of httpx's byte iterator would leave httpx's and httpcore's nested async
    generators suspended; they are then finalized by the garbage collector outside any task,
    where httpcore's clean-up fails noisily (encode/httpx#2960 and its relatives). Closing the
    socket instead makes the next read fail, and every generator ends in this task.
    """
    stream = response.extensions.get("network_stream")
    if stream is None:
        return False
    await stream.aclose()
    return True


def parse_json(text: str, limits: Limits, status: int | None = None) -> Any:
    """JSON (trailing commas allowed) no deeper than `limits.max_json_depth`.

    Raises ValueError when the text is not JSON, `UnexpectedResponse` when it is nested too
    deeply (checked without recursion, so it cannot itself overflow) or has too many values.
    """
    values = text.count(",") + text.count("{") + text.count("[")
    if values > limits.max_json_values:
        raise UnexpectedResponse(
            f"The answer has more than {limits.max_json_values:,} values.", status
        )
    try:
        value = loads_lenient(text)
    except RecursionError:
        raise _too_deep(limits, status) from None
    if _depth_exceeds(value, limits.max_json_depth):
        raise _too_deep(limits, status)
    return value


# --- helpers --------------------------------------------------------------------------------


def _refuse_declared_size(response: httpx.Response, limits: Limits) -> None:
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > limits.max_wire_bytes:
        raise _too_large(limits.max_wire_bytes, response.status_code)


class _BoundedDecoder:
    """Inflate gzip/deflate (or pass identity through) without ever exceeding the body cap."""

    def __init__(self, content_encoding: str, limits: Limits) -> None:
        encodings = [e.strip().lower() for e in content_encoding.split(",") if e.strip()]
        encodings = [e for e in encodings if e != "identity"]
        if len(encodings) > 1 or (encodings and encodings[0] not in _WBITS):
            raise UnexpectedResponse(
                f"The answer is compressed in a way this app does not accept "
                f"({content_encoding.strip()[:40]!r})."
            )
        self._encoding = encodings[0] if encodings else None
        self._zlib = zlib.decompressobj(_WBITS[self._encoding]) if self._encoding else None
        self._raw_deflate_tried = False
        self._limit = limits.max_body_bytes
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes, status: int) -> None:
        if self._zlib is None:
            self._keep(chunk, status)
            return
        data = chunk
        while data and not self._zlib.eof:
            try:
                out = self._zlib.decompress(data, self._limit - self._size + 1)
            except zlib.error:
                if self._encoding == "deflate" and not self._raw_deflate_tried and not self._size:
                    # Some servers send raw deflate without the zlib header (as httpx allows).
                    self._raw_deflate_tried = True
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise UnexpectedResponse("The compressed answer is damaged.", status) from None
            self._keep(out, status)
            data = self._zlib.unconsumed_tail

    def finish(self, status: int) -> bytes:
        if self._zlib is not None and not self._zlib.eof:
            try:
                self._keep(self._zlib.flush(), status)
            except zlib.error:
                raise UnexpectedResponse("The compressed answer is damaged.", status) from None
        return b"".join(self._parts)

    def _keep(self, data: bytes, status: int) -> None:
        self._size += len(data)
        if self._size > self._limit:
            self._parts.clear()
            raise _too_large(self._limit, status)
        if data:
            self._parts.append(data)


_WBITS: dict[str | None, int] = {
    "gzip": 16 + zlib.MAX_WBITS,
    "x-gzip": 16 + zlib.MAX_WBITS,
    "deflate": zlib.MAX_WBITS,
}


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Level by level, without recursion: the containers of each level, then their children
    (a plain loop: every answer of a start passes here, ~12 per start)."""
    level: list[Any] = [value] if isinstance(value, Mapping | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        below: list[Any] = []
        for item in level:
            for child in item.values() if isinstance(item, Mapping) else item:
                if isinstance(child, dict | list):
                    below.append(child)
        level = below
    return False


def _identity(headers: httpx.Headers) -> httpx.Headers:
    plain = headers.copy()
    plain.pop("Content-Encoding", None)
    return plain


def _charset(headers: httpx.Headers) -> str:
    content_type: str = headers.get("Content-Type", "")
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            name: str = value.strip().strip('"')
            try:
                codecs.lookup(name)
            except LookupError:
                break
            return name
    return "utf-8"


def _too_large(limit: int, status: int | None) -> ResponseTooLarge:
    return ResponseTooLarge(limit, status)


def _too_deep(limits: Limits, status: int | None) -> UnexpectedResponse:
    return UnexpectedResponse(
        f"The answer is nested more than {limits.max_json_depth} levels deep.", status
    )


__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_DEADLINE",
    "MAX_BODY_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_WIRE_BYTES",
    "Answer",
    "Limits",
    "parse_json",
    "read_answer",
]
