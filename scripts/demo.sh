#!/usr/bin/env bash
# Install the app (and the system libraries Qt needs) and launch it on the built-in simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
python3 -m pip install -q -e .
exec moment-gui --demo "$@"
