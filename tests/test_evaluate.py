"""The evaluator's inter-coder agreement: one gold coding scored against another."""

import shutil

import yaml

from conftest import DEVSET, shared

from policyevents.evaluate import agreement, gold_as_tables


def _founding_gold(tmp_path):
    src = shared("gold", "rubio-el-salvador-2025-02-03.yaml")
    d = tmp_path / "a"
    d.mkdir()
    shutil.copy(src, d / src.name)
    return d, src.name


def test_a_coding_agrees_fully_with_itself(tmp_path):
    d, _ = _founding_gold(tmp_path)
    o = agreement(d, d)["overall"]
    assert all(o[t]["f1"] == 1.0 and o[t]["fp"] == 0 and o[t]["fn"] == 0 for t in o)
    assert o["events"]["tp"] > 0


def test_one_changed_event_is_one_miss_each_way(tmp_path):
    d, name = _founding_gold(tmp_path)
    doc = yaml.safe_load((d / name).read_text(encoding="utf-8"))
    e = next(e for e in doc["events"] if not e.get("optional") and "PROTEST" not in e["type"])
    e["type"] = "PROTEST"
    other = tmp_path / "b"
    other.mkdir()
    (other / name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    full = agreement(d, d)["overall"]["events"]
    o = agreement(other, d)["overall"]["events"]
    assert (o["tp"], o["fp"], o["fn"]) == (full["tp"] - 1, 1, 1)


def test_optional_items_are_no_rows_and_a_list_keeps_its_first_item():
    doc = yaml.safe_load(next((DEVSET / "second_coding").glob("*.yaml")).read_text(encoding="utf-8"))
    t = gold_as_tables(doc)
    required = [e for e in doc["events"] if not e.get("optional")]
    assert len(t["events"]) == len(required)
    for row, e in zip(t["events"], required):
        types = e["type"] if isinstance(e["type"], list) else [e["type"]]
        assert row["event_type"] == types[0]


def test_a_target_list_may_accept_no_target(tmp_path):
    from policyevents.evaluate import score_article

    doc = {"article_id": "a", "actors": [{"name": "Kenya", "aliases": [], "type": "state", "country": "KEN"},
                                         {"name": "Uganda", "aliases": [], "type": "state", "country": "UGA"}],
           "events": [{"type": "REQUEST", "source": "Kenya", "target": ["Uganda", None], "sentence": 1}]}
    pred = gold_as_tables({**doc, "events": [{"type": "REQUEST", "source": "Kenya", "target": None, "sentence": 1}]})
    assert score_article(pred, doc)["events"]["tp"] == 1
    pred = gold_as_tables({**doc, "events": [{"type": "REQUEST", "source": "Kenya", "target": "Uganda", "sentence": 1}]})
    assert score_article(pred, doc)["events"]["tp"] == 1
    strict = {**doc, "events": [{"type": "REQUEST", "source": "Kenya", "target": ["Uganda"], "sentence": 1}]}
    pred = gold_as_tables({**doc, "events": [{"type": "REQUEST", "source": "Kenya", "target": None, "sentence": 1}]})
    assert score_article(pred, strict)["events"]["tp"] == 0
