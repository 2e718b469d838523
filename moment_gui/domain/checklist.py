"""A selection as a plain-text checklist for setting up the ad group in Kakao Moment's web console.

Planners who create ad groups on the web have nowhere to paste JSON, so this lists every pick
grouped and named as the web screens name things (오디언스 › 맞춤타겟 › 광고반응타겟 포함,
상세타겟 › 관심사, 데모그래픽 › 지역, 디바이스, 게재지면 …), one "[ ]" line per item to tick
off. Korean or English: the words live in one table here rather than in Qt's catalogue
because the text is data (copied, printed by the CLI), not UI.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Literal

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.demographics import AGE_BANDS, DeviceType, Gender, age_band_end
from moment_gui.domain.kakao_data import DataKind
from moment_gui.domain.kinds import of_kind
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    TargetingSelection,
)

Lang = Literal["ko", "en"]
LANGUAGES: tuple[Lang, ...] = ("ko", "en")

# (Korean as Kakao Moment's screens say it, English) for every word the checklist prints.
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("카카오모먼트 광고그룹 설정 체크리스트", "Kakao Moment ad group set-up checklist"),
    "campaign": ("캠페인", "Campaign"),
    "no_campaign": ("정하지 않음", "not chosen"),
    "audience": ("오디언스", "Audience"),
    "custom": ("맞춤타겟", "Custom audience"),
    "detailed": ("상세타겟", "Detailed targeting"),
    "demographic": ("데모그래픽", "Demographics"),
    "gender": ("성별", "Gender"),
    "age": ("나이", "Age"),
    "regions": ("지역", "Regions"),
    "devices": ("디바이스", "Devices"),
    "placements": ("게재지면", "Placements"),
    "network": ("네트워크 카테고리", "Network categories"),
    "section": ("섹션 카테고리", "Section categories"),
    "others": (
        "그 밖의 설정 (이 앱이 편집하지 않는 값)",
        "Other settings (not edited by this app)",
    ),
    "all": ("전체", "All"),
    "none_chosen": ("선택 없음", "none chosen"),
    "include": ("포함", "include"),
    "exclude": ("제외", "exclude"),
    "count": ("{n}곳", "{n}"),
    "items": ("{n}개", "{n}"),
    "tracker": ("트래커 {id}", "tracker {id}"),
    "term": ("최근 {days}일", "last {days} days"),
    "age_band": ("만 {start}~{end}세", "{start}–{end}"),
    "age_top": ("만 {start}세 이상", "{start}+"),
    "M": ("남성", "Male"),
    "F": ("여성", "Female"),
    "ANDROID": ("Android", "Android"),
    "IOS": ("iOS", "iOS"),
    "PC": ("PC", "PC"),
    DataKind.INTEREST: ("관심사", "Interests"),
    DataKind.BUSINESS_TYPE: ("업종", "Business types"),
    CampaignType.TALK_BIZ_BOARD: ("카카오 비즈보드", "Kakao Bizboard"),
    CampaignType.DISPLAY: ("디스플레이", "Display"),
    CampaignType.VIDEO: ("동영상", "Video"),
    CampaignType.TALK_CHANNEL: ("카카오톡 채널", "Kakao Talk Channel"),
    CampaignType.PERSONAL_MESSAGE: ("개인화 메시지", "Personalized message"),
    Goal.CONVERSION: ("전환", "Conversion"),
    Goal.VISITING: ("방문", "Visit"),
    Goal.VIEW: ("조회", "View"),
    Goal.REACH: ("도달", "Reach"),
}
_BOX = "[ ]"
_ARROW = " › "


def render_checklist(sel: TargetingSelection, lang: Lang = "ko") -> str:
    """Every pick of `sel` as checklist text in `lang` ("ko" or "en"), ending in a newline."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be ko or en, not {lang!r}")
    w = _Words(lang)
    lines = [w("title"), f"{w('campaign')}: {_campaign(sel.campaign, w)}", ""]
    lines += _audience(sel, w)
    lines += _devices(sel, w)
    lines += _placements(sel, w)
    lines += _others(sel, w)
    return "\n".join(lines).rstrip("\n") + "\n"


def targeting_summary(sel: TargetingSelection, lang: Lang = "en") -> list[tuple[str, str]]:
    """(label, value) for Kakao data and demographics, e.g. ("Age", "20–24, 25–29"); gender,
    age and devices always (All when not limited), the data lists when picked."""
    w = _Words(lang)
    out = []
    for data_kind in DataKind:
        cats = sel.data_categories_of(data_kind)
        if cats:
            names = (c.id if c.name == c.id else f"{c.name} ({c.id})" for c in cats)
            out.append((w(data_kind), ", ".join(names)))
    demo = sel.demographics
    out.append((w("gender"), _listed(demo.targeted_genders(), _GENDERS, w)))
    out.append((w("age"), _ages(demo.targeted_ages(), w)))
    out.append((w("devices"), _listed(demo.targeted_devices(), _DEVICES, w)))
    return out


class _Words:
    def __init__(self, lang: Lang) -> None:
        self.index = LANGUAGES.index(lang)

    def __call__(self, key: str, **args: object) -> str:
        if isinstance(key, AudienceKind):  # the kind's row says how the web screens name it
            return of_kind(key).words(LANGUAGES[self.index])
        return _WORDS[key][self.index].format(**args)


def _campaign(ctx: CampaignContext | None, w: _Words) -> str:
    if ctx is None:
        return w("no_campaign")
    return f"{w(ctx.campaign_type)} × {w(ctx.goal)}"


def _heading(w: _Words, *keys: str) -> str:
    return _ARROW.join(w(k) for k in keys)


def _items(texts: Iterable[str]) -> list[str]:
    return [f"  {_BOX} {t}" for t in texts]


def _audience(sel: TargetingSelection, w: _Words) -> list[str]:
    lines = [f"■ {w('audience')}"]
    for kind in AudienceKind:
        for inclusion in Inclusion:
            picks = [a for a in sel.audiences_of(kind) if a.inclusion is inclusion]
            if picks:
                word = w("include" if inclusion is Inclusion.INCLUDE else "exclude")
                lines.append(f"{_heading(w, 'custom', kind)} {word}")
                lines += _items(_audience_text(a, w) for a in picks)
    for data_kind in DataKind:
        cats = sel.data_categories_of(data_kind)
        if cats:
            lines.append(_heading(w, "detailed", data_kind))
            lines += _items(c.id if c.name == c.id else f"{c.name} ({c.id})" for c in cats)
    demo = sel.demographics
    genders = demo.targeted_genders()
    lines.append(f"{_heading(w, 'demographic', 'gender')}: {_listed(genders, _GENDERS, w)}")
    ages = demo.targeted_ages()
    lines.append(f"{_heading(w, 'demographic', 'age')}: {_ages(ages, w)}")
    if sel.regions:
        count = w("count", n=len(sel.regions))
        lines.append(f"{_heading(w, 'demographic', 'regions')} ({count})")
        lines += _items(_region_text(r) for r in sel.regions)
    else:
        lines.append(f"{_heading(w, 'demographic', 'regions')}: {w('all')}")
    return [*lines, ""]


_GENDERS: tuple[str, ...] = tuple(g.value for g in Gender)
_DEVICES: tuple[str, ...] = tuple(d.value for d in DeviceType)


def _listed(chosen: Iterable[str] | None, order: tuple[str, ...], w: _Words) -> str:
    if chosen is None:
        return w("all")
    picked = set(chosen)
    return ", ".join(w(v) for v in order if v in picked) or w("none_chosen")


def _ages(chosen: Iterable[str] | None, w: _Words) -> str:
    if chosen is None:
        return w("all")
    picked = set(chosen)
    bands = []
    for start in AGE_BANDS:
        if start in picked:
            end = age_band_end(start)
            bands.append(
                w("age_top", start=start) if end is None else w("age_band", start=start, end=end)
            )
    return ", ".join(bands) or w("none_chosen")


def _audience_text(a: AudiencePick, w: _Words) -> str:
    if a.kind is AudienceKind.PIXEL_EVENT:
        parts = [a.label if a.label == a.event_code else f"{a.label} ({a.event_code})"]
        if a.track_id:
            parts.append(w("tracker", id=a.track_id))
        if a.term is not None:
            parts.append(w("term", days=a.term))
        return ", ".join(parts)
    return f"ID {a.key}" if a.label == a.key else f"{a.label} (ID {a.key})"


def _region_text(r: RegionPick) -> str:
    names = [n for i, n in enumerate(r.path) if i == 0 or n != r.path[i - 1]]
    return f"{' '.join(names)} ({r.value})"


def _devices(sel: TargetingSelection, w: _Words) -> list[str]:
    devices = sel.demographics.targeted_devices()
    return [f"■ {w('devices')}: {_listed(devices, _DEVICES, w)}", ""]


def _placements(sel: TargetingSelection, w: _Words) -> list[str]:
    lines: list[str] = []
    for key, cats in (("network", sel.ad_serving_categories), ("section", sel.section_categories)):
        if cats:
            lines.append(f"{_heading(w, 'placements', key)} ({w('items', n=len(cats))})")
            lines += _items(_category_text(c) for c in cats)
    return [f"■ {w('placements')}", *lines, ""] if lines else []


def _category_text(c: CategoryPick) -> str:
    return c.code if c.name == c.code else f"{c.name} ({c.code})"


def _others(sel: TargetingSelection, w: _Words) -> list[str]:
    fields = [(f"targeting.{k}", v) for k, v in sel.passthrough_targeting]
    fields += list(sel.passthrough_top)
    if not fields:
        return []
    texts = (f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields)
    return [f"■ {w('others')}", *_items(texts), ""]
