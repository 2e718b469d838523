"""The first-run welcome and the business-token form (also used when a token expires).

Widgets only: the form says what the planner typed through signals and shows what the
session controller tells it. The dialog is non-modal so the picks stay usable behind it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moment_gui.ui.accounts import AccountStep
from moment_gui.ui.widgets.busy import busy_bar, result_label

ERROR_STYLE = "color: #b3261e;"
SUCCESS_STYLE = "color: #1e6b34;"
WARNING_STYLE = "color: #7a4d00;"


class TokenForm(QWidget):
    """Token (hidden as typed), Check, progress and the plain result. The ad account is
    chosen afterwards from the list the token may use (`AccountStep`)."""

    checkRequested = Signal(str)  # token
    sessionOnlyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenForm")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.token_input = QLineEdit(self)
        self.token_input.setObjectName("tokenInput")
        self.token_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_input.setMinimumWidth(360)
        self.token_label = QLabel(self)
        self.token_label.setBuddy(self.token_input)
        form.addRow(self.token_label, self.token_input)
        layout.addLayout(form)
        self.storage_note = QLabel(self)
        self.storage_note.setObjectName("tokenStorageNote")
        self.storage_note.setWordWrap(True)
        layout.addWidget(self.storage_note)
        row = QHBoxLayout()
        self.busy = busy_bar(self)
        self.result = result_label(self, "tokenResult")
        self.session_only_button = QPushButton(self)
        self.session_only_button.setObjectName("sessionOnlyButton")
        self.session_only_button.hide()
        self.session_only_button.clicked.connect(self.sessionOnlyRequested)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkTokenButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self._check)
        row.addWidget(self.busy)
        row.addWidget(self.result, 1)
        row.addWidget(self.session_only_button)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.token_input.textChanged.connect(self._update_enabled)
        self.token_input.returnPressed.connect(self._check)
        self.retranslate()
        self._update_enabled()

    def retranslate(self) -> None:
        self.token_label.setText(self.tr("Business &token:"))
        self.token_input.setPlaceholderText(self.tr("Paste the token from Kakao for Business"))
        self.token_input.setAccessibleName(self.tr("Business token"))
        self.check_button.setText(self.tr("&Check"))
        self.session_only_button.setText(self.tr("Use for this &session only"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- input ------------------------------------------------------------------------
    @property
    def token(self) -> str:
        return self.token_input.text().strip()

    def clear_token(self) -> None:
        self.token_input.clear()

    def _update_enabled(self) -> None:
        ready = bool(self.token_input.text().strip())
        self.check_button.setEnabled(ready and self.busy.isHidden())

    def _check(self) -> None:
        token = self.token_input.text().strip()
        if not token or not self.busy.isHidden():
            return
        self.checkRequested.emit(token)

    # -- what the controller reports ---------------------------------------------------------
    def set_storage_note(self, text: str, secure: bool) -> None:
        self.storage_note.setText(text)
        self.storage_note.setStyleSheet("" if secure else WARNING_STYLE)

    def show_busy(self, text: str) -> None:
        self.busy.show()
        self.session_only_button.hide()
        self._result(text, "color: palette(mid);")
        self.token_input.setEnabled(False)
        self._update_enabled()

    def show_error(self, text: str) -> None:
        self._idle()
        self._result(text, ERROR_STYLE)

    def show_success(self, text: str) -> None:
        self._idle()
        self._result(text, SUCCESS_STYLE)

    def offer_session_only(self, text: str) -> None:
        self._idle()
        self._result(text, WARNING_STYLE)
        self.session_only_button.show()

    @property
    def result_text(self) -> str:
        return self.result.text()

    def _idle(self) -> None:
        self.busy.hide()
        self.session_only_button.hide()
        self.token_input.setEnabled(True)
        self._update_enabled()

    def _result(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)


class DialogMode(Enum):
    WELCOME = "welcome"  # first run: connect or try the demo
    CONNECT = "connect"  # Connect… from the menu
    EXPIRED = "expired"  # Kakao answered 401 mid-session
    ACCOUNT = "account"  # Connection ▸ Choose ad account… (the token is already in use)


class ConnectDialog(QDialog):
    """Non-modal: the planner can keep picking while deciding."""

    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setModal(False)
        self.mode = DialogMode.CONNECT
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("connectHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("connectIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        choices = QHBoxLayout()
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.clicked.connect(self._show_form)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demoRequested)
        choices.addWidget(self.connect_button)
        choices.addWidget(self.demo_button)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.form = TokenForm(self)
        layout.addWidget(self.form)
        self.accounts = AccountStep(self)
        self.accounts.hide()  # shown once a token has listed its ad accounts
        layout.addWidget(self.accounts, 1)
        self.setMinimumWidth(560)
        self.set_mode(DialogMode.CONNECT)

    def set_mode(self, mode: DialogMode) -> None:
        self.mode = mode
        welcome = mode is DialogMode.WELCOME
        self.connect_button.setVisible(welcome)
        self.demo_button.setVisible(welcome)
        self.form.setVisible(mode in (DialogMode.CONNECT, DialogMode.EXPIRED))
        self.accounts.setVisible(mode is DialogMode.ACCOUNT)
        self.retranslate()

    def show_accounts(self) -> None:
        """The token works: show the list of its ad accounts under the token field."""
        self.accounts.show()
        self.resize(max(self.width(), 560), max(self.height(), 520))

    def _show_form(self) -> None:
        self.connect_button.hide()
        self.form.show()
        self.form.token_input.setFocus()
        self.adjustSize()

    def retranslate(self) -> None:
        self.connect_button.setText(self.tr("&Connect with a business token"))
        self.demo_button.setText(self.tr("Try the &demo"))
        if self.mode is DialogMode.WELCOME:
            self.setWindowTitle(self.tr("Welcome to moment-gui"))
            self.heading.setText(self.tr("Welcome to moment-gui"))
            self.intro.setText(
                self.tr(
                    "Build Kakao Moment ad-group targeting by clicking. Connect with your "
                    "business token to see your own ad account's audiences, or try the demo "
                    "with made-up data first."
                )
            )
        elif self.mode is DialogMode.EXPIRED:
            self.setWindowTitle(self.tr("Business token expired"))
            self.heading.setText(self.tr("Your business token was rejected or has expired"))
            self.intro.setText(
                self.tr(
                    "Every pick is kept. Enter a new business token to load your ad account's "
                    "lists again."
                )
            )
        elif self.mode is DialogMode.ACCOUNT:
            self.setWindowTitle(self.tr("Choose the ad account"))
            self.heading.setText(self.tr("Choose the ad account"))
            self.intro.setText(
                self.tr(
                    "Every ad account your business token may use. The lists, Open from Kakao "
                    "and Apply work on the account you choose; your picks are kept."
                )
            )
        else:
            self.setWindowTitle(self.tr("Connect to Kakao Moment"))
            self.heading.setText(self.tr("Connect to Kakao Moment"))
            self.intro.setText(
                self.tr(
                    "The token is checked with one small request that lists the ad accounts "
                    "it may use; choose one, and the token is kept in this computer's "
                    "password storage."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
