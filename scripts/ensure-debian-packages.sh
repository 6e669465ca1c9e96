#!/usr/bin/env bash
# Installs the Debian packages a test needs that are not there yet, in one apt-get call, and says what
# it installs, how much it downloads and, after, how long it took. The one place the project calls apt.
#   scripts/ensure-debian-packages.sh <label> <package>[:<command>]...
# With :<command>, the package counts as there when the command is on the PATH (g++ for build-essential).
# Runs of these scripts take turns (a lock), and wait for any other apt-get to finish.
set -euo pipefail
label=$1
shift

missing_packages() {
  local spec package
  for spec in "$@"; do
    package=${spec%%:*}
    if [[ $spec == *:* ]]; then
      command -v "${spec#*:}" >/dev/null 2>&1 && continue
    else
      dpkg -s "$package" >/dev/null 2>&1 && continue
    fi
    echo "$package"
  done
}

mapfile -t missing < <(missing_packages "$@")
((${#missing[@]})) || exit 0

if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$label: apt-get is not available: install the Debian packages ${missing[*]} (or their equivalents) yourself" >&2
  exit 1
fi

exec 9>"${TMPDIR:-/tmp}/kamervragen-apt.lock"
if ! flock -n 9; then
  echo "$label: waiting for another run's Debian install to finish"
  flock 9
  mapfile -t missing < <(missing_packages "$@")
  ((${#missing[@]})) || exit 0
fi

apt_get() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -qq "$@"; }
# What apt would download (the packages and the dependencies this machine lacks), in MB.
download_mb() { apt-get install --print-uris -qq "${missing[@]}" 2>/dev/null | awk '{ size += $3 } END { printf "%d", size / 1e6 }'; }

start=$(date +%s%N)
size=$(download_mb || true)
echo "$label: installing Debian packages ${missing[*]} (apt-get; ${size:-?} MB to download, once) ..."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The package lists on the machine usually still name what the mirror has; when they do not, refresh them.
if ! apt_get install "${missing[@]}" >"$log" 2>&1; then
  echo "$label: refreshing Debian's package lists (apt-get update) and trying again"
  if ! { apt_get update >"$log" 2>&1 && apt_get install "${missing[@]}" >"$log" 2>&1; }; then
    tail -n 20 "$log" >&2
    echo "$label: could not install the Debian packages ${missing[*]}; install them yourself" >&2
    exit 1
  fi
fi
echo "$label: installed ${missing[*]} ($(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f s", ns / 1e9 }'))"
