"""The monitoring files of deploy/: the Prometheus rules, their promtool tests and the Grafana
dashboard, and the metric names they use (for the test that scrapes a running service)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML, in the lock through certomancer

from tests.helpers import ROOT

PROMETHEUS = ROOT / "deploy" / "prometheus"
RULES = PROMETHEUS / "lexkiosk-alerts.yml"
RULE_TESTS = PROMETHEUS / "lexkiosk-alerts.test.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "lexkiosk-fleet.json"
_METRIC = re.compile(r"\b(lexkiosk_[a-z0-9_]+)\b")


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def rules() -> list[dict[str, Any]]:
    return [rule for group in load_yaml(RULES)["groups"] for rule in group["rules"]]


def dashboard_exprs() -> list[str]:
    found: list[str] = []

    def walk(panels: list[dict[str, Any]]) -> None:
        for panel in panels:
            found.extend(t["expr"] for t in panel.get("targets", []))
            walk(panel.get("panels", []))

    walk(json.loads(DASHBOARD.read_text())["panels"])
    return found


def metric_names(exprs: list[str]) -> set[str]:
    return {name for expr in exprs for name in _METRIC.findall(expr)}


def names_used() -> dict[str, set[str]]:
    """Metric name -> where it is used ("rules", "dashboard")."""
    used: dict[str, set[str]] = {}
    for name in metric_names([str(r["expr"]) for r in rules()]):
        used.setdefault(name, set()).add("rules")
    for name in metric_names(dashboard_exprs()):
        used.setdefault(name, set()).add("dashboard")
    return used
