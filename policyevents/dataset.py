"""Find a built dataset, check its integrity, and read its tables (pandas or DuckDB).

Reading never imports frictionless or pandera and never executes anything from the dataset
(Parquet and JSON only). Paths come from the package location or an explicit folder, never the
working directory.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import paths
from .errors import IntegrityError
from .schema import TABLES, check_table_name


def _folder(path: str | Path | None) -> Path:
    folder = Path(path).resolve() if path is not None else paths.dataset_dir()
    if (folder / ".policyevents-staging" / "READY").is_file():
        _finish_interrupted_publish(folder)
    if not (folder / "datapackage.json").is_file():
        raise FileNotFoundError(f"{folder}: no datapackage.json; build a dataset first (policyevents build)")
    return folder


def _finish_interrupted_publish(folder: Path, timeout: float = 60.0) -> None:
    """A build that was killed while moving its validated files into place leaves a staging folder
    with a READY marker and a mix of old and new files. Readers finish the move (as the next build
    would) under the build lock, so that they never see the mix; if a build holds the lock it is
    doing just that, and the marker goes away."""
    import time

    from .build import STAGING, _lock, recover
    from .errors import BuildLockedError

    deadline = time.monotonic() + timeout
    while (folder / STAGING / "READY").is_file():
        try:
            with _lock(folder):
                recover(folder)
            return
        except BuildLockedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
        except OSError as e:
            raise IntegrityError(f"{folder}: a build was interrupted while publishing and its files cannot be moved into "
                                 f"place ({e}); run policyevents build on this folder with write access") from None


def _resource_file(folder: Path, res: dict) -> Path:
    """The Parquet file of a resource. A path that is absolute, climbs out of the dataset folder
    (``..``) or is not ``.parquet`` is refused: a dataset can only make us read its own tables."""
    rel = res.get("path")
    parts = Path(rel).parts if isinstance(rel, str) and rel else ()
    if not parts or Path(rel).is_absolute() or ".." in parts or "\\" in rel or not rel.endswith(".parquet"):
        raise IntegrityError(f"{folder / 'datapackage.json'}: resource {res.get('name')!r} has path {rel!r}; "
                             "expected a relative path to a .parquet file inside the dataset folder")
    return folder / rel


def datapackage(path: str | Path | None = None) -> dict:
    """The dataset's descriptor (datapackage.json) as a dict."""
    return json.loads((_folder(path) / "datapackage.json").read_text(encoding="utf-8"))


def verify(path: str | Path | None = None) -> None:
    """Raise IntegrityError naming the first file whose bytes do not match datapackage.json."""
    from .validate import check_integrity

    folder = _folder(path)
    errors = check_integrity(folder)
    if errors:
        raise IntegrityError("; ".join(e["message"] for e in errors))


def load(table: str | None = None, *, path: str | Path | None = None, verify_integrity: bool = True):
    """Load one table as a pandas DataFrame, or all tables as a dict of name -> DataFrame.

    ``path``: a built dataset folder (default: the dataset shipped with the package).
    Columns use pandas' Arrow-backed dtypes, so nullable integers and dates stay as they are.
    """
    import pandas as pd
    import pyarrow.parquet as pq

    names = TABLES if table is None else (check_table_name(table),)
    folder = _folder(path)
    desc = datapackage(folder)
    resources = {r["name"]: r for r in desc["resources"]}
    if verify_integrity:
        from .validate import check_integrity

        errors = [e for e in check_integrity(folder, desc) if e["table"] in names]
        if errors:
            raise IntegrityError("; ".join(e["message"] for e in errors))
    frames = {n: pq.read_table(_resource_file(folder, resources[n])).to_pandas(types_mapper=pd.ArrowDtype) for n in names}
    return frames if table is None else frames[table]


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


JOINED_VIEWS = {
    "events_readable": """
        SELECT e.event_id, e.article_id, a.title AS article_title, a.published_date,
               e.event_type, e.event_mode, e.modality,
               s.name AS source_name, s.actor_type AS source_type, s.country_code AS source_country_code,
               t.name AS target_name, t.actor_type AS target_type, t.country_code AS target_country_code,
               e.event_date, e.date_precision, e.location_code, e.trigger, e.evidence,
               e.sentence_index, e.char_start, e.char_end
        FROM events e
        JOIN articles a USING (article_id)
        JOIN actors s ON s.actor_id = e.source_actor_id
        LEFT JOIN actors t ON t.actor_id = e.target_actor_id""",
    "agreements_readable": """
        SELECT g.agreement_id, g.article_id, a.title AS article_title, a.published_date, g.status, g.topic,
               string_agg(p.name || ' (' || ap.role || ')', '; ' ORDER BY p.name) AS parties, g.evidence
        FROM agreements g
        JOIN articles a USING (article_id)
        LEFT JOIN agreement_parties ap USING (agreement_id)
        LEFT JOIN actors p ON p.actor_id = ap.actor_id
        GROUP BY ALL""",
}


def connect(path: str | Path | None = None, *, database: str = ":memory:", read_only_views: bool = True,
            external_access: bool = True):
    """A DuckDB connection with one view per table (named as the table) and joined views
    (``events_readable``, ``agreements_readable``). The views read the Parquet files in place.

    No string from the dataset or the caller is pasted into SQL: each file is opened as a pyarrow
    dataset (a Python object, so a path with quotes in it is just a path) and registered under a
    quoted identifier. ``external_access=False`` (what ``policyevents query`` uses) then switches
    off DuckDB's file system access and locks the configuration: SQL can read the views but cannot
    read or write any file (``COPY ... TO``, ``ATTACH``, ``read_csv``, extensions fail with a
    permission error); ``CREATE TABLE`` and ``INSERT`` only touch the in-memory database, never the
    dataset's files."""
    import duckdb
    import pyarrow.dataset as pads

    folder = _folder(path)
    desc = datapackage(folder)
    con = duckdb.connect(database)
    for r in desc["resources"]:
        con.register(f"__pe_{r['name']}", pads.dataset(str(_resource_file(folder, r)), format="parquet"))
        con.execute(f"CREATE OR REPLACE VIEW {_quote_ident(r['name'])} AS SELECT * FROM {_quote_ident('__pe_' + r['name'])}")
    for name, sql in JOINED_VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {_quote_ident(name)} AS {sql}")
    if not external_access:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    return con


def info(path: str | Path | None = None) -> dict:
    desc = datapackage(path)
    return {
        "folder": str(_folder(path)),
        "name": desc.get("name"),
        "version": desc.get("version"),
        "fingerprint": desc.get("x_policyevents", {}).get("fingerprint"),
        "rules_version": desc.get("x_policyevents", {}).get("rules_version"),
        "tables": {r["name"]: r.get("x_rows") for r in desc["resources"]},
    }
