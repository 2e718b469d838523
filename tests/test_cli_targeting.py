"""The headless commands: right output, right exit status, one plain line on trouble."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from moment_gui.cli import main
from moment_gui.domain.document import load

FRAGMENT = {
    "targeting": {
        "locations": [{"value": "I", "description": "서울특별시", "depth1Name": "서울특별시"}],
        "cohortTargetings": [{"cohortId": 1, "inclusionType": "INCLUDE"}],
        "lookalikeTargetings": [{"lookalikeId": 1, "inclusionType": "INCLUDE"}],
    },
    "adServingCategories": ["IAB16"],
}


@pytest.fixture
def fragment_file(tmp_path: Path) -> Path:
    path = tmp_path / "fragment.json"
    path.write_text(json.dumps(FRAGMENT, ensure_ascii=False), encoding="utf-8")
    return path


def imported(tmp_path: Path, fragment_file: Path, *extra: str) -> Path:
    out = tmp_path / "sel.json"
    assert main(["import", str(fragment_file), "-o", str(out), *extra]) == 0
    return out


def test_import_then_export_gives_back_the_fragment(tmp_path, fragment_file, capsys):
    out = imported(tmp_path, fragment_file, "--campaign", "display:visiting")
    assert "Saved 1 regions, 1 audiences, 1 categories" in capsys.readouterr().out
    assert load(out).selection.campaign is not None
    assert main(["export", str(out)]) == 0
    text = capsys.readouterr().out
    assert json.loads(text) == FRAGMENT and "서울특별시" in text
    assert main(["export", str(out), "--targeting-only"]) == 0
    assert json.loads(capsys.readouterr().out) == FRAGMENT["targeting"]


def test_import_reads_stdin_with_trailing_commas(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"targeting": {"someNewKey": [1,],},}'))
    out = tmp_path / "s.json"
    assert main(["import", "-", "-o", str(out)]) == 0
    assert load(out).selection.passthrough_targeting == (("someNewKey", [1]),)


def test_validate_passes_with_warnings_printed(tmp_path, fragment_file, capsys):
    out = imported(tmp_path, fragment_file, "--campaign", "DISPLAY:VISITING")
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("WARNING: [audience-not-verified] Cohort “1”")


def test_validate_fails_with_one_line_per_problem(tmp_path, fragment_file, capsys):
    out = imported(tmp_path, fragment_file)
    capsys.readouterr()
    assert main(["validate", str(out), "--campaign", "DISPLAY:CONVERSION"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ERROR: [ad-serving-categories] Network categories (IAB16)")
    assert len(lines) == 2


def test_validate_of_an_empty_selection_says_so(tmp_path, capsys):
    frag = tmp_path / "f.json"
    frag.write_text('{"targeting": {}}', encoding="utf-8")
    out = imported(tmp_path, frag, "--campaign", "VIDEO:VIEW")
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == "No problems found.\n"


def test_diff_exits_0_when_same_and_1_when_different(tmp_path, fragment_file, capsys):
    a = imported(tmp_path, fragment_file)
    b = tmp_path / "b.json"
    assert main(["import", str(fragment_file), "-o", str(b), "--campaign", "VIDEO:VIEW"]) == 0
    capsys.readouterr()
    assert main(["diff", str(a), str(a)]) == 0
    assert capsys.readouterr().out == "No differences.\n"
    assert main(["diff", str(a), str(b)]) == 1
    assert "Campaign: +1 -0 ~0" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "{tmp}/missing.json"], "There is no file at"),
        (["validate", "{tmp}/bad.json"], "The file is damaged"),
        (["export", "{tmp}/newer.json"], "format version 9"),
        (["validate", "{tmp}/sel.json", "--campaign", "DISPLAY"], "Campaign must be TYPE:GOAL"),
        (["validate", "{tmp}/sel.json", "--campaign", "VIDEO:REACH"], "not a campaign type x"),
        (["import", "{tmp}/missing.json", "-o", "{tmp}/x.json"], "There is no file at"),
        (["import", "{tmp}/bad.json", "-o", "{tmp}/x.json"], "The fragment could not be read"),
        (["import", "{tmp}/binary.json", "-o", "{tmp}/x.json"], "is not UTF-8 text"),
        (["import", "{tmp}", "-o", "{tmp}/x.json"], "Could not read"),
        (["import", "{tmp}/frag.json", "-o", "{tmp}/no/such/dir/x.json"], "Could not save"),
        (["diff", "{tmp}/sel.json", "{tmp}/missing.json"], "There is no file at"),
    ],
)
def test_trouble_prints_one_plain_line_and_exits_2(tmp_path, capsys, argv, message):
    (tmp_path / "bad.json").write_text('{"format": ', encoding="utf-8")
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "newer.json").write_text('{"format": "moment-gui.selection", "version": 9}')
    (tmp_path / "frag.json").write_text(json.dumps(FRAGMENT), encoding="utf-8")
    assert main(["import", str(tmp_path / "frag.json"), "-o", str(tmp_path / "sel.json")]) == 0
    capsys.readouterr()
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_help_documents_the_exit_status(capsys):
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    assert "0 the selections are the same, 1 they differ" in capsys.readouterr().out


def test_commands_work_as_a_real_process(tmp_path, fragment_file):
    out = tmp_path / "sel.json"
    run = [sys.executable, "-m", "moment_gui"]
    done = subprocess.run(
        [*run, "import", "-", "-o", str(out)],
        input=fragment_file.read_text(),
        capture_output=True,
        text=True,
        timeout=60,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [*run, "export", str(out)], capture_output=True, text=True, timeout=60, encoding="utf-8"
    )
    assert done.returncode == 0 and json.loads(done.stdout) == FRAGMENT
    done = subprocess.run(
        [*run, "export", str(tmp_path / "nope.json")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and done.stderr.startswith("There is no file at")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("spec", ["DISPLAY:VISIT", "Display:Visit", "display:visiting"])
def test_campaign_accepts_the_apps_labels_as_well_as_the_api_names(
    tmp_path, fragment_file, spec
) -> None:
    out = imported(tmp_path, fragment_file, "--campaign", spec)
    campaign = load(out).selection.campaign
    assert campaign is not None and campaign.spec() == "DISPLAY:VISITING"


def test_a_campaign_that_is_not_valid_lists_the_valid_values(tmp_path, fragment_file, capsys):
    out = str(tmp_path / "x.json")
    argv = ["import", str(fragment_file), "-o", out, "--campaign", "DISPLAY:VIEWS"]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "Valid values:" in err and "DISPLAY:VISITING (Display · Visit)" in err
    assert "TALK_BIZ_BOARD:CONVERSION (Kakao Bizboard · Conversion)" in err


def test_export_text_prints_the_checklist_in_the_chosen_language(tmp_path, fragment_file, capsys):
    out = imported(tmp_path, fragment_file, "--campaign", "DISPLAY:VISITING")
    capsys.readouterr()
    assert main(["export", str(out), "--text", "--lang", "ko"]) == 0
    ko = capsys.readouterr().out
    assert "캠페인: 디스플레이 × 방문" in ko and "맞춤타겟 › 광고반응타겟 포함" in ko
    assert "  [ ] 서울특별시 (I)" in ko
    assert main(["export", str(out), "--text"]) == 0
    assert "Custom audience › Engagement targets include" in capsys.readouterr().out
