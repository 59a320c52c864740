#!/usr/bin/env python3
"""Build gold.jsonl for the places5 evaluation set.

Plain Python 3, no dependencies, deterministic.

    python3 build_places5.py        # checks every record and writes gold.jsonl
    python3 build_places5.py -v     # also prints statistics

Each record is written in readable form:

    (id, lang, [kinds], text, [(surface, LABEL), (surface, LABEL, occurrence), ...])

`occurrence` (1-based) says which occurrence of the surface string is meant
when it occurs more than once at a word boundary in the text.  Offsets are
computed here: Python str indices, end-exclusive.  If any check fails the
script prints the problems and exits non-zero without writing anything.

People are made up (apart from a few famous people); places are real.
Annotation follows ../GUIDE.md (labels PERSON, LOCATION, MENTION only).
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

P, L, M = "PERSON", "LOCATION", "MENTION"
LABELS = {P, L, M}
LANGS = {"de", "mixed"}

# Hard cases a record exercises.  The first block is the guide's table, the
# second block adds place-oriented kinds for this set.  `mention` and `none`
# are derived from the spans and must not be given by hand.
KINDS = {
    # from the guide
    "place-like-name",   # places that look like names / people with place-like names
    "everyday-noun",     # everyday nouns and loanwords that are not entities
    "brand-with-name",   # brands, shops, products, works, characters with a person's name
    "lowercase-name",    # a person written all lowercase or ALL CAPS
    "nickname",          # nicknames and diminutives
    "word-as-name",      # a person whose name is also an ordinary word
    "name-as-word",      # a word that is also a name, used as a word (season, month, holiday...)
    "hashtag-name",      # a person's name inside a hashtag
    "name-list",         # three or more people in a list
    "title",             # title, kinship or role word before a name
    "genitive",          # possessive / genitive ending on a name
    "initial",           # initials in a name
    "pet",               # a pet's or animal's name, not annotated
    # added for this set
    "dialect",           # Bavarian, Austrian or Swiss German dialect
    "place-list",        # three or more places in a list or route
    "place-multiword",   # a place name of several words
    "place-hyphen",      # a hyphenated place name (districts, states, double names)
    "place-lowercase",   # a place written all lowercase or ALL CAPS
    "place-inflected",   # genitive or inflected form of a place (Berlins, im ...en Garten)
    "place-nickname",    # colloquial or dialect name of a place (Kitz, Züri, Prenzlberg)
    "place-compound",    # place inside a compound common noun (Sylt-Urlaub), not annotated
    "place-as-word",     # place name that is also an ordinary word, or a word spelling a place
    "place-in-name",     # place inside an organisation, event, product or work name, not annotated
    "place-hashtag",     # place or topic hashtags, not annotated
    "venue",             # named venue or landmark (castle, hut, hall, church, park, market...)
    "street",            # street or square, without house number
    "abroad",            # places outside Germany, Austria and Switzerland
    "credit-line",       # credit lines (Location:, Kleid:, Foto: ...)
    "famous",            # a famous real person
}
DERIVED = {"mention", "none"}

# Words that may stand before a PERSON span (titles, kinship, roles).
TITLE_WORDS = {
    "frau", "herr", "herrn", "dr.", "prof.", "mag.", "oma", "opa", "tante",
    "onkel", "mama", "papa", "baby", "coach", "familie", "mr.", "mrs.", "ms.",
    "miss", "aunt", "uncle", "grandma", "grandpa", "brother", "sister",
    "könig", "kaiserin", "trainer", "trainerin", "tourenleiter", "meisterin",
    "bäckermeister", "bäck", "krimiautorin", "kapitän", "imker", "nachbarin",
    "trauzeugin", "zuspielerin", "libera", "dj", "bergführer", "vorstand",
    "physiotherapeutin", "cousine", "stylisten", "baker", "signora",
    "tochter", "dirigentin", "erzieherin", "tanzlehrerin",
}
# Words a LOCATION span must not start with.
PREP_ART = {
    "in", "im", "am", "an", "ans", "auf", "aufm", "aus", "bei", "beim",
    "nach", "von", "vom", "zum", "zur", "zu", "z", "ins", "der", "die",
    "das", "den", "dem", "des", "the", "at", "to", "of", "a",
}

R = []


def rec(rid, lang, kinds, text, ents):
    R.append((rid, lang, kinds, text, ents))


# ---------------------------------------------------------------------------
# German (de), standard German: 85 records; dialect: 15 records
# ---------------------------------------------------------------------------

rec("p5-de-001", "de",
    ["everyday-noun", "place-like-name", "place-hyphen", "venue", "credit-line"],
    "Standesamt im Rathaus Schöneberg, danach Sektempfang im Viktoriapark 🥂 "
    "Lisa & Jonas, ihr wart großartig!\n📍 Berlin-Kreuzberg\nFotos: @linse.und.liebe",
    [("Rathaus Schöneberg", L), ("Viktoriapark", L), ("Lisa", P), ("Jonas", P),
     ("Berlin-Kreuzberg", L), ("@linse.und.liebe", M)])

rec("p5-de-002", "de",
    ["everyday-noun", "place-like-name", "brand-with-name", "credit-line", "place-multiword", "venue"],
    "Brautstrauß für Marie-Luise aus Pfingstrosen, Eukalyptus und ein bisschen "
    "Schleierkraut 🤍 Übergabe heute an der Wallfahrtskirche Maria Gern bei Berchtesgaden.\n"
    "Floristik: Blumen Schmidt, Pullach",
    [("Marie-Luise", P), ("Wallfahrtskirche Maria Gern", L), ("Berchtesgaden", L),
     ("Pullach", L)])

rec("p5-de-003", "de",
    ["everyday-noun", "place-in-name", "street", "place-multiword"],
    "Frisch aus dem Ofen: Franzbrötchen wie in Hamburg, Brezn wie in München und "
    "Berliner, die nie in Berlin waren 😄 Ab 6 Uhr in der Rosenheimer Straße.",
    [("Hamburg", L), ("München", L), ("Berlin", L), ("Rosenheimer Straße", L)])

rec("p5-de-004", "de",
    ["nickname", "title", "everyday-noun", "place-hashtag", "place-multiword", "venue"],
    "Vorher / Nachher ✂️ Balayage in Karamell für unsere liebe Steffi – gemacht von "
    "Meisterin Vroni. Termine im Salon am Sendlinger Tor oder online.\n"
    "#friseurmünchen #balayage",
    [("Steffi", P), ("Vroni", P), ("Sendlinger Tor", L)])

rec("p5-de-005", "de",
    ["everyday-noun", "venue", "place-hashtag"],
    "Sonnengruß an der Isar 🌞 Jeden Samstag um 8 Uhr trifft sich unsere "
    "Outdoor-Gruppe an der Reichenbachbrücke. Matte mitbringen, Leitung hat unser Yoga-Team. "
    "#yogamünchen",
    [("Isar", L), ("Reichenbachbrücke", L)])

rec("p5-de-006", "de",
    ["place-in-name", "place-list", "nickname", "title", "everyday-noun"],
    "Tourenbericht Sektion Rosenheim: Vom Spitzingsee über die Rotwand und den "
    "Taubenstein zurück – 14 km, 900 Hm. Danke an Tourenleiter Schorsch und an alle "
    "23 Mitwandernden! Nächste Tour: Wendelstein, 12. Oktober.",
    [("Spitzingsee", L), ("Rotwand", L), ("Taubenstein", L), ("Schorsch", P),
     ("Wendelstein", L)])

rec("p5-de-007", "de",
    ["famous", "genitive", "word-as-name", "everyday-noun", "venue"],
    "Unser Chor singt am 3. Advent in der Frauenkirche in Dresden! Auf dem Programm: "
    "Bachs Weihnachtsoratorium und Lieder von Rolf Zuckowski. Solistin: Annegret Sommer. "
    "Karten an der Abendkasse.",
    [("Frauenkirche", L), ("Dresden", L), ("Bachs", P), ("Rolf Zuckowski", P),
     ("Annegret Sommer", P)])

rec("p5-de-008", "de",
    ["title", "name-list", "everyday-noun", "venue", "place-multiword"],
    "Heute waren unsere Vorschulkinder im Tierpark Hellabrunn 🦒 Ein riesiges Dankeschön "
    "an Frau Öztürk und die Elternbegleitung von Paul, Emilia und Noah! Zurück ging es "
    "mit der U3 ab Thalkirchen.",
    [("Tierpark Hellabrunn", L), ("Öztürk", P), ("Paul", P), ("Emilia", P),
     ("Noah", P), ("Thalkirchen", L)])

rec("p5-de-009", "de",
    ["place-hyphen", "street", "brand-with-name", "place-in-name", "everyday-noun",
     "place-multiword"],
    "NEU IM ANGEBOT: Lichtdurchflutete 3-Zimmer-Altbauwohnung in Hamburg-Eppendorf 🏡 "
    "Ruhige Lage nahe Isebekkanal, Einkaufen am Eppendorfer Baum um die Ecke. "
    "Besichtigung nach Vereinbarung – Ihr Team von Engel & Völkers Alster.",
    [("Hamburg-Eppendorf", L), ("Isebekkanal", L), ("Eppendorfer Baum", L)])

rec("p5-de-010", "de",
    ["famous", "brand-with-name", "place-like-name", "street", "venue", "place-list"],
    "Stadtführung Salzburg 🎻 Treffpunkt: Mozartplatz, vor dem Denkmal. Über den "
    "Residenzplatz geht es zur Getreidegasse, wo Wolfgang Amadeus Mozart 1756 geboren "
    "wurde, und weiter zum Mirabellgarten. Zum Schluss gibt’s echte Mozartkugeln für alle!",
    [("Salzburg", L), ("Mozartplatz", L), ("Residenzplatz", L), ("Getreidegasse", L),
     ("Wolfgang Amadeus Mozart", P), ("Mirabellgarten", L)])

rec("p5-de-011", "de",
    ["place-in-name", "everyday-noun", "street", "place-like-name", "place-as-word"],
    "Neu auf der Karte: Linzer Torte nach Omas Rezept und Kaffee aus Wiener Röstung ☕ "
    "Wir sind übrigens umgezogen – ihr findet uns jetzt in der Schillerstraße, direkt "
    "gegenüber vom Stadtpark. Bis bald in Erlangen!",
    [("Schillerstraße", L), ("Erlangen", L)])

rec("p5-de-012", "de",
    ["brand-with-name", "place-compound", "title", "word-as-name", "venue", "everyday-noun"],
    "Tanzschule Kaiser goes Wien! 💃 Unser Wiener-Walzer-Kurs startet im Januar – und im "
    "Februar geht’s gemeinsam zum Ball in die Hofburg. Anmeldung bei Tanzlehrerin Jasmin.",
    [("Wien", L), ("Hofburg", L), ("Jasmin", P)])

rec("p5-de-013", "de",
    ["place-in-name", "everyday-noun"],
    "Auswärtssieg! ⚽ Unsere D-Jugend gewinnt 3:1 beim SV Lohhof. Tore: zweimal Kopfball, einmal Elfmeter. "
    "Danke an alle Eltern fürs Fahren nach Unterschleißheim – nächsten Samstag ist "
    "Heimspiel bei uns in Taufkirchen.",
    [("Unterschleißheim", L), ("Taufkirchen", L)])

rec("p5-de-014", "de",
    ["abroad", "place-in-name", "place-multiword", "place-list"],
    "3 Tage Lissabon 🇵🇹 Tag 1: Alfama und Miradouro da Senhora do Monte. Tag 2: "
    "Tagesausflug nach Sintra zum Palácio da Pena. Tag 3: Pastéis de Belém in Belém und "
    "Sonnenuntergang am Cais do Sodré.",
    [("Lissabon", L), ("Alfama", L), ("Miradouro da Senhora do Monte", L), ("Sintra", L),
     ("Palácio da Pena", L), ("Belém", L, 2), ("Cais do Sodré", L)])

rec("p5-de-015", "de",
    ["title", "name-list", "everyday-noun"],
    "Oma Hilde und Opa Kurt feiern heute Goldene Hochzeit 💛 Vor 50 Jahren haben sie sich "
    "auf der Kirchweih in Forchheim kennengelernt. Alles Liebe aus Bamberg von euren "
    "Enkeln Lukas, Mia und Ben!",
    [("Hilde", P), ("Kurt", P), ("Forchheim", L), ("Bamberg", L), ("Lukas", P),
     ("Mia", P), ("Ben", P)])

rec("p5-de-016", "de",
    ["everyday-noun", "credit-line", "place-multiword", "abroad", "venue"],
    "Portrait-Session im Schlosspark Nymphenburg 🌿 Im Winter ist es hier "
    "einfach magisch, fast wie in Versailles. Make-up: @glow.by.sina",
    [("Schlosspark Nymphenburg", L), ("Versailles", L),
     ("@glow.by.sina", M)])

rec("p5-de-017", "de",
    ["dialect", "nickname", "place-hashtag", "place-list", "everyday-noun"],
    "Servus mitanand! Heid samma mit da ganzn Gaudi-Truppn aufm Herzogstand gwen 🏔️ "
    "Vom Walchensee nauf, drobn a Brotzeit und obi nach Kochel. Da Sepp hod wieda "
    "gjammert, owa de Resi war wia imma de Schnellste 😂 #bayern #berge",
    [("Herzogstand", L), ("Walchensee", L), ("Kochel", L), ("Sepp", P), ("Resi", P)])

rec("p5-de-018", "de",
    ["dialect", "nickname", "place-like-name", "everyday-noun"],
    "Griaß eich! Heuer woar ma wieder beim Heurigen in Grinzing 🍷 Da Poldi hod g'sunga, "
    "d'Mitzi hod g'lacht und mir san erst um zwa mit da Bim zruck in'd Leopoldstadt. "
    "Leiwand woar's!",
    [("Grinzing", L), ("Poldi", P), ("Mitzi", P), ("Leopoldstadt", L)])

rec("p5-de-019", "de",
    ["dialect", "place-in-name", "title", "nickname", "everyday-noun", "place-nickname"],
    "Grüezi mitenand! Hüt simmer mit de Klass vo de Primarschuel Wollishofe uf de "
    "Uetliberg gwanderet 🥾 D Frau Brunner het Zopf mitbracht und de Ruedi het s ganze "
    "Züri vo obe erklärt. Merci vielmal!",
    [("Uetliberg", L), ("Brunner", P), ("Ruedi", P), ("Züri", L)])

rec("p5-de-020", "de",
    ["hashtag-name", "place-hashtag", "venue", "everyday-noun", "place-multiword"],
    "Wir sagen JA! 💍 Anna & Max heiraten am 14. Juni auf Schloss Hohenkammer. Trauung um "
    "14 Uhr in der Schlosskapelle, Feier im Gutshof. Wir freuen uns auf euch! "
    "#annaundmax2025 #hochzeitinbayern",
    [("Anna", P), ("Max", P), ("Schloss Hohenkammer", L), ("#annaundmax2025", P)])

rec("p5-de-021", "de",
    ["place-in-name", "place-compound", "title", "place-multiword"],
    "Lesung am Freitag 📚 Krimiautorin Petra Hahnemann liest aus ihrem neuen Eifel-Krimi "
    "„Tod am Laacher See“. Beginn 19:30 Uhr hier in der Buchhandlung in Mayen – passend, "
    "der Laacher See liegt ja nur zehn Minuten entfernt.",
    [("Petra Hahnemann", P), ("Mayen", L), ("Laacher See", L, 2)])

rec("p5-de-022", "de",
    ["lowercase-name", "place-lowercase", "everyday-noun", "title", "place-list"],
    "heute im angebot: dinkel-kürbiskernbrot, rhabarberkuchen und die legendären "
    "bienenstich-schnitten von bäckermeister hannes 🐝 filialen in tübingen, rottenburg "
    "und reutlingen.",
    [("hannes", P), ("tübingen", L), ("rottenburg", L), ("reutlingen", L)])

rec("p5-de-023", "de",
    ["famous", "venue"],
    "Gänsehaut pur 😭 Helene Fischer gestern im Olympiastadion in München – und wir "
    "mittendrin! Danke Tanja fürs Ticket, du bist die Beste. Nächstes Jahr dann Taylor "
    "Swift in Gelsenkirchen?",
    [("Helene Fischer", P), ("Olympiastadion", L), ("München", L), ("Tanja", P),
     ("Taylor Swift", P), ("Gelsenkirchen", L)])

rec("p5-de-024", "de",
    ["place-hyphen", "title", "venue", "street", "everyday-noun"],
    "Exklusive Dachgeschosswohnung im 7. Bezirk 🏙️ Wien-Neubau, Nähe Spittelberg und "
    "MuseumsQuartier, U3 Neubaugasse in 3 Gehminuten. Provisionsfrei! Infos bei "
    "Mag. Katharina Prohaska.",
    [("Wien-Neubau", L), ("Spittelberg", L), ("MuseumsQuartier", L), ("Neubaugasse", L),
     ("Katharina Prohaska", P)])

rec("p5-de-025", "de",
    ["name-list", "everyday-noun", "venue"],
    "Seepferdchen geschafft! 🐴🌊 Glückwunsch an Finn, Hanna, Ali und Lotte aus dem "
    "Mittwochskurs im Westbad. Der nächste Kurs startet nach den Pfingstferien, wieder "
    "in Pasing.",
    [("Finn", P), ("Hanna", P), ("Ali", P), ("Lotte", P), ("Westbad", L), ("Pasing", L)])

rec("p5-de-026", "de",
    ["everyday-noun", "place-multiword"],
    "Kaiserschmarrn-Vergleich, Teil 3 🥞 Nach der Seiser Alm und Kitzbühel war ich diesmal "
    "auf einer Hütte am Achensee. Fazit: fluffig, aber der von meiner Oma bleibt "
    "ungeschlagen. Rezept in Bio!",
    [("Seiser Alm", L), ("Kitzbühel", L), ("Achensee", L)])

rec("p5-de-027", "de",
    ["credit-line", "brand-with-name", "place-in-name", "venue", "place-multiword"],
    "Sophie & Daniel 🤍\nLocation: Gut Sonnenhausen\nKleid: Rembo Styling\n"
    "Anzug: Hugo Boss\nBlumen: Blütenwerk Ebersberg\nFoto: @hannah.lichtwerk",
    [("Sophie", P), ("Daniel", P), ("Gut Sonnenhausen", L), ("@hannah.lichtwerk", M)])

rec("p5-de-028", "de",
    ["place-in-name", "nickname", "name-as-word", "venue", "place-multiword"],
    "Lauftreff Ostpark 🏃‍♀️ Jeden Dienstag 18:30 am Eingang Michaelibad. Tempo für alle, "
    "Organisation: Bine & Basti. Im Sommer laufen wir auch mal bis zum Hachinger Bach.",
    [("Michaelibad", L), ("Bine", P), ("Basti", P), ("Hachinger Bach", L)])

rec("p5-de-029", "de",
    ["place-in-name", "place-like-name", "everyday-noun"],
    "Der Kirchenchor St. Florian lädt ein: Adventsingen in der Stiftsbasilika 🎶 Mit "
    "Florian Mayrhofer an der Orgel, anschließend Punsch im Stiftshof. Wir freuen uns "
    "auf Besucher aus Linz und Enns!",
    [("Florian Mayrhofer", P), ("Linz", L), ("Enns", L)])

rec("p5-de-030", "de",
    ["place-compound", "place-as-word", "place-hashtag", "everyday-noun"],
    "Unser Sylt-Urlaub in Zahlen: 7 Tage, 3 Fischbrötchen pro Tag, 1 Sonnenbrand. "
    "Lieblingsort: Ellenbogen bei List. Nächstes Jahr geht’s nach Amrum, die Kinder sind "
    "schon überzeugt 😅 #sylt #nordsee",
    [("Ellenbogen", L), ("List", L), ("Amrum", L)])

rec("p5-de-031", "de",
    ["brand-with-name", "title", "everyday-noun"],
    "Faschingsfeier in der Kita Sonnenschein 🎭 Bei uns waren heute drei Pippi "
    "Langstrumpfs, zwei Elsas und ein sehr stolzer Pumuckl unterwegs. Danke an Familie "
    "Yıldız für den Kuchen! Liebe Grüße aus Giesing",
    [("Yıldız", P), ("Giesing", L)])

rec("p5-de-032", "de",
    ["place-list", "abroad"],
    "Hochzeitsfotografin aus Leipzig 📷 unterwegs in Sachsen, Thüringen & weltweit\n"
    "Heiraten in Kopenhagen? Gern!\n✉️ Anfragen per DM | 📍 Plagwitz",
    [("Leipzig", L), ("Sachsen", L), ("Thüringen", L), ("Kopenhagen", L), ("Plagwitz", L)])

rec("p5-de-033", "de",
    ["brand-with-name", "street"],
    "Neu bei uns: die Pflegeserie von Paul Mitchell 💆‍♀️ Probiert sie beim nächsten Termin "
    "aus – Salon Christa in Weilheim, direkt an der Pöltnerstraße. Christa und ihr Team "
    "freuen sich auf euch!",
    [("Weilheim", L), ("Pöltnerstraße", L), ("Christa", P, 2)])

rec("p5-de-034", "de",
    ["dialect", "place-compound", "nickname", "title", "everyday-noun"],
    "Grüß Gott beinand! Ab heid gibt’s wieda unsere Auszogne und Rohrnudeln 😋 Da Bäck "
    "Xaver und sei Vroni steh’n ab sechse in da Backstub’n in Dachau. Und für de "
    "Minga-Pendler: vorm Bahnhof hamma an Stand.",
    [("Xaver", P), ("Vroni", P), ("Dachau", L)])

rec("p5-de-035", "de",
    ["place-in-name", "street", "everyday-noun"],
    "Frisch eingetroffen: Appenzeller, Gruyère und Tête de Moine direkt von der Käserei "
    "im Emmental 🧀 Dazu passt ein Glas Fendant aus dem Wallis. Unser Laden an der "
    "Marktgasse in Bern hat auch am Samstag offen.",
    [("Emmental", L), ("Wallis", L), ("Marktgasse", L), ("Bern", L)])

rec("p5-de-036", "de",
    ["place-like-name", "place-list", "title", "venue", "place-multiword"],
    "Abschlussfahrt der 10b nach Berlin 🚌 Reichstag, East Side Gallery, Checkpoint "
    "Charlie und abends Musical am Potsdamer Platz. Danke an Herrn Dr. Lehmann und "
    "Frau Krause für die Begleitung!",
    [("Berlin", L), ("Reichstag", L), ("East Side Gallery", L), ("Checkpoint Charlie", L),
     ("Potsdamer Platz", L), ("Lehmann", P), ("Krause", P)])

rec("p5-de-037", "de",
    ["name-as-word", "title", "nickname", "place-like-name", "place-multiword"],
    "Wie schön! Wir waren letzten Sommer auch am Königssee und sind mit dem Boot bis "
    "St. Bartholomä gefahren. Liebe Grüße an Tante Uschi nach Berchtesgaden 😘",
    [("Königssee", L), ("St. Bartholomä", L), ("Uschi", P), ("Berchtesgaden", L)])

rec("p5-de-038", "de",
    ["name-as-word", "word-as-name", "place-multiword", "everyday-noun"],
    "Die Erika blüht wieder! 💜 Herbstgestecke mit Heide, Hagebutten und Zierkürbissen "
    "gibt’s ab sofort bei uns in Soltau – direkt am Rand der Lüneburger Heide. Unsere "
    "Erika (ja, sie heißt wirklich so 😄) berät euch gern.",
    [("Soltau", L), ("Lüneburger Heide", L), ("Erika", P, 2)])

rec("p5-de-039", "de",
    ["abroad", "place-multiword", "everyday-noun"],
    "Retreat-Update 🧘‍♀️ Unser Herbstretreat im Oktober findet wieder auf Mallorca statt – "
    "in einer Finca bei Sóller, mit Blick auf die Serra de Tramuntana. Leitung: unser "
    "Retreat-Team. Early-Bird bis 31. März!",
    [("Mallorca", L), ("Sóller", L), ("Serra de Tramuntana", L)])

rec("p5-de-040", "de",
    ["place-lowercase", "place-inflected", "place-multiword", "venue"],
    "wanderwochenende in der sächsischen schweiz 🌲 malerweg etappe 3 bis 5, übernachtet "
    "in rathen und schmilka. die basteibrücke im nebel war unfassbar. danke "
    "@wandern.mit.jule fürs planen!",
    [("sächsischen schweiz", L), ("malerweg", L), ("rathen", L), ("schmilka", L),
     ("basteibrücke", L), ("@wandern.mit.jule", M)])

rec("p5-de-041", "de",
    ["genitive", "place-in-name", "everyday-noun", "pet", "brand-with-name"],
    "Jonas' erster Schultag 🎒 Zur Einschulung an der Grundschule an der "
    "Haimhauserstraße kamen Oma und Opa extra aus Regensburg. Der Schulranzen ist "
    "natürlich von Ergobag, und der Plüsch-Dino heißt Rex.",
    [("Jonas'", P), ("Regensburg", L)])

rec("p5-de-042", "de",
    ["dialect", "place-nickname", "everyday-noun"],
    "Oida, wos fia a Tog! 🎿 Mit da Stefanie und'm Lukas vom Hahnenkamm obe und dann "
    "Après-Ski in Kitz. Nächste Woch geht's auf'd Planai nach Schladming, wer is dabei?",
    [("Stefanie", P), ("Lukas", P), ("Hahnenkamm", L), ("Kitz", L), ("Planai", L),
     ("Schladming", L)])

rec("p5-de-043", "de",
    ["place-hyphen", "place-like-name", "name-as-word", "title"],
    "Zu vermieten: 4½-Zimmer-Wohnung in Zürich-Wiedikon, 5 Gehminuten zum Idaplatz und "
    "zur Sihl. Bezug ab 1. Mai. Die Besichtigungen koordiniert Frau Meier-Hofstetter.",
    [("Zürich-Wiedikon", L), ("Idaplatz", L), ("Sihl", L), ("Meier-Hofstetter", P)])

rec("p5-de-044", "de",
    ["place-list", "venue", "nickname", "name-list", "place-as-word", "place-hyphen"],
    "Tourdaten Herbst 🎸\n04.10. München – Muffathalle\n11.10. Erlangen – E-Werk\n"
    "18.10. Linz – Posthof\n25.10. Zürich – Dynamo\nTickets über den Link in Bio. "
    "Auf der Bühne: Hias, Korbi, Ferdl und Leni!",
    [("München", L), ("Muffathalle", L), ("Erlangen", L), ("E-Werk", L), ("Linz", L),
     ("Posthof", L), ("Zürich", L), ("Dynamo", L), ("Hias", P), ("Korbi", P),
     ("Ferdl", P), ("Leni", P)])

rec("p5-de-045", "de",
    ["place-inflected", "street", "place-list", "everyday-noun"],
    "Die besten Döner Berlins? Mein Ranking nach 14 Tagen Testessen 🥙 Platz 1: am "
    "Mehringdamm, Platz 2: in Neukölln an der Sonnenallee, Platz 3: überraschend in "
    "Spandau. Welchen Laden hab ich vergessen?",
    [("Berlins", L), ("Mehringdamm", L), ("Neukölln", L), ("Sonnenallee", L),
     ("Spandau", L)])

rec("p5-de-046", "de",
    ["name-as-word", "word-as-name", "everyday-noun"],
    "Hochzeit im Mai am Ammersee 🌸 Rosa Pfingstrosen, rosa Kleider für die "
    "Brautjungfern und ein Brautpaar, das nicht aufhören konnte zu lachen: Rosa & Till, "
    "danke für alles! Fotos: @anna.meerblick",
    [("Ammersee", L), ("Rosa", P, 2), ("Till", P), ("@anna.meerblick", M)])

rec("p5-de-047", "de",
    ["place-in-name", "title", "place-nickname", "venue", "place-multiword"],
    "Projektwoche der Sekundarschule Liestal: Die 2. Klassen waren im Kunstmuseum Basel "
    "und im Zolli, die 3. Klassen haben am Rhein Abfall gesammelt. Danke an Herrn Gerber "
    "und Frau Schaub!",
    [("Kunstmuseum Basel", L), ("Zolli", L), ("Rhein", L), ("Gerber", P), ("Schaub", P)])

rec("p5-de-048", "de",
    ["place-compound", "place-list", "abroad", "place-multiword"],
    "Gardasee-Roadtrip 🚗 Riva del Garda → Limone sul Garda → Malcesine → Sirmione. "
    "Unterwegs: Pizza in Torbole und Eis in Bardolino (ja, wie der Wein 🍷).",
    [("Riva del Garda", L), ("Limone sul Garda", L), ("Malcesine", L), ("Sirmione", L),
     ("Torbole", L), ("Bardolino", L)])

rec("p5-de-049", "de",
    ["nickname", "hashtag-name", "place-hyphen", "everyday-noun"],
    "Happy Birthday, Schwesterherz! 🎂 30 Jahre Lenchen – von den Sommern in Cuxhaven "
    "bis zur WG in Köln-Ehrenfeld hab ich alles miterlebt. Hab dich lieb, deine Kathi "
    "#happybirthdaylena",
    [("Lenchen", P), ("Cuxhaven", L), ("Köln-Ehrenfeld", L), ("Kathi", P),
     ("#happybirthdaylena", P)])

rec("p5-de-050", "de",
    ["dialect", "place-in-name", "nickname", "everyday-noun", "place-as-word"],
    "Liebi Lüüt, am Sunntig singt de Jodlerklub Alpeblueme Wengi i de Chile vo "
    "Grindelwald 🎶 Nachher git's Raclette ufem Dorfplatz. D'Fränzi und de Housi "
    "freued sich uf eu!",
    [("Grindelwald", L), ("Fränzi", P), ("Housi", P)])

rec("p5-de-051", "de",
    ["dialect", "street", "place-hashtag"],
    "Hoi zäme! Mir händ jetzt au am Samschtig offe, grad a de Marktgass z'Winterthur. "
    "Dänked a d'Termin bi de Sabrina oder bim Luca ✂️ #coiffeur #winterthur",
    [("Marktgass", L), ("Winterthur", L), ("Sabrina", P), ("Luca", P)])

rec("p5-de-052", "de",
    ["dialect", "place-in-name", "name-list"],
    "Super Match gsi geschter! ⚽ D'Junioren vom FC Thun händ 4:2 gäge de FC Spiez "
    "gwunne. Goal vom Nevio, vom Elia und zwöi vom Jan. Nöchschts Wuchenänd gömmer "
    "uf Interlaken.",
    [("Nevio", P), ("Elia", P), ("Jan", P), ("Interlaken", L)])

rec("p5-de-053", "de",
    ["dialect", "title", "place-multiword", "abroad"],
    "Ohh wie härzig! 😍 Grüess a s'Grosi z'Luzern und a de Onkel Beat. Mir sind grad im "
    "Tessin, in Ascona am Lago Maggiore, und gnüssed d'Sunne.",
    [("Luzern", L), ("Beat", P), ("Tessin", L), ("Ascona", L), ("Lago Maggiore", L)])

rec("p5-de-054", "de",
    ["dialect", "brand-with-name", "street", "nickname", "venue"],
    "Griaß di! Bei uns im Café gibt's heit wieda a frische Sachertorte und an "
    "Verlängerten 😉 Kommts vorbei, mia san glei hinterm Stephansdom in da Singerstraßn. "
    "Eure Hansi & Gusti",
    [("Stephansdom", L), ("Singerstraßn", L), ("Hansi", P), ("Gusti", P)])

rec("p5-de-055", "de",
    ["dialect", "nickname", "venue", "place-multiword"],
    "Heit san ma vom Gosausee aufi zur Gablonzer Hüttn 🥾 De Aussicht aufn Dachstein is "
    "da Wahnsinn. Da Ferdl hot wieder sei Jausn vergessn, oba de Kathi hot teilt. "
    "Servas aus'm Salzkammergut!",
    [("Gosausee", L), ("Gablonzer Hüttn", L), ("Dachstein", L), ("Ferdl", P),
     ("Kathi", P), ("Salzkammergut", L)])

rec("p5-de-056", "de",
    ["dialect", "title", "nickname", "street"],
    "Mei, da Opa Pepi wird heit 80! 🎉 Gfeiert wird in Graz beim Wirt'n in da "
    "Herrengass'n, de ganze Verwandtschaft aus da Steiermark und Kärnten kummt. "
    "Alles Guade, Opa!",
    [("Pepi", P), ("Graz", L), ("Herrengass'n", L), ("Steiermark", L), ("Kärnten", L)])

rec("p5-de-057", "de",
    ["dialect", "title", "place-in-name", "place-hashtag", "place-like-name", "venue"],
    "O'zapft is! 🍺 Mir san heid mit da ganzn Abteilung aufm Oktoberfest, Treffpunkt is "
    "um zwöife bei da Bavaria an da Theresienwiese. Da Chef, da Herr Huber, zahlt de "
    "erste Maß, hod er gsagt 😂 #oktoberfest #minga",
    [("Bavaria", L), ("Theresienwiese", L), ("Huber", P)])

rec("p5-de-058", "de",
    ["dialect", "place-in-name", "place-as-word", "place-list", "title", "nickname"],
    "Da Trachtnverein Edelweiß Bodenmais lädt ei: am Sonntag is Festzug durchn Ort, "
    "danach Musi im Festzelt. Aus Regen, Zwiesel und Viechtach kemman d'Musikkapelln. "
    "Da Vorstand Wastl gfreit si!",
    [("Regen", L), ("Zwiesel", L), ("Viechtach", L), ("Wastl", P)])

rec("p5-de-059", "de",
    ["dialect", "nickname"],
    "Mei is des schee! 😍 Do warn mia letzts Johr a, auf da Fraueninsel im Chiemsee. "
    "Griaß ma de Leni und an Maxl, de san jetz in Prien drunt, oder?",
    [("Fraueninsel", L), ("Chiemsee", L), ("Leni", P), ("Maxl", P), ("Prien", L)])

rec("p5-de-060", "de",
    ["place-as-word", "venue", "place-list", "place-multiword"],
    "Fotowalk durch Essen 📸 Start an der Zeche Zollverein, Mittagessen in Rüttenscheid "
    "und zum Sonnenuntergang an den Baldeneysee. Mit dabei: @ruhrpott.linse und die ganze Fotogruppe.",
    [("Essen", L), ("Zeche Zollverein", L), ("Rüttenscheid", L), ("Baldeneysee", L),
     ("@ruhrpott.linse", M)])

rec("p5-de-061", "de",
    ["place-as-word", "place-in-name", "famous", "title", "venue", "place-hyphen"],
    "Konzert in der Halle in Halle 😄 Die Händel-Festspiele sind jedes Jahr ein Highlight. "
    "Vorher waren wir noch im Händel-Haus, wo Georg Friedrich Händel 1685 geboren wurde. "
    "Danke für die Karten, Onkel Bernd!",
    [("Halle", L, 2), ("Händel-Haus", L), ("Georg Friedrich Händel", P), ("Bernd", P)])

rec("p5-de-062", "de",
    ["place-as-word", "everyday-noun"],
    "Mit dem Zug nach Zug 🚆 Tagesausflug an den Zugersee, Kirschtorte probiert und am "
    "Abend zurück nach Luzern. Danke @swissrail.fan für den Tipp!",
    [("Zug", L, 2), ("Zugersee", L), ("Luzern", L), ("@swissrail.fan", M)])

rec("p5-de-063", "de",
    ["place-as-word", "title"],
    "Siegen in Siegen! 🏐 Unsere Damen gewinnen auswärts 3:0 – starke Leistung von "
    "Zuspielerin Mareike und Libera Hatice. Heimspiel nächste Woche in Olpe.",
    [("Siegen", L, 2), ("Mareike", P), ("Hatice", P), ("Olpe", L)])

rec("p5-de-064", "de",
    ["everyday-noun", "place-multiword", "place-as-word"],
    "Wellness-Wochenende in Bad Füssing 🧖‍♀️ Therme, Sauna und abends ein Spaziergang "
    "am Inn. Ein Ausflug nach Passau war auch drin, die Altstadt ist einfach schön.",
    [("Bad Füssing", L), ("Inn", L), ("Passau", L)])

rec("p5-de-065", "de",
    ["place-as-word", "place-like-name", "place-in-name", "title", "everyday-noun", "street"],
    "Unsere Hochzeit war im Wedding – also im Bezirk, nicht nur der Anlass 😂 Standesamt "
    "Mitte, Feier in einer Hinterhof-Location an der Müllerstraße. Danke an Trauzeugin "
    "Jacqueline und an Leo fürs Auflegen!",
    [("Wedding", L), ("Müllerstraße", L), ("Jacqueline", P), ("Leo", P)])

rec("p5-de-066", "de",
    ["name-as-word", "brand-with-name", "place-like-name", "title", "everyday-noun", "venue"],
    "Laternenumzug zu St. Martin 🏮 Treffpunkt ist am Mittwoch um 17 Uhr vor der Kita, "
    "dann ziehen wir mit Pferd und Martin durch den Luitpoldpark bis zur Kirche "
    "St. Sylvester. Danke an Herrn Berger, der wieder den Martin spielt!",
    [("Luitpoldpark", L), ("St. Sylvester", L), ("Berger", P)])

rec("p5-de-067", "de",
    ["word-as-name", "title", "place-in-name", "everyday-noun"],
    "Abschied nach 35 Jahren 💐 Frau Sommer und Herr Winter gehen nach den Sommerferien "
    "in den Ruhestand. Die ganze Schulfamilie der Realschule Traunstein sagt Danke! "
    "Frau Sommer zieht es nach Südtirol, Herr Winter bleibt am Chiemsee.",
    [("Sommer", P, 1), ("Winter", P, 1), ("Sommer", P, 2), ("Südtirol", L),
     ("Winter", P, 2), ("Chiemsee", L)])

rec("p5-de-068", "de",
    ["place-nickname", "street", "everyday-noun"],
    "Heimweh-Edition 🥨 Für alle Exil-Schwaben in Berlin: ab Samstag gibt’s bei uns "
    "Laugenweckle und Linsen mit Spätzle wie in Stuttgart. Zu finden in Prenzlberg, "
    "Kastanienallee.",
    [("Berlin", L), ("Stuttgart", L), ("Prenzlberg", L), ("Kastanienallee", L)])

rec("p5-de-069", "de",
    ["title", "venue", "place-list", "everyday-noun"],
    "Hafenrundfahrt mit Kapitän Hinnerk ⚓ Vorbei an den Landungsbrücken, der "
    "Elbphilharmonie und der Speicherstadt bis raus nach Finkenwerder. Danach "
    "Fischbrötchen am Elbstrand in Övelgönne!",
    [("Hinnerk", P), ("Landungsbrücken", L), ("Elbphilharmonie", L), ("Speicherstadt", L),
     ("Finkenwerder", L), ("Elbstrand", L), ("Övelgönne", L)])

rec("p5-de-070", "de",
    ["place-list", "everyday-noun"],
    "Unser Hofladen in Kleinmachnow hat jetzt auch sonntags geöffnet 🍎 Äpfel aus dem "
    "Havelland, Spargel aus Beelitz und Honig vom Imker aus Teltow.",
    [("Kleinmachnow", L), ("Havelland", L), ("Beelitz", L), ("Teltow", L)])

rec("p5-de-071", "de",
    ["place-inflected", "place-like-name", "place-as-word", "everyday-noun", "street"],
    "Wiens schönste Kaffeehäuser – meine Top 5 ☕ Ich war in der Josefstadt, in Mariahilf "
    "und natürlich am Graben. Melange überall, Apfelstrudel nur da, wo er hausgemacht ist.",
    [("Wiens", L), ("Josefstadt", L), ("Mariahilf", L), ("Graben", L)])

rec("p5-de-072", "de",
    ["place-like-name", "street", "nickname", "title", "place-multiword"],
    "Wir ziehen um! 📦 Unser Atelier ist ab März in Margareten, Schönbrunner Straße. Die "
    "Abschiedsparty im alten Studio in Ottakring steigt am Freitag – DJ Flo legt auf.",
    [("Margareten", L), ("Schönbrunner Straße", L), ("Ottakring", L), ("Flo", P)])

rec("p5-de-073", "de",
    ["name-list", "place-hashtag", "venue", "nickname"],
    "Gipfelglück auf der Zugspitze! 🏔️ Über das Reintal mit Übernachtung in der "
    "Knorrhütte. Dabei waren Tobi, Lena, Markus, Yusuf und unser Jüngster, der "
    "14-jährige Jannik. #zugspitze #garmischpartenkirchen",
    [("Zugspitze", L), ("Reintal", L), ("Knorrhütte", L), ("Tobi", P), ("Lena", P),
     ("Markus", P), ("Yusuf", P), ("Jannik", P)])

rec("p5-de-074", "de",
    ["place-lowercase", "lowercase-name", "place-compound", "venue"],
    "GRÜSSE AUS DEM ALLGÄU! ☀️ Heute ging’s von Oberstdorf mit der Nebelhornbahn hoch, "
    "morgen steht die Breitachklamm auf dem Plan. SERVUS VON CHRISTIAN & JULIA",
    [("ALLGÄU", L), ("Oberstdorf", L), ("Breitachklamm", L), ("CHRISTIAN", P), ("JULIA", P)])

rec("p5-de-075", "de",
    ["place-in-name", "title"],
    "Der TSV Eching sucht Verstärkung für die Damenmannschaft 🏐 Training ist dienstags "
    "in der Dreifachhalle hier in Eching. Interesse? Melde dich bei Trainerin Sandra "
    "Kowalczyk.",
    [("Eching", L, 2), ("Sandra Kowalczyk", P)])

rec("p5-de-076", "de",
    ["place-like-name", "title", "nickname"],
    "Alles Gute zum 5. Geburtstag, kleine Florence! 🎈 Wir denken an dich aus Florenz – "
    "ja, wir sind wirklich gerade da 😅 Küsschen von Tante Bea und Onkel Matteo",
    [("Florence", P), ("Florenz", L), ("Bea", P), ("Matteo", P)])

rec("p5-de-077", "de",
    ["place-like-name", "place-hyphen", "abroad", "everyday-noun"],
    "Paris hat heute in Paris ihren ersten Marathon gefinisht 🏅 4:12 h, über die "
    "Champs-Élysées und am Eiffelturm vorbei. Wir sind so stolz, Schatz!",
    [("Paris", P, 1), ("Paris", L, 2), ("Champs-Élysées", L), ("Eiffelturm", L)])

rec("p5-de-078", "de",
    ["brand-with-name", "venue", "everyday-noun"],
    "Hochzeitsmesse „Ja, ich will!“ am Sonntag in der Meistersingerhalle in Nürnberg 💍 "
    "Über 80 Aussteller – wir sind an Stand 24, gleich neben Brautmoden Ella. Kommt vorbei!",
    [("Meistersingerhalle", L), ("Nürnberg", L)])

rec("p5-de-079", "de",
    ["famous", "venue", "everyday-noun", "place-multiword"],
    "Erster Stadionbesuch mit Papa 🔴⚪ Allianz Arena, Südkurve, und dann schießt Thomas "
    "Müller auch noch das 1:0! Unvergesslich für unseren kleinen Emil. Die Rückfahrt mit "
    "der U6 ab Fröttmaning war dann eher… kuschelig.",
    [("Allianz Arena", L), ("Thomas Müller", P), ("Emil", P), ("Fröttmaning", L)])

rec("p5-de-080", "de",
    ["brand-with-name", "title", "street"],
    "Kurzer Stopp beim Müller in der Kaufingerstraße für Haarspray, dann Shooting mit "
    "Frau Müller am Odeonsplatz 📸 Manchmal ist die Welt klein.",
    [("Kaufingerstraße", L), ("Müller", P, 2), ("Odeonsplatz", L)])

rec("p5-de-081", "de",
    ["name-as-word", "title", "place-multiword", "place-like-name", "nickname"],
    "SUP-Kurs für Anfänger 🏄‍♀️ Juli und August am Starnberger See, Einstieg in Tutzing. "
    "Für Fortgeschrittene: Tour zur Roseninsel mit Coach Kathi. Anmeldung über den Link "
    "in der Bio.",
    [("Starnberger See", L), ("Tutzing", L), ("Roseninsel", L), ("Kathi", P)])

rec("p5-de-082", "de",
    ["abroad", "everyday-noun", "place-multiword"],
    "Destination Wedding in der Toskana 🇮🇹 Trauung in einem Olivenhain bei Montepulciano, "
    "Dinner unter Zypressen, Aperitivo mit Blick aufs Val d’Orcia. Alles Liebe an unser "
    "Brautpaar! 🤍 Planung: @dolcevita.weddings",
    [("Toskana", L), ("Montepulciano", L), ("Val d’Orcia", L), ("@dolcevita.weddings", M)])

rec("p5-de-083", "de",
    ["genitive", "pet"],
    "Felix' Hund Bruno war natürlich auch dabei 🐶 Spaziergang am Schlachtensee und "
    "danach Kuchen bei Oma in Zehlendorf.",
    [("Felix'", P), ("Schlachtensee", L), ("Zehlendorf", L)])

rec("p5-de-084", "de",
    ["initial", "place-list"],
    "Kundenstimme ⭐⭐⭐⭐⭐ „Die schönste Wohnung, die wir je in Freiburg gesehen haben – "
    "danke für die tolle Begleitung!“ – Jana K. und Tim R. aus dem Stühlinger.\n"
    "Lage: Wiehre, Nähe Dreisam.",
    [("Freiburg", L), ("Jana K.", P), ("Tim R.", P), ("Stühlinger", L), ("Wiehre", L),
     ("Dreisam", L)])

rec("p5-de-085", "de",
    ["initial", "street", "title", "place-multiword"],
    "Heute in der Praxis: Unsere neue Physiotherapeutin M. Schneider stellt sich vor 👋 "
    "Sie kommt aus Kassel und verstärkt ab sofort unser Team in der Wilhelmshöher Allee. "
    "Termine auch samstags.",
    [("M. Schneider", P), ("Kassel", L), ("Wilhelmshöher Allee", L)])

rec("p5-de-086", "de",
    ["place-hyphen", "place-list", "place-in-name"],
    "Umzug geschafft: von Nordrhein-Westfalen nach Mecklenburg-Vorpommern 📦 Von "
    "Düsseldorf-Bilk nach Warnemünde, vom Rhein an die Ostsee. Frag mich noch mal, ob ich "
    "das Altbier vermissen werde 🍺",
    [("Nordrhein-Westfalen", L), ("Mecklenburg-Vorpommern", L), ("Düsseldorf-Bilk", L),
     ("Warnemünde", L), ("Rhein", L), ("Ostsee", L)])

rec("p5-de-087", "de",
    ["place-multiword", "place-list", "everyday-noun"],
    "Roadtrip-Stationen 🚐 Frankfurt am Main – Rothenburg ob der Tauber – Zell am See – "
    "Bruck an der Großglocknerstraße. Fahrer: Papa. Navigation: Mama. Snacks: Oma.",
    [("Frankfurt am Main", L), ("Rothenburg ob der Tauber", L), ("Zell am See", L),
     ("Bruck an der Großglocknerstraße", L)])

rec("p5-de-088", "de",
    ["pet", "place-like-name", "title", "place-multiword"],
    "Kater Moritz durfte leider nicht mit nach St. Moritz 🐱 Dafür hat er jetzt "
    "Nachbarin Gisela ganz für sich. Wir genießen Engadin, Schnee und Pizzoccheri.",
    [("St. Moritz", L), ("Gisela", P), ("Engadin", L)])

rec("p5-de-089", "de",
    ["place-like-name", "everyday-noun", "place-multiword"],
    "Wolfgang am Wolfgangsee 😄 Unser Chef hat sich seinen Namensvetter-Urlaub redlich "
    "verdient. Grüße aus St. Wolfgang an das ganze Team in Linz!",
    [("Wolfgang", P, 1), ("Wolfgangsee", L), ("St. Wolfgang", L), ("Linz", L)])

rec("p5-de-090", "de",
    ["brand-with-name", "place-like-name", "everyday-noun", "venue"],
    "Wie bei Heidi auf der Alm! 🐐 Unser Kindergarten-Ausflug ging diesmal nach Maienfeld "
    "ins Heididorf. Danke an Heidi und Anton vom Elternbeirat für die Organisation.",
    [("Maienfeld", L), ("Heididorf", L), ("Heidi", P, 2), ("Anton", P)])

rec("p5-de-091", "de",
    ["place-like-name", "everyday-noun"],
    "Georgia und Sydney, unsere Zwillinge, sind heute 2 geworden! 🎂 Die Namen haben wir "
    "auf unserer Weltreise ausgesucht – waren aber weder in Georgien noch in Australien 😅 "
    "Gefeiert wird bei Oma in Augsburg.",
    [("Georgia", P), ("Sydney", P), ("Georgien", L), ("Australien", L), ("Augsburg", L)])

rec("p5-de-092", "de",
    ["famous", "venue"],
    "Wir waren beim Dreh vom Tatort in Münster! 🎬 Am Prinzipalmarkt wurde eine Szene "
    "gedreht, Axel Prahl haben wir leider nur von Weitem gesehen. Danach Kaffee am Aasee.",
    [("Münster", L), ("Prinzipalmarkt", L), ("Axel Prahl", P), ("Aasee", L)])

rec("p5-de-093", "de",
    ["famous", "brand-with-name", "venue", "street", "place-multiword"],
    "Stadtführung in Ulm 🏛️ Vom Ulmer Münster ins Fischerviertel und zum Denkmal am "
    "Geburtshaus von Albert Einstein in der Bahnhofstraße. Danach Kaffee – natürlich "
    "nicht bei Einstein Kaffee, sondern beim Bäcker um die Ecke 😉",
    [("Ulm", L), ("Ulmer Münster", L), ("Fischerviertel", L), ("Albert Einstein", P),
     ("Bahnhofstraße", L)])

rec("p5-de-094", "de",
    ["famous", "title", "venue"],
    "Orchesterprobe für das Beethovenfest 🎻 Wir spielen am 12. September in der "
    "Beethovenhalle in Bonn – Dirigentin ist Frau Prof. Adebayo-Schulz. Wer Beethoven "
    "liebt, sollte kommen!",
    [("Beethovenhalle", L), ("Bonn", L), ("Adebayo-Schulz", P), ("Beethoven", P)])

rec("p5-de-095", "de",
    ["place-hashtag", "venue"],
    "Ich sag’s, wie es ist: Leipzig > Dresden. Sorry not sorry. Aber die Semperoper und "
    "die Neustadt gönn ich euch 😌 #leipzig #dresden #sachsen",
    [("Leipzig", L), ("Dresden", L), ("Semperoper", L), ("Neustadt", L)])

rec("p5-de-096", "de",
    ["name-list", "place-list", "place-hyphen", "place-compound", "title", "abroad",
     "place-multiword"],
    "Hüttentour Dolomiten 🏔️ Tag 1: Seceda, Tag 2: Puez-Hütte, Tag 3: Grödner Joch, "
    "Tag 4: Sellaronda-Abstecher zum Piz Boè. Mit dabei: Katrin, Uwe, Dominik und "
    "Bergführer Hannes.",
    [("Dolomiten", L), ("Seceda", L), ("Puez-Hütte", L), ("Grödner Joch", L),
     ("Piz Boè", L), ("Katrin", P), ("Uwe", P), ("Dominik", P), ("Hannes", P)])

rec("p5-de-097", "de",
    ["place-like-name", "place-hyphen", "street", "title", "everyday-noun", "place-multiword"],
    "Rarität: 2-Zimmer-Wohnung im Zuckerbäckerstil an der Karl-Marx-Allee 🏛️ "
    "Friedrichshain, Blick auf den Strausberger Platz, 5 Minuten zum Frankfurter Tor. "
    "Ansprechpartner: Herr Nowak.",
    [("Karl-Marx-Allee", L), ("Friedrichshain", L), ("Strausberger Platz", L),
     ("Frankfurter Tor", L), ("Nowak", P)])

rec("p5-de-098", "de",
    ["place-like-name", "title", "street", "place-multiword"],
    "Familie Bayer sagt Servus, Bayern! 🥨 Nach acht Jahren in Rosenheim ziehen wir zurück "
    "an die Nordsee nach Husum. Ihr werdet uns fehlen, liebe Nachbarn aus der Kufsteiner "
    "Straße!",
    [("Bayer", P), ("Bayern", L), ("Rosenheim", L), ("Nordsee", L), ("Husum", L),
     ("Kufsteiner Straße", L)])

rec("p5-de-099", "de",
    ["place-like-name", "title"],
    "Neue Kollegin an Bord 🎉 Frau Wiener verstärkt ab Montag unser Büro in Linz – und "
    "nein, Würstchen bringt sie keine mit 😄 Vorher war sie fünf Jahre in Wien und "
    "Innsbruck.",
    [("Wiener", P), ("Linz", L), ("Wien", L), ("Innsbruck", L)])

rec("p5-de-100", "de",
    ["brand-with-name", "everyday-noun", "venue"],
    "Frühstück wie in Wien: Semmeln, Marillenmarmelade, Manner-Schnitten und Kaffee von "
    "Julius Meinl ☕ Jeden Sonntag im Café am Viktualienmarkt. Reservierung per DM.",
    [("Wien", L), ("Viktualienmarkt", L)])

# ---------------------------------------------------------------------------
# German-English mix (mixed): 50 records
# ---------------------------------------------------------------------------

rec("p5-mx-001", "mixed",
    ["venue", "everyday-noun", "place-multiword"],
    "Just married in Kitzbühel ✨ Was für ein Tag mit Vanessa & Tom! Getting ready im "
    "Hotel Schwarzer Adler, First Look am Schwarzsee und Party bis 3 Uhr. Love you guys! "
    "📸 @alpine.love.stories",
    [("Kitzbühel", L), ("Vanessa", P), ("Tom", P), ("Hotel Schwarzer Adler", L),
     ("Schwarzsee", L), ("@alpine.love.stories", M)])

rec("p5-mx-002", "mixed",
    ["place-as-word", "word-as-name", "place-hyphen", "place-like-name"],
    "Wedding in Wedding 😂 Our little Standesamt moment in Berlin-Wedding, followed by "
    "Pizza im Schillerkiez. Best day ever mit Summer & Will!",
    [("Wedding", L, 2), ("Berlin-Wedding", L), ("Schillerkiez", L), ("Summer", P),
     ("Will", P)])

rec("p5-mx-003", "mixed",
    ["place-like-name", "place-compound", "place-list", "name-as-word", "place-hyphen",
     "place-multiword"],
    "Hidden gems in Vienna 🇦🇹 1. Karl-Marx-Hof in Heiligenstadt 2. Zentralfriedhof "
    "(ja, wirklich!) 3. Alte Donau im Sommer. Save this for your next Wien-Trip!",
    [("Vienna", L), ("Karl-Marx-Hof", L), ("Heiligenstadt", L), ("Zentralfriedhof", L),
     ("Alte Donau", L)])

rec("p5-mx-004", "mixed",
    ["everyday-noun"],
    "Morning flow am Eibsee 🧘‍♀️ Nothing beats this view auf die Zugspitze. Next retreat: "
    "12.–14. Juli in Grainau, hosted by our whole team. Link in bio!",
    [("Eibsee", L), ("Zugspitze", L), ("Grainau", L)])

rec("p5-mx-005", "mixed",
    ["everyday-noun", "street", "place-multiword"],
    "New on the menu: Matcha Latte mit Oat Milk und unser Bananenbrot 🍌 Come by – wir "
    "sind jetzt auch in Ehrenfeld, Venloer Straße! Greetings from the whole team in Köln 👋",
    [("Ehrenfeld", L), ("Venloer Straße", L), ("Köln", L)])

rec("p5-mx-006", "mixed",
    ["venue", "place-list", "place-multiword"],
    "Tour announcement!! 🎤 We're coming to Hamburg (Knust), Berlin (SO36), Leipzig "
    "(Conne Island) und zum ersten Mal nach Graz. Tickets ab Freitag. Who's in? "
    "Shoutout to @lenz.drums & Mo on bass!",
    [("Hamburg", L), ("Knust", L), ("Berlin", L), ("SO36", L), ("Leipzig", L),
     ("Conne Island", L), ("Graz", L), ("@lenz.drums", M), ("Mo", P)])

rec("p5-mx-007", "mixed",
    ["famous", "place-hashtag", "everyday-noun"],
    "POV: du hast Tickets für Taylor Swift in Gelsenkirchen und dein bestie Lara kommt "
    "extra aus Zürich mit 💜 Eras Tour, here we come! #swiftie #gelsenkirchen",
    [("Taylor Swift", P), ("Gelsenkirchen", L), ("Lara", P), ("Zürich", L)])

rec("p5-mx-008", "mixed",
    ["place-as-word", "abroad", "place-multiword"],
    "Nice in Nice ☀️ Promenade des Anglais, Socca in der Altstadt und ein Abstecher nach "
    "Monaco. Merci, Côte d'Azur! Mit @julie.travels und Chloé.",
    [("Nice", L, 2), ("Promenade des Anglais", L), ("Monaco", L), ("Côte d'Azur", L),
     ("@julie.travels", M), ("Chloé", P)])

rec("p5-mx-009", "mixed",
    ["place-as-word", "abroad"],
    "We had to split up in Split 😅 Die anderen sind weiter nach Dubrovnik, ich bin "
    "allein auf die Insel Hvar. Meet again in Zagreb!",
    [("Split", L), ("Dubrovnik", L), ("Hvar", L), ("Zagreb", L)])

rec("p5-mx-010", "mixed",
    ["place-as-word", "title", "everyday-noun"],
    "Worms in Worms 🪱 Unser Kita-Projekt „Regenwurm-Detektive“ am Rhein in Worms war "
    "ein voller Erfolg! Thanks to Frau Schädel und to the parents of Mila & Ole.",
    [("Worms", L, 2), ("Rhein", L), ("Worms", L, 3), ("Schädel", P), ("Mila", P),
     ("Ole", P)])

rec("p5-mx-011", "mixed",
    ["name-as-word", "word-as-name", "title", "abroad", "place-list", "venue",
     "place-multiword"],
    "Summer in Cornwall 🌊 St Ives, Porthcurno und das Minack Theatre – honestly der "
    "schönste Urlaub ever. Danke an Grandma Rose für die Tipps!",
    [("Cornwall", L), ("St Ives", L), ("Porthcurno", L), ("Minack Theatre", L),
     ("Rose", P)])

rec("p5-mx-012", "mixed",
    ["word-as-name", "name-as-word", "title"],
    "Hope ist da! 💕 3.450 g, 51 cm, geboren in Großhadern. Hope you all had a great "
    "weekend – wir hatten den besten. Mama, Papa & big brother Jamie",
    [("Hope", P, 1), ("Großhadern", L), ("Jamie", P)])

rec("p5-mx-013", "mixed",
    ["brand-with-name", "place-like-name", "everyday-noun", "name-as-word"],
    "Valentinstag special 🌹 Red roses, tulips & ranunculus – order bis 12. Februar, "
    "Lieferung in ganz Mainz und Wiesbaden. Flowers by Lily's Blumenwerk, Gutenbergplatz.",
    [("Mainz", L), ("Wiesbaden", L), ("Gutenbergplatz", L)])

rec("p5-mx-014", "mixed",
    ["street", "title", "place-like-name", "name-as-word", "place-multiword"],
    "Fresh cut for the summer ☀️ Before/After von unserem Stylisten Kemal. Book now – "
    "Salon in der Sendlinger Straße, nur 2 min vom Marienplatz.",
    [("Kemal", P), ("Sendlinger Straße", L), ("Marienplatz", L)])

rec("p5-mx-015", "mixed",
    ["place-in-name", "everyday-noun"],
    "Hike of the month: Schrecksee 💙 Start in Hinterstein, 1.000 Höhenmeter, und oben "
    "dieser Blick! Next stop: Rappensee. Join us – Alpine Club Allgäu members only.",
    [("Schrecksee", L), ("Hinterstein", L), ("Rappensee", L)])

rec("p5-mx-016", "mixed",
    ["title", "place-list", "abroad", "venue", "place-multiword"],
    "Exchange week! 🇬🇧🇩🇪 Our partner school from Leeds visited us in Bielefeld. "
    "Highlights: Sparrenburg, Teutoburger Wald und ein Besuch in Münster. Thank you "
    "Mr. Patel und Frau Hoffmann!",
    [("Leeds", L), ("Bielefeld", L), ("Sparrenburg", L), ("Teutoburger Wald", L),
     ("Münster", L), ("Patel", P), ("Hoffmann", P)])

rec("p5-mx-017", "mixed",
    ["abroad", "place-list", "place-multiword", "venue"],
    "London in 48h 🇬🇧 Borough Market zum Frühstück, dann rüber zur Tower Bridge, "
    "nachmittags Notting Hill und abends Musical im West End. Mein Fazit: too expensive, "
    "but worth it.",
    [("London", L), ("Borough Market", L), ("Tower Bridge", L), ("Notting Hill", L),
     ("West End", L)])

rec("p5-mx-018", "mixed",
    ["place-like-name", "abroad", "title"],
    "Road trip USA 🚗 Von Savannah, Georgia nach Charleston und weiter bis Asheville. "
    "Lieblingsstadt? Definitely Savannah. Unsere Tochter Georgia fand’s eh am besten, "
    "weil überall ihr Name stand 😂",
    [("USA", L), ("Savannah", L, 1), ("Georgia", L, 1), ("Charleston", L),
     ("Asheville", L), ("Savannah", L, 2), ("Georgia", P, 2)])

rec("p5-mx-019", "mixed",
    ["place-multiword", "venue", "everyday-noun"],
    "Expat alert 🏠 Bright 2-room flat in Schwabing, close to the Englischer Garten and "
    "Münchner Freiheit. Furnished, available from October. DM for viewing!",
    [("Schwabing", L), ("Englischer Garten", L), ("Münchner Freiheit", L)])

rec("p5-mx-020", "mixed",
    ["place-like-name", "genitive", "title", "abroad", "place-multiword"],
    "Brooklyn's first steps! 👣 Ausgerechnet im Urlaub in New York, in einem Park in "
    "Brooklyn. Wir können’s nicht glauben. Danke an Aunt Mel für das Video!",
    [("Brooklyn's", P), ("New York", L), ("Brooklyn", L, 2), ("Mel", P)])

rec("p5-mx-021", "mixed",
    ["place-like-name", "abroad", "hashtag-name", "place-multiword"],
    "Happy 8th, Florence! 🎂 Gefeiert wird natürlich in Florence 🇮🇹 Gelato am Ponte "
    "Vecchio, Pizza in Oltrarno und Sunset am Piazzale Michelangelo. #happybirthdayflorence",
    [("Florence", P, 1), ("Florence", L, 2), ("Ponte Vecchio", L), ("Oltrarno", L),
     ("Piazzale Michelangelo", L), ("#happybirthdayflorence", P)])

rec("p5-mx-022", "mixed",
    ["place-in-name", "everyday-noun", "street", "name-as-word"],
    "Berliner oder Krapfen or Pfannkuchen? 🍩 Egal wie ihr sie nennt – ab "
    "Faschingsdienstag gibt’s sie bei uns in Regensburg, am Haidplatz. Fun fact: our "
    "baker swears Munich does it best.",
    [("Regensburg", L), ("Haidplatz", L), ("Munich", L)])

rec("p5-mx-023", "mixed",
    ["place-lowercase", "place-list", "name-as-word"],
    "honestly hamburg im november hits different 🌧️ alster spaziergang, franzbrötchen in "
    "ottensen, abends ins schanzenviertel. who's coming with? @mia.hh",
    [("hamburg", L), ("alster", L), ("ottensen", L), ("schanzenviertel", L),
     ("@mia.hh", M)])

rec("p5-mx-024", "mixed",
    ["title", "abroad", "nickname"],
    "OMG congrats!!! 🥳 Tell Onkel Klaus und Tante Britta we miss them! Greetings aus "
    "Kapstadt – bin erst nächsten Monat zurück in Stuttgart.",
    [("Klaus", P), ("Britta", P), ("Kapstadt", L), ("Stuttgart", L)])

rec("p5-mx-025", "mixed",
    ["genitive", "pet", "everyday-noun", "place-in-name"],
    "Christmas at the Müllers' 🎄 Oma’s Plätzchen, Daddy’s Glühwein and our dog Winston "
    "stealing the Dresdner Stollen. Frohe Weihnachten aus Kempten!",
    [("Müllers'", P), ("Kempten", L)])

rec("p5-mx-026", "mixed",
    ["brand-with-name", "place-hyphen", "abroad"],
    "Saturday vibes ☕ Flat White von Starbucks? Never. Bei uns gibt’s Bohnen aus "
    "Äthiopien, frisch geröstet in Nürnberg-Gostenhof. Your baristas today: the whole crew.",
    [("Äthiopien", L), ("Nürnberg-Gostenhof", L)])

rec("p5-mx-027", "mixed",
    ["place-list", "abroad", "place-multiword"],
    "Two weeks in Japan 🇯🇵 Tokio → Hakone → Kyoto → Nara → Osaka. Mein Highlight: "
    "Fushimi Inari at sunrise, ganz ohne Menschen.",
    [("Japan", L), ("Tokio", L), ("Hakone", L), ("Kyoto", L), ("Nara", L), ("Osaka", L),
     ("Fushimi Inari", L)])

rec("p5-mx-028", "mixed",
    ["place-inflected", "venue", "abroad", "brand-with-name", "place-multiword"],
    "Salsa Night at Studio Tanzwerk 💃 This Friday, 21 Uhr, in der Alten Feuerwache in "
    "Mannheim. Unser Gast-DJ aus Havanna legt auf. Bring your friends!",
    [("Alten Feuerwache", L), ("Mannheim", L), ("Havanna", L)])

rec("p5-mx-029", "mixed",
    ["place-in-name", "venue", "street", "everyday-noun"],
    "Finisher! 🏅 Vienna City Marathon geschafft – vorbei an Prater, Ringstraße und "
    "Schönbrunn. Huge thanks an meinen Coach und an alle, die an der Strecke standen!",
    [("Prater", L), ("Ringstraße", L), ("Schönbrunn", L)])

rec("p5-mx-030", "mixed",
    ["word-as-name", "title", "everyday-noun", "place-multiword"],
    "Forest Kindergarten day 🌳 Heute haben die Kids im Perlacher Forst Höhlen gebaut. "
    "Special thanks to Erzieherin Sunny und zu Opa Günther, who brought hot chocolate!",
    [("Perlacher Forst", L), ("Sunny", P), ("Günther", P)])

rec("p5-mx-031", "mixed",
    ["abroad", "place-multiword", "everyday-noun"],
    "Dream home alert auf Mallorca 🌴 Finca in der Nähe von Ses Salines, 10 Minuten zum "
    "Strand Es Trenc. Pool, Olivenbäume, 4 Schlafzimmer. Contact: unser "
    "Büro in Palma.",
    [("Mallorca", L), ("Ses Salines", L), ("Es Trenc", L), ("Palma", L)])

rec("p5-mx-032", "mixed",
    ["nickname"],
    "Sooo cute!! Wo ist das? Looks like Hallstatt 😍\n↳ Nope, that's Gosau! Hallstatt "
    "ist nur 20 Minuten weiter. Grüße an Vreni!",
    [("Hallstatt", L, 1), ("Gosau", L), ("Hallstatt", L, 2), ("Vreni", P)])

rec("p5-mx-033", "mixed",
    ["brand-with-name", "place-in-name", "famous", "place-like-name", "abroad",
     "place-multiword", "credit-line"],
    "Throwback to Paris Fashion Week 🖤 Outfit: Karl Lagerfeld, Tasche: Longchamp. Und ja, "
    "wir sind am Pont Alexandre III vorbeigelaufen – RIP Karl, you'd have loved it.",
    [("Pont Alexandre III", L), ("Karl", P, 2)])

rec("p5-mx-034", "mixed",
    ["place-in-name", "place-hyphen", "everyday-noun"],
    "Best Käsespätzle outside of Bavaria? 🧀 Found them in Zürich-Oerlikon, served by a guy "
    "from Oberstaufen. The Schwarzwälder Kirschtorte for dessert was a 10/10 too.",
    [("Bavaria", L), ("Zürich-Oerlikon", L), ("Oberstaufen", L)])

rec("p5-mx-035", "mixed",
    ["place-multiword", "abroad", "place-like-name", "everyday-noun", "credit-line"],
    "Elopement in Scotland 🏴 Just the two of us, Isla & Finn, auf der Isle of Skye. "
    "Old Man of Storr at sunrise, Fairy Pools am Nachmittag.\nPhoto: @highland.hearts",
    [("Scotland", L), ("Isla", P), ("Finn", P), ("Isle of Skye", L), ("Old Man of Storr", L),
     ("Fairy Pools", L), ("@highland.hearts", M)])

rec("p5-mx-036", "mixed",
    ["place-in-name", "abroad", "venue", "place-like-name", "name-as-word", "place-multiword"],
    "Our choir goes international! 🎶 Der Jugendchor Sankt Jakob singt im Juni in "
    "Edinburgh, in der St Giles' Cathedral. Fundraising concert vorher am 3. Mai in der "
    "Dreikönigskirche in Frankfurt.",
    [("Edinburgh", L), ("St Giles' Cathedral", L), ("Dreikönigskirche", L), ("Frankfurt", L)])

rec("p5-mx-037", "mixed",
    ["place-in-name", "everyday-noun"],
    "Hamburger in Hamburg? Of course 🍔 Unser Foodtour-Stopp in St. Pauli, danach ein "
    "Astra am Hafen. Thanks for the tips, ihr Lieben!",
    [("Hamburg", L), ("St. Pauli", L)])

rec("p5-mx-038", "mixed",
    ["everyday-noun", "credit-line", "title", "venue"],
    "Babyshower for our Lieblings-Cousine Aylin 🍼\nLocation: Palmengarten, Frankfurt\n"
    "Deko: @partyzauber.ffm\nCan't wait to meet you, little one!",
    [("Aylin", P), ("Palmengarten", L), ("Frankfurt", L), ("@partyzauber.ffm", M)])

rec("p5-mx-039", "mixed",
    ["place-list", "place-hashtag"],
    "Unpopular opinion: der Bodensee ist schöner als der Gardasee. Lindau, Meersburg, "
    "Mainau – come at me 😤 #bodensee",
    [("Bodensee", L), ("Gardasee", L), ("Lindau", L), ("Meersburg", L), ("Mainau", L)])

rec("p5-mx-040", "mixed",
    ["hashtag-name", "place-hashtag", "name-as-word", "venue", "place-multiword"],
    "Save the date! 💌 Chiara & Jonathan, 06.09.2025, Schloss Ort in Gmunden am Traunsee. "
    "Dresscode: summer chic. #chiaraundjonathan #traunsee",
    [("Chiara", P), ("Jonathan", P), ("Schloss Ort", L), ("Gmunden", L), ("Traunsee", L),
     ("#chiaraundjonathan", P)])

rec("p5-mx-041", "mixed",
    ["word-as-name", "place-like-name", "title"],
    "Grace & Amber from our Saturday class 💃 haben beim Tanzwettbewerb in Ludwigsburg den "
    "2. Platz geholt! Proud coach moment – Trainer Malte",
    [("Grace", P), ("Amber", P), ("Ludwigsburg", L), ("Malte", P)])

rec("p5-mx-042", "mixed",
    ["place-list", "venue", "nickname", "place-as-word", "street"],
    "Free walking tour, every day at 11 🍺 Start: Marienplatz, under the Glockenspiel. "
    "Route: Viktualienmarkt → Frauenkirche → Residenz → Odeonsplatz. Your guide: "
    "Benedikt, aka Bene.",
    [("Marienplatz", L), ("Viktualienmarkt", L), ("Frauenkirche", L), ("Residenz", L),
     ("Odeonsplatz", L), ("Benedikt", P), ("Bene", P)])

rec("p5-mx-043", "mixed",
    ["famous", "title", "place-compound", "brand-with-name", "nickname", "venue",
     "place-multiword"],
    "Schönbrunn Palace 👑 Auf den Spuren von Kaiserin Sisi – and yes, ich hab mir die "
    "Sissi-Filme danach nochmal angeschaut. Next up: Hofburg.",
    [("Schönbrunn Palace", L), ("Sisi", P), ("Hofburg", L)])

rec("p5-mx-044", "mixed",
    ["abroad", "title", "place-multiword"],
    "Villa mit Seeblick 🏡 Lake Como, zwischen Bellagio und Varenna. 6 bedrooms, private "
    "Bootssteg. Viewings via unser Partnerbüro in Milano – ask for Signora Colombo.",
    [("Lake Como", L), ("Bellagio", L), ("Varenna", L), ("Milano", L), ("Colombo", P)])

rec("p5-mx-045", "mixed",
    ["place-in-name", "place-as-word"],
    "Game day! 🤾‍♀️ Heute Derby gegen den TV Hüttenberg, 18 Uhr, Heimspiel in Gießen. "
    "Let's go, Mädels! Top scorer last week: unsere Nr. 7 mit 9 Toren.",
    [("Gießen", L)])

rec("p5-mx-046", "mixed",
    ["name-list", "abroad", "place-multiword"],
    "Visiting the Taylors in Edinburgh 🏴 Katie zeigt uns Leith und Dean Village, Tom "
    "grillt heute Abend. Scotland, you have our heart.",
    [("Taylors", P), ("Edinburgh", L), ("Katie", P), ("Leith", L), ("Dean Village", L),
     ("Tom", P), ("Scotland", L)])

rec("p5-mx-047", "mixed",
    ["credit-line", "brand-with-name"],
    "Editorial shoot „Alpine Romance“ 🏔️\nLocation: Seealpsee, Appenzell\nModel: "
    "@leonie.mdl\nHair & MUA: @beautybyvalentina\nDress: Elie Saab\nPhoto: @studio.bergblick",
    [("Seealpsee", L), ("Appenzell", L), ("@leonie.mdl", M), ("@beautybyvalentina", M),
     ("@studio.bergblick", M)])

rec("p5-mx-048", "mixed",
    ["word-as-name", "name-as-word", "abroad", "place-hyphen", "place-multiword"],
    "Mai & Khoa feiern ihre Hochzeit in Hanoi 🇻🇳 Die Zeremonie war im Mai am "
    "Hoan-Kiem-See, the reception in a rooftop bar in the Old Quarter. Chúc mừng!",
    [("Mai", P, 1), ("Khoa", P), ("Hanoi", L), ("Hoan-Kiem-See", L), ("Old Quarter", L)])

rec("p5-mx-049", "mixed",
    ["lowercase-name", "place-lowercase", "name-list", "title", "abroad"],
    "shoutout to our english teacher miss jones 🍎 she's moving back to cardiff after 3 "
    "years in augsburg. wir werden dich vermissen! love, klasse 4b – emma, lina, mats & "
    "the rest",
    [("jones", P), ("cardiff", L), ("augsburg", L), ("emma", P), ("lina", P), ("mats", P)])

rec("p5-mx-050", "mixed",
    ["place-nickname", "everyday-noun", "street", "venue"],
    "Ku'damm oder KaDeWe? 🛍️ Ehrlich gesagt: I'd rather go thrifting in Friedrichshain. "
    "Oder Flohmarkt im Mauerpark, Sonntag ab 10. Who's joining, Lea?",
    [("Ku'damm", L), ("Friedrichshain", L), ("Mauerpark", L), ("Lea", P)])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

def is_word_char(ch):
    return ch.isalpha() or ch.isdigit() or ch in "_-#@"


def boundary_occurrences(text, s):
    """Start offsets of `s` in `text` at a word boundary."""
    out = []
    i = text.find(s)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        # a span that itself starts with # or @ may follow any non-word char
        if not is_word_char(before) and not is_word_char(after):
            out.append(i)
        i = text.find(s, i + 1)
    return out


HANDLE_RE = re.compile(r"@[\w.]+")
INITIAL_RE = re.compile(r"(^|[\s.])[A-ZÄÖÜ]\.")


def letters_case(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return None
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper"
    return None


def build():
    errors = []
    out = []
    seen_ids, seen_texts = set(), set()
    id_re = {"de": re.compile(r"^p5-de-\d{3}$"), "mixed": re.compile(r"^p5-mx-\d{3}$")}

    for rid, lang, kinds, text, ents in R:
        def err(msg):
            errors.append(f"{rid}: {msg}")

        if rid in seen_ids:
            err("duplicate id")
        seen_ids.add(rid)
        if text in seen_texts:
            err("duplicate text")
        seen_texts.add(text)
        if lang not in LANGS:
            err(f"bad lang {lang!r}")
            continue
        if not id_re[lang].match(rid):
            err(f"id does not match lang {lang}")

        kinds = list(kinds)
        for k in kinds:
            if k in DERIVED:
                err(f"kind {k!r} is derived, do not set it by hand")
            elif k not in KINDS:
                err(f"unknown kind {k!r}")
        if len(set(kinds)) != len(kinds):
            err("duplicate kind")
        if "dialect" in kinds and lang != "de":
            err("dialect record must have lang de")

        spans = []
        for e in ents:
            if len(e) == 2:
                surface, label = e
                occ = None
            elif len(e) == 3:
                surface, label, occ = e
            else:
                err(f"bad entity tuple {e!r}")
                continue
            if label not in LABELS:
                err(f"bad label {label!r}")
                continue
            starts = boundary_occurrences(text, surface)
            if not starts:
                err(f"surface {surface!r} not found at a word boundary")
                continue
            if occ is None:
                if len(starts) > 1:
                    err(f"surface {surface!r} occurs {len(starts)} times; say which")
                    continue
                occ = 1
            if not 1 <= occ <= len(starts):
                err(f"surface {surface!r}: occurrence {occ} of {len(starts)}")
                continue
            start = starts[occ - 1]
            end = start + len(surface)
            if not (0 <= start < end <= len(text)):
                err(f"span {surface!r} outside the text")
                continue
            if text[start:end] != surface:
                err(f"span text {text[start:end]!r} != surface {surface!r}")
                continue
            spans.append((start, end, label))

            # span shape
            if surface != surface.strip():
                err(f"span {surface!r} starts or ends with whitespace")
            last = surface[-1]
            if not (last.isalpha() or last.isdigit()):
                ok = False
                if last == "'" and label == P and len(surface) > 1 and surface[-2] in "sxzSXZ":
                    ok = True  # possessive
                if last == "." and label == P and INITIAL_RE.search(surface[-3:] if len(surface) >= 3 else " " + surface):
                    ok = True  # initial
                if not ok:
                    err(f"span {surface!r} does not end in a letter or digit")
            first_tok = surface.split()[0].lower()
            if label == P and first_tok in TITLE_WORDS:
                err(f"PERSON span {surface!r} starts with a title/kinship word")
            if label == L:
                if first_tok in PREP_ART:
                    err(f"LOCATION span {surface!r} starts with a preposition/article")
                if surface.startswith("#"):
                    err(f"LOCATION span {surface!r} is a hashtag")
            if label == M and not surface.startswith("@"):
                err(f"MENTION span {surface!r} is not a handle")
            if label != M and surface.startswith("@"):
                err(f"handle {surface!r} must be MENTION")

        spans.sort()
        if len(set(spans)) != len(spans):
            err("duplicate span")
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"overlapping spans {text[a[0]:a[1]]!r} and {text[b[0]:b[1]]!r}")

        # every @handle is a MENTION span and vice versa
        handles = set()
        for m in HANDLE_RE.finditer(text):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] == ".":
                e -= 1
            handles.add((s, e))
        ment = {(s, e) for s, e, lab in spans if lab == M}
        if handles != ment:
            err(f"handles {sorted(handles)} != MENTION spans {sorted(ment)}")

        # kinds agree with the spans
        pers = [(s, e) for s, e, lab in spans if lab == P]
        locs = [(s, e) for s, e, lab in spans if lab == L]
        pers_txt = [text[s:e] for s, e in pers]
        locs_txt = [text[s:e] for s, e in locs]
        has_hash_person = any(t.startswith("#") for t in pers_txt)
        if ("hashtag-name" in kinds) != has_hash_person:
            err("kind hashtag-name disagrees with the spans")
        if "name-list" in kinds and len(pers) < 3:
            err("kind name-list needs at least 3 PERSON spans")
        if "initial" in kinds and not any(INITIAL_RE.search(t) for t in pers_txt):
            err("kind initial has no PERSON span with an initial")
        if "genitive" in kinds and not any(t.endswith("'") or t.endswith("s") for t in pers_txt):
            err("kind genitive has no PERSON span with a genitive ending")
        if "lowercase-name" in kinds and not any(
                letters_case(t) for t in pers_txt if not t.startswith("#")):
            err("kind lowercase-name has no lowercase/caps PERSON span")
        if "title" in kinds:
            found = False
            for s, _ in pers:
                prev = text[:s].split()
                if prev:
                    w = prev[-1].lower().split("-")[-1]
                    if w in TITLE_WORDS:
                        found = True
            if not found:
                err("kind title has no PERSON span after a title word")
        if "place-lowercase" in kinds and not any(letters_case(t) for t in locs_txt):
            err("kind place-lowercase has no lowercase/caps LOCATION span")
        if "place-hyphen" in kinds and not any("-" in t for t in locs_txt):
            err("kind place-hyphen has no hyphenated LOCATION span")
        if "place-multiword" in kinds and not any(" " in t for t in locs_txt):
            err("kind place-multiword has no multi-word LOCATION span")
        if "place-list" in kinds and len(locs) < 3:
            err("kind place-list needs at least 3 LOCATION spans")
        if "place-hashtag" in kinds:
            covered = {s for s, _, _ in spans}
            if not any(m.start() not in covered for m in re.finditer(r"#\w+", text)):
                err("kind place-hashtag has no unannotated hashtag")
        if not locs:
            err("every record must name at least one place")

        if any(lab == M for _, _, lab in spans):
            kinds.append("mention")
        if not spans:
            kinds.append("none")

        out.append({
            "id": rid,
            "lang": lang,
            "kind": kinds,
            "text": text,
            "entities": [[s, e, lab] for s, e, lab in spans],
        })

    # proportions
    n_de = sum(1 for r in out if r["lang"] == "de")
    n_mx = sum(1 for r in out if r["lang"] == "mixed")
    n_dia = sum(1 for r in out if "dialect" in r["kind"])
    if len(R) != 150:
        errors.append(f"expected 150 records, found {len(R)}")
    if n_de != 100 or n_mx != 50 or n_dia != 15:
        errors.append(f"expected 100 de (15 dialect) + 50 mixed, found {n_de} de "
                      f"({n_dia} dialect) + {n_mx} mixed")
    return out, errors


def main():
    records, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; gold.jsonl not written", file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = {}
    for r in records:
        for _, _, lab in r["entities"]:
            labels[lab] = labels.get(lab, 0) + 1
    langs = {}
    for r in records:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    dia = sum(1 for r in records if "dialect" in r["kind"])
    with_person = sum(1 for r in records if any(l in (P, M) for _, _, l in r["entities"]))
    print(f"wrote {OUT}: {len(records)} records "
          + ", ".join(f"{k}={v}" for k, v in sorted(langs.items()))
          + f" (dialect={dia}); entities "
          + ", ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    if "-v" in sys.argv[1:]:
        print(f"records with a person or handle: {with_person}")
        kc = {}
        for r in records:
            for k in r["kind"]:
                kc[k] = kc.get(k, 0) + 1
        for k, v in sorted(kc.items()):
            print(f"  {k:16s} {v}")


if __name__ == "__main__":
    main()
