#!/usr/bin/env bash
# Install what the project needs, once: Debian packages (as root; otherwise print the apt
# command), a .venv with the project and its extras. A second run reuses what the first did:
# each step is skipped while its inputs are unchanged (stamps in .stamps/).
#
#   scripts/bootstrap.sh run     packages and extras for the product
#   scripts/bootstrap.sh test    the same plus test-only packages and extras
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
mkdir -p .stamps

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

if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $(python3 --version)"
  python3 -m venv .venv
fi

extras="all"
[ "$mode" = test ] && extras="all,dev"
stamp=".stamps/pip-$mode"
digest=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  say "installing the project into .venv (extras: $extras); the first time takes a few minutes"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$extras]"
  # face_recognition's metadata asks for dlib built from source; dlib-bin (an extra above)
  # is the same library prebuilt, so the wrapper is installed without its dependencies.
  .venv/bin/python -m pip install -q --no-deps "face-recognition==1.3.0"
  echo "$digest" > "$stamp"
else
  say ".venv is up to date (extras: $extras)"
fi

say "compiling translations"
.venv/bin/python -m kiosk.i18n.build
