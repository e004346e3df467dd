#!/usr/bin/env bash
# `make bench`: the end-to-end benchmark on the real stack and embedded, then each service's headline
# benchmark; prints every figure and a summary, and stops what it started. Bounded (~15 min).
#   SAMARINDA_BENCH_PER_KIND=4 SAMARINDA_BENCH_RKA=2   corpus size of the end-to-end run
#   SAMARINDA_BENCH_STEP_SECONDS=300                   time limit of each service benchmark
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py=.venv/bin/python
out="$root/.infra/bench"
mkdir -p "$out"
step_limit="${SAMARINDA_BENCH_STEP_SECONDS:-300}"

started_infra=0
started_cluster=0
if ! bash infra/local/status.sh >/dev/null 2>&1; then started_infra=1; fi
if ! "$py" -m samarinda_local_cluster status >/dev/null 2>&1; then started_cluster=1; fi
cleanup() {
  if [[ "$started_cluster" == 1 ]]; then "$py" -m samarinda_local_cluster down || true; fi
  if [[ "$started_infra" == 1 ]]; then bash infra/local/down.sh || true; fi
}
trap cleanup EXIT

bash infra/local/up.sh
"$py" -m samarinda_local_cluster up
set -a
# shellcheck disable=SC1091
source .infra/env
set +a

declare -A results
run_step() {  # name, command...: run with a time limit, keep its output, record ok/failed
  local name="$1"; shift
  echo "==> $name: $*" >&2
  if timeout "$step_limit" "$@" 2>&1 | tee "$out/$name.txt"; then
    results[$name]=ok
  else
    results[$name]="FAILED (see $out/$name.txt)"
  fi
}

echo "==> end to end: mixed corpus, real stack then embedded" >&2
if timeout 900 "$py" bench/e2e_throughput.py \
    --per-kind "${SAMARINDA_BENCH_PER_KIND:-4}" --rka "${SAMARINDA_BENCH_RKA:-2}" \
    --json "$out/e2e.json" 2>&1 | tee "$out/e2e.txt"; then
  results[e2e]=ok
else
  results[e2e]="FAILED (see $out/e2e.txt)"
fi

# The service benchmarks start what they measure themselves: a cluster we started would only add load.
if [[ "$started_cluster" == 1 ]]; then
  "$py" -m samarinda_local_cluster down
  started_cluster=0
fi
# Each is the headline figure of its service.
run_step upload "$py" services/upload/bench/upload_throughput.py --rounds 1
run_step extraction "$py" services/extraction/bench/throughput.py --rounds 1
run_step embedding "$py" services/embedding/bench/throughput.py --documents 20 --rounds 1 --opensearch
run_step rka_review "$py" services/rka_review/bench/latency.py --runs 10
run_step tenancy "$py" bench/tenancy_overhead.py --documents 2000 --calls 200
run_step billing "$py" services/billing/bench/ledger_throughput.py --events 2000 --runs 1
run_step performance "$py" services/performance/bench/evaluate.py services/performance/bench/devset --repeat 3

echo
echo "================================ summary ================================"
if [[ -f "$out/e2e.json" ]]; then
  "$py" - "$out/e2e.json" <<'EOF'
import json, sys
result = json.load(open(sys.argv[1]))
for mode, run in result["runs"].items():
    stages = ", ".join(f"{k} p50 {v['p50_s']}s p95 {v['p95_s']}s" for k, v in run["stage_latency"].items())
    print(f"e2e {mode}: {run['documents_per_minute']} documents/minute ({run['documents']} documents); {stages}")
if "real_over_embedded" in result:
    print(f"e2e real / embedded: {result['real_over_embedded']}x")
EOF
fi
for name in e2e upload extraction embedding rka_review billing performance; do
  printf '%-11s %s\n' "$name" "${results[$name]:-not run}"
done
echo "outputs: $out/"
for name in "${!results[@]}"; do [[ "${results[$name]}" == ok ]] || exit 1; done
