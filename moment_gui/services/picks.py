"""Turn what a lookup returned (api models) into what a planner picks (domain picks).

One generic function (`list_pick`) for the kinds that are one list of items with an ID and a
name; its own function for regions, categories, Pixel & SDK events and friend groups.
Picks keep the label and facts the planner saw, so a saved
selection can be reviewed offline and re-checked against current data later.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.kinds import AUDIENCES
from moment_gui.domain.selection import (
    AudienceKind,
    AudiencePick,
    CategoryPick,
    Inclusion,
    RegionPick,
    pixel_event_key,
)

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


class ListItem(Protocol):
    """An item of a one-list audience kind: every such model has an ID and a name."""

    @property
    def id(self) -> int | str: ...

    @property
    def name(self) -> str: ...


V = TypeVar("V")


def _fact(item: object, name: str, kind: type[V]) -> V | None:
    value = getattr(item, name, None)
    return value if isinstance(value, kind) else None


def list_pick(kind: AudienceKind, item: ListItem, inclusion: Inclusion) -> AudiencePick:
    """An item of a one-list kind (a cohort, a customer file, a channel …) as a pick.

    The key is its ID and the label its name; the facts the rules and the re-check read are
    taken from the model's fields of these names where it has them: `status`,
    `population_score`, `ready`, `audience_type`. A new kind of this shape needs no function.
    """
    return AudiencePick(
        kind=kind,
        key=str(item.id),
        inclusion=inclusion,
        label=item.name,
        status=_fact(item, "status", str),
        population=_fact(item, "population_score", int),
        ready=_fact(item, "ready", bool),
        audience_type=_fact(item, "audience_type", str),
    )


def cohort_pick(c: m.CohortAvailable, inclusion: Inclusion) -> AudiencePick:
    return list_pick(AudienceKind.COHORT, c, inclusion)


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
    return list_pick(AudienceKind.CUSTOMER_FILE, f, inclusion)


def talk_channel_pick(p: m.ChannelProfile, inclusion: Inclusion) -> AudiencePick:
    return list_pick(AudienceKind.TALK_CHANNEL, p, inclusion)


def sync_profile_pick(p: m.SyncProfile, inclusion: Inclusion) -> AudiencePick:
    return list_pick(AudienceKind.SYNC_PROFILE, p, inclusion)


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


def simple_kinds() -> dict[AudienceKind, m.Endpoint[[], Any]]:
    """The audience kinds that are one per-account list each, and the endpoint that lists
    them (their vocabulary row's `lookup`); `list_pick` makes their picks. The re-check
    reads this: a new kind of that shape is its row, nothing here."""
    from moment_gui.api.models import ENDPOINTS

    return {kind: ENDPOINTS[p.lookup] for kind, p in AUDIENCES.items() if p.lookup is not None}
