#!/usr/bin/env python3
"""Build the sentence-openings tune set (Dutch and French captions/comments).

Records are written below as readable Python data with inline marks:

    [[surface|P]]  PERSON
    [[surface|M]]  MENTION   (every @handle)
    [[surface|L]]  LOCATION
    [[surface|O]]  explicit non-entity (a name-like word used as a word, a
                   brand named after a person); stripped, not written out

The script strips the marks, checks every span and writes gold.jsonl
(deterministic, one JSON object per line):

    {"id": "nl-open-001", "kind": "caption"|"comment", "lang": "nl"|"fr",
     "text": ..., "entities": [[start, end, "PERSON"|"MENTION"|"LOCATION"], ...]}

Offsets are Python str (code point) offsets, end exclusive.

    python3 build_openings.py        # check and write gold.jsonl
    python3 build_openings.py -v     # also list the sentence/line openings

Standard library only.
"""

import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = {"P": "PERSON", "M": "MENTION", "L": "LOCATION", "O": None}

# --------------------------------------------------------------------------
# Dutch (Netherlands and Flanders): 75 captions, 25 comments
# --------------------------------------------------------------------------

NL = [
("caption", """Ochtendmist boven de [[Biesbosch|L]] 🌫️
Wekker om 4.45, thermosfles koffie mee en gaan.
Soms is de natuur gewoon de mooiste studio.
#biesbosch #natuurfotografie #ochtendmist"""),

("caption", """Bokkenpootjes! Eindelijk weer in de vitrine 🥐
Opa [[Gerrit|P]] bakte ze in 1968 al precies zo, met echte boter en een dun laagje chocola.
Zaterdag vanaf 7.00 uur in de [[Langestraat|L]] in [[Amersfoort|L]].
#bakkerij #ambacht #bokkenpootjes"""),

("caption", """[[Roos|P]] koos voor haar bruiloft natuurlijk rozen 🌹
Eén oude [[roos|O]] uit de tuin van haar oma zit verstopt in het boeket, zie je 'm?
Bruidsboeket voor [[Roos|P]] & [[Wessel|P]] 💍 [[Kasteel de Haar|L]]
#bruidsboeket #rozen [[#roosenwessel|P]]"""),

("comment", """Jeetje [[Fenna|P]], wat een lief berichtje 🥹 Dankjewel! Tot in september in [[Leeuwarden|L]]!"""),

("caption", """[[Mereltje|P]] is vandaag 4 geworden 🎈
Vier! Hoe dan?!
Taart van [[@bakkerij.dezoetekroon|M]], slingers van de HEMA en een hoofd vol plannen.
#vierjaar #feestje"""),

("caption", """Save the date 💌
[[Anouk|P]] en [[Jan-Willem|P]] trouwen op 14 juni in de Orangerie op [[Landgoed Elswout|L]], en wij mogen erbij zijn.
Spannend!
#savethedate #bruiloft2025 [[#anoukenjanwillem|P]]"""),

("caption", """[[Wytske|P]] en [[Sjoerd|P]] zeiden ja op de dijk bij [[Holwerd|L]] 🌊
Heit [[Jelle|P]] huilde het hardst, beppe [[Tjitske|P]] het mooist.
Wat een dag. Wat een licht.
#trouweninfryslân #holwerd #wadden"""),

("caption", """Irissen in alle tinten blauw 💙
Besteld door haar zus, voor [[Iris|P]] die vandaag dertig wordt. Gefeliciteerd!
Bezorgen doen we in heel [[Haarlem|L]] en [[Heemstede|L]].
#bloemist #irissen #haarlem"""),

("caption", """Kampioenen!! 🏆⚽
De JO11-2 van VV Sparta Nijkerk is ongeslagen kampioen. [[Daan|P]], [[Ilias|P]], [[Sem|P]], [[Luuk|P]], [[Bas|P]] en [[Joep|P]]: jullie zijn toppers.
Trainer [[Ruud|P]] trakteert zaterdag op patat 🍟
#jo11 #kampioen"""),

("comment", """Prachtige foto's! [[Lieve|P]] en [[Storm|P]] zien er zo ontspannen uit 😍"""),

("caption", """Lieve allemaal,
Wat een week. Door de storm van maandag lag onze kas in [[Aalsmeer|L]] vol glas.
Hoera: vanaf morgen zijn we weer open! 🌷
Dank aan [[Kees-Jan|P]] en zijn ploeg voor het snelle herstel.
#bloemenkwekerij #aalsmeer"""),

("caption", """Gentse Feesten, dag 3 🎪
[[Lowie|P]] en [[Fien|P]] dansten tot het licht werd op de [[Korenmarkt|L]].
Morgen: de [[Graslei|L]] bij zonsopgang, wie gaat er mee?
#gentsefeesten #gent #straatfotografie"""),

("caption", """Welkom kleine [[Teuntje|P]] 🤍
Negen dagen oud en nu al een karakter: ze fronste de hele shoot.
Mama [[Esmee|P]] en papa [[Jasper|P]], dank voor jullie vertrouwen.
#newbornfotografie [[#welkomteuntje|P]]"""),

("comment", """[[@sanne.vanderberg|M]] haha ja, die slagroomsoesjes waren om 10 uur al op 🙈 Volgende week leggen we er een paar voor je apart!"""),

("caption", """Tante Fanny? Nee hoor, bij ons gewoon zelfgemaakt deeg 😉
Pepernoten, taai-taai en kruidnoten, en [[Pietje|P]] (5) hielp mee. Hij at er ongeveer de helft van op.
Sinterklaas mag komen! 🎁
#pepernoten #sinterklaas #bakkenmetkids"""),

("caption", """Golden hour in [[Giethoorn|L]] ✨
[[Marloes|P]] en [[Thijs|P]] in een fluisterbootje, [[Thijs'|P]] moeder aan het roer.
Zeg nou zelf.
#giethoorn #loveshoot #goldenhour"""),

("caption", """[[Maastricht|L]], jij blijft mooi 🤍
[[Vrijthof|L]] vol lichtjes, de [[Sint Servaasbrug|L]] in de mist en overal glühwein.
Prints van deze serie vind je in de shop (link in bio).
#maastricht #winter #magischmaastricht"""),

("caption", """[[Mei|O]] = pioenrozenmaand 🌸
Bestel je bos voor Moederdag vóór donderdag, dan bezorgen we zondagochtend in heel [[Utrecht|L]] en [[Zeist|L]].
Pioenen, ranonkels, een takje sering. Simpel en goed.
#moederdag #pioenrozen #bloemenwinkel"""),

("caption", """[[Mei|P]] en [[Jochem|P]] trouwden in [[mei|O]], hoe kan het ook anders 😄
Ceremonie in de [[Pieterskerk|L]], borrel aan het [[Rapenburg|L]] en dansen tot diep in de nacht.
#trouweninleiden [[#meienjochem|P]]"""),

("comment", """Wauw [[Ilse|P]]! Dat licht in de duinen bij [[Bergen|L]]... kippenvel 🙌"""),

("caption", """Boef is jarig! 🐶🎉
Zeven jaar vandaag, en hij kreeg een hondentaart van [[@dogbakery.nijmegen|M]].
[[Lotte|P]] zong, Boef blafte mee.
#hondenverjaardag #nijmegen"""),

("caption", """[[Jorinde|P]] & [[Wannes|P]] 🍂
Herfst in het [[Zoniënwoud|L]], laarzen vol modder en [[Wannes|P]] die onophoudelijk grapjes maakte.
Boek nu je herfstshoot: nog 4 zaterdagen vrij in oktober.
#herfstshoot #zonienwoud #koppelshoot"""),

("caption", """[[Lente|P]] werd geboren op de eerste dag van de [[lente|O]] 🌱 Ja, echt waar.
Drie weken nu, en grote broer [[Bram|P]] wil haar elke ochtend de krokussen laten zien.
[[#babylente|P]] #lentekindje #drieweken"""),

("caption", """Throwback naar die zonnige septemberdag in het [[Kasteel van Gaasbeek|L]] 🏰
[[Elke|P]] droeg de sluier van haar grootmoeder, [[Pieter-Jan|P]] had zelf de ringen ontworpen.
Mooier wordt het niet.
#throwback #trouwen #gaasbeek"""),

("caption", """Bossche bollen, vers van vanochtend 🍫
Wie [[Den Bosch|L]] zegt, zegt bollen. Wie [[Oss|L]] zegt, zegt... ook bollen, bij ons tenminste.
Vandaag 2 halen, 1 betalen!
#bosschebol #oss #bakkerij"""),

("comment", """Hahaha [[Bas|P]] 😂 jij bent echt de enige die in [[Zandvoort|L]] een regenjas vergeet in november"""),

("caption", """Kamp 2024 zit erop ⛺
Dank aan alle leiding: [[renske|P]], [[joost|P]], [[marit|P]] en natuurlijk [[kees|P]] van de kampkeuken.
Volgend jaar: de [[Ardennen|L]]!
#scouting #zomerkamp"""),

("caption", """Zonsondergang bij [[Westkapelle|L]] 🌅
[[Ruben|P]] rende de dijk op, [[Jasmijn|P]] bleef beneden staan met de hond. Allebei goed.
[[Zeeland|L]] in september: aanrader.
#zeeland #westkapelle #gezinsshoot"""),

("caption", """[[Jade|O]], salie en een vleugje oker 💚
Dat was de vraag van [[Naima|P]] voor haar bruidstafel in de [[Westergasfabriek|L]].
Gelukt, denken wij.
#tafeldecoratie #bruiloft #amsterdam"""),

("caption", """[[Jade|P]] is 16 en wilde een shoot met haar paard op het strand van [[Wijk aan Zee|L]] 🐎
Gedaan. En wat een plaatjes.
Shout-out naar [[@stal_de_hooiberg|M]] voor de hulp!
#paardenfotografie #wijkaanzee"""),

("caption", """[[Storm|O]] op [[Terschelling|L]] 🌊💨
Windkracht 9, zand in alles, en toch wilden [[Hidde|P]] en [[Sietske|P]] hun loveshoot doorzetten.
Respect.
#terschelling #storm #loveshoot"""),

("comment", """Merci [[Lien|P]]! Zalig om jullie terug te zien 🥰 Groetjes aan [[Warre|P]] en de kleine [[Nand|P]]!"""),

("caption", """Geen brood van de [[Albert Heijn|O]] vandaag, maar zuurdesem van [[Albert|P]] zelf 😄
Onze buurman [[Albert|P]] (82) bakt al 40 jaar elke vrijdag, en vandaag mochten wij meekijken.
#zuurdesem #buurman"""),

("caption", """Tulpenvelden bij [[Lisse|L]], voor de drukte uit 🌷
[[Femke|P]] had een gele jurk aan, de velden waren paars. Toeval bestaat niet.
Tip: kom doordeweeks om 7 uur, dan heb je de [[Bollenstreek|L]] voor jezelf.
#bollenstreek #tulpen #lisse"""),

("caption", """Koningsdag in [[Haarlem|L]] 🧡
[[Jan-Willem|P]] verkocht zijn oude strips op de vrijmarkt en verdiende €4,50. Topondernemer.
Oranje tompouce erbij en klaar.
#koningsdag #vrijmarkt"""),

("caption", """[[Sanne van den Broek|P]] stond deze keer zelf vóór de camera 📸
Bruidsfotograaf, moeder van drie en altijd de rust zelf.
Portret gemaakt in de duinen van [[Meijendel|L]].
#portretfotografie #meijendel #fotograaf"""),

("comment", """Boek snel, want de kerstshoots in [[Deventer|L]] gaan hard! 🎄 Nog 3 plekjes op 14 december."""),

("caption", """[[Jildou|P]] kwam binnen met één wens: een taart met skûtsjes erop ⛵
Gemaakt! Drie lagen citroen, fondant en een heel [[Sneekermeer|L]] van blauwe botercrème.
Gefeliciteerd [[Auke|P]], 50 jaar!
#taartopmaat #sneek #skutsje"""),

("caption", """[[Geel|O]], oranje, rood 🍁 De herfst in [[Geel|L]] doet z'n naam eer aan.
Gezinsshoot met [[Nele|P]], [[Lore|P]] en kleine [[Mats|P]] bij de [[Sint-Dimpnakerk|L]] en daarna het bos in.
#geel #herfst #gezinsfotografie"""),

("caption", """Behind the scenes 🎬
Zo ziet een trouwdag eruit vanaf onze kant: 14 uur, 3 batterijen, 2 paar schoenen en 1 verdwaalde bruidegom.
[[Gert-Jan|P]], we zijn je nog steeds aan het zoeken in het [[Amsterdamse Bos|L]] 😂
#bts #trouwfotograaf #amsterdamsebos"""),

("caption", """zondag = pannenkoekendag 🥞
[[noor|P]] wilde er appel in, [[bas|P]] spek, ik koffie.
iedereen blij"""),

("caption", """Wat een finale! 🏑
Dames 1 van HC Tilburg pakt de beker na shoot-outs. [[Floor|P]] scoorde de beslissende, keeper [[Maud|P]] hield er drie tegen.
Feest in de kantine tot sluitingstijd.
#hockey #tilburg"""),

("comment", """Oeh [[@marit.fotografeert|M]] deze is zo mooi! Dat tegenlicht 🤌"""),

("caption", """Sint-Maarten in [[Utrecht|L]] 🏮
[[Lotje|P]] en [[Guusje|P]] liepen met zelfgemaakte lampionnen langs de [[Oudegracht|L]] en zongen elk liedje twee keer.
Mandarijnen, snoep en een koud neusje.
#sintmaarten #utrecht #lampionnen"""),

("caption", """[[Sint-Niklaas|L]] heeft het grootste marktplein van [[België|L]] en vanmorgen stond het vol ballonnen 🎈
Vredefeesten 2024: wat een sfeer.
Foto's van de hele reeks staan in het album.
#vredefeesten #sintniklaas"""),

("caption", """[[Valentijn|O]] vieren we niet, zegt [[Valentijn|P]] elk jaar 🙄
Toch stond er vanochtend een bos tulpen op tafel. Dank je, lief.
#valentijnsdag"""),

("caption", """Zaterdagochtend op de [[Albert Cuyp|L]] 🛍️
Verse bloemen, stroopwafels, en [[Marjolein|P]] van de kaaskraam die ons weer veel te veel liet proeven.
Volgende keer: de [[Noordermarkt|L]].
#amsterdam #markt #depijp"""),

("caption", """Hoera, een zusje! 💗
[[Evi|P]] is geboren op 3 maart, 3250 gram en een bos donker haar.
[[Sep|P]] (3) vindt haar 'wel lief, maar ze kan nog niks'.
#geboorte [[#welkomevi|P]]"""),

("caption", """Kieviten, grutto's en een verdwaalde lepelaar 🪶
Vogeltochtje met opa [[Hein|P]] door de polder bij [[Eemnes|L]].
Hij kent ze allemaal bij naam. Ik ken er drie.
#vogelspotten #eemnes #opa"""),

("caption", """Bruidsboeketten van deze maand 💐
Links: [[Lisanne|P]] (droogbloemen, pampas). Midden: [[Yara|P]] (witte ranonkels). Rechts: [[Kim|P]] en [[Kim|P]], twee bruiden, twee boeketten.
Welke is jouw favoriet?
#bruidsboeket #bloemist #rotterdam"""),

("comment", """Amai, wat een sfeer op die foto's van [[Lise|P]] en [[Ward|P]]! De [[Abdij van Park|L]] is toch zo'n pareltje 😍"""),

("caption", """Oliebollen! 🎆 Vanaf 27 december staan we weer aan de [[Wagenweg|L]] in [[Haarlem|L]].
Krentenbollen, appelflappen en voor [[Job|P]] van hiernaast de mislukte exemplaren, zoals elk jaar 😄
#oliebollen #oudjaar"""),

("caption", """🌿[[Noa|P]] en haar vriendinnetjes kwamen plukken in onze pluktuin in [[Bemmel|L]]
Zonnebloemen, cosmea, zinnia's: alles mocht mee.
Pluktuin open t/m september, wo t/m za.
#pluktuin #zonnebloemen"""),

("caption", """[[Noor|P]] kwam uit school met een tekening van 'ons huis'.
Ons huis heeft blijkbaar een toren, een zwembad en een draak.
[[Daan|P]] zegt dat het klopt.
#kindertekening #mamaleven"""),

("comment", """[[Sjors|P]] heeft ook zo'n fiets! Waar hebben jullie die gekocht? 🚲"""),

("caption", """Ochtendlicht over de molens van [[Kinderdijk|L]] 🌅
Zondag 6.12 uur, min twee graden, en [[Arjen|P]] die toch in korte broek kwam opdagen.
Bewondering én zorgen.
#kinderdijk #molens #fotografie"""),

("caption", """[[Jan-Willems|P]] speech was kort. Heel kort. Twee zinnen 😂
Maar [[Hanna|P]] moest huilen en de hele zaal stond op.
Bruiloft van [[Hanna|P]] & [[Joris|P]] in [[Fort Vuren|L]].
#fortvuren [[#hannaenjoris|P]] #bruiloft"""),

("caption", """Prachtige luchten boven [[Ameland|L]] vanavond 🌌
Sterren, een vleugje noorderlicht en de vuurtoren van [[Hollum|L]] als baken.
Nachtfotografie-workshop 12 oktober, nog 2 plekken.
#ameland #nachtfotografie"""),

("caption", """Alaaf! 🎭
Carnaval in [[Breda|L]] met de hele bende: [[Tess|P]], [[Milan|P]], [[Fleur|P]], [[Sem|P]] en ik als bijenkorf.
Niet vragen waarom.
#carnaval #breda"""),

("caption", """Dahlia's tot aan het plafond 🌸
Nazomer in de winkel betekent emmers vol: café au lait, perzik, bordeauxrood.
Kom ruiken aan de [[Nieuwe Binnenweg|L]] 64.
#dahlias #rotterdam #bloemenwinkel"""),

("comment", """Gefeliciteerd [[Kees|P]] en [[Annemarie|P]] met 40 jaar! Mooie foto's 🥂"""),

("caption", """[[De Haan|L]] in februari: leeg, grijs en prachtig 🌊
[[Ine|P]] en [[Jens|P]] wilden hun verlovingsfoto's aan zee, en meneer [[De Haan|P]] van het hotel gaf ons de sleutel van het dakterras.
Bedankt!
#dehaan #kust #verloving"""),

("caption", """[[Willemijn ter Horst|P]] maakt al twintig jaar hoeden in haar atelier aan de [[Brink|L]] in [[Deventer|L]] 🎩
Voor haar nieuwe collectie mochten wij het lookbook maken.
Vilt, stro, veren. En heel veel geduld.
#hoedenmaker #deventer #lookbook"""),

("caption", """Pake [[Durk|P]] en beppe [[Hiltsje|P]] met hun eerste kleindochter 🤍
[[Fenne|P]] sliep de hele shoot, pake [[Durk|P]] ook bijna.
Fotografie aan huis in [[Dokkum|L]] en omstreken.
#newborn #dokkum #pakeenbeppe"""),

("caption", """Zondagsloop 🏃‍♀️
12 km langs de [[Amstel|L]] met de dinsdaggroep. [[Thijmen|P]] rende voorop, [[Ria|P]] (71!) direct erachter.
Koffie bij de molen na afloop.
#hardlopen #amstel"""),

("comment", """Welke lens gebruik je hier? Die bokeh 😍 [[@jorisfotografeert|M]]"""),

("caption", """Sneak peek 👀
[[Merel|P]] & [[Yusuf|P]], [[Hotel New York|L]], [[Rotterdam|L]].
Het volledige album komt volgende week jullie kant op!
#sneakpeek #hotelnewyork #rotterdam"""),

("caption", """Pralines, pralines, pralines 🍫
Voor Pasen gieten we elk jaar 300 paaseieren, dit jaar met hulp van stagiaire [[Saar|P]].
Te koop in onze winkel in de [[Steenstraat|L]] in [[Brugge|L]].
#pasen #chocolatier #brugge"""),

("caption", """Mood: regen in [[Leiden|L]] en een kop chai ☔
Editen, editen, editen. [[Milou|P]] haar bruiloft staat bijna klaar.
#editdag #trouwfotograaf"""),

("caption", """[[Antwerpen|L]] bij nacht ✨
[[Seppe|P]] vroeg [[Lieselot|P]] ten huwelijk op de [[Groenplaats|L]], en wij stonden verstopt achter een kerstkraam.
Ze zei ja (natuurlijk).
#antwerpen #aanzoek #verloving"""),

("caption", """Eerste schooldag voor [[Floris|P]]😍
Nieuwe rugzak, nieuwe juf, nieuwe veters (al los).
Juf [[Anke|P]], succes met deze!
#eersteschooldag #groep1"""),

("caption", """[[Domtoren|L]] in de steigers, maar wat maakt het uit 🏗️
Bruidspaar [[Loes|P]] en [[Mohammed|P]] poseerden gewoon op het [[Domplein|L]] tussen de toeristen door.
Stadhuis, taart, dansen, klaar.
#utrecht #trouwen #domplein"""),

("comment", """Dankjewel [[@ilse.maakt|M]]! En groetjes aan je moeder, zij was de leukste gast van het hele feest 😄"""),

("caption", """[[Bauke|P]] droomt al dertig jaar van de Elfstedentocht ⛸️
Vanochtend stond hij op het ijs bij [[Hindeloopen|L]], en ja, het hield.
Vrieskou, zon, schaatsen en een thermosfles chocolademelk.
#schaatsen #friesland #natuurijs"""),

("caption", """Tuinfeest bij de familie [[Brouwer|P]] in [[Wageningen|L]] 🌿
Opa [[Bert|P]] werd 80, de kleinkinderen hadden een toneelstuk ingestudeerd en niemand wist de tekst.
Heerlijk.
#familiefotografie #tuinfeest"""),

("comment", """Jaaa eindelijk weer een pop-up in [[Gent|L]]!! [[Marieke|P]] en ik zijn er zaterdag 🙌"""),

("caption", """Nieuw bij Bakkerij Vermeersch: zuurdesembroden met spelt uit [[Haspengouw|L]] 🌾
Bakker [[Dries|P]] is er maanden mee bezig geweest.
Proeven? Zaterdag in de winkel in [[Tienen|L]].
#spelt #ambachtelijk #tienen"""),

("comment", """Wat een heerlijke sfeer in [[Kasteel Hoensbroek|L]] 😍 [[@kasteelhoensbroek|M]] blijft een topplek om te trouwen!"""),

("caption", """Madeliefjes in het gras, [[Madelief|P]] ertussen 🌼
Onze jongste heet niet voor niets zo.
[[#madelief|P]] #lente #peuter"""),

("comment", """Oh wauw, [[Tim|P]] en [[Sophie|P]], wat zien jullie er gelukkig uit! Alle liefde 💕"""),

("caption", """Marathon Rotterdam ✔️
42,2 km, 3:58:12 en een knie die morgen niet meer meewerkt.
Dank aan [[Yvonne|P]], [[Marco|P]] en [[Hatice|P]] die bij de [[Erasmusbrug|L]] stonden te schreeuwen.
#marathonrotterdam #hardlopen"""),

("comment", """[[@kees.visser|M]] jazeker, we leveren ook in [[Amstelveen|L]]! Stuur ons even een DM 📩"""),

("caption", """Juni was druk: 9 bruiloften, 1 verlovingsshoot en 0 vrije weekenden 😅
Hoogtepunt? [[Sterre|P]] en [[Kobe|P]] op [[Landgoed Twickel|L]], met een taart van vier verdiepingen.
Juli: vakantie!
#trouwfotograaf #twickel"""),

("comment", """Oei [[Ilias|P]], dat ging net goed 😅 Volgende keer wel de oppas bellen hoor!"""),

("caption", """[[April|P]] is jarig! 🎂 En nee, ze is niet in [[april|O]] geboren maar in oktober.
Zes jaar, een tand kwijt en eigenwijs als altijd.
#zesjaar #verjaardag"""),

("comment", """Super mooi gedaan! Wij trouwen volgend jaar in [[Den Haag|L]], hebben jullie nog plek in augustus?"""),

("caption", """[[Hanne De Smet|P]] opent zaterdag haar eigen bloemenatelier in [[Mechelen|L]] 🌿
Vier jaar werkte ze bij ons, nu vliegt ze uit. Trots!
Adres: [[IJzerenleen|L]] 12.
#mechelen #bloemenatelier"""),

("comment", """Wow, die kleuren ❤️ Is die jurk van Bruidshuis Annabel? [[@lotte_trouwt|M]] weet het vast!"""),

("caption", """Kerstconcert in de [[Grote Kerk|L]] van [[Dordrecht|L]] 🎶
Ons koor zong voor 600 mensen. Solo's van [[Marie-Louise|P]] en [[Jan-Hein|P]], dirigent [[Gerard|P]] op de bok.
Kippenvel, van begin tot eind.
#koor #kerstconcert #dordrecht"""),

("comment", """Wat lief dat je ons tagt [[@fotografie.lynn|M]]! [[Sam|P]] en ik kijken nog elke week naar de foto's 🥹"""),

("caption", """Paarse heide op de [[Veluwe|L]] 💜
[[Dirk|P]] en [[Anouk|P]] kwamen met hun drie honden: Bikkel, Sjaak en Moppie. Geen van drieën keek in de camera.
Perfect.
#heide #veluwe #hondenfotografie"""),

("comment", """Hoi [[Demi|P]]! Ja hoor, de workshop op 8 maart in [[Zwolle|L]] gaat gewoon door 🌷"""),

("caption", """[[Bas|P]] speelt in een bandje, dus naast de taart stond natuurlijk een [[bas|O]] 🎸
[[Iris|P]] hield het bij de ringen.
Feest in [[Paradiso|L]], tot 2 uur 's nachts.
#paradiso #bruiloft [[#bruiloftbasiris|P]]"""),

("comment", """Yesss die taart!! 🍰 [[Naomi|P]] wil precies dezelfde voor haar verjaardag in mei"""),

("caption", """'s Ochtends vroeg heb je de [[Binnendieze|L]] voor jezelf 🛶
Fotowandeling met [[Joëlle|P]] en [[Mehmet|P]] door [['s-Hertogenbosch|L]], voordat de eerste rondvaartboot vertrok.
#denbosch #binnendieze #fotowandeling"""),

("comment", """Mooi hè, [[Beau|P]]? Ik wil ook zo'n shoot in de [[Kaapse Bossen|L]] 🍂"""),

("caption", """Giveaway! 🎁
Wij verloten een boeket naar keuze. Volg [[@bloemenbinder.breda|M]], like deze post en tag een vriendin die wel wat bloemen kan gebruiken.
Winnaar maken we vrijdag bekend.
#giveaway #breda"""),

("comment", """[[Hester|P]] wat een feest was dit! 🎉 Jullie hebben echt aan alles gedacht."""),

("caption", """Even voorstellen: ons team 👋
[[Kees-Jan|P]] – bakt sinds 1998, staat om 3 uur op, mist nooit een dag.
[[Ayla|P]] – taarten, macarons, alles met spuitzak.
[[Mo|P]] – bezorging, koffie, humor.
Samen: Bakkerij Het Zoete Hoekje in [[Almere|L]].
#teamwork #bakkerij #almere"""),

("caption", """Pfff, wat een regen in [[Scheveningen|L]] vandaag 🌧️
Petje af voor [[Karin|P]] en [[Bob|P]], die gewoon bleven lachen tijdens hun shoot.
#scheveningen #regen #loveshoot"""),
]

# --------------------------------------------------------------------------
# French (France and Belgium): 45 captions, 15 comments
# --------------------------------------------------------------------------

FR = [
("caption", """Croissants sortis du four à 6h12 🥐
[[Titou|P]] a fait sa première fournée tout seul ce matin. Bon, il en a mangé trois.
Boulangerie ouverte tous les jours sauf le lundi, [[rue de la Roquette|L]] à [[Paris|L]].
#boulangerie #croissant #paris11"""),

("caption", """[[Violette|P]] voulait des violettes pour son mariage, évidemment 💜
On a trouvé mieux : pensées, lilas et une seule [[violette|O]] du jardin de sa grand-mère.
Mariage au [[Château de Lourmarin|L]] 🌿
#fleuristemariage #lourmarin [[#violetteetthomas|P]]"""),

("caption", """[[Bretagne|L]], fin octobre 🌊
[[Gwenaëlle|P]] et [[Yann|P]] ont bravé la pluie à la [[Pointe du Raz|L]]. [[Maëlys|P]], trois ans, a bravé les flaques.
Kenavo l'été !
#bretagne #pointeduraz #seancefamille"""),

("comment", """Oufff quelle lumière 😍 [[Clémence|P]], tu es sublime !"""),

("caption", """[[Rose|O]] poudré, ivoire et un soupçon de terracotta 🌸
C'était la palette d'[[Inès|P]] et [[Karim|P]] pour leur mariage à [[Aix-en-Provence|L]].
Merci pour votre confiance !
#fleuriste #mariageprovence #aixenprovence"""),

("caption", """[[Rose|P]] a soufflé ses 90 bougies hier, entourée de ses 14 arrière-petits-enfants 🎂
Mamie, on t'aime.
Gâteau : une [[charlotte|O]] aux framboises, sa préférée.
#anniversaire #90ans"""),

("caption", """[[Charlotte|O]] aux fraises, version XXL 🍓
Commandée par [[Charlotte|P]] pour ses 30 ans, forcément.
À retirer dans notre boutique du [[Vieux-Lille|L]].
#patisserie #charlotteauxfraises #lille"""),

("comment", """Magnifique travail ! [[Lulu|P]] et moi on adore 😍 [[@atelier.camille.fleurs|M]]"""),

("caption", """[[Bruxelles|L]] sous la neige ❄️
[[Amaury|P]] et [[Noémie|P]] ont dit oui à l'hôtel de ville de [[Saint-Gilles|L]], puis séance photo au [[parc de Forest|L]].
Une fois, il fallait bien que la neige tombe un samedi 😅
#mariagebruxelles #saintgilles"""),

("caption", """Tarte aux prunes pour les 7 ans de [[Prune|P]] 💜
Elle a choisi elle-même, on n'allait pas la contredire.
Prunes du verger de papi [[Jean-Claude|P]], à [[Agen|L]] évidemment.
#tarteauxprunes #anniversaire #agen"""),

("caption", """Capucines, bourrache et soucis 🌼
Les fleurs comestibles sont de retour au marché de [[Dinan|L]] ! [[Capucine|P]], notre maraîchère préférée, les cueille le matin même.
#fleurscomestibles #dinan #marche"""),

("comment", """Chère [[Solène|P]], merci pour ces images, on les regarde tous les soirs 🥹"""),

("caption", """Save the date ✨
Réservez votre date 2025 : il nous reste quelques samedis en juin et septembre dans le [[Luberon|L]] et les [[Alpilles|L]].
Écrivez-nous en DM ou via le lien en bio.
#photographemariage #luberon #alpilles"""),

("caption", """[[Marie-Claire|P]] fêtait ses 60 ans et toute la famille a débarqué à [[Honfleur|L]] 🎉
Fruits de mer, cidre et chansons de marins jusqu'à minuit.
Joyeux anniversaire maman !
#honfleur #anniversaire #normandie"""),

("caption", """[[Noël|O]] approche et l'atelier sent la cannelle 🎄
Couronnes de l'Avent, bouquets d'hiver et centres de table à commander jusqu'au 20 décembre.
Et [[Noël|P]], notre stagiaire, a déjà tout décoré. Il porte bien son prénom.
#noel #fleuriste #couronnedelavent"""),

("caption", """[[Lyon|L]] depuis [[Fourvière|L]], 7h du matin ☀️
[[Anaïs|P]] et [[Malik|P]] voulaient la ville rien que pour eux. Pari tenu.
Prochaine étape : les pentes de la [[Croix-Rousse|L]].
#lyon #fourviere #engagement"""),

("comment", """Trop mignon !! [[Zoé|P]] a le même bonnet 😂"""),

("caption", """[[Marine|P]] voulait du bleu [[marine|O]]. Beaucoup de bleu [[marine|O]] ⚓
Baptême de sa fille [[Louison|P]] à [[Saint-Malo|L]], sous un ciel de la même couleur.
#bapteme #saintmalo #bleumarine"""),

("caption", """Golden hour sur la [[dune du Pilat|L]] 🌅
[[Léna|P]] courait, [[Hugo|P]] essayait de suivre, le sable s'en mêlait.
Séance couple, [[Bassin d'Arcachon|L]].
#dunedupilat #goldenhour [[#lenaethugo|P]]"""),

("caption", """[[Bernat|P]] et [[Maïlis|P]] se sont mariés à [[Carcassonne|L]], en occitan et en français 💛❤️
Òc, ils ont dit òc.
Le repas : cassoulet, évidemment.
#carcassonne #mariage #occitanie"""),

("comment", """Coucou [[@margaux.photo|M]] ! Tu serais dispo le 12 avril à [[Namur|L]] ? 🙏"""),

("caption", """[[Olivier|P]] a planté 40 oliviers derrière le mas, et cette année : première récolte 🫒
Huile pressée au moulin de [[Maussane-les-Alpilles|L]].
Fierté familiale.
#huiledolive #provence #recolte"""),

("caption", """[[Victoire|O]] !! 🏆
Les U11 de l'AS Vitré remportent le tournoi de [[Fougères|L]]. Bravo à [[Timéo|P]], [[Nolan|P]], [[Sacha|P]], [[Elouan|P]] et à notre gardienne [[Victoire|P]], qui porte bien son prénom 😄
#football #u11 #vitre"""),

("caption", """[[Aurore|O]] sur le [[lac du Bourget|L]] 🌄
Réveil à 4h30 pour [[Aurore|P]] et [[Florian|P]], qui ont quand même souri tout du long.
Merci [[@hotel.aixlesbains|M]] pour le café de 5h !
#lacdubourget #aixlesbains #seancecouple"""),

("comment", """Bravo pour ce reportage ! Le [[château de Chambord|L]] n'a jamais été aussi beau 👏"""),

("caption", """Madame [[Lemoine|P]] vient chercher son bouquet tous les vendredis depuis 1987 💐
Aujourd'hui, elle a 91 ans et toujours les mêmes exigences : pas de glaïeuls !
On l'adore.
#fleuriste #fidelite #nantes"""),

("caption", """Nouvelle collaboration avec [[Chez Paulette|O]], la crêperie de la [[place des Lices|L]] à [[Rennes|L]] 🥞
[[Paulette|P]] (la vraie, 84 ans) nous a appris sa recette de galette-saucisse.
#rennes #galettesaucisse #creperie"""),

("caption", """[[Maïwenn Le Goff|P]] brode des coiffes depuis ses 15 ans 🧵
Portrait réalisé dans son atelier à [[Pont-l'Abbé|L]], dans le [[Pays bigouden|L]].
Un savoir-faire qui disparaît. Allez la voir !
#bigouden #broderie #bretagne"""),

("caption", """[[Aymeric de La Roche|P]] a épousé [[Bérénice|P]] à l'[[abbaye de Fontevraud|L]] samedi 🤍
Dentelle, pluie fine et un quatuor à cordes.
Élégance absolue.
#fontevraud #mariage #loire"""),

("comment", """Hâte de voir la suite ! [[Théo|P]] et [[Jade|P]] étaient tellement beaux 😍"""),

("caption", """Saint-Valentin 🌹
Commandez vos roses avant le 12 février, livraison à [[Dinard|L]], [[Saint-Malo|L]] et [[Cancale|L]].
Pas de [[Valentin|O]] dans votre vie ? Un bouquet pour vous-même, c'est très bien aussi.
#saintvalentin #fleuriste #saintmalo"""),

("caption", """[[Durbuy|L]], « la plus petite ville du monde » 🏘️
[[Manon|P]] et [[Cédric|P]] y ont fêté leurs fiançailles avec toute la bande de [[Liège|L]].
Une fois de plus, l'[[Ourthe|L]] était de la partie.
#durbuy #ardennes #fiancailles"""),

("caption", """[[Spa|L]] en automne 🍂
Journée détente avec les copines : [[spa|O]], sauna, et une gaufre de trop.
[[Justine|P]], [[Laure|P]], [[Ophélie|P]] : on recommence quand ?
#spa #belgique #entrecopines"""),

("comment", """Sublime ❤️ Vous avez fait les photos au [[jardin des Plantes|L]] ? [[@julie.et.max|M]]"""),

("caption", """[[Bouillon|L]], son château et la [[Semois|L]] 🏰
Séance famille chez les [[Lambotte|P]] : [[Arnaud|P]], [[Delphine|P]] et leurs trois garçons, terminée par un [[bouillon|O]] bien chaud à l'auberge.
#bouillon #ardennes #seancefamille"""),

("caption", """Throwback sur ce mariage de folie à [[Nîmes|L]] 🔥
[[Estelle|P]] est arrivée en 2CV, [[Mathieu|P]] à vélo. Ambiance garantie.
#throwback #nimes #mariagenimes"""),

("caption", """Madeleines au miel de lavande, tout juste démoulées 🍯
Recette de [[Madeleine|P]], ma grand-mère, évidemment.
Disponibles samedi au marché de [[Forcalquier|L]].
#madeleines #patisserie #forcalquier"""),

("comment", """Merci [[Alix|P]] ! C'était un bonheur de vous suivre dans les rues du [[Marais|L]] 💕"""),

("caption", """Paris-Brest ou tarte Tatin ? 🤔
Pour son anniversaire, [[Baptiste|P]] a choisi... les deux.
Commandes en boutique, [[rue Sainte-Catherine|L]] à [[Bordeaux|L]].
#parisbrest #tartetatin #bordeaux"""),

("caption", """Clémentines, cannelle et branches de sapin 🍊🎄
Les couronnes de l'atelier sont prêtes ! Merci à [[Clémentine|P]] pour l'idée des agrumes séchés.
#couronnedenoel #fleuriste #toulouse"""),

("caption", """[[Manou|P]] et [[Zaza|P]], 60 ans d'amitié 💛
Elles se sont rencontrées en 1964 sur les bancs de l'école à [[Roubaix|L]]. Aujourd'hui encore, café tous les jeudis.
#amitie #portrait #roubaix"""),

("comment", """Oh làlà [[Margaux|P]] 😍 Cette robe !!"""),

("caption", """Marguerites, coquelicots et avoine sauvage 🌼
Bouquet champêtre pour [[Marguerite|P]] et [[Paul|P]], mariés à [[Giverny|L]] samedi dernier.
Entre les nénuphars et les invités, on a eu chaud !
#giverny #bouquetchampetre #mariage"""),

("caption", """[[Paul|O]], la chaîne de boulangeries ? Non, rien à voir 😄
[[Paul|P]], c'est notre fils, et il fait les meilleurs pains au chocolat de [[Villeurbanne|L]].
#boulangerieartisanale #villeurbanne"""),

("comment", """[[Inès|P]] tu m'as fait pleurer avec ce discours 😭 Le plus beau mariage de l'année à [[Biarritz|L]] !"""),

("caption", """[[Blanche|O]], la robe. [[Blanche|O]], la neige. Et [[Blanche|P]], la mariée 🤍
Mariage d'hiver à [[Chamonix|L]], au pied du [[Mont-Blanc|L]].
#chamonix #mariagedhiver #montblanc"""),

("caption", """[[Avril|O]], déjà 🌷
Les premières pivoines arrivent de chez [[@lesjardinsdeflore|M]] et [[Avril|P]], notre petite dernière, veut toutes les sentir.
Bon week-end à tous !
#printemps #pivoines #fleuriste"""),

("caption", """🎈[[Lilou|P]] a 5 ans aujourd'hui !
Licornes, paillettes et un gâteau arc-en-ciel de [[@sucre.et.cannelle|M]].
Tata [[Nanou|P]] a fait les ballons, tonton [[Bébert|P]] l'animation 🎉
#anniversaire [[#lilou5ans|P]] #licorne"""),

("caption", """Réservé ! 🥳
Le 8 juin, on photographie le mariage d'[[Élodie|P]] & [[Romain|P]] au [[château de Vaux-le-Vicomte|L]].
On a hâte.
#vauxlevicomte #mariage2025"""),

("caption", """dimanche à [[étretat|L]] avec [[lulu|P]] et [[titou|P]] 🌊
pas un nuage, juste nous trois et les falaises.
#etretat #normandie #famille"""),

("caption", """Ateliers couronnes de fleurs ce samedi à [[Montmartre|L]] 🌸
Encore 3 places ! Inscription via le lien en bio.
Animé par [[Hortense de Villiers|P]], notre cheffe d'atelier.
#atelierfloral #montmartre #paris"""),

("caption", """[[Ambre|O]], miel et cuivre 🍯
La palette d'[[Ambre|P]] et [[Lucas|P]] pour leur mariage au [[château de Pizay|L]], dans le [[Beaujolais|L]].
Bougies, figues et beaucoup de velours.
#beaujolais #decorationmariage"""),

("comment", """Franchement la plus belle séance que j'ai vue cette année 🙌 Bravo [[@clara.shoots|M]] !"""),

("caption", """Quelle saison ! 🏑
Nos U14 filles du Royal Léopold Club finissent championnes de [[Belgique|L]]. [[Apolline|P]], [[Constance|P]], [[Eléonore|P]] et [[Capucine|P]] : vous êtes incroyables.
Fête au club dimanche à partir de 15h.
#hockey #uccle"""),

("caption", """Papa a 70 ans aujourd'hui 🎂
[[Jean-Baptiste|P]], « [[JB|P]] » pour les intimes, a fait 40 ans de marchés à [[Quimper|L]] avec son camion de crêpes.
Joyeux anniversaire, on t'aime fort.
#70ans #quimper #crepes"""),

("comment", """Oh mais c'est [[Mathis|P]] sur la photo 3 !! Coucou de la part de toute la classe de CE2 👋"""),

("caption", """[[Sainte-Maxime|L]], 8 heures du soir 🌅
[[Maxime|P]] et [[Chloé|P]], fiancés depuis une semaine, nous ont rejoints sur la [[plage de la Nartelle|L]].
Été parfait.
#saintemaxime #fiancailles [[#maximeetchloe|P]]"""),

("comment", """Bonjour ! Vous livrez aussi à [[Mons|L]] ? C'est pour l'anniversaire de ma tante [[Odile|P]] 🙏"""),

("caption", """[[Nancy|L]] sous les lumières de la Saint-Nicolas ✨
[[Nancy|P]], notre cliente de toujours, nous a fait visiter la [[place Stanislas|L]] comme personne.
#nancy #saintnicolas #placestanislas"""),

("comment", """Trop bien !! Et [[Lou|P]] qui fait coucou derrière 😂 [[@famille.morel|M]]"""),
]

# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z])\]\]")
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]+")
HASHTAG = re.compile(r"(?<![\w#])#\w+")

# Hashtags that contain a person's name from the same record but were
# reviewed and are topic or place hashtags (the holiday, the colour, the
# pastry, the town), so they are not PERSON.
REVIEWED_TOPIC_HASHTAGS = {
    "#noel",          # fr: the holiday, next to Noël the trainee
    "#bleumarine",    # fr: the colour, next to Marine
    "#madeleines",    # fr: the cakes, next to grandmother Madeleine
    "#saintemaxime",  # fr: the town, next to Maxime
    "#nancy",         # fr: the city, next to Nancy the client
    "#lentekindje",   # nl: "spring child", next to baby Lente
    "#irissen",       # nl: the flowers, next to Iris
    "#valentijnsdag", # nl: the holiday, next to Valentijn
    "#dehaan",        # nl: the coastal town, next to meneer De Haan
    "#charlotteauxfraises",  # fr: the cake, next to Charlotte
    "#tarteauxprunes",       # fr: the tart, next to Prune
}


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


# Words that must not start a PERSON span (titles, roles, kinship words).
TITLES = {
    "oma", "opa", "tante", "oom", "mama", "papa", "mam", "pap", "juf", "meester",
    "meneer", "mevrouw", "mevr.", "dhr.", "familie", "heit", "mem", "pake",
    "beppe", "trainer", "bakker", "dirigent", "keeper", "stagiaire", "bruid",
    "bruidegom", "buurman", "broer", "zus",
    "madame", "monsieur", "mme", "m.", "mamie", "papi", "papy", "tata",
    "tatie", "tonton", "famille", "gardienne", "maman", "grand-mère",
    "grand-père", "chez", "les",
}
# Lowercase articles / prepositions that must not start a LOCATION span.
LOC_BAD_START = {"de", "het", "een", "in", "op", "bij", "van", "aan", "naar",
                 "le", "la", "les", "du", "des", "au", "aux", "à", "en", "sur"}


def word_char(c):
    return c.isalnum() or c in "_-#@"


def parse(marked):
    """Strip the inline marks; return (text, spans) with spans (s, e, code)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, code = m.group(1), m.group(2)
        if code not in LABELS:
            raise ValueError("unknown label %r" % code)
        spans.append((length, length + len(surface), code, surface))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "|P]" in text:
        raise ValueError("unparsed mark left in text: %r" % text)
    return text, spans


def check_record(rid, kind, lang, text, spans, errors):
    def err(msg):
        errors.append("%s: %s" % (rid, msg))

    if kind not in ("caption", "comment"):
        err("bad kind %r" % kind)
    nlines = text.count("\n") + 1
    if not 1 <= nlines <= 6:
        err("%d lines" % nlines)
    if text != text.strip():
        err("text has leading/trailing whitespace")

    for s, e, code, surface in spans:
        if text[s:e] != surface:
            err("span %d-%d does not cut %r" % (s, e, surface))
        if surface != surface.strip() or "\n" in surface:
            err("bad whitespace in span %r" % surface)
        if s > 0 and word_char(text[s - 1]):
            err("span %r starts inside a word" % surface)
        if e < len(text) and word_char(text[e]):
            err("span %r ends inside a word" % surface)
        if e + 1 < len(text) and text[e] in "'’" and text[e + 1].isalpha():
            err("genitive/clitic left outside span %r" % surface)
        last = surface[-1]
        ok_end = last.isalnum() or (last == "'" and surface[-2:-1] in ("s", "x", "z"))
        if not ok_end:
            err("span %r does not end in a letter or digit" % surface)
        first_tok = surface.split()[0]
        if code == "P":
            if first_tok.lower() in TITLES and len(surface.split()) > 1:
                err("PERSON span starts with a title/kinship word: %r" % surface)
            if surface.startswith("@"):
                err("handle annotated as PERSON: %r" % surface)
        if code == "L":
            if first_tok in LOC_BAD_START or surface.startswith(("l'", "d'")):
                err("LOCATION starts with article/preposition: %r" % surface)
            if surface.startswith(("#", "@")):
                err("LOCATION is a hashtag/handle: %r" % surface)
        if code == "M" and not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", surface):
            err("MENTION is not a handle: %r" % surface)

    # overlaps
    ordered = sorted(spans)
    for a, b in zip(ordered, ordered[1:]):
        if b[0] < a[1]:
            err("overlap %r / %r" % (a[3], b[3]))

    # every @handle is a MENTION span, every MENTION span is a handle
    handles = set()
    for m in HANDLE.finditer(text):
        h = m.group(0).rstrip(".")
        handles.add((m.start(), m.start() + len(h)))
    mentions = {(s, e) for s, e, c, _ in spans if c == "M"}
    for s, e in handles - mentions:
        err("handle %r not annotated as MENTION" % text[s:e])
    for s, e in mentions - handles:
        err("MENTION %r is not a whole handle" % text[s:e])

    # hashtags: annotated whole as PERSON, or not at all
    for m in HASHTAG.finditer(text):
        hs, he = m.span()
        inside = [sp for sp in spans if sp[0] < he and hs < sp[1]]
        if not inside:
            continue
        if len(inside) != 1 or inside[0][:2] != (hs, he) or inside[0][2] != "P":
            err("hashtag %r partly or wrongly annotated" % m.group(0))
    for s, e, c, surface in spans:
        if surface.startswith("#") and not any(
                (m.start(), m.end()) == (s, e) for m in HASHTAG.finditer(text)):
            err("span %r starts with # but is not a whole hashtag" % surface)

    # a hashtag that contains a person's name of this record is PERSON,
    # unless it was reviewed as a topic/place hashtag; an annotated hashtag
    # contains a name of this record
    names = set()
    for s, e, c, surface in spans:
        if c == "P" and not surface.startswith("#"):
            for tok in re.split(r"[\s\-]+", surface):
                tok = fold(tok).rstrip("'")
                if tok.endswith("'s"):
                    tok = tok[:-2]
                if len(tok) >= 3 and tok not in ("van", "der", "den", "ter", "de", "la", "le"):
                    names.add(tok)
    for m in HASHTAG.finditer(text):
        body = fold(m.group(0)[1:])
        annotated = any(sp[:2] == m.span() for sp in spans)
        hit = any(n in body for n in names)
        if hit and not annotated and m.group(0) not in REVIEWED_TOPIC_HASHTAGS:
            err("hashtag %r contains a name of this record but is not PERSON"
                % m.group(0))
        if annotated and not hit:
            err("PERSON hashtag %r contains no name of this record" % m.group(0))

    # consistency: every whole-word occurrence of an annotated surface is
    # covered by a span (entity or explicit O)
    for s, e, c, surface in spans:
        if c not in ("P", "L"):
            continue
        pat = re.compile(r"(?<![\w#@\-])" + re.escape(surface) + r"(?![\w\-])",
                         re.IGNORECASE)
        for m in pat.finditer(text):
            if not any(sp[0] <= m.start() and m.end() <= sp[1] for sp in spans):
                err("%r annotated, but occurrence at %d is not marked"
                    % (surface, m.start()))


# --------------------------------------------------------------------------
# Openings (for -v and the README counts)
# --------------------------------------------------------------------------

FUNCTION_WORDS = {
    # Dutch
    "de", "het", "een", "en", "maar", "of", "want", "dus", "wat", "wie", "waar",
    "hoe", "welke", "die", "dat", "deze", "dit", "ik", "jij", "je", "jullie",
    "wij", "we", "zij", "ze", "hij", "ons", "onze", "mijn", "zijn", "haar",
    "hun", "er", "in", "op", "bij", "met", "voor", "van", "naar", "tot", "om",
    "te", "vanaf", "door", "na", "als", "toch", "zo", "nog", "ook", "al",
    "niet", "geen", "ja", "nee", "even", "'s",
    # French
    "le", "la", "les", "l'", "un", "une", "des", "du", "et", "mais", "ou",
    "donc", "on", "il", "elle", "ils", "elles", "nous", "vous", "je", "tu",
    "c'est", "c'était", "ce", "cette", "ces", "pour", "dans", "sur", "avec",
    "à", "au", "aux", "pas", "entre", "quelle", "quel", "nos", "notre",
    "votre", "mon", "ma", "mes", "son", "sa", "ses", "leur", "y",
}

EMOJI_CATS = {"So", "Sk", "Mn", "Cf", "Co"}


def is_emojiish(c):
    return unicodedata.category(c) in EMOJI_CATS or ord(c) >= 0x1F000


OPEN_WORD = re.compile(r"(?:'s\b|[#@]?[\w][\w'’\-.]*)")


def openings(text, spans):
    """Yield (pos, word, class) for every sentence or line opening."""
    starts = {0}
    for i, c in enumerate(text):
        if c == "\n":
            starts.add(i + 1)
        elif c in ".!?…" and i + 1 < len(text) and text[i + 1] == " ":
            starts.add(i + 1)
        elif is_emojiish(c) and i + 1 < len(text) and text[i + 1] == " ":
            starts.add(i + 1)
    seen = set()
    for st in sorted(starts):
        i = st
        while i < len(text) and text[i] != "\n" and not (
                text[i].isalnum() or text[i] in "#@" or text[i:i + 2] == "'s"):
            i += 1
        if i >= len(text) or text[i] == "\n" or i in seen:
            continue
        seen.add(i)
        m = OPEN_WORD.match(text, i)
        if not m:
            continue
        word = m.group(0).rstrip(".-'")
        if word.startswith("#"):
            continue  # hashtag lines are not sentence openings
        cover = [sp for sp in spans if sp[0] <= i < sp[1]]
        if cover:
            cls = {"P": "PERSON", "L": "LOCATION", "M": "MENTION",
                   "O": "word(O)"}[cover[0][2]]
            word = cover[0][3]
        elif word[0].isdigit():
            cls = "number"
        elif word[0].isupper():
            cls = "cap-function" if word.lower() in FUNCTION_WORDS else "cap-word"
        else:
            cls = "lowercase"
        yield i, word, cls


# --------------------------------------------------------------------------

def main():
    verbose = "-v" in sys.argv[1:]
    errors = []
    records = []
    for lang, items, expect in (("nl", NL, (100, 75, 25)), ("fr", FR, (60, 45, 15))):
        n, ncap, ncom = expect
        if len(items) != n:
            errors.append("%s: %d records, expected %d" % (lang, len(items), n))
        kinds = Counter(k for k, _ in items)
        if (kinds["caption"], kinds["comment"]) != (ncap, ncom):
            errors.append("%s: %d captions / %d comments, expected %d / %d"
                          % (lang, kinds["caption"], kinds["comment"], ncap, ncom))
        for i, (kind, marked) in enumerate(items, 1):
            rid = "%s-open-%03d" % (lang, i)
            try:
                text, spans = parse(marked)
            except ValueError as exc:
                errors.append("%s: %s" % (rid, exc))
                continue
            check_record(rid, kind, lang, text, spans, errors)
            records.append((rid, kind, lang, text, spans))

    texts = Counter(r[3] for r in records)
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text: %r" % t[:60])

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rid, kind, lang, text, spans in records:
            ents = sorted([s, e, LABELS[c]] for s, e, c, _ in spans if LABELS[c])
            obj = {"id": rid, "kind": kind, "lang": lang, "text": text,
                   "entities": ents}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # summary
    for lang in ("nl", "fr"):
        recs = [r for r in records if r[2] == lang]
        kinds = Counter(r[1] for r in recs)
        labels = Counter(LABELS[c] for r in recs for _, _, c, _ in r[4] if LABELS[c])
        n_o = sum(1 for r in recs for sp in r[4] if sp[2] == "O")
        hash_p = sum(1 for r in recs for sp in r[4] if sp[2] == "P" and sp[3].startswith("#"))
        lower_p = sum(1 for r in recs for sp in r[4] if sp[2] == "P" and sp[3][0].islower())
        lower_l = sum(1 for r in recs for sp in r[4] if sp[2] == "L" and sp[3][0].islower()
                      and not sp[3].startswith(("rue ", "place ", "parc ", "lac ", "dune ",
                                                "château ", "abbaye ", "jardin ", "plage ")))
        first_cls = Counter()
        open_cls = Counter()
        rec_person_open = rec_nonperson_open = rec_both = 0
        for rid, kind, lg, text, spans in recs:
            cl = [c for _, _, c in openings(text, spans)]
            first_cls[cl[0]] += 1
            open_cls.update(cl)
            p = "PERSON" in cl
            np_ = any(c in ("cap-word", "word(O)", "LOCATION") for c in cl)
            rec_person_open += p
            rec_nonperson_open += np_
            rec_both += p and np_
        print("%s: %d records (%d captions, %d comments)" % (
            lang, len(recs), kinds["caption"], kinds["comment"]))
        print("    PERSON %d (%d hashtags, %d lowercase), LOCATION %d (%d lowercase names), "
              "MENTION %d; explicit O marks %d" % (
                  labels["PERSON"], hash_p, lower_p, labels["LOCATION"], lower_l,
                  labels["MENTION"], n_o))
        print("    openings: " + ", ".join("%s %d" % kv for kv in sorted(open_cls.items())))
        print("    records with a PERSON opening %d; with a capitalised non-person "
              "content/name-like word or place opening %d; both %d" % (
                  rec_person_open, rec_nonperson_open, rec_both))
        print("    first opening of the text: " + ", ".join(
            "%s %d" % kv for kv in sorted(first_cls.items())))

    if verbose:
        for rid, kind, lang, text, spans in records:
            ops = ["%s[%s]" % (w, c) for _, w, c in openings(text, spans)]
            print("%s %-7s %s" % (rid, kind, " | ".join(ops)))
    print("wrote", os.path.relpath(OUT), len(records), "records")


if __name__ == "__main__":
    main()
