"""The simulator's mutable world: what it serves, who may ask, and how it misbehaves."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from moment_gui.simulator import demo_world
from moment_gui.simulator.data import demo_audiences, demo_data_categories, demo_regions

DEMO_TOKEN = "demo-token"
DEMO_AD_ACCOUNT_ID = 1234

JsonObject = dict[str, Any]
# The audiences.json keys SimulatorState.demo() reads into fields of their own.
_NAMED = frozenset(
    {
        "meta",
        "adServingCategories",
        "sectionCategories",
        "cohorts",
        "trackers",
        "customerFiles",
        "talkChannels",
        "syncProfiles",
        "talkChannelGroupFiles",
    }
)


@dataclass
class FaultConfig:
    """How badly the simulator behaves. Tests and `--latency` etc. set these.

    - latency_s: added before every API answer (async sleep).
    - error_rate: share of requests answered 500 `{"code": -1, ...}`.
    - burst_429: the next N requests answer 429 `-813` with `Retry-After: retry_after_s`.
    - malformed_rate: share answered 200 with a truncated JSON body or an HTML page.
    - drop_rate: share whose connection is closed without any response.
    - errors_as_200: the next N error answers come as HTTP 200 with the error body (Kakao
      sometimes answers so [observed]).
    - seed: makes the random choices repeatable.
    """

    latency_s: float = 0.0
    error_rate: float = 0.0
    burst_429: int = 0
    retry_after_s: int = 1
    malformed_rate: float = 0.0
    drop_rate: float = 0.0
    errors_as_200: int = 0
    seed: int | None = None
    _rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def roll(self, rate: float) -> bool:
        """True with probability `rate` (never for 0, always for 1)."""
        return rate > 0 and self._rng.random() < rate

    def choice(self, options: list[str]) -> str:
        return self._rng.choice(options)


@dataclass
class RequestRecord:
    """One request as the simulator saw it. Headers are left out on purpose: no tokens."""

    method: str
    path: str
    query: str


@dataclass
class EditRecord:
    """One `PUT /adGroups` that passed authentication: when (monotonic s), for which account,
    the body bytes as sent, and the answer's status."""

    at: float
    ad_account_id: int
    body: bytes
    status: int = 0


@dataclass
class SimulatorState:
    """Everything the simulator serves, as wire-shaped JSON objects (camelCase).

    Mutate freely between requests (rename a region under the same key, delete a cohort,
    set a customer file to DELETE, revoke a token): the next request sees the change.
    """

    depth1: list[JsonObject] = field(default_factory=list)
    depth2: list[JsonObject] = field(default_factory=list)
    depth3: list[JsonObject] = field(default_factory=list)
    region_meta: JsonObject = field(default_factory=dict)
    ad_serving_categories: list[JsonObject] = field(default_factory=list)
    section_categories: list[JsonObject] = field(default_factory=list)
    cohorts: list[JsonObject] = field(default_factory=list)
    # Each tracker: {id, name, adAccountId, createdDate, events: [PixelAndSdkEvent at term 30]}
    trackers: list[JsonObject] = field(default_factory=list)
    customer_files: list[JsonObject] = field(default_factory=list)
    talk_channels: list[JsonObject] = field(default_factory=list)
    sync_profiles: list[JsonObject] = field(default_factory=list)
    talk_channel_group_files: list[JsonObject] = field(default_factory=list)
    # Every other list of audiences.json by its key (a new audience kind's items, served by
    # its `app.ACCOUNT_LISTS` row): see `list_named`.
    lists: dict[str, list[JsonObject]] = field(default_factory=dict)
    # Kakao data categories by type ("INTEREST" 관심사, "BUSINESS_TYPE" 업종): flat CategoryData
    data_categories: dict[str, list[JsonObject]] = field(default_factory=dict)
    valid_tokens: set[str] = field(default_factory=lambda: {DEMO_TOKEN})
    ad_account_ids: set[int] = field(default_factory=lambda: {DEMO_AD_ACCOUNT_ID})
    faults: FaultConfig = field(default_factory=FaultConfig)
    # The term the trackers' stored populations were counted over (demo data: 30 days).
    tracker_population_term: int = 30
    requests: list[RequestRecord] = field(default_factory=list)
    # Accounts, campaigns and ad groups (shared doc §1b). Campaigns and ad groups carry
    # `adAccountId` / `campaign.id`; ad groups are whole bodies, stored as last PUT.
    ad_accounts: list[JsonObject] = field(default_factory=list)
    # Ad accounts that exist but the token is no member of: detailCode 9004 [observed].
    no_permission_ad_account_ids: set[int] = field(default_factory=set)
    campaigns: list[JsonObject] = field(default_factory=list)
    ad_groups: dict[int, JsonObject] = field(default_factory=dict)
    # Kakao allows one ad-group edit per 5 s [docs]; the next one within it is refused.
    edit_interval_s: float = 5.0
    edits: list[EditRecord] = field(default_factory=list)
    # Changes "someone else" makes on Kakao right after the next GET of that ad group.
    changes_after_next_read: dict[int, list[Callable[[JsonObject], None]]] = field(
        default_factory=dict
    )

    @classmethod
    def demo(cls) -> SimulatorState:
        """The shipped demo data (fresh copy: mutations never leak into other states)."""
        regions = demo_regions()
        audiences = demo_audiences()
        meta = audiences["meta"]
        state = cls(
            depth1=regions["depth1"],
            depth2=regions["depth2"],
            depth3=regions["depth3"],
            region_meta=regions["meta"],
            ad_serving_categories=audiences["adServingCategories"],
            section_categories=audiences["sectionCategories"],
            cohorts=audiences["cohorts"],
            trackers=audiences["trackers"],
            customer_files=audiences["customerFiles"],
            talk_channels=audiences["talkChannels"],
            sync_profiles=audiences["syncProfiles"],
            talk_channel_group_files=audiences["talkChannelGroupFiles"],
            lists={k: v for k, v in audiences.items() if k not in _NAMED and isinstance(v, list)},
            data_categories=demo_data_categories(),
            ad_account_ids={int(a["id"]) for a in meta["adAccounts"]},
            tracker_population_term=int(meta["trackerPopulationTerm"]),
        )
        state.load_demo_ad_groups(meta["adAccounts"])
        return state

    def load_demo_ad_groups(self, known_accounts: list[JsonObject]) -> None:
        """Accounts (three pages), campaigns of every creatable type x goal, and ad groups."""
        self.ad_accounts = demo_world.ad_accounts(known_accounts)
        self.ad_account_ids |= {a["id"] for a in self.ad_accounts}
        self.no_permission_ad_account_ids = {demo_world.NO_PERMISSION_AD_ACCOUNT_ID}
        main, other = (int(a["id"]) for a in known_accounts[:2])
        regions = {"depth1": self.depth1, "depth2": self.depth2, "depth3": self.depth3}
        audiences = {"trackers": self.trackers}
        campaigns, groups = demo_world.campaigns_and_ad_groups(regions, audiences, main)
        other_campaigns, other_groups = demo_world.other_account_world(other)
        self.campaigns = campaigns + other_campaigns
        self.ad_groups = {g["id"]: g for g in groups + other_groups}

    def list_named(self, name: str) -> list[JsonObject]:
        """The state's list `name`: a field ("cohorts", "customer_files") or one of `lists`
        (by its audiences.json key); empty when there is none."""
        value = getattr(self, name, None)
        if isinstance(value, list):
            return value
        return self.lists.get(name, [])

    def campaign(self, campaign_id: int) -> JsonObject | None:
        return next((c for c in self.campaigns if c["id"] == campaign_id), None)

    def change_ad_group(self, ad_group_id: int, mutate: Callable[[JsonObject], None]) -> None:
        """Someone else edits the ad group on Kakao now (its lastModifiedDate moves too)."""
        group = self.ad_groups[ad_group_id]
        mutate(group)
        group["lastModifiedDate"] = datetime.now().strftime("%Y-%m-%dT%H:%M:%S")

    def change_after_next_read(
        self, ad_group_id: int, mutate: Callable[[JsonObject], None]
    ) -> None:
        """Edit the ad group "on Kakao" right after the next `GET /adGroups/{id}` answers:
        a planner's open is followed by someone else's change before the apply."""
        self.changes_after_next_read.setdefault(ad_group_id, []).append(mutate)

    def region(self, value: str) -> JsonObject:
        """The region object (any depth) with this key; KeyError if none."""
        for item in (*self.depth1, *self.depth2, *self.depth3):
            if item["value"] == value:
                return item
        raise KeyError(value)
