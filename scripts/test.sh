#!/usr/bin/env bash
# Install everything (system libraries; the app, test tools and PyInstaller into .venv/ from
# the pinned requirements/lock.txt) and run every check and test. CI runs exactly this.
# A second run reuses .venv and skips pip unless the lock or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
# shellcheck source=scripts/lib/venv.sh
. scripts/lib/venv.sh
ensure_venv test build
bash scripts/check.sh "$@"
