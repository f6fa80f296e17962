"""The ``policyevents`` command: build, validate, query, info, cite, evaluate.

Thin on purpose: it parses arguments and calls the same functions as the Python API.
Exit codes: 0 ok, 1 invalid dataset / failed check, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import PolicyEventsError


def _cmd_build(a) -> int:
    from .build import build

    report = build(a.articles, a.out, encoding_fallback=a.encoding_fallback, max_bytes=a.max_bytes, strict=a.strict,
                   frictionless=not a.no_frictionless, corrections=False if a.no_corrections else a.corrections)
    print(report.summary())
    return 0


def _cmd_validate(a) -> int:
    from .dataset import _folder
    from .validate import validate_dir

    folder = _folder(a.dir)
    errors = validate_dir(folder, frictionless=not a.no_frictionless)
    if a.json:
        print(json.dumps({"valid": not errors, "errors": errors}, indent=2, default=str))
    elif errors:
        for e in errors[:50]:
            where = f"{e['table']}" + (f" row {e['row']}" if e.get("row") is not None else "") + (f" field {e['field']}" if e.get("field") else "")
            print(f"{e['type']}: {where}: {e['message']}")
        if len(errors) > 50:
            print(f"... and {len(errors) - 50} more")
        print(f"INVALID: {folder} ({len(errors)} errors)")
    else:
        print(f"VALID: {folder}")
    return 1 if errors else 0


def _cmd_query(a) -> int:
    from .dataset import connect

    con = connect(a.dir, external_access=False)  # read-only: the SQL can neither read nor write other files
    cur = con.execute(a.sql)
    cols = [d[0] for d in cur.description] if cur.description else []
    rows = cur.fetchall()
    if a.format == "csv":
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
    elif a.format == "json":
        print(json.dumps([dict(zip(cols, r)) for r in rows], indent=2, default=str, ensure_ascii=False))
    else:
        print(_table(cols, rows))
    return 0


def _table(cols, rows, width: int = 60) -> str:
    def cell(v):
        s = "" if v is None else str(v)
        s = s.replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join([line, sep, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def _cmd_info(a) -> int:
    from .dataset import info

    i = info(a.dir)
    if a.json:
        print(json.dumps(i, indent=2))
        return 0
    print(f"{i['name']} {i['version']}  ({i['folder']})")
    print(f"fingerprint {i['fingerprint']}  rules version {i['rules_version']}")
    for t, n in i["tables"].items():
        print(f"  {t:<18} {n:>8} rows")
    return 0


def _cmd_cite(a) -> int:
    from .citation import cite

    print(cite(a.format, a.dir), end="")
    return 0


def _cmd_evaluate(a) -> int:
    from .evaluate import evaluate, format_report

    report = evaluate(a.gold, a.articles)
    print(json.dumps(report, indent=2) if a.json else format_report(report))
    return 0


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of bytes") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the limit must be at least 1 byte")
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyevents", description="Build, validate and query the policyevents dataset.")
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="extract a dataset from an articles folder")
    b.add_argument("--articles", type=Path, help="articles folder (default: the project corpus data/articles)")
    b.add_argument("--out", type=Path, help="output dataset folder (default: the shipped dataset)")
    b.add_argument("--encoding-fallback", choices=["cp1252", "latin-1"], help="decode non-UTF-8 bodies with this encoding (recorded per article)")
    b.add_argument("--max-bytes", type=_positive_int, default=2_000_000, help="largest body accepted, in bytes (default 2000000)")
    b.add_argument("--strict", action="store_true", help="treat skipped articles as errors")
    b.add_argument("--no-frictionless", action="store_true", help="skip the frictionless row validation (pandera still runs)")
    bc = b.add_mutually_exclusive_group()
    bc.add_argument("--corrections", type=Path, metavar="FILE",
                    help="curated corrections applied last (default: data/corrections.yaml for the project corpus, none otherwise)")
    bc.add_argument("--no-corrections", action="store_true", help="apply no corrections")
    b.set_defaults(fn=_cmd_build)
    v = sub.add_parser("validate", help="validate a built dataset (integrity, pandera, spans, foreign keys, frictionless)")
    v.add_argument("dir", nargs="?", type=Path, help="dataset folder (default: the shipped dataset)")
    v.add_argument("--json", action="store_true")
    v.add_argument("--no-frictionless", action="store_true")
    v.set_defaults(fn=_cmd_validate)
    q = sub.add_parser("query", help="run SQL over the tables (DuckDB views named as the tables; no file access)")
    q.add_argument("sql")
    q.add_argument("--dir", type=Path, help="dataset folder (default: the shipped dataset)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.set_defaults(fn=_cmd_query)
    i = sub.add_parser("info", help="tables, row counts, version")
    i.add_argument("dir", nargs="?", type=Path)
    i.add_argument("--json", action="store_true")
    i.set_defaults(fn=_cmd_info)
    c = sub.add_parser("cite", help="print the citation of the dataset (version and content fingerprint)")
    c.add_argument("--format", choices=["bibtex", "apa", "cff"], default="bibtex")
    c.add_argument("--dir", type=Path, help="dataset folder (default: the shipped dataset)")
    c.set_defaults(fn=_cmd_cite)
    e = sub.add_parser("evaluate", help="precision/recall/F1 of the extractor against gold codings")
    e.add_argument("--gold", type=Path, required=True, help="folder of <article_id>.yaml gold files")
    e.add_argument("--articles", type=Path, required=True, help="articles folder")
    e.add_argument("--json", action="store_true")
    e.set_defaults(fn=_cmd_evaluate)
    a = p.parse_args(argv)
    try:
        return a.fn(a)
    except PolicyEventsError as exc:
        print(f"policyevents {a.cmd}: error [{exc.code}]: {exc}", file=sys.stderr)
        return 1 if exc.code in ("validation-failed", "integrity") else 2
    except OSError as exc:  # a missing dataset, an unwritable output folder, a full disk...
        print(f"policyevents {a.cmd}: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # duckdb errors in user SQL, etc.: readable, no traceback
        name = type(exc).__name__
        if a.cmd == "query" and type(exc).__module__.split(".")[0] in ("duckdb", "_duckdb"):
            print(f"policyevents query: {name}: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
