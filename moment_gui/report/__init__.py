"""Review reports (PDF and self-contained HTML) of a saved selection.

Outside the layer contracts: it lays text out with QtGui (QTextDocument, QPdfWriter) but needs
no widgets, so the headless `moment-gui report` command can use it too.
"""

from __future__ import annotations

import os
from pathlib import Path

from moment_gui.domain.report_model import ReportModel

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}


def report_format(path: str | os.PathLike[str]) -> str:
    """ "pdf" or "html" from the file name; ValueError with a plain sentence otherwise."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"The report file must end in .pdf or .html (got {Path(path).name})")
    return fmt


def write_report(model: ReportModel, path: str | os.PathLike[str]) -> str:
    """Write the report in the format its extension names; returns that format."""
    fmt = report_format(path)
    if fmt == "pdf":
        from moment_gui.report.pdf import write_pdf

        write_pdf(model, path)
    else:
        from moment_gui.report.html import render_html
        from moment_gui.store.atomic import write_atomic

        write_atomic(Path(path), render_html(model).encode("utf-8"))
    return fmt
