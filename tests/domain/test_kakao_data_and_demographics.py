"""Kakao data (관심사/업종) and demographics: fragment round trip, legal values only, the rules,
and the saved file (format 2, upgraded from 1)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from moment_gui.domain.demographics import (
    AGE_BANDS,
    Demographics,
    DeviceType,
    Gender,
    Scope,
    age_band_end,
)
from moment_gui.domain.document import VERSION, DocumentError, SavedSelection, dumps, loads
from moment_gui.domain.fragment import FragmentError, parse_fragment_text, to_fragment
from moment_gui.domain.kakao_data import (
    DataCategoryPick,
    DataKind,
    category_ancestors,
    category_depth,
)
from moment_gui.domain.rules import RuleId, check
from moment_gui.domain.selection import TargetingSelection

INTEREST, BUSINESS = DataKind.INTEREST, DataKind.BUSINESS_TYPE

# Every new field, in the order export writes them, beside the older ones.
EVERY_NEW_FIELD = {
    "targeting": {
        "locations": [{"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"}],
        "cohortTargetings": [{"cohortId": 1, "inclusionType": "INCLUDE"}],
        "ufoInterests": ["I01", "I0201", "I020101"],
        "ufoBusinessTypes": ["B0401"],
        "genderType": "NOT_ALL",
        "genders": ["F"],
        "ageType": "NOT_ALL",
        "ages": ["20", "25", "65"],
        "lookalikeTargetings": [{"lookalikeId": 1, "inclusionType": "INCLUDE"}],
    },
    "adServingCategories": ["IAB16"],
    "allAvailableDeviceType": False,
    "deviceTypes": ["ANDROID", "IOS"],
    "name": "광고그룹",
}


def test_a_fragment_with_every_new_field_imports_and_exports_byte_identical() -> None:
    text = json.dumps(EVERY_NEW_FIELD, ensure_ascii=False, indent=2)
    sel = parse_fragment_text(text)
    assert json.dumps(to_fragment(sel), ensure_ascii=False, indent=2) == text
    assert [(c.kind, c.id) for c in sel.data_categories] == [
        (INTEREST, "I01"),
        (INTEREST, "I0201"),
        (INTEREST, "I020101"),
        (BUSINESS, "B0401"),
    ]
    assert sel.demographics == Demographics(
        Scope.NOT_ALL,
        (Gender.FEMALE,),
        Scope.NOT_ALL,
        ("20", "25", "65"),
        False,
        (DeviceType.ANDROID, DeviceType.IOS),
    )
    assert [k for k, _ in sel.passthrough_targeting] == ["lookalikeTargetings"]
    assert [k for k, _ in sel.passthrough_top] == ["name"]


def test_a_fragment_with_every_new_field_survives_the_saved_file_byte_identical() -> None:
    text = json.dumps(EVERY_NEW_FIELD, ensure_ascii=False, indent=2)
    doc = loads(dumps(SavedSelection(parse_fragment_text(text))))
    assert json.dumps(to_fragment(doc.selection), ensure_ascii=False, indent=2) == text


def test_targeting_only_leaves_the_ad_groups_device_fields_out() -> None:
    sel = parse_fragment_text(json.dumps(EVERY_NEW_FIELD))
    targeting = to_fragment(sel, targeting_only=True)
    assert targeting == EVERY_NEW_FIELD["targeting"]
    assert "deviceTypes" not in targeting and "allAvailableDeviceType" not in targeting


@pytest.mark.parametrize(
    ("fragment", "message"),
    [
        ({"targeting": {"ages": ["26"]}}, 'Item 1 of "ages" is "26"; Kakao offers only 15, 20'),
        ({"targeting": {"ages": ["20", "31"]}}, 'Item 2 of "ages" is "31"'),
        ({"targeting": {"ages": ["41"]}}, '"41"; Kakao offers only'),
        ({"targeting": {"ages": ["20-24"]}}, '"20-24"'),
        ({"targeting": {"ages": [20]}}, 'Item 1 of "ages" must be a text code, not a number'),
        ({"targeting": {"genders": ["MALE"]}}, 'is "MALE"; Kakao offers only M, F'),
        ({"targeting": {"genderType": "SOME"}}, '"genderType" must be ALL or NOT_ALL'),
        ({"targeting": {"ageType": None}}, '"ageType" must be ALL or NOT_ALL, got nothing'),
        ({"deviceTypes": ["MAC"]}, "Kakao offers only ANDROID, IOS, PC"),
        ({"allAvailableDeviceType": "yes"}, '"allAvailableDeviceType" must be true or false'),
        ({"targeting": {"ufoInterests": ["ABCD"]}}, "not a Kakao category ID"),
        ({"targeting": {"ufoInterests": ["I01x1"]}}, "not a Kakao category ID"),
        ({"targeting": {"ufoBusinessTypes": "B01"}}, '"ufoBusinessTypes" must be a list'),
        ({"targeting": {"ufoBusinessTypes": [101]}}, "must be a text code, not a number"),
    ],
)
def test_values_kakaos_form_does_not_offer_are_refused_plainly(
    fragment: dict[str, Any], message: str
) -> None:
    with pytest.raises(FragmentError) as caught:
        parse_fragment_text(json.dumps(fragment))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_age_bands_are_the_forms_band_starts() -> None:
    assert AGE_BANDS == ("15", "20", "25", "30", "35", "40", "45", "50", "55", "60", "65")
    assert {"26", "31", "41"}.isdisjoint(AGE_BANDS)
    assert age_band_end("20") == 24 and age_band_end("65") is None


def test_the_pickers_edits_spell_all_as_all_and_a_subset_in_the_forms_order() -> None:
    d = Demographics().with_genders([Gender.FEMALE]).with_ages(["30", "20"])
    assert (d.gender_type, d.genders) == (Scope.NOT_ALL, (Gender.FEMALE,))
    assert (d.age_type, d.ages) == (Scope.NOT_ALL, ("20", "30"))
    assert d.targeted_ages() == frozenset({"20", "30"})
    everyone = d.with_genders([Gender.MALE, Gender.FEMALE]).with_ages(None)
    assert (everyone.gender_type, everyone.genders, everyone.age_type) == (
        Scope.ALL,
        None,
        Scope.ALL,
    )
    assert everyone.targeted_genders() is None
    phones = d.with_devices([DeviceType.IOS, DeviceType.ANDROID])
    assert phones.all_devices is False
    assert phones.device_types == (DeviceType.ANDROID, DeviceType.IOS)
    assert d.with_devices(None).targeted_devices() is None
    assert d.without_genders().without_ages() == Demographics()
    with pytest.raises(ValueError, match="not offered by Kakao: 26"):
        d.with_ages(["26"])
    frag = to_fragment(TargetingSelection(demographics=everyone.with_devices(None)))
    assert frag == {
        "targeting": {"genderType": "ALL", "ageType": "ALL"},
        "allAvailableDeviceType": True,
    }


def test_category_levels_follow_the_id() -> None:
    assert [category_depth(i) for i in ("I01", "I0101", "I010101", "I01x", "I01ab")] == [
        1,
        2,
        3,
        None,
        None,
    ]
    assert category_ancestors("I010101") == ("I01", "I0101")
    assert category_ancestors("I01") == ()


def test_with_and_without_data_categories() -> None:
    game = DataCategoryPick(INTEREST, "I01", "게임")
    shop = DataCategoryPick(BUSINESS, "B01", "쇼핑몰")
    sel = TargetingSelection().with_data_categories([game, shop, game])
    assert sel.data_categories == (game, shop) and not sel.is_empty
    assert sel.with_data_categories([game]) is sel
    assert sel.data_categories_of(BUSINESS) == (shop,)
    assert sel.without_data_categories(INTEREST, ["I01"]).data_categories == (shop,)
    # The same ID in the other list is another pick.
    other_list = sel.with_data_categories([DataCategoryPick(BUSINESS, "I01", "x")])
    assert len(other_list.data_categories) == 3


def picks(kind: DataKind, *ids: str) -> list[DataCategoryPick]:
    return [DataCategoryPick(kind, i, f"name {i}") for i in ids]


def test_a_category_picked_with_categories_inside_it_is_one_problem_with_two_fixes() -> None:
    sel = TargetingSelection().with_data_categories(
        picks(INTEREST, "I01", "I0101", "I010101", "I0201") + picks(BUSINESS, "B01")
    )
    found = [p for p in check(sel) if p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS]
    assert len(found) == 1
    problem = found[0]
    assert problem.items == ("I01", "I0101", "I010101")
    assert "“name I01” is picked together with 2 categories inside it" in problem.message
    keep_parent, keep_children = problem.fixes
    assert keep_parent.label == "Keep “name I01”"
    kept = keep_parent.apply(sel)
    assert [c.id for c in kept.data_categories] == ["I01", "I0201", "B01"]
    kept = keep_children.apply(sel)
    assert [c.id for c in kept.data_categories] == ["I0101", "I010101", "I0201", "B01"]
    # Keeping the children still leaves a middle category with its child: the next check says so.
    again = [p for p in check(kept) if p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS]
    assert [p.items for p in again] == [("I0101", "I010101")]


def test_a_category_with_one_category_inside_it_says_so_in_the_singular() -> None:
    sel = TargetingSelection().with_data_categories(picks(INTEREST, "I01", "I0101"))
    (problem,) = [p for p in check(sel) if p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS]
    assert "“name I01” is picked together with 1 category inside it (“name I0101”)" in (
        problem.message
    )
    assert "categories" not in problem.message and "the one inside it" in problem.message
    _keep_parent, keep_child = problem.fixes
    assert keep_child.label == "Keep “name I0101” instead"
    assert [c.id for c in keep_child.apply(sel).data_categories] == ["I0101"]


def test_the_same_id_in_interests_and_business_types_is_no_conflict() -> None:
    both = picks(INTEREST, "A01") + picks(BUSINESS, "A0101")
    sel = TargetingSelection().with_data_categories(both)
    assert not [p for p in check(sel) if p.rule is RuleId.DATA_CATEGORY_AT_TWO_LEVELS]


@pytest.mark.parametrize(
    ("demo", "fix_label"),
    [
        (Demographics(gender_type=Scope.NOT_ALL, genders=()), "Target all genders"),
        (Demographics(age_type=Scope.NOT_ALL), "Target all ages"),
        (Demographics(all_devices=False, device_types=()), "Use all devices"),
    ],
)
def test_limited_to_nothing_is_an_error_with_a_fix(demo: Demographics, fix_label: str) -> None:
    sel = TargetingSelection(demographics=demo)
    found = [p for p in check(sel) if p.rule is RuleId.DEMOGRAPHIC_NOTHING_CHOSEN]
    assert len(found) == 1 and found[0].fixes[0].label == fix_label
    fixed = found[0].fixes[0].apply(sel)
    assert not [p for p in check(fixed) if p.rule is RuleId.DEMOGRAPHIC_NOTHING_CHOSEN]


def test_a_version_1_file_gets_its_passthrough_demographics_as_picks() -> None:
    v1 = json.loads(dumps(SavedSelection(TargetingSelection())))
    v1["version"] = 1
    for key in ("dataCategories", "demographics"):
        del v1["selection"][key]
    v1["selection"]["passthroughTargeting"] = {
        "ages": ["20", "25"],
        "genders": ["MALE"],  # not what Kakao's form offers: stays as it was
        "ufoInterests": ["I01"],
        "lookalikeTargetings": [],
    }
    v1["selection"]["passthroughTop"] = {"deviceTypes": ["IOS"], "name": "x"}
    doc = loads(json.dumps(v1))
    assert doc.upgraded_from == 1 and VERSION == 2
    sel = doc.selection
    assert sel.demographics.ages == ("20", "25")
    assert sel.demographics.device_types == (DeviceType.IOS,)
    assert [c.id for c in sel.data_categories] == ["I01"]
    assert dict(sel.passthrough_targeting) == {"genders": ["MALE"], "lookalikeTargetings": []}
    assert dict(sel.passthrough_top) == {"name": "x"}
    assert json.loads(dumps(doc))["version"] == 2


@pytest.mark.parametrize(
    "selection_patch",
    [
        {"demographics": {"ages": ["26"]}},
        {"demographics": {"colour": "blue"}},
        {"demographics": []},
        {"dataCategories": [{"kind": "AGE", "id": "I01", "name": "x"}]},
        {"dataCategories": [{"kind": "INTEREST", "id": "I0", "name": "x"}]},
        {"dataCategories": [{"kind": "INTEREST", "id": "I01"}]},
    ],
)
def test_damaged_new_fields_in_a_file_are_a_document_error(selection_patch: dict) -> None:
    obj = json.loads(dumps(SavedSelection(TargetingSelection())))
    obj["selection"].update(selection_patch)
    with pytest.raises(DocumentError, match="The file is damaged"):
        loads(json.dumps(obj))


def test_diff_shows_kakao_data_and_demographic_changes() -> None:
    from moment_gui.domain.diff import diff

    before = TargetingSelection().with_data_categories(picks(INTEREST, "I01", "I02"))
    before = before.with_demographics(Demographics().with_genders([Gender.FEMALE]))
    after = before.without_data_categories(INTEREST, ["I02"]).with_data_categories(
        picks(BUSINESS, "B01")
    )
    after = after.with_demographics(
        after.demographics.with_genders([Gender.MALE]).with_ages(["20"])
    )
    d = diff(before, after)
    assert d.counts() == {
        "ufoInterests": (0, 1, 0),
        "ufoBusinessTypes": (1, 0, 0),
        "demographics": (1, 0, 1),
    }
    gender = d.category("demographics").changed[0]
    assert gender.key == "gender" and ("genders", "F", "M") in gender.fields
    assert "Business types: +1 -0 ~0" in d.render()
