"""Text a research corpus stores pre-tokenised, put back the way it was printed.

Timeline17 and other corpora built with Penn Treebank tools store articles as tokens with
spaces around them: ``Gaddafi 's troops , which wo n't -LRB- Reuters -RRB- say `` no '' .``.
Left so, every later stage suffers: a summary or a quote reads ``Gaddafi 's``, the brackets
hide ``(Reuters)`` from the dateline rule, ``$ 2.3 billion`` is no amount and ``-LRB-`` looks
like a word. `is_pretokenised` recognises such a text as a whole (one ``can 't`` in a forum
post does not make it one) and `detokenise_lines` undoes the tokeniser's conventions line by
line, carrying an open quotation from one line to the next.
"""

from __future__ import annotations

import re

__all__ = ["detokenise_lines", "is_pretokenised", "rejoin_split_tickers"]

# The tokeniser's names for brackets, which no printed text uses.
_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-")
# A comma or full stop with a space before it and after it (or at the line's end).
_SPACED_PUNCTUATION = re.compile(r"\w [,.](?= |$)", re.MULTILINE)
_PUNCTUATION = re.compile(r"\w[,.](?= |$)", re.MULTILINE)
# Clitics split from their word: "do n't", "Gaddafi 's", "they 're".
_CLITIC = re.compile(r"(?<=[\w.]) (?=(?:n't|'(?:s|re|ve|ll|d|m))\b)", re.IGNORECASE)
# Commas, full stops and clitics spaced off their word in at least this many places, and in
# more places than a comma or full stop ends a word, make a text pre-tokenised.
_MIN_SPACED = 3

_OPEN_BRACKET = re.compile(r"([(\[{]) ")
_CLOSE_BRACKET = re.compile(r" ([)\]}])")
_BEFORE_PUNCTUATION = re.compile(r"(?<=\S) (?=[,.;:?!%](?:\s|$))")
# A decimal split from its point, thousands from their comma: "3 .18 million liters",
# "250,000-350 ,000 barrels".
_SPLIT_DECIMAL = re.compile(r"(?<=\d) ([.,])(?=\d)")
# "U.S. ." at a sentence's end: the abbreviation's full stop is the sentence's.
_DOUBLE_STOP = re.compile(r"(?<=[A-Z]\.) \.(?=\s|$)")
# "$ 2.3 billion"; "# 244m" is the pound sign, which Treebank tools write "#".
_CURRENCY = re.compile(r"([$€£]) (?=\d)")
_POUND = re.compile(r"(?<![\w#])# (?=\d)")
# Escaped slashes and asterisks: "BENGHAZI\/LONDON", "\* Offshore premiums up".
_ESCAPED = re.compile(r"\\([/*])")
# Quotation marks: `` opens, '' closes (some corpora write '' for both), ` and ' for single.
_QUOTE_TOKEN = re.compile(r"(?:(?<=\s)|^)(``|''|`)(?=[\s,.;:?!)]|$)|(?<=\s)'(?=[\s,.;:?!)]|$)")


def is_pretokenised(paragraphs: list[str]) -> bool:
    """Whether the text as a whole is stored as Treebank tokens."""
    text = "\n".join(paragraphs)
    if _BRACKET_TOKEN.search(text) or "``" in text:
        return True
    spaced = len(_SPACED_PUNCTUATION.findall(text)) + len(_CLITIC.findall(text))
    return spaced >= _MIN_SPACED and spaced > len(_PUNCTUATION.findall(text))


# A stock ticker the tokeniser split at its full stop, and the sentence splitter at the line:
# "BP -LRB- BP .\nL -RRB- exploded".
# ... Hong Kong's and Tokyo's are numbers: "-LRB- 0293 .\nHK -RRB-" (Cathay Pacific)
_SPLIT_TICKER = re.compile(r"-LRB- ([A-Z]{1,6}[a-z]?|\d{3,6}) \. *\n([A-Z]{1,3}) -RRB-")


def rejoin_split_tickers(text: str) -> str:
    """Tickers written whole, "-LRB- BP.L -RRB-", so that the sentence around them is one line."""
    return _SPLIT_TICKER.sub(r"-LRB- \1.\2 -RRB-", text)


def detokenise_lines(lines: list[str]) -> list[str]:
    """The lines of a pre-tokenised text as printed, a quotation carried from line to line:
    Timeline17 stores one sentence a line, so a quote of two sentences ends on the line after
    the one it opened on ("`` West Libya 's supply ... is still sufficient ." / "Western powers
    want a lot more control over supplies to Libya , '' the source said .") and its ``''``
    closes it there."""
    printed: list[str] = []
    quote_open = False
    for line in lines:
        line, quote_open = _detokenise(line, quote_open)
        printed.append(line)
    return printed


def _detokenise(line: str, quote_open: bool) -> tuple[str, bool]:
    """The line as printed, and whether a double quote is still open after it."""
    for token, bracket in _BRACKETS.items():
        line = line.replace(token, bracket)
    line = _ESCAPED.sub(r"\1", line)
    line = _CLITIC.sub("", line)
    line = _SPLIT_DECIMAL.sub(r"\1", line)
    line = _DOUBLE_STOP.sub("", line)
    line = _BEFORE_PUNCTUATION.sub("", line)  # before the quotes: "angry , ''" is 'angry,"'
    line, quote_open = _quotes(line, quote_open)
    line = _OPEN_BRACKET.sub(r"\1", _CLOSE_BRACKET.sub(r"\1", line))
    line = _POUND.sub("£", line)
    return _CURRENCY.sub(r"\1", line), quote_open


def _quotes(line: str, open_double: bool) -> tuple[str, bool]:
    """Each quotation mark token joined to the words it encloses, and whether a double quote
    is open at the line's end (``open_double``: at its start).

    ``\\`\\``` and ``\\``` open. ``''`` closes a quote that is open and opens one otherwise,
    unless nothing follows it on the line (a quote that began in an earlier paragraph ends
    here); a lone ``'`` joins the word before it: it closes a single quote or is a plural's
    possessive ("the workers ' union")."""
    pieces: list[str] = []
    last = 0
    open_single = False
    for match in _QUOTE_TOKEN.finditer(line):
        token = match.group(1) or "'"
        double = token in ("``", "''")
        mark = '"' if double else "'"
        is_open = open_double if double else open_single
        ends_line = not line[match.end() :].strip(" .,;:?!)")
        opens = token in ("``", "`") or (double and not is_open and not ends_line)
        before = line[last : match.start()]
        if opens:
            pieces.append(before + mark)
            last = match.end() + (1 if line[match.end() : match.end() + 1] == " " else 0)
        else:
            pieces.append(before.rstrip(" ") + mark)
            last = match.end()
        if double:
            open_double = opens
        else:
            open_single = opens
    pieces.append(line[last:])
    return "".join(pieces), open_double
