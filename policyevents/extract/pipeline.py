"""Run the extraction stages on one article: a pure function of the article and the lexicon.

segment -> recognize actors -> code events -> find agreements -> find indicators -> rows.
The rows carry content-derived ids, so their order and the order of articles do not matter.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .actors import Actor, Recognizer, actor_id, recognize
from .agreements import find_agreements
from .events import CueMatcher, code_events
from .ingest import Article
from .lexicon import Lexicon, load_lexicon
from .numbers import find_indicators
from .segment import split_sentences


def _hid(prefix: str, *parts: object, n: int = 16) -> str:
    return prefix + hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


@dataclass
class ArticleRows:
    article: dict
    actors: dict[str, Actor] = field(default_factory=dict)  # key -> Actor
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    agreements: list[dict] = field(default_factory=list)
    agreement_parties: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)


class Extractor:
    """Holds the compiled lexicon; ``extract`` is pure and may run in any order or process."""

    def __init__(self, lexicon: Lexicon | None = None, lexicon_dir: Path | None = None):
        self.lexicon = lexicon or load_lexicon(lexicon_dir)
        self.recognizer = Recognizer(self.lexicon)
        self.cues = CueMatcher(self.lexicon)

    def extract(self, art: Article) -> ArticleRows:
        body = art.body
        sentences = split_sentences(body)
        found = recognize(body, sentences, self.recognizer, art.published)
        events = code_events(body, sentences, found, self.cues, art.published)
        agreements = find_agreements(sentences, found, events)
        indicators = find_indicators(sentences, found, art.published, self.lexicon.speech_verbs, self.recognizer.demonym_iso)
        aid = art.article_id
        rows = ArticleRows(article={
            "article_id": aid, "title": art.title, "published_date": art.published, "source": art.source,
            "url": art.url, "license": art.license, "sha256": art.sha256, "encoding": art.encoding,
            "n_chars": len(body), "n_sentences": len(sentences), "body": body,
        })
        used: set[str] = set()

        def ref(key: str | None) -> str | None:
            if key is None:
                return None
            used.add(key)
            return actor_id(key)

        for m in found.mentions:
            rows.mentions.append({
                "mention_id": _hid("men_", aid, m.start, m.end, m.key), "article_id": aid, "actor_id": ref(m.key),
                "sentence_index": m.sentence_index, "char_start": m.start, "char_end": m.end, "text": body[m.start:m.end],
                "mention_type": m.mention_type, "curated": False,
            })
        for e in events:
            rows.events.append({
                "event_id": _hid("evt_", aid, e.trigger_start, e.trigger_end, e.event_type, e.source_key, e.target_key),
                "article_id": aid, "event_type": e.event_type, "event_mode": e.event_mode,
                "source_actor_id": ref(e.source_key), "target_actor_id": ref(e.target_key),
                "target_implicit": e.implicit_target,
                "event_date": e.date, "date_precision": e.precision if e.date else "unknown",
                "location_code": e.location, "modality": e.modality, "sentence_index": e.sentence_index,
                "char_start": e.start, "char_end": e.end, "evidence": body[e.start:e.end],
                "trigger": body[e.trigger_start:e.trigger_end], "trigger_start": e.trigger_start,
                "trigger_end": e.trigger_end, "curated": False,
            })
        for a in agreements:
            agr_id = _hid("agr_", aid, a.sentence_index, a.trigger, a.status, a.parties)
            rows.agreements.append({
                "agreement_id": agr_id, "article_id": aid, "topic": a.topic, "status": a.status,
                "sentence_index": a.sentence_index, "char_start": a.start, "char_end": a.end,
                "evidence": body[a.start:a.end], "trigger": a.trigger, "curated": False,
            })
            for key, role in a.parties:
                rows.agreement_parties.append({"agreement_id": agr_id, "actor_id": ref(key), "role": role, "curated": False})
        for i in indicators:
            rows.indicators.append({
                "indicator_id": _hid("ind_", aid, i.start, i.end), "article_id": aid, "value": float(i.value),
                "unit": i.unit, "qualifier": i.qualifier, "measure": i.measure,
                "subject_actor_id": ref(i.subject_key), "claimed_by_actor_id": ref(i.claimed_by_key),
                "reference_date": i.date, "date_precision": i.precision if i.date else "unknown",
                "sentence_index": i.sentence_index, "char_start": i.start, "char_end": i.end,
                "evidence": body[i.start:i.end], "curated": False,
            })
        for key in used:
            rows.actors[key] = found.actors[key] if key in found.actors else _state_actor(self.lexicon, key)
        return rows


def _state_actor(lex: Lexicon, key: str) -> Actor:
    iso = key.split(":", 1)[1]
    c = lex.country(iso)
    return Actor(key, c.name if c else iso, "state", iso, None, "lexicon")
