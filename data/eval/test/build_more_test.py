#!/usr/bin/env python3
"""A second caption test set: 280 Dutch, French, German, English and mixed
German/English captions and comments, written fresh, with PERSON, LOCATION and
MENTION spans and the opt-out person each listed span refers to.

Holds the records in readable form, computes the offsets, checks every span
and writes more_test.jsonl and more_test_optout.csv next to this file.
Plain Python 3, no dependencies, deterministic:

    python3 data/eval/test/build_more_test.py      (-v: also the kinds per language)

Annotated by data/eval/test/GUIDE.md and data/eval/languages/GUIDE.md.

Record format:  r(id, kinds, text, *spans)
  kinds   space-separated kinds ("" for none; "none" is added when a record
          has no entity at all)
  spans   P(surface, ...) PERSON, L(surface, ...) LOCATION, M(surface, ...) MENTION;
          after the surface: an int = which occurrence (1-based) where the
          surface occurs more than once at word boundaries; a str = the
          opt-out number(s) of the listed person ("201", or "214+215" for a
          hashtag naming two listed people).
"""
import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "captions-more-test"

# id, name, aliases, handles
OPTOUT = [
    ("optout-201", "Roos van der Linden", ["Roosje"], ["@roosvdlinden"]),
    ("optout-202", "Merel de Graaf", [], ["@merel.degraaf", "@studiomerel"]),
    ("optout-203", "Fleur Hendriks", ["Fleurtje"], ["@fleurhendriks"]),
    ("optout-204", "Storm Bakker", [], ["@storm.bakker"]),
    ("optout-205", "Mees van Dam", [], []),
    ("optout-206", "Lente de Wit", [], ["@lentedewit_fotografie"]),
    ("optout-207", "Rose Dubois", [], ["@rose.dubois"]),
    ("optout-208", "Océane Marchand", ["Océ"], ["@oceane.mrchd"]),
    ("optout-209", "Lilas Perrin", [], ["@lilas.perrin"]),
    ("optout-210", "Claire Fontaine", [], ["@claire_fontaine_photo"]),
    ("optout-211", "Jean-Baptiste du Moulin", ["JB"], ["@jb.dumoulin"]),
    ("optout-212", "Aurore Lemaire", [], []),
    ("optout-213", "Rosa Winter", [], ["@rosa.winter"]),
    ("optout-214", "Mai Lindner", [], ["@mai.lindner"]),
    ("optout-215", "Konstantin von Bergen", ["Konsti"], ["@konsti.vb"]),
    ("optout-216", "Ernst Krüger", [], []),
    ("optout-217", "Frank Adler", [], ["@frank_adler_fotografie"]),
    ("optout-218", "Heide Vogel", ["Heidi"], ["@heidi.vogel"]),
    ("optout-219", "Summer Hayes", [], ["@summerhayes.photo"]),
    ("optout-220", "Hope Whitfield", [], ["@hopewhitfield"]),
    ("optout-221", "Will Fletcher", ["Wills"], ["@willfletcher_"]),
    ("optout-222", "Grace Holloway", ["Gracie"], ["@gracieholloway"]),
    ("optout-223", "Ivy Marsh", [], []),
    ("optout-224", "Robin Daley", ["Robbie"], ["@robindaley"]),
]

KINDS = [
    "place-like-name", "word-as-name", "name-as-word", "sentence-opening",
    "everyday-noun", "brand-with-name", "title", "nickname", "namesake",
    "name-list", "lowercase-name", "caps-name", "famous", "particle",
    "hashtag-name", "family-name", "genitive", "mixed-language",
    "emoji-glued", "pet", "none",
]
LANGS = {"nl": ("nl", 80), "fr": ("fr", 80), "de": ("de", 60), "en": ("en", 40), "mx": ("mixed", 20)}

# Title, role and kinship words that stand before a name and stay outside the span.
TITLES = {
    "juf", "meester", "meneer", "mevrouw", "mevr.", "dhr.", "opa", "oma", "oom", "tante",
    "koning", "koningin", "mme", "madame", "monsieur", "mamie", "papi", "coach",
    "présidente", "coiffeur", "frau", "herr", "dr.", "onkel", "trainer", "trainerin",
    "mrs", "mr", "ms", "miss", "grandma", "grandad", "nan", "baby",
}
# First names and surnames that are also words (checks word-as-name / name-as-word).
WORDNAMES = {
    "roos", "merel", "fleur", "storm", "mees", "lente", "bakker", "wit", "graaf", "dam",
    "iris", "jade", "frans", "rose", "lilas", "claire", "aurore", "marin", "fontaine",
    "ambre", "rosa", "mai", "ernst", "frank", "heide", "winter", "adler", "vogel",
    "august", "can", "summer", "hope", "will", "grace", "ivy", "robin", "faith",
    "poppy", "marsh", "daisy",
}
NAMEWORDS = WORDNAMES | {"roses", "bergen", "holly"}
NICKNAMES = {"rob", "dan", "sam"}
PARTICLES = {"van", "der", "den", "de", "von", "du", "des", "la", "le", "ter", "ten", "zu", "d'"}
FAMILY_WORDS = {"familie", "famille", "family", "les", "the"}
LOC_BAD_START = {
    "in", "im", "am", "op", "aan", "bij", "the", "at", "au", "aux", "à", "dans", "en",
    "near", "nach", "bei", "zum", "zur", "from", "de", "het", "la", "le", "les", "der",
    "die", "das", "den", "a", "an", "of", "van", "von", "du", "des",
}
LOC_ARTICLE_OK = {"Den Bosch", "Van Gogh Museum"}  # article or preposition part of the name

RECORDS = []


def r(rid, kinds, text, *spans):
    RECORDS.append((rid, kinds, text, spans))


def P(s, *x):
    return ("PERSON", s) + x


def L(s, *x):
    return ("LOCATION", s) + x


def M(s, *x):
    return ("MENTION", s) + x


# ---------------------------------------------------------------- Dutch (nl)

r("nl-001", "word-as-name",
  "Wat een dag in de Hortus 🌿 Bedankt @roosvdlinden voor de mooiste bloemen, Roos jij bent een topper! #bruiloft #amsterdam",
  L("Hortus"), M("@roosvdlinden", "201"), P("Roos", "201"))
r("nl-002", "sentence-opening",
  "Nog drie plekjes vrij voor de workshop boeketten binden op zaterdag!\nAanmelden via de link in bio 💐")
r("nl-003", "name-as-word sentence-opening",
  "Roos, roos en nog eens roos 🌹 Deze bruid koos alleen maar rozen, in alle tinten roze.\nStyling: @fleurhendriks",
  M("@fleurhendriks", "203"))
r("nl-004", "word-as-name",
  "Gefeliciteerd lieve Merel met je 30ste! 🎉 Op naar nog veel meer mooie shoots samen. @merel.degraaf",
  P("Merel", "202"), M("@merel.degraaf", "202"))
r("nl-005", "name-as-word",
  "Er zat vanochtend een merel op de vensterbank van de studio, hij keek heel kritisch naar onze nieuwe achtergrond 😂 #studiolife #utrecht")
r("nl-006", "word-as-name name-as-word",
  "Fotoshoot in het Vondelpark met Storm en Lieke ⚡️ Het woei zo hard dat er bijna een echte storm opstak! 📸 @storm.bakker",
  L("Vondelpark"), P("Storm", "204"), P("Lieke"), M("@storm.bakker", "204"))
r("nl-007", "family-name particle word-as-name",
  "Familie De Wit op de foto gezet in Amersfoort 🍂 Lente en Bas, wat hebben jullie een prachtig gezin! Volgend jaar weer, dan hopelijk met minder regen 😅 #gezinsshoot",
  P("De Wit", "206"), L("Amersfoort"), P("Lente", "206"), P("Bas"))
r("nl-008", "name-as-word sentence-opening",
  "In de lente staan de tulpen bij de Keukenhof er weer prachtig bij 🌷 Wie gaat er dit jaar mee?",
  L("Keukenhof"))
r("nl-009", "place-like-name",
  "Proost op het bruidspaar! 🥂 Sanne & Joost gaven elkaar het jawoord op Kasteel de Haar ✨\nFotografie @studiomerel | bloemen @fleurhendriks | taart @bakkerijdevries",
  P("Sanne"), P("Joost"), L("Kasteel de Haar"), M("@studiomerel", "202"),
  M("@fleurhendriks", "203"), M("@bakkerijdevries"))
r("nl-010", "particle word-as-name",
  "Mees van Dam (8) scoorde vandaag zijn allereerste doelpunt voor de JO9-2! ⚽️ Trots op je, Mees! #vvdoorn",
  P("Mees van Dam", "205"), P("Mees", 2, "205"))
r("nl-011", "name-as-word sentence-opening",
  "Een mees, een merel en drie roodborstjes: groep 5 heeft deze week vogels geteld in het Wilhelminapark 🐦 #tuinvogeltelling",
  L("Wilhelminapark"))
r("nl-012", "nickname mixed-language",
  "Happy birthday Fleurtje!! 🎂🎈 @fleurhendriks we love you x",
  P("Fleurtje", "203"), M("@fleurhendriks", "203"))
r("nl-013", "name-as-word",
  "Wat staat de tuin weer in volle fleur 🌸 De pioenrozen doen het dit jaar geweldig, volgende week de eerste bossen in de winkel!")
r("nl-014", "namesake title word-as-name",
  "Bedankt juf Roos voor een fantastisch schooljaar! 🍎 De kinderen van groep 3 gaan je missen ❤️",
  P("Roos"))
r("nl-015", "title",
  "Eerste kerst in ons nieuwe huis in Zwolle 🎄 Oma Riet had weer veel te veel oliebollen gebakken 😅 #kerst2024",
  L("Zwolle"), P("Riet"))
r("nl-016", "brand-with-name sentence-opening",
  "Sinterklaas kwam langs bij de kleuters van De Regenboog! 🎁 Pakjes, pepernoten en een Piet die de weg naar het speellokaal kwijt was 😂")
r("nl-017", "word-as-name",
  "Zondag lekker uitgewaaid op het strand van Scheveningen met @storm.bakker en @jesse.kuipers 🌊 Storm had natuurlijk weer zijn drone mee",
  L("Scheveningen"), M("@storm.bakker", "204"), M("@jesse.kuipers"), P("Storm", "204"))
r("nl-018", "name-as-word sentence-opening",
  "Code oranje voor storm vanavond, dus de buitenshoot van morgen in het Amsterdamse Bos verplaatsen we naar vrijdag. Wordt vervolgd! 🌧",
  L("Amsterdamse Bos"))
r("nl-019", "lowercase-name namesake word-as-name",
  "mees en roos zijn vandaag 2 geworden 🎂🎂 dubbel feest bij de tweeling! #tweeling",
  P("mees"), P("roos"))
r("nl-020", "brand-with-name place-like-name",
  "Albert Heijn, Jumbo of toch gewoon de markt? Wij halen onze bloemen altijd bij Bloemenhuis Fleur in de Jordaan 🌼 #lokaalkopen",
  L("Jordaan"))
r("nl-021", "title namesake word-as-name",
  "Meneer Bakker van groep 8 gaat met pensioen 🥹 43 jaar voor de klas! Dank u wel voor alles, meester Henk.",
  P("Bakker"), P("Henk"))
r("nl-022", "name-as-word",
  "De bakker om de hoek bakt de lekkerste krentenbollen van Leiden 🥯 Zaterdag staan we met ons kraampje op de Botermarkt!",
  L("Leiden"), L("Botermarkt"))
r("nl-023", "word-as-name place-like-name",
  "Shoot met @merel.degraaf in Rotterdam 📸 Merel weet altijd precies het goede licht te vinden, zelfs onder de Erasmusbrug. #rotterdam #fotografie",
  M("@merel.degraaf", "202"), L("Rotterdam"), P("Merel", "202"), L("Erasmusbrug"))
r("nl-024", "caps-name particle",
  "MEREL DE GRAAF 🙌🏼 wat een portfolio! Iedereen volgen: @merel.degraaf",
  P("MEREL DE GRAAF", "202"), M("@merel.degraaf", "202"))
r("nl-025", "brand-with-name word-as-name",
  "Van der Linden Bloemen bestaat 25 jaar! 🎉 Op zaterdag 14 september is iedereen welkom in de winkel aan de Oudegracht. Roos (@roosvdlinden) en haar moeder Ans schenken koffie met iets lekkers ☕️",
  L("Oudegracht"), P("Roos", "201"), M("@roosvdlinden", "201"), P("Ans"))
r("nl-026", "title",
  "Wat een feest voor de 50-jarige bruiloft van opa Gerrit en oma Lien in Giethoorn 💛 Vijftig jaar!! En nog steeds hand in hand door het dorp.",
  P("Gerrit"), P("Lien"), L("Giethoorn"))
r("nl-027", "sentence-opening",
  "Dag 1 van de Elfstedentocht op de fiets 🚲 Van Leeuwarden naar Sneek en door naar Hindeloopen. Mijn benen 😵",
  L("Leeuwarden"), L("Sneek"), L("Hindeloopen"))
r("nl-028", "nickname",
  "Roosje en Fleurtje, de twee zonnetjes van onze bloemenwinkel 🌞 Dit weekend staan ze allebei op de bruidsbeurs in de Jaarbeurs! @roosvdlinden @fleurhendriks",
  P("Roosje", "201"), P("Fleurtje", "203"), L("Jaarbeurs"),
  M("@roosvdlinden", "201"), M("@fleurhendriks", "203"))
r("nl-029", "sentence-opening",
  "Zomer in Zeeland ☀️ Domburg op z'n mooist. #zeeland #domburg",
  L("Zeeland"), L("Domburg"))
r("nl-030", "sentence-opening",
  "Gezocht: fotograaf voor de communie van onze dochter op 12 mei in Breda. Tips? Graag in de comments 🙏",
  L("Breda"))
r("nl-031", "particle word-as-name",
  "Vanavond de prijsuitreiking van de fotowedstrijd in de Stadsschouwburg Haarlem 🏆 Eerste prijs: Lente de Wit! Lente, je foto van de ijsvogel is echt magisch ❤️ @lentedewit_fotografie",
  L("Stadsschouwburg Haarlem"), P("Lente de Wit", "206"), P("Lente", 2, "206"),
  M("@lentedewit_fotografie", "206"))
r("nl-032", "name-as-word sentence-opening",
  "Lente! 🌱 De eerste narcissen staan in de winkel, kom snel kijken aan het Lange Voorhout",
  L("Lange Voorhout"))
r("nl-033", "family-name particle namesake",
  "Heel veel sterkte aan de familie Van Dam 🕊 In gedachten zijn we bij jullie.\n- de jongens en meiden van JO13-1",
  P("Van Dam"))
r("nl-034", "namesake word-as-name title",
  "Mees z'n eerste schooldag! 🎒 Groep 1 bij juf Anouk, hij vond het maar spannend. #eerstedag",
  P("Mees"), P("Anouk"))
r("nl-035", "word-as-name",
  "Met dank aan @storm.bakker voor de dronebeelden van de Afsluitdijk 🚁 Bakker, je bent een held",
  M("@storm.bakker", "204"), L("Afsluitdijk"), P("Bakker", "204"))
r("nl-036", "namesake word-as-name",
  "Onze stagiaire Fleur heeft deze week haar eerste eigen bruidsboeket gemaakt 💐 Goed gedaan Fleur, we zijn trots op je!",
  P("Fleur", 1), P("Fleur", 2))
r("nl-037", "brand-with-name",
  "Kom naar de fleurige voorjaarsmarkt op het Domplein! 🌷 Met bloemen van @fleurhendriks, brood van Bakkerij Bakker en koffie van de buren.",
  L("Domplein"), M("@fleurhendriks", "203"))
r("nl-038", "famous brand-with-name",
  "Gisteren met de hele klas naar het Rijksmuseum 🖼 De Nachtwacht van Rembrandt was natuurlijk het hoogtepunt, maar Thijs vond de poppenhuizen het mooist",
  L("Rijksmuseum"), P("Rembrandt"), P("Thijs"))
r("nl-039", "particle sentence-opening",
  "Wie herkent deze dame? 😍 Onze Roos van der Linden staat in de krant! Lees het hele interview in het AD van vandaag. @roosvdlinden",
  P("Roos van der Linden", "201"), M("@roosvdlinden", "201"))
r("nl-040", "lowercase-name nickname",
  "gefeliciteerd roosje!!! 🥳🥳 @roosvdlinden",
  P("roosje", "201"), M("@roosvdlinden", "201"))
r("nl-041", "name-as-word",
  "Onze zwarte merel is terug! 🖤 Chocoladetaart met bramen en een vleugje lavendel, versierd met een merel van fondant. Vanaf vrijdag weer te bestellen bij @bakkerij.koster",
  M("@bakkerij.koster"))
r("nl-042", "brand-with-name namesake word-as-name",
  "Kapsalon Roos in Tilburg zoekt een nieuwe collega! ✂️ Stuur je cv en een paar foto's van je werk naar Roos Verbeek, dan nemen we snel contact op.",
  L("Tilburg"), P("Roos Verbeek"))
r("nl-043", "namesake word-as-name",
  "Verjaardag van Storm 🎈 Hij werd 6 en wilde alleen maar een brandweertaart. Wens vervuld!",
  P("Storm"))
r("nl-044", "name-as-word",
  "Loopgroep Lente & Zomer traint elke dinsdagavond in Park Sonsbeek 🏃‍♀️ Iedereen welkom, ook beginners!",
  L("Park Sonsbeek"))
r("nl-045", "namesake word-as-name particle",
  "Bruiloft van Merel en Daan op Landgoed Groeneveld 💍 Merel, jij straalde de hele dag!\nFotografie: Lente de Wit (@lentedewit_fotografie)",
  P("Merel", 1), P("Daan"), L("Landgoed Groeneveld"), P("Merel", 2),
  P("Lente de Wit", "206"), M("@lentedewit_fotografie", "206"))
r("nl-046", "title particle word-as-name",
  "Mevrouw De Graaf geeft dit jaar de fotografielessen op het Stedelijk Gymnasium 📷 Welkom Merel! @merel.degraaf",
  P("De Graaf", "202"), P("Merel", "202"), M("@merel.degraaf", "202"))
r("nl-047", "name-as-word sentence-opening",
  "Een storm in een glas water, zeggen ze dan. Maar die regenbui tijdens de ceremonie in Valkenburg was écht heftig 😅☔️",
  L("Valkenburg"))
r("nl-048", "word-as-name name-list",
  "Bedankt voor de lieve reviews! ⭐️⭐️⭐️⭐️⭐️\n'Merel heeft onze dag perfect vastgelegd' – Kim & Sven\n@studiomerel",
  P("Merel", "202"), P("Kim"), P("Sven"), M("@studiomerel", "202"))
r("nl-049", "hashtag-name word-as-name",
  "#teamroos 💐 op de bruidsbeurs in Den Bosch! Kom langs bij stand 14 en zeg hoi tegen @roosvdlinden",
  P("#teamroos", "201"), L("Den Bosch"), M("@roosvdlinden", "201"))
r("nl-050", "hashtag-name",
  "Vandaag 10 jaar getrouwd met de liefste man van de wereld. Ik hou van je Wouter ❤️ #wouterenanne",
  P("Wouter"), P("#wouterenanne"))
r("nl-051", "brand-with-name",
  "Een knipbeurt bij Hairstudio Mees in Nijmegen 💇‍♀️ Altijd gezellig, altijd strak!",
  L("Nijmegen"))
r("nl-052", "caps-name word-as-name",
  "STORM 🎉 40 jaar vandaag! Gefeliciteerd kerel, op naar nog veel avonturen met de drone. @storm.bakker",
  P("STORM", "204"), M("@storm.bakker", "204"))
r("nl-053", "family-name particle word-as-name",
  "Dank aan de familie Van der Linden voor het gebruik van hun boomgaard in de Betuwe 🍎 Roos, de appeltaart van je moeder was fantastisch! @roosvdlinden",
  P("Van der Linden", "201"), L("Betuwe"), P("Roos", "201"), M("@roosvdlinden", "201"))
r("nl-054", "place-like-name",
  "Katendrecht, Feijenoord, Charlois: wat is Rotterdam-Zuid toch fotogeniek 🏙 #010",
  L("Katendrecht"), L("Feijenoord"), L("Charlois"), L("Rotterdam-Zuid"))
r("nl-055", "sentence-opening",
  "Welke kleur kiezen jullie voor de bruidsmeisjes? Roze, lila of toch saliegroen? 🎀 Stem in de stories!")
r("nl-056", "name-list word-as-name",
  "Wat fijn dat jullie er allemaal waren bij de opening van onze nieuwe studio in Hilversum! 🥂 Speciale dank aan Lente, Merel en Storm, die de hele vrijdag hebben geholpen met sjouwen, schilderen en lampen ophangen 🙏 Zonder jullie was het nooit op tijd af gekomen.\n@lentedewit_fotografie @merel.degraaf @storm.bakker",
  L("Hilversum"), P("Lente", "206"), P("Merel", "202"), P("Storm", "204"),
  M("@lentedewit_fotografie", "206"), M("@merel.degraaf", "202"), M("@storm.bakker", "204"))
r("nl-057", "title particle word-as-name",
  "Opa Kees en Mees van Dam aan het vissen bij de Loosdrechtse Plassen 🎣 Mees ving natuurlijk de grootste!",
  P("Kees"), P("Mees van Dam", "205"), L("Loosdrechtse Plassen"), P("Mees", 2, "205"))
r("nl-058", "brand-with-name sentence-opening",
  "Nieuwe collectie binnen bij de Bijenkorf ✨ Van Tommy Hilfiger tot Marc Jacobs, alles voor de feestdagen")
r("nl-059", "name-list word-as-name",
  "Frans, Jeroen, Pieter en Koen: de mannen van het jaarlijkse fietsweekend in de Ardennen 🚴‍♂️ Volgend jaar weer!",
  P("Frans"), P("Jeroen"), P("Pieter"), P("Koen"), L("Ardennen"))
r("nl-060", "name-as-word",
  "Het Frans van onze gids in Lyon was beter dan dat van de hele groep 7/8 bij elkaar 😂 #schoolreis",
  L("Lyon"))
r("nl-061", "particle word-as-name",
  "Gefeliciteerd Mees van Dam met je zwemdiploma A!! 🏊‍♂️ Je hebt het zó verdiend. Trotse groetjes van opa en oma",
  P("Mees van Dam", "205"))
r("nl-062", "word-as-name",
  "Koffie met @fleurhendriks bij de Markthal ☕️ Fleur, dank voor het sparren over de nieuwe website!",
  M("@fleurhendriks", "203"), L("Markthal"), P("Fleur", "203"))
r("nl-063", "place-like-name",
  "Liefde voor Lisse 🌷 De bollenvelden rond Hillegom staan in bloei, maar blijf alsjeblieft uit de velden!",
  L("Lisse"), L("Hillegom"))
r("nl-064", "famous",
  "Kippenvel bij het optreden van Floor Jansen in Ahoy 🎤 Wat een stem heeft die vrouw!",
  P("Floor Jansen"), L("Ahoy"))
r("nl-065", "family-name name-list word-as-name",
  "Pinksterweekend op Texel met de familie Hendriks 🏝 Fleur, Tim en kleine Noor waren een plaatje, zelfs toen het begon te hozen",
  L("Texel"), P("Hendriks", "203"), P("Fleur", "203"), P("Tim"), P("Noor"))
r("nl-066", "famous title",
  "Koningsdag in Emmen! 👑 Koning Willem-Alexander en koningin Máxima zwaaiden vanaf het Raadhuisplein naar de kinderen van onze school",
  L("Emmen"), P("Willem-Alexander"), P("Máxima"), L("Raadhuisplein"))
r("nl-067", "name-as-word sentence-opening brand-with-name",
  "Onze lentecollectie is er! 🌼 Fleur, Roos en Merel: drie nieuwe prints op onze linnen theedoeken. Verkrijgbaar in de webshop.")
r("nl-068", "genitive word-as-name title particle namesake",
  "Merels vader bracht vandaag taart naar de studio 🍰 Dank je wel meneer De Graaf! @merel.degraaf",
  P("Merels", "202"), P("De Graaf"), M("@merel.degraaf", "202"))
r("nl-069", "name-list word-as-name",
  "Zomerkamp 2024 zit erop! ⛺️ Dank aan alle leiding: Jesse, Iris, Bram, Sophie en Luuk. Tot volgend jaar op de Veluwe!",
  P("Jesse"), P("Iris"), P("Bram"), P("Sophie"), P("Luuk"), L("Veluwe"))
r("nl-070", "word-as-name sentence-opening",
  "Hoe gaat het nu met Iris? Ze is toch naar Maastricht verhuisd?",
  P("Iris"), L("Maastricht"))
r("nl-071", "genitive word-as-name",
  "haha @storm.bakker dit is toch Storms auto? 😂😂",
  M("@storm.bakker", "204"), P("Storms", "204"))
r("nl-072", "",
  "Trouwen in de Grote Kerk van Dordrecht 💒 Wat een plek! Dank @studiomerel voor deze plaatjes",
  L("Grote Kerk"), L("Dordrecht"), M("@studiomerel", "202"))
r("nl-073", "place-like-name brand-with-name",
  "Van Gogh Museum ✨ Ik kan hier uren rondlopen. Die Zonnebloemen blijven magisch 🌻",
  L("Van Gogh Museum"))
r("nl-074", "pet",
  "Dikke knuffel voor Roos en Mees 🐶🐱 onze studiohuisdieren, altijd in de weg bij een shoot")
r("nl-075", "brand-with-name name-as-word",
  "Lente, Mees, Roos en Storm: zo heten onze vier nieuwe tulpenrassen 🌷 Welke is jouw favoriet?")
r("nl-076", "famous word-as-name",
  "Vanavond met @lentedewit_fotografie naar de lezing van Anton Corbijn in het Stedelijk 📷 Lente, jij haalt de kaartjes op?",
  M("@lentedewit_fotografie", "206"), P("Anton Corbijn"), L("Stedelijk"), P("Lente", "206"))
r("nl-077", "lowercase-name",
  "fleur hendriks jij bent de allerbeste bloemist van nederland 💐💐 dank voor de bloemen op onze bruiloft",
  P("fleur hendriks", "203"), L("nederland"))
r("nl-078", "emoji-glued word-as-name",
  "Hé Merel👋 zie ik je morgen op de bruidsbeurs? @merel.degraaf",
  P("Merel", "202"), M("@merel.degraaf", "202"))
r("nl-079", "word-as-name",
  "Onze nieuwe kapster Jade 💇‍♀️ begint maandag in de salon in Amstelveen. Welkom Jade!",
  P("Jade", 1), L("Amstelveen"), P("Jade", 2))
r("nl-080", "",
  "Wat een opkomst bij de sponsorloop van OBS De Linde in Eindhoven 🏃 Er is €4.312 opgehaald voor KWF Kankerbestrijding!",
  L("Eindhoven"))

# --------------------------------------------------------------- French (fr)

r("fr-001", "word-as-name",
  "Un grand merci à @rose.dubois pour ce bouquet de mariée absolument sublime 🌸 Rose, tu as des doigts de fée ! #mariage #lyon",
  M("@rose.dubois", "207"), P("Rose", "207"))
r("fr-002", "name-as-word",
  "Des roses, des pivoines et un peu d'eucalyptus : la recette parfaite pour un mariage champêtre en Provence 🌿",
  L("Provence"))
r("fr-003", "sentence-opening",
  "Encore une séance photo magique au parc de la Tête d'Or avec Océane et son petit Gabin 👶 Merci @oceane.mrchd pour ta confiance !",
  L("parc de la Tête d'Or"), P("Océane", "208"), P("Gabin"), M("@oceane.mrchd", "208"))
r("fr-004", "",
  "Vue sur l'océan depuis la terrasse à Biarritz 🌊 Nos mariés ont eu droit au plus beau coucher de soleil de l'été",
  L("Biarritz"))
r("fr-005", "word-as-name",
  "Joyeux anniversaire à notre Lilas ! 💜 @lilas.perrin 25 ans déjà, la plus douce des fleuristes",
  P("Lilas", "209"), M("@lilas.perrin", "209"))
r("fr-006", "name-as-word",
  "Les lilas sont en fleurs dans le jardin de mamie à Senlis 💜 Ça sent le printemps !",
  L("Senlis"))
r("fr-007", "title namesake brand-with-name",
  "Mme Martine Perrin, notre maîtresse de CE2, part à la retraite après 35 ans à l'école Jules-Ferry 🍎 Merci pour tout !",
  P("Martine Perrin"))
r("fr-008", "namesake word-as-name",
  "Séance couple à Montmartre ☀️ avec Claire et Hugo, amoureux depuis le lycée.\nPhotos : @claire_fontaine_photo 📷",
  L("Montmartre"), P("Claire"), P("Hugo"), M("@claire_fontaine_photo", "210"))
r("fr-009", "brand-with-name",
  "Cahiers Clairefontaine, stylos et trousses : la rentrée est prête ✏️ Bonne rentrée à tous les élèves de CM1 !")
r("fr-010", "word-as-name",
  "Claire Fontaine expose ses portraits à la Maison Européenne de la Photographie, dans le Marais, jusqu'au 30 juin 📸 Vernissage jeudi à 19h, venez nombreux ! @claire_fontaine_photo",
  P("Claire Fontaine", "210"), L("Maison Européenne de la Photographie"), L("Marais"),
  M("@claire_fontaine_photo", "210"))
r("fr-011", "sentence-opening",
  "C'est clair : rien ne vaut une séance au lever du soleil sur les bords de Saône ☀️",
  L("Saône"))
r("fr-012", "nickname",
  "JB, t'es le meilleur témoin du monde 🥂 Ton discours nous a tous fait pleurer. @jb.dumoulin",
  P("JB", "211"), M("@jb.dumoulin", "211"))
r("fr-013", "particle",
  "Félicitations à Jean-Baptiste du Moulin, nouveau président du club ! 🏉 Allez le RC Narbonne",
  P("Jean-Baptiste du Moulin", "211"))
r("fr-014", "place-like-name",
  "Le Moulin Rouge, la tour Eiffel et un croissant : le combo parfait pour une demande en mariage à Paris 💍",
  L("Moulin Rouge"), L("tour Eiffel"), L("Paris"))
r("fr-015", "name-list word-as-name namesake",
  "Aurore, Louise et Margaux ont fêté leur EVJF à Biarritz 👰‍♀️🌊 Merci les filles pour cette journée de folie !",
  P("Aurore"), P("Louise"), P("Margaux"), L("Biarritz"))
r("fr-016", "name-as-word place-like-name",
  "Réveil à l'aurore pour photographier le mont Saint-Michel dans la brume 🌫 Ça valait le coup !",
  L("mont Saint-Michel"))
r("fr-017", "title word-as-name",
  "Mme Lemaire, professeure de piano à Rouen, a donné son dernier concert samedi 🎹 Aurore, merci pour ces 30 années de musique !",
  P("Lemaire", "212"), L("Rouen"), P("Aurore", "212"))
r("fr-018", "brand-with-name sentence-opening",
  "Petit déjeuner chez Paul avant la séance 🥐 Ensuite direction les Buttes-Chaumont !",
  L("Buttes-Chaumont"))
r("fr-019", "place-like-name word-as-name",
  "Sainte-Victoire au loin, lavande partout 💜 Séance de fiançailles près d'Aix-en-Provence avec Lilas et Tom. @lilas.perrin",
  L("Sainte-Victoire"), L("Aix-en-Provence"), P("Lilas", "209"), P("Tom"), M("@lilas.perrin", "209"))
r("fr-020", "brand-with-name sentence-opening",
  "Le Père Noël est passé à la crèche Les Petits Loups 🎅 Les enfants étaient émerveillés !")
r("fr-021", "nickname emoji-glued",
  "Océ💙 ma meilleure amie depuis la maternelle, joyeux anniversaire ! @oceane.mrchd",
  P("Océ", "208"), M("@oceane.mrchd", "208"))
r("fr-022", "place-like-name",
  "Marché de Noël à Strasbourg 🎄 Vin chaud, bredele et la grande place Kléber illuminée",
  L("Strasbourg"), L("place Kléber"))
r("fr-023", "title",
  "Un immense merci à Madame Marchand, notre pâtissière préférée 🎂 Océane, ce gâteau de baptême était une merveille ! @oceane.mrchd",
  P("Marchand", "208"), P("Océane", "208"), M("@oceane.mrchd", "208"))
r("fr-024", "place-like-name",
  "Au marché de Noël de Colmar avec les enfants 🎠 La Petite Venise toujours aussi magique",
  L("Colmar"), L("Petite Venise"))
r("fr-025", "brand-with-name name-as-word",
  "Rose, Jade, Ambre et Capucine : les prénoms de nos quatre nouvelles bougies parfumées 🕯 Dispo ce week-end !")
r("fr-026", "lowercase-name word-as-name mixed-language",
  "rose dubois t'es une queen 👑 le bouquet de ma sœur était incroyable",
  P("rose dubois", "207"))
r("fr-027", "brand-with-name name-as-word",
  "La Vie en rose en fond sonore, une valse sous les lampions… Merci Chloé et Maxime pour cette soirée 🥹 #mariage",
  P("Chloé"), P("Maxime"))
r("fr-028", "name-as-word word-as-name",
  "Un carton rose pâle, une typo dorée : les faire-part de Rose et Antoine sont prêts ! 💌 Merci @rose.dubois pour ta confiance",
  P("Rose", "207"), P("Antoine"), M("@rose.dubois", "207"))
r("fr-029", "famous",
  "Nos élèves de 6e ont visité le château de Versailles 👑 Louis XIV n'a qu'à bien se tenir !",
  L("château de Versailles"), P("Louis XIV"))
r("fr-030", "sentence-opening word-as-name",
  "Quelle course ! 🏃‍♀️ Bravo à Aurore Lemaire qui termine son premier marathon de Paris en 3h52. Aurore, on est fiers de toi",
  P("Aurore Lemaire", "212"), P("Aurore", 2, "212"))
r("fr-031", "brand-with-name",
  "Le Petit Prince, Astérix et Tintin ont envahi la bibliothèque pour le carnaval 🎭 Bravo à nos CP !")
r("fr-032", "family-name word-as-name",
  "Séance photo au lac d'Annecy avec la famille Perrin 🏔 Lilas, ton petit Arthur est trop mignon ! @lilas.perrin",
  L("lac d'Annecy"), P("Perrin", "209"), P("Lilas", "209"), P("Arthur"), M("@lilas.perrin", "209"))
r("fr-033", "word-as-name place-like-name",
  "Marin et Célestine se sont dit oui à la mairie de Saint-Malo ⚓️ Puis cocktail face à la mer !",
  P("Marin"), P("Célestine"), L("Saint-Malo"))
r("fr-034", "pet",
  "Notre chienne Praline a adoré la séance au bord du lac du Bourget 🐶 Elle a même posé pour la photo de famille",
  L("lac du Bourget"))
r("fr-035", "particle place-like-name",
  "Bienvenue à Margot de Laval dans l'équipe du salon ! ✂️💕 Elle vous attend dès mardi, rue de la République",
  P("Margot de Laval"), L("rue de la République"))
r("fr-036", "brand-with-name",
  "Coiffure by Jean-Louis David pour la mariée 💇‍♀️ Maquillage : Sephora. Robe : Pronovias")
r("fr-037", "name-as-word",
  "Le gâteau le plus fou de la saison : trois étages, fleurs en sucre et une touche de lilas 💜 Réalisé par @oceane.mrchd pour le mariage de Léa et Romain à Bordeaux",
  M("@oceane.mrchd", "208"), P("Léa"), P("Romain"), L("Bordeaux"))
r("fr-038", "caps-name word-as-name",
  "CLAIRE FONTAINE 📸 Retenez bien ce nom. Sa série sur les marins de Douarnenez vient d'être primée à Arles !",
  P("CLAIRE FONTAINE", "210"), L("Douarnenez"), L("Arles"))
r("fr-039", "title namesake word-as-name",
  "Un petit coucou à ma mamie Rose qui fête ses 90 ans aujourd'hui 🌹 Je t'aime fort",
  P("Rose"))
r("fr-040", "name-as-word place-like-name",
  "Une fontaine, deux pigeons et un couple amoureux : place Stanislas, Nancy ❤️",
  L("place Stanislas"), L("Nancy"))
r("fr-041", "particle place-like-name",
  "Merci Jean-Baptiste du Moulin pour ce shooting au domaine de Chantilly 🐎 Tes photos de chevaux sont dingues ! @jb.dumoulin",
  P("Jean-Baptiste du Moulin", "211"), L("domaine de Chantilly"), M("@jb.dumoulin", "211"))
r("fr-042", "sentence-opening",
  "Chantilly maison, fraises du jardin et pâte sablée : la tarte de la semaine chez @patisserie.lemoulin 🍓",
  M("@patisserie.lemoulin"))
r("fr-043", "nickname",
  "Océane Marchand, pâtissière de l'année ! 🏆 Le jury réuni à Lyon a adoré sa pièce montée. Bravo Océ 👏 @oceane.mrchd",
  P("Océane Marchand", "208"), L("Lyon"), P("Océ", "208"), M("@oceane.mrchd", "208"))
r("fr-044", "title word-as-name",
  "Les élèves de Mme Dubois (CM2) ont planté un potager dans la cour 🥕 Bravo Rose pour cette belle idée !",
  P("Dubois", "207"), P("Rose", "207"))
r("fr-045", "name-list namesake word-as-name",
  "Ambre, Jade et Rose, les trois sœurs de la mariée 💕 au domaine des Bois-Francs",
  P("Ambre"), P("Jade"), P("Rose"), L("domaine des Bois-Francs"))
r("fr-046", "place-like-name",
  "Marseille, ton Vieux-Port au coucher du soleil 🌅 et Notre-Dame-de-la-Garde qui veille sur tout le monde",
  L("Marseille"), L("Vieux-Port"), L("Notre-Dame-de-la-Garde"))
r("fr-047", "title word-as-name",
  "Tournoi caritatif samedi au TC Vincennes 🎾 Organisé par notre présidente Aurore Lemaire. Inscriptions auprès d'Aurore ou de Karim à l'accueil",
  P("Aurore Lemaire", "212"), P("Aurore", 2, "212"), P("Karim"))
r("fr-048", "famous place-like-name",
  "Merci à Victor Hugo pour le nom de notre rue 😄 Séance famille avenue Victor-Hugo, sous les platanes",
  P("Victor Hugo"), L("avenue Victor-Hugo"))
r("fr-049", "lowercase-name word-as-name",
  "lilas perrin 💜💜 merci pour tout",
  P("lilas perrin", "209"))
r("fr-050", "name-list",
  "Séance bébé pour le petit Jules, 10 jours 👶 Merci à ses parents Camille et Thomas pour leur confiance",
  P("Jules"), P("Camille"), P("Thomas"))
r("fr-051", "brand-with-name",
  "Chanel, Dior et Yves Saint Laurent : la mariée avait tout prévu 💄")
r("fr-052", "mixed-language word-as-name",
  "Happy birthday à notre photographe préférée 🎉 @claire_fontaine_photo Claire, continue de nous émerveiller !",
  M("@claire_fontaine_photo", "210"), P("Claire", "210"))
r("fr-053", "brand-with-name",
  "Remise des diplômes au lycée Marie-Curie 🎓 Bravo à tous nos bacheliers !")
r("fr-054", "place-like-name",
  "Au revoir Lyon, bonjour Montpellier ! ☀️ Le salon déménage le 1er septembre. Nouvelle adresse : rue Foch",
  L("Lyon"), L("Montpellier"), L("rue Foch"))
r("fr-055", "name-as-word brand-with-name",
  "Ce bouquet de pivoines roses pour la Saint-Valentin 🌹 À commander chez @rose.dubois avant le 12 !",
  M("@rose.dubois", "207"))
r("fr-056", "title word-as-name",
  "Félicitations à nos U11 ! 🏆 Un grand merci au coach Marin et à tous les parents",
  P("Marin"))
r("fr-057", "name-list word-as-name",
  "Océane, Rose et Lilas : trio de choc à la cérémonie de Marion et Hugo 💐🎂📸 @oceane.mrchd @rose.dubois @lilas.perrin",
  P("Océane", "208"), P("Rose", "207"), P("Lilas", "209"), P("Marion"), P("Hugo"),
  M("@oceane.mrchd", "208"), M("@rose.dubois", "207"), M("@lilas.perrin", "209"))
r("fr-058", "famous sentence-opening",
  "Quelle belle surprise de croiser Thomas Pesquet à Toulouse ✈️ Il a même accepté une photo avec mon fils !",
  P("Thomas Pesquet"), L("Toulouse"))
r("fr-059", "brand-with-name namesake word-as-name",
  "Le Père Noël des Galeries Lafayette a posé avec la petite Rose 🎅 Elle n'a pas lâché sa barbe !",
  P("Rose"))
r("fr-060", "name-list",
  "Bon anniversaire papa 🎂 On t'aime fort.\nMarie, Lucas et Inès",
  P("Marie"), P("Lucas"), P("Inès"))
r("fr-061", "namesake word-as-name",
  "Nous recrutons ! 💇 Notre salon de Nantes cherche un(e) coiffeur(se) motivé(e). CV à envoyer à Claire",
  L("Nantes"), P("Claire"))
r("fr-062", "title word-as-name",
  "Photo de classe des CE1 réalisée par Mme Fontaine 📸 Merci Claire pour ta patience avec nos petits loulous ! @claire_fontaine_photo",
  P("Fontaine", "210"), P("Claire", "210"), M("@claire_fontaine_photo", "210"))
r("fr-063", "brand-with-name",
  "Gâteau Reine des neiges pour les 5 ans de Louise ❄️ Elsa et Olaf en pâte à sucre !",
  P("Louise"))
r("fr-064", "",
  "On a marché jusqu'au sommet du puy de Dôme ce matin 🌄 Vue imprenable sur la chaîne des Puys",
  L("puy de Dôme"), L("chaîne des Puys"))
r("fr-065", "nickname",
  "Joyeux anniversaire JB !!! 🎂🎉 30 ans ça se fête @jb.dumoulin",
  P("JB", "211"), M("@jb.dumoulin", "211"))
r("fr-066", "nickname name-list",
  "Jean-Baptiste, Baptiste, Jean… Tout le monde l'appelle JB 😂 Bienvenue dans l'équipe @jb.dumoulin !",
  P("Jean-Baptiste", "211"), P("Baptiste", "211"), P("Jean", "211"), P("JB", "211"),
  M("@jb.dumoulin", "211"))
r("fr-067", "family-name namesake",
  "Les Dubois au grand complet pour les 80 ans de mamie 🎉 Séance en extérieur au parc de Sceaux",
  P("Dubois"), L("parc de Sceaux"))
r("fr-068", "place-like-name",
  "Shooting d'automne dans la forêt de Fontainebleau 🍂 Merci @claire_fontaine_photo pour ces couleurs",
  L("forêt de Fontainebleau"), M("@claire_fontaine_photo", "210"))
r("fr-069", "title brand-with-name",
  "Mon coiffeur Franck a encore fait des miracles ✂️ Salon Dessange, rue de Rivoli",
  P("Franck"), L("rue de Rivoli"))
r("fr-070", "brand-with-name sentence-opening",
  "Qui a dit que les garçons n'aimaient pas les fleurs ? 🌻 Atelier bouquet avec les CM1 de l'école Saint-Exupéry")
r("fr-071", "",
  "Et voilà, la salle est prête pour le mariage d'Inès et Yanis au château de Chambord 🏰✨ Bougies, pivoines blanches, nappes en lin et une longue table sous les voûtes : on a hâte de voir vos visages ce soir. Merci à toute l'équipe pour ces trois jours de montage !",
  P("Inès"), P("Yanis"), L("château de Chambord"))
r("fr-072", "emoji-glued word-as-name",
  "Rose🌹 merci pour ce moment, tu es une vraie magicienne des fleurs. Vivement le prochain atelier ! @rose.dubois",
  P("Rose", "207"), M("@rose.dubois", "207"))
r("fr-073", "word-as-name",
  "Océane Marchand et Aurore Lemaire : nos deux bénévoles de l'année 🙌 Merci pour toutes ces heures passées à trier des colis à Lille",
  P("Océane Marchand", "208"), P("Aurore Lemaire", "212"), L("Lille"))
r("fr-074", "",
  "Il pleut sur Brest, mais on garde le sourire ☔️ Rendez-vous au jardin des Capucins pour la séance de Manon",
  L("Brest"), L("jardin des Capucins"), P("Manon"))
r("fr-075", "name-list word-as-name",
  "Mathis, Lilou, Nolan, Jade et Timéo ont reçu leur ceinture jaune au dojo de Quimper 🥋 Bravo champions !",
  P("Mathis"), P("Lilou"), P("Nolan"), P("Jade"), P("Timéo"), L("Quimper"))
r("fr-076", "word-as-name",
  "Merci à la team @lilas.perrin pour la déco florale 🌿 Lilas et Manon, vous êtes des fées ! #mariageboheme",
  M("@lilas.perrin", "209"), P("Lilas", "209"), P("Manon"))
r("fr-077", "hashtag-name",
  "#teamoceane 🎂 en route pour le concours du meilleur pâtissier à Paris ! Croisez les doigts pour Océane Marchand",
  P("#teamoceane", "208"), L("Paris"), P("Océane Marchand", "208"))
r("fr-078", "name-list",
  "Nos trois mariées de juin : Pauline, Anaïs et Émilie 💍 Merci pour votre confiance et vos sourires !",
  P("Pauline"), P("Anaïs"), P("Émilie"))
r("fr-079", "hashtag-name word-as-name",
  "#roseetantoine 💍 Le plus beau mariage de la saison, au château de la Colle Noire. Félicitations @rose.dubois et Antoine !",
  P("#roseetantoine", "207"), L("château de la Colle Noire"), M("@rose.dubois", "207"), P("Antoine"))
r("fr-080", "place-like-name",
  "Rendez-vous au marché aux fleurs de Nice samedi matin 🌼 cours Saleya, comme d'habitude",
  L("Nice"), L("cours Saleya"))

# --------------------------------------------------------------- German (de)

r("de-001", "word-as-name",
  "Rosa, du bist die Beste! 💕 Danke für die wunderschöne Hochzeitstorte @rosa.winter",
  P("Rosa", "213"), M("@rosa.winter", "213"))
r("de-002", "name-as-word everyday-noun",
  "Die Torte war rosa, die Servietten rosa, sogar der Hund hatte eine rosa Schleife 🐶 #pinkwedding")
r("de-003", "name-as-word",
  "Im Mai heiraten Lea und Jonas in Lindau am Bodensee 💍 Wir freuen uns schon riesig auf diesen Tag!",
  P("Lea"), P("Jonas"), L("Lindau"), L("Bodensee"))
r("de-004", "word-as-name mixed-language",
  "Happy Birthday, Mai! 🎂 Danke, dass du unser Team jeden Tag ein bisschen besser machst. @mai.lindner",
  P("Mai", "214"), M("@mai.lindner", "214"))
r("de-005", "title word-as-name",
  "Frau Lindner war heute mit der 4b im Planetarium in Bochum 🔭 Danke Mai für die tolle Organisation!",
  P("Lindner", "214"), L("Bochum"), P("Mai", "214"))
r("de-006", "nickname",
  "Konsti, alter Freund, alles Gute zum 30.! 🍻 Auf die nächsten 30 Jahre. @konsti.vb",
  P("Konsti", "215"), M("@konsti.vb", "215"))
r("de-007", "particle",
  "Konstantin von Bergen wurde gestern zum neuen Vorsitzenden des Rudervereins gewählt 🚣 Herzlichen Glückwunsch!",
  P("Konstantin von Bergen", "215"))
r("de-008", "everyday-noun name-as-word",
  "Wandern in den Bergen rund um Garmisch 🏔 Die Zugspitze im Blick, die Brotzeit im Rucksack",
  L("Garmisch"), L("Zugspitze"))
r("de-009", "name-as-word sentence-opening",
  "Ernst beiseite: Wer hat die Torte zuerst angeschnitten? 😂 #hochzeit")
r("de-010", "title word-as-name",
  "Herr Krüger, unser Hausmeister, geht nach 32 Jahren in Rente 🧰 Danke Ernst, für alles!",
  P("Krüger", "216"), P("Ernst", "216"))
r("de-011", "title namesake word-as-name",
  "Onkel Ernst hat wieder seinen berühmten Kartoffelsalat mitgebracht 🥔 Familienfest in Wuppertal",
  P("Ernst"), L("Wuppertal"))
r("de-012", "name-as-word sentence-opening",
  "Frank und frei: Eure Bewertungen machen uns sprachlos ⭐️ Danke an alle Brautpaare 2024! @frank_adler_fotografie",
  M("@frank_adler_fotografie", "217"))
r("de-013", "word-as-name everyday-noun",
  "Frank, danke für die Hochzeitsfotos! 📸 Ihr seid alle zur Diashow am Samstag eingeladen @frank_adler_fotografie",
  P("Frank", "217"), M("@frank_adler_fotografie", "217"))
r("de-014", "name-as-word everyday-noun",
  "Ein Adler über dem Königssee 🦅 Glück gehabt, dass die Kamera griffbereit war!",
  L("Königssee"))
r("de-015", "nickname emoji-glued",
  "Heidi☀️ du bist ein Sonnenschein! Danke für das tolle Styling @heidi.vogel",
  P("Heidi", "218"), M("@heidi.vogel", "218"))
r("de-016", "name-as-word place-like-name sentence-opening",
  "Die Heide blüht! 💜 Shooting in der Lüneburger Heide am Wochenende, noch zwei Termine frei",
  L("Lüneburger Heide"))
r("de-017", "word-as-name",
  "Heide Vogel, Visagistin aus Leidenschaft 💄 Ab Oktober im Salon Schönwerk in Potsdam. Termine über @heidi.vogel",
  P("Heide Vogel", "218"), L("Potsdam"), M("@heidi.vogel", "218"))
r("de-018", "everyday-noun",
  "Vogelhochzeit im Kindergarten 🐦 Die Kinder haben gesungen und getanzt, die Eltern geweint 😅")
r("de-019", "genitive word-as-name",
  "Rosas Geburtstagstorte: drei Stöcke, Himbeere und Pistazie 🎂 @rosa.winter hat sich selbst übertroffen",
  P("Rosas", "213"), M("@rosa.winter", "213"))
r("de-020", "name-as-word place-like-name",
  "Winter in Berchtesgaden ❄️ Der Watzmann trägt schon seine weiße Mütze",
  L("Berchtesgaden"), L("Watzmann"))
r("de-021", "family-name name-list word-as-name everyday-noun",
  "Familie Winter beim Weihnachtsshooting im Schnee ⛄️ Rosa, Paul und die kleine Ida haben trotz minus fünf Grad durchgehalten, und am Ende gab es heißen Kakao für alle. Was für ein Team! Die Fotos sind ab nächster Woche in eurer Online-Galerie.",
  P("Winter", "213"), P("Rosa", "213"), P("Paul"), P("Ida"))
r("de-022", "brand-with-name everyday-noun",
  "Nikolaus war heute bei uns in der Kita 🎅 Jedes Kind hat einen Schoko-Nikolaus von Lindt bekommen")
r("de-023", "brand-with-name",
  "Max und Moritz, Pippi Langstrumpf und Räuber Hotzenplotz: Faschingsumzug der Grundschule am Rosenhang 🎭")
r("de-024", "brand-with-name",
  "Lieblingsbäckerei in Freiburg? Ganz klar: Bäckerei Frank in der Wiehre 🥨",
  L("Freiburg"), L("Wiehre"))
r("de-025", "word-as-name",
  "Wir gratulieren Mai Lindner zum Meistertitel im Konditorhandwerk! 🏆 Mai, wir sind so stolz auf dich.",
  P("Mai Lindner", "214"), P("Mai", 2, "214"))
r("de-026", "name-as-word everyday-noun",
  "Am 3. Mai ist wieder Tag der offenen Tür an unserer Schule 🏫 Alle Infos auf der Website")
r("de-027", "place-like-name title nickname",
  "Die Jungs der D-Jugend nach dem Turnier in Bergen auf Rügen 🏖⚽️ Danke an Trainer Konsti für die Organisation! @konsti.vb",
  L("Bergen auf Rügen"), P("Konsti", "215"), M("@konsti.vb", "215"))
r("de-028", "title namesake word-as-name",
  "Oma Heide wird heute 85! 🎂 Die ganze Familie ist nach Cuxhaven gekommen",
  P("Heide"), L("Cuxhaven"))
r("de-029", "word-as-name",
  "Sonnenuntergang am Wannsee 🌅 Perfektes Licht für die Verlobungsfotos von Sophie und Can",
  L("Wannsee"), P("Sophie"), P("Can"))
r("de-030", "name-list word-as-name namesake",
  "Konstantin, Frank und Ernst: die drei Trauzeugen beim Tanzen 🕺 @konsti.vb @frank_adler_fotografie",
  P("Konstantin", "215"), P("Frank", "217"), P("Ernst"),
  M("@konsti.vb", "215"), M("@frank_adler_fotografie", "217"))
r("de-031", "place-like-name",
  "Grüße aus dem Ernst-Happel-Stadion in Wien ⚽️ Was für ein Abend!",
  L("Ernst-Happel-Stadion"), L("Wien"))
r("de-032", "pet everyday-noun",
  "Mutti, Vati, Omi, Opi und Kater Ernst beim Kaffeeklatsch 🍰 #familienzeit")
r("de-033", "famous namesake",
  "Ich wünsche mir zum Geburtstag nur eins: dass Heidi Klum meine Fotos sieht 😂 #gntm",
  P("Heidi Klum"))
r("de-034", "",
  "Ein Hoch auf unsere Azubi-Friseurin Lena, die ihre Gesellenprüfung mit Bravour bestanden hat! ✂️ Salon Haarmonie, Münster",
  P("Lena"), L("Münster"))
r("de-035", "word-as-name",
  "Winterhochzeit in Oberstdorf ❄️💍 Torte von Rosa Winter, Fotos von @frank_adler_fotografie – danke ihr Lieben!",
  L("Oberstdorf"), P("Rosa Winter", "213"), M("@frank_adler_fotografie", "217"))
r("de-036", "title namesake word-as-name",
  "Danke Herr Vogel für die schönen Jahre in der Klasse 2a 🍎 Wir werden Sie vermissen!",
  P("Vogel"))
r("de-037", "caps-name",
  "ROSA WINTER 💗 beste Konditorin in ganz Hamburg. Punkt.",
  P("ROSA WINTER", "213"), L("Hamburg"))
r("de-038", "name-as-word",
  "Herzlich willkommen, kleine Frieda! 👶 Geboren am 2. August in der Uniklinik Köln, 3.250 g und 51 cm pures Glück",
  P("Frieda"), L("Uniklinik Köln"))
r("de-039", "word-as-name everyday-noun",
  "August kommt in die Schule! 🎒 Unser Großer ist so aufgeregt. Die Schultüte hat Oma selbst gebastelt",
  P("August"))
r("de-040", "everyday-noun",
  "Maibaum aufstellen in Tegernsee 🌳 mit Blasmusik, Weißwurst und der ganzen Gemeinde",
  L("Tegernsee"))
r("de-041", "name-list word-as-name",
  "Heide, Rosa, Mai: drei Generationen Frauen, eine Küche und Omas altes Rezeptbuch 📖 @heidi.vogel @rosa.winter @mai.lindner",
  P("Heide", "218"), P("Rosa", "213"), P("Mai", "214"),
  M("@heidi.vogel", "218"), M("@rosa.winter", "213"), M("@mai.lindner", "214"))
r("de-042", "genitive everyday-noun",
  "Lukas' erstes Seepferdchen 🏊 Stolz wie Bolle!",
  P("Lukas'"))
r("de-043", "title genitive word-as-name everyday-noun",
  "Dr. Krügers Praxisteam beim Firmenlauf 🏃 Ernst, nächstes Jahr schaffst du die 10 km auch!",
  P("Krügers", "216"), P("Ernst", "216"))
r("de-044", "place-like-name",
  "Mit dem Rad von Konstanz nach Bregenz 🚴 immer am Bodensee entlang",
  L("Konstanz"), L("Bregenz"), L("Bodensee"))
r("de-045", "",
  "Konstanze und Friedrich – 60 Jahre verheiratet! 💎 Diamantene Hochzeit im Hotel Bayerischer Hof in Lindau",
  P("Konstanze"), P("Friedrich"), L("Hotel Bayerischer Hof"), L("Lindau"))
r("de-046", "name-list word-as-name nickname everyday-noun",
  "Make-up von Heidi, Torte von Rosa, Fotos von Frank 💄🎂📸 Das Dream-Team für eure Hochzeit! @heidi.vogel @rosa.winter @frank_adler_fotografie",
  P("Heidi", "218"), P("Rosa", "213"), P("Frank", "217"),
  M("@heidi.vogel", "218"), M("@rosa.winter", "213"), M("@frank_adler_fotografie", "217"))
r("de-047", "brand-with-name everyday-noun",
  "Fasching in Köln 🎉 Mein Kostüm dieses Jahr: Heidi aus den Bergen, inklusive Geißenpeter",
  L("Köln"))
r("de-048", "everyday-noun sentence-opening",
  "Wer kennt eine gute Hebamme in Düsseldorf-Bilk? Frage für eine Freundin 😅",
  L("Düsseldorf-Bilk"))
r("de-049", "title particle namesake",
  "Danke an Frau von Bergen für die Führung durch Schloss Sanssouci 🏰 Die 7c war begeistert!",
  P("von Bergen"), L("Schloss Sanssouci"))
r("de-050", "lowercase-name hashtag-name nickname word-as-name",
  "mai & konsti 💍 endlich verheiratet!!! 🥂 @mai.lindner @konsti.vb #maiundkonsti",
  P("mai", "214"), P("konsti", "215"), M("@mai.lindner", "214"), M("@konsti.vb", "215"),
  P("#maiundkonsti", "214+215"))
r("de-051", "brand-with-name everyday-noun",
  "Frühstück im Café Einstein 🥐 danach ein Spaziergang durch den Tiergarten",
  L("Tiergarten"))
r("de-052", "word-as-name",
  "Heute mit Heide Vogel im Atelier in Leipzig-Plagwitz: neue Looks für die Herbstkollektion 🍂 Heide, du bist ein Genie! @heidi.vogel",
  P("Heide Vogel", "218"), L("Leipzig-Plagwitz"), P("Heide", 2, "218"), M("@heidi.vogel", "218"))
r("de-053", "everyday-noun hashtag-name",
  "Glückwunsch an Lina und Ben zur Verlobung! 💍 Das Shooting am Starnberger See war einfach traumhaft #linaundben",
  P("Lina"), P("Ben"), L("Starnberger See"), P("#linaundben"))
r("de-054", "title",
  "Unsere Kinderturngruppe sucht Verstärkung! Trainerin Sabine freut sich auf euch, jeden Dienstag um 16 Uhr 🤸",
  P("Sabine"))
r("de-055", "word-as-name",
  "Ernst Krüger, 92 Jahre, und immer noch jeden Morgen im Rhein schwimmen 🏊‍♂️ Respekt!",
  P("Ernst Krüger", "216"), L("Rhein"))
r("de-056", "name-as-word",
  "Winterreifen, Winterjacke, Winterschlaf … Winter, du kannst kommen ❄️")
r("de-057", "famous name-list namesake",
  "Rosa Luxemburg, Clara Zetkin und Käthe Kollwitz: Projekttag zum Weltfrauentag an der Gesamtschule 📚",
  P("Rosa Luxemburg"), P("Clara Zetkin"), P("Käthe Kollwitz"))
r("de-058", "word-as-name",
  "@rosa.winter Rosa, Rezept bitte!!! 😍",
  M("@rosa.winter", "213"), P("Rosa", "213"))
r("de-059", "title everyday-noun",
  "Der kleine Felix hat sein erstes Fußballspiel gewonnen ⚽️ Opa Gerd war der lauteste Fan am Spielfeldrand",
  P("Felix"), P("Gerd"))
r("de-060", "hashtag-name",
  "Katharina & Moritz 🤍 Standesamt Bamberg, danach Feier im Schloss Seehof #katharinaundmoritz",
  P("Katharina"), P("Moritz"), L("Bamberg"), L("Schloss Seehof"), P("#katharinaundmoritz"))

# -------------------------------------------------------------- English (en)

r("en-001", "word-as-name",
  "Summer, thank you for the most beautiful engagement shoot in Hyde Park 🌳 @summerhayes.photo you're a star!",
  P("Summer", "219"), L("Hyde Park"), M("@summerhayes.photo", "219"))
r("en-002", "name-as-word",
  "Summer in the Cotswolds hits different ☀️ Bibury at golden hour #cotswolds",
  L("Cotswolds"), L("Bibury"))
r("en-003", "name-as-word sentence-opening",
  "Hope you're all having a lovely bank holiday! 🌸 The shop is closed Monday, back Tuesday at 9")
r("en-004", "namesake word-as-name title",
  "Hope has the best laugh in the whole of Year 6 😂 Happy birthday, Hope! Love from Mrs Patel and everyone in Oak class",
  P("Hope", 1), P("Hope", 2), P("Patel"))
r("en-005", "word-as-name",
  "Huge congrats to Hope Whitfield on opening her bakery in Brighton! 🥐🎉 Hope, the cinnamon buns are unreal and the queue was round the block by nine. @hopewhitfield",
  P("Hope Whitfield", "220"), L("Brighton"), P("Hope", 2, "220"), M("@hopewhitfield", "220"))
r("en-006", "name-as-word sentence-opening place-like-name",
  "Will you be my bridesmaid? 💍 Asked my girls over prosecco in Bath last night and they all said YES",
  L("Bath"))
r("en-007", "word-as-name",
  "Not the sitcom, but our very own Will and Grace 😂 Married on Saturday at St Mary's in Whitby ⛪️ @willfletcher_ @gracieholloway",
  P("Will", "221"), P("Grace", "222"), L("St Mary's"), L("Whitby"),
  M("@willfletcher_", "221"), M("@gracieholloway", "222"))
r("en-008", "brand-with-name name-as-word",
  "Amazing Grace played as they walked out 🎶 Not a dry eye in the church. Congrats Tom & Ellie!",
  P("Tom"), P("Ellie"))
r("en-009", "nickname emoji-glued",
  "Gracie💕 thank you for the flowers, they made my mum's whole week @gracieholloway",
  P("Gracie", "222"), M("@gracieholloway", "222"))
r("en-010", "lowercase-name",
  "grace holloway u legend 🙌🙌",
  P("grace holloway", "222"))
r("en-011", "name-as-word sentence-opening",
  "Ivy and holly wreath workshop this Saturday 🎄 Bring your own snips and a thermos!")
r("en-012", "title word-as-name",
  "Mrs Marsh, thank you for three wonderful years of piano lessons 🎹 Ivy, we'll miss you so much!",
  P("Marsh", "223"), P("Ivy", "223"))
r("en-013", "brand-with-name word-as-name",
  "Ivy Marsh turns 70 today 🎂 Family lunch at The Ivy in Covent Garden, how fitting!",
  P("Ivy Marsh", "223"), L("Covent Garden"))
r("en-014", "name-as-word",
  "A robin sat on the fence through the whole ceremony 🐦 Nan always said that means someone's watching over you")
r("en-015", "word-as-name",
  "Robin Daley behind the lens today 📸 Robin, your eye for detail is unmatched. @robindaley",
  P("Robin Daley", "224"), P("Robin", 2, "224"), M("@robindaley", "224"))
r("en-016", "brand-with-name genitive name-as-word",
  "Batman and Robin cake for Oscar's 5th 🦇🎂 Made by the amazing @hopewhitfield",
  P("Oscar's"), M("@hopewhitfield", "220"))
r("en-017", "place-like-name",
  "Robin Hood's Bay at low tide 🌊 Best fish and chips on the Yorkshire coast",
  L("Robin Hood's Bay"), L("Yorkshire"))
r("en-018", "pet sentence-opening name-as-word",
  "Daisy chains, picnic blankets and a very muddy labrador called Hope 🌼 Perfect Sunday in Richmond Park",
  L("Richmond Park"))
r("en-019", "hashtag-name word-as-name",
  "Congrats to Summer Hayes and Robin Daley, our photographers of the year! 🏆 #summerhayes",
  P("Summer Hayes", "219"), P("Robin Daley", "224"), P("#summerhayes", "219"))
r("en-020", "name-list place-like-name",
  "Charlotte, Savannah and Georgia – three girls, three places we've never been 😂 Happy 10th birthday to our triplets!",
  P("Charlotte"), P("Savannah"), P("Georgia"))
r("en-021", "family-name place-like-name word-as-name",
  "Christmas card shoot with the Whitfields in Savannah 🎄 Hope, the matching jumpers were genius @hopewhitfield",
  P("Whitfields", "220"), L("Savannah"), P("Hope", "220"), M("@hopewhitfield", "220"))
r("en-022", "title word-as-name",
  "Big shoutout to Coach Fletcher and the U12s for a brilliant season ⚽️ Will, the lads couldn't have done it without you @willfletcher_",
  P("Fletcher", "221"), P("Will", "221"), M("@willfletcher_", "221"))
r("en-023", "nickname",
  "Wills!! 🍻 stag do in Edinburgh was carnage. never again (until next time) @willfletcher_",
  P("Wills", "221"), L("Edinburgh"), M("@willfletcher_", "221"))
r("en-024", "word-as-name particle",
  "Faith de Souza and Noah are engaged!! 💍 He proposed at the top of Snowdon in the pouring rain, absolute legend",
  P("Faith de Souza"), P("Noah"), L("Snowdon"))
r("en-025", "name-as-word",
  "Keep the faith, keep the flowers fresh 🌷 New spring stock in from Thursday")
r("en-026", "caps-name",
  "SUMMER HAYES 📸 booking now for 2025! link in bio",
  P("SUMMER HAYES", "219"))
r("en-027", "title word-as-name",
  "Thank you Mrs Holloway for the gorgeous buttonholes 🌸 Grace, you've outdone yourself! @gracieholloway",
  P("Holloway", "222"), P("Grace", "222"), M("@gracieholloway", "222"))
r("en-028", "brand-with-name name-as-word",
  "Marks & Spencer sandwiches, a flask of tea and the Lake District in the rain. British summer at its finest 🌧",
  L("Lake District"))
r("en-029", "namesake genitive word-as-name",
  "Our Hope's first day at big school 🎒 Can't believe how fast it goes",
  P("Hope's"))
r("en-030", "brand-with-name name-list namesake word-as-name",
  "Happy Father's Day to the best dad in Cardiff 💙 Love you, Dad. From Ivy, Poppy and Jack",
  L("Cardiff"), P("Ivy"), P("Poppy"), P("Jack"))
r("en-031", "namesake place-like-name word-as-name",
  "Engagement session at Arthur's Seat with Robin and Ellie 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Robin, that proposal story had me in tears",
  L("Arthur's Seat"), P("Robin", 1), P("Ellie"), P("Robin", 2))
r("en-032", "brand-with-name",
  "Hayes & Co. florists have moved to Islington! 🌿 Same flowers, bigger shop",
  L("Islington"))
r("en-033", "famous",
  "Ed Sheeran played at our friends' wedding. Kidding. It was a tribute act from Ipswich 😂 still amazing",
  P("Ed Sheeran"), L("Ipswich"))
r("en-034", "word-as-name",
  "Thanks @hopewhitfield for the cake and @summerhayes.photo for the pics 💛 Hope and Summer, you two made our day",
  M("@hopewhitfield", "220"), M("@summerhayes.photo", "219"), P("Hope", "220"), P("Summer", "219"))
r("en-035", "namesake genitive title brand-with-name word-as-name",
  "Grandma Ivy's famous Victoria sponge 🍰 Recipe in the comments!",
  P("Ivy's"))
r("en-036", "name-list place-like-name",
  "Madison, Austin and Jackson smashed their swimming badges today 🏊 So proud of our Year 4s!",
  P("Madison"), P("Austin"), P("Jackson"))
r("en-037", "lowercase-name namesake hashtag-name word-as-name",
  "robin & will 💙 wedding prep at the Old Vicarage, Hexham #robinandwill",
  P("robin"), P("will"), L("Old Vicarage"), L("Hexham"), P("#robinandwill"))
r("en-038", "title namesake",
  "Easter egg hunt at the village hall in Grasmere 🐣 Thanks to everyone who baked, especially Mr Daley and his famous lemon drizzle 🍋 @robindaley your dad is a legend",
  L("Grasmere"), P("Daley"), M("@robindaley", "224"))
r("en-039", "name-list nickname",
  "Rob, Dan, Sam and Jamie: the lads who carried the piano up three flights of stairs in Leeds 💪",
  P("Rob"), P("Dan"), P("Sam"), P("Jamie"), L("Leeds"))
r("en-040", "nickname",
  "Robbie 🎉 happy 30th mate, see you at the Crown tonight @robindaley",
  P("Robbie", "224"), M("@robindaley", "224"))

# ----------------------------------------------- mixed German/English (mx)

r("mx-001", "mixed-language word-as-name",
  "Throwback zum Shooting mit @summerhayes.photo in Berlin-Kreuzberg 📸 Summer, you were amazing, komm bald wieder!",
  M("@summerhayes.photo", "219"), L("Berlin-Kreuzberg"), P("Summer", "219"))
r("mx-002", "mixed-language name-as-word everyday-noun",
  "Summer vibes am Tegeler See ☀️ Picknick, Sonnenbrand und viel zu viel Aperol",
  L("Tegeler See"))
r("mx-003", "mixed-language name-list namesake word-as-name",
  "Best day ever mit meinen Mädels in Hamburg 💕 Hope, Grace und Lotte – ihr seid die Besten!",
  L("Hamburg"), P("Hope"), P("Grace"), P("Lotte"))
r("mx-004", "mixed-language word-as-name everyday-noun",
  "Workshop mit Will Fletcher im Studio in München 🎥 So viel gelernt! Thanks, Will @willfletcher_",
  P("Will Fletcher", "221"), L("München"), P("Will", 2, "221"), M("@willfletcher_", "221"))
r("mx-005", "mixed-language name-as-word sentence-opening place-like-name",
  "Will jemand mit zum Flohmarkt in Charlottenburg? Sunday morning, 10 Uhr 🛍",
  L("Charlottenburg"))
r("mx-006", "mixed-language word-as-name",
  "Rosa & Robin 💍 Just married in Heidelberg! Congrats ihr zwei 🥂 @rosa.winter @robindaley",
  P("Rosa", "213"), P("Robin", "224"), L("Heidelberg"),
  M("@rosa.winter", "213"), M("@robindaley", "224"))
r("mx-007", "mixed-language name-as-word everyday-noun",
  "New in: Hochzeitstorten in rosa und mint 🎂 Bestellungen gerne per DM")
r("mx-008", "mixed-language genitive namesake word-as-name",
  "Ivy's first Oktoberfest 🥨🍺 Mama und Papa sind very proud",
  P("Ivy's"))
r("mx-009", "mixed-language famous",
  "Mega Abend in der Elbphilharmonie 🎻 Taylor Swift war's zwar nicht, but the vibe was immaculate",
  L("Elbphilharmonie"), P("Taylor Swift"))
r("mx-010", "mixed-language nickname hashtag-name word-as-name",
  "Konsti & Grace engaged!!! 💍🥹 Sunset am Bodensee, er kniet, sie weint, ich weine auch #konstiandgrace @konsti.vb @gracieholloway",
  P("Konsti", "215"), P("Grace", "222"), L("Bodensee"), P("#konstiandgrace", "215+222"),
  M("@konsti.vb", "215"), M("@gracieholloway", "222"))
r("mx-011", "mixed-language brand-with-name",
  "Sorry, aber Black Friday bei Hugo Boss ist einfach too good 🛍")
r("mx-012", "mixed-language family-name name-list namesake word-as-name title",
  "Frohe Weihnachten from the Adler family 🎄 Frank, Hope und baby Ivy senden liebe Grüße aus Düsseldorf",
  P("Adler", "217"), P("Frank", "217"), P("Hope"), P("Ivy"), L("Düsseldorf"))
r("mx-013", "mixed-language title word-as-name everyday-noun",
  "Danke an alle, die beim Charity Run im Englischen Garten mitgelaufen sind 🏃‍♀️ Special thanks an Coach Robin! @robindaley",
  L("Englischen Garten"), P("Robin", "224"), M("@robindaley", "224"))
r("mx-014", "mixed-language famous namesake brand-with-name",
  "Grace Kelly vibes für diese Braut 👰 Vintage-Spitze, Perlen und ein Hauch Chanel No. 5",
  P("Grace Kelly"))
r("mx-015", "mixed-language nickname emoji-glued",
  "Kaffee mit Heidi☕️ im Schanzenviertel, we talked about everything und nothing 😂 @heidi.vogel",
  P("Heidi", "218"), L("Schanzenviertel"), M("@heidi.vogel", "218"))
r("mx-016", "mixed-language brand-with-name",
  "Happy Mother's Day an alle Mamas da draußen 💐 Besonders an meine, die beste Oma für Leo und Mia",
  P("Leo"), P("Mia"))
r("mx-017", "mixed-language word-as-name everyday-noun",
  "Shooting in Kitzbühel with the one and only Summer Hayes 🏔 Danke für die Geduld, Summer! @summerhayes.photo",
  L("Kitzbühel"), P("Summer Hayes", "219"), P("Summer", 2, "219"), M("@summerhayes.photo", "219"))
r("mx-018", "mixed-language brand-with-name name-as-word everyday-noun",
  "Die Ivy League hat angerufen, sie wollen ihren Pullover zurück 😂 Outfit of the day in Heidelberg",
  L("Heidelberg"))
r("mx-019", "mixed-language caps-name",
  "MAI LINDNER 🔥 best cake artist in town, no discussion. Ab Juni auch in Stuttgart!",
  P("MAI LINDNER", "214"), L("Stuttgart"))
r("mx-020", "mixed-language namesake word-as-name",
  "Good morning aus Sylt 🌊 Frühstück am Roten Kliff mit Will und Robin, dann ab zum Strand",
  L("Sylt"), L("Roten Kliff"), P("Will"), P("Robin"))


# ------------------------------------------------------------------- checks

WORDCHAR = re.compile(r"[\w\-#@]")
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]+")


class Bad(Exception):
    pass


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_word(ch):
    return bool(WORDCHAR.match(ch))


def occurrences(text, surface):
    out, i = [], text.find(surface)
    while i >= 0:
        j = i + len(surface)
        if (i == 0 or not is_word(text[i - 1])) and (j == len(text) or not is_word(text[j])):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def is_emoji(ch):
    return unicodedata.category(ch) == "So"


def tokens(s):
    return [t for t in re.split(r"[\s\-]+", fold(s)) if t]


def strip_poss(s):
    for end in ("'s", "’s", "'"):
        if s.endswith(end):
            return s[: -len(end)]
    return s


PEOPLE = {}
for oid, name, aliases, handles in OPTOUT:
    toks = tokens(name)
    first = toks[0]
    surname = " ".join(toks[1:])
    core = [t for t in toks[1:] if t not in PARTICLES]
    PEOPLE[oid] = {
        "name": name, "first": first, "surname": surname,
        "surname_key": surname.replace(" ", ""),
        "tokens": [t for t in toks if t not in PARTICLES] + [fold(a) for a in aliases],
        "aliases": [fold(a) for a in aliases], "handles": handles, "core": core,
    }
NAMEPARTS = set()
for p in PEOPLE.values():
    NAMEPARTS.add(p["first"])
    NAMEPARTS.add(p["surname"])
    NAMEPARTS.update(p["core"])
    NAMEPARTS.update(p["aliases"])
FULLNAMES = {fold(p["name"]): oid for oid, p in PEOPLE.items()}
HANDLES = {h: oid for oid, p in PEOPLE.items() for h in p["handles"]}


def name_key(s):
    """Folded span text without possessive ending (also a Dutch/German genitive s)."""
    k = strip_poss(fold(s))
    if k not in NAMEPARTS and k.endswith("s") and k[:-1] in NAMEPARTS:
        k = k[:-1]
    return k


def build_record(rid, kinds, text, spans):
    def bad(msg):
        raise Bad("%s: %s" % (rid, msg))

    prefix, num = rid.split("-")
    lang = LANGS[prefix][0]
    kind_list = kinds.split()
    for k in kind_list:
        if k not in KINDS:
            bad("unknown kind %r" % k)
        if k == "none":
            bad("'none' is set automatically")
    if len(set(kind_list)) != len(kind_list):
        bad("kind given twice")
    if len(text.split()) > 60:
        bad("longer than 60 words")
    if text != text.strip():
        bad("text has surrounding white space")

    ents, listed = [], []
    for sp in spans:
        label, surface = sp[0], sp[1]
        occ, ids = None, []
        for x in sp[2:]:
            if isinstance(x, int):
                occ = x
            elif isinstance(x, str):
                ids = ["optout-" + n for n in x.split("+")]
            else:
                bad("bad span field %r" % (x,))
        found = occurrences(text, surface)
        if not found:
            bad("%r not found at a word boundary" % surface)
        if occ is None:
            if len(found) > 1:
                bad("%r occurs %d times; say which" % (surface, len(found)))
            start = found[0]
        else:
            if len(found) < 2:
                bad("%r has an occurrence number but occurs once" % surface)
            if occ > len(found):
                bad("%r occurrence %d of %d" % (surface, occ, len(found)))
            start = found[occ - 1]
        end = start + len(surface)
        if surface != surface.strip():
            bad("%r has surrounding white space" % surface)
        last = surface[-1]
        if label != "MENTION" and not last.isalnum():
            ok = (last == "'" and len(surface) > 1 and surface[-2] in "sxz") or \
                 (last == "." and re.search(r"\b[A-Z]\.$", surface))
            if not ok:
                bad("%r does not end in a letter or digit" % surface)
        if label == "PERSON":
            first_tok = surface.split()[0].lower()
            if first_tok in TITLES:
                bad("PERSON %r starts with a title" % surface)
            if surface.startswith("@"):
                bad("PERSON %r is a handle" % surface)
            if surface.startswith("#") and " " in surface:
                bad("hashtag %r has a space" % surface)
        elif label == "LOCATION":
            if surface.startswith("#") or surface.startswith("@"):
                bad("LOCATION %r is a hashtag or handle" % surface)
            first_tok = surface.split()[0]
            if first_tok in LOC_BAD_START:
                bad("LOCATION %r starts with an article or preposition" % surface)
            if first_tok.lower() in LOC_BAD_START and surface not in LOC_ARTICLE_OK:
                bad("LOCATION %r starts with an article; add it to LOC_ARTICLE_OK if it is part of the name" % surface)
        elif label == "MENTION":
            if not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", surface):
                bad("MENTION %r is not a handle" % surface)
        else:
            bad("bad label %r" % label)
        ents.append([start, end, label])
        for oid in ids:
            if oid not in PEOPLE:
                bad("unknown opt-out id %s" % oid)
            if label == "LOCATION":
                bad("LOCATION %r listed" % surface)
            listed.append([start, end, oid])

    ents.sort()
    listed.sort()
    for a, b in zip(ents, ents[1:]):
        if a[1] > b[0]:
            bad("overlapping spans %r and %r" % (text[a[0]:a[1]], text[b[0]:b[1]]))
    if len({(s, e) for s, e, _ in ents}) != len(ents):
        bad("duplicate span")

    # every handle is a MENTION and every MENTION is a handle
    handles = set()
    for m in HANDLE.finditer(text):
        h = m.group(0).rstrip(".")
        handles.add((m.start(), m.start() + len(h)))
    mentions = {(s, e) for s, e, l in ents if l == "MENTION"}
    if handles != mentions:
        miss = [text[s:e] for s, e in sorted(handles - mentions)]
        extra = [text[s:e] for s, e in sorted(mentions - handles)]
        bad("handles not MENTION: %r; MENTION not a handle: %r" % (miss, extra))

    # listed spans
    by_person = {}
    for s, e, oid in listed:
        by_person.setdefault(oid, []).append((s, e))
    label_at = {(s, e): l for s, e, l in ents}
    for s, e, oid in listed:
        p, surf, lab = PEOPLE[oid], text[s:e], label_at[(s, e)]
        if lab == "MENTION":
            if surf not in p["handles"]:
                bad("%r is not a handle of %s" % (surf, oid))
            continue
        flat = re.sub(r"[\s\-'’#]", "", fold(surf))
        if not any(t.replace("-", "") in flat for t in p["tokens"] if len(t) >= 2):
            bad("listed %r does not look like %s" % (surf, p["name"]))
        if p["surname_key"] not in flat:
            corroborated = any(
                label_at[(s2, e2)] == "MENTION" or p["surname_key"] in re.sub(r"[\s\-'’#]", "", fold(text[s2:e2]))
                for s2, e2 in by_person[oid] if (s2, e2) != (s, e))
            if not corroborated:
                bad("listed %r (%s) without handle or surname in the caption" % (surf, oid))
    listed_spans = {(s, e) for s, e, _ in listed}
    for s, e, l in ents:
        surf = text[s:e]
        if (s, e) in listed_spans:
            continue
        if l == "MENTION" and surf in HANDLES:
            bad("handle %r of %s not listed" % (surf, HANDLES[surf]))
        if l == "PERSON" and fold(strip_poss(surf)) in FULLNAMES:
            bad("full name %r not listed" % surf)

    # kinds agree with the spans
    persons = [(s, e, text[s:e]) for s, e, l in ents if l == "PERSON"]
    plain = [(s, e, t) for s, e, t in persons if not t.startswith("#")]
    unlisted = [(s, e, t) for s, e, t in persons if (s, e) not in listed_spans]
    has = set(kind_list)

    def need(kind, cond, what):
        if cond and kind not in has:
            bad("kind %s missing (%s)" % (kind, what))
        if kind in has and not cond:
            bad("kind %s given but %s not found" % (kind, what))

    need("hashtag-name", any(t.startswith("#") for _, _, t in persons), "a PERSON hashtag")
    need("lowercase-name", any(t == t.lower() and any(c.isalpha() for c in t) for _, _, t in plain),
         "a lowercase PERSON")
    need("caps-name", any(t == t.upper() and sum(c.isalpha() for c in t) >= 3 for _, _, t in plain),
         "a PERSON in capitals")
    need("particle", any(set(t.lower().split()[1:-1]) & PARTICLES or t.split()[0].lower() in PARTICLES
                         for _, _, t in plain if len(t.split()) > 1), "a name with a particle")
    need("emoji-glued", any(e < len(text) and is_emoji(text[e]) for _, e, _ in plain), "an emoji right after a name")

    def prev_word(s):
        m = re.search(r"(\S+)\s+$", text[:s])
        return m.group(1) if m else ""

    need("title", any(prev_word(s).lower() in TITLES for s, _, _ in plain), "a title before a name")
    if "namesake" not in has and any(name_key(t) in NAMEPARTS for _, _, t in unlisted if not t.startswith("#")):
        bad("kind namesake missing (an unlisted PERSON named like a listed person)")
    if "namesake" in has and not any(
            (set(tokens(strip_poss(t))) & NAMEPARTS) or
            (t.startswith("#") and any(n in fold(t) for n in NAMEPARTS if len(n) >= 3 and " " not in n))
            for _, _, t in unlisted):
        bad("kind namesake given but no unlisted namesake")
    if "name-list" in has and len(persons) < 3:
        bad("kind name-list with fewer than three PERSON spans")
    if "genitive" in has and not any(re.search(r"(['’]s|['’]|s)$", t) for _, _, t in plain):
        bad("kind genitive without a possessive name")
    if "word-as-name" in has and not any(
            (t.startswith("#") and any(w in fold(t) for w in WORDNAMES if len(w) >= 4)) or
            ({name_key(x) for x in t.split()} | set(tokens(strip_poss(t)))) & WORDNAMES
            for _, _, t in persons):
        bad("kind word-as-name without a PERSON that is also a word")
    if "name-as-word" in has:
        covered = set()
        for s, e, _ in persons:
            covered.update(range(s, e))
        if not any(fold(m.group(0)) in NAMEWORDS and m.start() not in covered
                   for m in re.finditer(r"[^\W\d_]+", text)):
            bad("kind name-as-word without such a word outside PERSON spans")
    if "nickname" in has and not any(
            name_key(t) in {a for p in PEOPLE.values() for a in p["aliases"]} | NICKNAMES or
            any(a in fold(t) for p in PEOPLE.values() for a in p["aliases"] if len(a) >= 4)
            for _, _, t in persons):
        bad("kind nickname without a nickname")
    if "family-name" in has and not any(
            prev_word(s).lower() in FAMILY_WORDS or text[e:].lstrip().startswith("family")
            for s, e, _ in plain):
        bad("kind family-name without a family name")
    if lang == "mixed" and "mixed-language" not in has:
        bad("mixed record without kind mixed-language")
    if not ents:
        kind_list.append("none")
    kind_list.sort(key=KINDS.index)

    return {
        "id": rid, "text": text, "entities": ents, "listed": listed, "lang": lang,
        "source": SOURCE, "kind": kind_list,
    }


def build():
    out, seen_texts = [], set()
    for rid, kinds, text, spans in RECORDS:
        out.append(build_record(rid, kinds, text, spans))
        if text in seen_texts:
            raise Bad("%s: duplicate text" % rid)
        seen_texts.add(text)
    ids = [o["id"] for o in out]
    want = ["%s-%03d" % (pre, i) for pre in LANGS for i in range(1, LANGS[pre][1] + 1)]
    if ids != want:
        missing = sorted(set(want) - set(ids))
        extra = sorted(set(ids) - set(want))
        raise Bad("ids not complete and in order: missing %s, extra %s" % (missing, extra))
    used = {oid for o in out for _, _, oid in o["listed"]}
    if used != set(PEOPLE):
        raise Bad("opt-out people never named: %s" % sorted(set(PEOPLE) - used))
    # first names that are also words, named by the first name alone next to handle or full name
    alone = 0
    for o in out:
        hit = False
        for s, e, oid in o["listed"]:
            p, t = PEOPLE[oid], o["text"][s:e]
            if not t.startswith("#") and name_key(t) == p["first"] and p["first"] in WORDNAMES:
                hit = True
        alone += hit
    if alone < 30:
        raise Bad("only %d records name a listed word-name by first name alone" % alone)
    return out, alone


def optout_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "name", "aliases", "handles"])
    for oid, name, aliases, handles in OPTOUT:
        w.writerow([oid, name, ";".join(aliases), ";".join(handles)])
    return buf.getvalue()


def main():
    try:
        out, alone = build()
    except Bad as e:
        sys.exit("build_more_test.py: " + str(e))
    with open(os.path.join(HERE, "more_test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "more_test_optout.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(optout_csv())

    print("%-6s %7s %6s %8s %7s %6s %14s" % ("lang", "records", "PERSON", "LOCATION", "MENTION", "listed", "with listed"))
    tot = [0] * 6
    for pre, (lang, _) in LANGS.items():
        recs = [o for o in out if o["lang"] == lang]
        row = [len(recs),
               sum(l == "PERSON" for o in recs for _, _, l in o["entities"]),
               sum(l == "LOCATION" for o in recs for _, _, l in o["entities"]),
               sum(l == "MENTION" for o in recs for _, _, l in o["entities"]),
               sum(len(o["listed"]) for o in recs),
               sum(bool(o["listed"]) for o in recs)]
        tot = [a + b for a, b in zip(tot, row)]
        print("%-6s %7d %6d %8d %7d %6d %14d" % ((lang,) + tuple(row)))
    print("%-6s %7d %6d %8d %7d %6d %14d" % (("all",) + tuple(tot)))
    print("records naming a listed word-name by first name alone: %d" % alone)
    kinds = {k: sum(k in o["kind"] for o in out) for k in KINDS}
    print("kinds: " + ", ".join("%s %d" % (k, n) for k, n in kinds.items()))
    if "-v" in sys.argv[1:]:
        for pre, (lang, _) in LANGS.items():
            recs = [o for o in out if o["lang"] == lang]
            ks = {k: sum(k in o["kind"] for o in recs) for k in KINDS}
            print("  %-6s " % lang + ", ".join("%s %d" % (k, n) for k, n in ks.items() if n))


if __name__ == "__main__":
    main()
