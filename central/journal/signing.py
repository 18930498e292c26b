"""Signed checkpoints of the journal, kept in a file outside the database.

The journal's hash chain shows a row changed only as long as nobody recomputes the hashes after
it; anyone who can write the database can. A checkpoint is the list of entry hashes since the
previous checkpoint, signed with an Ed25519 key that lives in a file, not in the database. One
JSON object a line, appended; each line carries its key's id, so a line signed by another key
(a key replaced together with the file) is told apart from a line that was edited.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

_CONTEXT = b"lexkiosk journal checkpoint v1\n"


class CheckpointError(Exception):
    """A key or checkpoint file that cannot be used, in words an operator acts on."""


@dataclass(frozen=True)
class Checkpoint:
    """Entries `from_seq`..`seq` had `hashes` when signed at `at` (line `line` of the file)."""

    line: int
    from_seq: int
    seq: int
    at: datetime
    hashes: tuple[str, ...]
    key_id: str
    signature: str

    @property
    def head(self) -> str:
        return self.hashes[-1]


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_hex(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw.hex()


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError:
        raise CheckpointError(f"no journal signing key at {path}") from None
    except (OSError, ValueError, TypeError) as err:
        raise CheckpointError(f"{path} is not a usable Ed25519 key ({err})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointError(f"{path} holds a key that is not Ed25519")
    return key


def load_or_create_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The key at `path`, made there first (mode 0600) if absent; True if it was made now."""
    if path.exists():
        return load_private_key(path), False
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it meanwhile: use theirs
        return load_private_key(path), False
    with os.fdopen(handle, "wb") as sink:
        sink.write(pem)
    return key, True


def parse_public_key(text: str) -> Ed25519PublicKey:
    """64 hex digits (what `journal public-key` prints), or a file holding them."""
    value = text.strip()
    if not _is_hex(value, 64) and Path(value).is_file():
        value = Path(value).read_text().strip()
    if not _is_hex(value, 64):
        raise CheckpointError(
            f"{text!r} is not a public key; use the 64 hex digits `journal public-key` printed"
        )
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(value))


def _is_hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def _message(from_seq: int, hashes: Sequence[str], at: str) -> bytes:
    body = {"from_seq": from_seq, "hashes": list(hashes), "at": at}
    return _CONTEXT + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def sign(key: Ed25519PrivateKey, from_seq: int, hashes: Sequence[str]) -> dict[str, Any]:
    """One checkpoint line (as a dict) over entries `from_seq`.. with these hashes."""
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    signature = key.sign(_message(from_seq, hashes, at))
    return {
        "from_seq": from_seq,
        "seq": from_seq + len(hashes) - 1,
        "at": at,
        "hashes": list(hashes),
        "key_id": key_id(key.public_key()),
        "signature": base64.b64encode(signature).decode(),
    }


def parse_line(number: int, text: str, public: Ed25519PublicKey) -> Checkpoint:
    where = f"checkpoint line {number}"
    try:
        raw = json.loads(text)
        point = Checkpoint(
            line=number,
            from_seq=int(raw["from_seq"]),
            seq=int(raw["seq"]),
            at=datetime.fromisoformat(raw["at"]),
            hashes=tuple(str(h) for h in raw["hashes"]),
            key_id=str(raw["key_id"]),
            signature=str(raw["signature"]),
        )
        signature = base64.b64decode(point.signature, validate=True)
    except (ValueError, KeyError, TypeError) as err:
        raise CheckpointError(f"{where} is not a checkpoint ({err})") from None
    if point.key_id != key_id(public):
        raise CheckpointError(
            f"{where} was signed by key {point.key_id}, not by the key checked with "
            f"({key_id(public)}): the key or the file was replaced"
        )
    try:
        public.verify(signature, _message(point.from_seq, point.hashes, raw["at"]))
    except InvalidSignature:
        raise CheckpointError(f"{where} does not match its signature: it was edited") from None
    if not point.hashes or point.seq != point.from_seq + len(point.hashes) - 1:
        raise CheckpointError(f"{where} does not cover the entries it names")
    return point


def read_checkpoints(path: Path, public: Ed25519PublicKey) -> list[Checkpoint]:
    """Every line, its signature checked; consecutive lines must cover consecutive entries."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        raise CheckpointError(f"no checkpoint file at {path}") from None
    points: list[Checkpoint] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        point = parse_line(number, line, public)
        expected = points[-1].seq + 1 if points else 1
        if point.from_seq != expected:
            raise CheckpointError(
                f"checkpoint line {number} starts at entry {point.from_seq}, not at "
                f"{expected}: a line before it was removed, or lines were reordered"
            )
        points.append(point)
    return points


class CheckpointFile:
    """The append-only file, locked while a writer reads its end and appends, so two
    processes (workers, the CLI) never sign the same entries twice."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append_locked(
        self, build: Callable[[tuple[int, str] | None], dict[str, Any] | None]
    ) -> dict[str, Any] | None:
        """Call `build((number, text) of the last line, or None)` under an exclusive lock;
        append what it returns, if anything, and fsync."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                handle.seek(0)
                lines = handle.read().splitlines()
                filled = [(n, t) for n, t in enumerate(lines, start=1) if t.strip()]
                record = build(filled[-1] if filled else None)
                if record is not None:
                    handle.write(json.dumps(record, separators=(",", ":")) + "\n")
                    handle.flush()
                    os.fsync(handle.fileno())
                return record
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
