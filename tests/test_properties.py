"""Hypothesis properties of the extractor over mutated real text (sentences of the shared corpora,
read at run time from ../shared/corpora; skipped with a reason when absent) and over arbitrary
Unicode text. Examples are fixed by the "ci" profile in conftest.py (derandomized).

* no exception;
* every span lies inside the body and equals its text (mentions, evidence, triggers);
* every row is valid under the schemas: the real ``assemble`` stage turns the rows into tables,
  which go through pandera (types, enums, patterns, keys) and the cross-table rules (foreign keys,
  spans, sentence indexes) exactly as a build validates them;
* output does not depend on order: permuting the rows of articles.csv gives byte-identical Parquet
  files, and extracting articles in any order with one long-lived Extractor gives the same rows as
  a fresh Extractor per article (no state leaks from one article into the next).
"""

import hashlib
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings, strategies as st

from policyevents.build import assemble, write_tables
from policyevents.extract.ingest import Article
from policyevents.extract.pipeline import Extractor
from policyevents.schema import TABLES, arrow_schema
from policyevents.validate import check_cross_table, check_pandera

from conftest import shared

CORPORA = ("whitehouse-briefing-room", "wikinews-gum")


@lru_cache(maxsize=None)
def _extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def sentences() -> tuple[str, ...]:
    """Sentences of the shared corpora (the title line at the top of each .txt is left out), a fixed
    sample of at most 3000 so that examples do not depend on the corpora's size."""
    out = []
    for name in CORPORA:
        for p in sorted(shared("corpora", name).glob("*.txt")):
            body = p.read_text(encoding="utf-8").split("\n", 1)[-1]
            out += [s for s in re.split(r"(?<=[.!?])\s+", body) if 30 <= len(s) <= 400]
    assert len(out) > 1000, "the corpora should give plenty of sentences"
    return tuple(out[:: max(1, len(out) // 3000)])


# Mutations a scraper or an editor could make, applied at a position given as a fraction of the text.
_INSERTS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=6),  # any code point
    st.sampled_from(["\n", "\n\n", "  ", "\t", ".", ",", ";", ":", "!", "?", '"', "'", "(", ")", "-", "\u2013", "\u2014",
                     "\u2026", "\u00a0", "\u200b", "\ufeff", "e\u0301", "\U0001F600", "U.S.", "Mr.", "Dr. ", "1,000",
                     "$2.5 billion", "45%", "on Monday", "last year", "in March 2022", "the President",
                     "Mexico", "Secretary of State", " said ", " agreed ", " not ", " may "]),
)
_MUTATION = st.one_of(
    st.tuples(st.just("insert"), st.floats(0, 1), _INSERTS),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 12)),
    st.tuples(st.just("duplicate"), st.floats(0, 1), st.integers(1, 60)),
    st.tuples(st.just("case"), st.floats(0, 1), st.sampled_from(["upper", "lower", "title", "swapcase"])),
    st.tuples(st.just("swap_words"), st.floats(0, 1), st.floats(0, 1)),
)


def _mutate(text: str, mutation) -> str:
    kind, where, arg = mutation
    i = int(where * len(text))
    if kind == "insert":
        return text[:i] + arg + text[i:]
    if kind == "delete":
        return text[:i] + text[i + arg:]
    if kind == "duplicate":
        return text[:i] + text[i:i + arg] + text[i:]
    if kind == "case":
        j = min(len(text), i + 80)
        return text[:i] + getattr(text[i:j], arg)() + text[j:]
    words = text.split(" ")
    a, b = int(where * (len(words) - 1)), int(arg * (len(words) - 1))
    words[a], words[b] = words[b], words[a]
    return " ".join(words)


@st.composite
def mutated_bodies(draw, sentences):
    picked = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=8))
    title = draw(st.sampled_from(sentences))
    text = title + "\n\n" + draw(st.sampled_from([" ", "\n", "\n\n"])).join(picked) + "\n"
    for m in draw(st.lists(_MUTATION, max_size=6)):
        text = _mutate(text, m)
    return text


def _article(aid: str, body: str, published=None) -> Article:
    return Article(aid, None, published, None, None, None, hashlib.sha256(body.encode("utf-8")).hexdigest(),
                   "utf-8", body)


def _check_spans(body: str, rows) -> None:
    for m in rows.mentions:
        assert 0 <= m["char_start"] < m["char_end"] <= len(body) and body[m["char_start"]:m["char_end"]] == m["text"]
    for table in (rows.events, rows.agreements, rows.indicators):
        for r in table:
            assert 0 <= r["char_start"] < r["char_end"] <= len(body)
            assert body[r["char_start"]:r["char_end"]] == r["evidence"]
    for e in rows.events:
        assert body[e["trigger_start"]:e["trigger_end"]] == e["trigger"]


def _assemble(articles: list[Article]) -> dict[str, list[dict]]:
    """The build's own assemble stage over these articles (ingest replaced by the given list)."""
    with mock.patch("policyevents.build.read_articles", lambda *a, **k: (list(articles), [])):
        tables, _ = assemble(Path("(in memory)"), extractor=_extractor())
    return tables


def _schema_errors(tables: dict[str, list[dict]]) -> list[dict]:
    import pandas as pd
    import pyarrow as pa

    frames = {}
    for name in TABLES:
        schema = arrow_schema(name)
        rows = tables.get(name, [])
        frames[name] = pa.table({f.name: [r.get(f.name) for r in rows] for f in schema}, schema=schema).to_pandas(
            types_mapper=pd.ArrowDtype)
    return check_pandera({n: f for n, f in frames.items() if len(f)}) + check_cross_table(frames)  # empty: nothing to check


@given(data=st.data())
def test_mutated_real_text_gives_exact_spans_and_valid_rows(sentences, data):
    import datetime as dt

    bodies = [data.draw(mutated_bodies(sentences), label=f"body {i}") for i in range(data.draw(st.integers(1, 3)))]
    published = data.draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))), label="published")
    articles = [_article(f"a{i}", b, published) for i, b in enumerate(bodies)]
    for art in articles:
        _check_spans(art.body, _extractor().extract(art))
    assert _schema_errors(_assemble(articles)) == []


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=400))
def test_arbitrary_text_gives_valid_rows(text):
    """Spans over arbitrary text are checked in test_docs_quality; here the rows must also be valid
    under the schemas (a lone control character or an odd number must not make an invalid row)."""
    assert _schema_errors(_assemble([_article("x", text)])) == []


@pytest.fixture(scope="module")
def small_corpus(sentences) -> dict[str, str]:
    """Five articles of twelve consecutive sentences each, from both corpora (ids chosen so that
    their sorted order differs from the order the test lists them in)."""
    out = {}
    for name, picks in (("whitehouse-briefing-room", (1, 120, 333)), ("wikinews-gum", (2, 17))):
        files = sorted(shared("corpora", name).glob("*.txt"))
        for k in picks:
            lines = files[k].read_text(encoding="utf-8").split("\n", 1)
            body = lines[0] + "\n\n" + " ".join(re.split(r"(?<=[.!?])\s+", lines[-1].strip())[:12]) + "\n"
            out[f"{name[:2]}-{k:03d}"] = body
    return out


def _build_parquet(corpus: dict[str, str], order: list[str], folder: Path) -> dict[str, str]:
    arts = folder / "articles"
    arts.mkdir(parents=True)
    rows = ["article_id,title,published,source,url,license"]
    for aid in order:
        (arts / f"{aid}.txt").write_text(corpus[aid], encoding="utf-8")
        rows.append(f"{aid},Title of {aid},2021-03-0{1 + sorted(corpus).index(aid)},Test,,")
    (arts / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    tables, skipped = assemble(arts, extractor=_extractor())
    assert skipped == []
    write_tables(tables, folder / "out", sources=[])
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "out" / "data").glob("*.parquet"))}


@settings(max_examples=8)  # each example extracts and writes five articles
@given(data=st.data())
def test_row_order_of_articles_csv_does_not_change_the_parquet_bytes(small_corpus, data):
    ids = list(small_corpus)
    order = data.draw(st.permutations(ids), label="order")
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        reference = _build_parquet(small_corpus, ids, Path(a))
        assert _build_parquet(small_corpus, list(order), Path(b)) == reference
    assert len(reference) == len(TABLES)


@settings(max_examples=20)
@given(data=st.data())
def test_extraction_order_does_not_change_any_article_rows(small_corpus, sentences, data):
    """One Extractor used for many articles in any order gives each article exactly the rows a fresh
    Extractor gives it; mutated articles are mixed in so that odd input precedes normal input."""
    ids = list(small_corpus)
    order = data.draw(st.permutations(ids), label="order")
    noise = [_article(f"noise{i}", data.draw(mutated_bodies(sentences), label=f"noise {i}")) for i in range(2)]
    shared_ex = _extractor()
    seen = {}
    for aid in order:
        for art in noise[: data.draw(st.integers(0, 2), label=f"noise before {aid}")]:
            shared_ex.extract(art)
        seen[aid] = _rows(shared_ex.extract(_article(aid, small_corpus[aid])))
    for aid in ids:
        assert seen[aid] == _fresh_rows(aid, small_corpus[aid])


def _rows(r) -> tuple:
    return (r.article, [(k, r.actors[k]) for k in sorted(r.actors)], r.mentions, r.events, r.agreements, r.agreement_parties, r.indicators)


_FRESH: dict = {}


def _fresh_rows(aid: str, body: str) -> tuple:
    if (aid, body) not in _FRESH:
        _FRESH[(aid, body)] = _rows(Extractor().extract(_article(aid, body)))
    return _FRESH[(aid, body)]
