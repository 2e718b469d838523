"""The table behind every audience tab: one row per audience item, picked or not.

A row is ticked (picked) and, when picked, Included or Excluded. The model never edits picks:
clicks become `pickRequested(key, inclusion)` ("" = remove) and the tab applies them to the
undoable selection, then pushes the truth back with `set_picks()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from moment_gui.domain.selection import AudiencePick, Inclusion
from moment_gui.ui.widgets.checklist import KEY_ROLE
from moment_gui.ui.widgets.population_bar import (
    POPULATION_MAX_ROLE,
    POPULATION_ROLE,
    format_population,
)

INCLUSION_ROLE = Qt.ItemDataRole.UserRole + 30  # "INCLUDE" | "EXCLUDE" | "" (not picked)
USABLE_ROLE = Qt.ItemDataRole.UserRole + 31  # bool: may be newly picked
SORT_ROLE = Qt.ItemDataRole.UserRole + 32  # what the header sorts by

INCLUDE_COLOUR = QColor("#1b7f3b")
EXCLUDE_COLOUR = QColor("#b3261e")

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AudienceRow:
    """One audience item as shown. `cells` are the descriptive columns (name first).

    `reason` is the plain sentence why it cannot be picked (empty when usable); `make_pick`
    builds the pick with the facts seen now (services/picks.py).
    """

    key: str
    cells: tuple[str, ...]
    make_pick: Callable[[Inclusion], AudiencePick]
    population: int | None = None
    reason: str = ""
    tooltip: str = ""
    ghost: bool = False  # a pick the list does not offer, shown so it is never dropped

    @property
    def usable(self) -> bool:
        return not self.reason


class AudienceModel(QAbstractTableModel):
    """Columns: the tab's descriptive headers, then "Use as", then (optionally) population."""

    pickRequested = Signal(str, str)  # key, "INCLUDE" | "EXCLUDE" | "" (remove)

    def __init__(
        self, headers: Sequence[str], population_header: str | None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._population_header = population_header
        self.inclusion_column = len(self._headers)
        self.population_column = self.inclusion_column + 1 if population_header else -1
        self._rows: list[AudienceRow] = []
        self._row_of: dict[str, int] = {}
        self._picks: dict[str, Inclusion] = {}
        self._blocked: dict[str, str] = {}  # key → why the campaign cannot use it
        self._max_population = 0

    # -- shape ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._headers) + (2 if self._population_header else 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self._headers):
            return self._headers[section]
        if section == self.inclusion_column:
            return self.tr("Use as")
        if section == self.population_column:
            return self._population_header
        return None

    def set_headers(self, headers: Sequence[str], population_header: str | None) -> None:
        """New header words (a language switch); the columns stay the same."""
        self._headers = list(headers)
        if population_header is not None:
            self._population_header = population_header
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row(self, row: int) -> AudienceRow:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def picks(self) -> Mapping[str, Inclusion]:
        return dict(self._picks)

    # -- data -----------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._effective(self._rows[index.row()])
        col = index.column()
        inclusion = self._picks.get(item.key)
        if role == KEY_ROLE:
            return item.key
        if role == USABLE_ROLE:
            return item.usable
        if role == INCLUSION_ROLE:
            return inclusion.value if inclusion else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            why = item.reason or item.tooltip
            if col == 0 and item.cells:  # the name may be elided in a narrow pane
                return "\n".join(t for t in (why, item.cells[0]) if t) or None
            return why or None
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if inclusion else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, col, inclusion)
        if role == Qt.ItemDataRole.FontRole and col == 0 and inclusion is Inclusion.EXCLUDE:
            font = QFont()
            font.setStrikeOut(True)  # excluded: these people are kept out
            return font
        if role in (POPULATION_ROLE, POPULATION_MAX_ROLE) and col == self.population_column:
            return item.population if role == POPULATION_ROLE else self._max_population
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(item, col, inclusion, sort=role == SORT_ROLE)
        return None

    def _effective(self, item: AudienceRow) -> AudienceRow:
        """The row with the campaign's reason when the campaign cannot use it."""
        blocked = self._blocked.get(item.key)
        if not blocked or item.reason:
            return item
        cells = item.cells
        if len(cells) > 1:  # the last detail column (Status) says why, as the tooltip does
            cells = (*cells[:-1], blocked)
        return replace(item, reason=blocked, cells=cells)

    def set_blocked(self, reasons: Mapping[str, str]) -> None:
        """Grey out, with the reason, the rows the current campaign cannot use."""
        if dict(reasons) == self._blocked:
            return
        self._blocked = dict(reasons)
        if self._rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    def is_usable(self, key: str) -> bool:
        row = self._row_of.get(key)
        return row is not None and self._effective(self._rows[row]).usable

    def _display(self, item: AudienceRow, col: int, inclusion: Inclusion | None, sort: bool) -> Any:
        if col < len(item.cells):
            return item.cells[col]
        if col == self.inclusion_column:
            return self.inclusion_text(inclusion)
        if col == self.population_column:
            return (item.population or -1) if sort else format_population(item.population)
        return "" if col < len(self._headers) else None

    def inclusion_text(self, inclusion: Inclusion | None) -> str:
        if inclusion is Inclusion.INCLUDE:
            return self.tr("Include")
        if inclusion is Inclusion.EXCLUDE:
            return self.tr("Exclude")
        return ""

    def _foreground(self, item: AudienceRow, col: int, inclusion: Inclusion | None) -> Any:
        if col == 0 and inclusion is Inclusion.EXCLUDE:
            return QBrush(EXCLUDE_COLOUR)
        if col == self.inclusion_column and inclusion is not None:
            return QBrush(INCLUDE_COLOUR if inclusion is Inclusion.INCLUDE else EXCLUDE_COLOUR)
        if not item.usable:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self._effective(self._rows[index.row()])
        picked = item.key in self._picks
        if not item.usable and not picked:
            # Greyed out: the tooltip and the status text say why.
            return Qt.ItemFlag.ItemIsSelectable
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # -- requests from the view -----------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = self._rows[index.row()].key
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            current = self._picks.get(key)
            return self.request(key, (current or Inclusion.INCLUDE) if checked else None)
        if role == INCLUSION_ROLE:
            return self.request(key, Inclusion(value) if value else None)
        return False

    def request(self, key: str, inclusion: Inclusion | None) -> bool:
        """Ask for `key` to become picked as `inclusion` (None: removed). Refuses to newly pick
        an unusable row; removing is always allowed."""
        row = self._row_of.get(key)
        if row is None or self._picks.get(key) == inclusion:
            return False
        if inclusion is not None and not self._effective(self._rows[row]).usable:
            return False
        self.pickRequested.emit(key, inclusion.value if inclusion else "")
        return True

    # -- sync from the selection ----------------------------------------------------
    def set_rows(self, rows: Sequence[AudienceRow]) -> None:
        """Show `rows`. When they are the rows already shown (same items in the same order,
        e.g. a refresh after the cached copy) they are updated in place: selection, scroll
        position and sorting stay. Ghost rows for picks the new list still lacks are kept."""
        # Usable rows first (stable otherwise): what can be picked should not hide below
        # a block of deleted or still-extracting audiences.
        unique = list({r.key: r for r in rows}.values())
        new = sorted(unique, key=lambda r: not r.usable)
        keys = {r.key for r in new}
        ghosts = [r for r in self._rows if r.ghost and r.key not in keys]
        if self._rows and [r.key for r in new + ghosts] == [r.key for r in self._rows]:
            self._rows = new + ghosts
            self._update_max()
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
            return
        self.beginResetModel()
        self._rows = new
        self._row_of = {r.key: i for i, r in enumerate(self._rows)}
        self._update_max()
        self.endResetModel()

    def _update_max(self) -> None:
        populations = [r.population for r in self._rows if r.population]
        self._max_population = max(populations, default=0)

    def add_rows(self, rows: Sequence[AudienceRow]) -> None:
        """Append rows whose keys are not shown yet (picks the list no longer offers)."""
        new = [r for r in {r.key: r for r in rows}.values() if r.key not in self._row_of]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, r in enumerate(new):
            self._rows.append(r)
            self._row_of[r.key] = first + offset
        self.endInsertRows()

    def set_picks(self, picks: Mapping[str, Inclusion]) -> None:
        """Make the picked rows match `picks`; repaints only rows that changed."""
        changed = {k for k in set(self._picks) | set(picks) if self._picks.get(k) != picks.get(k)}
        self._picks = dict(picks)
        last = self.columnCount() - 1
        for key in changed:
            row = self._row_of.get(key)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
