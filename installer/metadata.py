"""The app's names and identifiers as the three desktops show them, in one place.

build_installer.spec reads this for the macOS .app (Info.plist, localised InfoPlist.strings)
and the Windows version resource; installer/linux/moment-gui.desktop spells the same names
(tests/packaging/test_installer_metadata.py keeps them equal). Pure Python, no PyInstaller.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXECUTABLE = "moment-gui"
# Reverse-DNS identifier: the macOS bundle identifier, and on Linux the name the
# .desktop file is installed under is the plain EXECUTABLE (what Qt reports as the app).
BUNDLE_IDENTIFIER = "io.github.moment-gui"
DISPLAY_NAME = {"en": "Moment Targeting", "ko": "모먼트 타겟팅"}
COMMENT = {
    "en": "Build Kakao Moment ad-group targeting by clicking",
    "ko": "클릭으로 만드는 카카오모먼트 광고그룹 타겟팅",
}
COMPANY = "moment-gui"
COPYRIGHT = "MIT licence, the moment-gui authors"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0): Windows wants four numbers (a suffix like 'rc1' is dropped)."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [int(n) for n in release.group().split(".")[:4]]
    return (*numbers, 0, 0, 0)[:4]  # type: ignore[return-value]


def windows_version_text(version: str) -> str:
    """The text of a PyInstaller version file (EXE(version=...)) for this version."""
    template = (HERE / "windows" / "version_info.txt").read_text(encoding="utf-8")
    return template.format(
        version=version,
        version_tuple=version_tuple(version),
        product=DISPLAY_NAME["en"],
        description=COMMENT["en"],
        company=COMPANY,
        copyright=COPYRIGHT,
        executable=EXECUTABLE,
    )


def info_plist(version: str) -> dict[str, object]:
    """Info.plist keys for the macOS .app (PyInstaller BUNDLE(info_plist=...))."""
    return {
        "CFBundleName": EXECUTABLE,
        "CFBundleDisplayName": DISPLAY_NAME["en"],
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        # The Finder and Dock show the ko.lproj name when macOS runs in Korean.
        "CFBundleLocalizations": sorted(DISPLAY_NAME),
        "LSHasLocalizedDisplayName": True,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
    }


def _strings_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def infoplist_strings(language: str) -> str:
    """Contents/Resources/<language>.lproj/InfoPlist.strings (UTF-8, which macOS reads)."""
    name = _strings_literal(DISPLAY_NAME[language])
    return f"CFBundleDisplayName = {name};\nCFBundleName = {name};\n"


def write_infoplist_strings(out: Path) -> list[tuple[str, str]]:
    """Write every language's InfoPlist.strings under out/; (source, bundle folder) pairs."""
    datas = []
    for language in sorted(DISPLAY_NAME):
        folder = out / f"{language}.lproj"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "InfoPlist.strings"
        path.write_text(infoplist_strings(language), encoding="utf-8")
        datas.append((str(path), f"{language}.lproj"))
    return datas
