"""Holds the alert rules, the Grafana dashboard and a scrape of /q/metrics to the metric catalogue.

The catalogue is families.yaml beside this file. Prints one line per failure and exits 1 when there is any.

Usage: monitoring_checks.py rules FILE | dashboard FILE | dashboard-rules FILE | scrape FILE
"""

import json
import re
import sys
from pathlib import Path

import yaml

CATALOGUE = yaml.safe_load((Path(__file__).parent / "families.yaml").read_text())
RULE_EXTRAS = {"up"}
ALERT_KEYS = ("for", "severity", "summary", "description", "runbook")
DASHBOARD_PREFIXES = ("http_server_requests_seconds", "ft_")
CONNECTION_FILTER = 'connection=~"$connection"'
CONNECTION_QUERY = "label_values(broker_token_expiry_seconds, connection)"
DATASOURCE = "${datasource}"
PROMQL_KEYWORDS = {
    "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset",
}
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+\S+(?:\s+\S+)?$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def sample_names(family, kind):
    if kind == "histogram":
        return {family + "_bucket", family + "_count", family + "_sum"}
    return {family}


CATALOGUE_SAMPLES = {name for family, spec in CATALOGUE.items() for name in sample_names(family, spec["type"])}


def metric_names(expr):
    """The metric names a PromQL expression selects: what is left once strings, label matchers, ranges,
    grouping lists, functions and keywords are taken out."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', '""', expr)
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text)
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    names = re.findall(r"(?<![\w.$])([a-zA-Z_:][\w:]*)(?![\w:]|\s*\()", text)
    return {name for name in names if name not in PROMQL_KEYWORDS}


def alert_failures(where, rule):
    """An alert needs a for, a severity label and the annotations an operator reads."""
    present = set(rule) | set(rule.get("labels", {})) | set(rule.get("annotations", {}))
    return [f"{where} has no {key}" for key in ALERT_KEYS if key not in present]


def rule_failures(path):
    failures = []
    for group in yaml.safe_load(Path(path).read_text())["groups"]:
        for rule in group["rules"]:
            where = f"{path}: {rule.get('alert') or rule.get('record')}"
            unknown = metric_names(rule["expr"]) - CATALOGUE_SAMPLES - RULE_EXTRAS
            failures += [f"{where} uses {name}, not in the catalogue" for name in sorted(unknown)]
            failures += alert_failures(where, rule) if "alert" in rule else []
    return failures


def panels(dashboard):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def variable_failures(path, dashboard):
    variables = {item["name"]: item for item in dashboard.get("templating", {}).get("list", [])}
    datasource = variables.get("datasource", {})
    connection = variables.get("connection", {})
    query = connection.get("query", "")
    query = query.get("query", "") if isinstance(query, dict) else query
    failures = []

    if datasource.get("type") != "datasource" or datasource.get("query") != "prometheus":
        failures.append(f"{path}: needs a Prometheus data source variable named datasource")
    if connection.get("datasource", {}).get("uid") != DATASOURCE:
        failures.append(f"{path}: the variable connection must query {DATASOURCE}")
    if re.sub(r"\s", "", query) != re.sub(r"\s", "", CONNECTION_QUERY):
        failures.append(f"{path}: the variable connection must be {CONNECTION_QUERY}")
    return failures


def target_failures(where, expr):
    failures = []
    for name in sorted(metric_names(expr)):
        if name not in CATALOGUE_SAMPLES and not name.startswith(DASHBOARD_PREFIXES):
            failures.append(f"{where} uses {name}, neither in the catalogue nor Quarkus' or SmallRye's")
    for selector in re.findall(r"\bbroker_\w+(?:\{[^}]*\})?", expr):
        if CONNECTION_FILTER not in selector:
            failures.append(f"{where}: {selector} ignores the connection variable")
    return failures


def dashboard_failures(path):
    dashboard = json.loads(Path(path).read_text())
    failures = variable_failures(path, dashboard)
    ids = [panel.get("id") for panel in panels(dashboard)]

    if dashboard.get("schemaVersion", 0) < 36:
        failures.append(f"{path}: schemaVersion {dashboard.get('schemaVersion')} is older than Grafana 9")
    if len(ids) != len(set(ids)):
        failures.append(f"{path}: panel ids repeat")
    for panel in panels(dashboard):
        where = f"{path}: panel {panel.get('title')!r}"
        if panel.get("type") == "row":
            continue
        if panel.get("datasource", {}).get("uid") != DATASOURCE or not panel.get("targets"):
            failures.append(f"{where} needs targets on the data source {DATASOURCE}")
        for target in panel.get("targets", []):
            failures += target_failures(where, target.get("expr", ""))
    return failures


def dashboard_rules(path):
    """A rule file that records every panel's query, the dashboard's variables filled in, so that promtool
    can parse the queries."""
    dashboard = json.loads(Path(path).read_text())
    rules = []
    for panel in panels(dashboard):
        for target in panel.get("targets", []):
            expr = target["expr"].replace("$__rate_interval", "5m").replace("$connection", ".+")
            rules.append({"record": f"dashboard:panel_{panel['id']}_{target['refId']}", "expr": expr})
    return yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]})


def parse_scrape(path):
    """The scrape's families by name: their # TYPE and samples (name, labels)."""
    families, owner = {}, {}
    for line in Path(path).read_text().splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(maxsplit=3)
            families[name] = {"type": kind, "samples": []}
            owner.update((sample, name) for sample in sample_names(name, kind))
        elif line and not line.startswith("#"):
            match = SAMPLE.match(line)
            name = match.group(1) if match else line
            if name in owner:
                families[owner[name]]["samples"].append((name, dict(LABEL.findall(match.group(2) or ""))))
    return families


def label_failures(family, spec, name, labels):
    expected = set(spec["labels"]) | ({"le"} if name.endswith("_bucket") else set())
    failures = []

    if set(labels) != expected:
        failures.append(f"{family}: a sample has the labels {sorted(labels)}, not {sorted(expected)}")
    for label, allowed in spec["labels"].items():
        if allowed is not None and label in labels and labels[label] not in allowed:
            failures.append(f"{family}: {label}={labels[label]!r} is none of {', '.join(allowed)}")
    return failures


def scrape_failures(path):
    families = parse_scrape(path)
    failures = []
    for family, spec in CATALOGUE.items():
        found = families.get(family)
        if found is None:
            failures.append(f"{family}: missing from the scrape")
            continue
        if found["type"] != spec["type"]:
            failures.append(f"{family}: typed {found['type']}, the catalogue says {spec['type']}")
        missing = sample_names(family, spec["type"]) - {name for name, _ in found["samples"]}
        failures += [f"{family}: no {name} sample" for name in sorted(missing)]
        for name, labels in found["samples"]:
            failures += [f for f in label_failures(family, spec, name, labels) if f not in failures]
    return failures


def scrape_notes(path):
    extra = sorted(name for name in parse_scrape(path) if name.startswith("broker_") and name not in CATALOGUE)
    return [f"note: {name} is not in the catalogue" for name in extra]


CHECKS = {
    "rules": (rule_failures, "every alert is complete and selects catalogue families only"),
    "dashboard": (dashboard_failures, "every panel selects catalogue families, Quarkus' or SmallRye's only"),
    "scrape": (scrape_failures, "every catalogue family is there with its type and labels"),
}


def main(command, path):
    if command == "dashboard-rules":
        print(dashboard_rules(path))
        return 0
    check, passed = CHECKS[command]
    failures = check(path)
    notes = scrape_notes(path) if command == "scrape" else []

    print("\n".join(failures + notes + ([] if failures else [f"{path}: {passed}"])))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
