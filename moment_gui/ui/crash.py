"""Unexpected errors: say so plainly, offer a report to copy, keep the app and the picks alive.

Both `sys.excepthook` (exceptions in Qt slots) and the asyncio loop's exception handler
(exceptions in background tasks) end here. The report never contains the business token:
the current token string, `Bearer …` and `Authorization …` text are all replaced.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import re
import sys
import traceback
from collections.abc import Callable, Iterable
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moment_gui import __version__

log = logging.getLogger(__name__)
REDACTED = "[redacted]"
TokenProvider = Callable[[], str | None]

_BEARER = re.compile(r"(?i)\bbearer\s+[^\s'\"]+")
_AUTH_HEADER = re.compile(r"(?i)(authorization['\"]?\s*[:=,]\s*['\"]?)([^'\"\n]+)")


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with every given secret, Bearer credential and Authorization value removed."""
    for secret in secrets:
        # Very short strings would blank out ordinary words; real tokens are long.
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    text = _BEARER.sub(f"Bearer {REDACTED}", text)
    return _AUTH_HEADER.sub(lambda m: m.group(1) + REDACTED, text)


def versions() -> str:
    return (
        f"moment-gui {__version__}; Python {platform.python_version()}; "
        f"PySide6 {PySide6.__version__}; Qt {qVersion()}; {platform.platform()}"
    )


class CrashDialog(QDialog):
    """Non-modal: the planner can keep working while it is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setObjectName("crashReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    @property
    def report(self) -> str:
        return self.details.toPlainText()

    def show_report(self, summary: str, report: str) -> None:
        self.summary.setText(summary)
        self.details.setPlainText(report)
        self.show()
        if QApplication.platformName() != "offscreen":  # no stacking order there: Qt warns
            self.raise_()

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)


class CrashReporter(QObject):
    """Turns an unexpected exception into a CrashDialog and a redacted log line."""

    def __init__(
        self,
        app: QApplication,
        token_provider: TokenProvider | None = None,
        parent_widget: Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(app)
        self._token = token_provider or (lambda: None)
        self._parent_widget = parent_widget or QApplication.activeWindow
        self.dialog: CrashDialog | None = None
        self.count = 0

    def summary(self, exc: BaseException) -> str:
        first = str(exc).splitlines()[0] if str(exc) else ""
        what = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        intro = self.tr(
            "Something unexpected went wrong. Your picks are kept and you can keep working; "
            "saving now is a good idea. Please send the copied report to support."
        )
        return redact(f"{intro}\n\n{what}", [self._token()])

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> str:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        return redact(f"{versions()}\n\n{text}", [self._token()])

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        report = self.report(exc_type, exc, tb)
        log.error("Unexpected error\n%s", report)
        try:
            if self.dialog is None:
                self.dialog = CrashDialog(self._parent_widget())
            self.dialog.show_report(self.summary(exc), report)
        except Exception:  # a broken dialog must never hide the original error
            print(report, file=sys.stderr)

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            self.handle(type(exc), exc, exc.__traceback__)
            return
        message = redact(str(context.get("message", "")), [self._token()])
        log.warning("asyncio: %s", message)


def install_excepthook(
    app: QApplication,
    token_provider: TokenProvider | None = None,
    loop: asyncio.AbstractEventLoop | None = None,
) -> CrashReporter:
    """Route slot exceptions (sys.excepthook) and task exceptions (`loop`) to one reporter."""
    reporter = CrashReporter(app, token_provider)
    sys.excepthook = reporter.handle
    if loop is not None:
        loop.set_exception_handler(reporter.loop_handler)
    return reporter
