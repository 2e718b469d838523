"""The one current selection of the window, with undo/redo for every pick.

Panels never mutate picks themselves: they build a new `TargetingSelection` and call
`apply()`. Every apply is one undoable step; panels repaint from `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from moment_gui.domain.selection import TargetingSelection


class _ReplaceSelection(QUndoCommand):
    def __init__(
        self,
        state: SelectionState,
        before: TargetingSelection,
        after: TargetingSelection,
        text: str,
    ) -> None:
        super().__init__(text)
        self._state = state
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._state._set(self._after)

    def undo(self) -> None:
        self._state._set(self._before)


class SelectionState(QObject):
    """Holds the current selection. `changed` fires after every apply, undo and redo."""

    changed = Signal()
    replaced = Signal()  # `reset`: the picks now belong to something else (a file, nothing)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selection = TargetingSelection()
        self.undo_stack = QUndoStack(self)

    @property
    def selection(self) -> TargetingSelection:
        return self._selection

    def apply(self, new: TargetingSelection, text: str) -> None:
        """Make `new` current as one undoable step named `text` (shown in Edit ▸ Undo …)."""
        if new == self._selection:
            return
        self.undo_stack.push(_ReplaceSelection(self, self._selection, new, text))

    def reset(self, new: TargetingSelection) -> None:
        """Replace without undo history (opening a file, starting afresh)."""
        self.undo_stack.clear()
        self._set(new)
        self.undo_stack.setClean()
        self.replaced.emit()

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def _set(self, new: TargetingSelection) -> None:
        self._selection = new
        self.changed.emit()
