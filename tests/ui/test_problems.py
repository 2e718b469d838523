"""The problem list shows every sentence whole, however many problems are listed."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    TargetingSelection,
)
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.problems import ProblemList
from moment_gui.ui.state import SelectionState


class _NoLookups:
    """The problem list never looks anything up."""


def _three_errors() -> TargetingSelection:
    return TargetingSelection(
        campaign=CampaignContext(CampaignType.DISPLAY, Goal.CONVERSION),
        ad_serving_categories=(CategoryPick("IAB16", "Pets"),),
        audiences=(
            AudiencePick(
                AudienceKind.COHORT, "7", Inclusion.INCLUDE, "장바구니 방문자",
                status="AVAILABLE", audience_type="MESSAGE",
            ),
            AudiencePick(
                AudienceKind.FRIEND_GROUP, "9", Inclusion.INCLUDE, "VIP 친구", status="COMPLETE"
            ),
        ),
    )


@pytest.fixture
def problems(qtbot: QtBot) -> ProblemList:
    widget = ProblemList(AppContext(SelectionState(), _NoLookups()))  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(360, 500)
    widget.show()
    widget._ctx.state.apply(_three_errors(), "build")
    return widget


def test_every_problem_row_is_tall_enough_for_its_whole_sentence(
    qtbot: QtBot, problems: ProblemList
) -> None:
    view = problems.list
    assert view.count() >= 3
    problems.resize(1200, 500)  # laid out wide, then the window narrows (a splitter drag)
    qtbot.wait(50)
    problems.resize(360, 500)
    qtbot.wait(50)
    for row in range(view.count()):
        text_rect, needed = _text_room(view, row)
        assert needed > view.fontMetrics().height()  # one line would cut it off
        assert text_rect.height() >= needed, view.item(row).text()


def _text_room(view, row: int) -> tuple[QRect, int]:  # type: ignore[no-untyped-def]
    """Where the style draws row's text, and the height its whole sentence needs there."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = view.visualRect(index)
    text_rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemText, option, view
    )
    # Measured the way the style lays the text out when it paints (QTextLayout, font
    # fallback included: Hangul lines are taller than the Latin font's metrics say).
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
    layout = QTextLayout(option.text, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(text_option)
    layout.beginLayout()
    heights = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(text_rect.width() - 2 * margin)
        heights.append(line.height())
    layout.endLayout()
    # The style elides unless every line fits at the tallest line's height.
    return text_rect, math.ceil(len(heights) * max(heights))


def test_rows_rewrap_when_the_list_gets_wider(qtbot: QtBot, problems: ProblemList) -> None:
    view = problems.list
    qtbot.wait(50)
    narrow = view.visualItemRect(view.item(1)).height()
    problems.resize(1200, 500)
    qtbot.waitUntil(lambda: view.visualItemRect(view.item(1)).height() < narrow, timeout=2_000)


def test_the_tooltip_is_the_sentence_and_its_fix_not_codes(problems: ProblemList) -> None:
    item = problems.list.item(0)
    problem = problems.problems[0]
    assert tr_message(problem.text) in item.toolTip()
    assert "Remove the Network categories" in item.toolTip()
