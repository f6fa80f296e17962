"""Citation (issue #4, part 2): CITATION.cff is valid CFF 1.2.0, and `cite` names version and fingerprint."""

import datetime as dt
import json
import subprocess
import sys

import jsonschema
import pytest
import yaml

import policyevents
from policyevents.citation import CitationError
from policyevents.errors import IntegrityError

from conftest import ROOT

# The official CFF 1.2.0 JSON schema (https://citation-file-format.github.io/1.2.0/schema.json, CC-BY-4.0),
# vendored so that the check runs offline.
CFF_SCHEMA = json.loads((ROOT / "tests" / "data" / "cff-1.2.0.schema.json").read_text(encoding="utf-8"))


def cff_errors(doc: dict) -> list[str]:
    doc = json.loads(json.dumps(doc, default=lambda v: v.isoformat() if isinstance(v, dt.date) else str(v)))
    v = jsonschema.Draft7Validator(CFF_SCHEMA, format_checker=jsonschema.FormatChecker())
    return [f"{list(e.path)}: {e.message}" for e in v.iter_errors(doc)]


def test_citation_cff_is_valid_cff_1_2_0_for_the_dataset():
    doc = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff_errors(doc) == []
    assert doc["cff-version"] == "1.2.0" and doc["type"] == "dataset"
    assert str(doc["version"]) == policyevents.__version__


def test_the_schema_check_rejects_a_bad_cff():
    doc = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff_errors({**doc, "type": "data"}) and cff_errors({k: v for k, v in doc.items() if k != "authors"})


def test_bibtex_names_version_and_fingerprint_of_the_dataset_held(built):
    desc = policyevents.datapackage(built)
    fp = desc["x_policyevents"]["fingerprint"]
    bib = policyevents.cite("bibtex", built)
    assert bib.startswith("@misc{policyevents_") and bib.rstrip().endswith("}")
    assert bib.count("{") == bib.count("}")
    assert f"version = {{{desc['version']}}}" in bib and fp in bib
    assert "policyevents contributors" in bib and "title = {" in bib


def test_apa_and_cff_formats(built):
    desc = policyevents.datapackage(built)
    fp = desc["x_policyevents"]["fingerprint"]
    apa = policyevents.cite("apa", built)
    assert f"(Version {desc['version']}) [Data set]" in apa and fp in apa
    cff = yaml.safe_load(policyevents.cite("cff", built))
    assert cff_errors(cff) == []
    assert str(cff["version"]) == desc["version"] and cff["type"] == "dataset"
    assert any(i["value"] == fp and i["type"] == "other" for i in cff["identifiers"])


def test_cite_command_prints_the_same_as_the_function(built, tmp_path):
    for fmt in ("bibtex", "apa", "cff"):
        r = subprocess.run([sys.executable, "-m", "policyevents.cli", "cite", "--format", fmt, "--dir", str(built)],
                           cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        assert r.stdout == policyevents.cite(fmt, built)
    # default: the shipped dataset, from any directory
    r = subprocess.run([sys.executable, "-m", "policyevents.cli", "cite"], cwd=tmp_path, capture_output=True, text=True)
    shipped = policyevents.datapackage()
    assert r.returncode == 0 and f"version = {{{shipped['version']}}}" in r.stdout
    assert shipped["x_policyevents"]["fingerprint"] in r.stdout


def test_cite_refuses_a_dataset_whose_files_do_not_match(broken_copy, tmp_path):
    f = broken_copy / "data" / "events.parquet"
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0xFF
    f.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="events.parquet"):
        policyevents.cite("bibtex", broken_copy)
    r = subprocess.run([sys.executable, "-m", "policyevents.cli", "cite", "--dir", str(broken_copy)],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 1 and "events.parquet" in r.stderr and "Traceback" not in r.stderr


def test_unknown_format_is_an_error(built):
    with pytest.raises(CitationError, match="bibtex, apa, cff"):
        policyevents.cite("mla", built)
