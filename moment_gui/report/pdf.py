"""The review report as PDF: the same HTML laid out by QTextDocument onto QPdfWriter pages.

Needs only a QGuiApplication (no widgets, no display): a headless command gets an offscreen
one. The shipped Hangul font is registered first so Korean never falls back to boxes, and Qt
embeds it with a Unicode map, so the PDF's text can be searched and copied.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from moment_gui.domain.report_model import ReportModel
from moment_gui.report.fonts import load_qt_font
from moment_gui.report.html import render_html

_keep: list[QGuiApplication] = []  # an application made here must outlive the call


def ensure_gui_app() -> None:
    """A QGuiApplication for fonts and painting; offscreen when none exists yet."""
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _keep.append(QGuiApplication(["moment-gui", "-platform", os.environ["QT_QPA_PLATFORM"]]))


def write_pdf(model: ReportModel, path: str | os.PathLike[str]) -> None:
    """Write an A4 PDF to `path`; raises OSError when the file cannot be written."""
    ensure_gui_app()
    family = load_qt_font()
    target = Path(path)
    if not target.parent.is_dir():
        raise OSError(errno.ENOENT, f"there is no folder {target.parent}", str(target))
    # Written beside the target, then renamed: a failed write never leaves half a PDF.
    partial = target.with_name(f".{target.name}.partial")
    try:  # find out here, plainly, rather than from Qt's "QPainter::begin(): Returned false"
        with open(partial, "wb"):
            pass
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(target)) from None
    writer = QPdfWriter(str(partial))
    writer.setTitle(model.title)
    writer.setCreator(f"moment-gui {model.app_version}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    # Lay text out at the writer's 300 dpi; at the screen's 96 dpi it would print tiny.
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont(family, 10))
    doc.setHtml(render_html(model, embed_font=False))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # the file is finished when the writer goes away
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(errno.EIO, "the PDF could not be written", str(target))
    partial.write_bytes(spaces_for_control_codes(partial.read_bytes()))
    os.replace(partial, target)


_BFRANGE = re.compile(rb"beginbfrange.*?endbfrange", re.S)
_BFCHAR = re.compile(rb"beginbfchar.*?endbfchar", re.S)
_ARRAY = re.compile(rb"\[[^\]]*\]")
_CONTROL = rb"<00(?:0[1-9A-Fa-f]|1[0-9A-Fa-f])>"


def spaces_for_control_codes(pdf: bytes) -> bytes:
    """Make copied text say " " where Qt's Unicode map says U+0001.

    NanumGothic maps control codes to its space glyph and Qt names the glyph by the first
    code it finds, so copy-paste and search saw U+0001 between words. Rewriting the map's
    targets keeps every byte offset (same length), so the PDF stays valid.
    """

    def array(m: re.Match[bytes]) -> bytes:
        return re.sub(_CONTROL, b"<0020>", m.group(0))

    def ranges(m: re.Match[bytes]) -> bytes:
        return _ARRAY.sub(array, m.group(0))

    def chars(m: re.Match[bytes]) -> bytes:
        return re.sub(rb"(<[0-9A-Fa-f]+>\s+)" + _CONTROL, rb"\1<0020>", m.group(0))

    return _BFCHAR.sub(chars, _BFRANGE.sub(ranges, pdf))
