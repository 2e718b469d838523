#!/usr/bin/env bash
# System packages a bare Debian 12 / Ubuntu 24.04 needs: Python with venv (Debian splits the
# venv module out into python3-venv), CA certificates for pip, the libraries Qt needs
# (offscreen + X11/Xvfb), a Hangul font, binutils (PyInstaller's objdump/objcopy), poppler
# (the report tests read PDFs back) and desktop-file-utils (the .desktop entry is validated).
# Runs apt-get as root or through sudo; skips apt entirely when everything is installed (a
# second run costs no apt-get update). Elsewhere (macOS, no apt) it does nothing.
set -euo pipefail
command -v apt-get >/dev/null || { echo "apt-get not found: skipping system packages"; exit 0; }
PACKAGES=(
  python3 python3-venv ca-certificates
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  xvfb xauth fonts-noto-cjk binutils poppler-utils desktop-file-utils
)
missing=()
for p in "${PACKAGES[@]}"; do
  # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64): either name counts.
  status=$(dpkg-query -W -f='${db:Status-Status}\n' "$p" "${p}t64" 2>/dev/null || true)
  grep -qx installed <<<"$status" || missing+=("$p")
done
[ "${#missing[@]}" -gt 0 ] || exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Not root and no sudo: cannot install ${missing[*]} (install them yourself if Qt fails)"
    exit 0
  fi
fi
echo "== apt-get install ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
