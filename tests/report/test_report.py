"""The review report: its content as data, the self-contained HTML and the Hangul PDF."""

from __future__ import annotations

import base64
import io
import re
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont

from moment_gui.domain.document import SavedSelection
from moment_gui.domain.recheck import Finding, FindingKind, RecheckResult
from moment_gui.domain.report_model import build_report, group_regions
from moment_gui.report import report_format, write_report
from moment_gui.report.fonts import FONT_FAMILY, font_path
from moment_gui.report.html import render_html

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _model(doc: SavedSelection, recheck: RecheckResult | None = None):
    return build_report(doc, generated_at=NOW, app_version="9.9.9", recheck=recheck)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text)  # PDF extraction breaks lines where the layout did


def test_regions_are_grouped_by_sido_with_counts(saved_doc: SavedSelection) -> None:
    groups = group_regions(saved_doc.selection.regions)
    assert [(g.depth1_name, g.count) for g in groups] == [
        ("서울특별시", 2),
        ("강원특별자치도", 1),
        ("경기도", 1),
    ]
    assert groups[0].summary == "강남구, 강남구 논현1동"
    assert groups[1].summary == "whole area"


def test_report_model_carries_dates_versions_and_rule_problems(saved_doc: SavedSelection) -> None:
    model = _model(saved_doc)
    assert model.saved_at == "2026-03-02 10:30" and model.title == "봄 세일 캠페인"
    assert model.region_list_date == "2024-01-18"
    assert model.app_version == "9.9.9" and model.rechecked == ""
    assert str(model.campaign) == "Display · Visit (Daum, Network)"  # the campaign bar's words
    assert model.audience_counts == (2, 1)
    # 강남구 and 논현1동 are the same area at two levels: the rule check must say so.
    assert any("22087" in p.rule.value for p in model.problems)


def test_html_names_every_picked_item_and_stands_alone(saved_doc: SavedSelection) -> None:
    html = render_html(_model(saved_doc))
    sel = saved_doc.selection
    for r in sel.regions:
        assert r.value in html and r.depth1_name in html
    for a in sel.audiences:
        assert a.label in html and a.key in html
    assert "예술·엔터테인먼트" in html and "As saved on 2026-03-02 10:30" in html
    assert "Exclude" in html and "1,200" in html and "moment-gui 9.9.9" in html
    # Self-contained: the font travels inside, and nothing is fetched from anywhere.
    embedded = re.search(r"base64,([A-Za-z0-9+/=]+)\)", html)
    assert embedded is not None
    font = TTFont(io.BytesIO(base64.b64decode(embedded.group(1))))
    covered = set(font.getBestCmap())
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    assert {ord(c) for c in unescape(re.sub(r"<[^>]+>", "", body)) if not c.isspace()} <= covered
    assert not re.search(r"(src|href)=['\"]?https?:", html)


def test_html_embeds_only_the_glyphs_it_uses_well_under_a_megabyte(
    saved_doc: SavedSelection,
) -> None:
    html = render_html(_model(saved_doc)).encode("utf-8")
    assert len(html) < 200_000  # the whole font, base64, was 6.2 MB
    assert font_path().stat().st_size > 20 * len(html)


def test_html_escapes_what_the_planner_typed(saved_doc: SavedSelection) -> None:
    from dataclasses import replace

    html = render_html(_model(replace(saved_doc, notes="<script>alert(1)</script>")))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_recheck_findings_and_time_appear_when_a_recheck_ran(saved_doc: SavedSelection) -> None:
    finding = Finding(
        FindingKind.RENAMED,
        "regions",
        "A",
        "강원도",
        "Region A is now 강원특별자치도 (saved as 강원도)",
    )
    result = RecheckResult((finding,), NOW, "live")
    html = render_html(_model(saved_doc, result))
    assert "Re-check" in html and "Region A is now 강원특별자치도" in html
    assert "against live" in html


def test_pdf_parses_and_its_text_has_the_korean_names(
    saved_doc: SavedSelection, tmp_path: Path, qapp: object
) -> None:
    path = tmp_path / "report.pdf"
    assert write_report(_model(saved_doc), path) == "pdf"
    reader = pypdf.PdfReader(path)
    text = _words(" ".join(page.extract_text() for page in reader.pages))
    for name in ("봄 세일 캠페인", "서울특별시", "논현1동", "성남시 분당구", "봄 세일 광고 클릭자"):
        assert name in text
    assert "VIP 고객 전화번호" in text and "As saved on 2026-03-02 10:30" in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", text)  # copied text has real spaces
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(FONT_FAMILY in f for f in fonts), fonts  # the shipped font, embedded


def test_the_report_font_comes_from_the_app_not_the_system() -> None:
    assert font_path().parent.parts[-2:] == ("resources", "fonts")
    assert (font_path().parent / "OFL-NanumGothic.txt").is_file()


def test_pdf_is_not_left_half_written_when_the_folder_is_missing(
    saved_doc: SavedSelection, tmp_path: Path, qapp: object
) -> None:
    with pytest.raises(OSError):
        write_report(_model(saved_doc), tmp_path / "missing" / "report.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "fmt"), [("a.pdf", "pdf"), ("a.HTML", "html"), ("a.htm", "html")])
def test_report_format_follows_the_extension(name: str, fmt: str) -> None:
    assert report_format(name) == fmt


def test_other_extensions_are_refused_plainly() -> None:
    with pytest.raises(ValueError, match=r"must end in \.pdf or \.html"):
        report_format("report.docx")


@pytest.fixture
def korean(qapp):  # type: ignore[no-untyped-def]
    from moment_gui.ui.i18n import LanguageSwitcher

    languages = qapp.findChild(LanguageSwitcher) or LanguageSwitcher(qapp)
    assert languages.apply("ko")
    yield languages
    languages.apply("en")  # never leak Korean into other tests


def test_the_report_speaks_the_installed_language(saved_doc: SavedSelection, korean) -> None:
    html = render_html(_model(saved_doc))
    saved = "2026-03-02 10:30 저장 기준"
    for korean_words in ("요약", "규칙 확인", saved, "포함", "제외", "메모:"):
        assert korean_words in html
    for english in ("Summary", "Rule check", "As saved on", "Include", "Notes:"):
        assert english not in html
    assert "DISPLAY x VISITING" not in html and "<html lang='ko'>" in html


def test_the_title_and_notes_lead_the_report_and_an_untitled_one_gets_a_plain_title(
    saved_doc: SavedSelection,
) -> None:
    from dataclasses import replace

    html = render_html(_model(saved_doc), embed_font=False)
    assert "<h1>봄 세일 캠페인</h1>" in html and "고객 미팅용 검토본" in html
    untitled = render_html(_model(replace(saved_doc, name="", notes="")), embed_font=False)
    assert "<h1>Targeting review</h1>" in untitled and "Notes:" not in untitled


def test_kakao_data_and_demographics_are_in_the_summary(saved_doc: SavedSelection) -> None:
    from dataclasses import replace

    from moment_gui.domain.demographics import Gender
    from moment_gui.domain.kakao_data import DataCategoryPick, DataKind

    sel = saved_doc.selection.with_data_categories(
        [DataCategoryPick(DataKind.INTEREST, "I01", "게임")]
    )
    sel = sel.with_demographics(sel.demographics.with_genders([Gender.FEMALE]).with_ages(["20"]))
    m = _model(replace(saved_doc, selection=sel))
    assert m.targeting_details == (
        ("Interests", "게임 (I01)"),
        ("Gender", "Female"),
        ("Age", "20–24"),
        ("Devices", "All"),
    )
    html = render_html(m)
    assert "Kakao data and demographics" in html and "게임 (I01)" in html
