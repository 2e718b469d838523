"""The region catalogue is built from the in-process simulator over the real client."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from moment_gui.api.client import MomentClient
from moment_gui.api.errors import MomentApiError
from moment_gui.domain.regions import RegionCatalogue
from moment_gui.services.catalogue_builder import build_catalogue, catalogue_name
from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState, create_app
from moment_gui.store.cache import LookupCache


class InFlightCounter:
    """ASGI wrapper: how many requests the simulator was answering at the same time."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.now = 0
        self.peak = 0
        self.requests = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.now += 1
        self.requests += 1
        self.peak = max(self.peak, self.now)
        try:
            await self.app(scope, receive, send)
        finally:
            self.now -= 1


def lookups_for(
    state: SimulatorState, cache: LookupCache | None
) -> tuple[LookupService, InFlightCounter]:
    counter = InFlightCounter(create_app(state))
    client = MomentClient(
        DEMO_TOKEN,
        DEMO_AD_ACCOUNT_ID,
        base_url="http://127.0.0.1",
        transport=httpx.ASGITransport(app=counter),
    )
    return LookupService(client, cache), counter


def all_keys(state: SimulatorState) -> set[str]:
    return {r["value"] for r in (*state.depth1, *state.depth2, *state.depth3)}


@pytest.fixture(scope="module")
def demo_build() -> tuple[SimulatorState, RegionCatalogue, int]:
    """One build shared by the read-only checks (a build takes about a second)."""
    state = SimulatorState.demo()
    lookups, counter = lookups_for(state, None)
    return state, asyncio.run(build_catalogue(lookups)), counter.requests


def test_catalogue_holds_every_region_under_its_true_parent(demo_build) -> None:
    state, catalogue, requests = demo_build
    assert {p.value for p in catalogue} == all_keys(state)
    for row in state.depth3:
        pick = catalogue.get(row["value"])
        assert pick is not None
        assert (pick.depth1_name, pick.depth2_name, pick.depth3_name) == (
            row["depth1Name"],
            row["depth2Name"],
            row["depth3Name"],
        )
        parent = catalogue.parent(row["value"])
        assert parent is not None and parent.value == row["value"][:5]
    assert requests == 1 + len(state.depth1) + len(state.depth2)


def test_same_named_districts_of_other_cities_are_not_kept(demo_build) -> None:
    # "중구" exists in many cities: the 동 of 서울 중구 must not appear under 부산 중구.
    state, catalogue, _ = demo_build
    for jung in (r for r in state.depth2 if r["depth2Name"] == "중구"):
        children = catalogue.children(jung["value"])
        expected = {r["value"] for r in state.depth3 if r["value"].startswith(jung["value"])}
        assert {c.value for c in children} == expected
        assert {c.depth1_name for c in children} == {jung["depth1Name"]}


def test_search_hits_under_another_parent_are_dropped(sim_state: SimulatorState) -> None:
    # A stale 동 row (its 시/도 renamed since) that the "중구" search also finds must not be
    # kept: it has no parent in the catalogue. Same for a 구 row found under the wrong 시/도.
    seoul_jung = next(
        r for r in sim_state.depth3 if r["depth1Name"] == "서울특별시" and r["depth2Name"] == "중구"
    )
    sim_state.depth3.append({**seoul_jung, "value": "X99990101", "depth1Name": "옛서울"})
    sim_state.depth2.append(
        {
            "value": "X9998",
            "description": "서울특별시 옛구",
            "depth1Name": "옛서울",
            "depth2Name": "옛구",
        }
    )
    lookups, _ = lookups_for(sim_state, None)
    catalogue = asyncio.run(build_catalogue(lookups))
    assert "X99990101" not in catalogue
    assert "X9998" not in catalogue
    assert all(catalogue.parent(p.value) is not None for p in catalogue if p.depth2_name)


def test_general_districts_with_spaces_get_their_dong(demo_build) -> None:
    state, catalogue, _ = demo_build
    jangan = next(r for r in state.depth2 if r["depth2Name"] == "수원시 장안구")
    expected = {r["value"] for r in state.depth3 if r["value"].startswith(jangan["value"])}
    assert expected
    assert {c.value for c in catalogue.children(jangan["value"])} == expected


def test_concurrency_limit_is_respected_and_used(sim_state: SimulatorState) -> None:
    sim_state.faults.latency_s = 0.002
    lookups, counter = lookups_for(sim_state, None)
    asyncio.run(build_catalogue(lookups, concurrency=3))
    assert counter.peak == 3


def test_progress_reaches_the_final_total(sim_state: SimulatorState) -> None:
    seen: list[tuple[int, int]] = []
    lookups, _ = lookups_for(sim_state, None)
    asyncio.run(build_catalogue(lookups, progress=lambda d, t: seen.append((d, t))))
    total = 1 + len(sim_state.depth1) + len(sim_state.depth2)
    assert seen[-1] == (total, total)
    assert all(d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancelled_build_resumes_without_repeating_finished_searches(
    sim_state: SimulatorState,
) -> None:
    cache = LookupCache()
    total = 1 + len(sim_state.depth1) + len(sim_state.depth2)

    async def cancel_midway() -> int:
        lookups, counter = lookups_for(sim_state, cache)
        task: asyncio.Task[RegionCatalogue]

        def progress(done: int, _total: int) -> None:
            if done == 120:
                task.cancel()

        task = asyncio.ensure_future(build_catalogue(lookups, progress=progress))
        with pytest.raises(asyncio.CancelledError):
            await task
        return counter.requests

    first = asyncio.run(cancel_midway())
    assert cache.get_catalogue() is None
    lookups, counter = lookups_for(sim_state, cache)
    catalogue = asyncio.run(build_catalogue(lookups))
    assert {p.value for p in catalogue} == all_keys(sim_state)
    # Searches finished before the cancel are not asked again (a few in flight were lost).
    assert counter.requests <= total - 120 + 4
    assert first + counter.requests < total + 8
    assert cache.progress_under("regions:") == {}


def test_finished_catalogue_is_saved_and_reloads(sim_state: SimulatorState) -> None:
    cache = LookupCache()
    lookups, _ = lookups_for(sim_state, cache)
    built = asyncio.run(build_catalogue(lookups))
    saved = cache.get_catalogue(name=catalogue_name(Source.LIVE))
    assert saved is not None
    data, built_at = saved
    assert built_at == built.built_at
    assert len(RegionCatalogue.from_json(data)) == len(built)


def test_failed_build_raises_the_api_error_and_keeps_progress(sim_state: SimulatorState) -> None:
    cache = LookupCache()
    lookups, _ = lookups_for(sim_state, cache)
    sim_state.valid_tokens.clear()  # 401 on every request
    with pytest.raises(MomentApiError):
        asyncio.run(build_catalogue(lookups))
    assert cache.get_catalogue() is None
