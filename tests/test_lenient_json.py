"""One lenient JSON reader for api and domain: trailing commas forgiven, failures worded once."""

from __future__ import annotations

import json

import pytest

from moment_gui.lenient_json import JsonSentences, drop_trailing_commas, load_json, loads_lenient
from moment_gui.message import MessageError

SAY = JsonSentences(
    "Test",
    ends="ends at {line}",
    invalid="{reason} at {line}:{column}",
    too_deep="too deep",
    constant="{name} is not allowed",
    too_long="too long",
    broken_escape="broken escape",
)


def test_trailing_commas_are_blanked_so_positions_stay_true():
    text = '{"a": [1, 2,],\n "b": "x,}",}'
    cleaned = drop_trailing_commas(text)
    assert len(cleaned) == len(text) and cleaned.count("\n") == 1
    assert json.loads(cleaned) == {"a": [1, 2], "b": "x,}"}
    assert loads_lenient(text) == {"a": [1, 2], "b": "x,}"}


def test_loads_lenient_keeps_the_error_of_the_text_as_it_came():
    with pytest.raises(json.JSONDecodeError) as caught:
        loads_lenient('[{"value": "A",')
    assert caught.value.pos == len('[{"value": "A",')


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ('{"a": 1', "ends at 1"),
        ('{"a": x}', "expecting value at 1:7"),
        ('{"a": NaN}', "NaN is not allowed"),
        ("[" * 100_000 + "]" * 100_000, "too deep"),
    ],
)
def test_every_failure_is_one_sentence_in_the_readers_context(text: str, sentence: str):
    with pytest.raises(MessageError) as caught:
        load_json(text, SAY, MessageError)
    assert str(caught.value) == sentence
    assert caught.value.text.context == "Test"
    assert caught.value.__suppress_context__  # no json traceback chained to the sentence


def test_lenient_is_asked_for():
    assert load_json("[1,]", SAY, MessageError, lenient=True) == [1]
    with pytest.raises(MessageError):
        load_json("[1,]", SAY, MessageError)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ('{"id": 1' + "0" * 4400 + "}", "too long"),  # Python's 4,300-digit limit
        ('{"name": "\\udc80"}', "broken escape"),  # a lone surrogate: no UTF-8 can hold it
        ('{"n": NaN}', "NaN is not allowed"),
    ],
)
def test_numbers_past_the_digit_limit_and_lone_surrogates_are_sentences(
    text: str, sentence: str
) -> None:
    with pytest.raises(MessageError) as caught:
        load_json(text, SAY, MessageError)
    assert str(caught.value) == sentence
