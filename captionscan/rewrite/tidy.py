"""Clean-up after an edit, and the checks that tell a rewrite that reads well from one that does not.

A removed or replaced piece leaves DROPPED where it was, so that the clean-up closes up only what the edit
opened: the comma, dash or colon it left, brackets it emptied, the capital a new sentence or line start needs (in a
caption written in lowercase too: "with @x at the march" -> "At the march"). A line that held a name and nothing
else (or only a label, "Fotos:", or emoji, "📸") goes; lines without a name stay exactly as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import regex

from captionscan.data import in_every_language, noun_articles, word_lists
from captionscan.rewrite.grammar import DANGLING_ARTICLES

if TYPE_CHECKING:
    from captionscan.rewrite.grammar import Grammar
    from captionscan.rewrite.pieces import Piece

VERSUS = frozenset(word_lists("rewrite_words.tsv")["versus"])  # "@leni vs. @kathi"
QUOTE_MARKS = frozenset('„“”"«»‚‘’')
DROPPED = "\x00"  # never in a caption: read_text and JSON decoding keep no NUL in a unit's text
# not the period of an initial ("A. D., Herr Albers", "K. B. und ihr Team") nor of an abbreviation ("u.a.", "o.a.")
SENTENCE_END = r"(?<!\b\p{Lu})(?<!\.\p{Ll})[.!?:]"
_GAP = r"[\s\x00]*\x00[\s\x00]*"  # white space with at least one mark in it
_JOINERS = r",;&+/–—\-"
# (pattern, replacement, the marks one of which the pattern needs to match: a line without any is not searched)
TIDY = (
    # emptied brackets and quotation marks, whichever closing mark the writer's keyboard made: „Nina-Chai"
    (regex.compile(rf"\({_GAP}\)|[«“„\"]{_GAP}[»”“\"]"), DROPPED, '(«“„"'),
    # brackets left with only the word that gave another name: "Oksana (aka Oksi)" -> "Oksana"
    (
        regex.compile(
            rf"\([\s\x00]*(?:{'|'.join(map(regex.escape, sorted(in_every_language('also_known'))))}){_GAP}\)",
            regex.IGNORECASE,
        ),
        DROPPED,
        "(",
    ),
    (regex.compile(r"\x00[-‐](?=\p{Ll})"), DROPPED, "-‐"),  # a compound's hyphen: "Ganz Böhm-typisch" -> "Ganz typisch"
    # Spanish opening marks: what the edit left after one goes ("¡Lucía, eres la mejor!" -> "¡Eres la mejor!"), and
    # one the edit brought next to a word takes a comma ("Enhorabuena, Lucía, ¡estabas guapísima!")
    (regex.compile(rf"([¡¿])[\s\x00]*\x00[\s\x00{_JOINERS}]*"), DROPPED + r"\1", "¡¿"),
    (regex.compile(r"(?<=[\p{L}\p{N}])[^\S\n\x00]*\x00[\s\x00]*(?=[¡¿])"), "," + DROPPED + " ", "¡¿"),
    # a comma between two things the edit took, before the sentence goes on: "Merci à Hugo, à Élodie et à Benoît
    # pour" -> "Merci pour"; not before a word the edit wrote, which opens a clause ("Zwei Tore, sie hält alles!")
    (regex.compile(rf"{_GAP},(?={_GAP}(?<!\x00)\p{{Ll}})"), DROPPED, ","),
    (regex.compile(rf"(?<=\s)([–—-]){_GAP}[–—-](?=\s)"), r"\1" + DROPPED, "–—-"),  # dashes: "Para Młoda – – w sukni"
    # Markdown's emphasis it emptied: "*Lena*"
    (regex.compile(rf"(?<![*_])([*_]{{1,3}}){_GAP}\1(?![*_])"), DROPPED, "*_"),
    # the full stop of a sentence the edit emptied after another's end: "Cup! Coached by Dan. #Proud" -> "Cup! #Proud"
    (regex.compile(rf"(?<=[!?.…]){_GAP}\.(?=\s|$)"), " " + DROPPED, "."),
    # the full stop of a sentence the edit emptied after an emoji: "Vorstand 🗳️ Karin, Jürgen. Danke" -> "🗳️ Danke";
    # the next sentence keeps its capital ("Am Dom 🎄 mit Ben. Marie hat ..." -> "Am Dom 🎄 Sie hat ...")
    (
        regex.compile(rf"(?<=[\p{{Extended_Pictographic}}\uFE0F]){_GAP}\.(?=\s|$)([\s\x00]*)(\p{{Ll}})?"),
        lambda m: " " + DROPPED + m.group(1) + (m.group(2) or "").upper(),
        ".",
    ),
    (  # a label that now labels nothing, after an emoji or a sentence, with its full stop: "💛 Im Bild: ."; not
        # within a time ("09:00 Fireside chat:")
        regex.compile(
            rf"(?<=[^\p{{L}}\p{{N}}\s'’]\s*)(?<!\d[:.])[\p{{L}}\p{{N}}&/-]+(?:\s[\p{{L}}\p{{N}}&/-]+){{0,2}}\s*:{_GAP}[.!?]?"
            rf"(?=[^\p{{L}}\p{{N}}]*$)"
        ),
        DROPPED,
        ":",
    ),
    (  # a label emptied before the end of its sentence: "Bride & groom: . Location: ..." -> "Location: ...", also
        # after an emoji: "2:0! ⚽ Tore: . Clean sheet" -> "2:0! ⚽ Clean sheet"
        regex.compile(
            rf"(?:^|(?<={SENTENCE_END}\s)|(?<=[\p{{Extended_Pictographic}}\uFE0F]\s))[\p{{L}}\p{{N}}&/-]+(?:\s[\p{{L}}\p{{N}}&/-]+){{0,2}}\s*:{_GAP}[.!?]\s*"
        ),
        DROPPED,
        ":",
    ),
    # a list item's dash after its medal or number, where the name before it went: "🥇 Felix – GridBuddy" -> "🥇
    # GridBuddy"; and a colon after an emoji: "🌱🤖 Max, Niklas: the monstera thanks you" -> "🌱🤖 The monstera ..."
    (regex.compile(rf"^([^\p{{L}}\p{{N}}\s]+|\d{{1,3}}[.)]){_GAP}[–—-](?=\s)"), r"\1" + DROPPED, "–—-"),
    (regex.compile(rf"(?<=[\p{{Extended_Pictographic}}\uFE0F]){_GAP}:(?=\s)"), " " + DROPPED, ":"),
    # an attribution's dash that now attributes nothing, with the initial's period left after it: '"..." – Nina V.'
    (regex.compile(rf"[^\S\n]*[–—]{_GAP}\.(?=[^\p{{L}}\p{{N}}]*$)"), DROPPED, "–—"),
    (regex.compile(rf"^[\s{_JOINERS}:]*\x00[\s\x00{_JOINERS}:]*"), DROPPED, ""),  # what now opens the line
    # ... or a quotation: '"Freya's recommendations never miss."' -> '"The recommendations never miss."' (French
    # writes a space inside « »)
    (regex.compile(rf"(?:^|(?<=\s))([„“\"‚‘])[^\S\n]*\x00[\s\x00{_JOINERS}]*(?=\p{{L}})"), r"\1" + DROPPED, '„“"‚‘'),
    (regex.compile(rf"({SENTENCE_END}){_GAP}[{_JOINERS}\s\x00]*"), "\\1 " + DROPPED, ".!?:"),  # ... or opens a sentence
    (regex.compile(rf"[\s{_JOINERS}]*\x00[\s\x00{_JOINERS}]*$"), "", ""),  # what now ends the line
    # "Frisch verheiratet: 💍", "Workshop im Herbst, 🎓"
    (regex.compile(rf":{_GAP}(?=[!?.;])"), DROPPED, ":"),  # "Look who's back: !" -> "Look who's back!"
    (
        regex.compile(rf"\s*[{_JOINERS}:]+{_GAP}(?![!?.;])(?=[^\p{{L}}\p{{N}}]*$)", flags=regex.V1),
        DROPPED + " ",
        ",;&+/–—-:",
    ),
    (regex.compile(rf",{_GAP}(?=[,.!?;:)])"), DROPPED, ","),  # a comma before other punctuation
    # the gap before a closing quotation mark: 'said "thanks Aoife" and left' -> 'said "thanks" and left' (French
    # writes a space inside « »)
    (regex.compile(r"(?<=[\p{L}\p{N}.!?])[^\S\n]*\x00[\s\x00]*(?=[”“\"’‘](?![\p{L}\p{N}]))"), DROPPED, '”“"’‘'),
    # or before a dash: "Herzlichen Glückwunsch, Hannah – melde dich" -> "Herzlichen Glückwunsch – melde dich"
    (regex.compile(rf",{_GAP}(?=[–—](?:\s|$))"), " " + DROPPED, ","),
    # the gap an edit left before an ellipsis closes: "Sergio y Álvaro… ¡sois lo más!" -> "Sergio… ¡sois lo más!"
    (regex.compile(r"[^\S\n\x00]*\x00[\s\x00]*(?=…)"), DROPPED, "…"),
    # the gap an edit left before "!", "?", ";" or ":" closes, but for the space French writes there: "Merci !"
    (regex.compile(r"[\s\x00]*\x00[\s\x00]*?([^\S\n]?)(?=[!?;:])"), DROPPED + "\\1", "!?;:"),
    # "live: 🎧" -> "live 🎧", "Witamy w klubie, 💪 Zofia ..." -> "Witamy w klubie 💪 Zofia ..."
    (regex.compile(rf"[:,]{_GAP}(?=[\p{{So}}\p{{Extended_Pictographic}}])"), " " + DROPPED, ":,"),
)
ELIDED_ARTICLE = regex.compile(r"(?<=\w)['’]\w*$")  # "un'amica" read as its article "un"
SPACES = regex.compile(r"[^\S\n]{2,}")
AFTER = (
    (regex.compile(r"\s+([,.)])"), r"\1"),  # space before punctuation
    (
        regex.compile(r"(?<=\S)[^\S\n]+(\*{2,3}|_{2,3})(?![\p{L}\p{N}*_])"),
        r"\1",
    ),  # Markdown's bold closes: "**Weinabend**"
    (regex.compile(r"\(\s+"), "("),
    (regex.compile(r",(\s*[,.!?])"), r"\1"),
    (regex.compile(r"[\s,]+$"), ""),
)
CAPITAL = regex.compile(rf"(^|{SENTENCE_END}\s)([„“\"‚‘]?{_GAP}[¡¿]?)(\p{{Ll}})")  # '"Thanks', "¡Qué día!" too
# After a colon the Romance languages, Dutch and Polish go on in lowercase: "Retour sur la séance : elle a adoré."
CAPITAL_BUT_COLON = regex.compile(rf"(^|{SENTENCE_END.replace(':', '')}\s)({_GAP}[¡¿]?)(\p{{Ll}})")
# "Fotos: … | Styling: …", "Foto: … / Video: …", and a comma, or the gap of a name that took its comma, before the
# next label: "Licht: …, Ton: …"
SEGMENT = regex.compile(r"(\s+[|•·/]\s+|(?:,|(?<=\x00,?))[^\S\n]+(?=\p{Lu}[\p{L}&/-]*(?:[^\S\n][\p{L}&/-]+)?:\s))")
# "Fotos:", "Planung & Deko:", "Players' Player:", "Vorne v.l.n.r.:" (a period only within an abbreviation: not "Super
# Tag. Danke an:"), also before a dash: "Make-up –", and numbered, with a note: "1. Preis (Frühstückskorb):"
LABEL = regex.compile(r"(?=.{1,32}$)(?:\d{1,2}\.\s)?(?:[\p{L}\p{N}\s&/'’()-]|\.(?=[\p{L}\p{N}]))+(?:\.?:|\s[–—-])")
# A label and the emoji after the name: "Fiori: Anna Colombo 🌸", "Photo credit: @x 📸" credit no one once the name
# goes; of more than one word, only where one is a credit ("Frisch verheiratet: 💍" says something). French writes a
# space before the colon: "Fleurs : Elise 🌸".
CREDIT = regex.compile(r"[\p{L}\p{N}&-]{1,30}(?:[^\S\n][\p{L}\p{N}&-]{1,30}){0,2}(?:[^\S\n]?:|\s[–—-])[^\p{L}\p{N}]*")
LABEL_WORD = regex.compile(r"[\p{L}\p{N}-]+")
CREDIT_WORD = regex.compile(r"[\p{L}\p{N}'’-]+")  # "Foto's"
EMPTY = regex.compile(r"[^\p{L}\p{N}]*")
NUMBERED = regex.compile(r"[^\p{L}\p{N}]*\d{1,3}[.)][^\p{L}\p{N}]*")  # a list item's number, its name gone: "1."
TAGS = regex.compile(r"[#@][\w.]+")
HANDLE = regex.compile(r"@[\w.]+")
# A French or Italian word elided before a vowel that a rewrite left before a consonant, a gap or a mark ("d'des amis",
# "Mariage d' Tom", "Les rires d', la complicité"); not Dutch "m'n", "d'r" (mijn, haar).
ELIDING_VOWELS = "aeiouyhàâäéèêëîïôöùûüœæ"  # what a French or Italian elision stands before (and "h")
ELIDED_BEFORE_CONSONANT = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:[cdjlmnst]|qu|dell|dall|nell|sull|all|coll)['’]"
    rf"(?![nr](?!\p{{L}}))(?=[^{ELIDING_VOWELS}\W\d_]|[\s\p{{P}}]|$)"
)
NUMBERS = regex.compile(r"\b\d+(?:[./:-]\d+)*\b")  # dates and times: "14.06.2025", "22:00"
WORDS = regex.compile(r"[\p{L}\p{N}'’.&]+|[^\s\p{L}\p{N}]")


def _tidy(line: str, old: str, capital: regex.Pattern = CAPITAL) -> str | None:
    """Tidy a changed line, keeping its indentation and line end; None where the line should go. Parts of a line
    set apart by a bar or a dot ("Fotos: … | Styling: …") are tidied as lines of their own."""
    parts = SEGMENT.split(line.strip(" \t\r"))
    tidied = [(sep, _tidy_body(part, capital)) for sep, part in zip(["", *parts[1::2]], parts[::2], strict=True)]
    for k in range(len(tidied) - 1, 0, -1):  # a label in two languages goes whole: "Foto's / Photos: @lotte"
        if tidied[k][1] is None and tidied[k][0].strip() == "/" and _credit_words(tidied[k - 1][1] or ""):
            tidied[k - 1] = (tidied[k - 1][0], None)
    kept = [(sep, part) for sep, part in tidied if part]
    if not kept:
        return None
    body = kept[0][1] + "".join(sep + part for sep, part in kept[1:])
    indent = old[: len(old) - len(old.lstrip())]
    return indent + body + ("\r" if old.endswith("\r") else "")


def _tidy_body(body: str, capital: regex.Pattern = CAPITAL) -> str | None:
    left = body.replace(DROPPED, "").strip()
    # the names stood before the colon of a headline ("Nachwuchs-Tag mit …:"), not of a reply's ("Reply to …:")
    headline = body.rfind(DROPPED) < body.rfind(":") and not _reply_head(left)
    if (
        DROPPED in body
        and not headline
        and (any(p.fullmatch(left) for p in (LABEL, EMPTY, NUMBERED)) or _credit_label(left))
    ):
        return None  # a label, an emoji or a list's number that marked the name goes with it: "Fotos:", "📸", "1."
    if DROPPED in body:  # every pattern of TIDY and CAPITAL closes up after an edit; other parts skip them
        for pattern, replacement, needs in TIDY:
            if not needs or any(mark in body for mark in needs):
                body = pattern.sub(replacement, body)
        body = capital.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), body).replace(DROPPED, "")
        if EMPTY.fullmatch(body) or LABEL.fullmatch(body.strip()) and not headline:
            return None  # "🥇 Solo Kinder: Hannah" left its medal alone; "Soloist: X; at the organ: Y." its label
    body = SPACES.sub(" ", body).strip()
    for pattern, replacement in AFTER:
        body = pattern.sub(replacement, body)
    return body or None


def _reply_head(label: str) -> bool:
    """Is a label left before its colon a reply's heading alone ("Reply:", "Antwort:")?"""
    words = LABEL_WORD.findall(label)
    return len(words) == 1 and words[0].casefold() in in_every_language("reply_heads")


def _credit_words(part: str) -> bool:
    """Is a part of a line nothing but credit words ("Foto's", "Hair & Make-up")?"""
    words = CREDIT_WORD.findall(part)
    return bool(words) and all(w.casefold() in in_every_language("credits") for w in words)


def _credit_label(left: str) -> bool:
    if not CREDIT.fullmatch(left):
        return False
    words = LABEL_WORD.findall(left)
    return len(words) == 1 or any(w.casefold() in in_every_language("credits") for w in words)


def join(
    pieces: Sequence[Piece], original: str, connectors: frozenset[str] = frozenset(), colon_capital: bool = True
) -> str:
    """The rewritten text; lines the rewrite did not touch stay exactly as they were, lines it emptied go, and a
    line that went takes the connector opening the next one with it ("Lena Vogt" / "und Tim" -> "Und Tim"), and
    the empty line after it where the text now starts with one or has two ("Fotos: Lena Vogt" / "" / "So ein Tag").
    A sentence after a colon opens with a capital only where `colon_capital` (German, English)."""
    capital = CAPITAL if colon_capital else CAPITAL_BUT_COLON
    lines = "".join(p.rendered() for p in pieces).split("\n")
    old_lines = original.split("\n")
    out: list[str] = []
    gone = False
    for new, old in zip(lines, old_lines, strict=True):
        if gone and not old.strip() and (not out or not out[-1].strip()):
            continue  # an empty line the gone line stood after or at the start of the text
        first = new.split(" ", 1)[0].strip()
        if gone and first.casefold() in connectors and first not in ",":
            new = DROPPED + new.replace(first, "", 1)
        tidied = new if new == old else _tidy(_opening_connector(connectors).sub(_without_connector, new), old, capital)
        gone = tidied is None
        if tidied is not None:
            out.append(tidied)
    while out and not out[-1].strip() and old_lines[-1].strip():
        out.pop()  # the empty line before a last line that went ("..." / "" / "Fotos: Lena Vogt")
    return "\n".join(out)


@cache
def _opening_connector(connectors: frozenset[str]) -> regex.Pattern:
    """A word connector that a removed name leaves opening its line or sentence, also after an emoji: "Frau
    Demirci und die Klasse 7c haben ..." -> "Die Klasse 7c haben ...", not "Und die Klasse ..."."""
    words = "|".join(sorted(regex.escape(c) for c in connectors if c.isalpha() and len(c) > 1)) or "(?!)"
    opening = rf"(^|{SENTENCE_END}\s*|\p{{Extended_Pictographic}}\ufe0f?[^\S\n]*)"
    return regex.compile(rf"{opening}({_GAP})((?:{words})\b)[^\S\n]*(\p{{Ll}})?", flags=regex.IGNORECASE)


def _without_connector(m: regex.Match) -> str:
    """The opening connector goes; a capital it had, as after an emoji, goes to the word now opening."""
    after = m.group(4) or ""
    return m.group(1) + m.group(2) + (after.upper() if m.group(3)[:1].isupper() else after)


def nothing_left(text: str, original: str) -> bool:
    """True when only hashtags, handles, dates, emoji and punctuation are left of a caption that had words: no
    caption to publish ("🤍 14.06.2025 @venue"); of one that had none, nothing at all ("📸 @lena | 💐 @blumen_anna"
    keeps the florist's credit), no handle."""
    if _wordless(original):
        return not HANDLE.search(text)
    return _wordless(text)


def _wordless(text: str) -> bool:
    return bool(EMPTY.fullmatch(NUMBERS.sub("", TAGS.sub("", text))))


# What a rewrite must not leave: a word that needs one after it, glued genitives, stray punctuation.
STRAY = regex.compile(r",\s*[,.!?:;]|[.!?]\s*,|:\s*[.!?,;]|\(\s*\)|  |\]s\b|\b\p{Lu}\.s\b")
# An "'s" whose name went ("Yes 's back!"); Dutch writes some of its own ("'s nachts", "'s-Hertogenbosch").
LONE_S = regex.compile(r"(?<![\p{L}\p{N}])['’]s\b")
SYMBOL = regex.compile(r"[\p{So}\p{Sk}\p{Extended_Pictographic}]")  # an emoji ends a clause as punctuation does
ABBREVIATED = frozenset({"dr", "prof", "mr", "mrs", "ms", "frl", "fam"})


def _written_so(word: str, after: str, original: str, grammar: Grammar) -> bool:
    """Did the original itself end a clause with `word` ("Results are in!"), also before a colon that opened the
    name ("Heute stellen wir euch Aylin vor: Aylin!" -> "... vor!")?"""
    pairs = _pairs(original, grammar.dangling)
    return f"{word} {after}" in pairs or after in ".!?" and f"{word} :" in pairs


@lru_cache(maxsize=64)
def _pairs(text: str, dangling: frozenset[str]) -> frozenset[str]:
    """Each word of `text` with the one after it, casefolded and split as `broken` reads them: what the original
    itself had."""
    words = [part.casefold() for w in WORDS.findall(text) for part in _full_stop_apart(w, dangling)]
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def _after_lead(words: Sequence[str], k: int, grammar: Grammar) -> bool:
    """Does word k follow a lead or address, with a comma between or not ("Danke und", "Danke, und"; not
    "Klasse, und heute")?"""
    before = words[k - 2] if words[k - 1] == "," and k > 1 else words[k - 1]
    return before != "," and before in grammar.openers


def _side_gone(words: list[str]) -> bool:
    """Does a "vs." stand with no word on one side of it in its sentence (casefolded words of a line)?"""
    for k, word in enumerate(words):
        if word in VERSUS:
            before = words[k - 1] if k else ""
            after = words[k + 1] if k + 1 < len(words) else ""
            if "-" in (before, after):
                continue  # a compound's: "the teachers-vs-kids sprint"
            if not any(c.isalnum() for c in before) or not any(c.isalnum() or c in "@#" for c in after):
                return True
    return False


@cache
def _watched(grammar: Grammar) -> frozenset[str]:
    """The words `broken` looks at one by one; any other word passes all its word checks (most words of a line)."""
    firsts = frozenset(pair.split("+", 1)[0] for pair in grammar.wrong_pairs)
    return (
        (grammar.titles | grammar.dangling | firsts | grammar.determiners | grammar.joining | grammar.fond)
        | grammar.presenting
        | grammar.indefinites
    )


def _clause_ends(words: Sequence[str], k: int) -> bool:
    """Does the clause end at word `k`: no word there, a mark or an emoji?"""
    return k >= len(words) or words[k] in ",.!?;:)" or SYMBOL.match(words[k]) is not None


DASH_OPENS = regex.compile(r"(?:^|(?<=[\s#]))[–—-](?=\p{L})")  # a dash glued to the word after it alone: "–Bailey"
DASH_PAIR = regex.compile(r"[\p{L}\p{N}]+[–—-]\p{Lu}[\p{L}\p{N}]*")  # "Thornton–Bailey", "Brooks–Whitworth"
ELIDED_HEAD = regex.compile(r"[ld]['’](\p{L}+)")  # "l'incroyable", "d'adorable": an article elided before a word


# English adjectives of praise, which German captions use too ("mit der amazing Valentina")
ENGLISH_PRAISE = frozenset(word_lists("rewrite_words.tsv")["en.praising"])


def _adjective(word: str, grammar: Grammar) -> bool:
    """An adjective that needs its noun after an article: German's by their endings, English praise ("the
    incredible", "der amazing"), and in the languages that write no German endings their words of praise ("el
    gran", "la bellissima"); not a German adverb of praise, which may end a sentence ("du machst das toll")."""
    low = word.casefold()
    return grammar.adjective(word) or low in ENGLISH_PRAISE or not grammar.adjective_endings and low in grammar.praise


def _addressed_role(raw: Sequence[str], words: Sequence[str], k: int, original: str, grammar: Grammar) -> bool:
    """Does an indefinite article and its noun stand before a comma and a word of the second person ("ein Freund,
    bist du das?", "a friend, you were"), as the original did not have them: the name was addressed."""
    second = words[k + 3] in grammar.second or k + 4 < len(words) and words[k + 4] in grammar.second
    return (
        ELIDED_ARTICLE.sub("", words[k]) in grammar.indefinites
        and words[k + 2] == ","
        and second
        and f"{raw[k]} {raw[k + 1]}," not in original
    )


def _praised_role(raw: Sequence[str], words: Sequence[str], k: int, original: str, grammar: Grammar) -> bool:
    """Does an indefinite article (maybe elided: "un'amica") follow an article and a word of praise it did not
    follow in the original ("alla bellissima un'amica", "the amazing a friend")?"""
    praise = words[k - 1] in grammar.praise or words[k - 1] in ENGLISH_PRAISE
    return (
        praise
        and words[k - 2] in grammar.articles | grammar.never_last
        and ELIDED_ARTICLE.sub("", words[k]) in grammar.indefinites
        and f"{raw[k - 1]} {raw[k]}" not in original
    )


# A German noun after its indefinite article, then a comma and a relative pronoun in the nominative: "ein Mitglied,
# die", as a role word put where a name was leaves it.
ROLE_RELATIVE = regex.compile(r"\b(?:ein|eine|einen|einem)[^\S\n]+(\p{Lu}[\p{L}-]*),[^\S\n]*(der|die|das)\b")


def _relative_disagrees(line: str, original: str) -> bool:
    """German: does a noun the rewrite put in ("ein Mitglied") take a relative pronoun of another gender than its own
    ("die", which the name had), where the original had no such pair? "der" after a feminine noun may be its dative."""
    for m in ROLE_RELATIVE.finditer(line):
        article = noun_articles().get(m.group(1))
        pronoun = m.group(2)
        agrees = article is None or pronoun == article or pronoun == "der" and article == "die"
        if not agrees and m.group() not in original:
            return True
    return False


def _fond_left(words: Sequence[str], k: int, grammar: Grammar, original: str) -> bool:
    """Does the fond adjective at `k` follow an article or preposition, and an emoji or a preposition it did not
    have follow it: its noun gone ("la nostra dolcissima 💛", "Grazie alla bravissima per la torta")?"""
    led = words[k - 1] in grammar.articles | grammar.determiners | grammar.never_last
    after = words[k + 1] if k + 1 < len(words) else ""
    added = after in grammar.every_preposition and f"{words[k]} {after}" not in original.casefold()
    return led and (_clause_ends(words, k + 1) or added)


def _full_stop_apart(word: str, dangling: frozenset[str]) -> tuple[str, ...]:
    """A preposition, "und" or a fond adjective with its sentence's full stop, as WORDS keeps abbreviations whole:
    "auprès." is "auprès", ".", "und." is "und", ".", "bravissima." is "bravissima", "."."""
    if len(word) > 1 and word[-1] == "." and word[:-1].casefold() in dangling:
        return word[:-1], "."
    return (word,)


def _role_before(raw: Sequence[str], k: int, original: str, grammar: Grammar) -> bool:
    """Does a capitalised role noun without an article of its own stand right before the article `raw[k]`, as the
    original did not have it: a role word put after a title that stayed? ("Die Oma einer Freundin" is whole.)"""
    before = raw[k - 1]
    led = k > 1 and raw[k - 2].casefold() in grammar.articles | grammar.determiners
    return before[:1].isupper() and grammar.is_role(before) and not led and f"{before} {raw[k]}" not in original


def broken(text: str, original: str, grammar: Grammar) -> bool:
    """True when a changed line of `text` is left with a word that needs another after it ("Danke an Frau
    für", "Talk by Dr at"), stray punctuation, a glued genitive, an "'s" without its name or a lower-case start it
    did not have."""
    old_lines = original.split("\n")
    old = set(old_lines)
    lines = text.split("\n")
    if (
        len(lines) == len(old_lines)
        and any(  # a lower-case line start where a sentence starts
            new[:1].islower() and was[:1].isupper() and (k == 0 or lines[k - 1].rstrip()[-1:] in ".!?:")
            for k, (new, was) in enumerate(zip(lines, old_lines, strict=True))
        )
    ):
        return True
    dangling, joining = grammar.dangling, grammar.joining
    lone_s = len(LONE_S.findall(original))
    dashes_opening = len(DASH_OPENS.findall(original))
    for line in lines:
        if line in old:
            continue
        if grammar.subjects and _relative_disagrees(line, original):
            return True  # "Shoutout an ein Mitglied, die seit dem ersten Tag dabei ist"
        raw = [part for w in WORDS.findall(line) for part in _full_stop_apart(w, grammar.stopped)]
        words = [w.casefold() for w in raw]
        watched = _watched(grammar)
        for k in (k for k, w in enumerate(words) if w in watched or w.rstrip(".") in ABBREVIATED):
            word = words[k]
            after = words[k + 1] if k + 1 < len(words) else ""
            named = k + 1 < len(raw) and raw[k + 1][:1].isupper()
            title = word.rstrip(".") in ABBREVIATED or word in grammar.titles and k and words[k - 1] in grammar.leads
            if title and not named:  # "Talk by Dr at", "Danke an Frau für"
                return True
            noun = k and raw[k][:1].isupper() and raw[k - 1][-1:].isalpha()  # "Vielen Dank!": no preposition
            # "Vi ringrazio!": the verb has its object; "la de" is no pronoun before a verb
            noun = noun or k and words[k - 1] in grammar.clitics and word not in grammar.every_preposition
            if (
                word in dangling
                and word not in ",&+/"
                and not noun
                and (not after or after in ",.!?;:)–—-" or SYMBOL.match(after))
                and not _written_so(word, after, original, grammar)
            ):
                return True  # "Danke an für", "Il trucco era di 🌸"
            if f"{word}+{after}" in grammar.wrong_pairs:
                return True  # "Le mariage de des amis"
            quoted = next((w for w in words[k + 1 : k + 3] if w not in QUOTE_MARKS), "")  # "den „Die Kundin""
            if (
                word in DANGLING_ARTICLES
                and quoted in DANGLING_ARTICLES
                and not _written_so(word, quoted, original, grammar)
            ):
                return True  # "bei uns den „Die Kundin"": a role word's article after the article the name had
            if word in grammar.indefinites and k and _role_before(raw, k, original, grammar):
                return True  # "Zahnärztin eine Freundin verstärkt", "Headteacher a teacher welcomed"
            indefinite = ELIDED_ARTICLE.sub("", after) in grammar.indefinites  # "un'amica" too
            relative = k and words[k - 1] == ","  # "Restaurants, die ein Freund nicht mal anschauen würde"
            if word in grammar.determiners and word not in grammar.object_words and indefinite and not relative:
                return True  # "Meine eine Freundin"; "We gave her a standing ovation" is whole
            ends = _clause_ends(words, k + 2)
            if word in grammar.determiners and raw[k + 1 : k + 2] and _adjective(raw[k + 1], grammar) and ends:
                return True  # "Danke an die großartige 📸", "Thanks to the incredible 📸": no noun after it
            if word in joining and k and _after_lead(words, k, grammar):
                return True  # "Danke und @tim", "Danke, und Tim": a list with its first member gone
            if word in joining and k and words[k - 1] == ":" and f": {raw[k]}" not in original:
                return True  # "Quartetto: e amici": the list after a label lost its first member
            alone = indefinite or not after or after in "!?.,;:"
            if word in grammar.fond and k and (alone or _fond_left(words, k, grammar, original)):
                return True  # "Welcome little a friend!", "Welcome little!" ("Bravissimo, 14° assoluto" opens)
            closed = not after or after in "!?.,;" or after == ":" and k + 2 == len(words) or SYMBOL.match(after)
            if word in grammar.presenting and k < 3 and closed:
                return True  # "Das ist 👋": it presented the name ("Darf ich vorstellen: die Neue" goes on)
        if _side_gone(words):
            return True  # "Latte art battle: Vs. Who won?"
        if any(_addressed_role(raw, words, k, original, grammar) for k in range(len(words) - 3)):
            return True  # "(ein Freund, bist du das?)": a role word put where the name was addressed
        if any(_praised_role(raw, words, k, original, grammar) for k in range(2, len(words))):
            return True  # "Grazie alla bellissima un'amica": a role word after the adjective that praised the name
        if any(
            (m := ELIDED_HEAD.fullmatch(w))
            and m.group(1).casefold() in grammar.praise  # after "l'", a Romance adjective: "l'incroyable"
            and _clause_ends(words, k + 1)
            for k, w in enumerate(words)
        ):
            return True  # "Merci à l'incroyable 📸": an elided article's adjective with no noun after it
        if ELIDED_BEFORE_CONSONANT.search(line):  # "Le mariage d'des amis": elided before a consonant
            return True
        if len(LONE_S.findall(line)) > lone_s:
            return True
        if STRAY.search(line) or line.lstrip()[:1] in tuple(".,;:!?"):  # ". 20 Gäste"
            return True
        if len(DASH_OPENS.findall(line)) > dashes_opening:
            return True  # "## –Bailey wedding": the name the dash joined went
        if any(pair.group() not in original for pair in DASH_PAIR.finditer(line)):
            return True  # "A friend–Bailey wedding": a role word in a double-barrelled name
    return False
