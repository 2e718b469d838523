"""The offline region list: loaded from the cache after start-up, built in the background.

With the whole 시/도 → 시/군/구 → 동/읍/면 list at hand, the region panel opens branches
instantly and searches locally (초성, half-typed syllables). Kakao has no "every region"
endpoint, so the first start builds it from ~270 searches (`services.catalogue_builder`),
showing progress in the status bar with a Cancel button; a cancelled or failed build resumes
where it stopped. A list older than `MAX_AGE` is used while a fresh one is built. Demo and
live lists are kept apart (`catalogue_name`). Tools ▸ Rebuild region list does it on demand.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from moment_gui.api.errors import MomentApiError
from moment_gui.ui.i18n import tr_message

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

# The catalogue code (Hangul index, builder) is imported when first needed, after the
# window's first paint: it is not part of the start-up path.

MAX_AGE = timedelta(days=30)
DONE_SHOWN_MS = 6000  # how long "Offline region list ready" stays in the status bar
_TASK_KEY = "region-list"


class RegionListStatus(QWidget):
    """Status-bar strip: 'Building the offline region list… 120 / 272' [Cancel] or [Retry]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionListStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("regionListMessage")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(100)
        self.bar.setMaximumHeight(12)
        self.bar.setTextVisible(False)
        self.button = QPushButton(self)
        self.button.setObjectName("regionListButton")
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.hide()


class RegionListController(QObject):
    """Owns `ctx.catalogue` for a main window: load, build, cancel, rebuild (Tools menu)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("regionListController")
        self.window = window
        self.ctx = window.ctx
        self.task: asyncio.Future[Any] | None = None
        self.strip = RegionListStatus(window.status)
        window.status.addPermanentWidget(self.strip)
        self.strip.button.clicked.connect(self._button_clicked)
        self._button_does = self.cancel
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(DONE_SHOWN_MS)
        self._hide_timer.timeout.connect(self.strip.hide)
        menu = window.tools_menu
        self.rebuild_action = QAction(self)
        self.rebuild_action.setObjectName("rebuildRegionListAction")
        self.rebuild_action.triggered.connect(lambda _=False: self.rebuild())
        menu.addAction(self.rebuild_action)
        self.ctx.lookupsChanged.connect(self._lookups_changed)
        window.installEventFilter(self)  # LanguageChange reaches the window, not this object
        self.retranslate()

    def retranslate(self) -> None:
        self.rebuild_action.setText(self.tr("Re&build region list"))
        self.rebuild_action.setToolTip(
            self.tr("Fetch every region again for instant browsing and search without the server")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @property
    def building(self) -> bool:
        return self.task is not None and not self.task.done()

    # -- starting ----------------------------------------------------------------------
    def start(self, after: asyncio.Future[Any] | None = None) -> asyncio.Future[Any]:
        """Load the stored list; build one when there is none or it is older than MAX_AGE.

        `after`: a build waits for it (the panels' first load goes first)."""
        self.task = self.ctx.spawn(self._load_or_build(after), key=_TASK_KEY)
        return self.task

    def rebuild(self) -> asyncio.Future[Any]:
        """Build the list again now; the current one stays in use until the new one is ready."""
        self.task = self.ctx.spawn(self._build(), key=_TASK_KEY)
        return self.task

    def cancel(self) -> None:
        """Stop building; saved progress lets the next build resume."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
            self._show_stopped(
                self.tr("Region list paused; Tools ▸ Rebuild region list resumes it.")
            )

    def _lookups_changed(self) -> None:
        # Another data source (demo ↔ live): its own list, never the other's.
        self.ctx.set_catalogue(None)
        self.start()

    # -- the work ----------------------------------------------------------------------
    async def _load_or_build(self, after: asyncio.Future[Any] | None) -> None:
        fresh = await self._load_stored()
        if fresh:
            return
        if after is not None:
            await asyncio.wait([after])  # a cancelled `after` must not cancel this task
        await self._build()

    async def _load_stored(self) -> bool:
        """Put the cached list into ctx; True when it is recent enough to keep."""
        from moment_gui.domain.regions import CatalogueError, RegionCatalogue
        from moment_gui.services.catalogue_builder import catalogue_name

        lookups = self.ctx.lookups
        cache = lookups.cache
        stored = cache.get_catalogue(name=catalogue_name(lookups.source)) if cache else None
        if stored is None:
            return False
        data, built_at = stored
        try:
            # Indexing ~3,800 names for Hangul search takes ~0.25 s: off the UI thread.
            catalogue = await asyncio.to_thread(RegionCatalogue.from_json, data)
        except CatalogueError:
            return False  # unreadable: build a new one
        if lookups is not self.ctx.lookups:
            return True  # the source changed meanwhile; its own start() is running
        self.ctx.set_catalogue(catalogue)
        return datetime.now(UTC) - built_at < MAX_AGE

    async def _build(self) -> None:
        from moment_gui.services.catalogue_builder import build_catalogue

        lookups = self.ctx.lookups
        self._show_progress(0, 1)
        try:
            catalogue = await build_catalogue(
                lookups, concurrency=4, progress=self._show_progress, cache=lookups.cache
            )
        except MomentApiError as exc:
            self._show_failed(tr_message(exc.text))
            return
        if lookups is not self.ctx.lookups:
            return
        self.ctx.set_catalogue(catalogue)
        self._show_done(len(catalogue))

    # -- the status strip --------------------------------------------------------------
    def _show_progress(self, done: int, total: int) -> None:
        self._hide_timer.stop()
        text = self.tr("Building the offline region list… %1 / %2")
        self.strip.label.setText(text.replace("%1", str(done)).replace("%2", str(total)))
        self.strip.bar.setRange(0, max(total, 1))
        self.strip.bar.setValue(done)
        self.strip.bar.show()
        self._set_button(self.tr("Cancel"), self.cancel)
        self.strip.show()

    def _show_done(self, count: int) -> None:
        text = self.tr("Offline region list ready: %1 regions").replace("%1", f"{count:,}")
        self.strip.label.setText(text)
        self.strip.label.setStyleSheet("")
        self.strip.bar.hide()
        self.strip.button.hide()
        self.strip.show()
        self._hide_timer.start()

    def _show_failed(self, reason: str) -> None:
        text = self.tr("The offline region list could not be built: %1").replace("%1", reason)
        self.strip.label.setText(text)
        self.strip.label.setStyleSheet("color: #b3261e;")
        self.strip.bar.hide()
        self._set_button(self.tr("Retry"), self.rebuild)
        self.strip.show()

    def _show_stopped(self, text: str) -> None:
        self.strip.label.setText(text)
        self.strip.label.setStyleSheet("")
        self.strip.bar.hide()
        self._set_button(self.tr("Resume"), self.rebuild)
        self.strip.show()

    def _set_button(self, text: str, action: Any) -> None:
        self.strip.button.setText(text)
        self.strip.button.show()
        self._button_does = action

    def _button_clicked(self) -> None:
        self._button_does()
