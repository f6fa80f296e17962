"""Curated corrections: the last stage of the build, after extraction and assembly.

Reads: a human-edited YAML file (``data/corrections.yaml`` for the project corpus; its header
documents the format) and the assembled rows of every table. Produces: the corrected rows and one
row per correction in the ``corrections`` table.

Why it works the way it does:

* Rows are found by **content selectors** (``match: {article_id: ..., event_type: ..., trigger: ...}``,
  actors by ``{name: ..., actor_type: ...}``), not only by hashed ids, so a correction keeps applying
  when an unrelated change of the extractor shifts ids or offsets elsewhere.
* A selector must match **exactly one row**. No row or several rows is an error that names the file
  and the correction and stops the build before anything is written: corrections cannot rot
  silently, and the previous dataset stays in place.
* Corrections apply in file order, each to the result of the ones before it.
* Corrected and added rows get ``curated = True`` (added actors: ``recognized_by = 'curated'``);
  every applied correction becomes a row of the ``corrections`` table.
* Referencing rows stay consistent: dropping an agreement drops its ``agreement_parties`` rows;
  dropping an actor drops its ``mentions`` but is an error while events, agreement parties or
  indicators still point to it (drop or fix those first, or use ``merge_actors``); ``merge_actors``
  repoints every reference to the kept actor and removes the other one.
* Span fields (``article_id``, offsets, ``evidence``/``text``/``trigger``, ``sentence_index``) and
  ids cannot be ``set``: drop the row and ``add`` a corrected one. An added row gives its
  ``evidence`` (or ``text``) and the offsets are found in the article body.

This module imports only the standard library and PyYAML, and only the schema and segmenter of
the package; it holds no state between calls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from .errors import CorrectionError
from .schema import primary_key, table_schema

CORRECTABLE = ("actors", "mentions", "events", "agreements", "agreement_parties", "indicators")
ACTIONS = ("set", "drop", "add", "merge_actors")
# keys an entry may have, per action (besides id, action, reason, source)
_KEYS = {
    "set": {"table", "match", "field", "value"},
    "drop": {"table", "match"},
    "add": {"table", "row"},
    "merge_actors": {"from", "into"},
}
_COMMON = {"id", "action", "reason", "source"}
# fields that locate a row in its article: changed only by drop + add
SPAN_FIELDS = {"article_id", "char_start", "char_end", "evidence", "text", "trigger", "trigger_start", "trigger_end",
               "sentence_index"}
# fields computed for added rows
_COMPUTED = {"curated", "recognized_by", "char_start", "char_end", "trigger_start", "trigger_end", "sentence_index"}
_ID_PREFIX = {"mentions": "men_", "events": "evt_", "agreements": "agr_", "indicators": "ind_"}
_ACTOR_KEY_PREFIX = {"person": "person", "organization": "org", "group": "group"}
_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def load_corrections(path: Path | str) -> list[dict]:
    """Read and check the corrections file; return its entries (each with ``_where`` for messages)."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorrectionError(f"{path}: corrections file not found") from None
    except UnicodeDecodeError as e:
        raise CorrectionError(f"{path}: not valid UTF-8 ({e.reason} at byte {e.start})") from None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e)
        raise CorrectionError(f"{path}{where}: not valid YAML ({problem})") from None
    if doc is None:
        return []
    if not isinstance(doc, dict) or set(doc) != {"corrections"}:
        raise CorrectionError(f"{path}: the file must be a mapping with a single key 'corrections' holding a list "
                              f"(got {type(doc).__name__}{' with keys ' + ', '.join(map(str, doc)) if isinstance(doc, dict) else ''})")
    entries = doc["corrections"] or []
    if not isinstance(entries, list):
        raise CorrectionError(f"{path}: 'corrections' must be a list of entries, not {type(entries).__name__}")
    seen: dict[str, int] = {}
    out = []
    for n, e in enumerate(entries, 1):
        where = f"{path}: entry {n}"
        if not isinstance(e, dict):
            raise CorrectionError(f"{where}: must be a mapping with id, action, reason, source, not {type(e).__name__}")
        cid = e.get("id")
        if isinstance(cid, str) and cid:
            where = f"{path}: correction {cid!r} (entry {n})"
        for k in ("id", "action", "reason", "source"):
            if not isinstance(e.get(k), str) or not e[k].strip():
                raise CorrectionError(f"{where}: '{k}' is required and must be non-empty text")
        if not _ID_PATTERN.match(cid):
            raise CorrectionError(f"{where}: id must start with a letter or digit and hold only letters, digits, '.', '_', '-'")
        if cid in seen:
            raise CorrectionError(f"{where}: id {cid!r} is already used by entry {seen[cid]}")
        seen[cid] = n
        action = e["action"]
        if action not in ACTIONS:
            raise CorrectionError(f"{where}: unknown action {action!r}; valid actions: {', '.join(ACTIONS)}")
        allowed = _COMMON | _KEYS[action]
        unknown = sorted(set(map(str, e)) - allowed)
        if unknown:
            raise CorrectionError(f"{where}: unknown key(s) {', '.join(unknown)} for action {action!r}; "
                                  f"allowed: {', '.join(sorted(allowed))}")
        missing = sorted(_KEYS[action] - set(e) - ({"value"} if action == "set" else set()))
        if action == "set" and "value" not in e:
            missing.append("value")
        if missing:
            raise CorrectionError(f"{where}: action {action!r} needs {', '.join(missing)}")
        if "table" in e and e["table"] not in CORRECTABLE:
            raise CorrectionError(f"{where}: table {e['table']!r} cannot be corrected; tables: {', '.join(CORRECTABLE)}")
        for k in ("match", "row", "from", "into"):
            if k in e and (not isinstance(e[k], dict) or not e[k]):
                raise CorrectionError(f"{where}: '{k}' must be a non-empty mapping of field: value")
        if action == "set" and not isinstance(e["field"], str):
            raise CorrectionError(f"{where}: 'field' must be a field name")
        out.append({**e, "_where": where, "_position": n})
    return out


def apply_corrections(tables: dict[str, list[dict]], path: Path | str | None) -> dict[str, list[dict]]:
    """Apply the corrections of ``path`` to ``tables`` (rows per table) and fill the
    ``corrections`` table. Returns new tables; the input lists are not modified."""
    out = {t: [dict(r) for r in rows] for t, rows in tables.items()}
    out["corrections"] = []
    if path is None:
        return out
    for entry in load_corrections(path):
        _Apply(out, entry).run()
    return out


def _hid(prefix: str, *parts: object, n: int = 16) -> str:
    return prefix + hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def _text(v: Any) -> str | None:
    """A value as text for the corrections table."""
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return json.dumps(v)


def _json(v: Any) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False, default=_text)


class _Apply:
    """One correction applied to the tables (a short-lived object, no state beyond the call)."""

    def __init__(self, tables: dict[str, list[dict]], entry: dict):
        self.t = tables
        self.e = entry
        self.where = entry["_where"]

    def fail(self, msg: str) -> CorrectionError:
        return CorrectionError(f"{self.where}: {msg}")

    # -- schema helpers ------------------------------------------------------------------------
    @staticmethod
    def fields(table: str) -> dict[str, dict]:
        return {f["name"]: f for f in table_schema(table)["fields"]}

    @staticmethod
    def references(table: str) -> dict[str, str]:
        """Foreign-key field -> referenced table."""
        return {fk["fields"][0]: fk["reference"]["resource"] for fk in table_schema(table).get("foreignKeys", [])}

    def row_id(self, table: str, row: dict) -> str:
        return ",".join(str(row[k]) for k in primary_key(table))

    def coerce(self, table: str, name: str, value: Any, *, what: str) -> Any:
        """``value`` checked against the field's type and constraints (foreign keys resolved)."""
        fields = self.fields(table)
        if name not in fields:
            raise self.fail(f"{what}: {table} has no field {name!r}; fields: {', '.join(fields)}")
        f = fields[name]
        c = f.get("constraints", {})
        ref = self.references(table).get(name)
        if value is None:
            if c.get("required"):
                raise self.fail(f"{what}: {table}.{name} is required and cannot be null")
            return None
        if ref is not None and isinstance(value, dict):
            return self.resolve(ref, value, what=f"{what} ({name})")
        typ = f["type"]
        ok = {"string": lambda v: isinstance(v, str),
              "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
              "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
              "boolean": lambda v: isinstance(v, bool),
              "date": lambda v: isinstance(v, (dt.date, str)) and not isinstance(v, dt.datetime)}[typ]
        if not ok(value):
            hint = " (quote it in the YAML)" if typ == "string" else ""
            raise self.fail(f"{what}: {table}.{name} is of type {typ}, got {value!r}{hint}")
        if typ == "number":
            value = float(value)
        if typ == "date" and isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(f"{what}: {table}.{name} must be a date YYYY-MM-DD, got {value!r}") from None
        if "enum" in c and value not in c["enum"]:
            raise self.fail(f"{what}: {table}.{name} must be one of {', '.join(map(str, c['enum']))}; got {value!r}")
        if "pattern" in c and not re.fullmatch(c["pattern"], value):
            raise self.fail(f"{what}: {table}.{name} {value!r} does not match the pattern {c['pattern']}")
        if typ == "string" and c.get("required") and not value:
            raise self.fail(f"{what}: {table}.{name} is required and cannot be empty")
        if ref is not None and value not in {r[primary_key(ref)[0]] for r in self.t[ref]}:
            raise self.fail(f"{what}: {table}.{name} {value!r} is not a row of {ref}")
        return value

    # -- selectors ----------------------------------------------------------------------------
    def matches(self, table: str, selector: dict, *, what: str) -> list[int]:
        """Indices of the rows of ``table`` that the selector matches."""
        fields = self.fields(table)
        refs = self.references(table)
        tests = []
        for name, want in selector.items():
            if name not in fields:
                raise self.fail(f"{what}: {table} has no field {name!r}; fields: {', '.join(fields)}")
            if isinstance(want, dict) and set(want) == {"contains"} and fields[name]["type"] == "string":
                needle = want["contains"]
                if not isinstance(needle, str) or not needle:
                    raise self.fail(f"{what}: 'contains' of {name!r} must be non-empty text")
                tests.append(lambda r, n=name, s=needle: isinstance(r.get(n), str) and s in r[n])
            elif isinstance(want, dict) and name in refs:
                rid = self.resolve(refs[name], want, what=f"{what} ({name})")
                tests.append(lambda r, n=name, v=rid: r.get(n) == v)
            elif isinstance(want, dict):
                raise self.fail(f"{what}: {name!r}: a mapping is only allowed as {{contains: text}} or, for a reference "
                                f"field, as a selector of the referenced row")
            else:
                v = self.coerce_match(table, name, want, what=what)
                tests.append(lambda r, n=name, v=v: r.get(n) == v)
        return [i for i, r in enumerate(self.t[table]) if all(test(r) for test in tests)]

    def coerce_match(self, table: str, name: str, value: Any, *, what: str) -> Any:
        typ = self.fields(table)[name]["type"]
        if typ == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if typ == "date" and isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(f"{what}: {table}.{name} must be a date YYYY-MM-DD, got {value!r}") from None
        return value

    def one(self, table: str, selector: dict, *, what: str) -> int:
        idx = self.matches(table, selector, what=what)
        sel = _json(selector)
        if not idx:
            raise self.fail(f"{what} {sel} matches no row of {table} (the data changed? fix or remove this correction)")
        if len(idx) > 1:
            ids = ", ".join(self.row_id(table, self.t[table][i]) for i in idx[:5])
            raise self.fail(f"{what} {sel} matches {len(idx)} rows of {table} ({ids}{', ...' if len(idx) > 5 else ''}); "
                            f"add fields to the selector so that it matches exactly one")
        return idx[0]

    def resolve(self, table: str, selector: dict, *, what: str) -> str:
        """Primary key of the one row of ``table`` the selector matches."""
        if len(primary_key(table)) != 1:
            raise self.fail(f"{what}: cannot refer to a row of {table} by selector")
        return self.t[table][self.one(table, selector, what=what)][primary_key(table)[0]]

    # -- actions --------------------------------------------------------------------------------
    def run(self) -> None:
        action = self.e["action"]
        getattr(self, f"do_{action}")()

    def log(self, table: str, row_id: str, *, selector: dict | None = None, field: str | None = None,
            old: str | None = None, new: str | None = None) -> None:
        self.t["corrections"].append({
            "correction_id": self.e["id"], "position": self.e["_position"], "table_name": table, "action": self.e["action"],
            "row_id": row_id, "selector": _json(selector) if selector is not None else None, "field": field,
            "old_value": old, "new_value": new, "reason": self.e["reason"].strip(), "source": self.e["source"].strip(),
        })

    def do_set(self) -> None:
        table, field, sel = self.e["table"], self.e["field"], self.e["match"]
        fields = self.fields(table)
        if field not in fields:
            raise self.fail(f"field: {table} has no field {field!r}; fields: {', '.join(fields)}")
        if field in primary_key(table) or field in SPAN_FIELDS or field in ("curated", "recognized_by"):
            raise self.fail(f"field {field!r} of {table} cannot be set (ids, spans and provenance fields are fixed); "
                            f"drop the row and add a corrected one instead")
        i = self.one(table, sel, what="match")
        row = self.t[table][i]
        new = self.coerce(table, field, self.e["value"], what="value")
        old = row[field]
        if old == new:
            raise self.fail(f"{table}.{field} of {self.row_id(table, row)} is already {_text(new)!r}; "
                            f"the correction has no effect (remove it)")
        row[field] = new
        row["curated"] = True
        self.log(table, self.row_id(table, row), selector=sel, field=field, old=_text(old), new=_text(new))

    def do_drop(self) -> None:
        table, sel = self.e["table"], self.e["match"]
        i = self.one(table, sel, what="match")
        row = self.t[table][i]
        rid = self.row_id(table, row)
        if table == "actors":
            users = self._references_to(rid, exclude=("mentions",))
            if users:
                raise self.fail(f"actor {rid} ({row['name']}) is still referenced by {users}; drop or fix those rows "
                                f"first (earlier in the file), or use merge_actors")
            self.t["mentions"] = [m for m in self.t["mentions"] if m["actor_id"] != rid]
        if table == "agreements":
            self.t["agreement_parties"] = [p for p in self.t["agreement_parties"] if p["agreement_id"] != rid]
        del self.t[table][i]
        self.log(table, rid, selector=sel, old=_json(row))

    def _references_to(self, actor_id: str, exclude: tuple[str, ...] = ()) -> str:
        found = []
        for t in CORRECTABLE:
            if t in exclude:
                continue
            for f, ref in self.references(t).items():
                if ref == "actors":
                    n = sum(1 for r in self.t[t] if r.get(f) == actor_id)
                    if n:
                        found.append(f"{n} {t} row(s) ({f})")
        return ", ".join(found)

    def do_add(self) -> None:
        table, given = self.e["table"], self.e["row"]
        fields = self.fields(table)
        pk = primary_key(table)
        not_given = sorted(k for k in given if k in _COMPUTED or (k in pk and len(pk) == 1))
        if not_given:
            raise self.fail(f"row: {', '.join(not_given)} of {table} are computed for an added row; leave them out")
        row: dict[str, Any] = {name: None for name in fields}
        for name, value in given.items():
            row[name] = self.coerce(table, name, value, what="row")
        computed = _COMPUTED | ({pk[0]} if len(pk) == 1 else set()) | {"date_precision", "target_implicit"}
        missing = [n for n, f in fields.items()
                   if f.get("constraints", {}).get("required") and n not in computed and row[n] is None]
        if missing:
            raise self.fail(f"row: {table} needs {', '.join(missing)}")
        row["curated"] = True
        if table == "actors":
            row["recognized_by"] = "curated"
            if row["actor_type"] == "state":
                if not row.get("country_code"):
                    raise self.fail("row: an added state needs its country_code (ISO 3166-1 alpha-3)")
                key = f"state:{row['country_code']}"
            else:
                from .extract.actors import normalize

                key = f"{_ACTOR_KEY_PREFIX[row['actor_type']]}:{normalize(row['name'] or '')}"
            from .extract.actors import actor_id

            row["actor_id"] = actor_id(key)
        elif table in _ID_PREFIX:
            self._locate(table, row, given)
            row[pk[0]] = _hid(_ID_PREFIX[table], "curated", self.e["id"])
        if table == "events" and row["target_implicit"] is None:
            row["target_implicit"] = False  # a curator names the target they mean
        if table == "events" and row["date_precision"] is None:
            if row["event_date"] is not None:
                raise self.fail("row: give date_precision (day, week, month, year) with event_date")
            row["date_precision"] = "unknown"
        if table == "indicators" and row["date_precision"] is None:
            if row["reference_date"] is not None:
                raise self.fail("row: give date_precision (day, week, month, year) with reference_date")
            row["date_precision"] = "unknown"
        missing = [n for n, f in fields.items() if f.get("constraints", {}).get("required") and row[n] is None]
        if missing:
            raise self.fail(f"row: {table} needs {', '.join(missing)}")
        rid = self.row_id(table, row)
        if any(self.row_id(table, r) == rid for r in self.t[table]):
            raise self.fail(f"{table} already has a row {rid}" + (f" ({row['name']}); use set to change it" if table == "actors" else ""))
        self.t[table].append(row)
        self.log(table, rid, new=_json(row))

    def _locate(self, table: str, row: dict, given: dict) -> None:
        """Find the row's evidence/text (and trigger) in the article body; fill offsets and sentence."""
        from .extract.segment import split_sentences

        art = next((a for a in self.t["articles"] if a["article_id"] == row["article_id"]), None)
        if art is None:
            raise self.fail(f"row: article {row['article_id']!r} is not in the articles table")
        body = art["body"]
        text_field = "text" if table == "mentions" else "evidence"
        ev = row.get(text_field)
        if not ev:
            raise self.fail(f"row: give the {text_field} (exact text of the article body)")
        starts = [m.start() for m in re.finditer(re.escape(ev), body)]
        if not starts:
            raise self.fail(f"row: {text_field} {ev!r} does not occur in the body of {row['article_id']!r}")
        if len(starts) > 1:
            raise self.fail(f"row: {text_field} {ev!r} occurs {len(starts)} times in {row['article_id']!r}; "
                            f"give a longer {text_field} that occurs once")
        row["char_start"], row["char_end"] = starts[0], starts[0] + len(ev)
        sent = next((s for s in split_sentences(body) if s.start <= starts[0] < s.end), None)
        if sent is None:
            raise self.fail(f"row: {text_field} {ev!r} does not start inside a sentence")
        row["sentence_index"] = sent.index
        if table == "events":
            trig = row.get("trigger")
            if not trig:
                raise self.fail("row: give the trigger (the word(s) of the evidence that state the event)")
            k = ev.find(trig)
            if k < 0:
                raise self.fail(f"row: trigger {trig!r} does not occur in the evidence {ev!r}")
            row["trigger_start"] = starts[0] + k
            row["trigger_end"] = starts[0] + k + len(trig)

    def do_merge_actors(self) -> None:
        sel_from, sel_into = self.e["from"], self.e["into"]
        gone = self.resolve("actors", sel_from, what="from")
        kept = self.resolve("actors", sel_into, what="into")
        if gone == kept:
            raise self.fail(f"from and into select the same actor {gone}")
        for t in CORRECTABLE:
            for f, ref in self.references(t).items():
                if ref != "actors":
                    continue
                for r in self.t[t]:
                    if r.get(f) == gone:
                        r[f] = kept
                        r["curated"] = True
        # an agreement cannot list the same party twice: keep the first row per key
        seen, parties = set(), []
        for p in self.t["agreement_parties"]:
            k = (p["agreement_id"], p["actor_id"])
            if k not in seen:
                seen.add(k)
                parties.append(p)
        self.t["agreement_parties"] = parties
        i = next(i for i, a in enumerate(self.t["actors"]) if a["actor_id"] == gone)
        old = self.t["actors"].pop(i)
        next(a for a in self.t["actors"] if a["actor_id"] == kept)["curated"] = True
        self.log("actors", gone, selector={"from": sel_from, "into": sel_into}, old=_json(old), new=kept)
