"""Code PLOVER events: who did what to whom, with modality, date and location.

Reads: sentences, the article's actor mentions, date expressions, the cue lexicon
(``event_cues.tsv``) and the evaluative word list (``evaluative.tsv``).
Produces: ``Event`` values with the trigger span and the evidence span.

Which words are events (the reasons are general English and PLOVER, not any one article):

* cue words and phrases from the lexicon; nouns flagged ``light`` only as the object of a light
  verb ("imposed tariffs", "declared a ceasefire"); a verb form used as a noun ("on charges",
  "the funding") is not a verb cue; quantities ("declined by 25 percent") and information objects
  ("released video") are not acts; firing a counted weapon ("fired two mortar rounds at X") is force;
* statements that call or describe something with an evaluative word ("called the ruling
  'illegitimate'", "said the vote was rigged") are ACCUSE or SUPPORT; announced future acts of
  cooperation ("said it would send two flights") are AGREE (PLOVER: future cooperation is AGREE);
  refusals ("would not accept") are REJECT; reported "could ban" is THREATEN;
* a headline line retells the body and yields no events; references are skipped: "from/against
  <cue>", gerunds after prepositions (but "responded by deploying" states an act), nominals after
  "before/after/since", demonstratives, nouns inside quotations, talks "to be opened", the content
  of a clause-taking cue ("urged X to ..."), a noun opening a reported clause ("said the crackdown
  ..."), "on ... charges", "provided (that)", "those detained", signing an order or a law, a
  meeting of one's own council, speaking to reporters;
* some acts are found by pattern rather than by a word: ordering diplomats to leave (expulsion),
  closing a listed border, pulling troops out; being "open to talks" is a commitment (AGREE);
  reporting another side's hostile act ("X told parliament that Y had shelled ...") is an
  allegation, ACCUSE X -> Y.

How arguments are assigned:

* passive ("was criticized by X", "talks mediated by X"): X is the source, the subject the target
  (in "by the Spanish rights group X" X, not the adjective);
  an agentless passive of coercion ("X, who was arrested", "X, another opposition figure, was
  detained") has X as target and the state where it
  happened (else the article's main state) as source; other agentless passives are not coded;
* the source is the noun phrase right before a verb, else the nearest actor before the cue outside
  prepositional phrases, relative clauses (", who ..."), title appositions after a person and
  "led by" phrases; in "X said (that) Y ..." the act is Y's unless the clause opens with a pronoun
  (also "X said in a report published on Thursday that Y ..."); in "which rights groups say have
  killed", the sayers are not the doers;
  coordinated verbs share subject and target ("accused X of ... and demanded ...");
* the target is the verb's object or an actor behind a linking preposition near the cue ("with",
  "to", "against" first for hostile acts), never the object of a gerund or the content of a
  complement; nouns take their party only behind a linking preposition ("talks with X");
* coordination: one event per coordinated actor ("Lithuania and Latvia warned ..."); a
  reciprocal act of a pair ("Chile and Peru agreed", "talks between X and Y", "the two
  governments") is one event between them; mutual acts (exchanges, clashes) go both ways;
* "the government" (also "the government of <gerund>"), "the junta", "the military", and bare
  "authorities" opening a clause ("when authorities raided ...") are the article's main state; "the (regional) bloc"
  its main organization of states; "the governments of X, Y and Z" are X, Y and Z; "it" the nearest
  state or organization before (after ", and" the sentence's subject), and as a verb's object
  ("accusing it of") the nearest one that is not the subject, and after "which/that" ("X, which it
  said ...") not the relative clause's antecedent; he/she the nearest person,
  "him" only as an object; "them" the nearest group; "its army / their troops" the state named
  nearest before;
* a verb coordinated after a comma that closes a reported clause is the speaker's ("X said that Y
  had ..., and called on Y to ..."); a participle after a comma (or a closing quotation) takes the
  main clause's subject; a speech act after "and" that follows a reported clause is the speaker's
  ("X said Y broke the law and accused Z"); an actor across a subordinator ("after soldiers ousted X") is not the
  subject;
* visits target the place ("travelled to Tunis"), and company named right after it ("with X and Y")
  visit too; the place where a meeting happens is not a party to it; force used on people later in
  the clause targets them ("fired tear gas ... to disperse them"); a protest's place is not its
  target, unless it is a state's embassy or consulate ("protested outside the Belizean embassy");
* acts of one actor towards another (``DYADIC``) with no target named in the sentence get the
  article's main state or organization that is not the actor's own (about 60% of these guesses
  are right on the tune split, see QUALITY.md), except rejections (only when the sentence names
  that state) and reciprocal acts of a coordinated pair; withdrawals are from the main state;
  denials answer the last accusation made against the denier; a reaction to sanctions or
  accusations answers the one actor the article names as imposing or making them; condemning "the
  attack / coup attempt / arrests" answers whoever the article last told doing such a thing, else
  nobody; "rejected the criticism from X" answers X; a state or bloc named only once is no main
  state;
* withdrawing from an international body ("withdrew from the court", "from ECOWAS") is a SANCTION
  (withdraw), withdrawing troops or from territory a RETREAT; closing airspace, ports or waters to
  a state is a SANCTION like closing the border;
* an official's (or a force's, ministry's or government office's) own state is never the target of
  its act, and a state named "in X" after an act of police, troops or security forces is where
  they act, not whom; national commissions, courts, parties and unions may act towards their own state;
* "both sides" is the pair the sentence has just named ("between X and Y"), else the article's two
  main states; "accused each other" goes both ways; a call on "all sides/parties" has no target;
  "welcomed the ruling" answers the article's one court; two persons who clash clash in words
  (ACCUSE), not in arms; a call for calm or restraint, or on all
  sides, has no target ("urged calm"); a participle after a group with "by" ("migrants rejected by
  Britain") is a passive with that agent; an "-ed" verb right after "and" is finite, not adjectival; a finite verb right after a comma
  ("suspends X over Y, blocks Z") shares the clause's subject; "people deported from X" were
  deported by X;
* force, arrests, deportations, seizures and withdrawals with no target the extractor can name are
  not coded (QUALITY.md); curfews, states of emergency and resignations have no target by nature;
  nor is a group's act other than a protest or force whose only target would be the guessed main
  state ("residents demanded ..."): such guesses were right about one time in five (QUALITY.md);
* "a spokesperson for X" and "an official of X" speak for X; "a Kenyan court" and "a court in
  Nairobi" act for the state, like its police; ordering someone "held" or "detained" is the
  detention; "the government of President X" as an object is X; in what a state's official says,
  "the army" and "the government" are that state's; a state's protest to another is diplomatic
  (ACCUSE); what partners cooperate on or against is no partner; "he" and "she" are never a
  target; a state is not taken to have killed its own soldiers in an agentless passive; a verb
  after "and" in "after a gunman stormed ... and killed" is the subordinate clause's; "it" before an
  irregular past ("after it broke off ties") is a subject; the owner of a decision or plan ("respected
  Chile's decision but would not accept ...", "respected Laos's right ... but had asked") is not
  the subject of a later verb; "was committed to" is a commitment, not a passive; "sentenced to
  death/prison by X" names X as the agent; the place
  a subject "crossed from" is not its speaker; "charges ships a fee" is no accusation; an act "for
  failing to" do is not done; a pair that "agreed to transfer him" agree with each other; "placed
  under / subjected to U.S. sanctions" is a sanction by the US; "insisting that X is Y" asserts,
  it demands nothing; "diplomats it accused of" accuses the diplomats' state; a measure named
  inside a warning ("warned that they could trigger sanctions") is the warning's content;
  suspending tariffs, sanctions or a ban eases them (CONCEDE, like lifting); ordering a deployment,
  troops or exercises is the military move (MOBILIZE; not "ordered troops to leave"); a crowd that
  blocks a road protests (PROTEST obstruct), and one protest told twice in a sentence is one;
  raising an issue with someone is a consultation; the agent of a participle ("accused by Amnesty
  of rounding up migrants", "the plan announced by Seoul") is not the subject of what follows,
  but the one a body is "led by" is; "the junta" is the state the article has said a junta rules, and a
  body, group or person of one country that addresses "the government" addresses its own; a
  relative clause may hold a thousands comma and a list of names; a name inside an indefinite
  apposition (", a Catholic Church charity that ...,") describes the actor before it; an
  organization naming the office of the person after it ("Constitutional Court judge X") and states
  that locate a crossing ("between Kenya and Uganda") are no target; an organ and the organization
  it belongs to are one side; a state's strikes, shelling and artillery act for it, and a past verb
  right after such a noun names the target; "would not / refused to" before support, cooperation,
  a meeting or aid is a refusal (REJECT); "would respond / retaliate" is a threat; "hoped X would"
  asks X; disease and disaster kill without an actor; an act that "must still be" done, an appeal
  for funds or against a verdict, and a call on one's own supporters are no events;
* coordinated objects may carry counts ("detained four Syrian nationals and two Iraqi migrants"),
  and a list may end in a member that names no actor ("the Gulf Clan, the Sinaloa Cartel and four
  other groups");
* banning, suspending, revoking, cancelling or freezing done to a news outlet or to a body of the
  acting state's own country restricts rights (COERCE censor/restrict), as does banning gatherings
  or protests; done to another state or a foreign body it is a SANCTION;
* the party after a noun that is the object of suspending, rejecting or conceding ("suspended peace
  talks with X") is that verb's target; force or repression named as a reason ("citing attacks on
  civilians", "amid arrests") is not the clause subject's act;
* pattern cues: halting supplies, deliveries or exports to someone is a SANCTION; flying, sending
  or delivering food, medicine, tents or other relief goods to someone is AID; noting progress, an
  improvement, a transformation or a success praises (SUPPORT), noting anything else states a fact;
  taking someone "into custody" is an arrest; handing over or back
  prisoners, hostages or bodies is RETREAT (release), handing over anything else cooperation;
* "X and Y each <act>" is each one's act towards the other; a mediator acts towards the parties
  named "between X and Y", else (in "talks / an exchange mediated by Z") the clause's subjects,
  never towards its co-mediators;
* "X said Y had violated / abused / undermined / illegally intruded ..." (wrongdoing verbs that are no cue of their own)
  is X's allegation against Y; a reaction in a resumptive phrase (", a move that X criticised",
  ", remarks the AU condemned") answers whoever did what the sentence has just told;
* one event per who-did-what-to-whom: two acts of one type with different modes ("recalled its
  ambassador and expelled the envoy") are two events; a visit and the talks it was for are one;
  ordering diplomats to leave (or one's own staff to return home) is an expulsion (a recall), not a
  request; a denial right after an accusation noun ("an accusation Phnom Penh denied") is coded;
* a meeting announced with "will/would" ("said he would visit China in April") is a commitment
  (PLOVER: future-tense CONSULT is AGREE); "could/may meet" stays a speculative meeting;
  "X said Y must/should ..." (or "X told Z that Y should ...") is X's demand (not when the clause
  speaks of X itself); "said Y had acted in an irresponsible way" is evaluative like "was";
  "blaming X for A and Y for B" coordinates X and Y; a vow to keep fighting, press on with a war
  or retaliate is a threat against whom the clause names "against", else no event; "at the request
  of X" is X's request to the clause's subject, and X is no party to the clause's other acts; a
  council, committee, parliament or commission that meets meets as a body (CONSULT with no target);
  a verb in a relative clause after a prepositional object ("mediated by Qatar, which hosted X") has
  that object as subject; a passive's agent may follow place and time ("signed in Jakarta on April 1
  by X and Y");
  granting or offering someone asylum is AID, whatever stands between verb and "asylum";
* "killed in clashes between X and Y" codes the clashes; strikes "on sites in X" hit X; "launched
  missile strikes" is the strikes, not the firing of missiles; force by protesters, demonstrators,
  students or crowds (storming a building, clashing with police) is a riot (PROTEST riot; in a clash
  with no target), and "riot police" are police, not a riot; demonyms before state agents ("Greek and
  Turkish diplomats met") name the states acting; actors after ", and" that a verb follows start a
  new clause, not more members of the list before ("pledged officers to Haiti, and Ghana and Chad
  have also promised personnel"), and such an "also" act without a target of its own has the
  target of the sentence's previous act of that type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .actors import DATE_WORDS, FORCE_GROUP, ArticleActors, Mention, normalize
from .dates import DateExpr, find_dates, speaks_of_future
from .lexicon import Cue, Lexicon
from .segment import Sentence

PREPOSITIONS = {"in", "to", "from", "with", "of", "at", "for", "by", "on", "about", "toward", "towards", "against",
                "into", "over", "under", "between", "among", "amid", "across", "via", "through", "like", "including",
                "than", "during", "after", "before", "despite", "regarding", "concerning", "within", "without"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "any", "new", "further"}
DEMONSTRATIVES = {"this", "that", "these", "those", "such", "the same"}
# the object of a verb is a count of people the text does not name ("killing at least 61 people")
COUNTED_OBJECT = re.compile(r"\s+(?:at least |more than |about |some |nearly |over |up to |around |an estimated |almost )?"
                            r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores|several|many|"
                            r"people|civilians|passengers|fishermen)\b")
# ", which <subject> <verb>": an object relative clause (the subject is checked against the actors)
OBJECT_RELATIVE = re.compile(r",\s+(?:which|whom)\s+(?P<which>)(?:the\s+)?(?:[\w.'’\-]+\s+){1,8}?(?:has\s+|have\s+|had\s+)?$")
# ", whose government/forces <subject> <verb>": a relative clause whose object is the antecedent's
WHOSE_CLAUSE = re.compile(r",\s+whose\s+(?:[a-z\-]+\s+){1,2}(?:the\s+)?(?:[\w.\-]+\s+){1,3}(?:has\s+|have\s+|had\s+)?$")
# a sentence that opens with a quotation and names its speaker after it
QUOTE_THEN_SPEAKER = re.compile(r"[\"“](?P<q>[^\"“”]{10,}?)[,?!.]?[\"”]")
SPEECH_AFTER = re.compile(r"(?:,[^,]{0,60},)?\s+(?:said|says|told|added|wrote|declared|stated)\b")
# a speech verb (and a date) right before a subject "it": "said on Monday it would ..."
IT_AFTER_SAID = re.compile(r"\b(?:said|says|added|stated|announced)\s+(?:(?:on|last|this|late on|earlier on)\s+\w+\s+)?(?:that\s+)?$")
# people who arrive somewhere without visiting anyone (migration flows)
ARRIVING_PEOPLE = re.compile(r"\b(?:migrants|refugees|asylum seekers|asylum-seekers|people|persons|passengers|boats|vessels|"
                             r"children|minors|families|men|women|newcomers|arrivals|syrians|afghans|others|deportees|returnees|"
                             r"evacuees|detainees|workers)\b(?:\s+(?:have|had|has|who|that))?$")
DAY_WORDS = {w.lower() for w in DATE_WORDS} | {"today", "yesterday", "weekend"}
TEMPORAL = {"before", "after", "since", "until", "following", "ahead", "prior"}
VERB_MARKERS = {"to", "will", "would", "may", "might", "could", "can", "should", "must", "shall", "did", "does", "do",
                "not", "never", "has", "have", "had", "also", "then", "later", "publicly", "reportedly", "formally"}
PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be", "got"}
NEGATION = re.compile(r"\b(?:not|never|no longer|yet to|failed to|n't)\b|n't\b", re.I)
SPECULATIVE = re.compile(r"\b(?:may|might|could|would|possibly|likely to|expected to|considering|consider|weighing|weighs|mulling)\b", re.I)
REPORTED = re.compile(r"\b(?:according to|reportedly|allegedly|reports?|reported|claims?|claimed|alleged|indicated that|rumou?red)\b", re.I)
REPORT_THAT = re.compile(r"\b(?:said|says|stated|added|announced|warned|claimed|reported)\s+(?:in|on|at|during|through)\b[^,;\"“]{0,70}?\bthat\b")
SAY_BETWEEN = re.compile(r"\s+(?:say|says|said|claim|claims|allege|alleges|believe|believes)\s+(?:(?:have|has|had|were|was|are|is|also)\s+)*")
REPORT = re.compile(r"\b(?:said|says|told reporters|stated|added|announced|warned|claimed|reported)\b(?!\s+(?:on|in|by)\b)", re.I)
SAID = re.compile(r"\b(?:said|says|told|stated|added)\b", re.I)
WORD = re.compile(r"[\w'’\-]+|[^\w\s]")
PRONOUNS = re.compile(r"\b(he|him|his|she|her)\b", re.I)


@dataclass(frozen=True)
class Event:
    event_type: str
    event_mode: str | None
    source_key: str
    target_key: str | None
    date: object
    precision: str
    location: str | None
    modality: str
    sentence_index: int
    start: int  # evidence span, absolute
    end: int
    trigger_start: int
    trigger_end: int
    implicit_target: bool = False  # the target is the article's main state, not named in the sentence


class CueMatcher:
    def __init__(self, lex: Lexicon):
        self.by_form: dict[str, list[Cue]] = {}
        for c in lex.cues:
            for f in c.forms:
                self.by_form.setdefault(f.lower(), []).append(c)
        forms = sorted(self.by_form, key=len, reverse=True)
        self.regex = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w\-])", re.I)
        self.speech = lex.speech_verbs
        # evaluative statements: "called X 'illegitimate'", "described the attack as unprovoked"
        alt = lambda ws: "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in sorted(ws, key=len, reverse=True))
        ev = lambda pol, strong_only: re.compile(r"\b(?:" + alt([w for w, p, st in lex.evaluative if p == pol and (st or not strong_only)]) + r")\b", re.I)
        self.eval_neg, self.eval_pos = ev("-", False), ev("+", False)
        self.eval_neg_strong, self.eval_pos_strong = ev("-", True), ev("+", True)
        self.commit_cue = Cue("commit", "v", "AGREE", None, frozenset({"commitment"}), ())
        self.expel_cue = Cue("expel", "v", "SANCTION", "expel", frozenset({"needs_target"}), ())
        self.border_cue = Cue("close the border", "v", "SANCTION", None, frozenset(), ())
        self.pull_cue = Cue("pull out", "v", "RETREAT", "withdraw", frozenset(), ())
        self.leave_body_cue = Cue("leave body", "v", "SANCTION", "withdraw", frozenset({"needs_target", "object"}), ())
        # plural nouns for people and forces: a past form right after one is a finite verb ("Houthi
        # fighters fired ..."), not an adjective ("accept deported criminals")
        self.plural_agents = frozenset(w.lower() for w in lex.group_heads | lex.group_heads_modified | lex.state_nouns
                                       | lex.group_nouns | {"troops", "soldiers", "forces", "officers", "units"} if " " not in w)
        self.fire_cue = Cue("fire", "v", "ASSAULT", "heavy-weapons", frozenset({"explicit"}), ())  # (missile tests hit no one)
        self.asylum_cue = Cue("grant asylum", "v", "AID", None, frozenset(), ())
        self.release_cue = Cue("hand over prisoners", "v", "RETREAT", "release", frozenset(), ())
        self.praise_cue = Cue("note progress", "v", "SUPPORT", None, frozenset(), ())
        self.custody_cue = Cue("take into custody", "v", "COERCE", "arrest", frozenset(), ())
        self.deploy_order_cue = Cue("order deployment", "v", "MOBILIZE", "troops", frozenset(), ())
        self.airspace_cue = Cue("violate airspace", "v", "MOBILIZE", None, frozenset({"needs_target"}), ())
        self.demand_cue = Cue("say must", "v", "REQUEST", None, frozenset(), ())
        self.halt_cue = Cue("halt supplies", "v", "SANCTION", "discontinue", frozenset({"needs_target"}), ())
        self.send_aid_cue = Cue("send aid", "v", "AID", None, frozenset({"needs_target"}), ())
        self.eval_cues = {
            "-": Cue("call", "v", "ACCUSE", "disapprove", frozenset(), ()),
            "+": Cue("call", "v", "SUPPORT", None, frozenset(), ()),
        }
        words = sorted({w.lower() for t in lex.titles for w in t.title.split() if len(w) > 3}, key=len, reverse=True)
        self.title_words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)

    def find(self, text: str) -> list[tuple[int, int, list[Cue]]]:
        out = []
        for m in self.regex.finditer(text):
            key = re.sub(r"\s+", " ", m.group(0).lower())
            out.append((m.start(), m.end(), self.by_form[key]))
        taken = [(s, e) for s, e, _ in out]
        if SAYS_COMMIT.search(text):
            for m in COMMITMENT.finditer(text):
                v0, v1 = m.span("verb")
                if not any(s < v1 and v0 < e for s, e in taken):
                    out.append((v0, v1, [self.commit_cue]))
                    taken.append((v0, v1))
        # pattern cues, a fixed list of forms could not hold them; the last two replace the lexicon cue
        # read at the same verb: "granted Glas political asylum" is aid (PLOVER), not a concession, and
        # "ordered six Canadian diplomats to leave" an expulsion (its own staff "to return home", a
        # recall), not a request; "was ready to sign a peace treaty" is a commitment
        for rx, cue, overrides in ((READY, self.commit_cue, ()), (BORDER_CLOSE, self.border_cue, ()), (PULL_OUT, self.pull_cue, ()), (LEAVE_BODY, self.leave_body_cue, ()),
                                   (FIRE_WEAPON, self.fire_cue, ()), (HALT_SUPPLY, self.halt_cue, ()),
                                   (SEND_AID, self.send_aid_cue, ()), (GRANT_ASYLUM, self.asylum_cue, ("grant", "offer")),
                                   (EXPEL_ORDER, self.expel_cue, ("order",)), (HAND_OVER_CAPTIVES, self.release_cue, ("hand over",)),
                                   (NOTED_PRAISE, self.praise_cue, ()), (CUSTODY, self.custody_cue, ()),
                                   (AIRSPACE, self.airspace_cue, ()), (ORDER_HELD, self.custody_cue, ("order",)),
                                   (ORDER_DEPLOY, self.deploy_order_cue, ("order",))):
            for m in rx.finditer(text):
                v0, v1 = m.span("verb")
                if overrides:
                    out = [x for x in out if not (x[0] < v1 and v0 < x[1] and all(c.cue in overrides for c in x[2]))]
                    taken = [(s, e) for s, e, _ in out]
                if not any(s < v1 and v0 < e for s, e in taken):
                    out.append((v0, v1, [cue]))
                    taken.append((v0, v1))
        for m in TOLD_THAT.finditer(text):
            # "Okano told Ambassador Wu that Beijing should urge its citizens to act calmly": a demand
            if not any(s < m.end("verb") and m.start("verb") < e for s, e in taken) and OBLIGATION.match(" " + text[m.end():m.end() + 90]):
                out.append((m.start("verb"), m.end("verb"), [self.demand_cue]))
                taken.append(m.span("verb"))
        for m in EVAL_VERB.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            window = text[m.end():m.end() + 90]
            stop = re.search(r"[;.]\s|\band (?:said|warned|urged|called)\b", window)
            window = window[:stop.start()] if stop else window
            plain = m.group(0).lower() in PLAIN_SAY
            if plain and re.match(r"\s+(?:on \w+\s+)?(?:that\s+)?[^,;]{0,50}?\b(?:had|has|have|was|were)\s+(?:repeatedly\s+|also\s+)?committed"
                                  + COMMITTED_WRONG.pattern, window):
                # "the army said Israel had committed more than 100 violations": an allegation
                out.append((m.start(), m.end(), [self.eval_cues["-"]]))
                continue
            if plain and OBLIGATION.match(window):
                # "Borrell said Serbia must cooperate fully": telling another what it must do is a demand
                out.append((m.start(), m.end(), [self.demand_cue]))
                continue
            if plain and WRONGDOING.match(window):
                # "Quito said Mexico had abused its diplomatic immunities": reporting another's wrongdoing
                out.append((m.start(), m.end(), [self.eval_cues["-"]]))
                continue
            if plain and not re.match(r"\s+(?:on \w+\s+)?(?:that\s+)?[^,;]{0,60}?\b(?:was|were|is|are|would be|had been|as|acted|behaved)\b", window):
                continue  # a plain statement counts only as "X said Y was <evaluation>"
            neg = (self.eval_neg_strong if plain else self.eval_neg).search(window)
            pos = (self.eval_pos_strong if plain else self.eval_pos).search(window)
            if neg or pos:
                out.append((m.start(), m.end(), [self.eval_cues["-" if neg and (not pos or neg.start() <= pos.start()) else "+"]]))
        return sorted(out, key=lambda x: (x[0], x[1]))


def _words_before(text: str, pos: int, n: int) -> list[str]:
    # quotation marks are no words: in 'accused X of "endorsing fraud"' the word before the cue is "of"
    return [w.lower() for w in WORD.findall(text[:pos]) if w not in QUOTES][-n:]


QUOTES = {'"', "“", "”", "‘"}


LIGHT_VERBS = re.compile(
    r"\b(?:impos|announc|declar|launch|stag|held|hold|carr(?:y|ied|ies) out|sign|reach|agree|offer|made|make|issu|"
    r"beg[ia]n|start|order|approv|adopt|unveil|introduc|went on|go(?:es|ing)? on|call(?:ed|s|ing)? for|"
    r"slap|levy|levied|extend|renew|observ|broker|mount|conduct|widen|expand|tighten|provid|send|sent|deliver|pledg|"
    r"grant|donat|allocat|earmark|organi[sz]|led\b|lead|prepar|retaliat|weigh|mull|consider)\w*\b", re.I)


def _after_light_verb(text: str, cs: int) -> bool:
    """Whether a noun cue is the object of a light verb within the four words before it."""
    head = text[:cs]
    # (figures are no words here: "imposed a 25 percent tariff", "retaliated with 100 percent tariffs")
    words = [w for w in WORD.findall(head) if not (w[0].isdigit() or w.lower() in {"percent", "%", "per", "cent"})][-5:]
    if any(w in ",;:" for w in words[-2:]):
        return False
    return bool(LIGHT_VERBS.search(" ".join(words)))


NOUN_HEADS_AFTER = {"organisers", "organizers", "leaders", "leader", "movement", "movements", "groups", "group", "camp", "camps",
                    "site", "sites", "organiser", "organizer", "action", "actions", "wave", "zone", "zones", "aid", "package",
                    "police", "gear", "squad", "squads", "officers", "units", "unit"}  # ("riot police")


def _choose_pos(cands: list[Cue], text: str, start: int) -> Cue:
    if len(cands) == 1:
        return cands[0]
    prev = _words_before(text, start, 1)
    p = prev[-1] if prev else ""
    surface = text[start:start + 40].split()[0].lower() if text[start:start + 40].split() else ""
    # "responding to attacks": after "to" an infinitive has its base form, so an -s form is a noun
    plural_like = surface.endswith("s") and not surface.endswith("ss")
    # "responding to attacks", "migrants and sanctions": an -s form is a verb only after its subject
    is_noun_ctx = p in DETERMINERS or p.endswith(("'s", "’s")) or (plural_like and (p == "to" or p in PREPOSITIONS or p in {"and", "or"}))
    nxt = re.match(r"[\w\-]+\s+(\w+)", text[start:])
    # "protest organisers", "strike leaders": a noun modifying the noun after it
    is_noun_ctx = is_noun_ctx or bool(nxt and nxt.group(1) in NOUN_HEADS_AFTER)
    # "the Oct. 7 attack", 'a "hybrid attack"', "an attack by X", "strikes of ...": a noun
    is_noun_ctx = is_noun_ctx or any(ch.isdigit() for ch in p) or text[max(0, start - 1):start] in ('"', "“", "'") \
        or bool(nxt and nxt.group(1) in {"by", "of"} and not surface.endswith("ed"))
    # "Clashes between X and Y continued", "there were clashes": an -s form opening a sentence, after a
    # form of "be" or before "between" is a noun
    is_noun_ctx = is_noun_ctx or (plural_like and (not prev or p in {"were", "are", "was", "is", "been", "be"}
                                                   or bool(nxt and nxt.group(1) == "between")))
    want = "n" if is_noun_ctx else "v"
    for c in cands:
        if c.pos == want:
            return c
    return cands[0]


@dataclass(frozen=True)
class Arg:
    start: int  # relative to sentence
    end: int
    key: str
    in_pp: bool
    possessive: bool
    pronoun: bool = False
    adjective: bool = False  # a bare demonym used as an adjective ("Russian flags"): never the actor
    pair: str | None = None  # "the two governments": the second of the article's two main states
    group: tuple = ()  # "they": the actors of a coordinated subject ("Niger, Mali and Burkina Faso")


STATE_POSS = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:government|military|army|authorities|junta|regime|forces|police|ministry|"
                        r"cabinet|administration|leadership|officials|delegation|parliament|congress|leaders|members|member states)\b")
GOVERNMENT = re.compile(r"\b(?:(?:(?<=^)|(?<=, )|(?<=\bwhen )|(?<=\bafter )|(?<=\bbut )|(?<=\band ))[Aa]uthorities(?=\s+(?:have|had|has|were|are|said|say|also|later|then|[a-z]+ed)\b)|"
                        r"(?:the|The) (?:(?:central|federal|national|interim|transitional) )?(?:government|junta|regime|military government|military rulers|authorities|military|army|"
                        r"security forces)|(?:[Aa]|[Tt]he) (?:military|army|government) spokes(?:man|woman|person))\b"
                        r"(?!\s+(?:of|in|at|for)\s+(?![a-z]+ing\b))(?!['’]s? (?:own|critics|opponents))"
                        r"(?!\s+(?:governments?|rulers|leaders|juntas?|regimes?|officials|spokesman|spokeswoman|spokesperson)\b)")
PAIR = re.compile(r"\b(?:the two|both)\s+(?:countries|governments|sides|nations|neighbou?rs|states|capitals|delegations|parties|"
                  r"militaries|armies|leaders|allies|rivals|ministers|foreign ministers|presidents|prime ministers|heads of state|"
                  r"envoys|negotiators|negotiating teams|armed groups|groups|factions|warring parties|warring sides|movements)\b", re.I)
STATE_PAIR = re.compile(r"\b(?:countries|nations|states|governments|capitals|neighbou?rs)\b", re.I)
GROUP_PAIR = re.compile(r"\S+\s+\S+\s+(?:armed groups|groups|factions|movements)\b|\S+\s+(?:armed groups|groups|factions|movements)\b", re.I)


STATE_AGENTS_AFTER = re.compile(r"(?:,?\s+(?:and|or)\s+[A-Z][\w\-]+|,\s+[A-Z][\w\-]+)*\s+(?:diplomats|officials|negotiators|delegations|"
                                r"ministers|foreign ministers|defence ministers|defense ministers|leaders|envoys|governments|authorities|"
                                r"embassy|embassies|consulate|court|courts|judges?|tribunal)\b"
                                # ("Russian MiG-31 fighter jets violated ...": the state's military aircraft and ships act for it)
                                r"|\s+(?:[\w\-]+\s+){0,2}?(?:jets|warplanes|aircraft|drones|warships|bombers|helicopters|gunboats|"
                                # ("Israeli strikes killed 30 people": the state's strikes, missiles and shelling are its acts)
                                r"strikes|airstrikes|missiles|rockets|shelling|artillery|bombardment|shells)\b")
PP_SKIP = {"the", "a", "an", "several", "many", "some", "two", "three", "four", "all", "both", "other", "its", "their",
           "his", "her", "neighboring", "neighbouring", "various", "local", "regional", "northern", "southern", "eastern",
           "western", "central", "main", "top", "senior"}


# "called on his supporters to ...": a call to the speaker's own side
OWN_FOLLOWERS = re.compile(r"\s+(?:on\s+|upon\s+)?(?:his|her|its|their)\s+(?:own\s+)?(?:[a-z\-]+\s+)?(?:supporters|followers|members|"
                           r"militants|fighters|voters|backers|base|partisans|activists|loyalists)\b")
# "its humanitarian appeal", "a $2 billion appeal": the noun of a funding call
APPEAL_NOUN = re.compile(r"(?:\b(?:humanitarian|funding|flash|emergency|an|the|its|their|his|her|this|that)|[\d.,]+\s*(?:billion|million)?|['’]s)\s+$", re.I)
# "would appeal the verdict", "appealed against the ruling": a step in court
COURT_APPEAL = re.compile(r"\s+(?:against\s+)?(?:the|a|his|her|its|their|this|that)\s+(?:[\w\-]+\s+)?(?:verdict|ruling|decision|sentence|"
                          r"conviction|judgm?ent|order)\b", re.I)
# "must still be ratified by", "needs to be approved", "once ratified": an act required, not done
OBLIGED_PASSIVE = re.compile(r"\b(?:(?:must|needs? to|has to|have to|should)\s+(?:still\s+|first\s+|also\s+)?be|[Oo]nce)\s+$")
JUNTA = re.compile(r"\b(?:junta|military government|military rulers|regime)\b")
GOVERNMENT_OF = re.compile(r"\b(?:governments?|authorities|rulers|leaders?|leadership|juntas?|regimes?|parliaments?|"
                           r"foreign ministr(?:y|ies)|ministr(?:y|ies)|armed forces|militar(?:y|ies)) of\s+(?:the\s+)?$", re.I)


# "a spokesperson for the European Commission urged ...", "an official of the agency said": one who
# speaks or acts for a body names the body as the actor (the person is not named)
SPEAKING_FOR = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:senior\s+|deputy\s+|chief\s+)?(?:spokes(?:man|woman|person)|"
                          r"representative|official)\s+(?:for|of|from)\s+(?:the\s+)?$")
# "respected Chile's decision but would not accept ...": a possessor before a common noun that is no
# office or body of the possessor owns a thing; it is not the subject of a later verb
NOUN_AFTER_POSS = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+)?(?:decision|move|plan|proposal|offer|request|demand|policy|position|"
                             r"claim|claims|call|calls|actions?|measures?|statement|remarks|comments|law|ban|bid|approach|stance|"
                             r"sovereignty|territory|borders?|airspace|waters|role|response|reply|right|rights|interests|"
                             r"concerns|efforts|choice|wishes)\b")
# words that may stand right before a subject "it" without being a noun it relativizes
NOT_NOUN_BEFORE_IT = {"and", "but", "that", "which", "said", "says", "added", "because", "when", "where", "while", "after",
                      "before", "since", "until", "unless", "although", "though", "whether", "then", "also", "now", "what",
                      "how", "why", "once", "than", "saying", "adding", "warned", "announced", "stated", "noted"}
# the words between a speaker and what it says of its own side ("X, Y's minister, said on Monday that ")
OWN_SAY = re.compile(r"(?:,[^,]{1,60},)?,?\s+(?:also\s+)?(?:said|says|told\s+[\w ]{1,30}?|announced|stated|added)\s+"
                     r"(?:(?:on|late on|earlier on)\s+\w+\s+)?(?:that\s+)?")
# "the presidential office in Taipei", "the foreign ministry in Beijing": a seat of government names the state
GOVERNMENT_IN = re.compile(r"(?:\b(?:[Tt]he|[Aa]|[Ll]ocal|[Rr]egional)\s+(?:presidential office|presidency|president's office|prime minister's office|foreign ministry|"
                           r"interior ministry|defen[cs]e ministry|ministry of [a-z ]+|government|authorities|central government|"
                           r"junta|cabinet|embassy|court|judge)|(?:^|[,;]\s+)[Aa]uthorities|(?:^|(?<=\s))(?:[Pp]olice|[Ss]ecurity forces|[Bb]order guards))\s+in\s+(?:the\s+)?$")
# "Authorities in the Littoral region have banned ...": authorities of a place that is no state are
# the article's main state's
AUTH_IN_PLACE = re.compile(r"(?:(?<=^)|(?<=[,;] )|\b(?:[Tt]he|[Ll]ocal|[Rr]egional|[Pp]rovincial) )[Aa]uthorities(?= in (?:the )?[A-Z])")


def _in_pp(text: str, s: int) -> bool:
    """Whether the mention starting at ``s`` is inside a prepositional phrase ("at several Tbilisi
    universities", "in the United States"); "the military governments of Niger, Mali and Burkina
    Faso" name the states themselves."""
    if GOVERNMENT_OF.search(text[:s]) or GOVERNMENT_IN.search(text[:s]) or SPEAKING_FOR.search(text[:s]):
        return False
    for w in reversed(_words_before(text, s, 4)):
        if w in PREPOSITIONS:
            if w in SUBORDINATORS and re.match(r"[\w\s.\-]*?(?:['’]s)?\s+(?:[\w\-]+\s+){0,3}?(?:said|says|had|has|have|was|were|is|are|would|will|could|"
                                               r"agreed|announced|signed|imposed|accused|called|urged|warned)\b", text[s:]):
                return False  # "after Sudan's government said ...": the subject of a clause, not an object
            return True
        if w not in PP_SKIP:
            return False
    return False


def _mention_lists(sent: Sentence, mentions: list[Mention], actors: ArticleActors) -> list[list[Mention]]:
    """The states and organizations a sentence names, grouped into the lists they stand in
    ("Niger, Mali and Burkina Faso"; a name standing alone is a group of one)."""
    named = [m for m in mentions if not m.nested and actors.actors[m.key].actor_type in ("state", "organization")]
    out: list[list[Mention]] = []
    for m in named:
        if out and re.fullmatch(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", sent.text[out[-1][-1].end - sent.start:m.start - sent.start]):
            out[-1].append(m)
        else:
            out.append([m])
    return out


def _keys(group: list[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.key for m in group))


def _lists(sent: Sentence, mentions: list[Mention], actors: ArticleActors) -> list[tuple[str, ...]]:
    """The lists of two or more states or organizations a sentence names."""
    return [k for k in map(_keys, _mention_lists(sent, mentions, actors)) if len(k) >= 2]


COUNTED_ANAPHOR = re.compile(r"\b[Tt]he\s+(?P<n>three|four|five)\s+(?:[a-z\-]+\s+){0,2}?(?:countries|states|nations|governments|"
                             r"juntas|members|neighbou?rs|capitals)\b")
NUMBER_OF = {"three": 3, "four": 4, "five": 5}


def _subject_group(sent: Sentence, mentions: list[Mention], actors: ArticleActors, upto: int | None = None) -> tuple[str, ...]:
    """The states or organizations a sentence opens with in a list ("Niger, Mali and Burkina Faso
    announced ..."), if it opens with two or more; ``upto`` limits the search to text before it."""
    groups = _mention_lists(sent, [m for m in mentions if upto is None or m.end - sent.start <= upto], actors)
    if not groups or not re.fullmatch(r"(?:[A-Z][a-z]+,?\s+)?(?:the\s+|The\s+)?", sent.text[:groups[0][0].start - sent.start]):
        return ()
    keys = _keys(groups[0])
    return keys if len(keys) >= 2 else ()


# a sentence that opens with "It" (after an optional short opener: "On Monday, it ...") as the
# subject of a verb
SENTENCE_IT = re.compile(r"(?:[A-Z][\w\s]{0,30},\s+)?(?P<it>[Ii]t)\s+(?:\w+\s+){0,2}?(?:would|will|had|has|was|could|may|might|later|"
                         r"also|then|\w+ed|took|made|gave|sent|told|held|met|kept|sought|brought|began|says)\b")


def _opening_subject(sent: Sentence, args: list[Arg], actors: ArticleActors) -> str | None:
    """The single state or organization a sentence opens with as its subject ("Saudi Arabia
    expelled ...", "The UN mission said ..."), or the one its opening "It" stands for."""
    first = min(args, key=lambda a: a.start, default=None)
    if first is None or first.possessive or first.adjective or first.group \
            or not re.fullmatch(r"(?:[A-Z][a-z]+,?\s+)?(?:the\s+|The\s+)?", sent.text[:first.start]) \
            or actors.actors[first.key].actor_type not in ("state", "organization"):
        return None
    if re.match(r"\s*(?:,|and\b|or\b)", sent.text[first.end:]):
        return None  # a list or an apposition: not one subject
    return first.key


def _named_pair(sent: Sentence, mentions: list[Mention]) -> tuple[str, str] | None:
    """The last two actors the sentence coordinates ("X and Y", "between X and the Y"), if any."""
    named = [m for m in mentions if not m.nested]
    return next(((a.key, b.key) for a, b in zip(named[-2::-1], named[:0:-1])
                 if a.key != b.key and re.fullmatch(r"\s+and\s+(?:the\s+)?", sent.text[a.end - sent.start:b.start - sent.start])), None)


def _args(sent: Sentence, mentions: list[Mention], prev_persons: list[str], actors: ArticleActors,
          focal: list[str] = (), prior_pair: tuple[str, str] | None = None, prior_group: tuple = (),
          recent_lists: list[tuple[str, ...]] = (), prior_subject: str | None = None) -> list[Arg]:
    text = sent.text
    args = []
    im = SENTENCE_IT.match(text)
    if im and prior_subject is not None and not any(m.start - sent.start < im.start("it") for m in mentions):
        # "Saudi Arabia expelled the ambassador. It also recalled its own ...": a sentence opening with
        # "it" continues the state or organization the sentence before opened with
        args.append(Arg(im.start("it"), im.end("it"), prior_subject, False, False, True))
    for cm in COUNTED_ANAPHOR.finditer(text):
        # "the three countries", "the three landlocked states": the last list of that many named
        size = NUMBER_OF[cm.group("n")]
        fits = [g for g in list(recent_lists) + _lists(sent, [m for m in mentions if m.end - sent.start <= cm.start()], actors)
                if len(g) == size]
        if fits:
            args.append(Arg(cm.start(), cm.end(), fits[-1][0], _in_pp(text, cm.start()), False, True, group=fits[-1]))
    for tm in re.finditer(r"\b(?:[Tt]hey)\b(?=\s+(?:\w+\s+){0,2}?(?:have|has|had|will|would|could|also|were|are|said|say|\w+ed)\b)", text):
        # "Niger, Mali and Burkina Faso left ECOWAS ... They have also cut ties with France": the
        # states the sentence (before it) or the one before opened with
        grp = _subject_group(sent, mentions, actors, tm.start()) or prior_group
        if grp:
            args.append(Arg(tm.start(), tm.end(), grp[0], _in_pp(text, tm.start()), False, True, group=grp))
    states = [k for k in focal if actors.actors[k].actor_type == "state"]
    if states:
        # "the government", "the junta": the article's main state, unless the phrase names another
        for gm in GOVERNMENT.finditer(text):
            if any(m.start - sent.start <= gm.start() < m.end - sent.start for m in mentions):
                continue
            # "Cameroon's defence minister said the army had deployed ...": in what a state's official
            # or the state itself says, "the army" and "the government" are that state's
            speaker = next((actors.state_of(m.key) for m in reversed(mentions) if m.end - sent.start <= gm.start()
                            and actors.state_of(m.key) and not m.nested
                            and OWN_SAY.fullmatch(text[m.end - sent.start:gm.start()])), None)
            # ("the junta" is the state the article has said a junta rules)
            ruled = actors.military_rule[0] if actors.military_rule and JUNTA.search(gm.group(0)) else None
            # "The National Aquaculture Association of Honduras urged the government": a body, group or
            # person of one country that addresses "the government" addresses its own
            home = None
            if speaker is None and ruled is None:
                own = [m for m in mentions if m.end - sent.start <= gm.start() and not m.nested
                       and actors.actors[m.key].actor_type != "state" and actors.actors[m.key].country_code]
                home = f"state:{actors.actors[own[-1].key].country_code}" if own else None
                home = home if home in actors.actors else None
            args.append(Arg(gm.start(), gm.end(), speaker or ruled or home or states[0], _in_pp(text, gm.start()), False))
        for am in AUTH_IN_PLACE.finditer(text):
            # (a state named right after "in" is the actor itself, see GOVERNMENT_IN)
            if not any(am.end() < m.start - sent.start <= am.end() + 8 and m.key.startswith("state:") for m in mentions):
                args.append(Arg(am.start(), am.end(), states[0], _in_pp(text, am.start()), False))
    orgs = [k for k in focal if actors.actors[k].actor_type == "organization"]
    if orgs:
        # "the bloc", "the alliance": the organization of states the article is about
        for bm in re.finditer(r"\b(?:the|The) (?:(?:regional|[A-Z][a-z]+(?:-[a-z]+)?|military|economic|political|trade)\s+)?(?:bloc|alliance|union|grouping)\b", text):
            if not any(m.start - sent.start <= bm.start() < m.end - sent.start for m in mentions):
                prev = _words_before(text, bm.start(), 1)
                args.append(Arg(bm.start(), bm.end(), orgs[0], _in_pp(text, bm.start()),
                                text[bm.end():bm.end() + 2] in ("'s", "’s") and not STATE_POSS.match(text, bm.end())))
    for pm in PAIR.finditer(text):
        # "both sides": a pair the sentence has just named ("the ceasefire between Israel and Hezbollah
        # ..., as both sides accused each other"), else one of the two sentences before ("Fighting
        # between the ELN and FARC dissidents ... The ombudsman called on both armed groups"), else the
        # article's two main states (not for groups: "both armed groups" are never two states)
        pair = _named_pair(sent, [m for m in mentions if m.end - sent.start <= pm.start()])
        if pair is None:
            pair = prior_pair
            if pair and STATE_PAIR.search(pm.group(0)) and not all(actors.actors[k].actor_type == "state" for k in pair):
                pair = None  # "both countries" are two states, not the two bodies a sentence before named
        if pair is None and len(focal) >= 2 and not GROUP_PAIR.match(pm.group(0)):
            pair = (focal[0], focal[1])
        if pair:
            args.append(Arg(pm.start(), pm.end(), pair[0], _in_pp(text, pm.start()), False, False, False, pair[1]))
    for m in mentions:
        if m.nested:
            continue
        s = (m.extent_start if m.extent_start >= 0 else m.start) - sent.start
        e = m.end - sent.start
        if text[s - 1:s] == "(" and text[e:e + 1] == ")":
            continue  # "(IGAD)": a parenthetical name repeats the one before it
        if any(a.pair and a.start <= s < a.end for a in args):
            continue  # "both armed groups" is the pair named before, not a group of its own
        in_pp = _in_pp(text, s)
        poss = text[e:e + 2] in ("'s", "’s") and not STATE_POSS.match(text, e)
        # "Greek and Turkish diplomats met": demonyms before state agents name the states acting
        adj = m.mention_type == "demonym" and m.key.startswith("state:") and " " not in m.text \
            and not STATE_AGENTS_AFTER.match(text, e)
        args.append(Arg(s, e, m.key, in_pp, poss, False, adj))
    qm = QUOTE_THEN_SPEAKER.match(text)
    if qm:
        # '"We urge both sides to stand down," Anwar said': "I" and "we" in the quotation are its
        # speaker, named right after it
        after_q = [a for a in args if not a.pronoun and a.start >= qm.end()]
        spk = next((a for a in after_q if re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[qm.end():a.start])
                    and SPEECH_AFTER.match(text, a.end)), None) \
            or next((a for a in after_q if re.fullmatch(r",?\s*(?:said|says|added|told\s+\w+)\s+(?:the\s+)?", text[qm.end():a.start])), None)
        if spk is not None:
            for wm in re.finditer(r"\b(?:I|[Ww]e)\b", text[:qm.end("q")]):
                args.append(Arg(wm.start(), wm.end(), spk.key, False, False, True))
    # pronouns: nearest person before, in this sentence or the previous ones
    for pm in PRONOUNS.finditer(text):
        if any(a.start <= pm.start() < a.end for a in args if not a.pronoun):
            continue  # part of a name ("Vice Premier He Lifeng")
        persons = [a for a in args if not a.pronoun and a.end <= pm.start() and actors.actors[a.key].actor_type == "person"]
        key = persons[-1].key if persons else (prev_persons[-1] if prev_persons else None)
        if key:
            prev = _words_before(text, pm.start(), 1)
            # "him" is never a subject: treat it like a prepositional object so it can only be a target
            args.append(Arg(pm.start(), pm.end(), key, (bool(prev) and prev[-1] in PREPOSITIONS) or pm.group(1).lower() == "him",
                            pm.group(1).lower() in ("his", "her"), True))
    # "them" as an object: the nearest group before it in the sentence ("protesters marched ... and
    # police fired tear gas to disperse them")
    for pm in re.finditer(r"\bthem\b", text):
        cands = [a for a in args if not a.pronoun and a.end <= pm.start() and actors.actors[a.key].actor_type == "group"
                 and not FORCES.search(actors.actors[a.key].name)]
        if cands:
            args.append(Arg(pm.start(), pm.end(), cands[-1].key, True, False, True))
    # "it" as a subject: the nearest state or organization before it in the sentence
    for pm in re.finditer(r"\bit\b(?=\s+(?:\w+\s+){0,2}?(?:would|will|had|has|was|could|may|might|later|also|then|\w+ed|"
                          r"took|made|gave|sent|told|held|met|kept|sought|brought|began|saw|won|lost|broke|cut|shut|froze|withdrew|"
                          r"struck|hit|put|led|left|paid|stood|spoke|wrote|drew|threw|fought|chose|rose|fell|sold|bought)\b)", text):
        cands = [a for a in args if not a.pronoun and a.end <= pm.start() and not a.adjective and not a.in_pp
                 and actors.actors[a.key].actor_type in ("state", "organization")]
        if cands:
            # after "and" a new clause's "it" takes back the sentence's subject ("Bangkok blamed ...,
            # an accusation Phnom Penh denied, and on Wednesday it recalled ..."); otherwise the nearest
            coord = re.search(r"\band\s+(?:[\w'’\-]+\s+){0,4}$", text[:pm.start()]) and not re.search(r"\b(?:said|says|that)\s+(?:[\w'’\-]+\s+){0,4}$", text[:pm.start()])
            pick = cands[0] if coord and cands[0].start < 3 else cands[-1]
            if re.search(r"\b(?:which|that|whom)\s+$", text[:pm.start()]) and len(cands) > 1 and cands[0].start < 3:
                pick = cands[0]  # "the websites of X and Y, which it said ...": "it" is not the antecedent
            said = IT_AFTER_SAID.search(text[:pm.start()])
            if said:
                # "ECOWAS, which suspended Guinea in 2021, said on Monday it ...": the speaker, not a
                # state named inside a relative clause before the speech verb
                spk = [a for a in _outside_relatives(text, cands, said.start()) if a.end <= said.start()]
                if spk:
                    pick = spk[-1]
            earlier_it = [a for a in args if a.pronoun and text[a.start:a.end] == "it" and a.end <= pm.start()]
            key = pick.key
            w_it = _words_before(text, pm.start(), 1)
            if earlier_it and w_it and re.fullmatch(r"[a-z]{3,}", w_it[-1]) and w_it[-1] not in NOT_NOUN_BEFORE_IT:
                # "it expelled three French diplomats it accused of ...": an "it" right after a noun
                # opens an object relative and is the same "it" as before, not the noun's state
                key = earlier_it[-1].key
            args.append(Arg(pm.start(), pm.end(), key, False, False, True))
    # "its army", "their troops", "its air defence units": a state's forces, the state named nearest before
    for fm in re.finditer(r"\b(?:its|their)\s+(?:own\s+)?(?:[a-z\-]+\s+){0,2}?(?:army|military|troops|soldiers|forces|navy|"
                          r"air force|coast guard|border guards?|police|units|warships|warplanes|jets|drones|artillery)\b", text):
        if any(a.start <= fm.start() < a.end for a in args if not a.pronoun):
            continue
        owners = [actors.state_of(a.key) for a in args if not a.pronoun and a.end <= fm.start() and not a.adjective
                  and actors.state_of(a.key)]
        if owners:
            args.append(Arg(fm.start(), fm.end(), owners[-1], _in_pp(text, fm.start()), False, True))
    # "it" as a verb's object: the nearest state or organization before it that is not the sentence's
    # subject ("Algeria cut ties with Rabat, accusing it of hostile actions"); like "him", only a target
    for om in re.finditer(r"\b(?:[a-z]+ed|[a-z]+ing|urge|warn|told)\s+(?P<it>it)\b(?!\s+(?:was|is|had|has|would|will|could|did|does)\b)", text):
        subj = [a for a in args if not a.pronoun and a.start < 3]
        cands = [a for a in args if not a.pronoun and 3 <= a.start and a.end <= om.start("it") and not a.adjective
                 and actors.actors[a.key].actor_type in ("state", "organization") and not (subj and a.key == subj[0].key)]
        if cands:
            args.append(Arg(om.start("it"), om.end("it"), cands[-1].key, True, False, True))
    args.sort(key=lambda a: (a.start, a.end))
    return args


def code_events(body: str, sentences: list[Sentence], actors: ArticleActors, matcher: CueMatcher,
                published) -> list[Event]:
    by_sent: dict[int, list[Mention]] = {}
    for m in actors.mentions:
        by_sent.setdefault(m.sentence_index, []).append(m)
    events: list[Event] = []
    prev_persons: list[str] = []
    focal = _focal_states(actors)
    main = _focal_states(actors, implicit=True)
    headline = _headline(body, sentences)
    prev_group_arg: tuple = ()
    prev_subject: str | None = None  # the state or organization the sentence before opened with
    recent_lists: list[tuple[str, ...]] = []  # the lists of states and organizations named so far
    for sent in sentences:
        lists_here = _lists(sent, by_sent.get(sent.index, []), actors)
        if sent.index == headline:
            recent_lists += lists_here
            continue  # a headline retells the story the body tells
        ms = by_sent.get(sent.index, [])
        pairs = [p for p in (_named_pair(s, by_sent.get(s.index, [])) for s in sentences[max(0, sent.index - 3):sent.index - 1]) if p]
        prev_sent = sentences[sent.index - 2] if sent.index >= 2 else None
        group = _subject_group(prev_sent, by_sent.get(prev_sent.index, []), actors) if prev_sent else ()
        if not group and prev_group_arg:
            group = prev_group_arg  # "The three countries formed a pact ... They have also cut ties"
        args = _args(sent, ms, prev_persons, actors, focal, pairs[-1] if pairs else None, group, list(recent_lists), prev_subject)
        prev_subject = _opening_subject(sent, args, actors)
        recent_lists += lists_here
        prev_group_arg = next((a.group for a in args if a.group and a.start < 4), ())
        events.extend(_sentence_events(sent, args, actors, matcher, published, events[-6:], focal, main))
        for a in args:
            if not a.pronoun and actors.actors[a.key].actor_type == "person":
                prev_persons.append(a.key)
    # force, arrests, deportations, seizures and withdrawals are done to someone: when the sentence
    # gives no one the extractor can name, a row with no target states less than the article does and
    # is wrong far more often than right (QUALITY.md). Measures on a whole population (a state of
    # emergency, a curfew, censorship) have no target by nature and stay.
    # (an official and the organization they hold office in are one side: no event between them)
    return [e for e in _dedupe(events, actors) if (e.target_key is not None or not _needs_patient(e))
            and not _one_office(actors, e.source_key, e.target_key) and not _group_on_state(actors, e)]


def _group_on_state(actors: ArticleActors, e: Event) -> bool:
    """A group's act, other than a protest or force, whose target is only the guess of the article's
    main state ("residents demanding ...", "traders welcomed ..."): crowds, lawmakers and people of
    a kind act on their own government, a ministry or a person far more often than on the story's
    main state, and such guesses were right about one time in five on the tuning articles
    (QUALITY.md), below what a row must reach to add to F1. A state the sentence names stays."""
    a = actors.actors.get(e.source_key)
    b = actors.actors.get(e.target_key) if e.target_key else None
    return a is not None and b is not None and a.actor_type == "group" and b.actor_type == "state" \
        and e.event_type not in {"PROTEST", "ASSAULT"} and e.implicit_target


def _one_office(actors: ArticleActors, a: str, b: str | None) -> bool:
    """Whether one of two actors holds office in the other ("UN Secretary-General X" and the UN), or
    one organization is an organ of the other, named inside its name ("the United Nations Security
    Council" and the United Nations)."""
    if b is None:
        return False
    if actors.offices.get(a) == b or actors.offices.get(b) == a:
        return True
    x, y = actors.actors.get(a), actors.actors.get(b)
    if x is None or y is None or x.actor_type != "organization" or y.actor_type != "organization":
        return False
    nx, ny = normalize(x.name), normalize(y.name)
    return nx.startswith(ny + " ") or ny.startswith(nx + " ")


def _needs_patient(e: Event) -> bool:
    if e.event_type == "COERCE":
        return e.event_mode in {"arrest", "deport", "seize"}
    if e.event_type == "RETREAT":
        return e.event_mode != "resign"  # a resignation is an act on no one ("the prime minister resigned")
    return e.event_type == "ASSAULT"


def _headline(body: str, sentences: list[Sentence]) -> int | None:
    """The index of the headline line: a first line without final punctuation followed by more text."""
    if len(sentences) < 2:
        return None
    first = sentences[0]
    nl = body.find("\n", first.start)
    if nl < 0 or first.end > nl or re.search(r"[.!?\"”’')\]:]\s*$", first.text):
        return None
    return first.index


def _focal_states(actors: ArticleActors, implicit: bool = False) -> list[str]:
    """The article's states, most mentioned first (ties: first mentioned first). News stories
    leave their main state implicit once it is established ("pledged $2 million in aid", "urged
    the junta"), so an act of one actor towards another whose target the sentence does not name is
    taken to be towards the first of these that is not the actor itself. A state or bloc named only
    once is not among them when others are named more often."""
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in actors.mentions:
        a = actors.actors.get(m.key)
        # states, and organizations of states ("the EU", "ECOWAS") which act like them
        if m.nested or a is None or not (a.actor_type == "state" or (a.actor_type == "organization" and a.country_code is None
                                                                        and a.recognized_by == "lexicon")):
            continue
        count[m.key] = count.get(m.key, 0) + 1
        first.setdefault(m.key, m.start)
    # for an implicit target, a state named once is no main state of a story that names others more
    # often ("The U.N. human rights chief said ..." in a story about Nepal)
    floor = 2 if implicit and any(c >= 3 for c in count.values()) else 1
    return sorted((k for k in count if count[k] >= floor), key=lambda k: (-count[k], first[k]))


def _home_state(actors: ArticleActors, key: str) -> str | None:
    """The state an actor acts for, else the state of its country (a group's, a party's), or None."""
    a = actors.actors.get(key)
    return actors.state_of(key) or (f"state:{a.country_code}" if a is not None and a.country_code else None)


def _focal_target(focal: list[str], src: str, actors: ArticleActors) -> str | None:
    a = actors.actors.get(src)
    if a is None:
        return None
    own = _home_state(actors, src)
    if a.actor_type in ("organization", "group") and not (FORCES.search(a.name) or re.search(r"\b(?:government|administration|office|ministry|department|embassy|presidency|cabinet)\b", a.name, re.I)):
        own = None  # a national commission, court, party or union often acts towards its own state
    if a.actor_type == "person" and a.role and not a.acts_for_state:
        own = None  # an opposition leader or activist often acts towards their own government
    for k in focal[:2]:
        if k != src and k != own and k != actors.offices.get(src):
            return k
    return None


# A reaction to sanctions or to accusations ("welcomed the sanctions", "called the tariffs
# unjustified", "rejected the criticism") answers whoever imposed or made them, when the article so
# far names exactly one such actor.
ANSWERED = [(re.compile(r"sanctions|tariffs|duties|embargo|penalties|visa restrictions"), {"SANCTION"}),
            (re.compile(r"accusations?|criticism|charges|allegations|claims"), {"ACCUSE"})]


def _answered(text: str, ce: int, src: str, history: list[Event], actors: ArticleActors) -> str | None:
    m = re.match(r"\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:the|these|those|its|their|[\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,2}?"
                 r"(sanctions|tariffs|duties|embargo|penalties|visa restrictions|accusations?|criticism|charges|allegations|claims)\b",
                 text[ce:])
    if not m:
        g = re.match(r"\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:the|this|that|its|their|[\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,2}?"
                     r"(decision|move|step|announcement|ruling|verdict|judge?ment|offer|proposal|reopening|measures?)\b", text[ce:])
        if not g:
            return None
        # "Zelensky hailed the decision": the latest act of another actor towards the one reacting
        own = {src, actors.state_of(src)} - {None}
        for e in reversed(history):
            if (e.target_key in own or actors.state_of(e.target_key or "") in own) and e.source_key not in own \
                    and actors.state_of(e.source_key) not in own:
                return actors.state_of(e.source_key) or e.source_key
        if g.group(1) in {"ruling", "verdict", "judgment", "judgement"}:
            # "welcomed the ruling": a ruling is a court's; the article's one court, if it names one
            named = {m.key for m in actors.mentions}
            courts = [k for k, a in actors.actors.items() if k in named and a.actor_type == "organization" and k != src
                      and re.search(r"\b(?:Court|Tribunal)\b", a.name)]
            return courts[0] if len(courts) == 1 else None
        return None
    types = next(t for rx, t in ANSWERED if rx.fullmatch(m.group(1)))
    own = {src, actors.state_of(src)} - {None}
    srcs = {actors.state_of(e.source_key) or e.source_key for e in history
            if e.event_type in types and e.source_key not in own and actors.state_of(e.source_key) not in own}
    return next(iter(srcs)) if len(srcs) == 1 else None


def _dedupe(events: list[Event], actors: ArticleActors) -> list[Event]:
    """One event per who-did-what-to-whom and article (an official and the state they act for
    count as one); a targetless telling yields to a targeted one; a dated telling wins. Speech acts
    (accusing, urging, praising, rejecting, threatening) are one per sentence: a sentence that
    denounces and accuses is one act, and the same words said again in another sentence are another
    statement."""
    def norm(k):
        return actors.state_of(k) or k if k else None

    targeted = {(e.event_type, norm(e.source_key)) for e in events if e.target_key}
    kept: dict[tuple, int] = {}
    out: list[Event] = []
    for e in events:
        # acts of one type but different modes ("recalled its ambassador and expelled the envoy") are two
        # (a visit to talk with someone is one meeting whatever its words)
        mode = None if e.event_type == "CONSULT" else e.event_mode
        k = (e.event_type, mode, norm(e.source_key), norm(e.target_key))
        exact = (e.event_type, mode, e.source_key, e.target_key)
        # a headline retells the story and visits are retold: merge those across an official and
        # their state; other tellings must name the same actors to be one event
        loose = e.event_type == "CONSULT" or e.sentence_index == 1 or any(
            o.sentence_index == 1 and (o.event_type, None if o.event_type == "CONSULT" else o.event_mode, norm(o.source_key),
                                       norm(o.target_key)) == k for o in out)
        if not loose:
            k = exact
            if e.event_type in SPEECH_ACTS or e.event_type == "PROTEST":
                # "denounced the United States ..., accusing Washington of ...": one speech act in one
                # sentence, whether its speaker is named as the minister or the state ("staged a
                # protest, blocking the road": one protest, too)
                k = (e.sentence_index, e.event_type, norm(e.source_key), norm(e.target_key))
        if e.target_key is None and (e.event_type, norm(e.source_key)) in targeted:
            continue
        if k in kept and not _other_time(out[kept[k]], e) and not (loose and _two_people(out[kept[k]], e, actors)):
            i = kept[k]
            if out[i].date is None and e.date is not None:
                out[i] = e
            continue
        kept[k] = len(out)
        out.append(e)
    return out


def _two_people(a: Event, b: Event, actors: ArticleActors) -> bool:
    """Whether two tellings name different people on one side ("met Xi Jinping" and "held talks with
    Premier Li Keqiang" are two meetings, though both are with China)."""
    def person(k):
        return k is not None and k in actors.actors and actors.actors[k].actor_type == "person"
    return any(person(x) and person(y) and x != y for x, y in ((a.source_key, b.source_key), (a.target_key, b.target_key)))


def _other_time(a: Event, b: Event) -> bool:
    """Whether two tellings are dated to different times ("met in Bali last November" and "held talks
    on Tuesday" are two meetings): both dated, and apart at the coarser of their precisions (days a
    week or more apart)."""
    if a.date is None or b.date is None:
        return False
    coarse = {"year": 0, "month": 1, "week": 2, "day": 2}
    level = min(coarse.get(a.precision, 0), coarse.get(b.precision, 0))
    if a.date.year != b.date.year:
        return True
    if level >= 1 and a.date.month != b.date.month and abs((a.date - b.date).days) >= 7:
        return True
    return level >= 2 and abs((a.date - b.date).days) >= 7


def _segment_end(text: str, pos: int) -> int:
    m = re.compile(r",(?!\d)|;|:|—|–| - |\(|\"|“|”").search(text, pos)
    return m.start() if m else len(text)


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    left = max(text.rfind(";", 0, pos), text.rfind(":", 0, pos), text.rfind("—", 0, pos))
    right_m = re.compile(r";|—|, which\b|, who\b").search(text, pos)
    return left + 1, right_m.start() if right_m else len(text)


def _sentence_events(sent: Sentence, args: list[Arg], actors: ArticleActors, matcher: CueMatcher, published,
                     prior: list[Event] = (), focal: list[str] = (), main: list[str] = ()) -> list[Event]:
    text = sent.text
    found = matcher.find(text)
    # actors named in "at the request of X" asked for the act; they are no party to the sentence's other acts
    requested = [(m.end(), _segment_end(text, m.end())) for m in AT_REQUEST.finditer(text)]
    if not found:
        return []
    future = speaks_of_future(text)
    dates = find_dates(text, published, future)
    mention_spans = [(a.start, a.end) for a in args if not a.pronoun]
    out: list[Event] = []
    complement_ends: list[int] = []
    last_cue_end = -10
    last_cue_pos = -1
    last_subject = last_target = None
    last_subject_pos = -1  # where the cue that gave last_subject stands
    for cs, ce, cands in found:
        inherited = False  # the target was taken over from the sentence's previous act ("have also promised")
        if any(s <= cs < e for s, e in mention_spans):
            continue  # a cue word inside a name ("Supreme Court of Justice")
        if text[cs].isupper() and re.search(r"(?<![\w\-])[A-Z][\w\-]*\s+$", text[max(0, cs - 60):cs]):
            continue  # a capitalized word after another inside a sentence: part of a name ("Asia-Pacific Economic Cooperation")
        cue = _choose_pos(cands, text, cs)
        if cue.cue == "suspend" and cue.pos == "v" and SUSPENDED_MEASURE.match(text, ce):
            # "will suspend the new tariffs on Chinese goods": easing a sanction is a concession (PLOVER
            # CONCEDE, like lifting it), not a new cut in relations
            cue = replace(cue, type="CONCEDE", mode=None, flags=cue.flags - {"needs_target"})
        if cue.cue == "hand over" and HANDED_PLACE.match(text, ce):
            # "handed over its last two military sites to the Senegalese army": giving up a base or
            # territory is a withdrawal (PLOVER RETREAT), not the handing over of a person
            cue = replace(cue, type="RETREAT", mode="withdraw")
        prev = _words_before(text, cs, 3)
        p1 = prev[-1] if prev else ""
        surface = text[cs:ce].lower()
        # skip references and contents rather than events
        if p1 in {"from", "against"}:
            continue
        if cue.cue == "welcome" and re.search(r"\b(?:is|are|was|were|be|been|being|remain|remains|remained|not|longer|very|feel|felt|"
                                              r"made|make|makes)\s+(?:\w+\s+)?$", text[:cs]) and not re.match(r"\s+(?:by|the|a|an|this|that|its|his|her|their)\b", text[ce:]):
            continue  # "was no longer welcome", "were welcome to come": an adjective, not praise ("was welcomed by X" is)
        if re.search(r"\b(?:nothing|no reason|no need|no plans?|no intention|no desire)\s+to\s+$", text[:cs]):
            continue  # "we have nothing to discuss with him": no act (a refusal the cue does not state)
        if cue.cue == "insist" and (im := re.match(r"\s+(?:(?:on|late on)\s+\w+\s+)?that\b([^;]*)", text[ce:])) \
                and not re.search(r"\b(?:must|should|ought|needs?|be|stop|end|withdraw|leave|release|return)\b", im.group(1)):
            continue  # "insisting that its nuclear programme is peaceful": an assertion, not a demand
        if re.search(r"\b(?:for|of)\s+(?:failing|failure|refusing)\s+to\s+$", text[:cs]):
            continue  # "criticized the government for failing to prosecute the recruiters": an act not done
        if cue.cue == "charge" and not re.match(r"\s+(?:[\w'’\-.]+\s+){0,8}?with\b", text[ce:]) \
                and re.match(r"\s+(?:ships|vessels|trucks|travellers|travelers|passengers|users|customers|fees?|tolls?|"
                             r"tariffs?|duties|interest|prices?|rates?|(?:a|an|the)\s+(?:fee|toll|levy|price|rate))\b", text[ce:]):
            continue  # "a toll that Argentina charges ships": a fee, not an accusation
        if cue.cue == "demonstrate" and cue.pos == "v" and re.match(r"\s+(?:the|a|an|its|their|his|her|our|that|how|what|this|strong|continued|"
                                                                 r"[a-z]+['’]s)\b", text[ce:]):
            continue  # "demonstrating the commitment of X": showing something, not a protest
        if cue.type == "ASSAULT" and re.match(r"\s+(?:[\w\-]+\s+){0,3}?in\s+the\s+back\b", text[ce:]):
            continue  # "stabbed Venezuela in the back": a betrayal (a figure of speech), not force
        if surface == "threatened" and re.search(r"\b(?:feel|feels|felt|feeling|consider|considers|considered|see|sees|saw)\s+"
                                                 r"(?:[\w'’\-]+\s+){0,5}$", text[:cs]):
            continue  # "felt threatened by Russia", "considers its security threatened": a perception, not a threat made
        if cue.cue == "press" and re.match(r"\s+(?:on|ahead|forward)\b", text[ce:]):
            continue  # "pressed on with a crackdown": went on with it (the act after it is the event)
        if surface.endswith("ing") and cue.pos == "v" and p1 in PREPOSITIONS \
                and not (p1 == "by" and re.search(r"\b(?:responded|retaliated|reacted|replied|respond|retaliate)(?:\s+[\w\-]+){0,3}\s+by\s+$",
                                                  text[:cs])):
            continue  # "after meeting X" refers to an act; "responded by deploying frigates" states one
        if cue.pos in ("n", "p") and (p1 in TEMPORAL or (len(prev) >= 2 and prev[-2] in TEMPORAL and p1.endswith(("'s", "’s")))
                                      or cue.type in HOSTILE and len(prev) >= 2 and prev[-2] in {"during", "amid"} and p1 in {"a", "an", "the"}):
            continue
        if cue.pos == "n" and (p1 in DEMONSTRATIVES or (len(prev) >= 2 and prev[-2] in DEMONSTRATIVES and p1 in {"a", "an"})):
            continue
        if cue.type == "ACCUSE" and surface in {"charges", "allegations", "accusations", "suspicion"} \
                and re.search(r"\bon\s+(?:[a-z\-]+\s+){0,2}$", text[:cs]):
            continue  # "wanted on drug charges": the ground of another act, not an accusation stated here
        if cue.type == "ACCUSE" and cue.pos == "n" and surface in {"allegations", "allegation", "accusations", "accusation", "criticism"} \
                and p1 in {"the", "these", "those", "such", "this", "that"} \
                and not re.search(r"\b(?:made|make|makes|making|repeated|repeats|levelled|leveled|levels|renewed|voiced|voices|"
                                  r"stepped up|added|adds|echoed|echoes|raised|raises)\s+(?:\w+\s+)?$", text[:cs]):
            continue  # "took the allegations seriously", "responded to the criticism": someone else's, made before
        if re.search(r"\b(?:face|faces|faced|facing|risk|risks|risked|risking|suffer|suffers|suffered|escaped|avoided|evaded)"
                                         r"\s+(?:[\w\-]+\s+){0,5}$", text[:cs]) \
                and not re.match(r"\s+(?:[\w\-]+\s+){0,3}?(?:from|by)\s", text[ce:]):
            # "the officials face asset freezes": the subject undergoes an act of someone unnamed (with
            # "faced criticism from X", X is named and the act is coded)
            continue
        if (cue.pos == "n" or surface.endswith("s")) and cue.type == "SANCTION" and re.search(r"\bunder\s+(?:[\w'’\-]+\s+){0,5}$", text[:cs]):
            continue  # "face travel bans under Britain's sanctions regime": the regime a measure falls under
        if cue.pos == "n" and _quoted(text, cs):
            continue  # a noun inside a quotation is a figure of speech more often than an act
        if cue.pos == "v" and ((p1 in (PREPOSITIONS | {"behind"}) - {"to"} and not surface.endswith(("ed", "ing")))
                               or p1 in DETERMINERS - {"new", "further"}):
            continue  # a verb's form used as a noun: "on charges", "behind bars", "the funding"
        if cue.pos == "v" and p1.endswith(("'s", "’s")):
            continue  # "the government's appeal"
        if cue.pos == "v" and p1.endswith("ed") and p1 not in PASSIVE_AUX | {"helped", "need", "needed"} \
                and not re.search(r"(?:s|ed|ing)$", surface) and not _quoted(text, cs):
            continue  # "described torture", "reported abuse": a base form right after a past verb is its object
        if cue.cue == "commit" and COMMITTED_WRONG.match(text[ce:]):
            continue  # "committed violations": a wrong done, not a commitment
        if surface == "provided" and (p1 == "," or re.match(r"\s+(?:that|they|it|he|she|we|[A-Z]\w+\s+(?:\w+\s+)?(?:is|are|was|were|had|has|did|does|would|could|recognis|recogniz|agree|accept)\w*)\b", text[ce:])):
            continue  # "provided (that) Armenia recognised ...": a condition, not aid
        if cue.pos == "n" and "light" not in cue.flags and re.search(r"\b(?:said|says|added|warned|stated)\s+(?:that\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}$", text[:cs]):
            continue  # "said the crackdown violated ...": the subject of a reported clause, not a stated act
        if cue.cue in {"sign", "signed"} and re.match(r"\s+(?:(?:an?|the|its|their|a new)\s+)?(?:[\w\-]+\s+)?(?:executive order|order|decree|law|bill|"
                                                      r"legislation|proclamation|memorandum ordering|directive)s?\b", text[ce:], re.I):
            continue  # "signed an executive order": a domestic act, not support of another party
        if cue.cue in {"sign", "signed"} and re.match(r"\s+(?:the\s+|a\s+)?(?:[A-Z][\w\-]*\s+){1,6}(?:Act|Bill|Law|Order|Decree)\b", text[ce:]):
            continue  # "signed the HALT Fentanyl Act"
        if cue.type == "CONSULT" and re.search(r"\b(?:be|been|being|is|are|was|were)\s+$", text[:cs]) and surface == "met":
            continue  # "costs would be met by": a passive of meeting a cost

        reduced_passive = deported_from = False
        if cue.pos == "v" and surface.endswith(("ed", "en")) or surface in {"held", "met", "sought", "freed"}:
            nxt = re.match(r"\s+([\w'’\-]+)", text[ce:])
            nxt_w = nxt.group(1) if nxt else ""
            after_arg = any(0 <= cs - a.end <= 1 for a in args if not a.pronoun)
            if (not after_arg and p1.isalpha() and p1.islower() and p1 not in PASSIVE_AUX | VERB_MARKERS | matcher.plural_agents
                    and p1 not in {"and", "but", "then", "also"}  # ("... along the frontier and urged all sides")
                    # "X on Tuesday detained three activists": a date before the verb, a count after it
                    and p1 not in DAY_WORDS and nxt_w not in NUMBER_WORDS
                    and not nxt_w[:1].isdigit()
                    and not p1.endswith("ly") and nxt_w.islower() and nxt_w not in PREPOSITIONS | DETERMINERS
                    and not any(a.start == ce + 1 for a in args)):
                continue  # adjectival: "accept deported criminals"
            if surface.endswith("ed") and (re.fullmatch(r"\d[\d,.]*", p1) or p1 in NUMBER_WORDS):
                continue  # "the 60 released prisoners": a participle after a count describes people
            if p1 in {"those", "these", "the", "everyone", "anyone", "all", "others", "people", "persons"} \
                    and surface.endswith("ed") and cue.type in {"COERCE", "ASSAULT", "SANCTION"}:
                continue  # "those detained", "the detained": people, not an act stated here
            if p1.endswith("ing") and p1 not in {"being", "having"} and nxt_w[:1].isupper() and surface.endswith("ed"):
                continue  # adjectival after a verb: "planes carrying deported Colombian migrants"
            group_before = any(0 <= cs - a.end <= 1 and actors.actors[a.key].actor_type == "group" for a in args if not a.pronoun)
            if group_before and cue.type in {"COERCE", "SANCTION", "ASSAULT", "REJECT", "AID"} and nxt_w \
                    and (nxt_w in {"while", "when", "after", "before", "in", "at", "for", "and", "by"} or not nxt_w[0].isalnum()):
                reduced_passive = True  # "nationals detained while ...": the actor before is acted upon
            if cue.mode == "deport" and surface.endswith("ed") and nxt_w == "from" and any(
                    actors.actors[a.key].actor_type == "group" and re.fullmatch(r"(?:\s+of\s+(?:[\w\-]+\s+){1,3}?)?\s*", text[a.end:cs])
                    for a in args if not a.pronoun and a.end <= cs):
                deported_from = True  # "migrants (of other nationalities) deported from the United States"
        if re.match(r"\s+(?:by|to|from)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\d", text[ce:]) or re.match(r"\s+off\b", text[ce:]):
            continue  # "declined by 25 percent", "lifted off": a quantity or a particle verb, not the act
        if re.match(r"\s+(?:(?:a|an|the|its|their|new)\s+)?(?:video|videos|footage|report|statement|data|figures|details|images|"
                    r"photos|document|documents|list|findings|results|poll|survey|album|film|book|software|version|update)\b", text[ce:]):
            continue  # "released video", "issued a statement": information, not the act
        if cue.type == "CONSULT" and re.match(r"\s+(?:an?\s+(?:[\w\-]+\s+)?(?:meeting|session)\s+)?of\s+(?:his|her|its|their|the)\s+(?:own\s+)?(?:national security council|"
                                                                     r"security council|cabinet|government|party|advisers|ministers|security chiefs)\b",
                                                                     text[ce:], re.I) and not re.match(r"\s+of\s+the\s+(?:UN|United Nations)", text[ce:]):
            continue  # "convened a meeting of his National Security Council": an internal meeting
        if cue.cue == "would respond" and re.match(r"\s+(?:to|positively|favou?rably|in writing|soon|shortly|later)\b", text[ce:]):
            continue  # "would respond to the letter": a reply, not a threat ("would respond firmly" is one)
        if cue.type == "CONSULT" and re.match(r"\s+(?:reporters|journalists|the press|the media|state (?:television|media|radio)|"
                                                r"parliament|lawmakers|supporters|the nation|a news conference|a press conference)\b", text[ce:]):
            continue  # "spoke to reporters": a statement, not a meeting
        if cue.type == "CONSULT" and re.match(r"\s+(?:(?:the|all|its|their|some|remaining|several)\s+)*(?:conditions|demands|requirements|"
                                                r"targets|criteria|deadline|obligations|standards|expectations|needs|goals)\b", text[ce:]):
            continue  # "met the conditions": meeting a requirement, not a meeting
        if cue.type == "CONSULT" and re.search(r"\bto\s+(?:open|start|begin|launch|hold|resume|restart)\s+(?:\w+\s+)?$", text[:cs]):
            continue  # "the decision to open talks": talks to come, the content of another act
        if cue.pos != "n" and re.search(r"\d\s*(?:%|percent|per cent)\s+$", text[:cs]):
            continue  # "32 percent funded" (but "a 25 percent tariff" is one)
        if cue.type == "REQUEST" and OWN_FOLLOWERS.match(text, ce):
            continue  # "called on his supporters to continue the protests": a call to one's own side, of no other actor
        if cue.cue == "appeal" and (APPEAL_NOUN.search(text[:cs]) or COURT_APPEAL.match(text, ce)):
            continue  # "the UN's humanitarian appeal", "would appeal the verdict": a funding call or a court step, no request of anyone
        if cue.pos in ("v", "p") and OBLIGED_PASSIVE.search(text[:cs]):
            continue  # "the treaty must still be ratified by parliament", "once ratified by": not done (yet)
        if cue.cue == "bar" and re.match(r"\s+(?:all\s+|most\s+|some\s+)?(?:[a-z\-]+\s+)?(?:imports|exports|goods|products|shipments|produce)\b", text[ce:]):
            cue = replace(cue, type="SANCTION", flags=cue.flags | {"needs_target"})  # "barred imports of maize from X": a trade restriction
        if cue.type in WILLING and REFUSAL.search(text[max(0, cs - 40):cs]):
            # "would not accept any deal", "she would not step down", "Jordan will not sign the deal",
            # "would never meet the rebels": a refusal (PLOVER REJECT), not an act that did not happen
            cue = replace(cue, type="REJECT", mode="meet" if cue.type == "CONSULT" else None,
                          flags=(cue.flags - {"proposed", "object", "complement"}) | {"refusal"})
        if cue.cue == "arrive" and (ARRIVING_PEOPLE.search(" ".join(_words_before(text, cs, 4)))
                                    or re.match(r"\s+(?:\w+\s+){0,2}?(?:by|on|in)\s+(?:small\s+|rubber\s+|overcrowded\s+)?(?:boats?|sea|dinghies|rafts)\b", text[ce:])):
            continue  # "2,000 migrants arrived on Crete", "people arriving by boat": arrivals, not visits
        if cue.cue == "arrive" and re.search(r"\b(?:troops|soldiers|officers|police|forces|contingent|peacekeepers|marines)\b",
                                            " ".join(_words_before(text, cs, 6))):
            cue = replace(cue, type="MOBILIZE", mode="troops")  # "400 Kenyan police officers arrived in Haiti"
        if cue.type in {"SANCTION", "COERCE", "ASSAULT"} and cue.pos != "n" and re.search(r"\b(?:could|might|may|would)\s+(?:\w+\s+)?$", text[:cs]) \
                and SAID.search(text[:cs]) and not (cue.type == "SANCTION" and ANNOUNCED_OWN.search(text[:cs])):
            cue = replace(cue, type="THREATEN", mode=None, flags=cue.flags - {"needs_target"})  # "said Kyiv could ban imports"
        if cue.type == "CONSULT" and re.search(r"\b(?:open to|ready for|willing to (?:hold|resume|start|open)|ready to (?:hold|resume|start|open)|"
                                               r"offered(?: to (?:hold|host|mediate))?)\s+(?:new\s+|direct\s+|further\s+)?$", text[:cs]):
            # "open to talks", "ready to hold talks": a willingness to meet is a commitment (PLOVER AGREE)
            cue = replace(cue, type="AGREE", mode=None, flags=cue.flags - {"light", "possessive"})
        elif cue.cue in {"vow", "pledge", "promise"} and cue.pos == "v" and VOW_TO_FIGHT.match(text, ce):
            # "vowed to keep fighting", "vowed to press on with the war against Hamas": a vow of continued
            # conflict is a threat, not a commitment to cooperate ("vowed to defend Niger" stays a commitment)
            cue = replace(cue, type="THREATEN", mode=None, flags=cue.flags | {"explicit"})  # (against whom it says, or no event)
        elif cue.type == "CONSULT" and cue.pos in ("v", "p") and cue.cue not in {"receive", "host"} and FUTURE_BEFORE.search(text[:cs]):
            # "said he would visit China in April", "will begin talks with its creditors": a meeting
            # announced for the future is a commitment (PLOVER: future-tense CONSULT is AGREE)
            cue = replace(cue, type="AGREE", mode=None)
        bym = re.match(r"\s+by\s+(?:the\s+)?", text[ce:]) if "light" in cue.flags else None
        agent = next((a for a in args if bym and a.start == ce + bym.end() and not a.pronoun), None)
        # (and whom: "an attack by X on Y")
        struck = next((a for a in args if agent is not None and a.start > agent.end and not a.pronoun
                       and re.fullmatch(r"\s+(?:on|against)\s+(?:the\s+)?(?:[a-z]+\s+)?", text[agent.end:a.start])), None)
        agent_named = struck is not None
        if "light" in cue.flags and not _after_light_verb(text, cs) and not agent_named:
            # "the tariffs remain": a thing in place, not an act stated here ("the Oct. 7 attack by
            # Hamas on Israel" names who did it, and is one)
            continue
        if "possessive" in cue.flags and not (p1.endswith(("'s", "’s")) or p1 in {"his", "her", "their", "its"}):
            continue
        if any(cs < e for e in complement_ends) and p1 == "to":
            continue  # content of "urged X to ...", "agreed to ..."
        if any(cs < e for e in complement_ends) and last_cue_pos >= 0 \
                and re.search(r"\b(?:could|would|might|may)\s+(?!not\s|never\s)(?:[\w\-]+\s+){1,8}$", text[last_cue_end:cs]) \
                and not re.search(r"[;]", text[last_cue_end:cs]):
            continue  # "warned that they could trigger the return of sanctions": a measure inside a warned-of content
        if cs - last_cue_end <= 25 and not re.search(r"[,;]|\b(?:and|but|or|then)\b", text[last_cue_end:cs]) and last_cue_pos >= 0 \
                and len(WORD.findall(text[last_cue_end:cs])) <= 3 \
                and not ("mutual" in cue.flags and re.search(r"\b(?:in|during)\s+(?:[\w\-]+\s+){0,2}$", text[:cs])) \
                and not (cue.pos == "v" and cue.type == "REJECT" and any(last_cue_end <= a.start and a.end <= cs and not a.in_pp and not a.adjective for a in args)) \
                and not (cue.pos == "v" and re.fullmatch(r"\s+(?:(?:have|has|had|also|reportedly)\s+)*", text[last_cue_end:cs])
                         and re.fullmatch(r"[a-z]+ed|struck|hit|shot", text[cs:ce]) and any(y == last_cue_end for _, y, _ in found)
                         and not re.match(r"\s+(?:by|on|against|in)\b", text[ce:])):
            # "commitments for enhanced cooperation": one event; but "an accusation Phnom Penh denied"
            # has a subject of its own between the two, in "were killed in clashes between X and Y"
            # the clashes are the event, and in "Pakistani shelling killed five soldiers" the noun is the
            # verb's subject (the verb names whom the act struck)
            continue
        clause_s, clause_e = _clause_bounds(text, cs)
        if deported_from:
            # the deporting state follows "from"; the people deported come before
            patient = [a for a in args if not a.pronoun and a.end <= cs and actors.actors[a.key].actor_type == "group"][-1].key
            agent = next((a.key for a in args if not a.pronoun and a.start > ce and re.fullmatch(r"\s+from\s+(?:the\s+)?", text[ce:a.start])), None)
            if agent is None:
                continue
            src, tgt = agent, patient
        elif reduced_passive:
            patient = [a for a in args if not a.pronoun and 0 <= cs - a.end <= 1][0].key
            agent = out[-1].source_key if out and out[-1].sentence_index == sent.index else None
            by = re.match(r"\s+by\s+(?:the\s+)?", text[ce:])
            if by:  # "migrants rejected by Britain": the agent is named
                agent = next((a.key for a in args if not a.pronoun and a.start == ce + by.end()), None)
            if agent is None or agent == patient:
                continue
            src, tgt = agent, patient
        elif (rq := AT_REQUEST.search(text, max(0, cs - 20), ce + 5)) and rq.start("cue") == cs:
            # "met at the request of the United States and Japan": they asked the clause's subject
            asked = [a for a in args if not a.pronoun and a.start >= ce and a.start < _segment_end(text, ce)]
            subj = [a for a in args if not a.pronoun and not a.in_pp and a.end <= rq.start()]
            if not asked or not subj:
                continue
            src, tgt = asked[0].key, subj[0].key
        else:
            cue_args = _outside_relatives(text, args, cs)
            cue_args = [a for a in cue_args if not any(s <= a.start < e for s, e in requested)]
            cue_args = _outside_appositions(text, cue_args, cs, actors, matcher.title_words)
            cue_args = [a for a in cue_args if not (a.adjective and a.end <= cs)]  # "Russian flags and demanding
            # (a verb coordinated inside a relative clause opened since the last act is the relative's:
            # "cut ties with France, which completed its withdrawal ... and is pulling out")
            # (when the verb just before opened a subordinate clause whose subject is no actor, "after a
            # gunman stormed the building and killed ...", the verb after "and" is that subject's, not
            # the main clause's; after ", and" the main clause goes on)
            vp = VP_COORD.search(text[:cs]) if last_subject and cue.pos != "n" else None
            in_subordinate = vp is not None and last_cue_pos != last_subject_pos and vp.start() > last_cue_pos >= 0 \
                and not re.search(r",\s*$", text[:vp.start()]) \
                and SUBORDINATE_NON_ACTOR.search(text, max(last_subject_pos, 0), last_cue_end) is not None
            forced = last_subject if (vp and not in_subordinate
                                      and not re.search(r",\s+(?:which|who)\b", text[max(last_cue_end, 0):cs])) else None
            comma = text.rfind(",", 0, cs)
            if forced is None and last_subject and cue.pos == "v" and re.search(r"\w,\s+$", text[:cs]) \
                    and re.fullmatch(r"[a-z]+(?:s|ed)", surface) and not SAID.fullmatch(surface) \
                    and last_cue_pos > text.rfind(",", 0, comma) and re.match(r"[\w\s\-'’]*$", text[last_cue_end:comma]):
                # the previous verb is in the clause just before the comma, which is no relative clause
                forced = last_subject  # "Mali expels the envoy over remarks, suspends flights": a finite verb after a comma shares the subject
            if forced is None and cue.pos != "n" and re.search(r"\band\s+(?:(?:\w+ly|has|have|had|also|later|then|will|would|since|already|again|now|still|subsequently)\s+)+$", text[:cs]):
                # "Bangladeshi officials ... have said X and have repeatedly urged Y": a verb coordinated after
                # an auxiliary or adverb has the sentence's subject, not the object just before "and"
                first = [a for a in cue_args if a.end <= cs and not a.in_pp and not a.possessive and not a.adjective and not a.pronoun]
                if first and not re.search(r"\b(?:that|who|which|after|before|when|while|because|if)\b", text[first[0].end:first[0].end + 25]) \
                        and not re.search(r",\s+(?:which|who)\b", text[first[0].end:cs]):
                    # ("They cut ties with France, which completed its withdrawal ..., and is pulling its
                    # last soldiers out": the relative's verb, not the sentence subject's)
                    forced = first[0].key
            if cue.pos != "n" and re.search(r",\s+(?:and|but)\s+(?:(?:also|later|then|he|she|it|they)\s+)?$", text[:cs]):
                # "X said (that) Y had deployed troops ..., and called on Y to withdraw": after a comma the
                # coordinated verb is the speaker's, not the reported clause's subject
                spk = _speaker_before(text, cs, _outside_appositions(text, args, cs, actors, matcher.title_words))
                if spk is not None:
                    forced = spk
            elif cue.pos != "n" and cue.type in SPEECH_ACTS and re.search(r"[\w\"”’)]\s+(?:and|but)\s+(?:also\s+)?$", text[:cs]) \
                    and re.match(r"[a-z]+ed\b", surface):
                # "Amnesty said the crackdown violated the law and accused police of ...": a speech act
                # coordinated after a reported clause is the speaker's, like "said", unless the reported
                # clause itself holds a speech act it could continue ("said X had urged ... and demanded")
                sp = _last_speech_verb(text, cs)
                # (a present form in the clause, "said it supports X's efforts but urged ...", is the clause's own)
                if sp is not None and not any(sp.end() <= x < cs and any(c.type in SPEECH_ACTS for c in cc) and text[x:y].lower().endswith("ed")
                                              for x, y, cc in found):
                    forced = _speaker_of(text, sp, _outside_appositions(text, args, cs, actors, matcher.title_words), possessor=True) or forced
            # (a noun that needs a light verb and has none, "threaten tariffs on Colombian goods", is no cue)
            later = [x for x, _, cands in found if x > ce and not any(s <= x < e for s, e in mention_spans)  # (not "Amnesty International")
                     and (not (lambda c: c.pos == "n" and "light" in c.flags)(_choose_pos(cands, text, x)) or _after_light_verb(text, x))
                     # a noun that is the verb's object ("suspended peace talks with X", "rejected the
                     # proposal from X"): the actor after it is the verb's target too
                     and not (cue.pos == "v" and cue.type in {"SANCTION", "REJECT", "CONCEDE"} and all(c.pos == "n" or c.cue == "talks" for c in cands)
                              and re.fullmatch(r"\s+(?:[a-z\-]+\s+){0,2}", text[ce:x]))]
            # an actor after a later cue belongs to that cue ("... and expelled the envoy"), except the partner
            # of an agreed act ("agreed to open talks with Moldova")
            cue_args = [a for a in cue_args if a.end <= cs
                        or (cue.type == "AGREE" and "complement" in cue.flags and re.search(r"\bwith\s+(?:the\s+)?$", text[:a.start]))
                        # "hoped Togo would reopen the border": the one hoped of is the hope's object
                        or (cue.cue == "hope" and re.fullmatch(r"\s+", text[ce:a.start]) is not None)
                        or not any(x < a.start or SUBJECT_GAP.fullmatch(text[a.end:x]) and not REDUCED_RELATIVE.match(text, x)
                                   for x in later)]
            ev = _arguments(text, cs, ce, cue, cue_args, actors, clause_s, clause_e, forced, focal)
            if forced and ev is not None and ev[1] is None and last_target and last_target != ev[0]:
                ev = (ev[0], last_target)  # "accused the Houthis of ... and demanded their release"
            if cue.pos in ("v", "p") and ev is not None:
                last_subject, last_target = ev
                last_subject_pos = cs
            if ev is None:
                if cue.pos == "v":
                    last_cue_end, last_cue_pos = ce, cs  # its object is not a separate event
                continue
            src, tgt = ev
            pm = POSSESSOR_PLAN.search(text, 0, cs)
            owner = next((a for a in args if pm and a.possessive and a.end == pm.start()), None)
            if owner is not None and owner.key != src:
                # "Kenya voiced concern over Uganda's decision to close the border": the decision's owner
                # closes it, not the speaker (whom the act is done to the sentence does not say)
                src, tgt = owner.key, (None if tgt == owner.key else tgt)
            pos_obj = next((a for a in args if cue.type in {"AGREE", "AID"} and a.key == tgt and a.possessive and a.start > ce
                            and re.fullmatch(r"\s+(?:the\s+)?", text[ce:a.start])), None)
            if pos_obj is not None:
                # "pledged the EU's full solidarity with Poland": the possessor owns what is given; the
                # one it is given to follows "with"/"to"/"for"
                to = [a for a in args if a.start > pos_obj.end and not a.pronoun and a.key != src
                      and re.fullmatch(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:with|to|for)\s+(?:the\s+)?", text[pos_obj.end:a.start])]
                if to:
                    tgt = to[0].key
            hb = HIT_BY_SANCTIONS.search(text, 0, cs) if cue.type == "SANCTION" else None
            if hb:
                # "Belavia was hit by U.S. sanctions": the state named before the noun imposes them, the
                # passive's subject undergoes them
                imposer = [a for a in args if hb.start("who") <= a.start < cs and not a.pronoun]
                undergoer = [a for a in args if a.end <= hb.start() and not a.in_pp and not a.possessive and not a.pronoun]
                if imposer and undergoer and imposer[0].key != undergoer[-1].key:
                    src, tgt = imposer[0].key, undergoer[-1].key
            rs = RESIGNATION_OF.match(text, ce) if cue.type == "REQUEST" else None
            if rs:
                # "demanded the resignation of Prime Minister X", "called for his resignation": the one
                # asked to go is whom the demand is made of
                who = [a for a in args if a.start == rs.end() and a.key != src]
                if who:
                    tgt = who[0].key
            if agent_named and "light" in cue.flags and src == agent.key:
                tgt = struck.key  # "the attack by X on southern Y"
            if cue.type == "REJECT" and (tgt is None or re.match(r"\s+(?:the|these|those|such)\s+(?:criticism|accusations?|charges?|claims?|allegations?)\b|\s+that\b"
                                                                 r"|\s+(?:any|all)\s+(?:involvement|responsibility|wrongdoing|role)\b", text[ce:])) \
                    and re.match(r"\s*(?:denied|denies|rejected|rejects|dismissed|dismisses)\b", text[cs:]):
                tgt = None
                # "rejected the criticism from Jakarta and Dhaka": the critics are named
                fm = re.match(r"\s+(?:the|these|those|such)\s+(?:[\w\-]+\s+)?(?:criticism|accusations?|charges?|claims?|allegations?)\s+"
                              r"(?:from|by|of)\s+(?:the\s+)?", text[ce:])
                named = [a for a in args if fm and not a.pronoun and a.start == ce + fm.end() and a.key != src]
                if named:
                    tgt = named[0].key
                else:
                    # a denial answers the accusation just made against the one who denies
                    # (or against its own forces: "residents blame Malian soldiers" ... "Mali's army denied")
                    own = _home_state(actors, src)
                    tgt = next((e.source_key for e in reversed(list(prior) + out) if e.event_type in {"ACCUSE", "REQUEST", "THREATEN"}
                                and (e.target_key in (src, own) or own and e.target_key in actors.actors
                                     and actors.actors[e.target_key].actor_type == "group" and _home_state(actors, e.target_key) == own)),
                               None)
            if cue.cue == "leave body" and not (tgt in actors.blocs or tgt and actors.actors[tgt].actor_type == "organization"
                                                and actors.actors[tgt].country_code is None
                                                and re.search(r"\b(?:Court|Organi[sz]ation|Union|Community|Alliance|Treaty|Convention|Agreement)\b", actors.actors[tgt].name)):
                continue  # "left Kabul", "left the Socialist Party": no international body left
            if cue.type == "THREATEN" and re.match(r"\s+(?:on \w+ )?that\b", text[ce:]) and not _speaks_of_itself(text, ce, src, args, actors):
                continue  # "aid groups warned that millions faced hardship": a warning, not a threat
            if cue.type == "PROTEST" and not _can_protest(actors, src):
                a_src = actors.actors.get(src)
                if cue.pos == "v" and cue.cue == "protest" and tgt is not None and a_src is not None \
                        and not (a_src.actor_type in ("organization", "group") and FORCES.search(a_src.name)):
                    # "Uzbekistan protested to Russia over ...": a state's protest is diplomatic (PLOVER ACCUSE)
                    cue = replace(cue, type="ACCUSE", mode="disapprove")
                else:
                    continue  # police and armies do not demonstrate
            rm = RESUMPTIVE.search(text, 0, cs) if cue.type in {"SUPPORT", "ACCUSE", "REJECT"} and cue.pos != "n" else None
            if rm and tgt is not None and any(a.key == tgt and a.start > ce for a in args):
                rm = None  # "a move that X criticised as a threat to Y": the target is named after the verb
            if rm:
                # "X cut tariffs, a move that Y criticised": the reaction answers whoever made the move
                done = [e for e in out if e.trigger_start - sent.start < rm.start() and e.source_key != src]
                subj = [a for a in args if a.end <= rm.start() and not a.in_pp and not a.possessive and not a.adjective and a.key != src]
                # (the act the main clause states, not one inside its content: "pressed the EU to broker
                # talks between X and Y, a proposal that Brussels declined" answers the pressing)
                tgt = done[0].source_key if done else (subj[0].key if subj else None)
            doer_unknown = False
            hm = HOSTILE_ACT_NOUN.match(text, ce) if cue.type in {"ACCUSE", "REJECT", "SUPPORT"} and cue.pos != "n" else None
            if hm:
                # "condemned the Russian attack on Ukraine": the demonym or possessor names the doer, whom
                # the reaction is aimed at; in "condemned the attacks on students (by X)" the actor after
                # "on"/"against"/"of" is the victim, and the doer is the one after "by" or told before
                inside = [a for a in args if ce < a.start and a.end <= hm.end() and not a.pronoun and a.key != src]
                victim = next((a for a in args if a.key == tgt and a.start >= hm.end()
                               and re.fullmatch(r"\s+(?:on|against|targeting|of)\s+(?:the\s+)?", text[hm.end():a.start])), None)
                if inside:
                    tgt = inside[0].key
                elif victim is not None:
                    by = [a for a in args if a.start > victim.end and not a.pronoun and a.key != src
                          and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[victim.end:a.start])]
                    tgt = by[0].key if by else None
            if tgt is None and cue.type in {"SUPPORT", "ACCUSE", "REJECT"} and cue.pos != "n" and "refusal" not in cue.flags:
                tgt = _answered(text, ce, src, list(prior) + out, actors)
            if tgt is None and cue.type in {"ACCUSE", "REJECT", "SUPPORT"} and cue.pos != "n" \
                    and (HOSTILE_ACT_NOUN.match(text, ce) or re.match(r"\s+by\b", text[ce:]) and HOSTILE_PASSIVE_SUBJECT.search(text[:cs])):
                # "Chile condemned the attack": whoever the article last told doing such a thing, not
                # the main state; nobody when the article names no doer
                own = {src, actors.state_of(src)} - {None}
                doers = [e.source_key for e in reversed(list(prior) + out) if e.event_type in HOSTILE_ACTS
                         and e.source_key not in own and actors.state_of(e.source_key) not in own]
                tgt = doers[0] if doers else None
                doer_unknown = tgt is None
            if cue.pos == "v" and (om := OBJECT_RELATIVE.search(text[:cs])) and re.match(r"\s*(?:[,.;]|$|\s(?:in|on|at|for|last|this|after|over|since|from|because|until)\b)", text[ce:]):
                # "the TPLF, which the election board suspended in February": the verb's object is the
                # relative's antecedent (its subject is the actor right after "which")
                subj = [a for a in args if not a.pronoun and om.end("which") <= a.start <= om.end("which") + 4 and re.fullmatch(r"\s+(?:has\s+|have\s+|had\s+)?", text[a.end:cs])]
                ante = [a for a in args if not a.pronoun and a.end <= om.start() and re.fullmatch(r"\s*", text[a.end:om.start()])]
                if subj and ante and subj[0].key == src and ante[-1].key != src:
                    tgt = ante[-1].key
            zr = re.search(r"\s+(?:[a-z\-]+\s+){0,2}it\s+(?:had\s+|has\s+)?$", text[:cs]) if cue.pos == "v" and cue.type in SPEECH_ACTS else None
            if zr is not None:
                # "expelled three French diplomats it accused of ...": the object of a zero relative is
                # its antecedent, the actor right before "it"
                ante = [a for a in args if not a.pronoun and a.key != src and zr.start() - 1 <= a.end <= zr.start() + 1]
                it_here = [a for a in args if a.pronoun and a.key == src and zr.start() < a.start < cs]
                if ante and it_here:
                    tgt = ante[-1].key
            if tgt is None and cue.pos == "v" and (wm := WHOSE_CLAUSE.search(text[:cs])):
                # "Maduro, whose government the United States accuses of ...": the relative's antecedent
                ante = [a for a in args if not a.pronoun and a.end <= wm.start() and re.fullmatch(r"\s*", text[a.end:wm.start()])]
                if ante and ante[-1].key != src:
                    tgt = ante[-1].key
            if tgt is None and cue.type in DYADIC and re.search(r"\b(?:also|too|likewise|similarly)\b", text[max(clause_s, cs - 30):ce + 25]):
                # "Kenya has pledged officers to Haiti, and Jamaica and Chad have also promised
                # personnel": the same act towards the same party as the sentence's last one
                tgt = next((e.target_key for e in reversed(out) if e.event_type == cue.type and e.target_key
                            and e.source_key != src and e.target_key != src), None)
                inherited = tgt is not None
            pair_act = (cue.type in RECIPROCAL or cue.cue in {"sign", "ratify"} or EACH_OTHER.match(text[ce:])) \
                and len(_coordinated(text, args, src, cs)) == 2
            if pair_act and cue.type == "AGREE" and "complement" in cue.flags and tgt is not None \
                    and tgt not in {a.key for a in _coordinated(text, args, src, cs)} \
                    and actors.actors[tgt].actor_type in ("person", "group") and not re.match(r"\s+with\b", text[ce:]):
                # "the two governments agreed to transfer her": the pair agree with each other; the one
                # their agreement is about is no party to it
                tgt = None
            everyone = re.match(r"\s+(?:on\s+)?(?:all|every)\s+(?:the\s+)?(?:sides|parties|actors|stakeholders|countries|nations|states|"
                                r"governments|side|party|concerned)\b", text[ce:])
            if tgt is None and cue.type == "REQUEST" and (everyone or re.match(r"\s+(?:for\s+)?(?:calm|restraint|de-escalation|dialogue)\b", text[ce:])):
                # "urged all sides to exercise restraint", "urged calm": a call on no one in particular
                cue = replace(cue, flags=cue.flags | {"untargeted"})
            if tgt is None and cue.type in DYADIC and cue.pos != "n" and "explicit" not in cue.flags and not pair_act and not everyone \
                    and not doer_unknown and "untargeted" not in cue.flags and not (cue.type == "CONSULT" and _body(actors, src)):
                tgt = _focal_target(list(main), src, actors)
                if cue.type == "REJECT" and not any(a.key == tgt for a in args):
                    # a rejection answers a particular act: with nobody named and no accusation to
                    # answer, the main state is the wrong guess more often than not (QUALITY.md)
                    tgt = None
            elif tgt is None and cue.type == "RETREAT" and cue.mode == "withdraw" and cue.pos != "n" and WITHDRAWN.match(text[ce:]):
                tgt = _focal_target(list(main), src, actors)  # "decided to withdraw its envoy": from the main state
            elif tgt is None and cue.type == "ASSAULT" and cue.pos != "n" and actors.state_of(src) == src and "explicit" not in cue.flags \
                    and not COUNTED_OBJECT.match(text, ce):
                # "Pakistan opened fire across the border" (but "killing at least 61 people" names whom
                # it killed, people the article does not tie to a state)
                tgt = _focal_target(list(main), src, actors)
        if cue.type == "RETREAT" and cue.mode == "withdraw" and tgt and actors.actors[tgt].actor_type == "organization" \
                and actors.actors[tgt].country_code is None and re.search(r"\bfrom\s+(?:the\s+)?$", text[:next(
                    (a.start for a in args if a.key == tgt and a.start >= ce), ce)]):
            # "withdrew from the court / from ECOWAS": leaving an international body cuts relations with
            # it (PLOVER SANCTION withdraw); RETREAT is withdrawing from territory
            cue = replace(cue, type="SANCTION")
        pairs = _expand_coordination(text, args, cs, ce, cue, src, tgt, actors)
        if cue.cue == "mediate" and src:
            # a mediator acts towards the parties it mediates between: those named "between X and Y",
            # else, for "talks / an exchange mediated by Qatar", the clause's subject ("Russia and
            # Ukraine each handed over ... in an exchange mediated by the UAE"); never its co-mediators
            btw = [a for a in args if not a.pronoun and re.search(r"\bbetween\s+(?:the\s+)?$", text[:a.start])]
            parties = _coordinated(text, args, btw[0].key, btw[0].start) if btw else []
            if not parties and re.match(r"\s+by\b", text[ce:]) and re.match(r"[a-z]+ed$", surface):
                subj = [a for a in args if a.end <= cs and not a.in_pp and not a.pronoun and not a.adjective and a.key != src
                        and actors.actors[a.key].actor_type in ("state", "organization", "person")]
                parties = _coordinated(text, args, subj[0].key, subj[0].start) if subj else []
            if parties:
                mediators = dict.fromkeys([a.key for a in _coordinated(text, args, src, cs) if a.key not in {p_.key for p_ in parties}]
                                          or [src])
                pairs = [(m_, p_.key) for m_ in mediators for p_ in parties if p_.key != m_ and p_.key not in mediators]
        if re.search(r"\beach\s+(?:\w+ly\s+)?$", text[:cs]) and cue.pos != "n":
            # "Russia and Ukraine each handed over 103 prisoners": each of the pair acts towards the other
            pair = [a.key for a in _coordinated(text, args, src, cs)] if src else []
            if len(pair) == 2:
                pairs = [(pair[0], pair[1]), (pair[1], pair[0])]
        if inherited:  # (an inherited target is that one party, not its list)
            pairs = [(s_, tgt) for s_ in dict.fromkeys(p_[0] for p_ in pairs)]
        if cue.mode == "visit" and cue.pos != "n" and tgt:
            # companions of a visit visit too ("travelled to Tunis with X and Y")
            comp = [a for a in args if a.start > ce and not a.pronoun and _companion(text, ce, a)
                    and actors.actors[a.key].actor_type in ("person", "state", "organization")]
            if comp:
                for c in _coordinated(text, args, comp[0].key, comp[0].start) or [comp[0]]:
                    if c.key not in (src, tgt) and not c.adjective and (c.key, tgt) not in pairs:
                        pairs.append((c.key, tgt))
        if "complement" in cue.flags:
            complement_ends.append(_segment_end(text, ce) if not re.match(r"\s+\w+\s+to\b|\s+to\b|\s+that\b", text[ce:]) else clause_e)
        last_cue_end, last_cue_pos = ce, cs
        if cue.type == "PROTEST":
            pairs = [(s_, t_) for s_, t_ in pairs if _can_protest(actors, s_)]
        if cue.type == "CONSULT" and cue.pos == "v" and cue.cue in {"receive", "host"}:
            # "will receive migrants", "hosted refugees": taking people in is no meeting with them
            pairs = [(s_, t_) for s_, t_ in pairs if not (t_ and t_ in actors.actors and actors.actors[t_].actor_type == "group")]
        if cue.type in HOSTILE and cue.pos != "n" and not reduced_passive:
            # "X said Y had shelled towns": reporting another side's hostile act is an allegation
            accuser = _reporter(text, cs, args, actors)
            if accuser:
                for s_ in {p_[0] for p_ in pairs}:
                    if accuser != s_ and not _same_side(actors, accuser, s_):
                        ev = _make_event(text, sent, dates, cs, ce, replace(cue, type="ACCUSE", mode="allege"), accuser, s_,
                                         args, actors, clause_s, clause_e)
                        if ev is not None:
                            out.append(ev)
        for src, tgt in pairs:
            ev = _make_event(text, sent, dates, cs, ce, cue, src, tgt, args, actors, clause_s, clause_e)
            if ev is not None:
                out.append(ev)
    return out


HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}
HANDED_PLACE = re.compile(r"(?:\s+(?:its|their|the|his|her|all|last|remaining|final|two|three|four|several|[\w\-]+)){0,4}?\s+"
                          r"(?:bases?|military sites|sites|camps?|facilit(?:y|ies)|territor(?:y|ies)|positions|posts|barracks|"
                          r"control|garrisons?|airbases?|air bases?)\b")
# "condemned the attack / the coup attempt / the arrests": a reaction to a hostile act named by a noun
HOSTILE_ACTS = {"ASSAULT", "COERCE", "MOBILIZE"}
HOSTILE_NOUNS = (r"attacks?|attempt|coup|coup attempt|putsch|raids?|incursions?|killings?|"
                 r"bombings?|shelling|air ?strikes|drone strikes?|assaults?|invasion|occupation|seizure|arrests?|"
                 r"detentions?|abductions?|kidnappings?|crackdown|violence|massacre|ambush|shooting")
HOSTILE_ACT_NOUN = re.compile(r"\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:the|this|that|these|those|its|their|[\w\-]+['’]s)\s+"
                              r"(?:[\w\-]+\s+){0,2}?(?:" + HOSTILE_NOUNS + r")\b")
# "The government said it would close all crossings": a measure the speaker announces as its own
# decision is taken (asserted), not threatened ("said Kyiv could ban imports" stays a threat)
ANNOUNCED_OWN = re.compile(r"\b(?:said|says|announced|announces)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+would\s+(?:\w+\s+)?$")
# "The strike was condemned by X": a passive whose subject is a hostile act
HOSTILE_PASSIVE_SUBJECT = re.compile(r"(?:^|[,;]\s+|\b)(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,2}?"
                                     r"(?:strikes?|" + HOSTILE_NOUNS + r")\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?$")
SPEECH_ACTS = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"}  # acts done by saying something
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands"}
COMMITTED_WRONG = re.compile(r"\s+(?:(?:more than|at least|about|nearly|some|serious|grave|numerous|repeated|widespread|systematic|"
                             r"[\d,]+|many|several|the|these|such|a|an)\s+)*[\"“]?(?:[\w\-]+\s+)?(?:violations?|crimes?|abuses?|atrocities|"
                             r"attacks?|offen[cs]es?|murders?|fraud|genocide|massacres?|breaches?)\b")
HIT_BY_SANCTIONS = re.compile(r"\b(?:was|were|has been|have been|had been|is|are|been)\s+(?:also\s+|later\s+|since\s+|already\s+)?"
                              r"(?:(?:hit|targeted|struck|slapped)\s+(?:with|by)|"
                              r"placed\s+under|put\s+under|subjected\s+to)\s+"
                              r"(?:new\s+|fresh\s+|further\s+)?(?P<who>(?:[A-Z][\w.\-]*\s+){1,2})$")
# "demanded the resignation of X", "called for his ouster": the one asked to go (a possessive pronoun
# is the arg itself, so the match stops before it)
_GOING = r"(?:immediate\s+)?(?:resignation|ouster|removal|dismissal|impeachment|departure|sacking)"
RESIGNATION_OF = re.compile(r"\s+(?:for\s+)?(?:the\s+)?" + _GOING + r"\s+of\s+(?:the\s+)?|\s+(?:for\s+)?(?=(?:his|her|their)\s+" + _GOING + r"\b)")
# "Uganda's decision to close the border", "Israel's plan to annex": the possessor does the act the
# infinitive names, whoever speaks of it
POSSESSOR_PLAN = re.compile(r"['’]s?\s+(?:[\w\-]+\s+)?(?:decision|plan|plans|move|bid|attempt|threat|refusal|proposal|offer|"
                            r"pledge|promise|effort|efforts|order|intention|readiness|willingness)\s+to\s+(?:\w+ly\s+)?$")

# ", a move that X criticised", ", remarks the AU condemned", ", a decision that was welcomed by": a
# reaction to the act the sentence has just told
RESUMPTIVE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+)?(?:move|decision|step|deployment|measure|plan|deal|remarks|"
                        r"comments|statement|findings|claims?|accusations?|allegations?|charges?|criticism|assertions?|report|policy|action|operation|transfer|ruling|"
                        r"announcement|proposal|offer|arrangement|practice|law|bill|programme|program|scheme|approach|ban|pact|"
                        r"treaty|switch|changes?|reforms?|restrictions|policies|measures|moves|steps|decisions)\s+(?:that\s+|which\s+)?[^,;]*$")
AT_REQUEST = re.compile(r"\b(?:at|upon|on)\s+the\s+(?:\w+\s+)?(?P<cue>request)\s+of\b")
TOLD_THAT = re.compile(r"\b(?P<verb>told)\s+(?!reporters\b)(?:[\w'’\-]+\s+){1,5}?that\b")
# "X said Y must / should ...": an obligation laid on another is a demand (the subject must name an
# actor for an event to follow; "said it must ..." speaks of itself and is left out below)
OBLIGATION = re.compile(r"\s+(?:on \w+\s+)?(?:that\s+)?(?!(?:it|they|we|he|she|I)\s)(?:[^,;]{1,40}?\s)(?:must|should|ought to|needs? to)\s+(?!not\s+be\b)")
# "X said Y had violated the treaty": verbs of wrongdoing that are no event cue of their own
WRONGDOING = re.compile(r"\s+(?:on \w+\s+)?(?:that\s+)?(?:[^,;]{0,50}?\s)?(?:had\s+|has\s+|have\s+)?(?:(?:repeatedly|also|deliberately|illegally|"
                        r"systematically|routinely|again)\s+)?(?:violated|breached|abused|flouted|undermined|sabotaged|obstructed|"
                        r"meddled|interfered|harassed|intimidated|persecuted|mistreated|lied|deceived|betrayed|broken|"
                        r"broke (?:its|their|his|her|the)|reneged|"
                        # "said Philippine vessels had illegally intruded", "had wrongfully detained"
                        r"(?:illegally|unlawfully|wrongfully|unjustly|arbitrarily)\s+[a-z]+ed)\b")
EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b")  # "X and Y accused each other": both ways
# what a state withdraws from another state: troops or envoys ("withdraw its ambassador", "pull out of
# the country"), or a hostile step against it ("withdraw its complaint"); withdrawing a bill is no
# withdrawal from anybody
WITHDRAWN = re.compile(r"\s+(?:(?:its|their|his|her|all|the|some|remaining|last|about|nearly|some)\s+)*(?:[\w\-,]+\s+){0,2}?"
                       r"(?:troops|forces|soldiers|military|ambassador|envoy|diplomats|personnel|peacekeepers|contingent|"
                       r"mission|staff|complaint|complaints|case|lawsuit|objection|objections|veto|threat|from|of)\b")


def _reporter(text: str, cs: int, args: list[Arg], actors: ArticleActors) -> str | None:
    """The speaker of "X said (that) ... <cue>" when the cue lies in the reported clause."""
    sp = None
    for sp in re.finditer(r"\b(?:said|says|told (?:\w+ )?(?:reporters|parliament|lawmakers|journalists)|stated|claimed|alleged)\b"
                          r"(?:\s+(?:on|late on|early on)\s+\w+)?\s+(?:that\s+)?", text[:cs]):
        pass
    if sp is None or re.search(r"[;.]", text[sp.end():cs]):
        return None
    if re.match(r"(?:it|they|he|she|we|I|its|their)\b", text[sp.end():]):
        return None  # "X said it had ...": the speaker reports its own act
    speakers = [a for a in _outside_relatives(text, args, sp.start()) if a.end <= sp.start() and not a.in_pp and not a.adjective
                and (re.fullmatch(r"\s*(?:,[^,]*,\s*)?(?:(?:also|later|then|has|had|have)\s+)*", text[a.end:sp.start()]) and not a.possessive
                     or re.fullmatch(POSSESSOR_OF_SPEAKER, text[a.end:sp.start()]))]
    return speakers[-1].key if speakers else None


# "deported 47 Chinese nationals arrested during a crackdown": a participle after a noun phrase that
# modifies it (a reduced relative clause), not the verb of a new clause with that subject
REDUCED_RELATIVE = re.compile(r"[a-z]+ed\s+(?:during|in|at|by|on|last|after|since|for|over|under|near|along|earlier|this)\b")
ANNOUNCED_THAT = re.compile(r"\b(?:announced|announces|said|says|confirmed|confirms|stated|declared|decided)\s+(?:(?:on|late on|early on)\s+\w+\s+)?that\s+")
# "Azerbaijan's defence ministry said": the possessor of an unnamed speaker speaks through it
POSSESSOR_OF_SPEAKER = r"['’]s\s+(?:[a-z\-]+\s+){1,3}"


def _last_speech_verb(text: str, cs: int) -> re.Match | None:
    sp = None
    for sp in re.finditer(r"\b(?:said|says|told\s+[\w\s]{0,30}?(?:that\s+)?|stated|added|warned|responded|replied|wrote|argued|"
                          r"insisted|claimed|declared)\b", text[:cs]):
        pass
    return sp


def _speaker_of(text: str, sp: re.Match, args: list[Arg], possessor: bool = False) -> str | None:
    """The subject of the speech verb ``sp``; with ``possessor``, also the possessor of an unnamed
    speaker ("Ghana's foreign minister said")."""
    speakers = [a for a in _outside_relatives(text, args, sp.start()) if a.end <= sp.start() and not a.in_pp and not a.adjective
                and (not a.possessive or possessor and re.fullmatch(POSSESSOR_OF_SPEAKER, text[a.end:sp.start()]))]
    return speakers[-1].key if speakers else None


def _speaker_before(text: str, cs: int, args: list[Arg]) -> str | None:
    """The subject of a speech verb earlier in the sentence whose reported clause ends before ``cs``."""
    sp = _last_speech_verb(text, cs)
    if sp is None or not (re.search(r"\b(?:that|had|has|was|were|is|would|could)\b", text[sp.end():cs])
                          or any(sp.end() < a.start <= sp.end() + 6 and a.end < cs for a in args)):
        return None  # (a reported clause: "said that ...", "said the EU risked ...")
    return _speaker_of(text, sp, args)


def _same_side(actors: ArticleActors, a: str, b: str) -> bool:
    sa = actors.state_of(a) or (f"state:{actors.actors[a].country_code}" if actors.actors.get(a) and actors.actors[a].country_code else None)
    sb = actors.state_of(b) or (f"state:{actors.actors[b].country_code}" if actors.actors.get(b) and actors.actors[b].country_code else None)
    return sa is not None and sa == sb


def _make_event(text, sent, dates, cs, ce, cue, src, tgt, args, actors, clause_s, clause_e):
    restricts = cue.type == "SANCTION" and cue.cue in RESTRICTING
    if restricts and tgt is None and RIGHTS_OBJECT.match(text, ce):
        cue = replace(cue, type="COERCE", mode="restrict")  # "banned all public gatherings": no one named, a right restricted
    elif restricts and ASYLUM_OBJECT.match(text, ce):
        # "suspended asylum applications from Syrians": a right of people restricted, not a sanction on
        # a state (the people it names are its target; the state they come from is not)
        cue = replace(cue, type="COERCE", mode="restrict")
        people = [a for a in args if a.start >= ce and a.start < clause_e and not a.pronoun and not a.adjective
                  and actors.actors[a.key].actor_type == "group"]
        tgt = people[0].key if people else None
    elif restricts and tgt is not None and ((media := _media(actors, tgt)) or _domestic(actors, src, tgt)) \
            and not re.match(r"\s+(?:[\w\-]+\s+){0,3}?(?:talks|negotiations|dialogue|relations|ties|cooperation|aid|funding|contracts?|agreements?)\b",
                             text[ce:]):
        # suspending a broadcaster or banning a party at home restricts rights (PLOVER COERCE);
        # SANCTION reduces relations with another state or a foreign body (and suspending talks or
        # aid with a body at home, too)
        cue = replace(cue, type="COERCE", mode="censor" if media else "restrict")
    a = actors.actors.get(src)
    if cue.type == "ASSAULT" and a is not None and a.actor_type == "group" and PROTEST_CROWD.search(a.name):
        # protesters storming a building or clashing with police: a riot (PLOVER PROTEST riot)
        if "mutual" in cue.flags:
            tgt = None  # (protesters clashing with police protest against no one the clash names)
        cue = replace(cue, type="PROTEST", mode="riot", flags=cue.flags - {"needs_target"})
    if cue.cue == "block" and a is not None and a.actor_type == "group" and not FORCES.search(a.name):
        # "protesters blocked the main highway", "priests blocked riot police": a crowd obstructing is a
        # protest (PLOVER PROTEST obstruct), not a refusal
        cue = replace(cue, type="PROTEST", mode="obstruct")
        tgt = None
    b = actors.actors.get(tgt) if tgt else None
    if cue.type == "ASSAULT" and "mutual" in cue.flags and a is not None and b is not None \
            and a.actor_type == "person" and b.actor_type == "person":
        # "Milei has clashed repeatedly with Arce": two politicians clash in words (ACCUSE), not in arms
        cue = replace(cue, type="ACCUSE", mode="disapprove")
    if tgt is None and (("needs_target" in cue.flags and cue.type != "COERCE") or cue.type in DYADIC) \
            and not (cue.type == "CONSULT" and _body(actors, src)) and "untargeted" not in cue.flags:
        return None  # (a council or parliament that meets meets as a body, with no one else)
    mode = cue.mode
    if cue.type == "COERCE" and mode == "deport" and re.search(r"diplomat|ambassador|envoy", text[ce:clause_e], re.I):
        cue_type, mode = "SANCTION", "expel"
    else:
        cue_type = cue.type
    if cue_type == "ASSAULT" and (NATURAL_CAUSE.search(text[max(0, cs - 60):cs]) or NATURAL_AGENT.match(text, ce)):
        return None  # "a cholera outbreak that has killed 1,300 people", "killed by the floods": no actor's act
    modality = _modality(text, cs, cue, src, args)
    date, prec = _date_for(text, dates, cs, clause_s, clause_e)
    loc = _location(text, args, actors, cs, clause_s, clause_e, cue_type, tgt)
    spans = [(cs, ce)]
    for key in (src, tgt):
        here = [a for a in args if a.key == key] if key else []
        if here:  # an implicit target (the article's main state) has no mention in the sentence
            near = min(here, key=lambda a: abs(a.start - cs))
            spans.append((near.start, near.end))
    s = min(x for x, _ in spans)
    e = max(y for _, y in spans)
    return Event(cue_type, mode, src, tgt, date, prec, loc, modality, sent.index,
                 sent.start + s, sent.start + e, sent.start + cs, sent.start + ce,
                 tgt is not None and not any(a.key == tgt for a in args))


# what kills without an actor: disease, disaster, accident
_NATURAL = (r"(?:outbreaks?|epidemics?|pandemic|disease|virus|cholera|measles|malaria|ebola|mpox|earthquakes?|quakes?|"
            r"floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|landslides?|mudslides?|droughts?|famine|heatwaves?|"
            r"fires?|blazes?|wildfires?|crash|accident|collapse|avalanche|tsunami)")
NATURAL_CAUSE = re.compile(r"\b" + _NATURAL + r"(?:,)?\s+(?:that|which)?\s*(?:has|have|had)?\s*(?:already\s+|so far\s+|reportedly\s+)?$", re.I)
NATURAL_AGENT = re.compile(r"\s+(?:[\w,]+\s+){0,4}?(?:by|in)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?" + _NATURAL + r"\b", re.I)
PROTEST_CROWD = re.compile(r"\b(?:protesters|demonstrators|rioters|crowds?|mob|students)$", re.I)
# cues that stop something: done to a news outlet or to a body at home, they restrict rights
RESTRICTING = {"ban", "suspend", "revoke", "cancel", "terminate", "cut off", "freeze"}
RIGHTS_OBJECT = re.compile(r"\s+(?:(?:on|late on)\s+\w+\s+)?(?:all\s+)?(?:public\s+|political\s+|opposition\s+|street\s+)?"
                           r"(?:gatherings|protests|demonstrations|rallies|marches|assemblies|meetings|strikes)\b", re.I)
ASYLUM_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:processing|registration|examination)\s+of\s+(?:new\s+)?asylum|(?:new\s+)?asylum\s+"
                           r"(?:applications|claims|requests|procedures|processing|decisions|rights?)|the\s+right\s+to\s+(?:seek\s+)?asylum)\b", re.I)
MEDIA_NAME = re.compile(r"\b(?:Radio|Television|TV|Broadcasting|Broadcaster|News|Press|Times|Post|Journal|Herald|Tribune|Gazette|"
                        r"Daily|Media|Channel)\b")  # (named outlets are organizations.tsv rows of org_type media)


def _body(actors: ArticleActors, key: str) -> bool:
    """Whether the actor is a deliberative body that meets by itself ("the Security Council met")."""
    a = actors.actors.get(key)
    return bool(a and a.actor_type == "organization"
                and re.search(r"\b(?:Council|Committee|Assembly|Parliament|Congress|Senate|Cabinet|Commission|Summit)\b", a.name))


def _media(actors: ArticleActors, key: str) -> bool:
    a = actors.actors.get(key)
    return key in actors.media or bool(a and a.actor_type == "organization" and MEDIA_NAME.search(a.name))


def _domestic(actors: ArticleActors, src: str, tgt: str) -> bool:
    """Whether the target is a group, organization or person of the acting state's own country."""
    a, t = actors.actors.get(src), actors.actors.get(tgt)
    if a is None or t is None or t.actor_type == "state" or actors.state_of(tgt):
        return False
    state = _home_state(actors, src)
    if state is None or t.country_code is None:
        return False
    if t.actor_type == "organization" and re.search(r"\b(?:government|ministry|embassy|administration)\b", t.name, re.I):
        return False
    return state == f"state:{t.country_code}"


RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# "praised the move", "welcomed the sanctions": praise of a thing is praise of whoever did it, so
# these keep their event when the object is not an actor (the target is then the implicit one)
IMPLICIT_OBJECT = {"praise", "welcome", "commend", "hail", "applaud", "laud", "endorse"}
# Types that are acts of one actor towards another: with nobody acted upon in the text, the
# sentence reports a stance or a plan rather than a codable event ("X rejected the report").
# Protests, mobilizations, coercion, assaults and retreats can stand without a target.
DYADIC = {"ACCUSE", "AGREE", "CONSULT", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "COOPERATE", "AID",
          "SANCTION", "CONCEDE"}
# between coordinated actors: a comma or "and"/"or", then a determiner or a count ("arrested three
# Pakistani nationals and two Afghan migrants")
_CONJ_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+|(?:together|along)\s+with\s+)?|\s+(?:and|or|as well as)\s+"
                       # "criticised by X and by Y": the same agent role twice
                       r"|\s+and\s+(?:by|from)\s+"
                       # "blaming Kyiv for ending the transit and Chisinau for ...": each with its charge
                       r"|\s+(?:of|for)\s+[a-z]+ing\b[^,;.]{0,50}?\s+and\s+)"
                       r"(?:(?:the|its|their|his|her|some|several|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                       r"dozens of|hundreds of|thousands of)\s+"
                       # ("the unions and several ruling party lawmakers": one modifier after the determiner)
                       r"(?:(?!and\b|or\b)[a-z]+\s+)?)?$")


FINITE_AFTER = re.compile(r"\s+(?:have|has|had|also|will|would|said|says|were|was|are|is|[a-z]+ed)\b")
# (the same after the rest of a name: "..., and UN Secretary-General Antonio Guterres condemned the coup")
FINITE_AFTER_NAME = re.compile(r"(?:\s+[A-Z][\w\-.'’]*)*" + FINITE_AFTER.pattern)


def _coordinated(text: str, args: list[Arg], key: str, near: int) -> list[Arg]:
    """The coordinated group ("X, Y and Z") containing the mention of ``key`` nearest ``near``."""
    # a relative clause inside a list is transparent: "China, which has ties with Cambodia, and the
    # United States" coordinates China and the United States
    rel = [(m.start(), m.end()) for m in RELATIVE.finditer(text) if not m.start() <= near < m.end()]
    grp = [a for a in args if a.group and a.key == key]
    if grp:
        g = min(grp, key=lambda a: abs(a.start - near))
        named = [a for a in args if not a.pronoun and a.key == key]
        if not named or abs(g.start - near) < min(abs(a.start - near) for a in named):
            return [replace(g, key=k, group=()) for k in g.group]  # "They have also cut ties": each of them
    real = [a for a in args if not a.pronoun and not any(s < a.start < e for s, e in rel)]
    cands = [a for a in real if a.key == key]
    if not cands:
        return []

    def gap(a: Arg, b: Arg) -> str:
        g = text[a.end:b.start]
        return RELATIVE.sub("", g) if g.startswith(",") else g

    i = real.index(min(cands, key=lambda a: abs(a.start - near)))
    lo = hi = i
    while lo > 0 and _CONJ_GAP.match(gap(real[lo - 1], real[lo])) and not real[lo - 1].possessive:
        lo -= 1
    while hi + 1 < len(real) and _CONJ_GAP.match(gap(real[hi], real[hi + 1])) and not real[hi].possessive:
        hi += 1
    if real[i].pair:
        return [real[i], replace(real[i], key=real[i].pair, pair=None)]
    # "pledged officers to Haiti, and Jamaica, Benin and Chad have also promised personnel": the
    # actors after ", and" are the subject of a new clause, not more objects of the first
    if real[i].start >= near and hi > i and FINITE_AFTER_NAME.match(text, real[hi].end):
        k = next((k for k in range(i + 1, hi + 1) if re.match(r"\s*,\s*and\b", gap(real[k - 1], real[k]))), None)
        if k is not None:
            hi = k - 1
    if real[i].start < near and lo < i:
        k = next((k for k in range(i, lo, -1) if re.match(r"\s*,\s*and\b", gap(real[k - 1], real[k])) and real[k - 1].in_pp), None)
        if k is not None:
            lo = k
    group = real[lo:hi + 1]
    # a list needs "and"/"or" before its last member; "X, Y" alone is an apposition
    if len(group) > 1 and not re.search(r"\b(?:and|or|as well as|together with|along with)\b", gap(group[-2], group[-1])) \
            and not re.match(r",?\s+(?:and|or)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:other|more)\b", text[group[-1].end:]):
        # unless the list goes on to a member that names no actor ("the Sinaloa Cartel, the
        # Jalisco Cartel and six other groups")
        return [real[i]]
    out, seen = [], set()
    for a in group:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


def _expand_coordination(text, args, cs, ce, cue: Cue, src, tgt, actors) -> list[tuple[str, str | None]]:
    """One event per coordinated actor ("Lithuania and Latvia warned ..." -> two events); a
    reciprocal act of a coordinated pair with no other party ("Chile and Peru agreed") is one
    event between them."""
    srcs = [a.key for a in _coordinated(text, args, src, cs)] or [src]
    tgts = [a.key for a in _coordinated(text, args, tgt, ce)] if tgt else [None]
    tgts = tgts or [tgt]
    reciprocal = cue.type in RECIPROCAL or cue.cue in {"sign", "ratify"}
    if len(srcs) == 2 and reciprocal and (tgt is None or tgt in srcs or not _linked(text, args, ce, tgt)):
        return [(srcs[0], srcs[1])]
    if "mutual" in cue.flags and tgt and len(srcs) == 1 and tgt != src:
        return [(src, tgt), (tgt, src)]  # "a prisoner exchange between X and Y": each releases the other's
    mutual = "mutual" in cue.flags or bool(EACH_OTHER.match(text[ce:]))  # "accused each other"
    if mutual and len(srcs) == 2 and (tgt is None or tgt in srcs):
        return [(srcs[0], srcs[1]), (srcs[1], srcs[0])]  # "X and Y exchanged fire"
    if tgt in srcs:
        tgts = [None]
    pairs = []
    for s in srcs:
        for t in tgts:
            if t == s or (t and _own_state(actors, s, t)):
                t = None
            pairs.append((s, t))
    return pairs


def _linked(text: str, args: list[Arg], ce: int, key: str) -> bool:
    """Whether ``key`` is the cue's own complement: right after it or after "with"/"to"."""
    for a in args:
        if a.key == key and a.start >= ce:
            gap = text[ce:a.start]
            return len(WORD.findall(gap)) <= 2 or bool(re.search(r"\b(?:with|to)\s+(?:the\s+)?$", gap))
    return False


# between a passive's subject and its verb: an apposition, a relative pronoun, auxiliaries, adverbs
PASSIVE_GAP = re.compile(r"(?:,\s*(?:a|an|the|another|one of|his|her|its|their)\s+[^,]{0,40}?,?)?\s*(?:,\s*(?:who|which|that)\s+)?"
                         r"(?:(?:has|have|had|was|were|is|are|been|being|be|will|would|could|may|might|reportedly|later|also|allegedly|then|subsequently|"
                         r"recently|briefly|first|since|already|now|still|again|repeatedly)\s+)*")
# words that open a clause when a subject and its verb follow ("after Beijing agreed")
SUBORDINATORS = {"after", "before", "since", "until", "as", "while", "when", "because", "if", "once", "unless", "though"}
SUBJECT_GAP = re.compile(r"\s*(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|also|then|later|reportedly|"
                         r"formally|publicly|quickly|again|already|not|never|has been|have been|on \w+day),?\s+)*")
# "X said it would send two flights": an announced future act of cooperation is a commitment
# (PLOVER: future-tense CONSULT/SUPPORT/COOPERATE/AID count as AGREE)
SAYS_COMMIT = re.compile(r"\b(?:said|says|announced|announces|pledged|promised|confirmed|told|agreed|vowed|insisted)\b")
VOW_TO_FIGHT = re.compile(r"\s+(?:on \w+\s+)?to\s+(?:(?:further|also)\s+)?(?:keep\s+(?:on\s+)?[a-z]+ing|continue\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?:war|fight|fighting|strikes?|attacks?|protests?|protesting|offensive|campaign|operations?)|press on|fight|"
                          r"resist|retaliate|respond|avenge|crush|destroy|punish|take revenge|bolster)\b")
FUTURE_BEFORE = re.compile(r"\b(?:would|will)\s+(?:(?:also|first|soon|now|then|begin|start|open|resume|hold|travel|fly)\s+){0,2}$")
COMMITMENT = re.compile(r"\b(?:would|will)\s+(?:also\s+|soon\s+|now\s+|still\s+)?(?P<verb>send|set up|pursue|help|go ahead|protect|"
                        r"start|pay(?!\s+(?:a|the)\s+(?:\w+\s+)?price)|build|invest|continue|contribute|deliver|reopen|resume|allow|take back|receive|"
                        r"admit|work with|provide|give|restore|hand over|train|finance|cover)\b")
READY = re.compile(r"\b(?:is|was|were|are|stood|stands|remained|remains|be|been|declared itself|said it was)\s+(?:still\s+|also\s+)?"
                   r"(?P<verb>ready|willing|prepared)\s+to\s+(?:sign|receive|support|help|cooperate|work|negotiate|discuss|"
                   r"accept|take back|resume|hold|contribute|send|provide|host|mediate|expand|deepen|strengthen|broaden|"
                   r"boost|step up|develop|restore|normali[sz]e)\b")
# "closed its land, sea and air borders with Haiti", "pulled its last troops out of Mali"
BORDER_CLOSE = re.compile(r"\b(?P<verb>clos(?:ed|es|ing|e)|seal(?:ed|s|ing)?|shut(?:s|ting)?)\s+(?:all\s+(?:(?:its|their|the)\s+)?|(?:its|their|the)\s+)"
                          r"(?:[\w\-]+,?\s+){0,5}?(?:borders?|border\s+crossings|airspace|air\s+space|ports|territorial\s+waters)\b")
# "left ECOWAS", "quit the International Criminal Court": leaving an international body (the event
# coder keeps it only when what is left is an intergovernmental organization)
LEAVE_BODY = re.compile(r"\b(?P<verb>left|leave|leaves|leaving|quit|quits|quitting|exited|exit|exits|exiting)\s+(?=(?:the\s+)?[A-Z])")
PULL_OUT = re.compile(r"\b(?P<verb>pull(?:ed|s|ing)?|withdr(?:ew|aws|awing|awn))\s+(?:its|their|the)\s+(?:[\w\-]+\s+){0,3}?"
                      r"(?:troops|soldiers|forces|personnel|peacekeepers|contingent)\s+out\b")
# "fired two mortar rounds at", "launched dozens of drones against": firing weapons is force (a fixed
# list of forms cannot hold every count and weapon)
FIRE_WEAPON = re.compile(r"\b(?P<verb>fired|fires|firing|launched|launches|launching|lobbed)\s+(?:[\w\-,]+\s+){0,4}?"
                         r"(?:missiles?|rockets?|shells?|mortars?|mortar rounds?|artillery|drones?|projectiles?|grenades?|"
                         r"rounds|shots|bullets|tear gas)\b(?!\s+(?:into the (?:air|sea|ocean)|in the air|strikes?|attacks?))")
# "halted gas supplies to Moldova", "stopped all shipments to Qatar": cutting off what flows to another
HALT_SUPPLY = re.compile(r"\b(?P<verb>halt(?:ed|s|ing)?|stop(?:ped|s|ping)?|cut(?:s|ting)? off|suspend(?:ed|s|ing)?)\s+(?:all\s+|its\s+|their\s+|the\s+)?"
                         r"(?:[\w\-]+\s+){0,2}?(?:supplies|deliveries|exports|shipments|flows)\s+(?:of\s+[\w\-]+\s+)?to\b")
# "flew food and medicine to Cúcuta", "sent tents and blankets to": relief goods sent are aid
SEND_AID = re.compile(r"\b(?P<verb>flew|flown|sent|send|sends|sending|delivered|delivers|shipped|airlifted|airdropped|trucked)\s+"
                      r"(?:[\w\-,]+\s+){0,4}?(?:food|medicines?|medical supplies|relief supplies|humanitarian supplies|tents|blankets|"
                      r"drinking water|vaccines|fuel)\b")
GRANT_ASYLUM = re.compile(r"\b(?P<verb>grant(?:ed|s|ing)?|offer(?:ed|s|ing)?)\s+(?:[\w\-'’]+\s+){1,6}?(?:political\s+|temporary\s+)?asylum\b")
# "handed over 103 prisoners of war", "handed back the bodies": releasing captives (PLOVER RETREAT
# release), where handing over a suspect or a document is cooperation
HAND_OVER_CAPTIVES = re.compile(r"\b(?P<verb>hand(?:ed|s|ing)?\s+(?:over|back))\s+(?:(?:the|some|all|about|nearly|more than|at least|"
                                r"[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+)*(?:[\w\-]+\s+)?"
                                r"(?:prisoners|POWs|detainees|hostages|captives|bodies|remains|soldiers|servicemen|civilians|fishermen)\b")
# "noted a significant transformation", "noting the progress made": noting an achievement praises it
# (noting in general states a fact: "the President noted the importance of ..." is no support)
NOTED_PRAISE = re.compile(r"\b(?P<verb>noted|noting|notes)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}?"
                          r"(?:progress|improvements?|transformation|success(?:es)?|achievements?|strides|gains|leadership)\b")
# "had taken Rodrigo Duterte into custody": an arrest whose object stands inside the phrase
CUSTODY = re.compile(r"\b(?P<verb>took|taken|take|takes|taking)\s+(?:[\w'’\-.]+\s+){1,4}?into\s+custody\b")
# "a court ordered him held for two months", "ordered the journalists detained": ordering someone's
# detention is the detention (PLOVER COERCE arrest), not a request
ORDER_HELD = re.compile(r"\b(?P<verb>order(?:ed|s)?)\s+(?:[\w'’\-.]+\s+){1,4}?(?:to\s+be\s+)?(?:held|detained|jailed|remanded|imprisoned)\b")
# "suspend the new tariffs", "suspended its retaliatory sanctions": a measure whose suspension eases it
SUSPENDED_MEASURE = re.compile(r"\s+(?:(?:the|its|their|all|new|planned|additional|some|retaliatory|punitive|[\w\-]+['’]s)\s+){0,3}"
                               r"(?:[a-z\-]+\s+)?(?:tariffs?|sanctions|duties|levies|ban|bans|restrictions|embargo)\b")
# "ordered the deployment of troops", "ordered military exercises": ordering a military move is the
# move (PLOVER MOBILIZE), not a request
ORDER_DEPLOY = re.compile(r"\b(?P<verb>order(?:ed|s)?)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:deployment|mobili[sz]ation|"
                          r"military exercises|military drills|drills|troops|soldiers|reinforcements|warships|aircraft carriers?)\b"
                          r"(?![^,;.]{0,40}?\bto\s+(?:leave|withdraw|return|quit|depart|go\s+home|pull\s+out))")
# "violated Estonian airspace", "drones that entered its airspace": military aircraft sent into another
# state's airspace (PLOVER MOBILIZE, a show of force short of an attack)
AIRSPACE = re.compile(r"\b(?P<verb>violat(?:ed|es|ing|e)|enter(?:ed|s|ing)?|breach(?:ed|es|ing)?|intrud(?:ed|es|ing|e)\s+into|"
                      r"stray(?:ed|s|ing)?\s+into)\s+(?:(?:the|its|their|[\w\-]+['’]s)\s+)?(?:[A-Z][\w\-]+\s+)?air\s?space\b")
EXPEL_ORDER = re.compile(r"\b(?P<verb>order(?:ed|ing|s)?|gave|giving|gives|give)\s+(?:[\w'’\-]+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|"
                         r"high commissioner|charg[ée] d['’]affaires|consuls?|embassy staff|consular staff|consular officials|diplomatic staff|embassy personnel)\b[^.;]{0,60}?\bto\s+(?:leave|return home)\b")
EVAL_VERB = re.compile(r"\b(?:called|calling|calls|described|describing|describes|branded|branding|labell?ed|termed|dubbed|ruled|"
                       r"denounced as|condemned as|regarded|regards|said|says|told reporters)\b")
PLAIN_SAY = {"said", "says", "told reporters", "regarded", "regards"}
# acts a party may refuse to do; "will not" or "refused to" before one states the refusal
WILLING = {"AGREE", "CONCEDE", "RETREAT", "SUPPORT", "COOPERATE", "CONSULT", "AID"}
REFUSAL = re.compile(r"\b(?:will not|would not|won't|wouldn't|will never|would never|did not want to|does not want to|"
                     r"do not want to|refused to|refuses to)\s+(?:\w+\s+)?$", re.I)
# a noun of force or repression after these is the reason for the clause's act, done by someone else
REASON_BEFORE = re.compile(r"\b(?:citing|amid|over|following|in response to|in retaliation for|because of)\s+(?:[\w\-]+\s+){0,2}$")
REL_START = re.compile(r",\s+(?:who|which)\b")
LED_BY = re.compile(r"\b(?:led|headed|accompanied) by\b")
# "after a gunman stormed ...": a subordinate clause whose subject is a noun phrase, not an actor
SUBORDINATE_NON_ACTOR = re.compile(r"\b(?:after|before|when|while|because|once|until)\s+(?:a|an|the|some|two|three|several)\s+"
                                   r"(?:[a-z\-]+\s+){0,2}[a-z]+ed\b")
VP_COORD = re.compile(r"\b(?:and|but|then|before|after)\s+(?:(?:also|later|then|has|have|had|was|were|is|are|will|would|"
                      r"publicly|quickly|again|separately|formally|jointly|since|already|now|still|subsequently|recently)\s+)*$", re.I)
# (the clause may hold a number with a thousands comma, and a list of names: ", which represents
# 180,000 Inuit in Canada, Greenland and Russia's Chukotka,")
_REL_ITEM = r"[A-Z][\w.\-]*(?:['’]s)?(?:\s+(?:(?:of|the|de|del|da|do)\s+)*(?:d['’])?[A-Z][\w.\-]*(?:['’]s)?)*"
_REL_TAIL = r"(?:\s+[a-z]+){0,2}"  # ("Russia's Murmansk region")
RELATIVE = re.compile(r",\s+(?:(?:of|in|to|with|under|for|by|from|at|on|among)\s+)?(?:who|whom|whose|which|where)\b(?:[^,;—]|,(?=\d))*"
                      r"(?:(?:,\s+" + _REL_ITEM + _REL_TAIL + r")*,?\s+and\s+" + _REL_ITEM + _REL_TAIL + r"(?=,))?,")


def _outside_appositions(text: str, args: list[Arg], cs: int, actors: ArticleActors, titles: re.Pattern) -> list[Arg]:
    """Leave out mentions inside a title apposition after a person ("Richard Grenell, President
    Donald Trump's envoy for special missions, met ..."): the person is the one who acts."""
    drop = set()
    for a in args:
        if a.pronoun or actors.actors[a.key].actor_type != "person":
            continue
        m = re.match(r",\s+([^,;]{3,80}?),", text[a.end:])
        if not m or not titles.search(m.group(1)):
            continue
        s, e = a.end + m.start(1), a.end + m.end(1)
        if s <= cs < e:
            continue
        drop.update(id(b) for b in args if s <= b.start < e)
    return [a for a in args if id(a) not in drop]

INDEFINITE_APPOSITION = re.compile(r",\s+(?:a|an)\s+[^,;\"“]{1,80},")


def _outside_relatives(text: str, args: list[Arg], cs: int) -> list[Arg]:
    """Leave out mentions inside a relative clause (", who has ruled Belarus since 1994,") that
    does not contain the cue: they are not the cue's arguments."""
    spans = [(m.start() + 1, m.end()) for m in RELATIVE.finditer(text) if not (m.start() <= cs < m.end())]
    # ("The Pastoral de Movilidad Humana, a Catholic Church body that assists returnees, urged ...": a
    # name inside an indefinite apposition describes the actor before it)
    spans += [(m.start() + 1, m.end()) for m in INDEFINITE_APPOSITION.finditer(text)
              if not (m.start() <= cs < m.end()) and any(a.end == m.start() and not a.pronoun for a in args)]
    if not spans:
        return args
    return [a for a in args if not any(s <= a.start < e for s, e in spans)]


def _arguments(text, cs, ce, cue: Cue, args: list[Arg], actors: ArticleActors, clause_s, clause_e, forced_src=None,
               focal=()):
    if cue.type in {"ASSAULT", "COERCE"} and REASON_BEFORE.search(text, 0, cs) \
            and not re.match(r"\s+(?:\w+\s+)?(?:by|from)\s", text[ce:]):
        return None  # "suspended talks, citing attacks on civilians": the reason is not the subject's act
    before = [a for a in args if clause_s <= a.start and a.end <= cs]
    lb = None
    for lb in LED_BY.finditer(text, 0, cs):
        pass
    if lb is not None and any(a.end <= lb.start() for a in before) \
            and (any(a.end <= lb.start() and re.fullmatch(r"[\s,]*", text[a.end:lb.start()]) for a in before)
                 or not any(a.start >= lb.end() and SUBJECT_GAP.fullmatch(text[a.end:cs]) for a in args)):
        # "a Mexican delegation led by the foreign minister held talks": the delegation acts
        before = [a for a in before if a.end <= lb.start()]
    elif lb is not None and cue.pos == "v" and (led := [a for a in before if a.start >= lb.end() and SUBJECT_GAP.fullmatch(text[a.end:cs])]):
        # "after soldiers led by General Tiani ousted Bazoum": the group led is no actor the
        # extractor names; its leader is the one who acts
        forced_src = forced_src or led[0].key
    # "X said (that) Y ...": an act inside the reported clause is Y's, unless the clause opens with
    # a pronoun that takes X back ("X said it would ...")
    sp = None
    for sp in REPORT.finditer(text, 0, cs):
        pass
    for rt in REPORT_THAT.finditer(text, 0, cs):
        if sp is None or rt.end() > sp.end():
            sp = rt  # "said in a report published on Thursday that soldiers killed ...": the clause after "that"
    no_subject = False  # the clause's subject is named but is no actor: no other actor stands in for it
    if before and SAY_BETWEEN.fullmatch(text[before[-1].end:cs]):
        before, no_subject = [], True  # "drones, which rights groups say have killed civilians": the sayer is not the doer
    if sp is not None and before and not re.match(r"\s*(?:(?:on|late on|early on|last|this)\s+\w+,?\s+)?(?:that\s+)?(?:it|they|he|she|we|I)\b",
                                                  text[sp.end():]):
        inner = [a for a in before if a.start >= sp.end()]
        if inner or re.match(r"\s*(?:that\s+)?(?:a|an|the)\b", text[sp.end():]) or sp.re is REPORT_THAT:
            before = inner
            # (a report of killings whose doer is no actor is not the reporter's act)
            no_subject = no_subject or (sp.re is REPORT_THAT and not inner and cue.type in {"ASSAULT", "COERCE"})
    seg_end = _segment_end(text, ce)
    after = [a for a in args if ce <= a.start and a.start < min(seg_end, clause_e)]
    after_clause = [a for a in args if ce <= a.start and a.start < clause_e]
    prev = _words_before(text, cs, 3)
    src = tgt = None
    # passive: "was criticized by X"
    # "was criticized by X", "signed in Jakarta on April 1 by X and Y": the agent after place and time
    by = re.match(r"\s+(?:\w+\s+)?by\s+", text[ce:]) or re.match(r"\s+to\s+(?:death|prison|jail)\s+by\s+", text[ce:]) or re.match(
        r"\s+(?:(?:in|on|at|during|last|earlier|this)\s+(?:[\w\-]+,?\s+){1,3}?){1,2}by\s+", text[ce:])
    # "was suspending" is progressive, not passive; "was ready to sign" no passive at all
    # ("there were clashes": a plural noun after "were", not a participle)
    # ("Malaysia was committed to starting services": being committed to something is a commitment)
    participle = not text[cs:ce].lower().endswith(("ing", "es")) and "commitment" not in cue.flags \
        and not (cue.cue == "commit" and re.match(r"\s+(?:\w+ly\s+)?to\b", text[ce:]))
    # a phrase cue that opens with a participle ("sent back", "taken into custody") is verbal too
    verbal = cue.pos == "v" or (cue.pos == "p" and bool(re.match(r"[a-z]+(?:ed|en|nt|wn|ught|ot)\b", text[cs:ce].lower())))
    # (without an auxiliary the agent follows the participle directly or after a place and time:
    # "signed in Jakarta by X"; "rejected claims by X" is active, its object's maker named)
    passive = verbal and by and participle and (any(w in PASSIVE_AUX for w in prev[-2:])
                                                       or text[cs:ce].lower().endswith("ed")
                                                       and not re.match(r"\s+[a-z]+\s+by\s", text[ce:]))
    p1 = prev[-1] if prev else ""
    # ("fighters killed at least 12 civilians": "at least" counts the object, it names no place)
    nxt = re.match(r"\s+(?!at\s+(?:least|most)\b|over\s+\d)(\w+)", text[ce:])
    reduced = (cue.type in {"COERCE", "SANCTION", "ASSAULT"} and text[cs:ce].lower().endswith("ed") and p1.isalpha()
               and p1.islower() and p1 not in VERB_MARKERS | PASSIVE_AUX | PREPOSITIONS and not p1.endswith("ly")
               and not any(0 <= cs - a.end <= 1 for a in args)
               and bool(nxt) and nxt.group(1) in {"in", "at", "since", "without", "for", "on", "after", "over", "last"})
    if verbal and not by and participle and (any(w in PASSIVE_AUX for w in prev[-2:]) or reduced) and forced_src is None:
        # "the Serbian government announced that several Croatian officials would be denied entry": a
        # government announcing a measure of its own is the one who takes it
        ann = ANNOUNCED_THAT.search(text, 0, cs)
        ann_subj = [a for a in args if ann and clause_s <= a.start and a.end <= ann.start() and not a.in_pp
                    and re.fullmatch(r"\s*(?:(?:has|have|had|also|on \w+)\s+)*", text[a.end:ann.start()])] if ann else []
        announcer = actors.state_of(ann_subj[-1].key) if ann_subj and not re.search(r"[;.]", text[ann.end():cs]) else None
        if cue.type not in {"COERCE", "SANCTION", "ASSAULT"} and not (cue.type == "REJECT" and announcer):
            return None  # "when it was signed": the actor is not stated
        # agentless passive ("Bialiatski, who was arrested two years ago"): the subject is acted
        # upon; the actor is the state where it happened, else the article's main state
        subj = [a for a in before if not a.in_pp and not a.possessive and PASSIVE_GAP.fullmatch(text[a.end:cs])]
        if not subj:
            return None
        tgt = subj[-1].key
        # ("left at the Ugandan border": a demonym before a place noun is no place where it happened)
        where = [a for a in after if a.key.startswith("state:") and not a.adjective and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[:a.start])]
        src = where[0].key if where else announcer or next((k for k in list(focal)[:1] if k != tgt), None)
        if src is None or src == tgt or _own_state(actors, tgt, src) and not where:
            return None
        if cue.type == "ASSAULT" and _home_state(actors, tgt) == src:
            return None  # "40 Chadian soldiers were killed": a state does not attack its own soldiers or people
        return src, tgt
    bm = re.match(r"\s+(?:[\w'’\-]+\s+){0,3}?between\s+", text[ce:]) if cue.pos in ("n", "p") else None
    if bm and (cue.type in RECIPROCAL or "mutual" in cue.flags):
        # "talks between X and Y", "a meeting in Lima between X and his counterpart, Y"
        inside = [a for a in args if a.start >= ce + bm.end() - 1 and a.start < clause_e and not a.possessive and not a.adjective]
        if inside and inside[0].pair:
            return inside[0].key, inside[0].pair
        if inside:
            and_pos = text.find(" and ", inside[0].end)
            second = [a for a in inside[1:] if and_pos >= 0 and a.start > and_pos and a.key != inside[0].key]
            if second:
                return inside[0].key, second[0].key
    if passive:
        agents = [a for a in args if a.start >= ce + by.end() - 1 and not a.possessive][:2]
        if len(agents) == 2 and agents[0].adjective and re.fullmatch(r"\s+(?:[a-z\-]+\s+){1,3}", text[agents[0].end:agents[1].start]):
            agents = agents[1:]  # "by the Spanish rights group Caminando Fronteras": the named head, not the adjective
        agents = agents[:1]
        if agents:
            src = agents[0].key
            subj = [a for a in before if not a.in_pp]
            tgt = subj[-1].key if subj else None
    elif cue.pos == "n" and (ob := re.match(r"\s+of\s+(?:[\w'’\-]+\s+){1,5}?by\s+(?:the\s+)?", text[ce:])):
        # "the expulsion of a foreign envoy by Washington", "the arrest of two journalists by police":
        # the agent follows "by", the one acted upon "of"
        agents = [a for a in args if a.start == ce + ob.end()]
        if agents:
            src = agents[0].key
            inner = [a for a in args if ce < a.start < ce + ob.end() and not a.adjective and a.key != src]
            tgt = inner[0].key if inner else None
            if tgt is None and ("needs_target" in cue.flags or cue.type in DYADIC):
                return None
    elif cue.pos in ("n", "p") and "stative" not in cue.flags and re.match(r"\s+(?:of\s+[a-z\-]+\s+)?(?:\w+\s+)?(?:from|by)\s+", text[ce:]):
        # "criticism from X", "a threat of retaliation from Moscow": the agent follows "from"/"by"
        m = re.match(r"\s+(?:of\s+[a-z\-]+\s+)?(?:\w+\s+)?(?:from|by)\s+", text[ce:])
        agents = [a for a in args if a.start == ce + m.end()]
        if agents:
            src = agents[0].key
            subj = [a for a in before if not a.in_pp]
            tgt = subj[0].key if subj else None
    if src is None and forced_src is not None:
        src = forced_src
        tgt = _target(text, ce, cue, args, after, after_clause, src, actors, cs)
        if tgt is None and "object" in cue.flags and cue.cue not in IMPLICIT_OBJECT:
            return None
    rel_head = None
    rm = None
    for rm in REL_START.finditer(text, 0, cs):
        pass
    if rm is not None and "," not in text[rm.end():cs]:
        heads = [a for a in args if a.end <= rm.start() and re.fullmatch(r"\s*", text[a.end:rm.start()])]
        rel_head = heads[-1] if heads else None
    if src is None:
        poss = [a for a in before if a.possessive and a.end >= cs - 12 and text[a.end:cs].strip(" '’s").split() == []]
        participle = bool(re.search(r",\s*[\"”’']?\s*$", text[:cs])) and text[cs:ce].lower().endswith("ing")
        subj = [a for a in args if not a.in_pp and a.start < cs and not a.pronoun or (a.pronoun and a.start < cs and not a.in_pp)]
        if cue.pos == "n" and poss:
            src = poss[-1].key
        elif participle and subj:
            src = subj[0].key
        else:
            not_pp = [a for a in before if not a.in_pp and not (a.possessive and (pn := NOUN_AFTER_POSS.match(text, a.end)) and pn.end() <= cs)]
            adjacent = [a for a in before if SUBJECT_GAP.fullmatch(text[a.end:cs]) and not a.possessive
                        and (not a.in_pp or (_words_before(text, a.start, 1) or [""])[-1] in SUBORDINATORS)]
            if adjacent and cue.pos != "n":
                src = adjacent[-1].key  # "after Beijing agreed": the noun phrase right before a verb is its subject
            elif rel_head is not None and cue.pos != "n" and rel_head.in_pp:
                src = rel_head.key  # "mediated by Qatar, which hosted X": the relative's antecedent, even inside a PP
            elif not_pp and not re.search(r"\b(?:after|before|(?<!has )(?<!have )(?<!had )since|when|while|because|once|until|unless)\s+(?:[\w'’\-]+\s+){0,3}$",
                                          text[not_pp[-1].end:cs]) \
                    and not re.search(r"\b(?:after|before|when|while|because|once|until|unless)\s+(?:a|an|the|some|two|three|several)\s+"
                                      r"(?:[a-z\-]+\s+){0,2}[a-z]+ed\s+[^,;]{0,60}?\band\s+$", text[not_pp[-1].end:cs]):
                # ("18 months after a gunman stormed the building and killed its head of security": the
                # second verb of the subordinate clause is the gunman's too)
                # "sanctions on Niger after soldiers ousted X": a subordinate clause whose subject is
                # no actor is not the main clause's actor's act
                src = not_pp[-1].key
            elif rel_head is not None:
                src = rel_head.key  # "Meloni, who was in Beirut for talks with X": the relative's antecedent
            elif before and re.search(r"\b(?:from|of|by)\s+(?:the\s+)?$", text[:before[-1].start]) and not before[-1].possessive \
                    and not re.search(r"\b(?:[a-z]+ed|came|fled|went|ran)\s+(?:from|of)\s+(?:the\s+)?$", text[:before[-1].start]) \
                    and not re.search(r"\b(?!(?:led|headed)\b)[a-z]+ed\s+by\s+(?:the\s+)?$", text[:before[-1].start]):
                # (not "raiders who crossed from Ethiopia's Oromia region attacked ...": a place they came
                # from; nor "the plan announced by Seoul ..., a foundation will pay": the agent of a
                # participle; but "the team, led by X, met ...": its leader)
                src = before[-1].key  # "statements from X noted ...": the speaker behind the noun
            elif subj and not before and not no_subject:
                src = subj[0].key
        if src is None:
            return None
        tgt = _target(text, ce, cue, args, after, after_clause, src, actors, cs)
        if tgt is None and "object" in cue.flags and cue.cue not in IMPLICIT_OBJECT:
            return None
    if src == tgt or (tgt and _own_state(actors, src, tgt)):
        tgt = None
        if "object" in cue.flags and cue.cue not in IMPLICIT_OBJECT:
            return None
    return src, tgt


def _object_head(text: str, ce: int, g: re.Match) -> bool:
    """Whether a match for "the government of / in" heads the verb's object ("urged the
    authorities of Mali", "asked the military government in Niamey")."""
    return g.start() <= ce + 1 or bool(re.fullmatch(r"\s+(?:the|its|their|a)\s+(?:[a-z\-]+\s+)?", text[ce:g.start()]))

# "at the border crossing between Zambia and Congo": states that locate a place are no target
PLACE_BETWEEN = re.compile(r"\b(?:borders?|crossings?|frontier|bridge|road|highway|railway|corridor|river|boundary|line|zone|"
                           r"checkpoint|waters|strait)\s+between\s+(?:the\s+)?(?:[^,;]{0,60}?\s+and\s+(?:the\s+)?)?$")
ROLE_BETWEEN = re.compile(r"\s+(?:[a-z\-]+\s+)?(?:justice|judge|spokes(?:man|woman|person)|official|chief|commander|"
                          r"member|lawmaker|head|director|prosecutor|chairman|chairwoman|chair|leader|envoy)\s+")


def _target(text, ce, cue: Cue, args, after, after_clause, src, actors, cs):
    # "he" and "she" are subjects, never the object of an act ("arrested the gunman and said he had
    # acted alone": "he" opens another clause)
    after = [a for a in after if not (a.pronoun and text[a.start:a.end].lower() in ("he", "she"))]
    after_clause = [a for a in after_clause if not (a.pronoun and text[a.start:a.end].lower() in ("he", "she"))]
    # "sanctions on Supreme Federal Court justice Alexandre de Moraes": an organization that names
    # the office of the person after it is no object of its own
    held = {a.key for a in after for b in after if a.end < b.start and actors.actors[a.key].actor_type == "organization"
            and actors.actors[b.key].actor_type == "person" and ROLE_BETWEEN.fullmatch(text[a.end:b.start])}
    after = [a for a in after if a.key not in held and not PLACE_BETWEEN.search(text, ce, a.start)]
    after_clause = [a for a in after_clause if a.key not in held and not PLACE_BETWEEN.search(text, ce, a.start)]
    # "arrested its director, Ulvi Hasanli", "expelled the embassy's spokesman, X": the person the
    # object phrase names in apposition
    ap = re.match(r"\s+(?:its|his|her|their|the)\s+(?:[\w\-]+['’]s\s+)?(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+", text[ce:])
    if ap and cue.pos != "n":
        named = [a for a in args if a.start == ce + ap.end() and not a.pronoun and a.key != src
                 and actors.actors[a.key].actor_type == "person"]
        if named:
            return named[0].key
    if "object" in cue.flags:
        m = re.match(r"\s+(?:(?:the|a|an|its|their|his|her|both)\s+)?", text[ce:])
        first = [a for a in args if a.start == ce + (m.end() if m else 0) or (a.pair and a.start == ce + 1)
                 # "asked the central government in Madrid", "urged the authorities of Mali": the state
                 or a.key.startswith("state:") and any(_object_head(text, ce, g) and g.end() == a.start for g in (
                     GOVERNMENT_IN.search(text, ce, a.start), GOVERNMENT_OF.search(text, ce, a.start)) if g)
                 # "asked the government of President Nicolás Maduro": the head it is named by
                 or actors.state_of(a.key) and actors.actors[a.key].actor_type == "person"
                 and (g := GOVERNMENT_OF.search(text, ce, a.start)) is not None and _object_head(text, ce, g)
                 and re.fullmatch(r"(?:[A-Z][\w\-]*\.?\s+){0,3}", text[g.end():a.start])]
        return first[0].key if first and first[0].key != src else None
    with_arg = [a for a in after_clause if re.search(r"\bwith\s+(?:\w+['’]s\s+)?$", text[:a.start])]
    if cue.mode == "visit" and cue.pos != "n":
        # "travelled to Tunis with the Italian prime minister": the place is visited, "with" names company
        pool = [a for a in after if not _companion(text, ce, a)]
    else:
        pool = with_arg + after if cue.type == "CONSULT" else after
    # the object of a gerund is not the cue's target: "accused the police of beating detainees"
    pool = [a for a in pool if not re.search(r"\b(?:of|for|in|by|from|without|after|before)\s+\w+ing\s+(?:(?:the|a|an|its|their)\s+)?$",
                                            text[ce:a.start])]
    if "complement" in cue.flags:
        # "agreed to open a corridor for migrants": what follows "to"/"that" is the content, except
        # the direct object of its verb ("agreed to consult Canberra")
        # "to" before a noun phrase is a preposition ("appealed to the CSTO", "appealed to Moscow")
        cm = re.match(r"\s+(?:(?:on|in|last|this|next|earlier|later)\s+\w+\s+|\w+ly\s+)?(?:to(?!\s+(?:the|a|an|its|their|his|her|[A-Z]))|that)\b", text[ce:])
        if cm:
            # ... or the partner of the agreed act ("agreed to open talks with Moldova")
            pool = [a for a in pool if (cue.type == "THREATEN" and re.search(r"\bagainst\s+(?:[\w\-]+\s+){0,4}?$", text[:a.start]))
                    or cue.type == "AGREE" and (
                re.fullmatch(r"to\s+[a-z]+\s+(?:the\s+)?", text[ce + cm.end() - 2:a.start])
                or re.fullmatch(r"to\s+[a-z]+(?:\s+[a-z\-]+){0,3}\s+with\s+(?:the\s+)?", text[ce + cm.end() - 2:a.start]))]
    if cue.type == "COOPERATE":
        # "share intelligence on smuggling networks", "joint operations against the ADF": what the
        # partners work on or against is no partner
        pool = [a for a in pool if not re.search(r"\b(?:on|about|against|targeting|into)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", text[:a.start])]
    if cue.type == "CONSULT" and cue.mode != "visit":
        # "last met in Brussels", "expected to meet in Washington": the place of a meeting is not a party
        pool = [a for a in pool if not (re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[:a.start])
                                        and actors.actors[a.key].actor_type == "state")]
    if cue.type == "MOBILIZE":
        # forces are moved against or towards someone, not "deployed 10,000 National Guard troops";
        # forces arriving somewhere arrive in that country
        where = r"against|toward|towards|border with|near|into|around" + (r"|in|to" if cue.cue == "arrive" else "")
        pool = [a for a in pool if re.search(r"\b(?:" + where + r")\s+(?:the\s+)?$", text[:a.start])
                or cue.cue == "violate airspace" and re.match(r"(?:['’]s)?\s+(?:[A-Z][\w\-]+\s+)?air\s?space\b", text[a.end:])]
    if cue.type == "PROTEST":
        # "marched in Lusaka": where a protest happens is not whom it is against
        # but "protested outside the Belizean embassy": a protest at a state's mission is against that state
        pool = [a for a in pool if not re.search(r"\b(?:in|across|through|around|into|streets of|outside)\s+(?:the\s+)?(?:capital,?\s+)?$", text[:a.start])
                or (actors.actors[a.key].actor_type == "state" and (re.match(r"(?:['’]s)?\s+(?:embassy|consulate|high commission|mission)\b", text[a.end:])
                                                                     or re.search(r"\b(?:embassy|consulate)$", text[a.start:a.end], re.I)))]
    if cue.mode == "deport":
        # "deported 28 men to Afghanistan", "a deportation flight to Algeria": the state people are
        # sent to is where they go, not whom the deportation is done to (the people are)
        pool = [a for a in pool if not (re.search(r"\b(?:to|into|for)\s+(?:the\s+)?$", text[:a.start])
                                        and actors.actors[a.key].actor_type == "state")]
    if cue.type in {"ACCUSE", "SANCTION", "ASSAULT", "PROTEST", "THREATEN"}:
        # "filing complaints at the WTO against Poland": the party named after "against" is the target
        against = [a for a in pool if re.search(r"\bagainst\s+(?:the\s+)?$", text[:a.start])]
        pool = against + [a for a in pool if a not in against]
    if cue.pos == "n" or (cue.pos == "p" and " " not in cue.cue):
        # a noun's party follows a linking preposition ("talks with X", "sanctions on X", "aid to X");
        # an actor deeper in its complement ("cooperation in deporting migrants") is not its target
        pool = [a for a in pool if (re.search(r"\b(?:with|to|from|on|against|between|toward|towards|by|of)\s+(?:the\s+)?$", text[:a.start])
                                    # "humanitarian assistance for the refugees": aid goes to whom it is for
                                    or cue.type in {"AID", "AGREE"} and re.search(r"\bfor\s+(?:the\s+)?$", text[:a.start])
                                    # "strikes on nine sites in Pakistan": force on places in a state hits that state
                                    or cue.type == "ASSAULT" and re.search(r"\bon\s+(?:[\w\-]+\s+){0,3}?(?:sites|targets|positions|bases|camps|"
                                                                           r"facilities|areas|villages|towns|cities|border posts)\s+in\s+(?:the\s+)?$",
                                                                           text[:a.start]))
                and len(WORD.findall(text[ce:a.start])) <= 6]
    else:
        # a verb's party is its object or sits behind a linking preposition near it, not deep in a
        # complement ("demanding an end to a system that reserves jobs for descendants of veterans")
        pool = [a for a in pool if len(re.findall(r"[A-Za-z]+", text[ce:a.start])) <= 8
                or re.search(r"\b(?:with|to|on|against|from|toward|towards)\s+(?:the\s+)?$", text[:a.start])]
    sa = actors.actors.get(src)
    force = sa is not None and sa.actor_type in ("group", "organization") and bool(FORCE_GROUP.search(sa.name))
    for a in pool:
        if a.adjective and any(b.start > a.end and not b.pronoun and re.fullmatch(r"\s+(?:[a-z\-]+\s+){1,4}", text[a.end:b.start])
                               for b in args):
            continue  # "raided the office of the Russian state news agency Sputnik": the named head, not the adjective
        if force and actors.actors[a.key].actor_type == "state" and re.search(r"\b(?:in|across|inside|within|throughout)\s+(?:the\s+)?$",
                                                                               text[:a.start]):
            continue  # "police opened fire ... in the deadliest day of protests in Nepal": where forces act
        if a.key != src and not _own_state(actors, src, a.key):
            return a.key
    if cue.type in {"ASSAULT", "COERCE"} and cue.pos != "n":
        # force used on people further on in the clause: "fired tear gas ... at protesters", "used
        # water cannon ... to disperse thousands of demonstrators", "to disperse them"
        for a in after_clause:
            if a.key != src and actors.actors[a.key].actor_type in ("group", "person") and re.search(
                    r"\b(?:disperse|dispersing|dispersed|at|on|into)\s+(?:the\s+)?(?:(?:thousands|hundreds|dozens|crowds|groups) of\s+)?$",
                    text[:a.start]):
                return a.key
    if cue.pos == "n" and cue.type in {"AGREE", "COOPERATE"}:
        others = [a for a in args if a.key != src and not _own_state(actors, src, a.key) and a.end <= cs]
        return others[-1].key if others else None
    return None


def _companion(text: str, ce: int, a: Arg) -> bool:
    """Whether ``a`` follows "with" after a travel cue ("travelled to Tunis with X and Y")."""
    gap = text[ce:a.start]
    # "with" right after the destination; "arrived for talks with X", "arrived ... to discuss
    # migration with X": X is met, not company
    return (bool(re.fullmatch(r"\s+(?:(?:in|to)\s+)?(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}with\s+(?:[\w'’\-]+\s+){0,4}", gap))
            and not a.adjective)


def _speaks_of_itself(text: str, ce: int, src: str, args: list[Arg], actors: ArticleActors) -> bool:
    """Whether the clause after "warned that" has the warner (or a pronoun for it) as subject."""
    m = re.match(r"\s+(?:on \w+ )?that\s+", text[ce:])
    start = ce + m.end()
    if re.match(r"(?:it|they|we|he|she)\b", text[start:], re.I):
        return True
    first = [a for a in args if a.start >= start and not a.pronoun]
    if not first or first[0].start - start > 20:
        return False
    k = first[0].key
    return k == src or k == actors.state_of(src) or (actors.state_of(k) is not None and actors.state_of(k) == actors.state_of(src))


FORCES = re.compile(r"\b(?:police|army|military|ministry|forces|guards?|troops|soldiers|gendarmes)\b", re.I)


def _can_protest(actors: ArticleActors, src: str) -> bool:
    a = actors.actors.get(src)
    if a is None or a.actor_type == "state" or actors.state_of(src):
        return False
    if a.actor_type == "person" and a.role:
        return False  # an official "summoned ... to protest" protests diplomatically (ACCUSE), not in the street
    return not (a.actor_type in ("organization", "group") and FORCES.search(a.name))


def _own_state(actors: ArticleActors, src: str, tgt: str) -> bool:
    a = actors.actors.get(src)
    # an official's own state; an untitled person or a party leader may well act towards their state
    return bool(a and a.actor_type == "person" and a.country_code and (a.acts_for_state or not a.role)
                and tgt == f"state:{a.country_code}")


def _modality(text: str, cs: int, cue: Cue, src: str, args: list[Arg]) -> str:
    if "refusal" in cue.flags or "commitment" in cue.flags:
        return "reported" if REPORTED.search(text[:cs]) else "asserted"
    window = text[max(0, cs - 40):cs]
    window = window[max(window.rfind(","), window.rfind(";")) + 1:] if cue.pos != "n" else window
    if NEGATION.search(window) or re.search(r"\b(?:denied|deny|denies)\b", window, re.I):
        return "negated"
    if SPECULATIVE.search(window):
        return "speculative"
    head = text[:cs]
    if REPORTED.search(head):
        return "reported"
    sm = None
    for sm in SAID.finditer(head):
        pass
    if sm is not None:
        speaker = [a for a in args if a.end <= sm.start()]
        if speaker and speaker[-1].key != src:
            return "reported"
    if "proposed" in cue.flags:
        return "proposed"
    return "asserted"


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation (an odd number of quote marks before it)."""
    head = text[:pos]
    return (head.count('"') % 2 == 1) or head.count("“") > head.count("”")


def _date_for(text: str, dates: list[DateExpr], cs: int, clause_s: int, clause_e: int):
    quoted = _quoted(text, cs)
    usable = [d for d in dates if d.date is not None and _quoted(text, d.start) == quoted]
    inside = [d for d in usable if clause_s <= d.start < clause_e]
    pool = inside or usable
    if not pool:
        return None, "unknown"
    d = min(pool, key=lambda d: abs(d.start - cs))
    return d.date, d.precision


def _location(text, args: list[Arg], actors: ArticleActors, cs, clause_s, clause_e, cue_type, tgt) -> str | None:
    for a in sorted(args, key=lambda a: abs(a.start - cs)):
        if not (clause_s <= a.start < clause_e) or a.pronoun:
            continue
        if not a.key.startswith("state:"):
            continue
        if re.search(r"\b(?:in|at|inside|across|within)\s+(?:the\s+)?$", text[:a.start]):
            return a.key[6:]
        if cue_type == "CONSULT" and re.search(r"\b(?:to|in)\s+(?:the\s+)?$", text[:a.start]):
            return a.key[6:]
    if cue_type == "CONSULT" and tgt and tgt.startswith("state:"):
        return tgt[6:]
    return None
