"""A whole session with a real token, then every file the app wrote and every log line is
searched for it: connect through the real welcome/connect flow over HTTP, load and use every
panel, hit an expired token, save, export, autosave, and trigger a crash report."""

from __future__ import annotations

import base64
import logging
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import qasync
from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.app import create_demo_window
from moment_gui.cli import main as cli_main
from moment_gui.services.lookups import Source
from moment_gui.simulator import SimulatorState
from moment_gui.ui.audiences.pixel import TERM_SETTLE_MS
from moment_gui.ui.crash import install_excepthook
from moment_gui.ui.documents import DocumentController
from moment_gui.ui.recovery import RecoveryController
from moment_gui.ui.session import BASE_URL_ENV, SessionController
from moment_gui.ui.widgets.panel_status import PanelStatus
from tests.support.keyrings import MemoryKeyring

ACCOUNT = 1234
TOKEN = "leakcheck-" + secrets.token_hex(16)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(null.Keyring())


def _needles() -> list[bytes]:
    raw = TOKEN.encode()
    return [raw, base64.b64encode(raw), raw.hex().encode(), TOKEN[::-1].encode()]


def _files_containing_token(*roots: Path) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(n in data for n in _needles()):
                    hits.append(str(path))
    return hits


def test_a_full_live_session_writes_and_logs_no_token(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    sim_server: str,
    sim_state: SimulatorState,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    _isolated_user_dirs: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(BASE_URL_ENV, sim_server)
    sim_state.valid_tokens.add(TOKEN)
    save_dir = tmp_path / "selections"
    save_dir.mkdir()
    saved = save_dir / "leak-check.moment.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))

    window = create_demo_window()
    qtbot.addWidget(window)
    session = SessionController(window)
    documents = DocumentController(window, window.ctx, window.settings)
    recovery = RecoveryController(window, window.ctx, documents, delay_ms=50)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_hook = sys.excepthook
    reporter = install_excepthook(app, token_provider=session.current_token, loop=qloop)
    try:
        window.show()
        qtbot.waitUntil(window.start_loading().done, timeout=60000)

        # Connect through the dialog, exactly as a planner would.
        dialog = session.show_connect()
        form = dialog.form
        qtbot.keyClicks(form.token_input, TOKEN)
        qtbot.mouseClick(form.check_button, Qt.MouseButton.LeftButton)
        # The token lists its ad accounts; the planner picks one from the list.
        qtbot.waitUntil(lambda: dialog.accounts.list.select_id(ACCOUNT), timeout=30000)
        qtbot.mouseClick(dialog.accounts.use_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.ctx.lookups.source is Source.LIVE, timeout=30000)
        qtbot.waitUntil(lambda: not window.ctx.busy, timeout=60000)
        assert memory_keyring.passwords, "the token should be in the (test) keychain"

        # Use every panel: tick a category, search regions, visit every audience tab, slide.
        view = window.findChild(QWidget, "adServingCategoryList")
        model = view.model()  # type: ignore[attr-defined]
        model.setData(
            model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        window.region_panel.search_box.setText("강남")  # QTest cannot type Hangul
        qtbot.waitUntil(lambda: not window.region_panel.search.pending, timeout=30000)
        tabs = window.findChild(QWidget, "audienceTabs")
        for i in range(tabs.count()):  # type: ignore[attr-defined]
            tabs.setCurrentIndex(i)  # type: ignore[attr-defined]
        slider = window.findChild(QWidget, "termSlider")
        slider.setValue(90)  # type: ignore[attr-defined]
        qtbot.wait(TERM_SETTLE_MS + 100)  # let the term settle and its reload start
        qtbot.waitUntil(lambda: not window.ctx.busy, timeout=60000)
        assert not [s.text for s in window.findChildren(PanelStatus) if s.is_error]
        assert window.ctx.state.selection.ad_serving_categories

        # The token expires mid-session: panels say so, then it comes back.
        sim_state.valid_tokens.discard(TOKEN)
        qtbot.waitUntil(window.start_loading().done, timeout=60000)
        sim_state.valid_tokens.add(TOKEN)
        if session.dialog is not None:
            session.dialog.hide()

        # Save, export, copy, autosave, and one crash report naming the token.
        assert documents.save()
        window.preview.copy_fragment()
        recovery.autosave_now()
        window.save_layout()
        assert cli_main(["export", str(saved)]) == 0
        try:
            raise RuntimeError(f"request failed with Authorization: KakaoAK {TOKEN}")
        except RuntimeError as exc:
            reporter.handle(RuntimeError, exc, exc.__traceback__)
        crash_text = reporter.dialog.report if reporter.dialog is not None else ""
        clipboard = QApplication.clipboard().text()
    finally:
        sys.excepthook = old_hook
        qloop.set_exception_handler(None)
        window.close_guards.clear()
        if session.dialog is not None:
            session.dialog.hide()
        window.close()

    assert saved.exists() and reporter.count == 1
    assert "RuntimeError" in crash_text and "[redacted]" in crash_text  # a report, redacted
    canary = tmp_path / "canary" / "c.txt"  # the scan itself must be able to find the token
    canary.parent.mkdir()
    canary.write_text(f"x{TOKEN}x")
    assert _files_containing_token(canary.parent) == [str(canary)]
    written = _files_containing_token(_isolated_user_dirs, save_dir)
    assert written == [], f"token found in {written}"
    log_lines = [r.getMessage() for r in caplog.records] + [
        logging.Formatter().format(r) for r in caplog.records
    ]
    assert not [line for line in log_lines if TOKEN in line]
    out, err = capsys.readouterr()
    assert TOKEN not in out and TOKEN not in err
    assert TOKEN not in crash_text and TOKEN not in clipboard
    files = sum(
        1 for root in (_isolated_user_dirs, save_dir) for p in root.rglob("*") if p.is_file()
    )
    print(f"leak check: {files} files and {len(caplog.records)} log records searched; no token")
