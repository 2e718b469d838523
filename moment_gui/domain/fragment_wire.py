"""How a selection is spelled on the wire: the field table and one region or audience each way.

Every wire name of shared doc §3 lives here (`FIELDS`, `REGION_KEYS`, …): correcting one is a
one-line change. fragment.py assembles these pieces into the whole ad-group fragment.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from moment_gui.domain.demographics import AGE_BANDS, DEVICE_TYPES, GENDERS, Scope
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind, category_depth
from moment_gui.domain.kinds import PARTS
from moment_gui.domain.kinds import AudienceWire as AudienceWire  # re-exported
from moment_gui.domain.kinds import Provenance as Provenance  # re-exported
from moment_gui.domain.kinds import WireField as WireField  # re-exported
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionLevel,
    RegionPick,
    pixel_event_key,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError


class FragmentError(MessageError, ValueError):
    """A pasted fragment that cannot be read; the message is one plain sentence.

    `str(error)` is the English sentence; `error.text` the same as a translatable `Message`.
    """


def fragment_error(template: str, /, **args: object) -> FragmentError:
    return FragmentError(Message.of("FragmentError", template, **args))


INCLUSION_KEY = "inclusionType"  # [observed]
TARGETING_KEY = "targeting"  # [observed]
AD_SERVING_KEY = "adServingCategories"  # [seed] name; beside `targeting` [observed]
SECTION_KEY = "sectionCategories"  # [seed] name; beside `targeting` [observed]
PLACEMENTS_KEY = "placements"  # [observed] the ad group's placements, beside `targeting`
REGION_KEYS: dict[RegionLevel, str] = {
    RegionLevel.DEPTH1: "locations",  # [seed]
    RegionLevel.DEPTH2: "depth2Locations",  # [seed]
    RegionLevel.DEPTH3: "depth3Locations",  # [seed]
}
REGION_NAME_KEYS = ("depth1Name", "depth2Name", "depth3Name")  # [seed]
# Other fields of an ad group or its targeting ([observed] shared doc §2-3): an object with any
# of these (or the keys above) is an ad-group fragment; one with none of them is not.
OTHER_FRAGMENT_KEYS = frozenset(
    {
        "ageType",
        "ages",
        "genderType",
        "genders",
        "locationType",
        "lookalikeTargetings",
        "ufoInterests",
        "ufoBusinessTypes",
        "deviceTypes",
        "allAvailableDeviceType",
        "allAvailablePlacement",
        "placements",
    }
)
# Kakao's IDs are Java longs: a number outside them is no ID, and SQLite or Qt would overflow.
WIRE_INT_MIN, WIRE_INT_MAX = -(2**63), 2**63 - 1

# Old bodies send `locationType: "AREA"` with regions, "ALL" without [observed 2021].
LOCATION_TYPE_KEY = "locationType"

# The Pixel period as the only public bodies spell it (2021): `trackerTargetingTerms:
# ["ONE_MONTH"]` instead of a number of days [observed names]. Read both spellings; write
# back the one Kakao sent. Days per name are our reading of the names [unconfirmed].
TRACKER_TERMS_KEY = "trackerTargetingTerms"
TRACKER_PERIODS: dict[str, int] = {
    "ONE_MONTH": 30,
    "TWO_MONTHS": 60,
    "THREE_MONTHS": 90,
    "FOUR_MONTHS": 120,
}

# Every audience kind's wire entry, with its provenance marks: they live in its vocabulary row
# (domain/kinds.py), so a new kind's spelling is one line there; correcting one is a one-line
# change there. A kind whose items are `{<id field>, inclusionType}` needs nothing here.
FIELDS: dict[AudienceKind, AudienceWire] = {
    p.kind: p.wire for p in PARTS if p.kind is not None and p.wire is not None
}


# Kakao data categories: arrays of category ID strings inside `targeting` [docs].
DATA_KEYS: dict[DataKind, str] = {
    DataKind.INTEREST: "ufoInterests",  # [docs]
    DataKind.BUSINESS_TYPE: "ufoBusinessTypes",  # [docs]
}

# Demographics: seen in 2021 request bodies, not confirmed for v4 [observed]. Gender and age
# sit inside `targeting`; devices on the ad group beside it.
GENDER_TYPE_KEY = "genderType"  # [observed] ALL / NOT_ALL
GENDERS_KEY = "genders"  # [observed] ["M", "F"]
AGE_TYPE_KEY = "ageType"  # [observed] ALL / NOT_ALL
AGES_KEY = "ages"  # [observed] band starts "15" … "65"
ALL_DEVICES_KEY = "allAvailableDeviceType"  # [observed] beside `targeting`
DEVICE_TYPES_KEY = "deviceTypes"  # [observed] beside `targeting`; ANDROID / IOS / PC
DEMOGRAPHIC_TARGETING_KEYS = (GENDER_TYPE_KEY, GENDERS_KEY, AGE_TYPE_KEY, AGES_KEY)
DEMOGRAPHIC_TOP_KEYS = (ALL_DEVICES_KEY, DEVICE_TYPES_KEY)
# Wire paths marked [observed] only (the preview marks them; `targeting.` inside targeting).
OBSERVED_PATHS = (
    *(f"{TARGETING_KEY}.{k}" for k in DEMOGRAPHIC_TARGETING_KEYS),
    *DEMOGRAPHIC_TOP_KEYS,
)


def in_wire_range(value: int) -> bool:
    return WIRE_INT_MIN <= value <= WIRE_INT_MAX


def key_fits_wire(kind: AudienceKind, key: str) -> bool:
    """Whether `key` can be written as `kind`'s ID fields (export would fail otherwise)."""
    wire = FIELDS[kind]
    parts = key.split("|") if len(wire.ids) > 1 else [key]
    if len(parts) != len(wire.ids):
        return False
    for f, part in zip(wire.ids, parts, strict=True):
        if f.type is int:
            text = part.removeprefix("-")
            # isdecimal also admits other scripts' digits, which int() reads; ASCII only here.
            if not (text.isascii() and text.isdecimal() and len(text) <= 19):
                return False
            if not in_wire_range(int(part)):
                return False
    return True


def unconfirmed_names() -> tuple[str, ...]:
    """Wire paths still [unconfirmed] (for the preview's marks): `list[].field` or `list`."""
    out: list[str] = []
    for wire in FIELDS.values():
        if wire.provenance is Provenance.UNCONFIRMED:
            out.append(wire.list_key)
        for f in (*wire.ids, *wire.optional):
            if f.provenance is Provenance.UNCONFIRMED:
                out.append(f"{wire.list_key}[].{f.name}")
    return tuple(out)


def period_days(value: object) -> int | None:
    """`["ONE_MONTH"]` → 30; None for anything else (several periods, unknown names)."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return TRACKER_PERIODS.get(value[0])
    return None


def period_names(days: int | None) -> list[str] | None:
    """30 → `["ONE_MONTH"]`; None when Kakao's period names cannot say `days`."""
    for name, period in TRACKER_PERIODS.items():
        if period == days:
            return [name]
    return None


def region_list_key(r: RegionPick) -> str:
    if r.depth3_name is not None:
        return REGION_KEYS[RegionLevel.DEPTH3]
    return REGION_KEYS[RegionLevel.DEPTH2 if r.depth2_name is not None else RegionLevel.DEPTH1]


def region_json(r: RegionPick) -> dict[str, Any]:
    out: dict[str, Any] = {"value": r.value, "description": r.description}
    out[REGION_NAME_KEYS[0]] = r.depth1_name
    if r.depth2_name is not None:
        out[REGION_NAME_KEYS[1]] = r.depth2_name
        if r.depth3_name is not None:
            out[REGION_NAME_KEYS[2]] = r.depth3_name
    if r.extra:
        out.update(r.extra)
    return out


def audience_json(a: AudiencePick, wire: AudienceWire) -> dict[str, Any]:
    out: dict[str, Any] = {}
    parts = a.key.split("|") if len(wire.ids) > 1 else [a.key]
    for f, part in zip(wire.ids, parts, strict=True):
        out[f.name] = int(part) if f.type is int else part
    periods = dict(a.extra).get(TRACKER_TERMS_KEY) if a.kind is AudienceKind.PIXEL_EVENT else None
    for f in wire.optional:
        value = getattr(a, _PICK_ATTR[f.name])
        if value is not None and not (f.name == "term" and periods is not None):
            out[f.name] = value
    out[INCLUSION_KEY] = a.inclusion.value
    for key, value in a.extra:
        if key == TRACKER_TERMS_KEY and a.kind is AudienceKind.PIXEL_EVENT:
            _write_period(out, a.term, value)
        else:
            out[key] = value
    return out


def _write_period(out: dict[str, Any], term: int | None, sent: object) -> None:
    """Kakao's period spelling: as sent while the term is the same, else the new term's name;
    a term the names cannot say is written as days (`term`) rather than lost."""
    if term is None or period_days(sent) == term:
        out[TRACKER_TERMS_KEY] = sent
        return
    names = period_names(term)
    if names is not None:
        out[TRACKER_TERMS_KEY] = names
    else:
        out["term"] = term


# The AudiencePick attribute that holds each optional wire field.
_PICK_ATTR = {"term": "term"}


def read_items(key: str, value: object) -> list[tuple[int, Mapping[str, Any]]]:
    if not isinstance(value, list):
        raise fragment_error(
            QT_TRANSLATE_NOOP("FragmentError", '"{key}" must be a list, not {kind}'),
            key=key,
            kind=kind_of(value),
        )
    out = []
    for i, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise fragment_error(
                QT_TRANSLATE_NOOP(
                    "FragmentError", 'Item {i} of "{key}" must be an object, not {kind}'
                ),
                i=i,
                key=key,
                kind=kind_of(item),
            )
        out.append((i, item))
    return out


def read_codes(key: str, value: object) -> tuple[CategoryPick, ...]:
    if not isinstance(value, list):
        raise fragment_error(
            QT_TRANSLATE_NOOP("FragmentError", '"{key}" must be a list of codes, not {kind}'),
            key=key,
            kind=kind_of(value),
        )
    for i, code in enumerate(value, start=1):
        if not isinstance(code, str):
            raise fragment_error(
                QT_TRANSLATE_NOOP(
                    "FragmentError", 'Item {i} of "{key}" must be a text code, not {kind}'
                ),
                i=i,
                key=key,
                kind=kind_of(code),
            )
    return tuple(CategoryPick(code=c, name=c) for c in value)


def read_region(key: str, i: int, item: Mapping[str, Any], level: RegionLevel) -> RegionPick:
    names_wanted = REGION_NAME_KEYS[: int(level)]
    fields = {f: _text(key, i, item, f) for f in ("value", "description", *names_wanted)}
    taken = {"value", "description", *names_wanted}
    names = [fields[n] for n in names_wanted] + [None] * (3 - int(level))
    return RegionPick(
        value=fields["value"],
        description=fields["description"],
        depth1_name=fields["depth1Name"],
        depth2_name=names[1],
        depth3_name=names[2],
        extra=tuple((k, v) for k, v in item.items() if k not in taken),
    )


def read_audience(key: str, i: int, item: Mapping[str, Any], kind: AudienceKind) -> AudiencePick:
    wire = FIELDS[kind]
    ids = [_typed(key, i, item, f) for f in wire.ids]
    optional = {f.name: _typed(key, i, item, f) for f in wire.optional if f.name in item}
    inclusion = item.get(INCLUSION_KEY)
    if inclusion not in (Inclusion.INCLUDE.value, Inclusion.EXCLUDE.value):
        raise fragment_error(
            QT_TRANSLATE_NOOP(
                "FragmentError", 'Item {i} of "{key}" needs "{field}" INCLUDE or EXCLUDE, got {got}'
            ),
            i=i,
            key=key,
            field=INCLUSION_KEY,
            got=repr(inclusion),
        )
    taken = {f.name for f in (*wire.ids, *wire.optional)} | {INCLUSION_KEY}
    if kind is AudienceKind.PIXEL_EVENT:
        track_id, event_code, rule_id = (str(v) for v in ids)
        if "|" in track_id or "|" in event_code or "|" in rule_id:
            raise fragment_error(
                QT_TRANSLATE_NOOP(
                    "FragmentError",
                    'Item {i} of "{key}" has a "|" in its IDs, which is not allowed',
                ),
                i=i,
                key=key,
            )
        term = _as_int_or_none(optional.get("term"))
        if term is None:  # the 2021 spelling; kept in `extra` to be written back as it came
            term = period_days(item.get(TRACKER_TERMS_KEY))
        return AudiencePick(
            kind=kind,
            key=pixel_event_key(track_id, event_code, rule_id),
            inclusion=Inclusion(inclusion),
            label=event_code,
            track_id=track_id,
            event_code=event_code,
            track_rule_id=rule_id,
            term=term,
            extra=tuple((k, v) for k, v in item.items() if k not in taken),
        )
    key_text = str(ids[0])
    return AudiencePick(
        kind=kind,
        key=key_text,
        inclusion=Inclusion(inclusion),
        label=key_text,
        extra=tuple((k, v) for k, v in item.items() if k not in taken),
    )


def read_data_ids(key: str, value: object, kind: DataKind) -> tuple[DataCategoryPick, ...]:
    """`ufoInterests` / `ufoBusinessTypes`: a list of category IDs of Kakao's shape."""
    codes = read_codes(key, value)
    for i, c in enumerate(codes, start=1):
        if category_depth(c.code) is None:
            raise fragment_error(
                QT_TRANSLATE_NOOP(
                    "FragmentError",
                    'Item {i} of "{key}" is {value}, not a Kakao category ID '
                    "(3, 5 or 7 characters, e.g. A01, A0101, A010101)",
                ),
                i=i,
                key=key,
                value=json.dumps(c.code, ensure_ascii=False),
            )
    return tuple(DataCategoryPick(kind, c.code, c.code) for c in codes)


def read_scope(key: str, value: object) -> Scope:
    """`genderType` / `ageType`: ALL or NOT_ALL."""
    if value in (Scope.ALL.value, Scope.NOT_ALL.value):
        return Scope(value)
    raise fragment_error(
        QT_TRANSLATE_NOOP("FragmentError", '"{key}" must be ALL or NOT_ALL, got {got}'),
        key=key,
        got=_show(value),
    )


def read_legal(key: str, value: object, legal: tuple[str, ...]) -> tuple[str, ...]:
    """A list of values Kakao's form offers (genders, age bands, devices); others refused."""
    codes = read_codes(key, value)
    for i, c in enumerate(codes, start=1):
        if c.code not in legal:
            raise fragment_error(
                QT_TRANSLATE_NOOP(
                    "FragmentError", 'Item {i} of "{key}" is {value}; Kakao offers only {legal}'
                ),
                i=i,
                key=key,
                value=json.dumps(c.code, ensure_ascii=False),
                legal=", ".join(legal),
            )
    return tuple(c.code for c in codes)


def read_flag(key: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise fragment_error(
        QT_TRANSLATE_NOOP("FragmentError", '"{key}" must be true or false, got {got}'),
        key=key,
        got=_show(value),
    )


LEGAL_GENDERS = tuple(g.value for g in GENDERS)
LEGAL_DEVICES = tuple(d.value for d in DEVICE_TYPES)
LEGAL_AGES = AGE_BANDS


def _as_int_or_none(value: int | str | None) -> int | None:
    return value if isinstance(value, int) else None


def _text(key: str, i: int, item: Mapping[str, Any], name: str) -> str:
    value = item.get(name)
    if not isinstance(value, str):
        if value is None:
            raise fragment_error(
                QT_TRANSLATE_NOOP("FragmentError", 'Item {i} of "{key}" has no "{name}"'),
                i=i,
                key=key,
                name=name,
            )
        raise fragment_error(
            QT_TRANSLATE_NOOP("FragmentError", 'Item {i} of "{key}" has a non-text "{name}"'),
            i=i,
            key=key,
            name=name,
        )
    return value


def _typed(key: str, i: int, item: Mapping[str, Any], f: WireField) -> int | str:
    value = item.get(f.name)
    if f.type is int:
        # bool is an int in Python but never a valid ID on the wire.
        if isinstance(value, int) and not isinstance(value, bool) and in_wire_range(value):
            return value
        raise fragment_error(
            QT_TRANSLATE_NOOP(
                "FragmentError", 'Item {i} of "{key}" needs a whole number in "{name}", got {got}'
            ),
            i=i,
            key=key,
            name=f.name,
            got=_show(value),
        )
    if isinstance(value, str):
        return value
    raise fragment_error(
        QT_TRANSLATE_NOOP("FragmentError", 'Item {i} of "{key}" needs text in "{name}", got {got}'),
        i=i,
        key=key,
        name=f.name,
        got=_show(value),
    )


def _show(value: object) -> Message:
    if value is None:
        return Message.of("FragmentError", QT_TRANSLATE_NOOP("FragmentError", "nothing"))
    try:
        shown = json.dumps(value)[:40]
    except ValueError:  # an integer too long to write out (over 4,300 digits)
        shown = "…"
    return Message.joined(" ", [kind_of(value), shown])


def kind_of(value: object) -> Message:
    """What a JSON value is, in words ("a number"); `str()` of it is the English."""
    if value is None:
        return Message.verbatim("null")
    if isinstance(value, bool):
        return Message.verbatim("true/false")
    if isinstance(value, int | float):
        text = QT_TRANSLATE_NOOP("FragmentError", "a number")
    elif isinstance(value, str):
        text = QT_TRANSLATE_NOOP("FragmentError", "text")
    elif isinstance(value, list):
        text = QT_TRANSLATE_NOOP("FragmentError", "a list")
    elif isinstance(value, Mapping):
        text = QT_TRANSLATE_NOOP("FragmentError", "an object")
    else:
        return Message.verbatim(type(value).__name__)
    return Message.of("FragmentError", text)
