"""Which regions are picked, and how picks relate to every other region by their path.

Built once per selection change in O(number of picks): each pick adds one to the counter of
every ancestor path (the vorta pattern), so a tree row knows "partly picked below me" or
"included through a picked ancestor" without walking the tree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from moment_gui.domain.selection import RegionPick

Path = tuple[str, ...]


@dataclass(frozen=True)
class PickIndex:
    values: frozenset[str] = frozenset()
    by_path: dict[Path, RegionPick] = field(default_factory=dict)
    below: Counter[Path] = field(default_factory=Counter)

    @classmethod
    def of(cls, picks: Iterable[RegionPick]) -> PickIndex:
        by_path: dict[Path, RegionPick] = {}
        below: Counter[Path] = Counter()
        values = set()
        for pick in picks:
            values.add(pick.value)
            by_path[pick.path] = pick
            for end in range(1, len(pick.path)):
                below[pick.path[:end]] += 1
        return cls(frozenset(values), by_path, below)

    def is_picked(self, region: RegionPick) -> bool:
        return region.value in self.values

    def covering(self, region: RegionPick) -> RegionPick | None:
        """The picked ancestor that already includes `region` (서울특별시 for 강남구), if any."""
        for end in range(1, len(region.path)):
            if (pick := self.by_path.get(region.path[:end])) is not None:
                return pick
        return None

    def picked_below(self, region: RegionPick) -> int:
        return self.below.get(region.path, 0)

    def descendants(self, region: RegionPick) -> list[RegionPick]:
        """Picks strictly inside `region`, in path order."""
        size = len(region.path)
        inside = [p for path, p in self.by_path.items() if len(path) > size]
        return sorted((p for p in inside if p.path[:size] == region.path), key=lambda p: p.path)

    def check_state(self, region: RegionPick) -> Qt.CheckState:
        if self.is_picked(region) or self.covering(region) is not None:
            return Qt.CheckState.Checked
        if self.picked_below(region):
            return Qt.CheckState.PartiallyChecked
        return Qt.CheckState.Unchecked

    def changed_paths(self, other: PickIndex) -> set[Path]:
        """Paths picked in one index and not the other (or picked under another key)."""
        changed = set(self.by_path.keys() ^ other.by_path.keys())
        both = self.by_path.keys() & other.by_path.keys()
        changed |= {p for p in both if self.by_path[p].value != other.by_path[p].value}
        return changed
