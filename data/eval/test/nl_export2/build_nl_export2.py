#!/usr/bin/env python3
"""Build a fictional Dutch Instagram export (JSON variant, 2025 layout) plus gold annotations.

Account: @studiohavenlicht (Studio Havenlicht, Rotterdam; photographer "Marieke").
Everything here is invented; real places only appear as places.

Inline marks in the texts below:
    {P:...}  PERSON      {M:...}  MENTION      {L:...}  LOCATION
    {O:...}  ordinary word that looks like an annotated name (no entity; exempt from the
             "annotated everywhere in the record" check)
Standard library only, deterministic.  Run:  python3 build_nl_export2.py
"""

import hashlib
import json
import os
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OWN = "studiohavenlicht"

# @handles that are not persons (own studio, clubs, venues, shops, businesses): never annotated
NON_PERSON_HANDLES = {
    "studiohavenlicht",  # own studio
    "svmaasvogels",  # football club
    "dansschoolpirouette",  # dance school
    "bloemenateliermadelief",  # florist (shop named after its owner)
    "bakkerijvandongen",  # bakery (shop named after the family)
    "koffiebar.dekade",  # coffee bar
    "kapsalon.yasmina",  # hair salon (shop named after its owner)
    "hetveerhuis.rotterdam",  # restaurant / venue
    "landgoedrhoonhof",  # wedding venue
    "webstudio.kade",  # web agency
}

# Unannotated hashtags that contain a (>=4 letter) name of the record but are not about that person
HASHTAG_OK = set()

LABELS = {"P": "PERSON", "M": "MENTION", "L": "LOCATION"}

# ----------------------------------------------------------------------------------------------
# POSTS  (date = local Rotterdam time; n = number of media items; text None = post without caption)
# ----------------------------------------------------------------------------------------------
POSTS = [
    dict(
        date="2025-05-24 20:14",
        n=4,
        text="""
Welkom op de wereld, kleine {P:Zoë} 🤍

Negen dagen jong en nu al zo’n karakter. Ze lag de hele shoot te pruttelen en te zuchten, en grote broer {P:Mees} (4) wilde haar per se zelf vasthouden. Dat werd meteen de mooiste foto van de dag.

Dank jullie wel {P:Anouk} & {P:Ruben} dat ik bij jullie thuis in {L:Hillegersberg} mocht komen 🙏

#newbornfotografie #newbornrotterdam #lifestylenewborn #grotebroer #rotterdamfotograaf
""",
    ),
    dict(
        date="2025-05-17 18:40",
        n=8,
        text="""
KAMPIOEN!!! 🏆⚽️💙

Wat een middag op {L:Sportpark De Blauwe Reiger}. JO13-1 van @svmaasvogels pakt de titel met nog één wedstrijd te gaan en ik mocht erbij zijn met mijn camera.

Trainer {P:Henk Verbeek} werd natuurlijk de sloot in gegooid (sorry {P:Henk}, die foto gaat de kantine in 😂). Speciale shout-out voor keeper {P:Jayden Pinas}, die in de laatste minuut nog een penalty stopte, en voor {P:Ilyas}, die met een gebroken pols langs de lijn stond te schreeuwen alsof hij zelf meespeelde. Verdediger {P:Daley} speelde trouwens het hele seizoen als een kleine {P:Virgil van Dijk}.

Alle foto's staan vanaf vanavond in het album op de site van de club. Ouders: downloaden mag, graag wel even taggen 😉

#svmaasvogels #kampioen #jeugdvoetbal #amateurvoetbal #sportfotografie #rotterdamzuid
""",
    ),
    dict(
        date="2025-05-12 12:05",
        n=1,
        text="""
En de winnaar van de Moederdag-giveaway is... 🥁

@{M:lotte.verhaeghe}, die haar schoonmoeder {P:Griet} taggde met de woorden "ze heeft drie kleinkinderen en nog geen enkele foto met ze allemaal samen". Nou {P:Griet}, daar gaan we verandering in brengen! 💛

{P:Lotte}, ik stuur je vandaag een DM. Iedereen bedankt voor het meedoen, wat was het leuk om al jullie lieve berichten te lezen. Er zaten echt een paar tranentrekkers tussen 🥹

#giveaway #winnaar #moederdag
""",
    ),
    dict(
        date="2025-05-07 09:30",
        n=2,
        text="""
🌷 GIVEAWAY voor Moederdag 🌷

Samen met @bloemenateliermadelief mag ik één moeder (of oma, of bonusmoeder, of die tante die eigenlijk een tweede mama is) verrassen met:
✨ een mini-fotoshoot van 30 minuten in {L:Het Park} bij de {L:Euromast}
✨ 5 gedrukte foto's op 20x30
✨ een seizoensboeket, gebonden door {P:Madelief} zelf

Meedoen?
1. Volg @studiohavenlicht en @bloemenateliermadelief
2. Tag in een reactie de moeder die jij dit gunt
3. Deel dit bericht in je story voor een extra kans

Zondagavond 20.00 uur sluiten we af, maandag maak ik de winnaar bekend. Succes allemaal! 💐

#giveaway #moederdag #winactie #rotterdam #fotoshoot
""",
    ),
    dict(
        date="2025-05-03 21:02",
        n=3,
        text="""
Golden hour at the {L:Erasmusbrug} never gets old ✨ {P:Lina} and {P:Mo}, thank you for braving the wind for this one!

@{M:lina.hadjar} @{M:mo.azzouz}

#engagementshoot #rotterdam #erasmusbrug #goldenhour #loveinrotterdam
""",
    ),
    dict(date="2025-04-30 16:20", n=1, text=None),
    dict(
        date="2025-04-26 17:45",
        n=5,
        text="""
Oranje boven 🧡👑

Koningsdag in {L:Kralingen} is altijd een feestje. Ik liep met mijn camera langs de vrijmarkt op de {L:Oudedijk} en kwam {P:Femke}, {P:Storm} en {P:Lieve} tegen, die hun oude knuffels verkochten voor "50 cent of een snoepje". Zakelijk inzicht hebben ze in ieder geval 😂 {P:Femke's} moeder zat ernaast met een thermoskan koffie en had het allemaal prima geregeld.

Fijne Koningsdag allemaal!

#koningsdag #koningsdag2025 #kralingen #vrijmarkt #oranje #straatfotografie
""",
    ),
    dict(
        date="2025-04-19 22:10",
        n=10,
        text="""
{P:Priya} & {P:Daniël} 💍

Getrouwd in het stadhuis aan de {L:Coolsingel}, daarna met z'n allen op de fiets (ja echt, de bruid ook, in haar sari!) naar {L:Brasserie Het Veerhuis} aan de {L:Maas}. Wat een energie, wat een familie, wat een dag.

{P:Priya's} oma had speciaal voor deze dag haar eigen trouwsari uit {L:Paramaribo} laten overkomen. Toen ze zag hoe haar kleindochter hem omdeed, moest iedereen huilen. Ik ook, achter mijn camera 🥲

Visagie: @{M:zeynepkaya.mua}
Bloemen: @bloemenateliermadelief
Locatie: @hetveerhuis.rotterdam

{P:#priyaendaniel} #trouwfotograaf #bruiloftrotterdam #hindoestaansebruiloft #trouwen2025
""",
    ),
    dict(
        date="2025-04-14 10:15",
        n=7,
        text="""
Wat. Een. Show. 🌟

Twee voorstellingen, 180 dansers, 1 fotograaf die na afloop haar armen niet meer voelde. "Onder de Sterren" van @dansschoolpirouette was prachtig.

Een paar momenten die ik nooit vergeet:
💫 {P:Noa} en {P:Jolijn}, die hun duet dansten terwijl hun moeders in de zaal zaten te snikken
💫 De hiphopgroep van {P:Jermaine}, die de hele zaal op de banken kreeg
💫 Kleine {P:Fay}, die halverwege stopte om naar opa te zwaaien 👋

Dank je wel {P:Esra}, {P:Malika} en {P:Tamara} voor het vertrouwen, alweer het derde jaar! De foto's komen begin mei online.

#dansschoolpirouette #danceshow #dansvoorstelling #theaterfotografie #schiedam
""",
    ),
    dict(
        date="2025-04-08 11:00",
        n=1,
        text="""
Nieuwe website is live! 🎉

Na maanden schaven (en heel veel koffie) staat hij online. Met eindelijk een overzichtelijke prijslijst, een FAQ voor twijfelaars en een portfolio dat weer helemaal up-to-date is.

Heel veel dank aan {P:Job Hoekstra} van @webstudio.kade voor het bouwen en aan {P:Sanne} (@{M:sanne.schouten}) voor de teksten. Zij kreeg het voor elkaar om mijn eindeloze gebabbel samen te vatten in drie zinnen 😅

Neem een kijkje via de link in bio en laat me weten wat je ervan vindt!

#nieuwewebsite #ondernemen #fotograaf #rotterdam
""",
    ),
    dict(
        date="2025-04-05 19:30",
        n=6,
        text="""
Achter de schermen bij de generale repetitie van @dansschoolpirouette 🩰✨

Volgend weekend staat de grote voorstelling "Onder de Sterren" in {L:Theater De Kapelwerf} in {L:Schiedam} en ik mocht vandaag alvast binnenkijken. Juf {P:Esra} heeft met de kleinste groep (4 tot 6 jaar!!) een dansje ingestudeerd op een nummer van {P:Davina Michelle} en ik kan je vertellen: ik heb 400 foto's van tutu's die de verkeerde kant op draaien en ik hou van elke foto 😂🫶

Kaartjes zijn nog te koop via de dansschool. Go go go!

#dansschool #ballet #achterdeschermen #danceshow #dansfotografie
""",
    ),
    dict(
        date="2025-03-22 10:45",
        n=3,
        text="""
Studionieuws 📣

De lente-minishoots zijn terug! 🌸 Op zaterdag 12 en zondag 13 april staat er een bloesemset in de studio aan de {L:Zaagmolenkade}.

✔️ 20 minuten
✔️ 10 bewerkte foto’s
✔️ Voor gezinnen, broertjes & zusjes, en ja, ook voor je hond 🐶

De set bouw ik samen met {P:Wytske} (@{M:wytske.vdzee}), die vorig jaar ook de kerstset maakte waar jullie zo gek op waren.

Boeken via de link in bio. Vol = vol!

#lenteshoot #minishoot #gezinsfotografie #rotterdamnoord #bloesem
""",
    ),
    dict(
        date="2025-03-15 20:20",
        n=5,
        text="""
Zwangerschapsshoot in de duinen bij {L:Oostvoorne} 🤍

{P:Annelies} is 34 weken zwanger van hun tweede, en zoon {P:Storm} (3) weet het zeker: "Het wordt een zusje en ze heet {P:Elsa}." Of papa {P:Sjoerd} daar ook nog iets over te zeggen heeft, is even de vraag 😄

Windkracht 6, en een peuter die {P:Storm} heet. Je kunt het niet verzinnen 🌬️ {P:Annelies} stond er intussen bij alsof het juli was. Respect. Na afloop warme chocomel van de Albert Heijn in {L:Brielle}, want niemand voelde zijn vingers nog.

#zwangerschapsshoot #zwanger #maternity #oostvoorne #duinen #buikfoto
""",
    ),
    dict(
        date="2025-03-08 13:10",
        n=6,
        text="""
Krentenbollen, appeltaart en een bakker die om 04.00 uur al staat te zingen 🥐🎶

Deze week was ik te gast bij @bakkerijvandongen in {L:Crooswijk} voor nieuwe foto’s voor hun website en socials. Sinds 1962 zit de bakkerij op de hoek van de {L:Boezemstraat} en {P:Kees} is inmiddels de derde generatie achter de oven. Een echte Rotterdamse bakker, met een stem waar je om vier uur ’s nachts wakker van wordt. Zijn dochter {P:Fleur} gaat het straks overnemen, en haar kaneelbroodjes zijn nu al legendarisch in de buurt.

Steun je lokale ondernemers, mensen! Het verschil proef je echt 🫶

#lokaalondernemen #bakkerij #crooswijk #bedrijfsfotografie #branding #rotterdamseondernemers
""",
    ),
    dict(
        date="2025-03-01 09:05",
        n=1,
        text="""
Vraag die ik elke week krijg: "Met welke camera fotografeer jij?" 📷

Eerlijk antwoord: de camera maakt maar 10% uit. De rest is licht, geduld, en heel veel gekke geluidjes maken om een baby van drie maanden aan het lachen te krijgen 🐸

Maar goed, voor de nerds onder ons: ik werk met een Sony A7 IV, een 35mm 1.4 en een 85mm 1.8, en ik bewerk alles in Lightroom met mijn eigen presets. Mijn grote voorbeeld? {P:Anton Corbijn}, al lijkt mijn werk daar totaal niet op 😂

Vragen? Stel ze hieronder!

#fotograferen #achterdeschermen #fotografietips #gear #sony
""",
    ),
    dict(
        date="2025-02-22 15:30",
        n=2,
        text="""
Kaartjes zoals deze 🥹💌

"Lieve {P:Marieke}, dankzij jou hebben we foto's van de eerste weken met {P:Sem} die we ons hele leven gaan koesteren. Je was zo geduldig, ook toen hij drie keer over je heen plaste 😂 Liefs, {P:Romy}, {P:Gijs} en {P:Sem}"

Drie keer. DRIE keer! Gelukkig heb ik altijd een reserveshirt in mijn tas. Dank jullie wel {P:Romy} en {P:Gijs}, jullie kaartje hangt op het prikbord in de studio ❤️

#klantervaring #dankjewel #newbornfotograaf #reviews
""",
    ),
    dict(
        date="2025-02-14 08:00",
        n=4,
        text="""
Happy Valentine's Day 💘

Geen betere dag om deze twee te delen. {P:Kasia} en {P:Emre} leerden elkaar vijf jaar geleden kennen in de rij bij de {L:Markthal} (hij stond voor haar, zij vond dat hij veel te lang deed over het kiezen van olijven 🫒😂). Vorige maand zijn ze verloofd en dus deden we een shoot precies daar waar het begon.

Love wins. En soms ook de olijven.

@{M:kasia.nowak_} @{M:emre.kaya91}

#verlovingsshoot #engagementshoot #markthal #rotterdamlove #valentijnsdag
""",
    ),
    dict(
        date="2025-02-01 17:25",
        n=5,
        text="""
Sneeuw in {L:Rotterdam}?! Nou ja, een beetje dan ❄️

Genoeg voor een sneeuwballengevecht in het {L:Kralingse Bos} met de familie {P:El Amrani}. {P:Yassin} (7) en {P:Nour} (5) hadden binnen tien minuten alle sneeuw van het hele bos bij elkaar geveegd en op papa gegooid. {P:Soufiane}, je was een held 😅

Koude handen, warme foto’s. Dank jullie wel!

#gezinsshoot #sneeuw #kralingsebos #winterfotoshoot #familiefotografie
""",
    ),
    dict(
        date="2025-01-25 19:00",
        n=9,
        text="""
Teamfoto-dag bij @svmaasvogels 📸⚽️

Achttien teams, van de mini's tot de veteranen, in één lange zaterdag. Shout-out naar {P:Ans} en {P:Gerard} van de kantine voor de onuitputtelijke voorraad koffie en tosti's, naar voorzitter {P:Ronald Bakker}, die alle teams keurig op tijd het veld op kreeg (bij een amateurclub is dat een wonder, geloof me 😅), en naar {P:Brams} vader, die zijn ladder uitleende zodat ik de selectie van bovenaf kon fotograferen.

En natuurlijk meneer {P:Van der Linden}, onze oudste vrijwilliger (84!), die om 7 uur 's ochtends al de lijnen stond te trekken.

De teamfoto's worden deze week gedrukt en hangen binnenkort in de kantine.

#teamfoto #amateurvoetbal #svmaasvogels #clubliefde #vrijwilligers
""",
    ),
    dict(
        date="2025-01-18 14:40",
        n=6,
        text="""
Twee keer zoveel liefde 👶👶

{P:Sytse} en {P:Hylke}, geboren op 2 januari, samen 5120 gram mooiheid. Hun ouders {P:Tjitske} en {P:Jelle} verhuisden vorig jaar van {L:Leeuwarden} naar {L:Rotterdam} en oma {P:Baukje} was speciaal een week overgekomen om te helpen. Ze zong de jongens in slaap met een Fries slaapliedje en ik heb de hele shoot kippenvel gehad.

Tweelingshoots zijn altijd een puzzel (de een slaapt, de ander niet, en dan andersom 🙃), maar wat waren ze rustig.

#tweeling #newbornshoot #newborntwins #friesland #newbornfotografie
""",
    ),
    dict(
        date="2025-01-04 18:15",
        n=6,
        text="""
Zaaltoernooi! 🥅

Traditiegetrouw speelt de jeugd van @svmaasvogels in de kerstvakantie het {P:Kees Doorn}-toernooi, ter nagedachtenis aan de man die in 1958 de club oprichtte. Dit jaar in de sporthal van {L:IJsselmonde}, met 24 teams en een tribune die bijna uit elkaar knalde.

Winnaar bij de meiden: het team van {P:Priscilla}, {P:Yara}, {P:Sterre} en {P:Fatima}, die de finale wonnen na penalty's. Het gejuich hoor ik nog steeds 🎉

#zaalvoetbal #meidenvoetbal #jeugdvoetbal #svmaasvogels #ijsselmonde
""",
    ),
    dict(
        date="2025-01-01 13:00",
        n=1,
        text="""
Gelukkig nieuwjaar! 🥂✨

2024 in cijfers:
📸 31 newborns
👨‍👩‍👧‍👦 58 gezinsshoots
💍 9 bruiloften
⚽️ 24 zaterdagen langs de lijn bij @svmaasvogels
☕️ ontelbare koppen koffie bij @koffiebar.dekade

Dank jullie wel voor jullie vertrouwen, jullie verhalen en jullie kinderen die me elke keer weer uitlachen als ik als een gek sta te springen om ze te laten lachen. Op naar 2025! 💛

Liefs, {P:Marieke}

#nieuwjaar #terugblik #2024 #dankjewel #studiohavenlicht
""",
    ),
    dict(
        date="2024-12-28 11:30",
        n=10,
        text="""
Mijn 10 favorieten van 2024, swipe maar ➡️

1️⃣ {P:Defne}, zes dagen oud, op de deken van haar overgrootmoeder
2️⃣ {P:Wim} & {P:Truus}, vijftig jaar en nog steeds hand in hand
3️⃣ {P:Arjun} tot zijn knieën in de {L:Noordzee}
4️⃣ Vier generaties, met {P:Edith} (91) in het midden
5️⃣ {P:Merel} & {P:Thijs} onder één paraplu
6️⃣ {P:Bilal's} juichmoment (richting de verkeerde goal)
7️⃣ {P:Bo} en de taart (of wat ervan over was)
8️⃣ {P:Zuzia} in de lucht in {L:Trompenburg}
9️⃣ De kapsalon op de {L:Nieuwe Binnenweg}, muntthee inbegrepen
🔟 De familie {P:Öztürk}, compleet, voor de kerstboom

Welke is jouw favoriet? 💛
""",
    ),
    dict(
        date="2024-12-16 20:45",
        n=4,
        text="""
Kerstminishoots: check ✅🎄

Twee weekenden, 46 gezinnen, 3 honden, 1 kat (ja echt, Snoes bleef gewoon zitten) en ontelbare kerstsokken. Wat was het gezellig in de studio!

Dikke merci aan {P:Wytske} voor de prachtige set, en aan {P:Bart} en {P:Lisa ter Horst}, die hun tijdslot ruilden zodat de familie {P:Öztürk} met alle kleinkinderen erbij kon komen. Dat werd er één voor aan de muur 🧡

Alle galerijen staan uiterlijk 20 december online. Fijne feestdagen alvast!

#kerstminishoot #kerstfoto #gezinsfotografie #studiohavenlicht
""",
    ),
    dict(date="2024-12-10 12:00", n=1, text=None),
    dict(
        date="2024-12-05 22:30",
        n=1,
        text="""
Pakjesavond 🎁

Vanavond geen camera, alleen chocolademelk en gedichten. Eentje van mijn neefje {P:Tijn} wil ik jullie niet onthouden:

"Tante {P:Marieke} maakt altijd foto's van baby's,
maar nooit van mij, dat is niet eerlijk, ladies"

Hij is 9. Ik ben trots én beledigd 😂

#pakjesavond #5december #gedichten
""",
    ),
    dict(
        date="2024-11-28 10:00",
        n=1,
        text="""
Nog op zoek naar een cadeau voor de feestdagen? 🎁

Cadeaubonnen van Studio Havenlicht zijn er vanaf €50 en zijn een jaar geldig. Voor de nieuwe ouders die alles al hebben, voor opa en oma die al jaren vragen om "een mooie foto met alle kleinkinderen", of gewoon voor jezelf. Mag ook!

Bestellen via de webshop of even een DM. Ik verstuur ze in een mooie envelop, met een handgeschreven kaartje ✍️

#cadeaubon #kerstcadeau #fotoshoot #cadeautip #cadeauvoorhaar
""",
    ),
    dict(
        date="2024-11-23 16:50",
        n=5,
        text="""
Workshop 'Natuurlijk licht' ✔️

Afgelopen zaterdag gaf ik samen met collega-fotograaf {P:Sytske de Jong} (@{M:sytske.dejong}) een workshop voor beginnende fotografen. Acht deelnemers, één grote raampartij en heel veel vragen over witbalans 😅

Ons model voor de dag was de lieve {P:Joëlle}, die met haar zoontje {P:Noah} de hele middag geduldig bleef poseren. Jullie zijn goud waard!

Zin in een volgende editie? In maart staat er een nieuwe datum gepland. Houd de stories in de gaten 👀

#fotografieworkshop #natuurlijklicht #workshop #fotograferenleren
""",
    ),
    dict(
        date="2024-11-15 13:20",
        n=6,
        text="""
Bloemen, bloemen, bloemen 💐

Voor de nieuwe wintercollectie van @bloemenateliermadelief mocht ik een hele dag in de werkplaats staan. {P:Madelief} en haar collega {P:Priscilla} maakten het ene boeket na het andere, en ik liep er maar achteraan met mijn camera, als een kind in een snoepwinkel.

Tip: haar droogbloemenkransen zijn dé kerstcadeaus van dit jaar. Ik heb er al twee besteld (sst, niet verder vertellen, mam).

#bloemist #bloemenwinkel #droogbloemen #productfotografie #lokaalondernemen #kralingen
""",
    ),
    dict(
        date="2024-11-09 12:35",
        n=7,
        text="""
Nieuwe foto's voor @kapsalon.yasmina 💇🏽‍♀️✨

Sinds vorig jaar zit de salon op de {L:Nieuwe Binnenweg} en {P:Yasmina El Idrissi} wilde foto's die laten zien hoe het er écht aan toe gaat: muntthee, harde muziek en klanten die elkaar al jaren kennen.

Dank aan {P:Yasmina}, {P:Sanae} en stagiaire {P:Demi} voor de gezelligste shootdag van het jaar. En aan mevrouw {P:Pinto}, die al twintig jaar elke donderdag komt en nu het gezicht van de nieuwe website is 😍

#ondernemersfotografie #kapsalon #nieuwebinnenweg #personalbranding #rotterdamwest
""",
    ),
    dict(
        date="2024-10-26 18:05",
        n=6,
        text="""
Herfst op z’n mooist 🍂🍁

Vanochtend met de {P:Wiśniewski's} in {L:Arboretum Trompenburg}. Het zonnetje brak precies door op het moment dat {P:Tomasz} zijn dochters {P:Zuzia} en {P:Hanna} de lucht in gooide. Timing is alles (en een beetje geluk).

Mama {P:Magda} had vooraf een moodboard gemaakt met bijpassende kleuren, mosterdgeel, roest en crème, en het klopte allemaal. Ik hoefde bijna niks meer te doen, zo leuk!

Nog een paar herfstplekken vrij in november, stuur me een berichtje 📩

#herfstshoot #gezinsfotografie #trompenburg #herfstkleuren #fotograafrotterdam
""",
    ),
    dict(
        date="2024-10-19 09:40",
        n=1,
        text="""
Gewoon een hele lieve foto van broer en zus. Dat is alles. 🧡 #broerenzus #siblings #gezinsfotografie
""",
    ),
    dict(
        date="2024-10-12 15:25",
        n=5,
        text="""
Zaterdag = voetbaldag ⚽️

Vanochtend mee met de JO11-2 van @svmaasvogels voor een uitwedstrijd in {L:Barendrecht}. Uitslag: 3-3. Sfeer: 10/10. Modder: overal.

{P:Bilal} scoorde zijn allereerste doelpunt en rende daarna juichend naar de verkeerde kant van het veld, recht in de armen van de scheidsrechter 😂 Trainer {P:Rob de Wit} kon niet meer van het lachen.

Zin in meer? Alle foto's van dit seizoen vind je via de link in de bio van de club.

#jeugdvoetbal #jo11 #zaterdagvoetbal #sportfotografie #modder
""",
    ),
    dict(
        date="2024-10-05 21:10",
        n=5,
        text="""
Welkom op de wereld, {P:Adam} 🤍

Geboren in het {L:Reinier de Graaf Gasthuis} in {L:Delft}, twee weken te vroeg en met een bos zwart haar waar elke kapper jaloers op zou zijn. Papa {P:Hamza} en mama {P:Samira} waren nog een beetje overdonderd door de snelle bevalling, maar o zo trots.

Tante {P:Nadia} had trouwens de hele familie-app al voorzien van de eerste previews voordat ik mijn camera had ingepakt 😂

#newborn #newbornfotografie #delft #babyboy #welkomopdewereld
""",
    ),
    dict(
        date="2024-09-28 23:15",
        n=10,
        text="""
{P:Merel} & {P:Thijs} 🤍 28.09.2024

Een bruiloft in de regen, en niemand die het erg vond. Ze trouwden op {L:Landgoed Rhoonhof} in {L:Rhoon}, met een ceremonie onder de grote kastanjeboom en, toen de bui losbarstte, een receptie in de oude schuur met een heel dorp aan paraplu's.

Getuige {P:Vincent} hield een speech waarin hij vertelde hoe {P:Thijs} ooit vijf uur lang had gefietst om {P:Merel} een verjaardagstaart te brengen. De taart was plat, de liefde niet 🥹

Dank jullie wel voor deze dag. Ik ben nog steeds een beetje verliefd op jullie.

Team van de dag:
💄 @{M:zeynepkaya.mua}
💐 @bloemenateliermadelief
🎶 DJ @{M:djmarcovdb}
📍 @landgoedrhoonhof

{P:#merelenthijs} #bruiloft #trouwfotografie #regenopjetrouwdag #landgoedbruiloft #trouwen2024
""",
    ),
    dict(
        date="2024-09-14 10:30",
        n=4,
        text="""
Nieuw seizoen, nieuwe gezichten 💃🕺

Deze week maakte ik de nieuwe team- en lesfoto's voor @dansschoolpirouette. Eigenaar {P:Malika Bouzid} begon vijftien jaar geleden met twaalf leerlingen in een gymzaal in {L:Spangen}; nu zijn het er ruim 400 en heeft de school een eigen studio op {L:Katendrecht}.

Nieuw in het team dit jaar: {P:Kevin Tjon A Fong} (hiphop & breakdance) en {P:Lucía} (salsa, bachata en de beste playlist van {L:Rotterdam-Zuid}). Welkom!

#dansschool #nieuwseizoen #teamfoto #katendrecht #dansles
""",
    ),
    dict(
        date="2024-09-06 19:45",
        n=2,
        text="""
Dit is {P:Daan} 👋

De meesten van jullie kennen hem al: hij is degene die achter me staat met een reflectiescherm, een zak rijstwafels voor de peuters en een eindeloos geduld. Sinds deze maand doet hij ook zelf de kleinere shoots!

{P:Daan} studeerde vorig jaar af aan de kunstacademie en heeft een oog voor licht waar ik soms echt jaloers op ben. Boek je een minishoot of een bedrijfsreportage? Grote kans dat je hem tegenkomt.

Volg zijn eigen werk via @{M:daan.visser.foto} 📸

#teamhavenlicht #tweedefotograaf #nieuwinhetteam #fotograaf
""",
    ),
    dict(
        date="2024-08-31 14:15",
        n=4,
        text="""
Eén jaar! 🎂

{P:Bo} mocht vandaag haar eerste taart helemaal zelf slopen, en dat deed ze met overgave. Na precies 40 seconden zat er meer taart in haar oren dan op het bord 😂

De taart was gemaakt door haar tante {P:Sharon}, die heel eerlijk zei: "Ik heb er drie uur aan gewerkt en ze heeft er 40 seconden over gedaan." Zo gaat dat, {P:Sharon} 💕

#cakesmash #eenjaar #cakesmashrotterdam #eerstejaar #babyfotografie
""",
    ),
    dict(date="2024-08-24 11:00", n=3, text=None),
    dict(
        date="2024-08-17 21:35",
        n=6,
        text="""
Zomeravondje aan zee 🌅

Met {P:Ravi}, {P:Shanti} en hun drie boefjes naar het strand van {L:Hoek van Holland}, precies op het gouden uur. De jongste, {P:Arjun}, weigerde eerst zijn schoenen uit te doen ("zand is vies") en stond tien minuten later tot zijn knieën in de zee.

Er gaat niks boven zo'n avond. Zout haar, natte broeken, blije koppies.

#strandshoot #hoekvanholland #goldenhour #gezinsfotografie #zomer
""",
    ),
    dict(
        date="2024-08-02 08:30",
        n=1,
        text="""
Out of office 🏖️

Vanaf morgen ben ik twee weken met mijn eigen gezin op vakantie in {L:Zeeland}. Mails beantwoord ik na 19 augustus; voor boekingen in het najaar kun je gewoon het formulier op de website invullen, dan kom ik daarna bij je terug.

Ik neem trouwens geen camera mee. Oké, alleen een kleintje. Oké, twee. 🙈

Fijne zomer allemaal! ☀️
""",
    ),
    dict(
        date="2024-07-27 20:00",
        n=8,
        text="""
{P:Naomi} & {P:Iris} 🌈💍

Getrouwd op een dinsdagochtend in de {L:Pelgrimvaderskerk} in {L:Delfshaven}, met dertig gasten en een strijkkwartet. Daarna een lunch aan het water bij {L:Restaurant De Stoomboot} en 's middags een fotowandeling langs de {L:Voorhaven}.

Klein, intiem en zo ontzettend persoonlijk. {P:Naomi's} vader hield het niet droog toen {P:Iris} haar geloften voorlas in het Nederlands, het Engels én een beetje Pools, voor haar oma {P:Halina}, die speciaal uit {L:Kraków} was overgekomen 🥹

{P:#naomieniris} #lovewins #kleinebruiloft #delfshaven #trouwfotograaf
""",
    ),
    dict(
        date="2024-07-20 17:10",
        n=5,
        text="""
50 jaar getrouwd 💛

{P:Wim} en {P:Truus} leerden elkaar in 1972 kennen op de kermis in {L:Vlaardingen}. Hij won een pluchen beer voor haar bij het schieten, zij vond hem "een beetje een opschepper". Twee jaar later trouwden ze.

Hun kleindochter {P:Sanne} boekte deze shoot als verrassing. Ik heb ze gefotografeerd op hun eigen bankje in het {L:Zuiderpark}, waar ze al vijftig jaar elke zondag een rondje lopen. De beer was er ook bij. Natuurlijk.

#50jaargetrouwd #goudenbruiloft #liefde #koppelshoot #rotterdamzuid
""",
    ),
    dict(
        date="2024-07-06 09:50",
        n=5,
        text="""
Mijn tweede kantoor heeft nieuwe foto's ☕️

Als je me een beetje volgt, weet je dat ik de helft van mijn bewerkwerk doe aan het raam bij @koffiebar.dekade. Dus toen {P:Jurre} en {P:Ayşe} vroegen of ik hun nieuwe menukaart en website wilde fotograferen, hoefde ik daar niet lang over na te denken.

Hun pistache-latte is overigens gevaarlijk lekker. Je bent gewaarschuwd.

#koffiebar #horecafotografie #lokaalondernemen #rotterdamnoord #productfotografie
""",
    ),
    dict(
        date="2024-06-29 12:00",
        n=1,
        text="""
Zomerse vibes in {L:Het Park} ☀️ Minishoots op 6 juli, nog 3 plekjes vrij! Link in bio.
""",
    ),
    dict(
        date="2024-06-22 16:30",
        n=4,
        text="""
Vier generaties op één foto 🤎

Overgrootoma {P:Edith}, oma {P:Ingrid}, mama {P:Chantal} en de kleine {P:Jaylano}, drie weken oud. Het was een idee van {P:Chantal's} zus {P:Romy}, en wat ben ik blij dat ze het heeft doorgedrukt.

{P:Edith} (91!) vertelde me tijdens de shoot over haar eigen bevalling in {L:Paramaribo}: thuis, met alleen een vroedvrouw en een petroleumlamp. Wat een vrouw.

#viergeneraties #newborn #familie #newbornfotografie #roots
""",
    ),
    dict(
        date="2024-06-16 10:00",
        n=2,
        text="""
Vaderdag 💙

Een van mijn favoriete foto’s van dit jaar: {P:Jayden} en zijn vader {P:Marvin}, na de laatste training van het seizoen. Twee keer hetzelfde shirt, twee keer dezelfde grijns.

Fijne Vaderdag aan alle papa's, bonuspapa's, opa's en iedereen die die rol met liefde vervult 🫶

#vaderdag #vaderenzoon #voetbal #svmaasvogels
""",
    ),
    dict(
        date="2024-06-08 18:00",
        n=3,
        text="""
Vijf jaar Studio Havenlicht 🥳

In juni 2019 begon ik met één camera, een tweedehands flitser en een zolderkamer in {L:Blijdorp}. Nu heb ik een echte studio aan de {L:Zaagmolenkade}, een fantastische assistent ({P:Daan}, je weet dat je goud bent 🏅) en een agenda vol met de leukste mensen van {L:Rotterdam} en omstreken.

Om dat te vieren geef ik deze maand 15% korting op alle gezinsshoots die je in juni boekt. Gebruik code VIJFJAAR bij het boeken.

Dank jullie wel voor alles 🫶
{P:Marieke}

#jubileum #5jaar #studiohavenlicht #ondernemen #dankbaar
""",
    ),
    dict(
        date="2024-05-25 19:20",
        n=5,
        text="""
Hoş geldin, kleine {P:Defne} 🧿🤍

Zes dagen oud, en zo ontzettend rustig. {P:Elif} en {P:Mehmet} hadden een prachtige deken meegenomen die {P:Elif's} anneanne zelf heeft gehaakt, dus die moest natuurlijk op de foto.

Çok teşekkürler voor jullie gastvrijheid, en voor de börek 😋

#newborn #newbornrotterdam #hoşgeldin #babygirl #newbornfotografie
""",
    ),
    dict(
        date="2024-05-11 15:00",
        n=5,
        text="""
Molens, lammetjes en een peuter in een gele regenjas 💛🌷

Gezinsshoot bij {L:Kinderdijk} met {P:Wout}, {P:Lien} en hun zoontje {P:Tuur}. Ze komen uit {L:Gent}, wonen pas een jaar in {L:Rotterdam} en wilden graag "het meest Hollandse plaatje dat er is". Nou, bij deze 😄

{P:Tuur} vond de molens overigens maar niks. De eendjes daarentegen...

#kinderdijk #gezinsshoot #molens #lente #vlamingeninrotterdam
""",
    ),
]

# ----------------------------------------------------------------------------------------------
# COMMENTS the account owner wrote (owner = username of the commented post's owner)
# ----------------------------------------------------------------------------------------------
COMMENTS = [
    dict(
        date="2025-05-25 09:12",
        owner=OWN,
        text="@{M:anouk.vdberg} dank jullie wel! {P:Mees} was echt de ster van de shoot 🌟 Tot snel bij de oplevering van de galerij x",
    ),
    dict(
        date="2025-05-18 10:03",
        owner="svmaasvogels",
        text="Wat een seizoen, mannen! Gefeliciteerd allemaal 💙🏆 En {P:Henk}, je natte trainingspak staat er prachtig op 😂",
    ),
    dict(
        date="2025-05-14 21:40",
        owner="sytske.dejong",
        text="Prachtig licht {P:Sytske}! Die tweede foto 😍 Waar is dit, in de {L:Biesbosch}?",
    ),
    dict(date="2025-05-12 12:20", owner=OWN, text="@{M:lotte.verhaeghe} gefeliciteerd!! Check je DM 💌"),
    dict(
        date="2025-04-21 08:55",
        owner="hetveerhuis.rotterdam",
        text="Wat was het een feest zaterdag! Dank aan het hele team, en aan {P:Bas} achter de bar voor de koffie tussen de shots door ☕️",
    ),
    dict(
        date="2025-04-15 07:30",
        owner="dansschoolpirouette",
        text="Wat een avond 🥹 Trots op alle dansers, en op jullie {P:Malika} & {P:Esra}!",
    ),
    dict(
        date="2025-03-24 13:15",
        owner=OWN,
        text="@{M:jasmijn_de.groot} Ja hoor, honden zijn van harte welkom! Zolang ze niet aan de bloesem gaan knagen 😄🐶",
    ),
    dict(
        date="2025-03-10 16:48",
        owner="bakkerijvandongen",
        text="Die kaneelbroodjes van {P:Fleur} 🤤 Ik kom zaterdag weer langs!",
    ),
    dict(
        date="2025-02-15 11:02",
        owner="kasia.nowak_",
        text="Jullie zijn zo leuk samen 😍 Nog steeds om te gieren, dat verhaal over die olijven",
    ),
    dict(
        date="2025-02-03 20:11",
        owner=OWN,
        text="@{M:soufiane.elamrani} haha echte papa-actie 💪 De foto's komen volgende week!",
    ),
    dict(date="2025-01-06 19:25", owner=OWN, text="Dank je {P:Roos}! Jouw dochter was ook zo'n toppertje 🌹"),
    dict(
        date="2025-01-02 10:40",
        owner="wout.vandamme",
        text="Gelukkig nieuwjaar {P:Wout}, {P:Lien} en {P:Tuur}! Die kerstkaart met jullie drietjes op de {L:Graslei} is echt te schattig 😍",
    ),
    dict(
        date="2024-12-19 22:05",
        owner=OWN,
        text="@{M:ozturk.aylin} wat fijn om te horen! Doe {P:Yusuf} de groeten, hij was de ster van de shoot 😄",
    ),
    dict(
        date="2024-11-25 09:30",
        owner="sytske.dejong",
        text="Dank je wel voor de fijne samenwerking {P:Sytske}! Volgende keer neem ík de koekjes mee 🍪",
    ),
    dict(
        date="2024-11-10 14:00",
        owner="kapsalon.yasmina",
        text="Zo blij met hoe deze zijn geworden! Mevrouw {P:Pinto} is een natuurtalent 💅",
    ),
    dict(
        date="2024-10-15 18:22",
        owner="sanne.vanthof",
        text="Wat leuk dat jullie verhaal in de Margriet staat, {P:Sanne}! Opa en oma worden nog beroemd 😄",
    ),
    dict(
        date="2024-10-01 12:10",
        owner="landgoedrhoonhof",
        text="Wat een plek om te werken. Tot de volgende bruiloft! 🍂",
    ),
    dict(
        date="2024-09-30 08:45",
        owner=OWN,
        text="@{M:merelenthijs} jullie verdienen het allemaal 🤍 De galerij komt eind oktober, beloofd!",
    ),
    dict(
        date="2024-08-20 21:00",
        owner=OWN,
        text="@{M:shanti.ramdin} dank je! Die van {P:Arjun} met zijn natte broek is ook mijn favoriet 😂",
    ),
    dict(
        date="2024-07-22 10:35",
        owner=OWN,
        text="Dank je wel {P:Sanne}, wat een mooi cadeau heb je je opa en oma gegeven 💛 De familie {P:Van 't Hof} heeft er echt van genoten, zei je opa net nog aan de telefoon.",
    ),
    dict(
        date="2024-06-10 23:02",
        owner="daan.visser.foto",
        text="Wauw {P:Daan}, deze serie op {L:Katendrecht} is echt 🔥 Trots op je!",
    ),
    dict(
        date="2024-06-04 15:18",
        owner=OWN,
        text="Thanks {P:Noor}! Yes, English sessions are totally possible, just send me a DM 😊",
    ),
    dict(
        date="2024-05-28 10:00",
        owner="elif.mehmet.yildiz",
        text="Wat een eer om {P:Defne} als eerste op de foto te mogen zetten 🧿 Geniet van jullie kraamtijd!",
    ),
]

# ----------------------------------------------------------------------------------------------
MARK = re.compile(r"\{([PMLO]):([^{}]*)\}")
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]+")
HASHTAG = re.compile(r"#\w+")


def parse(marked):
    """Turn inline marks into plain text + spans. Returns (text, spans, ordinary_ranges)."""
    out, spans, ordinary, pos = [], [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        code, surface = m.group(1), m.group(2)
        start = plain_len
        # a mark right after "@" (written @{M:handle}) takes the "@" into the span
        if code == "M" and out and out[-1].endswith("@"):
            start -= 1
            surface_full = "@" + surface
        else:
            surface_full = surface
        out.append(surface)
        plain_len += len(surface)
        if code == "O":
            ordinary.append((start, plain_len))
        else:
            spans.append([start, plain_len, LABELS[code], surface_full])
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, ordinary


def fail(errors, rid, msg):
    errors.append(f"{rid}: {msg}")


def check_record(rid, text, spans, ordinary, errors):
    if "{" in text or "}" in text:
        fail(errors, rid, "leftover mark brace")
    if unicodedata.normalize("NFC", text) != text:
        fail(errors, rid, "text not NFC")
    if text != text.strip():
        fail(errors, rid, "leading/trailing whitespace")
    prev_end = -1
    for s, e, lab, surf in sorted(spans):
        if text[s:e] != surf:
            fail(errors, rid, f"span {s}-{e} cuts {text[s:e]!r}, expected {surf!r}")
        if s < prev_end:
            fail(errors, rid, f"overlapping span at {s}-{e} {surf!r}")
        prev_end = e
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_@#"):
            fail(errors, rid, f"span {surf!r} starts inside a word")
        if e < len(text) and (text[e].isalnum() or text[e] == "_"):
            fail(errors, rid, f"span {surf!r} ends inside a word")
        if text[e : e + 2] in ("'s", "’s"):
            fail(errors, rid, f"genitive after {surf!r} must be inside the span")
        if surf != surf.strip() or not surf:
            fail(errors, rid, f"span {surf!r} has outer whitespace")
        if not (surf[0].isalnum() or surf[0] in "#@") or not (
            surf[-1].isalnum() or (lab == "MENTION" and surf[-1] == "_")
        ):
            fail(errors, rid, f"span {surf!r} starts/ends with punctuation")
        if lab == "MENTION":
            if not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", surf):
                fail(errors, rid, f"MENTION {surf!r} is not a whole handle")
            if surf[1:].lower() in NON_PERSON_HANDLES:
                fail(errors, rid, f"MENTION {surf!r} is a non-person handle")
        if lab == "PERSON" and surf.startswith("#"):
            m = HASHTAG.match(text, s)
            if not m or m.end() != e:
                fail(errors, rid, f"PERSON hashtag {surf!r} is not the whole hashtag")
        if lab != "MENTION" and "@" in surf:
            fail(errors, rid, f"non-MENTION span with @: {surf!r}")
        if lab == "LOCATION" and surf.split()[0] in ("de", "het", "den"):
            fail(errors, rid, f"lowercase article inside LOCATION {surf!r}")
    # every @handle annotated or known non-person
    mention_spans = {(s, e) for s, e, lab, _ in spans if lab == "MENTION"}
    for m in HANDLE.finditer(text):
        h = m.group().rstrip(".")
        s, e = m.start(), m.start() + len(h)
        if (s, e) in mention_spans:
            mention_spans.discard((s, e))
        elif h[1:].lower() not in NON_PERSON_HANDLES:
            fail(errors, rid, f"handle {h!r} neither annotated nor listed as non-person")
    if mention_spans:
        fail(errors, rid, f"MENTION spans not matching a handle: {mention_spans}")
    # a surface annotated once is annotated (covered by a same-label span) at every occurrence
    for _, _, lab, surf in spans:
        if lab == "MENTION":
            continue
        for m in re.finditer(r"(?<![\w#@.])" + re.escape(surf) + r"(?!\w)", text):
            a, b = m.span()
            covered = any(s <= a and b <= e and l2 == lab for s, e, l2, _ in spans)
            exempt = any(s <= a and b <= e for s, e in ordinary)
            if not covered and not exempt:
                fail(errors, rid, f"{surf!r} annotated once but not at offset {a}")
    # unannotated hashtags that contain a person name of the record
    names = set()
    for s, e, lab, surf in spans:
        if lab == "PERSON" and not surf.startswith("#"):
            for tok in re.findall(r"\w+", surf):
                if len(tok) >= 4:
                    names.add(tok.lower())
    person_tags = {(s, e) for s, e, lab, _ in spans if lab == "PERSON"}
    for m in HASHTAG.finditer(text):
        if m.span() in person_tags or m.group().lower() in HASHTAG_OK:
            continue
        for n in names:
            if n in m.group().lower():
                fail(errors, rid, f"hashtag {m.group()!r} contains name {n!r} but is not annotated")


# ----------------------------------------------------------------------------------------------
def ts_of(local):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M")
    # Europe/Amsterdam: CEST (+2) from 31 Mar 2024 to 27 Oct 2024 and from 30 Mar 2025; else CET (+1)
    summer = (datetime(2024, 3, 31, 2) <= dt < datetime(2024, 10, 27, 3)) or dt >= datetime(2025, 3, 30, 2)
    off = 2 if summer else 1
    return int((dt - timedelta(hours=off)).replace(tzinfo=timezone.utc).timestamp())


def media_id(seed):
    h = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    return str(17800000000000000 + h % 999999999999999)


def meta_mojibake(obj):
    """Meta's encoding: each UTF-8 byte of a non-ASCII char becomes its own \\u00XX escape."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [meta_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: meta_mojibake(v) for k, v in obj.items()}
    return obj


def repair(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


# Rotterdam-ish GPS for a few photos (EXIF) - deterministic
GPS = {
    "2025-05-03 21:02": (51.9093, 4.4868),  # Erasmusbrug
    "2024-08-17 21:35": (51.9876, 4.1220),  # Hoek van Holland
    "2024-05-11 15:00": (51.8850, 4.6400),  # Kinderdijk
}


def main():
    errors = []
    posts = sorted(POSTS, key=lambda p: ts_of(p["date"]), reverse=True)
    comments = sorted(COMMENTS, key=lambda c: ts_of(c["date"]), reverse=True)
    if [p["date"] for p in posts] != [p["date"] for p in POSTS]:
        errors.append("POSTS not written newest first")
    if [c["date"] for c in comments] != [c["date"] for c in COMMENTS]:
        errors.append("COMMENTS not written newest first")

    gold, export_posts, export_comments = [], [], []
    n = 0
    for i, p in enumerate(posts):
        ts = ts_of(p["date"])
        yyyymm = datetime.fromtimestamp(ts, timezone.utc).strftime("%Y%m")
        caption = ""
        if p["text"] is not None:
            caption, spans, ordinary = parse(p["text"].strip("\n"))
            n += 1
            rid = f"nl-exp2-{n:03d}"
            check_record(rid, caption, spans, ordinary, errors)
            gold.append(
                {
                    "id": rid,
                    "kind": "caption",
                    "text": caption,
                    "entities": [[s, e, lab] for s, e, lab, _ in sorted(spans)],
                    "_surf": [surf for *_, surf in sorted(spans)],
                }
            )
        media = []
        for k in range(p["n"]):
            item = {
                "uri": f"media/posts/{yyyymm}/{media_id(p['date'] + str(k))}_n.jpg",
                "creation_timestamp": ts - 3600 * 24 * (1 if k else 0) - 60 * k,
            }
            if k == 0 and p["date"] in GPS:
                lat, lon = GPS[p["date"]]
                item["media_metadata"] = {"photo_metadata": {"exif_data": [{"latitude": lat, "longitude": lon}]}}
            item["title"] = ""
            if i % 4 == 1:
                item["cross_post_source"] = {"source_app": "FB"}
            media.append(item)
        post = {"media": media}
        if p["text"] is not None or i % 2 == 0:  # one captionless post has no top-level title at all
            post["title"] = caption
        post["creation_timestamp"] = ts
        export_posts.append(post)

    for c in comments:
        text, spans, ordinary = parse(c["text"])
        n += 1
        rid = f"nl-exp2-{n:03d}"
        check_record(rid, text, spans, ordinary, errors)
        gold.append(
            {
                "id": rid,
                "kind": "comment",
                "text": text,
                "entities": [[s, e, lab] for s, e, lab, _ in sorted(spans)],
                "_surf": [surf for *_, surf in sorted(spans)],
            }
        )
        export_comments.append(
            {
                "media_list_data": [{"uri": ""}],
                "string_map_data": {
                    "Opmerking": {"value": text},
                    "Media-eigenaar": {"value": c["owner"]},
                    "Tijd": {"timestamp": ts_of(c["date"])},
                },
            }
        )

    # write files
    pdir = os.path.join(HERE, "export", "your_instagram_activity", "media")
    cdir = os.path.join(HERE, "export", "your_instagram_activity", "comments")
    os.makedirs(pdir, exist_ok=True)
    os.makedirs(cdir, exist_ok=True)
    ppath = os.path.join(pdir, "posts_1.json")
    cpath = os.path.join(cdir, "post_comments_1.json")
    for path, data in ((ppath, export_posts), (cpath, export_comments)):
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write(json.dumps(meta_mojibake(data), ensure_ascii=True, indent=2))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps({k: v for k, v in g.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")

    # read back: pure ASCII, Meta escapes, repair -> gold texts
    for path in (ppath, cpath):
        raw = open(path, "rb").read()
        if any(b > 127 for b in raw):
            errors.append(f"{path} not pure ASCII")
    raw_posts = open(ppath, encoding="ascii").read()
    if "\\u00c3\\u00a9" not in raw_posts or "\\u00f0\\u009f" not in raw_posts:
        errors.append("expected Meta-style byte escapes (e.g. \\u00c3\\u00a9, \\u00f0\\u009f) missing")
    back_posts = json.load(open(ppath, encoding="ascii"))
    back_comments = json.load(open(cpath, encoding="ascii"))
    units = []
    for p in back_posts:
        if p["media"][0]["title"]:
            errors.append("media[0].title not empty")
        if not p["media"][0]["uri"].startswith("media/posts/"):
            errors.append("bad uri")
        t = repair(p.get("title", ""))
        if t:
            units.append(("caption", t))
    for c in back_comments:
        units.append(("comment", repair(c["string_map_data"]["Opmerking"]["value"])))
    gold_back = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
    if len(units) != len(gold_back):
        errors.append(f"unit count {len(units)} != gold {len(gold_back)}")
    for (kind, t), g in zip(units, gold_back):
        if kind != g["kind"] or t != g["text"]:
            errors.append(f"{g['id']}: repaired export text differs from gold")
        for (s, e, lab), surf in zip(g["entities"], next(x["_surf"] for x in gold if x["id"] == g["id"])):
            if g["text"][s:e] != surf:
                errors.append(f"{g['id']}: gold offsets wrong for {surf!r}")

    # counts + README
    counts = {"PERSON": 0, "MENTION": 0, "LOCATION": 0}
    for g in gold_back:
        for _, _, lab in g["entities"]:
            counts[lab] += 1
    ncap = sum(g["kind"] == "caption" for g in gold_back)
    ncom = sum(g["kind"] == "comment" for g in gold_back)
    nposts = len(back_posts)
    write_readme(len(gold_back), ncap, ncom, nposts, counts)

    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(
        f"OK units={len(gold_back)} captions={ncap} comments={ncom} posts_in_export={nposts} "
        f"PERSON={counts['PERSON']} MENTION={counts['MENTION']} LOCATION={counts['LOCATION']}"
    )


def write_readme(nunits, ncap, ncom, nposts, counts):
    txt = f"""# nl-exp2: held-out test export (Dutch Instagram, JSON variant, 2025 layout)

A complete, fully fictional Instagram "Download your information" export (JSON) of one Dutch account:
`@studiohavenlicht` (Studio Havenlicht), a Rotterdam family, newborn and event photographer who also shoots
for an amateur football club, a dance school and small local businesses. About one year of posts
(May 2024 - May 2025). Every person and handle is invented; real cities, neighbourhoods, streets, parks and
landmarks appear as places; venues and shops are invented.

A **test** set: scored and counted, never read while changing rules (`tests/test_dutch_export.py`). Written by an
annotator who saw neither the tool's code, its models, its tests nor the other evaluation sets' records, only
Meta's export layouts and the conventions below, as such an account would really write: not to trick a tool.

Files (all generated by `python3 build_nl_export2.py`, standard library only, deterministic):
- `export/your_instagram_activity/media/posts_1.json`: bare list of {nposts} posts, newest first; caption in the top-level
  `title`, `media[i].title` empty, `creation_timestamp`, `media/posts/YYYYMM/...` URIs. {nposts - ncap} posts have no
  caption (one with `"title": ""`, others without a top-level title); they are not units.
- `export/your_instagram_activity/comments/post_comments_1.json`: bare list of {ncom} comments the owner wrote, Dutch
  `string_map_data` keys (`Opmerking`, `Media-eigenaar`, `Tijd`).
- Both files are pure ASCII with Meta's mojibake (each UTF-8 byte of a non-ASCII character is its own `\\u00XX`
  escape). Repair per string: `s.encode("latin-1").decode("utf-8")`.
- `gold.jsonl`: one line per unit, in export order (posts file first, then comments file):
  `{{"id": "nl-exp2-NNN", "kind": "caption"|"comment", "text": <decoded UTF-8>, "entities": [[start, end, label], ...]}}`,
  offsets are Python code-point offsets into the decoded text.

## Counts
- units: {nunits} ({ncap} captions, {ncom} comments)
- PERSON: {counts["PERSON"]}
- MENTION: {counts["MENTION"]}
- LOCATION: {counts["LOCATION"]}

## Conventions
- PERSON: every person's name: full names, first names alone, surnames with or without particle
  (`Van der Linden`, `Lisa ter Horst`, `Van 't Hof`), nicknames, family names for a family (`Wiśniewski's`,
  `familie El Amrani` -> `El Amrani`), famous people (`Anton Corbijn`, `Davina Michelle`, `Virgil van Dijk`).
  A genitive ending belongs to the span (`Femke's`, `Brams`, `Priya's`). Titles, roles and kinship words stay
  outside (oma, opa, mama, papa, tante, meneer, mevrouw, juf, trainer, voorzitter, familie). A hashtag that
  contains a person's name is PERSON over the whole hashtag, `#` included (`#merelenthijs`). A person name
  inside an event name is still PERSON (`Kees Doorn` in `Kees Doorn-toernooi`).
- MENTION: every @handle of a person or couple (freelancers' own handles such as a make-up artist, DJ or
  second shooter count as persons), the whole handle, no trailing punctuation. Handles of the own studio,
  venues, clubs, shops and agencies are not annotated (list `NON_PERSON_HANDLES` in build_nl_export2.py).
- LOCATION: cities, towns, neighbourhoods, regions, countries, streets (no house number), rivers/seas, parks,
  landmarks and venues; a venue's name includes its generic head (`Landgoed Rhoonhof`, `Theater De Kapelwerf`,
  `Sportpark De Blauwe Reiger`, `Reinier de Graaf Gasthuis`); a capitalised article that is part of the name
  is inside (`Het Park`), a lowercase article before a place is outside (`het Kralingse Bos` -> `Kralingse Bos`).
  Place adjectives (`Rotterdamse`, `Fries`, `Hollandse`) and place/topic hashtags (`#kralingen`) are not annotated.
- Not annotated: brands (Sony, Lightroom, Albert Heijn), shops and businesses even when named after people
  (Bakkerij Van Dongen, Kapsalon Yasmina, Bloemenatelier Madelief), clubs, magazines (de Margriet), the own
  studio's name (Studio Havenlicht), pets (Snoes), a name used as an ordinary word (`Lieve` as a salutation).

## Checks done by build_nl_export2.py
Spans cut exactly their surface; no overlaps; no span starts or ends inside a word; genitive endings are inside
spans; every @handle is annotated or a listed non-person handle; a surface annotated once in a record is
annotated at every occurrence there; unannotated hashtags containing a person name of the record are flagged;
the export files are pure ASCII and, after mojibake repair, their captions/comments equal the gold texts exactly.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
