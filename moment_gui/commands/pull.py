"""`moment-gui pull --ad-group ID [--ad-account N] -o FILE`: a live ad group into a file.

Writes the ad group's selection (campaign type × goal and placements included, everything the
picker does not edit kept as it came) with the ad group as opened, so that `push` can tell
whether it changed on Kakao in between; then prints the wire check.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from moment_gui.commands._adgroups import (
    CommandError,
    ad_account,
    add_common_arguments,
    failure_line,
    make_client,
    with_service,
)
from moment_gui.domain.document import DocumentError, SavedSelection, save
from moment_gui.domain.fragment_wire import FragmentError
from moment_gui.services.adgroups import OpenedAdGroup


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    parser.epilog = (
        "Exit status: 0 written, 2 the token, the network, Kakao or the file failed (one plain "
        "line on stderr)."
    )


def run(args: argparse.Namespace) -> int:
    from moment_gui.api.errors import MomentApiError

    try:
        account = ad_account(args)
        client = make_client(args.demo, account)
        opened = asyncio.run(with_service(client, lambda s: s.open(account, args.ad_group)))
        doc = SavedSelection(
            opened.selection,
            ad_account_id=account,
            name=opened.ad_group.name,
            origin=opened.origin,
        )
        save(args.output, doc)
    except (CommandError, DocumentError, FragmentError, MomentApiError, ValueError) as e:
        print(failure_line(e), file=sys.stderr)
        return 2
    print(summary(opened, args.output))
    print(opened.wire_check.render())
    return 0


def summary(opened: OpenedAdGroup, path: str) -> str:
    sel = opened.selection
    ctx = sel.campaign
    kind = f"{ctx.campaign_type.value} × {ctx.goal.value}" if ctx else "unknown campaign type"
    audiences = len(sel.audiences)
    categories = len(sel.ad_serving_categories) + len(sel.section_categories)
    return (
        f"Pulled ad group {opened.ad_group.id} “{opened.ad_group.name}” of campaign "
        f"“{opened.campaign.name}” ({kind}) from ad account {opened.ad_account_id} into {path}: "
        f"{len(sel.regions)} regions, {categories} placement categories, {audiences} audiences."
    )
