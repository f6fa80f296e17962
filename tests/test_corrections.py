"""Curated corrections (issue #4, part 5): applied last, marked curated, logged, and failing loudly.

The corrections used here are written from the current extraction of the project corpus (rows are
picked so that their selectors are unique), so the tests keep working while the extractor changes.
"""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
import yaml

import policyevents
from policyevents import paths
from policyevents.build import assemble, build, default_corrections
from policyevents.corrections import apply_corrections, load_corrections
from policyevents.errors import CorrectionError

from conftest import CORPUS


@pytest.fixture(scope="module")
def base():
    tables, _ = assemble(CORPUS)
    assert tables["corrections"] == []
    return tables


def write(path: Path, entries) -> Path:
    path.write_text(yaml.safe_dump({"corrections": entries}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def refs_of(tables, actor_id):
    fields = [("mentions", "actor_id"), ("events", "source_actor_id"), ("events", "target_actor_id"),
              ("agreement_parties", "actor_id"), ("indicators", "subject_actor_id"), ("indicators", "claimed_by_actor_id")]
    return sum(1 for t, f in fields for r in tables[t] if r[f] == actor_id)


def unique_event(tables):
    """An event that {article_id, event_type, trigger} selects alone, with its evidence once in the body."""
    body = tables["articles"][0]["body"]
    key = Counter((e["article_id"], e["event_type"], e["trigger"]) for e in tables["events"])
    for e in tables["events"]:
        if key[(e["article_id"], e["event_type"], e["trigger"])] == 1 and body.count(e["evidence"]) == 1:
            return e
    pytest.skip("no event with a unique selector in the current extraction")


def actor_pair(tables):
    """Two actors of the same type, selectable by name and type; the first is referenced."""
    names = Counter((a["name"], a["actor_type"]) for a in tables["actors"])
    by_type = {}
    for a in sorted(tables["actors"], key=lambda a: -refs_of(tables, a["actor_id"])):
        if names[(a["name"], a["actor_type"])] == 1:
            by_type.setdefault(a["actor_type"], []).append(a)
    for group in by_type.values():
        if len(group) >= 2 and refs_of(tables, group[0]["actor_id"]):
            return group[0], group[1]
    pytest.skip("no two actors of one type in the current extraction")


def test_each_action_shows_up_in_the_loaded_data_marked_curated(base, tmp_path):
    ev = unique_event(base)
    gone, kept = actor_pair(base)
    setme = next(a for a in base["actors"] if a["actor_id"] not in (gone["actor_id"], kept["actor_id"])
                 and sum(1 for b in base["actors"] if (b["name"], b["actor_type"]) == (a["name"], a["actor_type"])) == 1)
    agr = base["agreements"][0] if base["agreements"] else pytest.skip("no agreement extracted")
    body = base["articles"][0]["body"]
    rs = {"reason": "test reason", "source": "test source"}
    corr = write(tmp_path / "corrections.yaml", [
        {"id": "set-role", "action": "set", "table": "actors",
         "match": {"name": setme["name"], "actor_type": setme["actor_type"]}, "field": "role", "value": "Curated Role", **rs},
        {"id": "drop-event", "action": "drop", "table": "events",
         "match": {"article_id": ev["article_id"], "event_type": ev["event_type"], "trigger": ev["trigger"]}, **rs},
        {"id": "add-actor", "action": "add", "table": "actors",
         "row": {"name": "Jane Curated", "actor_type": "person", "country_code": "USA"}, **rs},
        {"id": "add-event", "action": "add", "table": "events",
         "row": {"article_id": ev["article_id"], "event_type": "CONSULT", "source_actor_id": {"name": "Jane Curated"},
                 "target_actor_id": ev["source_actor_id"], "modality": "asserted", "evidence": ev["evidence"],
                 "trigger": ev["trigger"]}, **rs},
        {"id": "add-party", "action": "add", "table": "agreement_parties",
         "row": {"agreement_id": {"evidence": agr["evidence"], "trigger": agr["trigger"]},
                 "actor_id": {"name": "Jane Curated", "actor_type": "person"}, "role": "party"}, **rs},
        {"id": "merge", "action": "merge_actors", "from": {"name": gone["name"], "actor_type": gone["actor_type"]},
         "into": {"name": kept["name"], "actor_type": kept["actor_type"]}, **rs},
    ])
    out = tmp_path / "ds"
    build(CORPUS, out, corrections=corr)  # validated with pandera, cross-table rules and frictionless
    t = policyevents.load(path=out)

    actors = t["actors"].set_index("actor_id")
    assert actors.loc[setme["actor_id"], "role"] == "Curated Role" and actors.loc[setme["actor_id"], "curated"]
    assert ev["event_id"] not in set(t["events"].event_id)
    jane = t["actors"][t["actors"].name == "Jane Curated"].iloc[0]
    assert jane.recognized_by == "curated" and jane.curated and jane.country_code == "USA"
    added = t["events"][t["events"].source_actor_id == jane.actor_id].iloc[0]
    assert added.curated and added.event_type == "CONSULT" and added.target_actor_id == ev["source_actor_id"]
    assert body[added.char_start:added.char_end] == ev["evidence"] and body[added.trigger_start:added.trigger_end] == ev["trigger"]
    party = t["agreement_parties"][t["agreement_parties"].actor_id == jane.actor_id]
    assert list(party.agreement_id) == [agr["agreement_id"]] and party.curated.all()
    # merge: the merged-away actor is gone, its references point to the kept one and are marked
    assert gone["actor_id"] not in actors.index and actors.loc[kept["actor_id"], "curated"]
    n_refs = refs_of(base, gone["actor_id"])
    for table, col in [("mentions", "actor_id"), ("events", "source_actor_id"), ("events", "target_actor_id"),
                       ("indicators", "subject_actor_id"), ("indicators", "claimed_by_actor_id")]:
        assert gone["actor_id"] not in set(t[table][col].dropna())
    moved = [r for tbl in ("mentions", "events", "indicators") for r in base[tbl]
             if gone["actor_id"] in (r.get("actor_id"), r.get("source_actor_id"), r.get("target_actor_id"),
                                     r.get("subject_actor_id"), r.get("claimed_by_actor_id"))]
    assert n_refs > 0 and moved
    for r in moved:
        tbl, pk = next((tb, k) for tb, k in (("mentions", "mention_id"), ("events", "event_id"), ("indicators", "indicator_id")) if k in r)
        if r[pk] in set(t[tbl][pk]):
            assert t[tbl].set_index(pk).loc[r[pk], "curated"], (tbl, r[pk])
    # rows nobody touched stay uncurated
    untouched = t["mentions"][~t["mentions"].actor_id.isin([gone["actor_id"], kept["actor_id"]])]
    assert len(untouched) and not untouched.curated.any()
    # the corrections table: one row per correction, in file order, with reason and source
    log = t["corrections"].sort_values("position")
    assert list(log.correction_id) == ["set-role", "drop-event", "add-actor", "add-event", "add-party", "merge"]
    assert list(log.action) == ["set", "drop", "add", "add", "add", "merge_actors"]
    assert set(log.reason) == {"test reason"} and set(log.source) == {"test source"}
    row = log.set_index("correction_id")
    assert row.loc["set-role", "field"] == "role" and row.loc["set-role", "new_value"] == "Curated Role"
    old = row.loc["set-role", "old_value"]
    assert pd.isna(old) if setme["role"] is None else old == setme["role"]  # null stays null
    assert json.loads(row.loc["drop-event", "old_value"])["event_id"] == ev["event_id"]
    assert row.loc["merge", "row_id"] == gone["actor_id"] and row.loc["merge", "new_value"] == kept["actor_id"]
    assert json.loads(row.loc["drop-event", "selector"])["trigger"] == ev["trigger"]


def test_correction_matching_no_row_fails_the_build_and_keeps_the_previous_dataset(built, tmp_path):
    import shutil

    out = tmp_path / "ds"
    shutil.copytree(built, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    corr = write(tmp_path / "corr.yaml", [{"id": "rotten-fix", "action": "drop", "table": "events",
                                           "match": {"trigger": "no such trigger anywhere"}, "reason": "r", "source": "s"}])
    with pytest.raises(CorrectionError) as e:
        build(CORPUS, out, corrections=corr)
    msg = str(e.value)
    assert "rotten-fix" in msg and str(corr) in msg and "matches no row of events" in msg
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before and not (out / ".policyevents-staging").exists()
    # the command line says the same, without a traceback, with exit status 2
    r = subprocess.run([sys.executable, "-m", "policyevents.cli", "build", "--articles", str(CORPUS), "--out", str(out),
                        "--corrections", str(corr)], capture_output=True, text=True)
    assert r.returncode == 2 and "rotten-fix" in r.stderr and "Traceback" not in r.stderr


def test_selector_matching_several_rows_fails(base, tmp_path):
    aid = base["articles"][0]["article_id"]
    assert len(base["events"]) > 1
    corr = write(tmp_path / "c.yaml", [{"id": "too-broad", "action": "drop", "table": "events",
                                        "match": {"article_id": aid}, "reason": "r", "source": "s"}])
    with pytest.raises(CorrectionError, match=rf"too-broad.*matches {len(base['events'])} rows of events"):
        apply_corrections(base, corr)


MALFORMED = {
    "not yaml": ("corrections:\n  - id: a\n   action: set\n", r"line 3: not valid YAML"),
    "not a list": ("corrections: {id: a}\n", r"'corrections' must be a list"),
    "wrong top level": ("- id: a\n", r"single key 'corrections'"),
    "no reason": ("corrections:\n  - {id: a, action: drop, table: events, match: {trigger: x}, source: s}\n",
                  r"correction 'a' \(entry 1\): 'reason' is required"),
    "unknown action": ("corrections:\n  - {id: a, action: delete, table: events, match: {trigger: x}, reason: r, source: s}\n",
                       r"correction 'a' \(entry 1\): unknown action 'delete'"),
    "typo in key": ("corrections:\n  - {id: a, action: drop, table: events, mach: {trigger: x}, reason: r, source: s}\n",
                    r"correction 'a' \(entry 1\): unknown key\(s\) mach"),
    "duplicate id": ("corrections:\n  - {id: a, action: drop, table: events, match: {trigger: x}, reason: r, source: s}\n"
                     "  - {id: a, action: drop, table: events, match: {trigger: y}, reason: r, source: s}\n",
                     r"correction 'a' \(entry 2\): id 'a' is already used by entry 1"),
    "unknown table": ("corrections:\n  - {id: a, action: drop, table: article, match: {trigger: x}, reason: r, source: s}\n",
                      r"table 'article' cannot be corrected"),
    "entry not a mapping": ("corrections:\n  - just text\n", r"entry 1: must be a mapping"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_corrections_file_names_file_and_entry(case, tmp_path):
    text, pattern = MALFORMED[case]
    p = tmp_path / "corrections.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(CorrectionError, match=pattern) as e:
        load_corrections(p)
    assert str(p) in str(e.value)


@pytest.mark.parametrize("entry, pattern", [
    ({"action": "drop", "table": "events", "match": {"trigerr": "x"}}, r"events has no field 'trigerr'"),
    ({"action": "set", "table": "events", "match": "EVENT", "field": "evidence", "value": "x"}, r"cannot be set"),
    ({"action": "set", "table": "events", "match": "EVENT", "field": "modality", "value": "certain"}, r"must be one of"),
    ({"action": "set", "table": "events", "match": "EVENT", "field": "source_actor_id", "value": {"name": "Nobody At All"}},
     r"value \(source_actor_id\) \{\"name\": \"Nobody At All\"\} matches no row of actors"),
    ({"action": "add", "table": "events", "row": {"article_id": "ART", "event_type": "CONSULT", "modality": "asserted",
                                                  "source_actor_id": "ACTOR", "evidence": "text that is not in the body",
                                                  "trigger": "x"}}, r"does not occur in the body"),
    ({"action": "add", "table": "actors", "row": {"name": "Jane Curated"}}, r"actors needs actor_type"),
])
def test_corrections_that_do_not_fit_the_data_name_the_correction(base, tmp_path, entry, pattern):
    ev = unique_event(base)
    sub = {"EVENT": {"article_id": ev["article_id"], "event_type": ev["event_type"], "trigger": ev["trigger"]},
           "ART": ev["article_id"], "ACTOR": ev["source_actor_id"]}
    entry = json.loads(json.dumps(entry), object_hook=lambda d: {k: sub.get(v, v) if isinstance(v, str) else v for k, v in d.items()})
    corr = write(tmp_path / "c.yaml", [{"id": "bad-one", **entry, "reason": "r", "source": "s"}])
    with pytest.raises(CorrectionError, match=pattern) as e:
        apply_corrections(base, corr)
    assert "bad-one" in str(e.value) and str(corr) in str(e.value)


def test_dropping_a_referenced_actor_is_an_error_and_an_agreement_takes_its_parties(base, tmp_path):
    gone, _ = actor_pair(base)
    corr = write(tmp_path / "c.yaml", [{"id": "drop-actor", "action": "drop", "table": "actors",
                                        "match": {"name": gone["name"], "actor_type": gone["actor_type"]},
                                        "reason": "r", "source": "s"}])
    if refs_of(base, gone["actor_id"]) > sum(1 for m in base["mentions"] if m["actor_id"] == gone["actor_id"]):
        with pytest.raises(CorrectionError, match=r"drop-actor.*still referenced by"):
            apply_corrections(base, corr)
    if not base["agreements"]:
        pytest.skip("no agreement extracted")
    agr = base["agreements"][0]
    corr = write(tmp_path / "c2.yaml", [{"id": "drop-agr", "action": "drop", "table": "agreements",
                                         "match": {"evidence": agr["evidence"], "trigger": agr["trigger"]},
                                         "reason": "r", "source": "s"}])
    out = apply_corrections(base, corr)
    assert agr["agreement_id"] not in {p["agreement_id"] for p in out["agreement_parties"]}
    assert any(p["agreement_id"] == agr["agreement_id"] for p in base["agreement_parties"])  # input untouched


def test_unreferenced_actor_can_be_dropped_with_its_mentions(base, tmp_path):
    only_mentioned = [a for a in base["actors"]
                      if refs_of(base, a["actor_id"]) == sum(1 for m in base["mentions"] if m["actor_id"] == a["actor_id"])
                      and sum(1 for b in base["actors"] if b["name"] == a["name"]) == 1]
    if not only_mentioned:
        pytest.skip("every actor takes part in an event, agreement or indicator")
    a = only_mentioned[0]
    corr = write(tmp_path / "c.yaml", [{"id": "drop-a", "action": "drop", "table": "actors", "match": {"name": a["name"]},
                                        "reason": "r", "source": "s"}])
    out = apply_corrections(base, corr)
    assert a["actor_id"] not in {x["actor_id"] for x in out["actors"]}
    assert a["actor_id"] not in {m["actor_id"] for m in out["mentions"]}


def test_default_corrections_file_only_for_the_project_corpus(tmp_path):
    assert default_corrections(None) == paths.corrections_file()
    assert default_corrections(CORPUS) == paths.corrections_file()
    assert default_corrections(tmp_path) is None


def test_shipped_corrections_file_is_well_formed():
    entries = load_corrections(paths.corrections_file())
    text = paths.corrections_file().read_text(encoding="utf-8")
    assert text.startswith("#") and "merge_actors" in text  # the header documents the format
    for e in entries:
        assert e["reason"].strip() and e["source"].strip()
