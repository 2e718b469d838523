"""Typed answers of the account, campaign and ad-group endpoints (shared doc §1b).

Same habits as models.py: frozen dataclasses, tolerant ``from_json`` (unknown keys ignored,
missing optional keys defaulted), identity fields required, and ``raw`` holding the JSON
object exactly as received. For an ``AdGroup`` the raw object *is* the thing: the summary
fields are only for lists and labels, and everything written back to Kakao starts from
``raw`` so that keys this app does not know survive untouched, in their order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from moment_gui.api._parse import (
    as_list,
    as_mapping,
    opt_str,
    parse_count,
    required_int,
    text,
)
from moment_gui.api.errors import UnexpectedResponse
from moment_gui.api.models import _raw  # one definition of the kept-raw-JSON field


@dataclass(frozen=True)
class AdAccount:
    """An ad account the business token may use: `memberType` MASTER or MEMBER [docs]."""

    id: int
    name: str
    member_type: str | None = None
    config: str | None = None  # ON / OFF / DEL
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "ad account")
        return cls(
            id=required_int(o, "id", "ad account"),
            name=text(o, "name"),
            member_type=opt_str(o, "memberType"),
            config=opt_str(o, "config"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class AdAccountPage:
    """One page of `GET /adAccounts/pages` (pages count from 0)."""

    accounts: tuple[AdAccount, ...]
    page: int
    size: int
    total_elements: int
    total_pages: int

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "page of ad accounts")
        accounts = tuple(AdAccount.from_json(a) for a in as_list(o.get("content"), "ad accounts"))
        total_pages = parse_count(o.get("totalPages"))
        total_elements = parse_count(o.get("totalElements"))
        page = parse_count(o.get("page", o.get("number")))
        size = parse_count(o.get("size"))
        if total_pages is None or page is None:
            raise UnexpectedResponse("A page of ad accounts has no usable 'page'/'totalPages'.")
        return cls(
            accounts=accounts,
            page=page,
            size=size if size is not None else len(accounts),
            total_elements=total_elements if total_elements is not None else len(accounts),
            total_pages=total_pages,
        )

    @property
    def is_last(self) -> bool:
        return self.page + 1 >= self.total_pages


@dataclass(frozen=True)
class _Listed:
    """A row of one of Kakao's lists of objects: enough to list and choose."""

    id: int
    name: str
    config: str | None = None
    raw: Mapping[str, Any] = _raw()
    what: ClassVar[str]  # the object's name in an error ("campaign")

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, cls.what)
        return cls(
            id=required_int(o, "id", cls.what),
            name=text(o, "name"),
            config=opt_str(o, "config"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class CampaignSummary(_Listed):
    """A row of `GET /campaigns`."""

    what = "campaign"


@dataclass(frozen=True)
class Campaign:
    """`GET /campaigns/{id}`: `campaignTypeGoal {campaignType, goal}` as Kakao spells them."""

    id: int
    name: str
    config: str | None
    campaign_type: str | None
    goal: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "campaign")
        type_goal = o.get("campaignTypeGoal")
        tg: Mapping[str, Any] = type_goal if isinstance(type_goal, Mapping) else {}
        return cls(
            id=required_int(o, "id", "campaign"),
            name=text(o, "name"),
            config=opt_str(o, "config"),
            campaign_type=opt_str(tg, "campaignType"),
            goal=opt_str(tg, "goal"),
            raw=dict(o),
        )


@dataclass(frozen=True)
class AdGroupSummary(_Listed):
    """A row of `GET /adGroups?campaignId=`."""

    what = "ad group"


@dataclass(frozen=True)
class AdGroup:
    """`GET /adGroups/{id}`: the whole ad group. `raw` is the body as received (key order too).

    Unlike the other models `raw` takes part in equality: two reads of an ad group are equal
    only when Kakao sent the same JSON.
    """

    id: int
    name: str
    config: str | None
    campaign_id: int | None
    type: str | None
    placements: tuple[str, ...]
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, obj: object) -> Self:
        o = as_mapping(obj, "ad group")
        campaign = o.get("campaign")
        campaign_id = None
        if isinstance(campaign, Mapping) and campaign.get("id") is not None:
            campaign_id = required_int(campaign, "id", "ad group's campaign")
        placements = o.get("placements")
        return cls(
            id=required_int(o, "id", "ad group"),
            name=text(o, "name"),
            config=opt_str(o, "config"),
            campaign_id=campaign_id,
            type=opt_str(o, "type"),
            placements=tuple(str(p) for p in placements) if isinstance(placements, list) else (),
            raw=dict(o),
        )


def content_list(body: object, what: str) -> list[Any]:
    """`{content: [...]}` as Kakao pages lists; a bare list is accepted too."""
    if isinstance(body, Mapping):
        return as_list(body.get("content"), what)
    return as_list(body, what)
