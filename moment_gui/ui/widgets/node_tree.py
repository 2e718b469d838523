"""A `QAbstractItemModel` over plain-Python nodes: the index arithmetic every tree model owes
Qt, shared by the region tree and the Kakao data trees.

Nodes link both ways (`parent`, `children`, mixing in `NodeLinks`); the model keeps an
invisible root node and hands Qt the nodes themselves as internal pointers. Subclasses keep
their own nodes, roles, flags, data and check-state logic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, Protocol, Self, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # one shared default: Qt's "the root"


class NodeLinks:
    """`row()` and `walk()` for a node with `parent` and `children` (a dataclass's fields)."""

    parent: Any
    children: list[Any]

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def walk(self) -> Iterator[Self]:
        """This node and everything below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


class _Node(Protocol):
    parent: Any
    children: list[Any]

    def row(self) -> int: ...


N = TypeVar("N", bound=_Node)


class NodeTreeModel(QAbstractItemModel, Generic[N]):
    """One column of nodes under `_root`; `_node(index)` and `_index_of(node)` convert."""

    def __init__(self, root: N, node_type: type[N], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = root
        self._node_type = node_type

    def index(self, row: int, column: int, parent: AnyIndex = NO_PARENT) -> QModelIndex:
        node = self._node(parent) if parent.isValid() else self._root
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: AnyIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self._index_of(up)

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        if parent.column() > 0:
            return 0
        node = self._node(parent) if parent.isValid() else self._root
        return len(node.children)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 1

    def _node(self, index: AnyIndex) -> N:
        node = index.internalPointer()
        assert isinstance(node, self._node_type)
        return node

    def _index_of(self, node: N) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)
