#!/usr/bin/env bash
# Installs Debian's Neovim for the non-VS Code client test (test/protocol/neovim.test.ts), once.
set -euo pipefail
if ! bash "$(dirname "$0")/ensure-debian-packages.sh" neovim neovim:nvim; then
  echo "neovim: install Neovim 0.7 or later yourself to run the Neovim client test" >&2
  exit 1
fi
