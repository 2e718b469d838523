"""The Regions panel: browse 시/도 → 시/군/구 → 동/읍/면, search, and review what is picked.

Everything that touches the server goes through `ctx.spawn` and the panel's status strip.
Picks change only through `ctx.state.apply` (one undo step each); every view repaints from
`ctx.state.changed`. An area is never left picked at two levels (Kakao 22087): ticking a
parent with picks inside asks inline which to keep.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.selection import RegionLevel, RegionPick
from moment_gui.services.picks import region_pick
from moment_gui.services.regions import children_of
from moment_gui.ui.context import AppContext
from moment_gui.ui.live_text import live_text
from moment_gui.ui.regions.browse import ResultsView, TreeView
from moment_gui.ui.regions.info_bar import InfoBar
from moment_gui.ui.regions.pick_index import PickIndex
from moment_gui.ui.regions.picked import PickedRegionsView
from moment_gui.ui.regions.results_model import RegionResultsModel
from moment_gui.ui.regions.search import RegionSearch
from moment_gui.ui.regions.search_box import RegionSearchBox
from moment_gui.ui.regions.tree_model import RegionTreeModel
from moment_gui.ui.widgets.panel_status import PanelStatus

if TYPE_CHECKING:
    from moment_gui.services.lookups import LookupResult
    from moment_gui.ui.regions.paste_list import RegionListPaste

LIST_SUFFIXES = (".txt", ".csv", ".tsv")  # what a dropped list of regions may be


class RegionPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._picks = PickIndex()
        self._retry: Callable[[], None] | None = None
        self._conflict: tuple[RegionPick, list[RegionPick]] | None = None

        self.status = PanelStatus(self)
        self.search_box = RegionSearchBox(self)
        self.search_box.setObjectName("regionSearch")
        self.search_box.setAccessibleName("regionSearch")
        live_text(
            self,
            lambda: self.search_box.setPlaceholderText(
                self.tr("Search regions (강남, ㄱㄴ, 논현1동)")
            ),
        )
        self.tree_model = RegionTreeModel(self)
        self.tree = TreeView(self)
        self.tree.setModel(self.tree_model)
        self.results_model = RegionResultsModel(self)
        self.results = ResultsView(self)
        self.results.setModel(self.results_model)
        self._browse = QStackedWidget(self)
        self._browse.addWidget(self.tree)
        self._browse.addWidget(self.results)
        self.conflict_bar = InfoBar(self)
        self.conflict_bar.add_action("", self._keep_parent, name="keepParent")
        self.conflict_bar.add_action("", self._keep_inside, name="keepInside")
        self.picked = PickedRegionsView(self)
        self.search = RegionSearch(ctx, self.results_model, self.status, self)
        # Paste a list of regions (a client's spreadsheet column), or drop a .txt/.csv here.
        self.paste_list_action = QAction(self)
        self.paste_list_action.setObjectName("pasteRegionListAction")
        self.paste_list_action.triggered.connect(lambda _=False: self.open_paste_list())
        self.paste_list_button = QToolButton(self)
        self.paste_list_button.setObjectName("pasteRegionListButton")
        self.paste_list_button.setDefaultAction(self.paste_list_action)
        # Built on first use: the matcher and its table are not part of the first paint.
        self.paste_list: RegionListPaste | None = None
        self.setAcceptDrops(True)
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.paste_list_button)
        column.addLayout(search_row)
        column.addWidget(self._browse, 1)
        column.addWidget(self.conflict_bar)
        column.addWidget(self.status)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.picked)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _connect(self) -> None:
        self.ctx.state.changed.connect(self._sync_picks)
        self.ctx.lookupsChanged.connect(self._reload)
        self.ctx.catalogueChanged.connect(self._catalogue_changed)
        self.status.retryRequested.connect(self._on_retry)
        self.status.authFailed.connect(self.ctx.authExpired)
        self.status.changesFound.connect(self.ctx.report_changes)
        self.tree_model.fetchRequested.connect(self._fetch_children)
        self.tree_model.toggleRequested.connect(self._toggle)
        self.results_model.toggleRequested.connect(self._toggle)
        self.picked.removeRequested.connect(self._remove)
        self.picked.foldRequested.connect(self._fold)
        self.search_box.queryChanged.connect(self._on_query)
        self.search.failed.connect(lambda: self._set_retry(self.search.retry))
        # Keyboard: Enter picks the highlighted (or first) result, ↓ walks into the results,
        # Esc clears the search; in the results Enter/Space pick and Esc goes back to typing.
        self.search_box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.clicked.connect(self._result_clicked)

    # -- loading -----------------------------------------------------------------------
    async def load(self) -> None:
        self._set_retry(lambda: self._spawn_load())
        await self.status.follow(
            self.ctx.lookups.depth1_locations.revalidate(),
            self._show_provinces,
            loading=self.tr("Loading provinces…"),
            what=self.tr("Provinces"),
        )

    def _show_provinces(self, result: LookupResult[Any]) -> None:
        self.tree_model.set_roots([region_pick(loc) for loc in result.items])
        self._sync_picks()

    def _spawn_load(self) -> None:
        self.ctx.spawn(self.load(), key="regions-load")

    def _reload(self) -> None:
        self.tree_model.set_roots(())
        self.search.refresh()
        self._spawn_load()

    def _catalogue_changed(self) -> None:
        # The offline list arrived (or went): local hits and fold suggestions follow it.
        if self.search.query:
            self.search.refresh()
        self._sync_picks()

    def _fetch_children(self, region: RegionPick) -> None:
        self.ctx.spawn(self._load_children(region), key=f"regions-children-{region.value}")

    async def _load_children(self, region: RegionPick) -> None:
        catalogue = self.ctx.catalogue
        known = catalogue.children(region.value) if catalogue is not None else []
        if known:
            self.tree_model.set_children(region, known)
            return
        try:
            picks = await self._children_from_server(region)
        except asyncio.CancelledError:
            self.tree_model.fetch_failed(region)
            raise
        if picks is None:
            self.tree_model.fetch_failed(region)
            self._set_retry(lambda: self._refetch(region))
        else:
            self.tree_model.set_children(region, picks)

    async def _children_from_server(self, region: RegionPick) -> list[RegionPick] | None:
        """Children by keyword search, keeping only true children: "중구" also finds 부산 중구."""
        lookups = self.ctx.lookups
        if region.level is RegionLevel.DEPTH1:
            loading = self.tr("Loading districts of %1…").replace("%1", region.display_path)
        else:
            loading = self.tr("Loading neighbourhoods of %1…").replace("%1", region.display_path)
        found = await self.status.guard(lambda: children_of(lookups, region.path), loading=loading)
        if found is None:
            return None
        kids = {p.value: p for p in map(region_pick, found.items)}
        return sorted(kids.values(), key=lambda p: p.path)

    def _refetch(self, region: RegionPick) -> None:
        index = self.tree_model.index_for(region)
        if index.isValid():
            self.tree_model.fetchMore(index)
            self.tree.expand(index)

    def _set_retry(self, action: Callable[[], None]) -> None:
        self._retry = action

    def _on_retry(self) -> None:
        if self._retry is not None:
            self._retry()

    # -- picking -----------------------------------------------------------------------
    def _toggle(self, region: RegionPick, wanted: bool) -> None:
        selection = self.ctx.state.selection
        if not wanted:
            text = self.tr("Unpick %1").replace("%1", region.display_path)
            self.ctx.state.apply(selection.without_regions([region.value]), text)
            return
        inside = self._picks.descendants(region)
        if inside:
            self._ask_two_levels(region, inside)
            return
        text = self.tr("Pick %1").replace("%1", region.display_path)
        self.ctx.state.apply(selection.with_regions([region]), text)

    def _ask_two_levels(self, region: RegionPick, inside: list[RegionPick]) -> None:
        self._conflict = (region, inside)
        if len(inside) == 1:
            message = self.tr(
                "%1 already has a picked area inside it (%2). Kakao rejects an area picked at "
                "two levels: which do you want?"
            ).replace("%2", inside[0].path[-1])
            keep_inside = self.tr("Keep %1").replace("%1", inside[0].path[-1])
        else:
            message = self.tr(
                "%1 already has %2 picked areas inside it. Kakao rejects an area picked at two "
                "levels: which do you want?"
            ).replace("%2", str(len(inside)))
            keep_inside = self.tr("Keep the %1 areas").replace("%1", str(len(inside)))
        self.conflict_bar.set_message(message.replace("%1", region.display_path))
        keep = self.tr("Keep %1").replace("%1", region.path[-1])
        self.conflict_bar.set_action_text("keepParent", keep)
        self.conflict_bar.set_action_text("keepInside", keep_inside)
        self.conflict_bar.show()

    def _keep_parent(self) -> None:
        if self._conflict is None:
            return
        region, inside = self._conflict
        selection = self.ctx.state.selection
        new = selection.without_regions(p.value for p in inside).with_regions([region])
        text = self.tr("Pick %1 instead of the areas inside it").replace("%1", region.display_path)
        self._close_conflict()
        self.ctx.state.apply(new, text)

    def _keep_inside(self) -> None:
        self._close_conflict()

    def _close_conflict(self) -> None:
        self._conflict = None
        self.conflict_bar.hide()

    def _remove(self, values: list[str]) -> None:
        text = self.tr("Remove %1 regions").replace("%1", str(len(values)))
        self.ctx.state.apply(self.ctx.state.selection.without_regions(values), text)

    def _fold(self, parent: RegionPick, children: list[str]) -> None:
        new = self.ctx.state.selection.without_regions(children).with_regions([parent])
        text = self.tr("Use %1 instead of its areas").replace("%1", parent.display_path)
        self.ctx.state.apply(new, text)

    def _sync_picks(self) -> None:
        picks = self.ctx.state.selection.regions
        self._picks = PickIndex.of(picks)
        self.tree_model.set_picks(self._picks)
        self.results_model.set_picks(self._picks)
        self.picked.set_picks(picks)
        self.picked.offer_fold(*self._fold_suggestion())
        if self._conflict is not None and not self._picks.descendants(self._conflict[0]):
            self._close_conflict()

    def _fold_suggestion(self) -> tuple[RegionPick | None, Sequence[RegionPick]]:
        catalogue = self.ctx.catalogue
        if catalogue is not None:
            suggestions = catalogue.fold(self._picks.values)
            return (suggestions[0].parent, suggestions[0].children) if suggestions else (None, ())
        # Without a catalogue only fully loaded tree branches can tell "all children".
        for path in sorted({p.path[:-1] for p in self.ctx.state.selection.regions if p.path[:-1]}):
            kids = self.tree_model.loaded_children(path)
            parent = self.tree_model.pick_at_path(path)
            if (
                kids
                and parent is not None
                and not self._picks.is_picked(parent)
                and all(self._picks.is_picked(k) for k in kids)
            ):
                return parent, kids
        return None, ()

    # -- search ------------------------------------------------------------------------
    def _on_query(self, query: str) -> None:
        searching = bool(query.strip())
        self._browse.setCurrentWidget(self.results if searching else self.tree)
        self.search.set_query(query)
        if searching:
            self.results.expandAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search_box.query.strip():
                self.pick_result(self._current_result())
                return True
            if key == Qt.Key.Key_Down and self.results_model.hit_count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                self.results.setCurrentIndex(self._current_result())
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        elif watched is self.results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.pick_result(self.results.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _current_result(self) -> QModelIndex:
        """The highlighted result, else the first hit (under the first 시/도 heading)."""
        current = self.results.currentIndex()
        if self.results_model.pick_at(current) is not None:
            return current
        for row in range(self.results_model.rowCount()):
            first = self.results_model.index(0, 0, self.results_model.index(row, 0))
            if first.isValid():
                return first
        return QModelIndex()

    def pick_result(self, index: QModelIndex) -> None:
        """Toggle a search hit as a tick would; a hit its picked parent covers says so."""
        region = self.results_model.pick_at(index)
        if region is None:
            return
        self.results.setCurrentIndex(index)
        if self._say_if_covered(region):
            return
        self._toggle(region, not self._picks.is_picked(region))

    def _result_clicked(self, index: QModelIndex) -> None:
        region = self.results_model.pick_at(index)
        if region is not None:
            self._say_if_covered(region)

    def _say_if_covered(self, region: RegionPick) -> bool:
        parent = self._picks.covering(region)
        if parent is None or parent.value == region.value:
            return False
        text = self.tr("%1 is already targeted: %2 is picked, which includes it.")
        self.ctx.statusMessage.emit(
            text.replace("%1", region.display_path).replace("%2", parent.display_path)
        )
        return True

    # -- pasting a list ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.paste_list_action.setIconText(self.tr("Paste list…"))  # the window sets the menu text
        self.paste_list_action.setToolTip(
            self.tr(
                "Paste a list of regions (one per line, from a spreadsheet) and pick every "
                "line that matches; you can also drop a .txt or .csv file here"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_paste_list(self, text: str | None = None) -> None:
        """Show the paste flow with `text`, or the clipboard's text when it looks like a list."""
        if text is None:
            clip = QGuiApplication.clipboard().text()
            # Not a fragment (JSON) nor a whole document: those go to Edit ▸ Paste fragment.
            looks_like_list = not clip.lstrip().startswith(("{", "[")) and len(clip) < 1_000_000
            text = clip if looks_like_list else ""
        view = self._paste_view()
        self.pages.setCurrentWidget(view)
        view.start(text)

    def _paste_view(self) -> RegionListPaste:
        if self.paste_list is None:
            from moment_gui.ui.regions.paste_list import RegionListPaste

            self.paste_list = RegionListPaste(self.ctx, self)
            self.paste_list.closed.connect(self._close_paste_list)
            self.pages.addWidget(self.paste_list)
        return self.paste_list

    def _close_paste_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_list(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if _dropped_list(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_list(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_list_file(path)

    def open_list_file(self, path: Path) -> bool:
        from moment_gui.ui.regions.paste_list import read_list_file

        try:
            text = read_list_file(path)
        except ValueError as exc:
            reason = str(exc)
            if reason == "too big":
                message = self.tr("%1 is too big to be a list of regions.")
            elif reason == "encoding":
                message = self.tr("%1 is neither UTF-8 nor CP949 (EUC-KR) text.")
            else:
                message = self.tr("Could not read %1: %2").replace("%2", reason)
            self.ctx.statusMessage.emit(message.replace("%1", path.name))
            return False
        self.open_paste_list(text)
        return True

    # -- for the window and the problem list -------------------------------------------
    def focus_items(self, area: object, items: tuple[str, ...]) -> None:
        """Reveal and select the picked rows a rule problem names (region keys)."""
        self.picked.select_values(items)
        self.picked.list.setFocus()
        for value in items:
            pick = next((p for p in self.ctx.state.selection.regions if p.value == value), None)
            index = self.tree_model.index_for(pick) if pick is not None else None
            if index is not None and index.isValid():
                self.tree.scrollTo(index)
                self.tree.setCurrentIndex(index)
                break


def _dropped_list(mime: QMimeData) -> Path | None:
    """The first local .txt/.csv/.tsv file of a drag, if any."""
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(LIST_SUFFIXES):
            return Path(url.toLocalFile())
    return None
