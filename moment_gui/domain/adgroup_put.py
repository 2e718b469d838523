"""The `PUT /adGroups` body: a fresh GET of the ad group with the picker's parts replaced.

Only the parts the picker edits are replaced: the region lists, the six audience lists, the
two category lists, the Kakao data lists, and the gender, age and device settings the picker
set. Everything else in the fresh ad group goes back as Kakao sent it, in
its order. Within a replaced list:

- a pick that came from Kakao and was not changed (same key, inclusion and term) goes back as
  the item Kakao sent: same keys, same spelling, same order of keys;
- a changed pick keeps Kakao's item with only the inclusion or period changed, in the
  period spelling that item uses (`term` days or `trackerTargetingTerms` names);
- a new pick is written in our spelling, or in the period names when the ad group uses them;
- a list the planner emptied is sent as an explicit `[]`, so a removed audience is removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from moment_gui.domain.demographics import Demographics
from moment_gui.domain.fragment import to_fragment
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
    LOCATION_TYPE_KEY,
    REGION_KEYS,
    SECTION_KEY,
    TARGETING_KEY,
    TRACKER_PERIODS,
    TRACKER_TERMS_KEY,
    audience_json,
    period_names,
    read_audience,
    region_json,
)
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    RegionLevel,
    RegionPick,
    TargetingSelection,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError

JsonObject = dict[str, Any]


class ApplyError(MessageError, ValueError):
    """The picks cannot be written into this ad group; one plain sentence says why."""


def build_put_body(
    fresh: Mapping[str, Any],
    picks: TargetingSelection,
    opened: Mapping[str, Any] | None = None,
) -> JsonObject:
    """The whole ad group to PUT. `opened` (the ad group when the planner opened it) only
    decides which absent lists to send as `[]`: those the planner emptied."""
    # One copy of Kakao's JSON; the items below are taken from it as they are (already ours).
    body: JsonObject = _json_copy(fresh)
    targeting = body.get(TARGETING_KEY)
    if not isinstance(targeting, dict):
        targeting = {}  # attached below only if a pick needs it
    before = opened.get(TARGETING_KEY) if opened is not None else None
    had = set(targeting) | (set(before) if isinstance(before, Mapping) else set())
    by_level: dict[RegionLevel, list[RegionPick]] = {level: [] for level in REGION_KEYS}
    for r in picks.regions:
        by_level[r.level].append(r)
    for level, key in REGION_KEYS.items():
        sent = {i.get("value"): i for i in _items(targeting, key)}
        items = [
            dict(sent[r.value]) if r.value in sent else region_json(r) for r in by_level[level]
        ]
        _put_list(targeting, key, items, key in had)
    _location_type(targeting, bool(picks.regions))
    for kind, wire in FIELDS.items():
        sent_items = _items(targeting, wire.list_key)
        by_key = {p.key: (item, p) for item, p in _read(wire.list_key, sent_items, kind)}
        periods = kind is AudienceKind.PIXEL_EVENT and _uses_periods(sent_items, before)
        items = [_audience_item(p, by_key.get(p.key), periods) for p in picks.audiences_of(kind)]
        _put_list(targeting, wire.list_key, items, wire.list_key in had)
    if targeting and not isinstance(body.get(TARGETING_KEY), dict):
        body[TARGETING_KEY] = targeting
    top_had = set(body) | (set(opened) if opened is not None else set())
    for key, chosen in (
        (AD_SERVING_KEY, picks.ad_serving_categories),
        (SECTION_KEY, picks.section_categories),
    ):
        codes = [c.code for c in chosen]
        current = body.get(key)
        if isinstance(current, list) and sorted(map(str, current)) == sorted(codes):
            continue  # the same codes: Kakao's list as it is, in its order
        _put_list(body, key, codes, key in top_had)
    for data_kind, key in DATA_KEYS.items():
        ids = [c.id for c in picks.data_categories_of(data_kind)]
        current = targeting.get(key)
        if isinstance(current, list) and sorted(map(str, current)) == sorted(ids):
            continue
        _put_list(targeting, key, ids, key in had)
    _demographics(body, targeting, picks.demographics)
    return body


def _demographics(body: JsonObject, targeting: JsonObject, demo: Demographics) -> None:
    """Gender, age and devices the picker set replace Kakao's; a pair the picker left unset
    (scope None) stays as Kakao sent it. An ALL scope drops the list that went with NOT_ALL."""
    written = to_fragment(TargetingSelection(demographics=demo))
    inner = written.pop(TARGETING_KEY)
    for container, values, scope, listed in (
        (targeting, inner, GENDER_TYPE_KEY, GENDERS_KEY),
        (targeting, inner, AGE_TYPE_KEY, AGES_KEY),
        (body, written, ALL_DEVICES_KEY, DEVICE_TYPES_KEY),
    ):
        if scope not in values:
            continue
        container[scope] = values[scope]
        if listed in values:
            container[listed] = values[listed]
        else:
            container.pop(listed, None)


def _json_copy(value: Any) -> Any:
    """A copy of parsed JSON (dicts, lists, scalars): several times faster than deepcopy."""
    if isinstance(value, dict):  # parsed JSON is dicts: cheaper than an ABC check
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, Mapping):
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    return value


def _items(container: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = container.get(key)
    return [i for i in value if isinstance(i, Mapping)] if isinstance(value, list) else []


def _read(
    key: str, items: Sequence[Mapping[str, Any]], kind: AudienceKind
) -> list[tuple[Mapping[str, Any], AudiencePick]]:
    return [(item, read_audience(key, i, item, kind)) for i, item in enumerate(items, start=1)]


def _put_list(container: JsonObject, key: str, items: list[Any], present: bool) -> None:
    """Replace in place (key order kept); add when new; `[]` only where the list existed."""
    if items or present:
        container[key] = items


def _location_type(targeting: JsonObject, has_regions: bool) -> None:
    # Kept only when Kakao sent it [observed 2021]: AREA with regions, ALL without.
    current = targeting.get(LOCATION_TYPE_KEY)
    if current in ("AREA", "ALL"):
        targeting[LOCATION_TYPE_KEY] = "AREA" if has_regions else "ALL"


def _uses_periods(sent: Sequence[Mapping[str, Any]], before: object) -> bool:
    """Does this ad group spell Pixel periods as names? Judged from its items, now or opened."""
    items = list(sent)
    if isinstance(before, Mapping):
        items += _items(before, FIELDS[AudienceKind.PIXEL_EVENT].list_key)
    return any(TRACKER_TERMS_KEY in i for i in items) and not any("term" in i for i in items)


def _audience_item(
    pick: AudiencePick, sent: tuple[Mapping[str, Any], AudiencePick] | None, periods: bool
) -> JsonObject:
    if sent is not None:
        item, was = sent
        if was.inclusion == pick.inclusion and was.term == pick.term:
            return dict(item)  # unchanged: exactly as Kakao sent it
        out = dict(item)
        out[INCLUSION_KEY] = pick.inclusion.value
        if pick.kind is AudienceKind.PIXEL_EVENT and was.term != pick.term:
            if TRACKER_TERMS_KEY in out:
                out[TRACKER_TERMS_KEY] = _names(pick)
            else:
                out["term"] = pick.term
        return out
    out = audience_json(pick, FIELDS[pick.kind])
    if pick.kind is AudienceKind.PIXEL_EVENT and periods and "term" in out:
        del out["term"]
        out[TRACKER_TERMS_KEY] = _names(pick)
    return out


def _names(pick: AudiencePick) -> list[str]:
    names = period_names(pick.term)
    if names is None:
        raise ApplyError(
            Message.of(
                "ApplyError",
                QT_TRANSLATE_NOOP(
                    "ApplyError",
                    "This ad group stores Pixel & SDK periods as period names, and {days} days "
                    "is not one of them. Choose {choices} days for {event}.",
                ),
                days=pick.term if pick.term is not None else "?",
                choices=", ".join(str(d) for d in TRACKER_PERIODS.values()),
                event=pick.label,
            )
        )
    return names
