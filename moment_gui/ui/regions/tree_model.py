"""시/도 → 시/군/구 → 동/읍/면 as a lazily filled tree with tri-state check boxes.

A hand-written `QAbstractItemModel` over plain-Python nodes. Children arrive from outside:
`fetchMore` only emits `fetchRequested(pick)` and shows a "Loading…" row; the panel loads
asynchronously and calls `set_children` or `fetch_failed`. Ticking never changes the model
either: `setData` emits `toggleRequested(pick, checked)` and the panel decides (two-level
conflicts, undo); the model repaints from `set_picks`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from moment_gui.domain.selection import RegionLevel, RegionPick
from moment_gui.ui.regions.pick_index import Path, PickIndex
from moment_gui.ui.widgets.node_tree import NO_PARENT, AnyIndex, NodeLinks, NodeTreeModel


class LoadState(enum.Enum):
    UNLOADED = "unloaded"
    LOADING = "loading"
    LOADED = "loaded"


@dataclass(eq=False)
class RegionNode(NodeLinks):
    """One row. `pick is None` only for the invisible root and the "Loading…" placeholder."""

    pick: RegionPick | None
    parent: RegionNode | None = None
    children: list[RegionNode] = field(default_factory=list)
    state: LoadState = LoadState.UNLOADED

    @property
    def is_placeholder(self) -> bool:
        return self.pick is None and self.parent is not None


class RegionTreeModel(NodeTreeModel[RegionNode]):
    fetchRequested = Signal(object)  # RegionPick whose children should be loaded
    toggleRequested = Signal(object, bool)  # RegionPick, wants it picked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(RegionNode(None, state=LoadState.LOADED), RegionNode, parent)
        self._by_path: dict[Path, RegionNode] = {}
        self._picks = PickIndex()

    # -- filling ---------------------------------------------------------------------
    def set_roots(self, picks: Iterable[RegionPick]) -> None:
        picks = list(picks)
        if picks and picks == [node.pick for node in self._root.children]:
            return  # a refresh that changed nothing keeps what is expanded and loaded
        self.beginResetModel()
        self._root = RegionNode(None, state=LoadState.LOADED)
        self._by_path = {}
        self._root.children = [self._new_node(p, self._root) for p in picks]
        self.endResetModel()

    def set_children(self, region: RegionPick, picks: Iterable[RegionPick]) -> None:
        node = self._by_path.get(region.path)
        if node is None:
            return  # the tree was reset while loading
        self._clear_children(node)
        fresh = [self._new_node(p, node) for p in picks]
        if fresh:
            parent = self._index_of(node)
            self.beginInsertRows(parent, 0, len(fresh) - 1)
            node.children = fresh
            self.endInsertRows()
        node.state = LoadState.LOADED

    def fetch_failed(self, region: RegionPick) -> None:
        """Back to unloaded: expanding again (or Retry) asks once more."""
        if (node := self._by_path.get(region.path)) is not None:
            self._clear_children(node)
            node.state = LoadState.UNLOADED

    def set_picks(self, picks: PickIndex) -> None:
        before, self._picks = self._picks, picks
        changed = before.changed_paths(picks)
        rows: list[RegionNode] = []
        for path in changed:
            # Ancestors may turn partly picked; descendants show the area as included.
            rows.extend(n for end in range(1, len(path)) if (n := self._by_path.get(path[:end])))
            if (node := self._by_path.get(path)) is not None:
                rows.extend(node.walk())
        for node in dict.fromkeys(rows):
            if node.pick is not None:
                index = self._index_of(node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    # -- lookups for the panel ---------------------------------------------------------
    def node_for(self, region: RegionPick) -> RegionNode | None:
        return self._by_path.get(region.path)

    def index_for(self, region: RegionPick) -> QModelIndex:
        node = self._by_path.get(region.path)
        return self._index_of(node) if node is not None else QModelIndex()

    def pick_at_path(self, path: Path) -> RegionPick | None:
        node = self._by_path.get(path)
        return node.pick if node is not None else None

    def loaded_children(self, path: Path) -> list[RegionPick] | None:
        """Children of the region at `path` if they are fully loaded, else None."""
        node = self._by_path.get(path) if path else self._root
        if node is None or node.state is not LoadState.LOADED:
            return None
        return [c.pick for c in node.children if c.pick is not None]

    def pick_at(self, index: AnyIndex) -> RegionPick | None:
        return self._node(index).pick if index.isValid() else None

    def is_loading(self, region: RegionPick) -> bool:
        node = self._by_path.get(region.path)
        return node is not None and node.state is LoadState.LOADING

    # -- QAbstractItemModel (index, parent and counts: NodeTreeModel) ---------------------
    def hasChildren(self, parent: AnyIndex = NO_PARENT) -> bool:
        node = self._node(parent) if parent.isValid() else self._root
        if node.children:
            return True
        # Unloaded 시/도 and 시/군/구 show an expander; 동/읍/면 are leaves.
        return (
            node.pick is not None
            and node.pick.level is not RegionLevel.DEPTH3
            and node.state is not LoadState.LOADED
        )

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if not parent.isValid():
            return False
        node = self._node(parent)
        return (
            node.pick is not None
            and node.pick.level is not RegionLevel.DEPTH3
            and node.state is LoadState.UNLOADED
        )

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        node.state = LoadState.LOADING
        self.beginInsertRows(self._index_of(node), 0, 0)
        node.children = [RegionNode(None, node, state=LoadState.LOADED)]
        self.endInsertRows()
        self.fetchRequested.emit(node.pick)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        if node.pick is None:
            return Qt.ItemFlag.ItemNeverHasChildren
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._picks.covering(node.pick) is None:
            # Inside a picked area the box shows "included" but cannot be ticked alone.
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if node.pick.level is RegionLevel.DEPTH3:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        pick = node.pick
        if pick is None:
            return self._placeholder_data(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return pick.path[-1]
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._picks.check_state(pick)
        if role == Qt.ItemDataRole.UserRole:
            return pick.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pick)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return pick.display_path
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        pick = self._node(index).pick
        if pick is None or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        wanted = Qt.CheckState(value) if isinstance(value, int) else value
        # The view cycles a partly picked parent to Checked: that means "pick it".
        self.toggleRequested.emit(pick, wanted == Qt.CheckState.Checked)
        return True

    # -- internals ---------------------------------------------------------------------
    def _tooltip(self, pick: RegionPick) -> str:
        covering = self._picks.covering(pick)
        if covering is not None:
            return QCoreApplication.translate("RegionTreeModel", "Included through %1").replace(
                "%1", covering.display_path
            )
        below = self._picks.picked_below(pick)
        if below and not self._picks.is_picked(pick):
            return (
                QCoreApplication.translate("RegionTreeModel", "%1 — %2 picked inside")
                .replace("%1", pick.display_path)
                .replace("%2", str(below))
            )
        return pick.display_path

    def _placeholder_data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RegionTreeModel", "Loading…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _new_node(self, pick: RegionPick, parent: RegionNode) -> RegionNode:
        leaf = pick.level is RegionLevel.DEPTH3
        node = RegionNode(pick, parent, state=LoadState.LOADED if leaf else LoadState.UNLOADED)
        self._by_path[pick.path] = node
        return node

    def _clear_children(self, node: RegionNode) -> None:
        if not node.children:
            return
        self.beginRemoveRows(self._index_of(node), 0, len(node.children) - 1)
        for child in node.children:
            for gone in child.walk():
                if gone.pick is not None:
                    self._by_path.pop(gone.pick.path, None)
        node.children = []
        self.endRemoveRows()
