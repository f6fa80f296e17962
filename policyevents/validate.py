"""Validate a built dataset folder with two independent validators plus the rules they cannot say.

1. integrity: each resource's sha256 and size against datapackage.json (frictionless checks
   neither for Parquet, see the stack notes);
2. pandera: types, required, unique, enums, patterns, ranges, composite keys (per table, derived
   from the Table Schemas by :func:`policyevents.schema.pandera_schema`);
3. cross-table rules: foreign keys, and every span equals its evidence in the article body;
4. frictionless: ``Package(datapackage.json).validate()`` (types, constraints, keys, foreign keys).

Errors are data: dicts with a stable ``type`` ("integrity", "missing-resource", "pandera:<check>",
"foreign-key", "span-mismatch", "body-hash", "frictionless:<type>"), the table, row, field and message.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .errors import ValidationFailed
from .schema import TABLES, pandera_schema, table_schema

SPAN_TEXT_FIELDS = ("evidence", "text")


def read_descriptor(folder: Path) -> dict:
    p = Path(folder) / "datapackage.json"
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no datapackage.json (is this a built dataset folder?)")
    return json.loads(p.read_text(encoding="utf-8"))


def check_integrity(folder: Path, descriptor: dict | None = None) -> list[dict]:
    """Hash and size of every resource file against datapackage.json."""
    from .build import sha256_file
    from .dataset import _resource_file
    from .errors import IntegrityError

    folder = Path(folder)
    desc = descriptor or read_descriptor(folder)
    errors = []
    names = {r["name"] for r in desc.get("resources", [])}
    for t in TABLES:
        if t not in names:
            errors.append({"type": "missing-resource", "table": t, "row": None, "field": None,
                           "message": f"datapackage.json has no resource {t!r}"})
    for r in desc.get("resources", []):
        try:
            path = _resource_file(folder, r)
        except IntegrityError as e:
            errors.append({"type": "integrity", "table": r.get("name"), "row": None, "field": "path", "message": str(e)})
            continue
        if not path.is_file():
            errors.append({"type": "integrity", "table": r["name"], "row": None, "field": None,
                           "message": f"{path}: file is missing"})
            continue
        size = path.stat().st_size
        if "x_bytes" in r and size != r["x_bytes"]:
            errors.append({"type": "integrity", "table": r["name"], "row": None, "field": None,
                           "message": f"{path}: size {size} bytes does not match datapackage.json ({r['x_bytes']})"})
            continue
        want = r.get("hash", "").split(":", 1)[-1]
        got = sha256_file(path)
        if want != got:
            errors.append({"type": "integrity", "table": r["name"], "row": None, "field": None,
                           "message": f"{path}: sha256 {got} does not match datapackage.json ({want})"})
    return errors


def _read(folder: Path, desc: dict, name: str):
    import pandas as pd
    import pyarrow.parquet as pq

    from .dataset import _resource_file

    res = next(r for r in desc["resources"] if r["name"] == name)
    return pq.read_table(_resource_file(Path(folder), res)).to_pandas(types_mapper=pd.ArrowDtype)


def check_pandera(frames: dict) -> list[dict]:
    import pandera.errors as pe

    errors = []
    for name, df in frames.items():
        try:
            pandera_schema(name).validate(df, lazy=True)
        except pe.SchemaErrors as exc:
            fc = exc.failure_cases
            for _, row in fc.head(200).iterrows():
                idx = row.get("index")
                errors.append({
                    "type": f"pandera:{row.get('check')}", "table": name,
                    "row": None if idx is None or str(idx) in ("nan", "<NA>", "None") else int(idx),
                    "field": row.get("column"), "message": f"failure case {row.get('failure_case')!r}",
                })
        except pe.SchemaError as exc:  # pragma: no cover - lazy=True reports SchemaErrors
            errors.append({"type": "pandera:schema", "table": name, "row": None, "field": None, "message": str(exc)})
    return errors


def check_cross_table(frames: dict) -> list[dict]:
    errors = []
    for name, df in frames.items():
        for fk in table_schema(name).get("foreignKeys", []):
            (field,), ref = fk["fields"], fk["reference"]
            if ref["resource"] not in frames:
                continue
            allowed = set(frames[ref["resource"]][ref["fields"][0]].dropna().tolist())
            for i, v in df[field].dropna().items():
                if v not in allowed:
                    errors.append({"type": "foreign-key", "table": name, "row": int(i), "field": field,
                                   "message": f"{v!r} not found in {ref['resource']}.{ref['fields'][0]}"})
    if "articles" not in frames:
        return errors
    arts = frames["articles"]
    bodies = dict(zip(arts["article_id"], arts["body"]))
    nsent = dict(zip(arts["article_id"], arts["n_sentences"]))
    for a in arts.itertuples():
        if a.encoding == "utf-8" and hashlib.sha256(a.body.encode("utf-8")).hexdigest() != a.sha256:
            errors.append({"type": "body-hash", "table": "articles", "row": int(a.Index), "field": "body",
                           "message": f"body of {a.article_id!r} does not match its sha256"})
        if len(a.body) != a.n_chars:
            errors.append({"type": "body-hash", "table": "articles", "row": int(a.Index), "field": "n_chars",
                           "message": f"n_chars {a.n_chars} != len(body) {len(a.body)}"})
    for name, df in frames.items():
        cols = set(df.columns)
        text_field = next((f for f in SPAN_TEXT_FIELDS if f in cols), None)
        if not {"article_id", "char_start", "char_end"} <= cols or text_field is None:
            continue
        spans = [("char_start", "char_end", text_field)]
        if {"trigger", "trigger_start", "trigger_end"} <= cols:
            spans.append(("trigger_start", "trigger_end", "trigger"))
        for row in df.itertuples():
            body = bodies.get(row.article_id)
            if body is None:
                continue
            for s_f, e_f, t_f in spans:
                s, e, t = getattr(row, s_f), getattr(row, e_f), getattr(row, t_f)
                if not (0 <= s < e <= len(body)) or body[s:e] != t:
                    errors.append({"type": "span-mismatch", "table": name, "row": int(row.Index), "field": t_f,
                                   "message": f"body[{s}:{e}] of {row.article_id!r} is {body[s:e]!r} (if in range), not {t!r}"})
            if "sentence_index" in cols and row.sentence_index > nsent.get(row.article_id, 0):
                errors.append({"type": "span-mismatch", "table": name, "row": int(row.Index), "field": "sentence_index",
                               "message": f"sentence {row.sentence_index} > n_sentences of {row.article_id!r}"})
    return errors


def check_frictionless(folder: Path) -> list[dict]:
    from frictionless import Package

    report = Package(str(Path(folder) / "datapackage.json")).validate()
    errors = []
    for task in report.tasks:
        for err in task.errors:
            errors.append({"type": f"frictionless:{err.type}", "table": task.name,
                           "row": getattr(err, "row_number", None), "field": getattr(err, "field_name", None),
                           "message": err.message})
    for err in report.errors:
        errors.append({"type": f"frictionless:{err.type}", "table": None, "row": None, "field": None, "message": err.message})
    return errors


def validate_dir(folder: Path | str, *, frictionless: bool = True, raise_on_error: bool = False) -> list[dict]:
    """All errors of the dataset in ``folder`` (empty list: valid)."""
    folder = Path(folder)
    desc = read_descriptor(folder)
    errors = check_integrity(folder, desc)
    if not errors:
        frames = {t: _read(folder, desc, t) for t in TABLES}
        errors += check_pandera(frames)
        errors += check_cross_table(frames)
        if frictionless:
            errors += check_frictionless(folder)
    if errors and raise_on_error:
        raise ValidationFailed(errors)
    return errors
