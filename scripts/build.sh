#!/usr/bin/env bash
# Installs what is missing, then configures and builds one CMake preset (default: dev).
# Usage: scripts/build.sh [dev|release|testing] [extra cmake --build arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
shift || true

bash scripts/bootstrap.sh
# ccache hits across checkouts in different folders (CI clones anew each time).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "$@"
