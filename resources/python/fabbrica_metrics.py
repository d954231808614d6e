"""Fabbrica metrics logging for training scripts: one JSON object per line, read live by Fabbrica.

    from fabbrica_metrics import log
    log(step, loss=2.31, lr=3e-4)

writes ``{"step": 120, "time": 1732440000.5, "loss": 2.31, "lr": 0.0003}`` to the file named by the
``path`` argument of ``MetricsWriter``, or else by ``$FABBRICA_METRICS`` (the batch script Fabbrica
renders exports it), or else ``$FABBRICA_RUN_DIR/metrics.jsonl``, or else ``./metrics.jsonl``.

Guarantees, so that Fabbrica's follower (which resumes by byte offset) sees every point exactly once:

* each line is written with a single ``os.write`` on a file opened with ``O_APPEND`` and flushed at
  once (``fsync`` too when asked: ``fsync=True`` or ``FABBRICA_METRICS_FSYNC=1``);
* a job restarted after being killed appends; if the kill cut the last line short, a newline is added
  first so the cut line stays one broken line and cannot swallow the first new one;
* only the rank-0 process writes under ``torch.distributed``, ``torchrun`` (``RANK``) or ``srun``
  (``SLURM_PROCID``); other ranks' calls do nothing.

No dependencies. ``FabbricaCallback`` (Hugging Face ``TrainerCallback``) and ``FabbricaLogger``
(Lightning ``Logger``) build on it; their base classes are used when those packages are installed and
plain stand-ins otherwise, so importing this module never fails.
"""

import json
import math
import numbers
import os
import sys
import time as _time

__all__ = ["log", "MetricsWriter", "FabbricaCallback", "FabbricaLogger", "default_path", "is_rank_zero"]


def default_path():
    """The metrics file: $FABBRICA_METRICS, else $FABBRICA_RUN_DIR/metrics.jsonl, else ./metrics.jsonl."""
    path = os.environ.get("FABBRICA_METRICS")
    if path:
        return path
    run_dir = os.environ.get("FABBRICA_RUN_DIR")
    return os.path.join(run_dir, "metrics.jsonl") if run_dir else "metrics.jsonl"


def is_rank_zero():
    """True unless this process is a non-zero rank of a distributed job."""
    # Only look at torch.distributed if the script imported it: importing torch here would cost seconds.
    dist = sys.modules.get("torch.distributed")
    if dist is not None:
        try:
            if dist.is_available() and dist.is_initialized():
                return dist.get_rank() == 0
        except Exception:  # a half-initialised process group: fall back to the environment
            pass
    for var in ("RANK", "SLURM_PROCID"):
        value = os.environ.get(var)
        if value is not None and value.strip().lstrip("-").isdigit():
            return int(value) == 0
    return True


def _number(value):
    """A float for anything number-like (int, float, numpy scalar, 0-d tensor), else None."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, numbers.Real):
        return float(value)
    item = getattr(value, "item", None)  # numpy scalars and one-element tensors
    if callable(item):
        try:
            v = item()
        except Exception:
            return None
        if isinstance(v, numbers.Real):
            return float(v)
    return None


class MetricsWriter:
    """Appends Fabbrica JSONL lines to one file. Safe to create in every rank: only rank 0 writes."""

    def __init__(self, path=None, fsync=None, rank_zero_only=True):
        self.path = os.fspath(path) if path is not None else default_path()
        if fsync is None:
            fsync = os.environ.get("FABBRICA_METRICS_FSYNC", "") not in ("", "0", "false", "no")
        self.fsync = bool(fsync)
        self.enabled = is_rank_zero() if rank_zero_only else True
        self._fd = None

    def _open(self):
        folder = os.path.dirname(self.path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        # A previous run killed mid-line left no newline at the end: end that line first.
        try:
            size = os.fstat(fd).st_size
            if size > 0:
                with open(self.path, "rb") as f:
                    f.seek(size - 1)
                    if f.read(1) != b"\n":
                        os.write(fd, b"\n")
        except OSError:
            pass
        self._fd = fd

    def log(self, step, time=None, **values):
        """Writes one line: the step, the wall time (now unless given) and every value.

        Numbers (also numpy scalars and one-element tensors) are written as numbers, NaN and infinities
        included; anything else as text. Returns the line written, or None on a non-zero rank.
        """
        if not self.enabled:
            return None
        record = {"step": int(step), "time": float(_time.time() if time is None else time)}
        for key, value in values.items():
            number = _number(value)
            record[str(key)] = number if number is not None else str(value)
        line = (json.dumps(record, allow_nan=True, ensure_ascii=False) + "\n").encode("utf-8")
        if self._fd is None:
            self._open()
        view = memoryview(line)
        while view:  # os.write may write less than asked (signals); O_APPEND keeps each part at the end
            written = os.write(self._fd, view)
            view = view[written:]
        if self.fsync:
            os.fsync(self._fd)
        return line.decode("utf-8")

    def close(self):
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_default_writer = None


def log(step, time=None, **values):
    """Appends ``{"step": step, "time": now, **values}`` to the default metrics file (rank 0 only)."""
    global _default_writer
    path = default_path()
    if _default_writer is None or _default_writer.path != path:
        if _default_writer is not None:
            _default_writer.close()
        _default_writer = MetricsWriter(path)
    return _default_writer.log(step, time=time, **values)


# ---- Hugging Face Trainer ---------------------------------------------------------------------------

try:  # pragma: no cover - depends on what is installed
    from transformers import TrainerCallback as _TrainerCallbackBase
except Exception:  # not installed (Debian 12 has no python3-transformers) or broken
    _TrainerCallbackBase = object


class FabbricaCallback(_TrainerCallbackBase):
    """``Trainer(callbacks=[FabbricaCallback()])``: every ``on_log`` becomes one metrics line at
    ``state.global_step``. Only the world's main process writes."""

    def __init__(self, path=None, fsync=None):
        super().__init__()
        self.writer = MetricsWriter(path, fsync=fsync, rank_zero_only=False)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not logs or not getattr(state, "is_world_process_zero", True):
            return
        values = {}
        for key, value in logs.items():
            if key in ("step", "time"):
                key = "trainer_" + key
            number = _number(value)
            if number is not None and not (isinstance(value, bool)):
                values[key] = number
        if values:
            self.writer.log(int(getattr(state, "global_step", 0)), **values)


# ---- Lightning -----------------------------------------------------------------------------------

_LoggerBase = object
_rank_zero_only = None
for _module in ("lightning.pytorch.loggers", "pytorch_lightning.loggers"):
    try:  # pragma: no cover - depends on what is installed
        _mod = __import__(_module, fromlist=["Logger"])
        _LoggerBase = _mod.Logger
        _util = __import__(_module.rsplit(".", 1)[0] + ".utilities", fromlist=["rank_zero_only"])
        _rank_zero_only = getattr(_util, "rank_zero_only", None)
        break
    except Exception:
        continue


def _on_rank_zero(fn):
    return _rank_zero_only(fn) if _rank_zero_only is not None else fn


class FabbricaLogger(_LoggerBase):
    """``Trainer(logger=FabbricaLogger())``: metrics to the Fabbrica JSONL file; hyperparameters to
    ``<metrics file>.params.json`` beside it (the JSONL file holds only points)."""

    def __init__(self, path=None, fsync=None, name="fabbrica", version=None):
        super().__init__()
        self.writer = MetricsWriter(path, fsync=fsync)
        self._name = name
        self._version = version if version is not None else os.environ.get("SLURM_JOB_ID", "0")

    @property
    def name(self):
        return self._name

    @property
    def version(self):
        return self._version

    @property
    def save_dir(self):
        return os.path.dirname(os.path.abspath(self.writer.path))

    @_on_rank_zero
    def log_metrics(self, metrics, step=None):
        values = {}
        for key, value in metrics.items():
            number = _number(value)
            if number is not None and key not in ("step", "time"):
                values[key] = number
        if step is None:
            step = int(values.get("epoch", 0)) if "epoch" in values else 0
        if values:
            self.writer.log(int(step), **values)

    @_on_rank_zero
    def log_hyperparams(self, params, *args, **kwargs):
        if not self.writer.enabled:
            return
        if hasattr(params, "__dict__") and not isinstance(params, dict):
            params = vars(params)
        clean = {}
        for key, value in dict(params or {}).items():
            number = _number(value)
            clean[str(key)] = number if number is not None and math.isfinite(number) else str(value)
        path = self.writer.path + ".params.json"
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(clean, f, indent=1, sort_keys=True)
        os.replace(tmp, path)

    @_on_rank_zero
    def finalize(self, status):
        self.writer.close()
