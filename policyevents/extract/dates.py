"""Find date expressions in a sentence and resolve them against the publication date.

Reads: sentence text, publication date, whether the sentence speaks of the future.
Produces: ``DateExpr`` values (span, resolved date, precision).

Conventions (gold README, "Dates"): a date is the first day of its period; a week is given by
its Monday. A bare weekday is the nearest such day on or before publication for what happened,
and the next one after it for what is scheduled; whether a date speaks of what is scheduled is read
from its own clause (a modal or future marker before it: scheduled; a past verb: happened), else
from the sentence. "over the weekend" is the weekend just before
publication (precision week, its Monday). "last week"/"last month"/"last year" are the previous
period. "N years ago" and "a decade ago" have year precision. Without a publication date, only
absolute dates resolve.

The standard library is enough here: a date-parsing library (dateparser, dateutil) parses a
given string but does not find expressions in running text with offsets, which is the job.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}


@dataclass(frozen=True)
class DateExpr:
    start: int  # offsets within the text given to find_dates
    end: int
    text: str
    date: dt.date | None
    precision: str  # day | week | month | year | unknown


_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(_M + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r",?\s+(?P<y>(?:19|20)\d{2})\b")),
    ("my", re.compile(r"\b" + _M + r",?\s+(?P<y>(?:19|20)\d{2})\b")),
    ("md", re.compile(_M + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})")),
    ("dm", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"\b(?!,?\s+(?:19|20)\d{2})")),
    ("weekend", re.compile(r"\b(?:over|during|on|at|this|last|past)\s+(?:the\s+)?(?:past\s+)?weekend\b", re.I)),
    ("rel_period", re.compile(r"\b(?P<rel>last|this|next|past|previous|coming|earlier this|later this)\s+(?P<unit>week|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|this|next|on|since|by|until)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("dayword", re.compile(r"\b(?P<w>yesterday|today|tomorrow)\b", re.I)),
    ("in_month", re.compile(r"\b(?:in|since|until|by|early|late|mid-?)\s+" + _M + r"\b(?!\s+\d)")),
    ("year", re.compile(r"\b(?:in|since|by|until|during|from|of|early|late|mid-?)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d{2})\b(?![-–]\d)")),
]


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or _MONTH_ABBR[key]


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None, future: bool) -> tuple[dt.date | None, str]:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (d, "day") if d else (None, "unknown")
    if kind in ("mdy", "dmy"):
        d = _safe_date(int(g["y"]), _month(g["month"]), int(g["d"]))
        return (d, "day") if d else (None, "unknown")
    if kind == "my":
        return dt.date(int(g["y"]), _month(g["month"]), 1), "month"
    if kind == "year":
        return dt.date(int(g["y"]), 1, 1), "year"
    if pub is None:
        return None, "unknown"
    if kind in ("md", "dm"):
        month, day = _month(g["month"]), int(g["d"])
        d = _safe_date(pub.year, month, day)
        if d is None:
            return None, "unknown"
        if not future and d > pub + dt.timedelta(days=1):
            d = _safe_date(pub.year - 1, month, day)
        elif future and d < pub:
            d = _safe_date(pub.year + 1, month, day)
        return (d, "day") if d else (None, "unknown")
    if kind == "in_month":
        month = _month(g["month"])
        year = pub.year
        if not future and month > pub.month:
            year -= 1
        if future and month < pub.month:
            year += 1
        return dt.date(year, month, 1), "month"
    if kind == "weekend":
        text = m.group(0).lower()
        if text.startswith("this") and future:
            sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
        else:
            # the weekend just before publication (a Saturday strictly before it)
            sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)
        return _monday(sat), "week"
    if kind == "rel_period":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        step = -1 if rel in ("last", "past", "previous") else 1 if rel in ("next", "coming") else 0
        if unit == "week":
            return _monday(pub) + dt.timedelta(weeks=step), "week"
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
            return dt.date(y, mo + 1, 1), "month"
        return dt.date(pub.year + step, 1, 1), "year"
    if kind == "ago":
        n = NUMBER_WORDS.get(g["n"].lower(), None) if not g["n"].isdigit() else int(g["n"])
        unit = g["unit"].lower()
        if n is None:
            return None, "unknown"
        if unit == "day":
            return pub - dt.timedelta(days=n), "day"
        if unit == "week":
            return _monday(pub - dt.timedelta(weeks=n)), "week"
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return dt.date(y, mo + 1, 1), "month"
        years = n * (10 if unit == "decade" else 1)
        return dt.date(pub.year - years, 1, 1), "year"
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g["rel"] or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (wd - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
        delta = (pub.weekday() - wd) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return pub - dt.timedelta(days=delta), "day"
    if kind == "dayword":
        w = g["w"].lower()
        return pub + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[w]), "day"
    return None, "unknown"


def find_dates(text: str, published: dt.date | None, future: bool = False) -> list[DateExpr]:
    """All date expressions in ``text``, without overlaps (earlier, longer patterns win)."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "md" and g_is_may_modal(text, m):
                continue
            date, prec = _resolve(kind, m, published, _clause_future(text, s, future))
            taken.append((s, e))
            found.append(DateExpr(s, e, text[s:e], date, prec if date else "unknown"))
    found.sort(key=lambda x: x.start)
    return found


def g_is_may_modal(text: str, m: re.Match[str]) -> bool:
    """'May 5' is a date, but 'may' the modal never matches (the pattern is case-sensitive)."""
    return m.group("month") == "may"


_FUTURE = re.compile(
    r"\b(?:will|shall|is (?:set|scheduled|expected|due) to|are (?:set|scheduled|expected|due) to|"
    r"plans? to|planned|upcoming|next (?:week|month|year)|tomorrow)\b",
    re.I,
)


_MODAL_BEFORE = re.compile(r"\b(?:could|might|may|would|should|must)\s+(?:[\w'’\-]+\s+){0,14}$")
_PAST_VERB = re.compile(r"\b(?:[a-z]{2,}ed|met|said|held|took|began|left|sent|came|went|told|made|gave|won|lost|fled|struck|"
                        r"spoke|wrote|saw|fell|rose|shut|broke|brought|sought|led|paid|fought|stood|kept)\b")
_CLAUSE_CUT = re.compile(r"[,;]|\b(?:and|but|that|which|who|when|after|before|while|as)\b")


def _clause_future(text: str, start: int, sentence_future: bool) -> bool:
    """Whether the date at ``start`` speaks of the future, read from its own clause: a modal before
    it ("could meet ... in July") or a future marker is the future; a past verb ("agreed in February", "talks that opened on Tuesday") is the past,
    even when another clause of the sentence speaks of the future; a clause with neither follows
    the sentence."""
    window = text[max(0, start - 90):start]
    cuts = list(_CLAUSE_CUT.finditer(window))
    clause = window[cuts[-1].end():] if cuts else window
    if _FUTURE.search(clause) or _MODAL_BEFORE.search(clause):
        return True
    if _PAST_VERB.search(clause):
        return False
    return sentence_future


def speaks_of_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))
