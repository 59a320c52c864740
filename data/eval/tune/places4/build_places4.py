#!/usr/bin/env python3
"""Build gold.jsonl for the places4 tuning set.

150 social-media captions and comments from Germany, Austria, Switzerland and
South Tyrol (90 German incl. dialect, 60 German-English), written from scratch.
Labels: PERSON, LOCATION, MENTION.

Each record below gives its entities as surface strings.  An entity is
    (surface, label)             -- the surface occurs exactly once (at word
                                    boundaries) in the text
    (surface, label, n)          -- the n-th occurrence (1-based)
    (surface, label, "all")      -- every occurrence
Labels are abbreviated P = PERSON, L = LOCATION, M = MENTION.

The script computes the offsets (Python str indices, end-exclusive), checks
everything and writes gold.jsonl next to itself.  Any failed check prints a
message and exits with status 1.

    python3 build_places4.py        # build
    python3 build_places4.py -v     # build and list the spans per record
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = {"P": "PERSON", "L": "LOCATION", "M": "MENTION"}

# kind tags -------------------------------------------------------------------
KINDS = {
    # hard cases for people
    "title": "title, role or kinship word before a name (not in the span)",
    "genitive": "possessive / genitive ending on a name (in the span)",
    "initial": "initials in a person's name",
    "nickname": "nicknames and diminutives",
    "lowercase-name": "a person written all lowercase or ALL CAPS",
    "name-list": "three or more people in the record",
    "hashtag-name": "a person's name inside a hashtag (PERSON over the hashtag)",
    "word-as-name": "a person whose name is also an ordinary word",
    "name-as-word": "a word that is also a first name, used as a word",
    "famous": "a famous or historic person",
    "place-surname": "a person whose surname is (or derives from) a place name",
    "person-place-same": "a person and a place in the same record share a name",
    "mention": "at least one @handle (derived)",
    "pet": "an animal's name, not annotated",
    # hard cases for places
    "place-after-person": "a place named after a person or containing a "
                          "first name / surname (street, square, hut, lake, "
                          "hall, stadium, trail, district)",
    "saint-place": "a place named after a saint (St./Sankt/San/Santa/Maria ...)",
    "title-in-place": "a place with a title or rank word in its name "
                      "(König, Kaiser, Herzog, Prinz, Bischof, Frau, Herren ...)",
    "place-like-name": "a place that looks like a person's name, or a person "
                       "with a place-like name",
    "place-is-word": "a place whose name is also a common word",
    "street": "streets, squares, bridges, promenades",
    "venue": "halls, stadiums, castles, hotels, churches used as venues",
    "hut": "mountain huts and Almen",
    "pass": "mountain passes",
    "water": "lakes and rivers",
    "abroad": "places outside Germany, Austria, Switzerland and South Tyrol",
    "place-list": "four or more places in a row or list",
    "lowercase-place": "a place written all lowercase",
    "caps-place": "a place written in capitals",
    "credit-line": "a location / venue credit line",
    # things that are not annotated
    "org-with-place": "club, business, school, event or product named after a "
                      "place, not annotated",
    "brand-with-name": "brand, business, work, character or product named "
                       "after a person, not annotated",
    "place-hashtag": "place hashtags, not annotated",
    "lookalike-word": "words that look like names or places but are not "
                      "(dishes, holidays, compounds, demonyms)",
    # text type
    "dialect": "Bavarian, Austrian or Swiss German dialect",
    "event-announcement": "announcement with date, time and meeting point",
    "comment": "a comment under a post",
    "bio": "a profile bio",
    "news": "local news page",
    "none": "no entity at all (derived)",
}

TITLE_WORDS = {
    "Frau", "Herr", "Herrn", "Dr.", "Prof.", "Mag.", "Ing.", "StD", "Oma", "Opa",
    "Omi", "Uropa", "Uroma", "Onkel", "Tante", "Mama", "Papa", "Kaiser",
    "Kaiserin", "König", "Königin", "Prinz", "Herzog", "Graf", "Fürst",
    "Pfarrer", "Kantor", "Familie", "Baby", "Mr.", "Mrs.", "Miss", "Ms.",
    "Coach", "Nonna", "Aunt", "Uncle", "Bergführer", "Tourenführer",
    "Wanderführerin", "Chorleiterin", "Vorstand", "Solistin", "Direktorin",
    "Erzieherin", "Praktikant", "Beraterin", "Trainerin", "Guide", "Sankt",
    "St.", "Nichte", "Tubisten", "Ehrenkapitän", "Firmpate", "Jahrgangsbeste",
    "Besenwagen-Fahrer", "Fahrer", "driver", "Conductor:", "Leitung:",
    "Kontakt:", "Ansprechpartner:", "Hüttenwirt", "Hüttenwirtin",
}
# words a PERSON span must not start with
PERSON_BAD_START = {
    "Frau", "Herr", "Herrn", "Dr.", "Prof.", "Mag.", "Ing.", "StD", "Oma", "Opa",
    "Omi", "Uropa", "Onkel", "Tante", "Mama", "Papa", "Kaiser", "Kaiserin",
    "König", "Königin", "Familie", "Baby", "Mr.", "Mrs.", "Miss", "Ms.",
    "Coach", "Nonna", "Aunt", "Uncle", "Pfarrer", "the", "The", "die", "der",
    "Die", "Der", "de", "d'", "da", "Da",
}
# words a LOCATION span must not start with (lowercase prepositions/articles)
LOC_BAD_START = {
    "der", "die", "das", "dem", "den", "des", "im", "in", "am", "an", "auf",
    "aufs", "zum", "zur", "vom", "von", "bei", "beim", "nach", "über", "ins",
    "the", "The", "at", "on", "to", "d'", "z'", "uf", "vo", "us",
}

WORD_EXTRA = set("_-#@")


def is_word_char(c):
    return c.isalnum() or c in WORD_EXTRA


def occurrences(text, s):
    """Start offsets of s in text at word boundaries."""
    res = []
    i = text.find(s)
    while i != -1:
        before = text[i - 1] if i > 0 else ""
        j = i + len(s)
        after = text[j] if j < len(text) else ""
        if (not before or not is_word_char(before)) and \
           (not after or not is_word_char(after)):
            res.append(i)
        i = text.find(s, i + 1)
    return res


RECORDS = []


def R(rid, lang, kinds, text, ents):
    RECORDS.append({"id": rid, "lang": lang, "kind": list(kinds),
                    "text": text, "ents": list(ents)})


P, L, M = "P", "L", "M"

# =============================================================================
# German (de): 90 records
# =============================================================================

R("p4-de-001", "de", ["saint-place", "venue", "credit-line", "place-hashtag",
                      "hashtag-name"],
  "Hochzeit am Tegernsee 💍 Anna & Lukas haben sich in der Kirche "
  "St. Laurentius in Rottach-Egern das Jawort gegeben, gefeiert wurde im "
  "Seehotel Überfahrt. Danach noch Fotos am Wallberg bei Sonnenuntergang.\n"
  "📍 Rottach-Egern, Bayern\n"
  "Trauredner: @worte.am.see\n"
  "#annaundlukas #hochzeitamtegernsee #tegernsee #weddingphotographer",
  [("Tegernsee", L), ("Anna", P), ("Lukas", P), ("St. Laurentius", L),
   ("Rottach-Egern", L, "all"), ("Seehotel Überfahrt", L), ("Wallberg", L),
   ("Bayern", L), ("@worte.am.see", M), ("#annaundlukas", P)])

R("p4-de-002", "de", ["event-announcement", "title-in-place", "hut", "pass",
                      "nickname", "place-hashtag"],
  "Wanderung am Sonntag, 14. September 🥾\n"
  "Treffpunkt: 8:00 Uhr am Parkplatz Kesselberg, Fahrgemeinschaften ab "
  "Kochel am See.\n"
  "Route: Herzogstand – Gratweg – Heimgarten, Abstieg nach Ohlstadt. "
  "Einkehr im Herzogstandhaus.\n"
  "Anmeldung bei Gerti oder Hans-Peter bis Freitag!\n"
  "#wandern #walchensee #bergfreunde",
  [("Kesselberg", L), ("Kochel am See", L), ("Herzogstand", L),
   ("Heimgarten", L), ("Ohlstadt", L), ("Herzogstandhaus", L),
   ("Gerti", P), ("Hans-Peter", P)])

R("p4-de-003", "de", ["news", "place-after-person", "saint-place", "street"],
  "Sperre in der Josefstadt: Die Lange Gasse bleibt wegen Bauarbeiten bis "
  "Ende Oktober zwischen Alser Straße und Florianigasse gesperrt. Die "
  "Buslinie 13A wird über die Skodagasse umgeleitet. Mehr Infos im Link in "
  "der Bio.",
  [("Josefstadt", L), ("Lange Gasse", L), ("Alser Straße", L),
   ("Florianigasse", L), ("Skodagasse", L)])

R("p4-de-004", "de", ["title", "nickname", "place-like-name", "hut",
                      "comment", "lookalike-word"],
  "Omi und Opa Sepp grüßen aus Maria Alm! 😍 Bei Kaiserwetter rauf aufs "
  "Natrun und dann Kaiserschmarrn auf der Jufenalm. Bussi an die Kinder in "
  "Linz!",
  [("Sepp", P), ("Maria Alm", L), ("Natrun", L), ("Jufenalm", L),
   ("Linz", L)])

R("p4-de-005", "de", ["dialect", "place-hashtag", "place-list"],
  "Hüt simmer vo Wasserauen uf d'Ebenalp ufe und dänn übers Wildkirchli abe "
  "zum Seealpsee gloffe. Morn gahts wiiter uf de Säntis, wenn's Wätter hebt. "
  "Grüessli us em Appenzellerland! #appenzell #wandern",
  [("Wasserauen", L), ("Ebenalp", L), ("Wildkirchli", L), ("Seealpsee", L),
   ("Säntis", L), ("Appenzellerland", L)])

R("p4-de-006", "de", ["title", "place-after-person", "saint-place", "street",
                      "place-surname", "place-hashtag"],
  "NEU IM ANGEBOT | Charmante 3-Zimmer-Altbauwohnung in Haidhausen, nur "
  "wenige Schritte vom Wiener Platz und vom Johannisplatz entfernt. Die Isar "
  "und der Gasteig sind zu Fuß erreichbar, die S-Bahn am Ostbahnhof in 5 "
  "Minuten.\n"
  "Besichtigung nach Vereinbarung mit Frau Dr. Seidl-Amberger.\n"
  "#immobilienmünchen #haidhausen",
  [("Haidhausen", L), ("Wiener Platz", L), ("Johannisplatz", L),
   ("Isar", L), ("Gasteig", L), ("Ostbahnhof", L), ("Seidl-Amberger", P)])

R("p4-de-007", "de", ["lookalike-word", "street"],
  "Sonntagsfrühstück bei uns im Glockenbachviertel ☕🥐 Ab 9 Uhr am "
  "Gärtnerplatz, mit Blick auf den Brunnen. Heute frisch aus der Backstube: "
  "Prinzregententorte, Kaiserschmarrn und Berliner mit Hagebuttenmark. "
  "Vom Sendlinger Tor sind’s fünf Minuten, vom Isartor zehn. Tisch "
  "reservieren über den Link!",
  [("Glockenbachviertel", L), ("Gärtnerplatz", L), ("Sendlinger Tor", L),
   ("Isartor", L)])

R("p4-de-008", "de", ["org-with-place", "event-announcement"],
  "SPIELBERICHT | TSV Grafing – SV Bad Aibling 2:1\n"
  "Vor 340 Zuschauern drehte unser Team das Spiel nach der Pause. Tore: "
  "Maxi Huber (58.), Dominik Rieder (81.).\n"
  "Nächsten Samstag geht’s nach Ebersberg, Abfahrt 12:30 Uhr am Bahnhof in "
  "Grafing.",
  [("Maxi Huber", P), ("Dominik Rieder", P), ("Ebersberg", L),
   ("Grafing", L, 2)])

R("p4-de-009", "de", ["saint-place", "org-with-place", "place-surname",
                      "title", "event-announcement", "venue"],
  "Der Kirchenchor St. Nikolaus lädt herzlich ein: Adventskonzert am "
  "2. Advent, 17 Uhr, in der Pfarrkirche St. Nikolaus in Murnau. Mit dabei: "
  "Solistin Theresa Ammer (Sopran) und an der Orgel Kantor Michael Staffler. "
  "Eintritt frei, Spenden für die Kirchenrenovierung erbeten.",
  [("St. Nikolaus", L, 2), ("Murnau", L), ("Theresa Ammer", P),
   ("Michael Staffler", P)])

R("p4-de-010", "de", ["saint-place", "place-after-person", "hut",
                      "place-hashtag", "place-list"],
  "3 Tage Villnößtal 🏔️\n"
  "Tag 1: Sonnenaufgang am Kirchlein St. Johann in Ranui, danach Frühstück "
  "in St. Magdalena.\n"
  "Tag 2: Adolf-Munkel-Weg unter den Geislerspitzen bis zur Geisleralm.\n"
  "Tag 3: Zanser Alm und Rückfahrt über Klausen nach Brixen.\n"
  "Speichern für euren nächsten Trip nach Südtirol! #villnöss #dolomiten "
  "#südtirol",
  [("Villnößtal", L), ("St. Johann in Ranui", L), ("St. Magdalena", L),
   ("Adolf-Munkel-Weg", L), ("Geislerspitzen", L), ("Geisleralm", L),
   ("Zanser Alm", L), ("Klausen", L), ("Brixen", L), ("Südtirol", L)])

R("p4-de-011", "de", ["saint-place", "place-after-person", "org-with-place",
                      "event-announcement", "lookalike-word"],
  "Liebe Eltern, am Dienstag, 11. November, findet unser Martinsumzug statt! "
  "🏮 Wir treffen uns um 17 Uhr vor der Pfarrkirche St. Martin in Garmisch "
  "und gehen gemeinsam zum Richard-Strauss-Platz. Für Punsch sorgt der "
  "Elternbeirat, für die Musik die Blaskapelle Partenkirchen.\n"
  "Euer Team vom Kinderhaus Sonnenschein",
  [("St. Martin", L), ("Garmisch", L), ("Richard-Strauss-Platz", L)])

R("p4-de-012", "de", ["dialect", "nickname", "name-list", "title-in-place",
                      "comment"],
  "Servus Vroni! Mia san grad am Chiemsee, morgn foahrn ma mim Schiff nüber "
  "auf d'Fraueninsel und dann auf d'Herreninsel zum Schloss. Kimmst mit? Da "
  "Schorsch und d'Resi san a dabei 😄",
  [("Vroni", P), ("Chiemsee", L), ("Fraueninsel", L), ("Herreninsel", L),
   ("Schorsch", P), ("Resi", P)])

R("p4-de-013", "de", ["event-announcement", "place-after-person", "water",
                      "place-list"],
  "Radltour am Samstag 🚴‍♀️ Start 9:30 Uhr an der Reichenbachbrücke, dann "
  "die Isar entlang über Pullach und Grünwald bis Wolfratshausen, "
  "Mittagspause an der Loisach. Rückfahrt mit der S7. Ca. 65 km, gemütliches "
  "Tempo. Wer mitfährt, bitte bei @radlgruppe.muenchensued melden!",
  [("Reichenbachbrücke", L), ("Isar", L), ("Pullach", L), ("Grünwald", L),
   ("Wolfratshausen", L), ("Loisach", L), ("@radlgruppe.muenchensued", M)])

R("p4-de-014", "de", ["news", "place-after-person", "street"],
  "Innsbruck: Am Samstag wird die Maria-Theresien-Straße ab 10 Uhr für den "
  "Umzug gesperrt. Aufstellung ist in der Anichstraße, Ende vor der "
  "Annasäule. Ausweichrouten über den Marktgraben und die Museumstraße.",
  [("Innsbruck", L), ("Maria-Theresien-Straße", L), ("Anichstraße", L),
   ("Annasäule", L), ("Marktgraben", L), ("Museumstraße", L)])

R("p4-de-015", "de", ["place-after-person", "brand-with-name", "venue",
                      "credit-line", "place-hashtag", "org-with-place"],
  "Eine Hochzeit wie im Film 🎬 Katharina und Jakob haben im Schloss "
  "Leopoldskron in Salzburg geheiratet – dort, wo schon „Meine Lieder – meine "
  "Träume“ gedreht wurde. Ankleiden im Hotel Sacher, Fotos im Mirabellgarten "
  "und am Mozartsteg, Party bis in die Früh.\n"
  "Location: Schloss Leopoldskron | Kleid: Vera Wang | Floristik: Blumen "
  "Haslauer\n"
  "#salzburgwedding #leopoldskron",
  [("Katharina", P), ("Jakob", P), ("Schloss Leopoldskron", L, "all"),
   ("Salzburg", L), ("Hotel Sacher", L), ("Mirabellgarten", L),
   ("Mozartsteg", L)])

R("p4-de-016", "de", ["title", "pet", "org-with-place", "venue"],
  "Die Klasse 3b der Grundschule an der Haimhauserstraße war heute im "
  "Tierpark Hellabrunn 🦒 Ein großes Dankeschön an Frau Obermaier und Herrn "
  "Yilmaz fürs Begleiten! Lieblingstier der Klasse: Giraffe Jamila. Nächste "
  "Woche geht’s in den Englischen Garten zum Monopteros.",
  [("Tierpark Hellabrunn", L), ("Obermaier", P), ("Yilmaz", P),
   ("Englischen Garten", L), ("Monopteros", L)])

R("p4-de-017", "de", ["saint-place", "place-after-person", "famous", "title",
                      "title-in-place", "place-hashtag", "water"],
  "Salzkammergut in 48 Stunden 💙\n"
  "Hallstatt frühmorgens (ab 9 ist es voll!), mittags am Gosausee mit Blick "
  "auf den Dachstein, nachmittags nach St. Wolfgang am Wolfgangsee. "
  "Übernachtet haben wir in Bad Ischl, gleich bei der Kaiservilla, wo Kaiser "
  "Franz Joseph seine Sommer verbrachte.\n"
  "#salzkammergut #hallstatt #austria",
  [("Salzkammergut", L), ("Hallstatt", L), ("Gosausee", L), ("Dachstein", L),
   ("St. Wolfgang", L), ("Wolfgangsee", L), ("Bad Ischl", L),
   ("Kaiservilla", L), ("Franz Joseph", P)])

R("p4-de-018", "de", ["street", "place-is-word"],
  "Zu verkaufen: Einfamilienhaus mit Seesicht in Meilen an der Goldküste. "
  "Ruhige Lage oberhalb der Seestrasse, 7 Minuten zum Bahnhof, 25 Minuten "
  "nach Zürich. Besichtigungen am Samstag, 11–14 Uhr. Kontakt: Reto Baumann",
  [("Meilen", L), ("Goldküste", L), ("Seestrasse", L), ("Zürich", L),
   ("Reto Baumann", P)])

R("p4-de-019", "de", ["org-with-place", "lookalike-word", "street"],
  "Ab Freitag wieder offen! 🍝 Unser Gastgarten an der Donaulände hat die "
  "Saison eröffnet. Mittags gibt’s Linzer Torte zum Kaffee, abends "
  "Grillabend mit Blick auf den Pöstlingberg. Wir freuen uns auf euch – euer "
  "Team vom Gasthaus Zur Donau, Linz",
  [("Donaulände", L), ("Pöstlingberg", L), ("Linz", L)])

R("p4-de-020", "de", ["title", "nickname", "place-like-name", "saint-place",
                      "title-in-place", "place-list"],
  "Alles Gute, Oma Traudl! 🎂 90 Jahre und immer noch jeden Sonntag zu Fuß "
  "zur Wallfahrtskirche Maria Gern. Die ganze Familie Berchtold aus "
  "Berchtesgaden, Bischofswiesen und Marktschellenberg gratuliert!",
  [("Traudl", P), ("Maria Gern", L), ("Berchtold", P), ("Berchtesgaden", L),
   ("Bischofswiesen", L), ("Marktschellenberg", L)])

R("p4-de-021", "de", ["title-in-place", "place-after-person", "hut",
                      "nickname", "title"],
  "Traumtour rund ums Prinz-Luitpold-Haus 🏔️ Von Hinterstein durchs "
  "Bärgündeletal hinauf, am nächsten Tag über den Jubiläumsweg zur "
  "Landsberger Hütte und runter ins Tannheimer Tal. Danke an unseren "
  "Tourenführer Wastl fürs Organisieren!",
  [("Prinz-Luitpold-Haus", L), ("Hinterstein", L), ("Bärgündeletal", L),
   ("Jubiläumsweg", L), ("Landsberger Hütte", L), ("Tannheimer Tal", L),
   ("Wastl", P)])

R("p4-de-022", "de", ["title-in-place", "place-like-name", "saint-place",
                      "name-as-word"],
  "Ergebnisse vom Bezirkscup am Hochkönig ⛷️ In Maria Alm fuhr unsere Lena "
  "Schwaiger auf Platz 2, Toni Egger wurde Vierter. Nächstes Rennen: "
  "18. Jänner in Saalbach-Hinterglemm, Start am Zwölferkogel. Trainingslager "
  "wie immer im August am Kitzsteinhorn.",
  [("Hochkönig", L), ("Maria Alm", L), ("Lena Schwaiger", P),
   ("Toni Egger", P), ("Saalbach-Hinterglemm", L), ("Zwölferkogel", L),
   ("Kitzsteinhorn", L)])

R("p4-de-023", "de", ["news", "place-after-person", "street",
                      "lookalike-word"],
  "Berlin: Auf dem Tempelhofer Feld startet am Wochenende das Drachenfest. "
  "Die Eingänge an der Oderstraße und am Columbiadamm öffnen um 10 Uhr. Von "
  "Neukölln aus am besten mit der U8 bis Boddinstraße.",
  [("Berlin", L), ("Tempelhofer Feld", L), ("Oderstraße", L),
   ("Columbiadamm", L), ("Neukölln", L), ("Boddinstraße", L)])

R("p4-de-024", "de", ["venue", "org-with-place", "nickname", "dialect",
                      "event-announcement"],
  "Heut Abend spielen ma im Posthof in Linz! 🎸 Einlass 19 Uhr, Beginn "
  "20 Uhr. Support: Die Mühlviertler Buam. Karten gibt’s noch an der "
  "Abendkassa. Danke an Flo und Kathi von der Technik!",
  [("Posthof", L), ("Linz", L), ("Flo", P), ("Kathi", P)])

R("p4-de-025", "de", ["lowercase-place", "lowercase-name", "saint-place",
                      "title-in-place", "comment", "water"],
  "mega schön!! waren letztes jahr auch am königssee und sind mit dem boot "
  "bis st. bartholomä gefahren, der obersee war der wahnsinn 😍 grüße an "
  "sabine und den rest!",
  [("königssee", L), ("st. bartholomä", L), ("obersee", L), ("sabine", P)])

R("p4-de-026", "de", ["caps-place", "org-with-place", "place-is-word",
                      "place-list"],
  "WIR FAHREN NACH SYLT!!! 🌊 Eine Woche LIST, KAMPEN und WESTERLAND mit den "
  "Mädels. Tisch in der Sansibar ist schon reserviert 😎 Letzter Tag: "
  "Radtour zum Ellenbogen.",
  [("SYLT", L), ("LIST", L), ("KAMPEN", L), ("WESTERLAND", L),
   ("Ellenbogen", L)])

R("p4-de-027", "de", ["place-surname", "title", "place-hashtag", "venue",
                      "abroad"],
  "Abiball 2025 🎓 Unser Jahrgang hat in der Stadthalle Germering gefeiert – "
  "was für eine Nacht! Glückwunsch besonders an Marlene Hagen (1,0) und "
  "danke an Herrn StD Brunner und das Orga-Team. Im Herbst verstreuen wir "
  "uns dann nach Wien, Leipzig und Maastricht 🥲 #abi2025 #ottobrunn",
  [("Stadthalle Germering", L), ("Marlene Hagen", P), ("Brunner", P),
   ("Wien", L), ("Leipzig", L), ("Maastricht", L)])

R("p4-de-028", "de", ["pass", "place-list", "nickname", "water"],
  "Pässetour Tag 2 🚴 Von Andermatt über den Furkapass ins Goms, dann hoch "
  "zum Grimselpass und runter nach Meiringen. Morgen noch der Sustenpass, "
  "dann zurück an den Vierwaldstättersee. Beine sind leer, Aussicht war "
  "unbezahlbar. Danke Beni fürs Windschatten-Fahren!",
  [("Andermatt", L), ("Furkapass", L), ("Goms", L), ("Grimselpass", L),
   ("Meiringen", L), ("Sustenpass", L), ("Vierwaldstättersee", L),
   ("Beni", P)])

R("p4-de-029", "de", ["news", "place-after-person", "lookalike-word",
                      "street"],
  "Bozen: Am Waltherplatz beginnt am Freitag der Christkindlmarkt. Geöffnet "
  "bis 6. Jänner, täglich 10–19 Uhr. Shuttlebusse fahren ab Kardaun und "
  "Sigmundskron, die Talferbrücke ist für den Verkehr gesperrt.",
  [("Bozen", L), ("Waltherplatz", L), ("Kardaun", L), ("Sigmundskron", L),
   ("Talferbrücke", L)])

R("p4-de-030", "de", ["person-place-same", "saint-place", "title",
                      "nickname"],
  "Florian hat heute in St. Florian seine Firmung gefeiert 🙏 Die Messe in "
  "der Stiftsbasilika war wunderschön, Firmpate war Onkel Bertl aus Enns. "
  "Stolz auf dich, Flori! 💙",
  [("Florian", P, 1), ("St. Florian", L), ("Bertl", P), ("Enns", L),
   ("Flori", P)])

R("p4-de-031", "de", ["place-like-name", "credit-line", "water"],
  "Verlobungsshooting auf der Rigi 🌄 Sonnenaufgang über dem "
  "Vierwaldstättersee, im Hintergrund der Pilatus und die Berner Alpen. "
  "Noemi und Luca, ihr wart grossartig! Nächsten Sommer sehen wir uns in "
  "Weggis zur Hochzeit.\n"
  "📍 Rigi Kulm",
  [("Rigi", L, 1), ("Vierwaldstättersee", L), ("Pilatus", L),
   ("Berner Alpen", L), ("Noemi", P), ("Luca", P), ("Weggis", L),
   ("Rigi Kulm", L)])

R("p4-de-032", "de", ["place-after-person", "place-list", "water"],
  "Etappe 3 auf dem Mozartradweg 🚲 Von Salzburg über Anif nach "
  "Berchtesgaden, rauf zum Hintersee und weiter nach Bad Reichenhall. Am "
  "Thumsee gab’s eine Abkühlung. Morgen geht’s über Inzell nach Ruhpolding.",
  [("Mozartradweg", L), ("Salzburg", L), ("Anif", L), ("Berchtesgaden", L),
   ("Hintersee", L), ("Bad Reichenhall", L), ("Thumsee", L), ("Inzell", L),
   ("Ruhpolding", L)])

R("p4-de-033", "de", ["pet", "venue", "water"],
  "Unser Kater Ludwig hat heute zum ersten Mal den Garten erkundet 🐈 "
  "Benannt nach dem Märchenkönig, natürlich – wir wohnen ja quasi neben "
  "Schloss Linderhof im Graswangtal. Am Wochenende zeigen wir ihm den "
  "Plansee (von der Fensterbank aus).",
  [("Schloss Linderhof", L), ("Graswangtal", L), ("Plansee", L)])

R("p4-de-034", "de", ["news", "place-after-person", "place-like-name",
                      "street", "lookalike-word"],
  "Zürich: Am Samstag ist die Bahnhofstrasse zwischen Paradeplatz und "
  "Bürkliplatz wegen der Velodemo gesperrt. Die Trams werden via Stauffacher "
  "und Escher-Wyss-Platz umgeleitet.",
  [("Zürich", L), ("Bahnhofstrasse", L), ("Paradeplatz", L),
   ("Bürkliplatz", L), ("Stauffacher", L), ("Escher-Wyss-Platz", L)])

R("p4-de-035", "de", ["title", "nickname", "place-after-person", "venue"],
  "Chorreise nach Südtirol 🎶 Erster Auftritt im Dom von Brixen, dann Messe "
  "in der Stiftskirche von Kloster Neustift und zum Abschluss ein Ständchen "
  "am Waltherplatz in Bozen. Organisiert hat alles unsere Chorleiterin Frau "
  "Pichler-Kastlunger – tausend Dank, Gabi!",
  [("Südtirol", L), ("Brixen", L), ("Kloster Neustift", L),
   ("Waltherplatz", L), ("Bozen", L), ("Pichler-Kastlunger", P),
   ("Gabi", P)])

R("p4-de-036", "de", ["news", "place-after-person", "title-in-place",
                      "street"],
  "Graz: Am Jakominiplatz kommt es ab Montag zu Umleitungen. Die Linien 4 "
  "und 5 fahren über die Radetzkystraße, die Herrengasse bleibt "
  "Fußgängerzone. Auch am Griesplatz wird gebaut.",
  [("Graz", L), ("Jakominiplatz", L), ("Radetzkystraße", L),
   ("Herrengasse", L), ("Griesplatz", L)])

R("p4-de-037", "de", ["dialect", "word-as-name", "venue", "comment"],
  "Lueg mol, d'Lena und de Marco hürote hüt uf Schloss Lenzburg! 😍 Und de "
  "Lenz macht d'Fotis. Gratuliere euch vo ganzem Härze, vo üs allne us "
  "Aarau!",
  [("Lena", P), ("Marco", P), ("Schloss Lenzburg", L), ("Lenz", P),
   ("Aarau", L)])

R("p4-de-038", "de", ["place-after-person", "place-list", "water"],
  "Drei Länder an einem Tag 🇩🇪🇦🇹🇨🇭 Frühstück in Lindau am Hafen, mittags "
  "auf den Pfänder über Bregenz, nachmittags mit der Fähre von "
  "Friedrichshafen nach Romanshorn und abends zurück über Konstanz. Der "
  "Bodensee ist einfach unschlagbar!",
  [("Lindau", L), ("Pfänder", L), ("Bregenz", L), ("Friedrichshafen", L),
   ("Romanshorn", L), ("Konstanz", L), ("Bodensee", L)])

R("p4-de-039", "de", ["place-after-person", "title", "saint-place",
                      "street"],
  "Traumhafte Dachgeschosswohnung in Wien-Margareten 🏙️ 4 Zimmer, Terrasse "
  "mit Blick Richtung Stephansdom, U4 Pilgramgasse in 3 Minuten, Naschmarkt "
  "und Bacherpark ums Eck. Ihr Ansprechpartner: Mag. Florian Leitgeb",
  [("Wien-Margareten", L), ("Stephansdom", L), ("Pilgramgasse", L),
   ("Naschmarkt", L), ("Bacherpark", L), ("Florian Leitgeb", P)])

R("p4-de-040", "de", ["saint-place", "org-with-place", "title",
                      "word-as-name", "brand-with-name", "event-announcement",
                      "street"],
  "Sommerfest im Kinderhaus St. Anna 🌻 Am Freitag, 27. Juni, ab 15 Uhr bei "
  "uns im Lehel. Die Vorschulkinder führen „Die kleine Raupe Nimmersatt“ auf, "
  "Oma Erika backt ihren berühmten Zwetschgendatschi. Bitte nicht am "
  "St.-Anna-Platz parken, sondern in der Reitmorstraße. Zur Andacht geht’s um "
  "17 Uhr rüber in die Klosterkirche St. Anna.",
  [("Lehel", L), ("Erika", P), ("St.-Anna-Platz", L), ("Reitmorstraße", L),
   ("St. Anna", L, 2)])

R("p4-de-041", "de", ["hut", "pass", "place-after-person", "title",
                      "brand-with-name", "place-is-word", "lookalike-word"],
  "Rückblick auf unsere Dreitagestour im Rosengarten 🌹 Vom Karerpass zur "
  "Kölner Hütte, über den Santnerpass unter der Laurinswand zur "
  "Vajolethütte und am letzten Tag rauf auf den Kesselkogel. König Laurin "
  "hätte seine Freude gehabt. Danke an Bergführer Hansjörg Obexer und an "
  "alle, die bei Regen durchgehalten haben!",
  [("Rosengarten", L), ("Karerpass", L), ("Kölner Hütte", L),
   ("Santnerpass", L), ("Laurinswand", L), ("Vajolethütte", L),
   ("Kesselkogel", L), ("Hansjörg Obexer", P)])

R("p4-de-042", "de", ["venue", "org-with-place", "title", "place-is-word",
                      "event-announcement"],
  "Derby in der Eiswelle! 🏒 Am Freitag um 19:45 Uhr gegen den HC Pustertal. "
  "Fans aus Bruneck und Toblach bitte früh anreisen, Shuttle ab dem Bahnhof "
  "in Bozen. Den ersten Puck wirft Ehrenkapitän Luca Ansoldi ein. Forza!",
  [("Eiswelle", L), ("Bruneck", L), ("Toblach", L), ("Bozen", L),
   ("Luca Ansoldi", P)])

R("p4-de-043", "de", ["person-place-same", "saint-place", "lookalike-word",
                      "pass", "water"],
  "Valentinstag mal anders ❤️ Unser Valentin wollte unbedingt nach "
  "St. Valentin auf der Haide, also sind wir über den Reschenpass gefahren. "
  "Kurzer Stopp beim Kirchturm im Reschensee, Abendessen in Mals und morgen "
  "noch Langlaufen am Haidersee.",
  [("Valentin", P, 1), ("St. Valentin auf der Haide", L), ("Reschenpass", L),
   ("Reschensee", L), ("Mals", L), ("Haidersee", L)])

R("p4-de-044", "de", ["famous", "saint-place", "pass", "title"],
  "Geschichtsausflug mit der 4b ins Passeiertal 🏞️ Am Sandhof in "
  "St. Leonhard, wo er geboren wurde, haben wir viel über Andreas Hofer "
  "gelernt. Danach ging’s weiter über den Jaufenpass nach Sterzing. Danke an "
  "Herrn Gufler für die tolle Führung!",
  [("Passeiertal", L), ("Sandhof", L), ("St. Leonhard", L),
   ("Andreas Hofer", P), ("Jaufenpass", L), ("Sterzing", L), ("Gufler", P)])

R("p4-de-045", "de", ["place-is-word", "nickname", "comment", "water"],
  "Bei uns in Regen regnet’s seit drei Tagen 😂 Aber morgen geht’s trotzdem "
  "auf den Großen Arber, Treffpunkt 9 Uhr am Arbersee. Kommst mit, Kathi?",
  [("Regen", L), ("Großen Arber", L), ("Arbersee", L), ("Kathi", P)])

R("p4-de-046", "de", ["place-like-name", "title-in-place", "place-list"],
  "Sonnenaufgang auf der Nordkette ☀️ Mit der ersten Bahn von der Hungerburg "
  "zur Seegrube, dann zu Fuß rauf aufs Hafelekar. Von dort sieht man direkt "
  "rüber zur Frau Hitt – der Sage nach eine versteinerte Riesin. Unten liegt "
  "ganz Innsbruck, dahinter der Patscherkofel und die Serles.",
  [("Nordkette", L), ("Hungerburg", L), ("Seegrube", L), ("Hafelekar", L),
   ("Frau Hitt", L), ("Innsbruck", L), ("Patscherkofel", L), ("Serles", L)])

R("p4-de-047", "de", ["saint-place", "famous", "nickname", "credit-line",
                      "venue", "water"],
  "Wenn das Kirchlein St. Koloman vor Neuschwanstein steht und die Sonne "
  "hinterm Tegelberg verschwindet … 🏰 Elisabeth & Maximilian – fast wie "
  "Sisi und ihr König, nur mit mehr Gelächter 😄\n"
  "Trauung: St. Koloman, Schwangau\n"
  "Feier: Festspielhaus Neuschwanstein am Forggensee\n"
  "Kleid: @brautwerk.fuessen",
  [("@brautwerk.fuessen", M), ("St. Koloman", L, "all"), ("Neuschwanstein", L, 1), ("Tegelberg", L),
   ("Elisabeth", P), ("Maximilian", P), ("Sisi", P), ("Schwangau", L),
   ("Festspielhaus Neuschwanstein", L), ("Forggensee", L)])

R("p4-de-048", "de", ["place-after-person", "place-list", "pass",
                      "nickname", "title", "water"],
  "Via Claudia Augusta in 5 Etappen 🚴‍♂️ Füssen – Lermoos – Landeck – "
  "Reschenpass – Meran. Über den Fernpass haben wir geschoben, am Reschensee "
  "gab’s Apfelstrudel und ab Glurns ging’s nur noch bergab durch den "
  "Vinschgau. Danke an unseren Guide Andi Pircher und Besenwagen-Fahrer "
  "Schorsch!",
  [("Via Claudia Augusta", L), ("Füssen", L), ("Lermoos", L), ("Landeck", L),
   ("Reschenpass", L), ("Meran", L), ("Fernpass", L), ("Reschensee", L),
   ("Glurns", L), ("Vinschgau", L), ("Andi Pircher", P), ("Schorsch", P)])

R("p4-de-049", "de", ["news", "place-like-name", "saint-place", "title",
                      "name-as-word"],
  "Maria Wörth: Die Wallfahrtskirche bekommt ein neues Dach. Bis Ende August "
  "ist der Zugang zum Friedhof nur über den Seeweg möglich. Pfarrer Johann "
  "Tschernutter bittet um Verständnis. Die Schiffe von Velden nach "
  "Klagenfurt legen weiterhin an.",
  [("Maria Wörth", L), ("Johann Tschernutter", P), ("Velden", L),
   ("Klagenfurt", L)])

R("p4-de-050", "de", ["famous", "title", "place-surname", "venue", "water"],
  "Exklusives Seegrundstück in Possenhofen (Gemeinde Pöcking) 🌿 Nur wenige "
  "Gehminuten vom Schloss Possenhofen, wo Kaiserin Elisabeth ihre Kindheit "
  "verbrachte, und mit freiem Blick über den Starnberger See bis zur "
  "Roseninsel. Anfragen gerne an Thomas Seefelder.",
  [("Possenhofen", L, 1), ("Pöcking", L), ("Schloss Possenhofen", L),
   ("Elisabeth", P), ("Starnberger See", L), ("Roseninsel", L),
   ("Thomas Seefelder", P)])

R("p4-de-051", "de", ["venue", "place-list", "place-is-word",
                      "event-announcement"],
  "Sommertour 2025 🤘\n"
  "14.6. Wien – Arena\n"
  "28.6. Graz – Kasematten\n"
  "12.7. Bern – Bierhübeli\n"
  "26.7. München – Zenith\n"
  "9.8. Bozen – Waltherplatz (Open Air)\n"
  "Karten über den Link in der Bio. Wir sehen uns!",
  [("Wien", L), ("Arena", L), ("Graz", L), ("Kasematten", L), ("Bern", L),
   ("Bierhübeli", L), ("München", L), ("Zenith", L), ("Bozen", L),
   ("Waltherplatz", L)])

R("p4-de-052", "de", ["dialect", "place-surname", "person-place-same",
                      "nickname", "name-list", "title", "comment"],
  "Griaß eich! Familie Wiener is jetzt offiziell z'Wien dahoam 😂 Neue "
  "Adresse: irgendwo zwischen Brunnenmarkt und Yppenplatz in Ottakring. Die "
  "Einweihungsparty is am Samstag, Tobi und Steffi bringen’s Bier mit.",
  [("Wiener", P), ("Wien", L), ("Brunnenmarkt", L), ("Yppenplatz", L),
   ("Ottakring", L), ("Tobi", P), ("Steffi", P)])

R("p4-de-053", "de", ["news", "org-with-place", "street"],
  "Bern: Wegen des Gurtenfestivals fährt die Bahn ab Wabern auf den Gurten "
  "am Wochenende im Viertelstundentakt. Zusätzliche Trams fahren ab dem "
  "Hirschengraben, die Monbijoubrücke ist für den Individualverkehr "
  "gesperrt.",
  [("Bern", L), ("Wabern", L), ("Gurten", L), ("Hirschengraben", L),
   ("Monbijoubrücke", L)])

R("p4-de-054", "de", ["title-in-place", "place-after-person", "hut",
                      "name-list", "nickname", "place-hashtag",
                      "place-is-word"],
  "Kaisertal-Runde ⛰️ Von Kufstein die Stufen hinauf ins Kaisertal, Einkehr "
  "am Anton-Karg-Haus in Hinterbärenbad, weiter zum Stripsenjochhaus mit "
  "Blick auf die Fleischbank und das Totenkirchl, Abstieg zur Griesner Alm. "
  "Mit dabei: Resi, Bertl, Moni und Hias 🥨 #wilderkaiser #kaisergebirge",
  [("Kufstein", L), ("Kaisertal", L), ("Anton-Karg-Haus", L),
   ("Hinterbärenbad", L), ("Stripsenjochhaus", L), ("Fleischbank", L),
   ("Totenkirchl", L), ("Griesner Alm", L), ("Resi", P), ("Bertl", P),
   ("Moni", P), ("Hias", P)])

R("p4-de-055", "de", ["dialect", "title", "event-announcement"],
  "Liebi Eltere, am Mittwoch gönd mir mit de Chindsgi-Chind uf de Uetliberg "
  "🌲 Treffpunkt 8:30 bi de Station Triemli, mir laufed bis zum Uto Kulm und "
  "zrugg uf Ringlikon. Bitte Zvieri und Regejacke mitgeh!\n"
  "Herzlichi Grüess, Frau Brunner und Frau Keller",
  [("Uetliberg", L), ("Triemli", L), ("Uto Kulm", L), ("Ringlikon", L),
   ("Brunner", P), ("Keller", P)])

R("p4-de-056", "de", ["abroad", "place-list", "place-like-name"],
  "Mallorca abseits vom Ballermann 🌴 Mit dem Zug von Palma nach Sóller, mit "
  "der Tram weiter nach Port de Sóller, dann über die Serra de Tramuntana "
  "nach Deià und Valldemossa. Mein Highlight: Sonnenuntergang am Mirador de "
  "Sa Foradada. Speichert euch das!",
  [("Mallorca", L), ("Ballermann", L), ("Palma", L), ("Sóller", L, 1),
   ("Port de Sóller", L), ("Serra de Tramuntana", L), ("Deià", L),
   ("Valldemossa", L), ("Mirador de Sa Foradada", L)])

R("p4-de-057", "de", ["place-after-person", "person-place-same",
                      "title-in-place", "event-announcement", "venue"],
  "Auswärtsfahrt nach Kaiserslautern 🚌 Abfahrt Samstag 7:00 Uhr am "
  "Max-Morlock-Stadion, Rückkehr ca. 23 Uhr. Im Fritz-Walter-Stadion auf dem "
  "Betzenberg stehen wir in Block 8.1. Organisation: Fritz Schwab und Uschi "
  "Morlock (nicht verwandt 😄). Plätze im Bus noch frei!",
  [("Kaiserslautern", L), ("Max-Morlock-Stadion", L),
   ("Fritz-Walter-Stadion", L), ("Betzenberg", L), ("Fritz Schwab", P),
   ("Uschi Morlock", P)])

R("p4-de-058", "de", ["title-in-place", "place-after-person", "place-is-word",
                      "nickname", "title", "venue"],
  "Vier Tage auf dem König-Ludwig-Weg 👑 Start an der Votivkapelle in Berg, "
  "dann über Kloster Andechs nach Herrsching, mit dem Schiff nach Dießen und "
  "weiter über den Hohen Peißenberg bis zur Wieskirche. Das letzte Stück "
  "nach Füssen machen wir im Herbst. Wanderführerin Christl hat uns bestens "
  "versorgt!",
  [("König-Ludwig-Weg", L), ("Votivkapelle", L), ("Berg", L),
   ("Kloster Andechs", L), ("Herrsching", L), ("Dießen", L),
   ("Hohen Peißenberg", L), ("Wieskirche", L), ("Füssen", L),
   ("Christl", P)])

R("p4-de-059", "de", ["news", "org-with-place", "saint-place", "street",
                      "water"],
  "Kitzbühel: Für das Hahnenkammrennen am Wochenende gilt im Zentrum ein "
  "Fahrverbot. Die Vorderstadt und die Hinterstadt sind nur zu Fuß "
  "erreichbar, Shuttlebusse fahren ab Kirchberg, St. Johann und Jochberg. "
  "Parkplätze gibt es am Schwarzsee.",
  [("Kitzbühel", L), ("Vorderstadt", L), ("Hinterstadt", L),
   ("Kirchberg", L), ("St. Johann", L), ("Jochberg", L), ("Schwarzsee", L)])

R("p4-de-060", "de", ["person-place-same", "name-as-word", "title",
                      "nickname"],
  "Willkommen auf der Welt, Paris Marie! 💕 Geboren im Mai in Rosenheim, "
  "3.240 g pures Glück. Der Name? Weil sich Mama und Papa in Paris verlobt "
  "haben 🥹 Oma Gitti aus Kolbermoor und Uropa Alois aus Prien sind schon "
  "auf dem Weg.",
  [("Paris Marie", P), ("Rosenheim", L), ("Paris", L, 2), ("Gitti", P),
   ("Kolbermoor", L), ("Alois", P), ("Prien", L)])

R("p4-de-061", "de", ["hut", "place-after-person", "place-list"],
  "Die schönste Hüttentour in den Sextner Dolomiten 🏔️ Start am "
  "Fischleinboden bei Sexten, hinauf zur Zsigmondyhütte, über die "
  "Büllelejochhütte zur Dreizinnenhütte und am nächsten Morgen "
  "Sonnenaufgang an den Drei Zinnen. Abstieg durchs Innerfeldtal nach "
  "Innichen.",
  [("Sextner Dolomiten", L), ("Fischleinboden", L), ("Sexten", L),
   ("Zsigmondyhütte", L), ("Büllelejochhütte", L), ("Dreizinnenhütte", L),
   ("Drei Zinnen", L), ("Innerfeldtal", L), ("Innichen", L)])

R("p4-de-062", "de", ["place-after-person", "place-is-word", "street"],
  "Wer kennt ein gutes Frühstückscafé in Schwabing, am besten Nähe "
  "Münchner Freiheit oder Elisabethplatz?",
  [("Schwabing", L), ("Münchner Freiheit", L), ("Elisabethplatz", L)])

R("p4-de-063", "de", ["bio", "water"],
  "Hochzeitsfotografin aus dem Zillertal 📷 | unterwegs in Tirol, Südtirol & "
  "am Gardasee | Kaffee-Junkie | Buchungen 2026 offen ✉️ "
  "@anna.zillertalfotografie",
  [("Zillertal", L), ("Tirol", L), ("Südtirol", L), ("Gardasee", L),
   ("@anna.zillertalfotografie", M)])

R("p4-de-064", "de", ["place-after-person", "name-list", "famous",
                      "place-surname", "title", "venue",
                      "event-announcement"],
  "Frühjahrskonzert im Brahms-Saal im Musikverein 🎶 Samstag, 12. April, "
  "19:30 Uhr. Am Programm: Werke von Haydn, Schubert und Bruckner. Solistin: "
  "Johanna Hietzinger (Mezzosopran), Leitung: Prof. Markus Leopoldseder. "
  "Karten bei allen Mitgliedern oder an der Abendkassa, Eingang "
  "Bösendorferstraße.",
  [("Brahms-Saal", L), ("Musikverein", L), ("Haydn", P), ("Schubert", P),
   ("Bruckner", P), ("Johanna Hietzinger", P), ("Markus Leopoldseder", P),
   ("Bösendorferstraße", L)])

R("p4-de-065", "de", ["dialect", "place-after-person", "street",
                      "lookalike-word"],
  "Ausg’steckt is! 🍷 Ab Freitag hat unser Heuriger in Grinzing wieder "
  "offen. Am Wochenende Wanderung vom Kahlenberg über den Leopoldsberg zu "
  "uns runter – und dann a Glaserl Gemischter Satz im Garten an der "
  "Cobenzlgasse. Prost!",
  [("Grinzing", L), ("Kahlenberg", L), ("Leopoldsberg", L),
   ("Cobenzlgasse", L)])

R("p4-de-066", "de", ["person-place-same", "place-like-name"],
  "Grüße an unsere Lana, die jetzt seit zwei Monaten in Lana bei Meran wohnt "
  "und jeden Tag den Marlinger Waalweg läuft 🏃‍♀️ Wir vermissen dich in "
  "Stuttgart! Deine Mädels vom Lauftreff am Killesberg (@lauftreff.killesberg)",
  [("Lana", P, 1), ("Lana", L, 2), ("Meran", L), ("Marlinger Waalweg", L),
   ("Stuttgart", L), ("Killesberg", L),
   ("@lauftreff.killesberg", M)])

R("p4-de-067", "de", ["news", "pass", "abroad"],
  "Gröden: Die Straße aufs Grödner Joch bleibt nach dem Murenabgang bis auf "
  "Weiteres gesperrt. Die Umleitung führt über das Sellajoch und Canazei. "
  "Wer von Wolkenstein nach Kolfuschg will, muss mit rund einer Stunde Umweg "
  "rechnen.",
  [("Gröden", L), ("Grödner Joch", L), ("Sellajoch", L), ("Canazei", L),
   ("Wolkenstein", L), ("Kolfuschg", L)])

R("p4-de-068", "de", ["place-like-name", "title",
                      "saint-place", "venue"],
  "Die 2a hat heute die Burg Liechtenstein in Maria Enzersdorf besucht 🏰 "
  "Danach Jause im Naturpark Föhrenberge und zurück nach Mödling. Danke an "
  "Frau Direktorin Hollerer und an Papa Goran fürs Mitfahren!",
  [("Burg Liechtenstein", L), ("Maria Enzersdorf", L),
   ("Naturpark Föhrenberge", L), ("Mödling", L), ("Hollerer", P),
   ("Goran", P)])

R("p4-de-069", "de", ["place-like-name", "org-with-place",
                      "place-after-person", "dialect", "event-announcement"],
  "O’zapft is! 🍺 Heuer treffen wir uns am ersten Samstag um 10 Uhr an der "
  "Bavaria oberhalb der Theresienwiese. Wer aus Dachau oder Freising kommt, "
  "steigt an der Hackerbrücke aus. Ab 14 Uhr sitzen wir im "
  "Augustiner-Festzelt. Servus, eure Burschen vom Trachtenverein "
  "D’Isartaler",
  [("Bavaria", L), ("Theresienwiese", L), ("Dachau", L), ("Freising", L),
   ("Hackerbrücke", L)])

R("p4-de-070", "de", ["saint-place", "credit-line", "venue", "water"],
  "Hochzeit im Tessin ☀️ Selina & Dario haben in der Kirche Santa Maria "
  "degli Angioli in Lugano geheiratet, Apéro am Lago di Lugano, Fest im "
  "Grand Hotel Villa Castagnola.\n"
  "Fotos: Monte Brè bei Sonnenuntergang",
  [("Tessin", L), ("Selina", P), ("Dario", P),
   ("Santa Maria degli Angioli", L), ("Lugano", L, 1),
   ("Lago di Lugano", L), ("Grand Hotel Villa Castagnola", L),
   ("Monte Brè", L)])

R("p4-de-071", "de", ["title", "place-surname", "venue"],
  "Wohnen mit Blick auf die Festung Hohensalzburg 🏰 Helle 2-Zimmer-Wohnung "
  "in Salzburg-Nonntal, ruhige Seitengasse, Altstadt und Kapitelplatz in "
  "10 Gehminuten. Kontakt: Ing. Petra Mayrhofer",
  [("Festung Hohensalzburg", L), ("Salzburg-Nonntal", L),
   ("Kapitelplatz", L), ("Petra Mayrhofer", P)])

R("p4-de-072", "de", ["lowercase-place", "lowercase-name", "dialect",
                      "comment"],
  "mir sind grad in zermatt, morn gömmer ufs gornergrat und am fritig übere "
  "uf saas-fee 🏔️ grüess a de jonas und em silvan!",
  [("zermatt", L), ("gornergrat", L), ("saas-fee", L), ("jonas", P),
   ("silvan", P)])

R("p4-de-073", "de", ["saint-place", "place-like-name", "org-with-place",
                      "venue", "street"],
  "Matchday! ⚽ Heute 18 Uhr im St. Jakob-Park gegen die Young Boys. "
  "Treffpunkt 16:30 am Barfüsserplatz, dann gemeinsam mit dem Tram ins "
  "Joggeli. Nur de FC Basel!",
  [("St. Jakob-Park", L), ("Barfüsserplatz", L), ("Joggeli", L)])

R("p4-de-074", "de", ["hut", "place-after-person", "person-place-same",
                      "name-list", "title", "saint-place", "title-in-place",
                      "nickname"],
  "Untersberg-Überschreitung ⛰️ Von Bischofswiesen rauf zum Stöhrhaus, übers "
  "Berchtesgadener Hochthron und den Salzburger Hochthron, kurze Rast am "
  "Zeppezauerhaus und mit der Seilbahn runter nach St. Leonhard. Zwei "
  "Länder, ein Berg! Mit dabei: Sepp, Lisi und Dr. Hubert Lenz (nicht "
  "verwandt mit der Toni-Lenz-Hütte 😄)",
  [("Bischofswiesen", L), ("Stöhrhaus", L), ("Berchtesgadener Hochthron", L),
   ("Salzburger Hochthron", L), ("Zeppezauerhaus", L), ("St. Leonhard", L),
   ("Sepp", P), ("Lisi", P), ("Hubert Lenz", P), ("Toni-Lenz-Hütte", L)])

R("p4-de-075", "de", ["person-place-same", "title", "saint-place", "water"],
  "Herzlichen Glückwunsch zur Goldenen Hochzeit, Familie Rust! 🥂 Wer hätte "
  "gedacht, dass ihr es 50 Jahre in Rust am Neusiedler See aushaltet 😄 Feier "
  "am Samstag, Treffpunkt um 11 Uhr bei der Fischerkirche. Liebe Grüße aus "
  "Eisenstadt, eure Nichte Verena",
  [("Rust", P, 1), ("Rust", L, 2), ("Neusiedler See", L),
   ("Fischerkirche", L), ("Eisenstadt", L), ("Verena", P)])

R("p4-de-076", "de", ["news", "venue", "street", "place-list"],
  "Bregenz: Die Seebühne ist bereit für die Festspiele. Am Mittwoch ist "
  "Premiere, die Seestraße und der Kornmarktplatz sind ab 18 Uhr für den "
  "Verkehr gesperrt. Anreise aus Dornbirn, Lindau und Feldkirch am besten "
  "mit dem Zug.",
  [("Bregenz", L), ("Seebühne", L), ("Seestraße", L), ("Kornmarktplatz", L),
   ("Dornbirn", L), ("Lindau", L), ("Feldkirch", L)])

R("p4-de-077", "de", ["place-after-person", "street", "saint-place"],
  "Neu im Kleinbasel: Unser Kaffeewagen steht ab Montag jeden Morgen am "
  "Claraplatz ☕ Von der Mittleren Brücke sind’s nur drei Minuten, und am "
  "Samstag findet ihr uns auf dem Flohmarkt am Petersplatz.",
  [("Kleinbasel", L), ("Claraplatz", L), ("Mittleren Brücke", L),
   ("Petersplatz", L)])

R("p4-de-078", "de", ["venue", "place-is-word", "street", "hashtag-name",
                      "place-hashtag"],
  "Standesamt im Alten Rathaus in Bamberg, Sektempfang an der Unteren Brücke "
  "und Fotos im Rosengarten der Neuen Residenz 🌹 Carina & Benedikt, danke "
  "für diesen Tag! Nach Bamberg kommen wir immer gern zurück.\n"
  "#carinaundbenedikt #bamberg #hochzeitinfranken",
  [("Alten Rathaus", L), ("Bamberg", L, "all"), ("Unteren Brücke", L),
   ("Rosengarten", L), ("Neuen Residenz", L), ("Carina", P),
   ("Benedikt", P), ("#carinaundbenedikt", P)])

R("p4-de-079", "de", ["bio", "org-with-place", "title"],
  "Wanderfreunde Ammergau e.V. | Touren rund um Oberammergau, Ettal und den "
  "Kofel | Jeden 1. Sonntag im Monat | Infos bei Vorstand Korbinian Mayr",
  [("Oberammergau", L), ("Ettal", L), ("Kofel", L), ("Korbinian Mayr", P)])

R("p4-de-080", "de", ["caps-place", "lowercase-name", "org-with-place",
                      "event-announcement", "water"],
  "GROSSES SOMMERFEST AM SCHLIERSEE 🎉 SAMSTAG, 19. JULI, AB 14 UHR IM "
  "KURPARK SCHLIERSEE. LIVEMUSIK MIT DEN SPITZINGSEER MUSIKANTEN, "
  "KINDERSCHMINKEN MIT ANNI. PARKEN AM BAHNHOF ODER IN FISCHHAUSEN.",
  [("SCHLIERSEE", L, 1), ("KURPARK SCHLIERSEE", L), ("ANNI", P),
   ("FISCHHAUSEN", L)])

R("p4-de-081", "de", ["news", "place-after-person", "street", "venue"],
  "Meran: Der Sissi-Weg von Schloss Trauttmansdorff in die Altstadt ist nach "
  "den Unwettern wieder durchgehend begehbar. Auch die Gilfpromenade und der "
  "Tappeinerweg sind frei, die Passerpromenade bleibt zwischen Postbrücke "
  "und Kurhaus noch gesperrt.",
  [("Meran", L), ("Sissi-Weg", L), ("Schloss Trauttmansdorff", L),
   ("Gilfpromenade", L), ("Tappeinerweg", L), ("Passerpromenade", L),
   ("Postbrücke", L), ("Kurhaus", L)])

R("p4-de-082", "de", ["abroad", "place-is-word", "nickname", "comment"],
  "Ihr seid’s ja schon wieder unterwegs 😂 Letzte Woche Lissabon, jetzt "
  "Kopenhagen und im Herbst Island? Nehmt’s mich das nächste Mal mit, Moni! "
  "Bussi aus Wels",
  [("Lissabon", L), ("Kopenhagen", L), ("Island", L), ("Moni", P),
   ("Wels", L)])

R("p4-de-083", "de", ["title-in-place", "word-as-name", "title"],
  "Waldtag der Igelgruppe 🦔 Heute waren wir im Forstenrieder Park unterwegs "
  "und haben die Wildschweine besucht. Am Freitag besuchen wir die Feuerwehr "
  "in Fürstenried. Danke an Erzieherin Sunny und Praktikant Leon fürs "
  "Mitkommen!",
  [("Forstenrieder Park", L), ("Fürstenried", L), ("Sunny", P),
   ("Leon", P)])

R("p4-de-084", "de", ["famous", "place-is-word", "place-list"],
  "Marillenblüte in der Wachau 🌸 Mit dem Rad von Melk über Spitz und "
  "Weißenkirchen nach Dürnstein, wo einst Richard Löwenherz gefangen saß. "
  "Hinauf zur Burgruine und am Abend weiter nach Krems.",
  [("Wachau", L), ("Melk", L), ("Spitz", L), ("Weißenkirchen", L),
   ("Dürnstein", L), ("Richard Löwenherz", P), ("Krems", L)])

R("p4-de-085", "de", ["title", "place-surname", "water"],
  "Exklusive Neubauwohnungen in Kaltern am See 🍇 Ruhige Lage am Rande der "
  "Weinberge, nur wenige Minuten zum Kalterer See und nach Tramin. Bozen und "
  "Eppan sind in 20 Minuten erreichbar. Vor-Ort-Termin mit unserer "
  "Beraterin Dr. Sabine Kaltenegger",
  [("Kaltern am See", L), ("Kalterer See", L), ("Tramin", L), ("Bozen", L),
   ("Eppan", L), ("Sabine Kaltenegger", P)])

R("p4-de-086", "de", ["dialect", "org-with-place", "nickname", "title"],
  "Mia spuin am Freitag aufm Dorffest in Aying 🎺 Am Samstag san ma in Glonn "
  "und am Sonntag zum Frühschoppn in Egmating. Gscheid feiern und a Ayinger "
  "trinken! Extra-Gruß an unsern Tubisten Wastl, der heit 50 werd!",
  [("Aying", L), ("Glonn", L), ("Egmating", L), ("Wastl", P)])

R("p4-de-087", "de", ["news", "pass", "saint-place", "place-after-person",
                      "org-with-place"],
  "Engadin: Wegen Lawinengefahr bleibt der Berninapass bis Donnerstag "
  "gesperrt. Die Rhätische Bahn fährt zwischen Pontresina und Poschiavo im "
  "Stundentakt. Auch der Julierpass ist nur mit Schneeketten befahrbar, der "
  "Malojapass ist offen. Aktuelle Infos aus St. Moritz folgen.",
  [("Engadin", L), ("Berninapass", L), ("Pontresina", L), ("Poschiavo", L),
   ("Julierpass", L), ("Malojapass", L), ("St. Moritz", L)])

R("p4-de-088", "de", ["genitive", "person-place-same", "saint-place",
                      "title"],
  "Moritz’ erster Skitag in St. Moritz ⛷️ Oma Hilde hat ihm an der Corviglia "
  "die ersten Schwünge gezeigt, Papa hat gefilmt. Nächstes Jahr dann "
  "Silvaplana und die Diavolezza! 😄",
  [("Moritz’", P), ("St. Moritz", L), ("Hilde", P), ("Corviglia", L),
   ("Silvaplana", L), ("Diavolezza", L)])

R("p4-de-089", "de", ["initial", "name-list", "org-with-place", "pass"],
  "Rennbericht Ötztaler Radmarathon 🚴 Start in Sölden, über Kühtai, "
  "Brenner, Jaufenpass und Timmelsjoch zurück nach Sölden. Unsere Finisher: "
  "Markus T. (8:42 h), Julia R. (9:15 h) und Stefan B. (10:03 h). "
  "Gratulation an alle!",
  [("Sölden", L, "all"), ("Kühtai", L), ("Brenner", L), ("Jaufenpass", L),
   ("Timmelsjoch", L), ("Markus T.", P), ("Julia R.", P), ("Stefan B.", P)])

R("p4-de-090", "de", ["news", "person-place-same", "place-like-name",
                      "water"],
  "Konstanz: Am Sonntag findet der Flohmarkt auf der Marktstätte statt. Die "
  "Fähre nach Meersburg fährt ab Staad alle 15 Minuten. Treffpunkt für "
  "Stadtführungen ist wie immer an der Imperia am Hafen. Organisiert wird "
  "der Markt von Konstanze Albrecht aus Kreuzlingen.",
  [("Konstanz", L), ("Marktstätte", L), ("Meersburg", L), ("Staad", L),
   ("Imperia", L), ("Konstanze Albrecht", P), ("Kreuzlingen", L)])

# =============================================================================
# German-English (mixed): 60 records
# =============================================================================

R("p4-mx-001", "mixed", ["saint-place", "credit-line", "place-hashtag",
                         "water"],
  "Golden hour am Eibsee 🌅 Sarah & Ben wanted something intimate, also "
  "haben wir nach der Trauung in der Wallfahrtskirche St. Anton in "
  "Partenkirchen den Sonnenuntergang unter der Zugspitze gejagt. Absolutely "
  "magical!\n"
  "📍 Eibsee, Grainau\n"
  "#eibsee #weddinggermany #elopementphotographer",
  [("Eibsee", L, "all"), ("Sarah", P), ("Ben", P), ("St. Anton", L),
   ("Partenkirchen", L), ("Zugspitze", L), ("Grainau", L)])

R("p4-mx-002", "mixed", ["place-list", "place-after-person", "saint-place"],
  "3 days in Vienna 🇦🇹 Day 1: Schönbrunn, Gloriette und ein Spaziergang "
  "durch Hietzing. Day 2: Naschmarkt, Karlskirche and in the evening "
  "MuseumsQuartier. Day 3: Prater, Donauinsel, sunset am Kahlenberg. Wer war "
  "schon mal in Wien? Café tips welcome!",
  [("Vienna", L), ("Schönbrunn", L), ("Gloriette", L), ("Hietzing", L),
   ("Naschmarkt", L), ("Karlskirche", L), ("MuseumsQuartier", L),
   ("Prater", L), ("Donauinsel", L), ("Kahlenberg", L), ("Wien", L)])

R("p4-mx-003", "mixed", ["person-place-same", "genitive", "abroad",
                         "water"],
  "Milan’s first trip to Milan 🇮🇹😂 Wir sind über den Brenner, kurzer Stopp "
  "am Gardasee in Sirmione, und dann direkt zum Duomo. Next stop: Lake Como, "
  "weil Milan unbedingt nach Bellagio will.",
  [("Milan’s", P), ("Milan", L, 2), ("Brenner", L), ("Gardasee", L),
   ("Sirmione", L), ("Duomo", L), ("Lake Como", L), ("Milan", P, 3),
   ("Bellagio", L)])

R("p4-mx-004", "mixed", ["event-announcement", "water"],
  "Hike of the month: Spitzingsee – Rotwand – Taubensee 🥾 Meet 8:00 am "
  "Spitzingsattel, carpool ab München Ost (Orleansplatz side). Ca. 14 km, "
  "900 hm. Bring Brotzeit! Anmeldung bis Donnerstag bei @lisa.wandert oder "
  "Florian.",
  [("Spitzingsee", L), ("Rotwand", L), ("Taubensee", L),
   ("Spitzingsattel", L), ("München Ost", L), ("Orleansplatz", L),
   ("@lisa.wandert", M), ("Florian", P)])

R("p4-mx-005", "mixed", ["place-after-person", "title", "word-as-name",
                         "street"],
  "JUST LISTED ✨ Bright 3-room apartment in Schwabing-West, steps from "
  "Hohenzollernplatz and the Luitpoldpark. U2 Hohenzollernplatz in 2 min, "
  "Englischer Garten in 15. Provisionsfrei für Käufer! Viewings this "
  "Saturday – DM us or call Mr. Julian Prinz.",
  [("Schwabing-West", L), ("Hohenzollernplatz", L, "all"),
   ("Luitpoldpark", L), ("Englischer Garten", L), ("Julian Prinz", P)])

R("p4-mx-006", "mixed", ["lookalike-word", "street", "venue"],
  "New on the menu: Kaiserschmarrn with homemade Zwetschgenröster 😍 Come "
  "by, wir sind direkt am Rotkreuzplatz – Neuhausen’s best kept secret. "
  "Perfekt nach einem Spaziergang durch den Hirschgarten oder vom Schloss "
  "Nymphenburg rüber. Open daily 8–18 Uhr!",
  [("Rotkreuzplatz", L), ("Neuhausen’s", L), ("Hirschgarten", L),
   ("Schloss Nymphenburg", L)])

R("p4-mx-007", "mixed", ["org-with-place", "place-after-person", "venue",
                         "street"],
  "GAMEDAY 🏈 Munich Cowboys vs. Schwäbisch Hall Unicorns, Samstag 15 Uhr im "
  "Dantestadion. Tickets at the gate, Parkplätze an der Dantestraße are "
  "limited – take the U1 to Westfriedhof. Let’s go, Cowboys!",
  [("Dantestadion", L), ("Dantestraße", L), ("Westfriedhof", L)])

R("p4-mx-008", "mixed", ["venue", "nickname", "pass"],
  "Tour diary, Tag 5 🎸 Last night Zürich was insane, heute spielen wir in "
  "der Olympiahalle in Innsbruck und morgen geht’s über den Brenner nach "
  "Bozen. Shoutout to @ninabeats for the support slot and to our driver "
  "Kev ❤️",
  [("Zürich", L), ("Olympiahalle", L), ("Innsbruck", L), ("Brenner", L),
   ("Bozen", L), ("@ninabeats", M), ("Kev", P)])

R("p4-mx-009", "mixed", ["place-like-name", "water"],
  "Georgia und Sydney bei Oma in Bad Tölz 🥰 The girls loved the Isar und "
  "den Kalvarienberg, und Georgia wollte jede einzelne Ente füttern. Next "
  "stop: Lenggries and the Brauneck!",
  [("Georgia", P, "all"), ("Sydney", P), ("Bad Tölz", L), ("Isar", L),
   ("Kalvarienberg", L), ("Lenggries", L), ("Brauneck", L)])

R("p4-mx-010", "mixed", ["news", "place-after-person", "street",
                         "place-is-word"],
  "⚠️ Road closure / Straßensperre: Die Franz-Josef-Straße in Salzburg is "
  "closed from Monday to Friday between Mirabellplatz and Makartplatz. Bitte "
  "über die Schwarzstraße ausweichen. Buses 1, 3 and 5 are rerouted via "
  "Rainerstraße.",
  [("Franz-Josef-Straße", L), ("Salzburg", L), ("Mirabellplatz", L),
   ("Makartplatz", L), ("Schwarzstraße", L), ("Rainerstraße", L)])

R("p4-mx-011", "mixed", ["person-place-same", "genitive", "title",
                         "saint-place"],
  "Vienna’s first time in Vienna!! 🥹 We named her after the city where we "
  "met, und jetzt zeigen wir ihr endlich den Stephansdom, den Prater und "
  "natürlich Schönbrunn. Oma Hedi came all the way from Graz 💕",
  [("Vienna’s", P), ("Vienna", L, 2), ("Stephansdom", L), ("Prater", L),
   ("Schönbrunn", L), ("Hedi", P), ("Graz", L)])

R("p4-mx-012", "mixed", ["place-list", "water"],
  "Sunday Ride 🚴 Route: Starnberg – Tutzing – Bernried – Seeshaupt – "
  "Ammerland and back. Ca. 60 km, flach, Kaffeestopp in Seeshaupt. "
  "Treffpunkt 9:00 am Dampfersteg in Starnberg. New riders welcome, just DM "
  "@roadies_fuenfseenland",
  [("Starnberg", L, "all"), ("Tutzing", L), ("Bernried", L),
   ("Seeshaupt", L, "all"), ("Ammerland", L),
   ("@roadies_fuenfseenland", M)])

R("p4-mx-013", "mixed", ["venue", "credit-line", "brand-with-name"],
  "Wedding weekend at Schloss Elmau 🏰 Welcome dinner im Hotel, Trauung am "
  "Sonntag in der kleinen Kapelle in Klais, Party bis 4 Uhr morgens. "
  "Congrats Leonie & Maximilian – it was an honour! 🤍\n"
  "Planning: @alpineweddings.co | Florals: Blumen Dahlia | Dress: Vera Wang",
  [("Schloss Elmau", L), ("Klais", L), ("Leonie", P), ("Maximilian", P),
   ("@alpineweddings.co", M)])

R("p4-mx-014", "mixed", ["person-place-same", "name-as-word", "abroad",
                         "comment", "mention"],
  "@chelsea.mbg omg Chelsea, warst du echt in Chelsea?? 😂 How was London? "
  "Ich war im Mai in Notting Hill und fand’s overrated.",
  [("@chelsea.mbg", M), ("Chelsea", P, 1), ("Chelsea", L, 2),
   ("London", L), ("Notting Hill", L)])

R("p4-mx-015", "mixed", ["title", "nickname", "word-as-name"],
  "Race results from Schladming 🏁 On the Planai our U16 team crushed it: "
  "Emma Reiter 1st, Noah Kaiser 3rd! Next weekend: Flachau and Zauchensee. "
  "Danke an Coach Heli und alle Eltern fürs Fahren!",
  [("Schladming", L), ("Planai", L), ("Emma Reiter", P), ("Noah Kaiser", P),
   ("Flachau", L), ("Zauchensee", L), ("Heli", P)])

R("p4-mx-016", "mixed", ["place-is-word", "title-in-place", "place-list",
                         "water"],
  "Switzerland on a budget? Possible! 🇨🇭 Sleep in Interlaken, take the "
  "train up to Grindelwald and hike from First to the Bachalpsee. Day 2: "
  "Lauterbrunnen, Wengen and a sunset view of Eiger, Mönch und Jungfrau. "
  "Spart euch das Jungfraujoch-Ticket, ehrlich.",
  [("Switzerland", L), ("Interlaken", L), ("Grindelwald", L), ("First", L),
   ("Bachalpsee", L), ("Lauterbrunnen", L), ("Wengen", L), ("Eiger", L),
   ("Mönch", L), ("Jungfrau", L)])

R("p4-mx-017", "mixed", ["bio", "abroad"],
  "Travel & food | based in Graz 🇦🇹 | Wochenenden in der Südsteiermark | "
  "Slovenia, Istria & beyond | Kooperationen via DM",
  [("Graz", L), ("Südsteiermark", L), ("Slovenia", L), ("Istria", L)])

R("p4-mx-018", "mixed", ["place-after-person", "title", "venue"],
  "Field trip alert! 🚌 Our Year 5 students visited Burg Hohenzollern today "
  "and learned all about the Prussian kings. Mittagspause in Hechingen, then "
  "back to Stuttgart via Tübingen. Thanks to Mrs. Okafor and Mr. Lindqvist "
  "for organising!",
  [("Burg Hohenzollern", L), ("Hechingen", L), ("Stuttgart", L),
   ("Tübingen", L), ("Okafor", P), ("Lindqvist", P)])

R("p4-mx-019", "mixed", ["place-like-name", "hut", "place-after-person",
                         "abroad"],
  "Austin came all the way from Texas to hike the Zugspitze with us 😅 Wir "
  "sind durchs Reintal, Übernachtung auf der Reintalangerhütte und der "
  "Knorrhütte, summit day bei bestem Wetter. Welcome to Bavaria, Austin!",
  [("Austin", P, "all"), ("Texas", L), ("Zugspitze", L), ("Reintal", L),
   ("Reintalangerhütte", L), ("Knorrhütte", L), ("Bavaria", L)])

R("p4-mx-020", "mixed", ["word-as-name", "name-as-word", "title", "water"],
  "Summer in Kärnten mit Summer 🌞 Unsere Kleine hat zum ersten Mal im "
  "Wörthersee gebadet, Papa Will hat sich nicht getraut 😂 Next up: "
  "Pyramidenkogel and Velden.",
  [("Summer", P, 2), ("Kärnten", L), ("Wörthersee", L), ("Will", P),
   ("Pyramidenkogel", L), ("Velden", L)])

R("p4-mx-021", "mixed", ["place-after-person", "title", "street"],
  "For rent: furnished studio in der Leopoldstadt, close to the Augarten and "
  "Karmelitermarkt. U2 Taborstraße 3 min, Schwedenplatz in 8. Perfect for "
  "expats – English-speaking landlord. Kaution: 3 Monatsmieten. Contact: "
  "Mag. Eva Horvath",
  [("Leopoldstadt", L), ("Augarten", L), ("Karmelitermarkt", L),
   ("Taborstraße", L), ("Schwedenplatz", L), ("Eva Horvath", P)])

R("p4-mx-022", "mixed", ["street", "brand-with-name", "water"],
  "Sunday Brunch is back 🥂 Ab 10 Uhr bei uns in Ottensen, nur zwei Minuten "
  "vom Spritzenplatz. Aperol oder Hugo for 6 €. Danach ab an die Elbe, "
  "einmal nach Övelgönne spazieren und den Containerschiffen winken. See "
  "you!",
  [("Ottensen", L), ("Spritzenplatz", L), ("Elbe", L), ("Övelgönne", L)])

R("p4-mx-023", "mixed", ["water", "news"],
  "Tourist info: The Pragser Wildsee (Lago di Braies) is only accessible with "
  "a reservation from July 10 to September 10. Shuttle buses leave from "
  "Niederdorf and Welsberg, the parking at the lake is closed. Infos auch auf "
  "Deutsch im Link!",
  [("Pragser Wildsee", L), ("Lago di Braies", L), ("Niederdorf", L),
   ("Welsberg", L)])

R("p4-mx-024", "mixed", ["brand-with-name", "famous", "venue",
                         "event-announcement"],
  "Falco Tribute Night 🎤 Rock me Amadeus! Am 14. Februar spielen wir im "
  "Metropol in Hernals, doors 19:30. Special guest: Marlene from "
  "@hernals.sings. Wer Falco liebt, kommt vorbei!",
  [("Metropol", L), ("Hernals", L), ("Marlene", P), ("@hernals.sings", M),
   ("Falco", P, 2)])

R("p4-mx-025", "mixed", ["lowercase-place", "lowercase-name", "saint-place",
                         "name-as-word", "comment"],
  "omg ihr wart in st. gallen?! we were there last summer, die "
  "klosterbibliothek ist unreal. habt ihr auch den säntis gemacht? grüße an "
  "marco & jess 💕",
  [("st. gallen", L), ("säntis", L), ("marco", P), ("jess", P)])

R("p4-mx-026", "mixed", ["abroad", "venue", "place-list", "water"],
  "Destination wedding at Lake Como 💍 Chiara & Tobias said yes in der Villa "
  "del Balbianello in Lenno – the Star Wars villa! Danach Aperitivo in "
  "Bellagio und Party in der Villa Cipressi in Varenna. Grazie mille, ihr "
  "zwei! Planning: @comoweddings_by_giulia",
  [("Lake Como", L), ("Chiara", P), ("Tobias", P),
   ("Villa del Balbianello", L), ("Lenno", L), ("Bellagio", L),
   ("Villa Cipressi", L), ("Varenna", L),
   ("@comoweddings_by_giulia", M)])

R("p4-mx-027", "mixed", ["place-hashtag", "saint-place"],
  "Weekend vibes in den Dolomiten 🏔️ Seceda at sunrise, Alpe di Siusi at "
  "sunset, dazwischen Knödel in St. Ulrich.\n"
  "#dolomites #seceda #alpedisiusi #südtirol #valgardena #travelgermany",
  [("Dolomiten", L), ("Seceda", L), ("Alpe di Siusi", L), ("St. Ulrich", L)])

R("p4-mx-028", "mixed", ["famous", "word-as-name", "title", "nickname",
                         "place-surname"],
  "Throwback: unser Teamausflug nach Kitzbühel 🏔️ Streif besichtigt, "
  "Hahnenkamm erklommen, and Hansi from accounting swears he saw Hansi "
  "Hinterseer am Schwarzsee 😂 Credits to our team lead Mr. Berg for "
  "planning!",
  [("Kitzbühel", L), ("Streif", L), ("Hahnenkamm", L), ("Hansi", P, 1),
   ("Hansi Hinterseer", P), ("Schwarzsee", L), ("Berg", P)])

R("p4-mx-029", "mixed", ["title", "place-like-name"],
  "Bilingual Kita Little Explorers 🌍 This week our Bears group visited the "
  "Westpark and the Japanese garden. Next week: Ausflug zum Hirschgarten, "
  "bitte Gummistiefel mitbringen! Questions? Ask Miss Charlotte or Herr "
  "Okonkwo.",
  [("Westpark", L), ("Hirschgarten", L), ("Charlotte", P), ("Okonkwo", P)])

R("p4-mx-030", "mixed", ["news", "place-is-word", "street"],
  "Zürich update: Street Parade am Samstag, d.h. Utoquai, Bellevue und "
  "Mythenquai sind ab 12 Uhr komplett dicht. Take the S-Bahn to Stadelhofen "
  "oder Enge, and please stay hydrated 💦",
  [("Zürich", L), ("Utoquai", L), ("Bellevue", L), ("Mythenquai", L),
   ("Stadelhofen", L), ("Enge", L)])

R("p4-mx-031", "mixed", ["saint-place", "name-list", "nickname", "water"],
  "Sunrise mission auf dem Schafberg ☀️ Mit der ersten Zahnradbahn ab "
  "St. Wolfgang hoch, then we hiked down past the Suissensee and Mittersee "
  "und zum Abschluss ab in den Wolfgangsee. Crew: Becca, Jonny, Franzi & me.",
  [("Schafberg", L), ("St. Wolfgang", L), ("Suissensee", L),
   ("Mittersee", L), ("Wolfgangsee", L), ("Becca", P), ("Jonny", P),
   ("Franzi", P)])

R("p4-mx-032", "mixed", ["credit-line", "venue", "word-as-name"],
  "Editorial shoot ✨\n"
  "Location: Villa Wahnfried, Bayreuth\n"
  "Model: @luisa.mdl\n"
  "HMUA: Jasmin Richter\n"
  "Photo: me\n"
  "Danke an alle, das Licht im Hofgarten war ein Traum!",
  [("Villa Wahnfried", L), ("Bayreuth", L), ("@luisa.mdl", M),
   ("Jasmin Richter", P), ("Hofgarten", L)])

R("p4-mx-033", "mixed", ["person-place-same", "title", "place-like-name",
                         "abroad"],
  "Florence turned 8 and wanted a party „wie in Florenz“ 🍕 So we did pizza, "
  "gelato und eine Mini-Ponte-Vecchio aus Lego. Nonna Giulia from Bergamo "
  "helped! Next year: the real thing in Florence, promised.",
  [("Florence", P, 1), ("Florenz", L), ("Giulia", P), ("Bergamo", L),
   ("Florence", L, 2)])

R("p4-mx-034", "mixed", ["hut", "place-after-person", "person-place-same",
                         "water"],
  "Hut review: Franz-Senn-Hütte im Stubaital ⭐⭐⭐⭐⭐ Great Kasnocken, super "
  "friendly Hüttenwirtin, and the Rinnensee the next morning was unreal. "
  "Shoutout to Franz from Neustift, der meinen Rucksack die letzten 200 m "
  "getragen hat 😅",
  [("Franz-Senn-Hütte", L), ("Stubaital", L), ("Rinnensee", L),
   ("Franz", P), ("Neustift", L)])

R("p4-mx-035", "mixed", ["water"],
  "Lakeside living in Küsnacht 🌊 5.5-Zimmer-Villa mit eigenem Seeanstoss, "
  "15 Minuten nach Zürich, walking distance to the Küsnachter Horn. Private "
  "viewing by appointment – Anna-Lena Vontobel looks forward to hearing "
  "from you.",
  [("Küsnacht", L), ("Zürich", L), ("Küsnachter Horn", L),
   ("Anna-Lena Vontobel", P)])

R("p4-mx-036", "mixed", ["org-with-place", "place-after-person", "venue",
                         "street"],
  "Derby day ⚽ FC Südtirol gegen Trento, Samstag 16:15 im Drususstadion. "
  "Extra trains from Meran and Brixen, Treffpunkt 14:30 am Verdiplatz in "
  "Bozen. Forza FCS!",
  [("Drususstadion", L), ("Meran", L), ("Brixen", L), ("Verdiplatz", L),
   ("Bozen", L)])

R("p4-mx-037", "mixed", ["hashtag-name", "nickname", "place-hashtag",
                         "place-list"],
  "Happy 30th, Steffi! @steffi.wlds 🥳 Von Hamburg nach Heidelberg, von Wacken bis "
  "Wiesbaden – what a journey. Love you, Schwesterherz! #steffiwird30 "
  "#heidelberg",
  [("Steffi", P), ("Hamburg", L), ("Heidelberg", L), ("Wacken", L),
   ("Wiesbaden", L), ("#steffiwird30", P),
   ("@steffi.wlds", M)])

R("p4-mx-038", "mixed", ["place-list", "street"],
  "Berlin in one day: start at the East Side Gallery, cross the "
  "Oberbaumbrücke nach Kreuzberg, lunch am Landwehrkanal, dann Museumsinsel "
  "und sunset am Teufelsberg. Bonus: Flohmarkt im Mauerpark am Sonntag!",
  [("Berlin", L), ("East Side Gallery", L), ("Oberbaumbrücke", L),
   ("Kreuzberg", L), ("Landwehrkanal", L), ("Museumsinsel", L),
   ("Teufelsberg", L), ("Mauerpark", L)])

R("p4-mx-039", "mixed", ["initial", "famous", "place-list", "venue",
                         "place-hashtag"],
  "Big thanks to J.P. Hofmann and Anna K. for the tour of the Wartburg "
  "yesterday 🏰 Luther translated the New Testament right there! Danach "
  "ging’s nach Eisenach und weiter in den Thüringer Wald zum Rennsteig. "
  "#thuringia",
  [("J.P. Hofmann", P), ("Anna K.", P), ("Wartburg", L), ("Luther", P),
   ("Eisenach", L), ("Thüringer Wald", L), ("Rennsteig", L)])

R("p4-mx-040", "mixed", ["bio", "place-after-person", "abroad"],
  "Hiking crew from Graz 🥾 Schöckl every Wednesday, weekend trips to the "
  "Hochschwab, the Dachstein & the Julian Alps. Neue Leute always welcome – "
  "just DM @grazhikers!",
  [("Graz", L), ("Schöckl", L), ("Hochschwab", L), ("Dachstein", L),
   ("Julian Alps", L), ("@grazhikers", M)])

R("p4-mx-041", "mixed", ["saint-place", "place-after-person",
                         "event-announcement", "street"],
  "Lantern walk / Laternenumzug 🏮 Monday, 11 November, 17:00. We meet at "
  "St. Benno on Ferdinand-Miller-Platz and walk through the Maxvorstadt to "
  "the Alter Nördlicher Friedhof. Punsch und Brezen danach im Garten. Bring "
  "your lanterns!",
  [("St. Benno", L), ("Ferdinand-Miller-Platz", L), ("Maxvorstadt", L),
   ("Alter Nördlicher Friedhof", L)])

R("p4-mx-042", "mixed", ["brand-with-name", "lookalike-word", "comment",
                         "street"],
  "Best Kaiserschmarrn in town?! Not sure, aber der am Viktualienmarkt war "
  "close. Habt ihr mal den im Café Luitpold near Odeonsplatz probiert? Or is "
  "that too touristy? Alternative: der Chinesische Turm im Englischen Garten.",
  [("Viktualienmarkt", L), ("Odeonsplatz", L), ("Chinesische Turm", L),
   ("Englischen Garten", L)])

R("p4-mx-043", "mixed", ["credit-line", "place-list"],
  "Elopement on the Gornergrat 🏔️ Just the two of them, the Matterhorn and "
  "a very cold wind. Noemi & Jack, you were champs! Danach gab’s Fondue "
  "unten in Zermatt.\n"
  "📍 Gornergrat, Valais, Switzerland",
  [("Gornergrat", L, "all"), ("Matterhorn", L), ("Noemi", P), ("Jack", P),
   ("Zermatt", L), ("Valais", L), ("Switzerland", L)])

R("p4-mx-044", "mixed", ["title-in-place", "place-surname", "title",
                         "venue"],
  "Christmas concert 🎄 Unser Chor singt am 3. Advent in der Frauenkirche in "
  "Dresden, and afterwards we’ll go to the Striezelmarkt together. "
  "Conductor: Maria Dresdner. Solo: Jonathan Meissner. Tickets via link!",
  [("Frauenkirche", L), ("Dresden", L), ("Maria Dresdner", P),
   ("Jonathan Meissner", P)])

R("p4-mx-045", "mixed", ["org-with-place", "place-is-word",
                         "place-after-person", "title", "venue"],
  "Vienna City Marathon done ✅ 42 km from the Reichsbrücke through the "
  "Prater, along the Ring, past Schönbrunn and finish at the Burgtheater. "
  "Danke an meine Trainerin Lea und an alle, die in Mariahilf angefeuert "
  "haben! 🏃‍♀️",
  [("Reichsbrücke", L), ("Prater", L), ("Ring", L), ("Schönbrunn", L),
   ("Burgtheater", L), ("Lea", P), ("Mariahilf", L)])

R("p4-mx-046", "mixed", ["famous", "brand-with-name", "street"],
  "Did you know? Mozart was born right here in der Getreidegasse 🎼 Wir "
  "waren heute im Geburtshaus and then had Mozartkugeln at the Alter Markt. "
  "Salzburg, you’re too cute.",
  [("Mozart", P), ("Getreidegasse", L), ("Alter Markt", L),
   ("Salzburg", L)])

R("p4-mx-047", "mixed", ["person-place-same", "place-like-name", "abroad"],
  "Welcome back, Jordan! 🐪 Zwei Wochen Jordanien: Petra, Wadi Rum und das "
  "Tote Meer. And now back to Bielefeld 😅",
  [("Jordan", P), ("Jordanien", L), ("Petra", L), ("Wadi Rum", L),
   ("Tote Meer", L), ("Bielefeld", L)])

R("p4-mx-048", "mixed", ["pass", "org-with-place", "place-list"],
  "Sellaronda Bike Day 🚴‍♀️ Four passes, zero cars: Grödner Joch, "
  "Campolongo, Pordoi und Sella. Start in Corvara um 8:30, back in "
  "Wolkenstein by lunch. Who’s joining? Tag your crew! "
  "@dolomites.ladies.ride",
  [("Grödner Joch", L), ("Campolongo", L), ("Pordoi", L), ("Sella", L),
   ("Corvara", L), ("Wolkenstein", L), ("@dolomites.ladies.ride", M)])

R("p4-mx-049", "mixed", ["person-place-same", "title"],
  "Greetings from the Hagens! 👋 Ja, wir wohnen wirklich in Hagen, und nein, "
  "we’re not named after the city 😂 Visiting Tante Doris in Dortmund next "
  "weekend, then off to Winterberg.",
  [("Hagens", P), ("Hagen", L), ("Doris", P), ("Dortmund", L),
   ("Winterberg", L)])

R("p4-mx-050", "mixed", ["caps-place", "saint-place", "pass"],
  "NEW PRESET PACK ✨ Shot in ST. MORITZ, PONTRESINA & on the BERNINA PASS – "
  "perfekt für winterliche Bergfotos, plus ein paar Frames am Lago Bianco. "
  "Link in bio!",
  [("ST. MORITZ", L), ("PONTRESINA", L), ("BERNINA PASS", L),
   ("Lago Bianco", L)])

R("p4-mx-051", "mixed", ["word-as-name", "name-as-word", "title",
                         "event-announcement", "water"],
  "Summer camp ☀️ Die Ferienbetreuung ist this year im Marzili, with daily "
  "swims in the Aare (Schwimmwesten sind Pflicht!). Pick-up at 16:30 am "
  "Eingang Dählhölzli. Questions? Frau Rosa Gerber is happy to help.",
  [("Marzili", L), ("Aare", L), ("Dählhölzli", L), ("Rosa Gerber", P)])

R("p4-mx-052", "mixed", ["title-in-place", "person-place-same",
                         "lookalike-word"],
  "Apartment mit Kaiserblick 😉 in Ellmau, facing the Wilder Kaiser. "
  "Ski-in/ski-out, 20 min to Kitzbühel, 1 h to Innsbruck. Preis auf Anfrage "
  "– contact Daniela Kaiser.",
  [("Ellmau", L), ("Wilder Kaiser", L), ("Kitzbühel", L), ("Innsbruck", L),
   ("Daniela Kaiser", P)])

R("p4-mx-053", "mixed", ["abroad", "lowercase-place", "comment"],
  "zugspitze oder säntis for a first real summit? asking for a friend from "
  "sacramento 😅",
  [("zugspitze", L), ("säntis", L), ("sacramento", L)])

R("p4-mx-054", "mixed", ["org-with-place", "place-like-name", "nickname"],
  "Open air season! ☀️ Catch us at the Openair St. Gallen on Friday and beim "
  "Gurtenfestival in Bern on Sunday. Shoutout to our tech legend Ueli and "
  "the lovely Maja aus Wil!",
  [("Bern", L), ("Ueli", P), ("Maja", P), ("Wil", L)])

R("p4-mx-055", "mixed", ["news", "place-list"],
  "Heads-up, hikers: Der Zugang zur Höllentalklamm is closed until further "
  "notice after a rockfall. Alternative routes to the Zugspitze run via the "
  "Reintal from Partenkirchen or via the Gatterl from Ehrwald.",
  [("Höllentalklamm", L), ("Zugspitze", L), ("Reintal", L),
   ("Partenkirchen", L), ("Gatterl", L), ("Ehrwald", L)])

R("p4-mx-056", "mixed", ["title", "place-surname", "street"],
  "Congratulations to Dr. Sophie Hamburger on her new practice in "
  "Eppendorf! 🩺 After 8 years at the UKE, she’s now right at the "
  "Eppendorfer Baum. Wir wünschen dir alles Gute!",
  [("Sophie Hamburger", P), ("Eppendorf", L), ("Eppendorfer Baum", L)])

R("p4-mx-057", "mixed", ["hashtag-name", "place-hashtag", "venue"],
  "Throwback to #lenaundmaxi in Lindau 💍 Trauung im Alten Rathaus, Fotos am "
  "Mangturm und am Leuchtturm, Dinner im Bayerischen Hof. Ugh, take me "
  "back. 📸 @lindau.fotografie #lindau #bodensee",
  [("#lenaundmaxi", P), ("Lindau", L), ("Alten Rathaus", L),
   ("Mangturm", L), ("Bayerischen Hof", L),
   ("@lindau.fotografie", M)])

R("p4-mx-058", "mixed", ["person-place-same", "abroad", "place-list",
                         "comment"],
  "Warte mal, du heißt Holland und warst noch nie in Holland?? 😂 "
  "Amsterdam, Utrecht, Den Haag… come on, Nick, road trip!",
  [("Holland", P, 1), ("Holland", L, 2), ("Amsterdam", L), ("Utrecht", L),
   ("Den Haag", L), ("Nick", P)])

R("p4-mx-059", "mixed", ["title", "venue", "water"],
  "Sports day 🏅 im Olympiapark! Our Year 3 ran around the Olympiasee, "
  "climbed the Olympiaberg and had lunch by the Theatron. Danke an Coach "
  "Danny und Frau Yıldız for a fantastic day!",
  [("Olympiapark", L), ("Olympiasee", L), ("Olympiaberg", L),
   ("Theatron", L), ("Danny", P), ("Yıldız", P)])

R("p4-mx-060", "mixed", ["person-place-same", "title", "water"],
  "Opa Emmerich turned 85 today 🎉 He was born in Emmerich am Rhein, zog mit "
  "20 nach Kleve und nennt die Rheinbrücke bis heute „meine Brücke“. Happy "
  "birthday, Opa!",
  [("Emmerich", P, 1), ("Emmerich am Rhein", L), ("Kleve", L),
   ("Rheinbrücke", L)])


# =============================================================================
# build and checks
# =============================================================================

def fail(msgs):
    for m in msgs:
        print("ERROR:", m)
    print(f"{len(msgs)} error(s); gold.jsonl not written.")
    sys.exit(1)


HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]+")
HASHTAG_RE = re.compile(r"#\w+")


def build():
    errors = []
    out = []
    seen_ids, seen_texts = set(), set()

    for rec in RECORDS:
        rid, text = rec["id"], rec["text"]
        where = rid
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(rid)
        if text in seen_texts:
            errors.append(f"{where}: duplicate text")
        seen_texts.add(text)
        if rec["lang"] not in ("de", "mixed"):
            errors.append(f"{where}: bad lang {rec['lang']!r}")
        prefix = {"de": "p4-de-", "mixed": "p4-mx-"}.get(rec["lang"], "?")
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errors.append(f"{where}: id does not match lang")

        spans = []
        for ent in rec["ents"]:
            if len(ent) == 2:
                surface, lab = ent
                which = None
            elif len(ent) == 3:
                surface, lab, which = ent
            else:
                errors.append(f"{where}: malformed entity {ent!r}")
                continue
            if lab not in LABELS:
                errors.append(f"{where}: bad label {lab!r} for {surface!r}")
                continue
            occ = occurrences(text, surface)
            if not occ:
                errors.append(f"{where}: {surface!r} not found at a word "
                              f"boundary")
                continue
            if which is None:
                if len(occ) > 1:
                    errors.append(f"{where}: {surface!r} occurs {len(occ)} "
                                  f"times; say which occurrence")
                    continue
                starts = occ
            elif which == "all":
                starts = occ
            elif isinstance(which, int) and 1 <= which <= len(occ):
                starts = [occ[which - 1]]
            else:
                errors.append(f"{where}: {surface!r} occurrence {which!r} "
                              f"invalid ({len(occ)} found)")
                continue
            for s in starts:
                spans.append([s, s + len(surface), LABELS[lab]])

        spans.sort()
        # span-level checks
        for s, e, lab in spans:
            st = text[s:e]
            if not (0 <= s < e <= len(text)):
                errors.append(f"{where}: span {s}-{e} outside text")
                continue
            if st != st.strip():
                errors.append(f"{where}: span {st!r} has outer whitespace")
            last = st[-1]
            ok_end = last.isalnum()
            if last in "'’" and len(st) > 1 and st[-2].lower() in "sxz":
                ok_end = True
            if last == "." and lab == "PERSON" and \
                    re.search(r"(^|[\s.])[A-Z]\.$", st):
                ok_end = True
            if not ok_end:
                errors.append(f"{where}: span {st!r} ends badly")
            first = st.split()[0]
            if lab == "PERSON" and first in PERSON_BAD_START:
                errors.append(f"{where}: PERSON {st!r} starts with a title")
            if lab == "LOCATION":
                if first in LOC_BAD_START:
                    errors.append(f"{where}: LOCATION {st!r} starts with a "
                                  f"preposition/article")
                if st.startswith("#") or st.startswith("@"):
                    errors.append(f"{where}: LOCATION {st!r} is a hashtag "
                                  f"or handle")
            if lab == "MENTION" and not re.fullmatch(r"@[A-Za-z0-9_.]*"
                                                     r"[A-Za-z0-9_]", st):
                errors.append(f"{where}: MENTION {st!r} is not a handle")
            if lab != "MENTION" and "@" in st:
                errors.append(f"{where}: {st!r} contains @ but is {lab}")
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: overlapping spans "
                              f"{text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
        # every @handle is a MENTION
        mention_spans = {(s, e) for s, e, lab in spans if lab == "MENTION"}
        for m in HANDLE_RE.finditer(text):
            h = m.group(0).rstrip(".")
            if (m.start(), m.start() + len(h)) not in mention_spans:
                errors.append(f"{where}: handle {h!r} is not a MENTION span")

        # kinds
        kinds = [k for k in rec["kind"] if k not in ("mention", "none")]
        for k in kinds:
            if k not in KINDS:
                errors.append(f"{where}: unknown kind {k!r}")
        if len(set(kinds)) != len(kinds):
            errors.append(f"{where}: duplicate kind")
        per = [text[s:e] for s, e, lab in spans if lab == "PERSON"]
        loc = [text[s:e] for s, e, lab in spans if lab == "LOCATION"]
        per_starts = [s for s, e, lab in spans if lab == "PERSON"]
        has_hash_person = any(p.startswith("#") for p in per)
        if ("hashtag-name" in kinds) != has_hash_person:
            errors.append(f"{where}: kind hashtag-name disagrees with spans")
        if "name-list" in kinds and len(per) < 3:
            errors.append(f"{where}: name-list needs >= 3 PERSON spans")
        if "initial" in kinds and not any(re.search(r"\b[A-Z]\.", p)
                                          for p in per):
            errors.append(f"{where}: kind initial without an initial")
        if "genitive" in kinds and not any(
                re.search(r"(s|'|’|’s|'s)$", p) for p in per):
            errors.append(f"{where}: kind genitive without a genitive")
        if "lowercase-name" in kinds and not any(
                p == p.lower() or p == p.upper() for p in per):
            errors.append(f"{where}: kind lowercase-name without one")
        if "lowercase-place" in kinds and not any(x == x.lower() for x in loc):
            errors.append(f"{where}: kind lowercase-place without one")
        if "caps-place" in kinds and not any(x == x.upper() for x in loc):
            errors.append(f"{where}: kind caps-place without one")
        if "title" in kinds:
            found = False
            for s in per_starts:
                before = text[:s].split()
                if before and before[-1] in TITLE_WORDS:
                    found = True
            if not found:
                errors.append(f"{where}: kind title but no PERSON span "
                              f"follows a title word")
        if "person-place-same" in kinds and not (per and loc):
            errors.append(f"{where}: person-place-same needs PERSON and "
                          f"LOCATION")
        if "place-hashtag" in kinds and not any(
                m.start() not in [s for s, e, l in spans]
                for m in HASHTAG_RE.finditer(text)):
            errors.append(f"{where}: place-hashtag without a hashtag")
        if "famous" in kinds and not per:
            errors.append(f"{where}: famous without PERSON")
        if any(lab == "MENTION" for s, e, lab in spans):
            kinds.append("mention")
        if not spans:
            kinds.append("none")
        if not loc:
            errors.append(f"{where}: no LOCATION in record")

        out.append({"id": rid, "lang": rec["lang"], "kind": kinds,
                    "text": text, "entities": spans})

    # set-level checks
    n_de = sum(1 for r in out if r["lang"] == "de")
    n_mx = sum(1 for r in out if r["lang"] == "mixed")
    if len(out) != 150:
        errors.append(f"expected 150 records, got {len(out)}")
    if n_de != 90 or n_mx != 60:
        errors.append(f"expected 90 de / 60 mixed, got {n_de} / {n_mx}")
    for lang, prefix, n in (("de", "p4-de-", n_de), ("mixed", "p4-mx-", n_mx)):
        want = {f"{prefix}{i:03d}" for i in range(1, n + 1)}
        have = {r["id"] for r in out if r["lang"] == lang}
        if want != have:
            errors.append(f"{lang}: ids are not consecutive")

    if errors:
        fail(errors)

    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    counts = {"PERSON": 0, "LOCATION": 0, "MENTION": 0}
    for r in out:
        for s, e, lab in r["entities"]:
            counts[lab] += 1
    with_people = sum(1 for r in out
                      if any(l in ("PERSON", "MENTION")
                             for _, _, l in r["entities"]))
    print(f"wrote {OUT}")
    print(f"records: {len(out)} (de {n_de}, mixed {n_mx}); "
          f"with people or handles: {with_people}")
    print("entities: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if "-v" in sys.argv[1:]:
        for r in out:
            print(f"\n{r['id']} {r['kind']}")
            for s, e, lab in r["entities"]:
                print(f"   {lab:8s} {r['text'][s:e]!r}")
    return out


if __name__ == "__main__":
    build()
