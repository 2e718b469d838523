#!/usr/bin/env bash
# System libraries Qt needs on a bare Debian/Ubuntu (offscreen + X11/Xvfb), a Hangul font,
# and poppler (the report tests read PDFs back). Elsewhere (macOS, Windows) it does nothing.
set -euo pipefail
command -v apt-get >/dev/null || { echo "apt-get not found: skipping system packages"; exit 0; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Not root and no sudo: skipping system packages (install them yourself if Qt fails)"; exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
  libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 \
  xvfb xauth fonts-noto-cjk poppler-utils >/dev/null
