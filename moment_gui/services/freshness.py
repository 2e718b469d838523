"""How fresh a list is, in the status strip's words: 'live', 'cached 3 h ago', 'demo data'.

The one place these words are made: `Source.describe` (CLI, re-check, logs) renders them in
English, the panels' status strip (ui/widgets/panel_status.py) translates the same `Message`.
"""

from __future__ import annotations

from datetime import datetime

from moment_gui.message import QT_TRANSLATE_NOOP, Message

_C = "PanelStatus"  # the translation context (lupdate needs it spelled out below)


def _say(template: str, /, **args: object) -> Message:
    return Message.of(_C, template, **args)


def freshness(source: str, now: datetime, fetched_at: datetime | None = None) -> Message:
    """`source` is a `Source` value: "live", "demo" or "cache" (fetched at `fetched_at`)."""
    if source == "live":
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "live"))
    if source == "demo":
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "demo data"))
    if fetched_at is None:
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "cached"))
    if now.tzinfo is None and fetched_at.tzinfo is not None:
        now = now.astimezone()
    elif now.tzinfo is not None and fetched_at.tzinfo is None:
        now = now.astimezone().replace(tzinfo=None)
    seconds = max(0, int((now - fetched_at).total_seconds()))
    if seconds < 60:
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "cached just now"))
    if seconds < 3600:
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "cached {count} min ago"), count=seconds // 60)
    if seconds < 86400:
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "cached {count} h ago"), count=seconds // 3600)
    days = seconds // 86400
    if days == 1:
        return _say(QT_TRANSLATE_NOOP("PanelStatus", "cached 1 day ago"))
    return _say(QT_TRANSLATE_NOOP("PanelStatus", "cached {count} days ago"), count=days)


__all__ = ["freshness"]
