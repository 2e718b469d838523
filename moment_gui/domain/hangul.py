"""Hangul-aware matching for region search: 초성 queries and half-typed syllables.

Hand-written on purpose: it is a few dozen lines of Unicode arithmetic (a syllable is
0xAC00 + (초성 * 21 + 중성) * 28 + 종성), and no maintained Python library matches 초성 *and*
a half-typed last syllable whose 종성 may really be the next syllable's 초성 (`간` → 가나다).

Every searchable text is *prepared* once into three strings of equal length, aligned
character for character, so one `str.find` over a joined catalogue finds candidates:

- `norm`: NFKC, lower case, no whitespace or control characters (`강남구`);
- `cv`:   each syllable without its 종성 (`가나구`), for half-typed syllables;
- `cho`:  each syllable as its 초성 compatibility jamo (`ㄱㄴㄱ`), for 초성 queries.

A query becomes one or two `Pattern`s (the typed jamo as they are, and composed the way an
IME would finish them: `달ㄱ` → `닭`), then into `Pattern`s: per-character tests, each
against one of the three strings. A half-typed last syllable with a 종성 expands into a few
patterns (`간`: 간, 갅, 갆, or 가 followed by a syllable starting with ㄴ).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

SYLLABLE_FIRST = 0xAC00
SYLLABLE_LAST = 0xD7A3
_JUNG_COUNT = 21
_JONG_COUNT = 28

# Compatibility jamo (what IMEs and keyboards show), in Unicode's syllable-index order.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONGSEONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"  # index 0: no 종성

_CHO_INDEX = {c: i for i, c in enumerate(CHOSEONG)}
_JUNG_INDEX = {c: i for i, c in enumerate(JUNGSEONG)}
_JONG_INDEX = {c: i for i, c in enumerate(JONGSEONG) if i}

# Conjoining jamo (IME pre-edit, NFD text) → compatibility jamo.
_CONJOINING = (
    {chr(0x1100 + i): c for i, c in enumerate(CHOSEONG)}
    | {chr(0x1161 + i): c for i, c in enumerate(JUNGSEONG)}
    | {chr(0x11A8 + i): c for i, c in enumerate(JONGSEONG[1:])}
)

# A double 종성 and the two consonants it is typed as (ㄺ = ㄹ then ㄱ).
DOUBLE_FINALS = {
    "ㄳ": ("ㄱ", "ㅅ"),
    "ㄵ": ("ㄴ", "ㅈ"),
    "ㄶ": ("ㄴ", "ㅎ"),
    "ㄺ": ("ㄹ", "ㄱ"),
    "ㄻ": ("ㄹ", "ㅁ"),
    "ㄼ": ("ㄹ", "ㅂ"),
    "ㄽ": ("ㄹ", "ㅅ"),
    "ㄾ": ("ㄹ", "ㅌ"),
    "ㄿ": ("ㄹ", "ㅍ"),
    "ㅀ": ("ㄹ", "ㅎ"),
    "ㅄ": ("ㅂ", "ㅅ"),
}
_JOIN_FINALS = {pair: double for double, pair in DOUBLE_FINALS.items()}
# A typed vowel may still grow into a compound one (ㅗ → ㅘ when ㅏ follows).
_VOWEL_GROWTH = {"ㅗ": "ㅗㅘㅙㅚ", "ㅜ": "ㅜㅝㅞㅟ", "ㅡ": "ㅡㅢ"}

NORM, CV, CHO = 0, 1, 2  # which prepared string a test reads


def is_syllable(ch: str) -> bool:
    return len(ch) == 1 and SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def decompose(ch: str) -> tuple[str, str, str] | None:
    """`강` → ("ㄱ", "ㅏ", "ㅇ"); no 종성 → ""; None for anything but a precomposed syllable."""
    if not is_syllable(ch):
        return None
    n = ord(ch) - SYLLABLE_FIRST
    jong = JONGSEONG[n % _JONG_COUNT].strip()
    return (
        CHOSEONG[n // (_JUNG_COUNT * _JONG_COUNT)],
        JUNGSEONG[n // _JONG_COUNT % _JUNG_COUNT],
        jong,
    )


def compose(cho: str, jung: str, jong: str = "") -> str:
    n = (_CHO_INDEX[cho] * _JUNG_COUNT + _JUNG_INDEX[jung]) * _JONG_COUNT
    return chr(SYLLABLE_FIRST + n + (_JONG_INDEX[jong] if jong else 0))


def decompose_text(text: str) -> str:
    """Every syllable spelled out as compatibility jamo: `닭` → `ㄷㅏㄺ`."""
    return "".join("".join(decompose(c) or c) for c in text)


def choseong_of(ch: str) -> str:
    """The 초성 of a syllable; any other character unchanged."""
    if is_syllable(ch):
        return CHOSEONG[(ord(ch) - SYLLABLE_FIRST) // (_JUNG_COUNT * _JONG_COUNT)]
    return ch


_CHO_TABLE = {c: CHOSEONG[(c - SYLLABLE_FIRST) // 588] for c in range(0xAC00, 0xD7A4)}
_CV_TABLE = {c: chr(c - (c - SYLLABLE_FIRST) % 28) for c in range(0xAC00, 0xD7A4)}


def choseong(text: str) -> str:
    return text.translate(_CHO_TABLE)


def without_final(ch: str) -> str:
    """The syllable with its 종성 removed (`현` → `혀`); any other character unchanged."""
    if is_syllable(ch):
        n = ord(ch) - SYLLABLE_FIRST
        return chr(SYLLABLE_FIRST + n - n % _JONG_COUNT)
    return ch


_CONJOINING_TABLE = str.maketrans(_CONJOINING)
_WHITESPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    """NFKC, lower case, conjoining jamo as compatibility jamo, no whitespace or controls."""
    folded = _WHITESPACE.sub("", unicodedata.normalize("NFKC", text).lower())
    folded = folded.translate(_CONJOINING_TABLE)
    if folded.isprintable():
        return folded
    return "".join(c for c in folded if c.isprintable())


def normalise(text: str) -> str:
    """Text as the matcher compares it: NFKC, lower case, jamo as compatibility jamo, no
    whitespace or control characters. NFKC first so an NFD pre-edit (ㄱ+ㅏ) becomes `가`."""
    return _fold(text)


@dataclass(frozen=True, slots=True)
class Prepared:
    """`norm`/`cv`/`cho` of one text; `source[i]` is where `norm[i]` came from in the text."""

    norm: str
    cv: str
    cho: str
    source: tuple[int, ...]


_PLAIN = re.compile(r"[가-힣a-z0-9 ]*")


def prepare(text: str) -> Prepared:
    if _PLAIN.fullmatch(text):  # nearly every region name: nothing to fold but spaces
        source = tuple(i for i, ch in enumerate(text) if ch != " ")
        norm = text.replace(" ", "")
    else:
        # Character by character (not whole-string NFKC) so every output character knows
        # its source position, which the UI needs to highlight matches in the label.
        chars: list[str] = []
        positions: list[int] = []
        for i, ch in enumerate(text):
            folded = _fold(ch)
            chars.append(folded)
            positions.extend([i] * len(folded))
        norm, source = "".join(chars), tuple(positions)
    return Prepared(norm, norm.translate(_CV_TABLE), norm.translate(_CHO_TABLE), source)


def join_prepared(parts: list[Prepared], starts: list[int]) -> Prepared:
    """Several prepared texts as one; part i began at source position `starts[i]`."""
    source: list[int] = []
    for part, start in zip(parts, starts, strict=True):
        source.extend(i + start for i in part.source)
    return Prepared(
        "".join(p.norm for p in parts),
        "".join(p.cv for p in parts),
        "".join(p.cho for p in parts),
        tuple(source),
    )


def spans_in_source(prepared: Prepared, start: int, end: int, offset: int = 0) -> list[int]:
    """Source positions (shifted by `offset`) of `norm[start:end]`, in order, deduplicated."""
    out: list[int] = []
    for i in prepared.source[start:end]:
        if not out or out[-1] != i + offset:
            out.append(i + offset)
    return out


Bits = Callable[[int, str], float]


def static_bits(which: int, ch: str) -> float:
    """Rough information content of one character in one string (how selective a find is)."""
    if not (is_syllable(ch) or ch in _CHO_INDEX):
        return 5.0
    return (9.0, 7.0, 3.5)[which]


@dataclass(frozen=True, slots=True)
class Pattern:
    """Per-character tests: `(string, char)` says which prepared string must hold `char`."""

    tests: tuple[tuple[int, str], ...]
    # Consecutive tests on one string as (string, offset, text): one C-speed `startswith`
    # each instead of a Python loop per character.
    runs: tuple[tuple[int, int, str], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        runs: list[tuple[int, int, str]] = []
        for at, (which, ch) in enumerate(self.tests):
            if runs and runs[-1][0] == which:
                runs[-1] = (which, runs[-1][1], runs[-1][2] + ch)
            else:
                runs.append((which, at, ch))
        object.__setattr__(self, "runs", tuple(runs))

    @property
    def width(self) -> int:
        return len(self.tests)

    def match_at(self, norm: str, cv: str, cho: str, start: int) -> int | None:
        """End of a match starting at `start`, or None."""
        end = start + len(self.tests)
        if start < 0 or end > len(norm):
            return None
        strings = (norm, cv, cho)
        for which, offset, text in self.runs:
            if not strings[which].startswith(text, start + offset):
                return None
        return end

    def needle(
        self, anchored: bool = False, bits: Bits = static_bits, anchor_bits: float = 2.5
    ) -> tuple[int, str, int]:
        """(string, text to `find`, its offset in the pattern): the most selective run."""
        which, text, offset, _ = shared_needle((self,), anchored, bits, anchor_bits)
        return which, text, offset

    def chars_for(self, which: int) -> list[str | None]:
        """What each position of a match must hold in string `which` (None: anything)."""
        out: list[str | None] = []
        for test_which, ch in self.tests:
            if test_which == which:
                out.append(ch)
            elif test_which < which:  # a finer test also fixes the coarser string
                out.append(without_final(ch) if which == CV else choseong_of(ch))
            else:
                out.append(None)
        return out


def shared_needle(
    patterns: Sequence[Pattern],
    anchored: bool = False,
    bits: Bits = static_bits,
    anchor_bits: float = 2.5,
) -> tuple[int, str, int, float]:
    """(string, text, offset, score): the most selective run that *every* pattern implies at
    the same offset, so one `find` finds candidates for all of them. Score is in bits (with
    `anchor_bits` added for a run at the start when anchored); an empty text scores 0."""
    best_score, best_which, best_start, best_end = 0.0, CHO, 0, 0
    best_chars: list[str | None] = []
    for which in (NORM, CV, CHO):
        columns = [p.chars_for(which) for p in patterns]
        chars = [
            col[0] if col[0] is not None and all(c == col[0] for c in col) else None
            for col in zip(*columns, strict=False)
        ]
        run_start, score = 0, 0.0
        for pos, ch in enumerate(chars):
            if ch is None:
                run_start, score = pos + 1, 0.0
                continue
            score += bits(which, ch)
            bonus = anchor_bits if anchored and run_start == 0 else 0.0
            if score + bonus > best_score or not best_chars:
                best_score, best_which = score + bonus, which
                best_start, best_end, best_chars = run_start, pos + 1, chars
    run = best_chars[best_start:best_end]
    return best_which, "".join(c for c in run if c is not None), best_start, best_score


_CLUSTER_TABLE = str.maketrans({k: "".join(v) for k, v in DOUBLE_FINALS.items()})


def _split_clusters(text: str) -> list[str]:
    # A keyboard IME turns ㄱ then ㅅ (no vowel) into ㄳ; in a 초성 query it means ㄱ, ㅅ.
    return list(text.translate(_CLUSTER_TABLE))


def _compose_tail(chars: list[str]) -> list[str]:
    """Finish trailing consonants into the syllable before them, as an IME would
    (`다ㄹㄱ` → `닭`); consonants that cannot join stay as they are."""
    first = len(chars)
    while first > 0 and chars[first - 1] in _CHO_INDEX:
        first -= 1
    if first == 0 or first == len(chars) or not is_syllable(chars[first - 1]):
        return list(chars)
    syllable = chars[first - 1]
    rest = chars[first:]
    while rest:
        parts = decompose(syllable)
        assert parts is not None
        cho, jung, jong = parts
        if not jong and rest[0] in _JONG_INDEX:
            syllable = compose(cho, jung, rest[0])
        elif (jong, rest[0]) in _JOIN_FINALS:
            syllable = compose(cho, jung, _JOIN_FINALS[(jong, rest[0])])
        else:
            break
        rest = rest[1:]
    return [*chars[: first - 1], syllable, *rest]


def _patterns_for(chars: list[str]) -> list[Pattern]:
    """Patterns for one reading of the typed characters; the last syllable may be half-typed."""
    tests: list[tuple[int, str]] = []
    for c in chars[:-1]:
        tests.append((CHO, c) if c in _CHO_INDEX else (NORM, c))
    last = chars[-1]
    if last in _CHO_INDEX:
        return [Pattern((*tests, (CHO, last)))]
    parts = decompose(last)
    if parts is None:
        return [Pattern((*tests, (NORM, last)))]
    cho, jung, jong = parts
    if not jong:
        grown = _VOWEL_GROWTH.get(jung, jung)
        return [Pattern((*tests, (CV, compose(cho, v)))) for v in grown]
    # The syllable as typed, or grown into a double 종성 (달 → 닭) …
    finals = [last] + [
        compose(cho, jung, double) for double, (h, _) in DOUBLE_FINALS.items() if h == jong
    ]
    patterns = [Pattern((*tests, (NORM, f))) for f in finals]
    # … or its 종성 (second half of a double one) is really the next syllable's 초성.
    head_jong, next_cho = DOUBLE_FINALS.get(jong, ("", jong))
    patterns.append(Pattern((*tests, (NORM, compose(cho, jung, head_jong)), (CHO, next_cho))))
    return patterns


@dataclass(frozen=True, slots=True)
class Query:
    """A compiled search query: `plain` for exact/prefix tests, `patterns` for the rest."""

    plain: str
    patterns: tuple[Pattern, ...]


def compile_query(text: str) -> Query | None:
    """None when nothing searchable is left (empty, whitespace, control characters)."""
    plain = normalise(text)
    if not plain:
        return None
    chars = _split_clusters(plain)
    readings = [chars]
    composed = _compose_tail(chars)
    if composed != chars:
        readings.append(composed)
    patterns: list[Pattern] = []
    for reading in readings:
        for p in _patterns_for(reading):
            if p not in patterns:
                patterns.append(p)
    return Query(plain, tuple(patterns))


def find_match(query: Query, prepared: Prepared, anchored: bool = False) -> tuple[int, int] | None:
    """First (start, end) in `prepared.norm` where any pattern matches; at 0 if anchored."""
    best: tuple[int, int] | None = None
    for p in query.patterns:
        starts = [0] if anchored else range(len(prepared.norm) - p.width + 1)
        for s in starts:
            end = p.match_at(prepared.norm, prepared.cv, prepared.cho, s)
            if end is not None:
                if best is None or s < best[0]:
                    best = (s, end)
                break
    return best


def matches(query: str, text: str) -> tuple[int, int] | None:
    """Where `query` matches `text`, as a (start, end) range of `text`, or None."""
    compiled = compile_query(query)
    if compiled is None:
        return None
    prepared = prepare(text)
    found = find_match(compiled, prepared)
    if found is None:
        return None
    positions = spans_in_source(prepared, *found)
    return positions[0], positions[-1] + 1
