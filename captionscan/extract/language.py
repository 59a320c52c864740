"""Choose German or English per text unit from function words: captions are too short for n-grams."""

from __future__ import annotations

import regex

GERMAN = frozenset(
    w.casefold()  # compared with casefolded words: "grüße" becomes "grüsse"
    for w in "und der die das mit am im ist ich nicht ein eine einen einem einer für auf von zu den dem des wir es "
    "sehr danke schön schöne schönen heute gestern auch noch war bei aus nach wie so uns unser unsere ihr euch mein "
    "meine meinen du dich dir mich mir bist unseren unserem "
    "dein deine hier jetzt immer wieder endlich tag tolle tollen toller liebe lieben alles gute zum zur vom beim ins "
    "über unter oder aber wenn dass sind hat haben wird werden kann mal einfach viel viele ganz gibt gab schon nur "
    "guten morgen abend nacht wochenende hochzeit geburtstag freunde freundin freund familie grüße frohe".split()
)
# Words both languages use often ("in", "was", "an", "will") would tip German captions to English.
ENGLISH = frozenset(
    "the and with is a to of for on my we it at this so thanks thank you our love day today what your "
    "are be have has had just all from me i'm it's not but they them their there here when who how best time "
    "happy birthday wedding friends friend family night morning weekend great amazing beautiful lovely "
    "can one out up about more some good new see back again finally yesterday".split()
)
WORD = regex.compile(r"[\p{L}']+")
UMLAUT = regex.compile(r"[äöüßÄÖÜ]")


def detect(text: str, default: str = "en") -> str:
    words = [w.casefold() for w in WORD.findall(text)]
    de = sum(w in GERMAN for w in words) + 0.5 * len(UMLAUT.findall(text))
    en = sum(w in ENGLISH for w in words)
    if de == en:
        return default
    return "de" if de > en else "en"
