"""Every lookup answers in the seed's wire shape, and every documented error is reproduced."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState, create_app

V4 = "/openapi/v4"
DEPTH1 = f"{V4}/targetings/location/depth1"
DEPTH2 = f"{V4}/targetings/location/depth2"
DEPTH3 = f"{V4}/targetings/location/depth3"
AD_SERVING = f"{V4}/targetings/placement/adServingCategories"
SECTION = f"{V4}/targetings/placement/sectionCategories"
COHORTS = f"{V4}/adGroups/targetings/cohort/availables"
EVENTS = f"{V4}/adGroups/targetings/trackers/eventCreatables"
CUSTOMER_FILES = f"{V4}/adGroups/targetings/customerFiles/availables"
TALK_CHANNELS = f"{V4}/adGroups/targetings/talkChannels/availables"
SYNC_PROFILES = f"{V4}/adGroups/targetings/syncProfiles/availables"
FRIEND_GROUPS = f"{V4}/adGroups/targetings/talkChannelGroupFiles/availables"
TRACKERS = f"{V4}/trackers/rights"
SHOP_PIXEL = "3830610710806837838"
OTHER_ACCOUNT_PIXEL = "5512001234567890123"
HEADERS = {"Authorization": f"Bearer {DEMO_TOKEN}", "adAccountId": str(DEMO_AD_ACCOUNT_ID)}
ACCOUNT_PATHS = [COHORTS, CUSTOMER_FILES, TALK_CHANNELS, SYNC_PROFILES, TRACKERS]


def get(
    state: SimulatorState,
    path: str,
    params: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(state))
        async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
            return await client.get(
                path, params=params, headers=HEADERS if headers is None else headers
            )

    return asyncio.run(go())


def ok(state: SimulatorState, path: str, **params: Any) -> list[dict[str, Any]]:
    response = get(state, path, params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json;charset=UTF-8"
    body: list[dict[str, Any]] = response.json()
    return body


# --- regions --------------------------------------------------------------------------------


def test_depth1_is_kakaos_type_table_in_order(sim_state: SimulatorState) -> None:
    items = ok(sim_state, DEPTH1)
    assert [i["value"] for i in items] == list("ABCDEFGHIJKLMNOPQUZ")
    assert all(set(i) == {"value", "description", "depth1Name"} for i in items)
    assert all(i["description"] == i["depth1Name"] for i in items)
    assert items[0]["depth1Name"] == "강원특별자치도"


def test_depth2_keyword_seoul_finds_its_25_districts_with_seed_keys(sim_state) -> None:
    items = ok(sim_state, DEPTH2, keyword="서울")
    assert len(items) == 25
    assert items[0] == {
        "value": "I1000",
        "description": "서울특별시 강남구",
        "depth1Name": "서울특별시",
        "depth2Name": "강남구",
    }
    assert items[1]["value"] == "I1001" and items[1]["depth2Name"] == "강동구"


def test_depth2_keyword_gangwon_finds_the_renamed_special_province(sim_state) -> None:
    items = ok(sim_state, DEPTH2, keyword="강원")
    assert len(items) == 18
    assert {i["depth1Name"] for i in items} == {"강원특별자치도"}


def test_depth2_matches_a_district_name_anywhere(sim_state) -> None:
    items = ok(sim_state, DEPTH2, keyword="분당")
    assert [i["description"] for i in items] == ["경기도 성남시 분당구"]
    assert items[0]["depth2Name"] == "성남시 분당구"


def test_depth3_keyword_gangnam_gu_finds_its_dongs_by_description(sim_state) -> None:
    items = ok(sim_state, DEPTH3, keyword="강남구")
    assert len(items) == 22
    assert {i["description"] for i in items} == {"서울특별시 강남구"}
    assert all(i["value"].startswith("I1000") and len(i["value"]) == 9 for i in items)
    assert set(items[0]) == {"value", "description", "depth1Name", "depth2Name", "depth3Name"}


def test_depth3_keyword_nonhyeon_finds_the_administrative_dongs(sim_state) -> None:
    names = {i["depth3Name"] for i in ok(sim_state, DEPTH3, keyword="논현")}
    assert {"논현1동", "논현2동"} <= names
    assert "논현동" not in names  # a 법정동, not a 행정동


def test_unmatched_keyword_answers_an_empty_list(sim_state) -> None:
    assert ok(sim_state, DEPTH2, keyword="없는지역") == []


@pytest.mark.parametrize(
    ("path", "detail_code", "detail_msg"),
    [
        (DEPTH2, 75029, "조회할 시/군/구 검색어를 입력해 주세요."),
        (DEPTH3, 75528, "조회할 동/읍/면 검색어를 입력해 주세요."),
    ],
)
@pytest.mark.parametrize("params", [None, {"keyword": ""}, {"keyword": "   "}])
def test_missing_or_blank_keyword_is_the_seeds_400(
    sim_state, path, detail_code, detail_msg, params
):
    response = get(sim_state, path, params)
    assert response.status_code == 400
    assert response.json() == {
        "code": -813,
        "msg": "KakaoMomentException",
        "extras": {"detailCode": detail_code, "detailMsg": detail_msg},
    }


# --- placements -----------------------------------------------------------------------------


def test_ad_serving_categories_are_iab_tier1_codes_with_names(sim_state) -> None:
    items = ok(sim_state, AD_SERVING)
    assert [i["code"] for i in items] == [f"IAB{n}" for n in range(1, 27)]
    assert all(set(i) == {"code", "name"} and i["name"] for i in items)
    assert {"code": "IAB16", "name": "애완동물"} in items


def test_section_categories_include_the_seeds_chat_tab_code(sim_state) -> None:
    items = ok(sim_state, SECTION)
    assert {"code": "KKO99-1", "name": "채팅탭에만 노출"} in items
    assert all(set(i) == {"code", "name"} for i in items)


# --- audiences ------------------------------------------------------------------------------


def test_cohorts_cover_every_status_and_type_of_this_account_only(sim_state) -> None:
    items = ok(sim_state, COHORTS)
    assert {i["adAccountId"] for i in items} == {DEMO_AD_ACCOUNT_ID}
    assert {i["status"] for i in items} == {
        "WAITING", "AVAILABLE_ERROR", "AVAILABLE", "SEED_NOT_ENOUGH", "DELETE", "ERROR",
    }  # fmt: skip
    assert {i["audienceType"] for i in items} == {"DISPLAY", "MESSAGE"}
    required = {"adAccountId", "id", "audienceType", "name", "baseAds", "collectDuration",
                "status", "createdDate", "lastModifiedDate"}  # fmt: skip
    assert all(required <= set(i) for i in items)
    ad = items[0]["baseAds"][0]
    assert set(ad["campaign"]["campaignTypeGoal"]) == {"campaignType", "goal"}
    assert {"adGroup", "operation", "firstIndicator"} <= set(ad)


def test_pixel_events_start_with_all_events_which_has_no_track_rule(sim_state) -> None:
    items = ok(sim_state, f"{EVENTS}/{SHOP_PIXEL}", term=30)
    first = items[0]
    assert first["eventCode"] == "*" and first["eventName"] == "모든 이벤트"
    assert "trackRule" not in first and first["trackRuleId"] == "*"
    codes = {i["eventCode"] for i in items}
    assert {"PageView", "Purchase", "AddToCart"} <= codes
    for event in items[1:]:
        rule = event["trackRule"]
        assert set(rule) == {"trackRuleId", "trackId", "eventCode", "name", "ruleSetStr"}
        assert rule["trackId"] == SHOP_PIXEL and rule["eventCode"] == event["eventCode"]
        assert event["population"] <= first["population"]


def test_pixel_event_population_grows_with_the_term(sim_state) -> None:
    def all_events(term: int) -> int:
        return int(ok(sim_state, f"{EVENTS}/{SHOP_PIXEL}", term=term)[0]["population"])

    stored = sim_state.trackers[0]["events"][0]["population"]
    assert all_events(1) < all_events(30) == stored < all_events(180)


@pytest.mark.parametrize(
    "params", [None, {"term": 0}, {"term": 181}, {"term": "abc"}, {"term": 1.5}]
)
def test_bad_term_is_a_parameter_error(sim_state, params) -> None:
    response = get(sim_state, f"{EVENTS}/{SHOP_PIXEL}", params)
    assert response.status_code == 400
    assert response.json()["code"] == -2


@pytest.mark.parametrize("track_id", ["999", OTHER_ACCOUNT_PIXEL])
def test_unknown_or_foreign_tracker_is_a_business_error(sim_state, track_id) -> None:
    response = get(sim_state, f"{EVENTS}/{track_id}", {"term": 30})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == -813 and body["extras"]["detailCode"] == 71003


def test_trackers_list_this_accounts_pixels(sim_state) -> None:
    items = ok(sim_state, TRACKERS)
    assert len(items) == 3
    assert all({"id", "name"} <= set(i) and "events" not in i for i in items)
    assert SHOP_PIXEL in {i["id"] for i in items}


def test_customer_files_cover_every_status_and_readiness(sim_state) -> None:
    items = ok(sim_state, CUSTOMER_FILES)
    assert {i["status"] for i in items} == {"WAITING", "COMPLETE", "DELETE", "ERROR"}
    complete = [i for i in items if i["status"] == "COMPLETE"]
    assert {i["ready"] for i in complete} == {True, False}
    assert all({"id", "adAccountId", "name", "adidListKey", "ready"} <= set(i) for i in items)
    # populationScore arrives both as a number and as a string, as in the seed.
    assert {type(i["populationScore"]) for i in items if "populationScore" in i} == {int, str}


@pytest.mark.parametrize("path", [TALK_CHANNELS, SYNC_PROFILES])
def test_channel_and_sync_profiles_have_id_name_search_id(sim_state, path) -> None:
    items = ok(sim_state, path)
    assert len(items) >= 2
    assert all(set(i) == {"id", "name", "searchId"} for i in items)
    assert all(i["id"].startswith("_") for i in items)


def test_friend_groups_of_one_channel_in_every_status_and_file_type(sim_state) -> None:
    items = ok(sim_state, FRIEND_GROUPS, profileId="_xbHxd")
    assert {i["profileId"] for i in items} == {"_xbHxd"}
    assert {i["talkChannelGroupFileStatus"] for i in items} == {
        "WAITING",
        "COMPLETE",
        "DELETE",
        "ERROR",
    }
    assert {i["fileType"] for i in items} == {"APP_USER_ID", "PHONE_NUMBER", "MESSAGE_RETARGET"}
    required = {"id", "name", "profileId", "groupKey", "fileType", "talkChannelGroupFileStatus",
                "createdDate"}  # fmt: skip
    assert all(required <= set(i) for i in items)


def test_friend_groups_need_a_known_profile_id(sim_state) -> None:
    missing = get(sim_state, FRIEND_GROUPS)
    assert missing.status_code == 400 and missing.json()["code"] == -2
    unknown = get(sim_state, FRIEND_GROUPS, {"profileId": "_nope"})
    assert unknown.status_code == 400
    assert unknown.json()["code"] == -813 and unknown.json()["extras"]["detailCode"] == 73004


# --- authentication and ad accounts ---------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": DEMO_TOKEN}],
    ids=["missing", "wrong", "no-bearer"],
)
@pytest.mark.parametrize("path", [DEPTH1, COHORTS])
def test_missing_or_wrong_token_is_401(sim_state, headers, path) -> None:
    response = get(sim_state, path, headers={**headers, "adAccountId": "1234"})
    assert response.status_code == 401
    assert response.json()["code"] == -401
    assert "wrong-token" not in response.text and DEMO_TOKEN not in response.text


@pytest.mark.parametrize("path", ACCOUNT_PATHS)
def test_missing_or_malformed_ad_account_is_a_parameter_error(sim_state, path) -> None:
    auth = {"Authorization": HEADERS["Authorization"]}
    for headers in (auth, {**auth, "adAccountId": "abc"}):
        response = get(sim_state, path, headers=headers)
        assert response.status_code == 400
        assert response.json()["code"] == -2


@pytest.mark.parametrize("path", ACCOUNT_PATHS)
def test_unknown_ad_account_is_403_with_detail_6003(sim_state, path) -> None:
    response = get(sim_state, path, headers={**HEADERS, "adAccountId": "999999"})
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == -813 and body["extras"]["detailCode"] == 6003
