"""Review mode, re-check and compare, hooked into the main window's menus.

`ui.review_menu.install_review_actions(window)` adds File ▸ Open for review…, Tools ▸
Re-check… and Tools ▸ Compare…, importing this package only when one is used; this package
never imports `ui.review_menu` (an import-linter contract keeps that circle gone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog  # noqa: F401  # tests patch the dialog through here

from moment_gui.domain.document import SavedSelection
from moment_gui.ui.review.window import ReviewWindow, open_for_review

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

__all__ = ["ReviewWindow", "open_for_review", "review_current"]


def review_current(window: MainWindow, tab: int = 0) -> ReviewWindow:
    """Review the main window's own selection: accepted findings land in its undo history."""
    doc = SavedSelection(window.ctx.state.selection, name=window.document_name)
    review = ReviewWindow(window.ctx, doc, window, editor=window)
    review.tabs.setCurrentIndex(tab)
    review.show()
    return review
