"""Saved selections: a versioned JSON file a planner can reopen, diff and review offline.

The file never holds the business token (there is no field for it). `load` raises only
`DocumentError` with a plain sentence and never changes anything on disk; `save` is atomic and
keeps the previous file as `<name>.bak`. The format is described in docs/file-format.md.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from moment_gui import __version__
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.fragment import FragmentError, from_fragment, json_reason
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError

FORMAT = "moment-gui.selection"
VERSION = 1


class DocumentError(MessageError):
    """A selection file that cannot be read or written; the message is one plain sentence.

    `str(error)` is the English sentence; `error.text` the same as a translatable `Message`.
    """


def _error(template: str, /, **args: object) -> DocumentError:
    return DocumentError(Message.of("DocumentError", template, **args))


__all__ = [
    "FORMAT",
    "UPGRADERS",
    "VERSION",
    "DocumentError",
    "SavedSelection",
    "dumps",
    "load",
    "loads",
    "save",
]


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
        "campaign": _encode_campaign(doc.selection.campaign),
        "selection": _encode_selection(doc.selection),
    }
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def loads(text: str) -> SavedSelection:
    """Read a saved selection; anything wrong raises DocumentError with a plain message."""
    try:
        obj = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        if e.pos >= len(text.rstrip()):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "The file is damaged: the JSON ends unexpectedly at line {line}",
                ),
                line=e.lineno,
            ) from None
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {reason} at line {line}, column {column}"
            ),
            reason=json_reason(e),
            line=e.lineno,
            column=e.colno,
        ) from None
    except RecursionError:
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: its JSON is nested impossibly deep"
            )
        ) from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise _error(QT_TRANSLATE_NOOP("DocumentError", "This file is not a moment-gui selection"))
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The file is damaged: its format version is missing or not a number",
            )
        )
    if version > VERSION:
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "This file was saved by a newer version of moment-gui (format version "
                "{version}); update the app to open it",
            ),
            version=version,
        )
    upgraded_from = version if version < VERSION else None
    while version < VERSION:
        obj = UPGRADERS[version](obj)
        version += 1
    return _decode_v1(obj, upgraded_from)


def _decode_v1(obj: Mapping[str, Any], upgraded_from: int | None) -> SavedSelection:
    campaign = _decode_campaign(obj.get("campaign"))
    selection = _decode_selection(obj.get("selection"), campaign)
    saved_at_text = _opt_str(obj, "savedAt", "the file")
    try:
        saved_at = datetime.fromisoformat(saved_at_text) if saved_at_text else None
    except ValueError:
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: savedAt {value} is not a date"
            ),
            value=repr(saved_at_text),
        ) from None
    return SavedSelection(
        selection=selection,
        ad_account_id=_opt_int(obj, "adAccountId", "the file"),
        saved_at=saved_at,
        app_version=_opt_str(obj, "appVersion", "the file") or "",
        region_list_date=_opt_str(obj, "regionListDate", "the file"),
        name=_text(obj, "name", "the file"),
        notes=_text(obj, "notes", "the file"),
        upgraded_from=upgraded_from,
    )


def _reject_constant(name: str) -> object:
    raise _error(
        QT_TRANSLATE_NOOP(
            "DocumentError", "The file is damaged: {name} is not a number JSON allows"
        ),
        name=name,
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
        sel = from_fragment(obj.get("fragment", {}), campaign)
    except FragmentError as e:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {reason}"), reason=e.text
        ) from None
    except ValueError as e:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {reason}"),
            reason=Message.verbatim(str(e)),
        ) from None
    labels = obj.get("labels", {})
    if not isinstance(labels, dict):
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: labels must be an object")
        )
    audiences = tuple(_relabel(a, labels.get(f"{a.kind.value}:{a.key}")) for a in sel.audiences)
    sel = TargetingSelection(
        campaign=sel.campaign,
        regions=sel.regions,
        ad_serving_categories=sel.ad_serving_categories,
        section_categories=sel.section_categories,
        audiences=audiences,
        passthrough_targeting=sel.passthrough_targeting,
        passthrough_top=sel.passthrough_top,
    )
    return {
        "format": FORMAT,
        "version": 1,
        "savedAt": obj.get("savedAt"),
        "appVersion": obj.get("appVersion", "0"),
        "adAccountId": obj.get("account"),
        "regionListDate": None,
        "name": obj.get("name", ""),
        "notes": "",
        "campaign": _encode_campaign(sel.campaign),
        "selection": _encode_selection(sel),
    }


def _relabel(pick: AudiencePick, label: object) -> AudiencePick:
    return replace(pick, label=label) if isinstance(label, str) and label else pick


# UPGRADERS[n] turns a version-n object into a version-(n+1) object.
UPGRADERS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_v0}


# -- files ------------------------------------------------------------------------------
def save(path: str | os.PathLike[str], doc: SavedSelection) -> None:
    """Write atomically: at every instant `path` holds the complete old or new file.

    Raises DocumentError (with the OSError as its cause) when the disk refuses.
    """
    target = Path(path)
    data = dumps(doc).encode("utf-8")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            _keep_backup(target)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as e:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "Could not save {name}: {reason}"),
            name=target.name,
            reason=Message.verbatim(str(e.strerror or e)),
        ) from e
    finally:
        if tmp_name is not None:
            with suppress(OSError):
                os.unlink(tmp_name)


def _keep_backup(target: Path) -> None:
    """Make `<name>.bak` the current file before it is replaced; the .bak swap is atomic too."""
    bak = target.with_name(target.name + ".bak")
    fd, tmp_bak = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.unlink(tmp_bak)
        try:
            os.link(target, tmp_bak)  # cheap and exact where hard links work
        except OSError:
            shutil.copy2(target, tmp_bak)
        os.replace(tmp_bak, bak)
    finally:
        with suppress(OSError):
            os.unlink(tmp_bak)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def load(path: str | os.PathLike[str]) -> SavedSelection:
    """Read a saved selection; raises only DocumentError; never writes anything."""
    target = Path(path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "There is no file at {path}"), path=str(target)
        ) from None
    except IsADirectoryError:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "{path} is a folder, not a saved selection"),
            path=str(target),
        ) from None
    except PermissionError:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "moment-gui is not allowed to read {path}"),
            path=str(target),
        ) from None
    except OSError as e:
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "Could not read {path}: {reason}"),
            path=str(target),
            reason=Message.verbatim(str(e.strerror or e)),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The file is damaged: it is not UTF-8 text (bad byte at position {position})",
            ),
            position=e.start,
        ) from None
    return loads(text)


# -- the selection as JSON ----------------------------------------------------------------
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


def _encode_campaign(ctx: CampaignContext | None) -> dict[str, Any] | None:
    if ctx is None:
        return None
    return {
        "type": ctx.campaign_type.value,
        "goal": ctx.goal.value,
        "placements": sorted(p.value for p in ctx.placements),
    }


def _encode_selection(sel: TargetingSelection) -> dict[str, Any]:
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
        "passthroughTargeting": dict(sel.passthrough_targeting),
        "passthroughTop": dict(sel.passthrough_top),
    }


# `where` is the place in the file ("region 3", "audience 2 kind"): shown as it is.
def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not an object"),
            where=where,
        )
    return value


def _list(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not a list"),
            where=f"{where} {key}",
        )
    return value


def _not_text(where: str) -> DocumentError:
    return _error(
        QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} is not text"),
        where=where,
    )


def _text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise _not_text(f"{where} {key}")
    return value


def _required_text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise _error(
            QT_TRANSLATE_NOOP("DocumentError", "The file is damaged: {where} has no {key}"),
            where=where,
            key=key,
        )
    return value


def _opt_str(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise _not_text(f"{where} {key}")
    return value


def _opt_int(obj: Mapping[str, Any], key: str, where: str) -> int | None:
    value = obj.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise _error(
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
        raise _error(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The file is damaged: {where} has an unknown value {value}"
            ),
            where=where,
            value=repr(str(value)[:40]),
        ) from None


def _decode_campaign(value: object) -> CampaignContext | None:
    if value is None:
        return None
    obj = _object(value, "campaign")
    placements = _list(obj, "placements", "campaign")
    return CampaignContext(
        _enum(CampaignType, obj.get("type"), "campaign type"),
        _enum(Goal, obj.get("goal"), "campaign goal"),
        frozenset(_enum(Placement, p, "campaign placement") for p in placements),
    )


def _decode_selection(value: object, campaign: CampaignContext | None) -> TargetingSelection:
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
    return TargetingSelection(
        campaign=campaign,
        regions=regions,
        ad_serving_categories=categories["adServingCategories"],
        section_categories=categories["sectionCategories"],
        audiences=audiences,
        passthrough_targeting=_extra(obj, "passthroughTargeting", "selection"),
        passthrough_top=_extra(obj, "passthroughTop", "selection"),
    )


def _extra(obj: Mapping[str, Any], key: str, where: str) -> tuple[tuple[str, Any], ...]:
    return tuple(_object(obj.get(key, {}), f"{where} {key}").items())


def _decode_region(obj: Mapping[str, Any], where: str) -> RegionPick:
    names = {attr: _opt_str(obj, key, where) for key, attr in _REGION_NAMES}
    if names["depth3_name"] is not None and names["depth2_name"] is None:
        raise _error(
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
    for key, attr, kind in _AUDIENCE_FACTS:
        value = obj.get(key)
        # bool is an int in Python; a true/false population or term is damage, not a number.
        if value is not None and (
            not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        ):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "DocumentError", "The file is damaged: {where} has the wrong type"
                ),
                where=f"{where} {key}",
            )
        facts[attr] = value
    return AudiencePick(
        kind=_enum(AudienceKind, obj.get("kind"), f"{where} kind"),
        key=_required_text(obj, "key", where),
        inclusion=_enum(Inclusion, obj.get("inclusion"), f"{where} inclusion"),
        label=_required_text(obj, "label", where),
        extra=_extra(obj, "extra", where),
        **facts,
    )
