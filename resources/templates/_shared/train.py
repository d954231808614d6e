#!/usr/bin/env python3
"""Example training script for Fabbrica's PyTorch templates.

A small MLP on a synthetic classification task, so it runs anywhere PyTorch does (one GPU, several
under torchrun, or the CPU), and shows the pattern to copy into real code: read hyperparameters from
the command line, log Fabbrica JSONL from rank 0 with fabbrica_metrics.log(), and write checkpoints
into the run folder ($FABBRICA_RUN_DIR) so a requeued job resumes.
"""
import argparse
import os
import time

import torch
import torch.distributed as dist
import torch.nn as nn

from fabbrica_metrics import log

p = argparse.ArgumentParser()
p.add_argument("--lr", type=float, default=1e-3)
p.add_argument("--batch-size", type=int, default=64)
p.add_argument("--epochs", type=int, default=5)
p.add_argument("--steps-per-epoch", type=int, default=200)
p.add_argument("--seed", type=int, default=0)
args = p.parse_args()

distributed = "RANK" in os.environ and "WORLD_SIZE" in os.environ
if distributed:
    dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
rank = dist.get_rank() if distributed else 0
local_rank = int(os.environ.get("LOCAL_RANK", 0))
device = torch.device(f"cuda:{local_rank}" if torch.cuda.is_available() else "cpu")
if device.type == "cuda":
    torch.cuda.set_device(device)

torch.manual_seed(args.seed)
# A fixed random "teacher" network defines the labels: the task is learnable but not trivial.
teacher = nn.Sequential(nn.Linear(64, 128), nn.Tanh(), nn.Linear(128, 10)).to(device)
model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10)).to(device)
if distributed:
    model = nn.parallel.DistributedDataParallel(model, device_ids=[local_rank] if device.type == "cuda" else None)
opt = torch.optim.AdamW(model.parameters(), lr=args.lr)
loss_fn = nn.CrossEntropyLoss()

run_dir = os.environ.get("FABBRICA_RUN_DIR", ".")
ckpt = os.path.join(run_dir, f"checkpoint-task{os.environ.get('FABBRICA_TASK', '0')}.pt")
start_step = 0
if os.path.exists(ckpt):
    state = torch.load(ckpt, map_location=device)
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["opt"])
    start_step = state["step"]

total = args.epochs * args.steps_per_epoch
t0 = time.time()
for step in range(start_step + 1, total + 1):
    x = torch.randn(args.batch_size, 64, device=device)
    with torch.no_grad():
        y = teacher(x).argmax(dim=1)
    loss = loss_fn(model(x), y)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    if rank == 0 and step % 10 == 0:
        acc = (model(x).argmax(dim=1) == y).float().mean().item()
        log(step, loss=loss.item(), accuracy=acc, lr=args.lr, samples_per_s=10 * args.batch_size / (time.time() - t0))
        t0 = time.time()
    if rank == 0 and step % args.steps_per_epoch == 0:
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step}, ckpt)

if distributed:
    dist.destroy_process_group()
