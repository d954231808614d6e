#!/usr/bin/env python3
"""Writes the seed corpora tests/fuzz/corpus/fuzz_<name>/: the recorded outputs under tests/data/ (big ones
trimmed to a few KB: the fuzzer mutates small inputs best) and a few hand-made samples of the formats
in the cluster notes. Deterministic; rerun after adding test data. Usage: tests/fuzz/make_corpus.py"""
import base64
import json
import pathlib
import shutil
import struct

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"
ROOT = HERE.parent.parent
OUT = HERE / "corpus"


def put(target, name, content):
    d = OUT / ("fuzz_" + target)  # named as the target binary
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(content if isinstance(content, bytes) else content.encode())


def copy(target, path, name=None, max_lines=None):
    text = pathlib.Path(path).read_bytes()
    if max_lines is not None:
        text = b"".join(text.splitlines(keepends=True)[:max_lines])
    put(target, name or pathlib.Path(path).name, text)


def json_trimmed(path, key, keep=1):
    """A Slurm --json output with only its first `keep` entries of `key` (the rest is repetition)."""
    j = json.loads(pathlib.Path(path).read_text())
    j[key] = j[key][:keep]
    return json.dumps(j, indent=1)


def experiments():
    for p in sorted((DATA / "experiments").glob("*.json")):
        copy("experiment", p)
    for p in sorted((ROOT / "resources" / "templates").glob("*/experiment.json")):
        copy("experiment", p, "template-" + p.parent.name + ".json")
    put("experiment", "random-sweep.json", json.dumps({
        "schema": "fabbrica.experiment/1", "name": "rand", "kind": "cluster", "cluster": "lumi",
        "resources": {"account": "project_465000123", "partition": "small-g", "nodes": 1, "gpus_per_node": 1,
                      "cpus_per_task": 7, "mem": "60G", "time": "1-00:00:00"},
        "command": "python train.py --lr {lr} --wd {wd} --tag '{tag}'",
        "parameters": {"lr": 1e-4, "wd": 0.0, "tag": "a b\tc"},
        "sweep": {"mode": "random", "axes": {"lr": [1e-5, 1e-4, 1e-3], "wd": [0, 0.1]}, "samples": 4,
                  "seed": 7, "max_concurrent": 2},
        "metrics": {"path": "logs/{lr}.log", "format": "regex", "pattern": "step (?<step>\\d+) loss (?<loss>\\S+)"}}))
    put("experiment", "local-finetune.json", json.dumps({
        "schema": "fabbrica.experiment/1", "name": "lora", "kind": "local-finetune", "cluster": "this-computer",
        "command": "", "finetune": {"model": "gpt2", "lora": {"rank": 8}, "steps": 20}}))


def slurm():
    bench, sites = DATA / "slurm" / "bench-22.05", DATA / "slurm" / "sites"
    for n in ["squeue.txt", "squeue-default.txt", "squeue-final.txt", "sacct-steps.txt", "sbatch-parsable.txt",
              "sbatch-parsable-cluster.txt", "sbatch-test-only.txt", "sbatch-error-account.txt",
              "sbatch-error-gres.txt", "sbatch-error-partition.txt", "sbatch-error-time-limit.txt"]:
        copy("slurm_jobs", bench / n)
    copy("slurm_jobs", bench / "sacct.txt", max_lines=12)
    copy("slurm_jobs", bench / "sacct-running.txt", max_lines=8)
    for n in ["sacct-mn5.txt", "sacct-v0.0.40.json", "sacct-v0.0.40-valid.json", "squeue-v0.0.42.json"]:
        copy("slurm_jobs", sites / n)
    put("slurm_jobs", "squeue-v0.0.38.json", json_trimmed(bench / "squeue.json", "jobs"))
    put("slurm_jobs", "sacct-v0.0.38.json", json_trimmed(bench / "sacct.json", "jobs"))
    put("slurm_jobs", "sacct-fields.txt", "JobID|JobName|State|ExitCode|WorkDir\n"
        "4242|train|a|b|COMPLETED|0:0|/scratch/run\n4243_1|sweep|RUNNING|0:0|/tmp\n")

    for n in ["sshare.txt", "sshare-all.txt", "sacctmgr-assoc.txt", "sacctmgr-assoc-user.txt", "sreport.txt",
              "sreport-tres.txt", "sreport-banner.txt", "sshare-json-unsupported.txt"]:
        copy("slurm_accounting", bench / n)
    for n in ["sshare-alP.txt", "sshare-long.txt", "sacctmgr-assoc-leonardo.txt", "sacctmgr-assoc-mn5.txt"]:
        copy("slurm_accounting", sites / n)
    config = (bench / "scontrol-config.txt").read_text().splitlines(keepends=True)
    put("slurm_accounting", "scontrol-config.txt", "".join(config[:40] + [l for l in config if "MaxArray" in l]))

    for n in ["sinfo.txt", "sinfo-summary.txt", "sinfo.json", "scontrol-partitions.txt"]:
        copy("slurm_partitions", bench / n)
    put("slurm_partitions", "sinfo-v0.0.40.json", json.dumps({
        "meta": {"plugin": {"type": "openapi/v0.0.40", "data_parser": "data_parser/v0.0.40"}},
        "sinfo": [{"partition": {"name": "boost_usr_prod", "partition": {"state": ["UP"]},
                                 "maximums": {"time": {"set": True, "infinite": False, "number": 1440}},
                                 "defaults": {"time": {"set": True, "infinite": False, "number": 30}}},
                   "node": {"state": ["IDLE"]}, "nodes": {"total": 4, "idle": 2},
                   "gres": {"total": "gpu:a100:4(S:0-1)", "used": "gpu:a100:2(IDX:0-1)"}}]}, indent=1))

    for n in ["saldo-b.txt", "lumi-allocations-test-json.txt", "lumi-allocations-training-notes.txt",
              "bsc_acct.txt", "it4ifree.txt", "myquota.txt", "accountcheck-paraphrase.txt"]:
        copy("budget_tools", sites / n)


def metrics():
    m = DATA / "metrics"
    copy("metrics_text", m / "run.jsonl", max_lines=24)
    for n in ["lightning_metrics.csv", "hf_trainer.log", "custom_train.log"]:
        copy("metrics_text", m / n)
    for p in sorted((m / "mlruns").glob("*/*/metrics/**/*")):
        if p.is_file():
            copy("metrics_text", p, "mlflow-" + p.name)

    for p in sorted((m / "tensorboard").iterdir()):
        raw = p.read_bytes()
        tag = "tf2" if p.name.endswith(".v2") else "tbx"  # TF 2 tensors, or tensorboardX simple values
        records, pos = [], 0
        while pos + 12 <= len(raw):
            (n,) = struct.unpack_from("<Q", raw, pos)
            records.append(raw[pos + 12:pos + 12 + n])
            pos += 16 + n
        size = 0
        for r in records:  # whole records up to ~4 KB, as written
            if size + len(r) + 16 > 4096:
                break
            size += len(r) + 16
        put("tensorboard", "events-%s.tfevents" % tag, raw[:size])
        # The same events framed by the target itself (fuzz_tensorboard.cpp): clean, and with damage.
        framed = b"".join(struct.pack("<H", len(r)) + r for r in records[:24])
        for damage in (0, 1 | 3 << 2, 2 | 1 << 2, 3 | 5 << 2):
            put("tensorboard", "framed-%s-%d" % (tag, damage), b"FRM1" + bytes([damage]) + framed)


def safetensors():
    def st(header, data=b"", pad=True):
        h = json.dumps(header, separators=(",", ":")).encode()
        if pad:
            h += b" " * ((8 - len(h) % 8) % 8)
        return struct.pack("<Q", len(h)) + h + data

    put("safetensors", "f32.safetensors", st({"__metadata__": {"format": "pt"},
                                              "w": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
                                              "b": {"dtype": "F32", "shape": [2], "data_offsets": [16, 24]}},
                                             struct.pack("<6f", 1, 2, 3, 4, 0.5, -0.5)))
    put("safetensors", "halves.safetensors", st({"h": {"dtype": "F16", "shape": [3], "data_offsets": [0, 6]},
                                                 "bf": {"dtype": "BF16", "shape": [1, 2], "data_offsets": [6, 10]},
                                                 "d": {"dtype": "F64", "shape": [1], "data_offsets": [10, 18]},
                                                 "e": {"dtype": "I64", "shape": [0], "data_offsets": [18, 18]}},
                                                bytes(range(18))))
    put("safetensors", "no-pad.safetensors", st({"x": {"dtype": "U8", "shape": [4], "data_offsets": [0, 4]}},
                                                b"abcd", pad=False))
    real = (DATA / "localgpu" / "torch_ref" / "model.safetensors").read_bytes()
    (n,) = struct.unpack_from("<Q", real)
    put("safetensors", "gpt2-header-only.safetensors", real[:8 + n])


def ssh():
    put("ssh_config", "leonardo", "Host leonardo\n  HostName login.leonardo.cineca.it\n  User jdoe0000\n"
        "  IdentityFile ~/.ssh/cineca_key\n  CertificateFile ~/.ssh/cineca_key-cert.pub\n"
        "  IdentitiesOnly yes\n\nHost *\n  ServerAliveInterval 60\n")
    put("ssh_config", "jump", "Host lumi\n  HostName lumi.csc.fi\n  User %u\n  Port 22\n"
        "  ProxyJump bastion.example.org:2222,admin@[2001:db8::1]:22\n  UserKnownHostsFile %d/.ssh/kh_%h\n"
        "Host bastion*\n  User gate\n  ProxyCommand ssh -W %h:%p relay\n")
    put("ssh_config", "match", "Match host *.it4i.cz user alice\n  IdentityFile ~/.ssh/it4i\n"
        "Match originalhost karolina localuser fuzz\n  HostName karolina.it4i.cz\nMatch all\n  Port 2200\n"
        "Host !*.example.org,mn5 glogin?.bsc.es\n  User bsc12345\n")
    put("ssh_config", "include", "Include config.d/*.conf ~/.ssh/self\nHost include-me\n  Include self\n"
        "  HostName=inc.example.org\n\"Host\" quoted\n  IdentityFile \"~/.ssh/id with space\"\n")
    put("ssh_config", "tokens", "Host meluxina\n  HostName login.lxp.lu\n  Port 8822\n  User u100000\n"
        "  IdentityFile ~/.ssh/id_%r@%h-%p\n  IdentityFile %d/.ssh/id_ed25519\n  ProxyJump none\n")

    def s(b):
        return struct.pack(">I", len(b)) + b

    ctype = b"ssh-ed25519-cert-v01@openssh.com"
    cert = (s(ctype) + s(b"\x01" * 32) + s(b"\x02" * 32) + struct.pack(">Q", 7) + struct.pack(">I", 1) +
            s(b"jdoe@example.org") + s(s(b"jdoe0000") + s(b"root")) + struct.pack(">QQ", 1732400000, 1732443200) +
            s(b"") + s(s(b"permit-pty") + s(b"")) + s(b"") + s(s(b"ssh-ed25519") + s(b"\x03" * 32)) +
            s(s(b"ssh-ed25519") + s(b"\x04" * 64)))
    put("openssh_keys", "cert.pub", ctype + b" " + base64.b64encode(cert) + b" jdoe@laptop\n")
    put("openssh_keys", "cert.raw", b"RAW1" + cert)
    pub = s(b"ssh-ed25519") + s(b"\x05" * 32)
    for cipher in (b"none", b"aes256-ctr"):
        key = (b"openssh-key-v1\0" + s(cipher) + s(b"none" if cipher == b"none" else b"bcrypt") +
               s(b"" if cipher == b"none" else s(b"\x06" * 16) + struct.pack(">I", 16)) +
               struct.pack(">I", 1) + s(pub) + s(b"\x07" * 64))
        put("openssh_keys", "key-%s.raw" % cipher.decode(), b"RAW1" + key)
    put("openssh_keys", "pem-encrypted", "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        "DEK-Info: AES-128-CBC,00000000000000000000000000000000\n\nAAAA\n-----END RSA PRIVATE KEY-----\n")


if __name__ == "__main__":
    shutil.rmtree(OUT, ignore_errors=True)
    experiments()
    slurm()
    metrics()
    safetensors()
    ssh()
    for d in sorted(OUT.iterdir()):
        files = list(d.iterdir())
        print("%-22s %3d files %7d bytes" % (d.name, len(files), sum(f.stat().st_size for f in files)))
