"""`lexkiosk update ...` says what is wrong in one plain line, with a documented exit code."""

from __future__ import annotations

from pathlib import Path

from kiosk.net.token_store import TokenStore
from tests.helpers import run_cli
from tests.helpers.server import free_port
from tests.helpers.update_wheels import release_keys


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "PATH": "/usr/bin:/bin",
        **extra,
    }


def test_not_enrolled(tmp_path: Path) -> None:
    done = run_cli("lexkiosk", "update", "check-once", env=_env(tmp_path))
    assert done.returncode == 1
    assert done.stderr.startswith("error: this terminal is not enrolled")


def test_no_release_key(tmp_path: Path) -> None:
    (tmp_path / "kiosk").mkdir()
    TokenStore(tmp_path / "kiosk").save("t" * 43)
    done = run_cli("lexkiosk", "update", "check-once", env=_env(tmp_path))
    assert done.returncode == 1
    assert "no release key is configured" in done.stderr and "Traceback" not in done.stderr


def test_central_unreachable(tmp_path: Path) -> None:
    (tmp_path / "kiosk").mkdir()
    TokenStore(tmp_path / "kiosk").save("t" * 43)
    pem = release_keys()[1].decode()
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'central_url = "http://127.0.0.1:{free_port()}"\n'
        f"[updates]\nrelease_keys = ['''{pem}''']\n"
    )
    done = run_cli(
        "lexkiosk", "update", "check-once", env=_env(tmp_path, LEXKIOSK_CONFIG=str(config))
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot reach the central service")
    assert "Traceback" not in done.stderr


def test_install_of_a_file_that_is_not_a_bundle(tmp_path: Path) -> None:
    junk = tmp_path / "x.bundle"
    junk.write_bytes(b"not a tar" * 100)
    pem = release_keys()[1].decode()
    config = tmp_path / "kiosk.toml"
    config.write_text(f"[updates]\nrelease_keys = ['''{pem}''']\n")
    done = run_cli(
        "lexkiosk", "update", "install", str(junk), env=_env(tmp_path, LEXKIOSK_CONFIG=str(config))
    )
    assert done.returncode == 3
    assert done.stderr.startswith(
        "error: bundle refused, nothing installed: the file is not an uncompressed tar"
    )
    assert "Traceback" not in done.stderr


def test_status_before_any_install(tmp_path: Path) -> None:
    done = run_cli("lexkiosk", "update", "status", env=_env(tmp_path))
    assert done.returncode == 0
    assert "environment a: empty" in done.stdout and "no current environment" in done.stdout
