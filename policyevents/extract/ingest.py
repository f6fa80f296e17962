"""Read and check an articles folder: ``articles.csv`` plus one ``<article_id>.txt`` per row.

Reads: the folder. Produces: ``Article`` values (metadata, checksum of the body bytes, decoded
body) and ``Skipped`` values (article, file, reason code, message).

Errors that stop the build (``InputError``; nothing is written): no or unreadable articles.csv,
articles.csv not UTF-8 or with NUL bytes, missing required columns, a malformed record (unclosed or
stray quote, more or fewer fields than the header), duplicate ``article_id``, an id that is not a
safe file name, a date that is not YYYY-MM-DD, a body file that cannot be read, and an input with
no article left to extract (header only, or every article skipped: a build that would publish an
empty dataset over the previous one is refused). Problems of single articles skip that article
and are listed in the build report and the ``skipped_articles`` table (``strict=True`` makes
them errors): a row without its body, a body without its row, an empty body, a body that is not
UTF-8 (unless an ``encoding_fallback`` is given, which is then recorded per article), NUL bytes
or other binary content, HTML markup, a body over ``max_bytes``, and text that is not English.
A body in UTF-16 (byte-order mark) is reported as not UTF-8 rather than as binary.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

REQUIRED_COLUMNS = ("article_id", "title", "published", "source", "url", "license")
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
DEFAULT_MAX_BYTES = 2_000_000
_HTML = re.compile(r"<\s*/?\s*(?:html|body|head|div|p|br|span|a\s|script|style|table|tr|td|li|ul|h[1-6])\b[^>]*>", re.I)
_EN_WORDS = frozenset(
    "the of and to in a is that for on with as by was at from it be are has have said were its an which this not "
    "but or their will his her they who after had been more also would than other".split())


@dataclass(frozen=True)
class Article:
    article_id: str
    title: str | None
    published: dt.date | None
    source: str | None
    url: str | None
    license: str | None
    sha256: str
    encoding: str
    body: str


@dataclass(frozen=True)
class Skipped:
    article_id: str
    file: str
    reason_code: str
    message: str


def _none(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def english_ratio(text: str) -> tuple[int, float]:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0, 0.0
    return len(words), sum(w in _EN_WORDS for w in words) / len(words)


def read_articles(folder: Path, *, encoding_fallback: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  strict: bool = False) -> tuple[list[Article], list[Skipped]]:
    folder = Path(folder)
    csv_path = folder / "articles.csv"
    if not folder.is_dir():
        raise InputError("no-folder", "articles folder does not exist", file=str(folder))
    if not csv_path.is_file():
        raise InputError("no-articles-csv", "articles.csv is missing", file=str(csv_path),
                         hint="the folder needs articles.csv with columns " + ",".join(REQUIRED_COLUMNS))
    raw = _read_bytes(csv_path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError("csv-not-utf8", f"articles.csv is not UTF-8 (byte {e.start})", file=str(csv_path)) from None
    if "\x00" in text:
        raise InputError("malformed-csv", "articles.csv contains a NUL byte; it is not a text CSV file",
                         file=str(csv_path), line=text.count("\n", 0, text.index("\x00")) + 1)
    # strict: an unclosed quote is an error instead of silently swallowing the rest of the file
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        cols = reader.fieldnames or []
    except csv.Error as e:
        raise InputError("malformed-csv", f"the header cannot be parsed as CSV ({e})", file=str(csv_path), line=1) from None
    missing = [c for c in REQUIRED_COLUMNS if c not in cols]
    if missing:
        raise InputError("missing-columns", f"missing column(s) {', '.join(missing)}; found {', '.join(cols) or 'none'}",
                         file=str(csv_path), line=1)
    rows: list[tuple[int, dict]] = []
    seen: dict[str, int] = {}
    seen_folded: dict[str, tuple[str, int]] = {}
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise InputError("malformed-row", f"row has {len(cols) + len(row[None])} fields, the header has {len(cols)}",
                                 file=str(csv_path), line=line, hint="quote fields that contain commas")
            if any(v is None for v in row.values()):
                n = sum(v is not None for v in row.values())
                raise InputError("malformed-row", f"row has {n} field(s), the header has {len(cols)}", file=str(csv_path),
                                 line=line, field=next(k for k, v in row.items() if v is None),
                                 hint="give every column, empty if unknown")
            aid = (row.get("article_id") or "").strip()
            if not SAFE_ID.match(aid):
                raise InputError("unsafe-id", f"article_id {aid!r} is not a safe file name", file=str(csv_path), line=line,
                                 field="article_id", hint="use letters, digits, '.', '_' and '-', starting with a letter or digit")
            if aid in seen:
                raise InputError("duplicate-id", f"article_id {aid!r} appears again (first on line {seen[aid]})",
                                 file=str(csv_path), line=line, field="article_id")
            if aid.casefold() in seen_folded:
                # on a case-insensitive file system (macOS, Windows) both rows would read one body file
                first, first_line = seen_folded[aid.casefold()]
                raise InputError("duplicate-id", f"article_id {aid!r} differs from {first!r} (line {first_line}) only in case",
                                 file=str(csv_path), line=line, field="article_id",
                                 hint="article ids name body files, which some file systems do not tell apart by case")
            seen[aid] = line
            seen_folded[aid.casefold()] = (aid, line)
            pub = _none(row.get("published"))
            if pub:
                try:
                    dt.date.fromisoformat(pub)
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                        raise ValueError
                except ValueError:
                    raise InputError("bad-date", f"published {pub!r} is not a date YYYY-MM-DD", file=str(csv_path),
                                     line=line, field="published") from None
            rows.append((line, row))
    except csv.Error as e:
        what = {"unexpected end of data": "a quoted field is never closed (unbalanced '\"')",
                "',' expected after '\"'": "a quote is followed by more text in the same field (write \"\" for a quote "
                                            "inside a quoted field)"}.get(str(e), str(e))
        raise InputError("malformed-csv", f"the record after line {line} is not valid CSV: {what}",
                         file=str(csv_path), line=line + 1) from None
    if not rows:
        raise InputError("no-articles", "articles.csv has a header but no rows: nothing to build", file=str(csv_path))

    articles: list[Article] = []
    skipped: list[Skipped] = []

    def skip(aid: str, file: str, code: str, message: str) -> None:
        if strict:
            raise InputError(code.replace("_", "-"), message, file=str(folder / file))
        skipped.append(Skipped(aid, file, code, message))

    for line, row in rows:
        aid = row["article_id"].strip()
        name = f"{aid}.txt"
        path = folder / name
        if not path.is_file():
            skip(aid, name, "missing_body", f"articles.csv line {line} lists {aid!r} but {name} does not exist")
            continue
        data = _read_bytes(path)
        if len(data) > max_bytes:
            skip(aid, name, "too_large", f"{name} has {len(data)} bytes, over the limit of {max_bytes} (raise it with --max-bytes)")
            continue
        if not data.strip():
            skip(aid, name, "empty_body", f"{name} is empty (or only white space)")
            continue
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            skip(aid, name, "not_utf8", f"{name} is UTF-16 (it starts with a byte-order mark), not UTF-8; convert it to UTF-8")
            continue
        nul = data.find(b"\x00")
        if nul >= 0:
            skip(aid, name, "binary_content", f"{name} contains NUL bytes (the first at byte {nul}): not a text file")
            continue
        encoding = "utf-8"
        try:
            body = data.decode("utf-8")
        except UnicodeDecodeError as e:
            if not encoding_fallback:
                skip(aid, name, "not_utf8", f"{name} is not valid UTF-8 (byte {e.start}); convert it, or pass "
                     "--encoding-fallback cp1252 (or latin-1) to decode such files and record it")
                continue
            encoding = encoding_fallback
            body = data.decode(encoding_fallback, errors="replace")
        if not body.replace("\ufeff", "").strip():
            skip(aid, name, "empty_body", f"{name} has no text (only white space or a byte-order mark)")
            continue
        controls = sum(1 for ch in body if ord(ch) < 32 and ch not in "\n\r\t")
        if controls > max(2, len(body) // 1000):
            skip(aid, name, "binary_content", f"{name} contains {controls} control characters: not plain text")
            continue
        if len(_HTML.findall(body)) >= 3 or re.search(r"<\s*(?:html|body|script)\b", body, re.I):
            skip(aid, name, "html_markup", f"{name} contains HTML markup; extract the text first (offsets refer to the text as given)")
            continue
        n_words, ratio = english_ratio(body)
        if n_words >= 20 and ratio < 0.08:
            skip(aid, name, "not_english", f"{name} does not look like English ({ratio:.0%} common English words); the extractor is English-only")
            continue
        articles.append(Article(
            article_id=aid,
            title=_none(row.get("title")),
            published=dt.date.fromisoformat(row["published"].strip()) if _none(row.get("published")) else None,
            source=_none(row.get("source")),
            url=_none(row.get("url")),
            license=_none(row.get("license")),
            sha256=hashlib.sha256(data).hexdigest(),
            encoding=encoding,
            body=body,
        ))
    listed = set(seen)
    for p in sorted(folder.glob("*.txt")):
        if p.stem not in listed:
            skip(p.stem if SAFE_ID.match(p.stem) else f"orphan-{hashlib.sha256(p.name.encode()).hexdigest()[:8]}",
                 p.name, "orphan_body", f"{p.name} has no row in articles.csv")
    if not articles:
        reasons = "; ".join(f"{s.file}: {s.reason_code}" for s in skipped[:10]) + (" ..." if len(skipped) > 10 else "")
        raise InputError("no-articles", f"no article left to extract; skipped: {reasons}",
                         file=str(folder), hint="nothing is written: an empty dataset would replace the previous one")
    return articles, skipped


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError("unreadable", f"cannot read the file ({e.strerror or e})", file=str(path)) from None
