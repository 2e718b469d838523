"""Re-check results: one row per finding, accepted only by the planner's click.

Each accepted finding is one undo step (ctx.state.apply); "Accept all" is one step for all.
The re-check runs through ctx.spawn, so the window keeps painting while lists are fetched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain import kinds
from moment_gui.domain.recheck import DEFAULT_THRESHOLD, Finding, FindingKind, RecheckResult
from moment_gui.services.recheck import recheck_selection
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.widgets.panel_status import PanelStatus

KIND_COLOURS = {
    FindingKind.RENAMED: "#1f5fa8",
    FindingKind.GONE: "#b3261e",
    FindingKind.STATUS_CHANGED: "#a15c00",
    FindingKind.POPULATION_CHANGED: "#6b4ea0",
    FindingKind.NOT_CHECKED: "#44546a",
}


class RecheckView(QWidget):
    finished = Signal()  # a re-check completed (with or without findings)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: RecheckResult | None = None
        self._open: list[Finding] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Re-check now"), self)
        self.run_button.setObjectName("recheckButton")
        self.run_button.clicked.connect(self.start)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setObjectName("recheckThreshold")
        self.threshold.setRange(1, 500)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(DEFAULT_THRESHOLD * 100)
        self.threshold.setToolTip(self.tr("Report populations that moved more than this"))
        bar.addWidget(self.run_button)
        bar.addWidget(QLabel(self.tr("Population change threshold ±"), self))
        bar.addWidget(self.threshold)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.status = PanelStatus(self)
        self.status.retryRequested.connect(self.start)
        self.status.show_idle(self.tr("Compare every pick with current data from the service."))
        layout.addWidget(self.status)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("recheckFindings")
        self.tree.setHeaderLabels(
            [self.tr("Finding"), self.tr("Category"), self.tr("Details"), self.tr("Fix")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 130)
        self.tree.setColumnWidth(2, 720)
        layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept selected"), self)
        self.accept_button.setObjectName("acceptFindingButton")
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = QPushButton(self.tr("Accept all"), self)
        self.accept_all_button.setObjectName("acceptAllFindingsButton")
        self.accept_all_button.clicked.connect(self.accept_all)
        actions.addStretch(1)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.accept_all_button)
        layout.addLayout(actions)
        self._update_buttons()

    # -- running -----------------------------------------------------------------------
    def start(self) -> None:
        self.ctx.spawn(self.run(), key="recheck")

    async def run(self) -> None:
        sel = self.ctx.state.selection
        threshold = self.threshold.value() / 100
        self.run_button.setEnabled(False)
        try:
            result = await self.status.guard(
                lambda: recheck_selection(self.ctx.lookups, sel, threshold),
                self.tr("Fetching current data…"),
            )
        finally:
            self.run_button.setEnabled(True)
        if result is None:
            return
        self.show_result(result)
        self.finished.emit()

    def show_result(self, result: RecheckResult) -> None:
        self.result = result
        if result.offline:
            # Nothing was compared: rows saying "not checked" for every list would read as
            # findings. One sentence, and Retry.
            self._open = []
            self.status.show_error(
                self.tr("Offline: nothing checked. Connect to the internet and re-check.")
            )
            self._fill()
            return
        self._open = list(result.changes) + list(result.not_checked)
        n = len(result.changes)
        when = result.checked_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if n == 0:
            text = self.tr("Everything is current (checked %1 against %2).")
        else:
            text = self.tr("%n change(s) found (checked %1 against %2).", "", n)
        text = text.replace("%1", when).replace("%2", result.data_source)
        if result.not_checked:
            skipped = self.tr("%n list(s) could not be checked.", "", len(result.not_checked))
            text = f"{text} {skipped}"
        self.status.show_ready(text)
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        for f in self._open:
            item = QTreeWidgetItem(
                [
                    self._kind_words(f.kind),
                    tr_message(kinds.title(f.category)),
                    tr_message(f.text),
                    tr_message(f.fix_text),
                ]
            )
            item.setForeground(0, QBrush(QColor(KIND_COLOURS[f.kind])))
            item.setToolTip(2, tr_message(f.text))
            item.setData(0, Qt.ItemDataRole.UserRole, f.key)
            self.tree.addTopLevelItem(item)
        self._update_buttons()

    def _kind_words(self, kind: FindingKind) -> str:
        words = {
            FindingKind.RENAMED: self.tr("Renamed"),
            FindingKind.GONE: self.tr("Gone"),
            FindingKind.STATUS_CHANGED: self.tr("Status changed"),
            FindingKind.POPULATION_CHANGED: self.tr("Population changed"),
            FindingKind.NOT_CHECKED: self.tr("Not checked"),
        }
        return words.get(kind, kind.value)

    # -- accepting ---------------------------------------------------------------------
    @property
    def open_findings(self) -> list[Finding]:
        return list(self._open)

    def accept(self, finding: Finding) -> None:
        """Apply one finding's fix as its own undo step."""
        if finding.fix is None or finding not in self._open:
            return
        text = self.tr("Re-check: %1").replace(
            "%1", f"{tr_message(finding.fix_text)} ({finding.label})"
        )
        self.ctx.state.apply(finding.apply(self.ctx.state.selection), text)
        self._open.remove(finding)
        self._fill()

    def accept_selected(self) -> None:
        rows = sorted(self.tree.indexOfTopLevelItem(i) for i in self.tree.selectedItems())
        for finding in [self._open[r] for r in rows if 0 <= r < len(self._open)]:
            self.accept(finding)

    def accept_all(self) -> None:
        fixable = [f for f in self._open if f.fix is not None]
        if not fixable:
            return
        sel = self.ctx.state.selection
        for f in fixable:
            sel = f.apply(sel)
        text = self.tr("Re-check: accept %n finding(s)", "", len(fixable))
        self.ctx.state.apply(sel, text)
        self._open = [f for f in self._open if f.fix is None]
        self._fill()

    def _update_buttons(self) -> None:
        fixable = any(f.fix is not None for f in self._open)
        self.accept_button.setEnabled(fixable)
        self.accept_all_button.setEnabled(fixable)
