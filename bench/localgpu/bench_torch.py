#!/usr/bin/python3
"""PyTorch side of bench_localgpu: trains the same GPT-2 shape (random weights, random tokens) with
AdamW and prints one JSON line {"tokens_per_s", "peak_rss_mb", "peak_gpu_mb"}.
CPU: /usr/bin/python3 bench_torch.py --layers 2 --heads 4 --width 128 --vocab 256 --batch 8 --seq 128 --threads 2
GPU: add --device cuda (bf16 autocast), and --compile for torch.compile. MFU uses 6 * params * tokens/s.
"""
import argparse
import contextlib
import json
import math
import resource
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, c, nh):
        super().__init__()
        self.nh = nh
        self.ln_1, self.ln_2 = nn.LayerNorm(c), nn.LayerNorm(c)
        self.c_attn, self.c_proj = nn.Linear(c, 3 * c), nn.Linear(c, c)
        self.c_fc, self.mlp_proj = nn.Linear(c, 4 * c), nn.Linear(4 * c, c)

    def forward(self, x):
        B, T, C = x.shape
        q, k, v = self.c_attn(self.ln_1(x)).split(C, dim=2)
        q, k, v = (t.view(B, T, self.nh, C // self.nh).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True) if hasattr(F, "scaled_dot_product_attention") \
            else ((q @ k.transpose(-2, -1)) / math.sqrt(C // self.nh)).masked_fill(
                torch.triu(torch.ones(T, T, dtype=torch.bool, device=x.device), 1), float("-inf")).softmax(-1) @ v
        x = x + self.c_proj(y.transpose(1, 2).reshape(B, T, C))
        return x + self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.wte, self.wpe = nn.Embedding(a.vocab, a.width), nn.Embedding(a.seq, a.width)
        self.h = nn.ModuleList(Block(a.width, a.heads) for _ in range(a.layers))
        self.ln_f = nn.LayerNorm(a.width)

    def forward(self, idx):
        x = self.wte(idx) + self.wpe(torch.arange(idx.shape[1], device=idx.device))
        for b in self.h:
            x = b(x)
        return self.ln_f(x) @ self.wte.weight.t()


def main():
    p = argparse.ArgumentParser()
    for k, d in [("layers", 2), ("heads", 4), ("width", 128), ("vocab", 256), ("batch", 8), ("seq", 128),
                 ("threads", 2), ("steps", 10), ("warmup", 3)]:
        p.add_argument("--" + k, type=int, default=d)
    p.add_argument("--device", default="cpu")
    p.add_argument("--compile", action="store_true")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    model = GPT(a).to(a.device)
    nparams = sum(p.numel() for p in model.parameters())
    step_model = torch.compile(model) if a.compile else model
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.1)
    x = torch.randint(0, a.vocab, (a.batch, a.seq), device=a.device)
    y = torch.randint(0, a.vocab, (a.batch, a.seq), device=a.device)
    ac = torch.autocast("cuda", dtype=torch.bfloat16) if a.device == "cuda" else contextlib.nullcontext()

    def step():
        opt.zero_grad(set_to_none=True)
        with ac:
            loss = F.cross_entropy(step_model(x).float().view(-1, a.vocab), y.view(-1))
        loss.backward()
        opt.step()

    for _ in range(a.warmup):
        step()
    if a.device == "cuda":
        torch.cuda.synchronize()
    t = time.time()
    for _ in range(a.steps):
        step()
    if a.device == "cuda":
        torch.cuda.synchronize()
    tps = a.batch * a.seq * a.steps / (time.time() - t)
    out = {"tokens_per_s": tps, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "params": nparams, "torch": torch.__version__}
    if a.device == "cuda":
        out["peak_gpu_mb"] = torch.cuda.max_memory_allocated() / 2**20
        out["mfu_vs_989tflops"] = 6 * nparams * tps / 989e12  # H100 SXM dense bf16
    print(json.dumps(out))


if __name__ == "__main__":
    main()
