"""Terminal settings that only the terminal's own settings file may set, never a push.

A configuration push reaches every terminal of a region at once. These settings decide whom a
terminal trusts and where its data lives: a push naming another central service and CA would
hand the fleet to whoever sent it, a pushed `data_dir` would move the outbox away from the
residents' pending submissions, and the updater's programs run whatever they name. The central
service refuses a push that sets one, and the terminal refuses it too (a service taken over
could skip its own check).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LOCAL_ONLY: dict[str, str] = {
    "terminal_id": "the terminal's identity, given at enrolment",
    "central_url": "which central service the terminal trusts",
    "central_ca": "which CA the terminal trusts for the central service",
    "data_dir": "where the terminal keeps the residents' pending submissions",
    "technician_pin_hash": "the terminal's own technician PIN (push `technicians` instead)",
    "updates.python": "a program the terminal runs",
    "updates.restart_command": "a program the terminal runs",
}


def local_only_keys(document: Mapping[str, Any]) -> list[str]:
    """The dotted names of the local-only settings `document` sets, in LOCAL_ONLY's order."""
    found = []
    for dotted in LOCAL_ONLY:
        node: Any = document
        for part in dotted.split("."):
            node = node.get(part, _ABSENT) if isinstance(node, Mapping) else _ABSENT
        if node is not _ABSENT:
            found.append(dotted)
    return found


def refusal(document: Mapping[str, Any]) -> str | None:
    """A sentence naming the first local-only setting `document` sets and why; None if none."""
    keys = local_only_keys(document)
    if not keys:
        return None
    others = f" (also: {', '.join(keys[1:])})" if len(keys) > 1 else ""
    return (
        f"{keys[0]} is {LOCAL_ONLY[keys[0]]}: it is set in the terminal's own settings file, "
        f"never pushed{others}"
    )


_ABSENT = object()
