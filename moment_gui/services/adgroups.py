"""The Kakao round trip of one ad group: list, open, preview the apply, apply and read back.

Qt-free; the UI (Open from Kakao, the wire-check view, Apply) and the `pull`/`push` commands
both drive it. Each step says what happened in a typed answer or a typed error:

- `open` → `OpenedAdGroup`: the selection (campaign type x goal from the campaign, placements
  from the ad group, everything the picker does not edit as passthrough), the wire check, and
  the `AdGroupOrigin` (the ad group as opened) to keep with the selection.
- `preview_apply(origin, picks)` → `ApplyPreview`: a fresh GET, the exact PUT body built from
  it, the added/removed/changed per list, and `changed_on_kakao` (keys someone changed on
  Kakao since the ad group was opened; offer to reload first).
- `apply(preview)` → `ApplyResult`: GETs once more (a change since the preview raises
  `ChangedOnKakao`), PUTs (waiting for Kakao's 5-s turn), reads back and compares.
  Kakao's refusals raise `ApplyRefused` with the plain sentence and the panel it concerns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, cast

from moment_gui.api.adgroup_models import (
    AdAccount,
    AdGroup,
    AdGroupSummary,
    Campaign,
    CampaignSummary,
)
from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.domain.adgroup import (
    AdGroupOrigin,
    campaign_context,
    kakao_changes,
    picker_diff,
    read_back_diff,
    selection_from_ad_group,
)
from moment_gui.domain.adgroup_put import build_put_body
from moment_gui.domain.diff import SelectionDiff
from moment_gui.domain.selection import AudienceKind, TargetingSelection
from moment_gui.domain.wire_check import WireCheck, check_wire
from moment_gui.message import QT_TRANSLATE_NOOP, Message, MessageError
from moment_gui.services.lookups import LookupService
from moment_gui.services.recheck import gather_current

# The window panel a refusal concerns, by detail code (panel names as domain/kinds.py).
REFUSAL_PANELS: dict[int, str] = {
    22086: "regions",
    22087: "regions",
    91005: "regions",
    91001: "placements",
    91002: "placements",
    22406: "audiences",
    91003: "audiences",
    91004: "audiences",
    91006: "audiences",
    91007: "audiences",
    91009: "campaign",
}


class AdGroupClient(Protocol):
    """What the service needs of `MomentClient` (a fake for tests needs no more)."""

    async def all_ad_accounts(self) -> list[AdAccount]: ...

    async def campaigns(self, *, ad_account_id: int | None = None) -> list[CampaignSummary]: ...

    async def campaign(self, campaign_id: int, *, ad_account_id: int | None = None) -> Campaign: ...

    async def ad_groups(
        self, campaign_id: int, *, ad_account_id: int | None = None
    ) -> list[AdGroupSummary]: ...

    async def ad_group(self, ad_group_id: int, *, ad_account_id: int | None = None) -> AdGroup: ...

    async def update_ad_group(
        self, body: Mapping[str, Any], *, ad_account_id: int | None = None
    ) -> AdGroup | None: ...


@dataclass(frozen=True)
class OpenedAdGroup:
    """An ad group read from Kakao, ready for the picker."""

    ad_account_id: int
    ad_group: AdGroup  # `.raw` is the ad group exactly as Kakao sent it
    campaign: Campaign
    selection: TargetingSelection  # campaign context set when Kakao's spelling is ours
    wire_check: WireCheck
    opened_at: datetime

    @property
    def origin(self) -> AdGroupOrigin:
        return AdGroupOrigin(
            ad_account_id=self.ad_account_id,
            ad_group_id=self.ad_group.id,
            campaign_id=self.ad_group.campaign_id,
            name=self.ad_group.name,
            opened_at=self.opened_at,
            as_opened=self.ad_group.raw,
        )


@dataclass(frozen=True)
class ApplyPreview:
    """What an apply would send, and how it differs from the ad group as it is now."""

    origin: AdGroupOrigin
    fresh: AdGroup  # the ad group as Kakao has it now
    picks: TargetingSelection
    body: dict[str, Any]  # the exact PUT body
    changes: SelectionDiff  # live ad group now → picks, per list (added/removed/changed)
    changed_on_kakao: tuple[str, ...]  # keys changed on Kakao since the ad group was opened

    @property
    def has_changes(self) -> bool:
        return not self.changes.is_empty


@dataclass(frozen=True)
class ApplyResult:
    sent: dict[str, Any]
    read_back: OpenedAdGroup  # the new baseline: keep its `origin` for the next apply
    mismatch: SelectionDiff = field(default_factory=lambda: SelectionDiff(()))

    @property
    def matches(self) -> bool:
        """Kakao now holds exactly the picks that were sent."""
        return self.mismatch.is_empty


class ChangedOnKakao(MessageError):
    """Someone changed the ad group on Kakao since it was opened (or previewed)."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = tuple(paths)
        super().__init__(
            Message.of(
                "AdGroups",
                QT_TRANSLATE_NOOP(
                    "AdGroups",
                    "The ad group was changed on Kakao since you opened it ({parts}). Reload it "
                    "first, or apply anyway to replace those changes.",
                ),
                parts=", ".join(self.paths),
            )
        )


class ApplyRefused(MessageError):
    """Kakao refused the PUT; `panel` says where to show it ("regions", "audiences", …)."""

    def __init__(self, error: MomentApiError) -> None:
        self.error = error
        self.detail_code = error.detail_code
        self.panel = REFUSAL_PANELS.get(error.detail_code) if error.detail_code else None
        super().__init__(error.text)

    def one_line(self) -> str:
        """`detail 22086: An ad group can target …` for the command line."""
        code = self.detail_code if self.detail_code is not None else self.error.status
        return f"Kakao refused the change (detail {code}): {self.error.plain_message}"


class AdGroupService:
    """Accounts → campaigns → ad groups, and the round trip of one ad group."""

    def __init__(self, client: AdGroupClient) -> None:
        self.client = client

    @classmethod
    def of(cls, lookups: LookupService) -> AdGroupService:
        """Over the lookups' own client: the same server, token and (in demo) simulated world.
        Makes a deferred demo client now; the lookups keep owning (and closing) it."""
        return cls(cast(AdGroupClient, lookups.client))

    def edit_wait(self, ad_account_id: int) -> float:
        """Seconds the next edit of `ad_account_id` will wait for Kakao's 5-s turn."""
        wait = getattr(self.client, "edit_wait", None)
        return float(wait(ad_account_id)) if callable(wait) else 0.0

    async def ad_accounts(self) -> list[AdAccount]:
        return await self.client.all_ad_accounts()

    async def campaigns(self, ad_account_id: int) -> list[CampaignSummary]:
        return await self.client.campaigns(ad_account_id=ad_account_id)

    async def ad_groups(self, ad_account_id: int, campaign_id: int) -> list[AdGroupSummary]:
        return await self.client.ad_groups(campaign_id, ad_account_id=ad_account_id)

    async def open(self, ad_account_id: int, ad_group_id: int) -> OpenedAdGroup:
        """Read the ad group and its campaign; raises FragmentError for a malformed body."""
        ad_group = await self.client.ad_group(ad_group_id, ad_account_id=ad_account_id)
        return await self._opened(ad_account_id, ad_group)

    async def _opened(self, ad_account_id: int, ad_group: AdGroup) -> OpenedAdGroup:
        if ad_group.campaign_id is None:
            raise MomentApiError(
                None,
                message=Message.of(
                    "AdGroups",
                    QT_TRANSLATE_NOOP("AdGroups", "Kakao sent an ad group without its campaign."),
                ),
            )
        campaign = await self.client.campaign(ad_group.campaign_id, ad_account_id=ad_account_id)
        ctx = campaign_context(campaign.campaign_type, campaign.goal, ad_group.placements)
        return OpenedAdGroup(
            ad_account_id=ad_account_id,
            ad_group=ad_group,
            campaign=campaign,
            selection=selection_from_ad_group(ad_group.raw, ctx),
            wire_check=check_wire(ad_group.raw),
            opened_at=datetime.now().astimezone(),
        )

    async def origin_of(self, ad_account_id: int, ad_group_id: int) -> AdGroupOrigin:
        """The ad group as it is now, as the baseline for picks not opened from it (a
        selection made from scratch, or copied from another ad group)."""
        ad_group = await self.client.ad_group(ad_group_id, ad_account_id=ad_account_id)
        return AdGroupOrigin(
            ad_account_id=ad_account_id,
            ad_group_id=ad_group.id,
            campaign_id=ad_group.campaign_id,
            name=ad_group.name,
            opened_at=datetime.now().astimezone(),
            as_opened=ad_group.raw,
        )

    async def preview_apply(self, origin: AdGroupOrigin, picks: TargetingSelection) -> ApplyPreview:
        """Fetch the ad group afresh and build the PUT; nothing is sent yet."""
        fresh = await self.client.ad_group(origin.ad_group_id, ad_account_id=origin.ad_account_id)
        body = build_put_body(fresh.raw, picks, origin.as_opened)
        return ApplyPreview(
            origin=origin,
            fresh=fresh,
            picks=picks,
            body=body,
            changes=picker_diff(selection_from_ad_group(fresh.raw, None), picks),
            changed_on_kakao=kakao_changes(origin.as_opened, fresh.raw),
        )

    async def apply(self, preview: ApplyPreview, *, replace_changes: bool = False) -> ApplyResult:
        """Send the preview's body and read the ad group back.

        Raises `ChangedOnKakao` (nothing sent) when the ad group changed on Kakao since it
        was opened, unless `replace_changes`, or since the preview in any case (the body was
        built from the preview's copy); `ApplyRefused` when Kakao refuses the PUT.
        """
        if preview.changed_on_kakao and not replace_changes:
            raise ChangedOnKakao(preview.changed_on_kakao)
        account = preview.origin.ad_account_id
        now = await self.client.ad_group(preview.fresh.id, ad_account_id=account)
        since_preview = kakao_changes(preview.fresh.raw, now.raw)
        if since_preview:
            raise ChangedOnKakao(since_preview)
        try:
            await self.client.update_ad_group(preview.body, ad_account_id=account)
        except AuthenticationError:
            raise
        except MomentApiError as error:
            if (error.status is not None and 400 <= error.status < 500) or error.status == 200:
                raise ApplyRefused(error) from error
            raise
        read_back = await self.client.ad_group(preview.fresh.id, ad_account_id=account)
        reopened = await self._opened(account, read_back)
        return ApplyResult(
            sent=preview.body,
            read_back=reopened,
            mismatch=read_back_diff(preview.body, read_back.raw),
        )


async def describe_picks(lookups: LookupService, sel: TargetingSelection) -> TargetingSelection:
    """The picks of an opened ad group with the names, statuses and populations the lookups
    give today (Kakao's ad group carries only IDs). What reaches Kakao (keys, inclusion, term,
    extra keys) is never changed; a list that cannot be fetched leaves its picks as they are.
    Raises only AuthenticationError."""
    sel = await _with_friend_group_channels(lookups, sel)
    current = await gather_current(lookups, sel)
    audiences = []
    for a in sel.audiences:
        now = current.audiences.get(a.kind, {}).get(a.key)
        if now is not None:
            a = dataclasses.replace(
                a,
                label=now.label,
                status=now.status,
                population=now.population,
                audience_type=now.audience_type,
                ready=now.ready,
            )
        audiences.append(a)
    names = current.categories
    serving = names.get("adServingCategories", {})
    section = names.get("sectionCategories", {})
    return dataclasses.replace(
        sel,
        audiences=tuple(audiences),
        ad_serving_categories=tuple(serving.get(c.code, c) for c in sel.ad_serving_categories),
        section_categories=tuple(section.get(c.code, c) for c in sel.section_categories),
    )


async def _with_friend_group_channels(
    lookups: LookupService, sel: TargetingSelection
) -> TargetingSelection:
    """Friend groups are listed per channel, and an ad group names only the group: find each
    group's channel so that it can be looked up."""
    missing = [a for a in sel.audiences_of(AudienceKind.FRIEND_GROUP) if a.profile_id is None]
    if not missing:
        return sel
    owner: dict[str, str] = {}
    try:
        channels = await lookups.talk_channels()
        for channel in channels.items:
            groups = await lookups.friend_groups(channel.id)
            owner.update((str(g.id), channel.id) for g in groups.items)
    except AuthenticationError:
        raise
    except MomentApiError:
        return sel
    for a in missing:
        if a.key in owner:
            sel = sel.with_audience(dataclasses.replace(a, profile_id=owner[a.key]))
    return sel
