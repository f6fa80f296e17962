import json
import subprocess
import sys

from conftest import CORPUS, shared


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "policyevents.cli", *args], cwd=cwd, capture_output=True, text=True)


def test_query_works_from_any_directory(tmp_path):
    r = run("query", "select event_type, count(*) from events group by 1", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "event_type" in r.stdout and "row" in r.stdout.splitlines()[-1]
    r = run("query", "--format", "json", "select count(*) as n from actors", cwd=tmp_path)
    assert json.loads(r.stdout)[0]["n"] > 0


def test_bad_sql_is_a_readable_error(tmp_path):
    r = run("query", "select * from nope", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "nope" in r.stderr


def test_build_validate_info_roundtrip(tmp_path):
    out = tmp_path / "ds"
    r = run("build", "--articles", str(CORPUS), "--out", str(out), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert run("validate", str(out), cwd=tmp_path).returncode == 0
    info = json.loads(run("info", str(out), "--json", cwd=tmp_path).stdout)
    assert info["tables"]["articles"] == 1 and info["version"]


def test_build_of_wikinews_validates_with_frictionless_cli(tmp_path):
    src = shared("corpora", "wikinews-gum")
    out = tmp_path / "wk"
    assert run("build", "--articles", str(src), "--out", str(out), cwd=tmp_path).returncode == 0
    r = subprocess.run([sys.executable, "-m", "frictionless", "validate", str(out / "datapackage.json")],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stdout[-2000:]


def test_missing_column_is_an_input_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "articles.csv").write_text("article_id,title\nx,y\n")
    r = run("build", "--articles", str(tmp_path / "in"), "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert r.returncode == 2 and "missing column" in r.stderr and "articles.csv" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "o" / "datapackage.json").exists()
