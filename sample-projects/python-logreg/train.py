"""Logistic regression trained with mini-batch SGD on a synthetic data set, standard library only.

    python3 train.py --epochs 20 --learning_rate 0.05 --batch_size 32 --l2 0.001

Logs validation accuracy and loss once per epoch through hyperdesk_log. Saves a checkpoint in
the run's outputs folder after every epoch; with --resume-from <outputs dir of an earlier run> it
continues from that run's weights for another --epochs epochs.
"""

import argparse
import json
import math
import os
import random

import hyperdesk_log


def make_data(seed=1234, samples=1600, features=16):
    """Two classes separated by a noisy, slightly curved boundary; the same data for every run."""
    rng = random.Random(seed)
    true_w = [rng.gauss(0, 1) for _ in range(features)]
    # Unstandardised features of very different scales, as raw data often has: the learning rate
    # then matters (too small learns the small-scale features slowly, too large diverges).
    scales = [math.exp(rng.uniform(-2.5, 2.5)) for _ in range(features)]
    rows = []
    for _ in range(samples):
        z = [rng.gauss(0, 1) for _ in range(features)]
        margin = sum(w * v for w, v in zip(true_w, z)) + 1.5 * math.sin(2 * z[0]) + rng.gauss(0, 1.0)
        rows.append(([v * s for v, s in zip(z, scales)], 1 if margin > 0 else 0))
    split = int(samples * 0.75)
    return rows[:split], rows[split:]


def sigmoid(z):
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


def evaluate(weights, bias, rows):
    correct, loss = 0, 0.0
    for x, y in rows:
        p = sigmoid(sum(w * v for w, v in zip(weights, x)) + bias)
        correct += (p >= 0.5) == (y == 1)
        p = min(max(p, 1e-12), 1 - 1e-12)
        loss -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return correct / len(rows), loss / len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--learning_rate", type=float, default=0.05)
    parser.add_argument("--batch_size", type=int, default=32)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--resume-from", dest="resume_from", default=None)
    args = parser.parse_args()

    train, validation = make_data()
    features = len(train[0][0])
    rng = random.Random(args.seed)
    weights, bias, first_epoch = [0.0] * features, 0.0, 1
    if args.resume_from:
        with open(os.path.join(args.resume_from, "checkpoint.json")) as f:
            checkpoint = json.load(f)
        weights, bias = checkpoint["weights"], checkpoint["bias"]
        first_epoch = checkpoint["epoch"] + 1
        print("resumed from epoch", checkpoint["epoch"], "of", args.resume_from)

    outputs = hyperdesk_log.output_dir()
    for epoch in range(first_epoch, first_epoch + args.epochs):
        rng.shuffle(train)
        for start in range(0, len(train), args.batch_size):
            batch = train[start:start + args.batch_size]
            grad_w, grad_b = [0.0] * features, 0.0
            for x, y in batch:
                error = sigmoid(sum(w * v for w, v in zip(weights, x)) + bias) - y
                for i, v in enumerate(x):
                    grad_w[i] += error * v
                grad_b += error
            scale = args.learning_rate / len(batch)
            weights = [w - scale * g - args.learning_rate * args.l2 * w for w, g in zip(weights, grad_w)]
            bias -= scale * grad_b
        accuracy, loss = evaluate(weights, bias, validation)
        print(f"epoch {epoch}: validation accuracy {accuracy:.4f}, loss {loss:.4f}")
        hyperdesk_log.log_many(accuracy=accuracy, loss=loss)
        with open(os.path.join(outputs, "checkpoint.json"), "w") as f:
            json.dump({"epoch": epoch, "weights": weights, "bias": bias}, f)


if __name__ == "__main__":
    main()
