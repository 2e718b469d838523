#!/usr/bin/env bash
# Build the one-folder bundle dist/moment-gui/ and prove it runs: --version, then --self-test
# (demo window offscreen, every panel loaded, fragment built and checked, a selection saved
# and re-read in a temporary folder). Prints the build time, bundle size and self-test time.
set -euo pipefail
cd "$(dirname "$0")/.."
# Build from the project's .venv, pinned by requirements/lock.txt (made here if missing).
# shellcheck source=scripts/lib/venv.sh
. scripts/lib/venv.sh
ensure_venv build
start=$(date +%s%N)
python -m PyInstaller --noconfirm --clean --log-level WARN build_installer.spec
built=$(date +%s%N)
# PyInstaller can leave symlinks whose target it did not collect; they break copying/zipping.
find dist/moment-gui -xtype l -print -delete
size=$(du -sm dist/moment-gui | cut -f1)
echo "== bundle: dist/moment-gui ${size} MB, built in $(( (built - start) / 1000000000 )) s"
echo "== bundle --version"
dist/moment-gui/moment-gui --version
echo "== bundle --self-test"
t0=$(date +%s%N)
QT_QPA_PLATFORM=offscreen timeout 120 dist/moment-gui/moment-gui --self-test
t1=$(date +%s%N)
echo "== bundle self-test passed in $(( (t1 - t0) / 1000000 )) ms"
