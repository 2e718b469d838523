"""LookupService over the real client and the in-process simulator, with its fault knobs."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from moment_gui.api.client import MomentClient
from moment_gui.api.errors import AuthenticationError, MomentApiError, ServiceUnavailable
from moment_gui.demo import make_demo_client, make_demo_lookups
from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState, create_app
from moment_gui.store.cache import LookupCache


def live_service(
    state: SimulatorState, cache: LookupCache, token: str = DEMO_TOKEN
) -> LookupService:
    client = MomentClient(
        token,
        DEMO_AD_ACCOUNT_ID,
        base_url="http://127.0.0.1",
        transport=httpx.ASGITransport(app=create_app(state)),
        retry_attempts=2,
        retry_wait_initial=0.001,
        retry_wait_max=0.002,
    )
    return LookupService(client, cache)


@pytest.mark.parametrize("fault", ["drop_rate", "error_rate"])
def test_dropped_connections_and_server_errors_fall_back_to_cache(sim_state, fault) -> None:
    cache = LookupCache()
    service = live_service(sim_state, cache)
    live = asyncio.run(service.cohorts())
    assert live.source is Source.LIVE and live.items

    setattr(sim_state.faults, fault, 1.0)
    cached = asyncio.run(service.cohorts())
    assert cached.source is Source.CACHE
    assert [c.id for c in cached.items] == [c.id for c in live.items]
    assert cached.describe(cached.fetched_at) == "cached just now"


def test_network_failure_with_nothing_cached_is_reported(sim_state) -> None:
    sim_state.faults.drop_rate = 1.0
    with pytest.raises(ServiceUnavailable):
        asyncio.run(live_service(sim_state, LookupCache()).talk_channels())


def test_revoked_token_is_reported_even_with_cached_data(sim_state) -> None:
    cache = LookupCache()
    service = live_service(sim_state, cache)
    asyncio.run(service.customer_files())
    sim_state.valid_tokens.clear()
    with pytest.raises(AuthenticationError):
        asyncio.run(service.customer_files())


def test_unknown_ad_account_is_not_hidden_behind_cache(sim_state) -> None:
    cache = LookupCache()
    service = live_service(sim_state, cache)
    asyncio.run(service.cohorts())
    sim_state.ad_account_ids.clear()  # the account is gone: a 4xx, not a network failure
    with pytest.raises(MomentApiError) as caught:
        asyncio.run(service.cohorts())
    assert caught.value.status is not None and 400 <= caught.value.status < 500


def test_token_never_reaches_logs_or_errors(sim_state, caplog: pytest.LogCaptureFixture) -> None:
    secret = "biz-token-that-must-stay-secret"
    sim_state.valid_tokens.add(secret)
    caplog.set_level(logging.DEBUG)
    service = live_service(sim_state, LookupCache(), token=secret)
    asyncio.run(service.cohorts())
    sim_state.faults.drop_rate = 1.0
    asyncio.run(service.cohorts())  # cache fallback path logs
    sim_state.faults.drop_rate = 0.0
    sim_state.valid_tokens.clear()
    with pytest.raises(AuthenticationError) as caught:
        asyncio.run(service.cohorts())
    assert secret not in caplog.text
    assert secret not in str(caught.value) and secret not in repr(service)


def test_demo_lookups_answer_from_the_simulator_labelled_as_demo() -> None:
    cache = LookupCache()
    demo = make_demo_lookups(cache)
    result = asyncio.run(demo.depth1_locations())
    assert result.source is Source.DEMO
    assert result.describe(result.fetched_at) == "demo data"
    assert {r.value for r in result.items} >= {"A", "B", "I"}
    assert demo.ad_account_id == DEMO_AD_ACCOUNT_ID
    assert cache.get("depth1_locations", {}, None) is None  # demo never poses as live data


def test_demo_client_serves_a_given_world(sim_state) -> None:
    sim_state.cohorts.clear()
    client = make_demo_client(sim_state)
    assert asyncio.run(client.cohorts()) == []
