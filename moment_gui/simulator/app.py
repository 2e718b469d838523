"""The Starlette app: Kakao Moment's targeting lookups, answered from a SimulatorState.

Paths, headers, parameters and bodies follow the seed document; errors follow shared doc §2.
Each endpoint builds its response in exactly one function below.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from moment_gui.simulator import adgroup_routes, errors
from moment_gui.simulator.errors import ApiError, KakaoJSONResponse
from moment_gui.simulator.faults import FaultMiddleware
from moment_gui.simulator.state import JsonObject, SimulatorState

V4 = "/openapi/v4"
TERM_MIN, TERM_MAX = 1, 180
TRACKER_FIELDS = ("id", "name", "adAccountId", "createdDate")
DATA_CATEGORY_TYPES = ("INTEREST", "BUSINESS_TYPE")  # [docs]

Handler = Callable[[Request, SimulatorState], Any]


def create_app(state: SimulatorState | None = None) -> Starlette:
    """An ASGI app serving `state` (the demo data if None); swap it with `set_state`."""
    routes = [Route(path, _endpoint(handler), methods=["GET"]) for path, handler in ROUTES]
    routes += [
        Route(path, _endpoint(_with_account(handler)), methods=[method])
        for method, path, handler in ACCOUNT_ROUTES
    ]
    app = Starlette(routes=routes, middleware=[Middleware(FaultMiddleware)])
    set_state(app, state if state is not None else SimulatorState.demo())
    return app


def set_state(app: Starlette, state: SimulatorState) -> None:
    """Serve another state from now on (lets one running server serve a fresh state per test)."""
    app.state.sim = state


def get_state(app: Starlette) -> SimulatorState:
    state: SimulatorState = app.state.sim
    return state


def _endpoint(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        state = get_state(request.app)
        try:
            _authenticate(request, state)
            answer = handler(request, state)
            if inspect.isawaitable(answer):
                answer = await answer
            return KakaoJSONResponse(answer)
        except ApiError as error:
            if state.faults.errors_as_200 > 0:
                # Kakao sometimes wraps a refusal in a 200 [observed]: same body, status 200.
                state.faults.errors_as_200 -= 1
                error.status = 200
            return error.response()

    return endpoint


def _with_account(
    handler: Callable[[Request, SimulatorState, int], Any],
) -> Handler:
    def with_account(request: Request, state: SimulatorState) -> Any:
        return handler(request, state, _ad_account(request, state))

    return with_account


def _authenticate(request: Request, state: SimulatorState) -> None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or token.strip() not in state.valid_tokens:
        raise errors.unauthorized()


def _ad_account(request: Request, state: SimulatorState) -> int:
    raw = request.headers.get("adaccountid", "").strip()
    if not raw:
        raise errors.bad_parameter("adAccountId 헤더가 필요합니다.")
    try:
        account = int(raw)
    except ValueError:
        raise errors.bad_parameter("adAccountId 헤더가 올바르지 않습니다.") from None
    if account in state.no_permission_ad_account_ids:
        raise errors.business_error(403, errors.NO_PERMISSION)
    if account not in state.ad_account_ids:
        raise errors.business_error(403, errors.UNKNOWN_AD_ACCOUNT)
    return account


def _keyword(request: Request, missing: tuple[int, str]) -> str:
    keyword = request.query_params.get("keyword", "").strip()
    if not keyword:
        raise errors.business_error(400, missing)
    return keyword


# --- regions and placements: token only ---------------------------------------------------


def depth1(request: Request, state: SimulatorState) -> list[JsonObject]:
    return state.depth1


def depth2(request: Request, state: SimulatorState) -> list[JsonObject]:
    # Like the real service: a substring of the name or the description ("서울" → its 구).
    keyword = _keyword(request, errors.MISSING_DEPTH2_KEYWORD)
    return [
        item
        for item in state.depth2
        if keyword in item["depth2Name"] or keyword in item["description"]
    ]


def depth3(request: Request, state: SimulatorState) -> list[JsonObject]:
    # "강남구" finds its 동 because their description carries "서울특별시 강남구".
    keyword = _keyword(request, errors.MISSING_DEPTH3_KEYWORD)
    return [
        item
        for item in state.depth3
        if keyword in item["depth3Name"]
        or keyword in item["description"]
        or keyword in item["depth2Name"]
    ]


def ad_serving_categories(request: Request, state: SimulatorState) -> list[JsonObject]:
    return state.ad_serving_categories


def section_categories(request: Request, state: SimulatorState) -> list[JsonObject]:
    return state.section_categories


def data_categories(request: Request, state: SimulatorState) -> JsonObject:
    # [docs]: `type` is required and is INTEREST or BUSINESS_TYPE; the answer names its type.
    kind = request.query_params.get("type", "").strip()
    if not kind:
        raise errors.bad_parameter("type은 필수입니다. (INTEREST 또는 BUSINESS_TYPE)")
    if kind not in DATA_CATEGORY_TYPES:
        raise errors.bad_parameter("type은 INTEREST 또는 BUSINESS_TYPE이어야 합니다.")
    return {"type": kind, "data": state.data_categories.get(kind, [])}


# --- audiences: token + adAccountId header ------------------------------------------------


def account_list(name: str) -> Handler:
    """The handler of one `ACCOUNT_LISTS` row: the state's list `name`, an item that names
    its `adAccountId` to that account only."""

    def handler(request: Request, state: SimulatorState) -> list[JsonObject]:
        account = _ad_account(request, state)
        return [i for i in state.list_named(name) if i.get("adAccountId", account) == account]

    handler.__name__ = name
    return handler


def trackers(request: Request, state: SimulatorState) -> list[JsonObject]:
    account = _ad_account(request, state)
    return [
        {k: t[k] for k in TRACKER_FIELDS if k in t}
        for t in state.trackers
        if t["adAccountId"] == account
    ]


def pixel_events(request: Request, state: SimulatorState) -> list[JsonObject]:
    account = _ad_account(request, state)
    term = _term(request)
    track_id = request.path_params["track_id"]
    tracker = next(
        (t for t in state.trackers if t["id"] == track_id and t["adAccountId"] == account), None
    )
    if tracker is None:
        raise errors.business_error(400, errors.UNKNOWN_TRACKER)
    scale = population_scale(term, state.tracker_population_term)
    return [
        {**event, "population": round(event["population"] * scale)} for event in tracker["events"]
    ]


def population_scale(term: int, base_term: int) -> float:
    """Longer windows collect more people, with diminishing returns (repeat visitors)."""
    return float((term / base_term) ** 0.6)


def _term(request: Request) -> int:
    raw = request.query_params.get("term", "").strip()
    try:
        term = int(raw)
    except ValueError:
        raise errors.bad_parameter("term은 1~180 사이의 정수여야 합니다.") from None
    if not TERM_MIN <= term <= TERM_MAX:
        raise errors.bad_parameter("term은 1~180 사이의 정수여야 합니다.")
    return term


def friend_groups(request: Request, state: SimulatorState) -> list[JsonObject]:
    _ad_account(request, state)
    profile_id = request.query_params.get("profileId", "").strip()
    if not profile_id:
        raise errors.bad_parameter("profileId는 필수입니다.")
    if all(channel["id"] != profile_id for channel in state.talk_channels):
        raise errors.business_error(400, errors.UNKNOWN_PROFILE)
    return [g for g in state.talk_channel_group_files if g["profileId"] == profile_id]


# The audience kinds that are one per-account list each: (path, the `SimulatorState` list it
# serves). A new list is a row here, its demo items under the same name in audiences.json.
ACCOUNT_LISTS: list[tuple[str, str]] = [
    (f"{V4}/adGroups/targetings/cohort/availables", "cohorts"),
    (f"{V4}/adGroups/targetings/customerFiles/availables", "customer_files"),
    (f"{V4}/adGroups/targetings/talkChannels/availables", "talk_channels"),
    (f"{V4}/adGroups/targetings/syncProfiles/availables", "sync_profiles"),
]

ROUTES: list[tuple[str, Handler]] = [
    (f"{V4}/targetings/location/depth1", depth1),
    (f"{V4}/targetings/location/depth2", depth2),
    (f"{V4}/targetings/location/depth3", depth3),
    (f"{V4}/targetings/placement/adServingCategories", ad_serving_categories),
    (f"{V4}/targetings/placement/sectionCategories", section_categories),
    (f"{V4}/targetings/data/categories", data_categories),  # [docs], not in the seed
    (f"{V4}/adGroups/targetings/trackers/eventCreatables/{{track_id}}", pixel_events),
    (f"{V4}/adGroups/targetings/talkChannelGroupFiles/availables", friend_groups),
    (f"{V4}/trackers/rights", trackers),  # [docs], not in the seed
    (f"{V4}/adAccounts/pages", adgroup_routes.ad_accounts_page),  # [docs]; token only
    *((path, account_list(name)) for path, name in ACCOUNT_LISTS),
]

# Shared doc §1b: the adAccountId header is checked before the handler runs.
ACCOUNT_ROUTES: list[tuple[str, str, Callable[[Request, SimulatorState, int], Any]]] = [
    ("GET", f"{V4}/campaigns", adgroup_routes.campaigns),
    ("GET", f"{V4}/campaigns/{{campaign_id:int}}", adgroup_routes.campaign),
    ("GET", f"{V4}/adGroups", adgroup_routes.ad_groups),
    ("GET", f"{V4}/adGroups/{{ad_group_id:int}}", adgroup_routes.ad_group),
    ("PUT", f"{V4}/adGroups", adgroup_routes.update_ad_group),
]
