"""A campaign as a planner reads it ("Kakao Bizboard · Conversion"), never as enums.

The words are the campaign bar's own (same translation context and text), so the bar, rule
sentences and the report name a campaign the same way in every language.
"""

from __future__ import annotations

from moment_gui.domain.campaign import (
    CREATABLE_COMBINATIONS,
    CampaignContext,
    CampaignType,
    Goal,
    Placement,
)
from moment_gui.message import QT_TRANSLATE_NOOP, Message

_C = "CampaignBar"
TYPE_WORDS: dict[CampaignType, str] = {
    CampaignType.TALK_BIZ_BOARD: QT_TRANSLATE_NOOP("CampaignBar", "Kakao Bizboard"),
    CampaignType.DISPLAY: QT_TRANSLATE_NOOP("CampaignBar", "Display"),
    CampaignType.VIDEO: QT_TRANSLATE_NOOP("CampaignBar", "Video"),
    CampaignType.TALK_CHANNEL: QT_TRANSLATE_NOOP("CampaignBar", "Kakao Talk Channel"),
    CampaignType.PERSONAL_MESSAGE: QT_TRANSLATE_NOOP("CampaignBar", "Personalized message"),
}
GOAL_WORDS: dict[Goal, str] = {
    Goal.CONVERSION: QT_TRANSLATE_NOOP("CampaignBar", "Conversion"),
    Goal.VISITING: QT_TRANSLATE_NOOP("CampaignBar", "Visit"),
    Goal.VIEW: QT_TRANSLATE_NOOP("CampaignBar", "View"),
    Goal.REACH: QT_TRANSLATE_NOOP("CampaignBar", "Reach"),
}
PLACEMENT_WORDS: dict[Placement, str] = {
    Placement.KAKAO_TALK: QT_TRANSLATE_NOOP("CampaignBar", "Kakao Talk"),
    Placement.DAUM: QT_TRANSLATE_NOOP("CampaignBar", "Daum"),
    Placement.KAKAO_STORY: QT_TRANSLATE_NOOP("CampaignBar", "Kakao Story"),
    Placement.KAKAO_SERVICE: QT_TRANSLATE_NOOP("CampaignBar", "Kakao services"),
    Placement.NETWORK: QT_TRANSLATE_NOOP("CampaignBar", "Network"),
}


def campaign_label(campaign_type: CampaignType, goal: Goal) -> Message:
    """ "Display · Conversion": what the campaign bar shows for this type and goal."""
    return Message.joined(
        " · ", [Message.of(_C, TYPE_WORDS[campaign_type]), Message.of(_C, GOAL_WORDS[goal])]
    )


def placement_label(placement: Placement) -> Message:
    return Message.of(_C, PLACEMENT_WORDS[placement])


def campaign_with_placements(ctx: CampaignContext) -> Message:
    """ "Display · Visit (Daum, Network)"; the placements only when some are ticked."""
    label = campaign_label(ctx.campaign_type, ctx.goal)
    if not ctx.placements:
        return label
    placed = Message.joined(", ", [placement_label(p) for p in Placement if p in ctx.placements])
    return Message.joined("", [label, " (", placed, ")"])


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def parse_campaign(spec: str) -> CampaignContext:
    """`TYPE:GOAL` as the API spells it (DISPLAY:VISITING) or as the app shows it
    (Display:Visit, "Kakao Bizboard:Conversion"), any case; ValueError listing what is valid."""
    type_text, sep, goal_text = spec.strip().partition(":")
    types = {_squash(t.value): t for t in CampaignType}
    types |= {_squash(word): t for t, word in TYPE_WORDS.items()}
    goals = {_squash(g.value): g for g in Goal} | {_squash(w): g for g, w in GOAL_WORDS.items()}
    campaign_type, goal = types.get(_squash(type_text)), goals.get(_squash(goal_text))
    if sep and campaign_type is not None and goal is not None:
        ctx = CampaignContext(campaign_type, goal)
        if ctx.is_creatable:
            return ctx
        label = f"{TYPE_WORDS[campaign_type]} · {GOAL_WORDS[goal]}"
        problem = f"{label} is not a campaign type x goal the API can create"
    elif not sep:
        problem = f"Campaign must be TYPE:GOAL, e.g. DISPLAY:CONVERSION (got {spec!r})"
    else:
        problem = f"Unknown campaign type or goal: {spec!r}"
    raise ValueError(f"{problem}. Valid values: {valid_campaigns()}")


def valid_campaigns() -> str:
    """ "TALK_BIZ_BOARD:CONVERSION (Kakao Bizboard · Conversion), …" for error messages."""
    combos = CREATABLE_COMBINATIONS
    return ", ".join(f"{t.value}:{g.value} ({TYPE_WORDS[t]} · {GOAL_WORDS[g]})" for t, g in combos)
