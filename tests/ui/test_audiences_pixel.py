"""Audience tabs that depend on a choice first (Pixel tracker + term, friend-group channel),
and how every tab reports a server error next to itself and recovers with Retry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from moment_gui.domain import kinds
from moment_gui.domain.selection import AudienceKind
from moment_gui.simulator import SimulatorState
from moment_gui.ui.audiences import AudiencePanel
from moment_gui.ui.audiences.friend_groups import FriendGroupTab
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.audiences.pixel import PixelEventTab
from moment_gui.ui.context import AppContext

EVENTS_PATH = "/openapi/v4/adGroups/targetings/trackers/eventCreatables/"
GROUPS_PATH = "/openapi/v4/adGroups/targetings/talkChannelGroupFiles/availables"


@pytest.fixture
def panel_ctx(qtbot, qloop, sim_ctx) -> Iterator[tuple[AudiencePanel, AppContext]]:
    ctx = sim_ctx
    panel = AudiencePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    yield panel, ctx
    ctx.cancel_all()


def load(qtbot, panel: AudiencePanel, ctx: AppContext) -> None:
    task = ctx.spawn(panel.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=10_000)


def requests_to(state: SimulatorState, prefix: str) -> list[str]:
    return [r.query for r in state.requests if r.path.startswith(prefix)]


def click_check(qtbot, panel: AudiencePanel, tab: AudienceListTab, key: str) -> None:
    panel.setCurrentWidget(tab)
    row = tab.model.row_of(key)
    assert row is not None, key
    idx = tab.proxy.mapFromSource(tab.model.index(row, 0))
    opt = QStyleOptionViewItem()
    tab.view.initViewItemOption(opt)
    tab.view.itemDelegateForIndex(idx).initStyleOption(opt, idx)
    opt.rect = tab.view.visualRect(idx)
    element = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    rect = tab.view.style().subElementRect(element, opt, tab.view)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- Pixel & SDK ---------------------------------------------------------------------


def pixel(panel: AudiencePanel) -> PixelEventTab:
    tab = panel.tab(AudienceKind.PIXEL_EVENT)
    assert isinstance(tab, PixelEventTab)
    return tab


def test_term_drag_refetches_once_after_it_settles(qtbot, panel_ctx, sim_state) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    before = len(requests_to(sim_state, EVENTS_PATH))
    population_at_30 = tab.model.row(0).population
    for value in (40, 55, 70, 90):  # a drag: many values within the settle time
        tab.term.setValue(value)
    qtbot.waitUntil(lambda: len(requests_to(sim_state, EVENTS_PATH)) > before, timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    qtbot.wait(450)  # longer than the settle time: nothing else may follow
    queries = requests_to(sim_state, EVENTS_PATH)[before:]
    assert queries == ["term=90"]
    assert tab.model.row(0).population > population_at_30
    assert "90 days" in tab.caption.text()


def test_changing_the_term_moves_picked_events_in_one_undo_step(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    key = tab.model.row(1).key
    click_check(qtbot, panel, tab, key)
    pick = ctx.state.selection.audience(AudienceKind.PIXEL_EVENT, key)
    assert pick is not None and pick.term == 30 and pick.track_id == tab.track_id
    assert pick.event_code and pick.track_rule_id
    tab.term.setValue(120)
    qtbot.waitUntil(lambda: ctx.state.selection.audiences[0].term == 120, timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    assert ctx.state.undo_stack.count() == 2
    ctx.state.undo_stack.undo()
    assert ctx.state.selection.audiences[0].term == 30


def test_a_typed_track_id_loads_that_trackers_events(qtbot, panel_ctx, sim_state) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    panel.setCurrentWidget(tab)
    second = sim_state.trackers[1]
    line = tab.tracker.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, second["id"])
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.track_id == second["id"], timeout=5_000)
    assert tab.model.rowCount() == len(second["events"])
    assert all(tab.model.row(r).key.startswith(second["id"]) for r in range(tab.model.rowCount()))


def test_an_unknown_track_id_shows_the_error_beside_the_list(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    tab.tracker.setEditText("999")
    tab.tracker.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: tab.status.is_error, timeout=5_000)
    assert tab.status.text and "Traceback" not in tab.status.text


# -- friend groups -------------------------------------------------------------------


def friend_tab(panel: AudiencePanel) -> FriendGroupTab:
    tab = panel.tab(AudienceKind.FRIEND_GROUP)
    assert isinstance(tab, FriendGroupTab)
    return tab


def groups_of(state: SimulatorState, profile_id: str) -> set[str]:
    return {str(g["id"]) for g in state.talk_channel_group_files if g["profileId"] == profile_id}


def test_friend_groups_load_for_the_chosen_channel(qtbot, panel_ctx, sim_state) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = friend_tab(panel)
    assert tab.channel.objectName() == "friendGroupChannelCombo"
    third = sim_state.talk_channels[2]["id"]
    tab.channel.setCurrentIndex(tab.channel.findData(third))
    qtbot.waitUntil(lambda: tab.profile_id == third, timeout=5_000)
    keys = {tab.model.row(r).key for r in range(tab.model.rowCount())}
    assert keys == groups_of(sim_state, third)
    assert f"profileId={third}" in requests_to(sim_state, GROUPS_PATH)
    key = next(k for k in keys if tab.model.row(tab.model.row_of(k)).usable)
    click_check(qtbot, panel, tab, key)
    pick = ctx.state.selection.audience(AudienceKind.FRIEND_GROUP, key)
    assert pick is not None and pick.profile_id == third


def test_a_newer_channel_choice_cancels_the_stale_load(qtbot, panel_ctx, sim_state) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = friend_tab(panel)
    sim_state.faults.latency_s = 0.3
    second, third = (c["id"] for c in sim_state.talk_channels[1:3])
    tab.channel.setCurrentIndex(tab.channel.findData(second))
    qtbot.wait(50)
    tab.channel.setCurrentIndex(tab.channel.findData(third))
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    qtbot.wait(400)
    assert tab.profile_id == third
    keys = {tab.model.row(r).key for r in range(tab.model.rowCount())}
    assert keys == groups_of(sim_state, third)


# -- errors --------------------------------------------------------------------------


def test_server_errors_show_beside_each_tab_and_retry_recovers(qtbot, panel_ctx, sim_state):
    panel, ctx = panel_ctx
    sim_state.faults.error_rate = 1.0
    load(qtbot, panel, ctx)
    for tab in panel.tabs.values():
        assert tab.status.is_error, tab.kind
        assert tab.model.rowCount() == 0
    sim_state.faults.error_rate = 0.0
    cohorts = panel.tab(AudienceKind.COHORT)
    qtbot.mouseClick(cohorts.status._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cohorts.model.rowCount() > 0, timeout=5_000)
    assert not cohorts.status.is_error and cohorts.status.text == "demo data"
    assert panel.tab(AudienceKind.CUSTOMER_FILE).status.is_error  # others wait for their Retry
    friends = friend_tab(panel)
    qtbot.mouseClick(friends.status._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: friends.model.rowCount() > 0, timeout=5_000)


def test_a_revoked_token_asks_for_a_new_one_and_keeps_picks(qtbot, panel_ctx, sim_state):
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = panel.tab(AudienceKind.COHORT)
    click_check(qtbot, panel, tab, tab.model.row(0).key)
    sim_state.valid_tokens.clear()
    with qtbot.waitSignal(ctx.authExpired, timeout=5_000):
        tab.reload()
    qtbot.waitUntil(lambda: tab.status.is_error, timeout=5_000)
    assert len(ctx.state.selection.audiences) == 1


def test_focus_on_an_event_of_another_tracker_shows_that_tracker(qtbot, panel_ctx, sim_state):
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    second = sim_state.trackers[1]["id"]
    tab.tracker.setCurrentIndex(tab.tracker.findData(second))
    tab.tracker.activated.emit(tab.tracker.currentIndex())
    qtbot.waitUntil(lambda: tab.track_id == second, timeout=5_000)
    key = tab.model.row(1).key
    click_check(qtbot, panel, tab, key)
    first = sim_state.trackers[0]["id"]
    tab.tracker.setCurrentIndex(tab.tracker.findData(first))
    tab.tracker.activated.emit(tab.tracker.currentIndex())
    qtbot.waitUntil(lambda: tab.track_id == first, timeout=5_000)
    panel.setCurrentIndex(0)
    panel.focus_items(kinds.PIXEL_EVENT, (key,))
    qtbot.waitUntil(lambda: tab.track_id == second and tab.selected_keys() == [key], timeout=5_000)
    assert panel.currentWidget() is tab


def test_focus_on_a_friend_group_of_another_channel_shows_that_channel(qtbot, panel_ctx, sim_state):
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = friend_tab(panel)
    third = sim_state.talk_channels[2]["id"]
    tab.channel.setCurrentIndex(tab.channel.findData(third))
    qtbot.waitUntil(lambda: tab.profile_id == third, timeout=5_000)
    key = next(tab.model.row(r).key for r in range(tab.model.rowCount()) if tab.model.row(r).usable)
    click_check(qtbot, panel, tab, key)
    tab.channel.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.profile_id != third, timeout=5_000)
    panel.focus_items(kinds.FRIEND_GROUP, (key,))
    qtbot.waitUntil(lambda: tab.profile_id == third and tab.selected_keys() == [key], timeout=5_000)


def _pick_one_and_set_term(qtbot, panel, ctx, term: int) -> tuple[PixelEventTab, str]:
    tab = pixel(panel)
    key = tab.model.row(1).key
    click_check(qtbot, panel, tab, key)
    tab.term.setValue(term)
    qtbot.waitUntil(lambda: ctx.state.selection.audiences[0].term == term, timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    return tab, key


def test_undo_of_a_term_change_moves_the_term_control_back_and_refetches_once(
    qtbot, panel_ctx, sim_state
) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab, _ = _pick_one_and_set_term(qtbot, panel, ctx, 120)
    before = len(requests_to(sim_state, EVENTS_PATH))
    steps = ctx.state.undo_stack.count()

    ctx.state.undo_stack.undo()  # the picked event is back at 30 days

    assert tab.term.value() == 30 and tab.term_box.value() == 30
    qtbot.waitUntil(lambda: "30 days" in tab.caption.text(), timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    qtbot.wait(450)  # past the settle time: no second fetch, no new undo step
    assert requests_to(sim_state, EVENTS_PATH)[before:] == ["term=30"]
    assert ctx.state.undo_stack.count() == steps and ctx.state.undo_stack.canRedo()
    ctx.state.undo_stack.redo()
    assert tab.term.value() == 120


def test_the_term_control_does_not_follow_picks_while_being_dragged(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab, _ = _pick_one_and_set_term(qtbot, panel, ctx, 120)
    tab.term.setSliderDown(True)
    tab.term.setValue(150)
    ctx.state.undo_stack.undo()
    assert tab.term.value() == 150  # the planner's hand wins while it is on the slider
    tab.term.setSliderDown(False)
    qtbot.waitUntil(lambda: ctx.state.selection.audiences[0].term == 150, timeout=5_000)


def test_a_pick_made_before_a_term_change_settles_does_not_undo_that_change(
    qtbot, panel_ctx
) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    click_check(qtbot, panel, tab, tab.model.row(1).key)
    tab.term_box.setValue(60)  # typed; settles 300 ms later
    click_check(qtbot, panel, tab, tab.model.row(2).key)  # a state change meanwhile
    assert tab.term.value() == 60
    qtbot.waitUntil(lambda: {a.term for a in ctx.state.selection.audiences} == {60}, timeout=5_000)


def test_picks_with_different_terms_leave_the_control_alone(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    first, second = tab.model.row(1).key, tab.model.row(2).key
    click_check(qtbot, panel, tab, first)
    click_check(qtbot, panel, tab, second)
    sel = ctx.state.selection
    a = sel.audience(AudienceKind.PIXEL_EVENT, first)
    b = sel.audience(AudienceKind.PIXEL_EVENT, second)
    assert a is not None and b is not None
    mixed = sel.with_audience(replace(a, term=7)).with_audience(replace(b, term=90))
    ctx.state.apply(mixed, "paste")
    qtbot.wait(450)
    assert tab.term.value() == 30  # following one would move the other
    assert {p.term for p in ctx.state.selection.audiences} == {7, 90}


def test_a_moved_pick_takes_the_population_of_its_new_term_in_the_same_step(
    qtbot, panel_ctx
) -> None:
    panel, ctx = panel_ctx
    load(qtbot, panel, ctx)
    tab = pixel(panel)
    key = tab.model.row(1).key
    click_check(qtbot, panel, tab, key)
    at_30 = ctx.state.selection.audience(AudienceKind.PIXEL_EVENT, key)
    assert at_30 is not None and at_30.population == tab.model.row(1).population

    tab.term_box.setValue(90)
    qtbot.waitUntil(lambda: "90 days" in tab.caption.text(), timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)

    shown_at_90 = tab.model.row(tab.model.row_of(key)).population
    at_90 = ctx.state.selection.audience(AudienceKind.PIXEL_EVENT, key)
    assert at_90 is not None and at_90.term == 90
    assert shown_at_90 != at_30.population
    assert at_90.population == shown_at_90
    assert ctx.state.undo_stack.count() == 2  # pick, then one term step with its populations
    ctx.state.undo_stack.undo()
    assert ctx.state.selection.audience(AudienceKind.PIXEL_EVENT, key) == at_30
    # The control follows the undo back to 30 days; let that settle before the test ends.
    qtbot.waitUntil(lambda: "30 days" in tab.caption.text(), timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
