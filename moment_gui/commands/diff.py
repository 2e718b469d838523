"""`moment-gui diff A.json B.json`: what was added, removed and changed from A to B."""

from __future__ import annotations

import argparse
import sys

from moment_gui.domain.diff import diff
from moment_gui.domain.document import DocumentError, load


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("before", help="the older saved selection")
    parser.add_argument("after", help="the newer saved selection")
    parser.epilog = (
        "Exit status, as diff(1): 0 the selections are the same, 1 they differ, "
        "2 a file could not be read."
    )


def run(args: argparse.Namespace) -> int:
    try:
        before, after = load(args.before), load(args.after)
    except DocumentError as e:
        print(str(e), file=sys.stderr)
        return 2
    result = diff(before.selection, after.selection)
    print(result.render())
    return 0 if result.is_empty else 1
