"""Words the rule sentences are built from: quoted names and campaigns.

The nouns for the parts of a selection ("Cohort", "Customer files") live in the vocabulary,
domain/kinds.py.
"""

from __future__ import annotations

from moment_gui.domain.campaign import CampaignContext


def quote(label: str) -> str:
    return f"“{label}”"


def campaign_words(ctx: CampaignContext) -> str:
    return f"{ctx.campaign_type.value} x {ctx.goal.value}"
