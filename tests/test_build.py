import datetime as dt
import filecmp
import json
import subprocess
import sys

import pytest

import policyevents
from policyevents.build import build
from policyevents.schema import TABLES, field_names, table_schema

from conftest import CORPUS, ROOT

ISSUE_COLUMNS = {
    "articles": ["article_id", "title", "published_date", "source", "url", "license", "sha256", "n_chars"],
    "actors": ["actor_id", "name", "actor_type", "country_code", "role"],
    "mentions": ["mention_id", "article_id", "actor_id", "sentence_index", "char_start", "char_end", "text"],
    "events": ["event_id", "article_id", "event_type", "event_mode", "source_actor_id", "target_actor_id", "event_date",
               "date_precision", "location_code", "modality", "sentence_index", "char_start", "char_end", "evidence"],
    "agreements": ["agreement_id", "article_id", "topic", "status", "sentence_index", "char_start", "char_end", "evidence"],
    "agreement_parties": ["agreement_id", "actor_id", "role"],
    "indicators": ["indicator_id", "article_id", "value", "unit", "qualifier", "measure", "subject_actor_id",
                   "claimed_by_actor_id", "reference_date", "sentence_index", "char_start", "char_end", "evidence"],
}


def test_load_returns_all_tables_with_named_columns(built):
    tables = policyevents.load(path=built)
    assert set(tables) == set(TABLES)
    for name, cols in ISSUE_COLUMNS.items():
        assert set(cols) <= set(tables[name].columns), name
        assert list(tables[name].columns) == field_names(name)
    assert len(tables["events"]) > 0 and len(tables["indicators"]) > 0 and len(tables["agreements"]) > 0


def test_every_span_matches_its_evidence_and_keys_hold(built):
    t = policyevents.load(path=built)
    bodies = dict(zip(t["articles"].article_id, t["articles"].body))
    n = 0
    for name, text_col in [("mentions", "text"), ("events", "evidence"), ("agreements", "evidence"), ("indicators", "evidence")]:
        for r in t[name].itertuples():
            assert bodies[r.article_id][r.char_start:r.char_end] == getattr(r, text_col)
            n += 1
    assert n > 50
    actor_ids = set(t["actors"].actor_id)
    for col in ("source_actor_id", "target_actor_id"):
        assert set(t["events"][col].dropna()) <= actor_ids
    assert set(t["mentions"].actor_id) <= actor_ids
    assert set(t["agreement_parties"].agreement_id) <= set(t["agreements"].agreement_id)
    for name in TABLES:
        pk = table_schema(name)["primaryKey"]
        assert not t[name].duplicated(subset=pk).any(), name


def test_unknown_table_lists_valid_ones(built):
    with pytest.raises(KeyError) as e:
        policyevents.load("evnts", path=built)
    assert "events" in str(e.value) and "indicators" in str(e.value)


def test_two_builds_give_identical_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(CORPUS, a)
    build(CORPUS, b)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file() and not p.name.startswith(".policyevents"))
    assert files and files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file() and not p.name.startswith(".policyevents"))
    match, mismatch, errors = filecmp.cmpfiles(a, b, [str(f) for f in files], shallow=False)
    assert mismatch == [] and errors == []


def test_shipped_dataset_equals_a_rebuild(built):
    """A code change that alters the data cannot land without the committed data changing too."""
    shipped = json.loads((ROOT / "datapackage.json").read_text())
    rebuilt = json.loads((built / "datapackage.json").read_text())
    assert {r["name"]: r["hash"] for r in shipped["resources"]} == {r["name"]: r["hash"] for r in rebuilt["resources"]}
    assert shipped == rebuilt


def test_default_load_reads_the_shipped_dataset_from_any_directory(tmp_path):
    code = "import policyevents; t = policyevents.load(); print(sorted(t)); print(policyevents.load('events').shape[0])"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert "events" in out and int(out.split()[-1]) > 0


def test_import_is_light():
    code = "import sys, policyevents; print(any(m in sys.modules for m in ('pandera', 'frictionless', 'pandas', 'duckdb')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_connect_has_views_and_joined_view(built):
    con = policyevents.connect(built)
    n_events = con.execute("select count(*) from events").fetchone()[0]
    assert n_events == len(policyevents.load("events", path=built))
    row = con.execute("select source_name, article_title, published_date from events_readable limit 1").fetchone()
    assert row[0] and row[1] and row[2] == dt.date(2025, 2, 3)


def test_published_date_and_dates_are_dates(built):
    ev = policyevents.load("events", path=built)
    dated = ev.dropna(subset=["event_date"])
    assert len(dated) > 0
    assert all(isinstance(d, dt.date) for d in dated.event_date)
    assert set(ev.loc[ev.event_date.isna(), "date_precision"]) <= {"unknown"}


def _corpus(folder, bodies: dict[str, str]):
    folder.mkdir()
    rows = ["article_id,title,published,source,url,license"]
    for aid, body in bodies.items():
        rows.append(f"{aid},{aid},2024-05-02,test,,CC0-1.0")
        (folder / f"{aid}.txt").write_text(body, encoding="utf-8")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_an_actors_country_is_the_one_most_articles_give(tmp_path):
    # each article infers the minister's country from the one state its sentence names; the first
    # article (in id order) reads it differently from the two others, and must not decide alone
    from policyevents.build import assemble

    said = "Foreign Minister Amara Okonkwo said on Tuesday that {} would reopen its border crossings.\n"
    folder = _corpus(tmp_path / "arts", {"a-first": said.format("Kenya"), "b-second": said.format("Uganda"),
                                         "c-third": said.format("Uganda")})
    tables, _ = assemble(folder)
    person = [a for a in tables["actors"] if a["name"] == "Amara Okonkwo"]
    assert len(person) == 1 and person[0]["country_code"] == "UGA"
