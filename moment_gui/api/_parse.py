"""Tolerant readers for the loosely typed values Kakao sends.

The seed shows the same kind of field in several forms: dates as ``2020-01-01T00:00:00``,
``2018-02-07 10:46:12``, ``2020-01-01 00:00``, ``2019.10.16 19:36``; counts as numbers or as
strings (``"100"``); sample bodies with trailing commas. These helpers accept all of them and
turn anything that is not the documented shape into ``UnexpectedResponse`` — never a
``KeyError`` or ``TypeError`` deep inside the UI.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from moment_gui.api.errors import UnexpectedResponse
from moment_gui.lenient_json import loads_lenient as loads_lenient  # bodies with trailing commas

_DATE_FORMATS = (
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y.%m.%d %H:%M",
    "%Y.%m.%d %H:%M:%S",
    "%Y-%m-%d",
    "%Y.%m.%d",
)


def as_mapping(obj: object, what: str) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise UnexpectedResponse(f"Expected an object for {what}, got {type(obj).__name__}.")
    return obj


def as_list(obj: object, what: str) -> list[Any]:
    if not isinstance(obj, list):
        raise UnexpectedResponse(f"Expected a list of {what}, got {type(obj).__name__}.")
    return obj


def parse_date(value: object) -> datetime | None:
    """Any of the seed's date formats → naive ``datetime`` (Kakao means Korea time)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if len(text) >= 10 and text[4] in "-." and text[7] == text[4]:
        # Fast path (strptime costs ~50 µs a call, and ~0.1 s to set up on first use):
        # every seed format is ISO once "2019.10.16" is written "2019-10-16".
        try:
            return datetime.fromisoformat(
                f"{text[:4]}-{text[5:7]}-{text[8:]}".replace("Z", "+00:00")
            )
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        # ISO variants with an offset ("2020-01-01T00:00:00+09:00") or a "Z".
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_count(value: object) -> int | None:
    """A population or count sent as a number or a string ("100", "1,234") → ``int``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value)
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            return int(text)
        except ValueError:
            try:
                return round(float(text))
            except (ValueError, OverflowError):
                return None
    return None


def parse_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def opt_str(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def text(obj: Mapping[str, Any], key: str) -> str:
    """An optional display string: missing → empty string."""
    return opt_str(obj, key) or ""


def required_str(obj: Mapping[str, Any], key: str, what: str) -> str:
    value = obj.get(key)
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        raise UnexpectedResponse(f"A {what} has no usable {key!r}.")
    result = value if isinstance(value, str) else str(value)
    if not result:
        raise UnexpectedResponse(f"A {what} has an empty {key!r}.")
    return result


def required_int(obj: Mapping[str, Any], key: str, what: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool):
        raise UnexpectedResponse(f"A {what} has no usable {key!r}.")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise UnexpectedResponse(f"A {what} has no usable {key!r}.")
