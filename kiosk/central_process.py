"""Start and stop a local central service as a child process: the one implementation of "start
`lexkiosk-central serve` on a free loopback port and wait for /healthz", used by the embedded
demo, the tests and the benchmarks.

It talks to the service only through its command line and HTTP, so the shell never imports
`central` (see the import contracts in pyproject.toml)."""

from __future__ import annotations

import contextlib
import ctypes
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

import httpx

LOG_TAIL_CHARS = 4000
START_BOUND_S = 90.0
MEDIA_START_BOUND_S = 240.0
# what the service's last line says when Janus or coturn failed (central/cli/main.py `_serve`)
MEDIA_FAILED = "video calls cannot start"
MEDIA_PACKAGES = (("janus", "janus"), ("turnserver", "coturn"))
_PR_SET_PDEATHSIG = 1
# the organisation `enrol_code` and `ensure_org` add when it is missing
DEMO_ORG_NAME = "示范司法局"
DEMO_ORG_KIND = "justice_bureau"
DEMO_ORG_REGION = "150000"


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM from the kernel when the parent dies, even by
    SIGKILL, so a killed demo leaves no service (and through it no Janus) behind."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def missing_media() -> list[str]:
    """A plain line per missing Janus or coturn binary, naming its Debian package."""
    return [
        f"{binary} is not installed: install the Debian package {package}"
        for binary, package in MEDIA_PACKAGES
        if shutil.which(binary) is None
    ]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def log_tail(log: Path, chars: int = LOG_TAIL_CHARS) -> str:
    """The end of a child's log, for an error message (empty when there is none yet)."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return ""
    return text[-chars:]


def wait_until_answering(
    url: str, process: subprocess.Popen[bytes], timeout_s: float, log: Path
) -> None:
    """Poll `url` until it answers 200, bounded by `timeout_s`. Raises RuntimeError naming the
    URL, with the tail of the child's `log`, when the child exits or the time runs out."""
    deadline = time.monotonic() + timeout_s
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                f"the server for {url} exited with {process.returncode}; "
                f"the end of {log}:\n{log_tail(log)}"
            )
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"{url} did not answer in {timeout_s} s; the end of {log}:\n{log_tail(log)}"
            )
        time.sleep(0.1)


class CentralProcess:
    """`lexkiosk-central serve` on 127.0.0.1 with its files in `data_dir`.

    `db_url` selects the database (default: SQLite in `data_dir`); `extra_args` are more `serve`
    options; stdout and stderr go to `log_path` (default `data_dir/central.log`), whose tail a
    failed start shows. Usable as a context manager (started on entry, stopped on exit).

    `media`: the service runs Janus and coturn as its own children (`--embedded-media`).
    `die_with_parent`: the service gets SIGTERM when the thread that started it ends, so it
    cannot outlive a killed demo; off by default (a test may start it from a worker thread)."""

    def __init__(
        self,
        data_dir: Path,
        port: int | None = None,
        heartbeat_s: float = 10.0,
        db_url: str | None = None,
        extra_args: Sequence[str] = (),
        log_path: Path | None = None,
        media: bool = False,
        die_with_parent: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.heartbeat_s = heartbeat_s
        self.db_url = db_url
        self.extra_args = tuple(extra_args) + (("--embedded-media",) if media else ())
        self.media = media
        self.die_with_parent = die_with_parent
        self.log_path = log_path or data_dir / "central.log"
        self.host = "127.0.0.1"
        self.url = f"http://{self.host}:{self.port}"
        self._proc: subprocess.Popen[bytes] | None = None

    def _cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "central.cli", *args]

    def _where(self) -> list[str]:
        """The CLI options naming this service's database and files."""
        database = ["--db", self.db_url] if self.db_url else []
        return [*database, "--data-dir", str(self.data_dir)]

    def start(self, timeout_s: float | None = None) -> None:
        """Start the service and wait until /healthz answers. The default is a bound, not a
        measure (imports are slow on a loaded machine): 90 s, and with `media` 240 s, since the
        service answers only once Janus and coturn do (its own bound for them is 120 s), so
        that a slow start is reported by the service, naming what did not answer, rather
        than cut short here."""
        if timeout_s is None:
            timeout_s = MEDIA_START_BOUND_S if self.media else START_BOUND_S
        self.data_dir.mkdir(parents=True, exist_ok=True)
        serve = ["serve", "--port", str(self.port), "--heartbeat-s", str(self.heartbeat_s)]
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                self._cli(*serve, *self._where(), *self.extra_args),
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent if self.die_with_parent else None,
            )
        try:
            wait_until_answering(f"{self.url}/healthz", self._proc, timeout_s, self.log_path)
        except RuntimeError as err:
            self.stop()
            raise RuntimeError(f"the central service did not start: {err}") from None

    def __enter__(self) -> CentralProcess:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise RuntimeError("the central service is not running")
        return self._proc.pid

    def enrol_code(
        self, site: str | None = None, org: str = "demo-bureau", add_org: bool = True
    ) -> str:
        """A one-time code for a new terminal of `org`, in one `kiosk enroll-code` process;
        `add_org`: the command adds `org` first when it is missing (a justice bureau in region
        150000, as `ensure_org` would), else a missing `org` is an error."""
        args = ["kiosk", "enroll-code", *self._where(), "--org", org]
        if add_org:
            args += ["--new-org-name", DEMO_ORG_NAME, "--new-org-kind", DEMO_ORG_KIND]
            args += ["--new-org-region", DEMO_ORG_REGION]
        if site:
            args += ["--site", site]
        out = subprocess.run(self._cli(*args), check=True, capture_output=True, text=True)
        return out.stdout.strip().splitlines()[-1]

    def ensure_org(
        self,
        org: str,
        name: str = DEMO_ORG_NAME,
        kind: str = DEMO_ORG_KIND,
        region: str = DEMO_ORG_REGION,
        parent: str | None = None,
    ) -> None:
        """The organisation `org` (by default a justice bureau in region 150000), unless it
        exists already."""
        above = ["--parent", parent] if parent else []
        subprocess.run(
            self._cli(
                "org",
                "add",
                org,
                *self._where(),
                "--name",
                name,
                "--kind",
                kind,
                "--region",
                region,
                *above,
            ),
            check=False,
            capture_output=True,
        )

    def media_addresses(self) -> dict[str, object]:
        """Where the service's own Janus and coturn listen (`media=True`), as it wrote them."""
        path = self.data_dir / "media" / "addresses.json"
        found: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        return found

    def add_staff(self, username: str, name: str, org: str, role: str, password: str) -> None:
        """A staff account (the password goes in on stdin, never on the command line)."""
        subprocess.run(
            self._cli(
                "user",
                "add",
                username,
                "--name",
                name,
                "--org",
                org,
                "--role",
                role,
                "--password-stdin",
                *self._where(),
            ),
            input=password + "\n",
            text=True,
            check=True,
            capture_output=True,
        )

    def seed(self, seed_file: Path, passwords: Mapping[str, str]) -> list[str]:
        """The organisations, staff and knowledge bases `seed_file` declares, in one
        `lexkiosk-central seed` process (what is there already is left alone); the passwords
        of new accounts go in on stdin. Returns its lines; RuntimeError with its message."""
        done = subprocess.run(
            self._cli("seed", str(seed_file), "--passwords-stdin", *self._where()),
            input="".join(f"{username} {password}\n" for username, password in passwords.items()),
            text=True,
            check=False,
            capture_output=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"seeding from {seed_file} failed: {done.stderr.strip()}")
        return done.stdout.strip().splitlines()

    def seed_knowledge(self, org: str = "demo-bureau") -> list[str]:
        """An organisation (when missing) owning the demo knowledge base and templates."""
        self.ensure_org(org)
        out = subprocess.run(
            self._cli("knowledge", "seed", "--org", org, *self._where()),
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip().splitlines()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
