#!/usr/bin/env bash
# The printer emulator: a real CUPS queue with the cups-pdf backend (see FACTS.md), plus the
# fault-injection backend the tests use. Installs no package (bootstrap does); starts cupsd if
# it is not running and (re)creates the queue. Idempotent; run as root.
#
#   scripts/cups-setup.sh [QUEUE]    default queue name: lexkiosk
set -euo pipefail
cd "$(dirname "$0")/.."
queue="${1:-lexkiosk}"
say() { printf '\033[1m[cups]\033[0m %s\n' "$*"; }
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
backend_dir=/usr/lib/cups/backend

for tool in cupsd lpadmin lpstat; do
  command -v "$tool" >/dev/null || { say "missing $tool: run scripts/bootstrap.sh test"; exit 1; }
done
[ -f "$ppd" ] || { say "missing $ppd: install printer-driver-cups-pdf"; exit 1; }

if [ "$(id -u)" = 0 ] && [ -d "$backend_dir" ]; then
  if ! cmp -s scripts/cups/lexkiosk-fault "$backend_dir/lexkiosk-fault"; then
    install -m 0755 scripts/cups/lexkiosk-fault "$backend_dir/lexkiosk-fault"
    say "fault-injection backend installed in $backend_dir"
  fi
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  say "starting cupsd"
  cupsd
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.1
  done
fi
lpstat -r | grep -q "is running" || { say "cupsd did not start"; exit 1; }

if ! lpstat -v "$queue" >/dev/null 2>&1; then
  lpadmin -p "$queue" -v cups-pdf:/ -E -P "$ppd" -o printer-error-policy=abort-job
  say "queue $queue created (cups-pdf, output in \$HOME/PDF)"
else
  cupsenable "$queue" && cupsaccept "$queue"
  say "queue $queue ready"
fi
