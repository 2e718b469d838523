#!/usr/bin/env bash
# Build the one-folder bundle (Linux: dist/moment-gui/, macOS: dist/moment-gui.app) from the
# project's .venv (pinned by requirements/lock.txt; made here if missing) and prove it runs:
# --version, then --self-test (demo window offscreen, every panel loaded, fragment built and
# checked, a selection saved and re-read in a temporary folder). Prints the build time, bundle
# size and self-test time. Windows: scripts/build_installer.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/venv.sh
. scripts/lib/venv.sh
ensure_venv build
now() { python -c 'import time; print(int(time.time() * 1000))'; }  # macOS date has no %N
with_timeout() { if command -v timeout >/dev/null; then timeout "$@"; else shift; "$@"; fi; }

start=$(now)
python -m PyInstaller --noconfirm --clean --log-level WARN build_installer.spec
built=$(now)
if [ "$(uname -s)" = Darwin ]; then
  bundle=dist/moment-gui.app
  exe=$bundle/Contents/MacOS/moment-gui
else
  bundle=dist/moment-gui
  exe=$bundle/moment-gui
  # The launcher entry travels with the bundle: `bash moment-gui/install-desktop-entry.sh`.
  cp scripts/install-desktop-entry.sh "$bundle/"
fi
# PyInstaller can leave symlinks whose target it did not collect; they break copying/zipping.
find "$bundle" -type l ! -exec test -e {} \; -print -exec rm -f {} \;
size=$(du -sk "$bundle" | cut -f1)
echo "== bundle: $bundle $((size / 1024)) MB, built in $(( (built - start) / 1000 )) s"
echo "== bundle --version"
"$exe" --version
echo "== bundle --self-test"
t0=$(now)
QT_QPA_PLATFORM=offscreen with_timeout 120 "$exe" --self-test
t1=$(now)
echo "== bundle self-test passed in $((t1 - t0)) ms"
