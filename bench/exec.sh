#!/usr/bin/env bash
# Metric-line throughput of the local launcher (docs/bench/exec.md).
# Usage: bench/exec.sh [metric lines, default 1000000] [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" io.hyperdesk.exec.LauncherThroughputBench "$@"
