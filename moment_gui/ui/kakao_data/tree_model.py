"""One Kakao data list (관심사 or 업종) as a tree with tri-state check boxes.

Kakao sends the whole list in one answer, so the tree is built at once from the IDs' nesting
(3 → 5 → 7 characters [docs]; `DataCategory.parent_id`). As in the region tree, ticking never
changes the model: `setData` emits `toggleRequested(pick, checked)` and the panel decides
(a parent with picks inside asks which to keep; undo); the model repaints from `set_picked`.
A category inside a picked one shows "included" and cannot be ticked on its own; a category
with picks inside shows partly checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPalette

from moment_gui.domain.kakao_data import DataCategoryPick
from moment_gui.ui.widgets.node_tree import AnyIndex, NodeLinks, NodeTreeModel

KEY_ROLE = Qt.ItemDataRole.UserRole  # the category ID, as docs/contracts.md asks of rows
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # what the filter box matches: name and ID


@dataclass(eq=False)
class CategoryNode(NodeLinks):
    pick: DataCategoryPick | None  # None only for the invisible root
    parent: CategoryNode | None = None
    children: list[CategoryNode] = field(default_factory=list)
    missing: bool = False  # picked earlier, not in the list Kakao returned now

    def ancestors(self) -> Iterator[CategoryNode]:
        node = self.parent
        while node is not None and node.pick is not None:
            yield node
            node = node.parent


class DataCategoryTreeModel(NodeTreeModel[CategoryNode]):
    toggleRequested = Signal(object, bool)  # DataCategoryPick, wants it picked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CategoryNode(None), CategoryNode, parent)
        self._by_id: dict[str, CategoryNode] = {}
        self._picked: frozenset[str] = frozenset()
        self._below: dict[str, int] = {}  # ID → how many picks lie inside it

    # -- filling ---------------------------------------------------------------------
    def set_categories(
        self, picks: Sequence[DataCategoryPick], parents: dict[str, str | None] | None = None
    ) -> None:
        """The whole list, parents before children; `parents` maps an ID to its parent's ID
        (default: what the ID's shape says)."""
        from moment_gui.domain.kakao_data import category_ancestors

        self.beginResetModel()
        self._root = CategoryNode(None)
        self._by_id = {}
        for pick in picks:
            if pick.id in self._by_id:
                continue
            if parents is not None and pick.id in parents:
                up_id = parents[pick.id]
                up = self._by_id.get(up_id) if up_id else None
            else:
                # The nearest listed ancestor: a list without the middle level still nests.
                up = next(
                    (
                        self._by_id[a]
                        for a in reversed(category_ancestors(pick.id))
                        if a in self._by_id
                    ),
                    None,
                )
            holder = up if up is not None else self._root
            node = CategoryNode(pick, holder)
            holder.children.append(node)
            self._by_id[pick.id] = node
        self._recount()
        self.endResetModel()

    def add_missing(self, picks: Iterable[DataCategoryPick]) -> None:
        """Top-level rows for picks the list does not hold (so they can be unticked)."""
        new = [p for p in picks if p.id not in self._by_id]
        if not new:
            return
        first = len(self._root.children)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for pick in new:
            node = CategoryNode(pick, self._root, missing=True)
            self._root.children.append(node)
            self._by_id[pick.id] = node
        self.endInsertRows()

    def set_picked(self, ids: Iterable[str]) -> None:
        before = self._picked
        self._picked = frozenset(ids)
        if before == self._picked:
            return
        self._recount()
        self._repaint(self._root)

    # -- lookups for the panel ---------------------------------------------------------
    @property
    def category_count(self) -> int:
        return len(self._by_id)

    def pick_for(self, ident: str) -> DataCategoryPick | None:
        node = self._by_id.get(ident)
        return node.pick if node is not None else None

    def index_for(self, ident: str) -> QModelIndex:
        node = self._by_id.get(ident)
        return self._index_of(node) if node is not None else QModelIndex()

    def picked_inside(self, ident: str) -> list[DataCategoryPick]:
        """The picks that lie inside the category `ident` (its descendants), in tree order."""
        node = self._by_id.get(ident)
        if node is None:
            return []
        return [
            n.pick
            for n in node.walk()
            if n is not node and n.pick is not None and n.pick.id in self._picked
        ]

    def covering(self, ident: str) -> DataCategoryPick | None:
        """The picked category `ident` lies inside, if any."""
        node = self._by_id.get(ident)
        if node is None:
            return None
        return next(
            (a.pick for a in node.ancestors() if a.pick and a.pick.id in self._picked), None
        )

    def pick_at(self, index: AnyIndex) -> DataCategoryPick | None:
        return self._node(index).pick if index.isValid() else None

    # -- QAbstractItemModel (index, parent and counts: NodeTreeModel) ---------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not node.children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        pick = node.pick
        assert pick is not None
        picked = pick.id in self._picked
        if self.covering(pick.id) is None and (picked or not node.missing):
            # Inside a picked category the box shows "included" but cannot be ticked alone;
            # a pick the list no longer holds can be unticked, never ticked again.
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        pick = node.pick
        assert pick is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return pick.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check_state(pick.id)
        if role == KEY_ROLE:
            return pick.id
        if role == SEARCH_ROLE:
            return f"{pick.name} {pick.id}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " › ".join(
                [a.pick.name for a in reversed(list(node.ancestors())) if a.pick] + [pick.name]
            )
        if role == Qt.ItemDataRole.ForegroundRole and (
            node.missing or self.covering(pick.id) is not None
        ):
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        pick = self._node(index).pick
        if pick is None or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        wanted = Qt.CheckState(value) if isinstance(value, int) else value
        # The view turns a partly checked box into Checked: that means "pick it".
        self.toggleRequested.emit(pick, wanted == Qt.CheckState.Checked)
        return True

    # -- internals ---------------------------------------------------------------------
    def _check_state(self, ident: str) -> Qt.CheckState:
        if ident in self._picked or self.covering(ident) is not None:
            return Qt.CheckState.Checked
        if self._below.get(ident):
            return Qt.CheckState.PartiallyChecked
        return Qt.CheckState.Unchecked

    def _tooltip(self, node: CategoryNode) -> str:
        pick = node.pick
        assert pick is not None
        if node.missing:
            return QCoreApplication.translate(
                "DataCategoryTreeModel",
                "%1 — picked earlier, but not in the list Kakao Moment returned now",
            ).replace("%1", pick.id)
        covering = self.covering(pick.id)
        if covering is not None:
            return QCoreApplication.translate(
                "DataCategoryTreeModel", "Included through %1"
            ).replace("%1", covering.name)
        below = self._below.get(pick.id, 0)
        if below and pick.id not in self._picked:
            return (
                QCoreApplication.translate("DataCategoryTreeModel", "%1 (%2) — %3 picked inside")
                .replace("%1", pick.name)
                .replace("%2", pick.id)
                .replace("%3", str(below))
            )
        return f"{pick.name} ({pick.id})"

    def _recount(self) -> None:
        below: dict[str, int] = {}
        for ident in self._picked:
            node = self._by_id.get(ident)
            if node is None:
                continue
            for up in node.ancestors():
                if up.pick is not None:
                    below[up.pick.id] = below.get(up.pick.id, 0) + 1
        self._below = below

    def _repaint(self, node: CategoryNode) -> None:
        if node.children:
            parent = self._index_of(node)
            first = self.index(0, 0, parent)
            last = self.index(len(node.children) - 1, 0, parent)
            roles = [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ForegroundRole]
            self.dataChanged.emit(first, last, roles)
            for child in node.children:
                self._repaint(child)
