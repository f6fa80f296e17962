"""Recognize actor mentions and resolve them to actors, one article at a time.

Reads: the body, its sentences, the lexicon. Produces: ``Actor`` values (identity key, name, type,
country, role) and ``Mention`` values (exact spans), all for one article.

How it decides, in order:

1. Dictionary names: organizations, countries (names, aliases, capitals), lowercase collective
   organizations ("human rights organizations"), and demonym phrases ("Colombian nationals" ->
   group; "Mexican authorities" -> the state; "Venezuelans" -> group).
2. Runs of capitalized words that no dictionary claimed. A leading country or demonym and a
   leading title make a titled person ("Kenyan Foreign Minister Jane Doe"); an organization word
   makes an organization ("Ministry of Interior"); a following "gang/cartel/militia" makes a named
   group an organization ("Sinaloa cartel", "Black Axe gang"); so does a common noun for an
   organization before it ("the rights group Haki Africa", "the newspaper Le Figaro"); a place word ("Canal", "Act") makes it no actor,
   and so does a document word before "on/of" ("the Treaty on Conventional Armed Forces in Europe")
   or a common noun for a place after it ("the Bukit Jalil depot", "the Dadaab refugee camp");
   otherwise two to four name-like words are a person (not before "region", "province", "camp"
   and other place nouns). Appositions ("X, the U.S. Special Envoy for ...") and possessive titles
   ("Venezuela's president, X"; also "acting"/"interim" ones) give role and country; an initial
   before a surname ("S. Jaishankar") belongs to the name; a region opening an organization's name
   is part of it ("the West Africa Centre for ..."); a city before "-based" ("an Accra-based group")
   is where a body sits, no actor (but "the Tripoli-based government" is the state), and so is a
   capitalized run ending in "-based" ("the New York-based group"); a church named by its
   denomination is an organization ("the Serbian Orthodox Church"), one named by a saint a place.
   A short name two states share ("Congo", "Korea") is the one of them the article names in full.
   Groups by pattern: a plural head from ``group_heads.txt`` with at most one modifier
   ("protesters", "truck drivers", "armed opposition groups", "Western governments"); a bare
   demonym before a lowercase noun ("Mexican imports"), or first in a list of demonyms before one
   ("his French, Polish and Austrian counterparts"), is a mention of the state.
3. Coreference within the article: surnames and name tails ("Doe", "Van Klaveren"), a middle name
   of one known name of three or more words ("Tchiroma" for "Issa Tchiroma Bakary"), acronyms of
   organizations named in full ("Rapid Support Forces" ... "the RSF"), role phrases ("the former
   president" -> the person with that role; "a U.S. envoy" -> the state the official acts for),
   "the ministry/court/party" -> the organization of that kind last named (a ministry named by its
   country, "the Belarusian foreign ministry", is that state, and so is "the ministry" after it), and a leader's
   possessive government ("X's government" -> X's state); "the <surname> administration/government"
   is the state of the head of state or government in ``persons.tsv`` with that surname, when no
   other listed person has it ("the Biden administration" -> the United States); "the (regional)
   bloc" -> the intergovernmental organization last named that is no organ of one (not "the
   European Commission"); a definite plural of people or bodies ("the leaders", "the mediators")
   -> the actor of a mention with that head in the same or the two sentences before ("EU leaders");
   "the crowd" -> the group (not police or troops) last named in it or the three sentences before;
   "the 79-year-old" -> the person last named in it or the two sentences before; "his/her
   supporters" -> the supporters of the person named last (in that sentence or the one before). A
   surname two people share ("Rodrigo Duterte", "Sara Duterte") is the one named last before it; a
   family name comes back without its Arabic article ("al-Sisi" ... "Sisi"). States the article says
   a junta rules ("Myanmar's military government") are listed for "the junta" (events.py).

4. Known office-holders (``persons.tsv``: heads of state and government, foreign and defence
   ministers, 2015-2026) get their country when the text gives none, and their office when the
   article was published during it and the text names no role. A person's country is otherwise
   read from the text: a title's country, a possessive ("Kenya's president"), else the one state
   named alone in the sentence that introduces them.

Pronouns are resolved separately by the event coder (they are not listed as mentions).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace

from .lexicon import Lexicon
from .segment import Sentence

ORG_NOUNS = ("gang", "cartel", "militia", "group", "rebels", "movement", "party", "network", "syndicate", "faction", "organization", "organisation")
# words that cannot begin a group phrase ("the protesters", "thousands of demonstrators")
GROUP_STOP = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that",
              "this", "these", "those", "their", "its", "his", "her", "our", "some", "many", "several", "most", "all",
              "other", "more", "than", "least", "about", "over", "under", "hundreds", "thousands", "dozens", "millions",
              "tens", "scores", "who", "which", "were", "was", "are", "is", "be", "been", "had", "have", "has", "said",
              "says", "told", "both", "few", "any", "no", "among", "including", "while", "when", "after", "before",
              "against", "into", "where", "police", "also", "not", "but", "would", "could", "will", "may", "include",
              "includes", "push", "let", "help", "use", "send", "two", "three", "four", "five", "one", "such", "own", "if",
              "between", "through", "across", "near", "outside", "inside", "toward", "towards", "via", "without", "within",
              "during", "despite", "upon", "like", "train", "arm", "fund", "protect", "pay", "urge", "urged", "meet", "met",
              "first", "second", "third", "last", "latest", "another", "back", "away", "out", "off", "up", "down", "home",
              # conjunctions, relatives and counts that can stand before a plural ("whose lawmakers said",
              # "although residents fled", "six students", "additional police")
              "whose", "although", "though", "because", "since", "unless", "whether", "whom", "why", "how", "what",
              "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty",
              "additional", "further", "extra", "fellow"}
# the followers of a named person, party or state ("Morales's supporters", "Correa's allies")
FOLLOWER_HEADS = r"(?P<head>supporters|allies|followers|loyalists|backers|lawyers|aides)\b"
FOLLOWERS = re.compile(r"(?<![\w\-])(?P<own>(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)(?P<poss>['’]s?)\s+" + FOLLOWER_HEADS)
# ... and those of the person named last ("his supporters")
PRONOUN_FOLLOWERS = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+" + FOLLOWER_HEADS)
GROUP_COMPOUND = {"leader", "leaders", "figure", "figures", "camp", "member", "members", "party", "parties", "group",
                  "movement", "candidate", "lawmaker", "rally", "rallies", "bloc", "coalition", "alliance", "spokesman",
                  "spokeswoman", "chief", "head", "status", "policy", "crisis", "flows", "camp", "camps", "centre", "center",
                  "ally", "allies", "activist", "politician", "stronghold", "newspaper", "figurehead",
                  # a group noun before a noun it classifies ("police training", "police reform", "refugee camp")
                  "training", "reform", "reforms", "station", "stations", "academy", "academies", "chief", "chiefs",
                  "headquarters", "custody", "cooperation", "issue", "issues", "rights", "welfare", "protection",
                  "quota", "quotas", "visa", "visas", "permit", "permits", "numbers", "arrivals", "flows"}
ADJ_PARTICIPLES = {"armed", "exiled", "displaced", "detained", "jailed", "suspected", "organized", "organised", "elected",
                   "united", "stranded", "displaced", "striking", "protesting", "undocumented", "unaccompanied", "rival",
                   "unidentified", "masked", "uniformed", "unarmed", "retired", "deported", "imprisoned", "kidnapped",
                   "abducted", "injured", "wounded", "trafficked", "disgruntled", "ruling", "governing", "leading"}


# capitals that, as actors, stand for the international organization seated there rather than the state
SEATS = {"Brussels": "European Union"}
MILITARY_RULE = re.compile(r"(?:['’]s)?\s+(?:ruling\s+|own\s+)?(?:junta|military government|military regime|military rulers)\b")
ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ad|ash|ar|an|at|az|ul|ud)-", re.I)
SHARED_SHORT_NAMES = {"Congo": {"COD", "COG"}, "Korea": {"KOR", "PRK"}}
SHARED_SHORT = re.compile(r"(?<![\w\-])(?:" + "|".join(SHARED_SHORT_NAMES) + r")(?![\w\-])")

# what a person is, between a demonym and a name ("Kenyan activist Boniface Mwangi")
DESCRIPTORS = (r"activist|rights activist|lawyer|human rights lawyer|journalist|blogger|dissident|businessman|businesswoman|"
               r"tycoon|cleric|pastor|priest|rapper|singer|musician|writer|novelist|poet|academic|scholar|researcher|"
               r"economist|politician|opposition politician|opposition leader|opposition figure|rebel leader|militia leader|"
               r"warlord|tourist|student|athlete|footballer|doctor|engineer|executive|banker|farmer|fisherman|pilot|"
               r"filmmaker|photographer|reporter|correspondent|editor|publisher|billionaire|influencer|aid worker|national|citizen")
DESCRIPTOR_AFTER = re.compile(r"\s+(?:" + DESCRIPTORS + r")\s+[A-Z]")
DESCRIBED_PERSON = re.compile(r"(?:^|(?<=\s))(?P<dem>[A-Z][\w\-]+)\s+(?:" + DESCRIPTORS + r")\s+$")

# lowercase words between a country and a title that belong to the title ("Brazilian acting President X")
TITLE_MODIFIER_WORDS = r"interim|acting|caretaker|outgoing|incoming|deputy|then|transitional|newly elected|new"
TITLE_MODIFIER = re.compile(r"\s+(?:" + TITLE_MODIFIER_WORDS + r")\s+[A-Z]")


# words that are also verb forms but before a group noun name its kind ("riot police", "protest leaders")
NOUN_MODIFIERS = {"riot", "protest", "strike", "rally", "march"}


PLACE_NOUN_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)?\s+(?:refugee\s+|detention\s+|immigration\s+|military\s+|border\s+)?"
                              r"(?:depots?|camps?|prisons?|facility|facilities|detention centres?|detention centers?|crossings?|"
                              r"checkpoints?|airport|airbase|air base|naval base|villages?|districts?|neighbourhoods?|neighborhoods?|"
                              r"townships?|settlements?|oilfields?|oil fields?|mines?|dams?|highway|motorway|road)\b")
DOCUMENT_HEADS = {"Treaty", "Convention", "Agreement", "Accord", "Protocol", "Charter", "Declaration", "Act", "Memorandum",
                  "Statute", "Covenant", "Pact"}
# the last word of a document's name ("Executive Order", "Alien Enemies Act")
DOCUMENT_ENDS = {"Order", "Orders", "Act", "Bill", "Proclamation", "Directive", "Decree", "Ordinance", "Memorandum", "Resolution"}
# nouns that say a name is an organization's ("the charity Care4Calais", "KISA, a rights group,")
ORG_KINDS = (r"group|organi[sz]ation|charity|agency|association|union|party|movement|newspaper|daily|broadcaster|news agency|"
             r"network|coalition|alliance|militia|company|firm|watchdog|foundation|institute|think tank|NGO|"
             r"non-governmental organi[sz]ation|airline|bank|lender|conglomerate|insurer|manufacturer|miner|"
             r"television channel|channel|outlet|website")
ORG_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[a-z]+)\s+(?:[a-z\-]+['’]?\s+){0,2}?(?:" + ORG_KINDS + r")\s+$")
CROWD = re.compile(r"(?P<crowd>\b(?:[Tt]ens of thousands|[Tt]housands|[Hh]undreds|[Dd]ozens) of (?:people|residents|citizens)"
                   r"(?: of (?!the\b)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?)"
                   r"(?=\s+(?:[\w\-]+\s+){0,2}?(?:marched|rallied|took to the streets|protested|demonstrated|gathered|blocked|"
                   r"staged|massed|chanted)\b)")


# ", a Cypriot migrant rights group,": an apposition saying that the name before it is an organization's
ORG_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-'’]+\s+){0,4}?(?:" + ORG_KINDS +
                            r"|commission|council|body|federation|confederation|syndicate|gang|cartel)\b")
# "the bloc", "the regional bloc", "the continental body": an intergovernmental organization named before
BLOC_ANAPHOR = re.compile(r"\b(?:the|The)\s+(?:(?:regional|continental|sub-regional|west african|east african|southern african|"
                          r"[A-Z]+-member|\d+-member|[a-z]+-nation)\s+)?(?:bloc|grouping)\b|"
                          r"\b(?:the|The)\s+(?:regional|continental|sub-regional)\s+body\b")
AGE_ANAPHOR = re.compile(r"\b(?:the|The)\s+\d{1,3}-year-old\b(?!\s+(?:[a-z]+\s+)?(?:man|woman|men|women|boy|girl|son|daughter|"
                         r"mother|father|resident|student|driver|worker|citizen|national|officer|soldier|activist|"
                         r"journalist|lawyer|migrant|refugee|suspect|victim)\b)")
CROWD_ANAPHOR = re.compile(r"\b(?:the|The)\s+(?:angry\s+|large\s+)?crowds?\b|(?<=\bat\s)crowds\b|(?<=\bon\s)crowds\b|(?<=\binto\s)crowds\b")
# armed and police forces (also used by the event coder: where such forces act is not whom they act on)
FORCE_GROUP = re.compile(r"\b(?:police|army|military|troops|soldiers|guards?|forces|officers|gendarmes)\b", re.I)
# a bloc's organs are not the bloc ("the European Commission said ... the bloc would" is the EU)
BLOC_ORGAN = re.compile(r"\b(?:Commission|Council|Court|Bank|Fund|Programme|Program|Agency|Office|Secretariat|Parliament|"
                        r"Tribunal|Committee|Assembly|Mission|Force)\b")
ANAPHOR_HEADS = {"leaders", "ministers", "mediators", "agencies", "organisations", "organizations", "groups", "envoys",
                 "diplomats", "troops", "soldiers", "officers", "delegates", "observers", "monitors", "commanders", "parties"}
# "the leaders", "the Rohingya leaders": a definite plural, not followed by "of" ("the leaders of Mali")
PLURAL_ANAPHOR = re.compile(r"\b(?:the|The)\s+(?:(?P<adj>[A-Za-z][a-z\-]+)\s+)?(?P<head>[a-z]{3,}s)\b(?!['’])(?!\s+of\b)")


# words that name a church as a denomination (an institution), not a building
DENOMINATION = frozenset({"Orthodox", "Catholic", "Apostolic", "Evangelical", "Lutheran", "Anglican", "Protestant",
                          "Methodist", "Baptist", "Coptic", "Pentecostal", "Presbyterian", "Reformed", "Adventist"})


def _group_modifier(word: str) -> bool:
    w = word.lower()
    if w in GROUP_STOP or w.endswith("ly") or w in {"thousand", "hundred", "million", "dozen", "score"}:
        return False  # ("several thousand supporters": a count, not a kind of supporters)
    if w.endswith(("ing", "ed")) and w not in ADJ_PARTICIPLES:
        return False  # "exploiting the migrants", "accused smuggling networks"
    return True


DATE_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
              "April", "May", "June", "July", "August", "September", "October", "November", "December"}
CONNECTORS = {"of", "for", "the", "de", "del", "da", "do", "dos", "das", "la", "le", "el", "al", "van", "von", "der", "den", "bin", "ibn", "y", "on"}
NAME_SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV"}
_ABBREV_TOKEN = {"Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Inc", "Ltd", "Co", "Corp", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Adm", "Prof"}


def normalize(text: str) -> str:
    """Case- and accent-insensitive form used for identity keys and matching."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.replace("’", "'").casefold()
    return re.sub(r"\s+", " ", t).strip()


def actor_id(key: str) -> str:
    return "act_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class Actor:
    key: str
    name: str
    actor_type: str
    country_code: str | None = None
    role: str | None = None
    recognized_by: str = "pattern"
    former: bool = False
    acts_for_state: bool = False


@dataclass(frozen=True)
class Mention:
    start: int  # absolute offsets in the body
    end: int
    text: str
    sentence_index: int
    key: str
    mention_type: str
    nested: bool = False  # inside another actor's mention (e.g. "U.S." in "U.S. Secretary of State X")
    extent_end: int = 0  # end of the whole phrase incl. apposition; 0 = end
    extent_start: int = -1  # start of the whole phrase incl. country and title; -1 = start


@dataclass
class ArticleActors:
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    media: set[str] = field(default_factory=set)  # keys of news outlets (organizations.tsv org_type media)
    blocs: set[str] = field(default_factory=set)  # keys of intergovernmental organizations (org_type intergovernmental)
    # the organization a person holds office in, where the article names it right before them
    # ("UN Secretary-General Antonio Guterres"): person key -> organization key
    offices: dict[str, str] = field(default_factory=dict)
    # states the article says are ruled by a junta ("Myanmar's military government", "the Malian
    # junta"), in order: "the junta" later is the first of them
    military_rule: list[str] = field(default_factory=list)

    def state_of(self, key: str) -> str | None:
        """The state key an actor acts for (itself for a state), or None."""
        a = self.actors.get(key)
        if a is None:
            return None
        if a.actor_type == "state":
            return a.key
        if a.actor_type == "person" and a.acts_for_state and a.country_code:
            return f"state:{a.country_code}"
        return None


_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]|\.(?=[^\W\d_]))*\.?", re.UNICODE)


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    possessive: bool


def tokenize(text: str) -> list[Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        t = m.group(0)
        if t.endswith(".") and not (t[:-1] in _ABBREV_TOKEN or "." in t[:-1] or len(t) == 2):
            e -= 1
            t = t[:-1]
        poss = False
        if t.endswith(("'s", "’s")) and len(t) > 2:
            e -= 2
            t = t[:-2]
            poss = True
        elif t.endswith(("'", "’")):
            e -= 1
            t = t[:-1]
        if t:
            toks.append(Tok(s, e, t, poss))
    return toks


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class Recognizer:
    """Compiled patterns for one lexicon; build once per build and reuse for every article."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.person_by_name = {}  # normalized full name or alias -> Person (persons.tsv)
        for p in lex.persons:
            for n in (p.name, *p.aliases):
                self.person_by_name.setdefault(normalize(n), p)
        # "the Biden administration", "the Milei government": the surname of a head of state or
        # government names that state's government, when no other listed person has that surname
        by_surname: dict[str, set[str]] = {}
        for p in lex.persons:
            by_surname.setdefault(normalize(p.name.split()[-1]), set()).add(p.country if p.office in HEADS else "")
        self.leader_state_by_surname = {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1 and "" not in v}
        self.country_by_surface: dict[str, tuple[str, str]] = {}  # surface -> (iso3, mention_type)
        self.demonym_iso: dict[str, str] = {}
        self.plural_demonyms: set[str] = set()
        for c in lex.countries:
            self.country_by_surface.setdefault(c.name, (c.iso3, "name"))
            for a in c.aliases:
                self.country_by_surface.setdefault(a, (c.iso3, "alias"))
            for cap in c.capitals:
                self.country_by_surface.setdefault(cap, (c.iso3, "capital"))
            forms = set(c.demonyms)
            for d in c.demonyms:
                self.demonym_iso.setdefault(d, c.iso3)
                if d.endswith("men") or (d.endswith("s") and (d[:-1] in forms or d[:-2] in forms)):
                    self.plural_demonyms.add(d)
        self.org_by_surface: dict[str, object] = {}
        for o in lex.organizations:
            self.org_by_surface.setdefault(o.name, o)
            for a in o.aliases:
                self.org_by_surface.setdefault(a, o)
        B0, B1 = r"(?<![\w])", r"(?![\w])"
        self.re_org = re.compile(B0 + "(?:" + _alt(list(self.org_by_surface)) + ")" + B1)
        self.re_country = re.compile(B0 + "(?:" + _alt(list(self.country_by_surface)) + ")" + B1)
        group = _alt(sorted(lex.group_nouns | lex.state_nouns))
        # "Colombian nationals", "Mexican authorities", "the Belarusian foreign ministry"
        self.re_demonym_phrase = re.compile(
            B0 + "(?P<dem>" + _alt(list(self.demonym_iso)) + r")\s+(?P<mods>(?:(?!(?:and|or|of|the|to|in|on|after|before|for|with|by|at|from|as|over|into|who|that|which|while|"
            r"when|a|an|his|her|its|their|ambassador|envoy|minister|president|embassy)\s)[a-z][a-z\-]+\s+){0,2}?)(?P<noun>" + group + r")\b"
        )
        # single-word verb forms of the event cues and speech verbs: never a group's modifier
        self.verb_forms = {f.lower() for c in lex.cues if c.pos == "v" for f in c.forms if " " not in f} | set(lex.speech_verbs)
        self.re_group = re.compile(
            r"(?<![\w\-])(?P<head>" + _alt(sorted(lex.group_heads | lex.group_heads_modified)) + r")(?![\w\-])", re.I)
        # a demonym before a common noun, or first in a list of them ("his French, Polish and
        # Austrian counterparts")
        # ("Chinese-made vehicles": goods of the state)
        # ("Russian MiG-31 jets", "Polish F-16s": a model name with a number is no proper noun the demonym belongs to)
        self.re_demonym_adj = re.compile(B0 + "(?:" + _alt(list(self.demonym_iso)) + r")(?=-made\s+[a-z]|\s+[a-z]|\s+[A-Z][A-Za-z]*-?\d|,\s+(?:"
                                         + _alt(list(self.demonym_iso)) + r")(?:,|\s+(?:and|or)\s))")
        self.re_plural_demonym = re.compile(B0 + "(?:" + _alt(list(self.plural_demonyms)) + r")\b")
        self.re_region = re.compile(B0 + "(?:" + _alt(list(lex.regions)) + ")" + B1)
        self.re_collective = re.compile(r"\b(?:" + _alt(list(lex.collective_orgs)) + r")\b", re.I)
        titles = [t.title for t in lex.titles]
        self.title_info = {normalize(t.title): t for t in lex.titles}
        # ("Second Vice Foreign Minister Kim Jina", "Acting President X": a rank before a title)
        self.re_title_start = re.compile(r"(?:(?:Former|former)\s+)?(?:(?!(?:" + _alt(titles) + r")(?=\s|$))(?:First|Second|Third|Senior|Acting|Interim|Caretaker)\s+"
                                         r"(?:(?:Vice|Deputy)\s+(?=[A-Z][a-z]+\s+Minister\b))?)?"
                                         r"(?P<title>" + _alt(titles) + r")(?=\s|$)")
        self.re_title_ci = re.compile(r"(?P<title>" + _alt(titles) + r")", re.I)
        surfaces = _alt(list(self.country_by_surface) + list(self.demonym_iso))
        tail = r"(?:\s+(?:of|for|to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’\-]*(?:\s+(?:(?:and|on|of|for|the|de)\s+)*(?-i:[A-Z])[\w'’\-]*)*)?"
        self.re_apposition = re.compile(
            r"^,\s+(?:(?:the|a|an)\s+)?(?P<former>former\s+)?(?:(?P<country>" + surfaces + r")(?:['’]s)?\s+)?" + TITLE_MOD +
            r"(?P<title>" + _alt(titles) + r")" + tail + r"(?=\s*[,.;:)(]|\s+(?:who|and|said|has|had|was|is)\b)",
            re.I,
        )
        self.re_poss_title = re.compile(
            # ("Rwanda's government spokesperson, X"; "Chinese foreign ministry spokesperson X")
            r"(?P<country>" + surfaces + r")(?:['’]s)?\s+(?P<former>former\s+)?" + TITLE_MOD + r"(?P<title>" + _alt(titles) + r")" + tail + r",?\s*$",
            re.I,
        )
        self.re_role_phrase = re.compile(
            r"\b(?P<det>the|a|an)\s+(?P<former>former\s+)?(?:(?P<country>" + surfaces + r")\s+)?"
            r"(?P<title>" + _alt([t.lower() for t in titles if t[0].isalpha() and not t.endswith(".")]) + r")\b(?!\s+(?-i:[A-Z]))",
            re.I,
        )
        # every country surface / demonym standing as a word inside a role, overlapping ones included
        self.re_surface_in_role = re.compile(r"(?<![\w\-])(?=(" + _alt(list(self.country_by_surface)) + r")(?![\w\-]))")
        self.re_demonym_in_role = re.compile(r"(?<![\w\-])(?=(" + _alt(list(self.demonym_iso)) + r")(?![\w\-]))")
        self.re_country_prefix = re.compile(r"^(?:" + surfaces + r")(?:['’]s)?\s+")

    # --- helpers -----------------------------------------------------------------------------
    def title_of(self, text: str):
        return self.title_info.get(normalize(text))


HEADS = {"President", "Prime Minister", "Chancellor", "King", "Premier"}
# "Iran's acting foreign minister, X", "the country's interim president, X": a holder for the time
# being holds the title all the same
TITLE_MOD = r"(?:(?:acting|interim|caretaker|outgoing|incoming|newly appointed|new)\s+)?"


def _mk_state(lex: Lexicon, iso3: str) -> Actor:
    c = lex.country(iso3)
    return Actor(f"state:{iso3}", c.name if c else iso3, "state", iso3, None, "lexicon")


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return not any(s < te and ts < e for ts, te in taken)


def recognize(body: str, sentences: list[Sentence], rec: Recognizer, published=None) -> ArticleActors:
    lex = rec.lex
    out = ArticleActors()
    pending_runs: list[tuple[Sentence, list[Tok], list[tuple[int, int]]]] = []

    def add(actor: Actor, s: int, e: int, sent: Sentence, mtype: str, nested=False, extent_end=0, extent_start=-1) -> None:
        cur = out.actors.get(actor.key)
        if cur is None:
            out.actors[actor.key] = actor
        else:
            cur.country_code = cur.country_code or actor.country_code
            cur.role = cur.role or actor.role
            cur.former = cur.former or actor.former
            cur.acts_for_state = cur.acts_for_state or actor.acts_for_state
            if cur.actor_type == "person" and len(actor.name) > len(cur.name):
                cur.name = actor.name
        out.mentions.append(Mention(s, e, body[s:e], sent.index, actor.key, mtype, nested, extent_end, extent_start))

    # a short name two states share ("Congo", "Korea") is the one of them the article names in full,
    # when it names exactly one (countries.tsv leaves the short names out for that reason)
    short: dict[str, str] = {}
    if SHARED_SHORT.search(body):  # (the whole body is scanned for states only when a short name occurs)
        named = {rec.country_by_surface[m.group(0)][0] for m in rec.re_country.finditer(body)}
        short = {name: (isos & named).pop() for name, isos in SHARED_SHORT_NAMES.items() if len(isos & named) == 1}
    re_short = re.compile(r"(?<![\w\-])(?:" + "|".join(short) + r")(?![\w\-])") if short else None

    # pass 1: dictionary names and capitalized runs with strong evidence ------------------------
    for sent in sentences:
        text, base = sent.text, sent.start
        orgs = list(rec.re_org.finditer(text))
        # a region inside an organization's name ("Council of Europe") is part of the name
        # (a region that opens an organization's name is part of it: "the West Africa Centre for
        # Counter-Extremism", "the East African Court of Justice")
        taken: list[tuple[int, int]] = [m.span() for m in rec.re_region.finditer(text)
                                        if not any(o.start() <= m.start() and m.end() <= o.end() for o in orgs)
                                        and not ((nx := re.match(r"(?:\s+[A-Z][\w'’\-]*)+", text[m.end():]))
                                                 and any(w in lex.org_heads for w in nx.group(0).split()))]
        for m in orgs:
            if not _free(taken, *m.span()):
                continue
            o = rec.org_by_surface[m.group(0)]
            key = f"org:{normalize(o.name)}"
            cm = rec.re_country.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " and o.country is None \
                and o.org_type not in ("media", "intergovernmental") else None
            if cm and rec.country_by_surface[cm.group(0)][1] != "capital" and not re.match(r"['’]", text[cm.end():cm.end() + 1]):
                # "Amnesty International Kenya", "Transparency International Indonesia": a national
                # chapter, an organization of its own in that country
                iso = rec.country_by_surface[cm.group(0)][0]
                name = text[m.start():cm.end()]
                add(Actor(f"org:{normalize(name)}", name, "organization", iso, None, "pattern"), base + m.start(), base + cm.end(), sent, "name")
                taken.append((m.start(), cm.end()))
                continue
            add(Actor(key, o.name, "organization", o.country, None, "lexicon"), base + m.start(), base + m.end(), sent,
                "name" if m.group(0) == o.name else "alias")
            if o.org_type == "media":
                out.media.add(key)
            elif o.org_type == "intergovernmental":
                out.blocs.add(key)
            taken.append(m.span())
        for m in rec.re_collective.finditer(text):
            if _free(taken, *m.span()):
                s0 = m.start()
                mod = re.search(r"(?<![\w'’\-])([A-Za-z][a-z\-]+)\s+$", text[:s0])
                iso = None
                if mod and _group_modifier(mod.group(1)) and mod.group(1).lower() not in rec.verb_forms \
                        and mod.group(1).lower() not in {"main", "other", "leading", "major", "top"} \
                        and _free(taken, mod.start(1), s0):
                    s0 = mod.start(1)  # "migrant advocacy groups", "local rights groups": the kind is part of the name
                    iso = rec.demonym_iso.get(mod.group(1))  # "Serbian opposition parties": of that country
                name = text[s0:m.end()] if iso else text[s0:m.end()].lower()
                add(Actor(f"org:{normalize(name)}", name, "organization", iso, None, "lexicon"), base + s0, base + m.end(), sent, "name")
                taken.append((s0, m.end()))
        for m in rec.re_demonym_phrase.finditer(text):
            if not _free(taken, *m.span()):
                continue
            iso = rec.demonym_iso[m.group("dem")]
            noun = m.group("noun")
            if noun == "leader" and m.group("mods"):
                continue  # "the Bhutanese leader" heads the state; "the Kenyan opposition leader" does not
            if noun in lex.state_nouns:
                add(_mk_state(lex, iso), base + m.start(), base + m.end(), sent, "demonym")
            else:
                name = f"{m.group('dem')} {noun}"
                add(Actor(f"group:{normalize(name)}", name, "group", iso, None, "pattern"), base + m.start(), base + m.end(), sent, "demonym")
            taken.append(m.span())
        for m in CROWD.finditer(text):
            # "thousands of people took to the streets": a crowd that protests is an actor (a counted
            # noun is otherwise a number, not an actor)
            if _free(taken, *m.span("crowd")):
                name = m.group("crowd")
                low = name[0].lower() + name[1:]
                add(Actor(f"group:{normalize(low)}", low, "group", None, None, "pattern"), base + m.start("crowd"),
                    base + m.end("crowd"), sent, "name")
                taken.append(m.span("crowd"))
        for m in FOLLOWERS.finditer(text):
            # "Morales's supporters", "Correa's allies", "South Africa's lawyers": the people of a named
            # person, party or state, named with the possessor (a surname for a person); the possessor's
            # own mention stays theirs, the group's mention is the plural
            own = m.group("own")
            if own.split()[0] in DATE_WORDS or not _free(taken, m.start("head"), m.end("head")):
                continue
            who = own if own in rec.country_by_surface or own in rec.org_by_surface else own.split()[-1]
            name = f"{who}{m.group('poss')} {m.group('head')}"
            add(Actor(f"group:{normalize(name)}", name, "group", None, None, "pattern"), base + m.start("head"), base + m.end("head"), sent, "name")
            taken.append(m.span("head"))
        for m in rec.re_group.finditer(text):
            # "protesters", "truck drivers", "armed opposition groups", "Western governments"
            head = m.group("head")
            s0, e0 = m.start("head"), m.end("head")
            mod = re.search(r"([A-Za-z][a-z\-]+)\s+$", text[:s0])
            det_before = mod and re.search(r"\b(?:the|The|several|Several|some|Some|many|Many|other|two|three|four|[\d,]+)\s+$", text[:mod.start(1)])
            if mod and _group_modifier(mod.group(1)) and (mod.group(1).lower() not in rec.verb_forms or det_before
                                                          or mod.group(1).lower() in NOUN_MODIFIERS) \
                    and not re.search(r"\b(?:to|who|that|which|will|would|can|could|may|must|should|not|never)\s+$", text[:mod.start(1)]) \
                    and not (re.fullmatch(r"[a-z]+[^s]s", mod.group(1)) and mod.group(1).lower() not in NOUN_MODIFIERS
                             and (cm := re.search(r"\b([A-Z][\w\-]+)\s+$", text[:mod.start(1)])) and cm.group(1) in rec.country_by_surface):
                # ("to silence critics", "those who persecute journalists", "Australia holds asylum
                # seekers": a verb, not a modifier)
                s0 = mod.start(1)
                mod2 = re.search(r"(?<![\w'’])([A-Za-z][a-z\-]+)\s+$", text[:s0])
                if mod2 and _group_modifier(mod2.group(1)) and mod2.group(1).lower() not in rec.verb_forms \
                        and not re.search(r"\b(?:who|that|which|to|not|never)\s+$", text[:mod2.start(1)]) \
                        and mod2.group(1).lower() not in rec.demonym_iso and not rec.demonym_iso.get(mod.group(1)):
                    s0 = mod2.start(1)  # two modifiers: "migrant advocacy groups", "unidentified armed men"
            elif head.lower() in lex.group_heads_modified and text[:s0].strip() and not re.search(
                    r"(?:\d[\d,]*|thousand|hundred|dozen|thousands of|hundreds of|dozens of|scores of)\s+$", text[:s0], re.I):
                # "the two governments": a bare plural that names nobody in particular; the subject that
                # opens a sentence ("Prosecutors have charged ...") is the group that acts, and so is a
                # counted crowd ("several thousand supporters rallied")
                continue
            nxt = re.match(r"\s+([\w\-]+)", text[e0:])
            ext = re.match(r"\s+(candidates|lawmakers|leaders|members|groups|activists|officials|supporters|figures|"
                           r"representatives|delegates|organi[sz]ations|unions|associations|senators|deputies|legislators|"
                           r"politicians|MPs)\b(?!\s+[A-Z])", text[e0:])
            if ext and not head.lower().endswith(("groups", "parties", "unions")):
                e0 += ext.end()  # "opposition candidates", "opposition lawmakers", "rights groups": the fuller group
            elif nxt and (nxt.group(1).lower() in GROUP_COMPOUND or rec.title_of(nxt.group(1)) or nxt.group(1)[0].isupper()):
                continue  # "opposition leader X": a modifier, not the group
            if head.lower() in {"residents", "villagers", "inhabitants"} \
                    and (om := re.match(r"\s+of\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\b", text[e0:])) \
                    and om.group(1) not in rec.country_by_surface:
                e0 += om.end()  # "residents of Sweida": the people of a place (a state stays an actor of its own)
            if head.lower() == "drivers" and re.match(r"\s+of\s+(?!the\s+(?:trucks|buses|vehicles|lorries))", text[e0:]):
                continue  # "the drivers of migration": causes, not people
            if head.lower() in {"governments", "leaders", "authorities", "rulers", "juntas"} and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[e0:]):
                continue  # "the military governments of Niger, Mali and Burkina Faso": the states themselves
            if head[0].isupper() and re.match(r"['’]\s+[A-Z]", text[e0:]):
                continue  # "Farmers' Union": part of an organization's name
            if head.lower() in {"police", "security forces", "border guards"} and s0 == m.start("head") \
                    and _state_after_in(text, e0, rec):
                continue  # "police in Baku": the state's police, coded as the state (the event coder reads "in X")
            if head[0].isupper() and text[s0].isupper() and s0 < m.start("head"):
                continue  # "Liberia National Police": a capitalized name, an organization (pass 2), not a group
            if not _free(taken, s0, e0):
                continue  # part of a name (a counted group, "detained 16 university students", is still a group)
            name = text[s0:e0]
            dem = rec.demonym_iso.get(mod.group(1)) if mod and s0 == mod.start(1) else None
            # "Azerbaijani judges": a demonym keeps its capital and gives the group its country
            # (a capital inside the sentence, or a second capitalized word, is a proper name: "Wagner
            # fighters", "Tamil Nadu fishermen"; a sentence's first word is lowercased: "Protesters")
            words = name.split()
            proper = s0 > 0 and name[0].isupper() or len(words) > 1 and words[1][0].isupper()
            low = name if dem or name[:2].isupper() or proper else name[0].lower() + name[1:]
            add(Actor(f"group:{normalize(low)}", low, "group", dem, None, "pattern"), base + s0, base + e0, sent, "name")
            taken.append((s0, e0))
        for m in rec.re_demonym_adj.finditer(text):
            # "Mexican imports", "the Belarusian foreign ministry": the adjective refers to the state
            # ("Brazilian acting President X" is the person's country: the titled name takes it)
            tw = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[m.end():])
            if tw and re.search(r"\b[Tt]he\s+(?:former\s+)?$", text[:m.start()]) \
                    and (rec.title_of(tw.group(1)) or tw.group(2) and rec.title_of(f"{tw.group(1)} {tw.group(2)}")) \
                    and not (tw.group(2) and rec.title_of(tw.group(2)) is None and rec.title_of(tw.group(1)) and tw.group(2) in ("ministry", "embassy")):
                continue  # "the Qatari envoy", "the Chinese foreign minister": a role phrase (pass 3), the state if no one fits
            if _free(taken, *m.span()) and m.group(0) not in rec.plural_demonyms and not TITLE_MODIFIER.match(text, m.end()) \
                    and not DESCRIPTOR_AFTER.match(text, m.end()):
                add(_mk_state(lex, rec.demonym_iso[m.group(0)]), base + m.start(), base + m.end(), sent, "demonym")
                taken.append(m.span())
        for m in rec.re_plural_demonym.finditer(text):
            if _free(taken, *m.span()):
                name = m.group(0)
                add(Actor(f"group:{normalize(name)}", name, "group", rec.demonym_iso[name], None, "pattern"),
                    base + m.start(), base + m.end(), sent, "demonym")
                taken.append(m.span())
        for m in (re_short.finditer(text) if re_short else ()):
            if _free(taken, *m.span()) and not re.match(r"\s+(?:[A-Z]|-)", text[m.end():]) \
                    and not re.search(r"\b(?:of|of the)\s+$", text[:m.start()]):
                # ("the Congo River", "Republic of Congo" are no mention of the state the article names)
                add(_mk_state(lex, short[m.group(0)]), base + m.start(), base + m.end(), sent, "name")
                taken.append(m.span())
        for m in rec.re_country.finditer(text):
            if not _free(taken, *m.span()):
                continue
            after = text[m.end():]
            nxt = re.match(r"\s+([A-Z][\w'’\-]*)", after)
            if nxt and nxt.group(1) in lex.place_heads and nxt.group(1) != "City" and rec.country_by_surface[m.group(0)][1] != "capital":
                continue  # "Panama Canal", "Gaza Strip": a place named after the state
            if re.match(r"-based\b", after) and not re.match(r"-based\s+(?:[a-z\-]+\s+)?(?:government|administration|authorities|"
                                                           r"cabinet|parliament|rulers|leadership)\b", after):
                continue  # "an Accra-based research group": where a body sits (but "the Tripoli-based government" is the state's)
            iso, mtype = rec.country_by_surface[m.group(0)]
            if mtype == "capital" and (re.match(r"\s+[A-Z]", after) or re.search(r"[A-Z][\w'’\-]*\s+$", text[:m.start()])
                                       and not re.fullmatch(r"(?:A|An|The)\s+", text[:m.start()])):
                # ("A Tehran court sentenced ...": a sentence-opening article is no part of a name)
                continue  # "Washington Post", "George Washington": a capital's name inside another name
            if mtype == "capital" and re.match(r"\s+(?:agreements?|accords?|deal|process|summit|talks|declaration|protocol|format|"
                                               r"framework|plan|treaty|conference|consensus|principles)\b", after):
                continue  # "the Pretoria agreement": a place naming a document, not the state acting
            end = m.end()
            if nxt and nxt.group(1) == "City" and mtype == "name":
                end, mtype = m.end() + nxt.end(), "capital"  # "Panama City", "Kuwait City"
            seat = SEATS.get(m.group(0)) if mtype == "capital" else None
            if seat and seat in rec.org_by_surface and not re.search(r"\b(?:in|at|to|from|near|into|via|visited|visiting|visit)\s+$", text[:m.start()]):
                # "called on Brussels to suspend support": the seat of the EU's institutions stands for
                # the EU when it acts (a place where something happens, "in Brussels", stays Belgium's)
                o = rec.org_by_surface[seat]
                add(Actor(f"org:{normalize(o.name)}", o.name, "organization", o.country, None, "lexicon"),
                    base + m.start(), base + end, sent, "alias")
                out.blocs.add(f"org:{normalize(o.name)}")
            else:
                add(_mk_state(lex, iso), base + m.start(), base + end, sent, mtype)
            taken.append((m.start(), end))
        # capitalized runs over the tokens no dictionary claimed
        toks = [t for t in tokenize(text) if _free(taken, t.start, t.end)]
        runs = _runs(text, toks, lex)
        for run in runs:
            if not _free(taken, run[0].start, run[-1].end):
                continue
            if PLACE_NOUN_AFTER.match(text, run[-1].end):
                # "the Bukit Jalil depot", "the Kakuma refugee camp", "the Sèmè-Podji facility": a name
                # before a common noun for a place is the place's name
                taken.append((run[0].start, run[-1].end))
                continue
            handled = _strong_run(body, sent, text, run, rec, out, add, taken)
            if not handled:
                pending_runs.append((sent, run, taken))

    # pass 2: weaker runs, resolved against what the article already names ----------------------
    persons_by_last: dict[str, list[str]] = {}

    def index_persons() -> None:
        persons_by_last.clear()
        for a in out.actors.values():
            if a.actor_type == "person":
                toks = a.name.split()
                last = [t for t in toks if t not in NAME_SUFFIXES]
                if last:
                    persons_by_last.setdefault(normalize(last[-1]), []).append(a.key)
                    # "Abdel Fattah al-Sisi" ... "Sisi": an Arabic article joined to the family name is
                    # often left off when the name comes back
                    bare = ARTICLE_PREFIX.sub("", last[-1])
                    if bare != last[-1] and len(bare) > 2:
                        persons_by_last.setdefault(normalize(bare), []).append(a.key)

    known_names = {normalize(a.name): a.key for a in out.actors.values() if a.actor_type != "state"}
    for sent, run, taken in pending_runs:
        text, base = sent.text, sent.start
        s, e = run[0].start, run[-1].end
        phrase = text[s:e]
        if len(run) == 1 and _free(taken, s, e) and ORG_APPOSITION.match(text, e) and not rec.title_of(phrase) \
                and phrase not in lex.not_names:
            # "AfriForum, an Afrikaner lobby group, said", "KISA, a Cypriot migrant rights group": the
            # apposition says what the name is
            add(Actor(f"org:{normalize(phrase)}", phrase, "organization", None, None, "pattern"), base + s, base + e, sent, "name")
            known_names[normalize(phrase)] = f"org:{normalize(phrase)}"
            taken.append((s, e))
            continue
        if len(run) == 1 and _free(taken, s, e) and known_names.get(normalize(phrase), "").startswith("org:"):
            add(out.actors[known_names[normalize(phrase)]], base + s, base + e, sent, "name")  # "KISA said" after its apposition
            taken.append((s, e))
            continue
        if not _free(taken, s, e) or len(run) == 1:
            continue  # single words are surnames or nothing (pass 3)
        if phrase in rec.country_by_surface:
            add(_mk_state(lex, rec.country_by_surface[phrase][0]), base + s, base + e, sent, "name")
            taken.append((s, e))
            continue
        if normalize(phrase) in known_names:
            key = known_names[normalize(phrase)]
            add(out.actors[key], base + s, base + e, sent, "name")
            taken.append((s, e))
            continue
        tail = [k for n, k in known_names.items() if k.startswith("person:") and n.endswith(" " + normalize(phrase))]
        if len(tail) == 1:
            add(out.actors[tail[0]], base + s, base + e, sent, "surname")  # "Van Klaveren", "Caro Quintero"
            taken.append((s, e))
            continue
        words = [t.text for t in run]
        if re.search(r"\b(?:in|near|at|around|outside|inside|into|across|toward|towards|off|along|on the island of|"
                     r"the town of|the city of|the village of|province of|region of)\s+(?:the\s+)?$", text[:s]):
            continue  # "in El Fasher", "near Preah Vihear": a place, not a person
        if (words[-1] in rec.demonym_iso or re.fullmatch(r"(?:[A-Z][a-z]+)?(?:African|Asian|European|American|Arab|Orthodox|Catholic|"
                                                         r"Muslim|Christian|Sunni|Shia|Shiite)", words[-1])) \
                or any(re.search(r"\d", w) for w in words):
            continue  # "North African", "Serbian Orthodox", "Joint Sword-2024B": not a person's name
        if re.match(r"\s+(?:sanctions|regime|programme|program|scheme|initiative|framework|plan|process|corridor|route|"
                    r"summit|talks|format|mechanism|deal|accord|agreement|protocol|visa|case|trial|probe|inquiry|"
                    # ("in Cameroon's Far North region", "the Lake Chad basin": a name of a place)
                    r"region|province|district|county|governorate|prefecture|territory|area|zone|city|town|village|valley|"
                    r"river|island|islands|coast|desert|mountains|highlands|basin|peninsula|strait|border crossing|"
                    r"airport|seaport|square|avenue|prison|camp)\b", text[e:]):
            continue  # "the Global Human Rights sanctions regime", "the Istanbul talks": a name of a thing, not a person
        if 2 <= len(words) <= 5 and _name_like(words, lex):
            name = phrase
            # "Kenyan activist Boniface Mwangi", "Ugandan lawyer Agather Atuhaire": the demonym before a
            # descriptor gives the person's country, and the phrase is the mention's extent
            dm = DESCRIBED_PERSON.search(text[:s])
            dem = rec.demonym_iso.get(dm.group("dem")) if dm else None
            add(Actor(f"person:{normalize(name)}", name, "person", dem), base + s, base + e, sent, "name",
                extent_start=base + dm.start("dem") if dem else -1)
            taken.append((dm.start("dem") if dem else s, e))
    index_persons()

    # merge title-only persons ("President Trump" -> "Trump") into the full name ("Donald Trump")
    merged: dict[str, str] = {}
    for a in list(out.actors.values()):
        if a.actor_type != "person" or len(a.name.split()) != 1:
            continue
        cands = [k for k in persons_by_last.get(normalize(a.name), []) if k != a.key and not _has_suffix(out.actors[k].name)]
        if len(cands) == 1:
            merged[a.key] = cands[0]
    for old, new in merged.items():
        o, n = out.actors.pop(old), out.actors[new]
        n.role = n.role or o.role
        n.country_code = n.country_code or o.country_code
        n.former = n.former or o.former
        n.acts_for_state = n.acts_for_state or o.acts_for_state
    out.mentions = [replace(m, key=merged.get(m.key, m.key)) for m in out.mentions]
    index_persons()
    _known_persons(out, rec, published)
    _infer_person_countries(out, sentences)
    for a in out.actors.values():
        # "Ali Shamkhani, secretary of Iran's Supreme National Security Council": the role names the country
        if a.actor_type == "person" and a.role and not a.country_code and " " in a.role:
            # (one compiled pattern per surface list, found with overlaps: a regex per surface overflowed
            # the re module's cache and was compiled again for every titled person)
            found = {rec.country_by_surface[m.group(1)][0] for m in rec.re_surface_in_role.finditer(a.role)
                     if rec.country_by_surface[m.group(1)][1] != "capital"}
            found |= {rec.demonym_iso[m.group(1)] for m in rec.re_demonym_in_role.finditer(a.role)}
            if len(found) == 1:
                a.country_code = found.pop()

    # pass 2b: acronyms of organizations the article names in full ("Rapid Support Forces" ... "the RSF")
    initials: dict[str, list[str]] = {}
    for a in out.actors.values():
        words = [w for w in re.split(r"[\s\-]+", a.name) if w and w[0].isupper() and w.lower() not in CONNECTORS]
        if a.actor_type in ("organization", "group") and len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), []).append(a.key)
    for sent in sentences:
        text, base = sent.text, sent.start
        taken = [(m.start - base, (m.extent_end or m.end) - base) for m in out.mentions if m.sentence_index == sent.index]
        for am in re.finditer(r"(?<![\w\-])[A-Z]{2,6}(?![\w\-])", text):
            keys = initials.get(am.group(0), [])
            if len(keys) == 1 and _free(taken, *am.span()):
                add(out.actors[keys[0]], base + am.start(), base + am.end(), sent, "alias")
                taken.append(am.span())

    # pass 3: surnames, role phrases, possessive governments --------------------------------------
    for sent in sentences:
        text, base = sent.text, sent.start
        taken = [(m.start - base, (m.extent_end or m.end) - base) for m in out.mentions if m.sentence_index == sent.index]
        for m in PRONOUN_FOLLOWERS.finditer(text):
            # "Morales ... and his supporters blocked roads": the people of the person named last (in
            # this sentence or the one before)
            if not _free(taken, *m.span()):
                continue
            prior = [x for x in out.mentions if x.start < base + m.start() and sent.index - x.sentence_index <= 1
                     and out.actors[x.key].actor_type == "person"]
            if prior:
                who = out.actors[prior[-1].key].name.split()[-1]
                name = f"{who}'s {m.group('head')}"
                add(Actor(f"group:{normalize(name)}", name, "group", None, None, "pattern"), base + m.start(), base + m.end(), sent, "name")
                taken.append(m.span())
        for t in tokenize(text):
            if not _free(taken, t.start, t.end) or not t.text[:1].isupper():
                continue
            keys = [k for k in persons_by_last.get(normalize(t.text), []) if not _has_suffix(out.actors[k].name)]
            if len(keys) > 1:
                # two people share the name ("Rodrigo Duterte" and his daughter "Sara Duterte"): the one
                # named last before it
                named = [m for m in out.mentions if m.key in keys and m.start < base + t.start]
                keys = [named[-1].key] if named else keys
            if not keys and not t.possessive:
                # family name first ("Yoon Suk Yeol" ... "Yoon", "Kim Jong Un" ... "Kim"): a word that
                # begins exactly one known name of two or more words ("Dai Bing" ... "Dai") and ends none
                firsts = [a.key for a in out.actors.values() if a.actor_type == "person" and len(a.name.split()) >= 2
                          and normalize(a.name.split()[0]) == normalize(t.text)]
                if len(firsts) == 1 and t.text not in lex.not_names:
                    keys = firsts
            if not keys:
                # a middle name used alone ("Issa Tchiroma Bakary" ... "Tchiroma", "Andrés Manuel López
                # Obrador" ... "López"): a capitalized inner word of exactly one known name of three or more
                # words, which ends no name
                inner = [a.key for a in out.actors.values() if a.actor_type == "person" and len(a.name.split()) >= 3
                         and normalize(t.text) in {normalize(w) for w in a.name.split()[1:-1] if w[:1].isupper() and len(w) > 2}]
                if len(inner) == 1 and t.text not in lex.not_names:
                    keys = inner
            if not keys and not t.possessive and normalize(t.text) in rec.leader_state_by_surname and t.text not in lex.not_names:
                gov = re.match(r"\s+(administration|government)\b", text[t.end:])
                if gov:
                    add(_mk_state(lex, rec.leader_state_by_surname[normalize(t.text)]), base + t.start, base + t.end + gov.end(),
                        sent, "possessive")
                    taken.append((t.start, t.end + gov.end()))
                    continue
            if len(keys) == 1:
                key = keys[0]
                nxt = re.match(r"\s+(\w+)", text[t.end:])
                if not t.possessive and nxt and nxt.group(1).lower() in {"administration", "government"}:
                    end = t.end + nxt.end()
                    state = out.state_of(key) or _leader_state(out, key)
                    if state:
                        add(_mk_state(lex, state[6:]), base + t.start, base + end, sent, "possessive")
                    else:
                        name = f"{out.actors[key].name.split()[-1]} {nxt.group(1).lower()}"
                        add(Actor(f"org:{normalize(name)}", name, "organization"), base + t.start, base + end, sent, "name")
                    taken.append((t.start, end))
                    continue
                if t.possessive:
                    pm = re.match(r"['’]s\s+(?:\w+['’]s\s+)?(government|administration|cabinet|regime)\b", text[t.end:])
                    state = out.state_of(key) or _leader_state(out, key)
                    if pm and state:
                        end = t.end + pm.end()
                        add(_mk_state(lex, state[6:]), base + t.start, base + end, sent, "possessive")
                        taken.append((t.start, end))
                        continue
                add(out.actors[key], base + t.start, base + t.end, sent, "surname")
                taken.append((t.start, t.end))
        for m in re.finditer(r"\b(?:the|The) ((?i:ministry|agency|court|council|commission|department|committee|parliament|"
                             r"party|coalition|alliance|movement|organi[sz]ation|group|militia|cartel|gang|bank|fund|church|tribunal|board|"
                             r"union|federation|association|foundation|institute|network|assembly|observatory))\b(?!\s+(?:of|for|on)\s+[A-Z])", text):
            # "a charge the ministry rejected": the organization of that kind the article last named
            if not _free(taken, *m.span()):
                continue
            head = m.group(1).lower()
            prior = [x for x in out.mentions if x.start < base + m.start() and x.key.startswith("org:")
                     and re.search(r"\b" + head + r"\b", out.actors[x.key].name, re.I)]
            if not prior and head in ("group", "organization", "organisation"):
                # "Human Rights Watch ... The group urged the EU": the organization last named, when it
                # was named in this sentence or the one before
                prior = [x for x in out.mentions if x.start < base + m.start() and x.key.startswith("org:")
                         and sent.index - x.sentence_index <= 1 and out.actors[x.key].country_code is None]
            if not prior and head in ("ministry", "department"):
                # "The UAE foreign ministry said ... the ministry thanked ...": a state's ministry named
                # by its country ("Azerbaijan's defence ministry", "the Belarusian foreign ministry") is
                # that state; "the ministry" later is the same state
                prior = [x for x in out.mentions if x.start < base + m.start() and x.key.startswith("state:")
                         and (re.search(r"\b" + head + r"\b", x.text, re.I)
                              or re.match(r"(?:['’]s)?\s+(?:[a-z\-]+\s+){0,2}" + head + r"\b", body[x.end:x.end + 40]))]
            if prior:
                add(out.actors[prior[-1].key], base + m.start(), base + m.end(), sent, "role")
                taken.append(m.span())
        # definite descriptions that take back an actor named before: (pattern, how many sentences
        # back, which earlier mention qualifies)
        # - "ECCAS congratulated Biya ... Tchiroma accused the regional bloc": the intergovernmental
        #   organization the article last named (not an organ of one)
        # - "Police arrested the 79-year-old at the airport": the person last named
        # - "police used tear gas to disperse the crowd": the group last named, not the police
        for rx, back, fits in ((BLOC_ANAPHOR, None, lambda a: a.key in out.blocs and not BLOC_ORGAN.search(a.name)),
                               (AGE_ANAPHOR, 2, lambda a: a.actor_type == "person"),
                               (CROWD_ANAPHOR, 3, lambda a: a.actor_type == "group" and not FORCE_GROUP.search(a.name))):
            for m in rx.finditer(text):
                if not _free(taken, *m.span()):
                    continue
                prior = [x for x in out.mentions if x.start < base + m.start() and fits(out.actors[x.key])
                         and (back is None or sent.index - x.sentence_index <= back)]
                if prior:
                    add(out.actors[prior[-1].key], base + m.start(), base + m.end(), sent, "role")
                    taken.append(m.span())
        for m in PLURAL_ANAPHOR.finditer(text):
            # "EU leaders met ... The leaders also agreed", "Rohingya leaders ... the leaders said": a
            # definite plural repeats the head of a mention in this sentence or the two before
            if not _free(taken, *m.span()):
                continue
            adj, head = (m.group("adj") or "").lower(), m.group("head").lower()
            if head not in ANAPHOR_HEADS and head not in lex.group_heads and head not in lex.group_heads_modified \
                    and head not in lex.state_nouns:
                continue  # people and bodies that act, not "the vessels" or "the talks"
            prior = [x for x in out.mentions if x.start < base + m.start() and not x.nested and sent.index - x.sentence_index <= 2
                     and (x.text.lower().split()[-1] == head or re.match(r"\s" + head + r"\b", body[x.end:x.end + len(head) + 2], re.I))
                     and (not adj or adj in x.text.lower().split())]
            if prior:
                add(out.actors[prior[-1].key], base + m.start(), base + m.end(), sent, "role")
                taken.append(m.span())
        for m in rec.re_role_phrase.finditer(text):
            if not _free(taken, *m.span()):
                continue
            title = m.group("title")
            country = m.group("country")
            iso = None
            if country:
                iso = rec.country_by_surface.get(country, (None,))[0] or rec.demonym_iso.get(country)
            key = None
            if m.group("det").lower() == "the":
                key = _resolve_role(out, title, bool(m.group("former")), iso, base + m.start())
            t_info = rec.title_of(title)
            if key:
                add(out.actors[key], base + m.start(), base + m.end(), sent, "role")
            elif iso and t_info and t_info.acts_for_state:
                add(_mk_state(lex, iso), base + m.start(), base + m.end(), sent, "official")
            else:
                continue
            taken.append(m.span())
    _unknown_single_names(body, sentences, rec, out, add)
    out.mentions.sort(key=lambda m: (m.start, m.end, m.key))
    _attach_country_to_org_names(body, out)
    # de-duplicate identical spans (a dictionary name can be found twice)
    seen: set[tuple[int, int, str]] = set()
    uniq = []
    for m in out.mentions:
        k = (m.start, m.end, m.key)
        if k not in seen:
            seen.add(k)
            uniq.append(m)
    # mark mentions inside another actor's phrase ("U.S." in "U.S. Secretary of State X")
    spans = [(m.extent_start if m.extent_start >= 0 else m.start, m.extent_end or m.end, m.key) for m in uniq]
    out.mentions = [
        replace(m, nested=any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) and k != m.key for s, e, k in spans))
        for m in uniq
    ]
    out.offices = _offices(body, out)
    for m in out.mentions:
        # ("Myanmar's military government", "the Malian junta"): a state a junta rules
        if m.key.startswith("state:") and m.key not in out.military_rule and MILITARY_RULE.match(body, m.end):
            out.military_rule.append(m.key)
    return out


def _offices(body: str, actors: ArticleActors) -> dict[str, str]:
    """The organization each person holds office in, where the article names it right before the
    person ("UN Secretary-General Antonio Guterres", "NATO chief Mark Rutte"): such a person acts for
    the organization, and an act between the two is no event."""
    out: dict[str, str] = {}
    ms = sorted(actors.mentions, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        role = actors.actors[b.key].role if actors.actors[b.key].actor_type == "person" else None
        # (only the person's title between them, in one sentence: "the Treasury sanctioned President
        # Petro" is no office)
        if a.key.startswith("org:") and role and a.sentence_index == b.sentence_index \
                and re.fullmatch(r"(?:['’]s)?[ \t]+" + re.escape(role) + r"[ \t]+", body[a.end:b.start], re.I):
            out.setdefault(b.key, a.key)
    return out


ACTOR_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|later|then|on\s+\w+day)\s+)*(?:said|says|called|accused|urged|demanded|"
                              r"rejected|denied|condemned|criticised|criticized|welcomed|warned|announced|claimed|blamed|"
                              r"boycotted|refused|vowed|pledged|threatened|appealed|asked)\b")


def _unknown_single_names(body: str, sentences: list[Sentence], rec, out: ArticleActors, add) -> None:
    """A single capitalized word no list knows that the article uses as a name (never in lower case,
    at least once inside a sentence) and that says or does something ("Chadema said", "Frelimo
    accused"): an organization. People named by one word alone were introduced in full before and
    are found as surnames."""
    lex = rec.lex
    lower = {w.lower() for w in re.findall(r"\b[a-z][\w\-]+\b", body)}
    taken_by_sent: dict[int, list[tuple[int, int]]] = {}
    for m in out.mentions:
        taken_by_sent.setdefault(m.sentence_index, []).append((m.start, (m.extent_end or m.end)))
    cands: dict[str, list] = {}
    for sent in sentences:
        for m in re.finditer(r"(?<![\w'’\-])([A-Z][a-z]+[A-Za-z]*|[A-Z]{3,})(?![\w'’\-])", sent.text):
            w = m.group(1)
            a, b = sent.start + m.start(1), sent.start + m.end(1)
            if any(s0 <= a < e0 for s0, e0 in taken_by_sent.get(sent.index, [])):
                continue
            cands.setdefault(w, []).append((sent, m))
    for w, occ in cands.items():
        if w.lower() in lower or w in lex.not_names or w in DATE_WORDS or rec.title_of(w) or w in rec.demonym_iso \
                or w in lex.org_heads or w in lex.place_heads or len(occ) < 2:
            continue
        if not any(m.start(1) > 0 and not re.search(r"[\"“(]\s*$", sent.text[:m.start(1)]) for sent, m in occ):
            continue  # only ever opening a sentence: a common word as likely as a name
        if not any(ACTOR_VERB_AFTER.match(sent.text, m.end(1)) for sent, m in occ):
            continue
        if any(re.search(r"\b(?:in|at|to|from|near|into|of)\s+(?:the\s+)?$", sent.text[:m.start(1)]) for sent, m in occ):
            continue  # "talks in Geneva", "arrived in Ceuta": a place
        if any(re.match(r"\s+[A-Z]", sent.text[m.end(1):]) or re.search(r"[A-Z][\w\-]*\s+$", sent.text[:m.start(1)])
               for sent, m in occ):
            continue  # part of a longer name somewhere
        act = Actor(f"org:{normalize(w)}", w, "organization", None, None, "pattern")
        for sent, m in occ:
            add(act, sent.start + m.start(1), sent.start + m.end(1), sent, "name")


def _has_suffix(name: str) -> bool:
    return name.split()[-1] in NAME_SUFFIXES if name.split() else False


def _leader_state(out: ArticleActors, key: str) -> str | None:
    a = out.actors[key]
    return f"state:{a.country_code}" if a.country_code and a.role else None


# a role phrase names the office in other words ("Ambassador X ... the envoy", "Prime Minister X ...
# the premier", "Charge d'Affaires X ... the diplomat")
ROLE_SYNONYMS = {"envoy": {"envoy", "ambassador", "representative", "charge"},
                 "diplomat": {"ambassador", "envoy", "charge", "consul", "high commissioner"},
                 "premier": {"premier", "prime minister"}}


def _resolve_role(out: ArticleActors, title: str, former: bool, iso: str | None, before: int) -> str | None:
    """The person, mentioned before ``before``, whose role contains ``title``."""
    want = normalize(title)
    alts = ROLE_SYNONYMS.get(want, {want})
    best = None
    for m in out.mentions:
        if m.start >= before:
            continue
        a = out.actors.get(m.key)
        if not a or a.actor_type != "person" or not a.role:
            continue
        if not any(w in normalize(a.role) for w in alts):
            continue
        if iso and a.country_code and a.country_code != iso:
            continue
        if former and not a.former:
            continue
        best = a.key
    if best is None and former:
        return _resolve_role(out, title, False, iso, before)
    return best


def _attach_country_to_org_names(body: str, out: ArticleActors) -> None:
    """"the Human Rights Commission of Sri Lanka", "the Central Bank of Nigeria": an organization
    found by its form and followed by "of <state>" is named with the state, which is part of its name,
    not a second actor."""
    ms = out.mentions
    drop: set[int] = set()
    for i, m in enumerate(ms):
        a = out.actors.get(m.key)
        if a is None or a.actor_type != "organization" or a.recognized_by != "pattern" or i in drop:
            continue
        nxt = [j for j, n in enumerate(ms) if n.start > m.end and n.start - m.end <= 5 and n.key.startswith("state:")
               and n.mention_type == "name" and body[m.end:n.start] == " of "]
        if not nxt:
            continue
        j = nxt[0]
        n = ms[j]
        name = body[m.start:n.end]
        key = f"org:{normalize(name)}"
        if key not in out.actors:
            out.actors[key] = Actor(key, name, "organization", n.key[6:], a.role, "pattern")
        # other mentions of the short form ("the commission") stay with the short name's actor
        ms[i] = replace(m, end=n.end, text=name, key=key)
        drop.add(j)
    if drop:
        out.mentions = [m for k, m in enumerate(ms) if k not in drop]


def _known_persons(out: ArticleActors, rec: Recognizer, published) -> None:
    """Office-holders in ``persons.tsv`` whose country the text does not give get it from there
    (a person's country does not depend on the article); in the years of their office, and when the
    text names no role, they also get that office and act for their state."""
    year = getattr(published, "year", None)
    for a in out.actors.values():
        if a.actor_type != "person":
            continue
        p = rec.person_by_name.get(normalize(a.name))
        if p is None:
            continue
        a.country_code = a.country_code or p.country
        if year is not None and p.since is not None and p.since <= year and (p.until is None or year <= p.until):
            if a.role is None and not a.former:
                a.role = p.office
                a.acts_for_state = True


# lowercase particles inside personal names ("Alexandre de Moraes"): the connectors that are no
# English function words
NAME_PARTICLES = CONNECTORS - {"of", "for", "the", "on"}


def _infer_person_countries(out: ArticleActors, sentences: list[Sentence]) -> None:
    """A titled official with no stated country gets the one state named alone in their sentence."""
    by_sent: dict[int, list[Mention]] = {}
    for m in out.mentions:
        by_sent.setdefault(m.sentence_index, []).append(m)
    text_of = {s.index: s for s in sentences}

    def place(m: Mention) -> bool:
        # "X travelled to Tunis": a place the official goes to is not their country (a host named
        # after it, "arrived in Accra to meet President Y", is of that place)
        sent = text_of.get(m.sentence_index)
        # the object of an act ("urged Beijing", "accused Rwanda") is the other side, not their country
        return bool(sent) and bool(re.search(r"\b(?:to|in|at|into|toward|towards|visited|visiting|visit|visits|on|against|with|"
                                             r"urged|urges|urging|told|tells|asked|asks|pressed|thanked|[a-z]{3,}ed)\s+(?:the\s+)?$",
                                             sent.text[:m.start - sent.start]))

    def org_title(m: Mention, ms: list[Mention]) -> bool:
        # "European Commission President Ursula von der Leyen": the title belongs to an organization
        sent = text_of.get(m.sentence_index)
        if not sent:
            return False
        return any(o.key.startswith("org:") and o.end <= m.start
                   and re.fullmatch(r"(?:['’]s)?\s+(?:[A-Z][\w\-]*\s+){0,3}", sent.text[o.end - sent.start:m.start - sent.start])
                   for o in ms)

    for a in out.actors.values():
        if a.actor_type != "person" or a.country_code or not a.role or not a.acts_for_state:
            continue
        for sidx, ms in sorted(by_sent.items()):
            named = [m for m in ms if m.key == a.key and m.mention_type == "name"]
            if not named:
                continue
            if org_title(named[0], ms):
                break
            others = {out.actors[m.key].country_code for m in ms if m.key != a.key and m.key in out.actors
                      and out.actors[m.key].actor_type == "person" and out.actors[m.key].country_code}
            states = {m.key for m in ms if not m.nested and m.key.startswith("state:") and m.key[6:] not in others
                      and not (place(m) and m.start > named[0].start)}
            if len(states) == 1:
                a.country_code = next(iter(states))[6:]
                break


def _state_after_in(text: str, pos: int, rec) -> bool:
    """Whether "in <a state or its capital>" follows ``pos`` ("police in Baku", "security forces in Mali")."""
    m = re.match(r"\s+in\s+(?:the\s+)?((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})", text[pos:])
    if not m:
        return False
    words = m.group(1).split()
    return any(" ".join(words[:n]) in rec.country_by_surface for n in range(len(words), 0, -1))


def _capitalized(word: str) -> bool:
    """A name word: capitalized, or an Arabic article before a capital ("al-Burhan", "el-Sisi")."""
    return word[:1].isupper() or bool(re.match(r"(?:al|el|ad|as|ash|an|ul)-[A-Z]", word))


def _runs(text: str, toks: list[Tok], lex: Lexicon) -> list[list[Tok]]:
    """Maximal runs of capitalized tokens (with lowercase name connectors inside)."""
    runs: list[list[Tok]] = []
    cur: list[Tok] = []

    def close():
        while cur and (cur[-1].text in CONNECTORS or cur[-1].text.lower() in CONNECTORS and not cur[-1].text[0].isupper()):
            cur.pop()
        if cur:
            runs.append(list(cur))
        cur.clear()

    for t in toks:
        gap = text[cur[-1].end:t.start] if cur else ""
        contiguous = not cur or (gap in (" ",) and not cur[-1].possessive)
        is_cap = _capitalized(t.text)
        is_conn = t.text in CONNECTORS and bool(cur)
        if cur and not contiguous:
            close()
        if cur and cur[-1].text in CONNECTORS and t.text in DATE_WORDS:
            close()  # "the Danube Commission on Monday": a date follows the name, it does not continue it
            continue
        if is_cap or is_conn:
            cur.append(t)
            if t.possessive:
                close()
        else:
            close()
    close()
    # an organization's name may hold a plural possessive or an "and" ("Workers' Party", "Justice and
    # Development Party", "Peoples' Equality and Democracy Party"): join runs across them when the
    # joined run ends in an organization word (one word before "and": "Nippon Steel and Mitsubishi Heavy
    # Industries" are two names)
    for i in range(len(runs) - 2, -1, -1):
        a, b = runs[i], runs[i + 1]
        gap = text[a[-1].end:b[0].start]
        if (gap in ("' ", "’ ") and a[-1].text.endswith("s") and len(a) <= 3 or gap == " and " and len(a) == 1) \
                and not a[-1].possessive and b[-1].text in lex.org_heads and all(t.text[:1].isupper() for t in a):
            runs[i:i + 2] = [a + b]
        elif a[-1].possessive and re.fullmatch(r"People(?:['’]s)?", a[-1].text) and len(a) <= 2 \
                and re.fullmatch(r"(?:['’]s)?\s", gap) and b[-1].text in lex.org_heads:
            runs[i:i + 2] = [a + b]  # "the People's United Democratic Movement": "People's" is no owner
    # trim leading non-name words ("Despite", "The") but remember "Former"
    out = []
    for r in runs:
        if len(r) > 1 and r[0].text.endswith("ing") and len(r[0].text) > 5 and r[1].text in CONNECTORS:
            r = r[1:]  # "Reflecting the President's commitment": a sentence-initial gerund, not a name
        while r and (r[0].text in lex.not_names and r[0].text not in ("Former",) and not (r[0].text == "New" and len(r) > 1)
                     or r[0].text in CONNECTORS  # "New" before a capital starts a name (New Patriotic Party)
                     # "the Tripoli-based Government of National Unity", "Iran-backed Houthis": where it sits
                     # or who backs it is no part of the name
                     or len(r) > 1 and re.fullmatch(r"[A-Z][\w'’.]*-(?:based|backed)", r[0].text)):
            r = r[1:]
        if r and re.fullmatch(r"[A-Z][\w'’.]*-based", r[-1].text):
            r = []  # "the New York-based group": where a body sits, no name of its own
        if r:
            out.append(r)
    return out


def _name_like(words: list[str], lex: Lexicon) -> bool:
    if any(w in lex.not_names for w in words):
        return False
    if any(w in lex.org_heads or w in lex.place_heads for w in words):
        return False
    caps = [w for w in words if w not in CONNECTORS]
    if len(caps) < 2:
        return False
    for w in caps:
        if w in NAME_SUFFIXES:
            continue
        if w.isupper() and len(w) > 1 and not (re.fullmatch(r"[A-Z]\.", w) and w is not caps[-1]):
            return False  # acronyms (an initial before a surname is none: "S. Jaishankar", "Musalia K. Mudavadi")
        if not re.fullmatch(r"[^\W\d_][\w'’\-]*\.?", w):
            return False
    return True


PORTFOLIO_TITLE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}(?=(?:Minister|Secretary|Representative|Commissioner|Envoy|Ambassador|"
                             r"Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Governor|President|Chairman|Chairwoman|Chairperson|"
                             r"Chair|Director|Speaker)\s)")


def _strong_run(body, sent, text, run, rec: Recognizer, out, add, taken) -> bool:
    """Classify a run with strong evidence; return False to leave it for pass 2."""
    lex = rec.lex
    base = sent.start
    words = [t.text for t in run]
    s, e = run[0].start, run[-1].end
    # a leading "Former" / preceding "former"
    former = bool(re.search(r"\bformer\s+$", text[:s], re.I))
    if words[0] == "Former":
        former = True
        run = run[1:]
        if not run:
            return True
        words = words[1:]
        s = run[0].start
    # country hint from a directly preceding dictionary country or demonym ("U.S. Secretary ...")
    country = None
    before = text[:s]
    phrase_start = s
    # "Brazilian acting President", "Syria's interim President": a modifier of the title
    tmod = re.search(r"\s(?:" + TITLE_MODIFIER_WORDS + r")\s+$", before)
    if tmod:
        before = before[:tmod.start() + 1]
    for surface_len in range(1, 5):
        toks_before = before.rstrip().split(" ")[-surface_len:]
        cand = " ".join(toks_before)
        if before.endswith(" ") and cand in rec.country_by_surface and rec.country_by_surface[cand][1] != "capital":
            country = rec.country_by_surface[cand][0]
            phrase_start = len(before.rstrip()) - len(cand)
            break
        if before.endswith(" ") and cand in rec.demonym_iso:
            country = rec.demonym_iso[cand]
            phrase_start = len(before.rstrip()) - len(cand)
            break
    poss_country = None
    pm_ = re.search(r"(?:^|\s)((?:[A-Z][\w\.\-]*\s+){0,3}[A-Z][\w\.\-]*)['’]s\s+$", before)
    if pm_ and pm_.group(1) in rec.country_by_surface and rec.country_by_surface[pm_.group(1)][1] != "capital":
        poss_country = rec.country_by_surface[pm_.group(1)][0]  # "China's Commerce Ministry"
    # an organization's name may begin with its country ("Kenya Defence Forces", "Indonesian Navy"):
    # where the run turns out to be an organization, its name starts here
    org_start = phrase_start if country and re.fullmatch(r" ", text[len(before.rstrip()):s]) else s
    # leading demonym inside the run ("Kenyan President William Ruto")
    for n in (3, 2, 1):  # "Kenyan President William Ruto", "South Korean President Yoon Suk Yeol"
        lead = " ".join(words[:n])
        if len(run) > n and lead in rec.demonym_iso:
            country = rec.demonym_iso[lead]
            run, words = run[n:], words[n:]
            s = run[0].start
            break
    # a leading title
    run_text = text[s:e]
    tm = rec.re_title_start.match(run_text)
    if not tm:
        # "Communist Party General Secretary Nguyen Phu Trong", "National Assembly Speaker X Y": an
        # organization's name before the title; the person starts at the title
        for k, t in enumerate(run[:-3]):
            if t.text in lex.org_heads and not t.possessive:
                tk = rec.re_title_start.match(text, run[k + 1].start, e)
                rest = text[tk.end():e].split() if tk else []
                if tk and 2 <= len(rest) <= 4 and rest[0][:1].isupper() \
                        and all((w[:1].isupper() or w in NAME_PARTICLES) and not rec.title_of(w) for w in rest):
                    run, words = run[k + 1:], words[k + 1:]
                    s = run[0].start
                    run_text = text[s:e]
                    tm = rec.re_title_start.match(run_text)
                break
    portfolio = 0
    if not tm:
        # a portfolio before a core title ("Commerce Secretary Howard Lutnick", "Trade Representative
        # Jamieson Greer", "Home Affairs Minister X"): the whole phrase is the title when two name
        # words follow it
        pm = PORTFOLIO_TITLE.match(run_text)
        if pm:
            tm2 = rec.re_title_start.match(run_text, pm.end())
            if tm2 and len(run_text[tm2.end():].split()) >= 2:
                tm, portfolio = tm2, pm.end()
    if tm and tm.end() < len(run_text):
        title = tm.group("title") if not portfolio else run_text[:tm.end()]
        t_end = tm.end()
        # "Secretary of Energy Jennifer Granholm", "Minister of Foreign Affairs X Y": the portfolio belongs
        # to the title when at least two name words follow it
        po = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+(?:and\s+)?){1,3}", run_text[t_end:])
        if title in ("Secretary", "Minister", "Ministers", "Secretaries") and po:
            rest = run_text[t_end + po.end():].split()
            cut = po.group(0).split()
            while len(rest) < 2 and len(cut) > 2:
                rest.insert(0, cut.pop())
            if len(rest) >= 2:
                title = run_text[:t_end + len(" ".join([""] + cut))].strip()
                t_end = len(run_text[:t_end]) + len(" ".join([""] + cut))
        name_start = s + t_end + (len(run_text[t_end:]) - len(run_text[t_end:].lstrip()))
        name_toks = [t for t in run if t.start >= name_start]
        if name_toks and _capitalized(name_toks[0].text) and name_toks[0].text not in CONNECTORS \
                and all(_capitalized(t.text) or t.text in CONNECTORS for t in name_toks):
            nwords = [t.text for t in name_toks]
            # "Vice Premier He Lifeng": after a title, "He" before another name word is a surname
            surname_he = nwords[0] == "He" and len(nwords) >= 2
            if (nwords[0] in lex.not_names and not surname_he) or any(w in lex.org_heads or w in lex.place_heads for w in nwords):
                return False
            ne = name_toks[-1].end
            name = text[name_toks[0].start:ne]
            info = rec.title_of(title) or rec.title_of(tm.group("title"))
            extent = _apposition(text, ne, rec)
            role = title if info and info.kind != "honorific" else None
            act = Actor(f"person:{normalize(name)}", name, "person", country, role, "pattern", former,
                        bool(info and info.acts_for_state))
            if extent:
                _apply_apposition(act, extent, rec)
            add(act, base + name_toks[0].start, base + ne, sent, "title" if len(nwords) == 1 else "name",
                extent_end=base + (extent.end() + ne if extent else ne), extent_start=base + min(phrase_start, run[0].start))
            taken.append((run[0].start, _apposition_end(text, ne, extent, rec)))
            return True
    # organizations by form
    last = words[-1]
    after = text[e:]
    org_noun = re.match(r"\s+(" + "|".join(ORG_NOUNS) + r")\b", after)
    if len(words) >= 2 and words[0] in DOCUMENT_HEADS and re.match(r"\s*(?:on|of|for|between)\b", text[run[0].end:]):
        # "the Treaty on Conventional Armed Forces in Europe", "the Convention on the Rights of the Child":
        # a document named by its subject, no actor (however many organization words it holds)
        taken.append((s, e))
        return True
    if len(words) >= 2 and last in DOCUMENT_ENDS:
        # "an Executive Order", "the Alien Enemies Act", "a Presidential Proclamation": a document, no actor
        taken.append((s, e))
        return True
    if len(words) == 1 and last in lex.org_heads and not (country or poss_country):
        return False  # "TV", "Council", "Ministry" alone: a head word with no name (no actor of its own)
    if (any(w in lex.org_heads for w in words) and last not in lex.place_heads) or (last == "Church" and DENOMINATION & set(words)):
        # (a church named by its denomination is the institution, "the Serbian Orthodox Church"; one
        # named by a saint or a town is a building, a place)
        s = min(s, org_start)
        name = text[s:e]
        add(Actor(f"org:{normalize(name)}", name, "organization", country or poss_country), base + s, base + e, sent, "name")
        taken.append((s, e))
        return True
    if last in lex.place_heads:
        taken.append((s, e))
        return True
    if org_noun and len(words) >= 1 and not (len(words) == 1 and words[0] in lex.not_names):
        name = text[s:e]
        add(Actor(f"org:{normalize(name)}", name, "organization", country), base + s, base + e, sent, "name")
        taken.append((s, e))
        return True
    # a name right after a common noun for an organization ("the rights group Haki Africa", "the
    # newspaper Le Figaro", "the charity Care4Calais") is that organization; a demonym earlier in the
    # phrase gives its country ("the Spanish rights group ...")
    ob = ORG_BEFORE.search(text[:s])
    if ob and not (len(words) == 1 and words[0] in lex.not_names) and last not in lex.place_heads:
        dm = re.search(r"\b(?:the|a|an)\s+((?:[A-Z][\w\-]+\s+){1,2})(?:[a-z\-]+\s+){0,3}$", text[:ob.start()] + " ")
        org_country = country or (rec.demonym_iso.get(dm.group(1).strip()) if dm else None)
        name = text[s:e]
        add(Actor(f"org:{normalize(name)}", name, "organization", org_country), base + s, base + e, sent, "name")
        taken.append((s, e))
        return True
    # a name followed by an apposition with a title, or preceded by a possessive title
    if len(words) >= 2 and _name_like(words, lex):
        extent = _apposition(text, e, rec)
        pt = rec.re_poss_title.search(text[:s])
        if extent or pt:
            name = text[s:e]
            act = Actor(f"person:{normalize(name)}", name, "person", country)
            if extent:
                _apply_apposition(act, extent, rec)
            if pt:
                iso = rec.country_by_surface.get(pt.group("country"), (None,))[0] or rec.demonym_iso.get(pt.group("country"))
                info = rec.title_of(pt.group("title"))
                act.role = act.role or pt.group("title").strip().title()
                act.country_code = act.country_code or iso
                act.former = act.former or bool(pt.group("former"))
                act.acts_for_state = act.acts_for_state or bool(info and info.acts_for_state)
            add(act, base + s, base + e, sent, "name", extent_end=base + (e + extent.end() if extent else e))
            taken.append((s, _apposition_end(text, e, extent, rec)))
            return True
    return False


def _apposition_end(text: str, end: int, extent, rec: Recognizer) -> int:
    """Where the text a name's apposition takes ends: the whole apposition, except a titled name in
    its tail ("Daniel Bwala, an adviser to President Bola Tinubu,": Tinubu is an actor of his own)."""
    if not extent:
        return end
    app = text[end:end + extent.end()]
    for m in re.finditer(r"\s(?:to|for|of)\s+(?:the\s+)?", app):
        if (tm := rec.re_title_start.match(app, m.end())) and re.match(r"\s+[A-Z]", app[tm.end():]):
            return end + m.end()
    return end + extent.end()


def _apposition(text: str, end: int, rec: Recognizer):
    return rec.re_apposition.match(text[end:])


def _apply_apposition(act: Actor, m, rec: Recognizer) -> None:
    title = m.group(0)
    # role: the title with its "of/for ..." tail, without determiner, country and "former"
    role = re.sub(r"^,\s+(?:(?:the|a|an)\s+)?", "", title, flags=re.I)
    if m.group("former"):
        act.former = True
        role = role[len(m.group("former")):]
    if m.group("country"):
        c = m.group("country")
        role = role[len(c):].lstrip("'’s ").lstrip()
        iso = rec.country_by_surface.get(c, (None,))[0] or rec.demonym_iso.get(c)
        act.country_code = act.country_code or iso
    info = rec.title_of(m.group("title"))
    act.role = act.role or role.strip()
    act.acts_for_state = act.acts_for_state or bool(info and info.acts_for_state)
