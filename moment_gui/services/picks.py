"""Turn what a lookup returned (api models) into what a planner picks (domain picks).

One small function per kind. Picks keep the label and facts the planner saw, so a saved
selection can be reviewed offline and re-checked against current data later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    pixel_event_key,
)
from moment_gui.services.lookups import Lookup, LookupService

if TYPE_CHECKING:  # annotations only: the models load with the first lookup
    from moment_gui.api import models as m

# Region keys the pick models as fields; every other key of the lookup object rides in
# `extra` so the export sends the object back as Kakao gave it.
_REGION_FIELDS = frozenset({"value", "description", "depth1Name", "depth2Name", "depth3Name"})
ALL_RULES = "*"  # trackRuleId of an event without a track rule (e.g. "모든 이벤트")


def _extra(raw: Mapping[str, Any], known: frozenset[str]) -> tuple[tuple[str, Any], ...]:
    return tuple((k, v) for k, v in raw.items() if k not in known)


def region_pick(loc: m.Location | m.Depth2Location | m.Depth3Location) -> RegionPick:
    return RegionPick(
        value=loc.value,
        description=loc.description,
        depth1_name=loc.depth1_name,
        depth2_name=getattr(loc, "depth2_name", None),
        depth3_name=getattr(loc, "depth3_name", None),
        extra=_extra(loc.raw, _REGION_FIELDS),
    )


def category_pick(c: m.AdServingCategory | m.SectionCategory) -> CategoryPick:
    return CategoryPick(code=c.code, name=c.name)


def data_category_pick(c: m.DataCategory, kind: DataKind) -> DataCategoryPick:
    """A Kakao data category (from `lookups.data_categories(kind.value)`) as a pick."""
    return DataCategoryPick(kind=kind, id=c.id, name=c.name or c.id)


def cohort_pick(c: m.CohortAvailable, inclusion: Inclusion) -> AudiencePick:
    return AudiencePick(
        kind=AudienceKind.COHORT,
        key=str(c.id),
        inclusion=inclusion,
        label=c.name,
        status=c.status,
        population=c.population_score,
        audience_type=c.audience_type,
    )


def pixel_pick(
    track_id: str, event: m.PixelAndSdkEvent, term: int, inclusion: Inclusion
) -> AudiencePick:
    rule = event.track_rule_id or ALL_RULES
    label = event.event_name or event.event_code
    if event.event_extra_name:
        label = f"{label} ({event.event_extra_name})"
    return AudiencePick(
        kind=AudienceKind.PIXEL_EVENT,
        key=pixel_event_key(track_id, event.event_code, rule),
        inclusion=inclusion,
        label=label,
        population=event.population,
        track_id=track_id,
        event_code=event.event_code,
        track_rule_id=rule,
        term=term,
    )


def customer_file_pick(f: m.CustomerFile, inclusion: Inclusion) -> AudiencePick:
    return AudiencePick(
        kind=AudienceKind.CUSTOMER_FILE,
        key=str(f.id),
        inclusion=inclusion,
        label=f.name,
        status=f.status,
        population=f.population_score,
        ready=f.ready,
    )


def talk_channel_pick(p: m.ChannelProfile, inclusion: Inclusion) -> AudiencePick:
    return AudiencePick(
        kind=AudienceKind.TALK_CHANNEL, key=str(p.id), inclusion=inclusion, label=p.name
    )


def sync_profile_pick(p: m.SyncProfile, inclusion: Inclusion) -> AudiencePick:
    return AudiencePick(
        kind=AudienceKind.SYNC_PROFILE, key=str(p.id), inclusion=inclusion, label=p.name
    )


def friend_group_pick(g: m.TalkChannelGroupFile, inclusion: Inclusion) -> AudiencePick:
    return AudiencePick(
        kind=AudienceKind.FRIEND_GROUP,
        key=str(g.id),
        inclusion=inclusion,
        label=g.name,
        status=g.talk_channel_group_file_status,
        population=g.friend_count,
        profile_id=g.profile_id,
    )


# The audience kinds that are one per-account list each: the lookup row that lists them and
# the pick one item becomes. The re-check reads this table; a new kind of that shape is a row.
SIMPLE_KINDS: dict[
    AudienceKind, tuple[Lookup[[], Any], Callable[[Any, Inclusion], AudiencePick]]
] = {
    AudienceKind.COHORT: (LookupService.cohorts, cohort_pick),
    AudienceKind.CUSTOMER_FILE: (LookupService.customer_files, customer_file_pick),
    AudienceKind.TALK_CHANNEL: (LookupService.talk_channels, talk_channel_pick),
    AudienceKind.SYNC_PROFILE: (LookupService.sync_profiles, sync_profile_pick),
}
