#!/bin/sh
# Runs a test program against a real, unlocked Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon, unlocked with a test password, whose keyring files and
# control socket live in a throwaway HOME and XDG_RUNTIME_DIR. Nothing of the real profile is touched, and
# two tests running at once cannot find each other's daemon.
# If the daemon cannot be started and unlocked, the program is not run and the test fails (exit 1).
# Usage: with-keyring.sh PROGRAM [ARGUMENTS...]
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/nightshift-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
status=0
dbus-run-session -- sh -c '
    printf test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon could not be started and unlocked" >&2
        exit 1
    }
    exec "$0" "$@"' "$@" || status=$?
exit "$status"
