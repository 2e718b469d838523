"""Build the simulator's demo data: resources/data/regions.json, audiences.json and
data_categories.json.

Regions come from the interior ministry's 행정동 code table that ships inside the
PublicDataReader wheel (MIT; `pip install '.[data]'`), so no network is needed and every
rebuild gives byte-identical files. Audiences are hand-written demo records.

Run: python scripts/build_demo_data.py  [--out resources/data]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_audiences import build_audiences
from demo_data_categories import build_data_categories

SOURCE_DATE = "2023-05-01"
ATTRIBUTION = "행정안전부 행정표준코드 via PublicDataReader (MIT)"

# Kakao's depth1 type table (shared doc §5): the letter is the stable key.
DEPTH1: list[tuple[str, str]] = [
    ("A", "강원특별자치도"),
    ("B", "경기도"),
    ("C", "경상남도"),
    ("D", "경상북도"),
    ("E", "광주광역시"),
    ("F", "대구광역시"),
    ("G", "대전광역시"),
    ("H", "부산광역시"),
    ("I", "서울특별시"),
    ("J", "울산광역시"),
    ("K", "인천광역시"),
    ("L", "전라남도"),
    ("M", "전북특별자치도"),
    ("N", "제주특별자치도"),
    ("O", "충청남도"),
    ("P", "충청북도"),
    ("Q", "세종특별자치시"),
    ("U", "알수없음"),
    ("Z", "해외전체"),
]

# Names in the 2023-05-01 table that have changed since (shared doc §5).
RENAMED_PROVINCES = {"강원도": "강원특별자치도", "전라북도": "전북특별자치도"}

# 부천시's 2019 광역동 assigned to the 일반구 restored in 2024-01. The source table predates
# the restoration (and the 2024 re-split into smaller 동), so this follows the historical
# 원미/소사/오정 boundaries of each 광역동's member 동 — an approximation, stated in meta.
BUCHEON_GU = {
    "심곡동": "원미구",
    "부천동": "원미구",
    "중동": "원미구",
    "신중동": "원미구",
    "상동": "원미구",
    "대산동": "소사구",
    "소사본동": "소사구",
    "범안동": "소사구",
    "성곡동": "오정구",
    "오정동": "오정구",
}

CHANGES_APPLIED = [
    "2023-06-11 강원도 → 강원특별자치도",
    "2023-07-01 경상북도 군위군 → 대구광역시 군위군",
    "2024-01-01 부천시 원미구·소사구·오정구 restored as 일반구; the table's 10 광역동 of 부천시 "
    "assigned to them by their historical boundaries (approximation: the 2024 re-split into "
    "smaller 동 is not in the source table)",
    "2024-01-18 전라북도 → 전북특별자치도",
]

KEY_SCHEME = (
    "Simulated keys of Kakao's shape. depth2 = depth1 letter + 4 digits, depth3 = depth2 key + "
    "4 digits. Children are numbered in 가나다 order of their names within the parent (digits "
    "compared as numbers), depth2 from 1000 and depth3 from 0101, so keys are stable across "
    "rebuilds of the same source."
)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _natural_key(name: str) -> list[Any]:
    """가나다 order with numbers compared as numbers (논현2동 before 논현10동)."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def source_table() -> list[dict[str, Any]]:
    try:
        import PublicDataReader  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - build-time only
        raise SystemExit("PublicDataReader is needed: pip install '.[data]'") from exc
    path = Path(PublicDataReader.__file__).parent / "raw" / "code_hdong.json"
    columns = json.loads(path.read_text(encoding="utf-8"))
    count = len(columns["시도코드"])
    return [{col: columns[col][str(i)] for col in columns} for i in range(count)]


def current_dongs(table: list[dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    """(depth1Name, depth2Name) → current 행정동 names, with the 2023–2024 changes applied."""
    by_district: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in table:
        dong = row["읍면동명"]
        # Abolished rows and 출장소 (branch offices, not 행정동) are not targetable areas.
        if not _missing(row["말소일자"]) or _missing(dong) or dong.endswith("출장소"):
            continue
        province = RENAMED_PROVINCES.get(row["시도명"], row["시도명"])
        district = row["시군구명"]
        if _missing(district):  # 세종특별자치시 has no 시/군/구 level
            district = province
        if (province, district) == ("경상북도", "군위군"):
            province = "대구광역시"
        if (province, district) == ("경기도", "부천시"):
            district = f"부천시 {BUCHEON_GU[dong]}"
        by_district[(province, district)].append(dong)
    return by_district


def build_regions(table: list[dict[str, Any]]) -> dict[str, Any]:
    letters = {name: letter for letter, name in DEPTH1}
    by_district = current_dongs(table)
    unknown = {province for province, _ in by_district} - set(letters)
    if unknown:
        raise SystemExit(f"provinces missing from Kakao's table: {sorted(unknown)}")

    depth1 = [{"value": v, "description": n, "depth1Name": n} for v, n in DEPTH1]
    depth2: list[dict[str, str]] = []
    depth3: list[dict[str, str]] = []
    for letter, province in DEPTH1:
        districts = sorted((d for p, d in by_district if p == province), key=_natural_key)
        for i, district in enumerate(districts):
            key2 = f"{letter}{1000 + i:04d}"
            description = province if district == province else f"{province} {district}"
            depth2.append(
                {
                    "value": key2,
                    "description": description,
                    "depth1Name": province,
                    "depth2Name": district,
                }
            )
            dongs = sorted(set(by_district[(province, district)]), key=_natural_key)
            for j, dong in enumerate(dongs):
                depth3.append(
                    {
                        "value": f"{key2}{101 + j:04d}",
                        # The seed's depth3 sample carries the parent's description.
                        "description": description,
                        "depth1Name": province,
                        "depth2Name": district,
                        "depth3Name": dong,
                    }
                )
    meta = {
        "source": ATTRIBUTION,
        "sourceDate": SOURCE_DATE,
        "changesApplied": CHANGES_APPLIED,
        "changesNotApplied": "Changes after 2024-01 (e.g. 2026 화성시 일반구, 2026-07 광주·전남 "
        "merger) are not applied, matching Kakao's table as last seen.",
        "excluded": "abolished 행정동 (말소일자 set) and 출장소 rows",
        "keyScheme": KEY_SCHEME,
        "counts": {"depth1": len(depth1), "depth2": len(depth2), "depth3": len(depth3)},
    }
    return {"meta": meta, "depth1": depth1, "depth2": depth2, "depth3": depth3}


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "resources" / "data"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    regions = build_regions(source_table())
    write_json(args.out / "regions.json", regions)
    write_json(args.out / "audiences.json", build_audiences())
    write_json(args.out / "data_categories.json", build_data_categories())
    counts = regions["meta"]["counts"]
    print(f"wrote {args.out}: {counts['depth2']} 시/군/구, {counts['depth3']} 행정동")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
