"""One update check (`lexkiosk update check-once`): finish or undo what a power cut
interrupted, ask for an offer, download, verify, install beside the running version, switch,
prove health, keep or roll back, and report."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from api_client.update_bundle import BundleRefused
from api_client.updates import DownloadFailed, UpdatesClient
from config.settings import TerminalSettings
from kiosk.updates import progress
from kiosk.updates.errors import UpdateError
from kiosk.updates.files import read_json, write_json
from kiosk.updates.install import install_into_inactive, undo_install
from kiosk.updates.paths import UpdatePaths
from kiosk.updates.reports import Reporter
from kiosk.updates.slots import current_slot, installed_version, switch_to
from kiosk.updates.trial import try_version

# Exit codes of `lexkiosk update check-once` (documented in deploy/README.md)
UP_TO_DATE_OR_INSTALLED = 0
CANNOT_CHECK = 1
REFUSED = 3
ROLLED_BACK = 4

Say = Callable[[str], None]


@dataclass(frozen=True)
class Updater:
    settings: TerminalSettings
    client: UpdatesClient
    say: Say

    @property
    def paths(self) -> UpdatePaths:
        return UpdatePaths(self.settings.data_dir)

    @property
    def trusted(self) -> list[bytes]:
        return [key.encode() for key in self.settings.updates.release_keys]

    @property
    def max_bytes(self) -> int:
        return self.settings.updates.max_bundle_mb << 20

    def check_once(self) -> int:
        reporter = Reporter(self.client, self.paths)
        sent = reporter.send_kept()
        if sent:
            self.say(f"{sent} earlier update report(s) sent")
        interrupted = self._recover(reporter)
        if interrupted is not None:
            return interrupted
        offer = self.client.offer()
        if offer is None:
            self.say("no update offered: this terminal runs the version it should")
            return UP_TO_DATE_OR_INSTALLED
        running = self._running_version()
        if offer.version == running:
            reporter.report(offer.version, "installed", "already running this version")
            self.say(f"version {offer.version} already runs here")
            return UP_TO_DATE_OR_INSTALLED
        if self._failed_before(offer.version):
            self.say(f"version {offer.version} rolled back here before: not trying it again")
            return ROLLED_BACK
        self.say(f"version {offer.version} offered ({offer.size} bytes); downloading")
        self.paths.downloads.mkdir(parents=True, exist_ok=True)
        bundle = self.paths.downloads / f"lexkiosk-{offer.version}.bundle"
        try:
            self.client.download(offer, bundle, self.max_bytes)
            return self._install(bundle, offer.version, reporter)
        except DownloadFailed as err:
            return self._refuse(reporter, offer.version, f"download refused: {err}")
        finally:
            bundle.unlink(missing_ok=True)

    def _install(self, bundle: Path, offered: str, reporter: Reporter) -> int:
        try:
            manifest, record = install_into_inactive(
                self.paths, bundle, self.trusted, self.settings.updates.python, self.max_bytes
            )
        except BundleRefused as err:
            return self._refuse(reporter, offered, f"bundle refused: {err.reason}")
        except UpdateError as err:
            return self._refuse(reporter, offered, f"not installed: {err}")
        if manifest.version != offered:
            undo_install(self.paths, record)
            return self._refuse(
                reporter, offered, f"the bundle holds version {manifest.version}, not {offered}"
            )
        self.say(f"version {manifest.version} installed in environment {record.slot}; switching")
        return self._trial(record, reporter)

    def _trial(self, record: progress.Progress, reporter: Reporter) -> int:
        result = try_version(
            self.paths,
            record,
            self.settings.updates.restart_command,
            self.settings.updates.health_timeout_s,
        )
        if result.kept:
            reporter.report(record.version, "installed", result.detail)
            self.say(f"version {record.version} installed and running: {result.detail}")
            return UP_TO_DATE_OR_INSTALLED
        self._remember_failure(record.version)
        reporter.report(record.version, "rolled_back", result.detail)
        self.say(f"version {record.version} rolled back: {result.detail}")
        return ROLLED_BACK

    def _refuse(self, reporter: Reporter, version: str, detail: str) -> int:
        reporter.report(version, "refused", detail)
        self.say(f"version {version} refused, nothing installed: {detail}")
        return REFUSED

    def _recover(self, reporter: Reporter) -> int | None:
        """A run cut short: an install is undone; a switch is tried again from the switch."""
        record = progress.load(self.paths)
        if record is None:
            return None
        if record.phase == "installing":
            undo_install(self.paths, record)
            self.say(f"an interrupted install of {record.version} was cleaned up")
            return None
        self.say(f"an interrupted switch to {record.version}: checking its health again")
        return self._trial(record, reporter)

    def _running_version(self) -> str | None:
        slot = current_slot(self.paths)
        return installed_version(self.paths.slot(slot)) if slot else None

    def _failed_before(self, version: str) -> bool:
        failed = read_json(self.paths.failed)
        return isinstance(failed, list) and version in failed

    def _remember_failure(self, version: str) -> None:
        failed = read_json(self.paths.failed)
        known = [v for v in failed if isinstance(v, str)] if isinstance(failed, list) else []
        write_json(self.paths.failed, [*known[-19:], version])


def install_local(settings: TerminalSettings, bundle: Path, say: Say) -> int:
    """`lexkiosk update install BUNDLE`: provisioning from a local bundle file (a first
    install, or a terminal without network): verify, install beside, switch. The shell is
    not restarted and nothing is reported."""
    paths = UpdatePaths(settings.data_dir)
    try:
        manifest, record = install_into_inactive(
            paths,
            bundle,
            [key.encode() for key in settings.updates.release_keys],
            settings.updates.python,
            settings.updates.max_bundle_mb << 20,
        )
    except BundleRefused as err:
        say(f"error: bundle refused, nothing installed: {err.reason}")
        return REFUSED
    except UpdateError as err:
        say(f"error: not installed: {err}")
        return REFUSED
    switch_to(paths, record.slot)
    progress.clear(paths)
    shutil.rmtree(paths.staging, ignore_errors=True)
    say(
        f"version {manifest.version} installed in {paths.slot(record.slot)} and current; "
        "restart the shell to run it"
    )
    return UP_TO_DATE_OR_INSTALLED
