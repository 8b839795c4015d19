#!/usr/bin/env bash
# Runs every measure of BENCHMARKS.md in sequence and writes the JMH JSON results and the Markdown tables to
# benchmarks/results/. Each JMH command below is the one BENCHMARKS.md cites under its table.
#
#   benchmarks/run-all.sh                  # build, then everything (about 30 minutes on 2 cores)
#   SKIP_BUILD=1 ONLY="signing hmac" benchmarks/run-all.sh
#
# The machine may be shared (other builds running): before each measure the script waits, at most QUIET_WAIT seconds
# (default 900), until the 1-minute load average is below QUIET_LOAD (default 1.0), and records the load it started at.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
RES="$ROOT/benchmarks/results"
ONLY=${ONLY:-"signing calls1 calls8 alloc hmac coldstart classpath"}
QUIET_LOAD=${QUIET_LOAD:-1.0}
QUIET_WAIT=${QUIET_WAIT:-900}
mkdir -p "$RES"
cd "$ROOT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -Dstyle.color=never -DskipTests install
  mvn -q -B -Dstyle.color=never -Pbench -pl benchmarks -am -DskipTests package
fi

wait_quiet() {
  local waited=0
  while awk -v max="$QUIET_LOAD" '{exit !($1 >= max)}' /proc/loadavg && [ "$waited" -lt "$QUIET_WAIT" ]; do
    sleep 10; waited=$((waited + 10))
  done
  echo "$(date -u +%FT%TZ) $1: start, load average $(cut -d' ' -f1-3 /proc/loadavg), waited ${waited}s" | tee -a "$RES/log.txt"
}

report() { java -cp "$JAR" io.github.canceltask.bench.report.Report "$@"; }

want() { [[ " $ONLY " == *" $1 "* ]]; }

if want signing; then
  wait_quiet signing
  java -jar "$JAR" SigningBenchmark -f 2 -wi 3 -w 1s -i 5 -r 1s -rf json -rff "$RES/signing.json" > "$RES/signing.txt"
  report signing "$RES/signing.json" | tee "$RES/signing.md"
fi
if want calls1; then
  wait_quiet calls1
  java -jar "$JAR" CallSequentialBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$RES/calls-1.json" > "$RES/calls-1.txt"
  report calls "$RES/calls-1.json" | tee "$RES/calls-1.md"
fi
if want calls8; then
  wait_quiet calls8
  java -jar "$JAR" CallConcurrentBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$RES/calls-8.json" > "$RES/calls-8.txt"
  report calls "$RES/calls-8.json" | tee "$RES/calls-8.md"
fi
if want alloc; then
  wait_quiet alloc
  java -jar "$JAR" CallSequentialBenchmark -bm thrpt -prof gc -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$RES/alloc.json" > "$RES/alloc.txt"
  report alloc "$RES/alloc.json" | tee "$RES/alloc.md"
fi
if want hmac; then
  wait_quiet hmac
  java -jar "$JAR" HmacProviderBenchmark -f 1 -wi 2 -w 1s -i 5 -r 1s -rf json -rff "$RES/hmac.json" > "$RES/hmac.txt"
  report hmac "$RES/hmac.json" | tee "$RES/hmac.md"
fi
if want coldstart; then
  wait_quiet coldstart
  SKIP_BUILD=1 benchmarks/coldstart.sh 21 | tee "$RES/coldstart.md"
  SKIP_BUILD=1 TLS=1 benchmarks/coldstart.sh 11 | tee "$RES/coldstart-tls.md"
fi
if want classpath; then
  SKIP_INSTALL=1 benchmarks/classpath-size.sh | tee "$RES/classpath.md"
fi
