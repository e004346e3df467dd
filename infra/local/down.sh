#!/usr/bin/env bash
# Stop the local infrastructure: SIGTERM, wait, then SIGKILL; remove pid files.
#   infra/local/down.sh [--purge] [component ...]
#   --purge  also delete the run dir state (data, config, logs, env) — the caches are kept.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
source "$INFRA_DIR/components.sh"

grace_for() {
  case "$1" in
    kafka) echo 45 ;;        # controlled shutdown + log flush
    opensearch) echo 45 ;;
    *) echo 20 ;;
  esac
}

main() {
  local purge=false args=() a
  for a in "$@"; do
    case "$a" in
      --purge) purge=true ;;
      *) args+=("$a") ;;
    esac
  done
  parse_components "${args[@]}"
  take_run_lock

  local comp pid t0 stopped_order=()
  # Stop in the reverse of the start order.
  for comp in ferretdb minio opensearch kafka; do
    [[ " ${COMPONENTS[*]} " == *" $comp "* ]] && stopped_order+=("$comp")
  done
  # SIGTERM everything first (shutdowns overlap), then wait for each; SIGKILL after its grace.
  local -A pids=()
  t0="$(now)"
  for comp in "${stopped_order[@]}"; do
    if pid="$(running_pid "$comp")"; then
      log "[$comp] stopping pid $pid (SIGTERM)"
      kill -TERM "$pid" 2>/dev/null || true
      pids[$comp]="$pid"
    else
      log "[$comp] not running"
      rm -f "$(pid_file "$comp")"
    fi
  done
  for comp in "${stopped_order[@]}"; do
    [[ -n "${pids[$comp]:-}" ]] || continue
    wait_pid_exit "$comp" "${pids[$comp]}" "$(grace_for "$comp")"
    rm -f "$(pid_file "$comp")"
    log "[$comp] stopped ($(elapsed "$t0")s since SIGTERM)"
  done

  if $purge; then
    if [[ ${#COMPONENTS[@]} -ne ${#ALL_COMPONENTS[@]} ]]; then
      for comp in "${stopped_order[@]}"; do
        case "$comp" in
          opensearch)
            local d; d="$(opensearch_state_dir)"
            rm -rf "${d:?}"
            if [[ -L "$OS_STATE_LINK" ]]; then
              rm -f "$OS_STATE_LINK"
              rmdir --ignore-fail-on-non-empty "$(dirname "$d")" 2>/dev/null || true
            fi ;;
          *) rm -rf "${DATA_DIR:?}/$comp" "${CONF_DIR:?}/$comp" ;;
        esac
        log "[$comp] purged its run-dir state"
      done
    else
      [[ -n "$RUN_DIR" && "$RUN_DIR" != "/" && "$RUN_DIR" != "$HOME" && "$RUN_DIR" != "$REPO_ROOT" ]] \
        || die "refusing to purge suspicious run dir '$RUN_DIR'"
      if [[ -L "$OS_STATE_LINK" ]]; then
        local target; target="$(readlink -f "$OS_STATE_LINK")"
        rm -rf "${target:?}"
        rmdir --ignore-fail-on-non-empty "$(dirname "$target")" 2>/dev/null || true
      fi
      rm -rf "$RUN_DIR"
      log "purged $RUN_DIR (caches in $CACHE_DIR kept)"
    fi
  fi
}

main "$@"
