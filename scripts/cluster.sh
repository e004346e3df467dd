#!/usr/bin/env bash
# The local cluster: the real servers (infra/local) plus the six services as eleven processes.
#   scripts/cluster.sh up [--fresh]   start what is not running, wait on health, print endpoints
#   scripts/cluster.sh down           stop the eleven processes (SIGTERM, then SIGKILL), then the servers
#   scripts/cluster.sh status         the servers and the processes, with their health
# State, logs and pid files live in .infra/cluster/; `source .infra/cluster/env` points the CLI at it.
# --fresh starts over with a new database, bucket, index prefix, consumer groups and tokens.
# SAMARINDA_CLUSTER_KEEP_INFRA=1 makes `down` leave the servers running (others may use them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
processes=(.venv/bin/python -m samarinda_local_cluster)

usage() { echo "usage: scripts/cluster.sh up [--fresh] | down | status" >&2; exit 2; }

[[ $# -ge 1 ]] || usage
command="$1"; shift
case "$command" in
  up)
    bash infra/local/up.sh
    "${processes[@]}" up "$@"
    echo "CLI: source .infra/cluster/env && samarinda --help" >&2
    ;;
  down)
    [[ $# -eq 0 ]] || usage
    "${processes[@]}" down
    if [[ "${SAMARINDA_CLUSTER_KEEP_INFRA:-0}" != 1 ]]; then
      bash infra/local/down.sh
    fi
    ;;
  status)
    [[ $# -eq 0 ]] || usage
    rc=0
    bash infra/local/status.sh || rc=$?
    "${processes[@]}" status || rc=$?
    exit "$rc"
    ;;
  *) usage ;;
esac
