"""Classify A/B on a shared machine: two source trees' classifiers in one process, rounds interleaved.

    .venv/bin/python bench/ab_classify.py TREE_A TREE_B [--rounds 12] [--n 3000]

TREE_A and TREE_B are checkouts or `git archive` exports (each with a classifiers/ package).
Separate bench_classify.py runs on a loaded machine move by 20% (other processes share the
caches and cores), so a 5-10% change cannot be seen that way. Here both packages are imported
side by side (copied under other names: the rule files are found relative to the package, the
spaCy lemmatizer factory gets a name per copy), each classifies the bench corpus repeated to N
messages, and their rounds alternate, so a change in the load falls on both. Printed per tree:
classify and text-preparation CPU time per message (min, first quartile, median), and the median
of B - A over the rounds. Run it with the same tree twice to see its own spread.
"""
from __future__ import annotations

import argparse
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(os.environ.get("NOTTODAY_CORPUS", "/work/shared/corpus"))


def _load(tree: Path, name: str, into: Path):
    """Import TREE/classifiers as package `name`."""
    shutil.copytree(tree / "classifiers", into / name)
    for f in (into / name).glob("*.py"):
        src = f.read_text(encoding="utf-8")
        src = src.replace('resources.files("classifiers")', "resources.files(__package__)")
        src = src.replace("nottoday_lemmatizer", f"nottoday_lemmatizer_{name}")
        f.write_text(src, encoding="utf-8")
    return importlib.import_module(name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--n", type=int, default=3000)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core
    files = sorted(Path(args.corpus, "messages").glob("*.eml"))
    tmp = Path(tempfile.mkdtemp(prefix="ab_classify."))
    sys.path.insert(0, str(tmp))
    try:
        runs = []
        for i, tree in enumerate((args.a, args.b)):
            mod = _load(Path(tree), f"classifiers_ab{i}", tmp)
            base = [mod.parse_message(f.read_bytes()) for f in files]
            msgs = (base * (args.n // len(base) + 1))[: args.n]
            clf = mod.Classifier(mod.DetectionSettings(),
                                 mod.Owner("Sam Taylor", frozenset({"sam.taylor@example.org"})))
            clf.classify_many(base)             # builds the pipelines, learns the words
            runs.append((clf, msgs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    clock = time.process_time
    total: list[list[float]] = [[], []]
    prep: list[list[float]] = [[], []]
    for r in range(args.rounds):
        for i in ((0, 1) if r % 2 == 0 else (1, 0)):
            clf, msgs = runs[i]
            start = clock()
            clf.classify_many(msgs)
            total[i].append(clock() - start)
            start = clock()
            for m in msgs:
                clf._prepare(m, None)
            prep[i].append(clock() - start)
    us = 1e6 / args.n
    q1 = max(args.rounds // 4, 0)
    for i, tree in enumerate((args.a, args.b)):
        t, p = sorted(total[i]), sorted(prep[i])
        print(f"{'AB'[i]} {tree}: classify min {t[0] * us:.0f} q1 {t[q1] * us:.0f} median "
              f"{statistics.median(t) * us:.0f} us a message ({args.n / t[0]:.0f} msg/s at best); "
              f"text preparation min {p[0] * us:.0f} q1 {p[q1] * us:.0f} median {statistics.median(p) * us:.0f}")
    diff = statistics.median(b - a for a, b in zip(total[0], total[1])) * us
    diff_prep = statistics.median(b - a for a, b in zip(prep[0], prep[1])) * us
    print(f"B - A, median over rounds: classify {diff:+.1f} us, text preparation {diff_prep:+.1f} us a message")
    return 0


if __name__ == "__main__":
    sys.exit(main())
