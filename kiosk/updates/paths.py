"""Where the updater keeps things, all under the terminal's data directory (outside the A/B
environments, like the outbox, so nothing a version wrote is lost when it is switched away)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SLOTS = ("a", "b")


@dataclass(frozen=True)
class UpdatePaths:
    data_dir: Path

    @property
    def envs(self) -> Path:
        return self.data_dir / "envs"

    @property
    def current(self) -> Path:
        """A symlink to `a` or `b`; the shell's unit runs `envs/current/bin/lexkiosk run`."""
        return self.envs / "current"

    def slot(self, name: str) -> Path:
        return self.envs / name

    @property
    def work(self) -> Path:
        return self.data_dir / "updates"

    @property
    def downloads(self) -> Path:
        return self.work / "downloads"

    @property
    def staging(self) -> Path:
        """The verified bundle's files while they are installed."""
        return self.work / "staging"

    @property
    def progress(self) -> Path:
        return self.work / "progress.json"

    @property
    def health(self) -> Path:
        return self.work / "health.json"

    @property
    def failed(self) -> Path:
        return self.work / "failed.json"

    @property
    def unsent_reports(self) -> Path:
        return self.work / "unsent-reports.json"

    @property
    def lock(self) -> Path:
        return self.work / "lock"
