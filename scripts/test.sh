#!/usr/bin/env bash
# Installs what is missing, builds the testing preset, and runs every test (CTest, 2 jobs).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh testing
ctest --preset testing "$@"
