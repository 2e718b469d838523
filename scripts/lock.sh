#!/usr/bin/env bash
# Refresh requirements/lock.txt, the pinned versions that demo.sh, test.sh, CI and the
# installer bundles install from (as pip constraints):
#
#   bash scripts/lock.sh                   # keep current pins where pyproject still allows them
#   bash scripts/lock.sh --upgrade         # newest allowed versions of everything
#   bash scripts/lock.sh -P httpx          # newest allowed httpx, everything else kept
#
# One universal lock for Linux, macOS and Windows and every Python >= 3.11 (`uv pip compile
# --universal`: platform-only packages carry markers such as `; sys_platform == 'win32'`),
# covering the app and all its extras (test, build, data) plus requirements/tools.in.
# Exclude a bad upstream release in pyproject.toml (as PySide6-Essentials 6.12.0 is), then run
# this; then `bash scripts/test.sh` to prove the new pins.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/venv.sh
. scripts/lib/venv.sh
_make_venv
pip=("$(_venv_bin)/python" -m pip --disable-pip-version-check --no-input -q)
if [ -f "$LOCK_FILE" ]; then "${pip[@]}" install -c "$LOCK_FILE" uv; else "${pip[@]}" install uv; fi
"$(_venv_bin)/python" -m uv pip compile pyproject.toml requirements/tools.in \
  --all-extras --universal --python-version "$MIN_PY" \
  --custom-compile-command "bash scripts/lock.sh" \
  --quiet -o "$LOCK_FILE" "$@"
echo "== $LOCK_FILE: $(grep -c '==' "$LOCK_FILE") pinned packages"
