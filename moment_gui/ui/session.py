"""Who the window talks to: the first-run welcome, connecting a business token, token expiry.

A token is checked first by listing the ad accounts it may use (business token only); the
planner chooses one from that list (`ui.accounts.AccountStep`), and one cheap call on that
account (its cohorts) proves the pair before anything is stored. The choice is remembered in
the settings; Connection ▸ Choose ad account… switches later without the token again.
The token goes only into the OS keychain via `TokenStore`;
without a secure keychain the planner may keep it in memory for this session
(`MemoryTokenStore`). It is never written to a file, the settings, a log or a message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication

from moment_gui.api.errors import MomentApiError
from moment_gui.services.connection import BASE_URL_ENV, CheckedToken, Connection, retired
from moment_gui.services.lookups import LookupService, Source
from moment_gui.store.cache import LookupCache
from moment_gui.store.secrets import (
    InsecureStorageError,
    MemoryTokenStore,
    TokenKeeper,
    TokenStorageError,
    TokenStore,
)
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_error, tr_message
from moment_gui.ui.welcome import ConnectDialog, DialogMode
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar, add_to_window

if TYPE_CHECKING:
    from moment_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["BASE_URL_ENV", "SessionController"]
LookupsFactory = Callable[[], LookupService]


def _default_demo_lookups() -> LookupService:
    # Imported late: the demo joins the simulator and services, which the ui must not need.
    from moment_gui.demo import make_demo_lookups

    return make_demo_lookups(cache=LookupCache())


class SessionController(QObject):
    connected = Signal(int)  # a checked token is in use for this ad account

    def __init__(
        self,
        window: MainWindow,
        ctx: AppContext | None = None,
        token_store: TokenKeeper | None = None,
        settings: Settings | None = None,
        *,
        base_url: str | None = None,
        demo_lookups: LookupsFactory = _default_demo_lookups,
    ) -> None:
        super().__init__(window)
        self.setObjectName("sessionController")
        self.window = window
        self.ctx = ctx if ctx is not None else window.ctx
        self.settings = settings if settings is not None else window.settings
        self.token_store: TokenKeeper = token_store if token_store is not None else TokenStore()
        self.connection = Connection(base_url)
        self._demo_lookups = demo_lookups
        self._pending: CheckedToken | None = None  # checked, awaiting consent
        self._listing_token: str | None = None  # listed its accounts; awaiting the choice
        self.dialog: ConnectDialog | None = None
        self.bar = MessageBar(object_name="sessionBar")
        add_to_window(window, self.bar)
        self._build_menu()
        self.ctx.authExpired.connect(self.on_auth_expired)
        window.installEventFilter(self)
        self.retranslate()

    # -- menu ------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        self.menu = self.window.connection_menu
        self.menu.menuAction().setVisible(True)
        self.connect_action = QAction(self.window)
        self.connect_action.triggered.connect(self._connect_chosen)
        self.account_action = QAction(self.window)
        self.account_action.setObjectName("chooseAdAccountAction")
        self.account_action.triggered.connect(self._account_chosen_from_menu)
        self.demo_action = QAction(self.window)
        self.demo_action.triggered.connect(self._demo_chosen)
        self.forget_action = QAction(self.window)
        self.forget_action.triggered.connect(self._forget_chosen)
        self.menu.addActions([self.connect_action, self.account_action, self.demo_action])
        self.ctx.lookupsChanged.connect(self._update_account_action)
        self._update_account_action()
        self.menu.addSeparator()
        self.menu.addAction(self.forget_action)

    # Menu slots return None: PySide6 6.12.0 over-releases a slot's return value.
    def _connect_chosen(self, *_: object) -> None:
        self.show_connect()

    def _forget_chosen(self, *_: object) -> None:
        self.forget_token()

    def _account_chosen_from_menu(self, *_: object) -> None:
        self.show_accounts()

    def _update_account_action(self) -> None:
        # The demo's accounts live in this process; the live list needs the live token.
        self.account_action.setEnabled(self.ctx.lookups.source is Source.LIVE)

    def retranslate(self) -> None:
        # Window-wide mnemonics are unique: Alt+C is the campaign, Alt+N this menu.
        self.menu.setTitle(self.tr("Co&nnection"))
        self.connect_action.setText(self.tr("&Connect…"))
        self.account_action.setText(self.tr("Choose &ad account…"))
        self.demo_action.setText(self.tr("Use &demo data"))
        self.forget_action.setText(self.tr("&Forget token"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    # -- start -------------------------------------------------------------------------------
    def start(self, demo: bool = False) -> None:
        """First run (no token stored, demo not asked for): welcome the planner."""
        if demo:
            return
        if self._stored_token() is None:
            self.show_welcome()
        elif self.ctx.lookups.source is Source.LIVE and self.ctx.lookups.ad_account_id is None:
            self.show_accounts()  # a token but no account chosen yet

    def _stored_token(self) -> str | None:
        try:
            return self.token_store.get()
        except TokenStorageError as exc:
            self.ctx.statusMessage.emit(tr_error(exc))
            return None

    def current_token(self) -> str | None:
        """For the crash report's redaction only."""
        try:
            return self.token_store.get()
        except TokenStorageError:
            return None

    # -- the dialog ----------------------------------------------------------------------------
    def _dialog(self, mode: DialogMode) -> ConnectDialog:
        if self.dialog is None:
            self.dialog = ConnectDialog(self.window)
            self.dialog.form.checkRequested.connect(self._check_requested)
            self.dialog.accounts.useRequested.connect(self._account_picked)
            self.dialog.form.sessionOnlyRequested.connect(self._use_for_session_only)
            self.dialog.demoRequested.connect(self._demo_chosen)
            self.dialog.rejected.connect(self._dialog_closed)
        dialog = self.dialog
        dialog.set_mode(mode)
        self._listing_token = None
        dialog.form.show_success("")
        dialog.accounts.show_result("")
        if self.token_store.backend_is_secure:
            note = self.tr("The token will be kept in %1.").replace(
                "%1", self.token_store.backend_description
            )
            dialog.form.set_storage_note(note, secure=True)
        else:
            dialog.form.set_storage_note(self._insecure_text(), secure=False)
        if dialog.isVisible():
            # Already open behind the window: bring it forward (offscreen has no stacking).
            if QGuiApplication.platformName() != "offscreen":
                dialog.raise_()
                dialog.activateWindow()
        else:
            dialog.form.clear_token()  # never show an old token again, even hidden as dots
            dialog.show()
        return dialog

    def _insecure_text(self) -> str:
        return self.tr(
            "No secure password storage was found on this computer, so the token cannot be "
            "saved. You can use it for this session only: it is forgotten when the app closes."
        )

    def show_welcome(self) -> ConnectDialog:
        return self._dialog(DialogMode.WELCOME)

    def show_connect(self) -> ConnectDialog:
        return self._dialog(DialogMode.CONNECT)

    def show_accounts(self) -> ConnectDialog:
        """Connection ▸ Choose ad account…: the list the token in use may choose from."""
        token = self._stored_token()
        if token is None:
            return self.show_connect()
        dialog = self._dialog(DialogMode.ACCOUNT)
        self._listing_token = token
        dialog.accounts.load(
            lambda: self.connection.ad_accounts(token), self.ctx.spawn, self._remembered_account()
        )
        return dialog

    def _remembered_account(self) -> int | None:
        account = self.settings.last_ad_account_id if self.settings is not None else None
        if account is None and self.ctx.lookups.source is not Source.DEMO:
            # (the demo's account number means nothing on the real server)
            account = self.ctx.lookups.ad_account_id
        return account

    def on_auth_expired(self) -> None:
        """Kakao answered 401: keep every pick, ask for a new token (once, not per panel)."""
        if self.dialog is not None and self.dialog.isVisible():
            if self.dialog.mode is not DialogMode.EXPIRED:
                self.dialog.set_mode(DialogMode.EXPIRED)
            return
        text = self.tr("Your business token was rejected or has expired. Every pick is kept.")
        self.bar.show_message(
            text, BarKind.ERROR, [(self.tr("Enter a new token…"), self._show_expired)]
        )
        self._show_expired()

    def _show_expired(self) -> None:
        self._dialog(DialogMode.EXPIRED)

    def _dialog_closed(self) -> None:
        self._drop_pending()
        self._listing_token = None

    # -- checking a token --------------------------------------------------------------------
    def _check_requested(self, token: str) -> None:
        assert self.dialog is not None
        self._drop_pending()
        self._listing_token = None
        self.dialog.accounts.hide()
        self.dialog.form.show_busy(self.tr("Checking the token with Kakao Moment…"))
        self.ctx.spawn(self._list_accounts(token), key="session.check")

    async def _list_accounts(self, token: str) -> None:
        """Step 1: the token lists its ad accounts (which proves the token)."""
        assert self.dialog is not None
        form = self.dialog.form
        try:
            accounts = await self.connection.ad_accounts(token)
        except ValueError as exc:  # a bad MOMENT_GUI_BASE_URL: the client says why
            form.show_error(tr_error(exc))
            return
        except MomentApiError as exc:
            form.show_error(tr_message(exc.text))
            return
        self._listing_token = token
        current = self._remembered_account()
        if self.dialog.mode is DialogMode.EXPIRED and any(a.id == current for a in accounts):
            assert current is not None  # a renewed token for the same account: carry on
            self._account_picked(current)
            return
        form.show_success(self.tr("The token works. Choose the ad account to use."))
        self.dialog.accounts.set_accounts(accounts, current)
        self.dialog.show_accounts()

    def _account_picked(self, account: int) -> None:
        """Step 2: the planner chose an account from the list."""
        assert self.dialog is not None
        token = self._listing_token
        if token is None:
            return
        self._drop_pending()
        busy = self.tr("Checking ad account %1…").replace("%1", str(account))
        self.dialog.accounts.show_busy(busy)
        store = self.dialog.mode is not DialogMode.ACCOUNT  # a switch keeps the stored token
        self.ctx.spawn(self._check(token, account, store=store), key="session.check")

    async def _check(self, token: str, account: int, *, store: bool = True) -> None:
        assert self.dialog is not None
        form, step = self.dialog.form, self.dialog.accounts
        try:
            checked = await self.connection.check(token, account)
        except ValueError as exc:  # a bad MOMENT_GUI_BASE_URL: the client says why
            step.show_error(tr_error(exc))
            return
        except MomentApiError as exc:
            step.show_error(tr_message(exc.text))
            return
        self._remember_account(account)
        step.show_result("")
        if not store:
            self._use(checked)
            return
        try:
            self.token_store.set(token)
        except InsecureStorageError:
            self._pending = checked
            # The storage note above already says why; here only the question remains.
            form.offer_session_only(
                self.tr("The token works. Use it until the app closes, without saving it?")
            )
            self.dialog.adjustSize()
            return
        except (TokenStorageError, ValueError) as exc:
            await checked.client.aclose()
            step.show_error(tr_error(exc))
            return
        self._use(checked)

    def _use_for_session_only(self) -> None:
        if self._pending is None:
            return
        checked, self._pending = self._pending, None
        # The planner agreed: from now on the token lives in this process's memory only.
        self.token_store = MemoryTokenStore()
        self.token_store.set(checked.token)
        self._use(checked)

    def _drop_pending(self) -> None:
        if self._pending is not None:
            checked, self._pending = self._pending, None
            self.ctx.spawn(checked.client.aclose())

    def _remember_account(self, account: int) -> None:
        if self.settings is None or self.settings.last_ad_account_id == account:
            return
        self.settings.last_ad_account_id = account
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", type(exc).__name__)

    def _use(self, checked: CheckedToken) -> None:
        """Switch every panel to the checked token; picks are untouched."""
        account = checked.account
        switch = self.connection.adopt(self.ctx.lookups, checked)
        self.ctx.set_lookups(switch.lookups)
        if switch.leftover is not None:
            self.ctx.spawn(switch.leftover.aclose())
        self.window.status.set_source(
            lambda: self.tr("Kakao Moment · ad account %1").replace("%1", str(account))
        )
        self.bar.hide()
        self._listing_token = None
        if self.dialog is not None:
            self.dialog.form.clear_token()
            self.dialog.form.show_success(
                self.tr("Connected to ad account %1.").replace("%1", str(account))
            )
            self.dialog.hide()
        self.ctx.statusMessage.emit(
            self.tr("Connected to ad account %1. Loading its lists…").replace("%1", str(account))
        )
        self.connected.emit(account)

    # -- demo and forgetting -------------------------------------------------------------------
    def _demo_chosen(self, *_: object) -> None:
        if self.dialog is not None:
            self.dialog.hide()
        if self.ctx.lookups.source is not Source.DEMO:
            self.use_demo()

    def use_demo(self) -> None:
        old = retired(self.ctx.lookups)
        self.ctx.set_lookups(self._demo_lookups())
        if old is not None:
            self.ctx.spawn(old.aclose())
        self.bar.hide()
        self.window.status.set_source(lambda: self.tr("Demo data · built-in simulator"))
        self.ctx.statusMessage.emit(self.tr("Showing demo data, not your ad account."))

    def forget_token(self) -> None:
        try:
            self.token_store.delete()
        except TokenStorageError as exc:
            self.ctx.statusMessage.emit(tr_error(exc))
            return
        if self.ctx.lookups.source is not Source.DEMO:
            self.use_demo()
        self.ctx.statusMessage.emit(
            self.tr("The business token was forgotten. Showing demo data; picks are kept.")
        )
