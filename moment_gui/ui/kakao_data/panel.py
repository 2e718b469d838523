"""The Kakao data tab (카카오 데이터): 관심사 and 업종 as filterable tri-state trees.

One tree per `kinds.DATA` row (Interests, Business types), each loaded through
`ctx.lookups.data_categories.revalidate(type)` behind its own status strip, as every panel
loads: the cached list at once, Kakao's answer in its place (Loading…, demo data / cached …,
or the error with Retry). Filtering is Hangul-aware as in the region search (초성,
half-typed syllables), and keeps the parents of what matches. Picks change only through
`ctx.state.apply` (one undo step each). A category and one inside it are never both picked:
ticking a category with picks inside asks inline which to keep, as the region tree does; a
pasted fragment that has both shows the rule in the problem list with its one-click fixes.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain import kinds
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.services.picks import data_category_pick
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.kakao_data.tree_model import SEARCH_ROLE, DataCategoryTreeModel
from moment_gui.ui.regions.info_bar import InfoBar
from moment_gui.ui.widgets.hangul_filter import HangulFilterProxyModel
from moment_gui.ui.widgets.panel_status import PanelStatus

if TYPE_CHECKING:
    from moment_gui.api.models import DataCategory
    from moment_gui.services.lookups import LookupResult

# objectNames of the trees and their filter boxes, per list (stable: tests, accessibility).
TREE_NAMES = {DataKind.INTEREST: "interestTree", DataKind.BUSINESS_TYPE: "businessTypeTree"}


class DataCategoryTree(QGroupBox):
    """One Kakao data list: status strip, filter box, tree, count and the two-level question."""

    def __init__(self, ctx: AppContext, part: kinds.Part, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert part.data_kind is not None
        self.ctx = ctx
        self.part = part
        self.kind: DataKind = part.data_kind
        self._loaded = False
        self._rows: tuple[tuple[str, str, str | None], ...] = ()
        self._conflict: tuple[DataCategoryPick, list[DataCategoryPick]] | None = None
        name = TREE_NAMES[self.kind]

        self.status = PanelStatus(self)
        self.status.authFailed.connect(ctx.authExpired)
        self.status.retryRequested.connect(self.reload)
        self.status.changesFound.connect(ctx.report_changes)
        self.model = DataCategoryTreeModel(self)
        self.model.toggleRequested.connect(self._toggle)
        self.proxy = HangulFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setRecursiveFilteringEnabled(True)  # a match keeps its parents shown
        self.proxy.setAutoAcceptChildRows(True)  # and a matching parent its children
        self.filter = QLineEdit(self)
        self.filter.setObjectName(f"{name}Filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName(f"{name}Clear")
        self.clear_button.clicked.connect(self._clear_picks)
        self.tree = QTreeView(self)
        self.tree.setObjectName(name)
        self.tree.setAccessibleName(name)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setModel(self.proxy)
        self.conflict_bar = InfoBar(self)
        self.conflict_bar.add_action("", self._keep_parent, name=f"{name}KeepParent")
        self.conflict_bar.add_action("", self._keep_inside, name=f"{name}KeepInside")
        self.count = QLabel(self)
        self.count.setObjectName(f"{name}Count")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.count)
        self.retranslate()

    # -- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(tr_message(self.part.title))
        self.filter.setPlaceholderText(self.tr("Filter by name or ID (ㄱㅇ, 게임)…"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Untick every category in this list"))
        self._update_count()
        if self._conflict is not None:
            self._ask_two_levels(*self._conflict)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------
    async def load(self) -> None:
        """The cached list at once (if any), then Kakao's answer in its place."""
        await self.status.follow(
            self.ctx.lookups.data_categories.revalidate(self.kind.value),
            self._show,
            loading=self.tr("Loading categories…"),
            what=tr_message(self.part.title),
        )

    def _show(self, result: LookupResult[DataCategory]) -> None:
        rows = tuple((c.id, c.name, c.parent_id) for c in result.items)
        if rows != self._rows:  # the same list again (cache, then network) keeps the tree open
            self._rows = rows
            picks = [data_category_pick(c, self.kind) for c in result.items]
            self.model.set_categories(picks, {c.id: c.parent_id for c in result.items})
        self._loaded = True
        self.sync()
        if self.filter.text().strip():
            self.tree.expandAll()

    def reload(self) -> None:
        self.ctx.spawn(self.load(), key=f"kakao-data-{self.kind.value}")

    # -- picks ---------------------------------------------------------------------
    def picks(self) -> tuple[DataCategoryPick, ...]:
        return self.ctx.state.selection.data_categories_of(self.kind)

    def sync(self) -> None:
        picks = self.picks()
        if self._loaded:
            self.model.add_missing(picks)
        self.model.set_picked(p.id for p in picks)
        if self._conflict is not None and not self.model.picked_inside(self._conflict[0].id):
            self._close_conflict()
        self._update_count()

    def _toggle(self, pick: DataCategoryPick, wanted: bool) -> None:
        selection = self.ctx.state.selection
        if not wanted:
            text = self.tr("Untick %1").replace("%1", pick.name)
            self.ctx.state.apply(selection.without_data_categories(self.kind, [pick.id]), text)
            return
        inside = self.model.picked_inside(pick.id)
        if inside:
            self._ask_two_levels(pick, inside)  # the box stays partly checked meanwhile
            return
        text = self.tr("Tick %1").replace("%1", pick.name)
        self.ctx.state.apply(selection.with_data_categories([pick]), text)

    def _ask_two_levels(self, pick: DataCategoryPick, inside: list[DataCategoryPick]) -> None:
        self._conflict = (pick, inside)
        count = str(len(inside))
        if len(inside) == 1:  # one whole sentence per count case: "1 picked categories" read wrong
            message = self.tr(
                "%1 already has a picked category inside it (%2). Kakao takes a category or the "
                "one inside it, not both: which do you want?"
            ).replace("%2", inside[0].name)
            keep_inside = self.tr("Keep %1").replace("%1", inside[0].name)
        else:
            message = self.tr(
                "%1 already has %2 picked categories inside it. Kakao takes a category or the "
                "ones inside it, not both: which do you want?"
            ).replace("%2", count)
            keep_inside = self.tr("Keep the %1 inside").replace("%1", count)
        self.conflict_bar.set_message(message.replace("%1", pick.name))
        name = TREE_NAMES[self.kind]
        self.conflict_bar.set_action_text(
            f"{name}KeepParent", self.tr("Keep %1").replace("%1", pick.name)
        )
        self.conflict_bar.set_action_text(f"{name}KeepInside", keep_inside)
        self.conflict_bar.show()

    def _keep_parent(self) -> None:
        if self._conflict is None:
            return
        pick, inside = self._conflict
        selection = self.ctx.state.selection
        new = selection.without_data_categories(self.kind, [p.id for p in inside])
        text = self.tr("Tick %1 instead of the categories inside it").replace("%1", pick.name)
        self._close_conflict()
        self.ctx.state.apply(new.with_data_categories([pick]), text)

    def _keep_inside(self) -> None:
        self._close_conflict()

    def _close_conflict(self) -> None:
        self._conflict = None
        self.conflict_bar.hide()

    def _clear_picks(self) -> None:
        picks = self.picks()
        if not picks:
            return
        new = self.ctx.state.selection.without_data_categories(self.kind, [p.id for p in picks])
        title = tr_message(self.part.title)
        self.ctx.state.apply(new, self.tr("Untick every category in %1").replace("%1", title))

    # -- filter, count, focus ------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip():
            self.tree.expandAll()

    def _update_count(self) -> None:
        picked = len(self.picks())
        total = self.model.category_count
        self.count.setText(
            self.tr("%1 picked of %2 categories")
            .replace("%1", str(picked))
            .replace("%2", str(total))
        )
        self.clear_button.setEnabled(picked > 0)

    def focus_ids(self, ids: tuple[str, ...]) -> None:
        """Reveal and select the first of `ids` (clearing a filter that hides it)."""
        for ident in ids:
            source = self.model.index_for(ident)
            if not source.isValid():
                continue
            index = self.proxy.mapFromSource(source)
            if not index.isValid():
                self.filter.clear()
                index = self.proxy.mapFromSource(source)
            self.tree.scrollTo(index)
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return


class KakaoDataPanel(QWidget):
    """Interests above business types, loaded in parallel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kakaoDataPanel")
        self.trees: dict[DataKind, DataCategoryTree] = {
            kind: DataCategoryTree(ctx, part, self) for kind, part in kinds.DATA.items()
        }
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("kakaoDataSplitter")
        splitter.setChildrenCollapsible(False)
        for tree in self.trees.values():
            splitter.addWidget(tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        ctx.state.changed.connect(self._sync)
        ctx.lookupsChanged.connect(self._reload_all)

    async def load(self) -> None:
        await asyncio.gather(*(tree.load() for tree in self.trees.values()))

    def _reload_all(self) -> None:
        for tree in self.trees.values():
            tree.reload()

    def _sync(self) -> None:
        for tree in self.trees.values():
            tree.sync()

    def focus_items(self, area: kinds.Part, items: tuple[str, ...]) -> None:
        if area.data_kind is not None:
            self.trees[area.data_kind].focus_ids(items)
