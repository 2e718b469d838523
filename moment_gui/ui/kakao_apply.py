"""File ▸ Apply to ad group…: what would change, the confirmation, and how it went.

Widgets only; opened with `open()` (window-modal, never `exec()` inside a coroutine). It shows
the difference between the ad group as Kakao has it now and the picks (added / removed per
list, with counts), a warning with "Reload from Kakao" when the ad group changed on Kakao
since it was opened, and the exact PUT body on request. "Apply" asks the controller
(`applyRequested`); the controller reports the 5-s wait, the send, the read-back and
refusals here (`show_busy` / `show_done` / `show_error`).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain import kinds
from moment_gui.domain.diff import SelectionDiff
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.widgets.busy import busy_bar, result_label

ADDED = QColor("#1e6b34")
REMOVED = QColor("#a50e0e")
CHANGED = QColor("#7a4d00")
ERROR_STYLE = "color: #b3261e;"
SUCCESS_STYLE = "color: #1e6b34;"
WARNING_STYLE = "color: #7a4d00;"


class ApplyDialog(QDialog):
    applyRequested = Signal(bool)  # replace changes made on Kakao since opening
    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applyDialog")
        self._name = ""
        self._changed_on_kakao: tuple[str, ...] = ()
        self._has_changes = False
        self._done = False
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("applySummary")
        self.summary.setWordWrap(True)
        self.kakao_warning = QLabel(self)
        self.kakao_warning.setObjectName("applyChangedOnKakao")
        self.kakao_warning.setWordWrap(True)
        self.kakao_warning.setStyleSheet(WARNING_STYLE)
        self.kakao_warning.hide()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("applyChanges")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("applyBody")
        self.body.setReadOnly(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.hide()
        for widget in (self.heading, self.summary, self.kakao_warning):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.body, 1)
        result_row = QHBoxLayout()
        self.busy = busy_bar(self)
        self.outcome = result_label(self, "applyOutcome")
        result_row.addWidget(self.busy)
        result_row.addWidget(self.outcome, 1)
        layout.addLayout(result_row)
        buttons = QHBoxLayout()
        self.body_button = QPushButton(self)
        self.body_button.setObjectName("applyShowBody")
        self.body_button.setCheckable(True)
        self.body_button.toggled.connect(self._toggle_body)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("applyReload")
        self.reload_button.clicked.connect(self.reloadRequested)
        self.reload_button.hide()
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyConfirm")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self._apply)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("applyCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.body_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(760, 540)
        self.retranslate()

    # -- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Apply to ad group"))
        self.heading.setText(self.tr("Apply the picks to ad group %1").replace("%1", self._name))
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Item"), self.tr("Key")])
        self.body_button.setText(self.tr("Show the request &body"))
        self.reload_button.setText(self.tr("&Reload from Kakao"))
        self.cancel_button.setText(self.tr("Close") if self._done else self.tr("Cancel"))
        self._update_apply_text()
        if self._changed_on_kakao:
            self.kakao_warning.setText(
                self.tr(
                    "Someone changed this ad group on Kakao since you opened it (%1). Reload it "
                    "first (your picks can be brought back with Edit ▸ Undo), or apply anyway "
                    "to replace those changes."
                ).replace("%1", ", ".join(self._changed_on_kakao))
            )

    def _update_apply_text(self) -> None:
        if self._changed_on_kakao:
            self.apply_button.setText(self.tr("Apply &anyway"))
        else:
            self.apply_button.setText(self.tr("&Apply"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the preview -------------------------------------------------------------------------
    def show_preview(
        self,
        name: str,
        changes: SelectionDiff,
        changed_on_kakao: tuple[str, ...],
        body: dict[str, Any],
    ) -> None:
        self._name = name
        self._done = False
        self._changed_on_kakao = tuple(changed_on_kakao)
        self._has_changes = not changes.is_empty
        self.kakao_warning.setVisible(bool(changed_on_kakao))
        self.reload_button.setVisible(bool(changed_on_kakao))
        self.body.setPlainText(json.dumps(body, ensure_ascii=False, indent=2))
        self._fill(changes)
        self.busy.hide()
        self.outcome.clear()
        self.apply_button.show()
        self.apply_button.setEnabled(self._has_changes or bool(changed_on_kakao))
        self.reload_button.setEnabled(True)
        self.retranslate()

    def _fill(self, changes: SelectionDiff) -> None:
        self.tree.clear()
        if changes.is_empty:
            self.summary.setText(
                self.tr("Nothing to apply: the ad group on Kakao already has exactly these picks.")
            )
            return
        added = sum(len(c.added) for c in changes.categories)
        removed = sum(len(c.removed) for c in changes.categories)
        changed = sum(len(c.changed) for c in changes.categories)
        self.summary.setText(
            self.tr(
                "Compared with the ad group as it is on Kakao now: %1 added, %2 removed, %3 "
                "changed. Everything else in the ad group is sent back unchanged."
            )
            .replace("%1", str(added))
            .replace("%2", str(removed))
            .replace("%3", str(changed))
        )
        for c in changes.categories:
            head = QTreeWidgetItem(
                [
                    tr_message(kinds.title(c.category)),
                    self.tr("%1 added, %2 removed, %3 changed")
                    .replace("%1", str(len(c.added)))
                    .replace("%2", str(len(c.removed)))
                    .replace("%3", str(len(c.changed))),
                    "",
                ]
            )
            bold = head.font(0)
            bold.setBold(True)
            head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            for item in c.added:
                self._row(head, self.tr("Added"), item.label, item.key, ADDED)
            for item in c.removed:
                self._row(head, self.tr("Removed"), item.label, item.key, REMOVED)
            for change in c.changed:
                what = ", ".join(f"{f}: {a} → {b}" for f, a, b in change.fields)
                text = self.tr("Changed: %1").replace("%1", what)
                self._row(head, text, change.label, change.key, CHANGED)
            head.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _row(self, head: QTreeWidgetItem, change: str, label: str, key: str, c: QColor) -> None:
        item = QTreeWidgetItem(head, [change, label, key])
        for column in range(3):
            item.setForeground(column, QBrush(c))

    def _toggle_body(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.tree.setVisible(not shown)

    # -- progress and the outcome ---------------------------------------------------------------
    def _apply(self) -> None:
        if self.busy.isHidden():  # busy at once: a second click must not send twice
            self.show_busy(self.tr("Sending the change to Kakao and reading it back…"))
            self.applyRequested.emit(bool(self._changed_on_kakao))

    def show_busy(self, text: str) -> None:
        self.busy.show()
        self.outcome.setStyleSheet("color: palette(mid);")
        self.outcome.setText(text)
        self.apply_button.setEnabled(False)
        self.reload_button.setEnabled(False)

    def show_error(self, text: str) -> None:
        self.busy.hide()
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(text)
        self.apply_button.setEnabled(True)
        self.reload_button.setEnabled(True)

    def show_done(self, text: str, matches: bool) -> None:
        self._done = True
        self.busy.hide()
        self.outcome.setStyleSheet(SUCCESS_STYLE if matches else WARNING_STYLE)
        self.outcome.setText(text)
        self.apply_button.hide()
        self.reload_button.hide()
        self.kakao_warning.hide()
        self.retranslate()

    @property
    def result_text(self) -> str:
        return self.outcome.text()
