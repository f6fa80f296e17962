"""Load the dictionaries under ``policyevents/lexicon/`` into one immutable ``Lexicon`` value.

The lexicon is data, reviewed like code: each file starts with a comment saying what belongs in
it. It is loaded once per build and passed explicitly to the stages (no module-level state).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    org_type: str
    country: str | None


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    country: str
    office: str
    since: int | None
    until: int | None


@dataclass(frozen=True)
class Title:
    title: str
    kind: str
    acts_for_state: bool


@dataclass(frozen=True)
class Cue:
    cue: str
    pos: str
    type: str
    mode: str | None
    flags: frozenset[str]
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    titles: tuple[Title, ...]
    cues: tuple[Cue, ...]
    speech_verbs: frozenset[str]
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    group_nouns: frozenset[str]
    group_heads: frozenset[str]
    evaluative: tuple[tuple[str, str, bool], ...]
    group_heads_modified: frozenset[str]
    state_nouns: frozenset[str]
    collective_orgs: tuple[str, ...]
    not_names: frozenset[str]
    regions: tuple[str, ...]
    persons: tuple[Person, ...] = ()
    fingerprint: str = field(default="")

    # derived lookups -------------------------------------------------------------------------
    def country(self, iso3: str) -> Country | None:
        for c in self.countries:
            if c.iso3 == iso3:
                return c
        return None


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    header, body = rows[0], rows[1:]
    for i, r in enumerate(body):
        if len(r) < len(header):
            r.extend([""] * (len(header) - len(r)))
        elif len(r) > len(header):
            raise ValueError(f"{path.name}: row {i + 1} has {len(r)} fields, expected {len(header)}: {r!r}")
    return [header] + body


def _words(path: Path) -> list[str]:
    return [
        ln.strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def verb_forms(lemma: str) -> tuple[str, ...]:
    """Regular English inflections of a verb lemma (base, 3sg, past, -ing)."""
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def noun_forms(noun: str) -> tuple[str, ...]:
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return (noun, noun + "es")
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return (noun, noun[:-1] + "ies")
    return (noun, noun + "s")


def load_lexicon(directory: Path | None = None) -> Lexicon:
    d = Path(directory or paths.lexicon_dir())
    digest = hashlib.sha256()
    for p in sorted(d.iterdir()):
        if p.suffix in {".tsv", ".txt"}:
            digest.update(p.name.encode() + b"\0" + p.read_bytes())

    rows = _rows(d / "countries.tsv")
    h = rows[0]
    countries = tuple(
        Country(
            iso3=r[h.index("iso3")].strip(),
            name=r[h.index("name")].strip(),
            aliases=_split(r[h.index("aliases")]),
            demonyms=_split(r[h.index("demonyms")]),
            capitals=_split(r[h.index("capitals")]),
        )
        for r in rows[1:]
    )
    rows = _rows(d / "organizations.tsv")
    h = rows[0]
    orgs = tuple(
        Organization(
            name=r[h.index("name")].strip(),
            aliases=_split(r[h.index("aliases")]),
            org_type=r[h.index("org_type")].strip(),
            country=r[h.index("country")].strip() or None,
        )
        for r in rows[1:]
    )
    rows = _rows(d / "persons.tsv")
    h = rows[0]
    year = lambda v: int(v) if v.strip() else None
    persons = tuple(
        Person(name=r[h.index("name")].strip(), aliases=_split(r[h.index("aliases")]), country=r[h.index("country")].strip(),
               office=r[h.index("office")].strip(), since=year(r[h.index("from")]), until=year(r[h.index("to")]))
        for r in rows[1:]
    )
    rows = _rows(d / "titles.tsv")
    titles = tuple(Title(r[0].strip(), r[1].strip(), r[2].strip() == "yes") for r in rows[1:])
    rows = _rows(d / "event_cues.tsv")
    cues = []
    for r in rows[1:]:
        cue, pos, typ, mode, flags = (x.strip() for x in r[:5])
        fl = {x.strip() for x in flags.split(",") if x.strip()}
        forms: tuple[str, ...] | None = None
        for x in list(fl):
            if x.startswith("forms="):
                forms = _split(x[len("forms="):])
                fl.discard(x)
        if forms is None:
            forms = verb_forms(cue) if pos == "v" else noun_forms(cue) if pos == "n" else (cue,)
        cues.append(Cue(cue, pos, typ, mode or None, frozenset(fl), forms))
    speech = set()
    for lemma in _words(d / "speech_verbs.txt"):
        speech.update(verb_forms(lemma))
    speech.update({"said", "told", "wrote"})
    return Lexicon(
        countries=countries,
        organizations=orgs,
        titles=titles,
        cues=tuple(cues),
        speech_verbs=frozenset(speech),
        org_heads=frozenset(_words(d / "org_heads.txt")),
        place_heads=frozenset(_words(d / "place_heads.txt")),
        group_nouns=frozenset(_words(d / "group_nouns.txt")),
        evaluative=tuple((r[0].strip(), r[1].strip(), r[2].strip() == "yes") for r in _rows(d / "evaluative.tsv")[1:]),
        group_heads=frozenset(w for w in _words(d / "group_heads.txt") if not w.startswith("+")),
        group_heads_modified=frozenset(w[1:] for w in _words(d / "group_heads.txt") if w.startswith("+")),
        state_nouns=frozenset(_words(d / "state_nouns.txt")),
        collective_orgs=tuple(_words(d / "collective_orgs.txt")),
        not_names=frozenset(_words(d / "not_names.txt")),
        regions=tuple(_words(d / "regions.txt")),
        persons=persons,
        fingerprint=digest.hexdigest()[:16],
    )
