#!/usr/bin/env python3
"""Build the captions3 tune set (German, English, mixed German/English).

Records are written below as readable Python data with inline marks:

    [[surface|P]]  PERSON
    [[surface|M]]  MENTION (every @handle)
    [[surface|L]]  LOCATION
    [[surface|O]]  explicit non-entity (a name-like word used as a word, a
                   brand / work / character / pet / holiday named after a
                   person); stripped, checked, not written out

The script strips the marks, checks every span and writes gold.jsonl
(one JSON object per line, deterministic order):

    {"id": "de-c3-001", "kind": "caption"|"comment", "lang": "de"|"en"|"mixed",
     "text": ..., "entities": [[start, end, "PERSON"|"LOCATION"|"MENTION"], ...]}

Offsets are Python str indices (code points), end exclusive, sorted by start.
Standard library only.

    python3 build_captions3.py        # check, write gold.jsonl, print counts
    python3 build_captions3.py -v     # also list every span of every record
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "gold.jsonl"

# ---------------------------------------------------------------------------
# German (100: 75 captions, 25 comments and bios)
# ---------------------------------------------------------------------------

DE = [
    ("caption", """Sonntag am [[Königssee|L]] 🏔️
[[Maxl|P]] wollte unbedingt mit dem Boot bis nach [[St. Bartholomä|L]] – Geduld war gestern 😅
Danach Kaiserschmarrn und Feierabend.
#berchtesgaden #familienzeit #bayern"""),

    ("caption", """Brautstrauß für [[Katharina|P]] 🤍 Pfingstrosen, Eukalyptus und ein bisschen Schleierkraut.
Abholung war ganz früh, das Frühstück gab's dann im Auto.
Danke an [[@hochzeitsgut.ammersee|M]] für die schöne Zusammenarbeit!
#brautstrauß #floristik #hochzeitamammersee"""),

    ("caption", """Heute in der Theke: Zwiebelkuchen, Bienenstich und die erste Prinzregententorte der Saison 🍰
Unsere [[Resi|P]] hat seit fünf Uhr früh gebacken – danke dir!
[[Mo|O]]–Fr 6:30 bis 18 Uhr, Sa bis 13 Uhr. 📍[[Giesing|L]]
#bäckerei #münchen #zwiebelkuchen"""),

    ("caption", """Vorher / Nachher ✂️ [[Steffi|P]] wollte nach zehn Jahren endlich einen Pony – und was sollen wir sagen: Mut wird belohnt!
Farbe & Schnitt: [[@salon.haarwerk_leipzig|M]]
📍 [[Plagwitz|L]]
#friseurleipzig #pony #vorhernachher"""),

    ("caption", """[[Lena|P]]🤍[[Tobi|P]] – freie Trauung im Garten von [[Schloss Wackerbarth|L]] 🍇
Die [[Sonne|O]] kam genau zum Ja-Wort raus, die Trauzeugin hat geweint, der Bräutigam auch.
[[#lenaundtobi|P]] #hochzeitsfotografie #radebeul"""),

    ("caption", """Erster Tag in der Kita 🎒
[[Ida|P]] hat nicht geweint. Mama schon. Papa auch ein bisschen.
Danke an Frau [[Yıldız|P]] und das ganze Team der Igelgruppe 🦔
#kitastart #eingewöhnung"""),

    ("caption", """Derbysieg im Regen ☔⚽ Unsere D-Jugend gewinnt 3:2 gegen den [[TSV Dorfen|O]]!
Tore: [[Emre|P]] (2) und [[Jonas B.|P]], im Tor ein überragender [[Finn-Luca|P]].
Danke an alle Eltern fürs Anfeuern und an Trainer [[Schorsch|P]] für die Geduld 💙
#jugendfußball #erding"""),

    ("caption", """Abend im [[Glockenbachviertel|L]] 🌆 Erst Aperol an der [[Isar|L]], dann Pizza, dann noch einer 🍕
[[Vroni|P]] [[Kathi|P]] und [[Sophie|P]], ihr seid die Besten.
#münchen #mädelsabend"""),

    ("caption", """Neu im Laden: Trockenblumenkränze, Kerzen von [[@wachswerk.allgaeu|M]] und endlich wieder Schokolade von [[Zotter|O]] 🍫
Ab Samstag findet ihr uns auch auf dem Wochenmarkt am [[Hildegardplatz|L]].
#kempten #blumenladen"""),

    ("caption", """Save the Date 💌 Am 14. September heiraten [[Anna-Lena|P]] und [[Marc|P]] in [[Maria Alm|L]] – und wir sind dabei!
Hochzeit in den Bergen, Sektempfang auf der Alm, Tanz bis in den Morgen.
#hochzeitsfotografin #salzburgerland [[#annalenaundmarc|P]]"""),

    ("caption", """Unsere Vorschulkinder waren im [[Tierpark Hellabrunn|L]] 🐘
Highlight: die Eisbären. Zweites Highlight: die Brezn.
Vielen Dank an Herrn [[Albrecht|P]] vom Elternbeirat fürs Organisieren!
#kita #ausflug"""),

    ("caption", """Frühstück ist fertig 🥐 Heute mit Franzbrötchen, Laugenbrezeln und Bienenstich.
Und falls ihr fragt: Ja, die Zimtschnecken von [[Lenchen|P]] sind wieder da!
📍 direkt am [[Spritzenplatz|L]] in [[Ottensen|L]]
#hamburg #franzbrötchen"""),

    ("caption", """Hochsteckfrisur für die Trauzeugin ✨ [[Magdalena|P]] hat gesagt: „Bitte nichts Steifes“ – et voilà.
Make-up: [[@beautybyvevi|M]]
Danke [[Vevi|P]] fürs spontane Einspringen 🫶
📍 [[Josefstadt|L]], [[Wien|L]]
#brautfrisur #wien"""),

    ("caption", """Sonnenaufgang am [[Oeschinensee|L]] 🌄 Wecker um 4:15, aber jede Minute wert.
[[Reto|P]] hat Kaffee in der Thermoskanne mitgebracht – Held des Tages.
Morgen geht's weiter nach [[Lauterbrunnen|L]] und hoch auf die [[Schynige Platte|L]].
#kandersteg #schweiz #wandern"""),

    ("caption", """HAPPY BIRTHDAY [[MARKUS|P]] 🎉🎂 40 Jahre und immer noch der Erste auf der Tanzfläche.
Danke [[Sandy|P]] für die Torte und [[@dj.ferdl|M]] für die Musik!
[[#happybirthdaymarkus|P]] #40"""),

    ("caption", """Wenn die Cousine heiratet 🥂
[[Annas|P]] Hochzeit am [[Tegernsee|L]] war einfach perfekt: freie Trauung am Steg, Dinner im [[Seehotel Überfahrt|L]], Tanzen bis drei.
#hochzeitamtegernsee #cousinenliebe"""),

    ("caption", """Einschulung 🎒✏️ [[August|P]] hat eine Schultüte, die fast so groß ist wie er selbst.
Genäht hat sie Oma [[Erika|P]], gefüllt war sie am Vorabend schon halb leer 😂
Liebe Frau [[Sommer|P]], passen Sie gut auf unsere 1b auf!
#einschulung #schulkind"""),

    ("caption", """Die [[Erika|O]] blüht, die [[Heide|O]] leuchtet 💜 Unsere Herbstkränze sind ab heute im Laden.
Ausflugstipp vom Team: die [[Lüneburger Heide|L]] im September.
#herbstdeko #floristik"""),

    ("caption", """Roadtrip durch [[Oregon|L]] 🌲🚐 Tag 6: [[Cannon Beach|L]], [[Haystack Rock|L]] und die beste Clam Chowder meines Lebens.
[[Basti|P]] fährt, ich mache Fotos. Arbeitsteilung 👌
#roadtrip #usa #pacificnorthwest"""),

    ("caption", """Vereinsmeisterschaften 🎾 Gewonnen hat – wie jedes Jahr – [[Gitti Huber-Reindl|P]], 67 Jahre jung.
Zweiter Platz: [[Ferdinand von Gumppenberg|P]], Dritter: unser Jugendwart [[Poldi|P]].
Danke an [[@gasthof.kreuzwirt|M]] fürs Buffet!
#tennis #verein"""),

    ("caption", """Der [[Nikolaus|O]] war da 🎅 und hat bei uns 300 Lebkuchenstiefel abgeholt.
Vorbestellungen für Christstollen ab sofort im Laden oder per DM.
[[Christa|P]] & [[Horst|P]] von der [[Backstube Lindner|O]] wünschen euch eine schöne Adventszeit!
#advent #nikolaus"""),

    ("caption", """[[Lorenz'|P]] erster Geburtstag 🎈
Das Geburtstagskind war müde, die Gäste waren müde, die Torte war leer.
Highlight: Tante [[Reginas|P]] Zitronenkuchen 🍋
#einjahr #geburtstag"""),

    ("caption", """Last-Minute-Geschenk? 🎁 Wir haben Gutscheine, Duftkerzen und Pralinen von [[Sprüngli|O]] im Laden.
Geöffnet Di–Sa, 10–19 Uhr, [[Bahnhofstrasse|L]] 23, [[Zürich|L]]
#zürich #geschenkidee"""),

    ("caption", """Spieleabend beim Polterabend 🎲 [[#teammüller|P]] gegen [[#teamkessler|P]] – am Ende gewann die Familie der Braut 😄
Danke [[Birgit|P]] für die Fotos und [[Uwe|P]] für den Schnaps.
#polterabend [[#muellerhochzeit|P]]"""),

    ("caption", """Babyshower-Vorbereitungen 🍼💛 Schnell zu [[Müller|O]] und [[Rossmann|O]], Luftballons, Girlanden, fertig.
Am Samstag feiern wir [[Jana Müller|P]] und ihr Babybäuchlein 🤰
#babyshower #babyparty"""),

    ("caption", """Paarshooting am [[Schlachtensee|L]] 🍂 💛[[Leyla Naz|P]] und [[Deniz|P]] – seit der elften Klasse zusammen.
Goldene Stunde, Jacken im Kofferraum vergessen, trotzdem gelacht.
#paarshooting #berlin #herbst"""),

    ("caption", """Frisch aus der Backstube: Mozartkugel-Törtchen 🎻
Passend zum Geburtstag von [[Wolfgang Amadeus Mozart|P]] am 27. Jänner.
📍 gleich ums Eck vom [[Mozartplatz|L]]
#salzburg #konditorei"""),

    ("caption", """Projektwoche an der [[Sophie-Scholl-Schule|O]] 📚 Die 7c hat ein Hörspiel über [[Sophie Scholl|P]] aufgenommen.
Betreut wurde alles von Frau Dr. [[Brandt|P]] und Herrn [[Okafor|P]].
#schule #projektwoche"""),

    ("caption", """Wanderung auf den [[Herzogstand|L]] ⛰️ Oben Brotzeit, unten Sprung in den [[Walchensee|L]].
[[Flo|P]] behauptet, das Wasser hatte 19 Grad. Es hatte 14.
#bayern #wandern #walchensee"""),

    ("caption", """Brautkleid-Termin mit Mama, Schwester und Trauzeugin 👰
[[Carina|P]] hat sich für ein Kleid von [[Jenny Packham|O]] entschieden – und ja, es gab Sekt 🥂
Neue Modelle von [[Vera Wang|O]] kommen im Frühjahr.
#brautkleid #brautmode"""),

    ("caption", """Erster Glühwein der Saison 🍷 am [[Kollwitzplatz|L]] mit [[Nele|P]] [[Jan|P]] und [[Merle|P]].
Danach Feierabendpizza in [[Prenzlauer Berg|L]] und Heimweg im Schneeregen.
#berlin #advent"""),

    ("caption", """Kindergeburtstag im Zeichen von [[Pippi Langstrumpf|O]] 🧡 [[Fritzi|P]] wurde sechs und wollte Sommersprossen, Zöpfe und ein Pferd auf der Veranda.
Das Pferd hatten wir nicht. Dafür Kater [[Felix|O]].
#kindergeburtstag #pippi"""),

    ("caption", """Valentinstag 🌹 Rote Rosen, [[rosa|O]] Ranunkeln und eine Karte, die ihr selbst schreiben müsst.
Vorbestellung bis 12.2. bei [[@blumen.schmidt.bonn|M]] oder direkt im Laden in der [[Poppelsdorfer Allee|L]].
#valentinstag #bonn"""),

    ("caption", """Elbstrand-Shooting in [[Övelgönne|L]] 🌊 Mit dabei: [[Hope|P]], 4 Monate alt, und ihre großen Brüder [[Mats|P]] und [[Ben|P]].
[[Hope|P]] hat das Meiste verschlafen. Verständlich.
#familienshooting #hamburg"""),

    ("caption", """Sneaker-Jagd im Outlet 👟 Ergebnis: zwei Paar von [[Adidas|O]], eine Jacke von [[Tommy Hilfiger|O]] und null Geduld mehr.
[[Nici|P]] hat natürlich wieder alles gefunden, was ich übersehen habe.
#outletshopping #sneaker"""),

    ("caption", """Saisonabschluss am [[Kitzsteinhorn|L]] ⛷️ Unsere Rennkids waren schneller als der Nebel.
Danke an Trainerin [[Kathi|P]], an [[Xandi|P]] fürs Wachsen und an die Familie [[Pichler|P]] für den Kaiserschmarrn!
#skiclub #kaprun"""),

    ("caption", """Zwei Wochen [[Ligurien|L]] 🍋 Lieblingsort: [[Camogli|L]].
Lieblingsmoment: Focaccia am Hafen mit [[Giulia|P]] und [[Luca|P]], die wir im Zug kennengelernt haben.
#italien #reisen"""),

    ("caption", """Neue Kollegin im Team 💇‍♀️ Herzlich willkommen, [[Mai|P]]!
[[Mai|P]] kommt aus [[Hanoi|L]], hat in [[Dresden|L]] gelernt und schneidet die schönsten Bobs der [[Neustadt|L]].
Termine ab sofort auch online.
#friseur #dresden"""),

    ("caption", """Im [[Mai|O]] ist Hochzeitssaison 💐 Noch zwei freie Termine im Juni, gern auch am [[Chiemsee|L]]!
Danke an alle Paare, die uns dieses Jahr schon vertraut haben.
#hochzeitsfloristik #chiemgau"""),

    ("caption", """Familienausflug auf den [[Pilatus|L]] 🚠 Mit der steilsten Zahnradbahn der Welt hoch, mit der Gondel runter nach [[Kriens|L]].
[[Noemi|P]] und [[Andrin|P]] fanden den Spielplatz oben besser als die Aussicht.
Gotti [[Seraina|P]] hat den Zmittag spendiert 🙏
#luzern #schweiz"""),

    ("caption", """save the date 🤍
[[lea|P]] & [[jonathan|P]]
14.06. · [[schloss hohenkammer|L]]
[[#leaundjonathan|P]] #savethedate"""),

    ("caption", """Geduld ist die wichtigste Zutat 🍞 Unser Sauerteig heißt übrigens [[Herbert|O]] und ist älter als unser Azubi.
Ab Donnerstag wieder Roggenbrot, Dinkelkrusten und Zwiebelkuchen.
#sauerteig #handwerk"""),

    ("caption", """Radtour an der [[Mosel|L]] 🚲 Von [[Cochem|L]] nach [[Bernkastel-Kues|L]], drei Tage, viel Riesling.
[[Moni|P]] [[Babsi|P]] [[Gerti|P]] und ich – die Rentnergang ist zurück 😎
#mosel #radreise"""),

    ("caption", """Autogrammstunde an der [[Säbener Straße|L]] 🙌 [[Thomas Müller|P]] hat das Trikot signiert und gefragt, ob mein Sohn auch Stürmer ist.
[[Leon|P]] redet seitdem von nichts anderem.
#fcbayern #säbenerstraße"""),

    ("caption", """Frohe Ostern 🐣 Bei uns gab's Hefezopf, Eiersuche im Garten und Goldhasen von [[Lindt|O]] für alle.
[[Ella|P]] hat 23 Eier gefunden, [[Paul|P]] zwei – und einen Regenwurm.
#ostern #familie"""),

    ("caption", """Melange und Sachertorte im [[Café Sacher|O]] ☕ Touri-Klischee? Ja. Bereue ich es? Nein.
Danach Spaziergang durch den [[Burggarten|L]] und rüber zum [[Naschmarkt|L]].
#wien #kaffeehaus"""),

    ("caption", """Standesamt, Sekt, Konfetti 🎊 [[Charlotte van der Meer|P]] und [[Julius von Arnim|P]] haben Ja gesagt!
Danach Fotos im [[Schlosspark Charlottenburg|L]] und Kuchen für alle.
#hochzeitberlin #standesamt"""),

    ("caption", """shooting mit [[marie-luise schaller|P]] für ihr neues buch 📖✨
location: [[planten un blomen|L]], [[hamburg|L]]
danke an [[@hairbyjacky|M]] für haare & make-up
#portrait #hamburg"""),

    ("caption", """Büro-Update 🐶 [[Bruno|O]] hat heute die Kundentermine übernommen. Leckerli-Budget: ausgeschöpft.
[[Jessi|P]] und ich machen derweil die Bildbearbeitung.
#bürohund #fotostudio"""),

    ("caption", """Unser DJ-Tipp für Hochzeiten: Wer „[[Cordula Grün|O]]“ spielt, hat die Tanzfläche. Wer „[[Joana|O]]“ spielt, hat die Schwiegereltern 😂
Mit [[@djhansi.events|M]] hatten wir beides.
#hochzeitsdj #partymusik"""),

    ("caption", """Abiball 2024 🎓 Der [[Friedrich-von-Thiersch-Saal|L]] in [[Wiesbaden|L]] war voll, die Reden waren kurz (fast).
Herzlichen Glückwunsch an alle – und besonders an [[Aleksandra|P]], die mit 1,0 abgeschlossen hat!
#abiball #abi2024"""),

    ("caption", """[[Irland|L]], du schönes Regenland ☔🍀 Heute: [[Cliffs of Moher|L]], Mittagessen in [[Doolin|L]], abends Livemusik im Pub.
[[Konsti|P]] hat zum ersten Mal [[Guinness|O]] probiert. Gesicht: unbezahlbar.
#irland #roadtrip"""),

    ("caption", """Faschingszeit = Krapfenzeit 🎭 Bei uns heißen sie Krapfen, bei euch vielleicht [[Berliner|O]].
Heute mit Hagebutte, Vanille oder Eierlikör. Vorbestellung per Telefon bei Frau [[Winter|P]].
#fasching #krapfen"""),

    ("caption", """Der [[Winter|O]] ist zurück ❄️ und mit ihm unsere Langlaufkurse am [[Achensee|L]].
Keine Sorge, [[Sonne|O]] gibt's auch: Kursleiter ist wieder Herr [[Sonne|P]] 😄
Anmeldung über [[@langlauf.pertisau|M]]
#tirol #langlauf"""),

    ("caption", """Neugeborenenshooting mit [[Lilly Rose|P]] 🌸 9 Tage jung, 3.100 Gramm purer Frieden.
Die Decke ist [[rosa|O]], die Rosen sind echt, und die Eltern sind völlig verliebt.
#newbornfotografie #babyliebe"""),

    ("caption", """Laternenumzug zu [[St. Martin|O]] 🏮 Die Kinder haben ihre Laternen selbst gebastelt.
Der [[Martin|O]] auf dem Pferd war übrigens Herr [[Bauer|P]] vom Bauhof 🐴
#sanktmartin #kita"""),

    ("caption", """Brunch im [[Westend|L]], Spaziergang über die [[Theresienwiese|L]], Eis im [[Westpark|L]] ☀️
Perfekter Sonntag mit [[Lotti|P]] und [[Ines|P]].
#münchen #sonntag"""),

    ("caption", """Konzert von [[AnnenMayKantereit|O]] in der [[Waldbühne|L]] 🎶 Gänsehaut bei jedem Song.
Mit dabei: [[Ronja|P]], [[Malte|P]] und die beste Picknickdecke der Welt.
#konzert #berlin"""),

    ("caption", """Wochenende in [[Maienfeld|L]] 🐐 – ja, da, wo [[Heidi|O]] im Buch gewohnt hat.
Unsere [[Heidi|P]] (6) war natürlich ganz aufgeregt.
#graubünden #familienausflug"""),

    ("caption", """Gewinnspiel 🎁 Zusammen mit [[@kaffeeroesterei.elbe|M]] und [[@keramik_von_jo|M]] verlosen wir ein Frühstücks-Set!
So geht's: Beitrag liken, eine Freundin markieren, fertig.
Teilnahme bis Sonntag, 20 Uhr. Viel Glück! 🍀
#gewinnspiel #frühstück"""),

    ("caption", """Kurzurlaub auf [[Sylt|L]] 🌾 Mit dem Rad von [[Westerland|L]] nach [[Kampen|L]], Fischbrötchen in [[List|L]] und Sonnenuntergang am [[Roten Kliff|L]].
[[Wiebke|P]], nächstes Jahr wieder?
#sylt #nordsee"""),

    ("caption", """Hüttenabend auf der [[Seiser Alm|L]] 🎶 Irgendwann lief „[[Anton aus Tirol|O]]“ und alle standen auf den Bänken.
[[Wastl|P]] hat bis zur letzten Runde durchgehalten.
#südtirol #hüttengaudi"""),

    ("caption", """Zivile Trauung in [[Appenzell|L]] 💍 [[Beat|P]] und [[Fränzi|P]] – nach 30 Jahren endlich verheiratet.
Die Kinder haben die Ringe getragen, die Enkel die Blumen.
#hochzeit #appenzell"""),

    ("caption", """Afterwork-Shooting für [[@ganz.nah.studio|M]] ✨ Neue Businessporträts fürs Team, inklusive Bürohund.
Location: das alte Zollamt am [[Rheinauhafen|L]] in [[Köln|L]].
#businessportrait #köln"""),

    ("caption", """90 Jahre Oma [[Lenchen|P]] 💐 Sie hat mehr Umzüge, Hunde und Enkel überlebt als wir alle zusammen.
Die Torte kam von der [[Konditorei Kreutzkamm|O]], das Lachen von ihr selbst.
#90geburtstag #familie"""),

    ("caption", """Drei Tage im [[Lake District|L]] 🌧️ [[Windermere|L]] im Regen, [[Grasmere|L]] im Regen, [[Buttermere|L]] – im Sonnenschein!
Danke an [[Rosie|P]] vom B&B für die Wärmflaschen.
#england #wandern"""),

    ("caption", """Babyshower für [[Kiki|P]] 💙 Der Kuchen kam von [[@tortenliebe.by.meli|M]], die Deko von uns, die Tränen von allen.
Noch vier Wochen, kleiner Mann!
#babyshower #itsaboy"""),

    ("caption", """FEIERABEND 🍻 Danke an das beste Team der Welt: [[MELANIE|P]] [[TIMO|P]] [[ÖZLEM|P]] und [[JOSCHA|P]]!
Nächste Woche wieder voll motiviert. Versprochen.
#teamwork #friseursalon"""),

    ("caption", """Hochzeit im [[Hotel Atlantic|L]] 🤍 Getting Ready mit Blick auf die [[Außenalster|L]], Trauung im [[Michel|L]].
[[Nadine|P]] und [[Sören|P]], es war uns eine Ehre.
#hochzeithamburg #michel"""),

    ("caption", """Goldene Hochzeit bei Oma [[Ilse|P]] und Opa [[Ernst|P]] 💛 50 Jahre verheiratet.
Im [[Ernst|O]]: Wer schafft das heute noch?
#goldenehochzeit #50jahre"""),

    ("caption", """Sommerabend im [[Clara-Zetkin-Park|L]] 🌅 Picknick, Federball, Mücken.
[[Charlotte|P]] hat ihren ersten Sonnenbrand, [[Kalle|P]] seinen ersten Zeckenbiss. Willkommen im [[Sommer|O]].
#leipzig #sommer"""),

    ("caption", """Wochenende in der [[Sächsischen Schweiz|L]] 🧗 Sonnenaufgang an der [[Bastei|L]], Klettern am [[Lilienstein|L]].
[[Milica|P]] hat die schwierigste Route geschafft, ich hab Fotos gemacht. Fair.
#elbsandstein #klettern"""),

    ("caption", """[[Frankfurter Kranz|O]] zum 60. von Tante [[Hedi|P]] 🎂 Gebacken in [[Sachsenhausen|L]], gegessen im [[Palmengarten|L]].
Die Buttercreme hat die [[Sonne|O]] nur knapp überlebt.
#frankfurt #backen"""),

    ("caption", """Segeltörn auf dem [[Bodensee|L]] ⛵ Start in [[Lindau|L]], Mittag in [[Bregenz|L]], Abend in [[Romanshorn|L]] – drei Länder an einem Tag.
Skipper: [[Jakob|P]], 74, seit 50 Jahren auf dem See.
#bodensee #segeln"""),

    ("caption", """Neues Atelier, neue Adresse 📦 Ab 1. März findet ihr uns in der [[Karl-Marx-Allee|L]] 90, direkt am [[Strausberger Platz|L]].
[[Aylin|P]] und [[Kasia|P]] freuen sich auf euren Besuch!
#atelier #friedrichshain"""),

    # --- comments and bios ---
    ("comment", """boah [[jule berger|P]], der brautstrauß ist ein traum 😍 wer hat den gemacht?"""),

    ("comment", """Hochzeitsfotografin aus dem [[Allgäu|L]] 📸
Kaffee, Hunde & echte Momente
📍 [[Kempten|L]] | unterwegs in ganz [[Europa|L]]
Buchungen 2025: [[@studio.hofmann.anfragen|M]]"""),

    ("comment", """[[@lisa.fotografiert|M]] wie schön!! Grüße an [[Ole|P]] und den kleinen [[Fiete|P]] 🥰"""),

    ("comment", """Liebe [[Marion|P]], die Fotos von Opas 80. sind angekommen – die ganze Familie hat geweint 🥹 Danke!"""),

    ("comment", """Die Prinzregententorte war der Hammer, bitte öfter! Grüße aus [[Haidhausen|L]] 🙋‍♀️"""),

    ("comment", """Schnüffelgrüße von Hündin [[Luna|O]] 🐾 Ein Büro mit Hund ist einfach das beste Büro."""),

    ("comment", """[[lenchen|P]] du bist die beste 🫶 Die Zimtschnecken sind die besten in ganz [[Hamburg|L]]!"""),

    ("comment", """Boah, der [[Oeschinensee|L]] 😍 Steht seit Jahren auf meiner Liste. Wie lange seid ihr von [[Kandersteg|L]] hochgelaufen?"""),

    ("comment", """Alles Gute zum Geburtstag, [[Markus|P]]!! 🎉 Grüße aus [[Graz|L]] von [[Sabine|P]] und den Kids"""),

    ("comment", """Konditormeisterin 🎂 | Torten für Hochzeiten & Geburtstage
📍[[Nürnberg|L]] – [[Gostenhof|L]]
Anfragen per DM oder [[@tortenwerk.nbg|M]]"""),

    ("comment", """Ist das Kleid von [[Vera Wang|O]]? 😍 [[Carina|P]] sieht aus wie eine Prinzessin"""),

    ("comment", """Hahaha „null Geduld mehr“ – same 😂 Welches Outlet war das? [[Metzingen|L]]?"""),

    ("comment", """Frau [[Kessler|P]] war auch meine Klassenlehrerin!! Grüßt sie ganz lieb von [[Svenja|P]] aus der 10b (Jahrgang 2009) 🙈"""),

    ("comment", """Wir waren letztes Jahr auch in [[Maria Alm|L]], traumhaft! Falls ihr noch eine Floristin braucht: [[@bluemchen.pinzgau|M]] 💐"""),

    ("comment", """[[@jule.macht.fotos|M]] danke für die Blumen 🌷 und grüß [[Mo|P]] von mir!"""),

    ("comment", """Boah, [[Bastis|P]] Geduld möcht ich haben 🙈 Wie viele Kilometer wart ihr insgesamt unterwegs?"""),

    ("comment", """So schön! War die Hochzeit am [[Tegernsee|L]] oder am [[Schliersee|L]]? Wir suchen noch eine Location 🙏"""),

    ("comment", """Ich will auch zum [[Naschmarkt|L]] 🥲 Grüße an [[Poldi|P]] und [[Vevi|P]]"""),

    ("comment", """[[Anna-Maria Oberhuber|P]] | Friseurmeisterin ✂️
Brautfrisuren im [[Salzkammergut|L]] & in [[Salzburg|L]]
Termine: [[@haarstudio.anna.maria|M]]"""),

    ("comment", """Wie im Film mit [[Heidi|O]] und dem Alm-Öhi 😍 Wo genau war das?"""),

    ("comment", """Frohe Ostern an [[Ella|P]] und [[Paul|P]] 🐰 und natürlich an den Regenwurm 😂"""),

    ("comment", """[[@dj.ferdl|M]] wann legst du wieder in [[Rosenheim|L]] auf? 🙌"""),

    ("comment", """Liebe Grüße aus [[Bern|L]] an [[Bernadette|P]] 👋 Wir vermissen dich im Chor!"""),

    ("comment", """Glückwunsch an [[Aleksandra|P]] 🎓 und an Herrn [[Lange|P]], der sie so [[lange|O]] in Mathe ertragen hat 😄"""),

    ("comment", """[[Jacky|P]], du Zauberin 🪄 Wann hast du wieder Termine frei? Ich brauch dringend neue Strähnchen"""),
]

# ---------------------------------------------------------------------------
# English (100: 75 captions, 25 comments and bios)
# ---------------------------------------------------------------------------

EN = [
    ("caption", """Brunch in [[Marylebone|L]] with [[Bex|P]] 🥞☕ Followed by a wander through [[Regent's Park|L]] and far too many photos of the roses.
#london #sundaybrunch"""),

    ("caption", """Sunset over [[Glencoe|L]] 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Stood at the layby for an hour waiting for the light. Worth it.
Huge thanks to [[Callum|P]] for the flask of tea and the terrible jokes.
#glencoe #scotland #landscapephotography"""),

    ("caption", """Road trip through [[Oregon|L]] 🚗🌲 Day 3: [[Crater Lake|L]] in the morning, [[Bend|L]] for tacos, and a motel in [[Sisters|L]] that smelled like pine.
[[Mo|P]] drove, I DJ'd. We're still friends.
#pnw #roadtrip"""),

    ("caption", """[[Summer|P]] and [[Will|P]] ✨ married at [[Babington House|L]] in [[Somerset|L]] on the hottest day of the year.
[[Will|O]] we ever get over that first look? No.
[[#summerandwill|P]] #somersetwedding"""),

    ("caption", """Friday bake list 🍰 [[Victoria sponge|O]], [[Bakewell tart|O]], [[Eccles cakes|O]] and the return of [[Ellie's|P]] legendary lemon drizzle.
Open 8–2, [[Columbia Road|L]] end of the market.
#bakery #eastlondon"""),

    ("caption", """Sweet peas, garden roses and a little bit of [[ivy|O]] for [[Hope's|P]] bridal bouquet 🌿 [[Hope|O]] you love it as much as we do!
Delivered to [[Kew Gardens|L]] at 8am sharp.
#weddingflowers #londonflorist"""),

    ("caption", """Three generations at Nan's 90th 💚 [[Siobhán|P]], [[Aoife|P]] and little [[Róisín|P]] in matching cardigans.
Taken in the garden in [[Dingle|L]], with the rain holding off for exactly four minutes.
#familyphotography #kerry #dingle"""),

    ("caption", """U12s are county champions! 🏑 Massive well done to the girls and to Coach [[Miller|P]], who lost her voice somewhere in the second half.
Goals from [[Isla|P]], [[Freya|P]] and [[Grace Okonkwo-Hill|P]].
Next up: the regional finals in [[Loughborough|L]].
#hockey #proudclub"""),

    ("caption", """[[Brooklyn's|P]] first steps 👣 Straight towards the dog's water bowl, naturally.
[[Winston|O]] was not impressed.
#babysfirst #milestones"""),

    ("caption", """48 hours in [[Savannah|L]] 🌳 Spanish moss, [[Forsyth Park|L]], pralines on [[River Street|L]] and one very humid photo walk.
Next stop: [[Charleston|L]] to see [[Georgia|P]] and [[Sydney|P]] 🥂
#savannah #southernsummer"""),

    ("caption", """Balayage refresh for the lovely [[Dakota|P]] ✂️ Going from [[winter|O]] brunette to [[summer|O]] honey.
Booking link in bio or DM [[@shearjoy.salon|M]] 💛
📍 [[Asheville|L]], [[North Carolina|L]]
#balayage #ashevillehair"""),

    ("caption", """[[Niamh|P]] & [[Ciarán|P]] 💚 [[Adare Manor|L]], [[County Limerick|L]]
Bagpipes, a choir, a surprise from [[Ciarán's|P]] granny and a first dance to "[[Galway Girl|O]]".
[[#niamhandciaran|P]] #irishwedding"""),

    ("caption", """Our Year 4s had a brilliant trip to the [[Roman Baths|L]] in [[Bath|L]] today 🏛️ Mrs. [[Patel|P]] is still finding sandwich wrappers on the coach.
Thank you to all the parent helpers!
#schooltrip #year4"""),

    ("caption", """[[Autumn|O]] in [[Vermont|L]] 🍁 Maple creemees in [[Stowe|L]], covered bridges in [[Woodstock|L]] and [[Maggie|P]] learning that cider donuts are a food group.
#fallfoliage #newengland"""),

    ("caption", """[[St. Patrick's Day|O]] is sorted 🍀 [[Guinness|O]] chocolate cake, soda bread and shamrock cookies – order by Thursday!
Pick-up at the shop in [[Ranelagh|L]] or at our stall at the [[Temple Bar|L]] food market on Saturday.
#stpatricksday #dublinbakery"""),

    ("caption", """Sunday walk on [[Hampstead Heath|L]] with [[Daisy|O]] the spaniel 🐕 She found a puddle, a sandwich and a new best friend called [[Poppy|O]] (a labrador).
#dogsoflondon #hampstead"""),

    ("caption", """Saw [[Dolly Parton|P]] at the [[Ryman Auditorium|L]] in [[Nashville|L]] and cried through "[[Jolene|O]]" like everyone else 🎤
Auntie [[Jo|P]] has been waiting 40 years for this.
#nashville [[#dollyparton|P]]"""),

    ("caption", """happy birthday to my forever bestie [[katie o'neill|P]]🎂 20 years of friendship, 3 countries and 1 very questionable trip to [[magaluf|L]]
love you to [[ballybunion|L]] and back x
[[#katie30|P]]"""),

    ("caption", """Golden hour on [[Pen y Fan|L]] 🏔️ [[Rhys|P]] carried the cake up the whole way for [[Megan's|P]] surprise 30th.
Cake survived. Candles did not (wind).
#breconbeacons #wales"""),

    ("caption", """Cheese board for a Friday night in 🧀 [[Wensleydale|O]], [[Stilton|O]], crackers from [[Sainsbury's|O]] and a bottle from [[Marks & Spencer|O]] that [[Ollie|P]] swears is "basically champagne".
#fridaynight #cheeseboard"""),

    ("caption", """Thanksgiving at the [[Hendersons'|P]] 🦃 Grandma [[Ruth's|P]] pecan pie, Uncle [[Dev's|P]] famous mac and cheese, and [[Lily|P]] asleep under the table by 7.
#thanksgiving #family"""),

    ("caption", """Up [[Arthur's Seat|L]] before breakfast 🌄 then coffee in [[Stockbridge|L]] and a walk down to [[Dean Village|L]].
[[Mhairi|P]], you were right about the shoes.
#edinburgh #scotland"""),

    ("caption", """[[Florence|P]] turned 8 🎈 and asked for a trip to [[Florence|L]]. We settled for pizza.
Her favourite band is [[Florence + the Machine|O]], obviously.
#birthdaygirl #eightyearsold"""),

    ("caption", """[[Summer|O]] in [[Cornwall|L]] ☀️ Pasties in [[Padstow|L]], swimming at [[Porthcurno|L]] and a very windy afternoon on [[St Michael's Mount|L]].
[[Poppy|P]] and [[Alfie|P]] have declared it "the best holiday ever".
#cornwall #familyholiday"""),

    ("caption", """[[Grace's|P]] hen do 🫖 [[Earl Grey|O]], [[Battenberg|O]], [[Eton mess|O]] and about nine bottles of prosecco at the [[Ritz|L]].
Organised by the wonderful maid of honour [[@bex.plans.parties|M]]
#hendo #afternoontea"""),

    ("caption", """Packed house at the [[Barrowland Ballroom|L]] for [[Franz Ferdinand|O]] 🎸
[[Eilidh|P]] lost a shoe, [[Fraser|P]] lost his voice.
#glasgow #gig"""),

    ("caption", """[[Grace|O]] under pressure 😅 Our bride [[Grace|P]] fixed her own hem with a safety pin ten minutes before the ceremony.
Dress: [[Jenny Packham|O]]. Veil: her mum's. Nerves: steel.
#bridal #weddingmorning"""),

    ("caption", """Six states in ten days 🚙 [[Virginia|L]], [[Tennessee|L]], [[Kentucky|L]], [[Indiana|L]], [[Ohio|L]], [[Pennsylvania|L]].
[[Jamal|P]] did the playlists, [[Tariq|P]] did the snacks, I did the driving.
#roadtrip #usa"""),

    ("caption", """From [[Clare|L]] to [[Kerry|L]] by ferry ⛴️ across the [[Shannon|L]] – [[Killimer|L]] to [[Tarbert|L]], 20 minutes, three dolphins.
Shout out to [[Kerry|P]] from the B&B who gave us the tip!
#wildatlanticway #ireland"""),

    ("caption", """[[Rose|P]] walked down the aisle to "[[Sweet Caroline|O]]" and honestly? Iconic 🎶
Flowers were all dusty pink [[rose|O]] and eucalyptus.
#weddingday #weddingflowers"""),

    ("caption", """Architecture boat tour in [[Chicago|L]] 🏙️ then deep dish in [[Wicker Park|L]] and a sunset walk on [[Navy Pier|L]].
[[Aarav|P]] says the pizza was "basically a pie", which is correct.
#chicago #travel"""),

    ("caption", """CONGRATULATIONS [[DECLAN|P]] & [[ORLA|P]] 🍾 Engaged at the top of [[Croagh Patrick|L]] of all places!
[[#declanandorla|P]] #engaged"""),

    ("caption", """Whisky tasting night 🥃 [[Laphroaig|O]], [[Lagavulin|O]], a cheeky [[Johnnie Walker|O]] and a [[Jameson|O]] for the Irish contingent.
Hosted by [[Hamish McAllister|P]] in the back room of the distillery on [[Islay|L]].
#whisky #islay"""),

    ("caption", """[[Yorkshire Three Peaks|O]] done in 11h 40m ⛰️ [[Pen-y-ghent|L]], [[Whernside|L]], [[Ingleborough|L]].
[[Bex|P]] and [[Soph|P]] – absolute legends. My knees – absolute wrecks.
#yorkshiredales #threepeaks"""),

    ("caption", """Client asked for "the [[Rachel|O]]" 💇‍♀️ 90s layers are BACK.
Thank you [[Jennifer Aniston|P]] for 30 years of hair inspiration.
Cut & colour by [[Kat|P]] at [[@thecuttingroom.leeds|M]]
#rachelcut #leedshair"""),

    ("caption", """[[Santa's|O]] grotto at the school fair 🎅 Huge thanks to Mr [[Okafor|P]] for being the most convincing [[Santa|O]] we've ever had.
Raffle winners: [[Hazel|P]] (hamper), [[Basil|P]] (bike) and the [[Thompsons|P]] (a very large tin of [[Quality Street|O]]).
#christmasfair #pta"""),

    ("caption", """Herb planters are back in stock 🌱 [[Rosemary|O]], [[sage|O]], [[basil|O]] and thyme – all grown in our greenhouse in [[Hebden Bridge|L]].
[[Sage|P]] (yes, really) will be on the till this weekend!
#gardencentre #yorkshire"""),

    ("caption", """Last ferry back from [[Martha's Vineyard|L]] ⛴️ [[Sandy|O]] feet, sunburnt noses and [[Martha|P]] asleep in the car seat.
Yes, we named her after the island. No, we're not sorry.
#capecod #islandlife"""),

    ("caption", """Elopement in [[Jackson Hole|L]] 🏔️ [[Madison|P]] & [[Austin|P]] said their vows in front of the [[Tetons|L]].
Just the two of them, a photographer and a very curious moose.
#elopement #wyoming"""),

    ("caption", """Flat hunting update 🏠 Viewed places in [[Peckham|L]], [[Brixton|L]] and [[Walthamstow|L]]. Ended up falling for one in [[Leyton|L]].
Thank you [[Priya|P]] for the spreadsheets.
#london #renting"""),

    ("caption", """Half-term trip to see [[Paddington|O]] at [[Paddington|L]] station 🐻🧳 Then the [[Natural History Museum|L]] and the most expensive sandwich in [[Kensington|L]].
[[Arlo|P]] is asleep on the train home.
#halfterm #london"""),

    ("caption", """Finally saw [[Hozier|P]] live at [[Marlay Park|L]] 🎶 Rain, mud and 40,000 people singing "Take Me to Church".
[[Cillian|P]], thanks for the spare poncho.
[[#hozier|P]] #dublin"""),

    ("caption", """Ms. [[Hernández's|P]] second graders visited the [[Alamo|L]] today 🤠 Best question of the day: "Did [[Davy Crockett|P]] have TikTok?"
📍 [[San Antonio|L]], [[Texas|L]]
#fieldtrip #secondgrade"""),

    ("caption", """Self-care Sunday 🛁 A [[Jo Malone|O]] candle, [[Charlotte Tilbury|O]] lip balm and three episodes of [[Bridgerton|O]].
Guest list: me and [[Mittens|O]] the cat.
#selfcare #sundayreset"""),

    ("caption", """Engagement shoot on [[Primrose Hill|L]] 🌅 [[Tyrone|P]] proposed here three years ago, so we had to come back.
[[Keisha|P]]✨ wore the same dress. Chills.
#engagementshoot #londonphotographer"""),

    ("caption", """Weekend in [[Lincoln|L]] 🏰 because our [[Lincoln|P]] (age 6) wanted to see "his" city.
[[Lincoln Cathedral|L]], [[Steep Hill|L]] and a lot of ice cream.
#lincolnshire #familytravel"""),

    ("caption", """Island life 🏝️ [[Jersey|L]] in [[May|O]]: [[St Aubin|L]], [[Gorey|L]] and the best crab sandwich on the island at [[St Brelade's Bay|L]].
[[June|P]] and [[May|P]] (our twin nieces) loved every minute.
#jersey #channelislands"""),

    ("caption", """Retirement do for Mr [[Adebayo|P]] 🎓 32 years teaching maths at our school and not a single lesson started late.
Enjoy [[Lagos|L]], sir – and come back to visit!
#retirement #thankyouteacher"""),

    ("caption", """[[Dawn|O]] patrol at [[Croyde|L]] 🏄 Flat as a pancake.
[[Dawn|P]] still caught three waves somehow.
#surf #devon"""),

    ("caption", """[[Mother's Day|O]] pre-orders are open 💐 Tulips, ranunculus, a few stems of [[jasmine|O]] and a handwritten card.
Local delivery across [[Clifton|L]], [[Redland|L]] and [[Cotham|L]].
Orders to [[@wildandrose.bristol|M]] by Thursday.
#mothersday #bristolflorist"""),

    ("caption", """THANK YOU [[SARAH JANE O'CONNOR|P]] for 25 years of running this club 💙
From the minis to the masters, you've coached them all.
#clubstalwart #swimming"""),

    ("caption", """Fall weekend in [[Boston|L]] 🍂 Walked the [[Freedom Trail|L]], ate too many cannoli in the [[North End|L]] and got lost in [[Beacon Hill|L]].
[[Paul Revere|P]] would be proud. Or tired.
#boston #fallvibes"""),

    ("caption", """Saturday market in [[Galway|L]] 🌧️ Oysters, crêpes and a busker playing "[[Galway Girl|O]]" for the fifth time.
[[Saoirse|P]] bought a claddagh ring. [[Oisín|P]] bought a hat he will never wear.
#galway #ireland"""),

    ("caption", """Abuela [[Marisol's|P]] flan 🍮 Sold out by 10am, as usual.
Thank you [[Austin|L]] for showing up ❤️
📍 [[East Cesar Chavez|L]]
#austinbakery #panaderia"""),

    ("caption", """Gallery opening on [[Hope Street|L]] 🎨 New work by [[Adaeze Nwosu|P]] and [[Liam McGrath|P]].
Wine, crisps and very good chat. Thanks to everyone who came out in the rain.
#liverpool #artopening"""),

    ("caption", """Pumpkin patch in the [[Hudson Valley|L]] 🎃 [[Autumn|P]] picked the biggest one, of course.
Cider donuts: 10/10. Hayride: 7/10 (too bumpy for Grandpa).
#hudsonvalley #fallfamily"""),

    ("caption", """First time at the [[Royal Albert Hall|L]] 🎻 for the Proms.
[[Ruby|P]] (9) conducted the whole second half from her seat. Nobody told her to stop.
#bbcproms #london"""),

    ("caption", """Wild swim in [[Loch Lomond|L]] 🏊‍♀️ 11 degrees and [[Kirsty|P]] still called it "refreshing".
Warmed up with soup in [[Luss|L]] afterwards.
#wildswimming #scotland"""),

    ("caption", """[[Giant's Causeway|L]] at 7am 🌊 No crowds, just us and a lot of hexagons.
Legend says [[Finn McCool|O]] built it. [[Finn|P]] (our son) says he could too.
#northernireland #causewaycoast"""),

    ("caption", """Barbie-themed 7th birthday 💖 Everything pink, a [[Ken|O]] doll on the cake and [[Sunny|P]] in a cowboy hat.
Thanks to [[@partiesby.lizzie|M]] for the balloon arch!
#barbieparty #7thbirthday"""),

    ("caption", """Rainy day in [[Seattle|L]] ☔ [[Pike Place Market|L]] at opening, then coffee on [[Capitol Hill|L]] and a ferry to [[Bainbridge Island|L]].
[[Jade|P]] bought peonies for her mom at the market.
#seattle #pnw"""),

    ("caption", """Trad session at [[Matt Molloy's|O]] in [[Westport|L]] 🎻 (yes, that [[Matt Molloy|P]] – the flute player from [[The Chieftains|O]]).
[[Pádraig|P]] joined in on the bodhrán after two pints.
#westport #mayo #tradmusic"""),

    ("caption", """Christmas card shoot at [[Rockefeller Center|L]] 🎄 The [[Adeyemis|P]] in matching sweaters and Baby [[Zion|P]] in a tiny [[Santa|O]] hat.
#nycchristmas #familyphotos"""),

    ("caption", """Record Store Day haul 📀 [[Aretha Franklin|P]], [[Stevie Wonder|P]] and a Motown compilation for Dad.
Thanks to the crew at [[@grooveyard.detroit|M]]!
#recordstoreday #detroit"""),

    ("caption", """Sunrise swim at [[Mullaghmore|L]] ☀️ then a visit to the grave of [[W.B. Yeats|P]] in [[Drumcliff|L]], with [[Benbulben|L]] in the background.
#sligo #wildatlanticway"""),

    ("caption", """[[Harper|P]] lost her first tooth 🦷 The tooth fairy apparently pays $5 now?? Inflation is real.
Called Grandma in [[Tulsa|L]] straight away.
#firsttooth #momlife"""),

    ("caption", """Regency-themed bridal shower 👒 A cardboard [[Mr. Darcy|O]], [[Jane Austen|P]] quotes on every table and [[Cressida|P]] in an empire-waist dress.
Held in [[Chawton|L]], of course.
#bridalshower #prideandprejudice"""),

    ("caption", """Visited the [[Mo Salah|P]] mural near [[Anfield|L]] ⚽ [[Yusuf|P]] (8) stood next to it for 20 minutes doing the celebration.
#lfc #liverpool"""),

    ("caption", """Honey-coloured villages and far too many scones 🍯 [[Bibury|L]], [[Bourton-on-the-Water|L]], [[Stow-on-the-Wold|L]].
[[Faith|P]] and [[Joy|P]] (my aunties) did the whole loop in heels.
#cotswolds #englishcountryside"""),

    ("caption", """[[Winter|O]] wedding at [[Ashford Castle|L]] ❄️ [[Saoirse|P]] wore her grandmother's veil and [[Eoin|P]] wore a kilt (long story).
#winterwedding #ashfordcastle"""),

    ("caption", """[[Santa Fe|L]] to [[Taos|L]] on the scenic route 🌵 Adobe churches, chile ristras and a sky that doesn't quit.
[[Ximena|P]] drove, [[Luis|P]] navigated and Abuelo [[Tomás|P]] napped.
#newmexico #roadtrip"""),

    ("caption", """Conference week in [[Charlotte|L]] 💼 Found the best biscuits in [[NoDa|L]] and a rooftop bar in [[Uptown|L]].
Shoutout to [[Charlotte|P]] from the front desk who recommended both.
#charlotte #businesstravel"""),

    ("caption", """Book launch at [[Daunt Books|O]] in [[Marylebone|L]] 📚 Congratulations [[Imogen Hale-Whitaker|P]] on "[[The Summer We Lost|O]]"!
#booklaunch #london"""),

    ("caption", """Honeymoon stop #2: [[Lake Louise|L]] 🏔️ The water really is that colour. [[Louise|P]] (the bride!) insisted on a photo with the sign.
#honeymoon #banff"""),

    ("caption", """Christmas in [[St Ives|L]] 🎄 [[Holly|O]] on the door, mince pies in the oven and [[Holly|P]] refusing to take off her new wellies.
#cornwall #christmas"""),

    # --- comments and bios ---
    ("comment", """[[Bex|P]] you absolute legend 😂 Where's the pancake place? Need to go next time I'm in [[London|L]]"""),

    ("comment", """Stunning!! Was this from the layby near [[Buachaille Etive Mòr|L]]? 🏔️"""),

    ("comment", """Congrats [[Summer|P]] and [[Will|P]]!!🥂 Can't wait to see the rest"""),

    ("comment", """Wedding & elopement photographer 📷
Based in [[Inverness|L]] · travelling the [[Highlands|L]] & beyond
Booking 2025/26 ✨ [[@heather.mackay.photo|M]]"""),

    ("comment", """Omg [[Ellie's|P]] lemon drizzle is the BEST 😍 Save me a slice tomorrow? x"""),

    ("comment", """Happy 90th to your Nan 💚 [[Róisín|P]] looks so like [[Aoife|P]] in that photo!"""),

    ("comment", """Well done girls!! 🏑 Coach [[Miller|P]] deserves a medal too 😂 – [[Jess T.|P]], U12 parent"""),

    ("comment", """Aww [[Winston's|O]] face 😂 Give [[Brooklyn|P]] a squeeze from Auntie [[Jas|P]]"""),

    ("comment", """Was this at [[Forsyth Park|L]]? We got married there in 2019! 🌳"""),

    ("comment", """[[Dakota|P]] looks amazing!! Booking in with you next month [[@shearjoy.salon|M]] 🙌"""),

    ("comment", """Mrs [[Patel|P]] you're a saint 🙏 [[Aarav|P]] hasn't stopped talking about the Romans"""),

    ("comment", """Was that the cider mill in [[Waterbury|L]]? 🍩 We go every October!"""),

    ("comment", """Thanksgiving at yours looks way more fun than at ours 😂 Tell Uncle [[Dev|P]] I need that mac and cheese recipe"""),

    ("comment", """I'm not crying, you're crying 😭 [[DOLLY PARTON|P]] IS A NATIONAL TREASURE"""),

    ("comment", """love this so much [[katie|P]] 🥹 [[magaluf|L]] 2009 will never be forgotten"""),

    ("comment", """Those views from [[Pen y Fan|L]]! Did the cake really make it up in one piece, [[Rhys|P]]? 🎂"""),

    ("comment", """Mum of 3 | Coffee first | [[Cork|L]] girl living in [[Leeds|L]] 🏡
Small batch candles: [[@wickandwillow.co|M]]"""),

    ("comment", """Your [[Grace|P]] is such a pro! Safety pin queen 👑"""),

    ("comment", """Is that [[Paddington|O]] from the films? My two would go mad for that 🐻"""),

    ("comment", """Ha! My [[Florence|P]] would choose [[Florence|L]] too 😂 Happy birthday to yours!"""),

    ("comment", """The [[Tetons|L]] are on our list for next [[summer|O]]!! Did you fly into [[Jackson|L]] or drive up from [[Salt Lake|L]]?"""),

    ("comment", """[[Hannah Brooks|P]] · florist 🌷
Seasonal flowers from our field in [[Suffolk|L]]
Workshops every Saturday in [[Framlingham|L]] – book via [[@brooksandbloom|M]]"""),

    ("comment", """Ahh [[Kerry|P]] is the best! Did she give you the scones too? 😍"""),

    ("comment", """So proud of you [[Mhairi|P]] ❤️ Mum says hi from [[Aberdeen|L]]!"""),

    ("comment", """This is making me so homesick for [[Connemara|L]] 🥹 Say hi to [[Oisín|P]] for me!"""),
]

# ---------------------------------------------------------------------------
# Mixed German/English (40: 30 captions, 10 comments and bios)
# ---------------------------------------------------------------------------

MX = [
    ("caption", """Throwback to our Roadtrip durch [[Schottland|L]] 🏴󠁧󠁢󠁳󠁣󠁴󠁿 [[Isle of Skye|L]], [[Fairy Pools|L]] und the [[Old Man of Storr|L]] im Nebel.
Best time ever mit [[Jo|P]] und [[Hanni|P]]!
#throwback #scotland"""),

    ("caption", """Behind the scenes 🎬 Getting Ready von [[Laura|P]] im [[Hotel Vier Jahreszeiten|L]] – Champagner, Nervosität und ganz viel Liebe.
Hair & Make-up: [[@glow.by.giulia|M]]
[[#lauraswedding2024|P]] #bridalprep"""),

    ("caption", """Sourdough Saturday 🍞 Fresh loaves, Zimtschnecken und Franzbrötchen – come early, they go fast!
Find us at the [[Markthalle Neun|L]] in [[Kreuzberg|L]].
[[Siobhan|P]] & [[Jonas|P]] 🤍
#berlinbakery #sourdough"""),

    ("caption", """Sunset over [[Hallstatt|L]] 🌅 Ja, es war voll. Yes, it was worth it.
Next stop: [[Gosau|L]] und der [[Vordere Gosausee|L]] mit [[Benni|P]].
#austria #hallstatt"""),

    ("caption", """Happy birthday to our little [[Maxl|P]] 🎂 Drei Jahre Chaos, Kuscheln und Kakao!
Party theme: [[Paw Patrol|O]], of course. [[Chase|O]] and [[Marshall|O]] were very much present.
[[#maxlwirddrei|P]] #kindergeburtstag"""),

    ("caption", """First [[Wiesn|O]] for [[Connor|P]] from [[Boston|L]] 🍻 Dirndl für mich, Lederhosen für ihn, Brezn für beide.
Verdict: "Better than [[Fenway|L]]." Wow.
#oktoberfest #wiesn"""),

    ("caption", """Fresh cut für [[Jamie|P]] ✂️ Fade, Textur oben und ein bisschen Glow-up für den Abiball.
Shop: [[@barber.bros.kiel|M]] · [[Holtenauer Straße|L]]
#barber #kiel"""),

    ("caption", """Babyshower for [[Amelie|P]]💗 Love, Pastell und viel zu viel Kuchen.
Thanks [[Tina|P]] [[Vicky|P]] [[Sam|P]] und [[Pia|P]] – you made her cry (in a good way)!
#babyshower #itsagirl"""),

    ("caption", """[[Dublin|L]] Diaries 🍀 Day 2: Spaziergang durch [[St Stephen's Green|L]], Kaffee in [[Portobello|L]] und abends Trad Music im [[Brazen Head|O]], dem ältesten Pub der Stadt.
[[Lukas|P]] hat endlich verstanden, was „craic“ heißt.
#dublin #ireland"""),

    ("caption", """Weekend vibes in [[Zermatt|L]] 🏔️ [[Matterhorn|L]] ohne Wolken – happens like once a year!
[[Gian|P]] und [[Ladina|P]], thanks for having us 🙏
#zermatt #switzerland"""),

    ("caption", """Just married! 💍 [[Kathrin|P]] & [[Ryan McAllister|P]] – Standesamt in [[Lübeck|L]], Party am [[Timmendorfer Strand|L]].
[[Ryan's|P]] Familie ist extra aus [[Glasgow|L]] angereist – with kilts, of course.
[[#kathrinandryan|P]] #hochzeit"""),

    ("caption", """Mom life in [[München|L]] 🥨 Morning: Kita drop-off. Afternoon: Spielplatz im [[Luitpoldpark|L]]. Evening: Feierabend? What's that.
[[Emma|P]] und [[Noah|P]] – my two little tornados.
#momlife #munich"""),

    ("caption", """[[Nikolaus|O]] is coming 🎅 Lebkuchen, Spekulatius and mince pies for our British friends!
Vorbestellung bis 3. Dezember, pick-up at the shop in [[Eimsbüttel|L]].
Love, [[Jess|P]] & [[Hendrik|P]]
#christmasbaking #hamburg"""),

    ("caption", """Back from the [[Chelsea Flower Show|O]] 🌸 So viele Ideen für unsere Brautsträuße!
Danach noch ein Spaziergang durch [[Chelsea|L]] und Tee bei [[Chelsea|P]], meiner alten Mitbewohnerin aus [[Bristol|L]].
#chelseaflowershow #floristin"""),

    ("caption", """Erster Halbmarathon: [[Berlin Half Marathon|O]] 🏃‍♀️ Finish in 1:58!
Thanks to Coach [[Dana|P]] und [[@runclub.tempelhof|M]] for the motivation.
#berlinhalbmarathon #running"""),

    ("caption", """Meet [[Otto|O]] 🐾 Our new studio dog – ein Dackel mit Attitude.
He already has more followers than [[Kerstin|P]]. (Sorry, [[Kerstin|P]]!)
#dackel #studiodog"""),

    ("caption", """[[Vienna|L]] vibes ☕ Frühstück im [[Café Central|O]], Spaziergang zum [[Belvedere|L]] und Sunset am [[Kahlenberg|L]].
Highlight: „[[Der Kuss|O]]“ von [[Klimt|P]] – finally in real life!
#vienna #wien"""),

    ("caption", """Bridal bouquet for [[Rosa|P]] 🌹 [[Rosa|O]] Pfingstrosen, weiße Ranunkeln und ein bisschen [[Olive|O]].
Venue: [[Gut Sonnenhausen|L]] – simply stunning.
#bridalbouquet #hochzeitsfloristik"""),

    ("caption", """Bilingual Kita life 🧸 Today we learned about [[St. Patrick's Day|O]] – grüne Hüte, Kleeblätter und ein Leprechaun namens [[Paddy|O]].
Thanks to Miss [[Siobhán|P]] from [[Cork|L]] for the stories!
#bilingualkita #kita"""),

    ("caption", """HAPPY BIRTHDAY OMA [[TRUDI|P]]🎉 85 and still the best dancer in [[Bad Tölz|L]]!
Love you, deine [[Lisa|P]] und [[Ben|P]]
#85 #omaliebe"""),

    ("caption", """Roadtrip [[California|L]] 🌊 [[Big Sur|L]], [[Monterey|L]], [[Carmel-by-the-Sea|L]] – so viele Stops, zu wenig Zeit.
[[Clint Eastwood|P]] war mal Bürgermeister von [[Carmel|L]], hat uns [[Hank|P]] im Diner erzählt 😄
#california #highway1"""),

    ("caption", """Shopping day in [[Metzingen|L]] 🛍️ Outlet, Outlet, Outlet. [[Hugo Boss|O]] for him, [[Ralph Lauren|O]] for me und ein Eis für alle.
[[Sven|P]] sagt, nächstes Mal nur noch online.
#outletcity #shopping"""),

    ("caption", """Friends, die man beim Auslandssemester in [[Cork|L]] kennenlernt ☘️ [[Lenchen|P]], [[Aoife|P]], [[Mo|P]] und [[Bex|P]] – reunion after 10 years in [[Köln|L]]!
#reunion #friendship"""),

    ("caption", """Hello [[Mai|O]] 🌸 Bei uns gibt's jetzt Maibowle, Erdbeertörtchen und Pfingstrosen im Bund.
[[Mai|P]] from our team made the new window display – isn't it gorgeous?
#maiblumen #floristshop"""),

    ("caption", """Elopement im [[Karwendel|L]] ⛰️ [[Hannah|P]] & [[Elias|P]] from [[Portland|L]] – nur die zwei, eine Fotografin und eine Kuh.
#elopement #alps"""),

    ("caption", """Saturday im [[Glockenbachviertel|L]] ✨ Flat White, Flohmarkt und ein neuer Sneaker-Laden in der [[Müllerstraße|L]].
[[Jo|P]] wollte eigentlich nur gucken. [[Jo|P]] hat drei Paar gekauft.
#munich #weekendvibes"""),

    ("caption", """Schüleraustausch 🇬🇧🇩🇪 Our pupils from [[Oxford|L]] spent a week with families in [[Freiburg|L]].
Highlights: [[Schwarzwälder Kirschtorte|O]], the [[Schauinsland|L]] cable car und Herr [[Fuchs'|P]] legendäre Geschichtsstunde.
#schueleraustausch #exchange"""),

    ("caption", """[[Eras Tour|O]] in [[Gelsenkirchen|L]] 💜 [[Taylor Swift|P]], du hast mein Herz.
[[Leni|P]] made friendship bracelets für die halbe Arena.
#erastour #swiftie"""),

    ("caption", """Ski week in [[St. Anton|L]] ⛷️ Powder, Kaiserschmarrn and way too much Après.
[[Ollie|P]] fell on the first day, und [[Xaver|P]], our instructor, never let him forget it.
#stanton #arlberg"""),

    ("caption", """[[Heather|O]] season 💜 Die [[Heide|O]] blüht, and so does our shop!
[[Heather|P]] (yes, that's really her name) hat die neuen Kränze gebunden.
📍 [[Celle|L]]
#heidekraut #florist"""),

    # --- comments and bios ---
    ("comment", """Sooo schön!! 😍 [[Isle of Skye|L]] is on my bucket list, gleich nach [[Neuschwanstein|L]]"""),

    ("comment", """Congrats [[Kathrin|P]] und [[Ryan|P]]!! 🥂 Die Kilts waren the highlight"""),

    ("comment", """[[Connor|P]] in Lederhosen 😂😂 I need more pics bitte"""),

    ("comment", """Wedding photographer 📸 [[München|L]] · [[Zürich|L]] · [[Wien|L]]
English & Deutsch · Elopements in the [[Alps|L]]
[[@alpine.vows|M]]"""),

    ("comment", """Omg [[Otto|O]] 😍 Kann er zu uns ins Büro kommen? We have snacks"""),

    ("comment", """[[Jess|P]] your mince pies are the best in [[Hamburg|L]], keine Diskussion 🥧"""),

    ("comment", """Thank you so much [[Mai|P]]!! Das Schaufenster ist wunderschön 💐"""),

    ("comment", """Wir waren letzte Woche auch in [[Hallstatt|L]] – so crowded, aber magical ✨"""),

    ("comment", """Irish girl in [[Leipzig|L]] 🍀 | Bakes & Brot | [[Connewitz|L]] | DM for orders [[@siobhan.backt|M]]"""),

    ("comment", """[[TAYLOR|P]] WAR SO GUT 😭 [[Leni|P]], thanks for the bracelet!!"""),
]

# ---------------------------------------------------------------------------
# Reviewed decisions used by the checks
# ---------------------------------------------------------------------------

# Unannotated hashtags that contain a PERSON name of their record but name a
# place or a topic (reviewed one by one).
TOPIC_HASHTAGS = {
    "#charlotte",          # the city (Charlotte, NC)
    "#lincolnshire",       # the county
    "#chelseaflowershow",  # the event
    "#maiblumen",          # May flowers
}

EXPECTED = {
    ("de", "caption"): 75, ("de", "comment"): 25,
    ("en", "caption"): 75, ("en", "comment"): 25,
    ("mixed", "caption"): 30, ("mixed", "comment"): 10,
}

LABELS = {"P": "PERSON", "L": "LOCATION", "M": "MENTION", "O": "O"}

# Title, role and kinship words that must stay outside a PERSON span.
TITLES = {
    "frau", "herr", "herrn", "fr", "hr", "dr", "prof", "mr", "mrs", "ms",
    "miss", "mx", "sir", "dame", "lady", "lord", "oma", "opa", "omi", "opi",
    "tante", "onkel", "mama", "papa", "mum", "mom", "dad", "nan", "nana",
    "grandma", "grandpa", "granny", "gran", "auntie", "aunt", "uncle",
    "coach", "trainer", "trainerin", "baby", "familie", "family", "pfarrer",
    "pastor", "father", "sister", "schwester", "bruder", "cousin", "cousine",
    "gotti", "götti", "gotte", "jugendwart", "abuela", "abuelo", "kaiserin",
    "king", "queen", "prince", "princess", "prinz", "prinzessin", "captain",
    "teacher", "lehrerin", "lehrer", "trauzeugin", "trauzeuge", "braut",
    "bride", "groom", "kater", "hündin", "hund",
}

# Articles and prepositions that must stay outside a LOCATION span.
ARTICLES = {
    "der", "die", "das", "dem", "den", "des", "im", "am", "ins", "ans", "in",
    "an", "auf", "aus", "bei", "von", "vom", "zum", "zur", "nach", "über",
    "the", "a", "at", "on", "of", "to", "from", "by", "near", "via",
}
LOC_ARTICLE_OK = set()  # none needed in this set

MARK_RE = re.compile(r"\[\[([^\[\]|]+)\|([PLMO])\]\]")
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]+")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")
APOS = "'’"


def is_word_char(c):
    return c.isalnum() or c in "_-#@"


def parse(marked):
    """Strip the marks; return (text, [(start, end, label, surface)])."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, lab = m.group(1), LABELS[m.group(2)]
        spans.append((length, length + len(surface), lab, surface))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def fold(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s2 = s.replace(a, b)
        if s2 != s:
            yield s2
    yield "".join(c for c in unicodedata.normalize("NFKD", s)
                  if not unicodedata.combining(c))
    yield s


def name_keys(surface):
    s = surface
    for suf in ("'s", "’s", "'", "’"):
        if s.endswith(suf):
            s = s[: -len(suf)]
            break
    s = re.sub(r"[\s.\-'’]", "", s)
    return {k for k in fold(s) if len(k) >= 3}


def whole_word_occurrences(text, needle):
    low, n = text.lower(), needle.lower()
    i = low.find(n)
    while i != -1:
        j = i + len(n)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not is_word_char(before) and not is_word_char(after):
            yield i, j
        i = low.find(n, i + 1)


def check_record(rid, lang, kind, marked, text, spans):
    errs = []

    def err(msg):
        errs.append(f"{rid}: {msg}")

    if "[[" in text or "]]" in text or re.search(r"\|[PLMO]\]", text):
        err("unparsed mark")
    if unicodedata.normalize("NFC", text) != text:
        err("text is not NFC")
    if text != text.strip():
        err("leading/trailing whitespace")
    lines = text.split("\n")
    if not 1 <= len(lines) <= 6:
        err(f"{len(lines)} lines")
    if lang not in ("de", "en", "mixed") or kind not in ("caption", "comment"):
        err("bad lang/kind")

    spans = sorted(spans)
    for k in range(1, len(spans)):
        if spans[k][0] < spans[k - 1][1]:
            err(f"overlap {spans[k - 1]} {spans[k]}")

    for s, e, lab, surf in spans:
        if text[s:e] != surf:
            err(f"span text {text[s:e]!r} != {surf!r}")
        if surf != surf.strip():
            err(f"whitespace at span edge {surf!r}")
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        if is_word_char(before) or is_word_char(after):
            err(f"span {surf!r} not at a word boundary")
        # start / end characters
        first, last = surf[0], surf[-1]
        if not (first.isalnum() or (first == "#" and lab in ("PERSON", "O"))
                or (first == "@" and lab == "MENTION")):
            err(f"span {surf!r} starts with {first!r}")
        ok_end = last.isalnum()
        if lab in ("PERSON", "O") and last in APOS and len(surf) > 1 \
                and surf[-2] in "sxzSXZ":
            ok_end = True
        if lab == "PERSON" and last == "." and re.search(r"(^|[^A-Za-zÀ-ÿ])[A-ZÀ-Þ]\.$", surf):
            ok_end = True
        if not ok_end:
            err(f"span {surf!r} ends with {last!r}")
        # possessive left outside a PERSON span
        if lab == "PERSON" and after in APOS:
            nxt = text[e + 1] if e + 1 < len(text) else " "
            nxt2 = text[e + 2] if e + 2 < len(text) else " "
            if nxt in "sS" and not is_word_char(nxt2):
                err(f"possessive outside PERSON span {surf!r}")
            if surf[-1] in "sxzSXZ" and not nxt.isalnum():
                err(f"genitive apostrophe outside PERSON span {surf!r}")
        # the full stop of a final initial belongs to the span
        if lab == "PERSON" and after == "." and re.search(r"(^|\s)[A-ZÀ-Þ]$", surf):
            err(f"full stop of initial outside PERSON span {surf!r}")
        first_tok = re.split(r"[\s]", surf)[0].rstrip(".").lower()
        if lab == "PERSON" and not surf.startswith("#") and first_tok in TITLES:
            err(f"PERSON span starts with a title/kinship word {surf!r}")
        if lab == "LOCATION":
            if first_tok in ARTICLES and surf not in LOC_ARTICLE_OK:
                err(f"LOCATION span starts with article/preposition {surf!r}")
            if surf.startswith("#") or surf.startswith("@"):
                err(f"LOCATION span is a hashtag/handle {surf!r}")

    # handles
    handles = set()
    for m in HANDLE_RE.finditer(text):
        h = m.group(0).rstrip(".")
        handles.add((m.start(), m.start() + len(h)))
    mentions = {(s, e) for s, e, lab, _ in spans if lab == "MENTION"}
    for s, e in handles - mentions:
        err(f"handle {text[s:e]!r} is not a MENTION span")
    for s, e in mentions - handles:
        err(f"MENTION span {text[s:e]!r} is not a whole handle")

    # hashtags: annotated whole (PERSON or O) or not at all
    person_keys = set()
    for s, e, lab, surf in spans:
        if lab == "PERSON" and not surf.startswith("#"):
            person_keys |= name_keys(surf)
    for m in HASHTAG_RE.finditer(text):
        hs, he = m.start(), m.end()
        tag = m.group(0)
        covering = [sp for sp in spans if sp[0] < he and hs < sp[1]]
        if covering:
            if len(covering) != 1 or covering[0][:2] != (hs, he) \
                    or covering[0][2] not in ("PERSON", "O"):
                err(f"hashtag {tag!r} not annotated whole as PERSON")
        else:
            keys = set(fold(tag[1:]))
            if any(pk in k for pk in person_keys for k in keys) \
                    and tag.lower() not in TOPIC_HASHTAGS:
                err(f"unannotated hashtag {tag!r} contains a PERSON name of the record")

    # every whole-word occurrence of an annotated PERSON/LOCATION surface
    # must be covered by some span (entity or O)
    for s, e, lab, surf in spans:
        if lab not in ("PERSON", "LOCATION") or surf.startswith("#"):
            continue
        for i, j in whole_word_occurrences(text, surf):
            if not any(a <= i and j <= b for a, b, _, _ in spans):
                err(f"uncovered occurrence of {surf!r} at {i}")
    return errs


def build():
    records, errors, seen = [], [], {}
    groups = (("de", "de", DE), ("en", "en", EN), ("mx", "mixed", MX))
    for prefix, lang, items in groups:
        for n, (kind, marked) in enumerate(items, 1):
            rid = f"{prefix}-c3-{n:03d}"
            text, spans = parse(marked)
            errors += check_record(rid, lang, kind, marked, text, spans)
            if text in seen:
                errors.append(f"{rid}: duplicate text of {seen[text]}")
            seen[text] = rid
            records.append({"id": rid, "kind": kind, "lang": lang,
                            "text": text, "spans": sorted(spans)})
    used = set()
    for r in records:
        for m in HASHTAG_RE.finditer(r["text"]):
            used.add(m.group(0).lower())
    for h in sorted(TOPIC_HASHTAGS - used):
        errors.append(f"reviewed topic hashtag {h} does not occur")
    counts = {}
    for r in records:
        counts[(r["lang"], r["kind"])] = counts.get((r["lang"], r["kind"]), 0) + 1
    if counts != EXPECTED:
        errors.append(f"counts {counts} != {EXPECTED}")
    return records, errors


def main(argv):
    records, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); gold.jsonl not written", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            ents = [[s, e, lab] for s, e, lab, _ in r["spans"] if lab != "O"]
            obj = {"id": r["id"], "kind": r["kind"], "lang": r["lang"],
                   "text": r["text"], "entities": ents}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # counts
    table = {}
    for r in records:
        key = (r["lang"], r["kind"])
        row = table.setdefault(key, {"records": 0, "PERSON": 0, "LOCATION": 0,
                                     "MENTION": 0, "O": 0})
        row["records"] += 1
        for _, _, lab, _ in r["spans"]:
            row[lab] += 1
    print(f"{'lang':6} {'kind':8} {'rec':>4} {'PER':>4} {'LOC':>4} {'MEN':>4} {'O':>4}")
    tot = {"records": 0, "PERSON": 0, "LOCATION": 0, "MENTION": 0, "O": 0}
    for key in sorted(table, key=lambda k: (["de", "en", "mixed"].index(k[0]), k[1])):
        row = table[key]
        for k in tot:
            tot[k] += row[k]
        print(f"{key[0]:6} {key[1]:8} {row['records']:4} {row['PERSON']:4} "
              f"{row['LOCATION']:4} {row['MENTION']:4} {row['O']:4}")
    print(f"{'all':15} {tot['records']:4} {tot['PERSON']:4} {tot['LOCATION']:4} "
          f"{tot['MENTION']:4} {tot['O']:4}")

    per = [(r, sp) for r in records for sp in r["spans"] if sp[2] == "PERSON"]
    stats = {
        "PERSON hashtags": sum(1 for _, sp in per if sp[3].startswith("#")),
        "PERSON lowercase": sum(1 for _, sp in per if sp[3].islower() and not sp[3].startswith("#")),
        "PERSON all caps": sum(1 for _, sp in per if sp[3].isupper()),
        "PERSON with initial": sum(1 for _, sp in per if re.search(r"\b[A-Z]\.", sp[3])),
        "PERSON possessive ('s / s' / x' / z')": sum(
            1 for _, sp in per if re.search(r"(['’]s|[sxz]['’])$", sp[3])),
        "PERSON multi-token": sum(1 for _, sp in per if " " in sp[3]),
        "records with >=3 PERSON": sum(
            1 for r in records if sum(sp[2] == "PERSON" for sp in r["spans"]) >= 3),
        "records with no entity": sum(
            1 for r in records if not any(sp[2] != "O" for sp in r["spans"])),
        "records with a MENTION": sum(
            1 for r in records if any(sp[2] == "MENTION" for sp in r["spans"])),
    }
    for k, v in stats.items():
        print(f"{k}: {v}")
    print(f"wrote {OUT.name}: {len(records)} records")

    if "-v" in argv:
        for r in records:
            print()
            print(f"== {r['id']} {r['kind']} {r['lang']}")
            for line in r["text"].split("\n"):
                print("   | " + line)
            for s, e, lab, surf in r["spans"]:
                print(f"   {s:4d} {e:4d} {lab:8} {surf}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
