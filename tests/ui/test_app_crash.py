"""An unexpected error shows a non-modal report without the token, and the app keeps going."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from moment_gui.ui.context import AppContext
from moment_gui.ui.crash import REDACTED, CrashReporter, install_excepthook, redact
from moment_gui.ui.state import SelectionState

TOKEN = "kakao-business-token-5f1e9c"


@pytest.fixture
def reporter(
    qapp: QApplication, qloop: qasync.QEventLoop, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CrashReporter]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    hook = install_excepthook(qapp, token_provider=lambda: TOKEN, loop=qloop)
    yield hook
    if hook.dialog is not None:
        hook.dialog.close()
        hook.dialog.deleteLater()
    hook.deleteLater()


def test_redact_removes_the_token_bearer_and_authorization_values() -> None:
    text = (
        f"token={TOKEN}\nheaders={{'Authorization': 'Bearer other-secret-1'}}\n"
        "Authorization: Bearer xyz.abc\nplain words stay"
    )
    out = redact(text, [TOKEN])
    assert TOKEN not in out and "other-secret-1" not in out and "xyz.abc" not in out
    assert out.count(REDACTED) >= 3
    assert "plain words stay" in out


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_non_modal_report_without_the_token(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    button = QPushButton("boom")
    qtbot.addWidget(button)

    def explode() -> None:
        raise ValueError(f"request failed with Authorization: Bearer {TOKEN}")

    button.clicked.connect(explode)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()
    assert "ValueError" in dialog.report and "Traceback" in dialog.report
    assert "PySide6" in dialog.report  # versions travel with the report
    assert TOKEN not in dialog.report and TOKEN not in dialog.summary.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.report and TOKEN not in copied
    assert button.isEnabled()  # the app is still alive and responsive


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_background_task_reaches_the_same_dialog(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    state = SelectionState()
    ctx = AppContext(state, object())  # type: ignore[arg-type]

    async def fail_later() -> None:
        await asyncio.sleep(0)
        raise RuntimeError(f"task broke holding {TOKEN}")

    ctx.spawn(fail_later())
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert "RuntimeError" in reporter.dialog.report
    assert TOKEN not in reporter.dialog.report
    assert reporter.count == 1


def test_the_log_line_of_a_crash_is_redacted_too(
    reporter: CrashReporter, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise KeyError(TOKEN)
    except KeyError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    assert "Unexpected error" in caplog.text
    assert TOKEN not in caplog.text


def test_crash_reports_redact_the_token_the_session_holds_now_not_only_the_first_one():
    from types import SimpleNamespace

    from moment_gui.app import _current_token

    replaced = SimpleNamespace(session=SimpleNamespace(current_token=lambda: "new-token-after-401"))
    assert _current_token(replaced, "token-at-start") == "new-token-after-401"  # type: ignore[arg-type]
    no_session = SimpleNamespace(session=None)
    assert _current_token(no_session, "token-at-start") == "token-at-start"  # type: ignore[arg-type]
