#!/usr/bin/env bash
# Installs what is missing, builds the release preset and opens the console on the
# bundled example registry (or on the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-dependencies.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/console/service-registry-console "${1:-examples/central-registry}"
