"""Review mode, re-check and compare, hooked into the main window's menus.

`install_review_actions(window)` adds File ▸ Open for review…, Tools ▸ Re-check… and
Tools ▸ Compare…; the main window itself does not know about review mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from moment_gui.domain.document import DocumentError, SavedSelection
from moment_gui.ui.i18n import tr_error
from moment_gui.ui.review.window import ReviewWindow, open_for_review

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


def install_review_actions(window: MainWindow) -> None:
    def open_file() -> None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Review", "Open for review"),
            "",
            QCoreApplication.translate("Review", "Selections (*.json);;All files (*)"),
        )
        if not path:
            return
        try:
            review = open_for_review(path, window.ctx.lookups, window, editor=window)
        except DocumentError as e:
            window.status.show_error(tr_error(e), None)
            return
        review.show()

    open_action = window.file_menu.addAction(
        QCoreApplication.translate("Review", "Open for &review…")
    )
    open_action.triggered.connect(open_file)
    menu = QMenu(QCoreApplication.translate("Review", "&Tools"), window)
    menu.setObjectName("toolsMenu")
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    menu.addAction(
        QCoreApplication.translate("Review", "&Re-check against current data…")
    ).triggered.connect(lambda: review_current(window, 1))
    menu.addAction(QCoreApplication.translate("Review", "&Compare…")).triggered.connect(
        lambda: review_current(window, 2)
    )
    window.tools_menu = menu  # type: ignore[attr-defined]
