"""A hostile or broken server (proxy, captive portal, gateway): bounded bytes, depth, time.

Issue 15, items 1-4. Each answer here reached the window or `recheck` as an unbounded read, a
call that never ended, a `RecursionError` or part of the token before the fix.
"""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from moment_gui.api import (
    DeadlineExceeded,
    MomentApiError,
    ResponseTooLarge,
    ServiceUnavailable,
    UnexpectedResponse,
)
from moment_gui.api._http import MAX_BODY_BYTES, MAX_WIRE_BYTES, Limits

pytestmark = pytest.mark.anyio
MiB = 1024 * 1024


class _Drip(httpx.AsyncByteStream):
    """A body sent in pieces, optionally slowly, generated as it is read (never held whole)."""

    def __init__(self, piece: bytes, count: int, delay: float = 0.0, head: bytes = b"") -> None:
        self.piece, self.count, self.delay, self.head = piece, count, delay, head
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.head:
            yield self.head
        for _ in range(self.count):
            if self.delay:
                await asyncio.sleep(self.delay)
            self.sent += len(self.piece)
            yield self.piece


def _streamed(stream: httpx.AsyncByteStream, **headers: str) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "application/json", **headers}, stream=stream
        )

    return answer


def test_default_limits_are_a_few_lookups_and_a_minute() -> None:
    limits = Limits()
    assert limits.deadline <= 60
    assert 4 * MiB <= MAX_BODY_BYTES <= 64 * MiB and 4 * MiB <= MAX_WIRE_BYTES <= 64 * MiB


async def test_an_endless_body_stops_at_the_cap_with_a_typed_error(kit: Any) -> None:
    stream = _Drip(b" " * 65536, count=100_000, head=b"[")  # 6.5 GB if read to the end
    fake = kit.fake(_streamed(stream))
    limits = Limits(max_wire_bytes=2 * MiB, max_body_bytes=2 * MiB)
    async with kit.client(fake, limits=limits, retry_attempts=1) as client:
        with pytest.raises(ResponseTooLarge) as caught:
            await client.depth1_locations()
    assert stream.sent <= 3 * MiB
    assert isinstance(caught.value, UnexpectedResponse)  # the cache fallback applies
    assert "larger than this app accepts (2 MB)" in caught.value.plain_message


async def test_a_declared_oversize_body_is_refused_before_reading(kit: Any) -> None:
    stream = _Drip(b"x", count=1)
    fake = kit.fake(_streamed(stream, **{"Content-Length": str(10 * 1024 * MiB)}))
    async with kit.client(fake, retry_attempts=1) as client:
        with pytest.raises(ResponseTooLarge):
            await client.depth1_locations()
    assert stream.sent == 0


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_compression_bomb_is_stopped_while_inflating(kit: Any, encoding: str) -> None:
    inflated = 64 * MiB
    packer = zlib.compressobj(9, wbits=31 if encoding == "gzip" else 15)
    block = b"[" + b" " * (MiB - 1)
    bomb = b"".join(packer.compress(block) for _ in range(inflated // MiB)) + packer.flush()
    assert len(bomb) < MiB // 2
    fake = kit.fake(httpx.Response(200, headers={"Content-Encoding": encoding}, content=bomb))
    limits = Limits(max_body_bytes=4 * MiB)
    tracemalloc.start()
    try:
        async with kit.client(fake, limits=limits, retry_attempts=1) as client:
            with pytest.raises(ResponseTooLarge):
                await client.depth1_locations()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * MiB, f"peak {peak / MiB:.0f} MiB while refusing a {encoding} bomb"


async def test_gzip_answers_of_normal_size_are_read(kit: Any) -> None:
    body = gzip.compress(b'[{"value": "I", "description": "\xec\x84\x9c\xec\x9a\xb8"}]')
    fake = kit.fake(httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body))
    async with kit.client(fake) as client:
        regions = await client.depth1_locations()
    assert [r.value for r in regions] == ["I"]
    assert fake.requests[0].headers["Accept-Encoding"] == "gzip, deflate"


async def test_an_unasked_for_compression_is_refused(kit: Any) -> None:
    fake = kit.fake(httpx.Response(200, headers={"Content-Encoding": "br"}, content=b"\x0b\x02"))
    async with kit.client(fake, retry_attempts=1) as client:
        with pytest.raises(UnexpectedResponse, match="compressed in a way"):
            await client.depth1_locations()


async def test_a_dripping_server_is_cut_off_at_the_call_deadline(kit: Any) -> None:
    stream = _Drip(b" ", count=10_000, delay=0.05, head=b"[")  # 500 s at one byte / 50 ms
    fake = kit.fake(_streamed(stream))
    async with kit.client(fake, deadline=0.6, timeout=5) as client:
        started = asyncio.get_running_loop().time()
        with pytest.raises(DeadlineExceeded) as caught:
            await client.depth1_locations()
        elapsed = asyncio.get_running_loop().time() - started
    assert 0.5 <= elapsed < 2.0
    assert isinstance(caught.value, ServiceUnavailable)  # the panels' Retry and cache fallback
    assert "within 0.6 s" in caught.value.plain_message


async def test_the_deadline_covers_retries_and_their_waits(kit: Any) -> None:
    fake = kit.fake(kit.error(500, -1))
    async with kit.client(
        fake, deadline=0.5, retry_attempts=50, retry_wait_initial=0.2, retry_wait_max=0.2
    ) as client:
        started = asyncio.get_running_loop().time()
        with pytest.raises(DeadlineExceeded):
            await client.depth1_locations()
        elapsed = asyncio.get_running_loop().time() - started
    assert elapsed < 1.5 and len(fake.requests) < 5


async def test_a_retry_after_beyond_the_deadline_ends_the_call_at_once(kit: Any) -> None:
    busy = kit.json(429, {"code": -813}, headers={"Retry-After": "100000"})
    fake = kit.fake(busy)
    async with kit.client(fake, retry_after_max=100000) as client:
        started = asyncio.get_running_loop().time()
        with pytest.raises(MomentApiError) as caught:
            await client.depth1_locations()
        elapsed = asyncio.get_running_loop().time() - started
    assert caught.value.status == 429 and "too many requests" in caught.value.plain_message
    assert elapsed < 1.0 and len(fake.requests) == 1


async def test_json_with_millions_of_tiny_values_is_refused_before_parsing(kit: Any) -> None:
    body = b"[" + b",".join([b"{}"] * 2_000_000) + b"]"  # 6 MB of text, ~160 MB parsed
    fake = kit.fake(httpx.Response(200, content=body))
    async with kit.client(fake, retry_attempts=1) as client:
        with pytest.raises(UnexpectedResponse, match="more than 500,000 values"):
            await client.depth1_locations()


@pytest.mark.parametrize("depth", [100, 100_000])
async def test_deeply_nested_json_is_a_typed_error_on_success(kit: Any, depth: int) -> None:
    fake = kit.fake(httpx.Response(200, content=b"[" * depth + b"]" * depth))
    async with kit.client(fake, retry_attempts=1) as client:
        with pytest.raises(UnexpectedResponse, match="nested more than 64 levels"):
            await client.depth1_locations()


async def test_deeply_nested_json_in_an_error_answer_keeps_the_status(kit: Any) -> None:
    deep = b'{"code": -1, "extras": ' * 100_000 + b"1" + b"}" * 100_000
    fake = kit.fake(httpx.Response(500, content=deep))
    async with kit.client(fake, retry_attempts=2) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.cohorts()
    assert caught.value.status == 500 and "internal error" in caught.value.plain_message


def _token_pieces(token: str, size: int = 4) -> list[str]:
    return [token[i : i + size] for i in range(len(token) - size + 1)]


@pytest.mark.parametrize("prefix", ["", "Authorization: ", "x" * 20, "x" * 35])
async def test_an_echoed_token_is_redacted_before_the_text_is_cut(kit: Any, prefix: str) -> None:
    echo = f"{prefix}Bearer {kit.token} and more text after it".encode()
    fake = kit.fake(httpx.Response(200, content=echo))
    async with kit.client(fake, retry_attempts=1) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.depth1_locations()
    shown = f"{caught.value} {caught.value.plain_message}"
    assert not [piece for piece in _token_pieces(kit.token) if piece in shown], shown


async def test_an_echoed_token_in_a_long_detail_message_is_redacted_and_short(kit: Any) -> None:
    echo = kit.error(400, -813, 99999, "y" * 290 + f"Bearer {kit.token}" + "z" * 100_000)
    fake = kit.fake(echo)
    async with kit.client(fake) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.cohorts()
    detail = caught.value.detail_msg or ""
    assert len(detail) <= 300
    assert not [piece for piece in _token_pieces(kit.token) if piece in str(caught.value)]


# --- the PUT path (ad-group edits) is bounded by the same limits ------------------------------


async def test_a_put_whose_answer_drips_ends_at_the_deadline_without_a_resend(kit: Any) -> None:
    stream = _Drip(b" ", count=10_000, delay=0.05, head=b"{")
    fake = kit.fake(_streamed(stream))
    async with kit.client(fake, deadline=0.5, timeout=5) as client:
        started = asyncio.get_running_loop().time()
        with pytest.raises(ServiceUnavailable, match="may or may not have been applied"):
            await client.update_ad_group({"id": 1})
        elapsed = asyncio.get_running_loop().time() - started
    assert elapsed < 2.0 and len(fake.requests) == 1


async def test_a_put_answered_with_an_endless_body_is_cut_at_the_cap(kit: Any) -> None:
    stream = _Drip(b" " * 65536, count=100_000, head=b"{")
    fake = kit.fake(_streamed(stream))
    limits = Limits(max_wire_bytes=MiB, max_body_bytes=MiB)
    async with kit.client(fake, limits=limits) as client:
        with pytest.raises(ResponseTooLarge):
            await client.update_ad_group({"id": 1})
    assert stream.sent <= 2 * MiB


async def test_a_put_error_answer_nested_deeply_keeps_its_status(kit: Any) -> None:
    deep = b'{"code": -813, "extras": ' * 100_000 + b"1" + b"}" * 100_000
    fake = kit.fake(httpx.Response(400, content=deep))
    async with kit.client(fake) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.update_ad_group({"id": 1})
    assert caught.value.status == 400
