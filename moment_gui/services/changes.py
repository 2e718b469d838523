"""What changed between two answers of one lookup: the cached copy shown first and the fresh one.

Read from the answers' JSON objects (`raw`), so every lookup row — today's and any added
later — is compared the same way: an item is known by its `id` (or `code`, or for Pixel &
SDK events its event code and track rule), named by `name` (or `eventName`, or its region
name), its state is every field whose name ends in "status" plus `ready`, and its size is
`population`, `populationScore` or `friendCount`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from moment_gui.domain import kinds

NAME_FIELDS = ("name", "eventName", "depth3Name", "depth2Name", "depth1Name")
SIZE_FIELDS = ("population", "populationScore", "friendCount")


@dataclass(frozen=True)
class Change:
    """One item that is not what the cached copy said. Unchanged facts are None."""

    key: str
    name: str  # as the cached copy had it
    new_name: str | None = None
    old_state: str | None = None
    new_state: str | None = None
    old_size: int | None = None
    new_size: int | None = None
    gone: bool = False

    @property
    def unusable_now(self) -> bool:
        """The new state is one Kakao refuses targeting with (and the old one was not)."""
        return _unusable(self.new_state) and not _unusable(self.old_state)


def changes(old: Iterable[Any], new: Iterable[Any]) -> list[Change]:
    """The items of `old` whose name, state or size differ in `new`, or that `new` lacks.

    Items only in `new` are not changes of anything shown: they simply appear in the list.
    """
    fresh = {_identity(raw): raw for raw in map(_raw, new)}
    found: list[Change] = []
    for raw in map(_raw, old):
        key = _identity(raw)
        name = _name(raw)
        now = fresh.get(key)
        if now is None:
            found.append(Change(key, name, gone=True))
            continue
        new_name = _name(now) if _name(now) != name else None
        before, after = _state(raw), _state(now)
        states = (before, after) if before != after else (None, None)
        size_before, size_after = _size(raw), _size(now)
        sizes = (size_before, size_after) if size_before != size_after else (None, None)
        if new_name is not None or states != (None, None) or sizes != (None, None):
            found.append(Change(key, name, new_name, *states, *sizes))
    return found


def _raw(item: Any) -> Mapping[str, Any]:
    raw = getattr(item, "raw", item)
    return raw if isinstance(raw, Mapping) else {}


def _identity(raw: Mapping[str, Any]) -> str:
    for field in ("id", "code"):
        if raw.get(field) not in (None, ""):
            return str(raw[field])
    if "eventCode" in raw:
        rule = raw.get("trackRule")
        rule_id = rule.get("id") if isinstance(rule, Mapping) else None
        return f"{raw['eventCode']}|{rule_id or ''}"
    return json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str)


def _name(raw: Mapping[str, Any]) -> str:
    for field in NAME_FIELDS:
        value = raw.get(field)
        if isinstance(value, str) and value:
            return value
    return _identity(raw)


def _state(raw: Mapping[str, Any]) -> str | None:
    """'DELETE', 'COMPLETE · not ready' — every status-like field, in the answer's order."""
    words = [str(v) for k, v in raw.items() if k.lower().endswith("status") and v is not None]
    if raw.get("ready") is False:
        words.append("not ready")
    return " · ".join(words) or None


def _size(raw: Mapping[str, Any]) -> int | None:
    for field in SIZE_FIELDS:
        value = raw.get(field)
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            return int(value)
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())  # populationScore is sometimes sent as text
    return None


def _unusable(state: str | None) -> bool:
    if state is None:
        return False
    first = state.split(" · ")[0]
    return first not in kinds.usable_statuses() or state.endswith("not ready")
