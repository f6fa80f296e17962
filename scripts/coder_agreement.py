"""Agreement between the development set's gold codings and an independent second coding of some
of its articles (tests/devset/second_coding/, QUALITY.md "How consistent is the gold?").

Each direction scores one coding's required items against the other coding, with the evaluator's
own matching (policyevents.evaluate.agreement); the extractor's figures on the same articles are
printed beside them for comparison.

    python scripts/coder_agreement.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
SECOND = DEVSET / "second_coding"
TABLES = ("actors", "events", "agreements", "indicators")


def figures() -> dict[str, dict]:
    """{"second_vs_gold": ..., "gold_vs_second": ..., "extractor_vs_gold": ..., "extractor_vs_second": ...},
    each {table: precision/recall/f1 counts}."""
    from policyevents.evaluate import agreement, evaluate

    gold = DEVSET / "tune" / "gold"
    out = {"second_vs_gold": agreement(SECOND, gold)["overall"], "gold_vs_second": agreement(gold, SECOND)["overall"]}
    with tempfile.TemporaryDirectory() as tmp:
        same = Path(tmp) / "gold"
        same.mkdir()
        for p in SECOND.glob("*.yaml"):
            shutil.copy(gold / p.name, same / p.name)
        arts = DEVSET / "tune" / "articles"
        out["extractor_vs_gold"] = {t: v for t, v in evaluate(same, arts)["overall"].items() if t in TABLES}
        out["extractor_vs_second"] = {t: v for t, v in evaluate(SECOND, arts)["overall"].items() if t in TABLES}
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT))
    n = len(list(SECOND.glob("*.yaml")))
    print(f"{n} tune articles coded twice (F1, precision/recall)")
    for name, o in figures().items():
        print(f"{name:20s} " + "  ".join(f"{t} {o[t]['f1']:.3f} ({o[t]['precision']:.2f}/{o[t]['recall']:.2f})" for t in TABLES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
