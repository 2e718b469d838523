"""Shared helpers for the API client tests: a scripted fake Kakao and fast retries."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from stamina.instrumentation import RetryDetails, set_on_retry_hooks

from moment_gui.api import MomentClient

# Deliberately distinctive so a leak into any text is easy to find.
SECRET_TOKEN = "biz-SECRET-token-7f3a9c"
BASE_URL = "https://apis.moment.kakao.com"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body, ensure_ascii=False).encode(),
        headers={"Content-Type": "application/json;charset=UTF-8", **(headers or {})},
    )


def kakao_error(
    status: int, code: int, detail_code: int | None = None, detail_msg: str = ""
) -> httpx.Response:
    body: dict[str, Any] = {"code": code, "msg": "KakaoMomentException"}
    if detail_code is not None:
        body["extras"] = {"detailCode": detail_code, "detailMsg": detail_msg}
    return json_response(status, body)


class FakeKakao:
    """A MockTransport that records every request and answers from a script."""

    def __init__(
        self, *answers: httpx.Response | Exception | Callable[[httpx.Request], Any]
    ) -> None:
        self.requests: list[httpx.Request] = []
        self._answers = list(answers)
        self.transport = httpx.MockTransport(self._handle)

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # The last answer repeats so "always 500" needs one entry.
        answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            result = answer(request)
            if hasattr(result, "__await__"):
                result = await result
            return result  # type: ignore[no-any-return]
        # A fresh response each time, as a real server gives: the client streams the body,
        # and a stream can be read once. The bytes stream itself can be iterated again.
        return httpx.Response(answer.status_code, headers=answer.headers, stream=answer.stream)


def make_client(fake: FakeKakao, ad_account_id: int | None = 1234, **kwargs: Any) -> MomentClient:
    options: dict[str, Any] = {"retry_wait_initial": 0.0, "retry_wait_max": 0.0}
    options.update(kwargs)
    return MomentClient(SECRET_TOKEN, ad_account_id, BASE_URL, transport=fake.transport, **options)


class Kit:
    """The helpers above, handed to tests as a fixture (importlib mode has no conftest import)."""

    token = SECRET_TOKEN
    base_url = BASE_URL
    json = staticmethod(json_response)
    error = staticmethod(kakao_error)
    fake = FakeKakao
    client = staticmethod(make_client)


@pytest.fixture
def kit() -> type[Kit]:
    return Kit


@pytest.fixture
def retry_waits() -> Iterator[list[float]]:
    """The backoff stamina scheduled before each retry, in seconds."""
    waits: list[float] = []

    def record(details: RetryDetails) -> None:
        waits.append(details.wait_for)

    set_on_retry_hooks([record])
    yield waits
    set_on_retry_hooks(None)
