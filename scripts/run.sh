#!/usr/bin/env bash
# Quick start: installs what is missing, builds, creates the default SQLite instance on first use,
# and starts the console on it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh dev
bin=build/dev
ctl="$bin/app/cli/nightshiftctl"
instance="$("$ctl" instance path)"

if [ ! -f "$instance" ]; then
  password="${NIGHTSHIFT_ADMIN_PASSWORD:-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)}"
  printf '%s\n' "$password" | "$ctl" init --instance "$instance" --password-stdin
  # A few more packages, so a newcomer sees a living tree.
  export NIGHTSHIFT_LOGIN=admin NIGHTSHIFT_PASSWORD="$password"
  "$ctl" --instance "$instance" packages install campaign privacy messageCenterControl messageCenterExecution
  "$ctl" --instance "$instance" accounts add paris --type messageCenter --label "Paris execution instance"
  # Demo data (deterministic, a few seconds), so the jobs and the console have something to work on.
  # Interrupted? The same command finishes it: "nightshiftctl demo --scale small".
  "$ctl" --instance "$instance" demo --scale small
  unset NIGHTSHIFT_PASSWORD
  if [ -z "${NIGHTSHIFT_ADMIN_PASSWORD:-}" ]; then
    echo "Administrator login: admin, password: $password (shown once; keep it)"
  fi
fi

exec "$bin/ui/nightshift" --instance "$instance" --login admin "$@"
