"""Whole-corpus builds (marked slow, run by the default ``pytest`` command and so in CI): every
article of ../shared/corpora/whitehouse-briefing-room (500) and ../shared/corpora/wikinews-gum (24)
is either extracted or listed in skipped_articles with a reason, and the dataset validates.

Validation choice, measured on the 2-core machine of this project (Nov 2026, load ~1): the
whitehouse build takes about 66 s with --no-frictionless, 100 s with frictionless; validating the
built whitehouse dataset takes 2.6 s with pandera + cross-table rules + integrity, and 36 s more
with frictionless row validation. The whitehouse build therefore runs with ``frictionless=False``
(pandera, foreign keys, spans and hashes still checked, at build time and again after publishing);
frictionless row validation of a real corpus is covered by the wikinews build here (and by
``test_cli.py``), which runs it in a few seconds.
"""

import csv
import hashlib
from pathlib import Path

import pytest

import policyevents
from policyevents.build import build
from policyevents.validate import validate_dir

from conftest import shared


def _assert_every_article_accounted_for(src: Path, out: Path) -> None:
    with open(src / "articles.csv", encoding="utf-8-sig", newline="") as f:
        listed = [r["article_id"] for r in csv.DictReader(f)]
    inputs = set(listed) | {p.stem for p in src.glob("*.txt")}
    tables = policyevents.load(path=out)
    arts, skipped = tables["articles"], tables["skipped_articles"]
    extracted = set(arts["article_id"])
    assert not extracted & set(skipped["article_id"])
    assert extracted | set(skipped["article_id"]) == inputs, "articles neither extracted nor listed as skipped"
    assert skipped["reason_code"].notna().all() and (skipped["message"].str.len() > 0).all()
    for aid, sha in zip(arts["article_id"], arts["sha256"]):
        assert hashlib.sha256((src / f"{aid}.txt").read_bytes()).hexdigest() == sha, aid
    info = policyevents.datapackage(out)["sources"][0]["title"]
    assert f"{len(extracted)} articles extracted, {len(skipped)} skipped" in info


@pytest.mark.slow
def test_whole_whitehouse_corpus_builds_and_validates(tmp_path):
    src = shared("corpora", "whitehouse-briefing-room")
    out = tmp_path / "wh"
    report = build(src, out, frictionless=False)
    assert report.n_articles + len(report.skipped) >= 500
    assert validate_dir(out, frictionless=False) == []
    _assert_every_article_accounted_for(src, out)


@pytest.mark.slow
def test_whole_wikinews_corpus_builds_and_validates_with_frictionless(tmp_path):
    src = shared("corpora", "wikinews-gum")
    out = tmp_path / "wk"
    report = build(src, out)  # frictionless row validation included
    assert report.n_articles + len(report.skipped) >= 24
    assert validate_dir(out) == []
    _assert_every_article_accounted_for(src, out)
