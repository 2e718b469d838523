"""Cold start to first painted window: demo mode vs a bare PySide6 QMainWindow, same run;
and a warm start: how soon every panel shows the cached data, against that start's first paint.

Each start is a fresh subprocess (offscreen Qt), so imports are paid every time. The parent
clocks from spawning the process to the child's "painted" line (printed from the window's
first Paint event). The demo child starts exactly as `moment-gui --demo` does
(`app.create_demo_window()` + `app.launch()`: the shell with every panel's widgets paints,
then the data loads), waits until every panel has loaded and reports its resident memory.
Target from issue 4: demo start ≤ 1.5 × bare start.

Warm start (issue 14): a home whose lookup cache and settings hold yesterday's lists (filled
by one uncounted start), every request answered after `--latency` (300 ms). The child prints
"shown" once every panel — regions, both placement lists, all six audience tabs — has rows;
the ratio is that time over the same start's first paint (target ≤ 1.2x), and the child
says whether the network had answered by then (it must not have: the rows are the cache's).

Bytecode: an installed app runs from compiled `.pyc` files; a shell with
PYTHONDONTWRITEBYTECODE=1 would recompile all of moment_gui (~0.2 s) on every start. So the
children write their bytecode to a private PYTHONPYCACHEPREFIX and one uncounted warm-up
start per mode fills it; `--no-bytecode` measures with the caller's settings instead.

    python benchmarks/bench_startup.py [--runs 5] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LATENCY_S = 0.3  # added to every request of the warm start


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _panels_with_rows(window: object) -> int:
    """How many of the window's nine lists show rows (regions, 2 placement, 6 audience)."""
    w: object = window
    models = [
        w.region_panel.tree_model,  # type: ignore[attr-defined]
        w.placement_panel.ad_serving.checklist.model,  # type: ignore[attr-defined]
        w.placement_panel.section.checklist.model,  # type: ignore[attr-defined]
    ]
    tabs = w.audience_panel._tabs or {}  # type: ignore[attr-defined]  # not built: none shown
    models += [tab.model for tab in tabs.values()]
    shown: int = sum(m.rowCount() > 0 for m in models)
    return shown if tabs else shown - 6


def child(mode: str, latency: float = 0.0) -> None:
    """Runs inside the subprocess: show a window, say 'painted' on its first paint."""
    import asyncio

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    world = None
    if mode == "bare":
        window = QMainWindow()
        window.resize(1400, 900)
    else:
        import qasync

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        from moment_gui.app import create_demo_window, launch

        if latency:
            from moment_gui.simulator import SimulatorState
            from moment_gui.simulator.state import FaultConfig

            world = SimulatorState.demo()
            world.faults = FaultConfig(latency_s=latency)
        window = create_demo_window(world=world)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                print("painted", flush=True)
                window.removeEventFilter(self)
                if mode == "bare":
                    QTimer.singleShot(0, app.quit)  # quitting inside paint upsets the backing store
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    if mode == "bare":
        window.show()
        app.exec()
        print(f"rss {_rss_mib():.1f}", flush=True)
        return

    if mode == "warm":
        started = time.perf_counter()
        shown: asyncio.Future[None] = loop.create_future()

        def poll() -> None:
            if _panels_with_rows(window) < 9:
                QTimer.singleShot(2, poll)
                return
            # No client yet means no request was even sent: the rows are the cache's.
            sent = window.ctx.lookups.opened_client is not None  # type: ignore[attr-defined]
            took = time.perf_counter() - started
            when = "after requests were sent" if sent else "before any request"
            print(f"shown {when} ({took:.3f} s after the window was made)", flush=True)
            shown.set_result(None)

        QTimer.singleShot(0, poll)
        launch(window, demo=True)  # type: ignore[arg-type]
        with loop:
            loop.run_until_complete(shown)
            window.ctx.cancel_all()  # type: ignore[attr-defined]
            loop.run_until_complete(asyncio.sleep(0.05))
            # The cancelled load still attaches the controllers on its way out, which starts
            # the region list: cancel that too before the loop closes.
            window.ctx.cancel_all()  # type: ignore[attr-defined]
            loop.run_until_complete(asyncio.sleep(0.05))
        return

    async def load() -> None:
        await launch(window, demo=True)  # type: ignore[arg-type]
        print(f"rss {_rss_mib():.1f}", flush=True)
        window.ctx.cancel_all()  # type: ignore[attr-defined]  # the region list build
        await asyncio.sleep(0.05)  # let the cancelled tasks finish before the loop closes

    with loop:
        loop.run_until_complete(load())


def one_start(
    mode: str, pycache: str | None, template: Path | None = None, latency: float = 0.0
) -> tuple[float, float, float, str]:
    """One start: (first paint s, RSS MiB, every panel shown s, how it was shown)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        if template is not None:  # yesterday's cache and settings
            shutil.copytree(template, home)
        env["MOMENT_GUI_HOME"] = str(home)  # else a cold cache and default settings
        command = [sys.executable, __file__, "--child", mode, "--latency", str(latency)]
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert proc.stdout is not None
        painted = rss = shown = float("nan")
        how = ""
        for line in proc.stdout:
            if line.startswith("painted") and painted != painted:
                painted = time.perf_counter() - start
            elif line.startswith("rss"):
                rss = float(line.split()[1])
            elif line.startswith("shown"):
                shown = time.perf_counter() - start
                how = line.split(" (")[0].removeprefix("shown ").strip()
        if proc.wait(timeout=120) != 0:
            raise SystemExit(f"{mode} start failed with exit code {proc.returncode}")
    return painted, rss, shown, how


def prepare_warm_home(folder: Path, pycache: str | None) -> Path:
    """A home whose cache and settings hold every list: one demo start that loads them all."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    home = folder / "warm-home"
    env["MOMENT_GUI_HOME"] = str(home)
    subprocess.run(
        [sys.executable, __file__, "--child", "demo"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return home


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=("bare", "demo", "warm"))
    parser.add_argument("--latency", type=float, default=LATENCY_S, help="warm start, seconds")
    parser.add_argument("--no-bytecode", action="store_true", help="keep the caller's settings")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.latency if args.child == "warm" else 0.0)
        return
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as folder:
        pycache = None if args.no_bytecode else folder
        results: dict[str, list[tuple[float, float, float, str]]] = {
            "bare": [],
            "demo": [],
            "warm": [],
        }
        for mode in ("bare", "demo"):
            one_start(mode, pycache)  # warm-up: compiles the bytecode, not counted
        template = prepare_warm_home(Path(folder), pycache)
        for _ in range(args.runs):
            for mode in results:  # interleaved so machine noise hits all alike
                home = template if mode == "warm" else None
                results[mode].append(one_start(mode, pycache, home, args.latency))
    how = "as the caller runs Python" if args.no_bytecode else "with .pyc"
    report(results, args.runs, how, args.latency)


def report(
    results: dict[str, list[tuple[float, float, float, str]]],
    runs: int,
    how: str,
    latency: float,
) -> None:
    medians = {}
    for mode in ("bare", "demo"):
        starts = results[mode]
        wall = statistics.median(r[0] for r in starts)
        rss = statistics.median(r[1] for r in starts)
        medians[mode] = wall
        what = "after all panels loaded" if mode == "demo" else "bare window"
        print(f"{mode:5} first paint median {wall:.3f} s  RSS {rss:.0f} MiB ({what})")
    ratio = medians["demo"] / medians["bare"]
    verdict = "within" if ratio <= 1.5 else "over"
    print(f"ratio demo/bare {ratio:.2f}x ({verdict} the 1.5x target), median of {runs}, {how}")
    warm = results["warm"]
    ratios = [r[2] / r[0] for r in warm]
    hows = sorted({r[3] for r in warm})
    print(
        f"warm  first paint median {statistics.median(r[0] for r in warm):.3f} s, every panel "
        f"shown median {statistics.median(r[2] for r in warm):.3f} s "
        f"({latency * 1000:.0f} ms per request; shown {' / '.join(hows)})"
    )
    print(f"warm runs: {', '.join(f'{r:.2f}' for r in ratios)}")
    w_ratio = statistics.median(ratios)
    verdict = "within" if w_ratio <= 1.2 else "over"
    print(
        f"ratio warm shown/first paint {w_ratio:.2f}x ({verdict} the 1.2x target), median of {runs}"
    )


if __name__ == "__main__":
    main()
