"""Accounts, campaigns and ad groups (shared doc §1b): lists, the whole ad group, and its PUT.

The PUT enforces Kakao's one edit per 5 s per ad account (429 with Retry-After) and its
targeting rules (adgroup_rules.py), then stores the body exactly as received, with only
`lastModifiedDate` moved on, and answers the stored ad group.
"""

from __future__ import annotations

import json
import math
import time
from datetime import datetime
from typing import Any

from starlette.requests import Request

from moment_gui.simulator import errors
from moment_gui.simulator.adgroup_rules import check_ad_group
from moment_gui.simulator.errors import ApiError
from moment_gui.simulator.state import EditRecord, JsonObject, SimulatorState

UNKNOWN_CAMPAIGN = (91012, "존재하지 않는 캠페인입니다.")  # simulated
DEFAULT_PAGE_SIZE = 10
CONFIGS = ("ON", "OFF")


def _configs(request: Request) -> set[str]:
    raw = request.query_params.get("config", "").strip()
    return {c.strip().upper() for c in raw.split(",") if c.strip()} if raw else set(CONFIGS)


def _int_param(request: Request, name: str, default: int | None = None) -> int:
    raw = request.query_params.get(name, "").strip()
    if not raw and default is not None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise errors.bad_parameter(f"{name}는 정수여야 합니다.") from None


def ad_accounts_page(request: Request, state: SimulatorState) -> JsonObject:
    """`GET /adAccounts/pages?config=ON,OFF&page=N&size=M` (business token only) [docs]."""
    page = _int_param(request, "page", 0)
    size = _int_param(request, "size", DEFAULT_PAGE_SIZE)
    if page < 0 or not 1 <= size <= 1000:
        raise errors.bad_parameter("page는 0 이상, size는 1~1000이어야 합니다.")
    configs = _configs(request)
    rows = [a for a in state.ad_accounts if a.get("config", "ON") in configs]
    total_pages = math.ceil(len(rows) / size)
    return {
        "content": rows[page * size : (page + 1) * size],
        "size": size,
        "totalElements": len(rows),
        "totalPages": total_pages,
        "page": page,
    }


def campaigns(request: Request, state: SimulatorState, account: int) -> JsonObject:
    configs = _configs(request)
    rows = [
        {"id": c["id"], "name": c["name"], "config": c["config"]}
        for c in state.campaigns
        if c["adAccountId"] == account and c["config"] in configs
    ]
    return {"content": rows}


def _campaign_of(state: SimulatorState, account: int, campaign_id: int) -> JsonObject:
    campaign = state.campaign(campaign_id)
    if campaign is None or campaign["adAccountId"] != account:
        raise errors.business_error(400, UNKNOWN_CAMPAIGN)
    return campaign


def campaign(request: Request, state: SimulatorState, account: int) -> JsonObject:
    found = _campaign_of(state, account, int(request.path_params["campaign_id"]))
    return {k: v for k, v in found.items() if k != "adAccountId"}


def ad_groups(request: Request, state: SimulatorState, account: int) -> JsonObject:
    if not request.query_params.get("campaignId", "").strip():
        raise errors.business_error(400, errors.MISSING_CAMPAIGN_ID)
    campaign_id = _int_param(request, "campaignId")
    _campaign_of(state, account, campaign_id)
    configs = _configs(request)
    rows = [
        {"id": g["id"], "name": g["name"], "config": g.get("config", "ON")}
        for g in state.ad_groups.values()
        if g["campaign"]["id"] == campaign_id and g.get("config", "ON") in configs
    ]
    return {"content": rows}


def _ad_group_of(state: SimulatorState, account: int, ad_group_id: Any) -> JsonObject:
    group = state.ad_groups.get(ad_group_id) if isinstance(ad_group_id, int) else None
    owner = state.campaign(group["campaign"]["id"]) if group else None
    if group is None or owner is None or owner["adAccountId"] != account:
        raise errors.business_error(400, errors.UNKNOWN_AD_GROUP)
    return group


def ad_group(request: Request, state: SimulatorState, account: int) -> JsonObject:
    ad_group_id = int(request.path_params["ad_group_id"])
    group = _ad_group_of(state, account, ad_group_id)
    answer = json.loads(json.dumps(group))  # a snapshot: later changes must not leak into it
    for mutate in state.changes_after_next_read.pop(ad_group_id, []):
        state.change_ad_group(ad_group_id, mutate)
    return answer  # type: ignore[no-any-return]


async def update_ad_group(request: Request, state: SimulatorState, account: int) -> JsonObject:
    """`PUT /adGroups`: the whole ad group with its `id` [docs]."""
    raw = await request.body()
    record = EditRecord(time.monotonic(), account, raw)
    earlier = [e for e in state.edits if e.ad_account_id == account]
    state.edits.append(record)
    try:
        stored = _edit(state, account, raw, earlier[-1] if earlier else None, record)
    except ApiError as error:
        record.status = error.status
        raise
    record.status = 200
    return stored


def _edit(
    state: SimulatorState,
    account: int,
    raw: bytes,
    previous: EditRecord | None,
    record: EditRecord,
) -> JsonObject:
    if previous is not None and record.at - previous.at < state.edit_interval_s:
        wait = state.edit_interval_s - (record.at - previous.at)
        error = errors.business_error(429, errors.EDIT_TOO_SOON)
        error.headers["Retry-After"] = str(max(1, math.ceil(wait)))
        raise error
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise errors.bad_parameter("요청 본문이 올바른 JSON이 아닙니다.") from None
    if not isinstance(body, dict):
        raise errors.bad_parameter("요청 본문은 광고그룹 객체여야 합니다.")
    stored = _ad_group_of(state, account, body.get("id"))
    check_ad_group(state, account, stored, body)
    if "createdDate" in stored:  # server-managed: a body cannot move it
        body["createdDate"] = stored["createdDate"]
    body["lastModifiedDate"] = datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
    state.ad_groups[body["id"]] = body
    return body
