"""Staff login limits against a running service: parallel guesses get no extra checks, and a
guesser slows only his own address (issue 13, findings 4 and 7)."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from pathlib import Path

import httpx

from tests.helpers.served import PASSWORD, Served, serve
from tests.helpers.server import running_service

LIMIT = 5  # CentralSettings.login_max_failures


def _parallel_wrong(bases: list[str], username: str, count: int) -> Counter[int]:
    """`count` wrong passwords at once, released together by a barrier, spread over `bases`."""
    barrier = threading.Barrier(count)
    codes: list[int] = []
    lock = threading.Lock()

    def attempt(n: int) -> None:
        with httpx.Client(base_url=bases[n % len(bases)], timeout=60) as client:
            client.get("/healthz")  # the connection is open before the barrier
            barrier.wait(timeout=30)
            reply = client.post(
                "/api/v1/auth/login", json={"username": username, "password": f"wrong-{n}"}
            )
        with lock:
            codes.append(reply.status_code)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return Counter(codes)


def test_thirty_parallel_wrong_passwords_get_at_most_the_limit_checked(served: Served) -> None:
    """GIVEN an account WHEN 30 wrong passwords arrive at once from one address THEN at most
    five are checked (401) and the rest are refused unchecked (429)."""
    served.add_staff("alice", ["clerk"], "alpha")
    codes = _parallel_wrong([served.base], "alice", 30)
    assert set(codes) <= {401, 429}, codes
    assert codes[401] <= LIMIT and codes[429] >= 30 - LIMIT, codes


def test_two_workers_sharing_redis_share_the_limit(tmp_path: Path, redis_url: str) -> None:
    """GIVEN two service processes on one database and one Redis WHEN 30 wrong passwords for
    one account arrive at once, spread over both THEN still at most five are checked."""
    username = f"bob{uuid.uuid4().hex[:8]}"
    db = str(tmp_path / "central.sqlite3")
    with serve(db, "--redis-url", redis_url) as first:
        first.add_staff(username, ["clerk"], "alpha")
        with running_service(f"sqlite:///{db}", "--redis-url", redis_url) as second_base:
            codes = _parallel_wrong([first.base, second_base], username, 30)
    assert codes[401] <= LIMIT and codes[429] >= 30 - LIMIT, codes


def test_a_guesser_locks_out_only_his_own_address(served: Served) -> None:
    """GIVEN someone at 127.0.0.2 who used up the wrong passwords for carol WHEN carol logs in
    from 127.0.0.3 THEN she gets in; the guesser is still refused."""
    served.add_staff("carol", ["clerk"], "alpha")
    body = {"username": "carol", "password": "guess-guess-guess"}
    with _from("127.0.0.2", served.base) as attacker:
        codes = [attacker.post("/api/v1/auth/login", json=body).status_code for _ in range(8)]
        assert codes[:LIMIT] == [401] * LIMIT and set(codes[LIMIT:]) == {429}
    with _from("127.0.0.3", served.base) as carol:
        ok = carol.post("/api/v1/auth/login", json=body | {"password": PASSWORD})
        assert ok.status_code == 200, ok.text
    with _from("127.0.0.2", served.base) as attacker:
        again = attacker.post("/api/v1/auth/login", json=body | {"password": PASSWORD})
        assert again.status_code == 429


def _from(address: str, base: str) -> httpx.Client:
    return httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=address))
