"""Broadcast transcripts: the speaker labels before each turn and the production cues inside.

A transcript (CNN's "State of the Union", NPR's "Weekend Edition") opens each turn with its
speaker in capitals, "CANDY CROWLEY, HOST:" then "CROWLEY:", and marks what is not speech,
"(CROSSTALK)", "(BEGIN VIDEOTAPE)". Left in, the label glues to the turn's first sentence (a
summary sentence opening "MARTIN: It started out as a simple walk ...") and reads as a name
("COMMERCIAL BREAK" PERSON, "CROWLEY" ORG). The words of the turn stay; who spoke is not
kept, as no other article text carries its speaker.
"""

from __future__ import annotations

import re

from newsfuse.words import word_set

# "CROWLEY:", "CANDY CROWLEY, HOST:", "NIC ROBERTSON, CNN SENIOR INTERNATIONAL CORRESPONDENT:",
# "UNIDENTIFIED FEMALE:" at a paragraph's start: capitals only, up to four words of name and
# up to three comma-separated parts of role.
_CAPS_WORD = r"[A-Z][A-Z'.&/-]*[A-Z.]"
_LABEL = re.compile(
    rf"^(?P<name>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    rf"(?P<role>(?:, (?:{_CAPS_WORD}|[A-Z])(?: {_CAPS_WORD})*){{0,3}}):(?:\s+|$)"
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
    if label is None or label["name"] in _NOT_SPEAKERS or len(label["name"]) < 2:
        return None
    return label


def transcript_turns(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Speaker labels and production cues removed, in a transcript: a page where a label names
    a role ("CANDY CROWLEY, HOST:") or one speaker opens two turns or more ("MARTIN:" ...
    "MARTIN:"); one capitalised word before a colon elsewhere is no speaker ("BAGHDAD: ...").
    Returns the kept paragraphs and what was removed."""
    labels = [_speaker(p) for p in paragraphs]
    names = [label["name"] for label in labels if label is not None]
    transcript = any(label is not None and label["role"] for label in labels) or len(names) > len(
        set(names)
    )
    kept: list[str] = []
    removed: list[str] = []
    for paragraph, label in zip(paragraphs, labels, strict=True):
        if transcript and label is not None:
            removed.append(label.group().strip())
            paragraph = paragraph[label.end() :]
        if _CUE.search(paragraph):
            removed.extend(cue.strip() for cue in _CUE.findall(paragraph))
            paragraph = _CUE.sub("", paragraph).strip()
        if paragraph:
            kept.append(paragraph)
    return kept, removed
