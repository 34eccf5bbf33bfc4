"""Checks rendered Kubernetes manifests field by field.

Every workload's pod must meet the restricted Pod Security Standard, add no capability at all and
have a read-only root filesystem; Services, disruption budgets and network policies must select a
pod template, monitors a Service, autoscalers an existing workload. Prints one line per failed field
and exits 1 when there is any.

Usage: manifest_checks.py FILE...   (each a multi-document YAML stream, such as kubectl kustomize writes)
"""

import sys

import yaml

ALLOWED_VOLUME_TYPES = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
}
SECCOMP_TYPES = {"RuntimeDefault", "Localhost"}
POD_TEMPLATE_PATHS = {
    "Deployment": ("spec", "template"),
    "StatefulSet": ("spec", "template"),
    "DaemonSet": ("spec", "template"),
    "ReplicaSet": ("spec", "template"),
    "Job": ("spec", "template"),
    "CronJob": ("spec", "jobTemplate", "spec", "template"),
}


def dig(node, *keys):
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def pod_template(doc):
    """The pod template of a workload and the path to it, or (None, None) for other kinds."""
    if doc.get("kind") == "Pod":
        return doc, ""
    path = POD_TEMPLATE_PATHS.get(doc.get("kind"))
    if path is None:
        return None, None
    return dig(doc, *path) or {}, ".".join(path) + "."


def effective(container_context, pod_context, key):
    """A container's own setting wins over the pod's, as the kubelet applies them."""
    if key in container_context:
        return container_context[key]
    return pod_context.get(key)


def pod_failures(spec, at):
    failures = []

    for key in ("hostNetwork", "hostPID", "hostIPC"):
        if spec.get(key):
            failures.append(f"{at}{key} must be false")
    for volume in spec.get("volumes") or []:
        kinds = set(volume) - {"name"}
        if "hostPath" in kinds:
            failures.append(f"{at}volumes[{volume.get('name')}].hostPath is not allowed")
        elif not kinds <= ALLOWED_VOLUME_TYPES:
            failures.append(f"{at}volumes[{volume.get('name')}] uses {', '.join(sorted(kinds))}, not allowed")
    if dig(spec, "securityContext", "runAsUser") == 0:
        failures.append(f"{at}securityContext.runAsUser must not be 0")

    return failures


def container_failures(container, pod_context, at):
    context = container.get("securityContext") or {}
    where = f"{at}[{container.get('name')}]."
    at = f"{where}securityContext."
    failures = []

    if context.get("privileged"):
        failures.append(f"{at}privileged must be false")
    if context.get("allowPrivilegeEscalation") is not False:
        failures.append(f"{at}allowPrivilegeEscalation must be false")
    if "ALL" not in (dig(context, "capabilities", "drop") or []):
        failures.append(f"{at}capabilities.drop must contain ALL")
    if dig(context, "capabilities", "add"):
        failures.append(f"{at}capabilities.add must be empty")
    if effective(context, pod_context, "runAsNonRoot") is not True:
        failures.append(f"{at}runAsNonRoot must be true (here or in the pod's securityContext)")
    if context.get("runAsUser") == 0:
        failures.append(f"{at}runAsUser must not be 0")
    if (effective(context, pod_context, "seccompProfile") or {}).get("type") not in SECCOMP_TYPES:
        failures.append(f"{at}seccompProfile.type must be RuntimeDefault or Localhost (here or in the pod's)")
    if context.get("readOnlyRootFilesystem") is not True:
        failures.append(f"{at}readOnlyRootFilesystem must be true")
    for port in container.get("ports") or []:
        if port.get("hostPort"):
            failures.append(f"{where}ports[{port.get('name')}].hostPort is not allowed")

    return failures


def security_failures(doc):
    template, at = pod_template(doc)
    if template is None:
        return []
    spec = template.get("spec") or {}
    at = f"{at}spec."
    pod_context = spec.get("securityContext") or {}
    failures = pod_failures(spec, at)

    for group in ("initContainers", "containers", "ephemeralContainers"):
        for container in spec.get(group) or []:
            failures += container_failures(container, pod_context, f"{at}{group}")

    return failures


SELECTORS = {
    "Service": ("spec", "selector"),
    "PodDisruptionBudget": ("spec", "selector", "matchLabels"),
    "NetworkPolicy": ("spec", "podSelector", "matchLabels"),
}


def selects(selector, labels):
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def wiring_failure(doc, pods, services, workloads):
    """A selector or reference that would silently match nothing, or None."""
    kind = doc.get("kind")
    if kind in SELECTORS:
        path = SELECTORS[kind]
        if not any(selects(dig(doc, *path), labels) for labels in pods):
            return f"{'.'.join(path)} matches no pod template"
    elif kind == "ServiceMonitor":
        if not any(selects(dig(doc, "spec", "selector", "matchLabels"), labels) for labels in services):
            return "spec.selector.matchLabels matches no Service"
    elif kind == "HorizontalPodAutoscaler":
        target = dig(doc, "spec", "scaleTargetRef") or {}
        if (target.get("kind"), target.get("name")) not in workloads:
            return f"spec.scaleTargetRef {target.get('kind')}/{target.get('name')} does not exist"
    return None


def check(path):
    with open(path, encoding="utf-8") as stream:
        docs = [doc for doc in yaml.safe_load_all(stream) if doc]
    pods = [dig(pod_template(doc)[0], "metadata", "labels") or {} for doc in docs if pod_template(doc)[0]]
    services = [dig(doc, "metadata", "labels") or {} for doc in docs if doc.get("kind") == "Service"]
    workloads = {(doc.get("kind"), dig(doc, "metadata", "name")) for doc in docs}
    failures = []

    for doc in docs:
        name = f"{path}: {doc.get('kind')}/{dig(doc, 'metadata', 'name')}"
        wiring = wiring_failure(doc, pods, services, workloads)
        failures += [f"{name}: {failure}" for failure in security_failures(doc) + ([wiring] if wiring else [])]

    return failures


def main(paths):
    failures = [failure for path in paths for failure in check(path)]
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
