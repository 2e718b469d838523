"""Matching a pasted region list against the region catalogue (the demo region list)."""

from __future__ import annotations

import pytest

from moment_gui.demo import demo_catalogue
from moment_gui.domain.region_match import (
    MatchStatus,
    RegionListMatcher,
    depth1_aliases,
    full_name,
    matched_picks,
    read_region_lines,
)
from moment_gui.domain.regions import RegionCatalogue
from moment_gui.domain.selection import RegionPick

M, A, U = MatchStatus.MATCHED, MatchStatus.AMBIGUOUS, MatchStatus.UNMATCHED


@pytest.fixture(scope="module")
def matcher() -> RegionListMatcher:
    return RegionListMatcher(demo_catalogue())


def one(matcher: RegionListMatcher, line: str) -> tuple[MatchStatus, list[str]]:
    result = matcher.match(line)
    return result.status, [full_name(p) for p in result.picks]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("서울 강남구 역삼1동", "서울특별시 강남구 역삼1동"),
        ("서울시 강남구 역삼1동", "서울특별시 강남구 역삼1동"),
        ("서울특별시 강남구 역삼1동", "서울특별시 강남구 역삼1동"),
        ("분당구 정자1동", "경기도 성남시 분당구 정자1동"),
        ("수원시 장안구 정자1동", "경기도 수원시 장안구 정자1동"),
        ("성남시 분당구", "경기도 성남시 분당구"),
        ("해운대구", "부산광역시 해운대구"),
        ("해운대", "부산광역시 해운대구"),
        ("서울 중구", "서울특별시 중구"),
        ("중구 서울", "서울특별시 중구"),
        ("서울", "서울특별시"),
        ("서울 전체", "서울특별시"),
        ("충북", "충청북도"),
        ("강원도", "강원특별자치도"),
        ("전라북도 전주시 완산구", "전북특별자치도 전주시 완산구"),
        ("세종", "세종특별자치시"),
        ("세종시 한솔동", "세종특별자치시 한솔동"),
        ("우1동 해운대구", "부산광역시 해운대구 우제1동"),
        ("역삼제1동", "서울특별시 강남구 역삼1동"),
        ("두류1·2동", "대구광역시 달서구 두류1.2동"),
        ("서울 강남구 역삼1동 (본사)", "서울특별시 강남구 역삼1동"),
    ],
)
def test_lines_planners_write_match_one_region(matcher, line: str, expected: str) -> None:
    assert one(matcher, line) == (M, [expected])


def test_a_district_name_shared_by_six_cities_is_ambiguous_with_its_candidates(matcher) -> None:
    status, names = one(matcher, "중구")
    assert status is A
    assert names == [
        "대구광역시 중구",
        "대전광역시 중구",
        "부산광역시 중구",
        "서울특별시 중구",
        "울산광역시 중구",
        "인천광역시 중구",
    ]


@pytest.mark.parametrize(
    ("line", "candidates"),
    [
        ("역삼동", ["서울특별시 강남구 역삼1동", "서울특별시 강남구 역삼2동"]),  # 법정동
        ("강남구 역삼동", ["서울특별시 강남구 역삼1동", "서울특별시 강남구 역삼2동"]),
        ("광주", ["광주광역시", "경기도 광주시"]),
        ("성남시", ["경기도 성남시 분당구", "경기도 성남시 수정구", "경기도 성남시 중원구"]),
    ],
)
def test_names_that_fit_several_regions_list_them(matcher, line, candidates) -> None:
    assert one(matcher, line) == (A, candidates)


@pytest.mark.parametrize("line", ["xyz", "서울 강남구 테헤란로 123", "부산 역삼1동", "123"])
def test_lines_that_name_no_region_stay_unmatched(matcher, line: str) -> None:
    assert one(matcher, line) == (U, [])


def test_the_search_boxs_hangul_matching_is_the_last_resort(matcher) -> None:
    status, names = one(matcher, "ㅎㅇㄷㄱ")  # 초성 of 해운대구
    assert (status, names) == (M, ["부산광역시 해운대구"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"1","서울 강남구","300"', "서울특별시 강남구"),
        ("부산,해운대구,우1동", "부산광역시 해운대구 우제1동"),
        ("부산\t해운대구\t우1동", "부산광역시 해운대구 우제1동"),
        ("서울 강남구, 신규 지점", "서울특별시 강남구"),
        ("7;서울;중구", "서울특별시 중구"),
    ],
)
def test_csv_and_tsv_rows_are_read_by_their_cells(matcher, line: str, expected: str) -> None:
    assert one(matcher, line) == (M, [expected])


def test_a_whole_list_skips_bom_blank_lines_and_a_header(matcher) -> None:
    text = "\ufeff지역,예산\r\n서울 강남구 역삼1동,100\r\n\r\n  \r\n중구\r\nxyz\r\n"
    results = matcher.match_lines(text)
    assert [(r.line_no, r.text, r.status) for r in results] == [
        (2, "서울 강남구 역삼1동,100", M),
        (5, "중구", A),
        (6, "xyz", U),
    ]
    assert [p.value for p in matched_picks(results)] == [results[0].picks[0].value]


def test_a_first_line_that_is_a_region_is_not_taken_for_a_header(matcher) -> None:
    results = matcher.match_lines("해운대구\n중구\n")
    assert [r.status for r in results] == [M, A]


def test_matched_picks_are_unique_in_list_order(matcher) -> None:
    results = matcher.match_lines("해운대구\n서울\n해운대\n")
    assert [full_name(p) for p in matched_picks(results)] == ["부산광역시 해운대구", "서울특별시"]


def test_read_region_lines_numbers_lines_as_given() -> None:
    assert list(read_region_lines("\ufeffa\n\n,,\nb")) == [(1, "a"), (4, "b")]


def test_depth1_aliases_cover_what_people_say() -> None:
    assert {"서울", "서울시", "서울특별시"} <= depth1_aliases("서울특별시")
    assert {"충북", "충청북도"} <= depth1_aliases("충청북도")
    assert {"전북", "전라북도", "전북특별자치도"} <= depth1_aliases("전북특별자치도")
    assert {"강원", "강원도"} <= depth1_aliases("강원특별자치도")
    assert {"제주", "제주도"} <= depth1_aliases("제주특별자치도")


def test_works_on_any_catalogue_including_renamed_keys() -> None:
    catalogue = RegionCatalogue(
        [
            RegionPick("X", "가상도", "가상도"),
            RegionPick("X0001", "가상도 새시", "가상도", "새시"),
            RegionPick("X00010001", "가상도 새시", "가상도", "새시", "한1동"),
        ]
    )
    matcher = RegionListMatcher(catalogue)
    assert one(matcher, "가상 새시 한1동") == (M, ["가상도 새시 한1동"])
    assert one(matcher, "한동") == (M, ["가상도 새시 한1동"])
    assert one(matcher, "새") == (M, ["가상도 새시"])  # Hangul search: prefix of the name
