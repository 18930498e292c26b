#!/usr/bin/env bash
# Install what the project needs, once: Debian packages (as root; otherwise print the apt
# command), and a .venv holding exactly what uv.lock says (uv sync --frozen). A second run
# reuses what the first did: uv only changes what differs from the lock.
#
#   scripts/bootstrap.sh run     packages and extras for the product
#   scripts/bootstrap.sh test    the same plus test-only packages and extras
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

lists=(scripts/system-packages.txt)
[ "$mode" = test ] && lists+=(scripts/system-packages-test.txt)

wanted=()
for list in "${lists[@]}"; do
  [ -f "$list" ] || continue
  while read -r pkg; do
    pkg="${pkg%%#*}"; pkg="${pkg// /}"
    [ -n "$pkg" ] && wanted+=("$pkg")
  done < "$list"
done

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || say "apt-get update failed; trying with the package lists we have"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing Debian packages; run as root:"
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
else
  say "Debian packages: all ${#wanted[@]} present"
fi

# Python packages come from uv.lock only: exact versions with hashes, never resolved afresh.
# uv itself is pinned (scripts/uv-requirements.txt, with hashes) in .tools/uv (scripts/uv.sh).
uv=scripts/uv.sh
if ! scripts/lock-status.sh; then
  exit 1
fi
if [ "$mode" = test ]; then
  say "syncing .venv with uv.lock (extras: all; group: dev)"
  $uv sync --frozen --python python3 --all-extras --group dev -q
else
  say "syncing .venv with uv.lock (extras: all)"
  $uv sync --frozen --python python3 --all-extras --no-default-groups --inexact -q
fi
if [ "$mode" = test ]; then
  $uv export --frozen --all-extras --group dev --no-hashes --no-emit-project -q \
    | .venv/bin/python scripts/lock_check.py
else
  $uv export --frozen --all-extras --no-dev --no-hashes --no-emit-project -q \
    | .venv/bin/python scripts/lock_check.py --inexact
fi

say "compiling translations"
.venv/bin/python -m kiosk.i18n.build
