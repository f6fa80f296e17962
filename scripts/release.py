"""Release the dataset, or keep CHANGELOG.md in step with the shipped data.

The package version is the dataset version. It lives in policyevents/_version.py and is repeated in
CITATION.cff, datapackage.json (written by the build) and the top entry of CHANGELOG.md; a test
(tests/test_release.py) checks they agree and that the top entry's row counts and fingerprint are
those of the shipped datapackage.json.

Usage (from anywhere; uses the Python that runs it, e.g. .venv/bin/python):

    python scripts/release.py changelog
        Rewrite the counts block (row counts before/after, fingerprint, rules version) of the top,
        unreleased CHANGELOG entry from the shipped datapackage.json. Run it after every rebuild of
        the shipped dataset (policyevents build) and commit CHANGELOG.md with the data.

    python scripts/release.py bump --bump patch|minor|major   (or --version X.Y.Z)
        Start the next version: set it in _version.py and CITATION.cff, add an unreleased
        CHANGELOG entry for it (with a TODO to describe it), rebuild the shipped dataset and write
        its counts. Needed before changing data whose version is already released.

    python scripts/release.py release [--bump patch|minor|major | --version X.Y.Z] [--date YYYY-MM-DD]
        Release: (bump if asked), rebuild the shipped dataset, validate it (frictionless included),
        write the counts, refuse while the entry still has a TODO, date the CHANGELOG entry and
        CITATION.cff (date-released), check everything agrees, print the citation and the git
        commands that commit and tag the release (v<version>).

    python scripts/release.py check
        Only check (exit status 1 and a list of problems if anything disagrees).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION_FILE = Path("policyevents/_version.py")
CFF = Path("CITATION.cff")
CHANGELOG = Path("CHANGELOG.md")
DATAPACKAGE = Path("datapackage.json")

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_VERSION_LINE = re.compile(r'^__version__ = "([^"]+)"$', re.M)
_HEADING = re.compile(r"^## (\S+) \((unreleased|\d{4}-\d{2}-\d{2})\)[ \t]*$", re.M)
_BLOCK = re.compile(r"<!-- counts:start[^>]*-->\n(.*?)<!-- counts:end -->", re.S)
_ROW = re.compile(r"^\| `?([a-z_]+)`? \| ([^|]+) \| ([^|]+) \|$", re.M)
_FPR = re.compile(r"Content fingerprint: `(sha256:[0-9a-f]{64})`")
TODO = "TODO"


class ReleaseError(Exception):
    pass


# -- versions ----------------------------------------------------------------------------------
def read_version(root: Path = ROOT) -> str:
    m = _VERSION_LINE.search((root / VERSION_FILE).read_text(encoding="utf-8"))
    if not m:
        raise ReleaseError(f"{root / VERSION_FILE}: no line __version__ = \"X.Y.Z\"")
    return m.group(1)


def bumped(version: str, part: str) -> str:
    m = _SEMVER.match(version)
    if not m:
        raise ReleaseError(f"version {version!r} is not X.Y.Z")
    major, minor, patch = map(int, m.groups())
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[part]


def write_version(root: Path, version: str) -> None:
    p = root / VERSION_FILE
    p.write_text(_VERSION_LINE.sub(f'__version__ = "{version}"', p.read_text(encoding="utf-8"), count=1), encoding="utf-8")


def cff_fields(root: Path = ROOT) -> dict:
    import yaml

    return yaml.safe_load((root / CFF).read_text(encoding="utf-8"))


def write_cff(root: Path, *, version: str, date: str | None) -> None:
    """Set version and date-released (None: remove it) in CITATION.cff, keeping its comments."""
    p = root / CFF
    text = p.read_text(encoding="utf-8")
    text, n = re.subn(r"^version: .*$", f"version: {version}", text, count=1, flags=re.M)
    if n != 1:
        raise ReleaseError(f"{p}: no top-level 'version:' line")
    text = re.sub(r"^date-released: .*\n", "", text, flags=re.M)
    if date:
        text = re.sub(r"^(version: .*\n)", rf"\g<1>date-released: {date}\n", text, count=1, flags=re.M)
    p.write_text(text, encoding="utf-8")


# -- changelog ---------------------------------------------------------------------------------
@dataclass
class Entry:
    version: str
    date: str  # "unreleased" or YYYY-MM-DD
    start: int  # offsets of the entry in the text
    end: int
    text: str
    counts: dict[str, int | None] = field(default_factory=dict)  # table -> after
    before: dict[str, int | None] = field(default_factory=dict)
    fingerprint: str | None = None


def _int(cell: str) -> int | None:
    cell = cell.strip()
    return int(cell) if cell.isdigit() else None


def parse_changelog(text: str) -> list[Entry]:
    heads = list(_HEADING.finditer(text))
    entries = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[h.start():end]
        e = Entry(h.group(1), h.group(2), h.start(), end, body)
        b = _BLOCK.search(body)
        if b:
            for row in _ROW.finditer(b.group(1)):
                if row.group(1) == "table":
                    continue
                e.before[row.group(1)] = _int(row.group(2))
                e.counts[row.group(1)] = _int(row.group(3))
            f = _FPR.search(b.group(1))
            e.fingerprint = f.group(1) if f else None
        entries.append(e)
    return entries


def counts_block(desc: dict, before: dict[str, int | None]) -> str:
    x = desc.get("x_policyevents", {})
    lines = ["<!-- counts:start (generated by scripts/release.py from datapackage.json; do not edit by hand) -->",
             "| table | before | after |", "|---|---:|---:|"]
    for r in desc["resources"]:
        b = before.get(r["name"])
        lines.append(f"| `{r['name']}` | {'–' if b is None else b} | {r['x_rows']} |")
    lines += ["", f"Content fingerprint: `{x.get('fingerprint')}`  ",
              f"Rules version {x.get('rules_version')}, lexicon fingerprint `{x.get('lexicon_fingerprint')}`.",
              "<!-- counts:end -->"]
    return "\n".join(lines)


def new_entry(text: str, version: str) -> str:
    """Insert an unreleased entry for ``version`` above the first entry."""
    entries = parse_changelog(text)
    stub = f"## {version} (unreleased)\n\n- {TODO}: say what changed in this release (articles, rules, corrections, schema).\n\n"
    at = entries[0].start if entries else len(text)
    return text[:at] + stub + text[at:]


def write_counts(text: str, desc: dict, *, path: Path = CHANGELOG) -> str:
    """Rewrite the counts block of the top entry (which must be for desc's version and unreleased)."""
    entries = parse_changelog(text)
    if not entries:
        raise ReleaseError(f"{path}: no entry '## X.Y.Z (unreleased)'")
    top = entries[0]
    if top.version != desc["version"]:
        raise ReleaseError(f"{path}: the top entry is {top.version}, the dataset is {desc['version']}")
    if top.date != "unreleased":
        if _counts_of(desc) == top.counts and desc["x_policyevents"]["fingerprint"] == top.fingerprint:
            return text
        raise ReleaseError(f"{path}: {top.version} was released on {top.date} and the data differ from it; start the "
                           f"next version first: python scripts/release.py bump --bump patch (or minor/major)")
    before = entries[1].counts if len(entries) > 1 else {}
    block = counts_block(desc, before)
    body = top.text
    if _BLOCK.search(body):
        body = _BLOCK.sub(lambda _: block, body, count=1)
    else:
        body = body.rstrip("\n") + "\n\n" + block + "\n\n"
    return text[:top.start] + body + text[top.end:]


def _counts_of(desc: dict) -> dict[str, int]:
    return {r["name"]: r["x_rows"] for r in desc["resources"]}


def date_entry(text: str, version: str, date: str) -> str:
    return re.sub(rf"^## {re.escape(version)} \(unreleased\)", f"## {version} ({date})", text, count=1, flags=re.M)


# -- checks ------------------------------------------------------------------------------------
def problems(root: Path = ROOT) -> list[str]:
    """Everything that disagrees between the version files, the dataset and the changelog."""
    out = []
    version = read_version(root)
    desc = json.loads((root / DATAPACKAGE).read_text(encoding="utf-8"))
    cff = cff_fields(root)
    if str(cff.get("version")) != version:
        out.append(f"CITATION.cff version {cff.get('version')} != {VERSION_FILE} {version}")
    if desc.get("version") != version:
        out.append(f"datapackage.json version {desc.get('version')} != {VERSION_FILE} {version} (rebuild the dataset)")
    if desc.get("x_policyevents", {}).get("code_version") != version:
        out.append(f"datapackage.json code_version {desc.get('x_policyevents', {}).get('code_version')} != {version}")
    entries = parse_changelog((root / CHANGELOG).read_text(encoding="utf-8"))
    if not entries:
        return out + ["CHANGELOG.md has no entry"]
    top = entries[0]
    if top.version != version:
        out.append(f"CHANGELOG.md top entry {top.version} != {version}")
    if top.counts != _counts_of(desc):
        out.append(f"CHANGELOG.md {top.version} row counts {top.counts} != datapackage.json {_counts_of(desc)} "
                   f"(run: python scripts/release.py changelog)")
    if top.fingerprint != desc.get("x_policyevents", {}).get("fingerprint"):
        out.append(f"CHANGELOG.md {top.version} fingerprint {top.fingerprint} != datapackage.json "
                   f"{desc.get('x_policyevents', {}).get('fingerprint')} (run: python scripts/release.py changelog)")
    if len(entries) > 1 and top.before != entries[1].counts:
        out.append(f"CHANGELOG.md {top.version} 'before' counts are not the 'after' counts of {entries[1].version}")
    if top.date != "unreleased" and str(cff.get("date-released")) != top.date:
        out.append(f"CITATION.cff date-released {cff.get('date-released')} != CHANGELOG.md {top.version} date {top.date}")
    return out


# -- commands ----------------------------------------------------------------------------------
def _run(*args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "policyevents.cli", *args], cwd=ROOT, capture_output=True, text=True,
                       env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    if r.returncode != 0:
        raise ReleaseError(f"policyevents {' '.join(args)} failed:\n{r.stdout}{r.stderr}")
    return r.stdout


def _descriptor() -> dict:
    return json.loads((ROOT / DATAPACKAGE).read_text(encoding="utf-8"))


def _tag_exists(version: str) -> bool:
    r = subprocess.run(["git", "tag", "--list", f"v{version}"], cwd=ROOT, capture_output=True, text=True)
    return bool(r.stdout.strip())


def cmd_changelog(_a) -> None:
    p = ROOT / CHANGELOG
    p.write_text(write_counts(p.read_text(encoding="utf-8"), _descriptor()), encoding="utf-8")
    print(f"{CHANGELOG}: counts of the top entry written from {DATAPACKAGE}")


def _start(version: str) -> None:
    if _tag_exists(version):
        raise ReleaseError(f"git tag v{version} exists: {version} is released; choose another version")
    write_version(ROOT, version)
    write_cff(ROOT, version=version, date=None)
    p = ROOT / CHANGELOG
    text = p.read_text(encoding="utf-8")
    entries = parse_changelog(text)
    if not entries or entries[0].version != version:
        p.write_text(new_entry(text, version), encoding="utf-8")
    print(f"version {version} set in {VERSION_FILE} and {CFF}")


def _target(a) -> str:
    current = read_version(ROOT)
    if getattr(a, "version", None):
        if not _SEMVER.match(a.version):
            raise ReleaseError(f"--version {a.version!r} is not X.Y.Z")
        return a.version
    return bumped(current, a.bump) if getattr(a, "bump", None) else current


def cmd_bump(a) -> None:
    version = _target(a)
    if version == read_version(ROOT):
        raise ReleaseError("give --bump or a --version other than the current one")
    _start(version)
    print(_run("build", "--no-frictionless"))
    cmd_changelog(a)
    print(f"next: describe {version} in {CHANGELOG}; release it with: python scripts/release.py release")


def cmd_release(a) -> None:
    version = _target(a)
    if a.date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.date):
        raise ReleaseError(f"--date {a.date!r} is not YYYY-MM-DD")
    if _tag_exists(version):
        raise ReleaseError(f"git tag v{version} exists: {version} is already released")
    if version != read_version(ROOT):
        _start(version)
    print(_run("build"))
    print(_run("validate"))
    cmd_changelog(a)
    p = ROOT / CHANGELOG
    top = parse_changelog(p.read_text(encoding="utf-8"))[0]
    if TODO in top.text:
        raise ReleaseError(f"{p}: the {version} entry still says {TODO}: describe the release there, then run: "
                           f"python scripts/release.py release")
    date = a.date or dt.date.today().isoformat()
    p.write_text(date_entry(p.read_text(encoding="utf-8"), version, date), encoding="utf-8")
    write_cff(ROOT, version=version, date=date)
    bad = problems(ROOT)
    if bad:
        raise ReleaseError("inconsistent after the release steps:\n  " + "\n  ".join(bad))
    print(_run("cite", "--format", "bibtex"))
    print(_run("cite", "--format", "apa"))
    files = " ".join(map(str, [VERSION_FILE, CFF, CHANGELOG, DATAPACKAGE, "data/*.parquet", "schemas"]))
    print(f"released {version} ({date}). Next:\n"
          f"  git add {files} && git commit -m 'Release {version}'\n"
          f"  git tag -a v{version} -m 'policyevents {version}' && git push --follow-tags\n"
          f"  python -m build && twine upload dist/policyevents-{version}*   # PyPI: pip install policyevents=={version}")


def cmd_check(_a) -> None:
    bad = problems(ROOT)
    if bad:
        raise ReleaseError("\n".join(bad))
    print(f"consistent: version {read_version(ROOT)}; CHANGELOG.md counts and fingerprint match datapackage.json")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("changelog", help="write the top entry's counts from datapackage.json").set_defaults(fn=cmd_changelog)
    sub.add_parser("check", help="check versions, counts and fingerprint agree").set_defaults(fn=cmd_check)
    for name, fn in (("bump", cmd_bump), ("release", cmd_release)):
        s = sub.add_parser(name)
        g = s.add_mutually_exclusive_group()
        g.add_argument("--bump", choices=["major", "minor", "patch"])
        g.add_argument("--version")
        if name == "release":
            s.add_argument("--date", help="release date YYYY-MM-DD (default: today)")
        s.set_defaults(fn=fn)
    a = p.parse_args(argv)
    try:
        a.fn(a)
    except ReleaseError as e:
        print(f"release.py {a.cmd}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
