"""How many server searches typing "논현1동" into the real Regions panel sends, and how long
each keystroke's local search takes.

Types one IME step every 50 ms (ㄴ 노 논 논ㅎ 논혀 논현 논현1 논현1ㄷ 논현1도 논현1동) into
`regionSearch`, offscreen, against the in-process simulator (which records every request).
Target: at most 2 server requests (one depth2 + depth3 pair) for the whole word.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_search_requests.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from moment_gui.api import MomentClient
from moment_gui.domain.regions import RegionCatalogue, region_pick_from_json
from moment_gui.services.lookups import LookupService, Source
from moment_gui.simulator import (
    DEMO_AD_ACCOUNT_ID,
    DEMO_TOKEN,
    SimulatorState,
    create_app,
)
from moment_gui.ui.context import AppContext
from moment_gui.ui.regions import RegionPanel
from moment_gui.ui.state import SelectionState

KEYS = [
    ("ㄴ", ""), ("노", ""), ("논", ""), ("ㅎ", "논"), ("혀", ""), ("현", ""),
    ("", "현"), ("", "1"), ("ㄷ", ""), ("도", ""), ("동", ""), ("", "동"),
]  # fmt: skip
STEP_S = 0.05


def build_panel(state: SimulatorState) -> RegionPanel:
    client = MomentClient(
        DEMO_TOKEN,
        DEMO_AD_ACCOUNT_ID,
        base_url="http://127.0.0.1",
        transport=httpx.ASGITransport(app=create_app(state)),
    )
    wire = (*state.depth1, *state.depth2, *state.depth3)
    catalogue = RegionCatalogue.from_picks(region_pick_from_json(o) for o in wire)
    ctx = AppContext(SelectionState(), LookupService(client, source=Source.DEMO), catalogue)
    return RegionPanel(ctx)


async def type_word(panel: RegionPanel, state: SimulatorState) -> None:
    await panel.load()
    state.requests.clear()
    panel.search.local_ms.clear()
    for preedit, commit in KEYS:
        event = QInputMethodEvent(preedit, [])
        if commit:
            event.setCommitString(commit)
        QApplication.sendEvent(panel.search_box, event)
        await asyncio.sleep(STEP_S)
    started = time.perf_counter()
    while panel.search.pending and time.perf_counter() - started < 5:
        await asyncio.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    state = SimulatorState.demo()
    panel = build_panel(state)
    panel.show()
    with loop:
        loop.run_until_complete(type_word(panel, state))
    sent = [r for r in state.requests if r.path.endswith(("/depth2", "/depth3"))]
    local = panel.search.local_ms
    print(f"keystrokes (IME steps): {len(KEYS)} at {STEP_S * 1000:.0f} ms")
    print(f"server search requests sent: {len(sent)} (target <= 2)")
    for record in sent:
        print(f"  {record.path.rsplit('/', 1)[-1]} {dict(httpx.QueryParams(record.query))}")
    print(
        f"local search per keystroke: median {statistics.median(local):.2f} ms, "
        f"max {max(local):.2f} ms over {len(local)} searches"
    )
    print(f"results shown: {panel.results_model.hit_count()}")


if __name__ == "__main__":
    main()
