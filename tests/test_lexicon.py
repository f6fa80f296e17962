import pycountry

from policyevents.extract.lexicon import load_lexicon
from policyevents.schema import table_schema

LEX = load_lexicon()


def test_country_codes_are_iso3():
    for c in LEX.countries:
        assert c.iso3 == "XKX" or pycountry.countries.get(alpha_3=c.iso3), c


def test_no_surface_names_two_countries():
    seen = {}
    for c in LEX.countries:
        for s in (c.name, *c.aliases, *c.capitals, *c.demonyms):
            assert seen.setdefault(s, c.iso3) == c.iso3, s


def test_cues_use_plover_types_and_modes():
    ev = {f["name"]: f for f in table_schema("events")["fields"]}
    types = set(ev["event_type"]["constraints"]["enum"])
    modes = set(ev["event_mode"]["constraints"]["enum"])
    for c in LEX.cues:
        assert c.type in types and (c.mode is None or c.mode in modes), c
        assert c.forms and all(f.strip() == f for f in c.forms)


def test_persons_have_known_countries_unique_full_names_and_sane_years():
    from policyevents.extract.actors import normalize

    iso = {c.iso3 for c in LEX.countries}
    seen = {}
    assert len(LEX.persons) > 500
    for p in LEX.persons:
        assert p.country in iso, p
        assert p.office and (p.since is None or 1950 <= p.since <= 2026) and (p.until is None or p.since is None or p.since <= p.until), p
        for n in (p.name, *p.aliases):
            assert len(n.split()) >= 2, n  # never a bare surname: it would label every namesake
            assert seen.setdefault(normalize(n), p.name) == p.name, n
