#!/usr/bin/env python3
"""A toy training run that needs nothing but Python: gradient descent on a noisy linear regression.

It exists so a newcomer sees a live loss curve in Fabbrica within seconds, on any laptop, before
touching a cluster. It logs Fabbrica JSONL through fabbrica_metrics.log().
"""
import argparse
import random
import time

from fabbrica_metrics import log

parser = argparse.ArgumentParser()
parser.add_argument("--lr", type=float, default=0.05)
parser.add_argument("--steps", type=int, default=300)
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--delay", type=float, default=0.02, help="seconds per step, so the curve is watchable")
args = parser.parse_args()

rng = random.Random(args.seed)
true_w, true_b = 3.0, -1.0
data = [(x, true_w * x + true_b + rng.gauss(0, 0.3)) for x in (rng.uniform(-2, 2) for _ in range(256))]
w, b = 0.0, 0.0
for step in range(1, args.steps + 1):
    batch = rng.sample(data, 32)
    gw = sum(2 * (w * x + b - y) * x for x, y in batch) / len(batch)
    gb = sum(2 * (w * x + b - y) for x, y in batch) / len(batch)
    w -= args.lr * gw
    b -= args.lr * gb
    loss = sum((w * x + b - y) ** 2 for x, y in batch) / len(batch)
    log(step, loss=loss, w=w, b=b, lr=args.lr)
    time.sleep(args.delay)
print(f"done: w={w:.3f} b={b:.3f} (true {true_w}, {true_b})")
