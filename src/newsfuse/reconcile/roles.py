"""What a counted quantity is *about*: its role in the sentence ("two injured", "14 fired").

Two reports can only disagree about the same question. "14 rockets" and "2 rockets" are not a
conflict if one is about rockets fired at the base and the other about rockets shot down, and
"two" and "nine" people are not a conflict if one counts the injured and the other the dead.
The role is the nearest cue word around the quantity, within its sentence: reporters put the
verb right next to the count ("two people were injured", "killing three", "fired 30 rockets").

Prison terms ("sentenced to 10 years") are a role too: outlets misreport them, and a term that is
only faced or sought is left out. So are sums of money paid, owed or offered (a fine, a
settlement, bail, a reward, a ransom), again only when handed down, not when sought or possible.
And so are an outbreak's ill ("2,254 confirmed cases", "Vietnam has confirmed 26 people
infected", "bringing the total to 68"), only in a sentence of a disease, never of a court's
cases: a count that rises as the outbreak spreads, like a toll (`RISING_ROLES`).

Only roles listed here can open a conflict; a count without one ("hundreds of troops are
stationed") is reported as a fact at most. Precision over recall: a false conflict costs a
reader's trust, a missed one costs a line.
"""

from __future__ import annotations

import re

from newsfuse.extract.dates import MONTH
from newsfuse.extract.ner import title_case
from newsfuse.extract.numbers import DIGITS, WORD_NUMBER
from newsfuse.extract.quantities import (
    CASUALTY_VERB_AFTER,
    CASUALTY_VERB_BEFORE,
    PERSON_KINDS,
    Quantity,
)
from newsfuse.models import Sentence

# Units that are fired (a weapon role); people units come from the quantity extractor.
WEAPONS = frozenset({"rocket", "drone", "shell", "mortar", "grenade", "bomb", "round", "shot"})

# Taken to hospital: hurt, but in an outbreak ill (`_cue_counts`).
_TO_HOSPITAL = r"hospitali[sz]ed|(?:taken|rushed|airlifted|flown) to (?:a |the )?hospitals?"

_CUES: dict[str, re.Pattern[str]] = {
    # "lives" lost, not the verb ("he lives with his wife and two children")
    "killed": re.compile(
        r"\b(?:kill\w*|massacr\w*|dead|died|dies|death\w*|fatalit\w*|slain|toll(?!-free)|lives\s+of"
        r"|(?:their|his|her|lost|claimed|cost|took|taken|claiming|costing|\d[\d,]*)\s+lives)\b",
        re.I,
    ),
    "injured": re.compile(
        rf"\b(?:injur\w*|wound\w*|hurt|concussion\w*|casualt\w*|{_TO_HOSPITAL})\b", re.I
    ),
    # shot or stabbed, and not said to have died or been hurt right after: a count of its
    # own ("three people were stabbed" in one report, "two" in an earlier one); a shot after
    # a determiner is a noun ("got a shot", "the booster shot")
    "shot": re.compile(
        r"(?<!\ba )(?<!\bthe )(?<!\bone )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bmug )"
        r"(?<!\bflu )(?<!\bbooster )(?<!\bvaccine )(?<!\bfirst )(?<!\bsecond )(?<!\bthird )"
        r"\bshot\b(?!\s+(?:and\s+(?:killed|wounded|injured)|dead|to death))",
        re.I,
    ),
    "stabbed": re.compile(r"\bstabbed\b(?!\s+(?:and\s+(?:killed|wounded|injured)|to death))", re.I),
    # not a warrant: "will request arrest warrants against three people" arrests no one
    "arrested": re.compile(r"\b(?:arrest\w*(?!\s+warrants?\b)|detain\w*|custody)\b", re.I),
    # ill in an outbreak (`_in_outbreak`): "Vietnam has confirmed 26 people infected", "three
    # crew members were diagnosed with the H1N1 flu virus"; counts of cases are `_ill_count`'s.
    # Not ill or else: "130 officers are said to be infected with coronavirus or quarantining".
    "infected": re.compile(
        r"\b(?:infected|infecting|diagnosed|tested\s+positive)\b(?![^.;,]{0,30}\bor\b)", re.I
    ),
    "missing": re.compile(r"\bmissing\b", re.I),
    # driven from their homes or their country, each in its own words: "1,900 U.S. citizens
    # have been evacuated", "200,000 people have fled Libya", "displaced", "made homeless"
    # (not "evacuation routes")
    "evacuated": re.compile(r"\b(?:evacuated|evacuees)\b", re.I),
    "fled": re.compile(r"\b(?:fled|flee(?:s|ing)?)\b", re.I),
    "displaced": re.compile(r"\b(?:displaced|homeless|uprooted)\b", re.I),
    "sentenced": re.compile(r"\bsentenc\w*\b", re.I),
    "fired": re.compile(
        r"\b(?:fire[sd]?|firing|launch\w*|landed|land|hit|struck|strikes?|target\w*|barrage|"
        r"attack\w*|rain\w*)\b",
        re.I,
    ),
}
# The counts the event record shows as its casualties.
CASUALTY_ROLES = ("killed", "injured")
# Counts that rise as a story goes on: a running total ("to date", "so far") is the event's own,
# and the newest report's total leads (`reconcile._latest_toll`).
RISING_ROLES = (*CASUALTY_ROLES, "infected")
PEOPLE_ROLES = (
    "killed",
    "injured",
    "shot",
    "stabbed",
    "infected",
    "arrested",
    "missing",
    "evacuated",
    "fled",
    "displaced",
)

# Sums of money with a role that outlets report and misreport: what was paid, owed or offered.
CURRENCIES = frozenset({"USD", "EUR", "GBP", "JPY", "AUD", "CAD", "HKD"})
_MONEY_CUES: dict[str, re.Pattern[str]] = {
    "fine": re.compile(r"\b(?:fine[ds]?|fining|penalt(?:y|ies))\b", re.I),
    "settlement": re.compile(r"\bsettle(?:s|d|ment|ments)?\b", re.I),
    # "bond" alone is also a security or a name ("Bond"): only as set or posted bail
    "bail": re.compile(
        r"\b[Bb]ail\b|\b(?:set|sets|posted|post|posts|posting|held on|released on)\b"
        r"[^.;]{0,30}\bbond\b|\bbond (?:was |is |had been )?set\b"
    ),
    "reward": re.compile(r"\breward\b", re.I),
    "ransom": re.compile(r"\bransom\b", re.I),
}

# Bail refused in the sentence that names a sum: the sum is no bail the accused can post.
_NO_BAIL = re.compile(
    r"\b(?:no|without|denied|denies|deny|refused)\s+(?:\w+\s+)?(?:bail|bond)\b", re.I
)

# Prison terms: "sentenced to 10 years". A term someone only faces, could get or is asked for
# ("faces up to 20 years", "prosecutors sought 15 years") is no sentence handed down.
TERMS = frozenset({"year", "month"})
# A sentence that supposes what it counts: "If ...", "Even if ...", "Suppose ...".
_SUPPOSED = re.compile(r"[\"“‘']?(?:If|Even if|Suppose|Supposing|Assuming|Unless)\b")
# (nor is a sum a law only allows: "US law allows for fines of $4,300 per barrel of oil")
_POTENTIAL = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|could|would|might|maximum|up to|seek\w*|sought|ask\w*|"
    r"recommend\w*|request\w*|if convicted|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\b",
    re.I,
)
# A sum per unit is a rate, no sum paid: "$4,300 per barrel", "$500 a day".
_PER_UNIT = re.compile(
    r"\s+(?:per|for\s+(?:each|every))\b|\s+(?:a|an|each)\s+(?:day|night|week|month|year|hour"
    r"|barrel|gallon|litre|liter|ton|tonne|share|head|person|passenger|violation|offence|offense)\b",
    re.I,
)

# How far from the quantity (in characters) a cue word still counts as its verb. "Shot" and
# "stabbed" must be next to it ("shot four people", "three people were stabbed"): further
# off, they are as often said of someone else ("the two men argued and ... he was shot").
WINDOW = 70
# A count's apposition, which a near cue may skip: ", a majority of them foreign workers,".
_APPOSITION = re.compile(r",[^,;.]{1,60},")
# The people aboard a vehicle: "missing" before them is the vehicle's ("went missing on 8 March
# with 239 people on board"), after them theirs ("the 239 people aboard are still missing").
_ABOARD = re.compile(r"\s+(?:on\s+board|onboard|aboard)\b", re.I)
# Cues that must be right by their count: "more than a dozen workers to receive the first
# Americans evacuated" evacuated no workers.
_NEAR_ROLES = {"shot": 20, "stabbed": 20, "evacuated": 25, "fled": 25, "displaced": 25}


# "Others" counts whatever the sentence counted before it: people, unless that was animals
# ("killing one dog and injuring five others").
_ANIMALS = re.compile(
    r"\b(?:dogs?|pupp(?:y|ies)|cats?|horses?|cows?|cattle|sheep|pigs?|goats?|birds?|"
    r"animals?|pets?|livestock|dolphins?|whales?|elephants?|camels?)\b",
    re.I,
)


# A bare number a death toll gives: "the death toll rose to 14", "the toll was about 2,000".
_TOLL_BEFORE = re.compile(r"\b(?:death\s+)?toll\b(?!-free)[^.;]{0,30}$", re.I)


def _counts_people(quantity: Quantity, sentence: Sentence) -> bool:
    if quantity.unit in PERSON_KINDS:
        return True
    if quantity.unit is not None:
        return False
    before = sentence.text[: quantity.start - sentence.start]
    if _TOLL_BEFORE.search(before):
        return True
    if _ANIMALS.search(before):  # "killing one dog and injuring five (others)"
        return False
    if quantity.unit_text == "others" or CASUALTY_VERB_BEFORE.search(before):
        return True
    return quantity.unit_text is None and bool(
        CASUALTY_VERB_AFTER.match(sentence.text, quantity.end - sentence.start)
    )


# Nouns that are the casualties themselves: "nine deaths", "eight fatalities", "12 injuries".
_CASUALTY_NOUNS = {"death": "killed", "fatality": "killed", "injury": "injured"}
# ... unless a rate: "one death in 1,261 cases", "two deaths per 1,000" (not "in 2009", nor
# "in 24 hours", a count over a time).
_RATE_AFTER = re.compile(
    r"\s+(?:in|per|out\s+of|for\s+every)\s+(?:every\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*\b"
    r"(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?)\b)"
)


# Lives are deaths only when lost, taken or claimed: "exploded with the loss of 11 lives" (a
# Timeline17 report of the BP rig, missing from its toll), "claimed 11 lives", "11 lives were
# lost"; not "saved 11 lives", nor "could cost thousands of lives".
_LIVES_TAKEN = re.compile(
    r"\b(?:loss\s+of|lost|losing|claimed|claiming|claims|cost|costing|costs|took|taken|taking)"
    r"\s+(?:(?:the|some|about|nearly|almost|at\s+least|more\s+than|over)\s+)*$",
    re.I,
)
_LIVES_LOST = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?lost\b", re.I)


def _lives_lost(quantity: Quantity, sentence: Sentence) -> bool:
    """Whether a count of lives is a death toll: a verb of loss next to it, no denial or modal."""
    at = quantity.start - sentence.start
    head = sentence.text[max(0, at - 40) : at]
    if _NEGATED.search(head) or _MODAL_BEFORE.search(head):
        return False
    return bool(
        _LIVES_TAKEN.search(head) or _LIVES_LOST.match(sentence.text, quantity.end - sentence.start)
    )


# Bodies found are the dead: "seven bodies had been recovered", "rescuers pulled 12 bodies
# from the rubble" (not "two governing bodies").
_BODIES_FOUND = re.compile(
    r"\b(?:recover\w*|found|pulled|retrieved|discovered|identified|exhumed|washed\s+(?:up|ashore)"
    r"|lay|lying|littered|piled)\b",
    re.I,
)


# A count that owns what follows it counts that: "10 Sandy Hook victims' families" are
# families (who sued), no victims; "three workers' homes" are homes.
_POSSESSOR = re.compile(r"(?:(?<=s)['’]|['’]s)\s+[a-z]")


# The ill of an outbreak counted by their cases or infections: "2,254 confirmed cases across the
# US", "28,774 infections confirmed in 74 countries" (Timeline17 swine flu briefs had no case
# count at all). Not the new ones of a day ("three more confirmed cases", "an additional three
# million cases"), which add to a total, nor the ones only suspected.
_ILL_NOUNS = frozenset({"case", "infection"})
_ADDED = r"more|new|additional|further|fresh|suspected|possible"
_NOT_A_TOTAL = re.compile(rf"(?:{_ADDED})\b", re.I)
_NOT_A_TOTAL_BEFORE = re.compile(rf"\b(?:{_ADDED})\s+$", re.I)
# ... or their running total: "three more confirmed cases ..., bringing the total to 68" (not
# a toll's: "the death toll rose, bringing the total to 12").
_TOTAL_BEFORE = re.compile(r"\btotal\b[^.;,]{0,25}?\s(?:to|of|at)\s+$", re.I)
_CASES = re.compile(r"\b(?:cases?|infections?)\b", re.I)


def _ill_count(quantity: Quantity, sentence: Sentence) -> bool:
    """Whether ``quantity`` counts an outbreak's cases or infections, or gives their total."""
    text, at = sentence.text, quantity.start - sentence.start
    if not _in_outbreak(text):
        return False
    if quantity.unit is None:
        before = text[max(0, at - 60) : at]
        return bool(
            _TOTAL_BEFORE.search(before)
            and _CASES.search(text)
            and not _CUES["killed"].search(before)
        )
    if quantity.unit not in _ILL_NOUNS or _NOT_A_TOTAL.match(quantity.unit_text or ""):
        return False
    head = text[max(0, at - 40) : at]  # "could lead to an additional 3 million malaria cases"
    return not (
        _NEGATED.search(head) or _MODAL_BEFORE.search(head) or _NOT_A_TOTAL_BEFORE.search(head)
    )


def role_of(quantity: Quantity, sentence: Sentence) -> str | None:
    """The role of ``quantity`` in ``sentence``, or None when no cue is near enough."""
    if _SUPPOSED.match(sentence.text):
        return None  # "If there have been hundreds of thousands of cases, then about 100
        # deaths gives a mortality rate of 0.1%": a sum, no toll
    if _POSSESSOR.match(sentence.text, quantity.end - sentence.start):
        return None
    if quantity.unit == "body":
        q_start, q_end = quantity.start - sentence.start, quantity.end - sentence.start
        near = sentence.text[max(0, q_start - 40) : q_end + 40]
        if quantity.unit_text in ("bodies", "body") and _BODIES_FOUND.search(near):
            return "killed"
        return None
    if quantity.unit == "life":
        return "killed" if _lives_lost(quantity, sentence) else None
    if _ill_count(quantity, sentence):
        return "infected"
    if quantity.unit in _CASUALTY_NOUNS:
        head = sentence.text[
            max(0, quantity.start - sentence.start - 25) : quantity.start - sentence.start
        ]
        if _NEGATED.search(head) or _MODAL_BEFORE.search(head):
            return None  # "no deaths", "could have caused thousands of deaths"
        if _RATE_AFTER.match(sentence.text, quantity.end - sentence.start):
            return None  # "instead of being one death in 1,261 cases": a rate
        return _CASUALTY_NOUNS[quantity.unit]
    if _counts_people(quantity, sentence):
        roles = PEOPLE_ROLES
    elif quantity.unit in WEAPONS:
        roles = ("fired",)
    elif quantity.unit in TERMS and not _POTENTIAL.search(sentence.text):
        roles = ("sentenced",)
    elif quantity.unit in CURRENCIES and not _POTENTIAL.search(sentence.text):
        if _GATHERED.search(sentence.text, 0, quantity.start - sentence.start):
            return None  # "raised over $6,000 to help ... cover the costs of the fines"
        if _PER_UNIT.match(sentence.text, quantity.end - sentence.start):
            return None  # "fines of $4,300 per barrel": a rate
        roles = tuple(_MONEY_CUES)
    else:
        return None
    q_start = quantity.start - sentence.start
    if quantity.unit in TERMS and _COMPOUND_TERM.search(sentence.text[:q_start]):
        return None  # "28 years and six months": the months are part of one term
    q_end = quantity.end - sentence.start
    text = sentence.text
    people = roles is PEOPLE_ROLES
    if _GUESS_BEFORE.search(text, max(0, q_start - 40), q_start):
        return None  # "the toll could be as high as 800": a guess, not a count
    if people and _HARMED_OR_HELPED.search(text, 0, q_start):
        return None  # "hit four pedestrians, killing one": the four were hit, not all killed
    if people and _POPULATION.search(text, max(0, q_start - 30), q_start):
        return None  # "the capital, where most of the deaths happened and home to some 20
        # million people": who live there, no toll
    if own := _OWN_VERB.match(text, q_end):
        # its own verb says what happened to it: "two were killed and three people were
        # wounded" (the nearer "killed" is the two's); none of the roles' ("three people were
        # stabbed, ... and 12 were arrested"), then it has none
        owned = [
            role
            for group in ("verb", "then", "state")
            if own.group(group)
            for role in roles
            if (_CUES.get(role) or _MONEY_CUES[role]).match(text, own.start(group))
        ]
        if not owned:
            return None
        roles = owned[:1]
    clause = _active_relative_clause(text, q_end)
    best: tuple[int, int, str] | None = None
    for role in roles:
        for match in (_CUES.get(role) or _MONEY_CUES[role]).finditer(text):
            if match.start() >= q_end:
                distance, before = match.start() - q_end, 0
                if clause and clause[0] <= match.start() < clause[1]:
                    continue  # "47 doctors who treated injured protesters": another's fate
                if clause and match.start() >= clause[1]:
                    distance -= clause[1] - q_end  # the count's own predicate after it
                if _PERPETRATOR.search(text, q_end, match.start()):
                    continue  # "three men suspected of killing a teenager"
                if _someone_elses(text, match):
                    continue  # "200 demonstrators protesting the arrest of an activist"
            elif match.end() <= q_start:
                distance, before = q_start - match.end(), 1
            else:
                continue  # the cue is inside the quantity phrase itself
            if not _cue_counts(text, match):
                continue
            if role == "infected" and not _in_outbreak(text):
                continue  # "two players tested positive for a banned substance"
            if role == "infected" and before and not _INFECTING.search(text, 0, match.end()):
                continue  # "close contact with infected co-workers, according to three people"
            if role == "bail" and _NO_BAIL.search(text):
                continue  # "set no bond for the murder charge and $500 on the child abuse
                # charge": she is held without bail, the sum is one charge's
            if role == "missing" and before and _ABOARD.match(text, q_end):
                continue  # "the missing plane and the 239 people aboard" (`_ABOARD`)
            between = (q_end, match.start()) if before == 0 else (match.end(), q_start)
            if people and _other_count(text, *between):
                continue
            # ties go to the verb after the count: "four were killed and one was injured"
            window = _NEAR_ROLES.get(role, WINDOW)
            if role in _NEAR_ROLES and before == 0:  # "200,000 people, most of them
                aside = _APPOSITION.match(text, q_end, match.start())  # workers, have fled"
                distance -= aside.end() - q_end if aside else 0
            if distance <= window and (best is None or (distance, before) < best[:2]):
                best = (distance, before, role)
    return best[2] if best else None


# Cues that name no casualty of this event: a name ("the Grateful Dead"), a denial ("no one
# was hurt"), a statistic ("a lower risk of death", "the death rate", "the death penalty"), a
# resolve ("appealed for the city's 100,000 people to fight to the death"), a toll that did not
# happen ("Thousands of people could have been killed").
_NEGATED = re.compile(r"\b(?:no one|nobody|none|no|not|never|without)\s+(?:\w+\s+){0,2}$", re.I)
_MODALS = r"could|would|might|may|will|shall"
_NOT_A_CASUALTY_BEFORE = re.compile(
    r"\b(?:risk|chance|odds|threat|fear|cause|causes|rate|rates) of (?:\w+ )?$|\bto the $"
    rf"|\b(?:{_MODALS})\s+(?:not\s+)?(?:have\s+)?(?:been\s+|be\s+)?$",
    re.I,
)
# A count a modal puts forward: "the toll could be as high as 800", "might rise to 50".
_GUESS_BEFORE = re.compile(
    rf"\b(?:{_MODALS})\s+(?:well\s+)?(?:be|reach|rise\s+to|climb\s+to|top|exceed|surpass)\s+$",
    re.I,
)
# A casualty noun's count under a modal: "could have caused hundreds of deaths".
_MODAL_BEFORE = re.compile(rf"\b(?:{_MODALS})\b[^.;]{{0,30}}$", re.I)
_NOT_A_CASUALTY_AT = re.compile(
    r"deaths? (?:rate|rates|penalty|row|sentence|threats?|certificate)\b", re.I
)
_PERPETRATOR = re.compile(
    r"\b(?:(?:suspected|accused|convicted|charged|arrested|jailed|sentenced|indicted|tried) "
    r"(?:of|with|in|for)|of having)\b",  # "accused two members of al Qaeda of having arrested"
    re.I,
)
# A participle of its own: "were stabbed", "were struck" (not "were minor injuries"), unless a
# cue follows it ("were struck and killed", "were found dead").
_OWN_VERB = re.compile(
    r"\s+(?:were|was|are|is|have been|has been|had been)\s+(?:also\s+|\w+ly\s+)?"
    r"(?P<verb>\w+ed|struck|beaten|bitten|caught|held|taken|found|seen|thrown|hurt|dead|slain)\b"
    r"(?:\s+and\s+(?P<then>\w+)|(?<=found)\s+(?P<state>dead)\b)?",
    re.I,
)
# A "who" clause in which the count does something to someone: "Some 47 doctors and nurses who
# treated injured protesters ... were detained" (a Timeline17 brief read "some 47 injured"). A cue
# inside it after its verb is another's fate; the count's own predicate follows the clause. Its
# verb, with the auxiliaries and adverbs before it, is the count's ("two men who died", "seven
# sailors who were missing", "three people who had been injured").
_WHO = re.compile(
    r"(?:\s+and\s+\w+)?\s+who(?P<verb>(?:\s+(?:\w+ly|also|still|then|later|not|never|were|was"
    r"|are|is|be|been|being|have|has|had|will|would|could|may|might))*\s+\w+)\b",
    re.I,
)
_PREDICATE = re.compile(r"\s+(?:were|was|are|is|have been|has been|had been)\s", re.I)


def _active_relative_clause(text: str, end: int) -> tuple[int, int] | None:
    """Where the cues of a "who" clause after a count (`_WHO`) lie: after its verb, up to the
    count's own predicate or the sentence's end."""
    who = _WHO.match(text, end)
    if who is None:
        return None
    predicate = _PREDICATE.search(text, who.end())
    return who.end(), predicate.start() if predicate else len(text)


# Another count between a people count and a cue has the cue to itself: "five children (though
# four had died in infancy)", "Two officers were struck ... killing the suspect". Not a part
# of the count ("eight people, including three children, were injured"), an age ("a
# 34-year-old"), a date or a time ("went missing on 8 March with 239 people on board").
_OTHER_COUNT = re.compile(
    r"(?<!including )(?<!among them )(?<!of whom )(?<!of them )"
    rf"\b(?:{DIGITS}|{WORD_NUMBER}|dozens|hundreds|thousands)\b(?!-year|\s+years?\b)",
    re.I,
)
_DATE_OR_TIME = re.compile(
    rf"{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}|\b(?:1[89]|20)\d\d\b|"
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b"
)


# A cue as a noun with its own "of" names whose fate it is: "About 200 demonstrators
# protesting the arrest of a human rights activist", "marched to protest the killing of a
# teenager" (a Timeline17 brief had "about 200 people arrested"). A count after it is that
# fate's ("the arrest of 12 people"); one before it is not.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|this|that)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _someone_elses(text: str, match: re.Match[str]) -> bool:
    """Whether the cue is a noun whose "of" names the one it happened to."""
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and _OF_AFTER.match(text, match.end())
    )


def _other_count(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a count of its own (`_OTHER_COUNT`)."""
    return bool(_OTHER_COUNT.search(_DATE_OR_TIME.sub(" ", text[start:end])))


# A verb whose object the count is, and that is no role's cue: the people were hit, attacked,
# rescued, sickened; how many of them died or were hurt the sentence says with its own count,
# if at all ("sickened at least 87 people ..., killing nine of them"). (Infected is a cue:
# "H1N1 has infected around 30,000 people".)
_HARMED_OR_HELPED = re.compile(
    r"\b(?:shoots|shooting|stabbing|attacked|assaulted|beat|beaten|beating|hit|struck|rammed|"
    r"rescued|evacuated|freed|saved|released|sickened|sickening|poisoned|"
    r"poisoning)\s+(?:at\s+)?$",
    re.I,
)
# Who live in a place: "home to some 20 million people", "a population of 1.3 million".
_POPULATION = re.compile(
    r"\b(?:home\s+to|population\s+of|inhabited\s+by|populated\s+by)\s+(?:\w+\s+){0,2}$", re.I
)
# A sum gathered for someone is no sum handed down, whatever it pays for.
_GATHERED = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|collect(?:s|ed|ing)?|pledg(?:e|es|ed|ing)"
    r"|crowdfund\w*)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_COMPOUND_TERM = re.compile(r"\b(?:years?|months?) and (?:a |an )?$", re.I)


def _cue_counts(text: str, match: re.Match[str]) -> bool:
    """Whether a cue word found in ``text`` is a casualty of the event (see above)."""
    if match.group()[0].isupper() and text[: match.start()].strip() and not title_case(text):
        return False  # capitalised inside a sentence, not a headline: part of a name
    head = text[max(0, match.start() - 25) : match.start()]
    return not (
        _DISPUTED.search(text, 0, match.start())
        or _NEGATED.search(head)
        or _NOT_A_CASUALTY_BEFORE.search(head)
        or _NOT_A_CASUALTY_AT.match(text, match.start())
        or (_HOSPITAL.match(match.group()) and _ILLNESS.search(text) is not None)
    )


# A cue inside a statement someone denies or wants withdrawn is a disputed claim, no finding:
# "Protesters had demanded that the airline withdraw the statement that all 239 people aboard
# the plane were dead" (a Multi-News brief of the missing MH370 read "239 killed").
_DISPUTED = re.compile(
    r"\b(?:withdr[ae]w\w*|retract\w*|den(?:y|ies|ied|ying)|disput\w*|reject\w*|refut\w*)\s+"
    r"(?:(?:the|a|an|its|their|his|her|earlier|initial)\s+)*(?:statement|claim|report|"
    r"announcement|assertion|allegation|rumou?r)s?\s+that\b[^.;]*$",
    re.I,
)


# Taken to hospital in an outbreak is ill, not injured: "770 people have been hospitalised"
# with swine flu counts no one hurt.
_HOSPITAL = re.compile(_TO_HOSPITAL, re.I)
# Words of a contagious disease; an outbreak's sentence has one or tells of cases confirmed
# ("Venezuela has confirmed at least 45 cases, with no deaths").
_CONTAGION = (
    r"flu|influenza|(?:corona)?virus\w*|infect\w*|outbreaks?|pandemic|epidemic|diseases?"
    r"|H\dN\d|covid\w*|sars|mers|ebola|measles|cholera|mumps|polio|dengue|zika|malaria"
    r"|tuberculosis|meningitis|norovirus|salmonella|listeria|hepatitis|anthrax|plague"
)
_ILLNESS = re.compile(
    rf"\b(?:{_CONTAGION}|ill|illness\w*|sick\w*|symptoms?|cases?|poison\w*|food-borne"
    r"|bacteri\w*)\b",
    re.I,
)
_OUTBREAK = re.compile(rf"\b(?:{_CONTAGION}|confirm\w*)\b", re.I)
# Before its count, infected is a verb only as "has infected" or "infecting": "H1N1 has infected
# around 30,000 people", not "infected co-workers".
_INFECTING = re.compile(r"\b(?:(?:has|have|had)\s+infected|infecting)$", re.I)
# ... and never a court's or a crime's: "the court has heard 45 cases", "cases of fraud".
_LEGAL = re.compile(
    r"\b(?:court\w*|judges?|jury|juries|legal|lawsuits?|lawyers?|attorneys?|criminal|crimes?"
    r"|prosecut\w*|police|convict\w*|abuse\w*|fraud\w*|murders?|homicides?|rapes?|assaults?"
    r"|bankrupt\w*|asylum|immigration)\b",
    re.I,
)


def _in_outbreak(text: str) -> bool:
    """Whether a sentence tells of a contagious disease (`_OUTBREAK`), not of a court (`_LEGAL`)."""
    return bool(_OUTBREAK.search(text)) and not _LEGAL.search(text)
