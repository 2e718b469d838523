"""The parts of a selection, one row each: the vocabulary rules, re-check, diff, report and ui read.

A part is the campaign, the regions, the Network and section categories, one audience kind, one
Kakao data list (관심사, 업종), the demographics, or the fields a fragment carried that this app
does not model. Its row holds everything that used
to sit in seven hand-kept tables:

- `key`: how the part is named in diffs and re-check findings (the wire name for regions and
  categories, the `AudienceKind` value for an audience kind);
- `one`/`many`: its noun, singular and plural, capitalised as it starts a sentence (translation
  context "Parts"); `many` is also its title in a diff and a report;
- `panel`: a plain identifier of the window panel that shows its picks ("campaign", "regions",
  "placements", "audiences"); ui/ maps it to a widget, domain/ stays free of Qt;
- `kind`: the `AudienceKind` of an audience part, and `wire`: how it is spelled inside
  `targeting`, with provenance marks on every name (`fragment_wire.FIELDS` is these entries; a
  test checks every audience part has one); a list of `{id, inclusionType}` objects needs
  nothing more in fragment_wire.py;
- `lookup`: for an audience kind that is one per-account list, the `api.models.Endpoint` name
  that lists it (the re-check fetches it; `services.picks.list_pick` makes its picks);
- `checklist`: (Korean as Kakao Moment's web screens say it, English) in the web checklist;
- `usable`: the one status that may be targeted (None: the kind has no status), and `needs_ready`:
  the item must also be ready (customer files);
- `only_for` / `never_for`: the campaign types (x goal; None = any goal) that may or may not use
  it (None: no restriction);
- `same_name_within`: the pick field that must match too for a re-check to offer an item of the
  same name as the replacement of one no longer offered.

Adding an audience kind: an `AudienceKind` member and its row below (see docs/contracts.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal
from moment_gui.domain.kakao_data import DataKind
from moment_gui.message import QT_TRANSLATE_NOOP, Message

CONTEXT = "Parts"  # the translation context of every noun below


class AudienceKind(StrEnum):
    COHORT = "cohort"
    PIXEL_EVENT = "pixel_event"
    CUSTOMER_FILE = "customer_file"
    TALK_CHANNEL = "talk_channel"
    SYNC_PROFILE = "sync_profile"
    FRIEND_GROUP = "friend_group"


Campaigns = frozenset[tuple[CampaignType, Goal | None]]  # (type, goal); goal None: any goal


class Provenance(StrEnum):
    """How sure a wire name is (shared doc, top): where it was seen."""

    SEED = "seed"  # the seed document
    DOCS = "docs"  # another developers.kakao.com page
    OBSERVED = "observed"  # real requests published by other integrations
    UNCONFIRMED = "unconfirmed"  # our best guess; learn it from a live ad group


@dataclass(frozen=True)
class WireField:
    """One field of an audience object on the wire: JSON name, Python type and provenance."""

    name: str
    type: type[int] | type[str]
    provenance: Provenance = Provenance.OBSERVED


@dataclass(frozen=True)
class AudienceWire:
    """How one audience kind is spelled inside `targeting`."""

    list_key: str
    ids: tuple[WireField, ...]  # together they name the item; joined into AudiencePick.key
    optional: tuple[WireField, ...] = ()  # written only when the pick has a value
    provenance: Provenance = Provenance.OBSERVED  # of `list_key`


@dataclass(frozen=True)
class Part:
    key: str
    one: str
    many: str
    panel: str
    kind: AudienceKind | None = None
    usable: str | None = None
    needs_ready: bool = False
    only_for: Campaigns | None = None
    never_for: Campaigns | None = None
    same_name_within: str | None = None
    data_kind: DataKind | None = None  # a Kakao data part: which list (관심사 / 업종)
    wire: AudienceWire | None = None
    lookup: str | None = None
    checklist: tuple[str, str] | None = None

    def words(self, lang: Literal["ko", "en"]) -> str:
        """The part as the web checklist names it (its plural noun when the row has none)."""
        if self.checklist is None:
            return self.many
        return self.checklist[0 if lang == "ko" else 1]

    def noun(self, count: int = 1) -> Message:
        """'Cohort' or 'Cohorts', translatable."""
        return Message.of(CONTEXT, self.one if count == 1 else self.many)

    @property
    def title(self) -> Message:
        """The part's title in a diff or report: its plural noun."""
        return Message.of(CONTEXT, self.many)

    def allows(self, ctx: CampaignContext) -> bool:
        """May a campaign of this type and goal use the part?"""

        def names(campaigns: Campaigns) -> bool:
            return any(
                t is ctx.campaign_type and (g is None or g is ctx.goal) for t, g in campaigns
            )

        if self.only_for is not None and not names(self.only_for):
            return False
        return not (self.never_for is not None and names(self.never_for))

    def is_usable(self, status: str | None, ready: bool | None) -> bool | None:
        """True/False when the status (and readiness) says so; None when it cannot tell."""
        if self.usable is None:
            return True  # nothing to check: channels and profiles have no status
        if status is not None and status != self.usable:
            return False
        if self.needs_ready and ready is False:
            return False
        if status is None or (self.needs_ready and ready is None):
            return None
        return True


_AUDIENCES = "audiences"

CAMPAIGN = Part(
    "campaign",
    QT_TRANSLATE_NOOP("Parts", "Campaign"),
    QT_TRANSLATE_NOOP("Parts", "Campaign"),
    "campaign",
)
REGIONS = Part(
    "regions",
    QT_TRANSLATE_NOOP("Parts", "Region"),
    QT_TRANSLATE_NOOP("Parts", "Regions"),
    "regions",
)
AD_SERVING = Part(
    "adServingCategories",
    QT_TRANSLATE_NOOP("Parts", "Network category"),
    QT_TRANSLATE_NOOP("Parts", "Network categories"),
    "placements",
    never_for=frozenset({(CampaignType.DISPLAY, Goal.CONVERSION)}),
)
SECTION = Part(
    "sectionCategories",
    QT_TRANSLATE_NOOP("Parts", "Section category"),
    QT_TRANSLATE_NOOP("Parts", "Section categories"),
    "placements",
    only_for=frozenset({(CampaignType.TALK_BIZ_BOARD, None)}),  # and the KAKAO_TALK placement
)
COHORT = Part(
    AudienceKind.COHORT.value,
    QT_TRANSLATE_NOOP("Parts", "Cohort"),
    QT_TRANSLATE_NOOP("Parts", "Cohorts"),
    _AUDIENCES,
    AudienceKind.COHORT,
    usable="AVAILABLE",
    wire=AudienceWire(
        "cohortTargetings",
        (WireField("cohortId", int, Provenance.SEED),),
        provenance=Provenance.SEED,
    ),
    lookup="cohorts",
    checklist=("광고반응타겟", "Engagement targets"),
)
PIXEL_EVENT = Part(
    AudienceKind.PIXEL_EVENT.value,
    QT_TRANSLATE_NOOP("Parts", "Pixel & SDK event"),
    QT_TRANSLATE_NOOP("Parts", "Pixel & SDK events"),
    _AUDIENCES,
    AudienceKind.PIXEL_EVENT,
    same_name_within="track_id",
    wire=AudienceWire(
        "trackerTargetings",
        (
            WireField("trackId", str),
            WireField("eventCode", str),
            WireField("trackRuleId", str),
        ),
        # Contradicted by the 2021 bodies (fragment_wire.TRACKER_TERMS_KEY): both are read.
        (WireField("term", int, Provenance.UNCONFIRMED),),
    ),
    checklist=("픽셀 & SDK", "Pixel & SDK"),
)
CUSTOMER_FILE = Part(
    AudienceKind.CUSTOMER_FILE.value,
    QT_TRANSLATE_NOOP("Parts", "Customer file"),
    QT_TRANSLATE_NOOP("Parts", "Customer files"),
    _AUDIENCES,
    AudienceKind.CUSTOMER_FILE,
    usable="COMPLETE",
    needs_ready=True,
    wire=AudienceWire("customerFileTargetings", (WireField("customerFileId", int),)),
    lookup="customer_files",
    checklist=("고객파일", "Customer files"),
)
TALK_CHANNEL = Part(
    AudienceKind.TALK_CHANNEL.value,
    QT_TRANSLATE_NOOP("Parts", "Talk Channel"),
    QT_TRANSLATE_NOOP("Parts", "Talk Channels"),
    _AUDIENCES,
    AudienceKind.TALK_CHANNEL,
    wire=AudienceWire("talkChannelTargetings", (WireField("profileId", str),)),
    lookup="talk_channels",
    checklist=("카카오톡 채널", "Kakao Talk Channel"),
)
SYNC_PROFILE = Part(
    AudienceKind.SYNC_PROFILE.value,
    QT_TRANSLATE_NOOP("Parts", "Kakao Login profile"),
    QT_TRANSLATE_NOOP("Parts", "Kakao Login profiles"),
    _AUDIENCES,
    AudienceKind.SYNC_PROFILE,
    wire=AudienceWire("syncAppTargetings", (WireField("profileId", str),)),
    lookup="sync_profiles",
    checklist=("카카오 로그인 사용자", "Kakao Login users"),
)
FRIEND_GROUP = Part(
    AudienceKind.FRIEND_GROUP.value,
    QT_TRANSLATE_NOOP("Parts", "Friend group"),
    QT_TRANSLATE_NOOP("Parts", "Friend groups"),
    _AUDIENCES,
    AudienceKind.FRIEND_GROUP,
    usable="COMPLETE",
    only_for=frozenset({(CampaignType.TALK_CHANNEL, Goal.REACH)}),
    same_name_within="profile_id",
    wire=AudienceWire(
        "talkChannelGroupFileTargetings",
        (WireField("talkChannelGroupFileId", int, Provenance.UNCONFIRMED),),
        provenance=Provenance.UNCONFIRMED,
    ),
    checklist=("친구그룹", "Friend groups"),
)
# Kakao data (issue 13): keyed by their wire names, like the placement categories.
INTERESTS = Part(
    "ufoInterests",
    QT_TRANSLATE_NOOP("Parts", "Interest"),
    QT_TRANSLATE_NOOP("Parts", "Interests"),
    "kakao_data",
    data_kind=DataKind.INTEREST,
)
BUSINESS_TYPES = Part(
    "ufoBusinessTypes",
    QT_TRANSLATE_NOOP("Parts", "Business type"),
    QT_TRANSLATE_NOOP("Parts", "Business types"),
    "kakao_data",
    data_kind=DataKind.BUSINESS_TYPE,
)
# Gender, age bands and devices: one part (one panel, one diff category).
DEMOGRAPHICS = Part(
    "demographics",
    QT_TRANSLATE_NOOP("Parts", "Demographic setting"),
    QT_TRANSLATE_NOOP("Parts", "Demographics"),
    "demographics",
)
PASSTHROUGH = Part(
    "passthrough",
    QT_TRANSLATE_NOOP("Parts", "Other fragment field"),
    QT_TRANSLATE_NOOP("Parts", "Other fragment fields"),
    "campaign",
)

# Every part, in the order a selection, a diff and a report list them.
PARTS: tuple[Part, ...] = (
    CAMPAIGN,
    REGIONS,
    AD_SERVING,
    SECTION,
    COHORT,
    PIXEL_EVENT,
    CUSTOMER_FILE,
    TALK_CHANNEL,
    SYNC_PROFILE,
    FRIEND_GROUP,
    INTERESTS,
    BUSINESS_TYPES,
    DEMOGRAPHICS,
    PASSTHROUGH,
)
BY_KEY: dict[str, Part] = {p.key: p for p in PARTS}
# The audience parts, in AudienceKind order.
AUDIENCES: dict[AudienceKind, Part] = {p.kind: p for p in PARTS if p.kind is not None}
# The Kakao data parts, in DataKind order.
DATA: dict[DataKind, Part] = {p.data_kind: p for p in PARTS if p.data_kind is not None}


def part(key: str) -> Part:
    """The part named `key` ("regions", "adServingCategories", "cohort", …)."""
    return BY_KEY[key]


def of_kind(kind: AudienceKind) -> Part:
    return AUDIENCES[kind]


def of_data_kind(kind: DataKind) -> Part:
    return DATA[kind]


def title(key: str) -> Message:
    """A part's title; a key that names no part is shown as it is."""
    p = BY_KEY.get(key)
    return p.title if p is not None else Message.verbatim(key)


def usable_statuses(parts: Iterable[Part] = PARTS) -> frozenset[str]:
    """Every status that makes some kind targetable ("AVAILABLE", "COMPLETE")."""
    return frozenset(p.usable for p in parts if p.usable is not None)


__all__ = [
    "AUDIENCES",
    "CONTEXT",
    "DATA",
    "PARTS",
    "AudienceKind",
    "AudienceWire",
    "Part",
    "Provenance",
    "WireField",
    "of_data_kind",
    "of_kind",
    "part",
    "title",
    "usable_statuses",
]
