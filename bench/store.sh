#!/usr/bin/env bash
# Benchmark of the SQLite sweep store (docs/bench/store.md): metric ingest in values/s, then
# runSummaries and loadSweep on a sweep of 1,000 runs x 1,000 values, cold and warm.
# Usage: bench/store.sh [ingestValues] [runs] [valuesPerRun] [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  io.hyperdesk.bench.store.StoreBenchmark "$@"
