"""Text encodings of what users hand in: byte-order marks, and Meta's mojibake.

Meta writes each UTF-8 byte of a non-ASCII character as its own ``\\u00XX`` escape, so "ü" arrives as
"Ã¼"; spreadsheets re-saved from such text carry the same damage. Undoing that one step per string is
exact: a string that holds a character above U+00FF, or whose bytes are not valid UTF-8, was not mangled
by it. Text mangled twice ("MÃƒÂ¼ller"), or partly ("Müller 😂 MÃ¼ller"), is left to ftfy.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator

from captionscan.errors import DamagedInput
from captionscan.records import Notice

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# What a UTF-8 lead byte (C2-F4) and a continuation byte (80-BF) become when read as Latin-1 or Windows-1252, the
# damage Meta and spreadsheets do: ftfy sees only text holding such a pair (UTF-8 read in other code pages, such as
# Cyrillic ones, is left as it is). ftfy's own test (ftfy.badness.is_bad) costs 56 µs a caption: on the 95,169
# non-ASCII strings of a 100,000-post export 5.3 s, this pattern 0.08 s.
CONTINUATION = bytes(range(0x80, 0xC0))
MOJIBAKE = re.compile(
    "[\u00c2-\u00f4]["
    + re.escape("".join(sorted(set(CONTINUATION.decode("latin-1") + CONTINUATION.decode("cp1252", "ignore")))))
    + "]"
)


def repair(text: str, cut_off: int = 0) -> str:
    """Undo mojibake. `cut_off` bytes may be a broken sequence, as where Meta cut a caption inside an
    emoji; elsewhere (a list a person typed) any broken sequence means the text was never mangled."""
    if text.isascii():
        return text
    try:
        raw = text.encode("latin-1")
        text = raw.decode("utf-8")
    except UnicodeEncodeError:
        pass
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - cut_off:
            text = raw[: exc.start].decode("utf-8")
    if MOJIBAKE.search(text) is None:
        return text
    import ftfy  # here: its import takes 95 ms, and most runs never need it

    return ftfy.fix_encoding(text)


def bom_codec(data: bytes) -> str:
    """The codec a byte-order mark at the start of `data` names ("utf-8-sig", "utf-16", "utf-32"), else UTF-8."""
    return next((enc for bom, enc in BOMS if data.startswith(bom)), "utf-8")


def unusual_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 where a byte-order mark says so: worth a notice, as Meta and editors write UTF-8."""
    encoding = bom_codec(data)
    return None if encoding.startswith("utf-8") else encoding.upper()


def encoded_like(text: str, original: bytes) -> bytes:
    """`text` in the encoding of the file it came from, with a byte-order mark where that had one (UTF-16 and
    UTF-32 in this machine's byte order), else as UTF-8."""
    return text.encode(bom_codec(original))


def encoding_notice(path: str, where: str, data: bytes) -> Iterator[Notice]:
    if encoding := unusual_encoding(data):
        yield Notice(path, where, f"decoded as {encoding} (byte-order mark)")


def decode_bytes(data: bytes, path: str, where: str | None, stray_bytes: int = 0) -> str:
    """Decode by BOM, else as UTF-8; the file and member are named when that fails, with the fix for a file a
    person saved (a draft, a list, standard input; an export's members go through metajson). Up to `stray_bytes`
    invalid bytes become lone surrogates instead, so that only the records holding them are skipped."""
    encoding = bom_codec(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if stray_bytes and encoding == "utf-8":
            text = data.decode(encoding, errors="surrogateescape")
            if sum(0xDC80 <= ord(c) <= 0xDCFF for c in text) <= stray_bytes:
                return text
        problem = f"not valid {encoding.upper()} text (byte {exc.start}): save it as UTF-8"
        raise DamagedInput(path, f"{problem} (in an editor: Save as, encoding UTF-8)", where) from None


# Code pages a list typed in Europe is saved in when not as UTF-8, Windows-1252 first: charset-normalizer picks one.
CODE_PAGES = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "latin_1", "mac_roman")


def legacy_encoding(data: bytes) -> str:
    """The code page of bytes that are not UTF-8: Windows-1252 (Latin-1 where that cannot read them), unless
    charset-normalizer finds another code page reads them more coherently. Its own first choice is not taken as
    is: on a short list every Western code page reads as well and the choice is arbitrary (a French list measured
    as Windows-1250, "Lefčvre"; a German one as Mac Latin-2, "MŁller")."""
    from charset_normalizer import from_bytes  # here: only a list that is not UTF-8 needs it

    matches = from_bytes(data, cp_isolation=list(CODE_PAGES))
    best = matches.best()
    western = next((m for m in matches if "cp1252" in (m.encoding, *m.could_be_from_charset)), None)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1" if best is None else best.encoding
    if best is None or (western is not None and (western.chaos, -western.coherence) <= (best.chaos, -best.coherence)):
        return "cp1252"
    # On a list with a letter or two the measures tie near chance (a German one with "Jörg" measured as Mac Roman,
    # "Jˆrg", whose name then went unfound): the code page that reads more of them as letters in their words wins.
    return "cp1252" if _letters_in_words(text) > _letters_in_words(data.decode(best.encoding)) else best.encoding


def _letters_in_words(text: str) -> int:
    """Non-ASCII characters read as letters that fit their word: no capital after a small letter or inside a word
    of small letters ("Jörg", "MÜLLER"; not "Jˆrg", "MŸller")."""
    count = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128 or unicodedata.category(ch) not in ("Ll", "Lu"):  # "ˆ" is a letter, a modifier's
            continue
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        inside = ch.isupper() and (before.islower() or before.isalpha() and after.islower())
        count += not inside
    return count
