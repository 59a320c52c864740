#!/usr/bin/env python3
"""A second tune caption set: Dutch, French, German, English and mixed
German/English captions and comments with their entities.

The records below are written in readable form: the text, the entity surface
strings with their labels, which occurrence where a string occurs more than
once, and the opt-out person a mention of a listed person refers to.  This
script computes the offsets, checks every span and writes `more.jsonl` and
`more_optout.csv` next to itself.  Plain Python 3, no dependencies,
deterministic:

    python3 data/eval/tune/build_more.py        # build and check
    python3 data/eval/tune/build_more.py -v     # also list the kinds

An entity is a tuple `(label, surface, *extra)`:
  label    P (PERSON), L (LOCATION) or M (MENTION)
  surface  the exact string as it stands in the text
  extra    an int: which occurrence (1-based) of `surface` at a word boundary,
           required when `surface` occurs more than once;
           "oNNN": the span refers to opt-out person optout-NNN (given twice
           for a span that names two listed people, e.g. a couple's hashtag).

Labels follow data/eval/test/GUIDE.md and data/eval/languages/GUIDE.md; the
kinds are those of the two guides plus `caps-name` (a PERSON span in capitals).
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
PREFIXES = {"nl": "nl", "fr": "fr", "de": "de", "en": "en", "mx": "mixed"}
COUNTS = {"nl": 80, "fr": 80, "de": 60, "en": 40, "mx": 20}

# id, name, aliases (';' between several), handles (';' between several)
OPTOUT = [
    # Dutch
    ("optout-101", "Femke van der Linden", "Fem", "@femkevanderlinden"),
    ("optout-102", "Jade Willems", "Jadie", "@jade.willems"),
    ("optout-103", "Daan Kuipers", "Daantje", "@daankuipers_foto"),
    ("optout-104", "Merel de Graaf", "Mereltje", "@mereldegraaf"),
    ("optout-105", "Wouter Smit", "Wout", "@woutersmit;@smit.wouter.films"),
    ("optout-106", "Iris Verbeek", "", "@iris.verbeek.bloemen"),
    # French
    ("optout-107", "Olive Moreau", "", "@olive.moreau"),
    ("optout-108", "Guillaume Perrin", "Guigui", "@guigui_perrin"),
    ("optout-109", "Capucine de Villiers", "Capu", "@capucine.devilliers"),
    ("optout-110", "Théo Marchand", "Titou", "@theo.marchand.photo"),
    ("optout-111", "Manon Fontaine", "Manou", "@manonfontaine"),
    ("optout-112", "Violette Blanc", "Vivi", ""),
    # German
    ("optout-113", "Rosa Hartmann", "Rosi", "@rosa.hartmann"),
    ("optout-114", "Maximilian von Stetten", "Maxl;Max", "@max.vonstetten"),
    ("optout-115", "Stefanie Krüger", "Steffi", "@steffi.krueger"),
    ("optout-116", "Mai Nguyen", "", "@mai.nguyen.ffm"),
    ("optout-117", "Lukas Brandt", "Luki", "@lukasbrandt_"),
    ("optout-118", "Sonja Winter", "", "@sonjawinter.fotografie"),
    # English
    ("optout-119", "Summer Hayes", "", "@summerhayes.studio"),
    ("optout-120", "Grace O'Neill", "Gracie", "@graceoneill"),
    ("optout-121", "Rebecca Thornton", "Bex;Becca", "@bex.thornton"),
    ("optout-122", "Hope Adeyemi", "", ""),
    ("optout-123", "Oliver Banks", "Ollie", "@olliebanks"),
    ("optout-124", "William Carter", "Will", "@willcarterphoto"),
]

RECORDS = []


def R(rid, text, ents=(), kind=()):
    RECORDS.append((rid, text, list(ents), list(kind)))


# ---------------------------------------------------------------- Dutch (nl)

R("nl-001", "Vanmorgen om 7 uur al in De Pijp voor een loveshoot ☕️📸 Lege straten, gouden licht en twee mensen die alleen oog hadden voor elkaar. Meer volgt!\n#loveshoot #amsterdam #depijp",
  [(L, "De Pijp")], ["sentence-opening", "place-like-name", "mixed-language"])
R("nl-002", "Gefeliciteerd @femkevanderlinden! 🎉 Vijf jaar je eigen weddingplanningbureau, Femke, en nog steeds elke bruiloft met evenveel liefde. Op naar de volgende vijf 🥂",
  [(M, "@femkevanderlinden", "o101"), (P, "Femke", "o101")], ["sentence-opening"])
R("nl-003", "zonsondergang bij de Kaag 🌅 geen filter nodig",
  [(L, "Kaag")], ["place-like-name"])
R("nl-004", "Bruidstaart voor Lotte en Bram 🎂 drie lagen citroen en vlierbloesem, afgewerkt met verse bloemen van @iris.verbeek.bloemen. Iris, die kleuren!! 💛 #bruiloftlotteenbram",
  [(P, "Lotte"), (P, "Bram"), (M, "@iris.verbeek.bloemen", "o106"), (P, "Iris", "o106"), (P, "#bruiloftlotteenbram")],
  ["hashtag-name", "word-as-name", "everyday-noun"])
R("nl-005", "Eindelijk weer zaterdagmarkt op de Grote Markt in Groningen 🧀🥖 Kaas van boer Harm, brood van Bakkerij Bart en bloemen van de stal naast de Martinitoren. Wat een ochtend.",
  [(L, "Grote Markt"), (L, "Groningen"), (P, "Harm"), (L, "Martinitoren")],
  ["sentence-opening", "brand-with-name", "title", "place-like-name"])
R("nl-006", "Merel de Graaf bakte deze bruidstaart met 120 suikerbloemetjes 🌸 Hoe dan?! Dank je wel @mereldegraaf, het was de ster van de avond.",
  [(P, "Merel de Graaf", "o104"), (M, "@mereldegraaf", "o104")], ["particle", "word-as-name"])
R("nl-007", "Er zat vanochtend een merel op de vensterbank van de bakkerij 🐦 Hij kreeg een kruimel appeltaart. Goedemorgen allemaal!",
  [], ["name-as-word", "sentence-opening"])
R("nl-008", "Jade en Storm vandaag 1 jaar getrouwd 💍 En nog steeds hetzelfde gekke stel als op de dag dat ik ze fotografeerde in het Amsterdamse Bos. Gefeliciteerd jullie! 🥂",
  [(P, "Jade"), (P, "Storm"), (L, "Amsterdamse Bos")], ["word-as-name", "namesake"])
R("nl-009", "Nieuw in de winkel: armbandjes met jade, rozenkwarts en amethist 💚 Vanaf €24,95. Ook leuk als cadeautje voor Moederdag!",
  [], ["name-as-word", "sentence-opening"])
R("nl-010", "Make-up door @jade.willems 💄 Jade Willems, jij toverde werkelijk. De bruid straalde van de ceremonie in de Nieuwe Kerk tot het laatste dansje.",
  [(M, "@jade.willems", "o102"), (P, "Jade Willems", "o102"), (L, "Nieuwe Kerk")], ["word-as-name"])
R("nl-011", "Daan Kuipers fotografeerde onze bruiloft op Landgoed Zonheuvel en wij zijn sprakeloos 😭❤️ Daan, dankjewel voor je geduld met de hele familie Bos!",
  [(P, "Daan Kuipers", "o103"), (L, "Landgoed Zonheuvel"), (P, "Daan", 2, "o103"), (P, "Bos")],
  ["family-name", "title", "word-as-name"])
R("nl-012", "daantje is vandaag 4 geworden 🎈🦕 en hij wilde alleen maar dino's. oma Ria had een taart gebakken in de vorm van een T-rex 😂",
  [(P, "daantje"), (P, "Ria")], ["lowercase-name", "nickname", "namesake", "title"])
R("nl-013", "Bedankt @daankuipers_foto voor de foto's van ons afscheidsfeest in de Van Nelle Fabriek 📸 Daan, jij ziet alles!",
  [(M, "@daankuipers_foto", "o103"), (L, "Van Nelle Fabriek"), (P, "Daan", "o103")], ["place-like-name"])
R("nl-014", "Wout en zijn JO11 hebben vandaag het kampioenschap binnengehaald! 🏆⚽️ Trainer Wouter Smit: 'Deze jongens hebben het helemaal zelf gedaan.' Feest in de kantine tot laat 🍟 #vvdeurne #kampioen",
  [(P, "Wout", "o105"), (P, "Wouter Smit", "o105")], ["nickname", "title", "org-with-place"])
R("nl-015", "Wouter, 8 jaar, scoorde zijn eerste doelpunt 🥅 Papa op de tribune helemaal los.",
  [(P, "Wouter")], ["namesake"])
R("nl-016", "Iris in de knop 💜 De eerste irissen van het seizoen staan in de winkel. Zondag open van 12 tot 17 in Hillegom!",
  [(L, "Hillegom")], ["name-as-word", "sentence-opening"])
R("nl-017", "Lente in de Keukenhof 🌷🌷 Wie gaat er dit jaar? Tip: ga doordeweeks vroeg, dan heb je de tulpen bijna voor jezelf.",
  [(L, "Keukenhof")], ["sentence-opening", "everyday-noun"])
R("nl-018", "Gisteren de babyshower van Fleur 🍼💕 Met taart van @mereldegraaf, ballonnen in alle kleuren en een Fleur die niet kon stoppen met lachen. Welkom bijna-baby!",
  [(P, "Fleur", 1), (M, "@mereldegraaf", "o104"), (P, "Fleur", 2)], ["word-as-name", "everyday-noun", "sentence-opening"])
R("nl-019", "Proost op de bruid en bruidegom! 🥂 Sterre & Jesse, wat een dag in Kasteel Woerden. Bloemen: @iris.verbeek.bloemen",
  [(P, "Sterre"), (P, "Jesse"), (L, "Kasteel Woerden"), (M, "@iris.verbeek.bloemen", "o106")], ["sentence-opening"])
R("nl-020", "MEREL!!! Gefeliciteerd met je dertigste 🎂🎉 @mereldegraaf",
  [(P, "MEREL", "o104"), (M, "@mereldegraaf", "o104")], ["caps-name", "lowercase-name", "word-as-name"])
R("nl-021", "Ons nieuwe menu staat! 🍝 Vanaf vrijdag ook glutenvrije pasta. Reserveren via de link in bio of bel naar het restaurant aan de Westersingel.",
  [(L, "Westersingel")], ["sentence-opening"])
R("nl-022", "Zo, de kerstbomen staan 🎄 Jumbo, Albert Heijn en de Hema hadden al sinds oktober kerstspullen, maar bij ons begint het pas nu. Gezellig!",
  [], ["brand-with-name", "sentence-opening"])
R("nl-023", "Lieve juf Femke, bedankt voor een fantastisch schooljaar in groep 3 ✏️📚 Je was de allerliefste juf van heel Utrecht! Liefs, Sem",
  [(P, "Femke"), (L, "Utrecht"), (P, "Sem")], ["title", "namesake"])
R("nl-024", "Bloemen voor Femke van der Linden 💐 Zonder haar waren de bruiloft op Texel én het diner in Paviljoen Puur nooit zo soepel gelopen. Fem, je bent goud waard!",
  [(P, "Femke van der Linden", "o101"), (L, "Texel"), (P, "Fem", "o101")], ["particle", "nickname", "brand"])
R("nl-025", "Onze favoriete plek voor fotoshoots: het strand bij Bergen aan Zee 🌊 Vooral in november, als de toeristen weg zijn.",
  [(L, "Bergen aan Zee")], ["place-like-name"])
R("nl-026", "Happy birthday Daan!! 🥳 Wie had gedacht dat de jongen die altijd met een camera rondliep nu de mooiste bruiloften van Brabant fotografeert. @daankuipers_foto",
  [(P, "Daan", "o103"), (L, "Brabant"), (M, "@daankuipers_foto", "o103")], ["mixed-language"])
R("nl-027", "🌹 Valentijnsactie: 12 rode rozen voor €29,95 🌹 Ook verkrijgbaar: roze tulpen en witte ranonkels. Bestel via de site, ophalen op de Oude Markt in Enschede.",
  [(L, "Oude Markt"), (L, "Enschede")], ["everyday-noun"])
R("nl-028", "Met @woutersmit op pad door de Biesbosch 🚣‍♂️ Drone mee, camera mee, kano lek. Volgende week de film online!",
  [(M, "@woutersmit", "o105"), (L, "Biesbosch")], ["sentence-opening"])
R("nl-029", "Hoe schattig is dit: Noor, Fenna, Julia en Tess met zelfgemaakte kroontjes op Koningsdag 👑🧡 Oranje boven!",
  [(P, "Noor"), (P, "Fenna"), (P, "Julia"), (P, "Tess")], ["name-list", "sentence-opening"])
R("nl-030", "Sinterklaas en zijn Pieten kwamen gisteren langs op school 🎁 De kinderen van groep 1 en 2 zongen zo hard dat de hele Kerkstraat meezong.",
  [(L, "Kerkstraat")], ["brand-with-name"])
R("nl-031", "Kleine Storm van 3 dagen oud 🍼 Zijn naam past perfect: hij kwam tijdens de storm van zaterdagnacht ter wereld. Welkom lieverd!",
  [(P, "Storm")], ["word-as-name", "name-as-word", "title"])
R("nl-032", "Jade groen is dé trouwkleur van 2025 💚 Servetten, linten, jurken van de bruidsmeisjes… Wat vinden jullie?",
  [], ["name-as-word", "sentence-opening"])
R("nl-033", "Dank jullie wel voor alle lieve berichten na het overlijden van onze vader, Henk Smit. Zijn moestuin aan de Dorpsstraat blijft voor altijd zijn plek 🌻",
  [(P, "Henk Smit"), (L, "Dorpsstraat")], ["namesake", "title"])
R("nl-034", "Vrijdagmiddag borrel bij ons op kantoor aan de Zuidas 🍻 Met bitterballen, Heineken en veel te veel verhalen over het weekend.",
  [(L, "Zuidas")], ["brand-with-name", "sentence-opening"])
R("nl-035", "jade en ik hebben gisteren de hele dag gefietst rond het IJsselmeer 🚲 80 km!! benen kapot",
  [(P, "jade"), (L, "IJsselmeer")], ["lowercase-name", "word-as-name", "namesake"])
R("nl-036", "Welkom aan onze nieuwe collega Merel! 🌷 Zij gaat ons team in de winkel in Delft versterken. Kom gerust even hallo zeggen.",
  [(P, "Merel"), (L, "Delft")], ["namesake", "word-as-name", "title"])
R("nl-037", "Trouwfotografie is zoveel meer dan mooie plaatjes 📸\nHet zijn de blikken tijdens de speeches, de tranen van opa als de ringen worden gewisseld, het dansje van de bloemenmeisjes, de rommelige tafels aan het eind van de avond.\nDat is wat ik zoek, en dat is wat jullie over dertig jaar nog willen zien.\nDatums voor 2026 zijn nu open!",
  [], ["everyday-noun", "sentence-opening"])
R("nl-038", "Mijn lieve zus @jade.willems heeft vandaag haar eigen salon geopend in Tilburg 💇‍♀️✨ Zo trots op je Jadie!! Ga langs aan de Heuvelstraat.",
  [(M, "@jade.willems", "o102"), (L, "Tilburg"), (P, "Jadie", "o102"), (L, "Heuvelstraat")], ["nickname"])
R("nl-039", "Terug van weggeweest: Marco Borsato op de radio en wij in de auto naar Zeeland 🎶 Domburg, we komen eraan!",
  [(P, "Marco Borsato"), (L, "Zeeland"), (L, "Domburg")], ["famous", "sentence-opening"])
R("nl-040", "Voetbal kijken in het café aan het Rembrandtplein 🧡⚽️ Frenkie de Jong en Virgil van Dijk waren weer top. Volgende wedstrijd in de Johan Cruijff ArenA!",
  [(L, "Rembrandtplein"), (P, "Frenkie de Jong"), (P, "Virgil van Dijk"), (L, "Johan Cruijff ArenA")],
  ["famous", "particle", "place-like-name"])
R("nl-041", "Bedankt @femkevanderlinden en @daankuipers_foto voor de allermooiste dag van ons leven 💍 Femkes planning klopte tot op de minuut, Daan legde alles vast. Wij hoefden alleen maar ja te zeggen. #bruiloftsanneenbram",
  [(M, "@femkevanderlinden", "o101"), (M, "@daankuipers_foto", "o103"), (P, "Femkes", "o101"), (P, "Daan", "o103"),
   (P, "#bruiloftsanneenbram")], ["hashtag-name", "genitive"])
R("nl-042", "De Efteling in de sneeuw ❄️ In het sprookjesbos zwaaiden Doornroosje, Roodkapje en Hans en Grietje naar ons… Magisch!",
  [(L, "Efteling")], ["brand-with-name"])
R("nl-043", "Op de fiets met Wout (@woutersmit) naar Giethoorn en terug langs de Weerribben 🚴‍♂️ 64 km, twee appelgebakjes, nul lekke banden.",
  [(P, "Wout", "o105"), (M, "@woutersmit", "o105"), (L, "Giethoorn"), (L, "Weerribben")], ["nickname"])
R("nl-044", "Dit prachtige boeket is gemaakt door Iris Verbeek 🌸 Pioenen, ranonkels en een paar takjes eucalyptus. Meer van haar werk: @iris.verbeek.bloemen",
  [(P, "Iris Verbeek", "o106"), (M, "@iris.verbeek.bloemen", "o106")], ["word-as-name"])
R("nl-045", "Paarse irissen en witte lelies voor de rouwdienst van mevrouw Jansen 🤍 Rust zacht.",
  [(P, "Jansen")], ["title", "name-as-word"])
R("nl-046", "Kinderfeestje in Diergaarde Blijdorp 🦒 Ties, Mees, Guus en Lieke hebben de giraffen gevoerd en zijn nu écht moe.",
  [(L, "Diergaarde Blijdorp"), (P, "Ties"), (P, "Mees"), (P, "Guus"), (P, "Lieke")], ["name-list"])
R("nl-047", "Sfeerimpressie van de babyshower van @jade.willems 🍼💚 Alles in jadegroen natuurlijk. Met dank aan @iris.verbeek.bloemen voor de bloemen en Merel de Graaf voor de taart!",
  [(M, "@jade.willems", "o102"), (M, "@iris.verbeek.bloemen", "o106"), (P, "Merel de Graaf", "o104")],
  ["everyday-noun", "name-as-word", "particle"])
R("nl-048", "Koffie van Douwe Egberts, stroopwafels van Albert Heijn, en toch de gezelligste vergadering van het jaar ☕️ #maandagochtend",
  [], ["brand-with-name", "sentence-opening"])
R("nl-049", "Onze Bikkel is vandaag 10 jaar 🐶🎂 Hij kreeg een worstje van de slager op de Lange Poten.",
  [(L, "Lange Poten")], ["pet", "place-like-name"])
R("nl-050", "Wat een avond in Paradiso 🎤 Davina Michelle zong alsof haar leven ervan afhing. Kippenvel van begin tot eind.",
  [(L, "Paradiso"), (P, "Davina Michelle")], ["famous", "place-like-name"])
R("nl-051", "Zaterdag 14 juni: open atelier in Haarlem van 10 tot 16 uur 🎨 Kom langs, neem een vriend mee, de koffie staat klaar.",
  [(L, "Haarlem")], ["sentence-opening"])
R("nl-052", "Merel (7) en Daan (5) bouwden hun eerste zandkasteel op Schiermonnikoog 🏰🌊 Mama heeft 400 foto's gemaakt.",
  [(P, "Merel"), (P, "Daan"), (L, "Schiermonnikoog")], ["namesake", "word-as-name"])
R("nl-053", "HAPPY BIRTHDAY FEMKE 🎉🎉 @femkevanderlinden, de koffie en de taart staan klaar op kantoor!",
  [(P, "FEMKE", "o101"), (M, "@femkevanderlinden", "o101")], ["caps-name", "lowercase-name", "mixed-language"])
R("nl-054", "Vanmorgen bij zonsopkomst op de Posbank ☀️ Mist in de dalen, herten in de verte. Dit is waarom ik om 5 uur opsta.",
  [(L, "Posbank")], ["sentence-opening", "place-like-name"])
R("nl-055", "@smit.wouter.films heeft onze trouwfilm gemaakt en we hebben hem al 15 keer gekeken 🎬😭 Wout, je bent een tovenaar. #trouwfilm",
  [(M, "@smit.wouter.films", "o105"), (P, "Wout", "o105")], ["nickname"])
R("nl-056", "Kleine Lieke en opa Gerrit op het bankje bij de Sint-Janskathedraal 💛",
  [(P, "Lieke"), (P, "Gerrit"), (L, "Sint-Janskathedraal")], ["title", "place-like-name"])
R("nl-057", "Nog 3 plekken vrij in de workshop bloemschikken bij @iris.verbeek.bloemen 🌿 Iris' workshops zijn altijd snel vol, dus wees er vlug bij. Donderdag 19:30, Leiden.",
  [(M, "@iris.verbeek.bloemen", "o106"), (P, "Iris'", "o106"), (L, "Leiden")], ["word-as-name", "genitive", "sentence-opening"])
R("nl-058", "gewoon een dinsdag in Rotterdam 🌉 de Erasmusbrug in de mist, koffie in de hand\n📷 femke van der linden",
  [(L, "Rotterdam"), (L, "Erasmusbrug"), (P, "femke van der linden", "o101")],
  ["lowercase-name", "particle", "place-like-name"])
R("nl-059", "Daan Kuipers en Femke van der Linden geven samen een workshop 'Je eigen bruiloft plannen' in Utrecht 📅 Aanmelden via de link in bio! #daanenfemke",
  [(P, "Daan Kuipers", "o103"), (P, "Femke van der Linden", "o101"), (L, "Utrecht"), (P, "#daanenfemke", "o103", "o101")],
  ["hashtag-name", "particle"])
R("nl-060", "Ruben en Sophie zeiden ja op het strand van Cadzand 🌊💍 met alleen hun ouders en hond Bo erbij. Klein, puur, perfect.",
  [(P, "Ruben"), (P, "Sophie"), (L, "Cadzand")], ["pet"])
R("nl-061", "Eindelijk! Onze bakkerij in Amersfoort is open 🥐🥖 Merel de Graaf en haar team bakken vanaf 6 uur verse croissants. Mereltje, wat ben je stoer!",
  [(L, "Amersfoort"), (P, "Merel de Graaf", "o104"), (P, "Mereltje", "o104")], ["nickname", "particle", "sentence-opening"])
R("nl-062", "Waar zijn de Hendriksen? 👀 O ja, op vakantie in Zuid-Frankrijk. Fijne zomer jongens!",
  [(P, "Hendriksen"), (L, "Zuid-Frankrijk")], ["family-name", "sentence-opening"])
R("nl-063", "Kerstmarkt in Valkenburg 🎄 Glühwein, oliebollen en de grotten verlicht. Aanrader! Foto's: Daan K. (@daankuipers_foto)",
  [(L, "Valkenburg"), (P, "Daan K.", "o103"), (M, "@daankuipers_foto", "o103")], ["initial"])
R("nl-064", "Wie herkent deze jongens? 😂 Team JO15 van 2012, met trainer Wouter Smit (@woutersmit) en grensrechter Kees. #throwback",
  [(P, "Wouter Smit", "o105"), (M, "@woutersmit", "o105"), (P, "Kees")], ["title", "sentence-opening"])
R("nl-065", "Koninklijk bezoek! 👑 Koning Willem-Alexander opende vandaag de nieuwe haven van Harderwijk. Half het dorp stond langs de kade.",
  [(P, "Willem-Alexander"), (L, "Harderwijk")], ["famous", "title"])
R("nl-066", "Zelfgemaakte slingers, mama's appeltaart en een regenboog boven Vlieland 🌈 Beste verjaardag ooit.",
  [(L, "Vlieland")], ["everyday-noun"])
R("nl-067", "Zonnebloemen van Van Gogh in het Van Gogh Museum 🌻 Eindelijk zelf gezien. En ja, ik heb gehuild.",
  [(P, "Van Gogh", 1), (L, "Van Gogh Museum")], ["famous", "place-like-name", "particle"])
R("nl-068", "Een hele dag shooten voor Zeeman en Hunkemöller 📸 Met dank aan het team en @jade.willems voor haar en make-up!",
  [(M, "@jade.willems", "o102")], ["brand-with-name"])
R("nl-069", "Fem en ik op weg naar de weddingbeurs in de Jaarbeurs 🚗 Wie zien we daar? @femkevanderlinden",
  [(P, "Fem", "o101"), (L, "Jaarbeurs"), (M, "@femkevanderlinden", "o101")], ["nickname"])
R("nl-070", "Onze jongste bakker Noa (16) won de regionale wedstrijd met een chocoladetaart 🍫🏆 Trots op deze meid uit Apeldoorn!",
  [(P, "Noa"), (L, "Apeldoorn")], ["title"])
R("nl-071", "Zondag brunch in Oud-West met de meiden 🥞 Daarna shoppen in de Negen Straatjes. Perfecte dag.",
  [(L, "Oud-West"), (L, "Negen Straatjes")], ["sentence-opening", "place-like-name"])
R("nl-072", "Jelle heeft vandaag zijn eerste bruiloft gefotografeerd als tweede shooter! Goed gedaan, en dank aan Daan Kuipers dat je hem meenam 📸 @daankuipers_foto",
  [(P, "Jelle"), (P, "Daan Kuipers", "o103"), (M, "@daankuipers_foto", "o103")], ["mixed-language"])
R("nl-073", "Wat een zomer op Terschelling 🌾☀️ Fietsen, zwemmen, frietjes. Tot volgend jaar Oerol!",
  [(L, "Terschelling")], ["sentence-opening"])
R("nl-074", "@jade.willems en @mereldegraaf: het beste duo van de Noordoostpolder 💄🎂 Jade doet de visagie, Merel bakt de taart. Boek ze samen!",
  [(M, "@jade.willems", "o102"), (M, "@mereldegraaf", "o104"), (L, "Noordoostpolder"), (P, "Jade", "o102"), (P, "Merel", "o104")],
  ["word-as-name"])
R("nl-075", "Pieten, pepernoten en een verdwaalde Sint bij de Hema 🎁😂",
  [], ["brand-with-name", "sentence-opening"])
R("nl-076", "Liefde is… samen een IKEA-kast in elkaar zetten en daarna nog steeds getrouwd zijn 😂 10 jaar, lieverd!",
  [], ["everyday-noun", "sentence-opening"])
R("nl-077", "Bedankt Bart en Willemijn voor jullie vertrouwen 🙏 Wat een feest op Buitenplaats Amelisweerd. Planning: @femkevanderlinden #teamfemke",
  [(P, "Bart"), (P, "Willemijn"), (L, "Buitenplaats Amelisweerd"), (M, "@femkevanderlinden", "o101"), (P, "#teamfemke", "o101")],
  ["hashtag-name"])
R("nl-078", "Jade Willems en haar zus Roosmarijn in het Kröller-Müller Museum 🎨 @jade.willems",
  [(P, "Jade Willems", "o102"), (P, "Roosmarijn"), (L, "Kröller-Müller Museum"), (M, "@jade.willems", "o102")],
  ["title", "place-like-name"])
R("nl-079", "Sneaker sale in onze outlet in Roermond 👟 Alleen dit weekend!",
  [(L, "Roermond")], ["everyday-noun", "sentence-opening"])
R("nl-080", "Iris, Daan en Merel hebben met de hele klas 4B de Dom beklommen 🏰 465 treden!! Juf Marloes is nog steeds buiten adem.",
  [(P, "Iris"), (P, "Daan"), (P, "Merel"), (L, "Dom"), (P, "Marloes")],
  ["name-list", "namesake", "title", "word-as-name", "place-like-name"])

# --------------------------------------------------------------- French (fr)

R("fr-001", "Balade à Montmartre ce matin ☀️ Le Sacré-Cœur sans touristes, un café crème rue Lepic et des croissants de chez Paul. Parfait. #paris #montmartre",
  [(L, "Montmartre"), (L, "Sacré-Cœur"), (L, "rue Lepic")], ["place-like-name", "brand-with-name"])
R("fr-002", "Merci @olive.moreau pour cette collab pleine de douceur 🫒💚 Olive, ton univers est magique !",
  [(M, "@olive.moreau", "o107"), (P, "Olive", "o107")], ["word-as-name", "sentence-opening"])
R("fr-003", "Huile d'olive, tomates du marché et basilic du jardin 🍅 Le bonheur tient à peu de choses. #provence",
  [], ["name-as-word"])
R("fr-004", "Enfin le week-end ! 🥂 Direction Étretat avec Capucine, Hugo et Lina pour voir les falaises.",
  [(L, "Étretat"), (P, "Capucine"), (P, "Hugo"), (P, "Lina")], ["name-list", "namesake", "sentence-opening", "word-as-name"])
R("fr-005", "Les capucines du jardin sont en fleur 🧡 Elles finiront en salade ce soir !",
  [], ["name-as-word"])
R("fr-006", "Capucine de Villiers a organisé le plus beau mariage de la saison au château de Chantilly 🏰✨ Merci Capu pour ta patience infinie ! @capucine.devilliers",
  [(P, "Capucine de Villiers", "o109"), (L, "château de Chantilly"), (P, "Capu", "o109"), (M, "@capucine.devilliers", "o109")],
  ["particle", "nickname", "word-as-name"])
R("fr-007", "Bientôt 30 ans pour Guigui 🎉🏉 Le vestiaire du Stade Toulousain est déjà en train de préparer la surprise… chut ! @guigui_perrin",
  [(P, "Guigui", "o108"), (M, "@guigui_perrin", "o108")], ["nickname", "sentence-opening", "org-with-place"])
R("fr-008", "Coach Perrin et les cadets de l'US Dax ont remporté le tournoi de Biarritz ! 🏆 Bravo les garçons, et merci Guillaume pour ton énergie.",
  [(P, "Perrin", "o108"), (P, "Guillaume", "o108"), (L, "Biarritz")], ["title", "org-with-place"])
R("fr-009", "Nancy sous la neige ❄️ La place Stanislas n'a jamais été aussi belle.",
  [(L, "Nancy"), (L, "place Stanislas")], ["place-like-name"])
R("fr-010", "Nancy et Gérard fêtent leurs noces d'or à Colmar 💛 50 ans d'amour, ça se fête !",
  [(P, "Nancy"), (P, "Gérard"), (L, "Colmar")], ["place-like-name"])
R("fr-011", "Séance photo au lac d'Annecy avec @theo.marchand.photo 📸 Théo, tu as su capturer exactement ce qu'on ressentait. Merci !",
  [(L, "lac d'Annecy"), (M, "@theo.marchand.photo", "o110"), (P, "Théo", "o110")], [])
R("fr-012", "Nouvelle fournée de macarons chez Manon Fontaine ! 🍓🍋 Framboise, citron, pistache… et une saveur surprise. @manonfontaine",
  [(P, "Manon Fontaine", "o111"), (M, "@manonfontaine", "o111")], ["word-as-name"])
R("fr-013", "Rendez-vous à la fontaine Saint-Michel à 14h pour la séance 'trash the dress' 👗💦",
  [(L, "fontaine Saint-Michel")], ["name-as-word", "place-like-name", "mixed-language"])
R("fr-014", "Retrouvailles incroyables : 40 ans après, notre ancienne maîtresse Mme Blanc nous a reconnus un par un 😭 Merci Violette, vous n'avez pas changé. #croixrousse",
  [(P, "Blanc", "o112"), (P, "Violette", "o112")], ["title", "word-as-name"])
R("fr-015", "Robe blanche, bouquet de violettes et une pluie de confettis 💜 Le mariage champêtre dans toute sa splendeur.",
  [], ["name-as-word"])
R("fr-016", "Mamie Vivi a 80 ans aujourd'hui !! 🎂 Toute la famille Blanc réunie à Annecy-le-Vieux. Joyeux anniversaire Violette Blanc, la plus jeune des mamies.",
  [(P, "Vivi", "o112"), (P, "Blanc", 1, "o112"), (L, "Annecy-le-Vieux"), (P, "Violette Blanc", "o112")],
  ["nickname", "title", "family-name", "word-as-name"])
R("fr-017", "Les grands vins de Bordeaux à l'honneur ce soir 🍷 Margaux 2015, Pauillac 2010 et un petit Saint-Émilion pour finir.",
  [(L, "Bordeaux")], ["name-as-word", "place-like-name", "brand"])
R("fr-018", "Margaux et Romain se sont dit oui à Saint-Émilion 🍇💍 Entre les vignes et le coucher de soleil, un rêve.",
  [(P, "Margaux"), (P, "Romain"), (L, "Saint-Émilion")], ["place-like-name", "word-as-name"])
R("fr-019", "Joyeux anniversaire @manonfontaine !! 🎂 Manou, la reine des éclairs de tout Lyon 👑",
  [(M, "@manonfontaine", "o111"), (P, "Manou", "o111"), (L, "Lyon")], ["nickname", "sentence-opening"])
R("fr-020", "Coucou les amis ! Ce week-end, atelier couronnes de fleurs à la boutique de Bordeaux 🌸 Places limitées, inscription en DM.",
  [(L, "Bordeaux")], ["sentence-opening"])
R("fr-021", "Le Père Noël est passé à la crèche Les Petits Loups 🎅 Les enfants lui ont chanté 'Petit Papa Noël'. Trop mignon.",
  [], ["brand-with-name", "brand"])
R("fr-022", "Ladurée, Pierre Hermé ou Angelina ? 🤔 Le grand test des macarons parisiens, c'est par ici ⬇️",
  [], ["brand-with-name"])
R("fr-023", "Olive Moreau nous a fait l'honneur de passer à l'atelier 🫒 Son nouveau livre de recettes sort le 12 mars ! #olivemoreau",
  [(P, "Olive Moreau", "o107"), (P, "#olivemoreau", "o107")], ["hashtag-name", "word-as-name"])
R("fr-024", "Il pleut sur Rennes 🌧️ mais le marché des Lices est toujours aussi joyeux. Galette-saucisse obligatoire.",
  [(L, "Rennes"), (L, "marché des Lices")], ["place-like-name"])
R("fr-025", "Théo Marchand expose ses photos de mariage à la galerie du quai Saint-Antoine jusqu'au 30 juin 📸 Vernissage jeudi, venez nombreux ! @theo.marchand.photo",
  [(P, "Théo Marchand", "o110"), (L, "quai Saint-Antoine"), (M, "@theo.marchand.photo", "o110")], ["place-like-name", "word-as-name"])
R("fr-026", "marchand de glaces sur la plage de Palavas 🍦 la base de l'été",
  [(L, "plage de Palavas")], ["name-as-word"])
R("fr-027", "Félicitations à Jean-Baptiste et Clémence ! 💍 Cérémonie à la mairie du 11e puis fête au bord de la Marne.",
  [(P, "Jean-Baptiste"), (P, "Clémence"), (L, "Marne")], ["sentence-opening"])
R("fr-028", "Les 3 mousquetaires de la maternelle : Jules, Anouk et Timothée 🤺😂",
  [(P, "Jules"), (P, "Anouk"), (P, "Timothée")], ["name-list"])
R("fr-029", "guigui en mode capitaine ce week-end à Bayonne 💪🏉 @guigui_perrin",
  [(P, "guigui", "o108"), (L, "Bayonne"), (M, "@guigui_perrin", "o108")], ["lowercase-name", "nickname"])
R("fr-030", "Quelle vue depuis le Mont Sainte-Odile ! ⛰️ Toute l'Alsace à nos pieds.",
  [(L, "Mont Sainte-Odile"), (L, "Alsace")], ["place-like-name", "sentence-opening"])
R("fr-031", "Chanel, Dior, Yves Saint Laurent : les vitrines de l'avenue Montaigne sont prêtes pour Noël ✨",
  [(L, "avenue Montaigne")], ["brand-with-name", "place-like-name"])
R("fr-032", "La team Fontaine au complet pour le mariage de Manon 💒 Papa, maman, les cousins de Toulouse et même tata Josette ! @manonfontaine",
  [(P, "Fontaine", "o111"), (P, "Manon", "o111"), (L, "Toulouse"), (P, "Josette"), (M, "@manonfontaine", "o111")],
  ["family-name", "title", "mixed-language"])
R("fr-033", "Bonjour Marseille ☀️ Le Vieux-Port à 7h du matin, c'est quelque chose.",
  [(L, "Marseille"), (L, "Vieux-Port")], ["sentence-opening"])
R("fr-034", "Kylian Mbappé au Parc des Princes ce soir ⚽️ L'ambiance était folle.",
  [(P, "Kylian Mbappé"), (L, "Parc des Princes")], ["famous", "place-like-name"])
R("fr-035", "Notre studio photo déménage rue Victor-Hugo à Angers 📦 Même équipe, plus de lumière !",
  [(L, "rue Victor-Hugo"), (L, "Angers")], ["place-like-name"])
R("fr-036", "Relire Victor Hugo au jardin du Luxembourg 📖☀️",
  [(P, "Victor Hugo"), (L, "jardin du Luxembourg")], ["famous", "place-like-name"])
R("fr-037", "Capu❤️ @capucine.devilliers, merci d'avoir tout géré, même la pluie.",
  [(P, "Capu", "o109"), (M, "@capucine.devilliers", "o109")], ["nickname", "emoji-glued"])
R("fr-038", "Atelier pâtisserie pour enfants avec Manon Fontaine le mercredi à 14h 🧁 Au programme : madeleines et petits sablés. Réservation sur @manonfontaine",
  [(P, "Manon Fontaine", "o111"), (M, "@manonfontaine", "o111")], ["name-as-word"])
R("fr-039", "Coucher de soleil sur la dune du Pilat 🌅 Photo : @theo.marchand.photo",
  [(L, "dune du Pilat"), (M, "@theo.marchand.photo", "o110")], ["sentence-opening"])
R("fr-040", "Aujourd'hui, ma fille Rose a fait ses premiers pas 👣💕 Dans le jardin de mamie, au milieu des roses. Elle ne pouvait pas mieux choisir.",
  [(P, "Rose")], ["word-as-name", "name-as-word", "title", "sentence-opening"])
R("fr-041", "Tenue du jour : blazer Zara, sneakers Veja, sac Jacquemus 👜 #ootd #lyon",
  [], ["brand-with-name", "everyday-noun"])
R("fr-042", "Bravo aux U12 du Rugby Club Toulonnais ! 🏉 Coach Guillaume Perrin : « Ils ont tout donné. » @guigui_perrin",
  [(P, "Guillaume Perrin", "o108"), (M, "@guigui_perrin", "o108")], ["title", "org-with-place"])
R("fr-043", "Mariage de Chloé & Baptiste à l'abbaye de Fontevraud 🕊️\nUne cérémonie laïque dans le cloître, un cocktail sous les tilleuls, un dîner aux chandelles et une piste de danse qui ne s'est vidée qu'à 4h du matin.\nMerci à toute l'équipe :\nPlanning @capucine.devilliers\nPhotos @theo.marchand.photo\nGâteau @manonfontaine\nFleurs @atelier.pivoine",
  [(P, "Chloé"), (P, "Baptiste"), (L, "abbaye de Fontevraud"), (M, "@capucine.devilliers", "o109"),
   (M, "@theo.marchand.photo", "o110"), (M, "@manonfontaine", "o111"), (M, "@atelier.pivoine")], [])
R("fr-044", "enfin les vacances !!! ☀️ direction la Bretagne avec ma sœur et mes cousines 🚗",
  [(L, "Bretagne")], ["everyday-noun"])
R("fr-045", "Saint-Malo, ses remparts, ses crêpes et son vent 🌊 On revient quand ?",
  [(L, "Saint-Malo")], ["place-like-name"])
R("fr-046", "M. et Mme Fontaine, boulangers depuis 1987 rue de la République à Valence 🥖 Bonne retraite !",
  [(P, "Fontaine"), (L, "rue de la République"), (L, "Valence")], ["title", "namesake", "family-name", "place-like-name"])
R("fr-047", "Théo et moi à Florence 🇮🇹 Le Ponte Vecchio au petit matin, un rêve.",
  [(P, "Théo"), (L, "Florence"), (L, "Ponte Vecchio")], ["place-like-name", "namesake"])
R("fr-048", "Pendant ce temps chez @olive.moreau : tarte aux olives, focaccia et rosé bien frais 🫒🍷",
  [(M, "@olive.moreau", "o107")], ["name-as-word"])
R("fr-049", "Vivement l'été ! ☀️ Encore 3 semaines avant les vacances à l'île de Ré avec Guigui et les enfants. @guigui_perrin",
  [(L, "île de Ré"), (P, "Guigui", "o108"), (M, "@guigui_perrin", "o108")], ["sentence-opening", "nickname"])
R("fr-050", "Joyeux anniversaire à notre petite Olive 🎈🎂 2 ans déjà, et toujours aussi coquine !",
  [(P, "Olive")], ["word-as-name", "namesake", "title"])
R("fr-051", "Dîner chez Paul Bocuse à Collonges 🍽️ Une institution. Merci à Olive Moreau pour l'invitation !",
  [(L, "Collonges"), (P, "Olive Moreau", "o107")], ["brand-with-name", "sentence-opening"])
R("fr-052", "Les Bleus ont gagné ! 🇫🇷 Griezmann, Kanté et Maignan, quel match au Stade de France !",
  [(P, "Griezmann"), (P, "Kanté"), (P, "Maignan"), (L, "Stade de France")], ["famous", "name-list"])
R("fr-053", "Rentrée des classes à Saint-Didier 🎒 Bonne année à tous les élèves et à Mme Garnier, qui fait sa dernière rentrée !",
  [(L, "Saint-Didier"), (P, "Garnier")], ["title", "place-like-name"])
R("fr-054", "Garnier, L'Oréal et Yves Rocher : la salle de bain de ma fille ressemble à une parfumerie 😂",
  [], ["brand-with-name"])
R("fr-055", "Séance grossesse dans les champs de lavande de Valensole 💜 Avec Theo Marchand (@theo.marchand.photo), évidemment.",
  [(L, "Valensole"), (P, "Theo Marchand", "o110"), (M, "@theo.marchand.photo", "o110")], ["no-diacritics"])
R("fr-056", "Titou derrière l'objectif, comme toujours 📸 Merci à toute l'équipe de @theo.marchand.photo pour ce mariage en Camargue !",
  [(P, "Titou", "o110"), (M, "@theo.marchand.photo", "o110"), (L, "Camargue")], ["nickname"])
R("fr-057", "Demain, portes ouvertes au club de tennis de Vincennes 🎾 Venez tester, raquettes fournies !",
  [(L, "Vincennes")], ["sentence-opening"])
R("fr-058", "ANNIVERSAIRE SURPRISE POUR OLIVE 🎉🎉 Merci à tous d'être venus, et merci @olive.moreau d'avoir fait semblant d'être surprise 😂",
  [(P, "OLIVE", "o107"), (M, "@olive.moreau", "o107")], ["caps-name", "lowercase-name", "word-as-name"])
R("fr-059", "Une pensée pour mon grand-père Marcel, qui aurait eu 100 ans aujourd'hui 🕊️ Il adorait les Alpes et le Beaufort.",
  [(P, "Marcel"), (L, "Alpes")], ["title", "brand"])
R("fr-060", "Gâteau de mariage signé Manon Fontaine 🤍 Cinq étages, fleurs comestibles et une touche de citron de Menton.",
  [(P, "Manon Fontaine", "o111"), (L, "Menton")], ["word-as-name"])
R("fr-061", "bisous de Lille 💋 il fait gris mais les gaufres de chez Méert valent le détour",
  [(L, "Lille")], ["brand-with-name"])
R("fr-062", "Violette, Capucine et Marguerite : nos trois bouquets stars de la saison 💐 Disponibles en boutique jusqu'à samedi.",
  [], ["name-as-word", "brand-with-name"])
R("fr-063", "Guillaume, Mathis, Enzo et Noah : les piliers de notre équipe de rugby 💪 Le match de dimanche à Pau, c'est pour eux.",
  [(P, "Guillaume"), (P, "Mathis"), (P, "Enzo"), (P, "Noah"), (L, "Pau")], ["name-list", "namesake"])
R("fr-064", "Dix ans déjà pour l'agence de @capucine.devilliers ! 🥂 Soirée au château de Vaux-le-Vicomte avec tous les prestataires. Capucine, merci pour ces dix années de mariages inoubliables.",
  [(M, "@capucine.devilliers", "o109"), (L, "château de Vaux-le-Vicomte"), (P, "Capucine", "o109")], ["word-as-name"])
R("fr-065", "Une tarte Tatin comme chez mamie 🍎",
  [], ["brand-with-name"])
R("fr-066", "Merci Olive pour ce moment au marché de Forcalquier 🧺 On repart avec des tomates, du fromage de chèvre et plein d'idées ! @olive.moreau",
  [(P, "Olive", "o107"), (L, "marché de Forcalquier"), (M, "@olive.moreau", "o107")], ["sentence-opening", "word-as-name"])
R("fr-067", "Fête des voisins rue des Martyrs 🥖🍷 Merci à M. Dupont pour le barbecue et à Lucie pour ses crêpes !",
  [(L, "rue des Martyrs"), (P, "Dupont"), (P, "Lucie")], ["title"])
R("fr-068", "Pause café à la gare Saint-Lazare ☕ Direction Deauville pour le week-end !",
  [(L, "gare Saint-Lazare"), (L, "Deauville")], ["place-like-name"])
R("fr-069", "Gros bisous à tata Manou qui nous a gâtés avec ses éclairs 😋 @manonfontaine",
  [(P, "Manou", "o111"), (M, "@manonfontaine", "o111")], ["title", "nickname"])
R("fr-070", "Découverte du jour : le lac de Vassivière en Limousin 🛶",
  [(L, "lac de Vassivière"), (L, "Limousin")], ["sentence-opening"])
R("fr-071", "Astérix, Obélix et Idéfix s'invitent à l'anniversaire de Maxime 🎂🐗",
  [(P, "Maxime")], ["brand-with-name"])
R("fr-072", "Les élèves de Mme Blanc ont planté un potager à l'école 🥕 Souvenir de 1992, retrouvé par Violette Blanc elle-même dans ses cartons !",
  [(P, "Blanc", 1, "o112"), (P, "Violette Blanc", "o112")], ["title", "word-as-name"])
R("fr-073", "Première séance de la saison pour les petits du club 🏉 Un grand merci à Guillaume Perrin et Hervé pour leur patience !",
  [(P, "Guillaume Perrin", "o108"), (P, "Hervé")], ["sentence-opening"])
R("fr-074", "Le mariage d'Inès et Karim au domaine de la Baronnie 💍 Planning signé Capu @capucine.devilliers, photos Titou @theo.marchand.photo 📸",
  [(P, "Inès"), (P, "Karim"), (L, "domaine de la Baronnie"), (P, "Capu", "o109"), (M, "@capucine.devilliers", "o109"),
   (P, "Titou", "o110"), (M, "@theo.marchand.photo", "o110")], ["nickname"])
R("fr-075", "Merci pour tout ❤️",
  [], ["sentence-opening"])
R("fr-076", "Week-end à Vienne 🎻 (la vraie, en Autriche, pas celle de l'Isère 😉)",
  [(L, "Vienne"), (L, "Autriche"), (L, "Isère")], ["place-like-name"])
R("fr-077", "Quelle journée avec Théo Marchand, Capucine de Villiers et Manon Fontaine ! Le shooting inspiration 'mariage d'hiver' est dans la boîte ❄️ #mariagehiver",
  [(P, "Théo Marchand", "o110"), (P, "Capucine de Villiers", "o109"), (P, "Manon Fontaine", "o111")],
  ["name-list", "particle", "sentence-opening"])
R("fr-078", "marie et moi devant la tour Eiffel 🗼 ENFIN",
  [(P, "marie"), (L, "tour Eiffel")], ["lowercase-name", "place-like-name", "sentence-opening"])
R("fr-079", "Notre petite boulangerie de la rue Saint-Jean fête ses 5 ans 🥐 Merci à tous nos clients fidèles !",
  [(L, "rue Saint-Jean")], ["place-like-name"])
R("fr-080", "Pierre, Paul ou Jacques, tout le monde est le bienvenu à notre atelier pain 🍞 Inscriptions ouvertes !",
  [], ["name-as-word"])

# -------------------------------------------------------------- German (de)

R("de-001", "Frühstück mit Aussicht am Herzogstand ⛰️☕ Um 5 Uhr los, um 8 Uhr oben, jede Minute wert.",
  [(L, "Herzogstand")], ["everyday-noun", "place-like-name", "sentence-opening"])
R("de-002", "Brautstrauß aus Pfingstrosen, Eukalyptus und Schleierkraut 🤍 gebunden von @rosa.hartmann. Rosa, du bist eine Künstlerin!",
  [(M, "@rosa.hartmann", "o113"), (P, "Rosa", "o113")], ["everyday-noun", "word-as-name"])
R("de-003", "Die rosa Torte war der Hit der Babyshower 🎀🍰 Danke an alle, die da waren!",
  [], ["name-as-word", "everyday-noun"])
R("de-004", "Heute vor 10 Jahren hat Rosa Hartmann ihren Blumenladen in Schwabing eröffnet 🌷🎉 Rosas Mut hat sich gelohnt! Alles Gute 💐 @rosa.hartmann",
  [(P, "Rosa Hartmann", "o113"), (L, "Schwabing"), (P, "Rosas", "o113"), (M, "@rosa.hartmann", "o113")],
  ["genitive", "sentence-opening", "word-as-name"])
R("de-005", "Im Mai heiraten wir am Tegernsee 💍 Noch 87 Tage!",
  [(L, "Tegernsee")], ["name-as-word"])
R("de-006", "Mai und Duc haben sich im Palmengarten das Jawort gegeben 🌿 Was für ein Tag! Fotos: @sonjawinter.fotografie",
  [(P, "Mai"), (P, "Duc"), (L, "Palmengarten"), (M, "@sonjawinter.fotografie", "o118")], ["word-as-name", "namesake"])
R("de-007", "Neue Nail-Looks bei @mai.nguyen.ffm 💅 Mai, die Chrome-Nägel sind der Wahnsinn!",
  [(M, "@mai.nguyen.ffm", "o116"), (P, "Mai", "o116")], ["word-as-name", "everyday-noun"])
R("de-008", "Geduld ist eine Tugend – vor allem, wenn der Sauerteig nicht aufgehen will 🍞😅",
  [], ["everyday-noun", "sentence-opening"])
R("de-009", "Meine Cousine Lea hat heute in der Frauenkirche geheiratet 💒 und ich durfte Trauzeugin sein!",
  [(P, "Lea"), (L, "Frauenkirche")], ["title", "everyday-noun"])
R("de-010", "Steffi schneidet nicht nur Haare, sie zaubert 💇‍♀️✨ Danke @steffi.krueger für den neuen Look!",
  [(P, "Steffi", "o115"), (M, "@steffi.krueger", "o115")], ["nickname"])
R("de-011", "Frau Seidel, unsere Klassenlehrerin, geht in Rente 🎓💐 Danke für alles!",
  [(P, "Seidel")], ["title"])
R("de-012", "Sonnenaufgang am Königssee 🌄 Das Wasser so still, dass man St. Bartholomä doppelt sieht.",
  [(L, "Königssee"), (L, "St. Bartholomä")], ["place-like-name", "sentence-opening"])
R("de-013", "Auf dem Weg zum Wendelstein mit @max.vonstetten 🥾 Maxl kennt wirklich jeden Stein in den Bayerischen Alpen.",
  [(L, "Wendelstein"), (M, "@max.vonstetten", "o114"), (P, "Maxl", "o114"), (L, "Bayerischen Alpen")],
  ["nickname", "place-like-name"])
R("de-014", "Maximilian von Stetten hat unseren Hochzeitsfilm am Schliersee gedreht 🎬 Wir haben geweint, gelacht und wieder geweint. Danke Max!",
  [(P, "Maximilian von Stetten", "o114"), (L, "Schliersee"), (P, "Max", "o114")], ["particle", "nickname"])
R("de-015", "Wanderung am Walchensee mit Kathrin Maren Sofie und Carola 🏔️ Die Damenrunde ist zurück!",
  [(L, "Walchensee"), (P, "Kathrin"), (P, "Maren"), (P, "Sofie"), (P, "Carola")], ["name-list", "sentence-opening"])
R("de-016", "Lukas Brandt mit dem 2:1 in der 89. Minute 🔥⚽ Was für ein Derby an der Grünwalder Straße! #teambrandt",
  [(P, "Lukas Brandt", "o117"), (L, "Grünwalder Straße"), (P, "#teambrandt", "o117")], ["hashtag-name"])
R("de-017", "Luki, du Legende 😂🍺 @lukasbrandt_",
  [(P, "Luki", "o117"), (M, "@lukasbrandt_", "o117")], ["nickname"])
R("de-018", "Bei Kaufland gab's heute Erdbeeren im Angebot 🍓 also gibt's morgen Erdbeerkuchen. Wer kommt?",
  [], ["brand-with-name"])
R("de-019", "Hugo Boss, Mercedes und ein Hauch von Chanel No. 5 – die Gäste auf dieser Hochzeit in Stuttgart wussten, wie man sich anzieht 😎",
  [(L, "Stuttgart")], ["brand-with-name"])
R("de-020", "Shooting im Winter 🌨️ Warum ich die kalte Jahreszeit für Hochzeiten so liebe, erzählt euch Sonja Winter heute im Blog. @sonjawinter.fotografie",
  [(P, "Sonja Winter", "o118"), (M, "@sonjawinter.fotografie", "o118")], ["name-as-word", "word-as-name", "everyday-noun"])
R("de-021", "Sonntagsbrunch im Prenzlauer Berg 🥐🥑 Mit Sophie, Jan und einem viel zu großen Stück Käsekuchen.",
  [(L, "Prenzlauer Berg"), (P, "Sophie"), (P, "Jan")], ["everyday-noun", "sentence-opening"])
R("de-022", "Endlich Outlet-Saison! 🛍️ Neue Sneaker für die ganze Familie in Metzingen.",
  [(L, "Metzingen")], ["everyday-noun", "sentence-opening"])
R("de-023", "STEFFI & TOBI 💍 12.07.2025 · Schloss Nymphenburg",
  [(P, "STEFFI"), (P, "TOBI"), (L, "Schloss Nymphenburg")], ["caps-name", "lowercase-name", "nickname", "namesake"])
R("de-024", "Danke an Frau Dr. Yıldız und das ganze Team der Kinderklinik 💙 Unser Ben ist wieder gesund!",
  [(P, "Yıldız"), (P, "Ben")], ["title"])
R("de-025", "Familie Hartmann beim Sommerfest im Englischen Garten ☀️ Rosa, Peter und die Zwillinge haben uns den ganzen Nachmittag mit Limo, selbstgebackenem Kuchen und den schönsten Sträußen aus dem Laden verwöhnt. Danke für die tolle Zeit, bis nächstes Jahr! @rosa.hartmann",
  [(P, "Hartmann", "o113"), (L, "Englischen Garten"), (P, "Rosa", "o113"), (P, "Peter"), (M, "@rosa.hartmann", "o113")],
  ["family-name", "title", "word-as-name"])
R("de-026", "Heute ist Nikolaus 🎅 und in unserer Kita gab's Schokolade von Milka und Lebkuchen aus Nürnberg.",
  [(L, "Nürnberg")], ["brand-with-name", "sentence-opening"])
R("de-027", "Mai Nguyen zeigt euch heute in der Story, wie man French Nails in 10 Minuten macht 💅 @mai.nguyen.ffm",
  [(P, "Mai Nguyen", "o116"), (M, "@mai.nguyen.ffm", "o116")], ["word-as-name", "mixed-language"])
R("de-028", "Maibaumaufstellen in Holzkirchen 🌳🍺 Die ganze Gemeinde war da.",
  [(L, "Holzkirchen")], ["everyday-noun"])
R("de-029", "Schön war's im Allgäu mit der Cousine 🐄💚 Nächstes Jahr wieder Oberstdorf!",
  [(L, "Allgäu"), (L, "Oberstdorf")], ["everyday-noun", "sentence-opening"])
R("de-030", "lena und ich beim Konzert von Helene Fischer in der Olympiahalle 🎤😍",
  [(P, "lena"), (P, "Helene Fischer"), (L, "Olympiahalle")], ["lowercase-name", "famous", "word-as-name"])
R("de-031", "Rosi, vielen Dank für den Blumenschmuck in der Kirche St. Anna 🌸 @rosa.hartmann",
  [(P, "Rosi", "o113"), (L, "St. Anna"), (M, "@rosa.hartmann", "o113")], ["nickname", "place-like-name"])
R("de-032", "Thomas Müller hat heute seinen Abschied gefeiert 🥹⚽ Danke für alles, Radio Müller!",
  [(P, "Thomas Müller"), (P, "Radio Müller")], ["famous", "nickname"])
R("de-033", "Drogerie-Einkauf bei Müller und Rossmann 🧴 und am Ende trotzdem das Shampoo vergessen 🙈",
  [], ["brand-with-name"])
R("de-034", "Lukas (9) und Mia (7) haben am Wochenende ihren ersten Gipfel bestiegen ⛰️ Die Zugspitze ist jetzt offiziell abgehakt!",
  [(P, "Lukas"), (P, "Mia"), (L, "Zugspitze")], ["namesake"])
R("de-035", "Unser Kapitän Lukas Brandt hört nach 6 Jahren auf 💔 Luki, danke für alles! Die Abschiedsfeier ist am Samstag im Vereinsheim an der Isar.",
  [(P, "Lukas Brandt", "o117"), (P, "Luki", "o117"), (L, "Isar")], ["title", "nickname"])
R("de-036", "Vorfreude! 🎄 Nächste Woche Christkindlmarkt am Marienplatz und danach zu Käthe Wohlfahrt nach Rothenburg.",
  [(L, "Marienplatz"), (L, "Rothenburg")], ["brand-with-name", "place-like-name", "sentence-opening", "everyday-noun"])
R("de-037", "Steffi Krüger und ihr Team vom Salon in Ehrenfeld sind einfach die Besten 💇‍♀️ #steffikrueger",
  [(P, "Steffi Krüger", "o115"), (L, "Ehrenfeld"), (P, "#steffikrueger", "o115")], ["hashtag-name", "nickname"])
R("de-038", "Erika blüht 💜 Die Lüneburger Heide ist gerade einfach ein Traum.",
  [(L, "Lüneburger Heide")], ["name-as-word", "sentence-opening", "place-like-name"])
R("de-039", "Oma Erika wird heute 90 🎂 Die ganze Familie ist nach Bielefeld gekommen.",
  [(P, "Erika"), (L, "Bielefeld")], ["title", "word-as-name"])
R("de-040", "Hochzeit im Schloss Elmau 🏰 Fotos: Sonja Winter",
  [(L, "Schloss Elmau"), (P, "Sonja Winter", "o118")], ["word-as-name"])
R("de-041", "Die ersten Schneeglöckchen im Luisenpark 🌱 Der Winter ist bald vorbei!",
  [(L, "Luisenpark")], ["name-as-word", "place-like-name"])
R("de-042", "Max, Paul und Emil aus der Klasse 3b haben den Vorlesewettbewerb gewonnen 📚🏆 Herzlichen Glückwunsch!",
  [(P, "Max"), (P, "Paul"), (P, "Emil")], ["name-list", "namesake"])
R("de-043", "Steffi (@steffi.krueger) hat für die Braut und alle fünf Brautjungfern die Haare gemacht 💐 Ohne sie wäre das alles nicht möglich gewesen!",
  [(P, "Steffi", "o115"), (M, "@steffi.krueger", "o115")], ["nickname", "everyday-noun"])
R("de-044", "Kaffee und Kuchen bei Tante Gisela in Wuppertal ☕🍰 Die Schwebebahn fährt direkt vor ihrer Tür vorbei.",
  [(P, "Gisela"), (L, "Wuppertal")], ["title", "everyday-noun", "sentence-opening"])
R("de-045", "Babyshower für @mai.nguyen.ffm 🍼💗 Bald bist du Mama, liebe Mai!",
  [(M, "@mai.nguyen.ffm", "o116"), (P, "Mai", "o116")], ["everyday-noun", "word-as-name"])
R("de-046", "Kita-Ausflug zum Bauernhof nach Grünwald 🐮🚜 Die Kinder durften die Ziegen füttern.",
  [(L, "Grünwald")], ["everyday-noun"])
R("de-047", "Hamburg, du Schöne ⚓ Sonnenuntergang an der Elbphilharmonie und Fischbrötchen an den Landungsbrücken.",
  [(L, "Hamburg"), (L, "Elbphilharmonie"), (L, "Landungsbrücken")], [])
R("de-048", "Danke, Herr von Stetten, für die großartige Bergführung auf den Watzmann 🏔️",
  [(P, "von Stetten", "o114"), (L, "Watzmann")], ["title", "particle"])
R("de-049", "Vielen Dank an alle, die bei unserem Sponsorenlauf mitgemacht haben! 🏃‍♀️ 3.420 € für die Tafel Erding. Sogar Felix Neureuther ist mitgelaufen!",
  [(P, "Felix Neureuther")], ["org-with-place", "famous"])
R("de-050", "Kerstin, Jonas, Melanie und Ali – unser neues Team in der Filiale in Leipzig 👋",
  [(P, "Kerstin"), (P, "Jonas"), (P, "Melanie"), (P, "Ali"), (L, "Leipzig")], ["name-list"])
R("de-051", "Unser Hochzeitsfilm von Max von Stetten ist online 🎬 Drehorte: Chiemsee, Herrenchiemsee und Frauenchiemsee. @max.vonstetten",
  [(P, "Max von Stetten", "o114"), (L, "Chiemsee"), (L, "Herrenchiemsee"), (L, "Frauenchiemsee"), (M, "@max.vonstetten", "o114")],
  ["particle", "nickname", "place-like-name"])
R("de-052", "Herbstspaziergang am Schlachtensee 🍂 mit Hund Bruno und einem Thermobecher Glühwein.",
  [(L, "Schlachtensee")], ["pet"])
R("de-053", "Endlich Sommer! ☀️ Freibad-Saison ist eröffnet.",
  [], ["name-as-word", "sentence-opening"])
R("de-054", "Der Käsekuchen von Bäckerei Sommer in Freiburg ist legendär 🍰",
  [(L, "Freiburg")], ["brand-with-name", "name-as-word"])
R("de-055", "Glückwunsch an @sonjawinter.fotografie zum Preis für das Hochzeitsfoto des Jahres! 🏆📸 Sonja, verdient!",
  [(M, "@sonjawinter.fotografie", "o118"), (P, "Sonja", "o118")], ["sentence-opening"])
R("de-056", "mai nguyen live auf der Messe in Frankfurt 💅 Stand B12, kommt vorbei!",
  [(P, "mai nguyen", "o116"), (L, "Frankfurt")], ["lowercase-name", "word-as-name"])
R("de-057", "Unser Schulfest an der Goethestraße war ein voller Erfolg 🎉 Danke an Herrn Becker und alle Eltern!",
  [(L, "Goethestraße"), (P, "Becker")], ["title", "place-like-name"])
R("de-058", "Happy Birthday, Steffi! 🥳 Von deinen Mädels aus dem Salon @steffi.krueger",
  [(P, "Steffi", "o115"), (M, "@steffi.krueger", "o115")], ["mixed-language", "nickname"])
R("de-059", "Rosa, Mai und Sonja beim Workshop 'Blumen fotografieren' in Frankfurt 🌸📸 @rosa.hartmann @mai.nguyen.ffm @sonjawinter.fotografie",
  [(P, "Rosa", "o113"), (P, "Mai", "o116"), (P, "Sonja", "o118"), (L, "Frankfurt"),
   (M, "@rosa.hartmann", "o113"), (M, "@mai.nguyen.ffm", "o116"), (M, "@sonjawinter.fotografie", "o118")],
  ["name-list", "word-as-name"])
R("de-060", "Frohe Ostern aus dem Harz 🐣🌷",
  [(L, "Harz")], [])

# ------------------------------------------------------------- English (en)

R("en-001", "Road trip through Oregon 🚐🌲 Crater Lake, Cannon Beach and way too many gas station snacks.",
  [(L, "Oregon"), (L, "Crater Lake"), (L, "Cannon Beach")], ["place-like-name"])
R("en-002", "Summer in Cornwall ☀️🌊 St Ives never disappoints.",
  [(L, "Cornwall"), (L, "St Ives")], ["name-as-word", "place-like-name"])
R("en-003", "Shot by @summerhayes.studio 📸 Summer, you captured every single tear. Thank you!!",
  [(M, "@summerhayes.studio", "o119"), (P, "Summer", "o119")], ["word-as-name"])
R("en-004", "Summer Hayes shooting her first summer wedding of the season at Chatsworth House 🌸 #summerhayesweddings",
  [(P, "Summer Hayes", "o119"), (L, "Chatsworth House"), (P, "#summerhayesweddings", "o119")],
  ["word-as-name", "name-as-word", "hashtag-name"])
R("en-005", "Hope you all had a lovely Easter! 🐣 We're back Tuesday with fresh hot cross buns.",
  [], ["name-as-word", "sentence-opening"])
R("en-006", "Huge thanks to Miss Adeyemi for coaching our Year 5 netball team to the county final 🏆 Hope, the girls adore you!",
  [(P, "Adeyemi", "o122"), (P, "Hope", "o122")], ["title", "word-as-name"])
R("en-007", "Grace's lemon drizzle is back on the counter this weekend 🍋 Come early, it goes fast! @graceoneill",
  [(P, "Grace's", "o120"), (M, "@graceoneill", "o120")], ["genitive", "word-as-name"])
R("en-008", "Saying grace before Thanksgiving dinner with the Hendersons 🦃🙏",
  [(P, "Hendersons")], ["name-as-word", "family-name"])
R("en-009", "Bex did the flowers for our wedding and honestly they were the star of the show 💐 @bex.thornton you're a genius",
  [(P, "Bex", "o121"), (M, "@bex.thornton", "o121")], ["nickname"])
R("en-010", "Rebecca Thornton has been named Florist of the Year 🏆🌷 Becca, so proud of you!",
  [(P, "Rebecca Thornton", "o121"), (P, "Becca", "o121")], ["nickname"])
R("en-011", "Ollie's first hat-trick for the Sunday league team ⚽⚽⚽ @olliebanks",
  [(P, "Ollie's", "o123"), (M, "@olliebanks", "o123")], ["genitive", "nickname"])
R("en-012", "Brunch at Dishoom in Covent Garden 🍳 then a wander through Neal's Yard. Perfect Saturday.",
  [(L, "Covent Garden"), (L, "Neal's Yard")], ["place-like-name", "brand"])
R("en-013", "Will you be my bridesmaid? 💍 Little gift boxes for the girls, all from Marks & Spencer 😂",
  [], ["name-as-word", "brand-with-name", "sentence-opening"])
R("en-014", "Will Carter and his team captured our day at Lake Louise so beautifully 🏔️ Will, thank you! @willcarterphoto",
  [(P, "Will Carter", "o124"), (L, "Lake Louise"), (P, "Will", 2, "o124"), (M, "@willcarterphoto", "o124")],
  ["place-like-name", "word-as-name", "nickname"])
R("en-015", "Happy 5th birthday to our little Grace 🎂🦄 Mummy and Daddy love you to the moon and back!",
  [(P, "Grace")], ["title", "word-as-name", "namesake"])
R("en-016", "Christmas at the Wilsons' 🎄 Nan's trifle, Uncle Dave's terrible jokes, the annual argument over Monopoly, Harry Potter on the telly and far too many pigs in blankets. Twelve of us round a table built for six and I wouldn't change a thing. Merry Christmas from our chaotic lot to yours ❤️",
  [(P, "Wilsons'"), (P, "Dave's")], ["genitive", "title", "brand-with-name", "family-name"])
R("en-017", "Sunday roast in Oxford 🍺 then a pint where Tolkien and C.S. Lewis used to drink.",
  [(L, "Oxford"), (P, "Tolkien"), (P, "C.S. Lewis")], ["famous", "initial"])
R("en-018", "GRACE AND TOM ✨ 14.09 ✨ Babington House",
  [(P, "GRACE"), (P, "TOM"), (L, "Babington House")], ["caps-name", "lowercase-name", "namesake", "word-as-name"])
R("en-019", "New autumn slots for May and June now open 📅 Book via the link in bio.",
  [], ["name-as-word"])
R("en-020", "Grace O'Neill's sourdough class in Bristol is fully booked again 🍞 Next dates: @graceoneill",
  [(P, "Grace O'Neill's", "o120"), (L, "Bristol"), (M, "@graceoneill", "o120")], ["genitive", "word-as-name"])
R("en-021", "Gracie💕 thank you for the most beautiful wedding cake 🎂 Three tiers of pure joy! @graceoneill",
  [(P, "Gracie", "o120"), (M, "@graceoneill", "o120")], ["nickname", "emoji-glued"])
R("en-022", "Ben & Jerry's, Trader Joe's snacks and a Taylor Swift playlist: girls' night sorted 💅",
  [(P, "Taylor Swift")], ["brand-with-name", "famous"])
R("en-023", "Mum, Dad, Auntie Pat and little Archie at Arthur's Seat 🏴 Windiest family photo ever.",
  [(P, "Pat"), (P, "Archie"), (L, "Arthur's Seat")], ["title", "place-like-name"])
R("en-024", "Hope Adeyemi, our PE teacher of the year 🏅 Thank you for everything, from all of Class 6!",
  [(P, "Hope Adeyemi", "o122")], ["word-as-name"])
R("en-025", "Hiking Mount Rainier with @willcarterphoto 🏔️📸 Will knows every trail in Washington.",
  [(L, "Mount Rainier"), (M, "@willcarterphoto", "o124"), (P, "Will", "o124"), (L, "Washington")],
  ["place-like-name", "word-as-name", "nickname"])
R("en-026", "Jamie, Priya, Tom and Chloe smashed the 10k in Hyde Park 🏃‍♀️💨",
  [(P, "Jamie"), (P, "Priya"), (P, "Tom"), (P, "Chloe"), (L, "Hyde Park")], ["name-list"])
R("en-027", "A rose for every guest 🌹 and a bouquet of garden roses for the bride, made by @bex.thornton",
  [(M, "@bex.thornton", "o121")], ["name-as-word"])
R("en-028", "Savannah in spring 🌸 Forsyth Park and all those Spanish moss trees.",
  [(L, "Savannah"), (L, "Forsyth Park")], ["place-like-name", "name-as-word"])
R("en-029", "savannah and jordan getting married in charleston 🤍 what a day",
  [(P, "savannah"), (P, "jordan"), (L, "charleston")], ["lowercase-name", "place-like-name"])
R("en-030", "Oliver Banks scored twice as the Rovers won 3-1 at Kendal ⚽ #ollie9",
  [(P, "Oliver Banks", "o123"), (L, "Kendal"), (P, "#ollie9", "o123")], ["hashtag-name", "word-as-name"])
R("en-031", "Rainy day at the British Museum ☔ then tea at Fortnum & Mason.",
  [(L, "British Museum")], ["brand-with-name"])
R("en-032", "Bank holiday in Brighton 🏖️🍦",
  [(L, "Brighton")], [])
R("en-033", "Happy retirement, Mrs. Hope! 💐 38 years of teaching in Leeds and the kindest teacher ever.",
  [(P, "Hope"), (L, "Leeds")], ["title", "word-as-name", "namesake"])
R("en-034", "Bex & Jordan's engagement shoot in Richmond Park 🦌💍 @bex.thornton",
  [(P, "Bex", "o121"), (P, "Jordan's"), (L, "Richmond Park"), (M, "@bex.thornton", "o121")], ["genitive", "nickname"])
R("en-035", "Golden hour in Charlotte, North Carolina ✨",
  [(L, "Charlotte"), (L, "North Carolina")], ["place-like-name"])
R("en-036", "Paddington, Peter Rabbit and the Gruffalo at our book week parade 📚🐻",
  [], ["brand-with-name"])
R("en-037", "Thanks @summerhayes.studio for our family photos on Holkham Beach 🌊 The kids adored you, Summer!",
  [(M, "@summerhayes.studio", "o119"), (L, "Holkham Beach"), (P, "Summer", "o119")], ["word-as-name"])
R("en-038", "Congrats to Dr Carter on her PhD 🎓 So proud, Emily!",
  [(P, "Carter"), (P, "Emily")], ["title", "namesake"])
R("en-039", "Sunrise over Loch Ness 🌄 No monster, just mist.",
  [(L, "Loch Ness")], ["sentence-opening"])
R("en-040", "Ollie and Grace from @olliebanks and @graceoneill doing the three peaks for charity 🏔️ Ben Nevis, Scafell Pike and Snowdon in 24 hours!",
  [(P, "Ollie", "o123"), (P, "Grace", "o120"), (M, "@olliebanks", "o123"), (M, "@graceoneill", "o120"),
   (L, "Ben Nevis"), (L, "Scafell Pike"), (L, "Snowdon")], ["place-like-name", "word-as-name", "nickname"])

# --------------------------------------------------- mixed German/English (mx)

R("mx-001", "Weekend vibes in Hamburg 🌊 mit @steffi.krueger und den besten Franzbrötchen der Stadt. Love you, Steffi!",
  [(L, "Hamburg"), (M, "@steffi.krueger", "o115"), (P, "Steffi", "o115")], ["nickname"])
R("mx-002", "Our wedding day at Schloss Hohenschwangau 💍 Danke an Sonja Winter für die wunderschönen Fotos!",
  [(L, "Schloss Hohenschwangau"), (P, "Sonja Winter", "o118")], ["word-as-name"])
R("mx-003", "Brunch mit den girls in Kreuzberg 🥑☕ Outfit: Sneaker von Adidas, Jacke von Zara.",
  [(L, "Kreuzberg")], ["everyday-noun", "brand-with-name"])
R("mx-004", "Happy Birthday Luki!! 🎉 Best Kapitän ever, see you beim Training @lukasbrandt_",
  [(P, "Luki", "o117"), (M, "@lukasbrandt_", "o117")], ["nickname"])
R("mx-005", "Summer in Berlin ☀️ Tempelhofer Feld, Eis und Sonnenbrand.",
  [(L, "Berlin"), (L, "Tempelhofer Feld")], ["name-as-word"])
R("mx-006", "Hannah und Jonas haben ja gesagt 💍 at the most beautiful Scheune in Brandenburg! Photos by @summerhayes.studio",
  [(P, "Hannah"), (P, "Jonas"), (L, "Brandenburg"), (M, "@summerhayes.studio", "o119")], [])
R("mx-007", "Grace, Emma und Lina at the Oktoberfest 🥨🍺 Prost from the Theresienwiese!",
  [(P, "Grace"), (P, "Emma"), (P, "Lina"), (L, "Theresienwiese")], ["name-list", "word-as-name", "namesake"])
R("mx-008", "Frühstück in bed 🥐 weil Sonntag. No plans, nur Netflix.",
  [], ["everyday-noun", "sentence-opening"])
R("mx-009", "Shooting mit Rosa Hartmann für ihre new spring collection 🌷 So in love mit diesen Farben! @rosa.hartmann",
  [(P, "Rosa Hartmann", "o113"), (M, "@rosa.hartmann", "o113")], ["word-as-name"])
R("mx-010", "Road trip durch die Sächsische Schweiz 🚗⛰️ Bastei, Lilienstein and lots of Kuchen.",
  [(L, "Sächsische Schweiz"), (L, "Bastei"), (L, "Lilienstein")], ["place-like-name"])
R("mx-011", "MAX & LEONIE 💕 Save the date: 14.06. in München!",
  [(P, "MAX"), (P, "LEONIE"), (L, "München")], ["caps-name", "lowercase-name", "namesake"])
R("mx-012", "Throwback to Mallorca 🌴 with the whole Familie Schneider: drei Generationen, zwei Hunde, ein viel zu kleines Ferienhaus und the best paella we've ever had. Miss you, Oma Hildegard! Nächsten Sommer again?",
  [(L, "Mallorca"), (P, "Schneider"), (P, "Hildegard")], ["family-name", "title", "name-as-word"])
R("mx-013", "Meet the team: Mai (nails), Steffi (hair) und Rosa (flowers) 💅💇‍♀️💐 @mai.nguyen.ffm @steffi.krueger @rosa.hartmann",
  [(P, "Mai", "o116"), (P, "Steffi", "o115"), (P, "Rosa", "o113"),
   (M, "@mai.nguyen.ffm", "o116"), (M, "@steffi.krueger", "o115"), (M, "@rosa.hartmann", "o113")],
  ["name-list", "word-as-name", "nickname"])
R("mx-014", "Happy Mother's Day, Mama! 💐 Du bist the best.",
  [], ["everyday-noun"])
R("mx-015", "Brautstrauß goals 💐 Pfingstrosen, Ranunkeln and a little bit of Eukalyptus.",
  [], ["everyday-noun", "sentence-opening"])
R("mx-016", "Ollie (@olliebanks) und seine Freundin Amber visiting us in Köln 🇬🇧🇩🇪 Kölner Dom, Kölsch and lots of laughs.",
  [(P, "Ollie", "o123"), (M, "@olliebanks", "o123"), (P, "Amber"), (L, "Köln"), (L, "Kölner Dom")],
  ["word-as-name", "nickname"])
R("mx-017", "Cheers aus dem Biergarten am Chinesischen Turm 🍻 mit Maxl und Sonja @max.vonstetten @sonjawinter.fotografie #munich #summer",
  [(L, "Chinesischen Turm"), (P, "Maxl", "o114"), (P, "Sonja", "o118"), (M, "@max.vonstetten", "o114"),
   (M, "@sonjawinter.fotografie", "o118")], ["nickname"])
R("mx-018", "Danke an Mrs. Thompson, meine English teacher aus der 10. Klasse 🙏 You changed my life!",
  [(P, "Thompson")], ["title"])
R("mx-019", "Team Müller at the Frankfurt Marathon 🏃‍♂️🏃‍♀️ Papa, Lisa und ich – alle im Ziel! #teammüller",
  [(P, "Müller"), (P, "Lisa"), (P, "#teammüller")], ["family-name", "hashtag-name", "org-with-place", "title"])
R("mx-020", "Wie war euer Weekend? ✨",
  [], ["sentence-opening"])


# ------------------------------------------------------------------ checks

WORDCH = set("_-#@")
TITLES = {
    # nl
    "dhr.", "mevr.", "mevrouw", "meneer", "dr.", "prof.", "oma", "opa", "tante", "oom", "juf", "meester", "zus",
    "zusje", "broer", "broertje", "dochter", "zoon", "familie", "trainer", "mama", "papa", "baby", "kleine",
    "koning", "koningin", "boer", "collega", "grensrechter", "bakker", "vader", "moeder",
    # fr
    "m.", "mme", "mlle", "monsieur", "madame", "mamie", "papi", "tata", "tonton", "maître", "maîtresse", "père",
    "mère", "sœur", "frère", "fille", "fils", "famille", "coach", "petite", "petit", "chef", "cousin", "cousine",
    "bébé", "maman", "grand-père", "grand-mère", "team",
    # de
    "frau", "herr", "herrn", "oma", "opa", "tante", "onkel", "familie", "trainer", "trainerin", "kapitän",
    "cousine", "cousin", "schwester", "bruder", "tochter", "sohn", "kleine", "kleiner", "hund",
    "bürgermeister", "trauzeugin", "trauzeuge",
    # en
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "auntie", "aunt", "uncle", "grandma", "grandpa",
    "nan", "mum", "dad", "mummy", "daddy", "little", "sister", "brother", "captain",
}
ARTICLES = {
    # nl
    "de", "het", "een", "in", "op", "bij", "naar", "van", "aan", "'t",
    # fr
    "le", "la", "les", "l", "l'", "du", "des", "à", "au", "aux", "en", "dans", "sur",
    # de
    "der", "die", "das", "dem", "den", "des", "im", "am", "an", "auf", "zum", "zur", "nach", "von", "vom", "aus",
    # en
    "the", "at", "on", "to", "from", "of", "a",
}
# place names whose own article or particle is part of the name
PLACE_WITH_ARTICLE = ("De Pijp", "Van Nelle Fabriek", "Van Gogh Museum")
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
KINDS = {
    # data/eval/test/GUIDE.md
    "place-like-name", "everyday-noun", "brand-with-name", "lowercase-name", "nickname", "word-as-name",
    "name-as-word", "hashtag-name", "name-list", "title", "genitive", "initial", "pet", "mention", "none",
    # data/eval/languages/GUIDE.md
    "sentence-opening", "particle", "no-diacritics", "listed", "namesake", "emoji-glued", "mixed-language",
    "famous", "family-name", "org-with-place", "brand", "place",
    # this set
    "caps-name",
}
DERIVED = {"mention", "none", "listed", "place"}
NEEDS_PERSON = ("genitive", "word-as-name", "nickname", "namesake", "famous", "family-name", "particle",
                "no-diacritics", "emoji-glued", "name-list", "title", "initial", "lowercase-name", "caps-name")


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
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_symbol(c):
    return unicodedata.category(c) in ("So", "Sk", "Cn") or ord(c) >= 0x1F000 or c == "\u2764"


def build():
    errors = []
    optout = {}
    for oid, name, aliases, handles in OPTOUT:
        if oid in optout:
            errors.append("duplicate opt-out id %s" % oid)
        optout[oid] = (name, [a for a in aliases.split(";") if a], [h for h in handles.split(";") if h])
        for h in optout[oid][2]:
            if not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", h):
                errors.append("%s: bad handle %r" % (oid, h))
    if sorted(optout) != ["optout-%03d" % n for n in range(101, 125)]:
        errors.append("opt-out ids are not optout-101 .. optout-124")
    out = []
    seen_ids, seen_texts = set(), set()
    for rid, text, ents, kinds in RECORDS:
        def err(msg):
            errors.append("%s: %s" % (rid, msg))
        m = re.fullmatch(r"(nl|fr|de|en|mx)-(\d\d\d)", rid)
        if not m:
            err("bad id")
            continue
        lang = PREFIXES[m.group(1)]
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
                if isinstance(x, int) and not isinstance(x, bool):
                    occ = x
                elif isinstance(x, str) and re.fullmatch(r"o\d\d\d", x):
                    ids.append("optout-" + x[1:])
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
            elif len(found) == 1:
                err("%r occurs once; no occurrence needed" % surface)
            if not 1 <= occ <= len(found):
                err("%r has no occurrence %d" % (surface, occ))
                continue
            start = found[occ - 1]
            end = start + len(surface)
            assert text[start:end] == surface
            if surface != surface.strip() or "\n" in surface:
                err("%r has whitespace at its edges or a line break" % surface)
            first, last = surface[0], surface[-1]
            if not (first.isalnum() or (first == "#" and label == P) or (first == "@" and label == M)):
                err("%r starts badly" % surface)
            ok_end = last.isalnum() or (last == "_" and label == M) \
                or (last == "'" and len(surface) > 1 and surface[-2] in "sxzSXZ") \
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
                w0 = re.split(r"(?<=')", words[0])[0].lower()
                if (words[0].lower() in ARTICLES or w0 in ARTICLES) and not surface.startswith(PLACE_WITH_ARTICLE):
                    err("LOCATION %r starts with an article or preposition" % surface)
            if label == M:
                if not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", surface):
                    err("MENTION %r is not a handle" % surface)
            if ids and label == L:
                err("LOCATION %r cannot be listed" % surface)
            spans.append([start, end, label])
            if len(set(ids)) != len(ids):
                err("%r lists the same person twice" % surface)
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
        if len(spanset) != len(spans):
            err("the same span twice")
        for s, e, oid in listed:
            if (s, e) not in spanset:
                err("listed span not an entity")
        handles_in_text = {(mm.start(), mm.end()) for mm in HANDLE_RE.finditer(text)}
        mention_spans = {(s, e) for s, e, lab in spans if lab == M}
        if handles_in_text != mention_spans:
            err("handles %r vs mentions %r" % (
                sorted(text[s:e] for s, e in handles_in_text), sorted(text[s:e] for s, e in mention_spans)))
        # kinds
        if len(set(kinds)) != len(kinds):
            err("a kind given twice")
        for k in kinds:
            if k not in KINDS:
                err("unknown kind %r" % k)
            if k in DERIVED:
                err("kind %r is set automatically" % k)
        kinds = [k for k in kinds if k not in DERIVED]
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
        if "caps-name" in kinds and not any(t == t.upper() and t != t.lower() for t in ptexts):
            err("caps-name kind without a name in capitals")
        if "caps-name" in kinds and "lowercase-name" not in kinds:
            err("caps-name without lowercase-name (the guides count capitals there)")
        if "genitive" in kinds and not any(re.search(r"(s|'s|')$", t) for t in ptexts):
            err("genitive kind without a possessive ending")
        if "particle" in kinds and not any(re.search(r"(^|\s)(van|de|der|von|du|d')(\s|$)", t.lower())
                                           for t in ptexts):
            err("particle kind without a particle")
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
        for k in NEEDS_PERSON:
            if k in kinds and not persons:
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
                    "source": "captions-more", "kind": kinds})
    ids = {r["id"] for r in out}
    for prefix, n in COUNTS.items():
        for i in range(1, n + 1):
            if "%s-%03d" % (prefix, i) not in ids:
                errors.append("missing %s-%03d" % (prefix, i))
        extra = [x for x in ids if x.startswith(prefix + "-") and int(x[3:]) > n]
        if extra:
            errors.append("ids beyond %s-%03d: %s" % (prefix, n, ", ".join(sorted(extra))))
    if len(out) != sum(COUNTS.values()):
        errors.append("%d records, not %d" % (len(out), sum(COUNTS.values())))
    order = {p: i for i, p in enumerate(PREFIXES)}
    out.sort(key=lambda r: (order[r["id"][:2]], r["id"]))
    return out, errors


def main():
    verbose = "-v" in sys.argv[1:]
    out, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "more.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "name", "aliases", "handles"])
    for row in OPTOUT:
        w.writerow(row)
    with open(os.path.join(HERE, "more_optout.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print("lang   records PERSON LOCATION MENTION listed  records-with-listed")
    for lang in list(PREFIXES.values()) + [None]:
        rs = [r for r in out if lang is None or r["lang"] == lang]
        c = {lab: sum(1 for r in rs for s in r["entities"] if s[2] == lab) for lab in (P, L, M)}
        print("%-6s %7d %6d %8d %7d %6d %6d" % (
            lang or "all", len(rs), c[P], c[L], c[M], sum(len(r["listed"]) for r in rs),
            sum(1 for r in rs if r["listed"])))
    if verbose:
        langs = list(PREFIXES.values())
        print("\nkind             " + " ".join("%5s" % x for x in langs) + "   all")
        for k in sorted({k for r in out for k in r["kind"]}):
            row = [sum(1 for r in out if r["lang"] == x and k in r["kind"]) for x in langs]
            print("%-16s " % k + " ".join("%5d" % n for n in row) + " %5d" % sum(row))
    print("wrote more.jsonl (%d records) and more_optout.csv (%d people)" % (len(out), len(OPTOUT)))


if __name__ == "__main__":
    main()
