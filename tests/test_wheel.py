"""Installable (issue #4, part 6): the wheel ships the published tables, schemas, lexicon and
CITATION.cff (never the raw corpus or the tests), and works after a non-editable install into a
fresh virtual environment, from any directory."""

import json
import subprocess
import sys
import zipfile

import pytest

import policyevents

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    r = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    (whl,) = out.glob("policyevents-*.whl")
    return whl


def test_wheel_contents(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        desc = json.loads(z.read("policyevents/_dataset/datapackage.json"))
        shipped = {r["name"]: z.read(f"policyevents/_dataset/{r['path']}") for r in desc["resources"]}
        metadata = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert wheel.name.startswith(f"policyevents-{policyevents.__version__}-")
    assert f"\nVersion: {policyevents.__version__}\n" in metadata
    assert desc == json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert set(shipped) == set(policyevents.tables())
    for r in desc["resources"]:
        assert f"policyevents/_dataset/{r['path']}" in names and f"policyevents/_dataset/{r['schema']}" in names
        assert len(shipped[r["name"]]) == r["x_bytes"]
    assert "policyevents/_dataset/CITATION.cff" in names
    lexicon = {f"policyevents/lexicon/{p.name}" for p in (ROOT / "policyevents" / "lexicon").iterdir() if p.is_file()}
    assert lexicon and lexicon <= names
    modules = {f"policyevents/{p.relative_to(ROOT / 'policyevents').as_posix()}" for p in (ROOT / "policyevents").rglob("*.py")}
    assert modules <= names
    # not shipped: the raw corpus, the tests, the build inputs
    assert not [n for n in names if n.startswith(("data/", "tests/", "policyevents/_dataset/data/articles/"))
                or "/articles/" in n or n.endswith(("articles.csv", "corrections.yaml"))]
    assert not [n for n in names if n.endswith(".txt") and not n.startswith("policyevents/lexicon/") and ".dist-info/" not in n]


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_works_from_any_directory(wheel, tmp_path):
    """pip install (non-editable) with the pinned dependencies from PyPI, then use it elsewhere."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py, exe = venv / "bin" / "python", venv / "bin" / "policyevents"
    r = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-c", str(ROOT / "requirements.lock"), str(wheel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = "import policyevents; print(policyevents.load('events').shape); print(policyevents.__file__)"
    r = subprocess.run([str(py), "-c", code], cwd=elsewhere, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    shape, where = r.stdout.splitlines()
    desc = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    n_events = next(x["x_rows"] for x in desc["resources"] if x["name"] == "events")
    assert shape == str((n_events, len(policyevents.schema.field_names("events"))))
    assert where.startswith(str(venv)) and str(ROOT) not in where  # the installed copy, not the checkout
    r = subprocess.run([str(exe), "cite", "--format", "bibtex"], cwd=elsewhere, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"version = {{{policyevents.__version__}}}" in r.stdout and desc["x_policyevents"]["fingerprint"] in r.stdout
    r = subprocess.run([str(exe), "query", "select count(*) as n from actors", "--format", "json"], cwd=elsewhere,
                       capture_output=True, text=True)
    assert r.returncode == 0 and json.loads(r.stdout)[0]["n"] == next(x["x_rows"] for x in desc["resources"] if x["name"] == "actors")
