"""The ad-group fragment a planner pastes into Kakao Moment, and its exact inverse.

`to_fragment` writes the shape of shared doc §3; `from_fragment` reads it back so that
`to_fragment(from_fragment(f)) == f` for every valid fragment (one with a `targeting` object
and no empty known lists). Known keys are written in the order §3 shows; fields the picker does
not edit (lookalikeTargetings, anything new) are kept as passthrough and written after them at
the same level, in the order they arrived. Kakao data IDs and demographic values are checked:
only what Kakao's form offers is accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from moment_gui.domain.campaign import CampaignContext, Placement
from moment_gui.domain.demographics import Demographics, DeviceType, Gender
from moment_gui.domain.fragment_wire import (
    AD_SERVING_KEY,
    AGE_TYPE_KEY,
    AGES_KEY,
    ALL_DEVICES_KEY,
    DATA_KEYS,
    DEVICE_TYPES_KEY,
    FIELDS,
    GENDER_TYPE_KEY,
    GENDERS_KEY,
    INCLUSION_KEY,
    LEGAL_AGES,
    LEGAL_DEVICES,
    LEGAL_GENDERS,
    OTHER_FRAGMENT_KEYS,
    PLACEMENTS_KEY,
    REGION_KEYS,
    REGION_NAME_KEYS,
    SECTION_KEY,
    TARGETING_KEY,
    AudienceWire,
    FragmentError,
    WireField,
    audience_json,
    fragment_error,
    kind_of,
    read_audience,
    read_codes,
    read_data_ids,
    read_flag,
    read_items,
    read_legal,
    read_region,
    read_scope,
    region_json,
    region_list_key,
)
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    RegionPick,
    TargetingSelection,
)
from moment_gui.lenient_json import JsonSentences, json_reason, load_json
from moment_gui.message import QT_TRANSLATE_NOOP

__all__ = [
    "AD_SERVING_KEY",
    "FIELDS",
    "INCLUSION_KEY",
    "REGION_KEYS",
    "REGION_NAME_KEYS",
    "SECTION_KEY",
    "TARGETING_KEY",
    "AudienceWire",
    "FragmentError",
    "WireField",
    "from_fragment",
    "json_reason",
    "parse_fragment_text",
    "to_fragment",
]

_KIND_BY_LIST_KEY = {wire.list_key: kind for kind, wire in FIELDS.items()}
_LEVEL_BY_LIST_KEY = {key: level for level, key in REGION_KEYS.items()}
_DATA_KIND_BY_KEY = {key: kind for kind, key in DATA_KEYS.items()}
_TOP_KNOWN = (
    TARGETING_KEY,
    AD_SERVING_KEY,
    SECTION_KEY,
    ALL_DEVICES_KEY,
    DEVICE_TYPES_KEY,
    PLACEMENTS_KEY,
)


# -- export -------------------------------------------------------------------------------
def to_fragment(sel: TargetingSelection, targeting_only: bool = False) -> dict[str, Any]:
    """The ad-group fragment of `sel` (or only its `targeting` object). Empty lists left out.

    Devices sit beside `targeting` on the ad group, so a targeting-only export leaves them out.
    """
    targeting: dict[str, Any] = {}
    # One pass into buckets (not one scan per level/kind): export runs on every edit.
    regions: dict[str, list[dict[str, Any]]] = {key: [] for key in REGION_KEYS.values()}
    for r in sel.regions:
        regions[region_list_key(r)].append(region_json(r))
    targeting.update((key, items) for key, items in regions.items() if items)
    audiences: dict[AudienceKind, list[dict[str, Any]]] = {kind: [] for kind in FIELDS}
    for a in sel.audiences:
        audiences[a.kind].append(audience_json(a, FIELDS[a.kind]))
    targeting.update((FIELDS[k].list_key, items) for k, items in audiences.items() if items)
    data: dict[DataKind, list[str]] = {kind: [] for kind in DATA_KEYS}
    for c in sel.data_categories:
        data[c.kind].append(c.id)
    targeting.update((DATA_KEYS[k], ids) for k, ids in data.items() if ids)
    demo = sel.demographics
    _put(targeting, GENDER_TYPE_KEY, demo.gender_type)
    _put(targeting, GENDERS_KEY, demo.genders)
    _put(targeting, AGE_TYPE_KEY, demo.age_type)
    _put(targeting, AGES_KEY, demo.ages)
    targeting.update(sel.passthrough_targeting)
    if targeting_only:
        return targeting
    out: dict[str, Any] = {TARGETING_KEY: targeting}
    if sel.campaign is not None and sel.campaign.placements:
        # What the planner ticked in the top bar is part of the ad group they paste into.
        out[PLACEMENTS_KEY] = [p.value for p in Placement if p in sel.campaign.placements]
    if sel.ad_serving_categories:
        out[AD_SERVING_KEY] = [c.code for c in sel.ad_serving_categories]
    if sel.section_categories:
        out[SECTION_KEY] = [c.code for c in sel.section_categories]
    _put(out, ALL_DEVICES_KEY, demo.all_devices)
    _put(out, DEVICE_TYPES_KEY, demo.device_types)
    out.update((key, value) for key, value in sel.passthrough_top if key not in out)
    return out


def _put(out: dict[str, Any], key: str, value: object) -> None:
    """Write a demographic field as the fragment had it: None is absent, an enum its value."""
    if value is None:
        return
    if isinstance(value, tuple):
        out[key] = [str(v) for v in value]
    elif isinstance(value, bool):
        out[key] = value
    else:
        out[key] = str(value)


# -- import -------------------------------------------------------------------------------
def from_fragment(obj: object, campaign: CampaignContext | None = None) -> TargetingSelection:
    """Read a whole ad-group fragment, or only its `targeting` object, into a selection.

    Everything understood becomes a pick; everything else is kept as passthrough.
    Raises FragmentError with a plain message when the fragment is malformed.
    """
    if not isinstance(obj, Mapping):
        raise fragment_error(
            QT_TRANSLATE_NOOP("FragmentError", "The fragment must be a JSON object, not {kind}"),
            kind=kind_of(obj),
        )
    is_whole = any(k in obj for k in _TOP_KNOWN)
    if is_whole:
        targeting = obj.get(TARGETING_KEY, {})
        if not isinstance(targeting, Mapping):
            raise fragment_error(
                QT_TRANSLATE_NOOP("FragmentError", '"targeting" must be an object, not {kind}'),
                kind=kind_of(targeting),
            )
    else:
        targeting = obj
    regions: list[RegionPick] = []
    audiences: list[AudiencePick] = []
    data: list[DataCategoryPick] = []
    demo: dict[str, Any] = {}
    pass_targeting: list[tuple[str, Any]] = []
    for key, value in targeting.items():
        if key in _DATA_KIND_BY_KEY:
            data.extend(read_data_ids(key, value, _DATA_KIND_BY_KEY[key]))
        elif key in (GENDER_TYPE_KEY, AGE_TYPE_KEY):
            demo[key] = read_scope(key, value)
        elif key == GENDERS_KEY:
            demo[key] = tuple(Gender(v) for v in read_legal(key, value, LEGAL_GENDERS))
        elif key == AGES_KEY:
            demo[key] = read_legal(key, value, LEGAL_AGES)
        elif key in _LEVEL_BY_LIST_KEY:
            level = _LEVEL_BY_LIST_KEY[key]
            regions.extend(read_region(key, i, item, level) for i, item in read_items(key, value))
        elif key in _KIND_BY_LIST_KEY:
            kind = _KIND_BY_LIST_KEY[key]
            audiences.extend(
                read_audience(key, i, item, kind) for i, item in read_items(key, value)
            )
        else:
            pass_targeting.append((key, value))
    ad_serving: tuple[CategoryPick, ...] = ()
    section: tuple[CategoryPick, ...] = ()
    pass_top: list[tuple[str, Any]] = []
    if is_whole:
        for key, value in obj.items():
            if key == AD_SERVING_KEY:
                ad_serving = read_codes(key, value)
            elif key == SECTION_KEY:
                section = read_codes(key, value)
            elif key == PLACEMENTS_KEY and campaign is not None and _placements(value):
                campaign = replace(campaign, placements=_placements(value))
            elif key == ALL_DEVICES_KEY:
                demo[key] = read_flag(key, value)
            elif key == DEVICE_TYPES_KEY:
                demo[key] = tuple(DeviceType(v) for v in read_legal(key, value, LEGAL_DEVICES))
            elif key != TARGETING_KEY:
                pass_top.append((key, value))
    return TargetingSelection(
        campaign=campaign,
        regions=_by_level(regions),
        ad_serving_categories=ad_serving,
        section_categories=section,
        audiences=_by_kind(audiences),
        data_categories=_by_data_kind(data),
        demographics=Demographics(
            gender_type=demo.get(GENDER_TYPE_KEY),
            genders=demo.get(GENDERS_KEY),
            age_type=demo.get(AGE_TYPE_KEY),
            ages=demo.get(AGES_KEY),
            all_devices=demo.get(ALL_DEVICES_KEY),
            device_types=demo.get(DEVICE_TYPES_KEY),
        ),
        passthrough_targeting=tuple(pass_targeting),
        passthrough_top=tuple(pass_top),
    )


def _placements(value: object) -> frozenset[Placement]:
    """The ad group's placements when every value is one we know; else none (kept as pasted)."""
    if not isinstance(value, list) or not value:
        return frozenset()
    known = {p.value: p for p in Placement}
    if not all(isinstance(v, str) and v in known for v in value):
        return frozenset()
    return frozenset(known[v] for v in value)


def _by_level(regions: list[RegionPick]) -> tuple[RegionPick, ...]:
    # Export groups by level anyway; ordering the picks the same way keeps the round trip exact.
    return tuple(sorted(regions, key=lambda r: r.level))


def _by_kind(audiences: list[AudiencePick]) -> tuple[AudiencePick, ...]:
    order = {kind: i for i, kind in enumerate(FIELDS)}
    return tuple(sorted(audiences, key=lambda a: order[a.kind]))


def _by_data_kind(picks: list[DataCategoryPick]) -> tuple[DataCategoryPick, ...]:
    order = {kind: i for i, kind in enumerate(DATA_KEYS)}
    return tuple(sorted(picks, key=lambda c: order[c.kind]))


# -- pasted text --------------------------------------------------------------------------
_SAY = JsonSentences(
    "FragmentError",
    ends=QT_TRANSLATE_NOOP(
        "FragmentError", "The JSON ends unexpectedly at line {line}; is part of it missing?"
    ),
    invalid=QT_TRANSLATE_NOOP(
        "FragmentError", "The text is not valid JSON: {reason} at line {line}, column {column}"
    ),
    too_deep=QT_TRANSLATE_NOOP(
        "FragmentError", "The JSON is nested too deeply to be an ad-group fragment"
    ),
    constant=QT_TRANSLATE_NOOP(
        "FragmentError", "The text is not valid JSON: {name} is not a number JSON allows"
    ),
    too_long=QT_TRANSLATE_NOOP(
        "FragmentError", "The text has a number too long to be an ID or a count"
    ),
    broken_escape=QT_TRANSLATE_NOOP(
        "FragmentError", "The text has a broken character escape (half of a surrogate pair)"
    ),
)


def parse_fragment_text(text: str, campaign: CampaignContext | None = None) -> TargetingSelection:
    """Read pasted JSON text, forgiving trailing commas as in Kakao's own samples."""
    cleaned = text.strip().lstrip("\ufeff")
    if not cleaned:
        raise fragment_error(
            QT_TRANSLATE_NOOP("FragmentError", "There is nothing to import: the text is empty")
        )
    obj = load_json(cleaned, _SAY, FragmentError, lenient=True)
    _refuse_non_fragment(obj)
    return from_fragment(obj, campaign)


def _refuse_non_fragment(obj: object) -> None:
    """Any JSON object used to import as "0 regions": only an ad-group fragment may."""
    if not isinstance(obj, Mapping):
        return  # from_fragment says what it is instead
    if obj.get("format") == "moment-gui.selection":
        raise fragment_error(
            QT_TRANSLATE_NOOP(
                "FragmentError",
                "This is a saved moment-gui selection, not an ad-group fragment: open it instead",
            )
        )
    known = {
        *_TOP_KNOWN,
        *_KIND_BY_LIST_KEY,
        *_LEVEL_BY_LIST_KEY,
        *_DATA_KIND_BY_KEY,
        *OTHER_FRAGMENT_KEYS,
    }
    if not known.intersection(obj):
        raise fragment_error(
            QT_TRANSLATE_NOOP(
                "FragmentError",
                "This JSON is not an ad-group fragment: it has none of its fields "
                "(targeting, locations, cohortTargetings, adServingCategories, …)",
            )
        )
