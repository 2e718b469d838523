"""What every audience tab shares: status strip, filter box, the table, and pick wiring.

A tab shows one kind of audience. Clicks become one undoable step on the selection; the
table repaints from `SelectionState.changed` (check states only, never a rebuild).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
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
from moment_gui.services.picks import simple_kinds
from moment_gui.ui.audiences.inclusion import InclusionDelegate, PickedNameDelegate
from moment_gui.ui.audiences.model import SORT_ROLE, AudienceModel, AudienceRow
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.live_text import live_text
from moment_gui.ui.widgets.checklist import KEY_ROLE
from moment_gui.ui.widgets.hangul_filter import HangulFilterProxyModel
from moment_gui.ui.widgets.panel_status import PanelStatus
from moment_gui.ui.widgets.population_bar import PopulationBarDelegate

if TYPE_CHECKING:
    from moment_gui.services.lookups import LookupResult

T = TypeVar("T")
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
        self.list_title = ""  # the panel's tab title for this list
        self._fit_pending = False  # rows arrived while hidden: size the name column on show
        self.status = PanelStatus(self)
        self.status.authFailed.connect(ctx.authExpired)
        self.status.retryRequested.connect(self.reload)
        self.status.changesFound.connect(ctx.report_changes)

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
        # the width left over and elides; the detail columns are capped (fit_name_column).
        header.moveSection(header.visualIndex(self.model.inclusion_column), 1)
        if self.model.population_column >= 0:
            header.moveSection(header.visualIndex(self.model.population_column), 2)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        # Every column Interactive until the tab is first shown: sizing columns to their
        # contents measures every row, which a hidden tab's first rows need not wait for.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.model.population_column >= 0:
            view.setColumnWidth(self.model.population_column, POPULATION_WIDTH)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        return view

    # -- loading ------------------------------------------------------------------
    @classmethod
    def ask_early(cls, ctx: AppContext) -> None:
        """Send the requests `load()` will make, before this tab is built (a cold start builds
        the tabs while they travel; `load()` then takes their answers). Default: the kind's
        one list, when its vocabulary row names it (`services.picks.simple_kinds`)."""
        endpoint = simple_kinds().get(cls.kind)
        if endpoint is not None:
            ctx.lookups.of(endpoint).ask_early()

    @classmethod
    def remembered_parent(
        cls, ctx: AppContext, of_pick: Callable[[AudiencePick], str | None], memory: str
    ) -> str | None:
        """What a two-level tab shows items of (a tracker, a channel) before one is chosen:
        the one its picks use, else the one last chosen in this ad account (`memory`)."""
        picks = ctx.state.selection.audiences_of(cls.kind)
        picked = next((parent for p in picks if (parent := of_pick(p))), None)
        return picked or ctx.recall(memory)

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

    def show_answer(
        self, items: Sequence[Any], make: Callable[[Any], AudienceRow], refresh: bool = False
    ) -> None:
        """Show the rows `make` builds from `items`; kept to rebuild after a language switch."""
        self._items = (tuple(items), make)
        self.show_rows([make(item) for item in items], refresh=refresh)

    async def follow(
        self,
        answers: AsyncIterator[LookupResult[T]],
        row: Callable[[T], AudienceRow],
        loading: str,
    ) -> LookupResult[T] | None:
        """Show a lookup's cached rows at once and its fresh rows in their place (see
        `PanelStatus.follow`); the second answer refreshes the picks' facts."""
        shown = False

        def show(answer: LookupResult[T]) -> None:
            nonlocal shown
            self.show_answer(answer.items, row, refresh=shown)
            shown = True

        return await self.status.follow(answers, show, loading=loading, what=self.list_name())

    def list_name(self) -> str:
        """The list's name in a sentence about what changed ("Cohorts"): the tab's title."""
        if self.list_title:
            return self.list_title
        return str(self.model.headerData(0, Qt.Orientation.Horizontal) or "")

    def show_rows(self, rows: Sequence[AudienceRow], refresh: bool = False) -> None:
        """Show a loaded list, plus picks it no longer offers (never dropped silently).

        `refresh`: these rows replace rows of the same list shown before (the cached copy);
        picks whose status, readiness, size or name changed take the new facts, as one
        undoable step, so the rules flag what can no longer be used. No pick is dropped.
        """
        self._loaded = True
        selected = self.selected_keys()
        self.model.set_rows(rows)
        self._follow_campaign(force=True)
        if selected and not self.selected_keys():  # the list changed shape: reselect by key
            self._select_keys(selected)
        if self.view.isVisible():
            self.fit_name_column()
        else:  # measuring every row of a hidden tab would only delay the visible ones
            self._fit_pending = True
        if refresh:
            self._refresh_pick_facts()
        self.sync_picks()

    def fit_name_column(self) -> None:
        """Fit the pane (no sideways scrolling at 1,280 px): the name takes the width left
        after "Use as", the population and the detail columns (capped), and elides."""
        self._fit_pending = False
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            self.model.inclusion_column, QHeaderView.ResizeMode.ResizeToContents
        )
        for col in range(1, self.model.inclusion_column):
            self.view.resizeColumnToContents(col)
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), DETAIL_COLUMN_MAX))

    def showEvent(self, event: QShowEvent) -> None:
        header = self.view.header()
        if header.sectionResizeMode(0) is not QHeaderView.ResizeMode.Stretch:
            self._fit_pending = True
        if self._fit_pending:
            self.fit_name_column()
        super().showEvent(event)

    def _refresh_pick_facts(self) -> None:
        sel = self.ctx.state.selection
        new = sel
        for pick in self.picks():
            row = self.model.row_of(pick.key)
            if row is None or not self.in_scope(pick) or self.model.row(row).ghost:
                continue
            seen = self.model.row(row).make_pick(pick.inclusion)
            facts = {
                name: getattr(seen, name)
                for name in ("label", "status", "ready", "population", "audience_type")
            }
            updated = replace(pick, **facts)
            if updated != pick:
                new = new.with_audience(updated)
        if new is not sel:
            self.ctx.state.apply(new, self.tr("Update picked audiences from Kakao Moment"))

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
            ghost=True,
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
        rows = self._select_keys(keys)
        if not rows:
            return
        first = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        self.view.scrollTo(first)
        self.view.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.view.setFocus()

    def _select_keys(self, keys: Iterable[str]) -> list[int]:
        rows = [r for k in keys if (r := self.model.row_of(k)) is not None]
        if not rows:
            return rows
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
        return rows

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
