"""Find indicators: numbers the article reports about the world, with unit and qualifier.

Reads: sentences, actors, date expressions. Produces: ``Indicator`` values.

What is a number here: numerals ("600,000", "1.2"), with a multiplier word ("1.2 billion"), a
currency sign or code ("$", "€", "USD") or a percent sign/word; and number words from ten up
("fifty", "two dozen", "hundreds" is not a number). The gold conventions make one to nine in
words optional, so they are not extracted. Not indicators: years and dates, ages ("45-year-old",
"aged 45"), durations ("for 30 days", "three years"), ordinals ("second"), times, and numbers
inside names or codes.

Qualifiers: (just) over/more than/above/exceeding -> more_than; about/approximately/around/roughly/some/
nearly/almost/an estimated -> approximately; (just) under/fewer than/less than/below -> less_than;
at least -> at_least; up to/at most/no more than/as many as/as much as -> at_most; "estimated at" ->
approximately. "between X and Y" -> at_least X, at_most Y. A conversion in brackets ("up to 50,000 ringgit ($11,800)") has the qualifier of the
amount it converts.

Units: currency signs and codes give ISO 4217 codes; currency names do too, and a name several
states use ("shillings", "pesos", "dinars") takes the code of the state named by a demonym before
it ("Kenyan shillings"), else of the article's main state; people counted by any role noun
("villagers", "others", "deaths", "islanders") and peoples named in the plural ("Chagossians") are
persons (also after counter-/ex-/anti-/pro-: "200 counter-demonstrators"); volumes and areas keep
"cubic"/"square" ("1 billion cubic metres"); other counted nouns are the unit as written. A count with its noun elided ("killed 20,000
people and displaced over 2 million since 2015", "up from 53,000 in 2023") has the unit of the
sentence's count before it; "60,000 of its citizens" counts persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ArticleActors
from .dates import find_dates
from .events import _focal_states
from .segment import Sentence

CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "A$": "AUD", "AU$": "AUD",
                  "NZ$": "NZD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "MX$": "MXN"}
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "RUB", "BRL", "MXN", "ZAR", "KES", "NGN", "TRY"}
# currency names with one ISO 4217 code wherever they are used
CURRENCY_WORDS = {"euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "naira": "NGN",
                  "rand": "ZAR", "lira": "TRY", "liras": "TRY", "reais": "BRL", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
                  "taka": "BDT", "kyat": "MMK", "birr": "ETB", "cedis": "GHS", "afghanis": "AFN", "zlotys": "PLN", "zloty": "PLN",
                  "forints": "HUF", "bolivars": "VES", "won": "KRW", "dong": "VND", "tenge": "KZT", "lari": "GEL", "drams": "AMD",
                  "shekels": "ILS", "shekel": "ILS", "kronor": "SEK", "soles": "PEN", "quetzales": "GTQ", "leva": "BGN",
                  "manat": "AZN", "somoni": "TJS", "kip": "LAK", "riel": "KHR"}
# names several states use for their currency: the state named by a demonym before the word
# ("Kenyan shillings", "Egyptian pounds"), else the article's main state when it is one of them;
# the entry under None is the reading when neither says (dollars are U.S. dollars in news)
LOCAL_CURRENCY = {
    "shillings": {"KEN": "KES", "UGA": "UGX", "TZA": "TZS", "SOM": "SOS"},
    "rupees": {"IND": "INR", "PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR", None: "INR"},
    "pesos": {"MEX": "MXN", "ARG": "ARS", "COL": "COP", "CHL": "CLP", "PHL": "PHP", "CUB": "CUP", "DOM": "DOP", "URY": "UYU"},
    "dinars": {"IRQ": "IQD", "JOR": "JOD", "KWT": "KWD", "DZA": "DZD", "TUN": "TND", "LBY": "LYD", "SRB": "RSD", "BHR": "BHD"},
    "pounds": {"GBR": "GBP", "EGY": "EGP", "LBN": "LBP", "SDN": "SDG", "SSD": "SSP", "SYR": "SYP", None: "GBP"},
    "riyals": {"SAU": "SAR", "QAT": "QAR", "YEM": "YER"},
    "rials": {"IRN": "IRR", "OMN": "OMR", "YEM": "YER"},
    "dirhams": {"ARE": "AED", "MAR": "MAD"},
    "dollars": {"USA": "USD", "CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "TWN": "TWD", "HKG": "HKD", "SGP": "SGD", "LBR": "LRD",
                "JAM": "JMD", "ZWE": "ZWL", None: "USD"},
    "kwacha": {"ZMB": "ZMW", "MWI": "MWK"},
    "francs": {"CHE": "CHF", "COD": "CDF", "RWA": "RWF", "BDI": "BIF", "GIN": "GNF", "DJI": "DJF", None: "CHF"},
}
MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
         "dozen": 12, "a dozen": 12, "two dozen": 24, "three dozen": 36}
QUALIFIERS = [
    ("more_than", r"just over|just above|slightly more than|more than|over|above|exceeding|in excess of|upwards of|north of"),
    ("less_than", r"just under|just below|slightly less than|less than|fewer than|under|below|short of"),
    ("at_least", r"at least|no fewer than|no less than|a minimum of"),
    ("at_most", r"up to|at most|no more than|as many as|as much as|as high as|a maximum of"),
    ("approximately", r"about|approximately|around|roughly|some|nearly|almost|close to|an estimated|estimated at|estimated|approx\.|circa"),
]
PERSON_UNITS = {"villagers", "others", "deaths", "fatalities", "returnees", "minors", "youths", "pilgrims", "fishermen",
                "patients", "evacuees", "journalists", "lawmakers", "doctors", "nurses", "teachers", "crew members",
                "people", "persons", "individuals", "migrants", "refugees", "residents", "citizens", "nationals",
                "immigrants", "asylum seekers", "asylum-seekers", "civilians", "children", "workers",
                "deportees", "detainees", "prisoners", "soldiers", "troops", "protesters", "demonstrators", "voters",
                "students", "women", "men", "victims", "passengers", "inmates", "hostages", "members", "fighters",
                "officers", "police officers", "guards", "agents", "smugglers", "suspects", "survivors", "casualties",
                "dead", "injured", "wounded", "killed", "displaced", "militants", "rebels", "traders", "farmers",
                "applicants", "Venezuelans", "Afghans", "Syrians", "Ukrainians", "Haitians", "Cubans", "Nicaraguans",
                "Salvadorans", "Guatemalans", "Hondurans", "Mexicans", "diplomats", "servicemen", "servicemembers",
                "peacekeepers", "personnel", "staff", "employees", "workers", "police", "nurses", "doctors", "teachers",
                "journalists", "leaders", "plaintiffs", "lawmakers", "legislators", "gunmen", "emigrants",
                "candidates", "delegates", "representatives", "senators", "ministers", "officials", "activists", "critics",
                "judges", "lawyers", "priests", "bishops", "clergy", "fishermen", "crew", "crew members", "sailors",
                "seafarers", "miners", "pilgrims", "tourists", "visitors", "settlers", "returnees", "evacuees", "opponents",
                "dissidents", "detainees", "convicts", "offenders", "criminals", "foreigners", "gang members", "defendants", "asylum applicants", "minors", "adults", "residents", "Sikhs", "Muslims", "Christians", "Hindus", "Jews", "Kurds", "Rohingya", "Uyghurs",
                "islanders", "inhabitants", "commanders", "generals", "herders", "pastoralists", "parliamentarians", "deputies",
                "governors", "mayors", "prosecutors", "bloggers", "reporters", "photographers", "volunteers", "contractors",
                "drivers", "truck drivers", "truckers", "labourers", "laborers", "expatriates", "traffickers", "combatants",
                "insurgents", "guerrillas", "jihadists", "extremists", "militiamen", "recruits", "conscripts", "reservists",
                "aid workers", "health workers", "medics", "paramedics", "firefighters", "rescuers", "captives", "pupils",
                "schoolchildren", "girls", "boys", "pensioners", "retirees", "squatters", "nomads", "deserters", "defectors"}
# invariant plurals and collective nouns that count things
# one unit name for craft counted under several words ("14 navy ships", "18 fishing boats": vessels);
# a family is a unit of its own, not a person ("4,000 families")
UNIT_CANON = {"ships": "vessels", "boats": "vessels", "vessels": "vessels", "warships": "vessels", "trawlers": "vessels",
              "planes": "aircraft", "jets": "aircraft", "warplanes": "aircraft", "airplanes": "aircraft", "aeroplanes": "aircraft"}
COUNT_NOUNS = {"aircraft", "personnel", "staff", "livestock", "cattle", "sheep"}
STOP_AFTER = {"and", "or", "to", "in", "on", "at", "for", "from", "by", "with", "than", "a", "an", "per", "each", "that", "were",
              "was", "are", "is", "had", "have", "has", "who", "which", "would", "will", "it", "they", "he", "she", "we"}
# a count of people who were arrested or detained is a count of arrests (gold conventions)
ARREST = re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|captured|apprehended|rounded up|taken into custody)\b", re.I)
PARTICLE_VERBS = {"handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "took", "take", "takes",
                  "taking", "taken", "won", "win", "wins", "winning", "passed", "pass", "passing", "brought", "left"}
DURATION = re.compile(r"^\s*(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|year-old|years-old|-year|-month|-day)\b", re.I)

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_QUAL = "|".join(p for _, p in QUALIFIERS)
PATTERN = re.compile(
    r"(?P<qual>\b(?i:" + _QUAL + r")\s+)?"
    r"(?P<cur>(?<![A-Za-z])(?:US|AU|NZ|CA|HK|MX|A|C|S|R)\$|[$€£¥₹])?\s?(?P<num>" + _NUM + r")"
    r"(?:\s?(?P<mult>thousand|million|billion|trillion|bn)\b)?"
    r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?"
    r"(?:\s+(?P<code>" + "|".join(CURRENCY_CODES) + r")\b)?",
)
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
WORDNUM = re.compile(
    r"(?P<qual>\b(?:" + _QUAL + r")\s+)?\b(?:(?P<word>two dozen|three dozen|a dozen|a hundred|" + "|".join(
        w for w in WORDS if " " not in w) + r")(?:\s+(?P<mult>thousand|million|billion))?"
    r"|(?P<small>" + "|".join(SMALL) + r")\s+(?P<smult>thousand|million|billion))\b", re.I)


@dataclass(frozen=True)
class Indicator:
    value: float
    unit: str
    qualifier: str
    measure: str
    subject_key: str | None
    claimed_by_key: str | None
    date: object
    precision: str
    sentence_index: int
    start: int
    end: int


def _qualifier(q: str | None) -> str:
    if not q:
        return "exact"
    q = q.strip().lower()
    for name, pat in QUALIFIERS:
        if re.fullmatch(pat, q):
            return name
    return "exact"


def _is_year_like(text: str, m: re.Match[str]) -> bool:
    num = m.group("num")
    if m.group("cur") or m.group("pct") or m.group("mult") or m.group("code"):
        return False
    if re.fullmatch(r"(?:1[89]|20|21)\d\d", num):
        return True
    return False


def find_indicators(sentences: list[Sentence], actors: ArticleActors, published, speech_verbs: frozenset[str],
                    demonym_groups: dict[str, str] | None = None) -> list[Indicator]:
    out: list[Indicator] = []
    by_sent: dict[int, list] = {}
    for m in actors.mentions:
        if not m.nested:
            by_sent.setdefault(m.sentence_index, []).append(m)
    for sent in sentences:
        text = sent.text
        dates = find_dates(text, published)
        date_spans = [(d.start, d.end) for d in dates]
        resolved = [d for d in dates if d.date is not None]
        hits = []
        for m in PATTERN.finditer(text):
            if any(s <= m.start("num") < e for s, e in date_spans) or _is_year_like(text, m):
                continue
            pre = text[max(0, m.start("num") - 12):m.start("num")]
            post = text[m.end():m.end() + 14]
            if re.search(r"(?:No\.|#|number|aged?|age of|Article|Section|page|pp?\.|Resolution)\s*$", pre, re.I):
                continue
            if DURATION.match(post) or re.match(r"^(?:st|nd|rd|th)\b", post) or re.match(r"^[:/]\d", post):
                continue
            if re.search(r"[A-Za-z\-]$", text[:m.start("num")]) or re.match(r"^[A-Za-z]", post) and not m.group("pct"):
                continue  # part of a code or name ("G20", "COVID-19", "F16s")
            value = float(m.group("num").replace(",", ""))
            if m.group("mult"):
                value *= MULT[m.group("mult").lower()]
            hits.append((m.start(), m.end(), value, m.group("qual"), m.group("cur"), m.group("pct"), m.group("code")))
        for m in WORDNUM.finditer(text):
            if any(s < e2 and s2 < e for s, e, *_ in hits for s2, e2 in [(m.start(), m.end())]):
                continue
            if DURATION.match(text[m.end():m.end() + 14]):
                continue
            if m.group("small"):  # "four million": large numbers in words are required indicators
                value = float(SMALL[m.group("small").lower()]) * MULT[m.group("smult").lower()]
            else:
                value = float(WORDS[m.group("word").lower()])
                if m.group("mult"):
                    value *= MULT[m.group("mult").lower()]
            hits.append((m.start(), m.end(), value, m.group("qual"), None, None, None))
        hits.sort()
        main = _main_state(actors)
        prev_qual, prev_end = None, -1
        sent_unit = None  # the unit of the sentence's last count, for elided nouns
        for s, e, value, qual, cur, pct, code in hits:
            if qual is None and re.search(r"\bbetween\s*$", text[:s], re.I) and BETWEEN_AND.match(text, e):
                qual = "at least"  # "between 2,000 and 3,000 people": a range's bounds
            elif qual is None and re.search(r"\bbetween\s+[$€£]?[\d.,]+(?:\s+(?:thousand|million|billion))?\s+and\s*$", text[:s], re.I):
                qual = "up to"
            elif qual is None and prev_qual and re.fullmatch(r"\s+(?:[\w\-]+\s+){0,3}?and\s*", text[prev_end:s]):
                qual = prev_qual  # "at least 20 police officers and 15 civilians": the qualifier covers both counts
            prev_qual, prev_end = qual, e
            start = s
            unit, measure_end, noun = None, e, ""
            if pct:
                unit = "percent"
            elif cur or code:
                unit = CURRENCY_SIGNS.get(cur, None) if cur else code
            before = _words_before(text, s)
            if qual and qual.strip().lower() == "over" and before and before[-1].lower() in PARTICLE_VERBS:
                qual = None  # "handed over 29 people": a particle, not a qualifier
                s = s + text[s:e].lower().index("over") + 4
                while s < e and text[s] == " ":
                    s += 1
                start = s
            if unit is None:
                unit, measure_end = _unit_after(text, e, demonym_groups)
            if unit is None and (bm := BETWEEN_AND.match(text, e)) and re.search(r"\bbetween\s*$", text[:s], re.I):
                unit = _unit_after(text, bm.end(), demonym_groups)[0]  # (the range's noun follows its upper bound)
            if unit is None and any(t.start("a") <= s < t.end("b") for t in VOTE_TALLY.finditer(text)):
                unit = "votes"  # "by 195 votes to 106", "voted 15 to 2"
            if unit is None and (re.match(r"\s+(?:who|in need)\b", text[e:]) or re.search(r"\bpopulation of\s+(?:\w+\s+){0,2}$", text[:s])):
                unit = "persons"  # "more than 700,000 who have fled", "21 million in need", "a population of 72 million"
            if unit is None:
                # "the number of detainees freed ... to nearly 900": the counted noun was named before
                nb = None
                for nb in re.finditer(r"\bthe (?:number|total|count) of (?:(\w+)\s+)?(\w+)", text[:s]):
                    pass
                if nb and re.search(r"\b(?:to|from|at|reached|hit|passed)\s+(?:\w+\s+)?$", text[:s]) and ";" not in text[nb.end():s]:
                    # the counted noun is the plural right after "of" ("detainees freed"), else the second word
                    first, second = nb.group(1), nb.group(2)
                    noun = first if first and (first.lower() in PERSON_UNITS or first.endswith("s")) else second
                    unit = "persons" if noun.lower() in PERSON_UNITS or noun in PERSON_UNITS else noun.lower()
            of = re.match(r"\s+of\s+(?:its|their|his|her|the|these|those)\s+(?:[a-z\-]+\s+)?([a-z\-]+)", text[e:]) if unit is None else None
            if of and of.group(1) in PERSON_UNITS:
                unit, measure_end = "persons", e + of.end()  # "60,000 of its citizens"
            if unit is None and sent_unit and re.match(r"\s*(?:$|[,;.]|(?:of them|of whom|had|have|has|were|was|in|since|last|this|"
                                                      r"from|to|by|and|a year|compared)\b)", text[e:]):
                # "killed more than 20,000 people and displaced over 2 million since 2015", "60,000 of its
                # citizens, up from about 53,000 in 2023": an elided noun is the one counted before
                unit = sent_unit
            if unit is None:
                continue
            if unit.startswith("currency:"):
                unit = _local_currency(unit[9:], text[:measure_end], demonym_groups, main)
            if unit == "persons" and (ARREST.search(" ".join(before[-3:])) or ARREST.match(text, measure_end)
                                      or re.match(r"\s+(?:had|have|has|were|was)\s+(?:been\s+)?(?:arrest|detain|captur|apprehend)", text[measure_end:], re.I)):
                unit = "arrests"
            # measure: the counted phrase up to the end of the noun phrase
            mm = re.compile(r"[,;:.](?!\d)|\s(?:and|which|who|while|have|has|had|were|was|are|is)\s").search(text, e)
            measure = text[s:mm.start() if mm else len(text)].strip()
            subject, claimed = _subject_and_claim(text, s, e, by_sent.get(sent.index, []), sent.start, actors, speech_verbs)
            if resolved:
                date, prec = resolved[0].date, resolved[0].precision
            elif published and re.search(r"\b(?:to date|currently|now|so far|as of|remain|are|is|has|have)\b", text, re.I):
                date, prec = published, "day"
            else:
                date, prec = None, "unknown"
            sent_unit = unit
            qualifier = _qualifier(qual)
            prev_ind = out[-1] if out and out[-1].sentence_index == sent.index else None
            if prev_ind is not None and not qual and re.fullmatch(r"\s*\(\s*", text[prev_ind.end - sent.start:start]) \
                    and unit != "persons" and prev_ind.unit != "persons":
                # "up to 50,000 ringgit ($11,800)": a conversion in brackets states the same amount
                qualifier = prev_ind.qualifier
            out.append(Indicator(value, unit, qualifier, measure, subject, claimed, date, prec,
                                 sent.index, sent.start + start, sent.start + measure_end))
    return out


BETWEEN_AND = re.compile(r"\s+and\s+(?:about\s+)?[$€£]?[\d][\d.,]*(?:\s+(?:thousand|million|billion))?")
VOTE_TALLY = re.compile(r"\b(?:vot(?:ed|es?|ing)\s+(?:by\s+)?|by\s+|margin of\s+)(?P<a>\d+)(?:\s+votes?)?\s*(?:-|–|to)\s*(?P<b>\d+)\b")


def _main_state(actors: ArticleActors) -> str | None:
    """The ISO3 code of the state the article names most (the event coder's ranking of main states)."""
    return next((k[6:] for k in _focal_states(actors) if k.startswith("state:")), None)


def _local_currency(word: str, text_to_unit: str, demonym_groups, main: str | None) -> str:
    """ISO 4217 code for a currency name several states use ("shillings"): the state of a demonym
    right before it, else the article's main state, else the usual reading; the word itself when
    none applies."""
    codes = LOCAL_CURRENCY[word]
    dem = re.search(r"([A-Z][\w\-]+)\s+" + word[:-1] + r"s?\s*$", text_to_unit)
    iso = (demonym_groups or {}).get(dem.group(1)) if dem else None
    for state in (iso, main):
        if state is not None and state in codes:
            return codes[state]
    return codes.get(None, word)


def _words_before(text: str, pos: int) -> list[str]:
    return re.findall(r"[\w'’\-]+", text[max(0, pos - 60):pos])


def _unit_after(text: str, e: int, demonym_groups) -> tuple[str | None, int]:
    """The unit of a bare number: the counted noun among the next words ("38 more individuals",
    "10,000 National Guard troops", "4,700 injured", "14 suicide bombings", "10 square
    kilometres"). A demonym followed by a noun is an adjective ("153 Chinese military aircraft");
    the unit is the head noun ("475 deportation flights" counts flights)."""
    area = re.match(r"\s+((?:square|cubic)\s+(?:kilometres|kilometers|miles|metres|meters|feet)|hectares|acres|metric\s+tons|metric\s+tonnes|tonnes|tons|"
                    r"barrels)\b", text[e:], re.I)
    if area:
        unit = re.sub(r"\s+", " ", area.group(1).lower())
        rate = re.match(r"\s+(?:of\s+(?:crude\s+)?oil\s+)?(?:a|per)\s+day\b", text[e + area.end():])
        if unit == "barrels" and rate:
            return "barrels per day", e + area.end() + rate.end()  # oil output is counted in barrels per day
        return unit, e + area.end()
    # distances ("flew about 1,000 km"): one unit name for each spelling
    dist = re.match(r"\s*(km|kilometres|kilometers|miles)\b", text[e:])
    if dist:
        return ("miles" if dist.group(1) == "miles" else "kilometres"), e + dist.end()
    # "21,900 pounds of fentanyl" weighs; "20 million pounds" of money has no "of <thing>"
    weight = re.match(r"\s+(pounds|kilograms|kg)\s+of\b", text[e:]) or (
        # "21,900 pounds of fentanyl, down from about 27,000 pounds": the second count weighs too
        re.match(r"\s+(pounds)\b", text[e:]) if re.search(r"\bpounds\s+of\b", text[:e]) else None)
    if weight:
        return ("pounds" if weight.group(1) == "pounds" else "kilograms"), e + weight.end(1)
    pos = e
    for i in range(4):
        w = re.match(r"\s*((?:asylum\s+seekers|police\s+officers)|[A-Za-z][\w\-]*)", text[pos:])
        if not w:
            return None, e
        word = w.group(1)
        low = word.lower()
        end = pos + w.end()
        nxt = re.match(r"\s+([a-z][\w\-]*)", text[end:])
        name = low if low in LOCAL_CURRENCY else low + "s"  # "kwacha", "dollars", "dollar"
        if name in LOCAL_CURRENCY:
            return "currency:" + name, end  # resolved by the caller
        if low in CURRENCY_WORDS:
            return CURRENCY_WORDS[low], end
        adjective = bool(nxt) and nxt.group(1) not in STOP_AFTER
        if low in PERSON_UNITS or word in PERSON_UNITS or (demonym_groups and word in demonym_groups and not adjective) \
                or re.fullmatch(r"(?:counter|ex|anti|pro)-(\w+)", low) and re.fullmatch(r"(?:counter|ex|anti|pro)-(\w+)", low).group(1) in PERSON_UNITS:
            return "persons", end  # ("200 counter-demonstrators", "ex-soldiers")
        if re.fullmatch(r"[A-Z][a-z]+(?:ians|ans|ites)", word):
            return "persons", end  # a people named in the plural ("200 Chagossians", "5,000 Palestinians")
        if low in COUNT_NOUNS or (low.endswith("s") and len(low) > 3 and low not in {"times", "years", "days", "percent", "more", "less"}
                                  and word[0].islower()):
            return UNIT_CANON.get(low, low), end  # the head noun: "deportation flights" counts flights
        if low in STOP_AFTER:
            return None, e
        pos = end
    return None, e


def _subject_and_claim(text, s, e, mentions, base, actors: ArticleActors, speech_verbs):
    subject = claimed = None
    for m in mentions:
        ms = m.start - base
        if ms >= e and ms - e <= 30:
            subject = m.key
            break
    claim = re.compile(r"\b(" + "|".join(sorted(speech_verbs, key=len, reverse=True)) + r"|according to)\b")
    for cm in claim.finditer(text[:s]):
        if cm.group(1) == "according to":
            after = [m for m in mentions if m.start - base >= cm.end()]
            claimed = after[0].key if after else None
        else:
            before = [m for m in mentions if m.end - base <= cm.start()]
            claimed = before[-1].key if before else None
    if subject is None:
        before = [m for m in mentions if m.end - base <= s and m.key != claimed]
        subject = before[0].key if before else (claimed if claimed else None)
    return subject, claimed
