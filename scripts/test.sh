#!/usr/bin/env bash
# Install everything (system libraries, the app, test tools) and run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
python3 -m pip install -q -e ".[test]"
bash scripts/check.sh "$@"
