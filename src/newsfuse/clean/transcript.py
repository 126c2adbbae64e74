"""Broadcast transcripts: the speaker labels before each turn and the production cues inside.

A transcript (CNN's "State of the Union", NPR's "Weekend Edition") opens each turn with its
speaker in capitals, "CANDY CROWLEY, HOST:" then "CROWLEY:", and marks what is not speech,
"(CROSSTALK)", "(BEGIN VIDEOTAPE)". Left in, the label glues to the turn's first sentence (a
summary sentence opening "MARTIN: It started out as a simple walk ...") and reads as a name
("COMMERCIAL BREAK" PERSON, "CROWLEY" ORG). The words of the turn stay; who spoke is not
kept, as no other article text carries its speaker. A Reuters video script labels the words
it quotes ("SOUNDBITE: U.S. Secretary of State saying (English): ..."), and that label goes too.
"""

from __future__ import annotations

import re

from newsfuse.words import word_set

# "CROWLEY:", "CANDY CROWLEY, HOST:", "NIC ROBERTSON, CNN SENIOR INTERNATIONAL CORRESPONDENT:",
# "UNIDENTIFIED FEMALE:" at a paragraph's start: capitals only, up to four words of name and
# up to three comma-separated parts of role. CNN notes how the turn reaches the viewer before
# the colon ("COOPER (voice-over):", "NETANYAHU, ISRAELI PRIME MINISTER (through translator):")
# or alone, for the speaker of the turn before ("(on camera): It's about 4:00 in the afternoon.").
_CAPS_WORD = r"[A-Z][A-Z'.&/-]*[A-Z.]"
_DELIVERY = (
    r"\((?:voice[- ]?over|on camera|off camera|through (?:a )?translator"
    r"|via (?:translator|telephone|phone|satellite)|on (?:the )?phone|by phone)\)"
)
_LABEL = re.compile(
    rf"^(?:(?P<name>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    rf"(?P<role>(?:, (?:{_CAPS_WORD}|[A-Z])(?: {_CAPS_WORD})*){{0,3}})"
    rf"(?: ?(?P<delivery>{_DELIVERY}))?:|(?P<alone>{_DELIVERY}):?)(?:\s+|$)"
)
# A Reuters video script's label, before the words it quotes: "SOUNDBITE: U.S. Secretary of
# State saying (English): ...", "(SOUNDBITE) (Arabic) ADEL, REBEL CHIEF IN ARRUJBAN, SAYING:",
# "SHASHANK JOSHI, ASSOCIATE FELLOW, ROYAL UNITED SERVICES, SAYING (English):". It is no
# transcript's: the script tells the story around it.
_SOUNDBITE = re.compile(
    r"^(?:\(?SOUNDBITES?\)?\s?:?\s?(?:\([A-Z][a-z]+\)\s?)?[^:]{1,150}?\b(?i:saying)"
    r"|[A-Z][A-Z .,'-]{2,150}, SAYING)\s?(?:\([A-Z][a-z]+\)\s?)?:\s*"
)
# Labels of a page's sections, not speakers: "OPINION: ..." (which the summarizer reads as an
# opinion piece's label), "UPDATE: ...", "WATCH: ...", and places listed with their counts.
_NOT_SPEAKERS = word_set(
    "OPINION ANALYSIS EDITORIAL COMMENTARY COLUMN REVIEW UPDATE UPDATED EXCLUSIVE BREAKING "
    "WATCH VIDEO PHOTOS PHOTO READ STORY BLOG NEW NOTE EDITOR'S CORRECTION WARNING US UK EU "
    "UN USA MORE ALSO RELATED TRENDING"
)
# What is not speech: "(CROSSTALK)", "(BEGIN VIDEO CLIP)", "(SOUNDBITE OF MUSIC)", "(ph)".
_CUE = re.compile(
    r"\s*\((?:(?:BEGIN|END) [A-Z -]+|CROSSTALK|COMMERCIAL BREAK|LAUGHTER|LAUGHS?|APPLAUSE"
    r"|INAUDIBLE|UNINTELLIGIBLE|AUDIO GAP|TRANSLATED|SOUNDBITE OF [A-Z ,'-]+|MUSIC|BEEP"
    r"|CHEERING|CHEERS|OFF-MIKE|ph)\)"
)


def _speaker(paragraph: str) -> re.Match[str] | None:
    label = _LABEL.match(paragraph)
    if label is None or label["alone"]:
        return label
    if label["name"] in _NOT_SPEAKERS or len(label["name"]) < 2:
        return None
    return label


def _is_transcript(labels: list[re.Match[str]]) -> bool:
    """A label names a role ("CANDY CROWLEY, HOST:") or a delivery ("(voice-over):"), or one
    speaker opens two turns."""
    names = [label["name"] for label in labels if label["name"]]
    marked = any(label["role"] or label["delivery"] or label["alone"] for label in labels)
    return marked or len(names) > len(set(names))


def _without_cues(paragraph: str) -> tuple[str, list[str]]:
    """The paragraph without its production cues, and the cues. They go first: a label behind
    one ("(CROSSTALK) BLITZER: Because it was only a week ago ...") starts the paragraph then."""
    cues = [cue.strip() for cue in _CUE.findall(paragraph)]
    return (_CUE.sub("", paragraph).strip(), cues) if cues else (paragraph, [])


def transcript_turns(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Speaker labels and production cues removed, in a transcript: a page where a label names
    a role ("CANDY CROWLEY, HOST:") or a delivery ("COOPER (voice-over):"), or one speaker
    opens two turns or more ("MARTIN:" ... "MARTIN:"); one capitalised word before a colon
    elsewhere is no speaker ("BAGHDAD: ..."). A video script's label ("SOUNDBITE: ... saying
    (English):") goes on any page. Returns the kept paragraphs and what was removed."""
    removed: list[str] = []
    uncued: list[str] = []
    for paragraph in paragraphs:
        text, cues = _without_cues(paragraph)
        removed.extend(cues)
        if soundbite := _SOUNDBITE.match(text):
            removed.append(soundbite.group().strip())
            text = text[soundbite.end() :]
        if text:
            uncued.append(text)
    labels = [_speaker(p) for p in uncued]
    transcript = _is_transcript([label for label in labels if label is not None])
    kept: list[str] = []
    for paragraph, label in zip(uncued, labels, strict=True):
        if transcript and label is not None:
            removed.append(label.group().strip())
            paragraph = paragraph[label.end() :]
        if paragraph:
            kept.append(paragraph)
    return kept, removed
