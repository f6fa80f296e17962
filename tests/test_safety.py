"""Safe by construction: no user string is pasted into SQL, ``query`` cannot touch files, article
ids and resource paths cannot leave their folders, loading never runs code from the dataset."""

import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import policyevents
from policyevents.build import build
from policyevents.cli import main
from policyevents.errors import IntegrityError, InputError
from policyevents.validate import validate_dir

from conftest import CORPUS


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _rewrite_descriptor(folder: Path, edit) -> None:
    p = folder / "datapackage.json"
    desc = json.loads(p.read_text(encoding="utf-8"))
    edit(desc)
    p.write_text(json.dumps(desc, indent=2), encoding="utf-8")


@pytest.fixture()
def quoted(built, tmp_path) -> Path:
    """A copy of a built dataset in a folder whose name has both kinds of quote (and a space)."""
    dst = tmp_path / "it's \"data\"" / "v1 'x'"
    shutil.copytree(built, dst)
    return dst


def test_dataset_under_a_quoted_path_loads_connects_and_queries(quoted, capsys):
    tables = policyevents.load(path=quoted)
    con = policyevents.connect(quoted)
    for name, df in tables.items():
        assert con.execute(f'select count(*) from "{name}"').fetchone()[0] == len(df)
    assert con.execute("select count(*) from events_readable").fetchone()[0] == len(tables["events"])
    assert validate_dir(quoted, frictionless=False) == []
    assert main(["query", "--dir", str(quoted), "--format", "json", "select count(*) as n from articles"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": len(tables["articles"])}]


def test_resource_names_are_quoted_identifiers(quoted):
    """A resource name is an identifier, never SQL: one full of quotes and semicolons is just a view name."""
    weird = 'indicators"; drop view events; select \'1'
    n_indicators, n_events = (len(policyevents.load(t, path=quoted)) for t in ("indicators", "events"))
    _rewrite_descriptor(quoted, lambda d: next(r for r in d["resources"] if r["name"] == "indicators").update(name=weird))
    con = policyevents.connect(quoted)
    assert con.execute('select count(*) from "' + weird.replace('"', '""') + '"').fetchone()[0] == n_indicators
    assert con.execute("select count(*) from events").fetchone()[0] == n_events  # not dropped


WRITES = [
    "copy events to {events} (format parquet)",
    "copy events to {events} (format parquet, use_tmp_file false)",
    "copy (select 1 as x) to {new_csv}",
    "copy (select 1 as x) to {outside_csv}",
    "attach {outside_db} as other",
    "select * from read_csv({dp})",
    "select * from read_parquet({events})",
    "install httpfs",
    "set enable_external_access = true",
    "reset lock_configuration",
]


@pytest.mark.parametrize("sql", WRITES)
def test_query_cannot_read_or_write_files(sql, quoted, tmp_path, capsys):
    """``policyevents query`` runs in an in-memory DuckDB with file system access switched off and the
    configuration locked: statements that would read or write a file fail with a readable error
    (exit 2, no traceback) and the dataset's files stay byte-identical."""
    outside = tmp_path / "outside"
    outside.mkdir()
    q = lambda p: "'" + str(p).replace("'", "''") + "'"  # noqa: E731  (the test's own SQL literals)
    stmt = sql.format(events=q(quoted / "data" / "events.parquet"), new_csv=q(quoted / "data" / "new.csv"),
                      outside_csv=q(outside / "new.csv"), outside_db=q(outside / "new.duckdb"),
                      dp=q(quoted / "datapackage.json"))
    before = _hashes(quoted)
    status = main(["query", "--dir", str(quoted), stmt])
    err = capsys.readouterr().err
    assert status == 2, stmt
    assert "Traceback" not in err and err.startswith("policyevents query: ")
    assert "Permission" in err or "locked" in err or "Cannot" in err, err
    assert _hashes(quoted) == before
    assert list(outside.iterdir()) == []


def test_query_tables_it_creates_live_in_memory_only(quoted, capsys):
    """CREATE TABLE / INSERT are allowed (scratch work) but only touch the in-memory database."""
    before = _hashes(quoted)
    sql = "create table t as select * from events; insert into t select * from events; select count(*) as n from t"
    assert main(["query", "--dir", str(quoted), "--format", "json", sql]) == 0
    n = json.loads(capsys.readouterr().out)[0]["n"]
    assert n == 2 * len(policyevents.load("events", path=quoted))
    assert _hashes(quoted) == before


def test_python_connect_keeps_file_access_unless_asked(quoted, tmp_path):
    """``connect()`` is the user's own DuckDB (COPY TO works); ``external_access=False`` is the sandbox."""
    target = tmp_path / "events.csv"
    policyevents.connect(quoted).execute("copy events to '" + str(target).replace("'", "''") + "'")
    assert target.is_file()
    con = policyevents.connect(quoted, external_access=False)
    assert con.execute("select count(*) from events_readable").fetchone()[0] >= 0
    with pytest.raises(Exception, match="disabled by configuration"):
        con.execute("copy events to '" + str(tmp_path / "x.csv").replace("'", "''") + "'")


@pytest.mark.parametrize("bad_path", ["../outside.parquet", "/tmp/outside.parquet", "data/../../outside.parquet",
                                      "data/events.pickle", ""])
def test_resource_path_cannot_leave_the_dataset_folder(bad_path, quoted):
    shutil.copyfile(quoted / "data" / "events.parquet", quoted.parent / "outside.parquet")

    def edit(d):
        next(r for r in d["resources"] if r["name"] == "events")["path"] = bad_path

    _rewrite_descriptor(quoted, edit)
    with pytest.raises(IntegrityError, match="inside the dataset folder"):
        policyevents.load("events", path=quoted, verify_integrity=False)
    with pytest.raises(IntegrityError, match="inside the dataset folder"):
        policyevents.connect(quoted)
    errors = validate_dir(quoted, frictionless=False)
    assert any(e["table"] == "events" and e["field"] == "path" for e in errors), errors


def test_article_id_cannot_escape_the_articles_or_output_folder(tmp_path):
    """Ids become input file names only after they pass the safe-name rule; output files are named
    after tables, never after articles."""
    arts = tmp_path / "in" / "articles"
    arts.mkdir(parents=True)
    body = (CORPUS / "rubio-el-salvador-2025-02-03.txt").read_bytes()
    (tmp_path / "in" / "escape.txt").write_bytes(body)  # what '../escape' would read
    (arts / "ok.txt").write_bytes(body)
    header = "article_id,title,published,source,url,license\n"
    for bad in ("../escape", "..", "/etc/hostname", "a\\b", ".hidden", "x/../../escape"):
        (arts / "articles.csv").write_text(header + "ok,,,,,\n" + f'"{bad}",,,,,\n', encoding="utf-8")
        with pytest.raises(InputError) as exc:
            build(arts, tmp_path / "out")
        assert exc.value.code == "unsafe-id" and exc.value.line == 3 and exc.value.field == "article_id"
        assert not (tmp_path / "out").exists()
    (arts / "articles.csv").write_text(header + "ok,,,,,\n", encoding="utf-8")
    build(arts, tmp_path / "out", frictionless=False)
    names = {str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*") if p.is_file()}
    from policyevents.schema import TABLES

    assert names == ({"datapackage.json", ".policyevents.lock"} | {f"data/{t}.parquet" for t in TABLES}
                     | {f"schemas/{t}.json" for t in TABLES})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


class _Trap:
    """Unpickling this creates the file ``marker``."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_loading_never_unpickles(quoted, tmp_path):
    """A table whose Arrow schema declares a pickled Python extension type (the pyarrow
    CVE-2023-47248 vector): load, connect and validate read it without running the pickle."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    marker = tmp_path / "PWNED"
    meta = {b"ARROW:extension:name": b"arrow.py_extension_type",
            b"ARROW:extension:metadata": pickle.dumps(_Trap(marker))}
    pickle.loads(meta[b"ARROW:extension:metadata"]).close()  # the trap is live: unpickling creates the marker
    assert marker.exists()
    marker.unlink()
    path = quoted / "data" / "corrections.parquet"
    t = pq.read_table(path)
    field = pa.field("trap", pa.binary(), metadata=meta)
    pq.write_table(t.append_column(field, pa.array([b""] * len(t), pa.binary())), path)

    def edit(d):
        r = next(r for r in d["resources"] if r["name"] == "corrections")
        r["hash"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        r["x_bytes"] = path.stat().st_size

    _rewrite_descriptor(quoted, edit)
    for attempt in (lambda: policyevents.load(path=quoted),
                    lambda: policyevents.connect(quoted).execute("select * from corrections").fetchall(),
                    lambda: validate_dir(quoted, frictionless=False)):
        try:
            attempt()
        except Exception:
            pass  # refusing the file is fine; running its pickle is not
        assert not marker.exists()


def test_loading_opens_only_json_and_parquet(quoted):
    """In a fresh process with an audit hook: load, connect, verify and info open nothing in the
    dataset folder but datapackage.json and .parquet files, and never look up a class to unpickle."""
    code = textwrap.dedent(f"""
        import json, sys
        events = []
        def hook(name, args):
            if name == "open" and isinstance(args[0], str):
                events.append(("open", args[0]))
            elif name == "pickle.find_class":
                events.append((name, repr(args)))
        import policyevents
        sys.addaudithook(hook)
        p = {str(quoted)!r}
        policyevents.load(path=p)
        con = policyevents.connect(p)
        for t in policyevents.tables():
            con.execute('select * from "' + t + '"').fetchall()
        from policyevents.dataset import verify
        verify(p)
        print(json.dumps(events))
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    events = json.loads(r.stdout.splitlines()[-1])
    assert not [e for e in events if e[0] != "open"], events
    inside = [os.path.realpath(p) for _, p in events if os.path.realpath(p).startswith(os.path.realpath(quoted))]
    assert inside, "the hook saw no file of the dataset: the test would prove nothing"
    assert all(p.endswith((".parquet", "datapackage.json")) for p in inside), inside
