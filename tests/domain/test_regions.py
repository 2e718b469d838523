"""Region catalogue: tree navigation, ranking of search hits, folding, persistence."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moment_gui.domain.hangul import choseong
from moment_gui.domain.regions import (
    CatalogueError,
    MatchKind,
    RegionCatalogue,
    region_pick_from_json,
    region_pick_to_json,
)
from moment_gui.domain.selection import RegionLevel, RegionPick

REGIONS_JSON = Path(__file__).resolve().parents[2] / "resources" / "data" / "regions.json"


def _pick(value: str, *names: str) -> RegionPick:
    description = " ".join(names[:2])
    return RegionPick(value, description, *names)  # type: ignore[arg-type]


SMALL = [
    _pick("I", "서울특별시"),
    _pick("I1000", "서울특별시", "강남구"),
    _pick("I1001", "서울특별시", "강동구"),
    _pick("I10000101", "서울특별시", "강남구", "논현1동"),
    _pick("I10000102", "서울특별시", "강남구", "논현2동"),
    _pick("I10000103", "서울특별시", "강남구", "개포1동"),
    _pick("I10010101", "서울특별시", "강동구", "강일동"),
    _pick("K", "인천광역시"),
    _pick("K1000", "인천광역시", "남동구"),
    _pick("K10000101", "인천광역시", "남동구", "논현1동"),
    _pick("K10000102", "인천광역시", "남동구", "간석1동"),
    _pick("B", "경기도"),
    _pick("B1000", "경기도", "수원시 장안구"),
    _pick("B10000101", "경기도", "수원시 장안구", "파장동"),
    _pick("Q", "세종특별자치시"),
    _pick("N", "제주특별자치도"),
    _pick("N1000", "제주특별자치도", "제주시"),
    _pick("A", "강원특별자치도"),
    _pick("A1000", "강원특별자치도", "강릉시"),
    _pick("A10000101", "강원특별자치도", "강릉시", "강남동"),
    _pick("A10000102", "강원특별자치도", "강릉시", "가나다동"),
]


@pytest.fixture(scope="module")
def small() -> RegionCatalogue:
    return RegionCatalogue.from_picks(SMALL, source_date="2024-01-18")


@pytest.fixture(scope="module")
def full() -> RegionCatalogue:
    data = json.loads(REGIONS_JSON.read_text(encoding="utf-8"))
    picks = [region_pick_from_json(o) for k in ("depth1", "depth2", "depth3") for o in data[k]]
    return RegionCatalogue.from_picks(picks)


def _paths(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [" ".join(h.pick.path) for h in hits]


# -- lookup and tree -----------------------------------------------------------------
def test_lookup_by_key(small: RegionCatalogue) -> None:
    assert len(small) == len(SMALL)
    assert "I1000" in small and "Z" not in small
    assert small.get("I10000101") == SMALL[3]
    assert small.get("nope") is None


def test_parent_comes_from_the_key_shape(small: RegionCatalogue) -> None:
    assert small.parent("I10000101") == small.get("I1000")
    assert small.parent("I1000") == small.get("I")
    assert small.parent("I") is None


def test_parent_survives_a_renamed_depth1_under_the_same_key() -> None:
    catalogue = RegionCatalogue.from_picks(
        [_pick("A", "강원특별자치도"), _pick("A7000", "강원도", "강릉시")]
    )
    assert catalogue.parent("A7000") == catalogue.get("A")


def test_parent_falls_back_to_names_for_keys_of_another_shape() -> None:
    catalogue = RegionCatalogue.from_picks(
        [_pick("SEOUL", "서울특별시"), _pick("GN", "서울특별시", "강남구")]
    )
    assert catalogue.parent("GN") == catalogue.get("SEOUL")


def test_ancestors_run_from_depth1_down(small: RegionCatalogue) -> None:
    assert [a.value for a in small.ancestors("I10000101")] == ["I", "I1000"]
    assert small.is_ancestor("I", "I10000101")
    assert small.is_ancestor("I1000", "I10000101")
    assert not small.is_ancestor("K", "I10000101")
    assert not small.is_ancestor("I10000101", "I10000101")


def test_children_are_in_ganada_order(small: RegionCatalogue) -> None:
    assert [c.path[-1] for c in small.children("I1000")] == ["개포1동", "논현1동", "논현2동"]
    assert [c.value for c in small.children("I")] == ["I1000", "I1001"]
    assert small.children("I10000101") == []


def test_depth1_lists_only_provinces(small: RegionCatalogue) -> None:
    assert {p.level for p in small.depth1()} == {RegionLevel.DEPTH1}
    assert [p.depth1_name for p in small.depth1()][:2] == ["강원특별자치도", "경기도"]


# -- search ranking ------------------------------------------------------------------
def test_exact_leaf_name_ranks_first_then_prefix_then_path(small: RegionCatalogue) -> None:
    hits = small.search("강남구")
    assert hits[0].pick.value == "I1000" and hits[0].kind is MatchKind.EXACT
    assert all(h.kind is MatchKind.PATH for h in hits[1:])
    assert "서울특별시 강남구 논현1동" in _paths(hits)


def test_same_leaf_in_two_cities_is_ordered_by_ganada(small: RegionCatalogue) -> None:
    hits = small.search("논현1동")
    assert _paths(hits) == ["서울특별시 강남구 논현1동", "인천광역시 남동구 논현1동"]
    assert {h.kind for h in hits} == {MatchKind.EXACT}


def test_prefix_ties_break_by_level(small: RegionCatalogue) -> None:
    hits = small.search("강")
    prefix = [h for h in hits if h.kind is MatchKind.PREFIX]
    levels = [h.pick.level for h in prefix]
    assert levels == sorted(levels)
    assert prefix[0].pick.value == "A"


def test_choseong_query_finds_the_leaf(small: RegionCatalogue) -> None:
    hits = small.search("ㄱㄴㄱ")
    assert hits[0].pick.value == "I1000"
    assert hits[0].kind is MatchKind.LEAF_START


def test_half_typed_syllable_ranks_leaf_matches_above_path_matches(
    small: RegionCatalogue,
) -> None:
    hits = small.search("강ㄴ")
    assert _paths(hits)[:2] == ["서울특별시 강남구", "강원특별자치도 강릉시 강남동"]
    assert hits[-1].kind is MatchKind.PATH


def test_trailing_final_may_be_the_next_initial(small: RegionCatalogue) -> None:
    found = _paths(small.search("간"))
    assert "인천광역시 남동구 간석1동" in found
    assert "강원특별자치도 강릉시 가나다동" in found


def test_infix_of_leaf_ranks_above_path_match(small: RegionCatalogue) -> None:
    hits = small.search("장안")
    assert hits[0].pick.value == "B1000" and hits[0].kind is MatchKind.LEAF
    assert hits[1].pick.value == "B10000101" and hits[1].kind is MatchKind.PATH


def test_query_across_levels_matches_the_full_path(small: RegionCatalogue) -> None:
    hits = small.search("강남구 논현")
    assert _paths(hits) == ["서울특별시 강남구 논현1동", "서울특별시 강남구 논현2동"]


def test_spans_point_at_the_display_path(small: RegionCatalogue) -> None:
    hit = small.search("논현1동")[0]
    assert hit.pick.display_path == "서울특별시 › 강남구 › 논현1동"
    assert hit.spans == ((14, 18),)
    across = small.search("강남구논현")[0]
    assert [across.pick.display_path[a:b] for a, b in across.spans] == ["강남구", "논현"]


def test_scores_fall_with_the_match_kind(small: RegionCatalogue) -> None:
    scores = [h.score for h in small.search("강남")]
    assert scores == sorted(scores, reverse=True)


def test_limit_caps_the_number_of_hits(small: RegionCatalogue) -> None:
    assert len(small.search("서울", limit=2)) == 2
    assert small.search("서울", limit=0) == []


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "\x00\x07", "\u200b"])
def test_blank_query_returns_nothing(small: RegionCatalogue, query: str) -> None:
    assert small.search(query) == []


def test_huge_query_returns_nothing(full: RegionCatalogue) -> None:
    assert full.search("강남" * 5000) == []
    assert full.search("ㄱ" * 10_000) == []


def test_real_catalogue_finds_real_names(full: RegionCatalogue) -> None:
    assert full.search("세종특별자치시")[0].pick.value == "Q"
    assert full.search("제주특별자치도")[0].pick.level is RegionLevel.DEPTH1
    assert full.search("수원시 장안구")[0].pick.depth2_name == "수원시 장안구"
    assert full.search("ㄱㄴㄱ")[0].pick.path == ("서울특별시", "강남구")
    top = [h.pick.path for h in full.search("논현1동")]
    assert ("서울특별시", "강남구", "논현1동") in top[:2]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_query_never_crashes_and_hits_are_ordered(query: str) -> None:
    catalogue = RegionCatalogue.from_picks(SMALL)
    hits = catalogue.search(query, limit=10)
    assert len(hits) <= 10
    kinds = [h.kind for h in hits]
    assert kinds == sorted(kinds)
    for h in hits:
        assert all(0 <= a < b <= len(h.pick.display_path) for a, b in h.spans)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SMALL))
def test_every_pick_is_found_by_leaf_path_and_choseong(pick: RegionPick) -> None:
    catalogue = RegionCatalogue.from_picks(SMALL)
    for query in (pick.path[-1], " ".join(pick.path), choseong(pick.path[-1])):
        assert pick in [h.pick for h in catalogue.search(query, limit=len(SMALL))], query


# -- fold / expand -------------------------------------------------------------------
def test_fold_suggests_parent_when_all_known_children_are_picked(
    small: RegionCatalogue,
) -> None:
    picked = ["I10000101", "I10000102", "I10000103", "K10000101"]
    [suggestion] = small.fold(picked)
    assert suggestion.parent.value == "I1000"
    assert {c.value for c in suggestion.children} == set(picked[:3])


def test_fold_suggests_nothing_while_a_child_is_missing(small: RegionCatalogue) -> None:
    assert small.fold(["I10000101", "I10000102"]) == []


def test_fold_climbs_to_the_outermost_parent(small: RegionCatalogue) -> None:
    picked = ["I10000101", "I10000102", "I10000103", "I1001"]
    [suggestion] = small.fold(picked)
    assert suggestion.parent.value == "I"
    assert {c.value for c in suggestion.children} == set(picked)


def test_fold_leaves_an_already_picked_parent_alone(small: RegionCatalogue) -> None:
    assert small.fold(["I1000", "I10000101", "I10000102", "I10000103"]) == []


def test_expand_gives_the_known_children(small: RegionCatalogue) -> None:
    assert [p.value for p in small.expand("K1000")] == ["K10000102", "K10000101"]
    assert small.expand("Q") == []


# -- persistence ---------------------------------------------------------------------
def test_json_round_trip_keeps_everything(small: RegionCatalogue) -> None:
    built = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    catalogue = RegionCatalogue.from_picks(SMALL, built_at=built, source_date="2024-01-18")
    again = RegionCatalogue.from_json(json.loads(json.dumps(catalogue.to_json())))
    assert list(again) == list(catalogue)
    assert again.built_at == built and again.source_date == "2024-01-18"


def test_wire_shape_round_trip_keeps_unknown_keys() -> None:
    wire = {"value": "I1000", "description": "서울특별시 강남구", "depth1Name": "서울특별시"}
    wire |= {"depth2Name": "강남구", "newField": 1}
    pick = region_pick_from_json(wire)
    assert pick.level is RegionLevel.DEPTH2
    assert region_pick_to_json(pick) == wire


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"format": "moment-gui.region-catalogue", "version": 99, "regions": []},
        {"format": "moment-gui.region-catalogue", "version": 1, "regions": None},
        {"format": "moment-gui.region-catalogue", "version": 1, "regions": [{"value": "I"}]},
        {"format": "moment-gui.region-catalogue", "version": 1, "regions": [], "built_at": "x"},
    ],
)
def test_unreadable_catalogue_raises_catalogue_error(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(CatalogueError):
        RegionCatalogue.from_json(bad)


def test_several_words_narrow_to_areas_named_by_the_earlier_words(full: RegionCatalogue) -> None:
    hits = full.search("서울 강남", limit=50)
    assert hits, "서울 강남 must find 강남구 even though 특별시 sits between the words"
    assert hits[0].pick.display_path == "서울특별시 › 강남구"
    assert all(h.pick.value.startswith("I") for h in hits)


def test_same_district_name_in_two_cities_is_told_apart_by_the_city(
    full: RegionCatalogue,
) -> None:
    busan = full.search("부산 중구", limit=50)
    assert busan[0].pick.display_path == "부산광역시 › 중구"
    assert all(h.pick.depth1_name == "부산광역시" for h in busan)


def test_choseong_last_word_is_filtered_by_the_area(full: RegionCatalogue) -> None:
    hits = full.search("경기 ㅅㅇ", limit=50)
    assert hits and all(h.pick.depth1_name == "경기도" for h in hits)
    assert any(h.pick.display_path == "경기도 › 수원시 장안구" for h in hits)


# -- search index internals ------------------------------------------------------------
@pytest.mark.parametrize(
    "query", ["강남구", "신우", "세고", "서울", "ㄱ", "닭", "간", "논현1동", "서울 강ㄴ", "봐"]
)
def test_one_pass_for_shared_needle_finds_what_a_pass_per_pattern_finds(
    full: RegionCatalogue, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moment_gui.domain import region_index

    def hits(cost: float) -> list[tuple[str, object, object]]:
        monkeypatch.setattr(region_index, "_CANDIDATE_COST", cost)
        return [(h.pick.value, h.kind, h.spans) for h in full.search(query, 120)]

    assert hits(1e-9) == hits(1e12)  # always one shared pass == always a pass per pattern


def test_prefix_index_gives_rank_order_and_honours_skip() -> None:
    from moment_gui.domain.region_index import PrefixIndex

    index = PrefixIndex(["논현1동", "강남구", "논현2동", "논", "노원구", "논현1동"])
    assert index.first("논현", {}, 10) == [0, 2, 5]
    assert index.first("논", {2: None}, 10) == [0, 3, 5]
    assert index.first("논", {}, 2) == [0, 2]
    assert index.first("논현3", {}, 10) == []
    assert index.first("", {}, 10) == [] and index.first("논", {}, 0) == []
