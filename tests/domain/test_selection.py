"""The selection contract: edits return new values and never duplicate or lose a pick."""

from __future__ import annotations

import pytest

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionLevel,
    RegionPick,
    TargetingSelection,
)

SEOUL = RegionPick("I", "서울특별시", "서울특별시")
NONHYEON = RegionPick("I10000101", "서울특별시 강남구", "서울특별시", "강남구", "논현1동")
C1 = AudiencePick(AudienceKind.COHORT, "1", Inclusion.INCLUDE, "one")


def test_region_level_and_path_follow_the_depth_names():
    assert SEOUL.level is RegionLevel.DEPTH1 and NONHYEON.level is RegionLevel.DEPTH3
    assert NONHYEON.display_path == "서울특별시 › 강남구 › 논현1동"


def test_adding_regions_skips_ones_already_picked_and_returns_self_when_nothing_changes():
    sel = TargetingSelection().with_regions([SEOUL, SEOUL, NONHYEON])
    assert [r.value for r in sel.regions] == ["I", "I10000101"]
    assert sel.with_regions([SEOUL]) is sel
    assert sel.without_regions(["I"]).regions == (NONHYEON,)


def test_categories_merge_by_code_and_remove_by_code():
    sel = TargetingSelection().with_ad_serving_categories([CategoryPick("A", "a")] * 2)
    sel = sel.with_section_categories([CategoryPick("K", "k")])
    assert len(sel.ad_serving_categories) == 1
    assert sel.without_ad_serving_categories(["A"]).ad_serving_categories == ()
    assert sel.without_section_categories(["K"]).section_categories == ()


def test_an_audience_pick_is_replaced_in_place_not_duplicated():
    sel = TargetingSelection().with_audience(C1)
    excluded = AudiencePick(AudienceKind.COHORT, "1", Inclusion.EXCLUDE, "one")
    again = sel.with_audience(excluded)
    assert again.audiences == (excluded,)
    assert again.audience(AudienceKind.COHORT, "1") == excluded
    assert again.audience(AudienceKind.CUSTOMER_FILE, "1") is None
    assert again.without_audience(AudienceKind.COHORT, "1").audiences == ()


@pytest.mark.parametrize(
    "sel",
    [
        TargetingSelection(regions=(SEOUL,)),
        TargetingSelection(audiences=(C1,)),
        TargetingSelection(passthrough_targeting=(("ages", []),)),
        TargetingSelection(passthrough_top=(("x", 1),)),
    ],
)
def test_anything_picked_or_kept_makes_the_selection_non_empty(sel: TargetingSelection):
    assert not sel.is_empty
    assert (
        TargetingSelection().with_campaign(CampaignContext(CampaignType.VIDEO, Goal.VIEW)).is_empty
    )
