#!/usr/bin/env python3
"""Build the held-out "wordnames" TEST set: captions.jsonl + optout.csv.

Theme: people whose first name or surname is also an everyday word, a place
or a brand (Jordan, Florence, Grace, Will, Koch, Winter, Sommer, ...).

All records are hand-written and live below as plain Python data.
Stdlib only, deterministic: running it twice gives byte-identical files.

Usage:  python3 build_wordnames.py      (writes next to this script)

THIS IS A TEST SET. Never write rules, patterns or lists from its misses.
"""

import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Opt-out list: (name, handle without "@", [aliases])
# All private people are invented.
# ---------------------------------------------------------------------------
JORDAN = "Jordan Ellery"        # US, Portland – barista, runner
AUSTIN = "Austin Pryce"         # US – office job, hobby photographer
FLORENCE = "Florence Adeyemi"   # UK, London – baker, bride
SYDNEY = "Sydney Kowalczyk"     # US, Chicago – girls' soccer coach
CHELSEA = "Chelsea Brannigan"   # Ireland, Galway – choir soloist
BROOKLYN = "Brooklyn Hatfield"  # US – school leaver, exchange year in Münster
GEORGIA = "Georgia Whitcombe"   # UK, Bristol – florist
SAVANNAH = "Savannah Okafor"    # US, Atlanta – yoga teacher
PARIS = "Paris Thornbury"       # UK – club swimmer
HOPE = "Hope McAllister"        # Ireland, Dublin – yoga teacher
GRACE = "Grace Fitzgerald"      # Ireland, Cork – café / scones
JOY = "Joy Abernathy"           # US – grandmother
WILL = "Will Harrington"        # UK, Manchester – musician
MARK = "Mark Tillmann"          # DE, Hamburg – youth football coach
AMBER = "Amber Sutcliffe"       # UK, Leeds – hairdresser
RUBY = "Ruby Castellano"        # DE, Berlin – cake maker
SUMMER = "Summer Haverkamp"     # DE, Münster – dancer / dance teacher
HOLLY = "Holly Brennan"         # Ireland, Dublin – traveller
IVY = "Ivy Marchetti"           # US, New York – ceramicist
FRANK = "Frank Ohlendorf"       # DE, Bremen – choir conductor
LENA = "Lena Koch"              # DE, Köln – photographer
TOBIAS = "Tobias Wolf"          # AT, Graz – climbing / ski instructor
MIRIAM = "Miriam Fuchs"         # DE, Leipzig – café owner
JONAS = "Jonas Sommer"          # DE, Freiburg – singer-songwriter
KATHARINA = "Katharina Winter"  # AT, Salzburg – primary school teacher
STEFAN = "Stefan Bauer"         # DE, Bavaria – sports club chairman
ANJA = "Anja Fischer"           # DE, Hamburg – yoga teacher
BEN = "Ben Klein"               # CH, Zürich – apprentice electrician
FELIX = "Felix König"           # DE, München – baker
SOPHIE = "Sophie Engel"         # DE, Dresden – wedding planner
CLARA = "Clara Stern"           # CH, Bern – choir soprano

OPTOUT = [
    (JORDAN, "jordy.ellery", ["Jordy"]),
    (AUSTIN, "", []),
    (FLORENCE, "flo.adeyemi", ["Flo", "Flossie"]),
    (SYDNEY, "", ["Syd"]),
    (CHELSEA, "chelsbrannigan", ["Chels"]),
    (BROOKLYN, "", []),
    (GEORGIA, "", []),
    (SAVANNAH, "savvy.okafor", ["Savvy", "Sav"]),
    (PARIS, "", []),
    (HOPE, "hope.mcallister.yoga", []),
    (GRACE, "gracie_fitz", ["Gracie"]),
    (JOY, "", []),
    (WILL, "willharrington.music", []),
    (MARK, "", []),
    (AMBER, "ambersutcliffe", []),
    (RUBY, "rubycakes.berlin", ["Rubes"]),
    (SUMMER, "summer.haverkamp", []),
    (HOLLY, "", ["Hols"]),
    (IVY, "ivy.marchetti", []),
    (FRANK, "", []),
    (LENA, "lenakoch.fotografie", []),
    (TOBIAS, "", ["Tobi"]),
    (MIRIAM, "miri.fuchs", ["Miri"]),
    (JONAS, "jonas.sommer.music", []),
    (KATHARINA, "", ["Kathi"]),
    (STEFAN, "", []),
    (ANJA, "anjafischer_yoga", []),
    (BEN, "", []),
    (FELIX, "", []),
    (SOPHIE, "sophie.engel.hochzeit", []),
    (CLARA, "", []),
]

# ---------------------------------------------------------------------------
# Records: (lang, form, text, listed, unlisted)
#   form: post | comment | reply | bio   (kept here only, not written out)
# ---------------------------------------------------------------------------

# A) Texts that refer to one or more listed people -------------------------
LISTED = [
    # --- German ---
    ("de", "post",
     "Was für ein Tag! 💍✨\nFlorences Hochzeit am Tegernsee war einfach traumhaft.\n"
     "Danke an @lenakoch.fotografie für die wunderschönen Bilder 📸\n#hochzeit #tegernsee #brautpaar",
     [FLORENCE, LENA], []),
    ("de", "post",
     "❄️ Der erste Schnee ist da – und Frau Winter hat mit der 3b gleich Plätzchen gebacken 🍪🎄\n"
     "Danke für Ihren Einsatz!\n#volksschule #salzburg #winterzauber",
     [KATHARINA], []),
    ("de", "post",
     "Kathis letzter Schultag vor der Karenz 🥹💐\nWir werden dich vermissen, liebe Katharina!\n– Das Team der VS Maxglan",
     [KATHARINA], []),
    ("de", "post",
     "Heute neu in der Vitrine: Miris Rhabarber-Streuselkuchen 🍰🌱\nNur solange der Vorrat reicht!\n"
     "📍 Café Fuchsbau, Leipzig-Plagwitz\n#leipzig #kuchen #cafe",
     [MIRIAM], []),
    ("de", "comment",
     "Frau Fuchs, Ihr Käsekuchen ist der beste in ganz Leipzig!! 😍 Wann gibt's wieder den mit Mohn?",
     [MIRIAM], []),
    ("de", "post",
     "Großes Dankeschön an Stefan Bauer für 25 Jahre als Vorsitzender des SV Grünwiesen 1921 ⚽️🏆\n"
     "Ohne dich gäbe es unser Vereinsheim nicht!\n#svgrünwiesen #ehrenamt #danke",
     [STEFAN], []),
    ("de", "post",
     "Beim Sommerfest hat Herr Bauer heute persönlich gegrillt 🔥🌭\nDanke an alle Helferinnen und Helfer!\n"
     "#sommerfest #verein #grillen",
     [STEFAN], []),
    ("de", "post",
     "📸 Lena Koch\n💄 @studio.glanz\n👗 Brautmode Weiß & Wunder\nKöln, Juni 2024 🤍\n#hochzeitsfotografie #köln",
     [LENA], []),
    ("de", "bio",
     "Hochzeits- & Familienfotografin in Köln 📷 | Lena Koch | Termine 2025 frei ✨ | 📩 DM",
     [LENA], []),
    ("de", "post",
     "Tobi hat heute mit unserer Jugendgruppe den Klettersteig am Hochschwab gemeistert 🧗‍♂️⛰️\nStark, Leute!\n"
     "#alpenverein #graz #klettern",
     [TOBIAS], []),
    ("de", "comment",
     "Ohne Tobias Wolfs Geduld hätte ich nie den Vorstieg geschafft 🙏 Danke, Coach! 🐺",
     [TOBIAS], []),
    ("de", "post",
     "Jonas Sommer live im Kulturkeller Wiehre 🎸🌙\nFreitag, 20 Uhr – Tickets an der Abendkasse!\n"
     "@jonas.sommer.music\n#freiburg #livemusik #singersongwriter",
     [JONAS], []),
    ("de", "reply",
     "@jonas.sommer.music dein neuer Song läuft bei uns in Dauerschleife 😭❤️ Kommst du auch mal nach Basel?",
     [JONAS], []),
    ("de", "post",
     "Namaste 🙏 Ab Montag übernimmt Anja die Morgenstunde um 7:00 – Vinyasa mit viel Herz 🧘‍♀️☀️\n"
     "#yogahamburg #vinyasa #ottensen",
     [ANJA], []),
    ("de", "comment",
     "danke @anjafischer_yoga für den workshop am sonntag! mein rücken sagt danke 😅🙏 #yinyoga",
     [ANJA], []),
    ("de", "post",
     "Ben Klein (2. Lehrjahr) hat die Zwischenprüfung mit Bestnote bestanden 🎉🔧\n"
     "Wir sind stolz auf dich, Ben!\n#lernende #zürich #elektroinstallateur",
     [BEN], []),
    ("de", "post",
     "Felix hat heute seine Gesellenprüfung als Bäcker bestanden 🥨🎓\n"
     "Ab Montag gibt's Felix' Laugenstangen bei uns im Laden!\n#bäckerei #münchen #handwerk",
     [FELIX], []),
    ("de", "comment",
     "herr könig ihre brezn sind die besten in ganz giesing 🥨👑",
     [FELIX], []),
    ("de", "post",
     "Heute im Brautgespräch mit Sophie Engel 💍📝 Nächstes Jahr wird's romantisch!\n"
     "@sophie.engel.hochzeit\n#hochzeitsplanung #dresden",
     [SOPHIE], []),
    ("de", "post",
     "Sophies Tipp für alle Brautpaare: Plant mindestens 30 Minuten Puffer zwischen Trauung und Sektempfang ⏰🥂\n"
     "#hochzeitstipps #weddingplanner",
     [SOPHIE], []),
    ("de", "post",
     "Solo von Clara Stern beim Adventskonzert ✨🎶 Gänsehaut pur!\n#kirchenchor #bern #adventskonzert ⭐",
     [CLARA], []),
    ("de", "post",
     "Frank dirigiert seit 20 Jahren unseren Männerchor 🎼\nHeute Abend feiern wir ihn – Prost, Frank! 🍻\n"
     "#chor #bremen #jubiläum",
     [FRANK], []),
    ("de", "comment",
     "Frank und frei gesagt: Ohne Franks strenge Proben wären wir nie so weit gekommen 😅🎶",
     [FRANK], []),
    ("de", "post",
     "Trainer Mark und die E-Jugend nach dem 4:2 gegen Altona 93 ⚽️💙\nMarks Kabinenansage wirkt!\n"
     "#jugendfussball #hamburg",
     [MARK], []),
    ("de", "post",
     "Summer tanzt seit 3 Jahren bei uns – heute hat sie ihre erste eigene Choreo unterrichtet 💃✨\n"
     "Summers Kurs: donnerstags 18 Uhr, Hip-Hop Teens\n#tanzschule #münster",
     [SUMMER], []),
    ("de", "comment",
     "@summer.haverkamp du warst gestern sooo gut!!! 🔥🔥 Nächsten Sommer wieder beim Stadtfest?",
     [SUMMER], []),

    # --- English ---
    ("en", "post",
     "Jordan's first day behind the bar! ☕️🎉\nCome say hi and order the lavender oat latte he's been perfecting all week.\n"
     "#portland #coffeeshop #newbarista",
     [JORDAN], []),
    ("en", "comment",
     "shoutout to @jordy.ellery for pulling shots like a pro this morning ☕️💪",
     [JORDAN], []),
    ("en", "post",
     "Jordy ran his first marathon yesterday 🏃‍♂️🏅\n4:12, in the rain. Legend.\n#portlandmarathon #proud",
     [JORDAN], []),
    ("en", "post",
     "Congrats to Austin on the promotion!! 🎉\nAustin's been carrying this team for two years, so well deserved.\n"
     "#teamwork #promotion",
     [AUSTIN], []),
    ("en", "comment",
     "Huge thanks to Mr Wolf, our mountain guide in Styria 🏔️ Tobias made the via ferrata feel easy even for our 10 year old!",
     [TOBIAS], []),
    ("en", "post",
     "Florence's bake sale raised £640 for the children's ward today 🧁💛\nThank you Flo and everyone who baked!\n"
     "#hackney #bakesale #charity",
     [FLORENCE], []),
    ("en", "post",
     "New spring menu dropping Friday 🌸🥐\n📸 @flo.adeyemi\n#londoncafe #springmenu",
     [FLORENCE], []),
    ("en", "post",
     "Coach Syd and the U12 girls after winning the spring cup ⚽️🏆\nSydney's halftime speech was 🔥\n"
     "#chicagosoccer #girlssoccer",
     [SYDNEY], []),
    ("en", "post",
     "Chelsea Brannigan will be singing the solo in Ave Maria at Sunday's concert 🎶\n"
     "St Nicholas' Collegiate Church, 7pm\n#galway #choir",
     [CHELSEA], []),
    ("en", "comment",
     "Chels your voice gave me chills 😭💚 @chelsbrannigan",
     [CHELSEA], []),
    ("en", "post",
     "Brooklyn graduated today!!! 🎓💜\nSo proud of you, Brooklyn Hatfield – Germany gap year, here you come!\n"
     "#classof2024 #proudmom",
     [BROOKLYN], []),
    ("en", "post",
     "Fresh peonies in the shop today 💐\nGeorgia's arrangements go fast, so pop in early!\n#bristolflorist #peonies",
     [GEORGIA], []),
    ("en", "post",
     "Savvy's Saturday flow is back 🧘🏾‍♀️ 9am, bring a friend!\n📸 Austin\n@savvy.okafor\n#atlantayoga #saturdayflow",
     [SAVANNAH, AUSTIN], []),
    ("en", "bio",
     "🧘🏾‍♀️ Savannah Okafor | E-RYT 200 | trauma-informed yoga in Atlanta, Georgia 🍑 | she/her",
     [SAVANNAH], []),
    ("en", "post",
     "Paris smashed her PB in the 200m fly at the county champs 🏊‍♀️🥇\nWell done Paris Thornbury!\n"
     "#swimclub #countychamps",
     [PARIS], []),
    ("en", "comment",
     "Hope's 6:30am class is the only reason I survive Mondays 🙏 @hope.mcallister.yoga",
     [HOPE], []),
    ("en", "post",
     "We hope you'll join Hope for a candlelit yin session this Friday 🕯️✨\nBooking link in bio\n"
     "#dublinyoga #yinyoga",
     [HOPE], []),
    ("en", "post",
     "Gracie's scones are back on the counter 🥰☕️ Get them while they're warm!\n#corkcafe #scones",
     [GRACE], []),
    ("en", "post",
     "Liam said grace, Gracie carved the roast 🍗😂\nSunday dinner at the Fitzgeralds'.",
     [GRACE], ["Liam"]),
    ("en", "post",
     "Happy 80th birthday to Grandma Joy! 🎂🎈\nJoy's laugh is still the best sound in this house. Pure joy all afternoon.\n"
     "#80thbirthday #family",
     [JOY], []),
    ("en", "post",
     "Will's band is playing The Castle Hotel on Saturday 🎸🍻\nWill Harrington & the Night Buses, doors 8pm\n"
     "#manchestermusic #livemusic",
     [WILL], []),
    ("en", "reply",
     "@willharrington.music will you be playing the new one?? 👀",
     [WILL], []),
    ("en", "post",
     "Amber did my balayage and I'm obsessed 😍🍯\n@ambersutcliffe you're a wizard\n#leedshair #balayage",
     [AMBER], []),
    ("en", "comment",
     "Holly's back from Vietnam and the stories are unreal 🇻🇳🛵 Welcome home Hols!",
     [HOLLY], []),
    ("en", "post",
     "New mugs in the studio 🏺 glazed by ivy marchetti herself, each one a little different 🌿\n"
     "@ivy.marchetti\n#ceramics #brooklynmade",
     [IVY], []),
    ("en", "comment",
     "ivy your glazes are unreal 😍 where can I buy the green ones?",
     [IVY], []),

    # --- mixed German/English ---
    ("mixed", "post",
     "Rubys Geburtstagstorte für Lotta 🎂🦄\nThree layers, Vanille & Himbeere\n@rubycakes.berlin\n"
     "#berlin #customcake #kindergeburtstag",
     [RUBY], ["Lotta"]),
    ("mixed", "comment",
     "rubes you absolute legend, die Torte war ein Traum 😭🍰 thank you!!",
     [RUBY], []),
    ("mixed", "bio",
     "Ruby Castellano – cakes & more 🍰 | Berlin-Neukölln | DM für Anfragen 💌 | English & Deutsch",
     [RUBY], []),
    ("mixed", "post",
     "Throwback zu Florences Hen Do in Brighton 🥂👰🏾‍♀️\nwhat a weekend, Mädels!\n#hendo #brighton",
     [FLORENCE], []),
    ("mixed", "post",
     "Jordan kommt nächste Woche zu Besuch aus Portland ✈️☕️ can't wait to show him Hamburg!\n"
     "Wer hat Tipps für gute Cafés?",
     [JORDAN], []),
    ("mixed", "post",
     "Savvy & Anja zusammen auf der Matte 🧘‍♀️🧘🏾‍♀️\nOur first bilingual retreat in der Lüneburger Heide, Juni 2025!\n"
     "@savvy.okafor @anjafischer_yoga\n#yogaretreat",
     [SAVANNAH, ANJA], []),
    ("mixed", "post",
     "Konzert-Recap 🎶 Chelsea and Clara singing together – Galway trifft Bern!\n"
     "Clara Sterns Solo im zweiten Teil war magisch ✨",
     [CHELSEA, CLARA], []),
    ("mixed", "comment",
     "Happy Birthday, Will! 🎂🎸 Hoffentlich spielt ihr bald wieder in Berlin – Will's band fehlt uns!",
     [WILL], []),
    ("mixed", "post",
     "Fotos vom Vereinsjubiläum sind online 📸 by Lena Koch – danke, Frau Koch!\n"
     "And thanks to Stefan Bauer for the great speech 🎤\n#125jahre #svgrünwiesen",
     [LENA, STEFAN], []),
    ("mixed", "post",
     "Tobis Skikurs war mega 🎿❄️ even my mum made it down the red run! Danke, Tobias 🙌",
     [TOBIAS], []),
    ("mixed", "post",
     "Grace und Holly auf Roadtrip durch Bayern 🚗🥨\nbest pretzels ever, sagt Gracie",
     [GRACE, HOLLY], []),
    ("mixed", "post",
     "Kathi's Abschiedsparty 🥂 thanks for everything, Frau Winter – the 4a will miss you! 💐",
     [KATHARINA], []),
    ("mixed", "post",
     "Brooklyn's Auslandsjahr in Münster startet heute 🇺🇸➡️🇩🇪\nWelcome, Brooklyn! Gastfamilie Brandt freut sich riesig 🥨",
     [BROOKLYN], []),
    ("mixed", "post",
     "Jonas' new single is out 🎧🔥\nJonas Sommer – „Nordwind“, überall wo es Musik gibt",
     [JONAS], []),
    ("mixed", "post",
     "Ivy Marchetti zu Gast in Leipzig 🏺 Keramik-Workshop am Samstag, all levels welcome!\n"
     "Anmeldung über @miri.fuchs",
     [IVY, MIRIAM], []),
    ("mixed", "post",
     "Syd ist wieder in Deutschland 🇩🇪⚽️ coaching clinic beim SV Grünwiesen – danke Herr Bauer fürs Organisieren!",
     [SYDNEY, STEFAN], []),
    ("mixed", "comment",
     "Felix your Brezn are the best thing about Munich, no joke 🥨👑 – ein Tourist aus Leeds",
     [FELIX], []),
    ("mixed", "post",
     "Sophie Engel hat unsere Hochzeit geplant and honestly, best decision ever 💍🤍\n"
     "Sophies Checkliste hat uns gerettet!",
     [SOPHIE], []),
]

# B) The same words used as words, places or things – no listed person ----
WORDS = [
    # --- German ---
    ("de", "post",
     "Der Winter kommt! ❄️ Ab Montag gibt's bei uns wieder Glühwein und Maronen 🌰🔥\n#winterzeit #café #salzburg",
     [], []),
    ("de", "post",
     "Unser Koch hat heute frischen Spargel aus Schrobenhausen auf der Karte 🥬👨‍🍳 Guten Appetit!\n"
     "#spargelzeit #restaurant",
     [], []),
    ("de", "post",
     "Der Fuchs war heute Morgen wieder im Garten 🦊\nDie Kinder haben ihn vom Fenster aus beobachtet.\n"
     "#natur #waldkindergarten",
     [], []),
    ("de", "post",
     "Sommer, Sonne, Freibad ☀️🏊 Unser Schwimmkurs für Kinder startet im Juni!\n#sommerferien #schwimmen",
     [], []),
    ("de", "post",
     "Frisch vom Bauern: Erdbeeren, Kartoffeln und Eier 🍓🥚\nJeden Samstag auf dem Wochenmarkt – oder direkt beim Bauer um die Ecke.\n"
     "#regional #bauernmarkt",
     [], []),
    ("de", "bio",
     "Klein, aber fein ☕️ | Café mit 12 Plätzen | Leipzig-Südvorstadt | Mo–Sa 8–18 Uhr",
     [], []),
    ("de", "post",
     "Der König der Löwen im Stadttheater 🦁👑 Unsere Theater-AG war total begeistert!\n#schule #musical",
     [], []),
    ("de", "post",
     "Schutzengel gesucht? 😇 Unsere handbemalten Engel aus Holz gibt's ab sofort im Laden – perfekt für den Adventskranz 🎄",
     [], []),
    ("de", "post",
     "Sternenhimmel über dem Zeltlager ⭐️🌌 Heute Nacht haben wir den Polarstern gefunden!\n"
     "Der hellste Stern war aber eigentlich die Venus 😄\n#pfadfinder #zeltlager",
     [], []),
    ("de", "post",
     "Frischer Fang direkt vom Fischer am Hafen 🐟⚓️ Heute: Matjes und Scholle\n#warnemünde #ostsee",
     [], []),
    ("de", "post",
     "Der Wolf ist zurück im Schwarzwald 🐺🌲\nUnser Naturschutz-Vortrag am Donnerstag erklärt, was das für Wanderer bedeutet.",
     [], []),
    ("de", "post",
     "Radtour durch die Mark Brandenburg 🚴‍♀️🌾 80 km, viele Seen und ein Eis in Buckow 🍦\n#brandenburg #radtour",
     [], []),
    ("de", "comment",
     "Mal ganz frank und frei – der Winterurlaub bei euch war der beste seit Jahren! ⛷️ Im Sommer kommen wir wieder 🌞",
     [], []),

    # --- English ---
    ("en", "post",
     "Road trip through Georgia 🚗🍑\nSavannah's squares, Atlanta's food scene and way too much sweet tea.\n"
     "#georgia #roadtrip #savannah",
     [], []),
    ("en", "post",
     "Summer in Paris 🇫🇷☀️ croissants for breakfast, picnics by the Seine, repeat.\n#paris #summer #travel",
     [], []),
    ("en", "post",
     "Florence's best gelato? We tried 9 shops in 3 days so you don't have to 🍦🇮🇹\n#florence #gelato #italytravel",
     [], []),
    ("en", "post",
     "Sydney's beaches at sunrise 🌅🏄 Bondi to Coogee walk done before breakfast.\n#sydney #bondi #australia",
     [], []),
    ("en", "post",
     "We hope to see you all at the open day! 🏫\nMark your calendars: Saturday 14th, 10am–2pm.\n"
     "Tours will run every hour 👋\n#openday #school",
     [], []),
    ("en", "post",
     "Frank feedback from our members made this happen 🙌 The new changing rooms will open on Monday!\n"
     "#sportsclub #thankyou",
     [], []),
    ("en", "post",
     "Ruby red lips & amber light 💄🌇 golden hour portraits at the studio today\n#portrait #goldenhour",
     [], []),
    ("en", "post",
     "Pure joy on the pitch today ⚽️💙 The under 10s won their first match of the season!\n#grassroots #football",
     [], []),
    ("en", "post",
     "Grace period for early-bird tickets ends Friday 🎟️ Don't miss it!\n#choirconcert #tickets",
     [], []),
    ("en", "reply",
     "will do! 🙌 thanks for the tip",
     [], []),
    ("en", "bio",
     "🌿 Holly & Ivy Florist | Chelsea, London SW3 | weddings • events • workshops | 📩 hello@hollyandivy.co.uk",
     [], []),
    ("en", "post",
     "Austin, we love you 🤠🌮 Tacos, live music on 6th Street and the bats at Congress Avenue Bridge 🦇\n"
     "#austintx #keepaustinweird",
     [], []),
    ("en", "post",
     "Brooklyn bound 🗽 Our bakery is popping up at Smorgasburg this weekend 🥯\n#brooklyn #nyc",
     [], []),

    # --- mixed German/English ---
    ("mixed", "post",
     "Wanderung nach Petra in Jordan 🇯🇴🐪 absolutely unreal, die Farben der Felsen!\n#jordan #petra #backpacking",
     [], []),
    ("mixed", "post",
     "Winter Wonderland im Stadtpark ❄️✨ Glühwein, Lichter and good vibes!\n#winterwonderland",
     [], []),
    ("mixed", "post",
     "Unsere neue Sommer-Kollektion ist da 🌞👗 Summer vibes only!\n#summercollection #fashion",
     [], []),
    ("mixed", "comment",
     "Mark my words – das wird das beste Stadtfest ever 🎡🎉",
     [], []),
    ("mixed", "post",
     "Chelsea vs. Arsenal heute Abend bei uns im Pub ⚽️🍺 big screen, Happy Hour bis Anpfiff!\n#premierleague #pub",
     [], []),
    ("mixed", "post",
     "Der Koch heute: our chef Luca 👨‍🍳 macht frische Pasta vor euren Augen 🍝\n#pastalove",
     [], ["Luca"]),
    ("mixed", "post",
     "Amber tones everywhere 🍂 Herbst im Studio: unsere neuen Kerzen in Bernstein, Rost und Amber\n#herbstdeko",
     [], []),
    ("mixed", "post",
     "Faith, hope & love 💒 Unser Gospelchor probt ab Januar wieder donnerstags, everyone welcome!\n#gospelchor #choir",
     [], []),
    ("mixed", "post",
     "Paris, je t'aime 🗼 Drei Tage, 40.000 Schritte und mindestens 12 Croissants 🥐\n#paris #städtetrip",
     [], []),
]

# C) Namesakes: same first name or surname, a different (or famous) person,
#    or a brand – no listed person -------------------------------------------
NAMESAKES = [
    # --- German ---
    ("de", "post",
     "Herzlichen Glückwunsch an Marvin Koch zum Vereinsmeistertitel im Tischtennis! 🏓🏆\n#tischtennis #verein",
     [], ["Marvin Koch"]),
    ("de", "post",
     "Helene Fischer live in München – und wir waren dabei! 🎤✨ Atemlos durch die Nacht 💃",
     [], ["Helene Fischer"]),
    ("de", "post",
     "Mark Forster war heute zu Gast in unserer Schule 🎶😍 Die 7c durfte sogar mitsingen!",
     [], ["Mark Forster"]),
    ("de", "post",
     "Trainerwechsel beim SV Grünwiesen: Jürgen Bauer übernimmt die erste Mannschaft ⚽️\nWillkommen, Jürgen!",
     [], ["Jürgen Bauer"]),
    ("de", "post",
     "Unsere Kollegin Sabine Wolf geht nach 30 Jahren in den Ruhestand 🌷 Danke für alles, liebe Sabine!",
     [], ["Sabine Wolf"]),
    ("de", "comment",
     "Ist das die Julia Engel aus der Parallelklasse? 😄 Grüß sie lieb!",
     [], ["Julia Engel"]),

    # --- English ---
    ("en", "post",
     "Jordan Miller joins our barista team this week ☕️👋 Say hi to Jordan when you stop by!\n#newhire",
     [], ["Jordan Miller"]),
    ("en", "post",
     "Michael Jordan's Bulls jersey is up for auction at our charity gala 🏀🐂 Bidding opens at 7pm!",
     [], ["Michael Jordan"]),
    ("en", "comment",
     "omg was that paris hilton outside your shop on melrose?? 😱",
     [], ["Paris Hilton"]),
    ("en", "post",
     "Grace Kelly vibes at today's wedding 👰🤍 Our bride Emma chose a lace sleeve dress inspired by the 1956 classic",
     [], ["Grace Kelly", "Emma"]),
    ("en", "post",
     "Frank Sinatra night at the Crooner Lounge 🎷🍸 Our singer Tom does the best 'My Way' in town",
     [], ["Frank Sinatra", "Tom"]),
    ("en", "reply",
     "that's Holly Jennings from the U14s 😊 she scored twice!",
     [], ["Holly Jennings"]),

    # --- mixed German/English ---
    ("mixed", "post",
     "Florence + the Machine live in Berlin 🔥🎤 Florence Welch barfuß auf der Bühne, unforgettable!",
     [], ["Florence Welch"]),
    ("mixed", "comment",
     "Will Smith Marathon am Freitag? Men in Black, Hitch und I Am Legend 🍿 I'm in!!",
     [], ["Will Smith"]),
    ("mixed", "post",
     "Neue Air Jordans im Laden 👟🔥 limited drop, nur 20 Paar in Größe 42–45!\n#sneakers #airjordan",
     [], []),
]


def interleave(blocks):
    """Deterministic proportional merge so that the kinds are spread out."""
    keyed = []
    for b, block in enumerate(blocks):
        n = len(block)
        for i, rec in enumerate(block):
            keyed.append(((i + 0.5) / n, b, i, rec))
    keyed.sort(key=lambda t: (t[0], t[1], t[2]))
    return [t[3] for t in keyed]


def check(records, names):
    errors = []
    for lang, form, text, listed, unlisted in records:
        if lang not in ("de", "en", "mixed"):
            errors.append(f"bad lang {lang!r}: {text[:40]}")
        if form not in ("post", "comment", "reply", "bio"):
            errors.append(f"bad form {form!r}: {text[:40]}")
        if len(set(listed)) != len(listed):
            errors.append(f"duplicate listed: {text[:40]}")
        for n in listed:
            if n not in names:
                errors.append(f"unknown listed {n!r}: {text[:40]}")
        for n in unlisted:
            if n in names:
                errors.append(f"listed name in unlisted {n!r}")
            if n.lower() not in text.lower():
                errors.append(f"unlisted {n!r} not in text: {text[:40]}")
    return errors


def surface_check(records):
    """Every listed person must be visible in the text by some form."""
    forms = {}
    for name, handle, aliases in OPTOUT:
        f = set(name.split()) | set(aliases)
        if handle:
            f.add("@" + handle)
        forms[name] = {x.lower() for x in f}
    errors = []
    for _, _, text, listed, _ in records:
        low = text.lower()
        for n in listed:
            if not any(f in low for f in forms[n]):
                errors.append(f"{n!r} not visible in: {text[:50]}")
    return errors


def main():
    names = [p[0] for p in OPTOUT]
    assert len(set(names)) == len(names), "duplicate opt-out names"
    for _, _, text, listed, _ in LISTED:
        assert listed, "LISTED record without listed person: " + text[:40]
    for block in (WORDS, NAMESAKES):
        for _, _, text, listed, _ in block:
            assert not listed, "negative record with listed person: " + text[:40]

    records = interleave([LISTED, WORDS, NAMESAKES])
    errors = check(records, set(names)) + surface_check(records)
    texts = [r[2] for r in records]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(HERE, "captions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for k, (lang, _form, text, listed, unlisted) in enumerate(records, 1):
            obj = {"id": f"WN{k:03d}", "lang": lang, "text": text,
                   "listed": listed, "unlisted": unlisted}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    with open(os.path.join(HERE, "optout.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "handle", "aliases"])
        for name, handle, aliases in OPTOUT:
            w.writerow([name, handle, ";".join(aliases)])

    # summary
    by_lang = {}
    for r in records:
        by_lang[r[0]] = by_lang.get(r[0], 0) + 1
    forms = {}
    for r in records:
        forms[r[1]] = forms.get(r[1], 0) + 1
    mentions = sum(len(r[3]) for r in records)
    print("records:", len(records), dict(sorted(by_lang.items())))
    print("kinds: listed", len(LISTED), "words", len(WORDS), "namesakes", len(NAMESAKES))
    for nm, blk in (("listed", LISTED), ("words", WORDS), ("namesakes", NAMESAKES)):
        c = {}
        for r in blk:
            c[r[0]] = c.get(r[0], 0) + 1
        print("  ", nm, dict(sorted(c.items())))
    print("forms:", dict(sorted(forms.items())))
    print("listed mentions:", mentions)
    print("texts with no listed person:", sum(1 for r in records if not r[3]))
    print("opt-out people:", len(OPTOUT), "with handle:", sum(1 for p in OPTOUT if p[1]),
          "with alias:", sum(1 for p in OPTOUT if p[2]))
    used = {n for r in records for n in r[3]}
    print("opt-out people never referred to:", sorted(set(names) - used))


if __name__ == "__main__":
    main()
