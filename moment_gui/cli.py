"""Command line: launches the app, or runs a headless command over the same domain code.

Each subcommand lives in `moment_gui.commands.<name>` with `run(args) -> int`; it is imported
only when used so `moment-gui --version` stays instant. Errors print one plain line to
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from moment_gui import APP_NAME, __version__

SUBCOMMANDS: dict[str, str] = {
    "import": "Turn a pasted ad-group fragment (JSON) into a saved selection",
    "export": "Print the ad-group fragment of a saved selection",
    "validate": "Check a saved selection against the targeting rules",
    "diff": "Show what was added, removed and changed between two selections",
    "recheck": "Compare a saved selection with current data from the server or cache",
    "report": "Write a review report (PDF or HTML) of a saved selection",
    "pull": "Write a live ad group's targeting into a selection file and check its wire shape",
    "push": "Apply a selection file's picks to a live ad group (--dry-run prints the body)",
    "regions-match": "Match a list of regions (one per line, .txt or .csv) against the region list",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--demo", action="store_true", help="run against the built-in simulator")
    parser.add_argument(
        "--self-test", action="store_true", help="open the demo offscreen, exercise it, exit"
    )
    parser.add_argument("file", nargs="?", help="a saved selection to open")
    return parser


def build_command_parser(name: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{APP_NAME} {name}", description=SUBCOMMANDS[name])
    module = importlib.import_module(f"moment_gui.commands.{_module_name(name)}")
    module.add_arguments(parser)
    return parser


def _module_name(name: str) -> str:
    return "import_" if name == "import" else name.replace("-", "_")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        name = args_list[0]
        parser = build_command_parser(name)
        args = parser.parse_args(args_list[1:])
        module = importlib.import_module(f"moment_gui.commands.{_module_name(name)}")
        try:
            code: int = module.run(args)
            return code
        except KeyboardInterrupt:
            return 130
    args = build_parser().parse_args(args_list)
    import moment_gui.app as app

    if args.self_test:
        return app.self_test()
    return app.run(demo=args.demo, file=args.file)
