#!/usr/bin/env bash
# Compiles main and test classes and prints the classpath the benchmarks run with.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >&2
echo "target/classes:target/test-classes:$(cat target/bench-cp.txt)"
