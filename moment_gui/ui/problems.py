"""The live problem list: what Kakao would reject or warn about, and one-click fixes.

Re-checked on every change of the selection. Activating a problem asks the window to show the
panel concerned (`focusRequested(area, items)`); a fix is applied as one undoable step.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.rules import Problem, Severity, check
from moment_gui.domain.selection import TargetingSelection
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message

Checker = Callable[[TargetingSelection], Sequence[Problem]]
_Index = QModelIndex | QPersistentModelIndex


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """Height of `text` word-wrapped at `width`, every line as tall as the tallest: a Hangul
    line (fallback font) is taller than a Latin one, and the style elides what does not fit."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    heights: list[float] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        heights.append(line.height())
    layout.endLayout()
    return math.ceil(len(heights) * max(heights, default=0.0))


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their whole sentence at the list's width: QListView sizes a row for
    one line and elides the rest ("…") however `wordWrap` is set."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        from PySide6.QtWidgets import QStyle  # its enums are built on first use (main window)

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, self._view) + 1
        icon = opt.decorationSize.width() + 2 * margin if not opt.icon.isNull() else 0
        width = max(self._view.viewport().width() - icon - 2 * margin - 2, 40)
        height = wrapped_height(opt.text, opt.font, width - 2 * margin)
        height = max(height, opt.decorationSize.height()) + 2 * margin + 2
        return QSize(self._view.viewport().width() - 2, height)


class ProblemList(QWidget):
    """`problemList` with a count summary above it and a Fix button below it."""

    focusRequested = Signal(object, tuple)  # (kinds.Part, items) of the activated problem

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, checker: Checker | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._check = checker if checker is not None else check
        self.problems: list[Problem] = []
        self._summary = QLabel(self)
        self._summary.setStyleSheet("font-weight: 600;")
        self.list = QListWidget(self)
        self.list.setObjectName("problemList")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the width changes
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.list.currentRowChanged.connect(self._update_fix_button)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("applyFixButton")
        self.fix_button.clicked.connect(self._fix_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        ctx.state.changed.connect(self.recheck)
        self.retranslate()
        self.recheck()

    # -- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.list.setAccessibleName("problemList")
        self.fix_button.setAccessibleName("applyFixButton")
        self._update_summary()
        self._update_fix_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.recheck()  # the problem sentences come from domain/ as Messages
        super().changeEvent(event)

    def summary_text(self) -> str:
        counts = {severity: 0 for severity in Severity}
        for problem in self.problems:
            counts[problem.severity] += 1
        if not self.problems:
            return self.tr("No problems found")
        words = {
            Severity.ERROR: (self.tr("1 error"), self.tr("%1 errors")),
            Severity.WARNING: (self.tr("1 warning"), self.tr("%1 warnings")),
            Severity.INFO: (self.tr("1 note"), self.tr("%1 notes")),
        }
        parts = []
        for severity, (one, many) in words.items():
            if counts[severity]:
                count = counts[severity]
                parts.append(one if count == 1 else many.replace("%1", str(count)))
        return ", ".join(parts)

    def _update_summary(self) -> None:
        self._summary.setText(self.tr("Problems: %1").replace("%1", self.summary_text()))
        has_error = any(p.severity is Severity.ERROR for p in self.problems)
        self._summary.setStyleSheet("font-weight: 600;" + (" color: #b3261e;" if has_error else ""))

    # -- checking ------------------------------------------------------------------
    def recheck(self) -> None:
        current = self.list.currentRow()
        self.problems = list(self._check(self._ctx.state.selection))
        self.list.clear()
        for row, problem in enumerate(self.problems):
            item = QListWidgetItem(self._icon(problem.severity), tr_message(problem.text))
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(self._tooltip(problem))
            self.list.addItem(item)
        if self.problems and current >= 0:  # keep the planner's place, never pre-select
            self.list.setCurrentRow(min(current, len(self.problems) - 1))
        self._update_summary()
        self._update_fix_button()

    def _tooltip(self, problem: Problem) -> str:
        """The whole sentence, then what a fix would do: the codes alone told a planner nothing."""
        lines = [tr_message(problem.text or problem.message)]
        if problem.fixes:
            fixes = ", ".join(tr_message(f.text or f.label) for f in problem.fixes)
            lines.append(self.tr("Fix: %1").replace("%1", fixes))
        return "\n".join(lines)

    def _icon(self, severity: Severity) -> QIcon:
        # Imported on the first problem: PySide builds ~25 Python enums for QStyle on first
        # use (~10 ms), and the list is empty at the first paint.
        from PySide6.QtWidgets import QStyle

        pixmaps = {
            Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        return self.style().standardIcon(pixmaps[severity])

    def problem_at(self, row: int) -> Problem | None:
        return self.problems[row] if 0 <= row < len(self.problems) else None

    # -- acting --------------------------------------------------------------------
    def _activate(self, item: QListWidgetItem) -> None:
        problem = self.problem_at(self.list.row(item))
        if problem is not None:
            self.focusRequested.emit(problem.area, tuple(problem.items))

    def apply_fix(self, problem: Problem, index: int = 0) -> None:
        """Apply one of `problem`'s fixes to the current selection as one undo step."""
        fix = problem.fixes[index]
        new = fix.apply(self._ctx.state.selection)
        self._ctx.state.apply(new, tr_message(fix.text))

    def fix_target(self) -> Problem | None:
        """The selected problem, or else the first one with a fix: one click fixes the obvious."""
        current = self.problem_at(self.list.currentRow())
        if current is not None:
            return current
        return next((p for p in self.problems if p.fixes), None)

    def _fix_current(self) -> None:
        problem = self.fix_target()
        if problem is not None and problem.fixes:
            self.apply_fix(problem)

    def _update_fix_button(self, *_: object) -> None:
        problem = self.fix_target()
        fixes = tuple(problem.fixes) if problem is not None else ()
        self.fix_button.setEnabled(bool(fixes))
        if fixes:
            self.fix_button.setText(self.tr("Fix: %1").replace("%1", tr_message(fixes[0].text)))
        elif problem is not None:
            self.fix_button.setText(self.tr("No automatic fix"))
        else:
            self.fix_button.setText(self.tr("Apply fix"))

    def _show_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        problem = self.problem_at(self.list.row(item))
        if problem is None:
            return
        menu = QMenu(self)
        show = menu.addAction(self.tr("Show in panel"))
        show.triggered.connect(lambda: self.focusRequested.emit(problem.area, tuple(problem.items)))
        for index, fix in enumerate(problem.fixes):
            action = menu.addAction(tr_message(fix.text))
            action.triggered.connect(lambda _=False, i=index: self.apply_fix(problem, i))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.viewport().mapToGlobal(pos))
