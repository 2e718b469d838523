"""The checklist for Kakao Moment's web screens: every pick, grouped as the screens group them,
in Korean or English."""

from __future__ import annotations

import json

import pytest

from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.checklist import render_checklist
from moment_gui.domain.fragment import parse_fragment_text
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    TargetingSelection,
)

FRAGMENT = {
    "targeting": {
        "depth3Locations": [
            {
                "value": "I10000118",
                "description": "서울특별시 강남구",
                "depth1Name": "서울특별시",
                "depth2Name": "강남구",
                "depth3Name": "역삼1동",
            }
        ],
        "cohortTargetings": [
            {"cohortId": 1, "inclusionType": "INCLUDE"},
            {"cohortId": 2, "inclusionType": "EXCLUDE"},
        ],
        "trackerTargetings": [
            {"trackId": "383", "eventCode": "PageView", "trackRuleId": "*", "term": 30,
             "inclusionType": "INCLUDE"}
        ],
        "ufoInterests": ["I01"],
        "ufoBusinessTypes": ["B0101"],
        "genderType": "NOT_ALL",
        "genders": ["F"],
        "ageType": "NOT_ALL",
        "ages": ["20", "65"],
        "lookalikeTargetings": [{"lookalikeId": 9}],
    },
    "adServingCategories": ["IAB16"],
    "allAvailableDeviceType": False,
    "deviceTypes": ["IOS"],
}  # fmt: skip


@pytest.fixture
def selection() -> TargetingSelection:
    sel = parse_fragment_text(json.dumps(FRAGMENT), CampaignContext.parse("DISPLAY:VISITING"))
    named = AudiencePick(AudienceKind.COHORT, "1", Inclusion.INCLUDE, "장바구니 방문자")
    sel = sel.with_audience(named)
    game = DataCategoryPick(DataKind.INTEREST, "I01", "게임")
    return sel.without_data_categories(DataKind.INTEREST, ["I01"]).with_data_categories([game])


def test_korean_checklist_names_things_as_the_web_screens_do(selection) -> None:
    text = render_checklist(selection, "ko")
    title, campaign = text.splitlines()[:2]
    assert title == "카카오모먼트 광고그룹 설정 체크리스트"
    assert campaign == "캠페인: 디스플레이 × 방문"
    expected_in_order = [
        "■ 오디언스",
        "맞춤타겟 › 광고반응타겟 포함",
        "  [ ] 장바구니 방문자 (ID 1)",
        "맞춤타겟 › 광고반응타겟 제외",
        "  [ ] ID 2",
        "맞춤타겟 › 픽셀 & SDK 포함",
        "  [ ] PageView, 트래커 383, 최근 30일",
        "상세타겟 › 관심사",
        "  [ ] 게임 (I01)",
        "상세타겟 › 업종",
        "  [ ] B0101",
        "데모그래픽 › 성별: 여성",
        "데모그래픽 › 나이: 만 20~24세, 만 65세 이상",
        "데모그래픽 › 지역 (1곳)",
        "  [ ] 서울특별시 강남구 역삼1동 (I10000118)",
        "■ 디바이스: iOS",
        "■ 게재지면",
        "게재지면 › 네트워크 카테고리 (1개)",
        "  [ ] IAB16",
        "■ 그 밖의 설정 (이 앱이 편집하지 않는 값)",
        '  [ ] targeting.lookalikeTargetings: [{"lookalikeId": 9}]',
    ]
    lines = [line for line in text.splitlines() if line]
    positions = [lines.index(line) for line in expected_in_order]
    assert positions == sorted(positions)
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_english_checklist_has_the_same_lines_in_english(selection) -> None:
    en = render_checklist(selection, "en")
    ko = render_checklist(selection, "ko")
    assert len(en.splitlines()) == len(ko.splitlines())
    for line in (
        "Campaign: Display × Visit",
        "Custom audience › Engagement targets include",
        "  [ ] PageView, tracker 383, last 30 days",
        "Detailed targeting › Business types",
        "Demographics › Gender: Female",
        "Demographics › Age: 20–24, 65+",
        "■ Devices: iOS",
    ):
        assert line in en.splitlines()


def test_nothing_picked_still_says_what_to_leave_at_all() -> None:
    assert render_checklist(TargetingSelection(), "ko").splitlines() == [
        "카카오모먼트 광고그룹 설정 체크리스트",
        "캠페인: 정하지 않음",
        "",
        "■ 오디언스",
        "데모그래픽 › 성별: 전체",
        "데모그래픽 › 나이: 전체",
        "데모그래픽 › 지역: 전체",
        "",
        "■ 디바이스: 전체",
    ]


def test_every_audience_kind_has_its_screen_name_in_both_languages() -> None:
    sel = TargetingSelection()
    for kind in AudienceKind:
        sel = sel.with_audience(AudiencePick(kind, f"k-{kind.value}", Inclusion.EXCLUDE, "x"))
    for lang, words in (
        ("ko", ["고객파일", "카카오톡 채널", "카카오 로그인 사용자", "친구그룹"]),
        ("en", ["Customer files", "Kakao Talk Channel", "Friend groups"]),
    ):
        text = render_checklist(sel, lang)  # type: ignore[arg-type]
        assert all(f"{w} {'제외' if lang == 'ko' else 'exclude'}" in text for w in words)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="ko or en"):
        render_checklist(TargetingSelection(), "fr")  # type: ignore[arg-type]
