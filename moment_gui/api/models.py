"""Typed answers of the Kakao Moment targeting lookups (the seed's response types).

Every model is a frozen dataclass with the snake_case of each documented field and
``from_json(obj)``, which is tolerant: unknown keys are ignored, optional keys default to
``None``/``""``, dates in any seed format become ``datetime``, counts sent as strings become
``int``. A missing *identity* field (a region's ``value``, a cohort's ``id`` …) raises
``UnexpectedResponse`` instead of ``KeyError``. ``raw`` keeps the JSON object as received,
because the export sends region objects whole (shared doc §3).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Generic, ParamSpec, Protocol, Self, TypeVar
from urllib.parse import quote

from moment_gui.api._parse import (
    as_list,
    as_mapping,
    opt_str,
    parse_bool,
    parse_count,
    parse_date,
    required_int,
    required_str,
    text,
)


def _raw() -> Any:
    return field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Location:
    """A 시/도 (depth1)."""

    value: str
    description: str
    depth1_name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "region")
        return cls(
            value=required_str(o, "value", "region"),
            description=text(o, "description"),
            depth1_name=text(o, "depth1Name"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class Depth2Location:
    """A 시/군/구 (depth2); 일반구 are named like "수원시 장안구"."""

    value: str
    description: str
    depth1_name: str
    depth2_name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "region")
        return cls(
            value=required_str(o, "value", "region"),
            description=text(o, "description"),
            depth1_name=text(o, "depth1Name"),
            depth2_name=text(o, "depth2Name"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class Depth3Location:
    """A 동/읍/면 (depth3)."""

    value: str
    description: str
    depth1_name: str
    depth2_name: str
    depth3_name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "region")
        return cls(
            value=required_str(o, "value", "region"),
            description=text(o, "description"),
            depth1_name=text(o, "depth1Name"),
            depth2_name=text(o, "depth2Name"),
            depth3_name=text(o, "depth3Name"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class AdServingCategory:
    """A Network placement category (the seed's ``NetworkPlacement``), e.g. IAB16 애완동물."""

    code: str
    name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "placement category")
        return cls(
            code=required_str(o, "code", "placement category"), name=text(o, "name"), raw=dict(o)
        )


@dataclass(frozen=True)
class SectionCategory:
    """A Kakao Bizboard section category, e.g. KKO99-1 채팅탭에만 노출."""

    code: str
    name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "section category")
        return cls(
            code=required_str(o, "code", "section category"), name=text(o, "name"), raw=dict(o)
        )


@dataclass(frozen=True)
class BaseAdCampaign:
    id: int | None
    name: str
    campaign_type: str | None
    goal: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "campaign")
        type_goal = o.get("campaignTypeGoal")
        tg = type_goal if isinstance(type_goal, Mapping) else {}
        return cls(
            id=parse_count(o.get("id")),
            name=text(o, "name"),
            campaign_type=opt_str(tg, "campaignType"),
            goal=opt_str(tg, "goal"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class BaseAdGroup:
    id: int | None
    name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "ad group")
        return cls(id=parse_count(o.get("id")), name=text(o, "name"), raw=dict(o))


@dataclass(frozen=True)
class BaseAd:
    """One ad whose responders make up a cohort (``baseAds`` item)."""

    campaign: BaseAdCampaign | None
    ad_group: BaseAdGroup | None
    operation: str | None
    first_indicator: str | None
    second_indicator: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "base ad")
        campaign = o.get("campaign")
        ad_group = o.get("adGroup")
        return cls(
            campaign=BaseAdCampaign.from_json(campaign) if isinstance(campaign, Mapping) else None,
            ad_group=BaseAdGroup.from_json(ad_group) if isinstance(ad_group, Mapping) else None,
            operation=opt_str(o, "operation"),
            first_indicator=opt_str(o, "firstIndicator"),
            second_indicator=opt_str(o, "secondIndicator"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class CohortAvailable:
    """An engagement target (ad-response audience)."""

    id: int
    audience_type: str | None
    ad_account_id: int | None
    name: str
    base_ads: tuple[BaseAd, ...]
    collect_duration: int | None
    status: str | None
    population_score: int | None
    created_date: datetime | None
    last_modified_date: datetime | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "cohort")
        base_ads = o.get("baseAds")
        return cls(
            id=required_int(o, "id", "cohort"),
            audience_type=opt_str(o, "audienceType"),
            ad_account_id=parse_count(o.get("adAccountId")),
            name=text(o, "name"),
            base_ads=tuple(BaseAd.from_json(b) for b in as_list(base_ads, "base ads"))
            if base_ads is not None
            else (),
            collect_duration=parse_count(o.get("collectDuration")),
            status=opt_str(o, "status"),
            population_score=parse_count(o.get("populationScore")),
            created_date=parse_date(o.get("createdDate")),
            last_modified_date=parse_date(o.get("lastModifiedDate")),
            raw=dict(o),
        )


@dataclass(frozen=True)
class TrackRule:
    track_rule_id: str | None
    track_id: str | None
    event_code: str | None
    name: str
    rule_set_str: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "track rule")
        return cls(
            track_rule_id=opt_str(o, "trackRuleId"),
            track_id=opt_str(o, "trackId"),
            event_code=opt_str(o, "eventCode"),
            name=text(o, "name"),
            rule_set_str=opt_str(o, "ruleSetStr"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class PixelAndSdkEvent:
    """A Pixel & SDK event of one tracker; ``event_code == "*"`` is 모든 이벤트 (no rule)."""

    event_code: str
    event_name: str
    event_extra_name: str | None
    track_rule_id: str | None
    track_rule: TrackRule | None
    population: int | None
    last_event_date: datetime | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "Pixel & SDK event")
        rule = o.get("trackRule")
        return cls(
            event_code=required_str(o, "eventCode", "Pixel & SDK event"),
            event_name=text(o, "eventName"),
            event_extra_name=opt_str(o, "eventExtraName"),
            track_rule_id=opt_str(o, "trackRuleId"),
            track_rule=TrackRule.from_json(rule) if isinstance(rule, Mapping) else None,
            population=parse_count(o.get("population")),
            last_event_date=parse_date(o.get("lastEventDate")),
            raw=dict(o),
        )


@dataclass(frozen=True)
class CustomerFile:
    """An uploaded customer file (audience); usable when COMPLETE and ``ready``."""

    id: int
    ad_account_id: int | None
    name: str
    adid_list_key: str | None
    status: str | None
    population_score: int | None
    ready: bool | None
    created_date: datetime | None
    last_modify_request_date: datetime | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "customer file")
        return cls(
            id=required_int(o, "id", "customer file"),
            ad_account_id=parse_count(o.get("adAccountId")),
            name=text(o, "name"),
            adid_list_key=opt_str(o, "adidListKey"),
            status=opt_str(o, "status"),
            population_score=parse_count(o.get("populationScore")),
            ready=parse_bool(o.get("ready")),
            created_date=parse_date(o.get("createdDate")),
            last_modify_request_date=parse_date(o.get("lastModifyRequestDate")),
            raw=dict(o),
        )


@dataclass(frozen=True)
class _Profile:
    """The shape Kakao Talk Channel and Kakao Login profiles share (the seed documents both
    with the same three fields)."""

    id: str
    name: str
    search_id: str | None
    raw: Mapping[str, Any] = _raw()

    WHAT: ClassVar[str] = "profile"

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, cls.WHAT)
        return cls(
            id=required_str(o, "id", cls.WHAT),
            name=text(o, "name"),
            search_id=opt_str(o, "searchId"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class ChannelProfile(_Profile):
    """A Kakao Talk Channel profile (id like "_xbHxd")."""

    WHAT: ClassVar[str] = "Kakao Talk Channel"


@dataclass(frozen=True)
class SyncProfile(_Profile):
    """A Kakao Login (sync) profile."""

    WHAT: ClassVar[str] = "Kakao Login profile"


@dataclass(frozen=True)
class TalkChannelGroupFile:
    """A friend group of one Kakao Talk Channel; usable when COMPLETE."""

    id: int
    name: str
    profile_id: str | None
    group_key: str | None
    file_type: str | None
    app_id: int | None
    talk_channel_group_file_status: str | None
    friend_count: int | None
    created_date: datetime | None
    population_update_date: datetime | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "friend group")
        return cls(
            id=required_int(o, "id", "friend group"),
            name=text(o, "name"),
            profile_id=opt_str(o, "profileId"),
            group_key=opt_str(o, "groupKey"),
            file_type=opt_str(o, "fileType"),
            app_id=parse_count(o.get("appId")),
            talk_channel_group_file_status=opt_str(o, "talkChannelGroupFileStatus"),
            friend_count=parse_count(o.get("friendCount")),
            created_date=parse_date(o.get("createdDate")),
            population_update_date=parse_date(o.get("populationUpdateDate")),
            raw=dict(o),
        )


@dataclass(frozen=True)
class Tracker:
    """A Pixel & SDK tracker the account may use ([docs] ``GET /openapi/v4/trackers/rights``).

    The seed does not document this answer; ``id`` is read from ``id`` or ``trackId``.
    """

    id: str
    name: str
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "tracker")
        key = "id" if o.get("id") is not None else "trackId"
        return cls(id=required_str(o, key, "tracker"), name=text(o, "name"), raw=dict(o))


# The two category types of `GET /openapi/v4/targetings/data/categories?type=…` [docs].
DATA_CATEGORY_TYPES = ("INTEREST", "BUSINESS_TYPE")  # 관심사, 업종
# Category IDs nest by length [docs]: 3 characters at the top, then 2 digits per level.
DATA_CATEGORY_ID_LENGTHS = (3, 5, 7)
_CHILD_LISTS = ("children", "subCategories", "childCategories")  # [unconfirmed] nesting


@dataclass(frozen=True)
class DataCategory:
    """A Kakao data category (관심사 or 업종) for `targeting.ufoInterests` / `ufoBusinessTypes`.

    `depth` (1..3) and `parent_id` follow from the ID's length [docs]: "A01" → "A0101" →
    "A010101"; an ID of another length keeps `depth`/`parent_id` as sent (or None).
    """

    id: str
    name: str
    depth: int | None
    parent_id: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "data category")
        ident = required_str(o, "id", "data category").strip()
        depth, parent = data_category_level(ident)
        if depth is None:
            depth = parse_count(o.get("depth"))
            parent = opt_str(o, "parentId")
        return cls(
            id=ident,
            name=text(o, "name"),
            depth=depth,
            parent_id=parent,
            raw={k: v for k, v in o.items() if k not in _CHILD_LISTS},
        )


def data_category_level(ident: str) -> tuple[int | None, str | None]:
    """(depth, parent ID) from a category ID's shape; (None, None) for another shape."""
    if len(ident) not in DATA_CATEGORY_ID_LENGTHS:
        return None, None
    depth = DATA_CATEGORY_ID_LENGTHS.index(len(ident)) + 1
    if depth > 1 and not ident[-2:].isdigit():
        return None, None
    return depth, (ident[:-2] if depth > 1 else None)


def parse_data_categories(body: object) -> list[DataCategory]:
    """`{type, data: [CategoryData…]}` → categories, parents before children.

    Tolerant: a bare list is accepted too, and items nested under `children` (or
    `subCategories`) are flattened, in case Kakao sends the tree rather than the list.
    """
    items = body.get("data") if isinstance(body, Mapping) else body
    out: list[DataCategory] = []
    seen: set[str] = set()

    def walk(values: object) -> None:
        for item in as_list(values, "data categories"):
            category = DataCategory.from_json(item)
            if category.id not in seen:
                seen.add(category.id)
                out.append(category)
            for key in _CHILD_LISTS:
                nested = item.get(key) if isinstance(item, Mapping) else None
                if nested is not None:
                    walk(nested)

    walk(items)
    return out


class FromJson(Protocol):
    @classmethod
    def from_json(cls, obj: object) -> Self: ...


M = TypeVar("M", bound=FromJson)


def parse_list(cls: type[M], body: object, what: str) -> list[M]:
    """A JSON list of ``cls`` objects → models; anything else → ``UnexpectedResponse``."""
    return [cls.from_json(item) for item in as_list(body, what)]


# --- the lookup endpoints: one declaration each, beside the model it answers with ------------

P = ParamSpec("P")
_V4 = "/openapi/v4"


@dataclass(frozen=True)
class Endpoint(Generic[P, M]):
    """One lookup endpoint, declared once: `MomentClient.lookup` sends it, `LookupService`
    caches it, and a tab asks for it (`lookups.of(CUSTOMER_FILES)`), all from this row.

    `name` is the cache's endpoint name (and the `LookupService` attribute, where one is
    declared); `params` the call's parameter names in order (also the cache key's names): a
    parameter named in `path` as `{name}` goes into the path, any other is a query parameter
    spelled `wire.get(name, name)`. `per_account` sends the `adAccountId` header;
    `min_interval_s` is the least time between two requests Kakao allows; `read` turns a body
    that is not a plain list of `model` objects into the list; `what` names the list in errors.
    Checks a request must pass before it is sent live in the `MomentClient` method of the same
    name (a keyword, a term, a required ID); a plain list needs none.
    """

    name: str
    path: str
    model: type[M]
    what: str
    params: tuple[str, ...] = ()
    per_account: bool = False
    min_interval_s: float = 0.0
    wire: Mapping[str, str] = field(default_factory=dict)
    read: Callable[[object], list[M]] | None = None

    def bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """The call's arguments by parameter name (a wrong call is a TypeError, as for a
        method)."""
        if len(args) > len(self.params):
            raise TypeError(f"{self.name}() takes {len(self.params)} arguments")
        values = dict(zip(self.params, args, strict=False))
        for key, value in kwargs.items():
            if key not in self.params or key in values:
                raise TypeError(f"{self.name}() got an unexpected argument {key!r}")
            values[key] = value
        missing = [p for p in self.params if p not in values]
        if missing:
            raise TypeError(f"{self.name}() is missing {', '.join(missing)}")
        return values

    def request(self, values: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
        """(path, query) for these parameter values."""
        path, query = self.path, {}
        for name in self.params:
            slot = "{" + name + "}"
            if slot in path:
                path = path.replace(slot, quote(str(values[name]), safe=""))
            else:
                query[self.wire.get(name, name)] = str(values[name])
        return path, query

    def parse(self, obj: object) -> M:
        """One cached JSON object back into the model."""
        return self.model.from_json(obj)

    def parse_body(self, body: object) -> list[M]:
        """A whole answer's body into models."""
        return self.read(body) if self.read is not None else parse_list(self.model, body, self.what)


DEPTH1_LOCATIONS: Endpoint[[], Location] = Endpoint(
    "depth1_locations", f"{_V4}/targetings/location/depth1", Location, "regions"
)
DEPTH2_LOCATIONS: Endpoint[[str], Depth2Location] = Endpoint(
    "depth2_locations",
    f"{_V4}/targetings/location/depth2",
    Depth2Location,
    "regions",
    ("keyword",),
)
DEPTH3_LOCATIONS: Endpoint[[str], Depth3Location] = Endpoint(
    "depth3_locations",
    f"{_V4}/targetings/location/depth3",
    Depth3Location,
    "regions",
    ("keyword",),
)
AD_SERVING_CATEGORIES: Endpoint[[], AdServingCategory] = Endpoint(
    "ad_serving_categories",
    f"{_V4}/targetings/placement/adServingCategories",
    AdServingCategory,
    "placement categories",
)
SECTION_CATEGORIES: Endpoint[[], SectionCategory] = Endpoint(
    "section_categories",
    f"{_V4}/targetings/placement/sectionCategories",
    SectionCategory,
    "section categories",
)
# Kakao data (관심사/업종) [docs]: "INTEREST" or "BUSINESS_TYPE", cached per type.
DATA_CATEGORIES: Endpoint[[str], DataCategory] = Endpoint(
    "data_categories",
    f"{_V4}/targetings/data/categories",
    DataCategory,
    "data categories",
    ("category_type",),
    wire={"category_type": "type"},
    read=parse_data_categories,
)
COHORTS: Endpoint[[], CohortAvailable] = Endpoint(
    "cohorts",
    f"{_V4}/adGroups/targetings/cohort/availables",
    CohortAvailable,
    "cohorts",
    per_account=True,
)
PIXEL_EVENTS: Endpoint[[str, int], PixelAndSdkEvent] = Endpoint(
    "pixel_events",
    f"{_V4}/adGroups/targetings/trackers/eventCreatables/{{track_id}}",
    PixelAndSdkEvent,
    "Pixel & SDK events",
    ("track_id", "term"),
    per_account=True,
)
CUSTOMER_FILES: Endpoint[[], CustomerFile] = Endpoint(
    "customer_files",
    f"{_V4}/adGroups/targetings/customerFiles/availables",
    CustomerFile,
    "customer files",
    per_account=True,
)
TALK_CHANNELS: Endpoint[[], ChannelProfile] = Endpoint(
    "talk_channels",
    f"{_V4}/adGroups/targetings/talkChannels/availables",
    ChannelProfile,
    "Kakao Talk Channels",
    per_account=True,
)
SYNC_PROFILES: Endpoint[[], SyncProfile] = Endpoint(
    "sync_profiles",
    f"{_V4}/adGroups/targetings/syncProfiles/availables",
    SyncProfile,
    "Kakao Login profiles",
    per_account=True,
)
FRIEND_GROUPS: Endpoint[[str], TalkChannelGroupFile] = Endpoint(
    "friend_groups",
    f"{_V4}/adGroups/targetings/talkChannelGroupFiles/availables",
    TalkChannelGroupFile,
    "friend groups",
    ("profile_id",),
    per_account=True,
    wire={"profile_id": "profileId"},
)
# [docs]; Kakao allows one call per 5 s.
TRACKERS: Endpoint[[], Tracker] = Endpoint(
    "trackers", f"{_V4}/trackers/rights", Tracker, "trackers", per_account=True, min_interval_s=5.0
)

# Every lookup endpoint, by name (a module-level `Endpoint` above is one of them).
ENDPOINTS: dict[str, Endpoint[Any, Any]] = {
    e.name: e for e in list(globals().values()) if isinstance(e, Endpoint)
}
