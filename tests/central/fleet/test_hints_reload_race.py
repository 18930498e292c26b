"""Two reloads of the fleet hints at once (the background tick's and a heartbeat's) never
leave the older picture in place: the one that read before a command was committed used to
store after the one that read it, with `stale` already cleared, and the terminal was told no
command waited (CI: test_heartbeat_tells_the_terminal_commands_wait, PostgreSQL)."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

from central.fleet.hints import FleetHints


class _Rows(list[Any]):
    def all(self) -> list[Any]:
        return list(self)


class ScriptedSession:
    """Answers the reload's three queries (targets, pending commands, organisations) in
    order; `hold` makes the pending-commands query wait until released (a slow reader)."""

    def __init__(self, pending: dict[int, int], hold: threading.Event | None = None) -> None:
        self._pending = pending
        self._hold = hold
        self._calls = 0
        self.reading = threading.Event()

    def execute(self, _statement: Any) -> _Rows:
        self._calls += 1
        if self._calls == 2:
            self.reading.set()
            if self._hold is not None:
                assert self._hold.wait(10), "never released"
            return _Rows(self._pending.items())
        if self._calls == 3:
            return _Rows([SimpleNamespace(id=1, parent_id=None, region_code="150000")])
        return _Rows()


def test_a_reload_that_read_first_never_stores_last() -> None:
    hints = FleetHints()
    release = threading.Event()
    before_commit = ScriptedSession({}, hold=release)  # the tick: read before the command
    tick = threading.Thread(target=hints.reload, args=(before_commit,))
    tick.start()
    assert before_commit.reading.wait(10)
    after_commit = ScriptedSession({7: 1})  # the heartbeat's reload, after the commit
    beat = threading.Thread(target=hints.reload, args=(after_commit,))
    beat.start()
    release.set()  # the tick's slow read finishes now
    tick.join(10)
    beat.join(10)
    who = SimpleNamespace(terminal_id="K007", site="hall", organisation_id=1, kiosk_id=7)
    assert hints.for_kiosk(who)[1] == 1  # type: ignore[arg-type]
