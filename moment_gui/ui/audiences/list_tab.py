"""What every audience tab shares: status strip, filter box, the table, and pick wiring.

A tab shows one kind of audience. Clicks become one undoable step on the selection; the
table repaints from `SelectionState.changed` (check states only, never a rebuild).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.rules import campaign_block
from moment_gui.domain.selection import AudienceKind, AudiencePick, Inclusion, TargetingSelection
from moment_gui.ui.audiences.inclusion import InclusionDelegate, PickedNameDelegate
from moment_gui.ui.audiences.model import SORT_ROLE, AudienceModel, AudienceRow
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.live_text import live_text
from moment_gui.ui.widgets.checklist import KEY_ROLE
from moment_gui.ui.widgets.hangul_filter import HangulFilterProxyModel
from moment_gui.ui.widgets.panel_status import PanelStatus
from moment_gui.ui.widgets.population_bar import PopulationBarDelegate

DETAIL_COLUMN_MAX = 110  # px: a status or code column never pushes the others out of view
POPULATION_WIDTH = 104  # px: the number with its bar behind it


class AudienceListTab(QWidget):
    """Base of the audience tabs. Subclasses set `kind`, fill rows in `load()`, and may narrow
    `in_scope()` (Pixel: the tracker shown; friend groups: the channel chosen)."""

    kind: AudienceKind
    title: str  # QT_TRANSLATE_NOOP("AudiencePanel", …): the tab's title, before its count
    full_title: str  # the same for its tooltip (the title is kept short so every tab fits)

    def __init__(
        self,
        ctx: AppContext,
        list_name: str,
        headers: Sequence[str],
        population_header: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self.status = PanelStatus(self)
        self.status.authFailed.connect(ctx.authExpired)
        self.status.retryRequested.connect(self.reload)

        self.model = AudienceModel(headers, population_header, self)
        self.model.pickRequested.connect(self._on_pick_requested)
        self.proxy = HangulFilterProxyModel(self)  # 초성 and half-typed syllables match
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_query)

        self._headers, self._population_header = list(headers), population_header
        self._items: tuple[tuple[Any, ...], Callable[[Any], AudienceRow]] | None = None
        self.view = self._make_view(list_name)
        self.view.installEventFilter(self)  # + − Del act on the selected rows
        self.controls = QVBoxLayout()  # subclasses put their pickers here (tracker, channel)
        self.controls.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.status)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        ctx.state.changed.connect(self.sync_picks)
        ctx.state.changed.connect(self._follow_campaign)
        ctx.lookupsChanged.connect(self.reload)
        live_text(self, self._retranslate)
        self._blocked_for: object = None  # the campaign the greyed rows were worked out for

    def _make_view(self, list_name: str) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName(list_name)
        view.setAccessibleName(list_name)
        view.setModel(self.proxy)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # server order until a header click
        view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        view.setItemDelegateForColumn(0, PickedNameDelegate(view))
        view.setItemDelegateForColumn(self.model.inclusion_column, InclusionDelegate(view))
        if self.model.population_column >= 0:
            view.setItemDelegateForColumn(self.model.population_column, PopulationBarDelegate(view))
        header = view.header()
        # Name, Use as, Population first: in a narrow pane what a planner acts on stays in
        # view. Everything fits the pane (no sideways scrolling at 1,280 px): the name takes
        # the width left over and elides; the descriptive columns are capped in show_rows.
        header.moveSection(header.visualIndex(self.model.inclusion_column), 1)
        if self.model.population_column >= 0:
            header.moveSection(header.visualIndex(self.model.population_column), 2)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            self.model.inclusion_column, QHeaderView.ResizeMode.ResizeToContents
        )
        for col in range(1, self.model.inclusion_column):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        if self.model.population_column >= 0:
            header.setSectionResizeMode(
                self.model.population_column, QHeaderView.ResizeMode.Interactive
            )
            view.setColumnWidth(self.model.population_column, POPULATION_WIDTH)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        return view

    # -- loading ------------------------------------------------------------------
    async def load(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        self.ctx.spawn(self.load(), key=f"audience-tab-{self.kind.value}")

    def headers(self) -> tuple[list[str], str | None]:
        """(descriptive headers, population header) in the current language; tabs override."""
        return list(self._headers), self._population_header

    def _retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.view.setToolTip(self.tr("Tick to include · + include · − exclude · Del remove"))
        self.model.set_headers(*self.headers())
        if self._items is not None:  # rows carry words too ("Available", reasons)
            items, make = self._items
            self.show_rows([make(item) for item in items])

    def show_items(self, items: Sequence[Any], make: Callable[[Any], AudienceRow]) -> None:
        """Show the rows `make` builds from `items`, again after a language switch."""
        self._items = (tuple(items), make)
        self.show_rows([make(item) for item in items])

    def show_rows(self, rows: Sequence[AudienceRow]) -> None:
        """Show a freshly loaded list, plus picks it no longer offers (never dropped silently)."""
        self._loaded = True
        self.model.set_rows(rows)
        self._follow_campaign(force=True)
        for col in range(1, self.model.inclusion_column):
            self.view.resizeColumnToContents(col)
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), DETAIL_COLUMN_MAX))
        self.sync_picks()

    def in_scope(self, pick: AudiencePick) -> bool:
        return True

    def _follow_campaign(self, force: bool = False) -> None:
        """Grey out, before any pick, what the campaign type x goal cannot use (rules.py's
        `campaign_block`, the vocabulary's permissions), like the locked placements."""
        campaign = self.ctx.state.selection.campaign
        if campaign == self._blocked_for and not force:
            return
        self._blocked_for = campaign
        reasons: dict[str, str] = {}
        for index in range(self.model.rowCount()):
            row = self.model.row(index)
            why = campaign_block(row.make_pick(Inclusion.INCLUDE), campaign)
            if why is not None:
                reasons[row.key] = tr_message(why)
        self.model.set_blocked(reasons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_campaign(force=True)
        super().changeEvent(event)

    def ghost_row(self, pick: AudiencePick) -> AudienceRow:
        """A row for a pick that the current list does not offer (deleted, other account…)."""
        cells = (pick.label, *([""] * (self.model.inclusion_column - 1)))
        reason = self.tr("Picked earlier, but not in the list Kakao Moment returned now")
        return AudienceRow(
            key=pick.key,
            cells=cells,
            make_pick=lambda inclusion: replace(pick, inclusion=inclusion),
            population=pick.population,
            reason=reason,
        )

    # -- picks --------------------------------------------------------------------
    def picks(self) -> tuple[AudiencePick, ...]:
        return self.ctx.state.selection.audiences_of(self.kind)

    def sync_picks(self) -> None:
        mine = [p for p in self.picks() if self.in_scope(p)]
        if self._loaded:
            missing = [p for p in mine if self.model.row_of(p.key) is None]
            self.model.add_rows([self.ghost_row(p) for p in missing])
        self.model.set_picks({p.key: p.inclusion for p in mine})

    def _on_pick_requested(self, key: str, inclusion: str) -> None:
        self.apply_picks([key], Inclusion(inclusion) if inclusion else None)

    def apply_picks(self, keys: Iterable[str], inclusion: Inclusion | None) -> None:
        """Pick (or switch, or remove) `keys` as ONE undoable step."""
        sel = self.ctx.state.selection
        new, labels = sel, []
        for key in keys:
            new, label = self._apply_one(new, key, inclusion)
            if label:
                labels.append(label)
        if not labels:
            return
        what = labels[0] if len(labels) == 1 else self.tr("%n items", "", len(labels))
        if inclusion is Inclusion.INCLUDE:
            text = self.tr("Include %1")
        elif inclusion is Inclusion.EXCLUDE:
            text = self.tr("Exclude %1")
        else:
            text = self.tr("Remove %1")
        self.ctx.state.apply(new, text.replace("%1", what))

    def _apply_one(
        self, sel: TargetingSelection, key: str, inclusion: Inclusion | None
    ) -> tuple[TargetingSelection, str]:
        row = self.model.row_of(key)
        existing = sel.audience(self.kind, key)
        if inclusion is None:
            if existing is None:
                return sel, ""
            return sel.without_audience(self.kind, key), existing.label
        if existing is not None:
            if existing.inclusion is inclusion:
                return sel, ""
            # Switching keeps the facts seen when it was first picked.
            return sel.with_audience(replace(existing, inclusion=inclusion)), existing.label
        if row is None or not self.model.is_usable(key):
            return sel, ""
        pick = self.model.row(row).make_pick(inclusion)
        return sel.with_audience(pick), pick.label

    # -- focus & keyboard ---------------------------------------------------------
    def focus_keys(self, keys: Iterable[str]) -> None:
        rows = [r for k in keys if (r := self.model.row_of(k)) is not None]
        if not rows:
            return
        if any(not self.proxy.mapFromSource(self.model.index(r, 0)).isValid() for r in rows):
            self.filter.clear()
        selection = QItemSelection()
        for row in rows:
            left = self.proxy.mapFromSource(self.model.index(row, 0))
            right = self.proxy.mapFromSource(self.model.index(row, self.model.columnCount() - 1))
            selection.select(left, right)
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        first = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        self.view.scrollTo(first)
        self.view.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.view.setFocus()

    def selected_keys(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows(0)
        return [str(idx.data(KEY_ROLE)) for idx in rows]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            inclusion_by_key = {
                Qt.Key.Key_Plus: Inclusion.INCLUDE,
                Qt.Key.Key_Minus: Inclusion.EXCLUDE,
            }
            key = Qt.Key(event.key())
            if key in inclusion_by_key:
                self.apply_picks(self.selected_keys(), inclusion_by_key[key])
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.apply_picks(self.selected_keys(), None)
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, pos: QPoint) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        menu = QMenu(self)
        for label, inclusion in (
            (self.tr("Include\t+"), Inclusion.INCLUDE),
            (self.tr("Exclude\t−"), Inclusion.EXCLUDE),
            (self.tr("Remove\tDel"), None),
        ):
            action = QAction(label, menu)
            action.triggered.connect(lambda _=False, inc=inclusion: self.apply_picks(keys, inc))
            menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
