"""Versions, changelog and the release script (issue #4, parts 1 and 7).

One version everywhere: policyevents/_version.py (read by hatch for the package version),
policyevents.__version__, datapackage.json, CITATION.cff and the top CHANGELOG entry, whose row
counts and fingerprint must be those of the shipped dataset (regenerate them with
``python scripts/release.py changelog``).
"""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

import policyevents

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import release  # noqa: E402


def test_one_version_everywhere():
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "policyevents/_version.py"
    v = policyevents.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", v) and policyevents.version() == v
    assert release.read_version(ROOT) == v
    desc = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["version"] == v and desc["x_policyevents"]["code_version"] == v
    assert str(yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))["version"]) == v
    assert release.parse_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))[0].version == v


def test_changelog_top_entry_has_the_counts_and_fingerprint_of_the_shipped_data():
    """A data change cannot land without its changelog entry (python scripts/release.py changelog)."""
    desc = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    top = release.parse_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))[0]
    assert top.version == desc["version"]
    assert top.counts == {r["name"]: r["x_rows"] for r in desc["resources"]}
    assert set(top.counts) == set(policyevents.tables())
    assert top.fingerprint == desc["x_policyevents"]["fingerprint"]
    assert release.problems(ROOT) == []


DESC = {"version": "0.2.0", "x_policyevents": {"fingerprint": "sha256:" + "b" * 64, "rules_version": "2", "lexicon_fingerprint": "x"},
        "resources": [{"name": "articles", "x_rows": 3}, {"name": "events", "x_rows": 40}]}
OLD = """# Changelog

Intro.

## 0.1.0 (2025-03-01)

First.

<!-- counts:start -->
| table | before | after |
|---|---:|---:|
| `articles` | – | 1 |
| `events` | – | 17 |

Content fingerprint: `sha256:{a}`
<!-- counts:end -->
""".replace("{a}", "a" * 64)


def test_changelog_counts_are_regenerated_for_the_top_entry_only():
    text = release.new_entry(OLD, "0.2.0")
    assert text.index("## 0.2.0 (unreleased)") < text.index("## 0.1.0 (2025-03-01)") and release.TODO in text
    out = release.write_counts(text, DESC)
    top, prev = release.parse_changelog(out)
    assert (top.version, top.date) == ("0.2.0", "unreleased")
    assert top.counts == {"articles": 3, "events": 40} and top.before == {"articles": 1, "events": 17}
    assert top.fingerprint == DESC["x_policyevents"]["fingerprint"]
    assert prev.counts == {"articles": 1, "events": 17} and prev.fingerprint == "sha256:" + "a" * 64
    assert release.write_counts(out, DESC) == out  # idempotent
    changed = {**DESC, "resources": [{"name": "articles", "x_rows": 4}, {"name": "events", "x_rows": 41}]}
    assert release.parse_changelog(release.write_counts(out, changed))[0].counts == {"articles": 4, "events": 41}


def test_a_released_entry_is_not_rewritten():
    desc = {**DESC, "version": "0.1.0"}
    with pytest.raises(release.ReleaseError, match=r"0\.1\.0 was released on 2025-03-01.*bump"):
        release.write_counts(OLD, desc)
    with pytest.raises(release.ReleaseError, match="top entry is 0.1.0, the dataset is 0.2.0"):
        release.write_counts(OLD, DESC)


def test_bumped_versions():
    assert [release.bumped("1.4.2", p) for p in ("patch", "minor", "major")] == ["1.4.3", "1.5.0", "2.0.0"]
    with pytest.raises(release.ReleaseError):
        release.bumped("1.4", "patch")


@pytest.mark.slow
def test_release_script_bumps_rebuilds_checks_the_changelog_and_prints_the_citation(tmp_path):
    """The whole release in a copy of the project (no git there, so no tags)."""
    root = tmp_path / "proj"
    ignore = shutil.ignore_patterns("__pycache__", ".policyevents*")
    for d in ("policyevents", "schemas", "scripts"):
        shutil.copytree(ROOT / d, root / d, ignore=ignore)
    shutil.copytree(ROOT / "data", root / "data", ignore=ignore)
    for f in ("CHANGELOG.md", "CITATION.cff", "datapackage.json", "pyproject.toml"):
        shutil.copy(ROOT / f, root / f)
    env = {**os.environ, "PYTHONPATH": str(root)}

    def run(*args):
        return subprocess.run([sys.executable, str(root / "scripts" / "release.py"), *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True)

    old = release.parse_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))[0]
    v = release.bumped(old.version, "minor")
    r = run("release", "--bump", "minor", "--date", "2030-01-02")
    assert r.returncode == 1 and "describe the release" in r.stderr and v in r.stderr  # the TODO stops it
    assert release.read_version(root) == v
    log = root / "CHANGELOG.md"
    log.write_text(re.sub(r"- TODO: .*", "- Test release.", log.read_text(encoding="utf-8")), encoding="utf-8")
    r = run("release", "--date", "2030-01-02")
    assert r.returncode == 0, r.stderr
    desc = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["version"] == v
    cff = yaml.safe_load((root / "CITATION.cff").read_text(encoding="utf-8"))
    assert str(cff["version"]) == v and str(cff["date-released"]) == "2030-01-02"
    top, prev = release.parse_changelog(log.read_text(encoding="utf-8"))[:2]
    assert (top.version, top.date) == (v, "2030-01-02") and prev.version == old.version
    assert top.before == prev.counts and top.counts == {r["name"]: r["x_rows"] for r in desc["resources"]}
    assert f"version = {{{v}}}" in r.stdout and "year = {2030}" in r.stdout and desc["x_policyevents"]["fingerprint"] in r.stdout
    assert f"git tag -a v{v}" in r.stdout
    assert run("check").returncode == 0
    # a data change after the release cannot be written into the released entry
    (root / "datapackage.json").write_text(json.dumps({**desc, "x_policyevents": {**desc["x_policyevents"],
                                                        "fingerprint": "sha256:" + "c" * 64}}), encoding="utf-8")
    r = run("changelog")
    assert r.returncode == 1 and "bump" in r.stderr
    assert run("check").returncode == 1

