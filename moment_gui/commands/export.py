"""`moment-gui export SELECTION.json`: print the ad-group fragment, ready to paste, or with
`--text` a checklist for setting the ad group up by hand in Kakao Moment's web console."""

from __future__ import annotations

import argparse
import json
import sys

from moment_gui.domain.checklist import LANGUAGES, render_checklist
from moment_gui.domain.document import DocumentError, load
from moment_gui.domain.fragment import to_fragment


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("selection", help="a saved selection file")
    parser.add_argument(
        "--targeting-only", action="store_true", help="print only the targeting object"
    )
    parser.add_argument(
        "--text",
        action="store_true",
        help="print a checklist for Kakao Moment's web screens instead of JSON",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the --text checklist"
    )
    parser.epilog = "Exit status: 0 printed, 2 the file could not be read."


def run(args: argparse.Namespace) -> int:
    try:
        doc = load(args.selection)
    except DocumentError as e:
        print(str(e), file=sys.stderr)
        return 2
    if args.text:
        sys.stdout.write(render_checklist(doc.selection, args.lang))
        return 0
    fragment = to_fragment(doc.selection, targeting_only=args.targeting_only)
    print(json.dumps(fragment, ensure_ascii=False, indent=2))
    return 0
