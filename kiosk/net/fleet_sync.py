"""What a heartbeat's answer asks of the terminal: a new configuration, remote commands.

Runs on the network thread. A configuration is merged into the settings file, validated with
the terminal's own schema, written atomically and acknowledged; a bad one is refused with the
problems named, and the file in force is left as it was. Commands are run by an executor the
shell provides (a screenshot needs the UI thread) and their results go back to the service.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import tomli_w

from api_client.client import CentralClient, CentralError
from api_client.schemas import CommandOut, CommandResult, ConfigReport, HeartbeatAck
from api_client.schemas.local_only import LOCAL_ONLY, local_only_keys
from config.errors import ConfigError, ConfigProblem
from config.loader import read_toml, settings_from_tree
from config.store import write_atomically

log = logging.getLogger(__name__)

Executor = Callable[[CommandOut], Awaitable[CommandResult]]


def _no_local_only(document: dict[str, Any]) -> None:
    """Refuse a push that sets what only this terminal's own file may (api_client's rule)."""
    problems = [
        ConfigProblem(key, "", f"is {LOCAL_ONLY[key]}: set here only, never pushed", "the centre")
        for key in local_only_keys(document)
    ]
    if problems:
        raise ConfigError(problems)


def deep_merge(base: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class FleetSync:
    def __init__(self, config_file: Path, data_dir: Path, execute: Executor) -> None:
        self._config_file = config_file
        self._marker = data_dir / "config_version"
        self._execute = execute

    def handled_version(self) -> int | None:
        """The last configuration version applied or refused here."""
        try:
            return int(self._marker.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None

    async def on_ack(self, client: CentralClient, ack: HeartbeatAck) -> None:
        try:
            if ack.config_version is not None and ack.config_version != self.handled_version():
                await self.sync_config(client)
            if ack.pending_commands:
                await self.run_commands(client)
        except CentralError as err:
            log.warning("fleet sync postponed to the next heartbeat: %s", type(err).__name__)

    async def sync_config(self, client: CentralClient) -> None:
        pushed = await client.fetch_config(self.handled_version())
        if pushed is None:
            return
        current = read_toml(self._config_file) if self._config_file.exists() else {}
        merged = deep_merge(current, pushed.document)
        try:
            _no_local_only(pushed.document)
            settings_from_tree(merged, f"configuration v{pushed.version} from the centre")
        except ConfigError as err:
            detail = "; ".join(p.line() for p in err.problems)[:500]
            log.warning(
                "configuration v%d refused (%d problems)", pushed.version, len(err.problems)
            )
            await client.report_config(
                ConfigReport(version=pushed.version, outcome="refused", detail=detail)
            )
        else:
            write_atomically(self._config_file, tomli_w.dumps(merged).encode())
            log.info("configuration v%d written to %s", pushed.version, self._config_file)
            await client.report_config(
                ConfigReport(
                    version=pushed.version,
                    outcome="applied",
                    detail="written; in force from the next start of the shell",
                )
            )
        write_atomically(self._marker, str(pushed.version).encode())

    async def run_commands(self, client: CentralClient) -> None:
        for command in await client.pending_commands():
            try:
                result = await self._execute(command)
            except Exception as err:  # a failed command is reported, never a dead network thread
                log.exception("remote command %s failed", command.kind)
                result = CommandResult(outcome="failed", detail=type(err).__name__)
            await client.command_result(command.id, result)
