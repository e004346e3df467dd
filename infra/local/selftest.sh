#!/usr/bin/env bash
# End-to-end checks against the running local infrastructure (run up.sh first).
#   infra/local/selftest.sh [component ...]
# Prints PASS/FAIL per component; exits non-zero when any check fails.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
source "$INFRA_DIR/components.sh"

SELFTEST_LOG_DIR="$LOG_DIR/selftest"
TAG="selftest-$(date +%s)-$$"

# Each test writes details to $SELFTEST_LOG_DIR/<comp>.log and returns non-zero on failure.
check() { "$@" || { echo "check failed: $*" >&2; return 1; }; }

require_running() {
  local comp="$1"
  running_pid "$comp" >/dev/null || { echo "$comp is not running (start it with infra/local/up.sh $comp)" >&2; return 1; }
}

# ----------------------------------------------------------------------------- kafka
test_kafka() {
  require_running kafka || return 1
  local topic="samarinda-$TAG" msg="halo dari Samarinda $TAG" got admin
  admin="$(kafka_conf_dir)/admin-client.properties"   # SASL/SCRAM-SHA-512 as the super user
  echo "== create topic $topic"
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --command-config "$admin" \
    --create --if-not-exists --topic "$topic" --partitions 1 --replication-factor 1 || return 1
  echo "== produce"
  printf '%s\n' "$msg" | kafka_tool org.apache.kafka.tools.ConsoleProducer \
    --bootstrap-server "$KAFKA_BOOTSTRAP" --producer.config "$admin" --topic "$topic" --producer-property acks=all || return 1
  echo "== consume"
  got="$(kafka_tool org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$KAFKA_BOOTSTRAP" \
          --consumer.config "$admin" --topic "$topic" --from-beginning --max-messages 1 --timeout-ms 60000 \
          --group "samarinda-$TAG")" || return 1
  echo "consumed: $got"
  check [ "$got" == "$msg" ] || return 1
  echo "== no identity, no metadata; a wrong password neither"
  if "$PYTHON" "$PROBE" kafka "$KAFKA_BOOTSTRAP"; then echo "an anonymous client got metadata" >&2; return 1; fi
  if PROBE_KAFKA_PASSWORD=wrong "$PYTHON" "$PROBE" kafka "$KAFKA_BOOTSTRAP" --user "$KAFKA_ADMIN_USER" \
       --mechanism SCRAM-SHA-512; then
    echo "a wrong password got metadata" >&2; return 1
  fi
  echo "== delete topic"
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --command-config "$admin" \
    --delete --topic "$topic" || return 1
}

# ----------------------------------------------------------------------------- opensearch
os_curl() { curl -sS --max-time 60 -H 'content-type: application/json' "$@"; echo; }

test_opensearch() {
  require_running opensearch || return 1
  local idx="samarinda-knn-$TAG" out
  echo "== plugins / modules"
  out="$(os_curl "$OPENSEARCH_URL/_cat/plugins?h=component,version")" || return 1
  echo "$out"; check grep -q opensearch-knn <<<"$out" || return 1
  out="$(os_curl "$OPENSEARCH_URL/_nodes/plugins?filter_path=nodes.*.modules.name")" || return 1
  echo "$out"; check grep -q lang-painless <<<"$out" || return 1
  echo "== painless"
  out="$(os_curl -XPOST "$OPENSEARCH_URL/_scripts/painless/_execute" \
        -d '{"script":{"source":"params.a * params.b","params":{"a":6,"b":7}}}')" || return 1
  echo "$out"; check grep -q '"result":"42"' <<<"$out" || return 1
  echo "== create knn_vector index (engine lucene, hnsw)"
  out="$(os_curl -XPUT "$OPENSEARCH_URL/$idx" -d '{
    "settings": {"index": {"knn": true, "number_of_shards": 1, "number_of_replicas": 0}},
    "mappings": {"properties": {
      "title": {"type": "text"},
      "embedding": {"type": "knn_vector", "dimension": 3,
        "method": {"name": "hnsw", "engine": "lucene", "space_type": "l2",
                   "parameters": {"m": 16, "ef_construction": 100}}}}}}')" || return 1
  echo "$out"; check grep -q '"acknowledged":true' <<<"$out" || return 1
  echo "== index 2 docs"
  out="$(curl -sS --max-time 60 -XPOST "$OPENSEARCH_URL/$idx/_bulk?refresh=true" \
        -H 'content-type: application/x-ndjson' --data-binary $'{"index":{"_id":"1"}}\n{"title":"Samarinda","embedding":[1.0,0.0,0.0]}\n{"index":{"_id":"2"}}\n{"title":"Balikpapan","embedding":[0.0,1.0,0.0]}\n')" || return 1
  echo "$out"; check grep -q '"errors":false' <<<"$out" || return 1
  echo "== knn query"
  out="$(os_curl "$OPENSEARCH_URL/$idx/_search" \
        -d '{"size": 1, "query": {"knn": {"embedding": {"vector": [0.9, 0.1, 0.0], "k": 2}}}}')" || return 1
  echo "$out"; check grep -q '"_id":"1"' <<<"$out" || return 1
  echo "== knn query with efficient filter (lucene)"
  out="$(os_curl "$OPENSEARCH_URL/$idx/_search" \
        -d '{"size": 1, "query": {"knn": {"embedding": {"vector": [0.9, 0.1, 0.0], "k": 2,
             "filter": {"match": {"title": "balikpapan"}}}}}}')" || return 1
  echo "$out"; check grep -q '"_id":"2"' <<<"$out" || return 1
  echo "== delete index"
  os_curl -XDELETE "$OPENSEARCH_URL/$idx" || return 1
}

# ----------------------------------------------------------------------------- minio
s3_curl() {
  curl -sS --fail-with-body --max-time 30 --aws-sigv4 "aws:amz:us-east-1:s3" \
    --user "$MINIO_ROOT_USER:$MINIO_ROOT_PASSWORD" "$@"
}

test_minio() {
  require_running minio || return 1
  local bucket="samarinda-$TAG" body="halo minio $TAG" got tmpf
  tmpf="$(mktemp)"
  printf '%s' "$body" > "$tmpf"
  echo "== health"
  curl -fsS "http://$MINIO_ENDPOINT/minio/health/live" && curl -fsS "http://$MINIO_ENDPOINT/minio/health/ready" || return 1
  echo "== create bucket $bucket"
  s3_curl -X PUT "http://$MINIO_ENDPOINT/$bucket" || return 1
  echo "== put object"
  s3_curl -X PUT -T "$tmpf" "http://$MINIO_ENDPOINT/$bucket/dir/hello.txt" || return 1
  rm -f "$tmpf"
  echo "== get object"
  got="$(s3_curl "http://$MINIO_ENDPOINT/$bucket/dir/hello.txt")" || return 1
  echo "got: $got"
  check [ "$got" == "$body" ] || return 1
  echo "== list bucket"
  got="$(s3_curl "http://$MINIO_ENDPOINT/$bucket?list-type=2")" || return 1
  echo "$got"; check grep -q '<Key>dir/hello.txt</Key>' <<<"$got" || return 1
  echo "== cleanup"
  s3_curl -X DELETE "http://$MINIO_ENDPOINT/$bucket/dir/hello.txt" || return 1
  s3_curl -X DELETE "http://$MINIO_ENDPOINT/$bucket" || return 1
}

# ----------------------------------------------------------------------------- ferretdb
test_ferretdb() {
  require_running ferretdb || return 1
  "$PYTHON" "$PROBE" mongo "$MONGO_ADDR" || return 1
  "$PYTHON" "$PROBE" mongo-selftest "$MONGO_ADDR"
}

# ----------------------------------------------------------------------------- tesseract
test_tesseract() {
  command -v tesseract >/dev/null 2>&1 || { echo "tesseract not installed" >&2; return 1; }
  tesseract --version 2>&1 | head -3
  local langs; langs="$(tesseract --list-langs 2>&1)" || return 1
  echo "$langs"
  check grep -qx ind <<<"$langs" || return 1
  check grep -qx eng <<<"$langs"
}

main() {
  parse_components "$@"
  require_python
  ensure_run_dir
  mkdir -p "$SELFTEST_LOG_DIR"
  local comp t0 failed=() results=()
  for comp in "${COMPONENTS[@]}"; do
    local logf="$SELFTEST_LOG_DIR/$comp.log"
    t0="$(now)"
    if ( set +e; "test_$comp" ) > "$logf" 2>&1; then
      results+=("$(printf 'PASS  %-11s (%ss)' "$comp" "$(elapsed "$t0")")")
    else
      results+=("$(printf 'FAIL  %-11s (%ss) — details: %s' "$comp" "$(elapsed "$t0")" "$logf")")
      failed+=("$comp")
      log_tail "$logf" 25
    fi
    printf '%s\n' "${results[-1]}"
  done
  echo "---- selftest summary ($RUN_DIR)"
  printf '%s\n' "${results[@]}"
  if [[ ${#failed[@]} -gt 0 ]]; then
    echo "selftest FAILED: ${failed[*]}"
    return 1
  fi
  echo "selftest: all ${#COMPONENTS[@]} components PASS"
}

main "$@"
