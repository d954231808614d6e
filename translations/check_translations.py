#!/usr/bin/env python3
"""Fails when a language is incomplete or a translation breaks its placeholders.

Each foreign .ts file is first brought up to date with the sources in a scratch copy (lupdate, the
same options as the update_translations target), so a string added to the code without a
translation fails here even when nobody ran the update target. Then every message must be finished,
non-empty, keep the source's placeholders (%1…%99, %L1, %n) and keyboard accelerator, and carry the
plural forms its language needs.

usage: check_translations.py [--lupdate PATH --sources DIR...] FILE.ts...
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# "&&" is a literal ampersand; "&x" marks an accelerator; "&amp;" never reaches here (XML decoded).
ACCEL = re.compile(r"&(?!&)(?=\w)")


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text or "")))


def check(path, problems):
    root = ET.parse(path).getroot()
    lang = root.get("language", "?")
    count = 0
    for ctx in root.iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.findall("message"):
            count += 1
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = f"{path.name}: [{cname}] {src[:70]!r}"
            if tr is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = tr.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
            if not forms or any(not f.strip() for f in forms):
                problems.append(f"{where}: empty translation")
                continue
            want = placeholders(src)
            for f in forms:
                got = placeholders(f)
                # A plural form may leave out %n ("one file" for the singular); other markers must stay.
                if msg.get("numerus") == "yes":
                    got = sorted(set(got) | {"n"}) if "n" in want else got
                if got != want:
                    problems.append(f"{where}: placeholders {want} in the source, {got} in {f[:70]!r}")
                if bool(ACCEL.search(src)) != bool(ACCEL.search(f)):
                    problems.append(f"{where}: keyboard accelerator (&) kept in only one of source and {f[:70]!r}")
    return lang, count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate")
    ap.add_argument("--sources", nargs="*", default=[])
    ap.add_argument("--include", default=None)
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in a.files:
            path = Path(f)
            if a.lupdate:
                scratch = Path(tmp) / path.name
                shutil.copyfile(path, scratch)
                cmd = [a.lupdate, "-locations", "none", "-no-obsolete", "-extensions", "cpp,h", "-silent"]
                if a.include:
                    cmd += ["-I", a.include]
                cmd += a.sources + ["-ts", str(scratch)]
                r = subprocess.run(cmd, capture_output=True, text=True)
                if r.returncode != 0:
                    print(f"lupdate failed on {path.name}: {r.stderr}", file=sys.stderr)
                    return 2
                path = scratch
            before = len(problems)
            lang, count = check(path, problems)
            print(f"{Path(f).name} ({lang}): {count} messages, {len(problems) - before} problem(s)")
    for p in problems[:40]:
        print("  " + p)
    if len(problems) > 40:
        print(f"  … and {len(problems) - 40} more")
    if problems:
        print("Translate them in the .ts file (Qt Linguist, or by hand), then run this again.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
