#!/usr/bin/python3
"""Writes the PyTorch reference the C++ engine is compared with (tests/localgpu/tst_torch_reference.cpp):

  tests/data/localgpu/torch_ref/model.safetensors   a small GPT-2 in Hugging Face's layout (GPT2Model names,
                                                   Conv1D weights [in, out])
  tests/data/localgpu/torch_ref/expected.safetensors  logits, loss, every gradient ("grad.NAME") and every
                                                   parameter after one AdamW step ("after.NAME")
  tests/data/localgpu/torch_ref/config.json       its Hugging Face config
  tests/data/localgpu/torch_ref/reference.json     tokens, targets (-1 = ignored) and the AdamW settings

The model is written out here in plain torch (module names as in transformers' GPT-2) because Debian 12
packages torch but not transformers. Computed in float64, stored as float32.
Run with Debian's python:  /usr/bin/python3 tests/localgpu/make_torch_reference.py
"""
import json
import math
import os
import struct

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "data", "localgpu", "torch_ref"))

VOCAB, CTX, LAYERS, HEADS, WIDTH = 64, 16, 2, 2, 16
B, T = 2, 12
LR, BETAS, EPS, WD = 1e-2, (0.9, 0.95), 1e-8, 0.1


class Conv1D(nn.Module):
    """transformers' Conv1D: y = x @ weight + bias with weight stored [in, out]."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_in, n_out))
        self.bias = nn.Parameter(torch.empty(n_out))

    def forward(self, x):
        return x @ self.weight + self.bias


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln_1 = nn.LayerNorm(WIDTH, eps=1e-5)
        self.attn = nn.Module()
        self.attn.c_attn = Conv1D(WIDTH, 3 * WIDTH)
        self.attn.c_proj = Conv1D(WIDTH, WIDTH)
        self.ln_2 = nn.LayerNorm(WIDTH, eps=1e-5)
        self.mlp = nn.Module()
        self.mlp.c_fc = Conv1D(WIDTH, 4 * WIDTH)
        self.mlp.c_proj = Conv1D(4 * WIDTH, WIDTH)

    def forward(self, x):
        h = self.ln_1(x)
        q, k, v = self.attn.c_attn(h).split(WIDTH, dim=2)
        hs = WIDTH // HEADS
        q, k, v = (t.view(B, T, HEADS, hs).transpose(1, 2) for t in (q, k, v))
        att = (q @ k.transpose(-2, -1)) / math.sqrt(hs)
        mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
        att = att.masked_fill(~mask, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, WIDTH)
        x = x + self.attn.c_proj(y)
        return x + self.mlp.c_proj(gelu_new(self.mlp.c_fc(self.ln_2(x))))


class GPT2(nn.Module):
    def __init__(self):
        super().__init__()
        self.wte = nn.Embedding(VOCAB, WIDTH)
        self.wpe = nn.Embedding(CTX, WIDTH)
        self.h = nn.ModuleList([Block() for _ in range(LAYERS)])
        self.ln_f = nn.LayerNorm(WIDTH, eps=1e-5)

    def forward(self, idx):
        x = self.wte(idx) + self.wpe(torch.arange(idx.shape[1]))
        for block in self.h:
            x = block(x)
        return self.ln_f(x) @ self.wte.weight.t()  # tied head


def write_safetensors(path, tensors):
    header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name, t in tensors.items():
        data = t.detach().to(torch.float32).contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def main():
    torch.manual_seed(0)
    torch.set_default_dtype(torch.float64)
    model = GPT2()
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.startswith("ln") or ".ln_" in name:
                p.copy_((1.0 if name.endswith("weight") else 0.0) + 0.1 * torch.randn_like(p))
            elif name.endswith("bias"):
                p.copy_(0.1 * torch.randn_like(p))
            else:
                p.copy_(0.2 * torch.randn_like(p))
    # Round to float32 first, so both sides start from exactly the stored weights.
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.to(torch.float32).to(torch.float64))

    idx = torch.randint(0, VOCAB, (B, T))
    targets = torch.randint(0, VOCAB, (B, T))
    targets[0, :3] = -1  # a masked prompt: these positions must not count
    targets[1, 5] = -1

    os.makedirs(OUT, exist_ok=True)
    write_safetensors(os.path.join(OUT, "model.safetensors"), dict(model.named_parameters()))

    logits = model(idx)
    loss = F.cross_entropy(logits.view(-1, VOCAB), targets.view(-1), ignore_index=-1)
    loss.backward()
    expected = {"logits": logits, "loss": loss.reshape(1)}
    expected.update({"grad." + n: p.grad for n, p in model.named_parameters()})

    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": WD}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=LR, betas=BETAS, eps=EPS)
    opt.step()
    expected.update({"after." + n: p for n, p in model.named_parameters()})
    write_safetensors(os.path.join(OUT, "expected.safetensors"), expected)

    with open(os.path.join(OUT, "config.json"), "w") as f:  # as transformers writes it, for the head count
        json.dump({"model_type": "gpt2", "vocab_size": VOCAB, "n_positions": CTX, "n_layer": LAYERS,
                   "n_head": HEADS, "n_embd": WIDTH, "activation_function": "gelu_new",
                   "layer_norm_epsilon": 1e-5}, f, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump({"config": {"vocab_size": VOCAB, "n_positions": CTX, "n_layer": LAYERS, "n_head": HEADS,
                              "n_embd": WIDTH},
                   "tokens": idx.view(-1).tolist(), "targets": targets.view(-1).tolist(), "batch": B, "seq": T,
                   "adamw": {"lr": LR, "beta1": BETAS[0], "beta2": BETAS[1], "eps": EPS, "weight_decay": WD},
                   "torch": torch.__version__}, f, indent=1)
        f.write("\n")
    print(f"loss {loss.item():.6f}; wrote {OUT}")


if __name__ == "__main__":
    main()
