#!/usr/bin/env bash
# Issue 5, one real model: the scikit-learn sample's best validation accuracy after N runs (two at a
# time), HyperDesk random vs HyperDesk Bayesian vs Optuna TPE, over several seeds.
# Needs: apt-get install -y python3-sklearn python3-optuna.   Usage: bench/sklearn_compare.sh [runs] [seeds...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}; shift || true
seeds=${*:-1 2 3}
mvn -q -B package -DskipTests >&2
work=$(mktemp -d)
cp sample-projects/sklearn-digits/{train.py,hyperdesk_log.py} "$work/"
best() { java -jar target/hyperdesk.jar best "$1" | /usr/bin/python3 -c 'import json,sys; print("%.6f" % json.load(sys.stdin)["primary_metric_value"])'; }
printf "%-6s %-20s %s\n" seed method best_accuracy
for seed in $seeds; do
  for variant in random bayesian; do
    rm -rf "$work/.hyperdesk"
    src=sample-projects/sklearn-digits/sweep.json
    [ "$variant" = bayesian ] && src=sample-projects/sklearn-digits/sweep-bayesian.json
    /usr/bin/python3 - "$src" "$work/sweep.json" "$seed" "$runs" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["sampling"]["seed"] = int(sys.argv[3]); c["max_total_runs"] = int(sys.argv[4]); c["policy"] = {"type": "none"}
c["max_duration_minutes"] = 120
json.dump(c, open(sys.argv[2], "w"))
PY
    java -jar target/hyperdesk.jar run "$work" --quiet > /dev/null
    printf "%-6s %-20s %s\n" "$seed" "hyperdesk-$variant" "$(best "$work")"
  done
  printf "%-6s %-20s %s\n" "$seed" "optuna-tpe" "$(/usr/bin/python3 bench/optuna_sklearn.py "$seed" "$runs")"
done
rm -rf "$work"
