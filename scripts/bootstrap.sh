#!/usr/bin/env bash
# Installs the Debian 12 packages that Nightshift's build, console and tests need.
# Installs only what is missing, so running it twice is cheap and harmless.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-declarative-dev qtkeychain-qt6-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev
  libsodium-dev sqlite3 libcurl4-openssl-dev
  python3-aiosmtpd poppler-utils
  postgresql-15
  xvfb xauth gnome-keyring dbus dbus-daemon dbus-x11 libsecret-tools
  fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: every package is already installed"
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
