"""The business token, kept in the operating system's keychain via `keyring`.

The token is a bearer credential for the planner's ad accounts, so it is never written in
clear text: when no secure keychain exists (headless Linux, `keyrings.alt` plaintext files)
`TokenStore.set()` refuses, and the UI may instead keep it for this session only
(`allow_insecure=True` here, or `MemoryTokenStore`) with the planner's consent.
No message, repr or log line produced here contains the token.
"""

from __future__ import annotations

import logging
from typing import Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordDeleteError

from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError

log = logging.getLogger(__name__)

SERVICE = "moment-gui"
USERNAME = "business-token"
NO_SECURE_STORAGE = "no secure storage found on this computer"

# Keyed by "module.Class" so the names stay readable without importing OS-specific modules.
_PLAIN_NAMES: dict[str, str] = {
    "keyring.backends.SecretService.Keyring": "GNOME Keyring",
    "keyring.backends.libsecret.Keyring": "GNOME Keyring",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
}


class TokenStorageError(MessageError):
    """The keychain exists but refused (locked, D-Bus gone, access denied).

    `str(error)` is the English sentence; `error.text` the same as a translatable `Message`.
    """


class InsecureStorageError(TokenStorageError):
    """No secure keychain: storing the token would mean writing it in clear text."""


class TokenKeeper(Protocol):
    """What the UI needs from any token store (keychain-backed or session-only)."""

    @property
    def backend_is_secure(self) -> bool: ...

    @property
    def backend_description(self) -> str: ...

    def get(self) -> str | None: ...

    def set(self, token: str, allow_insecure: bool = False) -> None: ...

    def delete(self) -> None: ...


def _qualified(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secure(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
        return False
    # keyrings.alt holds plaintext/base64 files and password-prompting file stores
    # (a prompt on stdin would hang a GUI): none of them is acceptable for the token.
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    return float(backend.priority) > 0


def _secure_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend that would really hold the token, or None when none is secure."""
    if isinstance(backend, chainer.ChainerBackend):
        # A chainer writes into its first backend: choose the best *secure* one ourselves.
        return next((b for b in backend.backends if _is_secure(b)), None)
    return backend if _is_secure(backend) else None


def describe_backend(backend: KeyringBackend) -> str:
    """The keychain in the planner's words: "macOS Keychain", "GNOME Keyring", …"""
    chosen = _secure_backend(backend)
    if chosen is None:
        return NO_SECURE_STORAGE
    return _PLAIN_NAMES.get(_qualified(chosen), str(getattr(chosen, "name", type(chosen).__name__)))


class TokenStore:
    """The token in the system keychain under (`service`, `username`).

    The backend is looked up on each call (tests swap it with `keyring.set_keyring`); pass
    `backend` to pin one.
    """

    def __init__(
        self,
        service: str = SERVICE,
        username: str = USERNAME,
        *,
        backend: KeyringBackend | None = None,
    ) -> None:
        self.service = service
        self.username = username
        self._pinned = backend
        self._session_token: str | None = None

    def __repr__(self) -> str:
        return f"TokenStore(service={self.service!r}, backend={self.backend_description!r})"

    def _backend(self) -> KeyringBackend:
        return self._pinned if self._pinned is not None else keyring.get_keyring()

    @property
    def backend_is_secure(self) -> bool:
        return _secure_backend(self._backend()) is not None

    @property
    def backend_description(self) -> str:
        return describe_backend(self._backend())

    @property
    def is_session_only(self) -> bool:
        """True when the token lives only in memory until the app quits."""
        return self._session_token is not None

    def get(self) -> str | None:
        if self._session_token is not None:
            return self._session_token
        backend = _secure_backend(self._backend())
        if backend is None:
            return None
        try:
            return backend.get_password(self.service, self.username)
        except Exception as exc:  # any backend failure (locked, D-Bus) is one plain error
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "TokenStorage",
                    "Could not read the saved token from {where} ({error}). "
                    "If it is locked, unlock it and try again.",
                ),
                backend,
                exc,
            ) from None

    def set(self, token: str, allow_insecure: bool = False) -> None:
        """Store in the keychain; without one, keep it in memory only if `allow_insecure`."""
        if not token.strip():
            raise ValueError("The business token is empty.")
        backend = _secure_backend(self._backend())
        if backend is None:
            if not allow_insecure:
                raise InsecureStorageError(
                    Message.of(
                        "TokenStorage",
                        QT_TRANSLATE_NOOP(
                            "TokenStorage",
                            "This computer has no secure password storage, so the token cannot "
                            "be saved. It can be kept until the app closes instead.",
                        ),
                    )
                )
            self._session_token = token
            return
        try:
            backend.set_password(self.service, self.username, token)
        except Exception as exc:
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "TokenStorage",
                    "Could not save the token in {where} ({error}). "
                    "If it is locked, unlock it and try again.",
                ),
                backend,
                exc,
            ) from None
        self._session_token = None

    def delete(self) -> None:
        self._session_token = None
        backend = _secure_backend(self._backend())
        if backend is None:
            return
        try:
            backend.delete_password(self.service, self.username)
        except PasswordDeleteError:
            pass  # nothing stored: already in the wanted state
        except Exception as exc:
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "TokenStorage",
                    "Could not remove the token from {where} ({error}). "
                    "If it is locked, unlock it and try again.",
                ),
                backend,
                exc,
            ) from None


class MemoryTokenStore:
    """Keeps the token for this session only; nothing touches the disk."""

    backend_is_secure = False
    backend_description = "this session only (forgotten when the app closes)"

    def __init__(self) -> None:
        self._token: str | None = None

    def __repr__(self) -> str:
        return f"MemoryTokenStore(has_token={self._token is not None})"

    def get(self) -> str | None:
        return self._token

    def set(self, token: str, allow_insecure: bool = False) -> None:
        if not token.strip():
            raise ValueError("The business token is empty.")
        self._token = token

    def delete(self) -> None:
        self._token = None


def _storage_error(template: str, backend: KeyringBackend, exc: Exception) -> TokenStorageError:
    """`template` (one per action) with {where}: the keychain's name, {error}: the class."""
    # Only the exception's class name is kept: backend messages could echo arguments.
    where = describe_backend(backend)
    log.warning("keychain %s failed: %s", where, type(exc).__name__)
    return TokenStorageError(
        Message.of("TokenStorage", template, where=where, error=type(exc).__name__)
    )
