"""Search hits grouped by 시/도: categories as top-level rows (qutebrowser's completion model).

A hit row shows the path below its 시/도 ("강남구 › 논현1동"), carries its key in
`Qt.UserRole`, and ticks the same way as the tree (`toggleRequested`). `HighlightRole` gives
the character spans of the hit's own name that matched the query, for the delegate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from moment_gui.domain.selection import RegionLevel, RegionPick
from moment_gui.ui.regions.pick_index import PickIndex

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()  # one shared default: Qt's "the root"
HighlightRole = Qt.ItemDataRole.UserRole + 1
Span = tuple[int, int]


@dataclass(frozen=True)
class ResultHit:
    pick: RegionPick
    spans: tuple[Span, ...] = ()  # [start, end) in the row text (`row_text`)


@dataclass(eq=False)
class _Group:
    name: str
    hits: list[ResultHit] = field(default_factory=list)


def row_text(pick: RegionPick) -> str:
    """What a hit row says under its 시/도 group."""
    if pick.level is RegionLevel.DEPTH1:
        return QCoreApplication.translate("RegionResultsModel", "All of %1").replace(
            "%1", pick.depth1_name
        )
    return " › ".join(pick.path[1:])


def path_spans_to_row(pick: RegionPick, spans: Iterable[Span]) -> tuple[Span, ...]:
    """Move spans over `pick.display_path` (as the catalogue reports them) onto the row text,
    which drops the 시/도 prefix (or, for a 시/도 itself, wraps its name)."""
    text = row_text(pick)
    if pick.level is RegionLevel.DEPTH1:
        shift = len(text) - len(pick.depth1_name)
    else:
        shift = len(text) - len(pick.display_path)
    out = []
    for start, end in spans:
        a, b = max(start + shift, 0), min(end + shift, len(text))
        if a < b:
            out.append((a, b))
    return tuple(out)


def spans_of(query: str, text: str) -> tuple[Span, ...]:
    """Where `query` occurs literally in `text` (server hits carry no spans of their own)."""
    needle = query.strip()
    start = text.find(needle) if needle else -1
    return ((start, start + len(needle)),) if start >= 0 else ()


class RegionResultsModel(QAbstractItemModel):
    toggleRequested = Signal(object, bool)  # RegionPick, wants it picked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._picks = PickIndex()

    def set_hits(self, hits: Sequence[ResultHit]) -> None:
        """Replace all hits, keeping their order inside each 시/도 (best first) and ordering
        the groups by their best hit."""
        groups: dict[str, _Group] = {}
        for hit in hits:
            groups.setdefault(hit.pick.depth1_name, _Group(hit.pick.depth1_name)).hits.append(hit)
        self.beginResetModel()
        self._groups = list(groups.values())
        self.endResetModel()

    def set_picks(self, picks: PickIndex) -> None:
        self._picks = picks
        for row, group in enumerate(self._groups):
            if group.hits:
                parent = self.index(row, 0)
                first, last = self.index(0, 0, parent), self.index(len(group.hits) - 1, 0, parent)
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])

    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self._groups)

    def picks(self) -> list[RegionPick]:
        return [h.pick for g in self._groups for h in g.hits]

    def index_for(self, value: str) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, hit in enumerate(group.hits):
                if hit.pick.value == value:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def pick_at(self, index: AnyIndex) -> RegionPick | None:
        hit = self._hit(index)
        return hit.pick if hit is not None else None

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, 0, self._groups[row])
        group = parent.internalPointer()
        if not isinstance(group, _Group) or row >= len(group.hits):
            return QModelIndex()
        return self.createIndex(row, 0, group.hits[row])

    def parent(self, index: AnyIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        item = index.internalPointer()
        if isinstance(item, _Group):
            return QModelIndex()
        for row, group in enumerate(self._groups):
            if any(h is item for h in group.hits):
                return self.createIndex(row, 0, group)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() > 0:
            return 0
        item = parent.internalPointer()
        return len(item.hits) if isinstance(item, _Group) else 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        hit = self._hit(index)
        if hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self._picks.covering(hit.pick) is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = index.internalPointer()
        if isinstance(item, _Group):
            return self._group_data(item, role)
        hit = self._hit(index)
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(hit.pick)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._picks.check_state(hit.pick)
        if role == Qt.ItemDataRole.UserRole:
            return hit.pick.value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.pick.display_path
        if role == HighlightRole:
            return list(hit.spans)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        hit = self._hit(index)
        if role != Qt.ItemDataRole.CheckStateRole or hit is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        wanted = Qt.CheckState(value) if isinstance(value, int) else value
        self.toggleRequested.emit(hit.pick, wanted == Qt.CheckState.Checked)
        return True

    # -- internals ---------------------------------------------------------------------
    def _group_data(self, group: _Group, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.name}  ({len(group.hits)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return group.name
        return None

    def _hit(self, index: AnyIndex) -> ResultHit | None:
        if not index.isValid():
            return None
        item = index.internalPointer()
        return item if isinstance(item, ResultHit) else None
