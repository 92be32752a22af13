#!/usr/bin/env bash
# Installs the Debian 12 packages Service Registry needs to build, run and test
# (docs/adr/0001 lists them). Installs only what is missing.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git ccache clang-format
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libtomlplusplus-dev
    libgit2-dev libgraphviz-dev libyaml-cpp-dev libgl1-mesa-dev
    # tests: offscreen GUI, D-Bus session; clang's libFuzzer for the loader's fuzz target
    xvfb dbus fonts-dejavu-core clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
