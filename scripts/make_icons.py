"""Render every icon file from the one source, resources/icons/moment-gui.svg.

    python scripts/make_icons.py            # rewrite the icons in resources/icons/
    python scripts/make_icons.py --out DIR  # write them elsewhere (the test compares)

Qt (QtSvg) draws the SVG at each size (small sizes drawn small, not shrunk from a big one);
Pillow (the `build` extra) packs them: moment-gui.ico for Windows (16-256 px),
moment-gui.icns for macOS (32-1024 px) and moment-gui.png (256 px) for Linux launchers and
the window icon. The generated files are committed, so building a bundle needs neither this
script nor Pillow; tests/packaging/test_icons.py fails when they drift from the SVG.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "moment-gui.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at size x size, as an RGBA Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make_icons(out: Path, source: Path = SOURCE) -> list[Path]:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {source}")
    drawn = {size: render(renderer, size) for size in {*ICO_SIZES, *ICNS_SIZES, PNG_SIZE}}
    out.mkdir(parents=True, exist_ok=True)
    ico, icns, png = out / "moment-gui.ico", out / "moment-gui.icns", out / "moment-gui.png"
    biggest = drawn[max(ICO_SIZES)]
    biggest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[drawn[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    drawn[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[drawn[s] for s in ICNS_SIZES[:-1]]
    )
    drawn[PNG_SIZE].save(png, format="PNG", optimize=False)
    return [ico, icns, png]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SOURCE.parent)
    args = parser.parse_args(argv)
    for path in make_icons(args.out):
        print(f"make_icons: {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
