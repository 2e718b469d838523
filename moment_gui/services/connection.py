"""Who the app talks to, without Qt: the server address, checking a token, the live service.

The rules written once here:
- the server is Kakao's unless `MOMENT_GUI_BASE_URL` names another (the client allows only
  https, or plain http on loopback for the simulator); read when connecting, so a changed
  environment applies without a restart;
- a token is checked with one cheap call (the ad account's cohorts: it proves the token *and*
  the account) before anything keeps it;
- a new token for the same server keeps the service and its cache; another server gets a new
  service sharing the cache;
- headless commands take the token from `KAKAO_MOMENT_TOKEN` when set, else the keychain.

The app (`app.create_live_window`), the session UI (`ui.session`) and the commands
(`commands.recheck`) all connect through `Connection`; nothing else builds a `MomentClient`.
The client is imported on use: it brings httpx, which start-up leaves for after the first paint.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from moment_gui.services.lookups import LookupService, Source
from moment_gui.store.cache import LookupCache
from moment_gui.store.secrets import TokenKeeper

if TYPE_CHECKING:
    from moment_gui.api.adgroup_models import AdAccount
    from moment_gui.api.client import MomentClient

BASE_URL_ENV = "MOMENT_GUI_BASE_URL"
TOKEN_ENV = "KAKAO_MOMENT_TOKEN"


def configured_base_url() -> str:
    """Kakao's server, unless `MOMENT_GUI_BASE_URL` names another."""
    from moment_gui.api.client import KAKAO_BASE_URL

    return os.environ.get(BASE_URL_ENV, "").strip() or KAKAO_BASE_URL


def headless_token(store: TokenKeeper | None = None) -> str | None:
    """The token a command without a window uses: `KAKAO_MOMENT_TOKEN` when set (scripts,
    CI), else the keychain's. Raises `TokenStorageError` when the keychain cannot be read."""
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    if store is None:
        from moment_gui.store.secrets import TokenStore

        store = TokenStore()
    return store.get()


class Closable(Protocol):
    async def aclose(self) -> None: ...


@dataclass(frozen=True)
class CheckedToken:
    """A token Kakao accepted for `account`, with the client that asked (open until used)."""

    token: str = field(repr=False)
    account: int
    client: MomentClient = field(repr=False)


@dataclass(frozen=True)
class Switch:
    """What adopting a token gives: the service to use and what to close in the background."""

    lookups: LookupService
    leftover: Closable | None


class Connection:
    """Connects to one server: `base_url`, or the configured one at the time of each call."""

    def __init__(self, base_url: str | None = None) -> None:
        self._base_url = base_url

    @property
    def base_url(self) -> str:
        return self._base_url or configured_base_url()

    def client(self, token: str, account: int | None) -> MomentClient:
        """A client for this server; `ValueError` (a plain sentence) for a bad address."""
        from moment_gui.api.client import MomentClient

        return MomentClient(token, account, base_url=self.base_url)

    def live(
        self,
        token: str,
        account: int | None,
        cache: LookupCache | None = None,
        *,
        offline_only: bool = False,
    ) -> LookupService:
        """The live lookups for `token` and `account`, with the lookup cache behind them."""
        client = self.client(token, account)
        return LookupService(
            client, cache if cache is not None else LookupCache(), offline_only=offline_only
        )

    def offline(self, account: int | None, cache: LookupCache | None = None) -> LookupService:
        """Live lookups that answer from the cache alone and never send anything."""
        # The client is never asked (offline_only answers before any request is built), but
        # it is made so a bad server address is reported the same way as when connecting.
        return self.live("offline", account, cache, offline_only=True)

    async def ad_accounts(self, token: str) -> list[AdAccount]:
        """Every ad account `token` may use (all pages); the call proves the token. Raises
        `ValueError` (bad server address) or `MomentApiError` (rejected, unreachable…)."""
        client = self.client(token, None)
        try:
            return await client.all_ad_accounts()
        finally:
            await client.aclose()

    async def check(self, token: str, account: int) -> CheckedToken:
        """Ask Kakao whether `token` works for `account`. Raises `ValueError` (bad server
        address) or `MomentApiError` (rejected, unreachable…); the client is closed then."""
        client = self.client(token, account)
        try:
            await client.cohorts()
        except (asyncio.CancelledError, Exception):
            await client.aclose()
            raise
        return CheckedToken(token, account, client)

    def adopt(self, current: LookupService | None, checked: CheckedToken) -> Switch:
        """Use a checked token from now on. Same live server: the current service (and its
        cache) takes the new token and account. Otherwise a new service over the checked
        client, sharing the current cache; a live service it replaces is to be closed."""
        from moment_gui.api.client import MomentClient

        old = current.opened_client if current is not None else None
        if (
            current is not None
            and current.source is Source.LIVE
            and isinstance(old, MomentClient)
            and old.base_url == checked.client.base_url
        ):
            old.set_token(checked.token)
            old.ad_account_id = checked.account
            return Switch(current, checked.client)
        cache = current.cache if current is not None else None
        lookups = LookupService(checked.client, cache if cache is not None else LookupCache())
        return Switch(lookups, retired(current))


def retired(current: LookupService | None) -> LookupService | None:
    """The service to close when `current` is replaced: a live one; the demo stays open (its
    in-process answers may still be on their way to a panel)."""
    if current is not None and current.source is Source.LIVE:
        return current
    return None
