#!/usr/bin/env bash
# Put moment-gui in the Linux desktop's launcher (GNOME, KDE, Xfce...): a freedesktop .desktop
# entry, named "Moment Targeting" / "모먼트 타겟팅" by the desktop's language, and its icon.
#
#   bash scripts/install-desktop-entry.sh [EXECUTABLE]   # for the current user
#   bash scripts/install-desktop-entry.sh --uninstall
#
# EXECUTABLE defaults to the bundle dist/moment-gui/moment-gui if built, else the project's
# .venv/bin/moment-gui (made by demo.sh). The Linux bundle carries this script too: run
# `bash moment-gui/install-desktop-entry.sh` from the unpacked bundle. Installs under
# $XDG_DATA_HOME (default ~/.local/share): applications/moment-gui.desktop and
# icons/hicolor/{256x256,scalable}/apps/moment-gui.{png,svg}; no root needed.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -x "$HERE/moment-gui" ] && [ -d "$HERE/_internal/resources" ]; then  # inside a bundle
  DEFAULT_EXE="$HERE/moment-gui"
  DESKTOP_SRC="$HERE/_internal/resources/desktop/moment-gui.desktop"
  ICONS="$HERE/_internal/resources/icons"
else                                                                      # a source checkout
  ROOT=$(cd "$HERE/.." && pwd)
  DEFAULT_EXE="$ROOT/.venv/bin/moment-gui"
  [ -x "$ROOT/dist/moment-gui/moment-gui" ] && DEFAULT_EXE="$ROOT/dist/moment-gui/moment-gui"
  DESKTOP_SRC="$ROOT/installer/linux/moment-gui.desktop"
  ICONS="$ROOT/resources/icons"
fi
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ENTRY="$DATA/applications/moment-gui.desktop"
PNG="$DATA/icons/hicolor/256x256/apps/moment-gui.png"
SVG="$DATA/icons/hicolor/scalable/apps/moment-gui.svg"

refresh() {  # let the launcher notice; both tools are optional
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DATA/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$ENTRY" "$PNG" "$SVG"
  refresh
  echo "removed $ENTRY and its icons"
  exit 0
fi

EXE="${1:-$DEFAULT_EXE}"
if [ ! -x "$EXE" ]; then
  echo "No moment-gui at $EXE: run 'bash scripts/demo.sh' or 'bash scripts/build_installer.sh' first," >&2
  echo "or name the executable: bash $0 /path/to/moment-gui" >&2
  exit 2
fi
EXE=$(cd "$(dirname "$EXE")" && pwd)/$(basename "$EXE")

# Exec= takes a quoted argument: inside quotes \ " ` $ are escaped with a backslash, then
# every backslash is doubled again (the string escape of .desktop values), and % becomes %%.
quoted=${EXE//\\/\\\\\\\\}
quoted=${quoted//\"/\\\\\"}
quoted=${quoted//\`/\\\\\`}
quoted=${quoted//\$/\\\\\$}
quoted=${quoted//%/%%}
plain=${EXE//\\/\\\\}

mkdir -p "$(dirname "$ENTRY")" "$(dirname "$PNG")" "$(dirname "$SVG")"
tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
tmp="$tmpdir/moment-gui.desktop"  # the validator wants the .desktop name
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%f\n' "$quoted" ;;
    TryExec=*) printf 'TryExec=%s\n' "$plain" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$DESKTOP_SRC" >"$tmp"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$tmp" || { echo "invalid desktop entry (see above)" >&2; exit 1; }
fi
chmod 644 "$tmp"
mv "$tmp" "$ENTRY"
cp "$ICONS/moment-gui.png" "$PNG"
cp "$ICONS/moment-gui.svg" "$SVG"
refresh
echo "installed $ENTRY (runs $EXE) and its icon"
