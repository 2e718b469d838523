"""One searchable list of things that live on Kakao: ad accounts, campaigns or ad groups.

Each row shows the name, the ID and the status (ON/OFF; paused rows greyed), and carries the
ID in `Qt.UserRole`. Typing filters by name or ID the way every filter box does (초성,
half-typed syllables). Loading goes through the list's own `PanelStatus`: "Loading…", the
count, or the error with Retry right under the list, so nothing waits behind a frozen window.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from moment_gui.ui.widgets.hangul_filter import HangulFilterProxyModel
from moment_gui.ui.widgets.panel_status import PanelStatus

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAUSED_COLOR = QColor("#6b6b6b")


class KakaoRow(Protocol):
    """What every listed model has (`AdAccount`, `CampaignSummary`, `AdGroupSummary`)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def config(self) -> str | None: ...


def status_word(config: str | None) -> str:
    """ON / OFF as Kakao's own screens write them; anything else as sent."""
    return (config or "").upper() or "—"


class KakaoList(QWidget):
    """Title, search box, list, status strip. `load(fetch)` fills it; `chosen(id)` on a pick."""

    chosen = Signal(int)  # the selected row's ID (-1: nothing selected)
    activated = Signal(int)  # double-click or Enter on a row
    loaded = Signal()  # rows were (re)filled

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName(f"{object_name}Title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{object_name}Search")
        self.search.setClearButtonEnabled(True)
        self.title.setBuddy(self.search)
        self.model = QStandardItemModel(self)
        self.proxy = HangulFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.view = QListView(self)
        self.view.setObjectName(f"{object_name}View")
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.status = PanelStatus(self)
        self.status.setObjectName(f"{object_name}Status")
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{object_name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.empty.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.returnPressed.connect(self._enter_in_search)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)
        self._fetch: Callable[[], Awaitable[Sequence[Any]]] | None = None
        self._spawn: Callable[..., Any] | None = None
        self.status.retryRequested.connect(self.reload)
        self._rows: list[Any] = []

    # -- text ------------------------------------------------------------------------------
    def set_texts(self, title: str, placeholder: str, empty: str) -> None:
        self.title.setText(title)
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(placeholder)
        self.view.setAccessibleName(title.replace("&", ""))
        self.empty.setText(empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._rows:
            self.status.show_ready(self._count_text())
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def clear(self, hint: str = "") -> None:
        """Empty the list (the level above changed); `hint` says what to do first."""
        self._fetch = None
        self._rows = []
        self.model.clear()
        self.empty.hide()
        self.status.show_idle(hint)
        self.view.setEnabled(False)
        self.search.setEnabled(False)

    def load(
        self,
        fetch: Callable[[], Awaitable[Sequence[Any]]],
        spawn: Callable[..., Any],
    ) -> Any:
        """Fill the list from `fetch()` in the background (`spawn` is `AppContext.spawn`)."""
        self._fetch, self._spawn = fetch, spawn
        return self.reload()

    def reload(self) -> Any:
        if self._fetch is None or self._spawn is None:
            return None
        return self._spawn(self._load(self._fetch), key=f"kakao-list:{self.objectName()}")

    async def _load(self, fetch: Callable[[], Awaitable[Sequence[Any]]]) -> None:
        self.model.clear()
        self._rows = []
        self.empty.hide()
        self.view.setEnabled(False)
        self.search.setEnabled(False)
        rows = await self.status.guard(fetch)
        if rows is None:  # the error is shown with Retry
            self.chosen.emit(-1)
            return
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[KakaoRow]) -> None:
        self._rows = list(rows)
        self.model.clear()
        for row in rows:
            self.model.appendRow(self._item(row))
        self.view.setEnabled(True)
        self.search.setEnabled(True)
        self.empty.setVisible(not rows)
        self.status.show_ready(self._count_text())
        self.loaded.emit()

    def _count_text(self) -> str:
        return self.tr("%1 listed").replace("%1", str(len(self._rows)))

    def _item(self, row: KakaoRow) -> QStandardItem:
        status = status_word(row.config)
        item = QStandardItem(f"{row.name}  ·  ID {row.id}  ·  {status}")
        item.setData(row.id, Qt.ItemDataRole.UserRole)
        item.setData(f"{row.name} {row.id}", SEARCH_ROLE)
        item.setData(row, ROW_ROLE)
        item.setToolTip(f"{row.name} (ID {row.id}, {status})")
        if status != "ON":
            item.setForeground(QBrush(PAUSED_COLOR))
        return item

    # -- choosing ----------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    @property
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        value = index.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    @property
    def current_row(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_id(self, row_id: int | None) -> bool:
        """Make the row with `row_id` current (clearing the search if it hides it)."""
        if row_id is None:
            return False
        for source_row in range(self.model.rowCount()):
            item = self.model.item(source_row)
            if item.data(Qt.ItemDataRole.UserRole) == row_id:
                index = self.proxy.mapFromSource(item.index())
                if not index.isValid():
                    self.search.clear()
                    index = self.proxy.mapFromSource(item.index())
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.view.scrollTo(index)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.chosen.emit(int(value) if value is not None else -1)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if value is not None:
            self.activated.emit(int(value))

    def _enter_in_search(self) -> None:
        """Enter in the search box takes the only (or first) match."""
        if self.proxy.rowCount() == 0:
            return
        index = self.proxy.index(0, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
