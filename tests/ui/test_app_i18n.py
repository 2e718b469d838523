"""The Korean catalogue really loads and widgets switch language at once."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moment_gui.ui.campaign_bar import CampaignBar
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import LanguageSwitcher, qm_path, resolve_language, translations_dir
from moment_gui.ui.state import SelectionState

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CampaignBar</name>
    <message><source>Placements:</source><translation>게재 지면:</translation></message>
    <message><source>Kakao Bizboard</source><translation>카카오 비즈보드</translation></message>
    <message><source>Conversion</source><translation>전환</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogue_dir(tmp_path: Path) -> Path:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "moment_gui_ko.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm_path("ko", tmp_path))], check=True)
    return tmp_path


@pytest.fixture
def switcher(qapp: QApplication, catalogue_dir: Path) -> Iterator[LanguageSwitcher]:
    languages = LanguageSwitcher(qapp, catalogue_dir)
    yield languages
    languages.apply("en")  # never leak Korean into other tests
    languages.deleteLater()


def test_switching_to_korean_retranslates_the_campaign_bar(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    bar = CampaignBar(AppContext(SelectionState(), object()))  # type: ignore[arg-type]
    qtbot.addWidget(bar)
    assert bar._placements_label.text() == "Placements:"
    assert switcher.apply("ko") is True
    assert switcher.language == "ko"
    qtbot.waitUntil(lambda: bar._placements_label.text() == "게재 지면:")
    assert "카카오 비즈보드 · 전환" in [bar.combo.itemText(i) for i in range(bar.combo.count())]
    assert switcher.apply("en") is True
    qtbot.waitUntil(lambda: bar._placements_label.text() == "Placements:")


def test_a_missing_catalogue_falls_back_to_english(qapp: QApplication, tmp_path: Path) -> None:
    languages = LanguageSwitcher(qapp, tmp_path)  # empty folder: no .qm
    assert languages.apply("ko") is False
    assert languages.language == "en"
    languages.deleteLater()


def test_auto_language_follows_the_system_locale() -> None:
    assert resolve_language("auto", QLocale(QLocale.Language.Korean)) == "ko"
    assert resolve_language("auto", QLocale(QLocale.Language.English)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.Korean)) == "en"
    assert resolve_language("ko", QLocale(QLocale.Language.English)) == "ko"


def test_catalogues_are_looked_up_in_the_shipped_resources_folder() -> None:
    assert translations_dir().parts[-2:] == ("resources", "i18n")
    assert qm_path("ko").name == "moment_gui_ko.qm"
