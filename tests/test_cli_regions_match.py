"""`moment-gui regions-match`: one tab-separated line per input line, exit 0/1/2, -o saves."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from moment_gui.cli import main
from moment_gui.domain.document import load
from moment_gui.domain.regions import RegionCatalogue
from moment_gui.domain.selection import RegionPick
from moment_gui.store.cache import LookupCache

LIST = "\ufeff지역\n서울 강남구 역삼1동\n\n분당구 정자1동\n해운대구\n중구\n서울 테헤란로\n"


def run(capsys, *args: str) -> tuple[int, list[list[str]], str]:
    code = main(["regions-match", *args])
    out, err = capsys.readouterr()
    return code, [line.split("\t") for line in out.splitlines()], err


def test_prints_status_key_and_name_per_line_and_exits_1_when_some_do_not_match(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "list.txt"
    path.write_text(LIST, encoding="utf-8")
    code, rows, _ = run(capsys, "--demo", str(path))
    assert code == 1
    assert rows[:3] == [
        ["서울 강남구 역삼1동", "matched", "I10000118", "서울특별시 강남구 역삼1동"],
        ["분당구 정자1동", "matched", "B10150118", "경기도 성남시 분당구 정자1동"],
        ["해운대구", "matched", "H1015", "부산광역시 해운대구"],
    ]
    jung = rows[3]
    assert jung[:2] == ["중구", "ambiguous"]
    assert jung[2].split(",") == ["F1008", "G1004", "H1014", "I1023", "J1004", "K1009"]
    assert jung[3].split(" | ")[3] == "서울특별시 중구"
    assert rows[4] == ["서울 테헤란로", "unmatched", "", ""]
    assert len(rows) == 5  # header and blank line skipped


def test_every_line_matched_exits_0_and_o_saves_the_matched_picks(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    piped = io.TextIOWrapper(io.BytesIO("해운대구\n서울,중구\n".encode()))
    monkeypatch.setattr(sys, "stdin", piped)
    out = tmp_path / "sel.json"
    code, rows, err = run(capsys, "--demo", "-", "-o", str(out), "--name", "고객 목록")
    assert code == 0 and [r[1] for r in rows] == ["matched", "matched"]
    doc = load(out)
    assert [r.value for r in doc.selection.regions] == ["H1015", "I1023"]
    assert doc.name == "고객 목록" and doc.region_list_date
    assert "Saved 2 regions" in err


def test_o_with_some_unmatched_saves_the_matched_ones_and_still_exits_1(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    out = tmp_path / "sel.json"
    code, _, _ = run(capsys, "--demo", str(path), "-o", str(out))
    assert code == 1
    assert [r.value for r in load(out).selection.regions] == ["I10000118", "B10150118", "H1015"]


def test_a_cp949_csv_from_korean_excel_is_read(tmp_path: Path, capsys) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("번호,지역\n1,해운대구\n".encode("cp949"))
    code, rows, _ = run(capsys, "--demo", str(path))
    assert code == 0 and rows == [["1,해운대구", "matched", "H1015", "부산광역시 해운대구"]]


def test_a_utf16_unicode_text_export_is_read(tmp_path: Path, capsys) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("지역\t비고\r\n해운대구\t신규\r\n".encode("utf-16"))
    code, rows, _ = run(capsys, "--demo", str(path))
    assert code == 0 and rows == [["해운대구 신규", "matched", "H1015", "부산광역시 해운대구"]]


def test_without_demo_it_uses_the_region_list_the_app_built(tmp_path: Path, capsys) -> None:
    catalogue = RegionCatalogue([RegionPick("I", "서울특별시", "서울특별시")], source_date="x")
    LookupCache().put_catalogue(catalogue.to_json(), catalogue.built_at or _now())
    path = tmp_path / "list.txt"
    path.write_text("서울시\n", encoding="utf-8")
    code, rows, _ = run(capsys, str(path))
    assert code == 0 and rows == [["서울시", "matched", "I", "서울특별시"]]


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--demo"], "There is no file at"),
        (["list.txt"], "No region list is stored on this computer yet"),
    ],
)
def test_errors_are_one_plain_line_and_exit_2(tmp_path: Path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.txt").write_text("서울\n", encoding="utf-8")
    code, rows, err = run(capsys, *args)
    assert code == 2 and rows == [] and message in err and len(err.splitlines()) == 1


def test_binary_garbage_is_refused_with_exit_2(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x80\xff\x00")
    code, _, err = run(capsys, "--demo", str(path))
    assert code == 2 and "neither UTF-8 nor CP949" in err


def test_runs_as_a_command(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("해운대구\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "moment_gui", "regions-match", "--demo", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "해운대구\tmatched\tH1015\t부산광역시 해운대구\n"
