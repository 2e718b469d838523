"""What a review report says, as plain data: the review window, the HTML and the PDF all read it.

The summary is what a client reads in ten seconds (regions grouped by 시/도 with counts,
placements, every audience with include/exclude and population); the detail lists every
pick with its key. Everything comes from the saved file, so no part of it needs the server;
re-check results are added only when a re-check was run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from moment_gui.domain import kinds
from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
from moment_gui.domain.checklist import targeting_summary
from moment_gui.domain.document import SavedSelection
from moment_gui.domain.recheck import Finding, RecheckResult
from moment_gui.domain.rules import Problem, check
from moment_gui.domain.selection import AudienceKind, AudiencePick, CategoryPick, RegionPick

CAMPAIGN_TYPE_WORDS: dict[CampaignType, str] = {
    CampaignType.TALK_BIZ_BOARD: "Kakao Bizboard",
    CampaignType.DISPLAY: "Display",
    CampaignType.VIDEO: "Video",
    CampaignType.TALK_CHANNEL: "Kakao Talk Channel",
    CampaignType.PERSONAL_MESSAGE: "Personalized message",
}
GOAL_WORDS: dict[Goal, str] = {
    Goal.CONVERSION: "Conversion",
    Goal.VISITING: "Visit",
    Goal.VIEW: "View",
    Goal.REACH: "Reach",
}
PLACEMENT_WORDS: dict[Placement, str] = {
    Placement.KAKAO_TALK: "Kakao Talk",
    Placement.DAUM: "Daum",
    Placement.KAKAO_STORY: "KakaoStory",
    Placement.KAKAO_SERVICE: "Kakao services",
    Placement.NETWORK: "Network",
}


@dataclass(frozen=True)
class RegionGroup:
    """The picks under one 시/도; `whole` when the 시/도 itself is picked."""

    depth1_name: str
    whole: bool
    parts: tuple[str, ...]  # "강남구", "강남구 논현1동", in the order picked

    @property
    def count(self) -> int:
        return len(self.parts) + (1 if self.whole else 0)

    @property
    def summary(self) -> str:
        if self.whole:
            return "whole area" + (f" + {len(self.parts)} more" if self.parts else "")
        return ", ".join(self.parts)


@dataclass(frozen=True)
class AudienceLine:
    kind_title: str  # "Cohorts"
    label: str
    key: str
    inclusion: str  # INCLUDE / EXCLUDE
    status: str  # "" when the kind has none
    population: int | None
    detail: str  # term, channel, audience type…


@dataclass(frozen=True)
class ReportModel:
    title: str
    name: str
    notes: str
    campaign: str
    ad_account: str
    region_groups: tuple[RegionGroup, ...]
    regions: tuple[RegionPick, ...]
    ad_serving_categories: tuple[CategoryPick, ...]
    section_categories: tuple[CategoryPick, ...]
    audiences: tuple[AudienceLine, ...]
    targeting_details: tuple[tuple[str, str], ...]  # Kakao data and demographics
    other_fields: tuple[str, ...]  # pasted fragment fields the picker keeps untouched
    problems: tuple[Problem, ...]
    findings: tuple[Finding, ...] | None  # None: no re-check was run
    saved_at: str
    region_list_date: str
    rechecked: str  # "" when no re-check was run
    generated_at: str
    app_version: str
    saved_with_version: str

    @property
    def as_saved(self) -> str:
        return f"As saved on {self.saved_at}"

    @property
    def audience_counts(self) -> tuple[int, int]:
        inc = sum(1 for a in self.audiences if a.inclusion == "INCLUDE")
        return inc, len(self.audiences) - inc


def build_report(
    doc: SavedSelection,
    *,
    generated_at: datetime,
    app_version: str,
    recheck: RecheckResult | None = None,
) -> ReportModel:
    sel = doc.selection
    others = tuple(f"targeting.{k}" for k, _ in sel.passthrough_targeting)
    others += tuple(k for k, _ in sel.passthrough_top)
    rechecked = ""
    if recheck is not None:
        rechecked = f"{_when(recheck.checked_at)} against {recheck.data_source}"
    return ReportModel(
        title=doc.name or "Targeting review",
        name=doc.name,
        notes=doc.notes,
        campaign=campaign_words(sel.campaign),
        ad_account=str(doc.ad_account_id) if doc.ad_account_id is not None else "not recorded",
        region_groups=group_regions(sel.regions),
        regions=sel.regions,
        ad_serving_categories=sel.ad_serving_categories,
        section_categories=sel.section_categories,
        audiences=tuple(audience_line(a) for a in sel.audiences),
        targeting_details=tuple(targeting_summary(sel, "en")),
        other_fields=others,
        problems=tuple(check(sel)),
        findings=recheck.findings if recheck is not None else None,
        saved_at=_when(doc.saved_at) if doc.saved_at else "an unknown date",
        region_list_date=doc.region_list_date or "not recorded",
        rechecked=rechecked,
        generated_at=_when(generated_at),
        app_version=app_version,
        saved_with_version=doc.app_version or "unknown",
    )


def campaign_words(ctx: CampaignContext | None) -> str:
    if ctx is None:
        return "No campaign chosen"
    words = f"{CAMPAIGN_TYPE_WORDS[ctx.campaign_type]} × {GOAL_WORDS[ctx.goal]}"
    if ctx.placements:
        placed = ", ".join(PLACEMENT_WORDS[p] for p in Placement if p in ctx.placements)
        words += f" · {placed}"
    return words


def group_regions(regions: tuple[RegionPick, ...]) -> tuple[RegionGroup, ...]:
    """Picks grouped by 시/도 in first-picked order; parts named below the 시/도."""
    whole: dict[str, bool] = {}
    parts: dict[str, list[str]] = {}
    for r in regions:
        whole.setdefault(r.depth1_name, False)
        parts.setdefault(r.depth1_name, [])
        if len(r.path) == 1:
            whole[r.depth1_name] = True
        else:
            parts[r.depth1_name].append(" ".join(r.path[1:]))
    return tuple(RegionGroup(name, whole[name], tuple(parts[name])) for name in whole)


def audience_line(a: AudiencePick) -> AudienceLine:
    details: list[str] = []
    if a.audience_type:
        details.append(a.audience_type)
    if a.kind is AudienceKind.PIXEL_EVENT and a.term is not None:
        details.append(f"{a.term} days")
    if kinds.of_kind(a.kind).needs_ready and a.ready is False:
        details.append("not ready")
    if a.profile_id and a.kind is AudienceKind.FRIEND_GROUP:
        details.append(f"channel {a.profile_id}")
    return AudienceLine(
        kind_title=str(kinds.of_kind(a.kind).title),
        label=a.label,
        key=a.key,
        inclusion=a.inclusion.value,
        status=a.status or "",
        population=a.population,
        detail=", ".join(details),
    )


def _when(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%Y-%m-%d %H:%M")
