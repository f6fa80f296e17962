"""Find agreements (deals at any stage) and their parties.

Reads: sentences, actors, the events coded in the article. Produces: ``Agreement`` values.

An agreement is stated either by an agreement word ("deal", "accord", "memorandum of
understanding", "commitments") whose stage the sentence's verbs give ("signed" -> signed,
"negotiating" -> negotiating, "withdrew from" -> ended), or by a request, proposal, promise or
refusal whose content is an arrangement between two parties ("urged X to accept deported ...",
"proposed that X take back ..."). Parties are states or organizations: an official acting in
office stands for the state (gold conventions). At least two distinct parties are required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ArticleActors
from .events import Event
from .segment import Sentence

NOUNS = re.compile(
    r"\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a) of understanding|MoUs?|MOUs?|"
    r"arrangements?|commitments?|ceasefire|cease-fire|truce|protocol|compacts?|partnership agreement|strategic partnership)\b", re.I)
STATUS = [  # first match in this order wins
    ("in_force", r"\b(?:entered into force|enter(?:s|ed)? into effect|took effect|takes effect|came into (?:force|effect)|in force|in effect|has been implemented|were implemented|was implemented|under the (?:agreement|deal|accord|pact|treaty))\b"),
    ("ended", r"\b(?:withdr[eaw]+n? from|withdrawing from|pull(?:ed|ing|s)? out of|terminat(?:ed|ing|es)|scrap(?:ped|ping|s)|suspend(?:ed|ing|s)|collapsed|expired|tore up|abandon(?:ed|ing|s)|ended|ending)\b"),
    ("rejected", r"\b(?:rejected|rejects|refused|refuses|declined|voted down|vetoed|turned down)\b"),
    ("signed", r"\b(?:signed|signs|inked|concluded|finali[sz]ed|ratified|sealed)\b"),
    ("negotiating", r"\b(?:negotiat\w+|in talks|talks on|talks over|discussing|working on|draft(?:ing)?)\b"),
    ("committed", r"\b(?:agreed|agrees|committed|commitments?|pledged|promised|reached|struck|announced)\b"),
    ("requested", r"\b(?:urged|urging|urges|asked|asking|called for|called on|demanded|demanding|pressed|pressing|requested|sought|seeking)\b"),
    ("proposed", r"\b(?:proposed|proposes|propose|proposal|offered|offers|floated|suggested)\b"),
]
CONTENT = re.compile(
    r"\b(?:to\s+|that\s+(?:[\w'’.\-]+\s+){1,4}?)(?:accept|take back|receive|readmit|sign|join|host|allow|resume|extend|renew|"
    r"admit|repatriate|cooperate|release|exchange|hand over|extradite|return)\b", re.I)
EVENT_STATUS = {"REQUEST": "requested", "AGREE": "committed", "REJECT": "rejected"}


@dataclass(frozen=True)
class Agreement:
    topic: str
    status: str
    sentence_index: int
    start: int
    end: int
    trigger: str
    parties: tuple[tuple[str, str], ...]  # (actor key, role)


def _party(actors: ArticleActors, key: str | None) -> str | None:
    if key is None:
        return None
    a = actors.actors.get(key)
    if a is None or a.actor_type == "group":
        return None
    state = actors.state_of(key)
    if state is None and a.actor_type == "person":
        return None  # a person not acting for a state is no party to a deal between states
    if state is None and a.actor_type == "organization" and a.country_code and f"state:{a.country_code}" in actors.actors:
        state = f"state:{a.country_code}"  # a national body ("the State Department") acts for its state
    return state or key


def find_agreements(sentences: list[Sentence], actors: ArticleActors, events: list[Event]) -> list[Agreement]:
    out: list[Agreement] = []
    by_sent: dict[int, list] = {}
    for m in actors.mentions:
        if not m.nested:
            by_sent.setdefault(m.sentence_index, []).append(m)
    ev_by_sent: dict[int, list[Event]] = {}
    for e in events:
        ev_by_sent.setdefault(e.sentence_index, []).append(e)
    for sent in sentences:
        text = sent.text
        # 1. requests, proposals, promises and refusals whose content is an arrangement
        done = False
        for e in ev_by_sent.get(sent.index, []):
            status = EVENT_STATUS.get(e.event_type)
            if status is None or e.implicit_target:
                continue
            rel = e.trigger_end - sent.start
            m = CONTENT.search(text, rel, min(len(text), rel + 80))
            if not m:
                continue
            if status == "requested" and (e.modality == "proposed" or re.match(r"propos|offer", text[e.trigger_start - sent.start:rel], re.I)):
                status = "proposed"
            src, tgt = _party(actors, e.source_key), _party(actors, e.target_key)
            if not src or not tgt or src == tgt:
                continue
            topic = _topic(text, m.start())
            roles = ((src, "proposer"), (tgt, "addressee")) if status in ("requested", "proposed") else ((src, "party"), (tgt, "party"))
            out.append(Agreement(topic, status, sent.index, sent.start, sent.end, text[e.trigger_start - sent.start:rel], roles))
            done = True
        if done:
            continue
        # 2. an actor agreeing with another ("Chile and Peru agreed to open ...", "agreed with UNHCR
        #    on a plan"): a commitment between the two
        for e in ev_by_sent.get(sent.index, []):
            if e.event_type != "AGREE" or e.modality in ("negated", "speculative") or e.implicit_target:
                continue
            trig = text[e.trigger_start - sent.start:e.trigger_end - sent.start]
            if not re.match(r"agree|sign|reach|struck|strike", trig, re.I):
                continue
            src, tgt = _party(actors, e.source_key), _party(actors, e.target_key)
            if not src or not tgt or src == tgt:
                continue
            rel = e.trigger_end - sent.start
            status = "signed" if trig.lower().startswith("sign") else "committed"
            out.append(Agreement(_topic(text, rel), status, sent.index, sent.start, sent.end, trig,
                                 ((src, "party"), (tgt, "party"))))
            done = True
            break
        if done:
            continue
        # 3. agreement words
        nm = NOUNS.search(text)
        if not nm:
            continue
        status = None
        for st, pat in STATUS:
            if re.search(pat, text, re.I):
                status = st
                break
        if status is None:
            continue
        parties: list[str] = []
        for m in by_sent.get(sent.index, []):
            p = _party(actors, m.key)
            if p and p in actors.actors and actors.actors[p].actor_type == "person":
                continue  # a person not acting for a state is no party to a deal between states
            if p and p not in parties:
                parties.append(p)
        if len(parties) < 2:
            continue
        out.append(Agreement(_topic(text, nm.start()), status, sent.index, sent.start, sent.end, nm.group(0),
                             tuple((p, "party") for p in parties)))
    return _dedupe(out)


def _dedupe(agreements: list[Agreement]) -> list[Agreement]:
    """One agreement per set of parties and status: a deal told again ("The deal was reached
    during a meeting ...") is the same deal."""
    seen: set = set()
    out = []
    for a in agreements:
        key = (frozenset(p for p, _ in a.parties), a.status)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _topic(text: str, start: int) -> str:
    m = re.compile(r"[;.]\s|, (?:which|who|while|but)\b|$").search(text, start)
    return text[start:m.start() if m else len(text)].strip(" ,.;\"“”")
