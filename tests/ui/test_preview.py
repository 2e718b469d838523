"""The fragment preview shows, live, exactly what Copy puts on the clipboard."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.demographics import Demographics, DeviceType, Gender
from moment_gui.domain.fragment import to_fragment
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)
from moment_gui.ui.context import AppContext
from moment_gui.ui.preview import FragmentPreview, JsonHighlighter, fragment_text
from moment_gui.ui.state import SelectionState

SEOUL = RegionPick("I", "서울특별시", "서울특별시")
BUNDANG = RegionPick("B2233", "경기도 성남시 분당구", "경기도", "성남시 분당구")
COHORT = AudiencePick(AudienceKind.COHORT, "7", Inclusion.INCLUDE, "장바구니 방문자")


class _NoLookups:
    """The preview never looks anything up; a context needs something in that slot."""


@pytest.fixture
def preview(qtbot: QtBot) -> FragmentPreview:
    ctx = AppContext(SelectionState(), _NoLookups())  # type: ignore[arg-type]
    widget = FragmentPreview(ctx)
    qtbot.addWidget(widget)
    return widget


def _state(preview: FragmentPreview) -> SelectionState:
    return preview._ctx.state


def test_preview_follows_every_change_including_undo(preview: FragmentPreview) -> None:
    state = _state(preview)
    state.apply(state.selection.with_regions([SEOUL]), "add Seoul")
    assert json.loads(preview.text) == to_fragment(state.selection)
    state.apply(state.selection.with_audience(COHORT), "add cohort")
    assert json.loads(preview.text)["targeting"]["cohortTargetings"] == [
        {"cohortId": 7, "inclusionType": "INCLUDE"}
    ]
    state.undo_stack.undo()
    assert "cohortTargetings" not in json.loads(preview.text)["targeting"]


def test_preview_keeps_hangul_readable(preview: FragmentPreview) -> None:
    state = _state(preview)
    state.apply(state.selection.with_regions([BUNDANG]), "add Bundang")
    assert "성남시 분당구" in preview.text
    assert "\\u" not in preview.text


def test_copy_fragment_puts_the_exact_json_on_the_clipboard(
    qtbot: QtBot, preview: FragmentPreview
) -> None:
    state = _state(preview)
    sel = TargetingSelection(
        campaign=CampaignContext(CampaignType.DISPLAY, Goal.VISITING),
        regions=(SEOUL,),
        ad_serving_categories=(CategoryPick("IAB16", "Pets"),),
    )
    state.apply(sel, "build")
    qtbot.mouseClick(preview.copy_fragment_button, _left())
    copied = QGuiApplication.clipboard().text()
    assert copied == fragment_text(sel) == preview.text
    assert json.loads(copied)["adServingCategories"] == ["IAB16"]


def test_copy_targeting_puts_only_the_targeting_object_on_the_clipboard(
    qtbot: QtBot, preview: FragmentPreview
) -> None:
    state = _state(preview)
    sel = TargetingSelection(regions=(SEOUL,), ad_serving_categories=(CategoryPick("IAB8", "F"),))
    state.apply(sel, "build")
    qtbot.mouseClick(preview.copy_targeting_button, _left())
    copied = json.loads(QGuiApplication.clipboard().text())
    assert copied == to_fragment(sel, targeting_only=True)
    assert "adServingCategories" not in copied and "locations" in copied


def test_targeting_only_toggle_changes_the_view_not_the_copy(
    qtbot: QtBot, preview: FragmentPreview
) -> None:
    state = _state(preview)
    sel = TargetingSelection(regions=(SEOUL,), section_categories=(CategoryPick("KKO99-1", "S"),))
    state.apply(sel, "build")
    preview.targeting_only.click()
    assert json.loads(preview.text) == to_fragment(sel, targeting_only=True)
    qtbot.mouseClick(preview.copy_fragment_button, _left())
    assert json.loads(QGuiApplication.clipboard().text()) == to_fragment(sel)


def test_copy_reports_in_the_status_line(qtbot: QtBot, preview: FragmentPreview) -> None:
    with qtbot.waitSignal(preview._ctx.statusMessage) as blocker:
        preview.copy_fragment()
    assert "Copied" in blocker.args[0]


def test_highlighter_colours_keys_strings_and_numbers_differently(
    preview: FragmentPreview,
) -> None:
    state = _state(preview)
    state.apply(state.selection.with_audience(COHORT), "add cohort")
    doc = preview.editor.document()
    line = next(b for b in _blocks(doc) if '"cohortId"' in b.text())
    colours = {
        fmt.start: fmt.format.foreground().color()
        for fmt in line.layout().formats()
        if fmt.length > 0
    }
    key_at = line.text().index('"cohortId"')
    number_at = line.text().index("7")
    highlighter: JsonHighlighter = preview.highlighter
    assert colours[key_at] == highlighter.formats["key"].foreground().color()
    assert colours[number_at] == highlighter.formats["number"].foreground().color()
    assert colours[key_at] != colours[number_at] != QColor("black")


def test_demographic_fields_are_underlined_and_said_to_be_unconfirmed_for_v4(
    preview: FragmentPreview,
) -> None:
    """Issue 13: genderType/genders/ageType/ages and the device fields are [observed] only."""
    state = _state(preview)
    state.apply(state.selection.with_regions([SEOUL]), "add Seoul")
    assert preview.observed_note.isHidden()  # nothing demographic in the JSON: no note
    demo = Demographics().with_genders([Gender.FEMALE]).with_ages(["20", "25"])
    state.apply(state.selection.with_demographics(demo.with_devices([DeviceType.IOS])), "demo")
    note = preview.observed_note
    assert not note.isHidden()
    assert "2021 request bodies, not confirmed for API v4" in note.text()
    for name in ("genderType", "genders", "ageType", "ages", "allAvailableDeviceType"):
        assert name in note.text()
    underlined = preview.highlighter.formats["unconfirmed"].underlineStyle()
    doc = preview.editor.document()
    for key in ('"ages"', '"deviceTypes"', '"genderType"'):
        line = next(b for b in _blocks(doc) if key in b.text())
        at = line.text().index(key)
        styles = {f.start: f.format.underlineStyle() for f in line.layout().formats()}
        assert styles.get(at) == underlined != styles.get(line.text().index(":"))
    # The device fields sit beside `targeting`, so "targeting only" drops them from the note.
    preview.targeting_only.setChecked(True)
    assert "deviceTypes" not in note.text() and "ages" in note.text()
    state.undo_stack.undo()
    assert preview.observed_note.isHidden()


def _blocks(doc):  # type: ignore[no-untyped-def]
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _with_rule_errors() -> TargetingSelection:
    """Display x Conversion with Network categories: two picks Kakao rejects (one error)."""
    return TargetingSelection(
        campaign=CampaignContext(CampaignType.DISPLAY, Goal.CONVERSION),
        regions=(SEOUL,),
        ad_serving_categories=(CategoryPick("IAB16", "Pets"), CategoryPick("IAB8", "Food")),
    )


def test_copy_with_rule_errors_copies_nothing_and_says_why_in_the_window(
    qtbot: QtBot, preview: FragmentPreview
) -> None:
    preview.show()
    QGuiApplication.clipboard().setText("before")
    _state(preview).apply(_with_rule_errors(), "build")
    qtbot.mouseClick(preview.copy_fragment_button, _left())
    assert QGuiApplication.clipboard().text() == "before"
    assert preview.blocked_bar.isVisible()
    assert "1 rule error" in preview.blocked_bar.text
    anyway = preview.findChild(QPushButton, "copyAnywayButton")
    assert anyway is not None and anyway.isVisible()
    qtbot.mouseClick(anyway, _left())
    assert QGuiApplication.clipboard().text() == fragment_text(_with_rule_errors())
    assert not preview.blocked_bar.isVisible()


def test_copy_targeting_anyway_copies_the_targeting_only(
    qtbot: QtBot, preview: FragmentPreview
) -> None:
    preview.show()
    _state(preview).apply(_with_rule_errors(), "build")
    qtbot.mouseClick(preview.copy_targeting_button, _left())
    qtbot.mouseClick(preview.findChild(QPushButton, "copyAnywayButton"), _left())
    assert json.loads(QGuiApplication.clipboard().text()) == to_fragment(
        _with_rule_errors(), targeting_only=True
    )


def test_warnings_alone_do_not_block_copy_and_fixing_errors_hides_the_bar(
    qtbot: QtBot, preview: FragmentPreview
) -> None:
    preview.show()
    state = _state(preview)
    state.apply(_with_rule_errors(), "build")
    preview.copy_fragment()
    assert preview.blocked_bar.isVisible()
    state.undo_stack.undo()  # back to the empty selection: no errors left
    assert not preview.blocked_bar.isVisible()
    # A cohort nobody verified is a warning, not an error: Copy goes through.
    state.apply(TargetingSelection(audiences=(COHORT,)), "cohort")
    assert preview.copy_fragment() == fragment_text(state.selection)
    assert not preview.blocked_bar.isVisible()
