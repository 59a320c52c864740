#!/usr/bin/env python3
"""Dutch, French, Spanish, Italian and Polish captions with their entities.

The records below are written in readable form: the text, the entity surface
strings with their labels, which occurrence where a string occurs more than
once, and the opt-out person a mention of a listed person refers to.  This
script computes the offsets, checks every span and writes `languages.jsonl`
and `optout.csv` next to itself.  Plain Python 3, no dependencies,
deterministic:

    python3 data/eval/languages/build_languages.py        # build and check
    python3 data/eval/languages/build_languages.py -v     # also list the kinds

An entity is a tuple `(label, surface, *extra)`:
  label    P (PERSON), L (LOCATION) or M (MENTION)
  surface  the exact string as it stands in the text
  extra    an int: which occurrence (1-based) of `surface` at a word boundary,
           required when `surface` occurs more than once;
           "oN": the span refers to opt-out person optout-00N (may be given
           twice for a span that names two listed people, e.g. a couple's
           hashtag).
"""
import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
P, L, M = "PERSON", "LOCATION", "MENTION"
LANGS = ["nl", "fr", "es", "it", "pl"]

# id, name, aliases (';' between several), handles (';' between several)
OPTOUT = [
    # Dutch
    ("optout-001", "Sanne de Vries", "Sannie", "@sannedevries"),
    ("optout-002", "Joost van den Berg", "", "@joostvdberg"),
    ("optout-003", "Roos Janssen", "Roosje", ""),
    ("optout-004", "Thijs Bakker", "Thijsje", "@thijs.bakker.foto"),
    ("optout-005", "Noëlle Visser", "Noë", "@noelle.visser"),
    # French
    ("optout-006", "Chloé Lefèvre", "Clo", "@chloe.lefevre"),
    ("optout-007", "Pierre Dubois", "Pierrot", ""),
    ("optout-008", "Margaux de la Tour", "Margot", "@margaux.delatour"),
    ("optout-009", "François Girard", "Fanfan", "@fgirard_photo"),
    ("optout-010", "Rose Martin", "", "@rosemartin.mariage"),
    # Spanish
    ("optout-011", "Lucía Fernández", "Lu", "@luciafdez"),
    ("optout-012", "Javier Muñoz", "Javi", "@javimunoz"),
    ("optout-013", "Pilar Ortega", "Pili", ""),
    ("optout-014", "Álvaro de la Vega", "", "@alvarodelavega"),
    ("optout-015", "Rocío Navarro", "Chío", "@rocionavarro_"),
    # Italian
    ("optout-016", "Giulia Rossi", "Giuly", "@giuliarossi.ph"),
    ("optout-017", "Niccolò Esposito", "Nico", ""),
    ("optout-018", "Bianca De Luca", "", "@biancadeluca"),
    ("optout-019", "Francesca Ferrari", "Fra;Franci", "@fra.ferrari"),
    ("optout-020", "Matteo Di Stefano", "Teo", "@teodistefano"),
    # Polish
    ("optout-021", "Katarzyna Nowak", "Kasia;Kaśka", "@kasia.nowak"),
    ("optout-022", "Tomasz Wiśniewski", "Tomek", "@tomek_wisniewski"),
    ("optout-023", "Małgorzata Zając", "Gosia;Małgosia", ""),
    ("optout-024", "Łukasz Kamiński", "Łuki", "@lukasz.kaminski.foto"),
    ("optout-025", "Róża Lewandowska", "Różyczka", "@roza.lewandowska"),
]

RECORDS = []


def R(rid, text, ents=(), kind=()):
    RECORDS.append((rid, text, list(ents), list(kind)))


# ---------------------------------------------------------------- Dutch (nl)

R("nl-001", "Nog drie plekjes vrij voor de herfstminishoots van zaterdag! 🍂\nMeer info via de link in bio.\nWelke kleur wordt jouw favoriet: roest of mosgroen? #herfstshoot #fotografie #utrecht",
  [], ["sentence-opening", "everyday-noun"])
R("nl-002", "Geweldig weekend in Zandvoort met @sannedevries ☀️🌊 Sanne, jij bent echt de beste reisbuddy ooit!",
  [(L, "Zandvoort"), (M, "@sannedevries", "o1"), (P, "Sanne", "o1")], ["sentence-opening"])
R("nl-003", "Gefeliciteerd Roos!! 🌹 Eindelijk 30, en nog steeds de gekste van ons clubje. Er staat een roos op tafel en taart in de koelkast, kom maar snel naar huis 😘",
  [(P, "Roos")], ["word-as-name", "name-as-word", "namesake", "sentence-opening"])
R("nl-004", "Tijdschrift Margriet kwam langs voor een reportage over ons atelier in Haarlem 📸 Zondag ligt het nummer in de winkel! Dank aan Joost van den Berg voor de prachtige foto's. #haarlem #atelier",
  [(L, "Haarlem"), (P, "Joost van den Berg", "o2")], ["sentence-opening", "brand-with-name", "particle"])
R("nl-005", "Zondag 12 mei: open dag bij de roeivereniging aan de Amstel 🚣‍♀️ Koffie, koek en proefroeien voor iedereen. Meer weten? Stuur een DM! #amsterdam #roeien",
  [(L, "Amstel")], ["sentence-opening", "everyday-noun"])
R("nl-006", "Sanne, Eva en Tom op de trap van het stadhuis in Den Bosch 💍 Wat een feest was dit! #bruiloft #denbosch",
  [(P, "Sanne"), (P, "Eva"), (P, "Tom"), (L, "Den Bosch")], ["name-list", "namesake"])
R("nl-007", "Bedankt @thijs.bakker.foto voor deze plaatjes van onze trouwdag op Kasteel de Haar 🏰✨ Thijs, je was onzichtbaar en toch overal!",
  [(M, "@thijs.bakker.foto", "o4"), (L, "Kasteel de Haar"), (P, "Thijs", "o4")], ["sentence-opening"])
R("nl-008", "lekker bakkie met roos en thijs op een terras in de Jordaan ☕️ zonnetje erbij, wat wil je nog meer",
  [(P, "roos"), (P, "thijs"), (L, "Jordaan")], ["lowercase-name", "word-as-name", "namesake"])
R("nl-009", "Welke van deze twee wordt de cover? 🤔 Stem in de stories!\nShoot voor Hema en Albert Heijn, visagie door @noelle.visser 💄",
  [(M, "@noelle.visser", "o5")], ["sentence-opening", "brand-with-name", "brand"])
R("nl-010", "Meer dan 40 jaar getrouwd en nog steeds hand in hand 💕 Opa Kees en oma Riet vierden hun robijnen bruiloft in Giethoorn. Proost op nog vele jaren!",
  [(P, "Kees"), (P, "Riet"), (L, "Giethoorn")], ["title", "sentence-opening"])
R("nl-011", "Happy birthday @noelle.visser!! 🥳 Noëlle, jij maakt van elke shoot een feestje. Volgend jaar samen naar Lissabon? ✈️ #teamnoelle",
  [(M, "@noelle.visser", "o5"), (P, "Noëlle", "o5"), (L, "Lissabon"), (P, "#teamnoelle", "o5")], ["hashtag-name", "mixed-language"])
R("nl-012", "Gisteren de trouwringen opgehaald bij de goudsmid in Maastricht 💍 Nog 23 dagen!! De moeder van Jan-Willem is zenuwachtiger dan wij allebei 😂 Jan-Willems oma trouwens ook.",
  [(L, "Maastricht"), (P, "Jan-Willem"), (P, "Jan-Willems")], ["sentence-opening", "genitive"])
R("nl-013", "Jan, de bakker op de hoek, heeft weer de lekkerste krentenbollen van Zwolle 🥯 Elke jan en alleman staat er zaterdag in de rij.",
  [(P, "Jan"), (L, "Zwolle")], ["word-as-name", "name-as-word"])
R("nl-014", "Roos Janssen en haar team hebben zich weer overtroffen 🌸 De bruidsboeketten met roos en ranonkel waren een droom. Dankjewel Roosje!",
  [(P, "Roos Janssen", "o3"), (P, "Roosje", "o3")], ["word-as-name", "name-as-word", "nickname"])
R("nl-015", "Vandaag afscheid genomen van dhr. Bakker, 38 jaar conciërge op onze school in Amersfoort 👏 Wat gaan we u missen!",
  [(P, "Bakker"), (L, "Amersfoort")], ["title", "namesake", "sentence-opening"])
R("nl-016", "Familie de Vries op het strand van Scheveningen 🌅 Sanne, Mark, Lotte en kleine Bram 💛 Dankjewel @sannedevries dat ik jullie mocht fotograferen!",
  [(P, "de Vries", "o1"), (L, "Scheveningen"), (P, "Sanne", "o1"), (P, "Mark"), (P, "Lotte"), (P, "Bram"), (M, "@sannedevries", "o1")],
  ["particle", "name-list", "title", "family-name"])
R("nl-017", "Welkom in de wereld, kleine Fenna 🍼 3420 gram puur geluk, geboren in het Spaarne Gasthuis. Trotse ouders @lisa.hoekstra en @rutger_hoekstra 💕 Foto's: @thijs.bakker.foto",
  [(P, "Fenna"), (L, "Spaarne Gasthuis"), (M, "@lisa.hoekstra"), (M, "@rutger_hoekstra"), (M, "@thijs.bakker.foto", "o4")], [])
R("nl-018", "Tip van de week: parkeer bij P+R Sloterdijk en neem de trein naar Centraal 🚆 Scheelt je een vermogen. Groningen, Leeuwarden en Zwolle volgen volgende maand! #amsterdam #tips",
  [(L, "Sloterdijk"), (L, "Centraal"), (L, "Groningen"), (L, "Leeuwarden"), (L, "Zwolle")], ["sentence-opening", "place-like-name"])
R("nl-019", "Thijsje is vandaag 6 geworden!! 🎂🦖 Dinofeest in de tuin met alle vriendjes. Dank oma Joke voor de taart 😍",
  [(P, "Thijsje"), (P, "Joke")], ["namesake", "nickname", "title"])
R("nl-020", "Zo trots op mijn zus Noelle, vandaag afgestudeerd in Leiden 🎓 @noelle.visser, de wereld ligt aan je voeten!",
  [(P, "Noelle", "o5"), (L, "Leiden"), (M, "@noelle.visser", "o5")], ["no-diacritics", "title"])
R("nl-021", "Eindelijk weer eens naar de Efteling 🎢 De kinderen hebben de hele dag gegild in de Python en de Baron. Volgende keer Walibi!",
  [(L, "Efteling"), (L, "Walibi")], ["sentence-opening", "brand-with-name"])
R("nl-022", "Meer dan 200 aanmeldingen voor de clinic van zaterdag ⚽️ Trainer Joost en zijn staf staan klaar op sportpark De Toekomst. Tot dan!",
  [(P, "Joost"), (L, "De Toekomst")], ["title", "namesake", "sentence-opening"])
R("nl-023", "Boeketje van de week: pioenrozen, eucalyptus en een beetje lavendel 💜 Verkrijgbaar in onze winkel aan de Oudegracht tot zaterdag. Welke neem jij mee naar huis?",
  [(L, "Oudegracht")], ["everyday-noun", "sentence-opening"])
R("nl-024", "Proost op @sannedevries en @joostvdberg 🥂 Gisteren zeiden ze ja in het Vondelpark en wij mochten erbij zijn. Sanne en Joost, voor altijd! #sanneenjoost",
  [(M, "@sannedevries", "o1"), (M, "@joostvdberg", "o2"), (L, "Vondelpark"), (P, "Sanne", "o1"), (P, "Joost", "o2"), (P, "#sanneenjoost", "o1", "o2")],
  ["hashtag-name", "sentence-opening"])
R("nl-025", "bedankt lieve mevr. van Dijk voor 12 jaar pianoles 🎹 zonder u had ik nooit op het podium van het Concertgebouw gestaan",
  [(P, "van Dijk"), (L, "Concertgebouw")], ["title", "particle"])
R("nl-026", "Nieuwe collectie staat online! 🛍️ Jurkjes van Zara? Nee hoor, allemaal zelf genaaid in ons atelier in Rotterdam-Noord. Prijzen vanaf €39.",
  [(L, "Rotterdam-Noord")], ["brand-with-name", "sentence-opening"])
R("nl-027", "Noë en ik op de Veluwe 🌲🍄 Beste boswandeling ooit, zelfs in de regen. Thee uit de thermos, koude handen, warme harten.\n📷 door mij, model @noelle.visser",
  [(P, "Noë", "o5"), (L, "Veluwe"), (M, "@noelle.visser", "o5")], ["nickname"])
R("nl-028", "Thijs Bakker fotografeerde vorige week de finale in Ahoy 📸 Zijn foto's van de Nederlandse ploeg gingen de hele wereld over. Thijs' favoriet? Deze.",
  [(P, "Thijs Bakker", "o4"), (L, "Ahoy"), (P, "Thijs'", "o4")], ["genitive"])
R("nl-029", "Sinterklaas is weer in het land! 🎁 Vanmiddag kwam hij aan in de haven van Harlingen. Pieten genoeg, pepernoten nog meer.",
  [(L, "Harlingen")], ["brand-with-name", "sentence-opening"])
R("nl-030", "Anna😍 en haar zusje Mila🥰 op het paardenkamp in Drenthe. Mama heeft meer gehuild dan zij 🙈",
  [(P, "Anna"), (P, "Mila"), (L, "Drenthe")], ["emoji-glued", "title"])
R("nl-031", "Knap werk van Roos Janssen! 🏆 Eerste prijs bij de bloemschikwedstrijd in Aalsmeer. Roosje, wij zijn zo trots 🧡 #teamroos",
  [(P, "Roos Janssen", "o3"), (L, "Aalsmeer"), (P, "Roosje", "o3"), (P, "#teamroos", "o3")], ["hashtag-name", "nickname"])
R("nl-032", "Nog één nachtje slapen en dan gaan we naar Texel 🐑🌊 Koffers staan klaar, de hond mag ook mee. Welke strandtent moeten we zeker bezoeken?",
  [(L, "Texel")], ["sentence-opening", "everyday-noun"])
R("nl-033", "Onze Bobby is 12 geworden 🐶🎉 Oud, grijs en nog steeds de baas van de Kralingse Plas.",
  [(L, "Kralingse Plas")], ["pet"])
R("nl-034", "Dank aan dr. Hoekstra en het hele team van het Wilhelmina Kinderziekenhuis 💙 Na zes weken mag onze Daan eindelijk naar huis!",
  [(P, "Hoekstra"), (L, "Wilhelmina Kinderziekenhuis"), (P, "Daan")], ["title"])
R("nl-035", "Sannie!! 💃 Jij hebt gisteren de dansvloer in de Melkweg helemaal gesloopt. Volgende keer neem ik platte schoenen mee. @sannedevries",
  [(P, "Sannie", "o1"), (L, "Melkweg"), (M, "@sannedevries", "o1")], ["nickname"])
R("nl-036", "Welke koffie is jouw favoriet? ☕️ Douwe Egberts, Nespresso of toch gewoon de filterkoffie van oma? Tijdschrift Linda zocht het voor ons uit.",
  [], ["brand-with-name", "sentence-opening"])
R("nl-037", "Zaterdag speelt JO11-2 de finale tegen VV Katwijk 🏆 Aftrap 10:30 op het hoofdveld. Kom allemaal aanmoedigen! #katwijk #voetbal",
  [], ["sentence-opening", "org-with-place"])
R("nl-038", "Max Verstappen won in Zandvoort en heel Oranje ging los 🏎️🧡 Wij stonden op de tribune met @thijs.bakker.foto, die natuurlijk weer de beste foto's schoot. Dankjewel Thijsje!",
  [(P, "Max Verstappen"), (L, "Zandvoort"), (M, "@thijs.bakker.foto", "o4"), (P, "Thijsje", "o4")], ["famous", "nickname"])
R("nl-039", "Gisteren met de klas naar het Rijksmuseum 🖼️ De Nachtwacht van Rembrandt blijft indrukwekkend. Meester Joost (@joostvdberg) had alles geregeld, daarna pannenkoeken in het Vondelpark!",
  [(L, "Rijksmuseum"), (P, "Rembrandt"), (P, "Joost", "o2"), (M, "@joostvdberg", "o2"), (L, "Vondelpark")], ["famous", "title", "sentence-opening"])
R("nl-040", "Meer foto's van de bruiloft van Noëlle & Bas staan nu in de online galerij ✨ Trouwen op een landgoed in Twente: een aanrader!",
  [(P, "Noëlle"), (P, "Bas"), (L, "Twente")], ["namesake", "sentence-opening"])
R("nl-041", "Prachtig licht vanochtend op de Westfriese Omringdijk bij Hoorn 🌅 Geen filter, geen bewerking. Soms is Nederland gewoon mooi.",
  [(L, "Westfriese Omringdijk"), (L, "Hoorn"), (L, "Nederland")], ["sentence-opening", "place-like-name"])
R("nl-042", "Welkom bij het team, Joost van den Berg! 📸 Vanaf maandag fotografeert Joost al onze bruiloften in Brabant. Volg hem op @joostvdberg",
  [(P, "Joost van den Berg", "o2"), (P, "Joost", 2, "o2"), (L, "Brabant"), (M, "@joostvdberg", "o2")], ["particle", "sentence-opening"])
R("nl-043", "Ongelooflijk: 3 generaties Visser op één foto 💛 Overgrootmoeder Truus, oma Ria, mama Noëlle en baby Sem. @noelle.visser wat ben ik blij dat ik dit mocht vastleggen",
  [(P, "Visser", "o5"), (P, "Truus"), (P, "Ria"), (P, "Noëlle", "o5"), (P, "Sem"), (M, "@noelle.visser", "o5")], ["name-list", "title", "family-name"])
R("nl-044", "de jongens van de JO9 hebben een nieuw tenue gekregen van bakkerij Van der Meulen 🥖⚽️ Dank jullie wel!!",
  [], ["brand-with-name", "particle"])
R("nl-045", "Koningsdag in Utrecht 🧡👑 Vrijmarkt, oranje tompouces en Roosje Janssen die de hele middag op de Neude stond te zingen.",
  [(L, "Utrecht"), (P, "Roosje Janssen", "o3"), (L, "Neude")], ["nickname"])
R("nl-046", "Welke vriendin tag jij bij deze quote? 💬 ‘Vrienden zijn de familie die je zelf kiest.’ Ik tag @mirjam.dekker en @lottevdm",
  [(M, "@mirjam.dekker"), (M, "@lottevdm")], ["sentence-opening"])
R("nl-047", "Rustig zondagje aan de Maas in Venlo 🚲 Appeltaart bij de molen, daarna via de Kaldenkerkerweg terug naar huis.",
  [(L, "Maas"), (L, "Venlo"), (L, "Kaldenkerkerweg")], ["place-like-name"])
R("nl-048", "Mijn dochter Roos (7) plukte vandaag haar eerste roos uit eigen tuin 🌹 Ze heeft hem meteen aan juf Ellen gegeven.",
  [(P, "Roos"), (P, "Ellen")], ["word-as-name", "name-as-word", "namesake", "title"])
R("nl-049", "Johan Cruijff Arena vol voor de bekerfinale 🏟️ Wat een sfeer! Ook dank aan Sanne van de kantine voor de bitterballen 😂",
  [(L, "Johan Cruijff Arena"), (P, "Sanne")], ["brand-with-name", "namesake"])
R("nl-050", "THIJS EN FLEUR GAAN TROUWEN!!! 💍💍 Eindelijk heeft hij het gevraagd, op het strand van Domburg bij zonsondergang. Thijs Bakker, je bent een romanticus!",
  [(P, "THIJS", "o4"), (P, "FLEUR"), (L, "Domburg"), (P, "Thijs Bakker", "o4")], ["lowercase-name"])
R("nl-051", "Op vakantie in Gent ontdekt: de beste frietjes van België 🍟 Meer tips voor Vlaanderen? Laat ze achter in de comments!",
  [(L, "Gent"), (L, "België"), (L, "Vlaanderen")], ["sentence-opening"])
R("nl-052", "Sanne de Vries nam vandaag afscheid als voorzitter van hockeyclub Pinoké 👏 Sanne, bedankt voor alles! Op de foto met de nieuwe voorzitter Pieter Groen.",
  [(P, "Sanne de Vries", "o1"), (P, "Sanne", 2, "o1"), (P, "Pieter Groen")], ["particle"])
R("nl-053", "Lekker weekje Ameland gehad met de hele familie 🏝️ Tante Roosje, oom Gerrit en de neefjes: tot volgend jaar!",
  [(L, "Ameland"), (P, "Roosje"), (P, "Gerrit")], ["title", "nickname", "namesake"])
R("nl-054", "De nieuwe kalender voor 2025 is er! 📅 Twaalf maanden vol Friese landschappen, van Hindeloopen tot Dokkum. Bestel hem voor €14,95 via de link in bio.",
  [(L, "Hindeloopen"), (L, "Dokkum")], ["sentence-opening", "everyday-noun"])
R("nl-055", "noelle visser en haar band speelden zaterdag in Paradiso 🎸 wat een stem heeft die vrouw",
  [(P, "noelle visser", "o5"), (L, "Paradiso")], ["lowercase-name", "no-diacritics"])
R("nl-056", "Zullen we Joost z'n verjaardag vieren in Den Haag? 🎉 Ik ken een leuk plekje aan het Plein. @joostvdberg jij mag kiezen!",
  [(P, "Joost", "o2"), (L, "Den Haag"), (L, "Plein"), (M, "@joostvdberg", "o2")], ["place-like-name"])
R("nl-057", "Mevr. de Jong-Bakker gaat na 42 jaar met pensioen 🌷 Generaties kinderen uit Alkmaar leerden bij haar lezen en schrijven. Dank u wel, juf Marijke!",
  [(P, "de Jong-Bakker"), (L, "Alkmaar"), (P, "Marijke")], ["title", "particle", "namesake"])
R("nl-058", "Roos Janssen 🌷 en Lotte Smit 🌼 openden vandaag hun bloemenwinkel in Leiden! Meer kleur in de Breestraat. Welkom, buren!",
  [(P, "Roos Janssen", "o3"), (P, "Lotte Smit"), (L, "Leiden"), (L, "Breestraat")], ["word-as-name"])
R("nl-059", "Geweldig nieuws: onze trouwfotograaf Thijs is genomineerd voor Fotograaf van het Jaar 🏅 Stemmen kan tot 1 juni! Meer info via @thijs.bakker.foto",
  [(P, "Thijs", "o4"), (M, "@thijs.bakker.foto", "o4")], ["sentence-opening"])
R("nl-060", "Oma Jans wordt 90! 🎂 Ze woont al haar hele leven in hetzelfde huisje in Volendam. Oma, je bent een topper! Liefs van al je kleinkinderen, ook van Kim en Jan 💕 (en van jan de kat 🐱)",
  [(P, "Jans"), (L, "Volendam"), (P, "Kim"), (P, "Jan")], ["title", "pet", "word-as-name"])

# --------------------------------------------------------------- French (fr)

R("fr-001", "Encore quelques dates disponibles pour les séances d'automne 🍂\nPlus d'infos en message privé.\nQuelle ambiance vous fait rêver : forêt ou bord de mer ? #photographe #lyon",
  [], ["sentence-opening", "everyday-noun"])
R("fr-002", "Magnifique mariage hier au Château de Chantilly 🏰✨ Merci @chloe.lefevre pour ces fleurs incroyables ! Chloé, tu es une artiste.",
  [(L, "Château de Chantilly"), (M, "@chloe.lefevre", "o6"), (P, "Chloé", "o6")], ["sentence-opening"])
R("fr-003", "Joyeux anniversaire Rose ! 🌹 Pour tes 8 ans, un gâteau à la rose et aux framboises, ton préféré. Mamie Jeanne t'embrasse fort 💕",
  [(P, "Rose"), (P, "Jeanne")], ["word-as-name", "name-as-word", "namesake", "title"])
R("fr-004", "Pierre Dubois a posé la première pierre de la nouvelle salle des fêtes de Villeurbanne 🧱 Bravo Pierrot, trente ans que tu attendais ce moment !",
  [(P, "Pierre Dubois", "o7"), (L, "Villeurbanne"), (P, "Pierrot", "o7")], ["word-as-name", "name-as-word", "nickname"])
R("fr-005", "Dimanche, marché de Noël sur la place Kléber à Strasbourg 🎄 Vin chaud, bredele et bonne humeur. Venez nombreux !",
  [(L, "place Kléber"), (L, "Strasbourg")], ["sentence-opening", "place-like-name", "name-as-word"])
R("fr-006", "Léa, Inès et Manon au bord du lac d'Annecy 💙 Trois copines, un pique-nique et beaucoup de fous rires. #annecy #lacdannecy",
  [(P, "Léa"), (P, "Inès"), (P, "Manon"), (L, "lac d'Annecy")], ["name-list"])
R("fr-007", "Merci à Margaux de la Tour pour ce shooting dans les vignes de Saint-Émilion 🍇 Margot, on recommence quand tu veux ! @margaux.delatour",
  [(P, "Margaux de la Tour", "o8"), (L, "Saint-Émilion"), (P, "Margot", "o8"), (M, "@margaux.delatour", "o8")], ["particle", "nickname", "mixed-language"])
R("fr-008", "Retour en images sur le gala de danse 🩰 Mme Girard et ses élèves ont dansé au Théâtre Graslin à Nantes. Bravo à toutes !",
  [(P, "Girard"), (L, "Théâtre Graslin"), (L, "Nantes")], ["title", "namesake", "place-like-name", "sentence-opening"])
R("fr-009", "françois et moi on a enfin testé la nouvelle boulangerie de la rue Oberkampf 🥐 @fgirard_photo valide à 100 %",
  [(P, "françois", "o9"), (L, "rue Oberkampf"), (M, "@fgirard_photo", "o9")], ["lowercase-name"])
R("fr-010", "Quelle semaine ! 😅 Trois mariages, deux baptêmes et une panne de voiture sur l'A7. Merci Renault pour l'assistance. Vivement les vacances en Bretagne.",
  [(L, "A7"), (L, "Bretagne")], ["sentence-opening", "brand-with-name"])
R("fr-011", "Rose Martin, wedding planner de l'année ! 🏆 Toute l'équipe est fière de toi, Rose. @rosemartin.mariage #mariage #provence",
  [(P, "Rose Martin", "o10"), (P, "Rose", 2, "o10"), (M, "@rosemartin.mariage", "o10")], ["word-as-name", "mixed-language"])
R("fr-012", "Le rosé de Provence, la robe rose poudré et les pivoines roses : le trio parfait pour un mariage d'été 🌸 Lieu : Domaine de Fontenille à Lauris.",
  [(L, "Provence"), (L, "Domaine de Fontenille"), (L, "Lauris")], ["name-as-word", "everyday-noun"])
R("fr-013", "Clo et moi à Montmartre, version pluie ☔️ On a quand même eu notre crêpe. Photo par @chloe.lefevre évidemment",
  [(P, "Clo", "o6"), (L, "Montmartre"), (M, "@chloe.lefevre", "o6")], ["nickname"])
R("fr-014", "Félicitations à M. et Mme Durand pour leurs 50 ans de mariage 💛 Pierre et Josiane, vous êtes un exemple pour toute la famille !",
  [(P, "Durand"), (P, "Pierre"), (P, "Josiane")], ["title", "namesake", "name-list"])
R("fr-015", "Plus que 3 jours avant le Tour de France à Nice 🚴‍♂️ Magazine L'Équipe annonce déjà 500 000 spectateurs. Qui sera sur la Promenade des Anglais ?",
  [(L, "Nice"), (L, "Promenade des Anglais")], ["sentence-opening", "org-with-place"])
R("fr-016", "Nos petits mariés du jour : Margot & Hugo 💍 Cérémonie à Saint-Sulpice puis soirée à l'Hôtel du Collectionneur. #margotethugo",
  [(P, "Margot"), (P, "Hugo"), (L, "Saint-Sulpice"), (L, "Hôtel du Collectionneur"), (P, "#margotethugo")], ["namesake", "hashtag-name", "place-like-name"])
R("fr-017", "Bon anniversaire Fanfan !! 🎂 40 ans, ça se fête à Biarritz évidemment 🏄‍♂️ @fgirard_photo",
  [(P, "Fanfan", "o9"), (L, "Biarritz"), (M, "@fgirard_photo", "o9")], ["nickname"])
R("fr-018", "Nouveau cours de yoga au parc de la Tête d'Or tous les samedis ☀️ Inscriptions par DM. Tapis non fournis !",
  [(L, "parc de la Tête d'Or")], ["sentence-opening", "everyday-noun"])
R("fr-019", "Hier soir, concert de Zaz à l'Olympia 🎶 Petite pensée pour Édith Piaf qui a chanté sur la même scène. Frissons garantis.",
  [(P, "Zaz"), (L, "Olympia"), (P, "Édith Piaf")], ["famous", "sentence-opening"])
R("fr-020", "Quel plaisir de retrouver le Vieux-Port 🚤 Marseille, tu nous avais manqué. Prochaine étape : les calanques de Cassis.",
  [(L, "Vieux-Port"), (L, "Marseille"), (L, "Cassis")], ["place-like-name", "sentence-opening"])
R("fr-021", "Merci Chloé Lefèvre pour les compositions florales du mariage de Julie et Thomas à Deauville 🌿 Toujours un plaisir de travailler avec toi !",
  [(P, "Chloé Lefèvre", "o6"), (P, "Julie"), (P, "Thomas"), (L, "Deauville")], ["name-list"])
R("fr-022", "Chloe et Lucas ont dit oui à la mairie du 11e 💐 On vous aime ! 📸 @studio.lumiere",
  [(P, "Chloe"), (P, "Lucas"), (M, "@studio.lumiere")], ["namesake", "no-diacritics"])
R("fr-023", "Pierre, Paul et Jacques : nos trois petits moussaillons à Saint-Malo ⚓️ Le plus jeune a ramassé une pierre pour chaque membre de la famille.",
  [(P, "Pierre"), (P, "Paul"), (P, "Jacques"), (L, "Saint-Malo")], ["name-list", "word-as-name", "name-as-word", "namesake"])
R("fr-024", "Soirée d'inauguration de la galerie de François Girard rue de Bretagne 🖼️ François, tes tirages argentiques sont sublimes. Merci pour l'invitation !",
  [(P, "François Girard", "o9"), (L, "rue de Bretagne"), (P, "François", 2, "o9")], ["sentence-opening"])
R("fr-025", "Trop mignon : Louise😍 et son doudou sur la plage de l'Espiguette. Maman a craqué 🥹",
  [(P, "Louise"), (L, "plage de l'Espiguette")], ["emoji-glued", "sentence-opening"])
R("fr-026", "Encore merci à la famille Lefèvre pour cette séance au jardin des Tuileries 🌷 Chloé, Bastien et les jumelles : vous êtes parfaits. @chloe.lefevre",
  [(P, "Lefèvre", "o6"), (L, "jardin des Tuileries"), (P, "Chloé", "o6"), (P, "Bastien"), (M, "@chloe.lefevre", "o6")], ["family-name", "title", "name-list"])
R("fr-027", "Merci à Maître Fontaine pour son discours plein d'humour 🎤 Et à la fontaine de chocolat du traiteur, qui a fait l'unanimité !",
  [(P, "Fontaine")], ["title", "word-as-name", "name-as-word"])
R("fr-028", "Première rentrée pour notre petit Théo 🎒 Direction l'école Jules-Ferry de Rennes. Il n'a même pas pleuré (moi si).",
  [(P, "Théo")], ["title", "brand-with-name", "sentence-opening"])
R("fr-029", "margaux et moi à Avignon pour le festival 🎭 trop de pièces, pas assez de temps. @margaux.delatour on y retourne l'an prochain ?",
  [(P, "margaux", "o8"), (L, "Avignon"), (M, "@margaux.delatour", "o8")], ["lowercase-name"])
R("fr-030", "Dimanche au marché des Lices à Rennes 🥕 Galettes-saucisses, cidre et soleil breton (si si). Quelle chance !",
  [(L, "marché des Lices"), (L, "Rennes")], ["sentence-opening", "everyday-noun"])
R("fr-031", "Ce week-end, mariage de Sophie et Antoine à la Chapelle Saint-Jean d'Honfleur ⛪️ Coordination : @rosemartin.mariage, fleurs : Rose & Lys Fleuriste.",
  [(P, "Sophie"), (P, "Antoine"), (L, "Chapelle Saint-Jean"), (L, "Honfleur"), (M, "@rosemartin.mariage", "o10")], ["brand-with-name", "place-like-name"])
R("fr-032", "Bravo à notre Pierrot national ! 🥇 Pierre Dubois termine premier du semi-marathon à Bordeaux en 1h12. Quel champion !",
  [(P, "Pierrot", "o7"), (P, "Pierre Dubois", "o7"), (L, "Bordeaux")], ["nickname", "sentence-opening"])
R("fr-033", "Hier chez Ladurée avenue des Champs-Élysées 💚 Macarons pistache, fleur d'oranger et... rose évidemment.",
  [(L, "avenue des Champs-Élysées")], ["brand-with-name", "name-as-word", "sentence-opening"])
R("fr-034", "Joyeux anniversaire à ma sœur Margaux 🎂 (pas la photographe, l'autre 😂) On fête ça à Lille ce soir !",
  [(P, "Margaux"), (L, "Lille")], ["title", "namesake"])
R("fr-035", "Merci à M. Girard pour la visite de l'expo à l'Hôtel de Ville de Lyon 🙏 Les enfants ont adoré !",
  [(P, "Girard"), (L, "Hôtel de Ville de Lyon")], ["title", "namesake"])
R("fr-036", "Chloé Lefèvre 💐 Rose Martin 💍 François Girard 📸 : la dream team du mariage de Camille à Biarritz. Merci à vous trois !",
  [(P, "Chloé Lefèvre", "o6"), (P, "Rose Martin", "o10"), (P, "François Girard", "o9"), (P, "Camille"), (L, "Biarritz")],
  ["name-list", "word-as-name", "mixed-language"])
R("fr-037", "Magazine Elle nous a demandé nos 5 spots préférés pour un shooting à Paris 📸 Spoiler : le pont Alexandre-III est dans la liste !",
  [(L, "Paris"), (L, "pont Alexandre-III")], ["sentence-opening", "place-like-name", "brand"])
R("fr-038", "rose et moi au bord de la Loire 🌅 Merci @rosemartin.mariage pour ce dimanche parfait",
  [(P, "rose", "o10"), (L, "Loire"), (M, "@rosemartin.mariage", "o10")], ["lowercase-name", "word-as-name"])
R("fr-039", "Bienvenue à Jules, né le 3 mars à la maternité de Port-Royal 👶💙 Les parents, Clo et Max, sont sur un petit nuage.",
  [(P, "Jules"), (L, "Port-Royal"), (P, "Clo"), (P, "Max")], ["namesake", "nickname", "name-list"])
R("fr-040", "Encore une belle journée à Chamonix ⛷️ Le Mont-Blanc était dégagé, le vin chaud était chaud. Plus rien à demander.",
  [(L, "Chamonix"), (L, "Mont-Blanc")], ["sentence-opening"])
R("fr-041", "Pierrot, Lulu et Nanou : le trio infernal de la promo 2010 enfin réuni à Toulouse 🥂",
  [(P, "Pierrot"), (P, "Lulu"), (P, "Nanou"), (L, "Toulouse")], ["name-list", "nickname", "namesake"])
R("fr-042", "Quelle joie de voir les cerisiers en fleurs au parc de Sceaux 🌸 Petit pique-nique, grand soleil. Printemps, reste encore un peu !",
  [(L, "parc de Sceaux")], ["sentence-opening", "everyday-noun"])
R("fr-043", "Séance photo en famille au château de Versailles 🏰 Merci à Margaux de la Tour et à ses enfants, Adèle et Gaspard, pour leur patience ! @margaux.delatour",
  [(L, "château de Versailles"), (P, "Margaux de la Tour", "o8"), (P, "Adèle"), (P, "Gaspard"), (M, "@margaux.delatour", "o8")], ["name-list", "particle"])
R("fr-044", "Retour du workshop @fgirard_photo à Arles 📷 Merci François pour tes conseils sur la lumière du Sud. Rendez-vous aux Rencontres en juillet !",
  [(M, "@fgirard_photo", "o9"), (L, "Arles"), (P, "François", "o9")], ["mixed-language", "sentence-opening"])
R("fr-045", "Mamie Rose fête ses 90 ans aujourd'hui 🎉 Elle est née à Quimper et n'a jamais quitté la Bretagne. Gros bisous de toute la famille !",
  [(P, "Rose"), (L, "Quimper"), (L, "Bretagne")], ["word-as-name", "namesake", "title"])
R("fr-046", "Hier, Margaux💍 a dit oui à son Hugo sur la plage à Biarritz ! @margaux.delatour on t'aime",
  [(P, "Margaux", "o8"), (P, "Hugo"), (L, "Biarritz"), (M, "@margaux.delatour", "o8")], ["emoji-glued", "sentence-opening"])
R("fr-047", "Nouveau : nos box petit-déjeuner livrées dans tout Lyon 🥐☕️ Croissants de chez Paul, jus pressé et fleurs de saison. Commandez avant jeudi !",
  [(L, "Lyon")], ["brand-with-name", "sentence-opening"])
R("fr-048", "Chloé, Chloe ou Clo, peu importe comment tu l'écris : joyeux anniversaire à la meilleure fleuriste de Rouen ! 🌷 @chloe.lefevre",
  [(P, "Chloé", "o6"), (P, "Chloe", "o6"), (P, "Clo", "o6"), (L, "Rouen"), (M, "@chloe.lefevre", "o6")], ["no-diacritics", "nickname", "name-list"])
R("fr-049", "Saint-Valentin au restaurant Paul Bocuse à Collonges 🍷 Menu inoubliable, service parfait.",
  [(L, "Collonges")], ["brand-with-name"])
R("fr-050", "Plus qu'une semaine avant les vacances ! ☀️ Direction la Corse, l'île de Beauté. Quelle plage nous conseillez-vous près de Porto-Vecchio ?",
  [(L, "Corse"), (L, "Porto-Vecchio")], ["sentence-opening"])
R("fr-051", "Pierre Dubois, notre président, remet la coupe aux U13 du FC Annecy ⚽️🏆 Merci Pierre et merci aux parents bénévoles !",
  [(P, "Pierre Dubois", "o7"), (P, "Pierre", 2, "o7")], ["org-with-place", "word-as-name"])
R("fr-052", "Ambre 🧡 Jade 💚 Capucine 💛 : trois cousines, trois couleurs, un mariage à Aix-en-Provence. Robe ambre pour la première, évidemment !",
  [(P, "Ambre"), (P, "Jade"), (P, "Capucine"), (L, "Aix-en-Provence")], ["name-list", "word-as-name", "name-as-word"])
R("fr-053", "Coucou @rosemartin.mariage ! 💕 Rose, on a adoré chaque minute de notre mariage au Château de Sannes. Merci pour tout !",
  [(M, "@rosemartin.mariage", "o10"), (P, "Rose", "o10"), (L, "Château de Sannes")], ["word-as-name"])
R("fr-054", "Demain : brocante géante dans notre quartier 🛍️ Plus de 200 exposants, de 7h à 18h. Entrée libre, café offert par la Boulangerie du Marché !",
  [], ["sentence-opening", "everyday-noun"])
R("fr-055", "Nos élèves de CM2 ont écrit à Thomas Pesquet 🚀 Et il a répondu ! Merci à Mlle Benoît pour ce beau projet. #ecole #espace",
  [(P, "Thomas Pesquet"), (P, "Benoît")], ["famous", "title"])
R("fr-056", "Soirée raclette chez Fanfan et Lulu à Annecy 🧀 Merci à @fgirard_photo pour l'invitation (et les photos floues 😅)",
  [(P, "Fanfan", "o9"), (P, "Lulu"), (L, "Annecy"), (M, "@fgirard_photo", "o9")], ["nickname"])
R("fr-057", "Merci au Dr Lefèvre et à toute l'équipe de la maternité 🙏 Maman et bébé Lina vont très bien ! Bienvenue petite Lina 💗",
  [(P, "Lefèvre"), (P, "Lina", 1), (P, "Lina", 2)], ["title", "namesake"])
R("fr-058", "Trop contente de ma nouvelle coupe 💇‍♀️ Merci Pilar du salon de la rue Sainte-Catherine à Bordeaux ! Elle est espagnole et elle coupe comme personne.",
  [(P, "Pilar"), (L, "rue Sainte-Catherine"), (L, "Bordeaux")], ["namesake", "sentence-opening"])
R("fr-059", "Chloé Lefevre a signé la déco florale de la soirée Chanel au Grand Palais 🌸 Clo, tu nous épates !",
  [(P, "Chloé Lefevre", "o6"), (L, "Grand Palais"), (P, "Clo", "o6")], ["no-diacritics", "brand-with-name", "nickname"])
R("fr-060", "Margaux de la Tour 📸 + Rose Martin 💍 = le meilleur duo pour votre mariage en Provence ✨ Contactez @margaux.delatour ou @rosemartin.mariage",
  [(P, "Margaux de la Tour", "o8"), (P, "Rose Martin", "o10"), (L, "Provence"), (M, "@margaux.delatour", "o8"), (M, "@rosemartin.mariage", "o10")], ["particle"])

# -------------------------------------------------------------- Spanish (es)

R("es-001", "Todavía quedan fechas libres para sesiones de otoño 🍂\nMás info por mensaje privado.\n¿Qué estilo os gusta más: campo o playa? #fotografia #madrid",
  [], ["sentence-opening", "everyday-noun"])
R("es-002", "Increíble boda ayer en la Finca La Concepción, en Marbella 💍✨ Gracias @luciafdez por organizarlo todo. ¡Lucía, eres la mejor!",
  [(L, "Finca La Concepción"), (L, "Marbella"), (M, "@luciafdez", "o11"), (P, "Lucía", "o11")], ["sentence-opening", "place-like-name"])
R("es-003", "Hoy se casan Rosa y Manuel en la ermita de San Isidro 💐 Las flores, todas en rosa palo, como ella quería. #bodarosaymanuel",
  [(P, "Rosa"), (P, "Manuel"), (L, "San Isidro"), (P, "#bodarosaymanuel")], ["word-as-name", "name-as-word", "hashtag-name", "place-like-name"])
R("es-004", "Javi y yo en la Alhambra 🏰 Granada nunca decepciona. Foto de @javimunoz, claro 😎",
  [(P, "Javi", "o12"), (L, "Alhambra"), (L, "Granada"), (M, "@javimunoz", "o12")], ["nickname"])
R("es-005", "Domingo de rastro en Madrid ☀️ Vinilos, churros con chocolate y mucho calor. ¿Quién se apunta la próxima semana?",
  [(L, "Madrid")], ["sentence-opening", "everyday-noun"])
R("es-006", "Pilar Ortega 👩‍🍳 presenta su nuevo libro de recetas en la Feria del Libro, en el Retiro 📚 ¡Enhorabuena, Pili!",
  [(P, "Pilar Ortega", "o13"), (L, "Retiro"), (P, "Pili", "o13")], ["nickname", "word-as-name"])
R("es-007", "La catedral se sostiene sobre un pilar de piedra de más de 800 años 🏛️ Visita guiada por Santiago de Compostela con nuestra guía Pilar. ¡Imprescindible!",
  [(L, "Santiago de Compostela"), (P, "Pilar")], ["word-as-name", "name-as-word", "namesake", "place-like-name"])
R("es-008", "Enhorabuena a Sr. y Sra. García por sus bodas de oro 💛 Dolores y Paco, ¡que sean muchos más!",
  [(P, "García"), (P, "Dolores"), (P, "Paco")], ["title", "word-as-name", "name-list", "sentence-opening"])
R("es-009", "Rocío Navarro y su equipo han vuelto a hacerlo 🌸 Decoración floral de 10 para la boda de Marta y Dani en Sevilla. ¡Gracias, Chío! @rocionavarro_",
  [(P, "Rocío Navarro", "o15"), (P, "Marta"), (P, "Dani"), (L, "Sevilla"), (P, "Chío", "o15"), (M, "@rocionavarro_", "o15")], ["nickname", "name-list"])
R("es-010", "Mañana de rocío en los campos de Castilla 🌾 Nada como madrugar para ver esto. #castilla #amanecer",
  [(L, "Castilla")], ["name-as-word", "sentence-opening"])
R("es-011", "Álvaro de la Vega, nuestro fotógrafo de cabecera, vuelve a Tenerife 🌋 Álvaro, ¡trae muchas fotos del Teide! @alvarodelavega",
  [(P, "Álvaro de la Vega", "o14"), (L, "Tenerife"), (P, "Álvaro", 2, "o14"), (L, "Teide"), (M, "@alvarodelavega", "o14")], ["particle"])
R("es-012", "Revista Hola nos ha incluido entre las 10 mejores fincas para bodas de Andalucía 🏆 Gracias a todos los novios que confiáis en nosotros.",
  [(L, "Andalucía")], ["sentence-opening", "brand"])
R("es-013", "lucia y yo celebrando sus 30 en Valencia 🎉 paella, playa y mucho cava. te quiero amiga @luciafdez",
  [(P, "lucia", "o11"), (L, "Valencia"), (M, "@luciafdez", "o11")], ["lowercase-name", "no-diacritics"])
R("es-014", "Feliz cumple, Javier! 🎂 Que los 40 te traigan muchos viajes y pocas resacas. Un abrazo desde Bilbao, @javimunoz",
  [(P, "Javier", "o12"), (L, "Bilbao"), (M, "@javimunoz", "o12")], ["sentence-opening"])
R("es-015", "Qué bonito el atardecer en la Plaza de España de Sevilla 🧡 Merece la pena perderse por el barrio de Santa Cruz. ¿Alguna recomendación para cenar?",
  [(L, "Plaza de España"), (L, "Sevilla"), (L, "Santa Cruz")], ["place-like-name", "sentence-opening"])
R("es-016", "Gracias a la Sra. Ortega por confiar en nosotros para el catering de su jubilación 🥂 Pilar, ¡ha sido un placer! Y gracias al Parador de Cuenca por el espacio.",
  [(P, "Ortega", "o13"), (P, "Pilar", "o13"), (L, "Parador de Cuenca")], ["title", "word-as-name"])
R("es-017", "Las abuelas Carmen y Pilar🥰 en la comunión de Hugo. Mamá no ha parado de llorar 😂",
  [(P, "Carmen"), (P, "Pilar"), (P, "Hugo")], ["emoji-glued", "namesake", "name-list", "title"])
R("es-018", "New in! 👗 Nueva colección de vestidos de invitada disponible en nuestra tienda de Zaragoza. Tallas de la 34 a la 48. ¡Os esperamos!",
  [(L, "Zaragoza")], ["sentence-opening", "everyday-noun", "mixed-language"])
R("es-019", "Ayer en el Santiago Bernabéu con papá ⚽️ El Madrid ganó 3-1 y Vinícius marcó dos. ¡Qué noche!",
  [(L, "Santiago Bernabéu"), (P, "Vinícius")], ["place-like-name", "famous", "org-with-place"])
R("es-020", "Chío, Lu y Pili, mis tres mosqueteras 💃 Noche de flamenco en Triana. ¡Os quiero, locas! @rocionavarro_ @luciafdez",
  [(P, "Chío", "o15"), (P, "Lu", "o11"), (P, "Pili"), (L, "Triana"), (M, "@rocionavarro_", "o15"), (M, "@luciafdez", "o11")], ["name-list", "nickname", "namesake"])
R("es-021", "¡Enhorabuena a Álvaro y Lucía! 💍 Se casaron en el Monasterio de Piedra. Fotos: @estudiolaluz",
  [(P, "Álvaro"), (P, "Lucía"), (L, "Monasterio de Piedra"), (M, "@estudiolaluz")], ["namesake"])
R("es-022", "Más de 300 corredores en la San Silvestre de Vallecas 🏃‍♀️ Gracias a todos los voluntarios del club.",
  [], ["org-with-place", "sentence-opening"])
R("es-023", "Última semana para visitar la exposición de Sorolla en el Museo del Prado 🎨 Luz, mar y color mediterráneo.",
  [(P, "Sorolla"), (L, "Museo del Prado")], ["famous", "name-as-word", "sentence-opening"])
R("es-024", "Luz cumple 5 años 🎈 y lo celebramos en el parque del Oeste con todos sus amigos. ¡Felicidades, princesa!",
  [(P, "Luz"), (L, "parque del Oeste")], ["word-as-name"])
R("es-025", "Javi😍 y su hermana Elena, los padrinos más guapos. Boda en Toledo con vistas al Tajo 💒 @javimunoz",
  [(P, "Javi", "o12"), (P, "Elena"), (L, "Toledo"), (L, "Tajo"), (M, "@javimunoz", "o12")], ["emoji-glued", "title", "nickname"])
R("es-026", "Gracias, Lucía Fernández, por la entrevista en Radio Nacional 🎙️ Hablamos de bodas sostenibles y de nuestro vivero en Murcia.",
  [(P, "Lucía Fernández", "o11"), (L, "Murcia")], ["brand"])
R("es-027", "Vaya finde en Asturias 🌧️🐄 Lluvia, sidra, fabada y más lluvia. Volveremos a Cudillero sí o sí.",
  [(L, "Asturias"), (L, "Cudillero")], ["sentence-opening", "everyday-noun"])
R("es-028", "Doña Rocío cumple 100 años en Écija 🎂 Cien velas, cinco hijos, doce nietos y la misma sonrisa de siempre.",
  [(P, "Rocío"), (L, "Écija")], ["title", "namesake", "word-as-name"])
R("es-029", "ROCÍO NAVARRO EN EL PROGRAMA DE LA MAÑANA 📺 Hoy a las 11 habla de decoración floral para comuniones. ¡No os lo perdáis! @rocionavarro_",
  [(P, "ROCÍO NAVARRO", "o15"), (M, "@rocionavarro_", "o15")], ["lowercase-name"])
R("es-030", "Qué pasada el concierto de Rosalía en el Palau Sant Jordi 🔥 Barcelona, sois increíbles.",
  [(P, "Rosalía"), (L, "Palau Sant Jordi"), (L, "Barcelona")], ["famous", "place-like-name", "sentence-opening"])
R("es-031", "Más fotos del bautizo de la pequeña Blanca en la iglesia de San Jerónimo 🤍 Todo en blanco, como manda la tradición.",
  [(P, "Blanca"), (L, "San Jerónimo")], ["word-as-name", "name-as-word", "title", "place-like-name"])
R("es-032", "Javier Muñoz 📸 y Álvaro de la Vega 🎥: el equipo perfecto para vuestra boda en Mallorca. Reservas 2025 abiertas.",
  [(P, "Javier Muñoz", "o12"), (P, "Álvaro de la Vega", "o14"), (L, "Mallorca")], ["particle"])
R("es-033", "Ayer comimos en casa de la familia Muñoz en Logroño 🍷 Javier, tu madre cocina mejor que cualquier restaurante de La Rioja. @javimunoz",
  [(P, "Muñoz", "o12"), (L, "Logroño"), (P, "Javier", "o12"), (L, "La Rioja"), (M, "@javimunoz", "o12")], ["title", "family-name", "sentence-opening"])
R("es-034", "Increíble trabajo de @alvarodelavega en la boda de Sara y Nacho en la Costa Brava 📸 Álvaro, ¡qué luz!",
  [(M, "@alvarodelavega", "o14"), (P, "Sara"), (P, "Nacho"), (L, "Costa Brava"), (P, "Álvaro", "o14")], ["name-as-word", "name-list", "nickname"])
R("es-035", "Nuevo horario de verano 🌞 Abrimos de 9 a 14 y de 17 a 21. Domingos, cerrado. Os esperamos en la calle Mayor, 12.",
  [(L, "calle Mayor")], ["sentence-opening", "everyday-noun"])
R("es-036", "Mi abuela Soledad dice que nunca siente soledad porque siempre tiene a sus amigas del coro 🎶 Catedral de León, domingo a las 11.",
  [(P, "Soledad"), (L, "Catedral de León")], ["title", "word-as-name", "name-as-word", "place-like-name"])
R("es-037", "Chío Navarro haciendo magia con las flores otra vez 🌷 Boda en Jerez, cortijo lleno de rosas y jazmín. Rocío, ¡gracias! @rocionavarro_",
  [(P, "Chío Navarro", "o15"), (L, "Jerez"), (P, "Rocío", "o15"), (M, "@rocionavarro_", "o15")], ["nickname", "name-as-word"])
R("es-038", "¿Qué os parece la nueva carta? 🍽️ Croquetas de jamón, salmorejo y tarta de queso al estilo de La Viña. Reserva por DM. #sansebastian #donostia",
  [], ["sentence-opening", "brand", "everyday-noun"])
R("es-039", "Pilar Ortega, la profe de cocina más paciente del mundo 👩‍🍳 Taller de paella en Valencia este sábado. ¡Quedan 4 plazas!",
  [(P, "Pilar Ortega", "o13"), (L, "Valencia")], ["word-as-name"])
R("es-040", "Gracias al Dr. Sánchez y a todo el equipo del Hospital La Paz 💙 Mateo ya está en casa y durmiendo como un angelito.",
  [(P, "Sánchez"), (L, "Hospital La Paz"), (P, "Mateo")], ["title"])
R("es-041", "Marisa 🌻 la florista, Lu 💐 la organizadora y yo, la fotógrafa: ¡vuelve el equipo a Cádiz! @luciafdez",
  [(P, "Marisa"), (P, "Lu", "o11"), (L, "Cádiz"), (M, "@luciafdez", "o11")], ["nickname"])
R("es-042", "Mercedes🚗 y Paloma🕊️: las dos tías más divertidas de esta boda en Ronda. ¡Qué arte!",
  [(P, "Mercedes"), (P, "Paloma"), (L, "Ronda")], ["emoji-glued", "word-as-name", "place-like-name"])
R("es-043", "La Sra. de la Vega nos encargó un ramo de novia con peonías y rosas 💐 ¡Felicidades a los novios, Gonzalo e Irene!",
  [(P, "de la Vega"), (P, "Gonzalo"), (P, "Irene")], ["title", "particle", "namesake", "name-list"])
R("es-044", "En el Mercedes de época llegaron los novios a la finca 🚗 Y la paloma blanca se escapó antes de tiempo 😅 #boda #segovia",
  [], ["brand-with-name", "name-as-word"])
R("es-045", "Lucía Fernández y su familia en la playa de la Concha 🌊 Gracias por confiar en nosotros otra vez, Lu. Donostia os queda de maravilla.",
  [(P, "Lucía Fernández", "o11"), (L, "playa de la Concha"), (P, "Lu", "o11"), (L, "Donostia")], ["nickname"])
R("es-046", "alvaro y yo en el Camino de Santiago 🥾 Día 4: ampollas, pero felices. Próxima parada Sarria. @alvarodelavega",
  [(P, "alvaro", "o14"), (L, "Camino de Santiago"), (L, "Sarria"), (M, "@alvarodelavega", "o14")], ["lowercase-name", "no-diacritics"])
R("es-047", "Domingo en familia en la sierra de Guadarrama 🌲 Bocadillo de tortilla, botas llenas de barro y los peques agotados.",
  [(L, "sierra de Guadarrama")], ["sentence-opening", "everyday-noun"])
R("es-048", "¡Feliz día del Pilar! 🎉 Y muchas felicidades a nuestra Pili Ortega, que hoy cumple 50. ¡Zaragoza está de fiesta!",
  [(P, "Pili Ortega", "o13"), (L, "Zaragoza")], ["name-as-word", "nickname"])
R("es-049", "Increíble el trabajo de Javier Munoz en la boda de Candela y Bruno en Sitges 📸 @javimunoz",
  [(P, "Javier Munoz", "o12"), (P, "Candela"), (P, "Bruno"), (L, "Sitges"), (M, "@javimunoz", "o12")], ["no-diacritics", "name-list", "word-as-name"])
R("es-050", "Más que una tienda, una familia 💚 Cumplimos 25 años en el barrio de Gràcia. ¡Gracias a todos los vecinos!",
  [(L, "Gràcia")], ["sentence-opening", "place-like-name"])
R("es-051", "Gracias Pilar y Luis por elegirnos 💍 Boda en el Parador de Granada, con la Alhambra de fondo.",
  [(P, "Pilar"), (P, "Luis"), (L, "Parador de Granada"), (L, "Alhambra")], ["namesake"])
R("es-052", "Lucía😍 con su vestido de primera comunión en los jardines del Real Alcázar. ¡Qué mayor está! 📸 @estudiolaluz",
  [(P, "Lucía"), (L, "Real Alcázar"), (M, "@estudiolaluz")], ["emoji-glued", "namesake"])
R("es-053", "Hoy os presentamos a nuestro nuevo fotógrafo: Álvaro de la Vega 📸 Álvaro lleva 10 años fotografiando bodas en Galicia. ¡Bienvenido! @alvarodelavega",
  [(P, "Álvaro de la Vega", "o14"), (P, "Álvaro", 2, "o14"), (L, "Galicia"), (M, "@alvarodelavega", "o14")], ["particle", "sentence-opening"])
R("es-054", "Paella de domingo en casa de la yaya en Alicante 🥘 Receta secreta, como siempre.",
  [(L, "Alicante")], ["everyday-noun", "sentence-opening"])
R("es-055", "Gracias Sra. Navarro por su confianza 🙏 Hemos decorado la comunión de su nieta Rocío en Córdoba. ¡Precioso día!",
  [(P, "Navarro"), (P, "Rocío"), (L, "Córdoba")], ["title", "namesake"])
R("es-056", "Chío, gracias por los centros de mesa 🌼 Nuestra boda en Ibiza fue un sueño gracias a ti. @rocionavarro_",
  [(P, "Chío", "o15"), (L, "Ibiza"), (M, "@rocionavarro_", "o15")], ["nickname"])
R("es-057", "Nuevo récord del club en la Media Maratón de Valencia 🏅 Enhorabuena a Javi, Marta, Iñaki y Nuria. ¡Sois unas máquinas!",
  [(P, "Javi"), (P, "Marta"), (P, "Iñaki"), (P, "Nuria")], ["name-list", "namesake", "org-with-place"])
R("es-058", "Visitamos la casa natal de Picasso en Málaga 🎨 Después, espetos en la playa de la Malagueta.",
  [(P, "Picasso"), (L, "Málaga"), (L, "playa de la Malagueta")], ["famous"])
R("es-059", "Pilar Ortega nos enseñó a hacer croquetas en su cocina de Triana 😋 ¡Gracias Pili! #sevilla #croquetas #pilarortega",
  [(P, "Pilar Ortega", "o13"), (L, "Triana"), (P, "Pili", "o13"), (P, "#pilarortega", "o13")], ["hashtag-name", "nickname"])
R("es-060", "Hoy hace un año que nos casamos en el pueblo de Lucía, en Cuenca 💕 Fotos de @luciafdez, que además es la madrina. Lucía Fernández, ¡te debemos todo!",
  [(P, "Lucía", 1, "o11"), (L, "Cuenca"), (M, "@luciafdez", "o11"), (P, "Lucía Fernández", "o11")], ["sentence-opening"])

# -------------------------------------------------------------- Italian (it)

R("it-001", "Ancora qualche data libera per i servizi d'autunno 🍂\nPiù info in DM.\nQuale atmosfera preferite: bosco o mare? #fotografo #milano",
  [], ["sentence-opening", "everyday-noun"])
R("it-002", "Fantastico matrimonio ieri a Villa Erba sul lago di Como 💍✨ Grazie @giuliarossi.ph per le foto! Giulia, sei un mito.",
  [(L, "Villa Erba"), (L, "lago di Como"), (M, "@giuliarossi.ph", "o16"), (P, "Giulia", "o16")], ["sentence-opening"])
R("it-003", "Una torta rosa per la piccola Rosa 🎂 Tre anni di sorrisi! Auguri anche dalla zia Bianca e dal nonno Fortunato 💕",
  [(P, "Rosa"), (P, "Bianca"), (P, "Fortunato")], ["word-as-name", "name-as-word", "title", "namesake", "name-list"])
R("it-004", "Domenica mattina al mercato di Porta Palazzo a Torino 🍅 Pomodori, basilico e due chiacchiere con i soliti. Che bello!",
  [(L, "Porta Palazzo"), (L, "Torino")], ["sentence-opening", "everyday-noun"])
R("it-005", "Bianca De Luca firma il nuovo menù del ristorante a Positano 🍋 Brava Bianca, orgogliosi di te! @biancadeluca",
  [(P, "Bianca De Luca", "o18"), (L, "Positano"), (P, "Bianca", 2, "o18"), (M, "@biancadeluca", "o18")], ["particle", "word-as-name"])
R("it-006", "Giulia, Marco e Chiara sulla spiaggia di Tropea 🌊 Tre amici, un'estate che non dimenticheremo. #calabria #tropea",
  [(P, "Giulia"), (P, "Marco"), (P, "Chiara"), (L, "Tropea")], ["name-list", "namesake"])
R("it-007", "Nico e Fra a Venezia 🛶 Giro in gondola d'ordinanza e spritz al tramonto. Foto: @fra.ferrari",
  [(P, "Nico"), (P, "Fra", "o19"), (L, "Venezia"), (M, "@fra.ferrari", "o19")], ["nickname", "namesake"])
R("it-008", "Grazie alla Sig.ra Ferrari per averci scelto per la festa dei suoi 70 anni 🥂 E no, non è parente di quelli delle macchine 😂",
  [(P, "Ferrari")], ["title", "namesake", "brand-with-name"])
R("it-009", "Rivista Vogue Italia ha pubblicato il nostro editoriale girato a Matera 📸 Grazie a tutto il team e a Matteo Di Stefano per la direzione artistica!",
  [(L, "Matera"), (P, "Matteo Di Stefano", "o20")], ["sentence-opening", "particle", "brand"])
R("it-010", "Auguri Teo!! 🎂 30 anni e non sentirli. Ci vediamo stasera ai Navigli? @teodistefano",
  [(P, "Teo", "o20"), (L, "Navigli"), (M, "@teodistefano", "o20")], ["nickname"])
R("it-011", "Francesca Ferrari guida da Ferrari a Maranello 🏎️ Non è uno scherzo: Franci ha appena iniziato a lavorare al reparto design. Orgogliosissimi! @fra.ferrari",
  [(P, "Francesca Ferrari", "o19"), (L, "Maranello"), (P, "Franci", "o19"), (M, "@fra.ferrari", "o19")], ["brand-with-name", "nickname"])
R("it-012", "Che serata al Teatro alla Scala 🎭 La Traviata di Verdi, diretta dal maestro Riccardo Chailly. Brividi.",
  [(L, "Teatro alla Scala"), (P, "Verdi"), (P, "Riccardo Chailly")], ["famous", "title", "sentence-opening"])
R("it-013", "Più di mille persone in piazza del Campo per il Palio di Siena 🐎 Che emozione, ha vinto la contrada dell'Onda!",
  [(L, "piazza del Campo")], ["org-with-place", "sentence-opening"])
R("it-014", "giulia e io a Bologna per il weekend 🍝 tortellini, portici e tanta pioggia. grazie @giuliarossi.ph per le foto!",
  [(P, "giulia", "o16"), (L, "Bologna"), (M, "@giuliarossi.ph", "o16")], ["lowercase-name"])
R("it-015", "Grazie alla famiglia Esposito per il pranzo della domenica a Napoli 🍝 Niccolò, tua nonna fa il miglior ragù del mondo!",
  [(P, "Esposito", "o17"), (L, "Napoli"), (P, "Niccolò", "o17")], ["title", "family-name"])
R("it-016", "Buon compleanno a Gioia😍 che porta gioia ovunque vada! Festa a sorpresa a Bari vecchia 🎉",
  [(P, "Gioia"), (L, "Bari vecchia")], ["emoji-glued", "word-as-name", "name-as-word"])
R("it-017", "Vera, Viola e Serena: le damigelle più belle del lago di Garda 💐 Vestiti color viola, ovviamente!",
  [(P, "Vera"), (P, "Viola"), (P, "Serena"), (L, "lago di Garda")], ["name-list", "word-as-name", "name-as-word"])
R("it-018", "Niccolò Esposito ha vinto il premio come miglior pizzaiolo della Campania 🍕 Nico, te lo meritavi tutto! #niccoloesposito",
  [(P, "Niccolò Esposito", "o17"), (L, "Campania"), (P, "Nico", "o17"), (P, "#niccoloesposito", "o17")], ["hashtag-name", "nickname"])
R("it-019", "Save the date! 💌 Nuova collezione sposa 2025 disponibile nel nostro atelier di via Montenapoleone 👰 Prenota il tuo appuntamento in DM!",
  [(L, "via Montenapoleone")], ["sentence-opening", "everyday-noun", "mixed-language"])
R("it-020", "Ieri sera pizza da Sorbillo 🍕 e passeggiata sul lungomare di Napoli. Napoli è sempre Napoli ❤️",
  [(L, "Napoli", 1), (L, "Napoli", 2), (L, "Napoli", 3)], ["brand-with-name", "sentence-opening"])
R("it-021", "Matteo Di Stefano 📸 e Francesca Ferrari 💄: il team perfetto per il tuo matrimonio in Puglia. @teodistefano @fra.ferrari",
  [(P, "Matteo Di Stefano", "o20"), (P, "Francesca Ferrari", "o19"), (L, "Puglia"), (M, "@teodistefano", "o20"), (M, "@fra.ferrari", "o19")], ["particle"])
R("it-022", "La sig.ra Bianca ha 92 anni e fa ancora la pasta a mano ogni domenica 🍝 Grazie per averci ospitato a Cagliari!",
  [(P, "Bianca"), (L, "Cagliari")], ["title", "namesake", "word-as-name"])
R("it-023", "Fra e Giuly, le mie compagne di avventure 🏔️ Trekking sulle Dolomiti, rifugio Lagazuoi e tanta fatica. @fra.ferrari @giuliarossi.ph",
  [(P, "Fra", "o19"), (P, "Giuly", "o16"), (L, "Dolomiti"), (L, "rifugio Lagazuoi"), (M, "@fra.ferrari", "o19"), (M, "@giuliarossi.ph", "o16")], ["nickname"])
R("it-024", "Che bello il vestito bianco di Bianca De Luca 🤍 Sposa bellissima nella chiesa di San Francesco a Lucca. Auguri Bianca e Luca!",
  [(P, "Bianca De Luca", "o18"), (L, "San Francesco"), (L, "Lucca"), (P, "Bianca", 2, "o18"), (P, "Luca", 2)],
  ["word-as-name", "name-as-word", "particle", "place-like-name"])
R("it-025", "Grazie alla Dott.ssa Rossi e a tutto il reparto di pediatria del Gaslini 💙 Leonardo oggi torna a casa!",
  [(P, "Rossi"), (L, "Gaslini"), (P, "Leonardo")], ["title", "namesake", "place-like-name"])
R("it-026", "Auguri a Giulia Rossi per la sua prima mostra fotografica a Palazzo Reale 📸 Giuly, ce l'hai fatta! @giuliarossi.ph",
  [(P, "Giulia Rossi", "o16"), (L, "Palazzo Reale"), (P, "Giuly", "o16"), (M, "@giuliarossi.ph", "o16")], ["nickname"])
R("it-027", "Ultimi giorni d'estate in Sardegna ☀️ Cala Luna, Cala Goloritzé e una porzione infinita di seadas. Settembre, arriviamo.",
  [(L, "Sardegna"), (L, "Cala Luna"), (L, "Cala Goloritzé")], ["sentence-opening", "place-like-name"])
R("it-028", "Marina e Celeste in spiaggia a Marina di Pietrasanta 🌊 Il mare color celeste, loro due sempre inseparabili.",
  [(P, "Marina", 1), (P, "Celeste"), (L, "Marina di Pietrasanta")], ["word-as-name", "name-as-word", "place-like-name"])
R("it-029", "FRANCESCA FERRARI 🏆 campionessa regionale di nuoto! Brava Fra, tutta la squadra di Modena è con te 💙 #forzafra",
  [(P, "FRANCESCA FERRARI", "o19"), (P, "Fra", "o19"), (L, "Modena"), (P, "#forzafra", "o19")], ["lowercase-name", "hashtag-name"])
R("it-030", "Domani si inaugura il nuovo parco giochi in via Garibaldi 🛝 Grazie al Comune e a tutti i volontari del quartiere!",
  [(L, "via Garibaldi")], ["sentence-opening", "place-like-name"])
R("it-031", "Matteo e Teo 😂 sì, sono due persone diverse: il nostro cuoco e il nostro cameriere. Vi aspettiamo a Trastevere!",
  [(P, "Matteo"), (P, "Teo"), (L, "Trastevere")], ["namesake", "nickname"])
R("it-032", "Ieri con Niccolò Esposito e la sua band al Blue Note, a Milano 🎷 Nico, che concerto! Foto di @teodistefano",
  [(P, "Niccolò Esposito", "o17"), (L, "Milano"), (P, "Nico", "o17"), (M, "@teodistefano", "o20")], ["brand", "nickname"])
R("it-033", "Che spettacolo la fioritura di Castelluccio di Norcia 🌼 Rosso, giallo, viola: ogni anno un quadro diverso.",
  [(L, "Castelluccio di Norcia")], ["name-as-word", "sentence-opening"])
R("it-034", "Grazie a Don Matteo per la bellissima celebrazione nella chiesa di Santa Maria Novella ⛪️ e auguri ad Andrea e Sofia!",
  [(P, "Matteo"), (L, "Santa Maria Novella"), (P, "Andrea"), (P, "Sofia")], ["title", "namesake", "name-list", "place-like-name"])
R("it-035", "Giuly😍 con il suo nuovo obiettivo al Colosseo 📸 Pronta per il servizio di domani! @giuliarossi.ph",
  [(P, "Giuly", "o16"), (L, "Colosseo"), (M, "@giuliarossi.ph", "o16")], ["emoji-glued", "nickname"])
R("it-036", "Più di vent'anni che Matteo Di Stefano fotografa i matrimoni in Sicilia 🌋 Teo, grazie per ogni scatto. @teodistefano",
  [(P, "Matteo Di Stefano", "o20"), (L, "Sicilia"), (P, "Teo", "o20"), (M, "@teodistefano", "o20")], ["particle", "nickname", "sentence-opening"])
R("it-037", "Grazie alla Prof.ssa De Luca per averci accompagnato in gita a Firenze 🏛️ La Galleria degli Uffizi ci ha lasciati a bocca aperta!",
  [(P, "De Luca"), (L, "Firenze"), (L, "Galleria degli Uffizi")], ["title", "particle", "namesake"])
R("it-038", "niccolo esposito ha appena aperto la sua pizzeria ai Quartieri Spagnoli 🍕 correte!!",
  [(P, "niccolo esposito", "o17"), (L, "Quartieri Spagnoli")], ["lowercase-name", "no-diacritics"])
R("it-039", "Buongiorno da Ortigia ☀️ Granita di mandorla, brioche e vista mare. Siracusa ci ha rubato il cuore.",
  [(L, "Ortigia"), (L, "Siracusa")], ["sentence-opening", "everyday-noun"])
R("it-040", "Sposi del giorno: Rosa e Pietro 💍 Villa Cimbrone a Ravello, un sogno. Fiori rosa e bianchi, come voleva la sposa. #rosaepietro",
  [(P, "Rosa"), (P, "Pietro"), (L, "Villa Cimbrone"), (L, "Ravello"), (P, "#rosaepietro")], ["word-as-name", "name-as-word", "hashtag-name"])
R("it-041", "Francesca, Fra, Franci: comunque la chiami, è la migliore truccatrice di Roma 💄 Prenotate con @fra.ferrari",
  [(P, "Francesca", "o19"), (P, "Fra", "o19"), (P, "Franci", "o19"), (L, "Roma"), (M, "@fra.ferrari", "o19")], ["nickname", "name-list"])
R("it-042", "Gelato da Grom e passeggiata sui Murazzi del Po 🍦 Torino d'estate ha il suo perché.",
  [(L, "Murazzi del Po"), (L, "Torino")], ["brand", "sentence-opening"])
R("it-043", "Auguri Nico!! 🎂 Sempre il primo ad arrivare e l'ultimo ad andarsene. Grazie a tutti per la festa in spiaggia a Rimini. Foto di @teodistefano",
  [(P, "Nico"), (L, "Rimini"), (M, "@teodistefano", "o20")], ["namesake", "nickname"])
R("it-044", "Rivista Cucina Italiana ci ha dedicato due pagine! 📰 Grazie alla chef Bianca De Luca e a tutto lo staff di Sorrento 🍋",
  [(P, "Bianca De Luca", "o18"), (L, "Sorrento")], ["sentence-opening", "particle", "title", "brand"])
R("it-045", "Grazie al Sig. Esposito per il passaggio in barca a Capri ⛵️ Ennio, sei un grande!",
  [(P, "Esposito"), (L, "Capri"), (P, "Ennio")], ["title", "namesake"])
R("it-046", "Lezione di fotografia con Giulia Rossi a Parma 📸 Giulia ci ha insegnato a usare la luce naturale. Prossima tappa: Piacenza! @giuliarossi.ph",
  [(P, "Giulia Rossi", "o16"), (L, "Parma"), (P, "Giulia", 2, "o16"), (L, "Piacenza"), (M, "@giuliarossi.ph", "o16")], [])
R("it-047", "Ancora una volta grazie, Barilla, per la pasta del pranzo aziendale 🍝 Nessuna polemica: Lavazza, il caffè lo portiamo noi.",
  [], ["brand", "sentence-opening"])
R("it-048", "Sig.ra Bianchi, grazie per la torta! 🎂 E grazie alla pasticceria Bianchi di Como per averla preparata.",
  [(P, "Bianchi", 1), (L, "Como")], ["title", "brand-with-name"])
R("it-049", "Teo e la sua Vespa 🛵 in giro tra Langhe e Roero. Nocciole, vino e tramonti infiniti. @teodistefano",
  [(P, "Teo", "o20"), (L, "Langhe"), (L, "Roero"), (M, "@teodistefano", "o20")], ["nickname", "brand"])
R("it-050", "Bianca😍 e la sua bici Bianchi al Giro d'Italia a Bergamo 🚴‍♀️ La maglia rosa l'ha vista da vicino!",
  [(P, "Bianca"), (L, "Bergamo")], ["emoji-glued", "brand-with-name", "namesake", "word-as-name", "name-as-word", "org-with-place"])
R("it-051", "Giulia Romano e Giulia Rossini: stessa classe, stesso nome, stesso compleanno 🎂 Auguri ragazze! Festa all'Idroscalo di Milano.",
  [(P, "Giulia Romano"), (P, "Giulia Rossini"), (L, "Idroscalo"), (L, "Milano")], ["namesake"])
R("it-052", "Grazie @biancadeluca per la cena di ieri ad Amalfi 🍋 Bianca, la tua pasta al limone è leggendaria!",
  [(M, "@biancadeluca", "o18"), (L, "Amalfi"), (P, "Bianca", "o18")], ["word-as-name"])
R("it-053", "Settimana bianca a Cortina ⛷️ Neve perfetta, polenta e vin brulè. Più di così!",
  [(L, "Cortina")], ["name-as-word", "sentence-opening"])
R("it-054", "Domenica in famiglia al lago 🌅 Pranzo in trattoria, gelato sul lungolago e i bambini che dormono in macchina. Più felici di così!",
  [], ["sentence-opening", "everyday-noun"])
R("it-055", "Matteo Di Stefano e il suo nuovo libro «Sposi del Sud» presentati alla Feltrinelli di Bari 📚 Teo, che emozione!",
  [(P, "Matteo Di Stefano", "o20"), (P, "Teo", "o20")], ["brand-with-name", "particle", "nickname"])
R("it-056", "franci e io al concerto di Laura Pausini a San Siro 🎤 abbiamo cantato tutto! @fra.ferrari",
  [(P, "franci", "o19"), (P, "Laura Pausini"), (L, "San Siro"), (M, "@fra.ferrari", "o19")], ["lowercase-name", "famous", "place-like-name"])
R("it-057", "Che meraviglia l'Isola Bella 🌸 Grazie a nonna Franca per averci portato: a 85 anni cammina più di noi!",
  [(L, "Isola Bella"), (P, "Franca")], ["title", "word-as-name"])
R("it-058", "Niccolò Esposito 💙 e la sua squadra del cuore: il Napoli! Nico, quest'anno lo scudetto è nostro",
  [(P, "Niccolò Esposito", "o17"), (P, "Nico", "o17")], ["org-with-place", "nickname"])
R("it-059", "Auguri a Francesca Ferrari e Luca Bianchi, sposi da oggi nella Basilica di Superga 💍 Franci, eri splendida! @fra.ferrari",
  [(P, "Francesca Ferrari", "o19"), (P, "Luca Bianchi"), (L, "Basilica di Superga"), (P, "Franci", "o19"), (M, "@fra.ferrari", "o19")], ["nickname"])
R("it-060", "Ultima sera a Roma 🌙 Cacio e pepe a Testaccio e un giro a piazza Navona. Arrivederci, Roma!",
  [(L, "Roma", 1), (L, "Testaccio"), (L, "piazza Navona"), (L, "Roma", 2)], ["sentence-opening"])

# --------------------------------------------------------------- Polish (pl)

R("pl-001", "Jeszcze tylko trzy wolne terminy na sesje jesienne 🍂\nWięcej informacji w wiadomości prywatnej.\nKtóra stylizacja podoba Wam się najbardziej? #fotografia #krakow",
  [], ["sentence-opening", "everyday-noun"])
R("pl-002", "Wspaniały ślub w Pałacu w Wilanowie 💍✨ Dziękujemy @kasia.nowak za piękne kwiaty! Kasiu, jesteś artystką.",
  [(L, "Pałacu w Wilanowie"), (M, "@kasia.nowak", "o21"), (P, "Kasiu", "o21")], ["inflected", "sentence-opening"])
R("pl-003", "Wszystkiego najlepszego, Różo! 🌹 Od całej ekipy z Poznania bukiet róż i tort malinowy 🎂 Sto lat!",
  [(P, "Różo"), (L, "Poznania")], ["inflected", "word-as-name", "name-as-word", "namesake"])
R("pl-004", "Tomek i Kasia na Kazimierzu 🥂 Sesja narzeczeńska w deszczu, ale z uśmiechem! 📸 @lukasz.kaminski.foto",
  [(P, "Tomek"), (P, "Kasia"), (L, "Kazimierzu"), (M, "@lukasz.kaminski.foto", "o24")], ["namesake", "nickname", "place-like-name"])
R("pl-005", "Niedziela nad Wisłą ☀️ Rowery, lody i zachód słońca na Bulwarach Wiślanych. Kto z Was też tam był?",
  [(L, "Wisłą"), (L, "Bulwarach Wiślanych")], ["sentence-opening", "everyday-noun"])
R("pl-006", "Dziękujemy Katarzynie Nowak za przepiękną oprawę florystyczną wesela w Zakopanem 🌸 Kasia, jesteś niezastąpiona! @kasia.nowak",
  [(P, "Katarzynie Nowak", "o21"), (L, "Zakopanem"), (P, "Kasia", "o21"), (M, "@kasia.nowak", "o21")], ["inflected", "nickname", "sentence-opening"])
R("pl-007", "Sto lat dla Tomka! 🎂 Trzydziestka na karku, a dalej jak dziecko 😂 Impreza u Tomka w Gdyni była legendarna. @tomek_wisniewski",
  [(P, "Tomka", 1, "o22"), (P, "Tomka", 2, "o22"), (L, "Gdyni"), (M, "@tomek_wisniewski", "o22")], ["inflected", "nickname"])
R("pl-008", "Pani Zając, dziękujemy za 35 lat pracy w naszej szkole w Lublinie 💐 Gosia, bo tak wszyscy na Panią mówimy, będzie nam Pani brakowało!",
  [(P, "Zając", "o23"), (L, "Lublinie"), (P, "Gosia", "o23")], ["title", "word-as-name", "nickname"])
R("pl-009", "Ania, Ola i Zuzia na plaży w Sopocie 🌊 Trzy przyjaciółki, jedno lato. #sopot #lato",
  [(P, "Ania"), (P, "Ola"), (P, "Zuzia"), (L, "Sopocie")], ["name-list", "nickname"])
R("pl-010", "Zając wielkanocny zostawił w ogrodzie 40 czekoladowych jajek 🐰 Dzieci szukały ich do obiadu!",
  [], ["name-as-word", "sentence-opening"])
R("pl-011", "Z Kasią Nowak i Tomkiem Wiśniewskim w Tatrach ⛰️ Zdobyliśmy Rysy! Kaśka, Tomek — dzięki za cierpliwość 😅 @kasia.nowak @tomek_wisniewski",
  [(P, "Kasią Nowak", "o21"), (P, "Tomkiem Wiśniewskim", "o22"), (L, "Tatrach"), (L, "Rysy"), (P, "Kaśka", "o21"), (P, "Tomek", "o22"),
   (M, "@kasia.nowak", "o21"), (M, "@tomek_wisniewski", "o22")], ["inflected", "nickname", "name-list"])
R("pl-012", "Wczoraj w Teatrze Wielkim w Warszawie 🎭 Straszny dwór Moniuszki — polecamy każdemu!",
  [(L, "Teatrze Wielkim"), (L, "Warszawie"), (P, "Moniuszki")], ["famous", "inflected", "sentence-opening"])
R("pl-013", "Jaś i Małgosia — nie z bajki, tylko nasze bliźniaki 😄 Sesja w Lesie Kabackim 🍂",
  [(P, "Jaś"), (P, "Małgosia"), (L, "Lesie Kabackim")], ["namesake", "nickname", "brand-with-name"])
R("pl-014", "Gratulacje dla Łukasza Kamińskiego! 🏆 Zdjęcie z wesela w Kazimierzu Dolnym zdobyło nagrodę w konkursie. Łuki, jesteś wielki! @lukasz.kaminski.foto",
  [(P, "Łukasza Kamińskiego", "o24"), (L, "Kazimierzu Dolnym"), (P, "Łuki", "o24"), (M, "@lukasz.kaminski.foto", "o24")], ["inflected", "nickname", "sentence-opening"])
R("pl-015", "Magazyn Twój Styl zrobił u nas sesję do grudniowego numeru ✨ Więcej zdjęć już wkrótce! Zapraszamy do pracowni na Mokotowie.",
  [(L, "Mokotowie")], ["sentence-opening", "brand"])
R("pl-016", "róża lewandowska i jej nowa kolekcja ceramiki na targach w Łodzi 🏺 cudo!! @roza.lewandowska",
  [(P, "róża lewandowska", "o25"), (L, "Łodzi"), (M, "@roza.lewandowska", "o25")], ["lowercase-name", "word-as-name"])
R("pl-017", "Kasiu, Tomku, Aniu — dziękujemy za wspólny wieczór w Gdańsku 🥂 Do zobaczenia na Helu!",
  [(P, "Kasiu"), (P, "Tomku"), (P, "Aniu"), (L, "Gdańsku"), (L, "Helu")], ["name-list", "inflected", "namesake"])
R("pl-018", "Dla Róży Lewandowskiej i jej męża Pawła 💐 Bukiet ze 100 róż na 10. rocznicę ślubu. Różyczko, wszystkiego dobrego! @roza.lewandowska",
  [(P, "Róży Lewandowskiej", "o25"), (P, "Pawła"), (P, "Różyczko", "o25"), (M, "@roza.lewandowska", "o25")],
  ["inflected", "word-as-name", "name-as-word", "nickname", "title"])
R("pl-019", "Anna Lewandowska i jej nowy program treningowy podbijają internet 💪 A my trenujemy w parku Jordana w Krakowie!",
  [(P, "Anna Lewandowska"), (L, "parku Jordana"), (L, "Krakowie")], ["famous", "namesake", "place-like-name"])
R("pl-020", "u Gosi na działce pod Wrocławiem 🍓 truskawki, grill i najlepsze towarzystwo",
  [(P, "Gosi"), (L, "Wrocławiem")], ["inflected", "namesake", "nickname"])
R("pl-021", "Więcej zdjęć z wesela Małgorzaty Zając i Piotra Lisa już w galerii 💍 Ślub w kościele Mariackim, wesele w Zamku w Niepołomicach. Gosiu, Piotrze — dziękujemy!",
  [(P, "Małgorzaty Zając", "o23"), (P, "Piotra Lisa"), (L, "kościele Mariackim"), (L, "Zamku w Niepołomicach"), (P, "Gosiu", "o23"), (P, "Piotrze")],
  ["inflected", "word-as-name", "sentence-opening", "nickname", "genitive"])
R("pl-022", "Jutro o 10:00 otwieramy nowy sklep w Galerii Krakowskiej 🛍️ Pierwsze 50 osób dostanie prezent!",
  [(L, "Galerii Krakowskiej")], ["sentence-opening", "everyday-noun"])
R("pl-023", "Dziękuję Pani Ewie i Panu Tadeuszowi za gościnę w Zakopanem 🏔️ Oscypki były najlepsze na świecie!",
  [(P, "Ewie"), (P, "Tadeuszowi"), (L, "Zakopanem")], ["title", "inflected"])
R("pl-024", "Łukasz Kamiński 📸 Tomasz Wiśniewski 🎥 — duet, który uwieczni Wasz ślub w całej Polsce. Terminy na 2025 już dostępne!",
  [(P, "Łukasz Kamiński", "o24"), (P, "Tomasz Wiśniewski", "o22"), (L, "Polsce")], [])
R("pl-025", "Lukasz i Tomek wczoraj na Stadionie Narodowym ⚽️ Wynik lepiej przemilczmy... @lukasz.kaminski.foto @tomek_wisniewski",
  [(P, "Lukasz", "o24"), (P, "Tomek", "o22"), (L, "Stadionie Narodowym"), (M, "@lukasz.kaminski.foto", "o24"), (M, "@tomek_wisniewski", "o22")], ["no-diacritics", "nickname"])
R("pl-026", "Ostatnie dni lata nad Bałtykiem 🌅 Hel, Jastarnia i ryba z frytkami. Wracamy za rok!",
  [(L, "Bałtykiem"), (L, "Hel"), (L, "Jastarnia")], ["sentence-opening"])
R("pl-027", "Ciocia Jagoda😍 i jej słynna szarlotka z jagodami 🫐 Najlepsza w całych Kielcach!",
  [(P, "Jagoda"), (L, "Kielcach")], ["emoji-glued", "title", "word-as-name", "name-as-word"])
R("pl-028", "Tomkowi Wiśniewskiemu gratulujemy nagrody za film o Mazurach 🎬 Tomku, dziękujemy, że pokazałeś światu nasze jeziora! @tomek_wisniewski",
  [(P, "Tomkowi Wiśniewskiemu", "o22"), (L, "Mazurach"), (P, "Tomku", "o22"), (M, "@tomek_wisniewski", "o22")], ["inflected"])
R("pl-029", "Nie ma tu ani jednej chmury ☀️ Idealny dzień na spacer po Plantach. Ani się obejrzysz, a już jesień.",
  [(L, "Plantach")], ["name-as-word", "sentence-opening"])
R("pl-030", "Ani i Tomkowi z okazji ślubu ❤️ Niech Wam się wiedzie! Wasi przyjaciele z Torunia",
  [(P, "Ani"), (P, "Tomkowi"), (L, "Torunia")], ["inflected", "namesake", "word-as-name"])
R("pl-031", "Kasia Nowak🌸 znów w akcji: dekoracje na wesele w Dworze Korona Karkonoszy. Kasiu, zachwycające! @kasia.nowak",
  [(P, "Kasia Nowak", "o21"), (L, "Dworze Korona Karkonoszy"), (P, "Kasiu", "o21"), (M, "@kasia.nowak", "o21")], ["emoji-glued", "inflected", "nickname"])
R("pl-032", "Malina, Kalina i Wiktoria — trzy siostry na sesji rodzinnej w Arboretum w Wojsławicach 🌿 Malina przyniosła koszyk malin!",
  [(P, "Malina", 1), (P, "Kalina"), (P, "Wiktoria"), (L, "Arboretum w Wojsławicach"), (P, "Malina", 2)], ["name-list", "word-as-name", "name-as-word"])
R("pl-033", "Gosia Zając👩‍🍳 otworzyła bistro na Starym Mieście w Lublinie! Małgosiu, trzymamy kciuki 🤞",
  [(P, "Gosia Zając", "o23"), (L, "Starym Mieście"), (L, "Lublinie"), (P, "Małgosiu", "o23")], ["emoji-glued", "inflected", "nickname", "word-as-name"])
R("pl-034", "Więcej takich poranków! ☕ Kawa na Rynku we Wrocławiu, zanim przyjdą turyści.",
  [(L, "Rynku"), (L, "Wrocławiu")], ["sentence-opening", "everyday-noun"])
R("pl-035", "Pan Łukasz z kwiaciarni na Żoliborzu znowu nas uratował 💐 Bukiet gotowy w 15 minut!",
  [(P, "Łukasz"), (L, "Żoliborzu")], ["title", "namesake"])
R("pl-036", "Pani Róża ma dziś 95 lat! 🎉 Urodziła się w Wilnie, od 70 lat mieszka w Białymstoku. Sto lat, Pani Różo!",
  [(P, "Róża"), (L, "Wilnie"), (L, "Białymstoku"), (P, "Różo")], ["title", "namesake", "word-as-name", "inflected"])
R("pl-037", "Zdjęcia: Łukasz Kamiński. Makijaż: Róża Lewandowska. Miejsce: Pałac Goetzów-Okocimskich 🏰 @lukasz.kaminski.foto @roza.lewandowska",
  [(P, "Łukasz Kamiński", "o24"), (P, "Róża Lewandowska", "o25"), (L, "Pałac Goetzów-Okocimskich"), (M, "@lukasz.kaminski.foto", "o24"), (M, "@roza.lewandowska", "o25")],
  ["place-like-name"])
R("pl-038", "Rodzina Kowalskich na spacerze w Łazienkach Królewskich 🦚 Pawie były bardziej zainteresowane Zosią niż chlebem 😄",
  [(P, "Kowalskich"), (L, "Łazienkach Królewskich"), (P, "Zosią")], ["family-name", "title", "inflected", "genitive"])
R("pl-039", "Dzięki, Kaśka! 💐 Bez Ciebie ten ślub w Krakowie by się nie udał. @kasia.nowak",
  [(P, "Kaśka", "o21"), (L, "Krakowie"), (M, "@kasia.nowak", "o21")], ["nickname"])
R("pl-040", "Jeszcze tylko tydzień do wakacji ⚓ Kto płynie z nami po Odrze w Szczecinie?",
  [(L, "Odrze"), (L, "Szczecinie")], ["sentence-opening"])
R("pl-041", "Sesja ciążowa Róży w Ogrodzie Botanicznym 🌸 Różyczko, wyglądałaś zjawiskowo! @roza.lewandowska",
  [(P, "Róży", "o25"), (L, "Ogrodzie Botanicznym"), (P, "Różyczko", "o25"), (M, "@roza.lewandowska", "o25")], ["inflected", "nickname", "genitive"])
R("pl-042", "Wspaniały koncert Dawida Podsiadło na Torwarze 🎤 Więcej zdjęć w relacji!",
  [(P, "Dawida Podsiadło"), (L, "Torwarze")], ["famous", "inflected", "sentence-opening"])
R("pl-043", "Który weekend wybieracie na warsztaty florystyczne? 🌷 Maj czy czerwiec? Save the date!",
  [], ["sentence-opening", "mixed-language"])
R("pl-044", "Z Tomkiem w Bieszczadach 🏕️ Połonina Wetlińska we mgle, a potem pierogi w Cisnej. @tomek_wisniewski dzięki za zdjęcia!",
  [(P, "Tomkiem", "o22"), (L, "Bieszczadach"), (L, "Połonina Wetlińska"), (L, "Cisnej"), (M, "@tomek_wisniewski", "o22")], ["inflected"])
R("pl-045", "Gratulacje dla Pani Małgorzaty Zając z okazji przejścia na emeryturę 🎓 Dziękujemy za 40 lat pracy z dziećmi w Olsztynie!",
  [(P, "Małgorzaty Zając", "o23"), (L, "Olsztynie")], ["title", "inflected", "sentence-opening"])
R("pl-046", "Katarzyna i Tomasz — dzień ślubu w Sandomierzu 💍 Kościół św. Jakuba, przyjęcie nad Wisłą. #katarzynaitomasz",
  [(P, "Katarzyna"), (P, "Tomasz"), (L, "Sandomierzu"), (L, "Kościół św. Jakuba"), (L, "Wisłą"), (P, "#katarzynaitomasz")],
  ["namesake", "hashtag-name", "place-like-name"])
R("pl-047", "Gosia, Łuki i ja w Zakopanem 🎿 Kasprowy Wierch zaliczony! Foto: @lukasz.kaminski.foto",
  [(P, "Gosia"), (P, "Łuki", "o24"), (L, "Zakopanem"), (L, "Kasprowy Wierch"), (M, "@lukasz.kaminski.foto", "o24")], ["nickname", "namesake"])
R("pl-048", "wesele ani i łukasza w stodole pod Krakowem 🌾 najlepsza impreza roku!! #aniailukasz",
  [(P, "ani"), (P, "łukasza"), (L, "Krakowem"), (P, "#aniailukasz")], ["lowercase-name", "inflected", "hashtag-name", "word-as-name", "namesake", "genitive"])
R("pl-049", "Dziękujemy dr. Nowakowi i całemu zespołowi szpitala w Prokocimiu 💙 Antoś już zdrowy!",
  [(P, "Nowakowi"), (L, "Prokocimiu"), (P, "Antoś")], ["title", "inflected", "namesake", "nickname"])
R("pl-050", "Kasia z Gdańska 💙 to nasza nowa fotografka! Kasia Wróbel, witamy w zespole!",
  [(P, "Kasia", 1), (L, "Gdańska"), (P, "Kasia Wróbel")], ["namesake", "word-as-name"])
R("pl-051", "Tomasz Wiśniewski i jego wystawa „Morze” w Gdyni 🌊 Tomek, gratulacje! @tomek_wisniewski",
  [(P, "Tomasz Wiśniewski", "o22"), (L, "Gdyni"), (P, "Tomek", "o22"), (M, "@tomek_wisniewski", "o22")], ["nickname"])
R("pl-052", "Lukasz Kaminski znowu przepięknie uchwycił światło nad Morskim Okiem 🏔️ Łukaszu, jak Ty to robisz?",
  [(P, "Lukasz Kaminski", "o24"), (L, "Morskim Okiem"), (P, "Łukaszu", "o24")], ["no-diacritics", "inflected"])
R("pl-053", "Wreszcie weekend! 🍷 Sobota w Kazimierzu Dolnym, niedziela na Roztoczu. Kto zna dobre miejsce na obiad?",
  [(L, "Kazimierzu Dolnym"), (L, "Roztoczu")], ["sentence-opening", "place-like-name"])
R("pl-054", "Nowa kolekcja sukien ślubnych od Kasi Nowak! 👰 Przymiarki w salonie na Mokotowie, zapisy przez @kasia.nowak",
  [(P, "Kasi Nowak", "o21"), (L, "Mokotowie"), (M, "@kasia.nowak", "o21")], ["inflected", "sentence-opening"])
R("pl-055", "Dla Kasi, Oli i Gosi: dziękujemy za najlepszy wieczór panieński w Sopocie! 🥂 Różo, Ty też byłaś cudowna 😘",
  [(P, "Kasi"), (P, "Oli"), (P, "Gosi"), (L, "Sopocie"), (P, "Różo")], ["name-list", "inflected", "namesake"])
R("pl-056", "Nasza Gosia 💕 Małgorzata Zając, najlepsza wychowawczyni w Płocku, dziś kończy 50 lat! Sto lat, Małgosiu!",
  [(P, "Gosia", "o23"), (P, "Małgorzata Zając", "o23"), (L, "Płocku"), (P, "Małgosiu", "o23")], ["nickname", "inflected"])
R("pl-057", "Robert Lewandowski podpisał się na koszulce naszego Kuby 🤩 Kuba nie śpi od wczoraj! #barca",
  [(P, "Robert Lewandowski"), (P, "Kuby"), (P, "Kuba")], ["famous", "inflected", "namesake", "word-as-name", "genitive"])
R("pl-058", "Kuba, Wiktor i Staś — mali piłkarze z Wrocławia po pierwszym turnieju ⚽ A my wracamy z urlopu na Kubie 🌴",
  [(P, "Kuba"), (P, "Wiktor"), (P, "Staś"), (L, "Wrocławia"), (L, "Kubie")], ["name-list", "place-like-name", "nickname"])
R("pl-059", "Dzięki Róży i Łukaszowi za pomoc przy sesji w Kazimierzu 🙏 Jesteście najlepsi! @roza.lewandowska @lukasz.kaminski.foto",
  [(P, "Róży", "o25"), (P, "Łukaszowi", "o24"), (L, "Kazimierzu"), (M, "@roza.lewandowska", "o25"), (M, "@lukasz.kaminski.foto", "o24")], ["inflected"])
R("pl-060", "Mój synek Łukasz😍 i jego pierwszy rower 🚲 Pierwsze metry w Parku Śląskim w Chorzowie!",
  [(P, "Łukasz"), (L, "Parku Śląskim"), (L, "Chorzowie")], ["emoji-glued", "namesake", "title"])

# ------------------------------------------------------------------ checks

WORDCH = set("_-#@")
TITLES = {
    # nl
    "dhr.", "mevr.", "dr.", "prof.", "oma", "opa", "tante", "oom", "juf", "meester", "zus", "zusje", "broer",
    "broertje", "dochter", "zoon", "familie", "trainer", "mama", "papa", "baby", "overgrootmoeder", "kleine",
    # fr
    "m.", "mme", "mlle", "monsieur", "madame", "mamie", "papi", "tata", "tonton", "maître", "me", "père",
    "mère", "soeur", "sœur", "frère", "fille", "fils", "famille", "coach", "petite", "petit", "chef", "cousin",
    "cousine", "bébé", "maman", "marraine", "parrain",
    # es
    "sr.", "sra.", "srta.", "don", "doña", "dña.", "abuela", "abuelo", "tía", "tío", "tia", "tio", "hermana",
    "hermano", "hija", "hijo", "familia", "profe", "mamá", "papá", "doctora", "madrina", "padrino", "peque",
    "bebé", "abu", "yaya", "abuelas", "abuelos", "pequeña", "pequeño", "nieta", "nieto",
    # it
    "sig.", "sig.ra", "sig.na", "dott.", "dott.ssa", "nonna", "nonno", "zia", "zio", "sorella", "fratello",
    "figlia", "figlio", "famiglia", "mister", "maestra", "maestro", "prof", "piccola", "piccolo", "don",
    "avv.", "ing.", "prof.ssa", "dott.ssa", "sig.ra", "sig.na", "signora", "signor", "cugina", "cugino", "mamma", "papà", "padre", "suor",
    # pl
    "pan", "pani", "pana", "panią", "panu", "państwo", "państwa", "babcia", "babci", "dziadek", "dziadka",
    "ciocia", "cioci", "wujek", "wujka", "siostra", "siostry", "brat", "brata", "córka", "córki", "syn", "syna",
    "rodzina", "rodziny", "rodzinie", "trener", "trenera", "mama", "tata", "mały", "mała", "małej", "małego",
    "ks.", "mgr", "inż.", "dr", "prof", "pani", "panem", "dyrektor", "chrześniak", "chrzestna", "wnuczka",
    "wnuczki", "wnuk", "babcią", "dziadkiem", "siostrą", "bratem", "żona", "mąż", "narzeczona", "narzeczony",
    "solenizantka", "solenizant", "męża", "synek", "córeczka",
    # en / shared
    "dr.", "prof.", "coach", "baby",
}
ARTICLES = {
    "de", "het", "een", "in", "op", "bij", "naar", "van", "aan", "het",
    "le", "la", "les", "l", "du", "des", "à", "au", "aux", "en", "dans", "sur",
    "el", "los", "las", "del", "al", "en", "a",
    "il", "lo", "gli", "i", "della", "dello", "del", "nel", "nella", "al", "alla", "a", "in", "di", "da",
    "w", "we", "na", "do", "z", "ze", "nad", "pod", "przy", "u",
    "the", "on",
}
# names whose own article is part of the place name
PLACE_WITH_ARTICLE = ("De Toekomst", "Den ", "La ", "Le ", "Les ", "Los ", "Las ", "El ", "L'", "Il ", "Lo ")
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
KINDS = {
    # from data/eval/test/GUIDE.md
    "place-like-name", "everyday-noun", "brand-with-name", "lowercase-name", "nickname", "word-as-name",
    "name-as-word", "hashtag-name", "name-list", "title", "genitive", "initial", "pet", "mention", "none",
    # added for this set
    "sentence-opening", "particle", "inflected", "no-diacritics", "listed", "namesake", "emoji-glued",
    "mixed-language", "famous", "family-name", "org-with-place", "brand", "place",
}
DERIVED = {"mention", "none", "listed", "place"}


def is_word(c):
    return c.isalnum() or c in WORDCH


def at_boundary(text, i, j):
    if i > 0:
        c = text[i - 1]
        if is_word(c):
            return False
        if c == "." and i > 1 and text[i - 2].isalnum():  # inside a.b (handles, domains)
            return False
    if j < len(text):
        c = text[j]
        if is_word(c):
            return False
        if c == "." and j + 1 < len(text) and text[j + 1].isalnum():
            return False
    return True


def occurrences(text, s):
    out, k = [], text.find(s)
    while k >= 0:
        if at_boundary(text, k, k + len(s)):
            out.append(k)
        k = text.find(s, k + 1)
    return out


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_symbol(c):
    return unicodedata.category(c) in ("So", "Sk", "Cn") or ord(c) >= 0x1F000 or c == "\u2764"


def build():
    errors = []
    optout = {}
    for oid, name, aliases, handles in OPTOUT:
        optout[oid] = (name, [a for a in aliases.split(";") if a], [h for h in handles.split(";") if h])
    assert len(optout) == 25
    out = []
    seen_ids, seen_texts = set(), set()
    for rid, text, ents, kinds in RECORDS:
        def err(msg):
            errors.append("%s: %s" % (rid, msg))
        m = re.fullmatch(r"(nl|fr|es|it|pl)-(\d\d\d)", rid)
        if not m:
            err("bad id")
            continue
        lang = m.group(1)
        if rid in seen_ids:
            err("duplicate id")
        seen_ids.add(rid)
        if text in seen_texts:
            err("duplicate text")
        seen_texts.add(text)
        if text != text.strip():
            err("text has outer whitespace")
        spans, listed = [], []
        for e in ents:
            label, surface = e[0], e[1]
            occ, ids = None, []
            for x in e[2:]:
                if isinstance(x, int):
                    occ = x
                elif isinstance(x, str) and re.fullmatch(r"o\d+", x):
                    ids.append("optout-%03d" % int(x[1:]))
                else:
                    err("bad extra %r" % (x,))
            if label not in (P, L, M):
                err("bad label %r" % label)
            found = occurrences(text, surface)
            if not found:
                err("%r not found at a word boundary" % surface)
                continue
            if occ is None:
                if len(found) > 1:
                    err("%r occurs %d times; say which" % (surface, len(found)))
                    continue
                occ = 1
            if occ > len(found):
                err("%r has no occurrence %d" % (surface, occ))
                continue
            start = found[occ - 1]
            end = start + len(surface)
            assert text[start:end] == surface
            if surface != surface.strip():
                err("%r has outer whitespace" % surface)
            first, last = surface[0], surface[-1]
            if not (first.isalnum() or (first == "#" and label == P) or (first == "@" and label == M)):
                err("%r starts badly" % surface)
            ok_end = last.isalnum() or (last == "_" and label == M) or (last == "'" and len(surface) > 1 and surface[-2] in "sxzSXZ") \
                or (last == "." and label == P and re.search(r"(^|\W)\w\.$", surface))
            if not ok_end:
                err("%r ends badly" % surface)
            words = surface.split()
            if label == P:
                if surface.startswith("@"):
                    err("PERSON %r is a handle" % surface)
                if words[0].lower() in TITLES and (len(words) > 1 or words[0].endswith(".")):
                    err("PERSON %r starts with a title or kinship word" % surface)
            if label == L:
                if surface.startswith("#"):
                    err("LOCATION %r is a hashtag" % surface)
                if words[0].lower() in ARTICLES and not surface.startswith(PLACE_WITH_ARTICLE):
                    err("LOCATION %r starts with an article or preposition" % surface)
            if label == M:
                if not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", surface):
                    err("MENTION %r is not a handle" % surface)
            spans.append([start, end, label])
            for oid in ids:
                if oid not in optout:
                    err("unknown %s" % oid)
                    continue
                name, aliases, handles = optout[oid]
                if label == M:
                    if surface.lower() not in [h.lower() for h in handles]:
                        err("%r is not a handle of %s" % (surface, oid))
                else:
                    keys = {fold(t)[:3] for t in name.split() + aliases if len(t) > 2 and t[0].isupper()}
                    keys |= {fold(t) for t in aliases if len(t) <= 3}
                    if not any(k in fold(surface) for k in keys):
                        err("%r does not look like %s" % (surface, name))
                listed.append([start, end, oid])
        spans.sort()
        listed.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err("overlap %r %r" % (text[a[0]:a[1]], text[b[0]:b[1]]))
        spanset = {(s, e) for s, e, _ in spans}
        for s, e, oid in listed:
            if (s, e) not in spanset:
                err("listed span not an entity")
        handles_in_text = {(mm.start(), mm.end()) for mm in HANDLE_RE.finditer(text)}
        mention_spans = {(s, e) for s, e, lab in spans if lab == M}
        if handles_in_text != mention_spans:
            err("handles %r vs mentions %r" % (
                sorted(text[s:e] for s, e in handles_in_text), sorted(text[s:e] for s, e in mention_spans)))
        # kinds
        kinds = [k for k in kinds if k not in DERIVED]
        for k in kinds:
            if k not in KINDS:
                err("unknown kind %r" % k)
        persons = [(s, e) for s, e, lab in spans if lab == P]
        ptexts = [text[s:e] for s, e in persons]
        if any(t.startswith("#") for t in ptexts) != ("hashtag-name" in kinds):
            err("hashtag-name kind disagrees")
        if "name-list" in kinds and len(persons) < 3:
            err("name-list with fewer than 3 PERSON spans")
        if "initial" in kinds and not any(re.search(r"(^|\s)\w\.", t) for t in ptexts):
            err("initial kind without an initial")
        if "lowercase-name" in kinds and not any(
                (t == t.lower() or t == t.upper()) and not t.startswith("#") for t in ptexts):
            err("lowercase-name kind without a lowercase/caps name")
        if "emoji-glued" in kinds and not any(e < len(text) and is_symbol(text[e]) for s, e in persons):
            err("emoji-glued kind without a name glued to an emoji")
        if "title" in kinds:
            ok = False
            for s, e in persons:
                before = text[:s].split()
                if before and before[-1].lower().strip("(,") in TITLES:
                    ok = True
            if not ok:
                err("title kind without a title before a PERSON")
        for k in ("genitive", "inflected", "word-as-name", "nickname", "namesake", "famous", "family-name",
                  "particle", "no-diacritics", "emoji-glued"):
            if k in kinds and not persons and not (k == "particle"):
                err("%s kind without a PERSON" % k)
        if mention_spans:
            kinds.append("mention")
        if listed:
            kinds.append("listed")
        if any(lab == L for _, _, lab in spans):
            kinds.append("place")
        if not spans:
            kinds.append("none")
        kinds = sorted(set(kinds))
        out.append({"id": rid, "text": text, "entities": spans, "listed": listed, "lang": lang,
                    "source": "captions-languages", "kind": kinds})
    ids = {r["id"] for r in out}
    for lang in LANGS:
        for n in range(1, 61):
            if "%s-%03d" % (lang, n) not in ids:
                errors.append("missing %s-%03d" % (lang, n))
    if len(out) != 300:
        errors.append("%d records, not 300" % len(out))
    order = {lang: i for i, lang in enumerate(LANGS)}
    out.sort(key=lambda r: (order[r["lang"]], r["id"]))
    return out, errors


def main():
    verbose = "-v" in sys.argv[1:]
    out, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "languages.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "name", "aliases", "handles"])
    for row in OPTOUT:
        w.writerow(row)
    with open(os.path.join(HERE, "optout.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print("lang  half   records PERSON LOCATION MENTION listed  records-with-listed")
    for lang in LANGS + [None]:
        for half in ("tune", "test", "all"):
            rs = [r for r in out if (lang is None or r["lang"] == lang)
                  and (half == "all" or (int(r["id"][3:]) % 2 == 0) == (half == "tune"))]
            c = {lab: sum(1 for r in rs for s in r["entities"] if s[2] == lab) for lab in (P, L, M)}
            print("%-5s %-5s %8d %6d %8d %7d %6d %6d" % (
                lang or "all", half, len(rs), c[P], c[L], c[M], sum(len(r["listed"]) for r in rs),
                sum(1 for r in rs if r["listed"])))
    if verbose:
        print("\nkind              tune  test")
        allk = sorted({k for r in out for k in r["kind"]})
        for k in allk:
            t = sum(1 for r in out if k in r["kind"] and int(r["id"][3:]) % 2 == 0)
            s = sum(1 for r in out if k in r["kind"] and int(r["id"][3:]) % 2 == 1)
            print("%-17s %5d %5d" % (k, t, s))
        for lang in LANGS:
            row = []
            for k in allk:
                t = sum(1 for r in out if r["lang"] == lang and k in r["kind"] and int(r["id"][3:]) % 2 == 0)
                s = sum(1 for r in out if r["lang"] == lang and k in r["kind"] and int(r["id"][3:]) % 2 == 1)
                if abs(t - s) > 2:
                    row.append("%s %d/%d" % (k, t, s))
            print(lang, "imbalanced:", ", ".join(row) or "-")
    print("wrote languages.jsonl (%d records) and optout.csv (%d people)" % (len(out), len(OPTOUT)))


if __name__ == "__main__":
    main()
