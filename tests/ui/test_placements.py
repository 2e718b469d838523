"""Placements panel against the in-process simulator: both lists, locks by campaign with the
reason in plain words, picks kept under a lock, select all/none as single undo steps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.ui.context import AppContext
from moment_gui.ui.placements import PlacementPanel
from moment_gui.ui.widgets.checklist import KEY_ROLE, ChecklistWidget

BIZBOARD_ON_TALK = CampaignContext(
    CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION, frozenset({Placement.KAKAO_TALK})
)
DISPLAY_CONVERSION = CampaignContext(CampaignType.DISPLAY, Goal.CONVERSION)
DISPLAY_VISITING = CampaignContext(CampaignType.DISPLAY, Goal.VISITING)


@pytest.fixture
def panel_ctx(qtbot, qloop, sim_ctx) -> Iterator[tuple[PlacementPanel, AppContext]]:
    ctx = sim_ctx
    panel = PlacementPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    task = ctx.spawn(panel.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    yield panel, ctx
    ctx.cancel_all()


def set_campaign(ctx: AppContext, campaign: CampaignContext | None) -> None:
    ctx.state.apply(ctx.state.selection.with_campaign(campaign), "campaign")


def click_check(qtbot, checklist: ChecklistWidget, key: str) -> None:
    row = checklist.model.row_of(key)
    assert row is not None, key
    idx = checklist.proxy.mapFromSource(checklist.model.index(row, 0))
    view = checklist.view
    view.scrollTo(idx)
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    view.itemDelegateForIndex(idx).initStyleOption(opt, idx)
    opt.rect = view.visualRect(idx)
    element = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    rect = view.style().subElementRect(element, opt, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_both_lists_load_the_demo_categories(panel_ctx, sim_state) -> None:
    panel, _ = panel_ctx
    network = panel.ad_serving.checklist
    assert network.view.objectName() == "adServingCategoryList"
    codes = [network.model.index(r, 0).data(KEY_ROLE) for r in range(network.model.rowCount())]
    assert codes == [c["code"] for c in sim_state.ad_serving_categories]
    section = panel.section.checklist
    assert section.view.objectName() == "sectionCategoryList"
    assert section.model.rowCount() == len(sim_state.section_categories)
    assert panel.ad_serving.status.text == panel.section.status.text == "demo data"


def test_ticking_a_network_category_is_one_undoable_pick(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    set_campaign(ctx, DISPLAY_VISITING)
    click_check(qtbot, panel.ad_serving.checklist, "IAB8")
    picks = ctx.state.selection.ad_serving_categories
    assert [(p.code, p.name) for p in picks] == [("IAB8", "식음료")]
    ctx.state.undo_stack.undo()
    assert ctx.state.selection.ad_serving_categories == ()
    row = panel.ad_serving.checklist.model.row_of("IAB8")
    state = panel.ad_serving.checklist.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.Unchecked


def test_select_all_and_none_are_single_undo_steps(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    set_campaign(ctx, DISPLAY_VISITING)
    network = panel.ad_serving.checklist
    steps = ctx.state.undo_stack.count()
    qtbot.mouseClick(network.select_all, Qt.MouseButton.LeftButton)
    assert len(ctx.state.selection.ad_serving_categories) == network.model.rowCount()
    assert ctx.state.undo_stack.count() == steps + 1
    qtbot.mouseClick(network.select_none, Qt.MouseButton.LeftButton)
    assert ctx.state.selection.ad_serving_categories == ()
    assert ctx.state.undo_stack.count() == steps + 2


def test_section_categories_are_locked_with_the_reason_unless_bizboard_on_talk(
    qtbot, panel_ctx
) -> None:
    panel, ctx = panel_ctx
    section = panel.section.checklist
    for campaign in (
        None,
        DISPLAY_VISITING,
        CampaignContext(CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION),
    ):
        set_campaign(ctx, campaign)
        assert section.model.locked, campaign
        assert "only for Kakao Bizboard campaigns placed on Kakao Talk" in section.reason.text()
        click_check(qtbot, section, "KKO99-1")
        assert ctx.state.selection.section_categories == ()
    set_campaign(ctx, BIZBOARD_ON_TALK)
    assert not section.model.locked and section.reason.isHidden()
    click_check(qtbot, section, "KKO99-1")
    assert [c.code for c in ctx.state.selection.section_categories] == ["KKO99-1"]


def test_network_categories_are_locked_for_display_conversion(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    network = panel.ad_serving.checklist
    set_campaign(ctx, DISPLAY_CONVERSION)
    assert network.model.locked and "Display × Conversion" in network.reason.text()
    assert not network.select_all.isEnabled()
    click_check(qtbot, network, "IAB1")
    assert ctx.state.selection.ad_serving_categories == ()
    set_campaign(ctx, DISPLAY_VISITING)
    assert not network.model.locked


def test_a_lock_keeps_earlier_picks_ticked_and_removable(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    set_campaign(ctx, BIZBOARD_ON_TALK)
    section = panel.section.checklist
    click_check(qtbot, section, "KKO2-1")
    set_campaign(ctx, DISPLAY_VISITING)  # the campaign changed after picking
    assert [c.code for c in ctx.state.selection.section_categories] == ["KKO2-1"]
    row = section.model.row_of("KKO2-1")
    assert section.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    click_check(qtbot, section, "KKO2-1")
    assert ctx.state.selection.section_categories == ()


def test_a_pick_the_server_no_longer_lists_is_shown_not_dropped(qtbot, panel_ctx, sim_state):
    panel, ctx = panel_ctx
    set_campaign(ctx, DISPLAY_VISITING)
    click_check(qtbot, panel.ad_serving.checklist, "IAB2")
    sim_state.ad_serving_categories = [
        c for c in sim_state.ad_serving_categories if c["code"] != "IAB2"
    ]
    panel.ad_serving.reload()
    qtbot.waitUntil(lambda: not ctx.busy, timeout=5_000)
    model = panel.ad_serving.checklist.model
    row = model.row_of("IAB2")
    assert row is not None and not model.item(row).usable
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_focus_items_selects_the_named_categories(panel_ctx) -> None:
    panel, _ = panel_ctx
    panel.focus_items(kinds.SECTION, ("KKO3-1",))
    selected = panel.section.checklist.view.selectionModel().selectedIndexes()
    assert [i.data(KEY_ROLE) for i in selected] == ["KKO3-1"]


def test_a_server_error_shows_beside_the_list_and_retry_recovers(qtbot, qloop, sim_state, sim_ctx):
    sim_state.faults.error_rate = 1.0
    ctx = sim_ctx
    panel = PlacementPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    task = ctx.spawn(panel.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    assert panel.ad_serving.status.is_error and panel.section.status.is_error
    sim_state.faults.error_rate = 0.0
    qtbot.mouseClick(panel.section.status._retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.section.checklist.model.rowCount() > 0, timeout=5_000)
    assert panel.section.status.text == "demo data"
    ctx.cancel_all()


def test_checklist_models_pass_qt_model_tester(qtmodeltester, panel_ctx) -> None:
    panel, ctx = panel_ctx
    set_campaign(ctx, BIZBOARD_ON_TALK)
    qtmodeltester.check(panel.ad_serving.checklist.model)
    qtmodeltester.check(panel.section.checklist.model)


def test_network_filter_finds_a_category_by_its_choseong(qtbot, panel_ctx, ime_type) -> None:
    panel, _ = panel_ctx
    network = panel.ad_serving.checklist
    ime_type(network.filter, "ㅅㅇ")  # 식음료 by its first two 초성, as planners type
    shown = [network.proxy.index(r, 0).data(KEY_ROLE) for r in range(network.proxy.rowCount())]
    assert shown == ["IAB8"]
    click_check(qtbot, network, "IAB8")
    assert [c.name for c in panel.ctx.state.selection.ad_serving_categories] == ["식음료"]
