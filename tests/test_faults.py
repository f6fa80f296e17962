"""Nothing half-written: a killed, crashed, failing or concurrent build leaves the previous dataset
loading and validating, and the next build completes.

The invariant checked after every fault: ``policyevents.load(path=out)`` works, ``validate_dir(out)``
finds no error, and the dataset is either the previous one or the complete new one (by content
fingerprint), never a mix.
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import policyevents
from policyevents.build import LOCK, STAGING, _lock, assemble, build, write_tables
from policyevents.errors import BuildLockedError, ValidationFailed
from policyevents.extract.pipeline import Extractor
from policyevents.validate import check_integrity, validate_dir

from conftest import CORPUS, DEVSET


@pytest.fixture(scope="module")
def new_src(tmp_path_factory) -> Path:
    """Ten development-set articles copied aside (so that edits to the dev set during a run cannot
    change them): a build long enough to be killed at several points."""
    import csv

    src = DEVSET / "tune" / "articles"
    dst = tmp_path_factory.mktemp("new") / "articles"
    dst.mkdir()
    with open(src / "articles.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = sorted(reader, key=lambda r: r["article_id"])[:10]
        fields = reader.fieldnames
    with open(dst / "articles.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    for r in rows:
        (dst / f"{r['article_id']}.txt").write_bytes((src / f"{r['article_id']}.txt").read_bytes())
    return dst


def _cli_build(articles: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "policyevents.cli", "build", "--articles", str(articles),
                             "--out", str(out), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _fingerprint(out: Path) -> str:
    return policyevents.datapackage(out)["x_policyevents"]["fingerprint"]


def _files(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != LOCK and STAGING not in p.parts}


def _assert_intact(out: Path, allowed: set[str], frictionless: bool = True) -> str:
    fp = _fingerprint(out)
    assert fp in allowed, "the dataset is neither the previous one nor the new one"
    tables = policyevents.load(path=out)  # checks every file's hash against datapackage.json
    assert len(tables["articles"]) > 0
    assert validate_dir(out, frictionless=frictionless) == []
    return fp


@pytest.fixture()
def previous(tmp_path) -> tuple[Path, str]:
    """A dataset folder holding a build of the project corpus (the 'previous' dataset)."""
    out = tmp_path / "ds"
    build(CORPUS, out)
    return out, _fingerprint(out)


@pytest.fixture(scope="module")
def new_reference(tmp_path_factory, new_src) -> tuple[str, float]:
    """Fingerprint and wall time of an uninterrupted CLI build of new_src (what a finished build gives)."""
    out = tmp_path_factory.mktemp("reference")
    t0 = time.monotonic()
    p = _cli_build(new_src, out)
    _, err = p.communicate()
    assert p.returncode == 0, err
    return _fingerprint(out), time.monotonic() - t0


def test_sigkill_at_increasing_delays_never_leaves_a_broken_dataset(previous, new_reference, new_src):
    """SIGKILL a second build at three points spread over a build's duration, then once right after
    its staging folder appears (files being written and validated); after each kill the folder
    holds the previous or the new dataset, whole. No test hook: real processes, real kills."""
    out, old_fp = previous
    new_fp, duration = new_reference
    assert new_fp != old_fp
    killed_mid_build = 0
    for k in range(1, 4):
        p = _cli_build(new_src, out)
        time.sleep(duration * k / 4)
        p.send_signal(signal.SIGKILL)
        p.communicate()
        killed_mid_build += p.returncode == -signal.SIGKILL and _fingerprint(out) == old_fp
        _assert_intact(out, {old_fp, new_fp}, frictionless=False)  # full validation at the end
    assert killed_mid_build >= 1, "no kill landed before the publish: the test did not test anything"

    if _fingerprint(out) != old_fp:  # a late kill let the new dataset through: put the previous one back
        build(CORPUS, out)
    p = _cli_build(new_src, out)
    deadline = time.monotonic() + 10 * duration
    while not (out / STAGING).exists() and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    p.send_signal(signal.SIGKILL)
    p.communicate()
    _assert_intact(out, {old_fp, new_fp}, frictionless=False)

    p = _cli_build(new_src, out)  # the next build discards or finishes what was left, and completes
    _, err = p.communicate()
    assert p.returncode == 0, err
    assert _assert_intact(out, {new_fp}) == new_fp
    assert not (out / STAGING).exists()


def _stage_new_dataset(out: Path, new_src: Path) -> None:
    """What a build leaves when killed between moving its first and last file into place:
    a validated staging folder with its READY marker, half of whose files are already moved."""
    tables, _ = assemble(new_src)
    staging = out / STAGING
    write_tables(tables, staging, sources=[{"title": "test"}])
    (staging / "READY").write_text("validated\n")
    moved = sorted(p for p in (staging / "data").iterdir())[::2]
    for p in moved:
        os.replace(p, out / "data" / p.name)


def test_reader_finishes_a_publish_killed_half_way(previous, new_src):
    """Deterministic version of the one window the kill loop rarely hits: the old datapackage.json
    with some new files. Readers (load, connect, validate via load) roll the publish forward under
    the build lock instead of failing on hash mismatches."""
    out, old_fp = previous
    _stage_new_dataset(out, new_src)
    assert check_integrity(out), "the half-moved state is not self-consistent (that is the hazard)"
    tables = policyevents.load(path=out)
    assert not (out / STAGING).exists()
    assert _fingerprint(out) != old_fp and len(tables["articles"]) == 10
    assert validate_dir(out) == []


def test_next_build_finishes_a_publish_killed_half_way(previous, new_src):
    out, old_fp = previous
    _stage_new_dataset(out, new_src)
    report = build(CORPUS, out)
    assert not (out / STAGING).exists()
    assert _fingerprint(out) == old_fp and report.n_articles == 1
    assert validate_dir(out) == []


def test_unfinished_staging_is_ignored_by_readers_and_discarded_by_the_next_build(previous):
    out, old_fp = previous
    (out / STAGING / "data").mkdir(parents=True)
    (out / STAGING / "data" / "events.parquet").write_bytes(b"PAR1 half written")
    _assert_intact(out, {old_fp})
    assert (out / STAGING).exists(), "a reader must not touch a staging folder without READY"
    build(CORPUS, out, frictionless=False)
    assert not (out / STAGING).exists()


def test_validation_failure_leaves_the_previous_dataset(previous, monkeypatch, capsys):
    out, old_fp = previous
    before = _files(out)
    real = Extractor.extract

    def bad_extract(self, art):
        rows = real(self, art)
        rows.events[0]["evidence"] += " (not in the text)"
        return rows

    monkeypatch.setattr(Extractor, "extract", bad_extract)
    with pytest.raises(ValidationFailed, match="span-mismatch"):
        build(CORPUS, out)
    assert _files(out) == before and not (out / STAGING).exists()
    from policyevents.cli import main

    assert main(["build", "--articles", str(CORPUS), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "error [validation-failed]" in err and "span-mismatch: events" in err and "Traceback" not in err
    monkeypatch.undo()
    _assert_intact(out, {old_fp})


def test_crash_while_writing_leaves_the_previous_dataset(previous, monkeypatch):
    out, old_fp = previous
    before = _files(out)
    import policyevents.build as b

    real = b.write_tables

    def crash(tables, dest, **kw):
        real(tables, dest, **kw)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(b, "write_tables", crash)
    with pytest.raises(OSError, match="No space left"):
        build(CORPUS, out)
    assert _files(out) == before and not (out / STAGING).exists()
    monkeypatch.undo()
    _assert_intact(out, {old_fp})


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd (Linux) to name an fsynced descriptor's file")
def test_every_published_file_is_flushed_before_the_ready_marker(previous, monkeypatch):
    """Durability: each staged file is fsynced before READY says the staging folder is complete, and
    the dataset folder is fsynced after the renames."""
    import policyevents.build as b

    out, _ = previous
    synced: list[tuple[str, bool]] = []  # (path, READY existed at the time)
    real_fsync = b.os.fsync

    def spy(fd):
        path = os.readlink(f"/proc/self/fd/{fd}")
        synced.append((path, (out / STAGING / "READY").exists()))
        return real_fsync(fd)

    monkeypatch.setattr(b.os, "fsync", spy)
    build(CORPUS, out)
    before_marker = {Path(p).relative_to(out / STAGING) for p, ready in synced if not ready and p.startswith(str(out / STAGING) + "/")}
    published = {p.relative_to(out) for p in out.rglob("*") if p.is_file() and p.name != ".policyevents.lock"}
    assert published and published <= before_marker, published - before_marker
    assert synced[-1][0] == str(out), "the dataset folder is flushed last, after the renames"


def test_second_build_is_refused_while_one_holds_the_lock(previous):
    """While a build holds the lock (here: this process), another build, as a separate process,
    stops with exit 2 and a message naming the folder and the lock; the dataset is untouched."""
    out, old_fp = previous
    before = _files(out)
    with _lock(out):
        p = _cli_build(CORPUS, out, "--no-frictionless")
        stdout, err = p.communicate()
        assert p.returncode == 2, (stdout, err)
        assert f"policyevents build: error [locked]: another build is writing to {out}" in err
        assert str(out / LOCK) in err and "Traceback" not in err
        with pytest.raises(BuildLockedError):
            build(CORPUS, out)
        assert _files(out) == before
    _assert_intact(out, {old_fp})
    p = _cli_build(CORPUS, out, "--no-frictionless")  # once the lock is released the build goes through
    assert p.communicate() and p.returncode == 0


def test_two_builds_at_once_do_not_corrupt_the_dataset(tmp_path):
    """Two real builds of the same corpus started together into the same new folder: each either
    completes or is refused with the lock message, and the result is the complete dataset."""
    out = tmp_path / "ds"
    ref = tmp_path / "ref"
    build(CORPUS, ref)
    procs = [_cli_build(CORPUS, out), _cli_build(CORPUS, out)]
    results = [(p.returncode, err) for p in procs for _, err in [p.communicate()]]
    assert all(code == 0 or (code == 2 and "error [locked]" in err and "Traceback" not in err) for code, err in results), results
    assert any(code == 0 for code, _ in results)
    _assert_intact(out, {_fingerprint(ref)})
    assert not (out / STAGING).exists()
