#!/usr/bin/env bash
# Start the local infrastructure (installing what is missing), wait until every server
# answers a real health check, write <run dir>/env and print a summary.
#   infra/local/up.sh [kafka|opensearch|minio|ferretdb|tesseract ...]   (default: all)
# Components already running and healthy are left alone.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
source "$INFRA_DIR/components.sh"

main() {
  parse_components "$@"
  require_python
  local t0 comp missing=()
  t0="$(now)"

  for comp in "${COMPONENTS[@]}"; do
    is_installed "$comp" || missing+=("$comp")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    info "installing missing components: ${missing[*]}"
    "$INFRA_DIR/install.sh" "${missing[@]}"
  fi

  ensure_run_dir
  take_run_lock

  # Start everything first (in the background), then wait: the JVMs warm up in parallel.
  local to_wait=()
  for comp in "${COMPONENTS[@]}"; do
    [[ "$comp" == tesseract ]] && continue
    if start_component "$comp"; then to_wait+=("$comp"); fi
  done

  local ct
  for comp in "${to_wait[@]}"; do
    ct="$(now)"
    wait_healthy "$comp"
    log "[$comp] healthy (waited $(elapsed "$ct")s)"
  done
  for comp in "${COMPONENTS[@]}"; do
    if [[ "$comp" == kafka ]]; then configure_kafka_identities; fi
  done

  for comp in "${COMPONENTS[@]}"; do
    if [[ "$comp" == tesseract ]]; then
      health_tesseract || die "[tesseract] tesseract with 'ind' and 'eng' is not available (run install.sh tesseract)"
    fi
  done

  write_env_file
  info "up: ${COMPONENTS[*]} ready in $(elapsed "$t0")s (env: $ENV_FILE)"
  "$INFRA_DIR/status.sh" "${COMPONENTS[@]}"
}

main "$@"
