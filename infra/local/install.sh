#!/usr/bin/env bash
# Install (pinned, cached, idempotent) the local infrastructure components.
#   infra/local/install.sh [kafka|opensearch|minio|ferretdb|tesseract ...]   (default: all)
# Everything lands in $SAMARINDA_INFRA_CACHE (default ~/.cache/samarinda-infra), keyed by
# version; a component whose final directory/binary exists is skipped. Work happens in a
# temp dir inside the cache and is moved into place only when complete.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

INSTALL_LOG_DIR="$LOG_DIR"

# The temp dir of the install in progress is removed on any exit (success, failure, signal).
CURRENT_TMP=""
cleanup_tmp() { if [[ -n "$CURRENT_TMP" ]]; then rm -rf "$CURRENT_TMP"; fi; }
trap cleanup_tmp EXIT
trap 'exit 130' INT TERM
new_tmp() { CURRENT_TMP="$(cache_tmpdir "$1")"; }

# Run a build/download step with its output in an install log; on failure show the tail.
run_logged() {
  local comp="$1" logf="$2"; shift 2
  printf '\n$ %s\n' "$*" >> "$logf"
  if ! "$@" >> "$logf" 2>&1; then
    fail_component "$comp" "install step failed: $*" "$logf"
  fi
}

mvn_bin() {
  command -v mvn >/dev/null 2>&1 || die "mvn (Maven) not found: needed to fetch the Kafka/OpenSearch artifacts from Maven Central"
  command -v mvn
}

# Resolve the dependencies of a generated pom into a directory (Maven Central, checksums enforced).
#   mvn_copy_deps COMP LOGFILE POM OUTDIR [extra -D flags...]
mvn_copy_deps() {
  local comp="$1" logf="$2" pom="$3" out="$4"; shift 4
  run_logged "$comp" "$logf" "$(mvn_bin)" -B -q -C -f "$pom" \
    -Dmaven.repo.local="$M2_REPO" \
    "org.apache.maven.plugins:maven-dependency-plugin:${MAVEN_DEPENDENCY_PLUGIN_VERSION}:copy-dependencies" \
    -DoutputDirectory="$out" "$@"
}

ensure_unzip() {
  command -v unzip >/dev/null 2>&1 && return 0
  log "installing unzip (apt)"
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends unzip
}

# ----------------------------------------------------------------------------- kafka
install_kafka() {
  local logf="$INSTALL_LOG_DIR/install-kafka.log" tmp
  new_tmp kafka; tmp="$CURRENT_TMP"
  cat > "$tmp/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.samarinda.infra</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>${KAFKA_VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    <!-- broker + controller (kafka.Kafka, kafka.tools.StorageTool) and its runtime deps:
         kafka-server, kafka-server-common, kafka-metadata, kafka-raft, kafka-storage, ... -->
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_${KAFKA_SCALA_VERSION}</artifactId>
      <version>${KAFKA_VERSION}</version>
    </dependency>
    <!-- TopicCommand, ConsoleProducer, ConsoleConsumer (selftest); Connect is not needed -->
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka-tools</artifactId>
      <version>${KAFKA_VERSION}</version>
      <exclusions>
        <exclusion><groupId>org.apache.kafka</groupId><artifactId>connect-runtime</artifactId></exclusion>
      </exclusions>
    </dependency>
    <!-- logging backend (Kafka 4.1 uses slf4j 1.7 -> log4j2) -->
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>${KAFKA_LOG4J_VERSION}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j-impl</artifactId>
      <version>${KAFKA_LOG4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
EOF
  mvn_copy_deps kafka "$logf" "$tmp/pom.xml" "$tmp/lib" -DincludeScope=runtime
  [[ -f "$tmp/lib/kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}.jar" ]] \
    || fail_component kafka "kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}.jar missing after resolution" "$logf"
  # Smoke check: the main classes load on this JVM.
  run_logged kafka "$logf" "$(java_bin)" -cp "$tmp/lib/*" kafka.tools.StorageTool version
  printf 'kafka %s (scala %s), %s jars\n' "$KAFKA_VERSION" "$KAFKA_SCALA_VERSION" \
    "$(find "$tmp/lib" -name '*.jar' | wc -l)" > "$tmp/.installed"
  mkdir -p "$(dirname "$KAFKA_HOME")"
  rm -rf "$KAFKA_HOME"
  mv "$tmp" "$KAFKA_HOME"
}

# ----------------------------------------------------------------------------- opensearch
write_module_descriptor() {
  local dir="$1" name="$2" classname="$3" description="$4" extended="$5"
  cat > "$dir/plugin-descriptor.properties" <<EOF
description=${description}
version=${OPENSEARCH_VERSION}
name=${name}
classname=${classname}
java.version=11
opensearch.version=${OPENSEARCH_VERSION}
extended.plugins=${extended}
has.native.controller=false
EOF
}

install_opensearch() {
  local logf="$INSTALL_LOG_DIR/install-opensearch.log" tmp dl home
  ensure_unzip
  new_tmp opensearch; tmp="$CURRENT_TMP"
  dl="$tmp/dl"
  cat > "$tmp/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.samarinda.infra</groupId>
  <artifactId>opensearch-runtime</artifactId>
  <version>${OPENSEARCH_VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.opensearch.distribution.integ-test-zip</groupId><artifactId>opensearch</artifactId><version>${OPENSEARCH_VERSION}</version><type>zip</type></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>opensearch-knn</artifactId><version>${OPENSEARCH_KNN_VERSION}</version><type>zip</type></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>lang-painless</artifactId><version>${OPENSEARCH_VERSION}</version></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>opensearch-scripting-painless-spi</artifactId><version>${OPENSEARCH_VERSION}</version></dependency>
    <dependency><groupId>org.antlr</groupId><artifactId>antlr4-runtime</artifactId><version>${OPENSEARCH_ANTLR4_VERSION}</version></dependency>
    <dependency><groupId>org.ow2.asm</groupId><artifactId>asm</artifactId><version>${OPENSEARCH_ASM_VERSION}</version></dependency>
    <dependency><groupId>org.ow2.asm</groupId><artifactId>asm-util</artifactId><version>${OPENSEARCH_ASM_VERSION}</version></dependency>
    <dependency><groupId>org.ow2.asm</groupId><artifactId>asm-tree</artifactId><version>${OPENSEARCH_ASM_VERSION}</version></dependency>
    <dependency><groupId>org.ow2.asm</groupId><artifactId>asm-commons</artifactId><version>${OPENSEARCH_ASM_VERSION}</version></dependency>
    <dependency><groupId>org.ow2.asm</groupId><artifactId>asm-analysis</artifactId><version>${OPENSEARCH_ASM_VERSION}</version></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>analysis-common</artifactId><version>${OPENSEARCH_VERSION}</version></dependency>
  </dependencies>
</project>
EOF
  # Only the artifacts listed above (no transitive deps: they are all provided by the server).
  mvn_copy_deps opensearch "$logf" "$tmp/pom.xml" "$dl" -DexcludeTransitive=true

  run_logged opensearch "$logf" unzip -q "$dl/opensearch-${OPENSEARCH_VERSION}.zip" -d "$tmp/x"
  mv "$tmp/x/opensearch-${OPENSEARCH_VERSION}" "$tmp/home"
  home="$tmp/home"

  # The integ-test zip ships only transport-netty4. Rebuild the modules we need from their
  # Maven Central jars: lang-painless (required by k-NN: extended.plugins=lang-painless)
  # and analysis-common (standard analyzers / token filters).
  local m="$home/modules/lang-painless"
  mkdir -p "$m"
  cp "$dl/lang-painless-${OPENSEARCH_VERSION}.jar" \
     "$dl/opensearch-scripting-painless-spi-${OPENSEARCH_VERSION}.jar" \
     "$dl/antlr4-runtime-${OPENSEARCH_ANTLR4_VERSION}.jar" \
     "$dl"/asm-*"${OPENSEARCH_ASM_VERSION}".jar "$m/"
  write_module_descriptor "$m" lang-painless org.opensearch.painless.PainlessPlugin \
    "An easy, safe and fast scripting language for OpenSearch" ""
  cat > "$m/plugin-security.policy" <<'EOF'
grant {
  // needed to generate runtime classes
  permission java.lang.RuntimePermission "createClassLoader";
  // needed to find the classloader to load whitelisted classes from
  permission java.lang.RuntimePermission "getClassLoader";
};
EOF
  m="$home/modules/analysis-common"
  mkdir -p "$m"
  cp "$dl/analysis-common-${OPENSEARCH_VERSION}.jar" "$m/"
  write_module_descriptor "$m" analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin \
    'Adds "built in" analyzers to OpenSearch.' lang-painless

  # k-NN plugin, installed the official way.
  OPENSEARCH_JAVA_HOME="$(java_home)" run_logged opensearch "$logf" \
    "$home/bin/opensearch-plugin" install --batch "file://$dl/opensearch-knn-${OPENSEARCH_KNN_VERSION}.zip"
  [[ -f "$home/plugins/opensearch-knn/opensearch-knn-${OPENSEARCH_KNN_VERSION}.jar" ]] \
    || fail_component opensearch "k-NN plugin not present after install" "$logf"

  rm -rf "$dl" "$tmp/x"
  chmod -R a+rX "$home"
  printf 'opensearch %s + opensearch-knn %s + modules lang-painless, analysis-common\n' \
    "$OPENSEARCH_VERSION" "$OPENSEARCH_KNN_VERSION" > "$home/.installed"
  mv "$tmp/pom.xml" "$home/samarinda-pom.xml"
  mkdir -p "$(dirname "$OPENSEARCH_HOME")"
  rm -rf "$OPENSEARCH_HOME"
  mv "$home" "$OPENSEARCH_HOME"
  rm -rf "$tmp"
}

# ----------------------------------------------------------------------------- go builds
# Go environment: module + build caches inside our cache dir (self-contained, deletable),
# no toolchain downloads, static binaries.
go_env() {
  env GOMODCACHE="$GO_MODCACHE" GOCACHE="$GO_BUILDCACHE" GOTOOLCHAIN=local CGO_ENABLED=0 \
      GOFLAGS="-buildvcs=false -modcacherw -trimpath" GO111MODULE=on "$@"
}

install_minio() {
  local logf="$INSTALL_LOG_DIR/install-minio.log" tmp
  new_tmp minio; tmp="$CURRENT_TMP"
  # The way MinIO documents source builds (`go install github.com/minio/minio@...`), plus the
  # version stamps its release builds carry (buildscripts/gen-ldflags.go).
  local rel="${MINIO_RELEASE#RELEASE.}" commit="${MINIO_VERSION##*-}"
  local clock="${rel#*T}"
  local ver_time="${rel%%T*}T${clock//-/:}"
  local ldflags="-s -w -X github.com/minio/minio/cmd.Version=${ver_time}"
  ldflags+=" -X github.com/minio/minio/cmd.ReleaseTag=${MINIO_RELEASE}"
  ldflags+=" -X github.com/minio/minio/cmd.CommitID=${commit}"
  ldflags+=" -X github.com/minio/minio/cmd.ShortCommitID=${commit}"
  ldflags+=" -X github.com/minio/minio/cmd.CopyrightYear=${rel:0:4}"
  ( cd "$tmp" && GOBIN="$tmp/bin" go_env "$(go_bin)" install -ldflags "$ldflags" \
      "github.com/minio/minio@${MINIO_VERSION}" ) >> "$logf" 2>&1 \
    || fail_component minio "go install github.com/minio/minio@${MINIO_VERSION} failed" "$logf"
  run_logged minio "$logf" "$tmp/bin/minio" --version
  mkdir -p "$(dirname "$MINIO_BIN")"
  mv -f "$tmp/bin/minio" "$MINIO_BIN"
  rm -rf "$tmp"
}

install_ferretdb() {
  local logf="$INSTALL_LOG_DIR/install-ferretdb.log" tmp src
  new_tmp ferretdb; tmp="$CURRENT_TMP"
  # Not `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.x`, for two reasons:
  #  1. go install's deprecation lookup reads the module's version list, which the module
  #     proxy here refuses (403) -> go install aborts;
  #  2. FerretDB v1 panics at start unless build/version/version.txt exists (its own build
  #     generates it with `bin/task gen-version`; the module zip does not contain it).
  # So: fetch the pinned module source from the Go module proxy (checksum-verified against
  # go.sum / sum.golang.org), add version.txt, and build ./cmd/ferretdb as the main module.
  local dir
  dir="$(cd "$tmp" && go_env "$(go_bin)" mod download -json "github.com/FerretDB/FerretDB@${FERRETDB_VERSION}" 2>>"$logf" \
         | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')" \
    || true
  [[ -n "$dir" && -d "$dir" ]] \
    || fail_component ferretdb "go mod download github.com/FerretDB/FerretDB@${FERRETDB_VERSION} failed" "$logf"
  src="$tmp/src"
  cp -a "$dir" "$src"
  chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" > "$src/build/version/version.txt"
  echo "samarinda-infra" > "$src/build/version/package.txt"
  ( cd "$src" && go_env "$(go_bin)" build -ldflags "-s -w" -o "$tmp/ferretdb" ./cmd/ferretdb ) >> "$logf" 2>&1 \
    || fail_component ferretdb "go build of FerretDB ${FERRETDB_VERSION} failed" "$logf"
  run_logged ferretdb "$logf" "$tmp/ferretdb" --version
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  mv -f "$tmp/ferretdb" "$FERRETDB_BIN"
  rm -rf "$tmp"
}

# ----------------------------------------------------------------------------- tesseract
install_tesseract() {
  local logf="$INSTALL_LOG_DIR/install-tesseract.log" missing
  missing="$(tesseract_missing_pkgs)"
  if [[ -n "$missing" ]]; then
    log "[tesseract] apt-get install $missing"
    command -v apt-get >/dev/null 2>&1 || die "[tesseract] apt-get not available; install: $missing"
    run_logged tesseract "$logf" as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
    # shellcheck disable=SC2086  # $missing is a space separated package list
    run_logged tesseract "$logf" as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing
  fi
  local langs
  langs="$(tesseract --list-langs 2>&1)" || fail_component tesseract "tesseract --list-langs failed" "$logf"
  grep -qx ind <<<"$langs" || fail_component tesseract "language 'ind' missing in: $langs" "$logf"
  grep -qx eng <<<"$langs" || fail_component tesseract "language 'eng' missing in: $langs" "$logf"
}

# ----------------------------------------------------------------------------- main
main() {
  parse_components "$@"
  mkdir -p "$CACHE_DIR"
  ensure_run_dir
  # Leftovers of interrupted installs (never published, safe to drop when nobody installs).
  if [[ -d "$CACHE_DIR/.tmp" ]]; then
    find "$CACHE_DIR/.tmp" -mindepth 1 -maxdepth 1 -mmin +120 -exec rm -rf {} + 2>/dev/null || true
  fi
  local comp t0 total0 summary=()
  total0="$(now)"
  for comp in "${COMPONENTS[@]}"; do
    if is_installed "$comp"; then
      log "[$comp] already installed (cached)"
      summary+=("$comp: cached")
      continue
    fi
    t0="$(now)"
    take_lock "$CACHE_DIR/.locks/$comp.lock" "${SAMARINDA_INFRA_LOCK_TIMEOUT:-1800}" "another install of $comp"
    if is_installed "$comp"; then   # installed by whoever held the lock
      release_lock
      log "[$comp] installed meanwhile by another process (waited $(elapsed "$t0")s)"
      summary+=("$comp: cached")
      continue
    fi
    info "[$comp] installing ..."
    "install_$comp"
    CURRENT_TMP=""
    release_lock
    local dt; dt="$(elapsed "$t0")"
    info "[$comp] installed in ${dt}s"
    summary+=("$comp: installed in ${dt}s")
  done
  info "install done in $(elapsed "$total0")s — ${summary[*]/%/;}"
}

main "$@"
