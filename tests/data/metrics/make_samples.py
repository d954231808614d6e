#!/usr/bin/env python3
"""Writes the metrics sample files in this folder (run once; the files are committed).

    python3 tests/data/metrics/make_samples.py

Standard library only. The TFRecord/protobuf encoder and the CRC-32C below are written here from the
documented formats, independently of the C++ reader in core/metrics/, so a test that reads these files
checks one implementation against another. See README.md for which writer made which file.
"""

import math
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "resources", "python"))
import fabbrica_metrics  # noqa: E402

T0 = 1732440000.0  # 2024-11-24 09:20 UTC, a fixed start so the files do not change between runs


def loss_curve(rng, step, start=10.8, floor=2.1):
    return floor + (start - floor) * math.exp(-step / 900.0) + rng.gauss(0, 0.04)


# ---- Fabbrica JSONL, through the real helper --------------------------------------------------------

def make_jsonl():
    path = os.path.join(HERE, "run.jsonl")
    if os.path.exists(path):
        os.remove(path)
    rng = random.Random(1)
    with fabbrica_metrics.MetricsWriter(path, rank_zero_only=False) as w:
        for step in range(0, 2000, 10):
            lr = 3e-4 * min(1.0, (step + 10) / 200.0)
            values = {"loss": round(loss_curve(rng, step), 4), "lr": lr, "tokens_per_s": round(rng.uniform(51000, 53000), 1)}
            if step == 1230:
                values["loss"] = float("nan")  # a real run's occasional non-finite loss
            if step % 500 == 0 and step > 0:
                values["val_loss"] = round(loss_curve(rng, step) + 0.05, 4)
                values["phase"] = "eval"
            w.log(step, time=T0 + step * 0.37, **values)


# ---- PyTorch Lightning CSVLogger metrics.csv (by its documented layout) -----------------------------

def make_lightning_csv():
    rng = random.Random(2)
    rows = []
    steps_per_epoch = 250
    for epoch in range(4):
        for step in range(epoch * steps_per_epoch + 49, (epoch + 1) * steps_per_epoch, 50):
            rows.append([str(epoch), str(step), "%.4f" % loss_curve(rng, step * 4), "", "", "%g" % (1e-3 * 0.9 ** epoch)])
        end = (epoch + 1) * steps_per_epoch - 1
        rows.append([str(epoch), str(end), "", "%.4f" % (loss_curve(rng, end * 4) + 0.08), "%.4f" % (0.5 + 0.1 * epoch), ""])
    # csv.DictWriter's default line terminator is CRLF; Lightning keeps it.
    with open(os.path.join(HERE, "lightning_metrics.csv"), "w", newline="") as f:
        f.write("epoch,step,train_loss,val_loss,val_acc,lr-AdamW\r\n")
        for r in rows:
            f.write(",".join(r) + "\r\n")


# ---- Hugging Face Trainer stdout (by the Trainer's printed log format) ------------------------------

def make_hf_log():
    rng = random.Random(3)
    out = []
    out.append("[INFO|trainer.py:2243] 2024-11-24 09:20:01,112 >> ***** Running training *****")
    out.append("[INFO|trainer.py:2244] 2024-11-24 09:20:01,112 >>   Num examples = 20,000")
    out.append("[WARNING|modeling_utils.py:4172] 2024-11-24 09:20:00,010 >> Some weights were not initialized: ['score.weight']")
    total = 600
    for i in range(1, 13):
        step = i * 50
        bar = "".join(" %3d%%|%s| %d/%d [00:%02d<01:%02d,  4.%02dit/s]\r" % (
            (step - 25 + k) * 100 // total, "#" * ((step - 25 + k) * 10 // total), step - 25 + k, total, k, 59 - k, k)
            for k in (0, 12, 24))
        d = "{'loss': %s, 'grad_norm': %s, 'learning_rate': %s, 'epoch': %s}" % (
            round(loss_curve(rng, step * 6), 4), round(rng.uniform(0.5, 2.5), 4), repr(5e-05 * (1 - step / total)), round(step / 200, 2))
        out.append(bar + d)
        if step % 200 == 0:
            out.append("{'eval_loss': %s, 'eval_runtime': 3.1422, 'eval_samples_per_second': 63.65, 'eval_steps_per_second': 7.956, 'epoch': %s}" % (
                round(loss_curve(rng, step * 6) + 0.1, 4), float(step // 200)))
    out.append("{'train_runtime': 151.3046, 'train_samples_per_second': 396.55, 'train_steps_per_second': 3.966, 'train_loss': 3.0412, 'epoch': 3.0}")
    out.append("100%|##########| 600/600 [02:31<00:00,  3.97it/s]")
    with open(os.path.join(HERE, "hf_trainer.log"), "w", newline="") as f:
        f.write("\n".join(out) + "\n")


# ---- MLflow file store (by its documented on-disk layout) -------------------------------------------

def make_mlflow():
    rng = random.Random(4)
    run = os.path.join(HERE, "mlruns", "1", "5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b")
    for sub in ("metrics/train", "params", "tags"):
        os.makedirs(os.path.join(run, sub), exist_ok=True)
    ms0 = int(T0 * 1000)
    with open(os.path.join(run, "metrics", "loss"), "w") as f:
        for step in range(0, 300, 10):
            value = loss_curve(rng, step * 5)
            f.write("%d %s %d\n" % (ms0 + step * 420, repr(value if step != 150 else float("nan")), step))
    with open(os.path.join(run, "metrics", "train", "acc"), "w") as f:
        for step in range(0, 300, 50):
            f.write("%d %s %d\n" % (ms0 + step * 420 + 7, repr(round(0.3 + step / 500, 4)), step))
    for name, value in (("lr", "0.0003"), ("batch_size", "32"), ("optimizer", "adamw")):
        with open(os.path.join(run, "params", name), "w") as f:
            f.write(value)
    with open(os.path.join(run, "tags", "mlflow.runName"), "w") as f:
        f.write("lr-3e-4")
    with open(os.path.join(run, "meta.yaml"), "w") as f:
        f.write("artifact_uri: file:///scratch/mlruns/1/5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b/artifacts\n"
                "end_time: null\nentry_point_name: ''\nexperiment_id: '1'\nlifecycle_stage: active\n"
                "run_id: 5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b\nrun_name: lr-3e-4\nsource_type: 4\n"
                "start_time: %d\nstatus: 1\nuser_id: jdoe0000\n" % ms0)


# ---- TensorBoard event files (TFRecord + Event protos, encoded here by hand) ------------------------

def _crc32c_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = _crc32c_table()


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def masked_crc(data):
    c = crc32c(data)
    return (((c >> 15) | (c << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def varint(n):
    if n < 0:
        n += 1 << 64
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def field(number, wire, payload):
    key = varint((number << 3) | wire)
    if wire == 2:
        return key + varint(len(payload)) + payload
    return key + payload


def event(wall_time, step=None, file_version=None, summary=None):
    out = field(1, 1, struct.pack("<d", wall_time))
    if step:
        out += field(2, 0, varint(step))
    if file_version is not None:
        out += field(3, 2, file_version.encode())
    if summary is not None:
        out += field(5, 2, summary)
    return out


def simple_value(tag, v):
    return field(1, 2, field(1, 2, tag.encode()) + field(2, 5, struct.pack("<f", v)))


SCALARS_METADATA = field(1, 2, field(1, 2, b"scalars"))  # SummaryMetadata{plugin_data{plugin_name}}


def tensor_value(tag, v, dtype, form, with_metadata):
    if dtype == 1:  # DT_FLOAT
        raw = struct.pack("<f", v)
    else:  # DT_DOUBLE
        raw = struct.pack("<d", v)
    tensor = field(1, 0, varint(dtype)) + field(2, 2, b"")
    if form == "content":
        tensor += field(4, 2, raw)
    else:
        tensor += field(5 if dtype == 1 else 6, 2, raw)  # packed repeated float_val / double_val
    value = field(1, 2, tag.encode()) + field(8, 2, tensor)
    if with_metadata:
        value += field(9, 2, SCALARS_METADATA)
    return field(1, 2, value)


def record(data):
    length = struct.pack("<Q", len(data))
    return length + struct.pack("<I", masked_crc(length)) + data + struct.pack("<I", masked_crc(data))


def make_tensorboard():
    folder = os.path.join(HERE, "tensorboard")
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(5)
    # simple_value, as torch.utils.tensorboard / tensorboardX write it.
    recs = [record(event(T0, file_version="brain.Event:2"))]
    for step in range(0, 500, 5):
        t = T0 + 1 + step * 0.5
        recs.append(record(event(t, step, summary=simple_value("train/loss", loss_curve(rng, step * 4)))))
        if step % 25 == 0:
            recs.append(record(event(t, step, summary=simple_value("train/lr", 3e-4 * (1 - step / 500)))))
    with open(os.path.join(folder, "events.out.tfevents.1732440000.node042.31337.0"), "wb") as f:
        f.write(b"".join(recs))
    # Scalar tensors, as TF 2 tf.summary.scalar writes them (metadata only on a tag's first value).
    recs = [record(event(T0, file_version="brain.Event:2"))]
    seen = set()
    for step in range(1, 201):
        t = T0 + step * 0.8
        values = tensor_value("epoch_loss", loss_curve(rng, step * 10), 1, "content" if step % 2 else "val", "epoch_loss" not in seen)
        seen.add("epoch_loss")
        if step % 10 == 0:
            values += tensor_value("learning_rate", 1e-3 / math.sqrt(step), 2, "val" if step % 20 else "content", "learning_rate" not in seen)
            seen.add("learning_rate")
        recs.append(record(event(t, step, summary=values)))
    with open(os.path.join(folder, "events.out.tfevents.1732440100.node042.31338.0.v2"), "wb") as f:
        f.write(b"".join(recs))


# ---- a custom text log for the regex parser --------------------------------------------------------

def make_custom_log():
    rng = random.Random(6)
    lines = ["Loading checkpoint shards: 100%|##########| 2/2", "world size 4, micro batch 8"]
    for it in range(100, 3001, 100):
        lines.append("2024-11-24 09:%02d:%02d | iter %d/3000 | loss %.4f | lr %.2e | %.1f it/s" % (
            20 + it // 600, (it // 10) % 60, it, loss_curve(rng, it), 3e-4 * (1 - it / 3000), rng.uniform(11, 13)))
        if it == 1500:
            lines.append("saving checkpoint to ckpt/iter_1500.pt")
    with open(os.path.join(HERE, "custom_train.log"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_jsonl()
    make_lightning_csv()
    make_hf_log()
    make_mlflow()
    make_tensorboard()
    make_custom_log()
    print("samples written to", HERE)
