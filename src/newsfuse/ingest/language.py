"""A cheap check that an article is in English, the only language newsfuse reads.

Every later stage is English: pysbd's rules, the cleaning patterns, the number, date and
attribution patterns, the stop words of the summarizer. A German or Arabic article in a cluster
would give the brief untranslated summary sentences and false "conflicts", so ingest skips it
with a warning naming the language it looks like. The check is deliberately conservative; it
only says "not English" when it is clear:

* texts with fewer than `MIN_SCRIPT_LETTERS` letters are not judged (a caption, a list of
  numbers), and one with fewer than `MIN_LETTERS` only when it holds `MIN_SHORT_HITS` function
  words of one other language and no English one ("Der frühere libysche Machthaber ist nach
  Angaben des Nationalen Übergangsrats getötet worden.");
* a text of at least `MIN_SCRIPT_LETTERS` letters, most of them outside the Latin script, is
  named by its script ("Arabic", "Cyrillic", "CJK", ...): a Chinese character is a word;
* a Latin-script text is named as another language when that language's function words are
  at least `MIN_SHARE` of its words and more than twice as frequent as English ones. A table,
  a list of names or an English text quoting a foreign sentence is therefore kept.

Only the first `SAMPLE_CHARS` characters are looked at, so the cost is fixed per article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

MIN_LETTERS = 200
MIN_SCRIPT_LETTERS = 50
MIN_SHORT_HITS = 4
MIN_SHARE = 0.08
SAMPLE_CHARS = 5_000

_ENGLISH = frozenset(
    """the of and to in a is that for it was on with as he she be by at from his her have has
    are an they this said had not but were will would been their which who its or after
    about more than also over into one two new we our you i there when what all up out""".split()  # noqa: SIM905
)
# Function words of other languages that newsfuse users meet, minus any English word.
_OTHERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) - _ENGLISH
    for name, words in {
        "German": "der die und das ist nicht zu den von mit sich des auf für im dem ein eine "
        "auch es als wird aus bei hat nach wie sie wurde sind noch oder werden über",
        "French": "le la les et des est une du en que pour dans qui pas au sur par ne se il "
        "elle avec ce sont été aux cette mais ont ou leur",
        "Spanish": "el la los las de que y en un una es por con para del se al lo como más "
        "pero sus le ha fue este según sobre también",
        "Italian": "il di che è la le per un una non del della con sono gli nel alla si anche "
        "come ma dei delle ha stato questo",
        "Portuguese": "o os a as de que e do da em um uma para com não no na por se dos das "
        "foi ao mais pelo pela também",
        "Dutch": "de het een en van is dat niet op te zijn met voor hij er aan ook als door "
        "maar bij naar werd worden heeft",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")  # letters outside the Latin script
_LANGUAGES_OF: dict[str, list[str]] = {}
for _name, _vocabulary in {"English": _ENGLISH, **_OTHERS}.items():
    for _word in _vocabulary:
        _LANGUAGES_OF.setdefault(_word, []).append(_name)


def _script(char: str) -> str:
    """The script of a letter as Unicode names it: 'ARABIC', 'CYRILLIC', 'CJK', ..."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def foreign_language(text: str) -> str | None:
    """The language or script ``text`` clearly is, when it is not English; else None."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < MIN_SCRIPT_LETTERS:
        return None
    others = _NON_LATIN.findall(sample)
    if len(others) * 2 > letters:
        script = Counter(map(_script, others)).most_common(1)[0][0]
        return f"{script if len(script) <= 3 else script.title()} script"  # CJK, Arabic
    words = _WORD.findall(sample.lower())
    hits: Counter[str] = Counter()
    for word in words:
        hits.update(_LANGUAGES_OF.get(word, ()))
    english = hits.pop("English", 0)
    if not hits:
        return None
    name, count = max(hits.items(), key=lambda pair: (pair[1], pair[0]))
    if letters < MIN_LETTERS:  # a sentence or two: only with no English word among many
        return name if not english and count >= MIN_SHORT_HITS else None
    if count >= MIN_SHARE * len(words) and count > 2 * english:
        return name
    return None
