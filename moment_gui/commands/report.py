"""`moment-gui report SELECTION.json -o report.pdf|report.html`: the review report, headless.

Everything in it comes from the saved file; `--recheck-demo`/`--recheck-offline` add a
re-check section (the simulator or this computer's cache; nothing else is contacted).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import datetime

from moment_gui import __version__
from moment_gui.domain.document import DocumentError, SavedSelection, load
from moment_gui.domain.recheck import DEFAULT_THRESHOLD, RecheckResult
from moment_gui.domain.report_model import build_report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("selection", help="a saved selection file")
    parser.add_argument(
        "-o", "--output", required=True, help="report file; .pdf or .html decides the format"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--recheck-demo", action="store_true", help="include a re-check against the simulator"
    )
    group.add_argument(
        "--recheck-offline", action="store_true", help="include a re-check against the cache"
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        help="language of the report (default: the app's language setting)",
    )
    parser.epilog = "Exit status: 0 written, 2 the selection or the report file could not be used."


def install_language(lang: str | None) -> str:
    """Install the report's language (like the app's, from the settings when not given)."""
    from PySide6.QtCore import QCoreApplication

    from moment_gui.report.pdf import ensure_gui_app
    from moment_gui.store.settings import Settings
    from moment_gui.ui.i18n import LanguageSwitcher, resolve_language

    wanted = lang or resolve_language(Settings.load().language)
    app = QCoreApplication.instance()
    if app is None and wanted == "en":
        return "en"  # the source text: an HTML report needs no Qt application at all
    ensure_gui_app()
    app = QCoreApplication.instance()
    assert app is not None  # ensure_gui_app made one
    switcher = LanguageSwitcher.of(app) or LanguageSwitcher(app)
    switcher.apply(wanted)
    return switcher.language


def run(args: argparse.Namespace) -> int:
    from moment_gui.report import report_format, write_report

    try:
        report_format(args.output)
        install_language(args.lang)
        doc = load(args.selection)
        recheck = _recheck(doc, args) if args.recheck_demo or args.recheck_offline else None
        model = build_report(
            doc, generated_at=datetime.now().astimezone(), app_version=__version__, recheck=recheck
        )
        fmt = write_report(model, args.output)
    except (ValueError, DocumentError) as e:
        print(str(e), file=sys.stderr)
        return 2
    except OSError as e:
        print(f"Could not write {args.output}: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"Wrote the {fmt.upper()} report of {args.selection} to {args.output}")
    return 0


def _recheck(doc: SavedSelection, args: argparse.Namespace) -> RecheckResult:
    from moment_gui.commands.recheck import make_lookups
    from moment_gui.services.recheck import recheck_selection

    async def go() -> RecheckResult:
        lookups = make_lookups(doc, demo=args.recheck_demo, offline=args.recheck_offline)
        try:
            return await recheck_selection(lookups, doc.selection, DEFAULT_THRESHOLD)
        finally:
            await lookups.aclose()

    return asyncio.run(go())
