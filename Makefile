# One command each; see README.md. Every target works from a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python

.PHONY: help setup demo test test-unit lint proto proto-check asyncapi dockerfiles bench infra-up infra-down \
        infra-status k8s-validate docker-check cluster-up cluster-down

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: ## install the Python workspace into .venv from uv.lock
	@bash scripts/setup.sh

demo: setup ## run the whole pipeline in one process over the sample data (no servers, no internet)
	@bash scripts/demo.sh

test: ## set up, start the real servers, run all tests (unit + integration + e2e), stop the servers
	@bash scripts/test.sh

test-unit: setup ## the offline tests only (no servers)
	@$(PY) -m pytest -m "not integration and not e2e"

lint: setup ## ruff, mypy, import-linter and buf lint
	@bash scripts/tools.sh buf
	@.venv/bin/ruff check .
	@.venv/bin/ruff format --check .
	@.venv/bin/mypy libs/common/src apps/cli/src infra/local/cluster/src services/*/src
	@.venv/bin/lint-imports
	@$(PY) scripts/gen_dockerfiles.py --check
	@cd proto && ../tools/bin/buf lint

proto: setup ## regenerate libs/contracts from proto/
	@bash scripts/gen_proto.sh

proto-check: setup ## fail when the generated code is stale
	@bash scripts/gen_proto.sh --check

asyncapi: setup ## regenerate each service's asyncapi.yaml from the code
	@$(PY) scripts/gen_asyncapi.py

dockerfiles: setup ## regenerate every service's Dockerfile from infra/docker (template + images.toml)
	@$(PY) scripts/gen_dockerfiles.py

bench: setup ## benchmarks against the real servers; prints figures and ratios
	@bash scripts/bench.sh

infra-up: setup ## install (cached) and start Kafka, MinIO, FerretDB, OpenSearch; Tesseract; create the topics
	@bash infra/local/up.sh
	@set -a && source .infra/env && set +a && $(PY) scripts/kafka_topics.py

infra-down: ## stop the local servers
	@bash infra/local/down.sh

infra-status: ## show the local servers, their health and memory
	@bash infra/local/status.sh

k8s-validate: ## render every kustomize overlay, validate it with kubeconform and check it with tests/k8s (offline)
	@bash scripts/k8s_validate.sh

docker-check: setup ## lint the Dockerfiles and replay each image's install step into a clean directory
	@bash scripts/docker_check.sh

cluster-up: setup ## real servers + the five services as processes on this machine
	@bash scripts/cluster.sh up

cluster-down: ## stop the local cluster
	@bash scripts/cluster.sh down
