"""A filterable checklist: filter box, Select all / Select none, and a list of check boxes.

The model owns only what is shown; owners that keep picks elsewhere (the undoable
`SelectionState`) listen to `checkedChanged` — one emission per user action, so "Select all"
is one undo step — and push the truth back with `set_checked()`, which emits nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moment_gui.ui.live_text import live_text
from moment_gui.ui.widgets.hangul_filter import HangulFilterProxyModel

KEY_ROLE = Qt.ItemDataRole.UserRole  # the API key (`code` or `id`), as docs/contracts.md asks
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # label + key + detail: what the filter box matches

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CheckItem:
    """One row. `reason` says in plain words why an unusable row cannot be ticked."""

    key: str
    label: str
    detail: str = ""
    usable: bool = True
    reason: str = ""


class CheckListModel(QAbstractListModel):
    """Rows of `CheckItem` with a checked set. Unusable or locked rows can be unticked, never
    ticked: a pick made earlier stays visible until the planner removes it."""

    checkedChanged = Signal(object, bool)  # (tuple of keys, checked): one user action

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CheckItem] = []
        self._row_of: dict[str, int] = {}
        self._checked: set[str] = set()
        self._locked = False

    # -- reading ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def item(self, row: int) -> CheckItem:
        return self._items[row]

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def checked_keys(self) -> frozenset[str]:
        return frozenset(self._checked)

    def can_tick(self, item: CheckItem) -> bool:
        return item.usable and not self._locked

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.label}   {item.detail}" if item.detail else item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.key in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return item.key
        if role == SEARCH_ROLE:
            return f"{item.label} {item.key} {item.detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.reason or None
        if role == Qt.ItemDataRole.ForegroundRole and not self.can_tick(item):
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self._items[index.row()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.can_tick(item) or item.key in self._checked:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # -- writing ------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        changed = self.set_keys_checked([self._items[index.row()].key], checked)
        return bool(changed)

    def set_keys_checked(self, keys: Iterable[str], checked: bool) -> tuple[str, ...]:
        """Tick or untick `keys` as one user action; returns the keys that changed."""
        changed: list[str] = []
        for key in keys:
            row = self._row_of.get(key)
            if row is None or (key in self._checked) == checked:
                continue
            if checked and not self.can_tick(self._items[row]):
                continue
            changed.append(key)
        if not changed:
            return ()
        self._update_checked(
            self._checked | set(changed) if checked else self._checked - set(changed)
        )
        self.checkedChanged.emit(tuple(changed), checked)
        return tuple(changed)

    def set_checked(self, keys: Iterable[str]) -> None:
        """Make exactly `keys` checked without emitting `checkedChanged` (sync from state)."""
        self._update_checked(set(keys))

    def set_items(self, items: Sequence[CheckItem]) -> None:
        """Show `items`; the same items in the same order (a refresh) update in place, and
        unusable rows added for old picks stay while the new list still lacks them."""
        new = list({i.key: i for i in items}.values())
        keys = {i.key for i in new}
        kept = [i for i in self._items[len(new) :] if not i.usable and i.key not in keys]
        if self._items and [i.key for i in new + kept] == [i.key for i in self._items]:
            self._items = new + kept
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
            return
        self.beginResetModel()
        self._items = new
        self._row_of = {item.key: row for row, item in enumerate(self._items)}
        self.endResetModel()

    def add_missing(self, items: Iterable[CheckItem]) -> None:
        """Append rows whose keys are not shown yet (picks the server no longer lists)."""
        new = [i for i in {i.key: i for i in items}.values() if i.key not in self._row_of]
        if not new:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, item in enumerate(new):
            self._items.append(item)
            self._row_of[item.key] = first + offset
        self.endInsertRows()

    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            self._emit_all_changed()

    def _update_checked(self, new: set[str]) -> None:
        flipped = self._checked ^ new
        self._checked = new
        # Repaint only the rows whose check state flipped: lists stay put while picking.
        for key in flipped:
            row = self._row_of.get(key)
            if row is not None:
                idx = self.index(row, 0)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])

    def _emit_all_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))


class ChecklistWidget(QWidget):
    """Filter box + Select all / none + list. `checkedChanged(keys, checked)` per user action."""

    checkedChanged = Signal(object, bool)

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.proxy = HangulFilterProxyModel(self)  # 초성 and half-typed syllables match
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setObjectName(f"{list_name}Filter")
        self.filter.textChanged.connect(self.proxy.set_query)
        self.select_all = QPushButton(self)
        self.select_none = QPushButton(self)
        self.select_all.clicked.connect(lambda: self._check_visible(True))
        self.select_none.clicked.connect(lambda: self._check_visible(False))
        self.count = QLabel(self)
        live_text(self, self._retranslate)

        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(
            "background: #fff4d6; color: #5c4300; border: 1px solid #e8c766;"
            " border-radius: 4px; padding: 4px 6px;"
        )
        self.reason.hide()

        self.view = QListView(self)
        self.view.setObjectName(list_name)
        self.view.setAccessibleName(list_name)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        top.addWidget(self.select_all)
        top.addWidget(self.select_none)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

        self.model.checkedChanged.connect(self.checkedChanged)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._update_count)
        self._update_count()

    def set_locked(self, reason: str | None) -> None:
        """Lock ticking with a plain reason shown above the list (`None` unlocks).

        Rows already ticked stay ticked and can still be unticked: nothing is dropped silently.
        """
        self.model.set_locked(reason is not None)
        self.reason.setText(reason or "")
        self.reason.setVisible(reason is not None)
        self.select_all.setEnabled(reason is None)

    def focus_keys(self, keys: Iterable[str]) -> None:
        """Select and scroll to the rows with these keys (clearing a filter that hides them)."""
        rows = [r for k in keys if (r := self.model.row_of(k)) is not None]
        if not rows:
            return
        if any(not self.proxy.mapFromSource(self.model.index(r, 0)).isValid() for r in rows):
            self.filter.clear()
        selection = QItemSelection()
        for row in rows:
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.select(idx, idx)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        first = self.proxy.mapFromSource(self.model.index(min(rows), 0))
        self.view.scrollTo(first)
        self.view.setCurrentIndex(first)
        self.view.setFocus()

    def _check_visible(self, checked: bool) -> None:
        keys = [str(self.proxy.index(r, 0).data(KEY_ROLE)) for r in range(self.proxy.rowCount())]
        self.model.set_keys_checked(keys, checked)

    def _retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name or code…"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.select_all.setText(self.tr("Select all"))
        self.select_none.setText(self.tr("Select none"))
        self.select_all.setToolTip(self.tr("Tick every row shown (after filtering)"))
        self.select_none.setToolTip(self.tr("Untick every row shown (after filtering)"))
        if hasattr(self, "reason"):  # built: the count follows the language too
            self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        picked = len(self.model.checked_keys())
        self.count.setText(
            self.tr("%1 of %2 picked").replace("%1", str(picked)).replace("%2", str(total))
        )
