"""JSON as planners and Kakao write it: trailing commas forgiven, failures said in one sentence.

Kakao's own samples (and fragments copied from them) carry trailing commas; api/ reads response
bodies with `loads_lenient`, domain/ reads pasted fragments and saved files with `load_json`,
which also turns every failure into one translatable sentence. Outside the layers on purpose
(like message.py): api/ may not import domain/, and both need this. Pure Python, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

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


def drop_trailing_commas(text: str) -> str:
    """Blank out commas followed only by whitespace and `]`/`}`; strings are left alone.

    Hand-written because no maintained stdlib-compatible JSON5 parser is a dependency here.
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


def loads_lenient(body: str) -> Any:
    """``json.loads`` that also accepts trailing commas, as in Kakao's own samples.

    Truncated or non-JSON bodies still fail with the ``json.JSONDecodeError`` of the text as
    it came.
    """
    try:
        return json.loads(body)
    except json.JSONDecodeError as first_error:
        repaired = drop_trailing_commas(body)
        if repaired == body:
            raise
        try:
            return json.loads(repaired)
        except json.JSONDecodeError:
            raise first_error from None


@dataclass(frozen=True)
class JsonSentences:
    """How one reader words a JSON failure: templates marked in the reader's own context."""

    context: str
    ends: str  # {line}: the text stops before the JSON does
    invalid: str  # {reason} at {line}, {column}
    too_deep: str
    constant: str  # {name}: NaN, Infinity or -Infinity, which JSON does not allow
    too_long: str  # an integer past Python's 4,300-digit limit (a plain ValueError otherwise)
    broken_escape: str  # a lone "\\ud800"-style surrogate: no UTF-8 file or print can hold it


def load_json(
    text: str, say: JsonSentences, error: Callable[[Message], Exception], lenient: bool = False
) -> Any:
    """`json.loads(text)`, or `error(sentence)` raised with the failure in plain words.

    `lenient` forgives trailing commas first (pasted fragments); saved files are read as written.
    """
    cleaned = drop_trailing_commas(text) if lenient else text

    def fail(template: str, /, **args: object) -> NoReturn:
        raise error(Message.of(say.context, template, **args)) from None

    def reject_constant(name: str) -> object:
        raise _Constant(name)

    try:
        value = json.loads(cleaned, parse_constant=reject_constant)
    except _Constant as e:
        fail(say.constant, name=e.name)
    except json.JSONDecodeError as e:
        if e.pos >= len(cleaned.rstrip()):
            fail(say.ends, line=e.lineno)
        fail(say.invalid, reason=json_reason(e), line=e.lineno, column=e.colno)
    except RecursionError:
        fail(say.too_deep)
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        fail(say.too_long)
    if not is_valid_unicode(value):
        fail(say.broken_escape)
    return value


class _Constant(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def is_valid_unicode(value: object) -> bool:
    """False when any text in a parsed JSON value holds a lone surrogate (a "\\ud800" escape)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    except (ValueError, RecursionError):
        return True  # not about text; the caller's own checks say what is wrong
    return True


__all__ = [
    "JsonSentences",
    "drop_trailing_commas",
    "is_valid_unicode",
    "json_reason",
    "load_json",
    "loads_lenient",
]
