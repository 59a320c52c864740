#!/usr/bin/env python3
"""Held-out set "openings3": capitalised words that open a line or sentence
and are NOT people (interjections, cheers, greetings, feasts) against real
people at openings, in Dutch, French, German and English social-media text.

Records are written in readable form below; offsets are computed, checked
and written to gold.jsonl next to this script.

    python3 build_openings3.py        # build + check
    python3 build_openings3.py -v     # also list the opener words

Entity spec: (surface, label) or (surface, label, occurrence); occurrence is
the 0-based index among whole-word occurrences of the surface (case-sensitive;
the characters before and after are not letters, digits or underscore), given
only, and then always, when the surface occurs more than once as a whole word.

Extra per-record fields (not written to gold.jsonl):
  openers     the non-person words/phrases that open a line or sentence
              (checked: present, capitalised, at an opening, not inside a
              span; no word re-used more than three times in the whole set)
  word_uses   (surface, occurrence) of a PERSON string used in the same text
              as an ordinary word, greeting or feast (e.g. "Joyeux Noël" vs
              the tenor Noël)
  not_people_handles  @-strings that are not handles (none needed so far)
"""
import json
import os
import re
import sys
import unicodedata

P, L, M = "PERSON", "LOCATION", "MENTION"
LANGS = ("nl", "fr", "de", "en")
KINDS = (
    "opening-interjection", "opening-cheer", "opening-greeting",
    "opening-feast", "feast-hashtag", "feast-name-as-person",
    "person-opening", "person-vocative", "person-list", "person-mid",
    "hashtag-name", "place", "mention",
)
# kinds computed from the spans (added automatically, never written by hand)
DERIVED = ("person-opening", "person-mid", "hashtag-name", "place", "mention")

RECORDS = []


def R(id, lang, kinds, text, ents=(), openers=(), word_uses=(),
      not_people_handles=()):
    RECORDS.append(dict(id=id, lang=lang, kinds=list(kinds), text=text,
                        ents=list(ents), openers=list(openers),
                        word_uses=list(word_uses),
                        not_people_handles=list(not_people_handles)))

# ---------------------------------------------------------------------------
# Dutch (Netherlands and Flanders), 1-30
# ---------------------------------------------------------------------------
R("o3-nl-001", "nl", ["opening-feast", "feast-name-as-person", "feast-hashtag"],
  "Valentijn komt eraan! 🌹 Bestel je boeket vóór 12 februari.\nEn ja, onze eigen Valentijn (9 jaar 😄) helpt zaterdag mee met inpakken.\n#valentijn #bloemenwinkel #haarlem",
  [("Valentijn", P, 1)],
  openers=["Valentijn"], word_uses=[("Valentijn", 0)])

R("o3-nl-002", "nl", ["opening-interjection", "opening-greeting", "feast-hashtag"],
  "Amai, wat een drukte deze ochtend! 🍪\nSpeculaas en marsepein zijn bijna op, dus kom morgen op tijd.\nDank aan Griet voor de extra handen 🙏\n#sinterklaas #bakkerij #mechelen",
  [("Griet", P)],
  openers=["Amai", "Dank"])

R("o3-nl-003", "nl", ["opening-cheer", "feast-hashtag"],
  "ALAAF! 🎉🟥🟨🟩\nDe sleuteloverdracht op het Vrijthof was weer geweldig.\nPrins Ruud en zijn adjudant Twan: bedankt voor een top avond!\n#vastelaovend #mestreech",
  [("Vrijthof", L), ("Ruud", P), ("Twan", P)],
  openers=["ALAAF"])

R("o3-nl-004", "nl", ["opening-feast", "person-vocative"],
  "Sint-Maarten, Sint-Maarten, de koeien hebben staarten 🏮\nWat hebben de peuters van groep Vlinder hun lampionnen mooi geknutseld!\nJuf Maartje: wat een geduld heb jij 💛",
  [("Maartje", P)],
  openers=["Sint-Maarten"])

R("o3-nl-005", "nl", ["opening-greeting", "feast-name-as-person", "feast-hashtag"],
  "İyi bayramlar allemaal! 🌙\nDit jaar vierden we het Suikerfeest bij opa Bayram in Schiedam, met baklava van tante Sevgi 😍\n#suikerfeest #familie",
  [("Bayram", P), ("Schiedam", L), ("Sevgi", P)],
  openers=["İyi bayramlar"])

R("o3-nl-006", "nl", ["opening-interjection", "opening-feast"],
  "Hup, oranje aan en naar buiten! 🧡\nKoningsdag vieren we met tosti's en bier op het terras aan de Westerstraat.\nDJ Fleur draait vanaf 14u 🎶 @fleur.spins",
  [("Westerstraat", L), ("Fleur", P), ("@fleur.spins", M)],
  openers=["Hup", "Koningsdag"])

R("o3-nl-007", "nl", ["opening-interjection", "opening-greeting", "feast-hashtag"],
  "Kerstconcert in de Sint-Romboutskathedraal 🎄\nZalig om met zestig stemmen 'Stille Nacht' te zingen.\nProficiat aan dirigent Koen Peeters!\n#koor #kerstmis",
  [("Sint-Romboutskathedraal", L), ("Koen Peeters", P)],
  openers=["Zalig", "Proficiat"])

R("o3-nl-008", "nl", ["opening-interjection", "opening-greeting", "person-vocative"],
  "Jeetje, wat een transformatie! ✂️\nAyla kwam binnen met lang donker haar en ging weg met een koperen bob.\nBedankt voor je vertrouwen, Ayla 💇‍♀️\n📍 Rotterdam-Noord",
  [("Ayla", P, 0), ("Ayla", P, 1), ("Rotterdam-Noord", L)],
  openers=["Jeetje", "Bedankt"])

R("o3-nl-009", "nl", ["opening-cheer", "opening-greeting", "person-list", "person-vocative"],
  "Kom op meiden!! 🏑\nZondag 12:30 thuis in Zwolle, wees er op tijd.\nSuccesje Jet, Noor en Puck, jullie debuut in de D1 💪",
  [("Zwolle", L), ("Jet", P), ("Noor", P), ("Puck", P)],
  openers=["Kom op", "Succesje"])

R("o3-nl-010", "nl", ["opening-interjection", "feast-hashtag"],
  "Awel, daar zijn we weer: Sinksen in Antwerpen! 🎡\nLowie wilde per se in de botsauto's, Fien koos voor de suikerspin 😂\n#sinksenfoor #antwerpen",
  [("Antwerpen", L), ("Lowie", P), ("Fien", P)],
  openers=["Awel"])

R("o3-nl-011", "nl", ["opening-greeting", "person-vocative"],
  "Tige lok, Sjoukje en Hidde! 💍\nWat een prachtige dag op Terschelling, met wind, zon en een bruid die niet stopte met lachen.\nFotografie: @wadfoto.nl\n#sjoukjeenhidde",
  [("Sjoukje", P), ("Hidde", P), ("Terschelling", L), ("@wadfoto.nl", M),
   ("#sjoukjeenhidde", P)],
  openers=["Tige lok"])

R("o3-nl-012", "nl", ["opening-greeting"],
  "Moi! ☕ Vanaf vandaag zijn we ook op zondag open.\nZin in koffie met Groninger koek? Mark achter de bar weet er alles van 😉\n#stad #groningen",
  [("Mark", P)],
  openers=["Moi"])

R("o3-nl-013", "nl", ["opening-greeting", "feast-hashtag"],
  "Houdoe en bedankt, Oeteldonk! 🐸\nVier dagen gehost, gezongen en weinig geslapen.\nSpeciale dank aan ons Jeanneke, zonder jou was 't niks 🔴⚪🟡\n#carnaval #oeteldonk",
  [("Oeteldonk", L), ("Jeanneke", P)],
  openers=["Houdoe"])

R("o3-nl-014", "nl", ["opening-feast", "feast-hashtag"],
  "Keti Koti! ✊🏾 Vandaag herdenken en vieren we de afschaffing van de slavernij.\nMet oma Wilhelmina en de kleinkinderen naar het Oosterpark, in koto en met bravoe op tafel.\n#ketikoti #1juli",
  [("Wilhelmina", P), ("Oosterpark", L)],
  openers=["Keti Koti"])

R("o3-nl-015", "nl", ["opening-greeting", "opening-feast", "feast-name-as-person", "feast-hashtag"],
  "Phagwa mubaarak! 🌈 Wat een kleuren in het Zuiderpark vandaag.\nRakhi en haar broertje Ravi zaten binnen vijf minuten onder het abir 😂\n#phagwa #denhaag",
  [("Zuiderpark", L), ("Rakhi", P), ("Ravi", P)],
  openers=["Phagwa mubaarak"])

R("o3-nl-016", "nl", ["opening-interjection", "opening-feast", "feast-hashtag"],
  "Brrr! 🥶 Dikke Truiendag op school: verwarming een graadje lager, truien een maatje groter.\nJuf Annelies won met haar zelfgebreide kersttrui uit 1998 😂\n#dikketruiendag",
  [("Annelies", P)],
  openers=["Brrr", "Dikke Truiendag"])

R("o3-nl-017", "nl", ["opening-greeting", "opening-feast"],
  "Wesołych Świąt! 🎄\nWigilia bij babcia in Venlo: twaalf gerechten, barszcz met uszka en natuurlijk opłatek.\nKuba zat al om vijf uur klaar voor de eerste ster ⭐",
  [("Venlo", L), ("Kuba", P)],
  openers=["Wesołych Świąt", "Wigilia"])

R("o3-nl-018", "nl", ["opening-interjection"],
  "Chapeau mannen! 🚴\n142 km over de Veluwe, met tegenwind en één lekke band (Gijs, natuurlijk 🙈).\nVolgende week de Posbank op.\n@wtc_develuwerijders",
  [("Veluwe", L), ("Gijs", P), ("Posbank", L), ("@wtc_develuwerijders", M)],
  openers=["Chapeau"])

R("o3-nl-019", "nl", ["opening-greeting"],
  "Mazzel tov! ✡️ Onze Simcha is zaterdag bar mitswa geworden in de synagoge aan de Lekstraat.\nDank aan rabbijn Katz en iedereen die kwam 💙",
  [("Simcha", P), ("Lekstraat", L), ("Katz", P)],
  openers=["Mazzel tov", "Dank"])

R("o3-nl-020", "nl", ["opening-feast"],
  "Driekoningen, drie koningen, geef mij een nieuwe hoed 👑\nOnze koningentaarten met boon liggen klaar vanaf vrijdag.\nWie de boon vindt, is koning voor een dag! Vorig jaar was dat onze Jozefien 😄",
  [("Jozefien", P)],
  openers=["Driekoningen"])

R("o3-nl-021", "nl", ["opening-greeting", "feast-name-as-person"],
  "Ramadan Kareem aan al onze klanten 🌙\nVanaf vanavond zijn we open tot 1 uur 's nachts, voor na de iftar.\nKareem staat klaar met verse msemen en harira!\n📍 Kanaalstraat, Utrecht",
  [("Kareem", P, 1), ("Kanaalstraat", L), ("Utrecht", L)],
  openers=["Ramadan Kareem"], word_uses=[("Kareem", 0)])

R("o3-nl-022", "nl", ["opening-greeting", "opening-feast", "person-list", "feast-hashtag"],
  "Vrolijk Pasen! 🐰\nVanochtend zochten de kindjes van de Kikkergroep naar eieren in de tuin.\nLinde vond er 14, Mohammed 11 en kleine Bo één groot chocolade-ei 🥚\n#pasen #kinderopvang",
  [("Linde", P), ("Mohammed", P), ("Bo", P)],
  openers=["Vrolijk Pasen"])

R("o3-nl-023", "nl", ["opening-cheer", "opening-greeting", "person-list", "person-vocative"],
  "Ajuinen, 't is bijna zover! 🧅\nNog drie weken tot carnaval in Aalst, en onze groep bouwt al sinds oktober aan de praalwagen.\nBedankt Jens, Ward en Lien voor de late avonden in de loods 🍻",
  [("Aalst", L), ("Jens", P), ("Ward", P), ("Lien", P)],
  openers=["Ajuinen", "Bedankt"])

R("o3-nl-024", "nl", ["opening-feast", "opening-greeting"],
  "Oliebollen! 🍩 Vanaf 27 december staat onze kraam weer in Gouda.\nOud en Nieuw zonder appelflappen van opa Henk? Ondenkbaar.\nGelukkig nieuwjaar alvast 🎆",
  [("Gouda", L), ("Henk", P)],
  openers=["Oud en Nieuw", "Gelukkig nieuwjaar"])

R("o3-nl-025", "nl", ["opening-cheer"],
  "Hiep hiep hoera! 🎂 Onze Mila wordt vandaag 4!\nVan het hele team van kinderdagverblijf 't Bolleke: een dikke knuffel voor de jarige.\n#happybirthdaymila",
  [("Mila", P), ("#happybirthdaymila", P)],
  openers=["Hiep hiep hoera"])

R("o3-nl-026", "nl", ["opening-feast", "feast-hashtag"],
  "Pakjesavond! 🎁 De schoen van Sem stond al om zes uur klaar bij de kachel.\nSinterklaas bracht zelfs een brief mee voor oma Truus in Zeeland 🥹\n#pakjesavond #5december",
  [("Sem", P), ("Truus", P), ("Zeeland", L)],
  openers=["Pakjesavond", "Sinterklaas"])

R("o3-nl-027", "nl", ["opening-cheer", "person-list"],
  "Allez allez! ⚽️ De U11 wint met 4-2 van Zwarte Leeuw.\nDoelpunten van Arne (2x), Seppe en Nora 🔥\nVolgende week thuis tegen KVC Westerlo.",
  [("Arne", P), ("Seppe", P), ("Nora", P)],
  openers=["Allez allez"])

R("o3-nl-028", "nl", ["opening-feast", "opening-interjection"],
  "Hemelvaartweekend op Texel 🏕️\nJoepie, eindelijk weer de tent op! Vera heeft de vlieger al uitgepakt.\n#texel #kamperen",
  [("Texel", L), ("Vera", P)],
  openers=["Hemelvaartweekend", "Joepie"])

R("o3-nl-029", "nl", ["opening-feast", "opening-greeting", "person-vocative"],
  "Lentefeest van Juliette 🌸\nZo trots op dit meisje, en wat een mooie dag in het park van Tervuren.\nGefeliciteerd, lieve Juliette! 💐\n📸 @lichtenlens.be",
  [("Juliette", P, 0), ("Tervuren", L), ("Juliette", P, 1), ("@lichtenlens.be", M)],
  openers=["Lentefeest", "Gefeliciteerd"])

R("o3-nl-030", "nl", ["opening-feast"],
  "Moederdag = zondag 12 mei 💐\nOns boeket 'Mam' is bijna uitverkocht, maar Yvonne maakt ook graag iets op maat.\nAfhalen kan in de winkel in Zeist.",
  [("Yvonne", P), ("Zeist", L)],
  openers=["Moederdag"])

# ---------------------------------------------------------------------------
# Dutch (Netherlands and Flanders), 31-60
# ---------------------------------------------------------------------------
R("o3-nl-031", "nl", ["opening-interjection"],
  "Wollah, dit is de beste smashburger van Den Haag 🍔\nSerieus, ga naar de foodtruck op de Grote Markt en vraag naar Dewi.\nTag die ene vriend die altijd honger heeft 👇 @dewi.kookt",
  [("Den Haag", L), ("Grote Markt", L), ("Dewi", P), ("@dewi.kookt", M)],
  openers=["Wollah", "Serieus"])

R("o3-nl-032", "nl", ["opening-interjection", "opening-feast"],
  "Boe! 👻 Halloween op de speelplaats was een groot succes.\nMeester Thomas als vampier was onherkenbaar, juf Mieke als heks al evenmin 🧙‍♀️\nVrijdag geen school wegens Allerheiligen.",
  [("Thomas", P), ("Mieke", P)],
  openers=["Boe", "Halloween"])

R("o3-nl-033", "nl", ["opening-greeting", "person-vocative"],
  "Lotte, 18 jaar vandaag! 🥳\nWeet je nog, die zomer op Schiermonnikoog met de zandkastelen en de kwallen?\nHartelijk gefeliciteerd, van papa, mama en Tijn ❤️\n#lotte18",
  [("Lotte", P), ("Schiermonnikoog", L), ("Tijn", P), ("#lotte18", P)],
  openers=["Hartelijk gefeliciteerd"])

R("o3-nl-034", "nl", ["opening-cheer"],
  "Santé! 🥂 Ons koor bestaat 40 jaar en dat hebben we gevierd in de Sint-Pieterskerk in Leuven.\nEen speciaal woordje voor Godelieve, die er al vanaf de eerste repetitie bij is 💐",
  [("Sint-Pieterskerk", L), ("Leuven", L), ("Godelieve", P)],
  openers=["Santé"])

R("o3-nl-035", "nl", ["opening-cheer"],
  "HUP ORANJE 🧡🦁\nHele straat oranje voor de EK-finale, tante Joke heeft 200 vlaggetjes opgehangen.\nVanavond samen kijken bij buurman Frits!",
  [("Joke", P), ("Frits", P)],
  openers=["HUP"])

R("o3-nl-036", "nl", ["opening-greeting", "opening-feast"],
  "Gong hei fat choi! 🧧🐉\nChinees Nieuwjaar op de Zeedijk: leeuwendans, vuurwerk en veel te veel dumplings.\nMei-Ling heeft de hele ochtend rode envelopjes gevouwen.",
  [("Zeedijk", L), ("Mei-Ling", P)],
  openers=["Gong hei fat choi", "Chinees Nieuwjaar"])

R("o3-nl-037", "nl", ["opening-feast", "feast-hashtag"],
  "Sinterklaas kapoentje, gooi wat in mijn schoentje 🎶\nBij ons zet opa Klaas elk jaar samen met Robbe de schoen bij de kachel.\n#sintniklaas #traditie",
  [("Klaas", P), ("Robbe", P)],
  openers=["Sinterklaas"])

R("o3-nl-038", "nl", ["opening-greeting", "opening-feast", "feast-name-as-person"],
  "Eid Mubarak! 🐑🌙\nFijn Offerfeest aan iedereen die het viert.\nMubarak, onze buurman in Slotervaart, kwam vanmorgen met een schaal couscous langs. Shukran! 💚",
  [("Mubarak", P, 1), ("Slotervaart", L)],
  openers=["Eid Mubarak", "Fijn Offerfeest", "Shukran"],
  word_uses=[("Mubarak", 0)])

R("o3-nl-039", "nl", ["opening-feast", "opening-interjection"],
  "Kermis in Heerle! 🎠\nJao, de botsautootjes staon weer op 't Pancratiusplein.\nSjeng en Mariët zien d'r 't hiel weekend mèt de kleinkinder.",
  [("Heerle", L), ("Pancratiusplein", L), ("Sjeng", P), ("Mariët", P)],
  openers=["Kermis", "Jao"])

R("o3-nl-040", "nl", ["opening-interjection", "opening-feast", "opening-greeting", "person-vocative"],
  "Vrijheid! 🇳🇱 Bevrijdingsdag in Wageningen, en onze fanfare liep weer mee in het defilé.\nDank je wel, Jaap, voor 50 jaar trompet bij de vereniging 🎺",
  [("Wageningen", L), ("Jaap", P)],
  openers=["Vrijheid", "Bevrijdingsdag", "Dank"])

R("o3-nl-041", "nl", ["opening-feast", "opening-interjection", "feast-name-as-person"],
  "Zomer in de polder 🌾\nJesse leert fietsen zonder zijwieltjes en ik ren hijgend achter hem aan.\nOh en Summer, ons nichtje uit Londen, logeert twee weken bij ons! 🇬🇧",
  [("Jesse", P), ("Summer", P), ("Londen", L)],
  openers=["Zomer", "Oh"])

R("o3-nl-042", "nl", ["opening-interjection", "person-vocative"],
  "Allee gasten, wie gaat er mee naar de Gentse Feesten? 🎪\nSofie, gij zijt al ingeschreven, ge kunt niet meer terug 😂\n@sofie_vdb",
  [("Sofie", P), ("@sofie_vdb", M)],
  openers=["Allee"])

R("o3-nl-043", "nl", ["opening-feast", "opening-greeting", "feast-name-as-person"],
  "Kerstviering groep 5 🎄\nDe kinderen zongen 'Ere zij God' en Noël speelde de herder, met een baard van watten.\nFijne feestdagen namens het hele team van De Wegwijzer!",
  [("Noël", P)],
  openers=["Kerstviering", "Fijne feestdagen"])

R("o3-nl-044", "nl", ["opening-interjection"],
  "Hé, het ijs houdt! ⛸️\nEerste schaatsrondje van het jaar op de Oude Venen. Tjitske stond er om zeven uur al, natuurlijk.\n#natuurijs #friesland",
  [("Oude Venen", L), ("Tjitske", P)],
  openers=["Hé"])

R("o3-nl-045", "nl", ["opening-feast"],
  "Pinksteren = twee keer brunchen 😋\nOnze bakkers bakken zaterdag extra croissants en krentenbollen.\nBestel vóór vrijdag 17:00 via de link in bio, afhalen aan de Voorstraat in Dordrecht.",
  [("Voorstraat", L), ("Dordrecht", L)],
  openers=["Pinksteren"])

R("o3-nl-046", "nl", ["opening-interjection", "opening-greeting"],
  "Ocharme, onze Rikki heeft zijn poot bezeerd 🐶\nDe dierenarts zegt dat het met twee weken rust wel goed komt.\nDikke merci aan Lore, die de winkel deze week openhoudt 💛",
  [("Lore", P)],
  openers=["Ocharme", "Dikke merci"])

R("o3-nl-047", "nl", ["opening-cheer"],
  "Proost op 10 jaar Café De Zwaan! 🍻\nIn 2014 begon Marloes met een tapkast en een droom, nu staan er 12 man achter de bar.\nZaterdag feest met live muziek van Johnny & the Kiwi's.",
  [("Marloes", P)],
  openers=["Proost"])

R("o3-nl-048", "nl", ["opening-interjection", "opening-greeting", "feast-name-as-person", "person-vocative"],
  "Maşallah! 🧿 Welkom op de wereld, kleine Ramazan.\nGeboren op 3 april in Deventer, 3420 gram. Trotse ouders: Emre en Büşra 💙",
  [("Ramazan", P), ("Deventer", L), ("Emre", P), ("Büşra", P)],
  openers=["Maşallah", "Welkom"])

R("o3-nl-049", "nl", ["opening-interjection", "feast-hashtag"],
  "Gadver, regen op Koningsnacht ☔\nToch met z'n allen naar de Grote Markt in Groningen, want Anouk had al lang kaartjes.\n#koningsnacht",
  [("Grote Markt", L), ("Groningen", L), ("Anouk", P)],
  openers=["Gadver"])

R("o3-nl-050", "nl", ["opening-greeting", "feast-name-as-person", "person-vocative"],
  "Zalige Kerstmis iedereen! 🎄\nNoël verjaart op kerstdag, dus bij ons is het altijd dubbel feest: eerst taart, dan kalkoen.\nNoël, gelukkige verjaardag jongen! 🎂",
  [("Noël", P, 0), ("Noël", P, 1)],
  openers=["Zalige Kerstmis"])

R("o3-nl-051", "nl", ["opening-greeting"],
  "Ewa mattie, kom je vanavond nog naar het Museumplein? 🎤\nSaïd en Noah staan om 21:00 op het podium tijdens Amsterdam Dance Event.\n@said.vibes @noahmakesbeats",
  [("Museumplein", L), ("Saïd", P), ("Noah", P), ("@said.vibes", M),
   ("@noahmakesbeats", M)],
  openers=["Ewa"])

R("o3-nl-052", "nl", ["opening-feast", "opening-greeting", "person-list"],
  "Vaderdag bij de Bakkers 👨‍👧‍👦\nPap, bedankt voor alle zaterdagen langs de lijn bij het voetbal.\nLiefs van Daan en Maud",
  [("Bakkers", P), ("Daan", P), ("Maud", P)],
  openers=["Vaderdag", "Liefs"])

R("o3-nl-053", "nl", ["opening-greeting"],
  "Salukes! 👋 Vanaf maandag zijn we terug open na ons verlof in de Ardennen.\nAn en Veerle hebben nieuwe kleurtechnieken geleerd, boek gerust een afspraak.\n#kapsalon #brugge",
  [("Ardennen", L), ("An", P), ("Veerle", P)],
  openers=["Salukes"])

R("o3-nl-054", "nl", ["opening-interjection"],
  "Yesss, kampioen! 🏆\nDe C1 van korfbalvereniging Oranje Wit is ongeslagen kampioen geworden.\nTopscorer Isa gooide er 9 in tijdens de laatste wedstrijd 😱\nFeest in de kantine om 16u!",
  [("Isa", P)],
  openers=["Yesss"])

R("o3-nl-055", "nl", ["opening-greeting", "person-vocative"],
  "Lokwinske, Aukje! 🎉 Tweintich jier by ús yn 'e winkel.\nFan it hiele team, mei tank foar alles 🌷",
  [("Aukje", P)],
  openers=["Lokwinske"])

R("o3-nl-056", "nl", ["opening-greeting"],
  "Goeiemorgen Utrecht! ☀️\nVerse kaneelbroodjes uit de oven, en Hanna heeft vandaag de playlist gemaakt.\nTot straks aan de Oudegracht 💛",
  [("Utrecht", L), ("Hanna", P), ("Oudegracht", L)],
  openers=["Goeiemorgen", "Tot straks"])

R("o3-nl-057", "nl", ["opening-cheer", "person-vocative"],
  "Schol! 🍺 Op Wim, die na 35 jaar achter de toog met pensioen gaat.\nWim, zonder u was 't Hoekske nooit geworden wat het nu is.\nZaterdag afscheidsfeest, iedereen welkom!",
  [("Wim", P, 0), ("Wim", P, 1)],
  openers=["Schol"])

R("o3-nl-058", "nl", ["opening-greeting"],
  "Shubh Diwali! 🪔\nHet lichtjesfeest vierden we bij Nani in Den Haag, met diya's op elke vensterbank.\nAnjali en Dev maakten zelf de rangoli bij de voordeur ✨",
  [("Den Haag", L), ("Anjali", P), ("Dev", P)],
  openers=["Shubh Diwali"])

R("o3-nl-059", "nl", ["opening-interjection", "feast-hashtag"],
  "Bwa ja, het regent, maar de braderie in Kortrijk gaat gewoon door! ☔\nKom zeker langs aan onze stand, Kathleen schenkt warme chocomelk.\n#braderie #kortrijk",
  [("Kortrijk", L), ("Kathleen", P)],
  openers=["Bwa"])

R("o3-nl-060", "nl", ["opening-greeting", "feast-name-as-person", "feast-hashtag"],
  "Sjabbat sjalom vanuit Amstelveen 🕯️\nShalom en zijn vrouw Dina kwamen vrijdag eten, met een zelfgevlochten challe.\n#sjabbat",
  [("Amstelveen", L), ("Shalom", P), ("Dina", P)],
  openers=["Sjabbat sjalom"])

# ---------------------------------------------------------------------------
# French (France and Belgium)
# ---------------------------------------------------------------------------
R("o3-fr-001", "fr", ["opening-feast", "opening-greeting", "feast-name-as-person"],
  "Saint-Nicolas arrive à Liège ce samedi ! 🎁\nNos spéculoos et nos massepains sont prêts, et notre boulanger Nicolas a même fait des mitres en pain d'épices.\nBonne fête à tous les enfants sages 😇",
  [("Liège", L), ("Nicolas", P, 1)],
  openers=["Saint-Nicolas", "Bonne fête"], word_uses=[("Nicolas", 0)])

R("o3-fr-002", "fr", ["opening-interjection", "opening-greeting"],
  "Waouh, quelle lumière ce soir-là ! ✨\nÉlodie et Karim se sont dit oui au cœur du Luberon, entourés de leurs proches.\nMerci pour votre confiance 🤍\n#mariageprovence #elodieetkarim",
  [("Élodie", P), ("Karim", P), ("Luberon", L), ("#elodieetkarim", P)],
  openers=["Waouh", "Merci"])

R("o3-fr-003", "fr", ["opening-feast", "feast-hashtag"],
  "Mardi gras, enfin ! 🍊\nDepuis 4h du matin, les Gilles dansent dans les rues de Binche au son des tambours.\nMon cousin Grégory porte le chapeau à plumes pour la première fois, on est trop fiers 🥹\n#carnavaldebinche",
  [("Binche", L), ("Grégory", P)],
  openers=["Mardi gras"])

R("o3-fr-004", "fr", ["opening-greeting", "feast-hashtag"],
  "Aïd Moubarak à toutes et à tous 🌙\nBig up à tata Samira pour les cornes de gazelle, Yanis en a déjà mangé six 😅\n#aid #famille",
  [("Samira", P), ("Yanis", P)],
  openers=["Aïd Moubarak", "Big up"])

R("o3-fr-005", "fr", ["opening-feast"],
  "Fête des mères : dimanche 26 mai 💐\nPivoines, renoncules et un petit mot écrit à la main par Chantal, comme chaque année.\nLivraison possible à Nantes et à Rezé.",
  [("Chantal", P), ("Nantes", L), ("Rezé", L)],
  openers=["Fête des mères"])

R("o3-fr-006", "fr", ["opening-greeting", "opening-feast"],
  "Demat deoc'h ! 🎶\nFest-noz ce samedi à Quimper, avec Gwenaëlle Le Bihan à la harpe.\nVenez danser jusqu'au bout de la nuit. Kenavo !",
  [("Quimper", L), ("Gwenaëlle Le Bihan", P)],
  openers=["Demat", "Fest-noz", "Kenavo"])

R("o3-fr-007", "fr", ["opening-feast"],
  "Épiphanie à la maternelle 👑\nChaque classe a partagé sa galette, et c'est Inès qui a trouvé la fève chez les moyens !\nLe roi des grands : Timéo, très fier de sa couronne dorée.",
  [("Inès", P), ("Timéo", P)],
  openers=["Épiphanie"])

R("o3-fr-008", "fr", ["opening-interjection", "opening-greeting", "person-vocative"],
  "Allez hop, on range les barbecues : c'est la rentrée lundi ! 🎒\nGros bisous à Madame Jacqueline, qui part à la retraite après 38 ans à l'école communale de Jambes.\nOn t'aime, Jacqueline ❤️",
  [("Jacqueline", P, 0), ("Jambes", L), ("Jacqueline", P, 1)],
  openers=["Allez hop", "Gros bisous"])

R("o3-fr-009", "fr", ["opening-feast", "feast-name-as-person"],
  "Toussaint : les chrysanthèmes sont arrivés 🌼\nBlancs, jaunes, bordeaux… Toussaint, notre fournisseur de Hyères, nous a gâtés cette année.\nOuvert exceptionnellement le 1er novembre de 9h à 12h.",
  [("Toussaint", P, 1), ("Hyères", L)],
  openers=["Toussaint"], word_uses=[("Toussaint", 0)])

R("o3-fr-010", "fr", ["opening-cheer", "opening-greeting"],
  "Allez les Rouge et Noir ! 🏉\nVictoire 24-17 à domicile, avec un essai de Mathis à la 78e.\nBravo à toute l'équipe et à notre coach Fabien Lacroix.\n#rugby #toulouse",
  [("Mathis", P), ("Fabien Lacroix", P)],
  openers=["Allez les Rouge et Noir", "Bravo"])

R("o3-fr-011", "fr", ["opening-cheer"],
  "À la vôtre ! 🍷\nNotre cave fête ses 20 ans et Thierry a ouvert pour l'occasion un magnum de 2004.\nDégustation samedi à Ixelles, place Flagey, de 15h à 20h.",
  [("Thierry", P), ("Ixelles", L), ("place Flagey", L)],
  openers=["À la vôtre"])

R("o3-fr-012", "fr", ["opening-greeting", "opening-feast"],
  "Chúc mừng năm mới ! 🧧\nTết chez Bà Ngoại à Ivry-sur-Seine : bánh chưng, enveloppes rouges et fous rires.\nMinh a fait la danse du dragon dans le salon 🐉",
  [("Ivry-sur-Seine", L), ("Minh", P)],
  openers=["Chúc mừng năm mới", "Tết"])

R("o3-fr-013", "fr", ["opening-greeting"],
  "Wesh la team, on se capte à la Foire du Midi ce soir ? 🎡\nMoussa a dit qu'il paie les gaufres 😂\n@moussa.bxl",
  [("Moussa", P), ("@moussa.bxl", M)],
  openers=["Wesh"])

R("o3-fr-014", "fr", ["opening-greeting", "feast-name-as-person"],
  "Joyeux Noël de la part de la chorale Les Voix du Lac 🎄\nNotre concert à l'église Saint-Pierre d'Annecy a fait salle comble.\nUn immense merci à Noël, notre ténor de 82 ans, pour son solo 🥹",
  [("Saint-Pierre", L), ("Annecy", L), ("Noël", P, 1)],
  openers=["Joyeux Noël"], word_uses=[("Noël", 0)])

R("o3-fr-015", "fr", ["opening-greeting"],
  "Coucou les loulous ! 💇‍♀️\nNouvelle recrue au salon : Amandine, coloriste de talent, arrive tout droit de Villeurbanne.\nPrenez rendez-vous avec elle dès mardi.",
  [("Amandine", P), ("Villeurbanne", L)],
  openers=["Coucou"])

R("o3-fr-016", "fr", ["opening-interjection", "opening-greeting", "person-vocative"],
  "Oufti, quelle ambiance au 15 août en Outremeuse ! 🎉\nLes marionnettes de Tchantchès, le péket, les boulets… Liège, tu nous manquais.\nMerci Géraldine pour les photos 📸",
  [("Outremeuse", L), ("Liège", L), ("Géraldine", P)],
  openers=["Oufti", "Merci"])

R("o3-fr-017", "fr", ["opening-feast", "opening-interjection"],
  "14 Juillet : bal des pompiers ce soir à Saint-Malo ! 🎆\nYoupi, le feu d'artifice est de retour sur la plage.\nNadège vous attend au stand crêpes 😋",
  [("Saint-Malo", L), ("Nadège", P)],
  openers=["14 Juillet", "Youpi"])

R("o3-fr-018", "fr", ["opening-feast", "feast-name-as-person"],
  "Sainte-Catherine, tout bois prend racine 🌳\nComme chaque 25 novembre, on plante un arbre dans la cour de l'école.\nCette année c'est Catherine, notre directrice, qui a tenu la pelle !",
  [("Catherine", P, 1)],
  openers=["Sainte-Catherine"], word_uses=[("Catherine", 0)])

R("o3-fr-019", "fr", ["opening-greeting", "feast-name-as-person", "person-vocative"],
  "Mabrouk aux mariés ! 💍\nAmina et Mehdi, votre henné à Roubaix était magique, entre youyous et derboukas.\nEt un salut spécial à tonton Mabrouk, roi de la piste de danse 🕺",
  [("Amina", P), ("Mehdi", P), ("Roubaix", L), ("Mabrouk", P, 1)],
  openers=["Mabrouk"], word_uses=[("Mabrouk", 0)])

R("o3-fr-020", "fr", ["opening-greeting"],
  "Kaixo ! 🔴⚪\nLes Fêtes de Bayonne commencent mercredi : foulard rouge obligatoire.\nMaite et Iñaki ouvrent la peña à 18h, rendez-vous quai Galuperie.",
  [("Maite", P), ("Iñaki", P), ("quai Galuperie", L)],
  openers=["Kaixo"])

R("o3-fr-021", "fr", ["opening-interjection", "person-vocative"],
  "Oh là là, la file d'attente au marché de Noël 😳\nPlace Kléber à Strasbourg, 40 minutes pour un vin chaud et des bredele.\nLéa, tu me dois un bretzel. 🥨",
  [("Place Kléber", L), ("Strasbourg", L), ("Léa", P)],
  openers=["Oh là là"])

R("o3-fr-022", "fr", ["opening-feast"],
  "Laetare ! 🤍 Les Blancs Moussis ont envahi Stavelot ce dimanche.\nNotre petite Clémence a reçu son premier coup de vessie, elle n'a pas trop aimé 😅",
  [("Stavelot", L), ("Clémence", P)],
  openers=["Laetare"])

R("o3-fr-023", "fr", ["opening-greeting", "opening-feast"],
  "Joyeuses Pâques ! 🐣\nNos poules en chocolat noir ont été moulées une à une par Solène.\nDernières commandes samedi midi, boutique rue Mercière à Lyon.",
  [("Solène", P), ("rue Mercière", L), ("Lyon", L)],
  openers=["Joyeuses Pâques"])

R("o3-fr-024", "fr", ["opening-greeting"],
  "Hag Hanoukka Saméa'h ! 🕎\nHuitième bougie allumée ce soir chez les Benhamou, à Sarcelles.\nDavid a encore fait brûler les beignets, comme tous les ans 😂",
  [("Benhamou", P), ("Sarcelles", L), ("David", P)],
  openers=["Hag Hanoukka Saméa'h"])

R("o3-fr-025", "fr", ["opening-feast", "opening-cheer"],
  "Carnaval à la crèche 🎭\nCoccinelles, pirates et une petite licorne nommée Zoé ont défilé dans la cour.\nHOURRA pour les parents couturiers !",
  [("Zoé", P)],
  openers=["Carnaval", "HOURRA"])

R("o3-fr-026", "fr", ["opening-feast"],
  "Fête de la musique 🎸\nCe soir, Julien et son groupe jouent devant la boulangerie, rue de la République à Arles.\nVenez nombreux, croissants offerts aux musiciens !",
  [("Julien", P), ("rue de la République", L), ("Arles", L)],
  openers=["Fête de la musique"])

R("o3-fr-027", "fr", ["opening-interjection"],
  "Potverdekke, 30 degrés au Manneken Pis ! ☀️\nNotre Jeanine a sorti le parasol de 1987 pour la terrasse.\nUne fois, venez boire une gueuze bien fraîche !",
  [("Manneken Pis", L), ("Jeanine", P)],
  openers=["Potverdekke", "Une fois"])

R("o3-fr-028", "fr", ["opening-interjection"],
  "Yalla, on lance les précommandes de maamoul pour la fin du Ramadan 🌙\nRania fait tout à la main dans notre atelier de Marseille.\n@maamoul.rania",
  [("Rania", P), ("Marseille", L), ("@maamoul.rania", M)],
  openers=["Yalla"])

R("o3-fr-029", "fr", ["opening-cheer", "feast-hashtag"],
  "Santé ! 🍇 Le beaujolais nouveau est arrivé au bistrot.\nRaymond, 91 ans, client depuis 1958, a eu le premier verre, comme le veut la tradition.\n#beaujolaisnouveau #villefranche",
  [("Raymond", P)],
  openers=["Santé"])

R("o3-fr-030", "fr", ["opening-greeting", "feast-name-as-person"],
  "Bonne année 2025 ! 🥂\nGrâce à Sylvestre, notre DJ du réveillon de la Saint-Sylvestre, la nuit fut mémorable à Charleroi.\nOn remet ça l'an prochain ?",
  [("Sylvestre", P, 0), ("Charleroi", L)],
  openers=["Bonne année"], word_uses=[("Sylvestre", 1)])

R("o3-fr-031", "fr", ["opening-interjection"],
  "Fan de chichourle, quel carreau ! 🎯\nMarius a gagné le concours du club contre les champions d'Aubagne.\nPastis offert par Josiane au bar du boulodrome.",
  [("Marius", P), ("Aubagne", L), ("Josiane", P)],
  openers=["Fan de chichourle"])

R("o3-fr-032", "fr", ["opening-feast"],
  "Ascension au Pays basque 🌊\nBaptême de notre petit Gabriel à Saint-Jean-de-Luz, puis pique-nique sur la plage avec papi Gérard.\n#baptemegabriel",
  [("Pays basque", L), ("Gabriel", P), ("Saint-Jean-de-Luz", L), ("Gérard", P),
   ("#baptemegabriel", P)],
  openers=["Ascension"])

R("o3-fr-033", "fr", ["opening-greeting"],
  "Shubh Deepavali ! 🪔\nLe quartier de La Chapelle s'illumine, et Priya a dessiné son premier kolam devant la boutique.\nDes douceurs offertes toute la journée 🍬",
  [("La Chapelle", L), ("Priya", P)],
  openers=["Shubh Deepavali"])

R("o3-fr-034", "fr", ["opening-greeting"],
  "Bisous bisous et à la semaine prochaine ! 😘\nLe salon ferme pour la Pentecôte, Cindy part en Corse.\nRéouverture le mardi 11 juin.",
  [("Cindy", P), ("Corse", L)],
  openers=["Bisous bisous"])

R("o3-fr-035", "fr", ["opening-cheer", "person-vocative"],
  "Sto lat, Babcia Halina ! 🎂\n90 ans aujourd'hui : née à Cracovie, arrivée à Lens en 1951 pour la mine.\nToute la famille Nowak t'embrasse fort ❤️",
  [("Halina", P), ("Cracovie", L), ("Lens", L), ("Nowak", P)],
  openers=["Sto lat"])

R("o3-fr-036", "fr", ["opening-greeting", "feast-name-as-person"],
  "Auguri e Buon Natale ! 🎄\nChez nous à La Louvière, le réveillon c'est sept poissons et la sauce de nonno Natale.\nGrazie à tous les clients de l'épicerie ❤️",
  [("La Louvière", L), ("Natale", P, 1)],
  openers=["Auguri", "Grazie"], word_uses=[("Natale", 0)])

R("o3-fr-037", "fr", ["opening-feast", "opening-interjection", "person-vocative"],
  "Ducasse à Fives ce week-end 🎠\nEh ben, min tiot Lucas a fait trois tours de manège à lui tout seul.\nBrigitte, t'as vu ch'chapeau qu'il a gagné ?",
  [("Fives", L), ("Lucas", P), ("Brigitte", P)],
  openers=["Ducasse", "Eh ben"])

R("o3-fr-038", "fr", ["opening-greeting", "person-vocative"],
  "Félicitations Margaux et Antoine ! 🤍\nUn mariage intime près de Chambord, sous une pluie fine qui n'a découragé personne.\n📷 @studiolumiere.fr",
  [("Margaux", P), ("Antoine", P), ("Chambord", L), ("@studiolumiere.fr", M)],
  openers=["Félicitations"])

R("o3-fr-039", "fr", ["opening-greeting"],
  "Bonjour bonjour ! ☀️\nLes inscriptions pour le camp d'été à Bouillon sont ouvertes.\nDes questions ? Écrivez à Jérôme, notre chef d'unité 🐻",
  [("Bouillon", L), ("Jérôme", P)],
  openers=["Bonjour"])

R("o3-fr-040", "fr", ["opening-interjection", "person-list"],
  "Inchallah, le nouveau local ouvre le 1er septembre à Saint-Denis ! 🙏\nLeila, Sofiane, Nour et Walid ont bossé tout l'été sur les travaux.\nHamdoulilah pour tout ❤️",
  [("Saint-Denis", L), ("Leila", P), ("Sofiane", P), ("Nour", P), ("Walid", P)],
  openers=["Inchallah", "Hamdoulilah"])

# ---------------------------------------------------------------------------
# German (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------
R("o3-de-001", "de", ["opening-feast", "feast-name-as-person", "feast-hashtag"],
  "Nikolaus steht vor der Tür! 🎅\nUnsere Stutenkerle liegen ab Montag in der Theke, gebacken von Nikolaus Brenner höchstpersönlich.\n#nikolaus #bäckerei #münster",
  [("Nikolaus Brenner", P)],
  openers=["Nikolaus"], word_uses=[("Nikolaus", 0)])

R("o3-de-002", "de", ["opening-cheer", "opening-feast"],
  "Alaaf! 🤡🔴⚪\nElfter im Elften und wir stehen mit dem ganzen Kegelclub am Heumarkt in Köln.\nJupp hat sich als Funkenmariechen verkleidet, Bilder folgen 😂",
  [("Heumarkt", L), ("Köln", L), ("Jupp", P)],
  openers=["Alaaf", "Elfter im Elften"])

R("o3-de-003", "de", ["opening-cheer", "opening-feast", "opening-interjection"],
  "HELAU ihr Narren! 🎭\nRosenmontag in Mainz, und die Garde von Tante Hilde marschiert zum 30. Mal mit.\nSchee war's!",
  [("Mainz", L), ("Hilde", P)],
  openers=["HELAU", "Rosenmontag", "Schee"])

R("o3-de-004", "de", ["opening-cheer", "opening-feast"],
  "Narri! Narro! 🎭\nSchmotziger Dunschtig in Rottweil, die Häs sind gebügelt.\nOpa Alois ist seit 1961 als Federahannes dabei 🪶",
  [("Rottweil", L), ("Alois", P)],
  openers=["Narri", "Narro", "Schmotziger Dunschtig"])

R("o3-de-005", "de", ["opening-feast", "opening-greeting", "feast-name-as-person"],
  "Silvester mit der ganzen Bande 🎆\nSilvester hat am 31. Geburtstag, also gibt's bei uns doppelt Party!\nGuten Rutsch euch allen 🍀",
  [("Silvester", P, 1)],
  openers=["Silvester", "Guten Rutsch"], word_uses=[("Silvester", 0)])

R("o3-de-006", "de", ["opening-greeting"],
  "Servus aus Salzburg! ☀️\nHeute Brautpaarshooting im Mirabellgarten mit Verena und Lukas.\nBusserl an euch zwei 💕\n📸 @alpenlicht.fotografie",
  [("Salzburg", L), ("Mirabellgarten", L), ("Verena", P), ("Lukas", P),
   ("@alpenlicht.fotografie", M)],
  openers=["Servus", "Busserl"])

R("o3-de-007", "de", ["opening-greeting", "feast-name-as-person"],
  "Allegra! 🏔️ Willkommen im Engadin.\nUnser Hotel in Pontresina sucht für die Wintersaison Verstärkung im Service.\nBewerbungen bitte an Allegra Caduff, Leitung Personal.",
  [("Engadin", L), ("Pontresina", L), ("Allegra Caduff", P)],
  openers=["Allegra", "Willkommen"], word_uses=[("Allegra", 0)])

R("o3-de-008", "de", ["opening-greeting"],
  "Grüezi mitenand! 🔥⛄\nAm Sechseläuten brennt der Böögg um 18 Uhr auf dem Sechseläutenplatz.\nUrs hat schon Wetten abgeschlossen, wie lange es dauert, bis der Kopf explodiert.",
  [("Sechseläutenplatz", L), ("Urs", P)],
  openers=["Grüezi"])

R("o3-de-009", "de", ["opening-interjection"],
  "Digga, was ein Sonnenuntergang auf dem Tempelhofer Feld 🌅\nMit Kemal einfach bis 22 Uhr sitzen geblieben.\nBerlin, du Schöne ❤️",
  [("Tempelhofer Feld", L), ("Kemal", P), ("Berlin", L)],
  openers=["Digga"])

R("o3-de-010", "de", ["opening-cheer", "opening-feast"],
  "O'zapft is! 🍺🥨\nWiesn-Auftakt mit der Trachtengruppe aus Dachau, und Sepp hat diesmal die Maß nicht verschüttet.\nProsit der Gemütlichkeit!",
  [("Dachau", L), ("Sepp", P)],
  openers=["O'zapft is", "Wiesn-Auftakt", "Prosit"])

R("o3-de-011", "de", ["opening-interjection", "opening-feast", "feast-hashtag"],
  "Jessas, die Krampusse waren heuer wild! 😈\nKrampuslauf in Bad Ischl, und unser Florian war zum ersten Mal dabei, mit selbstgeschnitzter Larve.\n#krampuslauf #salzkammergut",
  [("Bad Ischl", L), ("Florian", P)],
  openers=["Jessas", "Krampuslauf"])

R("o3-de-012", "de", ["opening-greeting", "feast-name-as-person"],
  "Newroz pîroz be! 🔥💚❤️💛\nIn Bielefeld sind wir mit der ganzen Familie übers Feuer gesprungen.\nUnsere Newroz wird heute außerdem 7 – doppelter Grund zum Feiern 🎂",
  [("Bielefeld", L), ("Newroz", P, 1)],
  openers=["Newroz pîroz be"], word_uses=[("Newroz", 0)])

R("o3-de-013", "de", ["opening-interjection", "opening-greeting"],
  "Juhu, endlich Schulkind! 🎒\nMaximilian und seine Zuckertüte (fast größer als er) vor der Schule in Leipzig-Gohlis.\nAlles Gute für den Start, kleiner Mann 🍀\n#maxiistschulkind",
  [("Maximilian", P), ("Leipzig-Gohlis", L), ("#maxiistschulkind", P)],
  openers=["Juhu", "Alles Gute"])

R("o3-de-014", "de", ["opening-greeting", "opening-interjection"],
  "Grüß Gott! 🎶\nAm Stefanitag singt unser Kirchenchor die Pastoralmesse im Stephansdom.\nGloria! Die Generalprobe war ein Traum, die Soli übernimmt Theresa Huber.",
  [("Stephansdom", L), ("Theresa Huber", P)],
  openers=["Grüß Gott", "Gloria"])

R("o3-de-015", "de", ["opening-greeting", "opening-cheer", "feast-name-as-person"],
  "Glück auf! ⚒️💙\n3:1 gegen den Nachbarn, die Kurve hat gebebt. Ole, ole, ole!\nUnd Ole aus der U19 mit seinem ersten Tor bei den Profis – Wahnsinn.",
  [("Ole", P, 1)],
  openers=["Glück auf", "Ole"], word_uses=[("Ole", 0)])

R("o3-de-016", "de", ["opening-feast"],
  "Muttertag naht! 🌷\nRanunkeln, Pfingstrosen, Schleierkraut – Bine bindet euch, was ihr wollt.\nAbholung Samstag bis 13 Uhr in der Hauptstraße 12, Heidelberg-Handschuhsheim.",
  [("Bine", P), ("Hauptstraße", L), ("Heidelberg-Handschuhsheim", L)],
  openers=["Muttertag"])

R("o3-de-017", "de", ["opening-interjection", "opening-feast"],
  "Mei, is des schee! 🌼\nPfingstferien am Chiemsee mit Oma Resi und den Enkerln.\nFranzi hat heute zum ersten Mal ein Boot gesteuert ⛵",
  [("Chiemsee", L), ("Resi", P), ("Franzi", P)],
  openers=["Mei", "Pfingstferien"])

R("o3-de-018", "de", ["opening-cheer", "opening-greeting"],
  "Prost Neujahr! 🍾\nDanke an alle, die mit uns im Vereinsheim reingefeiert haben.\nUnd danke an Dieter für die Raketen und für die Berliner 🍩",
  [("Dieter", P)],
  openers=["Prost Neujahr", "Danke"])

R("o3-de-019", "de", ["opening-feast", "person-vocative"],
  "Zibelemärit! 🧅\nSchon um 5 Uhr morgens auf dem Bundesplatz, mit Zwiebelkuchen und Konfetti.\nUeli, danke fürs Mitnehmen 😄",
  [("Bundesplatz", L), ("Ueli", P)],
  openers=["Zibelemärit"])

R("o3-de-020", "de", ["opening-feast", "opening-greeting", "person-list", "feast-hashtag"],
  "Heiligabend bei den Schröders 🎄\nFrohe Weihnachten von Papa, Mama, Emil und Klara!\n#weihnachten #familienzeit",
  [("Schröders", P), ("Emil", P), ("Klara", P)],
  openers=["Heiligabend", "Frohe Weihnachten"])

R("o3-de-021", "de", ["opening-greeting"],
  "Baba und foi ned! 👋\nDas Café bleibt bis 7. Jänner geschlossen, Herr Pokorny und das Team machen Urlaub in Kärnten.\nA guats Neichs!",
  [("Pokorny", P), ("Kärnten", L)],
  openers=["Baba", "A guats Neichs"])

R("o3-de-022", "de", ["opening-interjection", "opening-feast"],
  "Boah, 43 Eier im Garten versteckt und die Kinder finden sie in zehn Minuten 😂\nOstern bei Oma in Bremen ist jedes Jahr Chaos pur.\nHannes ist jetzt offiziell im Zuckerschock.",
  [("Bremen", L), ("Hannes", P)],
  openers=["Boah", "Ostern"])

R("o3-de-023", "de", ["opening-greeting"],
  "Chag Purim Sameach! 🎭\nIn der Gemeinde in Frankfurt gab es Hamantaschen und eine Megilla-Lesung für die Kinder.\nEsther, unsere Kleinste, war natürlich als Königin verkleidet 👑",
  [("Frankfurt", L), ("Esther", P)],
  openers=["Chag Purim Sameach"])

R("o3-de-024", "de", ["opening-cheer", "opening-feast", "opening-greeting"],
  "Auf geht's, Burschen! 💪\nMaibaumaufstellen in Oberammergau: 32 Meter Fichte und kein Kran.\nDanke an Vroni für die Brotzeit danach 🥨",
  [("Oberammergau", L), ("Vroni", P)],
  openers=["Auf geht's", "Maibaumaufstellen", "Danke"])

R("o3-de-025", "de", ["opening-feast", "opening-cheer", "person-list"],
  "Morgestraich! Vorwärts, marsch! 🥁\nPunkt 4 Uhr gingen in Basel alle Lichter aus.\nUnsere Clique mit Reto, Nadja und Sämi war vorne mit dabei.",
  [("Basel", L), ("Reto", P), ("Nadja", P), ("Sämi", P)],
  openers=["Morgestraich", "Vorwärts"])

R("o3-de-026", "de", ["opening-feast", "opening-greeting"],
  "Erntedank in der Kita Sonnenschein 🍎🎃\nDie Kinder haben Kürbisse, Äpfel und Kartoffeln zum Altar der Pauluskirche getragen.\nVergelt's Gott an Bauer Thomsen für die Spende!",
  [("Pauluskirche", L), ("Thomsen", P)],
  openers=["Erntedank", "Vergelt's Gott"])

R("o3-de-027", "de", ["opening-interjection"],
  "Oida, wos fia a Schnee! ❄️\nErster Skitag am Kitzsteinhorn, die Lena und i san seit 8 auf da Piste.\n@lena.shreds",
  [("Kitzsteinhorn", L), ("Lena", P), ("@lena.shreds", M)],
  openers=["Oida"])

R("o3-de-028", "de", ["opening-feast", "feast-name-as-person"],
  "Sankt Martin, Sankt Martin, Sankt Martin ritt durch Schnee und Wind 🏮\nDer Laternenumzug startet um 17 Uhr am Rathaus, Pferd inklusive.\nDie Bärengruppe läuft mit Erzieher Martin ganz vorne.",
  [("Martin", P, 3)],
  openers=["Sankt Martin"],
  word_uses=[("Martin", 0), ("Martin", 1), ("Martin", 2)])

R("o3-de-029", "de", ["opening-greeting"],
  "Moin moin aus Hamburg! ⚓\nHeute mit @jana.kocht auf dem Fischmarkt, Franzbrötchen in der Hand.\nWer kommt nächstes Mal mit?",
  [("Hamburg", L), ("@jana.kocht", M), ("Fischmarkt", L)],
  openers=["Moin"])

R("o3-de-030", "de", ["opening-feast"],
  "Chalandamarz! 🔔\nIn Scuol ziehen die Kinder mit Glocken durchs Dorf, um den Winter zu vertreiben.\nGian läutet dieses Jahr die grösste Schelle.",
  [("Scuol", L), ("Gian", P)],
  openers=["Chalandamarz"])

# ---------------------------------------------------------------------------
# English (UK and Ireland)
# ---------------------------------------------------------------------------
R("o3-en-001", "en", ["opening-greeting", "opening-feast", "feast-name-as-person"],
  "Nollaig Shona daoibh! 🎄\nChristmas morning in Galway with Nana Bríd, and our own little Nollaig opening her very first stocking.\nShe was more interested in the wrapping paper 😂",
  [("Galway", L), ("Bríd", P), ("Nollaig", P, 1)],
  openers=["Nollaig Shona", "Christmas"], word_uses=[("Nollaig", 0)])

R("o3-en-002", "en", ["opening-feast", "opening-greeting", "feast-hashtag"],
  "Pancake Day! 🥞 Flip in from 7am: lemon and sugar, Nutella, or bacon and maple.\nShout out to Keisha on the griddle, she's done 300 already.\n#shrovetuesday #bristol",
  [("Keisha", P)],
  openers=["Pancake Day", "Shout out"])

R("o3-en-003", "en", ["opening-cheer", "opening-feast", "feast-name-as-person"],
  "Sláinte! ☘️\nPaddy's Day is nearly here and the Guinness is settling nicely.\nOur Paddy behind the bar turns 70 on the day itself, so give him a cheer if you're in Dingle.",
  [("Paddy", P, 1), ("Dingle", L)],
  openers=["Sláinte", "Paddy's Day"], word_uses=[("Paddy", 0)])

R("o3-en-004", "en", ["opening-feast", "opening-greeting", "feast-name-as-person"],
  "Autumn weddings have my heart 🍂\nAutumn and Callum married at Chatsworth in the most glorious October light.\nCongratulations, you two! 📸 @peakdistrictweddings",
  [("Autumn", P, 1), ("Callum", P), ("Chatsworth", L), ("@peakdistrictweddings", M)],
  openers=["Autumn", "Congratulations"], word_uses=[("Autumn", 0)])

R("o3-en-005", "en", ["opening-interjection", "opening-greeting"],
  "Haud on tae yer hats, it's Hogmanay! 🎆\nWe'll be up Calton Hill for the bells, then first-footing at Morag's with a lump of coal.\nLang may yer lum reek!",
  [("Calton Hill", L), ("Morag's", P)],
  openers=["Haud on", "Lang may yer lum reek"])

R("o3-en-006", "en", ["opening-cheer"],
  "Up the village! 💙🤍\nWhat a win in Thurles, lads. Darragh's point in injury time nearly lifted the roof off the stand.\n#gaa #hurling",
  [("Thurles", L), ("Darragh's", P)],
  openers=["Up"])

R("o3-en-007", "en", ["opening-greeting", "feast-hashtag"],
  "Happy Diwali from everyone at Oakfield Primary! 🪔\nYear 3 made clay diyas with Mrs Kaur, and Arjun told the whole class the story of Rama and Sita.\n#diwali",
  [("Kaur", P), ("Arjun", P)],
  openers=["Happy Diwali"])

R("o3-en-008", "en", ["opening-greeting"],
  "Eid Mubarak from our family to yours! 🌙✨\nFirst Eid with baby Zayn, and Nani cried when he wore the little kurta she stitched.\n📍 Harehills, Leeds",
  [("Zayn", P), ("Harehills", L), ("Leeds", L)],
  openers=["Eid Mubarak"])

R("o3-en-009", "en", ["opening-feast", "feast-name-as-person", "feast-hashtag"],
  "Valentine's is a week away, lovebirds 🌹\nOrders close Tuesday at 5pm. Valentine, our delivery driver, will be doing the Clifton round all day on the 14th.\n#valentinesday",
  [("Valentine", P, 1), ("Clifton", L)],
  openers=["Valentine's"], word_uses=[("Valentine", 0)])

R("o3-en-010", "en", ["opening-feast"],
  "Remember, remember the fifth of November 🎆\nBonfire Night at the rugby club in Lewes: toffee apples and sparklers galore.\nOur Guy made his own guy for the bonfire, stuffed with Dad's old jumpers 😂",
  [("Lewes", L), ("Guy", P)],
  openers=["Bonfire Night"])

R("o3-en-011", "en", ["opening-greeting", "opening-feast", "feast-name-as-person"],
  "Lá Fhéile Bríde sona daoibh! 🌾\nThe children made Brigid's crosses from rushes at the school in Kildare this morning.\nThanks to Brigid Nolan, our caretaker, for cutting the rushes down by the canal.",
  [("Kildare", L), ("Brigid Nolan", P)],
  openers=["Lá Fhéile Bríde", "Thanks"], word_uses=[("Brigid", 0)])

R("o3-en-012", "en", ["opening-cheer", "person-vocative"],
  "GET IN!!! ⚽️🔥\nLast-minute winner from Tayo and the away end at Hillsborough went absolutely mental.\nTayo! You absolute legend.",
  [("Tayo", P, 0), ("Hillsborough", L), ("Tayo", P, 1)],
  openers=["GET IN"])

R("o3-en-013", "en", ["opening-greeting"],
  "Chag sameach! 🕎\nThe menorah's lit in the window and Grandpa has made his famous latkes again.\nMazel tov to cousin Rivka on the engagement, what a night 💍",
  [("Rivka", P)],
  openers=["Chag sameach", "Mazel tov"])

R("o3-en-014", "en", ["opening-interjection", "opening-feast"],
  "Janey Mac, would you look at the size of that queue 😂\nHalloween in Derry is something else.\nSiobhán went as a banshee and won the costume prize 👻",
  [("Derry", L), ("Siobhán", P)],
  openers=["Janey Mac", "Halloween"])

R("o3-en-015", "en", ["opening-interjection", "opening-greeting", "feast-name-as-person"],
  "Noel, Noel! 🎶\nOur Christmas concert at St Martin-in-the-Fields was a dream.\nHuge thanks to Noel Ashworth, who has conducted us for 25 years and still wears the reindeer tie 🦌",
  [("St Martin-in-the-Fields", L), ("Noel Ashworth", P)],
  openers=["Noel", "Huge thanks"], word_uses=[("Noel", 0), ("Noel", 1)])

R("o3-en-016", "en", ["opening-feast", "feast-name-as-person"],
  "Winter has properly arrived in the Lakes ❄️\nWinter and her little sister Ivy built a snowman outside the cottage in Grasmere this morning.\nHot chocolate o'clock ☕",
  [("Lakes", L), ("Winter", P, 1), ("Ivy", P), ("Grasmere", L)],
  openers=["Winter"], word_uses=[("Winter", 0)])

R("o3-en-017", "en", ["opening-greeting", "opening-feast"],
  "Wesołego Alleluja! 🐣\nŚmigus-dyngus in our garden in Ealing: Kacper soaked his sisters with the hose before breakfast.\nBabcia was not impressed.",
  [("Ealing", L), ("Kacper", P)],
  openers=["Wesołego Alleluja", "Śmigus-dyngus"])

R("o3-en-018", "en", ["opening-interjection"],
  "Ah sure look, it rained, but Aoife and Cian couldn't have cared less ☔💍\nMarried in Adare, danced till 3am.\n#aoifeandcian",
  [("Aoife", P), ("Cian", P), ("Adare", L), ("#aoifeandcian", P)],
  openers=["Ah"])

R("o3-en-019", "en", ["opening-greeting", "opening-feast"],
  "Kung hei fat choy! 🐉\nLunar New Year at Little Acorns: we made paper lanterns and tried noodles with chopsticks.\nEveryone agreed Mei was the chopstick champion 🥢",
  [("Mei", P)],
  openers=["Kung hei fat choy", "Lunar New Year"])

R("o3-en-020", "en", ["opening-interjection", "opening-feast", "opening-greeting"],
  "Blimey, what a week! ✂️\nProm season has officially started and Jade has done 14 updos since Monday.\nCheers for all the lovely reviews, Chelmsford 💜",
  [("Jade", P), ("Chelmsford", L)],
  openers=["Blimey", "Prom season", "Cheers"])

R("o3-en-021", "en", ["opening-greeting"],
  "Go raibh míle maith agaibh! 💚\nThe Féile in Cork raised €4,000 for the hospice.\nSpecial mention to Dónal and the under-14s who ran the raffle.",
  [("Cork", L), ("Dónal", P)],
  openers=["Go raibh míle maith agaibh"])

R("o3-en-022", "en", ["opening-feast"],
  "Mothering Sunday breakfast in bed 🥐\nFreddie burnt the toast, Evie spilled the tea, and I couldn't be happier.\nLove you both x",
  [("Freddie", P), ("Evie", P)],
  openers=["Mothering Sunday"])

R("o3-en-023", "en", ["opening-greeting"],
  "Wah gwaan, Carnival massive! 🇹🇹🇯🇲\nSteel pan from 10am on Ladbroke Grove, then Auntie Marcia's curry goat stall.\n@marcias.kitchen.ldn",
  [("Ladbroke Grove", L), ("Marcia's", P), ("@marcias.kitchen.ldn", M)],
  openers=["Wah gwaan"])

R("o3-en-024", "en", ["opening-greeting"],
  "Vaisakhi di lakh lakh vadhaiyan! 🙏🧡\nThe nagar kirtan through Southall was packed this year.\nHarjeet served langar for six hours straight, absolute legend.",
  [("Southall", L), ("Harjeet", P)],
  openers=["Vaisakhi di lakh lakh vadhaiyan"])

R("o3-en-025", "en", ["opening-cheer", "opening-feast", "opening-greeting"],
  "Iechyd da! 🏴󠁧󠁢󠁷󠁬󠁳󠁿🍺\nSt David's Day in Cardiff, daffodils on every table and Dewi leading the singing.\nDiolch to everyone who came out 💛",
  [("Cardiff", L), ("Dewi", P)],
  openers=["Iechyd da", "St David's Day", "Diolch"])

R("o3-en-026", "en", ["opening-interjection", "opening-feast", "opening-greeting"],
  "Ooh, look at this haul! 🍎🥕\nHarvest Festival donations for the food bank in Hexham are through the roof.\nThank you to Reverend Pearson and the Sunday school children.",
  [("Hexham", L), ("Pearson", P)],
  openers=["Ooh", "Harvest Festival", "Thank you"])

R("o3-en-027", "en", ["opening-feast", "opening-interjection"],
  "Summer's finally here, lads ☀️\nJune bank holiday in Lahinch and the surf school is booked out all weekend.\nFair play to everyone who braved the Atlantic back in March though 🥶",
  [("Lahinch", L), ("Atlantic", L)],
  openers=["Summer's", "Fair play"])

R("o3-en-028", "en", ["opening-greeting", "person-list"],
  "Happy Christmas from the Wilsons! 🎄\nThis year Alfie lost his first tooth, Grace started ballet, and the dog ate a whole Yule log.\nSee you all in 2025 ✨",
  [("Wilsons", P), ("Alfie", P), ("Grace", P)],
  openers=["Happy Christmas"])

R("o3-en-029", "en", ["opening-greeting"],
  "Oi oi! 👋 Back from a long weekend in Brighton with sand in places I didn't know existed.\nMassive shout to @danni.films for the drone shots.\n#roadtrip",
  [("Brighton", L), ("@danni.films", M)],
  openers=["Oi oi", "Massive shout"])

R("o3-en-030", "en", ["opening-feast", "person-vocative"],
  "Samhain blessings from the Hill of Ward 🔥\nThe fire festival lit up Athboy again tonight.\nGráinne, you were right about the weather, thank God.",
  [("Hill of Ward", L), ("Athboy", L), ("Gráinne", P)],
  openers=["Samhain"])

# ---------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------
EXPECTED = {"nl": 60, "fr": 40, "de": 30, "en": 30}
PERSON_RANGE = (180, 230)
MIN_OPENING_RECORDS = 120
MIN_FEAST_NAME_PERSON = 15
MAX_OPENER_REUSE = 3

# title, role and kinship words that never start a PERSON span
TITLES = {
    "oma", "opa", "juf", "meester", "tante", "oom", "buurman", "buurvrouw",
    "dj", "prins", "rabbijn", "topscorer", "dirigent", "meneer", "mevrouw",
    "madame", "monsieur", "tonton", "tata", "nonno", "nonna", "babcia",
    "papi", "mamie", "coach", "dede", "frau", "herr", "onkel", "erzieher",
    "bauer", "dr", "dr.", "mrs", "mr", "ms", "nana", "auntie", "reverend",
    "cousin", "baby", "grandpa", "grandma", "sir", "st", "saint", "sankt",
    "sint", "papa", "mama", "mum", "dad",
}
# lowercase articles / prepositions that never start a LOCATION span
LOC_BAD_START = {
    "de", "het", "'t", "la", "le", "les", "l'", "the", "der", "die", "das",
    "den", "dem", "in", "im", "am", "op", "à", "au", "aux", "at", "on",
    "bij", "zum", "zur", "en", "te",
}
# lowercase-insensitive name particles skipped by the per-word consistency check
PARTICLES = {"van", "de", "der", "den", "le", "la", "du", "des", "von", "zu",
             "di", "da", "ter", "ten", "op", "mac", "o"}

HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def whole_word_positions(text, s):
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    # overlapping search so that every whole-word occurrence is counted
    out, i = [], 0
    while True:
        m = pat.search(text, i)
        if not m:
            return out
        out.append(m.start())
        i = m.start() + 1


def is_opening(text, pos):
    """True if pos opens the text, a line or a sentence (after . ! ? … or an
    emoji), skipping spaces, punctuation, '#' and '@' in between."""
    i = pos - 1
    while i >= 0 and not text[i].isalnum() and text[i] != "\n":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    gap = text[i + 1:pos]
    return any(c in ".!?…" for c in gap) or any(
        unicodedata.category(c) == "So" for c in gap)


def covered(spans, start, end):
    return any(s <= start and end <= e for s, e, _ in spans)


def overlaps(spans, start, end):
    return any(s < end and start < e for s, e, _ in spans)


def build():
    seen_ids, seen_texts = set(), set()
    out = []
    opener_words = {}
    for rec in RECORDS:
        rid, lang, text = rec["id"], rec["lang"], rec["text"]
        if rid in seen_ids:
            err(rid, "duplicate id")
        seen_ids.add(rid)
        if not re.fullmatch(r"o3-(nl|fr|de|en)-\d{3}", rid):
            err(rid, "bad id format")
        if lang not in LANGS or not rid.startswith(f"o3-{lang}-"):
            err(rid, f"bad lang {lang!r}")
        if text in seen_texts:
            err(rid, "duplicate text")
        seen_texts.add(text)
        for k in rec["kinds"]:
            if k not in KINDS:
                err(rid, f"unknown kind {k!r}")
            if k in DERIVED:
                err(rid, f"kind {k!r} is derived automatically, do not list it")

        # --- entities -> offsets
        spans = []
        for ent in rec["ents"]:
            if len(ent) == 2:
                surf, label = ent
                occ = None
            elif len(ent) == 3:
                surf, label, occ = ent
            else:
                err(rid, f"bad entity spec {ent!r}")
                continue
            if label not in (P, L, M):
                err(rid, f"bad label {label!r}")
                continue
            pos = whole_word_positions(text, surf)
            if not pos:
                err(rid, f"surface {surf!r} not found as a whole word")
                continue
            if len(pos) > 1 and occ is None:
                err(rid, f"surface {surf!r} occurs {len(pos)}x: occurrence needed")
                continue
            if len(pos) == 1 and occ is not None:
                err(rid, f"surface {surf!r} occurs once: no occurrence allowed")
                continue
            occ = occ or 0
            if not (0 <= occ < len(pos)):
                err(rid, f"occurrence {occ} of {surf!r} out of range")
                continue
            start = pos[occ]
            spans.append((start, start + len(surf), label))
        spans.sort()

        # --- span checks
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(rid, f"overlapping spans {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
        for s, e, label in spans:
            st = text[s:e]
            if st != st.strip():
                err(rid, f"span {st!r} has outer whitespace")
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                err(rid, f"span {st!r} starts inside a word")
            if e < len(text) and (text[e].isalnum() or text[e] == "_"):
                err(rid, f"span {st!r} ends inside a word")
            last = st[-1]
            ok_end = last.isalnum() or (last == "'" and len(st) > 1 and st[-2] in "sxzSXZ") \
                or (last == "." and label == P and re.search(r"\b\w\.$", st))
            if not ok_end:
                err(rid, f"span {st!r} ends in {last!r}")
            first_tok = st.split()[0]
            if label == P:
                if first_tok.casefold().rstrip(".") in TITLES:
                    err(rid, f"PERSON {st!r} starts with a title/kinship word")
                if re.match(r"['’]s(?!\w)", text[e:e + 3]):
                    err(rid, f"PERSON {st!r}: genitive 's belongs inside the span")
                if st.startswith("@"):
                    err(rid, f"PERSON {st!r} is a handle")
            elif label == L:
                if first_tok in LOC_BAD_START:
                    err(rid, f"LOCATION {st!r} starts with article/preposition")
                if st.startswith("#") or st.startswith("@"):
                    err(rid, f"LOCATION {st!r} is a hashtag/handle")
            elif label == M:
                if not st.startswith("@"):
                    err(rid, f"MENTION {st!r} is not a handle")

        # --- handles
        handles = [(m.start(), m.end()) for m in HANDLE_RE.finditer(text)]
        mention_spans = {(s, e) for s, e, lab in spans if lab == M}
        for hs, he in handles:
            h = text[hs:he]
            if (hs, he) not in mention_spans and h not in rec["not_people_handles"]:
                err(rid, f"handle {h!r} not annotated as MENTION")
        for s, e in mention_spans:
            if (s, e) not in handles:
                err(rid, f"MENTION {text[s:e]!r} is not a whole handle")

        # --- consistency of PERSON strings
        wu = {(s, o) for s, o in rec["word_uses"]}
        used_wu = set()
        candidates = set()
        for s, e, lab in spans:
            if lab != P:
                continue
            st = text[s:e]
            candidates.add(st)
            words = st.split()
            if len(words) > 1:
                for w in words:
                    if w.casefold() in PARTICLES or not w[0].isupper() or len(w) < 2:
                        continue
                    candidates.add(w)
        for cand in sorted(candidates):
            for k, o in enumerate(whole_word_positions(text, cand)):
                if covered(spans, o, o + len(cand)):
                    continue
                if (cand, k) in wu:
                    used_wu.add((cand, k))
                else:
                    err(rid, f"{cand!r} (occurrence {k}) is a PERSON string but not covered; "
                             f"annotate it or list it in word_uses")
        for (surf, k) in wu:
            pos = whole_word_positions(text, surf)
            if not (0 <= k < len(pos)):
                err(rid, f"word_use {(surf, k)!r} out of range")
            elif covered(spans, pos[k], pos[k] + len(surf)):
                err(rid, f"word_use {(surf, k)!r} lies inside a span")
            elif (surf, k) not in used_wu:
                err(rid, f"word_use {(surf, k)!r} is not a PERSON string of this record")

        # --- openers
        for op in rec["openers"]:
            if not (op[0].isupper() or op[0].isdigit()):
                err(rid, f"opener {op!r} is not capitalised")
            pos = whole_word_positions(text, op)
            if not any(is_opening(text, o) and not overlaps(spans, o, o + len(op))
                       for o in pos):
                err(rid, f"opener {op!r} not found at an opening outside spans")
        toks = set()
        for op in rec["openers"]:
            for w in WORD_RE.findall(op):
                if len(w) >= 3:
                    toks.add(w.casefold())
        for t in toks:
            opener_words.setdefault(t, []).append(rid)

        # --- kinds
        persons = [(s, e) for s, e, lab in spans if lab == P]
        derived = set()
        if any(is_opening(text, s) for s, e in persons):
            derived.add("person-opening")
        if any(not is_opening(text, s) for s, e in persons):
            derived.add("person-mid")
        if any(text[s] == "#" for s, e in persons):
            derived.add("hashtag-name")
        if any(lab == L for _, _, lab in spans):
            derived.add("place")
        if any(lab == M for _, _, lab in spans):
            derived.add("mention")
        manual = set(rec["kinds"])
        opening_kinds = {k for k in manual if k.startswith("opening-")}
        if opening_kinds and not rec["openers"]:
            err(rid, "opening-* kind without openers")
        if rec["openers"] and not opening_kinds:
            err(rid, "openers listed but no opening-* kind")
        if "feast-name-as-person" in manual and not persons:
            err(rid, "feast-name-as-person without PERSON")
        if "person-vocative" in manual and not persons:
            err(rid, "person-vocative without PERSON")
        if "person-list" in manual and len(persons) < 3:
            err(rid, "person-list needs at least 3 PERSON spans")
        if "feast-hashtag" in manual:
            tags = [(m.start(), m.end()) for m in HASHTAG_RE.finditer(text)]
            if not any(not covered(spans, s, e) for s, e in tags):
                err(rid, "feast-hashtag without a (non-person) hashtag")
        kinds = [k for k in KINDS if k in manual or k in derived]

        out.append({
            "id": rid, "lang": lang, "kind": kinds, "text": text,
            "entities": [[s, e, lab] for s, e, lab in spans],
        })

    # --- global checks
    counts = {l: sum(1 for r in out if r["lang"] == l) for l in LANGS}
    for l, n in EXPECTED.items():
        if counts[l] != n:
            err("set", f"{counts[l]} {l} records, expected {n}")
    n_open = sum(1 for r in out if any(k.startswith("opening-") for k in r["kind"]))
    if n_open < MIN_OPENING_RECORDS:
        err("set", f"only {n_open} records with opening-* kinds")
    n_fnp = sum(1 for r in out if "feast-name-as-person" in r["kind"])
    if n_fnp < MIN_FEAST_NAME_PERSON:
        err("set", f"only {n_fnp} feast-name-as-person records")
    n_person = sum(1 for r in out for e in r["entities"] if e[2] == P)
    if not PERSON_RANGE[0] <= n_person <= PERSON_RANGE[1]:
        err("set", f"{n_person} PERSON spans, expected {PERSON_RANGE}")
    for w, rids in sorted(opener_words.items()):
        if len(rids) > MAX_OPENER_REUSE:
            err("set", f"opener word {w!r} used {len(rids)}x: {', '.join(rids)}")
    out.sort(key=lambda r: r["id"])
    return out, opener_words


def main():
    out, opener_words = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); gold.jsonl not written", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = {lab: sum(1 for r in out for e in r["entities"] if e[2] == lab)
              for lab in (P, L, M)}
    print("records:", len(out),
          {l: sum(1 for r in out if r["lang"] == l) for l in LANGS})
    print("spans:", labels)
    for l in LANGS:
        print(f"  {l}:", {lab: sum(1 for r in out if r["lang"] == l
                                  for e in r["entities"] if e[2] == lab)
                          for lab in (P, L, M)})
    print("kinds:", {k: sum(1 for r in out if k in r["kind"]) for k in KINDS})
    print("records without entities:", sum(1 for r in out if not r["entities"]))
    if "-v" in sys.argv:
        for w, rids in sorted(opener_words.items(), key=lambda x: (-len(x[1]), x[0])):
            print(f"  {len(rids)}  {w}  {' '.join(rids)}")


if __name__ == "__main__":
    main()
