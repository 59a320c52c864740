#!/usr/bin/env python3
"""Build gold.jsonl for the "openings2" held-out TEST set.

The records below are written by hand in readable form.  Entities are given
as (surface, label) or (surface, label, occurrence).  `occurrence` is the
0-based index among the places where `surface` appears in the text at a word
boundary (case-sensitive; the character before and the character after the
match are not letters, digits or underscore).  It is given only, and then
always, when the surface appears more than once.

Checks (the script exits non-zero with a message if any fails):
  * ids, languages, kinds and labels are valid; 100 nl + 60 fr records;
  * every surface is found, occurrence given iff needed and in range;
  * spans do not overlap and do not cut a word (also no hyphen-joined
    piece such as "Valentin" out of "Saint-Valentin", and a Dutch genitive
    "'s" right after a name must be inside the span);
  * every @handle in the text is annotated as MENTION or listed in the
    record's `not_people_handles`; every MENTION is a whole handle;
  * consistency: every occurrence of an annotated surface (and of each
    name token of a multi-word PERSON span) is covered by an annotated span,
    unless listed in the record's `word_uses` as (surface, occurrence) where
    the same string is used as an ordinary word.

Output: gold.jsonl next to this script, sorted by id, entities sorted by start.
Run with:  python3 build_openings2.py
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ("PERSON", "MENTION", "LOCATION")
KINDS = (
    "opening-noun", "opening-list", "credits", "opening-other-word",
    "interjection", "holiday", "name-word-as-word", "brand-or-dish",
    "person-opening", "vocative", "person-list", "speaker",
    "name-word-as-name", "particle", "person-mid", "none",
)
PARTICLES = {
    "van", "der", "den", "de", "ter", "ten", "te", "het", "'t",
    "le", "la", "les", "du", "des", "d'",
}

RECORDS = []


def L(*lines):
    """Join caption lines with newlines."""
    return "\n".join(lines)


def R(rid, lang, kind, text, entities, not_people_handles=(), word_uses=()):
    RECORDS.append({
        "id": rid,
        "lang": lang,
        "kind": list(kind),
        "text": text,
        "entities": list(entities),
        "not_people_handles": tuple(not_people_handles),
        "word_uses": tuple(word_uses),
    })


P, M, LOC = "PERSON", "MENTION", "LOCATION"

# ---------------------------------------------------------------------------
# Dutch (nl), including Flemish
# ---------------------------------------------------------------------------

R("o2-nl-001", "nl", ["opening-noun", "opening-list", "opening-other-word", "holiday"],
  L("Pioenrozen zijn terug 🌸",
    "Rozen, pioenen en eucalyptus in één boeket, net op tijd voor Moederdag.",
    "Bestellen kan tot zaterdag 12u via de link in bio.",
    "#bloemen #moederdag #pioenrozen"),
  [])

R("o2-nl-002", "nl", ["credits", "person-opening", "person-list", "opening-other-word", "brand-or-dish"],
  L("Sanne & Joost ✨ 14.09 | Kasteel de Haar",
    "Jurk: @bruidsmodeannabel",
    "Pak: Suitsupply",
    "Visagie: Kim",
    "Bloemen: @bloemenbinderij.veld",
    "Wat een dag was dit. Dank jullie wel voor het vertrouwen!"),
  [("Sanne", P), ("Joost", P), ("Kasteel de Haar", LOC), ("Kim", P)],
  not_people_handles=("@bruidsmodeannabel", "@bloemenbinderij.veld"))

R("o2-nl-003", "nl", ["interjection", "opening-noun", "opening-other-word"],
  L("Amai, wat een drukte vanmorgen 🥐",
    "Pistolets op, croissants op, zelfs de cramique was weg om 9u.",
    "Morgen bakken we dubbel, beloofd!",
    "Zalig weekend iedereen 💛"),
  [])

R("o2-nl-004", "nl", ["name-word-as-name", "person-opening", "person-list"],
  L("wat een match van onze U11! ⚽️",
    "Storm scoorde twee keer, Ties hield de nul en Fenna was overal.",
    "volgende week naar Lokeren, allez mannen en vrouwen!",
    "📸 @papa.van.ties"),
  [("Storm", P), ("Ties", P), ("Fenna", P), ("Lokeren", LOC), ("@papa.van.ties", M)])

R("o2-nl-005", "nl", ["name-word-as-word", "opening-noun", "opening-other-word"],
  L("Storm op komst 🌬️",
    "Terras blijft vandaag dicht, binnen is het gezelig warm.",
    "Soep van de dag: pompoen met gember.",
    "Tot straks!"),
  [])

R("o2-nl-006", "nl", ["name-word-as-name", "person-opening", "person-list", "person-mid", "opening-other-word"],
  L("Storm is zes geworden 🎂🎈",
    "Lieve en Storm hebben de hele middag in het springkasteel gelegen.",
    "Dank aan oma Riet voor de taart en aan @lindavermeulen voor de ballonnen!",
    "#zesjaar #feestje"),
  [("Storm", P, 0), ("Lieve", P), ("Storm", P, 1), ("Riet", P), ("@lindavermeulen", M)])

R("o2-nl-007", "nl", ["name-word-as-word", "opening-other-word", "opening-noun"],
  L("Lieve mensen, we zijn even met vakantie 🌞",
    "Vanaf maandag 5 augustus staan we weer voor jullie klaar.",
    "Bestellingen voor taarten graag via mail.",
    "Liefs, het team van @bakkerij.hetwitteschort"),
  [],
  not_people_handles=("@bakkerij.hetwitteschort",))

R("o2-nl-008", "nl", ["name-word-as-word", "name-word-as-name", "person-list", "person-opening", "opening-other-word"],
  L("Elke bruiloft is anders, maar deze…",
    "Roos en Daan kozen voor een picknick in de Kaapse Bossen in plaats van een diner.",
    "Geen tafelschikking, geen speeches, wel heel veel liefde.",
    "📷 @merel.fotografeert"),
  [("Roos", P), ("Daan", P), ("Kaapse Bossen", LOC), ("@merel.fotografeert", M)])

R("o2-nl-009", "nl", ["name-word-as-word", "opening-noun", "opening-other-word"],
  L("Roos van de week: 'Avalanche' 🤍",
    "Romig wit, stevig en lang houdbaar.",
    "Mooi solo in een smalle vaas of samen met wat gipskruid.",
    "Verkrijgbaar in de winkel in Haarlem."),
  [("Haarlem", LOC)])

R("o2-nl-010", "nl", ["holiday", "opening-other-word", "brand-or-dish"],
  L("Koningsdag in Utrecht 🧡👑",
    "Oranje tompoucen zijn vanaf vrijdag te bestellen.",
    "Hema heeft ze ook, maar die van ons zijn lekkerder 😉",
    "Wij staan zaterdag met een kraampje op de Oudegracht!"),
  [("Utrecht", LOC), ("Oudegracht", LOC)])

R("o2-nl-011", "nl", ["holiday", "opening-noun", "opening-other-word", "person-mid"],
  L("Sinterklaas komt zaterdag naar onze school! 🎁",
    "Juf Anke en meester Tom hebben met de kleuters liedjes geoefend.",
    "Vergeet geen schoen mee te nemen 👟",
    "Pepernoten zijn voorzien door de ouderraad."),
  [("Anke", P), ("Tom", P)])

R("o2-nl-012", "nl", ["speaker", "opening-noun", "person-opening"],
  L("Quotes van de week uit de kleuterklas 😂",
    'Bram: "Ik hou van pannenkoeken, maar niet op dinsdag."',
    'Noor: "Mijn papa is een dinosaurus."',
    'Juf Evi: "Gaan we nu eindelijk naar buiten?"',
    "Brams mama heeft alles opgeschreven, dank je!"),
  [("Bram", P), ("Noor", P), ("Evi", P), ("Brams", P)])

R("o2-nl-013", "nl", ["holiday", "name-word-as-word", "opening-list", "opening-other-word"],
  L("Valentijn valt dit jaar op een vrijdag ❤️",
    "Hartjes-macarons, rode rozen en bubbels: alles ligt klaar.",
    "Reserveer je tafel op tijd, want vol is vol!",
    "#valentijnsdag #amsterdam"),
  [])

R("o2-nl-014", "nl", ["name-word-as-name", "person-list", "person-opening"],
  L("Valentijn en Merel zeiden ja! 💍 op het strand van Scheveningen, met alleen hun ouders erbij.",
    "Merel droeg een jurk van haar oma, Valentijn zijn eigen sneakers.",
    "proficiat jullie twee 🥂"),
  [("Valentijn", P, 0), ("Merel", P, 0), ("Scheveningen", LOC), ("Merel", P, 1), ("Valentijn", P, 1)])

R("o2-nl-015", "nl", ["name-word-as-word", "opening-other-word", "interjection"],
  L("Hart vol dankbaarheid 💛",
    "Tien jaar geleden openden we onze eerste winkel in de Lange Nieuwstraat.",
    "Nu staan we met drie zaken in Antwerpen en Mechelen.",
    "Merci aan iedereen die ooit een brood bij ons kocht!"),
  [("Lange Nieuwstraat", LOC), ("Antwerpen", LOC), ("Mechelen", LOC)])

R("o2-nl-016", "nl", ["name-word-as-word", "opening-other-word", "opening-list"],
  L("Nee, we zijn niet gesloten 😅",
    "Enkel de voordeur is kapot, dus kom binnen via de zijkant.",
    "Koffie en taart zoals altijd!"),
  [])

R("o2-nl-017", "nl", ["name-word-as-word", "opening-other-word", "person-mid"],
  L("Mei = trouwmaand 💐",
    "Vijf bruiloften in vier weekends, we zijn moe maar zo blij.",
    "Volgende week delen we de foto's van Lotte en Pieter.",
    "Welke was jullie favoriet tot nu toe?"),
  [("Lotte", P), ("Pieter", P)])

R("o2-nl-018", "nl", ["opening-noun", "opening-other-word", "person-list", "person-opening"],
  L("Bompa wordt 80! 🎉",
    "Gij zijt de beste, bompa. Ne dikke merci voor alle zondagen met frieten en verhalen.",
    "Jef, Lien en de kleinkinderen ❤️",
    "#bompa80"),
  [("Jef", P), ("Lien", P)])

R("o2-nl-019", "nl", ["credits", "particle", "brand-or-dish", "opening-noun"],
  L("Balayage + fresh cut ✂️",
    "Kleur: Lisa ter Horst",
    "Knippen: Ilse",
    "Producten: Olaplex en Kérastase",
    "Boek je afspraak via de link in bio of bel ons!"),
  [("Lisa ter Horst", P), ("Ilse", P)])

R("o2-nl-020", "nl", ["brand-or-dish", "opening-noun"],
  L("Albert Heijn had geen gist meer, dus zelf zuurdesem gemaakt 🍞",
    "Dag 6 van mijn starter.",
    "Brood nummer één is gelukt. Nummer twee iets minder 😂"),
  [])

R("o2-nl-021", "nl", ["opening-other-word", "opening-noun"],
  L("Drie dagen Texel met de kids 🐑",
    "Lammetjes! Overal lammetjes!",
    "Fietsen naar de vuurtoren, poffertjes in Den Burg en 's avonds kampvuur op het strand.",
    "Volgend jaar zeker terug.",
    "#texel #waddeneilanden"),
  [("Texel", LOC), ("Den Burg", LOC)])

R("o2-nl-022", "nl", ["holiday", "opening-other-word", "interjection"],
  L("Gentse Feesten dag 3 🎶",
    "Gisteren tot 4u op de Korenmarkt, vandaag rustig aan met een jenever op de Vrijdagmarkt.",
    "Wie gaat er mee naar de Graslei straks?",
    "Awel, ik neem dat als een ja."),
  [("Korenmarkt", LOC), ("Vrijdagmarkt", LOC), ("Graslei", LOC)])

R("o2-nl-023", "nl", ["vocative", "person-mid"],
  L("Lotte, wat een dag! 🥹 jij en Sem hadden de zon besteld en die kwam ook.",
    "ceremonie in de Oude Kerk, feest bij Hotel De Wilgenhoeve. dank je voor het vertrouwen ❤️"),
  [("Lotte", P), ("Sem", P), ("Oude Kerk", LOC), ("Hotel De Wilgenhoeve", LOC)])

R("o2-nl-024", "nl", ["opening-noun", "opening-other-word", "person-mid"],
  L("Cupcakejes voor het afscheid van juf Marleen 🧁",
    "Zesentwintig stuks, elk met een klien appeltje erop.",
    "Succes met je pensioen, juf! Je gaat gemist worden."),
  [("Marleen", P)])

R("o2-nl-025", "nl", ["opening-other-word"],
  L("UITVERKOCHT!!! 😱",
    "BEDANKT ALLEMAAL voor de gekte rond onze kerstkransen.",
    "Nieuwe voorraad vanaf donderdag, vanaf 8u in de winkel in Deventer."),
  [("Deventer", LOC)])

R("o2-nl-026", "nl", ["none"],
  L("gewoon een dinsdag in de salon ☕️ koffie, roddels en foils",
    "wie komt er morgen langs?"),
  [])

R("o2-nl-027", "nl", ["interjection", "holiday", "opening-noun", "name-word-as-word", "opening-other-word"],
  L("Alaaf! 🎭",
    "Carnaval in Maastricht betekent: drie dagen geen brood bakken maar wel vlaai verkopen.",
    "Zuurkool? Nee, vlaai. Altijd vlaai.",
    "Open op zondag tot 14u."),
  [("Maastricht", LOC)])

R("o2-nl-028", "nl", ["person-opening", "opening-list", "opening-noun", "opening-other-word"],
  L("Sanne heeft vandaag haar eerste taart helemaal alleen gemaakt 🎂",
    "Citroen, frambozen en veel te veel slagroom.",
    "Papa mocht het eerste stuk. Goedgekeurd!"),
  [("Sanne", P)])

R("o2-nl-029", "nl", ["name-word-as-name", "person-opening", "vocative", "interjection"],
  L("Roos is vandaag 1 jaar bij ons in de salon 🌷 ze begon als stagiaire en is nu onze kleurspecialist.",
    "Proficiat Roos, we zijn zo blij met je!",
    "boek bij haar via @roos.kleurt"),
  [("Roos", P, 0), ("Roos", P, 1), ("@roos.kleurt", M)])

R("o2-nl-030", "nl", ["opening-noun", "name-word-as-word", "name-word-as-name", "person-opening", "brand-or-dish"],
  L("Bruidsboeket voor Roos 🤍",
    "Roos 'Juliet' als hoofdbloem, aangevuld met ranonkels en wilde grassen.",
    "Roos zelf koos het lint: oudroze zijde van de jurk van haar oma.",
    "📷 @fotografie.daphne"),
  [("Roos", P, 0), ("Roos", P, 2), ("@fotografie.daphne", M)],
  word_uses=(("Roos", 1),))

R("o2-nl-031", "nl", ["brand-or-dish", "opening-other-word", "opening-noun", "holiday"],
  L("Jules Destrooper bij de koffie, altijd goed 🍪",
    "Vandaag ook nieuw in de toonbank: Leonidas pralines voor Moederdag.",
    "Cadeautje nodig? Wij pakken het mooi in."),
  [])

R("o2-nl-032", "nl", ["credits", "particle", "opening-noun", "brand-or-dish"],
  L("Bruidsshoot in de duinen bij Bloemendaal 🌾",
    "Fotografie: @jasper.vos.photo",
    "Visagie: Kim de Wit",
    "Haar: Nadia",
    "Jurk: Pronovias",
    "Styling & bloemen: @bloemist.dewildetuin"),
  [("Bloemendaal", LOC), ("@jasper.vos.photo", M), ("Kim de Wit", P), ("Nadia", P)],
  not_people_handles=("@bloemist.dewildetuin",))

R("o2-nl-033", "nl", ["name-word-as-word", "opening-other-word", "opening-noun", "name-word-as-name", "person-mid"],
  L("Ben jij onze nieuwe collega? ✂️",
    "We zoeken een enthousiaste kapper (m/v/x) voor 4 dagen per week in Amersfoort.",
    "Ervaring met kleuren is een plus.",
    "Stuur een DM of mail naar Elke!"),
  [("Amersfoort", LOC), ("Elke", P)])

R("o2-nl-034", "nl", ["name-word-as-word", "opening-other-word"],
  L("Wil jij ook zo'n taart voor je verjaardag? 🍰",
    "Drie lagen chocolade, zoute karamel en hazelnoot.",
    "Minimaal vijf dagen vooraf bestellen.",
    "Lekker? Reken maar!"),
  [])

R("o2-nl-035", "nl", ["opening-noun", "person-opening", "person-list"],
  L("Familie Janssens op vakantie in Zeeland ☀️",
    "Ruben bouwde zandkastelen, Eline zocht schelpjes en Staf viel in slaap onder de parasol.",
    "groetjes uit Domburg!"),
  [("Janssens", P), ("Zeeland", LOC), ("Ruben", P), ("Eline", P), ("Staf", P), ("Domburg", LOC)])

R("o2-nl-036", "nl", ["name-word-as-word", "opening-noun", "opening-other-word"],
  L("Merel in de tuin vanochtend 🐦",
    "Ze komt elke dag de krenten van het terras pikken.",
    "Vogelvoer ligt bij ons aan de kassa, 3 euro per zak."),
  [])

R("o2-nl-037", "nl", ["name-word-as-word", "opening-list", "opening-other-word"],
  L("Amber, goud en warm bruin: dat zijn de kleuren van deze herfst 🍂",
    "Onze nieuwe tafeldecoratie met droogbloemen staat online.",
    "Ophalen in de winkel of laten bezorgen in regio Zwolle."),
  [("Zwolle", LOC)])

R("o2-nl-038", "nl", ["name-word-as-word", "name-word-as-name", "opening-noun", "person-mid", "person-opening"],
  L("Madeliefjes in het gras, de zon erbij en een picknickkleed 🌼",
    "Zomershoot met Madelief (4) en haar broertje Mees.",
    "Mees wilde vooral de madeliefjes opeten 😂"),
  [("Madelief", P), ("Mees", P, 0), ("Mees", P, 1)])

R("o2-nl-039", "nl", ["speaker", "name-word-as-name", "opening-other-word"],
  L("Mijn dochter van 6 over jullie speculaasbrokken:",
    'Jade: "Mama, dit is beter dan snoep"',
    'Ik: "Het IS snoep"',
    'Jade: "Oh ja"',
    "Koop er nog maar een zak 😂"),
  [("Jade", P, 0), ("Jade", P, 1)])

R("o2-nl-040", "nl", ["name-word-as-word", "opening-list", "opening-other-word"],
  L("Jade en rozenkwarts: de nieuwe oorbellen zijn binnen 💚",
    "Handgemaakt in ons atelier in Leuven.",
    "Elk paar is uniek, dus op = op."),
  [("Leuven", LOC)])

R("o2-nl-041", "nl", ["particle", "person-opening", "opening-other-word", "opening-noun", "person-mid"],
  L("Van der Berg met de 1-0, De Smet met de 2-0 ⚽️",
    "Wat een tweede helft van ons eerste elftal!",
    "Man of the match: Thijs van der Berg, zonder twijfel.",
    "Volgende week een uitwedstrijd in Zeist."),
  [("Van der Berg", P), ("De Smet", P), ("Thijs van der Berg", P), ("Zeist", LOC)])

R("o2-nl-042", "nl", ["particle", "person-opening", "vocative", "opening-other-word"],
  L("Nieuw in het team: Anouk de Vries! 👋",
    "Anouk komt van een salon in Groningen en is gek op krullen.",
    "welkom Anouk, we zijn blij dat je er bent."),
  [("Anouk de Vries", P), ("Anouk", P, 1), ("Groningen", LOC), ("Anouk", P, 2)])

R("o2-nl-043", "nl", ["brand-or-dish", "opening-noun", "name-word-as-word", "opening-other-word"],
  L("Hema-taartjes? Nee hoor, deze zijn van ons 😌",
    "Tompouce met aardbeien, alleen dit weekend.",
    "Zaterdag vanaf 8u, zolang de voorraad strekt."),
  [])

R("o2-nl-044", "nl", ["interjection", "vocative", "credits", "opening-noun"],
  L("Mabrouk Yasmine & Karim! 💍✨",
    "Henna-avond in Rotterdam, bruiloft in Marrakech, en wij mochten erbij zijn.",
    "Jurk: @atelier.amira",
    "Fotografie: @nora.elamrani"),
  [("Yasmine", P), ("Karim", P), ("Rotterdam", LOC), ("Marrakech", LOC), ("@nora.elamrani", M)],
  not_people_handles=("@atelier.amira",))

R("o2-nl-045", "nl", ["interjection", "opening-other-word", "opening-noun", "person-mid"],
  L("Proficiat aan onze U13-meisjes, kampioen! 🏆",
    "Geen enkele match verloren dit seizoen.",
    "Trainers Hanne en Wout: chapeau.",
    "Frieten en cola vrijdag, gesponsord door meneer Bakker van de kantine."),
  [("Hanne", P), ("Wout", P), ("Bakker", P)])

R("o2-nl-046", "nl", ["vocative", "person-mid"],
  L("twaalf jaar getrouwd vandaag 🥂 nog steeds mijn favoriete mens om mee naar de aldi te gaan.",
    "love you Bas ❤️"),
  [("Bas", P)])

R("o2-nl-047", "nl", ["opening-other-word", "holiday", "brand-or-dish", "opening-noun"],
  L("Welke taart kiezen jullie voor Vaderdag?",
    "1. Zwarte woud",
    "2. Appelkruimel",
    "3. Citroen-meringue",
    "Stem in de comments 👇"),
  [])

R("o2-nl-048", "nl", ["person-mid"],
  L("geweldig weekend gehad met de F-jes op toernooi in Brugge ⚽️ slapen in de sporthal, spaghetti van mama Inge en een beker mee naar huis.",
    "bedankt @sofie.claes en @tom_wouters voor het rijden!"),
  [("Brugge", LOC), ("Inge", P), ("@sofie.claes", M), ("@tom_wouters", M)])

R("o2-nl-049", "nl", ["brand-or-dish", "opening-list", "opening-other-word", "opening-noun"],
  L("Jan Hagel vers uit de oven 🍪",
    "Boter, suiker, amandelschaafsel en een snufje kaneel. Meer is het niet.",
    "Oma's recept, al veertig jaar hetzelfde."),
  [])

R("o2-nl-050", "nl", ["name-word-as-word", "opening-noun", "person-mid"],
  L("Storm Ciarán zorgt voor afgelasting: geen training vanavond 🌧️",
    "Ouders, houd de app in de gaten.",
    "Coach Dirk laat morgen weten of zaterdag doorgaat."),
  [("Dirk", P)])

R("o2-nl-051", "nl", ["holiday", "name-word-as-word", "person-opening", "person-mid", "interjection"],
  L("Sinterklaas en zijn Pieten waren vandaag bij de kleuters 🎁",
    "Noah durfde zelfs een liedje te zingen!",
    "Lieve Sint, dank je wel voor de chocoladeletters.",
    "Groetjes van juf Sarah en de Berenklas"),
  [("Noah", P), ("Sarah", P)])

R("o2-nl-052", "nl", ["holiday", "person-opening", "person-list"],
  L("Koningsdag op de vrijmarkt in het Vondelpark 👑",
    "Fenna verkocht haar oude knuffels, Ties zijn stripboeken.",
    "💰 €23,50 verdiend, ondernemers!"),
  [("Vondelpark", LOC), ("Fenna", P), ("Ties", P)])

R("o2-nl-053", "nl", ["opening-noun", "opening-list", "credits"],
  L("Bloemist in hart en nieren 🌿",
    "Seizoensbloemen, bruidswerk & workshops",
    "Winkel: Voorstraat, Dordrecht",
    "Di–za 9–17u"),
  [("Voorstraat", LOC), ("Dordrecht", LOC)])

R("o2-nl-054", "nl", ["person-opening", "opening-noun", "opening-list"],
  L("Marloes | kapster & kleurnerd ✂️",
    "Salon aan huis in Nijmegen-Oost",
    "Afspraken via DM",
    "Balayage, curtain bangs en alles daartussen"),
  [("Marloes", P), ("Nijmegen-Oost", LOC)])

R("o2-nl-055", "nl", ["interjection", "name-word-as-word", "opening-noun", "opening-other-word"],
  L("Ciao from Lago di Garda 🇮🇹",
    "Elke ochtend een cappuccino in Malcesine, elke middag zwemmen.",
    "Gelato-teller staat op 14. Geen spijt."),
  [("Lago di Garda", LOC), ("Malcesine", LOC)])

R("o2-nl-056", "nl", ["vocative", "opening-other-word"],
  L("Gij zijt ne schat, Warre 🥹",
    "Vijf jaar geleden stond ge hier als klein manneke met uw eerste voetbalschoenen.",
    "Nu speelt ge bij de U15. Trots!"),
  [("Warre", P)])

R("o2-nl-057", "nl", ["interjection", "opening-list", "opening-other-word"],
  L("Zalig, die eerste aardbeien van 't seizoen 🍓",
    "Aardbeientaartjes, aardbeienbavarois en gewoon een bakje om mee te nemen.",
    "Van de boer in Sint-Truiden, 5 km van onze deur."),
  [("Sint-Truiden", LOC)])

R("o2-nl-058", "nl", ["name-word-as-word", "name-word-as-name", "vocative", "person-opening"],
  L("Lieve Lieve, gefeliciteerd met je 30ste! 🎈",
    "Lieve is al tien jaar mijn beste vriendin en nog steeds even gek.",
    "Op naar de volgende tien, schat."),
  [("Lieve", P, 1), ("Lieve", P, 2)],
  word_uses=(("Lieve", 0),))

R("o2-nl-059", "nl", ["opening-other-word", "opening-noun"],
  L("NIEUW: ZUURDESEM MET WALNOOT 🥖",
    "Knapperige korst, luchtig binnenin.",
    "Alleen op vrijdag en zaterdag. Op = op!"),
  [])

R("o2-nl-060", "nl", ["opening-noun", "name-word-as-word", "opening-other-word"],
  L("Versterking gezocht voor ons kinderdagverblijf! 🌳",
    "Pedagogisch medewerker, 24-32 uur, locatie Zeist.",
    "Ben jij geduldig, creatief en gek op peuters? Reageer voor 1 maart."),
  [("Zeist", LOC)])

R("o2-nl-061", "nl", ["name-word-as-word", "opening-other-word"],
  L("Jasmijn in bloei op het terras, ruik je het al? 🤍",
    "Vanavond zomerse cocktails tot zonsondergang.",
    "Reserveren hoeft niet, gewoon binnenwaaien."),
  [])

R("o2-nl-062", "nl", ["name-word-as-name", "person-list", "person-opening", "opening-other-word"],
  L("Jasmijn en Tibo, 21.06, Hof ter Linden 🌿",
    "Tibo huilde al bij de eerste blik, Jasmijn pas bij de speech van haar zus.",
    "Bedankt @hofterlinden voor de perfecte locatie."),
  [("Jasmijn", P, 0), ("Tibo", P, 0), ("Hof ter Linden", LOC), ("Tibo", P, 1), ("Jasmijn", P, 1)],
  not_people_handles=("@hofterlinden",))

R("o2-nl-063", "nl", ["opening-list", "name-word-as-word", "opening-other-word"],
  L("Margrieten, korenbloemen en klaprozen: een echt weidebosje 🌼",
    "Plukken mag zelf in onze pluktuin in Lisse.",
    "Tot eind september elke dag open."),
  [("Lisse", LOC)])

R("o2-nl-064", "nl", ["brand-or-dish"],
  L("Douglas had mijn foundation niet meer, dus maar naar de Kruidvat 🙈 resultaat: drie nieuwe lipsticks en géén foundation.",
    "herkenbaar?"),
  [])

R("o2-nl-065", "nl", ["person-opening", "credits", "opening-other-word"],
  L("Eva | 29 | Utrecht ✈️",
    "Reizen met een rugzak en te veel camera's",
    "Nu: Vietnam 🇻🇳",
    "Volgende: Japan?"),
  [("Eva", P), ("Utrecht", LOC), ("Vietnam", LOC), ("Japan", LOC)])

R("o2-nl-066", "nl", ["interjection", "vocative", "person-opening"],
  L("Amai Kato, gij hebt u overtroffen met die verjaardagstaart 😍 drie verdiepingen, eenhoorns en glitter.",
    "Marie-Louise was in de wolken.",
    "@kato.bakt 🙌"),
  [("Kato", P), ("Marie-Louise", P), ("@kato.bakt", M)])

R("o2-nl-067", "nl", ["credits", "brand-or-dish", "opening-noun", "person-mid"],
  L("Bbq na het laatste toernooi van het seizoen 🔥",
    "Vlees: slagerij Van Damme",
    "Drank: de ouders van de JO9",
    "Muziek: DJ Rik",
    "Tot zaterdag op Sportpark De Eendracht!"),
  [("Rik", P), ("Sportpark De Eendracht", LOC)])

R("o2-nl-068", "nl", ["opening-list", "opening-other-word"],
  L("Zee, zon en frieten 🌊",
    "Drie weken De Panne met de caravan, zalig.",
    "Morgen terug naar huis, de kinderen willen niet 😭"),
  [("De Panne", LOC)])

R("o2-nl-069", "nl", ["none"],
  L("nieuwe video staat online!! 🎥 24 uur alleen maar hema-producten gegeten 😂",
    "link in bio, en tag @dennis.vlogt als je wil dat hij het ook doet"),
  [("@dennis.vlogt", M)])

R("o2-nl-070", "nl", ["holiday", "opening-list", "opening-other-word"],
  L("Pasen komt eraan 🐣",
    "Paaseitjes van pure chocolade, paashaasjes in drie maten en ons befaamde paasbrood.",
    "Bestel voor woensdag, afhalen op zaterdag.",
    "Vrolijk Pasen alvast!"),
  [])

R("o2-nl-071", "nl", ["opening-noun", "opening-list", "holiday", "opening-other-word"],
  L("Oliebollen! 🎆",
    "Vanaf 27 december staan we weer met de kraam op de Grote Markt in Haarlem.",
    "Appelflappen, berlinerbollen en natuurlijk oliebollen met en zonder krenten.",
    "Gelukkig Nieuwjaar alvast van het hele team!"),
  [("Grote Markt", LOC), ("Haarlem", LOC)])

R("o2-nl-072", "nl", ["person-list", "person-opening", "name-word-as-name", "opening-other-word"],
  L("Ties, Fenna en Jade maakten de goals 🏑",
    "Mees stond voor het eerst in de goal en hield alles tegen.",
    "Fenna's ouders hadden zelfs een spandoek gemaakt.",
    "Trots op deze meiden en jongens!",
    "#hockey #mc1"),
  [("Ties", P), ("Fenna", P, 0), ("Jade", P), ("Mees", P), ("Fenna's", P)])

R("o2-nl-073", "nl", ["interjection", "opening-other-word", "opening-noun"],
  L("Goedemorgen ouders! ☀️",
    "Morgen is het studiedag, de school is gesloten.",
    "Vrijdag is er een voorleesontbijt in de Uilenklas. Pyjama aan mag!"),
  [])

R("o2-nl-074", "nl", ["person-opening", "person-mid"],
  L("André Hazes op de achtergrond, taart op tafel, opa op de dansvloer 💃",
    "zo vieren wij 50 jaar getrouwd. proficiat opa Henk en oma Truus!"),
  [("André Hazes", P), ("Henk", P), ("Truus", P)])

R("o2-nl-075", "nl", ["opening-other-word", "opening-noun"],
  L("Wie herkent dit plekje? 📍",
    "Hint: het ligt aan de Amstel en je kunt er heerlijk appeltaart eten.",
    "Oplossing morgen in de stories!"),
  [("Amstel", LOC)])

R("o2-nl-076", "nl", ["holiday", "opening-noun", "opening-list", "opening-other-word"],
  L("Kerststukjes maken met de kids op woensdagmiddag 🎄",
    "Dennengroen, kaarsjes, dennenappels en glitter. Heel veel glitter.",
    "Nog 3 plekjes vrij, aanmelden via de site."),
  [])

R("o2-nl-077", "nl", ["none"],
  L("skål vanuit Stockholm 🇸🇪 kanelbullar op elke hoek en veel te dure koffie.",
    "morgen door naar Kopenhagen"),
  [("Stockholm", LOC), ("Kopenhagen", LOC)])

R("o2-nl-078", "nl", ["brand-or-dish", "opening-noun", "opening-other-word"],
  L("Tony's Chocolonely in de brownies, geen grapje 🍫",
    "Karamel-zeezout, dus ook een beetje zout.",
    "Proberen? Vanaf morgen in de vitrine."),
  [])

R("o2-nl-079", "nl", ["vocative", "person-list", "person-opening"],
  L("Fleur en Joris, jullie zijn goud waard ✨",
    "zo'n ontspannen bruidspaar, en dat met regen in Giethoorn.",
    "bootje, paraplu's, klompen: alles erbij 🛶",
    "Fleur, die jurk!!"),
  [("Fleur", P, 0), ("Joris", P), ("Giethoorn", LOC), ("Fleur", P, 1)])

R("o2-nl-080", "nl", ["none"],
  L("eerste dag van de zomervakantie en het regent. uiteraard. 🙃",
    "spelletjes, pannenkoeken en een film. prima zo."),
  [])

R("o2-nl-081", "nl", ["brand-or-dish", "person-mid"],
  L("Zeeman-haul voor de vakantie 😎 zwembroekjes voor de jongens, een hoedje voor Pien en handdoeken voor iedereen.",
    "totaal: €38, niet slecht!"),
  [("Pien", P)])

R("o2-nl-082", "nl", ["name-word-as-name", "person-list", "person-opening", "vocative"],
  L("Beer en Linde trouwden op Kasteel Hoekelum 🏰",
    "Beer is de broer van onze Lotte, dus dit was extra bijzonder.",
    "Linde, je was stralend."),
  [("Beer", P, 0), ("Linde", P, 0), ("Kasteel Hoekelum", LOC), ("Beer", P, 1), ("Lotte", P), ("Linde", P, 1)])

R("o2-nl-083", "nl", ["name-word-as-word", "opening-list", "opening-other-word", "opening-noun"],
  L("Beer, konijn of olifant? 🧸",
    "Onze gehaakte knuffels zijn weer op voorraad.",
    "Naam erop borduren kan voor €5 extra."),
  [])

R("o2-nl-084", "nl", ["none"],
  L("zondagochtend langs de Prinsengracht ☕️ croissant van @bakkerij.wittenburg en geen plannen",
    "meer van dit graag"),
  [("Prinsengracht", LOC)],
  not_people_handles=("@bakkerij.wittenburg",))

R("o2-nl-085", "nl", ["particle", "person-opening", "vocative", "opening-other-word"],
  L("Lisa ter Horst is terug van zwangerschapsverlof! 💕",
    "Lisa knipt weer op dinsdag, donderdag en zaterdag.",
    "Welkom terug, Lisa!"),
  [("Lisa ter Horst", P), ("Lisa", P, 1), ("Lisa", P, 2)])

R("o2-nl-086", "nl", ["interjection", "opening-list", "opening-noun"],
  L("Hoera, de kermis is in het dorp! 🎡",
    "Suikerspin, smoutebollen en de botsauto's: we zijn er.",
    "Bompa betaalt de eerste ronde, beloofd."),
  [])

R("o2-nl-087", "nl", ["person-opening"],
  L("Kimmie, de allerbeste kapster van Eindhoven 💇‍♀️ ik kwam binnen met stro en ging naar buiten met zijde"),
  [("Kimmie", P), ("Eindhoven", LOC)])

R("o2-nl-088", "nl", ["opening-other-word", "opening-noun", "person-mid"],
  L("Ja gezegd! Hanne en Seppe op het stadhuis van Gent 💍",
    "Ceremonie om 11u, lunch aan de Graslei, feest tot in de vroege uurtjes.",
    "Dank aan iedereen die erbij was!",
    "#hanneenseppe #trouwen2024"),
  [("Hanne", P), ("Seppe", P), ("Gent", LOC), ("Graslei", LOC), ("#hanneenseppe", P)])

R("o2-nl-089", "nl", ["interjection", "opening-list", "opening-other-word"],
  L("Joepie, de zomerkampen staan online! ☀️",
    "Kleuterkamp, sportkamp, kookkamp en ja, ook weer het circuskamp.",
    "Inschrijven vanaf maandag 9u, wees er snel bij!!"),
  [])

R("o2-nl-090", "nl", ["name-word-as-name", "person-list", "person-opening", "holiday"],
  L("Wolf en Bo, allebei 7, liepen vanavond voor het eerst samen met hun lampion 🏮",
    "Wolf had een maan, Bo een zelfgemaakte draak.",
    "Sint-Maarten blijft magisch."),
  [("Wolf", P, 0), ("Bo", P, 0), ("Wolf", P, 1), ("Bo", P, 1)])

R("o2-nl-091", "nl", ["opening-list", "name-word-as-word", "opening-other-word"],
  L("Vossen, uilen en egeltjes op de nieuwe kinderkamerprints 🦊",
    "Wolf of beer erbij? Die komen volgende maand.",
    "Gedrukt op gerecycled papier."),
  [])

R("o2-nl-092", "nl", ["person-opening"],
  L("Johan Cruijff zei het al: voetbal is simpel. onze JO8 maakt het vooralsnog iets ingewikkelder 😂",
    "⚽ zaterdag thuis tegen Sparta, aftrap 10u"),
  [("Johan Cruijff", P)])

R("o2-nl-093", "nl", ["speaker", "opening-noun", "opening-other-word"],
  L("Overheard aan de toonbank 😂",
    'Klant: "Heeft u ook brood zonder gluten, zonder suiker en zonder meel?"',
    'Mieke: "Ja mevrouw, dat heet water."'),
  [("Mieke", P)])

R("o2-nl-094", "nl", ["speaker"],
  L("ook dit jaar weer lampionnen knutselen 🏮",
    'Fenna: "mag de mijne een eenhoorn zijn?"',
    "natuurlijk mag dat"),
  [("Fenna", P)])

R("o2-nl-095", "nl", ["holiday", "particle", "person-opening", "opening-list"],
  L("De Ronde 🚴",
    "Wout van Aert kwam voorbij om 14u32, wij stonden al sinds 10u op de Oude Kwaremont.",
    "Koud, nat en geweldig."),
  [("Wout van Aert", P), ("Oude Kwaremont", LOC)])

R("o2-nl-096", "nl", ["opening-noun", "opening-list", "particle", "person-mid"],
  L("Bloemen met een verhaal 🌸",
    "Door Ilona van Dijk",
    "Bruidswerk • rouwwerk • abonnementen",
    "Atelier in Brugge"),
  [("Ilona van Dijk", P), ("Brugge", LOC)])

R("o2-nl-097", "nl", ["holiday", "opening-noun", "opening-other-word"],
  L("Hartjeskoekjes voor Valentijn 💘",
    "Zandkoek met frambozenglazuur, per 6 verpakt.",
    "Alleen op 13 en 14 februari."),
  [])

R("o2-nl-098", "nl", ["particle", "opening-other-word", "person-mid", "interjection"],
  L("Ne dikke merci aan juf Van den Bossche! 🍎",
    "Drie jaar lang heeft zij onze Nore leren lezen, schrijven en rekenen.",
    "Geniet van uw pensioen, juf!"),
  [("Van den Bossche", P), ("Nore", P)])

R("o2-nl-099", "nl", ["opening-noun", "opening-other-word", "person-mid"],
  L("Hoop doet leven, zeggen ze 🤞",
    "Na drie nederlagen op rij wonnen onze senioren eindelijk: 3-1.",
    "Doelpunten van Tim, Tim en... Tim.",
    "Man van de match? Raad eens."),
  [("Tim", P, 0), ("Tim", P, 1), ("Tim", P, 2)])

R("o2-nl-100", "nl", ["credits", "brand-or-dish", "opening-noun", "opening-other-word"],
  L("Outfit van de dag 🖤",
    "Jas: Zara",
    "Broek: Mango",
    "Tas: van mijn zus @noor.peeters",
    "Sneakers: Veja",
    "Welke vind je het leukst?"),
  [("@noor.peeters", M)])

# ---------------------------------------------------------------------------
# French (fr), France and Belgium
# ---------------------------------------------------------------------------

R("o2-fr-001", "fr", ["opening-list", "name-word-as-word", "opening-noun", "opening-other-word"],
  L("Capucines, bourrache et soucis 🌼",
    "Les fleurs comestibles sont de retour à la boutique.",
    "Parfaites pour décorer vos salades et vos gâteaux d'été."),
  [])

R("o2-fr-002", "fr", ["opening-noun", "brand-or-dish", "opening-other-word", "person-mid"],
  L("Madeleines au miel 🍯",
    "Miel de lavande de chez Jean-Marc, notre apiculteur à Forcalquier.",
    "Encore tièdes à 16h, venez vite !"),
  [("Jean-Marc", P), ("Forcalquier", LOC)])

R("o2-fr-003", "fr", ["credits", "person-opening", "person-list", "brand-or-dish"],
  L("Léa & Hugo 🤍 Château de Vaux",
    "Robe : @atelier.blanche",
    "Costume : Maison Standards",
    "Coiffure : Léa Martin",
    "Fleurs : @lesfleursdecapucine",
    "Traiteur : Lenôtre"),
  [("Léa", P, 0), ("Hugo", P), ("Château de Vaux", LOC), ("Léa Martin", P)],
  not_people_handles=("@atelier.blanche", "@lesfleursdecapucine"))

R("o2-fr-004", "fr", ["opening-other-word", "person-mid"],
  L("Trop mignon ce petit bonhomme 😍 séance nouveau-né pour Gabriel, 9 jours, à Lyon.",
    "merci à ses parents Clémence et Arnaud 🙏"),
  [("Gabriel", P), ("Lyon", LOC), ("Clémence", P), ("Arnaud", P)])

R("o2-fr-005", "fr", ["opening-other-word", "interjection", "person-mid"],
  L("Quelle journée ! 🥵",
    "Trois mariages, deux baptêmes et une panne de camionette.",
    "Heureusement que Mathilde était là pour tout gérer.",
    "Bravo l'équipe ❤️"),
  [("Mathilde", P)])

R("o2-fr-006", "fr", ["name-word-as-name", "person-opening"],
  L("Rose a soufflé ses bougies 🎂 cinq ans déjà ! gâteau licorne, paillettes partout et une Rose très fière.",
    "merci mamie Jo pour la déco 💕"),
  [("Rose", P, 0), ("Rose", P, 1), ("Jo", P)])

R("o2-fr-007", "fr", ["name-word-as-word", "opening-list", "opening-noun", "credits"],
  L("Rose poudré, blanc crème et une touche de vert sauge 🌿",
    "Bouquet de mariée pour une cérémonie laïque à Annecy.",
    "Photo : @julie.lefebvre.photo"),
  [("Annecy", LOC), ("@julie.lefebvre.photo", M)])

R("o2-fr-008", "fr", ["holiday", "opening-noun", "opening-list"],
  L("Saint-Valentin approche ❤️",
    "Coffrets de macarons, roses éternelles et champagne : tout est prêt.",
    "Commandes jusqu'au 12 février en boutique ou par message."),
  [])

R("o2-fr-009", "fr", ["holiday", "particle", "opening-noun", "person-mid"],
  L("Noël chez les Le Goff 🎄",
    "Bûche de mamie, huîtres de Cancale et papy qui chante faux.",
    "Joyeux Noël à tous !"),
  [("Le Goff", P), ("Cancale", LOC)])

R("o2-fr-010", "fr", ["holiday", "opening-list", "opening-other-word"],
  L("Pâques arrive à grands pas 🐣",
    "Œufs en chocolat noir, lapins au lait et cloches pralinées.",
    "Disponible dès le 20 mars à la boutique de Namur."),
  [("Namur", LOC)])

R("o2-fr-011", "fr", ["interjection", "opening-other-word"],
  L("Coucou les amis ! 👋",
    "Septante-cinq gaufres vendues ce midi, record battu une fois !",
    "Demain on remet ça sur la Grand-Place, à Bruxelles."),
  [("Grand-Place", LOC), ("Bruxelles", LOC)])

R("o2-fr-012", "fr", ["interjection", "opening-noun", "credits", "person-mid"],
  L("Félicitations à Inès et Mehdi pour leur mariage ! 💍",
    "Mabrouk mabrouk 🥳",
    "Henné la veille, cérémonie à la mairie de Roubaix, et une soirée inoubliable.",
    "Photo : @yasmina.benali"),
  [("Inès", P), ("Mehdi", P), ("Roubaix", LOC), ("@yasmina.benali", M)])

R("o2-fr-013", "fr", ["name-word-as-word", "opening-list", "opening-other-word", "opening-noun"],
  L("Ambre, miel et terracotta : la palette de l'automne 🍂",
    "Nouvelle collection de bougies coulées à la main dans notre atelier de Lille.",
    "Livraison offerte dès 40 €."),
  [("Lille", LOC)])

R("o2-fr-014", "fr", ["name-word-as-name", "person-list", "person-opening", "interjection"],
  L("Ambre et Louis se sont dit oui ☀️",
    "Ambre portait la robe de sa grand-mère, retouchée par @nadia.couture.",
    "Merci pour cette journée au Domaine de la Butte."),
  [("Ambre", P, 0), ("Louis", P), ("Ambre", P, 1), ("@nadia.couture", M), ("Domaine de la Butte", LOC)])

R("o2-fr-015", "fr", ["name-word-as-word", "opening-noun"],
  L("Aurore sur le Léman 🌅",
    "Réveil à 5h pour cette lumière, aucun regret.",
    "Séance couple demain à Lausanne, j'ai hâte."),
  [("Léman", LOC), ("Lausanne", LOC)])

R("o2-fr-016", "fr", ["vocative", "credits", "name-word-as-name", "opening-other-word"],
  L("Merci Aurore ! 🙏",
    "Tu as rendu ce shooting tellement facile.",
    "Maquillage : Aurore Lambert",
    "Coiffure : Sabrina"),
  [("Aurore", P, 0), ("Aurore Lambert", P), ("Sabrina", P)])

R("o2-fr-017", "fr", ["name-word-as-word", "opening-list", "interjection", "opening-other-word"],
  L("Olive, citron confit et thym 🫒",
    "Notre fougasse du week-end est de retour.",
    "Bon appétit !"),
  [])

R("o2-fr-018", "fr", ["name-word-as-name", "person-opening"],
  L("Capucine a fait ses premiers pas 🥹 dans le jardin de papi, en plein milieu des capucines, évidemment.",
    "elle marchait vers Prune, notre chienne."),
  [("Capucine", P)])

R("o2-fr-019", "fr", ["name-word-as-word", "opening-list", "opening-other-word"],
  L("Prune, mirabelle, quetsche 🟣",
    "Les tartes de fin d'été sont là, jusqu'à épuisement.",
    "Venez tôt samedi, le marché de Metz ferme à 13h."),
  [("Metz", LOC)])

R("o2-fr-020", "fr", ["name-word-as-name", "person-opening"],
  L("Jade, 16 ans, finaliste régionale au 100 m ! 🏃‍♀️ bravo championne, tout le club est fier de toi.",
    "prochaine étape : les championnats nationaux à Angers."),
  [("Jade", P), ("Angers", LOC)])

R("o2-fr-021", "fr", ["name-word-as-word", "opening-noun", "person-mid"],
  L("Blanche comme neige, cette pièce montée 🤍",
    "Choux à la vanille bourbon et nougatine maison.",
    "Pour le mariage de Pauline et Thomas, samedi dernier."),
  [("Pauline", P), ("Thomas", P)])

R("o2-fr-022", "fr", ["brand-or-dish", "opening-other-word", "opening-noun"],
  L("Paul était fermé à la gare, alors on a trouvé cette petite boulangerie à Bordeaux 🥐",
    "Meilleur pain au chocolat de ma vie, sans exagérer.",
    "Adresse en story !"),
  [("Bordeaux", LOC)])

R("o2-fr-023", "fr", ["brand-or-dish", "opening-noun", "person-mid", "vocative"],
  L("Charlotte aux fraises pour les 40 ans de Sophie 🍓",
    "Biscuits cuillère maison, mousse légère et fraises de Plougastel.",
    "Joyeux anniversaire Sophie !"),
  [("Sophie", P, 0), ("Plougastel", LOC), ("Sophie", P, 1)])

R("o2-fr-024", "fr", ["brand-or-dish", "opening-noun", "opening-other-word", "person-mid"],
  L("Tarte Tatin du dimanche 🍏",
    "Recette de ma grand-mère Odette, qui la ratait une fois sur deux.",
    "Moi aussi, du coup."),
  [("Odette", P)])

R("o2-fr-025", "fr", ["holiday", "opening-noun"],
  L("Fête de la musique ce soir 🎶",
    "Concert des élèves de l'école à partir de 19h dans la cour.",
    "Crêpes et boissons au profit de la classe verte !"),
  [])

R("o2-fr-026", "fr", ["speaker", "opening-other-word", "person-mid"],
  L("Entendu ce matin dans la classe de madame Dupuis 😂",
    "Lucas : « Maîtresse, mon papa il est plus fort que Hulk. »",
    "Zoé : « Non, le mien il conduit un camion. »"),
  [("Dupuis", P), ("Lucas", P), ("Zoé", P)])

R("o2-fr-027", "fr", ["particle", "person-opening", "opening-other-word"],
  L("Yann Le Goff, 12 ans, premier but en U13 ⚽",
    "Le Goff junior a bien retenu les conseils de son père !",
    "Prochain match samedi à Quimper."),
  [("Yann Le Goff", P), ("Le Goff", P, 1), ("Quimper", LOC)])

R("o2-fr-028", "fr", ["interjection", "opening-noun", "person-list", "person-opening"],
  L("Santé ! 🍻",
    "Apéro au kot avant le blocus, une fois.",
    "Maxime, Arthur et moi, on a tenu jusqu'à 2h.",
    "Louvain-la-Neuve ne dort jamais."),
  [("Maxime", P), ("Arthur", P), ("Louvain-la-Neuve", LOC)])

R("o2-fr-029", "fr", ["opening-other-word", "opening-noun", "vocative", "person-mid"],
  L("Encore un gâteau d'anniversaire pour les jumeaux Dupont 🎂",
    "Thème dinosaures cette année, trois étages, vert pomme.",
    "Bon anniversaire Noé et Timothée !"),
  [("Dupont", P), ("Noé", P), ("Timothée", P)])

R("o2-fr-030", "fr", ["credits", "opening-other-word", "opening-noun", "brand-or-dish"],
  L("Nouveau au salon : les soins Olaplex ✨",
    "Horaires : mardi au samedi, 9h–19h",
    "Adresse : 14 rue des Martyrs, Paris 9e",
    "Réservation en ligne ou au téléphone"),
  [("rue des Martyrs", LOC), ("Paris", LOC)])

R("o2-fr-031", "fr", ["interjection", "opening-noun", "person-mid"],
  L("Bravo à nos poussins ! 🐥",
    "Tournoi gagné à Charleroi, avec deux buts de Nathan et un arrêt incroyable de Yanis.",
    "Coach Fred se prend pour Zidane depuis."),
  [("Charleroi", LOC), ("Nathan", P), ("Yanis", P), ("Fred", P), ("Zidane", P)])

R("o2-fr-032", "fr", ["name-word-as-word", "opening-list", "opening-noun", "opening-other-word"],
  L("Marguerites et bleuets du jardin 💙",
    "Bouquets champêtres à 15 € tous les samedis au marché de Rennes.",
    "Pas de réservation, premier arrivé premier servi."),
  [("Rennes", LOC)])

R("o2-fr-033", "fr", ["name-word-as-name", "vocative", "person-list", "person-opening"],
  L("Violette et Jules, vous étiez parfaits 🌿",
    "Violette avait choisi des violettes pour son bouquet, forcément.",
    "Jules a pleuré pendant les vœux, forcément aussi."),
  [("Violette", P, 0), ("Jules", P, 0), ("Violette", P, 1), ("Jules", P, 1)])

R("o2-fr-034", "fr", ["holiday", "opening-noun", "opening-list", "brand-or-dish"],
  L("Chandeleur 🥞",
    "Crêpes au sucre, à la confiture ou au Nutella : on ne juge pas.",
    "Sarrasin pour les galettes aussi, évidemment."),
  [])

R("o2-fr-035", "fr", ["holiday", "brand-or-dish", "opening-noun", "opening-list"],
  L("Galette des rois frangipane 👑",
    "Fève en porcelaine, couronne dorée et pur beurre.",
    "Épiphanie ou pas, on en mange tout le mois de janvier."),
  [])

R("o2-fr-036", "fr", ["vocative", "speaker", "interjection"],
  L("Merci Camille ! 💐 ta composition pour la table d'honneur était sublime.",
    "Camille : « Franchement, c'était un plaisir. »"),
  [("Camille", P, 0), ("Camille", P, 1)])

R("o2-fr-037", "fr", ["brand-or-dish", "opening-noun"],
  L("Paris-Brest géant pour 12 personnes 🍩",
    "Praliné noisette maison, pâte à choux croustillante.",
    "Livraison possible sur Nantes et environs."),
  [("Nantes", LOC)])

R("o2-fr-038", "fr", ["brand-or-dish", "opening-list", "opening-other-word"],
  L("Saint-Honoré du dimanche ✨",
    "Crème chiboust, caramel et choux bien dorés.",
    "Disponible sur commande uniquement."),
  [])

R("o2-fr-039", "fr", ["opening-other-word", "person-opening", "person-list", "opening-noun"],
  L("Trois semaines au Portugal en van 🚐",
    "Lisbonne, Porto, l'Algarve… et beaucoup de pastéis de nata.",
    "Hugo a appris à surfer, Alice à dire obrigada.",
    "Retour à Toulouse dimanche."),
  [("Portugal", LOC), ("Lisbonne", LOC), ("Porto", LOC), ("Algarve", LOC),
   ("Hugo", P), ("Alice", P), ("Toulouse", LOC)])

R("o2-fr-040", "fr", ["holiday", "opening-list", "opening-other-word"],
  L("Bonne fête à toutes les mamans 💐",
    "Fête des mères dimanche : pensez à commander vos bouquets avant vendredi.",
    "Pivoines, renoncules et roses de jardin."),
  [])

R("o2-fr-041", "fr", ["speaker", "interjection", "opening-noun", "credits"],
  L("Dikkenek de la semaine 😂",
    "Kevin : « Moi je dis, si on gagne, c'est grâce à moi. »",
    "Score final : 7-0 pour eux.",
    "Allez, on se refait samedi à Mons."),
  [("Kevin", P), ("Mons", LOC)])

R("o2-fr-042", "fr", ["person-opening"],
  L("Stromae en fond, pâte à pizza qui lève, pluie dehors 🌧️ soirée parfaite à Bruxelles.",
    "qui vient manger ?"),
  [("Stromae", P), ("Bruxelles", LOC)])

R("o2-fr-043", "fr", ["credits", "particle", "opening-noun"],
  L("Shooting mode dans les rues du Marais 📸",
    "Modèle : Inès de La Fontaine",
    "Stylisme : @margaux.style",
    "Coiffure & maquillage : Léa Martin",
    "Photo : @hugo.roux"),
  [("Marais", LOC), ("Inès de La Fontaine", P), ("@margaux.style", M), ("Léa Martin", P), ("@hugo.roux", M)])

R("o2-fr-044", "fr", ["interjection", "person-list"],
  L("Youpi, les vacances ! ☀️ dernier jour à la crèche pour nos grands qui partent à l'école en septembre.",
    "bonne route à Lina, Malo, Rayan et Chloé 💛"),
  [("Lina", P), ("Malo", P), ("Rayan", P), ("Chloé", P)])

R("o2-fr-045", "fr", ["name-word-as-word", "name-word-as-name", "opening-noun", "person-mid"],
  L("Victoire ! 🏆",
    "Nos U15 remportent la coupe provinciale à Liège.",
    "Mention spéciale à Victoire, notre capitaine, auteure du but décisif."),
  [("Liège", LOC), ("Victoire", P, 1)],
  word_uses=(("Victoire", 0),))

R("o2-fr-046", "fr", ["name-word-as-word", "opening-noun", "opening-other-word"],
  L("Mirabelles de Lorraine 💛",
    "La saison est courte, alors on en profite : tartes, confitures et clafoutis.",
    "Dépêchez-vous !"),
  [("Lorraine", LOC)])

R("o2-fr-047", "fr", ["name-word-as-word", "opening-list", "opening-noun", "person-mid"],
  L("Garance et ocre pour ce faire-part de mariage 🖋️",
    "Calligraphie à la main, papier recyclé.",
    "Commande pour Élodie et Julien, qui se marient à Arles en juin."),
  [("Élodie", P), ("Julien", P), ("Arles", LOC)])

R("o2-fr-048", "fr", ["none"],
  L("petit café en terrasse avant d'ouvrir ☕ bonne journée à tous"),
  [])

R("o2-fr-049", "fr", ["person-opening", "opening-list", "credits", "opening-other-word"],
  L("Chloé | photographe de mariage 📷",
    "Basée à Bordeaux, je voyage partout",
    "Mariages, couples, familles",
    "Contact : lien en bio"),
  [("Chloé", P), ("Bordeaux", LOC)])

R("o2-fr-050", "fr", ["brand-or-dish"],
  L("hello hello ! 🎥 nouvelle vidéo : je teste les 10 viennoiseries les plus vendues chez Paul.",
    "spoiler : le flan gagne. merci @camillecuisine pour l'idée !"),
  [("@camillecuisine", M)])

R("o2-fr-051", "fr", ["opening-noun", "opening-other-word"],
  L("FERMETURE EXCEPTIONNELLE LUNDI 😢",
    "Toute l'équipe part en formation à Lyon.",
    "Réouverture mardi 8h, avec les croissants."),
  [("Lyon", LOC)])

R("o2-fr-052", "fr", ["name-word-as-name", "person-list", "person-opening", "opening-noun"],
  L("Olive, Basile et Anatole : trois cousins, une seule piscine 🏊",
    "Été 2024 chez mamie Françoise à Biarritz.",
    "Basile a perdu son maillot, on ne dira pas comment."),
  [("Olive", P), ("Basile", P, 0), ("Anatole", P), ("Françoise", P), ("Biarritz", LOC), ("Basile", P, 1)])

R("o2-fr-053", "fr", ["opening-noun", "interjection", "person-mid", "opening-other-word"],
  L("Bon-papa a 90 ans aujourd'hui 🎉",
    "Toute la famille Lejeune réunie à Durbuy, quatre générations autour de la table.",
    "Santé, bon-papa !"),
  [("Lejeune", P), ("Durbuy", LOC)])

R("o2-fr-054", "fr", ["opening-other-word", "opening-noun", "holiday"],
  L("Combien de roses dans ce bouquet ? 🌹",
    "Indice : plus de 50.",
    "Le plus proche gagne une composition pour la Saint-Valentin !"),
  [])

R("o2-fr-055", "fr", ["opening-other-word", "name-word-as-name", "person-mid"],
  L("Adorable Céleste, trois semaines aujourd'hui 👶 séance nouveau-né à domicile à Tournai.",
    "félicitations à Manon et Karim !"),
  [("Céleste", P), ("Tournai", LOC), ("Manon", P), ("Karim", P)])

R("o2-fr-056", "fr", ["brand-or-dish", "opening-noun", "opening-other-word", "person-mid"],
  L("Côte d'Or noir dans la mousse au chocolat, rien d'autre 🍫",
    "Recette de Marie-Claire, notre pâtissière depuis vingt ans.",
    "Servie avec des spéculoos, bien sûr."),
  [("Marie-Claire", P)])

R("o2-fr-057", "fr", ["opening-noun", "opening-list"],
  L("Classe de neige à Chamonix ❄️",
    "Luge, raquettes et chocolat chaud : les CM2 sont ravis.",
    "Retour vendredi vers 18h devant l'école."),
  [("Chamonix", LOC)])

R("o2-fr-058", "fr", ["name-word-as-word", "name-word-as-name", "opening-list", "person-list", "person-opening"],
  L("Pierre de taille, poutres et lumière : le décor parfait pour une séance photo 🏡",
    "Pierre et Anaïs nous ont accueillis dans leur longère près de Vannes."),
  [("Pierre", P, 1), ("Anaïs", P), ("Vannes", LOC)],
  word_uses=(("Pierre", 0),))

R("o2-fr-059", "fr", ["vocative", "person-mid", "person-opening"],
  L("oh là là, ce layering ! 😍 coupe et couleur par Yasmine, comme toujours.",
    "Yasmine, tu es une magicienne ✨",
    "réservations via @salon.lumiere"),
  [("Yasmine", P, 0), ("Yasmine", P, 1)],
  not_people_handles=("@salon.lumiere",))

R("o2-fr-060", "fr", ["holiday", "opening-list", "person-mid", "opening-other-word"],
  L("Halloween à la crèche 🎃",
    "Citrouilles, fantômes et une petite sorcière nommée Jeanne.",
    "Bonne soirée à toutes les familles !"),
  [("Jeanne", P)])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

def is_word_char(ch):
    return bool(ch) and (ch.isalnum() or ch == "_")


def occurrences(text, surface):
    """Start offsets of `surface` in `text` at a word boundary (case-sensitive)."""
    out = []
    i = text.find(surface)
    while i >= 0:
        j = i + len(surface)
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        if not is_word_char(before) and not is_word_char(after):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


HANDLE_RE = re.compile(r"(?<![\w@.])@[\w.]*\w")
TOKEN_RE = re.compile(r"[^\s]+")


def build():
    errors = []
    out_records = []
    ids = set()
    id_re = re.compile(r"^o2-(nl|fr)-\d{3}$")

    for rec in RECORDS:
        rid, lang, text = rec["id"], rec["lang"], rec["text"]

        def err(msg):
            errors.append("%s: %s" % (rid, msg))

        if not id_re.match(rid):
            err("bad id format")
        elif rid.split("-")[1] != lang:
            err("id does not match lang %r" % lang)
        if rid in ids:
            err("duplicate id")
        ids.add(rid)
        if lang not in ("nl", "fr"):
            err("bad lang %r" % lang)
        if not rec["kind"]:
            err("no kind")
        for k in rec["kind"]:
            if k not in KINDS:
                err("unknown kind %r" % k)
        if len(set(rec["kind"])) != len(rec["kind"]):
            err("duplicate kind")
        if "none" in rec["kind"] and len(rec["kind"]) > 1:
            err("'none' combined with other kinds")
        nlines = len(text.split("\n"))
        if not 1 <= nlines <= 8:
            err("text has %d lines (want 1-8)" % nlines)
        if text != text.strip():
            err("text has leading/trailing whitespace")

        spans = []
        for ent in rec["entities"]:
            if len(ent) == 2:
                surface, label = ent
                occ = None
            elif len(ent) == 3:
                surface, label, occ = ent
            else:
                err("bad entity tuple %r" % (ent,))
                continue
            if label not in LABELS:
                err("bad label %r for %r" % (label, surface))
                continue
            if surface != surface.strip() or not surface:
                err("surface %r has outer whitespace or is empty" % surface)
                continue
            places = occurrences(text, surface)
            if not places:
                err("surface %r not found at a word boundary" % surface)
                continue
            if occ is None:
                if len(places) > 1:
                    err("surface %r appears %d times: occurrence required" % (surface, len(places)))
                    continue
                start = places[0]
            else:
                if len(places) == 1:
                    err("surface %r appears once: do not give an occurrence" % surface)
                    continue
                if not 0 <= occ < len(places):
                    err("occurrence %d of %r out of range (%d places)" % (occ, surface, len(places)))
                    continue
                start = places[occ]
            end = start + len(surface)
            # hyphen-joined pieces count as cut words
            if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
                err("span %r starts inside a hyphenated word" % surface)
            if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
                err("span %r ends inside a hyphenated word" % surface)
            # a Dutch genitive 's right after the name belongs to the span
            if text[end:end + 2] in ("'s", "\u2019s") and not is_word_char(text[end + 2:end + 3]):
                err("genitive after %r must be inside the span" % surface)
            if label == "MENTION" and not HANDLE_RE.fullmatch(surface):
                err("MENTION %r is not a handle" % surface)
            if surface.startswith("#") and label != "PERSON":
                err("hashtag %r annotated as %s" % (surface, label))
            spans.append((start, end, label, surface))

        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err("overlapping spans %r and %r" % (a[3], b[3]))
        span_set = {(s, e, l) for s, e, l, _ in spans}
        if len(span_set) != len(spans):
            err("duplicate span")

        def covered(s, e):
            return any(cs <= s and e <= ce for cs, ce, _, _ in spans)

        # handles
        nph = rec["not_people_handles"]
        for h in nph:
            if not HANDLE_RE.fullmatch(h):
                err("not_people_handles entry %r is not a handle" % h)
        seen_handles = set()
        for m in HANDLE_RE.finditer(text):
            h = m.group(0)
            seen_handles.add(h)
            is_mention = (m.start(), m.end(), "MENTION") in span_set
            if is_mention and h in nph:
                err("handle %r both annotated and listed as not a person" % h)
            elif not is_mention and h not in nph:
                err("handle %r neither annotated as MENTION nor in not_people_handles" % h)
        for h in nph:
            if h not in seen_handles:
                err("not_people_handles entry %r not in text" % h)
        for s, e, l, surf in spans:
            if l == "MENTION":
                m = HANDLE_RE.match(text, s)
                if not m or m.end() != e:
                    err("MENTION %r is not a whole handle" % surf)

        # consistency: every occurrence of an annotated name is annotated
        word_uses = set(rec["word_uses"])
        for surf, occ in word_uses:
            places = occurrences(text, surf)
            if not 0 <= occ < len(places):
                err("word_uses (%r, %d) does not exist" % (surf, occ))
            elif covered(places[occ], places[occ] + len(surf)):
                err("word_uses (%r, %d) is annotated" % (surf, occ))
        to_check = set()
        for s, e, l, surf in spans:
            if l == "MENTION":
                continue
            to_check.add(surf)
            if l == "PERSON" and not surf.startswith("#"):
                for tok in TOKEN_RE.findall(surf):
                    if tok.lower() in PARTICLES or len(tok) < 2:
                        continue
                    to_check.add(tok)
        for surf in sorted(to_check):
            for i, pos in enumerate(occurrences(text, surf)):
                if covered(pos, pos + len(surf)):
                    continue
                if (surf, i) in word_uses:
                    continue
                err("occurrence %d of annotated name %r is not annotated "
                    "(annotate it or list it in word_uses)" % (i, surf))

        out_records.append({
            "id": rid,
            "lang": lang,
            "kind": list(rec["kind"]),
            "text": text,
            "entities": [[s, e, l] for s, e, l, _ in spans],
        })

    langs = Counter(r["lang"] for r in RECORDS)
    if langs.get("nl", 0) != 100 or langs.get("fr", 0) != 60:
        errors.append("want 100 nl and 60 fr records, have %s" % dict(langs))
    for lang, n in (("nl", 100), ("fr", 60)):
        want = {"o2-%s-%03d" % (lang, i) for i in range(1, n + 1)}
        have = {r["id"] for r in RECORDS if r["lang"] == lang}
        if want != have:
            errors.append("%s ids not 001..%03d: missing %s extra %s"
                          % (lang, n, sorted(want - have), sorted(have - want)))

    if errors:
        sys.stderr.write("build_openings2.py: %d check(s) failed:\n" % len(errors))
        for e in errors:
            sys.stderr.write("  " + e + "\n")
        sys.exit(1)

    out_records.sort(key=lambda r: r["id"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out_records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")

    # summary
    per = Counter()
    for r in out_records:
        for s, e, l in r["entities"]:
            per[(r["lang"], l)] += 1
    kinds = Counter(k for r in out_records for k in r["kind"])
    with_person = Counter(r["lang"] for r in out_records
                          if any(l in ("PERSON", "MENTION") for _, _, l in r["entities"]))
    print("wrote %s" % OUT)
    print("records: %s" % dict(sorted(langs.items())))
    for lang in ("nl", "fr"):
        print("  %s spans: %s" % (lang, {l: per[(lang, l)] for l in LABELS}))
    print("  total spans: %s" % {l: per[("nl", l)] + per[("fr", l)] for l in LABELS})
    print("records naming a person (PERSON or MENTION): %s" % dict(sorted(with_person.items())))
    print("kinds: %s" % dict(sorted(kinds.items())))


if __name__ == "__main__":
    build()
