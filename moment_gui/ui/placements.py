"""Placements panel: Network placement categories and section categories as checklists.

Each list is locked, with the reason in plain words, when the campaign cannot use it. A lock
never drops picks: rows ticked earlier stay ticked (and untickable) while the rule problem
explains what to do with them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.selection import CategoryPick, TargetingSelection
from moment_gui.services.picks import category_pick
from moment_gui.ui.context import AppContext
from moment_gui.ui.live_text import live_text
from moment_gui.ui.widgets.checklist import CheckItem, ChecklistWidget
from moment_gui.ui.widgets.panel_status import PanelStatus

if TYPE_CHECKING:
    from moment_gui.services.lookups import LookupResult


def section_categories_allowed(campaign: CampaignContext | None) -> bool:
    """[seed] Section categories only for Kakao Bizboard shown on Kakao Talk."""
    return (
        campaign is not None
        and campaign.campaign_type is CampaignType.TALK_BIZ_BOARD
        and Placement.KAKAO_TALK in campaign.placements
    )


def ad_serving_categories_allowed(campaign: CampaignContext | None) -> bool:
    """[seed] Network placement categories are not allowed for Display x Conversion."""
    if campaign is None:
        return True
    return (campaign.campaign_type, campaign.goal) != (CampaignType.DISPLAY, Goal.CONVERSION)


class _CategoryList(QGroupBox):
    """One titled checklist with its own status strip; reads and writes one pick tuple."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        list_name: str,
        answers: Callable[[], AsyncIterator[LookupResult[Any]]],
        picks: Callable[[TargetingSelection], Sequence[CategoryPick]],
        add: Callable[[TargetingSelection, Iterable[CategoryPick]], TargetingSelection],
        remove: Callable[[TargetingSelection, Iterable[str]], TargetingSelection],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self._answers, self._picks, self._add, self._remove = answers, picks, add, remove
        self._names: dict[str, str] = {}
        self._loaded = False
        self.status = PanelStatus(self)
        self.status.authFailed.connect(ctx.authExpired)
        self.status.retryRequested.connect(self.reload)
        self.status.changesFound.connect(ctx.report_changes)
        self.checklist = ChecklistWidget(list_name, self)
        self.checklist.checkedChanged.connect(self._on_checked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.checklist, 1)

    async def load(self) -> None:
        await self.status.follow(
            self._answers(), self._show, loading=self.tr("Loading categories…"), what=self.title()
        )

    def _show(self, result: LookupResult[Any]) -> None:
        items = []
        for c in result.items:
            pick = category_pick(c)
            self._names[pick.code] = pick.name
            items.append(CheckItem(pick.code, pick.name, pick.code))
        self._loaded = True
        self.checklist.model.set_items(items)
        self.sync()

    def reload(self) -> None:
        self.ctx.spawn(self.load(), key=f"placements-{self.checklist.view.objectName()}")

    def sync(self) -> None:
        picks = self._picks(self.ctx.state.selection)
        if self._loaded:
            missing = self.tr("Picked earlier, but not in the list Kakao Moment returned now")
            self.checklist.model.add_missing(
                CheckItem(p.code, p.name, p.code, usable=False, reason=missing) for p in picks
            )
        self.checklist.model.set_checked(p.code for p in picks)

    def _on_checked(self, keys: tuple[str, ...], checked: bool) -> None:
        sel = self.ctx.state.selection
        if checked:
            new = self._add(sel, (CategoryPick(k, self._names.get(k, k)) for k in keys))
        else:
            new = self._remove(sel, keys)
        what = (
            self._names.get(keys[0], keys[0])
            if len(keys) == 1
            else self.tr("%n categories", "", len(keys))
        )
        text = self.tr("Tick %1") if checked else self.tr("Untick %1")
        self.ctx.state.apply(new, text.replace("%1", what))
        self.sync()  # if the state refused (nothing changed), put the check boxes back


class PlacementPanel(QWidget):
    """Network placement categories beside section categories, loaded in parallel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("placementPanel")
        self.ad_serving = _CategoryList(
            ctx,
            "",
            "adServingCategoryList",
            lambda: ctx.lookups.ad_serving_categories.revalidate(),
            lambda s: s.ad_serving_categories,
            TargetingSelection.with_ad_serving_categories,
            TargetingSelection.without_ad_serving_categories,
            self,
        )
        self.section = _CategoryList(
            ctx,
            "",
            "sectionCategoryList",
            lambda: ctx.lookups.section_categories.revalidate(),
            lambda s: s.section_categories,
            TargetingSelection.with_section_categories,
            TargetingSelection.without_section_categories,
            self,
        )
        # Stacked, not side by side: the middle pane is narrow and side by side squeezed the
        # filter boxes to "…". Section categories are few, so they get the smaller share.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("placementSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.ad_serving)
        splitter.addWidget(self.section)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        ctx.state.changed.connect(self._on_selection_changed)
        ctx.lookupsChanged.connect(self._reload_all)
        live_text(self, self._retranslate)

    def _retranslate(self) -> None:
        self.ad_serving.setTitle(self.tr("Network placement categories"))
        self.section.setTitle(self.tr("Section categories"))
        self._on_selection_changed()  # the lock reasons are sentences too

    async def load(self) -> None:
        await asyncio.gather(self.ad_serving.load(), self.section.load())

    def _reload_all(self) -> None:
        self.ad_serving.reload()
        self.section.reload()

    def focus_items(self, area: kinds.Part, items: tuple[str, ...]) -> None:
        if area is kinds.AD_SERVING:
            self.ad_serving.checklist.focus_keys(items)
        elif area is kinds.SECTION:
            self.section.checklist.focus_keys(items)

    def _on_selection_changed(self) -> None:
        campaign = self.ctx.state.selection.campaign
        self.ad_serving.checklist.set_locked(
            None
            if ad_serving_categories_allowed(campaign)
            else self.tr("Network placement categories cannot be used for Display × Conversion.")
        )
        self.section.checklist.set_locked(
            None
            if section_categories_allowed(campaign)
            else self.tr(
                "Section categories can be chosen only for Kakao Bizboard campaigns placed on "
                "Kakao Talk."
            )
        )
        self.ad_serving.sync()
        self.section.sync()
