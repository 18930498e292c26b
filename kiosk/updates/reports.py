"""Reports to the central service that survive an unreachable network: a report that cannot
be sent now is kept on disk and sent first by the next check."""

from __future__ import annotations

from typing import Any

from api_client.client import CentralRejected, CentralUnreachable
from api_client.schemas.updates import UpdateOutcome
from api_client.updates import UpdatesClient
from kiosk.updates.files import read_json, write_json
from kiosk.updates.paths import UpdatePaths


class Reporter:
    def __init__(self, client: UpdatesClient, paths: UpdatePaths) -> None:
        self._client = client
        self._paths = paths

    def report(self, version: str, outcome: UpdateOutcome, detail: str) -> bool:
        """True once the central service has it; False when it waits on disk (no answer, or
        a server error); a refusal (4xx) is raised: sending it again would not help."""
        try:
            self._client.report(version, outcome, detail)
        except CentralUnreachable:
            pass
        except CentralRejected as err:
            if err.status_code < 500:
                raise
        else:
            return True
        self._keep({"version": version, "outcome": outcome, "detail": detail})
        return False

    def send_kept(self) -> int:
        """Send what waits; those the service refuses (e.g. an unknown version) are dropped."""
        kept = self._load()
        sent = 0
        for index, item in enumerate(kept):
            try:
                outcome = item["outcome"]
                if outcome in ("installed", "rolled_back", "refused"):
                    self._client.report(item["version"], outcome, item["detail"])
            except CentralUnreachable:
                write_json(self._paths.unsent_reports, kept[index:])
                return sent
            except CentralRejected:
                pass
            sent += 1
        self._paths.unsent_reports.unlink(missing_ok=True)
        return sent

    def _load(self) -> list[dict[str, Any]]:
        raw = read_json(self._paths.unsent_reports)
        return [r for r in raw if isinstance(r, dict)] if isinstance(raw, list) else []

    def _keep(self, item: dict[str, Any]) -> None:
        write_json(self._paths.unsent_reports, [*self._load(), item])
