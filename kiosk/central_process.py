"""Start and stop a local central service as a child process (for the demo and the tests)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class CentralProcess:
    """`lexkiosk-central serve` on 127.0.0.1 with SQLite in `data_dir`."""

    def __init__(self, data_dir: Path, port: int | None = None, heartbeat_s: float = 10.0) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.heartbeat_s = heartbeat_s
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen[bytes] | None = None

    def _cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "central.cli", *args]

    def start(self, timeout_s: float = 90.0) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = (self.data_dir / "central.log").open("ab")
        self._proc = subprocess.Popen(
            self._cli(
                "serve",
                "--port",
                str(self.port),
                "--data-dir",
                str(self.data_dir),
                "--heartbeat-s",
                str(self.heartbeat_s),
            ),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"the central service exited with {self._proc.returncode}; "
                    f"see {self.data_dir / 'central.log'}"
                )
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.url}/healthz", timeout=1.0).status_code == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the central service did not answer on {self.url} in {timeout_s} s")

    def enrol_code(self, site: str | None = None, org: str = "demo-bureau") -> str:
        """A one-time code for a new terminal of `org` (added when missing)."""
        self.ensure_org(org)
        args = ["kiosk", "enroll-code", "--data-dir", str(self.data_dir), "--org", org]
        if site:
            args += ["--site", site]
        out = subprocess.run(self._cli(*args), check=True, capture_output=True, text=True)
        return out.stdout.strip().splitlines()[-1]

    def ensure_org(self, org: str) -> None:
        """The organisation `org` in region 150000, unless it exists already."""
        subprocess.run(
            self._cli(
                "org",
                "add",
                org,
                "--data-dir",
                str(self.data_dir),
                "--name",
                "示范司法局",
                "--kind",
                "justice_bureau",
                "--region",
                "150000",
            ),
            check=False,
            capture_output=True,
        )

    def seed_knowledge(self, org: str = "demo-bureau") -> list[str]:
        """An organisation (when missing) owning the demo knowledge base and templates."""
        self.ensure_org(org)
        out = subprocess.run(
            self._cli("knowledge", "seed", "--org", org, "--data-dir", str(self.data_dir)),
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
