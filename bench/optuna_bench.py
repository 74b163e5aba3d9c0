#!/usr/bin/env python3
"""Optuna baselines for docs/bench/bayesian.md: RandomSampler, TPESampler (default) and
TPESampler(multivariate=True) on Branin and Hartmann-6, the same functions, budgets and seed
count as HyperDesk's BayesianBenchmark. Writes one CSV row per sampler, function and seed:
method,function,seed,regret_25,regret_50,regret_100,median_ms (median_ms: time of one ask with
its suggest calls, i.e. the sampler's own cost per trial).

Run with Debian's optuna: /usr/bin/python3 bench/optuna_bench.py --seeds 20 --out optuna.csv
"""
import argparse
import csv
import math
import multiprocessing
import statistics
import sys
import time
import warnings

BRANIN_OPTIMUM = 0.39788735772973816
HARTMANN6_OPTIMUM = -3.322368011415515
ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8],
     [0.05, 10, 17, 0.1, 8, 14],
     [3, 3.5, 1.7, 10, 17, 8],
     [17, 8, 0.05, 10, 0.1, 14]]
P = [[0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886],
     [0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991],
     [0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650],
     [0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381]]


def branin(trial):
    x1 = trial.suggest_float("x1", -5, 10)
    x2 = trial.suggest_float("x2", 0, 15)
    b = 5.1 / (4 * math.pi ** 2)
    c = 5 / math.pi
    t = 1 / (8 * math.pi)
    return (x2 - b * x1 ** 2 + c * x1 - 6) ** 2 + 10 * (1 - t) * math.cos(x1) + 10


def hartmann6(trial):
    x = [trial.suggest_float("x%d" % (j + 1), 0, 1) for j in range(6)]
    total = 0.0
    for i in range(4):
        inner = sum(A[i][j] * (x[j] - P[i][j]) ** 2 for j in range(6))
        total += ALPHA[i] * math.exp(-inner)
    return -total


FUNCTIONS = {"branin": (branin, BRANIN_OPTIMUM), "hartmann6": (hartmann6, HARTMANN6_OPTIMUM)}


def make_sampler(method, seed):
    import optuna
    if method == "optuna-random":
        return optuna.samplers.RandomSampler(seed=seed)
    if method == "optuna-tpe":
        return optuna.samplers.TPESampler(seed=seed)
    if method == "optuna-tpe-multivariate":
        return optuna.samplers.TPESampler(seed=seed, multivariate=True)
    raise ValueError("unknown method " + method)


def run(task):
    method, name, seed, budget = task
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.simplefilter("ignore")
    objective, optimum = FUNCTIONS[name]
    study = optuna.create_study(direction="minimize", sampler=make_sampler(method, seed))
    best = math.inf
    trace = []
    millis = []
    for _ in range(budget):
        # The sampler works inside ask (relative sampling) and the suggest calls (independent
        # sampling); the objective's arithmetic is negligible next to either.
        start = time.perf_counter()
        trial = study.ask()
        value = objective(trial)
        millis.append((time.perf_counter() - start) * 1000)
        study.tell(trial, value)
        best = min(best, value)
        trace.append(best)
    regret = lambda n: trace[min(n, len(trace)) - 1] - optimum
    return "%s,%s,%d,%.6g,%.6g,%.6g,%.1f" % (method, name, seed, regret(25), regret(50), regret(100),
                                            statistics.median(millis))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--budget", type=int, default=100)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--methods", default="optuna-random,optuna-tpe,optuna-tpe-multivariate")
    parser.add_argument("--functions", default="branin,hartmann6")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    tasks = [(m, f, s, args.budget) for m in args.methods.split(",") for f in args.functions.split(",")
             for s in range(args.seeds)]
    with multiprocessing.Pool(args.processes) as pool:
        rows = pool.map(run, tasks, chunksize=1)
    lines = ["method,function,seed,regret_25,regret_50,regret_100,median_ms"] + rows
    if args.out:
        with open(args.out, "w") as out:
            out.write("\n".join(lines) + "\n")
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
