"""The names the three desktops show, and the Linux launcher entry and its install script."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from moment_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "installer" / "linux" / "moment-gui.desktop"
INSTALL = ROOT / "scripts" / "install-desktop-entry.sh"


def _metadata():
    path = ROOT / "installer" / "metadata.py"
    spec = importlib.util.spec_from_file_location("installer_metadata", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _validator() -> str:
    found = shutil.which("desktop-file-validate")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate missing: scripts/install-system-deps.sh installs it")
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    return found


def test_the_launcher_entry_uses_the_same_names_as_the_mac_and_windows_bundles():
    meta = _metadata()
    entry = _entry(DESKTOP)
    assert entry["Name"] == meta.DISPLAY_NAME["en"]
    assert entry["Name[ko]"] == meta.DISPLAY_NAME["ko"]
    assert entry["Comment"] == meta.COMMENT["en"]
    assert entry["Comment[ko]"] == meta.COMMENT["ko"]
    assert entry["Icon"] == entry["StartupWMClass"] == meta.EXECUTABLE
    assert "모먼트" in meta.infoplist_strings("ko")


def test_the_launcher_entry_passes_the_freedesktop_validator():
    out = subprocess.run([_validator(), str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_the_install_script_points_the_entry_at_an_executable_even_with_odd_characters(tmp_path):
    _validator()
    exe = tmp_path / "Program Files $x" / "moment-gui"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    out = subprocess.run(
        ["bash", str(INSTALL), str(exe)], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stdout + out.stderr
    installed = data / "applications" / "moment-gui.desktop"
    entry = _entry(installed)
    # Inside Exec's quotes `$` is escaped with a backslash, which the string escape doubles.
    assert entry["Exec"] == f'"{tmp_path}/Program Files \\\\$x/moment-gui" %f'
    assert entry["TryExec"] == str(exe)
    assert entry["Name[ko]"] == _metadata().DISPLAY_NAME["ko"]
    png = data / "icons" / "hicolor" / "256x256" / "apps" / "moment-gui.png"
    assert png.read_bytes() == (ROOT / "resources" / "icons" / "moment-gui.png").read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "moment-gui.svg").is_file()

    out = subprocess.run(
        ["bash", str(INSTALL), "--uninstall"], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert not installed.exists() and not png.exists()


def test_the_install_script_says_what_to_do_when_there_is_no_app_yet(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run(
        ["bash", str(INSTALL), str(tmp_path / "nowhere" / "moment-gui")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 2
    assert "demo.sh" in out.stderr and not (tmp_path / "applications").exists()


def test_the_windows_version_file_carries_the_package_version():
    meta = _metadata()
    text = meta.windows_version_text(__version__)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as a Python expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert f"filevers={meta.version_tuple(__version__)}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert meta.version_tuple("1.2") == (1, 2, 0, 0)
    assert meta.version_tuple("2.10.3rc1") == (2, 10, 3, 0)


def test_the_mac_bundle_is_localised_in_korean(tmp_path):
    meta = _metadata()
    plist = meta.info_plist(__version__)
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["LSHasLocalizedDisplayName"] is True
    assert plist["CFBundleLocalizations"] == ["en", "ko"]
    datas = meta.write_infoplist_strings(tmp_path)
    assert [dest for _, dest in datas] == ["en.lproj", "ko.lproj"]
    korean = Path(datas[1][0]).read_text(encoding="utf-8")
    assert 'CFBundleDisplayName = "모먼트 타겟팅";' in korean
