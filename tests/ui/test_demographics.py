"""The Demographics tab: clicks on real radio buttons and check boxes become the fragment's
[observed] fields, legal values only, each one undo step; "only" with nothing ticked is the
rule problem with its fix; a pasted fragment's settings show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt

from moment_gui.domain.demographics import AGE_BANDS, Demographics, DeviceType, Gender, Scope
from moment_gui.domain.fragment import from_fragment, to_fragment
from moment_gui.domain.rules import RuleId
from moment_gui.domain.selection import CategoryPick
from moment_gui.ui.context import AppContext
from moment_gui.ui.demographics import DemographicsPanel
from moment_gui.ui.problems import ProblemList


@pytest.fixture
def panel_ctx(qtbot, qloop, sim_ctx) -> Iterator[tuple[DemographicsPanel, AppContext]]:
    panel = DemographicsPanel(sim_ctx)
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show()
    yield panel, sim_ctx


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Click on the indicator: a check box wider than its text ignores clicks beyond it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def fragment(ctx: AppContext) -> dict:
    return to_fragment(ctx.state.selection)


def test_starts_as_everyone_with_the_observed_note(panel_ctx) -> None:
    panel, ctx = panel_ctx
    assert panel.gender.all_button.isChecked() and panel.age.all_button.isChecked()
    assert panel.devices.all_button.isChecked()
    assert not panel.age.boxes["20"].isEnabled()
    assert "[observed]" in panel.note.text() and "not confirmed" in panel.note.text()
    assert "genderType" not in fragment(ctx)["targeting"]


def test_only_women_aged_20_to_29_on_ios_becomes_the_fragment(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    click(qtbot, panel.gender.only_button)
    assert panel.gender.boxes["M"].isEnabled()
    click(qtbot, panel.gender.boxes["M"])  # untick men
    click(qtbot, panel.age.only_button)
    for band in AGE_BANDS:
        if band not in ("20", "25"):
            click(qtbot, panel.age.boxes[band])
    click(qtbot, panel.devices.only_button)
    click(qtbot, panel.devices.boxes["ANDROID"])
    click(qtbot, panel.devices.boxes["PC"])

    out = fragment(ctx)
    assert out["targeting"]["genderType"] == "NOT_ALL"
    assert out["targeting"]["genders"] == ["F"]
    assert out["targeting"]["ageType"] == "NOT_ALL"
    assert out["targeting"]["ages"] == ["20", "25"]
    assert out["allAvailableDeviceType"] is False
    assert out["deviceTypes"] == ["IOS"]
    # Every click was its own step: 1 gender + 9 ages + 2 devices.
    assert ctx.state.undo_stack.count() == 12
    ctx.state.undo_stack.undo()
    assert fragment(ctx)["deviceTypes"] == ["IOS", "PC"]
    assert panel.devices.boxes["PC"].isChecked()


def test_only_offers_the_legal_age_bands(panel_ctx) -> None:
    panel, _ = panel_ctx
    assert tuple(panel.age.boxes) == AGE_BANDS
    assert "26" not in panel.age.boxes and "31" not in panel.age.boxes
    assert panel.age.boxes["15"].text() == "15–19"
    assert panel.age.boxes["65"].text() == "65 and over"


def test_all_again_writes_all_and_ticking_every_value_means_everyone(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    click(qtbot, panel.gender.only_button)
    click(qtbot, panel.gender.boxes["F"])
    assert ctx.state.selection.demographics.genders == (Gender.MALE,)
    click(qtbot, panel.gender.boxes["F"])  # both ticked: Kakao's "everyone"
    assert ctx.state.selection.demographics.gender_type is Scope.ALL
    assert panel.gender.all_button.isChecked()
    click(qtbot, panel.gender.only_button)
    click(qtbot, panel.gender.boxes["M"])
    click(qtbot, panel.gender.all_button)
    assert fragment(ctx)["targeting"]["genderType"] == "ALL"
    assert "genders" not in fragment(ctx)["targeting"]


def test_only_with_nothing_ticked_is_a_problem_with_a_fix(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    problems = ProblemList(ctx)
    qtbot.addWidget(problems)
    click(qtbot, panel.devices.only_button)
    for device in ("ANDROID", "IOS", "PC"):
        click(qtbot, panel.devices.boxes[device])
    assert ctx.state.selection.demographics.targeted_devices() == frozenset()
    rules = [p.rule for p in problems.problems]
    assert rules.count(RuleId.DEMOGRAPHIC_NOTHING_CHOSEN) == 1
    problems.list.setCurrentRow(rules.index(RuleId.DEMOGRAPHIC_NOTHING_CHOSEN))
    qtbot.mouseClick(problems.fix_button, Qt.MouseButton.LeftButton)
    assert ctx.state.selection.demographics.targeted_devices() is None
    assert panel.devices.all_button.isChecked()
    assert RuleId.DEMOGRAPHIC_NOTHING_CHOSEN not in [p.rule for p in problems.problems]


def test_a_pasted_fragment_shows_its_settings(panel_ctx) -> None:
    panel, ctx = panel_ctx
    sel = from_fragment(
        {
            "targeting": {"genderType": "NOT_ALL", "genders": ["M"], "ageType": "NOT_ALL",
                          "ages": ["30", "35"]},
            "allAvailableDeviceType": False,
            "deviceTypes": ["PC"],
        }
    )  # fmt: skip
    ctx.state.reset(sel)
    assert panel.gender.only_button.isChecked()
    assert panel.gender.boxes["M"].isChecked() and not panel.gender.boxes["F"].isChecked()
    assert [b for b, box in panel.age.boxes.items() if box.isChecked()] == ["30", "35"]
    assert [d for d, box in panel.devices.boxes.items() if box.isChecked()] == ["PC"]
    ctx.state.reset(sel.with_demographics(Demographics()))
    assert panel.devices.all_button.isChecked()
    assert DeviceType.PC.value in panel.devices.boxes


def test_only_stays_chosen_until_something_is_unticked_or_all_is_clicked(qtbot, panel_ctx) -> None:
    panel, ctx = panel_ctx
    click(qtbot, panel.age.only_button)
    assert ctx.state.undo_stack.count() == 0  # still everyone: nothing to undo yet
    elsewhere = ctx.state.selection.with_ad_serving_categories([CategoryPick("IAB8", "식음료")])
    ctx.state.apply(elsewhere, "a pick elsewhere")
    assert ctx.state.undo_stack.count() == 1
    assert panel.age.only_button.isChecked() and panel.age.boxes["40"].isEnabled()
    click(qtbot, panel.age.all_button)
    assert panel.age.all_button.isChecked() and not panel.age.boxes["40"].isEnabled()
    click(qtbot, panel.age.only_button)
    ctx.state.reset(ctx.state.selection.with_demographics(Demographics().with_genders(["F"])))
    assert panel.age.all_button.isChecked()  # another selection: its own settings show
