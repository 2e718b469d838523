"""Friend groups tab: choose a Kakao Talk channel first, then that channel's friend groups.

Friend groups are listed per channel (`profileId` is required), so choosing another channel
loads its groups and cancels a load still running for the previous one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from moment_gui.api.errors import AuthenticationError, MomentApiError
from moment_gui.domain.selection import AudienceKind, AudiencePick
from moment_gui.message import QT_TRANSLATE_NOOP
from moment_gui.services.picks import friend_group_pick
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.audiences.model import AudienceRow
from moment_gui.ui.audiences.statuses import reason as status_reason
from moment_gui.ui.context import AppContext
from moment_gui.ui.i18n import tr_message
from moment_gui.ui.live_text import live_text

if TYPE_CHECKING:
    from moment_gui.api.models import ChannelProfile, TalkChannelGroupFile
    from moment_gui.services.lookups import LookupResult

CHANNEL_MEMORY = "channel"  # AppContext.recall/remember: the last channel per ad account
FILE_TYPES = {
    "APP_USER_ID": QT_TRANSLATE_NOOP("FriendGroupTab", "Service user IDs"),
    "PHONE_NUMBER": QT_TRANSLATE_NOOP("FriendGroupTab", "Phone numbers"),
    "MESSAGE_RETARGET": QT_TRANSLATE_NOOP("FriendGroupTab", "Message recipients"),
}


class FriendGroupTab(AudienceListTab):
    kind = AudienceKind.FRIEND_GROUP
    title = QT_TRANSLATE_NOOP("AudiencePanel", "Friend groups")
    full_title = title

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        headers = [self.tr("Friend group"), self.tr("Made from"), self.tr("Status")]
        super().__init__(ctx, "friendGroupList", headers, self.tr("Friends"), parent)
        self._profile_id: str | None = None  # the channel whose groups are shown
        self.channel = QComboBox(self)
        self.channel.setObjectName("friendGroupChannelCombo")
        self.channel.setAccessibleName("friendGroupChannelCombo")
        self.channel.currentIndexChanged.connect(self._channel_chosen)
        self.channel_label = QLabel(self)
        self.channel_label.setBuddy(self.channel)
        row = QHBoxLayout()
        row.addWidget(self.channel_label)
        row.addWidget(self.channel, 1)
        self.controls.addLayout(row)
        live_text(self, self._retranslate_controls)

    def _retranslate_controls(self) -> None:
        self.channel_label.setText(self.tr("Kakao Talk channe&l"))
        self.channel.setToolTip(self.tr("Friend groups belong to one Kakao Talk channel"))

    def headers(self) -> tuple[list[str], str | None]:
        return [self.tr("Friend group"), self.tr("Made from"), self.tr("Status")], self.tr(
            "Friends"
        )

    @property
    def profile_id(self) -> str | None:
        return self._profile_id

    def chosen_profile_id(self) -> str | None:
        data = self.channel.currentData()
        return None if data is None else str(data)

    @classmethod
    def _channel_to_show(cls, ctx: AppContext) -> str | None:
        return cls.remembered_parent(ctx, lambda p: p.profile_id, CHANNEL_MEMORY)

    @classmethod
    def ask_early(cls, ctx: AppContext) -> None:
        ctx.lookups.talk_channels.ask_early()
        if (profile_id := cls._channel_to_show(ctx)) is not None:
            ctx.lookups.friend_groups.ask_early(profile_id)

    async def load(self) -> None:
        """The channel list and the groups of the channel to show, in one round trip.

        The channel to show is the one chosen, else the one the picks use, else the one last
        chosen in this ad account (settings): its groups are asked for at once, beside the
        list. When the list no longer has it, the first listed channel is shown instead,
        without an error. Only a first-ever run waits for the list.
        """
        early = self.chosen_profile_id() or self._channel_to_show(self.ctx)
        groups: asyncio.Future[object] | None = None
        if early is not None:
            groups = self.ctx.spawn(self.load_groups(early), key="friend-groups")
        else:
            self.status.show_loading(self.tr("Loading Kakao Talk channels…"))
        try:
            async for answer in self.ctx.lookups.talk_channels.revalidate():
                self._fill_channels(list(answer.items), early)
                if groups is None and self.chosen_profile_id() is not None:
                    early = self.chosen_profile_id()
                    groups = self.ctx.spawn(self.load_groups(early), key="friend-groups")
        except AuthenticationError as exc:
            self.status.show_error(tr_message(exc.text))
            self.status.authFailed.emit()
            return
        except MomentApiError as exc:
            if groups is None:
                self.status.show_error(tr_message(exc.text))
                return
        if self.channel.count() and self.chosen_profile_id() != early:
            # The remembered channel is gone (or there was none): the first one, quietly.
            groups = self.ctx.spawn(self.load_groups(), key="friend-groups")
        if groups is not None:
            # asyncio.wait: a stale load cancelled by a newer choice must not cancel the caller.
            await asyncio.wait([groups])

    def _fill_channels(self, channels: list[ChannelProfile], early: str | None = None) -> None:
        keep = self.chosen_profile_id()
        picked = next((p.profile_id for p in self.picks() if p.profile_id), None)
        self.channel.blockSignals(True)
        self.channel.clear()
        for c in channels:
            self.channel.addItem(c.name, str(c.id))
        wanted = [w for w in (keep, picked, early) if w is not None]
        index = next((i for w in wanted if (i := self.channel.findData(w)) >= 0), -1)
        self.channel.setCurrentIndex(max(index, 0) if channels else -1)
        self.channel.blockSignals(False)
        if not channels:
            self.status.show_idle(self.tr("This ad account has no Kakao Talk channels."))

    def _channel_chosen(self) -> None:
        self.ctx.spawn(self.load_groups(), key="friend-groups")

    async def load_groups(self, profile_id: str | None = None) -> None:
        """The groups of `profile_id` (default: the channel chosen), cached ones first."""
        profile_id = profile_id or self.chosen_profile_id()
        if profile_id is None:
            return
        shown = False

        def show(answer: LookupResult[TalkChannelGroupFile]) -> None:
            nonlocal shown
            self._profile_id = profile_id
            self.show_answer(answer.items, self.row, refresh=shown)
            shown = True

        result = await self.status.follow(
            self.ctx.lookups.friend_groups.revalidate(profile_id),
            show,
            loading=self.tr("Loading friend groups…"),
            what=self.list_name(),
        )
        if result is not None:
            self.ctx.remember(CHANNEL_MEMORY, profile_id)

    def row(self, g: TalkChannelGroupFile) -> AudienceRow:
        status = g.talk_channel_group_file_status
        reason = status_reason(self.kind, status)
        made_from = FILE_TYPES.get(g.file_type or "", g.file_type or "")
        return AudienceRow(
            key=str(g.id),
            cells=(
                g.name,
                self.tr(str(made_from)) if made_from else "",
                reason or self.tr("Ready"),
            ),
            make_pick=partial(friend_group_pick, g),
            population=g.friend_count,
            reason=reason,
            tooltip=self.tr("Friend group ID %1").replace("%1", str(g.id)),
        )

    def focus_keys(self, keys: Iterable[str]) -> None:
        """Choose the channel the named picks belong to first, then select them."""
        wanted = tuple(keys)
        channels = {p.profile_id for p in self.picks() if p.key in wanted and p.profile_id}
        index = self.channel.findData(sorted(channels)[0]) if channels else -1
        if self._profile_id in channels or index < 0:
            super().focus_keys(wanted)
            return
        self.channel.blockSignals(True)
        self.channel.setCurrentIndex(index)
        self.channel.blockSignals(False)

        async def load_then_focus() -> None:
            await self.load_groups()
            super(FriendGroupTab, self).focus_keys(wanted)

        self.ctx.spawn(load_then_focus(), key="friend-groups")

    def in_scope(self, pick: AudiencePick) -> bool:
        return pick.profile_id == self._profile_id
