#!/usr/bin/env bash
# Install the app into the project's own virtual environment (.venv/, from the pinned
# requirements/lock.txt; the system libraries Qt needs via apt where there is apt) and launch
# it on the built-in simulator. Arguments go to the app:
#   bash scripts/demo.sh --self-test      # headless check of the install: exits 0 when it works
# A second run reuses .venv and skips pip unless the lock or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
# shellcheck source=scripts/lib/venv.sh
. scripts/lib/venv.sh
ensure_venv app
exec "$(_venv_bin)/moment-gui" --demo "$@"
