"""The client over real HTTP against the simulator (uvicorn on 127.0.0.1): every endpoint,
Kakao's error answers, and each fault knob the simulator offers."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest

from moment_gui.api import (
    AuthenticationError,
    MomentApiError,
    MomentClient,
    ServiceUnavailable,
    UnexpectedResponse,
)
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, FaultConfig, SimulatorState

pytestmark = pytest.mark.anyio


def sim_client(base_url: str, **kwargs: Any) -> MomentClient:
    options: dict[str, Any] = {
        "ad_account_id": DEMO_AD_ACCOUNT_ID,
        "retry_wait_initial": 0.0,
        "retry_wait_max": 0.0,
        "timeout": 5.0,
    }
    options.update(kwargs)
    return MomentClient(DEMO_TOKEN, base_url=base_url, **options)


def api_requests(state: SimulatorState) -> list[str]:
    return [r.path for r in state.requests if r.path.startswith("/openapi/")]


# --- every endpoint, parsed from real demo answers ----------------------------------------


async def test_regions_at_three_depths(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        depth1 = await client.depth1_locations()
        seoul = await client.depth2_locations("서울")
        gangnam = await client.depth3_locations("강남구")
    assert len(depth1) == 19
    assert {r.value: r.depth1_name for r in depth1}["A"] == "강원특별자치도"
    assert len(seoul) == 25 and {r.depth1_name for r in seoul} == {"서울특별시"}
    assert "I1000" in {r.value for r in seoul}
    assert gangnam and {(r.depth1_name, r.depth2_name) for r in gangnam} == {
        ("서울특별시", "강남구")
    }
    assert all(r.value.startswith("I1000") and len(r.value) == 9 for r in gangnam)
    assert gangnam[0].raw["depth3Name"] == gangnam[0].depth3_name


async def test_placement_categories(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        network = await client.ad_serving_categories()
        sections = await client.section_categories()
    assert any(c.code == "IAB16" for c in network) and all(c.name for c in network)
    assert "KKO99-1" in {c.code for c in sections}


async def test_cohorts_in_every_status(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        cohorts = await client.cohorts()
    assert {c.status for c in cohorts} == {
        "WAITING",
        "AVAILABLE_ERROR",
        "AVAILABLE",
        "SEED_NOT_ENOUGH",
        "DELETE",
        "ERROR",
    }
    assert {c.audience_type for c in cohorts} == {"DISPLAY", "MESSAGE"}
    assert all(c.ad_account_id == DEMO_AD_ACCOUNT_ID and c.created_date for c in cohorts)


async def test_trackers_then_their_pixel_events_scaled_by_term(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        trackers = await client.trackers()
        week = await client.pixel_events(trackers[0].id, 7)
        half_year = await client.pixel_events(trackers[0].id, 180)
    assert trackers and all(t.id and t.name for t in trackers)
    all_events = next(e for e in week if e.event_code == "*")
    assert all_events.track_rule is None and all_events.last_event_date is not None
    assert any(e.track_rule and e.track_rule.track_id == trackers[0].id for e in week)
    by_code = {e.event_code: e.population for e in half_year}
    assert all((by_code[e.event_code] or 0) > (e.population or 0) for e in week)


async def test_customer_files_channels_logins_and_friend_groups(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        files = await client.customer_files()
        channels = await client.talk_channels()
        logins = await client.sync_profiles()
        groups = await client.friend_groups(channels[0].id)
    assert {f.status for f in files} == {"WAITING", "COMPLETE", "DELETE", "ERROR"}
    assert {f.ready for f in files if f.status == "COMPLETE"} == {True, False}
    assert channels[0].id.startswith("_") and logins and all(p.id for p in logins)
    assert groups and {g.profile_id for g in groups} == {channels[0].id}


# --- Kakao's errors as the simulator sends them -------------------------------------------


async def test_a_revoked_token_is_an_authentication_error(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.valid_tokens.clear()
    async with sim_client(sim_server) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.depth1_locations()
    assert caught.value.status == 401 and caught.value.code == -401
    assert "Enter a new token" in caught.value.plain_message
    assert len(api_requests(sim_state)) == 1


async def test_an_unknown_ad_account_is_reported_as_such(
    sim_server: str, sim_state: SimulatorState
) -> None:
    async with sim_client(sim_server, ad_account_id=999) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.cohorts()
    assert (caught.value.status, caught.value.code, caught.value.detail_code) == (403, -813, 6003)
    assert "ad account does not exist" in caught.value.plain_message


async def test_an_unknown_tracker_or_channel_quotes_kakao(sim_server: str) -> None:
    async with sim_client(sim_server) as client:
        with pytest.raises(MomentApiError) as tracker:
            await client.pixel_events("0000", 30)
        with pytest.raises(MomentApiError) as channel:
            await client.friend_groups("_nope")
    assert tracker.value.status == 400 and tracker.value.code == -813
    assert tracker.value.detail_msg and tracker.value.detail_msg in str(tracker.value)
    assert channel.value.status == 400 and channel.value.detail_code is not None


async def test_changes_on_the_server_show_on_the_next_call(
    sim_server: str, sim_state: SimulatorState
) -> None:
    async with sim_client(sim_server) as client:
        before = {r.value: r.depth1_name for r in await client.depth1_locations()}
        sim_state.region("A")["depth1Name"] = "강원도"
        after = {r.value: r.depth1_name for r in await client.depth1_locations()}
    assert (before["A"], after["A"]) == ("강원특별자치도", "강원도")


# --- fault knobs --------------------------------------------------------------------------


async def test_latency_within_the_timeout_is_just_slower(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(latency_s=0.3)
    async with sim_client(sim_server) as client:
        started = time.perf_counter()
        assert len(await client.depth1_locations()) == 19
    assert time.perf_counter() - started >= 0.3


async def test_latency_beyond_the_timeout_is_retried_then_unavailable(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(latency_s=1.0)
    async with sim_client(sim_server, timeout=0.2, retry_attempts=2) as client:
        with pytest.raises(ServiceUnavailable, match="did not answer in time"):
            await client.depth1_locations()
    assert len(api_requests(sim_state)) == 2


async def test_a_429_burst_is_ridden_out(sim_server: str, sim_state: SimulatorState) -> None:
    sim_state.faults = FaultConfig(burst_429=2, retry_after_s=0)
    async with sim_client(sim_server) as client:
        assert len(await client.section_categories()) > 0
    assert len(api_requests(sim_state)) == 3


async def test_the_simulators_retry_after_is_waited_for(
    sim_server: str, sim_state: SimulatorState, retry_waits: list[float]
) -> None:
    sim_state.faults = FaultConfig(burst_429=1, retry_after_s=1)
    async with sim_client(sim_server) as client:
        started = time.perf_counter()
        await client.section_categories()
        elapsed = time.perf_counter() - started
    assert retry_waits == [1.0]
    assert elapsed >= 1.0


async def test_a_429_burst_longer_than_the_retries_is_reported(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(burst_429=10, retry_after_s=0)
    async with sim_client(sim_server, retry_attempts=3) as client:
        with pytest.raises(MomentApiError, match="too many requests") as caught:
            await client.depth1_locations()
    assert caught.value.status == 429 and caught.value.code == -813
    assert len(api_requests(sim_state)) == 3


async def test_constant_server_errors_end_in_a_500_error(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(error_rate=1.0)
    async with sim_client(sim_server, retry_attempts=3) as client:
        with pytest.raises(MomentApiError) as caught:
            await client.cohorts()
    assert (caught.value.status, caught.value.code) == (500, -1)
    assert len(api_requests(sim_state)) == 3


async def test_occasional_server_errors_are_absorbed_by_retries(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(error_rate=0.3, seed=7)
    async with sim_client(sim_server, retry_attempts=6) as client:
        for _ in range(10):
            assert len(await client.depth1_locations()) == 19
    assert len(api_requests(sim_state)) > 10  # some answers really were 500s


async def test_malformed_bodies_are_unexpected_shape_errors(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(malformed_rate=1.0, seed=0)
    messages: list[str] = []
    async with sim_client(sim_server) as client:
        for _ in range(8):
            with pytest.raises(UnexpectedResponse, match="not JSON") as caught:
                await client.depth2_locations("서울")
            messages.append(str(caught.value))
    # The simulator mixes both kinds: an HTML error page and JSON cut in half.
    assert any("'<!DOCTYPE" in m for m in messages)
    assert any("'[{" in m for m in messages)
    assert len(api_requests(sim_state)) == 8  # a broken 200 is not retried


async def test_dropped_connections_are_retried_then_unavailable(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(drop_rate=1.0)
    async with sim_client(sim_server, retry_attempts=3) as client:
        with pytest.raises(ServiceUnavailable, match="Could not reach"):
            await client.depth1_locations()
    assert len(api_requests(sim_state)) == 3


async def test_some_dropped_connections_still_end_in_an_answer(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(drop_rate=0.5, seed=11)
    async with sim_client(sim_server, retry_attempts=8) as client:
        for _ in range(6):
            assert len(await client.ad_serving_categories()) > 0
    assert len(api_requests(sim_state)) > 6


async def test_cancelling_a_slow_call_leaves_no_busy_connection(
    sim_server: str, sim_state: SimulatorState
) -> None:
    sim_state.faults = FaultConfig(latency_s=1.5)
    async with sim_client(sim_server) as client:
        task = asyncio.ensure_future(client.depth2_locations("서울"))
        while not api_requests(sim_state):
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # httpcore's pool (private, but the only place connection state is visible).
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert all(conn.is_closed() or conn.is_idle() for conn in pool.connections)
        sim_state.faults = FaultConfig()
        assert len(await client.depth2_locations("서울")) == 25  # the client still works
    assert len(api_requests(sim_state)) == 2


async def test_no_token_in_logs_over_a_faulty_session(
    sim_server: str, sim_state: SimulatorState, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sim_state.faults = FaultConfig(burst_429=1, retry_after_s=0, error_rate=0.3, seed=3)
    async with sim_client(sim_server, retry_attempts=6) as client:
        await client.cohorts()
        await client.depth1_locations()
    assert caplog.text and DEMO_TOKEN not in caplog.text
