#!/usr/bin/env python3
"""Checks that the monitoring files use only metrics Kairos really exports.

Every `kairos_*` and `http_server_*` name in the alert rules, their tests, the Prometheus
config and the Grafana dashboards (histogram suffixes stripped) must appear as a string
literal in the service's source, where it is recorded. The dashboards must also parse as JSON
and refer only to the provisioned data source. Exits 1 naming each problem.
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
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"metric names: {len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
