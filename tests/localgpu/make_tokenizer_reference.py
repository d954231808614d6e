#!/usr/bin/python3
"""Writes tests/data/localgpu/tokenizer_gpt2.json: strings and their GPT-2 token ids.

The reference is OpenAI's published GPT-2 encoder algorithm (gpt-2/src/encoder.py), re-implemented here
from its description: bytes mapped to printable Unicode characters, the pre-tokenizer regex below (run by
Python's `regex` module, Debian package python3-regex, which supports \\p{L} and \\p{N}), then greedy
byte-pair merges by rank. Debian 12 has no tiktoken or transformers package to compare with.

Run with Debian's python:  /usr/bin/python3 tests/localgpu/make_tokenizer_reference.py
"""
import json
import os

import regex

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TOK = os.path.join(ROOT, "resources", "tokenizer", "gpt2")
OUT = os.path.join(ROOT, "tests", "data", "localgpu", "tokenizer_gpt2.json")

PATTERN = regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")


def bytes_to_unicode():
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAC + 1)) + list(range(0xAE, 0xFF + 1))
    table, extra = {}, 0
    for b in range(256):
        if b in printable:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)
            extra += 1
    return table


def load():
    with open(os.path.join(TOK, "encoder.json"), encoding="utf-8") as f:
        encoder = json.load(f)
    with open(os.path.join(TOK, "vocab.bpe"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n")[1:] if l]
    ranks = {tuple(l.split(" ")): i for i, l in enumerate(lines)}
    return encoder, ranks


def bpe(symbols, ranks):
    word = list(symbols)
    while len(word) > 1:
        pairs = [(ranks.get((word[i], word[i + 1]), None), i) for i in range(len(word) - 1)]
        pairs = [p for p in pairs if p[0] is not None]
        if not pairs:
            break
        rank, _ = min(pairs)
        first, second = [(word[i], word[i + 1]) for r, i in pairs if r == rank][0]
        merged, i = [], 0
        while i < len(word):
            if i + 1 < len(word) and word[i] == first and word[i + 1] == second:
                merged.append(first + second)
                i += 2
            else:
                merged.append(word[i])
                i += 1
        word = merged
    return word


def encode(text, encoder, ranks, table):
    ids = []
    for piece in PATTERN.findall(text):
        symbols = "".join(table[b] for b in piece.encode("utf-8"))
        ids.extend(encoder[t] for t in bpe(symbols, ranks))
    return ids


STRINGS = [
    "Hello world",
    "Hello, world! How are you doing today?",
    "The quick brown fox jumps over the lazy dog.",
    "I'm sure they'll say it's what we've done; you'd agree, we're 'right'.",
    "don't DON'T Don't",
    "    four leading spaces and trailing   ",
    "tabs\tand\nnewlines\n\n\nand\r\nCRLF",
    "numbers 123 4567 89012345 3.14159 -42 1,000,000",
    "emails: someone@example.com, urls: https://example.org/path?q=1&x=2",
    "Übermäßige Äpfel, naïve café, señor, Ångström",
    "日本語のテキストと中文文本",
    "Здравствуй, мир! Γειά σου Κόσμε",
    "emoji 🙂🚀 and flags 🇮🇹 and ZWJ 👩‍💻",
    "non-breaking\u00a0space and\u2003em space",
    "<|endoftext|> is plain text to the encoder",
    "code: for (int i = 0; i < n; ++i) { sum += a[i] * b[i]; }",
    "JSON {\"prompt\": \"2+2=\", \"completion\": \"4\"}",
    "   ",
    "a",
    "",
    "repeated repeated repeated words words",
    "Supercalifragilisticexpialidocious antidisestablishmentarianism",
    "mixed123abc456 __dunder__ snake_case camelCase",
    "Line one.\n\nLine two after a blank line.\n",
    "Fabbrica fine-tunes GPT-2 on a laptop, then scales up to Leonardo.",
]


def main():
    encoder, ranks = load()
    table = bytes_to_unicode()
    cases = [{"text": s, "ids": encode(s, encoder, ranks, table)} for s in STRINGS]
    reference = ("tests/localgpu/make_tokenizer_reference.py (OpenAI encoder.py algorithm, python3-regex "
                 + regex.__version__ + ")")
    with open(OUT, "w", encoding="utf-8") as f:  # one case per line keeps diffs readable
        f.write('{\n "reference": %s,\n "cases": [\n' % json.dumps(reference))
        f.write(",\n".join('  {"text": %s, "ids": %s}' % (json.dumps(c["text"], ensure_ascii=False),
                                                           json.dumps(c["ids"])) for c in cases))
        f.write("\n ]\n}\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
