"""What a planner picked: an immutable value the UI replaces on every edit (cheap undo/redo).

Every pick keeps the label and facts the planner saw when picking it, so a saved selection
can be reviewed offline. Nothing here knows about HTTP or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from typing import Any

from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.demographics import Demographics
from moment_gui.domain.kakao_data import DataCategoryPick, DataKind
from moment_gui.domain.kinds import AudienceKind as AudienceKind  # re-exported (vocabulary)

JsonObject = Mapping[str, Any]


class Inclusion(StrEnum):
    INCLUDE = "INCLUDE"
    EXCLUDE = "EXCLUDE"


class RegionLevel(IntEnum):
    DEPTH1 = 1  # 시/도
    DEPTH2 = 2  # 시/군/구
    DEPTH3 = 3  # 동/읍/면


def _frozen_extra(extra: Mapping[str, Any] | None) -> tuple[tuple[str, Any], ...]:
    return tuple(extra.items()) if extra else ()


@dataclass(frozen=True)
class RegionPick:
    """One region as the lookup returned it. `extra` keeps unknown keys for a faithful export."""

    value: str
    description: str
    depth1_name: str
    depth2_name: str | None = None
    depth3_name: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()

    @property
    def level(self) -> RegionLevel:
        if self.depth3_name is not None:
            return RegionLevel.DEPTH3
        if self.depth2_name is not None:
            return RegionLevel.DEPTH2
        return RegionLevel.DEPTH1

    @property
    def path(self) -> tuple[str, ...]:
        """Names from 시/도 down to this region: ("서울특별시", "강남구", "논현1동")."""
        names = [self.depth1_name, self.depth2_name, self.depth3_name]
        return tuple(n for n in names if n is not None)

    @property
    def display_path(self) -> str:
        return " › ".join(self.path)


@dataclass(frozen=True)
class CategoryPick:
    """A Network placement category or a section category: `code` is what Kakao wants."""

    code: str
    name: str


@dataclass(frozen=True)
class AudiencePick:
    """One audience item, included or excluded, with the facts seen when it was picked.

    `key` is the item's API identity within its kind (cohort id, customer file id, profile id,
    friend group id as text; for Pixel events `trackId|eventCode|trackRuleId`).
    """

    kind: AudienceKind
    key: str
    inclusion: Inclusion
    label: str
    status: str | None = None
    population: int | None = None
    audience_type: str | None = None  # cohorts: DISPLAY or MESSAGE
    ready: bool | None = None  # customer files
    track_id: str | None = None  # Pixel & SDK events
    event_code: str | None = None
    track_rule_id: str | None = None
    term: int | None = None  # Pixel & SDK events: 1..180 days
    profile_id: str | None = None  # friend groups: the channel they belong to
    extra: tuple[tuple[str, Any], ...] = ()

    @property
    def identity(self) -> tuple[AudienceKind, str]:
        """Include and exclude of the same identity contradict each other."""
        return (self.kind, self.key)


def pixel_event_key(track_id: str, event_code: str, track_rule_id: str) -> str:
    return f"{track_id}|{event_code}|{track_rule_id}"


@dataclass(frozen=True)
class TargetingSelection:
    """Everything a planner picked. Edit with the `with_*`/`without_*` methods (new values).

    `data_categories` are Kakao data picks (관심사, 업종); `demographics` the gender, age and
    device settings. `passthrough_targeting` / `passthrough_top` keep fields of a pasted
    fragment the picker does not edit (lookalikeTargetings, anything new) so that export writes
    them back.
    """

    campaign: CampaignContext | None = None
    regions: tuple[RegionPick, ...] = ()
    ad_serving_categories: tuple[CategoryPick, ...] = ()
    section_categories: tuple[CategoryPick, ...] = ()
    audiences: tuple[AudiencePick, ...] = ()
    data_categories: tuple[DataCategoryPick, ...] = ()
    demographics: Demographics = field(default_factory=Demographics)
    passthrough_targeting: tuple[tuple[str, Any], ...] = field(default=())
    passthrough_top: tuple[tuple[str, Any], ...] = field(default=())

    # -- regions ---------------------------------------------------------------------
    def region_values(self) -> frozenset[str]:
        return frozenset(r.value for r in self.regions)

    def with_regions(self, picks: Iterable[RegionPick]) -> TargetingSelection:
        have = self.region_values()
        added = tuple(p for p in _unique(picks, lambda p: p.value) if p.value not in have)
        return replace(self, regions=self.regions + added) if added else self

    def without_regions(self, values: Iterable[str]) -> TargetingSelection:
        drop = frozenset(values)
        return replace(self, regions=tuple(r for r in self.regions if r.value not in drop))

    # -- placement categories --------------------------------------------------------
    def with_ad_serving_categories(self, picks: Iterable[CategoryPick]) -> TargetingSelection:
        return replace(self, ad_serving_categories=_merge(self.ad_serving_categories, picks))

    def without_ad_serving_categories(self, codes: Iterable[str]) -> TargetingSelection:
        drop = frozenset(codes)
        kept = tuple(c for c in self.ad_serving_categories if c.code not in drop)
        return replace(self, ad_serving_categories=kept)

    def with_section_categories(self, picks: Iterable[CategoryPick]) -> TargetingSelection:
        return replace(self, section_categories=_merge(self.section_categories, picks))

    def without_section_categories(self, codes: Iterable[str]) -> TargetingSelection:
        drop = frozenset(codes)
        kept = tuple(c for c in self.section_categories if c.code not in drop)
        return replace(self, section_categories=kept)

    # -- audiences -------------------------------------------------------------------
    def audience(self, kind: AudienceKind, key: str) -> AudiencePick | None:
        for a in self.audiences:
            if a.kind is kind and a.key == key:
                return a
        return None

    def with_audience(self, pick: AudiencePick) -> TargetingSelection:
        """Add or replace (same kind and key) one audience pick."""
        kept = tuple(a for a in self.audiences if a.identity != pick.identity)
        if len(kept) == len(self.audiences):
            return replace(self, audiences=(*self.audiences, pick))
        out = tuple(pick if a.identity == pick.identity else a for a in self.audiences)
        return replace(self, audiences=out)

    def without_audience(self, kind: AudienceKind, key: str) -> TargetingSelection:
        kept = tuple(a for a in self.audiences if not (a.kind is kind and a.key == key))
        return replace(self, audiences=kept)

    def audiences_of(self, kind: AudienceKind) -> tuple[AudiencePick, ...]:
        return tuple(a for a in self.audiences if a.kind is kind)

    # -- Kakao data (관심사 / 업종) ---------------------------------------------------
    def data_categories_of(self, kind: DataKind) -> tuple[DataCategoryPick, ...]:
        return tuple(c for c in self.data_categories if c.kind is kind)

    def with_data_categories(self, picks: Iterable[DataCategoryPick]) -> TargetingSelection:
        """Add picks not yet picked (same kind and ID); order kept, one new value."""
        have = {c.identity for c in self.data_categories}
        added = tuple(p for p in _unique(picks, lambda p: p.identity) if p.identity not in have)
        return replace(self, data_categories=self.data_categories + added) if added else self

    def without_data_categories(self, kind: DataKind, ids: Iterable[str]) -> TargetingSelection:
        drop = frozenset(ids)
        kept = tuple(c for c in self.data_categories if not (c.kind is kind and c.id in drop))
        return replace(self, data_categories=kept)

    # -- demographics ----------------------------------------------------------------
    def with_demographics(self, demographics: Demographics) -> TargetingSelection:
        return replace(self, demographics=demographics)

    # -- context ---------------------------------------------------------------------
    def with_campaign(self, campaign: CampaignContext | None) -> TargetingSelection:
        return replace(self, campaign=campaign)

    @property
    def is_empty(self) -> bool:
        return not (
            self.regions
            or self.ad_serving_categories
            or self.section_categories
            or self.audiences
            or self.data_categories
            or not self.demographics.is_empty
            or self.passthrough_targeting
            or self.passthrough_top
        )


def _unique(items: Iterable[Any], key: Any) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _merge(
    current: tuple[CategoryPick, ...], picks: Iterable[CategoryPick]
) -> tuple[CategoryPick, ...]:
    have = {c.code for c in current}
    added = tuple(p for p in _unique(picks, lambda p: p.code) if p.code not in have)
    return current + added
