"""Switching the language while the app runs changes every visible string (issue 12 item 7).

The test collects what a planner can read (labels, buttons, placeholders, tab titles, column
headers, menus) after View ▸ Language ▸ 한국어 and fails on any English source string that
has a different Korean translation: such text was set once and never retranslated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moment_gui.domain import kinds
from moment_gui.domain.selection import AudienceKind
from moment_gui.ui.i18n import LanguageSwitcher, translations_dir
from moment_gui.ui.main_window import MainWindow

from .test_main_window import open_window


def _english_with_korean() -> dict[str, str]:
    """Every source text whose Korean differs (accelerators and %-placeholders dropped)."""
    root = ET.parse(translations_dir() / "moment_gui_ko.ts").getroot()
    out: dict[str, str] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        korean = translation.text or ""
        if source and korean and source != korean and "%" not in source and "{" not in source:
            out[_plain(source)] = korean
    return out


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _visible_texts(window: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []

    def add(where: QWidget, text: str) -> None:
        if text and where.isVisible():
            texts.append((where.objectName() or type(where).__name__, _plain(text)))

    for w in window.findChildren(QLabel):
        add(w, w.text())
    for w in window.findChildren(QAbstractButton):
        add(w, w.text())
        add(w, w.toolTip())
    for w in window.findChildren(QLineEdit):
        add(w, w.placeholderText())
    for w in window.findChildren(QGroupBox):
        add(w, w.title())
    for w in window.findChildren(QComboBox):
        if not w.isEditable():
            add(w, w.currentText())
    for w in window.findChildren(QTabWidget):
        for i in range(w.count()):
            add(w, w.tabText(i))
    for w in window.findChildren(QAbstractItemView):
        model = w.model()
        header = getattr(w, "header", None)
        if model is not None and header is not None and not header().isHidden():
            for col in range(model.columnCount()):
                add(w, str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
    for action in window.menuBar().actions():
        texts.append(("menu", _plain(action.text())))
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [("menu item", _plain(a.text())) for a in menu.actions() if a.text()]
    return texts


@pytest.fixture
def window(qtbot: QtBot, qloop: qasync.QEventLoop, qapp) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot)
    win.resize(1400, 900)
    languages = qapp.findChild(LanguageSwitcher)
    assert languages is not None
    yield win
    languages.apply("en")  # never leak Korean into other tests
    win.close_guards.clear()
    win.close()


@pytest.mark.parametrize("panel", ["regions+placements", "cohorts", "pixel", "friend groups"])
def test_every_visible_string_follows_a_live_switch_to_korean(
    qtbot: QtBot, qapp, window: MainWindow, panel: str  # type: ignore[no-untyped-def]
) -> None:
    kind = {
        "cohorts": AudienceKind.COHORT,
        "pixel": AudienceKind.PIXEL_EVENT,
        "friend groups": AudienceKind.FRIEND_GROUP,
    }.get(panel)
    if kind is not None:
        window.focus_area(kinds.of_kind(kind), ())
        window.audience_panel.setCurrentWidget(window.audience_panel.tab(kind))
    qtbot.wait(50)
    assert qapp.findChild(LanguageSwitcher).apply("ko")
    qtbot.wait(50)
    english = _english_with_korean()
    left = sorted({(where, text) for where, text in _visible_texts(window) if text in english})
    if left:
        pytest.fail("still English after switching to Korean:\n" + "\n".join(map(str, left)))
