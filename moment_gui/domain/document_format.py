"""The versioned file format of a saved selection: `dumps`, `loads` and the upgraders.

`loads` raises only `DocumentError` with a plain sentence; a file from an older format
version is upgraded step by step (`UPGRADERS`), one from a newer version is refused.
The format is described in docs/file-format.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from moment_gui import __version__
from moment_gui.domain.adgroup import AdGroupOrigin
from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.fragment import FragmentError, from_fragment
from moment_gui.domain.fragment_wire import (
    DATA_KEYS,
    DEMOGRAPHIC_TARGETING_KEYS,
    DEMOGRAPHIC_TOP_KEYS,
    TARGETING_KEY,
)
from moment_gui.domain.selection import AudiencePick, TargetingSelection
from moment_gui.domain.selection_codec import (
    DocumentError,
    NewerVersionError,
    decode_campaign,
    decode_selection,
    document_error,
    encode_campaign,
    encode_demographics,
    encode_selection,
    read_opt_int,
    read_opt_str,
    read_text,
)
from moment_gui.lenient_json import JsonSentences, load_json
from moment_gui.message import QT_TRANSLATE_NOOP, Message

FORMAT = "moment-gui.selection"
VERSION = 2  # 2: Kakao data and demographics as picks (were passthrough in 1)


@dataclass(frozen=True)
class SavedSelection:
    """A selection with the facts needed to review it later. Deliberately no token field."""

    selection: TargetingSelection
    ad_account_id: int | None = None
    saved_at: datetime | None = None
    app_version: str = __version__
    region_list_date: str | None = None
    name: str = ""
    notes: str = ""
    # The live ad group this selection was opened from (pull / Open from Kakao), or None.
    origin: AdGroupOrigin | None = None
    # Where the file was upgraded from an older version; None when read as saved.
    upgraded_from: int | None = field(default=None, compare=False)


def dumps(doc: SavedSelection) -> str:
    obj = {
        "format": FORMAT,
        "version": VERSION,
        "savedAt": (doc.saved_at or datetime.now().astimezone()).isoformat(),
        "appVersion": doc.app_version,
        "adAccountId": doc.ad_account_id,
        "regionListDate": doc.region_list_date,
        "name": doc.name,
        "notes": doc.notes,
        "campaign": encode_campaign(doc.selection.campaign),
        "selection": encode_selection(doc.selection),
    }
    if doc.origin is not None:
        obj["adGroup"] = _encode_origin(doc.origin)
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


_SAY = JsonSentences(
    "DocumentError",
    ends=QT_TRANSLATE_NOOP(
        "DocumentError", "The file is damaged: the JSON ends unexpectedly at line {line}"
    ),
    invalid=QT_TRANSLATE_NOOP(
        "DocumentError", "The file is damaged: {reason} at line {line}, column {column}"
    ),
    too_deep=QT_TRANSLATE_NOOP(
        "DocumentError", "The file is damaged: its JSON is nested impossibly deep"
    ),
    constant=QT_TRANSLATE_NOOP(
        "DocumentError", "The file is damaged: {name} is not a number JSON allows"
    ),
    too_long=QT_TRANSLATE_NOOP(
        "DocumentError", "The file is damaged: a number in it is impossibly long"
    ),
    broken_escape=QT_TRANSLATE_NOOP(
        "DocumentError",
        "The file is damaged: it has a broken character escape (half of a surrogate pair)",
    ),
)


def loads(text: str) -> SavedSelection:
    """Read a saved selection; anything wrong raises DocumentError with a plain message."""
    obj = load_json(text, _SAY, DocumentError)
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "This file is not a moment-gui selection")
        )
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The file is damaged: its format version is missing or not a number",
            )
        )
    if version > VERSION:
        raise NewerVersionError(
            Message.of(
                "DocumentError",
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "This file was saved by a newer version of moment-gui (format version "
                    "{version}); update the app to open it",
                ),
                version=version,
            ),
            version,
        )
    upgraded_from = version if version < VERSION else None
    while version < VERSION:
        obj = UPGRADERS[version](obj)
        version += 1
    return _decode_v1(obj, upgraded_from)


def _decode_v1(obj: Mapping[str, Any], upgraded_from: int | None) -> SavedSelection:
    campaign = decode_campaign(obj.get("campaign"))
    selection = decode_selection(obj.get("selection"), campaign)
    saved_at_text = read_opt_str(obj, "savedAt", "the file")
    try:
        saved_at = datetime.fromisoformat(saved_at_text) if saved_at_text else None
        if saved_at is not None:
            # Year 1 or 9999 with an offset parses, then overflows when shown in local time.
            saved_at.astimezone()
            saved_at.astimezone(UTC)
    except (ValueError, OverflowError, OSError):
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: savedAt {value} is not a date"
            ),
            value=repr(saved_at_text),
        ) from None
    return SavedSelection(
        selection=selection,
        ad_account_id=read_opt_int(obj, "adAccountId", "the file"),
        saved_at=saved_at,
        app_version=read_opt_str(obj, "appVersion", "the file") or "",
        region_list_date=read_opt_str(obj, "regionListDate", "the file"),
        name=read_text(obj, "name", "the file"),
        notes=read_text(obj, "notes", "the file"),
        origin=_decode_origin(obj.get("adGroup")),
        upgraded_from=upgraded_from,
    )


def _encode_origin(origin: AdGroupOrigin) -> dict[str, Any]:
    return {
        "adAccountId": origin.ad_account_id,
        "adGroupId": origin.ad_group_id,
        "campaignId": origin.campaign_id,
        "name": origin.name,
        "openedAt": origin.opened_at.isoformat(),
        "asOpened": dict(origin.as_opened),
    }


def _decode_origin(value: object) -> AdGroupOrigin | None:
    """The optional `adGroup` object (added in 0.x without a version step: older apps ignore
    it, and a file without it is a selection made from scratch)."""
    if value is None:
        return None
    where = "the ad group"
    if not isinstance(value, dict) or not isinstance(value.get("asOpened"), dict):
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not an object"),
            where=where,
        )
    account = read_opt_int(value, "adAccountId", where)
    ad_group = read_opt_int(value, "adGroupId", where)
    opened_text = read_opt_str(value, "openedAt", where)
    try:
        opened_at = datetime.fromisoformat(opened_text or "")
    except ValueError:
        opened_at = None
    if account is None or ad_group is None or opened_at is None:
        raise document_error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The file is damaged: the ad group it was opened from lacks its ad account, "
                "ID or opening time",
            )
        )
    return AdGroupOrigin(
        ad_account_id=account,
        ad_group_id=ad_group,
        campaign_id=read_opt_int(value, "campaignId", where),
        name=read_text(value, "name", where),
        opened_at=opened_at,
        as_opened=value["asOpened"],
    )


# -- upgrades ---------------------------------------------------------------------------
def _upgrade_v0(obj: dict[str, Any]) -> dict[str, Any]:
    """v0 (pre-release) kept the exported fragment plus a label per item, keyed "kind:key".

    {"format", "version": 0, "savedAt", "account": int|null, "campaign": "TYPE:GOAL"|null,
     "fragment": {ad-group fragment}, "labels": {"cohort:1": "name", "region:I": ...}}
    """
    spec = obj.get("campaign")
    try:
        campaign = CampaignContext.parse(spec) if isinstance(spec, str) else None
        sel = _lenient_fragment(obj.get("fragment", {}), campaign)
    except FragmentError as e:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {reason}"), reason=e.text
        ) from None
    except ValueError as e:
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {reason}"),
            reason=Message.verbatim(str(e)),
        ) from None
    labels = obj.get("labels", {})
    if not isinstance(labels, dict):
        raise document_error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: labels must be an object")
        )
    audiences = tuple(_relabel(a, labels.get(f"{a.kind.value}:{a.key}")) for a in sel.audiences)
    sel = replace(sel, audiences=audiences)
    return {
        "format": FORMAT,
        "version": 1,
        "savedAt": obj.get("savedAt"),
        "appVersion": obj.get("appVersion", "0"),
        "adAccountId": obj.get("account"),
        "regionListDate": None,
        "name": obj.get("name", ""),
        "notes": "",
        "campaign": encode_campaign(sel.campaign),
        "selection": encode_selection(sel),
    }


def _relabel(pick: AudiencePick, label: object) -> AudiencePick:
    return replace(pick, label=label) if isinstance(label, str) and label else pick


def _upgrade_v1(obj: dict[str, Any]) -> dict[str, Any]:
    """v1 kept ufoInterests/ufoBusinessTypes, gender, age and device fields as passthrough;
    v2 models them. Values Kakao's form does not offer stay passthrough, as they were."""
    sel = obj.get("selection")
    if not isinstance(sel, dict):
        return {**obj, "version": 2}  # the v2 decoder reports the damage
    targeting = sel.get("passthroughTargeting", {})
    top = sel.get("passthroughTop", {})
    if not isinstance(targeting, dict) or not isinstance(top, dict):
        return {**obj, "version": 2}
    modelled = (*DATA_KEYS.values(), *DEMOGRAPHIC_TARGETING_KEYS)
    moved_targeting = _readable({k: v for k, v in targeting.items() if k in modelled}, True)
    moved_top = _readable({k: v for k, v in top.items() if k in DEMOGRAPHIC_TOP_KEYS}, False)
    if not moved_targeting and not moved_top:
        return {**obj, "version": 2}
    picked = from_fragment({TARGETING_KEY: moved_targeting, **moved_top})
    upgraded = {
        **sel,
        "dataCategories": [
            {"kind": c.kind.value, "id": c.id, "name": c.name} for c in picked.data_categories
        ],
        "demographics": encode_demographics(picked.demographics),
        "passthroughTargeting": {k: v for k, v in targeting.items() if k not in moved_targeting},
        "passthroughTop": {k: v for k, v in top.items() if k not in moved_top},
    }
    return {**obj, "version": 2, "selection": upgraded}


def _lenient_fragment(fragment: object, campaign: CampaignContext | None) -> TargetingSelection:
    """`from_fragment` for old files: a modelled field with a value Kakao's form does not
    offer ("ages": ["20-24"]) stays passthrough, as the version that saved it kept it."""
    if not isinstance(fragment, dict):
        return from_fragment(fragment, campaign)
    targeting = fragment.get(TARGETING_KEY, {})
    if not isinstance(targeting, dict):
        return from_fragment(fragment, campaign)
    modelled = (*DATA_KEYS.values(), *DEMOGRAPHIC_TARGETING_KEYS)
    kept_t = {k: v for k, v in targeting.items() if k in modelled}
    kept_t = {k: v for k, v in kept_t.items() if k not in _readable(kept_t, True)}
    kept_top = {k: v for k, v in fragment.items() if k in DEMOGRAPHIC_TOP_KEYS}
    kept_top = {k: v for k, v in kept_top.items() if k not in _readable(kept_top, False)}
    readable = {k: v for k, v in fragment.items() if k not in kept_top}
    readable[TARGETING_KEY] = {k: v for k, v in targeting.items() if k not in kept_t}
    sel = from_fragment(readable, campaign)
    return replace(
        sel,
        passthrough_targeting=sel.passthrough_targeting + tuple(kept_t.items()),
        passthrough_top=sel.passthrough_top + tuple(kept_top.items()),
    )


def _readable(fields: dict[str, Any], in_targeting: bool) -> dict[str, Any]:
    """The fields the v2 fragment reader accepts, each checked on its own."""
    out = {}
    for key, value in fields.items():
        probe = {TARGETING_KEY: {key: value}} if in_targeting else {key: value}
        try:
            from_fragment(probe)
        except FragmentError:
            continue
        out[key] = value
    return out


# UPGRADERS[n] turns a version-n object into a version-(n+1) object.
UPGRADERS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _upgrade_v0,
    1: _upgrade_v1,
}
