"""The campaign context at the top of the window: type × goal and placements.

Every targeting rule depends on this context, so changing it is an ordinary undoable edit of
the selection (the problem list re-checks on the same `changed` signal as any other pick).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from moment_gui.domain.campaign import (
    CREATABLE_COMBINATIONS,
    CampaignContext,
    CampaignType,
    Goal,
    Placement,
)
from moment_gui.ui.context import AppContext


def type_label(campaign_type: CampaignType) -> str:
    labels = {
        CampaignType.TALK_BIZ_BOARD: QCoreApplication.translate("CampaignBar", "Kakao Bizboard"),
        CampaignType.DISPLAY: QCoreApplication.translate("CampaignBar", "Display"),
        CampaignType.VIDEO: QCoreApplication.translate("CampaignBar", "Video"),
        CampaignType.TALK_CHANNEL: QCoreApplication.translate("CampaignBar", "Kakao Talk Channel"),
        CampaignType.PERSONAL_MESSAGE: QCoreApplication.translate(
            "CampaignBar", "Personalized message"
        ),
    }
    return labels[campaign_type]


def goal_label(goal: Goal) -> str:
    labels = {
        Goal.CONVERSION: QCoreApplication.translate("CampaignBar", "Conversion"),
        Goal.VISITING: QCoreApplication.translate("CampaignBar", "Visit"),
        Goal.VIEW: QCoreApplication.translate("CampaignBar", "View"),
        Goal.REACH: QCoreApplication.translate("CampaignBar", "Reach"),
    }
    return labels[goal]


def placement_label(placement: Placement) -> str:
    labels = {
        Placement.KAKAO_TALK: QCoreApplication.translate("CampaignBar", "Kakao Talk"),
        Placement.DAUM: QCoreApplication.translate("CampaignBar", "Daum"),
        Placement.KAKAO_STORY: QCoreApplication.translate("CampaignBar", "Kakao Story"),
        Placement.KAKAO_SERVICE: QCoreApplication.translate("CampaignBar", "Kakao services"),
        Placement.NETWORK: QCoreApplication.translate("CampaignBar", "Network"),
    }
    return labels[placement]


def campaign_label(campaign_type: CampaignType, goal: Goal) -> str:
    """'Kakao Bizboard · Conversion' — how planners name a campaign in Kakao's own UI."""
    return f"{type_label(campaign_type)} · {goal_label(goal)}"


def _spec(campaign_type: CampaignType, goal: Goal) -> str:
    # Plain strings as item data: QComboBox.findData compares them reliably.
    return f"{campaign_type.value}:{goal.value}"


class CampaignBar(QWidget):
    """`campaignCombo` plus one check box per placement, mirroring `ctx.state.selection`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self._combo_label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("campaignCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo_label.setBuddy(self.combo)
        self._placements_label = QLabel(self)
        layout.addWidget(self._combo_label)
        layout.addWidget(self.combo)
        layout.addSpacing(16)
        layout.addWidget(self._placements_label)
        self.placement_boxes: dict[Placement, QCheckBox] = {}
        for placement in Placement:
            box = QCheckBox(self)
            box.setObjectName(f"placement_{placement.value}")
            box.setProperty("placement", placement.value)
            box.toggled.connect(self._placements_edited)
            self.placement_boxes[placement] = box
            layout.addWidget(box)
        self.locked_note = QLabel(self)
        self.locked_note.setObjectName("campaignLockedNote")
        self.locked_note.setStyleSheet("color: #174ea6;")
        self.locked_note.hide()
        # Long Korean names must not widen the window: the note gives way (full text in its tip).
        self.locked_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addSpacing(12)
        layout.addWidget(self.locked_note, 1)
        layout.addStretch(0)  # takes the room while the note is hidden
        self._locked = False
        self._fill_combo()
        self.combo.currentIndexChanged.connect(self._combo_edited)
        ctx.state.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _fill_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)  # "not chosen": the label is set in retranslate()
        for campaign_type, goal in CREATABLE_COMBINATIONS:
            self.combo.addItem(campaign_label(campaign_type, goal), _spec(campaign_type, goal))
        self.combo.blockSignals(False)

    def retranslate(self) -> None:
        self._combo_label.setText(self.tr("&Campaign:"))
        self._placements_label.setText(self.tr("Placements:"))
        self.combo.setItemText(0, self.tr("Choose type · goal…"))
        for row, (campaign_type, goal) in enumerate(CREATABLE_COMBINATIONS, start=1):
            self.combo.setItemText(row, campaign_label(campaign_type, goal))
        self.combo.setAccessibleName("campaignCombo")
        self.combo.setToolTip(self.tr("Campaign type and goal: the targeting rules depend on it"))
        for placement, box in self.placement_boxes.items():
            box.setText(placement_label(placement))
            box.setAccessibleName(box.objectName())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading the selection -----------------------------------------------------
    def refresh(self) -> None:
        campaign = self._ctx.state.selection.campaign
        row = 0
        if campaign is not None:
            row = self.combo.findData(_spec(campaign.campaign_type, campaign.goal))
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(row, 0))
        self.combo.blockSignals(False)
        picked = campaign.placements if campaign is not None else frozenset()
        for placement, box in self.placement_boxes.items():
            box.blockSignals(True)
            box.setChecked(placement in picked)
            box.setEnabled(campaign is not None and not self._locked)
            box.blockSignals(False)
        self.combo.setEnabled(not self._locked)

    def set_locked(self, source: str | None) -> None:
        """Lock type × goal and placements to a live ad group's (`source` says which), or
        unlock them (None): an opened ad group's campaign is Kakao's, not the planner's."""
        self._locked = source is not None
        self.locked_note.setText(source or "")
        self.locked_note.setToolTip(source or "")
        self.locked_note.setVisible(self._locked)
        self.refresh()

    @property
    def is_locked(self) -> bool:
        return self._locked

    # -- editing -------------------------------------------------------------------
    def _combo_edited(self, row: int) -> None:
        data = self.combo.itemData(row)
        sel = self._ctx.state.selection
        if data is None:
            self._ctx.state.apply(sel.with_campaign(None), self.tr("Clear campaign"))
            return
        parsed = CampaignContext.parse(str(data))
        campaign_type, goal = parsed.campaign_type, parsed.goal
        placements = sel.campaign.placements if sel.campaign is not None else frozenset()
        new = CampaignContext(campaign_type, goal, placements)
        text = self.tr("Set campaign to %1").replace("%1", self.combo.itemText(row))
        self._ctx.state.apply(sel.with_campaign(new), text)

    def _placements_edited(self) -> None:
        sel = self._ctx.state.selection
        if sel.campaign is None:
            return
        picked = frozenset(p for p, box in self.placement_boxes.items() if box.isChecked())
        new = CampaignContext(sel.campaign.campaign_type, sel.campaign.goal, picked)
        self._ctx.state.apply(sel.with_campaign(new), self.tr("Change placements"))

    def set_campaign(self, campaign_type: CampaignType, goal: Goal) -> None:
        """Pick a combination as if the planner chose it in the combo (one undo step)."""
        self.combo.setCurrentIndex(self.combo.findData(_spec(campaign_type, goal)))

    def focus_items(self, area: object, items: tuple[str, ...]) -> None:
        """Problems about the campaign context land here: a named placement or the combo."""
        for placement, box in self.placement_boxes.items():
            if placement.value in items:
                box.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)
