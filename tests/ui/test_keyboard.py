"""Keyboard honesty (issue 12 item 10): every underlined letter does one thing, in English
and in Korean, and the File menu reads top to bottom with Quit last."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.app import attach_controllers
from moment_gui.domain import kinds
from moment_gui.domain.selection import AudienceKind
from moment_gui.ui.i18n import LanguageSwitcher
from moment_gui.ui.main_window import MainWindow

from .test_main_window import open_window

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def _window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter the window answers to right now."""
    out = [(_letter(a.text()), a.text()) for a in window.menuBar().actions() if a.isVisible()]
    widgets: list[tuple[QWidget, str]] = []
    widgets += [(w, w.text()) for w in window.findChildren(QLabel) if w.buddy() is not None]
    widgets += [(w, w.text()) for w in window.findChildren(QAbstractButton)]
    widgets += [(w, w.title()) for w in window.findChildren(QGroupBox)]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            out += [(_letter(tabs.tabText(i)), tabs.tabText(i)) for i in range(tabs.count())]
    out += [(_letter(text), text) for w, text in widgets if w.isVisible()]
    return [(letter, text) for letter, text in out if letter]


@pytest.fixture
def window(qtbot: QtBot, qloop: qasync.QEventLoop, qapp) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot)
    win.resize(1400, 900)
    attach_controllers(win, demo=True)
    yield win
    qapp.findChild(LanguageSwitcher).apply("en")
    win.close_guards.clear()
    win.close()


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("shown", [None, AudienceKind.PIXEL_EVENT, AudienceKind.FRIEND_GROUP])
def test_no_two_things_share_an_underlined_letter(
    qtbot: QtBot, qapp, window: MainWindow, language: str, shown: AudienceKind | None  # type: ignore[no-untyped-def]
) -> None:
    qapp.findChild(LanguageSwitcher).apply(language)
    if shown is not None:
        window.focus_area(kinds.of_kind(shown), ())
        window.audience_panel.setCurrentWidget(window.audience_panel.tab(shown))
    window.preview.copy_fragment()  # nothing blocks: the bar stays hidden
    qtbot.wait(20)
    found = _window_mnemonics(window)
    twice = {k: [t for letter, t in found if letter == k] for k, n in Counter(
        letter for letter, _ in found
    ).items() if n > 1}
    assert twice == {}, twice
    campaign = [t for letter, t in found if letter == "c"]
    assert len(campaign) == 1 and ("Campaign" in campaign[0] or "캠페인" in campaign[0])


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_menu_has_unique_letters_and_file_ends_with_quit(
    qapp, window: MainWindow, language: str  # type: ignore[no-untyped-def]
) -> None:
    qapp.findChild(LanguageSwitcher).apply(language)

    def check(menu: QMenu) -> None:
        letters = [_letter(a.text()) for a in menu.actions() if a.text() and a.isVisible()]
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]
        for action in menu.actions():
            if action.menu() is not None:
                check(action.menu())

    for action in window.menuBar().actions():
        check(action.menu())
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts[-1] == window.quit_action.text()
    review = window.review_open_action
    assert review is not None and texts.index(review.text()) < texts.index(
        window.quit_action.text()
    )
