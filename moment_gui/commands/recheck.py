"""`moment-gui recheck SELECTION.json`: compare a saved selection with current data.

Live mode reads the business token from KAKAO_MOMENT_TOKEN when set, else the keychain, and
the base URL from MOMENT_GUI_BASE_URL (Kakao's by default); `--demo` asks the built-in
simulator; `--offline` answers from this computer's lookup cache alone and sends nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from moment_gui.api.errors import AuthenticationError
from moment_gui.domain.document import DocumentError, SavedSelection, load
from moment_gui.domain.recheck import DEFAULT_THRESHOLD, RecheckResult
from moment_gui.services.connection import TOKEN_ENV, Connection, headless_token
from moment_gui.services.lookups import LookupService
from moment_gui.services.recheck import recheck_selection
from moment_gui.store.cache import LookupCache


class CommandError(Exception):
    """One plain line for stderr; exit status 2."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("selection", help="a saved selection file")
    parser.add_argument("--demo", action="store_true", help="check against the built-in simulator")
    parser.add_argument(
        "--offline", action="store_true", help="use only this computer's cache; send nothing"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help="report populations that moved more than this share (default 0.2 = ±20%%)",
    )
    parser.epilog = (
        "Exit status: 0 everything is current, 1 something needs attention, "
        "2 the file, the token or the service could not be used."
    )


def run(args: argparse.Namespace) -> int:
    try:
        if not 0 <= args.threshold < 100:
            raise CommandError(f"--threshold must be a share such as 0.2 (got {args.threshold})")
        doc = load(args.selection)
        result = asyncio.run(_recheck(doc, args))
    except (CommandError, DocumentError, ValueError) as e:  # ValueError: a bad base URL
        print(str(e), file=sys.stderr)
        return 2
    print(_header(doc, result))
    print(result.render())
    return 1 if result.needs_attention else 0


def make_lookups(doc: SavedSelection, *, demo: bool, offline: bool) -> LookupService:
    """The lookups a headless command uses; the caller closes them (`aclose()`)."""
    cache = LookupCache()
    if demo:
        from moment_gui.demo import make_demo_lookups

        lookups = make_demo_lookups(cache=cache)
        lookups.offline_only = offline
    elif offline:
        lookups = Connection().offline(doc.ad_account_id, cache)
    else:
        lookups = Connection().live(_token(), doc.ad_account_id, cache)
    if doc.ad_account_id is not None:
        lookups.ad_account_id = doc.ad_account_id
    return lookups


async def _recheck(doc: SavedSelection, args: argparse.Namespace) -> RecheckResult:
    lookups = make_lookups(doc, demo=args.demo, offline=args.offline)
    try:
        return await recheck_selection(lookups, doc.selection, args.threshold)
    except AuthenticationError:
        raise CommandError(
            "Kakao refused the stored business token (expired?); set a new one in the app"
        ) from None
    finally:
        await lookups.aclose()


def _token() -> str:
    from moment_gui.store.secrets import TokenStorageError

    try:
        token = headless_token()
    except TokenStorageError as e:
        raise CommandError(str(e)) from None
    if not token:
        raise CommandError(
            "No business token is stored on this computer; set one in the app or in "
            f"{TOKEN_ENV}, or use --demo or --offline"
        )
    return token


def _header(doc: SavedSelection, result: RecheckResult) -> str:
    saved = doc.saved_at.strftime("%Y-%m-%d %H:%M") if doc.saved_at else "an unknown date"
    checked = result.checked_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if result.offline:
        return f"Saved on {saved}; re-checked {checked}: offline: nothing checked"
    count = len(result.changes)
    return (
        f"Saved on {saved}; re-checked {checked} against {result.data_source}: "
        f"{count} finding{'' if count == 1 else 's'} "
        f"(population threshold ±{result.threshold:.0%})"
    )
