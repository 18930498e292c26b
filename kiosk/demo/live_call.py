"""Whether the demo tour's video call can be a real one here, and the network namespace it
runs in when it can: root, `ip` (iproute2), Janus and coturn are needed, because a call
cannot be made on 127.0.0.1 (aioice and Janus's libnice skip loopback addresses). Where it
cannot, the reasons are said plainly and the tour shows its fed call screens instead."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass

from kiosk.central_process import missing_media
from kiosk.demo.netns import (
    Namespace,
    NamespaceUnavailable,
    inside,
    namespace_problems,
    network_namespace,
)

Say = Callable[[str], None]


@dataclass(frozen=True)
class LiveStaff:
    """Who takes the tour's live call: the central service and a demo notary's login."""

    central_url: str
    username: str
    password: str


def live_call_problems() -> list[str]:
    """Plain lines saying why the tour's call cannot be live here (empty when it can)."""
    return namespace_problems() + missing_media()


def enter_namespace(stack: ExitStack, say: Say) -> Namespace | None:
    """Creates a namespace and puts this thread in it until `stack` closes (then the
    namespace and everything still running in it go), so the central service, Janus, coturn
    and the shell started afterwards all run inside; None, said plainly, when it cannot."""
    problems = live_call_problems()
    if not problems:
        try:
            ns = stack.enter_context(network_namespace("lkdemo"))
        except NamespaceUnavailable as err:
            problems = [str(err)]
    if problems:
        say(f"the tour's video call cannot be live here ({'; '.join(problems)})")
        say("its call screens are fed statuses and painted frames, named *-fed.png")
        return None
    stack.enter_context(inside(ns))
    say(f"the tour runs in its own network namespace {ns.name} so that its video call is real")
    return ns
