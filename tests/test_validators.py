"""Each validator (pandera, frictionless) catches a broken foreign key, a bad enum value and a bad span."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import policyevents
from policyevents.build import PARQUET_OPTIONS, sha256_file
from policyevents.errors import IntegrityError
from policyevents.schema import arrow_schema
from policyevents.validate import check_cross_table, check_frictionless, check_pandera, validate_dir, _read


def _rewrite(folder, table, mutate, fix_hash=True):
    path = folder / "data" / f"{table}.parquet"
    rows = pq.read_table(path).to_pylist()
    mutate(rows)
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), path, **PARQUET_OPTIONS)
    if fix_hash:
        desc = json.loads((folder / "datapackage.json").read_text())
        for r in desc["resources"]:
            if r["name"] == table:
                r["hash"] = "sha256:" + sha256_file(path)
                r["x_bytes"] = path.stat().st_size
        (folder / "datapackage.json").write_text(json.dumps(desc))


def _frames(folder):
    desc = json.loads((folder / "datapackage.json").read_text())
    return {t: _read(folder, desc, t) for t in policyevents.tables()}


def _types(errors):
    return {e["type"] for e in errors}


def test_valid_dataset_has_no_errors(built):
    assert validate_dir(built) == []


def test_broken_foreign_key(broken_copy):
    _rewrite(broken_copy, "events", lambda rows: rows[0].update(source_actor_id="act_000000000000"))
    assert "foreign-key" in _types(check_cross_table(_frames(broken_copy)))
    assert "frictionless:foreign-key" in _types(check_frictionless(broken_copy))


def test_bad_enum_value(broken_copy):
    _rewrite(broken_copy, "events", lambda rows: rows[0].update(event_type="DISAPPROVE"))
    assert any(t.startswith("pandera:isin") for t in _types(check_pandera(_frames(broken_copy))))
    assert "frictionless:constraint-error" in _types(check_frictionless(broken_copy))


def test_bad_span(broken_copy):
    # a span that runs past its evidence: caught by the cross-table span rule ...
    _rewrite(broken_copy, "indicators", lambda rows: rows[0].update(char_end=rows[0]["char_end"] + 1))
    assert "span-mismatch" in _types(check_cross_table(_frames(broken_copy)))
    # ... and a span that no schema can accept (end before start at 0) by both row validators
    _rewrite(broken_copy, "indicators", lambda rows: rows[0].update(char_end=0))
    assert any(t.startswith("pandera:greater_than_or_equal_to") for t in _types(check_pandera(_frames(broken_copy))))
    assert "frictionless:constraint-error" in _types(check_frictionless(broken_copy))


def test_edited_byte_is_refused_by_load_and_validate(broken_copy):
    path = broken_copy / "data" / "events.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="events.parquet"):
        policyevents.load("events", path=broken_copy)
    errors = validate_dir(broken_copy)
    assert any(e["type"] == "integrity" and "events.parquet" in e["message"] for e in errors)
