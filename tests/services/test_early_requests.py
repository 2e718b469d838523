"""A cold start's requests leave before the audience tabs are built: `ask_early` sends a
request for an asker still to come, the asker takes its answer (even one that landed before
it asked), and `on_the_wire` waits until every request asked has left, not until answered."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from moment_gui.api import MomentClient
from moment_gui.api.on_the_wire import ON_THE_WIRE
from moment_gui.demo import make_demo_lookups
from moment_gui.services.lookups import LookupResult, LookupService, Source
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState
from moment_gui.simulator.state import FaultConfig
from moment_gui.store.cache import LookupCache

COHORTS_PATH = "/openapi/v4/adGroups/targetings/cohort/availables"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def cache(tmp_path: Path) -> LookupCache:
    return LookupCache(tmp_path / "lookups.sqlite3")


def asked(world: SimulatorState, path: str) -> int:
    return sum(r.path == path for r in world.requests)


async def collect(answers: Any) -> list[LookupResult[Any]]:
    return [answer async for answer in answers]


def test_an_early_answer_that_landed_before_its_asker_came_is_taken_not_asked_again(
    cache, sim_state
) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)

    async def early_then_ask() -> list[LookupResult[Any]]:
        lookups.cohorts.ask_early()
        await asyncio.sleep(0.2)  # landed (and held for the cache) before the tab asks
        return await collect(lookups.cohorts.revalidate())

    answers = asyncio.run(early_then_ask())
    assert asked(sim_state, COHORTS_PATH) == 1
    # The asker's own fresh answer, once: not shown as "cached" and then refreshed.
    assert [a.source for a in answers] == [Source.DEMO] and answers[0].items
    # Taken once: the next ask is a new request (sharing is still not caching).
    asyncio.run(lookups.cohorts())
    assert asked(sim_state, COHORTS_PATH) == 2


def test_an_early_request_still_travelling_is_shared_with_its_asker(cache, sim_state) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)
    sim_state.faults = FaultConfig(latency_s=0.1)

    async def early_then_ask() -> list[LookupResult[Any]]:
        lookups.cohorts.ask_early()
        return await collect(lookups.cohorts.revalidate())

    answers = asyncio.run(early_then_ask())
    assert asked(sim_state, COHORTS_PATH) == 1
    assert [a.source for a in answers] == [Source.DEMO]


def test_an_early_request_nobody_took_is_cancelled_and_forgotten(cache, sim_state) -> None:
    lookups = make_demo_lookups(cache=cache, state=sim_state)
    sim_state.faults = FaultConfig(latency_s=5.0)

    async def early_then_forget() -> None:
        lookups.friend_groups.ask_early("a channel the tab did not choose after all")
        await asyncio.sleep(0.05)
        assert lookups._inflight
        lookups.forget_early()
        assert not lookups._inflight
        await asyncio.sleep(0.05)  # the cancelled request's task ends without a warning

    asyncio.run(early_then_forget())


class _Travelling:
    """A client whose requests leave (or not) and are never answered."""

    ad_account_id = DEMO_AD_ACCOUNT_ID

    def __init__(self, *, leaves: bool) -> None:
        self.leaves = leaves
        self.asked = 0

    async def lookup(self, endpoint: Any, *args: Any) -> Any:
        self.asked += 1
        told = ON_THE_WIRE.get()
        if self.leaves and told is not None:
            told()
        await asyncio.Event().wait()  # the answer is on its way


def test_on_the_wire_returns_once_every_request_has_left_not_when_answered(cache) -> None:
    client = _Travelling(leaves=True)
    lookups = LookupService(client, cache)

    async def send() -> float:
        for row in (lookups.cohorts, lookups.customer_files, lookups.sync_profiles):
            row.ask_early()
        started = time.monotonic()
        await lookups.on_the_wire(timeout=10.0)
        waited = time.monotonic() - started
        assert client.asked == 3
        lookups.forget_early()
        return waited

    assert asyncio.run(send()) < 1.0


def test_on_the_wire_gives_up_after_its_timeout_when_requests_cannot_leave(cache) -> None:
    lookups = LookupService(_Travelling(leaves=False), cache)

    async def send() -> float:
        lookups.cohorts.ask_early()
        started = time.monotonic()
        await lookups.on_the_wire(timeout=0.1)
        waited = time.monotonic() - started
        lookups.forget_early()
        return waited

    assert 0.09 <= asyncio.run(send()) < 2.0


@pytest.mark.anyio
async def test_over_real_http_a_request_counts_as_left_once_its_headers_are_sent(
    sim_server, sim_state, cache
) -> None:
    sim_state.faults = FaultConfig(latency_s=2.0)  # answered long after it has left
    client = MomentClient(DEMO_TOKEN, base_url=sim_server, ad_account_id=DEMO_AD_ACCOUNT_ID)
    lookups = LookupService(client, cache)
    try:
        lookups.cohorts.ask_early()
        started = time.monotonic()
        await lookups.on_the_wire(timeout=1.5)
        assert time.monotonic() - started < 1.0, "waited for the answer, not for the sending"
        assert lookups._unsent == set()
    finally:
        lookups.forget_early()
        await client.aclose()
