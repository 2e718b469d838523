"""`moment-gui push FILE --ad-group ID [--ad-account N] (--dry-run | --yes)`.

Builds the PUT from a fresh GET of the ad group with the file's picks in place of the
picker's lists (everything else as Kakao has it). `--dry-run` prints that exact body as JSON on
stdout and sends nothing; `--yes` sends it, reads the ad group back and says whether Kakao now
holds exactly those picks. A file pulled from this ad group remembers it as it was then: when
it changed on Kakao since, nothing is sent unless `--force`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass

from moment_gui.commands._adgroups import (
    CommandError,
    ad_account,
    add_common_arguments,
    failure_line,
    make_client,
    with_service,
)
from moment_gui.domain.adgroup import AdGroupOrigin
from moment_gui.domain.adgroup_put import ApplyError
from moment_gui.domain.diff import SelectionDiff
from moment_gui.domain.document import DocumentError, SavedSelection, load
from moment_gui.domain.fragment_wire import FragmentError
from moment_gui.services.adgroups import (
    AdGroupService,
    ApplyPreview,
    ApplyRefused,
    ApplyResult,
    ChangedOnKakao,
)
from moment_gui.store.edit_times import EditTimes

EDIT_INTERVAL_S = 5.0  # Kakao: one ad-group edit per 5 s [docs]; the client paces within a run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("selection", metavar="FILE", help="a saved selection file")
    add_common_arguments(parser)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--dry-run", action="store_true", help="print the exact PUT body and send nothing"
    )
    mode.add_argument("--yes", action="store_true", help="send it, read back and report")
    parser.add_argument(
        "--force",
        action="store_true",
        help="apply even if the ad group changed on Kakao since FILE was pulled",
    )
    parser.epilog = (
        "Exit status: 0 applied and read back equal (or the dry run printed), 1 not applied as "
        "asked (Kakao refused: its detail code and sentence on one line; the ad group changed "
        "on Kakao since the pull; or the read back differs), 2 usage, file, network or token."
    )


@dataclass(frozen=True)
class Outcome:
    preview: ApplyPreview
    result: ApplyResult | None = None


def run(args: argparse.Namespace) -> int:
    from moment_gui.api.errors import MomentApiError

    try:
        doc = load(args.selection)
        origin = doc.origin if doc.origin and doc.origin.ad_group_id == args.ad_group else None
        account = ad_account(args, origin.ad_account_id if origin else None, doc.ad_account_id)
        client = make_client(args.demo, account)
        key = EditTimes.key(client.base_url, account)
        outcome = asyncio.run(
            with_service(client, lambda s: _push(s, doc, origin, account, args, key))
        )
    except ApplyRefused as e:
        print(e.one_line(), file=sys.stderr)
        return 1
    except ChangedOnKakao as e:
        print(
            f"Not applied: the ad group changed on Kakao since {args.selection} was pulled "
            f"({', '.join(e.paths)}). Pull it again, or push with --force to replace those "
            "changes.",
            file=sys.stderr,
        )
        return 1
    except (
        CommandError,
        DocumentError,
        FragmentError,
        ApplyError,
        MomentApiError,
        ValueError,
    ) as e:
        print(failure_line(e), file=sys.stderr)
        return 2
    return _report(outcome, args)


async def _push(
    service: AdGroupService,
    doc: SavedSelection,
    origin: AdGroupOrigin | None,
    account: int,
    args: argparse.Namespace,
    key: str,
) -> Outcome:
    if origin is None:  # picks made elsewhere: the ad group as it is now is the baseline
        origin = await service.origin_of(account, args.ad_group)
    preview = await service.preview_apply(origin, doc.selection)
    if args.dry_run:
        return Outcome(preview)
    if preview.changed_on_kakao and not args.force:
        raise ChangedOnKakao(preview.changed_on_kakao)
    times = EditTimes()
    wait = times.wait_needed(key, EDIT_INTERVAL_S)
    if wait > 0:  # an earlier run edited this account moments ago: Kakao would refuse
        await asyncio.sleep(wait)
    try:
        return Outcome(preview, await service.apply(preview, replace_changes=args.force))
    finally:
        times.record(key)


def _report(outcome: Outcome, args: argparse.Namespace) -> int:
    preview = outcome.preview
    name = f"ad group {preview.fresh.id} “{preview.fresh.name}”"
    if outcome.result is None:
        print(json.dumps(preview.body, ensure_ascii=False, indent=2))
        print(f"Dry run for {name}: {changes_line(preview.changes)}", file=sys.stderr)
        if preview.changed_on_kakao:
            print(
                "Note: the ad group changed on Kakao since the file was pulled "
                f"({', '.join(preview.changed_on_kakao)}).",
                file=sys.stderr,
            )
        print("Nothing was sent.", file=sys.stderr)
        return 0
    result = outcome.result
    print(f"Applied to {name}: {changes_line(preview.changes)}")
    if result.matches:
        print("Read back from Kakao: the ad group now holds exactly these picks.")
        return 0
    print("Read back from Kakao: it differs from what was sent:")
    print(result.mismatch.render())
    return 1


def changes_line(changes: SelectionDiff) -> str:
    if changes.is_empty:
        return "no change to the picks."
    parts = [
        f"{c.title} +{len(c.added)} −{len(c.removed)}"
        + (f" ~{len(c.changed)}" if c.changed else "")
        for c in changes.categories
    ]
    return "; ".join(parts) + "."
