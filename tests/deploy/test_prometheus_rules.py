"""deploy/prometheus/: the alerting rules pass `promtool check rules`, every rule has a
`promtool test rules` case that shows it firing and not firing, and the cases bite (rules
that never fire fail them)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml  # type: ignore[import-untyped]  # PyYAML, in the lock through certomancer

from tests.helpers.monitoring import RULE_TESTS, RULES, load_yaml, rules
from tests.helpers.system import require


def _promtool(*args: str, cwd: Path = RULES.parent) -> subprocess.CompletedProcess[str]:
    tool = require("promtool", "prometheus")
    return subprocess.run(
        [tool, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def test_the_rules_pass_promtool_check() -> None:
    done = _promtool("check", "rules", RULES.name)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"SUCCESS: {len(rules())} rules found" in done.stdout


def test_every_rule_has_a_case_firing_and_not_firing() -> None:
    cases = [c for test in load_yaml(RULE_TESTS)["tests"] for c in test["alert_rule_test"]]
    for rule in rules():
        mine = [c for c in cases if c["alertname"] == rule["alert"]]
        assert any(c["exp_alerts"] for c in mine), f"{rule['alert']}: no case where it fires"
        assert any(not c["exp_alerts"] for c in mine), f"{rule['alert']}: no case where it holds"


def test_the_rule_cases_pass_promtool_test() -> None:
    done = _promtool("test", "rules", RULE_TESTS.name)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_the_cases_fail_when_no_rule_fires(tmp_path: Path) -> None:
    """GIVEN the same rules with every expression replaced by one that never fires
    WHEN promtool runs the cases THEN each rule's firing case fails."""
    broken = load_yaml(RULES)
    for group in broken["groups"]:
        for rule in group["rules"]:
            rule["expr"] = "vector(1) > 2"
    (tmp_path / RULES.name).write_text(yaml.safe_dump(broken))
    (tmp_path / RULE_TESTS.name).write_text(RULE_TESTS.read_text())
    done = _promtool("test", "rules", RULE_TESTS.name, cwd=tmp_path)
    assert done.returncode != 0
    for rule in rules():
        assert f"alertname: {rule['alert']}," in done.stdout + done.stderr, rule["alert"]
