#!/usr/bin/env python3
"""Checks the monitoring files against the code and the runbook.

Every `kairos_*` and `http_server_*` name in the alert rules, their tests, the Prometheus
config and the Grafana dashboards (histogram suffixes stripped) must appear as a string
literal in the service's source, where it is recorded. The dashboards must also parse as JSON
and refer only to the provisioned data source, and every alert's runbook link must name a
heading of docs/operations.md. Exits 1 naming each problem.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MONITORING = ROOT / "deploy" / "monitoring"
# Exported by `kairos backup` (the backup commands), recorded outside src/telemetry.
PENDING = {
    "kairos_backup_last_success_timestamp_seconds",
    "kairos_backup_verify_last_success_timestamp_seconds",
}
NAME = re.compile(r"\b((?:kairos|http_server)_[a-z0-9_]+)")
SUFFIX = re.compile(r"_(bucket|count|sum)$")


def exported() -> set[str]:
    names = set(PENDING)
    for path in (ROOT / "crates" / "kairos" / "src").rglob("*.rs"):
        names.update(re.findall(r'"((?:kairos|http_server)_[a-z0-9_]+)"', path.read_text()))
    return names


def main() -> int:
    known = exported()
    problems = []
    files = [p for p in MONITORING.rglob("*") if p.suffix in {".yml", ".yaml", ".json"}]
    for path in sorted(files):
        text = path.read_text()
        if path.suffix == ".json":
            try:
                dashboard = json.loads(text)
            except json.JSONDecodeError as err:
                problems.append(f"{path.relative_to(ROOT)}: not JSON: {err}")
                continue
            for panel in dashboard.get("panels", []):
                uid = (panel.get("datasource") or {}).get("uid", "prometheus")
                if uid != "prometheus":
                    problems.append(f"{path.relative_to(ROOT)}: panel {panel.get('title')!r} uses data source {uid!r}")
        for name in sorted(set(NAME.findall(text))):
            if name not in known and SUFFIX.sub("", name) not in known:
                problems.append(f"{path.relative_to(ROOT)}: {name} is not a metric Kairos exports")
    headings = {
        line[4:].strip().lower()
        for line in (ROOT / "docs" / "operations.md").read_text().splitlines()
        if line.startswith("### ")
    }
    for path in sorted(MONITORING.glob("rules/*.yml")):
        for anchor in sorted(set(re.findall(r"operations\.md#([a-z0-9-]+)", path.read_text()))):
            if anchor not in headings:
                problems.append(f"{path.relative_to(ROOT)}: runbook link #{anchor} has no heading in docs/operations.md")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"monitoring files: {len(files)} checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
