"""The broken-input corpus: ``tests/broken_inputs/<defect>/`` is an articles folder with one defect,
and its ``expected.yaml`` gives the documented outcome of each build of it (``runs``):

* ``error: <code>``: exit status 2, ``policyevents build: error [<code>]: ...`` on stderr naming the
  file (and line and field where there is one), no traceback, and nothing written: the output folder
  is not even created;
* ``skipped: {article_id: reason_code}``: exit status 0, the article is in ``skipped_articles`` with
  that reason and not in ``articles``, every other article of the folder (rows of articles.csv and
  .txt files) is in ``articles``, and the dataset validates;
* ``message``: fragments that must appear in the error (stderr) or in the skip message (build report
  on stdout and ``skipped_articles.message``).

The builds run in-process through ``policyevents.cli.main`` (a subprocess per case would triple the
time) with ``--no-frictionless`` (these datasets have a handful of rows; pandera and the cross-table
checks still run); ``test_cli_process_prints_no_traceback`` runs two of them as real processes.
"""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import policyevents
from policyevents.cli import main
from policyevents.validate import validate_dir

HERE = Path(__file__).resolve().parent / "broken_inputs"
FOLDERS = sorted(p for p in HERE.iterdir() if p.is_dir())
OUTCOME_KEYS = {"args", "exit", "error", "skipped", "message", "encoding"}


def _runs():
    for folder in FOLDERS:
        exp = folder / "expected.yaml"
        runs = yaml.safe_load(exp.read_text(encoding="utf-8"))["runs"] if exp.is_file() else []
        for i, run in enumerate(runs):
            yield pytest.param(folder, run, id=f"{folder.name}-{i}")


def _input_ids(folder: Path) -> set[str]:
    """Every article the folder mentions: rows of articles.csv and .txt files."""
    import csv

    ids = {p.stem for p in folder.glob("*.txt")}
    with open(folder / "articles.csv", encoding="utf-8", newline="") as f:
        ids |= {r["article_id"] for r in csv.DictReader(f)}
    return ids


def test_every_folder_has_a_documented_outcome():
    assert len(FOLDERS) >= 25
    for folder in FOLDERS:
        exp = folder / "expected.yaml"
        assert exp.is_file(), f"{folder.name}: no expected.yaml"
        doc = yaml.safe_load(exp.read_text(encoding="utf-8"))
        assert doc.get("defect") and doc.get("runs"), folder.name
        for run in doc["runs"]:
            assert set(run) <= OUTCOME_KEYS, (folder.name, set(run) - OUTCOME_KEYS)
            assert ("error" in run) != ("skipped" in run), folder.name
            assert run["exit"] == (2 if "error" in run else 0), folder.name
        assert any(p.name != "expected.yaml" for p in folder.rglob("*")), folder.name


def test_the_corpus_covers_every_reason_code_and_input_error():
    """No documented skip reason or input-error code is left without a broken example."""
    import json

    from conftest import ROOT

    schema = json.loads((ROOT / "schemas" / "skipped_articles.json").read_text(encoding="utf-8"))
    reasons = next(f for f in schema["fields"] if f["name"] == "reason_code")["constraints"]["enum"]
    runs = [r for folder in FOLDERS for r in yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["runs"]]
    covered_reasons = {c for r in runs for c in (r.get("skipped") or {}).values()}
    assert set(reasons) <= covered_reasons, set(reasons) - covered_reasons
    covered_errors = {r["error"] for r in runs if "error" in r}
    assert {"no-articles-csv", "missing-columns", "malformed-csv", "malformed-row", "duplicate-id", "unsafe-id",
            "bad-date", "csv-not-utf8", "no-articles"} <= covered_errors


@pytest.mark.parametrize("folder,run", list(_runs()))
def test_broken_input_gives_its_documented_outcome(folder, run, tmp_path, capsys):
    out = tmp_path / "out"
    status = main(["build", "--articles", str(folder), "--out", str(out), "--no-frictionless", *run["args"]])
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err + cap.out
    assert status == run["exit"], cap.err
    if "error" in run:
        assert cap.err.startswith(f"policyevents build: error [{run['error']}]: "), cap.err
        for frag in run["message"]:
            assert frag in cap.err, (frag, cap.err)
        assert not out.exists(), "an input error must not write anything"
        return
    assert cap.err == ""
    tables = policyevents.load(path=out)
    skipped = dict(zip(tables["skipped_articles"]["article_id"], tables["skipped_articles"]["reason_code"]))
    assert skipped == run["skipped"]
    extracted = set(tables["articles"]["article_id"])
    assert not extracted & set(skipped), "an article is both extracted and skipped"
    assert extracted | set(skipped) == _input_ids(folder), "an article is neither extracted nor listed as skipped"
    for aid, reason in skipped.items():
        msg = tables["skipped_articles"].set_index("article_id").loc[aid, "message"]
        assert f"skipped {aid} ({reason}): {msg}" in cap.out, "the build report must list the skipped article"
        for frag in run.get("message", []):
            assert frag in msg, (frag, msg)
    if "encoding" in run:
        assert dict(zip(tables["articles"]["article_id"], tables["articles"]["encoding"])) == run["encoding"]
    assert validate_dir(out, frictionless=False) == []


def test_cli_process_prints_no_traceback(tmp_path):
    """The same outcomes from a real ``python -m policyevents.cli`` process (error and skip)."""
    def run(folder, out):
        return subprocess.run([sys.executable, "-m", "policyevents.cli", "build", "--articles", str(HERE / folder),
                               "--out", str(tmp_path / out), "--no-frictionless"], capture_output=True, text=True)

    r = run("unsafe-id-dotdot", "o1")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "articles.csv, line 3, field 'article_id': article_id '../x' is not a safe file name" in r.stderr
    assert not (tmp_path / "o1").exists()
    r = run("not-utf8", "o2")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "skipped a2 (not_utf8): a2.txt is not valid UTF-8" in r.stdout


def test_missing_articles_folder_is_an_input_error(tmp_path, capsys):
    status = main(["build", "--articles", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2 and "error [no-folder]" in err and "nowhere" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_max_bytes_must_be_a_positive_integer(value, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "--articles", str(HERE / "oversize-body"), "--out", str(tmp_path / "out"), "--max-bytes", value])
    assert exc.value.code == 2
    assert "--max-bytes" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_unreadable_body_is_an_input_error_naming_the_file(tmp_path, capsys, monkeypatch):
    """A body that exists but cannot be read (permissions, I/O error) stops the build with the OS reason.
    Simulated: the tests may run as root, for whom chmod 000 does not prevent reading."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "a2.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    status = main(["build", "--articles", str(HERE / "empty-body"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2 and "error [unreadable]" in err and "a2.txt" in err and "Permission denied" in err
    assert not (tmp_path / "out").exists()


def test_readme_input_section_documents_every_outcome():
    """Every error code and skip reason the corpus produces is named in README's Input section."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Input\n"):readme.index("\n## ", readme.index("## Input\n") + 1)]
    runs = [r for folder in FOLDERS for r in yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["runs"]]
    codes = {r["error"] for r in runs if "error" in r and "--strict" not in r["args"]}
    codes |= {c for r in runs for c in (r.get("skipped") or {}).values()} | {"no-folder", "unreadable", "locked"}
    missing = sorted(c for c in codes if f"[`{c}`]" not in section and f"`error [{c}]`" not in section)
    assert not missing, f"README Input section does not document: {missing}"
    for flag in ("--max-bytes", "--encoding-fallback", "--strict", "--no-frictionless"):
        assert flag in section
