"""The committed .ico/.icns/.png are exactly what scripts/make_icons.py renders from the SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
Image = pytest.importorskip("PIL.Image", reason="Pillow comes with the build extra")


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_icons_match_a_fresh_render_of_the_svg(tmp_path):
    written = _make_icons().make_icons(tmp_path)
    assert [p.name for p in written] == ["moment-gui.ico", "moment-gui.icns", "moment-gui.png"]
    for path in written:
        committed = ICONS / path.name
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed.name} is stale: run `python scripts/make_icons.py` and commit the icons"
        )


def test_each_platform_icon_carries_the_sizes_its_desktop_asks_for():
    make_icons = _make_icons()
    with Image.open(ICONS / "moment-gui.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(ICONS / "moment-gui.icns") as icns:
        assert max(icns.info["sizes"])[:2] == (512, 512)  # 512@2x = the 1024 px Retina icon
        assert {s[0] * s[2] for s in icns.info["sizes"]} >= set(make_icons.ICNS_SIZES)
    with Image.open(ICONS / "moment-gui.png") as png:
        assert png.size == (256, 256)
        assert png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0, "the corners stay transparent (rounded square)"
        assert png.getpixel((128, 200))[3] == 255
