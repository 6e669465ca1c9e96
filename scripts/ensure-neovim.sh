#!/usr/bin/env bash
# Installs Debian's Neovim for the non-VS Code client test (test/protocol/neovim.test.ts), once.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
echo "neovim: installing Debian's neovim for the language-client test"
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "neovim: apt-get is not available; install Neovim (0.7 or later) yourself to run the Neovim client test" >&2
  exit 1
fi
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq neovim >/dev/null; }; then
  echo "neovim: could not install Debian's neovim; install Neovim 0.7 or later yourself to run the Neovim client test" >&2
  exit 1
fi
