"""`python -m central.cli ...`, the same as `lexkiosk-central ...`."""

import sys

from central.cli.main import main

sys.exit(main())
