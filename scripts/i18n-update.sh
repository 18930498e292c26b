#!/usr/bin/env bash
# Refresh the translation sources from the code (keeps existing translations); then translate
# the entries marked unfinished in kiosk/i18n/*.ts (Qt Linguist or any editor).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files -co --exclude-standard 'kiosk/*.py')
for ts in kiosk/i18n/lexkiosk_*.ts; do
  .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$ts"
done
