"""Tests of resources/python/fabbrica_metrics.py, the logging helper for users' training scripts.

Run by CTest as ``/usr/bin/python3 -B -m unittest -v test_fabbrica_metrics`` from this folder, with
FABBRICA_PYTHON_HELPERS pointing at resources/python. The writer runs in real subprocesses that are
killed with SIGKILL; a plain reader written here checks each logged step is in the file exactly once.
"""

import importlib
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
import types
import unittest

HELPERS = os.environ.get("FABBRICA_PYTHON_HELPERS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "python")
sys.path.insert(0, HELPERS)
import fabbrica_metrics  # noqa: E402

WRITER = """
import os, sys, time
sys.path.insert(0, os.environ["FABBRICA_PYTHON_HELPERS"])
from fabbrica_metrics import log
start, stop = int(sys.argv[1]), int(sys.argv[2])
for step in range(start, stop):
    log(step, loss=1.0 / (step + 1), tokens=step * 512)
    if step % 100 == 0:
        time.sleep(0.001)
"""


def read_metrics(path):
    """A plain reader: complete lines only; returns (records, broken line count)."""
    records, broken = [], 0
    with open(path, "rb") as f:
        data = f.read()
    for raw in data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n"):
        if not raw.strip():
            continue
        try:
            records.append(json.loads(raw))
        except ValueError:
            broken += 1
    return records, broken


class Env:
    """Sets environment variables for the duration of a with-block."""

    def __init__(self, **values):
        self.values = values
        self.saved = {}

    def __enter__(self):
        for k, v in self.values.items():
            self.saved[k] = os.environ.get(k)
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        return self

    def __exit__(self, *exc):
        for k, v in self.saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class FabbricaMetricsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "run", "metrics.jsonl")
        self.env = Env(FABBRICA_METRICS=self.path, FABBRICA_RUN_DIR=None, RANK=None, SLURM_PROCID=None,
                       FABBRICA_METRICS_FSYNC=None, FABBRICA_PYTHON_HELPERS=HELPERS)
        self.env.__enter__()
        fabbrica_metrics._default_writer = None

    def tearDown(self):
        if fabbrica_metrics._default_writer is not None:
            fabbrica_metrics._default_writer.close()
            fabbrica_metrics._default_writer = None
        self.env.__exit__()
        self.dir.cleanup()

    def test_log_writes_one_line_with_time(self):
        before = time.time()
        line = fabbrica_metrics.log(120, loss=2.31, lr=0.0003, phase="train")
        records, broken = read_metrics(self.path)
        self.assertEqual(broken, 0)
        self.assertEqual(len(records), 1)
        r = records[0]
        self.assertEqual(list(r)[:2], ["step", "time"])
        self.assertEqual(r["step"], 120)
        self.assertGreaterEqual(r["time"], before - 1)
        self.assertEqual(r["loss"], 2.31)
        self.assertEqual(r["phase"], "train")
        self.assertTrue(line.endswith("\n"))

    def test_values_numbers_nan_and_number_like(self):
        class Scalar:  # what numpy scalars and 0-d tensors offer
            def __init__(self, v):
                self.v = v

            def item(self):
                return self.v

        fabbrica_metrics.log(1, time=5.5, loss=float("nan"), big=float("inf"), t=Scalar(0.25), obj=object(), n=7)
        with open(self.path) as f:
            text = f.read()
        self.assertIn("NaN", text)  # Python's json spelling, which the C++ reader accepts
        self.assertIn("Infinity", text)
        r = json.loads(text)
        self.assertTrue(math.isnan(r["loss"]))
        self.assertEqual(r["t"], 0.25)
        self.assertEqual(r["time"], 5.5)
        self.assertIsInstance(r["obj"], str)
        self.assertEqual(r["n"], 7.0)
        with self.assertRaises(TypeError):  # "step" and "time" are the line's own fields
            fabbrica_metrics.log(2, step=3)

    def test_path_from_run_dir_and_argument(self):
        with Env(FABBRICA_METRICS=None, FABBRICA_RUN_DIR=self.dir.name):
            self.assertEqual(fabbrica_metrics.default_path(), os.path.join(self.dir.name, "metrics.jsonl"))
        with Env(FABBRICA_METRICS=None, FABBRICA_RUN_DIR=None):
            self.assertEqual(fabbrica_metrics.default_path(), "metrics.jsonl")
        other = os.path.join(self.dir.name, "deep", "x.jsonl")
        with fabbrica_metrics.MetricsWriter(other, fsync=True) as w:
            self.assertTrue(w.fsync)
            w.log(1, a=1)
        self.assertEqual(read_metrics(other)[0][0]["a"], 1)
        with Env(FABBRICA_METRICS_FSYNC="1"):
            self.assertTrue(fabbrica_metrics.MetricsWriter(other).fsync)

    def test_only_rank_zero_writes(self):
        for var in ("RANK", "SLURM_PROCID"):
            with Env(**{var: "3"}):
                self.assertFalse(fabbrica_metrics.is_rank_zero())
                self.assertIsNone(fabbrica_metrics.MetricsWriter(self.path).log(1, loss=1.0))
            with Env(**{var: "0"}):
                self.assertTrue(fabbrica_metrics.is_rank_zero())
        self.assertFalse(os.path.exists(self.path))
        # torch.distributed, when the script uses it, decides over the environment.
        fake = types.SimpleNamespace(is_available=lambda: True, is_initialized=lambda: True, get_rank=lambda: 2)
        sys.modules["torch.distributed"] = fake
        try:
            with Env(RANK="0"):
                self.assertFalse(fabbrica_metrics.is_rank_zero())
        finally:
            del sys.modules["torch.distributed"]

    def test_killed_midway_then_appended_every_step_once(self):
        env = dict(os.environ)
        first = subprocess.Popen([sys.executable, "-c", WRITER, "0", "100000000"], env=env)
        deadline = time.time() + 60
        while time.time() < deadline:
            if os.path.exists(self.path) and os.path.getsize(self.path) > 200000:
                break
            self.assertIsNone(first.poll(), "the writer stopped early")
            time.sleep(0.005)
        first.send_signal(signal.SIGKILL)
        first.wait()
        # The worst kill: in the middle of a line. The next run must not glue its first line to it.
        with open(self.path, "ab") as f:
            f.write(b'{"step": 99999999, "lo')
        records, broken = read_metrics(self.path)
        last = records[-1]["step"]
        self.assertGreater(last, 1000)
        second = subprocess.run([sys.executable, "-c", WRITER, str(last + 1), str(last + 2001)], env=env, timeout=120)
        self.assertEqual(second.returncode, 0)
        records, broken = read_metrics(self.path)
        steps = [r["step"] for r in records]
        self.assertEqual(steps, list(range(0, last + 2001)))  # each step once, in order
        self.assertEqual(broken, 1)  # the cut line, alone on its line
        for r in records:
            self.assertAlmostEqual(r["loss"], 1.0 / (r["step"] + 1))

    def test_huggingface_callback(self):
        cb = fabbrica_metrics.FabbricaCallback(self.path)
        try:
            import transformers  # noqa: F401
            self.assertIsInstance(cb, transformers.TrainerCallback)
        except ImportError:
            pass  # Debian 12 has no python3-transformers: the stand-in base is a plain object
        state = types.SimpleNamespace(global_step=50, is_world_process_zero=True)
        cb.on_log(None, state, None, logs={"loss": 2.5, "learning_rate": 5e-05, "epoch": 0.12, "note": "x", "flag": True})
        cb.on_log(None, state, None, logs={})
        cb.on_log(None, types.SimpleNamespace(global_step=60, is_world_process_zero=False), None, logs={"loss": 1.0})
        records, broken = read_metrics(self.path)
        self.assertEqual(len(records), 1)
        self.assertEqual(records[0]["step"], 50)
        self.assertEqual(records[0]["learning_rate"], 5e-05)
        self.assertNotIn("note", records[0])
        self.assertNotIn("flag", records[0])

    def test_lightning_logger(self):
        logger = fabbrica_metrics.FabbricaLogger(self.path, version="42")
        self.assertEqual(logger.name, "fabbrica")
        self.assertEqual(logger.version, "42")
        logger.log_metrics({"train_loss": 1.5, "epoch": 0}, step=49)
        logger.log_metrics({"val_loss": 1.25}, step=None)
        logger.log_hyperparams({"lr": 3e-4, "optimizer": "adamw", "layers": [1, 2]})
        logger.finalize("success")
        records, broken = read_metrics(self.path)
        self.assertEqual([r["step"] for r in records], [49, 0])
        with open(self.path + ".params.json") as f:
            params = json.load(f)
        self.assertEqual(params["lr"], 3e-4)
        self.assertEqual(params["layers"], "[1, 2]")

    def test_import_without_optional_packages(self):
        # Reloading must work whatever is installed; the module has no hard dependency.
        module = importlib.reload(fabbrica_metrics)
        self.assertTrue(hasattr(module, "log"))


if __name__ == "__main__":
    unittest.main()
