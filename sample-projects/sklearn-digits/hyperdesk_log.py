"""Log metrics to HyperDesk from a training script, like HyperDrive's ``run.log``.

Copy this file next to your training script and call::

    import hyperdesk_log
    hyperdesk_log.log("accuracy", 0.91)             # one value of one metric
    hyperdesk_log.log_many(accuracy=0.91, loss=0.35)  # several metrics of one step

Each call prints one line ``##hyperdesk {"accuracy": 0.91}`` to standard output and flushes it,
so HyperDesk sees the value at once (it also sets PYTHONUNBUFFERED=1 for its runs). Every value
logged for the sweep's primary metric is one interval of the run, which is what early-termination
policies compare. NaN and infinities are allowed and rank worst.

Outside HyperDesk the lines are simply printed. Standard library only.
"""

import json
import math
import os
import sys

PREFIX = "##hyperdesk"


def log(name, value):
    """Logs one value of the metric ``name`` (any string)."""
    log_many({name: value})


def log_many(values=None, /, **metrics):
    """Logs several metrics at once: ``log_many(accuracy=0.9, loss=0.3)`` or ``log_many({"val/acc": 0.9})``."""
    merged = dict(values or {})
    merged.update(metrics)
    if not merged:
        raise ValueError("log_many needs at least one metric")
    line = {}
    for name, value in merged.items():
        number = float(value)  # numpy scalars, ints and bools become plain floats
        line[str(name)] = number
    sys.stdout.write(PREFIX + " " + json.dumps(line) + "\n")
    sys.stdout.flush()


def output_dir():
    """The run's own folder for checkpoints and files (HYPERDESK_OUTPUT_DIR), or ./outputs outside HyperDesk."""
    path = os.environ.get("HYPERDESK_OUTPUT_DIR", "outputs")
    os.makedirs(path, exist_ok=True)
    return path


def is_finite(value):
    """True for a real number that is neither NaN nor infinite."""
    return math.isfinite(float(value))
