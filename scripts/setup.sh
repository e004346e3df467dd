#!/usr/bin/env bash
# Installs the Python workspace into .venv from the lockfile (and uv itself when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
UV_VERSION="0.13.8"
if ! command -v uv >/dev/null 2>&1 || [[ "$(uv --version | awk '{print $2}')" != "$UV_VERSION" ]]; then
  echo "==> installing uv $UV_VERSION" >&2
  python3 -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi
echo "==> uv sync (locked)" >&2
uv sync --locked --all-packages --quiet
