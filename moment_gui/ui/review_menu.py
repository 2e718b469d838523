"""File ▸ Open for review… and the Tools menu, without importing review mode itself.

The review package (its windows, the diff and re-check models) is imported when one of
these actions is first used, so it costs nothing before the main window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow


def _open_file(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog  # its enums are built on first use, not at start

    from moment_gui.domain.document import DocumentError
    from moment_gui.ui.i18n import tr_error
    from moment_gui.ui.review import open_for_review

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


def _review_current(window: MainWindow, tab: int) -> None:
    from moment_gui.ui.review import review_current

    review_current(window, tab)


def install_review_actions(window: MainWindow) -> None:
    """File ▸ Open for review… (above Quit), Tools ▸ Re-check… and Tools ▸ Compare… (the
    window's own menus); their words follow a language switch."""
    from moment_gui.ui.live_text import live_text

    open_action = QAction(window)
    window.file_menu.insertAction(window.quit_action, open_action)
    window.file_menu.insertSeparator(window.quit_action)
    window.review_open_action = open_action
    open_action.triggered.connect(lambda: _open_file(window))
    menu = window.tools_menu
    recheck = menu.addAction("")
    recheck.triggered.connect(lambda: _review_current(window, 1))
    compare = menu.addAction("")
    compare.triggered.connect(lambda: _review_current(window, 2))

    def words() -> None:
        open_action.setText(QCoreApplication.translate("Review", "Open for re&view…"))
        recheck.setText(QCoreApplication.translate("Review", "&Re-check against current data…"))
        compare.setText(QCoreApplication.translate("Review", "&Compare…"))

    live_text(window, words)
