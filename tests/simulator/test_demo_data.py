"""The shipped demo data: today's map of Korea in Kakao's key shapes, rebuilt identically."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from moment_gui.simulator.data import resources_dir

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "resources" / "data"


@pytest.fixture(scope="module")
def regions() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def audiences() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "audiences.json").read_text(encoding="utf-8"))
    return data


def test_about_250_districts_and_3500_dongs(regions) -> None:
    assert 240 <= len(regions["depth2"]) <= 260
    assert 3400 <= len(regions["depth3"]) <= 3600
    assert regions["meta"]["counts"]["depth3"] == len(regions["depth3"])


def test_keys_are_unique_and_shaped_like_kakaos(regions) -> None:
    keys = [r["value"] for depth in ("depth1", "depth2", "depth3") for r in regions[depth]]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[A-Z]", r["value"]) for r in regions["depth1"])
    assert all(re.fullmatch(r"[A-Z]\d{4}", r["value"]) for r in regions["depth2"])
    assert all(re.fullmatch(r"[A-Z]\d{8}", r["value"]) for r in regions["depth3"])


def test_every_key_extends_its_parents_key_and_names(regions) -> None:
    depth1 = {r["value"]: r for r in regions["depth1"]}
    depth2 = {r["value"]: r for r in regions["depth2"]}
    for district in regions["depth2"]:
        assert depth1[district["value"][0]]["depth1Name"] == district["depth1Name"]
    for dong in regions["depth3"]:
        parent = depth2[dong["value"][:5]]
        assert (dong["depth1Name"], dong["depth2Name"]) == (
            parent["depth1Name"],
            parent["depth2Name"],
        )
        assert dong["description"] == parent["description"]


def test_children_are_numbered_in_name_order_from_1000_and_0101(regions) -> None:
    seoul = [r for r in regions["depth2"] if r["value"].startswith("I")]
    assert [r["value"] for r in seoul[:2]] == ["I1000", "I1001"]
    assert [r["depth2Name"] for r in seoul[:2]] == ["강남구", "강동구"]
    gangnam = [r for r in regions["depth3"] if r["value"].startswith("I1000")]
    assert gangnam[0]["value"] == "I10000101"


def test_seoul_has_25_districts_and_sejong_is_its_own_district(regions) -> None:
    per_province = Counter(r["depth1Name"] for r in regions["depth2"])
    assert per_province["서울특별시"] == 25
    assert per_province["세종특별자치시"] == 1
    assert "알수없음" not in per_province and "해외전체" not in per_province


def test_2023_2024_administrative_changes_are_applied(regions) -> None:
    names = {r["depth1Name"] for depth in ("depth1", "depth2", "depth3") for r in regions[depth]}
    assert "강원도" not in names and "전라북도" not in names
    assert {"강원특별자치도", "전북특별자치도"} <= names
    districts = {r["description"]: r for r in regions["depth2"]}
    assert districts["대구광역시 군위군"]["value"].startswith("F")
    assert "경상북도 군위군" not in districts
    bucheon = sorted(d for d in districts if "부천시" in d)
    assert bucheon == ["경기도 부천시 소사구", "경기도 부천시 오정구", "경기도 부천시 원미구"]
    for name in bucheon:
        key = districts[name]["value"]
        assert any(r["value"].startswith(key) for r in regions["depth3"]), name
    assert districts["경기도 수원시 장안구"]["depth2Name"] == "수원시 장안구"


def test_no_branch_offices_or_abolished_dongs(regions) -> None:
    dongs = {r["depth3Name"] for r in regions["depth3"]}
    assert not any(name.endswith("출장소") for name in dongs)
    assert "청운동" not in dongs  # abolished 2008, replaced by 청운효자동
    assert "청운효자동" in dongs


def test_meta_carries_source_date_changes_and_attribution(regions) -> None:
    meta = regions["meta"]
    assert meta["sourceDate"] == "2023-05-01"
    assert "PublicDataReader (MIT)" in meta["source"]
    assert len(meta["changesApplied"]) == 4
    assert "1000" in meta["keyScheme"] and "0101" in meta["keyScheme"]


def test_audiences_cover_every_status(audiences) -> None:
    assert len(audiences["cohorts"]) >= 18
    assert {f["status"] for f in audiences["customerFiles"]} == {
        "WAITING",
        "COMPLETE",
        "DELETE",
        "ERROR",
    }
    groups = audiences["talkChannelGroupFiles"]
    assert {g["talkChannelGroupFileStatus"] for g in groups} == {
        "WAITING",
        "COMPLETE",
        "DELETE",
        "ERROR",
    }
    assert {g["profileId"] for g in groups} == {c["id"] for c in audiences["talkChannels"]}
    assert len(audiences["trackers"]) >= 3
    assert all(t["events"][0]["eventCode"] == "*" for t in audiences["trackers"])


def test_rebuilding_twice_gives_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("PublicDataReader")
    for run in ("first", "second"):
        out = tmp_path / run
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "build_demo_data.py"), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        for name in ("regions.json", "audiences.json"):
            assert (out / name).read_bytes() == (DATA / name).read_bytes(), f"{run} {name}"


def test_resources_dir_finds_the_repo_layout() -> None:
    assert resources_dir() == REPO / "resources"


def test_resources_dir_prefers_a_pyinstaller_bundle(tmp_path, monkeypatch) -> None:
    data = tmp_path / "resources" / "data"
    data.mkdir(parents=True)
    (data / "regions.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
