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
from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.campaign_words import campaign_with_placements
from moment_gui.domain.checklist import targeting_summary
from moment_gui.domain.document import SavedSelection
from moment_gui.domain.recheck import Finding, RecheckResult
from moment_gui.domain.rules import Problem, check
from moment_gui.domain.selection import AudienceKind, AudiencePick, CategoryPick, RegionPick
from moment_gui.message import QT_TRANSLATE_NOOP, Message


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
    kind_title: Message  # "Cohorts"
    label: str
    key: str
    inclusion: str  # INCLUDE / EXCLUDE
    status: str  # "" when the kind has none
    population: int | None
    detail: Message  # term, channel, audience type…


@dataclass(frozen=True)
class ReportModel:
    """Facts, not sentences: report/html.py words them in the reader's language.
    Empty strings mean "not recorded"."""

    title: str  # the planner's title for the selection; "" when none was given
    name: str
    notes: str
    campaign: Message
    ad_account: str
    region_groups: tuple[RegionGroup, ...]
    regions: tuple[RegionPick, ...]
    ad_serving_categories: tuple[CategoryPick, ...]
    section_categories: tuple[CategoryPick, ...]
    audiences: tuple[AudienceLine, ...]
    targeting_details: tuple[tuple[str, str], ...]  # Kakao data and demographics
    targeting_details_ko: tuple[tuple[str, str], ...]  # the same, in Korean (report --lang)
    other_fields: tuple[str, ...]  # pasted fragment fields the picker keeps untouched
    problems: tuple[Problem, ...]
    findings: tuple[Finding, ...] | None  # None: no re-check was run
    saved_at: str  # "" when the file does not say
    region_list_date: str
    rechecked: str  # when; "" when no re-check was run
    recheck_source: str  # "live", "cached 3 h ago"…
    generated_at: str
    app_version: str
    saved_with_version: str

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
    return ReportModel(
        title=doc.name,
        name=doc.name,
        notes=doc.notes,
        campaign=campaign_words(sel.campaign),
        ad_account=str(doc.ad_account_id) if doc.ad_account_id is not None else "",
        region_groups=group_regions(sel.regions),
        regions=sel.regions,
        ad_serving_categories=sel.ad_serving_categories,
        section_categories=sel.section_categories,
        audiences=tuple(audience_line(a) for a in sel.audiences),
        targeting_details=tuple(targeting_summary(sel, "en")),
        targeting_details_ko=tuple(targeting_summary(sel, "ko")),
        other_fields=others,
        problems=tuple(check(sel)),
        findings=recheck.findings if recheck is not None else None,
        saved_at=_when(doc.saved_at) if doc.saved_at else "",
        region_list_date=doc.region_list_date or "",
        rechecked=_when(recheck.checked_at) if recheck is not None else "",
        recheck_source=recheck.data_source if recheck is not None else "",
        generated_at=_when(generated_at),
        app_version=app_version,
        saved_with_version=doc.app_version or "",
    )


def campaign_words(ctx: CampaignContext | None) -> Message:
    if ctx is None:
        return Message.of("Report", QT_TRANSLATE_NOOP("Report", "No campaign chosen"))
    return campaign_with_placements(ctx)


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
    details: list[str | Message] = []
    if a.audience_type:
        details.append(a.audience_type)
    if a.kind is AudienceKind.PIXEL_EVENT and a.term is not None:
        days = QT_TRANSLATE_NOOP("Report", "{days} days")
        details.append(Message.of("Report", days, days=a.term))
    if kinds.of_kind(a.kind).needs_ready and a.ready is False:
        details.append(Message.of("Report", QT_TRANSLATE_NOOP("Report", "not ready")))
    if a.profile_id and a.kind is AudienceKind.FRIEND_GROUP:
        details.append(
            Message.of("Report", QT_TRANSLATE_NOOP("Report", "channel {id}"), id=a.profile_id)
        )
    return AudienceLine(
        kind_title=kinds.of_kind(a.kind).title,
        label=a.label,
        key=a.key,
        inclusion=a.inclusion.value,
        status=a.status or "",
        population=a.population,
        detail=Message.joined(", ", details),
    )


def _when(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%Y-%m-%d %H:%M")
