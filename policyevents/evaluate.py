"""Score the extractor against gold codings (format: ../shared/gold/README.md).

Matching follows the gold conventions:

* actors: by canonical name or alias, case- and accent-insensitive (the predicted actor's name or
  any of its mention texts in the article);
* events: type plus source plus target (a gold list accepts any item; a null target matches only a
  null target, and a list may hold null among its items: "the named actor or no one"); an
  official acting in office (a person with a role and a country) also matches the state of that
  country, as the conventions let gold files accept both;
* agreements: the set of parties plus status;
* indicators: value, unit and qualifier.

Items marked ``optional`` count neither way: a prediction that matches one is not a false positive.
Matching is one-to-one and maximal (augmenting paths in document order); among matchings of the
same size, pairs from the same sentence come first. For matched items the report also gives how
often date (with precision), modality, location, country code and claimed-by agree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .extract.actors import normalize

UNIT_SYNONYMS = {"people": "persons", "person": "persons", "individuals": "persons", "percentage": "percent", "%": "percent"}


def _as_list(v) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _micro(per_article: dict) -> dict:
    """Micro-averaged precision, recall and F1 per table over the articles' counts."""
    return {t: _prf(*(sum(r[t][k] for r in per_article.values()) for k in ("tp", "fp", "fn")))
            for t in ("actors", "events", "agreements", "indicators")}


def _gold_date(v) -> tuple[dt.date | None, str | None]:
    if v is None:
        return None, None
    if isinstance(v, dt.date):
        return v, "day"
    s = str(v)
    if len(s) == 4:
        return dt.date(int(s), 1, 1), "year"
    if len(s) == 7:
        return dt.date(int(s[:4]), int(s[5:7]), 1), "month"
    return dt.date.fromisoformat(s), "day"


class _ArticleView:
    """Predicted rows of one article with actor lookups."""

    def __init__(self, tables: dict, article_id: str):
        self.actors = {a["actor_id"]: a for a in tables["actors"]}
        self.surfaces: dict[str, set[str]] = {}
        for m in tables["mentions"]:
            if m["article_id"] == article_id:
                self.surfaces.setdefault(m["actor_id"], set()).add(normalize(m["text"]))
        for aid in self.surfaces:
            self.surfaces[aid].add(normalize(self.actors[aid]["name"]))
        pick = lambda t: [r for r in tables[t] if r["article_id"] == article_id]
        self.events = pick("events")
        self.agreements = pick("agreements")
        ids = {a["agreement_id"] for a in self.agreements}
        self.parties: dict[str, list[str]] = {}
        for p in tables["agreement_parties"]:
            if p["agreement_id"] in ids:
                self.parties.setdefault(p["agreement_id"], []).append(p["actor_id"])
        self.indicators = pick("indicators")


class _Gold:
    def __init__(self, doc: dict):
        self.doc = doc
        self.actors = doc.get("actors") or []
        self.by_name = {normalize(a["name"]): a for a in self.actors}

    def names_for(self, name: str) -> set[str]:
        a = self.by_name.get(normalize(name))
        out = {normalize(name)}
        if a:
            out |= {normalize(x) for x in (a.get("aliases") or [])}
        return out

    def state_country(self, name: str) -> str | None:
        a = self.by_name.get(normalize(name))
        return a.get("country") if a and a.get("type") == "state" else None


def _actor_matches(view: _ArticleView, gold: _Gold, actor_id: str | None, gold_names) -> bool:
    names = _as_list(gold_names)
    if actor_id is None:
        # no actor matches a null target, or a list that accepts null ("[Ruto, null]": the named
        # actor or no one)
        return not names or None in names
    names = [n for n in names if n is not None]
    if not names:
        return False
    surf = view.surfaces.get(actor_id, set()) | {normalize(view.actors[actor_id]["name"])}
    a = view.actors[actor_id]
    for n in names:
        if surf & gold.names_for(n):
            return True
        c = gold.state_country(n)
        if c and a["actor_type"] == "person" and a.get("role") and a.get("country_code") == c:
            return True
    return False


def _sentence_gap(p, g) -> int:
    """How many sentences apart a prediction and a gold item are (0 when either has no sentence)."""
    ps, gs = p.get("sentence_index") if isinstance(p, dict) else None, g.get("sentence")
    return abs(ps - gs) if isinstance(ps, int) and isinstance(gs, int) else 0


def _match(preds: list, golds: list, ok) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Maximum one-to-one matching between predictions and required gold items (augmenting
    paths, tried in document order, so the result is deterministic); returns pairs, unmatched
    predictions and unmatched required gold items. A greedy matching would let a prediction that
    fits two gold items take the one another prediction needed. Among matchings of the same size,
    pairs from the same sentence are preferred (first a matching of same-sentence pairs, then
    augmented with the rest), so that the attributes compared on matched pairs (date, modality,
    ...) are those of the telling the gold item codes; the counts do not depend on it."""
    edges = [sorted((j for j, g in enumerate(golds) if not g.get("optional") and ok(p, g)), key=lambda j: _sentence_gap(p, golds[j]))
             for p in preds]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(i: int, seen: set[int], same_only: bool) -> bool:
        for j in edges[i]:
            if j in seen or (same_only and _sentence_gap(preds[i], golds[j])):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen, same_only):
                owner[j] = i
                return True
        return False

    for same_only in (True, False):
        for i in range(len(preds)):
            if i not in owner.values():
                augment(i, set(), same_only)
    pairs = sorted((i, j) for j, i in owner.items())
    used_g = set(owner)
    matched_p = {i for i, _ in pairs}
    # predictions matching an optional item count neither way
    ignored = set()
    for i, p in enumerate(preds):
        if i not in matched_p and any(g.get("optional") and ok(p, g) for g in golds):
            ignored.add(i)
    fp = {i for i in range(len(preds)) if i not in matched_p and i not in ignored}
    fn = {j for j, g in enumerate(golds) if not g.get("optional") and j not in used_g}
    return pairs, fp, fn


def score_article(tables: dict, gold_doc: dict) -> dict:
    aid = gold_doc["article_id"]
    view = _ArticleView(tables, aid)
    gold = _Gold(gold_doc)
    res: dict = {}
    attrs: dict[str, list[bool]] = {k: [] for k in ("date", "modality", "location", "country_code", "claimed_by")}

    # actors
    pred_actors = sorted(view.surfaces)
    ok_actor = lambda p, g: bool(view.surfaces[p] & ({normalize(g["name"])} | {normalize(x) for x in g.get("aliases") or []}))
    pairs, fp, fn = _match(pred_actors, gold.actors, ok_actor)
    res["actors"] = _prf(len(pairs), len(fp), len(fn))
    for i, j in pairs:
        attrs["country_code"].append(view.actors[pred_actors[i]].get("country_code") == gold.actors[j].get("country"))

    # events
    def ok_event(p, g):
        return (p["event_type"] in _as_list(g["type"])
                and _actor_matches(view, gold, p["source_actor_id"], g.get("source"))
                and _actor_matches(view, gold, p["target_actor_id"], g.get("target")))

    gevents = gold_doc.get("events") or []
    pairs, fp, fn = _match(view.events, gevents, ok_event)
    res["events"] = _prf(len(pairs), len(fp), len(fn))
    for i, j in pairs:
        p, g = view.events[i], gevents[j]
        gd, gp = _gold_date(g.get("date"))
        attrs["date"].append(p["event_date"] == gd and (gd is None or p["date_precision"] == (g.get("precision") or gp)))
        attrs["modality"].append(p["modality"] == g.get("modality"))
        attrs["location"].append(p["location_code"] == g.get("location"))

    # agreements
    def ok_agr(p, g):
        if p["status"] not in _as_list(g["status"]):
            return False
        parties = view.parties.get(p["agreement_id"], [])
        want = [_as_list(x) for x in g.get("parties") or []]
        if len(parties) != len(want):
            return False
        left = list(parties)
        for names in want:
            hit = next((a for a in left if _actor_matches(view, gold, a, names)), None)
            if hit is None:
                return False
            left.remove(hit)
        return True

    gagr = gold_doc.get("agreements") or []
    pairs, fp, fn = _match(view.agreements, gagr, ok_agr)
    res["agreements"] = _prf(len(pairs), len(fp), len(fn))

    # indicators
    def unit(u):
        u = str(u or "").strip().lower()
        return UNIT_SYNONYMS.get(u, u)

    def ok_ind(p, g):
        return abs(float(p["value"]) - float(g["value"])) <= 1e-6 * max(1.0, abs(float(g["value"]))) \
            and unit(p["unit"]) == unit(g.get("unit")) and p["qualifier"] == g.get("qualifier")

    gind = gold_doc.get("indicators") or []
    pairs, fp, fn = _match(view.indicators, gind, ok_ind)
    res["indicators"] = _prf(len(pairs), len(fp), len(fn))
    for i, j in pairs:
        p, g = view.indicators[i], gind[j]
        want = _as_list(g.get("claimed_by"))
        attrs["claimed_by"].append(_actor_matches(view, gold, p["claimed_by_actor_id"], want) if want else p["claimed_by_actor_id"] is None)
    res["attributes"] = {k: {"agree": sum(v), "of": len(v)} for k, v in attrs.items()}
    return res


def evaluate(gold_dir: Path | str, articles_dir: Path | str) -> dict:
    """Run the extractor on ``articles_dir`` and score it against the gold YAML files in ``gold_dir``."""
    import yaml

    from .build import assemble

    gold_dir, articles_dir = Path(gold_dir), Path(articles_dir)
    tables, _ = assemble(articles_dir)
    extracted = {a["article_id"] for a in tables["articles"]}
    per_article = {}
    for gpath in sorted(gold_dir.glob("*.yaml")):
        doc = yaml.safe_load(gpath.read_text(encoding="utf-8"))
        if doc.get("article_id") not in extracted:
            raise FileNotFoundError(f"{gpath}: article {doc.get('article_id')!r} is not in {articles_dir} (or was skipped)")
        per_article[doc["article_id"]] = score_article(tables, doc)
    overall = _micro(per_article)
    attrs = {}
    for k in ("date", "modality", "location", "country_code", "claimed_by"):
        a = sum(r["attributes"][k]["agree"] for r in per_article.values())
        n = sum(r["attributes"][k]["of"] for r in per_article.values())
        attrs[k] = {"agree": a, "of": n, "rate": round(a / n, 4) if n else None}
    overall["attributes"] = attrs
    return {"gold": str(gold_dir), "articles": str(articles_dir), "n_articles": len(per_article),
            "overall": overall, "per_article": per_article}


def gold_as_tables(doc: dict) -> dict:
    """One gold coding in the shape of extracted tables, so that another coding can be scored
    against it like the extractor (inter-coder agreement). Only required items become rows (an
    optional item is one the coder would not insist on); where the coding accepts a list, the first
    item is the coder's choice. Actor ids are the coding's actor names; an actor's mentions are its
    name and aliases."""
    aid = doc["article_id"]
    names = {a["name"] for a in doc.get("actors") or []}

    def first(v):
        items = _as_list(v)
        return items[0] if items and items[0] in names else None

    t: dict[str, list] = {k: [] for k in ("actors", "mentions", "events", "agreements", "agreement_parties", "indicators")}
    for a in doc.get("actors") or []:
        t["actors"].append({"actor_id": a["name"], "name": a["name"], "actor_type": a.get("type"), "role": a.get("role"),
                            "country_code": a.get("country")})
        for text in [a["name"], *(a.get("aliases") or [])]:
            t["mentions"].append({"article_id": aid, "actor_id": a["name"], "text": str(text)})
    for e in doc.get("events") or []:
        if not e.get("optional"):
            d, p = _gold_date(e.get("date"))
            t["events"].append({"article_id": aid, "event_type": _as_list(e["type"])[0], "source_actor_id": first(e.get("source")),
                                "target_actor_id": first(e.get("target")), "sentence_index": e.get("sentence"), "event_date": d,
                                "date_precision": e.get("precision") or p, "modality": e.get("modality"),
                                "location_code": e.get("location")})
    for i, g in enumerate(doc.get("agreements") or []):
        if not g.get("optional"):
            t["agreements"].append({"article_id": aid, "agreement_id": str(i), "status": _as_list(g["status"])[0]})
            t["agreement_parties"] += [{"agreement_id": str(i), "actor_id": first(p)} for p in g.get("parties") or [] if first(p)]
    for n in doc.get("indicators") or []:
        if not n.get("optional"):
            t["indicators"].append({"article_id": aid, "value": n["value"], "unit": n.get("unit"), "qualifier": n.get("qualifier"),
                                    "claimed_by_actor_id": first(n.get("claimed_by")), "sentence_index": n.get("sentence")})
    return t


def agreement(coding_dir: Path | str, gold_dir: Path | str) -> dict:
    """Score the codings in ``coding_dir`` (as predictions, see :func:`gold_as_tables`) against the
    codings of the same articles in ``gold_dir``: the agreement of two coders, in the evaluator's own
    terms. Articles coded in only one of the two folders are left out."""
    import yaml

    coding_dir, gold_dir = Path(coding_dir), Path(gold_dir)
    per_article = {}
    for path in sorted(coding_dir.glob("*.yaml")):
        other = gold_dir / path.name
        if other.exists():
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            per_article[doc["article_id"]] = score_article(gold_as_tables(doc), yaml.safe_load(other.read_text(encoding="utf-8")))
    overall = _micro(per_article)
    return {"coding": str(coding_dir), "gold": str(gold_dir), "n_articles": len(per_article), "overall": overall,
            "per_article": per_article}


def format_report(report: dict) -> str:
    lines = [f"{report['n_articles']} article(s) scored against {report['gold']}", ""]
    head = f"{'article':<48} {'table':<11} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn"
    lines.append(head)
    lines.append("-" * len(head))
    rows = list(report["per_article"].items()) + [("OVERALL", report["overall"])]
    for aid, r in rows:
        for t in ("actors", "events", "agreements", "indicators"):
            m = r[t]
            lines.append(f"{aid[:48]:<48} {t:<11} {m['precision']:>6.2f} {m['recall']:>6.2f} {m['f1']:>6.2f}  {m['tp']}/{m['fp']}/{m['fn']}")
    lines.append("")
    lines.append("attribute agreement on matched items:")
    for k, v in report["overall"]["attributes"].items():
        rate = "n/a" if v["rate"] is None else f"{v['rate']:.2f}"
        lines.append(f"  {k:<13} {rate} ({v['agree']}/{v['of']})")
    return "\n".join(lines)
