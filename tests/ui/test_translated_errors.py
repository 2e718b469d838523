"""With 한국어 installed, a damaged selection file, malformed pasted JSON and a refusing keychain
are explained in Korean (line and column numbers included); `str(error)` stays English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moment_gui.demo import make_demo_lookups
from moment_gui.domain.document import DocumentError, load
from moment_gui.domain.fragment import FragmentError, parse_fragment_text
from moment_gui.store.secrets import InsecureStorageError, TokenStore
from moment_gui.store.settings import Settings
from moment_gui.ui.context import AppContext
from moment_gui.ui.documents import DocumentController
from moment_gui.ui.i18n import qm_path, tr_error
from moment_gui.ui.main_window import MainWindow
from moment_gui.ui.state import SelectionState

MALFORMED = '{\n  "targeting": {\n    "locations": [}\n}'


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(qm_path("ko")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


class QuietPanel(QWidget):
    async def load(self) -> None:
        return None


@pytest.fixture
def docs(qtbot: QtBot, qloop: object, korean: None) -> Iterator[DocumentController]:
    settings = Settings.load()
    ctx = AppContext(SelectionState(), make_demo_lookups())
    factories = {k: (lambda c, p: QuietPanel(p)) for k in ("regions", "placements", "audiences")}
    window = MainWindow(ctx, settings, panel_factories=factories)
    controller = DocumentController(window, ctx, settings)
    yield controller
    window.close_guards.clear()
    window.close()


def test_a_damaged_file_is_explained_in_korean(docs: DocumentController, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "moment-gui.selection", "version": 1,\n "name": }', "utf-8")
    assert not docs.open_path(bad)
    assert docs.bar.text == "타겟팅 설정 파일이 손상되었습니다: 2행 10열에서 값이 와야 합니다"
    with pytest.raises(DocumentError) as caught:
        load(bad)
    assert str(caught.value) == "The file is damaged: expecting value at line 2, column 10"


def test_a_file_with_a_wrong_field_names_the_place_in_korean(
    docs: DocumentController, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "moment-gui.selection", "version": 1, "selection": []}', "utf-8")
    assert not docs.open_path(bad)
    assert docs.bar.text == "타겟팅 설정 파일이 손상되었습니다: ‘selection’ 값이 객체가 아닙니다"


def test_malformed_pasted_json_is_explained_in_korean_with_line_and_column(
    docs: DocumentController,
) -> None:
    QGuiApplication.clipboard().setText(MALFORMED)
    assert not docs.paste_fragment()
    assert docs.bar.text == (
        "JSON을 가져오지 못했습니다: 올바른 JSON이 아닙니다: 3행 19열에서 값이 와야 합니다"
    )
    with pytest.raises(FragmentError) as caught:
        parse_fragment_text(MALFORMED)
    assert str(caught.value) == ("The text is not valid JSON: expecting value at line 3, column 19")


def test_a_fragment_of_the_wrong_shape_is_explained_in_korean(docs: DocumentController) -> None:
    QGuiApplication.clipboard().setText('{"targeting": {"cohortTargetings": [{"cohortId": "x"}]}}')
    assert not docs.paste_fragment()
    assert docs.bar.text.endswith(
        '"cohortTargetings"의 1번째 항목의 "cohortId" 값은 정수여야 합니다(현재: 텍스트 "x")'
    )


def test_no_secure_keychain_is_explained_in_korean(korean: None) -> None:
    from keyring.backends import fail

    store = TokenStore(backend=fail.Keyring())
    with pytest.raises(InsecureStorageError) as caught:
        store.set("token")
    assert tr_error(caught.value).startswith("이 컴퓨터에는 안전한 비밀번호 저장소가 없어")
    assert str(caught.value).startswith("This computer has no secure password storage")
