"""Cold start to first painted window: demo mode vs a bare PySide6 QMainWindow, same run.

Each start is a fresh subprocess (offscreen Qt), so imports are paid every time. The parent
clocks from spawning the process to the child's "painted" line (printed from the window's
first Paint event). The demo child starts exactly as `moment-gui --demo` does
(`app.create_demo_window()` + `app.launch()`: the shell with every panel's widgets paints,
then the data loads), waits until every panel has loaded and reports its resident memory.
Target from issue 4: demo start ≤ 1.5 × bare start.

Bytecode: an installed app runs from compiled `.pyc` files; a shell with
PYTHONDONTWRITEBYTECODE=1 would recompile all of moment_gui (~0.2 s) on every start. So the
children write their bytecode to a private PYTHONPYCACHEPREFIX and one uncounted warm-up
start per mode fills it; `--no-bytecode` measures with the caller's settings instead.

    python benchmarks/bench_startup.py [--runs 5] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(mode: str) -> None:
    """Runs inside the subprocess: show a window, say 'painted' on its first paint."""
    import asyncio

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        window.resize(1400, 900)
    else:
        import qasync

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        from moment_gui.app import create_demo_window, launch

        window = create_demo_window()

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

    async def load() -> None:
        await launch(window, demo=True)  # type: ignore[arg-type]
        print(f"rss {_rss_mib():.1f}", flush=True)
        window.ctx.cancel_all()  # type: ignore[attr-defined]  # the region list build
        await asyncio.sleep(0.05)  # let the cancelled tasks finish before the loop closes

    with loop:
        loop.run_until_complete(load())


def one_start(mode: str, pycache: str | None) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    with tempfile.TemporaryDirectory() as home:
        env["MOMENT_GUI_HOME"] = home  # a cold cache and default settings every time
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", mode],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        painted = rss = float("nan")
        for line in proc.stdout:
            if line.startswith("painted") and painted != painted:
                painted = time.perf_counter() - start
            elif line.startswith("rss"):
                rss = float(line.split()[1])
        if proc.wait(timeout=120) != 0:
            raise SystemExit(f"{mode} start failed with exit code {proc.returncode}")
    return painted, rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=("bare", "demo"))
    parser.add_argument("--no-bytecode", action="store_true", help="keep the caller's settings")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as folder:
        pycache = None if args.no_bytecode else folder
        results: dict[str, list[tuple[float, float]]] = {"bare": [], "demo": []}
        for mode in results:
            one_start(mode, pycache)  # warm-up: compiles the bytecode, not counted
        for _ in range(args.runs):
            for mode in results:  # interleaved so machine noise hits both alike
                results[mode].append(one_start(mode, pycache))
    report(results, args.runs, "as the caller runs Python" if args.no_bytecode else "with .pyc")


def report(results: dict[str, list[tuple[float, float]]], runs: int, how: str) -> None:
    medians = {}
    for mode, starts in results.items():
        wall = statistics.median(r[0] for r in starts)
        rss = statistics.median(r[1] for r in starts)
        medians[mode] = wall
        what = "after all panels loaded" if mode == "demo" else "bare window"
        print(f"{mode:5} first paint median {wall:.3f} s  RSS {rss:.0f} MiB ({what})")
    ratio = medians["demo"] / medians["bare"]
    verdict = "within" if ratio <= 1.5 else "over"
    print(f"ratio demo/bare {ratio:.2f}x ({verdict} the 1.5x target), median of {runs}, {how}")


if __name__ == "__main__":
    main()
