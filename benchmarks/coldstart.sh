#!/usr/bin/env bash
# Cold start: a fresh JVM to the first completed CancelTask call, ours against the official SDK, for each service.
# Each run is `java -cp <benchmarks classes>:<that SDK's runtime class path> <main> 127.0.0.1:<port>` (the class path
# of an application that depends on that product alone, see benchmarks/classpaths/pom.xml); the main builds the
# client, makes one call to a loopback server that runs in its own process, prints the request id and halts. The
# time is the wall clock from launch to exit (and, with /usr/bin/time, the process's CPU time, user + sys). Runs alternate ours/official; one discarded run of each warms the disk
# cache. Prints the median (and min, max) in milliseconds and the ratio of the medians.
#
#   benchmarks/coldstart.sh [runs]      # default 21 runs of each; builds and installs first
#   SKIP_BUILD=1 benchmarks/coldstart.sh 21
#   JAVA_OPTS='-Xshare:off' benchmarks/coldstart.sh   # extra JVM options for both sides
#   TLS=1 benchmarks/coldstart.sh 21      # ours also sets up TLS, as it must for an https endpoint: for the
#                                         # loopback's plain http ours skips TLS, which the official SDKs never do
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-21}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
OURS_OPTS=""
if [ "${TLS:-0}" = 1 ]; then OURS_OPTS="-Dbench.tls=true"; fi
OUT="$ROOT/benchmarks/target/coldstart"
mkdir -p "$OUT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests install \
     && mvn -q -B -Dstyle.color=never -Pbench -pl benchmarks -am -DskipTests package)
fi
CLASSES="$ROOT/benchmarks/target/classes"
[ -d "$CLASSES" ] || { echo "build first: mvn -q -Pbench -pl benchmarks -am package" >&2; exit 1; }

classpath() { # profile -> class path string
  mvn -q -B -Dstyle.color=never -f "$ROOT/benchmarks/classpaths/pom.xml" -P "$1" dependency:build-classpath \
      -Dmdep.outputFile="$OUT/$1.cp" >"$OUT/$1.log" 2>&1 || { cat "$OUT/$1.log" >&2; exit 1; }
  cat "$OUT/$1.cp"
}

# the loopback server, in its own JVM; it exits when this script's pipe to it closes
coproc SERVER { exec "$JAVA" -cp "$ROOT/benchmarks/target/benchmarks.jar" \
    io.github.canceltask.bench.support.LoopbackServerMain 0 3600; }
read -r _ PORT <&"${SERVER[0]}"
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
ENDPOINT="127.0.0.1:$PORT"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

TIME=()
if [ -x /usr/bin/time ]; then TIME=(/usr/bin/time -f '%U %S' -o "$OUT/last.cpu"); fi

run_once() { # class path, main class, file prefix: appends wall ms to PREFIX.ms and CPU ms (user+sys) to PREFIX.cpu
  local t0 t1 extra=""
  case $2 in Ours*) extra=$OURS_OPTS;; esac
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  "${TIME[@]}" "$JAVA" $JAVA_OPTS $extra -cp "$CLASSES:$1" "io.github.canceltask.bench.coldstart.$2" "$ENDPOINT" \
      >"$OUT/last.out" 2>"$OUT/last.err" \
    || { echo "$2 failed:" >&2; cat "$OUT/last.out" "$OUT/last.err" >&2; exit 1; }
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 )) >>"$3.ms"
  if [ -f "$OUT/last.cpu" ]; then awk '{printf "%d\n", ($1 + $2) * 1000}' "$OUT/last.cpu" >>"$3.cpu"; fi
}

stats() { # numbers on stdin -> "median min max"
  sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%s %s %s\n", m, a[1], a[NR]}'
}

echo "java: $("$JAVA" -version 2>&1 | head -1); runs: $RUNS of each; server: $ENDPOINT; ours with TLS set up: ${TLS:-0}"
printf '| service | official SDK | ours: median ms (min-max) | official: median ms (min-max) | ours/official | ours CPU ms | official CPU ms | CPU ours/official |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
for svc in Ecs Domain Elasticsearch Dlc; do
  lower=$(echo "$svc" | tr '[:upper:]' '[:lower:]')
  ours_cp=$(classpath "ours-$lower")
  official_cp=$(classpath "official-$lower")
  run_once "$ours_cp" "Ours$svc" "$OUT/discard"
  run_once "$official_cp" "Official$svc" "$OUT/discard"
  rm -f "$OUT/ours-$lower".{ms,cpu} "$OUT/official-$lower".{ms,cpu}
  for i in $(seq 1 "$RUNS"); do
    if (( i % 2 )); then
      run_once "$ours_cp" "Ours$svc" "$OUT/ours-$lower"
      run_once "$official_cp" "Official$svc" "$OUT/official-$lower"
    else
      run_once "$official_cp" "Official$svc" "$OUT/official-$lower"
      run_once "$ours_cp" "Ours$svc" "$OUT/ours-$lower"
    fi
  done
  read -r om omin omax < <(stats <"$OUT/ours-$lower.ms")
  read -r fm fmin fmax < <(stats <"$OUT/official-$lower.ms")
  oc=-; fc=-; cr=-
  if [ -f "$OUT/ours-$lower.cpu" ]; then
    read -r oc _ _ < <(stats <"$OUT/ours-$lower.cpu")
    read -r fc _ _ < <(stats <"$OUT/official-$lower.cpu")
    cr=$(awk -v a="$oc" -v b="$fc" 'BEGIN {printf "%.2f", a/b}')
  fi
  case $svc in
    Ecs) label='aliyun-java-sdk-core 4.7.3 + ecs';;
    Domain) label='aliyun-java-sdk-core 4.7.3 + domain';;
    Elasticsearch) label='elasticsearch20170613 1.1.5 (tea)';;
    Dlc) label='tencentcloud-sdk-java 3.1.1000';;
  esac
  printf '| %s | %s | %s (%s-%s) | %s (%s-%s) | %s | %s | %s | %s |\n' "$lower" "$label" "$om" "$omin" "$omax" \
    "$fm" "$fmin" "$fmax" "$(awk -v a="$om" -v b="$fm" 'BEGIN {printf "%.2f", a/b}')" "$oc" "$fc" "$cr"
done
