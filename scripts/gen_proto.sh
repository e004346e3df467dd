#!/usr/bin/env bash
# Regenerates libs/contracts/src from proto/ with the pinned grpcio-tools and mypy-protobuf.
# `--check` regenerates into a temporary folder and fails when the committed code is stale.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py="${PYTHON:-$root/.venv/bin/python}"
# protoc finds the mypy plugins on PATH.
export PATH="$(dirname "$py"):$PATH"
out="libs/contracts/src"
if [[ "${1:-}" == "--check" ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
mapfile -t protos < <(find proto -name '*.proto' | sort)
if [[ ${#protos[@]} -eq 0 ]]; then echo "no .proto files under proto/" >&2; exit 1; fi
if [[ "${1:-}" != "--check" ]]; then
  find "$out/samarinda" -name '*_pb2*.py*' -delete 2>/dev/null || true
fi
"$py" -m grpc_tools.protoc -I proto \
  --python_out="$out" --grpc_python_out="$out" --mypy_out="$out" --mypy_grpc_out="$out" \
  "${protos[@]}"
# Every generated directory is a regular package so mypy and importlib agree.
find "$out/samarinda" -type d -exec sh -c 'test -f "$1/__init__.py" || : > "$1/__init__.py"' _ {} \;
if [[ "${1:-}" == "--check" ]]; then
  if ! diff -r -q -x '__pycache__' "$out/samarinda" libs/contracts/src/samarinda; then
    echo "generated code is stale: run 'make proto' and commit the result" >&2
    exit 1
  fi
  echo "generated code is up to date"
fi
