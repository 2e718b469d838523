"""The Hangul font shipped in resources/fonts: registered with Qt for the PDF, embedded in HTML.

The system may have no Korean font at all (a bare server, a client's laptop opening the
HTML), so the report never relies on one.
"""

from __future__ import annotations

import base64
import html
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


def font_face_css(text: str) -> str:
    """An @font-face rule carrying only the glyphs `text` needs (the HTML stands alone).

    The whole NanumGothic is 4 MB (6 MB as base64) for a two-page report; a fontTools
    subset of the characters used, as WOFF, is a few hundred KB at most.
    """
    data = base64.b64encode(subset_font(text)).decode("ascii")
    source = f"url(data:font/woff;base64,{data}) format('woff')"
    return f"@font-face {{ font-family: '{FONT_FAMILY}'; font-weight: 400; src: {source}; }}"


def subset_font(text: str) -> bytes:
    """The shipped font cut down to the characters of `text` (plus printable ASCII), as WOFF."""
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    chars = set(html.unescape(text)) | {chr(c) for c in range(0x20, 0x7F)} | {"\u00a0"}
    options = subset.Options()
    options.flavor = "woff"  # zlib-compressed; needs no extra library (WOFF2 would need brotli)
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # Hinting and the VTT sources are most of the work and nothing a browser needs (~0.4 s).
    options.hinting = False
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5", "DSIG"]
    font = TTFont(str(font_path()), lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return out.getvalue()


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
