#!/usr/bin/env bash
# Issue 3 benchmark (a): executor overhead, HyperDesk vs a plain shell loop. Args: [runs] [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
java -cp "$CP" io.hyperdesk.bench.sweep.ExecutorOverheadBench "$@"
