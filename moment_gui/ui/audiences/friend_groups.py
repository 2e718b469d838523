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

from moment_gui.domain.selection import AudienceKind, AudiencePick
from moment_gui.message import QT_TRANSLATE_NOOP
from moment_gui.services.picks import friend_group_pick
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.audiences.model import AudienceRow
from moment_gui.ui.audiences.statuses import reason as status_reason
from moment_gui.ui.context import AppContext
from moment_gui.ui.live_text import live_text

if TYPE_CHECKING:
    from moment_gui.api.models import ChannelProfile, TalkChannelGroupFile

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

    async def load(self) -> None:
        result = await self.status.guard(
            lambda: self.ctx.lookups.talk_channels(),
            loading=self.tr("Loading Kakao Talk channels…"),
        )
        if result is None:
            return
        self._fill_channels(list(result.items))
        task = self.ctx.spawn(self.load_groups(), key="friend-groups")
        # asyncio.wait: a stale load cancelled by a newer choice must not cancel the caller.
        await asyncio.wait([task])

    def _fill_channels(self, channels: list[ChannelProfile]) -> None:
        keep = self.chosen_profile_id()
        picked = next((p.profile_id for p in self.picks() if p.profile_id), None)
        self.channel.blockSignals(True)
        self.channel.clear()
        for c in channels:
            self.channel.addItem(c.name, str(c.id))
        wanted = keep or picked
        index = self.channel.findData(wanted) if wanted is not None else -1
        self.channel.setCurrentIndex(max(index, 0) if channels else -1)
        self.channel.blockSignals(False)
        if not channels:
            self.status.show_idle(self.tr("This ad account has no Kakao Talk channels."))

    def _channel_chosen(self) -> None:
        self.ctx.spawn(self.load_groups(), key="friend-groups")

    async def load_groups(self) -> None:
        profile_id = self.chosen_profile_id()
        if profile_id is None:
            return
        result = await self.status.guard(
            lambda: self.ctx.lookups.friend_groups(profile_id),
            loading=self.tr("Loading friend groups…"),
        )
        if result is None:
            return
        self._profile_id = profile_id
        self.show_items(result.items, self.row)

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
