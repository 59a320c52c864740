#!/usr/bin/env python3
"""Build the nl_export4 TEST set: a fictional Instagram export of a Ghent florist.

Account: @atelierkorenbloem, "Atelier Korenbloem", a (fictional) florist in the
Serpentstraat in Gent (Flemish), run by Lotte with her partner Jens.

Writes, next to this script:
  export/your_instagram_activity/media/posts_1.json         (2025 layout, Meta mojibake)
  export/your_instagram_activity/comments/post_comments_1.json  (Dutch keys, Meta mojibake)
  gold.jsonl

Every unit holds its text and its entities as (surface, label) or
(surface, label, occurrence); occurrence is the 0-based index among the places
where the surface appears at a word boundary (case-sensitive) and is given
exactly when the surface appears more than once.  "biz" lists the @handles in
the unit that belong to businesses or venues (not annotated).

Plain Python 3 standard library; deterministic; exits 1 with a message if a
check fails.
"""
import calendar
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "atelierkorenbloem"
LABELS = ("PERSON", "MENTION", "LOCATION")


def T(*lines):
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Posts, in export order (newest first).  text=None: a post without caption.
# media: number of items; vid: item indexes that are videos; gps: EXIF GPS on
# the first item; fb: cross-posted from Facebook.
# ---------------------------------------------------------------------------
POSTS = [
    dict(date="2025-10-24 17:45", media=2, gps=(51.0593, 3.7300),
         text=T("🍂 Allerheiligen komt eraan! Vanaf maandag staan de chrysanten buiten aan de winkel, in alle kleuren en maten.",
                "Bestellen voor het kerkhof van Sint-Amandsberg of Oostakker? Jens brengt ze graag ter plaatse op 31/10 en 1/11 🚐",
                "Bel ons of stuur een DM 💛",
                "#allerheiligen #chrysanten #atelierkorenbloem #gent"),
         ents=[("Sint-Amandsberg", "LOCATION"), ("Oostakker", "LOCATION"), ("Jens", "PERSON")]),
    dict(date="2025-10-17 09:12", media=4,
         text=T("Workshop herfstkrans ✨ Wat een zalige avond gisteren! Twaalf dames (en één dappere meneer, merci Koen 😄) gingen naar huis met een krans vol hortensia, eucalyptus en rozenbottels.",
                "Dank aan @brouwerij.gruut voor de lekkere biertjes 🍻 en aan @marthe.wyns voor de foto's!",
                "Volgende workshop: 20 november, nog 3 plaatsjes vrij.",
                "#workshopgent #herfstkrans"),
         ents=[("Koen", "PERSON"), ("@marthe.wyns", "MENTION")],
         biz=["@brouwerij.gruut"]),
    dict(date="2025-10-06 20:30", media=6, gps=(51.0230, 3.5440),
         text=T("Dit weekend mochten we de bruiloft van Sarah & Tom bloemig maken in Kasteel van Ooidonk 🤍",
                "Boog, tafelstukjes, corsages en een bruidsboeket vol tuinrozen en cosmea.",
                "📸 @lindsaycoppens",
                "Merci @sarah_en_tom voor het vertrouwen! En een dikke merci aan Amber en Yasmine, die om 6u al in de bus zaten 🙌",
                "#bruiloftSarahenTom #trouwbloemen #kasteelvanooidonk"),
         ents=[("Sarah", "PERSON"), ("Tom", "PERSON"), ("Kasteel van Ooidonk", "LOCATION"),
               ("@lindsaycoppens", "MENTION"), ("@sarah_en_tom", "MENTION"), ("Amber", "PERSON"),
               ("Yasmine", "PERSON"), ("#bruiloftSarahenTom", "PERSON")]),
    dict(date="2025-09-29 08:05", media=1,
         text=T("📣 Nieuwe openingsuren vanaf 1 oktober!",
                "Di – Vr: 9u30 – 18u30",
                "Za: 9u – 17u",
                "Zo: 9u – 13u (ook op de bloemenmarkt op de Kouter vinden jullie ons elke zondag 🌷)",
                "Ma: gesloten",
                "Tot in de winkel! #openingsuren #bloemistgent"),
         ents=[("Kouter", "LOCATION")]),
    dict(date="2025-09-24 12:40", media=1,
         text=T("Welkom in het team, Yasmine! 🌱 Zij volgt de opleiding bloembinden aan de tuinbouwschool in Melle en komt tot de kerstvakantie elke woensdag en donderdag meehelpen.",
                "Zeg gerust eens hallo als je binnenkomt 👋",
                "#teamkorenbloem #stage"),
         ents=[("Yasmine", "PERSON"), ("Melle", "LOCATION")]),
    dict(date="2025-09-22 16:18", media=1, text=None),
    dict(date="2025-09-21 19:02", media=1,
         text=T("En de winnaars van onze verjaardagsgiveaway zijn... 🥁",
                "@elinedhondt",
                "@wardvanhecke",
                "@julie.de.clercq",
                "Proficiat! Stuur ons een berichtje met je adres, dan komt Jens vanaf volgende week elke eerste vrijdag van de maand langs 🚐💐",
                "Merci aan iedereen die meedeed, we waren er echt stil van (meer dan 800 reacties!) 🥹"),
         ents=[("@elinedhondt", "MENTION"), ("@wardvanhecke", "MENTION"), ("@julie.de.clercq", "MENTION"),
               ("Jens", "PERSON")]),
    dict(date="2025-09-12 07:55", media=3, fb=True,
         text=T("5 jaar Atelier Korenbloem 🥂",
                "In september 2020 openden Jens en ik, midden in corona, een piepklein winkeltje in de Serpentstraat. Iedereen verklaarde ons zot 😅",
                "Vandaag staan we hier nog altijd, met een team van vier en een winkelkat die denkt dat hij de baas is (hé Pluis 🐈).",
                "Merci aan al onze klanten, aan mijn ouders voor het oppassen, en aan Mieke van hiernaast voor de duizend koffies ☕",
                "Lotte"),
         ents=[("Jens", "PERSON"), ("Serpentstraat", "LOCATION"), ("Mieke", "PERSON"), ("Lotte", "PERSON")]),
    dict(date="2025-09-10 18:00", media=1,
         text=T("🎁 GIVEAWAY 🎁",
                "We bestaan 5 jaar! Om dat te vieren geven we 3x een maandabonnement op verse bloemen weg 💐",
                "Wat moet je doen?",
                "1️⃣ Volg @atelierkorenbloem",
                "2️⃣ Like deze post",
                "3️⃣ Tag een vriend(in) die wel een bloemetje verdient",
                "Winnaars worden zondag 21/9 bekendgemaakt. Succes! 🍀 #giveaway #5jaarkorenbloem"),
         ents=[], biz=["@atelierkorenbloem"]),
    dict(date="2025-09-03 14:22", media=2,
         text=T("Je bruidsboeket bewaren? 💐 Wij drogen het voor je en maken er een kadertje of stolp van. Zoals hier voor Evy en Jonas, die in augustus trouwden in Kasteel De Lovie in Poperinge.",
                "#bruidsboeket #herinnering"),
         ents=[("Evy", "PERSON"), ("Jonas", "PERSON"), ("Kasteel De Lovie", "LOCATION"), ("Poperinge", "LOCATION")]),
    dict(date="2025-08-30 21:10", media=5, vid=[2],
         text=T("Teamuitje 🚲 Met de fiets naar de Bourgoyen-Ossemeersen. Even geen bloemen schikken, gewoon kijken hoe ze het zelf doen 🌾",
                "Amber spotte een ijsvogel, Jens vooral het frietkot achteraf 🍟"),
         ents=[("Bourgoyen-Ossemeersen", "LOCATION"), ("Amber", "PERSON"), ("Jens", "PERSON")]),
    dict(date="2025-08-22 10:35", media=3, gps=(50.9936, 3.7751),
         text=T("Dahlia-seizoen 🧡 Deze week rechtstreeks van het veld van @bloemenveld.kwatrecht, waar Kurt en Ilse ze met zoveel liefde kweken, zonder sproeistoffen.",
                "Verkrijgbaar per stuk of in een gemengd boeket vanaf €25.",
                "#dahlia #lokaal #slowflowers"),
         ents=[("Kurt", "PERSON"), ("Ilse", "PERSON")], biz=["@bloemenveld.kwatrecht"]),
    dict(date="2025-08-12 13:03", media=1,
         text=T("Het is 32 graden 🥵 Onze tip: zet je boeket 's nachts op een koele plek, ververs het water elke dag en knip de stelen schuin af. Dan hou je ze veel langer!",
                "Wij zitten vandaag met de voeten in een emmer, tot 18u30 😎"),
         ents=[]),
    dict(date="2025-08-05 11:48", media=1,
         text=T("Oma Jeanne werd vorige week 90 jaar 🎉 Haar kleindochter Lien kwam een boeket uitzoeken met alleen maar paarse bloemen, want dat is al heel haar leven haar lievelingskleur 💜",
                "Met anemonen, lathyrus en wat lavendel uit onze eigen tuin in Destelbergen.",
                "Nog een schone verjaardag, Jeanne!"),
         ents=[("Jeanne", "PERSON", 0), ("Lien", "PERSON"), ("Destelbergen", "LOCATION"), ("Jeanne", "PERSON", 1)]),
    dict(date="2025-07-28 19:27", media=2,
         text=T("Achter de schermen: droogbloemen ophangen op de zolder 🌾 Lavendel, strobloemen en hortensia's. Over een week of drie maken we er kransen en boeketjes van die de hele winter meegaan.",
                "Benieuwd? Kom kijken op onze workshop in het najaar!"),
         ents=[]),
    dict(date="2025-07-22 08:30", media=1, vid=[0], text=None),
    dict(date="2025-07-16 17:00", media=1,
         text=T("Gentse Feesten = wij zijn eventjes op verlof 🎪",
                "De winkel is gesloten van 18 t.e.m. 28 juli. Bestellingen voor begrafenissen blijven mogelijk via 09 223 45 67.",
                "Geniet ervan en tot op de Vrijdagmarkt! 🍻"),
         ents=[("Vrijdagmarkt", "LOCATION")]),
    dict(date="2025-07-08 09:20", media=2,
         text=T("Elke maandag brengen we verse bloemen naar onze buren van @cafe.labiblio in de Hoogpoort 🌼 Deze week: margrieten en kamille.",
                "Ga daar zeker eens een taartje eten, Griet bakt de beste worteltaart van Gent 🥕"),
         ents=[("Hoogpoort", "LOCATION"), ("Griet", "PERSON"), ("Gent", "LOCATION")], biz=["@cafe.labiblio"]),
    dict(date="2025-06-28 18:45", media=3,
         text=T("Na drie jaar elke zaterdag hier achter de toonbank neemt Noor afscheid 😢 Ze gaat in september op Erasmus naar Lissabon (jaloers!!).",
                "Merci voor alles, lieve Noor. Je bent hier altijd welkom, ook voor een koffie zonder te werken ☕",
                "@noor.vermeulen"),
         ents=[("Noor", "PERSON", 0), ("Lissabon", "LOCATION"), ("Noor", "PERSON", 1), ("@noor.vermeulen", "MENTION")]),
    dict(date="2025-06-21 22:14", media=8, gps=(51.0530, 3.7265),
         text=T("Charlotte & Bram 🤍 Wild, wit en een beetje groen, precies zoals afgesproken. Brams corsage was een mini-boeketje veldbloemen, Charlottes boeket bijna een meter breed 😅",
                "De kathedraal was zo al prachtig, wij mochten er gewoon een beetje lente aan toevoegen.",
                "📸 @pieterjanmaes",
                "#trouwen #gent #weddingflowers"),
         ents=[("Charlotte", "PERSON"), ("Bram", "PERSON"), ("Brams", "PERSON"), ("Charlottes", "PERSON"),
               ("@pieterjanmaes", "MENTION")]),
    dict(date="2025-06-14 16:33", media=4,
         text=T("Tuinfeest bij de familie Claeys in Sint-Martens-Latem 🌸 Drie generaties, één lange tafel, en wij mochten de tafeldecoratie doen.",
                "Merci om ons erbij te betrekken!"),
         ents=[("Claeys", "PERSON"), ("Sint-Martens-Latem", "LOCATION")]),
    dict(date="2025-06-05 10:10", media=1,
         text=T("Vaderdag zondag! 👔 Geen zin in een standaard boeket? Wij maken ook stoere bossen met droogbloemen, pampas en distels, of een plant die papa niet om zeep kan helpen 🌵😉",
                "Op zondag zijn we open van 9 tot 13u. #vaderdag"),
         ents=[]),
    dict(date="2025-05-31 12:00", media=1,
         text=T("We zoeken versterking! 🌿 Een zaterdagstudent(e) voor in de winkel, vanaf september. Ervaring met bloemen is een plus maar geen must; goesting om bij te leren wel.",
                "Stuur een mailtje naar info@atelierkorenbloem.be met een paar zinnen over jezelf."),
         ents=[]),
    dict(date="2025-05-28 15:41", media=2,
         text=T("Iris kwam gisteren binnen met een vraag: een boeket met alleen maar... irissen 💙 Ze vond het zelf heel grappig. Wij ook, dus hier is het resultaat!",
                "Blauwe irissen, witte ranonkels en wat eucalyptus. #irissen #bloemengent"),
         ents=[("Iris", "PERSON")]),
    dict(date="2025-05-18 08:02", media=1, gps=(51.0497, 3.7238),
         text=T("Zondagochtend op de Kouter ☀️ Wie komt er langs? We hebben vandaag pioenen, de eerste van het seizoen!",
                "Onze kraam staat zoals altijd naast die van Marc met zijn olijven 🫒"),
         ents=[("Kouter", "LOCATION"), ("Marc", "PERSON")]),
    dict(date="2025-05-09 18:20", media=3,
         text=T("Moederdag = onze drukste dag van het jaar 💐💐💐",
                "Bestel vóór donderdag 12u en kies zelf: ophalen in de winkel of levering in Gent, Merelbeke, Destelbergen of Lochristi.",
                "Elk boeket krijgt een handgeschreven kaartje van Amber (ze heeft het schoonste handschrift van ons allemaal ✍️)",
                "#moederdag #moederdag2025"),
         ents=[("Gent", "LOCATION"), ("Merelbeke", "LOCATION"), ("Destelbergen", "LOCATION"), ("Lochristi", "LOCATION"),
               ("Amber", "PERSON")]),
    dict(date="2025-05-02 07:31", media=2, text=None),
    dict(date="2025-04-27 20:05", media=6, vid=[5],
         text=T("Zondag met de hele ploeg naar Floralia in het Kasteel van Groot-Bijgaarden geweest 🌸 Wat een pracht! Zeker de zaal met de hangende installaties, duidelijk schatplichtig aan Daniel Ost.",
                "We kwamen thuis met ons hoofd vol ideeën (en met een koffer vol plantjes, sorry Jens 🙈)"),
         ents=[("Kasteel van Groot-Bijgaarden", "LOCATION"), ("Daniel Ost", "PERSON"), ("Jens", "PERSON")]),
    dict(date="2025-04-20 09:00", media=1,
         text=T("Vrolijk Pasen! 🐣🌷 Maandag (Paasmaandag) zijn we gesloten. Dinsdag staan we er weer met verse tulpen van de bollenvelden rond Lisse.",
                "En nee, Pluis heeft de paaseitjes níét opgegeten. Toch niet allemaal."),
         ents=[("Lisse", "LOCATION")]),
    dict(date="2025-04-08 17:52", media=1,
         text=T("Zo fijn om te brainstormen met Charlotte en Bram over hun trouwdag in juni ✨ Ze trouwen in de Sint-Baafskathedraal en vieren daarna in Het Pand.",
                "Thema: wild, wit en een klein beetje groen. Wij kunnen niet wachten! 🤍",
                "@charlotte.en.bram"),
         ents=[("Charlotte", "PERSON"), ("Bram", "PERSON"), ("Sint-Baafskathedraal", "LOCATION"), ("Het Pand", "LOCATION"),
               ("@charlotte.en.bram", "MENTION")]),
    dict(date="2025-03-25 08:44", media=1,
         text=T("Spring has sprung 🌷 Tulpen, narcissen, blauwe druifjes... de winkel ruikt weer naar lente. Come say hi!"),
         ents=[]),
    dict(date="2025-03-14 19:09", media=1,
         text=T("Dit berichtje van Hanne maakte onze dag 🥹",
                "\"Mijn mama lag in het UZ Gent en mocht geen bezoek ontvangen. Jullie hebben haar boeket zelf tot aan de afdeling gebracht, met een kaartje in mijn handschrift. Dank jullie wel.\"",
                "Veel beterschap voor je mama, Hanne ❤️ #dankjewel"),
         ents=[("Hanne", "PERSON", 0), ("UZ Gent", "LOCATION"), ("Hanne", "PERSON", 1)]),
    dict(date="2025-03-06 12:15", media=2, fb=True,
         text=T("Flower subscription 💐 Elke week, twee weken of maand een vers seizoensboeket aan huis in Gent en omstreken. Vanaf €28 per levering, stoppen kan altijd.",
                "Perfect voor jezelf, voor je kantoor of als cadeau. Link in bio! ✨",
                "#flowersubscription #bloemenabonnement"),
         ents=[("Gent", "LOCATION")]),
    dict(date="2025-02-27 07:50", media=1,
         text=T("Let op: door wegenwerken is de Serpentstraat vanaf maandag afgesloten voor auto's 🚧 Te voet of met de fiets geraak je nog perfect tot bij ons.",
                "Parkeren kan in de ondergrondse parking aan de Vrijdagmarkt, op 3 minuutjes wandelen."),
         ents=[("Serpentstraat", "LOCATION"), ("Vrijdagmarkt", "LOCATION")]),
    dict(date="2025-02-20 09:30", media=1,
         text=T("Hiep hiep hoera voor onze Amber! 🎂 Ze wordt vandaag 25 en krijgt van ons (uiteraard) een boeket, maar dan eentje zonder rozen, want die heeft ze na Valentijn wel genoeg gezien 😂",
                "Gelukkige verjaardag, @amber.desmet! 💛"),
         ents=[("Amber", "PERSON"), ("@amber.desmet", "MENTION")]),
    dict(date="2025-02-15 11:11", media=3, vid=[1],
         text=T("Ze zei JA! 💍 Simon kwam vorige maand binnen met een plan: een aanzoek aan de Graslei op Valentijn, met 99 rode rozen. Wij zorgden voor de rozen, zijn broer Wout stond verstopt aan de overkant op de Korenlei met de camera.",
                "Proficiat Simon en Elif! 🥂 @elif.simon"),
         ents=[("Simon", "PERSON", 0), ("Graslei", "LOCATION"), ("Wout", "PERSON"), ("Korenlei", "LOCATION"),
               ("Simon", "PERSON", 1), ("Elif", "PERSON"), ("@elif.simon", "MENTION")]),
    dict(date="2025-02-08 10:02", media=2,
         text=T("Valentijn komt eraan ❤️ Rode rozen zijn een klassieker, maar durf ook eens iets anders: ranonkels, anemonen of een pot hyacinten die nog weken blijft bloeien.",
                "Combineer met pralines van Leonidas uit de Veldstraat en je zit gebakken 😉",
                "Bestellen kan tot 13/2 om 17u. #valentijn #valentijnsdag"),
         ents=[("Veldstraat", "LOCATION")]),
    dict(date="2025-01-30 18:37", media=1,
         text=T("Dit weekend staan we op de huwelijksbeurs in het ICC Gent! Stand 42, naast de taarten van @taartatelier.lola 🍰",
                "Kom proeven, ruiken en plannen maken. Lotte en Amber zijn er beide dagen."),
         ents=[("ICC Gent", "LOCATION"), ("Lotte", "PERSON"), ("Amber", "PERSON")], biz=["@taartatelier.lola"]),
    dict(date="2025-01-21 16:25", media=1,
         text=T("Elke vrijdag komt meneer Dirk zijn vaste bosje tulpen halen voor zijn vrouw Rita 🌷 Al 4 jaar lang, zonder één week over te slaan.",
                "Vandaag vierden ze hun 50ste huwelijksverjaardag. Proficiat Dirk en Rita, jullie zijn onze favoriete klanten (zeg het niet tegen de anderen 🤫)"),
         ents=[("Dirk", "PERSON", 0), ("Rita", "PERSON", 0), ("Dirk", "PERSON", 1), ("Rita", "PERSON", 1)]),
    dict(date="2025-01-10 13:13", media=1, text=None),
    dict(date="2025-01-02 10:00", media=1,
         text=T("Gelukkig nieuwjaar! 🥂 Wij sluiten even de deuren tot en met 6 januari om op adem te komen na de drukste decembermaand ooit.",
                "Vanaf dinsdag 7/1 staan Lotte, Jens en Amber weer voor jullie klaar. 2025, here we come! ✨"),
         ents=[("Lotte", "PERSON"), ("Jens", "PERSON"), ("Amber", "PERSON")]),
    dict(date="2024-12-16 20:48", media=7, gps=(51.0427, 3.7271),
         text=T("Styled shoot in de Sint-Pietersabdij 🌿 Samen met @studio.nordlicht (fotografie), @bridalatelier.gent (jurken) en mua Febe Wuyts creëerden we een winterbruiloft vol donkerrood en goud.",
                "Model: de prachtige Shanti 🤍",
                "#styledshoot #winterwedding #gentwedding"),
         ents=[("Sint-Pietersabdij", "LOCATION"), ("Febe Wuyts", "PERSON"), ("Shanti", "PERSON")],
         biz=["@studio.nordlicht", "@bridalatelier.gent"]),
    dict(date="2024-12-10 12:30", media=1,
         text=T("Kerstmarkt in de winkel! 🎄 Zaterdag 14 en zondag 15 december: glühwein, kerststukjes, amaryllissen en kransen.",
                "Sandra van @dekoffiebar.dampoort komt met haar koffiekar en Jens draait de kerstplaten (sorry op voorhand) 🎶",
                "Tot dan!"),
         ents=[("Sandra", "PERSON"), ("Jens", "PERSON")], biz=["@dekoffiebar.dampoort"]),
    dict(date="2024-12-06 09:05", media=2, vid=[1],
         text=T("Sinterklaas kwam vanochtend langs in de Serpentstraat! 🎁 Pluis vond het maar niks en zat de hele tijd onder de toonbank 🐈‍⬛",
                "De kindjes kregen elk een viooltje mee naar huis."),
         ents=[("Serpentstraat", "LOCATION")]),
    dict(date="2024-11-28 15:58", media=1,
         text=T("Zo mooi om te zien waar onze bloemen terechtkomen 🥰 Dit boeket van vorige week staat nu in het appartement van Laura Van Acker aan de Coupure. Merci voor de foto, Laura!"),
         ents=[("Laura Van Acker", "PERSON"), ("Coupure", "LOCATION"), ("Laura", "PERSON", 1)]),
    dict(date="2024-11-21 19:19", media=1,
         text=T("#tbt naar 2019, ver voor de winkel bestond 🥹 Lotte met het allereerste bruidsboeket dat ze ooit maakte, voor haar zus Marieke. Op de keukentafel in Ledeberg, om 2u 's nachts.",
                "#MariekeEnPieter #throwback"),
         ents=[("Lotte", "PERSON"), ("Marieke", "PERSON"), ("Ledeberg", "LOCATION"), ("#MariekeEnPieter", "PERSON")]),
    dict(date="2024-11-12 11:40", media=1,
         text=T("Afscheid nemen doe je maar één keer. Vorige week mochten we de bloemen verzorgen voor het afscheid van meneer Van den Broeck in Westlede.",
                "De familie vroeg om zijn tuin na te bootsen: zonnebloemen, salie en zijn geliefde tomatenplanten 🍅",
                "Veel sterkte aan de hele familie Van den Broeck."),
         ents=[("Van den Broeck", "PERSON", 0), ("Westlede", "LOCATION"), ("Van den Broeck", "PERSON", 1)]),
    dict(date="2024-11-05 08:25", media=2,
         text=T("Wist je dat wij geen steekschuim (oasis) meer gebruiken? 🌍 Al onze stukken maken we met kippengaas, mos of in glazen potjes die je mag terugbrengen.",
                "Meer uitleg over waarom floral foam slecht is voor het milieu vind je in de reel van @slowflowers.belgium.",
                "#nofloralfoam #duurzaam"),
         ents=[], biz=["@slowflowers.belgium"]),
    dict(date="2024-10-22 14:14", media=1, fb=True,
         text=T("Ook bloemen sturen naar familie in Nederland of Frankrijk? Via Fleurop-Interflora bestellen wij voor jou bij een bloemist ter plaatse 🌍 Gewoon even bellen of langskomen."),
         ents=[("Nederland", "LOCATION"), ("Frankrijk", "LOCATION")]),
    dict(date="2024-10-15 16:02", media=4,
         text=T("Bezoekje van het 2de leerjaar van een schooltje uit Gentbrugge 🌻 Ze leerden hoe je een bloembol plant en mochten allemaal een potje krokussen mee naar huis nemen.",
                "Merci juf Evelien voor de uitnodiging, en merci aan de kindjes voor de mooiste tekeningen ooit (ze hangen aan de toog!) 🖍️"),
         ents=[("Gentbrugge", "LOCATION"), ("Evelien", "PERSON")]),
    dict(date="2024-10-08 10:47", media=1, text=None),
]

# ---------------------------------------------------------------------------
# Comments the account owner wrote, in export order (newest first).
# owner: the username of the commented post's owner (export metadata only).
# ---------------------------------------------------------------------------
COMMENTS = [
    dict(date="2025-10-20 21:03", owner="sarah_en_tom",
         text="Zo mooi geworden!! Proficiat jullie twee 🤍", ents=[]),
    dict(date="2025-10-19 10:41", owner="lindsaycoppens",
         text="Merci Lindsay, het was een plezier om met jou samen te werken! 📸🌸",
         ents=[("Lindsay", "PERSON")]),
    dict(date="2025-10-18 08:15", owner="marthe.wyns",
         text="@marthe.wyns Haha ja, de krans hangt bij mij ook al aan de deur 😄",
         ents=[("@marthe.wyns", "MENTION")]),
    dict(date="2025-09-23 17:30", owner=OWNER,
         text="@julie.de.clercq Jens komt vrijdag rond 10u, past dat? 🚐",
         ents=[("@julie.de.clercq", "MENTION"), ("Jens", "PERSON")]),
    dict(date="2025-09-22 12:02", owner=OWNER,
         text="@wardvanhecke Super! Stuur ons even je adres in een DM 🙂",
         ents=[("@wardvanhecke", "MENTION")]),
    dict(date="2025-09-02 20:20", owner="bakkerij.dampoort",
         text="Proficiat met de opening! Wij komen zaterdag zeker eens proeven ☕🥐", ents=[]),
    dict(date="2025-08-23 07:44", owner="bloemenveld.kwatrecht",
         text="Wauw, die dahlia's! Kurt, mag ik volgende week weer 3 emmers reserveren? 😍",
         ents=[("Kurt", "PERSON")]),
    dict(date="2025-07-09 13:36", owner="cafe.labiblio",
         text="Hoe schoon! Welke kleur heeft Griet uiteindelijk gekozen voor de taart?",
         ents=[("Griet", "PERSON")]),
    dict(date="2025-06-30 22:05", owner="noor.vermeulen",
         text="Veel succes in Lissabon, Noor! Stuur ons eens een foto van de bloemenmarkt daar 🌸",
         ents=[("Lissabon", "LOCATION"), ("Noor", "PERSON")]),
    dict(date="2025-06-24 09:58", owner="pieterjanmaes",
         text="Wat een prachtige foto's, Pieter-Jan! De kathedraal in dat licht 😍",
         ents=[("Pieter-Jan", "PERSON")]),
    dict(date="2025-05-17 18:12", owner=OWNER,
         text="Zeker! We zijn zondag van 9 tot 13u open, en ook op de Kouter 🌷",
         ents=[("Kouter", "LOCATION")]),
    dict(date="2025-05-10 11:27", owner=OWNER,
         text="Ja hoor, we leveren ook in Deinze en Nazareth. Stuur gerust een DM met je adres!",
         ents=[("Deinze", "LOCATION"), ("Nazareth", "LOCATION")]),
    dict(date="2025-04-21 16:49", owner=OWNER,
         text="Hij is ondertussen weer helemaal de baas 😹 Pluis zegt hallo!", ents=[]),
    dict(date="2025-03-15 08:31", owner="hanne.claes",
         text="Dikke merci voor de fijne woorden, Hanne. Veel beterschap aan je mama 💛",
         ents=[("Hanne", "PERSON")]),
    dict(date="2025-02-20 19:40", owner="amber.desmet",
         text="Happy birthday lieve collega 🥳 Tot morgen (met taart!!)", ents=[]),
    dict(date="2025-02-16 10:05", owner="elif.simon",
         text="Merci @elif.simon, wat een verhaal om later aan jullie kleinkinderen te vertellen 😄💍",
         ents=[("@elif.simon", "MENTION")]),
    dict(date="2025-01-14 14:50", owner="hetgroenehuis.brugge",
         text="Dank je wel voor de tip, we gaan zeker eens langs in jullie nieuwe winkel in Brugge!",
         ents=[("Brugge", "LOCATION")]),
    dict(date="2024-12-18 21:22", owner="febe.wuyts",
         text="Jullie inspireren mij elke keer, Febe! Tot de volgende shoot 💄🌹",
         ents=[("Febe", "PERSON")]),
    dict(date="2024-12-15 18:03", owner="dekoffiebar.dampoort",
         text="Prachtig werk, zoals altijd. Sandra, jouw koffie was trouwens de ster van onze kerstmarkt ☕⭐",
         ents=[("Sandra", "PERSON")]),
    dict(date="2024-11-29 09:16", owner="laura.vanacker",
         text="Staat het daar niet perfect aan dat raam? 😍 Groetjes aan Tim en de kleine Mona!",
         ents=[("Tim", "PERSON"), ("Mona", "PERSON")]),
    dict(date="2024-10-16 20:33", owner="juf.evelien",
         text="Wat een schone voormiddag was dat! Merci om langs te komen, de tekeningen hangen al aan de toog 🖍️💛", ents=[]),
]

# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9._]+")
HASHTAG_RE = re.compile(r"(?<![\w#&])#\w+")


def isword(ch):
    return ch.isalnum() or ch == "_"


def boundary_positions(text, surface):
    out = []
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        if (i == 0 or not isword(text[i - 1])) and (j == len(text) or not isword(text[j])):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def handles(text):
    out = []
    for m in HANDLE_RE.finditer(text):
        h = m.group(0).rstrip(".")
        if len(h) > 1:
            out.append((m.start(), m.start() + len(h), h))
    return out


def resolve(uid, text, ents, biz, errors):
    spans = []
    for e in ents:
        if len(e) not in (2, 3):
            errors.append(f"{uid}: bad entity tuple {e!r}")
            continue
        surface, label = e[0], e[1]
        if label not in LABELS:
            errors.append(f"{uid}: unknown label {label!r} for {surface!r}")
            continue
        if surface != surface.strip() or not surface:
            errors.append(f"{uid}: surface {surface!r} has outer whitespace or is empty")
            continue
        pos = boundary_positions(text, surface)
        if not pos:
            if surface in text:
                errors.append(f"{uid}: {surface!r} only found inside a word (span would cut a word)")
            else:
                errors.append(f"{uid}: {surface!r} not found in text")
            continue
        if len(e) == 3:
            occ = e[2]
            if len(pos) == 1:
                errors.append(f"{uid}: {surface!r} appears once; occurrence {occ} must not be given")
                continue
            if not isinstance(occ, int) or not 0 <= occ < len(pos):
                errors.append(f"{uid}: {surface!r} occurrence {occ!r} out of range (appears {len(pos)}x)")
                continue
            start = pos[occ]
        else:
            if len(pos) > 1:
                errors.append(f"{uid}: {surface!r} appears {len(pos)}x; an occurrence index is required")
                continue
            start = pos[0]
        spans.append((start, start + len(surface), label, surface))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errors.append(f"{uid}: spans overlap: {a[3]!r} and {b[3]!r}")
        if a[:2] == b[:2]:
            errors.append(f"{uid}: duplicate span {a[3]!r}")

    hs = handles(text)
    hash_spans = [(m.start(), m.end()) for m in HASHTAG_RE.finditer(text)]
    for s, e, label, surface in spans:
        # a span must not cut a handle or a hashtag
        for hs_, he_, h in hs:
            if s < he_ and hs_ < e and (s, e) != (hs_, he_):
                errors.append(f"{uid}: span {surface!r} cuts handle {h!r}")
        for hs_, he_ in hash_spans:
            if s < he_ and hs_ < e and (s, e) != (hs_, he_):
                errors.append(f"{uid}: span {surface!r} cuts hashtag {text[hs_:he_]!r}")
        if label == "MENTION":
            if (s, e, surface) not in hs:
                errors.append(f"{uid}: MENTION {surface!r} is not a whole @handle")
            if surface in biz:
                errors.append(f"{uid}: {surface!r} is annotated MENTION but listed as a business")
        else:
            if surface.startswith("@"):
                errors.append(f"{uid}: handle {surface!r} labelled {label}, expected MENTION")
            if surface.startswith("#") and label != "PERSON":
                errors.append(f"{uid}: hashtag {surface!r} labelled {label}; only person hashtags are annotated")
            if surface.startswith("#") and (s, e) not in hash_spans:
                errors.append(f"{uid}: hashtag span {surface!r} does not cover the whole hashtag")
    mention_surfaces = {sp[3] for sp in spans if sp[2] == "MENTION"}
    for _, _, h in hs:
        if h not in mention_surfaces and h not in biz:
            errors.append(f"{uid}: handle {h!r} is neither annotated MENTION nor listed as a business")
    present = {h for _, _, h in hs}
    for b in biz:
        if b not in present:
            errors.append(f"{uid}: business handle {b!r} listed but not found as a handle in the text")
    # every word-boundary occurrence of an annotated surface should be annotated
    covered = {(sp[0], sp[1]) for sp in spans}
    for sp in spans:
        for p in boundary_positions(text, sp[3]):
            if (p, p + len(sp[3])) not in covered and not any(c[0] <= p < c[1] for c in covered):
                errors.append(f"{uid}: {sp[3]!r} at {p} is not annotated although another occurrence is")
    return [[s, e, label] for s, e, label, _ in spans]


def ts(date):
    return calendar.timegm(datetime.strptime(date, "%Y-%m-%d %H:%M").timetuple())


def mojibake(obj):
    """Meta's encoding: every UTF-8 byte of a non-ASCII character becomes its own char."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake(v) for k, v in obj.items()}
    return obj


def repair(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def media_id(n):
    # deterministic 17/18-digit ids
    return str(17841400000000000 + (n * 7919 * 104729) % 900000000000)


def build_posts():
    out = []
    for i, p in enumerate(POSTS):
        t = ts(p["date"])
        month = p["date"][:4] + p["date"][5:7]
        items = []
        for k in range(p["media"]):
            vid = k in p.get("vid", [])
            item = {"uri": f"media/posts/{month}/{media_id(i * 10 + k)}.{'mp4' if vid else 'jpg'}",
                    "creation_timestamp": t,
                    "title": ""}
            if vid:
                item["media_metadata"] = {"video_metadata": {"exif_data": [{}]}}
            elif k == 0 and p.get("gps"):
                lat, lon = p["gps"]
                item["media_metadata"] = {"photo_metadata": {"exif_data": [{"latitude": lat, "longitude": lon}]}}
            if p.get("fb"):
                item["cross_post_source"] = {"source_app": "FB"}
            items.append(item)
        out.append({"media": items, "title": p["text"] or "", "creation_timestamp": t})
    return out


def build_comments():
    out = []
    for c in COMMENTS:
        out.append({"media_list_data": [{"uri": ""}],
                    "string_map_data": {"Opmerking": {"value": c["text"]},
                                        "Media-eigenaar": {"value": c["owner"]},
                                        "Tijd": {"timestamp": ts(c["date"])}}})
    return out


def write_meta_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = json.dumps(mojibake(obj), ensure_ascii=True, indent=2)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(data)


def read_back(posts_path, comments_path):
    texts = []
    with open(posts_path, encoding="ascii") as f:
        posts = json.load(f)
    for p in posts:
        cap = p.get("title") or (p.get("media") or [{}])[0].get("title") or ""
        cap = repair(cap)
        if cap:
            texts.append(("caption", cap))
    with open(comments_path, encoding="ascii") as f:
        comments = json.load(f)
    for c in comments:
        texts.append(("comment", repair(c["string_map_data"]["Opmerking"]["value"])))
    return texts


def read_back_bytes(path):
    """Second repair route: turn each \\u00XX escape back into its byte, then parse as UTF-8."""
    with open(path, encoding="ascii") as f:
        raw = f.read()
    fixed = re.sub(r"\\u00([0-9a-fA-F]{2})",
                   lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) >= 0x80 else m.group(0),
                   raw)
    return json.loads(fixed.encode("latin-1").decode("utf-8"))


def main():
    errors = []
    if len({p["date"] for p in POSTS}) != len(POSTS) or len({c["date"] for c in COMMENTS}) != len(COMMENTS):
        errors.append("duplicate dates")
    for seq, name in ((POSTS, "posts"), (COMMENTS, "comments")):
        ds = [ts(x["date"]) for x in seq]
        if ds != sorted(ds, reverse=True):
            errors.append(f"{name} are not in newest-first order")

    units = []
    for p in POSTS:
        if p["text"] is None:
            continue
        units.append(("caption", p["text"], p["ents"], p.get("biz", [])))
    for c in COMMENTS:
        units.append(("comment", c["text"], c["ents"], c.get("biz", [])))

    gold = []
    for n, (kind, text, ents, biz) in enumerate(units, 1):
        uid = f"nl4-{n:03d}"
        if text != text.strip() or not text:
            errors.append(f"{uid}: text has outer whitespace or is empty")
        spans = resolve(uid, text, ents, biz, errors)
        gold.append({"id": uid, "kind": kind, "text": text, "entities": spans})

    if errors:
        print("build_nl_export4: annotation checks FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    base = os.path.join(HERE, "export", "your_instagram_activity")
    posts_path = os.path.join(base, "media", "posts_1.json")
    comments_path = os.path.join(base, "comments", "post_comments_1.json")
    write_meta_json(posts_path, build_posts())
    write_meta_json(comments_path, build_comments())
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")

    # ---- read back and compare -------------------------------------------
    for path in (posts_path, comments_path):
        with open(path, "rb") as f:
            raw = f.read()
        if any(b > 0x7F for b in raw):
            errors.append(f"{path}: not pure ASCII")
        if re.search(rb"\\u(?!00[0-9a-f]{2})", raw) or re.search(rb"\\u00[0-9a-f]{2}", raw) is None:
            errors.append(f"{path}: expected only \\u00XX escapes (Meta mojibake)")
    back = read_back(posts_path, comments_path)
    if len(back) != len(gold):
        errors.append(f"read-back found {len(back)} units, gold has {len(gold)}")
    for (kind, text), g in zip(back, gold):
        if kind != g["kind"] or text != g["text"]:
            errors.append(f"{g['id']}: read-back text differs from gold")
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    if reread != gold:
        errors.append("gold.jsonl does not read back identically")
    # the second repair route must give the same texts
    bp = read_back_bytes(posts_path)
    bc = read_back_bytes(comments_path)
    alt = [p["title"] for p in bp if p["title"]] + [c["string_map_data"]["Opmerking"]["value"] for c in bc]
    if alt != [g["text"] for g in gold]:
        errors.append("byte-level repair of the export does not give the gold texts")
    # the raw parse must really be mangled wherever a text is non-ASCII
    with open(posts_path, encoding="ascii") as f:
        raw_titles = [p["title"] for p in json.load(f) if p["title"]]
    for t, g in zip(raw_titles, gold):
        if not g["text"].isascii() and t == g["text"]:
            errors.append(f"{g['id']}: export text is not mojibake-encoded")

    if errors:
        print("build_nl_export4: export checks FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    counts = {l: 0 for l in LABELS}
    for g in gold:
        for _, _, l in g["entities"]:
            counts[l] += 1
    kinds = {k: sum(1 for g in gold if g["kind"] == k) for k in ("caption", "comment")}
    print(f"OK: {len(POSTS)} posts ({kinds['caption']} with caption), {len(COMMENTS)} comments; "
          f"{len(gold)} units; spans: " + ", ".join(f"{l} {counts[l]}" for l in LABELS)
          + f"; total {sum(counts.values())}")


if __name__ == "__main__":
    main()
