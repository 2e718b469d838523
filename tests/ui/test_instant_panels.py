"""Issue 14: panels show the cached lookups at once and refresh behind them; the remembered
tracker and channel are asked for in the first round trip, and fall back quietly when gone."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from moment_gui.app import build_window
from moment_gui.demo import make_demo_lookups
from moment_gui.domain.rules import check
from moment_gui.domain.selection import AudienceKind, Inclusion
from moment_gui.services.picks import cohort_pick
from moment_gui.simulator import SimulatorState
from moment_gui.simulator.state import FaultConfig
from moment_gui.store.cache import LookupCache
from moment_gui.store.settings import Settings
from moment_gui.ui import main_window as main_window_module
from moment_gui.ui.audiences.pixel import PixelEventTab
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.widgets.panel_status import PanelStatus

TRACKERS_PATH = "/openapi/v4/trackers/rights"
EVENTS_PATH = "/openapi/v4/adGroups/targetings/trackers/eventCreatables/"
GROUPS_PATH = "/openapi/v4/adGroups/targetings/talkChannelGroupFiles/availables"
CHANNELS_PATH = "/openapi/v4/adGroups/targetings/talkChannels/availables"


class Home:
    """One planner's computer: a settings file and a lookup cache that outlive a window."""

    def __init__(self, folder: Path, world: SimulatorState) -> None:
        self.settings_path = folder / "settings.json"
        self.cache = LookupCache(folder / "lookups.sqlite3")
        self.world = world
        self.windows: list[MainWindow] = []

    def window(self, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
        lookups = make_demo_lookups(cache=self.cache, state=self.world)
        window = build_window(lookups, "test", Settings.load(self.settings_path), demo=True)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        self.windows.append(window)
        return window


@pytest.fixture
def home(tmp_path: Path, qloop, sim_state: SimulatorState) -> Iterator[Home]:  # type: ignore[no-untyped-def]
    home = Home(tmp_path, sim_state)
    yield home
    for window in home.windows:
        window.ctx.cancel_all()
    home.cache.close()


def load_all(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    task = window.start_loading()
    qtbot.waitUntil(task.done, timeout=15_000)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=15_000)


def row_counts(window: MainWindow) -> dict[str, int]:
    counts = {
        "regions": window.region_panel.tree_model.rowCount(),  # type: ignore[attr-defined]
        "ad serving": window.placement_panel.ad_serving.checklist.model.rowCount(),  # type: ignore[attr-defined]
        "sections": window.placement_panel.section.checklist.model.rowCount(),  # type: ignore[attr-defined]
    }
    for kind, tab in window.audience_panel.tabs.items():  # type: ignore[attr-defined]
        counts[kind.value] = tab.model.rowCount()
    return counts


def requests_to(world: SimulatorState, prefix: str) -> list[str]:
    return [r.query for r in world.requests if r.path.startswith(prefix)]


def test_a_warm_start_shows_cached_rows_before_the_delayed_network_answers(qtbot, home) -> None:
    first = home.window(qtbot)
    load_all(qtbot, first)
    expected = row_counts(first)
    assert all(expected.values()), expected  # the demo has something in every list
    first.close()

    home.world.faults = FaultConfig(latency_s=3.0)
    asked_before = len(home.world.requests)
    window = home.window(qtbot)
    started = time.monotonic()
    task = window.start_loading()
    qtbot.waitUntil(lambda: row_counts(window) == expected, timeout=2_500)
    shown_after = time.monotonic() - started
    assert shown_after < 3.0, "rows waited for the network"
    assert not task.done()  # the refresh is still on its way
    texts = [s.text for s in window.findChildren(PanelStatus) if s.isVisibleTo(window)]
    assert texts and all(t.startswith("cached just now") for t in texts), texts

    # Every list, and the remembered tracker's events and channel's groups, are asked for at
    # once (nothing waits for another answer), except the tracker list: Kakao allows one
    # call per 5 s, and the cached copy is younger than that.
    def asked(prefix: str) -> int:
        return sum(r.path.startswith(prefix) for r in home.world.requests[asked_before:])

    # The channel list is asked once, though two tabs (channels, friend groups) want it.
    qtbot.waitUntil(lambda: len(home.world.requests) - asked_before >= 9, timeout=2_500)
    assert asked(EVENTS_PATH) == 1 and asked(GROUPS_PATH) == 1
    assert asked(CHANNELS_PATH) == 1
    assert asked(TRACKERS_PATH) == 0
    window.ctx.cancel_all()


def test_offline_the_cached_rows_stay_with_their_age(qtbot, home) -> None:
    first = home.window(qtbot)
    load_all(qtbot, first)
    expected = row_counts(first)
    first.close()

    home.world.faults = FaultConfig(drop_rate=1.0)  # every request fails to connect
    window = home.window(qtbot)
    load_all(qtbot, window)
    assert row_counts(window) == expected
    statuses = window.findChildren(PanelStatus)
    assert not any(s.is_error for s in statuses)
    assert all(s.text.startswith("cached") for s in statuses if s.isVisibleTo(window))


def test_a_refresh_that_changes_a_status_updates_the_row_keeps_the_pick_and_flags_it(
    qtbot, home
) -> None:
    first = home.window(qtbot)
    load_all(qtbot, first)
    first.close()

    window = home.window(qtbot)
    cohorts = window.audience_panel.tab(AudienceKind.COHORT)  # type: ignore[attr-defined]
    cached = home.cache.get("demo:cohorts", {}, 1234)
    assert cached is not None
    target = next(c for c in cached.payload if c["status"] == "AVAILABLE")
    from moment_gui.api.models import CohortAvailable

    pick = cohort_pick(CohortAvailable.from_json(target), Inclusion.INCLUDE)
    window.ctx.state.apply(window.ctx.state.selection.with_audience(pick), "test")
    assert not [p for p in check(window.ctx.state.selection) if target["name"] in str(p.message)]
    # Kakao deleted the cohort and renamed it since the cache was written.
    live = next(c for c in home.world.cohorts if c["id"] == target["id"])
    live["status"] = "DELETE"
    home.world.faults = FaultConfig(latency_s=0.5)

    task = window.start_loading()
    qtbot.waitUntil(lambda: cohorts.model.row_of(str(target["id"])) is not None, timeout=2_000)
    row = cohorts.model.row_of(str(target["id"]))
    assert cohorts.model.row(row).usable  # the cached copy: still available
    rows_before = cohorts.model.rowCount()
    qtbot.waitUntil(task.done, timeout=10_000)

    row = cohorts.model.row_of(str(target["id"]))
    assert row is not None and not cohorts.model.row(row).usable
    assert cohorts.model.rowCount() == rows_before
    kept = window.ctx.state.selection.audience(AudienceKind.COHORT, str(target["id"]))
    assert kept is not None and kept.inclusion is Inclusion.INCLUDE
    assert kept.status == "DELETE"
    problems = [p for p in check(window.ctx.state.selection) if target["name"] in str(p.message)]
    assert problems, "the rules did not flag the pick that can no longer be used"
    said = window.status.text
    assert said.count(target["name"]) == 1 and "can no longer be used" in said, said
    window.ctx.state.undo_stack.undo()  # the facts changed as one undoable step
    assert window.ctx.state.selection.audience(AudienceKind.COHORT, str(target["id"])) == pick


def test_a_vanished_remembered_tracker_and_channel_fall_back_quietly(qtbot, home) -> None:
    settings = Settings.load(home.settings_path)
    settings.remember("demo:1234", "tracker", "404404404")
    settings.remember("demo:1234", "channel", "_gone")
    window = home.window(qtbot)
    load_all(qtbot, window)

    pixel = window.audience_panel.tab(AudienceKind.PIXEL_EVENT)  # type: ignore[attr-defined]
    assert isinstance(pixel, PixelEventTab)
    first_tracker = home.world.trackers[0]["id"]
    assert pixel.track_id == first_tracker and pixel.model.rowCount() > 0
    groups = window.audience_panel.tab(AudienceKind.FRIEND_GROUP)  # type: ignore[attr-defined]
    assert groups.profile_id == home.world.talk_channels[0]["id"]
    assert groups.model.rowCount() > 0
    assert not any(s.is_error for s in window.findChildren(PanelStatus))
    assert not window.status.is_error
    # The fallback is remembered for next time.
    again = Settings.load(home.settings_path)
    assert again.recall("demo:1234", "tracker") == first_tracker
    assert again.recall("demo:1234", "channel") == home.world.talk_channels[0]["id"]


def test_the_remembered_tracker_events_go_out_with_the_tracker_list(qtbot, home) -> None:
    chosen = home.world.trackers[1]["id"]
    Settings.load(home.settings_path).remember("demo:1234", "tracker", chosen)
    home.world.faults = FaultConfig(latency_s=5.0)
    window = home.window(qtbot)
    task = window.start_loading()

    def events_asked() -> list[str]:
        return [r.path for r in home.world.requests if r.path.startswith(EVENTS_PATH)]

    # Both requests are out before either answer came back (5 s each): one round trip.
    qtbot.waitUntil(
        lambda: bool(requests_to(home.world, TRACKERS_PATH) and events_asked()), timeout=4_000
    )
    assert not task.done()
    assert events_asked() == [EVENTS_PATH + chosen]
    window.ctx.cancel_all()


def test_cancelling_the_start_before_its_first_frame_stops_the_panels_requests(
    qtbot, home, monkeypatch
) -> None:
    first = home.window(qtbot)
    load_all(qtbot, first)
    first.close()

    class NeverPainted:  # the cancel lands while the cached rows are shown, however busy the
        def __init__(self, *_args: object) -> None:  # machine (else a frame may come first)
            pass

        def stop(self) -> None:
            pass

    monkeypatch.setattr(main_window_module, "_FrameWatcher", NeverPainted)

    home.world.faults = FaultConfig(latency_s=0.2)
    asked_before = len(home.world.requests)
    window = home.window(qtbot)
    task = window.start_loading()
    lookups = window.ctx.lookups
    qtbot.waitUntil(lambda: bool(lookups._inflight), timeout=5_000)  # held while rows show
    assert not task.done()
    window.ctx.cancel_all()  # e.g. the window closed while the cached rows were being shown
    qtbot.waitUntil(task.done, timeout=5_000)
    qtbot.waitUntil(lambda: not lookups._inflight, timeout=2_000)  # nothing left waiting
    qtbot.wait(400)  # longer than a request would take
    assert len(home.world.requests) == asked_before, "requests went out for a cancelled start"


def test_a_cold_start_sends_the_audience_requests_before_building_the_tabs(
    qtbot, home, monkeypatch
) -> None:
    from moment_gui.ui.audiences.panel import AudiencePanel

    Settings.load(home.settings_path).remember("demo:1234", "tracker", home.world.trackers[0]["id"])
    Settings.load(home.settings_path).remember(
        "demo:1234", "channel", home.world.talk_channels[0]["id"]
    )
    home.world.faults = FaultConfig(latency_s=5.0)
    asked_when_built: list[list[str]] = []
    build = AudiencePanel._build_tabs

    def building(panel: AudiencePanel) -> object:
        asked_when_built.append([r.path for r in home.world.requests])
        return build(panel)

    monkeypatch.setattr(AudiencePanel, "_build_tabs", building)
    window = home.window(qtbot)  # nothing cached: a cold start
    task = window.start_loading()
    qtbot.waitUntil(lambda: bool(asked_when_built), timeout=4_000)
    paths = asked_when_built[0]
    # Every audience list, the remembered tracker's events and channel's groups: already asked.
    cohorts = "/openapi/v4/adGroups/targetings/cohort/"
    for wanted in (TRACKERS_PATH, EVENTS_PATH, GROUPS_PATH, CHANNELS_PATH, cohorts):
        assert any(p.startswith(wanted) for p in paths), (wanted, paths)
    assert sum(p.startswith(CHANNELS_PATH) for p in paths) == 1
    assert not task.done()
    qtbot.wait(100)
    # The tabs, built, joined those requests instead of asking again.
    assert sum(r.path.startswith(CHANNELS_PATH) for r in home.world.requests) == 1
    assert sum(r.path.startswith(EVENTS_PATH) for r in home.world.requests) == 1
    window.ctx.cancel_all()


def test_a_cold_start_paints_and_attaches_controllers_only_once_its_requests_have_left(
    qtbot, home, monkeypatch
) -> None:
    from moment_gui.services.lookups import LookupService

    order: list[str] = []
    wire = LookupService.on_the_wire

    async def on_the_wire(self: LookupService, timeout: float = 0.05) -> None:
        waiter = sys._getframe(1).f_code.co_name  # the window's frame, or the audience tabs
        await wire(self, timeout)
        order.append(f"on the wire for {waiter}")

    monkeypatch.setattr(LookupService, "on_the_wire", on_the_wire)
    home.world.faults = FaultConfig(latency_s=5.0)
    window = home.window(qtbot)  # nothing cached: a cold start
    window.after_cached.append(lambda: order.append("controllers"))
    task = window.start_loading()
    qtbot.waitUntil(lambda: "controllers" in order, timeout=4_000)
    assert order.index("on the wire for _next_frame") < order.index("controllers")
    assert not task.done()
    window.ctx.cancel_all()
