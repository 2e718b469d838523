"""Kakao data categories (관심사 / 업종): the client over real HTTP against the simulator, the
simulator's answers and errors, the tolerant model, and the cached lookup row."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from moment_gui.api import DataCategory, MomentApiError, MomentClient, RequestRejected
from moment_gui.api.models import data_category_level, parse_data_categories
from moment_gui.services.lookups import LookupService, NotCached, Source
from moment_gui.simulator import DEMO_TOKEN, SimulatorState, create_app
from moment_gui.store.cache import LookupCache

PATH = "/openapi/v4/targetings/data/categories"


def sim_client(base_url: str, **kwargs: Any) -> MomentClient:
    return MomentClient(
        DEMO_TOKEN, base_url=base_url, retry_wait_initial=0.0, retry_wait_max=0.0, **kwargs
    )


def fetch(base_url: str, category_type: str) -> list[DataCategory]:
    async def go() -> list[DataCategory]:
        async with sim_client(base_url) as client:
            return await client.data_categories(category_type)

    return asyncio.run(go())


@pytest.mark.parametrize("category_type", ["INTEREST", "BUSINESS_TYPE"])
def test_both_types_arrive_as_three_levels_with_parents_from_the_id(
    sim_server: str, sim_state: SimulatorState, category_type: str
) -> None:
    categories = fetch(sim_server, category_type)
    assert [c.id for c in categories] == [o["id"] for o in sim_state.data_categories[category_type]]
    by_id = {c.id: c for c in categories}
    assert {c.depth for c in categories} == {1, 2, 3}
    for c in categories:
        assert len(c.id) == {1: 3, 2: 5, 3: 7}[c.depth or 0]
        assert c.name and c.raw["id"] == c.id
        if c.depth == 1:
            assert c.parent_id is None
        else:
            assert c.parent_id == c.id[:-2] and by_id[c.parent_id].depth == (c.depth or 0) - 1
    assert [r.query for r in sim_state.requests if r.path == PATH] == [f"type={category_type}"]


def test_interests_and_business_types_are_different_lists(sim_server: str) -> None:
    interests = fetch(sim_server, "INTEREST")
    business = fetch(sim_server, "business_type")  # spelled loosely: sent as Kakao wants it
    assert "게임" in {c.name for c in interests} and "병원" in {c.name for c in business}
    assert not {c.id for c in interests} & {c.id for c in business}


@pytest.mark.parametrize("bad", ["", "  ", "AGE", None])
def test_a_missing_or_unknown_type_is_refused_before_sending(
    sim_server: str, sim_state: SimulatorState, bad: Any
) -> None:
    with pytest.raises(RequestRejected) as caught:
        fetch(sim_server, bad)
    assert "INTEREST" in str(caught.value.plain_message)
    assert not [r for r in sim_state.requests if r.path == PATH]


def simulator_get(state: SimulatorState, params: dict[str, str]) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(state))
        async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
            headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
            return await client.get(PATH, params=params, headers=headers)

    return asyncio.run(go())


@pytest.mark.parametrize("params", [{}, {"type": ""}, {"type": "GENDER"}])
def test_simulator_fails_without_a_valid_type_as_kakao_does(sim_state, params) -> None:
    response = simulator_get(sim_state, params)
    assert response.status_code == 400
    assert response.json()["code"] == -2 and "type" in response.json()["msg"]


def test_simulator_answers_with_the_type_and_a_data_list(sim_state) -> None:
    body = simulator_get(sim_state, {"type": "INTEREST"}).json()
    assert body["type"] == "INTEREST" and isinstance(body["data"], list)
    assert set(body["data"][0]) == {"id", "name"}


def test_a_revoked_token_is_refused_for_data_categories_too(sim_state) -> None:
    sim_state.valid_tokens.clear()
    assert simulator_get(sim_state, {"type": "INTEREST"}).status_code == 401


def test_server_errors_reach_the_caller_as_api_errors(sim_server: str, sim_state) -> None:
    sim_state.faults.error_rate = 1.0

    async def go() -> None:
        async with sim_client(sim_server, retry_attempts=1) as client:
            await client.data_categories("INTEREST")

    with pytest.raises(MomentApiError) as caught:
        asyncio.run(go())
    assert caught.value.status == 500


# --- the model: tolerant of shapes Kakao has not documented ----------------------------


def test_a_nested_tree_is_flattened_parents_first_without_duplicates() -> None:
    body = {
        "type": "INTEREST",
        "data": [
            {
                "id": "I01",
                "name": "게임",
                "children": [
                    {
                        "id": "I0101",
                        "name": "모바일게임",
                        "children": [{"id": "I010101", "name": "RPG"}],
                    }
                ],
            },
            {"id": "I0101", "name": "모바일게임"},
        ],
    }
    got = parse_data_categories(body)
    assert [(c.id, c.depth, c.parent_id) for c in got] == [
        ("I01", 1, None),
        ("I0101", 2, "I01"),
        ("I010101", 3, "I0101"),
    ]
    assert "children" not in got[0].raw  # the cache stores each category once


def test_a_bare_list_and_ids_of_another_shape_are_accepted() -> None:
    got = parse_data_categories([{"id": 12345678, "name": "x", "depth": "2", "parentId": "99"}])
    assert got[0].id == "12345678" and got[0].depth == 2 and got[0].parent_id == "99"
    assert data_category_level("A01") == (1, None)
    assert data_category_level("A01xy") == (None, None)


def test_a_category_without_an_id_is_an_unexpected_answer() -> None:
    from moment_gui.api import UnexpectedResponse

    with pytest.raises(UnexpectedResponse):
        parse_data_categories({"type": "INTEREST", "data": [{"name": "게임"}]})
    with pytest.raises(UnexpectedResponse):
        parse_data_categories({"type": "INTEREST", "data": "none"})


# --- the lookup row: cached per type, offline from the cache ---------------------------


def test_lookup_caches_each_type_and_answers_offline_from_it(sim_server: str) -> None:
    cache = LookupCache()

    async def go() -> None:
        async with sim_client(sim_server) as client:
            live = await LookupService(client, cache).data_categories("INTEREST")
            assert live.source is Source.LIVE and live.items
            offline = LookupService(client, cache, offline_only=True)
            cached = await offline.data_categories("INTEREST")
            assert cached.source is Source.CACHE and cached.items == live.items
            with pytest.raises(NotCached):
                await offline.data_categories("BUSINESS_TYPE")

    asyncio.run(go())
