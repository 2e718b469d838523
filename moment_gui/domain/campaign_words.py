"""A campaign as a planner reads it ("Kakao Bizboard · Conversion"), never as enums.

The words are the campaign bar's own (same translation context and text), so the bar, rule
sentences and the report name a campaign the same way in every language.
"""

from __future__ import annotations

from moment_gui.domain.campaign import CampaignContext, CampaignType, Goal, Placement
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
