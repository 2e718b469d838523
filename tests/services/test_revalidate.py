"""Stale-while-revalidate in the one lookup path, the tracker list's rate limit, and the
comparison that says what a refresh changed."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from moment_gui.api.errors import MomentApiError
from moment_gui.demo import make_demo_lookups
from moment_gui.services.changes import changes
from moment_gui.services.lookups import LookupResult, LookupService, Source
from moment_gui.simulator import SimulatorState
from moment_gui.simulator.state import FaultConfig
from moment_gui.store.cache import LookupCache

TRACKERS_PATH = "/openapi/v4/trackers/rights"


@pytest.fixture
def cache(tmp_path: Path) -> LookupCache:
    return LookupCache(tmp_path / "lookups.sqlite3")


async def collect(answers: Any) -> list[LookupResult[Any]]:
    return [answer async for answer in answers]


def test_every_row_gives_the_cached_answer_first_then_the_fresh_one(cache, sim_state) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)
    assert lookups.cohorts.cached() is None
    cold = asyncio.run(collect(lookups.cohorts.revalidate()))
    assert [a.source for a in cold] == [Source.DEMO]  # nothing cached: the network only

    sim_state.cohorts[0]["status"] = "DELETE"
    warm = asyncio.run(
        collect(make_demo_lookups(cache=cache, state=sim_state).cohorts.revalidate())
    )
    assert [a.source for a in warm] == [Source.CACHE, Source.DEMO]
    assert warm[0].items[0].status == "AVAILABLE" and warm[1].items[0].status == "DELETE"
    for row in LookupService.endpoints():  # every row has it, not just the panels' ones
        bound = lookups.of(row)
        assert callable(bound.cached) and callable(bound.revalidate)


def test_offline_the_cached_answer_stands_and_a_refused_request_is_still_raised(
    cache, sim_state
) -> None:
    asyncio.run(make_demo_lookups(cache=cache, state=sim_state).cohorts())
    sim_state.faults = FaultConfig(error_rate=1.0)  # every request answers 500
    offline = asyncio.run(
        collect(make_demo_lookups(cache=cache, state=sim_state).cohorts.revalidate())
    )
    assert [a.source for a in offline] == [Source.CACHE]

    sim_state.faults = FaultConfig()
    sim_state.valid_tokens.clear()  # 401: never hidden behind old data
    seen: list[LookupResult[Any]] = []

    async def follow() -> None:
        async for answer in make_demo_lookups(cache=cache, state=sim_state).cohorts.revalidate():
            seen.append(answer)

    with pytest.raises(MomentApiError):
        asyncio.run(follow())
    assert [a.source for a in seen] == [Source.CACHE]


def test_the_tracker_list_is_asked_at_most_once_per_5_s(cache, sim_state) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)

    async def twice() -> tuple[LookupResult[Any], LookupResult[Any]]:
        return await asyncio.gather(lookups.trackers(), lookups.trackers())

    first, second = asyncio.run(twice())
    asked = [r for r in sim_state.requests if r.path == TRACKERS_PATH]
    assert len(asked) == 1
    assert second.items == first.items and second.fetched_at == first.fetched_at
    # A restart inside the interval still respects it: the cache says when it was asked.
    again = asyncio.run(make_demo_lookups(cache=cache, state=sim_state).trackers())
    assert again.source is Source.CACHE
    assert len([r for r in sim_state.requests if r.path == TRACKERS_PATH]) == 1
    # Other rows are not limited.
    asyncio.run(lookups.cohorts())
    asyncio.run(lookups.cohorts())
    assert sum("cohort" in r.path for r in sim_state.requests) == 2


def test_without_a_cache_the_second_tracker_call_waits_out_the_interval(
    sim_state, monkeypatch
) -> None:
    from dataclasses import replace

    from moment_gui.api import models

    lookups = make_demo_lookups(state=sim_state)
    saved = models.ENDPOINTS["trackers"]
    assert saved.min_interval_s == 5.0
    # keep the test quick: the same row with a shorter interval
    monkeypatch.setitem(models.ENDPOINTS, "trackers", replace(saved, min_interval_s=0.3))
    try:

        async def twice() -> float:
            await lookups.trackers()
            loop = asyncio.get_running_loop()
            started = loop.time()
            await lookups.trackers()
            return loop.time() - started

        waited = asyncio.run(twice())
    finally:
        monkeypatch.undo()
    assert waited >= 0.25
    assert len([r for r in sim_state.requests if r.path == TRACKERS_PATH]) == 2


def test_held_requests_wait_for_the_release_while_cached_answers_do_not(cache) -> None:
    world = SimulatorState.demo()
    asyncio.run(make_demo_lookups(cache=cache, state=world).cohorts())
    lookups = make_demo_lookups(cache=cache, state=world)
    asked = len(world.requests)

    async def held() -> list[Source]:
        release = lookups.hold_network()
        sources: list[Source] = []

        async def follow() -> None:
            async for answer in lookups.cohorts.revalidate():
                sources.append(answer.source)

        task = asyncio.ensure_future(follow())
        for _ in range(5):
            await asyncio.sleep(0)
        assert sources == [Source.CACHE] and len(world.requests) == asked
        release()
        await task
        return sources

    assert asyncio.run(held()) == [Source.CACHE, Source.DEMO]


def test_changes_name_what_a_refresh_changed_for_any_row() -> None:
    old = [
        {"id": 1, "name": "Spring", "status": "AVAILABLE", "populationScore": 1200},
        {"id": 2, "name": "Summer", "status": "AVAILABLE", "populationScore": "300"},
        {"id": 3, "name": "Autumn", "status": "AVAILABLE"},
        {"id": 4, "name": "Winter", "talkChannelGroupFileStatus": "COMPLETE", "friendCount": 5},
        {"eventCode": "*", "eventName": "All events", "population": 10},
    ]
    new = [
        {"id": 1, "name": "Spring", "status": "DELETE", "populationScore": 1200},
        {"id": 2, "name": "Summer sale", "status": "AVAILABLE", "populationScore": 300},
        {"id": 4, "name": "Winter", "talkChannelGroupFileStatus": "COMPLETE", "friendCount": 9},
        {"eventCode": "*", "eventName": "All events", "population": 10},
        {"id": 5, "name": "New one", "status": "AVAILABLE"},
    ]
    found = {c.key: c for c in changes(old, new)}
    assert set(found) == {"1", "2", "3", "4"}
    assert found["1"].new_state == "DELETE" and found["1"].unusable_now
    assert found["2"].new_name == "Summer sale" and found["2"].new_state is None
    assert found["2"].new_size is None  # "300" and 300 are the same size
    assert found["3"].gone
    assert (found["4"].old_size, found["4"].new_size) == (5, 9) and not found["4"].unusable_now
    assert changes(new, new) == []


CHANNELS_PATH = "/openapi/v4/adGroups/targetings/talkChannels/availables"


def _channel_requests(state: SimulatorState) -> int:
    return sum(r.path == CHANNELS_PATH for r in state.requests)


def test_two_panels_asking_for_the_channel_list_at_once_share_one_request(cache, sim_state) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)
    sim_state.faults = FaultConfig(latency_s=0.05)  # both askers are waiting at the same time

    async def both_tabs() -> tuple[list[LookupResult[Any]], list[LookupResult[Any]]]:
        return await asyncio.gather(  # the Talk channels tab and the friend-groups tab
            collect(lookups.talk_channels.revalidate()), collect(lookups.talk_channels.revalidate())
        )

    channels_tab, groups_tab = asyncio.run(both_tabs())
    assert _channel_requests(sim_state) == 1
    assert channels_tab[0].items == groups_tab[0].items and channels_tab[0].items
    # Once it has landed, a later ask is a new request (sharing is not caching).
    asyncio.run(lookups.talk_channels())
    assert _channel_requests(sim_state) == 2


def test_a_cancelled_asker_does_not_cancel_the_request_another_panel_waits_for(
    cache, sim_state
) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)
    sim_state.faults = FaultConfig(latency_s=0.05)

    async def one_gives_up() -> LookupResult[Any]:
        leaving = asyncio.ensure_future(lookups.talk_channels())
        staying = asyncio.ensure_future(lookups.talk_channels())
        await asyncio.sleep(0.01)
        leaving.cancel()
        return await staying

    answer = asyncio.run(one_gives_up())
    assert answer.items and _channel_requests(sim_state) == 1
