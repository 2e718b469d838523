"""Welcome, connecting a business token over real HTTP, insecure storage, expiry, leaks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.demo import make_demo_lookups
from moment_gui.domain.selection import RegionPick, TargetingSelection
from moment_gui.services.lookups import Source
from moment_gui.simulator import SimulatorState
from moment_gui.store.secrets import SERVICE, USERNAME, MemoryTokenStore, TokenStore
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.documents import DocumentController
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.recovery import RecoveryController
from moment_gui.ui.session import BASE_URL_ENV, SessionController
from moment_gui.ui.state import SelectionState
from moment_gui.ui.welcome import DialogMode
from moment_gui.ui.widgets.panel_status import PanelStatus
from tests.support.keyrings import MemoryKeyring

LIVE_TOKEN = "live-token-7f3a9c1e5b2d"
NEW_TOKEN = "renewed-token-0c4e8a2f6d1b"
ACCOUNT = 1234
PICKS = TargetingSelection(regions=(RegionPick("I", "서울특별시", "서울특별시"),))


class CohortPanel(QWidget):
    """A panel that loads like the real ones: through PanelStatus, reloading on lookupsChanged."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = PanelStatus(self)
        QVBoxLayout(self).addWidget(self.status)
        self.status.authFailed.connect(ctx.authExpired)
        ctx.lookupsChanged.connect(self.reload)
        self.loaded: list[Source] = []

    def reload(self) -> None:
        self.ctx.spawn(self.load(), key="cohort-panel")

    async def load(self) -> None:
        result = await self.status.guard(self.ctx.lookups.cohorts)
        if result is not None:
            self.loaded.append(result.source)


class Harness:
    def __init__(self, qtbot: QtBot, store: TokenStore | MemoryTokenStore) -> None:
        self.qtbot = qtbot
        self.settings = Settings.load()
        self.ctx = AppContext(SelectionState(), make_demo_lookups())
        factories = {
            "regions": lambda c, p: CohortPanel(c, p),
            "placements": lambda c, p: QWidget(p),
            "audiences": lambda c, p: QWidget(p),
        }
        self.window = MainWindow(self.ctx, self.settings, panel_factories=factories)  # type: ignore[dict-item]
        self.panel = self.window.region_panel
        assert isinstance(self.panel, CohortPanel)
        self.session = SessionController(self.window, self.ctx, store, self.settings)

    def connect(self, token: str, account: int | None = ACCOUNT) -> None:
        """Type the token, Check, then choose `account` from the listed ad accounts."""
        dialog = self.session.dialog
        if dialog is None or not dialog.isVisible():
            dialog = self.session.show_connect()
        form = dialog.form
        form.token_input.clear()
        self.qtbot.keyClicks(form.token_input, token)
        self.qtbot.mouseClick(form.check_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: form.busy.isHidden(), timeout=10000)
        if account is None or not dialog.isVisible() or dialog.accounts.isHidden():
            return  # refused, or a renewed token went straight on with its account
        self.choose(account)

    def choose(self, account: int) -> None:
        assert self.session.dialog is not None
        step = self.session.dialog.accounts
        self.qtbot.keyClicks(step.list.search, str(account))
        assert step.list.select_id(account), f"account {account} is not listed"
        self.qtbot.mouseClick(step.use_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: step.busy.isHidden(), timeout=10000)


@pytest.fixture
def secure_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(null.Keyring())


@pytest.fixture
def live(
    sim_server: str, sim_state: SimulatorState, monkeypatch: pytest.MonkeyPatch
) -> SimulatorState:
    monkeypatch.setenv(BASE_URL_ENV, sim_server)
    sim_state.valid_tokens.add(LIVE_TOKEN)
    return sim_state


def _harness(qtbot: QtBot, store: TokenStore | MemoryTokenStore) -> Iterator[Harness]:
    h = Harness(qtbot, store)
    yield h
    h.window.close_guards.clear()
    if h.session.dialog is not None:
        h.session.dialog.hide()
    h.window.close()  # cancels the panels' loads; let them end before the widgets go
    h.qtbot.waitUntil(lambda: not h.ctx.busy, timeout=5000)
    shiboken6.delete(h.window)


@pytest.fixture
def h(qtbot: QtBot, qloop: object, secure_keyring: MemoryKeyring) -> Iterator[Harness]:
    yield from _harness(qtbot, TokenStore())


@pytest.fixture
def h_insecure(qtbot: QtBot, qloop: object) -> Iterator[Harness]:
    # conftest's default backend is keyring's null backend: no secure storage at all.
    yield from _harness(qtbot, TokenStore())


def _cohort_requests(state: SimulatorState) -> int:
    return sum(1 for r in state.requests if r.path.endswith("/cohort/availables"))


def test_first_run_without_a_stored_token_welcomes_with_connect_and_demo(h: Harness) -> None:
    h.session.start()
    dialog = h.session.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.mode is DialogMode.WELCOME
    assert dialog.connect_button.text() == "&Connect with a business token"
    assert dialog.demo_button.text() == "Try the &demo"
    assert dialog.form.isHidden()
    h.qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not dialog.form.isHidden()
    assert dialog.form.token_input.echoMode() == dialog.form.token_input.EchoMode.Password


def test_try_the_demo_closes_the_welcome_and_keeps_demo_data(h: Harness) -> None:
    h.session.start()
    assert h.session.dialog is not None
    h.qtbot.mouseClick(h.session.dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not h.session.dialog.isVisible()
    assert h.ctx.lookups.source is Source.DEMO


def test_no_welcome_when_the_demo_was_asked_for_or_a_token_is_stored(
    h: Harness, secure_keyring: MemoryKeyring
) -> None:
    h.session.start(demo=True)
    assert h.session.dialog is None
    secure_keyring.set_password(SERVICE, USERNAME, LIVE_TOKEN)
    h.session.start()
    assert h.session.dialog is None


def test_a_valid_token_is_checked_over_http_kept_in_the_keychain_and_panels_reload(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    h.connect(LIVE_TOKEN)
    assert h.session.dialog is not None and not h.session.dialog.isVisible()
    assert secure_keyring.passwords[(SERVICE, USERNAME)] == LIVE_TOKEN
    assert h.ctx.lookups.source is Source.LIVE
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)
    assert _cohort_requests(live) >= 2  # the check, then the panel's reload
    assert Settings.load().last_ad_account_id == ACCOUNT
    assert h.window.status.source.text() == "Kakao Moment · ad account 1234"
    assert h.session.dialog.form.token_input.text() == ""  # not left lying in the widget


def test_a_wrong_token_shows_the_plain_error_inline_and_stores_nothing(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    h.connect("not-a-valid-token")
    assert h.session.dialog is not None and h.session.dialog.isVisible()
    assert "rejected or has expired" in h.session.dialog.form.result_text
    assert secure_keyring.passwords == {}
    assert h.ctx.lookups.source is Source.DEMO


def test_an_ad_account_without_permission_is_refused_before_anything_is_stored(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    live.ad_accounts.append({"id": 4321, "name": "남의 광고계정", "config": "ON"})
    h.connect(LIVE_TOKEN, account=4321)
    dialog = h.session.dialog
    assert dialog is not None and dialog.isVisible()
    assert "no permission on this ad account" in dialog.accounts.result_text
    assert secure_keyring.passwords == {}
    assert h.ctx.lookups.source is Source.DEMO
    h.choose(ACCOUNT)  # another account from the same list works
    assert not dialog.isVisible() and h.ctx.lookups.source is Source.LIVE
    assert Settings.load().last_ad_account_id == ACCOUNT
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)


def test_the_account_is_chosen_from_every_page_of_the_list_not_typed(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring, ime_type: Callable[..., None]
) -> None:
    more = [{"id": 300001 + i, "name": f"추가 계정 {i:03d}", "config": "ON"} for i in range(110)]
    live.ad_accounts.extend(more)  # three pages of Kakao's 50
    live.ad_account_ids.update(a["id"] for a in more)
    dialog = h.session.show_connect()
    assert dialog.accounts.isHidden()  # no list before the token is checked
    assert not hasattr(dialog.form, "account_input")
    h.connect(LIVE_TOKEN, account=None)
    step = dialog.accounts
    assert not step.isHidden()
    assert "Choose the ad account" in dialog.form.result_text
    listed = [row.id for row in step.list.rows]
    assert listed == [a["id"] for a in live.ad_accounts] and len(listed) > 100
    pages = [r for r in live.requests if r.path.endswith("/adAccounts/pages")]
    assert len(pages) == 3
    assert step.list.current_id is None and not step.use_button.isEnabled()
    # Search by name narrows the list; status is shown on every row.
    ime_type(step.list.search, "대행 광고계정 09")
    assert step.list.proxy.rowCount() == 1
    row_text = step.list.proxy.index(0, 0).data()
    assert row_text == "대행 광고계정 09  ·  ID 200007  ·  OFF"  # name, ID and status
    step.list.search.clear()
    assert step.list.proxy.rowCount() == len(listed)
    h.choose(200007)
    assert not dialog.isVisible()
    assert h.ctx.lookups.ad_account_id == 200007
    assert Settings.load().last_ad_account_id == 200007
    assert h.window.status.source.text() == "Kakao Moment · ad account 200007"
    assert secure_keyring.passwords[(SERVICE, USERNAME)] == LIVE_TOKEN
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)


def test_the_remembered_account_is_preselected_and_can_be_switched_from_the_menu(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    assert not h.session.account_action.isEnabled()  # demo: nothing to choose
    h.connect(LIVE_TOKEN)
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)
    h.ctx.state.apply(PICKS, "pick")
    assert h.session.account_action.isEnabled()
    h.session.account_action.trigger()
    dialog = h.session.dialog
    assert dialog is not None and dialog.mode is DialogMode.ACCOUNT
    assert dialog.form.isHidden()  # no token asked again
    step = dialog.accounts
    h.qtbot.waitUntil(lambda: len(step.list.rows) > 0, timeout=10000)
    assert step.list.current_id == ACCOUNT  # remembered
    loads = len(h.panel.loaded)
    h.choose(200001)
    assert not dialog.isVisible()
    assert h.ctx.lookups.ad_account_id == 200001
    h.qtbot.waitUntil(lambda: len(h.panel.loaded) > loads, timeout=10000)
    assert h.ctx.state.selection == PICKS
    assert Settings.load().last_ad_account_id == 200001
    h.session.account_action.trigger()
    h.qtbot.waitUntil(lambda: len(step.list.rows) > 0, timeout=10000)
    assert step.list.current_id == 200001


def test_a_failed_account_list_says_why_and_retry_loads_it(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    h.connect(LIVE_TOKEN)
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)
    live.valid_tokens.discard(LIVE_TOKEN)
    h.session.account_action.trigger()
    dialog = h.session.dialog
    assert dialog is not None
    status = dialog.accounts.list.status
    h.qtbot.waitUntil(lambda: status.is_error, timeout=10000)
    assert "rejected or has expired" in status.text
    live.valid_tokens.add(LIVE_TOKEN)
    h.qtbot.mouseClick(status._retry, Qt.MouseButton.LeftButton)
    h.qtbot.waitUntil(lambda: len(dialog.accounts.list.rows) > 0, timeout=10000)
    assert not status.is_error


def test_without_secure_storage_the_token_is_used_for_this_session_only(
    h_insecure: Harness, live: SimulatorState
) -> None:
    h = h_insecure
    dialog = h.session.show_connect()
    assert "No secure password storage was found" in dialog.form.storage_note.text()
    h.connect(LIVE_TOKEN)
    assert dialog.isVisible()
    assert "Use it until the app closes" in dialog.form.result_text
    assert not dialog.form.session_only_button.isHidden()
    assert h.ctx.lookups.source is Source.DEMO  # nothing used before the planner agrees
    h.qtbot.mouseClick(dialog.form.session_only_button, Qt.MouseButton.LeftButton)
    assert isinstance(h.session.token_store, MemoryTokenStore)
    assert h.session.token_store.get() == LIVE_TOKEN
    assert h.ctx.lookups.source is Source.LIVE
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)
    assert TokenStore().get() is None


def test_an_expired_token_mid_session_asks_for_a_new_one_and_keeps_every_pick(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    h.connect(LIVE_TOKEN)
    h.qtbot.waitUntil(lambda: Source.LIVE in h.panel.loaded, timeout=10000)
    h.ctx.state.apply(PICKS, "pick")
    steps = h.ctx.state.undo_stack.count()
    live.valid_tokens.discard(LIVE_TOKEN)  # Kakao revokes it
    h.panel.reload()
    h.qtbot.waitUntil(lambda: h.session.bar.isVisibleTo(h.window), timeout=10000)
    assert "rejected or has expired" in h.session.bar.text
    dialog = h.session.dialog
    assert dialog is not None and dialog.isVisible() and dialog.mode is DialogMode.EXPIRED
    loads_before = len(h.panel.loaded)
    live.valid_tokens.add(NEW_TOKEN)
    h.connect(NEW_TOKEN)
    h.qtbot.waitUntil(lambda: len(h.panel.loaded) > loads_before, timeout=10000)
    assert not h.session.bar.isVisibleTo(h.window)
    assert h.ctx.state.selection == PICKS
    assert h.ctx.state.undo_stack.count() == steps
    assert secure_keyring.passwords[(SERVICE, USERNAME)] == NEW_TOKEN


def test_forget_token_removes_it_from_the_keychain_and_shows_demo_data(
    h: Harness, live: SimulatorState, secure_keyring: MemoryKeyring
) -> None:
    h.connect(LIVE_TOKEN)
    h.ctx.state.apply(PICKS, "pick")
    h.session.forget_action.trigger()
    assert secure_keyring.passwords == {}
    assert h.ctx.lookups.source is Source.DEMO
    assert h.ctx.state.selection == PICKS
    assert "Demo data" in h.window.status.source.text()


def test_connection_menu_sits_before_help(h: Harness) -> None:
    titles = [a.text() for a in h.window.menuBar().actions()]
    assert titles.index("Co&nnection") == titles.index("&Help") - 1
    assert [a.text() for a in h.session.menu.actions() if a.text()] == [
        "&Connect…",
        "Choose &ad account…",
        "Use &demo data",
        "&Forget token",
    ]


def test_the_token_never_reaches_a_file_or_a_log(
    h: Harness,
    live: SimulatorState,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    _isolated_user_dirs: Path,
) -> None:
    caplog.set_level("DEBUG")
    docs = DocumentController(h.window, h.ctx, h.settings)
    recovery = RecoveryController(h.window, h.ctx, docs, delay_ms=20)
    h.connect(LIVE_TOKEN)
    h.ctx.state.apply(PICKS, "pick")
    qtbot.waitUntil(recovery.autosave_path.exists, timeout=2000)
    saved = _isolated_user_dirs / "plan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert docs.save()
    live.valid_tokens.discard(LIVE_TOKEN)
    h.panel.reload()
    qtbot.waitUntil(lambda: h.session.bar.isVisibleTo(h.window), timeout=10000)
    live.valid_tokens.add(NEW_TOKEN)
    h.connect(NEW_TOKEN)
    h.ctx.state.apply(TargetingSelection(), "clear")
    qtbot.waitUntil(recovery.autosave_path.exists, timeout=2000)
    h.settings.save()

    files = [p for p in _isolated_user_dirs.rglob("*") if p.is_file()]
    assert saved in files and recovery.autosave_path in files
    for path in files:
        data = path.read_bytes()
        for token in (LIVE_TOKEN, NEW_TOKEN):
            assert token.encode() not in data, f"token written to {path}"
    out = capsys.readouterr()
    for token in (LIVE_TOKEN, NEW_TOKEN):
        assert token not in caplog.text
        assert token not in out.out + out.err
