"""Build the hand-written caption/comment evaluation set (captions.jsonl).

Each record is written as text + entity surface strings with labels
(P = PERSON, L = LOCATION, M = MENTION) and an optional occurrence index
(counting only occurrences at token boundaries).  The script computes the
character offsets (Python str indices, end-exclusive), checks them and writes
the JSONL deterministically.

Annotation rules (summary):
* PERSON: name only; no titles (Herr, Frau, Dr., Mrs., Coach, Onkel ...).
  German genitive "Lenas" -> whole token; English "Anna's" -> "Anna";
  "Jonas'" -> "Jonas". A hashtag that is/contains a person's name
  (#lenavogt, #teamanna) is ONE PERSON span including "#".
* MENTION: every @handle incl. "@" (never PERSON).
* LOCATION: cities, regions, lakes, mountains, rivers, streets, countries,
  districts, parks; without prepositions/articles.
* Not labelled: organisations, brands, businesses/venues, events, plain
  hashtags, months, weekdays, common nouns that look like names.

Run:  python data/eval/tune/build_captions.py
"""

import json
import os
import re
from collections import Counter

LABELS = {"P": "PERSON", "L": "LOCATION", "M": "MENTION"}
SOURCE = "captions-handwritten"
RECORDS = []


def R(lang, text, ents=()):
    RECORDS.append((lang, text, list(ents)))


# --------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------
R(
    "de",
    "Was für ein Tag am Tegernsee 💍✨ Danke an Lena & Tim, dass wir euren großen Tag begleiten durften!\n\n#hochzeitsfotograf #weddingbavaria #lenaundtim2023",
    [("Tegernsee", "L"), ("Lena", "P"), ("Tim", "P"), ("#lenaundtim2023", "P")],
)
R("de", "lena😍😍😍", [("lena", "P")])
R("de", "Danke für alles ❤️")
R("de", "Lenas Hochzeit war einfach traumhaft. Die Torte, die Haare, die Deko – alles perfekt!", [("Lenas", "P")])
R(
    "de",
    "Sonntagsspaziergang am Chiemsee mit @mia.schulze und Ben 🌊",
    [("Chiemsee", "L"), ("@mia.schulze", "M"), ("Ben", "P")],
)
R("de", "Heute in der Werkstatt: Jonas' Auto bekommt endlich neue Felgen 🔧", [("Jonas", "P")])
R("de", "Schön war's im Mai in Wien. Sonne, Kaffee und Sachertorte ☕️", [("Wien", "L")])
R("de", "Herzlichen Glückwunsch, Frau Dr. Albers, zur bestandenen Habilitation! 🎓", [("Albers", "P")])
R(
    "de",
    "Shooting mit Mehmet Yılmaz in Köln-Ehrenfeld 📸 Licht war der Hammer!",
    [("Mehmet Yılmaz", "P"), ("Köln-Ehrenfeld", "L")],
)
R("de", "Neue Haare, neues Glück 💇‍♀️ Danke @salon_haarwerk_ffm für den tollen Schnitt!", [("@salon_haarwerk_ffm", "M")])
R("de", "Der Fuchs im Garten heute früh 🦊 ganz zutraulich")
R("de", "Weiß ist einfach zeitlos. Brautkleid-Anprobe heute im Atelier 🤍")
R(
    "de",
    "Marie-Luise und Hans-Peter feiern ihre goldene Hochzeit 💛 50 Jahre! Wir gratulieren von Herzen.",
    [("Marie-Luise", "P"), ("Hans-Peter", "P")],
)
R("de", "mit anna und steffi am see 🌞 #sommer #seeliebe", [("anna", "P"), ("steffi", "P")])
R(
    "de",
    "Clara von Stein und Max van Dijk haben sich in Heidelberg das Ja-Wort gegeben. Traumhafte Kulisse am Neckar!",
    [("Clara von Stein", "P"), ("Max van Dijk", "P"), ("Heidelberg", "L"), ("Neckar", "L")],
)
R("de", "Training beim SV Blau-Weiß heute ausgefallen wegen Regen 🌧️ Nächsten Dienstag wieder!")
R("de", "Glückwunsch an unsere Torschützin Elif Aksoy ⚽️ zwei Tore im Derby!", [("Elif Aksoy", "P")])
R("de", "Ein Engel auf Erden 👼 unsere kleine Maus ist da! 3.420 g, 51 cm")
R(
    "de",
    "Willkommen auf der Welt, kleine Emma 💕 Mama Sarah und Papa Nils sind überglücklich.",
    [("Emma", "P"), ("Sarah", "P"), ("Nils", "P")],
)
R("de", "Wanderung auf die Zugspitze 🏔️ mit den Jungs. Oben angekommen um 11 Uhr!", [("Zugspitze", "L")])
R("de", "Danke Tobi fürs Mitnehmen!! 🙏", [("Tobi", "P")])
R("de", "Sylt im Herbst ist einfach was anderes 🍂 #nordsee #sylt", [("Sylt", "L")])
R("de", "Babybauch-Shooting mit @jana.horvath 🤰 Bald ist es soweit!", [("@jana.horvath", "M")])
R("de", "alles gute zum geburtstag lukas 🎉🎂 feier dich!", [("lukas", "P")])
R("de", "Lukas' Taufe in der Dorfkirche in Oberstdorf ⛪️", [("Lukas", "P"), ("Oberstdorf", "L")])
R("de", "Freitag, 13. Juni – Team-Event im Allgäu 🐄 Wer ist dabei?", [("Allgäu", "L")])
R("de", "Grüße aus Hamburg an Oma Gerda 👵❤️", [("Hamburg", "L"), ("Gerda", "P")])
R("de", "Die Rose ist die Königin der Blumen 🌹 Heute frisch vom Markt.")
R("de", "Schnappschuss vom Polterabend: Kasia und Tomasz beim Scherbenfegen 😂", [("Kasia", "P"), ("Tomasz", "P")])
R("de", "Neue Canon, neues Glück 📷 Erste Testbilder folgen!")
R("de", "Heute 20 Uhr live im Club 🎶 mit DJ Flo und Support von @basti_beats", [("Flo", "P"), ("@basti_beats", "M")])
R("de", "Danke an Herrn Yilmaz für die tolle Zusammenarbeit!", [("Yilmaz", "P")])
R("de", "Sonnenuntergang an der Ostsee. Mehr braucht man nicht. 🌅", [("Ostsee", "L")])
R("de", "Familie Becker beim Herbstshooting im Englischen Garten 🍁", [("Becker", "P"), ("Englischen Garten", "L")])
R("de", "Hab dich lieb, Schatz ❤️ 5 Jahre heute")
R(
    "de",
    "Leonies & Felix' Hochzeit in Freiburg 💒 Was für ein Fest!",
    [("Leonies", "P"), ("Felix", "P"), ("Freiburg", "L")],
)
R(
    "de",
    "Kinderturnen startet wieder ab Montag in der Halle an der Hauptstraße, Kursleitung: Svetlana",
    [("Hauptstraße", "L"), ("Svetlana", "P")],
)
R("de", "Bei Zara gefunden, bei Nike gekauft 😅 Outfit of the day")
R(
    "de",
    "Ein riesiges Dankeschön an alle Gäste, die mit uns gefeiert haben! Besonders an Laura, Paul und die ganze Truppe aus Leipzig 💃🕺",
    [("Laura", "P"), ("Paul", "P"), ("Leipzig", "L")],
)
R("de", "omg ayşe du siehst sooo schön aus 😍😍", [("ayşe", "P")])
R(
    "de",
    "Dolomiten-Trip Tag 3 ⛰️ Heute ging es von Cortina hoch zur Hütte – die Waden brennen!",
    [("Dolomiten", "L"), ("Cortina", "L")],
)
R("de", "Tolle Stimmung beim Stadtfest in Münster! Danke an alle Helfer*innen 🙌", [("Münster", "L")])
R("de", "Die Jungs vom FC haben es geschafft 🏆 Aufstieg! Kapitän Emre Kaya mit dem Pokal", [("Emre Kaya", "P")])
R("de", "#teamanna 💪 Marathon geschafft in 3:58!", [("#teamanna", "P")])
R(
    "de",
    "Danke fürs Vorbeikommen, Jan-Niklas und Svenja! War schön euch wiederzusehen.",
    [("Jan-Niklas", "P"), ("Svenja", "P")],
)
R("de", "Hochzeit\nTorte\nTanz\nWiederholen 🔁")
R("de", "Unser neues Studio in der Schanze ist endlich fertig 🎉 Tag der offenen Tür am Samstag!", [("Schanze", "L")])
R("de", "Frühstück bei Caro 🥐☕️ beste Gastgeberin", [("Caro", "P")])
R("de", "@leonie.fischer @noah_meier ihr zwei seid einfach zu süß 🥹", [("@leonie.fischer", "M"), ("@noah_meier", "M")])
R(
    "de",
    "Grüße vom Bodensee! Heute mit dem Rad von Lindau nach Bregenz 🚴‍♀️",
    [("Bodensee", "L"), ("Lindau", "L"), ("Bregenz", "L")],
)
R("de", "Verlobt!!! 💍 Sie hat JA gesagt 😭")
R(
    "de",
    "Herr Schmidt-Hoffmann hat heute seinen letzten Arbeitstag. Danke für 32 Jahre! 👏",
    [("Schmidt-Hoffmann", "P")],
)
R("de", "Sonnige Grüße aus Mallorca 🌴 von Giulia und mir", [("Mallorca", "L"), ("Giulia", "P")])
R(
    "de",
    "Hochzeitsreportage: Fatima & Karim, Standesamt in Düsseldorf, Feier direkt am Rhein 🌿",
    [("Fatima", "P"), ("Karim", "P"), ("Düsseldorf", "L"), ("Rhein", "L")],
)
R("de", "Mein Engel ❤️ @zofia.nowak", [("@zofia.nowak", "M")])
R("de", "bester abend mit maxi, jojo und flo 🍻 #freitag", [("maxi", "P"), ("jojo", "P"), ("flo", "P")])
R("de", "Happy Birthday, Mama! 🎂 Du bist die Beste")
R("de", "Fotos vom Sommerfest sind online! Link in Bio. Fotografin: Hannah Krüger", [("Hannah Krüger", "P")])
R("de", "Berlin, du bist so wunderbar 🐻 Kreuzberg bei Nacht", [("Berlin", "L"), ("Kreuzberg", "L")])
R("de", "Ein Jahr ohne dich, Papa. Wir vermissen dich jeden Tag. 🕯️ Helmut Wagner 1951–2023", [("Helmut Wagner", "P")])
R("de", "Heute Gast im Podcast: Priya Nair über Nachhaltigkeit in der Mode 🎙️", [("Priya Nair", "P")])
R(
    "de",
    "Schwarzwald-Wochenende mit Svenja und Nils 🌲 Titisee war eiskalt!",
    [("Schwarzwald", "L"), ("Svenja", "P"), ("Nils", "P"), ("Titisee", "L")],
)
R(
    "de",
    "Jonas und Mia haben sich getraut 💍 Trauung im Dom, Feier in Dresden an der Elbe",
    [("Jonas", "P"), ("Mia", "P"), ("Dresden", "L"), ("Elbe", "L")],
)
R("de", "Neue Trikots sind da! Danke an unseren Sponsor Autohaus Fuchs 🚗")
R("de", "Hey @tim_berger93, schick mir mal die Fotos von gestern 😅", [("@tim_berger93", "M")])
R("de", "Kaffeeklatsch bei Tante Ingrid ☕️🍰 mit Onkel Rolf", [("Ingrid", "P"), ("Rolf", "P")])
R("de", "Winterzauber im Harz ❄️ Brocken bei Sonnenaufgang", [("Harz", "L"), ("Brocken", "L")])
R("de", "Glückwunsch zur Hochzeit, ihr zwei! Alles Liebe von Steffi & Basti 🥂", [("Steffi", "P"), ("Basti", "P")])
R("de", "grüße an lisa und marco aus der toskana 🍷🇮🇹", [("lisa", "P"), ("marco", "P"), ("toskana", "L")])
R("de", "Ab heute gibt's bei uns Aperol Spritz zum halben Preis 🍹 nur im Juni!")
R("de", "Taufe von Ben 🕊️ in Rosenheim. Pate: Onkel Piotr", [("Ben", "P"), ("Rosenheim", "L"), ("Piotr", "P")])
R("de", "Sehr schöne Bilder!! 👏👏")
R("de", "Wow, die Farben 😍 @lichtundliebe_fotografie ihr seid die Besten", [("@lichtundliebe_fotografie", "M")])
R("de", "Hach, Annas Brautstrauß war ein Traum aus Pfingstrosen 🌸", [("Annas", "P")])
R("de", "Wo ist das? Sieht aus wie am Königssee 😍", [("Königssee", "L")])
R(
    "de",
    "@marlene_ko das ist am Walchensee, nicht am Königssee 😉",
    [("@marlene_ko", "M"), ("Walchensee", "L"), ("Königssee", "L")],
)
R("de", "tausend dank an euch, war so schön!! 🥹❤️")
R("de", "Nächster Termin frei: Samstag, 14. September. Schreibt uns eine DM!")
R("de", "Familienshooting mit den Nguyens 👨‍👩‍👧‍👦 in Potsdam", [("Nguyens", "P"), ("Potsdam", "L")])
R("de", "Gratulation an Sofia Marino zum ersten Platz beim Fotowettbewerb! 🥇", [("Sofia Marino", "P")])
R("de", "Wir sagen Danke! 1000 Follower 🎉")
R("de", "Omas 90. Geburtstag 🎂 Die ganze Familie war da, sogar Cousin Raj aus London", [("Raj", "P"), ("London", "L")])
R("de", "Morgenlauf an der Alster mit Hendrik 🏃‍♂️ 10 km in 52 min", [("Alster", "L"), ("Hendrik", "P")])
R("de", "Schatzi, du bist mein Sonnenschein ☀️")
R(
    "de",
    "Danke an @steffi.lorenz für das Make-up und an @flo.hairdesign für die Haare 💄",
    [("@steffi.lorenz", "M"), ("@flo.hairdesign", "M")],
)
R(
    "de",
    "Nils' Junggesellenabschied in Prag 🍺 Was in Prag passiert, bleibt in Prag",
    [("Nils", "P"), ("Prag", "L", 0), ("Prag", "L", 1), ("Prag", "L", 2)],
)
R(
    "de",
    "Hochzeit am Gardasee 🍋 Isabel & Diego\n\nLocation: Villa am See\nFotos: wir\nBlumen: @blumenwerk_bz",
    [("Gardasee", "L"), ("Isabel", "P"), ("Diego", "P"), ("@blumenwerk_bz", "M")],
)
R("de", "Kleiner Ausflug nach Rügen mit Oma und Opa 🌊", [("Rügen", "L")])
R("de", "Danke Frau Petersen für die leckeren Muffins 🧁", [("Petersen", "P")])
R("de", "Die Zwillinge Lea und Lina feiern ihren 18. 🎉🎉", [("Lea", "P"), ("Lina", "P")])
R("de", "Ich find das Foto mit dem Vogel so genial 🐦")
R("de", "Unser Azubi Kevin hat die Prüfung bestanden! 💪 Stolz auf dich!", [("Kevin", "P")])
R(
    "de",
    "Herzlich willkommen im Team, Olga Petrova! Ab sofort unterstützt sie uns in der Bildbearbeitung.",
    [("Olga Petrova", "P")],
)
R("de", "#annalenaundmarc 💍 danke für euer Vertrauen!", [("#annalenaundmarc", "P")])
R(
    "de",
    "Hochzeit von Anna-Lena & Marc in Lüneburg ✨ Fotos by @studio.nordlicht",
    [("Anna-Lena", "P"), ("Marc", "P"), ("Lüneburg", "L"), ("@studio.nordlicht", "M")],
)
R("de", "Ganz liebe Grüße an die Kollegen in Zürich und Luzern 🇨🇭", [("Zürich", "L"), ("Luzern", "L")])
R("de", "Der Wolf ist zurück im Schwarzwald 🐺 Spannende Doku heute Abend", [("Schwarzwald", "L")])
R("de", "Papa und ich beim Angeln am Edersee 🎣 Leider nix gefangen", [("Edersee", "L")])
R(
    "de",
    "Danke an alle, die zu Jakobs Abschiedsfeier gekommen sind! Viel Erfolg in Kopenhagen 🇩🇰",
    [("Jakobs", "P"), ("Kopenhagen", "L")],
)
R("de", "Weiß, Gold und Grün – unsere Tischdeko für die Winterhochzeit 🌿")
R("de", "Julia & Hakan\n12.08.2023\nLandsberg am Lech\n❤️", [("Julia", "P"), ("Hakan", "P"), ("Landsberg am Lech", "L")])
R("de", "Hallo zusammen, die Fotos sind fertig! Bitte meldet euch bei Sabine für den Download-Link.", [("Sabine", "P")])
R("de", "mein bruder 🫶 @emre.ky", [("@emre.ky", "M")])
R("de", "Glückwunsch Mo!!! 🎉 Endlich Führerschein", [("Mo", "P")])
R("de", "Dank Canon und Sigma gestochen scharf 😎 #gearcheck")
R(
    "de",
    "Ein Abend in Sachsenhausen mit Äppler und guten Freunden 🍏 danke Moritz fürs Organisieren",
    [("Sachsenhausen", "L"), ("Moritz", "P")],
)
R("de", "Heute gibt's Bilder von Kerstins 40. – Motto: Glitzer! ✨", [("Kerstins", "P")])
R("de", "Mit @paulneumann.photo im Studio, neue Serie kommt bald 🎞️", [("@paulneumann.photo", "M")])
R("de", "Willkommen zurück, Dr. Nadia Saleh! Unsere Praxis freut sich. 🩺", [("Nadia Saleh", "P")])
R("de", "Ausblick vom Feldberg über den ganzen Schwarzwald 😍", [("Feldberg", "L"), ("Schwarzwald", "L")])
R("de", "Danke, danke, danke! ❤️❤️❤️")
R(
    "de",
    "Hochzeit in der Pfalz 🍇 Laura und Tobias haben bei bestem Wetter gefeiert – und abends ging es mit Wein und Flammkuchen weiter. Danke, dass wir dabei sein durften!",
    [("Pfalz", "L"), ("Laura", "P"), ("Tobias", "P")],
)
R(
    "de",
    "Kommt alle zum Weihnachtsmarkt in Nürnberg! Wir haben einen Stand am Hauptmarkt 🎄",
    [("Nürnberg", "L"), ("Hauptmarkt", "L")],
)
R("de", "Schöne Feiertage wünscht euch Familie Kowalski 🎄", [("Kowalski", "P")])
R("de", "die haare 😍😍 wer hat die gemacht?")
R("de", "@caro.macht.haare hat sie gemacht 💇‍♀️", [("@caro.macht.haare", "M")])
R("de", "Lisa war die schönste Braut, die ich je gesehen habe. Und Ahmed erst 😍", [("Lisa", "P"), ("Ahmed", "P")])
R(
    "de",
    "Fotowalk durch Hamburg-Altona mit der Community 📷 Nächstes Mal: Speicherstadt!",
    [("Hamburg-Altona", "L"), ("Speicherstadt", "L")],
)
R("de", "Geburtstagsbrunch für Jule 🥂🎈 Danke an alle Mädels!", [("Jule", "P")])
R("de", "Endlich Sommer ☀️ Freibad wir kommen!")
R("de", "In Erinnerung an unseren Trainer Fritz Lehmann. Ruhe in Frieden. 🖤", [("Fritz Lehmann", "P")])
R("de", "So sieht's aus, wenn Jonas kocht 😂🍝", [("Jonas", "P")])
R("de", "Auf dem Weg nach Antalya ✈️ Urlaub mit Ayşe und Emre", [("Antalya", "L"), ("Ayşe", "P"), ("Emre", "P")])
R("de", "Im Juli sind wir in Istanbul – Shooting-Termine noch frei! 📸", [("Istanbul", "L")])
R("de", "Hab die Fotos gesehen – Gänsehaut! Ihr seid so ein tolles Paar, Tim und Lena ❤️", [("Tim", "P"), ("Lena", "P")])
R("de", "stefan du legende 😂😂", [("stefan", "P")])
R("de", "Neuer Beitrag auf dem Blog: Die 5 schönsten Hochzeitslocations am Ammersee 💒", [("Ammersee", "L")])
R(
    "de",
    "Danke an @sarah.lindqvist und @nils.petersen.art für die Kooperation 🤝 Bilder entstanden in Kiel.",
    [("@sarah.lindqvist", "M"), ("@nils.petersen.art", "M"), ("Kiel", "L")],
)
R(
    "de",
    "Grüße aus dem Urlaub 🌞 Kroatien ist ein Traum! Bussi an Mama und an Vesna",
    [("Kroatien", "L"), ("Vesna", "P")],
)
R("de", "Frau Öztürk, unsere Klassenlehrerin, hat uns heute zum Eis eingeladen 🍦", [("Öztürk", "P")])
R("de", "Best day ever mit meinen Mädels in München 🥨 #girlsday", [("München", "L")])
R(
    "de",
    "Hochzeitsfotos von Chiara & Lukas sind online – so much love 💕 @chiara.ferri",
    [("Chiara", "P"), ("Lukas", "P"), ("@chiara.ferri", "M")],
)
R("de", "Engel gibt es wirklich – sie heißen Hebammen 👶❤️")
R(
    "de",
    "Sonntag = Familientag. Spaziergang an der Isar mit Emil und Frieda 🌿",
    [("Isar", "L"), ("Emil", "P"), ("Frieda", "P")],
)
R(
    "de",
    "Glückwunsch an Ben Wagner und Maja Lewandowska zur Verlobung!! 🥂💍",
    [("Ben Wagner", "P"), ("Maja Lewandowska", "P")],
)
R(
    "de",
    "Was für ein Wochenende! 💛\n\nAm Freitag Polterabend in Würzburg, am Samstag Trauung und Feier am Main, am Sonntag Katerfrühstück mit der ganzen Familie.\n\nLiebe Johanna, lieber Deniz: Danke, dass wir euch begleiten durften. Ein riesiges Dankeschön auch an @traumdeko.franken und an Onkel Bernd für die Musik 🎷",
    [("Würzburg", "L"), ("Main", "L"), ("Johanna", "P"), ("Deniz", "P"), ("@traumdeko.franken", "M"), ("Bernd", "P")],
)
R("de", "Neues Jahr, neue Ziele 💪\nJanuar: Fotokurs\nFebruar: Skiurlaub\nMärz: Portfolio\nWer macht mit?")
R("de", "#lenavogt 📸 Portfolio-Update ist online", [("#lenavogt", "P")])
R(
    "de",
    "Danke an Jana und Mareike für die Hilfe beim Aufbau 🙏 ohne euch wär das nix geworden",
    [("Jana", "P"), ("Mareike", "P")],
)
R("de", "thx @alex.schwarz 🙌 die Bilder sind der Wahnsinn", [("@alex.schwarz", "M")])
R("de", "Die Sonne lacht, der Grill ist an 🔥 Prost auf den Feierabend!")
R(
    "de",
    "Hochzeit von Katharina und Giuseppe 🇩🇪🇮🇹 Trauung in Bozen, Feier in Meran. Zwei Sprachen, eine große Familie. Grazie mille & danke schön!",
    [("Katharina", "P"), ("Giuseppe", "P"), ("Bozen", "L"), ("Meran", "L")],
)
R("de", "Frieda😍 du süße!!", [("Frieda", "P")])
R("de", "Pauls Abi-Feier 🎓 Wir sind so stolz!", [("Pauls", "P")])
R("de", "Opa Heinz und Oma Ilse tanzen immer noch wie mit 20 💃🕺 #diamantenehochzeit", [("Heinz", "P"), ("Ilse", "P")])
R(
    "de",
    "Wanderpause an der Partnachklamm bei Garmisch-Partenkirchen 💦 mit @wanderlust.kathi",
    [("Partnachklamm", "L"), ("Garmisch-Partenkirchen", "L"), ("@wanderlust.kathi", "M")],
)
R("de", "Danke Sebastian Kühn für das tolle Interview! 🙌", [("Sebastian Kühn", "P")])
R(
    "de",
    "Hab heute beim Bäcker an der Friedrichstraße einen Engel getroffen – sie hat mir ihr letztes Croissant überlassen 🥐😂",
    [("Friedrichstraße", "L")],
)
R(
    "de",
    "Glückwunsch an Luisa Brandt, Carla Dos Santos und Ida Hoffmann – unsere neuen Trainerinnen 💪",
    [("Luisa Brandt", "P"), ("Carla Dos Santos", "P"), ("Ida Hoffmann", "P")],
)
R("de", "Maxis Taufe war so schön 🕊️ @sabrina_weiss danke für die Torte!", [("Maxis", "P"), ("@sabrina_weiss", "M")])

# --------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------
R("en", "Golden hour in Santorini with @chloe.bennett 🌅 #travelgram", [("Santorini", "L"), ("@chloe.bennett", "M")])
R("en", "Anna's birthday dinner was a total vibe 🎂✨", [("Anna", "P")])
R("en", "thx james for the ride home!!", [("james", "P")])
R("en", "Saying grace before the big Thanksgiving dinner 🦃🙏")
R("en", "The roses in Grandma's garden are finally blooming 🌹")
R(
    "en",
    "Congrats to Emily Carter and James O'Neill on their engagement! 💍 Shot at Lake Como, Italy.",
    [("Emily Carter", "P"), ("James O'Neill", "P"), ("Lake Como", "L"), ("Italy", "L")],
)
R("en", "Hope you all had an amazing weekend! See you in May 😊")
R("en", "weekend in brighton with liam and sophie 🌊🍟", [("brighton", "L"), ("liam", "P"), ("sophie", "P")])
R("en", "sophie😍 you look stunning", [("sophie", "P")])
R("en", "New Nike drop just landed 👟 link in bio")
R(
    "en",
    "Wedding season is officially open! 💒 First up: Olivia & Jack at a barn in the Cotswolds.",
    [("Olivia", "P"), ("Jack", "P"), ("Cotswolds", "L")],
)
R("en", "shoutout to @oliver.hughes for the edit 🔥", [("@oliver.hughes", "M")])
R(
    "en",
    "Beautiful ceremony in Edinburgh today 🏴 Thank you Fiona and Callum for having us!",
    [("Edinburgh", "L"), ("Fiona", "P"), ("Callum", "P")],
)
R("en", "Dressed in white, walking with grace 🤍")
R("en", "Throwback to June in Lisbon 🇵🇹 pastel de nata every single day", [("Lisbon", "L")])
R("en", "Happy 30th to my favourite human, Priya 🎉 love you to the moon and back", [("Priya", "P")])
R("en", "Jonas' surprise party was EPIC 😂 thanks to everyone who kept the secret", [("Jonas", "P")])
R("en", "Our team in Brooklyn 🌉 NYC you were amazing", [("Brooklyn", "L"), ("NYC", "L")])
R("en", "Rainy day in London = perfect excuse for tea and scones ☔️", [("London", "L")])
R("en", "Mark your calendars: Saturday 12th May, summer fair at the community hall 🎪")
R("en", "Will you marry me? 💍 She said YES!!")
R("en", "Huge thanks to Aunt Maggie for the amazing cake 🎂", [("Maggie", "P")])
R("en", "Bill paid, bags packed, off to Bali 🌴✈️", [("Bali", "L")])
R(
    "en",
    "Frank discussion on the podcast today about burnout in creative jobs 🎙️ with guest Nadia Saleh",
    [("Nadia Saleh", "P")],
)
R(
    "en",
    "Mia and Luca tied the knot at sunset in Tuscany 🌻 What a day!",
    [("Mia", "P"), ("Luca", "P"), ("Tuscany", "L")],
)
R("en", "Can't believe it's been a year since Ruby was born 💖 Happy 1st birthday, baby girl", [("Ruby", "P")])
R("en", "Ruby red lips and a vintage dress 💄 styling by @amber.styles", [("@amber.styles", "M")])
R("en", "That view from Ben Nevis though 🏔️ worth every step", [("Ben Nevis", "L")])
R("en", "ty @minh.nguyen.films for the amazing drone shots!! 🚁", [("@minh.nguyen.films", "M")])
R("en", "Rose and Daisy, the best flower girls ever 🌸", [("Rose", "P"), ("Daisy", "P")])
R("en", "picked some daisies and a rose from the garden 🌼🌹")
R("en", "Christmas market in Manchester with the fam 🎄", [("Manchester", "L")])
R("en", "Congrats to our U12 team for winning the cup! ⚽️ MVP: Noah", [("Noah", "P")])
R("en", "The bride wore a custom gown from a tiny atelier in Florence 👗", [("Florence", "L")])
R("en", "Florence looked absolutely stunning in that dress 😍 @florence.m_", [("Florence", "P"), ("@florence.m_", "M")])
R("en", "Family portraits with the Patels in Leicester 📸 So much laughter!", [("Patels", "P"), ("Leicester", "L")])
R("en", "Happy anniversary to my parents, Hassan and Leila! 35 years strong ❤️", [("Hassan", "P"), ("Leila", "P")])
R(
    "en",
    "w/ @kasia.zielinska and tomek at the lake district 🏕️",
    [("@kasia.zielinska", "M"), ("tomek", "P"), ("lake district", "L")],
)
R("en", "Hiking Snowdonia with the crew this weekend. Rain, wind, zero regrets. 💪", [("Snowdonia", "L")])
R("en", "omg grace you're glowing 😍", [("grace", "P")])
R("en", "Hope's first day at school 🎒 Growing up so fast", [("Hope", "P")])
R("en", "Faith, hope and love – the theme of today's ceremony 🕊️")
R("en", "Pizza night at Marco's place 🍕 he swears it's his nonna's recipe", [("Marco", "P")])
R(
    "en",
    "Summer and Jake's wedding in Savannah, Georgia 🌿🍑",
    [("Summer", "P"), ("Jake", "P"), ("Savannah", "L"), ("Georgia", "L")],
)
R("en", "Big thanks to everyone who came out to support the charity run in Bristol! 🏃", [("Bristol", "L")])
R("en", "Me and my bestie @ella_rosewood at the concert 🎶", [("@ella_rosewood", "M")])
R("en", "Portrait session with Aiko Tanaka ✨ lighting: one softbox, that's it.", [("Aiko Tanaka", "P")])
R("en", "Happy birthday to the best dad ever! 🎂 Love, Emma & Josh", [("Emma", "P"), ("Josh", "P")])
R("en", "throwback to that trip to amsterdam with dan 🚲🌷", [("amsterdam", "L"), ("dan", "P")])
R("en", "Our Canon R5 has been through rain, snow and sand. Still going strong 📷")
R("en", "Welcome to the world, baby Theo 💙 born 3rd March in Cork", [("Theo", "P"), ("Cork", "L")])
R("en", "Shoutout to Coach Mike for pushing us every Tuesday 💪", [("Mike", "P")])
R("en", "Sunset over the Thames ❤️ never gets old", [("Thames", "L")])
R("en", "Turkey is in the oven, pie is cooling, let the feast begin 🦃🥧")
R(
    "en",
    "Two weeks in Turkey 🇹🇷 Istanbul, Cappadocia and the coast near Fethiye",
    [("Turkey", "L"), ("Istanbul", "L"), ("Cappadocia", "L"), ("Fethiye", "L")],
)
R("en", "Sending love to Dr. Amelia Hart and the whole NICU team 💕", [("Amelia Hart", "P")])
R(
    "en",
    "What a night! Thanks @djflo_official and @basti_beats for the sets 🎧",
    [("@djflo_official", "M"), ("@basti_beats", "M")],
)
R(
    "en",
    "Engagement shoot in Central Park 🍂 Sarah & Dev, you two are adorable",
    [("Central Park", "L"), ("Sarah", "P"), ("Dev", "P")],
)
R("en", "grandpa's 80th ❤️ uncle rob flew in all the way from sydney", [("rob", "P"), ("sydney", "L")])
R("en", "so proud of you lily!! 🎓🎓", [("lily", "P")])
R("en", "Lily pads and lotus flowers at the botanical garden 🪷")
R("en", "Congratulations Marcus van der Berg on your PhD! 🎓", [("Marcus van der Berg", "P")])
R(
    "en",
    "Table settings for the Hughes–O'Connor wedding 🍽️ olive branches, linen and candlelight",
    [("Hughes", "P"), ("O'Connor", "P")],
)
R("en", "Olive oil tasting in Puglia 🫒 best day of the trip", [("Puglia", "L")])
R("en", "Love this pic of Zoe and her dog 🐕", [("Zoe", "P")])
R("en", "Mehmet's kebab game is unmatched 🔥🔥 come hungry", [("Mehmet", "P")])
R(
    "en",
    "Wedding of Giulia Romano and Marco Bianchi, Positano 🍋 Full gallery on the blog.",
    [("Giulia Romano", "P"), ("Marco Bianchi", "P"), ("Positano", "L")],
)
R("en", "Chasing waterfalls in Iceland 💧 with @the.wandering.kat", [("Iceland", "L"), ("@the.wandering.kat", "M")])
R("en", "Meet our new intern, Omar! He'll be assisting on shoots this summer ☀️", [("Omar", "P")])
R("en", "Beach day at Bondi 🏄‍♀️ with Jess and Tash", [("Bondi", "L"), ("Jess", "P"), ("Tash", "P")])
R(
    "en",
    "Sam and Alex's wedding in Cornwall 🌊 rain all morning, sun for the ceremony. Magic.",
    [("Sam", "P"), ("Alex", "P"), ("Cornwall", "L")],
)
R("en", "Joy is contagious ✨ #quoteoftheday")
R("en", "Joy and Ben's gender reveal 💙💗 It's a boy!!", [("Joy", "P"), ("Ben", "P")])
R("en", "Yorkshire Dales, you have my heart 💚", [("Yorkshire Dales", "L")])
R("en", "Happy retirement, Mrs. Thompson! 37 years of teaching 🍎", [("Thompson", "P")])
R("en", "Fresh prints from the Kraków trip 🇵🇱 Wawel at sunrise was unreal", [("Kraków", "L"), ("Wawel", "L")])
R("en", "@piotr.wisniewski bro send me the raw files pls", [("@piotr.wisniewski", "M")])
R("en", "Can't wait for Hannah's hen do in Dublin next month 🍀👰", [("Hannah", "P"), ("Dublin", "L")])
R("en", "Sky's the limit 🚀 new studio, new chapter")
R("en", "Behind the scenes with Isabella Moretti-Clarke on our autumn editorial 🍁", [("Isabella Moretti-Clarke", "P")])
R("en", "wish you were here, nana ❤️")
R("en", "Nana Akosua turned 90 today 🎉 the whole family gathered in Accra", [("Akosua", "P"), ("Accra", "L")])
R("en", "Paris in the spring 🌸 with my love @remi.laurent", [("Paris", "L"), ("@remi.laurent", "M")])
R("en", "Congrats to our April winners: Chloe, Aaron and Fatima! 🏆", [("Chloe", "P"), ("Aaron", "P"), ("Fatima", "P")])
R("en", "Dawn patrol at Fistral Beach 🌅 glassy waves", [("Fistral Beach", "L")])
R(
    "en",
    "Wedding at a vineyard outside Napa 🍷 Priya & Raj, thank you for trusting us with your story.",
    [("Napa", "L"), ("Priya", "P"), ("Raj", "P")],
)
R("en", "guess who's back in Berlin 😎 @lena.vogt let's get coffee", [("Berlin", "L"), ("@lena.vogt", "M")])
R("en", "Lena and Tim's wedding was a dream, thank you both!! Danke, ihr Lieben 💕", [("Lena", "P"), ("Tim", "P")])
R("en", "Morning swim in Lake Geneva 🏊‍♀️ brrrr", [("Lake Geneva", "L")])
R("en", "Portraits of Chef Antonio in his kitchen 🍝", [("Antonio", "P")])
R(
    "en",
    "Thank you Oliver & Harriet for choosing us! Your Scottish Highlands elopement was one for the books 🏴",
    [("Oliver", "P"), ("Harriet", "P"), ("Scottish Highlands", "L")],
)
R("en", "bday girl 🎀 #happybirthdayamira", [("#happybirthdayamira", "P")])
R("en", "#teamjonas all the way 🏁 go go go!", [("#teamjonas", "P")])
R("en", "Annual staff party at the Riverside Hotel, thanks to all! 🥂")
R("en", "So many memories from our honeymoon in Japan 🇯🇵 Kyoto stole my heart", [("Japan", "L"), ("Kyoto", "L")])
R("en", "Can we talk about how cute Mateo looks in his little suit 😭", [("Mateo", "P")])
R("en", "Cookies fresh out of the oven 🍪 recipe from my grandma Helen", [("Helen", "P")])
R(
    "en",
    "Rooftop drinks in Shoreditch with Kemi, Tolu and Priscilla 🍸",
    [("Shoreditch", "L"), ("Kemi", "P"), ("Tolu", "P"), ("Priscilla", "P")],
)
R("en", "Great turnout at the Leeds meetup! Next one: Newcastle in August 📅", [("Leeds", "L"), ("Newcastle", "L")])
R("en", "August is my favourite month 🌞")
R("en", "August turns 5 today 🦖🎂 dinosaur party it is!", [("August", "P")])
R("en", "Road trip along the Amalfi Coast 🚗 with my sister Sofia", [("Amalfi Coast", "L"), ("Sofia", "P")])
R("en", "Congrats @katie.mcallister on the new job!! so proud 🥳", [("@katie.mcallister", "M")])
R("en", "Maternity session by the sea in Devon 🌊 Aoife, you're radiant", [("Devon", "L"), ("Aoife", "P")])
R("en", "We're hiring! Second shooter needed for the 2025 season. DM us 📩")
R("en", "the way ethan looks at her 🥹🥹", [("ethan", "P")])
R("en", "Photo dump from Mexico City 🌮🇲🇽 thx carlos for showing us around!!", [("Mexico City", "L"), ("carlos", "P")])
R("en", "Winter wonderland in Lapland ❄️ the northern lights finally showed up!", [("Lapland", "L")])
R("en", "Bonfire night with the neighbours 🎆 Thanks Dave for the fireworks", [("Dave", "P")])
R(
    "en",
    "Our favourite couple, Yusuf and Hana, married at last in Amman 💍",
    [("Yusuf", "P"), ("Hana", "P"), ("Amman", "L")],
)
R("en", "first dance to 'Perfect' 🥹💃")
R("en", "Newborn session for little Ivy 🌿 8 days new", [("Ivy", "P")])
R("en", "Ivy climbing the old stone walls 🌿 autumn in the garden")
R(
    "en",
    "Met this legend at the market today — Mr. Okafor has been selling fruit on Portobello Road for 40 years 🍎",
    [("Okafor", "P"), ("Portobello Road", "L")],
)
R(
    "en",
    "who's up for brunch sunday? 🥞 @maya_k @jordanlee_ @sam.writes",
    [("@maya_k", "M"), ("@jordanlee_", "M"), ("@sam.writes", "M")],
)
R("en", "Cheers to 5 years, Dan & Mel 🥂 from all of us in Glasgow", [("Dan", "P"), ("Mel", "P"), ("Glasgow", "L")])
R("en", "Harvest season in the Barossa Valley 🍇", [("Barossa Valley", "L")])
R("en", "Lovely shoot with Eleanor de Souza this morning ☀️ natural light only.", [("Eleanor de Souza", "P")])
R("en", "The Hendersons' Christmas card shoot 🎄 matching pajamas included", [("Hendersons", "P")])
R("en", "Miss u already @ana_sofia.ortega 💕 come back to Madrid soon", [("@ana_sofia.ortega", "M"), ("Madrid", "L")])
R(
    "en",
    "Stag weekend in Prague for Tom's big day 🍻 what happens in Prague...",
    [("Prague", "L", 0), ("Tom", "P"), ("Prague", "L", 1)],
)
R("en", "Sunrise on the Great Ocean Road 🌅", [("Great Ocean Road", "L")])
R("en", "What a game!! 🏀 @tyrese.j dropped 30 points", [("@tyrese.j", "M")])
R("en", "Holly and ivy wreaths for the shop door 🎄")
R(
    "en",
    "Holly, Jack and little Finn at their Christmas shoot in Bath 🎄",
    [("Holly", "P"), ("Jack", "P"), ("Finn", "P"), ("Bath", "L")],
)
R(
    "en",
    "Some days just feel different.\n\nWhen Hannah and Oliver asked us to photograph their wedding on a tiny island off the coast of Mull, we said yes before checking the ferry times 😅\n\nWind, rain, a bagpiper who got lost, and the happiest couple we've ever met. Thank you both, and thank you @highland.blooms for the flowers!",
    [("Hannah", "P"), ("Oliver", "P"), ("Mull", "L"), ("@highland.blooms", "M")],
)
R("en", "Thanks for the love on yesterday's post 🥹 more coming soon")
R("en", "Love from Cape Town 🇿🇦 Table Mountain hike done ✅", [("Cape Town", "L"), ("Table Mountain", "L")])
R("en", "Jake's mum made the best lasagna 🍝 thanks Mrs. Rossi!", [("Jake", "P"), ("Rossi", "P")])
R("en", "thx for coming everyone!! esp @noor.haddad & @benji_k 💛", [("@noor.haddad", "M"), ("@benji_k", "M")])
R("en", "Happy 21st Kacper!! 🥳 Love from all of us in Bristol", [("Kacper", "P"), ("Bristol", "L")])
R("en", "Our little Willow is one today 🌳🎂", [("Willow", "P")])
R("en", "Willow trees by the river, soft morning light 🌿 #landscapephotography")
R("en", "emily😭😭 this is so cute", [("emily", "P")])
R(
    "en",
    "So Yeon and Daniel, thank you for an unforgettable day in Seoul 🇰🇷💕",
    [("So Yeon", "P"), ("Daniel", "P"), ("Seoul", "L")],
)
R(
    "en",
    "Blessed to have shot the wedding of Chidi Okonkwo & Amara Eze in Lagos last weekend. The colours, the dancing, the food – unreal. Swipe for the family photos 👉",
    [("Chidi Okonkwo", "P"), ("Amara Eze", "P"), ("Lagos", "L")],
)
R("en", "Nothing beats a Sunday roast with the family 🍗")
R("en", "#sophieandtom2024 💍 the gallery is live!! check your inbox x", [("#sophieandtom2024", "P")])
R(
    "en",
    "Couldn't have done it without my assistant Kwame 🙏 and the amazing team @bloomandbough",
    [("Kwame", "P"), ("@bloomandbough", "M")],
)
R("en", "Our girl Maya scored the winning goal ⚽️🔥 proud parents right here", [("Maya", "P")])
R(
    "en",
    "Hello from the other side 🌍 Melbourne, you were a dream. Thanks @jess.travels for the tips!",
    [("Melbourne", "L"), ("@jess.travels", "M")],
)
R("en", "Nico's first haircut 💇‍♂️ he was SO brave", [("Nico", "P")])
R("en", "Lots of love to Grandma Rosa, 95 today 🌹", [("Rosa", "P")])
R("en", "Graduation day for Aisha Rahman! 🎓 BSc Nursing, first class honours.", [("Aisha Rahman", "P")])
R(
    "en",
    "Look who turned up at the studio 😂 @connor.byrne and @niamh.walsh",
    [("@connor.byrne", "M"), ("@niamh.walsh", "M")],
)
R("en", "Sam's engagement party 💍 thanks to everyone who came to Cardiff!", [("Sam", "P"), ("Cardiff", "L")])
R("en", "Thanks ben🙏", [("ben", "P")])
R(
    "en",
    "Autumn engagement session with Tyler & Brooke in Asheville 🍂 Blue Ridge Mountains in the background!",
    [("Tyler", "P"), ("Brooke", "P"), ("Asheville", "L"), ("Blue Ridge Mountains", "L")],
)
R("en", "DJ set tonight w/ Jay and Marcus 🎶 doors at 9", [("Jay", "P"), ("Marcus", "P")])
R("en", "So grateful for @zara.ahmed_ and her amazing styling 🖤 (no, not the store 😂)", [("@zara.ahmed_", "M")])


# --------------------------------------------------------------------------
HANDLE_RE = re.compile(r"(?<![\w.@])@[\w.]*\w")


def _is_boundary_ok(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def _occurrences(text, surface):
    out, i = [], text.find(surface)
    while i != -1:
        if _is_boundary_ok(text, i, i + len(surface)):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def build():
    rows = []
    for n, (lang, text, ents) in enumerate(RECORDS):
        assert lang in ("de", "en"), n
        spans = []
        for e in ents:
            surface, lab = e[0], e[1]
            occ = e[2] if len(e) > 2 else 0
            label = LABELS[lab]
            occs = _occurrences(text, surface)
            assert len(occs) > occ, (n, text, surface, occs)
            s = occs[occ]
            t = s + len(surface)
            assert text[s:t] == surface, (n, surface)
            assert surface == surface.strip(), (n, surface)
            if label == "MENTION":
                assert surface.startswith("@"), (n, surface)
            else:
                assert "@" not in surface, (n, surface)
            if surface.startswith("#"):
                assert label == "PERSON", (n, surface)
            spans.append([s, t, label])
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            assert a[1] <= b[0], (n, text, a, b)
        assert len({(s, t) for s, t, _ in spans}) == len(spans), (n, text)
        # every @handle must be labelled exactly as MENTION
        handles = {(m.start(), m.end()) for m in HANDLE_RE.finditer(text)}
        mentions = {(s, t) for s, t, lab in spans if lab == "MENTION"}
        assert handles == mentions, (n, text, handles, mentions)
        # every boundary occurrence of a labelled surface must be covered
        for e in ents:
            for s in _occurrences(text, e[0]):
                t = s + len(e[0])
                assert any(a <= s and t <= b for a, b, _ in spans), (n, text, e[0], s)
        rows.append({"text": text, "entities": spans, "lang": lang, "source": SOURCE})
    return rows


def main():
    rows = build()
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    assert len(rows) == 300, len(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "captions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = Counter(lab for r in rows for _, _, lab in r["entities"])
    langs = Counter(r["lang"] for r in rows)
    with_ph = sum(any(lab in ("PERSON", "MENTION") for _, _, lab in r["entities"]) for r in rows)
    no_ent = sum(not r["entities"] for r in rows)
    print(f"wrote {len(rows)} records to {out}")
    print("labels:", dict(labels))
    print("langs:", dict(langs))
    print(f"with PERSON/MENTION: {with_ph} ({with_ph / len(rows):.1%}); no entity: {no_ent}")


if __name__ == "__main__":
    main()
