"""Read the opt-out list (CSV, XLSX or JSON) into Person records.

NOTE: error messages name the file, row and column, never a value from the list.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import zip_longest
from pathlib import Path

import regex

from captionscan.data import PARTICLES, first_name_word, given_names, lines, untitled
from captionscan.encoding import repair
from captionscan.errors import InputError
from captionscan.filekind import CUT_SHORT, file_kind
from captionscan.read.tables import ROW, Table, heading_key, rows_from_csv, rows_from_xlsx
from captionscan.records import Person

ROLES = (
    "id",
    "name",
    "first",
    "last",
    "infix",
    "handles",
    "facebook",
    "aliases",
    "gender",
    "salutation",
    "relation",
    "notes",
    "others",
)
NAME_ROLES = frozenset({"name", "first", "last"})


Vocabulary = tuple[
    dict[str, list[str]], dict[str, frozenset[str]], dict[str, str], dict[str, str], dict[str, str], dict[str, str]
]


def _vocabulary() -> Vocabulary:
    """columns.tsv: the one home of the headings each field accepts and of the gender and relation values (data, not
    code)."""
    words: dict[str, list[str]] = {role: [] for role in ROLES}
    genders: dict[str, str] = {}
    titles: dict[str, str] = {}  # what a salutation column's titles say, where a gender column's letter differs
    english: dict[str, str] = {}  # what an English "Title" column's say: "Sr" is Sister there
    relations: dict[str, str] = {}  # what a relation column's words say: "Kundin" is a client
    for line in lines("columns.tsv"):
        kind, role, word = line.split("\t")
        table = {"gender": genders, "title": titles, "english_title": english, "relation": relations}.get(kind)
        if kind == "column" and role in words:
            words[role].append(word)
        elif (
            table is None
            or kind != "relation"
            and role not in ("f", "m", "n")
            or table.setdefault(heading_key(word), role) != role
        ):
            raise ValueError(f"columns.tsv: unknown field or conflicting value in line {line!r}")
    headings: dict[str, set[str]] = {}
    for role, role_words in words.items():
        for word in role_words:
            headings.setdefault(heading_key(word), set()).add(role)
    return words, {k: frozenset(v) for k, v in headings.items()}, genders, titles, english, relations


WORDS, HEADINGS, GENDERS, TITLE_GENDERS, ENGLISH_TITLES, RELATIONS = _vocabulary()  # folded value -> f, m or n
# The headings of names, as compared -> as written, and how alike a heading must be to be taken for a typo of one:
# "Prénon" for "Prénom" (0.83), "Vorame" for "Vorname"; "Conjoint" or "Partner" are no name heading's.
NAME_HEADINGS = {heading_key(w): w for role in sorted(NAME_ROLES) for w in WORDS[role]}
TYPO_CUTOFF = 0.8
SEPARATOR = "|"
MAX_LIST_BYTES = 64 << 20
HANDLE = regex.compile(r"[A-Za-z0-9_.]{1,30}")
SURNAME_FIRST = regex.compile(r"([^,]+),[^\S\n]*([^,]*\p{L}[^,]*)")  # "Jansen, Pieter"
TURNED = regex.compile(r"([^\x00]+)\x00([^\x00]+)")  # a surname and given names a cell's words were split into
# The surname first in capitals, as French and Belgian registers write it: "DUBOIS Marie-Claire", "VAN DEN BOSSCHE
# Wouter", "D'HONDT Pieter"
CAPITALS_FIRST = regex.compile(r"((?:\p{Lu}[\p{Lu}'’-]*\s+)*\p{Lu}[\p{Lu}'’-]+)\s+(\p{Lu}[^,]*\p{Ll}[^,]*)")
BILINGUAL = regex.compile(r"\s*/\s*")  # "Naam/Nom", "Voornaam / Prénom"
RELATION_PARTS = regex.compile(r"[/,;|]|\s+(?:und|and|oder|or|en|et|y|e|i)\s+")  # "Kunde/Kundin", "Kunde und Freund"


def _rows_from_json(path: Path) -> Table:
    try:
        value = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # bad bytes, bad JSON, too deep, a number too long
        raise InputError(str(path), f"not a readable JSON file ({type(exc).__name__})") from None
    records = value.get("people") if isinstance(value, dict) else value
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(str(path), 'expected a JSON list of people, or {"people": [...]}')
    header = list(dict.fromkeys(k for r in records for k in r))
    return header, [
        {
            **{
                k: SEPARATOR.join(map(str, v)) if isinstance(v, list) else "" if v is None else str(v)
                for k, v in r.items()
            },
            ROW: n,  # the position in the list
        }
        for n, r in enumerate(records, start=1)
    ]


INSTAGRAM_URL = regex.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am)/([A-Za-z0-9_.]{1,30})/?(?:[?#]\S*)?", regex.I
)
FACEBOOK_URL = regex.compile(r"(?:https?://)?(?:[a-z]+\.)?(?:facebook\.com|fb\.com)/(\S*)", regex.I)
FACEBOOK_USERNAME = regex.compile(
    r"(?!profile\.php)([A-Za-z0-9.]{1,30})/?(?:[?#]\S*)?"
)  # not profile.php?id=..., not people/...
HANDLE_SEPARATORS = regex.compile(r"[|,;\s]+")
NAME_SEPARATORS = regex.compile(r"[|,;]")  # aliases and Facebook names hold spaces
ALIAS_SEPARATORS = regex.compile(r"[|,;/]")  # and aliases a slash: "Sepp / Sepperl"; Facebook cells hold links


@dataclass(frozen=True)
class Columns:
    """Which headings feed which field of a Person; every other heading is unused."""

    name: tuple[str, ...]  # one full-name column, or a first name column, then particles' and surnames' columns
    given: str | None = None  # the first-name column of a name in parts: where the given names end
    surname_first: bool = False  # one name column written "Jansen, Pieter", "Boer, Jan-Willem de"
    given_last: bool = False  # ... or "Huber Johann": the given names are the first names at the cell's end
    id: str | None = None
    handles: tuple[str, ...] = ()
    facebook: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    relation: str | None = None
    notes: tuple[str, ...] = ()  # a list's own notes and dates ("Notiz", "Datum"): known, not read, no warning
    others: tuple[str, ...] = ()  # other people's names ("Kind von", "Eltern"): known, not searched
    unused: tuple[str, ...] = ()

    @property
    def used(self) -> tuple[str, ...]:
        return (
            *self.name,
            *filter(None, (self.id, self.gender, self.relation)),
            *self.handles,
            *self.facebook,
            *self.aliases,
        )


@dataclass(frozen=True)
class ListReading:
    """How a list was read, for `optout check`: headings and counts only, never a cell."""

    columns: tuple[tuple[str, str], ...]  # ("Vorname + Nachname", "name"), ("Notiz", "not used"), ...
    people: int
    handles: int
    aliases: int


def _roles(heading: str) -> frozenset[str]:
    """The fields a heading may feed; a heading in two languages feeds what both parts may ("Naam/Nom",
    "Geslacht / Sexe", as bilingual lists write them)."""
    if (key := heading_key(heading)) in HEADINGS:
        return HEADINGS[key]
    parts = [HEADINGS.get(heading_key(part), frozenset()) for part in BILINGUAL.split(heading) if part.strip()]
    return frozenset.intersection(*parts) if len(parts) > 1 else frozenset()


def _typo_of_name_heading(heading: str) -> str | None:
    """The name heading `heading` is one letter off ("Prénon", "Cogonme") or has two neighbouring letters swapped
    ("nmo", which difflib scores low in a short word); a known heading ("Full name" beside first and last names)
    is no typo."""
    if _roles(heading):
        return None
    key = heading_key(heading)
    meant = difflib.get_close_matches(key, NAME_HEADINGS, n=1, cutoff=TYPO_CUTOFF) or [
        name for name in NAME_HEADINGS if _swapped(key, name)
    ]
    return NAME_HEADINGS[meant[0]] if meant else None


def _swapped(key: str, name: str) -> bool:
    """Is `key` `name` with two neighbouring letters swapped ("nmo" for "nom")?"""
    return len(key) == len(name) and any(
        key == name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(len(name) - 1) if name[i] != name[i + 1]
    )


def _header_index(rows: Sequence[Sequence[str]]) -> int | None:
    """The header row, as in a spreadsheet: the first with a name heading, where empty rows and a title stand above
    it; but a row above that with two headings of other columns is the header of a list without a name column
    ("Nr.;Instagram;Rolle"), not a person's row whose relation happens to be a heading ("…;Kundin")."""
    named = next((k for k, cells in enumerate(rows) if any(map(_is_name_heading, cells))), None)
    above = rows[:named] if named is not None else rows
    return next((k for k, cells in enumerate(above) if sum(bool(_roles(c.strip())) for c in cells) >= 2), named)


def _lists_people(rows: Sequence[Sequence[str]]) -> int | None:
    """Where another sheet lists people: the row of its header, whose name column holds a name below it; None for
    a sheet of notes, a changelog or a dropdown's values ("Rolle | Geschlecht", "Werte | Kind")."""
    at = _header_index(rows)
    if at is None:
        return None
    named = [k for k, cell in enumerate(rows[at]) if _is_name_heading(cell)]
    filled = any(k < len(row) and row[k].strip() for row in rows[at + 1 :] for k in named)
    return at if filled and not any(_roles(rows[at][k].strip()) & {"others"} for k in named) else None


def _is_name_heading(heading: str) -> bool:
    return bool(_roles(heading) & NAME_ROLES)


@dataclass
class _HeaderRows:
    """Finds the header as `_header_index` does and keeps the rows it looked at, for a header of two rows."""

    rows: Sequence[Sequence[str]] = ()
    at: int | None = None

    def __call__(self, rows: Sequence[Sequence[str]]) -> int | None:
        self.rows, self.at = rows, _header_index(rows)
        return self.at


def _with_subheadings(found: _HeaderRows, table: Table) -> Table:
    """A heading merged over two columns ("Name" over "Vorname" | "Nachname") leaves the second empty, and the
    headings meant are in the row below: read without them, the surnames would go unread and "Vorname" be a person.
    A row right under the header whose filled cells are all list headings, one under an empty heading, is that row;
    where its cell is empty, the heading above counts. The table's reader left out the columns without a heading:
    the rows after it are read again from the rows kept, which it gives in their order, with their row numbers."""
    at = found.at
    if at is None or at + 1 >= len(found.rows):
        return table
    upper, lower = found.rows[at], found.rows[at + 1]
    pairs = [(a.strip(), b.strip()) for a, b in zip_longest(upper, lower, fillvalue="")]
    if not all(_roles(b) for _, b in pairs if b) or not any(b and not a for a, b in pairs):
        return table
    header = [b or a for a, b in pairs]
    cells = [r for r in found.rows[at + 2 :] if any(c.strip() for c in r)]
    return header, [
        {**{h: c for h, c in zip(header, r, strict=False) if h}, ROW: row[ROW]}
        for row, r in zip(table[1][1:], cells, strict=True)
    ]


def _holds_headings(columns: Columns, row: dict[str, object]) -> bool:
    """Are the row's names list headings ("Vorname", "Nachname"): a heading row repeated, never a person?"""
    filled = [cell for c in columns.name if (cell := str(row.get(c, "")).strip())]
    return bool(filled) and all(map(_roles, filled))


def _columns(path: Path, header: list[str]) -> Columns:
    """Give each heading its field. 'nom', 'nombre', 'nome' are a full name alone and a last or first name beside
    the other part; a name column beside only a first name column is the surname ('Name;Vorname' on German forms).
    Two surname columns are both read, in their order ('Primer apellido;Segundo apellido' on Spanish forms), and a
    column of particles goes between first name and surname ('Voornaam;Tussenvoegsel;Achternaam')."""
    headings = [h for h in dict.fromkeys(header) if h]
    roles = {h: _roles(h) for h in headings}
    # a heading of two fields counts last in each: "Roepnaam" is the first name where no "Voornaam" is, else an
    # alias; "Kind" the name where no "Name" is, else the child of the person listed
    headings.sort(key=lambda h: bool(roles[h] & {"aliases", "others"}))
    firsts = [h for h in headings if "first" in roles[h]]
    lasts = [h for h in headings if "last" in roles[h]]
    first = next((h for h in firsts if "name" not in roles[h] or any(x != h for x in lasts)), None)
    surnames = [h for h in lasts if h != first and "name" not in roles[h]]
    surnames = surnames or [h for h in lasts if h != first and first][:1]
    names = [h for h in headings if "name" in roles[h] and h != first and h not in surnames]
    infixes = [h for h in headings if "infix" in roles[h]]
    if names and not (first and surnames):
        name = (first or names[0], *infixes, *(surnames or names[:1])) if first or surnames else (names[0],)
    elif first and surnames:
        name = (first, *infixes, *surnames)
    else:  # NOTE: the headings found are quoted only beside a known one: a list without a header row has names there
        typo = next(((h, meant) for h in headings if (meant := _typo_of_name_heading(h))), None)
        if typo and any(roles.values()):
            raise InputError(str(path), f"column '{typo[0]}' is not read: did you mean '{typo[1]}'? rename it")
        accepted = ", ".join(f"'{w}'" for w in WORDS["name"][:8])
        parts = ", ".join(f"'{a}' + '{b}'" for a, b in list(zip(WORDS["first"], WORDS["last"], strict=False))[:3])
        alone = "; a list of names alone needs the heading 'name' on its first line" if len(headings) == 1 else ""
        meant = next(filter(None, map(_typo_of_name_heading, headings)), None)
        alone += f"; a heading is one letter off '{meant}'" if meant else ""
        raise InputError(
            str(path),
            f"missing required column 'name': accepted are {accepted}, ... or first and last name columns such as "
            f"{parts}{alone}",
        )
    rest = [h for h in headings if h not in name]
    given = first if first is not None and len(name) > 1 else None

    def taking(role: str) -> list[str]:
        return [h for h in rest if role in roles[h]]

    # a salutation column ("Anrede": Frau, Herr) tells the gender where no gender column does
    one = {role: next(iter(taking(role)), None) for role in ("id", "gender", "relation")}
    one["gender"] = one["gender"] or next(iter(taking("salutation")), None)
    several = {role: tuple(taking(role)) for role in ("handles", "facebook", "aliases", "notes", "others")}
    several["notes"] += tuple(h for h in names if h not in name and h not in several["others"])  # "Nome completo"
    # a second salutation column ("Anrede" and "Titel") is the list's own note
    several["notes"] += tuple(h for h in taking("salutation") if h != one["gender"])
    used = {*one.values(), *(h for hs in several.values() for h in hs)}
    return Columns(name, given, **one, **several, unused=tuple(h for h in rest if h not in used))


def _handle(path: Path, column: str, part: str, where: str) -> str:
    """'@lena.vogt', 'lena.vogt' or an Instagram profile link -> 'lena.vogt'."""
    handle = url.group(1) if (url := INSTAGRAM_URL.fullmatch(part)) else part.removeprefix("@")
    if not HANDLE.fullmatch(handle):
        raise InputError(str(path), f"column '{column}' holds something that is not an Instagram handle", where)
    return handle.casefold()


def _join(first: str, *lasts: str) -> str:
    """First then last name, once: a 'Name' column beside 'Vorname' may hold the full name already, and two
    surname columns the same surname."""
    parts: list[str] = []
    for part in lasts:
        if part and part.casefold() not in (p.casefold() for p in parts):
            parts.append(part)
    last = " ".join(parts)
    first_words, last_words = first.casefold().split(), last.casefold().split()
    if not first_words or last_words[: len(first_words)] == first_words:
        return last
    return first if not last_words or first_words[-len(last_words) :] == last_words else f"{first} {last}"


def _genders(columns: Columns, rows: list[dict[str, object]]) -> dict[str, str]:
    """The gender values of this list: a salutation column's titles ("D." is Don, in an English "Title" column
    "Sr" Sister) and, in a column of H and M without F, M for "mujer", as Spanish forms write it (H for "hombre")."""
    if columns.gender is None:
        return GENDERS
    genders = {**GENDERS, **TITLE_GENDERS} if "salutation" in _roles(columns.gender) else GENDERS
    genders = {**genders, **ENGLISH_TITLES} if heading_key(columns.gender) == "title" else genders
    letters = {heading_key(str(row.get(columns.gender, ""))) for row in rows}
    return {**genders, "m": "f"} if "h" in letters and not letters & {"f", "w"} else genders


def _person(
    path: Path, columns: Columns, row: dict[str, object], warn: Callable[[str], None], genders: dict[str, str]
) -> Person:
    where = f"row {row[ROW]}"
    # NOTE: repair() undoes mojibake a spreadsheet kept from an export ("MÃ¼ller"): never match on it
    cells = {col: " ".join(repair(str(row.get(col, ""))).split()) for col in columns.used}
    for col, cell in cells.items():
        if "\x00" in cell:
            raise InputError(str(path), f"column '{col}' holds a NUL character", where)
    parts = [cells[c] for c in columns.name]
    if columns.surname_first:
        turned = (
            _given_names_after(parts[0]) if columns.given_last and "," not in parts[0] else _surname_first(parts[0])
        )
    else:  # "Nowak, Kasia" in a column of full names written given names first
        turned = _comma_surname_first(parts[0]) if len(parts) == 1 else None
    if turned:  # "Boer, Jan-Willem de" -> "Jan-Willem de Boer": the particles after the given names go before
        surname, *given_words = turned.group(1), *turned.group(2).split()
        if turned.re is CAPITALS_FIRST:  # "VAN DEN BOSSCHE Wouter" -> "Wouter Van den Bossche"
            surname = " ".join(
                w.title() if i == 0 or w.casefold() not in PARTICLES else w.casefold()
                for i, w in enumerate(surname.split())
            )
        particles = []
        while len(given_words) > 1 and given_words[-1].islower():
            particles.insert(0, given_words.pop())
        written = surname.split()  # a title goes before the given names: "Dr. Moser, Katharina"
        titled = len(written) - len(untitled([w.rstrip(".") for w in written], surname))
        parts = [" ".join([*written[:titled], *given_words, *particles, *written[titled:]])]
    name, bracketed = _without_brackets(_join(*parts))
    name = ABBREVIATED_MARIA.sub("María", name)  # "Mª José": the name written out, its short form a variant
    given = " ".join(given_words) if turned else cells[columns.given] if columns.given else ""
    given = ABBREVIATED_MARIA.sub("María", _without_brackets(given)[0])
    given = given if name.casefold().startswith(given.casefold() + " ") else ""  # where the surname follows it
    handles = [_handle(path, c, part, where) for c in columns.handles for part in _parts(cells[c], HANDLE_SEPARATORS)]
    aliases = [part for c in columns.aliases for part in _parts(cells[c], ALIAS_SEPARATORS)]
    # Facebook: a profile link or @username gives the username, matched as a handle (a post links or @mentions it the
    # same way, and people keep one username across Meta's apps); any other cell is the display name, which tags in
    # Facebook exports show, so it is an alias. A link without a username (profile.php?id=...) cannot be matched.
    for column in columns.facebook:
        for part in _parts(cells[column], NAME_SEPARATORS):
            url = FACEBOOK_URL.fullmatch(part)
            username = FACEBOOK_USERNAME.fullmatch(url.group(1)) if url else None
            if url and not username:
                warn(f"{path}: {where}: column '{column}' holds a profile link without a username; not used")
            elif url or part.startswith("@"):
                handles.append(_handle(path, column, username.group(1) if username else part, where))
            else:
                aliases.append(part)
    for part in bracketed:
        if _called_so(part, name):
            aliases.append(part)  # "Valentina (Vale)", "Francesco „Checco“ Esposito"
        else:
            warn(f"{path}: {where}: a name column holds words in brackets or quotes that are no nickname; not used")
    gender = heading_key(cells[columns.gender]) if columns.gender and cells[columns.gender].strip() else ""
    if gender and gender not in genders:
        gender = heading_key(cells[columns.gender].split()[0])  # an Anrede with a title: "Frau Dr."
    salutation = columns.gender and "salutation" in _roles(columns.gender)
    if gender and gender not in genders and salutation:
        gender = ""  # "Familie", "Dr.": a salutation that tells no gender
    elif gender and gender not in genders:
        raise InputError(
            str(path),
            f"column '{columns.gender}' should be f, m or d, or a word such as 'weiblich', 'femme', 'kobieta' (or "
            "empty)",
            where,
        )
    if any(LOST_LETTER.search(n) for n in (name, *aliases)):  # an error: that person would go unfound, the run pass
        raise InputError(str(path), LOST_LETTERS.format("a name"), where)
    if not (name := name or next(iter(aliases), "")) and not handles:
        empty = " and ".join(f"column '{c}'" for c in columns.name) + (" are" if len(columns.name) == 2 else " is")
        raise InputError(str(path), f"{empty} empty and no handle is given: fill in either, or delete the row", where)
    person_id = cells[columns.id] if columns.id and cells[columns.id] else name or f"@{handles[0]}"
    return Person(
        person_id,
        name,
        tuple(dict.fromkeys(aliases)),
        tuple(dict.fromkeys(handles)),
        genders.get(gender),
        given,
        int(str(row[ROW])),
        relation=relation_of(cells[columns.relation]) if columns.relation else None,
    )


def relation_of(cell: str) -> str | None:
    """The relation a cell says: one word of columns.tsv, or several of the same relation ("Kunde/Kundin")."""
    found = {RELATIONS.get(heading_key(part)) for part in RELATION_PARTS.split(cell) if part.strip()}
    return found.pop() if len(found) == 1 else None


def _surname_first(cell: str) -> regex.Match | None:
    """The surname and the given names of a cell that writes the surname first: "Jansen, Pieter", "DUBOIS Marie"."""
    return SURNAME_FIRST.fullmatch(cell) or CAPITALS_FIRST.fullmatch(cell)


def _given_names_after(cell: str) -> regex.Match | None:
    """The surname and the given names of a cell of a column written surname first without a comma ("Huber
    Johann", "Kovačević Marko Luka", "De Luca Giulia"): the given names are the first names at its end, the last
    one at least, and the surname ends in no particle; None where the last word is no first name ("Johann Huber"
    among them is read as written) or every word is one ("Anna Maria")."""
    words = cell.split()
    if len(words) < 2 or "," in cell or all(w.casefold() in given_names() for w in words):
        return None
    if words[-1].casefold() not in given_names():
        return None
    given = 1
    while (
        given < len(words) - 1
        and words[-given - 1].casefold() in given_names()
        and words[-given - 2].casefold() not in PARTICLES
    ):
        given += 1
    return TURNED.fullmatch(f"{' '.join(words[:-given])}\x00{' '.join(words[-given:])}")


def _written_surname_first(filled: list[str]) -> bool:
    """Does a column of full names write the surname first without a comma, as club and school registers do
    ("Huber Johann")? Where three cells or more end in a first name and open with a word that is none, more than
    twice as many as the other way round: read given names first, "Huber" is the first name, and "Hansi Huber" in a
    caption no more than a review of the surname."""
    two = [c.split() for c in filled if len(c.split()) >= 2 and "," not in c]
    first = [w[0].casefold() in given_names() for w in two]
    last = [w[-1].casefold() in given_names() for w in two]
    surname_first = sum(lt and not ft for ft, lt in zip(first, last, strict=True))
    given_first = sum(ft and not lt for ft, lt in zip(first, last, strict=True))
    return surname_first >= 3 and surname_first > 2 * given_first


def _comma_surname_first(cell: str) -> regex.Match | None:
    """A cell written "Surname, Given names" among names written given names first: one comma and a name on either
    side, so that a note ("Müller, nur Story") is not turned."""
    bare = _without_brackets(cell)[0]
    if bare.count(",") != 1 or not all(_looks_like_a_name(side.split()) for side in bare.split(",")):
        return None
    surname, given = (side.split() for side in bare.split(","))
    if len(surname) > 1 and len(given) > 1 or any(w.casefold().rstrip(".") in NAME_SUFFIXES for w in given):
        return None  # two people ("Anna Schmidt, Ben Schmidt"), or a suffix ("Sammy Davis, Jr.")
    return SURNAME_FIRST.fullmatch(cell)


def _looks_like_a_name(words: list[str]) -> bool:
    """Words of letters, each capitalised or a particle ("de", "van", "'t"), one at least capitalised."""
    return any(w[:1].isupper() for w in words) and all(
        NAME_WORD.fullmatch(w) and (w[:1].isupper() or w.casefold() in PARTICLES or w[:1] in "'’") for w in words
    )


def _without_brackets(name: str) -> tuple[str, list[str]]:
    """The name without what brackets or double quotes hold in it, and those parts."""
    parts = [m.group(1) if m.group(1) is not None else m.group(2) for m in BRACKETED.finditer(name)]
    return (" ".join(BRACKETED.sub(" ", name).split()), parts) if parts else (name, [])


def _called_so(part: str, name: str) -> bool:
    """Is a word in brackets beside a name a nickname: a first name, a short form of one, or the name's own first
    letters ("Vale" of Valentina)? A note ("Trauzeuge", "nur Story") is none."""
    first = name.split()[0].casefold() if name.split() else ""
    low = part.casefold()
    return (
        len(part.split()) == 1
        and part[:1].isupper()
        and (first_name_word(low) or len(low) >= 3 and first.startswith(low[:3]))
    )


def _parts(cell: str, separators: regex.Pattern) -> list[str]:
    return [" ".join(part.split()) for part in separators.split(cell) if part.strip()]


ABBREVIATED_MARIA = regex.compile(r"(?<!\w)M\.?ª(?!\w)")
# What brackets or double quotes hold inside a name cell: "Valentina (Vale)", 'Francesco "Checco" Esposito'.
BRACKETED = regex.compile(r"\(([^()]*)\)|[\"“„«]([^\"“”„«»]*)[\"”“»]")
# A question mark inside a name: what a spreadsheet saved in a code page writes for a letter it has not ("Y?lmaz").
LOST_LETTER = regex.compile(r"(?:\p{L}|(?<!\S))\?+\p{L}")  # "Y?lmaz", "?ule"; not a doubt: "Jo?"
NAME_WORD = regex.compile(r"[\p{L}'’.-]+")  # "Jan-Willem", "D'Hondt", "St.", "'t"
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})  # after a comma, no given names
LOST_LETTERS = "a '?' stands in {} for letters its code page lost: save it as CSV UTF-8"
# A handle written without "@" that no name would be: a dot, an underscore or a digit in one word ("mia_k", "lena.v").
# A handle written without its "@": three letters or more, a dot, "_" or digit, and no dot at its end, which
# Instagram does not allow: "lena.vogt", "anna92"; not a title ("Dr."), a class ("1a") or a room ("A101").
BARE_HANDLE = regex.compile(r"(?=(?:.*[A-Za-z]){3})(?=.*[._0-9])[A-Za-z0-9_.]{2,29}[A-Za-z0-9_]")


def _looks_like_handles(rows: list[dict[str, object]], column: str) -> bool:
    """Most filled cells are '@...', Instagram links or bare handles: the list means them as handles."""
    cells = [str(row.get(column, "")).strip() for row in rows]
    filled = [c for c in cells if c]
    handle_like = (c.startswith("@") or INSTAGRAM_URL.match(c) or BARE_HANDLE.fullmatch(c) for c in filled)
    return 2 * sum(map(bool, handle_like)) > len(filled)


def _merged(first: Person, again: Person) -> Person | None:
    """One person of two rows with the same name, where nothing tells two people apart (no two handles of their own,
    no two genders or relations): the handles, aliases and what either row gives. A list grown over time names
    someone twice ("@lena.hartmann", later "lena.hartmann" with a nickname); as two people, every finding of them
    was shown twice. Namesakes keep a row each."""
    handles = set(first.handles), set(again.handles)
    told_apart = (
        all(handles)
        and not handles[0] & handles[1]
        or None not in (first.gender, again.gender)
        and first.gender != again.gender
        or None not in (first.relation, again.relation)
        and first.relation != again.relation
    )
    if told_apart or first.given != again.given:
        return None
    return replace(
        first,
        handles=tuple(dict.fromkeys((*first.handles, *again.handles))),
        aliases=tuple(dict.fromkeys((*first.aliases, *again.aliases))),
        gender=first.gender or again.gender,
        relation=first.relation or again.relation,
    )


def _looks_like_names(rows: list[dict[str, object]], column: str) -> bool:
    """Most filled cells start with a first name ("Joost van den Berg", "Sky & Rose"): people the list names
    beside the one its row is about (a partner, the children), whom no row of their own protects."""

    cells = [str(row.get(column, "")).strip() for row in rows]
    filled = [c for c in cells if c]
    named = [c for c in filled if c[:1].isupper() and c.split()[0].strip(",&").casefold() in given_names()]
    return bool(filled) and 2 * len(named) > len(filled)


def read_optout(path: Path, warn: Callable[[str], None] = lambda _: None) -> tuple[list[Person], ListReading]:
    """The people on the list and how its columns were read. Notes on its encoding and unused columns are given
    only once the list proved readable."""
    if path.is_dir():
        raise InputError(str(path), "a folder, not an opt-out list: pass the list file (.csv, .xlsx, .txt or .json)")
    if not path.is_file():
        raise InputError(str(path), "opt-out list not found")
    if path.stat().st_size > MAX_LIST_BYTES:
        raise InputError(str(path), f"opt-out list larger than {MAX_LIST_BYTES >> 20} MiB")
    notes: list[str] = []
    suffix = path.suffix.lower()
    kind = file_kind(path)
    if kind is CUT_SHORT:
        raise InputError(str(path), f"{kind.what}: save or download the list again")
    if kind is not None and kind.name != "xlsx":  # an export's zip, a photo: say what it is
        raise InputError(str(path), f"{kind.what}, not a list: pass a .csv, .xlsx, .txt or .json list")
    found = _HeaderRows()
    if suffix in (".xlsx", ".xlsm") or kind is not None:  # also an XLSX saved under another name
        header, rows = _with_subheadings(found, rows_from_xlsx(path, found, _lists_people))
    elif suffix == ".json":
        header, rows = _rows_from_json(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        header, rows = _with_subheadings(found, rows_from_csv(path, notes, _is_name_heading, found))
    else:
        raise InputError(str(path), "unsupported opt-out list format (use .csv, .xlsx or .json)")
    rows = [{k if k == ROW else str(k).strip(): v for k, v in row.items()} for row in rows]
    if any(LOST_LETTER.search(str(h)) for h in header):  # "pr?nom": no heading is the typo to name, the file lost them
        raise InputError(str(path), LOST_LETTERS.format("a heading"))
    columns = _columns(path, [str(h).strip() for h in header])
    for column in columns.unused:
        if _looks_like_handles(rows, column):
            raise InputError(
                str(path),
                f"column '{column}' holds Instagram handles but is not read: name it 'Instagram' or 'handles'",
            )
    people: list[Person] = []
    seen: dict[str, tuple[int, Person]] = {}
    genders = _genders(columns, rows)
    if len(columns.name) == 1:  # a ledenlijst: "Achternaam, Voornaam"; a French register: "DUBOIS Marie"
        filled = [cell for row in rows if (cell := " ".join(str(row.get(columns.name[0], "")).split()))]
        if filled and 2 * sum(bool(_surname_first(cell)) for cell in filled) > len(filled):
            columns = replace(columns, surname_first=True)
        elif _written_surname_first(filled):
            columns = replace(columns, surname_first=True, given_last=True)
    odd: list[object] = []  # the rows whose relation cell says no relation the rewrites know
    for row in rows:
        if _holds_headings(columns, row):
            notes.append(f"{path}: row {row[ROW]} holds headings, not a person; not read")
            continue
        person = _person(path, columns, row, notes.append, genders)
        if columns.relation and person.relation is None and str(row.get(columns.relation, "")).strip():
            odd.append(row[ROW])
        if person.id in seen:
            first, same = seen[person.id]
            if columns.id:
                raise InputError(
                    str(path),
                    f"duplicate id (also in row {first}): give each person an id of their own",
                    f"row {row[ROW]}",
                )
            if person == same:  # a row pasted twice
                notes.append(f"{path}: row {row[ROW]} repeats row {first}; read once")
                continue
            if (merged := _merged(same, person)) is not None:
                people[people.index(same)] = merged
                seen[person.id] = first, merged
                notes.append(
                    f"{path}: row {row[ROW]} names the person of row {first} again; read as one, with both rows"
                )
                continue
            person = replace(person, id=f"{person.id} (row {row[ROW]})")  # namesakes, told apart by their rows
        seen[person.id] = row[ROW], person
        people.append(person)
    if not people:
        raise InputError(str(path), "the opt-out list is empty; an empty list would let everything pass")
    # the surname from a column of names beside the first names ("Vorname" + "Kunde"), as German forms write "Name"
    guessed = len(columns.name) > 1 and "name" in _roles(columns.name[-1])
    said = set()  # columns of names warned about on their own line, not again among the unused
    for column in columns.unused:
        # a typo of a name heading: where the column holds names, or where the list has its names in one column
        # (first names alone, a "Cogonme" beside "Nome" lost: every first name a full name's hit), or its surnames
        # from a column that may be something else ("Vorname", "Nachnahme" and "Kunde (Account)": the client's)
        named = _looks_like_names(rows, column)
        if (named or len(columns.name) == 1 or guessed) and (meant := _typo_of_name_heading(column)):
            problem = f"column '{column}' holds names but is not read: did you mean '{meant}'?"
            raise InputError(str(path), problem + " rename it")
        if named:
            notes.append(f"{path}: column '{column}' holds names but is not read: give each person a row of their own")
            said.add(column)
    for column in columns.others:  # a child's parents did not object with the child
        if _looks_like_names(rows, column):
            notes.append(
                f"{path}: column '{column}' holds other people's names, which are not searched: give anyone of them "
                "who objected too a row of their own"
            )
    if odd:
        known = ", ".join(dict.fromkeys(RELATIONS.values()))
        at = f"row {odd[0]}" if len(odd) == 1 else f"rows {', '.join(map(str, odd[:-1]))} and {odd[-1]}"
        notes.append(
            f"{path}: column '{columns.relation}' holds a value in {at} that is no relation rewrites know "
            f'({known}; in any list language): those people are called "a friend"'
        )
    if unsaid := [c for c in columns.unused if c not in said]:  # one line, however many: it comes with every run
        *others, last = (f"'{c}'" for c in unsaid)
        named = f"columns {', '.join(others)} and {last} are" if others else f"column {last} is"
        notes.append(f"{path}: {named} not used")
    if notes:  # the list's own file name may be a listed person's: its notes name no one, as the scan's do not
        from captionscan.match.matcher import Matcher  # here: the matcher reads lists through this module

        blank = Matcher(people).blanked
        for note in notes:
            warn(blank(note))
    facebook = "handles (profile links) and aliases (names)"
    # a name turned gives the given names: a full-name column gives them no other way
    turned = sum(bool(p.given) for p in people) if len(columns.name) == 1 and not columns.surname_first else 0
    as_name = f"name; {turned} of {len(people)} written 'Surname, Given names', read so" if turned else "name"
    read = [
        (" + ".join(columns.name), "name, surname first" if columns.surname_first else as_name),
        *((h, "id") for h in filter(None, [columns.id])),
        *((h, "handles") for h in columns.handles),
        *((h, facebook) for h in columns.facebook),
        *((h, "aliases") for h in columns.aliases),
        *((h, "gender") for h in filter(None, [columns.gender])),
        *((h, "relation") for h in filter(None, [columns.relation])),
        *((h, "notes, not read") for h in columns.notes),
        *((h, "other people, not searched") for h in columns.others),
        *((h, "not used") for h in columns.unused),
    ]
    reading = ListReading(
        tuple(read), len(people), sum(len(p.handles) for p in people), sum(len(p.aliases) for p in people)
    )
    return people, reading


def load_optout(path: Path, warn: Callable[[str], None] = lambda _: None) -> list[Person]:
    """The people on the list (see read_optout)."""
    return read_optout(path, warn)[0]
