"""Optuna TPE on the scikit-learn sample project: the same script, space and budget as HyperDesk's sweep.

    /usr/bin/python3 bench/optuna_sklearn.py <seed> <trials>

Each trial runs sample-projects/sklearn-digits/train.py as a subprocess, two at a time, and scores it
as HyperDesk does (SPEC M3): the best validation accuracy it logged. Prints the best score.
"""
import json
import os
import subprocess
import sys

import optuna

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample-projects", "sklearn-digits")


def objective(trial):
    args = ["/usr/bin/python3", "train.py", "--epochs", "30",
            "--learning_rate_init", repr(trial.suggest_float("learning_rate_init", 1.01e-4, 0.2019, log=True)),
            "--alpha", repr(trial.suggest_float("alpha", 1.01e-5, 0.1003, log=True)),
            "--hidden_units", str(trial.suggest_categorical("hidden_units", [16, 32, 64, 128])),
            "--batch_size", str(trial.suggest_categorical("batch_size", [16, 32, 64, 128]))]
    env = dict(os.environ, HYPERDESK_OUTPUT_DIR=os.path.join("/tmp", "optuna-sklearn", str(trial.number)))
    os.makedirs(env["HYPERDESK_OUTPUT_DIR"], exist_ok=True)
    out = subprocess.run(args, cwd=HERE, env=env, capture_output=True, text=True).stdout
    values = [json.loads(line[len("##hyperdesk"):])["accuracy"] for line in out.splitlines()
              if line.startswith("##hyperdesk")]
    return max(values) if values else 0.0


def main():
    seed, trials = int(sys.argv[1]), int(sys.argv[2])
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed))
    study.optimize(objective, n_trials=trials, n_jobs=2)
    print(f"{study.best_value:.6f}")


if __name__ == "__main__":
    main()
