"""The ad-group fragment a planner pastes into Kakao Moment, and its exact inverse.

`to_fragment` writes the shape of shared doc §3; `from_fragment` reads it back so that
`to_fragment(from_fragment(f)) == f` for every valid fragment (one with a `targeting` object
and no empty known lists). Known keys are written in the order §3 shows; fields the picker does
not edit (ages, genders, lookalikeTargetings, anything new) are kept as passthrough and
written after them at the same level, in the order they arrived.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionLevel,
    RegionPick,
    TargetingSelection,
    pixel_event_key,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError


class FragmentError(MessageError, ValueError):
    """A pasted fragment that cannot be read; the message is one plain sentence.

    `str(error)` is the English sentence; `error.text` the same as a translatable `Message`.
    """


def _error(template: str, /, **args: object) -> FragmentError:
    return FragmentError(Message.of("FragmentError", template, **args))


@dataclass(frozen=True)
class WireField:
    """One field of an audience object on the wire: JSON name and Python type (int or str)."""

    name: str
    type: type[int] | type[str]


@dataclass(frozen=True)
class AudienceWire:
    """How one audience kind is spelled inside `targeting`."""

    list_key: str
    ids: tuple[WireField, ...]  # together they name the item; joined into AudiencePick.key
    optional: tuple[WireField, ...] = ()  # written only when the pick has a value


INCLUSION_KEY = "inclusionType"  # [observed]
TARGETING_KEY = "targeting"  # [observed]
AD_SERVING_KEY = "adServingCategories"  # [seed] name; beside `targeting` [observed]
SECTION_KEY = "sectionCategories"  # [seed] name; beside `targeting` [observed]
REGION_KEYS: dict[RegionLevel, str] = {
    RegionLevel.DEPTH1: "locations",  # [seed]
    RegionLevel.DEPTH2: "depth2Locations",  # [seed]
    RegionLevel.DEPTH3: "depth3Locations",  # [seed]
}
REGION_NAME_KEYS = ("depth1Name", "depth2Name", "depth3Name")  # [seed]

# Every audience wire name lives here: correcting one is a one-line change.
FIELDS: dict[AudienceKind, AudienceWire] = {
    AudienceKind.COHORT: AudienceWire(
        "cohortTargetings",
        (WireField("cohortId", int),),  # [seed]
    ),
    AudienceKind.PIXEL_EVENT: AudienceWire(
        "trackerTargetings",  # [observed]
        (
            WireField("trackId", str),  # [observed]
            WireField("eventCode", str),  # [observed]
            WireField("trackRuleId", str),  # [observed]
        ),
        (WireField("term", int),),  # [unconfirmed]: 2021 integrations sent trackerTargetingTerms
    ),
    AudienceKind.CUSTOMER_FILE: AudienceWire(
        "customerFileTargetings",
        (WireField("customerFileId", int),),  # [observed]
    ),
    AudienceKind.TALK_CHANNEL: AudienceWire(
        "talkChannelTargetings",
        (WireField("profileId", str),),  # [observed]
    ),
    AudienceKind.SYNC_PROFILE: AudienceWire(
        "syncAppTargetings",
        (WireField("profileId", str),),  # [observed]
    ),
    AudienceKind.FRIEND_GROUP: AudienceWire(
        "talkChannelGroupFileTargetings",  # [unconfirmed]
        (WireField("talkChannelGroupFileId", int),),  # [unconfirmed]
    ),
}

_KIND_BY_LIST_KEY = {wire.list_key: kind for kind, wire in FIELDS.items()}
_LEVEL_BY_LIST_KEY = {key: level for level, key in REGION_KEYS.items()}
_TARGETING_KNOWN = (*REGION_KEYS.values(), *(w.list_key for w in FIELDS.values()))
_TOP_KNOWN = (TARGETING_KEY, AD_SERVING_KEY, SECTION_KEY)


# -- export -------------------------------------------------------------------------------
def to_fragment(sel: TargetingSelection, targeting_only: bool = False) -> dict[str, Any]:
    """The ad-group fragment of `sel` (or only its `targeting` object). Empty lists left out."""
    targeting: dict[str, Any] = {}
    # One pass into buckets (not one scan per level/kind): export runs on every edit.
    regions: dict[str, list[dict[str, Any]]] = {key: [] for key in REGION_KEYS.values()}
    for r in sel.regions:
        regions[_region_list_key(r)].append(_region_json(r))
    targeting.update((key, items) for key, items in regions.items() if items)
    audiences: dict[AudienceKind, list[dict[str, Any]]] = {kind: [] for kind in FIELDS}
    for a in sel.audiences:
        audiences[a.kind].append(_audience_json(a, FIELDS[a.kind]))
    targeting.update((FIELDS[k].list_key, items) for k, items in audiences.items() if items)
    targeting.update(sel.passthrough_targeting)
    if targeting_only:
        return targeting
    out: dict[str, Any] = {TARGETING_KEY: targeting}
    if sel.ad_serving_categories:
        out[AD_SERVING_KEY] = [c.code for c in sel.ad_serving_categories]
    if sel.section_categories:
        out[SECTION_KEY] = [c.code for c in sel.section_categories]
    out.update(sel.passthrough_top)
    return out


def _region_list_key(r: RegionPick) -> str:
    if r.depth3_name is not None:
        return REGION_KEYS[RegionLevel.DEPTH3]
    return REGION_KEYS[RegionLevel.DEPTH2 if r.depth2_name is not None else RegionLevel.DEPTH1]


def _region_json(r: RegionPick) -> dict[str, Any]:
    out: dict[str, Any] = {"value": r.value, "description": r.description}
    out[REGION_NAME_KEYS[0]] = r.depth1_name
    if r.depth2_name is not None:
        out[REGION_NAME_KEYS[1]] = r.depth2_name
        if r.depth3_name is not None:
            out[REGION_NAME_KEYS[2]] = r.depth3_name
    if r.extra:
        out.update(r.extra)
    return out


def _audience_json(a: AudiencePick, wire: AudienceWire) -> dict[str, Any]:
    out: dict[str, Any] = {}
    parts = a.key.split("|") if len(wire.ids) > 1 else [a.key]
    for f, part in zip(wire.ids, parts, strict=True):
        out[f.name] = int(part) if f.type is int else part
    for f in wire.optional:
        value = getattr(a, _PICK_ATTR[f.name])
        if value is not None:
            out[f.name] = value
    out[INCLUSION_KEY] = a.inclusion.value
    out.update(a.extra)
    return out


# The AudiencePick attribute that holds each optional wire field.
_PICK_ATTR = {"term": "term"}


# -- import -------------------------------------------------------------------------------
def from_fragment(obj: object, campaign: CampaignContext | None = None) -> TargetingSelection:
    """Read a whole ad-group fragment, or only its `targeting` object, into a selection.

    Everything understood becomes a pick; everything else is kept as passthrough.
    Raises FragmentError with a plain message when the fragment is malformed.
    """
    if not isinstance(obj, Mapping):
        raise _error(
            QT_TRANSLATE_NOOP("FragmentError", "The fragment must be a JSON object, not {kind}"),
            kind=_kind_of(obj),
        )
    is_whole = any(k in obj for k in _TOP_KNOWN)
    if is_whole:
        targeting = obj.get(TARGETING_KEY, {})
        if not isinstance(targeting, Mapping):
            raise _error(
                QT_TRANSLATE_NOOP("FragmentError", '"targeting" must be an object, not {kind}'),
                kind=_kind_of(targeting),
            )
    else:
        targeting = obj
    regions: list[RegionPick] = []
    audiences: list[AudiencePick] = []
    pass_targeting: list[tuple[str, Any]] = []
    for key, value in targeting.items():
        if key in _LEVEL_BY_LIST_KEY:
            level = _LEVEL_BY_LIST_KEY[key]
            regions.extend(_read_region(key, i, item, level) for i, item in _items(key, value))
        elif key in _KIND_BY_LIST_KEY:
            kind = _KIND_BY_LIST_KEY[key]
            audiences.extend(_read_audience(key, i, item, kind) for i, item in _items(key, value))
        else:
            pass_targeting.append((key, value))
    ad_serving: tuple[CategoryPick, ...] = ()
    section: tuple[CategoryPick, ...] = ()
    pass_top: list[tuple[str, Any]] = []
    if is_whole:
        for key, value in obj.items():
            if key == AD_SERVING_KEY:
                ad_serving = _read_codes(key, value)
            elif key == SECTION_KEY:
                section = _read_codes(key, value)
            elif key != TARGETING_KEY:
                pass_top.append((key, value))
    return TargetingSelection(
        campaign=campaign,
        regions=_by_level(regions),
        ad_serving_categories=ad_serving,
        section_categories=section,
        audiences=_by_kind(audiences),
        passthrough_targeting=tuple(pass_targeting),
        passthrough_top=tuple(pass_top),
    )


def _by_level(regions: list[RegionPick]) -> tuple[RegionPick, ...]:
    # Export groups by level anyway; ordering the picks the same way keeps the round trip exact.
    return tuple(sorted(regions, key=lambda r: r.level))


def _by_kind(audiences: list[AudiencePick]) -> tuple[AudiencePick, ...]:
    order = {kind: i for i, kind in enumerate(FIELDS)}
    return tuple(sorted(audiences, key=lambda a: order[a.kind]))


def _items(key: str, value: object) -> list[tuple[int, Mapping[str, Any]]]:
    if not isinstance(value, list):
        raise _error(
            QT_TRANSLATE_NOOP("FragmentError", '"{key}" must be a list, not {kind}'),
            key=key,
            kind=_kind_of(value),
        )
    out = []
    for i, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "FragmentError", 'Item {i} of "{key}" must be an object, not {kind}'
                ),
                i=i,
                key=key,
                kind=_kind_of(item),
            )
        out.append((i, item))
    return out


def _read_codes(key: str, value: object) -> tuple[CategoryPick, ...]:
    if not isinstance(value, list):
        raise _error(
            QT_TRANSLATE_NOOP("FragmentError", '"{key}" must be a list of codes, not {kind}'),
            key=key,
            kind=_kind_of(value),
        )
    for i, code in enumerate(value, start=1):
        if not isinstance(code, str):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "FragmentError", 'Item {i} of "{key}" must be a text code, not {kind}'
                ),
                i=i,
                key=key,
                kind=_kind_of(code),
            )
    return tuple(CategoryPick(code=c, name=c) for c in value)


def _read_region(key: str, i: int, item: Mapping[str, Any], level: RegionLevel) -> RegionPick:
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


def _read_audience(key: str, i: int, item: Mapping[str, Any], kind: AudienceKind) -> AudiencePick:
    wire = FIELDS[kind]
    ids = [_typed(key, i, item, f) for f in wire.ids]
    optional = {f.name: _typed(key, i, item, f) for f in wire.optional if f.name in item}
    inclusion = item.get(INCLUSION_KEY)
    if inclusion not in (Inclusion.INCLUDE.value, Inclusion.EXCLUDE.value):
        raise _error(
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
            raise _error(
                QT_TRANSLATE_NOOP(
                    "FragmentError",
                    'Item {i} of "{key}" has a "|" in its IDs, which is not allowed',
                ),
                i=i,
                key=key,
            )
        return AudiencePick(
            kind=kind,
            key=pixel_event_key(track_id, event_code, rule_id),
            inclusion=Inclusion(inclusion),
            label=event_code,
            track_id=track_id,
            event_code=event_code,
            track_rule_id=rule_id,
            term=_as_int_or_none(optional.get("term")),
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


def _as_int_or_none(value: int | str | None) -> int | None:
    return value if isinstance(value, int) else None


def _text(key: str, i: int, item: Mapping[str, Any], name: str) -> str:
    value = item.get(name)
    if not isinstance(value, str):
        if value is None:
            raise _error(
                QT_TRANSLATE_NOOP("FragmentError", 'Item {i} of "{key}" has no "{name}"'),
                i=i,
                key=key,
                name=name,
            )
        raise _error(
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
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise _error(
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
    raise _error(
        QT_TRANSLATE_NOOP("FragmentError", 'Item {i} of "{key}" needs text in "{name}", got {got}'),
        i=i,
        key=key,
        name=f.name,
        got=_show(value),
    )


def _show(value: object) -> Message:
    if value is None:
        return Message.of("FragmentError", QT_TRANSLATE_NOOP("FragmentError", "nothing"))
    return Message.joined(" ", [_kind_of(value), json.dumps(value)[:40]])


def _kind_of(value: object) -> Message:
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


# Python's json messages, lower-cased as the English sentences show them → their phrase in the
# catalogue. A message not listed (another Python version) is shown as it is.
_JSON_REASONS: dict[str, str] = {
    "expecting value": QT_TRANSLATE_NOOP("JsonErrors", "expecting value"),
    "expecting ',' delimiter": QT_TRANSLATE_NOOP("JsonErrors", "expecting ',' delimiter"),
    "expecting ':' delimiter": QT_TRANSLATE_NOOP("JsonErrors", "expecting ':' delimiter"),
    "expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "JsonErrors", "expecting property name enclosed in double quotes"
    ),
    "extra data": QT_TRANSLATE_NOOP("JsonErrors", "extra data"),
    "unterminated string starting at": QT_TRANSLATE_NOOP(
        "JsonErrors", "unterminated string starting at"
    ),
    "invalid control character at": QT_TRANSLATE_NOOP("JsonErrors", "invalid control character at"),
    "invalid \\escape": QT_TRANSLATE_NOOP("JsonErrors", "invalid \\escape"),
    "invalid \\uxxxx escape": QT_TRANSLATE_NOOP("JsonErrors", "invalid \\uxxxx escape"),
    "illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "JsonErrors", "illegal trailing comma before end of object"
    ),
    "illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "JsonErrors", "illegal trailing comma before end of array"
    ),
}


def json_reason(error: json.JSONDecodeError) -> Message:
    """Why `json.loads` failed, lower-case English (as `error.msg.lower()`), translatable."""
    reason = error.msg.lower()
    phrase = _JSON_REASONS.get(reason)
    return Message.of("JsonErrors", phrase) if phrase else Message.verbatim(reason)


# -- pasted text --------------------------------------------------------------------------
def parse_fragment_text(text: str, campaign: CampaignContext | None = None) -> TargetingSelection:
    """Read pasted JSON text, forgiving trailing commas as in Kakao's own samples."""
    cleaned = _drop_trailing_commas(text.strip().lstrip("\ufeff"))
    if not cleaned:
        raise _error(
            QT_TRANSLATE_NOOP("FragmentError", "There is nothing to import: the text is empty")
        )
    try:
        obj = json.loads(cleaned, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        if e.pos >= len(cleaned.rstrip()):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "FragmentError",
                    "The JSON ends unexpectedly at line {line}; is part of it missing?",
                ),
                line=e.lineno,
            ) from None
        raise _error(
            QT_TRANSLATE_NOOP(
                "FragmentError",
                "The text is not valid JSON: {reason} at line {line}, column {column}",
            ),
            reason=json_reason(e),
            line=e.lineno,
            column=e.colno,
        ) from None
    except RecursionError:
        raise _error(
            QT_TRANSLATE_NOOP(
                "FragmentError", "The JSON is nested too deeply to be an ad-group fragment"
            )
        ) from None
    return from_fragment(obj, campaign)


def _reject_constant(name: str) -> object:
    raise _error(
        QT_TRANSLATE_NOOP(
            "FragmentError", "The text is not valid JSON: {name} is not a number JSON allows"
        ),
        name=name,
    )


def _drop_trailing_commas(text: str) -> str:
    """Blank out commas followed only by whitespace and `]`/`}`; strings are left alone.

    A blank (not a deletion) keeps every line and column number of later errors true.
    """
    chars = list(text)
    in_string = escaped = False
    pending: int | None = None
    for i, ch in enumerate(chars):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string, pending = True, None
        elif ch == ",":
            pending = i
        elif ch in "]}":
            if pending is not None:
                chars[pending] = " "
            pending = None
        elif not ch.isspace():
            pending = None
    return "".join(chars)
