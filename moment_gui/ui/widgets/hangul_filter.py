"""A filter proxy that matches the way region search does: 초성 and half-typed syllables.

`ㅅㅇ` finds 식음료, `식으` (식음 half typed) finds it too, and Latin text matches without
regard to case or spaces. Shared by the placement checklists and the audience tables, so a
planner's typing habits work the same in every filter box.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

if TYPE_CHECKING:  # the matcher is imported with the first query, not at start-up
    from moment_gui.domain.hangul import Prepared, Query

AnyIndex = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=8192)
def _prepared(text: str) -> Prepared:
    """Row texts repeat on every keystroke: prepare each once."""
    from moment_gui.domain.hangul import prepare

    return prepare(text)


class HangulFilterProxyModel(QSortFilterProxyModel):
    """Rows whose `filterRole` text (in `filterKeyColumn`, or any column if -1) matches the
    query set with `set_query()`. An empty or blank query shows every row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query: Query | None = None
        self._find_match: Callable[[Query, Prepared], tuple[int, int] | None] | None = None
        self._query_text = ""

    @property
    def query_text(self) -> str:
        return self._query_text

    def set_query(self, text: str) -> None:
        from moment_gui.domain.hangul import compile_query, find_match

        self._find_match = find_match
        query = compile_query(text)
        self._query_text = text
        if query == self._query:
            return
        self.beginFilterChange()
        self._query = query
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        query, find_match = self._query, self._find_match
        source = self.sourceModel()
        if query is None or find_match is None or source is None:
            return True
        key_column = self.filterKeyColumn()
        columns = range(source.columnCount(source_parent)) if key_column < 0 else [key_column]
        role = self.filterRole()
        for column in columns:
            value = source.index(source_row, column, source_parent).data(role)
            if value is None:
                continue
            if find_match(query, _prepared(str(value))) is not None:
                return True
        return False
