"""Say once, in a bar above the panels, that the lookup cache is locked or cannot be used.

The cache (store/cache.py) goes on without itself in both cases; the planner should still know
why lists are not shown offline or load every time. The first problem the cache reports is
shown; it is closed with its ×, and the cache reports each kind of problem only once.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtWidgets import QMainWindow

from moment_gui.message import Message
from moment_gui.store.cache import LookupCache
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.widgets.message_bar import BarKind, MessageBar, add_to_window


def install_cache_notice(window: QMainWindow, cache: object) -> MessageBar | None:
    """Show `cache`'s problems in `window`; does nothing for another kind of cache or none."""
    if not isinstance(cache, LookupCache):
        return None
    bar = MessageBar(object_name="cacheBar")
    add_to_window(window, bar)

    # A weak reference: the cache outlives no window through this callback, and no reference
    # cycle (window -> lookups -> cache -> bar) is left for the garbage collector, which may
    # run in a worker thread and must never destroy widgets there.
    bar_ref = weakref.ref(bar)

    def show(message: Message) -> None:
        target = bar_ref()
        if target is not None and shiboken6.isValid(target):
            target.show_message(tr_message(message), BarKind.WARNING)

    cache.on_warning = show
    if cache.is_disabled:  # found out before the window existed (no cache folder)
        bar.show_message(tr_message(cache.disabled_message()), BarKind.WARNING)
    return bar
