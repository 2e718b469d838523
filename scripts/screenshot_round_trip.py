"""Screenshots of the Kakao round-trip dialogs (account picker, Open from Kakao, Apply) in the
demo, in English and Korean, for docs/screenshots/. Run under a real X server at 1280×720:

    xvfb-run -s "-screen 0 1280x720x24" python scripts/screenshot_round_trip.py en
    xvfb-run -s "-screen 0 1280x720x24" python scripts/screenshot_round_trip.py ko

Each PNG is the whole screen (window + dialog) as a planner would see it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main(language: str) -> None:
    os.environ["MOMENT_GUI_HOME"] = tempfile.mkdtemp(prefix="moment-gui-shots-")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import qasync
    from PySide6.QtGui import QGuiApplication

    from moment_gui.api.adgroup_models import AdAccount
    from moment_gui.api.models import CohortAvailable
    from moment_gui.app import _qapp, attach_controllers, create_demo_window
    from moment_gui.domain.selection import Inclusion, RegionPick
    from moment_gui.services.picks import cohort_pick
    from moment_gui.simulator import SimulatorState
    from moment_gui.store.settings import Settings
    from moment_gui.ui.audiences.list_tab import AudienceListTab
    from moment_gui.ui.kakao_round_trip import KakaoRoundTrip
    from moment_gui.ui.welcome import ConnectDialog, DialogMode

    app = _qapp()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = Settings.load()
    settings.language = language  # type: ignore[assignment]
    world = SimulatorState.demo()
    window = create_demo_window(settings, world)
    attach_controllers(window, demo=True)
    window.setGeometry(0, 0, 1280, 720)
    window.show()
    suffix = "" if language == "en" else "-ko"

    def shoot(name: str) -> None:
        app.processEvents()
        path = OUT / f"{name}{suffix}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        print("wrote", path)

    async def until(check: Callable[[], bool], timeout: float = 20.0) -> None:
        for _ in range(int(timeout / 0.05)):
            if check():
                return
            await asyncio.sleep(0.05)
        raise TimeoutError("the demo did not get there in time")

    async def run() -> None:
        await window.load_all()
        # 1. The account picker (the step after a token is checked), on the demo's accounts.
        connect = ConnectDialog(window)
        connect.set_mode(DialogMode.ACCOUNT)
        accounts = [AdAccount.from_json(a) for a in world.ad_accounts]
        connect.accounts.set_accounts(accounts, 1234)
        connect.resize(620, 560)
        connect.move(330, 80)
        connect.show()
        await asyncio.sleep(0.3)
        shoot("account-picker")
        connect.hide()
        # 2. Open from Kakao: account → campaign → ad group.
        kakao = window.kakao
        assert isinstance(kakao, KakaoRoundTrip)
        dialog = kakao.show_open()
        dialog.move(150, 70)
        await until(lambda: dialog.accounts.current_id == 1234 and bool(dialog.campaigns.rows))
        dialog.campaigns.select_id(700104)
        await until(lambda: bool(dialog.ad_groups.rows))
        dialog.ad_groups.select_id(800107)
        await asyncio.sleep(0.3)
        shoot("open-from-kakao")
        dialog.open_button.click()
        await until(lambda: kakao.origin is not None)
        await asyncio.sleep(0.5)
        shoot("opened-ad-group")
        # 3. Apply: change a region and a cohort, then the confirmation and the outcome.
        sel = window.ctx.state.selection
        tab = next(t for t in window.findChildren(AudienceListTab) if t.kind.value == "cohort")
        window.tabs.setCurrentWidget(window.audience_panel)
        await until(lambda: tab.model.rowCount() > 0)
        cohort = CohortAvailable.from_json(next(c for c in world.cohorts if c["id"] == 2))
        sel = sel.with_regions([*sel.regions, RegionPick("B", "경기도", "경기도")])
        sel = sel.with_audience(cohort_pick(cohort, Inclusion.INCLUDE))
        window.ctx.state.apply(sel, "screenshot picks")
        apply = kakao.show_apply()
        assert apply is not None
        apply.move(260, 90)
        await until(lambda: apply.apply_button.isEnabled())
        await asyncio.sleep(0.3)
        shoot("apply-to-ad-group")
        apply.apply_button.click()
        await until(lambda: apply.busy.isHidden() and bool(apply.outcome.text()))
        await asyncio.sleep(0.3)
        shoot("apply-done")
        apply.reject()
        # 4. The wire check of the second ad group (other spellings, unknown keys).
        kakao.open_dialog = None
        dialog = kakao.show_open()
        dialog.move(150, 70)
        await until(lambda: bool(dialog.campaigns.rows))
        dialog.campaigns.select_id(700104)
        await until(lambda: bool(dialog.ad_groups.rows))
        dialog.ad_groups.select_id(800108)
        dialog.open_button.click()
        await until(lambda: kakao.opened is not None and kakao.opened.ad_group.id == 800108)
        wire = kakao.show_wire_check()
        assert wire is not None
        wire.move(200, 80)
        await asyncio.sleep(0.3)
        shoot("wire-check")

    with loop:
        loop.run_until_complete(run())
    window.close_guards.clear()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
