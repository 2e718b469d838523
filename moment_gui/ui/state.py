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
        self._pushed = False

    def redo(self) -> None:
        self._state._set(self._after)
        if self._pushed:  # QUndoStack.push runs redo() once: that is the edit, not a redo
            self._state.stepped.emit()
        self._pushed = True

    def undo(self) -> None:
        self._state._set(self._before)
        self._state.stepped.emit()


class SelectionState(QObject):
    """Holds the current selection. `changed` fires after every apply, undo and redo."""

    changed = Signal()
    replaced = Signal()  # `reset`: the picks now belong to something else (a file, nothing)
    stepped = Signal()  # after an undo or redo (not after a new edit): old messages are stale

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

    def amend_last_step(self, new: TargetingSelection) -> bool:
        """Fold `new` into the newest undo step (facts that arrived after it, e.g. the
        populations of a new Pixel term), so undo still takes one step. False, and nothing
        changes, when that step is not the current state any more (undone, or followed)."""
        stack = self.undo_stack
        top = stack.command(stack.count() - 1) if stack.count() else None
        if not isinstance(top, _ReplaceSelection) or stack.index() != stack.count():
            return False
        if top._after != self._selection:
            return False
        top._after = new
        if new != self._selection:
            self._set(new)
        return True

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
