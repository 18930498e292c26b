"""The central platform in its production shape on one machine, for the production-shape
test: the generated files (`python -m central.deploy render`) started as the units would start
them, each from its unit's own `ExecStart=`, inside a test network namespace (Janus and
aiortc skip loopback): Redis from its generated snippet, Janus and coturn, two uvicorn workers
on a PostgreSQL database made by the generated script, and nginx with TLS in front.

PostgreSQL stays the machine's (scripts/services.sh): the workers reach it through a Unix
socket bridged to its TCP port, as a worker on the platform reaches /run/postgresql."""

from __future__ import annotations

import os
import secrets
import shlex
import signal
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import make_url

from central.migrate import upgrade
from tests.helpers.netns import Namespace
from tests.helpers.netns_enter import inside
from tests.helpers.platform import platform_settings, render, write_settings
from tests.helpers.unix_bridge import unix_bridge

HTTPS_PORT = 18443
WORKER_PORTS = (8701, 8702)
START_S = 90.0


@dataclass
class Shape:
    ns: Namespace
    base: str
    cert: Path
    db_url: str
    etc: Path
    logs: Path
    workers: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    others: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def tls(self) -> ssl.SSLContext:
        """A client context trusting only the platform's (test) certificate."""
        return ssl.create_default_context(cafile=str(self.cert))


def _env_file(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key: value for key, value in pairs if not key.startswith("#")}


def exec_start(unit: Path, instance: str = "", env: dict[str, str] | None = None) -> list[str]:
    """The unit's `ExecStart=` as argv: continuation lines joined, `%i` and `${VAR}` filled in
    as systemd fills them."""
    text = unit.read_text().replace("\\\n", " ")
    line = next(li for li in text.splitlines() if li.startswith("ExecStart="))
    args = shlex.split(line.removeprefix("ExecStart="))
    filled = []
    for arg in args:
        arg = arg.replace("%i", instance)
        for key, value in (env or {}).items():
            arg = arg.replace(f"${{{key}}}", value)
        filled.append(arg)
    return filled


def _psql_as_postgres(port: int, script: str) -> None:
    done = subprocess.run(
        [
            "runuser",
            "-u",
            "postgres",
            "--",
            "psql",
            "-p",
            str(port),
            "-v",
            "ON_ERROR_STOP=1",
            "-qX",
            "-f",
            "-",
        ],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        raise RuntimeError(f"psql failed: {done.stderr}")


def _wait_https(shape: Shape, url: str, process: subprocess.Popen[bytes], name: str) -> None:
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if httpx.get(url, verify=shape.tls(), timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)  # polls a process coming up, bounded by START_S
    log = (shape.logs / f"{name}.log").read_text(errors="replace")[-3000:]
    raise RuntimeError(f"{name} did not answer {url} (exit {process.poll()}):\n{log}")


def _start(shape: Shape, name: str, argv: list[str]) -> subprocess.Popen[bytes]:
    log = (shape.logs / f"{name}.log").open("wb")
    process = subprocess.Popen(shape.ns.command(argv), stdout=log, stderr=subprocess.STDOUT)
    log.close()
    return process


def start_worker(shape: Shape, port: int) -> None:
    """A worker exactly as `lexkiosk-central@PORT.service` starts it."""
    argv = exec_start(
        shape.etc / "systemd" / "lexkiosk-central@.service",
        str(port),
        _env_file(shape.etc / "central.env"),
    )
    shape.workers[port] = _start(shape, f"worker-{port}", argv)


def wait_worker(shape: Shape, port: int) -> None:
    with inside(shape.ns):
        _wait_https(
            shape, f"http://127.0.0.1:{port}/healthz", shape.workers[port], f"worker-{port}"
        )


def kill_worker(shape: Shape, port: int) -> None:
    """SIGKILL: no clean-up, no answer to what it was serving."""
    os.kill(shape.workers[port].pid, signal.SIGKILL)
    shape.workers[port].wait(timeout=10)


@contextmanager
def production_shape(ns: Namespace, root: Path, pg_url: str) -> Iterator[Shape]:
    pg = make_url(pg_url)
    pg_port = int(pg.port or 5432)
    name = f"lk_shape_{secrets.token_hex(4)}"
    with ExitStack() as stack:
        sockets = root / "pg"
        sockets.mkdir(parents=True)
        stack.enter_context(
            unix_bridge(sockets / f".s.PGSQL.{pg_port}", pg.host or "127.0.0.1", pg_port)
        )
        raw = platform_settings(
            root,
            HTTPS_PORT,
            # the test's twenty terminals enrol at once from one address
            web={"server_name": "127.0.0.1", "logins_per_minute": 6000},
            workers={"count": len(WORKER_PORTS), "first_port": WORKER_PORTS[0], "heartbeat_s": 1},
            database={"name": name, "role": name, "host": str(sockets), "port": pg_port},
            redis={"port": 16379},
            media={
                "media_ip": ns.address_a,
                "ice_enforce_list": "v0",
                "turn_listening_ip": ns.address_b,
            },
        )
        etc = root / "etc"
        done = render(write_settings(root / "platform.toml", raw), etc)
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        create = (etc / "postgresql" / "create-database.sql").read_text()
        _psql_as_postgres(pg_port, create)
        stack.callback(
            _psql_as_postgres,
            pg_port,
            f"DROP DATABASE IF EXISTS {name} WITH (FORCE);\nDROP ROLE IF EXISTS {name};\n",
        )
        for folder in ("data", "media/coturn", "media/recordings", "nginx", "logs"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        env = _env_file(etc / "central.env")
        shape = Shape(
            ns,
            f"https://127.0.0.1:{HTTPS_PORT}",
            root / "tls" / "cert.pem",
            env["LEXCENTRAL_DB"],
            etc,
            root / "logs",
        )
        stack.callback(_stop_all, shape)
        shape.others.append(
            _start(shape, "redis", ["redis-server", str(etc / "redis" / "lexkiosk-central.conf")])
        )
        for unit in ("janus", "coturn"):
            argv = exec_start(etc / "systemd" / f"lexkiosk-central-{unit}.service")
            shape.others.append(_start(shape, unit, argv))
        # `lexkiosk-central migrate` once before the units start (README step 7), from this
        # process: the module is loaded here already, a new interpreter would cost seconds
        upgrade(env["LEXCENTRAL_DB"])
        for port in WORKER_PORTS:
            start_worker(shape, port)
        # the test runs as root: nginx's workers run as root too, to read the test's files
        nginx = [
            "nginx",
            "-c",
            str(etc / "nginx" / "nginx.conf"),
            "-p",
            str(root / "nginx"),
            "-g",
            "daemon off; user root;",
        ]
        shape.others.append(_start(shape, "nginx", nginx))
        for port in WORKER_PORTS:
            wait_worker(shape, port)
        with inside(ns):
            _wait_https(shape, f"{shape.base}/healthz", shape.others[-1], "nginx")
        yield shape


def _stop_all(shape: Shape) -> None:
    """SIGTERM to each, as systemd stops a unit; what has not ended 3 s later is killed."""
    running = [p for p in [*shape.workers.values(), *shape.others] if p.poll() is None]
    for process in running:
        process.terminate()
    deadline = time.monotonic() + 3
    for process in running:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
