"""Tests change the simulator's world between requests, and the next request sees it."""

from __future__ import annotations

import httpx

from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState

V4 = "/openapi/v4"
HEADERS = {"Authorization": f"Bearer {DEMO_TOKEN}", "adAccountId": str(DEMO_AD_ACCOUNT_ID)}


def get(base: str, path: str, **params: str) -> httpx.Response:
    return httpx.get(f"{base}{V4}{path}", params=params, headers=HEADERS)


def test_region_renamed_under_the_same_key_is_served_renamed(sim_server, sim_state) -> None:
    region = sim_state.region("A")
    region["description"] = region["depth1Name"] = "강원도"
    depth1 = get(sim_server, "/targetings/location/depth1").json()
    assert depth1[0] == {"value": "A", "description": "강원도", "depth1Name": "강원도"}


def test_deleted_cohort_disappears_and_deleted_status_shows(sim_server, sim_state) -> None:
    sim_state.cohorts = [c for c in sim_state.cohorts if c["id"] != 2]
    next(c for c in sim_state.cohorts if c["id"] == 1)["status"] = "DELETE"
    cohorts = {c["id"]: c for c in get(sim_server, "/adGroups/targetings/cohort/availables").json()}
    assert 2 not in cohorts
    assert cohorts[1]["status"] == "DELETE"


def test_customer_file_set_to_delete_is_served_as_delete(sim_server, sim_state) -> None:
    sim_state.customer_files[0]["status"] = "DELETE"
    files = get(sim_server, "/adGroups/targetings/customerFiles/availables").json()
    assert files[0]["id"] == sim_state.customer_files[0]["id"]
    assert files[0]["status"] == "DELETE"


def test_revoked_token_is_refused_on_the_next_request(sim_server, sim_state) -> None:
    assert get(sim_server, "/targetings/location/depth1").status_code == 200
    sim_state.valid_tokens.discard(DEMO_TOKEN)
    assert get(sim_server, "/targetings/location/depth1").status_code == 401


def test_removed_ad_account_is_refused_with_403(sim_server, sim_state) -> None:
    sim_state.ad_account_ids.discard(DEMO_AD_ACCOUNT_ID)
    assert get(sim_server, "/adGroups/targetings/cohort/availables").status_code == 403


def test_demo_states_do_not_share_data() -> None:
    first, second = SimulatorState.demo(), SimulatorState.demo()
    first.region("I1000")["depth2Name"] = "바뀐구"
    first.cohorts[0]["baseAds"][0]["campaign"]["name"] = "changed"
    first.talk_channels.clear()
    assert second.region("I1000")["depth2Name"] == "강남구"
    assert second.cohorts[0]["baseAds"][0]["campaign"]["name"] != "changed"
    assert second.talk_channels
    assert SimulatorState.demo().region("I1000")["depth2Name"] == "강남구"


def test_request_log_keeps_paths_and_queries_but_no_headers(sim_server, sim_state) -> None:
    get(sim_server, "/targetings/location/depth2", keyword="서울")
    record = sim_state.requests[-1]
    assert record.path == f"{V4}/targetings/location/depth2"
    assert "keyword=" in record.query
    assert DEMO_TOKEN not in repr(sim_state.requests)
