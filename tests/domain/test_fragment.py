"""The exported fragment must be exactly §3 of the shared doc, and reading it back is lossless."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.fragment import (
    FIELDS,
    FragmentError,
    from_fragment,
    parse_fragment_text,
    to_fragment,
)
from moment_gui.domain.fragment_wire import LOCATION_TYPE_KEY, OTHER_FRAGMENT_KEYS
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
    pixel_event_key,
)

DOC_SAMPLE: dict[str, Any] = {
    "targeting": {
        "locations": [{"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"}],
        "depth2Locations": [
            {
                "value": "B2233",
                "description": "경기도 성남시 분당구",
                "depth1Name": "경기도",
                "depth2Name": "성남시 분당구",
            }
        ],
        "depth3Locations": [
            {
                "value": "I10000101",
                "description": "서울특별시 강남구",
                "depth1Name": "서울특별시",
                "depth2Name": "강남구",
                "depth3Name": "논현1동",
            }
        ],
        "cohortTargetings": [{"cohortId": 1, "inclusionType": "INCLUDE"}],
        "trackerTargetings": [
            {
                "trackId": "3830610710806837838",
                "eventCode": "PageView",
                "trackRuleId": "*",
                "term": 30,
                "inclusionType": "INCLUDE",
            }
        ],
        "customerFileTargetings": [{"customerFileId": 1, "inclusionType": "EXCLUDE"}],
        "talkChannelTargetings": [{"profileId": "_xbHxd", "inclusionType": "INCLUDE"}],
        "syncAppTargetings": [{"profileId": "_XLd", "inclusionType": "INCLUDE"}],
        "talkChannelGroupFileTargetings": [
            {"talkChannelGroupFileId": 1468, "inclusionType": "INCLUDE"}
        ],
    },
    "adServingCategories": ["IAB16", "IAB8"],
    "sectionCategories": ["KKO99-1"],
}


def _picked() -> TargetingSelection:
    """The doc sample built the way the UI builds it (real labels, statuses)."""
    t = DOC_SAMPLE["targeting"]
    sel = TargetingSelection().with_regions(
        [
            RegionPick("I", "서울특별시", "서울특별시"),
            RegionPick("B2233", "경기도 성남시 분당구", "경기도", "성남시 분당구"),
            RegionPick("I10000101", "서울특별시 강남구", "서울특별시", "강남구", "논현1동"),
        ]
    )
    sel = sel.with_ad_serving_categories(
        [CategoryPick("IAB16", "애완동물"), CategoryPick("IAB8", "식음료")]
    )
    sel = sel.with_section_categories([CategoryPick("KKO99-1", "채팅탭에만 노출")])
    inc, exc = Inclusion.INCLUDE, Inclusion.EXCLUDE
    for pick in (
        AudiencePick(AudienceKind.COHORT, "1", inc, "first", status="AVAILABLE"),
        AudiencePick(
            AudienceKind.PIXEL_EVENT,
            pixel_event_key("3830610710806837838", "PageView", "*"),
            inc,
            "visit",
            track_id="3830610710806837838",
            event_code="PageView",
            track_rule_id="*",
            term=30,
        ),
        AudiencePick(AudienceKind.CUSTOMER_FILE, "1", exc, "file", status="COMPLETE", ready=True),
        AudiencePick(AudienceKind.TALK_CHANNEL, "_xbHxd", inc, "first_friend"),
        AudiencePick(AudienceKind.SYNC_PROFILE, "_XLd", inc, "login"),
        AudiencePick(AudienceKind.FRIEND_GROUP, "1468", inc, "test", profile_id="_Xxju"),
    ):
        sel = sel.with_audience(pick)
    assert t  # the sample is the spec below
    return sel


def test_export_matches_the_shared_doc_sample_including_key_order():
    out = to_fragment(_picked())
    assert out == DOC_SAMPLE
    assert json.dumps(out) == json.dumps(DOC_SAMPLE)


def test_targeting_only_export_is_just_the_targeting_object():
    assert to_fragment(_picked(), targeting_only=True) == DOC_SAMPLE["targeting"]


def test_empty_lists_are_left_out():
    sel = TargetingSelection().with_regions([RegionPick("I", "서울특별시", "서울특별시")])
    assert to_fragment(sel) == {
        "targeting": {"locations": [DOC_SAMPLE["targeting"]["locations"][0]]}
    }
    assert to_fragment(TargetingSelection()) == {"targeting": {}}


def test_every_audience_kind_has_one_wire_entry():
    assert set(FIELDS) == set(AudienceKind)


def test_import_of_the_doc_sample_gives_picks_with_best_available_labels():
    sel = from_fragment(DOC_SAMPLE)
    assert [r.value for r in sel.regions] == ["I", "B2233", "I10000101"]
    assert sel.regions[2].display_path == "서울특별시 › 강남구 › 논현1동"
    cohort = sel.audience(AudienceKind.COHORT, "1")
    assert cohort is not None and cohort.label == "1" and cohort.status is None
    pixel = sel.audiences_of(AudienceKind.PIXEL_EVENT)[0]
    assert (pixel.track_id, pixel.event_code, pixel.track_rule_id, pixel.term) == (
        "3830610710806837838",
        "PageView",
        "*",
        30,
    )
    assert sel.audience(AudienceKind.CUSTOMER_FILE, "1").inclusion is Inclusion.EXCLUDE  # type: ignore[union-attr]
    assert [c.code for c in sel.ad_serving_categories] == ["IAB16", "IAB8"]
    assert to_fragment(sel) == DOC_SAMPLE


def test_import_keeps_the_campaign_it_is_given():
    ctx = CampaignContext(CampaignType.DISPLAY, Goal.VISITING)
    assert from_fragment(DOC_SAMPLE, campaign=ctx).campaign == ctx


def test_unknown_fields_survive_at_every_level_in_order():
    frag = {
        "name": "ad group 1",
        "targeting": {
            "someNewKey": ["15-19"],
            "cohortTargetings": [{"cohortId": 7, "inclusionType": "INCLUDE", "weight": 3}],
            "locations": [{"value": "I", "description": "서울", "depth1Name": "서울", "x": [1]}],
            "anotherNewKey": ["MALE"],
            "lookalikeTargetings": [{"id": 1}],
        },
        "adServingCategories": ["IAB1"],
        "bidAmount": 100,
    }
    sel = from_fragment(frag)
    assert [k for k, _ in sel.passthrough_targeting] == [
        "someNewKey",
        "anotherNewKey",
        "lookalikeTargetings",
    ]
    assert [k for k, _ in sel.passthrough_top] == ["name", "bidAmount"]
    assert sel.audiences[0].extra == (("weight", 3),)
    assert sel.regions[0].extra == (("x", [1]),)
    assert to_fragment(sel) == frag


def test_a_bare_targeting_object_is_accepted():
    t = {"locations": DOC_SAMPLE["targeting"]["locations"], "someNewKey": ["20-24"]}
    sel = from_fragment(t)
    assert len(sel.regions) == 1 and sel.passthrough_targeting == (("someNewKey", ["20-24"]),)
    assert to_fragment(sel, targeting_only=True) == t


def test_pixel_event_without_term_is_exported_without_term():
    t = {
        "trackerTargetings": [
            {"trackId": "1", "eventCode": "*", "trackRuleId": "*", "inclusionType": "EXCLUDE"}
        ]
    }
    sel = from_fragment(t)
    assert sel.audiences[0].term is None
    assert to_fragment(sel, targeting_only=True) == t


@pytest.mark.parametrize(
    ("obj", "words"),
    [
        ([1, 2], "must be a JSON object"),
        ({"targeting": []}, '"targeting" must be an object'),
        ({"locations": {}}, '"locations" must be a list'),
        ({"locations": [1]}, 'Item 1 of "locations" must be an object'),
        ({"locations": [{"value": "I", "description": "x"}]}, 'has no "depth1Name"'),
        ({"locations": [{"value": 1, "description": "x", "depth1Name": "x"}]}, 'non-text "value"'),
        (
            {"depth2Locations": [{"value": "I1", "description": "x", "depth1Name": "x"}]},
            'has no "depth2Name"',
        ),
        ({"cohortTargetings": [{"cohortId": 1, "inclusionType": "MAYBE"}]}, "INCLUDE or EXCLUDE"),
        ({"cohortTargetings": [{"cohortId": 1}]}, "INCLUDE or EXCLUDE"),
        ({"cohortTargetings": [{"cohortId": "1", "inclusionType": "INCLUDE"}]}, "whole number"),
        ({"cohortTargetings": [{"cohortId": True, "inclusionType": "INCLUDE"}]}, "whole number"),
        ({"cohortTargetings": [{"cohortId": 1.5, "inclusionType": "INCLUDE"}]}, "whole number"),
        ({"talkChannelTargetings": [{"profileId": 5, "inclusionType": "INCLUDE"}]}, "needs text"),
        (
            {
                "trackerTargetings": [
                    {
                        "trackId": "1",
                        "eventCode": "a",
                        "trackRuleId": "*",
                        "term": "30",
                        "inclusionType": "INCLUDE",
                    }
                ]
            },
            'whole number in "term"',
        ),
        (
            {
                "trackerTargetings": [
                    {
                        "trackId": "1|2",
                        "eventCode": "a",
                        "trackRuleId": "*",
                        "inclusionType": "INCLUDE",
                    }
                ]
            },
            '"|"',
        ),
        ({"targeting": {}, "adServingCategories": "IAB1"}, "list of codes"),
        ({"targeting": {}, "sectionCategories": [3]}, "text code"),
    ],
)
def test_malformed_fragments_are_rejected_with_a_plain_message(obj: object, words: str):
    with pytest.raises(FragmentError, match=None) as info:
        from_fragment(obj)
    assert words in str(info.value)


def test_pasted_text_may_have_trailing_commas_and_whitespace_like_kakao_samples():
    text = (
        '\n  {"targeting": {"locations": [\n'
        ' {"value": "A", "description": "강원도", "depth1Name": "강원도",},\n],},}\n'
    )
    sel = parse_fragment_text(text)
    assert sel.regions[0].description == "강원도"


def test_commas_inside_strings_are_not_touched():
    text = '{"targeting": {}, "name": "a,]b, }",}'
    assert dict(parse_fragment_text(text).passthrough_top) == {"name": "a,]b, }"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("   ", "the text is empty"),
        ('{"targeting": {\n"locations": [\n', "ends unexpectedly at line 2"),
        ('{"targeting": {}\n  "x": 1}', "line 2, column 3"),
        ('{"targeting": {}, "x": NaN}', "NaN"),
    ],
)
def test_bad_pasted_text_says_where_in_plain_words(text: str, words: str):
    with pytest.raises(FragmentError) as info:
        parse_fragment_text(text)
    assert words in str(info.value)


def test_absurdly_deep_nesting_is_a_fragment_error_not_a_crash():
    with pytest.raises(FragmentError, match="nested too deeply"):
        parse_fragment_text("[" * 100_000 + "]" * 100_000)


# -- round trip ---------------------------------------------------------------------------
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
_safe = st.text(
    st.characters(codec="utf-8", exclude_characters="|", exclude_categories=("Cs",)),
    min_size=1,
    max_size=8,
)
_json_leaf = st.none() | st.booleans() | st.integers() | _text
_json = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=3,
)
_ids = st.integers(min_value=-(2**63), max_value=2**63 - 1)  # Kakao IDs are Java longs
_inclusion = st.sampled_from(["INCLUDE", "EXCLUDE"])
_extra_keys = _text.filter(
    lambda k: (
        k
        not in {
            "value",
            "description",
            "depth1Name",
            "depth2Name",
            "depth3Name",
            "inclusionType",
            "cohortId",
            "customerFileId",
            "profileId",
            "talkChannelGroupFileId",
            "trackId",
            "eventCode",
            "trackRuleId",
            "term",
        }
    )
)
_extra = st.dictionaries(_extra_keys, _json, max_size=2)


@st.composite
def _region(draw: st.DrawFn, level: int) -> dict[str, Any]:
    obj: dict[str, Any] = {"value": draw(_text), "description": draw(_text)}
    for name in ("depth1Name", "depth2Name", "depth3Name")[:level]:
        obj[name] = draw(_text)
    obj.update(draw(_extra))
    return obj


@st.composite
def _audience(draw: st.DrawFn, kind: AudienceKind) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    wire = FIELDS[kind]
    for f in wire.ids:
        obj[f.name] = draw(_ids if f.type is int else _safe)
    if kind is AudienceKind.PIXEL_EVENT and draw(st.booleans()):
        obj["term"] = draw(st.integers(-5, 400))
    obj["inclusionType"] = draw(_inclusion)
    obj.update(draw(_extra))
    return obj


# Whole fragments are big inputs by design; coverage tracing makes them slower still.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]


@st.composite
def fragments(draw: st.DrawFn) -> dict[str, Any]:
    targeting: dict[str, Any] = {}
    for level, key in enumerate(("locations", "depth2Locations", "depth3Locations"), start=1):
        items = draw(st.lists(_region(level), max_size=2))
        if items:
            targeting[key] = items
    for kind, wire in FIELDS.items():
        items = draw(st.lists(_audience(kind), max_size=2))
        if items:
            targeting[wire.list_key] = items
    known_t = {
        "locations",
        "depth2Locations",
        "depth3Locations",
        *(w.list_key for w in FIELDS.values()),
        # Keys the domain reads and checks (demographics, Kakao data, …) are not passthrough:
        # random values there are refused, as Kakao would (found: {"ages": null}).
        *OTHER_FRAGMENT_KEYS,
        LOCATION_TYPE_KEY,
    }
    targeting.update(
        draw(st.dictionaries(_text.filter(lambda k: k not in known_t), _json, max_size=3))
    )
    out: dict[str, Any] = {"targeting": targeting}
    for key in ("adServingCategories", "sectionCategories"):
        codes = draw(st.lists(_text, max_size=3))
        if codes:
            out[key] = codes
    known_top = {
        "targeting",
        "adServingCategories",
        "sectionCategories",
        *OTHER_FRAGMENT_KEYS,
        LOCATION_TYPE_KEY,
    }
    out.update(draw(st.dictionaries(_text.filter(lambda k: k not in known_top), _json, max_size=3)))
    return out


@settings(max_examples=200, suppress_health_check=_SLOW_OK)
@given(fragments())
def test_export_of_an_imported_fragment_is_the_same_fragment(frag: dict[str, Any]):
    assert to_fragment(from_fragment(frag)) == frag


@settings(max_examples=80, suppress_health_check=_SLOW_OK)
@given(fragments())
def test_round_trip_survives_pasting_the_json_text(frag: dict[str, Any]):
    text = json.dumps(frag, ensure_ascii=False, indent=2)
    assert to_fragment(parse_fragment_text(text)) == frag


@settings(max_examples=80, suppress_health_check=_SLOW_OK)
@given(fragments())
def test_import_export_is_idempotent(frag: dict[str, Any]):
    once = from_fragment(frag)
    twice = from_fragment(to_fragment(once))
    assert to_fragment(twice) == to_fragment(once)
    assert [(a.kind, a.key, a.inclusion, a.term, a.extra) for a in twice.audiences] == [
        (a.kind, a.key, a.inclusion, a.term, a.extra) for a in once.audiences
    ]


def test_the_whole_fragment_carries_the_ticked_placements_beside_the_categories():
    from moment_gui.domain.campaign import Placement

    campaign = CampaignContext(
        CampaignType.DISPLAY, Goal.VISITING, frozenset({Placement.NETWORK, Placement.DAUM})
    )
    sel = TargetingSelection(
        campaign=campaign, ad_serving_categories=(CategoryPick("IAB16", "Pets"),)
    )
    whole = to_fragment(sel)
    assert whole["placements"] == ["DAUM", "NETWORK"]  # the enum's order, as Kakao lists them
    assert list(whole)[:3] == ["targeting", "placements", "adServingCategories"]
    assert "placements" not in to_fragment(sel, targeting_only=True)
    back = from_fragment(whole, CampaignContext(CampaignType.DISPLAY, Goal.VISITING))
    assert back.campaign == campaign and to_fragment(back) == whole
    assert "placements" not in to_fragment(replace(sel, campaign=None))
