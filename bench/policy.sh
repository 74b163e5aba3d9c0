#!/usr/bin/env bash
# Early-termination policy benchmark: cost of one decision with 1,000 runs x 100 intervals,
# of building a SweepHistory of 1,000 snapshots, and of replays. Results: docs/bench/policy.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -Xms512m -Xmx512m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
    io.hyperdesk.bench.policy.PolicyBenchmark "$@"
