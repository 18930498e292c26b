"""`lexkiosk update build`: a signed bundle of every wheel the lock pins (release machine)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from api_client.update_bundle import build_bundle
from kiosk.updates.wheelhouse import WheelhouseIncomplete, wheels_for_lock


def build(
    args: argparse.Namespace, say: Callable[[str], None], error: Callable[[str], None]
) -> int:
    try:
        wheels = wheels_for_lock(args.wheelhouse, args.lock, args.version, args.extra or ["kiosk"])
        key = args.key.read_bytes()
        bundle = build_bundle(args.out, args.version, wheels, args.lock, key)
    except WheelhouseIncomplete as err:
        error(f"not built: {err}")
        return 1
    except (OSError, ValueError) as err:
        error(f"not built: {err}")
        return 1
    say(f"wrote {bundle} ({len(wheels)} wheels)")
    return 0
