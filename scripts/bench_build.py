"""Benchmark: build, validate and load the shared corpora and print the measured times.

usage: python scripts/bench_build.py [--corpus whitehouse-briefing-room|wikinews-gum|all] [--repeat N]

Reads ../shared/corpora (from the repository root); exits with status 0 and a message saying so
when that folder is absent. Builds into a temporary folder, never into the project. Figures are
wall-clock seconds on this machine (best of --repeat runs); they are measurements, not tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


def _best(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def bench(name: str, repeat: int) -> None:
    import policyevents
    from policyevents.build import assemble, build
    from policyevents.validate import validate_dir

    src = CORPORA / name
    bodies = list(src.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in bodies)
    t_extract, (tables, skipped) = _best(lambda: assemble(src), repeat)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ds"
        t_build, report = _best(lambda: build(src, out, frictionless=False), repeat)
        t_validate, _ = _best(lambda: validate_dir(out, frictionless=False), repeat)
        t_frictionless, _ = _best(lambda: validate_dir(out, frictionless=True), 1)
        t_load, _ = _best(lambda: policyevents.load(path=out), repeat)
        con = policyevents.connect(path=out)
        t_query, n = _best(lambda: con.execute("select event_type, count(*) from events group by 1").fetchall(), repeat)
        size = sum(p.stat().st_size for p in out.rglob("*.parquet"))
    rows = {t: len(v) for t, v in tables.items()}
    print(f"## {name}: {len(bodies)} bodies, {words:,} words; {report.n_articles} extracted, {len(skipped)} skipped")
    print("rows: " + ", ".join(f"{t} {n_}" for t, n_ in rows.items()))
    print(f"read + extract (assemble)          {t_extract:8.2f} s   {report.n_articles / t_extract:7.1f} articles/s   {words / t_extract:9,.0f} words/s")
    print(f"build (extract, write, validate)   {t_build:8.2f} s   (pandera + cross-table checks, no frictionless)")
    print(f"validate built dataset (pandera)   {t_validate:8.2f} s")
    print(f"validate with frictionless rows    {t_frictionless:8.2f} s")
    print(f"policyevents.load                  {t_load:8.3f} s   ({size / 1e6:.2f} MB of Parquet)")
    print(f"DuckDB group-by on events          {t_query:8.4f} s   ({len(n)} event types)")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="all", choices=("all", "whitehouse-briefing-room", "wikinews-gum"))
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"skipped: {CORPORA} is absent (the shared corpora are not laid out beside the repository)")
        return 0
    names = ["wikinews-gum", "whitehouse-briefing-room"] if a.corpus == "all" else [a.corpus]
    print(f"machine: {os.cpu_count()} cpus, python {sys.version.split()[0]}\n")
    for name in names:
        bench(name, max(1, a.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
