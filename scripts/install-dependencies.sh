#!/usr/bin/env bash
# Installs the Debian 12 packages Service Registry needs to build, run and test
# (docs/adr/0001 lists them). Installs only what is missing.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git ccache clang-format
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libtomlplusplus-dev
    libgit2-dev libpq-dev libsqlite3-dev zlib1g-dev libgraphviz-dev libyaml-cpp-dev libgl1-mesa-dev libqscintilla2-qt6-dev
    # tests: offscreen GUI, D-Bus session; clang's libFuzzer for the loader's fuzz target;
    # promtool (prometheus) checks generated alert rules
    xvfb dbus fonts-dejavu-core clang libclang-rt-14-dev prometheus
    # a throwaway PostgreSQL 15 cluster for the deployment store's tests (tests/with-postgres.sh);
    # sqlite3 is the yardstick of the import benchmark
    postgresql sqlite3
    # the Secret Service QtKeychain stores credentials in (tests/with-keyring.sh)
    gnome-keyring
)

# The validators from npm (tests/validators/package.json: SARIF Multitool, the Compose schema
# with Ajv, the Kubernetes models, HashiCorp's HCL parser), pinned by its package-lock.json,
# go into build/tools, ignored by git; with the machine's Node.js and npm, or Debian's.
install_npm_tools() {
    local root source tools
    root="$(cd "$(dirname "$0")/.." && pwd)"
    source="$root/tests/validators"
    tools="$root/build/tools"
    if cmp -s "$source/package-lock.json" "$tools/package-lock.json" && [ -d "$tools/node_modules" ]; then
        return
    fi
    if ! command -v npm >/dev/null; then
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
    fi
    mkdir -p "$tools"
    cp "$source/package.json" "$source/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --silent --no-audit --no-fund >/dev/null)
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    install_npm_tools
    exit 0
fi

echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
install_npm_tools
