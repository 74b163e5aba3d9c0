#!/usr/bin/env bash
# See src/test/java/io/hyperdesk/bench/sweep/IngestionBench.java for what is measured. Args are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
java -cp "$CP" io.hyperdesk.bench.sweep.IngestionBench "$@"
