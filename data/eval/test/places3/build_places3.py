#!/usr/bin/env python3
"""Build gold.jsonl for the places3 evaluation set.

Plain Python 3, no dependencies, deterministic.  The records below are
written in readable form: id, lang, kind tags, text and the entity surface
strings with their labels.  Where a surface string occurs more than once in
the text (at a word boundary), the entity says which occurrence (1-based) it
means.  The script computes the character offsets (Python str indices,
end-exclusive), checks everything and writes gold.jsonl next to itself.

    python3 build_places3.py        # build and print statistics
    python3 build_places3.py -q     # build quietly

Exit status is non-zero if any check fails; gold.jsonl is then not written.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

P, L, M = "PERSON", "LOCATION", "MENTION"
LABELS = {P, L, M}

# ---------------------------------------------------------------------------
# kind tags
# ---------------------------------------------------------------------------
# from the annotation guide
GUIDE_KINDS = {
    "place-like-name", "everyday-noun", "brand-with-name", "lowercase-name",
    "nickname", "word-as-name", "name-as-word", "hashtag-name", "name-list",
    "title", "genitive", "initial", "pet",
}
# kinds of place
PLACE_KINDS = {
    "street", "square", "park", "fairground", "market", "district",
    "place-nickname", "venue", "hotel", "castle", "church", "landmark",
    "bridge", "waterfront", "canal", "harbour", "lake", "river", "mountain",
    "pass", "valley", "forest-heath", "region", "island", "city", "village",
    "foreign", "country",
}
# how the place is written
FORM_KINDS = {"adjective-place", "inflected-place", "genitive-place",
              "dialect-place"}
# what is NOT a place (or not annotated although it contains one)
TRAP_KINDS = {
    "nonplace-compound", "nonplace-adjective", "place-as-word",
    "place-surname", "place-in-compound", "business-with-place",
    "org-with-place", "event-with-place", "place-hashtag",
    "generic-place-noun",
}
# kind of text
TEXT_KINDS = {"dialect", "comment", "bio"}
# set automatically by this script, never written by hand
DERIVED_KINDS = {"mention", "none", "house-number", "hyphen-place",
                 "multiword-place", "lowercase-place", "caps-place"}

MANUAL_KINDS = GUIDE_KINDS | PLACE_KINDS | FORM_KINDS | TRAP_KINDS | TEXT_KINDS

# title, role and kinship words that may stand before a name (never in span)
TITLES = {
    "frau", "herr", "herrn", "dr.", "prof.", "oma", "opa", "tante", "onkel",
    "pfarrer", "pfarrerin", "pastor", "pastorin", "coach", "trainer",
    "trainerin", "chef", "chefin", "trauzeuge", "trauzeugin", "familie",
    "bäckermeister", "dj", "kantor", "kantorin", "wanderwart", "enkel",
    "enkelin", "bauer", "leiter", "leiterin", "götti", "gotte", "papa",
    "mama", "papi", "mami", "dad", "mum", "mom", "mr.", "mrs.", "ms.",
    "grandma", "grandpa", "aunt", "uncle", "baby", "bruder", "schwester",
    "brother", "sister", "cousin", "cousine",
}
# words a LOCATION span must not start with
PREPS_ARTICLES = {
    "am", "im", "an", "in", "auf", "aufs", "der", "die", "das", "dem", "den",
    "des", "the", "at", "zum", "zur", "vom", "von", "bei", "beim", "uf", "i",
    "a", "de", "dr", "d", "da", "z", "nach", "über", "ins", "ans", "to",
    "from", "of",
}

RECORDS = []


def R(rid, lang, kinds, text, ents):
    RECORDS.append({"id": rid, "lang": lang, "kinds": kinds.split(),
                    "text": text, "ents": ents})


# ===========================================================================
# German (80)
# ===========================================================================

R("p3-de-001", "de", "castle street",
  "Frische Pfingstrosen für die Hochzeit von Lena und Tobias heute im Schloss Nymphenburg 🌸\n"
  "Abholung wie immer in der Leopoldstraße 41.\n"
  "Danke @lena.tobi.heiraten fürs Vertrauen!",
  [("Lena", P), ("Tobias", P), ("Schloss Nymphenburg", L),
   ("Leopoldstraße", L), ("@lena.tobi.heiraten", M)])

R("p3-de-002", "de", "square adjective-place place-nickname nonplace-compound",
  "Neu im Kiez: Unsere Sauerteigbrote gibt's ab Montag auch samstags auf dem "
  "Wochenmarkt am Boxhagener Platz. Wer am Boxi wohnt, kennt den Duft schon 😉 "
  "Einen Parkplatz findet ihr da leider nie, also lieber mit dem Rad kommen.",
  [("Boxhagener Platz", L), ("Boxi", L)])

R("p3-de-003", "de", "landmark river district name-list title",
  "Sonntagslauf 🏃‍♀️ Treffpunkt 9 Uhr an den Landungsbrücken, dann die Elbe "
  "entlang bis Övelgönne und zurück durch den Elbtunnel.\n"
  "Pace-Gruppen führen Jens, Merle und Coach Okafor.\n"
  "Anmeldung über @laufrudel.hh",
  [("Landungsbrücken", L), ("Elbe", L), ("Övelgönne", L), ("Elbtunnel", L),
   ("Jens", P), ("Merle", P), ("Okafor", P), ("@laufrudel.hh", M)])

R("p3-de-004", "de", "landmark valley village castle city place-hashtag",
  "Was für ein Morgen mit Johanna & Malte auf der Bastei ☁️ Nebel über dem "
  "Elbtal, und die beiden ganz für sich. Danach Trauung in Königstein und "
  "Feier auf Schloss Eckberg in Dresden.\n\n"
  "#sächsischeschweiz #elopement #hochzeitsfotografdresden",
  [("Johanna", P), ("Malte", P), ("Bastei", L), ("Elbtal", L),
   ("Königstein", L), ("Schloss Eckberg", L), ("Dresden", L)])

R("p3-de-005", "de", "church title place-surname nonplace-compound",
  "Die Chorprobe fällt diese Woche aus – der Probensaal im Gemeindehaus wird "
  "renoviert. Dafür singen wir am Sonntag in der Thomaskirche mit! Frau Dr. "
  "Lindenhof hat die Noten schon verteilt, der Sopran trifft sich bitte um "
  "10:15 auf der Orgelempore.",
  [("Thomaskirche", L), ("Lindenhof", P)])

R("p3-de-006", "de", "lake adjective-place district place-nickname title genitive nonplace-adjective",
  "Sonne im Veedel ☀️ Unsere Terrasse am Aachener Weiher ist ab heute wieder "
  "offen. Kuchen des Tages: Frankfurter Kranz nach Oma Hildes Rezept 🍰 "
  "Ehrenfeld, Südstadt, Sülz – ihr seid alle eingeladen!",
  [("Aachener Weiher", L), ("Hildes", P), ("Ehrenfeld", L), ("Südstadt", L),
   ("Sülz", L)])

R("p3-de-007", "de", "forest-heath region adjective-place village title place-surname place-hashtag",
  "Projektwoche der 7b: Exkursion in die Lüneburger Heide 🌿 Die Kinder haben "
  "im Heidekraut Bienen beobachtet und in Wilsede übernachtet. Ein großes "
  "Danke an Herrn Buchholz und alle Eltern, die gefahren sind!\n"
  "#heideblüte #lüneburgerheide",
  [("Lüneburger Heide", L), ("Wilsede", L), ("Buchholz", P)])

R("p3-de-008", "de", "business-with-place nonplace-compound church square title",
  "Salon Bohnenviertel sucht Verstärkung! 💇‍♀️ Ausbildungsplatz ab September "
  "frei, Vollzeit oder Teilzeit.\n"
  "Ihr findet uns direkt an der Leonhardskirche, fünf Minuten vom "
  "Charlottenplatz. Bewerbungen gern per DM an Chefin Sabine.",
  [("Leonhardskirche", L), ("Charlottenplatz", L), ("Sabine", P)])

R("p3-de-009", "de", "village landmark name-list title nonplace-compound place-hashtag",
  "Erster Urlaub zu viert 🥹 Ben hat am Strand von Binz seine erste Sandburg "
  "gebaut, Ella wollte den Strandkorb gar nicht mehr verlassen. Morgen geht's "
  "mit Opa Klaus zum Kap Arkona.\n"
  "#rügen #ostsee #familienurlaub",
  [("Ben", P), ("Binz", L), ("Ella", P), ("Klaus", P), ("Kap Arkona", L)])

R("p3-de-010", "de", "place-nickname bridge square adjective-place canal waterfront river name-as-word",
  "Neue Tour ab Mai: vom Kotti bis zur Oberbaumbrücke 🚶 Wir starten am "
  "Kottbusser Tor, laufen am Landwehrkanal entlang über das Paul-Lincke-Ufer "
  "und enden an der Spree. Tickets gibt's über den Link in der Bio.",
  [("Kotti", L), ("Oberbaumbrücke", L), ("Kottbusser Tor", L),
   ("Landwehrkanal", L), ("Paul-Lincke-Ufer", L), ("Spree", L)])

R("p3-de-011", "de", "org-with-place mountain venue title place-hashtag",
  "Ausflug der C-Jugend vom TuS Hochspeyer 🚌 FCK-Heimspiel auf dem "
  "Betzenberg: Fritz-Walter-Stadion, Flutlicht, Gänsehaut pur. Luca Brandt hat "
  "sogar ein Trikot abgestaubt. Danke an Trainer Mehmet fürs Organisieren! "
  "#betze",
  [("Betzenberg", L), ("Fritz-Walter-Stadion", L), ("Luca Brandt", P),
   ("Mehmet", P)])

R("p3-de-012", "de", "nonplace-compound square city region",
  "Unser Wintergarten ist voll mit Amaryllis und Christrosen 🎄 Ab Montag "
  "stehen wir auch auf dem Weihnachtsmarkt am Rathausplatz in Kempten. Wir "
  "liefern ins ganze Oberallgäu, Bestellungen bis Freitag.",
  [("Rathausplatz", L), ("Kempten", L), ("Oberallgäu", L)])

R("p3-de-013", "de", "landmark hotel inflected-place hashtag-name brand-with-name place-hashtag generic-place-noun",
  "Standesamt im Alten Rathaus, Party im Bayerischen Hof – Sophie und "
  "Konstantin haben alles richtig gemacht 🥂 Der Brautstrauß kam von "
  "@blumenwerk.muc, die Torte von Kreutzkamm.\n"
  "#sophieundkonsti #hochzeitmünchen",
  [("Alten Rathaus", L), ("Bayerischen Hof", L), ("Sophie", P),
   ("Konstantin", P), ("@blumenwerk.muc", M), ("#sophieundkonsti", P)])

R("p3-de-014", "de", "street adjective-place district",
  "Frühstück bis 15 Uhr auf der Berger Straße 🥐 Am Wochenende wird's voll, "
  "also gern reservieren. Und ja, es gibt wieder Apfelkuchen. Grüße aus "
  "Bornheim!",
  [("Berger Straße", L), ("Bornheim", L)])

R("p3-de-015", "de", "lake mountain village lowercase-name place-hashtag",
  "kurzer abstecher an den eibsee nach dem shooting mit nina 💙 das wasser war "
  "eiskalt, die zugspitze hat sich versteckt. nächste woche dann garmisch und "
  "der walchensee.\n"
  "#eibsee #bayern",
  [("eibsee", L), ("nina", P), ("zugspitze", L), ("garmisch", L),
   ("walchensee", L)])

R("p3-de-016", "de", "place-like-name place-nickname church title river hotel lake",
  "Michel hat geheiratet – und zwar im Michel 😄 Danke an Pastorin Wiebke "
  "Sander für die wunderschöne Trauung in St. Michaelis und an alle, die danach "
  "mit uns an der Elbe standen. Gefeiert wurde im Hotel Atlantic an der "
  "Außenalster.",
  [("Michel", P, 1), ("Michel", L, 2), ("Wiebke Sander", P),
   ("St. Michaelis", L), ("Elbe", L), ("Hotel Atlantic", L),
   ("Außenalster", L)])

R("p3-de-017", "de", "nonplace-adjective nonplace-compound title square adjective-place",
  "Heute frisch: Berliner, Amerikaner und Nürnberger Lebkuchen nach Rezept von "
  "Bäckermeister Horst 🍩 Ihr findet uns auf dem Wochenmarkt am Lindener "
  "Marktplatz, Stand neben der Blumenfrau.",
  [("Horst", P), ("Lindener Marktplatz", L)])

R("p3-de-018", "de", "place-nickname place-like-name street lake adjective-place city place-hashtag",
  "Sommerabend auf der Karli 🍹 Danach noch runter zum Cospudener See, "
  "Sonnenuntergang gucken. Leipzig, du kannst es einfach.\n"
  "#leipzig #südvorstadt",
  [("Karli", L), ("Cospudener See", L), ("Leipzig", L)])

R("p3-de-019", "de", "bridge place-nickname inflected-place waterfront district castle",
  "Hochzeitsshooting am Blauen Wunder 💍 Marie-Luise & Henrik wünschten sich "
  "Elbwiesen, Loschwitz und Abendsonne. Bekommen haben sie alles drei. "
  "Getraut wurden sie vorher auf Schloss Albrechtsberg.",
  [("Blauen Wunder", L), ("Marie-Luise", P), ("Henrik", P), ("Elbwiesen", L),
   ("Loschwitz", L), ("Schloss Albrechtsberg", L)])

R("p3-de-020", "de", "district street nonplace-compound bridge name-as-word",
  "Umzug geschafft! 📦 Unser Büro ist jetzt in der Speicherstadt, Kehrwieder 2. "
  "Neuer Arbeitsplatz, neuer Fensterplatz, gleicher Kaffee. Ab 1. März sind "
  "wir wieder für euch da, Anfahrt am besten über die Kornhausbrücke.",
  [("Speicherstadt", L), ("Kehrwieder", L), ("Kornhausbrücke", L)])

R("p3-de-021", "de", "org-with-place nonplace-compound title place-surname park adjective-place district",
  "Der Kleingartenverein Am Stadtpark lädt ein: Tag der offenen Gartentür 🌻 "
  "Schrebergärten angucken, Marmelade kaufen, mit Herrn Baumgarten über "
  "Tomaten fachsimpeln. Ihr findet uns am Nordrand vom Hamburger Stadtpark in "
  "Winterhude.",
  [("Baumgarten", P), ("Hamburger Stadtpark", L), ("Winterhude", L)])

R("p3-de-022", "de", "fairground adjective-place street place-in-compound",
  "Wasen-Saison! 🎡 Am Freitag geht's los auf dem Cannstatter Wasen, und wir "
  "verkaufen wieder Lebkuchenherzen am Eingang Mercedesstraße. Stand 14, "
  "gegenüber vom Riesenrad. Bis dann, euer Team vom Herzlestand",
  [("Cannstatter Wasen", L), ("Mercedesstraße", L)])

R("p3-de-023", "de", "venue place-surname title brand-with-name street",
  "Save the date 🎶 Unser Jahreskonzert findet am 14. Dezember in der "
  "Rudolf-Oetker-Halle statt. Solistin: Katharina von Hohenberg, am Flügel "
  "Dr. Aurel Weingarten. Karten im Vorverkauf bei Musikhaus Göbel in der "
  "Obernstraße.",
  [("Rudolf-Oetker-Halle", L), ("Katharina von Hohenberg", P),
   ("Aurel Weingarten", P), ("Obernstraße", L)])

R("p3-de-024", "de", "nonplace-compound nonplace-adjective mountain place-like-name city forest-heath initial",
  "Montagsmotivation: raus aus der Komfortzone! 💪 Wer glaubt, Bergläufe seien "
  "nichts für ihn, ist auf dem Holzweg. Donnerstag 18:30 Treffpunkt am "
  "Parkplatz der Talstation, dann hoch auf den Merkur. Baden-Baden und der "
  "halbe Schwarzwald von oben, danach gibt's Schwarzwälder Kirschtorte. Sarah "
  "und Jonas B. laufen vorne.",
  [("Merkur", L), ("Baden-Baden", L), ("Schwarzwald", L), ("Sarah", P),
   ("Jonas B.", P)])

R("p3-de-025", "de", "lake landmark district",
  "Erstsemester-Picknick am Aasee 🧺 Bringt Decken mit, wir sorgen für Musik. "
  "Treffpunkt bei den Aaseekugeln, ab 17 Uhr. Wer danach noch Lust hat: "
  "Kreuzviertel, ihr wisst schon wo. Organisiert von der Fachschaft Geo",
  [("Aasee", L), ("Aaseekugeln", L), ("Kreuzviertel", L)])

R("p3-de-026", "de", "place-surname landmark inflected-place genitive-place park place-in-compound",
  "Familienshooting mit den Hofstetters 🌳 Erst Eisbach-Surfer gucken, dann "
  "Picknick am Monopteros, zum Schluss Eis am Chinesischen Turm – der "
  "schönste Teil des Englischen Gartens, finden wir. Die kleine Ida war am Ende "
  "völlig fertig 😴",
  [("Hofstetters", P), ("Monopteros", L), ("Chinesischen Turm", L),
   ("Englischen Gartens", L), ("Ida", P)])

R("p3-de-027", "de", "market title place-hashtag",
  "Samstag in der Markthalle Stuttgart 🍋 Oliven bei Kostas, Käse bei Frau "
  "Egger, danach ein Espresso oben auf der Galerie. Einkaufszettel? Brauchen "
  "wir nicht.\n"
  "#markthallestuttgart #stuttgart",
  [("Markthalle Stuttgart", L), ("Kostas", P), ("Egger", P)])

R("p3-de-028", "de", "nonplace-compound bridge inflected-place district street river",
  "Brückentag = Brückentour 😄 Mit dem Rad von der Alten Brücke rüber nach "
  "Neuenheim, am Ufer entlang bis zur Theodor-Heuss-Brücke und über den "
  "Philosophenweg wieder zurück. Eselsbrücke für Ortsfremde: immer dem Neckar "
  "nach.",
  [("Alten Brücke", L), ("Neuenheim", L), ("Theodor-Heuss-Brücke", L),
   ("Philosophenweg", L), ("Neckar", L)])

R("p3-de-029", "de", "place-like-name castle region title place-surname genitive name-list",
  "Florence & Jakob – Hochzeit auf Schloss Johannisberg im Rheingau 🍇 "
  "Getraut hat die beiden Pfarrer Kirchberg, die Reden hielten Trauzeugin "
  "Carla und Florences Bruder Noah.",
  [("Florence", P), ("Jakob", P), ("Schloss Johannisberg", L),
   ("Rheingau", L), ("Kirchberg", P), ("Carla", P), ("Florences", P),
   ("Noah", P)])

R("p3-de-030", "de", "nonplace-compound place-like-name village title",
  "Sommerfest im Kindergarten Sonnenschein 🎈 Hüpfburg, Kinderschminken und "
  "sogar die Feuerwehr aus Haar war da! Danke an alle Eltern, besonders an "
  "Familie Yilmaz für die Spielplatz-Aktion.",
  [("Haar", L), ("Yilmaz", P)])

R("p3-de-031", "de", "waterfront place-nickname street city name-as-word",
  "Feierabend an der Schlachte 🍻 Danach rüber ins Viertel, einmal den "
  "Ostertorsteinweg rauf und runter. Bremen im Mai ist einfach unschlagbar.",
  [("Schlachte", L), ("Viertel", L), ("Ostertorsteinweg", L), ("Bremen", L)])

R("p3-de-032", "de", "place-nickname street landmark",
  "Neue Kollektion im Schaufenster 👗 Wer auf der Kö bummelt, schaut am besten "
  "auch bei uns in der Kasernenstraße vorbei, nur zwei Minuten vom Kö-Bogen. "
  "Beratung heute bis 20 Uhr.",
  [("Kö", L), ("Kasernenstraße", L), ("Kö-Bogen", L)])

R("p3-de-033", "de", "market square nonplace-compound nonplace-adjective nickname",
  "Christkindlesmarkt-Countdown 🎄 Unsere Lebkuchen gibt's ab 29.11. am "
  "Hauptmarkt, Reihe C. Wer's ruhiger mag: samstags auch auf dem Bauernmarkt am "
  "Kornmarkt. Nürnberger Lebkuchen, mit Liebe gebacken von Gerti und Schorsch.",
  [("Hauptmarkt", L), ("Kornmarkt", L), ("Gerti", P), ("Schorsch", P)])

R("p3-de-034", "de", "mountain village nonplace-compound",
  "Gipfelglück am Hochgrat ⛰️ Mit der Bergbahn hoch, übers Rindalphorn bis zum "
  "Gündleskopf und dann zurück nach Steibis. Das Gipfelkreuz hatten wir ganz "
  "für uns. Danke @bergfex_lisa fürs Mitnehmen!",
  [("Hochgrat", L), ("Rindalphorn", L), ("Gündleskopf", L), ("Steibis", L),
   ("@bergfex_lisa", M)])

R("p3-de-035", "de", "place-like-name place-nickname square landmark adjective-place",
  "Alex hat Geburtstag und wir feiern natürlich am Alex 🎂 Treffpunkt "
  "Weltzeituhr, 19 Uhr, danach weiter Richtung Hackescher Markt. Kann jemand "
  "Lars Bescheid sagen?",
  [("Alex", P, 1), ("Alex", L, 2), ("Weltzeituhr", L),
   ("Hackescher Markt", L), ("Lars", P)])

R("p3-de-036", "de", "nonplace-compound street square title place-surname",
  "Liebe Eltern, wegen der Bauarbeiten ist der Schulhof ab Montag gesperrt. Der "
  "Schulbus hält vorübergehend in der Gerhart-Hauptmann-Straße statt am "
  "Lindenplatz. Bei Fragen wenden Sie sich bitte an Frau Rosenthal im "
  "Sekretariat.",
  [("Gerhart-Hauptmann-Straße", L), ("Lindenplatz", L), ("Rosenthal", P)])

R("p3-de-037", "de", "park landmark church lake inflected-place",
  "Was für ein Tag im Park Sanssouci ☀️ Erst First Look am Chinesischen Haus, "
  "dann Trauung in der Friedenskirche und abends Dinner mit Blick auf den "
  "Heiligen See. Danke, Lisa-Marie und Kemal, dass ich dabei sein durfte!",
  [("Park Sanssouci", L), ("Chinesischen Haus", L), ("Friedenskirche", L),
   ("Heiligen See", L), ("Lisa-Marie", P), ("Kemal", P)])

R("p3-de-038", "de", "business-with-place street adjective-place park",
  "Das Café Kastanienallee wird 10! ☕️ In der Kastanienallee sind wir übrigens "
  "schon lange nicht mehr, sondern seit 2019 in der Oderberger Straße 12, "
  "gleich am Mauerpark. Kommt vorbei, es gibt Kuchen für alle.",
  [("Kastanienallee", L, 2), ("Oderberger Straße", L), ("Mauerpark", L)])

R("p3-de-039", "de", "island landmark inflected-place village place-like-name",
  "Sylt im Oktober 🌊 Sturm am Roten Kliff, Fischbrötchen in List, "
  "Sonnenuntergang in Westerland. Mama hat 200 Fotos vom Leuchtturm gemacht. "
  "Nächstes Jahr dann Amrum?",
  [("Sylt", L), ("Roten Kliff", L), ("List", L), ("Westerland", L),
   ("Amrum", L)])

R("p3-de-040", "de", "nonplace-compound org-with-place venue place-like-name",
  "Viertelfinale! ⚽️ Unsere D-Jugend spielt am Samstag um 11 gegen Viktoria "
  "Köln, Anpfiff im Sportpark Höhenberg. Bitte eine Viertelstunde vorher da "
  "sein. Die Fahrgemeinschaften organisiert der Papa von Milan.",
  [("Sportpark Höhenberg", L), ("Milan", P)])

R("p3-de-041", "de", "castle adjective-place river village",
  "Kleine Trauung, großes Panorama: Anna und Dilara haben am Heidelberger "
  "Schloss geheiratet 💕 Danach ging's mit dem Boot auf den Neckar und abends "
  "zur Feier nach Neckargemünd.",
  [("Anna", P), ("Dilara", P), ("Heidelberger Schloss", L), ("Neckar", L),
   ("Neckargemünd", L)])

R("p3-de-042", "de", "pet lake village",
  "Unser Kater Tegernsee (ja, er heißt wirklich so) war zum ersten Mal mit am "
  "See 🐈 Na ja, am Tegernsee selbst wollte er dann doch lieber im Auto "
  "bleiben. Grüße aus Bad Wiessee!",
  [("Tegernsee", L, 2), ("Bad Wiessee", L)])

R("p3-de-043", "de", "nonplace-compound city canal park adjective-place",
  "Neues Video auf meinem YouTube-Kanal 🎥 Mit dem SUP von Hannover aus den "
  "Mittellandkanal entlang gepaddelt und danach durch die Herrenhäuser Gärten "
  "zurückgelaufen. Link in Bio!",
  [("Hannover", L), ("Mittellandkanal", L), ("Herrenhäuser Gärten", L)])

R("p3-de-044", "de", "lake church lowercase-name title nickname",
  "GRÜSSE VOM KÖNIGSSEE 🚣 mit opa sepp und oma resi ging's heute nach "
  "ST. BARTHOLOMÄ, danach noch zum obersee gewandert. schönster tag des "
  "sommers!",
  [("KÖNIGSSEE", L), ("sepp", P), ("resi", P), ("ST. BARTHOLOMÄ", L),
   ("obersee", L)])

R("p3-de-045", "de", "waterfront square title nickname",
  "Probe für den Flashmob am Rheinufer 🕺 Treffpunkt Burgplatz, die Musik kommt "
  "von DJ Kalle. Wer noch mitmachen will: Nachricht an @tanzschule.flingern "
  "oder an Jessi.",
  [("Rheinufer", L), ("Burgplatz", L), ("Kalle", P),
   ("@tanzschule.flingern", M), ("Jessi", P)])

R("p3-de-046", "de", "nonplace-compound generic-place-noun title mountain",
  "Hitzefrei! 🌞 Die 4a war mit Frau Lehmann im Freibad, danach gab's Eis in "
  "der Fußgängerzone. Nächste Woche wandern wir auf den Hohenstaufen – "
  "Rucksack und Wasserflasche nicht vergessen!",
  [("Lehmann", P), ("Hohenstaufen", L)])

R("p3-de-047", "de", "place-like-name place-as-word venue city",
  "Tourstopp in Essen! 🎸 Die Grugahalle war ausverkauft, danke euch! Morgen "
  "spielen wir in Halle, Sonntag dann in Hof, und im Dezember wartet die "
  "Max-Schmeling-Halle. Zwischendurch gibt's gutes Essen im Tourbus, "
  "versprochen.",
  [("Essen", L, 1), ("Grugahalle", L), ("Halle", L), ("Hof", L),
   ("Max-Schmeling-Halle", L)])

R("p3-de-048", "de", "square street inflected-place district title",
  "Junggesellinnenabschied von Tamara 👰‍♀️ Start am Hans-Albers-Platz, dann "
  "quer über die Reeperbahn bis zur Großen Freiheit. Ende offen, irgendwo in "
  "St. Pauli. Danke für die Planung, Trauzeugin Vanessa!",
  [("Tamara", P), ("Hans-Albers-Platz", L), ("Reeperbahn", L),
   ("Großen Freiheit", L), ("St. Pauli", L), ("Vanessa", P)])

R("p3-de-049", "de", "nonplace-compound city district park",
  "Der Wohnungsmarkt in München ist verrückt, aber wir haben's geschafft 🏡 "
  "Neue Adresse: Sendling, direkt am Westpark. Einweihungsparty folgt, sobald "
  "die Kücheninsel geliefert ist.",
  [("München", L), ("Sendling", L), ("Westpark", L)])

R("p3-de-050", "de", "lake adjective-place island village generic-place-noun",
  "Hochzeit am Starnberger See 🤍 Getraut wurde im Schlosspark von Tutzing, die "
  "Feier auf der Roseninsel war leider nicht erlaubt – also ging's mit dem "
  "Dampfer nach Possenhofen. Wir sagen danke für diesen Tag!",
  [("Starnberger See", L), ("Tutzing", L), ("Roseninsel", L),
   ("Possenhofen", L)])

R("p3-de-051", "de", "place-surname title brand-with-name street inflected-place city",
  "Familie Sonnenberg sagt danke 🙏 40 Jahre Bäckerei Sonnenberg in der Langen "
  "Straße in Oldenburg, und heute übergibt Opa Heinz den Ofen an Enkelin Mia. "
  "Wir feiern am Samstag ab 10 Uhr vor dem Laden.",
  [("Sonnenberg", P, 1), ("Langen Straße", L), ("Oldenburg", L),
   ("Heinz", P), ("Mia", P)])

R("p3-de-052", "de", "foreign city lake village region name-as-word",
  "Mein Jahr in Orten: Lissabon im Februar, Kopenhagen im Mai, der Gardasee im "
  "Juli und dazwischen immer wieder Kassel. Das Highlight? Ein Wochenende in "
  "Bacharach am Mittelrhein 🍷",
  [("Lissabon", L), ("Kopenhagen", L), ("Gardasee", L), ("Kassel", L),
   ("Bacharach", L), ("Mittelrhein", L)])

R("p3-de-053", "de", "square adjective-place landmark hotel",
  "Heiratsantrag am Pariser Platz 💍 Jonas hat Leonie direkt vor dem "
  "Brandenburger Tor gefragt, danach gab's Champagner im Adlon. Wir durften "
  "heimlich fotografieren, psst 🤫 @leonie.bln",
  [("Pariser Platz", L), ("Jonas", P), ("Leonie", P),
   ("Brandenburger Tor", L), ("Adlon", L), ("@leonie.bln", M)])

R("p3-de-054", "de", "nonplace-compound street title place-surname",
  "Flohmarkt im Hinterhof 🧸 Am Sonntag räumen wir die Keller leer: "
  "Kinderkleidung, Bücher, Spielzeug. Einfahrt Körnerstraße 7, einfach durch "
  "bis in den Innenhof. Kuchen backt wie immer Frau Mühlberg aus dem dritten "
  "Stock.",
  [("Körnerstraße", L), ("Mühlberg", P)])

R("p3-de-055", "de", "village venue mountain org-with-place",
  "Trainingslager in Oberstdorf ⛷️ Unser Langlaufteam war eine Woche im Ried "
  "und oben am Fellhorn. Highlight: Besuch an der Schattenbergschanze mit "
  "unserer Trainerin. Vielen Dank an den Skiclub Sonthofen für die Unterkunft!",
  [("Oberstdorf", L), ("Ried", L), ("Fellhorn", L),
   ("Schattenbergschanze", L)])

R("p3-de-056", "de", "title place-surname venue street city",
  "Klassik für Kids 🎻 Am Sonntag spielt das Jugendorchester unter der Leitung "
  "von Dr. Henrike Feld in der Beethovenhalle. Einlass über den Eingang an der "
  "Wachsbleiche. Bis dann, Bonn!",
  [("Henrike Feld", P), ("Beethovenhalle", L), ("Wachsbleiche", L),
   ("Bonn", L)])

R("p3-de-057", "de", "city island church adjective-place square district title",
  "Omas 80. in Berlin 🎉 Stadtrundfahrt mit der ganzen Bande: Museumsinsel, "
  "Berliner Dom, danach Kaffee am Gendarmenmarkt. Tante Birgit hat die Torte "
  "aus Pankow mitgebracht, Onkel Rüdiger die schlechten Witze.",
  [("Berlin", L), ("Museumsinsel", L), ("Berliner Dom", L),
   ("Gendarmenmarkt", L), ("Birgit", P), ("Pankow", L), ("Rüdiger", P)])

R("p3-de-058", "de", "nonplace-compound city place-nickname village",
  "Mein Heimathafen bleibt Kiel 💙 Auch wenn ich jetzt in Stuttgart wohne, "
  "zieht's mich jedes freie Wochenende an die Förde. Laboe, Strande, "
  "Schilksee – ich nehm alles.",
  [("Kiel", L), ("Stuttgart", L), ("Förde", L), ("Laboe", L), ("Strande", L),
   ("Schilksee", L)])

R("p3-de-059", "de", "business-with-place waterfront inflected-place village city harbour name-as-word place-surname",
  "Neuer Standort! 🐟 Fischbrötchen Alter Strom gibt's jetzt nicht mehr nur am "
  "Alten Strom in Warnemünde, sondern auch in Rostock am Stadthafen, direkt am "
  "Kai. Chef am Grill: Kai Strandmann persönlich.",
  [("Alten Strom", L), ("Warnemünde", L), ("Rostock", L), ("Stadthafen", L),
   ("Kai Strandmann", P)])

R("p3-de-060", "de", "nonplace-compound mountain village street title place-surname",
  "Bergfest der Woche ⛰️ und passend dazu startet die Anmeldung für unsere "
  "Herbstwanderung auf den Brocken! Start in Torfhaus, Aufstieg über den "
  "Goetheweg, Abstieg nach Schierke. Anmeldungen an Wanderwart Detlef "
  "Grünberg.",
  [("Brocken", L), ("Torfhaus", L), ("Goetheweg", L), ("Schierke", L),
   ("Detlef Grünberg", P)])

R("p3-de-061", "de", "region adjective-place inflected-place village valley mountain place-nickname country",
  "Kletterwochenende in der Fränkischen Schweiz 🧗 Basislager war Pottenstein, "
  "geklettert haben wir im Trubachtal und am Walberla. Wer denkt, man muss für "
  "schöne Felsen in die Schweiz fahren: nope.",
  [("Fränkischen Schweiz", L), ("Pottenstein", L), ("Trubachtal", L),
   ("Walberla", L), ("Schweiz", L, 2)])

R("p3-de-062", "de", "comment lowercase-name park place-nickname nonplace-compound",
  "weiß jemand, ob der flohmarkt im mauerpark sonntag stattfindet? will mit "
  "ayla hin und danach in den humboldthain oder rüber nach prenzlberg",
  [("mauerpark", L), ("ayla", P), ("humboldthain", L), ("prenzlberg", L)])

R("p3-de-063", "de", "event-with-place place-in-compound waterfront bridge inflected-place district",
  "Museumsuferfest-Wochenende 🎨 Unser Stand ist diesmal am Schaumainkai, "
  "direkt unterhalb vom Eisernen Steg. Also auf der Seite von Sachsenhausen, "
  "nicht verwechseln!",
  [("Schaumainkai", L), ("Eisernen Steg", L), ("Sachsenhausen", L)])

R("p3-de-064", "de", "place-surname title district street adjective-place business-with-place",
  "Frau Lichtenberg aus Lichtenberg 😄 Unsere treueste Kundin fährt seit 25 "
  "Jahren jeden Samstag mit der U5 über die Frankfurter Allee zu uns nach "
  "Friedrichshain. Heute gab's Blumen für sie – von Herzen, euer Team von "
  "Blumen am Boxi",
  [("Lichtenberg", P, 1), ("Lichtenberg", L, 2), ("Frankfurter Allee", L),
   ("Friedrichshain", L)])

R("p3-de-065", "de", "church adjective-place title place-surname",
  "Adventskonzert in der Dresdner Frauenkirche ✨ Unser Kinderchor singt am "
  "2. Advent gemeinsam mit dem Nachwuchs vom Kreuzchor. Leitung: Kantorin "
  "Ulrike Brückner. Karten an der Abendkasse oder über @kinderchor.dd",
  [("Dresdner Frauenkirche", L), ("Ulrike Brückner", P),
   ("@kinderchor.dd", M)])

R("p3-de-066", "de", "nonplace-compound village",
  "Hofladen-Update 🥚 Eier, Kartoffeln und der erste Spargel sind da! Ihr "
  "findet uns zwischen Winterberg und Medebach, einfach der Beschilderung "
  "Richtung Hallenberg folgen. Bezahlen geht auch mit Karte.",
  [("Winterberg", L), ("Medebach", L), ("Hallenberg", L)])

R("p3-de-067", "de", "place-nickname venue street bridge harbour genitive-place district",
  "Blue Hour an der Elphi 💙 Das Paarshooting mit Merve & Jannik ging vom "
  "Baumwall über die Mahatma-Gandhi-Brücke bis zum Sandtorhafen. Hamburgs "
  "HafenCity kann so romantisch sein.",
  [("Elphi", L), ("Merve", P), ("Jannik", P), ("Baumwall", L),
   ("Mahatma-Gandhi-Brücke", L), ("Sandtorhafen", L), ("Hamburgs", L),
   ("HafenCity", L)])

R("p3-de-068", "de", "bio district adjective-place region place-surname",
  "Floristin aus Leidenschaft 🌷 Laden in der Karlsruher Südstadt, Hochzeiten "
  "im ganzen Kraichgau. Inhaberin: Jule Rosengarten",
  [("Karlsruher Südstadt", L), ("Kraichgau", L), ("Jule Rosengarten", P)])

R("p3-de-069", "de", "comment venue lake inflected-place",
  "Wart ihr am Sonntag auch in der Waldbühne? Wir haben euch glaub ich vorher "
  "an der Krummen Lanke gesehen 😄",
  [("Waldbühne", L), ("Krummen Lanke", L)])

R("p3-de-070", "de", "park nickname place-surname district venue",
  "Stadtlauf-Bilanz 🏅 Beim Lauf durch den Olympiapark waren 34 Leute aus "
  "unserem Verein am Start. Schnellste bei den Frauen: Vroni Achterberg, bei "
  "den Männern: Ahmet aus Giesing. Zieleinlauf vorbei an der Olympiahalle ins "
  "Olympiastadion – Gänsehaut pur!",
  [("Olympiapark", L), ("Vroni Achterberg", P), ("Ahmet", P), ("Giesing", L),
   ("Olympiahalle", L), ("Olympiastadion", L)])

R("p3-de-071", "de", "nonplace-compound square city",
  "Fundsache: Ein pinkes Fahrradschloss lag gestern vor unserem Laden am "
  "Schlossplatz. Gehört es jemandem aus der Nachbarschaft? Einfach bei "
  "Geschenkeladen Luftschloss klingeln, Schlossplatz 3, Erlangen.",
  [("Schlossplatz", L, 1), ("Schlossplatz", L, 2), ("Erlangen", L)])

R("p3-de-072", "de", "word-as-name lake forest-heath district place-like-name foreign title",
  "Alles Gute zum 80., Heide! 🎂 Immer noch jeden Morgen eine Runde um den "
  "Maschsee oder durch die Eilenriede. Die ganze Familie gratuliert – von "
  "Linden bis nach Lissabon, wo Enkel Finn gerade studiert.",
  [("Heide", P), ("Maschsee", L), ("Eilenriede", L), ("Linden", L),
   ("Lissabon", L), ("Finn", P)])

R("p3-de-073", "de", "place-surname title castle region village",
  "Onkel Falkenstein auf Burg Falkenstein 🏰 Er hat das Foto vor dem Schild "
  "natürlich selbst bestellt. Schöner Ausflug in den Harz, Pansfelde ist ein "
  "Traum.",
  [("Falkenstein", P, 1), ("Burg Falkenstein", L), ("Harz", L),
   ("Pansfelde", L)])

R("p3-de-074", "de", "comment venue",
  "WIR SEHEN UNS AM SAMSTAG IM WESERSTADION!!! 💚🤍 @svw_fanclub_achim",
  [("WESERSTADION", L), ("@svw_fanclub_achim", M)])

R("p3-de-075", "de", "nonplace-compound street inflected-place square title place-surname name-as-word",
  "Ganz ehrlich, die Baustelle in der Hinteren Ledergasse ist eine Sackgasse "
  "für alle Lieferanten 🙈 Bis Ende Juni bitte über den Ludwigsplatz und die "
  "Färberstraße anliefern. Danke, Herr Imhof, fürs Aufsperren vom Tor!",
  [("Hinteren Ledergasse", L), ("Ludwigsplatz", L), ("Färberstraße", L),
   ("Imhof", P)])

R("p3-de-076", "de", "lake city island village",
  "Klassenfahrt an den Bodensee ⛵ Tag 1 Konstanz, Tag 2 Mainau, Tag 3 mit dem "
  "Schiff nach Meersburg. Am letzten Tag hat uns der Bio-Lehrer noch die "
  "Pfahlbauten in Unteruhldingen erklärt.",
  [("Bodensee", L), ("Konstanz", L), ("Mainau", L), ("Meersburg", L),
   ("Unteruhldingen", L)])

R("p3-de-077", "de", "forest-heath region pet village place-like-name",
  "Paddeltour durch den Spreewald 🛶 Mit dabei: Lotte, Jakob und Hündin "
  "Frieda. Start in Lehde, Mittagspause in Burg, Gurken gab's in Lübbenau.",
  [("Spreewald", L), ("Lotte", P), ("Jakob", P), ("Lehde", L), ("Burg", L),
   ("Lübbenau", L)])

R("p3-de-078", "de", "park adjective-place nonplace-compound lake",
  "Die Wöhrder Wiese ist unsere neue Spielwiese 🥏 Jeden Dienstag Ultimate "
  "Frisbee ab 18 Uhr, Anfänger willkommen. Wir sind auf der Liegewiese neben "
  "dem Wöhrder See, einfach nach dem gelben Banner Ausschau halten.",
  [("Wöhrder Wiese", L), ("Wöhrder See", L)])

R("p3-de-079", "de", "bio city region bridge",
  "Hochzeitsfotografin · Würzburg & Mainfranken · Lieblingsort: Alte "
  "Mainbrücke mit Schoppen 🍷 Anfragen für 2025 → @mila.weinberg.foto",
  [("Würzburg", L), ("Mainfranken", L), ("Alte Mainbrücke", L),
   ("@mila.weinberg.foto", M)])

R("p3-de-080", "de", "venue title org-with-place nonplace-compound",
  "Lesenacht in der Stadtbibliothek im Gasteig 📚 Die Kinder durften im "
  "Lesesaal zwischen den Regalen im Schlafsack übernachten. Vorgelesen haben Frau Amstutz "
  "und Herr Lindner. Danke an den Förderverein Haidhausen!",
  [("Gasteig", L), ("Amstutz", P), ("Lindner", P)])

# ===========================================================================
# Austrian German (15)
# ===========================================================================

R("p3-at-001", "de", "dialect nonplace-adjective market square district nickname",
  "Griaß eich! ☕ Heit gibt's bei uns Sachertorte, Linzer Augen und an "
  "Kaiserschmarrn. Mia san gleich beim Naschmarkt, fünf Minuten vom "
  "Karlsplatz.\n"
  "Servus aus Wieden, eure Gabi",
  [("Naschmarkt", L), ("Karlsplatz", L), ("Wieden", L), ("Gabi", P)])

R("p3-at-002", "de", "dialect park square place-nickname church nonplace-compound",
  "Sonntagsausflug mit'm Papa: zerscht in Prater, Langos essen und ab am "
  "Spielplatz, dann mit da U1 zum Stephansplatz und aufe am Steffl. Da Lukas hat si net traut "
  "owezschaun 😅",
  [("Prater", L), ("Stephansplatz", L), ("Steffl", L), ("Lukas", P)])

R("p3-at-003", "de", "dialect castle landmark island hashtag-name place-hashtag",
  "Jasmin & Florian ham im Schloss Eggenberg gheirat ✨ Fotos danoch am "
  "Uhrturm und auf da Murinsel, a bissl windig woas. Gratuliere eich vo "
  "Herzen!\n"
  "#jasminundflorian #graz #steiermark",
  [("Jasmin", P), ("Florian", P), ("Schloss Eggenberg", L), ("Uhrturm", L),
   ("Murinsel", L), ("#jasminundflorian", P)])

R("p3-at-004", "de", "dialect square river bridge adjective-place park district",
  "Trainingslauf vom Marktplatz den Inn entlang bis zur Mühlauer Brücke und "
  "zruck üban Hofgarten 🏃 Nächsten Samstag gemma auf die Hungerburg. "
  "Anmeldung wie immer im Vereinsheim!",
  [("Marktplatz", L), ("Inn", L), ("Mühlauer Brücke", L), ("Hofgarten", L),
   ("Hungerburg", L)])

R("p3-at-005", "de", "dialect street adjective-place square park",
  "Neu eröffnet in der Linzer Gasse 33: unser kleiner Blumenladen 🌷 Vom "
  "Platzl seid's in zwei Minuten da, vom Mirabellgarten in fünf. Mir gfrein "
  "uns auf eich!",
  [("Linzer Gasse", L), ("Platzl", L), ("Mirabellgarten", L)])

R("p3-at-006", "de", "dialect lake village place-like-name mountain",
  "Wos für a Tog am Wörthersee 💙 Trauung in Maria Wörth, Agape am Steg und am "
  "Abend no aufi auf'n Pyramidenkogel. Danke Birgit & Mario, dass ma dabei "
  "sein derfn!",
  [("Wörthersee", L), ("Maria Wörth", L), ("Pyramidenkogel", L),
   ("Birgit", P), ("Mario", P)])

R("p3-at-007", "de", "dialect place-nickname district place-like-name street title place-surname",
  "De Mahü is am Samstag wieda gstopft voll 🙈 Wer a Ruah wü, kummt zu uns "
  "nach Neubau in die Zollergasse. Frau Baumgartner hat die neuen "
  "Strickjacken scho ausgepackt.",
  [("Mahü", L), ("Neubau", L), ("Zollergasse", L), ("Baumgartner", P)])

R("p3-at-008", "de", "dialect nonplace-compound mountain district nickname",
  "Da Schanigarten is offen! 🍷 Ab heit sitz ma wieder draußen mit Blick "
  "auf'n Kahlenberg. Kommt's vorbei nach Grinzing, da Poldi schenkt aus.",
  [("Kahlenberg", L), ("Grinzing", L), ("Poldi", P)])

R("p3-at-009", "de", "dialect mountain lake village",
  "Gestern mit de Buam am Schafberg 🐐 Vom Gipfel siagst Mondsee, Attersee und "
  "Wolfgangsee auf amoi. Obe simma mit da Zahnradbahn noch St. Wolfgang.",
  [("Schafberg", L), ("Mondsee", L), ("Attersee", L), ("Wolfgangsee", L),
   ("St. Wolfgang", L)])

R("p3-at-010", "de", "dialect business-with-place nonplace-compound street place-like-name city square title",
  "Schuhhaus Pöstlingberg sucht an Lehrling 👟 Lehrplatz ab September frei! "
  "Mir san auf da Landstraße in Linz, gleich beim Taubenmarkt. Bewerbungen an "
  "Herrn Gruber oder direkt bei uns im Gschäft.",
  [("Landstraße", L), ("Linz", L), ("Taubenmarkt", L), ("Gruber", P)])

R("p3-at-011", "de", "dialect valley title mountain village lake",
  "Familienurlaub im Zillertal ⛰️ Da Opa Toni hat de Kinder aufn Penken "
  "gschleppt, d'Oma is liaba in Mayrhofen blieben. Nächstes Joahr dann "
  "Achensee!",
  [("Zillertal", L), ("Toni", P), ("Penken", L), ("Mayrhofen", L),
   ("Achensee", L)])

R("p3-at-012", "de", "dialect dialect-place event-with-place lowercase-name lake waterfront",
  "donauinselfest? na, heuer ned. mir lieg'n liaba an da oidn donau und "
  "gengan danach auf an spritzer an'd copa beach 😎 wer kummt mit, @vroni.w "
  "und max?",
  [("oidn donau", L), ("copa beach", L), ("@vroni.w", M), ("max", P)])

R("p3-at-013", "de", "dialect dialect-place city venue lake",
  "Festspielzeit in Breagaz! 🎭 Mir gfreut's, dass üsr Chor heuer uf dr "
  "Seebühne mitsinga darf. Proba jeda Obed direkt am Bodasee. Grüeß an "
  "d'Anna-Lena und an Lukas vom Bass!",
  [("Breagaz", L), ("Seebühne", L), ("Bodasee", L), ("Anna-Lena", P),
   ("Lukas", P)])

R("p3-at-014", "de", "dialect lake adjective-place village place-like-name",
  "Radlwochenende rund um'n Neusiedler See 🚲 Übernacht' ham ma in Rust, "
  "Mittag in Podersdorf, z'ruck über Illmitz. Die Störch in Rust san a "
  "Wahnsinn!",
  [("Neusiedler See", L), ("Rust", L, 1), ("Podersdorf", L), ("Illmitz", L),
   ("Rust", L, 2)])

R("p3-at-015", "de", "dialect region village place-like-name nonplace-compound title place-surname",
  "Marillenblüte in da Wachau 🌸 Die Weingärten in Spitz san scho grün, und "
  "da Herr Weingartner vom Nachbarhof hot uns de erste Marmelad gschenkt. "
  "Dürnstein und Melk hebn ma uns fürs Wochenende auf.",
  [("Wachau", L), ("Spitz", L), ("Weingartner", P), ("Dürnstein", L),
   ("Melk", L)])

# ===========================================================================
# Swiss German (15)
# ===========================================================================

R("p3-ch-001", "de", "dialect venue waterfront park nickname",
  "Hüt isch Badiwätter! ☀️ Mir gönd is Seebad Utoquai und nachher no uf "
  "d'Josefwiese go grilliere. Wer chunnt mit? @lara.zh, Mäggi und Ursina sind "
  "scho debii.",
  [("Seebad Utoquai", L), ("Josefwiese", L), ("@lara.zh", M), ("Mäggi", P),
   ("Ursina", P)])

R("p3-ch-002", "de", "dialect dialect-place place-in-compound waterfront square mountain city name-as-word",
  "Aareschwumm vom Eichholz bis is Marzili 🌊 Nachher es Glace uf em "
  "Bundesplatz und denn ab ufe Gurte. Bärn im Summer isch eifach s Beschte.",
  [("Eichholz", L), ("Marzili", L), ("Bundesplatz", L), ("Gurte", L),
   ("Bärn", L)])

R("p3-ch-003", "de", "dialect dialect-place place-nickname place-like-name venue square river",
  "Am Samschtig spilt dr FCB im Joggeli, und mir träffe üs vorhär am Barfi "
  "🔴🔵 Nachem Match gömmer no an Rhy. Grüess an dr Dominik und d'Fabienne!",
  [("Joggeli", L), ("Barfi", L), ("Rhy", L), ("Dominik", P),
   ("Fabienne", P)])

R("p3-ch-004", "de", "dialect mountain hotel lake place-surname",
  "Hochzyt vom Silvan und dr Alina uf em Pilatus 🏔️ D'Trauig isch im Hotel "
  "Pilatus-Kulm gsi, dr Apéro mit Blick uf de Vierwaldstättersee. Fotos: "
  "@zurbriggen.foto – merci vilmal, Lea Zurbriggen!",
  [("Silvan", P), ("Alina", P), ("Pilatus", L), ("Hotel Pilatus-Kulm", L),
   ("Vierwaldstättersee", L), ("@zurbriggen.foto", M),
   ("Lea Zurbriggen", P)])

R("p3-ch-005", "de", "dialect dialect-place nonplace-compound org-with-place lake park place-like-name title place-surname",
  "Ab Mäntig isch de Chindergarte Rosenberg wieder offe 🎒 Im Herbscht mached "
  "mir wieder Usflüg a d'Drei Weiere und in Wildpark Peter und Paul. Liebi "
  "Grüess, Frau Zumbühl",
  [("Drei Weiere", L), ("Wildpark Peter und Paul", L), ("Zumbühl", P)])

R("p3-ch-006", "de", "dialect village mountain church lake title nickname",
  "Wanderig vo Wasserauen uf d'Ebenalp, übers Wildkirchli abe an Seealpsee 🥾 "
  "Mit em Götti Ruedi und mine zwei Cousins. Nächschts Mal dänn de Säntis!",
  [("Wasserauen", L), ("Ebenalp", L), ("Wildkirchli", L), ("Seealpsee", L),
   ("Ruedi", P), ("Säntis", L)])

R("p3-ch-007", "de", "dialect dialect-place park place-like-name street place-nickname",
  "Flohmi i de Bäckeranlage am Sunntig! 🧺 Eusen Stand isch vo de Langstrass "
  "her grad linggs. Chreis Cheib forever 💛 – Tanja & Selin",
  [("Bäckeranlage", L), ("Langstrass", L), ("Chreis Cheib", L), ("Tanja", P),
   ("Selin", P)])

R("p3-ch-008", "de", "dialect place-like-name place-as-word lake village title nickname nonplace-adjective",
  "Mit em Zug uf Zug und dänn mit em Schiff übere Zugersee bis Arth 🚂⛴️ Dr "
  "Opa Kari hät dr ganz Tag vo de Kirschtorte gschwärmt. Zuger Kirschtorte "
  "halt 😄",
  [("Zug", L, 2), ("Zugersee", L), ("Arth", L), ("Kari", P)])

R("p3-ch-009", "de", "dialect event-with-place village lake title",
  "Engadiner Skimarathon gschafft! 🎿 Vo Maloja bis S-chanf, 42 Kilometer, und "
  "am Silsersee isch grad d'Sunne uufgange. Merci @skiclub_davos und em "
  "Trainer Urs für d'Vorbereitig.",
  [("Maloja", L), ("S-chanf", L), ("Silsersee", L), ("@skiclub_davos", M),
   ("Urs", P)])

R("p3-ch-010", "de", "dialect place-like-name place-nickname district",
  "Üsi Lorraine isch hüt zwöi worde 🎈 Gfiiret hei mir im Breitsch bi de "
  "Grosseltere, nachhär simer mit em Velo i d'Lorraine go Glace ässe.",
  [("Lorraine", P, 1), ("Breitsch", L), ("Lorraine", L, 2)])

R("p3-ch-011", "de", "dialect dialect-place castle lake title place-surname hashtag-name place-hashtag",
  "Ds Ja-Wort im Schloss Oberhofen 💍 We dr Thunersee so blau isch wie hüt, "
  "bruuchts ke Filter. Herzlechi Gratulation a d'Nadine u dr Reto – u merci a "
  "d'Familie Ambühl für ds Fescht z'Hilterfinge.\n"
  "#nadineundreto #thunersee",
  [("Schloss Oberhofen", L), ("Thunersee", L), ("Nadine", P), ("Reto", P),
   ("Ambühl", P), ("Hilterfinge", L), ("#nadineundreto", P)])

R("p3-ch-012", "de", "dialect landmark castle mountain city title place-surname nonplace-compound",
  "Schuelreis a de Rheinfall 🌊 D'Chind sind vom Schloss Laufen abe bis as "
  "Wasser und hend nöd gnueg übercho. Nächschts Jahr gahts uf de Uetliberg. "
  "Am Mäntig verzelled si alles uf em Pausenplatz. Liebi Grüess vo de 5. Klass "
  "us Winterthur, Frau Bühler",
  [("Rheinfall", L), ("Schloss Laufen", L), ("Uetliberg", L),
   ("Winterthur", L), ("Bühler", P)])

R("p3-ch-013", "de", "dialect dialect-place venue bridge city generic-place-noun",
  "Neui Adresse! 💇 Mir sind jetzt näb em KKL, zwüsche Bahnhof und Seebrücke. "
  "Termin bi de Jessica oder bi mir – Lozärn, mir freued eus! Eui Sandra vom "
  "Coiffeur am See",
  [("KKL", L), ("Seebrücke", L), ("Jessica", P), ("Lozärn", L),
   ("Sandra", P)])

R("p3-ch-014", "de", "dialect dialect-place org-with-place generic-place-noun title place-surname",
  "Turnerobe vom TV Wohlen 🤸 Zwöi Wuche hend mir i de Turnhalle gübt, jetzt "
  "gahts uf d'Bühni im Gmeindsaal z'Wohle. Danke a d'Leiterin Corinne Imboden "
  "und a d'Eltere für s Kuchebuffet!",
  [("Wohle", L), ("Corinne Imboden", P)])

R("p3-ch-015", "de", "dialect lake village city nonplace-compound",
  "Caumasee am Morge früeh, no kei Mänsch 💚 Dr Badeplatz am Ufer hemmer ganz "
  "für üs gha. Nachher über Flims uf Laax und am Abig z'Chur no es Bier.",
  [("Caumasee", L), ("Flims", L), ("Laax", L), ("Chur", L)])

# ===========================================================================
# German-English mixed (40)
# ===========================================================================

R("p3-mx-001", "mixed", "park adjective-place nonplace-compound canal",
  "Golden hour at the Tempelhofer Feld 🌅 Portfolio-Shooting zwischen "
  "Kitesurfern und dem alten Rollfeld, no filter needed. Next stop: "
  "Landwehrkanal.",
  [("Tempelhofer Feld", L), ("Landwehrkanal", L)])

R("p3-mx-002", "mixed", "place-as-word place-like-name org-with-place district",
  "Wedding in Wedding 😅 Emre & Paulina haben im Standesamt Mitte Ja gesagt und "
  "danach im Sprengelkiez gefeiert. Best wedding vibes ever!",
  [("Wedding", L, 2), ("Emre", P), ("Paulina", P), ("Sprengelkiez", L)])

R("p3-mx-003", "mixed", "district market river business-with-place",
  "POV: du wohnst im Glockenbachviertel and it's Sunday morning ☕️ "
  "Viktualienmarkt, dann an die Isar, then brunch with Theo and Smilla im Café "
  "Reichenbach. Life is good.",
  [("Glockenbachviertel", L), ("Viktualienmarkt", L), ("Isar", L),
   ("Theo", P), ("Smilla", P)])

R("p3-mx-004", "mixed", "waterfront district city genitive place-as-word region mountain inflected-place",
  "Sunday long run 🏃‍♂️ 21K along the Mainufer from Höchst to Offenbach. Huge "
  "shoutout to Marco's pacing group und an alle, die trotz Regen dabei waren! "
  "Next week: Taunus trails, Start am Großen Feldberg.",
  [("Mainufer", L), ("Höchst", L), ("Offenbach", L), ("Marco's", P),
   ("Taunus", L), ("Großen Feldberg", L)])

R("p3-mx-005", "mixed", "hotel castle mountain",
  "Elopement at Schloss Elmau ✨ Just the two of them, a view of the "
  "Wetterstein und ganz viel bayerischer Charme. Congrats, Hannah & Liam! "
  "Planning by @alpine.vows",
  [("Schloss Elmau", L), ("Wetterstein", L), ("Hannah", P), ("Liam", P),
   ("@alpine.vows", M)])

R("p3-mx-006", "mixed", "nonplace-compound place-in-compound street adjective-place harbour city",
  "New job, who dis? 💼 Nach drei Jahren Arbeitsmarkt-Chaos endlich "
  "angekommen: Coworking Space in der Hanauer Landstraße, Blick auf den "
  "Osthafen. Frankfurt, you're stuck with me now.",
  [("Hanauer Landstraße", L), ("Osthafen", L), ("Frankfurt", L)])

R("p3-mx-007", "mixed", "park lake place-hashtag",
  "Picnic date in Planten un Blomen 🌷 Jule brought the strawberries, Ben the "
  "Franzbrötchen, and I brought... vibes. Später: sunset at the Alster.\n"
  "#hamburgmeineperle #plantenunblomen",
  [("Planten un Blomen", L), ("Jule", P), ("Ben", P), ("Alster", L)])

R("p3-mx-008", "mixed", "city square place-like-name district waterfront",
  "Weekend in Zürich 🇨🇭: Lindenhof for the view, Niederdorf for the food and a "
  "swim at the Oberer Letten. Ask me for more spots, ich kenn sie alle.",
  [("Zürich", L), ("Lindenhof", L), ("Niederdorf", L), ("Oberer Letten", L)])

R("p3-mx-009", "mixed", "venue adjective-place square place-like-name landmark city",
  "Last night at the Wiener Konzerthaus 🎻 Clara and her cello absolutely "
  "killed it. Danach noch Spritzer am Schwarzenbergplatz and a very late "
  "Käsekrainer at the Albertina. Wien, du bist so schön.",
  [("Wiener Konzerthaus", L), ("Clara", P), ("Schwarzenbergplatz", L),
   ("Albertina", L), ("Wien", L)])

R("p3-mx-010", "mixed", "nonplace-compound square title",
  "Mom life update: Kinderzimmer fertig 🧸, Kitaplatz bestätigt, und der "
  "Spielplatz am Helmholtzplatz is basically our second living room. Shoutout "
  "an Papa Jens für die Möbelaufbau-Nacht.",
  [("Helmholtzplatz", L), ("Jens", P)])

R("p3-mx-011", "mixed", "foreign island city",
  "Honeymoon recap 🌴 Bali, dann Lombok und ein Stopover in Singapur on the way "
  "home. I wanted Gili Air, he wanted Ubud, we did both. Back in Bielefeld now, "
  "and yes, it exists.",
  [("Bali", L), ("Lombok", L), ("Singapur", L), ("Gili Air", L), ("Ubud", L),
   ("Bielefeld", L)])

R("p3-mx-012", "mixed", "nonplace-compound district genitive venue",
  "Flower market haul 💐 Heute früh auf dem Blumengroßmarkt in "
  "Hamburg-Hammerbrook, now arranging peonies for Katharina's wedding at Gut "
  "Kaden. Busy week, no regrets!",
  [("Hamburg-Hammerbrook", L), ("Katharina's", P), ("Gut Kaden", L)])

R("p3-mx-013", "mixed", "comment street adjective-place",
  "lowkey der beste döner in town is still at the kottbusser damm, fight me. "
  "@mustafa.bln agrees",
  [("kottbusser damm", L), ("@mustafa.bln", M)])

R("p3-mx-014", "mixed", "village mountain adjective-place place-hashtag",
  "Ski weekend in Winterberg ⛷️ Kahler Asten im Nebel, Glühwein am Bremberg and "
  "I fell exactly once. Okay, dreimal.\n"
  "#sauerland #winterberg",
  [("Winterberg", L), ("Kahler Asten", L), ("Bremberg", L)])

R("p3-mx-015", "mixed", "nonplace-compound square district place-like-name",
  "Plot twist: wir sind mit dem Lastenrad auf einer Verkehrsinsel am "
  "Ernst-Reuter-Platz gestrandet 🚲😂 Big thanks to the nice guy who helped us, "
  "Grüße nach Charlottenburg!",
  [("Ernst-Reuter-Platz", L), ("Charlottenburg", L)])

R("p3-mx-016", "mixed", "venue hotel village name-as-word",
  "Save the date! 💌 Leonie & Sebastian are getting married next summer at the "
  "Villa Rothschild in Königstein im Taunus. Dresscode: garden party. Wir "
  "freuen uns riesig – can't wait, Schatz!",
  [("Leonie", P), ("Sebastian", P), ("Villa Rothschild", L),
   ("Königstein im Taunus", L)])

R("p3-mx-017", "mixed", "district street square word-as-name",
  "Kreuzberg, I love you, but your Kopfsteinpflaster hates my heels 👠 "
  "Bergmannstraße → Marheinekeplatz → Chamissoplatz, all in one night. Mit "
  "@selin.xberg & Rosa.",
  [("Kreuzberg", L), ("Bergmannstraße", L), ("Marheinekeplatz", L),
   ("Chamissoplatz", L), ("@selin.xberg", M), ("Rosa", P)])

R("p3-mx-018", "mixed", "city market landmark park district dialect-place",
  "Vienna, you did it again 💛 Naschmarkt brunch, Secession, a walk through the "
  "Volksgarten and dinner in Ottakring with Lena & Jakob. Wean bleibt Wean.",
  [("Vienna", L), ("Naschmarkt", L), ("Secession", L), ("Volksgarten", L),
   ("Ottakring", L), ("Lena", P), ("Jakob", P), ("Wean", L, 1),
   ("Wean", L, 2)])

R("p3-mx-019", "mixed", "mountain village",
  "Sunrise hike auf die Rigi 🌄 Start in Weggis, and by 6 am we were up at Rigi "
  "Kulm. Shoutout to the thermos full of Ovomaltine.",
  [("Rigi", L, 1), ("Weggis", L), ("Rigi Kulm", L)])

R("p3-mx-020", "mixed", "nonplace-compound venue inflected-place nickname street",
  "Mein Lieblingsplatz in the whole city? Die Treppen an der Alten Oper, with a "
  "Bethmännchen and a good book. Where's yours? Drop it below 👇 (Kathi, wehe "
  "du sagst wieder Zeil!)",
  [("Alten Oper", L), ("Kathi", P), ("Zeil", L)])

R("p3-mx-021", "mixed", "place-surname park landmark word-as-name title city name-list",
  "Family session with the Nguyens at the Killesberg 🍂 Little Mai was chasing "
  "leaves for an hour, Dad Tuan carried the picnic basket all the way up the "
  "Killesbergturm. Stuttgart im Herbst, unbeatable.",
  [("Nguyens", P), ("Killesberg", L), ("Mai", P), ("Tuan", P),
   ("Killesbergturm", L), ("Stuttgart", L)])

R("p3-mx-022", "mixed", "region pass city park lake adjective-place nonplace-compound name-list foreign",
  "Roadtrip Südtirol 🚐 Brenner, Bozen, Seiser Alm und der Pragser Wildsee at "
  "5:30 am (Parkplatz noch leer, totally worth it). Crew: Jannis, Mila, Ole and "
  "me. Next year Dolomiten again, obviously.",
  [("Südtirol", L), ("Brenner", L), ("Bozen", L), ("Seiser Alm", L),
   ("Pragser Wildsee", L), ("Jannis", P), ("Mila", P), ("Ole", P),
   ("Dolomiten", L)])

R("p3-mx-023", "mixed", "district nonplace-adjective street adjective-place",
  "Fresh out of the oven in Ottensen 🥐 Franzbrötchen, Zimtschnecken und "
  "Hamburger Rundstücke – come say hi at our new spot in der Bahrenfelder "
  "Straße!",
  [("Ottensen", L), ("Bahrenfelder Straße", L)])

R("p3-mx-024", "mixed", "park inflected-place place-surname genitive title name-list",
  "Race day! 🏁 Unser Team beim Staffellauf im Großen Garten: Kathrin Eichwald, "
  "Tom's little brother Max and Coach Schönfeld. We finished third, nicht "
  "schlecht für den ersten Versuch.",
  [("Großen Garten", L), ("Kathrin Eichwald", P), ("Tom's", P), ("Max", P),
   ("Schönfeld", P)])

R("p3-mx-025", "mixed", "castle village river title",
  "Castle vibes at Burg Eltz 🏰 Afterwards drinks in Cochem an der Mosel, und "
  "die Oma der Braut hat getanzt like nobody's watching. Love you, Oma Liesel! "
  "Congrats, Vivien & Tarek.",
  [("Burg Eltz", L), ("Cochem", L), ("Mosel", L), ("Liesel", P),
   ("Vivien", P), ("Tarek", P)])

R("p3-mx-026", "mixed", "city bridge name-list district",
  "Frankfurt skyline from the Eiserner Steg never gets old 🌆 Heute mit der "
  "ganzen Crew vom Studio: Aylin, Dennis, Fatma und Yusuf. Danach Ebbelwoi in "
  "Sachsenhausen, obviously.",
  [("Frankfurt", L), ("Eiserner Steg", L), ("Aylin", P), ("Dennis", P),
   ("Fatma", P), ("Yusuf", P), ("Sachsenhausen", L)])

R("p3-mx-027", "mixed", "place-like-name city bridge church waterfront",
  "Day trip to Worms 🐛 (sorry, had to). Nibelungenbrücke, Dom St. Peter and "
  "the best Flammkuchen am Rheinufer. Danke für die Tour, Worms!",
  [("Worms", L, 1), ("Nibelungenbrücke", L), ("Dom St. Peter", L),
   ("Rheinufer", L), ("Worms", L, 2)])

R("p3-mx-028", "mixed", "nonplace-compound city village lake",
  "Moved back to my Heimatdorf after 10 years in Berlin and honestly? Best "
  "decision. Hallo Bad Endorf, hallo Chiemsee, hallo Mama's Apfelstrudel 🍎",
  [("Berlin", L), ("Bad Endorf", L), ("Chiemsee", L)])

R("p3-mx-029", "mixed", "square place-nickname nonplace-compound",
  "New balayage by our stylist Jana 💇‍♀️ Book via link in bio or drop by at "
  "Gärtnerplatz, mitten im Glockenbach. Kundenparkplatz im Hinterhof, walk-ins "
  "welcome every Thursday!",
  [("Jana", P), ("Gärtnerplatz", L), ("Glockenbach", L)])

R("p3-mx-030", "mixed", "nonplace-compound district adjective-place venue place-surname nickname",
  "Our Fuhrpark just got bigger 🚐 Zwei neue E-Vans for deliveries in "
  "Ehrenfeld, Nippes and the Belgisches Viertel. First job: Bühnendeko for a "
  "concert in der Lanxess Arena. Fahrer des Monats: Kalle Bergfeld!",
  [("Ehrenfeld", L), ("Nippes", L), ("Belgisches Viertel", L),
   ("Lanxess Arena", L), ("Kalle Bergfeld", P)])

R("p3-mx-031", "mixed", "waterfront district city",
  "Sunday reset at the Elbstrand 🌊 Coffee from the Strandperle, container "
  "ships, Övelgönne vibes. Bring a jacket, es ist halt Hamburg. 📸 @jonte.hh",
  [("Elbstrand", L), ("Övelgönne", L), ("Hamburg", L), ("@jonte.hh", M)])

R("p3-mx-032", "mixed", "lake village genitive nonplace-compound region",
  "Stand up paddling on the Ammersee 🏄‍♀️ From Herrsching to Dießen and back, "
  "then Weißwurst im Biergarten with Dominik's family in Utting. Bayern in a "
  "nutshell.",
  [("Ammersee", L), ("Herrsching", L), ("Dießen", L), ("Dominik's", P),
   ("Utting", L), ("Bayern", L)])

R("p3-mx-033", "mixed", "pass title word-as-name village mountain",
  "Three passes, one day 🏍️ Grimsel, Furka, Susten – mit Papi und Onkel Beat. "
  "Lunch in Andermatt, Pause am Rhonegletscher. Goosebumps the whole way.",
  [("Grimsel", L), ("Furka", L), ("Susten", L), ("Beat", P),
   ("Andermatt", L), ("Rhonegletscher", L)])

R("p3-mx-034", "mixed", "nonplace-compound hotel castle church city",
  "Die Tanzfläche im Hotel Sacher war NIE leer 🕺💃 Congrats, Valerie & "
  "Maximilian! Getting ready im Palais Coburg, ceremony in der Karlskirche – "
  "Vienna, you were perfect.",
  [("Hotel Sacher", L), ("Valerie", P), ("Maximilian", P),
   ("Palais Coburg", L), ("Karlskirche", L), ("Vienna", L)])

R("p3-mx-035", "mixed", "canal district park",
  "Kanu-Tour auf dem Karl-Heine-Kanal 🛶 From Plagwitz all the way to the "
  "Clara-Zetkin-Park. Perfect first date idea, trust me (hi Jonas 👋)",
  [("Karl-Heine-Kanal", L), ("Plagwitz", L), ("Clara-Zetkin-Park", L),
   ("Jonas", P)])

R("p3-mx-036", "mixed", "comment mountain village",
  "OMG IS THAT THE WATZMANN?? Wir waren letzten Sommer in Berchtesgaden with "
  "the kids, SO schön 😍",
  [("WATZMANN", L), ("Berchtesgaden", L)])

R("p3-mx-037", "mixed", "foreign city bridge church adjective-place title place-surname",
  "Our Year 9 exchange students from Leeds have arrived! 🇬🇧 Heute: "
  "Stadtführung durch Regensburg, Steinerne Brücke und Regensburger Dom. Thank "
  "you, Mrs. Clarke and Herr Weidenfeld!",
  [("Leeds", L), ("Regensburg", L), ("Steinerne Brücke", L),
   ("Regensburger Dom", L), ("Clarke", P), ("Weidenfeld", P)])

R("p3-mx-038", "mixed", "river city venue bridge district",
  "Swimming in the Rhine in Basel 🌊 Wickelfisch gepackt, in at the Museum "
  "Tinguely, out at the Johanniterbrücke. Kleinbasel side only, Grossbasel "
  "isch für Amateure 😜",
  [("Rhine", L), ("Basel", L), ("Museum Tinguely", L),
   ("Johanniterbrücke", L), ("Kleinbasel", L), ("Grossbasel", L)])

R("p3-mx-039", "mixed", "bio region lake foreign place-like-name place-surname",
  "Wedding & elopement photographer 📍 Allgäu · Bodensee · worldwide. Currently "
  "dreaming of Island 🇮🇸 (nicht das englische Wort 😉) – Anna Hochfeld",
  [("Allgäu", L), ("Bodensee", L), ("Island", L), ("Anna Hochfeld", P)])

R("p3-mx-040", "mixed", "comment place-nickname lowercase-name street adjective-place nickname",
  "anyone up for karaoke im kwartier latäng tonight? dani und ich sind ab 9 an "
  "der zülpicher straße",
  [("kwartier latäng", L), ("dani", P), ("zülpicher straße", L)])


# ===========================================================================
# build and check
# ===========================================================================

ID_RE = re.compile(r"^p3-(de|at|ch|mx)-(\d{3})$")
HANDLE_RE = re.compile(r"@[A-Za-z0-9_.]+")
INITIAL_RE = re.compile(r"(?<![^\W\d_])[A-ZÄÖÜ]\.")
LAST_WORD_RE = re.compile(r"([\w.]+)\s*$")
EXPECTED = {"de": 80, "at+ch": 30, "mx": 40}


def is_word_char(c):
    return c.isalnum() or c in "_-#@"


def boundary_occurrences(text, s):
    """Start offsets of s in text where s stands at a word boundary."""
    out, i = [], text.find(s)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not is_word_char(before) and not is_word_char(after):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def word_before(text, start):
    m = LAST_WORD_RE.search(text[:start])
    return m.group(1).lower() if m else ""


def first_word(s):
    return s.split()[0].lower() if s.split() else ""


def letters(s):
    return [c for c in s if c.isalpha()]


def build():
    errors = []
    out = []
    seen_ids, seen_texts = set(), set()
    counts = {"de": 0, "at+ch": 0, "mx": 0}

    for rec in RECORDS:
        rid, lang, text = rec["id"], rec["lang"], rec["text"]

        def err(msg):
            errors.append(f"{rid}: {msg}")

        m = ID_RE.match(rid)
        if not m:
            err("bad id")
            continue
        if rid in seen_ids:
            err("duplicate id")
        seen_ids.add(rid)
        if text in seen_texts:
            err("duplicate text")
        seen_texts.add(text)
        group = m.group(1)
        want_lang = "mixed" if group == "mx" else "de"
        if lang != want_lang:
            err(f"lang {lang!r} does not fit id (want {want_lang!r})")
        counts["at+ch" if group in ("at", "ch") else group] += 1

        # ---- entities -> offsets
        spans = []
        for ent in rec["ents"]:
            if len(ent) == 2:
                surface, label = ent
                occ = None
            elif len(ent) == 3:
                surface, label, occ = ent
            else:
                err(f"bad entity {ent!r}")
                continue
            if label not in LABELS:
                err(f"bad label {label!r}")
                continue
            occs = boundary_occurrences(text, surface)
            if not occs:
                err(f"{surface!r} not found at a word boundary")
                continue
            if occ is None:
                if len(occs) > 1:
                    err(f"{surface!r} occurs {len(occs)} times; say which")
                    continue
                start = occs[0]
            else:
                if not 1 <= occ <= len(occs):
                    err(f"{surface!r}: occurrence {occ} of {len(occs)}")
                    continue
                start = occs[occ - 1]
            end = start + len(surface)
            spans.append([start, end, label])

        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"overlap {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
        if len({(s, e) for s, e, _ in spans}) != len(spans):
            err("duplicate span")

        # ---- span shape
        for s, e, lab in spans:
            t = text[s:e]
            if not (0 <= s < e <= len(text)):
                err(f"span out of range {s}-{e}")
                continue
            if t != t.strip():
                err(f"{t!r} starts or ends with whitespace")
            if not (t[0].isalnum() or (t[0] in "#@" and lab != L)):
                err(f"{t!r} starts with {t[0]!r}")
            last = t[-1]
            ok_end = last.isalnum()
            if lab == P and last == "'" and len(t) > 1 and t[-2] in "sxz":
                ok_end = True
            if lab == P and last == "." and INITIAL_RE.search(t[-2:]):
                ok_end = True
            if not ok_end:
                err(f"{t!r} ends with {last!r}")
            if lab == P and first_word(t) in TITLES:
                err(f"PERSON {t!r} starts with a title word")
            if lab == L:
                if first_word(t) in PREPS_ARTICLES:
                    err(f"LOCATION {t!r} starts with a preposition/article")
                if t.startswith("#"):
                    err(f"LOCATION {t!r} is a hashtag")
            if lab == M and not HANDLE_RE.fullmatch(t):
                err(f"MENTION {t!r} is not a handle")
            if lab != M and "@" in t:
                err(f"{t!r} contains @ but is not a MENTION")

        # ---- every handle is a MENTION and vice versa
        handles = set()
        for hm in HANDLE_RE.finditer(text):
            h = hm.group(0).rstrip(".")
            handles.add((hm.start(), hm.start() + len(h)))
        mentions = {(s, e) for s, e, lab in spans if lab == M}
        if handles != mentions:
            err(f"handles {sorted(handles)} != mentions {sorted(mentions)}")

        # ---- kinds
        kinds = list(rec["kinds"])
        for k in kinds:
            if k in DERIVED_KINDS:
                err(f"kind {k!r} is derived, do not set it by hand")
            elif k not in MANUAL_KINDS:
                err(f"unknown kind {k!r}")
        if len(set(kinds)) != len(kinds):
            err("duplicate kind")

        persons = [(s, e, text[s:e]) for s, e, lab in spans if lab == P]
        locs = [(s, e, text[s:e]) for s, e, lab in spans if lab == L]
        plain_persons = [p for p in persons if not p[2].startswith("#")]

        def need(kind, cond, both=True):
            if kind in kinds and not cond:
                err(f"kind {kind!r} set but no matching span")
            if both and cond and kind not in kinds:
                err(f"kind {kind!r} missing")

        need("hashtag-name", any(t.startswith("#") for _, _, t in persons))
        need("name-list", len(persons) >= 3, both=False)
        need("initial", any(INITIAL_RE.search(t) for _, _, t in persons))
        need("genitive", any(t.endswith(("s", "'")) for _, _, t in plain_persons),
             both=False)
        need("lowercase-name",
             any(letters(t) and (t == t.lower() or t == t.upper())
                 for _, _, t in plain_persons))
        need("title", any(word_before(text, s) in TITLES
                          for s, _, _ in plain_persons))
        need("genitive-place", any(t.endswith("s") for _, _, t in locs),
             both=False)

        derived = []
        if mentions:
            derived.append("mention")
        if not spans:
            derived.append("none")
        if any(re.match(r" \d", text[e:]) for _, e, _ in locs):
            derived.append("house-number")
        if any("-" in t for _, _, t in locs):
            derived.append("hyphen-place")
        if any(" " in t for _, _, t in locs):
            derived.append("multiword-place")
        if any(letters(t) and t == t.lower() for _, _, t in locs):
            derived.append("lowercase-place")
        if any(len(letters(t)) > 3 and t == t.upper() for _, _, t in locs):
            derived.append("caps-place")

        out.append({
            "id": rid,
            "lang": lang,
            "kind": sorted(set(kinds) | set(derived)),
            "text": text,
            "entities": spans,
        })

    if len(RECORDS) != 150:
        errors.append(f"expected 150 records, found {len(RECORDS)}")
    for k, v in EXPECTED.items():
        if counts[k] != v:
            errors.append(f"expected {v} {k} records, found {counts[k]}")
    return out, errors


def stats(out):
    lines = []
    by_group = {}
    for r in out:
        g = r["id"].split("-")[1]
        by_group[g] = by_group.get(g, 0) + 1
    lines.append("records: %d  (%s)" % (
        len(out), ", ".join(f"{g}={n}" for g, n in sorted(by_group.items()))))
    by_lang = {}
    for r in out:
        by_lang[r["lang"]] = by_lang.get(r["lang"], 0) + 1
    lines.append("lang: " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items())))
    lab = {P: 0, L: 0, M: 0}
    for r in out:
        for _, _, l in r["entities"]:
            lab[l] += 1
    lines.append("entities: " + ", ".join(f"{k}={v}" for k, v in lab.items())
                 + f", total={sum(lab.values())}")
    people = sum(1 for r in out if any(l in (P, M) for _, _, l in r["entities"]))
    lines.append(f"records with PERSON or MENTION: {people} "
                 f"({100 * people / len(out):.0f}%)")
    kc = {}
    for r in out:
        for k in r["kind"]:
            kc[k] = kc.get(k, 0) + 1
    lines.append("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kc.items())))
    return "\n".join(lines)


def main():
    out, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); {OUT} not written", file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-q" not in sys.argv[1:]:
        print(stats(out))
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
