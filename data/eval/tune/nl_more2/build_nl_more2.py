#!/usr/bin/env python3
"""Build gold.jsonl for the nl_more2 caption set (160 Dutch and Flemish captions).

Plain Python 3, no dependencies, deterministic.  Each record below gives its
id, region ("nl" = the Netherlands, "be" = Flanders/Belgium), the caption
text, the entities as (surface, label) or (surface, label, occurrence) and the
kinds of difficulty it tests.  The occurrence is 1-based and counts the
case-sensitive occurrences of the surface at word boundaries outside
hashtags and @handles (a surface equal to a whole hashtag or handle counts
there); it is required whenever the surface occurs more than once.

The script computes offsets (Python str indices, end-exclusive), checks every
span and writes gold.jsonl next to itself.  Run:

    python3 data/eval/tune/nl_more2/build_nl_more2.py        # build + summary
    python3 data/eval/tune/nl_more2/build_nl_more2.py -v     # also show spans
"""
import json
import os
import re
import sys
import unicodedata

P, L, M = "PERSON", "LOCATION", "MENTION"
RECORDS = []


def R(rid, region, text, ents, kinds):
    RECORDS.append({"id": rid, "region": region, "text": text,
                    "ents": ents, "kinds": kinds})


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

R("nl2-001", "nl", """\
Sanne & Mark 🤍 wat een dag was dit!
Golden hour op Landgoed Zonheuvel in Doorn en daarna feesten tot de laatste plaat.

Jurk: Bruidsmode Sposa, Utrecht
Pak: Suitsupply
Bloemen: @bloemenvanroos
Taart: Femke's Bakehouse
Haar & make-up: @studio.lieve.mua

#bruidsfotografie #trouwen2024 #sanneenmark""",
  [("Sanne", P), ("Mark", P), ("Landgoed Zonheuvel", L), ("Doorn", L),
   ("Utrecht", L), ("@bloemenvanroos", M), ("@studio.lieve.mua", M),
   ("#sanneenmark", P)],
  ["name-list", "hashtag-name", "credits", "brand-with-name", "place-like-name",
   "loanword", "venue"])

R("nl2-002", "be", """\
Amai, wat een feest was dit 🥂
Lore en Wout zeiden ja in het stadhuis van Brugge, daarna ging het richting Kasteel van Loppem voor de receptie.
Merci aan meter Griet voor de schoonste speech ooit 😭
📸 @fotografie.jolien
#trouwen #brugge #loreenwout""",
  [("Lore", P), ("Wout", P), ("Brugge", L), ("Kasteel van Loppem", L),
   ("Griet", P), ("@fotografie.jolien", M), ("#loreenwout", P)],
  ["greeting", "name-list", "title", "hashtag-name", "venue"])

R("nl2-003", "nl", """\
Save the date 💌
12.06.2025 | Kasteel de Haar, Haarzuilens
Meer info volgt, maar blok die dag alvast in je agenda!""",
  [("Kasteel de Haar", L), ("Haarzuilens", L)],
  ["loanword", "venue"])

R("nl2-004", "nl", """\
behind the scenes van zaterdag 🛶 bruidspaar kwam per punter aan in giethoorn, fotograaf (ik) stond half in het water haha. bo en storm waren de liefste bruidskindjes ooit
#bts #giethoorn #trouwfotograaf""",
  [("giethoorn", L), ("bo", P), ("storm", P)],
  ["lowercase-name", "word-as-name", "name-list", "loanword"])

R("nl2-005", "be", """\
Proficiat Jens en Hanne!! Zalig koppel 💛""",
  [("Jens", P), ("Hanne", P)],
  ["greeting", "name-list"])

R("nl2-006", "nl", """\
Nieuw in de studio ✨ pampasgras, droogbloemen en een vleugje goud voor jullie bruidsshoot.
Trouwen in Zwolle of omgeving? Plan je gratis kennismaking via de link in bio.
📍 Thorbeckegracht, Zwolle""",
  [("Zwolle", L, 1), ("Thorbeckegracht", L), ("Zwolle", L, 2)],
  ["sentence-opening", "loanword"])

R("nl2-007", "nl", """\
First look 😭 Thijs zag Anouk voor het eerst in haar jurk, midden op de Soesterduinen. En ons hondje Guus mocht natuurlijk niet ontbreken 🐶
Ringdrager: Guus (hij at bijna het kussentje op)""",
  [("Thijs", P), ("Anouk", P), ("Soesterduinen", L)],
  ["loanword", "name-list", "pet"])

R("nl2-008", "be", """\
Trouwfeest op Hof ter Linden in Edegem 🌾
Ceremoniemeester: Seppe De Smet
Bloemen: Bloemenatelier Fien
Muziek: @djwannes
Bedankt Arne & Febe voor het vertrouwen!""",
  [("Hof ter Linden", L), ("Edegem", L), ("Seppe De Smet", P),
   ("@djwannes", M), ("Arne", P), ("Febe", P)],
  ["credits", "particle", "brand-with-name", "name-list", "venue"])

R("nl2-009", "nl", """\
Welke lens gebruik je voor dit soort shots? Echt prachtig licht 😍""",
  [],
  ["sentence-opening", "loanword"])

R("nl2-010", "nl", """\
Pioenrozen zijn er weer!! 🌸
Roze, wit en koraal, zolang de voorraad strekt. Roos staat zaterdag met de kraam op de Grote Markt in Haarlem, van 8 tot 5.
Bestellen kan ook via de app 📲""",
  [("Roos", P), ("Grote Markt", L), ("Haarlem", L)],
  ["everyday-noun", "word-as-name", "sentence-opening"])

R("nl2-011", "nl", """\
Bloemen van Roos x Moederdag 💐
Bossen vanaf €17,50 met rozen, ranonkels en een paar pluimen riet. Gratis bezorgd in Heemstede, Bloemendaal en Zandvoort.
De allereerste bos ging naar oma Riet, natuurlijk 🥹""",
  [("Heemstede", L), ("Bloemendaal", L), ("Zandvoort", L), ("Riet", P)],
  ["brand-with-name", "event", "name-as-word", "word-as-name", "title"])

R("nl2-012", "be", """\
Tulpen, tulpen en nog eens tulpen 🌷
Vers binnen van bij een kweker in Bree. Iris heeft er vandaag 300 gebonden, respect 💪
Irissen hebben we ook, maar pas vanaf volgende week.""",
  [("Bree", L), ("Iris", P)],
  ["everyday-noun", "place-like-name", "word-as-name", "sentence-opening"])

R("nl2-013", "nl", """\
Rouwwerk maken doen we met liefde en zorg. Deze week mochten we het afscheid van dhr. de Boer versieren met zonnebloemen uit zijn eigen moestuin in Zelhem 🌻
Rust zacht.""",
  [("de Boer", P), ("Zelhem", L)],
  ["title", "particle", "word-as-name", "place-like-name"])

R("nl2-014", "nl", """\
@jasmijn.bloemt ja klopt! madeliefjes en anemonen, geplukt in de tuin van Madelief haar oma 😄""",
  [("@jasmijn.bloemt", M), ("Madelief", P)],
  ["word-as-name", "name-as-word", "genitive"])

R("nl2-015", "nl", """\
WORKSHOP KERSTKRANSEN MAKEN 🎄
Za 14 december in onze kas aan de Rijksstraatweg in Haarlem. Koffie, glühwein en oliebollen inbegrepen!
Nog 4 plekken ➡️ mail naar info@bloemenvanroos.nl""",
  [("Rijksstraatweg", L), ("Haarlem", L)],
  ["caps-line", "email", "sentence-opening"])

R("nl2-016", "be", """\
Bloemstukjes voor een lentefeest en twee communies dit weekend 🤍
Gipskruid, witte rozen en wat lavendel. Zo'n plezante opdrachten!
Ook iets nodig? Kom langs in onze winkel in Mechelen, open tot 18u.""",
  [("Mechelen", L)],
  ["event", "everyday-noun"])

R("nl2-017", "nl", """\
Oliebollen!! 🎉
Vanaf 27 december staan we weer met de kraam op het Vrijthof. Krentenbollen, appelflappen en natuurlijk de beroemde oliebol van Bakkerij Jansen.
Pre-order via de site, ophalen in Maastricht 🙌""",
  [("Vrijthof", L), ("Maastricht", L)],
  ["everyday-noun", "brand-with-name", "loanword", "sentence-opening"])

R("nl2-018", "nl", """\
Femke's taart voor opa Henk zijn 80ste 🎂
Drie lagen, frambozen en een laagje marsepein. Nog gefeliciteerd opa!!""",
  [("Femke's", P), ("Henk", P)],
  ["genitive", "title", "name-list"])

R("nl2-019", "be", """\
Mattentaarten vers uit de oven 😋
Echte Geraardsbergse, gemaakt met de melk van een boer uit Zarlardinge.
Zaterdag ook mastellen!""",
  [("Zarlardinge", L)],
  ["everyday-noun", "demonym"])

R("nl2-020", "nl", """\
Tompoucen in het oranje want het is bijna Koningsdag 🧡👑
Te koop vanaf vrijdag in al onze winkels: Veenendaal, Rhenen en Wageningen. Op = op!""",
  [("Veenendaal", L), ("Rhenen", L), ("Wageningen", L)],
  ["everyday-noun", "event"])

R("nl2-021", "nl", """\
Haha ik haalde gister nog een kapsalon bij de snackbar naast jullie, nu wil ik ook taart 😂""",
  [],
  ["everyday-noun", "greeting"])

R("nl2-022", "nl", """\
Bojo, fiadoe en pom voor Keti Koti ✊🏾
Tante Sharda heeft weer de hele nacht gebakken, bestellen kan tot donderdag via DM.
Afhalen op de Kinkerstraat of bij onze kraam in het Oosterpark 🇸🇷""",
  [("Sharda", P), ("Kinkerstraat", L), ("Oosterpark", L)],
  ["everyday-noun", "event", "title", "sentence-opening"])

R("nl2-023", "be", """\
Croissants, pistolets en een koffiekoek voor de bomma 🥐
Zondagochtend in Gent = aanschuiven bij de bakker. Merci om altijd zo vriendelijk te zijn!""",
  [("Gent", L)],
  ["everyday-noun", "greeting"])

R("nl2-024", "nl", """\
Vanaf maandag zijn we ook op zondag open! 🥖
Zuurdesem, speltbrood en onze beroemde boterkoek, gewoon ambachtelijk zoals opa De Groot het in 1961 begon aan de Slotlaan in Zeist.
Groetjes van Karin, Wim en het hele team van Bakkerij De Groot""",
  [("De Groot", P, 1), ("Slotlaan", L), ("Zeist", L), ("Karin", P), ("Wim", P)],
  ["brand-with-name", "title", "particle", "name-list"])

R("nl2-025", "nl", """\
Before & after ✂️
Van lang en blond naar een korte bob met koperen balayage. Je haren zijn nog nooit zo gezond geweest!
Knippen in Haren, maar ook vanuit de stad Groningen ben je er in 10 minuten 😉
📍 Kapsalon Sterre""",
  [("Haren", L), ("Groningen", L)],
  ["loanword", "place-like-name", "brand-with-name", "name-as-word"])

R("nl2-026", "nl", """\
Vera van Haren, onze nieuwe stylist! 💇‍♀️ Ze komt van een salon in Den Haag en is gek op krullen. Haar eigen schoenen? Van Haren natuurlijk 😂""",
  [("Vera van Haren", P), ("Den Haag", L)],
  ["particle", "brand-with-name", "place-like-name", "sentence-opening"])

R("nl2-027", "be", """\
Nieuwe look voor Elke 💜
Van donker naar ice blond in 2 sessies. Amai, wa een verschil!
Afspraak maken? Wij zijn elke dag open behalve maandag, in hartje Hasselt. Of stuur ne berichtje naar @haarstudio.lien""",
  [("Elke", P), ("Hasselt", L), ("@haarstudio.lien", M)],
  ["word-as-name", "greeting", "loanword"])

R("nl2-028", "nl", """\
FRESH CUTS ONLY 💈
Vandaag in de stoel: Yassine, Bilal en kleine Ayoub (eerste knipbeurt ooit 🥺)
Walk-ins welkom, Kanaleneiland Utrecht 📍""",
  [("Yassine", P), ("Bilal", P), ("Ayoub", P), ("Kanaleneiland", L),
   ("Utrecht", L)],
  ["caps-line", "loanword", "name-list"])

R("nl2-029", "nl", """\
Dinsdag = color day 🎨
Nog plekjes vrij voor highlights en toners. Let op: vanaf 1 maart werken we alleen nog met Olaplex en Davines.""",
  [],
  ["sentence-opening", "loanword", "brand"])

R("nl2-030", "nl", """\
WAT EEN WEDSTRIJD! ⚽️
JO11-2 wint met 4-3 van VV Katwijk na een achterstand van 0-3. Doelpunten: Sem (2x), Luuk en Mees.
Man of the match: keeper Jayden met drie reddingen in de laatste minuut 🧤
Volgende week thuis tegen Quick Boys!""",
  [("Sem", P), ("Luuk", P), ("Mees", P), ("Jayden", P)],
  ["caps-line", "team", "org-with-place", "name-list", "word-as-name",
   "loanword", "title"])

R("nl2-031", "nl", """\
Dames 1 kampioen!! 🏑🏆
Wat een seizoen. Dank aan trainer Van Leeuwen, manager Ellen en natuurlijk ons fanatieke publiek langs het veld in Amstelveen.
Zaterdag feest in het clubhuis, iedereen welkom!""",
  [("Van Leeuwen", P), ("Ellen", P), ("Amstelveen", L)],
  ["team", "title", "particle", "name-list"])

R("nl2-032", "nl", """\
Korfbal is een teamsport en dat lieten de meiden en jongens van de C1 vandaag zien 💪
Ties, Fenna en Jade scoorden allemaal, en Lieve gooide de winnende afstandsschot vlak voor tijd!
Lieve ouders: vergeet de rijlijst voor Papendrecht niet 🚗""",
  [("Ties", P), ("Fenna", P), ("Jade", P), ("Lieve", P, 1), ("Papendrecht", L)],
  ["word-as-name", "greeting", "team", "name-list", "typo"])

R("nl2-033", "be", """\
Onze U9 van KFC Lint heeft vandaag het tornooi in Kontich gewonnen!! 🏆
Dikke proficiat aan Mathis, Lowie, Warre en Ferre. En aan coach Dirk voor zijn zenuwen van staal 😅
Allez de gele!""",
  [("Kontich", L), ("Mathis", P), ("Lowie", P), ("Warre", P), ("Ferre", P),
   ("Dirk", P)],
  ["team", "org-with-place", "name-list", "title", "greeting"])

R("nl2-034", "nl", """\
Heren 2 zoekt een keeper voor het nieuwe seizoen 🏑🧤
Trainen op dinsdagavond in Wassenaar, wedstrijden op zondag. Geen ervaring? Geen probleem, we leren het je!
Interesse? Stuur een DM""",
  [("Wassenaar", L)],
  ["team", "sentence-opening"])

R("nl2-035", "be", """\
Red Lions 🦁 Zaterdag gaan we met heel de jeugdwerking supporteren in Antwerpen! Bus vertrekt om 9u aan het clubhuis. Vergeet jullie rood niet.
Inschrijven via @jeugd.hockeyclub""",
  [("Antwerpen", L), ("@jeugd.hockeyclub", M)],
  ["team", "loanword"])

R("nl2-036", "nl", """\
Vanavond met de jongens van de JO13 naar De Kuip! 🔴⚪ Voor de meesten de eerste keer, die slapen vannacht vast niet haha.
Kom op Feyenoord!!""",
  [("De Kuip", L)],
  ["team", "venue"])

R("nl2-037", "nl", """\
Korfbalkamp 2024 zit erop ⛺️
Drie dagen op de Veluwe, een bonte avond, een speurtocht door de bossen bij Lunteren en véél te weinig slaap.
Bedankt leiding!!
#korfbal #kamp""",
  [("Veluwe", L), ("Lunteren", L)],
  ["sentence-opening", "everyday-noun"])

R("nl2-038", "nl", """\
Juf Fleur en juf Sterre van groep 3 hebben vandaag samen met alle kinderen afscheid genomen van meester Bas 🥲 Na 38 jaar op OBS De Regenboog gaat hij met pensioen.
Lieve meester Bas, bedankt voor alles!
De kinderen hebben een boek voor je gemaakt 📘""",
  [("Fleur", P), ("Sterre", P), ("Bas", P, 1), ("Bas", P, 2)],
  ["title", "word-as-name", "greeting", "name-list", "nickname"])

R("nl2-039", "nl", """\
Lammetjes knuffelen bij de kinderboerderij in het Griftpark! 🐑
De peuters van groep Egeltjes vonden het geweldig. Loetje wilde er eentje mee naar huis nemen 😂""",
  [("Griftpark", L), ("Loetje", P)],
  ["everyday-noun", "nickname", "sentence-opening"])

R("nl2-040", "be", """\
Dag 1 in het eerste leerjaar ✏️
Juf Maes had voor elk kind een zonnebloem op de bank gelegd. Merci voor de warme ontvangst!
Papa vierde het met een pintje Maes op het terras 😅""",
  [("Maes", P, 1)],
  ["title", "brand-with-name", "name-as-word", "greeting"])

R("nl2-041", "nl", """\
Welke ouders willen mee als begeleider naar Archeon op 18 mei? 🏛️ We zoeken nog 3 rijders! Opgeven kan bij de leerkracht van je kind.""",
  [("Archeon", L)],
  ["sentence-opening", "venue"])

R("nl2-042", "nl", """\
Elif en Zeynep vieren samen hun 4e verjaardag bij ons op de groep! 🎈 Na de zomer gaan ze naar de basisschool, we gaan jullie missen meiden!
Liefs van juf Derya, juf Anouk en de rest van KDV Kleine Beer""",
  [("Elif", P), ("Zeynep", P), ("Derya", P), ("Anouk", P)],
  ["name-list", "title", "brand"])

R("nl2-043", "be", """\
De kleuters van 3KC gingen op uitstap naar Plopsaland! 🎢 Maya de Bij gezien, K3 gezien, Kabouter Plop gezien... wat wil een mens nog meer?
Dank aan meester Kobe en juf Ine voor de organisatie.""",
  [("Plopsaland", L), ("Kobe", P), ("Ine", P)],
  ["venue", "character", "title", "name-list"])

R("nl2-044", "nl", """\
Vandaag de laatste les van mevr. Van der Linden (Frans) en dhr. Hoekstra (gym) 👋 Samen meer dan 70 jaar op het Stedelijk Gymnasium in Leiden.
Bedankt en geniet ervan!""",
  [("Van der Linden", P), ("Hoekstra", P), ("Leiden", L)],
  ["title", "particle", "name-list"])

R("nl2-045", "nl", """\
Groep 8 op schoolkamp naar Ameland! ⛴️ Het is 6 uur 's ochtends en de bus vertrekt zo vanaf het kerkplein. Tot vrijdag, lieve kanjers!""",
  [("Ameland", L)],
  ["greeting"])

R("nl2-046", "nl", """\
Sint-Maarten 🏮 Vanavond lopen we om 17.30 uur vanaf het schoolplein langs de huizen in de Vogelwijk.
Maarten uit groep 5 vindt het heel bijzonder dat het 'zijn' feest is 😄""",
  [("Vogelwijk", L), ("Maarten", P, 2)],
  ["event", "name-as-word"])

R("nl2-047", "be", """\
De begeleidsters van onze kinderopvang in Zele hebben allemaal hun EHBO-attest gehaald! 🩹 Goed gedaan dames, de ouders mogen gerust zijn.""",
  [("Zele", L)],
  ["place-like-name"])

R("nl2-048", "nl", """\
Opa Jan en oma Joke 60 jaar getrouwd 💎
Feest in de Oranjerie in Roermond met de hele familie Peters, van Venlo tot Vaals.
No joke: opa deed nog een polonaise 🤣""",
  [("Jan", P), ("Joke", P), ("Oranjerie", L), ("Roermond", L), ("Peters", P),
   ("Venlo", L), ("Vaals", L)],
  ["title", "family-name", "name-as-word", "word-as-name", "mixed-language",
   "name-list", "venue"])

R("nl2-049", "nl", """\
Jantje is 1 jaar!!! 🎂🎈
Wat vliegt de tijd. Cake smash bij @fotostudio.lotte en daarna taart met alle opa's en oma's in de tuin.""",
  [("Jantje", P), ("@fotostudio.lotte", M)],
  ["nickname", "loanword"])

R("nl2-050", "be", """\
Onze kleine Mil is gedoopt in de Sint-Romboutskathedraal 🕊️
Meter Lien en peter Jef waren fantastisch. En bomma Jeanne heeft de hele mis zitten wenen 😅""",
  [("Mil", P), ("Sint-Romboutskathedraal", L), ("Lien", P), ("Jef", P),
   ("Jeanne", P)],
  ["title", "nickname", "venue", "name-list"])

R("nl2-051", "nl", """\
Happy birthday mama Ruth 🎉 72 jaar jong!
Vandaag met z'n allen roti eten bij tante Priscilla in de Bijlmer, en Romano had zelfs een taart uit Paramaribo laten meenemen door ome Dwayne 😂
Mi lobi yu ❤️🇸🇷""",
  [("Ruth", P), ("Priscilla", P), ("Bijlmer", L), ("Romano", P),
   ("Paramaribo", L), ("Dwayne", P)],
  ["title", "mixed-language", "name-list", "loanword"])

R("nl2-052", "be", """\
Bompa wordt 90 vandaag!! 🎉
Gezellig samen in zijn stamcafé op de Grote Markt van Sint-Niklaas. Santé bompa!""",
  [("Grote Markt", L), ("Sint-Niklaas", L)],
  ["greeting", "place-like-name"])

R("nl2-053", "nl", """\
De familie van Dijk zegt: tot volgend jaar, Renesse! 🏖️
Drie weken camping, 1 verbrande rug en 0 regendagen.""",
  [("van Dijk", P), ("Renesse", L)],
  ["family-name", "particle"])

R("nl2-054", "nl", """\
Loebas en Bobbie hebben de strandopgang in Noordwijk weer onveilig gemaakt 🐾
Max (de hond, niet de coureur) zat de hele tijd achter de meeuwen aan.""",
  [("Noordwijk", L)],
  ["pet"])

R("nl2-055", "nl", """\
eerlijk, als social media manager snap ik nog steeds niet waarom reels om 7 uur 's ochtends beter doen dan om 8 uur 's avonds. wie heeft hier data over? @merelmaakt jij vast""",
  [("@merelmaakt", M)],
  ["loanword", "lowercase"])

R("nl2-056", "be", """\
Stromae in het Sportpaleis 🤯 Ik sta nog steeds te trillen. 'Papaoutai' meezingen met 20.000 man... merci Paul!""",
  [("Stromae", P), ("Sportpaleis", L), ("Paul", P)],
  ["famous", "venue", "mixed-language", "vocative"])

R("nl2-057", "nl", """\
vandaag een shoot gehad in rotterdam met noor en daan, zon op de erasmusbrug, vibes waren top. dankjewel allebei 🫶""",
  [("rotterdam", L), ("noor", P), ("daan", P), ("erasmusbrug", L)],
  ["lowercase-name", "name-list", "loanword"])

R("nl2-058", "be", """\
GIVEAWAY 🎁
Samen met @tonyschocolonely mogen wij 3 pakketten vol Tony's weggeven! Wat moet je doen?
1. Volg ons
2. Tag een vriendin
3. Deel in je story
De winnaars worden vrijdag bekendgemaakt. Succes!!""",
  [("@tonyschocolonely", M)],
  ["caps-line", "loanword", "brand-with-name"])

R("nl2-059", "nl", """\
Nieuwe vlog staat online! 🎥 We zijn met de camper naar Texel geweest en Beer sliep voor het eerst in zijn eigen stapelbed (met zijn knuffelbeer natuurlijk).
Link in bio 🔗""",
  [("Texel", L), ("Beer", P)],
  ["word-as-name", "loanword"])

R("nl2-060", "nl", """\
Dankjewel voor je reactie! We hebben je een DM gestuurd met meer info over de actie 💬 Groetjes, team Etos""",
  [],
  ["brand", "sentence-opening"])

R("nl2-061", "nl", """\
@annemiek_vd bij de Jumbo op de Oudegracht hebben ze het wel hoor""",
  [("@annemiek_vd", M), ("Oudegracht", L)],
  ["brand", "lowercase"])

R("nl2-062", "nl", """\
Zandvoort was weer magisch 🏎️🧡 Verstappen vanaf pole en wij op de tribune met de hele vriendengroep: Kim, Stijn, Rik en ik.
#maxverstappen #dutchgp""",
  [("Zandvoort", L), ("Verstappen", P), ("Kim", P), ("Stijn", P), ("Rik", P),
   ("#maxverstappen", P)],
  ["famous", "hashtag-name", "name-list"])

R("nl2-063", "be", """\
Ronde van Vlaanderen 🚴 Op de Oude Kwaremont stonden we al vanaf 10u met frietjes en een bak Jupiler. En toen kwam Wout van Aert voorbij 😍 WOUT WOUT WOUT""",
  [("Oude Kwaremont", L), ("Wout van Aert", P), ("WOUT", P, 1), ("WOUT", P, 2),
   ("WOUT", P, 3)],
  ["famous", "particle", "lowercase-name", "org-with-place", "brand", "event"])

R("nl2-064", "nl", """\
unpopular opinion maar de Keukenhof is op zaterdag echt niet te doen. ga op een dinsdag om 9 uur en je hebt de tulpen bijna voor jezelf 🌷""",
  [("Keukenhof", L)],
  ["loanword", "venue", "lowercase"])

R("nl2-065", "nl", """\
GRWM voor de bruiloft van mijn zus 💄
Foundation: Fenty
Lippen: Rituals
Jurk: Zara
Oorbellen: geleend van oma Truus 🥹
Fotograaf: @lindevanasselt_fotografie""",
  [("Truus", P), ("@lindevanasselt_fotografie", M)],
  ["credits", "brand", "brand-with-name", "title", "loanword"])

R("nl2-066", "nl", """\
wauw wat moi geworden!!! gefeliciteerd fenna en jorrit😍😍""",
  [("fenna", P), ("jorrit", P)],
  ["lowercase-name", "typo", "name-list", "greeting", "emoji-glued"])

R("nl2-067", "nl", """\
Eindelijk weer terug in Amsterdam na 3 maanden reizen ✈️ Eerst naar de Albert Cuyp voor een verse stroopwafel, dan pas uitpakken.""",
  [("Amsterdam", L), ("Albert Cuyp", L)],
  ["sentence-opening", "place-like-name"])

R("nl2-068", "nl", """\
Sneak peek 👀 van de gezinsshoot van afgelopen weekend op het strand van Wijk aan Zee. Drie generaties, één hond en heel veel wind!
Volledige galerij volgt volgende week.""",
  [("Wijk aan Zee", L)],
  ["loanword", "sentence-opening"])

R("nl2-069", "be", """\
Gentse Feesten dag 4 🎺
Met de bende op de Vrijdagmarkt, daarna naar de Korenmarkt voor een pita. Lotte haar gsm is al kwijt, Wannes zijn stem ook.""",
  [("Vrijdagmarkt", L), ("Korenmarkt", L), ("Lotte", P), ("Wannes", P)],
  ["event", "org-with-place", "genitive", "name-list"])

R("nl2-070", "be", """\
Allez, wie gaat er mee naar Pukkelpop dit jaar? Ik heb nog 1 combiticket over 🎟️ @seppe.vh @kato_dc""",
  [("@seppe.vh", M), ("@kato_dc", M)],
  ["greeting", "event"])

R("nl2-071", "be", """\
Chiro Sint-Pieter zoekt nog leiding voor de Kwiks! 🌳
Zondag 14u aan de lokalen in Heverlee. Vragen? Stuur naar Brecht of Ruben.
(En neen, Brecht woont niet in Brecht 😄)""",
  [("Heverlee", L), ("Brecht", P, 1), ("Ruben", P), ("Brecht", P, 2),
   ("Brecht", L, 3)],
  ["place-like-name", "name-list", "name-as-word"])

R("nl2-072", "be", """\
Onze peuters zijn klaar voor carnaval in Maaseik! 🎭 Prinsen, prinsessen, drie dino's en 1 brandweerman. Alaaf!""",
  [("Maaseik", L)],
  ["event", "greeting", "everyday-noun"])

R("nl2-073", "be", """\
Frietjes van bij Frituur Nr. 1 in Antwerpen, nog altijd de beste 🍟 Met stoofvleessaus en mayo, zoals het hoort. Sorry Tienen, jullie frituur komt op twee 😅""",
  [("Antwerpen", L), ("Tienen", L)],
  ["everyday-noun", "brand"])

R("nl2-074", "be", """\
Zondagwandeling in het Zoniënwoud 🍂 Daarna pannenkoeken in Jezus-Eik, perfect.""",
  [("Zoniënwoud", L), ("Jezus-Eik", L)],
  ["place-like-name"])

R("nl2-075", "be", """\
Amai Lieve, gij kunt dat hier precies allemaal 😍 proficiat!""",
  [("Lieve", P)],
  ["word-as-name", "greeting", "vocative"])

R("nl2-076", "be", """\
Action in Halle had vandaag alles voor de barbecue in promo 🔥 Mijn schoonmoeder was content, ik minder want ik moest alles sleuren.""",
  [("Halle", L)],
  ["brand", "place-like-name"])

R("nl2-077", "be", """\
Het zesde leerjaar van De Zonnebloem trok naar Ieper voor de Last Post aan de Menenpoort 🕯️ Indrukwekkend. Merci aan meester Vandenberghe voor de uitleg!""",
  [("Ieper", L), ("Menenpoort", L), ("Vandenberghe", P)],
  ["title", "event", "venue", "loanword", "greeting"])

R("nl2-078", "be", """\
Balayage, toner en een verzorgende behandeling 💆‍♀️ Deze klant komt helemaal van Knokke naar ons salon in Brugge, dat noemen wij trouw!""",
  [("Knokke", L), ("Brugge", L)],
  ["loanword"])

R("nl2-079", "nl", """\
Paleis het Loo is eindelijk weer open na de verbouwing 👑 De tuinen zijn prachtig en het nieuwe museum onder het voorplein is echt de moeite. Apeldoorn verdient meer bezoekers!""",
  [("Paleis het Loo", L), ("Apeldoorn", L)],
  ["venue"])

R("nl2-080", "nl", """\
Oerol 2024 ✔️ Tien dagen Terschelling, voorstellingen in de duinen en elke dag fietsen van West-Terschelling naar Oosterend. Volgend jaar weer!""",
  [("Terschelling", L, 1), ("West-Terschelling", L), ("Oosterend", L)],
  ["event"])

R("nl2-081", "nl", """\
LOWLANDS WAS EEN DROOM 🌈 Biddinghuizen, tot volgend jaar. Shoutout naar @sterredejong die de hele tent heeft opgezet terwijl wij bier haalden 🍻""",
  [("Biddinghuizen", L), ("@sterredejong", M)],
  ["caps-line", "event", "loanword"])

R("nl2-082", "nl", """\
Sinterklaas is in het land! 🎁 Vanmiddag de intocht in Hoorn, overal Pieten. Finn had zijn schoen om 4 uur al klaarstaan 😂 En opa Piet had gewoon zelf een mijter op 🤷""",
  [("Hoorn", L), ("Finn", P), ("Piet", P)],
  ["event", "character", "title", "place-like-name", "name-list"])

R("nl2-083", "nl", """\
Pasen bij de schoonfamilie in Hengelo 🐣 Eieren zoeken in de tuin: de kids vonden er 14 en Bikkel (de labrador) 3, die hij meteen opat.""",
  [("Hengelo", L)],
  ["event", "pet"])

R("nl2-084", "nl", """\
Alaaf!! 🎉 Carnaval in Oeteldonk, met de hele vriendengroep verkleed als Smurfen. Koen was Grote Smurf, Mo was Smurfin 😂""",
  [("Oeteldonk", L), ("Koen", P), ("Mo", P)],
  ["event", "character", "greeting", "nickname", "name-list"])

R("nl2-085", "nl", """\
Wat een race van Sifan Hassan 🥇🇳🇱 Ik zat om 8 uur 's ochtends in de trein naar Leeuwarden te gillen naar mijn telefoon.
#sifanhassan #olympics""",
  [("Sifan Hassan", P), ("Leeuwarden", L), ("#sifanhassan", P)],
  ["famous", "hashtag-name", "sentence-opening"])

R("nl2-086", "nl", """\
Van Gogh Museum op een dinsdagochtend = geen rijen 🌻 Tip: boek je tickets online en begin boven, dan heb je de zalen bijna voor jezelf.""",
  [("Van Gogh Museum", L)],
  ["venue", "place-like-name"])

R("nl2-087", "nl", """\
Golden hour in Volendam 🌅 Wie herkent deze dijk?
Model: @amber.visser
MUA: @make.up.by.jade""",
  [("Volendam", L), ("@amber.visser", M), ("@make.up.by.jade", M)],
  ["loanword", "credits"])

R("nl2-088", "nl", """\
Een dagje Burgers' Zoo met de kleinkinderen 🦁 Drie uur in de tropische hal gestaan en oma (84) rende ons er nog uit ook haha""",
  [("Burgers' Zoo", L)],
  ["venue", "place-like-name"])

R("nl2-089", "nl", """\
Bij de Bruna gescoord: een nieuw boekje van Nijntje 🐰 Dick Bruna blijft onovertroffen. Het Nijntje Museum in Utrecht is trouwens ook een aanrader met kleintjes!""",
  [("Dick Bruna", P), ("Nijntje Museum", L), ("Utrecht", L)],
  ["brand-with-name", "famous", "character", "venue"])

R("nl2-090", "nl", """\
Haul van vandaag 🛍️
HEMA: rookworst (uiteraard), tompoucen en sokken
Action: 4 kaarsen, een slinger en washi tape
Blokker: eindelijk een nieuwe koekenpan
Kruidvat: niks, alles was uitverkocht 🙄""",
  [],
  ["brand", "brand-with-name", "loanword"])

R("nl2-091", "nl", """\
Mijn oma werkte 30 jaar bij Zeeman en noemde het altijd 'de winkel van Jan' 😄 Vandaag haar afscheidsreceptie in Alphen aan den Rijn. Trots op je, oma Bep!""",
  [("Jan", P), ("Alphen aan den Rijn", L), ("Bep", P)],
  ["brand-with-name", "title", "name-list", "vocative"])

R("nl2-092", "nl", """\
Hé Bram! Zag je vanochtend bij de Albert Heijn in Ede, dacht ik nog: ben ik nou gek 😂 bel je me?""",
  [("Bram", P), ("Ede", L)],
  ["greeting", "vocative", "brand-with-name", "place-like-name"])

R("nl2-093", "nl", """\
Düğün season 💍 Emre & Merve, wat was jullie bruiloft mooi! Halay tot 3 uur 's nachts en tante Ayşe danste iedereen eruit.
Visagie: @beautybyesra
Zaal: Inntel Hotels Zaandam""",
  [("Emre", P), ("Merve", P), ("Ayşe", P), ("@beautybyesra", M)],
  ["mixed-language", "name-list", "title", "credits", "org-with-place",
   "vocative"])

R("nl2-094", "nl", """\
Suikerfeest 🌙 Dit jaar vierden we het bij oma Khadija in Slotervaart, met msemen van Samira en koekjes van de buurvrouw.
Eid mubarak aan iedereen ✨""",
  [("Khadija", P), ("Slotervaart", L), ("Samira", P)],
  ["event", "title", "mixed-language", "name-list"])

R("nl2-095", "nl", """\
zo trots op onze stagiair joost van den berg, vandaag geslaagd voor zijn opleiding fotografie aan het Grafisch Lyceum 🎓""",
  [("joost van den berg", P)],
  ["lowercase-name", "particle", "title"])

R("nl2-096", "nl", """\
Dank aan Mieke 't Hart voor de prachtige bloemen op de receptie! 💐""",
  [("Mieke 't Hart", P)],
  ["particle", "word-as-name"])

R("nl2-097", "nl", """\
Bestuurswissel bij DOS'46 🏆 Anton ter Horst neemt de voorzittershamer over van Gerda Kuiper. Bedankt Gerda voor 12 jaar inzet!""",
  [("Anton ter Horst", P), ("Gerda Kuiper", P), ("Gerda", P, 2)],
  ["particle", "team", "name-list"])

R("nl2-098", "nl", """\
Proost op 10 jaar Bakkerij Visser! 🥂 Zonder jullie geen zuurdesem en geen oliebollen. Zaterdag taart voor iedereen in de winkel in Putten.""",
  [("Putten", L)],
  ["greeting", "brand-with-name", "place-like-name"])

R("nl2-099", "nl", """\
Knutselen met herfstbladeren 🍁 Merel plakte alleen maar eikels, Wolf wilde alleen de rode blaadjes en Jasmijn maakte een egel.
Wat een artiestjes!""",
  [("Merel", P), ("Wolf", P), ("Jasmijn", P)],
  ["word-as-name", "name-list", "sentence-opening"])

R("nl2-100", "nl", """\
Styled shoot 'Zomer in de boomgaard' 🍏
Concept & fotografie: @fotografie.esmee
Model: Linde Bakker
Jurk: Atelier Roos
Bloemen: Fleur & Zo
Taart: @bakkerij.van.amber
Locatie: een boomgaard in de Betuwe""",
  [("@fotografie.esmee", M), ("Linde Bakker", P), ("@bakkerij.van.amber", M),
   ("Betuwe", L)],
  ["credits", "brand-with-name", "word-as-name", "name-as-word", "loanword"])

R("nl2-101", "nl", """\
Lieve allemaal, bedankt voor de vele kaartjes, bloemen en berichtjes na het overlijden van onze moeder. Het doet ons ontzettend goed. 💛""",
  [],
  ["greeting"])

R("nl2-102", "nl", """\
Geweldig om te zien hoeveel mensen er zondag naar onze open dag kwamen! 🌼 Volgende open dag: zaterdag 12 oktober, van 10 tot 14 uur.""",
  [],
  ["sentence-opening"])

R("nl2-103", "nl", """\
Koning Willem-Alexander en koningin Máxima waren vandaag in Emmen 👑 Onze juf Ilse mocht ze namens de school een hand geven!""",
  [("Willem-Alexander", P), ("Máxima", P), ("Emmen", L), ("Ilse", P)],
  ["famous", "title", "name-list", "place-like-name"])

R("nl2-104", "nl", """\
lieve Lieve, gefeliciteerd met je 30e!! 🥳 op naar nog veel meer jaren vriendschap""",
  [("Lieve", P)],
  ["word-as-name", "greeting", "vocative"])

R("nl2-105", "nl", """\
Sterre d'r moeder heeft de hele taart zelf gemaakt 🍰 Wat een vakvrouw!""",
  [("Sterre", P)],
  ["genitive", "word-as-name"])

R("nl2-106", "nl", """\
Joost z'n verjaardag gevierd in Café Hoppe aan het Spui 🍻 Tot de volgende, jongens!""",
  [("Joost", P), ("Spui", L)],
  ["genitive", "brand-with-name"])

R("nl2-107", "nl", """\
Thijs' favoriete plek: de duinen bij Schoorl. Elke zondag wandelen met de honden Sam en Flip 🐕""",
  [("Thijs'", P), ("Schoorl", L)],
  ["genitive", "pet"])

R("nl2-108", "nl", """\
Lieve Noor, wat was het fijn om jouw zwangerschapsshoot te maken in de duinen bij Bergen aan Zee 🌾 Ik wens jullie een hele mooie bevalling toe. Dikke knuffel!""",
  [("Noor", P), ("Bergen aan Zee", L)],
  ["vocative", "greeting", "place-like-name"])

R("nl2-109", "nl", """\
opa henk, oma riet, tante ans en ome kees 🥰 het hele Brabantse bataljon weer bij elkaar in Tilburg""",
  [("henk", P), ("riet", P), ("ans", P), ("kees", P), ("Tilburg", L)],
  ["lowercase-name", "title", "name-list", "demonym", "word-as-name"])

R("nl2-110", "nl", """\
Bruiloftsfeest van Demi en Sem bij Van der Valk Akersloot 🦜 Mooie zaal, top personeel en een speech van getuige Bas van der Valk (geen familie, zweert hij 😂)""",
  [("Demi", P), ("Sem", P), ("Bas van der Valk", P)],
  ["brand-with-name", "org-with-place", "particle", "name-list", "title"])

R("nl2-111", "nl", """\
Zondag bootcamp in het Amsterdamse Bos met trainer Bos 💪 ja, hij heet echt zo.""",
  [("Amsterdamse Bos", L), ("Bos", P, 2)],
  ["title", "name-as-word", "word-as-name", "loanword"])

R("nl2-112", "nl", """\
Onze buurman Albert heeft 40 jaar bij de Albert Heijn gewerkt en gaat nu met pensioen 🎉 Nee, hij is niet de oprichter 😂""",
  [("Albert", P, 1)],
  ["brand-with-name", "name-as-word", "title"])

R("nl2-113", "nl", """\
Happy birthday Isa😍 en ook nog gefeliciteert Jurre🎉 wat een feestweek""",
  [("Isa", P), ("Jurre", P)],
  ["emoji-glued", "name-list", "loanword", "greeting", "typo"])

R("nl2-114", "nl", """\
roos, ik heb de rozen voor je moeder klaargezet hoor 🌹 haal je ze voor 5 uur op?""",
  [("roos", P)],
  ["lowercase-name", "word-as-name", "vocative"])

R("nl2-115", "nl", """\
Prachtig! Waar is dit precies? Ik wil volgende maand naar de Hoge Veluwe 🦌""",
  [("Hoge Veluwe", L)],
  ["sentence-opening"])

R("nl2-116", "nl", """\
UITVERKOCHT!!! 🎉 Alle 400 kerstbomen zijn weg. Dank jullie wel, Nuenen en omstreken. Volgend jaar weer!""",
  [("Nuenen", L)],
  ["caps-line", "everyday-noun", "sentence-opening"])

R("nl2-117", "nl", """\
ik: vandaag ga ik productief zijn
ook ik: 3 uur naar reels van @kapsalonmerel kijken
herkenbaar?""",
  [("@kapsalonmerel", M)],
  ["lowercase", "loanword"])

R("nl2-118", "nl", """\
Uitzicht vanaf de Dom 😍 465 treden, maar dan heb je ook wat. Utrecht op z'n mooist.""",
  [("Dom", L), ("Utrecht", L)],
  ["venue"])

R("nl2-119", "nl", """\
Nog 3 nachtjes slapen en dan naar Holiday on Ice in Ahoy!! ⛸️ Wie gaat er nog meer??""",
  [("Ahoy", L)],
  ["sentence-opening", "event", "venue", "loanword"])

R("nl2-120", "nl", """\
Eerste keer in de Johan Cruijff ArenA met mijn zoon ⚽️ Ajax won, dus iedereen blij. Hij wil nu alleen nog maar keeper worden 🧤""",
  [("Johan Cruijff ArenA", L)],
  ["venue", "place-like-name", "team"])

R("nl2-121", "nl", """\
Fotoshoot-tour deze week: maandag Bergen, dinsdag Lisse, woensdag Ede en vrijdag terug naar huis in Epe 🚗 Nog 1 plekje vrij op donderdag!""",
  [("Bergen", L), ("Lisse", L), ("Ede", L), ("Epe", L)],
  ["place-like-name"])

R("nl2-122", "nl", """\
hockeymoeders van nederland: hoe krijgen jullie die groene vlekken uit een witte rok?? vraag voor een vriendin (mij)""",
  [("nederland", L)],
  ["lowercase"])

R("nl2-123", "nl", """\
Nog even en dan is het weer Sinterklaas 🎁 Speculaas, pepernoten en chocoladeletters liggen vanaf vandaag in de winkel. Welke letter wordt het dit jaar?""",
  [],
  ["sentence-opening", "event", "everyday-noun", "character"])

R("nl2-124", "nl", """\
Eindelijk, de nieuwe winkel in Deventer is open! Prachtig geworden dankzij de mannen van Bouwbedrijf Dekker 🙌""",
  [("Deventer", L)],
  ["sentence-opening", "brand-with-name"])

R("nl2-125", "nl", """\
Lammetjes!! 🐑 Op de kinderboerderij in Nijmegen zijn er vannacht drie geboren. De kinderen mochten ze een naam geven: Wolkje, Sneeuw en Henk 😂""",
  [("Nijmegen", L)],
  ["everyday-noun", "pet", "sentence-opening"])

R("nl2-126", "nl", """\
Zomercarnaval Rotterdam 🎉 Met de hele familie op de Coolsingel, koto's, veren en kleuren overal. Volgend jaar lopen we zelf mee!""",
  [("Coolsingel", L)],
  ["event", "org-with-place"])

R("nl2-127", "nl", """\
Storm Ciarán raast over Zeeland 🌪️ Alle shoots van vandaag zijn verplaatst. Blijf binnen, lieve mensen!""",
  [("Zeeland", L)],
  ["name-as-word", "greeting"])

R("nl2-128", "nl", """\
Tony's Chocolonely voor iedereen die meeliep met de sponsorloop! 🍫 Samen 4.312 rondjes op het schoolplein, goed voor €6.000 voor het Prinses Máxima Centrum.""",
  [("Prinses Máxima Centrum", L)],
  ["brand-with-name", "venue", "place-like-name"])

R("nl2-129", "nl", """\
Trouwen bij de molens van Kinderdijk 💍 Wat hebben jullie geboft met het weer! Bedankt @trouwambtenaar.babs voor de mooie ceremonie 🙏""",
  [("Kinderdijk", L), ("@trouwambtenaar.babs", M)],
  ["sentence-opening"])

R("nl2-130", "nl", """\
Camping Pinkpop in Landgraaf, dag 2 ⛺ Modder tot aan onze knieën en de buren draaien al sinds 7 uur Normaal. Beste weekend ooit.""",
  [("Landgraaf", L)],
  ["event", "name-as-word"])

R("nl2-131", "nl", """\
Zaterdag is het Open Monumentendag: de Sint-Janskathedraal in Den Bosch is gratis te bezoeken, inclusief de toren! 🏰""",
  [("Sint-Janskathedraal", L), ("Den Bosch", L)],
  ["event", "venue"])

R("nl2-132", "nl", """\
Goudse kaas op de markt in Gouda 🧀 Elke donderdag in de zomer, met kaasdragers en al. Toeristen uit de hele wereld!""",
  [("Gouda", L)],
  ["demonym", "sentence-opening"])

R("nl2-133", "nl", """\
Zaterdag in de rij voor een Bossche bol bij Jan de Groot 🤤 Den Bosch op z'n best.""",
  [("Den Bosch", L)],
  ["brand-with-name", "demonym"])

R("nl2-134", "nl", """\
Hoera!! 🎉 Onze bakkerij in Best bestaat 25 jaar. Zaterdag gratis koffie en een punt appeltaart voor iedereen.""",
  [("Best", L)],
  ["greeting", "place-like-name"])

R("nl2-135", "nl", """\
POV: je bent social media manager en de klant vraagt op vrijdag om 16:55 of je 'nog even snel een reel' kan maken 🙃 #smm #freelancelife""",
  [],
  ["loanword"])

R("nl2-136", "nl", """\
Ziggo Dome vanavond 🎤 Stem kwijt, oren suizen, hart vol. Wat een concert!""",
  [("Ziggo Dome", L)],
  ["venue", "brand"])

R("nl2-137", "nl", """\
Welke app gebruiken jullie om posts in te plannen? Later, Planoly of gewoon Meta Business Suite? Ik twijfel 🤔""",
  [],
  ["sentence-opening", "brand", "loanword"])

R("nl2-138", "nl", """\
Saté, bami en loempia's bij de warung op de Paul Krugerlaan 🍢 Mevrouw Kromodimedjo kookt al 30 jaar, en dat proef je.""",
  [("Paul Krugerlaan", L), ("Kromodimedjo", P)],
  ["title", "place-like-name", "everyday-noun"])

R("nl2-139", "be", """\
Twee Stella's voor Stella 🍺🎂 Gelukkige verjaardag zus! Tot straks op 't Zuid.""",
  [("Stella", P, 2), ("'t Zuid", L)],
  ["brand-with-name", "name-as-word"])

R("nl2-140", "be", """\
Zoo Antwerpen met de kleinkinderen 🐘 Ze waren niet weg te slaan bij de zeeleeuwen. Bomma is kapot, maar gelukkig 💛""",
  [("Zoo Antwerpen", L)],
  ["venue"])

R("nl2-141", "be", """\
Delhaize of Colruyt voor de wekelijkse boodschappen? 🛒 Dé discussie van het jaar bij ons thuis. Mijn vriend zweert bij Colruyt, ik blijf bij Delhaize 🤷‍♀️""",
  [],
  ["brand", "brand-with-name", "sentence-opening"])

R("nl2-142", "be", """\
Rode Duivels 🇧🇪 Met de hele straat gekeken op een groot scherm in Gent. Die goal van De Bruyne 🤯 Kevin, ge zijt ne held.""",
  [("Gent", L), ("De Bruyne", P), ("Kevin", P)],
  ["famous", "particle", "team", "vocative"])

R("nl2-143", "be", """\
Jawoord op het Kasteel van Ooidonk 🤍 Wat een koppel, wat een dag!
Fotografie: @ellen.fotografie
Bloemen: De Bloemenkamer, Deinze
Muziek: @djseppe""",
  [("Kasteel van Ooidonk", L), ("@ellen.fotografie", M), ("Deinze", L),
   ("@djseppe", M)],
  ["credits", "venue"])

R("nl2-144", "be", """\
Eindelijk terug in 't Stad 😍 Antwerpen-Centraal blijft het schoonste station van de wereld, discussie gesloten.""",
  [("'t Stad", L), ("Antwerpen-Centraal", L)],
  ["sentence-opening", "venue"])

R("nl2-145", "be", """\
Korfbal 🏆 Onze kern van Boeckenberg wint de Beker van België! Proficiat aan de hele ploeg en de trouwe supporters. Zaterdag feest in de kantine in Deurne!""",
  [("Deurne", L)],
  ["team", "org-with-place", "event", "greeting"])

R("nl2-146", "be", """\
waarom zegt niemand dat de kust in november het beste is. de panne, leeg strand, frietje, klaar""",
  [("de panne", L)],
  ["lowercase"])

R("nl2-147", "be", """\
De Sint is langs geweest in de kleuterklas! 🎁 Juf Hilde had nog een zak mandarijntjes en speculaas voor elk kind. Merci Sinterklaas, merci juf!""",
  [("Hilde", P)],
  ["event", "character", "title", "greeting"])

R("nl2-148", "be", """\
Nieuw in ons team: Amber! ✂️ Zij komt van de kappersschool in Turnhout en is gespecialiseerd in kleuringen. Welkom Amber!""",
  [("Amber", P, 1), ("Turnhout", L), ("Amber", P, 2)],
  ["word-as-name", "greeting"])

R("nl2-149", "be", """\
Pralines van Neuhaus? Leonidas? Nee hoor, gewoon van bij ons in Geel 🍫 Alles handgemaakt, elke dag vers.""",
  [("Geel", L)],
  ["brand-with-name", "place-like-name", "sentence-opening"])

R("nl2-150", "be", """\
Tomorrowland weekend 2 🎡 Drie dagen in Boom, één verloren gsm en een hoop nieuwe vrienden uit Brazilië. Dikke merci aan @kobe.vdb om ons te komen oppikken!""",
  [("Boom", L), ("Brazilië", L), ("@kobe.vdb", M)],
  ["event", "place-like-name", "greeting"])

R("nl2-151", "be", """\
Rock Werchter line-up is uit!! 🤘 Wie gaat er mee? @siebe.dc @jens_vm ik heb jullie nodig""",
  [("@siebe.dc", M), ("@jens_vm", M)],
  ["event", "org-with-place", "loanword"])

R("nl2-152", "be", """\
Nonkel Rik en tante Mariette 50 jaar getrouwd 🥂 De gouden bruiloft werd gevierd in hun favoriete restaurant in Kortrijk. Op nog vele jaren!""",
  [("Rik", P), ("Mariette", P), ("Kortrijk", L)],
  ["title", "name-list"])

R("nl2-153", "be", """\
Onze kribbe zoekt een kinderbegeleider (4/5) voor de vestiging in Wilrijk 👶 Interesse? Mail naar info@kribbedekleinewereld.be""",
  [("Wilrijk", L)],
  ["email"])

R("nl2-154", "be", """\
Tuur zijn eerste schooldag 🎒 Hij wou per se zijn Spiderman-boekentas mee. Bomma en bompa stonden ook aan de schoolpoort in Lier 🥹""",
  [("Tuur", P), ("Lier", L)],
  ["genitive", "nickname", "character", "place-like-name"])

R("nl2-155", "be", """\
PROFICIAT LOTTE MET JE DIPLOMA!!! 🎓 Master in de rechten aan de KU Leuven, wat zijn we trots!""",
  [("LOTTE", P)],
  ["lowercase-name", "caps-line", "org-with-place", "greeting"])

R("nl2-156", "be", """\
Nina Derwael goud!!! 🥇🤸‍♀️ Ons turnclubke in Sint-Truiden is helemaal zot. Alle meisjes willen nu aan de brug met ongelijke leggers.""",
  [("Nina Derwael", P), ("Sint-Truiden", L)],
  ["famous"])

R("nl2-157", "be", """\
Ilyas en Anouar van onze U11 mogen meetrainen bij de jeugd van Anderlecht! ⚽️ Proficiat mannen, ge verdient het.""",
  [("Ilyas", P), ("Anouar", P)],
  ["team", "name-list", "org-with-place", "greeting"])

R("nl2-158", "be", """\
ik ben 34 en heb vandaag voor het eerst een Luikse wafel gegeten in Luik zelf. proud of myself""",
  [("Luik", L)],
  ["demonym", "lowercase", "mixed-language"])

R("nl2-159", "be", """\
Valentijn 💘 Bestel je boeket vóór 12 februari! Rode rozen, tulpen of een verrassingsboeket. Levering in Aalst, Erpe-Mere en Lede.""",
  [("Aalst", L), ("Erpe-Mere", L), ("Lede", L)],
  ["event", "place-like-name", "everyday-noun"])

R("nl2-160", "be", """\
Zwangerschapsshoot aan zee in De Haan 🌊 Bedankt Inge en Pieter, en de kleine spruit die volgende maand komt 🤍""",
  [("De Haan", L), ("Inge", P), ("Pieter", P)],
  ["place-like-name", "name-list"])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

LABELS = {P, L, M}
KINDS = {
    # kinds of the language-set guide
    "place-like-name", "everyday-noun", "brand-with-name", "lowercase-name",
    "nickname", "word-as-name", "name-as-word", "hashtag-name", "name-list",
    "title", "genitive", "pet", "mention", "none", "sentence-opening",
    "particle", "emoji-glued", "family-name", "famous", "mixed-language",
    "brand", "org-with-place", "place",
    # extra kinds of this set (see README.md)
    "flemish", "greeting", "vocative", "event", "venue", "team", "loanword",
    "credits", "demonym", "email", "character", "typo", "caps-line",
    "lowercase",
}
AUTO_KINDS = {"place", "mention", "none", "flemish"}
TITLE_WORDS = {
    "dhr", "mevr", "mevrouw", "meneer", "juf", "meester", "trainer", "coach",
    "keeper", "manager", "oma", "opa", "tante", "ome", "oom", "nonkel", "meter",
    "peter", "bomma", "bompa", "mama", "papa", "buurman", "buurvrouw",
    "koning", "koningin", "prinses", "prins", "getuige", "stagiair",
}
FAMILY_WORDS = {"familie", "fam"}
PARTICLES = {"van", "de", "der", "den", "ter", "te", "'t", "el", "la", "du"}
LOC_LOWER_START = {"de", "het", "'t", "in", "op", "naar", "bij", "te", "aan",
                   "van", "uit"}
LOC_ALLOWED_LOWER = {"de panne", "'t Zuid", "'t Stad"}  # article part of the name
HANDLE_RE = re.compile(r"(?<![\w@])@[\w.]+")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")
GENITIVE_AFTER = (" z'n ", " d'r ", " haar ", " zijn ")


def handles(text):
    out = []
    for m in HANDLE_RE.finditer(text):
        h = m.group(0).rstrip(".")
        out.append((m.start(), m.start() + len(h)))
    return out


def hashtags(text):
    return [(m.start(), m.end()) for m in HASHTAG_RE.finditer(text)]


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, surface, protected):
    """Start offsets of surface at word boundaries outside hashtags/handles."""
    out, i = [], text.find(surface)
    while i != -1:
        j = i + len(surface)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        ok = not is_word(before) and not is_word(after)
        if surface[0] not in "#@" and before in "#@":
            ok = False
        for (a, b) in protected:
            if i < b and a < j and (a, b) != (i, j):
                ok = False
        if ok:
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def prev_token(text, start):
    head = text[:start].rstrip()
    tok = re.split(r"\s", head)[-1] if head else ""
    return tok.strip(".,:;!?()'\"").lower()


def is_emoji(ch):
    return unicodedata.category(ch) in ("So", "Sk", "Cs") or ch in "\u2764\u2600"


def build():
    errors, out, seen_texts = [], [], set()
    expected = ["nl2-%03d" % n for n in range(1, len(RECORDS) + 1)]
    ids = [r["id"] for r in RECORDS]
    if ids != expected:
        errors.append("ids are not nl2-001..nl2-%03d in order" % len(RECORDS))
    for rec in RECORDS:
        rid, text = rec["id"], rec["text"]
        err = lambda msg: errors.append("%s: %s" % (rid, msg))
        if rec["region"] not in ("nl", "be"):
            err("bad region")
        if text in seen_texts:
            err("duplicate text")
        seen_texts.add(text)
        if text != text.strip():
            err("text has leading/trailing whitespace")
        hs, tags = handles(text), hashtags(text)
        protected = hs + tags
        spans = []
        for ent in rec["ents"]:
            surface, label = ent[0], ent[1]
            occ = ent[2] if len(ent) > 2 else None
            if label not in LABELS:
                err("bad label %r" % label)
                continue
            starts = occurrences(text, surface, protected)
            if not starts:
                err("surface %r not found at a word boundary" % surface)
                continue
            if occ is None:
                if len(starts) > 1:
                    err("surface %r occurs %d times; give the occurrence"
                        % (surface, len(starts)))
                    continue
                occ = 1
            if not 1 <= occ <= len(starts):
                err("surface %r has no occurrence %d" % (surface, occ))
                continue
            s = starts[occ - 1]
            spans.append((s, s + len(surface), label))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0]:
                err("overlapping spans %r %r" % (text[a[0]:a[1]], text[b[0]:b[1]]))
        if len(set(spans)) != len(spans):
            err("duplicate span")
        # span-level checks
        for (s, e, label) in spans:
            sub = text[s:e]
            if sub != sub.strip() or "\n" in sub:
                err("unclean span %r" % sub)
            last_ok = sub[-1].isalnum() or (label == P and sub.endswith("'"))
            if not last_ok:
                err("span %r ends in punctuation" % sub)
            first_ok = sub[0].isalnum() or sub[0] in "#@" or sub.startswith("'t ")
            if not first_ok:
                err("span %r starts with punctuation" % sub)
            first_tok = sub.split()[0].rstrip(".").lower()
            if label == P:
                if first_tok in TITLE_WORDS or first_tok in FAMILY_WORDS:
                    err("PERSON span %r starts with a title" % sub)
                if sub[0] == "#" and (s, e) not in tags:
                    err("PERSON hashtag span %r is not a whole hashtag" % sub)
            if label == L:
                if sub[0] in "#@":
                    err("LOCATION %r is a hashtag/handle" % sub)
                if first_tok in LOC_LOWER_START and sub.split()[0].islower() \
                        and sub not in LOC_ALLOWED_LOWER:
                    err("LOCATION %r starts with an article/preposition" % sub)
            if label == M and (s, e) not in hs:
                err("MENTION %r is not a whole @handle" % sub)
        for h in hs:
            if (h[0], h[1], M) not in spans:
                err("handle %r not annotated as MENTION" % text[h[0]:h[1]])
        for t in tags:
            lab = [sp for sp in spans if (sp[0], sp[1]) == t]
            if lab and lab[0][2] != P:
                err("hashtag %r annotated as %s" % (text[t[0]:t[1]], lab[0][2]))
        # kinds
        kinds = list(rec["kinds"])
        for k in kinds:
            if k not in KINDS:
                err("unknown kind %r" % k)
            if k in AUTO_KINDS:
                err("kind %r is set automatically" % k)
        if len(set(kinds)) != len(kinds):
            err("duplicate kind")
        persons = [sp for sp in spans if sp[2] == P]
        ptexts = [text[s:e] for (s, e, _) in persons]
        has = lambda k: k in kinds

        def agree(kind, cond, both=True):
            if has(kind) and not cond:
                err("kind %r but no span shows it" % kind)
            if both and cond and not has(kind):
                err("spans show %r but the kind is missing" % kind)

        agree("hashtag-name", any(t.startswith("#") for t in ptexts))
        agree("name-list", len(persons) >= 2, both=False)
        agree("particle", any(
            any(tok.lower() in PARTICLES for tok in t.split()[:-1]) or
            (len(t.split()) > 1 and t.split()[0].lower() in PARTICLES)
            for t in ptexts if not t.startswith("#")))
        agree("lowercase-name", any(
            (t.islower() or t.isupper()) for t in ptexts if not t.startswith("#")))
        agree("emoji-glued", any(
            e < len(text) and is_emoji(text[e]) for (s, e, _) in persons))
        agree("title", any(prev_token(text, s) in TITLE_WORDS
                           for (s, e, _) in persons))
        agree("family-name", any(prev_token(text, s) in FAMILY_WORDS
                                 for (s, e, _) in persons))
        agree("genitive", any(
            t.endswith("'s") or t.endswith("'") or
            any(text[e:].startswith(g) for g in GENITIVE_AFTER)
            for (s, e, _), t in zip(persons, ptexts)))
        for k in ("famous", "nickname", "word-as-name", "vocative"):
            agree(k, bool(persons), both=False)
        if any(sp[2] == L for sp in spans):
            kinds.append("place")
        if any(sp[2] == M for sp in spans):
            kinds.append("mention")
        if not spans:
            kinds.append("none")
        if rec["region"] == "be":
            kinds.append("flemish")
        out.append({"id": rid, "text": text,
                    "entities": [[s, e, lab] for (s, e, lab) in spans],
                    "lang": "nl", "kind": kinds})
        rec["_spans"] = spans
    return out, errors


def render(text, spans):
    parts, pos = [], 0
    for (s, e, lab) in spans:
        parts.append(text[pos:s])
        parts.append("[%s|%s]" % (text[s:e], lab[0]))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def main():
    verbose = "-v" in sys.argv[1:]
    out, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {P: 0, L: 0, M: 0}
    kind_counts = {}
    regions = {"nl": [0, 0], "be": [0, 0]}
    for rec, o in zip(RECORDS, out):
        for (_, _, lab) in rec["_spans"]:
            counts[lab] += 1
        for k in o["kind"]:
            kind_counts[k] = kind_counts.get(k, 0) + 1
        regions[rec["region"]][0] += 1
        if any(lab == P for (_, _, lab) in rec["_spans"]):
            regions[rec["region"]][1] += 1
        if verbose:
            print("%s [%s] %s" % (o["id"], rec["region"], ",".join(o["kind"])))
            print("   " + render(rec["text"], rec["_spans"]).replace("\n", "\n   "))
    print("records: %d (nl %d, be %d)" % (len(out), regions["nl"][0], regions["be"][0]))
    print("records with a PERSON: %d (nl %d, be %d)"
          % (regions["nl"][1] + regions["be"][1], regions["nl"][1], regions["be"][1]))
    print("spans: PERSON %d, LOCATION %d, MENTION %d"
          % (counts[P], counts[L], counts[M]))
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kind_counts.items())))


if __name__ == "__main__":
    main()
