"""Match a pasted list of regions ("서울 강남구 역삼1동", "분당구 정자1동", "해운대구", "중구")
against the region catalogue: each line is matched, ambiguous (with its candidates) or unmatched.

Planners get these lists from clients' spreadsheets, so a line may be a CSV/TSV row, carry
a BOM, and name a 시/도 the way people say it (서울, 서울시, 서울특별시; 충북; 강원도).
A line is read as words: the last names the region, the earlier ones narrow the area it lies
in (any order, any level). Three tiers, the first that finds anything wins:

1. names as Kakao spells them, each word of a 일반구 name ("성남시 분당구" → 성남시, 분당구),
   시/군/구 names without their suffix (해운대), and the 시/도 abbreviations;
2. a 법정동 name for its 행정동s ("역삼동" → 역삼1동, 역삼2동);
3. the search box's own Hangul-aware search (초성, half-typed syllables), best tiers only.

Candidates on one line of descent (세종특별자치시 and its one 시/군/구 of the same name) count
as one: the topmost. Everything is dictionary look-ups prepared once per catalogue, so a
1,000-line list matches in milliseconds (benchmarks/bench_region_match.py).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from moment_gui.domain import hangul
from moment_gui.domain.regions import MatchKind, RegionCatalogue
from moment_gui.domain.selection import RegionLevel, RegionPick

__all__ = [
    "LineMatch",
    "MatchStatus",
    "RegionListMatcher",
    "decode_region_list",
    "depth1_aliases",
    "full_name",
    "match_region_lines",
    "matched_picks",
    "read_region_lines",
]


class MatchStatus(StrEnum):
    MATCHED = "matched"
    AMBIGUOUS = "ambiguous"
    UNMATCHED = "unmatched"


@dataclass(frozen=True)
class LineMatch:
    """One input line: `picks` holds the match (one) or the candidates (several), in
    catalogue order; `line_no` counts from 1 in the input as given (blank lines included)."""

    line_no: int
    text: str
    status: MatchStatus
    picks: tuple[RegionPick, ...] = ()

    @property
    def pick(self) -> RegionPick | None:
        return self.picks[0] if self.status is MatchStatus.MATCHED else None


# Suffixes of 시/도 names, longest first: what is left is what people say (서울, 강원).
_DEPTH1_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "자치시", "자치도", "도")
# Names a 시/도 had before Kakao's table renamed it (shared doc §5): old lists still use them.
_FORMER_DEPTH1_NAMES = {"전북특별자치도": ("전라북도",), "강원특별자치도": ("강원도",)}
# Row cells that are not region names: header words of a spreadsheet column.
_HEADER_WORDS = frozenset(
    hangul.normalise(w)
    for w in (
        "지역", "지역명", "주소", "시도", "시/도", "시군구", "시/군/구", "읍면동", "동/읍/면",
        "행정동", "region", "regions", "area", "location", "name",
    )
)  # fmt: skip
_NOISE = re.compile(r"[(\[（［].*?[)\]）］]")  # "(본사)", "[2차]": notes, not names
_DOTS = str.maketrans({"·": ".", "ㆍ": ".", "・": ".", "‧": "."})
_LEGAL_DONG = re.compile(r"(제?\d[\d.]*가?)+")
_NUMBERED = re.compile(r"(?<=[가-힣])제(?=\d)")  # 우제1동 is written 우1동 as often as not
_ALL_WORDS = frozenset(hangul.normalise(w) for w in ("전체", "전역", "전지역", "일대"))
_SEARCH_KINDS = (MatchKind.EXACT, MatchKind.PREFIX, MatchKind.LEAF_START)
_SEARCH_LIMIT = 20


def _key(text: str) -> str:
    return _NUMBERED.sub("", hangul.normalise(text).translate(_DOTS))


def depth1_aliases(name: str) -> set[str]:
    """What people write for a 시/도 (as normalised keys): 서울특별시 → 서울, 서울시, 서울특별시;
    충청북도 → 충북, 충청북도; 강원특별자치도 → 강원, 강원도, 강원특별자치도."""
    out = {name, *_FORMER_DEPTH1_NAMES.get(name, ())}
    for suffix in _DEPTH1_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            out |= {stem, stem + ("도" if suffix.endswith("도") else "시")}
            if suffix == "도" and len(stem) == 3:  # 충청북도 → 충북, 경상남도 → 경남
                out.add(stem[0] + stem[2])
            break
    for former in _FORMER_DEPTH1_NAMES.get(name, ()):
        if len(former) == 4 and former.endswith("도"):
            out.add(former[0] + former[2])
    return {_key(a) for a in out}


def _district_words(name: str) -> set[str]:
    """A 시/군/구 name's words and their stems: "성남시 분당구" → 성남시분당구, 성남시, 분당구,
    성남, 분당. A stem needs two syllables left ("중구" never becomes "중")."""
    words = name.split()
    out = {_key(name), *(_key(w) for w in words)}
    for w in words:
        if w[-1:] in ("시", "군", "구") and len(w) >= 3:
            out.add(_key(w[:-1]))
    return out


def _own_words(level: RegionLevel, name: str) -> set[str]:
    if level == RegionLevel.DEPTH1:
        return depth1_aliases(name)
    if level == RegionLevel.DEPTH2:
        return _district_words(name)
    return {_key(name)}


def _legal_dong(name: str) -> str | None:
    """The 법정동 a 행정동 is numbered under: 역삼1동 → 역삼동, 성수1가제1동 → 성수동."""
    if not name.endswith("동"):
        return None
    stem = _LEGAL_DONG.sub("", name[:-1])
    return stem + "동" if stem and stem + "동" != name else None


class RegionListMatcher:
    """Matches lines against one catalogue; build once, match many lines."""

    def __init__(self, catalogue: RegionCatalogue) -> None:
        self.catalogue = catalogue
        self._order: dict[str, int] = {}
        self._names: dict[str, list[RegionPick]] = {}  # tier 1: name key → regions
        self._legal: dict[str, list[RegionPick]] = {}  # tier 2: 법정동 key → 행정동s
        self._area: dict[str, frozenset[str]] = {}  # region key → words naming it
        words_of: dict[tuple[RegionLevel, str], frozenset[str]] = {}  # 중앙동 is there 100×
        for i, pick in enumerate(catalogue):
            self._order[pick.value] = i
            level, name = pick.level, pick.path[-1]
            own = words_of.get((level, name))
            if own is None:
                own = words_of[(level, name)] = frozenset(_own_words(level, name))
            for word in own:
                self._names.setdefault(word, []).append(pick)
            legal = _legal_dong(name) if level == RegionLevel.DEPTH3 else None
            if legal is not None:
                self._legal.setdefault(_key(legal), []).append(pick)
            # Parents come first in catalogue order, so theirs are already known.
            up = catalogue.parent(pick.value) if level != RegionLevel.DEPTH1 else None
            self._area[pick.value] = self._area[up.value] | own if up is not None else own

    # -- one line ---------------------------------------------------------------------
    def match(self, text: str, line_no: int = 1) -> LineMatch:
        """Match one line (plain words, or a CSV/TSV row whose cells hold the names)."""
        shown = " ".join(text.replace("\ufeff", "").split())
        cells = _cells(text)
        # Columns may split the name (부산,해운대구,우1동) or follow it with notes: the
        # longest run of leading cells that matches wins, then any single cell.
        tries = [" ".join(cells[:n]) for n in range(len(cells), 0, -1)] + cells[1:]
        status: MatchStatus = MatchStatus.UNMATCHED
        picks: tuple[RegionPick, ...] = ()
        for words in tries:
            status, picks = self._match_words(words)
            if status is not MatchStatus.UNMATCHED:
                break
        return LineMatch(line_no, shown, status, picks)

    def _match_words(self, text: str) -> tuple[MatchStatus, tuple[RegionPick, ...]]:
        words = [_key(w) for w in _NOISE.sub(" ", text).split()]
        words = [w for w in words if w]
        while len(words) > 1 and words[-1] in _ALL_WORDS:  # "서울 전체" is 서울
            words.pop()
        if not words:
            return MatchStatus.UNMATCHED, ()
        for table in (self._names, self._legal):
            # The last word usually names the region; "중구 서울" names it first.
            for at in range(len(words) - 1, -1, -1):
                areas = words[:at] + words[at + 1 :]
                found = [p for p in table.get(words[at], ()) if self._inside(p, areas)]
                if found:
                    return self._verdict(found)
        return self._verdict(self._searched(text))

    def _inside(self, pick: RegionPick, areas: list[str]) -> bool:
        words = self._area[pick.value]
        return all(a in words for a in areas)

    def _searched(self, text: str) -> list[RegionPick]:
        hits = self.catalogue.search(" ".join(_NOISE.sub(" ", text).split()), _SEARCH_LIMIT)
        return [h.pick for h in hits if h.kind in _SEARCH_KINDS]

    def _verdict(self, found: Iterable[RegionPick]) -> tuple[MatchStatus, tuple[RegionPick, ...]]:
        unique = sorted({p.value: p for p in found}.values(), key=lambda p: self._order[p.value])
        if not unique:
            return MatchStatus.UNMATCHED, ()
        top = unique[0]
        # One line of descent (세종특별자치시 › 세종특별자치시) is one place: the topmost.
        if all(p is top or self.catalogue.is_ancestor(top.value, p.value) for p in unique):
            return MatchStatus.MATCHED, (top,)
        return MatchStatus.AMBIGUOUS, tuple(unique)

    # -- a whole list -------------------------------------------------------------------
    def match_lines(self, text: str) -> list[LineMatch]:
        """Every non-blank line of `text`; a first row that is a spreadsheet header (a cell
        says 지역, 주소, 시/군/구, region, …) is skipped."""
        lines = list(read_region_lines(text))
        if lines and _is_header(lines[0][1]):
            lines = lines[1:]
        return [self.match(line, line_no) for line_no, line in lines]


def read_region_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for each non-blank line; a BOM and any line ending are dropped."""
    for line_no, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if line.strip().strip(",;\t"):
            yield line_no, line


def decode_region_list(data: bytes) -> str | None:
    """A pasted or dropped list's text: UTF-16 with a BOM, UTF-8 (BOM or not) or CP949 (Korean
    Excel saves CSV as CP949 unless told otherwise, "Unicode text" as UTF-16); None otherwise."""
    encodings = ["utf-16"] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else []
    for encoding in (*encodings, "utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _cells(line: str) -> list[str]:
    """A row's cells (tab-, comma- or semicolon-separated, CSV quoting honoured), without
    empty cells and cells that are only numbers or punctuation (row numbers, budgets)."""
    line = line.replace("\ufeff", "")
    delimiter = next((d for d in ("\t", ",", ";") if d in line), None)
    if delimiter is None:
        return [line.strip()]
    try:
        cells = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))
    except csv.Error:
        cells = line.split(delimiter)
    return [c.strip() for c in cells if any(ch.isalpha() for ch in c)]


def _is_header(line: str) -> bool:
    return any(_key(cell) in _HEADER_WORDS for cell in _cells(line))


def match_region_lines(catalogue: RegionCatalogue, text: str) -> list[LineMatch]:
    return RegionListMatcher(catalogue).match_lines(text)


def full_name(pick: RegionPick) -> str:
    """ "서울특별시 강남구 역삼1동"; a level named as its parent is said once (세종특별자치시)."""
    names = [n for i, n in enumerate(pick.path) if i == 0 or n != pick.path[i - 1]]
    return " ".join(names)


def matched_picks(results: Iterable[LineMatch]) -> tuple[RegionPick, ...]:
    """The matched regions, once each, in the order of the list."""
    picks = (r.pick for r in results)
    return tuple({p.value: p for p in picks if p is not None}.values())
