"""`moment-gui regions-match [--demo] FILE|-`: match a pasted list of regions.

Prints one line per non-blank input line, tab-separated: the input, `matched` / `ambiguous` /
`unmatched`, the key and the full name. An ambiguous line lists its candidates: keys joined
with ",", names with " | ", in the same order. `-o SELECTION` saves the matched regions.
The region list is the demo one with `--demo`, else the one the app last built on this
computer (nothing is sent anywhere).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from moment_gui.domain.document import DocumentError, SavedSelection, save
from moment_gui.domain.region_match import (
    LineMatch,
    MatchStatus,
    RegionListMatcher,
    decode_region_list,
    full_name,
    matched_picks,
)
from moment_gui.domain.regions import CatalogueError, RegionCatalogue
from moment_gui.domain.selection import TargetingSelection


class CommandError(Exception):
    """One plain line for stderr; exit status 2."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .txt or .csv list, one region per line; - reads stdin")
    parser.add_argument("--demo", action="store_true", help="match against the demo region list")
    parser.add_argument("-o", "--output", help="save the matched regions as a selection file")
    parser.add_argument("--name", default="", help="a name to store in the selection")
    parser.epilog = (
        "Output: input, status, key, full name (tab-separated; ambiguous lines list their "
        "candidates). Exit status: 0 every line matched, 1 some did not, 2 a file or the "
        "region list could not be used."
    )


def run(args: argparse.Namespace) -> int:
    try:
        text = read_list(args.file)
        catalogue = load_catalogue(demo=args.demo)
        results = RegionListMatcher(catalogue).match_lines(text)
        if args.output:
            selection = TargetingSelection(regions=matched_picks(results))
            date = catalogue.source_date or (
                catalogue.built_at.date().isoformat() if catalogue.built_at else None
            )
            save(args.output, SavedSelection(selection, region_list_date=date, name=args.name))
    except (CommandError, DocumentError) as e:
        print(str(e), file=sys.stderr)
        return 2
    out = sys.stdout
    for result in results:
        out.write(format_line(result) + "\n")
    if args.output:
        count = len(matched_picks(results))
        print(f"Saved {count} region{'' if count == 1 else 's'} to {args.output}", file=sys.stderr)
    return 0 if all(r.status is MatchStatus.MATCHED for r in results) else 1


def format_line(result: LineMatch) -> str:
    text = result.text.replace("\t", " ")
    keys = ",".join(p.value for p in result.picks)
    names = " | ".join(full_name(p) for p in result.picks)
    return f"{text}\t{result.status.value}\t{keys}\t{names}"


def read_list(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        path = Path(source)
        where = str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CommandError(f"There is no file at {path}") from None
        except OSError as e:
            raise CommandError(f"Could not read {path}: {e.strerror or e}") from None
    text = decode_region_list(data)
    if text is not None:
        return text
    raise CommandError(f"{where} is neither UTF-8 nor CP949 (EUC-KR) text")


def load_catalogue(*, demo: bool) -> RegionCatalogue:
    if demo:
        from moment_gui.demo import demo_catalogue

        return demo_catalogue()
    from moment_gui.store.cache import CATALOGUE, LookupCache

    stored = LookupCache().get_catalogue(name=CATALOGUE)
    if stored is None:
        raise CommandError(
            "No region list is stored on this computer yet: open moment-gui once with your "
            "business token so it builds one, or use --demo"
        )
    try:
        return RegionCatalogue.from_json(stored[0])
    except CatalogueError as e:
        raise CommandError(f"The stored region list could not be read: {e}") from None
