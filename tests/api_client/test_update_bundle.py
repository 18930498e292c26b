"""The signed update bundle: a good one verifies and extracts; every kind of tampering is
refused with a plain reason, and nothing is left behind by a refused extraction."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from api_client.update_bundle import (
    BundleRefused,
    build_bundle,
    extract_verified,
    verify_bundle,
)

VERSION = "1.2.0"
CREATED = datetime(2026, 12, 6, 16, 30, tzinfo=UTC)


def _pems() -> tuple[bytes, bytes]:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    public = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return private, public


@pytest.fixture(scope="module")
def keys() -> tuple[bytes, bytes]:
    return _pems()


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[list[Path], Path]:
    src = tmp_path / "src"
    src.mkdir()
    wheels = []
    for name, body in (
        (f"lexkiosk-{VERSION}-py3-none-any.whl", b"the shell" * 1000),
        ("tiny-0.1-py3-none-any.whl", b"a dependency"),
    ):
        (src / name).write_bytes(body)
        wheels.append(src / name)
    lock = src / "uv.lock"
    lock.write_text('version = 1\n[[package]]\nname = "tiny"\nversion = "0.1"\n')
    return wheels, lock


@pytest.fixture
def bundle(tmp_path: Path, keys: tuple[bytes, bytes], inputs: tuple[list[Path], Path]) -> Path:
    wheels, lock = inputs
    return build_bundle(tmp_path / "out", VERSION, wheels, lock, keys[0], created=CREATED)


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:") as tar:
        out = {}
        for info in tar.getmembers():
            fh = tar.extractfile(info)
            assert fh is not None
            out[info.name] = fh.read()
        return out


def _rewrite(
    path: Path,
    members: dict[str, bytes],
    extra: Callable[[tarfile.TarFile], None] | None = None,
) -> Path:
    out = path.with_name("rewritten.bundle")
    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if extra is not None:
            extra(tar)
    return out


def _refused(path: Path, public: bytes) -> str:
    with pytest.raises(BundleRefused) as caught:
        verify_bundle(path, [public])
    return caught.value.reason


def test_a_good_bundle_verifies(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    manifest = verify_bundle(bundle, [keys[1]])
    assert bundle.name == f"lexkiosk-{VERSION}.bundle"
    assert manifest.version == VERSION
    assert manifest.entry == f"lexkiosk=={VERSION}"
    assert manifest.created == CREATED
    assert manifest.sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert set(manifest.files) == {
        "uv.lock",
        f"wheels/lexkiosk-{VERSION}-py3-none-any.whl",
        "wheels/tiny-0.1-py3-none-any.whl",
    }


def test_the_manifest_and_signature_follow_the_contract(
    bundle: Path, keys: tuple[bytes, bytes]
) -> None:
    members = _members(bundle)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == 1
    assert manifest["created"] == "2026-12-06T16:30:00Z"
    assert len(members["manifest.sig"]) == 64
    assert manifest["files"]["uv.lock"] == hashlib.sha256(members["uv.lock"]).hexdigest()


def test_a_second_trusted_key_is_enough(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    other = _pems()[1]
    assert verify_bundle(bundle, [other, keys[1]]).version == VERSION


def test_extraction_writes_the_verified_files_under_dest(
    bundle: Path, keys: tuple[bytes, bytes], tmp_path: Path
) -> None:
    dest = tmp_path / "x"
    manifest = extract_verified(bundle, [keys[1]], dest)
    written = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    assert written == sorted(manifest.files)
    assert manifest.wheels == (
        f"wheels/lexkiosk-{VERSION}-py3-none-any.whl",
        "wheels/tiny-0.1-py3-none-any.whl",
    )


def test_unsigned_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    del members["manifest.sig"]
    assert "unsigned" in _refused(_rewrite(bundle, members), keys[1])


def test_a_signature_by_another_key_is_refused(bundle: Path) -> None:
    assert "bad signature" in _refused(bundle, _pems()[1])


def test_a_changed_manifest_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    members["manifest.json"] = members["manifest.json"].replace(b"1.2.0", b"1.2.1")
    assert "bad signature" in _refused(_rewrite(bundle, members), keys[1])


def test_one_byte_of_a_wheel_changed_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    name = f"wheels/lexkiosk-{VERSION}-py3-none-any.whl"
    data = bytearray(members[name])
    data[500] ^= 0x01
    members[name] = bytes(data)
    reason = _refused(_rewrite(bundle, members), keys[1])
    assert "hash" in reason and name in reason


def test_one_byte_flipped_in_the_file_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    """GIVEN the bundle file itself with one byte of a wheel's data flipped in place."""
    raw = bytearray(bundle.read_bytes())
    at = raw.index(b"the shell")
    raw[at] ^= 0x20
    bundle.write_bytes(bytes(raw))
    assert "hash" in _refused(bundle, keys[1])


def test_a_member_added_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    members["wheels/evil-1.0-py3-none-any.whl"] = b"x"
    assert "does not name" in _refused(_rewrite(bundle, members), keys[1])


def test_a_member_missing_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    del members["wheels/tiny-0.1-py3-none-any.whl"]
    assert "lacks" in _refused(_rewrite(bundle, members), keys[1])


def test_a_parent_path_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    members["../evil.whl"] = b"x"
    assert "unsafe path" in _refused(_rewrite(bundle, members), keys[1])


def test_an_absolute_path_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)
    members["/etc/evil.whl"] = b"x"
    assert "unsafe path" in _refused(_rewrite(bundle, members), keys[1])


def test_a_symlink_member_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    members = _members(bundle)

    def link(tar: tarfile.TarFile) -> None:
        info = tarfile.TarInfo("wheels/link-1.0-py3-none-any.whl")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        tar.addfile(info)

    reason = _refused(_rewrite(bundle, members, link), keys[1])
    assert "not a regular file" in reason


def test_an_oversize_bundle_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    with pytest.raises(BundleRefused, match="too large"):
        verify_bundle(bundle, [keys[1]], max_bytes=bundle.stat().st_size - 1)


def test_not_a_tar_is_refused(tmp_path: Path, keys: tuple[bytes, bytes]) -> None:
    path = tmp_path / "junk.bundle"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a tar" * 40)
    assert "not an uncompressed tar" in _refused(path, keys[1])


def test_a_compressed_tar_is_refused(bundle: Path, keys: tuple[bytes, bytes]) -> None:
    gz = bundle.with_name("x.bundle")
    with tarfile.open(gz, "w:gz") as tar:
        tar.add(bundle, arcname="manifest.json")
    assert "not an uncompressed tar" in _refused(gz, keys[1])


def test_an_unknown_format_is_refused(
    tmp_path: Path, keys: tuple[bytes, bytes], inputs: tuple[list[Path], Path]
) -> None:
    manifest = json.dumps({"format": 2, "version": VERSION, "files": {}}).encode()
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    path = _rewrite(
        tmp_path / "b.bundle",
        {"manifest.json": manifest, "manifest.sig": private.sign(manifest)},
    )
    assert "unknown bundle format" in _refused(path, public)


def test_no_configured_key_refuses_everything(bundle: Path) -> None:
    with pytest.raises(BundleRefused, match="no release key"):
        verify_bundle(bundle, [])


def test_a_refused_extraction_leaves_nothing(
    bundle: Path, keys: tuple[bytes, bytes], tmp_path: Path
) -> None:
    members = _members(bundle)
    name = "wheels/tiny-0.1-py3-none-any.whl"
    members[name] = b"A dependency"
    tampered = _rewrite(bundle, members)
    dest = tmp_path / "x"
    with pytest.raises(BundleRefused, match="hash"):
        extract_verified(tampered, [keys[1]], dest)
    assert list(dest.iterdir()) == []


def test_the_builder_refuses_a_bad_version_and_a_missing_shell_wheel(
    tmp_path: Path, keys: tuple[bytes, bytes], inputs: tuple[list[Path], Path]
) -> None:
    wheels, lock = inputs
    with pytest.raises(ValueError, match="PEP 440"):
        build_bundle(tmp_path, "1.2 beta", wheels, lock, keys[0])
    with pytest.raises(ValueError, match="lexkiosk wheel"):
        build_bundle(tmp_path, VERSION, wheels[1:], lock, keys[0])
    with pytest.raises(ValueError, match="PEM private key"):
        build_bundle(tmp_path, VERSION, wheels, lock, keys[1])
