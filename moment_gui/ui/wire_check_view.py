"""The wire check of an opened ad group, in plain words, with the raw JSON that shows it.

Tab 1 lists each key Kakao sent that our wire table does not know, each field Kakao spells
differently (and the [unconfirmed] names the ad group confirms); choosing one shows its raw
JSON underneath. Tab 2 is the whole ad group exactly as Kakao sent it. Nothing here edits the
ad group: unknown keys and both spellings are kept and written back as they came.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.wire_check import WireCheck, WireFinding, WireFindingKind
from moment_gui.ui.i18n import tr_message

RAW_ROLE = Qt.ItemDataRole.UserRole


class WireCheckDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wireCheckDialog")
        self.setModal(False)
        self._check: WireCheck | None = None
        self._name = ""
        self._raw: Mapping[str, Any] = {}
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("wireCheckSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.findings = QListWidget(split)
        self.findings.setObjectName("wireCheckFindings")
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.finding_raw = QPlainTextEdit(split)
        self.finding_raw.setObjectName("wireCheckRaw")
        self.finding_raw.setReadOnly(True)
        self.finding_raw.setFont(mono)
        split.setSizes([260, 160])
        self.whole = QPlainTextEdit(self.tabs)
        self.whole.setObjectName("wireCheckWhole")
        self.whole.setReadOnly(True)
        self.whole.setFont(mono)
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.whole, "")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.findings.currentItemChanged.connect(self._show_raw)
        self.resize(860, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wire check: %1").replace("%1", self._name))
        self.tabs.setTabText(0, self.tr("&Findings"))
        self.tabs.setTabText(1, self.tr("&Ad group as Kakao sent it"))
        if self._check is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_check(self, name: str, check: WireCheck, raw: Mapping[str, Any]) -> None:
        self._check, self._name, self._raw = check, name, raw
        self.whole.setPlainText(json.dumps(raw, ensure_ascii=False, indent=2))
        self.retranslate()

    def _fill(self) -> None:
        check = self._check
        assert check is not None
        unknown = len(check.of_kind(WireFindingKind.UNKNOWN_KEY))
        spelled = len(check.of_kind(WireFindingKind.OTHER_SPELLING))
        confirmed = len(check.of_kind(WireFindingKind.CONFIRMED))
        if not check.findings:
            text = self.tr("Every key Kakao sent is in our wire table, spelled as we write it.")
        else:
            text = (
                self.tr(
                    "Kakao sent %1 key(s) our wire table does not know and %2 field(s) spelled "
                    "differently; %3 still-unconfirmed name(s) of ours were confirmed. Nothing "
                    "is lost: these keys are kept and written back exactly as Kakao sent them."
                )
                .replace("%1", str(unknown))
                .replace("%2", str(spelled))
                .replace("%3", str(confirmed))
            )
        self.summary.setText(text)
        row = self.findings.currentRow()
        self.findings.clear()
        for finding in check.findings:
            item = QListWidgetItem(f"{self._kind_word(finding)}: {tr_message(finding.text)}")
            item.setData(RAW_ROLE, finding.raw)
            item.setToolTip(finding.path)
            self.findings.addItem(item)
        if self.findings.count():
            self.findings.setCurrentRow(max(row, 0))
        else:
            self.finding_raw.clear()

    def _kind_word(self, finding: WireFinding) -> str:
        words = {
            WireFindingKind.UNKNOWN_KEY: self.tr("Unknown key"),
            WireFindingKind.OTHER_SPELLING: self.tr("Other spelling"),
            WireFindingKind.CONFIRMED: self.tr("Confirmed"),
        }
        return words[finding.kind]

    def _show_raw(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            self.finding_raw.clear()
            return
        path = current.toolTip()
        self.finding_raw.setPlainText(f"{path}\n\n{current.data(RAW_ROLE)}")
