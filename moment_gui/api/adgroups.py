"""The account, campaign and ad-group endpoints of the client (shared doc §1b).

Each per-account call takes `ad_account_id=` to ask about another account than the client's
(browsing accounts in a dialog must not switch the session's lookups); None uses the client's.

A mixin of `MomentClient`: it sends through the client's one `_get`/`_put`, so retries, the
error envelope, redaction and the edit pacing are the same as for every lookup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from moment_gui.api.adgroup_models import (
    AdAccount,
    AdAccountPage,
    AdGroup,
    AdGroupSummary,
    Campaign,
    CampaignSummary,
    content_list,
)
from moment_gui.api.errors import RequestRejected, UnexpectedResponse, api_message
from moment_gui.api.pacing import EDIT_PACER, EditPacer
from moment_gui.message import QT_TRANSLATE_NOOP

_V4 = "/openapi/v4"
ALL_CONFIGS = ("ON", "OFF")  # what the pickers list: running and paused, not deleted
ACCOUNT_PAGE_SIZE = 50
MAX_ACCOUNT_PAGES = 200  # 10,000 accounts: a loop guard against a server that never ends


class AdGroupEndpoints:
    """Accounts → campaigns → ad groups, and the whole-ad-group PUT."""

    _pacer: EditPacer = EDIT_PACER

    async def _get(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        per_account: bool = False,
        account: int | None = None,
    ) -> Any:
        raise NotImplementedError  # pragma: no cover - MomentClient provides it

    async def _put(self, path: str, body: Mapping[str, Any], account: int | None = None) -> Any:
        raise NotImplementedError  # pragma: no cover - MomentClient provides it

    # --- ad accounts: business token only ---------------------------------------------------

    async def ad_accounts_page(
        self, page: int = 0, size: int = ACCOUNT_PAGE_SIZE, config: Sequence[str] = ALL_CONFIGS
    ) -> AdAccountPage:
        """One page (from 0) of `GET /adAccounts/pages` [docs]."""
        if page < 0 or not 1 <= size <= 1000:
            raise ValueError("page must be >= 0 and size 1..1000")
        params = {"config": ",".join(config), "page": str(page), "size": str(size)}
        body = await self._get(f"{_V4}/adAccounts/pages", params=params)
        return AdAccountPage.from_json(body)

    async def all_ad_accounts(
        self, size: int = ACCOUNT_PAGE_SIZE, config: Sequence[str] = ALL_CONFIGS
    ) -> list[AdAccount]:
        """Every ad account, page after page, in Kakao's order (an ID seen twice is kept once)."""
        accounts: dict[int, AdAccount] = {}
        for page in range(MAX_ACCOUNT_PAGES):
            answer = await self.ad_accounts_page(page, size, config)
            for account in answer.accounts:
                accounts.setdefault(account.id, account)
            if answer.is_last or not answer.accounts:
                return list(accounts.values())
        raise UnexpectedResponse(
            f"The ad account list did not end after {MAX_ACCOUNT_PAGES} pages."
        )

    # --- campaigns and ad groups: adAccountId header ----------------------------------------

    async def campaigns(
        self, config: Sequence[str] = ALL_CONFIGS, *, ad_account_id: int | None = None
    ) -> list[CampaignSummary]:
        body = await self._get(
            f"{_V4}/campaigns",
            params={"config": ",".join(config)},
            per_account=True,
            account=ad_account_id,
        )
        return [CampaignSummary.from_json(c) for c in content_list(body, "campaigns")]

    async def campaign(self, campaign_id: int, *, ad_account_id: int | None = None) -> Campaign:
        """One campaign with `campaignTypeGoal` [observed]."""
        path = f"{_V4}/campaigns/{_id(campaign_id, 'campaign')}"
        body = await self._get(path, per_account=True, account=ad_account_id)
        return Campaign.from_json(body)

    async def ad_groups(
        self,
        campaign_id: int,
        config: Sequence[str] = ALL_CONFIGS,
        *,
        ad_account_id: int | None = None,
    ) -> list[AdGroupSummary]:
        """The ad groups of one campaign (Kakao answers -813 without `campaignId` [docs])."""
        params = {"campaignId": _id(campaign_id, "campaign"), "config": ",".join(config)}
        body = await self._get(
            f"{_V4}/adGroups", params=params, per_account=True, account=ad_account_id
        )
        return [AdGroupSummary.from_json(g) for g in content_list(body, "ad groups")]

    async def ad_group(self, ad_group_id: int, *, ad_account_id: int | None = None) -> AdGroup:
        """The whole ad group; `raw` is the body exactly as parsed, key order kept."""
        path = f"{_V4}/adGroups/{_id(ad_group_id, 'ad group')}"
        body = await self._get(path, per_account=True, account=ad_account_id)
        return AdGroup.from_json(body)

    async def update_ad_group(
        self, body: Mapping[str, Any], *, ad_account_id: int | None = None
    ) -> AdGroup | None:
        """`PUT /adGroups` with the whole ad group (its `id` inside) [docs].

        Waits for Kakao's one-edit-per-5-s turn first. Returns the ad group Kakao answered
        with, or None when the answer had no body.
        """
        if not isinstance(body.get("id"), int) or isinstance(body.get("id"), bool):
            raise RequestRejected(
                api_message(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors", "The ad group to change has no ID; open it from Kakao again."
                    )
                )
            )
        answer = await self._put(f"{_V4}/adGroups", body, ad_account_id)
        return None if answer is None else AdGroup.from_json(answer)


_CHOOSE_FIRST = {
    "campaign": QT_TRANSLATE_NOOP("ApiErrors", "Choose a campaign first (no valid ID was given)."),
    "ad group": QT_TRANSLATE_NOOP("ApiErrors", "Choose an ad group first (no valid ID was given)."),
}


def _id(value: int, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RequestRejected(api_message(_CHOOSE_FIRST[what]))
    return str(value)
