from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from moment_gui.store.secrets import (
    NO_SECURE_STORAGE,
    InsecureStorageError,
    MemoryTokenStore,
    TokenStorageError,
    TokenStore,
    describe_backend,
)
from tests.support.keyrings import MemoryKeyring

TOKEN = "s3cr3t-business-token-value"


class LockedKeyring(MemoryKeyring):
    """Echoes its arguments in errors, as some backends do: they must not leak."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked(f"locked while reading {service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked(f"locked, could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backends (recognised by module)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_token_round_trips_through_a_secure_keyring(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    assert store.backend_is_secure
    assert store.get() is None
    store.set(TOKEN)
    assert memory_keyring.passwords == {("moment-gui", "business-token"): TOKEN}
    assert store.get() == TOKEN
    store.delete()
    assert store.get() is None
    store.delete()  # deleting twice is fine


def test_token_never_appears_in_repr(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.set(TOKEN)
    memory = MemoryTokenStore()
    memory.set(TOKEN)
    assert TOKEN not in repr(store)
    assert TOKEN not in repr(memory)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_without_secure_backend_set_refuses_and_writes_nothing(backend: KeyringBackend) -> None:
    store = TokenStore(backend=backend)
    assert not store.backend_is_secure
    assert store.backend_description == NO_SECURE_STORAGE
    with pytest.raises(InsecureStorageError) as caught:
        store.set(TOKEN)
    assert TOKEN not in str(caught.value)
    assert store.get() is None
    if isinstance(backend, PlaintextKeyring):
        assert backend.passwords == {}


def test_with_consent_an_insecure_machine_keeps_token_for_this_session_only() -> None:
    plaintext = PlaintextKeyring()
    store = TokenStore(backend=plaintext)
    store.set(TOKEN, allow_insecure=True)
    assert store.get() == TOKEN
    assert store.is_session_only
    assert plaintext.passwords == {}
    store.delete()
    assert store.get() is None
    assert TokenStore(backend=plaintext).get() is None  # a new session does not see it


def test_locked_keychain_gives_plain_error_without_token() -> None:
    store = TokenStore(backend=LockedKeyring())
    with pytest.raises(TokenStorageError) as caught:
        store.set(TOKEN)
    message = str(caught.value)
    assert TOKEN not in message
    assert "KeyringLocked" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(TokenStorageError):
        store.get()
    with pytest.raises(TokenStorageError, match="remove the token"):
        store.delete()


def test_token_stays_out_of_logs_when_keychain_fails(caplog: pytest.LogCaptureFixture) -> None:
    store = TokenStore(backend=LockedKeyring())
    with pytest.raises(TokenStorageError):
        store.set(TOKEN)
    assert caplog.records
    assert TOKEN not in caplog.text


def test_chainer_uses_its_secure_member_and_ignores_plaintext(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secure, plaintext = MemoryKeyring(), PlaintextKeyring()
    plaintext.priority = 9  # type: ignore[misc]  # plaintext ranked first must not win
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, secure])
    store = TokenStore(backend=chainer.ChainerBackend())
    assert store.backend_is_secure
    store.set(TOKEN)
    assert secure.passwords and not plaintext.passwords


def test_chainer_with_nothing_usable_is_not_secure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring()])
    assert not TokenStore(backend=chainer.ChainerBackend()).backend_is_secure


def test_known_keychains_are_described_in_plain_words() -> None:
    class FakeMac(MemoryKeyring):
        pass

    FakeMac.__module__, FakeMac.__qualname__ = "keyring.backends.macOS", "Keyring"

    class FakeWindows(MemoryKeyring):
        pass

    FakeWindows.__module__, FakeWindows.__qualname__ = "keyring.backends.Windows", "WinVaultKeyring"
    assert describe_backend(FakeMac()) == "macOS Keychain"
    assert describe_backend(FakeWindows()) == "Windows Credential Manager"


def test_memory_store_forgets_on_delete_and_rejects_blank_token() -> None:
    store = MemoryTokenStore()
    store.set(TOKEN)
    assert store.get() == TOKEN
    store.delete()
    assert store.get() is None
    with pytest.raises(ValueError):
        store.set("   ")
