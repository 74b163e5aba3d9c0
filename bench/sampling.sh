#!/usr/bin/env bash
# Configurations per second for random and Sobol sampling of a 10-parameter mixed space.
# Usage: bench/sampling.sh [configurations] [rounds]   (defaults 100000 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -Xms512m -Xmx512m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
    io.hyperdesk.bench.SamplingBenchmark "$@"
