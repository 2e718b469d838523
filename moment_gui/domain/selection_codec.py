"""A selection and its campaign as the JSON values of a saved file, and the reverse.

The decoders check every field and raise `DocumentError` with the place in the file
("region 3", "audience 2 kind"); document_format wraps them in the versioned envelope.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.demographics import Demographics
from moment_gui.domain.fragment import from_fragment, to_fragment
from moment_gui.domain.fragment_wire import (
    DEMOGRAPHIC_TARGETING_KEYS,
    DEMOGRAPHIC_TOP_KEYS,
    TARGETING_KEY,
    FragmentError,
    in_wire_range,
    key_fits_wire,
)
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind, category_depth
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError


class DocumentError(MessageError):
    """A selection file that cannot be read or written; the message is one plain sentence.

    `str(error)` is the English sentence; `error.text` the same as a translatable `Message`.
    """


class NewerVersionError(DocumentError):
    """The file was saved by a newer moment-gui (format `version`); kept, never overwritten."""

    def __init__(self, message: Message, version: int) -> None:
        super().__init__(message)
        self.version = version


def document_error(template: str, /, **args: object) -> DocumentError:
    return DocumentError(Message.of("DocumentError", template, **args))


# Optional audience facts: JSON name, attribute, expected type. None values are left out.
_AUDIENCE_FACTS: tuple[tuple[str, str, type], ...] = (
    ("status", "status", str),
    ("population", "population", int),
    ("audienceType", "audience_type", str),
    ("ready", "ready", bool),
    ("trackId", "track_id", str),
    ("eventCode", "event_code", str),
    ("trackRuleId", "track_rule_id", str),
    ("term", "term", int),
    ("profileId", "profile_id", str),
)
_REGION_NAMES = (("depth2Name", "depth2_name"), ("depth3Name", "depth3_name"))


def encode_campaign(ctx: CampaignContext | None) -> dict[str, Any] | None:
    if ctx is None:
        return None
    return {
        "type": ctx.campaign_type.value,
        "goal": ctx.goal.value,
        "placements": sorted(p.value for p in ctx.placements),
    }


def encode_selection(sel: TargetingSelection) -> dict[str, Any]:
    regions = []
    for r in sel.regions:
        obj: dict[str, Any] = {
            "value": r.value,
            "description": r.description,
            "depth1Name": r.depth1_name,
        }
        for key, attr in _REGION_NAMES:
            if getattr(r, attr) is not None:
                obj[key] = getattr(r, attr)
        if r.extra:
            obj["extra"] = dict(r.extra)
        regions.append(obj)
    audiences = []
    for a in sel.audiences:
        item: dict[str, Any] = {
            "kind": a.kind.value,
            "key": a.key,
            "inclusion": a.inclusion.value,
            "label": a.label,
        }
        for key, attr, _ in _AUDIENCE_FACTS:
            if getattr(a, attr) is not None:
                item[key] = getattr(a, attr)
        if a.extra:
            item["extra"] = dict(a.extra)
        audiences.append(item)
    return {
        "regions": regions,
        "adServingCategories": [
            {"code": c.code, "name": c.name} for c in sel.ad_serving_categories
        ],
        "sectionCategories": [{"code": c.code, "name": c.name} for c in sel.section_categories],
        "audiences": audiences,
        "dataCategories": [
            {"kind": c.kind.value, "id": c.id, "name": c.name} for c in sel.data_categories
        ],
        "demographics": encode_demographics(sel.demographics),
        "passthroughTargeting": dict(sel.passthrough_targeting),
        "passthroughTop": dict(sel.passthrough_top),
    }


def encode_demographics(demo: Demographics) -> dict[str, Any]:
    """The demographic fields under their wire names (absent ones left out)."""
    whole = to_fragment(TargetingSelection(demographics=demo))
    targeting = whole.pop(TARGETING_KEY)
    return {k: targeting[k] for k in DEMOGRAPHIC_TARGETING_KEYS if k in targeting} | whole


def decode_demographics(value: object, where: str = "selection demographics") -> Demographics:
    """Read what `encode_demographics` wrote; illegal values are damage, said plainly."""
    obj = _object(value, where)
    unknown = [k for k in obj if k not in (*DEMOGRAPHIC_TARGETING_KEYS, *DEMOGRAPHIC_TOP_KEYS)]
    if unknown:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {where} has an unknown value {value}"
            ),
            where=where,
            value=repr(unknown[0][:40]),
        )
    targeting = {k: v for k, v in obj.items() if k in DEMOGRAPHIC_TARGETING_KEYS}
    top = {k: v for k, v in obj.items() if k in DEMOGRAPHIC_TOP_KEYS}
    try:
        return from_fragment({TARGETING_KEY: targeting, **top}).demographics
    except FragmentError as e:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {reason}"), reason=e.text
        ) from None


def _decode_data_category(obj: Mapping[str, Any], where: str) -> DataCategoryPick:
    ident = _required_text(obj, "id", where)
    if category_depth(ident) is None:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {where} has an unknown value {value}"
            ),
            where=f"{where} id",
            value=repr(ident[:40]),
        )
    return DataCategoryPick(
        _enum(DataKind, obj.get("kind"), f"{where} kind"),
        ident,
        _required_text(obj, "name", where),
    )


# `where` is the place in the file ("region 3", "audience 2 kind"): shown as it is.
def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not an object"),
            where=where,
        )
    return value


def _list(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not a list"),
            where=f"{where} {key}",
        )
    return value


def _not_text(where: str) -> DocumentError:
    return document_error(
        QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not text"),
        where=where,
    )


def read_text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise _not_text(f"{where} {key}")
    return value


def _required_text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} has no {key}"),
            where=where,
            key=key,
        )
    return value


def read_opt_str(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise _not_text(f"{where} {key}")
    return value


def read_opt_int(obj: Mapping[str, Any], key: str, where: str) -> int | None:
    value = obj.get(key)
    if value is not None and (
        not isinstance(value, int) or isinstance(value, bool) or not in_wire_range(value)
    ):
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {where} is not a whole number"
            ),
            where=f"{where} {key}",
        )
    return value


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], value: object, where: str) -> _E:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return kind(value)
    except ValueError:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {where} has an unknown value {value}"
            ),
            where=where,
            value=repr(str(value)[:40]),
        ) from None


def decode_campaign(value: object) -> CampaignContext | None:
    if value is None:
        return None
    obj = _object(value, "campaign")
    placements = _list(obj, "placements", "campaign")
    return CampaignContext(
        _enum(CampaignType, obj.get("type"), "campaign type"),
        _enum(Goal, obj.get("goal"), "campaign goal"),
        frozenset(_enum(Placement, p, "campaign placement") for p in placements),
    )


def decode_selection(value: object, campaign: CampaignContext | None) -> TargetingSelection:
    obj = _object(value, "selection")
    regions = tuple(
        _decode_region(_object(item, f"region {i}"), f"region {i}")
        for i, item in enumerate(_list(obj, "regions", "selection"), start=1)
    )
    categories = {
        key: tuple(
            CategoryPick(_required_text(o, "code", where), _required_text(o, "name", where))
            for i, item in enumerate(_list(obj, key, "selection"), start=1)
            for where in [f"{key} item {i}"]
            for o in [_object(item, where)]
        )
        for key in ("adServingCategories", "sectionCategories")
    }
    audiences = tuple(
        _decode_audience(_object(item, f"audience {i}"), f"audience {i}")
        for i, item in enumerate(_list(obj, "audiences", "selection"), start=1)
    )
    data_categories = tuple(
        _decode_data_category(_object(item, f"data category {i}"), f"data category {i}")
        for i, item in enumerate(_list(obj, "dataCategories", "selection"), start=1)
    )
    return TargetingSelection(
        campaign=campaign,
        regions=regions,
        ad_serving_categories=categories["adServingCategories"],
        section_categories=categories["sectionCategories"],
        audiences=audiences,
        data_categories=data_categories,
        demographics=decode_demographics(obj.get("demographics", {})),
        passthrough_targeting=_extra(obj, "passthroughTargeting", "selection"),
        passthrough_top=_extra(obj, "passthroughTop", "selection"),
    )


def _extra(obj: Mapping[str, Any], key: str, where: str) -> tuple[tuple[str, Any], ...]:
    return tuple(_object(obj.get(key, {}), f"{where} {key}").items())


def _decode_region(obj: Mapping[str, Any], where: str) -> RegionPick:
    names = {attr: read_opt_str(obj, key, where) for key, attr in _REGION_NAMES}
    if names["depth3_name"] is not None and names["depth2_name"] is None:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The file is damaged: {where} has a depth3Name without a depth2Name",
            ),
            where=where,
        )
    return RegionPick(
        value=_required_text(obj, "value", where),
        description=_required_text(obj, "description", where),
        depth1_name=_required_text(obj, "depth1Name", where),
        depth2_name=names["depth2_name"],
        depth3_name=names["depth3_name"],
        extra=_extra(obj, "extra", where),
    )


def _decode_audience(obj: Mapping[str, Any], where: str) -> AudiencePick:
    facts: dict[str, Any] = {}
    for key, attr, fact_type in _AUDIENCE_FACTS:
        value = obj.get(key)
        # bool is an int in Python; a true/false population or term is damage, not a number.
        if value is not None and (
            not isinstance(value, fact_type)
            or (
                isinstance(value, int)
                and fact_type is int
                and (isinstance(value, bool) or not in_wire_range(value))
            )
        ):
            raise document_error(
                QT_TRANSLATE_NOOP(
                    "DocumentError", "The file is damaged: {where} has the wrong type"
                ),
                where=f"{where} {key}",
            )
        facts[attr] = value
    kind = _enum(AudienceKind, obj.get("kind"), f"{where} kind")
    key = _required_text(obj, "key", where)
    if not key_fits_wire(kind, key):
        # Loading it would work and every export (each edit in the window) would fail.
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {where} key {value} is not a {kind} ID"
            ),
            where=where,
            value=repr(key[:40]),
            kind=kind.value,
        )
    return AudiencePick(
        kind=kind,
        key=key,
        inclusion=_enum(Inclusion, obj.get("inclusion"), f"{where} inclusion"),
        label=_required_text(obj, "label", where),
        extra=_extra(obj, "extra", where),
        **facts,
    )
