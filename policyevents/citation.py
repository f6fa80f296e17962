"""Citations of a dataset: BibTeX, APA or CFF, with its version and content fingerprint.

Authors, title, license and links come from ``CITATION.cff`` (the repository's, or its copy shipped
in the wheel); the version and the content fingerprint come from the dataset's own
``datapackage.json``, after checking that its files match the recorded hashes, so the printed
fingerprint is that of the bytes the user holds. Importing this module is light (PyYAML is
imported on use).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import paths
from .errors import IntegrityError, PolicyEventsError

FORMATS = ("bibtex", "apa", "cff")


class CitationError(PolicyEventsError):
    code = "citation"


def _cff(folder: Path) -> dict:
    import yaml

    for p in (folder / "CITATION.cff", paths.citation_file()):
        if p.is_file():
            doc = yaml.safe_load(p.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or "title" not in doc or "authors" not in doc:
                raise CitationError(f"{p}: not a CITATION.cff with title and authors")
            return doc
    raise CitationError(f"no CITATION.cff found (looked in {folder} and {paths.citation_file()})")


def citation_data(path: str | Path | None = None) -> dict:
    """Metadata for a citation of the dataset in ``path`` (default: the shipped dataset)."""
    from .build import fingerprint
    from .dataset import _folder, datapackage
    from .validate import check_integrity

    folder = _folder(path)
    desc = datapackage(folder)
    errors = check_integrity(folder, desc)
    if errors:
        raise IntegrityError("cannot cite a dataset whose files do not match datapackage.json: "
                             + "; ".join(e["message"] for e in errors))
    recorded = desc.get("x_policyevents", {}).get("fingerprint")
    computed = "sha256:" + fingerprint(desc["resources"])
    if recorded != computed:
        raise IntegrityError(f"{folder / 'datapackage.json'}: recorded fingerprint {recorded} does not match the "
                             f"resources' hashes ({computed})")
    cff = _cff(folder)
    version = desc.get("version")
    date = cff.get("date-released") if str(cff.get("version")) == version else None
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    return {"cff": cff, "title": cff["title"], "authors": cff["authors"], "version": version, "date": date,
            "fingerprint": computed, "license": cff.get("license"), "doi": cff.get("doi"),
            "url": cff.get("url") or cff.get("repository-code") or cff.get("repository-artifact")}


def cite(format: str = "bibtex", path: str | Path | None = None) -> str:
    """The citation of the dataset in ``path`` (default: the shipped dataset) as text, in
    ``format`` "bibtex", "apa" or "cff"; it names the dataset version and content fingerprint."""
    if format not in FORMATS:
        raise CitationError(f"unknown citation format {format!r}; formats: {', '.join(FORMATS)}")
    d = citation_data(path)
    return {"bibtex": _bibtex, "apa": _apa, "cff": _cff_text}[format](d)


def _person(a: dict, *, apa: bool) -> str:
    if "name" in a and "family-names" not in a:
        return a["name"]
    family = " ".join(x for x in (a.get("name-particle"), a.get("family-names")) if x)
    given = a.get("given-names", "")
    if apa:
        initials = " ".join(p[0] + "." for p in given.replace("-", " ").split() if p)
        return f"{family}, {initials}" if initials else family
    return f"{family}, {given}" if given else family


def _bib_escape(s: str) -> str:
    for ch in "\\&%$#_{}":
        s = s.replace(ch, "\\" + ch if ch != "\\" else "\\textbackslash{}")
    return s


def _bibtex(d: dict) -> str:
    authors = " and ".join(
        "{" + _bib_escape(a["name"]) + "}" if "name" in a and "family-names" not in a else _bib_escape(_person(a, apa=False))
        for a in d["authors"])
    key = "policyevents_" + "".join(c if c.isalnum() else "_" for c in d["version"] or "unversioned")
    fields = [("author", authors), ("title", "{" + _bib_escape(d["title"]) + "}")]
    if d["date"]:
        fields.append(("year", str(d["date"].year)))
    fields.append(("version", _bib_escape(d["version"] or "")))
    if d["doi"]:
        fields.append(("doi", d["doi"]))
    if d["url"]:
        fields.append(("url", d["url"]))
    note = f"Dataset, version {d['version']}, content fingerprint {d['fingerprint']}"
    if d["license"]:
        note += f", license {d['license']}"
    fields.append(("note", _bib_escape(note)))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@misc{{{key},\n{body}\n}}\n"


def _apa(d: dict) -> str:
    names = [_person(a, apa=True) for a in d["authors"]]
    if len(names) > 1:
        names = [", ".join(names[:-1]) + ", & " + names[-1]]
    author = names[0]
    year = str(d["date"].year) if d["date"] else "n.d."
    where = f"https://doi.org/{d['doi']}" if d["doi"] else (d["url"] or "")
    text = f"{author}{'' if author.endswith('.') else '.'} ({year}). {d['title']} (Version {d['version']}) [Data set]."
    if where:
        text += f" {where}"
    return text + f" Content fingerprint: {d['fingerprint']}.\n"


def _cff_text(d: dict) -> str:
    import yaml

    cff = dict(d["cff"])
    cff["version"] = d["version"]
    if d["date"]:
        cff["date-released"] = d["date"].isoformat()
    else:
        cff.pop("date-released", None)
    ids = [i for i in cff.get("identifiers", []) if not str(i.get("value", "")).startswith("sha256:")]
    ids.append({"type": "other", "value": d["fingerprint"],
                "description": "Content fingerprint: sha256 over the names and sha256 hashes of the dataset's files "
                               "(datapackage.json x_policyevents.fingerprint)"})
    cff["identifiers"] = ids
    return yaml.safe_dump(cff, sort_keys=False, allow_unicode=True, width=100)
