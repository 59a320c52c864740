#!/usr/bin/env python3
"""Build gold.jsonl for the deen_more2 caption set (German / English / mixed).

Plain Python 3, no dependencies, deterministic.

    python3 data/eval/tune/deen_more2/build_deen_more2.py        # build + summary
    python3 data/eval/tune/deen_more2/build_deen_more2.py -v     # also kinds per language

Each record: id, lang ("de" | "en" | "mixed"), text, a list of entities
written as (surface, label) or (surface, label, occurrence) and a list of
kinds.  `occurrence` is the 0-based index among the occurrences of the
surface string in the text that stand at word boundaries (case-sensitive);
it is required exactly when the surface occurs more than once.

Labels: PERSON, LOCATION, MENTION.  Conventions (data/eval/languages/GUIDE.md,
"Labels"): titles and kinship words stay outside PERSON spans; possessive /
genitive endings belong to the span; initials belong to the span; particles
belong to the name; a family name standing for the family is PERSON; a
hashtag containing a person's name is PERSON over the whole hashtag; other
hashtags are not annotated (LOCATION is never a hashtag); every @handle is
MENTION; pets, brands, shops, restaurants, works, characters, bands, songs,
holidays, storms, trophies and words used as words are not annotated;
venues (stadiums, parks, palaces, museums, hospitals) are LOCATION even when
named after people; places inside club, team, university or event names are
not annotated.

Kinds set automatically: place (a LOCATION span), mention (a MENTION span),
hashtag-name (a PERSON hashtag), none (no PERSON span), mixed-language
(every lang == "mixed" record).  The other kinds are given by hand and
checked against the spans where that is possible.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

P, L, M = "PERSON", "LOCATION", "MENTION"

RECORDS = []


def R(rid, lang, text, ents, kinds=()):
    RECORDS.append({"id": rid, "lang": lang, "text": text,
                    "ents": list(ents), "kinds": list(kinds)})


# ---------------------------------------------------------------------------
# German (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------

R("de2-001", "de",
  "Was für ein Tag 🤍 Standesamt am Vormittag, Sektempfang im Englischen Garten und abends Party bis 3 Uhr.\n"
  "Danke, Lisa & Jonas, dass wir dabei sein durften!\n"
  "\n"
  "Kleid: @brautmode.seidenfaden\n"
  "Florals: @blumen_kranz_muc\n"
  "Haare & Make-up: Steffi von @haarwerk.schwabing\n"
  "\n"
  "#hochzeitsfotografmünchen #lisaundjonas #münchenhochzeit",
  [("Englischen Garten", L), ("Lisa", P), ("Jonas", P),
   ("@brautmode.seidenfaden", M), ("@blumen_kranz_muc", M), ("Steffi", P),
   ("@haarwerk.schwabing", M), ("#lisaundjonas", P)],
  ["everyday-noun", "vocative", "nickname"])

R("de2-002", "de",
  "Frisch aus dem Ofen: Sachertorte, Linzer Torte und Kaiserschmarrn to go 😋 Heute bis 18 Uhr in der Josefstadt!\n"
  "Bestellungen gern per DM.",
  [("Josefstadt", L)],
  ["dish-with-name", "everyday-noun"])

R("de2-003", "de",
  "Oma Gerda wird heute 90!!! 🎂🎉 Die ganze Familie war da, sogar Onkel Rüdiger aus Kiel. Danke Mama fürs Organisieren ❤️",
  [("Gerda", P), ("Rüdiger", P), ("Kiel", L)],
  ["title"])

R("de2-004", "de",
  "Neue Kurszeiten ab Montag! 💪\n"
  "HIIT mit Reto: Di & Do 18:30\n"
  "Yoga mit Anneli: Mi 9:00\n"
  "Spinning fällt in den Herbstferien aus.\n"
  "Wir sehen uns im Studio in Winterthur!",
  [("Reto", P), ("Anneli", P), ("Winterthur", L)],
  ["nickname"])

R("de2-005", "de",
  "Brautstrauß mit Pfingstrosen, Ranunkeln und ein bisschen Schleierkraut 🌸 Für eine Sommerhochzeit am Tegernsee.\n"
  "#brautstrauss #floristik #tegernsee",
  [("Tegernsee", L)],
  ["everyday-noun"])

R("de2-006", "de",
  "Unser Laternenfest zu St. Martin war wieder zauberhaft 🏮 Die Kinder haben wochenlang gebastelt und Frau Kowalczyk hat mit der Gitarre begleitet. Danke an alle Eltern für Glühwein und Brezeln!",
  [("Kowalczyk", P)],
  ["holiday", "title", "everyday-noun"])

R("de2-007", "de",
  "kaffee und zimtschnecken im sonnigen kreuzberg ☕️ wer kommt vorbei?",
  [("kreuzberg", L)],
  [])

R("de2-008", "de",
  "SIEG!!! 3:1 gegen den Blumenthaler SV 🔥⚽️\n"
  "Doppelpack von Kerem Yıldız und ein Traumtor von Basti.\n"
  "Nächsten Samstag geht's nach Oldenburg.",
  [("Kerem Yıldız", P), ("Basti", P), ("Oldenburg", L)],
  ["org-with-place", "nickname", "sentence-opening"])

R("de2-009", "de",
  "Mein Lieblings-Outlet für Sneaker ist immer noch Metzingen 😅 Hugo Boss, Adidas und danach Kaffee bei meiner Cousine. Perfekter Samstag. #outletshopping #hugoboss",
  [("Metzingen", L)],
  ["everyday-noun", "brand-with-name", "brand"])

R("de2-010", "de",
  "Einschulung 2024 🎒 Herzlich willkommen an unsere 52 neuen Erstklässlerinnen und Erstklässler! Ein großes Dankeschön an Herrn Dr. Albrecht für die schöne Rede und an den Förderverein für die Schultüten-Station.",
  [("Albrecht", P)],
  ["title", "everyday-noun"])

R("de2-011", "de",
  "Vorher / Nachher ✂️ Balayage in Karamell von unserer Vroni 🤎 Termine über den Link in der Bio!\n"
  "#friseurhamburg #balayage #eppendorf",
  [("Vroni", P)],
  ["nickname", "sentence-opening"])

R("de2-012", "de",
  "Bruno hat heute seinen ersten Geburtstag gefeiert 🐶🎉 Mit Leberwurst-Torte natürlich. Der beste Hund der Welt!",
  [],
  ["pet"])

R("de2-013", "de",
  "Sonnenaufgang am Großglockner 🏔 4:30 Uhr aufgestanden und jede Minute hat sich gelohnt. Danach Kaiserschmarrn auf der Hütte mit Flo und Resi 💛",
  [("Großglockner", L), ("Flo", P), ("Resi", P)],
  ["nickname", "dish-with-name"])

R("de2-014", "de",
  "Annas Einschulung und Tims dritter Geburtstag an einem Wochenende – wir sind platt 😴",
  [("Annas", P), ("Tims", P)],
  ["genitive"])

R("de2-015", "de",
  "Die Mädels vom JGA 💃 Kathrin Maren Sofie und Carola haben die Braut heute nach Strich und Faden verwöhnt. Prosecco, Torte, Tränen. Perfekt.",
  [("Kathrin", P), ("Maren", P), ("Sofie", P), ("Carola", P)],
  ["name-list", "everyday-noun"])

R("de2-016", "de",
  "Zmorge im Kreis 4 🥐☕ Birchermüesli, Gipfeli und Sonne auf der Terrasse. Was will man mehr?",
  [("Kreis 4", L)],
  ["dish-with-name", "everyday-noun"])

R("de2-017", "de",
  "Glückwunsch an Herrn Koch! 🏆 Mit 67 Jahren sein erster Halbmarathon in Graz. Und nein, er ist nicht unser Koch 😂",
  [("Koch", P, 0), ("Graz", L)],
  ["title", "word-as-name", "name-as-word"])

R("de2-018", "de",
  "Valentinstag ist ausgebucht!!! 🌹 Rosen gibt's morgen noch im Laden in der Schanze, solange der Vorrat reicht.",
  [("Schanze", L)],
  ["holiday", "everyday-noun"])

R("de2-019", "de",
  "hahaha mega, grüß mir den maxl 😂",
  [("maxl", P)],
  ["lowercase-name", "nickname"])

R("de2-020", "de",
  "Franzbrötchen, Amerikaner und Berliner – heute alles im Angebot bei uns in Altona! 🥐 Nur bis 14 Uhr.",
  [("Altona", L)],
  ["dish-with-name", "everyday-noun"])

R("de2-021", "de",
  "Thomas Müller beim Training an der Säbener Straße gesehen 😍 Danach schnell zu Müller, Shampoo holen lol",
  [("Thomas Müller", P), ("Säbener Straße", L)],
  ["famous", "brand-with-name"])

R("de2-022", "de",
  "Heute im Morgenkreis: Wir haben über Mut und Geduld gesprochen. Dann kam Emil und hat gefragt, ob Geduld ein Mädchenname ist 😄",
  [("Emil", P)],
  ["everyday-noun", "sentence-opening"])

R("de2-023", "de",
  "Paarshooting in Schönbrunn mit Lena & Maximilian 🤍 Der Wind war gnädig, die Sonne auch.\n"
  "📸 @fotografie.wienerwald\n"
  "#hochzeitwien #schönbrunn #leniundmax",
  [("Schönbrunn", L), ("Lena", P), ("Maximilian", P),
   ("@fotografie.wienerwald", M), ("#leniundmax", P)],
  ["nickname"])

R("de2-024", "de",
  "Auswärtsfahrt nach Wien zum Spiel gegen Rapid Wien 💚 Bus fährt um 9 Uhr vom Sportplatz in Leoben ab. Anmeldung bei Ferdl!",
  [("Wien", L, 0), ("Leoben", L), ("Ferdl", P)],
  ["org-with-place", "nickname"])

R("de2-025", "de",
  "Hochzeit von meinem Cousin Emre und seiner Zeynep 💍 Drei Tage Feiern in Duisburg, ich kann nicht mehr 😂 Teyze Ayşe hat am meisten getanzt!",
  [("Emre", P), ("Zeynep", P), ("Duisburg", L), ("Ayşe", P)],
  ["title", "everyday-noun"])

R("de2-026", "de",
  "Outfit of the day 🖤 Mantel von COS, Tasche vintage vom Flohmarkt am Mauerpark, Sneaker von Veja. Was meint ihr?",
  [("Mauerpark", L)],
  ["brand", "everyday-noun", "mixed-language"])

R("de2-027", "de",
  "GLÜCKWUNSCH!!! 🥇\n"
  "Unsere Schulstaffel mit LEONIE HARTMANN, MIA SCHNEIDER, PAUL WEBER und ELIAS ÖZDEMIR hat beim Stadtlauf in Freiburg gewonnen!",
  [("LEONIE HARTMANN", P), ("MIA SCHNEIDER", P), ("PAUL WEBER", P),
   ("ELIAS ÖZDEMIR", P), ("Freiburg", L)],
  ["lowercase-name", "name-list"])

R("de2-028", "de",
  "Sonntag = Frühstück 🍳\n"
  "Eggs Benedict, Avocado-Brot und Zimtschnecken bis 15 Uhr.\n"
  "Reservierung empfohlen!",
  [],
  ["dish-with-name", "everyday-noun", "sentence-opening"])

R("de2-029", "de",
  "Danke für 10.000 Follower!!! 🥹 Ihr seid verrückt. Morgen gibt's zur Feier Bienenstich für alle, die in den Laden in Ehrenfeld kommen.",
  [("Ehrenfeld", L)],
  ["sentence-opening", "everyday-noun"])

R("de2-030", "de",
  "Heute durften wir die Goldene Hochzeit von Familie von Thadden fotografieren 💛 50 Jahre! Herzlichen Glückwunsch, liebe Frau von Thadden und lieber Herr von Thadden.",
  [("von Thadden", P, 0), ("von Thadden", P, 1), ("von Thadden", P, 2)],
  ["particle", "family-name", "title"])

R("de2-031", "de",
  "Gratulation an Ueli Zürcher zum 2. Rang am Bergrennen in Grindelwald! 🚴‍♂️ Nächstes Ziel: Zürich Marathon?",
  [("Ueli Zürcher", P), ("Grindelwald", L)],
  ["place-like-name", "org-with-place"])

R("de2-032", "de",
  "Urlaub an der Ostsee mit der ganzen Bande 🌊 #teammüller #binz #ostseeliebe",
  [("Ostsee", L), ("#teammüller", P)],
  ["family-name"])

R("de2-033", "de",
  "Save the date 💌 14.09. – wir freuen uns! #muellerhochzeit #hochzeit2025",
  [("#muellerhochzeit", P)],
  ["no-diacritics", "mixed-language", "family-name"])

R("de2-034", "de",
  "Luna und Oskar im Schnee ❄️🐾 Die zwei sind einfach unzertrennlich. #hundeliebe #dackel",
  [],
  ["pet"])

R("de2-035", "de",
  "Ciocia Basia und Tante Renate beim Pierogi-Machen 🥟 Zwei Tanten, ein Rezept, null Einigung 😂",
  [("Basia", P), ("Renate", P)],
  ["title", "nickname"])

R("de2-036", "de",
  "Zugspitze ✅\n"
  "Eibsee ✅\n"
  "Kaiserschmarrn ✅\n"
  "Wochenende perfekt.",
  [("Zugspitze", L), ("Eibsee", L)],
  ["dish-with-name"])

R("de2-037", "de",
  "Rosa hat sich zum 5. Geburtstag eine rosa Torte gewünscht – natürlich mit rosa Streuseln 🎂💗",
  [("Rosa", P)],
  ["word-as-name", "name-as-word"])

R("de2-038", "de",
  "Hochzeitstorte für Sarah & Deniz 🤍 Drei Etagen Zitrone-Holunder, Deko mit frischen Blüten.\n"
  "Florals: @bluetenwerk.koeln\n"
  "Location: @schloss_paffendorf\n"
  "#hochzeitstorte #köln",
  [("Sarah", P), ("Deniz", P), ("@bluetenwerk.koeln", M), ("@schloss_paffendorf", M)],
  ["everyday-noun"])

R("de2-039", "de",
  "Oh wie süß! Grüße an Lenchen und den kleinen Jonas 😍",
  [("Lenchen", P), ("Jonas", P)],
  ["nickname"])

R("de2-040", "de",
  "Gewinnspiel! 🎁 Wir verlosen 3 Backpakete von Dr. Oetker. Einfach Beitrag liken, eine Freundin markieren und unserem Account folgen. Teilnahme ab 18, nur in Deutschland. Viel Glück!",
  [("Deutschland", L)],
  ["brand-with-name", "sentence-opening", "everyday-noun"])

R("de2-041", "de",
  "Der Nikolaus war da! 🎅 Die Kinder der Bärengruppe haben Gedichte aufgesagt und Lieder gesungen. Danke an den Elternbeirat für Mandarinen und Lebkuchen!",
  [],
  ["holiday", "everyday-noun"])

R("de2-042", "de",
  "Sommer, Winter, egal – Coach Winter zieht das Bootcamp im Luitpoldpark durch ❄️☀️ Heute 7 Uhr, Treffpunkt Eingang Brunnerstraße.",
  [("Winter", P, 1), ("Luitpoldpark", L), ("Brunnerstraße", L)],
  ["title", "name-as-word", "word-as-name"])

R("de2-043", "de",
  "Opa Sepp und die Gitti beim Almabtrieb in Tirol 🐄 A Traum!",
  [("Sepp", P), ("Gitti", P), ("Tirol", L)],
  ["title", "nickname"])

R("de2-044", "de",
  "danke an kathi, ben und jojo fürs helfen beim umzug ihr seid die besten 📦📦📦",
  [("kathi", P), ("ben", P), ("jojo", P)],
  ["lowercase-name", "nickname", "name-list"])

R("de2-045", "de",
  "Endlich Freitag! Endlich Feierabend! Endlich Pizza! 🍕",
  [],
  ["sentence-opening"])

R("de2-046", "de",
  "Neu im Team ab Montag 💇‍♀️ Frisch von der Lehre in Luzern und verliebt in Hochsteckfrisuren. Wer sie kennenlernen will: Termine ab sofort online!",
  [("Luzern", L)],
  ["sentence-opening"])

R("de2-047", "de",
  "Frau Engel und Herr Vogel aus der 3b haben heute den Vorlesewettbewerb moderiert 📚 Bei uns ist eben immer was los 😄",
  [("Engel", P), ("Vogel", P)],
  ["title", "word-as-name"])

R("de2-048", "de",
  "Roadtrip Tag 4: Von Bozen über den Reschenpass bis nach Lindau am Bodensee 🚐 Morgen geht's weiter in den Bregenzerwald.",
  [("Bozen", L), ("Reschenpass", L), ("Lindau", L), ("Bodensee", L), ("Bregenzerwald", L)],
  [])

R("de2-049", "de",
  "Anna's Geburtstagsbrunch war ein Traum 🥂 Danke @cafe.liebling.leipzig für die Torte und an Marlene fürs Dekorieren!",
  [("Anna's", P), ("@cafe.liebling.leipzig", M), ("Marlene", P)],
  ["genitive"])

R("de2-050", "de",
  "Kleiner Einkauf bei Rossmann und Lidl, dann ab ins Wochenende 🛒 #samstagsroutine",
  [],
  ["brand-with-name", "brand"])

R("de2-051", "de",
  "Grosi und Mäxli beim Guetzli-Backen 🍪 Mailänderli, Brunsli und Zimtsterne – die Küche sieht aus wie nach einem Sturm.",
  [("Mäxli", P)],
  ["nickname", "dish-with-name", "everyday-noun"])

R("de2-052", "de",
  "Was ein Abend im Signal Iduna Park 🖤💛 Gänsehaut pur.\n"
  "Nächstes Heimspiel gegen Bayern München – wer hat noch Karten?",
  [("Signal Iduna Park", L)],
  ["org-with-place"])

R("de2-053", "de",
  "Im Mai feiern wir unser Sommerfest 🌞 Mai aus der Igelgruppe hat schon das Plakat gemalt!",
  [("Mai", P, 1)],
  ["word-as-name", "name-as-word"])

R("de2-054", "de",
  "ich hab gestern 1200 fotos von der hochzeit von julia und ben aussortiert und jetzt brauch ich urlaub. am liebsten am gardasee",
  [("julia", P), ("ben", P), ("gardasee", L)],
  ["lowercase-name"])

R("de2-055", "de",
  "WIR HABEN GEÖFFNET!!! 🎉\n"
  "Ab heute findet ihr uns in der Neubaugasse 12, mitten in Neubau.\n"
  "Kommt vorbei auf einen Melange!",
  [("Neubaugasse", L), ("Neubau", L)],
  ["everyday-noun"])

R("de2-056", "de",
  "Jonas' erster Schultag 🎒 und Mama hat mehr geweint als er.",
  [("Jonas'", P)],
  ["genitive"])

R("de2-057", "de",
  "Tischdeko für die Hochzeit von Hanna & Lukas auf Schloss Ellingen 🌿\n"
  "Konzept: @atelier_fliederweiss\n"
  "Papeterie: @papierliebe.franken\n"
  "Fotos: Marie Böhm",
  [("Hanna", P), ("Lukas", P), ("Schloss Ellingen", L),
   ("@atelier_fliederweiss", M), ("@papierliebe.franken", M), ("Marie Böhm", P)],
  ["everyday-noun"])

R("de2-058", "de",
  "Unser Hausmeister Herr Braun hat den alten Braun-Rasierer aus dem Lehrerzimmer repariert. Legende 🔧😂",
  [("Braun", P, 0)],
  ["title", "brand-with-name"])

R("de2-059", "de",
  "Erstkommunion von unserer Zosia 🤍 Danke an Babcia Halina und Dziadek Marek, dass ihr extra aus Breslau gekommen seid!",
  [("Zosia", P), ("Halina", P), ("Marek", P), ("Breslau", L)],
  ["nickname", "title", "mixed-language"])

R("de2-060", "de",
  "Montag ist Beintag. Keine Ausreden. 🦵🔥 #gym #fitnessgermany #legday",
  [],
  ["sentence-opening", "everyday-noun"])

R("de2-061", "de",
  "Die Füchse-Gruppe sagt Tschüss zu Frau Fuchs 🦊 Nach 31 Jahren in unserer Kita geht sie in Rente. Wir werden dich vermissen!",
  [("Fuchs", P)],
  ["title", "word-as-name"])

R("de2-062", "de",
  "Königssee im Nebel 🌫️ Mit dem Boot nach St. Bartholomä und zurück – einfach magisch.",
  [("Königssee", L), ("St. Bartholomä", L)],
  ["place-like-name"])

R("de2-063", "de",
  "Alles Gute zum 30., Steffi😍🥂 Auf die nächsten 30!",
  [("Steffi", P)],
  ["nickname", "emoji-glued", "vocative"])

R("de2-064", "de",
  "Faschingsparty in der Kita: drei Pippi Langstrumpfs, zwei Elsas, ein Sams und ein sehr überzeugter Benjamin Blümchen 🐘🎉",
  [],
  ["work", "holiday"])

R("de2-065", "de",
  "Unsere C-Jugend war beim THW Kiel zu Gast 🤾 Hallenführung, Training mit den Profis und danach Currywurst. Was für ein Tag!",
  [],
  ["org-with-place", "everyday-noun"])

R("de2-066", "de",
  "Einmal um den Oeschinensee gewandert und dann Fondue in Kandersteg 🧀 Fotos: @alpenblick.janina",
  [("Oeschinensee", L), ("Kandersteg", L), ("@alpenblick.janina", M)],
  [])

R("de2-067", "de",
  "Herr Schweizer aus Bern hat uns heute seine Bienenstöcke gezeigt 🐝 Die Kinder waren begeistert – und jetzt wollen alle Imker werden.",
  [("Schweizer", P), ("Bern", L)],
  ["title", "place-like-name"])

R("de2-068", "de",
  "Mozartkugeln selbst gemacht 🎶 Nougat, Marzipan, Zartbitter. Ab Freitag in unserer Filiale am Hauptplatz in Linz.",
  [("Hauptplatz", L), ("Linz", L)],
  ["dish-with-name"])

R("de2-069", "de",
  "Schwarzwälder Kirschtorte nach Omas Rezept 🍒 Das Kirschwasser kommt natürlich aus dem Schwarzwald, von einem Hof bei Gengenbach.",
  [("Schwarzwald", L), ("Gengenbach", L)],
  ["dish-with-name", "everyday-noun"])

R("de2-070", "de",
  "Zwei Nationen, ein Ja 🇩🇪🇳🇱 Die Trauung von Femke van der Linden und Johannes Krüger auf Schloss Ahrenthal war einfach magisch.",
  [("Femke van der Linden", P), ("Johannes Krüger", P), ("Schloss Ahrenthal", L)],
  ["particle"])

R("de2-071", "de",
  "Reminder: Morgen 10 Uhr Live-Q&A mit unserer Ernährungsberaterin Dr. Nadine Şahin 🥗 Fragen gern schon jetzt in die Kommentare!",
  [("Nadine Şahin", P)],
  ["title", "mixed-language"])

R("de2-072", "de",
  "Theater-AG: „Harry Potter und der Stein der Weisen“ 🧙 Hermine wurde von Ella Braun gespielt, Harry von Noah Fischer – Standing Ovations!",
  [("Ella Braun", P), ("Noah Fischer", P)],
  ["work"])

R("de2-073", "de",
  "der beste trauzeuge der welt 🥹 danke basti #svenundmila",
  [("basti", P), ("#svenundmila", P)],
  ["lowercase-name", "nickname", "vocative"])

R("de2-074", "de",
  "Babyshower-Deko fertig 🎀 Ballons, Candybar, Fotobox – jetzt fehlt nur noch die Mama in spe.",
  [],
  ["everyday-noun"])

R("de2-075", "de",
  "Marcel Hirscher beim Nightrace in Schladming 🎿 Und wir mittendrin mit der ganzen Familie Gruber, inklusive Kuhglocken.",
  [("Marcel Hirscher", P), ("Schladming", L), ("Gruber", P)],
  ["famous", "family-name", "title"])

R("de2-076", "de",
  "Kaffee bei Dallmayr, dann einmal über den Viktualienmarkt und zum Schluss durch Schwabing bummeln ☕️ Typisch Touri, aber ich steh dazu.",
  [("Viktualienmarkt", L), ("Schwabing", L)],
  ["brand-with-name"])

R("de2-077", "de",
  "Herbstdeko für den Balkon: Erika, Heide und kleine Kürbisse 🎃 Fertig ist der Herbst.",
  [],
  ["name-as-word", "everyday-noun"])

R("de2-078", "de",
  "Happy Birthday an unsere Erika! 🎂 Seit 25 Jahren die gute Seele der Bäckerei – ohne dich gäb's hier keine Streuselschnecken.",
  [("Erika", P)],
  ["word-as-name"])

R("de2-079", "de",
  "Derbysieg!!! 🏴‍☠️ Ganz St. Pauli feiert heute Nacht auf der Reeperbahn.",
  [("St. Pauli", L), ("Reeperbahn", L)],
  ["place-like-name"])

R("de2-080", "de",
  "Roger Federer hat heute bei uns im Club in Basel vorbeigeschaut!!! 🎾\n"
  "Okay, nur auf einem Plakat. Aber trotzdem 😅",
  [("Roger Federer", P), ("Basel", L)],
  ["famous"])

# ---------------------------------------------------------------------------
# English (UK, Ireland, US, Australia)
# ---------------------------------------------------------------------------

R("en2-001", "en",
  "Harriet & Tom's big day at Hampton Court Palace 🤍 honestly one of the dreamiest venues we've shot at.\n"
  "\n"
  "Dress: @halfpennylondon\n"
  "Flowers: @petalsandstems.surrey\n"
  "HMUA: @bexdoesbrides\n"
  "Cake: the legend that is Mary from @maryscakery_kingston\n"
  "\n"
  "#harrietandtom #surreywedding #hamptoncourtwedding",
  [("Harriet", P), ("Tom's", P), ("Hampton Court Palace", L),
   ("@halfpennylondon", M), ("@petalsandstems.surrey", M), ("@bexdoesbrides", M),
   ("Mary", P), ("@maryscakery_kingston", M), ("#harrietandtom", P)],
  ["genitive"])

R("en2-002", "en",
  "Fresh out the oven this morning: Chelsea buns, Bakewell tarts and a very dramatic Black Forest gateau 🍒 Open till 4 on Marylebone High Street!",
  [("Marylebone High Street", L)],
  ["dish-with-name"])

R("en2-003", "en",
  "Nan's 80th!! 🎉 Auntie Funmi flew in from Lagos and Uncle Tunde made his famous jollof. Best day.",
  [("Funmi", P), ("Lagos", L), ("Tunde", P)],
  ["title"])

R("en2-004", "en",
  "Love you Bex 💕 thank you for always being there",
  [("Bex", P)],
  ["vocative", "nickname"])

R("en2-005", "en",
  "Massive shoutout to Coach Reilly for the Saturday bootcamp in Phoenix Park 💪 Will be back next week for round two!",
  [("Reilly", P), ("Phoenix Park", L)],
  ["title", "name-as-word", "sentence-opening", "place-like-name"])

R("en2-006", "en",
  "Summer turned 3 in the middle of summer and insisted on a snowman cake ☃️ that's our girl",
  [("Summer", P)],
  ["word-as-name", "name-as-word"])

R("en2-007", "en",
  "Congrats to Siobhán Ní Bhriain and Ciarán O'Sullivan, engaged on the Cliffs of Moher this morning 💍 we're all in bits",
  [("Siobhán Ní Bhriain", P), ("Ciarán O'Sullivan", P), ("Cliffs of Moher", L)],
  ["particle"])

R("en2-008", "en",
  "Earl Grey and a scone on a grey Tuesday. Perfect combo ☕️",
  [],
  ["dish-with-name"])

R("en2-009", "en",
  "Mrs. Hernandez's 2nd graders visited the Field Museum today 🦖 Sue the T. rex was the star of the show!",
  [("Hernandez's", P), ("Field Museum", L)],
  ["title", "genitive", "pet"])

R("en2-010", "en",
  "Blessing just passed her driving test on the first try!!! 🚗🎉 What a blessing honestly, now she can do the school run.",
  [("Blessing", P)],
  ["word-as-name", "name-as-word"])

R("en2-011", "en",
  "Sunday sesh at Bondi 🌊 then brekkie in Bronte with the crew. Couldn't ask for more.",
  [("Bondi", L), ("Bronte", L)],
  ["place-like-name"])

R("en2-012", "en",
  "Went to see Taylor Swift at Wembley and screamed through Cruel Summer like a madwoman 🫶 #erastour #taylorswift",
  [("Taylor Swift", P), ("Wembley", L), ("#taylorswift", P)],
  ["famous", "work", "name-as-word"])

R("en2-013", "en",
  "ok but priya's wedding henna was actually insane 😭 who did it??",
  [("priya's", P)],
  ["lowercase-name", "genitive"])

R("en2-014", "en",
  "Spring bouquets are back 🌷 Think ranunculus, sweet peas, a few early roses and ivy trailing over the edge. Order by Thursday for Mother's Day!",
  [],
  ["name-as-word", "holiday"])

R("en2-015", "en",
  "Ivy's first day at nursery and she didn't even look back 🥲 Mummy on the other hand...",
  [("Ivy's", P)],
  ["genitive", "word-as-name"])

R("en2-016", "en",
  "Unreal scenes in Croke Park 💚💛 Kerry bring Sam home again!! The whole county will be hungover till Tuesday 🍻",
  [("Croke Park", L)],
  ["org-with-place", "name-as-word"])

R("en2-017", "en",
  "The twins, Brooklyn and Austin, are finally sleeping through the night 🙏 Shame we're moving from Brooklyn to Austin next week and it'll all go out the window 😅",
  [("Brooklyn", P, 0), ("Austin", P, 0), ("Brooklyn", L, 1), ("Austin", L, 1)],
  ["place-like-name"])

R("en2-018", "en",
  "Copper balayage fresh out of the chair ✨ Book in via the link in bio or pop into the Northern Quarter salon.",
  [("Northern Quarter", L)],
  [])

R("en2-019", "en",
  "Bonfire Night at the club tonight 🎆 Gates open 6pm, hot dogs and parkin from the tea hut, sparklers for the little ones. No dogs please!",
  [],
  ["holiday"])

R("en2-020", "en",
  "Guy Fawkes Night with the cousins 🔥 Our Guy (age 7) is convinced the whole thing is about him. Nobody has the heart to tell him.",
  [("Guy", P, 1)],
  ["holiday", "name-as-word"])

R("en2-021", "en",
  "Mr Patel from the corner shop gave the kids free ice lollies for Diwali 🪔 what a man",
  [("Patel", P)],
  ["title", "holiday"])

R("en2-022", "en",
  "Jonny and Bex are back from Thailand and alredy planning the next one 😂✈️",
  [("Jonny", P), ("Bex", P), ("Thailand", L)],
  ["nickname"])

R("en2-023", "en",
  "Marks & Spencer dine-in deal, Ben & Jerry's and a Hugh Grant film. That's my Friday sorted 🛋",
  [("Hugh Grant", P)],
  ["brand-with-name", "famous"])

R("en2-024", "en",
  "P7 trip to Glencoe was a huge success 🏔️\n"
  "Thanks to Ms MacLeod and Mr Ferguson for organising everything, and to the parents for all the packed lunches!",
  [("Glencoe", L), ("MacLeod", P), ("Ferguson", P)],
  ["title", "particle"])

R("en2-025", "en",
  "Ben finally did Ben Nevis 🙌 Took him six hours and a lot of swearing.",
  [("Ben", P, 0), ("Ben Nevis", L)],
  ["place-like-name"])

R("en2-026", "en",
  "HAPPY BIRTHDAY TO THE BEST SISTER IN THE WORLD 🎂\n"
  "LOVE YOU GRACE",
  [("GRACE", P)],
  ["lowercase-name", "word-as-name", "vocative"])

R("en2-027", "en",
  "Say grace before you eat, Nana always said. Still do it every Sunday dinner 🙏",
  [],
  ["name-as-word"])

R("en2-028", "en",
  "Mammy and Daddy celebrating 40 years today in Killarney 💕 Westlife on the speakers, Daddy crying already. You're an inspiration, both of you.",
  [("Killarney", L)],
  ["work"])

R("en2-029", "en",
  "Smashed avo, flat white and a lamington for later 🇦🇺 Melbourne does brunch better, fight me.",
  [("Melbourne", L)],
  ["dish-with-name"])

R("en2-030", "en",
  "hot take: Harry Styles's best era was the one with the pearls",
  [("Harry Styles's", P)],
  ["famous", "genitive"])

R("en2-031", "en",
  "Two years married today 🥂 Still can't believe she said yes.\n"
  "#sarahandtom #anniversary #cotswoldswedding",
  [("#sarahandtom", P)],
  [])

R("en2-032", "en",
  "Biscuit has eaten another sock. We are at the vet. Again. 🐶🧦",
  [],
  ["pet"])

R("en2-033", "en",
  "Mark your calendars! 📅 Our Christmas market is on 7 December.\n"
  "Mark and Hope will be running the mulled wine stall, so you know it'll be strong 😂",
  [("Mark", P, 1), ("Hope", P)],
  ["name-as-word", "word-as-name", "sentence-opening", "holiday"])

R("en2-034", "en",
  "Hope everyone had a lovley bank holiday ☀️ back to normal hours from Tuesday.",
  [],
  ["sentence-opening", "name-as-word"])

R("en2-035", "en",
  "12 states in 3 weeks 🚗 Favourites so far: Utah, Colorado, and that weird little diner in New Mexico. Georgia next!",
  [("Utah", L), ("Colorado", L), ("New Mexico", L), ("Georgia", L)],
  ["place-like-name"])

R("en2-036", "en",
  "Georgia killed it at her first dance show 🩰 so proud of you baby girl",
  [("Georgia", P)],
  ["place-like-name"])

R("en2-037", "en",
  "Anjali & Dev's sangeet at Syon Park 💛 We're still recovering.\n"
  "Outfits: @kalkifashion\n"
  "Mehndi: @henna_by_sunita\n"
  "Dhol: Raj Bhamra\n"
  "Photos: @kirandsouza.photo",
  [("Anjali", P), ("Dev's", P), ("Syon Park", L), ("@kalkifashion", M),
   ("@henna_by_sunita", M), ("Raj Bhamra", P), ("@kirandsouza.photo", M)],
  ["genitive"])

R("en2-038", "en",
  "Congratulations to Chidinma Okafor on graduating from King's College London with a First! 🎓 The whole of Peckham is celebrating.",
  [("Chidinma Okafor", P), ("Peckham", L)],
  ["org-with-place"])

R("en2-039", "en",
  "Under-11s with a 4-2 win away in Stockport this morning ⚽️ Goals from Alfie, Kai (2) and a screamer from Mason!",
  [("Stockport", L), ("Alfie", P), ("Kai", P), ("Mason", P)],
  ["word-as-name"])

R("en2-040", "en",
  "Attempted Mary Berry's Victoria sponge and it looks nothing like hers 😂",
  [("Mary Berry's", P)],
  ["famous", "genitive", "dish-with-name"])

R("en2-041", "en",
  "Road trip through Victoria 🚙 Great Ocean Road, Twelve Apostles, then Ballarat for the night.",
  [("Victoria", L), ("Great Ocean Road", L), ("Twelve Apostles", L), ("Ballarat", L)],
  ["place-like-name"])

R("en2-042", "en",
  "Reminder: Picture Day is this Thursday! 📸 Please return order forms to Ms. Washington by Wednesday.",
  [("Washington", P)],
  ["title", "place-like-name"])

R("en2-043", "en",
  "New menu drops Monday 👀 Think Eggs Benedict with a twist, a proper Caesar salad and our banoffee pie is BACK.",
  [],
  ["dish-with-name"])

R("en2-044", "en",
  "Gran and Grandad O'Connor with all 11 grandkids at Christmas 🎄 only took 47 attempts to get this one",
  [("O'Connor", P)],
  ["title", "particle", "holiday"])

R("en2-045", "en",
  "road trip crew: me, jas, tolu and kemi 🚗 destination: cornwall",
  [("jas", P), ("tolu", P), ("kemi", P), ("cornwall", L)],
  ["lowercase-name", "name-list", "nickname"])

R("en2-046", "en",
  "Storm Ciarán knocked out the power at the clubhouse again ⚡ Training cancelled tonight, stay safe everyone.",
  [],
  ["name-as-word"])

R("en2-047", "en",
  "Storm and Sky are off to big school in September 🎒 where did the time go",
  [("Storm", P), ("Sky", P)],
  ["word-as-name"])

R("en2-048", "en",
  "Quick Tesco run then home for Peppa Pig on repeat. Parenting is glamorous 🐷",
  [],
  ["brand", "work"])

R("en2-049", "en",
  "Elopement at Glendalough with Aoife & Oisín ✨ just the two of them, a celebrant and a very curious goat.\n"
  "📍 Wicklow Mountains",
  [("Glendalough", L), ("Aoife", P), ("Oisín", P), ("Wicklow Mountains", L)],
  [])

R("en2-050", "en",
  "Shoutout to @the_grounds_of_alexandria for hosting our team brunch 💛 Sydney, you spoil us.",
  [("@the_grounds_of_alexandria", M), ("Sydney", L)],
  ["place-like-name"])

R("en2-051", "en",
  "Pure joy ✨ Little Joy💛 meeting her baby brother for the first time.",
  [("Joy", P)],
  ["word-as-name", "name-as-word", "emoji-glued"])

R("en2-052", "en",
  "Will and Kate (not those ones 😂) tied the knot at Chatsworth House on Saturday 💍",
  [("Will", P), ("Kate", P), ("Chatsworth House", L)],
  ["word-as-name"])

R("en2-053", "en",
  "St. Patrick's Day in Dublin was MADNESS ☘️ parade on O'Connell Street, then the Guinness Storehouse, then who knows",
  [("Dublin", L), ("O'Connell Street", L), ("Guinness Storehouse", L)],
  ["holiday"])

R("en2-054", "en",
  "James' 40th at Ronnie Scott's 🎷 what a night, what a band",
  [("James'", P)],
  ["genitive", "brand-with-name"])

R("en2-055", "en",
  "6am crew never misses 💯 Deadlifts, sled pushes and a LOT of coffee after. See y'all Thursday!",
  [],
  [])

R("en2-056", "en",
  "SALE SALE SALE 🛍\n"
  "30% off all winter coats this weekend only. Summer range lands in May!",
  [],
  ["name-as-word"])

R("en2-057", "en",
  "Ah stop, that's gorgeous!! Tell Niamh I said hi 😘",
  [("Niamh", P)],
  [])

R("en2-058", "en",
  "Our Caterpillars room have been learning about Paddington this week 🧸 marmalade sandwiches all round! 🍊",
  [],
  ["work", "place-like-name"])

R("en2-059", "en",
  "Meet us at Paddington at 10, Rose is bringing the snacks 🚂 Train to Bath leaves 10:30 sharp!",
  [("Paddington", L), ("Rose", P), ("Bath", L)],
  ["place-like-name", "word-as-name"])

R("en2-060", "en",
  "Beyoncé could never. My nan doing the Cha Cha Slide at my cousin's wedding in Leeds is the real performance of the year",
  [("Beyoncé", P), ("Leeds", L)],
  ["famous", "work"])

R("en2-061", "en",
  "Happy 60th to my wonderful Dad, Antonio de Souza 🎉 the man, the myth, the BBQ legend.",
  [("Antonio de Souza", P)],
  ["particle"])

R("en2-062", "en",
  "Peonies, garden roses and a sprig of heather for this morning's bride 🌸 Ceremony at Kew Gardens, reception back at her parents' place in Richmond.",
  [("Kew Gardens", L), ("Richmond", L)],
  ["name-as-word"])

R("en2-063", "en",
  "CONGRATS TO OUR SENIOR CLASS OF 2024!!! 🎓\n"
  "Special shoutout to valedictorian MADISON COLE-RAMIREZ 👏",
  [("MADISON COLE-RAMIREZ", P)],
  ["lowercase-name", "place-like-name"])

R("en2-064", "en",
  "Sunset from Griffith Observatory never gets old 🌅 LA, you're alright.",
  [("Griffith Observatory", L), ("LA", L)],
  ["place-like-name"])

R("en2-065", "en",
  "Seb and Lottie's engagement party in Shoreditch 🥂 the speeches were unhinged",
  [("Seb", P), ("Lottie's", P), ("Shoreditch", L)],
  ["genitive", "nickname"])

R("en2-066", "en",
  "Faith and Grayson welcomed baby Willow on Tuesday 💗 7lbs 2oz of perfect.",
  [("Faith", P), ("Grayson", P), ("Willow", P)],
  ["word-as-name"])

R("en2-067", "en",
  "Keep the faith, Rovers! ⚽️ Three games left and we're still in it.",
  [],
  ["name-as-word"])

R("en2-068", "en",
  "Auntie Sunita's samosas are undefeated, I don't make the rules 🥟 Leicester represent!",
  [("Sunita's", P), ("Leicester", L)],
  ["title", "genitive"])

R("en2-069", "en",
  "Day 3 in Nashville 🎸 Broadway at night is chaos (the good kind). Dolly Parton's mural >>>",
  [("Nashville", L), ("Broadway", L), ("Dolly Parton's", P)],
  ["famous", "genitive"])

R("en2-070", "en",
  "Rain, rain and more rain. Classic Irish summer ☔️ Someone bring me a hot chocolate.",
  [],
  ["name-as-word"])

R("en2-071", "en",
  "omg paris looks SO grown up in this pic!! 😍 tell her auntie kerry says hi x",
  [("paris", P), ("kerry", P)],
  ["lowercase-name", "place-like-name", "title"])

R("en2-072", "en",
  "Match report: Leeds Rhinos U16 vs Wigan Warriors U16 🏉 Tough one in the rain but proud of the lads. Hot showers and chips all round 🍟",
  [],
  ["org-with-place"])

R("en2-073", "en",
  "Well done to Jonas B. and Amira K. for winning this week's Star Writer award ⭐️",
  [("Jonas B.", P), ("Amira K.", P)],
  ["initial"])

R("en2-074", "en",
  "Pavlova Friday is here 🍓 Get in early, they never last past 11.",
  [],
  ["dish-with-name", "sentence-opening"])

R("en2-075", "en",
  "Headshots for the gorgeous @drpriyanair in our Marylebone studio 📸 Swipe for the outtakes 😂",
  [("@drpriyanair", M), ("Marylebone", L)],
  [])

R("en2-076", "en",
  "Thanksgiving at Grandma Lou's in Vermont 🦃 Uncle Rick burnt the rolls again. Tradition.",
  [("Lou's", P), ("Vermont", L), ("Rick", P)],
  ["title", "holiday", "genitive"])

R("en2-077", "en",
  "Toasties and tea in Galway, rain outside, Murphy snoring by the turf fire 🐕 Grand.",
  [("Galway", L)],
  ["pet"])

R("en2-078", "en",
  "Our Head Girl Hope Adeyemi-Clarke and Head Boy Rory Macdonald gave a fantastic speech at the Remembrance Sunday assembly 🌺",
  [("Hope Adeyemi-Clarke", P), ("Rory Macdonald", P)],
  ["holiday", "word-as-name", "particle"])

R("en2-079", "en",
  "Blue sky, barn wedding and the best dance floor in Devon 💃 Cider bar, hay bales, sparklers at midnight. Dreamy.",
  [("Devon", L)],
  ["place-like-name", "name-as-word"])

R("en2-080", "en",
  "reminder that @emilyinthekitchen's banana bread recipe changed my life. thank you emily",
  [("@emilyinthekitchen", M), ("emily", P)],
  ["lowercase-name", "vocative"])

# ---------------------------------------------------------------------------
# Mixed German / English
# ---------------------------------------------------------------------------

R("mx2-001", "mixed",
  "Throwback to our Hochzeit last summer in the Allgäu 🏔\n"
  "Still obsessed with the Brautstrauß from @blumenwerk_kempten.\n"
  "Miss you, Tante Hilde & Onkel Rolf!",
  [("Allgäu", L), ("@blumenwerk_kempten", M), ("Hilde", P), ("Rolf", P)],
  ["title", "everyday-noun"])

R("mx2-002", "mixed",
  "Kaffee und Kuchen in Notting Hill 🍰 Sunday vibes mit meiner Lieblingscousine Svenja.",
  [("Notting Hill", L), ("Svenja", P)],
  ["everyday-noun"])

R("mx2-003", "mixed",
  "Brezeln, Weißwurst and a very large Maß – Oktoberfest in Munich, done ✔️ Prost to Tobi and Kat for being the best hosts!",
  [("Munich", L), ("Tobi", P), ("Kat", P)],
  ["everyday-noun", "nickname", "holiday"])

R("mx2-004", "mixed",
  "Best day ever 🥳 Führerscheinprüfung bestanden!!! Congrats to me 🚗",
  [],
  ["everyday-noun", "sentence-opening"])

R("mx2-005", "mixed",
  "Feierabend-Bier am Landwehrkanal, Die Ärzte auf der Box, sunset on point 🍻 Berlin, I love you.",
  [("Landwehrkanal", L), ("Berlin", L)],
  ["work", "everyday-noun"])

R("mx2-006", "mixed",
  "Our new Frühstück menu is live!! 🥐\n"
  "Bircher Müsli, Spiegelei auf Sauerteig and yes, Franzbrötchen every weekend.\n"
  "See you in Hackney!",
  [("Hackney", L)],
  ["everyday-noun", "dish-with-name"])

R("mx2-007", "mixed",
  "Shooting mit der wunderbaren @lena.kaiser.make.up today 💄 Results coming soon! #behindthescenes",
  [("@lena.kaiser.make.up", M)],
  [])

R("mx2-008", "mixed",
  "Frohe Weihnachten from our little family in Cork 🎄 Liam, Greta und Mats say hallo!",
  [("Cork", L), ("Liam", P), ("Greta", P), ("Mats", P)],
  ["holiday", "name-list"])

R("mx2-009", "mixed",
  "Wedding season is back! 💍 Erste Hochzeit 2025 im Schloss Elmau mit Carla & Finn.\n"
  "Dress: Rembo Styling\n"
  "Blumen: @florale_werkstatt_gap",
  [("Schloss Elmau", L), ("Carla", P), ("Finn", P), ("@florale_werkstatt_gap", M)],
  ["brand"])

R("mx2-010", "mixed",
  "Gym-Motivation for today: Keine Ausreden! 💪 Leg day mit der ganzen crew, 7 Uhr im Studio.",
  [],
  ["everyday-noun", "sentence-opening"])

R("mx2-011", "mixed",
  "heute einfach nur chillen mit mo und lina. no plans, no stress ☀️",
  [("mo", P), ("lina", P)],
  ["lowercase-name", "nickname"])

R("mx2-012", "mixed",
  "Meet the team! 👋 Das ist Aylin, unsere neue Head of Social Media. She loves Kaffee, Katzen und Kreuzberg.",
  [("Aylin", P), ("Kreuzberg", L)],
  ["everyday-noun"])

R("mx2-013", "mixed",
  "Fondue night in Zermatt 🧀 with the Matterhorn right outside the window. Merci vielmal, Chrigi & Nadja, for hosting!",
  [("Zermatt", L), ("Matterhorn", L), ("Chrigi", P), ("Nadja", P)],
  ["nickname", "vocative"])

R("mx2-014", "mixed",
  "Just married!!! 💍 #lauraswedding2024 #teamschmidt #hochzeitinbayern",
  [("#lauraswedding2024", P), ("#teamschmidt", P)],
  ["family-name"])

R("mx2-015", "mixed",
  "Sneaker-Drop am Samstag 👟 Limited edition, first come first served. Store in der Maxvorstadt öffnet um 10!",
  [("Maxvorstadt", L)],
  ["everyday-noun", "place-like-name"])

R("mx2-016", "mixed",
  "Happy Mother's Day to the best Mama der Welt 💐 Danke für alles, Mama Birgit!",
  [("Birgit", P)],
  ["holiday", "title"])

R("mx2-017", "mixed",
  "Date night in Wien: Tafelspitz at Plachutta, then a Spaziergang am Naschmarkt 🌙",
  [("Wien", L), ("Naschmarkt", L)],
  ["brand-with-name", "everyday-noun"])

R("mx2-018", "mixed",
  "Big thanks an Frau Dr. Yıldırım und ihr Team at the Charité – without you, our little Ela wouldn't be here 💗",
  [("Yıldırım", P), ("Charité", L), ("Ela", P)],
  ["title"])

R("mx2-019", "mixed",
  "Ski-Urlaub in Kitzbühel ⛷ Apres-Ski, Jagatee and way too much Germknödel. #familienurlaub #austria",
  [("Kitzbühel", L)],
  ["everyday-noun"])

R("mx2-020", "mixed",
  "Ich bin so proud of my little sister Hannah!! 🎓 Master in der Tasche, next stop: London.",
  [("Hannah", P), ("London", L)],
  ["title"])

R("mx2-021", "mixed",
  "Craic was mighty at the Oktoberfest in Galway 🍺 even Oma Ingrid got up on the table. Prost!",
  [("Galway", L), ("Ingrid", P)],
  ["title", "holiday"])

R("mx2-022", "mixed",
  "Kaffeeklatsch with the girls 💅 Apfelstrudel, Sahne, gossip. Das Leben ist schön.",
  [],
  ["everyday-noun"])

R("mx2-023", "mixed",
  "Congrats to our U12 Mädchen on winning the Hallenturnier in Innsbruck 🏆\n"
  "MVP: Leni Hofer!",
  [("Innsbruck", L), ("Leni Hofer", P)],
  ["everyday-noun"])

R("mx2-024", "mixed",
  "Grace under pressure 🙌 Unsere Grace hat heute ihr erstes Solo beim Musikschulkonzert gespielt.",
  [("Grace", P, 1)],
  ["word-as-name", "name-as-word", "sentence-opening"])

R("mx2-025", "mixed",
  "STEFFI DU BIST DIE BESTE!!! 🎉\n"
  "Happy birthday, girl, see you in Köln!",
  [("STEFFI", P), ("Köln", L)],
  ["lowercase-name", "nickname", "vocative"])

R("mx2-026", "mixed",
  "Last-minute Valentinstag-Geschenke? 🌹 Rosen, Pralinen und Gutscheine bis 19 Uhr in unserem Laden in Bern.",
  [("Bern", L)],
  ["holiday", "everyday-noun"])

R("mx2-027", "mixed",
  "Marcos Abschiedsparty war einfach legendary 🥲 Good luck in Melbourne, mate!",
  [("Marcos", P), ("Melbourne", L)],
  ["genitive"])

R("mx2-028", "mixed",
  "Ed Sheeran live im Olympiastadion 🎤 Perfect night, perfekte Stimme, perfekte Begleitung (hi Jana 😘)",
  [("Ed Sheeran", P), ("Olympiastadion", L), ("Jana", P)],
  ["famous", "vocative"])

R("mx2-029", "mixed",
  "Hugo oder Aperol Spritz? 🍹 Tell us in the comments! Happy Hour ab 17 Uhr bei uns in Sachsenhausen.",
  [("Sachsenhausen", L)],
  ["name-as-word", "dish-with-name"])

R("mx2-030", "mixed",
  "Hugo ist heute 1 geworden 🎈 Our little sunshine!",
  [("Hugo", P)],
  [])

R("mx2-031", "mixed",
  "Elopement in the Dolomites 🏔️ Seceda at sunrise with Marie & Josh.\n"
  "Photography: @wildhearts.photo\n"
  "Anzug: @herrenausstatter.hoffmann\n"
  "Kleid: @noni_brautmoden",
  [("Dolomites", L), ("Seceda", L), ("Marie", P), ("Josh", P),
   ("@wildhearts.photo", M), ("@herrenausstatter.hoffmann", M), ("@noni_brautmoden", M)],
  [])

R("mx2-032", "mixed",
  "danke für alles 🖤 #forevermarlene #oma",
  [("#forevermarlene", P)],
  [])

R("mx2-033", "mixed",
  "Henna night für meine Schwester Elif 🌙✨ Teyzes, Cousinen, Tanten – alle waren da. Çok güzeldi!",
  [("Elif", P)],
  ["everyday-noun", "title"])

R("mx2-034", "mixed",
  "Autumn in Hamburg 🍂 Franzbrötchen, Friesennerz und Regen. So we like it.",
  [("Hamburg", L)],
  ["name-as-word", "dish-with-name", "everyday-noun"])

R("mx2-035", "mixed",
  "Unboxing the new Jil Sander collection 🤍 Minimal, clean, teuer 😅",
  [],
  ["brand-with-name"])

R("mx2-036", "mixed",
  "Our Kita goes to the zoo! 🦒 Tierpark Hellabrunn with 24 Kinder and 6 very brave Erzieherinnen.",
  [("Tierpark Hellabrunn", L)],
  ["everyday-noun"])

R("mx2-037", "mixed",
  "Engagement shoot with Clara von Bülow and James O'Neill in Hyde Park 💛 So much Liebe in one frame.",
  [("Clara von Bülow", P), ("James O'Neill", P), ("Hyde Park", L)],
  ["particle", "everyday-noun"])

R("mx2-038", "mixed",
  "What a game! 🔥 Unsere Jungs gegen die Dublin Dragons – 78:72 in der Overtime. Respect, Dragons!",
  [],
  ["org-with-place", "sentence-opening"])

R("mx2-039", "mixed",
  "Nan meets Oma for the first time 🥹 Two grandmas, zero common language, endless cake.\n"
  "Sophie's christening in Bristol was perfect.",
  [("Sophie's", P), ("Bristol", L)],
  ["genitive"])

R("mx2-040", "mixed",
  "Feedback-Runde: What do you want to see more of? 👀\n"
  "Mehr Rezepte, mehr Behind the Scenes oder mehr Team-Content? Schreibt's uns!",
  [],
  ["everyday-noun"])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

LABELS = {P, L, M}
LANG_PREFIX = {"de": ("de2", 80), "en": ("en2", 80), "mixed": ("mx2", 40)}

MANUAL_KINDS = {
    "place-like-name", "everyday-noun", "brand-with-name", "lowercase-name",
    "nickname", "word-as-name", "name-as-word", "name-list", "title",
    "genitive", "pet", "sentence-opening", "particle", "emoji-glued",
    "family-name", "famous", "mixed-language", "brand", "org-with-place",
    "no-diacritics", "vocative", "dish-with-name", "holiday", "work",
    "initial",
}
AUTO_KINDS = {"place", "mention", "hashtag-name", "none"}

# words that may stand before a name but never start a PERSON span
TITLES = {
    "frau", "herr", "herrn", "dr.", "dr", "prof.", "oma", "opa", "tante",
    "onkel", "teyze", "ciocia", "babcia", "dziadek", "coach", "familie",
    "grosi", "mama", "papa", "cousin", "cousine", "schwester", "bruder",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "auntie", "aunt",
    "uncle", "nan", "nana", "gran", "grandad", "grandma", "grandpa", "mammy",
    "daddy", "dad", "mum", "mummy", "sister", "brother", "family", "sir",
    "st.", "saint",
}
LOC_BAD_START = {
    "der", "die", "das", "dem", "den", "des", "the", "a", "in", "im", "am",
    "an", "at", "on", "to", "nach", "zum", "zur", "bei", "von", "vom", "aus",
    "auf", "from", "of",
}
PARTICLE_WORDS = {"von", "van", "de", "der", "den", "di", "du", "ní", "nic", "ó", "mac", "mc"}
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]+")


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def boundary_occurrences(text, surface):
    out = []
    start = 0
    while True:
        i = text.find(surface, start)
        if i < 0:
            return out
        j = i + len(surface)
        before_ok = i == 0 or not (is_word_char(text[i - 1]) or text[i - 1] in "@#")
        after_ok = j == len(text) or not is_word_char(text[j])
        if surface[0] in "@#":
            before_ok = i == 0 or not is_word_char(text[i - 1])
        if before_ok and after_ok:
            out.append(i)
        start = i + 1


def is_emoji(ch):
    return unicodedata.category(ch) == "So" or ord(ch) >= 0x1F000


def person_is_lower_or_caps(s):
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2:
        return False
    return all(c.islower() for c in letters) or all(c.isupper() for c in letters)


def has_particle(s):
    toks = s.split()
    if any(t.lower() in PARTICLE_WORDS for t in toks[:-1]):
        return True
    return any(re.match(r"^(O'|O’|Mac|Mc)\w", t) for t in toks)


def preceding_token(text, start):
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == start or k == 0:
        return None
    m = k
    while m > 0 and not text[m - 1].isspace():
        m -= 1
    return text[m:k]


def build():
    errors = []
    out = []
    seen_ids = set()
    seen_texts = set()
    for rec in RECORDS:
        rid, lang, text = rec["id"], rec["lang"], rec["text"]

        def err(msg):
            errors.append(f"{rid}: {msg}")

        if rid in seen_ids:
            err("duplicate id")
        seen_ids.add(rid)
        if text in seen_texts:
            err("duplicate text")
        seen_texts.add(text)
        if lang not in LANG_PREFIX:
            err(f"bad lang {lang}")
            continue
        if not rid.startswith(LANG_PREFIX[lang][0] + "-"):
            err("id prefix does not match lang")
        if text != text.strip():
            err("text has outer whitespace")

        spans = []
        for ent in rec["ents"]:
            if len(ent) == 2:
                surface, label = ent
                occ = None
            else:
                surface, label, occ = ent
            if label not in LABELS:
                err(f"bad label {label}")
                continue
            occs = boundary_occurrences(text, surface)
            if not occs:
                err(f"surface not found at a word boundary: {surface!r}")
                continue
            if len(occs) > 1 and occ is None:
                err(f"surface {surface!r} occurs {len(occs)}x: occurrence needed")
                continue
            if len(occs) == 1 and occ not in (None, 0):
                err(f"surface {surface!r} occurs once but occurrence {occ} given")
                continue
            if occ is not None and occ >= len(occs):
                err(f"occurrence {occ} of {surface!r} out of range")
                continue
            s = occs[occ or 0]
            spans.append((s, s + len(surface), label))

        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"overlap {a} {b}")
        if len(set(spans)) != len(spans):
            err("duplicate span")

        # span-level checks
        for s, e, label in spans:
            t = text[s:e]
            if t != t.strip():
                err(f"whitespace at span edge {t!r}")
            if not (t[0].isalnum() or t[0] in "#@"):
                err(f"unclean span start {t!r}")
            last = t[-1]
            if not last.isalnum():
                ok = (last in "'’" and label == P) or (
                    last == "." and label == P and re.search(r"(^|\s)[A-Z]\.$", t))
                if not ok:
                    err(f"unclean span end {t!r}")
            if label == M:
                if not re.fullmatch(r"@[A-Za-z0-9_.]+", t) or t.endswith("."):
                    err(f"MENTION is not a handle: {t!r}")
            else:
                if "@" in t:
                    err(f"handle inside {label} span {t!r}")
            if label == L:
                if t.startswith("#"):
                    err(f"LOCATION is a hashtag: {t!r}")
                if t.split()[0].lower() in LOC_BAD_START:
                    err(f"LOCATION starts with article/preposition: {t!r}")
            if label == P and not t.startswith("#"):
                if t.split()[0].lower() in TITLES:
                    err(f"PERSON starts with a title: {t!r}")

        # every @handle is a MENTION, every MENTION a handle
        handle_spans = set()
        for m in HANDLE_RE.finditer(text):
            h = m.group(0).rstrip(".")
            handle_spans.add((m.start(), m.start() + len(h)))
        mention_spans = {(s, e) for s, e, lab in spans if lab == M}
        if handle_spans != mention_spans:
            err(f"handles {sorted(handle_spans)} != mentions {sorted(mention_spans)}")
        # hashtags: annotated ones are whole hashtags
        for s, e, lab in spans:
            if text[s] == "#":
                m = re.match(r"#\w+", text[s:])
                if m is None or m.end() != e - s:
                    err(f"partial hashtag span {text[s:e]!r}")

        # kinds
        kinds = list(rec["kinds"])
        for k in kinds:
            if k not in MANUAL_KINDS:
                err(f"unknown or automatic kind given by hand: {k}")
        if len(set(kinds)) != len(kinds):
            err("duplicate kind")
        persons = [(s, e) for s, e, lab in spans if lab == P]
        ptexts = [text[s:e] for s, e in persons]
        plain = [(s, e) for s, e in persons if text[s] != "#"]

        has_title = any((preceding_token(text, s) or "").lower() in TITLES for s, e in plain)
        if has_title != ("title" in kinds):
            err(f"kind title {'missing' if has_title else 'without a titled PERSON'}")
        lowcaps = any(person_is_lower_or_caps(text[s:e]) for s, e in plain)
        if lowcaps != ("lowercase-name" in kinds):
            err(f"kind lowercase-name {'missing' if lowcaps else 'without such a PERSON'}")
        part = any(has_particle(text[s:e]) for s, e in plain)
        if part != ("particle" in kinds):
            err(f"kind particle {'missing' if part else 'without such a PERSON'}")
        glued = any(e < len(text) and is_emoji(text[e]) for s, e in plain)
        if glued != ("emoji-glued" in kinds):
            err(f"kind emoji-glued {'missing' if glued else 'without a glued PERSON'}")
        initial = any(re.search(r"\s[A-Z]\.$", text[s:e]) for s, e in plain)
        if initial != ("initial" in kinds):
            err("kind initial mismatch")
        if any(re.search(r"(['’]s|s['’])$", t) for t in ptexts) and "genitive" not in kinds:
            err("kind genitive missing")
        if "genitive" in kinds and not any(t.endswith(("s", "'", "’")) for t in ptexts):
            err("kind genitive without a genitive PERSON")
        if "name-list" in kinds and len(persons) < 3:
            err("kind name-list with fewer than 3 PERSON spans")
        if ("family-name" in kinds or "famous" in kinds or "nickname" in kinds
                or "vocative" in kinds or "word-as-name" in kinds) and not persons:
            err("person kind on a record without PERSON")

        auto = []
        if any(lab == L for _, _, lab in spans):
            auto.append("place")
        if any(lab == M for _, _, lab in spans):
            auto.append("mention")
        if any(text[s] == "#" for s, e in persons):
            auto.append("hashtag-name")
        if not persons:
            auto.append("none")
        if lang == "mixed" and "mixed-language" not in kinds:
            auto.append("mixed-language")
        all_kinds = kinds + auto

        out.append({
            "id": rid,
            "text": text,
            "entities": [[s, e, lab] for s, e, lab in spans],
            "lang": lang,
            "kind": all_kinds,
        })

    # ids complete
    for lang, (prefix, n) in LANG_PREFIX.items():
        want = {f"{prefix}-{i:03d}" for i in range(1, n + 1)}
        have = {r["id"] for r in out if r["lang"] == lang}
        if want != have:
            errors.append(f"ids for {lang}: missing {sorted(want - have)} extra {sorted(have - want)}")

    return out, errors


def main():
    out, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    order = {"de": 0, "en": 1, "mixed": 2}
    out.sort(key=lambda r: (order[r["lang"]], r["id"]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    verbose = "-v" in sys.argv[1:]
    print(f"wrote {len(out)} records to {os.path.relpath(OUT)}")
    print(f"{'lang':6} {'recs':>4} {'w/PER':>5} {'PER':>4} {'LOC':>4} {'MEN':>4}")
    tot = Counter()
    for lang in ("de", "en", "mixed"):
        rs = [r for r in out if r["lang"] == lang]
        c = Counter(lab for r in rs for _, _, lab in r["entities"])
        wp = sum(1 for r in rs if any(lab == P for _, _, lab in r["entities"]))
        print(f"{lang:6} {len(rs):4} {wp:5} {c[P]:4} {c[L]:4} {c[M]:4}")
        tot.update(c)
        tot["recs"] += len(rs)
        tot["wp"] += wp
    print(f"{'all':6} {tot['recs']:4} {tot['wp']:5} {tot[P]:4} {tot[L]:4} {tot[M]:4}")
    kinds = Counter(k for r in out for k in r["kind"])
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if verbose:
        for lang in ("de", "en", "mixed"):
            kl = Counter(k for r in out if r["lang"] == lang for k in r["kind"])
            print(f"  {lang}:", ", ".join(f"{k} {v}" for k, v in sorted(kl.items())))


if __name__ == "__main__":
    main()
