"""The audience tabs that are one lookup each: cohorts, customer files, Kakao Talk channels
and Kakao Login users."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from moment_gui.domain.selection import AudienceKind
from moment_gui.message import QT_TRANSLATE_NOOP
from moment_gui.services.picks import (
    cohort_pick,
    customer_file_pick,
    sync_profile_pick,
    talk_channel_pick,
)
from moment_gui.ui.audiences.list_tab import AudienceListTab
from moment_gui.ui.audiences.model import AudienceRow
from moment_gui.ui.audiences.statuses import reason as status_reason
from moment_gui.ui.context import AppContext

if TYPE_CHECKING:
    from moment_gui.api.models import ChannelProfile, CohortAvailable, CustomerFile, SyncProfile


class CohortTab(AudienceListTab):
    kind = AudienceKind.COHORT
    title = QT_TRANSLATE_NOOP("AudiencePanel", "Cohorts")
    full_title = QT_TRANSLATE_NOOP("AudiencePanel", "Engagement cohorts")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        headers = [self.tr("Engagement cohort"), self.tr("Audience type"), self.tr("Status")]
        super().__init__(ctx, "cohortList", headers, self.tr("Population"), parent)

    def headers(self) -> tuple[list[str], str | None]:
        return [self.tr("Engagement cohort"), self.tr("Audience type"), self.tr("Status")], self.tr(
            "Population"
        )

    async def load(self) -> None:
        await self.follow(
            self.ctx.lookups.cohorts.revalidate(),
            self.row,
            loading=self.tr("Loading engagement cohorts…"),
        )

    def row(self, c: CohortAvailable) -> AudienceRow:
        reason = status_reason(self.kind, c.status)
        days = self.tr("collected over %1 days").replace("%1", str(c.collect_duration or "?"))
        return AudienceRow(
            key=str(c.id),
            cells=(c.name, c.audience_type or "", reason or self.tr("Available")),
            make_pick=partial(cohort_pick, c),
            population=c.population_score,
            reason=reason,
            tooltip=self.tr("Cohort ID %1, ").replace("%1", str(c.id)) + days,
        )


class CustomerFileTab(AudienceListTab):
    kind = AudienceKind.CUSTOMER_FILE
    title = QT_TRANSLATE_NOOP("AudiencePanel", "Customer files")
    full_title = title

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        headers = [self.tr("Customer file"), self.tr("Status")]
        super().__init__(ctx, "customerFileList", headers, self.tr("Population"), parent)

    def headers(self) -> tuple[list[str], str | None]:
        return [self.tr("Customer file"), self.tr("Status")], self.tr("Population")

    async def load(self) -> None:
        await self.follow(
            self.ctx.lookups.customer_files.revalidate(),
            self.row,
            loading=self.tr("Loading customer files…"),
        )

    def row(self, f: CustomerFile) -> AudienceRow:
        reason = status_reason(self.kind, f.status, f.ready)
        ready = self.tr("ready") if f.ready else self.tr("not ready")
        status = reason or self.tr("%1, %2").replace("%1", f.status or "?").replace("%2", ready)
        return AudienceRow(
            key=str(f.id),
            cells=(f.name, status),
            make_pick=partial(customer_file_pick, f),
            population=f.population_score,
            reason=reason,
            tooltip=self.tr("Customer file ID %1").replace("%1", str(f.id)),
        )


class TalkChannelTab(AudienceListTab):
    kind = AudienceKind.TALK_CHANNEL
    title = QT_TRANSLATE_NOOP("AudiencePanel", "Talk channels")
    full_title = QT_TRANSLATE_NOOP("AudiencePanel", "Kakao Talk channels")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        headers = [self.tr("Kakao Talk channel"), self.tr("Search ID"), self.tr("Profile ID")]
        super().__init__(ctx, "talkChannelList", headers, None, parent)

    def headers(self) -> tuple[list[str], str | None]:
        return [self.tr("Kakao Talk channel"), self.tr("Search ID"), self.tr("Profile ID")], None

    async def load(self) -> None:
        await self.follow(
            self.ctx.lookups.talk_channels.revalidate(),
            self.row,
            loading=self.tr("Loading Kakao Talk channels…"),
        )

    def row(self, p: ChannelProfile) -> AudienceRow:
        return AudienceRow(
            key=str(p.id),
            cells=(p.name, p.search_id or "", str(p.id)),
            make_pick=partial(talk_channel_pick, p),
        )


class SyncProfileTab(AudienceListTab):
    kind = AudienceKind.SYNC_PROFILE
    title = QT_TRANSLATE_NOOP("AudiencePanel", "Kakao Login")
    full_title = QT_TRANSLATE_NOOP("AudiencePanel", "Kakao Login users")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        headers = [self.tr("Kakao Login service"), self.tr("Search ID"), self.tr("Profile ID")]
        super().__init__(ctx, "syncProfileList", headers, None, parent)

    def headers(self) -> tuple[list[str], str | None]:
        return [self.tr("Kakao Login service"), self.tr("Search ID"), self.tr("Profile ID")], None

    async def load(self) -> None:
        await self.follow(
            self.ctx.lookups.sync_profiles.revalidate(),
            self.row,
            loading=self.tr("Loading Kakao Login users…"),
        )

    def row(self, p: SyncProfile) -> AudienceRow:
        return AudienceRow(
            key=str(p.id),
            cells=(p.name, p.search_id or "", str(p.id)),
            make_pick=partial(sync_profile_pick, p),
        )
