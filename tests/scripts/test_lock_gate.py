"""The gate checks the lock: pyproject.toml edited without re-locking stops `make test` with a
one-line message naming the fix, and `make lock`'s resolver step fixes it. Run as processes on a
scratch copy of the project's dependency files (the pinned uv in .tools is shared, not re-made).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "uv.lock", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "scripts").mkdir()
    for name in ("uv.sh", "lock-status.sh", "uv-requirements.txt", "lock_check.py"):
        shutil.copy2(ROOT / "scripts" / name, tmp_path / "scripts" / name)
    if not (ROOT / ".tools" / "uv" / "bin" / "uv").exists():
        subprocess.run([str(ROOT / "scripts" / "uv.sh"), "--version"], check=True)
    (tmp_path / ".tools").mkdir()
    (tmp_path / ".tools" / "uv").symlink_to(ROOT / ".tools" / "uv")
    shutil.copy(ROOT / ".tools" / "uv.requirements", tmp_path / ".tools" / "uv.requirements")
    return tmp_path


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIRTUAL_ENV")}
    return subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, timeout=300, env=env, check=False
    )


def test_an_edit_without_relocking_is_refused_and_lock_fixes_it(scratch: Path) -> None:
    assert _run(scratch, "scripts/lock-status.sh").returncode == 0
    pyproject = scratch / "pyproject.toml"
    text = pyproject.read_text()
    assert '"segno>=1.6"' in text
    pyproject.write_text(text.replace('"segno>=1.6"', '"segno>=1.6.1"'))
    refused = _run(scratch, "scripts/lock-status.sh")
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "pyproject.toml and uv.lock disagree: run 'make lock', then 'make test', and commit uv.lock"
    ]
    relocked = _run(scratch, "scripts/uv.sh", "lock")
    assert relocked.returncode == 0, relocked.stderr
    assert _run(scratch, "scripts/lock-status.sh").returncode == 0
    assert 'specifier = ">=1.6.1"' in (scratch / "uv.lock").read_text()


def test_the_installed_versions_are_compared_with_the_lock(scratch: Path) -> None:
    """lock_check prints each difference: here a locked package at another version."""
    exported = _run(
        ROOT,
        "scripts/uv.sh", "export", "--frozen", "--all-extras", "--group", "dev",
        "--no-hashes", "--no-emit-project", "-q",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    python = str(ROOT / ".venv" / "bin" / "python")
    check = [python, str(ROOT / "scripts" / "lock_check.py")]
    same = subprocess.run(check, input=exported.stdout, capture_output=True, text=True)
    assert same.returncode == 0, same.stderr
    assert same.stdout.strip() == "[lock] the installed versions equal uv.lock"
    altered = re.sub(r"(?m)^segno==\S+", "segno==0.0.1", exported.stdout)
    differs = subprocess.run(check, input=altered, capture_output=True, text=True)
    assert differs.returncode == 1
    assert "[lock] version: segno" in differs.stderr and "0.0.1 locked" in differs.stderr
