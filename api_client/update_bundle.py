"""The update bundle: one signed, uncompressed tar carrying a release's wheels and its lock.

Pure (standard library and `cryptography` only): the release machine builds bundles, the
central service verifies them before publishing, the terminal verifies them before installing;
all three import this module. The format is fixed by the update contract:

- `manifest.json`: `{"format": 1, "version", "created", "entry": "lexkiosk==<version>",
  "files": {"uv.lock": sha256, "wheels/<name>.whl": sha256, ...}}`
- `manifest.sig`: the raw 64-byte Ed25519 signature over the exact bytes of `manifest.json`
- every file named in `files`, and nothing else: no links, no absolute paths, no `..`.

A terminal trusts nothing in a bundle until the signature over the manifest checks against one
of its configured release keys, and nothing in a file until its hash matches the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tarfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key, load_pem_public_key

FORMAT: Final = 1
MANIFEST: Final = "manifest.json"
SIGNATURE: Final = "manifest.sig"
LOCK: Final = "uv.lock"
WHEELS_DIR: Final = "wheels"
SIGNATURE_BYTES: Final = 64
MANIFEST_MAX_BYTES: Final = 1 << 20
MAX_MEMBERS: Final = 4000
# A terminal's full set (Qt with its add-ons, OpenCV, ONNX runtime, dlib) is about 0.7 GB.
DEFAULT_MAX_BYTES: Final = 2 << 30
_CHUNK: Final = 1 << 20

# PEP 440, public and local versions (the regular expression of its appendix B, simplified to
# the canonical spellings a release uses).
_VERSION = re.compile(
    r"^(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:(?:a|b|rc)[0-9]+)?(?:\.post[0-9]+)?(?:\.dev[0-9]+)?"
    r"(?:\+[a-z0-9]+(?:\.[a-z0-9]+)*)?$"
)
_WHEEL_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+!-]*\.whl$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BundleRefused(Exception):
    """The bundle cannot be trusted or used; `reason` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BundleManifest:
    """What a verified bundle holds: the version, its wheels and lock, and the bundle's hash."""

    version: str
    created: datetime
    entry: str
    files: Mapping[str, str]
    sha256: str

    @property
    def wheels(self) -> tuple[str, ...]:
        """The wheel members, e.g. `wheels/lexkiosk-1.2.0-py3-none-any.whl`, sorted."""
        return tuple(sorted(name for name in self.files if name.startswith(f"{WHEELS_DIR}/")))


def is_valid_version(version: str) -> bool:
    """True for a PEP 440 version in its canonical spelling (what a release may be called)."""
    return len(version) <= 64 and _VERSION.match(version) is not None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# -- building ----------------------------------------------------------------------------------


def build_bundle(
    out: Path,
    version: str,
    wheels: Sequence[Path],
    lock: Path,
    private_key_pem: bytes,
    created: datetime | None = None,
) -> Path:
    """Write `lexkiosk-<version>.bundle` into the folder `out` and return its path.

    The file appears whole or not at all (written beside it, then renamed). Raises ValueError
    with a plain message for a bad version, key, wheel name or a repeated wheel.
    """
    if not is_valid_version(version):
        raise ValueError(f"{version!r} is not a PEP 440 version")
    key = _load_private_key(private_key_pem)
    files: dict[str, Path] = {LOCK: lock}
    for wheel in wheels:
        if not _WHEEL_NAME.match(wheel.name):
            raise ValueError(f"{wheel.name!r} is not a wheel file name")
        member = f"{WHEELS_DIR}/{wheel.name}"
        if member in files:
            raise ValueError(f"the wheel {wheel.name} is given twice")
        files[member] = wheel
    if not any(Path(m).name.startswith("lexkiosk-") for m in files if m != LOCK):
        raise ValueError("the bundle needs the lexkiosk wheel itself")
    when = (created or datetime.now(UTC)).astimezone(UTC)
    manifest = {
        "format": FORMAT,
        "version": version,
        "created": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "entry": f"lexkiosk=={version}",
        "files": {name: sha256_file(path) for name, path in sorted(files.items())},
    }
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode()
    signature = key.sign(manifest_bytes)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"lexkiosk-{version}.bundle"
    partial = out / f".{target.name}.partial"
    with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
        _add_bytes(tar, MANIFEST, manifest_bytes, when)
        _add_bytes(tar, SIGNATURE, signature, when)
        for name, path in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = path.stat().st_size
            info.mtime = int(when.timestamp())
            info.mode = 0o644
            with path.open("rb") as fh:
                tar.addfile(info, fh)
    with partial.open("rb") as fh:
        os.fsync(fh.fileno())
    partial.replace(target)
    return target


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes, when: datetime) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(when.timestamp())
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))


def _load_private_key(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise ValueError("the release key is not a PEM private key without a password") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the release key is not an Ed25519 key")
    return key


def load_public_keys(pems: Sequence[bytes]) -> list[Ed25519PublicKey]:
    """The Ed25519 keys among `pems`; raises ValueError naming the first one that is not one."""
    keys = []
    for index, pem in enumerate(pems, start=1):
        try:
            key = load_pem_public_key(pem)
        except (ValueError, TypeError):
            raise ValueError(f"release key {index} is not a PEM public key") from None
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError(f"release key {index} is not an Ed25519 key")
        keys.append(key)
    return keys


# -- verifying ---------------------------------------------------------------------------------


def verify_bundle(
    path: Path, trusted_public_keys_pem: Sequence[bytes], max_bytes: int = DEFAULT_MAX_BYTES
) -> BundleManifest:
    """Check the bundle at `path` completely; raise BundleRefused with the reason if anything
    is wrong (unsigned, bad signature, a hash that differs, a missing or extra member, an unsafe
    path, too large, not a tar, an unknown format)."""
    with _open(path, trusted_public_keys_pem, max_bytes) as (tar, manifest, members):
        for name in manifest.files:
            fh = _extract(tar, members[name])
            _copy_checked(fh, None, name, manifest.files[name])
        return manifest


def extract_verified(
    path: Path,
    trusted: Sequence[bytes],
    dest: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> BundleManifest:
    """Verify the bundle and write its lock and wheels under `dest` (which must be empty or
    absent), checking each file's hash as it is written. Nothing is written outside `dest`;
    on any refusal everything written there is removed again."""
    if dest.exists() and any(dest.iterdir()):
        raise ValueError(f"{dest} is not empty")
    dest.mkdir(parents=True, exist_ok=True)
    try:
        with _open(path, trusted, max_bytes) as (tar, manifest, members):
            (dest / WHEELS_DIR).mkdir()
            for name in manifest.files:
                target = dest.joinpath(*name.split("/"))
                fh = _extract(tar, members[name])
                with target.open("xb") as out:
                    _copy_checked(fh, out, name, manifest.files[name])
            return manifest
    except BaseException:
        for child in dest.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        raise


class _Opened:
    """The open tar with its trusted manifest; a context manager so the file always closes."""

    def __init__(self, path: Path, trusted: Sequence[bytes], max_bytes: int) -> None:
        self._path = path
        self._trusted = trusted
        self._max_bytes = max_bytes
        self._tar: tarfile.TarFile | None = None

    def __enter__(self) -> tuple[tarfile.TarFile, BundleManifest, dict[str, tarfile.TarInfo]]:
        keys = _trusted_keys(self._trusted)
        size = _size(self._path)
        if size > self._max_bytes:
            raise BundleRefused(
                f"the bundle is too large ({size} bytes; the limit is {self._max_bytes})"
            )
        whole = sha256_file(self._path)
        try:
            self._tar = tarfile.open(self._path, mode="r:")
            infos = self._tar.getmembers()
        except (tarfile.TarError, EOFError, OSError):
            self.__exit__()
            raise BundleRefused("the file is not an uncompressed tar archive") from None
        try:
            members = _checked_members(infos)
            manifest = _trusted_manifest(self._tar, members, keys, whole)
            _same_members(members, manifest)
        except BaseException:
            self.__exit__()
            raise
        return self._tar, manifest, members

    def __exit__(self, *_: object) -> None:
        if self._tar is not None:
            self._tar.close()
            self._tar = None


def _open(path: Path, trusted: Sequence[bytes], max_bytes: int) -> _Opened:
    return _Opened(path, trusted, max_bytes)


def _trusted_keys(pems: Sequence[bytes]) -> list[Ed25519PublicKey]:
    if not pems:
        raise BundleRefused("no release key is configured: no bundle can be trusted")
    try:
        return load_public_keys(pems)
    except ValueError as err:
        raise BundleRefused(f"the configured {err}") from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        raise BundleRefused(f"there is no bundle at {path}") from None


def _checked_members(infos: list[tarfile.TarInfo]) -> dict[str, tarfile.TarInfo]:
    if len(infos) > MAX_MEMBERS:
        raise BundleRefused(f"the bundle has {len(infos)} members (at most {MAX_MEMBERS})")
    members: dict[str, tarfile.TarInfo] = {}
    for info in infos:
        name = info.name
        if not _safe_name(name):
            raise BundleRefused(f"unsafe path in the bundle: {name!r}")
        if not info.isreg():
            raise BundleRefused(f"the member {name!r} is not a regular file (links are refused)")
        if name in members:
            raise BundleRefused(f"the member {name!r} appears twice")
        members[name] = info
    return members


def _safe_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE, LOCK):
        return True
    folder, _, file = name.partition("/")
    return folder == WHEELS_DIR and _WHEEL_NAME.match(file) is not None


def _trusted_manifest(
    tar: tarfile.TarFile,
    members: dict[str, tarfile.TarInfo],
    keys: list[Ed25519PublicKey],
    whole: str,
) -> BundleManifest:
    if SIGNATURE not in members:
        raise BundleRefused("the bundle is unsigned (no manifest.sig)")
    if MANIFEST not in members:
        raise BundleRefused("the bundle has no manifest.json")
    if members[SIGNATURE].size != SIGNATURE_BYTES:
        raise BundleRefused("the signature is not a 64-byte Ed25519 signature")
    if members[MANIFEST].size > MANIFEST_MAX_BYTES:
        raise BundleRefused("the manifest is too large")
    signature = _extract(tar, members[SIGNATURE]).read()
    manifest_bytes = _extract(tar, members[MANIFEST]).read()
    if not any(_signed_by(key, signature, manifest_bytes) for key in keys):
        raise BundleRefused("bad signature: the manifest is not signed by a trusted release key")
    return _parse_manifest(manifest_bytes, whole)


def _signed_by(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def _parse_manifest(data: bytes, whole: str) -> BundleManifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleRefused("the manifest is not UTF-8 JSON") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleRefused("unknown bundle format (this terminal reads format 1)")
    version, created, entry, files = (raw.get(k) for k in ("version", "created", "entry", "files"))
    if not isinstance(version, str) or not is_valid_version(version):
        raise BundleRefused("the manifest's version is not a PEP 440 version")
    if entry != f"lexkiosk=={version}":
        raise BundleRefused("the manifest's entry does not name lexkiosk at its version")
    when = _parse_created(created)
    if not isinstance(files, dict) or LOCK not in files:
        raise BundleRefused("the manifest lists no uv.lock")
    for name, digest in files.items():
        if not _safe_name(name) or name in (MANIFEST, SIGNATURE):
            raise BundleRefused(f"unsafe path in the manifest: {name!r}")
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise BundleRefused(f"the manifest's hash for {name!r} is not a sha256 hex digest")
    return BundleManifest(
        version=version, created=when, entry=entry, files=dict(files), sha256=whole
    )


def _parse_created(created: object) -> datetime:
    if isinstance(created, str):
        try:
            when = datetime.fromisoformat(created)
        except ValueError:
            pass
        else:
            if when.tzinfo is not None:
                return when.astimezone(UTC)
    raise BundleRefused("the manifest's creation time is not an ISO 8601 time with a zone")


def _same_members(members: Mapping[str, tarfile.TarInfo], manifest: BundleManifest) -> None:
    named = set(manifest.files) | {MANIFEST, SIGNATURE}
    missing = sorted(named - set(members))
    if missing:
        raise BundleRefused(f"the bundle lacks a member the manifest names: {missing[0]}")
    extra = sorted(set(members) - named)
    if extra:
        raise BundleRefused(f"the bundle holds a member the manifest does not name: {extra[0]}")


def _extract(tar: tarfile.TarFile, info: tarfile.TarInfo) -> IO[bytes]:
    try:
        fh = tar.extractfile(info)
    except (tarfile.TarError, OSError):
        fh = None
    if fh is None:
        raise BundleRefused(f"the member {info.name!r} cannot be read")
    return fh


def _chunks(fh: IO[bytes], name: str) -> Iterator[bytes]:
    try:
        while chunk := fh.read(_CHUNK):
            yield chunk
    except (tarfile.TarError, EOFError, OSError):
        raise BundleRefused(f"the bundle is cut short inside {name!r}") from None


def _copy_checked(fh: IO[bytes], out: IO[bytes] | None, name: str, expected: str) -> None:
    digest = hashlib.sha256()
    for chunk in _chunks(fh, name):
        digest.update(chunk)
        if out is not None:
            out.write(chunk)
    if digest.hexdigest() != expected:
        raise BundleRefused(f"the hash of {name} differs from the manifest (changed or damaged)")
    if out is not None:
        out.flush()
        os.fsync(out.fileno())
