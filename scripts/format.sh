#!/usr/bin/env bash
# Formats every C++ file of the project in place with the committed .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
find core models views app translations tests benchmarks -name '*.cpp' -o -name '*.h' | xargs clang-format -i
