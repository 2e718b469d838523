"""`moment-gui import FRAGMENT.json -o SELECTION.json`: a pasted fragment becomes a saved file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from moment_gui.domain.campaign_words import parse_campaign
from moment_gui.domain.document import DocumentError, SavedSelection, save
from moment_gui.domain.fragment import FragmentError, parse_fragment_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("fragment", help="ad-group fragment JSON file, or - to read stdin")
    parser.add_argument("-o", "--output", required=True, help="selection file to write")
    parser.add_argument(
        "--campaign", metavar="TYPE:GOAL", help="e.g. DISPLAY:CONVERSION or Display:Visit"
    )
    parser.add_argument("--name", default="", help="a name to store in the selection")
    parser.epilog = "Exit status: 0 saved, 2 the fragment or a file could not be used."


def run(args: argparse.Namespace) -> int:
    try:
        campaign = parse_campaign(args.campaign) if args.campaign else None
        text = _read(args.fragment)
        sel = parse_fragment_text(text, campaign)
        save(args.output, SavedSelection(sel, name=args.name))
    except (ValueError, DocumentError) as e:  # FragmentError is a ValueError
        what = "The fragment could not be read" if isinstance(e, FragmentError) else None
        print(f"{what}: {e}" if what else str(e), file=sys.stderr)
        return 2
    print(
        f"Saved {len(sel.regions)} regions, {len(sel.audiences)} audiences, "
        f"{len(sel.ad_serving_categories) + len(sel.section_categories)} categories "
        f"to {args.output}"
    )
    return 0


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValueError(f"There is no file at {path}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not UTF-8 text") from None
    except OSError as e:
        raise ValueError(f"Could not read {path}: {e.strerror or e}") from None
