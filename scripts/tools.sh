#!/usr/bin/env bash
# Installs pinned developer tools into tools/: buf from npm, kustomize and kubeconform from the
# Go module proxy. Idempotent: tools already at the pinned version are left alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/tools/bin"
mkdir -p "$bin"
want="${*:-buf}"
for tool in $want; do
  case "$tool" in
    buf)
      if [[ ! -x "$root/tools/node_modules/.bin/buf" ]]; then
        echo "==> installing buf (npm)" >&2
        (cd "$root/tools" && npm ci --no-audit --no-fund --silent)
      fi
      ln -sf ../node_modules/.bin/buf "$bin/buf" ;;
    *) echo "unknown tool: $tool" >&2; exit 2 ;;
  esac
done
