"""Table Schemas (schemas/<table>.json) are the single source of truth for every table.

Everything else about a table is derived here: the pyarrow schema the build writes, the pandera
schema the validator checks, the DuckDB column types and the Markdown docs. Nothing in this module
imports pandera or frictionless at import time, so ``import policyevents`` stays light.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import paths

# Tables in dependency order (a table's foreign keys point only to tables before it).
TABLES: tuple[str, ...] = (
    "articles",
    "actors",
    "mentions",
    "events",
    "agreements",
    "agreement_parties",
    "indicators",
    "corrections",
    "skipped_articles",
)

_ARROW = {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool_", "date": "date32"}
_DUCKDB = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


class UnknownTableError(KeyError):
    """Raised for a table name that is not part of the dataset."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"unknown table {name!r}; valid tables: {', '.join(TABLES)}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


def check_table_name(name: str) -> str:
    if name not in TABLES:
        raise UnknownTableError(name)
    return name


@lru_cache(maxsize=None)
def _load(schemas_dir: str, name: str) -> str:
    return (Path(schemas_dir) / f"{name}.json").read_text(encoding="utf-8")


def table_schema(name: str, schemas_dir: Path | None = None) -> dict[str, Any]:
    """The Table Schema of ``name`` as a dict (a fresh copy each call)."""
    check_table_name(name)
    return json.loads(_load(str(schemas_dir or paths.schemas_dir()), name))


def field_names(name: str) -> list[str]:
    return [f["name"] for f in table_schema(name)["fields"]]


def primary_key(name: str) -> list[str]:
    return list(table_schema(name)["primaryKey"])


def required(field: dict[str, Any]) -> bool:
    return bool(field.get("constraints", {}).get("required", False))


def arrow_schema(name: str):
    """pyarrow schema: Table Schema types mapped to Arrow, descriptions kept as field metadata."""
    import pyarrow as pa

    ts = table_schema(name)
    fields = []
    for f in ts["fields"]:
        typ = getattr(pa, _ARROW[f["type"]])()
        fields.append(
            pa.field(f["name"], typ, nullable=not required(f), metadata={"description": f["description"]})
        )
    return pa.schema(fields, metadata={"description": ts["description"], "table": name})


def duckdb_columns(name: str) -> list[tuple[str, str]]:
    return [(f["name"], _DUCKDB[f["type"]]) for f in table_schema(name)["fields"]]


def pandera_schema(name: str):
    """pandera DataFrameSchema for a frame read with ``types_mapper=pd.ArrowDtype``.

    Built from the Table Schema directly rather than through pandera's frictionless converter,
    which drops foreign keys and turns dates into strings (see stack notes). Foreign keys and
    span/evidence agreement are cross-table rules, checked in :mod:`policyevents.validate`.
    """
    import pandas as pd
    import pandera.pandas as pa
    import pyarrow

    ts = table_schema(name)
    cols = {}
    for f in ts["fields"]:
        c = f.get("constraints", {})
        checks = []
        if "enum" in c:
            checks.append(pa.Check.isin(c["enum"]))
        if "pattern" in c:
            checks.append(pa.Check.str_matches(f"^(?:{c['pattern']})$"))
        if "minimum" in c:
            checks.append(pa.Check.ge(c["minimum"]))
        if "maximum" in c:
            checks.append(pa.Check.le(c["maximum"]))
        if f["type"] == "string" and c.get("required"):
            # frictionless treats "" as missing; make pandera agree (stack notes, pandera section)
            checks.append(pa.Check(lambda s: s.str.len() > 0, element_wise=False, name="not_empty"))
        cols[f["name"]] = pa.Column(
            pd.ArrowDtype(getattr(pyarrow, _ARROW[f["type"]])()),
            checks=checks,
            nullable=not c.get("required", False),
            unique=bool(c.get("unique", False)),
            description=f["description"],
        )
    pk = ts["primaryKey"]
    return pa.DataFrameSchema(
        cols,
        strict=True,
        ordered=True,
        unique=pk if len(pk) > 1 else None,
        name=name,
        description=ts["description"],
    )


def markdown(names: tuple[str, ...] = TABLES) -> str:
    """Field reference for the docs, generated from the schemas."""
    out = []
    for name in names:
        ts = table_schema(name)
        out.append(f"### `{name}`\n\n{ts['description']}\n\nPrimary key: `{', '.join(ts['primaryKey'])}`.\n")
        out.append("| field | type | required | description |\n|---|---|---|---|")
        for f in ts["fields"]:
            c = f.get("constraints", {})
            extra = f" One of: {', '.join(c['enum'])}." if "enum" in c and len(c["enum"]) <= 10 else ""
            out.append(f"| `{f['name']}` | {f['type']} | {'yes' if c.get('required') else ''} | {f['description']}{extra} |")
        out.append("")
    return "\n".join(out)
