"""The simulator's ad accounts, campaigns and ad groups: the demo world obeys Kakao's own rules,
and the hooks tests use to play "someone else on Kakao" behave as documented."""

from __future__ import annotations

import copy

import httpx
import pytest

from moment_gui.simulator import DEMO_TOKEN, SimulatorState
from moment_gui.simulator.adgroup_rules import check_ad_group
from moment_gui.simulator.demo_world import CREATABLE
from moment_gui.simulator.errors import ApiError

HEADERS = {"Authorization": f"Bearer {DEMO_TOKEN}", "adAccountId": "1234"}


def account_of(state: SimulatorState, group: dict) -> int:
    campaign = state.campaign(group["campaign"]["id"])
    assert campaign is not None
    return int(campaign["adAccountId"])


def test_every_demo_ad_group_passes_kakaos_rules_as_it_is() -> None:
    state = SimulatorState.demo()
    for group in state.ad_groups.values():
        check_ad_group(state, account_of(state, group), group, copy.deepcopy(group))


def test_the_demo_world_has_every_creatable_campaign_and_both_period_spellings() -> None:
    state = SimulatorState.demo()
    pairs = {
        (c["campaignTypeGoal"]["campaignType"], c["campaignTypeGoal"]["goal"])
        for c in state.campaigns
        if c["adAccountId"] == 1234
    }
    assert pairs == set(CREATABLE)
    items = [
        item
        for g in state.ad_groups.values()
        for item in g.get("targeting", {}).get("trackerTargetings", [])
    ]
    assert any("term" in i for i in items) and any("trackerTargetingTerms" in i for i in items)
    assert any("talkChannelGroupFileTargetings" in g["targeting"] for g in state.ad_groups.values())


def test_a_rule_break_is_kakaos_error_body() -> None:
    state = SimulatorState.demo()
    group = state.ad_groups[800101]
    body = copy.deepcopy(group)
    body["targeting"]["locations"].append(copy.deepcopy(state.region("I")))
    body["targeting"]["depth2Locations"].append(copy.deepcopy(state.region("I1000")))
    with pytest.raises(ApiError) as caught:
        check_ad_group(state, 1234, group, body)
    assert caught.value.status == 400
    assert caught.value.body["code"] == -813
    assert caught.value.body["extras"]["detailCode"] == 22087


def test_moving_an_ad_group_to_another_campaign_is_refused() -> None:
    state = SimulatorState.demo()
    group = state.ad_groups[800101]
    body = copy.deepcopy(group)
    body["campaign"] = {"id": 700102}
    with pytest.raises(ApiError) as caught:
        check_ad_group(state, 1234, group, body)
    assert caught.value.body["extras"]["detailCode"] == 91009


def test_a_change_after_the_next_read_comes_after_that_answer(sim_server, sim_state) -> None:
    sim_state.change_after_next_read(800101, lambda g: g.update(bidAmount=999))
    url = f"{sim_server}/openapi/v4/adGroups/800101"
    first = httpx.get(url, headers=HEADERS).json()
    second = httpx.get(url, headers=HEADERS).json()
    assert first["bidAmount"] == 180 and second["bidAmount"] == 999
    assert second["lastModifiedDate"] != first["lastModifiedDate"]


def test_ad_groups_of_another_account_are_not_found(sim_server) -> None:
    answer = httpx.get(f"{sim_server}/openapi/v4/adGroups/809001", headers=HEADERS)
    assert answer.status_code == 400 and answer.json()["extras"]["detailCode"] == 91008


def test_account_pages_validate_their_parameters(sim_server) -> None:
    auth = {"Authorization": f"Bearer {DEMO_TOKEN}"}
    url = f"{sim_server}/openapi/v4/adAccounts/pages"
    assert httpx.get(url, params={"size": "0"}, headers=auth).json()["code"] == -2
    on_only = httpx.get(url, params={"config": "OFF", "size": "50"}, headers=auth).json()
    assert on_only["totalElements"] == 3 and {a["config"] for a in on_only["content"]} == {"OFF"}
    assert httpx.get(url).status_code == 401
