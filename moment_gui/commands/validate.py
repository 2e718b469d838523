"""`moment-gui validate SELECTION.json`: check the §4 targeting rules, one line per problem."""

from __future__ import annotations

import argparse
import sys

from moment_gui.domain.campaign_words import parse_campaign
from moment_gui.domain.document import DocumentError, load
from moment_gui.domain.rules import check, has_errors


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("selection", help="a saved selection file")
    parser.add_argument(
        "--campaign",
        metavar="TYPE:GOAL",
        help="check against this campaign instead of the saved one",
    )
    parser.epilog = (
        "Exit status: 0 no errors (warnings are still printed), 1 at least one error, "
        "2 the file or --campaign could not be used."
    )


def run(args: argparse.Namespace) -> int:
    try:
        campaign = parse_campaign(args.campaign) if args.campaign else None
        doc = load(args.selection)
    except (ValueError, DocumentError) as e:
        print(str(e), file=sys.stderr)
        return 2
    sel = doc.selection.with_campaign(campaign) if campaign else doc.selection
    problems = check(sel)
    for p in problems:
        print(f"{p.severity.value}: [{p.rule.value}] {p.message}")
    if not problems:
        print("No problems found.")
    return 1 if has_errors(problems) else 0
