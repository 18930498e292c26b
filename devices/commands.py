"""What the technician commands do, apart from argument parsing; results go to stdout.

Kept out of cli.py so each command can import its driver lazily: `devices list` must not need
CUPS or espeak-ng to be installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from devices.printer.cups import CupsPrinter


def print_file(pdf: Path, queue: str, timeout_s: float) -> int:
    """Print `pdf` on `queue`, wait for the job, say how it ended; exit 0 only on success."""
    printer = CupsPrinter(queue)
    try:
        done = printer.print_pdf(pdf, pdf.name, timeout_s)
    finally:
        printer.close()
    if done.ok:
        print(f"printed: job {done.result} completed on queue {queue}")  # noqa: T201
        return 0
    print(f"not printed ({done.code.value}): {done.detail}", file=sys.stderr)  # noqa: T201
    return 1
