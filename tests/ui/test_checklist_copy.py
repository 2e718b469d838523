"""Copy as checklist (the preview's button and Edit ▸ Copy as checklist): the selection as
plain text for Kakao Moment's web screens, in the language the window speaks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from moment_gui.domain.checklist import render_checklist
from moment_gui.domain.demographics import Demographics, Gender
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.selection import RegionPick, TargetingSelection
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import LanguageSwitcher, qm_path
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.preview import FragmentPreview
from moment_gui.ui.state import SelectionState

SEL = (
    TargetingSelection()
    .with_regions([RegionPick("B2233", "경기도 성남시 분당구", "경기도", "성남시 분당구")])
    .with_data_categories([DataCategoryPick(DataKind.INTEREST, "I0101", "모바일게임")])
    .with_demographics(Demographics().with_genders([Gender.FEMALE]).with_ages(["20", "25"]))
)


class _NoLookups:
    """Copying never looks anything up; a context needs something in that slot."""


@pytest.fixture
def preview(qtbot) -> FragmentPreview:
    ctx = AppContext(SelectionState(), _NoLookups())  # type: ignore[arg-type]
    ctx.state.apply(SEL, "picks")
    widget = FragmentPreview(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    if not qm_path("ko").exists():
        pytest.fail("the Korean catalogue is not built: bash scripts/update_translations.sh")
    existing = qapp.findChild(LanguageSwitcher)
    switcher = existing if existing is not None else LanguageSwitcher(qapp)
    assert switcher.apply("ko")
    yield switcher
    switcher.apply("en")  # never leak Korean into other tests


def test_the_button_copies_the_english_checklist(qtbot, preview: FragmentPreview) -> None:
    with qtbot.waitSignal(preview._ctx.statusMessage) as said:
        qtbot.mouseClick(preview.copy_checklist_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == render_checklist(SEL, "en")
    assert "모바일게임" in text and "Interests" in text and "Female" in text
    assert said.args[0] == f"Copied the checklist ({text.count(chr(10))} lines)"


def test_in_korean_it_copies_the_web_screens_korean_words(
    qtbot, preview: FragmentPreview, korean: LanguageSwitcher
) -> None:
    qtbot.waitUntil(lambda: preview.copy_checklist_button.text() != "Copy as checkl&ist")
    qtbot.mouseClick(preview.copy_checklist_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == render_checklist(SEL, "ko")
    assert "관심사" in text and "지역" in text and "여성" in text


def test_the_edit_menu_action_copies_the_same_text(qtbot, qloop) -> None:
    factories = {
        key: (lambda c, p: QWidget(p))
        for key in ("regions", "placements", "audiences", "kakao_data", "demographics")
    }
    ctx = AppContext(SelectionState(), _NoLookups())  # type: ignore[arg-type]
    window = MainWindow(ctx, Settings.load(), panel_factories=factories)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    ctx.state.apply(SEL, "picks")
    QGuiApplication.clipboard().clear()
    assert window.copy_checklist_action in window.edit_menu.actions()
    window.copy_checklist_action.trigger()
    assert QGuiApplication.clipboard().text() == render_checklist(SEL, "en")
