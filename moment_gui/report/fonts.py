"""The Hangul font shipped in resources/fonts: registered with Qt for the PDF, embedded in HTML.

The system may have no Korean font at all (a bare server, a client's laptop opening the
HTML), so the report never relies on one.
"""

from __future__ import annotations

import base64
import functools
import sys
from pathlib import Path

FONT_FILE = "NanumGothic.ttf"
FONT_FAMILY = "NanumGothic"  # the family name inside the file
CSS_FONT_STACK = f"'{FONT_FAMILY}', 'Noto Sans CJK KR', 'Malgun Gothic', sans-serif"


def fonts_dir() -> Path:
    """`resources/fonts` of a source checkout, or beside a PyInstaller bundle's files."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def font_path() -> Path:
    path = fonts_dir() / FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"The report font is missing ({path}); reinstall moment-gui")
    return path


@functools.cache
def font_face_css() -> str:
    """An @font-face rule carrying the whole font, so the HTML file stands alone."""
    data = base64.b64encode(font_path().read_bytes()).decode("ascii")
    source = f"url(data:font/ttf;base64,{data}) format('truetype')"
    return f"@font-face {{ font-family: '{FONT_FAMILY}'; font-weight: 400; src: {source}; }}"


def load_qt_font() -> str:
    """Register the font with Qt (a QGuiApplication must exist); returns its family name."""
    from PySide6.QtGui import QFontDatabase

    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise RuntimeError(f"Qt could not load the report font {font_path()}")
    return str(families[0])
