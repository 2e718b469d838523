"""The main window over the in-process demo: layout, undo, rules, copy, focus, persistence."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.app import create_demo_window
from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignType, Goal
from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.rules import RuleId
from moment_gui.domain.selection import CategoryPick
from moment_gui.simulator import SimulatorState
from moment_gui.store.settings import Settings
from moment_gui.ui.main_window import MainWindow

CONTRACT_NAMES = (
    "campaignCombo",
    "regionSearch",
    "regionTree",
    "regionResults",
    "pickedRegions",
    "adServingCategoryList",
    "sectionCategoryList",
    "audienceTabs",
    "cohortList",
    "trackIdInput",
    "termSlider",
    "pixelEventList",
    "customerFileList",
    "talkChannelList",
    "syncProfileList",
    "friendGroupChannelCombo",
    "friendGroupList",
    "fragmentPreview",
    "copyFragmentButton",
    "problemList",
)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PETS = CategoryPick("IAB16", "애완동물")


def open_window(qtbot: QtBot, world: SimulatorState | None = None) -> MainWindow:
    window = create_demo_window(world=world)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    task = window.start_loading()
    qtbot.waitUntil(task.done, timeout=15000)
    return window


@pytest.fixture
def window(qtbot: QtBot, qloop: qasync.QEventLoop) -> Iterator[MainWindow]:
    win = open_window(qtbot)
    yield win
    win.close_guards.clear()
    win.close()


def _problem_rows(window: MainWindow) -> list[str]:
    return [p.rule.value for p in window.problems.problems]


def _choose(window: MainWindow, campaign_type: CampaignType, goal: Goal) -> None:
    window.campaign_bar.set_campaign(campaign_type, goal)


def test_every_contract_object_name_is_present_and_accessible(window: MainWindow) -> None:
    missing = [n for n in CONTRACT_NAMES if window.findChild(QWidget, n) is None]
    assert missing == []
    for name in ("campaignCombo", "fragmentPreview", "copyFragmentButton", "problemList"):
        assert window.findChild(QWidget, name).accessibleName() == name


def test_loaded_demo_window_says_it_is_demo_data_and_ready(window: MainWindow) -> None:
    assert "Demo" in window.status.source.text()
    assert window.status.text == "Ready"
    assert not window.status.retry_button.isVisible()


def test_campaign_change_is_undoable_and_rules_recheck_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    state = window.ctx.state
    state.apply(state.selection.with_ad_serving_categories([PETS]), "add Pets")
    assert RuleId.AD_SERVING_CATEGORIES.value not in _problem_rows(window)
    _choose(window, CampaignType.DISPLAY, Goal.CONVERSION)
    assert RuleId.AD_SERVING_CATEGORIES.value in _problem_rows(window)
    assert "error" in window.problems._summary.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.selection.campaign is None
    assert RuleId.AD_SERVING_CATEGORIES.value not in _problem_rows(window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert state.selection.campaign is not None
    assert window.campaign_bar.combo.currentText() == "Display · Conversion"


def test_clicking_a_problem_brings_its_panel_forward(qtbot: QtBot, window: MainWindow) -> None:
    state = window.ctx.state
    state.apply(state.selection.with_ad_serving_categories([PETS]), "add Pets")
    _choose(window, CampaignType.DISPLAY, Goal.CONVERSION)
    window.tabs.setCurrentWidget(window.audience_panel)
    row = _problem_rows(window).index(RuleId.AD_SERVING_CATEGORIES.value)
    item = window.problems.list.item(row)
    rect = window.problems.list.visualItemRect(item)
    qtbot.mouseClick(window.problems.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.placement_panel
    assert window.panels[kinds.AD_SERVING] is window.placement_panel
    assert window.panels[kinds.REGIONS] is window.region_panel
    assert window.panels[kinds.COHORT] is window.audience_panel


def test_applying_a_fix_is_one_undoable_step(qtbot: QtBot, window: MainWindow) -> None:
    state = window.ctx.state
    state.apply(state.selection.with_ad_serving_categories([PETS]), "add Pets")
    _choose(window, CampaignType.DISPLAY, Goal.CONVERSION)
    window.problems.list.setCurrentRow(
        _problem_rows(window).index(RuleId.AD_SERVING_CATEGORIES.value)
    )
    assert window.problems.fix_button.isEnabled()
    steps = state.undo_stack.count()
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert state.selection.ad_serving_categories == ()
    assert RuleId.AD_SERVING_CATEGORIES.value not in _problem_rows(window)
    assert state.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert state.selection.ad_serving_categories == (PETS,)


def test_ctrl_shift_c_copies_the_fragment_shown(qtbot: QtBot, window: MainWindow) -> None:
    state = window.ctx.state
    state.apply(state.selection.with_ad_serving_categories([PETS]), "add Pets")
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    copied = QGuiApplication.clipboard().text()
    assert copied == window.preview.text
    assert json.loads(copied) == to_fragment(state.selection)


def test_ctrl_f_puts_the_cursor_in_region_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.preview.editor.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(QLineEdit, "regionSearch")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)


def test_a_close_guard_can_keep_the_window_open(window: MainWindow) -> None:
    asked: list[bool] = []
    window.close_guards.append(lambda: asked.append(True) or False)
    assert window.close() is False
    assert asked == [True] and window.isVisible()


def test_window_size_and_splitters_come_back_next_start(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    first = open_window(qtbot)
    first.resize(780, 650)  # within the 800×800 offscreen screen
    first.splitter.setSizes([240, 260, 280])
    wanted = first.splitter.sizes()
    assert first.close()
    saved = Settings.load()
    assert saved.splitter_sizes["main"] == wanted
    second = create_demo_window()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(780, 650)
    assert second.splitter.sizes() == wanted
    second.close()


def test_a_failing_panel_is_named_in_the_status_bar_and_retry_recovers(
    qtbot: QtBot, qloop: qasync.QEventLoop, sim_state: SimulatorState
) -> None:
    sim_state.valid_tokens.clear()
    win = open_window(qtbot, sim_state)
    assert win.status.is_error and win.status.retry_button.isVisible()
    sim_state.valid_tokens.add("demo-token")
    qtbot.mouseClick(win.status.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.status.text == "Ready", timeout=15000)
    win.close()


def test_status_messages_from_any_panel_reach_the_status_bar(window: MainWindow) -> None:
    window.ctx.statusMessage.emit("Copied 3 regions")
    assert window.status.text == "Copied 3 regions"


def test_fix_button_offers_the_first_fixable_problem_without_a_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    state = window.ctx.state
    state.apply(state.selection.with_ad_serving_categories([PETS]), "add Pets")
    _choose(window, CampaignType.DISPLAY, Goal.CONVERSION)
    assert window.problems.list.currentRow() == -1
    assert window.problems.fix_button.isEnabled()
    assert "Network" in window.problems.fix_button.text()
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert state.selection.ad_serving_categories == ()


def test_a_debounce_firing_after_the_window_closed_starts_no_work(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    win = open_window(qtbot)
    slider = win.findChild(QWidget, "termSlider")
    assert slider is not None
    slider.setValue(slider.value() + 5)  # starts the term debounce timer
    win.close_guards.clear()
    win.close()
    ran: list[bool] = []

    async def late() -> None:
        ran.append(True)

    task = win.ctx.spawn(late())
    assert task.done() and task.cancelled()
    qtbot.wait(700)  # past the term debounce: its refetch must be refused quietly
    assert ran == []
    assert not win.ctx.busy


def test_kakao_data_and_demographic_problems_bring_their_tabs_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    from moment_gui.domain.demographics import DeviceType
    from moment_gui.domain.kakao_data import DataCategoryPick, DataKind

    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "&Placements",
        "&Audiences",
        "&Kakao data",
        "&Demographics",
    ]
    assert window.panels[kinds.INTERESTS] is window.kakao_data_panel
    assert window.panels[kinds.DEMOGRAPHICS] is window.demographics_panel
    state = window.ctx.state
    both = [DataCategoryPick(DataKind.BUSINESS_TYPE, i, i) for i in ("B01", "B0101")]
    state.apply(state.selection.with_data_categories(both), "paste")
    nobody = state.selection.demographics.with_devices([DeviceType.PC]).with_devices([])
    state.apply(state.selection.with_demographics(nobody), "devices")
    for rule, panel in (
        (RuleId.DATA_CATEGORY_AT_TWO_LEVELS, window.kakao_data_panel),
        (RuleId.DEMOGRAPHIC_NOTHING_CHOSEN, window.demographics_panel),
    ):
        window.tabs.setCurrentWidget(window.placement_panel)
        item = window.problems.list.item(_problem_rows(window).index(rule.value))
        rect = window.problems.list.visualItemRect(item)
        qtbot.mouseClick(
            window.problems.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        assert window.tabs.currentWidget() is panel
    tree = window.kakao_data_panel.trees[DataKind.BUSINESS_TYPE]
    assert tree.tree.currentIndex().data(Qt.ItemDataRole.UserRole) == "B01"


def test_edit_paste_a_list_of_regions_opens_the_flow_in_the_regions_panel(
    window: MainWindow,
) -> None:
    action = window.paste_region_list_action
    assert action is not None and action in window.edit_menu.actions()
    assert action.text() == "Paste a &list of regions…"
    QGuiApplication.clipboard().setText("해운대구\n")
    action.trigger()
    assert window.region_panel.pages.currentWidget() is window.region_panel.paste_list
