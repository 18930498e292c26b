#!/usr/bin/env bash
# Run the project's pinned uv (scripts/uv-requirements.txt, installed with its hashes into
# .tools/uv on first use): scripts/uv.sh lock, scripts/uv.sh tree, ...
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=".tools/uv.requirements"
if [ ! -x .tools/uv/bin/uv ] || ! cmp -s scripts/uv-requirements.txt "$stamp"; then
  printf '\033[1m[setup]\033[0m %s\n' "installing the lock tool ($(grep -o '^uv==[^ ]*' scripts/uv-requirements.txt))" >&2
  rm -rf .tools/uv && mkdir -p .tools
  python3 -m venv .tools/uv
  .tools/uv/bin/python -m pip install -q --disable-pip-version-check --no-deps \
    --require-hashes -r scripts/uv-requirements.txt 2> >(grep -v "^WARNING: Location" >&2)
  cp scripts/uv-requirements.txt "$stamp"
fi
export UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=.venv
exec .tools/uv/bin/uv "$@"
