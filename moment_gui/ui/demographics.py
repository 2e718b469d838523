"""The Demographics tab (데모그래픽): gender, age bands and devices.

Each setting is "everyone" or "only these", offering only the values Kakao's form offers
(`domain.demographics`: M/F, the band starts 15 … 65, Android/iOS/PC), so a refused value
("26") cannot be made here. Every change is one `SelectionState.apply` (undoable). The field
names are [observed] in 2021 request bodies, not confirmed for v4: a note says so, as the
preview marks unconfirmed fields. "Only these" with nothing ticked is what the problem list
reports (nobody to show the ad to), with its one-click fix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain import kinds
from moment_gui.domain.demographics import (
    AGE_BANDS,
    DEVICE_TYPES,
    GENDERS,
    Demographics,
    DeviceType,
    Gender,
    age_band_end,
)
from moment_gui.ui.context import AppContext

Targeted = Callable[[Demographics], frozenset[str] | None]
Narrow = Callable[[Demographics, Sequence[str] | None], Demographics]


class ScopeChoice(QGroupBox):
    """ "Everyone" or "only these" with a check box per legal value (in the form's order)."""

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        values: Sequence[str],
        targeted: Targeted,
        narrow: Narrow,
        columns: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.values = tuple(values)
        self._targeted = targeted
        self._narrow = narrow
        self._syncing = False
        # "Only" clicked, nothing unticked yet: still everyone, but the choice stays "Only"
        # while the demographics are what they were then (a reset or undo drops it).
        self._only_since: Demographics | None = None
        self.all_button = QRadioButton(self)
        self.all_button.setObjectName(f"{name}All")
        self.only_button = QRadioButton(self)
        self.only_button.setObjectName(f"{name}Only")
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.only_button)
        self.all_button.toggled.connect(self._scope_clicked)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        for i, value in enumerate(self.values):
            box = QCheckBox(self)
            box.setObjectName(f"{name}_{value}")
            box.toggled.connect(lambda on, v=value: self._value_clicked(v, on))
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[value] = box
        scope = QHBoxLayout()
        scope.addWidget(self.all_button)
        scope.addWidget(self.only_button)
        scope.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(scope)
        layout.addLayout(grid)

    def set_texts(self, title: str, all_text: str, only_text: str, labels: dict[str, str]) -> None:
        self.setTitle(title)
        self.all_button.setText(all_text)
        self.only_button.setText(only_text)
        for value, box in self.boxes.items():
            box.setText(labels[value])

    def sync(self) -> None:
        """Show what the selection holds (no signals back into the state)."""
        demo = self.ctx.state.selection.demographics
        chosen = self._targeted(demo)
        if chosen is not None or self._only_since != demo:
            self._only_since = None
        only = chosen is not None or self._only_since is not None
        self._syncing = True
        try:
            self.all_button.setChecked(not only)
            self.only_button.setChecked(only)
            for value, box in self.boxes.items():
                box.setChecked(chosen is None or value in chosen)
                box.setEnabled(only)
        finally:
            self._syncing = False

    def _scope_clicked(self, everyone: bool) -> None:
        if self._syncing:
            return
        demo = self.ctx.state.selection.demographics
        if everyone:
            self._only_since = None
            if self._targeted(demo) is not None:
                self._apply(self._narrow(demo, None))
            else:
                self.sync()
            return
        # "Only" starts from everything ticked: the planner unticks what to leave out.
        # Kakao reads a full list as everyone, so nothing changes until a box is unticked.
        self._only_since = demo
        self.sync()

    def _value_clicked(self, value: str, on: bool) -> None:
        if self._syncing:
            return
        demo = self.ctx.state.selection.demographics
        current = self._targeted(demo)
        chosen = set(self.values) if current is None else set(current)
        chosen = chosen | {value} if on else chosen - {value}
        self._only_since = None  # every value ticked again reads as everyone: "All" shows it
        self._apply(self._narrow(demo, [v for v in self.values if v in chosen]))

    def _apply(self, new: Demographics) -> None:
        sel = self.ctx.state.selection
        self.ctx.state.apply(sel.with_demographics(new), self.title())
        self.sync()  # a refused or normalised change puts the boxes back


def _genders(d: Demographics, values: Sequence[str] | None) -> Demographics:
    return d.with_genders(None if values is None else [Gender(v) for v in values])


def _ages(d: Demographics, values: Sequence[str] | None) -> Demographics:
    return d.with_ages(values)


def _devices(d: Demographics, values: Sequence[str] | None) -> Demographics:
    return d.with_devices(None if values is None else [DeviceType(v) for v in values])


def _as_str(chosen: frozenset[Gender] | frozenset[DeviceType] | None) -> frozenset[str] | None:
    return None if chosen is None else frozenset(str(v) for v in chosen)


class DemographicsPanel(QWidget):
    """Gender, age and device choices with the [observed] note above them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("demographicsPanel")
        self.note = QLabel(self)
        self.note.setObjectName("demographicsObservedNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "background: #fff4d6; color: #5c4300; border: 1px solid #e8c766;"
            " border-radius: 4px; padding: 4px 6px;"
        )
        body = QWidget(self)
        self.gender = ScopeChoice(
            ctx,
            "genderChoice",
            [g.value for g in GENDERS],
            lambda d: _as_str(d.targeted_genders()),
            _genders,
            2,
            body,
        )
        self.age = ScopeChoice(
            ctx, "ageChoice", AGE_BANDS, lambda d: d.targeted_ages(), _ages, 3, body
        )
        self.devices = ScopeChoice(
            ctx,
            "deviceChoice",
            [d.value for d in DEVICE_TYPES],
            lambda d: _as_str(d.targeted_devices()),
            _devices,
            3,
            body,
        )
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for choice in self.choices:
            column.addWidget(choice)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        ctx.state.changed.connect(self.sync)
        self.retranslate()
        self.sync()

    @property
    def choices(self) -> tuple[ScopeChoice, ...]:
        return (self.gender, self.age, self.devices)

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "[observed] These field names (genderType, genders, ageType, ages, deviceTypes, "
                "allAvailableDeviceType) come from 2021 request bodies and are not confirmed "
                "for Kakao Moment v4: check the ad group in Kakao Moment after pasting."
            )
        )
        self.gender.set_texts(
            self.tr("Gender"),
            self.tr("All genders"),
            self.tr("Only:"),
            {Gender.MALE.value: self.tr("Male"), Gender.FEMALE.value: self.tr("Female")},
        )
        self.age.set_texts(
            self.tr("Age"),
            self.tr("All ages"),
            self.tr("Only these ages:"),
            {band: self._band(band) for band in AGE_BANDS},
        )
        self.devices.set_texts(
            self.tr("Devices"),
            self.tr("All devices"),
            self.tr("Only:"),
            {
                DeviceType.ANDROID.value: "Android",
                DeviceType.IOS.value: "iOS",
                DeviceType.PC.value: "PC",
            },
        )

    def _band(self, start: str) -> str:
        end = age_band_end(start)
        if end is None:
            return self.tr("%1 and over").replace("%1", start)
        return self.tr("%1–%2").replace("%1", start).replace("%2", str(end))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync(self) -> None:
        for choice in self.choices:
            choice.sync()

    def focus_items(self, area: kinds.Part, items: tuple[str, ...]) -> None:
        # The choice that says "only" with nothing ticked is the one a problem is about.
        for choice in self.choices:
            if choice.only_button.isChecked() and not any(
                b.isChecked() for b in choice.boxes.values()
            ):
                choice.only_button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.gender.all_button.setFocus(Qt.FocusReason.OtherFocusReason)
