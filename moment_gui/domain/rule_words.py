"""Words the rule sentences are built from: quoted names and campaigns.

The nouns for the parts of a selection ("Cohort", "Regions") live in the vocabulary,
domain/kinds.py.
"""

from __future__ import annotations

from moment_gui.domain.campaign import CampaignContext
from moment_gui.domain.campaign_words import campaign_label
from moment_gui.message import Message


def quote(label: str) -> str:
    return f"“{label}”"


def campaign_words(ctx: CampaignContext) -> Message:
    """The campaign as the campaign bar names it ("Kakao Bizboard · Conversion"), never enums."""
    return campaign_label(ctx.campaign_type, ctx.goal)
