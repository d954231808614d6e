#!/usr/bin/env python3
"""Fabbrica scale-up script: fine-tunes a GPT-2 (Hugging Face folder) on a cluster with PyTorch,
transformers and (for LoRA) peft, with the same hyperparameters and schedule as Fabbrica's local engine.

Launch:  torchrun --standalone --nproc_per_node=N finetune_gpt2.py --model DIR --data FILE --out DIR ...
Metrics: Fabbrica JSONL, one object per line ({"step", "time", "loss", "lr", "tokens_per_s", "val_loss"}),
written by rank 0 to --metrics, which Fabbrica follows live.
"""
import argparse
import json
import math
import os
import random
import time

import torch
import torch.distributed as dist


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--model", required=True, help="folder with model.safetensors + config.json")
    p.add_argument("--tokenizer", default="model", help="'model' (GPT-2 BPE files in --model) or 'byte'")
    p.add_argument("--data", required=True)
    p.add_argument("--data-format", default="auto", choices=["auto", "text", "jsonl", "pairs"])
    p.add_argument("--out", default="output")
    p.add_argument("--metrics", default="metrics.jsonl")
    for name, typ, default in [("steps", int, 200), ("batch", int, 8), ("seq", int, 64), ("grad-accum", int, 1),
                               ("lr", float, 1e-3), ("min-lr-ratio", float, 0.1), ("warmup", int, 10),
                               ("weight-decay", float, 0.1), ("beta1", float, 0.9), ("beta2", float, 0.95),
                               ("eps", float, 1e-8), ("grad-clip", float, 1.0), ("lora-rank", int, 0),
                               ("lora-alpha", float, 16.0), ("lora-dropout", float, 0.0), ("eval-every", int, 50),
                               ("val-fraction", float, 0.1), ("seed", int, 1337)]:
        p.add_argument("--" + name, type=typ, default=default)
    p.add_argument("--lora-targets", default="c_attn,c_proj,c_fc")
    return p.parse_args()


def tokenizer_for(args):
    if args.tokenizer == "byte":  # Fabbrica's byte tokenizer: byte i is token i, 0 is end-of-text
        return (lambda s: [b for b in s.encode("utf-8") if b != 0]), 0
    from transformers import GPT2TokenizerFast
    tok = GPT2TokenizerFast.from_pretrained(args.model)
    return (lambda s: tok.encode(s)), tok.eos_token_id


def load_data(args, encode, eot):
    """The same packing as Fabbrica: documents + end-of-text, windows of seq + 1, prompt tokens masked."""
    with open(args.data, encoding="utf-8") as f:
        text = f.read()
    fmt = args.data_format
    if fmt == "auto":
        fmt = "jsonl" if args.data.endswith((".jsonl", ".json")) else "text"
    docs = []
    if fmt == "text":
        ids = encode(text)
        docs.append((ids, [1] * len(ids)))
    else:
        for line in text.splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if "prompt" in r:
                p, c = encode(r["prompt"]), encode(r["completion"])
                docs.append((p + c + [eot], [0] * len(p) + [1] * (len(c) + 1)))
            else:
                ids = encode(r["text"]) + [eot]
                docs.append((ids, [1] * len(ids)))
    rng = random.Random(args.seed)
    if len(docs) > 1:
        rng.shuffle(docs)
        n_val = max(1, int(len(docs) * args.val_fraction)) if args.val_fraction > 0 else 0
        train, val = docs[:len(docs) - n_val], docs[len(docs) - n_val:]
    else:
        ids, cnt = docs[0]
        cut = len(ids) - max(args.seq + 1, int(len(ids) * args.val_fraction)) if args.val_fraction > 0 else len(ids)
        train, val = [(ids[:cut], cnt[:cut])], [(ids[cut:], cnt[cut:])]

    def pack(parts):
        ids = [t for d in parts for t in d[0]]
        cnt = [c for d in parts for c in d[1]]
        xs, ys = [], []
        for s in range(0, max(0, len(ids) - 1), args.seq):
            x = [ids[i] if i < len(ids) else eot for i in range(s, s + args.seq)]
            y = [ids[i + 1] if i + 1 < len(ids) and cnt[i + 1] else -100 for i in range(s, s + args.seq)]
            xs.append(x)
            ys.append(y)
        return torch.tensor(xs, dtype=torch.long), torch.tensor(ys, dtype=torch.long)

    return pack(train), pack(val)


def lr_at(args, step):
    if step < args.warmup:
        return args.lr * (step + 1) / args.warmup
    progress = min(1.0, (step - args.warmup) / max(1, args.steps - args.warmup))
    lo = args.lr * args.min_lr_ratio
    return lo + (args.lr - lo) * 0.5 * (1 + math.cos(math.pi * progress))


def main():
    args = parse_args()
    distributed = "RANK" in os.environ
    if distributed:
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    rank = dist.get_rank() if distributed else 0
    world = dist.get_world_size() if distributed else 1
    device = torch.device(f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        torch.cuda.set_device(device)
    torch.manual_seed(args.seed + rank)

    from transformers import GPT2LMHeadModel
    model = GPT2LMHeadModel.from_pretrained(args.model).to(device)
    if args.lora_rank > 0:
        from peft import LoraConfig, get_peft_model
        model = get_peft_model(model, LoraConfig(r=args.lora_rank, lora_alpha=args.lora_alpha,
                                                 lora_dropout=args.lora_dropout, fan_in_fan_out=True,
                                                 target_modules=args.lora_targets.split(","), task_type="CAUSAL_LM"))
    encode, eot = tokenizer_for(args)
    (train_x, train_y), (val_x, val_y) = load_data(args, encode, eot)
    ddp = torch.nn.parallel.DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None) \
        if distributed else model
    params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": [p for n, p in params if p.dim() >= 2], "weight_decay": args.weight_decay},
                             {"params": [p for n, p in params if p.dim() < 2], "weight_decay": 0.0}],
                            lr=args.lr, betas=(args.beta1, args.beta2), eps=args.eps)
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda")
    gen = torch.Generator().manual_seed(args.seed)
    order, pos = torch.randperm(len(train_x), generator=gen), 0
    metrics = open(args.metrics, "a") if rank == 0 else None

    def loss_of(x, y):
        with autocast:
            logits = ddp(input_ids=x).logits
        return torch.nn.functional.cross_entropy(logits.float().view(-1, logits.size(-1)), y.view(-1),
                                                 ignore_index=-100, reduction="sum")

    for step in range(args.steps):
        t0 = time.time()
        for g in opt.param_groups:
            g["lr"] = lr_at(args, step)
        opt.zero_grad(set_to_none=True)
        batches = []
        for _ in range(args.grad_accum):
            idx = []
            for _ in range(args.batch * world):
                if pos == len(order):
                    order, pos = torch.randperm(len(train_x), generator=gen), 0
                idx.append(order[pos])
                pos += 1
            idx = torch.stack(idx)[rank::world]
            batches.append((train_x[idx].to(device), train_y[idx].to(device)))
        counted = sum(int((y != -100).sum()) for _, y in batches)
        total = 0.0
        for x, y in batches:
            loss = loss_of(x, y) / max(1, counted)
            loss.backward()
            total += loss.item()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), args.grad_clip) if args.grad_clip > 0 else 0.0
        opt.step()
        if rank == 0:
            line = {"step": step + 1, "time": time.time(), "loss": total, "lr": lr_at(args, step),
                    "tokens_per_s": args.batch * args.seq * args.grad_accum * world / (time.time() - t0),
                    "grad_norm": float(norm)}
            if args.eval_every > 0 and ((step + 1) % args.eval_every == 0 or step + 1 == args.steps) and len(val_x):
                with torch.no_grad():
                    s, n = 0.0, 0
                    for i in range(0, len(val_x), args.batch):
                        y = val_y[i:i + args.batch].to(device)
                        s += loss_of(val_x[i:i + args.batch].to(device), y).item()
                        n += int((y != -100).sum())
                    line["val_loss"] = s / max(1, n)
            metrics.write(json.dumps(line) + "\n")
            metrics.flush()
    if rank == 0:
        os.makedirs(args.out, exist_ok=True)
        model.save_pretrained(args.out, safe_serialization=True)  # LoRA: a PEFT adapter folder
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
