"""Paste a list of regions: a client's spreadsheet column becomes picks in one undo step.

Shown inside the Regions panel (Paste list…, Edit ▸ Paste a list of regions…, or a .txt/.csv
dropped on the panel). Every line goes through `domain.region_match.RegionListMatcher` over the
offline region list, the same Hangul-aware way the search box matches:

- matched lines show the full name and are added by "Add";
- ambiguous lines ("중구") offer their candidates in a drop-down: the one chosen is added too;
- unmatched lines stay listed with the line editable: fixing the text matches it again.

"Add" applies everything matched or chosen as one `SelectionState.apply` (one undo step) and
leaves the lines still to settle on the list; the view closes once nothing is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moment_gui.domain.region_match import (
    LineMatch,
    MatchStatus,
    RegionListMatcher,
    decode_region_list,
    full_name,
)
from moment_gui.domain.regions import RegionCatalogue
from moment_gui.domain.selection import RegionPick
from moment_gui.ui.context import AppContext

MAX_LIST_BYTES = 5 * 1024 * 1024  # a region list is a few kB; anything bigger is not one
_LINE, _REGION = range(2)  # the verdict shows as the region cell's colour, icon and tooltip
_ICONS = {
    MatchStatus.MATCHED: QStyle.StandardPixmap.SP_DialogApplyButton,
    MatchStatus.AMBIGUOUS: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    MatchStatus.UNMATCHED: QStyle.StandardPixmap.SP_MessageBoxWarning,
}
_COLOURS = {
    MatchStatus.MATCHED: "#1b6e20",
    MatchStatus.AMBIGUOUS: "#a64d00",
    MatchStatus.UNMATCHED: "#b3261e",
}


def read_list_file(path: Path) -> str:
    """The text of a dropped list; `ValueError` with a plain reason when it cannot be one."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise ValueError("too big")
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(exc.strerror or str(exc)) from None
    text = decode_region_list(data)
    if text is None:
        raise ValueError("encoding")
    return text


class RegionListPaste(QWidget):
    """Two pages: the text to match, then one row per line with its verdict."""

    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionListPaste")
        self.ctx = ctx
        self._matcher: RegionListMatcher | None = None
        self._matcher_of: RegionCatalogue | None = None
        self.results: list[LineMatch] = []
        self._filling = False

        self._title = QLabel(self)
        self._title.setStyleSheet("font-weight: 600;")
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self.pages = QStackedWidget(self)
        # Page 1: the text.
        self.input = QPlainTextEdit(self)
        self.input.setObjectName("regionListInput")
        self.input.setAccessibleName("regionListInput")
        self.input.textChanged.connect(self._update_buttons)
        self.match_button = QPushButton(self)
        self.match_button.setObjectName("regionListMatch")
        self.match_button.clicked.connect(self.match_input)
        # Page 2: one row per line.
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("regionListResults")
        self.table.setAccessibleName("regionListResults")
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_LINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_REGION, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())  # the pane was resized
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._line_edited)
        self.summary = QLabel(self)
        self.summary.setObjectName("regionListSummary")
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("regionListAdd")
        self.add_button.clicked.connect(self.add_picks)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("regionListBack")
        self.back_button.clicked.connect(self._back)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("regionListClose")
        self.close_button.clicked.connect(self.close_flow)
        self.waiting = QLabel(self)
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("color: palette(mid);")

        text_page = QWidget(self)
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.input, 1)
        result_page = QWidget(self)
        result_layout = QVBoxLayout(result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.table, 1)
        result_layout.addWidget(self.summary)
        self.pages.addWidget(text_page)
        self.pages.addWidget(result_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        ctx.catalogueChanged.connect(self._catalogue_changed)
        self.retranslate()
        self._show_page(0)

    # -- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Paste a list of regions"))
        self._hint.setText(
            self.tr(
                "One region per line, as in a spreadsheet column: 서울 강남구 역삼1동, "
                "분당구 정자1동, 해운대구. CSV rows work too."
            )
        )
        self.input.setPlaceholderText(self.tr("Paste the list here (Ctrl+V)…"))
        self.match_button.setText(self.tr("&Match lines"))
        self.back_button.setText(self.tr("Edit the list"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Region")])
        self.waiting.setText(
            self.tr(
                "The offline region list is still being built (see the status bar): the lines "
                "are matched as soon as it is ready."
            )
        )
        if self.results:
            self._fill_table()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- entering a list -------------------------------------------------------------
    def start(self, text: str = "") -> None:
        """Show the flow with `text` (the clipboard, a dropped file); match it at once."""
        self.results = []
        self.input.setPlainText(text)
        self._show_page(0)
        if text.strip():
            self.match_input()
        else:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def match_input(self) -> None:
        matcher = self._current_matcher()
        if matcher is None:
            self._update_buttons()
            return  # matched when the catalogue arrives
        self.results = matcher.match_lines(self.input.toPlainText())
        self._fill_table()
        self._show_page(1)

    def _current_matcher(self) -> RegionListMatcher | None:
        catalogue = self.ctx.catalogue
        if catalogue is None:
            return None
        if self._matcher is None or self._matcher_of is not catalogue:
            self._matcher = RegionListMatcher(catalogue)
            self._matcher_of = catalogue
        return self._matcher

    def _catalogue_changed(self) -> None:
        self._update_buttons()
        if self.isVisible() and self.pages.currentIndex() == 0 and self.input.toPlainText().strip():
            self.match_input()

    # -- the table ---------------------------------------------------------------------
    def _fill_table(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.results))
            for row, result in enumerate(self.results):
                self._fill_row(row, result)
        finally:
            self._filling = False
        self._fit_rows()
        self._update_summary()

    def _fit_rows(self) -> None:
        """Long names wrap onto a second line in the narrow regions pane, rather than "…"."""
        if len(self.results) <= 200:  # a long list stays one line per row: instant
            self.table.resizeRowsToContents()

    def _fill_row(self, row: int, result: LineMatch) -> None:
        line = QTableWidgetItem(result.text)
        line.setToolTip(
            self.tr("Line %1 — double-click to edit it").replace("%1", str(result.line_no))
        )
        self.table.setItem(row, _LINE, line)
        self.table.removeCellWidget(row, _REGION)
        region = QTableWidgetItem()
        region.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        region.setForeground(QBrush(QColor(_COLOURS[result.status])))
        region.setIcon(self.style().standardIcon(_ICONS[result.status]))
        status = self._status_text(result.status)
        if result.status is MatchStatus.MATCHED and result.pick is not None:
            region.setText(full_name(result.pick))
            region.setData(Qt.ItemDataRole.UserRole, result.pick.value)
        elif result.status is MatchStatus.UNMATCHED:
            region.setText(self.tr("No region of that name: edit the line"))
        region.setData(Qt.ItemDataRole.AccessibleTextRole, f"{status}: {region.text()}")
        region.setToolTip(f"{status}: {region.text()}" if region.text() else status)
        self.table.setItem(row, _REGION, region)
        if result.status is MatchStatus.AMBIGUOUS:
            combo = QComboBox(self.table)
            combo.setObjectName(f"regionListChoice{row}")
            combo.setToolTip(status)
            combo.addItem(self.tr("Choose one of %1…").replace("%1", str(len(result.picks))), None)
            for pick in result.picks:
                combo.addItem(full_name(pick), pick.value)
            combo.currentIndexChanged.connect(lambda _i: self._update_summary())
            self.table.setCellWidget(row, _REGION, combo)

    def _status_text(self, status: MatchStatus) -> str:
        return {
            MatchStatus.MATCHED: self.tr("matched"),
            MatchStatus.AMBIGUOUS: self.tr("ambiguous"),
            MatchStatus.UNMATCHED: self.tr("unmatched"),
        }[status]

    def _line_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != _LINE:
            return
        row = item.row()
        matcher = self._current_matcher()
        if matcher is None or not 0 <= row < len(self.results):
            return
        old = self.results[row]
        result = matcher.match(item.text(), old.line_no)
        self.results[row] = result
        self._filling = True
        try:
            self._fill_row(row, result)
        finally:
            self._filling = False
        if len(self.results) <= 200:
            self.table.resizeRowToContents(row)
        self._update_summary()

    def choice(self, row: int) -> QComboBox | None:
        widget = self.table.cellWidget(row, _REGION)
        return widget if isinstance(widget, QComboBox) else None

    def _chosen(self, row: int) -> RegionPick | None:
        """The region a row will add: its match, or the candidate chosen for it."""
        result = self.results[row]
        if result.status is MatchStatus.MATCHED:
            return result.pick
        combo = self.choice(row)
        if result.status is MatchStatus.AMBIGUOUS and combo is not None:
            value = combo.currentData()
            return next((p for p in result.picks if p.value == value), None)
        return None

    def picks_to_add(self) -> tuple[RegionPick, ...]:
        picks = (self._chosen(row) for row in range(len(self.results)))
        return tuple({p.value: p for p in picks if p is not None}.values())

    def _update_summary(self) -> None:
        counts = {s: 0 for s in MatchStatus}
        for result in self.results:
            counts[result.status] += 1
        text = (
            self.tr("%1 matched, %2 ambiguous (choose one), %3 unmatched (edit the line)")
            .replace("%1", str(counts[MatchStatus.MATCHED]))
            .replace("%2", str(counts[MatchStatus.AMBIGUOUS]))
            .replace("%3", str(counts[MatchStatus.UNMATCHED]))
        )
        self.summary.setText(text)
        self._update_buttons()

    # -- acting ------------------------------------------------------------------------
    def add_picks(self) -> None:
        picks = self.picks_to_add()
        if not picks:
            return
        rows = [row for row in range(len(self.results)) if self._chosen(row) is not None]
        sel = self.ctx.state.selection
        text = self.tr("Add %1 regions from a pasted list").replace("%1", str(len(picks)))
        self.ctx.state.apply(sel.with_regions(picks), text)
        self.results = [r for i, r in enumerate(self.results) if i not in set(rows)]
        if not self.results:
            self.close_flow()
            return
        self._fill_table()
        message = self.tr("Added %1 regions; the lines below still need you.")
        self.ctx.statusMessage.emit(message.replace("%1", str(len(picks))))

    def _back(self) -> None:
        # The lines still listed (edited or not) go back into the text.
        if self.results:
            self.input.setPlainText("\n".join(r.text for r in self.results))
        self._show_page(0)

    def close_flow(self) -> None:
        self.results = []
        self.table.setRowCount(0)
        self.closed.emit()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_text = self.pages.currentIndex() == 0
        ready = self.ctx.catalogue is not None
        self.match_button.setVisible(on_text)
        self.match_button.setEnabled(ready and bool(self.input.toPlainText().strip()))
        self.waiting.setVisible(on_text and not ready)
        self.back_button.setVisible(not on_text)
        self.add_button.setVisible(not on_text)
        count = len(self.picks_to_add()) if not on_text else 0
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(self.tr("&Add %1 regions").replace("%1", str(count)))

    def rows(self) -> Sequence[LineMatch]:
        return tuple(self.results)
