"""`moment-gui report`: PDF or HTML from the extension, plain errors, works with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from moment_gui.cli import main
from moment_gui.domain.document import SavedSelection, save
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)


@pytest.fixture
def selection_file(tmp_path: Path) -> Path:
    sel = TargetingSelection(
        regions=(RegionPick("M", "전북특별자치도", "전북특별자치도"),),
        audiences=(
            AudiencePick(AudienceKind.COHORT, "1", Inclusion.INCLUDE, "봄 세일 광고 클릭자",
                         status="AVAILABLE", population=182000, audience_type="DISPLAY"),
        ),
    )  # fmt: skip
    path = tmp_path / "plan.moment.json"
    save(path, SavedSelection(sel, ad_account_id=1234, saved_at=datetime(2026, 3, 2, 10, 30)))
    return path


def test_html_report_is_written_with_every_pick(
    selection_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(selection_file), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    assert "전북특별자치도" in html and "봄 세일 광고 클릭자" in html and "182,000" in html
    assert "Wrote the HTML report" in capsys.readouterr().out


def test_html_report_can_include_a_recheck_against_the_simulator(
    selection_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(selection_file), "-o", str(out), "--recheck-demo"]) == 0
    html = out.read_text("utf-8")
    assert "Re-check" in html and "against demo data" in html


def test_pdf_report_in_process(selection_file: Path, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "report.pdf"
    assert main(["report", str(selection_file), "-o", str(out)]) == 0
    assert "전북특별자치도" in pypdf.PdfReader(out).pages[0].extract_text()


def test_pdf_report_from_a_fresh_process_without_a_display(
    selection_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    proc = subprocess.run(
        [sys.executable, "-m", "moment_gui", "report", str(selection_file), "-o", str(out)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "봄 세일 광고 클릭자" in pypdf.PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("output", "message"),
    [("report.docx", "must end in .pdf or .html"), ("nowhere/report.html", "Could not write")],
)
def test_unusable_output_exits_2_with_one_line(
    selection_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    output: str,
    message: str,
) -> None:
    target = tmp_path / output
    if "nowhere" in output:
        (tmp_path / "nowhere").write_text("a file where a folder should be", "utf-8")
    assert main(["report", str(selection_file), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_damaged_selection_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 2
    assert "not a moment-gui selection" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_lang_ko_writes_the_report_in_korean(selection_file: Path, tmp_path: Path, qapp) -> None:
    from moment_gui.ui.i18n import LanguageSwitcher

    out = tmp_path / "report.html"
    try:
        assert main(["report", str(selection_file), "-o", str(out), "--lang", "ko"]) == 0
    finally:
        qapp.findChild(LanguageSwitcher).apply("en")  # never leak Korean into other tests
    html = out.read_text(encoding="utf-8")
    assert "요약" in html and "Summary" not in html
    assert main(["report", str(selection_file), "-o", str(out), "--lang", "en"]) == 0
    assert "Summary" in out.read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can write")
def test_an_unwritable_pdf_path_gives_one_clean_line_and_no_qt_noise(
    selection_file: Path, capfd: pytest.CaptureFixture[str], qapp: object
) -> None:
    # /proc refuses new files even to root; Qt used to print "QPainter::begin(): Returned
    # false" and the message came twice ("Could not write X: Could not write X").
    assert main(["report", str(selection_file), "-o", "/proc/moment-report.pdf"]) == 2
    err = capfd.readouterr().err
    assert "QPainter" not in err and err.count("\n") == 1
    assert err.count("Could not write") == 1 and "/proc/moment-report.pdf" in err
