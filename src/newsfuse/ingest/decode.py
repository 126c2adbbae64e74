"""Bytes to text: BOM-aware, UTF-8 first, a predictable Western fallback, binary refused.

The fallback is deliberately fixed (cp1252, then latin-1) rather than statistically guessed:
on short news texts charset detectors pick exotic code pages (``café`` came back as cp1125,
``cafщ``), whereas cp1252 is what non-UTF-8 English/European news files almost always are,
and latin-1 can decode any byte so nothing is ever lost. The caller reports the fallback.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: How much of a file's start is inspected to decide whether it is binary.
SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_MAX_CONTROL_RATIO = 0.1


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, and a note for the user when a fallback encoding was needed."""

    text: str
    note: str | None = None


def bom_encoding(head: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``head``, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file look like binary data (image, archive, ...).

    Text never contains NUL bytes (UTF-16 is recognised by its BOM first), and a real text
    has almost no control characters besides tabs and line breaks.
    """
    if not head or bom_encoding(head) is not None:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls / len(head) > _MAX_CONTROL_RATIO


def decode_bytes(data: bytes, *, partial: bool = False) -> Decoded:
    """Decode ``data``; ``partial`` means it was cut at a size limit, maybe mid-character."""
    encoding = bom_encoding(data)
    if encoding is not None:
        return Decoded(data.decode(encoding, errors="replace"))
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        # Cut mid-character (by our size limit, or a download that stopped): the text before
        # is valid UTF-8, and decoding it all as cp1252 would garble every accent in it.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            note = None if partial else "ends in the middle of a UTF-8 character; it was dropped"
            return Decoded(data[: error.start].decode("utf-8"), note)
    try:
        return Decoded(data.decode("cp1252"), "not valid UTF-8; decoded as cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "not valid UTF-8; decoded as latin-1")


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """``text`` with each surrogate code point replaced by U+FFFD (lengths are unchanged).

    JSON may escape half a character (``"\\ud800"``) and undecodable bytes in a file name come
    back from the OS as surrogates; neither can be written as UTF-8, so a brief holding one
    could not be saved as brief.json (pydantic refused, and the CLI stopped with exit 70).
    """
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)
