#!/bin/sh
# Takes the user guide's screenshots: runs the real app under Xvfb on a project and captures the
# window in each state of io.hyperdesk.gui.ScreenshotTour with ImageMagick's `import`.
#
#   docs/screenshots/take.sh [project-dir]
#
# Without a project, a demo copy of DESIGN's digits-mlp sweep is written to a temporary folder
# (its train.py only simulates training, so the Runs shot needs nothing but python3).
# Needs: xvfb xauth libgtk-3-0 libxtst6 imagemagick python3
#   (apt-get install -y xvfb xauth libgtk-3-0 libxtst6 imagemagick)
set -e
cd "$(dirname "$0")/../.."
OUT=docs/screenshots
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test

if [ -n "$1" ]; then
  PROJECT=$(realpath "$1")
else
  PROJECT=$(mktemp -d)/digits-mlp
  mkdir -p "$PROJECT"
  cat > "$PROJECT/train.py" <<'PY'
"""A stand-in for a small MLP on the digits data: logs a plausible accuracy curve per epoch."""
import argparse, json, math, random, time

p = argparse.ArgumentParser()
p.add_argument("--learning_rate", type=float, default=0.01)
p.add_argument("--batch_size", type=int, default=32)
p.add_argument("--hidden_layers", type=int, default=2)
p.add_argument("--keep_probability", type=float, default=0.5)
p.add_argument("--epochs", type=int, default=20)
a = p.parse_args()
random.seed(int(a.learning_rate * 1e6) + a.batch_size + a.hidden_layers)
peak = 0.97 - 0.08 * abs(math.log10(a.learning_rate) + 2.3) - 0.01 * abs(a.hidden_layers - 2)
for epoch in range(1, a.epochs + 1):
    acc = peak * (1 - math.exp(-epoch / (3 + a.batch_size / 64))) + random.gauss(0, 0.004)
    print("##hyperdesk " + json.dumps({"accuracy": round(acc, 4), "loss": round(1 - acc, 4)}), flush=True)
    time.sleep(0.15)
PY
  cat > "$PROJECT/sweep.json" <<'JSON'
{
  "name": "digits-mlp",
  "command": ["python3", "train.py", "--epochs", "20"],
  "parameter_space": {
    "learning_rate": "loguniform(-9.2, -2.3)",
    "batch_size": "choice(16, 32, 64, 128)",
    "hidden_layers": "choice(range(1, 5))",
    "keep_probability": "uniform(0.05, 0.1)"
  },
  "sampling": {"method": "random", "seed": 7},
  "primary_metric_name": "accuracy",
  "primary_metric_goal": "maximize",
  "policy": {"type": "bandit", "slack_factor": 0.1, "evaluation_interval": 1, "delay_evaluation": 5},
  "max_total_runs": 40,
  "max_concurrent_runs": 2,
  "max_duration_minutes": 60
}
JSON
fi

xvfb-run -a -s "-screen 0 1400x900x24" java -Dprism.order=sw -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/cp-test.txt)" \
  io.hyperdesk.gui.ScreenshotTour "$PROJECT" "$OUT"
ls -l "$OUT"/*.png
