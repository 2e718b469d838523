"""What `pull` and `push` share: the client, the ad account, and one plain line per failure.

The token comes from `KAKAO_MOMENT_TOKEN` when set, else the keychain; the server from
`MOMENT_GUI_BASE_URL` (Kakao's by default); `--demo` uses the simulator inside this process.
The token is never printed: error sentences are chosen by code, and the client redacts it
from anything the server echoes.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from moment_gui.services.adgroups import AdGroupService
from moment_gui.services.connection import TOKEN_ENV, Connection, headless_token

if TYPE_CHECKING:
    from moment_gui.api.client import MomentClient

T = TypeVar("T")


class CommandError(Exception):
    """One plain line for stderr; exit status 2 (usage, file, network or token)."""


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ad-group", type=int, required=True, metavar="ID", help="the ad group's ID"
    )
    parser.add_argument(
        "--ad-account",
        type=int,
        metavar="N",
        help="the ad account that owns it (default: the file's, else the one last used)",
    )
    parser.add_argument("--demo", action="store_true", help="use the built-in simulator")


def ad_account(args: argparse.Namespace, *fallbacks: int | None) -> int:
    if args.ad_account is not None:
        return int(args.ad_account)
    for account in fallbacks:
        if account is not None:
            return account
    from moment_gui.store.settings import Settings

    last = Settings.load().last_ad_account_id
    if last is None:
        raise CommandError("Which ad account? Pass --ad-account N (the ad account's ID).")
    return last


def make_client(demo: bool, account: int) -> MomentClient:
    if demo:
        from moment_gui.demo import make_demo_client

        client = make_demo_client()
        client.ad_account_id = account
        return client
    return Connection().client(_token(), account)


def _token() -> str:
    from moment_gui.store.secrets import TokenStorageError

    try:
        token = headless_token()
    except TokenStorageError as e:
        raise CommandError(str(e)) from None
    if not token:
        raise CommandError(
            "No business token is stored on this computer; set one in the app or in "
            f"{TOKEN_ENV}, or use --demo"
        )
    return token


async def with_service(client: MomentClient, work: Callable[[AdGroupService], Awaitable[T]]) -> T:
    """Run `work` and close the client, whatever happens."""
    try:
        return await work(AdGroupService(client))
    finally:
        await client.aclose()


def failure_line(error: BaseException) -> str:
    """The one line a failure prints: the plain sentence, with Kakao's detail code if any."""
    from moment_gui.api.errors import AuthenticationError, MomentApiError

    if isinstance(error, AuthenticationError):
        return "Kakao refused the business token (expired?); set a new one in the app"
    if isinstance(error, MomentApiError) and error.detail_code is not None:
        return f"{error.plain_message} (detail {error.detail_code})"
    if isinstance(error, MomentApiError):
        return error.plain_message
    return str(error)
