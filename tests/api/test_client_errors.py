"""Kakao's error answers, broken answers, retries, timeouts, cancellation and token secrecy."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from moment_gui.api import (
    AuthenticationError,
    MomentApiError,
    ServiceUnavailable,
    UnexpectedResponse,
)
from moment_gui.api.client import _parse_retry_after

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("answer", "kind", "status", "code", "detail", "plain"),
    [
        (
            (401, -401, None),
            AuthenticationError,
            401,
            -401,
            None,
            "Your business token was rejected or has expired. Enter a new token.",
        ),
        ((403, -813, None), MomentApiError, 403, -813, None, "no permission"),
        ((403, -813, 6003), MomentApiError, 403, -813, 6003, "ad account does not exist"),
        ((400, -813, 21006), MomentApiError, 400, -813, 21006, "ad account does not exist"),
        ((400, -2, None), MomentApiError, 400, -2, None, "missing or wrong"),
        ((400, -813, 75029), MomentApiError, 400, -813, 75029, "시/군/구"),
        ((400, -813, 75528), MomentApiError, 400, -813, 75528, "동/읍/면"),
        ((400, -813, 22086), MomentApiError, 400, -813, 22086, "1,000 regions"),
        ((400, -813, 22087), MomentApiError, 400, -813, 22087, "two levels"),
        ((400, -813, 22406), MomentApiError, 400, -813, 22406, "not ready"),
        ((429, -813, None), MomentApiError, 429, -813, None, "too many requests"),
        ((500, -1, None), MomentApiError, 500, -1, None, "internal error"),
    ],
)
async def test_kakao_error_bodies_become_typed_errors_with_plain_messages(
    kit: Any,
    answer: tuple[int, int, int | None],
    kind: type[MomentApiError],
    status: int,
    code: int,
    detail: int | None,
    plain: str,
) -> None:
    fake = kit.fake(kit.error(answer[0], answer[1], answer[2], "한국어 설명"))
    async with kit.client(fake, retry_attempts=2) as client:
        with pytest.raises(kind) as caught:
            await client.cohorts()
    error = caught.value
    assert type(error) is kind
    assert (error.status, error.code, error.detail_code) == (status, code, detail)
    assert plain in error.plain_message
    assert error.plain_message in str(error) and f"HTTP {status}" in str(error)


async def test_unknown_detail_codes_fall_back_to_the_status_and_quote_kakao(kit: Any) -> None:
    fake = kit.fake(kit.error(400, -813, 99999, "알 수 없는 오류"))
    async with kit.client(fake) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.depth1_locations()
    assert caught.value.detail_msg == "알 수 없는 오류"
    assert "Kakao Moment said: 알 수 없는 오류" in str(caught.value)


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx.Response(200, text="<html><body>Bad gateway</body></html>"), "not JSON"),
        (httpx.Response(200, text='[{"value": "A", "descr'), "not JSON"),
        (httpx.Response(200, text=""), "empty"),
        (httpx.Response(200, json={"value": "A"}), "Expected a list"),
        (httpx.Response(200, json=[{"description": "no value"}]), "no usable 'value'"),
        (httpx.Response(200, json=["A", "B"]), "Expected an object"),
    ],
)
async def test_answers_not_in_the_documented_shape_are_clear_errors(
    kit: Any, response: httpx.Response, reason: str
) -> None:
    fake = kit.fake(response)
    async with kit.client(fake) as client:
        with pytest.raises(UnexpectedResponse, match="unexpected response shape") as caught:
            await client.depth1_locations()
    assert reason in str(caught.value)
    assert len(fake.requests) == 1  # a broken 200 is not retried


async def test_an_html_error_page_keeps_its_status_and_a_plain_message(kit: Any) -> None:
    fake = kit.fake(httpx.Response(502, text="<html>502 Bad Gateway</html>"))
    async with kit.client(fake, retry_attempts=2) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.depth1_locations()
    assert caught.value.status == 502 and caught.value.code is None
    assert "server error" in caught.value.plain_message
    assert len(fake.requests) == 2


async def test_429_then_success_is_retried_transparently(kit: Any) -> None:
    fake = kit.fake(kit.error(429, -813), kit.error(429, -813), kit.json(200, [{"value": "A"}]))
    async with kit.client(fake) as client:
        regions = await client.depth1_locations()
    assert [r.value for r in regions] == ["A"]
    assert len(fake.requests) == 3


async def test_retry_after_sets_the_wait_before_the_next_try(
    kit: Any, retry_waits: list[float]
) -> None:
    busy = kit.json(429, {"code": -813, "msg": "rate"}, headers={"Retry-After": "0.2"})
    fake = kit.fake(busy, kit.json(200, []))
    async with kit.client(fake) as client:
        started = asyncio.get_running_loop().time()
        await client.depth1_locations()
        elapsed = asyncio.get_running_loop().time() - started
    assert retry_waits == [0.2]
    assert elapsed >= 0.2


async def test_retry_after_is_capped_so_a_hostile_server_cannot_stall_the_app(
    kit: Any, retry_waits: list[float]
) -> None:
    busy = kit.json(503, {"code": -1}, headers={"Retry-After": "86400"})
    fake = kit.fake(busy, kit.json(200, []))
    async with kit.client(fake, retry_after_max=0.05) as client:
        await client.depth1_locations()
    assert retry_waits == [0.05]


async def test_without_retry_after_the_backoff_grows_exponentially(
    kit: Any, retry_waits: list[float]
) -> None:
    fake = kit.fake(kit.error(500, -1))
    async with kit.client(
        fake, retry_attempts=4, retry_wait_initial=0.01, retry_wait_max=1.0
    ) as client:
        with pytest.raises(MomentApiError):
            await client.depth1_locations()
    assert len(retry_waits) == 3
    # initial * 2**(n-1) plus jitter in [0, initial]
    for n, wait in enumerate(retry_waits, start=1):
        assert 0.01 * 2 ** (n - 1) <= wait <= 0.01 * 2 ** (n - 1) + 0.01


async def test_server_errors_are_retried_a_bounded_number_of_times(kit: Any) -> None:
    fake = kit.fake(kit.error(500, -1))
    async with kit.client(fake, retry_attempts=4) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.depth1_locations()
    assert caught.value.status == 500
    assert len(fake.requests) == 4


@pytest.mark.parametrize(
    "answer", [(400, -2, None), (401, -401, None), (403, -813, 6003), (404, -1, None)]
)
async def test_client_errors_are_not_retried(kit: Any, answer: tuple[int, int, int | None]) -> None:
    fake = kit.fake(kit.error(*answer))
    async with kit.client(fake) as client:
        with pytest.raises(MomentApiError):
            await client.depth1_locations()
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
    ],
)
async def test_dropped_connections_are_retried_then_reported_unavailable(
    kit: Any, failure: Exception
) -> None:
    fake = kit.fake(failure)
    async with kit.client(fake, retry_attempts=3) as client:
        with pytest.raises(ServiceUnavailable, match="Could not reach Kakao Moment") as caught:
            await client.depth1_locations()
    assert caught.value.status is None
    assert len(fake.requests) == 3


async def test_no_connection_is_tried_twice_then_said_at_once_for_a_while(kit: Any) -> None:
    """Offline (refused, no route, no DNS): two quick tries, then every other list fails
    without waiting again, so a re-check says "offline" within seconds, not 13 s per list."""
    fake = kit.fake(httpx.ConnectError("connection refused"))
    async with kit.client(fake, retry_attempts=4) as client:
        with pytest.raises(ServiceUnavailable, match="Could not reach Kakao Moment"):
            await client.depth1_locations()
        assert len(fake.requests) == 2
        with pytest.raises(ServiceUnavailable):
            await client.cohorts()
        assert len(fake.requests) == 2  # not sent: the connection just failed


async def test_a_dropped_connection_followed_by_an_answer_succeeds(kit: Any) -> None:
    fake = kit.fake(httpx.ConnectError("refused"), kit.json(200, [{"value": "Q"}]))
    async with kit.client(fake) as client:
        assert [r.value for r in await client.depth1_locations()] == ["Q"]


async def test_timeouts_are_retried_then_reported_with_the_time_limit(kit: Any) -> None:
    fake = kit.fake(httpx.ReadTimeout("timed out"))
    async with kit.client(fake, retry_attempts=2, timeout=3) as client:
        with pytest.raises(ServiceUnavailable, match=r"did not answer in time \(3 s, 2 tries\)"):
            await client.depth1_locations()
    assert len(fake.requests) == 2


async def test_cancelling_a_call_propagates_and_does_not_retry(kit: Any) -> None:
    started = asyncio.Event()

    async def slow(request: httpx.Request) -> Any:
        started.set()
        await asyncio.sleep(10)
        return kit.json(200, [])

    fake = kit.fake(slow)
    async with kit.client(fake) as client:
        task = asyncio.ensure_future(client.depth2_locations("서울"))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0.05)
    assert len(fake.requests) == 1


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert _parse_retry_after("3") == 3.0
    assert _parse_retry_after("-5") == 0.0
    assert _parse_retry_after(None) is None
    assert _parse_retry_after("soon") is None
    in_ten = format_datetime(datetime.now(UTC) + timedelta(seconds=10), usegmt=True)
    parsed = _parse_retry_after(in_ten)
    assert parsed is not None and 8 <= parsed <= 10


async def test_the_token_never_appears_in_repr_errors_or_logs(
    kit: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = kit.error(400, -813, 99999, f"token {kit.token} is odd")
    fake = kit.fake(kit.error(500, -1), httpx.ConnectError("refused"), echo)
    async with kit.client(fake, retry_attempts=3) as client:
        assert kit.token not in repr(client)
        with pytest.raises(MomentApiError) as caught:
            await client.cohorts()
    error = caught.value
    texts = [str(error), repr(error), error.plain_message, error.detail_msg or "", caplog.text]
    assert all(kit.token not in text for text in texts)
    assert "***" in (error.detail_msg or "")
    assert "GET /openapi/v4/adGroups/targetings/cohort/availables -> 500" in caplog.text


async def test_unavailable_errors_do_not_carry_the_token(kit: Any) -> None:
    fake = kit.fake(httpx.ConnectError("refused"))
    async with kit.client(fake, retry_attempts=1) as client:
        with pytest.raises(ServiceUnavailable) as caught:
            await client.cohorts()
    chain = [caught.value, caught.value.__cause__]
    assert all(kit.token not in f"{e} {e!r}" for e in chain)
