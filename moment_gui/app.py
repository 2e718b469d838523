"""Start-up: QApplication + qasync loop, the composition root, and the self-test.

The composition root is two functions, read top to bottom: `build_window` makes the context,
the window and the controllers the first paint needs (review actions, region list);
`attach_controllers` adds, right after that paint, the ones that may wait (session, documents,
crash recovery). Each controller goes into the window's typed slot for it (`MainWindow.
region_list`, `.session`, `.documents`) and adds its actions to the menus the window declares.

`create_demo_window()` is the exact wiring `moment-gui --demo` uses, callable where a
QApplication and loop already exist (tests, the self-test). `run()` owns the process.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from moment_gui import APP_NAME, __version__
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.gc_collector import install_gc_collector
from moment_gui.ui.i18n import LanguageSwitcher, resolve_language
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.region_list import RegionListController
from moment_gui.ui.review_menu import install_review_actions  # review mode loads on use
from moment_gui.ui.state import SelectionState

if TYPE_CHECKING:
    from moment_gui.services.lookups import LookupService
    from moment_gui.simulator import SimulatorState

SELF_TEST_TIMEOUT_S = 60.0
FIRST_PAINT_FALLBACK_MS = 1000  # a window started minimised never paints: go on anyway


def _qapp() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Wayland finds the launcher entry (installer/linux/moment-gui.desktop) and its icon by
    # this name; elsewhere the window icon comes from the PNG rendered from the one SVG.
    app.setDesktopFileName(APP_NAME)
    icon = app_icon_path()
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def app_icon_path() -> Path:
    """resources/icons/moment-gui.png of a source checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle is not None else Path(__file__).resolve().parent.parent
    return root / "resources" / "icons" / f"{APP_NAME}.png"


def _language(settings: Settings) -> LanguageSwitcher:
    """The app's one switcher, installed before any text is translated (the source label)."""
    app = _qapp()
    language = LanguageSwitcher.of(app)
    if language is None:
        language = LanguageSwitcher(app)
        language.apply(resolve_language(settings.language))
    return language


def build_window(
    lookups: LookupService,
    source_text: str | Callable[[], str],
    settings: Settings,
    demo: bool = False,
) -> MainWindow:
    """A wired, not yet shown window over `lookups`, in the language the settings ask for."""
    language = _language(settings)
    if lookups.cache is not None:  # answers reach the panels before the disk (store.cache)
        lookups.cache.write_late = True
    ctx = AppContext(SelectionState(), lookups, memory=settings)
    window = MainWindow(ctx, settings, language)
    install_review_actions(window)  # File ▸ Open for review…, Tools ▸ Re-check…/Compare…
    window.region_list = RegionListController(window)  # Tools ▸ Rebuild region list
    window.status.set_source(source_text, demo)
    for message in settings.warnings:
        window.status.show_message(message)
    from moment_gui.ui.cache_notice import install_cache_notice

    install_cache_notice(window, lookups.cache)
    return window


def create_demo_window(
    settings: Settings | None = None, world: SimulatorState | None = None
) -> MainWindow:
    """The demo window: real client, real services, in-process simulator. Not shown yet.

    `world` replaces the shipped demo data (tests change it to provoke errors).
    """
    from moment_gui.demo import make_demo_lookups
    from moment_gui.store.cache import LookupCache

    settings = settings if settings is not None else Settings.load()
    _language(settings)
    lookups = make_demo_lookups(cache=LookupCache(), state=world)
    return build_window(
        lookups,
        lambda: QCoreApplication.translate("App", "Demo data · built-in simulator"),
        settings,
        demo=True,
    )


def create_live_window(token: str, settings: Settings) -> MainWindow:
    from moment_gui.services.connection import Connection

    account = settings.last_ad_account_id
    lookups = Connection().live(token, account)
    _language(settings)
    return build_window(
        lookups,
        lambda: QCoreApplication.translate("App", "Kakao Moment · ad account %1").replace(
            "%1", str(account or "?")
        ),
        settings,
    )


def _stored_token() -> str | None:
    from moment_gui.store.secrets import TokenStore

    try:
        return TokenStore().get()
    except Exception:  # an unusable keychain means "no token": the welcome flow explains it
        return None


def open_file(window: MainWindow, path: str) -> None:
    """Open a saved selection given on the command line; a bad file is a status-bar error."""
    from moment_gui.domain.document import DocumentError, load

    if window.documents is not None:  # so File ▸ Save writes back to this file
        window.documents.open_path(Path(path))
        return

    try:
        doc = load(Path(path))
    except DocumentError as exc:
        window.status.show_error(str(exc), None)
        return
    window.ctx.state.reset(doc.selection)
    window.set_document_name(Path(path).name)


def run(demo: bool, file: str | None) -> int:
    """Run the app until the window closes; the exit code of the Qt loop."""
    app = _qapp()
    install_gc_collector(app)  # garbage is collected on the GUI thread only
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = Settings.load()
    token = None if demo else _stored_token()
    window = create_live_window(token, settings) if token else create_demo_window(settings)
    from moment_gui.ui.crash import install_excepthook

    install_excepthook(app, token_provider=lambda: _current_token(window, token), loop=loop)
    if not demo and not token:
        window.status.show_message(
            QCoreApplication.translate(
                "App", "No business token is stored yet, so this is demo data, not your account."
            )
        )
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    launch(window, demo=demo, file=file)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0


def _current_token(window: MainWindow, at_start: str | None) -> str | None:
    """The token to redact from crash reports: the session's (it may have been replaced
    after a 401 or a Connect…), else the one the app started with."""
    current = window.session.current_token() if window.session is not None else None
    return current or at_start


def launch(window: MainWindow, *, demo: bool, file: str | None = None) -> asyncio.Future[Any]:
    """Show `window`; once its shell has painted, load the panels (each shows what the cache
    holds, or its busy strip); once that is painted, attach the controllers and open `file`;
    then the requests go out, and the offline region list follows.

    Everything slow (httpx, the simulator, the panels' data) waits for that first paint.
    The future resolves when the panels have loaded (benchmarks wait for it).
    """
    loaded: asyncio.Future[Any] = asyncio.get_event_loop().create_future()

    def resolve(_task: asyncio.Future[Any]) -> None:
        if not loaded.done():
            loaded.set_result(None)

    def after_paint() -> None:
        task = window.start_loading()
        task.add_done_callback(resolve)

        def attach() -> None:
            attach_controllers(window, demo=demo)
            if file:
                open_file(window, file)
            if window.region_list is not None:
                window.region_list.start(after=task)

        # The controllers (keyring, dialogs, file handling: ~0.1–0.3 s of imports) and the
        # offline region list (a thread indexing ~3,800 names) start once the panels' cached
        # rows are on screen, before any request goes out.
        window.after_cached.append(attach)

    after_first_paint(window, after_paint)
    window.show()
    return loaded


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # once this paint has reached the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, right after `window` has painted for the first time."""
    _FirstPaint(window, then)


def attach_controllers(window: MainWindow, *, demo: bool = False) -> None:
    """The controllers that wait for the first paint (imported late: not needed for it):
    the token connect/expiry/forget flow (Connection menu; the welcome dialog on a first run
    without a token), the File menu with paste/drop and the unsaved-changes guard, and the
    crash-recovery offer, and the Kakao round trip (File ▸ Open from Kakao…, Apply to ad
    group…)."""
    from moment_gui.ui.documents import DocumentController
    from moment_gui.ui.kakao_round_trip import KakaoRoundTrip
    from moment_gui.ui.recovery import RecoveryController
    from moment_gui.ui.session import SessionController

    window.session = SessionController(window)
    window.session.start(demo=demo)
    window.documents = DocumentController(window, window.ctx, window.settings)
    window.kakao = KakaoRoundTrip(window)
    RecoveryController(window, window.ctx, window.documents).start()


def self_test() -> int:
    """Open the demo offscreen, load every panel, build, check, save and re-read a selection."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="moment-gui-selftest-") as home:
        # The self-test must never touch the planner's own settings, cache or token.
        os.environ["MOMENT_GUI_HOME"] = home
        app = _qapp()
        install_gc_collector(app)  # as in run(): the self-test checks the real set-up
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = create_demo_window()
        window.show()
        try:
            with loop:
                summary = loop.run_until_complete(
                    asyncio.wait_for(exercise(window, Path(home)), SELF_TEST_TIMEOUT_S)
                )
        except Exception as exc:
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        finally:
            window.ctx.cancel_all()
            window.close()
        print(f"self-test passed: {summary}")
        return 0


class SelfTestError(Exception):
    """One plain sentence saying which step of the self-test failed."""


async def exercise(window: MainWindow, folder: Path) -> str:
    """The self-test's steps against a shown window; raises SelfTestError naming the step."""
    from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
    from moment_gui.domain.document import SavedSelection, load, save
    from moment_gui.domain.fragment import from_fragment, to_fragment
    from moment_gui.domain.rules import Severity, check
    from moment_gui.domain.selection import Inclusion, TargetingSelection
    from moment_gui.services.picks import cohort_pick, region_pick
    from moment_gui.ui.preview import fragment_text
    from moment_gui.ui.widgets.panel_status import PanelStatus

    await window.load_all()
    failed = [s.text for s in window.findChildren(PanelStatus) if s.is_error]
    if failed:
        raise SelfTestError(f"a panel could not load: {failed[0]}")
    lookups = window.ctx.lookups
    regions = (await lookups.depth1_locations()).items[:2]
    cohorts = [
        c
        for c in (await lookups.cohorts()).items
        if c.status == "AVAILABLE" and c.audience_type == "DISPLAY"
    ][:1]
    if not regions or not cohorts:
        raise SelfTestError("the demo data has no regions or no usable cohort")
    campaign = CampaignContext(CampaignType.DISPLAY, Goal.VISITING, frozenset({Placement.DAUM}))
    sel = TargetingSelection(campaign=campaign).with_regions(region_pick(r) for r in regions)
    sel = sel.with_audience(cohort_pick(cohorts[0], Inclusion.INCLUDE))
    window.ctx.state.apply(sel, "self-test")
    errors = [p.message for p in check(sel) if p.severity is Severity.ERROR]
    if errors:
        raise SelfTestError(f"the test selection breaks a rule: {errors[0]}")
    text = window.preview.text
    if text != fragment_text(sel):
        raise SelfTestError("the preview does not show the exported fragment")
    if to_fragment(from_fragment(json.loads(text), campaign)) != to_fragment(sel):
        raise SelfTestError("the fragment does not read back to the same selection")
    path = folder / "self-test.moment.json"
    save(path, SavedSelection(selection=sel, ad_account_id=None, name="self-test"))
    if to_fragment(load(path).selection) != to_fragment(sel):
        raise SelfTestError("a saved selection did not read back unchanged")
    return (
        f"{len(window.panels)} areas loaded, {len(sel.regions)} regions + 1 cohort, "
        f"fragment of {len(text)} characters, saved and re-read {path.name}"
    )
