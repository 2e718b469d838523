"""The composition root: the window declares its menus, controllers fill them in any order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from moment_gui.demo import make_demo_lookups
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.region_list import RegionListController
from moment_gui.ui.review_menu import install_review_actions
from moment_gui.ui.session import SessionController
from moment_gui.ui.state import SelectionState

ROOT = Path(__file__).resolve().parents[2] / "moment_gui"


def _bare_window(qtbot) -> MainWindow:
    factories = {key: (lambda c, p: QWidget(p)) for key in ("regions", "placements", "audiences")}
    window = MainWindow(
        AppContext(SelectionState(), make_demo_lookups()),
        Settings.load(),
        panel_factories=factories,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    return window


def _titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_window_declares_its_menus_and_connection_shows_once_a_session_fills_it(
    qtbot, qloop
) -> None:
    window = _bare_window(qtbot)
    assert _titles(window) == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert window.session is None and window.region_list is None and window.documents is None
    SessionController(window)
    assert _titles(window) == ["&File", "&Edit", "&View", "&Tools", "Co&nnection", "&Help"]


def test_region_list_and_review_actions_land_in_tools_whatever_the_install_order(
    qtbot, qloop
) -> None:
    first = _bare_window(qtbot)
    RegionListController(first)
    install_review_actions(first)
    second = _bare_window(qtbot)
    install_review_actions(second)
    RegionListController(second)
    for window in (first, second):
        names = {a.objectName() for a in window.tools_menu.actions()}
        assert "rebuildRegionListAction" in names
        assert len(window.tools_menu.actions()) == 3
        assert all(a.objectName() != "rebuildRegionListAction" for a in window.view_menu.actions())


def test_the_wiring_decorates_nothing() -> None:
    """No controller is hung on the window with setattr, nor found again by getattr."""
    wiring = [ROOT / "app.py", *sorted((ROOT / "ui").rglob("*.py"))]
    for path in wiring:
        text = path.read_text(encoding="utf-8")
        assert "type: ignore[attr-defined]" not in text, path
        assert 'getattr(window, "' not in text, path
