"""Hand-written demo Kakao data categories (관심사 / 업종) for the simulator.

Kakao documents the ID shape ([docs]: 3 characters at the top, + 2 digits per level, three
levels) but publishes no list here, so names follow Kakao Moment's web screens and the IDs
are simulated in that shape. Used by build_demo_data.py; `python scripts/demo_data_categories.py`
rewrites resources/data/data_categories.json alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# (name, [(middle name, [bottom names…])…]) per top category.
Tree = list[tuple[str, list[tuple[str, list[str]]]]]

INTERESTS: Tree = [
    ("게임", [
        ("모바일게임", ["RPG", "퍼즐", "캐주얼", "전략"]),
        ("PC·콘솔게임", ["온라인게임", "콘솔게임"]),
    ]),
    ("금융", [
        ("주식·투자", ["국내주식", "해외주식", "가상자산"]),
        ("은행·저축", ["예금·적금", "대출"]),
        ("보험", ["자동차보험", "건강보험"]),
    ]),
    ("뷰티", [
        ("스킨케어", ["기초화장품", "선케어"]),
        ("메이크업", []),
        ("헤어·바디", ["헤어케어", "바디케어"]),
    ]),
    ("패션", [
        ("여성의류", ["원피스", "아우터"]),
        ("남성의류", []),
        ("패션잡화", ["가방", "신발", "주얼리"]),
    ]),
    ("여행", [
        ("국내여행", ["제주여행", "캠핑", "호텔·펜션"]),
        ("해외여행", ["일본여행", "동남아여행", "유럽여행"]),
    ]),
    ("자동차", [
        ("신차", ["국산차", "수입차", "전기차"]),
        ("중고차", []),
        ("자동차용품", []),
    ]),
    ("스포츠·레저", [
        ("골프", []),
        ("등산·아웃도어", []),
        ("헬스·요가", ["헬스", "요가·필라테스"]),
        ("프로스포츠", ["야구", "축구"]),
    ]),
    ("음식·요리", [
        ("맛집", []),
        ("요리·레시피", ["집밥", "베이킹"]),
        ("커피·디저트", []),
    ]),
    ("육아·출산", [
        ("임신·출산", []),
        ("유아용품", ["기저귀·분유", "유아동복"]),
        ("교육·놀이", []),
    ]),
    ("교육", [
        ("어학", ["영어", "중국어", "일본어"]),
        ("자격증·취업", []),
        ("입시", []),
    ]),
    ("부동산", [
        ("아파트", ["매매", "전월세"]),
        ("분양", []),
    ]),
    ("가구·인테리어", [
        ("가구", ["침실가구", "주방가구"]),
        ("인테리어소품", []),
    ]),
    ("반려동물", [
        ("강아지", []),
        ("고양이", []),
    ]),
    ("건강", [
        ("건강식품", ["홍삼", "비타민"]),
        ("다이어트", []),
    ]),
]

BUSINESS_TYPES: Tree = [
    ("쇼핑몰", [
        ("종합쇼핑몰", ["오픈마켓", "소셜커머스"]),
        ("전문쇼핑몰", ["패션쇼핑몰", "뷰티쇼핑몰", "식품쇼핑몰"]),
    ]),
    ("금융·보험", [
        ("은행", []),
        ("증권", []),
        ("카드", []),
        ("보험사", ["생명보험", "손해보험"]),
    ]),
    ("교육기관", [
        ("학원", ["입시학원", "어학원"]),
        ("온라인교육", []),
        ("대학교", []),
    ]),
    ("의료", [
        ("병원", ["피부과", "성형외과", "치과", "안과"]),
        ("한의원", []),
        ("약국", []),
    ]),
    ("외식", [
        ("음식점", ["한식", "일식", "중식", "양식"]),
        ("카페", []),
        ("배달", []),
    ]),
    ("여행·숙박", [
        ("여행사", []),
        ("숙박", ["호텔", "펜션·리조트"]),
        ("항공", []),
    ]),
    ("자동차", [
        ("완성차", []),
        ("중고차 거래", []),
        ("정비·세차", []),
    ]),
    ("부동산·건설", [
        ("공인중개사", []),
        ("건설·분양", []),
    ]),
    ("통신·IT", [
        ("이동통신", []),
        ("앱·소프트웨어", ["게임사", "생활앱"]),
        ("전자제품", []),
    ]),
    ("생활서비스", [
        ("이사·청소", []),
        ("웨딩", []),
        ("미용실", []),
    ]),
    ("공공·비영리", [
        ("공공기관", []),
        ("비영리단체", []),
    ]),
]


def flatten(tree: Tree, prefix: str) -> list[dict[str, Any]]:
    """The tree as Kakao's flat `data` list: top "<prefix>01", middle + "01", bottom + "01"."""
    out: list[dict[str, Any]] = []
    for i, (top, middles) in enumerate(tree, start=1):
        top_id = f"{prefix}{i:02d}"
        out.append({"id": top_id, "name": top})
        for j, (middle, bottoms) in enumerate(middles, start=1):
            middle_id = f"{top_id}{j:02d}"
            out.append({"id": middle_id, "name": middle})
            for k, bottom in enumerate(bottoms, start=1):
                out.append({"id": f"{middle_id}{k:02d}", "name": bottom})
    return out


def build_data_categories() -> dict[str, Any]:
    return {
        "meta": {
            "note": (
                "Demo Kakao data categories in the documented ID shape (3 characters, then 2 "
                "digits per level). Names follow Kakao Moment's screens; IDs are simulated."
            )
        },
        "INTEREST": flatten(INTERESTS, "I"),
        "BUSINESS_TYPE": flatten(BUSINESS_TYPES, "B"),
    }


def main() -> int:
    out = Path(__file__).resolve().parent.parent / "resources" / "data" / "data_categories.json"
    text = json.dumps(build_data_categories(), ensure_ascii=False, indent=1) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
