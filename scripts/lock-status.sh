#!/usr/bin/env bash
# Exit 0 when uv.lock answers pyproject.toml; otherwise one line naming the fix, exit 1.
# Checked offline first (nothing changed: no network needed), then against the index.
set -uo pipefail
cd "$(dirname "$0")/.."
if scripts/uv.sh lock --check --offline >/dev/null 2>&1 || scripts/uv.sh lock --check >/dev/null 2>&1; then
  exit 0
fi
echo "pyproject.toml and uv.lock disagree: run 'make lock', then 'make test', and commit uv.lock" >&2
exit 1
