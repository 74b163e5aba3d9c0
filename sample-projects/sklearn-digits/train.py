"""A small neural network (scikit-learn's MLPClassifier) on the 8x8 digits bundled with scikit-learn.

    /usr/bin/python3 train.py --epochs 30 --learning_rate_init 0.001 --alpha 0.0001 \
        --hidden_units 64 --batch_size 32

Trains one epoch per partial_fit call and logs validation accuracy and training loss after each,
so early-termination policies have a curve to judge. Needs Debian's python3-sklearn (which
installs into /usr/bin/python3). Saves the model in the run's outputs folder after every epoch;
with --resume-from <outputs dir of an earlier run> it continues that model for --epochs more.
"""

import argparse
import os
import pickle

import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

import hyperdesk_log


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--learning_rate_init", type=float, default=1e-3)
    parser.add_argument("--alpha", type=float, default=1e-4)
    parser.add_argument("--hidden_units", type=int, default=64)
    parser.add_argument("--batch_size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    # Bayesian sampling takes uniform, not loguniform (SPEC S5): it can search the natural logs instead.
    parser.add_argument("--log_learning_rate_init", type=float, default=None,
                        help="natural log of the learning rate; overrides --learning_rate_init")
    parser.add_argument("--log_alpha", type=float, default=None, help="natural log of alpha; overrides --alpha")
    parser.add_argument("--resume-from", dest="resume_from", default=None)
    args = parser.parse_args()
    if args.log_learning_rate_init is not None:
        args.learning_rate_init = float(np.exp(args.log_learning_rate_init))
    if args.log_alpha is not None:
        args.alpha = float(np.exp(args.log_alpha))

    digits = load_digits()
    x_train, x_valid, y_train, y_valid = train_test_split(
        digits.data, digits.target, test_size=0.25, random_state=42, stratify=digits.target)
    scaler = StandardScaler().fit(x_train)
    x_train, x_valid = scaler.transform(x_train), scaler.transform(x_valid)
    classes = np.unique(digits.target)

    first_epoch = 1
    if args.resume_from:
        with open(os.path.join(args.resume_from, "model.pkl"), "rb") as f:
            model, first_epoch = pickle.load(f)
        first_epoch += 1
        print("resumed from epoch", first_epoch - 1, "of", args.resume_from)
    else:
        model = MLPClassifier(hidden_layer_sizes=(args.hidden_units,), solver="sgd", momentum=0.9,
                              learning_rate_init=args.learning_rate_init, alpha=args.alpha,
                              batch_size=args.batch_size, random_state=args.seed)

    outputs = hyperdesk_log.output_dir()
    rng = np.random.default_rng(args.seed + first_epoch)
    for epoch in range(first_epoch, first_epoch + args.epochs):
        order = rng.permutation(len(x_train))
        model.partial_fit(x_train[order], y_train[order], classes=classes)
        accuracy = model.score(x_valid, y_valid)
        print(f"epoch {epoch}: validation accuracy {accuracy:.4f}, training loss {model.loss_:.4f}")
        hyperdesk_log.log_many(accuracy=accuracy, loss=model.loss_)
        with open(os.path.join(outputs, "model.pkl"), "wb") as f:
            pickle.dump((model, epoch), f)


if __name__ == "__main__":
    main()
