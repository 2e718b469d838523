"""Why `json.loads` failed, as a translatable phrase (pasted fragments and saved files)."""

from __future__ import annotations

import json

from moment_gui.message import QT_TRANSLATE_NOOP, Message

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
