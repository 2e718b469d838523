"""Pixel & SDK tab: choose a tracker (or type a track ID), a term of 1–180 days, then events.

Events are refetched when the term *settles* (a drag produces dozens of values; only the last
one is asked for), and a newer request cancels a stale one. Changing the term also moves the
already-picked events of that tracker to the new term, as one undoable step; the other way
round, when undo/redo or an opened file gives those picks one term, the control follows it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSlider, QSpinBox, QWidget

from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.domain.selection import AudienceKind, AudiencePick, Inclusion
from moment_gui.message import QT_TRANSLATE_NOOP
from moment_gui.services.picks import pixel_pick
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.audiences.model import AudienceRow
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.live_text import live_text

if TYPE_CHECKING:
    from moment_gui.api.models import PixelAndSdkEvent, Tracker
    from moment_gui.services.lookups import LookupResult

MIN_TERM, MAX_TERM, DEFAULT_TERM = 1, 180, 30  # days, as the seed allows
TRACKER_MEMORY = "tracker"  # AppContext.recall/remember: the last tracker per ad account
TERM_SETTLE_MS = 300


class PixelEventTab(AudienceListTab):
    kind = AudienceKind.PIXEL_EVENT
    title = QT_TRANSLATE_NOOP("AudiencePanel", "Pixel && SDK")
    full_title = QT_TRANSLATE_NOOP("AudiencePanel", "Pixel & SDK events")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        headers = [self.tr("Event"), self.tr("Event code"), self.tr("Last event")]
        super().__init__(ctx, "pixelEventList", headers, self.tr("Population"), parent)
        self._track_id: str | None = None  # the tracker whose events are shown
        self._term = DEFAULT_TERM  # the term the shown populations were counted over
        self._term_from_picks = False  # the pending term change follows the picks: move none
        self._following_picks = False  # set only while the control is moved to the picks' term
        # (track ID, term, undo index) of the last term move: its populations arrive later.
        self._moved: tuple[str | None, int, int] | None = None

        self.tracker = QComboBox(self)
        self.tracker.setObjectName("trackIdInput")
        self.tracker.setAccessibleName("trackIdInput")
        self.tracker.setEditable(True)
        self.tracker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.tracker.lineEdit()
        assert line is not None  # editable combos always have one
        self.tracker.activated.connect(self._tracker_chosen)
        line.editingFinished.connect(self._tracker_chosen)

        # A plain slider + spin box pair (not superqt's labelled slider: importing superqt
        # costs ~0.3 s of start-up); the box shows the value and takes typed days.
        self.term = QSlider(Qt.Orientation.Horizontal, self)
        self.term.setObjectName("termSlider")
        self.term.setAccessibleName("termSlider")
        self.term.setRange(MIN_TERM, MAX_TERM)
        self.term.setValue(DEFAULT_TERM)
        self.term_box = QSpinBox(self)
        self.term_box.setObjectName("termDays")
        self.term_box.setAccessibleName("termDays")
        self.term_box.setRange(MIN_TERM, MAX_TERM)
        self.term_box.setValue(DEFAULT_TERM)
        self.term.valueChanged.connect(self.term_box.setValue)
        self.term_box.valueChanged.connect(self.term.setValue)
        self._term_settle = QTimer(self)
        self._term_settle.setSingleShot(True)
        self._term_settle.setInterval(TERM_SETTLE_MS)
        self._term_settle.timeout.connect(self._on_term_settled)
        self.term.valueChanged.connect(self._on_term_changed)

        self.caption = QLabel(self)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        # Tracker and term on rows of their own: the tracker's name and whole ID stay readable.
        self.tracker_label = QLabel(self)
        self.tracker_label.setBuddy(self.tracker)
        self.term_label = QLabel(self)
        self.term_label.setBuddy(self.term_box)
        self.days_label = QLabel(self)
        grid = QGridLayout()
        grid.addWidget(self.tracker_label, 0, 0)
        grid.addWidget(self.tracker, 0, 1, 1, 3)
        grid.addWidget(self.term_label, 1, 0)
        grid.addWidget(self.term, 1, 1)
        grid.addWidget(self.term_box, 1, 2)
        grid.addWidget(self.days_label, 1, 3)
        grid.setColumnStretch(1, 1)
        self.controls.addLayout(grid)
        self.controls.addWidget(self.caption)
        live_text(self, self._retranslate_controls)

    def headers(self) -> tuple[list[str], str | None]:
        return [self.tr("Event"), self.tr("Event code"), self.tr("Last event")], self.tr(
            "Population"
        )

    def _retranslate_controls(self) -> None:
        line = self.tracker.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose a tracker or type a track ID"))
        self.tracker.setToolTip(self.tr("Pick a Pixel & SDK tracker, or type its track ID"))
        tip = self.tr("Count people who triggered the event in the last N days")
        self.term.setToolTip(tip)
        self.term_box.setToolTip(tip)
        self.tracker_label.setText(self.tr("T&racker"))
        self.term_label.setText(self.tr("Ter&m"))
        self.days_label.setText(self.tr("days"))
        if self._track_id is not None:
            self._show_caption(self._term)

    def _show_caption(self, term: int) -> None:
        self.caption.setText(
            self.tr("Population: people who triggered the event in the last %1 days").replace(
                "%1", str(term)
            )
        )

    @property
    def track_id(self) -> str | None:
        return self._track_id

    def typed_track_id(self) -> str | None:
        """The tracker chosen in the list, or the track ID typed into it."""
        text = self.tracker.currentText().strip()
        if not text:
            return None
        index = self.tracker.findText(text, Qt.MatchFlag.MatchExactly)
        return str(self.tracker.itemData(index)) if index >= 0 else text

    # -- loading ------------------------------------------------------------------
    @classmethod
    def _track_to_show(cls, ctx: AppContext) -> str | None:
        return cls.remembered_parent(ctx, lambda p: p.track_id, TRACKER_MEMORY)

    @classmethod
    def ask_early(cls, ctx: AppContext) -> None:
        ctx.lookups.trackers.ask_early()
        if (track_id := cls._track_to_show(ctx)) is not None:
            ctx.lookups.pixel_events.ask_early(track_id, DEFAULT_TERM)

    async def load(self) -> None:
        """The tracker list and the events of the tracker to show, in one round trip.

        The tracker to show is the one typed, else the one the picks use, else the one last
        chosen in this ad account (settings): its events are asked for at once, beside the
        list. When the list no longer has the remembered tracker, the first listed one is
        shown instead, without an error. Only a first-ever run waits for the list.
        """
        typed = self.typed_track_id()
        picked = next((p.track_id for p in self.picks() if p.track_id), None)
        early = typed or self._track_to_show(self.ctx)
        events: asyncio.Future[object] | None = None
        if early is not None:
            self._show_track_id(early)
            events = self.ctx.spawn(self.load_events(), key="pixel-events")
        else:
            self.status.show_loading(self.tr("Loading trackers…"))
        listed: list[Tracker] | None = None
        try:
            async for answer in self.ctx.lookups.trackers.revalidate():
                listed = list(answer.items)
                self._fill_trackers(listed)
                if events is None and self.typed_track_id() is not None:
                    early = self.typed_track_id()
                    events = self.ctx.spawn(self.load_events(), key="pixel-events")
        except AuthenticationError as exc:
            self.status.show_error(tr_message(exc.text))
            self.status.authFailed.emit()
            return
        except MomentApiError as exc:
            if events is None and self.typed_track_id() is None:
                self.status.show_error(tr_message(exc.text))
                return  # keep the error and Retry in view; a typed track ID still works
        if listed and not typed and not picked:
            ids = {str(t.id) for t in listed}
            if self.typed_track_id() not in ids:  # the remembered (or first) one is gone
                self._show_track_id(str(listed[0].id))
        if events is None or self.typed_track_id() != early:
            await self._events_now()
        else:
            await asyncio.wait([events])

    def _fill_trackers(self, trackers: list[Tracker]) -> None:
        keep = self.typed_track_id()
        picked = next((p.track_id for p in self.picks() if p.track_id), None)
        self.tracker.blockSignals(True)
        self.tracker.clear()
        for t in trackers:
            label = self.tr("%1  ·  %2").replace("%1", t.name).replace("%2", str(t.id))
            self.tracker.addItem(label, str(t.id))
        self.tracker.blockSignals(False)
        wanted = keep or picked or (str(trackers[0].id) if trackers else None)
        if wanted is not None:
            self._show_track_id(wanted)

    def _show_track_id(self, track_id: str) -> None:
        index = self.tracker.findData(track_id)
        if index >= 0:
            self.tracker.setCurrentIndex(index)
        else:
            self.tracker.setEditText(track_id)
        line = self.tracker.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # show the name and the ID from their start

    async def _events_now(self) -> None:
        """Load events via the keyed task (so a newer request cancels this one) and wait."""
        task = self.ctx.spawn(self.load_events(), key="pixel-events")
        # asyncio.wait: a cancelled stale load must not cancel the caller (the panel's gather).
        await asyncio.wait([task])

    async def load_events(self) -> None:
        track_id = self.typed_track_id()
        term = self.term.value()
        if track_id is None:
            self.status.show_idle(self.tr("Choose a tracker or type a track ID."))
            return
        shown = False

        def show(answer: LookupResult[PixelAndSdkEvent]) -> None:
            nonlocal shown
            self._track_id, self._term = track_id, term
            self._refresh_moved_populations(track_id, term, answer.items)
            self._show_caption(term)
            self.show_answer(answer.items, partial(self.row, track_id, term), refresh=shown)
            shown = True

        result = await self.status.follow(
            self.ctx.lookups.pixel_events.revalidate(track_id, term),
            show,
            loading=self.tr("Loading events…"),
            what=self.list_name(),
        )
        if result is not None:
            self.ctx.remember(TRACKER_MEMORY, track_id)

    def row(self, track_id: str, term: int, event: PixelAndSdkEvent) -> AudienceRow:
        make = partial(pixel_pick, track_id, event, term)
        pick = make(Inclusion.INCLUDE)
        last = event.last_event_date.strftime("%Y-%m-%d %H:%M") if event.last_event_date else ""
        return AudienceRow(
            key=pick.key,
            cells=(pick.label, event.event_code, last),
            make_pick=make,
            population=event.population,
            tooltip=self.tr("Track rule %1").replace("%1", pick.track_rule_id or "*"),
        )

    def in_scope(self, pick: AudiencePick) -> bool:
        return pick.track_id == self._track_id

    def sync_picks(self) -> None:
        super().sync_picks()
        self._follow_picked_term()

    def _follow_picked_term(self) -> None:
        """Show the term the shown tracker's picks share (after undo, redo, opening a file).

        Not while the planner drags or their change is settling, and not when the picks
        disagree (following one of them would then move the others).
        The change still goes through the settle timer, so populations are refetched once.
        """
        if self.term.isSliderDown():
            return
        if self._term_settle.isActive() and not self._term_from_picks:
            return  # the planner's own change has not settled (and moved the picks) yet
        terms = {p.term for p in self.picks() if self.in_scope(p) and p.term is not None}
        if len(terms) != 1:
            return
        (term,) = terms
        if term != self.term.value() and MIN_TERM <= term <= MAX_TERM:
            self._following_picks = True
            try:
                self.term.setValue(term)
            finally:
                self._following_picks = False

    def focus_keys(self, keys: Iterable[str]) -> None:
        """Show the tracker the named picks belong to first, then select them."""
        wanted = tuple(keys)
        tracks = {p.track_id for p in self.picks() if p.key in wanted and p.track_id}
        if not tracks or self._track_id in tracks:
            super().focus_keys(wanted)
            return
        self._show_track_id(sorted(tracks)[0])

        async def load_then_focus() -> None:
            await self.load_events()
            super(PixelEventTab, self).focus_keys(wanted)

        self.ctx.spawn(load_then_focus(), key="pixel-events")

    # -- tracker and term changes -------------------------------------------------
    def _tracker_chosen(self) -> None:
        if self.typed_track_id() != self._track_id:
            self.ctx.spawn(self.load_events(), key="pixel-events")

    def _on_term_changed(self, _value: int) -> None:
        self._term_from_picks = self._following_picks  # the latest change decides
        self._term_settle.start()

    def _on_term_settled(self) -> None:
        term = self.term.value()
        from_picks, self._term_from_picks = self._term_from_picks, False
        if not from_picks:  # the picks already carry this term: moving them would loop
            self._move_picked_terms(term)
        if term != self._term or self.typed_track_id() != self._track_id:
            self.ctx.spawn(self.load_events(), key="pixel-events")

    def _move_picked_terms(self, term: int) -> None:
        """Picked events of the shown tracker follow the new term: one undoable step."""
        sel = self.ctx.state.selection
        stale = [p for p in self.picks() if p.track_id == self._track_id and p.term != term]
        if not stale:
            return
        for pick in stale:
            # The old term's population is wrong for the new one: unknown until it loads.
            sel = sel.with_audience(replace(pick, term=term, population=None))
        text = self.tr("Set Pixel & SDK term to %1 days").replace("%1", str(term))
        self.ctx.state.apply(sel, text)
        self._moved = (self._track_id, term, self.ctx.state.undo_stack.index())

    def _refresh_moved_populations(
        self, track_id: str, term: int, events: Iterable[PixelAndSdkEvent]
    ) -> None:
        """Give the picks just moved to `term` that term's populations, inside the same step."""
        if self._moved is None or self._moved[:2] != (track_id, term):
            return
        moved_at, self._moved = self._moved[2], None
        if moved_at != self.ctx.state.undo_stack.index():
            return  # undone or followed by another step: those picks are not this move's
        population = {self.row(track_id, term, e).key: e.population for e in events}
        sel = self.ctx.state.selection
        for pick in self.picks():
            if pick.track_id == track_id and pick.term == term and pick.key in population:
                sel = sel.with_audience(replace(pick, population=population[pick.key]))
        self.ctx.state.amend_last_step(sel)
