"""Hangul matching: every way a planner types a region name finds it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moment_gui.domain import hangul
from moment_gui.domain.hangul import (
    choseong,
    compile_query,
    compose,
    decompose,
    decompose_text,
    matches,
    normalise,
    prepare,
)


def test_decompose_splits_syllable_into_compatibility_jamo() -> None:
    assert decompose("강") == ("ㄱ", "ㅏ", "ㅇ")
    assert decompose("가") == ("ㄱ", "ㅏ", "")
    assert decompose("닭") == ("ㄷ", "ㅏ", "ㄺ")
    assert decompose("a") is None
    assert decompose_text("닭1") == "ㄷㅏㄺ1"


def test_compose_is_the_inverse_of_decompose_for_every_syllable() -> None:
    for code in range(0xAC00, 0xD7A4):
        assert compose(*decompose(chr(code))) == chr(code)  # type: ignore[misc]


def test_choseong_keeps_non_hangul_characters() -> None:
    assert choseong("강남구") == "ㄱㄴㄱ"
    assert choseong("논현1동") == "ㄴㅎ1ㄷ"
    assert choseong("쌍문동") == "ㅆㅁㄷ"


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("논현", "논현1동"),  # plain substring
        ("현1", "논현1동"),
        ("ㄱㄴㄱ", "강남구"),  # 초성
        ("ㄴㅎ1ㄷ", "논현1동"),
        ("강ㄴ", "강남구"),  # half-typed next syllable
        ("강나", "강남구"),  # last syllable without 종성 matches any 종성
        ("가", "각산동"),
        ("간", "가나다"),  # 종성 of the last syllable is really the next 초성
        ("간", "간석동"),
        ("강", "가양1동"),
        ("ㄱ남", "강남구"),  # mixed
        ("고", "광주광역시"),  # ㅗ can still grow into ㅘ
        ("우", "원주시"),  # ㅜ can still grow into ㅝ
        ("닭", "닭"),
        ("달ㄱ", "닭"),  # double 종성 typed as two keys
        ("달", "닭"),
        ("다ㄹㄱ", "닭"),
        (compose("ㄴ", "ㅗ", "ㄶ"), "논현1동"),  # IME shows ㄴ+ㅎ as ㄶ before the vowel arrives
        ("ㄳ", "군산시"),  # IME joins ㄱ, ㅅ typed without a vowel
        ("ㅆ", "쌍문1동"),  # double initial
        ("ㅆㅁ", "쌍문1동"),
        ("GANG", "gangnam"),  # Latin is case-insensitive
        ("１동", "논현1동"),  # fullwidth digits
        ("강 남 구", "강남구"),  # whitespace ignored
        ("수원시장안구", "수원시 장안구"),
        ("\u1100\u1102\u1100", "강남구"),  # conjoining jamo from an IME pre-edit
        (unicodedata.normalize("NFD", "논현"), "논현1동"),  # NFD text
        ("가\u11ab", "간석동"),  # conjoining 종성 after a syllable
    ],
)
def test_query_matches_text(query: str, text: str) -> None:
    assert matches(query, text) is not None


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("ㄱ", "까치산"),  # ㄲ is its own consonant
        ("ㄲ", "가양동"),
        ("논현", "논공읍"),
        ("강남구", "강남동"),
        ("간", "각산동"),  # 간's ㄴ is neither 각's 종성 nor 산's 초성 right after 가
        ("강ㄴ", "강동구"),
        ("다ㄹㄱ", "달성군"),
        ("ㅏ", "가"),  # a lone vowel is not an initial
        ("1동", "논현2동"),
    ],
)
def test_query_does_not_match_text(query: str, text: str) -> None:
    assert matches(query, text) is None


def test_match_range_points_into_the_original_text() -> None:
    assert matches("논현", "서울특별시 강남구 논현1동") == (10, 12)
    assert matches("ㄴㅎ1", "논현1동") == (0, 3)
    assert matches("간", "가나다") == (0, 2)


def test_blank_and_control_queries_compile_to_nothing() -> None:
    assert compile_query("") is None
    assert compile_query("  \t\n\u3000") is None
    assert compile_query("\x00\x01\u200b") is None


def test_normalise_folds_case_width_and_space() -> None:
    assert normalise(" Ａb  C ") == "abc"
    assert normalise("\u1100\u1161") == "가"  # NFD jamo become the syllable


def test_prepared_strings_stay_aligned_with_each_other() -> None:
    p = prepare("수원시 장안구")
    assert p.norm == "수원시장안구"
    assert p.cv == "수워시자아구"
    assert p.cho == "ㅅㅇㅅㅈㅇㄱ"
    assert p.source == (0, 1, 2, 4, 5, 6)


@given(st.text(max_size=60), st.text(max_size=30))
def test_any_query_against_any_text_never_crashes(query: str, text: str) -> None:
    found = matches(query, text)
    if found is not None:
        assert 0 <= found[0] < found[1] <= len(text)


hangul_names = st.text(
    alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=8
)


@given(hangul_names)
def test_every_name_matches_itself_and_its_choseong(name: str) -> None:
    assert matches(name, name) == (0, len(name))
    assert matches(choseong(name), name) == (0, len(name))


@given(hangul_names, st.integers(min_value=1, max_value=8))
def test_every_prefix_and_half_typed_prefix_matches(name: str, cut: int) -> None:
    prefix = name[: min(cut, len(name))]
    assert matches(prefix, name) is not None
    last = decompose(prefix[-1])
    assert last is not None
    assert matches(prefix[:-1] + last[0], name) is not None  # only the 초성 typed so far


def _match_per_char(pattern: hangul.Pattern, prepared: hangul.Prepared, start: int) -> int | None:
    strings = (prepared.norm, prepared.cv, prepared.cho)
    if start < 0 or start + pattern.width > len(prepared.norm):
        return None
    ok = all(strings[w][start + k] == ch for k, (w, ch) in enumerate(pattern.tests))
    return start + pattern.width if ok else None


@pytest.mark.parametrize("query", ["강남구", "간", "달ㄱ", "ㄱㄴ", "서울", "gangnam", "1동", "봐"])
@pytest.mark.parametrize("text", ["강남구", "서울특별시 강남구", "가나다동", "닭실마을", "gn1동"])
def test_match_at_runs_agree_with_a_test_per_character(query: str, text: str) -> None:
    compiled = hangul.compile_query(query)
    assert compiled is not None
    prepared = hangul.prepare(text)
    for pattern in compiled.patterns:
        for start in range(-1, len(prepared.norm) + 1):
            expected = _match_per_char(pattern, prepared, start)
            assert pattern.match_at(prepared.norm, prepared.cv, prepared.cho, start) == expected


@pytest.mark.parametrize("query", ["강남구", "간", "달ㄱ", "ㄱㄴㄱ", "서울", "세고", "닭"])
def test_shared_needle_is_implied_by_every_pattern(query: str) -> None:
    compiled = hangul.compile_query(query)
    assert compiled is not None
    which, text, offset, score = hangul.shared_needle(compiled.patterns)
    assert text and score > 0
    for pattern in compiled.patterns:
        column = pattern.chars_for(which)[offset : offset + len(text)]
        assert "".join(c or "?" for c in column) == text
