#!/usr/bin/env bash
# Bayesian sampling benchmark (docs/bench/bayesian.md): median simple regret of HyperDesk's random
# baseline and Bayesian sampler (sequential, and with 4 concurrent runs) next to Optuna's random
# and TPE samplers on Branin and Hartmann-6, plus the Bayesian sampler's suggestion latency.
# Runs by hand, not in CI: about 2-4 minutes on 2 cores with 20 seeds.
#
#   bench/bayesian.sh                 # 20 seeds, 2 worker threads/processes
#   SEEDS=10 THREADS=1 bench/bayesian.sh
#
# Optuna comes from Debian (apt-get install -y python3-optuna) and runs under /usr/bin/python3;
# without it the Optuna rows are left out.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDS=${SEEDS:-20}
THREADS=${THREADS:-2}
OUT=${OUT:-target/bench-bayesian}
mkdir -p "$OUT"

mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/classes:target/test-classes:$(cat target/cp.txt)"

echo "HyperDesk samplers: $SEEDS seeds, 100 evaluations each" >&2
java -cp "$CP" io.hyperdesk.bench.bayes.BayesianBenchmark --seeds "$SEEDS" --threads "$THREADS" \
    --out "$OUT/hyperdesk.csv" 2>/dev/null

results=("$OUT/hyperdesk.csv")
if /usr/bin/python3 -c 'import optuna' 2>/dev/null; then
    echo "Optuna $(/usr/bin/python3 -c 'import optuna; print(optuna.__version__)') samplers" >&2
    /usr/bin/python3 bench/optuna_bench.py --seeds "$SEEDS" --processes "$THREADS" --out "$OUT/optuna.csv"
    results+=("$OUT/optuna.csv")
else
    echo "optuna is not installed for /usr/bin/python3 (apt-get install -y python3-optuna): Optuna rows skipped" >&2
fi

echo "Latency" >&2
java -cp "$CP" io.hyperdesk.bench.bayes.LatencyBenchmark > "$OUT/latency.csv"

java -cp "$CP" io.hyperdesk.bench.bayes.BenchmarkReport "${results[@]}" "$OUT/latency.csv" | tee "$OUT/report.md"
