#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite.
#   scripts/run-tests.sh              warnings as errors (preset "ci"), then 60 s of
#                                     fuzzing the loader (libFuzzer, preset "fuzz")
#   scripts/run-tests.sh --sanitizers AddressSanitizer + UBSan (preset "asan")
set -euo pipefail
cd "$(dirname "$0")/.."

preset=ci
if [ "${1:-}" = "--sanitizers" ]; then
    preset=asan
fi

./scripts/install-dependencies.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# Tests run offscreen, in English (the tests that check translations set their own locale),
# with their own settings and runtime folders.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ctest --preset "$preset" -j2
if [ "$preset" = ci ]; then
    ./scripts/run-fuzzer.sh 60
fi
