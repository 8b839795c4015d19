#!/usr/bin/env bash
# Runtime class path of one product, ours against the official SDK: the jars Maven resolves for an application that
# depends on that product alone (benchmarks/classpaths/pom.xml, one profile each), counted and summed in bytes.
#
#   benchmarks/classpath-size.sh            # installs our SDK into ~/.m2 first (mvn -q -B -DskipTests install)
#   SKIP_INSTALL=1 benchmarks/classpath-size.sh
#   VERBOSE=1 benchmarks/classpath-size.sh  # also lists every jar
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/benchmarks/target/classpaths"
mkdir -p "$OUT"

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests install)
fi

classpath() { # profile -> file with one jar per line
  mvn -q -B -Dstyle.color=never -f "$ROOT/benchmarks/classpaths/pom.xml" -P "$1" dependency:build-classpath \
      -Dmdep.outputFile="$OUT/$1.cp" >"$OUT/$1.log" 2>&1 || { cat "$OUT/$1.log" >&2; exit 1; }
  { tr ':' '\n' < "$OUT/$1.cp"; echo; } | sed '/^$/d' > "$OUT/$1.list"
}

bytes() { xargs stat -c %s < "$OUT/$1.list" | awk '{s+=$1} END {print s+0}'; }
jars() { wc -l < "$OUT/$1.list" | tr -d ' '; }

printf '| product | ours: jars | ours: bytes | official | official: jars | official: bytes | ours/official |\n'
printf '|---|---:|---:|---|---:|---:|---:|\n'
row() { # product ours-profile official-profile official-label
  classpath "$2"; classpath "$3"
  local ob; ob=$(bytes "$2"); local fb; fb=$(bytes "$3")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(jars "$2")" "$ob" "$4" "$(jars "$3")" "$fb" \
    "$(awk -v a="$ob" -v b="$fb" 'BEGIN {printf "%.3f", a/b}')"
  if [ "${VERBOSE:-0}" = 1 ]; then
    for p in "$2" "$3"; do echo "  $p:"; xargs stat -c '    %s %n' < "$OUT/$p.list"; done
  fi
}
row ecs ours-ecs official-ecs 'aliyun-java-sdk-core 4.7.3 + ecs 5.11.7'
row domain ours-domain official-domain 'aliyun-java-sdk-core 4.7.3 + domain 3.14.11'
row elasticsearch ours-elasticsearch official-elasticsearch 'elasticsearch20170613 1.1.5 (tea)'
row dlc ours-dlc official-dlc 'tencentcloud-sdk-java 3.1.1000 (monolithic)'
row 'dlc (lower bound)' ours-dlc official-dlc-common-only 'tencentcloud-sdk-java-common 3.1.1481 only'
