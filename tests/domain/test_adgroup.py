"""A live ad group in the picker (issue 11): opening it, the wire check, the PUT body built
from a fresh GET, the per-list diff, and noticing a change made on Kakao."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from moment_gui.domain.adgroup import (
    AdGroupOrigin,
    campaign_context,
    kakao_changes,
    picker_diff,
    read_back_diff,
    selection_from_ad_group,
)
from moment_gui.domain.adgroup_put import ApplyError, build_put_body
from moment_gui.domain.campaign import CampaignType, Goal, Placement
from moment_gui.domain.document import SavedSelection, dumps, loads
from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.fragment_wire import FIELDS, Provenance, unconfirmed_names
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
)
from moment_gui.domain.wire_check import WireFindingKind, check_wire

TRACK = "3830610710806837838"


def ad_group() -> dict[str, Any]:
    """The 2021 DevTalk modify body's shape (shared doc §1b) with undocumented keys added."""
    return {
        "id": 777572,
        "campaign": {"id": 324298},
        "placements": ["KAKAO_TALK"],
        "allAvailableDeviceType": False,
        "deviceTypes": ["IOS", "ANDROID"],
        "bidAmount": 180,
        "mysteryTop": {"deep": [1, 2.0, {"x": None}]},
        "targeting": {
            "ageType": "NOT_ALL",
            "ages": ["15", "20"],
            "cohortTargetings": [{"cohortId": 1, "inclusionType": "EXCLUDE"}],
            "customerFileTargetings": [{"customerFileId": 1, "inclusionType": "INCLUDE"}],
            "lookalikeTargetings": [{"lookalikeId": 1, "inclusionType": "INCLUDE"}],
            "syncAppTargetings": [{"profileId": "_XLd", "inclusionType": "INCLUDE"}],
            "trackerTargetings": [
                {
                    "id": 1,
                    "trackId": TRACK,
                    "inclusionType": "INCLUDE",
                    "trackerTargetingTerms": ["ONE_MONTH"],
                    "eventCode": "PageView",
                    "trackRuleId": "*",
                    "trackRuleName": "방문",
                }
            ],
            "locationType": "AREA",
            "locations": [
                {"value": "A", "description": "강원도", "depth1Name": "강원도", "regionNote": 7}
            ],
            "mysteryTargeting": {"levels": [1, 2.5]},
        },
        "adServingCategories": ["IAB8", "IAB16"],
    }


def opened() -> Any:
    ctx = campaign_context("DISPLAY", "VISITING", ["KAKAO_TALK", "SOMEWHERE_NEW"])
    return selection_from_ad_group(ad_group(), ctx)


def text(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# --- opening ---------------------------------------------------------------------------------


def test_campaign_context_comes_from_kakaos_spelling_and_skips_unknown_placements() -> None:
    ctx = campaign_context("PERSONAL_MESSAGE", "REACH", ["KAKAO_TALK", "SOMEWHERE_NEW"])
    assert ctx is not None and ctx.is_creatable
    assert (ctx.campaign_type, ctx.goal) == (CampaignType.PERSONAL_MESSAGE, Goal.REACH)
    assert ctx.placements == frozenset({Placement.KAKAO_TALK})
    assert campaign_context("NEW_TYPE", "REACH", []) is None
    assert campaign_context(None, None) is None


def test_opening_makes_picks_and_keeps_everything_else_as_passthrough() -> None:
    sel = opened()
    assert [r.value for r in sel.regions] == ["A"]
    assert [c.code for c in sel.ad_serving_categories] == ["IAB8", "IAB16"]
    kinds = {(a.kind, a.key, a.inclusion) for a in sel.audiences}
    assert (AudienceKind.COHORT, "1", Inclusion.EXCLUDE) in kinds
    assert (AudienceKind.SYNC_PROFILE, "_XLd", Inclusion.INCLUDE) in kinds
    top = dict(sel.passthrough_top)
    assert top["mysteryTop"] == {"deep": [1, 2.0, {"x": None}]} and top["bidAmount"] == 180
    assert dict(sel.passthrough_targeting)["lookalikeTargetings"] == [
        {"lookalikeId": 1, "inclusionType": "INCLUDE"}
    ]


def test_both_pixel_period_spellings_are_read() -> None:
    by_names = opened().audiences_of(AudienceKind.PIXEL_EVENT)[0]
    assert by_names.term == 30
    body = ad_group()
    item = body["targeting"]["trackerTargetings"][0]
    del item["trackerTargetingTerms"]
    item["term"] = 45
    by_days = selection_from_ad_group(body, None).audiences_of(AudienceKind.PIXEL_EVENT)[0]
    assert by_days.term == 45


def test_the_fragment_writes_back_the_period_spelling_kakao_sent() -> None:
    sel = opened()
    item = to_fragment(sel)["targeting"]["trackerTargetings"][0]
    assert item["trackerTargetingTerms"] == ["ONE_MONTH"] and "term" not in item
    pick = sel.audiences_of(AudienceKind.PIXEL_EVENT)[0]
    moved = sel.with_audience(dataclasses.replace(pick, term=90))
    assert to_fragment(moved)["targeting"]["trackerTargetings"][0]["trackerTargetingTerms"] == [
        "THREE_MONTHS"
    ]
    odd = sel.with_audience(dataclasses.replace(pick, term=45))
    written = to_fragment(odd)["targeting"]["trackerTargetings"][0]
    assert written["term"] == 45 and "trackerTargetingTerms" not in written  # days, not lost


# --- the wire check -----------------------------------------------------------------------------


def test_the_wire_check_lists_unknown_keys_and_other_spellings_with_raw_json() -> None:
    check = check_wire(ad_group())
    paths = {(f.kind, f.path) for f in check.findings}
    assert (WireFindingKind.UNKNOWN_KEY, "mysteryTop") in paths
    assert (WireFindingKind.UNKNOWN_KEY, "targeting.mysteryTargeting") in paths
    assert (WireFindingKind.UNKNOWN_KEY, "targeting.locations[].regionNote") in paths
    assert (
        WireFindingKind.OTHER_SPELLING,
        "targeting.trackerTargetings[].trackerTargetingTerms",
    ) in paths
    # Known keys the picker does not edit are not findings.
    assert not {p for _, p in paths} & {"bidAmount", "deviceTypes", "targeting.ages"}
    spelling = check.of_kind(WireFindingKind.OTHER_SPELLING)[0]
    assert '"trackerTargetingTerms": ["ONE_MONTH"]' in spelling.raw
    assert "where we write term" in str(spelling.text)
    assert not check.is_clean
    assert "mysteryTop" in check.render()


def test_the_wire_check_confirms_an_unconfirmed_name_seen_live() -> None:
    body = ad_group()
    body["targeting"]["talkChannelGroupFileTargetings"] = [
        {"talkChannelGroupFileId": 1317, "inclusionType": "INCLUDE"}
    ]
    confirmed = check_wire(body).of_kind(WireFindingKind.CONFIRMED)
    assert [f.path for f in confirmed] == ["targeting.talkChannelGroupFileTargetings"]
    assert "talkChannelGroupFileId" in str(confirmed[0].text)


def test_a_clean_ad_group_says_so() -> None:
    body = {"id": 1, "campaign": {"id": 2}, "targeting": {"locationType": "ALL"}}
    check = check_wire(body)
    assert check.is_clean and check.findings == ()
    assert "every key Kakao sent is in our wire table" in check.render()


def test_every_wire_field_has_a_provenance_and_the_unconfirmed_are_listed() -> None:
    for wire in FIELDS.values():
        assert isinstance(wire.provenance, Provenance)
        for f in (*wire.ids, *wire.optional):
            assert isinstance(f.provenance, Provenance)
    assert set(unconfirmed_names()) == {
        "trackerTargetings[].term",
        "talkChannelGroupFileTargetings",
        "talkChannelGroupFileTargetings[].talkChannelGroupFileId",
    }


# --- the PUT body ---------------------------------------------------------------------------


def test_unchanged_picks_go_back_exactly_as_kakao_sent_them() -> None:
    fresh = ad_group()
    body = build_put_body(fresh, opened(), fresh)
    assert text(body) == text(fresh)  # same keys, same order, same spelling


def test_only_the_pickers_lists_are_replaced_and_emptied_lists_are_sent_empty() -> None:
    fresh = ad_group()
    sel = opened().without_audience(AudienceKind.SYNC_PROFILE, "_XLd")
    sel = sel.without_audience(AudienceKind.COHORT, "1").without_regions(["A"])
    sel = sel.without_ad_serving_categories(["IAB8", "IAB16"])
    sel = sel.with_regions([RegionPick("I1000", "서울특별시 강남구", "서울특별시", "강남구")])
    body = build_put_body(fresh, sel, fresh)
    t = body["targeting"]
    assert t["syncAppTargetings"] == [] and t["cohortTargetings"] == []
    assert t["locations"] == [] and body["adServingCategories"] == []
    assert t["depth2Locations"] == [
        {
            "value": "I1000",
            "description": "서울특별시 강남구",
            "depth1Name": "서울특별시",
            "depth2Name": "강남구",
        }
    ]
    # Everything else untouched, in its order; lists never there stay away.
    assert list(body) == list(fresh)
    for key in ("mysteryTop", "deviceTypes", "bidAmount", "campaign", "id"):
        assert text(body[key]) == text(fresh[key])
    assert text(t["mysteryTargeting"]) == text(fresh["targeting"]["mysteryTargeting"])
    assert "talkChannelGroupFileTargetings" not in t and "sectionCategories" not in body


def test_a_changed_pick_keeps_kakaos_item_and_spelling() -> None:
    fresh = ad_group()
    sel = opened()
    pixel = sel.audiences_of(AudienceKind.PIXEL_EVENT)[0]
    sel = sel.with_audience(dataclasses.replace(pixel, term=60, inclusion=Inclusion.EXCLUDE))
    item = build_put_body(fresh, sel, fresh)["targeting"]["trackerTargetings"][0]
    assert list(item) == list(fresh["targeting"]["trackerTargetings"][0])
    assert item["trackerTargetingTerms"] == ["TWO_MONTHS"] and item["inclusionType"] == "EXCLUDE"
    assert item["id"] == 1 and item["trackRuleName"] == "방문"


def test_a_new_pixel_pick_takes_the_ad_groups_period_spelling() -> None:
    fresh = ad_group()
    new = AudiencePick(
        AudienceKind.PIXEL_EVENT,
        f"{TRACK}|Purchase|*",
        Inclusion.INCLUDE,
        "구매",
        track_id=TRACK,
        event_code="Purchase",
        track_rule_id="*",
        term=120,
    )
    body = build_put_body(fresh, opened().with_audience(new), fresh)
    added = body["targeting"]["trackerTargetings"][1]
    assert added["trackerTargetingTerms"] == ["FOUR_MONTHS"] and "term" not in added
    with pytest.raises(ApplyError) as caught:
        build_put_body(fresh, opened().with_audience(dataclasses.replace(new, term=45)), fresh)
    assert "45 days is not one of them" in str(caught.value)


def test_a_new_pick_in_an_ad_group_using_days_is_written_in_days() -> None:
    fresh = ad_group()
    fresh["targeting"]["trackerTargetings"] = []
    fresh["targeting"]["cohortTargetings"] = []
    sel = selection_from_ad_group(fresh, None).with_audience(
        AudiencePick(
            AudienceKind.PIXEL_EVENT,
            f"{TRACK}|Purchase|*",
            Inclusion.INCLUDE,
            "구매",
            track_id=TRACK,
            event_code="Purchase",
            track_rule_id="*",
            term=45,
        )
    )
    item = build_put_body(fresh, sel, fresh)["targeting"]["trackerTargetings"][0]
    assert item == {
        "trackId": TRACK,
        "eventCode": "Purchase",
        "trackRuleId": "*",
        "term": 45,
        "inclusionType": "INCLUDE",
    }


def test_location_type_follows_the_regions_when_kakao_sent_one() -> None:
    fresh = ad_group()
    body = build_put_body(fresh, opened().without_regions(["A"]), fresh)
    assert body["targeting"]["locationType"] == "ALL"
    fresh["targeting"]["locationType"] = "ALL"
    fresh["targeting"]["locations"] = []
    body = build_put_body(fresh, opened(), fresh)
    assert body["targeting"]["locationType"] == "AREA"


def test_a_list_emptied_after_opening_is_sent_empty_even_if_kakao_dropped_the_key() -> None:
    as_opened = ad_group()
    fresh = copy.deepcopy(as_opened)
    del fresh["targeting"]["syncAppTargetings"]  # Kakao leaves empty lists out
    sel = opened().without_audience(AudienceKind.SYNC_PROFILE, "_XLd")
    assert build_put_body(fresh, sel, as_opened)["targeting"]["syncAppTargetings"] == []
    assert "syncAppTargetings" not in build_put_body(fresh, sel, None)["targeting"]


def test_same_categories_in_another_order_go_back_in_kakaos_order() -> None:
    fresh = ad_group()
    sel = dataclasses.replace(
        opened(), ad_serving_categories=(CategoryPick("IAB16", "a"), CategoryPick("IAB8", "b"))
    )
    assert build_put_body(fresh, sel, fresh)["adServingCategories"] == ["IAB8", "IAB16"]


# --- diffs and changes on Kakao -------------------------------------------------------------


def test_picker_diff_counts_added_removed_and_changed_per_list() -> None:
    before = opened()
    pixel = before.audiences_of(AudienceKind.PIXEL_EVENT)[0]
    after = before.without_audience(AudienceKind.COHORT, "1").with_regions(
        [RegionPick("I", "서울특별시", "서울특별시")]
    )
    after = after.with_audience(dataclasses.replace(pixel, term=60, label="방문 이벤트"))
    found = picker_diff(before, after)
    assert found.counts() == {"regions": (1, 0, 0), "cohort": (0, 1, 0), "pixel_event": (0, 0, 1)}
    change = found.category("pixel_event").changed[0]
    assert change.fields == (("term", 30, 60),)
    assert picker_diff(before, dataclasses.replace(before, passthrough_top=())).is_empty


def test_read_back_diff_is_empty_when_kakao_kept_the_picks() -> None:
    sent = ad_group()
    read_back = copy.deepcopy(sent)
    read_back["lastModifiedDate"] = "2026-12-01T10:00:00"
    assert read_back_diff(sent, read_back).is_empty
    read_back["targeting"]["cohortTargetings"] = []
    assert read_back_diff(sent, read_back).counts() == {"cohort": (0, 1, 0)}


def test_kakao_changes_name_the_keys_someone_else_changed() -> None:
    as_opened = ad_group()
    fresh = copy.deepcopy(as_opened)
    assert kakao_changes(as_opened, fresh) == ()
    fresh["lastModifiedDate"] = "later"
    assert kakao_changes(as_opened, fresh) == ()
    fresh["bidAmount"] = 180.0  # equal in Python, not on the wire
    fresh["targeting"]["cohortTargetings"].append({"cohortId": 2, "inclusionType": "INCLUDE"})
    del fresh["targeting"]["mysteryTargeting"]
    assert kakao_changes(as_opened, fresh) == (
        "bidAmount",
        "targeting.cohortTargetings",
        "targeting.mysteryTargeting",
    )


def test_a_saved_selection_remembers_the_ad_group_it_came_from() -> None:
    origin = AdGroupOrigin(
        ad_account_id=1234,
        ad_group_id=777572,
        campaign_id=324298,
        name="광고그룹",
        opened_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        as_opened=ad_group(),
    )
    doc = SavedSelection(opened(), ad_account_id=1234, origin=origin)
    back = loads(dumps(doc))
    assert back.origin == origin
    assert text(back.origin.as_opened) == text(ad_group())
    assert back.selection == doc.selection
    assert loads(dumps(SavedSelection(opened()))).origin is None


def test_kakao_data_and_demographic_edits_reach_the_put_body_and_the_picker_diff() -> None:
    from moment_gui.domain.demographics import DeviceType, Gender
    from moment_gui.domain.kakao_data import DataCategoryPick, DataKind

    fresh = ad_group()
    before = opened()
    assert before.demographics.ages == ("15", "20")  # modelled now, not passthrough
    demo = before.demographics.with_ages(None).with_genders([Gender.FEMALE])
    sel = before.with_demographics(demo.with_devices([DeviceType.PC]))
    sel = sel.with_data_categories([DataCategoryPick(DataKind.INTEREST, "I01", "게임")])
    body = build_put_body(fresh, sel, fresh)
    t = body["targeting"]
    assert t["ageType"] == "ALL" and "ages" not in t  # ALL drops the NOT_ALL list
    assert (t["genderType"], t["genders"]) == ("NOT_ALL", ["F"])
    assert (body["allAvailableDeviceType"], body["deviceTypes"]) == (False, ["PC"])
    assert t["ufoInterests"] == ["I01"] and "ufoBusinessTypes" not in t
    assert list(body)[: len(fresh)] == list(fresh)  # Kakao's keys keep their order
    counts = picker_diff(before, sel).counts()
    assert counts["ufoInterests"] == (1, 0, 0)
    assert counts["demographics"] == (1, 0, 2)  # gender added; age and devices changed
    # A pair the picker never set stays as Kakao sent it.
    untouched = build_put_body(fresh, before.with_demographics(demo.without_ages()), fresh)
    assert untouched["targeting"]["ages"] == ["15", "20"]


def test_an_ad_group_without_targeting_opens_as_an_ad_group_and_gains_only_what_is_picked():
    bare = {"id": 5, "campaign": {"id": 6}, "name": "새 광고그룹", "bidAmount": 100}
    sel = selection_from_ad_group(bare, None)
    assert dict(sel.passthrough_top) == bare and not sel.passthrough_targeting
    assert build_put_body(bare, sel, bare) == bare  # nothing picked: no targeting key added
    picked = sel.with_regions([RegionPick("I", "서울특별시", "서울특별시")])
    body = build_put_body(bare, picked, bare)
    assert list(body) == ["id", "campaign", "name", "bidAmount", "targeting"]
    assert body["targeting"] == {
        "locations": [{"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"}]
    }
