"""The workers' optional settings files: the seal's (`--evidence-settings`), the fleet alerts'
(`--alert-settings`) and the terminals' CA (`--terminal-ca`), from the platform file's
`[evidence]`, `[alerts]` and `web.terminal_ca`."""

from __future__ import annotations

from pathlib import Path

from central.deploy.settings import Platform

EVIDENCE_JSON = "evidence.json"
ALERTS_JSON = "alerts.json"


def service_files(platform: Platform) -> dict[str, str]:
    """File name (below the output folder) -> text, for the sections the settings have."""
    out: dict[str, str] = {}
    if platform.evidence is not None:
        evidence = platform.evidence
        if "public_base_url" not in evidence.model_fields_set:  # QR codes point at nginx
            port = "" if platform.web.https_port == 443 else f":{platform.web.https_port}"
            base = f"https://{platform.web.server_name}{port}"
            evidence = evidence.model_copy(update={"public_base_url": base})
        out[EVIDENCE_JSON] = evidence.model_dump_json(indent=2, exclude_none=True) + "\n"
    if platform.alerts is not None:
        alerts = platform.alerts
        if alerts.tls_cert_file is None:  # watch the certificate nginx serves
            alerts = alerts.model_copy(update={"tls_cert_file": platform.web.tls_certificate})
        out[ALERTS_JSON] = alerts.model_dump_json(indent=2, exclude_none=True) + "\n"
    return out


def serve_options(platform: Platform) -> list[str]:
    """The `serve` options naming those files (installed under `paths.etc_dir`)."""
    etc: Path = platform.paths.etc_dir
    options: list[str] = []
    if platform.evidence is not None:
        options.append(f"--evidence-settings {etc / EVIDENCE_JSON}")
    if platform.alerts is not None:
        options.append(f"--alert-settings {etc / ALERTS_JSON}")
    if platform.web.terminal_ca is not None:
        options.append(f"--terminal-ca {platform.web.terminal_ca}")
    return options
