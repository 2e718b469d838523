"""The picked regions: one row per pick with its path and a ✕, the 1,000 limit, folding.

Kakao rejects more than 1,000 regions in one ad group (22086): the counter turns red past it.
When every child of a parent is picked, a bar offers the parent instead (fewer rows, same
area). The widget never edits picks: it emits `removeRequested` / `foldRequested`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.selection import RegionPick
from moment_gui.ui.live_text import live_text
from moment_gui.ui.regions.info_bar import InfoBar

REGION_LIMIT = 1000  # Kakao: at most 1,000 regions per ad group (22086)
AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()  # one shared default: Qt's "the root"


class PickedRegionsModel(QAbstractListModel):
    """Picks sorted by path, so a 시/도's districts stand together."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._picks: list[RegionPick] = []

    def set_picks(self, picks: Sequence[RegionPick]) -> None:
        self.beginResetModel()
        self._picks = sorted(picks, key=lambda p: p.path)
        self.endResetModel()

    def pick_at(self, row: int) -> RegionPick:
        return self._picks[row]

    def row_of(self, value: str) -> int:
        return next((i for i, p in enumerate(self._picks) if p.value == value), -1)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._picks)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._picks):
            return None
        pick = self._picks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return pick.display_path
        if role == Qt.ItemDataRole.UserRole:
            return pick.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 (key %2) — press Delete or click ✕ to remove")
                .replace("%1", pick.display_path)
                .replace("%2", pick.value)
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class _RemoveDelegate(QStyledItemDelegate):
    """Draws a ✕ at the right end of each row; clicking it asks to remove that row."""

    removeClicked = Signal(int)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        painter.save()
        painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))
        painter.drawText(self.button_rect(option.rect), Qt.AlignmentFlag.AlignCenter, "✕")
        painter.restore()

    def editorEvent(self, event: QEvent, model: Any, option: Any, index: AnyIndex) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and self.button_rect(option.rect).contains(event.position().toPoint())
        ):
            self.removeClicked.emit(index.row())
            return True
        return super().editorEvent(event, model, option, index)

    @staticmethod
    def button_rect(row: QRect) -> QRect:
        return QRect(row.right() - row.height(), row.top(), row.height(), row.height())


class PickedRegionsView(QWidget):
    removeRequested = Signal(list)  # region keys
    foldRequested = Signal(object, list)  # parent RegionPick, keys of its children

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PickedRegionsModel(self)
        self._title = QLabel(self)
        live_text(self, lambda: self._title.setText(self.tr("Picked regions")))
        self._counter = QLabel(self)
        self._counter.setObjectName("pickedRegionsCounter")
        self.list = QListView(self)
        self.list.setObjectName("pickedRegions")
        self.list.setAccessibleName("pickedRegions")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        self._delegate = _RemoveDelegate(self.list)
        self._delegate.removeClicked.connect(
            lambda row: self.removeRequested.emit([self.model.pick_at(row).value])
        )
        self.list.setItemDelegate(self._delegate)
        self.fold_bar = InfoBar(self)
        self._fold: tuple[RegionPick, list[str]] | None = None
        self.fold_bar.add_action(self.tr("Use it instead"), self._accept_fold, name="foldAccept")

        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self._counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.fold_bar)
        self.set_picks(())

    @property
    def counter_text(self) -> str:
        return self._counter.text()

    @property
    def over_limit(self) -> bool:
        return len(self.model._picks) > REGION_LIMIT

    def set_picks(self, picks: Sequence[RegionPick]) -> None:
        self.model.set_picks(picks)
        count = len(picks)
        self._counter.setText(f"{count:,} / {REGION_LIMIT:,}")
        over = count > REGION_LIMIT
        self._counter.setStyleSheet("color: #b3261e; font-weight: bold;" if over else "")
        self._counter.setToolTip(
            self.tr("Kakao accepts at most 1,000 regions in one ad group") if over else ""
        )

    def offer_fold(self, parent: RegionPick | None, children: Sequence[RegionPick]) -> None:
        """Show (or hide, with None) the "use the parent instead" suggestion."""
        if parent is None or not children:
            self._fold = None
            self.fold_bar.hide()
            return
        self._fold = (parent, [c.value for c in children])
        text = self.tr("All %1 areas of %2 are picked.")
        self.fold_bar.set_message(
            text.replace("%1", str(len(children))).replace("%2", parent.display_path)
        )
        self.fold_bar.set_action_text(
            "foldAccept", self.tr("Use %1 instead").replace("%1", parent.path[-1])
        )
        self.fold_bar.show()

    def select_values(self, values: Sequence[str]) -> None:
        selection = self.list.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for value in values:
            row = self.model.row_of(value)
            if row >= 0:
                index = self.model.index(row, 0)
                selection.select(index, selection.SelectionFlag.Select)
                first = first or index
        if first is not None:
            self.list.scrollTo(first)
            self.list.setCurrentIndex(first)

    def remove_selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        values = [self.model.pick_at(i.row()).value for i in rows]
        if values:
            self.removeRequested.emit(values)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                or event.matches(QKeySequence.StandardKey.Delete)
            )
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _accept_fold(self) -> None:
        if self._fold is not None:
            self.foldRequested.emit(*self._fold)
