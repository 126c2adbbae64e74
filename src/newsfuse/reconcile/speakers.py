"""Who a conflict variant is attributed to, named the way the rest of the brief names them.

Sources write one speaker many ways: "Col. Wayne Marotto", "US Army Colonel Wayne Marotto",
"Marotto"; a claimant is "a previously unknown group calling itself "X"" in one sentence and
"the group" in the next. A reader comparing variants needs one name per speaker, so a speaker
that is a known person or organisation of the cluster is shown by its canonical name, and one
that is, or refers back to, a claimant by the claimant's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsfuse.extract import Extraction
from newsfuse.extract.attribution import Attribution
from newsfuse.reconcile.claims import Claimant

__all__ = ["Speakers"]

# Words before a name that make the speaker something *named after* it, not the person.
_NAMING = re.compile(r"[\"“”‘’]|\b(?:calling|called|named|itself|after)\b", re.I)
# A speaker that refers back to an organisation without naming it.
_BARE_GROUP = re.compile(
    r"^(?:the|this|that)\s+(?:\w+\s+)?(?:group|militia|organi[sz]ation|faction|outfit|"
    r"movement|network|collective|cell|brigades?)$",
    re.I,
)


class Speakers:
    """Canonical speaker names for one cluster (its entities and its claimants)."""

    def __init__(self, extraction: Extraction, claimed: Sequence[Claimant]) -> None:
        names: dict[str, tuple[str, str]] = {}
        for entity in extraction.canonical:
            if entity.label in ("PERSON", "ORG"):
                for form in (entity.name, *entity.aliases):
                    if len(form) >= 4:
                        names.setdefault(form, (entity.name, entity.label))
        # longest spelling first, so the most specific match wins
        self._names = dict(sorted(names.items(), key=lambda item: -len(item[0])))
        self._claimants = list(claimed)

    def name(self, speaker: str, article_id: str) -> str:
        """The canonical name of the person, organisation or claimant ``speaker`` is.

        A person's spelling must end the speaker, after at most a title or role ("Col. Wayne
        Marotto", "spokesman Wayne Marotto"); an organisation must be the whole speaker. So
        "Pentagon officials" stays as written, and a group "calling itself ... al-Muhandis" is
        not the man. A speaker containing a claimant's name, or a bare "the group" in an article
        with exactly one claimant, is that claimant.
        """
        folded = speaker.casefold()
        in_article = [c for c in self._claimants if article_id in c.article_ids]
        for claimant in self._claimants:
            if any(form.casefold() in folded for form in (claimant.name, *claimant.aliases)):
                return claimant.name
        if len(in_article) == 1 and _BARE_GROUP.match(speaker.strip()):
            return in_article[0].name
        bare = speaker.strip().removeprefix("the ").removeprefix("The ")
        for form, (name, label) in self._names.items():
            if label == "ORG" and bare == form:
                return name
            if label == "PERSON" and bare.endswith(form):
                prefix = bare[: -len(form)]
                if (not prefix or prefix.endswith(" ")) and not _NAMING.search(prefix):
                    return name
        return speaker

    def attributed_to(self, frames: Iterable[tuple[Attribution, str]]) -> str | None:
        """Who states a value, from its ``(frame, article id)`` pairs: "Wayne Marotto",
        "the group (claim)", "U.S. officials (anonymous)"; several joined with "; "; None when
        there is no frame."""
        speakers: list[str] = []
        for frame, article_id in frames:
            speaker = self.name(frame.speaker, article_id)
            notes = [n for n in (frame.kind if frame.kind != "statement" else None,
                                 "anonymous" if frame.anonymous else None) if n]  # fmt: skip
            who = speaker + (f" ({', '.join(notes)})" if notes else "")
            if who not in speakers:
                speakers.append(who)
        return "; ".join(speakers) or None
