"""What the rendered overlays must say, beyond what a schema can check.

``kustomize build`` of each overlay is parsed and read the way the cluster will read it: which
NetworkPolicy lets which pod reach which dependency, which Secret keys each process sees, whether
thread pools and drains follow the pod's own limits, what Prometheus scrapes. ``make
k8s-validate`` runs this after kubeconform.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from samarinda_upload.domain.limits import MiB, plan_validation_pool
from samarinda_upload.settings import UploadSettings

REPO_ROOT = Path(__file__).resolve().parents[2]
KUSTOMIZE = REPO_ROOT / "tools" / "bin" / "kustomize"
OVERLAYS = REPO_ROOT / "infra" / "k8s" / "overlays"
SERVICE_OVERLAYS = ("dev", "prod")
DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")

# The secrets each process may see: nothing else (least privilege).
ALLOWED_SECRET_KEYS: dict[str, set[str]] = {
    "upload-api": {
        "SAMARINDA_MONGO_URI",
        "SAMARINDA_S3_ACCESS_KEY",
        "SAMARINDA_S3_SECRET_KEY",
        "SAMARINDA_API_TOKENS",
    },
    "upload-worker": {"SAMARINDA_MONGO_URI", "SAMARINDA_S3_ACCESS_KEY", "SAMARINDA_S3_SECRET_KEY"},
    "extraction-worker": {"SAMARINDA_MONGO_URI", "SAMARINDA_S3_ACCESS_KEY", "SAMARINDA_S3_SECRET_KEY"},
    "embedding-api": {"SAMARINDA_OPENSEARCH_PASSWORD", "SAMARINDA_API_TOKENS", "SAMARINDA_GEMINI_API_KEY"},
    "embedding-worker": {
        "SAMARINDA_MONGO_URI",
        "SAMARINDA_S3_ACCESS_KEY",
        "SAMARINDA_S3_SECRET_KEY",
        "SAMARINDA_OPENSEARCH_PASSWORD",
        "SAMARINDA_GEMINI_API_KEY",
    },
    "rka-review-api": {
        "SAMARINDA_MONGO_URI",
        "SAMARINDA_API_TOKENS",
        "SAMARINDA_RKA_REVIEW_SEARCH_TOKEN",
        "SAMARINDA_GEMINI_API_KEY",
    },
    "rka-review-worker": {
        "SAMARINDA_MONGO_URI",
        "SAMARINDA_RKA_REVIEW_SEARCH_TOKEN",
        "SAMARINDA_GEMINI_API_KEY",
    },
    "billing-api": {"SAMARINDA_MONGO_URI", "SAMARINDA_API_TOKENS"},
    "billing-worker": {"SAMARINDA_MONGO_URI"},
    "performance-api": {"SAMARINDA_MONGO_URI", "SAMARINDA_API_TOKENS"},
    "performance-worker": {"SAMARINDA_MONGO_URI", "SAMARINDA_S3_ACCESS_KEY", "SAMARINDA_S3_SECRET_KEY"},
}
# A process that reads these keys talks to that dependency, so its pod must be allowed out to it.
DEPENDENCY_OF_KEY = {
    "SAMARINDA_MONGO_URI": "mongodb-clients",
    "SAMARINDA_S3_ACCESS_KEY": "s3-clients",
    "SAMARINDA_OPENSEARCH_PASSWORD": "opensearch-clients",
}


@cache
def kustomize() -> Path:
    if not KUSTOMIZE.is_file():  # installs the pinned version from the Go module proxy
        subprocess.run(["bash", "scripts/tools.sh", "kustomize"], cwd=REPO_ROOT, check=True)
    return KUSTOMIZE


@cache
def render(path: Path) -> tuple[dict[str, Any], ...]:
    out = subprocess.run(
        [str(kustomize()), "build", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return tuple(d for d in yaml.safe_load_all(out) if d)


def of_kind(docs: tuple[dict[str, Any], ...], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def ours(docs: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    return [
        d
        for d in of_kind(docs, "Deployment")
        if d["spec"]["template"]["metadata"]["labels"].get("app.kubernetes.io/part-of") == "samarinda"
    ]


def app(deployment: dict[str, Any]) -> dict[str, Any]:
    [container] = [c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == "app"]
    return container


def env(deployment: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in app(deployment).get("env", [])}


# Secrets that are not a service's own: Strimzi writes each KafkaUser's password into a Secret of
# the user's name (kafka-<service>), and the event signing keys have one Secret of their own.
EVENT_KEYS_SECRET = "samarinda-event-keys"
EVENT_KEYS = {"upload-worker": "upload-verification-keys", "extraction-worker": "extraction-signing-key"}


def all_secret_refs(deployment: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in app(deployment).get("env", []):
        ref = entry.get("valueFrom", {}).get("secretKeyRef")
        if ref is not None:
            yield ref


def is_kafka_or_event_key(ref: dict[str, Any]) -> bool:
    return ref["name"].startswith("kafka-") or ref["name"].startswith(EVENT_KEYS_SECRET)


def secret_refs(deployment: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The refs into the service's own Secret samarinda-<service>."""
    return (ref for ref in all_secret_refs(deployment) if not is_kafka_or_event_key(ref))


def matches(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def pod_labels(deployment: dict[str, Any]) -> dict[str, str]:
    return dict(deployment["spec"]["template"]["metadata"]["labels"])


def policy(docs: tuple[dict[str, Any], ...], name: str) -> dict[str, Any]:
    [found] = [p for p in of_kind(docs, "NetworkPolicy") if p["metadata"]["name"] == name]
    return found


def parse_quantity(text: str) -> float:
    units = {"Ki": 1024, "Mi": 1024**2, "Gi": 1024**3, "m": 0.001}
    for suffix, factor in units.items():
        if text.endswith(suffix):
            return float(text[: -len(suffix)]) * factor
    return float(text)


@pytest.fixture(params=SERVICE_OVERLAYS)
def docs(request: pytest.FixtureRequest) -> tuple[dict[str, Any], ...]:
    return render(OVERLAYS / request.param)


def test_every_overlay_renders_all_nine_processes(docs: tuple[dict[str, Any], ...]) -> None:
    assert {d["metadata"]["name"] for d in ours(docs)} == set(ALLOWED_SECRET_KEYS)


def test_each_process_reads_only_its_own_services_secret_and_only_the_keys_it_uses(
    docs: tuple[dict[str, Any], ...],
) -> None:
    for deployment in ours(docs):
        name = deployment["metadata"]["name"]
        service = pod_labels(deployment)["app.kubernetes.io/name"]
        assert all("secretRef" not in source for source in app(deployment).get("envFrom", [])), name
        refs = list(secret_refs(deployment))
        assert refs, name
        for ref in refs:
            # Generated dev Secrets carry a content hash suffix.
            assert re.fullmatch(rf"samarinda-{service}(-[a-z0-9]{{10}})?", ref["name"]), (name, ref)
        assert {ref["key"] for ref in refs} <= ALLOWED_SECRET_KEYS[name], name
        if deployment["metadata"]["labels"]["app.kubernetes.io/component"] == "worker":
            assert "SAMARINDA_API_TOKENS" not in {ref["key"] for ref in refs}, name


def test_the_kafka_password_is_the_services_own_user_and_only_signers_see_event_keys(
    docs: tuple[dict[str, Any], ...],
) -> None:
    for deployment in ours(docs):
        name = deployment["metadata"]["name"]
        service = pod_labels(deployment)["app.kubernetes.io/name"]
        others = [ref for ref in all_secret_refs(deployment) if is_kafka_or_event_key(ref)]
        kafka = [ref for ref in others if ref["name"].startswith("kafka-")]
        assert kafka == [{"name": f"kafka-{service}", "key": "password"}], name
        events = [ref["key"] for ref in others if ref not in kafka]
        assert events == ([EVENT_KEYS[name]] if name in EVENT_KEYS else []), name


def test_the_dev_secrets_hold_every_required_key_and_nothing_for_other_services() -> None:
    docs = render(OVERLAYS / "dev")
    secrets = {s["metadata"]["name"]: set(s["data"]) for s in of_kind(docs, "Secret")}
    for deployment in ours(docs):
        for ref in secret_refs(deployment):
            if not ref.get("optional"):
                assert ref["key"] in secrets[ref["name"]], (deployment["metadata"]["name"], ref)
    assert not any(name.startswith("samarinda-secrets") for name in secrets)  # the shared one is gone


def test_the_external_secrets_example_fills_every_required_key_of_prod() -> None:
    provided: dict[str, set[str]] = {}
    for external in of_kind(render(OVERLAYS / "prod-external-secrets"), "ExternalSecret"):
        target = external["spec"]["target"]["name"]
        provided[target] = {item["secretKey"] for item in external["spec"]["data"]}
    for deployment in ours(render(OVERLAYS / "prod")):
        for ref in secret_refs(deployment):
            if not ref.get("optional"):
                assert ref["key"] in provided.get(ref["name"], set()), (deployment["metadata"]["name"], ref)


def test_every_process_may_reach_each_dependency_it_holds_credentials_for(
    docs: tuple[dict[str, Any], ...],
) -> None:
    for deployment in ours(docs):
        labels = pod_labels(deployment)
        for key in {ref["key"] for ref in secret_refs(deployment)} & set(DEPENDENCY_OF_KEY):
            selector = policy(docs, DEPENDENCY_OF_KEY[key])["spec"]["podSelector"]
            assert matches(selector, labels), (deployment["metadata"]["name"], DEPENDENCY_OF_KEY[key])


def test_the_embedding_worker_reaches_s3_for_large_extractions(docs: tuple[dict[str, Any], ...]) -> None:
    [worker] = [d for d in ours(docs) if d["metadata"]["name"] == "embedding-worker"]
    assert matches(policy(docs, "s3-clients")["spec"]["podSelector"], pod_labels(worker))


def test_only_pods_that_call_gemini_may_leave_the_cluster() -> None:
    docs = render(OVERLAYS / "prod")
    config = {k: v for d in of_kind(docs, "ConfigMap") for k, v in d.get("data", {}).items()}
    assert config["SAMARINDA_LLM_PROVIDER"] == "gemini" and config["SAMARINDA_EMBEDDER_PROVIDER"] == "local"
    internet = policy(docs, "llm-egress")["spec"]["podSelector"]
    leaving = {d["metadata"]["name"] for d in ours(docs) if matches(internet, pod_labels(d))}
    assert leaving == {"rka-review-api", "rka-review-worker"}


def test_thread_pools_follow_the_containers_cpu_limit(docs: tuple[dict[str, Any], ...]) -> None:
    for deployment in ours(docs):
        name = deployment["metadata"]["name"]
        assert "cpu" in app(deployment)["resources"]["limits"], name
        variables = env(deployment)
        for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "SAMARINDA_CPU_LIMIT"):
            field = variables[variable]["valueFrom"]["resourceFieldRef"]
            assert (field["resource"], field["containerName"]) == ("limits.cpu", "app"), (name, variable)
        memory = variables["SAMARINDA_MEMORY_LIMIT_BYTES"]["valueFrom"]["resourceFieldRef"]
        assert memory["resource"] == "limits.memory", name
    [extraction] = [d for d in ours(docs) if d["metadata"]["name"] == "extraction-worker"]
    ocr = env(extraction)["SAMARINDA_EXTRACTION_OCR_WORKERS"]["valueFrom"]["resourceFieldRef"]
    assert ocr["resource"] == "limits.cpu"


def test_upload_validation_slots_fit_the_upload_pods(docs: tuple[dict[str, Any], ...]) -> None:
    for deployment in ours(docs):
        if pod_labels(deployment)["app.kubernetes.io/name"] != "upload":
            continue
        limits = app(deployment)["resources"]["limits"]
        cpus = max(1, int(-(-parse_quantity(limits["cpu"]) // 1)))
        memory = int(parse_quantity(limits["memory"]))
        variables = env(deployment)
        slots = variables.get("SAMARINDA_UPLOAD_VALIDATION_WORKERS", {}).get("value")
        slot_memory = variables.get("SAMARINDA_UPLOAD_VALIDATION_MEMORY_BYTES", {}).get("value")
        plan = plan_validation_pool(
            cpus,
            memory,
            slots=int(slots) if slots else None,
            slot_memory=int(slot_memory) if slot_memory else None,
        )  # raises when they cannot fit
        assert plan.slots * plan.slot_memory_bytes < memory, deployment["metadata"]["name"]


def test_drains_are_sized_from_the_grace_period(docs: tuple[dict[str, Any], ...]) -> None:
    for deployment in ours(docs):
        name = deployment["metadata"]["name"]
        grace = deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
        variables = env(deployment)
        assert float(variables["SAMARINDA_TERMINATION_GRACE_SECONDS"]["value"]) == grace, name
        prestop = app(deployment).get("lifecycle", {}).get("preStop", {}).get("sleep", {}).get("seconds", 0)
        assert float(variables.get("SAMARINDA_PRESTOP_SECONDS", {}).get("value", 0)) == prestop, name
        settings = UploadSettings(termination_grace_seconds=grace, prestop_seconds=prestop)
        assert settings.shutdown_budget_seconds() >= 0.5 * grace - prestop, name
        if deployment["metadata"]["labels"]["app.kubernetes.io/component"] == "api":
            assert prestop >= 5, f"{name}: no preStop delay, endpoints still route to a stopping pod"


def test_prometheus_scrapes_every_process_on_a_port_it_serves_metrics_on() -> None:
    docs = render(OVERLAYS / "prod")
    monitors = of_kind(docs, "PodMonitor")
    for deployment in ours(docs):
        name = deployment["metadata"]["name"]
        labels = pod_labels(deployment)
        [monitor] = [m for m in monitors if matches(m["spec"]["selector"], labels)]
        [endpoint] = monitor["spec"]["podMetricsEndpoints"]
        assert endpoint["path"] == "/metrics"
        ports = {p["name"]: p["containerPort"] for p in app(deployment)["ports"]}
        component = labels["app.kubernetes.io/component"]
        assert endpoint["port"] == ("metrics" if component == "api" else "health"), name
        assert ports[endpoint["port"]] in {8080, 9090}, name
        scrape = policy(docs, "metrics-scrape")
        allowed = {p["port"] for rule in scrape["spec"]["ingress"] for p in rule["ports"]}
        assert ports[endpoint["port"]] in allowed, name


def test_internal_grpc_balances_over_a_headless_service(docs: tuple[dict[str, Any], ...]) -> None:
    services = {s["metadata"]["name"]: s for s in of_kind(docs, "Service")}
    for deployment in ours(docs):
        target = env(deployment).get("SAMARINDA_RKA_REVIEW_SEARCH_TARGET")
        if target is None:
            continue
        match = re.fullmatch(r"dns:///([a-z0-9-]+):(\d+)", target["value"])
        assert match, target
        service = services[match[1]]
        assert service["spec"].get("clusterIP") == "None"
        assert int(match[2]) in {p["port"] for p in service["spec"]["ports"]}


def test_prod_apis_serve_tls_with_a_certificate_naming_their_services() -> None:
    docs = render(OVERLAYS / "prod")
    certificates = {c["spec"]["secretName"]: c for c in of_kind(docs, "Certificate")}
    services = of_kind(docs, "Service")
    for deployment in ours(docs):
        variables = env(deployment)
        assert variables["SAMARINDA_CA_FILE"]["value"].startswith("/etc/samarinda/ca/"), deployment[
            "metadata"
        ]
        if deployment["metadata"]["labels"]["app.kubernetes.io/component"] != "api":
            continue
        assert variables["SAMARINDA_TLS_CERT_FILE"]["value"] == "/etc/samarinda/tls/tls.crt"
        [volume] = [v for v in deployment["spec"]["template"]["spec"]["volumes"] if v["name"] == "tls"]
        certificate = certificates[volume["secret"]["secretName"]]
        for service in services:
            if matches({"matchLabels": service["spec"]["selector"]}, pod_labels(deployment)):
                assert service["metadata"]["name"] in certificate["spec"]["dnsNames"]


def test_the_upload_ingress_takes_a_full_size_upload() -> None:
    docs = render(OVERLAYS / "prod")
    [ingress] = of_kind(docs, "Ingress")
    annotations = ingress["metadata"]["annotations"]
    body = parse_quantity(annotations["nginx.ingress.kubernetes.io/proxy-body-size"].replace("m", "Mi"))
    assert body > UploadSettings().max_upload_bytes  # room for the multipart envelope
    assert annotations["nginx.ingress.kubernetes.io/proxy-request-buffering"] == "off"
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    [service] = [s for s in of_kind(docs, "Service") if s["metadata"]["name"] == backend["name"]]
    assert backend["port"]["name"] in {p["name"] for p in service["spec"]["ports"]}
    assert MiB * 100 == UploadSettings().max_upload_bytes


def unpinned_images(docs: tuple[dict[str, Any], ...]) -> list[str]:
    images = [
        c["image"] for d in of_kind(docs, "Deployment") for c in d["spec"]["template"]["spec"]["containers"]
    ]
    return [image for image in images if not DIGEST.search(image)]


def test_prod_runs_only_our_images_and_a_release_pins_each_by_digest(tmp_path: Path) -> None:
    prod = render(OVERLAYS / "prod")
    names = {image.split("@")[0].split(":")[0] for d in ours(prod) for image in [app(d)["image"]]}
    services = ("upload", "extraction", "embedding", "rka-review", "billing", "performance")
    assert names == {f"samarinda-{s}" for s in services}
    assert unpinned_images(prod)  # the checker sees the bare names the overlay carries
    # A release overlay (what `kustomize edit set image name=registry/name@sha256:...` writes).
    release = tmp_path / "release"
    release.mkdir()
    shutil.copytree(REPO_ROOT / "infra", tmp_path / "infra")
    digest = "sha256:" + "0123456789abcdef" * 4
    images = "\n".join(
        f"  - name: {name}\n    newName: registry.example/{name}\n    digest: {digest}"
        for name in sorted(names)
    )
    (release / "kustomization.yaml").write_text(
        f"resources:\n  - ../infra/k8s/overlays/prod\nimages:\n{images}\n"
    )
    assert unpinned_images(render(release)) == []
