#!/usr/bin/env python3
"""Build a fictional Instagram "Download your information" export (JSON variant,
2025 layout) of a family-run bakery & lunch cafe in Sint-Amandsberg (Gent), plus
gold annotations (PERSON / MENTION / LOCATION) for its captions and comments.

Standard library only, deterministic. Run:  python3 build_nl_export3.py

Records are written with inline markup: [[surface|P]] = PERSON, [[surface|M]] =
MENTION, [[surface|L]] = LOCATION. The markup is stripped to give the text and
the code-point offsets of the spans; then a battery of checks runs, the export
files and gold.jsonl are written, and the export is read back and repaired.
"""

import calendar
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "export")
POSTS_PATH = os.path.join(EXPORT, "your_instagram_activity", "media", "posts_1.json")
COMMENTS_PATH = os.path.join(EXPORT, "your_instagram_activity", "comments", "post_comments_1.json")
GOLD_PATH = os.path.join(HERE, "gold.jsonl")

OWN = "bakkerij.dekorenbloem"

# @handles that belong to the own account, shops, suppliers, venues, media:
# they are not annotated.
NON_PERSON_HANDLES = {
    "bakkerij.dekorenbloem",   # own account
    "maalderijvanhaecke",      # flour mill (business named after a family)
    "goethals.eieren",         # egg farm business
    "mokaoost",                # coffee roaster
    "bakkerijtuytens",         # colleague bakery
    "gentsefeesten",           # festival
}

LABELS = {"P": "PERSON", "M": "MENTION", "L": "LOCATION"}

# Particles that are not registered on their own when multiword names are
# split for the cross-record consistency check.
PARTICLES = {"de", "van", "der", "den", "ter", "te", "ten", "el", "'t", "het", "la", "le", "di"}

BAKERY_GPS = (51.06318, 3.74652)


def T(s):
    """Triple-quoted text helper: drop the first and last newline only."""
    if s.startswith("\n"):
        s = s[1:]
    if s.endswith("\n"):
        s = s[:-1]
    return s


# ---------------------------------------------------------------------------
# Posts, oldest first. Fields:
#   date "YYYY-MM-DD HH:MM" (UTC), media list of extensions, text (markup) or
#   None (post without caption), gps optional, plain = surfaces deliberately
#   left unannotated in this record (name used as ordinary word / shop name).
# ---------------------------------------------------------------------------
POSTS = [
    dict(date="2024-05-08 17:05", media=["jpg", "jpg"], gps=BAKERY_GPS, text=T("""
Moederdag komt eraan 💐

Zondag 12 mei zijn we open van 7u tot 14u. Bestel je taart vóór vrijdag 18u: via DM, telefonisch of gewoon aan de toonbank bij [[Hilde|P]] of [[Yasmina|P]].

Nieuw dit jaar: de aardbeien-rabarbertaart van [[Kasia|P]] 🍓 En natuurlijk de klassieke moka van opa [[Marcel|P]], nog altijd hetzelfde recept sinds 1978.

#moederdag #taart #bakkerij #sintamandsberg #gent
""")),
    dict(date="2024-05-24 14:40", media=["jpg", "jpg", "jpg"], gps=(51.0975, 3.8312), text=T("""
Op bezoek bij de molen 🌾
Elke week malen ze bij Maalderij Vanhaecke in [[Lochristi|L]] onze tarwe- en speltbloem, van graan dat amper 10 km verderop groeit. Dankjewel [[Dirk|P]] en [[Marijke|P]] voor de rondleiding en de koffie, en sorry dat [[Geert|P]] weer een uur over rogge bleef doorgaan 😅

Lokaal brood begint bij lokaal graan.
@maalderijvanhaecke

#lokaal #desem #graan #ambacht #bakkerijdekorenbloem
""")),
    dict(date="2024-06-09 06:30", media=["jpg"], text=T("""
Vaderdag = papa [[Geert|P]] zijn dag 👨‍🍳
40 jaar bakker, nog altijd als eerste binnen om 3u30 en als laatste de oven uit. Merci papa, voor alles ❤️

(Nee, hij heeft geen Instagram. Dus ik mag dit gewoon posten 😇 – [[Femke|P]])
""")),
    dict(date="2024-06-14 09:15", media=["jpg"], text=T("""
EK-koorts 🔴🟡⚫
Zolang het EK duurt, liggen er Rode Duivels-croissants in de toonbank: framboos, passievrucht en een streepje pure chocolade. [[Jorre|P]] wilde er ook eentje met mayonaise op maken. Dat hebben we tegengehouden.
En [[De Bruyne|P]] krijgt er eentje gratis als hij ooit langskomt 😄

#EURO2024 #RodeDuivels #croissant
""")),
    dict(date="2024-06-20 10:02", media=["jpg", "jpg"], text=T("""
Gelukkige verjaardag [[Emre|P]]! 🎂🎉
Vier jaar al onze steunpilaar in het bakhuis, elke nacht om 3u40 present. Ook die keer dat de oven het begaf en we met z'n tweeën om 5u nog 300 pistolets moesten vormen. Je bent goud waard.
We hebben een baklava-cheesecake voor je gemaakt. Het recept van de baklava kregen we van je zus [[Elif|P]], maar we mochten het aan niemand verder vertellen 🤫
[[@emre_yildiz|M]]
""")),
    dict(date="2024-06-23 19:48", media=["jpg", "jpg", "jpg", "jpg"], text=T("""
Zondag was het buurtfeest in onze straat 🎈🎶
Wij zorgden voor 15 suikerbroden en 200 worstenbroodjes, buurman [[Roger|P]] stond vijf uur aan de barbecue en [[Grace|P]] en [[Patrick Mbuyi|P]] brachten de muziek (die rumba om middernacht 🔥). Bedankt aan het buurtcomité en vooral aan [[Melike Arslan|P]] voor de organisatie. Volgend jaar opnieuw?
#buurtfeest #sintamandsberg
""")),
    dict(date="2024-07-03 08:20", media=["jpg"], gps=BAKERY_GPS, text=T("""
Nieuw gezicht achter de koffiemachine! ☕🇮🇹
Dit is [[Giulia Rinaldi|P]]. Ze komt uit [[Bari|L]], woont sinds twee jaar in [[Gent|L]] en maakt volgens eigen zeggen de beste cappuccino van de [[Dampoort|L]]. Wij hebben geproefd en kunnen niet anders dan akkoord gaan.
Kom gerust eens ciao zeggen!
[[@giulia.rinaldi_|M]]
""")),
    dict(date="2024-07-17 11:30", media=["jpg", "jpg"], text=T("""
Gentse Feesten 🎉🍻
Tijdens de Feesten zijn we gewoon open, behalve zondag 21 en maandag 22 juli: dan sluiten we om 13u, zodat ons team ook een pintje kan gaan drinken op de [[Vrijdagmarkt|L]].

Tip van [[Yasmina|P]]: ons broodje ‘strop’ met hesp, oude kaas van Kaasmakerij Het Hof en een flinke lik Gentse mosterd. De perfecte bodem voor een avondje [[Patershol|L]] 😉

#gentsefeesten #gf2024 #gent
""")),
    dict(date="2024-07-27 16:10", media=["jpg"], text=T("""
Jaarlijks verlof 🌴
Van maandag 29 juli tot en met dinsdag 13 augustus is de bakkerij gesloten. [[Geert|P]] en [[Hilde|P]] trekken eindelijk nog eens naar [[Italië|L]], op uitnodiging van [[Giulia's|P]] nonna (we zijn allemaal jaloers).

Ons lunchcafé blijft wél open op zaterdag, met brood van onze collega's van Bakkerij Tuytens in [[Oostakker|L]]. Dikke merci, [[Pieter|P]] ❤️

Tot snel!
""")),
    dict(date="2024-08-02 18:55", media=["jpg", "jpg", "jpg"], gps=(41.1256, 16.8695), text=None),
    dict(date="2024-08-14 05:50", media=["jpg", "jpg"], text=T("""
We zijn terug! 🇮🇹➡️🇧🇪
Met een bruine kleur (behalve [[Geert|P]], die is vooral rood 🦞) en een nieuw recept in de koffer, rechtstreeks uit [[Puglia|L]]: focaccia barese met kerstomaatjes, olijven en oregano.
Vanaf nu elke vrijdag en zaterdag, zolang de voorraad strekt.
Grazie mille, nonna [[Pina|P]] 🍅
""")),
    dict(date="2024-08-22 03:52", media=["mp4"], text=T("""
3u45. De oven gaat open. 🔥🥖
#bakkerslife #nachtwerk #behindthescenes
""")),
    dict(date="2024-08-28 15:25", media=["jpg"], text=T("""
Boterhammendoos klaar? 📚🍞
Vanaf maandag 2 september start ons schoolbrood-abonnement opnieuw: elke schooldag een vers gesneden bruin of volkoren, klaar om 7u. Vorig jaar deden al 64 gezinnen uit [[Sint-Amandsberg|L]], [[Oostakker|L]] en [[Destelbergen|L]] mee.
Inschrijven kan aan de kassa of via de link in bio.
""")),
    dict(date="2024-09-09 18:00", media=["jpg"] * 6, text=T("""
Zaterdag zijn we getrouwd 🤍

Eerst en vooral: sorry voor de gesloten deur, en merci aan iedereen die begrip had (en aan de vaste klanten die ons een kaartje kwamen brengen, jullie zijn geweldig).

Ik wil toch even een paar mensen bedanken, want zonder hen was het nooit zo'n dag geworden:
💐 mama en mijn meter [[Lieve|P]], die drie weken lang elke avond bloemstukken maakten
🎂 [[Kasia|P]] en [[Emre|P]], voor een bruidstaart van vijf verdiepingen, met de hazelnootpraliné van oma [[Jeanne|P]]
📸 [[@lotte.claeys_|M]], voor de prachtige foto's
🎶 DJ [[Wannes|P]], wiens lichtshow ze in [[Hof ter Walle|L]] nog lang zullen herinneren
🥂 [[Yasmina|P]] en [[Giulia|P]], die de hele receptie in goede banen leidden alsof het niks was

En natuurlijk [[@jelleverhaeghe|M]]. Mijn man. Dat klinkt nog altijd een beetje raar 🥹

[[#femkeenjelle|P]] #trouwen #bruidstaart #destelbergen
""")),
    dict(date="2024-09-16 13:12", media=["jpg", "jpg", "jpg"], gps=(38.7110, -9.1300), text=T("""
Groetjes uit [[Lissabon|L]]! 🇵🇹☀️
Op huwelijksreis, maar ja: beroepsmisvorming. We hebben pastéis de nata gegeten op elke straathoek van [[Alfama|L]] en [[Belém|L]]. Puur onderzoek, voor het werk 😇
Thuis houden [[Kasia|P]] en [[Yasmina|P]] de zaak draaiende en logeert onze hond Mosterd bij oma. Obrigada, meiden! ❤️
""")),
    dict(date="2024-09-27 12:45", media=["jpg", "mp4"], text=T("""
Vorige week stond er plots een hele bus uit [[Utrecht|L]] aan onze deur 🚌🇳🇱
Het koor van [[Sanne van der Meer|P]] was een weekendje in [[Gent|L]] en had ergens gelezen dat onze rijsttaart ‘de beste van [[Vlaanderen|L]]’ is. Geen idee wie dat geschreven heeft, maar we gaan niet klagen.
42 stukken rijsttaart en één spontaan optreden in de winkel later: bedankt [[Sanne|P]] en alle zangers, het was een eer! 🎶
[[@sanne.vandermeer|M]]
""")),
    dict(date="2024-10-04 07:35", media=["jpg"], text=T("""
Nieuw in de rekken: roggebrood met zonnebloempitten 🌻
Lange desem, 36 uur rijs, korst om u tegen te zeggen. [[Geert|P]] heeft er een jaar op geoefend en [[Wannes|P]] heeft elke mislukte versie opgegeten. Nu is hij klaar. Het brood, niet [[Wannes|P]] 😂
Proeven kan heel de week aan de toonbank.
#roggebrood #desem #nieuw
""")),
    dict(date="2024-10-10 16:40", media=["jpg"], text=T("""
📣 Vacature!
We zoeken een enthousiaste verkoper (m/v/x) voor onze winkel, 4/5de, ook op zaterdag. Ervaring is mooi meegenomen, goesting is belangrijker.
Stuur je cv naar jobs@dekorenbloem.be of spring gewoon eens binnen en vraag naar [[Hilde|P]] 😊
Delen mag altijd!
""")),
    dict(date="2024-10-16 09:05", media=["jpg"], text=T("""
Mevrouw [[Suzanne Verstraete|P]] werd vorige week 91 🎉
Ze komt al sinds 1979 elke dag haar halve wit halen. ‘Niet te hard gebakken, hé [[Geert|P]]!’ Op haar verjaardag kreeg ze een taartje van het huis, en een dikke kus van [[Geert|P]] (ze bloosde nog ☺️).
Proficiat, [[Suzanne|P]]! Op nog veel halve witten 💛
""")),
    dict(date="2024-10-20 10:00", media=["jpg"], gps=BAKERY_GPS, text=T("""
🎁 GIVEAWAY 🎁
Ons lunchcafé wordt 5 jaar! Om dat te vieren, geven we een brunch voor 4 personen weg, bubbels inbegrepen 🥂

Hoe doe je mee?
1️⃣ Volg @bakkerij.dekorenbloem
2️⃣ Like deze post
3️⃣ Tag in de comments met wie jij komt brunchen

De winnaar maken we bekend op zondag 27 oktober. Veel succes!

Deze actie is niet gesponsord door of verbonden aan Instagram.
#giveaway #winactie #brunch #gent
""")),
    dict(date="2024-10-24 14:20", media=["jpg", "jpg"], gps=(51.0380, 3.7220), text=T("""
Herfst in het [[Citadelpark|L]] 🍂 en herfst in onze toonbank: pompoenbrood, appel-kaneelrollen en… de eerste speculaas van het seizoen. Te vroeg? Nooit te vroeg.
#herfst #speculaas #autumnvibes
""")),
    dict(date="2024-10-27 19:30", media=["jpg"], text=T("""
En de winnaar van onze verjaardagsbrunch is… 🥁
[[@nadia.benali.gent|M]]! Proficiat [[Nadia|P]]! Stuur ons een berichtje, dan prikken we samen een datum.
Bedankt aan de meer dan 600 mensen die meededen. Wat een liefde 🥹 Volgende keer meer!
""")),
    dict(date="2024-11-06 12:00", media=["jpg"], text=T("""
We staan in de krant! 📰
Het Nieuwsblad kwam langs voor een reeks over familiebakkerijen in [[Oost-Vlaanderen|L]]. Dankjewel [[Kristof Dewaele|P]] voor het fijne gesprek, en sorry dat [[Geert|P]] je om 4u 's morgens liet opdraven voor ‘de echte sfeer’ 😅
Het volledige artikel lees je via de link in bio.
""")),
    dict(date="2024-11-10 11:11", media=["jpg", "jpg"], text=T("""
Oma [[Jeanne|P]] is 88 geworden 🎂 en stond zondag gewoon appelbollen te maken in het bakhuis.
In 1978 begon ze hier samen met opa [[Marcel|P]], toen het nog ‘Bakkerij De Smet’ heette. Het recept van de appelbollen is sindsdien niet veranderd. De rest wel een beetje 😄
Gelukkige verjaardag, oma. Van [[Femke|P]], [[Bram|P]] en heel het team 🤍
""")),
    dict(date="2024-11-19 08:45", media=["jpg", "jpg"], gps=(51.0560, 3.7930), text=T("""
Wist je dat al onze eieren van amper 3 km verderop komen? 🐓
[[Marleen|P]] en [[Luc Goethals|P]] houden 400 kippen die vrij rondscharrelen in [[Destelbergen|L]]. Elke dinsdag en vrijdag brengt [[Luc|P]] ze zelf langs, met zijn oude groene Land Rover. Van daaruit gaan ze rechtstreeks in onze quiches, taarten en wafels.
Lokaal is geen trend, het is gewoon logisch 💚
@goethals.eieren
""")),
    dict(date="2024-11-26 15:00", media=["jpg", "jpg", "jpg"], text=T("""
De Sint komt eraan 🎁
Speculaas, marsepein, chocolade: onze toonbank is er klaar voor. Alle chocolade is van Callebaut, en de marsepeinen figuurtjes boetseert [[Kasia|P]] met de hand (kijk naar die varkentjes 🐷😍).
Bestellingen voor scholen en verenigingen kunnen nog tot vrijdag 29 november.
""")),
    dict(date="2024-11-30 09:40", media=["jpg"], gps=BAKERY_GPS, text=T("""
Zaterdagse rij tot aan de hoek 😮 Merci om te wachten, en sorry aan de buren 🙏🥖
""")),
    dict(date="2024-12-03 17:30", media=["jpg", "jpg", "jpg", "jpg"], text=T("""
Kerstbestellingen zijn open! 🎄

Dit jaar op de kaart:
🎄 kerststronk moka, chocolade of praliné (4, 6 of 8 personen)
⭐ panettone van [[Giulia|P]], met de moederdesem van haar nonna (die ze in haar handbagage meebracht uit [[Bari|L]], vraag haar maar naar het verhaal aan de security 😂)
🍞 feestbrood met vijgen en walnoten
🥐 brunchbox voor 2 of 4

Bestellen kan tot 20 december, aan de toonbank of via de link in bio. Ophalen op 24, 25 (tot 12u) en 31 december.

#kerst #kerststronk #panettone #gent
""")),
    dict(date="2024-12-16 10:20", media=["jpg", "jpg"], text=T("""
Zaterdag stonden we met de hele ploeg op de kerstmarkt van [[Sint-Amandsberg|L]] ❄️🧇 Wafels, glühwein en warme chocomelk, en alles ging naar de voedselbank van [[Gent|L]].
Resultaat: €2.340! 😍
Merci aan [[Ilias|P]], [[Shanice|P]] en [[Jorre|P]] om urenlang in de vrieskou te staan, en aan de mannen van frituur ’t Hoekske voor de stroomkabel 🔌
En aan iedereen die kwam: dank u, dank u, dank u.
""")),
    dict(date="2024-12-24 12:00", media=["jpg", "jpg"], text=T("""
Zalig kerstfeest van heel ons team 🎄✨

Van links naar rechts: [[Geert|P]], [[Hilde|P]], [[Femke|P]], [[Jelle|P]] (vrijwillig ingeschakeld als kerststronk-afwerker), [[Emre|P]], [[Kasia|P]], [[Yasmina|P]], [[Giulia|P]], [[Wannes|P]], [[Sjoukje|P]], [[Ilias|P]], [[Shanice|P]] en [[Jorre|P]]. En [[Bram|P]], die zoals elk jaar net te laat was voor de foto 🙄

Bedankt voor dit jaar, lieve klanten. Zonder jullie geen wij 🤍
""")),
    dict(date="2024-12-28 20:15", media=["jpg"], text=None),
    dict(date="2024-12-31 14:00", media=["jpg"], text=T("""
Lieve klanten, gelukkig nieuwjaar! 🥂
Van 1 tot en met 7 januari sluiten we even de deuren: uitrusten, en de oven laten nakijken door [[Tom De Bakker|P]] (ja, echt, zo heet hij 😄).
Vanaf woensdag 8 januari staan we er weer, met vers brood en verse moed.
Bedankt voor 2024 💛
"""), plain=["Lieve"]),
    dict(date="2025-01-06 07:10", media=["jpg"], text=T("""
Driekoningentaart 👑
Frangipane, bladerdeeg en in elke taart één boontje. Wie het vindt, is koning of koningin voor een dag (en mag de afwas doen, zegt [[Hilde|P]]).
Vorig jaar vond meneer [[Van Hecke|P]] er drie op één week. We beginnen ons vragen te stellen 🤔
#driekoningen #galettedesrois
""")),
    dict(date="2025-01-16 08:30", media=["jpg"], text=T("""
Gisteren maakte [[Jeroen Meus|P]] rijsttaart in Dagelijkse Kost en sindsdien staat onze telefoon roodgloeiend 📞😅
Dus, ter info: ja, wij hebben rijsttaart. Elke dag. Sinds 1978. Met het recept van oma [[Jeanne|P]], en dat blijft geheim, sorry [[Jeroen|P]] 😉
""")),
    dict(date="2025-01-24 18:20", media=["jpg", "jpg"], text=T("""
Vijf jaar geleden begon [[Yasmina El Khattabi|P]] bij ons als jobstudente op zaterdag.
Vandaag is ze verantwoordelijke van het lunchcafé, kent ze de bestelling van elke vaste klant vanbuiten, én heeft ze deze week haar diploma bedrijfsbeheer gehaald. In avondschool, naast een voltijdse job 🎓
Trots is een understatement. Mabrouk, [[Yasmina|P]]! 💐
Haar mama bracht vanmorgen msemen mee voor het hele team. We zijn verwend 🥹
[[@yasmina.elk|M]]
""")),
    dict(date="2025-02-07 11:00", media=["jpg"], text=T("""
Soep van de week: harira 🍲
Marokkaanse soep met linzen, kikkererwten, tomaat en verse koriander, naar het recept van de mama van [[Yasmina|P]]. Een beetje [[Nador|L]] in [[Sint-Amandsberg|L]].
Shukran, [[Fatima|P]]! Elke middag met een stuk van ons maïsbrood, op = op.
""")),
    dict(date="2025-02-11 09:00", media=["jpg", "jpg"], text=T("""
Valentijn 💘
Deze week in de toonbank: hartjes-éclairs met framboos en lychee, gemaakt door [[Kasia|P]] en onze stagiaire [[Sjoukje|P]], die helemaal uit [[Leeuwarden|L]] kwam om bij ons het vak te leren 🇳🇱
Voor koppels. Voor singles. Voor iedereen eigenlijk.
#valentijn #eclairs #patisserie
""")),
    dict(date="2025-02-19 19:05", media=["jpg"], text=T("""
Happy birthday broertje! 🥝🎂
[[Brams|P]] 25ste verjaardag vieren we met zijn lievelingstaart: kiwi-bavarois. De meest jaren-90-taart die er bestaat, en we schamen ons nergens voor.
[[@bram_desmet|M]]
""")),
    dict(date="2025-02-26 06:45", media=["mp4"], gps=BAKERY_GPS, text=None),
    dict(date="2025-03-08 10:30", media=["jpg", "jpg", "jpg"], text=T("""
8 maart, Internationale Vrouwendag 💪
In ons team staan 8 vrouwen, en dat is geen toeval. Van oma [[Jeanne|P]], die in 1978 de winkel, de boekhouding én drie kinderen combineerde, tot [[Shanice Doelwijt|P]], die ’s avonds haar opleiding banketbakker volgt en overdag hier staat te schitteren.
[[Kasia|P]], [[Yasmina|P]], [[Giulia|P]], mama, [[Sjoukje|P]] en ik: proud of you all ❤️
""")),
    dict(date="2025-03-14 08:00", media=["jpg", "jpg"], text=T("""
Nieuwe koffie! ☕
Vanaf vandaag serveren we de ‘Oost’-blend van Moka Oost, gebrand op 800 meter van hier, aan de [[Dendermondsesteenweg|L]]. [[Sven|P]] en [[Joke|P]] kwamen [[Giulia|P]] zelf een dag opleiden, en zij geeft nu ongevraagd latte-art les aan iedereen die even stilstaat.
Team zwaan of team hartje? 🦢❤️
@mokaoost
""")),
    dict(date="2025-03-21 17:50", media=["jpg"], text=T("""
Vandaag was de laatste dag van [[Sjoukje Bosma|P]] bij ons 😢
Zes maanden stage, honderden éclairs, en één keer bijna brand in de keuken (we zeggen niks, [[Sjoukje|P]]). Ze trekt terug naar [[Friesland|L]] met een schrift vol recepten en een Gents accent waar ze thuis nog lang mee geplaagd zal worden.
Het ga je goed, famke! 🧡
[[@sjoukje.bakt|M]]
""")),
    dict(date="2025-03-28 12:15", media=["jpg"], text=T("""
‘Beste croque van [[Gent|L]]’, zegt [[Lies Vandamme|P]]. En wie zijn wij om haar tegen te spreken? 😌
Onze croque korenbloem: desembrood, hoevehesp, Oud Brugge en een dun laagje truffelmayo.
Dankjewel voor de lieve woorden, [[Lies|P]]! [[@lies.vandamme|M]]
""")),
    dict(date="2025-03-30 09:00", media=["jpg", "jpg"], text=T("""
Eid Mubarak aan iedereen die vandaag het Suikerfeest viert 🌙✨
Heel het weekend in de toonbank: kaab el ghzal en ghriba, gebakken door [[Yasmina|P]] en haar mama naar het recept van grootmoeder [[Zohra|P]]. [[Emre|P]] bracht lokum mee uit [[Istanbul|L]]. We staan allemaal een kilo bij 😅
""")),
    dict(date="2025-04-06 16:40", media=["jpg", "jpg", "mp4"], gps=(50.7790, 3.6420), text=T("""
Rondezondag! 🚴‍♂️🦁
Het hele team (min [[Geert|P]], die moest bakken) staat op de [[Oude Kwaremont|L]], met 200 koekjes in de vorm van een leeuwtje en een thermos koffie.
Allez [[Wout|P]]!! En [[Emre|P]] supportert voor [[Pogačar|P]], dat hebben we hem ondertussen vergeven 😅
#RVV #deRonde #vlaanderensmooiste
""")),
    dict(date="2025-04-10 13:30", media=["jpg", "jpg", "jpg"], text=T("""
Bezoek van het derde leerjaar van juf [[Ann|P]] 👩‍🍳
28 kinderen, 28 broodjes in de vorm van een egel, en ongeveer 3 kilo bloem op de grond. [[Wannes|P]] legde alles uit over gist en desem, en [[Noor|P]] (8) vroeg of de oven ook pizza kan bakken.
Ja, [[Noor|P]]. Hij kan. 🍕
""")),
    dict(date="2025-04-25 11:45", media=["jpg"], text=T("""
Nieuw in het lunchcafé: de tante-bowl 🥗
Bulgur, geroosterde pompoen, feta, granaatappel en een dressing met sumak. [[Emre|P]] bedacht hem naar een recept van zijn tante [[Pınar|P]] uit [[Kayseri|L]], vandaar de naam. Ze is nu officieel beroemd in [[Sint-Amandsberg|L]] 😄
""")),
    dict(date="2025-05-02 10:10", media=["mp4"], text=T("""
Op de radio: [[Stromae|P]]. In de oven: 80 sandwiches. [[Giulia|P]] danst. Vrijdag 🕺
""")),
    dict(date="2025-05-06 16:00", media=["jpg", "jpg"], text=T("""
Moederdag, zondag 11 mei 💐
Zoals elk jaar: bestellen tot vrijdag 18u, ophalen op zondag tussen 7u en 14u.
Nieuw: de tiramisutaart van [[Giulia|P]] (‘mamma mia’, zei [[Hilde|P]] toen ze hem proefde). En de aardbeien op onze taarten komen dit jaar van de familie [[Dhondt|P]] uit [[Wondelgem|L]] 🍓
#moederdag #taart #gent
""")),
    dict(date="2025-05-15 18:30", media=["jpg", "jpg"], text=T("""
Er zit een klein broodje in de oven 🥐👶
[[Jelle|P]] en ik verwachten in november ons eerste kindje! Papa [[Geert|P]] is al een ‘geboortebrood’ aan het uitdenken, mama [[Hilde|P]] heeft al drie slabbetjes gekocht, en oma [[Jeanne|P]] wordt overgrootmoeder.
Geen paniek: [[Kasia|P]] neemt straks de taarten over, en ik blijf gewoon jullie Instagram doen 😄
[[#femkeenjelle|P]] [[#babyverhaeghe|P]]
""")),
]

# ---------------------------------------------------------------------------
# Comments written by the owner, oldest first: (date, media owner, text).
# ---------------------------------------------------------------------------
COMMENTS = [
    dict(date="2024-05-25 07:20", owner="maalderijvanhaecke", text=T("""
Altijd plezant om bij jullie langs te komen! Groetjes aan [[Marijke|P]] en tot volgende week 🌾
""")),
    dict(date="2024-06-21 12:40", owner=OWN, text=T("""
[[@sevda.yildiz|M]] Haha, de baklava was top! Zeg maar tegen [[Elif|P]] dat haar geheim veilig is 🤫
""")),
    dict(date="2024-07-04 09:02", owner=OWN, text=T("""
[[@marc.debruycker|M]] Ze staat er van dinsdag tot zaterdag 😊☕
""")),
    dict(date="2024-07-18 21:30", owner="gentsefeesten", text=T("""
Klaar voor! Tot op de [[Vrijdagmarkt|L]] 🍻
""")),
    dict(date="2024-08-10 13:15", owner="bakkerijtuytens", text=T("""
Merci [[Pieter|P]] om ons uit de nood te helpen deze zomer! Volgend jaar trakteren wij 🥐
""")),
    dict(date="2024-09-12 20:05", owner="lotte.claeys_", text=T("""
Wat een prachtige foto's [[Lotte|P]] 🥹🤍 We kunnen er niet genoeg van krijgen
""")),
    dict(date="2024-09-28 10:30", owner="sanne.vandermeer", text=T("""
Wat was het leuk om jullie te horen zingen! Goede reis terug naar [[Utrecht|L]] en tot een volgende keer 🎶🇳🇱
""")),
    dict(date="2024-10-17 08:10", owner=OWN, text=T("""
[[@an.declercq|M]] Dankjewel [[An|P]], we geven het door aan [[Suzanne|P]]! 💛
""")),
    dict(date="2024-10-21 16:45", owner=OWN, text=T("""
[[@tibo.desmedt|M]] Zeker mag dat, hoe meer zielen hoe meer vreugd 😄
""")),
    dict(date="2024-10-28 07:55", owner=OWN, text=T("""
[[@nadia.benali.gent|M]] Proficiat nog eens! Geniet ervan 🥂
""")),
    dict(date="2024-11-27 12:20", owner=OWN, text=T("""
[[@ruben.maes_|M]] Allemaal met de hand, ja! [[Kasia|P]] heeft er gisteren 140 gemaakt 🐷
""")),
    dict(date="2024-12-04 09:30", owner=OWN, text=T("""
[[@sarah_vdbroeck|M]] Jazeker! Glutenvrij bakken we op dinsdag en vrijdag, best even reserveren 😊
""")),
    dict(date="2024-12-25 10:00", owner="jelleverhaeghe", text=T("""
Beste kerststronk-afwerker van [[Sint-Amandsberg|L]] 😘
""")),
    dict(date="2025-01-17 14:05", owner=OWN, text=T("""
[[@elinevanacker|M]] Haha nee, het blijft in de familie 🤫 Maar kom gerust proeven!
""")),
    dict(date="2025-01-25 08:00", owner="yasmina.elk", text=T("""
Zo trots op jou!! 🎓❤️ Vanavond taart.
""")),
    dict(date="2025-02-20 07:30", owner=OWN, text=T("""
[[@hilde.vandenbossche|M]] ❤️ merci mama
""")),
    dict(date="2025-03-15 17:20", owner="mokaoost", text=T("""
Merci [[Sven|P]] en [[Joke|P]] voor de opleiding! [[Giulia|P]] is niet meer te houden ☕🦢
""")),
    dict(date="2025-03-22 11:10", owner="sjoukje.bakt", text=T("""
Veel succes in [[Leeuwarden|L]], we missen je nu al! 💛 De deur staat altijd open.
""")),
    dict(date="2025-03-29 08:25", owner=OWN, text=T("""
[[@lies.vandamme|M]] Merci [[Lies|P]]! Tot zaterdag?
""")),
    dict(date="2025-04-07 20:00", owner="joris.vandenberghe", text=T("""
Wat een dag! Volgend jaar weer samen op de [[Kwaremont|L]] 🚴🦁
""")),
    dict(date="2025-04-26 09:45", owner=OWN, text=T("""
[[@k.wozniak|M]] Dank je! Ik zal het aan [[Emre|P]] en zijn tante zeggen 😄
""")),
    dict(date="2025-05-07 13:00", owner=OWN, text=T("""
[[@giulia.rinaldi_|M]] Grazie [[Giulia|P]]! De eerste tiramisutaarten zijn al weg 🙌
""")),
    dict(date="2025-05-16 07:40", owner=OWN, text=T("""
[[@suzy.verstraete|M]] Dankjewel!! En ja, [[Suzanne|P]] was de eerste die het wist, ze zag het aan mijn gezicht 😄
""")),
]


# ---------------------------------------------------------------------------
MARKUP = re.compile(r"\[\[(.+?)\|([PML])\]\]")
HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9._]+)")
ERRORS = []


def err(rec_id, msg):
    ERRORS.append(f"{rec_id}: {msg}")


def parse(marked):
    """Strip markup; return text and spans [start, end, label, surface]."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARKUP.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, lab = m.group(1), m.group(2)
        spans.append([length, length + len(surface), LABELS[lab], surface])
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, spans


def ts(date):
    return calendar.timegm(__import__("time").strptime(date, "%Y-%m-%d %H:%M"))


def handles_in(text):
    res = []
    for m in HANDLE.finditer(text):
        h = m.group(1).rstrip(".")
        res.append((m.start(), m.start() + 1 + len(h), h))
    return res


def covered(spans, a, b):
    return any(s <= a and b <= e for s, e, _, _ in spans)


def word_occurrences(text, surface):
    pat = re.compile(r"(?<![\w@#'’])" + re.escape(surface) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def check_record(rid, marked, text, spans, plain):
    if "[[" in text or "]]" in text or re.search(r"\|[PML]\]", text):
        err(rid, "stray markup")
    prev_end = -1
    for s, e, lab, surf in spans:
        if text[s:e] != surf:
            err(rid, f"span {s}-{e} cuts {text[s:e]!r}, expected {surf!r}")
        if s < prev_end:
            err(rid, f"overlap at {s}")
        prev_end = e
        if surf != surf.strip() or not surf:
            err(rid, f"whitespace at span edge {surf!r}")
        # word cuts
        if s > 0:
            c = text[s - 1]
            if c.isalnum() or c in "_@#" or (c in "-" and s > 1 and text[s - 2].isalnum()):
                err(rid, f"span {surf!r} starts inside a word ({c!r})")
        if e < len(text):
            c = text[e]
            if c.isalnum() or c == "_" or (c == "-" and e + 1 < len(text) and text[e + 1].isalnum()):
                err(rid, f"span {surf!r} ends inside a word ({c!r})")
            if lab == "PERSON" and text[e:e + 2] in ("'s", "’s"):
                err(rid, f"genitive 's left outside {surf!r}")
            if lab == "MENTION" and c == "." and e + 1 < len(text) and text[e + 1].isalnum():
                err(rid, f"mention {surf!r} cut before a dot")
        if lab == "MENTION" and not surf.startswith("@"):
            err(rid, f"mention without @: {surf!r}")
        if lab != "MENTION" and "@" in surf:
            err(rid, f"@ inside non-mention span {surf!r}")
        if surf.startswith("#") and lab != "PERSON":
            err(rid, f"hashtag annotated as {lab}: {surf!r}")
    # handles: every @handle annotated as MENTION or known non-person
    mention_spans = {(s, e) for s, e, lab, _ in spans if lab == "MENTION"}
    found = set()
    for a, b, h in handles_in(text):
        found.add((a, b))
        if h in NON_PERSON_HANDLES:
            if (a, b) in mention_spans:
                err(rid, f"non-person handle @{h} annotated")
        elif (a, b) not in mention_spans:
            err(rid, f"@{h} neither annotated nor listed as non-person")
    for s, e in mention_spans:
        if (s, e) not in found:
            err(rid, f"MENTION {text[s:e]!r} is not a whole handle")
    # consistency inside the record
    plain_left = list(plain)
    for surf in sorted({sp[3] for sp in spans if sp[2] != "MENTION"}):
        for a, b in word_occurrences(text, surf):
            if not covered(spans, a, b):
                if surf in plain_left:
                    plain_left.remove(surf)
                else:
                    err(rid, f"{surf!r} annotated once but not at offset {a}")


def registry_surfaces(spans):
    out = set()
    for s, e, lab, surf in spans:
        if lab == "MENTION" or surf.startswith("#"):
            continue
        out.add(surf)
        if lab == "PERSON":
            toks = surf.split()
            if len(toks) > 1:
                if toks[0].lower() not in PARTICLES:
                    out.add(toks[0])
                rest = toks[1:]
                while rest and rest[0].lower() in PARTICLES:
                    rest = rest[1:]
                if rest:
                    out.add(" ".join(rest))
                out.add(" ".join(toks[1:]))
    return out


def moji(s):
    return s.encode("utf-8").decode("latin-1")


def repair(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def deep(obj, fn):
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [deep(x, fn) for x in obj]
    if isinstance(obj, dict):
        return {fn(k): deep(v, fn) for k, v in obj.items()}
    return obj


def media_id(i, j):
    h = hashlib.sha256(f"nlexp3-{i}-{j}".encode()).hexdigest()
    return "17" + str(int(h[:15], 16))[:15].rjust(15, "0")


def main():
    # ---- parse and order (newest first, as Meta exports them) ----
    posts = sorted(POSTS, key=lambda p: ts(p["date"]), reverse=True)
    comments = sorted(COMMENTS, key=lambda c: ts(c["date"]), reverse=True)
    if len({p["date"] for p in POSTS}) != len(POSTS):
        err("posts", "duplicate timestamps")

    units = []  # (kind, text, spans, plain)
    for p in posts:
        if p["text"] is None:
            continue
        text, spans = parse(p["text"])
        units.append(("caption", p, text, spans, p.get("plain", [])))
    for c in comments:
        text, spans = parse(c["text"])
        units.append(("comment", c, text, spans, c.get("plain", [])))

    gold = []
    for n, (kind, rec, text, spans, plain) in enumerate(units, 1):
        rid = f"nl-exp3-{n:03d}"
        rec["_id"], rec["_text"] = rid, text
        check_record(rid, rec["text"], text, spans, plain)
        gold.append({"id": rid, "kind": kind, "text": text,
                     "entities": [[s, e, lab] for s, e, lab, _ in spans]})

    # ---- cross-record check: a name/place annotated anywhere is annotated
    # everywhere, unless listed as plain in that record ----
    registry = set()
    for _, _, _, spans, _ in units:
        registry |= registry_surfaces(spans)
    for kind, rec, text, spans, plain in units:
        plain_left = list(plain)
        for surf in sorted(registry):
            for a, b in word_occurrences(text, surf):
                if not covered(spans, a, b):
                    if surf in plain_left:
                        plain_left.remove(surf)
                    else:
                        err(rec["_id"], f"{surf!r} (annotated elsewhere) unannotated at {a}")
        if plain_left:
            err(rec["_id"], f"unused plain exemptions {plain_left}")

    if ERRORS:
        print("CHECKS FAILED:")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)

    # ---- write the export ----
    post_objs = []
    for i, p in enumerate(posts):
        t = ts(p["date"])
        yyyymm = p["date"][:4] + p["date"][5:7]
        media = []
        for j, ext in enumerate(p["media"]):
            item = {"uri": f"media/posts/{yyyymm}/{media_id(i, j)}.{ext}",
                    "creation_timestamp": t}
            if p.get("gps") and j == 0:
                key = "video_metadata" if ext == "mp4" else "photo_metadata"
                item["media_metadata"] = {key: {"exif_data": [
                    {"latitude": p["gps"][0], "longitude": p["gps"][1]}]}}
            item["title"] = ""
            item["cross_post_source"] = {"source_app": "FB"}
            media.append(item)
        title = "" if p["text"] is None else p["_text"]
        post_objs.append({"media": media, "title": title, "creation_timestamp": t})

    comment_objs = []
    for c in comments:
        comment_objs.append({
            "media_list_data": [{"uri": ""}],
            "string_map_data": {
                "Opmerking": {"value": c["_text"]},
                "Media-eigenaar": {"value": c["owner"]},
                "Tijd": {"timestamp": ts(c["date"])},
            },
        })

    for path, obj in ((POSTS_PATH, post_objs), (COMMENTS_PATH, comment_objs)):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = json.dumps(deep(obj, moji), ensure_ascii=True, indent=2)
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write(data + "\n")

    with open(GOLD_PATH, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")

    # ---- read back, repair, compare ----
    problems = []
    for path in (POSTS_PATH, COMMENTS_PATH):
        raw = open(path, "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            problems.append(f"{path} is not pure ASCII")
        for esc in re.findall(rb"\\u([0-9a-fA-F]{4})", raw):
            if not esc.lower().startswith(b"00"):
                problems.append(f"{path}: escape \\u{esc.decode()} above U+00FF")
    rposts = json.load(open(POSTS_PATH, encoding="ascii"))
    rcomments = json.load(open(COMMENTS_PATH, encoding="ascii"))
    if not isinstance(rposts, list) or not isinstance(rcomments, list):
        problems.append("export files must be bare lists")
    stamps = [p["creation_timestamp"] for p in rposts]
    if stamps != sorted(stamps, reverse=True):
        problems.append("posts not newest first")
    back = []
    empty = 0
    for p in rposts:
        if any(m["title"] != "" for m in p["media"]):
            problems.append("media[i].title not empty")
        for m in p["media"]:
            if not m["uri"].startswith("media/posts/20"):
                problems.append("bad uri " + m["uri"])
        cap = repair(p["title"])
        if cap:
            back.append(("caption", cap))
        else:
            empty += 1
    for c in rcomments:
        smd = c["string_map_data"]
        if set(smd) != {"Opmerking", "Media-eigenaar", "Tijd"}:
            problems.append("comment keys")
        back.append(("comment", repair(smd["Opmerking"]["value"])))
    gold_back = [json.loads(l) for l in open(GOLD_PATH, encoding="utf-8")]
    if len(back) != len(gold_back):
        problems.append(f"unit count {len(back)} != gold {len(gold_back)}")
    for (kind, txt), g in zip(back, gold_back):
        if kind != g["kind"] or txt != g["text"]:
            problems.append(f"{g['id']}: repaired export text differs from gold")
        for s, e, lab in g["entities"]:
            if not (0 <= s < e <= len(g["text"])):
                problems.append(f"{g['id']}: bad offsets")
    if any("Ã" in g["text"] for g in gold_back):
        problems.append("gold text still holds mojibake")
    if problems:
        print("READ-BACK FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)

    # ---- summary ----
    counts = {"PERSON": 0, "MENTION": 0, "LOCATION": 0}
    for g in gold_back:
        for _, _, lab in g["entities"]:
            counts[lab] += 1
    n_cap = sum(1 for g in gold_back if g["kind"] == "caption")
    n_com = len(gold_back) - n_cap
    print(f"OK: {len(gold_back)} units ({n_cap} captions, {n_com} comments); "
          f"{len(rposts)} posts exported, {empty} without caption")
    print("spans: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f", total {sum(counts.values())}")


if __name__ == "__main__":
    main()
