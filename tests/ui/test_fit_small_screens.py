"""Everything a planner needs to decide fits at 1,280×720 and 1,400×900 (issue 12 item 9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from moment_gui.domain import kinds
from moment_gui.domain.selection import AudienceKind, Inclusion
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.audiences.pixel import PixelEventTab
from moment_gui.ui.main_window import MainWindow

from .test_main_window import open_window


@pytest.fixture(params=[(1280, 720), (1400, 900)], ids=["1280x720", "1400x900"])
def window(request, qtbot: QtBot, qloop: qasync.QEventLoop) -> Iterator[MainWindow]:
    win = open_window(qtbot)
    win.resize(*request.param)
    win.focus_area(kinds.of_kind(AudienceKind.COHORT), ())
    qtbot.waitUntil(lambda: win.width() == request.param[0], timeout=2000)
    qtbot.wait(50)
    yield win
    win.close_guards.clear()
    win.close()


def test_every_audience_tab_title_is_on_screen_without_scroll_arrows(window: MainWindow) -> None:
    bar = window.audience_panel.tabBar()
    assert not window.audience_panel.usesScrollButtons()
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() <= bar.width(), bar.tabText(index)
    assert "Friend groups" in bar.tabToolTip(bar.count() - 1)


def _columns_on_screen(tab: AudienceListTab) -> None:
    view, header = tab.view, tab.view.header()
    right = view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to sideways
    for col in range(tab.model.columnCount()):
        title = tab.model.headerData(col, Qt.Orientation.Horizontal)
        start = header.sectionViewportPosition(col)
        assert start >= 0 and start + header.sectionSize(col) <= right, title
        assert header.sectionSize(col) >= 48, title


def test_cohort_columns_including_audience_type_and_status_are_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.audience_panel.tab(AudienceKind.COHORT)
    window.audience_panel.setCurrentWidget(tab)
    qtbot.wait(50)
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert "Audience type" in headers and "Status" in headers
    _columns_on_screen(tab)
    assert tab.view.header().sectionSize(0) >= 100  # the name keeps a readable width


@pytest.mark.parametrize("kind", [k for k in AudienceKind if k is not AudienceKind.COHORT])
def test_every_other_audience_table_fits_too(
    qtbot: QtBot, window: MainWindow, kind: AudienceKind
) -> None:
    tab = window.audience_panel.tab(kind)
    window.audience_panel.setCurrentWidget(tab)
    qtbot.wait(50)
    _columns_on_screen(tab)


def test_the_tracker_box_shows_the_trackers_name_and_whole_id(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.audience_panel.tab(AudienceKind.PIXEL_EVENT)
    assert isinstance(tab, PixelEventTab)
    window.audience_panel.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.track_id is not None, timeout=5000)
    line = tab.tracker.lineEdit()
    text = line.text()
    assert tab.track_id in text
    qtbot.wait(50)
    assert line.fontMetrics().horizontalAdvance(text) < line.width() - 8
    assert line.cursorPosition() == 0 or line.hasFocus()


def _check_box_pixels(tab: AudienceListTab, key: str) -> list[QColor]:
    row = tab.model.row_of(key)
    assert row is not None
    index = tab.proxy.mapFromSource(tab.model.index(row, 0))
    option = QStyleOptionViewItem()
    tab.view.initViewItemOption(option)
    tab.view.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = tab.view.visualRect(index)
    box = tab.view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tab.view
    )
    image: QImage = tab.view.viewport().grab().toImage()
    return [
        image.pixelColor(x, y)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    ]


def _reddish(colours: list[QColor]) -> int:
    return sum(1 for c in colours if c.red() > 150 and c.green() < 110 and c.blue() < 110)


def test_an_excluded_row_shows_a_red_cross_and_a_struck_name_not_a_tick(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.audience_panel.tab(AudienceKind.COHORT)
    window.audience_panel.setCurrentWidget(tab)
    included, excluded = tab.model.row(0).key, tab.model.row(1).key
    tab.model.request(included, Inclusion.INCLUDE)
    tab.model.request(excluded, Inclusion.EXCLUDE)
    qtbot.wait(50)
    assert _reddish(_check_box_pixels(tab, excluded)) > 4
    assert _reddish(_check_box_pixels(tab, included)) == 0
    font = tab.model.data(tab.model.index(1, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()
