#!/usr/bin/env bash
# Show state, health and memory of the local infrastructure.
#   infra/local/status.sh [component ...]
# RSS = current resident memory (VmRSS); PEAK = VmHWM, the peak RSS since the process started.
# Exit status: 0 when every listed server runs and is healthy, 3 otherwise.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
source "$INFRA_DIR/components.sh"

main() {
  parse_components "$@"
  require_python
  local comp pid state health rss hwm rss_kb hwm_kb total_rss=0 total_hwm=0 rc=0
  printf '%-11s %-9s %-8s %-8s %-10s %-10s %s\n' COMPONENT STATE HEALTH PID RSS PEAK ENDPOINT
  for comp in "${COMPONENTS[@]}"; do
    if [[ "$comp" == tesseract ]]; then
      if health_tesseract; then state=installed health=ok
      else state=missing health=FAIL; rc=3; fi
      local ver; ver="$(tesseract --version 2>/dev/null | head -1 || true)"
      printf '%-11s %-9s %-8s %-8s %-10s %-10s %s\n' tesseract "$state" "$health" - - - \
        "${ver:-not installed}, langs: $(tesseract --list-langs 2>/dev/null | grep -Ex 'ind|eng' | paste -sd, || echo -)"
      continue
    fi
    rss=- hwm=-
    if pid="$(running_pid "$comp")"; then
      state=running
      if is_healthy "$comp"; then health=ok; else health=FAIL; rc=3; fi
      read -r rss_kb hwm_kb < <(proc_mem_kb "$pid")
      total_rss=$((total_rss + rss_kb)); total_hwm=$((total_hwm + hwm_kb))
      rss="$(human_kb "$rss_kb")"; hwm="$(human_kb "$hwm_kb")"
    else
      pid=-
      health=-
      if [[ -e "$(pid_file "$comp")" ]]; then state=stale; else state=stopped; fi
      rc=3
    fi
    printf '%-11s %-9s %-8s %-8s %-10s %-10s %s\n' "$comp" "$state" "$health" "$pid" "$rss" "$hwm" \
      "$(component_endpoint "$comp")"
  done
  if (( total_rss > 0 )); then
    printf '%-11s %-9s %-8s %-8s %-10s %-10s %s\n' total - - - "$(human_kb "$total_rss")" \
      "$(human_kb "$total_hwm")" "(sum of the servers' RSS / peak RSS)"
  fi
  printf 'run dir: %s   cache: %s\n' "$RUN_DIR" "$CACHE_DIR"
  return "$rc"
}

main "$@"
