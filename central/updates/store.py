"""Published bundles in the data directory: `<data>/updates/bundles/lexkiosk-<version>.bundle`.

A bundle arrives as a copy beside its final name, is verified there (the copy, not the file the
operator named, which could change after it was checked), and only then renamed into place: a
half-copied or unverified file never carries a published name.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from central.updates.errors import UpdateError


class BundleStore:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / "updates" / "bundles"

    def path_for(self, version: str) -> Path:
        return self.root / f"lexkiosk-{version}.bundle"

    def receive(self, source: Path) -> Path:
        """A private copy of `source` inside the store, not yet under a published name."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
        except IsADirectoryError:
            raise UpdateError(f"{source} is a directory, not a bundle file", 422) from None
        except OSError as err:
            raise UpdateError(f"cannot read {source}: {err.strerror}", 422) from None
        return Path(name)

    def keep(self, incoming: Path, version: str) -> Path:
        final = self.path_for(version)
        incoming.replace(final)
        return final

    @staticmethod
    def discard(incoming: Path) -> None:
        incoming.unlink(missing_ok=True)
