"""Sentence quality filters: which sentences can stand alone in a summary.

A summary sentence is read without its neighbours, so sentences that are not prose (subheads,
share buttons, links, a broadcast's thanks to its guests), that speak in the writer's voice, or
that are too short or too long to carry one clear statement are kept out, and a sentence that
leans on the one before it ("But it was too late.", "... said Mr. Luu, 41.") is taken only right
after that one. A claim that a short verdict answers ("Biden said ... bankruptcies." | "There
is, a little.") is kept out: the verdict is too short to go with it. Where a sentence stands
counts too (`framed_problems`): a block quote's sentences are someone else's words, as are
those of a quotation carried across paragraphs, and an opinion piece's are a columnist's view.
The filters are tiered so a cluster of poor text still gets a summary: `candidate_masks`
relaxes them step by step.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsfuse.clean.rules import AGENCY
from newsfuse.embed.terms import NUMBER_WORDS, terms
from newsfuse.extract.ner import title_case
from newsfuse.models import Article, Sentence
from newsfuse.words import (
    IRREGULAR_PAST,
    QUOTE_MARK,
    QUOTED,
    SPEECH_VERBS,
    alternation,
    is_headline,
    word_set,
)

MIN_WORDS = 6
MAX_WORDS = 60
# A sentence with fewer content terms says nothing a reader can use on its own ("After that I
# do not know what we will do."), however many words it has.
MIN_CONTENT_TERMS = 3
_POINTER_WORDS = 25  # at most, in a sentence that only points ahead (`_POINTS_FORWARD`)
_ALWAYS_CONTENT = 20  # words: longer sentences hold three content terms (not counted, for speed)

# First words that point back to the sentence before ("He said ...", "But it was too late."):
# such a sentence reads right only after that one (`LEANS_BACK`; a word list reads best as
# text) ...
_CONTEXT_WORDS = frozenset(
    """he she it they them him her his hers its their theirs this
    that these those such but and or nor so yet also however though although still then
    meanwhile moreover furthermore additionally besides instead nevertheless nonetheless thus
    therefore hence otherwise indeed later earlier here which who whom whose both either
    neither another other others likewise similarly consequently accordingly starring""".split()  # noqa: SIM905
)
# ... and connective phrases that do the same ("In fact, those with the lowest risk ...",
# "Adding to the drama is ...", a time counted from the sentence before, "Two days later, ...",
# a list's "Third, no one is saying ..."), a turn the sentence before set up ("Just like that, a
# new slogan was born.", "By then, ..."), someone or something set against what the sentence
# before named ("No-one else has displayed any symptoms.", "The same goes for pets."), an aside
# in parentheses ("(PG-13. 129 minutes. ...)", "(Moore has denied the allegations.)"), and a
# reason with no clause of its own, answering the sentence before ("Because Obama's withdrawal
# led to ...", not "Because of the storm, flights were cancelled.").
_CONTEXT_PHRASE = re.compile(
    r"(?:In fact|In addition|As a result|For (?:example|instance)|On the other hand|"
    r"(?:By|In) contrast|Even so|After all|Of course|At the same time|In turn|That said|"
    r"To be sure|In other words|On top of that|Not only that|"
    r"(?:All this time|(?:\w+ ){0,2}(?i:years?|months?|weeks?|days?|hours?|minutes?|moments?|"
    r"decades?)) later\b|"
    # a day the sentence before named: "On that day, Cohen obtained a restraining order"
    r"(?:On |By |Later )?(?:[Tt]hat|[Tt]he same|[Tt]he following|[Tt]he next) (?:day|night|morning|"
    r"afternoon|evening|week)\b|"
    r"(?:Just )?[Ll]ike that|With that|(?:Since|Until|By|Even|Back|Only|Just) then|"
    r"(?:No[- ]?one|Nobody|Nothing|Everyone|Everybody|Anyone|Anybody|Someone|Somebody) else|"
    r"The same |"
    r"(?:To add|Adding|Added) to (?:the|that|this|those|these|all)\b|"
    # a time or a source the sentence before gave: "Until that point, Dunford wrote, ...",
    # "According to the reports, the cyberattack was also carried out on ...", "According to
    # the scholar, ..." after a sentence on another scholar (not "According to the police,")
    r"(?:Until|Up to|At|By|From|Since) that (?:point|time|moment|stage|date))\b|"
    r"According to (?:the|these|those) (?!(?:police|government|military|army|authorities|"
    r"prosecutors|coroner|court|ministry|census|poll|survey),)[a-z]+,|"
    r"\(.*\)\W*$|"
    r"(?:First|Second|Third|Fourth|Fifth|Secondly|Thirdly|Finally|Lastly),|"  # a list's item
    r"Because (?!of\b)[^,]*$|"
    # an exception to what the sentence before said ("Except seven of those ten children ...",
    # not "Except for the storm, ...")
    r"Except (?!for\b)"
)
# ... and a connective set off by commas after the first words ("Continuing claims, however,
# are reported with a one week lag.", "France, meanwhile, pressed the UN ...") or at the end
# ("It wasn't the U.S. Embassy, however.")
_CONNECTIVE_INSIDE = re.compile(
    r"[^,\"“”]{1,60}, (?:however|though|too|meanwhile|moreover|furthermore|also|instead|"
    r"nevertheless|nonetheless|therefore|thus|likewise|similarly|consequently|accordingly|"
    r"in turn|in fact|for (?:example|instance)|as a result|in addition|on the other hand|"
    r"(?:in|by) contrast),"
)
_CONNECTIVE_LAST = re.compile(r", (?:however|though|too|instead)\W*$")
# ... and an "also" in the first clause, right after its subject, with nothing in the sentence
# it adds to ("Rwanda's fertility rate also falls below the replacement level, ...", after
# Bangladesh's; not "Not only Kenya but Uganda also ...", "Uganda, like Kenya, also ...")
_ALSO_AFTER_SUBJECT = re.compile(r"(?=[A-Z])[^,;:\"“”()]{2,60}? also (?!known\b|called\b)")
_COMPARISON = re.compile(
    r"(?=[abijlnst])\b(?:not only|both|and also|as well as|like|just as|similar(?:ly)? to|"
    r"along with|in addition to|as (?:does|did|do|has|have|had|is|was|are|were))\b",
    re.I,
)
# ... and a count of more of what the sentence before counted ("Fifty more joined ...", "Two
# other crew members suffered cuts ...", "Three of them fell outside the normal age range.")
_COUNT_WORDS = NUMBER_WORDS.keys() | word_set("dozens scores hundreds thousands millions")
_COUNT_BEYOND = re.compile(r"[\w,-]+ (?:more|others?|of (?:them|those|these))\b", re.I)
# ... and a toll that is the whole sentence, naming no place, event or victim ("More than 20
# people were reported injured.", after "Ten rebels died in the fighting in al-Zawiya, he
# said."): whose dead or injured it counts, the sentence before told.
_TOLL_ENDS = ("killed.", "injured.", "wounded.", "hurt.", "dead.", "hospitalized.", "died.")
_BARE_TOLL = re.compile(
    r"(?=[A-Z0-9])(?:(?:More than|Fewer than|At least|Nearly|Almost|About|Around|Some|Over|"
    r"Up to) )?([\w,]+)(?:-[a-z]+)? (?:[a-z-]+ ){0,2}(?:(?:were|have been|had been) "
    r"(?:(?:reported|reportedly|believed|confirmed) )?(?:killed|injured|wounded|hurt|dead|"
    r"hospitalized)|died)\.$"
)
_TOLL_WORDS = 10  # at most: a count, its noun and a passive verb
# ... and a pronoun inside the subject, in a clause that describes it ("The importance they
# attach to both industries explains ...", "The evidence he provides for this claim is ..."):
# the subject is the pronoun's only candidate, so "they" is someone the sentence before named.
# The word before the pronoun must be no verb or conjunction ("The police said he ...", "A day
# before he tweeted ..., Goodlatte ...").
_PRONOUN_IN_SUBJECT = re.compile(r"(?:The|A|An) (?:[a-z-]+ ){0,2}([a-z-]+) (?:he|she|they) [a-z]")
_NO_NOUN_BEFORE_PRONOUN = SPEECH_VERBS | word_set(
    """that thought think thinks believe believes believed know knows knew show shows showed
    feel feels felt hope hopes hoped fear fears feared suspect suspects suspected find finds
    found learn learns learned before after when while since until because if as once where
    who whom which whether"""
)
# ... and "the resulting" thing of something the sentence before told ("Computed tomographic
# images of the resulting facial injury are presented ..."), unless the sentence tells it
# first ("... turn the cells into sperm precursors and use the resulting sperm ...").
_RESULTING = re.compile(r"(?=[Tt])[Tt]he resulting\b")
# ... and a definite description of someone or something the sentence before introduced ("The
# lawyer shared the officer's concerns ...", "The move comes a day before ...", "The incident
# is under investigation.", "The vote was 209-193 on the bill supported by President Barack
# Obama." after "The House ... approved the toughest reforms ever ..."): news introduces with
# "a" and refers back with "the".
_SAID_OR_DONE = (
    r"move|decision|incident|actions?|announcement|remarks?|comments?|measures?|payments?|"
    r"deal|plan|proposal|findings?|revelations?|allegations?|claims?|request|complaint|bill|"
    r"law|order|vote|ruling|verdict"
)
_BACK_REFERENCE = re.compile(
    rf"(?:The|These|Those) (?:two |three |four )?(?:{_SAID_OR_DONE}|lawyer|attorney|officer|"
    r"official|woman|man|men|women|couple|pair|suspects?|victims?|panel|letter)\b"
    r"(?! (?:of|for|to|on|in|that|which|who)\b)"
)
# ... and a pronoun as the subject after an opening phrase that names no one ("In the
# interview, she revealed ...", "The next day, he robbed a Walgreens ...", or one that quotes
# ("Describing the advances as "the most significant ... gain we have seen in months," he
# painted ...")): the sentence before says who.
# The same goes for a demonstrative ("Unfortunately, that is simply not true."), but not for
# one that names a time ("On Monday, this week's talks ..."); a demonstrative as the subject of
# a verb in the singular points back whoever the opening names ("As Kunzig notes, that was
# written in 1966, ..."; not "... a video of the implants, that were removed ...", a relative).
_NOW = (
    r"(?:year|month|week|weekend|morning|afternoon|evening|night|time|days?|season|summer|fall|"
    r"autumn|winter|spring|century)"
)
# "this" as the subject of a verb points at the clause before it in the same sentence as often
# as not ("... the world got more connected and this was seen as a positive trend.")
_VERB_AFTER_THIS = (
    r"(?:is|was|are|were|will|would|could|can|may|might|should|must|has|had|have|does|did|"
    r"doesn['’]t|isn['’]t|wasn['’]t|means|meant)"
)
_PRONOUN_AFTER_OPENING = re.compile(
    r"[^,A-Z\"“”]*(?:[A-Z][^,A-Z\"“”]*)?(?:, |[\"“][^\"“”]{1,200},[\"”] )"
    r"(?:he|she|they|(?:this|that|these|those)\b"
    rf"(?! {_NOW}\b))\b"
)
_DEMONSTRATIVE_AFTER_OPENING = re.compile(
    rf"[^,\"“”]{{1,80}}, (?:this|that) (?!(?:are|were|have)\b){_VERB_AFTER_THIS}\b(?![-—–,.])"
)
# ... and a pronoun that opens a sentence's opening clause when the main clause after it names
# no one ("If he passes a second FBI background check, he could even haul hazardous
# materials.", "Once he was taken to the jail, authorities found ..."), or a demonstrative
# that does ("If this is relatable, consider an EKG."; not "If this week's talks fail, ...");
# not "When he was 12, Smith moved ...", where the name follows.
_PRONOUN_OPENS_CLAUSE = re.compile(
    r"(?:If|When|Whenever|After|Before|As|Although|Though|While|Because|Since|Once|Until|"
    rf"Unless) (?:he|she|they|his|her|their|(?:this|that)(?! {_NOW}\b))\b[^,\"“”]*, "
    r"(?![A-Z\"“])"
)
# ... and a pronoun as the subject right after an interjection ("Sure it's outlandish but a
# lot of people bought it, ...", "Yeah that's 100% not okay."): a reply to the sentence before.
_INTERJECTIONS = word_set("sure yes yeah well ok okay oh granted true anyway")
_PRONOUN_AFTER_INTERJECTION = re.compile(
    rf"(?i:{alternation(_INTERJECTIONS)}) (?:it|he|she|they|this|that|these|those)\b"
)
# ... and, in the first clause outside quotes, a thing of the kind the sentence before
# described ("The last two generations have no model for such a president.", "He said such a
# move would have negative consequences."; not "such as", nor an intensifier, "such a large
# scale that ...", "such a small space"), or that it gave as an aim ("Part of the stated
# appeal is simplicity."; not "the stated goals of the NFL's committee"). Later in the
# sentence, its own first clause is as often what it refers to ("Pope Francis has met his
# predecessor for lunch, the first time such a meeting has been possible ...").
_SUCH_OR_STATED = re.compile(
    r"(?:[^\s,;:—–]+ ){0,10}(?:such an? [a-z]+(?:[.,;:!?)]|\s(?:of|is|was|are|were|would|could|"
    r"can|will|might|may|should|must|has|had|have|in|for|with|to|on|at|against|from|by|"
    r"without)\b)|[Tt]he stated [a-z]+\b(?! of\b))"
)
# A writer's or reader's voice ("We hope ...", "You can ..."), by contrast, is nobody's in a
# summary, wherever the sentence stands.
_VOICE_WORDS = frozenset("we us our ours i me my you your yours".split())  # noqa: SIM905
# ... and so is, anywhere outside quotes, an outlet's "our" for its own poll, readers or
# reporters, and its readers as "of you" ("Interestingly, in our unscientific Global Public
# Square online poll, 86% of you supported arming the rebels", "..., says our
# correspondent."); not "our ancestors", everyone's.
_OUTLET_OR_READER = re.compile(
    r"(?=o)\b(?:our (?:(?:[A-Z][\w-]*|unscientific|online|own|latest|daily|weekly) ){0,6}"
    r"(?:polls?|survey|readers|viewers|listeners|audience|website|site|newsroom|reporters?|"
    r"correspondents?|coverage|editors?)|of you)\b"
)
# ... and so is a reader addressed as anyone, mid-sentence and outside quotes, where nobody is
# said to speak ("A picture doesn't move financial markets, so you can't make money from it."):
# an essay's generic "you", not a report's.
_GENERIC_YOU = re.compile(r"(?<=\s)(?:you|your|yours|yourself)\b")
# A columnist's devices, which state the writer's view: answering their own question ("Simple
# answer: when it comes to integrity, ... seeing is believing."), and a straw man told in the
# future ("Crusty old pundits will surely declare this a sign of millennials' failure to
# launch.").
_OWN_ANSWER = re.compile(
    r"(?:The )?(?:[Ss]imple|[Ss]hort|[Ee]asy|[Qq]uick|[Hh]onest) answer\s?[:?]"
)
_STRAW_MAN = re.compile(
    r"(?=w)\bwill (?:surely|no doubt|undoubtedly|doubtless|inevitably) "
    rf"(?:{alternation(SPEECH_VERBS)}|bemoan|lament|decry|grumble|scoff|sneer|howl|cry|wail|"
    r"fret)\b"
)
# A sentence that only points at what follows ("One quote in particular stands out.", "...,
# I'd say they ran something like this:"): alone, it says nothing. Its end is searched first,
# in its last `_POINTER_END` characters; a "stands out" needs a subject that names nothing.
_POINTS_FORWARD_END = re.compile(
    r"(?=[agirs])\b(?:(as follows|(?:goes|went|ran|runs|reads|read) (?:something )?like this)|"
    r"stands? out|stood out|says it all|sums it up|is (?:telling|revealing|striking))\W*$"
)
_POINTER_END = 30
_POINTER_SUBJECT = re.compile(r"(?:One|Another|A|This|That) (?:[\w'’-]+ ){0,3}[\w'’-]+ \w+\W*$")
# Web addresses, handles and hashtags, matched on the lower-cased text; `_web_address` checks
# the character before a domain (a word's) or an "@" (not one: "a@b" is an e-mail address).
# (An "@" and a "#" are two alternatives, not one class, so that every alternative opens with
# a plain character: the engine then jumps to the next candidate instead of trying every
# position, 2.5x faster.)
_WEB = re.compile(r"https?://|www\.|\.(?:com|org|net|gov|co\.uk)\b|@\w|#\w")
# ... but a site the story is about, named as a noun in prose, is no address to visit ("Given
# the breakdown of the healthcare.gov website, a broad 71 percent favor postponing ..."): "the",
# a domain, and a word it qualifies.
_DOMAIN_AS_NOUN = re.compile(
    r"(?=t)\bthe [\w-]+\.(?:com|org|net|gov|co\.uk) (?:website|web site|site|portal|rollout|"
    r"launch|exchange|marketplace|page)\b"
)
_NOUN_AFTER_DOMAIN = 12  # characters after a domain that `_DOMAIN_AS_NOUN` needs to see
# Matched on the lower-cased text (faster than re.I). One word-start test before the
# alternatives, not a \b before each, lets the engine reject a position on its first letter:
# 2.5x faster, and this runs on every sentence of every summary.
_BOILERPLATE = re.compile(
    r"(?<!\w)(?:(?:click here|sign up|subscribe|newsletter|advertisement|all rights reserved|"
    r"copyright|cookies?|javascript|read more|follow (?:us|him|her)|share this|"
    r"this link to (?:an?|the) (?:article|story|page|post|report|video)|"
    r"photo(?:graph)?s? (?:by|credit)|image (?:copyright|caption)|getty images|"
    r"contributed to this report|this story has been|leave a comment|comment policy|"
    r"mailing list|contact details|media playback|unsupported on your device|in our gallery|"
    r"(?:share|leave) your (?:own )?(?:thoughts|comments?)|"
    r"(?:tell us|let us know|posting them|post them)\b[^.]{0,40}\bin the comments|"
    # a reporter's housekeeping: who was asked and did not answer
    r"(?:did|has|have|had) not (?:immediately |yet )?(?:respond(?:ed)?|repl(?:y|ied)|"
    r"return(?:ed)?)\b[^.]{0,40}\b(?:requests?|messages?|"
    r"calls?|e-?mails?|inquir\w*)|could not (?:immediately )?be reached|declined to comment|"
    r"(?:not (?:immediately )?|un)available (?:for|to) comment|"
    r"left a message|(?:request|message)s? (?:for|seeking) comment|"
    # "There was no immediate comment from rebel officials.", "The Pentagon had no comment."
    r"(?:was|were|had|has|have) no (?:immediate )?(?:comment|response|reaction)\b|"
    r"(?:could not|cannot|can't|has not|have not|(?:was|were|is|are|has been|have been) "
    r"unable to) (?:be )?independently "
    r"(?:verif|confirm)\w*|has not seen the (?:cable|document|letter|memo|report|video)|"
    # a print edition's footer ("A version of this article appeared August 24, 2012, on page
    # A11 ...", "This story first appeared in the Aug. 23-Sept. 5 issue ..."), a scraped
    # encyclopedia's page header, and a page pointing at itself ("Below is a promo video for
    # the book:")
    r"a version of this (?:article|story|report|review) appear\w*|the free encyclopedia|"
    r"this (?:article|story) (?:first |originally )?appeared (?:in|on)\b|"
    r"below (?:is|are) (?:a|an|the|some)|"
    r"(?:slideshow|slide show|gallery|photos|pictures|video) (?:below|above)|"
    # a broadcaster's streaming promo ("... stream live TV, and watch full seasons of CBS fan
    # favorites anytime ...")
    r"stream live tv|watch full (?:episodes|seasons))\b|"
    # a review's fact box ("MPAA Rating: R. Running time: 91 MIN.")
    r"(?:mpaa rating|running time|run time):|"
    # a broadcaster's promo for a show (", tune in to "AC360" at 10 p.m.", "... and more, live
    # at 9pmET.")
    r"tune in\b[^.]{0,60}?\b\d{1,2}(?::\d\d)? ?[ap]\.?m\b|"
    r"live at \d{1,2}(?::\d\d)? ?[ap]\.?m\.? ?[ecmp][sd]?t\b|"
    # a broadcast's hand-over to a reporter ("Ivan Watson, joining us live from Tripoli."), its
    # thanks to a guest and its hand-back ("Michele, thanks very much for coming in.", "Isha,
    # let's get back to you.")
    r"(?:join(?:s|ing) us (?:live |now )*(?:from|in)|"
    r"thank(?:s| you)(?: (?:very|so) much)? for (?:coming in|joining us|having (?:me|us)|"
    r"being (?:with us|here|on))|(?:let['’]s|we['’]ll|i['’]ll) (?:get|go|come) back to you)\b)|"
    # a gallery's ("Oil execs in Senate hearing as ... continue -- photos")
    r"(?:--|—) ?(?:photos|pictures)\b",
)
# Boilerplate that is the whole sentence from its first word (matched on the lower-cased text).
_BOILERPLATE_SENTENCE = re.compile(
    # nothing more is known ("No further details were immediately released.")
    r"no (?:further|other|more|additional) (?:details|information) (?:was|were|is|are|has "
    r"been|have been) (?:immediately )?(?:released|available|given|provided|known)\b|"
    # a broadcaster's promo for a show ('Watch "AC360" at 10 p.m. ET Wednesday on CNN.')
    r"watch\b[^.]{0,80}?\b\d{1,2}(?::\d\d)? ?[ap]\.?m\.? [ecmp][sd]?t\b|"
    # a gallery's or a video's call to the reader: "View how tourism, commerce and the
    # coastline are all at risk." (three Timeline17 pages of one outlet carried it)
    r"(?:view|see|browse|explore) (?:how|all|more|photos|pictures|images|"
    r"the (?:photos|pictures|gallery|video|slideshow))\b|"
    # a link's prompt: "Read Hockley's letter to herself here."
    r"(?:read|watch|see|view|listen to|hear)\b[^.,\"“”]{0,80}? here\W*$|"
    # a video's credit: "The BBC's Lorna Gordon reports from Glasgow.", and its blurb: "CNN's
    # Nic Robertson looks at whether what happened in Tunisia could occur in Egypt."
    r"(?:the )?[\w.-]+['’]s (?:[\w'’-]+ ){1,3}reports from [\w'’-]+(?: [\w'’-]+){0,2}\.?$|"
    r"(?:the )?(?:cnn|bbc|abc|cbs|nbc|fox|msnbc|cnbc|reuters|ap|al jazeera|wsj|npr|pbs)['’]s "
    r"(?:[\w'’-]+ ){1,3}(?:looks at|looks into|examines|explains|discusses|takes a look|"
    r"talks (?:to|with)|speaks (?:to|with)|sits down)\b",
)
# ... and a poll's fine print in its first clause ("The overall margin of sampling error is plus
# or minus 3.5 percentage points.", "The Post-ABC poll was conducted Nov. 14-17 among a random
# national sample of 1,006 adults, ..."): every poll story ends on it, word for word, so it
# looks well supported; not a finding that gives its margin after a comma ("Obama leads 49-45
# percent, with a margin of error of 3 points."). Matched on the lower-cased text.
_POLL_METHOD = re.compile(
    r"[^,;]{0,80}?\b(?:margin of (?:sampling )?error (?:is|was|of) (?:\+/- ?|plus or minus )?\d|"
    r"random (?:national )?sample of [\d,]+|conducted by telephone)"
)
_POLL_WORDS = ("margin of", "sample of", "conducted")
# ... and a page's own words quoted as a website's ('"Please join us for our 75th annual
# festival ...," says its website.'): the sender's promotion, not the news.
_PAGE_SPEAKS = re.compile(
    r"[\"”],? (?:says|said|reads|boasts|promises) (?:its|the|their|his|her)(?: [\w'’-]+)? "
    r"(?:website|web site|site)\W*$"
)
# ... and a broadcast's talk to one of its people by first name, a sign-off or a hand-back
# ("All right, Dan, thanks very much.", "Isha, let's get back to you."), which CNN's transcripts
# repeat on every show.
_VOCATIVE_HAND_OFF = re.compile(
    r"(?:(?:All right|Alright|OK|Okay|Well|And|So|Now),? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?, "
    r"(?:thanks?(?! to\b)|thank you|let['’]s|we['’]ll|(?:good|great) to (?:see|have)|"
    r"appreciate it|stand by|back to you)\b"
)
# A talk's turn that leaves out its subject ("Wants to hear anything he might have to say.",
# "Not sure what they are going to do ..."): a fragment of speech, not a sentence. Only verbs
# that are never a noun open it ("Plans to build a wall were scrapped." has its subject), and
# not "Says", which opens a feature's inverted attribution ("Says Jones: ...").
_NO_SUBJECT = re.compile(
    r"(?:Wants|Seems|Thinks|Knows|Tries|Feels|Believes|Wonders|Sounds like|Looks like|"
    r"Not sure|Hard to say|Gonna|Gotta)\b|"
    # a reply with no clause of its own: "Not perfectly, of course, but certainly better than
    # any European or Asian nation today." (not "Not surprisingly, prices rose.")
    r"Not [a-z]+(?:, [a-z ]{1,20})?,? but\b"
)
# A writer's note at the end of a page: "Mark Joseph Stern covers courts and the law for
# Slate.", "William Lee and Jeremy Gorner are reporters for the Tribune." The outlet ends
# it: "Gershkovich is a reporter for The Wall Street Journal who was detained in Russia" is
# news. Case matters: a name covers a beat for an outlet, "Insurance covers costs" does not.
_AUTHOR_NOTE = re.compile(
    r"(?:\b[A-Z][\w'’-]+ [A-Z][\w'’-]+ (?:covers|writes about|reports on) [^.]{1,80}\b(?:for|at)|"
    r"\b(?:is|are) (?:an? )?(?:[\w-]+ ){0,3}(?:writer|reporter|correspondent|editor|columnist|"
    r"contributor)s? (?:for|at|with)) (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*\.?$"
)
# Every `_AUTHOR_NOTE` match holds one of these (lower-cased), and its last word (the outlet's
# name) opens with a capital: cheap tests first.
_AUTHOR_WORDS = ("cover", "write", "report", "respondent", "editor", "columnist", "contributor")
# ... and a staff tagline that is the whole sentence, a full name and the writer's job, with or
# without the outlet ("Sarah Burns is the lead crime reporter.", "Jane Doe is a staff writer at
# the paper."): news about a reporter says more ("... who was detained in Russia").
_TAGLINE = re.compile(
    r"(?=[A-Z])(?!(?:The|This|That|His|Her|Their|Its|Our|My|Mr|Mrs|Ms|Dr)\b)"
    r"[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2} is (?:an?|the) (?:[\w-]+ ){0,3}"
    r"(?:reporter|correspondent|writer|editor|columnist|producer)"
    r"(?: (?:for|at|of|with|on) (?:the |our )?[\w'’-]+"
    r"(?: (?!(?:who|which|that|and|but)\b)[\w'’-]+){0,3})?\.?$"
)
_TAGLINE_WORDS = 14  # at most: the name, "is", an article, three adjectives, the job, the outlet
# A photo caption describes a picture, not the story ("In this June 21, 2018, photo, ...",
# "The car ... is pictured at ...", "Shown is a screenshot of ...", "A screengrab ... shows",
# "(AP Photo/...)", a gallery's cut-off caption ending "... (Associated Press)", the agency
# style that ends on the picture's place and full date: "... at Midway airport in Chicago,
# Thursday, Dec. 20, 2012." or, in the present tense, "... speaks in Kathmandu, Nepal May 30,
# 2016."; where people stand in it, below), even when it carries a date.
_CAPTION_ANYWHERE = re.compile(
    r"\b(?:AP|AFP|Reuters|Getty|EPA|CNN)(?: Images)? ?Photo\b|\((?:AP|AFP|Reuters) Photo|"
    r"\bHide Caption\b|\bPhotos?:|\b(?:pictured|seen here|shown here)\b|"
    r"\bscreen ?(?:shot|grab)s?\b[^.]{0,60}\b(?:shows|showing)\b|\(screen ?(?:shot|grab)|"
    r"\bIn this\b[^.]{0,60}\bphoto,|"  # AP's "In this <date> photo," glued mid-sentence
    r"\bin this\b.{0,60}?\bfile (?:photo|image)\b|"  # "..., in this March 24, 2015 file photo."
    # "Sprint CEO Dan Hesse, as seen in one of the company's television commercials."
    r"\bas seen in\b[^.]{0,80}\b(?:photo|video|commercial|image|picture|footage|clip)s?\b",
    re.I,
)
_CAPTION_START = re.compile(
    r"(?:FILE - )?In this\b.{0,120}\b(?:photo|image|picture)\b|(?:Shown|Pictured) (?:is|are)\b|"
    r"(?-i:FILE) ?[-–—:] |"  # AP's archive-picture label: "FILE - Senate Majority Leader ..."
    r"(?:(?:A|An|This|The) )?(?:file )?(?:photo|picture|image|photograph) "
    r"(?:from|of|shows|taken)\b|"
    # a photographer's credit opening it: "Eric Gay / AP Senator Wendy Davis listens as ..."
    r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?(?:AP|AFP|Reuters|Getty|EPA)\b)",
    re.I,
)
# A weekday, and a full date as agencies write it ("Dec. 20, 2012", "March 23, 2013").
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_FULL_DATE = (
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4}"
)
_CAPTION_END = re.compile(
    r"(?:\((?:The )?" + AGENCY + rf"\)|,\s{_WEEKDAY},\s{_FULL_DATE})\W*$",
    re.I,
)
_CAPTION_TAIL = 60  # characters of a sentence's end that `_CAPTION_END` needs to see
_DIGIT = re.compile(r"\d")
# Wire captions also describe the picture in the present tense and end on its place and full
# date ("Ueli Steck speaks to the media at a hotel in Kathmandu, Nepal May 30, 2016.", or the
# date then the place: "... speaks at a rally Thursday, Oct. 3, 2013, in Haltom City, Texas."):
# news prose tells a dated past in the past tense. Only verbs of posing and appearing count,
# not ones a preview uses ("leaves office on Jan. 20").
_FULL_DATE_END = re.compile(
    rf"\b{_FULL_DATE}(?:,?\s(?:in|at)\s[A-Z][\w.]*(?:[\s,]+[A-Z][\w.]*){{0,4}})?\W*$"
)
# ... or on its place, its country and a weekday, in the present tense of a picture ("Russian
# President Vladimir Putin takes part in a friendly hockey match at The Bolshoy Ice Dome in
# Sochi, Russia, on Saturday.").
_PLACE_WEEKDAY_END = re.compile(
    rf"\b(?:in|at)\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s"
    rf"(?:on\s)?{_WEEKDAY}\W*$"
)
_PICTURE_VERB = re.compile(
    r"\b(?:speaks|arrives|gestures|poses|walks|waves|listens|looks on|smiles|attends|stands|"
    r"takes part|"
    r"sits|reacts|celebrates|pauses|greets|departs|watches|cheers|shakes hands|talks|"
    r"(?:is|are) seen)\b"
)
# Any verb, then, when the sentence has no past form at all: a caption puts a comma between the
# picture's place and its date ("French soldiers patrol outside Notre Dame in Paris, April 22,
# 2015."). A past form, a modal or a plan anywhere rules it out: a present tense with a date
# ahead is a preview ("the law takes effect on Jan. 1, 2020", "is set for Tuesday, ...").
# A stock photo's caption may be passive ("E85 fuel is pumped into a vehicle at a gas station
# in Nevada, Iowa, on Dec. 6, 2007."): its one participle is then the only past form allowed.
_DAY = rf"(?:{_WEEKDAY},?\s)?{_FULL_DATE}\W*$"
_COMMA_DATE_END = re.compile(rf",\s{_DAY}")
_PLACE_DATE_END = re.compile(rf"\b[A-Z][\w.]*,\s(?:on\s)?{_DAY}")  # "... Iowa, on Dec. 6, 2007."
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are)\s(?:being\s)?(?!(?:expected|scheduled|planned)\b)\w+ed\b"
)
_PAST_OR_PLAN = re.compile(
    rf"\b(?:\w+ed|was|were|had|did|{alternation(IRREGULAR_PAST)}|"
    r"\w+n[’']t|will|would|could|should|might|until|due|set|slated|begins|starts|"
    r"takes effect|ends|expires|opens|closes)\b",
    re.I,
)
# Where a person stands in the picture ("Sen. Bill Nelson, left, and Gov. Rick Scott.",
# "Francois Hollande (R) speaks with Bernard Cazeneuve (C) ..."): only captions say so. "(R)"
# alone is left out, since it is also a party ("Sen. Jane Doe (R)"), and so is a list of
# directions ("governments of the left, right and center", "left or right").
# (The look-behinds come after the comma, not before it, so that both alternatives open with
# a plain character: the engine then jumps from one comma or bracket to the next instead of
# trying every position, 7x faster.)
_POSITION_IN_PICTURE = re.compile(
    r",(?<!\bthe,)(?<!\bleft,)(?<!\bright,)\s(?:(?:far |second from )?(?:left|right)|center|"
    r"centre|front)\s?,(?!\s*(?:or|and)\s+(?:left|right|center|centre)\b)|"
    r"\((?:L|C|(?:far |second from )?(?:left|right)|center|centre|front)\)"
)
# An outlet's label for a piece of opinion or analysis ("OPINION: Hillary's neoliberals.",
# "Fact check: Trump and Clinton at the forum."): the sentence is a columnist's view or a
# headline, not a statement of what happened, so it does not stand for the event.
_OPINION_WORDS = r"opinion|op-ed|commentary|editorial|column|perspective"
_OPINION_LABEL = re.compile(rf"\W{{0,2}}(?:{_OPINION_WORDS}|analysis|fact[- ]check)\s*[:|]", re.I)
# ... and on a title, it makes every sentence of the piece a columnist's view ("Republicans who
# embrace Clinton are her cultural peers." under "OPINION: Hillary's neoliberals."); an analysis
# or a fact check reports as it judges.
_OPINION_PIECE = re.compile(rf"\W{{0,2}}(?:{_OPINION_WORDS})\s*[:|]", re.I)
# ... and so does a writer declaring an opinion in their own voice in the piece's opening
# paragraph, with no label on the title ("Let me offer a ludicrously premature opinion: Barack
# Obama has sealed his reputation ...", "... as parents take their children to shop for school
# supplies, I suspect that many of them will be visiting a Staples store."). News quotes people
# saying "I think": words inside quotation marks, or after a colon in their sentence ("... posed
# the following question: Let me ask you about ...") are someone else's.
_OPINION_DECLARED = re.compile(
    r"(?=[IiLT])\b(?:Let me (?:offer|venture|hazard|make|share|give)\b[^.:]{0,40}\b(?:opinion|"
    r"prediction|guess|view)|[Ii]n my (?:view|opinion|judgment)|To my mind|It seems to me|"
    r"I (?:think|believe|suspect|predict|contend)\b|I(?:['’]d| would) (?:argue|submit)\b|"
    r"I(?:['’]m| am) convinced\b)"
)
_OPENING_CHARS = 600  # of the first paragraph: where a columnist declares the piece's stance
# "I", "my", "me", "we", "us" outside quotation marks: a first-person writer, an outlet's or a
# company's own voice ("As we've discussed, ...", "Since building encryption into WhatsApp,
# we have reduced spam ...", "The McRibster reminds us of a fried pork chop sandwich.") or a
# speaker whose quotation marks were lost ("Existing technologies did not provide a solution
# to my problem."); read alone in a summary, nobody is the "I" or the "we". ("World War I"
# is no pronoun; "our", often everyone's, as in "our ancestors", is left alone.)
# (A pattern here that opens with "\b" or a look-behind starts with "(?=[...])", the letters a
# match can start with: the engine then skips to those, where it cannot see past the "\b".
# It runs on every sentence of every summary, and that halves its time.)
_FIRST_PERSON = re.compile(
    r"(?=[IMWimuw])(?:\b(?:I(?:[’'](?:m|ve|d|ll))?|my|me|mine|myself|us|"
    r"[Ww]e(?:[’'](?:re|ve|d|ll))?)\b"
    # after a diary's time ("9:27 am: My eyes pop open ..."); not a title ("My Fair Lady")
    r"|\bMy(?= [a-z])"
    r"|(?<=\s)i(?=\s))"  # a reader's comment: "PIERS i actually got excited about you ..."
)
# So is a writer turning to the reader ("Imagine if the Rams had to play ...", "Think about
# it", "Let us know in comments", a fundraiser's "Please let's rally around them", "Thank you
# for your desire to help", an outlet's "Send us your images or video.", "Join us on
# Facebook"): a column's hook or a prompt, never what happened. A quote that opens so is
# someone's words, which the quote rules judge.
_ADDRESSES_READER = re.compile(
    r"(?:Imagine|Consider|Think about|Picture this|Ask yourself|Remember when|Let[’']s|Let us|"
    r"Please|Thank you|Thanks(?! to)|"
    r"(?:Send|E-?mail|Contact|Tell|Write to|Join|Like|Message|Text) us)\b"
)
# ... and so is one after an opening clause ("If this is relatable, consider an EKG.", an image
# caption's joke).
_ADDRESSES_READER_AFTER_OPENING = re.compile(
    r"(?:If|When|Whenever|Before|After|As|Once|While|Until|Unless)\b[^,\"“”]{1,80}, "
    r"(?:imagine|consider|think about|picture this|ask yourself|please)\b"
)


# Every `_CAPTION_ANYWHERE` match contains one of these; checking for them first is ~20x
# cheaper than the case-blind regex on the many sentences that have none.
_CAPTION_WORDS = ("photo", "caption", "pictured", " here", "screen", "seen in")


def _present_tense_picture(text: str) -> bool:
    """A sentence ending on a full date that tells what a picture shows (see above)."""
    if _PICTURE_VERB.search(text):
        return True
    tail = text[-_CAPTION_TAIL:]
    if _COMMA_DATE_END.search(tail) and not _PAST_OR_PLAN.search(text):
        return True
    passive = _PRESENT_PASSIVE.search(text)
    return bool(
        passive
        and _PLACE_DATE_END.search(tail)
        and not _PAST_OR_PLAN.search(text[: passive.start()] + text[passive.end() :])
    )


# A name and its role and nothing else: a picture's label ("Nicola Sturgeon, the Scottish
# health minister."), no sentence (not "In Utah, a woman died trying to walk for help.").
_NAME_TAG = re.compile(
    r"(?!(?:In|On|At|For|By|After|Before|From|With|During|Since|Under|As|When|While)\b)"
    r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+, (?:the|a|an) "
    r"(?!(?:[\w'’-]+ ){0,6}?(?:is|was|are|were|has|had|have|will|would|can|could|said|says|"
    r"\w+ed)\b)(?:[\w'’-]+ ){0,6}[\w'’-]+\.$"
)


def _caption(text: str, lower: str) -> bool:
    """Whether ``text`` (``lower``: lower-cased) is a photo caption (see above)."""
    tail = text[-_CAPTION_TAIL:]
    # Plain tests before the searches of the end, which most sentences fail: a full date
    # holds digits (its year), an agency's credit a ")", and a weekday "day".
    dated = _DIGIT.search(tail)
    return bool(
        _NAME_TAG.match(text)
        or _CAPTION_START.match(text)
        or ((dated or ")" in tail) and _CAPTION_END.search(tail))
        or (dated and _FULL_DATE_END.search(tail) and _present_tense_picture(text))
        or ("day" in tail and _PLACE_WEEKDAY_END.search(tail) and _PICTURE_VERB.search(text))
        or (any(w in lower for w in _CAPTION_WORDS) and _CAPTION_ANYWHERE.search(text))
        or _POSITION_IN_PICTURE.search(text)
    )


_SPEECH = alternation(SPEECH_VERBS)
# ... or a dash before the speaker's name: "... ." — Julie Bowen
_ATTRIBUTION = re.compile(
    rf"\b(?:{_SPEECH})\b|(?:^|\s)[—–-]{{1,2}}\s*[A-Z]",
    re.I,
)
_AFTER_QUOTE = r"[,!?][\"”]\s+"  # a quote that ends on a comma (or ! or ?) and goes on
# A sentence that leans on the one before it in its article: it opens with a pronoun or a
# connective ("It was the third attack ...", "But ..."), or it is a quote whose only speaker is
# a pronoun ("“It remains a priority,” she added."), as anonymous as one with no speaker unless
# it follows the sentence that names the speaker. The summary takes it only right after that
# sentence (`summarize.select`).
LEANS_BACK = "leans back"
# A claim that the next sentence judges in a few words ("Biden said there's “no evidence” that
# raising the minimum wage causes business bankruptcies." | "There is, a little."): read alone,
# it states what the check refutes, and the verdict is too short to be picked after it.
VERDICT_FOLLOWS = "verdict follows"
# The verdict: a fact check's ruling ("That's false.", "Not so.", "There's no evidence of
# that.") or a bare elliptical answer ("There is, a little.", "It wasn't.", "He did not.").
_VERDICT = re.compile(
    r"(?=[TIHSNFWUM])(?:(?:There|It|That|This)"
    r"(?:['’]s| is| was| are| were| (?:is|was|are|were)n['’]t)|"
    r"(?:He|She|They) (?:did|does|didn['’]t|doesn['’]t|has|hasn['’]t|had|hadn['’]t))(?: not)?"
    r"(?:,|\W*$| (?:no|little|scant|some) evidence\b| (?:not )?(?:true|false|wrong|correct|"
    r"incorrect|accurate|inaccurate|misleading|untrue|exaggerated)\b| so\W*$)|"
    r"Not (?:so|true|quite|really|exactly)\b|No evidence\b|"
    r"(?:False|True|Wrong|Untrue|Misleading|Incorrect|Mostly (?:true|false)|Half[- ]true)\W*$"
)
_PRONOUN_AFTER_QUOTE = _AFTER_QUOTE + r"(?:he|she|they)\s+[a-z]{2,}"
_PRONOUN_SPEAKER = re.compile(
    rf"[\"”][\s,]*(?:(?:he|she|they)\s+(?:{_SPEECH})|(?:{_SPEECH})\s+(?:he|she|they))\b|"
    + _PRONOUN_AFTER_QUOTE,
    re.I,
)
# The shape of an attribution also names a speaker, whatever its verb (`_ATTRIBUTION` knows
# only the speech verbs): the quote ends on a comma, then come a name or a pronoun and a verb
# ("“...,” Wurfel fumed.", "“...,” he began.", "“...,” Prodigy raps in ...").
_SPEAKER_AFTER_QUOTE = re.compile(
    rf"{_AFTER_QUOTE}(?!(?:He|She|They)\b)(?:[A-Z][\w.'’-]*\s+){{1,4}}[a-z]{{2,}}|"
    + _PRONOUN_AFTER_QUOTE
)
# ... and so is any sentence a pronoun says at its end ("“It's clear there are divisions”
# within the council, she said.", "The talks will resume on Monday, he said."): who is "she"?
_TRAILING_PRONOUN_SPEAKER = re.compile(rf",\s+(?:he|she|they)\s+(?:{_SPEECH})\W*$", re.I)
# ... and a speaker named only by a former role ("“It's just stunningly, breathtakingly
# naive,” the former House speaker and Republican presidential contender said ..."): a reader
# pins it on whoever the sentence before named. A name before the verb says who ("... the
# former president Bill Clinton said"), and so does one the description follows ("Rick
# Bright, the former director of BARDA who said ...").
_FORMER_SPEAKER = re.compile(
    r"(?=[,!?])[,!?][\"”]?\s+the former[^,.;:\"“”]{0,80}? "
    rf"(?!(?:who|which|that)\b)[a-z][\w-]* (?:{_SPEECH})\b"
)
# ... and a demonstrative anywhere outside quotes that points back: "these" (not "these
# days"), or "this"/"that" before a word for something said or done ("Researchers hoped that
# these epiblast stem cells could be used ...", after the sentence saying they failed; "Now,
# the chairman made this announcement.").
# So does "that" after a preposition, where it is no conjunction ("... during that long war",
# "observed in that country"), and "this" in mid-sentence ("a veteran watches this scene
# unfold", "a night just like this one"), unless it is the writer's time ("this week").
_PREPOSITIONS = word_set(
    """in on at during of from into for with by after before since like about through across
    over under throughout until within toward"""
)
# (each preposition a look-behind after the literal "that ": the engine then tries the
# alternatives only where "that" stands: over twice as fast as a preposition first)
_AFTER_PREPOSITION = "|".join(
    f"(?<=\\b{word} that )|(?<=\\b{word.capitalize()} that )" for word in sorted(_PREPOSITIONS)
)
_DEMONSTRATIVE_BACK = re.compile(
    r"(?=[Tt])\b(?:[Tt]hese (?!days\b|(?:\w+ )?(?:years|months|weeks|hours|minutes)\b)[a-z]|"
    rf"(?:this|that) (?:{_SAID_OR_DONE}|statement|report)\b|"
    rf"that (?:{_AFTER_PREPOSITION})"
    r"(?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|did|"
    r"do|the|an?|he|she|it|they|we|i|you|his|her|its|their|our|this|these|those|there|year|"
    r"time)\b)[a-z]|"
    rf"this (?<=[a-z,] this )(?!{_NOW}\b|\w+['’]s\b|{_VERB_AFTER_THIS}\b)[a-z])"
)
# Every `_DEMONSTRATIVE_BACK` match holds one of these: plain tests first, which three
# sentences in four fail.
_DEMONSTRATIVE_WORDS = ("this ", "that ", "hese ")
# An object pronoun in a sentence's first clause, when all before it is the subject and its
# verb ("The President of the United States has called him.", "Clinton called it a \"lean
# budget for lean times.\""): a pronoun cannot be its own clause's subject, so it names someone
# the sentence before did. "it" counts only as the thing a verb of naming names; anything
# before the pronoun that could hold another name (a comma, a clause, a possessive, a quote)
# rules the test out.
_OBJECT_PRONOUN = re.compile(
    r"(?=[bcdhlt])(?:\b(?:him|them)\b|\b(?:call(?:ed|s)?|describ(?:ed|es)|label(?:l?ed|s)|dubbed|"
    r"termed|branded) it\b)"
)
# Every `_OBJECT_PRONOUN` match holds one of these: plain tests first, which four sentences
# in five fail.
_OBJECT_PRONOUN_WORDS = ("him", "them", " it")
_ANOTHER_NAME_BEFORE = re.compile(
    r"[,;:\"“”(—–]|['’]s\b|\b(?:and|or|but|when|after|before|while|because|if|as|who|which|"
    r"whose|whom|that|where|since|until|than|he|she|they|his|her|their|its|it|we|i|you|said|"
    r"says|told|say)\b",
    re.I,
)
_SUBJECT_AND_VERB = 10  # words at most before the object pronoun
# A sentence whose first quotation mark closes a quote starts inside it: the sentence before
# opened it ("Climate change policy is important, but first things first," said McConnell.).
# A mark closes after a word or a stop and before a space, or before the verb of speech.
_CLOSING_MARK = re.compile(rf"(?<=[\w,.!?])[\"”](?=\s|$)|”|[\"“]\s*(?:{_SPEECH})\b")
# (the lookbehind after the mark lets the engine skip to the next mark: 4x faster than a
# lookbehind before it, the same marks)
_OPENING_MARK = re.compile(r"“|\"(?<!\S\")")
# A sentence that says who speaks before its quote ("Host Chris Wallace broached the subject
# first: ...", "Their hits include ...") has its context; two words are not enough for that.
MIN_LEAD_IN = 3
_FIRST_WORD = re.compile(r"[A-Za-z]+")  # "He'd" is "he"
_GOOD_START = re.compile(r"[\"“‘'(]?[A-Z0-9]")
_OPENS_QUOTE = re.compile(r"[\"“‘']")
_TERMINAL = re.compile(r"[.!]['\"”’)\]]*$")
# A full stop after a title or company abbreviation is the segmenter splitting a sentence in
# two ("After a year of controversy over Facebook Inc." | "founder Mark Zuckerberg ..."), not an
# end. ("U.S." ends sentences too often to count.)
ABBREVIATION_END = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Dr|St|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Nos?|vs)\.$"
)
# Three dots at the end are a cut, like "…": a teaser's truncation ("... a new study ..."), a
# page's "Replay More Videos ...", a quote left trailing.
_TRAILS_OFF = re.compile(r"\.\s?\.\s?\.['\"”’)\]]*$")
# How far from its end `_ends_unfinished` reads a sentence: the end patterns above fit in it,
# and searching only there keeps the regex engine from trying every position.
_END_WINDOW = 16
# Bytes other than a-z: deleting them from the UTF-8 text leaves its ASCII lower-case letters.
_NOT_LOWER = bytes(b for b in range(256) if not ord("a") <= b <= ord("z"))


def _first_word(text: str) -> str:
    match = _FIRST_WORD.search(text[:40])
    return match.group(0).lower() if match else ""


def _first_person(text: str) -> bool:
    return any(not text[: m.start()].endswith("War ") for m in _FIRST_PERSON.finditer(text))


def _ends_unfinished(text: str) -> bool:
    """No full stop or "!" at the end, or an abbreviation's or a trailing "..."'s, or a bracket
    left open: a page cut inside it ("... led by lead manager Jamie B. Raskin (D-Md.")."""
    tail = max(0, len(text) - _END_WINDOW)
    return (
        text.count("(") > text.count(")")
        or not _TERMINAL.search(text, tail)
        or bool(ABBREVIATION_END.search(text, tail))
        or bool(_TRAILS_OFF.search(text, tail))
    )


def _also_after_subject(text: str) -> bool:
    """An "also" right after the subject, adding to nothing the sentence says
    (`_ALSO_AFTER_SUBJECT`)."""
    return (
        " also " in text and bool(_ALSO_AFTER_SUBJECT.match(text)) and not _COMPARISON.search(text)
    )


def _pronoun_in_subject(text: str) -> bool:
    """A pronoun in a clause inside the subject (`_PRONOUN_IN_SUBJECT`)."""
    inside = _PRONOUN_IN_SUBJECT.match(text)
    return inside is not None and inside.group(1) not in _NO_NOUN_BEFORE_PRONOUN


def _resulting_from_before(text: str) -> bool:
    """A "the resulting" thing with nothing before it in the sentence to result from."""
    resulting = _RESULTING.search(text) if "resulting" in text else None
    return resulting is not None and " and " not in text[: resulting.start()]


def _points_forward(text: str) -> bool:
    """Whether ``text`` only points at what follows (`_POINTS_FORWARD_END`)."""
    end = _POINTS_FORWARD_END.search(text, max(0, len(text) - _POINTER_END))
    return end is not None and (end.group(1) is not None or bool(_POINTER_SUBJECT.match(text)))


def _such_or_stated(unquoted: str) -> bool:
    """A "such a" thing or a "the stated" one with nothing in the sentence to say which
    (`_SUCH_OR_STATED`)."""
    return ("such a" in unquoted or "stated" in unquoted) and bool(_SUCH_OR_STATED.match(unquoted))


def _counts_beyond(text: str, first: str) -> bool:
    """A count of more or others than the sentence before counted (`_COUNT_BEYOND`)."""
    return (first in _COUNT_WORDS or text[:1].isdigit()) and bool(_COUNT_BEYOND.match(text))


def _bare_toll(text: str, words: int) -> bool:
    """A count of casualties and nothing else (`_BARE_TOLL`)."""
    if words > _TOLL_WORDS or not text.endswith(_TOLL_ENDS):
        return False
    toll = _BARE_TOLL.match(text)
    return bool(toll) and (toll[1][:1].isdigit() or toll[1].lower() in _COUNT_WORDS)


def _web_address(lower: str) -> bool:
    """A web address, a handle or a hashtag in the lower-cased text (see `_WEB`)."""
    for match in _WEB.finditer(lower):
        first = lower[match.start()]
        before = lower[match.start() - 1] if match.start() else " "
        if first == "." and not (before.isalnum() or before == "_"):
            continue
        if first == "." and _DOMAIN_AS_NOUN.search(lower, 0, match.end() + _NOUN_AFTER_DOMAIN):
            continue
        if first == "@" and (before.isalnum() or before in "_."):
            continue
        return True
    return False


# A lower-case word of four letters or more: the sentence is no headline in title case (a
# cheap test before `title_case`). Headline style leaves prepositions in lower case ("Outrage
# Grows over Separating Families at the Border").
_HEADLINE_LOWER = "with|from|into|over|onto|upon|than|amid|about|after|under"
_LOWER_CASE_WORD = re.compile(rf"\b(?!(?:{_HEADLINE_LOWER})\b)[a-z]{{4}}")
_HEADLINE_PREPOSITION = re.compile(rf"\b(?:{_HEADLINE_LOWER})\b")

# An explainer's or a teaser's headline in sentence case: "How Pizzagate went from the musings
# of 4chan trolls to ...", "Why Trump's tariffs could actually help farmers.", "Here's the
# plan, timeline and key players.", "What to watch for in the battle for the Senate." It
# promises a story and states none.
_TEASER = re.compile(
    r"(?:How|Why)\s|Here(?:['’]s| is| are)\s"
    r"|What to (?:watch|know|expect)\b"
)

# A dek that labels a speaker and gives bits of what they said ("Sen. Lindsey Graham: "Anything
# short" of Russia collusion will probably "fall into partisan camps.""): a subheadline, with
# neither the speaker's words whole nor what they are about. (A transcript's "GRAHAM: We will
# ..." has no quotation marks, and "Added Lesh: "It is ..." names its speaker in prose.)
_SPEAKER_DEK = re.compile(
    rf"(?!(?i:{_SPEECH})\b)"
    r"(?:[A-Z][a-z]{1,3}\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3}: (?:[\w'’-]+ ){0,2}[\"“‘]"
)


def _mostly_caps(text: str) -> bool:
    if len(text.encode(errors="ignore").translate(None, _NOT_LOWER)) >= 0.4 * len(text):
        return False  # lower-case letters alone rule it out: most sentences, cheaply
    capitals = sum(map(str.isupper, text))
    if capitals < 3:  # most sentences; with four letters or more, three capitals are needed
        return False
    letters = sum(map(str.isalpha, text))
    return letters >= 4 and capitals > 0.6 * letters


def _unbound_object_pronoun(text: str) -> bool:
    """An object pronoun whose only candidate before it is the subject (`_OBJECT_PRONOUN`)."""
    if not any(w in text for w in _OBJECT_PRONOUN_WORDS):
        return False
    pronoun = _OBJECT_PRONOUN.search(text)
    if pronoun is None:
        return False
    before = text[: pronoun.start()]
    return len(before.split()) <= _SUBJECT_AND_VERB and not _ANOTHER_NAME_BEFORE.search(before)


def _opens_with_quote(text: str, first_mark: re.Match[str] | None) -> bool:
    """Whether ``text``, whose first quotation mark is ``first_mark``, opens with a quote (at
    most two words before it)."""
    return first_mark is not None and len(text[: first_mark.start()].split()) < MIN_LEAD_IN


def _unattributed_quote(text: str, unquoted: str) -> bool:
    """Speech with no speaker: the sentence, which opens with a quote (`_opens_with_quote`),
    is mostly that quote or runs on past it (a quote that pysbd split into sentences), and
    nothing outside the quotation marks (``unquoted``: ``text`` with each quote a space)
    attributes it."""
    quoted = sum(len(m) for m in QUOTED.findall(text))
    open_ended = not QUOTED.search(text)
    if quoted <= 0.5 * len(text) and not open_ended:
        return False
    # words after an opening quotation mark that nothing closes are quoted too ("“The
    # president has never asked Mr. Comey ..." names no speaker)
    outside = _OPENING_MARK.split(unquoted, maxsplit=1)[0]
    return not (_ATTRIBUTION.search(outside) or _SPEAKER_AFTER_QUOTE.search(text))


def problems(text: str) -> set[str]:
    """Why ``text`` should not stand alone in a summary (an empty set: it can)."""
    first_mark = QUOTE_MARK.search(text)
    unquoted = QUOTED.sub(" ", text) if first_mark else text  # the writer's own words
    opens_with_quote = _opens_with_quote(text, first_mark)
    found: set[str] = set()
    tokens = text.split()
    words = len(tokens)
    if words < MIN_WORDS or (words < _ALWAYS_CONTENT and len(terms(text)) < MIN_CONTENT_TERMS):
        found.add("fragment")
    if words > MAX_WORDS:
        found.add("run-on")
    if "?" in text[-3:]:
        found.add("question")
    elif text.rstrip().endswith("!"):  # the writer's own, not a quote's ("Go!" she said)
        found.add("exclamation")
    elif _ends_unfinished(text):
        found.add("unfinished")
    if _NO_SUBJECT.match(text):
        found.add("fragment")
    if not _GOOD_START.match(text):
        found.add("fragment")
    else:
        first = "" if _OPENS_QUOTE.match(text) else _first_word(text)
        if first in _CONTEXT_WORDS or (
            first
            and (
                _CONTEXT_PHRASE.match(text)
                or _PRONOUN_AFTER_OPENING.match(text)
                or (", th" in text and _DEMONSTRATIVE_AFTER_OPENING.match(text))
                or _PRONOUN_OPENS_CLAUSE.match(text)
                or _BACK_REFERENCE.match(text)
                or _CONNECTIVE_INSIDE.match(text)
                or _CONNECTIVE_LAST.search(text, max(0, len(text) - _END_WINDOW))
                or _counts_beyond(text, first)
                or _bare_toll(text, words)
                or _also_after_subject(text)
                or _pronoun_in_subject(text)
                or _resulting_from_before(text)
                or (first in _INTERJECTIONS and _PRONOUN_AFTER_INTERJECTION.match(text))
                or _such_or_stated(unquoted)
            )
        ):
            found.add(LEANS_BACK)
        if (
            first in _VOICE_WORDS
            or (_FIRST_PERSON.search(text) and _first_person(unquoted))
            or (
                (" our " in unquoted or "of you" in unquoted) and _OUTLET_OR_READER.search(unquoted)
            )
            or (words <= _POINTER_WORDS and _points_forward(text))
            or (
                "you" in unquoted
                and _GENERIC_YOU.search(unquoted)
                and not _ATTRIBUTION.search(unquoted)
            )
        ):
            found.add("needs context")
    if _mostly_caps(text):
        found.add("all caps")
    elif not _LOWER_CASE_WORD.search(text) and title_case(
        _HEADLINE_PREPOSITION.sub("", text), min_words=3
    ):
        found.add("headline")  # "Terrorism Returns to Spain: Three Attacks in Three Days."
    elif _TEASER.match(text) or (": " in text[:40] and _SPEAKER_DEK.match(text)):
        found.add("headline")
    lower = text.lower()
    if (
        _web_address(lower)
        or _BOILERPLATE_SENTENCE.match(lower)
        or _BOILERPLATE.search(lower)
        or _VOCATIVE_HAND_OFF.match(text)
        or (any(w in lower for w in _POLL_WORDS) and _POLL_METHOD.match(lower))
        or ("site" in lower and _PAGE_SPEAKS.search(lower))
        or (
            tokens  # an empty text ends on no word
            and tokens[-1][:1].isupper()
            and any(w in lower for w in _AUTHOR_WORDS)
            and _AUTHOR_NOTE.search(text)
        )
        or (words <= _TAGLINE_WORDS and " is " in text and _TAGLINE.match(text))
    ):
        found.add("boilerplate")
    if _caption(text, lower):
        found.add("caption")
    if (
        _OPINION_LABEL.match(text)
        or _ADDRESSES_READER.match(text)
        or _ADDRESSES_READER_AFTER_OPENING.match(text)
        or ("answer" in text and _OWN_ANSWER.match(text))
        or ("will " in unquoted and _STRAW_MAN.search(unquoted))
    ):
        found.add("opinion")
    if first_mark and _CLOSING_MARK.match(text, first_mark.start()):
        found.add(LEANS_BACK)  # it carries on the quote the sentence before opened
    if opens_with_quote and _unattributed_quote(text, unquoted):
        found.add("unattributed quote")
    elif (
        (opens_with_quote and _PRONOUN_SPEAKER.search(text))
        or _TRAILING_PRONOUN_SPEAKER.search(text)
        or ("the former" in text and _FORMER_SPEAKER.search(text))
        or (
            any(w in unquoted for w in _DEMONSTRATIVE_WORDS)
            and _DEMONSTRATIVE_BACK.search(unquoted)
        )
        or _unbound_object_pronoun(text)
    ):
        found.add(LEANS_BACK)
    return found


# Each tier lists the problems it tolerates; the first tier with any candidate wins. A cluster
# of opinion pieces alone (Romney's op-ed, twice) is told in its columnists' best sentences,
# not in the fragments and first-person asides the loosest tier lets in. The first
# `WELL_FORMED_TIERS` hold sentences that read whole, so one that leans back must follow its
# sentence there; the looser tiers' text may lack context anyway.
WELL_FORMED_TIERS = 2
_TIERS: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"opinion"}),
    frozenset({"needs context", "unattributed quote", "unfinished", "run-on", VERDICT_FOLLOWS}),
    frozenset(
        {
            "needs context",
            VERDICT_FOLLOWS,
            "unattributed quote",
            "unfinished",
            "run-on",
            "fragment",
            "question",
            "exclamation",
            "all caps",
            "headline",
            "boilerplate",
            "caption",
            "opinion",
        }
    ),
)


def names_a_speaker(text: str) -> bool:
    """Whether words outside the quotation marks attribute speech ("..., Rodman said.", "The
    chief said the department ...") or introduce it ("... said in a statement:")."""
    return bool(_ATTRIBUTION.search(QUOTED.sub(" ", text))) or text.rstrip().endswith(":")


# A person named only by an honorific and a surname ("“I wanted to feel more whole,” said Mr.
# Luu, 41.") was introduced by full name earlier in the article: alone in a summary, the name
# is nobody's. A second capitalised word is the first name ("Dr. Vivek Murthy", "Mr Justice
# Paul Gilligan"); a possessive's "'s" is no part of a name.
_NAME_WORD = r"[A-Z][\w-]+(?:['’][A-Z][\w-]+)?"  # "O'Brien"
_HONORIFIC_SURNAME = re.compile(rf"(?=[MD])\b(?:Mr|Mrs|Ms|Dr)\.? ({_NAME_WORD})\b(?!['’]?\s*[A-Z])")
_CAPITALISED_WORD = re.compile(rf"\b{_NAME_WORD}")
_HONORIFICS = re.compile(r"M[rs]|Dr")  # a plain scan first: most sentences have none


def _article_numbers(before: Sequence[int]) -> list[int]:
    """For each text, the index of the first text of its run of consecutive texts (its
    article, as far as ``before`` tells)."""
    first: list[int] = []
    for i, previous in enumerate(before):
        first.append(first[previous] if 0 <= previous < i else i)
    return first


def _unintroduced_people(texts: Sequence[str], before: Sequence[int]) -> list[bool]:
    """Whether each text names someone only as "Mr. Luu" (`_HONORIFIC_SURNAME`), with no full
    name in the sentence ("Tuan Luu") and no other report of the cluster naming that surname:
    the story's own actors ("Mr. Cuomo" where other reports say "Cuomo") need no
    introduction."""
    surnames = [
        {m.group(1) for m in _HONORIFIC_SURNAME.finditer(text)}
        if _HONORIFICS.search(text)
        else set()
        for text in texts
    ]
    if not any(surnames):
        return [False] * len(texts)
    words: dict[int, set[str]] = {}
    for text, article in zip(texts, _article_numbers(before), strict=True):
        words.setdefault(article, set()).update(_CAPITALISED_WORD.findall(text))
    reports_naming = Counter(word for article_words in words.values() for word in article_words)
    return [
        any(reports_naming[surname] < 2 and not _full_name(text, surname) for surname in names)
        for text, names in zip(texts, surnames, strict=True)
    ]


def _full_name(text: str, surname: str) -> bool:
    """Whether ``text`` gives ``surname`` a first name ("Tuan Luu"), not just an honorific."""
    return bool(re.search(rf"\b(?!(?:Mr|Mrs|Ms|Dr)\b){_NAME_WORD} {re.escape(surname)}\b", text))


def sentence_problems(
    texts: Sequence[str], before: Sequence[int] = (), framed: Sequence[set[str]] = ()
) -> list[set[str] | None]:
    """`problems` of each text; None for an empty one (which never qualifies).

    ``framed[i]``: the problems text i has from where it stands in its article
    (`framed_problems`). ``before[i]``: the index of the text right before text i in its
    article (-1: none). A quote with no speaker right after a text that names one carries on
    that speaker's words ("“I'm not going to North Korea to discuss freeing Kenneth Bae,” Rodman
    told Reuters." | "“I'm just going there on another basketball diplomacy tour.”"), so it
    leans back instead; so does a text that names someone the article introduced before it
    (`_unintroduced_people`). A text that a short verdict right after it judges has a
    `VERDICT_FOLLOWS` problem.
    """
    found = [problems(t) if t.strip() else None for t in texts]
    for problems_of, frame in zip(found, framed, strict=False):  # no frame: nothing to add
        if problems_of is not None:
            problems_of |= frame
    if len(before):
        for problems_of, unintroduced in zip(
            found, _unintroduced_people(texts, before), strict=True
        ):
            if problems_of is not None and unintroduced:
                problems_of.add(LEANS_BACK)
    for i, previous in enumerate(before):
        quote = found[i]
        if (
            quote
            and "unattributed quote" in quote
            and previous >= 0
            and names_a_speaker(texts[previous])
        ):
            found[i] = quote - {"unattributed quote"} | {LEANS_BACK}
        elif quote is not None and previous >= 0 and _inside_open_quote(texts[i], texts[previous]):
            quote.add(LEANS_BACK)
        if (
            previous >= 0
            and (claim := found[previous]) is not None
            and quote
            and "fragment" in quote  # cheap, and a verdict is one
            and _short_verdict(texts[i])
        ):
            claim.add(VERDICT_FOLLOWS)
    return found


def _short_verdict(text: str) -> bool:
    """Whether ``text`` is a verdict (`_VERDICT`) too short to stand alone (`MIN_WORDS`)."""
    return bool(_VERDICT.match(text)) and len(text.split()) < MIN_WORDS


# A title written in a headline's grammar, which the AllSides set repeats as its text's first
# line with a full stop: a kicker before a colon ("TikTok: US judge halts app store ban.",
# "‘Not a healthy environment’: Kamala Harris’ office rife with dissent.") or its source after a
# colon or a dash ("Federal debt to reach $100 trillion: CBO.", "... – report."). In a summary
# it reads as the outlet's headline, not a report's sentence. Only the article's own title
# counts, since prose opens so too ("The reason: ..."); a title that reads as a sentence
# ("Trump vetoes $740 billion defense legislation.", or "Pentagon to send troops to border.")
# stays: leaving out every title cost AllSides 1 point of ROUGE-2.
_HEADLINE_KICKER = re.compile(
    r"(?:[‘'\"“][^’'\"”]{2,60}[’'\"”]|[^\s:.!?\"“‘](?:[^\s:.!?]*\s?){1,5}):\s+[\"“‘']?[A-Z0-9]"
)
_HEADLINE_SOURCE = re.compile(
    r"(?::|\s[–—-])\s+(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}|reports?|sources?)\.?$"
)


def headline_grammar(text: str) -> bool:
    """Whether a title is written in a headline's grammar (see `_HEADLINE_KICKER`)."""
    return bool(_HEADLINE_KICKER.match(text) or _HEADLINE_SOURCE.search(text))


def framed_problems(articles: Sequence[Article], sentences: Sequence[Sentence]) -> list[set[str]]:
    """The problems each sentence has from where it stands, which its words do not show: in an
    opinion piece (`_OPINION_PIECE` on the title, or a writer's `_OPINION_DECLARED` at the
    top) it is "opinion", in a block quote (`_block_quotes`), with no quotation marks of its
    own, an "unattributed quote", and as its article's title in a headline's grammar
    (`headline_grammar`), a "headline"."""
    opinion = {
        a.id for a in articles if (a.title and _OPINION_PIECE.match(a.title)) or _declares(a)
    }
    quotes = {
        a.id: spans
        for a in articles
        if (spans := _block_quotes(a.text) + _inline_quotes(a.text) + _carried_quotes(a.text))
    }
    headlines = {a.id: a.title for a in articles if a.title and headline_grammar(a.title)}
    if not opinion and not quotes and not headlines:  # most clusters
        return [set() for _ in sentences]
    found: list[set[str]] = []
    for sentence in sentences:
        frame = {"opinion"} if sentence.article_id in opinion else set()
        if is_headline(sentence.text, headlines.get(sentence.article_id)):
            frame.add("headline")
        if any(
            start <= sentence.start < end for start, end in quotes.get(sentence.article_id, ())
        ) and not QUOTE_MARK.search(sentence.text):
            frame.add("unattributed quote")
        found.append(frame)
    return found


def _declares(article: Article) -> bool:
    """Whether the writer declares an opinion in the article's first paragraph after its title
    (`_OPINION_DECLARED`), in their own words."""
    paragraphs = [p for p in article.text[: 2 * _OPENING_CHARS].split("\n\n") if p.strip()]
    if paragraphs and article.title and paragraphs[0].strip() == article.title.strip():
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return False
    opening = QUOTED.sub(" ", paragraphs[0][:_OPENING_CHARS])
    return any(
        ":" not in re.split(r"[.!?]\s", opening[: m.start()])[-1]
        for m in _OPINION_DECLARED.finditer(opening)
    )


# A block quote: a paragraph after one whose words lead in to it with a colon ("... like Paul
# Ehrlich, the author of The Population Bomb, whom Kunzig quotes:"; not a label, "UPDATE:",
# "Feb. 5, 2018:", nor a pointer to a picture or a chart the page showed, "A U.N. graph shows
# how fast population has grown:"), or one signed after its last sentence ("... People, people,
# people, people. —Paul Ehrlich"; not an agency's "— Reuters"). Its sentences are someone
# else's words ("The streets seemed alive with people."), not the writer's.
_SIGNED = re.compile(
    rf"(?:^|[.!?…][\"”’]?\s*)[—–]\s?(?!{AGENCY}\W*$)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}}\W*$"
)
_SIGNATURE_TAIL = 60  # characters of a paragraph's end that `_SIGNED` needs to see
_PROSE_WORD = re.compile(r"(?:^|[\s(“\"])[a-z]{2,}\b")
_SHOWN = re.compile(
    r"(?=[abcgimpvt])\b(?:below|above|graph|chart|map|video|photo|picture|clip|image|table)s?\b"
)
_LEAD_IN_TAIL = 100  # characters before a colon that `_leads_in` reads


def _block_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block quote in a cleaned article ``text`` (paragraphs between blank
    lines) that does not open with a quotation mark (the quote rules judge those)."""
    if ":\n\n" not in text and "—" not in text and "–" not in text:
        return []  # most articles: no colon before a paragraph, no dash to sign one
    spans: list[tuple[int, int]] = []
    start, introduced = 0, False
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if (introduced or _signed(paragraph)) and not _OPENS_QUOTE.match(paragraph.lstrip()):
            spans.append((start, end))
        introduced = _leads_in(paragraph.rstrip())
        start = end + 2
    return spans


# An inline lead-in: a speech verb, or "this line", "the following question", then at most five
# words and a colon, and the speech runs on, unquoted, to the paragraph's end ("He offered this
# line: There are 50 former national intelligence folks who said ... Five former heads of the
# CIA — both parties — say what he's saying is a bunch of garbage."). Only the verb's forms
# that cannot be a noun or an infinitive count ("The state of play:", "something more delicate
# to report:"), and not "continues:", which goes on with the story.
_SPEECH_FORMS = alternation(
    w
    for w in SPEECH_VERBS
    if w.endswith(("s", "ed", "id", "ld", "ote", "ing")) and w[:7] != "continu"
)
_INLINE_LEAD_IN = re.compile(
    rf"\b(?:{_SPEECH_FORMS}|(?:this|these|the following) (?:line|lines|question|words|remarks|"
    r"message|statement|answer|response|reply|passage))\b(?: [\w'’-]+){0,5}$"
)
_COLON_BEFORE_SPEECH = re.compile(r": (?=[A-Z])")


def _inline_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the speech after each inline lead-in (`_INLINE_LEAD_IN`) in ``text``:
    from the colon to its paragraph's end."""
    spans: list[tuple[int, int]] = []
    for colon in _COLON_BEFORE_SPEECH.finditer(text):
        if _INLINE_LEAD_IN.search(text, max(0, colon.start() - _LEAD_IN_TAIL), colon.start()):
            end = text.find("\n\n", colon.end())
            spans.append((colon.end(), len(text) if end < 0 else end))
    return spans


# A quotation carried across paragraphs, in the news convention: each paragraph of a long quote
# reopens with a quotation mark and only the last one closes, so the paragraphs before a
# reopening, with no mark of their own, are the speaker's words too ("... speech: "This is a
# very historic hour ..." | "The youth movement of January 25 has succeeded ..." | ""What the
# president declared today ..."). A lead-in that hands the page over to a text ("Here are the
# remarks of Egyptian Vice President Omar Suleiman following ...:", "Here is the full text of
# the statement:") makes the rest of the article that text.
_TEXT_FOLLOWS = re.compile(
    r"(?:^|\n\n)(?:Here|Below|Following) (?:is|are) (?:an? |the |some )?(?:full |complete |"
    r"prepared |edited )?(?:text|transcript|remarks|statement|speech|address|letter|excerpts?)"
    r"\b[^\n:]*:"
)
# a plain test before the search, which reads the whole text
_TEXT_FOLLOWS_WORDS = tuple(
    f"{w} {v} " for w in ("Here", "Below", "Following") for v in ("is", "are")
)


def _carried_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words in ``text`` that a quotation runs on through past its
    paragraph's end (see `_TEXT_FOLLOWS`): from an opening mark that its paragraph leaves open
    to the next paragraph that reopens with a mark, where no mark comes between."""
    if any(word in text for word in _TEXT_FOLLOWS_WORDS) and (
        lead_in := _TEXT_FOLLOWS.search(text)
    ):
        return [(lead_in.end(), len(text))]
    if '"' not in text and "“" not in text:
        return []
    spans: list[tuple[int, int]] = []
    open_at, start = -1, 0  # open_at: where the quote left open begins, else -1
    for paragraph in text.split("\n\n"):
        if open_at >= 0 and QUOTE_MARK.search(paragraph):
            if _OPENING_MARK.match(paragraph.lstrip()):
                spans.append((open_at, start))
            open_at = -1
        if left_open := _left_open(paragraph):
            open_at = start + left_open
        start += len(paragraph) + 2
    return spans


def _left_open(paragraph: str) -> int:
    """Where the last quotation of ``paragraph`` opens, if nothing closes it, else 0."""
    if '"' not in paragraph and "“" not in paragraph:  # most paragraphs: no search
        return 0
    opening = [m.start() for m in _OPENING_MARK.finditer(paragraph)]
    if not opening or _CLOSING_MARK.search(paragraph, opening[-1] + 1):
        return 0
    return opening[-1] or 1  # at the paragraph's start: still a quote left open


def _signed(paragraph: str) -> bool:
    """Whether ``paragraph`` ends on a signature (`_SIGNED`)."""
    tail = paragraph[-_SIGNATURE_TAIL:]
    return ("—" in tail or "–" in tail) and bool(_SIGNED.search(tail))


def _leads_in(paragraph: str) -> bool:
    """Whether ``paragraph`` introduces the next one as a block quote (see `_SIGNED`)."""
    if not paragraph.endswith(":"):
        return False
    tail = paragraph[-_LEAD_IN_TAIL:]
    return bool(_PROSE_WORD.search(tail)) and not _SHOWN.search(tail)


def _inside_open_quote(text: str, previous: str) -> bool:
    """Whether ``text``, with no quotation mark of its own, carries on a quote that
    ``previous`` opened and left open: pysbd split a speaker's words ("“It's new." | "Viagra is
    a tool of massive rape." | "“So we are investigating." stood as a flat claim)."""
    # Most sentences hold neither opening mark that `_OPENING_MARK` knows; testing for them
    # first (`QUOTED.sub` adds no mark) skips the regex work on those.
    return (
        ("“" in previous or '"' in previous)
        and not QUOTE_MARK.search(text)
        and bool(_OPENING_MARK.search(QUOTED.sub(" ", previous)))
    )


def candidate_masks(found: Sequence[set[str] | None]) -> list[np.ndarray]:
    """Boolean masks of acceptable sentences given their `sentence_problems`, strictest tier
    first. Leaning back is no bar here: it is a condition on what precedes the sentence,
    which `select.mmr_select` enforces."""
    return [
        np.array([p is not None and p - {LEANS_BACK} <= tier for p in found], dtype=bool)
        for tier in _TIERS
    ]
