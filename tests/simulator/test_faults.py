"""Each fault knob is observable by a client, both in-process (ASGI) and over real HTTP."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from moment_gui.simulator import (
    DEMO_AD_ACCOUNT_ID,
    DEMO_TOKEN,
    FaultConfig,
    SimulatorState,
    create_app,
)

DEPTH1 = "/openapi/v4/targetings/location/depth1"
HEADERS = {"Authorization": f"Bearer {DEMO_TOKEN}", "adAccountId": str(DEMO_AD_ACCOUNT_ID)}
Fetch = Callable[[], httpx.Response]


@pytest.fixture(params=["asgi", "http"])
def fetch(request: pytest.FixtureRequest, sim_state: SimulatorState) -> Iterator[Fetch]:
    """GET depth1 from `sim_state`, through ASGITransport or through the real loopback server."""
    if request.param == "http":
        base = request.getfixturevalue("sim_server")
        with httpx.Client(base_url=base, headers=HEADERS) as client:
            yield lambda: client.get(DEPTH1)
        return
    app = create_app(sim_state)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
            return await client.get(DEPTH1, headers=HEADERS)

    yield lambda: asyncio.run(go())


def test_latency_delays_every_answer(fetch: Fetch, sim_state: SimulatorState) -> None:
    sim_state.faults = FaultConfig(latency_s=0.2)
    started = time.perf_counter()
    assert fetch().status_code == 200
    assert time.perf_counter() - started >= 0.2


def test_error_rate_one_answers_500_with_code_minus_1(fetch, sim_state) -> None:
    sim_state.faults = FaultConfig(error_rate=1.0)
    response = fetch()
    assert response.status_code == 500
    assert response.json()["code"] == -1


def test_burst_429_refuses_the_next_n_requests_then_recovers(fetch, sim_state) -> None:
    sim_state.faults = FaultConfig(burst_429=2, retry_after_s=3)
    first, second, third = fetch(), fetch(), fetch()
    for limited in (first, second):
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "3"
        assert limited.json()["code"] == -813
    assert third.status_code == 200
    assert sim_state.faults.burst_429 == 0


def test_malformed_bodies_are_truncated_json_or_html(fetch, sim_state) -> None:
    sim_state.faults = FaultConfig(malformed_rate=1.0, seed=7)
    kinds = set()
    for _ in range(12):
        response = fetch()
        assert response.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.content)
        kinds.add(response.headers["content-type"].split(";")[0])
    assert kinds == {"application/json", "text/html"}


def test_dropped_connection_is_a_transport_error(fetch, sim_state) -> None:
    sim_state.faults = FaultConfig(drop_rate=1.0)
    with pytest.raises(httpx.TransportError):
        fetch()
    sim_state.faults = FaultConfig()
    assert fetch().status_code == 200  # the server survives a drop


def test_over_real_http_a_drop_closes_before_any_response(sim_server, sim_state) -> None:
    sim_state.faults = FaultConfig(drop_rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        httpx.get(f"{sim_server}{DEPTH1}", headers=HEADERS)


def test_seeded_faults_repeat_the_same_sequence(sim_state) -> None:
    def statuses(seed: int) -> list[int]:
        state = SimulatorState.demo()
        state.faults = FaultConfig(error_rate=0.5, seed=seed)
        app = create_app(state)

        async def go() -> list[int]:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
                return [(await client.get(DEPTH1, headers=HEADERS)).status_code for _ in range(20)]

        return asyncio.run(go())

    assert statuses(42) == statuses(42)
    assert {200, 500} == set(statuses(42))


def test_no_faults_by_default(fetch) -> None:
    assert all(fetch().status_code == 200 for _ in range(5))
