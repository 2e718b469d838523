"""The offline region list in the demo window: built once in the background, then from the cache.

The window is the real demo wiring (`create_demo_window`) over a test's own simulator state,
so `sim_state.requests` counts exactly what the app asked the server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from moment_gui.app import create_demo_window
from moment_gui.services.catalogue_builder import catalogue_name
from moment_gui.services.lookups import Source
from moment_gui.simulator import SimulatorState
from moment_gui.store.cache import LookupCache
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.region_list import RegionListController
from moment_gui.ui.regions.panel import RegionPanel

BUILD_TIMEOUT_MS = 60_000


def region_searches(state: SimulatorState) -> list[str]:
    return [r.path for r in state.requests if r.path.endswith(("/depth2", "/depth3"))]


def region_list(window: MainWindow) -> RegionListController:
    controller = window.findChild(RegionListController)
    assert controller is not None
    return controller


@pytest.fixture
def open_window(qtbot: QtBot, qloop: object) -> Iterator[Callable[[SimulatorState], MainWindow]]:
    windows: list[MainWindow] = []

    def open_(world: SimulatorState) -> MainWindow:
        window = create_demo_window(world=world)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.ctx.cancel_all()


def test_first_start_builds_the_list_and_search_then_needs_no_server(
    qtbot, open_window, sim_state
) -> None:
    window = open_window(sim_state)
    assert window.ctx.catalogue is None
    panel = window.region_panel
    assert isinstance(panel, RegionPanel)
    panel.search_box.setText("ㄱㄴㄱ")  # typed before the list exists: nothing local yet
    assert panel.results_model.hit_count() == 0
    task = region_list(window).start()
    strip = region_list(window).strip
    qtbot.waitUntil(lambda: "Building the offline region list" in strip.label.text(), timeout=5000)
    assert strip.isVisible() and "/" in strip.label.text()
    qtbot.waitUntil(task.done, timeout=BUILD_TIMEOUT_MS)
    catalogue = window.ctx.catalogue
    assert catalogue is not None and len(catalogue) > 3000
    assert "ready" in strip.label.text()
    stored = LookupCache().get_catalogue(name=catalogue_name(Source.DEMO))
    assert stored is not None and len(stored[0]["regions"]) == len(catalogue)

    before = len(sim_state.requests)
    # The query already typed is answered as soon as the list arrives, and locally.
    names = [p.display_path for p in panel.results_model.picks()]
    assert any(n.endswith("강남구") for n in names), names[:5]
    qtbot.wait(600)  # past the search pause: a 초성 query never goes to the server
    assert len(sim_state.requests) == before


def test_second_start_loads_the_stored_list_without_rebuilding(
    qtbot, open_window, sim_state
) -> None:
    first = open_window(sim_state)
    qtbot.waitUntil(region_list(first).start().done, timeout=BUILD_TIMEOUT_MS)
    count = len(first.ctx.catalogue or ())
    first.close()
    sim_state.requests.clear()

    second = open_window(sim_state)
    task = region_list(second).start()
    qtbot.waitUntil(task.done, timeout=10_000)
    assert len(second.ctx.catalogue or ()) == count
    assert region_searches(sim_state) == []
    assert not region_list(second).strip.isVisible()


def test_a_list_older_than_30_days_is_used_while_a_fresh_one_is_built(
    qtbot, open_window, sim_state
) -> None:
    first = open_window(sim_state)
    qtbot.waitUntil(region_list(first).start().done, timeout=BUILD_TIMEOUT_MS)
    assert first.ctx.catalogue is not None
    cache = LookupCache()
    name = catalogue_name(Source.DEMO)
    data = first.ctx.catalogue.to_json()
    cache.put_catalogue(data, datetime.now(UTC) - timedelta(days=31), name=name)
    first.close()
    sim_state.requests.clear()

    second = open_window(sim_state)
    task = region_list(second).start()
    qtbot.waitUntil(lambda: second.ctx.catalogue is not None, timeout=10_000)
    qtbot.waitUntil(task.done, timeout=BUILD_TIMEOUT_MS)
    assert region_searches(sim_state)  # rebuilt
    stored = cache.get_catalogue(name=name)
    assert stored is not None and datetime.now(UTC) - stored[1] < timedelta(minutes=5)


def test_rebuild_action_fetches_every_region_again(qtbot, open_window, sim_state) -> None:
    window = open_window(sim_state)
    controller = region_list(window)
    qtbot.waitUntil(controller.start().done, timeout=BUILD_TIMEOUT_MS)
    old = window.ctx.catalogue
    sim_state.requests.clear()
    with qtbot.waitSignal(window.ctx.catalogueChanged, timeout=BUILD_TIMEOUT_MS):
        controller.rebuild_action.trigger()
    assert window.ctx.catalogue is not old and window.ctx.catalogue is not None
    assert len(region_searches(sim_state)) > 200
    assert controller.rebuild_action in window.findChildren(type(controller.rebuild_action))
    assert controller.rebuild_action.text()


def test_cancel_stops_the_build_and_resume_continues_where_it_stopped(
    qtbot, open_window, sim_state
) -> None:
    window = open_window(sim_state)
    controller = region_list(window)
    task = controller.start()
    qtbot.waitUntil(lambda: len(region_searches(sim_state)) >= 40, timeout=BUILD_TIMEOUT_MS)
    button = controller.strip.findChild(QPushButton, "regionListButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.cancelled() and window.ctx.catalogue is None
    assert "paused" in controller.strip.label.text()
    asked_before = len(region_searches(sim_state))

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # now "Resume"
    qtbot.waitUntil(lambda: window.ctx.catalogue is not None, timeout=BUILD_TIMEOUT_MS)
    total = len(region_searches(sim_state))
    # The finished searches came from saved progress: the whole build is ~270 searches.
    assert total - asked_before < 270 - 30


def test_closing_the_window_mid_build_leaves_no_task_errors(qtbot, open_window, sim_state):
    errors: list[dict[str, object]] = []
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    window = open_window(sim_state)
    task = region_list(window).start()
    qtbot.waitUntil(lambda: len(region_searches(sim_state)) >= 10, timeout=BUILD_TIMEOUT_MS)
    window.close()
    qtbot.waitUntil(task.done, timeout=5000)
    qtbot.wait(100)
    assert task.cancelled()
    assert errors == []
