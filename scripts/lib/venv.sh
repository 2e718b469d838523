# shellcheck shell=bash
# The project's virtual environment, `.venv/` at the repository root (ignored by git).
# Sourced by demo.sh, test.sh, check.sh, build_installer.sh and lock.sh; works on Linux and
# macOS (Windows: scripts/venv.ps1 does the same in PowerShell).
#
#   ensure_venv EXTRA...   make .venv if needed, install the app (editable) with these extras
#                          from requirements/lock.txt, put .venv/bin first on PATH
#   use_venv_if_present    put .venv/bin first on PATH when .venv exists (check.sh)
#
# Which Python makes the venv: $MOMENT_GUI_PYTHON if set, else the first of `python3` on
# PATH, /usr/bin/python3, python3.13, python3.12, python3.11 that is >= 3.11 and has venv +
# ensurepip. PATH comes first on purpose: whoever put a Python there (pyenv, Homebrew,
# python.org) chose it; on a stock Debian/Ubuntu it is the system /usr/bin/python3. Nothing is
# ever pip-installed outside .venv, so PEP 668 ("externally managed") never triggers.
#
# A second run is quick: .venv/moment-gui-stamps/<extra> holds a hash of the lock file,
# pyproject.toml's [project]/[build-system]/[tool.setuptools] tables and the venv's Python
# version; when it matches, pip is not run at all.

VENV_DIR=".venv"
LOCK_FILE="requirements/lock.txt"
MIN_PY="3.11"

_venv_bin() {
  if [ -d "$VENV_DIR/Scripts" ] && [ ! -d "$VENV_DIR/bin" ]; then echo "$VENV_DIR/Scripts"; else echo "$VENV_DIR/bin"; fi
}

_py_ok() {  # $1: an interpreter; true when it is >= MIN_PY and can make a venv with pip
  "$1" - <<'PY' >/dev/null 2>&1
import sys
assert sys.version_info >= (3, 11)
import ensurepip, venv  # noqa: F401  (Debian ships them in python3-venv)
PY
}

find_base_python() {
  local candidate path
  if [ -n "${MOMENT_GUI_PYTHON:-}" ]; then
    if _py_ok "$MOMENT_GUI_PYTHON"; then echo "$MOMENT_GUI_PYTHON"; return 0; fi
    echo "MOMENT_GUI_PYTHON=$MOMENT_GUI_PYTHON is not a Python >= $MIN_PY with venv" >&2
    return 1
  fi
  for candidate in python3 /usr/bin/python3 python3.13 python3.12 python3.11; do
    path=$(command -v "$candidate" 2>/dev/null) || continue
    if _py_ok "$path"; then echo "$path"; return 0; fi
  done
  cat >&2 <<EOF
No Python >= $MIN_PY with the venv module was found.
  Debian/Ubuntu: sudo apt-get install python3 python3-venv   (scripts/install-system-deps.sh does this)
  macOS:         brew install python@3.12   or the installer from python.org
Or point MOMENT_GUI_PYTHON at one: MOMENT_GUI_PYTHON=/path/to/python3.12 bash $0
EOF
  return 1
}

_venv_works() {
  local py
  py="$(_venv_bin)/python"
  [ -x "$py" ] && "$py" -c 'import sys; assert sys.version_info >= (3, 11); import pip' >/dev/null 2>&1
}

_make_venv() {
  local base
  if [ -e "$VENV_DIR" ] && ! _venv_works; then
    echo "== $VENV_DIR is broken or too old (its Python moved?): making it again"
    rm -rf "$VENV_DIR"
  fi
  if [ ! -e "$VENV_DIR" ]; then
    base=$(find_base_python) || return 1
    echo "== making $VENV_DIR with $base ($("$base" -c 'import sys; print(sys.version.split()[0])'))"
    "$base" -m venv "$VENV_DIR"
  fi
}

_stamp_hash() {  # what an install depends on: the lock, pyproject's [project], the Python
  "$(_venv_bin)/python" - "$LOCK_FILE" pyproject.toml <<'PY'
import hashlib, json, sys, tomllib
lock, pyproject = sys.argv[1:]
h = hashlib.sha256(sys.version.encode())
with open(lock, "rb") as f:
    h.update(f.read())
with open(pyproject, "rb") as f:
    # Only what pip reads: a change to a tool's settings (ruff, import-linter) needs no install.
    data = tomllib.load(f)
tables = {k: data.get(k) for k in ("project", "build-system")}
tables["setuptools"] = data.get("tool", {}).get("setuptools")
h.update(json.dumps(tables, sort_keys=True).encode())
print(h.hexdigest())
PY
}

use_venv_if_present() {
  if [ -d "$VENV_DIR" ] && _venv_works; then
    PATH="$PWD/$(_venv_bin):$PATH"
    VIRTUAL_ENV="$PWD/$VENV_DIR"
    export PATH VIRTUAL_ENV
    unset PYTHONHOME
  fi
}

ensure_venv() {  # ensure_venv [EXTRA...]   ("" or no argument: the app alone)
  local extras=("$@") want=() missing=() extra hash spec pip
  [ "${#extras[@]}" -gt 0 ] || extras=(app)
  _make_venv || return 1
  hash=$(_stamp_hash)
  for extra in "${extras[@]}"; do
    [ -n "$extra" ] || extra=app
    [ "$extra" = app ] || want+=("$extra")
    if [ "$(cat "$VENV_DIR/moment-gui-stamps/$extra" 2>/dev/null)" != "$hash" ]; then
      missing+=("$extra")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    spec="."
    if [ "${#want[@]}" -gt 0 ]; then spec=".[$(IFS=,; echo "${want[*]}")]"; fi
    echo "== installing $spec into $VENV_DIR from $LOCK_FILE"
    pip=("$(_venv_bin)/python" -m pip --disable-pip-version-check --no-input -q)
    # The build backend first (pinned), then the app without build isolation, so every
    # package, setuptools included, comes at the version the lock names.
    "${pip[@]}" install -c "$LOCK_FILE" setuptools
    "${pip[@]}" install -c "$LOCK_FILE" --no-build-isolation -e "$spec"
    mkdir -p "$VENV_DIR/moment-gui-stamps"
    for extra in app "${extras[@]}"; do echo "$hash" >"$VENV_DIR/moment-gui-stamps/${extra:-app}"; done
  fi
  use_venv_if_present
}
