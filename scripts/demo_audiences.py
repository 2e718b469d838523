"""Hand-written demo audiences for the simulator (used by build_demo_data.py).

Every record is in Kakao's wire shape (seed document), covering every status and type, with
the seed's varied date formats on purpose: a client must cope with all of them.
"""

from __future__ import annotations

from typing import Any

DEMO_ACCOUNT = 1234
OTHER_ACCOUNT = 5678  # a second account the demo token may use, with its own few items

AD_SERVING_CATEGORIES = [
    ("IAB1", "예술·엔터테인먼트"),
    ("IAB2", "자동차"),
    ("IAB3", "비즈니스"),
    ("IAB4", "취업·직장"),
    ("IAB5", "교육"),
    ("IAB6", "가족·육아"),
    ("IAB7", "건강·피트니스"),
    ("IAB8", "식음료"),
    ("IAB9", "취미·관심사"),
    ("IAB10", "홈·인테리어"),
    ("IAB11", "법률·정부·정치"),
    ("IAB12", "뉴스"),
    ("IAB13", "재테크"),
    ("IAB14", "사회"),
    ("IAB15", "과학"),
    ("IAB16", "애완동물"),
    ("IAB17", "스포츠"),
    ("IAB18", "스타일·패션"),
    ("IAB19", "IT·컴퓨터"),
    ("IAB20", "여행"),
    ("IAB21", "부동산"),
    ("IAB22", "쇼핑"),
    ("IAB23", "종교"),
    ("IAB24", "기타"),
    ("IAB25", "비표준 콘텐츠"),
    ("IAB26", "불법 콘텐츠"),
]

# Only KKO99-1 is in the seed; the other codes are simulated in the same shape.
SECTION_CATEGORIES = [
    ("KKO99-1", "채팅탭에만 노출"),
    ("KKO99-2", "친구탭에만 노출"),
    ("KKO1-1", "뉴스"),
    ("KKO2-1", "쇼핑"),
    ("KKO3-1", "게임"),
]


def _base_ad(
    campaign_id: int, campaign: str, ctype: str, goal: str, group: str, op: str, *ind: str
) -> dict[str, Any]:
    ad: dict[str, Any] = {
        "campaign": {
            "id": campaign_id,
            "name": campaign,
            "campaignTypeGoal": {"campaignType": ctype, "goal": goal},
        },
        "adGroup": {"id": campaign_id * 10 + 1, "name": group},
        "operation": op,
        "firstIndicator": ind[0],
    }
    if len(ind) > 1:
        ad["secondIndicator"] = ind[1]
    return ad


_SPRING = _base_ad(
    5678, "봄 시즌 세일", "DISPLAY", "VISITING", "20대 여성", "MINUS", "OPEN", "CLICK"
)
_APP = _base_ad(5701, "앱 설치 유도", "DISPLAY", "CONVERSION", "전국 확장", "ONLY", "CONVERSION")
_BIZ = _base_ad(6120, "비즈보드 브랜딩", "TALK_BIZ_BOARD", "VISITING", "채팅탭", "ONLY", "CLICK")
_VIDEO = _base_ad(6433, "신제품 영상", "VIDEO", "VIEW", "15초 영상", "ONLY", "PLAY_50")
_MSG = _base_ad(7002, "카카오톡 채널 메시지", "TALK_CHANNEL", "REACH", "단골 고객", "ONLY", "OPEN")

# (id, account, type, name, status, duration, population, created, modified, baseAds)
_COHORTS: list[tuple[Any, ...]] = [
    (1, 1234, "DISPLAY", "봄 세일 광고 클릭자", "AVAILABLE", 90, 182000,
     "2018-02-07 10:46:12", "2020-07-07 19:15:38", [_SPRING]),
    (2, 1234, "DISPLAY", "앱 설치 전환 고객", "AVAILABLE", 90, 45300,
     "2020-01-01 00:00:00", "2020-01-01 00:00:00", [_APP]),
    (3, 1234, "DISPLAY", "비즈보드 클릭 30일", "AVAILABLE", 30, 921000,
     "2023-03-14T09:12:00", "2023-04-02T11:40:10", [_BIZ]),
    (4, 1234, "DISPLAY", "영상 50% 시청자", "AVAILABLE", 60, 310500,
     "2023-05-20T18:03:44", "2023-06-01T08:00:00", [_VIDEO]),
    (5, 1234, "MESSAGE", "채널 메시지 열람자", "AVAILABLE", 90, 58700,
     "2022-11-02 14:22:09", "2023-01-15 10:10:10", [_MSG]),
    (6, 1234, "MESSAGE", "메시지 미열람 고객", "AVAILABLE", 30, 12000,
     "2023-08-08T08:08:08", "2023-08-09T09:09:09", [_MSG]),
    (7, 1234, "DISPLAY", "신규 캠페인 반응자", "WAITING", 30, None,
     "2024-02-01T10:00:00", "2024-02-01T10:00:00", [_SPRING]),
    (8, 1234, "MESSAGE", "추석 메시지 반응", "WAITING", 14, None,
     "2024-09-10 12:00:00", "2024-09-10 12:00:00", [_MSG]),
    (9, 1234, "DISPLAY", "여름 프로모션 클릭", "AVAILABLE_ERROR", 90, None,
     "2023-07-01T00:00:00", "2023-07-02T03:30:00", [_SPRING, _APP]),
    (10, 1234, "DISPLAY", "소규모 테스트 광고 반응", "SEED_NOT_ENOUGH", 7, 310,
     "2023-10-05 09:30:00", "2023-10-06 09:30:00", [_BIZ]),
    (11, 1234, "MESSAGE", "신규 채널 친구 반응", "SEED_NOT_ENOUGH", 30, 95,
     "2024-01-11T11:11:11", "2024-01-12T12:12:12", [_MSG]),
    (12, 1234, "DISPLAY", "종료된 블랙프라이데이", "DELETE", 90, 77000,
     "2021-11-20 20:00:00", "2022-01-03 09:00:00", [_SPRING]),
    (13, 1234, "MESSAGE", "삭제된 메시지 대상", "DELETE", 30, 4100,
     "2021-05-05T05:05:05", "2021-06-06T06:06:06", [_MSG]),
    (14, 1234, "DISPLAY", "추출 실패 광고 반응", "ERROR", 60, None,
     "2023-12-24 23:59:59", "2023-12-25 00:10:00", [_VIDEO]),
    (15, 1234, "MESSAGE", "메시지 오류 대상", "ERROR", 30, None,
     "2024-03-03T03:03:03", "2024-03-03T04:04:04", [_MSG]),
    (16, 1234, "DISPLAY", "영상 완주 + 앱 전환", "AVAILABLE", 180, 26800,
     "2024-04-15T16:20:00", "2024-05-01T07:45:12", [_VIDEO, _APP]),
    (17, 1234, "DISPLAY", "비즈보드 장기 반응", "AVAILABLE", 180, 1250000,
     "2022-02-22 22:22:22", "2024-06-30 18:00:00", [_BIZ]),
    (18, 1234, "MESSAGE", "VIP 메시지 클릭자", "AVAILABLE", 60, 8900,
     "2024-07-07T07:07:07", "2024-07-08T08:08:08", [_MSG]),
    (19, 5678, "DISPLAY", "다른 계정 광고 반응", "AVAILABLE", 90, 64000,
     "2023-02-02 10:00:00", "2023-02-03 10:00:00", [_SPRING]),
    (20, 5678, "MESSAGE", "다른 계정 메시지 반응", "WAITING", 30, None,
     "2024-08-01T00:00:00", "2024-08-01T00:00:00", [_MSG]),
]  # fmt: skip


def cohorts() -> list[dict[str, Any]]:
    out = []
    for cid, account, atype, name, status, duration, pop, created, modified, ads in _COHORTS:
        item: dict[str, Any] = {
            "adAccountId": account,
            "id": cid,
            "audienceType": atype,
            "name": name,
            "baseAds": ads,
            "collectDuration": duration,
            "status": status,
            "createdDate": created,
            "lastModifiedDate": modified,
        }
        if pop is not None:
            item["populationScore"] = pop
        out.append(item)
    return out


EVENT_NAMES = {
    "PageView": "방문",
    "CompleteRegistration": "회원가입",
    "Search": "검색",
    "ViewContent": "콘텐츠/상품 조회",
    "AddToCart": "장바구니 추가",
    "AddToWishList": "관심상품 추가",
    "Purchase": "구매",
    "Participation": "잠재고객",
    "SignUp": "서비스신청",
    "InAppPurchase": "인앱 구매",
}

# (trackId, account, name, all-events population at 30 days, [(eventCode, share, extra?)])
_TRACKERS: list[tuple[Any, ...]] = [
    ("3830610710806837838", 1234, "공식 쇼핑몰 픽셀", 1530000, [
        ("PageView", 0.99, None), ("Search", 0.41, None), ("ViewContent", 0.62, None),
        ("AddToCart", 0.18, None), ("AddToWishList", 0.09, None), ("Purchase", 0.04, None),
        ("CompleteRegistration", 0.03, None),
    ]),
    ("7429118804513372160", 1234, "브랜드 앱 SDK", 420000, [
        ("PageView", 0.97, None), ("SignUp", 0.12, None), ("Participation", 0.05, "사전예약"),
        ("Purchase", 0.02, "정기구독 결제"),
    ]),
    ("1152921504606846976", 1234, "이벤트 페이지 픽셀", 86000, [
        ("PageView", 1.0, None), ("Participation", 0.22, "경품 응모"),
        ("CompleteRegistration", 0.08, None),
    ]),
    ("5512001234567890123", 5678, "다른 계정 픽셀", 30000, [("PageView", 1.0, None)]),
]  # fmt: skip

_LAST_EVENT_DATES = ["2019.10.16 19:36", "2024-11-28T23:10:00", "2024-11-27 18:02:11"]


def trackers() -> list[dict[str, Any]]:
    out = []
    for n, (track_id, account, name, total, events) in enumerate(_TRACKERS):
        last = _LAST_EVENT_DATES[n % len(_LAST_EVENT_DATES)]
        items: list[dict[str, Any]] = [
            # 모든 이벤트 has no trackRule (seed).
            {"lastEventDate": last, "eventCode": "*", "eventName": "모든 이벤트",
             "trackRuleId": "*", "population": total},
        ]  # fmt: skip
        for m, (code, share, extra) in enumerate(events):
            rule_id = "*" if extra is None else f"{track_id[-6:]}{m:02d}"
            rule_set = "[]" if extra is None else f'[{{"url":"contains","value":"/{code}"}}]'
            item: dict[str, Any] = {
                "trackRule": {
                    "trackRuleId": rule_id,
                    "trackId": track_id,
                    "eventCode": code,
                    "name": extra or EVENT_NAMES[code],
                    "ruleSetStr": rule_set,
                },
                "lastEventDate": last,
                "eventCode": code,
                "eventName": EVENT_NAMES[code],
                "trackRuleId": rule_id,
                "population": round(total * share),
            }
            if extra is not None:
                item["eventExtraName"] = extra
            items.append(item)
        out.append(
            {
                "id": track_id,
                "name": name,
                "adAccountId": account,
                "createdDate": "2022-03-02T10:00:00",
                "events": items,
            }
        )
    return out


# (id, account, name, status, population (str or int), ready, created, modified)
_CUSTOMER_FILES: list[tuple[Any, ...]] = [
    (1, 1234, "VIP 고객 전화번호", "COMPLETE", 100, True, "2020-01-01 00:00", "2020-01-01 00:00"),
    (2, 1234, "앱 회원 광고ID", "COMPLETE", "48210", True,
     "2023-04-01T09:00:00", "2023-04-01T15:00:00"),
    (3, 1234, "휴면 회원 재활성", "COMPLETE", "0", False, "2024-11-28 09:10", "2024-11-28 09:10"),
    (4, 1234, "오늘 올린 구매자 목록", "WAITING", None, False,
     "2024-11-29T08:00:00", "2024-11-29T08:00:00"),
    (5, 1234, "작년 이벤트 응모자", "DELETE", 7300, False,
     "2022-12-01 12:00:00", "2023-06-01 12:00:00"),
    (6, 1234, "형식 오류 파일", "ERROR", None, False, "2024-05-05 05:05", "2024-05-05 05:05"),
    (7, 1234, "장바구니 이탈 고객", "COMPLETE", 15800, True,
     "2024-10-10T10:10:10", "2024-10-11T10:10:10"),
    (8, 5678, "다른 계정 고객 파일", "COMPLETE", 2300, True,
     "2023-03-03 03:03", "2023-03-03 03:03"),
]  # fmt: skip


def customer_files() -> list[dict[str, Any]]:
    out = []
    for fid, account, name, status, pop, ready, created, modified in _CUSTOMER_FILES:
        item: dict[str, Any] = {
            "id": fid,
            "adAccountId": account,
            "name": name,
            "adidListKey": f"{fid:04d}a7f3c9e1b5d{account}k{fid * 7919:x}",
            "status": status,
            "ready": ready,
            "createdDate": created,
            "lastModifyRequestDate": modified,
        }
        if pop is not None:
            item["populationScore"] = pop
        out.append(item)
    return out


TALK_CHANNELS = [
    {"id": "_xbHxd", "name": "모먼트 스토어", "searchId": "momentstore"},
    {"id": "_ZQxd", "name": "모먼트 카페", "searchId": "momentcafe"},
    {"id": "_Xxju", "name": "모먼트 뷰티", "searchId": "momentbeauty"},
    {"id": "_qPnTx", "name": "모먼트 여행", "searchId": "momenttravel"},
]

SYNC_PROFILES = [
    {"id": "_XLd", "name": "모먼트 스토어 로그인", "searchId": "momentstore"},
    {"id": "_cWn", "name": "모먼트 뷰티 로그인", "searchId": "momentbeauty"},
    {"id": "_kRtv", "name": "모먼트 게임 로그인", "searchId": "momentgame"},
]

_STATUSES = ["COMPLETE", "WAITING", "COMPLETE", "DELETE", "ERROR", "COMPLETE"]
_FILE_TYPES = ["MESSAGE_RETARGET", "PHONE_NUMBER", "APP_USER_ID"]
_GROUP_NAMES = ["메시지 재방문", "전화번호 업로드", "앱 회원", "휴면 친구", "실패한 업로드", "단골"]


def talk_channel_group_files() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    next_id = 1300
    for c, channel in enumerate(TALK_CHANNELS):
        # Each channel gets every status; file types rotate so every channel has all three.
        for g, status in enumerate(_STATUSES):
            next_id += 17 + c
            file_type = _FILE_TYPES[(g + c) % 3]
            item: dict[str, Any] = {
                "id": next_id,
                "profileId": channel["id"],
                "name": f"{channel['name']} {_GROUP_NAMES[g]}",
                "talkChannelGroupFileStatus": status,
                "fileType": file_type,
                "groupKey": f"{next_id * 2654435761:032x}"[-32:],
                "createdDate": f"2022-{(g % 12) + 1:02d}-{c + 10}T16:12:43",
            }
            if file_type == "APP_USER_ID":
                item["appId"] = 812345 + c
            if status == "COMPLETE":
                item["friendCount"] = 1200 * (g + 1) * (c + 2)
                item["populationUpdateDate"] = f"2022-{(g % 12) + 1:02d}-{c + 10}T16:50:30"
            out.append(item)
    return out


def build_audiences() -> dict[str, Any]:
    return {
        "meta": {
            "note": "Demo records for the simulator, in Kakao Moment's wire shape (seed). "
            "Names and ids are invented; section codes other than KKO99-1 are simulated.",
            "trackerPopulationTerm": 30,
            "adAccounts": [
                {"id": DEMO_ACCOUNT, "name": "모먼트 데모 광고계정"},
                {"id": OTHER_ACCOUNT, "name": "두 번째 광고계정"},
            ],
        },
        "adServingCategories": [{"code": c, "name": n} for c, n in AD_SERVING_CATEGORIES],
        "sectionCategories": [{"code": c, "name": n} for c, n in SECTION_CATEGORIES],
        "cohorts": cohorts(),
        "trackers": trackers(),
        "customerFiles": customer_files(),
        "talkChannels": TALK_CHANNELS,
        "syncProfiles": SYNC_PROFILES,
        "talkChannelGroupFiles": talk_channel_group_files(),
    }
