import re
import shlex
import subprocess
import sys

import pytest
import yaml
from hypothesis import given, strategies as st

from conftest import CORPUS, DEVSET, ROOT, shared

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_examples_run(tmp_path):
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert blocks
    for code in blocks:
        r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr


def test_readme_sql_and_cli_examples_run(tmp_path):
    import policyevents

    con = policyevents.connect()
    for sql in re.findall(r"```sql\n(.*?)```", README, re.S):
        con.execute(sql).fetchall()
    cmds = re.findall(r"^\$ policyevents (.*)$", README, re.M)
    assert len(cmds) >= 3
    for c in cmds:
        r = subprocess.run([sys.executable, "-m", "policyevents.cli", *shlex.split(c)], cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 0, (c, r.stderr)


def test_readme_table_reference_is_generated_from_schemas():
    sys.path.insert(0, str(ROOT / "scripts"))
    from update_docs import render

    assert render(README) == README, "run: python scripts/update_docs.py"


def test_founding_article_quality(tmp_path):
    """Acceptance bar of the quality issue on the founding article (a regression guard)."""
    from policyevents.evaluate import evaluate

    gold = shared("gold")
    g = tmp_path / "gold"
    g.mkdir()
    for p in gold.glob("*.yaml"):
        (g / p.name).write_bytes(p.read_bytes())
    o = evaluate(g, CORPUS)["overall"]
    assert o["actors"]["recall"] >= 0.9
    assert o["events"]["f1"] >= 0.75
    assert o["indicators"]["f1"] >= 0.9
    assert o["agreements"]["recall"] == 1.0


def published_figures() -> dict[str, dict[str, float]]:
    """The development-set figures as QUALITY.md publishes them (its table is the one source)."""
    out = {}
    for line in (ROOT / "QUALITY.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*development set, (tune|test) split.*?\|\s*\d+\s*\|" + r"\s*([\d.]+)\s*\|" * 4, line)
        if m:
            out[m.group(1)] = dict(zip(("actors", "events", "agreements", "indicators"), map(float, m.groups()[1:])))
    return out


# Figures published in QUALITY.md for the development set (tolerance 0.02): a guard, not a target.
PUBLISHED = published_figures()


def test_quality_page_publishes_both_splits():
    assert set(PUBLISHED) == {"tune", "test"}


@pytest.mark.parametrize("split", sorted(PUBLISHED))
def test_devset_quality_does_not_drop(split):
    from policyevents.evaluate import evaluate

    o = evaluate(DEVSET / split / "gold", DEVSET / split / "articles")["overall"]
    for table, f1 in PUBLISHED[split].items():
        assert o[table]["f1"] >= f1 - 0.02, (table, o[table])


def test_gold_files_are_well_formed():
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    files = sorted(DEVSET.glob("*/gold/*.yaml")) + sorted((DEVSET / "second_coding").glob("*.yaml"))
    assert len(files) >= 15
    for p in files:
        doc = yaml.safe_load(p.read_text(encoding="utf-8"))
        assert any((DEVSET / split / "articles" / f"{doc['article_id']}.txt").is_file() for split in ("tune", "test")), p
        names = {a["name"] for a in doc["actors"]}
        for e in doc.get("events") or []:
            t = e["type"] if isinstance(e["type"], list) else [e["type"]]
            assert set(t) <= types, p
            for who in (e.get("source"), e.get("target")):
                for n in (who if isinstance(who, list) else [who]):
                    assert n is None or n in names, (p, n)


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
def test_extractor_never_crashes_and_spans_hold(text):
    from policyevents.extract.ingest import Article

    ex = _extractor()
    rows = ex.extract(Article("x", None, None, None, None, None, "0" * 64, "utf-8", text))
    for m in rows.mentions:
        assert text[m["char_start"]:m["char_end"]] == m["text"]
    for t in (rows.events, rows.agreements, rows.indicators):
        for r in t:
            assert text[r["char_start"]:r["char_end"]] == r["evidence"]


_EX = []


def _extractor():
    from policyevents.extract.pipeline import Extractor

    if not _EX:
        _EX.append(Extractor())
    return _EX[0]


def test_every_devset_article_has_its_batch_and_split_in_the_manifest():
    """tests/devset/batches.tsv names each development article's split and batch (QUALITY.md's
    per-batch tables are computed from it by scripts/devset_report.py)."""
    import csv

    with open(DEVSET / "batches.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    listed = {(r["article_id"], r["split"]) for r in rows}
    on_disk = {(p.stem, split) for split in ("tune", "test") for p in (DEVSET / split / "gold").glob("*.yaml")}
    assert listed == on_disk
    assert all(r["batch"] for r in rows)


def test_published_coder_agreement_is_what_the_second_coding_gives():
    """QUALITY.md's "How consistent is the gold?" rows for the two codings are computed figures."""
    from policyevents.evaluate import agreement

    text = (ROOT / "QUALITY.md").read_text(encoding="utf-8")
    rows = {}
    for m in re.finditer(r"^\| (second coding|gold) \| (gold|second coding) \| ([\d.]+) \| ([\d.]+) \(([\d.]+) / ([\d.]+)\) \| "
                         r"([\d.]+) \| ([\d.]+) \|$", text, re.M):
        rows[m.group(1)] = [float(x) for x in m.groups()[2:]]
    assert set(rows) == {"second coding", "gold"}
    second, gold = DEVSET / "second_coding", DEVSET / "tune" / "gold"
    for name, (a, b) in (("second coding", (second, gold)), ("gold", (gold, second))):
        o = agreement(a, b)["overall"]
        got = [o["actors"]["f1"], o["events"]["f1"], o["events"]["precision"], o["events"]["recall"],
               o["agreements"]["f1"], o["indicators"]["f1"]]
        assert [round(x, 2) for x in got] == rows[name], (name, got)
