#!/usr/bin/env python3
"""Build data/eval/tune/nl_photo3/gold.jsonl.

nl_photo3: 150 Dutch Instagram units (100 captions, 50 comments and replies)
from the export of a fictional wedding, family and portrait photographer in
Utrecht (Marije Verbeek) who also shoots in Amsterdam, Rotterdam, Haarlem and
on Texel. People, handles and small businesses are made up; cities, venues,
streets, chains and brands are real.

Each record: id, unit ("caption" or "comment"), text, entities as
(surface, label) or (surface, label, occurrence), and hand-set kinds.
Occurrence is 1-based and counts the places where the surface stands at a
word boundary (case-sensitive); it is required when that count is above one.
Entities are listed in text order.

Usage: python3 build_nl_photo3.py [-v]   (-v prints each record with its spans
in brackets). Output is written next to this script and is byte-stable.
"""

import json
import os
import re
import sys
import unicodedata

LABELS = {"PERSON", "LOCATION", "MENTION"}

# Kinds set by hand.
HAND_KINDS = {
    "opening-word": "a capitalised everyday word that is not a name opens a "
                    "sentence or line (Nog, Eindelijk, Welke, Tijdschrift, "
                    "Gisteren, Wauw, Jeetje, Trouwfotografie, Boekingen), also "
                    "after an emoji or a line break",
    "number-word": "a number written as a word opens a sentence or line "
                   "(Drie, Tien, Negen, Zestig)",
    "loanword": "English loanwords (Throwback, Sneak peek, Golden hour, Save "
                "the date, Behind the scenes, Spoiler, Thanks)",
    "particle-name": "a PERSON with a particle (van, de, van der, van den, "
                     "ter, 't, El)",
    "word-name": "a PERSON whose name is also a Dutch word (Roos, Storm, "
                 "Lieve, Vera, Bloem, Hein, Sterre, Merel, Daan, Rik, Kim, "
                 "Fleur, Bas, Iris, Lente, Mees, Jade)",
    "name-as-word": "a word that can be a name but is not a person here "
                    "(lieve, storm, roos, merel, bas, a pet called Storm)",
    "nickname": "nicknames and diminutives (Joosje, Kees, Bas, Loesje, "
                "Hennie)",
    "double-name": "double first names (Sanne-Mijn, Mark-Jan, Anne-Fleur, "
                   "Gert-Jan, Daan-Jan)",
    "lowercase-name": "a PERSON written in lowercase",
    "caps-name": "a PERSON written in capitals",
    "caps-line": "a line written in capitals",
    "moroccan-name": "a Moroccan-Dutch name",
    "turkish-name": "a Turkish-Dutch name",
    "surinamese-name": "a Surinamese-Dutch name (Creole, Hindustani, "
                       "Javanese)",
    "frisian-name": "a Frisian name",
    "couple": "a couple named together (Sanne & Joost, Fleur en Daan)",
    "genitive": "a possessive: 's / s / ' inside the span (Anouks, Lisa's, "
                "Thijs'), z'n outside it (Daan z'n)",
    "vocative": "a person addressed by name",
    "kinship": "a kinship word before a name, outside the span (oma Riek, "
               "tante Ans, zus Dewi)",
    "title": "a title or role before a name, outside the span (getuige "
             "Kees, BABS Karin, chef, schrijfster, ringdrager)",
    "family-name": "a family name standing for the family (familie de "
                   "Graaf)",
    "name-list": "names listed without commas",
    "emoji-glued": "an emoji directly after a name",
    "hashtag-name": "a hashtag containing a person's name (PERSON over the "
                    "whole hashtag)",
    "famous": "a famous person",
    "credits": "credit lines (Jurk:, Pak:, Bloemen:, Locatie:)",
    "brand": "brands, chains, shops and products not named after a person "
             "(Hema, Suitsupply, Canon, Lightroom) - not annotated",
    "brand-with-name": "shops, brands and businesses named after a person or "
                       "carrying a name (Albert Heijn, Bakkerij Jansen, "
                       "Bloemen van Roos, Claudia Sträter, Van Haren, "
                       "Anna + Nina, Van Stapele) - not annotated",
    "pet": "a named pet - not annotated",
    "character": "a fictional character (Nijntje) - not annotated",
    "venue": "a named venue, estate, castle, fort, church, park or building "
             "(LOCATION)",
    "street": "a named street, square, canal or bridge (LOCATION)",
    "person-in-place": "a LOCATION named after a person (Witte de "
                       "Withstraat, Julianapark)",
    "place-surname": "a surname that is also a place name next to that place "
                     "(Kim van Houten uit Houten, Ilse van den Burg in Den "
                     "Burg)",
    "event": "holidays and events, not annotated (Koningsdag, Suikerfeest, "
             "Moederdag)",
    "demonym": "a place adjective outside a name, not annotated "
               "(Marokkaans-Nederlandse)",
    "mixed-language": "a word of another language (teyze)",
}
# Kinds set by the script.
AUTO_KINDS = {
    "caption": "the unit is a post caption",
    "comment": "the unit is a comment or reply",
    "place": "the record has a LOCATION",
    "mention": "the record has a MENTION",
    "none": "the record has no entity",
    "multi-line": "the text has more than one line",
    "hashtag": "the text has a hashtag that is not annotated",
}

PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het",
             "in", "op", "el", "al", "la", "le"}
WORD_NAMES = {"roos", "storm", "lieve", "vera", "bloem", "hein", "sterre",
              "merel", "daan", "rik", "kim", "fleur", "bas", "iris", "lente",
              "mees", "jade", "noor"}
KIN = {"oma", "opa", "tante", "oom", "ome", "neef", "nicht", "neefje",
       "nichtje", "broer", "broertje", "zus", "zusje", "mama", "papa",
       "moeder", "vader", "dochter", "zoon", "kleindochter", "kleinzoon",
       "vrouw", "man", "schoonmoeder", "schoonvader"}
TITLES = {"getuige", "ceremoniemeester", "trouwambtenaar", "babs", "juf",
          "meester", "chef", "schrijfster", "ringdrager", "dj", "dominee",
          "fotograaf", "videograaf", "visagiste", "mua"}
FAMILY = {"familie", "fam.", "family"}
LOC_BAD_START = {"de", "het", "in", "op", "bij", "naar", "van", "aan", "uit",
                 "rond", "langs", "te"}

HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")


def R(rid, unit, text, ents, kinds):
    return {"id": rid, "unit": unit, "text": text, "ents": ents,
            "kinds": kinds}


RECORDS = [
# ---------------------------------------------------------------- captions
R("np3-001", "caption", """\
Eindelijk mag ik ze laten zien! 💛
Sanne & Joost trouwden afgelopen zaterdag op Kasteel de Haar en wat een dag was het.
Regen in de ochtend, zon tijdens de ceremonie en een dansvloer die tot na middernacht vol stond.

Locatie: @kasteeldehaar
Jurk: @bruidsmode.evelien
Bloemen: Bloemen van Roos
Taart: Bakkerij Jansen

#sanneenjoost #trouwfotograafutrecht #kasteeldehaar""",
  [("Sanne", "PERSON"), ("Joost", "PERSON"),
   ("Kasteel de Haar", "LOCATION"), ("@kasteeldehaar", "MENTION"),
   ("@bruidsmode.evelien", "MENTION"), ("#sanneenjoost", "PERSON")],
  ["opening-word", "couple", "hashtag-name", "credits", "venue",
   "brand-with-name"]),

R("np3-002", "caption", """\
Nog even genieten van deze twee 🥹
Fleur en Daan zeiden ja in de Haarlemmerhout, met alleen hun ouders, Daan z'n broer Thijs en hond Bobbie erbij.
Kleiner kan bijna niet, mooier ook niet.
#fleurendaan2024 #haarlem #elopement""",
  [("Fleur", "PERSON"), ("Daan", "PERSON", 1),
   ("Haarlemmerhout", "LOCATION"), ("Daan", "PERSON", 2),
   ("Thijs", "PERSON"), ("#fleurendaan2024", "PERSON")],
  ["opening-word", "couple", "word-name", "genitive", "kinship", "pet",
   "hashtag-name", "venue", "loanword"]),

R("np3-003", "caption", """\
Welke is jullie favoriet? 1, 2 of 3?
Ik kan zelf echt niet kiezen uit deze gezinsshoot op het strand bij Paal 17.
Texel in oktober blijft magisch 🌾""",
  [("Paal 17", "LOCATION"), ("Texel", "LOCATION")],
  ["opening-word"]),

R("np3-004", "caption", """\
Boekingen voor 2025 zijn open! ✨
Nog een paar zaterdagen beschikbaar in mei en juni.
Stuur me een DM of mail voor de brochure 💌""",
  [],
  ["opening-word"]),

R("np3-005", "caption", """\
Throwback naar deze zonnige bruiloft in Rotterdam ☀️
Imane en Yassine trouwden in het stadhuis aan de Coolsingel en daarna gingen we met de hele familie naar Katendrecht voor foto's aan het water.
Imane's moeder had de mooiste kaftan aan die ik ooit heb gezien.
#imaneenyassine""",
  [("Rotterdam", "LOCATION"), ("Imane", "PERSON", 1),
   ("Yassine", "PERSON"), ("Coolsingel", "LOCATION"),
   ("Katendrecht", "LOCATION"), ("Imane's", "PERSON"),
   ("#imaneenyassine", "PERSON")],
  ["loanword", "opening-word", "couple", "moroccan-name", "genitive",
   "street", "hashtag-name"]),

R("np3-006", "caption", """\
Gisteren een minishoot gedaan met oma Riek (92!) en haar vier achterkleinkinderen in het Wilhelminapark.
Riek vond het allemaal maar onzin, tot ze de eerste foto's zag 😂""",
  [("Riek", "PERSON", 1), ("Wilhelminapark", "LOCATION"),
   ("Riek", "PERSON", 2)],
  ["opening-word", "kinship", "venue", "person-in-place"]),

R("np3-007", "caption", """\
Tijdschrift! 📖
De bruiloft van Merel en Hein op Landgoed Oostbroek staat in een echt papieren tijdschrift, zes pagina's lang.
Merel, wat ben ik blij dat jullie ja zeiden tegen die publicatie 😘
@merel.bloem @heinvdberg""",
  [("Merel", "PERSON", 1), ("Hein", "PERSON"),
   ("Landgoed Oostbroek", "LOCATION"), ("Merel", "PERSON", 2),
   ("@merel.bloem", "MENTION"), ("@heinvdberg", "MENTION")],
  ["opening-word", "word-name", "couple", "vocative", "venue"]),

R("np3-008", "caption", """\
Sneak peek 👀
Anouk & Bas, Fort bij Vechten, zaterdag.
Meer volgt snel!""",
  [("Anouk", "PERSON"), ("Bas", "PERSON"),
   ("Fort bij Vechten", "LOCATION")],
  ["loanword", "opening-word", "couple", "word-name", "venue"]),

R("np3-009", "caption", """\
Trouwfotografie is voor mij vooral kijken.
Kijken naar de blik van een vader als zijn dochter binnenkomt, naar handen die elkaar zoeken, naar de getuige die stiekem een traan wegveegt.
Vandaag precies tien jaar geleden fotografeerde ik mijn eerste bruiloft. Dankjewel aan iedereen die me sindsdien heeft vertrouwd 🤍""",
  [],
  ["opening-word"]),

R("np3-010", "caption", """\
Jeetje wat een licht was het op Texel 😍
Storm en Lieve trotseerden letterlijk de storm bij De Slufter, en geen van beiden wilde naar binnen.
Lieve's haar zat na vijf minuten helemaal in de war en het maakte niks uit.
#stormenlieve #texelwedding""",
  [("Texel", "LOCATION"), ("Storm", "PERSON"), ("Lieve", "PERSON", 1),
   ("De Slufter", "LOCATION"), ("Lieve's", "PERSON"),
   ("#stormenlieve", "PERSON")],
  ["opening-word", "word-name", "name-as-word", "couple", "genitive",
   "hashtag-name"]),

R("np3-011", "caption", """\
Zaterdag stond ik met Elif en Emre in het Kralingse Bos voor hun loveshoot.
Emre had een verrassing geregeld: zijn opa Mehmet kwam met een picknickmand vol baklava aanlopen 🥰
Zo lief.
@elif.yildiz""",
  [("Elif", "PERSON"), ("Emre", "PERSON", 1),
   ("Kralingse Bos", "LOCATION"), ("Emre", "PERSON", 2),
   ("Mehmet", "PERSON"), ("@elif.yildiz", "MENTION")],
  ["opening-word", "turkish-name", "couple", "kinship", "loanword",
   "venue"]),

R("np3-012", "caption", """\
Wauw. Gewoon wauw.
Priya en Jerrel, jullie bruiloft in de Westergasfabriek was één groot feest van kleur, muziek en familie.
Dank ook aan tante Ans voor de allerlekkerste roti 🙏
#priyaenjerrel""",
  [("Priya", "PERSON"), ("Jerrel", "PERSON"),
   ("Westergasfabriek", "LOCATION"), ("Ans", "PERSON"),
   ("#priyaenjerrel", "PERSON")],
  ["opening-word", "surinamese-name", "couple", "vocative", "kinship",
   "venue", "hashtag-name"]),

R("np3-013", "caption", """\
Binnenkort weer minisessies in de herfstbladeren! 🍂
Twintig minuten, vijftien foto's, een vaste prijs.
Morgen om 20.00 uur gaat de inschrijving open via de link in mijn bio.""",
  [],
  ["opening-word", "number-word"]),

R("np3-014", "caption", """\
Lieve allemaal, even een update: ik ben van 12 tot 26 augustus met vakantie.
Mails beantwoord ik daarna zo snel mogelijk.
Geniet van de zomer! ☀️""",
  [],
  ["opening-word", "name-as-word"]),

R("np3-015", "caption", """\
Morgen trouwen Sanne-Mijn en Mark-Jan in de Domkerk 💒
Ik heb er zin in! Vanaf half elf sta ik op het Domplein om de gasten te vangen, dus zwaai even als je langs fietst.
@sannemijn_ @markjan.vos""",
  [("Sanne-Mijn", "PERSON"), ("Mark-Jan", "PERSON"),
   ("Domkerk", "LOCATION"), ("Domplein", "LOCATION"),
   ("@sannemijn_", "MENTION"), ("@markjan.vos", "MENTION")],
  ["opening-word", "double-name", "couple", "venue", "street"]),

R("np3-016", "caption", """\
Gezinsshoot bij familie de Graaf in Zeist 🌳
Vier kinderen (Joosje Mats Fenna en Olivier), twee honden, één konijn en nul seconden stilstand.
Joosje (3) besloot halverwege dat ze alleen nog maar met Guus de labrador op de foto wilde.
Terecht.""",
  [("de Graaf", "PERSON"), ("Zeist", "LOCATION"), ("Joosje", "PERSON", 1),
   ("Mats", "PERSON"), ("Fenna", "PERSON"), ("Olivier", "PERSON"),
   ("Joosje", "PERSON", 2)],
  ["opening-word", "number-word", "family-name", "particle-name",
   "nickname", "name-list", "pet"]),

R("np3-017", "caption", """\
Drie generaties op één foto.
Opa Sjoerd, zijn dochter Wytske en kleine Hylke, op de dijk bij Oudeschild.
Sjoerd vroeg na afloop of ik de foto 'wat groter' kon afdrukken. Hij hangt nu boven zijn bank, op A1 😅""",
  [("Sjoerd", "PERSON", 1), ("Wytske", "PERSON"), ("Hylke", "PERSON"),
   ("Oudeschild", "LOCATION"), ("Sjoerd", "PERSON", 2)],
  ["number-word", "frisian-name", "kinship"]),

R("np3-018", "caption", """\
Golden hour in de duinen bij Bloemendaal 🌅
Vera en Rik, ik hoop dat jullie deze foto over dertig jaar nog steeds boven de bank hebben hangen.
#veraenrik""",
  [("Bloemendaal", "LOCATION"), ("Vera", "PERSON"), ("Rik", "PERSON"),
   ("#veraenrik", "PERSON")],
  ["loanword", "word-name", "couple", "vocative", "hashtag-name"]),

R("np3-019", "caption", """\
Achter de schermen: mijn tas voor een trouwdag 📸
Twee Canon bodies, drie lenzen, reservebatterijen, een paar stroopwafels van de Albert Heijn en altijd, altijd een haarelastiekje voor de bruid.
Wat mis ik nog?""",
  [],
  ["opening-word", "number-word", "brand", "brand-with-name"]),

R("np3-020", "caption", """\
Kim van Houten uit Houten 😄
Ja, echt. Ze heeft er al haar hele leven grapjes over moeten horen, dus ik hou het bij deze ene.
Portretshoot voor haar nieuwe praktijk, in haar eigen tuin.
@kimvanhouten.fysio""",
  [("Kim van Houten", "PERSON"), ("Houten", "LOCATION", 2),
   ("@kimvanhouten.fysio", "MENTION")],
  ["particle-name", "word-name", "place-surname", "opening-word"]),

R("np3-021", "caption", """\
Hoe zeg je dankjewel tegen iemand die om zes uur 's ochtends op de Oudegracht staat om koffie voor je te halen?
Bas, jij bent de beste second shooter die er is ☕️""",
  [("Oudegracht", "LOCATION"), ("Bas", "PERSON")],
  ["opening-word", "vocative", "word-name", "nickname", "street",
   "loanword"]),

R("np3-022", "caption", """\
Verliefd op deze zwart-witte van Yara en haar moeder Shanice in hun flat in Zuidoost.
Yara wilde per se haar Nijntje-knuffel mee op de foto en wie ben ik om nee te zeggen.
@shanice.pinas""",
  [("Yara", "PERSON", 1), ("Shanice", "PERSON"), ("Zuidoost", "LOCATION"),
   ("Yara", "PERSON", 2), ("@shanice.pinas", "MENTION")],
  ["opening-word", "surinamese-name", "kinship", "character"]),

R("np3-023", "caption", """\
ZE ZEI JA!!! 💍
Vorige week mocht ik stiekem meekijken toen Daan op zijn knieën ging voor Roos, op het strand van Zandvoort.
Roos had werkelijk geen idee. Haar broer Thomas hield haar aan het praten terwijl ik me in het helmgras verstopte 🙈""",
  [("Daan", "PERSON"), ("Roos", "PERSON", 1), ("Zandvoort", "LOCATION"),
   ("Roos", "PERSON", 2), ("Thomas", "PERSON")],
  ["caps-line", "opening-word", "word-name", "couple", "kinship"]),

R("np3-024", "caption", """\
Welkom in de wereld, kleine Noah 👶🏽
Newbornshoot aan huis in Lombok, met grote zus Amira die elk knuffeltje van Noah kwam brengen.
Papa Ayoub sliep halverwege bijna in op de bank 😴""",
  [("Noah", "PERSON", 1), ("Lombok", "LOCATION"), ("Amira", "PERSON"),
   ("Noah", "PERSON", 2), ("Ayoub", "PERSON")],
  ["opening-word", "moroccan-name", "kinship", "vocative", "loanword"]),

R("np3-025", "caption", """\
Huwelijksreportage | Haarlem
Bruid: Tjitske Hoekstra
Bruidegom: Jeroen van der Meulen
Ceremonie: Philharmonie Haarlem
Feest: Landgoed Elswout
Haar & make-up: @mua.kim
Pak: Suitsupply
Ringen: Anna + Nina
Koekjes: Van Stapele
#tjitskeenjeroen""",
  [("Haarlem", "LOCATION", 1), ("Tjitske Hoekstra", "PERSON"),
   ("Jeroen van der Meulen", "PERSON"), ("Philharmonie Haarlem", "LOCATION"),
   ("Landgoed Elswout", "LOCATION"), ("@mua.kim", "MENTION"),
   ("#tjitskeenjeroen", "PERSON")],
  ["opening-word", "credits", "frisian-name", "particle-name", "couple",
   "brand", "brand-with-name", "venue", "hashtag-name"]),

R("np3-026", "caption", """\
Rik en ik zijn vandaag twaalf jaar getrouwd 🥂
Geen fotograaf op onze eigen bruiloft trouwens, alleen oom Kees met een wegwerpcamera van de Hema.
Elf foto's, waarvan vier met zijn duim erop. Ik koester ze allemaal.""",
  [("Rik", "PERSON"), ("Kees", "PERSON")],
  ["word-name", "kinship", "nickname", "brand", "number-word",
   "opening-word"]),

R("np3-027", "caption", """\
Vraag van de week: waar in Utrecht maken jullie het liefst foto's?
Ik zeg: Rhijnauwen in de herfst, de Nachtegaalstraat in de vroege ochtend en het dak van Hoog Catharijne bij zonsondergang.
Tips zijn welkom!""",
  [("Utrecht", "LOCATION"), ("Rhijnauwen", "LOCATION"),
   ("Nachtegaalstraat", "LOCATION"), ("Hoog Catharijne", "LOCATION")],
  ["opening-word", "street", "venue"]),

R("np3-028", "caption", """\
Tien jaar? Nee, veertig jaar getrouwd! 🥹
Hennie en Gerard vierden hun robijnen bruiloft met een shoot in de tuin van Slot Zuylen.
Hennie droeg dezelfde oorbellen als in 1984. Gerard wist dat niet meer, maar deed heel overtuigend alsof.""",
  [("Hennie", "PERSON", 1), ("Gerard", "PERSON", 1),
   ("Slot Zuylen", "LOCATION"), ("Hennie", "PERSON", 2),
   ("Gerard", "PERSON", 2)],
  ["number-word", "opening-word", "nickname", "couple", "venue"]),

R("np3-029", "caption", """\
Storm, regen en zon op één dag.
Texel, je blijft me verbazen.
Vanaf de vuurtoren bij De Cocksdorp zie je bij helder weer tot aan Vlieland.
Volgende maand ben ik weer op het eiland voor drie bruiloften, dus wie nog een gezinsshoot wil: laat het weten! 🐑""",
  [("Texel", "LOCATION"), ("De Cocksdorp", "LOCATION"),
   ("Vlieland", "LOCATION")],
  ["opening-word", "name-as-word"]),

R("np3-030", "caption", """\
Een gesprek tijdens de shoot van vandaag:
Ik: "Kijk eens naar elkaar"
Bram (4): "Waarom?"
Ik: "Omdat jullie van elkaar houden"
Bram: "Ik hou van pannenkoeken"

Familie Bouzid, jullie waren top 😂""",
  [("Bram", "PERSON", 1), ("Bram", "PERSON", 2), ("Bouzid", "PERSON")],
  ["opening-word", "family-name", "moroccan-name", "vocative"]),

R("np3-031", "caption", """\
Jullie vragen het vaak, dus bij deze: mijn favoriete presets zijn gewoon zelfgemaakt in Lightroom.
Geen geheim recept, wel heel veel uren schuiven 😅""",
  [],
  ["opening-word", "brand"]),

R("np3-032", "caption", """\
Sterre 't Hooft en Mees ter Horst, wat een feest was dit 🎉
Ceremonie in de tuin van Landgoed Zonheuvel in Doorn, diner onder de bomen en een afterparty waarbij Mees z'n vrienden het hele podium overnamen.
Dank jullie wel dat ik erbij mocht zijn!
@sterrethooft @meesterhorst""",
  [("Sterre 't Hooft", "PERSON"), ("Mees ter Horst", "PERSON"),
   ("Landgoed Zonheuvel", "LOCATION"), ("Doorn", "LOCATION"),
   ("Mees", "PERSON", 2), ("@sterrethooft", "MENTION"),
   ("@meesterhorst", "MENTION")],
  ["particle-name", "word-name", "couple", "vocative", "genitive", "venue",
   "opening-word"]),

R("np3-033", "caption", """\
Echt een van mijn favoriete portretten van dit jaar.
Soufiane, 17, net geslaagd en klaar om op kamers te gaan in Kralingen.
Zijn moeder Khadija had het er moeilijker mee dan hij 😉""",
  [("Soufiane", "PERSON"), ("Kralingen", "LOCATION"), ("Khadija", "PERSON")],
  ["opening-word", "moroccan-name", "kinship"]),

R("np3-034", "caption", """\
Ook een beetje klaar met regen? 🌧️
Gelukkig zijn bruidsparen in Nederland niet van suiker. Deze twee dansten gewoon door onder een paraplu van de Hema, op het Museumplein.
#trouweninderegen""",
  [("Nederland", "LOCATION"), ("Museumplein", "LOCATION")],
  ["opening-word", "brand", "street"]),

R("np3-035", "caption", """\
MARK & LISA 🤍 Rotterdam
Een stadsbruiloft zoals ik ze graag zie: ja-woord in het stadhuis, taartjes in de Markthal en eindeloos lachen op de Erasmusbrug.
Lisa's zus Dewi hield de hele dag het draaiboek strak in handen. Wat een kanjer.
#markenlisa""",
  [("MARK", "PERSON"), ("LISA", "PERSON"), ("Rotterdam", "LOCATION"),
   ("Markthal", "LOCATION"), ("Erasmusbrug", "LOCATION"),
   ("Lisa's", "PERSON"), ("Dewi", "PERSON"), ("#markenlisa", "PERSON")],
  ["caps-name", "couple", "venue", "street", "genitive", "kinship",
   "hashtag-name", "opening-word"]),

R("np3-036", "caption", """\
Haha dit was een momentje.
Tijdens de speech van getuige Kees viel zijn spiekbriefje in de vijver van Kasteel Sypesteyn.
Gelukkig kende hij alles uit zijn hoofd 🙌""",
  [("Kees", "PERSON"), ("Kasteel Sypesteyn", "LOCATION")],
  ["opening-word", "title", "nickname", "venue"]),

R("np3-037", "caption", """\
Vanaf nu ook te boeken: portretten voor ondernemers, in de studio in Utrecht of op locatie.
Denk aan een nieuwe website, LinkedIn of een interview.
Prijzen staan op de site 🔗""",
  [("Utrecht", "LOCATION")],
  ["opening-word", "brand"]),

R("np3-038", "caption", """\
Lieve Lieve, wat was het een eer om jouw zwangerschapsshoot te mogen doen 🤰
Je zei nog: "Ik ben echt niet fotogeniek." Nou, bij deze het tegenbewijs.
Aan de Loosdrechtse Plassen, bij zonsondergang.
@lieve.jansen""",
  [("Lieve", "PERSON", 2), ("Loosdrechtse Plassen", "LOCATION"),
   ("@lieve.jansen", "MENTION")],
  ["name-as-word", "word-name", "vocative", "opening-word"]),

R("np3-039", "caption", """\
Tip voor stellen die gaan trouwen: plan twintig minuten rust in na de ceremonie.
Alleen jullie twee, even weg van de drukte. Geen telefoon, geen gasten. Ik loop op afstand mee.
Negen van de tien stellen noemen dat achteraf het mooiste moment van de dag.""",
  [],
  ["opening-word", "number-word"]),

R("np3-040", "caption", """\
Jildou en Sytse trouwden op Texel, waar Sytse's familie al vier generaties schapen houdt 🐑
We maakten foto's tussen de lammetjes bij Den Hoorn en de bruid droeg laarzen onder haar jurk.
Haar jurk kwam trouwens van Claudia Sträter, haar laarzen van de boerderij.
#jildouensytse""",
  [("Jildou", "PERSON"), ("Sytse", "PERSON", 1), ("Texel", "LOCATION"),
   ("Sytse's", "PERSON"), ("Den Hoorn", "LOCATION"),
   ("#jildouensytse", "PERSON")],
  ["frisian-name", "couple", "genitive", "brand-with-name", "hashtag-name",
   "opening-word"]),

R("np3-041", "caption", """\
Hoe leuk is dit! Jesse (7) maakte zelf een foto van mij tijdens de shoot van zijn gezin.
Ik sta er half op, met mijn ogen dicht. Ik hang hem in de studio 😂
@familievandenberg""",
  [("Jesse", "PERSON"), ("@familievandenberg", "MENTION")],
  ["opening-word"]),

R("np3-042", "caption", """\
Save the date voor Zeynep & Burak 💌
We schoten hun kaartjes langs de Haarlemmerdijk en in de Jordaan, en Zeynep had voor elke locatie een andere jas mee.
Mijn favoriet? Die gele bij de Westerkerk.
@zeynep.aydin""",
  [("Zeynep", "PERSON", 1), ("Burak", "PERSON"),
   ("Haarlemmerdijk", "LOCATION"), ("Jordaan", "LOCATION"),
   ("Zeynep", "PERSON", 2), ("Westerkerk", "LOCATION"),
   ("@zeynep.aydin", "MENTION")],
  ["loanword", "turkish-name", "couple", "street", "venue",
   "opening-word"]),

R("np3-043", "caption", """\
Kerstminisessies in de studio in Lombok zijn vol! 🎄
Dank jullie wel voor alle aanmeldingen. Staat je naam op de wachtlijst, dan hoor je binnen een week van me.""",
  [("Lombok", "LOCATION")],
  ["opening-word"]),

R("np3-044", "caption", """\
Mijn assistent van vandaag.
Storm (de hond van Anne-Fleur en Teun) vond dat hij op elke groepsfoto hoorde. Hij had gelijk.
Boerderijbruiloft in Bunnik, met veel hooi, veel taart en één zeer tevreden viervoeter 🐕""",
  [("Anne-Fleur", "PERSON"), ("Teun", "PERSON"), ("Bunnik", "LOCATION")],
  ["pet", "name-as-word", "double-name", "couple", "opening-word"]),

R("np3-045", "caption", """\
Albums! 📚
Deze week kwamen de albums van Naomi & Quincy, Floor & Wouter en Ilse & Bart binnen.
Linnen omslag, lay-flat pagina's, en ja, ze ruiken heerlijk.
Welke kleur omslag zouden jullie kiezen?""",
  [("Naomi", "PERSON"), ("Quincy", "PERSON"), ("Floor", "PERSON"),
   ("Wouter", "PERSON"), ("Ilse", "PERSON"), ("Bart", "PERSON")],
  ["opening-word", "couple", "loanword"]),

R("np3-046", "caption", """\
Throwback naar de zomer van 2019, mijn eerste bruiloft op Texel.
Ilse van den Burg trouwde in Den Burg. Ze heeft die grap zelf gemaakt in haar speech, ik beloof het 😄
Nog steeds een van mijn favoriete dagen.""",
  [("Texel", "LOCATION"), ("Ilse van den Burg", "PERSON"),
   ("Den Burg", "LOCATION")],
  ["loanword", "particle-name", "place-surname", "opening-word"]),

R("np3-047", "caption", """\
Portretsessie met Bilal voor zijn nieuwe album 🎤
We liepen van de Witte de Withstraat naar Katendrecht en eindigden op het dak van zijn studio.
Check zijn muziek, echt de moeite!
@bilal.mc""",
  [("Bilal", "PERSON"), ("Witte de Withstraat", "LOCATION"),
   ("Katendrecht", "LOCATION"), ("@bilal.mc", "MENTION")],
  ["moroccan-name", "person-in-place", "street", "opening-word",
   "loanword"]),

R("np3-048", "caption", """\
Zomaar een dinsdag in het Vondelpark 🌿
Ik had een uurtje tussen twee shoots en maakte een paar portretten van vreemden die daar toch al zaten te lezen.
Vond het heerlijk. Meer van dit!""",
  [("Vondelpark", "LOCATION")],
  ["opening-word", "venue", "person-in-place"]),

R("np3-049", "caption", """\
Jeetje, wat ben ik trots.
Mijn foto van Roos en Vincent op het strand bij De Koog is genomineerd voor een internationale award.
Roos, Vincent: zonder jullie gekke ideeën (en natte voeten) was dit er nooit geweest 🙏""",
  [("Roos", "PERSON", 1), ("Vincent", "PERSON", 1), ("De Koog", "LOCATION"),
   ("Roos", "PERSON", 2), ("Vincent", "PERSON", 2)],
  ["opening-word", "word-name", "couple", "vocative"]),

R("np3-050", "caption", """\
Nieuw in de studio: een heuse vintage bank, gevonden bij de kringloop in Zuilen.
Mijn man sjouwde hem drie trappen op en verklaarde daarna dat hij nooit meer ergens mee zou helpen 🛋️""",
  [("Zuilen", "LOCATION")],
  ["opening-word"]),

R("np3-051", "caption", """\
Gezocht: een stel dat zin heeft in een styled shoot op een zeilboot op de Loosdrechtse Plassen, eind juni.
Jullie krijgen de foto's gratis, ik krijg een dag op het water. Win-win toch?
Reageer hieronder of stuur een DM ⛵️""",
  [("Loosdrechtse Plassen", "LOCATION")],
  ["opening-word", "loanword"]),

R("np3-052", "caption", """\
Een traan, een lach, en nog een traan.
De ceremonie van Esra en Mert in de Tolhuistuin was zo persoonlijk. Mert's vader las een gedicht voor in het Turks, Esra's zus vertaalde het zin voor zin.
Geen oog bleef droog, ook die van mij niet.
#esraenmert""",
  [("Esra", "PERSON", 1), ("Mert", "PERSON", 1), ("Tolhuistuin", "LOCATION"),
   ("Mert's", "PERSON"), ("Esra's", "PERSON"), ("#esraenmert", "PERSON")],
  ["turkish-name", "couple", "genitive", "venue", "hashtag-name",
   "opening-word"]),

R("np3-053", "caption", """\
Morgen weer een bruiloft in Amsterdam, dit keer in De Pijp en daarna op een boot over de Amstel 🚤
Duimen voor droog weer!""",
  [("Amsterdam", "LOCATION"), ("De Pijp", "LOCATION"), ("Amstel", "LOCATION")],
  ["opening-word"]),

R("np3-054", "caption", """\
Sinds een paar maanden werk ik samen met Kim van @kimdoetmakeup en wat ben ik blij.
Kim is rustig, precies en altijd op tijd, en ze weet precies hoe ze een zenuwachtige bruid aan het lachen krijgt.
Boeken jullie ons samen? Dan krijg je 10% korting op haar tarief 💄""",
  [("Kim", "PERSON", 1), ("@kimdoetmakeup", "MENTION"), ("Kim", "PERSON", 2)],
  ["word-name", "opening-word"]),

R("np3-055", "caption", """\
Fotomaandag! Deze week: de beste dansmoves van 2024.
1. Vader van de bruid Hans met zijn robotdans
2. Oma Nel die de polonaise aanvoerde
3. Ringdrager Jurre (6) die op zijn knieën over de vloer gleed
Wie heb ik gemist?""",
  [("Hans", "PERSON"), ("Nel", "PERSON"), ("Jurre", "PERSON")],
  ["opening-word", "kinship", "title"]),

R("np3-056", "caption", """\
Vandaag precies één jaar geleden: de bruiloft van Laura & Niels op de NDSM-werf.
Industrieel, rauw, en toch zo romantisch. Laura had de bloemen zelf geplukt in de tuin van haar oma.
Gefeliciteerd met jullie eerste trouwdag! 🥂
@laura.en.niels""",
  [("Laura", "PERSON", 1), ("Niels", "PERSON"), ("NDSM-werf", "LOCATION"),
   ("Laura", "PERSON", 2), ("@laura.en.niels", "MENTION")],
  ["opening-word", "couple", "venue"]),

R("np3-057", "caption", """\
Hé Utrecht! 👋
Op zondag 14 april sta ik met een pop-up studio op de markt op het Vredenburgplein. Kom langs voor een gratis portretfoto, gewoon voor de lol.
Koffie is van @koffiebar.lombok""",
  [("Utrecht", "LOCATION"), ("Vredenburgplein", "LOCATION"),
   ("@koffiebar.lombok", "MENTION")],
  ["opening-word", "loanword", "street"]),

R("np3-058", "caption", """\
Familie Kartodikromo, drie generaties in één tuin in Overvecht 🌸
Opa Soekarman vertelde tussen de foto's door verhalen over Suriname, en kleindochter Dewi luisterde alsof ze ze voor het eerst hoorde.""",
  [("Kartodikromo", "PERSON"), ("Overvecht", "LOCATION"),
   ("Soekarman", "PERSON"), ("Suriname", "LOCATION"), ("Dewi", "PERSON")],
  ["family-name", "surinamese-name", "kinship", "opening-word"]),

R("np3-059", "caption", """\
Jeetje, wat een week.
Drie bruiloften, een newbornshoot, twee gezinnen en een kapotte lens.
Nu even op de bank met thee. Tot maandag! 🫖""",
  [],
  ["opening-word", "number-word", "loanword"]),

R("np3-060", "caption", """\
Anouks jurk 😍
Handgemaakt door haar tante Marjolein, die er een half jaar aan werkte. Elke parel zelf vastgezet.
En dan die sleep in de wind op de dijk bij Durgerdam... ik heb er geen woorden voor.
Ze liep trouwens binnen op 'Nobody's Wife' van Anouk. Natuurlijk.
@anouk.terpstra""",
  [("Anouks", "PERSON"), ("Marjolein", "PERSON"), ("Durgerdam", "LOCATION"),
   ("Anouk", "PERSON"), ("@anouk.terpstra", "MENTION")],
  ["genitive", "kinship", "famous", "opening-word"]),

R("np3-061", "caption", """\
Fijne Koningsdag! 🧡
Ik ben vandaag niet aan het werk maar struin over de vrijmarkt in het Griftpark. Zie ik jullie daar?""",
  [("Griftpark", "LOCATION")],
  ["opening-word", "event", "venue"]),

R("np3-062", "caption", """\
Wie herkent dit plekje? 👀
Tip: het is in Haarlem, vlak achter de Grote Markt, en er staat een heel oud hofje.
Hier maakte ik vorige week de portretten van schrijfster Hanneke de Wit voor haar nieuwe boek.""",
  [("Haarlem", "LOCATION"), ("Grote Markt", "LOCATION"),
   ("Hanneke de Wit", "PERSON")],
  ["opening-word", "particle-name", "title", "street"]),

R("np3-063", "caption", """\
Jullie zijn echt zo lief. 🥲
Gisteren stond er een bos bloemen voor mijn deur, met een kaartje van Gert-Jan en Marloes: "Omdat je onze dag voor altijd hebt gemaakt."
Ik moest even zitten.
De bos kwam van Bloemen van Roos natuurlijk 🌷""",
  [("Gert-Jan", "PERSON"), ("Marloes", "PERSON")],
  ["opening-word", "double-name", "couple", "brand-with-name"]),

R("np3-064", "caption", """\
Wat neem je mee naar een gezinsshoot?
- Kleding die bij elkaar past maar niet hetzelfde is
- Iets te eten voor de kleintjes
- Een knuffel
- Geduld
Wat je thuis kunt laten: de verwachting dat iedereen stil zit 😉""",
  [],
  ["opening-word"]),

R("np3-065", "caption", """\
Kees en Bas, 52 en 55, eindelijk getrouwd na 24 jaar samen 🏳️‍🌈
In het stadhuis van Haarlem, met hun dochter Lieke als getuige en een bruidstaart van Bakkerij Jansen die zo hoog was dat hij niet door de deur paste.
BABS Karin hield de mooiste toespraak die ik in jaren heb gehoord, en 's avonds pakte Bas zelf de bas erbij.
Jongens, dit was een eer.""",
  [("Kees", "PERSON"), ("Bas", "PERSON", 1), ("Haarlem", "LOCATION"),
   ("Lieke", "PERSON"), ("Karin", "PERSON"), ("Bas", "PERSON", 2)],
  ["nickname", "word-name", "name-as-word", "couple", "kinship", "title",
   "brand-with-name", "opening-word"]),

R("np3-066", "caption", """\
Goeiemorgen vanaf de pont naar Texel ⛴️
Vandaag de bruiloft van Baukje en Hidde, morgen een gezinsshoot in De Koog en dan ben ik drie dagen op vakantie op het eiland.""",
  [("Texel", "LOCATION"), ("Baukje", "PERSON"), ("Hidde", "PERSON"),
   ("De Koog", "LOCATION")],
  ["opening-word", "frisian-name", "couple"]),

R("np3-067", "caption", """\
In gesprek met... Roos van Bloemen van Roos! 🌹
Sinds 2016 maakt ze bruidsboeketten vanuit haar winkel aan de Twijnstraat. Haar tip: kies bloemen die in het seizoen zijn.
"Een roos in december is gewoon zonde," zegt Roos.
Volg haar op @bloemenvanroos
#uitgelicht #utrechtseondernemers""",
  [("Roos", "PERSON", 1), ("Twijnstraat", "LOCATION"),
   ("Roos", "PERSON", 3), ("@bloemenvanroos", "MENTION")],
  ["word-name", "name-as-word", "brand-with-name", "street",
   "opening-word"]),

R("np3-068", "caption", """\
Sterre (8) en haar zusje Lente (5) wilden per se in hun prinsessenjurken op de foto, middenin het Amsterdamse Bos.
Eerst bloemen plukken, dan stokken zoeken, dan de jurken aan de bramen. Moeder Iris nam het sportief op 😅""",
  [("Sterre", "PERSON"), ("Lente", "PERSON"), ("Amsterdamse Bos", "LOCATION"),
   ("Iris", "PERSON")],
  ["word-name", "kinship", "opening-word"]),

R("np3-069", "caption", """\
Behind the scenes bij de shoot voor de nieuwe collectie van @atelier.vanderlinden 🧵
Modellen @noa.vk en @daan.models, styling door mij en een heel geduldige naaister.
Locatie: het Centraal Museum in Utrecht""",
  [("@atelier.vanderlinden", "MENTION"), ("@noa.vk", "MENTION"),
   ("@daan.models", "MENTION"), ("Centraal Museum", "LOCATION"),
   ("Utrecht", "LOCATION")],
  ["loanword", "credits", "venue", "opening-word"]),

R("np3-070", "caption", """\
Soms is een foto gewoon een foto van een hand.
Deze is van opa Hein, die met zijn vinger langs de rand van de trouwfoto van zijn ouders ging. Die waren in 1951 getrouwd in dezelfde kerk in Maarssen.
Meer heb ik niet te zeggen.""",
  [("Hein", "PERSON"), ("Maarssen", "LOCATION")],
  ["kinship", "word-name", "opening-word"]),

R("np3-071", "caption", """\
Brrr, Hoek van Holland in januari 🥶
Gezinsshoot met de familie El Amrani en iedereen wilde naar huis behalve de jongste, Salma, die steeds weer de zee in rende.""",
  [("Hoek van Holland", "LOCATION"), ("El Amrani", "PERSON"),
   ("Salma", "PERSON")],
  ["opening-word", "family-name", "moroccan-name", "particle-name"]),

R("np3-072", "caption", """\
Elke bruiloft heeft z'n eigen ritme.
Deze was een rustige, op een kleine camping bij Den Hoorn, met twintig gasten, een barbecue en een gitaar.
Om half twaalf zongen ze nog steeds.""",
  [("Den Hoorn", "LOCATION")],
  ["opening-word"]),

R("np3-073", "caption", """\
Wauw, 5000 volgers! 🎉
Dankjewel dat jullie meekijken. Ter ere hiervan verloot ik een gezinsshoot naar keuze, in Utrecht, Amsterdam, Rotterdam, Haarlem of op Texel.
Meedoen? Tag iemand die een shoot verdient en volg @marijeverbeek.fotografie
Winnaar maak ik vrijdag bekend!""",
  [("Utrecht", "LOCATION"), ("Amsterdam", "LOCATION"),
   ("Rotterdam", "LOCATION"), ("Haarlem", "LOCATION"), ("Texel", "LOCATION"),
   ("@marijeverbeek.fotografie", "MENTION")],
  ["opening-word"]),

R("np3-074", "caption", """\
Mark was echt de beste getuige ooit.
Hij had voor Sanne en Joost een quiz gemaakt met vragen als 'Wie van de twee ging als eerste op date met iemand anders?' Het antwoord was Joost. Sanne lag dubbel.
Part two van deze bruiloft komt morgen!""",
  [("Mark", "PERSON"), ("Sanne", "PERSON", 1), ("Joost", "PERSON", 1),
   ("Joost", "PERSON", 2), ("Sanne", "PERSON", 2)],
  ["couple", "loanword", "opening-word"]),

R("np3-075", "caption", """\
Hoera voor alle moeders vandaag! 💐
Moederdag-minisessies in de tuin van mijn studio in Wittevrouwen: wie wil er nog mee doen? Eén plekje over op zaterdag.""",
  [("Wittevrouwen", "LOCATION")],
  ["opening-word", "event"]),

R("np3-076", "caption", """\
Daan-Jan en Femke, ik ben nog steeds niet over jullie bruiloft heen.
Femke's oma Loes die om elf uur 's avonds nog op tafel stond, de saxofonist op de steiger, het vuurwerk boven de Vinkeveense Plassen...
Dankjewel dat ik erbij mocht zijn 💛""",
  [("Daan-Jan", "PERSON"), ("Femke", "PERSON", 1), ("Femke's", "PERSON"),
   ("Loes", "PERSON"), ("Vinkeveense Plassen", "LOCATION")],
  ["double-name", "couple", "vocative", "genitive", "kinship",
   "opening-word"]),

R("np3-077", "caption", """\
Tjonge. Wat een dag.
Om 07.00 uur bij de bruid in Bloemendaal, om 11.00 uur ceremonie in de Grote Kerk, om 15.00 uur fotoshoot in de Kennemerduinen en om 23.00 uur nog op de dansvloer.
Voeten kapot. Hart vol.""",
  [("Bloemendaal", "LOCATION"), ("Grote Kerk", "LOCATION"),
   ("Kennemerduinen", "LOCATION")],
  ["opening-word", "venue"]),

R("np3-078", "caption", """\
Merel en Jade, jullie zijn een geweldige tweeling en nog betere modellen 👯‍♀️
Bij de 18e verjaardag hoorde een fotoshoot, vond hun moeder Nicole. Ze beloofde dat er geen babyfoto's in de Instagram-post zouden komen. Beloofd is beloofd.
Er zat zelfs een merel op het hek te kijken.""",
  [("Merel", "PERSON"), ("Jade", "PERSON"), ("Nicole", "PERSON")],
  ["word-name", "name-as-word", "vocative", "kinship", "brand",
   "opening-word"]),

R("np3-079", "caption", """\
Geen bruiloft zonder Hema-tompoucen, vindt de familie van Dijk 😄
Ze stonden op het dessertbuffet naast een taart van vier lagen, en je raadt al wat er het eerst op was.
Locatie: @fortruigenhoek""",
  [("van Dijk", "PERSON"), ("@fortruigenhoek", "MENTION")],
  ["family-name", "particle-name", "brand", "credits", "opening-word"]),

R("np3-080", "caption", """\
Sneak peek van Hiba & Jordy ✨
Een Marokkaans-Nederlandse bruiloft in twee dagen: eerst de henna in Utrecht-Overvecht, daarna het feest in een zaal in Nieuwegein.
Hiba droeg zeven outfits. Zeven! Ik heb ze allemaal gefotografeerd, ook die ene om drie uur 's nachts 😍""",
  [("Hiba", "PERSON", 1), ("Jordy", "PERSON"),
   ("Utrecht-Overvecht", "LOCATION"), ("Nieuwegein", "LOCATION"),
   ("Hiba", "PERSON", 2)],
  ["loanword", "moroccan-name", "couple", "demonym", "number-word",
   "opening-word"]),

R("np3-081", "caption", """\
Loesje is vandaag twee geworden en haar ouders wilden dat vastleggen op de plek waar ze haar eerste stapjes zette: de speeltuin in het Julianapark.
Spoiler: ze at de helft van de taart op voordat ik mijn camera uit mijn tas had.""",
  [("Loesje", "PERSON"), ("Julianapark", "LOCATION")],
  ["nickname", "person-in-place", "venue", "loanword", "opening-word"]),

R("np3-082", "caption", """\
🤍 Bruiloft van Noor & Tim, Landgoed Amelisweerd 🤍
Noor, je vroeg me om 'niet te veel poseren'. Ik hoop dat je jezelf terugziet in deze foto's.
Tim, die speech. Ik zeg niks meer.
#noorentim""",
  [("Noor", "PERSON", 1), ("Tim", "PERSON", 1),
   ("Landgoed Amelisweerd", "LOCATION"), ("Noor", "PERSON", 2),
   ("Tim", "PERSON", 2), ("#noorentim", "PERSON")],
  ["couple", "vocative", "venue", "hashtag-name", "word-name",
   "opening-word"]),

R("np3-083", "caption", """\
Welke lens gebruik ik het meest? Eerlijk gezegd gewoon de 35mm. Negen van de tien foto's op dit account zijn ermee gemaakt.
Fotografen in Utrecht, wat is jullie go-to?""",
  [("Utrecht", "LOCATION")],
  ["opening-word", "number-word", "loanword"]),

R("np3-084", "caption", """\
JOOSJE & THOMAS | Texel
Een weekend lang feest op het eiland, met op zaterdag de ceremonie op het strand bij De Koog en op zondag een brunch voor iedereen die nog overeind stond.
Joosje, Thomas: dankjewel ❤️""",
  [("JOOSJE", "PERSON"), ("THOMAS", "PERSON"), ("Texel", "LOCATION"),
   ("De Koog", "LOCATION"), ("Joosje", "PERSON"), ("Thomas", "PERSON")],
  ["caps-name", "nickname", "couple", "vocative", "opening-word"]),

R("np3-085", "caption", """\
Suikerfeest-shoot met de familie Yılmaz in het Zuiderpark in Rotterdam 🌙
Oma Ayşe had voor iedereen nieuwe kleren gekocht en zag erop toe dat niemand ze vies maakte. Dat lukte tot de eerste ijscokar.""",
  [("Yılmaz", "PERSON"), ("Zuiderpark", "LOCATION"), ("Rotterdam", "LOCATION"),
   ("Ayşe", "PERSON")],
  ["event", "family-name", "turkish-name", "kinship", "venue",
   "opening-word"]),

R("np3-086", "caption", """\
Stomste vraag die ik ooit kreeg op een bruiloft in Rotterdam: 'Ben jij de fotograaf?' terwijl ik twee camera's om mijn nek had hangen 😂
Wat is de gekste vraag die jullie ooit kregen op je werk?""",
  [("Rotterdam", "LOCATION")],
  ["opening-word"]),

R("np3-087", "caption", """\
Zo trots op deze cover! 📸
Het portret van chef Mounir Benali dat ik maakte in zijn restaurant aan de Nieuwe Binnenweg staat op de voorkant van de zaterdagbijlage.
Mounir, dank voor je vertrouwen (en voor die tajine).""",
  [("Mounir Benali", "PERSON"), ("Nieuwe Binnenweg", "LOCATION"),
   ("Mounir", "PERSON", 2)],
  ["title", "moroccan-name", "vocative", "street", "opening-word"]),

R("np3-088", "caption", """\
Drie jaar geleden fotografeerde ik hun bruiloft, vorig jaar hun zwangerschap, en nu dit: Hazel, drie weken oud 🥹
Papa Wessel en mama Inge, wat een cadeau dat ik jullie verhaal steeds een stukje verder mag vertellen.
Aan huis in Leidsche Rijn.""",
  [("Hazel", "PERSON"), ("Wessel", "PERSON"), ("Inge", "PERSON"),
   ("Leidsche Rijn", "LOCATION")],
  ["number-word", "kinship", "vocative", "opening-word"]),

R("np3-089", "caption", """\
Zin in! Volgend weekend fotografeer ik een bruiloft in Kasteel Duurstede in Wijk bij Duurstede.
Een kasteel, een rozentuin en een bruidspaar dat geen enkele poseerfoto wil. Mijn soort dag.""",
  [("Kasteel Duurstede", "LOCATION"), ("Wijk bij Duurstede", "LOCATION")],
  ["opening-word", "venue"]),

R("np3-090", "caption", """\
Wim, 84, in zijn volkstuin aan de rand van Amsterdam-Noord.
Zestig jaar lang kweekt hij hier dahlia's. Zijn vrouw Truus is drie jaar geleden overleden, maar de roze dahlia's heten nog steeds 'die van Truus'.
Dit was een opdracht van zijn kleinzoon Jelle. Wat een cadeau.""",
  [("Wim", "PERSON"), ("Amsterdam-Noord", "LOCATION"), ("Truus", "PERSON", 1),
   ("Truus", "PERSON", 2), ("Jelle", "PERSON")],
  ["kinship", "number-word", "opening-word"]),

R("np3-091", "caption", """\
Rustig weekendje voor de verandering. Zaterdag alleen een kleine ceremonie in het stadhuis van Utrecht, zondag nul shoots.
Ik ga de tuin in. En nee, ik neem mijn camera niet mee. Oké, misschien een kleine.""",
  [("Utrecht", "LOCATION")],
  ["opening-word"]),

R("np3-092", "caption", """\
Hoe gaaf is het om een bruiloft bij je om de hoek te fotograferen?
Ruben en Karim woonden drie huizen bij mij vandaan in Lombok en gaven hun feest gewoon in de gedeelde binnentuin.
De buurvrouw van 89 danste met Karim's moeder Fatima tot het donker werd.""",
  [("Ruben", "PERSON"), ("Karim", "PERSON", 1), ("Lombok", "LOCATION"),
   ("Karim's", "PERSON"), ("Fatima", "PERSON")],
  ["couple", "moroccan-name", "genitive", "kinship", "opening-word"]),

R("np3-093", "caption", """\
Trouwen op Texel, in cijfers:
- 3 keer de pont net gemist
- 11 schapen op groepsfoto's
- 1 verdwenen schoen in de duinen bij Paal 28
- 0 keer spijt
#texelwedding #trouwfotograaftexel""",
  [("Texel", "LOCATION"), ("Paal 28", "LOCATION")],
  ["opening-word"]),

R("np3-094", "caption", """\
Mocht je je afvragen waarom ik zo vaak in Haarlem ben: mijn zus woont hier en er is een bakkerij in de Kleine Houtstraat waar ik niet voorbij kan lopen 🥐""",
  [("Haarlem", "LOCATION"), ("Kleine Houtstraat", "LOCATION")],
  ["opening-word", "street"]),

R("np3-095", "caption", """\
Vera Bloem & Rowan Sedney | 21.09 | Fort Rijnauwen 🌿
Vera, je schreef me een jaar geleden: 'We willen geen standaard trouwfoto's.' Ik denk dat dat gelukt is.
Jurk: @studio.maan
Pak: Suitsupply
Bloemen: @bloemenvanroos
#verabloemenrowan""",
  [("Vera Bloem", "PERSON"), ("Rowan Sedney", "PERSON"),
   ("Fort Rijnauwen", "LOCATION"), ("Vera", "PERSON", 2),
   ("@studio.maan", "MENTION"), ("@bloemenvanroos", "MENTION"),
   ("#verabloemenrowan", "PERSON")],
  ["word-name", "surinamese-name", "couple", "vocative", "credits", "brand",
   "venue", "hashtag-name"]),

R("np3-096", "caption", """\
Geweldig nieuws: vanaf volgend jaar kun je mij ook boeken samen met videograaf @joris.films!
Een foto- en videoteam dat elkaar al jaren kent, scheelt jullie een hoop gedoe.""",
  [("@joris.films", "MENTION")],
  ["opening-word"]),

R("np3-097", "caption", """\
Naam: Tess. Leeftijd: 2. Favoriete bezigheid: alles behalve stilzitten.
Ze kreeg op het Domplein drie duiven aan het vliegen en één toerist aan het schrikken 😂
Dank aan opa en oma van Leeuwen voor het cadeau van deze shoot!""",
  [("Tess", "PERSON"), ("Domplein", "LOCATION"), ("van Leeuwen", "PERSON")],
  ["kinship", "particle-name", "street", "opening-word"]),

R("np3-098", "caption", """\
Vandaag in de studio: de vijf kinderen van Rachid en Hanna, voor het eerst samen op de foto sinds de jongste er is.
Chaos? Ja. Een van mijn favoriete shoots van het jaar? Ook ja.
@hanna.rachid.thuis""",
  [("Rachid", "PERSON"), ("Hanna", "PERSON"),
   ("@hanna.rachid.thuis", "MENTION")],
  ["moroccan-name", "couple", "opening-word"]),

R("np3-099", "caption", """\
Trouwen in Haarlem en een plek zoeken voor de foto's? Mijn top drie:
1. Landgoed Elswout
2. Het Spaarne bij de Gravestenenbrug
3. De hofjes rond de Grote Markt
Welke kies jij?""",
  [("Haarlem", "LOCATION"), ("Landgoed Elswout", "LOCATION"),
   ("Spaarne", "LOCATION"), ("Gravestenenbrug", "LOCATION"),
   ("Grote Markt", "LOCATION")],
  ["opening-word", "venue", "street"]),

R("np3-100", "caption", """\
Laatste bruiloft van het seizoen zit erop 🍂
Romy en Stijn, op een regenachtige dag in november op Landgoed Zonheuvel.
Dank aan alle bruidsparen van 2024. Ik ga nu even slapen. Tot in het voorjaar!
x Marije""",
  [("Romy", "PERSON"), ("Stijn", "PERSON"), ("Landgoed Zonheuvel", "LOCATION"),
   ("Marije", "PERSON")],
  ["opening-word", "couple", "venue"]),

# ---------------------------------------------------------------- comments
R("np3-101", "comment", "@sanne.devries dankjewel lieverd! 😍",
  [("@sanne.devries", "MENTION")],
  []),

R("np3-102", "comment", "Haha ja Mark was echt de beste getuige",
  [("Mark", "PERSON")],
  ["opening-word"]),

R("np3-103", "comment", "@fleur.endaan Jullie zijn zo lief 🥹 Album is onderweg!",
  [("@fleur.endaan", "MENTION")],
  ["opening-word"]),

R("np3-104", "comment", "Dankjewel Imane! Het was een feest om bij jullie te zijn ❤️",
  [("Imane", "PERSON")],
  ["opening-word", "vocative", "moroccan-name"]),

R("np3-105", "comment", "Ja klopt, dat is De Slufter! Echt een aanrader bij zonsondergang.",
  [("De Slufter", "LOCATION")],
  ["opening-word"]),

R("np3-106", "comment", "Dankjewel! Groetjes terug uit Utrecht 👋",
  [("Utrecht", "LOCATION")],
  ["opening-word"]),

R("np3-107", "comment", "Haha nee, Bobbie mocht gewoon mee op de foto 🐶 Hij was de ster van de dag",
  [],
  ["pet", "opening-word"]),

R("np3-108", "comment", "Oma Riek is de allerbeste 😂 doe haar de groeten!",
  [("Riek", "PERSON")],
  ["kinship", "opening-word"]),

R("np3-109", "comment", "Dank je @bakkerijjansen, jullie taart was weer perfect 🎂",
  [("@bakkerijjansen", "MENTION")],
  ["opening-word"]),

R("np3-110", "comment", "Lieve Lotte, wat fijn om te lezen. Tot snel!",
  [("Lotte", "PERSON")],
  ["name-as-word", "vocative", "opening-word"]),

R("np3-111", "comment", "joost haha ja die quiz 😂😂",
  [("joost", "PERSON")],
  ["lowercase-name"]),

R("np3-112", "comment", "Ja! Ik werk ook op Texel, zelfs in de winter. Stuur me maar een DM 🐑",
  [("Texel", "LOCATION")],
  ["opening-word"]),

R("np3-113", "comment", "@kim.vanhouten Graag gedaan! En nee, ik maak geen grapjes meer over Houten 🤐",
  [("@kim.vanhouten", "MENTION"), ("Houten", "LOCATION")],
  ["opening-word"]),

R("np3-114", "comment", "Gefeliciteerd Storm en Lieve!! 🎉 Wat een nieuws",
  [("Storm", "PERSON"), ("Lieve", "PERSON")],
  ["word-name", "couple", "vocative", "opening-word"]),

R("np3-115", "comment", "Klopt! Jurk van Pronovias, pak van Suitsupply en schoenen van Van Haren 😄",
  [],
  ["brand", "brand-with-name", "opening-word"]),

R("np3-116", "comment", "Dankjewel Bas ❤️ zonder jou had ik die dag niet overleefd",
  [("Bas", "PERSON")],
  ["vocative", "word-name", "nickname", "opening-word"]),

R("np3-117", "comment", "Haha Daan z'n speech was goud, maar Thijs' grap over de ringen won het 😂",
  [("Daan", "PERSON"), ("Thijs'", "PERSON")],
  ["genitive", "word-name", "opening-word"]),

R("np3-118", "comment", "Zeker! Kijk eens bij @bloemenvanroos, zij doet ook losse boeketten",
  [("@bloemenvanroos", "MENTION")],
  ["opening-word"]),

R("np3-119", "comment", "Thanks Tjitske! Jullie waren zo ontspannen voor de camera 🙌",
  [("Tjitske", "PERSON")],
  ["frisian-name", "vocative", "loanword", "opening-word"]),

R("np3-120", "comment", "Nee hoor, dat was in het Kralingse Bos. Wel een beetje verstopt achter de roeivereniging 😉",
  [("Kralingse Bos", "LOCATION")],
  ["opening-word"]),

R("np3-121", "comment", "MEREL!!! Eindelijk zie ik je weer 😍",
  [("MEREL", "PERSON")],
  ["caps-name", "word-name", "vocative", "opening-word"]),

R("np3-122", "comment", "Sjoerd is een legende. Die foto hangt nu toch bij hem boven de bank?",
  [("Sjoerd", "PERSON")],
  ["frisian-name", "opening-word"]),

R("np3-123", "comment", "@imane.yassine @jerrel.p Ik ook! Volgend jaar samen op de foto? 😄",
  [("@imane.yassine", "MENTION"), ("@jerrel.p", "MENTION")],
  ["opening-word"]),

R("np3-124", "comment", "Jaaa het was zo gaaf in de Westergasfabriek, jullie feest was echt next level 🔥",
  [("Westergasfabriek", "LOCATION")],
  ["opening-word", "loanword"]),

R("np3-125", "comment", "Ahh dankjewel! Ik heb nog steeds een zwak voor Katendrecht ❤️",
  [("Katendrecht", "LOCATION")],
  ["opening-word"]),

R("np3-126", "comment", "Tante Ans mag voortaan mijn catering komen doen 😂🙏",
  [("Ans", "PERSON")],
  ["kinship", "opening-word"]),

R("np3-127", "comment", "Met alle liefde Anouk! Je jurk was ook echt een kunstwerk, doe Marjolein de groeten",
  [("Anouk", "PERSON"), ("Marjolein", "PERSON")],
  ["vocative", "opening-word"]),

R("np3-128", "comment", "Nee helaas, ik fotografeer alleen in Nederland. Maar Vlieland staat nog op mijn lijstje!",
  [("Nederland", "LOCATION"), ("Vlieland", "LOCATION")],
  ["opening-word"]),

R("np3-129", "comment", "Dankjewel lieverd 😍",
  [],
  ["opening-word"]),

R("np3-130", "comment", "Hahaha ja Guus de labrador heeft de show gestolen",
  [],
  ["pet", "opening-word"]),

R("np3-131", "comment", "Welkom Noah🥹 Zo'n mooi mannetje",
  [("Noah", "PERSON")],
  ["vocative", "emoji-glued", "opening-word"]),

R("np3-132", "comment", "@elif.yildiz Helemaal goed, ik zet ze morgen in jullie galerij ✨",
  [("@elif.yildiz", "MENTION")],
  ["opening-word"]),

R("np3-133", "comment", "yasss hiba die zevende outfit 🔥🔥",
  [("hiba", "PERSON")],
  ["lowercase-name", "moroccan-name", "loanword"]),

R("np3-134", "comment", "Dat is de Gravestenenbrug in Haarlem! Vooral 's ochtends vroeg heel mooi",
  [("Gravestenenbrug", "LOCATION"), ("Haarlem", "LOCATION")],
  ["street", "opening-word"]),

R("np3-135", "comment", "Mark-Jan en Sanne-Mijn, jullie zijn de beste. Album komt eraan!",
  [("Mark-Jan", "PERSON"), ("Sanne-Mijn", "PERSON")],
  ["double-name", "couple", "vocative", "opening-word"]),

R("np3-136", "comment", "Zeker doen! De vuurtoren op Texel is ook echt prachtig bij ondergaand licht",
  [("Texel", "LOCATION")],
  ["opening-word"]),

R("np3-137", "comment", "Dank jullie wel @hennie.gerard 🥰 Op naar de vijftig, Hennie!",
  [("@hennie.gerard", "MENTION"), ("Hennie", "PERSON")],
  ["vocative", "nickname", "opening-word"]),

R("np3-138", "comment", "Haha nee die is van de Albert Heijn 😂 maar wel echt lekker",
  [],
  ["brand-with-name", "opening-word"]),

R("np3-139", "comment", "Aww Hazel is zo gegroeid! Doe Wessel en Inge de groeten ❤️",
  [("Hazel", "PERSON"), ("Wessel", "PERSON"), ("Inge", "PERSON")],
  ["opening-word"]),

R("np3-140", "comment", "Oh zeker, Fort bij Vechten is een van mijn favoriete locaties rond Utrecht",
  [("Fort bij Vechten", "LOCATION"), ("Utrecht", "LOCATION")],
  ["venue", "opening-word"]),

R("np3-141", "comment", "Dankjewel Wytske en Sjoerd! Ik heb er zelf ook zo van genoten 🌾",
  [("Wytske", "PERSON"), ("Sjoerd", "PERSON")],
  ["frisian-name", "vocative", "opening-word"]),

R("np3-142", "comment", "@laura.en.niels gefeliciteerd met jullie eerste jaar! 🥂",
  [("@laura.en.niels", "MENTION")],
  []),

R("np3-143", "comment", "Ja! De minisessies zijn in het Griftpark en in het Wilhelminapark, je kunt kiezen",
  [("Griftpark", "LOCATION"), ("Wilhelminapark", "LOCATION")],
  ["venue", "person-in-place", "opening-word"]),

R("np3-144", "comment", "Ahh Rik❤️ twaalf jaar en nog steeds mijn favoriete model",
  [("Rik", "PERSON")],
  ["word-name", "vocative", "emoji-glued", "opening-word"]),

R("np3-145", "comment", "Eerlijk? Ik weet het zelf ook niet meer. Welke vinden jullie het mooist?",
  [],
  ["opening-word"]),

R("np3-146", "comment", "Zeker, Ayşe teyze was de baas van de dag 😂 Nog bedankt voor de börek!",
  [("Ayşe", "PERSON")],
  ["turkish-name", "mixed-language", "opening-word"]),

R("np3-147", "comment", "Haha ja ome Henk en tante Joke stonden de hele avond vooraan bij de dj 🕺",
  [("Henk", "PERSON"), ("Joke", "PERSON")],
  ["kinship", "opening-word"]),

R("np3-148", "comment", "@studio.maan dankjewel voor de samenwerking! Die jurk van Vera was een droom",
  [("@studio.maan", "MENTION"), ("Vera", "PERSON")],
  ["word-name", "opening-word"]),

R("np3-149", "comment", "Super leuk! Ik sta er vanaf tien uur op het Vredenburgplein, kom gerust langs 😊",
  [("Vredenburgplein", "LOCATION")],
  ["street", "opening-word"]),

R("np3-150", "comment", "ik zie hier noor tim romy en stijn allemaal reageren haha, reünie! 😂",
  [("noor", "PERSON"), ("tim", "PERSON"), ("romy", "PERSON"),
   ("stijn", "PERSON")],
  ["lowercase-name", "name-list", "word-name"]),
]


# ---------------------------------------------------------------- checks

def fail(rid, msg):
    raise SystemExit("%s: %s" % (rid, msg))


def word_occurrences(text, surface):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [m.start() for m in pat.finditer(text)]


def name_tokens(span):
    return [t for t in span.split() if t.lower() not in PARTICLES]


def prev_word(text, start):
    m = re.search(r"([\w.]+)\W*$", text[:start])
    return m.group(1).lower() if m else ""


def is_emoji(ch):
    return unicodedata.category(ch) == "So"


def build(rec):
    rid, text = rec["id"], rec["text"]
    if text != text.strip():
        fail(rid, "text has outer whitespace")
    for line in text.split("\n"):
        if line != line.rstrip():
            fail(rid, "trailing whitespace on a line")
    handles = [(m.start(), m.end()) for m in HANDLE_RE.finditer(text)]
    hashtags = [(m.start(), m.end()) for m in HASHTAG_RE.finditer(text)]
    spans = []
    for ent in rec["ents"]:
        if len(ent) == 2:
            surface, label = ent
            occ = None
        else:
            surface, label, occ = ent
        if label not in LABELS:
            fail(rid, "bad label %r" % label)
        starts = word_occurrences(text, surface)
        if not starts:
            fail(rid, "surface %r not found at a word boundary" % surface)
        if occ is None:
            if len(starts) > 1:
                fail(rid, "surface %r occurs %d times; give occurrence"
                     % (surface, len(starts)))
            occ = 1
        if not 1 <= occ <= len(starts):
            fail(rid, "occurrence %d of %r out of range" % (occ, surface))
        s = starts[occ - 1]
        e = s + len(surface)
        if not (surface[0].isalnum() or surface[0] in "#@'"):
            fail(rid, "unclean start %r" % surface)
        if not (surface[-1].isalnum() or surface[-1] in "_'"):
            fail(rid, "unclean end %r" % surface)
        spans.append((s, e, label))
    # written in text order, no overlaps
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[0]:
            fail(rid, "entities not listed in text order at %r"
                 % text[b[0]:b[1]])
        if b[0] < a[1]:
            fail(rid, "overlap %r / %r" % (text[a[0]:a[1]], text[b[0]:b[1]]))
    spans.sort()
    # handles and hashtags
    ment = {(s, e) for s, e, l in spans if l == "MENTION"}
    if ment != set(handles):
        fail(rid, "MENTION spans %r != handles %r"
             % (sorted(ment), handles))
    tags = set(hashtags)
    for s, e, l in spans:
        surf = text[s:e]
        inside_tok = [t for t in handles + hashtags
                      if t[0] <= s < t[1] or t[0] < e <= t[1]]
        if l == "PERSON" and surf.startswith("#"):
            if (s, e) not in tags:
                fail(rid, "PERSON hashtag %r is not a whole hashtag" % surf)
        elif l != "MENTION" and inside_tok:
            fail(rid, "%s %r inside a handle or hashtag" % (l, surf))
        if l == "LOCATION":
            first = surf.split()[0]
            if first in LOC_BAD_START or surf.startswith("#"):
                fail(rid, "LOCATION %r starts badly" % surf)
        if l == "PERSON" and not surf.startswith("#"):
            first = surf.split()[0].lower()
            if first in KIN or first in TITLES or first in FAMILY:
                fail(rid, "PERSON %r starts with a title/kin word" % surf)
    # kinds
    kinds = rec["kinds"]
    for k in kinds:
        if k not in HAND_KINDS:
            fail(rid, "unknown or automatic kind %r" % k)
    if len(set(kinds)) != len(kinds):
        fail(rid, "duplicate kinds")
    persons = [(s, e) for s, e, l in spans if l == "PERSON"]
    plain = [(s, e) for s, e in persons if not text[s] == "#"]
    detect = {
        "hashtag-name": any(text[s] == "#" for s, e in persons),
        "particle-name": any(
            len(text[s:e].split()) > 1 and
            any(t.lower() in PARTICLES for t in text[s:e].split()[:-1])
            for s, e in plain),
        "lowercase-name": any(
            any(t[0].islower() for t in name_tokens(text[s:e]))
            for s, e in plain),
        "caps-name": any(
            any(len(t) > 1 and t.isupper() for t in name_tokens(text[s:e]))
            for s, e in plain),
        "word-name": any(
            any(t.lower().rstrip("'").removesuffix("'s") in WORD_NAMES
                for t in text[s:e].split())
            for s, e in plain),
        "kinship": any(prev_word(text, s) in KIN for s, e in plain),
        "title": any(prev_word(text, s) in TITLES for s, e in plain),
        "family-name": any(prev_word(text, s) in FAMILY for s, e in plain),
        "emoji-glued": any((e < len(text) and is_emoji(text[e])) or
                           (s > 0 and is_emoji(text[s - 1]))
                           for s, e in plain),
    }
    for k, v in detect.items():
        if v and k not in kinds:
            fail(rid, "kind %r missing" % k)
        if not v and k in kinds:
            fail(rid, "kind %r given but not found" % k)
    need_person = {"nickname", "double-name", "moroccan-name",
                   "turkish-name", "surinamese-name", "frisian-name",
                   "couple", "genitive", "vocative", "name-list", "famous"}
    for k in need_person & set(kinds):
        if not persons:
            fail(rid, "kind %r needs a PERSON" % k)
    if "couple" in kinds and len(persons) < 2 and not detect["hashtag-name"]:
        fail(rid, "couple needs two PERSON spans")
    if "name-list" in kinds and len(plain) < 3:
        fail(rid, "name-list needs three PERSON spans")
    need_loc = {"venue", "street", "person-in-place"}
    for k in need_loc & set(kinds):
        if not any(l == "LOCATION" for _, _, l in spans):
            fail(rid, "kind %r needs a LOCATION" % k)
    if "place-surname" in kinds and not (
            persons and any(l == "LOCATION" for _, _, l in spans)):
        fail(rid, "place-surname needs PERSON and LOCATION")
    auto = [rec["unit"]]
    if any(l == "LOCATION" for _, _, l in spans):
        auto.append("place")
    if ment:
        auto.append("mention")
    if not spans:
        auto.append("none")
    if "\n" in text:
        auto.append("multi-line")
    if set(hashtags) - {(s, e) for s, e in persons}:
        auto.append("hashtag")
    all_kinds = sorted(set(kinds) | set(auto))
    return {"id": rid, "text": text,
            "entities": [[s, e, l] for s, e, l in spans],
            "lang": "nl", "kind": all_kinds}


def main():
    verbose = "-v" in sys.argv[1:]
    ids = [r["id"] for r in RECORDS]
    want = ["np3-%03d" % i for i in range(1, 151)]
    if ids != want:
        raise SystemExit("ids are not np3-001..np3-150 in order")
    texts = [r["text"] for r in RECORDS]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate texts")
    for r in RECORDS:
        if r["unit"] not in ("caption", "comment"):
            fail(r["id"], "bad unit")
    out = [build(r) for r in RECORDS]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    if verbose:
        for o in out:
            t = o["text"]
            parts, last = [], 0
            for s, e, l in o["entities"]:
                parts.append(t[last:s])
                parts.append("[%s]%s" % (t[s:e], {"PERSON": "P",
                             "LOCATION": "L", "MENTION": "M"}[l]))
                last = e
            parts.append(t[last:])
            print("%s %s\n  %s\n" % (o["id"], " ".join(o["kind"]),
                                     "".join(parts).replace("\n", "\n  ")))
    # summary
    from collections import Counter
    lab = Counter(l for o in out for _, _, l in o["entities"])
    kc = Counter(k for o in out for k in o["kind"])
    withp = sum(1 for o in out
                if any(l == "PERSON" for _, _, l in o["entities"]))
    withp_unit = Counter(o["kind"][0] if False else
                         ("caption" if "caption" in o["kind"] else "comment")
                         for o in out
                         if any(l == "PERSON" for _, _, l in o["entities"]))
    print("records %d (captions %d, comments %d)" % (
        len(out), sum("caption" in o["kind"] for o in out),
        sum("comment" in o["kind"] for o in out)))
    print("with PERSON %d (captions %d, comments %d)" % (
        withp, withp_unit["caption"], withp_unit["comment"]))
    print("no entity %d" % kc["none"])
    print("spans %d: %s" % (sum(lab.values()), dict(sorted(lab.items()))))
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kc.items())))


if __name__ == "__main__":
    main()
