"""The shared `sim_server` fixture serves each test's own state over real HTTP."""

from __future__ import annotations

import httpx

from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN

HEADERS = {"Authorization": f"Bearer {DEMO_TOKEN}", "adAccountId": str(DEMO_AD_ACCOUNT_ID)}
COHORTS = "/openapi/v4/adGroups/targetings/cohort/availables"


def test_sim_server_serves_demo_depth1_over_loopback(sim_server: str) -> None:
    assert sim_server.startswith("http://127.0.0.1:")
    response = httpx.get(f"{sim_server}/openapi/v4/targetings/location/depth1", headers=HEADERS)
    assert response.status_code == 200
    assert response.json()[0] == {
        "value": "A",
        "description": "강원특별자치도",
        "depth1Name": "강원특별자치도",
    }


def test_sim_server_sees_this_tests_mutation(sim_server: str, sim_state) -> None:
    sim_state.cohorts = [c for c in sim_state.cohorts if c["id"] != 1]
    ids = {c["id"] for c in httpx.get(f"{sim_server}{COHORTS}", headers=HEADERS).json()}
    assert 1 not in ids


def test_sim_server_does_not_leak_the_previous_tests_mutation(sim_server: str) -> None:
    ids = {c["id"] for c in httpx.get(f"{sim_server}{COHORTS}", headers=HEADERS).json()}
    assert 1 in ids
