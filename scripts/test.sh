#!/usr/bin/env bash
# `make test`: from a fresh clone, install everything, start the real servers, run every test
# tier against them, validate the Kubernetes manifests, and stop the servers again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup.sh
bash scripts/tools.sh buf
# The console's end-to-end tests drive Debian's headless Chromium through its chromedriver.
bash scripts/browser.sh
echo "==> contracts: generated code fresh, protos linted" >&2
bash scripts/gen_proto.sh --check
(cd proto && "$root/tools/bin/buf" lint)
if [[ -f scripts/gen_asyncapi.py ]]; then
  .venv/bin/python scripts/gen_asyncapi.py --check
fi
.venv/bin/python scripts/gen_dockerfiles.py --check

started_infra=0
cleanup() {
  if [[ "$started_infra" == 1 && "${SAMARINDA_KEEP_INFRA:-0}" != 1 ]]; then
    bash infra/local/down.sh || true
  fi
}
trap cleanup EXIT

echo "==> starting the real servers" >&2
started_infra=1
bash infra/local/up.sh
set -a
# shellcheck disable=SC1091
source .infra/env
set +a
# The platform's topics, as Strimzi declares them in the cluster (services never create topics).
.venv/bin/python scripts/kafka_topics.py

echo "==> tests (unit, integration, end to end)" >&2
status=0
.venv/bin/pytest "$@" || status=$?
if [[ "$status" == 5 ]]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
if [[ "$status" != 0 ]]; then
  exit "$status"
fi

echo "==> kubernetes manifests" >&2
bash scripts/k8s_validate.sh
echo "==> container images: Dockerfile lint and each image's install step in a clean directory" >&2
bash scripts/docker_check.sh
