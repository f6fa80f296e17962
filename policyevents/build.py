"""Build a dataset: read -> extract -> assemble -> correct -> validate -> publish (atomically).

Stages and why:

* read (``extract.ingest``): checks the input; fatal problems stop here, before anything is written.
* extract (``extract.pipeline``): a pure function per article, run in article-id order.
* assemble: rows from all articles become one table each, sorted by primary key, actors merged
  by identity key (first non-empty attribute in article-id order), so that the bytes do not
  depend on the order of input rows.
* correct (``corrections``): the curated corrections file, if any, is applied last; a correction
  that matches no row (or several) stops the build here, before anything is written.
* write: Parquet into a staging folder ``<out>/.policyevents-staging/`` with fixed writer options;
  ``datapackage.json`` records each file's sha256 and size and carries no timestamp.
* validate (``validate``): pandera, cross-table rules and frictionless on the staged files; a
  failure leaves the previous dataset untouched.
* publish: a ``READY`` marker is written to the staging folder, then each file is moved into
  place with ``os.replace`` (``datapackage.json`` last) and the staging folder is removed; files,
  marker and renames are flushed to disk (fsync) in that order. If the
  process dies in between, the next build finds the marker and finishes the move (roll forward);
  a staging folder without the marker is discarded. A lock file keeps two builds apart.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from ._version import RULES_VERSION, __version__
from .errors import BuildLockedError
from .extract.ingest import DEFAULT_MAX_BYTES, Skipped, read_articles
from .extract.pipeline import Extractor
from .schema import TABLES, arrow_schema, primary_key, table_schema

STAGING = ".policyevents-staging"
LOCK = ".policyevents.lock"
PARQUET_OPTIONS = {"compression": "zstd", "use_dictionary": True, "write_statistics": True}


@dataclass
class BuildReport:
    out_dir: Path
    n_articles: int
    skipped: list[Skipped]
    row_counts: dict[str, int]
    fingerprint: str
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"built {self.n_articles} article(s) into {self.out_dir}"]
        lines += [f"  {t}: {n} rows" for t, n in self.row_counts.items()]
        for s in self.skipped:
            lines.append(f"  skipped {s.article_id} ({s.reason_code}): {s.message}")
        lines.append(f"  fingerprint sha256:{self.fingerprint}")
        return "\n".join(lines)


@contextmanager
def _lock(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / LOCK, "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES):
                raise BuildLockedError(f"another build is writing to {out} (lock {out / LOCK}); wait for it to finish") from None
            raise
        yield
    finally:
        fh.close()


def recover(out: Path) -> str | None:
    """Finish or discard an interrupted publish in ``out``. Returns what was done."""
    staging = out / STAGING
    if not staging.exists():
        return None
    if (staging / "READY").exists():
        _move_into_place(staging, out)
        return "rolled forward an interrupted publish"
    shutil.rmtree(staging)
    return "discarded an unfinished build"


def _fsync_tree(root: Path, files: bool = True) -> None:
    """Flush the files under ``root`` (when ``files``) and the folders themselves (their entries) to
    disk, so that a power cut after the publish cannot leave a marker or a rename without its data."""
    for p in sorted(root.rglob("*")) + [root]:
        if p.is_file() and files:
            with open(p, "rb") as f:
                os.fsync(f.fileno())
        elif p.is_dir():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _move_into_place(staging: Path, out: Path) -> None:
    files = sorted(p.relative_to(staging) for p in staging.rglob("*") if p.is_file() and p.name != "READY")
    last = Path("datapackage.json")
    for rel in [f for f in files if f != last] + ([last] if last in files else []):
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / rel, dest)
    shutil.rmtree(staging)
    _fsync_tree(out, files=False)  # the renames themselves


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fingerprint(resources: list[dict]) -> str:
    """Content fingerprint of a dataset: sha256 over the resources' names and hashes."""
    h = hashlib.sha256()
    for r in sorted(resources, key=lambda r: r["name"]):
        h.update(f"{r['name']}={r['hash']}\n".encode())
    return h.hexdigest()


def assemble(articles_dir: Path, *, encoding_fallback: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
             strict: bool = False, extractor: Extractor | None = None,
             corrections: Path | str | None = None) -> tuple[dict[str, list[dict]], list[Skipped]]:
    """Read and extract a corpus into rows per table (no files written). ``corrections``: a
    corrections file applied as the last stage (see :mod:`policyevents.corrections`); None: none."""
    articles, skipped = read_articles(articles_dir, encoding_fallback=encoding_fallback, max_bytes=max_bytes, strict=strict)
    ex = extractor or Extractor()
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    actors: dict = {}
    # An actor is one row for the whole dataset, but each article gives its own reading of the
    # actor's country (often inferred from the sentence that names them). The country most
    # articles give wins, ties going to the first article in id order: one article's misreading
    # (an official named beside another country's minister) must not label the actor everywhere.
    countries: dict[str, Counter] = {}
    for art in sorted(articles, key=lambda a: a.article_id):
        rows = ex.extract(art)
        tables["articles"].append(rows.article)
        for key in sorted(rows.actors):
            a = rows.actors[key]
            cur = actors.get(key)
            if a.country_code is not None:
                countries.setdefault(key, Counter())[a.country_code] += 1
            if cur is None:
                actors[key] = {"actor_id": None, "name": a.name, "actor_type": a.actor_type, "country_code": a.country_code,
                               "role": a.role, "recognized_by": a.recognized_by, "curated": False, "_key": key}
            elif cur["role"] is None and a.role is not None:
                cur["role"] = a.role
        for t in ("mentions", "events", "agreements", "agreement_parties", "indicators"):
            tables[t].extend(getattr(rows, t))
    for key, votes in countries.items():
        actors[key]["country_code"] = votes.most_common(1)[0][0]  # Counter keeps first-seen order among ties
    from .extract.actors import actor_id

    for key, row in actors.items():
        row["actor_id"] = actor_id(key)
        del row["_key"]
        tables["actors"].append(row)
    tables["skipped_articles"] = [
        {"article_id": s.article_id, "file": s.file, "reason_code": s.reason_code, "message": s.message} for s in skipped
    ]
    from .corrections import apply_corrections

    return apply_corrections(tables, corrections), skipped


def default_corrections(articles_dir: Path | str | None) -> Path | None:
    """The corrections file a build uses when none is given: ``data/corrections.yaml`` for the
    project corpus in a source checkout; none for any other articles folder."""
    if paths.in_wheel():
        return None
    if articles_dir is not None and Path(articles_dir).resolve() != paths.corpus_dir().resolve():
        return None
    f = paths.corrections_file()
    return f if f.is_file() else None


def write_tables(tables: dict[str, list[dict]], dest: Path, *, sources: list[dict], schemas_from: Path | None = None,
                 lexicon_fingerprint: str | None = None) -> dict:
    """Write Parquet files, schema copies and datapackage.json into ``dest``; return the descriptor."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (dest / "data").mkdir(parents=True, exist_ok=True)
    (dest / "schemas").mkdir(parents=True, exist_ok=True)
    src_schemas = Path(schemas_from or paths.schemas_dir())
    resources = []
    counts = {}
    for name in TABLES:
        schema = arrow_schema(name)
        pk = primary_key(name)
        rows = sorted(tables.get(name, []), key=lambda r: tuple(str(r[k]) for k in pk))
        cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
        table = pa.table(cols, schema=schema)
        path = dest / "data" / f"{name}.parquet"
        pq.write_table(table, path, **PARQUET_OPTIONS)
        shutil.copyfile(src_schemas / f"{name}.json", dest / "schemas" / f"{name}.json")
        ts = table_schema(name, src_schemas)
        counts[name] = len(rows)
        resources.append({
            "name": name, "type": "table", "title": ts.get("title", name), "description": ts["description"],
            "path": f"data/{name}.parquet", "format": "parquet", "mediatype": "application/vnd.apache.parquet",
            "schema": f"schemas/{name}.json", "hash": f"sha256:{sha256_file(path)}",
            "x_bytes": path.stat().st_size, "x_rows": len(rows),
        })
    if lexicon_fingerprint is None:  # callers that did not extract with a lexicon of their own
        from .extract.lexicon import load_lexicon

        lexicon_fingerprint = load_lexicon().fingerprint
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "policyevents",
        "title": "policyevents: policy events extracted from news articles",
        "description": "Actors, PLOVER events, agreements and numeric indicators extracted from news articles, "
                       "each row with its evidence span in the article body.",
        "version": __version__,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (extracted data); article texts keep the license given per article"}],
        "sources": sources,
        "keywords": ["event data", "PLOVER", "policy", "migration"],
        "x_policyevents": {
            "code_version": __version__,
            "rules_version": RULES_VERSION,
            "lexicon_fingerprint": lexicon_fingerprint,
            "fingerprint": "sha256:" + fingerprint(resources),
        },
        "resources": resources,
    }
    (dest / "datapackage.json").write_text(json.dumps(descriptor, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return descriptor


def build(articles_dir: Path | str | None = None, out_dir: Path | str | None = None, *,
          encoding_fallback: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False,
          frictionless: bool = True, corrections: Path | str | None | bool = None) -> BuildReport:
    """Build the dataset from ``articles_dir`` (default: the project corpus) into ``out_dir``
    (default: the shipped dataset). Nothing in ``out_dir`` changes unless validation passes.

    ``corrections``: a corrections file; None: the default (:func:`default_corrections`); False: none."""
    from .validate import validate_dir

    articles_dir = Path(articles_dir) if articles_dir else paths.corpus_dir()
    out = Path(out_dir) if out_dir else paths.dataset_dir()
    out = out.resolve()
    if corrections is None or corrections is True:
        corrections = default_corrections(articles_dir)
    extractor = Extractor()
    tables, skipped = assemble(articles_dir, encoding_fallback=encoding_fallback, max_bytes=max_bytes, strict=strict,
                               extractor=extractor, corrections=corrections or None)
    csv_bytes = (articles_dir / "articles.csv").read_bytes()
    sources = [{"title": f"Articles folder '{articles_dir.resolve().name}' ({len(tables['articles'])} articles extracted, "
                         f"{len(skipped)} skipped)",
                "x_articles_csv_sha256": hashlib.sha256(csv_bytes).hexdigest()}]
    with _lock(out):
        recover(out)
        staging = out / STAGING
        staging.mkdir()
        try:
            desc = write_tables(tables, staging, sources=sources, lexicon_fingerprint=extractor.lexicon.fingerprint)
            validate_dir(staging, frictionless=frictionless, raise_on_error=True)
            _fsync_tree(staging)  # the files reach the disk before the marker that says they are complete
            (staging / "READY").write_text("validated\n")
            _fsync_tree(staging, files=False)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _move_into_place(staging, out)
    return BuildReport(out, len(tables["articles"]), skipped, {r["name"]: r["x_rows"] for r in desc["resources"]},
                       desc["x_policyevents"]["fingerprint"].split(":", 1)[1])

