"""The campaign context bar: every creatable type × goal, placements, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moment_gui.domain.campaign import CREATABLE_COMBINATIONS, CampaignType, Goal, Placement
from moment_gui.ui.campaign_bar import CampaignBar
from moment_gui.ui.context import AppContext
from moment_gui.ui.state import SelectionState


@pytest.fixture
def bar(qtbot: QtBot) -> CampaignBar:
    ctx = AppContext(SelectionState(), object())  # type: ignore[arg-type]
    widget = CampaignBar(ctx)
    qtbot.addWidget(widget)
    return widget


def _state(bar: CampaignBar) -> SelectionState:
    return bar._ctx.state


def test_combo_offers_each_creatable_combination_with_a_readable_label(bar: CampaignBar) -> None:
    labels = [bar.combo.itemText(i) for i in range(1, bar.combo.count())]
    assert len(labels) == len(CREATABLE_COMBINATIONS)
    assert "Kakao Bizboard · Conversion" in labels
    assert "Kakao Talk Channel · Reach" in labels
    assert bar.combo.objectName() == bar.combo.accessibleName() == "campaignCombo"


def test_choosing_a_campaign_is_one_undoable_step(bar: CampaignBar) -> None:
    state = _state(bar)
    bar.combo.setCurrentIndex(bar.combo.findText("Display · Conversion"))
    campaign = state.selection.campaign
    assert campaign is not None
    assert (campaign.campaign_type, campaign.goal) == (CampaignType.DISPLAY, Goal.CONVERSION)
    assert state.undo_stack.count() == 1
    assert "Display · Conversion" in state.undo_stack.undoText()
    state.undo_stack.undo()
    assert state.selection.campaign is None
    assert bar.combo.currentIndex() == 0


def test_placements_are_disabled_until_a_campaign_is_chosen(bar: CampaignBar) -> None:
    assert not bar.placement_boxes[Placement.KAKAO_TALK].isEnabled()
    bar.set_campaign(CampaignType.TALK_BIZ_BOARD, Goal.VISITING)
    assert bar.placement_boxes[Placement.KAKAO_TALK].isEnabled()


def test_ticking_a_placement_is_undoable_and_survives_a_campaign_change(
    qtbot: QtBot, bar: CampaignBar
) -> None:
    state = _state(bar)
    bar.set_campaign(CampaignType.TALK_BIZ_BOARD, Goal.VISITING)
    box = bar.placement_boxes[Placement.KAKAO_TALK]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert state.selection.campaign is not None
    assert state.selection.campaign.placements == frozenset({Placement.KAKAO_TALK})
    bar.set_campaign(CampaignType.TALK_BIZ_BOARD, Goal.CONVERSION)
    assert state.selection.campaign.placements == frozenset({Placement.KAKAO_TALK})
    state.undo_stack.undo()
    state.undo_stack.undo()
    assert not box.isChecked()
    assert state.selection.campaign.placements == frozenset()


def test_bar_mirrors_a_selection_set_elsewhere(bar: CampaignBar) -> None:
    from moment_gui.domain.campaign import CampaignContext

    state = _state(bar)
    campaign = CampaignContext(CampaignType.VIDEO, Goal.VIEW, frozenset({Placement.DAUM}))
    state.reset(state.selection.with_campaign(campaign))
    assert bar.combo.currentText() == "Video · View"
    assert bar.placement_boxes[Placement.DAUM].isChecked()
    assert state.undo_stack.count() == 0  # mirroring never records an edit
