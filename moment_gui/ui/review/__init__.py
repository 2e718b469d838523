"""Review mode, re-check and compare, hooked into the main window's menus.

`install_review_actions(window)` adds File ▸ Open for review…, Tools ▸ Re-check… and
Tools ▸ Compare…; the main window itself does not know about review mode. It lives in
`ui.review_menu` so start-up can add the actions without importing this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog  # noqa: F401  # tests patch the dialog through here

from moment_gui.domain.document import SavedSelection
from moment_gui.ui.review.window import ReviewWindow, open_for_review
from moment_gui.ui.review_menu import install_review_actions

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

__all__ = ["ReviewWindow", "install_review_actions", "open_for_review", "review_current"]


def review_current(window: MainWindow, tab: int = 0) -> ReviewWindow:
    """Review the main window's own selection: accepted findings land in its undo history."""
    doc = SavedSelection(window.ctx.state.selection, name=window.document_name)
    review = ReviewWindow(window.ctx, doc, window, editor=window)
    review.tabs.setCurrentIndex(tab)
    review.show()
    return review
