#!/usr/bin/env bash
# The project's test command: every quality gate, then the tests. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's .venv when there is one (test.sh makes it); else whatever Python is on PATH.
# shellcheck source=scripts/lib/venv.sh
. scripts/lib/venv.sh
use_venv_if_present
echo "== python: $(command -v python) ($(python -c 'import sys; print(sys.version.split()[0])'))"
export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
echo "== ruff";        ruff check moment_gui tests benchmarks scripts installer
echo "== mypy";        mypy moment_gui
echo "== import-linter"; lint-imports
echo "== pytest"
# timeout: qasync + pytest-qt can deadlock silently (machine-notes); never hang CI.
timeout 2400 python -m pytest -q -p no:cacheprovider "$@"
# The installer: build dist/moment-gui/ and run its --version and --self-test (~1 min here).
if [ "${MOMENT_GUI_SKIP_BUNDLE:-0}" != 1 ]; then
  echo "== installer bundle"; timeout 900 bash scripts/build_installer.sh
fi
