"""Demo ad accounts, campaigns and ad groups, built from the demo regions and audiences.

Shapes follow shared doc §1b: accounts as `GET /adAccounts/pages` lists them, campaigns with
`campaignTypeGoal`, and whole ad groups with the fields the picker edits (regions, placement
and section categories, audiences) *and* the ones it does not (bid, budget, schedule,
deviceTypes, ages, lookalikes, and keys no public source names, nested a few levels deep),
because those must survive a round trip untouched. Pixel periods come in both spellings:
`term` (our guess) and `trackerTargetingTerms: ["ONE_MONTH"]` (the 2021 bodies).
"""

from __future__ import annotations

import copy
from typing import Any

JsonObject = dict[str, Any]

# The type x goal pairs the Open API can create [docs]; PERSONAL_MESSAGE x REACH [observed].
CREATABLE = (
    ("TALK_BIZ_BOARD", "CONVERSION"),
    ("TALK_BIZ_BOARD", "VISITING"),
    ("DISPLAY", "CONVERSION"),
    ("DISPLAY", "VISITING"),
    ("VIDEO", "VIEW"),
    ("TALK_CHANNEL", "REACH"),
    ("PERSONAL_MESSAGE", "REACH"),
)
_TYPE_NAMES = {
    "TALK_BIZ_BOARD": "비즈보드",
    "DISPLAY": "디스플레이",
    "VIDEO": "동영상",
    "TALK_CHANNEL": "카카오톡 채널",
    "PERSONAL_MESSAGE": "개인화 메시지",
}
_GOAL_NAMES = {"CONVERSION": "전환", "VISITING": "방문", "VIEW": "조회", "REACH": "도달"}
_PLACEMENTS = {
    "TALK_BIZ_BOARD": ["KAKAO_TALK"],
    "DISPLAY": ["KAKAO_TALK", "DAUM", "NETWORK"],
    "VIDEO": ["KAKAO_TALK", "DAUM"],
    "TALK_CHANNEL": ["KAKAO_TALK"],
    "PERSONAL_MESSAGE": ["KAKAO_TALK"],
}
EXTRA_ACCOUNTS = 21  # with the two demo accounts: 23, three pages of ten
FIRST_CAMPAIGN_ID = 700101
FIRST_AD_GROUP_ID = 800101
NO_PERMISSION_AD_ACCOUNT_ID = 4321  # exists, but the demo token is not a member (9004)


def ad_accounts(known: list[JsonObject]) -> list[JsonObject]:
    """The demo accounts first, then filler accounts so the list spans several pages."""
    out = [
        {"id": int(a["id"]), "name": a["name"], "memberType": "MASTER", "config": "ON"}
        for a in known
    ]
    for i in range(EXTRA_ACCOUNTS):
        out.append(
            {
                "id": 200001 + i,
                "name": f"대행 광고계정 {i + 3:02d}",
                "memberType": "MEMBER" if i % 3 else "MASTER",
                "config": "OFF" if i % 7 == 6 else "ON",
            }
        )
    return out


def _schedule(begin: str) -> JsonObject:
    # The 2021 create body's shape: a 24-slot "0"/"1" string per weekday.
    office = "0" * 9 + "1" * 10 + "0" * 5
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return {
        "beginDate": begin,
        "endDate": None,
        "lateNight": False,
        "detailTime": True,
        **{f"{d}Time": office if i < 5 else "1" * 24 for i, d in enumerate(days)},
    }


def campaigns_and_ad_groups(
    regions: dict[str, list[JsonObject]], audiences: dict[str, Any], account_id: int
) -> tuple[list[JsonObject], list[JsonObject]]:
    """One campaign per creatable type x goal (plus a paused one) for the main demo account."""
    by_key = {r["value"]: r for level in ("depth1", "depth2", "depth3") for r in regions[level]}

    def region(key: str) -> JsonObject:
        return copy.deepcopy(by_key[key])

    # Three 구 of 서울 other than 강남구, whose 동 are picked below (never an area twice).
    seoul_gus = [r for r in regions["depth2"] if r["value"][0] == "I" and r["value"] != "I1000"]
    seoul_gus = seoul_gus[:3]
    gangnam_dongs = [r for r in regions["depth3"] if r["value"].startswith("I1000")][:4]
    busan = [r for r in regions["depth1"] if r["value"] in ("H", "N")]
    trackers = {t["id"]: t for t in audiences["trackers"]}
    shop = next(iter(trackers))
    campaigns: list[JsonObject] = []
    groups: list[JsonObject] = []
    campaign_id = FIRST_CAMPAIGN_ID
    group_id = FIRST_AD_GROUP_ID
    for campaign_type, goal in (*CREATABLE, ("DISPLAY", "VISITING")):
        paused = len(campaigns) == len(CREATABLE)
        name = f"{_TYPE_NAMES[campaign_type]} {_GOAL_NAMES[goal]} 캠페인"
        campaigns.append(
            {
                "id": campaign_id,
                "name": name + (" (일시중지)" if paused else ""),
                "config": "OFF" if paused else "ON",
                "adAccountId": account_id,
                "campaignTypeGoal": {"campaignType": campaign_type, "goal": goal},
                "objective": {"type": "TALK_CHANNEL", "value": "_xbHxd"}
                if campaign_type == "TALK_CHANNEL"
                else None,
                "dailyBudgetAmount": 100000,
                "trackId": shop if goal == "CONVERSION" else None,
            }
        )
        placements = _PLACEMENTS[campaign_type]
        base: JsonObject = {
            "campaign": {"id": campaign_id},
            "type": "DISPLAY" if campaign_type != "VIDEO" else "VIDEO",
            "config": "ON",
            "placements": list(placements),
            "allAvailablePlacement": False,
            "deviceTypes": ["ANDROID", "IOS"],
            "allAvailableDeviceType": False,
            "adult": False,
            "pricingType": "CPM" if goal == "REACH" else "CPC",
            "bidStrategy": "MANUAL",
            "bidAmount": 180,
            "dailyBudgetAmount": 50000,
            "pacing": "QUICK",
            "schedule": _schedule("2026-11-01"),
        }
        # First ad group: regions at all three levels, Display audiences, `term` spelling.
        targeting: JsonObject = {
            "ageType": "NOT_ALL",
            "ages": ["20", "25", "30"],
            "genderType": "ALL",
            "genders": [],
            "locationType": "AREA",
            "locations": [region(r["value"]) for r in busan],
            "depth2Locations": [region(r["value"]) for r in seoul_gus],
            "depth3Locations": [region(r["value"]) for r in gangnam_dongs[:2]],
            "lookalikeTargetings": [{"lookalikeId": 31, "inclusionType": "INCLUDE"}],
            "ufoInterests": ["A01", "A0102"],
        }
        if goal == "REACH":
            targeting["cohortTargetings"] = [{"cohortId": 5, "inclusionType": "INCLUDE"}]
            if campaign_type == "TALK_CHANNEL":
                targeting["talkChannelGroupFileTargetings"] = [
                    {"talkChannelGroupFileId": 1317, "inclusionType": "INCLUDE"}
                ]
        else:
            targeting["cohortTargetings"] = [
                {"cohortId": 1, "inclusionType": "INCLUDE"},
                {"cohortId": 3, "inclusionType": "EXCLUDE"},
            ]
            targeting["trackerTargetings"] = [
                {
                    "trackId": shop,
                    "eventCode": "PageView",
                    "trackRuleId": "*",
                    "term": 30,
                    "inclusionType": "INCLUDE",
                }
            ]
            targeting["customerFileTargetings"] = [
                {"customerFileId": 1, "inclusionType": "EXCLUDE"}
            ]
        targeting["talkChannelTargetings"] = [{"profileId": "_xbHxd", "inclusionType": "INCLUDE"}]
        first = {
            "id": group_id,
            "name": f"{name} · 서울 20-30대",
            **copy.deepcopy(base),
            "targeting": targeting,
            "adServingCategories": ["IAB16", "IAB8"]
            if "NETWORK" in placements and (campaign_type, goal) != ("DISPLAY", "CONVERSION")
            else [],
            "sectionCategories": ["KKO99-1"] if campaign_type == "TALK_BIZ_BOARD" else [],
            "createdDate": "2026-11-01T09:00:00",
            "lastModifiedDate": "2026-11-20T18:30:00",
        }
        groups.append(first)
        group_id += 1
        # Second ad group: the 2021 spelling (trackerTargetingTerms, tracker `id`,
        # trackRuleName) and keys nobody documents, at both levels and nested.
        second_targeting: JsonObject = {
            "ageType": "ALL",
            "ages": [],
            "genderType": "NOT_ALL",
            "genders": ["F"],
            "locationType": "AREA",
            "depth3Locations": [region(r["value"]) for r in gangnam_dongs],
            "syncAppTargetings": [{"profileId": "_XLd", "inclusionType": "INCLUDE"}],
            "audienceExpansion": {"enabled": True, "levels": [1, 2.5, None]},
        }
        if goal != "REACH":
            second_targeting["trackerTargetings"] = [
                {
                    "id": 9001,
                    "trackId": shop,
                    "inclusionType": "INCLUDE",
                    "trackerTargetingTerms": ["ONE_MONTH"],
                    "eventCode": "Purchase",
                    "trackRuleId": "*",
                    "trackRuleName": "구매",
                },
                {
                    "id": 9002,
                    "trackId": shop,
                    "inclusionType": "EXCLUDE",
                    "trackerTargetingTerms": ["THREE_MONTHS"],
                    "eventCode": "AddToCart",
                    "trackRuleId": "*",
                    "trackRuleName": "장바구니 추가",
                },
            ]
        groups.append(
            {
                "id": group_id,
                "name": f"{name} · 강남 리타게팅",
                **copy.deepcopy(base),
                "targeting": second_targeting,
                "adServingCategories": [],
                "frequencyCap": {"type": "MANUAL", "count": 3, "unit": "DAY"},
                "creativeOptimization": {"mode": "AUTO", "weights": {"a": 0.7, "b": 0.3}},
                "createdDate": "2026-11-02T10:15:00",
                "lastModifiedDate": "2026-11-25T11:00:00",
            }
        )
        group_id += 1
        campaign_id += 1
    return campaigns, groups


def other_account_world(account_id: int) -> tuple[list[JsonObject], list[JsonObject]]:
    """A small second account: one campaign, one ad group with no targeting yet."""
    campaign = {
        "id": 709001,
        "name": "다른 계정 디스플레이",
        "config": "ON",
        "adAccountId": account_id,
        "campaignTypeGoal": {"campaignType": "DISPLAY", "goal": "VISITING"},
        "dailyBudgetAmount": 30000,
    }
    group = {
        "id": 809001,
        "name": "전체 지역",
        "campaign": {"id": 709001},
        "type": "DISPLAY",
        "config": "OFF",
        "placements": ["DAUM"],
        "deviceTypes": ["PC"],
        "bidAmount": 100,
        "targeting": {"locationType": "ALL"},
        "createdDate": "2026-10-01T09:00:00",
        "lastModifiedDate": "2026-10-01T09:00:00",
    }
    return [campaign], [group]
