#!/usr/bin/env python3
"""Independent caption test set for PERSON / LOCATION / MENTION extraction.

Every caption below was written fresh for this set (fictional people, real
places and brands). Annotation conventions: see GUIDE.md next to this file.

Record format (readable form):

    R(lang, kinds, text, [entity, ...])

    lang    "de" | "en" | "mixed"
    kinds   space-separated hard kinds the record exercises ("mention" and
            "none" are added automatically from the entities)
    entity  (surface, label) or (surface, label, occurrence)
            label: "P" PERSON, "L" LOCATION, "M" MENTION
            occurrence: 1-based index among the word-boundary occurrences of
            the surface string in the text; REQUIRED whenever the surface
            occurs more than once at a word boundary.

Run:  python3 data/eval/test/build_captions_test.py
It checks every span and writes captions_test.jsonl next to this file.
Plain Python 3, no dependencies, deterministic output.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "captions_test.jsonl")
SOURCE = "captions-test"

LABELS = {"P": "PERSON", "L": "LOCATION", "M": "MENTION"}
LANGS = ("de", "en", "mixed")
KIND_ORDER = [
    "place-like-name",  # places that look like names / neighbourhoods, landmarks, lakes, mountains, foreign towns, states
    "everyday-noun",    # German everyday nouns / English loanwords in German text that are not people
    "brand-with-name",  # brands, shops, products, works, characters, bands containing a person's name - not people
    "lowercase-name",   # a person written all lowercase or ALL CAPS
    "nickname",         # nicknames and diminutives
    "word-as-name",     # a person whose name is also an ordinary word (Summer, Hope, Mai, Rose, Will, Sunny)
    "name-as-word",     # a word that is also a name, used as a word (the season, the month, the flower)
    "hashtag-name",     # a person's name inside a hashtag (PERSON over the whole hashtag)
    "name-list",        # three or more people listed
    "title",            # title or kinship word before a name (not part of the span)
    "genitive",         # possessive / genitive ending (part of the span)
    "initial",          # initials (part of the span)
    "pet",              # a pet's name (not annotated)
    "mention",          # @handles (added automatically)
    "none",             # no entity at all (added automatically)
]
KINDS = set(KIND_ORDER)

RECORDS = []


def R(lang, kinds, text, ents=()):
    RECORDS.append((lang, kinds.split(), text, list(ents)))


# ---------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------

R("de", "place-like-name everyday-noun title",
  "Was für ein Tag! 💍 Standesamt in Charlottenburg, danach Sektempfang im Garten. Danke an Frau Kessler für die wunderschöne Trauung und an @blumenwerk.berlin für den Brautstrauß 🌸",
  [("Charlottenburg", "L"), ("Kessler", "P"), ("@blumenwerk.berlin", "M")])

R("de", "everyday-noun",
  "Frühstück mit Geduld 😅 Die Kleine wollte heute einfach nicht schlafen.")

R("de", "title",
  "Oma Gerda wird heute 90!!! 🎉🎂 Die ganze Familie war da – sogar Cousine Jule aus Flensburg ist angereist ❤️",
  [("Gerda", "P"), ("Jule", "P"), ("Flensburg", "L")])

R("de", "lowercase-name nickname everyday-noun",
  "danke lena und tobi für den schönsten polterabend 🥂 ihr seid die besten",
  [("lena", "P"), ("tobi", "P")])

R("de", "lowercase-name",
  "HAPPY BIRTHDAY MARKUS 🎉🎉🎉\nAuf die nächsten 40!",
  [("MARKUS", "P")])

R("de", "place-like-name",
  "Wanderung zum Herzogstand bei bestem Wetter ⛰️ Oben gab's Kaiserschmarrn und Aussicht auf den Walchensee. #bergliebe #bayern",
  [("Herzogstand", "L"), ("Walchensee", "L")])

R("de", "place-like-name",
  "Abend am Schlachtensee 🌅 Mehr braucht's manchmal nicht.",
  [("Schlachtensee", "L")])

R("de", "genitive everyday-noun",
  "Annas Hochzeit im Schloss Elmau – was für eine Location! 🤍 Fotos: @lichtundliebe.fotografie",
  [("Annas", "P"), ("Schloss Elmau", "L"), ("@lichtundliebe.fotografie", "M")])

R("de", "genitive",
  "Jonas' Auto ist endlich fertig 🚗 Drei Monate Schrauben in der Garage in Bochum-Wattenscheid haben sich gelohnt.",
  [("Jonas'", "P"), ("Bochum-Wattenscheid", "L")])

R("de", "everyday-noun",
  "Neue Sneaker aus dem Outlet in Wertheim 👟 Schnäppchen des Jahres!",
  [("Wertheim", "L")])

R("de", "name-list everyday-noun",
  "Babyshower für Kathrin 💕 Organisiert von Maren, Sofie und Carola – ihr habt euch selbst übertroffen!",
  [("Kathrin", "P"), ("Maren", "P"), ("Sofie", "P"), ("Carola", "P")])

R("de", "name-list place-like-name",
  "Svenja Merle Ronja und Pia beim Mädelsabend in Ehrenfeld 🍷🍕",
  [("Svenja", "P"), ("Merle", "P"), ("Ronja", "P"), ("Pia", "P"), ("Ehrenfeld", "L")])

R("de", "title",
  "Dr. Brandt hat heute seinen letzten Arbeitstag in der Praxis. Danke für 35 Jahre! 💐",
  [("Brandt", "P")])

R("de", "everyday-noun",
  "Geduld ist nicht meine Stärke… aber für dieses Licht warte ich gern 📷 #goldenhour #fotografie")

R("de", "word-as-name",
  "Mai und Duc haben sich getraut 💍 Morgens eine vietnamesische Teezeremonie, abends Party auf der Zeche Zollverein.",
  [("Mai", "P"), ("Duc", "P"), ("Zeche Zollverein", "L")])

R("de", "name-as-word place-like-name",
  "Im Mai blüht hier alles 🌸 Der Luisenpark ist dann einfach magisch.",
  [("Luisenpark", "L")])

R("de", "pet everyday-noun",
  "Unser Kater Felix hat heute Geburtstag 🐱🎂 Er wird 12 und ist immer noch der Chef im Haus.")

R("de", "hashtag-name",
  "#teammüller beim Firmenlauf 🏃‍♀️🏃 Platz 3 in der Teamwertung!",
  [("#teammüller", "P")])

R("de", "brand-with-name",
  "Heute bei Müller gewesen und die halbe Drogerie leer gekauft 🙈")

R("de", "hashtag-name",
  "#muellerhochzeit 💒 Sabine & Thomas, wir wünschen euch alles Liebe!",
  [("#muellerhochzeit", "P"), ("Sabine", "P"), ("Thomas", "P")])

R("de", "place-like-name",
  "Gestern im Tegernsee geschwommen, heute Erkältung 🤧",
  [("Tegernsee", "L")])

R("de", "title",
  "Frau Dr. Yilmaz und ihr Team haben uns so gut betreut ❤️ Willkommen auf der Welt, kleine Elif!",
  [("Yilmaz", "P"), ("Elif", "P")])

R("de", "",
  "Leyla Naz, 3480 g, 52 cm 🩷 Wir sind so verliebt.",
  [("Leyla Naz", "P")])

R("de", "everyday-noun",
  "Kaffee, Kuchen und ganz viel Sonnenschein ☀️ So muss Sonntag.")

R("de", "everyday-noun",
  "Die Cousine vom Bräutigam hat den Brautstrauß gefangen 😂💐 Nächstes Jahr also die nächste Hochzeit?")

R("de", "nickname place-like-name",
  "Mit Steffi und Maxl am Viktualienmarkt 🥨 Brotzeit muss sein.",
  [("Steffi", "P"), ("Maxl", "P"), ("Viktualienmarkt", "L")])

R("de", "nickname everyday-noun",
  "Lenchen wird heute 3 🎈🎈🎈 Mama und Papa sind so stolz auf dich.",
  [("Lenchen", "P")])

R("de", "nickname brand-with-name",
  "Flo hat's geschafft – Meister! 🏆 Glückwunsch vom ganzen Team der Bäckerei Hoffmann.",
  [("Flo", "P")])

R("de", "title everyday-noun",
  "Trauzeugin Jacqueline hat eine Rede gehalten, bei der kein Auge trocken blieb 😭",
  [("Jacqueline", "P")])

R("de", "brand-with-name",
  "Ritter Sport, Lindt oder doch Milka? Die wichtigste Frage des Abends 🍫")

R("de", "brand-with-name",
  "Zum Geburtstag gab's eine Flasche Johnnie Walker und einen Gutschein für Hugo Boss. Papa hat sich sehr gefreut 😄")

R("de", "brand-with-name",
  "Kinderdisco mit Benjamin Blümchen und Bibi Blocksberg 🐘🧹 Die Kleinen waren komplett aus dem Häuschen.")

R("de", "brand-with-name everyday-noun",
  "Bei „Lauras Stern“ ist die Kleine eingeschlafen 🌟 Endlich Feierabend!")

R("de", "brand-with-name",
  "Unser Hochzeitstanz: „Sweet Caroline“ – und alle haben mitgesungen 🎶")

R("de", "place-like-name",
  "Schöne Grüße aus Sankt Peter-Ording 🌊 Wind, Sand und Fischbrötchen.",
  [("Sankt Peter-Ording", "L")])

R("de", "title",
  "Herr Nowak, unser Hausmeister, geht in Rente. Wir sagen danke für alles!",
  [("Nowak", "P")])

R("de", "title place-like-name",
  "Familienshooting mit Familie Kowalski im Englischen Garten 🍂 Die Jungs Kacper und Bartek hatten so viel Spaß im Laub.",
  [("Kowalski", "P"), ("Englischen Garten", "L"), ("Kacper", "P"), ("Bartek", "P")])

R("de", "name-as-word",
  "Ernst beiseite: Dieser Kuchen ist der beste, den ich je gebacken habe 🍰")

R("de", "title word-as-name",
  "Onkel Ernst hat zum 80. eine Rede gehalten und alle zum Lachen gebracht 😂",
  [("Ernst", "P")])

R("de", "place-like-name",
  "Der Herbst am Königssee 🍁 Mit dem Boot nach St. Bartholomä und zurück.",
  [("Königssee", "L"), ("St. Bartholomä", "L")])

R("de", "name-as-word word-as-name",
  "Rosa Luftballons, rosa Torte, rosa alles 🎀 Der erste Geburtstag von Rosa war ein Traum.",
  [("Rosa", "P", 2)])

R("de", "name-as-word",
  "Die Erika blüht endlich in den Balkonkästen 💜 Jetzt darf der Herbst kommen.")

R("de", "word-as-name name-as-word",
  "Jasmin & Kai – Fotos am Kai im Hamburger Hafen ⚓ Danke, dass wir euch begleiten durften!",
  [("Jasmin", "P"), ("Kai", "P", 1), ("Hamburger Hafen", "L")])

R("de", "everyday-noun place-like-name",
  "Sommer, Sonne, Sonnenbrand 😎 Grüße vom Wannsee",
  [("Wannsee", "L")])

R("de", "name-as-word",
  "Am 1. August ist es so weit 💍 Wir zählen die Tage!")

R("de", "word-as-name everyday-noun",
  "August wird heute eingeschult 🎒 Die Schultüte war fast größer als er.",
  [("August", "P")])

R("de", "title",
  "Die Schultüte von Frieda hat Opa Heinrich gebastelt ✂️❤️",
  [("Frieda", "P"), ("Heinrich", "P")])

R("de", "place-like-name",
  "Mit dem Wohnmobil durch Südtirol 🚐 Stationen: Brixen, Meran, Seiser Alm.",
  [("Südtirol", "L"), ("Brixen", "L"), ("Meran", "L"), ("Seiser Alm", "L")])

R("de", "",
  "Montag. Regen. Keine Lust.")

R("de", "everyday-noun",
  "Heute mal kein Content, nur Kaffee ☕")

R("de", "",
  "Danke an alle für die Glückwünsche!!! 🥹🥹")

R("de", "lowercase-name",
  "GRATULATION ZUM ABITUR, LUKAS!!! 🎓 Wir sind so stolz auf dich. Deine Familie",
  [("LUKAS", "P")])

R("de", "lowercase-name title",
  "frohe weihnachten von uns allen 🎄 eure familie demir",
  [("demir", "P")])

R("de", "",
  "@jana.schreiber @tobias_krm @studio.nordlicht danke für den tollen Tag 🙏",
  [("@jana.schreiber", "M"), ("@tobias_krm", "M"), ("@studio.nordlicht", "M")])

R("de", "name-list",
  "Heute im Studio: die kleine Amira mit ihren großen Geschwistern Yusuf und Zeynep 🥰 #newbornshooting #familienfotografie",
  [("Amira", "P"), ("Yusuf", "P"), ("Zeynep", "P")])

R("de", "title",
  "Die Frau Pohl von nebenan hat heute wieder Apfelstrudel vorbeigebracht 🥧 Beste Nachbarin!",
  [("Pohl", "P")])

R("de", "everyday-noun",
  "Fernweh 🌍✈️ #throwback #reisen")

R("de", "place-like-name",
  "Heiratsantrag auf der Zugspitze 💍🏔️ Sie hat JA gesagt!!! Glückwunsch an Dominik und Vanessa",
  [("Zugspitze", "L"), ("Dominik", "P"), ("Vanessa", "P")])

R("de", "name-list place-like-name",
  "Spieltag! Unsere C-Jugend gewinnt 4:1 gegen die SpVgg Unterhaching ⚽ Tore: Milan (2), Emre, Jakob",
  [("Milan", "P"), ("Emre", "P"), ("Jakob", "P")])

R("de", "place-like-name",
  "Heimspiel am Samstag um 15 Uhr auf dem Sportplatz an der Jahnstraße. Kommt vorbei! 💪",
  [("Jahnstraße", "L")])

R("de", "title",
  "Unsere Damen sind Meister der Bezirksliga!!! 🏆🏐 Danke an Trainerin Agnieszka Wróbel und Co-Trainer Heiko",
  [("Agnieszka Wróbel", "P"), ("Heiko", "P")])

R("de", "name-as-word",
  "Die kleine Hannah hat ihr erstes Seepferdchen 🐴🏊‍♀️ Stolz wie Bolle!",
  [("Hannah", "P")])

R("de", "brand-with-name",
  "Mit Dr. Oetker Backmischung zum perfekten Kuchen? Nee, heute alles selbst gemacht 😤")

R("de", "brand-with-name",
  "Brautkleid von Vera Wang, Schuhe von Jimmy Choo und das Lächeln ganz von allein 🤍 Unsere Braut Franziska an ihrem großen Tag.",
  [("Franziska", "P")])

R("de", "place-like-name",
  "Die Trauung fand in der Frauenkirche statt, der Empfang im Bayerischen Hof 🥂 Danke, Theresa und Korbinian, für euer Vertrauen.",
  [("Frauenkirche", "L"), ("Bayerischen Hof", "L"), ("Theresa", "P"), ("Korbinian", "P")])

R("de", "",
  "Wir suchen Verstärkung! Fotograf*in (m/w/d) in Teilzeit für unser Studio in Regensburg. Bewerbungen gerne per DM.",
  [("Regensburg", "L")])

R("de", "everyday-noun",
  "Kita-Sommerfest 🌞 Danke an alle Eltern für Kuchen, Salate und Geduld!")

R("de", "everyday-noun",
  "Die Oma von Ida hat extra einen Zitronenkuchen gebacken 🍋",
  [("Ida", "P")])

R("de", "lowercase-name",
  "juna wird 2 🎈🎈 wie schnell die zeit vergeht",
  [("juna", "P")])

R("de", "place-like-name",
  "Spaziergang durch Haidhausen und dann Eis am Gärtnerplatz 🍦",
  [("Haidhausen", "L"), ("Gärtnerplatz", "L")])

R("de", "place-like-name",
  "Mittagspause an der Alster ☀️",
  [("Alster", "L")])

R("de", "everyday-noun",
  "Was ein Konzert gestern in der Elbphilharmonie 🎻 Gänsehaut pur beim Bolero.",
  [("Elbphilharmonie", "L")])

R("de", "hashtag-name",
  "Herzlichen Glückwunsch zur Hochzeit, Marie-Luise und Konstantin! 💐 #hochzeit2024 #mariundkonsti",
  [("Marie-Luise", "P"), ("Konstantin", "P"), ("#mariundkonsti", "P")])

R("de", "hashtag-name everyday-noun",
  "#happybirthdaykatrin 🎂 Du bist die Beste, Schwesterherz!",
  [("#happybirthdaykatrin", "P")])

R("de", "hashtag-name everyday-noun",
  "Erste Vorschau 💫 #mirjamundfelix #hochzeitamsee #brautpaar",
  [("#mirjamundfelix", "P")])

R("de", "name-list place-like-name",
  "Die Sonne geht unter über dem Bodensee und wir sitzen noch immer am Steg 🌅 Mit Birte, Okke und Hauke – Sommer wie früher.",
  [("Bodensee", "L"), ("Birte", "P"), ("Okke", "P"), ("Hauke", "P")])

R("de", "title",
  "Grillabend im Kleingarten 🌭 Salat von Tante Waltraud, Bier von Onkel Jürgen, Stimmung von allen.",
  [("Waltraud", "P"), ("Jürgen", "P")])

R("de", "everyday-noun",
  "Neu im Shop: Fotobücher im Format 30x30 📚 Jetzt mit 15 % Rabatt bis Sonntag.")

R("de", "everyday-noun",
  "Gewinnspiel! 🎁 Wir verlosen ein Mini-Shooting. Einfach markieren, wer mitkommen soll. Teilnahme ab 18, Ende 31.5.")

R("de", "title place-like-name",
  "Danke an Familie Nguyen für das Vertrauen – Hochzeitsfotos in Hội An, das war ein Traum 🏮",
  [("Nguyen", "P"), ("Hội An", "L")])

R("de", "place-like-name",
  "Thu Hà und Lars haben sich gestern in Altona getraut 💍 Später ging's zum Feiern an den Elbstrand.",
  [("Thu Hà", "P"), ("Lars", "P"), ("Altona", "L"), ("Elbstrand", "L")])

R("de", "title place-like-name",
  "Pfingsten in Kraków 🇵🇱 Mit Babcia Halina über den Rynek spaziert und Pierogi gegessen.",
  [("Kraków", "L"), ("Halina", "P"), ("Rynek", "L")])

R("de", "everyday-noun",
  "Nicht vergessen: Muttertag ist am Sonntag 💐 Gutscheine gibt's im Studio.")

R("de", "name-as-word",
  "Am Valentinstag ausgebucht – danke euch! ❤️ Neue Termine ab März.")

R("de", "",
  "Valentin hat heute seine erste Geige bekommen 🎻",
  [("Valentin", "P")])

R("de", "name-list",
  "Leni, Ben, Mats, Greta, Paul – die Vorschulgruppe beim Abschlussfest 🎓🌈",
  [("Leni", "P"), ("Ben", "P"), ("Mats", "P"), ("Greta", "P"), ("Paul", "P")])

R("de", "lowercase-name title",
  "SCHÖNEN URLAUB, FRAU WEBER!!! Die 4b vermisst Sie schon 😢",
  [("WEBER", "P")])

R("de", "place-like-name",
  "Schlittenfahren am Feldberg ❄️ Emil und Jonte wollten gar nicht mehr heim.",
  [("Feldberg", "L"), ("Emil", "P"), ("Jonte", "P")])

R("de", "everyday-noun place-like-name",
  "Weihnachtsmarkt am Gendarmenmarkt mit der Cousine 🎄 Glühwein, Mandeln und ein bisschen Kitsch.",
  [("Gendarmenmarkt", "L")])

R("de", "",
  "Hochzeitsmesse am Wochenende in Göttingen – kommt an unseren Stand in Halle 2!",
  [("Göttingen", "L")])

R("de", "brand-with-name",
  "Bester Burger der Stadt? Wir sagen: Hans im Glück 🍔")

R("de", "title",
  "Abschied von Opa Władysław. Du fehlst uns jeden Tag. 🕯️",
  [("Władysław", "P")])

R("de", "title place-like-name",
  "Taufe von Matteo in der Kirche St. Michael 🤍 Pate: Onkel Giuseppe, Patin: Tante Rosaria.",
  [("Matteo", "P"), ("St. Michael", "L"), ("Giuseppe", "P"), ("Rosaria", "P")])

R("de", "everyday-noun",
  "Noch 3 Tage bis zur Einschulung 🎒 Die Schultüte steht schon bereit.")

R("de", "",
  "Danke @kerstin_hochzeitsplanung für die perfekte Organisation und @dj.malte.hh für die Musik bis 4 Uhr morgens 🎧",
  [("@kerstin_hochzeitsplanung", "M"), ("@dj.malte.hh", "M")])

R("de", "place-like-name",
  "Mit @mia.k_photo unterwegs in Görlitz – die Altstadt ist wie ein Filmset 🎬",
  [("@mia.k_photo", "M"), ("Görlitz", "L")])

R("de", "title name-list",
  "Team-Event bei uns im Büro: Kochkurs mit Chefkoch Salvatore 🍝 Danke an Giulia und Dario fürs Organisieren!",
  [("Salvatore", "P"), ("Giulia", "P"), ("Dario", "P")])

R("de", "everyday-noun",
  "Mein Lieblingsmensch wird heute 30 🥳 Alles Gute, Schatz!")

R("de", "",
  "Endlich wieder Sauna ♨️")

R("de", "place-like-name",
  "Heute vor einem Jahr: unsere Hochzeit am Eibsee 💚 Ich würde alles genau so wieder machen.",
  [("Eibsee", "L")])

R("de", "title name-list",
  "Kommunion von Lina-Sophie 🕊️ mit Pate Dennis und Patin Melanie",
  [("Lina-Sophie", "P"), ("Dennis", "P"), ("Melanie", "P")])

R("de", "everyday-noun",
  "Das Brautpaar Ayşe und Mehmet beim Henna-Abend 🔴✨ Die Tante der Braut hat das Henna aufgetragen.",
  [("Ayşe", "P"), ("Mehmet", "P")])

R("de", "everyday-noun",
  "Der Frühling kommt! 🌷 Ostershootings ab sofort buchbar – Termine im Studio in Gelsenkirchen-Buer.",
  [("Gelsenkirchen-Buer", "L")])

R("de", "title everyday-noun",
  "Sehr geehrte Frau Özdemir, vielen Dank für Ihre liebe Bewertung! Wir freuen uns auf das nächste Shooting. Ihr Team vom Fotostudio Sonnenschein",
  [("Özdemir", "P")])

R("de", "everyday-noun",
  "mama, papa, oma und opa beim sonntagsbrunch 🥐")

R("de", "genitive",
  "Auf Lorenz' Geburtstag gab es Pizza aus dem Holzofen 🍕 Danke, Helga, für die Einladung!",
  [("Lorenz'", "P"), ("Helga", "P")])

R("de", "genitive",
  "Noahs erster Zahn 🦷 Und die Nächte sind entsprechend kurz…",
  [("Noahs", "P")])

R("de", "nickname",
  "Fiete im Watt 🦀 Mit Gummistiefeln in Büsum unterwegs.",
  [("Fiete", "P"), ("Büsum", "L")])

R("de", "nickname name-list place-like-name",
  "Kalle, Hannes und Bodo bei der Maiwanderung 🍻 Auf dem Weg zum Brocken.",
  [("Kalle", "P"), ("Hannes", "P"), ("Bodo", "P"), ("Brocken", "L")])

R("de", "",
  "Zum ersten Mal Sushi! 🍣 Lotta fand's super, Jannik eher nicht so 😂",
  [("Lotta", "P"), ("Jannik", "P")])

R("de", "title place-like-name",
  "Besuch bei den Großeltern in Masuren 🌲 Dziadek Zbigniew zeigt den Enkeln, wie man Pilze sammelt.",
  [("Masuren", "L"), ("Zbigniew", "P")])

R("de", "place-like-name",
  "Frische Erdbeeren vom Feld in Werder 🍓 Marmelade ist schon eingekocht.",
  [("Werder", "L")])

R("de", "title",
  "Die Mannschaft von Trainer Petrović bedankt sich bei allen Sponsoren! 🙏⚽",
  [("Petrović", "P")])

R("de", "brand-with-name",
  "Jubiläum! 25 Jahre Friseursalon Christa in Recklinghausen 💇‍♀️ Danke an alle treuen Kundinnen.",
  [("Recklinghausen", "L")])

R("de", "",
  "Ruhe vor dem Sturm. Morgen ist Hochzeit Nr. 30 in dieser Saison 📸")

R("de", "place-like-name",
  "Viele Grüße aus dem Allgäu! 🐄 Das Wetter spielt mit, die Kühe auch.",
  [("Allgäu", "L")])

R("de", "nickname place-like-name",
  "Winterwanderung auf den Wendelstein mit Resi und Wastl ⛄",
  [("Wendelstein", "L"), ("Resi", "P"), ("Wastl", "P")])

R("de", "title",
  "Tag der offenen Tür in der Musikschule 🎺 Die Bläserklasse von Herrn Albrecht hat den Anfang gemacht.",
  [("Albrecht", "P")])

R("de", "lowercase-name",
  "LIEBE ANNIKA, ALLES LIEBE ZUR KONFIRMATION!!!",
  [("ANNIKA", "P")])

R("de", "place-like-name",
  "Hochzeit auf Gut Karlsburg 🌾 Scheune, Lichterketten, Landliebe.",
  [("Gut Karlsburg", "L")])

R("de", "",
  "Ein Hoch auf unsere Meisterin im Bankdrücken: Dilara! 💪🏋️‍♀️",
  [("Dilara", "P")])

R("de", "title",
  "Klassenfahrt nach Prag 🚌 Die 9c und Herr Lindner haben überlebt 😄",
  [("Prag", "L"), ("Lindner", "P")])

R("de", "",
  "Keine Worte. Nur Liebe.")

R("de", "everyday-noun place-like-name",
  "Herbstshooting im Schlosspark Biebrich 🍂 mit der süßen Marlene und ihrem Papa",
  [("Schlosspark Biebrich", "L"), ("Marlene", "P")])

R("de", "brand-with-name everyday-noun",
  "Die neue Kollektion von Marc O'Polo ist da 🧥 Jetzt im Store in der Fußgängerzone.")

R("de", "",
  "Letzte Probe vor dem Konzert am Samstag in der Liederhalle in Stuttgart 🎼 Der Chor ist bereit!",
  [("Liederhalle", "L"), ("Stuttgart", "L")])

R("de", "",
  "Poprawiny! Am Tag nach der Hochzeit von Paulina und Szymon ging's in Gdańsk direkt weiter 🎉",
  [("Paulina", "P"), ("Szymon", "P"), ("Gdańsk", "L")])

R("de", "everyday-noun",
  "Bernhard, 1938–2024. Danke für alles, lieber Papa.",
  [("Bernhard", "P")])

R("de", "place-like-name",
  "Kleine Pause am Brandenburger Tor 📍 Berlin ist immer eine Reise wert.",
  [("Brandenburger Tor", "L"), ("Berlin", "L")])

R("de", "place-like-name",
  "Hochzeit von Josephine & Ole in der Villa Rothschild in Königstein 🤍",
  [("Josephine", "P"), ("Ole", "P"), ("Villa Rothschild", "L"), ("Königstein", "L")])

R("de", "brand-with-name name-list",
  "Kinderfasching 🤡 Als Pippi Langstrumpf verkleidet: Marie, Smilla und Ava.",
  [("Marie", "P"), ("Smilla", "P"), ("Ava", "P")])

R("de", "",
  "Jägerschnitzel, Pommes, Apfelschorle. Mehr braucht's nach dem Turnier nicht.")

R("de", "brand-with-name name-as-word",
  "Der Spargel vom Penny war erstaunlich gut 🥦 Spargelsaison, wir lieben dich!")

R("de", "brand-with-name",
  "Wochenendeinkauf bei Norma erledigt, jetzt ab in den Garten 🌻")

R("de", "word-as-name",
  "Unsere Tochter Hope ist da 🤍 3210 g pures Glück.",
  [("Hope", "P")])

R("de", "initial everyday-noun",
  "Gewinnerin unseres Gewinnspiels ist Melina K. aus Ulm 🎉 Bitte melde dich per DM!",
  [("Melina K.", "P"), ("Ulm", "L")])

R("de", "initial",
  "Kursleitung: M. Schneider · Anmeldung im Vereinsheim",
  [("M. Schneider", "P")])

R("de", "initial name-list title",
  "Mannschaftsfoto 2024 📸 Vorne v.l.: Kapitän Moritz W., Torwart Deniz A., Ilyas, Ben, Ferhat. Hinten: Trainer Uwe Scholz",
  [("Moritz W.", "P"), ("Deniz A.", "P"), ("Ilyas", "P"), ("Ben", "P"), ("Ferhat", "P"), ("Uwe Scholz", "P")])

R("de", "initial",
  "Anna-Lena S. schreibt: „Die Fotos sind noch schöner geworden, als wir es uns vorgestellt hatten!“ Danke dir! 🥰",
  [("Anna-Lena S.", "P")])

R("de", "initial",
  "Fotos: T. Wagner / Text: R. Yıldız",
  [("T. Wagner", "P"), ("R. Yıldız", "P")])

R("de", "initial",
  "Jonas B. und Jonas K. haben beide am gleichen Tag Geburtstag 🎂🎂 Doppelt feiern!",
  [("Jonas B.", "P"), ("Jonas K.", "P")])

R("de", "name-list everyday-noun",
  "Sommerfest im Verein 🍉 Am Grill: Rüdiger. Am Kuchenbuffet: Gisela und Monika. Am Zapfhahn: natürlich Detlef.",
  [("Rüdiger", "P"), ("Gisela", "P"), ("Monika", "P"), ("Detlef", "P")])

R("de", "name-list everyday-noun",
  "Omas 80. Geburtstag 🎂 Mit allen Enkeln: Leonie, Finja, Tjark, Malte und Ben-Luca",
  [("Leonie", "P"), ("Finja", "P"), ("Tjark", "P"), ("Malte", "P"), ("Ben-Luca", "P")])

R("de", "",
  "Neu im Team: Ivana aus Zagreb unterstützt uns ab sofort bei der Bildbearbeitung 💻 Dobrodošla!",
  [("Ivana", "P"), ("Zagreb", "L")])

R("de", "",
  "Zwillinge! 👶👶 Willkommen, Aurelia und Casimir",
  [("Aurelia", "P"), ("Casimir", "P")])

R("de", "title place-like-name",
  "Dank an Pfarrer Gregor und Organistin Irmgard für die wunderschöne Trauung in der Basilika Vierzehnheiligen ⛪",
  [("Gregor", "P"), ("Irmgard", "P"), ("Basilika Vierzehnheiligen", "L")])

R("de", "name-list place-like-name",
  "Ausflug zum Mummelsee mit Oskar, Linus und Clara 🌲",
  [("Mummelsee", "L"), ("Oskar", "P"), ("Linus", "P"), ("Clara", "P")])

R("de", "title",
  "Familie Schäfer-Okonkwo beim Herbstspaziergang an der Isar 🍂",
  [("Schäfer-Okonkwo", "P"), ("Isar", "L")])

R("de", "",
  "Nadine und Sven feiern Kupferhochzeit 🥂 Sieben Jahre!",
  [("Nadine", "P"), ("Sven", "P")])

R("de", "name-list nickname",
  "Die Jungs vom Stammtisch: Heinz, Gerd, Wolfgang und Manni 🍺 Seit 1982 jeden Donnerstag.",
  [("Heinz", "P"), ("Gerd", "P"), ("Wolfgang", "P"), ("Manni", "P")])

R("de", "genitive everyday-noun",
  "Bei Mustafas Familie in Gaziantep gab es Baklava zum Frühstück 😍 Teşekkürler, Emine Teyze!",
  [("Mustafas", "P"), ("Gaziantep", "L"), ("Emine", "P")])

R("de", "genitive",
  "Magdalenas Taufe am Sonntag in Blankenese 🤍",
  [("Magdalenas", "P"), ("Blankenese", "L")])

R("de", "genitive",
  "Ramonas Abschiedsfeier im Büro 🥲 Wir werden dich vermissen!",
  [("Ramonas", "P")])

R("de", "place-like-name",
  "Kevin und Chantal haben sich verlobt!!! 💍 Ort: natürlich die Loreley",
  [("Kevin", "P"), ("Chantal", "P"), ("Loreley", "L")])

R("de", "everyday-noun",
  "Hallo Herbst 🍁 Kürbissuppe, Wolldecke und Serien. Und ihr so?")

R("de", "",
  "Unser Lehrling Piotr hat die Gesellenprüfung bestanden 🔧 Gratulation vom ganzen Betrieb!",
  [("Piotr", "P")])

R("de", "title",
  "Gruppenbild vom Chorwochenende in Bad Wildbad: Sopran, Alt, Tenor, Bass – und Dirigentin Frau Dr. Lemke",
  [("Bad Wildbad", "L"), ("Lemke", "P")])

R("de", "name-list nickname place-like-name",
  "Jakub, Dorota und die kleine Zosia in Zakopane ⛷️",
  [("Jakub", "P"), ("Dorota", "P"), ("Zosia", "P"), ("Zakopane", "L")])

R("de", "place-like-name",
  "Aperol am Tegeler See mit Esra und Büşra ☀️",
  [("Tegeler See", "L"), ("Esra", "P"), ("Büşra", "P")])

R("de", "",
  "Geburtstagsbrunch für Friedrich 🥐 Der Kleine wird 1!",
  [("Friedrich", "P")])

R("de", "lowercase-name",
  "ALLES GUTE ZUM 18., ROBIN!!! 🎉",
  [("ROBIN", "P")])

R("de", "lowercase-name place-like-name",
  "bin mit tamara und alex in der sächsischen schweiz wandern 🥾",
  [("tamara", "P"), ("alex", "P"), ("sächsischen schweiz", "L")])

R("de", "everyday-noun",
  "Der Italiener um die Ecke hat jetzt Pizza mit Nutella 🍕🍫 Mutig.")

R("de", "place-like-name",
  "Die Kirschblüte in der Bonner Altstadt ist zurück 🌸",
  [("Bonner Altstadt", "L")])

R("de", "title",
  "Heute mit Frau Amato im Fotostudio – Bewerbungsfotos in 10 Minuten, zack fertig 📷",
  [("Amato", "P")])

R("de", "",
  "Muttertagsgeschenk von Aaliyah und Samir: selbstgemachte Kekse 🍪",
  [("Aaliyah", "P"), ("Samir", "P")])

R("de", "name-list",
  "Heute 5 Jahre Studio! Danke an Bettina, Ulrike, Dagmar und Ines – ohne euch gäbe es uns nicht.",
  [("Bettina", "P"), ("Ulrike", "P"), ("Dagmar", "P"), ("Ines", "P")])

R("de", "name-as-word",
  "Ganz frank und frei: Das war unser schönstes Shooting dieses Jahr 🙌")

R("de", "pet",
  "Bruno hat heute den ganzen Kuchen vom Tisch geklaut 🐶 Böser Hund!")

R("de", "",
  "Gute Nacht 🌙")

R("de", "lowercase-name title",
  "oma inge und opa kurt feiern goldene hochzeit 💛 50 jahre!!!",
  [("inge", "P"), ("kurt", "P")])

R("de", "title genitive",
  "Tante Reginas Marmorkuchen ist immer noch der beste der Welt 🍰",
  [("Reginas", "P")])

R("de", "brand-with-name",
  "Eine Flasche Asbach Uralt, eine Dose Jacobs Krönung und „Joana“ in Dauerschleife – so feiert Papa seinen 60.")

R("de", "place-like-name",
  "Bootstour auf dem Müggelsee 🚣 danach Fischbrötchen in Friedrichshagen",
  [("Müggelsee", "L"), ("Friedrichshagen", "L")])

R("de", "place-like-name",
  "Sonntagsspaziergang über die Theresienwiese, mal ganz ohne Oktoberfest 🍂",
  [("Theresienwiese", "L")])

R("de", "nickname",
  "Unser Wirbelwind Jojo wird heute 5! 🎂 Ritterparty mit Burg und allem Drum und Dran.",
  [("Jojo", "P")])

R("de", "hashtag-name",
  "Ja! 💍 #hochzeitschulz #katharinaundvolker #hochzeitsfotograf",
  [("#hochzeitschulz", "P"), ("#katharinaundvolker", "P")])

R("de", "place-like-name",
  "Aussicht vom Watzmannhaus 🏔️ Die Beine brennen, das Herz auch.",
  [("Watzmannhaus", "L")])

R("de", "everyday-noun",
  "Die Eheringe sind abgeholt 💍 Jetzt fehlt nur noch der Anzug.")

R("de", "place-like-name hashtag-name name-list everyday-noun",
  "Was für ein Wochenende 🤍\nSamstag: Standesamt in Lüneburg mit Friederike & Tarek\nSonntag: freie Trauung am Schaalsee mit Wiebke & Arne\nMontag: Kaffee. Viel Kaffee.\n\n#hochzeitsfotografie #norddeutschland #brautpaar #friederikeundtarek",
  [("Lüneburg", "L"), ("Friederike", "P"), ("Tarek", "P"), ("Schaalsee", "L"), ("Wiebke", "P"), ("Arne", "P"), ("#friederikeundtarek", "P")])

R("de", "lowercase-name everyday-noun name-as-word",
  "ENDLICH FERIEN!!!\nab morgen gehts nach kroatien 🇭🇷\nmit mama papa und meiner cousine jana\nbin so hyped\n#urlaub #summer",
  [("kroatien", "L"), ("jana", "P")])

R("de", "name-list title",
  "📣 Vereinsmeisterschaft 2024 📣\n\nHerren: 1. Jannes Petersen, 2. Krzysztof Mazur, 3. Dimitrios Papadopoulos\nDamen: 1. Hanne Bruhns, 2. Selin Aydın\n\nGlückwunsch an alle! Danke an Frau Behrens für die Organisation 🎾",
  [("Jannes Petersen", "P"), ("Krzysztof Mazur", "P"), ("Dimitrios Papadopoulos", "P"), ("Hanne Bruhns", "P"), ("Selin Aydın", "P"), ("Behrens", "P")])

R("de", "",
  "heute wars soo schön bei euch, danke nochmal an Sabrina und Uwe fürs einladen!! nächstes mal kommen wir nach Bielefeld 😂",
  [("Sabrina", "P"), ("Uwe", "P"), ("Bielefeld", "L")])

R("de", "everyday-noun",
  "Stellenanzeige 📌\nWir suchen ab sofort eine*n Hochzeitsfotograf*in für die Saison 2025.\nStandort: Freiburg im Breisgau\nInteresse? Meldet euch bei @anika.weddingstories oder per Mail.\n#jobs #fotografie #freiburg",
  [("Freiburg im Breisgau", "L"), ("@anika.weddingstories", "M")])

R("de", "",
  "Danke Yvonne!",
  [("Yvonne", "P")])

# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

R("en", "place-like-name",
  "brunch in Marylebone with the girls 🥂",
  [("Marylebone", "L")])

R("en", "place-like-name",
  "Sunset over Glencoe 🏴󠁧󠁢󠁳󠁣󠁴󠁿 No filter needed. #glencoe #visitscotland",
  [("Glencoe", "L")])

R("en", "place-like-name",
  "Road trip through Oregon, day 4: Crater Lake took our breath away 🚙💨",
  [("Oregon", "L"), ("Crater Lake", "L")])

R("en", "",
  "Happy birthday to the best dad in the world 🎂 Love you, Pops")

R("en", "word-as-name hashtag-name",
  "Summer and Will got married in the Cotswolds this weekend and it was pure magic ✨ #summerandwill",
  [("Summer", "P"), ("Will", "P"), ("Cotswolds", "L"), ("#summerandwill", "P")])

R("en", "name-as-word",
  "Summer in Cornwall hits different 🌊",
  [("Cornwall", "L")])

R("en", "word-as-name name-as-word",
  "Grace was the calmest bride I've ever photographed. Saying grace before dinner had everyone in tears 🙏",
  [("Grace", "P")])

R("en", "name-as-word",
  "Hope you all had a lovely weekend! New slots for May are open 📅")

R("en", "word-as-name genitive name-list",
  "May and Jun's little one turned one today 🎈 Happy first birthday, Bao!",
  [("May", "P"), ("Jun's", "P"), ("Bao", "P")])

R("en", "name-as-word",
  "Roses for the bride, peonies for the bridesmaids 🌹 Florals by @wildstem.floral",
  [("@wildstem.floral", "M")])

R("en", "word-as-name name-as-word",
  "Rose walked down the aisle holding her grandmother's rose brooch 🌹",
  [("Rose", "P")])

R("en", "lowercase-name",
  "HAPPY 30TH BIRTHDAY NIAMH!!! 🎉 Love from all the gang in Galway",
  [("NIAMH", "P"), ("Galway", "L")])

R("en", "lowercase-name nickname",
  "thanks bex and ollie for the best weekend ever",
  [("bex", "P"), ("ollie", "P")])

R("en", "name-list place-like-name",
  "With Callum, Anjali, Rhys & Chiara at Lake Windermere 🚣",
  [("Callum", "P"), ("Anjali", "P"), ("Rhys", "P"), ("Chiara", "P"), ("Lake Windermere", "L")])

R("en", "title genitive",
  "Coach Miller's last game after 22 seasons 🏈 Thank you, Coach!",
  [("Miller's", "P")])

R("en", "genitive place-like-name",
  "Tom's birthday picnic on Primrose Hill 🧺",
  [("Tom's", "P"), ("Primrose Hill", "L")])

R("en", "title",
  "Dr. Okafor delivered all three of our babies. Today she retires. Thank you for everything 💙",
  [("Okafor", "P")])

R("en", "title genitive",
  "Mrs. Brennan's Year 2 class made cards for the care home 💌",
  [("Brennan's", "P")])

R("en", "title",
  "Aunt Siobhan and Uncle Declan renewed their vows after 40 years 💍",
  [("Siobhan", "P"), ("Declan", "P")])

R("en", "title",
  "Nana Pat turned 95 and still beat everyone at cards 🃏",
  [("Pat", "P")])

R("en", "brand-with-name",
  "Chocolate tasting: Lindt vs Godiva vs Cadbury. Cadbury wins, fight me 🍫")

R("en", "brand-with-name",
  "Dad's 60th: a bottle of Jack Daniel's and a cake shaped like a guitar 🎸")

R("en", "brand-with-name",
  "Wedding suit by Paul Smith, shoes by Dr. Martens, bride in Jenny Packham 🤍 Congrats Hamish & Orla!",
  [("Hamish", "P"), ("Orla", "P")])

R("en", "brand-with-name",
  "Our first dance was to Jolene (the Dolly Parton version, obviously) 💃",
  [("Dolly Parton", "P")])

R("en", "brand-with-name",
  "Everybody singing Sweet Caroline at 1am is my favourite wedding moment every single time 🎶")

R("en", "genitive place-like-name",
  "Caroline and Deepak's wedding at Kew Gardens 🌿",
  [("Caroline", "P"), ("Deepak's", "P"), ("Kew Gardens", "L")])

R("en", "brand-with-name place-like-name",
  "Concert night! Florence + the Machine at the Royal Albert Hall 🔥",
  [("Royal Albert Hall", "L")])

R("en", "place-like-name",
  "Florence was everything. Ponte Vecchio at golden hour, gelato, repeat 🇮🇹",
  [("Florence", "L"), ("Ponte Vecchio", "L")])

R("en", "",
  "Florence turned 8 and requested a unicorn cake 🦄",
  [("Florence", "P")])

R("en", "place-like-name",
  "Savannah in the spring is unreal. Forsyth Park, Spanish moss, sweet tea 🌳",
  [("Savannah", "L"), ("Forsyth Park", "L")])

R("en", "place-like-name",
  "Road trip: Charlotte → Asheville → Nashville. 9 hours of 90s hits 🎵",
  [("Charlotte", "L"), ("Asheville", "L"), ("Nashville", "L")])

R("en", "place-like-name",
  "Georgia and Sydney took the kids to Virginia Beach for the weekend 🏖️",
  [("Georgia", "P"), ("Sydney", "P"), ("Virginia Beach", "L")])

R("en", "place-like-name",
  "Can't believe it's been a year since we moved to Brooklyn 🗽",
  [("Brooklyn", "L")])

R("en", "genitive",
  "Brooklyn's first steps!!! 👣 (our daughter, not the borough)",
  [("Brooklyn's", "P")])

R("en", "place-like-name",
  "Spring shoot in Kensington with @the.lucy.lens ✨",
  [("Kensington", "L"), ("@the.lucy.lens", "M")])

R("en", "place-like-name",
  "Shooting a proposal on Arthur's Seat at sunrise was on my bucket list ☀️💍",
  [("Arthur's Seat", "L")])

R("en", "brand-with-name",
  "Christmas jumpers, Baileys and a Harry Potter marathon. Perfect Sunday.")

R("en", "brand-with-name",
  "Sherlock-themed birthday party for Benedict (no relation 😂)",
  [("Benedict", "P")])

R("en", "pet",
  "Our pup Winston turned 5 today 🐾")

R("en", "",
  "Shout out to @coach_danny.fit and @meg.runs for pacing me to a PB in Manchester today 🏃‍♀️",
  [("@coach_danny.fit", "M"), ("@meg.runs", "M"), ("Manchester", "L")])

R("en", "name-list",
  "Big win for the U12s today ⚽ Goals from Kian, Oisín and Ruairí. Player of the match: Saoirse!",
  [("Kian", "P"), ("Oisín", "P"), ("Ruairí", "P"), ("Saoirse", "P")])

R("en", "",
  "Training is cancelled tonight due to the weather. Stay safe everyone.")

R("en", "title lowercase-name",
  "THANK YOU COACH O'CONNELL 🏉 30 years of early Saturday mornings",
  [("O'CONNELL", "P")])

R("en", "word-as-name",
  "Birthday girl Ivy with her big sister Holly 🎄 (yes, their mum loves Christmas)",
  [("Ivy", "P"), ("Holly", "P")])

R("en", "name-as-word",
  "Decked the halls with holly and ivy 🌿 Christmas card shoots are booking fast!")

R("en", "word-as-name",
  "Welcome to the world, Autumn Grace 🍂 Born 14th October, 7lb 2oz",
  [("Autumn Grace", "P")])

R("en", "name-as-word place-like-name",
  "Autumn in Vermont is something else 🍁",
  [("Vermont", "L")])

R("en", "word-as-name name-as-word",
  "June bride June 💐 Had to be done. Congratulations June & Marcus!",
  [("June", "P", 2), ("June", "P", 3), ("Marcus", "P")])

R("en", "word-as-name genitive",
  "Sunny and Raj's mehndi was an explosion of colour 💛🧡",
  [("Sunny", "P"), ("Raj's", "P")])

R("en", "name-as-word",
  "Sunny days ahead ☀️ Booking outdoor family sessions now")

R("en", "name-as-word name-list",
  "Will you be my bridesmaid? 💌 Boxes for Amara, Tegan and Nell ready to go",
  [("Amara", "P"), ("Tegan", "P"), ("Nell", "P")])

R("en", "name-as-word",
  "Mark your calendars: open studio day on Saturday the 12th!")

R("en", "word-as-name",
  "Mark and Bill finally tied the knot after 31 years together 🏳️‍🌈 Hackney Town Hall never looked so good",
  [("Mark", "P"), ("Bill", "P"), ("Hackney Town Hall", "L")])

R("en", "",
  "Gym 6am. Coffee 7am. Edits all day. Repeat.")

R("en", "",
  "new preset pack dropping friday 👀")

R("en", "",
  "Dream team 🙌 @jess.wildbloom @rowan.and.co @clicks_by_kofi",
  [("@jess.wildbloom", "M"), ("@rowan.and.co", "M"), ("@clicks_by_kofi", "M")])

R("en", "",
  "Gorgeous styled shoot at Cliveden House.\nPlanner: @eventsbyimogen | Florals: @petal_and_thorn | Cake: @sugarbyshreya | HMUA: @glowbyaoife",
  [("Cliveden House", "L"), ("@eventsbyimogen", "M"), ("@petal_and_thorn", "M"), ("@sugarbyshreya", "M"), ("@glowbyaoife", "M")])

R("en", "",
  "Baby Theo, 10 days new 💙",
  [("Theo", "P")])

R("en", "lowercase-name",
  "arlo and finn in matching pyjamas 😭",
  [("arlo", "P"), ("finn", "P")])

R("en", "place-like-name",
  "Saturday market haul from Borough Market 🧀🥖",
  [("Borough Market", "L")])

R("en", "place-like-name",
  "Portrait session with Ngozi at Bankside 🌇",
  [("Ngozi", "P"), ("Bankside", "L")])

R("en", "",
  "Meet the team! This is Hiroshi, our new second shooter. He loves film cameras and terrible puns 📷",
  [("Hiroshi", "P")])

R("en", "",
  "Ella Fitzgerald on the record player, candles lit, sleeping baby. Bliss.",
  [("Ella Fitzgerald", "P")])

R("en", "",
  "Thank you Taylor Swift for making my daughter's year 💜 Eras Tour, Wembley, night 3",
  [("Taylor Swift", "P"), ("Wembley", "L")])

R("en", "title place-like-name",
  "Fish and chips in Whitby with Grandad Alan 🐟",
  [("Whitby", "L"), ("Alan", "P")])

R("en", "place-like-name",
  "Ben Nevis ✅ 1345 m of pure suffering and zero visibility 😂",
  [("Ben Nevis", "L")])

R("en", "brand-with-name",
  "Ben & Jerry's, a sofa and Grey's Anatomy. Self care Sunday 🍦")

R("en", "",
  "Ben finished his first marathon! 🏅 Proud doesn't cover it.",
  [("Ben", "P")])

R("en", "brand-with-name",
  "Lunch in the Trader Joe's parking lot because we couldn't wait 😂")

R("en", "place-like-name",
  "Victoria Falls from the air 🚁 #bucketlist",
  [("Victoria Falls", "L")])

R("en", "genitive",
  "Victoria's baby shower was the cutest 🍼💕",
  [("Victoria's", "P")])

R("en", "place-like-name",
  "Lake Louise at 5am, just us and the canoes 🛶",
  [("Lake Louise", "L")])

R("en", "hashtag-name",
  "Louise and Femi are engaged!!! 💍 #louisesaysyes",
  [("Louise", "P"), ("Femi", "P"), ("#louisesaysyes", "P")])

R("en", "hashtag-name",
  "#lauraswedding2024 ✨ more to come",
  [("#lauraswedding2024", "P")])

R("en", "hashtag-name",
  "#teamkowalczyk all the way 💪🏆",
  [("#teamkowalczyk", "P")])

R("en", "hashtag-name place-like-name",
  "Throwback to #mitchellwedding in the Lake District ⛰️ Emma & Jack, hope married life is treating you well!",
  [("#mitchellwedding", "P"), ("Lake District", "L"), ("Emma", "P"), ("Jack", "P")])

R("en", "brand-with-name",
  "Happy birthday Jack Daniel (yes, that's really his name) 🥃",
  [("Jack Daniel", "P")])

R("en", "title",
  "Congrats to Dr. Amina Haddad on opening her own dental practice in Leeds! 🦷",
  [("Amina Haddad", "P"), ("Leeds", "L")])

R("en", "title genitive",
  "Professor Whitfield's farewell lecture was standing room only 👏",
  [("Whitfield's", "P")])

R("en", "title",
  "Shoutout to Sgt. Reyes and the crew at Station 9 for the fire safety visit 🚒",
  [("Reyes", "P")])

R("en", "",
  "Twins Hana & Kenji turned 4 🎂🎂",
  [("Hana", "P"), ("Kenji", "P")])

R("en", "initial",
  "J. Morales and K. Ababio – your new club captains! 🏏",
  [("J. Morales", "P"), ("K. Ababio", "P")])

R("en", "initial",
  "Huge thanks to Sarah T. for the five-star review 🌟",
  [("Sarah T.", "P")])

R("en", "initial",
  "Winner of the photo contest: Dan W. from Cork 📸",
  [("Dan W.", "P"), ("Cork", "L")])

R("en", "place-like-name",
  "Family reunion in Tennessee 🇺🇸 4 generations, 52 people, 1 very tired photographer",
  [("Tennessee", "L")])

R("en", "",
  "Welcome back to the studio, Priya! Round two of maternity photos 🤰",
  [("Priya", "P")])

R("en", "place-like-name",
  "Engagement session in Central Park 🍂 Liam and Mei-Ling were naturals",
  [("Central Park", "L"), ("Liam", "P"), ("Mei-Ling", "P")])

R("en", "name-as-word",
  "Summer's coming 🌞 Who's ready for beach sessions in Malibu?",
  [("Malibu", "L")])

R("en", "pet place-like-name",
  "Daisy the cow says hi 🐄 (farm shoot in Devon)",
  [("Devon", "L")])

R("en", "genitive place-like-name",
  "Devon and Jasmine's gender reveal! 💙 It's a boy!",
  [("Devon", "P"), ("Jasmine's", "P")])

R("en", "place-like-name",
  "Kerry and Aidan hiked the Ring of Kerry in the rain 🌧️",
  [("Kerry", "P", 1), ("Aidan", "P"), ("Ring of Kerry", "L")])

R("en", "genitive",
  "Chelsea's hen do in Dublin 🍾 What happens on the hen do...",
  [("Chelsea's", "P"), ("Dublin", "L")])

R("en", "title genitive",
  "Grandma Mae's apple pie recipe, finally written down 🥧",
  [("Mae's", "P")])

R("en", "",
  "Grandma's apple pie. That's it. That's the post.")

R("en", "genitive",
  "Christmas at the Hendersons' 🎄",
  [("Hendersons'", "P")])

R("en", "",
  "Eid Mubarak from our family to yours 🌙")

R("en", "name-list",
  "Eid with the cousins: Yasmin, Omar, Khadija, Bilal and little Zayd 🌙✨",
  [("Yasmin", "P"), ("Omar", "P"), ("Khadija", "P"), ("Bilal", "P"), ("Zayd", "P")])

R("en", "hashtag-name",
  "Henna night for Fatima 🧡 #fatimaandsami",
  [("Fatima", "P"), ("#fatimaandsami", "P")])

R("en", "",
  "Diwali lights at our place 🪔 Anika did the rangoli all by herself",
  [("Anika", "P")])

R("en", "brand-with-name",
  "Best pho in town? Still Cô Lan's on Kingsland Road 🍜",
  [("Kingsland Road", "L")])

R("en", "genitive",
  "Đạt and Linh's tea ceremony 🍵 So honoured to be part of it",
  [("Đạt", "P"), ("Linh's", "P")])

R("en", "name-list place-like-name",
  "Quick snap of Quang, Thảo and baby Minh in Hoi An 🏮",
  [("Quang", "P"), ("Thảo", "P"), ("Minh", "P"), ("Hoi An", "L")])

R("en", "name-as-word",
  "Saint Patrick's Day parade in Boston ☘️",
  [("Boston", "L")])

R("en", "nickname",
  "Paddy wore green from head to toe. Of course he did. ☘️",
  [("Paddy", "P")])

R("en", "place-like-name",
  "Harbour walk in St Ives 🐚",
  [("St Ives", "L")])

R("en", "",
  "Happy Mother's Day to all the mums 💐")

R("en", "title",
  "Mother of the bride, Mrs. Adeyemi, looking stunning in emerald 💚",
  [("Adeyemi", "P")])

R("en", "word-as-name name-as-word brand-with-name",
  "Ruby wore ruby slippers to her Dorothy-themed party 👠",
  [("Ruby", "P")])

R("en", "name-as-word",
  "Amber sky, amber light, zero edits needed 🧡")

R("en", "word-as-name",
  "Poppy and Violet, the flower girls, stole the show 🌸",
  [("Poppy", "P"), ("Violet", "P")])

R("en", "name-as-word place-like-name",
  "Poppy fields in Norfolk 🌺",
  [("Norfolk", "L")])

R("en", "place-like-name",
  "Helena, Montana: population small, views enormous 🏔️",
  [("Helena", "L"), ("Montana", "L")])

R("en", "genitive",
  "Adaeze and Kwame's first family photo 👶🏾",
  [("Adaeze", "P"), ("Kwame's", "P")])

R("en", "",
  "Shoutout @sunnyside.bakes for the cake 🍰",
  [("@sunnyside.bakes", "M")])

R("en", "lowercase-name place-like-name",
  "SAVE THE DATE 💌\nALESSIA & MATTHEW\n14.09.2025\nLake Como",
  [("ALESSIA", "P"), ("MATTHEW", "P"), ("Lake Como", "L")])

R("en", "place-like-name",
  "Just a girl and her Jeep 🚙 Utah, you were unreal",
  [("Utah", "L")])

R("en", "",
  "The Mustang, the Grand Canyon and a very sunburnt Duncan 😂",
  [("Grand Canyon", "L"), ("Duncan", "P")])

R("en", "",
  "Pizza night 🍕")

R("en", "",
  "New website is live! Link in bio.")

R("en", "",
  "We're hiring a studio assistant in Bristol. DM us!",
  [("Bristol", "L")])

R("en", "",
  "Met Jamie Oliver at the airport and forgot how to speak 🙈",
  [("Jamie Oliver", "P")])

R("en", "brand-with-name",
  "Mr. Darcy energy from the groom today 😍 #prideandprejudice")

R("en", "brand-with-name",
  "Matilda opening night at the school 🎭 Our Matilda was played by the brilliant Noor",
  [("Noor", "P")])

R("en", "brand-with-name",
  "Elsa, Anna and Olaf at the birthday party ❄️ (well, three very excited 5-year-olds in costume)")

R("en", "brand-with-name",
  "Stocking up at Marks & Spencer before the big day 🛒")

R("en", "brand-with-name",
  "Sainsbury's had sold out of prosecco so we went to Morrisons 🍾")

R("en", "brand-with-name",
  "Fresh flowers from Lily's on the high street every Friday 💐")

R("en", "word-as-name name-as-word",
  "Lily turns 3 and the flower cake is covered in lilies 🌸",
  [("Lily", "P")])

R("en", "place-like-name",
  "Mum and Dad on their 50th anniversary in Killarney 💚",
  [("Killarney", "L")])

R("en", "lowercase-name title word-as-name",
  "grandad bill teaching the kids to fish at loch ness 🎣",
  [("bill", "P"), ("loch ness", "L")])

R("en", "",
  "Rest in peace, Dorothy. You were the heart of this club. 🕊️",
  [("Dorothy", "P")])

R("en", "place-like-name",
  "Paris, Texas. Not the one you're thinking of 🤠",
  [("Paris", "L"), ("Texas", "L")])

R("en", "nickname genitive",
  "Paris Hilton pink is the dress code for Tiff's 30th 💗",
  [("Paris Hilton", "P"), ("Tiff's", "P")])

R("en", "",
  "Cake by Hazel, balloons by Asher, chaos by the kids 🎈",
  [("Hazel", "P"), ("Asher", "P")])

R("en", "place-like-name",
  "Photographing the Taylors at Holkham Beach 🌊",
  [("Taylors", "P"), ("Holkham Beach", "L")])

R("en", "word-as-name genitive",
  "Hunter and Skye's first Christmas together 🎄",
  [("Hunter", "P"), ("Skye's", "P")])

R("en", "title",
  "Tutus, tiaras and one very patient Uncle Rob 👑",
  [("Rob", "P")])

R("en", "lowercase-name genitive place-like-name",
  "mia's baptism at st mary's 🤍",
  [("mia's", "P"), ("st mary's", "L")])

R("en", "",
  "Sophie & Mateo — Tuscany, September 2023. Still one of my all-time favourites 🌻",
  [("Sophie", "P"), ("Mateo", "P"), ("Tuscany", "L")])

R("en", "",
  "That's a wrap on wedding season! 142 couples, 38 venues, 1 very tired photographer. Thank you all ❤️")

R("en", "initial",
  "Review from Chloe M.: “Best decision we made for our wedding!” 🥹",
  [("Chloe M.", "P")])

R("en", "initial nickname",
  "Drone shots by P.J. — thanks mate 🚁",
  [("P.J.", "P")])

R("en", "initial",
  "Shot on 35mm by A. Kowalski for the @northlight.journal spring issue",
  [("A. Kowalski", "P"), ("@northlight.journal", "M")])

R("en", "initial name-list",
  "Congrats to this year's scholarship winners: Temitope O., Marisol G. and Bartholomew R.! 🎓",
  [("Temitope O.", "P"), ("Marisol G.", "P"), ("Bartholomew R.", "P")])

R("en", "title genitive place-like-name",
  "Fourth of July at Uncle Chuck's place in Ohio 🇺🇸🎆",
  [("Chuck's", "P"), ("Ohio", "L")])

R("en", "name-list word-as-name",
  "Senior portraits: Destiny, Jaylen and Brianna 🎓",
  [("Destiny", "P"), ("Jaylen", "P"), ("Brianna", "P")])

R("en", "",
  "Graduation day for Oluwaseun 🎓 First in the family to go to uni!",
  [("Oluwaseun", "P")])

R("en", "name-list",
  "Brunch crew: Tariq, Leila, Yusra & Dev 🥞",
  [("Tariq", "P"), ("Leila", "P"), ("Yusra", "P"), ("Dev", "P")])

R("en", "title word-as-name",
  "Sending love to Aunty Grace in Accra 💛",
  [("Grace", "P"), ("Accra", "L")])

R("en", "",
  "Ciarán scored the winner in the 89th minute!!! ⚽🔥",
  [("Ciarán", "P")])

R("en", "place-like-name",
  "Wedding at Ashford Castle 🏰 Órla & Pádraig, it was an honour",
  [("Ashford Castle", "L"), ("Órla", "P"), ("Pádraig", "P")])

R("en", "place-like-name",
  "Engaged on the Brooklyn Bridge 💍 Congrats Lucas & Valentina!",
  [("Brooklyn Bridge", "L"), ("Lucas", "P"), ("Valentina", "P")])

R("en", "nickname",
  "Chilling with Mateusz and Kasia in Sopot 🌊",
  [("Mateusz", "P"), ("Kasia", "P"), ("Sopot", "L")])

R("en", "title name-list",
  "Bodrum sunsets with my Turkish family: Anneanne Nermin, Tülay Hala and cousin Burak 🇹🇷",
  [("Bodrum", "L"), ("Nermin", "P"), ("Tülay", "P"), ("Burak", "P")])

R("en", "",
  "Happy retirement, Gloria! 38 years at the front desk 💐",
  [("Gloria", "P")])

R("en", "",
  "Shout out to the legend that is Moira 👑",
  [("Moira", "P")])

R("en", "genitive place-like-name",
  "Rhiannon's 21st in Cardiff Bay 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
  [("Rhiannon's", "P"), ("Cardiff Bay", "L")])

R("en", "name-list",
  "Twin brothers Rohan and Karan in matching kurtas 🙏 Happy Diwali from the Mehtas!",
  [("Rohan", "P"), ("Karan", "P"), ("Mehtas", "P")])

R("en", "nickname place-like-name",
  "Florida Keys with Giselle and Mo 🐬",
  [("Florida Keys", "L"), ("Giselle", "P"), ("Mo", "P")])

R("en", "pet",
  "Our studio dog Pepper says happy Friday 🐶")

R("en", "",
  "Nothing beats a Sunday roast at Nan's 🍗")

R("en", "brand-with-name word-as-name",
  "Zara and Noemi doing last-minute shopping at Zara. Of course. 😂",
  [("Zara", "P", 1), ("Noemi", "P")])

R("en", "brand-with-name",
  "Harrods, Fortnum & Mason and Liberty in one afternoon. My feet hate me.")

R("en", "word-as-name place-like-name",
  "Happy 1st birthday to our sweet Aurora 🌌 (named after the northern lights we saw in Tromsø)",
  [("Aurora", "P"), ("Tromsø", "L")])

R("en", "name-as-word place-like-name",
  "Northern lights over Lofoten 💚 Aurora borealis, finally!",
  [("Lofoten", "L")])

R("en", "title",
  "Meet Coach Ricardo, our new head coach for the under-10s ⚽",
  [("Ricardo", "P")])

R("en", "place-like-name",
  "Morning swim at Portobello beach, 9 degrees 🥶",
  [("Portobello", "L")])

R("en", "lowercase-name nickname",
  "CONGRATS KATIE AND DOM!!! 🥂🥂🥂",
  [("KATIE", "P"), ("DOM", "P")])

R("en", "",
  "Golden hour never disappoints ✨")

R("en", "name-list",
  "Bridesmaids: Imogen, Freya, Beatrix and Olamide 💐 Groomsmen: Rory, Fergus and Tobias",
  [("Imogen", "P"), ("Freya", "P"), ("Beatrix", "P"), ("Olamide", "P"), ("Rory", "P"), ("Fergus", "P"), ("Tobias", "P")])

R("en", "place-like-name",
  "Week in Sorrento and Positano. Lemons everywhere 🍋",
  [("Sorrento", "L"), ("Positano", "L")])

R("en", "place-like-name",
  "Camping at Lake Tahoe with Xavier and Luz 🏕️",
  [("Lake Tahoe", "L"), ("Xavier", "P"), ("Luz", "P")])

R("en", "genitive",
  "Mei's bubble tea shop opens Saturday in Chinatown! 🧋 So proud of you",
  [("Mei's", "P"), ("Chinatown", "L")])

R("en", "place-like-name hashtag-name",
  "Some highlights from Saturday 💛\nCeremony at St Giles' Cathedral\nDrinks on Calton Hill\nDancing till 2am at Summerhall\n\nEilidh & Callum, you two are the best. #eilidhandcallum #edinburghwedding",
  [("St Giles' Cathedral", "L"), ("Calton Hill", "L"), ("Summerhall", "L"), ("Eilidh", "P"), ("Callum", "P"), ("#eilidhandcallum", "P")])

R("en", "lowercase-name title",
  "THE CHAMPIONS 🏆🏆🏆\nU16 girls are county champions!!!\nmassive thanks to coach aoibhinn and everyone who came out to support\nup the dubs 💙",
  [("aoibhinn", "P")])

R("en", "lowercase-name",
  "packing list for iceland:\n- thermals\n- 3 cameras\n- way too many snacks\n- my sister maeve\nwish us luck 🇮🇸",
  [("iceland", "L"), ("maeve", "P")])

R("en", "",
  "Gratitude post 🙏\nThis year I photographed 31 weddings across Ireland, Scotland and Portugal.\nThank you to every couple who trusted me.\nSpecial shoutout to my second shooters @ciara.lens and @tom_obrien_photo.\n#weddingphotographer #yearinreview",
  [("Ireland", "L"), ("Scotland", "L"), ("Portugal", "L"), ("@ciara.lens", "M"), ("@tom_obrien_photo", "M")])

R("en", "",
  "happy birthdy to my fav human 🥳 cant believe ur 25 already, love u x")

R("en", "place-like-name",
  "Menu for tonight:\nStarter – burrata, heirloom tomatoes\nMain – lamb from a farm near Hexham\nDessert – Eton mess\nChef: Giacomo Russo 👨‍🍳",
  [("Hexham", "L"), ("Giacomo Russo", "P")])

R("en", "",
  "Congrats Ronan!",
  [("Ronan", "P")])

# ---------------------------------------------------------------------------
# Mixed German / English (code-switching)
# ---------------------------------------------------------------------------

R("mixed", "place-like-name",
  "Throwback zum Sommer in Positano ☀️ Best trip ever mit @sophia.reist und Lukas",
  [("Positano", "L"), ("@sophia.reist", "M"), ("Lukas", "P")])

R("mixed", "name-as-word",
  "Save the Date 💌 Im Mai sagen Nina & Arjun Ja – in der Orangerie Ellingen",
  [("Nina", "P"), ("Arjun", "P"), ("Orangerie Ellingen", "L")])

R("mixed", "everyday-noun",
  "Babyshower Vibes 🍼💕 Danke @eventsbyderya für die Deko und an alle für die Goodies",
  [("@eventsbyderya", "M")])

R("mixed", "everyday-noun",
  "Outfit of the day: Sneaker von Adidas, Jacke aus dem Outlet 😎 #ootd")

R("mixed", "nickname",
  "Happy Birthday, Steffi! 🎂 Du bist einfach the best ❤️",
  [("Steffi", "P")])

R("mixed", "place-like-name everyday-noun",
  "Mega Shooting mit der lovely Carla im Volkspark Friedrichshain 📸 Danke für die good vibes!",
  [("Carla", "P"), ("Volkspark Friedrichshain", "L")])

R("mixed", "place-like-name",
  "Weekend in Hamburg 🌊 Fischbrötchen, Hafen und ein bisschen Shopping in Ottensen",
  [("Hamburg", "L"), ("Ottensen", "L")])

R("mixed", "place-like-name",
  "Behind the Scenes vom Hochzeitsshooting auf Schloss Dyck 🎬 Credits: @sven.frames, @lisa_visuals",
  [("Schloss Dyck", "L"), ("@sven.frames", "M"), ("@lisa_visuals", "M")])

R("mixed", "place-like-name",
  "Kinda obsessed mit diesem Licht am Phoenixsee 🌅",
  [("Phoenixsee", "L")])

R("mixed", "hashtag-name everyday-noun",
  "Cheers auf den Junggesellenabschied von Marvin 🍻 #marvinsjga",
  [("Marvin", "P"), ("#marvinsjga", "P")])

R("mixed", "title",
  "Team Building im Kletterwald 🧗 Shoutout an unsere Chefin Sandra, die sich als Erste getraut hat",
  [("Sandra", "P")])

R("mixed", "everyday-noun",
  "Sale! 20% auf alle Prints bis Sonntag. Link in Bio 🔗")

R("mixed", "place-like-name",
  "Road Trip durch Kalifornien: Big Sur, Carmel und Santa Barbara 🚗",
  [("Kalifornien", "L"), ("Big Sur", "L"), ("Carmel", "L"), ("Santa Barbara", "L")])

R("mixed", "",
  "Barbara hat heute ihren Ruhestand gefeiert – enjoy it, liebe Barbara! 🥂",
  [("Barbara", "P", 1), ("Barbara", "P", 2)])

R("mixed", "",
  "Couple Goals: Gül und Hakan nach 40 Jahren Ehe ❤️ #goals",
  [("Gül", "P"), ("Hakan", "P")])

R("mixed", "title",
  "OMG, das Tiramisu von Nonna Lucia ist next level 🤤",
  [("Lucia", "P")])

R("mixed", "",
  "Gym Session mit @fit.mit.melike und danach Protein Shake. Monday done ✅",
  [("@fit.mit.melike", "M")])

R("mixed", "everyday-noun",
  "Date Night im Dachgarten 🍷 Danke, Schatz, for always making me laugh")

R("mixed", "everyday-noun",
  "Welcome to the world, kleiner Jonah! 💙 Mama und Papa sind overwhelmed vor Glück",
  [("Jonah", "P")])

R("mixed", "name-list",
  "Mädelswochenende in Amsterdam mit Kim, Lea-Marie, Hatice und Joanna 🌷 What happens in Amsterdam...",
  [("Amsterdam", "L", 1), ("Kim", "P"), ("Lea-Marie", "P"), ("Hatice", "P"), ("Joanna", "P"), ("Amsterdam", "L", 2)])

R("mixed", "place-like-name",
  "Chill Mode am Chiemsee 🛶 No notifications, nur Natur",
  [("Chiemsee", "L")])

R("mixed", "brand-with-name everyday-noun",
  "Flatlay mit Brautstrauß, Ringen und Schuhen von Manolo Blahnik 💍 Details matter!")

R("mixed", "everyday-noun",
  "Daily Reminder: Geduld ist auch ein Skill 🧘‍♀️")

R("mixed", "",
  "Happy Anniversary, Tom & Svenja 🥂 10 Jahre und immer noch so in love",
  [("Tom", "P"), ("Svenja", "P")])

R("mixed", "everyday-noun",
  "Workshop Recap: 12 Teilnehmer*innen, 1 Model (danke, Aylin!) und ganz viel Input zu Lighting",
  [("Aylin", "P")])

R("mixed", "place-like-name",
  "Foodie Tour durch Kreuzberg 🥙 Erst Markthalle Neun, dann Kaffee am Landwehrkanal",
  [("Kreuzberg", "L"), ("Markthalle Neun", "L"), ("Landwehrkanal", "L")])

R("mixed", "hashtag-name",
  "#hochzeitvonjuliaundben 💒 Was für eine Party, guys!",
  [("#hochzeitvonjuliaundben", "P")])

R("mixed", "",
  "Throwback Thursday: Abiball 2014 mit @chris.bckr und @annikaaa.p 🎓 So young!",
  [("@chris.bckr", "M"), ("@annikaaa.p", "M")])

R("mixed", "title",
  "Easter Brunch bei Oma Hildegard 🐣 Eierlikör included",
  [("Hildegard", "P")])

R("mixed", "brand-with-name",
  "Support your local: heute Tulpen bei Blumen Schmidt geholt 🌷")

R("mixed", "everyday-noun",
  "Finally Feierabend 🙌 Die Woche war crazy")

R("mixed", "lowercase-name nickname",
  "HAPPY BIRTHDAY JOSHI!!! 🎉 Bleib so wie du bist, bro",
  [("JOSHI", "P")])

R("mixed", "lowercase-name",
  "danke nele für the best day ever 💛",
  [("nele", "P")])

R("mixed", "nickname everyday-noun",
  "Unser Content Creator Basti hat heute Geburtstag 🎈 Happy Birthday vom ganzen Team!",
  [("Basti", "P")])

R("mixed", "word-as-name place-like-name",
  "Sunset Session am Starnberger See 🌅 mit Sunny und ihrem Verlobten Jens",
  [("Starnberger See", "L"), ("Sunny", "P"), ("Jens", "P")])

R("mixed", "name-as-word",
  "Summer Vibes im Freibad 🏊 Sommer, wo bist du nur so schnell hin?")

R("mixed", "brand-with-name place-like-name",
  "Live-Musik von Jennifer Rostock heute Abend im Schlachthof Wiesbaden 🎸 Who's coming?",
  [("Schlachthof Wiesbaden", "L")])

R("mixed", "pet everyday-noun",
  "Easy Sunday: Pancakes, Netflix und Kuscheln mit Bruno 🐶")

R("mixed", "title place-like-name",
  "Shooting Day mit Familie Ivanova im Rosengarten 🌹 Die Kids waren so cute!",
  [("Ivanova", "P"), ("Rosengarten", "L")])

R("mixed", "",
  "Unser Brautpaar of the week: Lejla & Amar aus Sarajevo 💕",
  [("Lejla", "P"), ("Amar", "P"), ("Sarajevo", "L")])

R("mixed", "",
  "First Look an der Rheinuferpromenade in Düsseldorf 🤍 Julian konnte seine Tränen nicht zurückhalten",
  [("Rheinuferpromenade", "L"), ("Düsseldorf", "L"), ("Julian", "P")])

R("mixed", "everyday-noun",
  "Meine Cousine und ich beim Festival in Scheeßel 🎪 Best weekend ever!",
  [("Scheeßel", "L")])

R("mixed", "",
  "Guess who's back? 📸 Neue Termine für Mini-Sessions im Oktober sind online!")

R("mixed", "",
  "Sorry für die Funkstille, war viel los 🙈 Stay tuned!")

R("mixed", "place-like-name",
  "Vom Harbour Bridge Climb direkt zum Bondi Beach – Sydney, du bist crazy schön 🇦🇺",
  [("Harbour Bridge", "L"), ("Bondi Beach", "L"), ("Sydney", "L")])

R("mixed", "word-as-name",
  "Lunch Break mit Mai und Khánh 🍜 Danke für die Pho-Empfehlung!",
  [("Mai", "P"), ("Khánh", "P")])

R("mixed", "everyday-noun",
  "Wedding Dress Shopping mit Mama, Trauzeugin und Schwiegermama 👰 Und: Sie hat JA gesagt zum Kleid!")

R("mixed", "hashtag-name nickname",
  "#happybirthdaymax 🎂 Fühl dich gedrückt, Maxi!",
  [("#happybirthdaymax", "P"), ("Maxi", "P")])

R("mixed", "place-like-name",
  "Short Break in Wien 🎡 Prater, Naschmarkt und natürlich Sachertorte",
  [("Wien", "L"), ("Prater", "L"), ("Naschmarkt", "L")])

R("mixed", "",
  "Besties forever: Charlotte und Mira seit dem Kindergarten 👭",
  [("Charlotte", "P"), ("Mira", "P")])

R("mixed", "place-like-name",
  "New in: Prints von unserer Reise nach Marrakesch und Chefchaouen 🇲🇦 Shop is open!",
  [("Marrakesch", "L"), ("Chefchaouen", "L")])

R("mixed", "",
  "Last Christmas läuft schon wieder im Supermarkt 🙄 Es ist Oktober, Leute!")

R("mixed", "",
  "Meet & Greet mit Giulia Gwinn 🤩 Unsere Mädels aus der U13 waren total starstruck",
  [("Giulia Gwinn", "P")])

R("mixed", "",
  "Dinner Date mit Yara im Schanzenviertel 🍝 Pasta perfetta",
  [("Yara", "P"), ("Schanzenviertel", "L")])

R("mixed", "place-like-name",
  "Happy Place: Sylt. Punkt. 🌊 Mit Jorinde und Fenja am Roten Kliff",
  [("Sylt", "L"), ("Jorinde", "P"), ("Fenja", "P"), ("Roten Kliff", "L")])

R("mixed", "",
  "Spontaner Trip nach Lissabon mit @ana.b_travels ✈️ Pastéis de Nata forever",
  [("Lissabon", "L"), ("@ana.b_travels", "M")])

R("mixed", "everyday-noun",
  "Baby Bump Shooting mit Rebecca im Kornfeld 🌾 So much love!",
  [("Rebecca", "P")])

R("mixed", "title",
  "Trainerin Bianca hat uns heute wieder alles abverlangt 💦 No pain, no gain",
  [("Bianca", "P")])

R("mixed", "place-like-name",
  "So proud auf meine kleine Schwester Emilia, die ihren Master in Maastricht gemacht hat 🎓",
  [("Emilia", "P"), ("Maastricht", "L")])

R("mixed", "brand-with-name",
  "Neue Jacke von Tommy Hilfiger für Papa – he was so happy 😄")

R("mixed", "",
  "Umzug done 📦 Tschüss Kaiserslautern, hallo Mainz!",
  [("Kaiserslautern", "L"), ("Mainz", "L")])

R("mixed", "everyday-noun",
  "Heute bei Aldi an der Kasse: „Sie sind doch die Fotografin von der Hochzeit meiner Nichte!“ 😂 Small world.")

R("mixed", "lowercase-name",
  "danke an svea für die haare und an derya für das make-up 💄 ihr seid magic",
  [("svea", "P"), ("derya", "P")])

R("mixed", "name-as-word place-like-name",
  "Die Heide blüht in der Lüneburger Heide 💜 Autumn mood: on.",
  [("Lüneburger Heide", "L")])

R("mixed", "genitive place-like-name",
  "Lindas Geburtstagsparty im Beach Club am Wörthersee 🏖️ What a night!",
  [("Lindas", "P"), ("Wörthersee", "L")])

R("mixed", "name-list",
  "Squad Goals: Jolina, Mirac, Tuana und Ece beim Abschlussball 💃 So stolz auf euch!",
  [("Jolina", "P"), ("Mirac", "P"), ("Tuana", "P"), ("Ece", "P")])

R("mixed", "name-list everyday-noun place-like-name",
  "Wedding Recap 💍\nLocation: Gut Sonnenhausen\nFlorals: @bluetenzauber_muc\nHair & Make-up: Julijana 🤍\nBrautpaar: Ilka & Mahmoud\n#weddingvibes #hochzeitbayern",
  [("Gut Sonnenhausen", "L"), ("@bluetenzauber_muc", "M"), ("Julijana", "P"), ("Ilka", "P"), ("Mahmoud", "P")])

R("mixed", "everyday-noun",
  "Monday Motivation 💪\nHeute Leg Day mit @coach.ole\ndanach Meal Prep für die Woche\nno excuses!!!\n#fitnessgermany #gymlife",
  [("@coach.ole", "M")])

R("mixed", "lowercase-name nickname name-list",
  "sooo thankful für diese crew 🫶\nleonie, jamal, franzi, pablo & ich\nroad trip nach kopenhagen ✔️",
  [("leonie", "P"), ("jamal", "P"), ("franzi", "P"), ("pablo", "P"), ("kopenhagen", "L")])

R("mixed", "everyday-noun",
  "Mega Vibes!")


# ---------------------------------------------------------------------------
# Offsets and checks
# ---------------------------------------------------------------------------

# characters that continue a word for the boundary check: a surface string
# must not start or end inside a longer token ("Anna" in "Annas",
# "Lena" in "Lena-Marie", "laura" in "#lauraswedding2024")
def is_word_char(ch):
    return ch.isalnum() or ch in "_-#@"


def boundary_occurrences(text, s):
    out = []
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        if (i == 0 or not is_word_char(text[i - 1])) and (j == len(text) or not is_word_char(text[j])):
            out.append(i)
        i = text.find(s, i + 1)
    return out


# words that precede a name but never belong to a PERSON span
TITLES = {
    "frau", "herr", "herrn", "dr.", "prof.", "oma", "opa", "tante", "onkel",
    "cousine", "cousin", "familie", "trainer", "trainerin", "co-trainer",
    "pfarrer", "organistin", "dirigentin", "kapitän", "torwart", "chefkoch",
    "chefin", "trauzeugin", "pate", "patin", "babcia", "dziadek", "nonna",
    "lehrling", "coach", "mr.", "mrs.", "ms.", "miss", "aunt", "aunty",
    "uncle", "grandma", "grandad", "nana", "professor", "sgt.", "anneanne",
    "baby", "sister", "brother", "schwester", "tochter",
}
# words that must not open a LOCATION span
LOC_STOP = {
    "in", "im", "am", "an", "auf", "bei", "vom", "von", "zum", "zur", "nach",
    "der", "die", "das", "dem", "den", "the", "at", "on", "to", "from", "of",
}
MENTION_RE = re.compile(r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
INITIAL_RE = re.compile(r"(?:^|\s)[A-Z](?:\.[A-Z])*\.(?:\s|$)")


def fail(n, text, msg):
    raise SystemExit("record %d (%r...): %s" % (n, text[:50], msg))


def build():
    rows = []
    seen_texts = set()
    for n, (lang, kinds, text, ents) in enumerate(RECORDS, 1):
        if lang not in LANGS:
            fail(n, text, "bad lang %r" % lang)
        if text in seen_texts:
            fail(n, text, "duplicate text")
        seen_texts.add(text)
        if text != text.strip():
            fail(n, text, "leading/trailing whitespace")
        for k in kinds:
            if k not in KINDS or k in ("mention", "none"):
                fail(n, text, "bad or automatic kind %r" % k)
        spans = []
        for e in ents:
            if len(e) == 2:
                surface, lab = e
                occ = None
            elif len(e) == 3:
                surface, lab, occ = e
            else:
                fail(n, text, "bad entity %r" % (e,))
            if lab not in LABELS:
                fail(n, text, "bad label %r" % lab)
            if surface != surface.strip() or not surface:
                fail(n, text, "surface with whitespace %r" % surface)
            found = boundary_occurrences(text, surface)
            if not found:
                fail(n, text, "%r not found at a word boundary" % surface)
            if occ is None:
                if len(found) > 1:
                    fail(n, text, "%r occurs %d times: give the occurrence" % (surface, len(found)))
                start = found[0]
            else:
                if not 1 <= occ <= len(found):
                    fail(n, text, "%r occurrence %d of %d" % (surface, occ, len(found)))
                start = found[occ - 1]
            end = start + len(surface)
            label = LABELS[lab]
            last = surface[-1]
            if not last.isalnum():
                ok = (last in "'’" and surface[-2] in "sxzSXZ") or \
                     (last == "." and label == "PERSON" and re.search(r"(^|[\s.])[A-Z]\.$", surface))
                if not ok:
                    fail(n, text, "span %r ends in punctuation" % surface)
            if label == "MENTION":
                if not MENTION_RE.fullmatch(surface):
                    fail(n, text, "mention %r is not a handle" % surface)
            else:
                if surface.startswith("@"):
                    fail(n, text, "handle %r must be MENTION" % surface)
            if label == "LOCATION":
                if surface.startswith("#"):
                    fail(n, text, "place hashtags are not annotated: %r" % surface)
                if surface.split()[0].lower() in LOC_STOP:
                    fail(n, text, "LOCATION %r starts with preposition/article" % surface)
            if label == "PERSON":
                if surface.split()[0].lower() in TITLES:
                    fail(n, text, "PERSON %r includes a title/kinship word" % surface)
            spans.append((start, end, label))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0]:
                fail(n, text, "overlapping spans %r %r" % (a, b))
        # every @handle in the text is a MENTION, and nothing else is
        handles = set()
        for m in MENTION_RE.finditer(text):
            if m.start() > 0 and is_word_char(text[m.start() - 1]):
                continue
            handles.add((m.start(), m.end(), "MENTION"))
        if handles != {s for s in spans if s[2] == "MENTION"}:
            fail(n, text, "@handles and MENTION spans differ")
        persons = [text[s:e] for s, e, lab in spans if lab == "PERSON"]
        # kind consistency
        k = set(kinds)
        if handles:
            k.add("mention")
        if not spans:
            k.add("none")
        hashtag_persons = [p for p in persons if p.startswith("#")]
        if bool(hashtag_persons) != ("hashtag-name" in k):
            fail(n, text, "hashtag-name kind vs hashtag PERSON spans")
        if "name-list" in k and len(persons) < 3:
            fail(n, text, "name-list needs at least three PERSON spans")
        if "initial" in k and not any(INITIAL_RE.search(" " + p + " ") for p in persons):
            fail(n, text, "initial kind without an initial in a PERSON span")
        if "genitive" in k and not any(p.endswith(("s", "'", "’")) for p in persons):
            fail(n, text, "genitive kind without a possessive PERSON span")
        if "lowercase-name" in k and not any(
                (p.islower() or p.isupper()) and not p.startswith("#") for p in persons):
            fail(n, text, "lowercase-name kind without a lowercase/caps PERSON span")
        if "title" in k:
            def prev_word(s):
                w = text[:s].split()
                return w[-1].lower().rstrip(",:") if w else ""
            if not any(prev_word(s) in TITLES for s, e, lab in spans if lab == "PERSON"):
                fail(n, text, "title kind without a title before a PERSON span")
        kind_list = [x for x in KIND_ORDER if x in k]
        rows.append({
            "text": text,
            "entities": [[s, e, lab] for s, e, lab in spans],
            "lang": lang,
            "source": SOURCE,
            "kind": kind_list,
        })
    return rows


# surnames (or family names) that occur alone, without a first name;
# they are left out of the first-name count
SURNAME_ONLY = {
    "Kessler", "Brandt", "Müller", "Yilmaz", "Nowak", "Kowalski", "Demir",
    "Pohl", "Petrović", "Albrecht", "Weber", "Lindner", "Nguyen", "Özdemir",
    "Schäfer-Okonkwo", "Lemke", "Amato", "Miller", "Okafor", "Brennan",
    "O'connell", "Whitfield", "Reyes", "Adeyemi", "Hendersons", "Taylors",
    "Mehtas", "Ivanova", "Behrens",
}


def first_names(rows):
    names = Counter()
    for r in rows:
        for s, e, lab in r["entities"]:
            if lab != "PERSON":
                continue
            span = r["text"][s:e]
            if span.startswith("#"):
                continue
            tok = span.split()[0]
            for suf in ("'s", "’s", "'", "’"):
                if tok.endswith(suf):
                    tok = tok[: -len(suf)]
                    break
            if re.fullmatch(r"(?:[A-Z]\.)+", tok):
                continue
            if tok.islower() or tok.isupper():
                tok = "-".join(p.capitalize() for p in tok.split("-"))
            names[tok] += 1
    # German genitive -s ("Annas", "Noahs") counts as the base name
    for tok in list(names):
        if tok.endswith("s") and tok in GENITIVE_S:
            names[tok[:-1]] += names.pop(tok)
    for tok in SURNAME_ONLY:
        names.pop(tok, None)
    return names


# German genitives with a bare -s in this set
GENITIVE_S = {"Annas", "Noahs", "Mustafas", "Magdalenas", "Ramonas", "Reginas", "Lindas"}


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    langs = Counter(r["lang"] for r in rows)
    kinds = Counter(k for r in rows for k in r["kind"])
    labels = Counter(e[2] for r in rows for e in r["entities"])
    names = first_names(rows)
    print("records: %d  %s" % (len(rows), dict(sorted(langs.items()))))
    print("entities: %s" % dict(sorted(labels.items())))
    print("kinds:")
    for k in KIND_ORDER:
        print("  %-16s %d" % (k, kinds[k]))
    print("distinct first names: %d" % len(names))
    if "-v" in sys.argv:
        print(", ".join("%s%s" % (n, "" if c == 1 else "×%d" % c) for n, c in sorted(names.items())))
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
