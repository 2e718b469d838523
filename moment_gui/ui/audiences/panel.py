"""The Audience panel: one tab per kind of custom audience, each titled with its pick count.

The tabs are built on first use (`tabs`, `load()`, `focus_items()`, or the panel being
shown): the panel sits behind the Placements tab at start-up, so building its six lists
would only delay the window's first paint. `launch()` loads (and so builds) them right
after that paint.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from moment_gui.domain.kinds import AUDIENCES, Part
from moment_gui.domain.selection import AudienceKind
from moment_gui.ui.context import AppContext

if TYPE_CHECKING:
    from moment_gui.ui.audiences.list_tab import AudienceListTab


class AudiencePanel(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("audienceTabs")
        self.setAccessibleName("audienceTabs")
        self.setDocumentMode(True)
        # Every tab stays in view (no scroll arrows hiding Friend groups): titles are short,
        # and elide before they scroll; the full name is the tab's tooltip.
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")
        # Ctrl+PgDn / Ctrl+PgUp move between the tabs from inside a list too (the lists would
        # otherwise take PgDn as "scroll"): every tab is reachable without the mouse.
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step_tab(step))
        self._tabs: dict[AudienceKind, AudienceListTab] | None = None
        ctx.state.changed.connect(self._update_titles)

    @property
    def tabs(self) -> dict[AudienceKind, AudienceListTab]:
        """Every audience tab by kind (built on first use)."""
        if self._tabs is None:
            self._tabs = self._build_tabs()
            self._update_titles()
        return self._tabs

    def _build_tabs(self) -> dict[AudienceKind, AudienceListTab]:
        """One tab per audience kind of the vocabulary, in its order."""
        by_kind = _tab_classes()
        tabs: dict[AudienceKind, AudienceListTab] = {}
        for kind in AUDIENCES:
            make = cast(Callable[[AppContext, QWidget], "AudienceListTab"], by_kind[kind])
            tab = make(self.ctx, self)
            tab.list_title = QCoreApplication.translate("AudiencePanel", tab.full_title)
            tabs[kind] = tab
            self.addTab(tab, "")  # titled by _update_titles, in the current language
        return tabs

    def _step_tab(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())
            current = self.currentWidget()
            view = getattr(current, "view", None)
            (view or current).setFocus(Qt.FocusReason.TabFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_titles()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.tabs  # noqa: B018  # shown before loading (e.g. in a test): build the tabs now
        super().showEvent(event)

    def tab(self, kind: AudienceKind) -> AudienceListTab:
        return self.tabs[kind]

    async def load(self) -> None:
        """Every tab's list at once; each reports its own progress and errors.

        Tabs not built yet, with requests free to leave (a cold start): every tab's requests
        are sent first (`ask_early`), and the tabs are built once they are on the wire, so
        the ~15–20 ms of building six lists is spent while the answers travel.
        """
        lookups = self.ctx.lookups
        try:
            if self._tabs is None and not lookups.network_held:
                for cls in _tab_classes().values():
                    cls.ask_early(self.ctx)
                await lookups.on_the_wire()
            await asyncio.gather(*(tab.load() for tab in self.tabs.values()))
        finally:
            lookups.forget_early()  # what a tab did not take after all (another tracker)

    def focus_items(self, area: Part, items: tuple[str, ...]) -> None:
        kind = area.kind
        if kind is None:
            return
        tab = self.tabs[kind]
        self.setCurrentWidget(tab)
        tab.focus_keys(items)

    def _update_titles(self) -> None:
        if self._tabs is None:
            return  # not built yet: built with the current counts
        sel = self.ctx.state.selection
        for kind, tab in self._tabs.items():
            count = len(sel.audiences_of(kind))
            title = QCoreApplication.translate("AudiencePanel", tab.title)
            if count:
                title = self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count))
            index = self.indexOf(tab)
            tab.list_title = QCoreApplication.translate("AudiencePanel", tab.full_title)
            self.setTabText(index, title)
            self.setTabToolTip(index, QCoreApplication.translate("AudiencePanel", tab.full_title))


def _tab_classes() -> dict[AudienceKind, type[AudienceListTab]]:
    """The tab class of every audience kind: each names its kind and title, so a new kind's
    tab needs no line here."""
    from moment_gui.ui.audiences import friend_groups, pixel, simple_tabs  # noqa: F401
    from moment_gui.ui.audiences.list_tab import AudienceListTab

    return {cls.kind: cls for cls in _subclasses(AudienceListTab) if "kind" in vars(cls)}


def _subclasses(cls: type[AudienceListTab]) -> list[type[AudienceListTab]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found
