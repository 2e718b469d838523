"""Every region the app knows, by key: tree navigation, folding, and per-keystroke search.

Search must answer within a keystroke over ~3,800 regions (and stay usable at 100× that), so
construction prepares each region's leaf name and full path once (see `hangul.prepare`) and
joins them into a few long strings in rank order; a query is a handful of C-speed
`str.find` scans that stop as soon as `limit` results of the best tier are found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from math import log2
from typing import Any

from moment_gui.domain import hangul
from moment_gui.domain.region_index import Joined, PrefixIndex, Scan
from moment_gui.domain.selection import RegionLevel, RegionPick

FORMAT = "moment-gui.region-catalogue"
VERSION = 1
_WIRE_KEYS = ("value", "description", "depth1Name", "depth2Name", "depth3Name")


# How many hits of the last word a multi-word query filters by its earlier words (at most;
# 20 per wanted hit keeps a one-jamo last word like '서울 ㄱ' within the keystroke budget).
_MULTIWORD_CANDIDATES = 5000
# How many areas an earlier word of a multi-word query may name.
_MULTIWORD_AREAS = 300


class CatalogueError(ValueError):
    """A stored catalogue could not be read; the message says why in plain words."""


class MatchKind(IntEnum):
    """How a search hit matched, best first."""

    EXACT = 0  # the leaf name is the query
    PREFIX = 1  # the leaf name starts with the query as typed
    LEAF_START = 2  # 초성 / half-typed match at the start of the leaf name
    LEAF = 3  # any match inside the leaf name
    PATH = 4  # anywhere in "서울특별시 강남구 논현1동"


@dataclass(frozen=True)
class SearchHit:
    """`spans` are half-open (start, end) ranges of `pick.display_path` to highlight."""

    pick: RegionPick
    score: float
    spans: tuple[tuple[int, int], ...]
    kind: MatchKind


@dataclass(frozen=True)
class FoldSuggestion:
    """All known children of `parent` are picked: pick `parent` instead of `children`."""

    parent: RegionPick
    children: tuple[RegionPick, ...]


def region_pick_from_json(obj: Mapping[str, Any]) -> RegionPick:
    """A pick from Kakao's wire shape ({value, description, depth1Name, depth2Name?, …})."""
    try:
        value, description, depth1 = obj["value"], obj["description"], obj["depth1Name"]
    except (KeyError, TypeError) as exc:
        raise CatalogueError(f"A region entry is missing {exc}: {obj!r:.120}") from exc
    extra = {k: v for k, v in obj.items() if k not in _WIRE_KEYS}
    d2, d3 = obj.get("depth2Name"), obj.get("depth3Name")
    return RegionPick(
        str(value),
        str(description),
        str(depth1),
        None if d2 is None else str(d2),
        None if d3 is None else str(d3),
        tuple(extra.items()),
    )


def region_pick_to_json(pick: RegionPick) -> dict[str, Any]:
    out: dict[str, Any] = {
        "value": pick.value,
        "description": pick.description,
        "depth1Name": pick.depth1_name,
    }
    if pick.depth2_name is not None:
        out["depth2Name"] = pick.depth2_name
    if pick.depth3_name is not None:
        out["depth3Name"] = pick.depth3_name
    return out | dict(pick.extra)


def _rank_key(pick: RegionPick) -> tuple[int, tuple[str, ...], str]:
    return (pick.level, pick.path, pick.value)


class RegionCatalogue:
    """All known regions. Keys are Kakao's `value`s (`I`, `I1000`, `I10000101`)."""

    def __init__(
        self,
        picks: Iterable[RegionPick],
        built_at: datetime | None = None,
        source_date: str | None = None,
    ) -> None:
        unique: dict[str, RegionPick] = {}
        for p in picks:
            unique.setdefault(p.value, p)
        self.built_at = built_at
        self.source_date = source_date
        # pick.path builds a tuple per call: compute each once, sort by (level, path, key).
        ranked = sorted((p.level, p.path, p.value, p) for p in unique.values())
        self._entries = [r[3] for r in ranked]
        paths = [r[1] for r in ranked]
        self._by_key = {p.value: p for p in self._entries}
        # The first pick of a path wins when two keys share one (a renamed region).
        pairs = zip(paths[::-1], self._entries[::-1], strict=True)
        self._by_names = dict(pairs)
        self._build_tree(paths)
        self._build_search_index(paths)

    def _build_tree(self, paths: list[tuple[str, ...]]) -> None:
        self._children: dict[str, list[RegionPick]] = {}
        for p in self._entries:
            up = self.parent(p.value)
            if up is not None:
                self._children.setdefault(up.value, []).append(p)
        leaf = {p.value: path[-1] for p, path in zip(self._entries, paths, strict=True)}
        for kids in self._children.values():
            kids.sort(key=lambda p: (leaf[p.value], p.value))

    def _build_search_index(self, paths: list[tuple[str, ...]]) -> None:
        names: dict[str, hangul.Prepared] = {}  # 서울특별시 is prepared once, not 400 times
        for path in paths:
            for name in path:
                if name not in names:
                    names[name] = hangul.prepare(name)
        self._leaf_prepared = [names[path[-1]] for path in paths]
        leaves = self._leaf_prepared
        self._leaves = Joined(
            [p.norm for p in leaves], [p.cv for p in leaves], [p.cho for p in leaves]
        )
        path_norms = ["".join([names[n].norm for n in path]) for path in paths]
        self._paths = Joined(
            path_norms,
            ["".join([names[n].cv for n in path]) for path in paths],
            ["".join([names[n].cho for n in path]) for path in paths],
        )
        # Longer queries cannot match; cheap guard against pasted walls of text.
        self._longest = max(map(len, path_norms), default=0)
        # Character counts make needle choice pick what is actually rare in these names, and
        # drop patterns that cannot match (닱 appears in no region name).
        distinct = list(names.values())
        self._counts = (
            Counter("".join(p.norm for p in distinct)),
            Counter("".join(p.cv for p in distinct)),
            Counter("".join(p.cho for p in distinct)),
        )
        self._total = max(1, sum(len(p.norm) for p in distinct))
        leaf_chars = sum(len(p.norm) for p in leaves)
        self._anchor_bits = log2(max(2.0, leaf_chars / max(1, len(leaves))))
        self._leaf_prefix = PrefixIndex([p.norm for p in leaves])
        self._exact: dict[str, list[int]] = {}
        for i, prepared in enumerate(self._leaf_prepared):
            self._exact.setdefault(prepared.norm, []).append(i)

    @classmethod
    def from_picks(
        cls,
        picks: Iterable[RegionPick],
        built_at: datetime | None = None,
        source_date: str | None = None,
    ) -> RegionCatalogue:
        return cls(picks, built_at, source_date)

    # -- lookup and tree ---------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[RegionPick]:
        return iter(self._entries)

    def get(self, key: str) -> RegionPick | None:
        return self._by_key.get(key)

    def parent(self, key: str) -> RegionPick | None:
        """The region one level up: from the key's shape (depth2 = depth1 key + 4 digits,
        depth3 = depth2 key + 4 digits), else by names for keys of another shape."""
        pick = self._by_key.get(key)
        level = pick.level if pick is not None else _level_from_key(key)
        if level is None or level == RegionLevel.DEPTH1:
            return None
        if len(key) > 4 and key[-4:].isdigit():
            up = self._by_key.get(key[:-4])
            if up is not None and up.level == level - 1:
                return up
        if pick is None:
            return None
        return self._by_names.get(pick.path[:-1])

    def ancestors(self, key: str) -> list[RegionPick]:
        """From 시/도 down to the parent of `key`."""
        out: list[RegionPick] = []
        up = self.parent(key)
        while up is not None and len(out) < 3:
            out.append(up)
            up = self.parent(up.value)
        return out[::-1]

    def is_ancestor(self, ancestor_key: str, key: str) -> bool:
        return any(a.value == ancestor_key for a in self.ancestors(key))

    def children(self, key: str) -> list[RegionPick]:
        """Known regions one level down, in 가나다 order."""
        return list(self._children.get(key, ()))

    def depth1(self) -> list[RegionPick]:
        return [p for p in self._entries if p.level == RegionLevel.DEPTH1]

    # -- fold / expand -----------------------------------------------------------------
    def fold(self, picked_keys: Iterable[str]) -> list[FoldSuggestion]:
        """Parents whose every known child is picked (directly or by an earlier fold),
        outermost only. Parents already picked are left to the rules' redundancy check."""
        picked = set(picked_keys)
        covered = set(picked)
        replaces: dict[str, list[RegionPick]] = {}
        for level in (RegionLevel.DEPTH2, RegionLevel.DEPTH1):
            for parent in self._entries:
                if parent.level != level or parent.value in picked:
                    continue
                kids = self._children.get(parent.value)
                if kids and all(k.value in covered for k in kids):
                    covered.add(parent.value)
                    replaces[parent.value] = [
                        grand for k in kids for grand in replaces.pop(k.value, [k])
                    ]
        return [
            FoldSuggestion(self._by_key[key], tuple(kids))
            for key, kids in sorted(replaces.items(), key=lambda kv: _rank_key(self._by_key[kv[0]]))
        ]

    def expand(self, parent_key: str) -> list[RegionPick]:
        """What to pick instead of `parent_key`: its known children."""
        return self.children(parent_key)

    # -- search ------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Ranked hits for `query`. Several words ("서울 강남") each must match the path;
        the last word, still being typed, ranks the hits."""
        words = query.split()
        found = self._find(query, limit)
        if len(words) >= 2 and len(found) < limit:
            found += self._find_in_areas(words, limit - len(found), {f[0] for f in found})
        return [self._hit(*f) for f in found]

    def _find_in_areas(
        self, words: list[str], limit: int, seen: set[int]
    ) -> list[tuple[int, MatchKind, int, int]]:
        # Earlier words name areas (서울, 강남구): keep hits inside one of them. Keys nest
        # (I → I1000 → I10000101), so "inside" is a key-prefix test.
        areas: list[tuple[str, ...]] = []
        for word in words[:-1]:
            named = self._find(word, _MULTIWORD_AREAS)
            entries = (self._entries[f[0]] for f in named)
            areas.append(tuple(p.value for p in entries if p.level < RegionLevel.DEPTH3))
        out: list[tuple[int, MatchKind, int, int]] = []
        for f in self._find(words[-1], min(_MULTIWORD_CANDIDATES, limit * 20)):
            key = self._entries[f[0]].value
            if f[0] in seen or not all(key.startswith(prefixes) for prefixes in areas):
                continue
            out.append(f)
            if len(out) >= limit:
                break
        return out

    def _find(self, query: str, limit: int) -> list[tuple[int, MatchKind, int, int]]:
        compiled = hangul.compile_query(query)
        if compiled is None or limit <= 0 or len(compiled.plain) > self._longest:
            return []
        found: dict[int, tuple[MatchKind, int, int]] = {}

        def need() -> int:
            return limit - len(found)

        for i in self._exact.get(compiled.plain, ())[:limit]:
            found[i] = (MatchKind.EXACT, 0, len(compiled.plain))
        if need() > 0:
            for i in self._leaf_prefix.first(compiled.plain, found, need()):
                found[i] = (MatchKind.PREFIX, 0, len(compiled.plain))
        patterns = [p for p in compiled.patterns if self._viable(p)]
        for kind, joined, anchored in (
            (MatchKind.LEAF_START, self._leaves, True),
            (MatchKind.LEAF, self._leaves, False),
            (MatchKind.PATH, self._paths, False),
        ):
            if need() <= 0:
                break
            scan = Scan(joined, anchored, self._bits, self._anchor_bits)
            for i, start, end in scan.first(patterns, found, need()):
                found[i] = (kind, start, end)
        ranked = sorted(found.items(), key=lambda kv: (kv[1][0], kv[0]))
        return [(i, kind, start, end) for i, (kind, start, end) in ranked]

    def _bits(self, which: int, ch: str) -> float:
        return log2(self._total / (self._counts[which][ch] + 0.5))

    def _viable(self, pattern: hangul.Pattern) -> bool:
        return all(self._counts[which][ch] for which, ch in pattern.tests)

    def _hit(self, i: int, kind: MatchKind, start: int, end: int) -> SearchHit:
        pick = self._entries[i]
        if kind == MatchKind.PATH:
            prepared = _prepare_path(pick)
            positions = hangul.spans_in_source(prepared, start, end)
        else:
            offset = len(pick.display_path) - len(pick.path[-1])
            positions = hangul.spans_in_source(self._leaf_prepared[i], start, end, offset)
        score = round(1.0 - kind / 5 - 0.01 * (pick.level - 1), 4)
        return SearchHit(pick, score, _ranges(positions), kind)

    # -- persistence -------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "built_at": self.built_at.isoformat() if self.built_at else None,
            "source_date": self.source_date,
            "regions": [region_pick_to_json(p) for p in self._entries],
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> RegionCatalogue:
        if not isinstance(obj, Mapping) or obj.get("format") != FORMAT:
            raise CatalogueError("This is not a saved region list.")
        if obj.get("version") != VERSION:
            raise CatalogueError(f"Region list version {obj.get('version')!r} is not supported.")
        regions = obj.get("regions")
        if not isinstance(regions, list):
            raise CatalogueError("The saved region list has no regions.")
        built_at = obj.get("built_at")
        try:
            when = datetime.fromisoformat(built_at) if built_at else None
        except (TypeError, ValueError) as exc:
            raise CatalogueError(f"The region list date {built_at!r} is unreadable.") from exc
        source_date = obj.get("source_date")
        return cls(
            (region_pick_from_json(r) for r in regions),
            when,
            None if source_date is None else str(source_date),
        )


_PATH_GAP = len(" › ")


def _prepare_path(
    pick: RegionPick, cache: dict[str, hangul.Prepared] | None = None
) -> hangul.Prepared:
    """The whole path without separators, its positions pointing into `display_path`."""
    parts: list[hangul.Prepared] = []
    starts: list[int] = []
    at = 0
    for name in pick.path:
        prepared = cache.get(name) if cache is not None else None
        if prepared is None:
            prepared = hangul.prepare(name)
            if cache is not None:
                cache[name] = prepared
        parts.append(prepared)
        starts.append(at)
        at += len(name) + _PATH_GAP
    return hangul.join_prepared(parts, starts)


def _level_from_key(key: str) -> RegionLevel | None:
    if len(key) == 1 and key.isalpha():
        return RegionLevel.DEPTH1
    if len(key) == 5 and key[1:].isdigit():
        return RegionLevel.DEPTH2
    if len(key) == 9 and key[1:].isdigit():
        return RegionLevel.DEPTH3
    return None


def _ranges(positions: list[int]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for p in positions:
        if out and out[-1][1] == p:
            out[-1] = (out[-1][0], p + 1)
        else:
            out.append((p, p + 1))
    return tuple(out)
