"""Loading the opt-out list: formats, columns, and errors that name file, row and column (never a name)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.errors import InputError
from captionscan.match import Matcher, load_optout
from captionscan.match.optout_list import read_optout
from captionscan.records import Entity, Person

EXPECTED = [
    Person("1", "Lena Vogt", ("Lenchen", "Leni"), ("lena.vogt", "lv_photo")),
    Person("Jonas Müller", "Jonas Müller"),
]


def test_csv(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "name,id,aliases,handles\nLena  Vogt,1,Lenchen | Leni,@lena.vogt|LV_Photo\nJonas Müller,,,\n", encoding="utf-8"
    )
    assert load_optout(path) == EXPECTED


def test_csv_semicolon_and_bom(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes(
        "\ufeffName;ID;Aliases;Handles\nLena Vogt;1;Lenchen|Leni;@lena.vogt|lv_photo\nJonas Müller;;;\n".encode()
    )
    assert load_optout(path) == EXPECTED


def test_cp1252_csv_is_read_with_a_warning(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes("name\nJonas Müller\n".encode("cp1252"))
    warnings: list[str] = []
    assert load_optout(path, warnings.append) == [Person("Jonas Müller", "Jonas Müller")]
    assert len(warnings) == 1 and "encoding" in warnings[0] and "Müller" not in warnings[0]


def test_aliases_may_be_separated_by_a_slash(tmp_path):
    """A club's member software writes "Sepp / Sepperl": two nicknames, neither of which would match as one."""
    path = tmp_path / "l.csv"
    path.write_text("Vorname;Nachname;Spitzname\nJosef;Gruber;Sepp / Sepperl\n", encoding="utf-8")
    (person,) = load_optout(path)
    assert person.aliases == ("Sepp", "Sepperl")


def test_a_mac_roman_csv_is_read_in_its_code_page(tmp_path):
    """Excel for Mac saves "CSV" in Mac Roman: read as Windows-1252, "Prénom" would be "PrŽnom"."""
    path = tmp_path / "l.csv"
    path.write_bytes("Prénom;Nom\nÉlodie;Marchand\nFrançoise;Lefèvre\n".encode("mac_roman"))
    warnings: list[str] = []
    names = [p.name for p in load_optout(path, warnings.append)]
    assert names == ["Élodie Marchand", "Françoise Lefèvre"]
    assert len(warnings) == 1 and "mac_roman" in warnings[0]


def test_a_windows_list_with_one_umlaut_is_read_as_windows_1252(tmp_path):
    """A school's list saved by Excel on Windows, one "ö" in it: its letters tie for every code page, and Mac
    Roman had been taken ("Jˆrg"), so that Jörg went unfound."""
    path = tmp_path / "l.csv"
    text = "Widerspruchsliste Schuljahr 2024/25;;\nNachname;Vorname;Klasse\nYildiz;Elif;3b\nNowak;Jörg;4a\n"
    path.write_bytes(text.encode("cp1252"))
    warnings: list[str] = []
    assert [p.name for p in load_optout(path, warnings.append)] == ["Elif Yildiz", "Jörg Nowak"]
    assert "cp1252" in warnings[0]


def test_xlsx_with_a_title_row_and_empty_rows(tmp_path):
    path = tmp_path / "l.xlsx"
    frame = pd.DataFrame(
        [
            ["Opt-out Liste", "", "", ""],
            ["id", "name", "aliases", "handles"],
            ["1", "Lena Vogt", "Lenchen|Leni", "lena.vogt|lv_photo"],
            ["", "", "", ""],
            ["", "Jonas Müller", "", ""],
        ]
    )
    frame.to_excel(path, header=False, index=False)
    assert load_optout(path) == EXPECTED


def test_json(tmp_path):
    path = tmp_path / "l.json"
    path.write_text(
        json.dumps(
            {
                "people": [
                    {"id": 1, "name": "Lena Vogt", "aliases": ["Lenchen", "Leni"], "handles": "@lena.vogt|lv_photo"},
                    {"name": "Jonas Müller"},
                ]
            }
        )
    )
    assert load_optout(path) == EXPECTED


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,vorname\n1,Lena\n", "l.csv: missing required column 'name'"),
        ("Lena Vogt\nJonas Müller\n", "l.csv: a list of names alone needs the heading 'name' on its first line"),
        ("id,name\n1,Lena Vogt\n2,\n", "l.csv: row 3: column 'name' is empty and no handle is given"),
        ("id,name\n1,Lena Vogt\n1,Jonas Müller\n", "l.csv: row 3: duplicate id (also in row 2): give each person"),
        ("id,name,handles\n1,Lena Vogt,lena/vogt\n", "l.csv: row 2: column 'handles' holds something that is not"),
        ("id,name\n", "l.csv: the opt-out list is empty"),
        # a heading with two letters swapped names the heading meant
        (
            "prénom,nmo,instagram\nHélène,Garnier,@hg\n",
            "l.csv: column 'nmo' is not read: did you mean 'nom'? rename it",
        ),
        ("Nmae;Instagram\nLena Vogt;@lv\n", "l.csv: column 'Nmae' is not read: did you mean 'name'? rename it"),
    ],
)
def test_errors_name_file_row_and_column_but_no_person(tmp_path, content, message):
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert exc.value.message.startswith(str(tmp_path / message.split(":")[0]))
    assert message.split(": ", 1)[1] in exc.value.message
    assert "Lena" not in exc.value.message and "Jonas" not in exc.value.message


def test_unsupported_format(tmp_path):
    path = tmp_path / "l.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="a PDF document, not a list: pass a .csv, .xlsx, .txt or .json list"):
        load_optout(path)
    path = tmp_path / "l.odt"
    path.write_text("id,name\n1,Lena Vogt\n", encoding="utf-8")
    with pytest.raises(InputError, match="unsupported opt-out list format"):
        load_optout(path)


# -- lists as people keep them: headings in seven languages ---------------------------------------------------

LENA_JONAS = [("Lena", "Vogt", "@lena.vogt", "Lenchen"), ("Jonas", "Müller", "instagram.com/jonas_mueller", "")]


@pytest.fixture(params=["comma.csv", "semicolon.csv", "title-row.xlsx"])
def write_list(request, tmp_path):
    """The same table as a comma CSV, a semicolon CSV, and an XLSX with a title row above the headings."""

    def write(header: list[str], *rows: tuple[str, ...]) -> Path:
        path = tmp_path / request.param
        if path.suffix == ".xlsx":
            book = openpyxl.Workbook()
            for cells in [["Opt-out Liste 2026"], header, *rows]:
                book.active.append(list(cells))
            book.save(path)
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                csv.writer(f, delimiter="," if path.stem == "comma" else ";").writerows([header, *rows])
        return path

    return write


@pytest.mark.parametrize(
    ("header", "female", "male"),
    [
        (["Vorname", "Nachname", "Instagram", "Spitzname", "Geschlecht", "Kundennummer"], "weiblich", "männlich"),
        (["First name", "Last name", "Instagram handle", "Nickname", "Gender", "ID"], "female", "male"),
        (["Given_Name", "SURNAME", "IG", "aliases", "Sex", "No."], "F", "M"),
        (["First name", "Surname", "Instagram", "Nickname", "Gender", "Membership number"], "female", "male"),
        (["Prénom", "Nom", "Nom d'utilisateur", "Surnom", "Sexe", "Numéro"], "femme", "homme"),
        (["Voornaam", "Achternaam", "Gebruikersnaam", "Bijnaam", "Geslacht", "Klantnummer"], "vrouw", "man"),
        (["Nombre", "Apellidos", "Usuario", "Apodo", "Género", "Número"], "mujer", "hombre"),
        (["Nome", "Cognome", "Nome utente", "Soprannome", "Sesso", "Codice cliente"], "donna", "uomo"),
        (["Imię", "Nazwisko", "Nazwa użytkownika", "Pseudonim", "Płeć", "Numer"], "kobieta", "mężczyzna"),
        (["Imię", "Nazwisko", "Instagram", "Zdrobnienie", "Płeć", "Numer"], "kobieta", "mężczyzna"),
        (["Prénom", "Nom", "Compte Instagram", "Surnom", "Civilité", "N°"], "Mademoiselle", "Monsieur"),
        (["Nombre", "Apellidos", "Instagram", "Apodo", "Tratamiento", "Número"], "Señora", "Señor"),
    ],
    ids=["de", "en", "en-variants", "en-club", "fr", "nl", "es", "it", "pl", "pl-diminutive", "fr-civ", "es-civ"],
)
def test_first_and_last_name_layouts_in_seven_languages(write_list, header, female, male):
    (lena, jonas) = LENA_JONAS
    path = write_list(header, (*lena, female, "7"), (*jonas, male, "8"))
    warnings: list[str] = []
    people, reading = read_optout(path, warnings.append)
    assert people == [
        Person("7", "Lena Vogt", ("Lenchen",), ("lena.vogt",), "f", given="Lena"),
        Person("8", "Jonas Müller", (), ("jonas_mueller",), "m", given="Jonas"),
    ]
    assert reading.columns == (
        (f"{header[0]} + {header[1]}", "name"),
        (header[5], "id"),
        (header[2], "handles"),
        (header[3], "aliases"),
        (header[4], "gender"),
    )
    assert (reading.people, reading.handles, reading.aliases) == (2, 2, 1) and warnings == []


@pytest.mark.parametrize(
    ("name", "handles"),
    [
        ("name", "handles"),
        ("Vollständiger Name", "Instagram-Name"),
        ("vollstandiger_name", "Benutzername"),
        ("Full Name", "@"),
        ("nom complet", "insta"),
        ("Naam", "account"),
        ("nombre", "handle"),
        ("nome", "username"),
        ("Imię i nazwisko", "IG"),
        ("imie i nazwisko", "nazwa uzytkownika"),
    ],
)
def test_full_name_layouts(write_list, name, handles):
    path = write_list([name, handles], ("Lena Vogt", "@lena.vogt"), ("Jonas Müller", ""))
    people, reading = read_optout(path)
    assert people == [Person("Lena Vogt", "Lena Vogt", (), ("lena.vogt",)), Person("Jonas Müller", "Jonas Müller")]
    assert reading.columns == ((name, "name"), (handles, "handles"))


@pytest.mark.parametrize(
    ("header", "row", "name"),
    [
        (["Name", "Vorname"], ("Vogt", "Lena"), "Lena Vogt"),  # German forms: 'Name' beside 'Vorname' is the surname
        (["Name", "Vorname"], ("Lena Vogt", "Lena"), "Lena Vogt"),  # ... unless it holds the full name already
        (["Vorname", "Nachname"], ("Cher", ""), "Cher"),  # one part filled still loads
        (["Vorname", "Nachname"], ("", "Vogt"), "Vogt"),
        (["Nom", "Prénom"], ("Vogt", "Lena"), "Lena Vogt"),  # first then last, whatever the column order
        (["Full name", "First name", "Last name"], ("Lena Vogt", "X", "Y"), "X Y"),  # first + last win; full unused
    ],
)
def test_first_and_last_names_are_joined(write_list, header, row, name):
    (person,) = load_optout(write_list(header, row))
    assert person.name == name


@pytest.mark.parametrize(
    ("cell", "handles"),
    [
        ("@lena.vogt", ("lena.vogt",)),
        ("Lena.Vogt", ("lena.vogt",)),
        ("https://www.instagram.com/lena.vogt/", ("lena.vogt",)),
        ("instagram.com/lena.vogt?igshid=MzRlODBiNWFlZA==", ("lena.vogt",)),
        ("http://instagr.am/lena.vogt", ("lena.vogt",)),
        ("@lena.vogt | lv_photo", ("lena.vogt", "lv_photo")),
        ("@lena.vogt, @lv_photo", ("lena.vogt", "lv_photo")),
        ("lena.vogt; https://instagram.com/lv_photo/", ("lena.vogt", "lv_photo")),
        ("@lena.vogt @lv_photo @lena.vogt", ("lena.vogt", "lv_photo")),
    ],
)
def test_handle_cells(tmp_path, cell, handles):
    path = tmp_path / "l.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Name", "Instagram"], ["Lena Vogt", cell]])
    assert load_optout(path)[0].handles == handles


@pytest.mark.parametrize("cell", ["https://www.instagram.com/p/C0ab12/", "lena/vogt", "@"])
def test_a_handle_cell_that_is_no_handle_is_an_error_without_the_value(tmp_path, cell):
    path = tmp_path / "l.csv"
    path.write_text(f"Name;Insta\nLena Vogt;{cell}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert exc.value.message == f"{path}: row 2: column 'Insta' holds something that is not an Instagram handle"


def test_facebook_links_give_handles_and_display_names_aliases(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "Name,Facebook-Profil\n"
        "Lena Vogt,https://www.facebook.com/lena.vogt.77/\n"
        "Jonas Müller,Jonas M. Photography\n"
        "Clara von Hagen,https://m.facebook.com/profile.php?id=100012345\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    people, reading = read_optout(path, warnings.append)
    assert [(p.aliases, p.handles) for p in people] == [
        ((), ("lena.vogt.77",)),
        (("Jonas M. Photography",), ()),
        ((), ()),
    ]
    assert warnings == [f"{path}: row 4: column 'Facebook-Profil' holds a profile link without a username; not used"]
    assert reading.columns[1] == ("Facebook-Profil", "handles (profile links) and aliases (names)")


def test_the_instagram_column_of_a_studio_xlsx_is_read_and_notes_are_not(tmp_path):
    """The list that was half read before: 'Name, Instagram, Notiz' in a spreadsheet."""
    path = tmp_path / "Kunden.xlsx"
    book = openpyxl.Workbook()
    for cells in [["Name", "Instagram", "Notiz"], ["Lena Vogt", "@lv_fotografie", "Hochzeit 2025, nur Gruppenfotos"]]:
        book.active.append(cells)
    book.save(path)
    warnings: list[str] = []
    matcher = Matcher(load_optout(path, warnings.append))
    assert warnings == []  # a list's notes are known, and not read
    text = "Danke an @lv_fotografie fürs Shooting"
    mention = Entity(9, 23, "MENTION", "@lv_fotografie")
    assert [(h.person_ids, h.rule) for h in matcher.match(text, [mention])] == [(("Lena Vogt",), "handle")]


@pytest.mark.parametrize(
    ("content", "column"),
    [
        ("Name;Kontakt\nLena Vogt;@lena.vogt\nJonas Müller;@jonas_mueller\nClara von Hagen;\n", "Kontakt"),
        (
            "Name,Link\nLena Vogt,https://www.instagram.com/lena.vogt/\nJonas Müller,instagram.com/jonas_mueller\n",
            "Link",
        ),
        # handles without "@": a dot, an underscore or a digit in one word is no name
        (
            "Name;Kanal;Bemerkung\nLena Vogt;lena.vogt;\nJonas Müller;jonas_mueller;Trauzeuge\nClara;clara1990;\n",
            "Kanal",
        ),
    ],
)
def test_an_unread_column_of_handles_is_an_error(tmp_path, content, column):
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert exc.value.message == (
        f"{path}: column '{column}' holds Instagram handles but is not read: name it 'Instagram' or 'handles'"
    )


def test_titles_classes_and_rooms_are_no_handles(tmp_path):
    """A school's list: "Dr.", "1a" and "A101" hold a dot or a digit, but no handle ends in a dot or has so few
    letters. The columns are not used (a title column is a salutation's: one that tells no gender), and the list
    is read."""
    path = tmp_path / "l.csv"
    path.write_text(
        "Titel;Vorname;Name;Klasse;Raum\nDr.;Lena;Vogt;1a;A101\n;Jonas;Müller;2c;B12\nDr.;Clara;von Hagen;3b;Aula\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    people = load_optout(path, warn=warnings.append)
    assert [p.name for p in people] == ["Lena Vogt", "Jonas Müller", "Clara von Hagen"]
    assert all(not p.handles for p in people)
    assert warnings == [f"{path}: columns 'Klasse' and 'Raum' are not used"]


def test_a_column_of_dates_is_only_unused(tmp_path):
    """Dates ("12.05.2025") are digits and dots, as many a handle, but no handle has no letter. The columns not
    used are named in one warning, which comes with every run."""
    path = tmp_path / "l.csv"
    path.write_text(
        "Name,Widerspruch am,Kategorie,Bemerkung\nLena Vogt,12.05.2025,A,\nJonas Müller,14.05.2025,,\n",
        encoding="utf-8",
    )
    notes: list[str] = []
    assert [p.name for p in load_optout(path, warn=notes.append)] == ["Lena Vogt", "Jonas Müller"]
    assert notes == [f"{path}: column 'Kategorie' is not used"]  # a column of notes, dates or e-mail is known


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("Name;Spitzname\nJonas Müller;Jo?\nEmre Y?lmaz;\n?ule Çelik;\n", "row 3: a '?' stands in a name"),
        # "pr?nom" in the header as in the names: renaming the heading would not bring the names' letters back
        ("id,pr?nom,nom\nc01,H?l?ne,Garnier\nc02,Marie,Martin\n", "a '?' stands in a heading"),
    ],
)
def test_a_name_or_heading_whose_letters_the_code_page_lost_is_refused(tmp_path, content, where):
    """Excel saves "CSV" in Windows-1252 and writes '?' for ł, ś, ı: those people would go unfound and a check pass
    (a new user's trial: a warning, then exit 0); a "?" after a nickname is a doubt, no lost letter."""
    path = tmp_path / "l.csv"
    path.write_bytes(content.encode("cp1252"))
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert exc.value.message == f"{path}: {where} for letters its code page lost: save it as CSV UTF-8"


def test_a_nickname_in_brackets_or_quotes_in_the_name_is_an_alias(tmp_path):
    """People write the nickname into the name cell; a note there is no part of the name either, and is said
    to be unused without being printed."""
    path = tmp_path / "l.csv"
    path.write_text(
        'Nome;Cognome\nValentina (Vale);Romano\nFrancesco "Checco";Esposito\nGiulia;De Luca (sposa)\n', encoding="utf-8"
    )
    notes: list[str] = []
    people = load_optout(path, warn=notes.append)
    assert [(p.name, p.aliases) for p in people] == [
        ("Valentina Romano", ("Vale",)),
        ("Francesco Esposito", ("Checco",)),
        ("Giulia De Luca", ()),
    ]
    assert notes == [f"{path}: row 4: a name column holds words in brackets or quotes that are no nickname; not used"]


def test_empty_brackets_and_a_handle_of_marks_alone_are_no_trouble(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Name;Instagram\nLena () Vogt;@_\n", encoding="utf-8")
    people = load_optout(path)
    assert [p.name for p in people] == ["Lena Vogt"]
    assert Matcher(people).match("Kaffee mit Lena Vogt")[0].level == "hit"


def test_an_abbreviated_maria_is_written_out(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Nombre;Apellidos\nMª José;Benítez Carrasco\n", encoding="utf-8")
    assert [p.name for p in load_optout(path)] == ["María José Benítez Carrasco"]


def test_a_google_sheets_csv_with_empty_rows_and_a_title_above_its_header(tmp_path):
    """As in a spreadsheet, the header is the first row with a name heading; a column of other people's names is
    said to be unread, as no row protects them."""
    path = tmp_path / "l.csv"
    path.write_text(
        ",,,\nClients 2025,,,\nClient,Partner,IG handle,Notes\nNiamh Byrne,Joost van den Berg,@niamh.b,\n"
        "Aoife Kelly,Daan de Vries,,both objected\n",
        encoding="utf-8",
    )
    notes: list[str] = []
    people = load_optout(path, warn=notes.append)
    assert [(p.name, p.handles) for p in people] == [("Niamh Byrne", ("niamh.b",)), ("Aoife Kelly", ())]
    assert notes == [  # said once: not again among the columns not used
        f"{path}: column 'Partner' holds names but is not read: give each person a row of their own",
    ]


@pytest.mark.parametrize(("heading", "meant"), [("Prénon", "prénom"), ("Vorame", "Vorname"), ("Surame", "surname")])
def test_a_names_column_whose_heading_is_a_typo_of_a_name_heading_is_an_error(tmp_path, heading, meant):
    """Read without it, the list would lose every first name (or surname) silently."""
    path = tmp_path / "l.csv"
    path.write_text(f"Nom;{heading};Civilité\nMartin;Zoé;Madame\nRoux;Paul;Monsieur\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"column '{heading}' holds names but is not read: did you mean '{meant}'"):
        load_optout(path)


@pytest.mark.parametrize(
    ("header", "heading", "meant"),
    [
        ("Nome;Cogonme", "Cogonme", "cognome"),
        ("Nombre;Apelliddos", "Apelliddos", "apellidos"),
        ("Name;Nachame", "Nachame", "Nachname"),
    ],
)
def test_a_surname_column_whose_heading_is_a_typo_is_an_error(tmp_path, header, heading, meant):
    """Surnames look like no first names, but without them every first name of the list is a full name's hit."""
    path = tmp_path / "l.csv"
    path.write_text(f"{header};Telefono\nFederica;De Luca;333\nMarco;Bianchi;334\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"column '{heading}' holds names but is not read: did you mean '{meant}'"):
        load_optout(path)


def test_a_surname_heading_typo_beside_a_column_that_would_take_its_place_is_an_error(tmp_path):
    """'Kunde' beside 'Vorname' would be read as the surname (as German forms write 'Name'): an agency's column of
    its client accounts would make every person "Lena Backhaus Krümel", and no one would be found."""
    path = tmp_path / "l.csv"
    path.write_text("Kunde (Account);Vorname;Nachnahme\nBackhaus Krümel;Lena;Hartmann\n", encoding="utf-8")
    with pytest.raises(InputError, match="column 'Nachnahme' holds names but is not read: did you mean 'Nachname'"):
        load_optout(path)
    path.write_text("Kunde (Account);Vorname;Nachname\nBackhaus Krümel;Lena;Hartmann\n", encoding="utf-8")
    assert [p.name for p in load_optout(path)] == ["Lena Hartmann"]


def test_a_missing_name_column_names_the_heading_one_letter_off(tmp_path):
    """Beside a heading it knows, the row is a header and its heading may be quoted; alone it may be a row of
    names, and only the heading meant is."""
    path = tmp_path / "l.csv"
    path.write_text("Nomee;Instagram\nFederica;@fede\n", encoding="utf-8")
    with pytest.raises(InputError, match="column 'Nomee' is not read: did you mean 'nome'\\? rename it"):
        load_optout(path)
    path.write_text("Nomee;Telefonnr\nFederica;333\n", encoding="utf-8")
    with pytest.raises(InputError, match="a heading is one letter off 'nome'") as exc:
        load_optout(path)
    assert "Nomee" not in exc.value.message


@pytest.mark.parametrize(
    ("rows", "people"),
    [
        # a Dutch ledenlijst: "Achternaam, Voornaam tussenvoegsel"; a cell written given name first stays so
        (
            "Naam;Geslacht (M/V)\nJansen, Pieter;M\nBoer, Jan-Willem de;M\nHof, Thijs van 't;M\nLena Vogt;V\n"
            "Clara von Hagen;V\n",
            [
                ("Pieter Jansen", "Pieter"),
                ("Jan-Willem de Boer", "Jan-Willem"),
                ("Thijs van 't Hof", "Thijs"),
                ("Lena Vogt", ""),
                ("Clara von Hagen", ""),
            ],
        ),
        # French and Belgian registers: the surname in capitals, its particles lowercase after its first word
        (
            "NOM Prénom;Sexe\nDUBOIS Marie-Claire;F\nVAN DEN BOSSCHE Wouter;M\nD'HONDT Pieter;M\nLena Vogt;F\n",
            [
                ("Marie-Claire Dubois", "Marie-Claire"),
                ("Wouter Van den Bossche", "Wouter"),
                ("Pieter D'Hondt", "Pieter"),
                ("Lena Vogt", ""),
            ],
        ),
        # an Austrian club's "Huber Johann": the given names are the first names at the cell's end, the surname ends
        # in no particle; a cell written given name first, of first names alone or with a comma, stays or turns so
        (
            "Name;Spitzname\nHuber Johann;Hansi\nGruber Stefanie;Steffi\nKovačević Marko Luka;\nBrunner Reto;\n"
            'De Luca Giulia;\nJohann Weber;\nAnna Maria;\n"Wagner, Sophie";\n',
            [
                ("Johann Huber", "Johann"),
                ("Stefanie Gruber", "Stefanie"),
                ("Marko Luka Kovačević", "Marko Luka"),
                ("Reto Brunner", "Reto"),
                ("Giulia De Luca", "Giulia"),
                ("Johann Weber", ""),
                ("Anna Maria", ""),
                ("Sophie Wagner", "Sophie"),
            ],
        ),
    ],
)
def test_a_register_written_surname_first(tmp_path, rows, people):
    path = tmp_path / "l.csv"
    path.write_text(rows, encoding="utf-8")
    found, reading = read_optout(path)
    assert [(p.name, p.given) for p in found] == people
    assert reading.columns[0] == (rows.split(";")[0], "name, surname first")
    assert reading.columns[1][1] in ("gender", "aliases")  # "Geslacht (M/V)": a bracketed heading is read too


def test_a_club_register_written_surname_first_without_a_comma_finds_the_nickname_with_the_surname(tmp_path):
    """Read given names first, "Huber Johann" had made "Hansi Huber" in a caption a review of the surname alone,
    which --fix left; a column written given names first is read as written."""
    path = tmp_path / "l.csv"
    path.write_text("Name;Spitzname\nHuber Johann;Hansi\nGruber Stefanie;Steffi\nBrunner Reto;\n", encoding="utf-8")
    people, _ = read_optout(path)
    hits = Matcher(people).match("Unser Tormann Hansi Huber hält!", lang="de")
    assert [(h.text, h.level) for h in hits] == [("Hansi Huber", "hit")]
    path.write_text("Name\nJohann Huber\nStefanie Gruber\nMarko Kovačević\nReto Brunner\n", encoding="utf-8")
    assert [p.name for p in read_optout(path)[0]] == [
        "Johann Huber",
        "Stefanie Gruber",
        "Marko Kovačević",
        "Reto Brunner",
    ]


@pytest.mark.parametrize(
    ("header", "row", "name"),
    [
        ("Roepnaam;Voornaam;Tussenvoegsel;Achternaam", "Hans;Johannes;de;Vries", "Johannes de Vries"),  # an alias
        ("Kind;Name", "Lena Vogt;Anna Vogt", "Anna Vogt"),  # the child of the person listed
    ],
)
def test_a_heading_of_two_fields_counts_last(tmp_path, header, row, name):
    path = tmp_path / "l.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert [p.name for p in read_optout(path)[0]] == [name]


def test_a_title_before_a_surname_written_first_goes_before_the_name(tmp_path):
    """ "Dr. Moser, Katharina" is Dr. Katharina Moser: read "Katharina Dr. Moser", "Dr" had been one of her names,
    and "Danke Dr. Gruber" a finding of hers."""
    path = tmp_path / "l.csv"
    path.write_text('Name\n"Dr. Moser, Katharina"\n"Huber, Johann"\n"Gruber, Stefanie"\n', encoding="utf-8")
    people, _ = read_optout(path)
    assert [p.name for p in people] == ["Dr. Katharina Moser", "Johann Huber", "Stefanie Gruber"]
    assert [h.text for h in Matcher(people[:1]).match("Danke Dr. Gruber für die schnelle Hilfe.", lang="de")] == []


def test_a_kitas_and_a_football_clubs_lists_as_they_are_kept(tmp_path):
    """A Kita heads its children "Kind" (a name where no other column names the person; beside "Name", the child of
    the parent listed), its caretaker "Hausmeister" (staff), its groups "Gruppe"; a Dutch club's member
    administration heads its ids "Relatiecode" and may give the name people go by ("Roepnaam") and no first name."""
    kita = tmp_path / "kita.csv"
    kita.write_text(
        "Kind;Gruppe;Rolle;Widerspruch vom\nLena Brandt;Igel;Kind;2025-05-01\nDirk Hansen;;Hausmeister;2025-05-03\n",
        encoding="utf-8",
    )
    people, reading = read_optout(kita)
    assert [(p.name, p.relation) for p in people] == [("Lena Brandt", "child"), ("Dirk Hansen", "staff")]
    assert reading.columns == (
        ("Kind", "name"),
        ("Rolle", "relation"),
        ("Gruppe", "notes, not read"),
        ("Widerspruch vom", "notes, not read"),
    )
    club = tmp_path / "leden.csv"
    club.write_text(
        "Relatiecode;Roepnaam;Tussenvoegsel;Achternaam\nMBXR112;Thijs;van der;Berg\nMBXR113;Noah;;Bos\n",
        encoding="utf-8",
    )
    people, reading = read_optout(club)
    assert [(p.id, p.name) for p in people] == [("MBXR112", "Thijs van der Berg"), ("MBXR113", "Noah Bos")]


@pytest.mark.parametrize(
    ("table", "read", "columns", "warning"),
    [
        # a French CRM numbers its clients "N° client" (had been refused as a column of names), a DJ and a second
        # photographer are staff
        (
            "N° client;NOM;Prénom;Rôle\nCL-0412;DUBOIS;Marie;Mariée\nPRE-015;LAMBERT;Hugo;DJ\n"
            "CL-0413;FAURE;Théo;Deuxième photographe\n",
            [("CL-0412", "couple"), ("PRE-015", "staff"), ("CL-0413", "staff")],
            {},
            None,
        ),
        # a Spanish club's member number, category, and the guardian who signs for a child
        (
            "Nº Socio;Apellidos;Nombre;Categoría;Relación;Tutor/a legal (menores)\n0082;Moreno Díaz;Iván;Senior A;"
            "cuerpo técnico;\n0115;Ortega Ramos;Daniel;Alevín;jugador;Marta Ramos\n",
            [("0082", "staff"), ("0115", "player")],
            {"Categoría": "notes, not read"},
            "'Tutor/a legal (menores)' holds other people's names",
        ),
        # an Irish videographer's wedding roles
        (
            "Name,Role,Date asked\nDónal Mac Cárthaigh,Father of the groom,2025-05-02\nSeanie Kavanagh,Band,\n",
            [("Dónal Mac Cárthaigh", "guest"), ("Seanie Kavanagh", "staff")],
            {"Date asked": "notes, not read"},
            None,
        ),
        # a Polish kindergarten's parents, an Austrian dance school's member software, a French label's models
        (
            "Imię;Nazwisko;Rodzic/opiekun;Rola\nMaja;Lewandowska;Anna Lewandowska;dziecko\n",
            [("Maja Lewandowska", "child")],
            {"Rodzic/opiekun": "other people, not searched"},
            "other people's names",
        ),
        (
            "Kd.-Nr.;Vorname;Zuname;Kundengruppe;Tel.;Geb.-Datum\nK-14;Resi;Huber;Clubmitglied;;\n"
            "K-15;Domi;Novak;Gasttrainer;;\n",
            [("K-14", "member"), ("K-15", "staff")],
            {"Kundengruppe": "relation"},
            None,
        ),
        (
            "Prénom;Nom;Rôle\nCamille;Rousseau;Mannequin\nJules;Martin;Vendeur\n",
            [("Camille Rousseau", "staff"), ("Jules Martin", "staff")],
            {},
            None,
        ),
        # a Swedish studio's client register: "Kundnr" had been refused ("did you mean 'Kundin'?"), "Smeknamn" unread
        (
            "Kundnr;Förnamn;Efternamn;Smeknamn;Anteckning\nK1060;Kristoffer;Dahl;Stoffe;\n",
            [("K1060", None)],
            {"Smeknamn": "aliases", "Anteckning": "notes, not read"},
            None,
        ),
        # an English drama school's booking system: its number, member type and date had gone unread, and tutors,
        # parents and guest artists been "a friend"
        (
            "Member No,First Name,Last Name,Member Type,AI opt-out received\n101,Olivia,Whitworth,Student,2025-06-01\n"
            "102,Neil,Hall,Parent/Carer,2025-06-02\n103,Becca,Sutcliffe,Tutor,\n104,Jake,Davies,Guest Artist,\n",
            [("101", "student"), ("102", "parent"), ("103", "staff"), ("104", "staff")],
            {"Member Type": "relation", "AI opt-out received": "notes, not read"},
            None,
        ),
        # an English school's management system: "Legal Forename" and "Legal Surname" had been refused, and "Preferred
        # Forename" warned about as other people's names
        (
            "Ref,Title,Legal Forename,Legal Surname,Preferred Forename,Role,Date objection received\n"
            "S01,Mrs,Joanne,Whitaker,Jo,Midday Supervisor,2025-09-01\nV02,Mrs,Nicola,Sutcliffe,Nicky,PTA volunteer,\n",
            [("S01", "staff"), ("V02", "parent")],
            {"Preferred Forename": "aliases", "Date objection received": "notes, not read"},
            None,
        ),
        # a Copenhagen café's list: "Kaldenavn" (nickname) had been warned about as other people's names
        (
            "Nr;Fornavn;Efternavn;Kaldenavn;Rolle\n7;Birgitte;Sommer;Gitte;Stamkunde\n9;Nanna;Vestergaard;;Personale\n",
            [("7", "client"), ("9", "staff")],
            {"Kaldenavn": "aliases"},
            None,
        ),
        # a creator's sheet ("Seit wann": since when they objected) and a Polish studio's wedding date and vendors
        (
            "Name;Beziehung;Seit wann\nGreta Hahn;Freundin;2025-01-01\n",
            [("Greta Hahn", "friend")],
            {"Seit wann": "notes, not read"},
            None,
        ),
        (
            "Imię;Nazwisko;Rola;Data ślubu\nPiotr;Mazur;kamerzysta;2025-06-14\nAga;Wójcik;florystka;\n",
            [("Piotr Mazur", "staff"), ("Aga Wójcik", "staff")],
            {"Data ślubu": "notes, not read"},
            None,
        ),
    ],
)
def test_lists_as_clubs_studios_and_schools_in_seven_countries_keep_them(tmp_path, table, read, columns, warning):
    """The headings and roles lists really use are read as meant, and a column of other people's names is said to
    be unsearched, once."""
    path = tmp_path / "list.csv"
    path.write_text(table, encoding="utf-8")
    warnings: list[str] = []
    people, reading = read_optout(path, warnings.append)
    assert [(p.id, p.relation) for p in people] == read
    assert {h: r for h, r in reading.columns if h in columns} == columns
    assert warnings == [] if warning is None else len(warnings) == 1 and warning in warnings[0]


def test_a_second_sheet_that_is_a_list_too_is_an_error_not_a_silent_miss(tmp_path):
    """A Kita keeps its children on one sheet and its staff on another: read the first alone, the staff went
    unsearched and a check naming them passed. A second sheet of notes is no list."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Kind", "Gruppe"])
    book.active.append(["Lena Brandt", "Igel"])
    notes = book.create_sheet("Notizen")
    notes.append(["Stand: Mai 2025"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    assert [p.name for p in read_optout(path)[0]] == ["Lena Brandt"]
    values = book.create_sheet("Werte")  # a dropdown's values: headings, but no one listed under a name's
    values.append(["Rolle", "Geschlecht", "Kind"])
    values.append(["", "w", ""])
    book.save(path)
    assert [p.name for p in read_optout(path)[0]] == ["Lena Brandt"]
    staff = book.create_sheet("Erwachsene")
    staff.append(["Name", "Funktion"])
    staff.append(["Sabine Kowalski", "Erzieherin"])
    book.save(path)
    with pytest.raises(InputError, match="sheet 4 is a list too, but only the first sheet is read"):
        read_optout(path)


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        ("Naam/Nom;Voornaam/Prénom;Bijnaam/Surnom;Geslacht / Sexe", ["name", "aliases", "gender"]),
        ("N° membre;Nom;Prénom;Pseudo Instagram", ["name", "id", "handles"]),
        ("Lidnummer/N° membre;Naam;Voornaam;Ploeg/Équipe", ["name", "id", "notes, not read"]),
        ("Nome;Apelido;Alcunha;Nome completo", ["name", "aliases", "notes, not read"]),
        ("Mitgliedsnr.;Vorname;Nachname", ["name", "id"]),
    ],
)
def test_bilingual_and_french_headings(write_list, header, roles):
    """A Brussels club writes each heading in both languages; French lists write "Pseudo Instagram"."""
    row = {"Naam/Nom": "Peeters", "Voornaam/Prénom": "Kristien", "Bijnaam/Surnom": "Tien", "Geslacht / Sexe": "V"}
    row |= {"N° membre": "KSC001", "Lidnummer/N° membre": "KSC001", "Nom": "Peeters", "Prénom": "Kristien"}
    row |= {"Pseudo Instagram": "@kp", "Naam": "Peeters", "Voornaam": "Kristien", "Ploeg/Équipe": "U13"}
    row |= {"Nome": "Kristien", "Apelido": "Peeters", "Alcunha": "Tien", "Nome completo": "Kristien Peeters"}
    row |= {"Mitgliedsnr.": "17", "Vorname": "Kristien", "Nachname": "Peeters"}
    headings = header.split(";")
    path = write_list(headings, [row[h] for h in headings])
    (person,), reading = read_optout(path)
    assert person.name == "Kristien Peeters"
    assert [role for _, role in reading.columns] == roles


@pytest.mark.parametrize(
    ("header", "row", "name", "given"),
    [
        ("Nombre;Primer apellido;Segundo apellido", "Ignacio;Santos;Gil", "Ignacio Santos Gil", "Ignacio"),
        ("Nombre;Apellido 1;Apellido 2", "María del Mar;Vidal;Puig", "María del Mar Vidal Puig", "María del Mar"),
        ("Voornaam;Tussenvoegsel;Achternaam", "Sanne;van der;Berg", "Sanne van der Berg", "Sanne"),
        ("Achternaam;Tussenvoegsel;Voornaam", "Berg;van der;Sanne", "Sanne van der Berg", "Sanne"),
        ("Voornaam;Tussenvoegsel;Achternaam", "Sanne;;Visser", "Sanne Visser", "Sanne"),
        ("Nachname;Familienname;Vorname", "Vogt;Vogt;Lena", "Lena Vogt", "Lena"),
        ("Name", "Lena Vogt", "Lena Vogt", ""),
    ],
)
def test_surnames_and_particles_in_columns_of_their_own(write_list, header, row, name, given):
    """Spanish forms give each surname a column, Dutch ones the particles; the first-name column says where the
    given names end."""
    path = write_list(header.split(";"), row.split(";"))
    notes: list[str] = []
    (person,) = load_optout(path, notes.append)
    assert (person.name, person.given, notes) == (name, given, [])


def test_two_surnames_in_columns_name_the_person_by_the_first_one(tmp_path):
    """ "Ignacio Santos" is a full name of Ignacio | Santos | Gil, though Santos is a first name too."""
    path = tmp_path / "l.csv"
    path.write_text(
        "Nombre;Primer apellido;Segundo apellido\nIgnacio;Santos;Gil\nRocío;Medina;Serrano\n", encoding="utf-8"
    )
    matcher = Matcher(load_optout(path))
    found = matcher.match("¡Felicidades, Ignacio Santos! Y a Rocío Medina, que espera su primer bebé.", [], "es")
    assert [(h.text, h.level) for h in found] == [("Ignacio Santos", "hit"), ("Rocío Medina", "hit")]


@pytest.mark.parametrize(
    ("header", "values", "genders"),
    [
        ("Sexo", ("H", "M"), ["m", "f"]),  # Spanish: hombre, mujer
        ("Sexe", ("H", "F"), ["m", "f"]),  # French: homme, femme
        ("Sex", ("M", "F"), ["m", "f"]),
        ("Sex", ("M", "M"), ["m", "m"]),
        ("Tratamiento", ("D.", "Dña."), ["m", "f"]),
        ("Titolo", ("Dott.", "Dott.ssa"), ["m", "f"]),
        ("Titolo", ("Prof.", "Prof.ssa"), [None, "f"]),
        ("Title", ("Fr", "Sr"), ["m", "f"]),  # an English title column: a priest, a nun (Sr is no Señor here)
    ],
)
def test_gender_letters_and_titles_as_the_list_writes_them(tmp_path, header, values, genders):
    path = tmp_path / "l.csv"
    path.write_text(f"Name;{header}\nJonas Müller;{values[0]}\nLena Vogt;{values[1]}\n", encoding="utf-8")
    assert [p.gender for p in load_optout(path)] == genders


def test_phone_and_email_columns_are_known_and_not_warned_about(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Nombre;Apellidos;Móvil;Correo electrónico\nLucía;García;600;l@x.es\n", encoding="utf-8")
    notes: list[str] = []
    assert load_optout(path, notes.append)[0].name == "Lucía García" and notes == []


def test_rows_without_an_id_column(tmp_path):
    """A row pasted twice is read once; namesakes are two people; a row with a handle alone is a person."""
    path = tmp_path / "l.csv"
    path.write_text(
        "Vorname,Nachname,Instagram\nLena,Vogt,\nLena,Vogt,\nJonas,Müller,@jonas\nJonas,Müller,@jonas.m\n,,@nur.handle\n",
        encoding="utf-8",
    )
    notes: list[str] = []
    people = load_optout(path, warn=notes.append)
    assert [(p.id, p.name, p.handles) for p in people] == [
        ("Lena Vogt", "Lena Vogt", ()),
        ("Jonas Müller", "Jonas Müller", ("jonas",)),
        ("Jonas Müller (row 5)", "Jonas Müller", ("jonas.m",)),
        ("@nur.handle", "", ("nur.handle",)),
    ]
    assert f"{path}: row 3 repeats row 2; read once" in notes


def test_a_person_named_again_without_a_handle_gender_or_relation_of_their_own_is_one(tmp_path):
    """A list grown over time names someone twice ("@lena" and later "lena" with a nickname): one person, or every
    finding of them is shown twice; rows whose handles or genders differ stay namesakes."""
    path = tmp_path / "l.csv"
    rows = "Lena,Hartmann,@lena.h,,f\nJonas,Kraft,,,\nLena,Hartmann,lena.h,Leni,\nJonas,Kraft,,,m\nJonas,Kraft,,Jo,f\n"
    path.write_text("Vorname,Nachname,Instagram,Spitzname,Geschlecht\n" + rows, encoding="utf-8")
    notes: list[str] = []
    people = load_optout(path, warn=notes.append)
    assert [(p.id, p.handles, p.aliases, p.gender) for p in people] == [
        ("Lena Hartmann", ("lena.h",), ("Leni",), "f"),
        ("Jonas Kraft", (), (), "m"),
        ("Jonas Kraft (row 6)", (), ("Jo",), "f"),
    ]
    assert f"{path}: row 4 names the person of row 2 again; read as one, with both rows" in notes
    assert "Lena" not in " ".join(notes)


def test_a_note_column_with_one_handle_in_it_is_only_unused(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "Name;Notiz\nLena Vogt;@lena.vogt fragen\nJonas Müller;nur Gruppenfotos\nClara;\n", encoding="utf-8"
    )
    warnings: list[str] = []
    assert len(load_optout(path, warnings.append)) == 3
    assert warnings == []


def test_a_polish_list_numbers_its_rows_in_lp(tmp_path):
    """ "Lp." (liczba porządkowa) and "N°" number rows as "Nr" does: ids, not a column left unused."""
    for heading in ("Lp.", "N°"):
        path = tmp_path / "l.csv"
        path.write_text(f"{heading};Imię;Nazwisko\n7;Anna;Kowalska\n", encoding="utf-8")
        (person,) = load_optout(path)
        assert (person.id, person.name) == ("7", "Anna Kowalska")


def test_a_list_cut_short_is_said_to_be(tmp_path):
    """A truncated XLSX starts as a zip does: not "a zip archive, not a list", which sends the user elsewhere."""
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Lena Vogt"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    path = tmp_path / "l.xlsx"
    path.write_bytes(whole.read_bytes()[:3000])
    with pytest.raises(InputError, match="a zip archive cut short or damaged: save or download the list again"):
        load_optout(path)


def test_a_folder_given_as_the_list_is_refused_as_a_folder(tmp_path):
    with pytest.raises(InputError, match="a folder, not an opt-out list: pass the list file"):
        load_optout(tmp_path)


@pytest.mark.parametrize("header", ["Instagram;Notiz", "Vorname;Instagram", "Nachname", "Lena Vogt;@lena.vogt"])
def test_a_list_without_a_name_column_says_which_headings_are_accepted(tmp_path, header):
    path = tmp_path / "l.csv"
    path.write_text(f"{header}\nLena;@lena.vogt\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_optout(path)
    message = exc.value.message
    assert message.startswith(f"{path}: missing required column 'name': accepted are 'name', 'full name'")
    assert "'Vorname' + 'Nachname'" in message and "Lena" not in message and "@" not in message


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_row_whose_relation_is_a_name_heading_is_no_header(tmp_path, suffix):
    """ "Kundin" heads a customer's name column on some forms; in a list without a name column it is a person's
    relation, and the row above with two headings is the header: not a message quoting that person's handle."""
    rows = [["Nr.", "Instagram", "Rolle"], ["1", "@kathi.steiner", "Schülerin"], ["2", "@anni.berger", "Kundin"]]
    path = tmp_path / f"l{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert "missing required column 'name'" in exc.value.message and "@" not in exc.value.message


@pytest.mark.parametrize(
    ("value", "gender"),
    [
        ("W", "f"),
        ("Weiblich", "f"),
        ("féminin", "f"),
        ("V", "f"),
        ("Kobieta", "f"),
        ("m", "m"),
        ("Männlich", "m"),
        ("mannlich", "m"),
        ("Hombre", "m"),
        ("Mężczyzna", "m"),
        ("D", "n"),
        ("X", "n"),
        ("divers", "n"),
        ("non-binary", "n"),
        ("Non binaire", "n"),
        ("Herr", "m"),  # a salutation says it too
        ("Frau Dr.", "f"),
        ("Mrs", "f"),
        ("", None),
    ],
)
def test_gender_values(tmp_path, value, gender):
    path = tmp_path / "l.csv"
    path.write_text(f"Name;Geschlecht\nLena Vogt;{value}\n", encoding="utf-8")
    assert load_optout(path)[0].gender == gender


def test_a_salutation_column_gives_the_gender(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Anrede;Vorname;Name\nFrau Dr.;Lena;Vogt\nHerr;Jonas;Müller\n;Kim;Berg\n", encoding="utf-8")
    assert [p.gender for p in load_optout(path)] == ["f", "m", None]
    path.write_text("Anrede;Name\nHerrn;Jonas Müller\nFamilie;Clara von Hagen\nDr.;Kim Berg\n", encoding="utf-8")
    assert [p.gender for p in load_optout(path)] == ["m", None, None]  # a salutation that tells none is no error
    path.write_text("Anrede;Name;Geschlecht\nFrau;Lena Vogt;d\nHerr;Jonas Müller;m\n", encoding="utf-8")
    assert [p.gender for p in load_optout(path)] == ["n", "m"]  # a gender column says it before a salutation


def test_an_unknown_gender_names_the_column_but_not_the_value(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Name;Płeć\nLena Vogt;vielleicht\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert exc.value.message == (
        f"{path}: row 2: column 'Płeć' should be f, m or d, or a word such as 'weiblich', 'femme', 'kobieta' (or empty)"
    )


@pytest.mark.parametrize(
    ("header", "values", "relations"),
    [
        ("relation", ["staff", "client", "", "friend"], ["staff", "client", None, "friend"]),
        ("Rolle", ["Mitarbeiterin", "Kundin", "Mitglied", "Spieler"], ["staff", "client", "member", "player"]),
        ("rôle", ["élève", "invitée", "cliente", "membre"], ["student", "guest", "client", "member"]),
        # what a dance school and its café write (a new user's trial)
        ("Rolle", ["Tanzlehrerin", "Barista", "Stammgast", "Schülerin"], ["staff", "staff", "guest", "student"]),
        # what an agency's clients wrote: a Kita's, a vet's and a practice's staff, their patients, a wedding's couple
        ("Beziehung", ["Erzieherin", "Tierärztin", "Patientin", "Braut"], ["staff", "staff", "client", "couple"]),
        # a wedding photographer's: the couple, the second shooter, the assistant
        ("Rolle", ["Bräutigam", "Second Shooter", "Assistenz", "bride"], ["couple", "staff", "staff", "couple"]),
        # a sports club's board, trainers and swimmers; a studio's make-up artist
        (
            "Funktion",
            ["Kassenwart", "Jugendwartin", "Übungsleiterin", "Schwimmerin"],
            ["member", "member", "staff", "player"],
        ),
        ("rôle", ["maquilleuse", "coiffeur", "mariée", "invité"], ["staff", "staff", "couple", "guest"]),
        # a school's or a Kita's parents
        ("Rolle", ["Mutter", "Vater", "Elternteil", "rodzic"], ["parent", "parent", "parent", "parent"]),
    ],
)
def test_a_relation_column_says_what_rewrites_call_a_person(tmp_path, header, values, relations):
    path = tmp_path / "l.csv"
    names = ["Lena Vogt", "Jonas Müller", "Kim Berg", "Ada Roth"]
    path.write_text(
        f"Name;{header}\n" + "".join(f"{n};{v}\n" for n, v in zip(names, values, strict=True)), encoding="utf-8"
    )
    assert [p.relation for p in load_optout(path)] == relations


def test_a_relation_rewrites_do_not_know_is_one_note_with_its_rows_not_the_value(tmp_path):
    path = tmp_path / "l.csv"
    rows = "Lena Vogt;Nachbarin\nJonas Müller;Kunde/Kundin\nKim Berg;Nachbar\nAda Roth;Kundin und Freundin\n"
    path.write_text("Name;Beziehung zu uns\n" + rows, encoding="utf-8")
    notes: list[str] = []
    people, reading = read_optout(path, notes.append)
    assert [p.relation for p in people] == [None, "client", None, None]  # two relations at once say neither
    assert ("Beziehung zu uns", "relation") in reading.columns
    assert len(notes) == 1 and "holds a value in rows 2, 4 and 5 that" in notes[0] and "Nachbar" not in notes[0]


def test_json_with_german_keys(tmp_path):
    path = tmp_path / "l.json"
    path.write_text(json.dumps([{"Nr": 3, "Vorname": "Lena", "Nachname": "Vogt", "Instagram": ["@lena.vogt", "lv"]}]))
    assert load_optout(path) == [Person("3", "Lena Vogt", (), ("lena.vogt", "lv"), given="Lena")]


def test_a_utf16_list_without_byte_order_mark_is_found_by_a_first_name_heading(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes("Vorname\tNachname\nJonas\tMüller\n".encode("utf-16-le"))
    warnings: list[str] = []
    assert load_optout(path, warnings.append) == [Person("Jonas Müller", "Jonas Müller", given="Jonas")]
    assert warnings == [f"{path}: read with encoding UTF-16-LE (no byte-order mark)"]


# -- captionscan optout check ---------------------------------------------------------------------------------


def test_optout_check_shows_how_columns_are_read_and_names_nobody(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "Vorname;Nachname;Instagram;Spitzname;Notiz;Klasse\n"
        "Lena;Vogt;@lena.vogt | lv_photo;Lenchen;[bold]Hochzeit[/bold];4b\n"
        "Jonas;Müller;https://www.instagram.com/jonas_mueller/;;;\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["optout", "check", str(path)])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.strip("│┃ ").split()) for line in result.stdout.splitlines()]
    assert "Vorname + Nachname │ name" in lines and "Instagram │ handles" in lines and "Spitzname │ aliases" in lines
    assert "Notiz │ notes, not read" in lines and "Klasse │ not used" in lines
    assert lines[-1] == "2 people, 3 handles, 1 alias"
    assert result.stderr == f"captionscan: warning: {path}: column 'Klasse' is not used\n"  # notes are known
    for value in ("Lena", "Vogt", "Jonas", "lena.vogt", "Hochzeit", "Lenchen"):
        assert value not in result.output


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("Vorname;Kontakt\nLena;@lena.vogt\n", "missing required column 'name'"),
        ("Name;Kontakt\nLena Vogt;@lena.vogt\n", "column 'Kontakt' holds Instagram handles but is not read"),
        ("kind,key,person_id\ncheck,abc,\n", "is a hashed list: check the plain list it was made from"),
    ],
)
def test_optout_check_refuses_a_bad_list_in_one_line(tmp_path, content, problem):
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["optout", "check", str(path)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"captionscan: error: {path}: ") and problem in result.stderr
    assert result.stderr.count("\n") == 1 and "Lena" not in result.stderr


def test_a_german_list_can_be_hashed(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Kundennummer;Vorname;Nachname;Instagram\nK1;Lena;Vogt;@lena.vogt\n", encoding="utf-8")
    out = tmp_path / "hashed.csv"
    result = CliRunner().invoke(app, ["optout", "hash", str(path), "--key-file", str(tmp_path / "k"), "-o", str(out)])
    assert result.exit_code == 0 and "Lena" not in out.read_text(encoding="utf-8")
    assert "K1" in out.read_text(encoding="utf-8")


def test_a_konto_column_is_read_as_handles(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Name;Konto\nLena Vogt;lena.vogt\nJonas Müller;jonas_mueller\n", encoding="utf-8")
    assert [p.handles for p in load_optout(path)] == [("lena.vogt",), ("jonas_mueller",)]


def test_known_as_and_christian_name_headings(tmp_path):
    """UK and Irish forms: "Known as" holds the name a person goes by, "Christian name" the first name."""
    path = tmp_path / "l.csv"
    path.write_text("Christian name,Surname,Known as\nMargaret,Kelly,Mags\n", encoding="utf-8")
    (person,) = load_optout(path)
    assert (person.name, person.aliases) == ("Margaret Kelly", ("Mags",))


@pytest.mark.parametrize(
    ("content", "names"),
    [
        # one heading for both parts, as users write it
        ("Vorname Nachname;Instagram\nLena Vogt;@lena.vogt\n", ["Lena Vogt"]),
        # a comma inside the heading of a list separated by ";": the separator is still ";", the surname first
        ("Name, Vorname;Instagram\nVogt, Lena;@lena.vogt\nMüller, Jonas;\n", ["Lena Vogt", "Jonas Müller"]),
    ],
)
def test_headings_of_both_name_parts_in_one_column(tmp_path, content, names):
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    assert [p.name for p in load_optout(path)] == names


# -- lists as new users write them ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_headings_merged_over_a_second_heading_row_are_read_from_both(tmp_path, suffix):
    """A club's spreadsheet merges "Name" over "Vorname" | "Nachname" and "Instagram" down over both rows: read from
    the first row alone, the surnames went unread and "Vorname" was a listed person."""
    rows = [
        ["Nr", "Name", "", "Instagram", "Kind von"],
        ["", "Vorname", "Nachname", "", ""],
        ["1", "Kasia", "Nowak", "", "Agnieszka Nowak"],
        ["2", "Şule", "Yılmaz", "@sule.yilmaz", ""],
    ]
    path = tmp_path / f"l{suffix}"
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        for cells in rows:
            book.active.append([c or None for c in cells])
        for merged in ("A1:A2", "B1:C1", "D1:D2", "E1:E2"):
            book.active.merge_cells(merged)
        book.save(path)
    else:
        path.write_text("".join(";".join(cells) + "\n" for cells in rows), encoding="utf-8")
    people, reading = read_optout(path)
    assert [(p.id, p.name, p.given, p.handles) for p in people] == [
        ("1", "Kasia Nowak", "Kasia", ()),
        ("2", "Şule Yılmaz", "Şule", ("sule.yilmaz",)),
    ]
    assert [p.row for p in people] == [3, 4]
    assert reading.columns[:3] == (("Vorname + Nachname", "name"), ("Nr", "id"), ("Instagram", "handles"))


@pytest.mark.parametrize(
    ("content", "names"),
    [
        ("Vorname;Nachname\nLena;Vogt\nVorname;Nachname\nJonas;Müller\n", ["Lena Vogt", "Jonas Müller"]),
        ("Name;Instagram\nLena Vogt;@lena.vogt\nName;Instagram\nJonas Müller;\n", ["Lena Vogt", "Jonas Müller"]),
    ],
)
def test_a_row_of_headings_is_no_person(tmp_path, content, names):
    """A header repeated inside the list (a printout's page break pasted back) names no one."""
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    notes: list[str] = []
    assert [p.name for p in load_optout(path, notes.append)] == names
    assert notes == [f"{path}: row 3 holds headings, not a person; not read"]


def test_a_full_name_written_surname_first_among_names_written_given_first_is_turned(tmp_path):
    """A few cells of a "Name" column written "Nowak, Kasia": read as they stand, those people would only be
    reviews; a note after a comma is no given name. `optout check` says how many were turned, naming no one."""
    path = tmp_path / "l.csv"
    path.write_text(
        'Name;Instagram\n"Nowak, Kasia";\nTomasz Wiśniewski;\n"Müller, Jürgen (Jo)";\n"Becker, nur Story";\n'
        'Lena Vogt;\nJonas Müller;\n"Sammy Davis, Jr.";\n"Anna Schmidt, Ben Schmidt";\nAda Roth;\nKim Berg;\n',
        encoding="utf-8",
    )
    people, reading = read_optout(path)
    assert [(p.name, p.given, p.aliases) for p in people] == [
        ("Kasia Nowak", "Kasia", ()),
        ("Tomasz Wiśniewski", "", ()),
        ("Jürgen Müller", "Jürgen", ("Jo",)),
        ("Becker, nur Story", "", ()),
        ("Lena Vogt", "", ()),
        ("Jonas Müller", "", ()),
        ("Sammy Davis, Jr.", "", ()),  # a suffix, no given name
        ("Anna Schmidt, Ben Schmidt", "", ()),  # two people in one cell, not one turned
        ("Ada Roth", "", ()),
        ("Kim Berg", "", ()),
    ]
    assert reading.columns[0] == ("Name", "name; 2 of 10 written 'Surname, Given names', read so")
    hits = Matcher(people).match("Glückwunsch an Kasia Nowak!")
    assert [(h.person_ids, h.level) for h in hits] == [(("Kasia Nowak",), "hit")]


@pytest.mark.parametrize("heading", ["Kind von", "Eltern", "parent", "mother", "enfant de"])
def test_a_column_naming_other_people_says_they_are_not_searched(tmp_path, heading):
    """A club lists a child with the parent who objected for it: the parent is someone else, who did not object,
    and "give each person a row" would have put them on the list."""
    path = tmp_path / "l.csv"
    path.write_text(f"Vorname;Nachname;{heading}\nKasia;Nowak;Agnieszka Nowak\nBen;Schröder;Markus Schröder\n")
    notes: list[str] = []
    people, reading = read_optout(path, notes.append)
    assert [p.name for p in people] == ["Kasia Nowak", "Ben Schröder"]
    assert notes == [
        f"{path}: column '{heading}' holds other people's names, which are not searched: give anyone of them who "
        "objected too a row of their own"
    ]
    assert reading.columns[-1] == (heading, "other people, not searched")
