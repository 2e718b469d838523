"""The Regions panel against the in-process simulator: lazy tree, picking, conflicts, errors."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from moment_gui.api import MomentClient
from moment_gui.domain import kinds
from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
from moment_gui.domain.selection import RegionPick
from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, SimulatorState, create_app
from moment_gui.ui.context import AppContext
from moment_gui.ui.regions import RegionPanel
from moment_gui.ui.state import SelectionState

PanelFactory = Callable[..., RegionPanel]


def catalogue_of(state: SimulatorState) -> RegionCatalogue:
    wire = (*state.depth1, *state.depth2, *state.depth3)
    return RegionCatalogue.from_picks(region_pick_from_json(o) for o in wire)


@pytest.fixture
def make_panel(qloop, qtbot, sim_state: SimulatorState) -> PanelFactory:
    def build(with_catalogue: bool = False) -> RegionPanel:
        client = MomentClient(
            DEMO_TOKEN,
            DEMO_AD_ACCOUNT_ID,
            base_url="http://127.0.0.1",
            transport=httpx.ASGITransport(app=create_app(sim_state)),
            retry_attempts=1,
        )
        catalogue = catalogue_of(sim_state) if with_catalogue else None
        ctx = AppContext(SelectionState(), LookupService(client, source=Source.DEMO), catalogue)
        panel = RegionPanel(ctx)
        qtbot.addWidget(panel)
        panel.resize(500, 800)
        panel.show()
        ctx.spawn(panel.load())
        qtbot.waitUntil(lambda: panel.tree_model.rowCount() > 0)
        return panel

    return build


def child(panel: RegionPanel, name: str, parent: QModelIndex | None = None) -> QModelIndex:
    model = panel.tree_model
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == name:
            return index
    raise AssertionError(f"{name} not under {parent.data()}")


def expand(qtbot, panel: RegionPanel, index: QModelIndex) -> None:
    panel.tree.expand(index)
    pick = panel.tree_model.pick_at(index)
    assert pick is not None
    qtbot.waitUntil(lambda: panel.tree_model.loaded_children(pick.path) is not None)


def tick(panel: RegionPanel, index: QModelIndex) -> None:
    """Click the row's check box like a planner would."""
    view = panel.tree if index.model() is panel.tree_model else panel.results
    view.scrollTo(index)
    rect = view.visualRect(index)
    # The check box sits at the left of the item's text area.
    box = rect.adjusted(0, 0, -(rect.width() - rect.height()), 0).center()
    box.setX(
        rect.left() + view.style().pixelMetric(view.style().PixelMetric.PM_IndicatorWidth) // 2 + 3
    )
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)


def picks(panel: RegionPanel) -> list[RegionPick]:
    return list(panel.ctx.state.selection.regions)


def test_provinces_load_from_depth1(make_panel):
    panel = make_panel()
    model = panel.tree_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "서울특별시" in names and "강원특별자치도" in names
    assert len(names) == 19
    assert panel.status.text == "demo data"


def test_expanding_keeps_only_true_children_so_jung_gu_is_not_mixed(qtbot, make_panel):
    panel = make_panel()
    seoul = child(panel, "서울특별시")
    expand(qtbot, panel, seoul)
    seoul_districts = [panel.tree_model.index(r, 0, seoul).data() for r in range(25)]
    assert panel.tree_model.rowCount(seoul) == 25  # "서울" also matches nothing elsewhere
    assert "중구" in seoul_districts
    jung = child(panel, "중구", seoul)
    expand(qtbot, panel, jung)
    busan = child(panel, "부산광역시")
    expand(qtbot, panel, busan)
    jung_busan = child(panel, "중구", busan)
    expand(qtbot, panel, jung_busan)
    seoul_dong = {
        panel.tree_model.pick_at(panel.tree_model.index(r, 0, jung))
        for r in range(panel.tree_model.rowCount(jung))
    }
    busan_dong = {
        panel.tree_model.pick_at(panel.tree_model.index(r, 0, jung_busan))
        for r in range(panel.tree_model.rowCount(jung_busan))
    }
    assert seoul_dong and busan_dong and not seoul_dong & busan_dong
    assert {(p.depth1_name, p.depth2_name) for p in seoul_dong} == {("서울특별시", "중구")}
    assert {(p.depth1_name, p.depth2_name) for p in busan_dong} == {("부산광역시", "중구")}
    assert all(p.value.startswith("H1014") for p in busan_dong)


def test_ticking_each_level_picks_the_whole_region_object(qtbot, make_panel, sim_state):
    panel = make_panel()
    gyeonggi = child(panel, "경기도")
    tick(panel, gyeonggi)
    seoul = child(panel, "서울특별시")
    expand(qtbot, panel, seoul)
    gangnam = child(panel, "강남구", seoul)
    expand(qtbot, panel, gangnam)
    tick(panel, child(panel, "논현1동", gangnam))
    tick(panel, child(panel, "종로구", seoul))
    by_value = {p.value: p for p in picks(panel)}
    assert by_value["B"] == RegionPick("B", "경기도", "경기도")
    jongno = next(p for p in by_value.values() if p.depth2_name == "종로구")
    assert jongno == region_pick_from_json(sim_state.region(jongno.value))
    assert jongno.description == "서울특별시 종로구"
    assert by_value["I10000105"] == RegionPick(
        "I10000105", "서울특별시 강남구", "서울특별시", "강남구", "논현1동"
    )
    assert child(panel, "강남구", seoul).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.PartiallyChecked
    )
    assert seoul.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    tick(panel, child(panel, "논현1동", gangnam))
    assert "I10000105" not in {p.value for p in picks(panel)}
    assert panel.ctx.state.undo_stack.count() == 4


def open_conflict(qtbot, panel: RegionPanel) -> QModelIndex:
    seoul = child(panel, "서울특별시")
    expand(qtbot, panel, seoul)
    tick(panel, child(panel, "강남구", seoul))
    tick(panel, child(panel, "종로구", seoul))
    tick(panel, seoul)
    assert panel.conflict_bar.isVisible()
    assert "2 picked areas" in panel.conflict_bar.message
    return seoul


def test_ticking_a_parent_with_picks_inside_asks_and_keep_parent_replaces_them(qtbot, make_panel):
    panel = make_panel()
    open_conflict(qtbot, panel)
    assert len(picks(panel)) == 2  # nothing changes until the planner answers
    qtbot.mouseClick(panel.conflict_bar.button("keepParent"), Qt.MouseButton.LeftButton)
    assert [p.value for p in picks(panel)] == ["I"]
    assert not panel.conflict_bar.isVisible()
    panel.ctx.state.undo_stack.undo()  # one step brings the districts back
    assert len(picks(panel)) == 2


def test_ticking_a_parent_with_picks_inside_can_keep_the_districts(qtbot, make_panel):
    panel = make_panel()
    seoul = open_conflict(qtbot, panel)
    qtbot.mouseClick(panel.conflict_bar.button("keepInside"), Qt.MouseButton.LeftButton)
    assert {p.depth2_name for p in picks(panel)} == {"강남구", "종로구"}
    assert not panel.conflict_bar.isVisible()
    assert seoul.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked


def test_picked_list_shows_paths_removes_with_delete_and_counts(qtbot, make_panel):
    panel = make_panel()
    tick(panel, child(panel, "경기도"))
    tick(panel, child(panel, "부산광역시"))
    view = panel.picked
    assert view.counter_text == "2 / 1,000"
    assert [view.model.index(r, 0).data() for r in range(2)] == ["경기도", "부산광역시"]
    view.list.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert [p.value for p in picks(panel)] == ["H"]
    assert view.counter_text == "1 / 1,000"
    assert child(panel, "경기도").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_remove_cross_in_a_picked_row_removes_that_region(qtbot, make_panel):
    panel = make_panel()
    tick(panel, child(panel, "경기도"))
    tick(panel, child(panel, "부산광역시"))
    rect = panel.picked.list.visualRect(panel.picked.model.index(1, 0))
    cross = rect.topRight()
    cross.setX(rect.right() - rect.height() // 2)
    cross.setY(rect.center().y())
    qtbot.mouseClick(panel.picked.list.viewport(), Qt.MouseButton.LeftButton, pos=cross)
    assert [p.value for p in picks(panel)] == ["B"]


def test_counter_turns_red_over_the_1000_region_limit(make_panel, sim_state):
    panel = make_panel()
    many = [region_pick_from_json(o) for o in sim_state.depth3[:1001]]
    panel.ctx.state.apply(panel.ctx.state.selection.with_regions(many), "many")
    assert panel.picked.counter_text == "1,001 / 1,000"
    assert panel.picked.over_limit
    assert "b3261e" in panel.picked._counter.styleSheet()


def test_all_districts_picked_offers_the_province_in_one_click(qtbot, make_panel, sim_state):
    panel = make_panel()
    seoul = child(panel, "서울특별시")
    expand(qtbot, panel, seoul)
    districts = panel.tree_model.loaded_children(("서울특별시",))
    assert districts is not None and len(districts) == 25
    state = panel.ctx.state
    state.apply(state.selection.with_regions(districts[:-1]), "24")
    assert not panel.picked.fold_bar.isVisible()
    state.apply(state.selection.with_regions(districts[-1:]), "25")
    assert panel.picked.fold_bar.isVisible()
    assert "All 25 areas of 서울특별시" in panel.picked.fold_bar.message
    qtbot.mouseClick(panel.picked.fold_bar.button("foldAccept"), Qt.MouseButton.LeftButton)
    assert [p.value for p in picks(panel)] == ["I"]


def test_server_error_shows_next_to_the_panel_and_retry_recovers(qtbot, make_panel, sim_state):
    panel = make_panel()
    sim_state.faults.error_rate = 1.0
    seoul = child(panel, "서울특별시")
    panel.tree.expand(seoul)
    # 500s are retried with backoff before the panel gives up: 2–5 s alone, more under load.
    qtbot.waitUntil(lambda: panel.status.is_error, timeout=30_000)
    assert panel.tree_model.rowCount(seoul) == 0  # no stale "Loading…" row
    sim_state.faults.error_rate = 0.0
    qtbot.mouseClick(panel.status._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree_model.rowCount(seoul) == 25, timeout=30_000)
    assert not panel.status.is_error


def test_focus_items_selects_the_named_picked_rows(qtbot, make_panel):
    panel = make_panel()
    for name in ("경기도", "부산광역시", "서울특별시"):
        tick(panel, child(panel, name))
    panel.focus_items(kinds.REGIONS, ("H",))
    selected = panel.picked.list.selectionModel().selectedRows()
    assert [i.data(Qt.ItemDataRole.UserRole) for i in selected] == ["H"]
    assert panel.tree.currentIndex().data(Qt.ItemDataRole.UserRole) == "H"


def test_children_come_from_the_catalogue_without_asking_the_server(qtbot, make_panel, sim_state):
    panel = make_panel(with_catalogue=True)
    before = len(sim_state.requests)
    seoul = child(panel, "서울특별시")
    expand(qtbot, panel, seoul)
    assert panel.tree_model.rowCount(seoul) == 25
    assert len(sim_state.requests) == before


# -- search ----------------------------------------------------------------------------
# Keystrokes of a Korean IME typing 논현1동: (pre-edit, committed) per key.
NONHYEON1_KEYS = [
    ("ㄴ", ""), ("노", ""), ("논", ""), ("ㅎ", "논"), ("혀", ""), ("현", ""),
    ("", "현"), ("", "1"), ("ㄷ", ""), ("도", ""), ("동", ""), ("", "동"),
]  # fmt: skip


def compose(panel: RegionPanel, preedit: str, commit: str = "") -> None:
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(panel.search_box, event)


def type_korean(panel: RegionPanel, text: str) -> None:
    """QTest cannot send non-ASCII keys: commit each syllable through the input method."""
    for syllable in text:
        compose(panel, "", syllable)


def searches_sent(state: SimulatorState) -> list[str]:
    return [r.query for r in state.requests if r.path.endswith(("/depth2", "/depth3"))]


def result_values(panel: RegionPanel) -> set[str]:
    return {p.value for p in panel.results_model.picks()}


def test_local_hits_appear_on_the_keystroke_and_empty_query_shows_the_tree(qtbot, make_panel):
    panel = make_panel(with_catalogue=True)
    type_korean(panel, "논현")
    assert panel.results.isVisible() and not panel.tree.isVisible()
    assert {"I10000105", "K10020110"} <= result_values(panel)  # before any server answer
    panel.search_box.clear()
    assert panel.tree.isVisible() and not panel.results.isVisible()
    assert panel.results_model.hit_count() == 0


def test_ime_pre_edit_already_searches_and_lone_jamo_never_reaches_the_server(
    qtbot, make_panel, sim_state
):
    panel = make_panel(with_catalogue=True)
    compose(panel, "강", "")
    compose(panel, "ㄴ", "강")  # 강 committed, ㄴ still composing: "강ㄴ"
    assert panel.search.query == "강ㄴ"
    names = {p.path[-1] for p in panel.results_model.picks()}
    assert {"강남구", "강남동"} & names
    qtbot.wait(600)
    assert searches_sent(sim_state) == []


def test_typing_a_name_sends_one_search_pair_after_the_pause(qtbot, make_panel, sim_state):
    panel = make_panel(with_catalogue=True)
    for preedit, commit in NONHYEON1_KEYS:
        compose(panel, preedit, commit)
        qtbot.wait(50)
    assert panel.search_box.text() == "논현1동"
    qtbot.waitUntil(lambda: not panel.search.pending)
    sent = searches_sent(sim_state)
    assert len(sent) == 2  # depth2 + depth3, once
    assert all("%EB%85%BC%ED%98%841%EB%8F%99" in q or "논현1동" in q for q in sent)
    assert result_values(panel) == {"I10000105", "K10020110"}


def test_a_new_keystroke_cancels_the_search_in_flight(qtbot, make_panel, sim_state):
    panel = make_panel()
    sim_state.faults.latency_s = 0.5
    type_korean(panel, "논현")
    qtbot.waitUntil(lambda: panel.search._task is not None, timeout=5000)
    stale = panel.search._task
    type_korean(panel, "고")
    qtbot.waitUntil(lambda: stale.done())
    assert stale.cancelled()
    qtbot.waitUntil(lambda: not panel.search.pending, timeout=5000)
    assert result_values(panel) == {"K10020112"}  # 논현고잔동 only: the stale hits never landed


def test_blank_query_never_goes_to_the_server(qtbot, make_panel, sim_state):
    panel = make_panel()
    qtbot.keyClicks(panel.search_box, "   ")
    qtbot.wait(600)
    assert searches_sent(sim_state) == []
    assert panel.tree.isVisible()


def test_server_hits_without_a_catalogue_are_grouped_and_tickable(qtbot, make_panel):
    panel = make_panel()
    type_korean(panel, "논현")
    qtbot.waitUntil(lambda: panel.results_model.hit_count() == 5)
    index = panel.results_model.index_for("K10020110")
    assert index.parent().data(Qt.ItemDataRole.AccessibleTextRole) == "인천광역시"
    tick(panel, index)
    assert picks(panel) == [
        RegionPick("K10020110", "인천광역시 남동구", "인천광역시", "남동구", "논현1동")
    ]
    assert panel.results_model.index_for("K10020110").data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )


# -- keyboard and plain answers (issue 12 item 10) --------------------------------------


def test_enter_in_the_search_box_picks_the_first_result_and_esc_clears_the_search(
    qtbot, make_panel
):
    panel = make_panel(with_catalogue=True)
    panel.search_box.setFocus()
    type_korean(panel, "논현1동")
    first = panel.results_model.pick_at(panel._current_result())
    assert first is not None
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert [p.value for p in picks(panel)] == [first.value]
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == "" and panel.tree.isVisible()


def test_arrow_down_walks_into_the_results_where_enter_picks_and_esc_returns(qtbot, make_panel):
    panel = make_panel(with_catalogue=True)
    panel.search_box.setFocus()
    type_korean(panel, "논현")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    chosen = panel.results_model.pick_at(panel.results.currentIndex())
    assert chosen is not None
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert chosen.value in {p.value for p in picks(panel)}
    qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    assert panel.search_box.hasFocus() and panel.search_box.text() == "논현"


def test_a_hit_already_covered_by_its_picked_parent_says_so(qtbot, make_panel):
    panel = make_panel(with_catalogue=True)
    seoul = child(panel, "서울특별시")
    tick(panel, seoul)
    type_korean(panel, "논현1동")
    index = panel.results_model.index_for("I10000105")
    with qtbot.waitSignal(panel.ctx.statusMessage) as said:
        panel.results.clicked.emit(index)
    assert "already targeted" in said.args[0] and "서울특별시" in said.args[0]
    with qtbot.waitSignal(panel.ctx.statusMessage):
        panel.pick_result(index)  # Enter says the same, and picks nothing twice
    assert [p.value for p in picks(panel)] == ["I"]


def test_one_area_inside_is_named_not_counted_as_1_areas(qtbot, make_panel):
    panel = make_panel()
    seoul = child(panel, "서울특별시")
    expand(qtbot, panel, seoul)
    tick(panel, child(panel, "강남구", seoul))
    tick(panel, seoul)
    assert "1 picked areas" not in panel.conflict_bar.message
    assert "(강남구)" in panel.conflict_bar.message
    assert panel.conflict_bar.button("keepInside").text() == "Keep 강남구"


def test_the_tree_picks_at_every_level_with_arrows_and_space(qtbot, make_panel):
    panel = make_panel()
    tree = panel.tree
    tree.setFocus()
    seoul = child(panel, "서울특별시")
    tree.setCurrentIndex(seoul)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # expands: 시/군/구 load
    qtbot.waitUntil(lambda: panel.tree_model.rowCount(seoul) > 1, timeout=5000)
    gangnam = child(panel, "강남구", seoul)
    tree.setCurrentIndex(gangnam)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: panel.tree_model.rowCount(gangnam) > 1, timeout=5000)
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the first 동 of 강남구
    dong = panel.tree_model.pick_at(tree.currentIndex())
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert dong is not None and dong.depth3_name
    assert [p.value for p in picks(panel)] == [dong.value]
    tree.setCurrentIndex(child(panel, "부산광역시"))
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # a 시/도
    assert {p.depth1_name for p in picks(panel)} == {"서울특별시", "부산광역시"}
