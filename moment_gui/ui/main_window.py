"""The window planners live in: campaign bar, regions | placements & audiences | JSON + problems.

The window declares every menu, in menu-bar order (`file_menu`, `edit_menu`, `view_menu`,
`tools_menu`, `connection_menu`, `help_menu`), and a typed slot for each controller the
composition root (`app.build_window` / `app.attach_controllers`) gives it (`region_list`,
`session`, `documents`); controllers add their actions to the declared menus. The Connection
menu stays hidden until the session controller fills it. `close_guards` lets controllers veto
a close (unsaved work). Layout and window state survive restarts through
`store.settings.Settings`.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moment_gui import __version__
from moment_gui.domain import kinds
from moment_gui.store.settings import Settings
from moment_gui.ui.campaign_bar import CampaignBar
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import LanguageSwitcher
from moment_gui.ui.preview import FragmentPreview
from moment_gui.ui.problems import ProblemList
from moment_gui.ui.status_bar import WindowStatusBar
from moment_gui.ui.widgets.panel_status import PanelStatus

if TYPE_CHECKING:  # the controllers load after the first paint
    from moment_gui.ui.documents import DocumentController
    from moment_gui.ui.kakao_round_trip import KakaoRoundTrip
    from moment_gui.ui.region_list import RegionListController
    from moment_gui.ui.session import SessionController

PANEL_CLASSES: dict[str, tuple[str, str]] = {
    "regions": ("moment_gui.ui.regions", "RegionPanel"),
    "placements": ("moment_gui.ui.placements", "PlacementPanel"),
    "audiences": ("moment_gui.ui.audiences", "AudiencePanel"),
    "kakao_data": ("moment_gui.ui.kakao_data", "KakaoDataPanel"),
    "demographics": ("moment_gui.ui.demographics", "DemographicsPanel"),
}
PanelFactory = Callable[[AppContext, QWidget], QWidget]
FIRST_STEPS = 4  # loop turns for nested panel loads (audience tabs) to show cached rows
FRAME_FALLBACK_MS = 50  # a window that has nothing new to paint goes on after this


class _FrameWatcher(QObject):
    """Resolves `done` right after `window`'s next repaint (or after a short fallback)."""

    def __init__(self, window: QWidget, done: asyncio.Future[None]) -> None:
        super().__init__(window)
        self._window, self._done = window, done
        window.installEventFilter(self)
        QTimer.singleShot(FRAME_FALLBACK_MS, self, self._resolve)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (
            QEvent.Type.UpdateRequest,
            QEvent.Type.Paint,
        ):
            QTimer.singleShot(0, self, self._resolve)  # once this frame is on screen
        return False

    def _resolve(self) -> None:
        if not self._done.done():
            self._done.set_result(None)

    def stop(self) -> None:
        self._window.removeEventFilter(self)
        self.deleteLater()


@runtime_checkable
class Loads(Protocol):
    """A panel that loads its lists (every area panel: `async def load()`)."""

    async def load(self) -> None: ...


@runtime_checkable
class PastesRegionLists(Protocol):
    """The regions panel's "Paste a list of regions" action (also put in the Edit menu)."""

    paste_list_action: QAction


def default_panel_factory(key: str) -> PanelFactory:
    """Builds the real panel for `key`; imported on first use to keep start-up lean."""
    module_name, class_name = PANEL_CLASSES[key]

    def build(ctx: AppContext, parent: QWidget) -> QWidget:
        panel: QWidget = getattr(importlib.import_module(module_name), class_name)(ctx, parent)
        return panel

    return build


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        settings: Settings | None = None,
        language: LanguageSwitcher | None = None,
        panel_factories: dict[str, PanelFactory] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings
        self.language = language
        self.close_guards: list[Callable[[], bool]] = []
        # The controllers, set by the composition root (app.py); None until attached.
        self.region_list: RegionListController | None = None
        self.session: SessionController | None = None
        self.documents: DocumentController | None = None
        self.kakao: KakaoRoundTrip | None = None  # Open from Kakao…, Apply to ad group…
        # File ▸ Open for review… (review_menu.py): the open actions go above it, Quit below.
        self.review_open_action: QAction | None = None
        # One-shot steps for right after the cached rows are painted, before any request
        # (start-up attaches the controllers there: see app.launch).
        self.after_cached: list[Callable[[], None]] = []
        factories = {key: default_panel_factory(key) for key in PANEL_CLASSES}
        factories.update(panel_factories or {})
        self._build_central(factories)
        self.status = WindowStatusBar(self)
        self.setStatusBar(self.status)
        # "Imported 3 regions…" is not true any more once that step is undone.
        ctx.state.stepped.connect(self.status.clear_message)
        self._build_menus()
        ctx.statusMessage.connect(self.status.show_message)
        ctx.authExpired.connect(self._auth_expired)
        # The signal's own flag: reading the stack back can hit it mid-destruction at exit.
        ctx.state.undo_stack.cleanChanged.connect(self._clean_changed)
        self.problems.focusRequested.connect(self.focus_area)
        self.document_name = ""
        self.retranslate()
        self.resize(1400, 900)
        self.setMinimumSize(720, 540)
        self.restore_layout()

    # -- building ------------------------------------------------------------------
    def _build_central(self, factories: dict[str, PanelFactory]) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Built in visual order: Qt's default tab order is creation order.
        self.campaign_bar = CampaignBar(self.ctx, central)
        layout.addWidget(self.campaign_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.region_panel = factories["regions"](self.ctx, self.splitter)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("panelTabs")
        self.placement_panel = factories["placements"](self.ctx, self.tabs)
        self.audience_panel = factories["audiences"](self.ctx, self.tabs)
        self.kakao_data_panel = factories["kakao_data"](self.ctx, self.tabs)
        self.demographics_panel = factories["demographics"](self.ctx, self.tabs)
        for panel in self.tab_panels:
            self.tabs.addTab(panel, "")
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self.splitter)
        self.side_splitter.setObjectName("sideSplitter")
        self.preview = FragmentPreview(self.ctx, self.side_splitter)
        self.problems = ProblemList(self.ctx, self.side_splitter)
        for widget in (self.region_panel, self.tabs, self.side_splitter):
            self.splitter.addWidget(widget)
        # The middle (placements, audience tables) needs the most width: at 1,280 px every
        # audience column must fit without scrolling sideways.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([290, 640, 370])
        self.side_splitter.setSizes([560, 240])
        for widget in (self.region_panel, self.tabs, self.side_splitter):
            widget.setMinimumWidth(220)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.panel_by_key: dict[str, QWidget] = {
            "regions": self.region_panel,
            "placements": self.placement_panel,
            "audiences": self.audience_panel,
            "kakao_data": self.kakao_data_panel,
            "demographics": self.demographics_panel,
            "campaign": self.campaign_bar,
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.tools_menu = bar.addMenu("")
        self.tools_menu.setObjectName("toolsMenu")
        self.connection_menu = bar.addMenu("")
        self.connection_menu.setObjectName("connectionMenu")
        self.connection_menu.menuAction().setVisible(False)  # until the session fills it
        self.help_menu = bar.addMenu("")
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)
        stack = self.ctx.state.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.copy_fragment_action = self._action(
            self.edit_menu, QKeySequence("Ctrl+Shift+C"), self.preview.copy_fragment
        )
        self.copy_targeting_action = self._action(self.edit_menu, None, self.preview.copy_targeting)
        self.copy_checklist_action = self._action(
            self.edit_menu, QKeySequence("Ctrl+Alt+C"), self.preview.copy_checklist
        )
        self.edit_menu.addSeparator()
        self.find_region_action = self._action(
            self.edit_menu, QKeySequence.StandardKey.Find, self.focus_region_search
        )
        self.paste_region_list_action: QAction | None = None
        if isinstance(self.region_panel, PastesRegionLists):
            self.paste_region_list_action = self.region_panel.paste_list_action
            self.paste_region_list_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
            self.edit_menu.addAction(self.paste_region_list_action)
        self.targeting_only_action = self.view_menu.addAction("")
        self.targeting_only_action.setCheckable(True)
        self.targeting_only_action.toggled.connect(self.preview.targeting_only.setChecked)
        self.preview.targeting_only.toggled.connect(self.targeting_only_action.setChecked)
        self.language_menu = self.view_menu.addMenu("")
        self._language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("auto", "en", "ko"):
            action = self.language_menu.addAction("")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self._language_group.addAction(action)
            self.language_actions[code] = action
        current = self.settings.language if self.settings is not None else "auto"
        self.language_actions.get(current, self.language_actions["auto"]).setChecked(True)
        self.about_action = self._action(self.help_menu, None, self.show_about)

    def _action(self, menu: QMenu, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        action = menu.addAction("")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    # -- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(QCoreApplication.translate("Review", "&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.copy_fragment_action.setText(self.tr("&Copy ad-group fragment"))
        self.copy_targeting_action.setText(self.tr("Copy &targeting only"))
        self.copy_checklist_action.setText(self.tr("Copy as c&hecklist"))
        if self.paste_region_list_action is not None:
            # The menu's words; the panel's button shows its own short icon text.
            self.paste_region_list_action.setText(self.tr("Paste a &list of regions…"))
        self.find_region_action.setText(self.tr("&Find region…"))
        self.targeting_only_action.setText(self.tr("Show &targeting only"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["auto"].setText(self.tr("System default"))
        self.language_actions["en"].setText("English")  # each language in its own words
        self.language_actions["ko"].setText("한국어")
        self.about_action.setText(self.tr("&About moment-gui"))
        self.tabs.setTabText(0, self.tr("&Placements"))
        self.tabs.setTabText(1, self.tr("&Audiences"))
        self.tabs.setTabText(2, self.tr("&Kakao data"))
        self.tabs.setTabText(3, self.tr("&Demographics"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_document_name(self, name: str) -> None:
        self.document_name = name
        self._update_title()

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self, *_: object) -> None:
        name = self.document_name or self.tr("Untitled selection")
        self.setWindowTitle(f"{name}[*] — moment-gui")
        self.setWindowModified(self.ctx.state.is_modified)

    # -- panels --------------------------------------------------------------------
    @property
    def tab_panels(self) -> tuple[QWidget, ...]:
        """The panels shown as tabs beside the regions, in tab order."""
        return (
            self.placement_panel,
            self.audience_panel,
            self.kakao_data_panel,
            self.demographics_panel,
        )

    @property
    def panels(self) -> dict[Any, QWidget]:
        """kinds.Part → the widget that shows that part's picks (its row names the panel)."""
        return {part: self.panel_by_key[part.panel] for part in kinds.PARTS}

    def focus_area(self, area: Any, items: tuple[str, ...] = ()) -> None:
        """Bring the panel for `area` (a kinds.Part) forward and let it select/scroll to `items`."""
        key = area.panel if isinstance(area, kinds.Part) else "campaign"
        panel = self.panel_by_key[key]
        if self.tabs.indexOf(panel) >= 0:
            self.tabs.setCurrentWidget(panel)
        focus_items = getattr(panel, "focus_items", None)
        if callable(focus_items):
            focus_items(area, tuple(items))

    def focus_region_search(self) -> None:
        search = self.findChild(QLineEdit, "regionSearch")
        if search is None:
            self.status.show_message(self.tr("Region search is not available"))
            return
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    async def load_all(self) -> None:
        """Load every panel at once; report progress and failures in the status bar.

        Panels show what the cache holds in their first steps; requests wait until that has
        been painted (making the client, TLS and the answers come after the planner already
        sees their data), then run together. What the refresh changed is said once, here.
        """
        panels = [self.region_panel, *self.tab_panels]
        self.status.show_loading(self.tr("Loading regions, placements and audiences…"))
        release = self._hold_network()
        self.ctx.hold_changes()
        try:
            gathered = asyncio.gather(
                *(p.load() for p in panels if isinstance(p, Loads)), return_exceptions=True
            )
            try:
                await self._next_frame()
            except asyncio.CancelledError:
                # Cancelled while the cached rows were shown: the panels' loads stop too
                # (else they would wait on the held network for ever).
                gathered.cancel()
                release()
                with contextlib.suppress(asyncio.CancelledError):
                    await gathered
                raise
        finally:
            self._run_after_cached()
        try:
            release()
            results = await gathered
        finally:
            release()
            said = self.ctx.take_changes()
        for result in results:
            if isinstance(result, asyncio.CancelledError):
                raise result
            if isinstance(result, BaseException):
                # A panel's expected errors stay in the panel; anything raised here is a bug.
                asyncio.get_running_loop().call_exception_handler(
                    {"message": "A panel failed to load", "exception": result}
                )
        self.report_panel_errors()
        if said and not self.status.is_error:
            self.status.show_message(said)

    def _hold_network(self) -> Callable[[], None]:
        """Hold requests while the cached rows are shown, if there are any to show (the
        provinces, asked on every start, tell); a cold start sends its requests at once."""
        lookups = self.ctx.lookups
        warm = lookups.depth1_locations.cached() is not None
        return lookups.hold_network() if warm else lambda: None

    def _run_after_cached(self) -> None:
        steps, self.after_cached = self.after_cached, []
        for step in steps:
            step()

    async def _next_frame(self) -> None:
        """Let every panel take its first steps, then wait until the window has painted.

        Painting is held during those steps, so the cached rows of every panel arrive in one
        frame instead of one repaint of the whole window per panel; on a cold start it is
        held until the requests have left too."""
        held = self.updatesEnabled()
        self.setUpdatesEnabled(False)
        try:
            for _ in range(FIRST_STEPS):
                await asyncio.sleep(0)
            lookups = self.ctx.lookups
            if not lookups.network_held:
                # A cold start: the requests leave before this paint and the controllers'
                # imports (`after_cached`, ~0.1 s) take the loop (bounded wait).
                await lookups.on_the_wire()
        finally:
            self.setUpdatesEnabled(held)
        if not self.isVisible():
            return
        painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        watcher = _FrameWatcher(self, painted)
        try:
            await painted
        finally:
            watcher.stop()

    def start_loading(self) -> asyncio.Future[Any]:
        return self.ctx.spawn(self.load_all(), key="load_all")

    def report_panel_errors(self) -> None:
        """The first panel error goes to the status bar with a Retry that reloads everything."""
        for status in self.findChildren(PanelStatus):
            if status.is_error:
                self.status.show_error(status.text, self.start_loading)
                return
        self.status.show_done(lambda: self.tr("Ready"))

    # -- language, about -----------------------------------------------------------
    def set_language(self, code: str) -> None:
        if self.settings is not None:
            self.settings.language = code  # type: ignore[assignment]
            self.settings.save()
        if self.language is None:
            return
        from moment_gui.ui.i18n import resolve_language

        wanted = resolve_language(code)
        if not self.language.apply(wanted) and wanted != "en":
            self.status.show_message(self.tr("That translation is not installed; using English."))

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About moment-gui"))
        box.setText(
            self.tr("moment-gui %1: Kakao Moment ad-group targeting by clicking.").replace(
                "%1", __version__
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # non-blocking: the loop keeps running

    def _auth_expired(self) -> None:
        self.status.show_error(
            self.tr("Kakao refused the business token (expired?). Your picks are kept."), None
        )

    # -- layout persistence and closing --------------------------------------------
    def restore_layout(self) -> None:
        s = self.settings
        if s is None:
            return
        if s.window_geometry:
            self.restoreGeometry(s.window_geometry)
        if s.window_state:
            self.restoreState(s.window_state)
        for name, splitter in (("main", self.splitter), ("side", self.side_splitter)):
            sizes = s.splitter_sizes.get(name)
            if sizes and len(sizes) == splitter.count() and all(v > 0 for v in sizes):
                splitter.setSizes(sizes)

    def save_layout(self) -> None:
        s = self.settings
        if s is None:
            return
        s.window_geometry = bytes(self.saveGeometry().data())
        s.window_state = bytes(self.saveState().data())
        s.set_splitter_sizes("main", self.splitter.sizes())
        s.set_splitter_sizes("side", self.side_splitter.sizes())
        s.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        for guard in self.close_guards:
            if not guard():
                event.ignore()
                return
        self.save_layout()
        self.ctx.close()
        event.accept()
