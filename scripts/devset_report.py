"""Score a development-set split and print its figures overall and per batch (QUALITY.md tables).

usage: python scripts/devset_report.py {tune,test} [--json]

The batch of each article is in tests/devset/batches.tsv. F1 per batch is micro-averaged over the
batch's articles, like the overall figure; events also get precision and recall.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("actors", "events", "agreements", "indicators")


def batches() -> dict[str, str]:
    with open(ROOT / "tests" / "devset" / "batches.tsv", encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {r["article_id"]: r["batch"] for r in rows}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def report(split: str) -> dict:
    from policyevents.evaluate import evaluate

    d = ROOT / "tests" / "devset" / split
    rep = evaluate(d / "gold", d / "articles")
    of = batches()
    missing = sorted(set(rep["per_article"]) - set(of))
    if missing:
        raise SystemExit(f"tests/devset/batches.tsv: no batch for {', '.join(missing)}")
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: {t: [0, 0, 0] for t in TABLES})
    n: dict[str, int] = defaultdict(int)
    for aid, r in rep["per_article"].items():
        n[of[aid]] += 1
        for t in TABLES:
            for i, k in enumerate(("tp", "fp", "fn")):
                counts[of[aid]][t][i] += r[t][k]
    parts = {b: {"articles": n[b], **{t: _prf(*c[t]) for t in TABLES}} for b, c in sorted(counts.items())}
    return {"split": split, "articles": rep["n_articles"], "overall": {t: rep["overall"][t] for t in TABLES}, "batches": parts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=("tune", "test"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = report(a.split)
    if a.json:
        json.dump(res, sys.stdout, indent=2)
        print()
        return 0
    row = lambda name, k, v: (f"| {name} | {k} | " + " | ".join(
        f"{v[t]['f1']:.2f}" + (f" ({v[t]['precision']:.2f} / {v[t]['recall']:.2f})" if t == "events" else "") for t in TABLES) + " |")
    print("| part | articles | actors F1 | events F1 (P / R) | agreements F1 | indicators F1 |")
    print("|---|---|---|---|---|---|")
    print(row(f"all ({a.split})", res["articles"], res["overall"]))
    for b, v in res["batches"].items():
        print(row(b, v["articles"], v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
