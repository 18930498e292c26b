"""Update bundles for the central service's tests, and `lexkiosk-central updates` as a process.

The bundles are real (api_client.update_bundle, signed with a key made by `updates keygen`);
their wheels are small stand-ins, since the central service only checks hashes and signatures
and never installs them. Tampering changes one byte inside a wheel member of the tar.
"""

from __future__ import annotations

import hashlib
import subprocess
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from api_client.update_bundle import build_bundle
from tests.helpers import run_cli
from tests.helpers.served import Served


def make_bundle(folder: Path, version: str, private_key: Path) -> Path:
    """A signed bundle of `version`: a stand-in lexkiosk wheel, one dependency, a lock."""
    parts = folder / f"parts-{version}"
    parts.mkdir(parents=True)
    wheels = [
        parts / f"lexkiosk-{version}-py3-none-any.whl",
        parts / "tiny_dep-1.0-py3-none-any.whl",
    ]
    for wheel in wheels:
        wheel.write_bytes(f"stand-in wheel {wheel.name}\n".encode() * 64)
    lock = parts / "uv.lock"
    lock.write_text(f"version = 1\n# lexkiosk {version}\n")
    when = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    return build_bundle(folder, version, wheels, lock, private_key.read_bytes(), created=when)


def tampered(bundle: Path) -> Path:
    """A copy of `bundle` with one byte of its lexkiosk wheel changed (signature untouched)."""
    data = bytearray(bundle.read_bytes())
    with tarfile.open(bundle) as tar:
        member = next(m for m in tar.getmembers() if m.name.startswith("wheels/lexkiosk-"))
    data[member.offset_data + 10] ^= 0x01
    out = bundle.with_name("tampered-" + bundle.name)
    out.write_bytes(bytes(data))
    return out


def unsigned(bundle: Path) -> Path:
    """A copy of `bundle` without its `manifest.sig` member."""
    out = bundle.with_name("unsigned-" + bundle.name)
    with tarfile.open(bundle) as source, tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as copy:
        for member in source.getmembers():
            if member.name != "manifest.sig":
                copy.addfile(member, source.extractfile(member))
    return out


@dataclass
class UpdateScene:
    """GIVEN a running service (organisations alpha, alpha-east, beta), its database URL and
    data directory, a release key pair made with `updates keygen` and a folder for bundles."""

    served: Served
    db_url: str
    data_dir: Path
    keys: Path
    bundles: Path

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`lexkiosk-central updates COMMAND --db URL --data-dir DIR ARGS` as a process."""
        command, rest = args[0], args[1:]
        common: tuple[str, ...] = ("--db", self.db_url, "--data-dir", str(self.data_dir))
        if command == "keygen":  # the release machine's command: no database
            common = ()
        return run_cli("lexkiosk-central", "updates", command, *common, *rest)

    @property
    def http(self) -> httpx.Client:
        return self.served.http

    def terminals(
        self, org: str, ids: list[str], version: str = "1.0.0"
    ) -> dict[str, dict[str, str]]:
        """Enrolled terminals of `org`, each having sent a heartbeat saying it runs `version`."""
        found = {}
        for terminal_id in ids:
            device = self.served.enrol(terminal_id, org)
            self.beat(device, version)
            found[terminal_id] = device
        return found

    def beat(self, device: dict[str, str], version: str) -> None:
        body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": version, "devices": []}
        reply = self.http.post("/api/v1/heartbeat", json=body, headers=device)
        assert reply.status_code == 200, reply.text

    def offer(self, device: dict[str, str]) -> dict[str, object] | None:
        reply = self.http.get("/api/v1/terminals/me/update", headers=device)
        assert reply.status_code in (200, 204), reply.text
        return reply.json() if reply.status_code == 200 else None

    def offered(self, devices: dict[str, dict[str, str]]) -> set[str]:
        """The terminals that are offered a version when they ask."""
        return {tid for tid, device in devices.items() if self.offer(device) is not None}

    def report(self, device: dict[str, str], version: str, outcome: str, detail: str = "") -> None:
        body = {"version": version, "outcome": outcome, "detail": detail}
        reply = self.http.post("/api/v1/terminals/me/update-report", json=body, headers=device)
        assert reply.status_code == 204, reply.text

    def download_sha256(self, device: dict[str, str], version: str) -> str:
        reply = self.http.get(f"/api/v1/updates/{version}/bundle", headers=device)
        assert reply.status_code == 200, reply.text
        return hashlib.sha256(reply.content).hexdigest()
