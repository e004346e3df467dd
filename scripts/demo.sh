#!/usr/bin/env bash
# `make demo`: the whole pipeline in one process over the sample data; no servers, no internet.
# Installs what is missing (the Python workspace; Tesseract with its Indonesian model, for the
# scanned images), then runs `samarinda demo`. Data persists in SAMARINDA_DATA_DIR (default
# <repo>/.data/demo), so a second run reuses what the first ingested. Extra arguments go to the
# command (see `samarinda demo --help`: --samples, --data-dir, --opd).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ ! -x .venv/bin/samarinda ]]; then
  bash scripts/setup.sh
fi
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx ind; then
  echo "==> installing Tesseract OCR with the Indonesian model" >&2
  bash infra/local/install.sh tesseract
fi

export SAMARINDA_MODE=embedded
export SAMARINDA_DATA_DIR="${SAMARINDA_DATA_DIR:-$root/.data/demo}"
exec .venv/bin/samarinda demo "$@"
