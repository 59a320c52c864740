#!/usr/bin/env python3
"""Build gold.jsonl for the Dutch Instagram units tune set.

Standard library only. Each record is written with inline marks:

    [[surface|P]]  PERSON
    [[surface|M]]  MENTION   (@handle of a person or couple)
    [[surface|L]]  LOCATION
    [[surface|O]]  explicitly NOT an entity (a name-like word used as a word,
                   e.g. "roos" the flower next to "Roos" the person); stripped,
                   never written, only used by the consistency check.

The script strips the marks, computes code-point offsets, runs the checks
below and writes gold.jsonl deterministically. It exits non-zero on any error.

Checks
  * every span cuts the text exactly (surface == text[start:end]);
  * no overlapping spans, no spans starting/ending inside a word
    (including hyphen joins and a genitive 's left outside the span);
  * spans are trimmed (no leading/trailing space or punctuation);
  * every @handle is either annotated MENTION or listed in NON_PERSON_HANDLES,
    a MENTION is always a whole @handle, and handles are treated the same
    way in every record;
  * a hashtag is annotated whole (as PERSON) or not at all, consistently
    across records;
  * a surface annotated once in a record is annotated at every (case-
    insensitive, whole-word) occurrence in that record, unless that
    occurrence is explicitly marked O;
  * PERSON spans do not start with a title/role/kinship word, LOCATION spans
    do not start with a lowercase article;
  * 50 captions and 20 comments.
It also reports capitalised sentence/line openings by class.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "gold.jsonl")

LABELS = {"P": "PERSON", "M": "MENTION", "L": "LOCATION", "O": None}
MARK_RE = re.compile(r"\[\[([^\[\]|]+)\|([PMLO])\]\]")
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")

# Handles of businesses, venues, shops and the own studio: never annotated.
NON_PERSON_HANDLES = {
    "@zoutkorst.fotografie",   # own studio
    "@bakkerijvandam_texel",   # bakery
    "@roosenrank.bloemen",     # florist (shop name contains "Roos")
    "@atelierkok",             # bridal atelier
    "@studioglans.texel",      # hair & make-up studio
}

# Words that may not open a PERSON span (titles, roles, kinship words).
ROLE_WORDS = {
    "oma", "opa", "mama", "papa", "mam", "pap", "juf", "meester", "meneer",
    "mevrouw", "familie", "dj", "heit", "mem", "pake", "beppe", "boer",
    "schipper", "baby", "actrice", "vader", "moeder", "zus", "broer",
    "eigenaresse", "dochter", "zoon",
}
LOWER_ARTICLES = {"de", "het", "den", "'t", "een"}

# --- classes used only for the opening statistics -------------------------
FUNCTION_WORDS = {
    "Ik", "Je", "Jij", "Jullie", "We", "Wij", "Ze", "Zij", "Hij", "Het", "De",
    "Een", "En", "Maar", "Of", "Dit", "Dat", "Die", "Deze", "Wat", "Wie",
    "Waar", "Wanneer", "Hoeveel", "Hoe", "Waarom", "Mijn", "Met", "Voor",
    "Op", "In", "Van", "Bij", "Na", "Naar", "Tot", "Tijdens", "Boven",
    "Vanaf", "Elk", "Elke", "Geen", "Zulke", "Niemand", "Iedereen", "Er",
    "Als", "Om", "Zonder",
}
FOREIGN_WORDS = {
    "Golden", "Honestly", "Behind", "Saturday", "Reality", "Legends",
    "Absolute", "Sometimes", "Throwback", "English", "Into", "Sprechen",
    "Ein",
}
# Capitalised openings that are names of brands/shops/studio/festivals/
# holidays or place adjectives (not ordinary words, not annotated either).
NON_ORDINARY = {
    "Zoutkorst", "Oerol", "Koningsdag", "Bakkerij", "Zeeuws", "Vlaams",
}

RECORDS = [
# 001
("caption", """Welkom bij Zoutkorst Fotografie! 🌊
Nieuw hier? Ik ben [[Jikke|P]], fotograaf op [[Texel|L]] en sinds dit jaar ook te boeken op [[Vlieland|L]]. Geboren in [[Harlingen|L]], opgegroeid met de geur van wad en diesel.
Buitenshoots, elopements, gezinnen in de duinen en heel af en toe een stormportret 😅
Vragen? Stuur gerust een DM, ik reageer meestal binnen een dag.
#texel #fotograaftexel #elopementphotographer #waddeneilanden #zoutkorstfotografie"""),
# 002
("caption", """[[Storm|O]] op het eiland 🌪️
Windkracht 9, zand tussen je tanden en mijn camera in een HEMA-tasje. En wie wilde er per se mee naar de dijk bij [[Oudeschild|L]]? Juist: [[Storm|P]] zelf. Zes jaar, laarzen aan de verkeerde voeten en gillen van plezier als de golven over de kade sloegen.
Dapper mannetje. Volgende keer blijft mama wel lekker binnen hoor 😂
#storm #texel #waddenzee #stormjagen #moederschap"""),
# 003
("caption", """Zaterdag trouwden [[Sanne|P]] en [[Joost|P]] bij [[Paviljoen De Zeekraal|L]] in [[De Koog|L]] 🤍
Regen voorspeld, zon gekregen. Ceremonie op het strand, taart van @bakkerijvandam_texel (die citroen-vlierbloesem 🤤), bloemen van @roosenrank.bloemen en een DJ die om half één nog steeds 'Zoutelande' draaide.
Lieve [[Sanne|P]] en [[Joost|P]], dank jullie wel voor het vertrouwen. Geniet van jullie huwelijksreis naar [[Noorwegen|L]]!
[[@sanne.en.joost|M]]
[[#sanneenjoost|P]] #bruiloft #trouwenoptexel #strandbruiloft #zoutelande"""),
# 004
("caption", """Rozen, rozen en nog eens rozen 🌹
Voor de zwangerschapsshoot van [[Roos|P]] (ja, echt) hadden we bedacht om alles in het thema van haar naam te doen. @roosenrank.bloemen maakte een krans van tuinrozen en één enorme witte [[roos|O]] voor op de buik.
Passender wordt het niet. Eind maart verwachten [[Roos|P]] en [[Thijs|P]] hun eerste kindje, en ik mag terugkomen voor de newbornshoot 🥹
#zwangerschapsshoot #rozen #maternityshoot #texel #denburg"""),
# 005
("caption", """[[De Cocksdorp|L]], 06:12 🌅
Niemand op de weg behalve een schaapherder, twee fazanten en ik. Boven de [[Vuurtoren Texel|L]] kleurde de lucht precies zo roze als ik gehoopt had.
Ochtendmensen snappen het. De rest slaapt nog 😴
Binnenkort start ik met zonsopkomst-minishoots voor stelletjes: 45 minuten, drie locaties, koffie van mij.
Interesse? Link in bio!
#texel #vuurtorentexel #zonsopkomst #goldenhour #decocksdorp"""),
# 006
("comment", """[[@marloes_dekker|M]] Haha ja, die gele laarzen van [[Bram|P]] staan er echt op hoor! Vrijdag stuur ik de online galerij, nog heel even geduld 🙏🏻"""),
# 007
("caption", """Familieshoot op de [[Hoge Berg|L]] met de [[Jansens|P]] 🐑
Opa [[Gerrit|P]] had één wens: een foto met alle zeven kleinkinderen op het hek. Gelukt! Na ongeveer veertien pogingen, drie gevallen ijsjes en een schaap dat spontaan meedeed.
Kleinkinderen van links naar rechts: [[Fenna|P]], [[Jurre|P]], [[Mees|P]], [[Lotje|P]], [[Daan|P]], [[Noor|P]] en kleine [[Lieve|P]] 💛
Bedankt voor deze zonnige middag, [[lieve|O]] familie!
#familieshoot #texel #hogeberg #opa #kleinkinderen"""),
# 008
("caption", """Pioenrozen tot aan het plafond 🌸
Vorige week mocht ik de nieuwe voorjaarscollectie van Roos & Rank fotograferen, de bloemenwinkel van [[Marit Hoogland|P]] aan de [[Weverstraat|L]] in [[Den Burg|L]]. Binnen rook het naar zomer, terwijl buiten de hagel tegen de ramen sloeg.
Fijn om met ondernemers van het eiland te werken 🤝 Loop zeker eens binnen!
📍 @roosenrank.bloemen
#bloemen #pioenrozen #denburg #ondernemenoptexel #productfotografie"""),
# 009
("caption", """Golden hour op [[Vlieland|L]] ✨
[[Emma|P]] en [[Kasper|P]] kwamen helemaal uit [[Gent|L]] voor hun elopement. Geen gasten, geen speeches, alleen zij twee, een trouwambtenaar en ik met mijn camera achter een duin.
Honestly one of my favourite days this year.
Daarna fietsten we naar het [[Posthuys|L]] voor bitterballen in trouwjurk. Zo hoort het.
#elopement #vlieland #elopementnetherlands #intimatewedding [[#emmaenkasper|P]]"""),
# 010
("comment", """Wat een plek is dit toch 😍 Volgende maand sta ik hier weer met een bruidspaar uit [[Utrecht|L]], ik kan niet wachten! Groetjes aan [[Willemijn|P]] en de rest van het team"""),
# 011
("caption", """Oerol, dag drie 🎭
Theater in de duinen, een fanfare op de boulevard van [[West-Terschelling|L]] en de [[Brandaris|L]] die boven alles uittorent. Ik ben hier deze week voor een reportage voor Margriet (!!) en slaap in een tentje bij [[Midsland aan Zee|L]].
Hoogtepunt tot nu toe: een voorstelling in een oude bunker, waar ik naast actrice [[Hanneke ter Schure|P]] op een omgekeerde emmer zat.
Slaap? Nul uur. Spijt? Nul procent.
#oerol #terschelling #brandaris #festivalfotografie"""),
# 012
("caption", """[[Best|O]] bruidspaar ooit? Misschien wel 😄
[[Lisa|P]] en [[Tom|P]] komen uit [[Best|L]] (ja, dat dorp bij [[Eindhoven|L]]) en wilden trouwen op de plek waar ze elkaar tien jaar geleden op zeilkamp ontmoetten: [[Oudeschild|L]].
Zeilboot gehuurd, schipper [[Klaas|P]] aan het roer en de ringen in een waterdicht doosje. Half uur varen over de [[Waddenzee|L]], ceremonie op een drooggevallen zandplaat, zeehonden als getuigen 🦭
Mooier wordt het niet.
#trouwenopdewaddenzee [[#lisaentom|P]] #zeilbruiloft #texel #oudeschild"""),
# 013
("comment", """[[@lisa.vd.berg|M]] Graag gedaan!! Jullie waren zo ontspannen voor de camera. Doe [[Tom|P]] de groetjes en veel plezier terug in [[Best|L]] 😉"""),
# 014
("caption", """Dankjewel aan iedereen die deze styled shoot mogelijk maakte 🙌
Concept & fotografie: @zoutkorst.fotografie
Model: [[@floor.vanderlinde|M]]
Jurk: Atelier Kok in [[Alkmaar|L]] (@atelierkok)
Bloemen: @roosenrank.bloemen
Haar & make-up: [[Yara|P]] van @studioglans.texel
Locatie: [[Hoeve Zeewinde|L]], [[Den Hoorn|L]]
Taart: Bakkerij Van Dam
Samenwerken met zoveel creatieve vrouwen van het eiland, daar word ik blij van.
#styledshoot #texelwedding #bruidsinspiratie"""),
# 015
("caption", """Merels zingen, hortensia's bloeien en [[Mereltje|P]] (3) speelt al een half uur kiekeboe achter het tuinhek 🙈
Thuisshoot bij [[Merel|P]] en [[Sjoerd|P]] in [[Oosterend|L]], een van de mooiste dorpjes van het eiland. Ja, moeder en dochter heten allebei [[Merel|P]]. En ja, er zat ook nog een echte [[merel|O]] op de schutting. Die staat dus gewoon op foto 23 🐦‍⬛
Thuisshoots zijn mijn favoriet: geen gedoe, gewoon jullie eigen plek.
#thuisshoot #gezinsfotografie #oosterend #texel"""),
# 016
("comment", """Wauw [[Inge|P]], wat een licht!! Die tweede foto met de mist boven het [[Lauwersmeer|L]]... kippenvel. Zin in koffie als ik volgende maand in [[Groningen|L]] ben? ☕️"""),
# 017
("caption", """Lieve ouders, een paar tips voor jullie gezinsshoot 👇
1. Kleding: rustige kleuren werken het best. Geen grote logo's. Een simpel wit shirt van de Zeeman doet het vaak beter dan een dure designerjurk.
2. Snacks! Rijstwafels van de Albert Heijn (of de Dirk) redden menig shoot.
3. Doekjes van de Etos voor snotneuzen en chocoladevingers.
4. Reservekleding. Altijd. Vraag maar aan [[Lotte|P]] van vorige week 🙈
5. Ontspan. Kinderen voelen stress feilloos aan.
Meer tips? Sla dit bericht op en deel het met je partner 💬
#fotografietips #gezinsshoot #texelfotograaf"""),
# 018
("caption", """Throwback naar mijn allereerste bruiloft, precies tien jaar geleden in [[Harlingen|L]] ⚓️
[[Anke|P]] en [[Pieter de Vries|P]] trouwden op een oude klipper in de [[Noorderhaven|L]]. Ik had één camera, twee lenzen en geen flauw idee wat ik deed. Zenuwachtig? Ik heb de hele ochtend rondjes gelopen over de [[Voorstraat|L]].
Tien jaar later zijn [[Anke|P]] en [[Pieter|P]] nog steeds samen, hebben ze drie kinderen en fotografeer ik ze elk jaar opnieuw. Zo mooi dat dat kan 🥹
[[@anke_en_pieter|M]]
#throwback #harlingen #bruiloft #tienjaar"""),
# 019
("comment", """[[@jorien.kuipers|M]] Ahh wat leuk dat jullie de foto's aan oma [[Trijntje|P]] hebben laten zien! Hoe oud wordt ze in juni? 💐"""),
# 020
("caption", """Kerstminishoots 2024 zijn open! 🎄
Waar? In de oude schapenboet van de familie [[Witte|P]] aan de [[Pontweg|L]], tussen [[Den Burg|L]] en [[Oudeschild|L]]. Met strobalen, lichtjes en een houtkachel.
Wanneer? Zaterdag 7 en zondag 8 december.
Hoeveel? 20 minuten, 10 foto's, €145.
Voor wie? Gezinnen, stellen, oma's met kleinkinderen, honden met baasjes: iedereen is welkom.
Snel zijn: vorig jaar waren alle plekken binnen een dag weg!
#kerstshoot #minishoot #texel #schapenboet"""),
# 021
("caption", """Welkom op de wereld, kleine [[Zon|P]] ☀️
Geboren op de langste dag van het jaar, dus de naam lag voor de hand, vertelde mama [[Ilse|P]]. Tijdens de newbornshoot scheen de [[zon|O]] precies door het raam op haar wiegje. Je kunt het niet verzinnen.
Zachte dekens, een wollen mutsje van oma en een grote broer ([[Ties|P]], 4) die haar nauwelijks los wilde laten.
#newbornfotografie #newborn #texelbaby #zomerbaby"""),
# 022
("comment", """Die krentenbollen 😍 Zaterdag haal ik er weer een zak voor onderweg naar de boot. Groetjes aan [[Henk|P]] achter de oven!"""),
# 023
("caption", """Sterren kijken met [[Sterre|P]] 🌌
Mijn dochter is acht en heeft besloten dat ze later astronaut wordt. Dus gingen we gisteravond om half elf met thermoskan en statief naar de [[Slufter|L]], midden in [[Nationaal Park Duinen van Texel|L]]. Melkweg gezien, twee vallende sterren geteld en één keer keihard geschrokken van een haas.
Echte donkerte is zeldzaam in [[Nederland|L]], maar hier op [[Texel|L]] heb je het gewoon nog.
Technisch: 20 sec, f/2.8, ISO 3200.
#sterrenfotografie #melkweg #slufter #texel #nachtfotografie"""),
# 024
("comment", """[[@roos_bakker|M]] Ja natuurlijk mag je die foto delen! Zet je er wel even @zoutkorst.fotografie bij? Dankjewel [[Roos|P]] 🌹"""),
# 025
("caption", """Eilandmeisje in de grote stad 🏙️
Afgelopen dinsdag fotografeerde ik een aanzoek in [[Amsterdam|L]] (tja, als [[Ramon|P]] het zo lief vraagt). Start bij hun appartement in de [[Jordaan|L]], wandeling langs de [[Prinsengracht|L]] en picknicken in het [[Vondelpark|L]].
Spannend moment: [[Ramon|P]] die op de [[Magere Brug|L]] op één knie ging terwijl er twaalf toeristen stonden te filmen 😂 [[Evi|P]] zei ja!
Heerlijk om weer eens grachten in plaats van geulen te fotograferen. Maar ik was ook blij toen de boot in [[Den Helder|L]] weer vertrok.
#aanzoek #amsterdam #proposal #jordaan [[#evienramon|P]]"""),
# 026
("comment", """Haha [[Daan|P]], die van die hond in de sloot 😂 Herkenbaar. Eindelijk iemand die eerlijk laat zien hoe een shoot er echt aan toe gaat."""),
# 027
("caption", """zondagje niks 🫶
koffie met [[bas|P]] op de dijk, [[storm|P]] en [[mees|P]] die zeehondjes tellen (het waren er 'minstens duizend' volgens [[mees|P]]) en daarna pannenkoeken bij oma in [[oosterend|L]].
geen camera mee. nou ja, alleen mijn telefoon 🙃
#zondag #texel #gezin #offline"""),
# 028
("caption", """Thuiskomen in [[Friesland|L]] 💙🤍
Afgelopen weekend trouwden [[Wytske Hoekstra|P]] en [[Hessel|P]] in [[Hindeloopen|L]], het dorp waar mijn heit vandaan komt. Ze droeg de schoenen van haar beppe en de ceremonie was grotendeels in het Fries. Ik verstond gelukkig bijna alles 😅
Feest in een oude kerk, speeches van [[Wytskes|P]] zussen en om middernacht de hele zaal aan de beerenburg.
#hindeloopen #friesland #friesebruiloft [[#wytskeenhessel|P]]"""),
# 029
("comment", """[[@familiebrouwer_texel|M]] Wat fijn om te horen! De jongens zijn ook echt zo leuk samen. Tot volgend jaar, dan nemen we [[Pien|P]] er ook bij 🐣"""),
# 030
("caption", """Eeeek! Mijn foto's staan in de nieuwe Libelle 📰
Voor hun zomerspecial over eilandleven fotografeerde ik [[Tjitske|P]], de enige vrouwelijke garnalenvisser van [[Oudeschild|L]]. Drie uur mee op zee, om vier uur 's nachts, met een beker koffie die naar diesel smaakte.
Respect voor deze vrouw. Echt.
Nu te koop bij de Bruna, de AKO en elke supermarkt. Ik heb er zelf vijf gekocht, want mama wil er ook een 😂
#libelle #publicatie #garnalenvisserij #texel"""),
# 031
("caption", """Behind the scenes van een bruiloft in regenpak 🌧️
Saturday forecast: 90% rain. Reality: 100% rain. [[Nina|P]] en [[Jelle|P]]: 'Boeit niet, we gaan gewoon naar buiten.'
Legends. Absolute legends.
Regenjassen over de trouwjurk, paraplu's van de HEMA en lachen, heel veel lachen. Sometimes the best photos happen when everything goes wrong.
Locatie: [[Fort Kijkduin|L]] in [[Den Helder|L]]
#rainywedding #bruiloft #denhelder [[#ninaenjelle|P]] #fortkijkduin"""),
# 032
("comment", """Dankjewel voor de fijne samenwerking afgelopen zaterdag! Jullie team (shoutout naar [[Kees|P]] en [[Mo|P]] van de bediening) maakt het elke keer weer makkelijk 🙌"""),
# 033
("caption", """Prachtig. Gewoon prachtig 🍂
Herfstshoot met [[Hidde|P]], [[Sophie|P]] en baby [[Olivier|P]] in [[De Dennen|L]], het bos tussen [[Den Burg|L]] en [[De Koog|L]]. Paddenstoelen overal, goudgeel licht en een baby die zijn eerste blaadje probeerde op te eten 🍁
Herfstshoots boek je bij mij tot half november. Daarna wordt het om vijf uur donker en ga ik in winterslaap 🐻
#herfstshoot #dedennen #texel #herfst"""),
# 034
("comment", """[[@kim.mulder88|M]] Oh nee, wat vervelend! Stuur me even je mailadres via DM, dan zet ik de downloadlink opnieuw klaar. Excuses!"""),
# 035
("caption", """Openingsdans op 'Het is een nacht' van [[Guus Meeuwis|P]] en geen droog oog in de zaal 🥲
[[Maud|P]] en [[Stijn|P]] trouwden vrijdag in [[Hotel Duinrand|L]] in [[De Koog|L]]. Daarna ging het dak eraf met de band, tot de laatste noot van 'Zoutelande'. Een eilandbruiloft zonder BLØF, bestaat dat eigenlijk?
Gefeliciteerd jullie twee! ❤️
[[#maudenstijn|P]] #bruiloft #texelwedding #openingsdans"""),
# 036
("caption", """[[Storm|P]] is vandaag zes geworden 🎂
Zes! Hoe dan?! Ik weet nog precies hoe ik met een dikke buik op de bank zat terwijl buiten een echte [[storm|O]] over het eiland raasde. Daar kwam de naam vandaan, voor wie het zich ooit afvroeg.
Hij wilde een taart met een vuurtoren erop. Bakkerij Van Dam maakte er een met knipperend licht 🤯 Dank jullie wel, [[Henk|P]] en [[Ria|P]]!
Vanavond frietjes bij de haven en daarna hopelijk vroeg naar bed. Voor [[Storm|P]] dan. Mama gaat nog even bijkomen met een wijntje 🍷
#verjaardag #zesjaar #moederschap"""),
# 037
("comment", """Zo gaaf dat jullie nu ook een studio in [[Rotterdam|L]] hebben! [[@lieke.fotografeert|M]] en [[Jasper|P]], heel veel succes met de opening zaterdag 🥂"""),
# 038
("caption", """[[Vlieland|L]], ik kom eraan ⛴️
Morgen met de boot van 9:00 vanuit [[Harlingen|L]] voor drie dagen shooten: een elopement, een zwangerschapsshoot op de [[Vliehors|L]] en een gezinsreportage in [[Oost-Vlieland|L]].
Nieuwsgierig naar de foto's? Volg mijn stories, daar neem ik jullie mee ⭐
Tips voor het lekkerste ijsje van het eiland zijn welkom! In september ben ik er trouwens weer voor Into the Great Wide Open 🎶
#vlieland #waddeneilanden #fotograafopreis"""),
# 039
("caption", """[[Den Hoorn|L]] ≠ [[Hoorn|L]] 😅
Kleine public service announcement: ik woon in [[Den Hoorn|L]], het dorpje in het zuiden van [[Texel|L]]. Niet in [[Hoorn|L]] aan het [[Markermeer|L]]. Vorige week stond er een bruidspaar voor een dichte kerk in [[Hoorn|L]] omdat ze mijn adres verkeerd hadden gelezen 🙈 Gelukkig reden [[Fleur|P]] en [[Wessel|P]] meteen door naar [[Den Helder|L]] en haalden ze de boot van 14:30. De shoot begon een uur later, maar het licht was er des te mooier om.
Moraal van het verhaal: check de kaart even 🗺️
#denhoorn #texel #hoorn #oepsie"""),
# 040
("comment", """[[@fleurtje_w|M]] Hahaha nee joh, gebeurt vaker dan je denkt! Tot snel, en doe [[Wessel|P]] de groetjes 💛"""),
# 041
("caption", """Hoera! Vijf jaar Zoutkorst Fotografie 🥳
Eindelijk durf ik het hardop te zeggen: ik ben fotograaf. Geen hobby, geen bijbaantje, maar mijn vak.
Dankbaar voor elk bruidspaar, elk gezin en elke oma die zei 'ach, van mij hoeft er geen foto' en daarna toch huilde bij het resultaat.
Speciale dank aan [[Bas|P]], die al vijf jaar mijn tassen sjouwt, aan mijn zus [[Femke|P]] voor de allereerste website, en aan [[Femke's|P]] vriend [[Ruben van den Berg|P]], die mijn logo tekende voor een krat bier.
Op naar de volgende vijf! 🥂
#ondernemen #vijfjaar #fotograaf #zoutkorstfotografie #dankbaar"""),
# 042
("comment", """[[Anouk|P]]!!! Wat een beelden uit [[IJsland|L]] 😭 Die zwarte stranden bij [[Vík|L]] staan al jaren op mijn lijstje. Neem je me de volgende keer mee als assistent? 😇"""),
# 043
("caption", """[[Lieve|O]] [[Lieve|P]],
Vandaag ben je precies één jaar. Je mama vroeg of ik een cake smash wilde fotograferen en natuurlijk zei ik ja. Wat ik niet wist: dat jij de taart liever naar mij gooide dan zelf opat 😂
Slagroom op mijn lens, slagroom in mijn haar, slagroom tot in mijn oren. Beste shoot van de maand.
Gefeliciteerd, kleine meid! 🎂
#cakesmash #eerstejaar #texel #babyfotografie"""),
# 044
("caption", """Steeds meer stellen uit [[Duitsland|L]] en [[België|L]] weten [[Texel|L]] te vinden voor hun bruiloft of elopement. Deze maand alleen al: [[Lena|P]] en [[Felix|P]] uit [[Keulen|L]], [[Hanne|P]] en [[Wout|P]] uit [[Leuven|L]] en [[Julia|P]] en [[Max|P]] uit het [[Sauerland|L]] 💍
Sprechen Sie Deutsch? Ein bisschen! English? Of course. Vlaams? Dat verstaan we hier prima 😉
Vragen over trouwen op het eiland als buitenlands stel? Stuur me een berichtje, ik help jullie graag op weg met de papieren bij de gemeente.
#destinationwedding #texel #trouweninnederland #heiratenholland"""),
# 045
("caption", """Trouwjurken, trouwjurken, trouwjurken 👰‍♀️
Voor de nieuwe website van Bruidsmode Van Wijk in [[Alkmaar|L]] mocht ik de complete collectie fotograferen. Eigenaresse [[Ellen van Wijk|P]] runt de zaak al dertig jaar en kent elke jurk bij naam.
Kant, sleep, pofmouwen, jumpsuits: alles kwam voorbij.
Modellen: [[@saar.modelt|M]] en haar zus [[Isa|P]]
Bedankt voor het vertrouwen, [[Ellen|P]]!
#trouwjurken #bruidsmode #alkmaar #productfotografie"""),
# 046
("comment", """[[@saar.modelt|M]] Jij was echt een natuurtalent voor de camera! Zeg maar tegen je moeder dat ze trots mag zijn 😉"""),
# 047
("caption", """Zeilkampreünie op de [[Mokbaai|L]] ⛵
Twintig jaar geleden zaten we samen op zeilkamp en nu stonden we met z'n allen weer op hetzelfde strand. [[Jantje|P]] (die tegenwoordig gewoon [[Jan|P]] heet en advocaat is in [[Den Haag|L]]), [[Lotje|P]], [[Eline|P]], [[Kees-Jan|P]], [[Brams|P]] vriendin [[Yasmin|P]] en natuurlijk [[Bram|P]] zelf, die alles had georganiseerd.
Heimwee naar 2004, naar wind in je haar en Nokia's zonder internet.
Volgend jaar weer? Ik ben erbij!
#reünie #zeilkamp #mokbaai #texel #vriendschap"""),
# 048
("comment", """Prachtige serie, [[Sietske|P]]! Vooral die van je pake in de stal, daar word ik stil van. Mis je het platteland soms als je in [[Amsterdam|L]] bent?"""),
# 049
("caption", """Lammetjes! Overal lammetjes! 🐑
Elk voorjaar hetzelfde: ik ga naar buiten voor een shoot en blijf vervolgens een half uur hangen bij een wei vol Texelse lammeren. Professioneel? Niet echt. Gelukkig? Heel erg.
Deze week fotografeerde ik de lammertijd op [[Hoeve Kogerveld|L]] bij [[De Waal|L]], waar boer [[Dirk|P]] en zijn dochter [[Anna Eelman|P]] dit voorjaar al 312 lammeren geboren zagen worden. Op de foto: [[Anna|P]] met tweeling nummer 48 en 49.
Wil je ook lammetjes knuffelen? Open stal elke woensdagmiddag in april.
#lammetjes #texelseschapen #voorjaar #texel"""),
# 050
("caption", """Twee [[bakkers|O]], drie kinderen en één oven 🥖
Fotoshoot bij de [[Bakkers|P]], en ja: het zijn echt [[bakkers|O]]. [[Wim|P]] en [[Carla|P]] runnen al 25 jaar Bakkerij Bakker in [[Oosterend|L]] en staan elke nacht om vier uur samen in de bakkerij.
Dus stond ik er ook om vier uur. Meelstof in het tegenlicht, de eerste broden uit de oven en drie kinderen in pyjama die kwamen helpen met krentenbollen vormen.
Nachtwerk, maar wat een beelden.
#bakkerij #familieshoot #dayinthelife #oosterend"""),
# 051
("caption", """Vogelliefhebber in de dop 🐦
[[Mees|P]] (3) heeft een nieuwe obsessie: vogels. Vanochtend zat er een koolmees in de vlierbes en hij riep heel trots: 'Mama, een [[mees|O]]! Net als ik!'
Sindsdien moet ik alles fotograferen wat vliegt. Meeuwen, kieviten, scholeksters en een verdwaalde reiger. Mijn camerarol is één grote vogelgids geworden.
Moederschap en fotografie vallen soms gewoon samen 🤍
#moederschap #vogels #texel #jongensmama"""),
# 052
("caption", """Zeeuws licht is anders, zeggen ze. Klopt.
Deze week een elopement in [[Zoutelande|L]] (nee, ik heb het liedje niet gezongen... oké, één keer) voor [[Noa|P]] en [[Sem|P]] uit [[Middelburg|L]]. Ceremonie in de duinen, portretten op de dijk bij [[Westkapelle|L]] en oesters in [[Yerseke|L]] als afsluiter.
Vanaf [[Texel|L]] ruim vier uur rijden, maar elke kilometer waard.
[[Zeeland|L]], ik kom terug 💙
#elopement #zeeland #zoutelande [[#noaensem|P]]"""),
# 053
("comment", """[[@annemiek.devos|M]] Hoi [[Annemiek|P]]! Juni zit helaas al vol, maar in september heb ik nog een paar zaterdagen vrij. Zal ik je de beschikbaarheid mailen? Groetjes, [[Jikke|P]]"""),
# 054
("caption", """Reviews zoals deze, daar doe ik het voor 🥹
'Lieve [[Jikke|P]], we hebben het album gisteren bij mijn ouders in [[Zwolle|L]] op tafel gelegd en oma heeft een uur lang zitten bladeren. Ze zei: dit is de mooiste dag van mijn leven, na die van mezelf in 1962 😂 Dankjewel!' - [[Charlotte|P]] & [[Bart van Dijk|P]]
Zulke woorden bewaar ik in een mapje op mijn bureaublad. Voor de dagen dat ik denk: waarom doe ik dit eigenlijk ook alweer?
#review #bruidsfotograaf #texel #trouwalbum"""),
# 055
("caption", """Wat een feest was dit! 🎉
[[Jan-Willem van der Veen|P]] en [[Soufiane|P]] gaven elkaar het jawoord in het raadhuis van [[Den Burg|L]] en vierden het daarna met 140 gasten bij [[Strandpaviljoen De Jutter|L]].
Speeches van de moeder van [[Jan-Willem|P]], van beste vriendin [[Nienke|P]] en van [[Soufianes|P]] broer, die de hele zaal in tranen kreeg (en daarna weer aan het lachen).
Vuurwerk boven zee om middernacht. Echt waar.
Gefeliciteerd, schatten! 🌈
[[@jw.vanderveen|M]] [[@soufiane.elamrani|M]]
[[#jwensoufiane|P]] #huwelijk #lovewins #texelwedding"""),
# 056
("caption", """WINACTIE 🎁
Zoutkorst bestaat vijf jaar en dat vier ik met jullie! Win een minishoot op [[Texel|L]] ter waarde van €195.
Zo doe je mee:
1. Volg @zoutkorst.fotografie en @bakkerijvandam_texel
2. Like deze post
3. Tag in de reacties met wie jij op de foto wilt
Extra kans? Deel deze post in je stories!
Winnaar wordt vrijdag 17 mei bekendgemaakt. Succes allemaal! 🍀
#winactie #giveaway #texel #fotoshoot"""),
# 057
("caption", """En de winnaar is... 🥁
[[@renske_op_texel|M]]!! Gefeliciteerd [[Renske|P]], jij en je twee meiden mogen een minishoot inplannen wanneer het jullie uitkomt. Ik stuur je zo een DM 💌
Wauw, wat hebben jullie massaal meegedaan: 1.243 reacties! Mijn favoriet was die van [[@opadirk1948|M]], die zijn complete klaverjasclub taggde 😂
Niet gewonnen? Tot en met zondag krijg je 10% korting op alle gezinsshoots met de code ZOUT5.
#winactie #winnaar"""),
# 058
("caption", """Bruidsochtend in [[Hotel Duinrand|L]] ☕️
Haar door Kapsalon Sterre, make-up door [[Yara|P]] van @studioglans.texel, bloemen van @roosenrank.bloemen en heel veel koffie van de hotelbar.
Zenuwen? Bij de bruid nul, bij haar vader des te meer 😅 Vader [[Peter|P]] heeft zijn speech zeker tien keer op de gang geoefend.
Detailfoto's van de ringen, de schoenen en het briefje van oma dat [[Ilona|P]] in haar boeket meedroeg 🤍
#bruidsochtend #gettingready #trouwdag #texel"""),
# 059
("caption", """Even offline 🏔️
Drie weken door [[Noorwegen|L]] met [[Bas|P]] en de kinderen. Van [[Bergen|L]] naar de [[Lofoten|L]], in een busje vol laarzen en drop.
[[Bergen|O]], fjorden en rendieren op de weg. [[Storm|P]] vond de rendieren geweldig, [[Sterre|P]] de trollen in de souvenirwinkels en [[Mees|P]] vooral de ijsjes.
Reacties en DM's beantwoord ik weer vanaf 1 augustus. Voor spoedvragen: sorry, ook een fotograaf heeft vakantie nodig 😉
#noorwegen #lofoten #vakantie #gezin #roadtrip"""),
# 060
("comment", """Wat een mooi initiatief! Vorige zomer heb ik bij jullie de zeehondenvoedering gefotografeerd met [[Storm|P]] en [[Mees|P]] en ze praten er nog steeds over 🦭 Tot snel in [[Ecomare|L]]!"""),
# 061
("caption", """Gezocht: tweede shooter voor het trouwseizoen 2025 📸
Ben jij fotograaf, woon je in de kop van [[Noord-Holland|L]] of op de eilanden en vind je het niet erg om om zes uur 's ochtends op de boot te staan? Dan zoek ik jou!
Wat ik vraag: een eigen setup, ervaring met bruiloften en een flinke dosis humor.
Wat ik bied: mooie opdrachten, een fijne werksfeer en onbeperkt stroopwafels (dankjewel Albert Heijn 😂)
Interesse? Stuur je portfolio via DM. Tag gerust iemand die dit zoekt!
#vacature #tweedefotograaf #bruidsfotografie #noordholland"""),
# 062
("caption", """Zand. Overal zand. 🏖️
Dit is wat er na een strandbruiloft uit mijn cameratas komt: zand, schelpjes, een verdwaalde bloem uit het bruidsboeket en een haarspeld van de bruid (sorry [[Kim|P]], ik stuur hem op!).
Strandshoots zijn prachtig, maar mijn lenzen zijn er minder blij mee. Schoonmaakdag vandaag dus.
#behindthescenes #fotografenleven #strand #texel"""),
# 063
("caption", """Vijftig jaar getrouwd 💛
Meneer en mevrouw [[De Graaf|P]] (of [[Kees|P]] en [[Gré|P]], zoals iedereen in [[De Cocksdorp|L]] ze kent) trouwden in 1974 in het kerkje van [[Oosterend|L]]. Vorige week stonden ze er weer, in dezelfde kleren. Nou ja, bijna: de trouwjurk paste niet meer, 'maar de hoed wel!'
Gouden bruiloften zijn stiekem mijn favoriete shoots. Zoveel liefde, zo weinig poespas.
#goudenbruiloft #vijftigjaargetrouwd #texel"""),
# 064
("comment", """haha [[sanne|P]] dit ben jij ten voeten uit 😂 volgende keer dat ik in [[utrecht|L]] ben drinken we wijn aan de [[oudegracht|L]], deal?"""),
# 065
("caption", """Zondagmarkt in [[De Koog|L]] 🍓
Aardbeien uit [[Oosterend|L]], kaas van de boerderij van [[Jaap|P]] en [[Marijke|P]] en een kraam vol tweedehands boeken waar ik natuurlijk niet langs kon lopen.
Mijn eigen kraam staat er elke zondag in juli en augustus, halverwege de [[Dorpsstraat|L]]: ansichtkaarten, prints en fotoboekjes van het eiland.
Kom je even gedag zeggen? 👋
#texel #dekoog #zomermarkt #prints"""),
# 066
("caption", """Koningsdag op het eiland 🧡
Vrijmarkt in [[Den Burg|L]], oranje tompoucen van Bakkerij Van Dam en een optocht met de brandweer. [[Sterre|P]] verkocht haar oude knuffels voor 50 cent per stuk en was om elf uur al uitverkocht. Ondernemersbloed 😂
Koningsdagfoto's staan vanaf morgen op mijn site, gratis te downloaden voor iedereen die erop staat.
#koningsdag #texel #denburg #vrijmarkt"""),
# 067
("caption", """Van de [[Biesbosch|L]] naar het wad 🌿
[[Ayla|P]] en [[Ruben|P]] uit [[Dordrecht|L]] kwamen naar [[Texel|L]] voor hun verlovingsshoot, omdat ze hier als kind allebei op vakantie gingen. Zonder elkaar te kennen, op dezelfde camping in [[De Koog|L]]!
Toeval bestaat niet, zegt [[Ayla|P]]. Ik begin het langzaam te geloven.
Volgend jaar trouwen ze aan de [[Merwede|L]], en raad eens wie er dan naar [[Dordrecht|L]] afreist? 🚗
#verlovingsshoot #dordrecht #texel [[#aylaenruben|P]]"""),
# 068
("caption", """Stormseizoen is officieel begonnen 🌊
Windkracht 10 bij de [[Hors|L]], schuim tot aan het fietspad en ik in drie lagen fleece achter een duin. Stormfotografie is niet voor iedereen, maar zo'n dag voelt voor mij als een cadeautje.
Tip: bescherm je lens met een plastic zakje en een elastiekje. Niet sexy, wel effectief.
Prints van deze serie komen binnenkort in de webshop.
#stormfotografie #storm #texel #dehors #noordzee"""),
# 069
("comment", """Lieve [[Femke|P]], wat een prachtig bericht. Dankjewel! Een dikke knuffel voor [[Noud|P]] en [[Fien|P]] en tot de volgende shoot 🤗"""),
# 070
("caption", """[[Bloem|P]] tussen de bloemen 🌷
Wat doe je als je dochtertje [[Bloem|P]] heet en oma een bollenkwekerij in [[Lisse|L]] heeft? Precies. Een shoot tussen de tulpen, vlak bij de [[Keukenhof|L]].
Vijftig tinten rood, geel en paars, en midden in het veld een meisje van vijf in een gele regenjas. Mooiste [[bloem|O]] van het veld, als je het mij vraagt.
Gepubliceerd in Ouders van Nu, editie april!
#tulpen #lisse #bollenstreek #kinderfotografie"""),
]


def parse(marked):
    """Strip inline marks; return (text, spans, negatives)."""
    out, spans, negatives = [], [], []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, code = m.group(1), m.group(2)
        start, end = length, length + len(surface)
        out.append(surface)
        length = end
        if LABELS[code] is None:
            negatives.append((start, end, surface))
        else:
            spans.append((start, end, LABELS[code], surface))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negatives


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def check_record(rid, text, spans, negatives):
    errors = []
    err = lambda msg: errors.append(f"{rid}: {msg}")
    n = len(text)
    if "[[" in text or "]]" in text:
        err("leftover mark brackets")
    if text != text.strip():
        err("text has leading/trailing whitespace")

    handles = [(m.start(), m.end(), m.group()) for m in HANDLE_RE.finditer(text)]
    hashtags = [(m.start(), m.end(), m.group()) for m in HASHTAG_RE.finditer(text)]
    tokens = handles + hashtags

    # exact cuts, trimming, word boundaries
    for s, e, lab, surf in spans + [(s, e, "O", su) for s, e, su in negatives]:
        if text[s:e] != surf:
            err(f"surface mismatch {surf!r} vs {text[s:e]!r}")
        if not (text[s].isalnum() or text[s] in "@#"):
            err(f"span {surf!r} does not start on a word character")
        if not text[e - 1].isalnum():
            err(f"span {surf!r} does not end on a word character")
        if s > 0:
            prev = text[s - 1]
            if is_word_char(prev) or prev in "@#":
                err(f"span {surf!r} starts inside a word/handle/hashtag")
            if prev in "-'’" and s > 1 and text[s - 2].isalnum():
                err(f"span {surf!r} starts inside a hyphen/apostrophe join")
        if e < n:
            nxt = text[e]
            if is_word_char(nxt):
                err(f"span {surf!r} ends inside a word")
            if nxt in "-'’" and e + 1 < n and text[e + 1].isalnum():
                err(f"span {surf!r} ends before a hyphen/apostrophe join "
                    f"(genitive or compound left outside)")

    # overlaps
    allspans = sorted([(s, e, lab) for s, e, lab, _ in spans]
                      + [(s, e, "O") for s, e, _ in negatives])
    for (s1, e1, l1), (s2, e2, l2) in zip(allspans, allspans[1:]):
        if s2 < e1:
            err(f"overlap {text[s1:e1]!r} / {text[s2:e2]!r}")

    span_set = {(s, e): lab for s, e, lab, _ in spans}

    # handles
    for s, e, h in handles:
        lab = span_set.get((s, e))
        if lab == "MENTION":
            if h.lower() in NON_PERSON_HANDLES:
                err(f"non-person handle {h} annotated as MENTION")
        elif lab is not None:
            err(f"handle {h} annotated as {lab}")
        elif h.lower() not in NON_PERSON_HANDLES:
            err(f"handle {h} neither annotated nor listed as non-person")
    handle_ranges = {(s, e) for s, e, _ in handles}
    for s, e, lab, surf in spans:
        if lab == "MENTION" and (s, e) not in handle_ranges:
            err(f"MENTION {surf!r} is not a whole @handle")
        if lab != "MENTION" and surf.startswith("@"):
            err(f"{lab} span {surf!r} starts with @")

    # hashtags: whole or nothing, PERSON only
    for hs, he, h in hashtags:
        for s, e, lab, surf in spans:
            if s < he and hs < e:
                if (s, e) != (hs, he):
                    err(f"span {surf!r} cuts hashtag {h}")
                elif lab != "PERSON":
                    err(f"hashtag {h} annotated as {lab}")
    for s, e, lab, surf in spans:
        if surf.startswith("#") and not any((s, e) == (hs, he) for hs, he, _ in hashtags):
            err(f"span {surf!r} starts with # but is not a whole hashtag")

    # role words and lowercase articles
    for s, e, lab, surf in spans:
        first = surf.split()[0]
        if lab == "PERSON" and first.lower() in ROLE_WORDS:
            err(f"PERSON {surf!r} starts with a role/kinship/title word")
        if lab == "LOCATION" and first in LOWER_ARTICLES:
            err(f"LOCATION {surf!r} starts with a lowercase article")

    # O marks must be justified by a same-surface entity in the record
    ent_surfaces = {surf.lower() for _, _, _, surf in spans}
    for s, e, surf in negatives:
        if surf.lower() not in ent_surfaces:
            err(f"O mark {surf!r} has no same-surface entity in the record")

    # annotated once => annotated at every occurrence
    neg_set = {(s, e) for s, e, _ in negatives}
    for s0, e0, lab, surf in spans:
        if surf.startswith(("@", "#")):
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", re.IGNORECASE)
        for m in pat.finditer(text):
            a, b = m.span()
            if any(ts <= a and b <= te for ts, te, _ in tokens):
                continue
            if (a, b) in neg_set:
                continue
            cover = [(s, e, l) for s, e, l, _ in spans if s <= a and b <= e]
            if not cover:
                err(f"{surf!r} ({lab}) also occurs unannotated at {a}")
            elif any(l != lab for _, _, l in cover):
                err(f"{surf!r} ({lab}) occurs at {a} inside a span of another label")
    return errors, handles, hashtags


OPEN_BREAK_RE = re.compile(r"[.!?…]+[\"'’”)]*\s+")
TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*")
LIST_MARKER_RE = re.compile(r"\d+[.)]\s+")


def openings(text, spans):
    """Yield (token, class) for every capitalised sentence/line opening."""
    positions = {0}
    for i, ch in enumerate(text):
        if ch == "\n":
            positions.add(i + 1)
    for m in OPEN_BREAK_RE.finditer(text):
        positions.add(m.end())
    seen = set()
    results = []
    for p in sorted(positions):
        i = p
        while i < len(text):
            m = LIST_MARKER_RE.match(text, i)
            if m:
                i = m.end()
                continue
            hm = HANDLE_RE.match(text, i)
            if hm and hm.start() == i:
                i = hm.end()
                continue
            ch = text[i]
            if ch.isalpha() or ch == "#" or ch.isdigit():
                break
            i += 1
        if i >= len(text) or text[i] == "#" or text[i].isdigit() or i in seen:
            continue
        seen.add(i)
        tm = TOKEN_RE.match(text, i)
        if not tm:
            continue
        tok = tm.group()
        if not tok[0].isupper():
            continue
        a, b = tm.span()
        if any(s < b and a < e for s, e, _, _ in spans):
            cls = "entity"
        elif tok in NON_ORDINARY:
            cls = "non-ordinary"
        elif tok in FOREIGN_WORDS:
            cls = "foreign"
        elif tok in FUNCTION_WORDS:
            cls = "function"
        else:
            cls = "content"
        results.append((tok, cls))
    return results


def main():
    errors = []
    rows = []
    handle_status, hashtag_status = {}, {}
    used_non_person = set()
    label_counts = Counter()
    kind_counts = Counter()
    open_counts = Counter()
    content_words = Counter()
    for idx, (kind, marked) in enumerate(RECORDS, start=1):
        rid = f"nl-unit-{idx:03d}"
        if kind not in ("caption", "comment"):
            errors.append(f"{rid}: bad kind {kind}")
        text, spans, negatives = parse(marked.strip())
        errs, handles, hashtags = check_record(rid, text, spans, negatives)
        errors.extend(errs)
        span_set = {(s, e): lab for s, e, lab, _ in spans}
        for s, e, h in handles:
            st = span_set.get((s, e)) == "MENTION"
            if h.lower() in NON_PERSON_HANDLES:
                used_non_person.add(h.lower())
            if handle_status.setdefault(h.lower(), st) != st:
                errors.append(f"{rid}: handle {h} annotated inconsistently across records")
        for s, e, h in hashtags:
            st = (s, e) in span_set
            if hashtag_status.setdefault(h.lower(), st) != st:
                errors.append(f"{rid}: hashtag {h} annotated inconsistently across records")
        ents = sorted([s, e, lab] for s, e, lab, _ in spans)
        label_counts.update(lab for _, _, lab in ents)
        kind_counts[kind] += 1
        for tok, cls in openings(text, spans):
            open_counts[cls] += 1
            if cls == "content":
                content_words[tok] += 1
        rows.append({"id": rid, "kind": kind, "lang": "nl", "text": text,
                     "entities": ents})
    for h in sorted(NON_PERSON_HANDLES - used_non_person):
        errors.append(f"non-person handle {h} listed but never used")
    if kind_counts != Counter({"caption": 50, "comment": 20}):
        errors.append(f"expected 50 captions and 20 comments, got {dict(kind_counts)}")

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); gold.jsonl not written", file=sys.stderr)
        return 1

    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"units: {len(rows)} ({kind_counts['caption']} captions, "
          f"{kind_counts['comment']} comments)")
    print("spans:", ", ".join(f"{lab} {label_counts[lab]}"
                              for lab in ("PERSON", "MENTION", "LOCATION")),
          f"(total {sum(label_counts.values())})")
    print("capitalised openings:", dict(sorted(open_counts.items())))
    print("ordinary content-word openings:", open_counts["content"],
          f"({len(content_words)} distinct);",
          "plus function-word openings:", open_counts["function"])
    if "-v" in sys.argv:
        print(sorted(content_words.items()))
    print("all checks passed; wrote gold.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
