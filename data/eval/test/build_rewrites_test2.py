#!/usr/bin/env python3
"""Build a second caption-rewrite test set and its own opt-out list.

Writes, next to this script:

    rewrites_test2.jsonl        160 captions (64 German, 64 English, 32 mixed)
    rewrites_test2_optout.csv   the 40 people on this set's opt-out list

The format and the editing rules are those of data/eval/rewrites/GUIDE.md.
All captions, people and handles are made up. Check the result with

    cd data/eval/rewrites
    python3 check_set.py --set ../test/rewrites_test2.jsonl \
        --optout ../test/rewrites_test2_optout.csv --stats

Plain Python 3, no dependencies.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET_PATH = os.path.join(HERE, "rewrites_test2.jsonl")
OPTOUT_PATH = os.path.join(HERE, "rewrites_test2_optout.csv")

# ---------------------------------------------------------------- opt-out list
# id, name, handles (";"-separated), gender (f, m or empty)
OPTOUT = [
    ("t2-01", "Johanna Lindemann", "@johanna.lindemann", "f"),
    ("t2-02", "Felix Brandauer", "@felixbrandauer", "m"),
    ("t2-03", "Merve Yıldırım", "@merve.yildirim", "f"),
    ("t2-04", "Kerem Aydın", "@kerem.aydin", "m"),
    ("t2-05", "Zofia Wiśniewska", "@zosia.wisniewska", "f"),
    ("t2-06", "Bartosz Kamiński", "@bartek.kaminski", "m"),
    ("t2-07", "Chiara Colombo", "@chiara.colombo", "f"),
    ("t2-08", "Matteo Ferraro", "@matteo_ferraro;@ferraro.films", "m"),
    ("t2-09", "Harriet Whitfield", "@hattie.whitfield", "f"),
    ("t2-10", "Rupert Ashdown", "@rupertashdown", "m"),
    ("t2-11", "Femke Jansen", "@femke.jansen", "f"),
    ("t2-12", "Joris Bakker", "@joris.bakker", "m"),
    ("t2-13", "Carlotta Reinholz", "", "f"),
    ("t2-14", "Konstantin Wehrle", "@kostja.wehrle", "m"),
    ("t2-15", "Annika Strobel", "@annika.strobel", "f"),
    ("t2-16", "Leonie Hartwig", "@leonie.hartwig", "f"),
    ("t2-17", "Moritz Feldhaus", "@moritz.feldhaus", "m"),
    ("t2-18", "Dilara Şimşek", "@dilara.simsek", "f"),
    ("t2-19", "Yusuf Karaca", "@yusuf.karaca", "m"),
    ("t2-20", "Paulina Nowicka", "@paulina.nowicka", "f"),
    ("t2-21", "Quentin Mallory", "@quentinmallory", "m"),
    ("t2-22", "Imogen Pryce", "@imogen.pryce", "f"),
    ("t2-23", "Theo Marchetti", "@theo.marchetti", "m"),
    ("t2-24", "Greta Hollmann", "@greta.hollmann", "f"),
    ("t2-25", "Hedwig Brenneke", "", "f"),
    ("t2-26", "Sven Ostendorf", "@sven.ostendorf", "m"),
    ("t2-27", "Ulrike Pfannenstiel", "", "f"),
    ("t2-28", "Arnold Kessler", "", "m"),
    ("t2-29", "Sanne Visser", "@sanne.visser", "f"),
    ("t2-30", "Ruben Mulder", "@ruben.mulder", "m"),
    ("t2-31", "Alex Rieger", "@alex.rieger", ""),
    ("t2-32", "Robin Seifert", "@robin.seifert", ""),
    ("t2-33", "Kim Lehnhardt", "@kimlehnhardt", ""),
    ("t2-34", "Eleanor Hastings", "@nell.hastings", "f"),
    ("t2-35", "Callum Rees", "@callumrees", "m"),
    ("t2-36", "Benedikt Auer", "@bene.auer", "m"),
    ("t2-37", "Tabea Kröger", "@tabea.kroeger", "f"),
    ("t2-38", "Nesrin Acar", "@nesrin.acar", "f"),
    ("t2-39", "Lorenzo Bianchi", "@lorenzo.bianchi", "m"),
    ("t2-40", "Lothar Wiegand", "", "m"),
]

RECORDS = []


def R(iid, lang, text, redact, keep, rewrites, kinds):
    """A caption with 1-3 acceptable rewrites, the most natural first."""
    RECORDS.append({
        "id": iid, "lang": lang, "text": text,
        "redact": redact, "keep": keep,
        "rewrites": rewrites, "nothing_left": False,
        "kinds": kinds.split(),
    })


def NL(iid, lang, text, redact, keep, kinds):
    """A caption where nothing publishable is left once the person is gone."""
    RECORDS.append({
        "id": iid, "lang": lang, "text": text,
        "redact": redact, "keep": keep,
        "rewrites": [], "nothing_left": True,
        "kinds": kinds.split(),
    })


# ================================================================ German
R("de-001", "de",
  "Johanna & Felix haben Ja gesagt! 💍 Was für ein Tag auf @gut_hohenstein.\n#hochzeit2024 #standesamt",
  ["t2-01", "t2-02"], ["@gut_hohenstein"],
  ["Das Brautpaar hat Ja gesagt! 💍 Was für ein Tag auf @gut_hohenstein.\n#hochzeit2024 #standesamt",
   "Die beiden haben Ja gesagt! 💍 Was für ein Tag auf @gut_hohenstein.\n#hochzeit2024 #standesamt"],
  "subject list multiple line_start")

R("de-002", "de",
  "Merve und Lukas – seit Samstag verheiratet! 🥂 Danke, dass wir euren großen Tag begleiten durften.",
  ["t2-03"], ["Lukas"],
  ["Lukas und seine Frau – seit Samstag verheiratet! 🥂 Danke, dass wir euren großen Tag begleiten durften.",
   "Lukas und seine Braut – seit Samstag verheiratet! 🥂 Danke, dass wir euren großen Tag begleiten durften."],
  "list line_start")

R("de-003", "de",
  "Zosias erster Geburtstag 🎈",
  ["t2-05"], [],
  ["Ihr erster Geburtstag 🎈",
   "Der erste Geburtstag 🎈"],
  "genitive short_de line_start")

R("de-004", "de",
  "Wir danken Kerem Aydın für die tolle Zusammenarbeit beim Sommerfest! 🙏",
  ["t2-04"], [],
  ["Wir danken für die tolle Zusammenarbeit beim Sommerfest! 🙏",
   "Vielen Dank für die tolle Zusammenarbeit beim Sommerfest! 🙏",
   "Wir bedanken uns für die tolle Zusammenarbeit beim Sommerfest! 🙏"],
  "object")

R("de-005", "de",
  "Heute haben wir Moritz im Studio fotografiert. Er brauchte neue Bilder für seine Band und wir hatten richtig Spaß! 🎸",
  ["t2-17"], [],
  ["Heute haben wir einen Kunden im Studio fotografiert. Er brauchte neue Bilder für seine Band und wir hatten richtig Spaß! 🎸",
   "Heute haben wir einen Musiker im Studio fotografiert. Er brauchte neue Bilder für seine Band und wir hatten richtig Spaß! 🎸"],
  "object pronoun")

R("de-006", "de",
  "Sonntagsbrunch mit Leonie und Jana im @cafe.kornblume ☕🥐",
  ["t2-16"], ["Jana", "@cafe.kornblume"],
  ["Sonntagsbrunch mit Jana im @cafe.kornblume ☕🥐"],
  "prepositional list")

R("de-007", "de",
  "Greta, du warst die beste Trainerin, die wir uns wünschen konnten! Danke für drei tolle Jahre. 💛\nDeine U12",
  ["t2-24"], [],
  ["Du warst die beste Trainerin, die wir uns wünschen konnten! Danke für drei tolle Jahre. 💛\nDeine U12"],
  "vocative role line_start")

R("de-008", "de",
  "Oma Hedwig wird heute 90! 🎂 Sie backt immer noch jeden Sonntag ihren berühmten Bienenstich.",
  ["t2-25"], [],
  ["Oma wird heute 90! 🎂 Sie backt immer noch jeden Sonntag ihren berühmten Bienenstich.",
   "Unsere Oma wird heute 90! 🎂 Sie backt immer noch jeden Sonntag ihren berühmten Bienenstich."],
  "title subject pronoun line_start")

R("de-009", "de",
  "Vielen Dank an Frau Dr. Pfannenstiel für den spannenden Vortrag über Zahngesundheit! 🦷 Die Kinder der Klasse 2b waren begeistert.",
  ["t2-27"], [],
  ["Vielen Dank für den spannenden Vortrag über Zahngesundheit! 🦷 Die Kinder der Klasse 2b waren begeistert.",
   "Vielen Dank an unsere Referentin für den spannenden Vortrag über Zahngesundheit! 🦷 Die Kinder der Klasse 2b waren begeistert."],
  "title prepositional")

R("de-010", "de",
  "Brautpaar-Shooting am Bodensee 🌊\nFotos: Chiara Colombo (@chiara.colombo)\nLocation: @seehotel.linde",
  ["t2-07"], ["@seehotel.linde"],
  ["Brautpaar-Shooting am Bodensee 🌊\nLocation: @seehotel.linde"],
  "handle_name role")

R("de-011", "de",
  "Was für eine Party! 🎉 Danke an alle, die mitgefeiert haben.\n#teamannika #30jahre #geburtstag",
  ["t2-15"], [],
  ["Was für eine Party! 🎉 Danke an alle, die mitgefeiert haben.\n#30jahre #geburtstag"],
  "hashtag")

NL("de-012", "de",
   "Alles Gute, Bartek! 🎂🎉",
   ["t2-06"], [],
   "vocative short_de")

R("de-013", "de",
  "Unsere Braut Dilara, die ihr Kleid selbst entworfen hat, strahlte den ganzen Tag. ✨ Ihr Bräutigam Kaan hatte Tränen in den Augen.",
  ["t2-18"], ["Kaan"],
  ["Unsere Braut, die ihr Kleid selbst entworfen hat, strahlte den ganzen Tag. ✨ Ihr Bräutigam Kaan hatte Tränen in den Augen."],
  "role apposition subject pronoun")

R("de-014", "de",
  "Unser neues Trainerteam für die Saison: Paul, Yusuf, Niklas und Ronja! ⚽",
  ["t2-19"], ["Paul", "Niklas", "Ronja"],
  ["Unser neues Trainerteam für die Saison: Paul, Niklas und Ronja! ⚽"],
  "list role")

R("de-015", "de",
  "Herzlichen Glückwunsch an Annika, Moritz und Tabea zum bestandenen Abitur! 🎓 Wir sind so stolz auf euch.",
  ["t2-15", "t2-17", "t2-37"], [],
  ["Herzlichen Glückwunsch zum bestandenen Abitur! 🎓 Wir sind so stolz auf euch.",
   "Herzlichen Glückwunsch an unsere drei zum bestandenen Abitur! 🎓 Wir sind so stolz auf euch."],
  "list prepositional multiple")

R("de-016", "de",
  "Herr Wiegand ist mit der 7c ins Stadtmuseum gefahren und hat die Führung gleich selbst übernommen. 🏺 Die Klasse war begeistert von seinen Geschichten über die Römerzeit.",
  ["t2-40"], [],
  ["Ein Lehrer ist mit der 7c ins Stadtmuseum gefahren und hat die Führung gleich selbst übernommen. 🏺 Die Klasse war begeistert von seinen Geschichten über die Römerzeit."],
  "title subject pronoun line_start")

R("de-017", "de",
  "Yusufs Hochzeitstorte war ein Traum 🍰 – drei Etagen Pistazie und Himbeere!",
  ["t2-19"], [],
  ["Die Hochzeitstorte war ein Traum 🍰 – drei Etagen Pistazie und Himbeere!",
   "Seine Hochzeitstorte war ein Traum 🍰 – drei Etagen Pistazie und Himbeere!"],
  "genitive line_start")

R("de-018", "de",
  "Danke Leonie (@leonie.hartwig) für das wunderschöne Braut-Make-up! 💄✨",
  ["t2-16"], [],
  ["Danke für das wunderschöne Braut-Make-up! 💄✨"],
  "vocative handle_name")

R("de-019", "de",
  "Theos erster Schultag 🎒",
  ["t2-23"], [],
  ["Sein erster Schultag 🎒",
   "Der erste Schultag 🎒"],
  "genitive short_de line_start")

R("de-020", "de",
  "Coach Sven Ostendorf hat unsere Jungs auf die Meisterschaft vorbereitet – und wie! 🏆 Ohne ihn wären wir nie so weit gekommen.",
  ["t2-26"], [],
  ["Unser Coach hat unsere Jungs auf die Meisterschaft vorbereitet – und wie! 🏆 Ohne ihn wären wir nie so weit gekommen.",
   "Der Coach hat unsere Jungs auf die Meisterschaft vorbereitet – und wie! 🏆 Ohne ihn wären wir nie so weit gekommen."],
  "title subject pronoun role line_start")

NL("de-021", "de",
   "Gold für Femke! 🥇",
   ["t2-11"], [],
   "prepositional short_de")

R("de-022", "de",
  "Brautpaar Zofia Wiśniewska und Bartosz Kamiński beim ersten Tanz 💃🕺\nMusik: @bandnachtfalter",
  ["t2-05", "t2-06"], ["@bandnachtfalter"],
  ["Das Brautpaar beim ersten Tanz 💃🕺\nMusik: @bandnachtfalter",
   "Unser Brautpaar beim ersten Tanz 💃🕺\nMusik: @bandnachtfalter"],
  "list role multiple")

R("de-023", "de",
  "Wir wünschen Paulina und Krzysztof alles Liebe für die gemeinsame Zukunft! 💕 #hochzeit",
  ["t2-20"], ["Krzysztof"],
  ["Wir wünschen Krzysztof und seiner Braut alles Liebe für die gemeinsame Zukunft! 💕 #hochzeit",
   "Wir wünschen Krzysztof und seiner Frau alles Liebe für die gemeinsame Zukunft! 💕 #hochzeit"],
  "object list")

R("de-024", "de",
  "Ein riesiges Dankeschön an Carlotta, die beim Sommerfest spontan den Kuchenstand übernommen hat! 🍰",
  ["t2-13"], [],
  ["Ein riesiges Dankeschön an unsere Helferin, die beim Sommerfest spontan den Kuchenstand übernommen hat! 🍰",
   "Ein riesiges Dankeschön an die Helferin, die beim Sommerfest spontan den Kuchenstand übernommen hat! 🍰"],
  "prepositional")

R("de-025", "de",
  "Save the Date! 💌 Am 14.06. geht's für uns nach Lüneburg zur nächsten Sommerhochzeit.\n#femkeundjoris #hochzeitsplanerin",
  ["t2-11", "t2-12"], [],
  ["Save the Date! 💌 Am 14.06. geht's für uns nach Lüneburg zur nächsten Sommerhochzeit.\n#hochzeitsplanerin"],
  "hashtag multiple")

R("de-026", "de",
  "Mit Nesrin und Hamza durch die Weinberge – Verlobungsshooting bei Sonnenuntergang 🍷🌅",
  ["t2-38"], ["Hamza"],
  ["Mit Hamza und seiner Verlobten durch die Weinberge – Verlobungsshooting bei Sonnenuntergang 🍷🌅"],
  "prepositional list line_start")

R("de-027", "de",
  "Unsere neue Auszubildende, Tabea Kröger, verstärkt ab sofort das Team im Salon! 💇‍♀️ Sagt gern Hallo, wenn ihr vorbeikommt.",
  ["t2-37"], [],
  ["Unsere neue Auszubildende verstärkt ab sofort das Team im Salon! 💇‍♀️ Sagt gern Hallo, wenn ihr vorbeikommt."],
  "apposition role subject")

R("de-028", "de",
  "Kims Abschlussball 💃",
  ["t2-33"], [],
  ["Der Abschlussball 💃",
   "Abschlussball 💃"],
  "genitive short_de line_start")

R("de-029", "de",
  "🎂🎈 Happy Birthday an unseren Kerem! 🎈🎂 Heute gibt's Kuchen für alle im Büro 🍰☕",
  ["t2-04"], [],
  ["🎂🎈 Happy Birthday an unseren Kollegen! 🎈🎂 Heute gibt's Kuchen für alle im Büro 🍰☕",
   "🎂🎈 Happy Birthday! 🎈🎂 Heute gibt's Kuchen für alle im Büro 🍰☕"],
  "prepositional")

R("de-030", "de",
  "Prof. Arnold Kessler eröffnete die Ausstellung mit einem Vortrag über Bauhaus-Architektur. 🏛️ Danach ging es zum Sektempfang.",
  ["t2-28"], [],
  ["Ein Professor eröffnete die Ausstellung mit einem Vortrag über Bauhaus-Architektur. 🏛️ Danach ging es zum Sektempfang.",
   "Die Ausstellung wurde mit einem Vortrag über Bauhaus-Architektur eröffnet. 🏛️ Danach ging es zum Sektempfang."],
  "title subject line_start")

R("de-031", "de",
  "Familie Hollmann hat heute ihr neues Zuhause bezogen! 🏡🔑 Wir wünschen viel Glück in den eigenen vier Wänden.",
  ["t2-24"], [],
  ["Eine Familie hat heute ihr neues Zuhause bezogen! 🏡🔑 Wir wünschen viel Glück in den eigenen vier Wänden."],
  "title subject line_start")

NL("de-032", "de",
   "Kennt ihr schon Nesrin? Sie macht die schönsten Blumenkränze in ganz Köln 🌸 und hat uns für die Hochzeit am Samstag ausgestattet.",
   ["t2-38"], [],
   "object pronoun")

R("de-033", "de",
  "Chiara & Matteo, danke, dass wir euch an diesem Tag begleiten durften! 🤍 Eure Hochzeit am Gardasee war pure Magie.",
  ["t2-07", "t2-08"], [],
  ["Liebes Brautpaar, danke, dass wir euch an diesem Tag begleiten durften! 🤍 Eure Hochzeit am Gardasee war pure Magie.",
   "Danke, dass wir euch an diesem Tag begleiten durften! 🤍 Eure Hochzeit am Gardasee war pure Magie."],
  "vocative list multiple line_start")

R("de-034", "de",
  "Wir gratulieren unserer Kollegin Sanne Visser zur bestandenen Meisterprüfung! 🎉👩‍🍳",
  ["t2-29"], [],
  ["Wir gratulieren unserer Kollegin zur bestandenen Meisterprüfung! 🎉👩‍🍳"],
  "object apposition role")

R("de-035", "de",
  "Heute zu Gast im Podcast: Robin Seifert (@robin.seifert) über nachhaltige Mode. 🎙️ Link in Bio!",
  ["t2-32"], [],
  ["Heute im Podcast: nachhaltige Mode. 🎙️ Link in Bio!"],
  "handle_name")

R("de-036", "de",
  "Carlottas Konfirmation 🕊️",
  ["t2-13"], [],
  ["Ihre Konfirmation 🕊️",
   "Die Konfirmation 🕊️"],
  "genitive short_de line_start")

NL("de-037", "de",
   "Paulina und ich 💕",
   ["t2-20"], [],
   "list short_de line_start")

R("de-038", "de",
  "Workshop-Wochenende mit @kostja.wehrle: Portraitlicht, Posing und viel Kaffee ☕📷",
  ["t2-14"], [],
  ["Workshop-Wochenende: Portraitlicht, Posing und viel Kaffee ☕📷"],
  "prepositional")

R("de-039", "de",
  "Ein großes Dankeschön an unsere Hochzeitsplanerin Femke, ohne die nichts so reibungslos gelaufen wäre! 🙌",
  ["t2-11"], [],
  ["Ein großes Dankeschön an unsere Hochzeitsplanerin, ohne die nichts so reibungslos gelaufen wäre! 🙌"],
  "prepositional apposition role")

R("de-040", "de",
  "Unser Bräutigam Bene hat beim Hochzeitstanz keinen einzigen Schritt verpasst 🕺 – dabei hat er erst vor drei Wochen mit dem Tanzkurs angefangen! Marie war begeistert.",
  ["t2-36"], ["Marie"],
  ["Unser Bräutigam hat beim Hochzeitstanz keinen einzigen Schritt verpasst 🕺 – dabei hat er erst vor drei Wochen mit dem Tanzkurs angefangen! Marie war begeistert."],
  "role apposition subject pronoun")

R("de-041", "de",
  "☀️ sommerferien-camp tag 3: heute hat unser betreuer yusuf allen gezeigt, wie man ein floß baut 🛶\n🌊 morgen geht's zum see!",
  ["t2-19"], [],
  ["☀️ sommerferien-camp tag 3: heute hat unser betreuer allen gezeigt, wie man ein floß baut 🛶\n🌊 morgen geht's zum see!"],
  "role apposition subject")

R("de-042", "de",
  "Hochzeit im Kloster Eberbach 🤍\nPlanung: @feiertag.events\nFloristik: Greta Hollmann\nFotos: @johanna.lindemann",
  ["t2-24", "t2-01"], ["@feiertag.events"],
  ["Hochzeit im Kloster Eberbach 🤍\nPlanung: @feiertag.events"],
  "role multiple")

R("de-043", "de",
  "Unsere Abteilungsleiterin Paulina Nowicka überreichte die Pokale an die Sieger des Vereinsturniers. 🏆 Glückwunsch an alle!",
  ["t2-20"], [],
  ["Die Pokale wurden an die Sieger des Vereinsturniers überreicht. 🏆 Glückwunsch an alle!"],
  "apposition role subject")

R("de-044", "de",
  "Bewerbungsfotos für @alex.rieger 📸",
  ["t2-31"], [],
  ["Bewerbungsfotos 📸"],
  "prepositional short_de")

R("de-045", "de",
  "Vier Generationen auf einem Bild: Uroma Hedwig, Oma Ute, Mama Jule und die kleine Mila 💕",
  ["t2-25"], ["Ute", "Jule", "Mila"],
  ["Vier Generationen auf einem Bild: Uroma, Oma Ute, Mama Jule und die kleine Mila 💕"],
  "title list")

R("de-046", "de",
  "Beim Flohmarkt haben wir Ruben getroffen, der seit Jahren die schönsten Vinylplatten verkauft. 🎶",
  ["t2-30"], [],
  ["Beim Flohmarkt haben wir jemanden getroffen, der seit Jahren die schönsten Vinylplatten verkauft. 🎶",
   "Beim Flohmarkt haben wir einen Händler getroffen, der seit Jahren die schönsten Vinylplatten verkauft. 🎶"],
  "object")

R("de-047", "de",
  "Die 4a hat mit Frau Strobel ein Insektenhotel gebaut! 🐝🪵",
  ["t2-15"], [],
  ["Die 4a hat ein Insektenhotel gebaut! 🐝🪵",
   "Die 4a hat mit ihrer Lehrerin ein Insektenhotel gebaut! 🐝🪵"],
  "title prepositional")

R("de-048", "de",
  "Liebe Merve, danke für 5 Jahre im Café! ☕ Du hast jeden Morgen unsere Gäste zum Lachen gebracht. Alles Gute für deinen neuen Weg 💛",
  ["t2-03"], [],
  ["Danke für 5 Jahre im Café! ☕ Du hast jeden Morgen unsere Gäste zum Lachen gebracht. Alles Gute für deinen neuen Weg 💛",
   "Liebe Kollegin, danke für 5 Jahre im Café! ☕ Du hast jeden Morgen unsere Gäste zum Lachen gebracht. Alles Gute für deinen neuen Weg 💛"],
  "vocative pronoun line_start")

R("de-049", "de",
  "Ein Abend mit Carlotta Reinholz: Lesung aus ihrem neuen Roman im @buchladen.am.markt 📖",
  ["t2-13"], ["@buchladen.am.markt"],
  ["Ein Abend mit einer Autorin: Lesung aus ihrem neuen Roman im @buchladen.am.markt 📖"],
  "prepositional pronoun")

R("de-050", "de",
  "Gretas Tor in der 89. Minute hat uns den Aufstieg gesichert! ⚽🔥",
  ["t2-24"], [],
  ["Ihr Tor in der 89. Minute hat uns den Aufstieg gesichert! ⚽🔥",
   "Das Tor in der 89. Minute hat uns den Aufstieg gesichert! ⚽🔥"],
  "genitive line_start")

R("de-051", "de",
  "Harriet und Rupert, die sich vor zehn Jahren in unserem Café kennengelernt haben, feiern heute ihre Hochzeit bei uns! 🥂☕",
  ["t2-09", "t2-10"], [],
  ["Die beiden, die sich vor zehn Jahren in unserem Café kennengelernt haben, feiern heute ihre Hochzeit bei uns! 🥂☕",
   "Das Brautpaar, das sich vor zehn Jahren in unserem Café kennengelernt hat, feiert heute seine Hochzeit bei uns! 🥂☕"],
  "subject list pronoun multiple line_start")

R("de-052", "de",
  "Joris' Gesellenstück 🪚",
  ["t2-12"], [],
  ["Sein Gesellenstück 🪚",
   "Das Gesellenstück 🪚"],
  "genitive short_de line_start")

R("de-053", "de",
  "Unser Team beim Firmenlauf: Niklas, Kerem, Clara, Robin und Ilse 🏃‍♀️🏃",
  ["t2-04", "t2-32"], ["Niklas", "Clara", "Ilse"],
  ["Unser Team beim Firmenlauf: Niklas, Clara und Ilse 🏃‍♀️🏃"],
  "list multiple")

NL("de-054", "de",
   "#paulinaundkrzysztof 💍✨",
   ["t2-20"], [],
   "hashtag short_de")

R("de-055", "de",
  "Wir durften Sanne und Daan in Utrecht begleiten – eine Hochzeit voller Fahrräder, Tulpen und Tränen 🌷🚲",
  ["t2-29"], ["Daan"],
  ["Wir durften Daan und seine Braut in Utrecht begleiten – eine Hochzeit voller Fahrräder, Tulpen und Tränen 🌷🚲"],
  "object list")

R("de-056", "de",
  "Lieber Herr Dr. Kessler, vielen Dank für 25 Jahre in unserer Praxis!\nIhr Team 🌷",
  ["t2-28"], [],
  ["Vielen Dank für 25 Jahre in unserer Praxis!\nIhr Team 🌷",
   "Lieber Herr Doktor, vielen Dank für 25 Jahre in unserer Praxis!\nIhr Team 🌷"],
  "vocative title line_start")

R("de-057", "de",
  "Kim hat die Gesellenprüfung bestanden! 🎉 Wir sind mega stolz.\n#teamkim #tischlerei #ausbildung",
  ["t2-33"], [],
  ["Die Gesellenprüfung ist bestanden! 🎉 Wir sind mega stolz.\n#tischlerei #ausbildung",
   "Unser Azubi hat die Gesellenprüfung bestanden! 🎉 Wir sind mega stolz.\n#tischlerei #ausbildung"],
  "subject hashtag line_start")

R("de-058", "de",
  "Die Sieger*innen des Vorlesewettbewerbs: Elias (3a), Theo (4b) und Amelie (4c)! 📚🏅",
  ["t2-23"], ["Elias", "Amelie"],
  ["Die Sieger*innen des Vorlesewettbewerbs: Elias (3a) und Amelie (4c)! 📚🏅"],
  "list")

R("de-059", "de",
  "🌸🌸🌸 Frühlingsmarkt 🌸🌸🌸\nMit dabei: Keramik von @toepferei.lehm, Kerzen von Tabea und Honig von Imker Heiko 🐝🍯",
  ["t2-37"], ["@toepferei.lehm", "Heiko"],
  ["🌸🌸🌸 Frühlingsmarkt 🌸🌸🌸\nMit dabei: Keramik von @toepferei.lehm und Honig von Imker Heiko 🐝🍯"],
  "list prepositional")

NL("de-060", "de",
   "Moritz steht seit 20 Jahren jeden Samstag mit seinem Grill auf dem Wochenmarkt in Bochum. 🌭 Ohne ihn wäre der Markt nicht dasselbe!",
   ["t2-17"], [],
   "subject pronoun line_start")

R("de-061", "de",
  "Pfarrer Wiegand hat Clara und Fabian in St. Marien getraut 💒",
  ["t2-40"], ["Clara", "Fabian"],
  ["Clara und Fabian wurden in St. Marien getraut 💒",
   "Der Pfarrer hat Clara und Fabian in St. Marien getraut 💒"],
  "title subject role line_start")

R("de-062", "de",
  "Lorenzo ist da! 👶💙",
  ["t2-39"], [],
  ["Er ist da! 👶💙"],
  "subject short_de line_start")

R("de-063", "de",
  "Die neue Kollektion von Nesrin Acar (@nesrin.acar) ist da! 👗 Ab Samstag in unserem Laden.",
  ["t2-38"], [],
  ["Die neue Kollektion ist da! 👗 Ab Samstag in unserem Laden."],
  "prepositional handle_name")

R("de-064", "de",
  "Alex & Kim 💍 Verlobt! Und wir durften das Shooting machen 📷\n#alexundkim #verlobungsshooting",
  ["t2-31", "t2-33"], [],
  ["💍 Verlobt! Und wir durften das Shooting machen 📷\n#verlobungsshooting"],
  "list hashtag multiple line_start")

# ================================================================ English
R("en-001", "en",
  "Imogen said yes! 💍 George popped the question on the cliffs at Tintagel at sunrise.",
  ["t2-22"], ["George"],
  ["She said yes! 💍 George popped the question on the cliffs at Tintagel at sunrise."],
  "subject line_start")

R("en-002", "en",
  "Hattie & Rupert's wedding at Aynhoe Park 🤍 What a day!",
  ["t2-09", "t2-10"], [],
  ["The wedding at Aynhoe Park 🤍 What a day!",
   "A wedding at Aynhoe Park 🤍 What a day!"],
  "genitive list multiple line_start")

R("en-003", "en",
  "We met Callum at the Brighton Marathon expo and he told us all about his 100-day running streak! 🏃‍♂️",
  ["t2-35"], [],
  ["We met a runner at the Brighton Marathon expo and he told us all about his 100-day running streak! 🏃‍♂️",
   "We met someone at the Brighton Marathon expo and he told us all about his 100-day running streak! 🏃‍♂️"],
  "object pronoun")

R("en-004", "en",
  "Quentin, thank you for the most beautiful flowers for our shop window 🌻 You're a star!",
  ["t2-21"], [],
  ["Thank you for the most beautiful flowers for our shop window 🌻 You're a star!"],
  "vocative line_start")

R("en-005", "en",
  "Spring vows in the orchard 🌸\nPhotography: Eleanor Hastings (@nell.hastings)\nVenue: @theoldbarn.kent",
  ["t2-34"], ["@theoldbarn.kent"],
  ["Spring vows in the orchard 🌸\nVenue: @theoldbarn.kent"],
  "handle_name role")

R("en-006", "en",
  "Matteo's tiramisu won the bake-off again 🏆🍰 Third year running!",
  ["t2-08"], [],
  ["The tiramisu won the bake-off again 🏆🍰 Third year running!",
   "This tiramisu won the bake-off again 🏆🍰 Third year running!"],
  "genitive line_start")

R("en-007", "en",
  "Huge congrats to our new black belts: Oscar, Femke, Levi and Poppy! 🥋",
  ["t2-11"], ["Oscar", "Levi", "Poppy"],
  ["Huge congrats to our new black belts: Oscar, Levi and Poppy! 🥋"],
  "list prepositional")

R("en-008", "en",
  "Shoutout to Robin and Alex for running the bake sale all weekend! 🧁 You two raised £640 for the food bank.",
  ["t2-32", "t2-31"], [],
  ["Shoutout to these two for running the bake sale all weekend! 🧁 You two raised £640 for the food bank.",
   "Shoutout to our volunteers for running the bake sale all weekend! 🧁 You two raised £640 for the food bank."],
  "list prepositional multiple")

R("en-009", "en",
  "A huge thank you to Coach Ruben Mulder, who has led our U14 girls for six seasons. ⚽ We'll miss you, Coach!",
  ["t2-30"], [],
  ["A huge thank you to our coach, who has led our U14 girls for six seasons. ⚽ We'll miss you, Coach!"],
  "title prepositional role")

R("en-010", "en",
  "Early shift with Joris, who has been shaping croissants since 4am 🥐☕",
  ["t2-12"], [],
  ["Early shift with our baker, who has been shaping croissants since 4am 🥐☕"],
  "prepositional")

R("en-011", "en",
  "Paulina ran her first marathon in 3:58 today! 🏅 She trained through the whole winter with our Tuesday group.",
  ["t2-20"], [],
  ["One of our members ran her first marathon in 3:58 today! 🏅 She trained through the whole winter with our Tuesday group."],
  "subject pronoun line_start")

R("en-012", "en",
  "Thanks @matteo_ferraro for the amazing food truck at our summer party! 🍕🚚",
  ["t2-08"], [],
  ["Thanks for the amazing food truck at our summer party! 🍕🚚"],
  "vocative")

R("en-013", "en",
  "Femke & Joris tied the knot in Amsterdam 🚲💐\n#femkeandjoris #canalwedding #amsterdamwedding",
  ["t2-11", "t2-12"], [],
  ["The couple tied the knot in Amsterdam 🚲💐\n#canalwedding #amsterdamwedding",
   "These two tied the knot in Amsterdam 🚲💐\n#canalwedding #amsterdamwedding"],
  "subject list hashtag multiple line_start")

R("en-014", "en",
  "My sister, Chiara Colombo, made this cake for my 30th 🎂 and it tasted as good as it looks!",
  ["t2-07"], [],
  ["My sister made this cake for my 30th 🎂 and it tasted as good as it looks!"],
  "apposition role subject")

R("en-015", "en",
  "Kim's first piano recital 🎹👏",
  ["t2-33"], [],
  ["First piano recital 🎹👏"],
  "genitive line_start")

NL("en-016", "en",
   "Happy birthday to the one and only Hattie Whitfield!! 🎉🎉",
   ["t2-09"], [],
   "prepositional")

R("en-017", "en",
  "We were thrilled to photograph Imogen and her bridesmaids before the ceremony 💐",
  ["t2-22"], [],
  ["We were thrilled to photograph the bride and her bridesmaids before the ceremony 💐"],
  "object pronoun")

R("en-018", "en",
  "🍂 cosy sunday at the shop with @hattie.whitfield and her pup bramble 🐶\n☕ pumpkin spice is back, obviously",
  ["t2-09"], ["bramble"],
  ["🍂 cosy sunday at the shop with a friend and her pup bramble 🐶\n☕ pumpkin spice is back, obviously"],
  "prepositional pronoun")

R("en-019", "en",
  "Welcome to the world, little Ada! Congratulations to Mr & Mrs Rees 👶🎀",
  ["t2-35"], ["Ada"],
  ["Welcome to the world, little Ada! Congratulations to the new parents 👶🎀",
   "Welcome to the world, little Ada! Congratulations to mum and dad 👶🎀"],
  "title prepositional")

R("en-020", "en",
  "Alex has been with our animal shelter every Saturday for five years. They've walked more dogs than anyone can count! 🐕💛",
  ["t2-31"], [],
  ["One of our volunteers has been with our animal shelter every Saturday for five years. They've walked more dogs than anyone can count! 🐕💛"],
  "subject pronoun line_start")

R("en-021", "en",
  "Golden hour in the dunes 🌾\nShot by @robin.seifert\nModel: Freya",
  ["t2-32"], ["Freya"],
  ["Golden hour in the dunes 🌾\nModel: Freya"],
  "role")

R("en-022", "en",
  "Our groom Lorenzo surprised everyone with a speech in English, Italian and Welsh 🎤 Marie had no idea he'd been practising for months!",
  ["t2-39"], ["Marie"],
  ["Our groom surprised everyone with a speech in English, Italian and Welsh 🎤 Marie had no idea he'd been practising for months!"],
  "role apposition subject pronoun")

R("en-023", "en",
  "Meet the team behind tonight's gala: Hugo (lights), Sanne (sound) and Ruby (stage) ✨",
  ["t2-29"], ["Hugo", "Ruby"],
  ["Meet the team behind tonight's gala: Hugo (lights) and Ruby (stage) ✨"],
  "list")

R("en-024", "en",
  "Go check out @quentinmallory's new ceramics shop – the mugs are gorgeous ☕",
  ["t2-21"], [],
  ["Go check out this new ceramics shop – the mugs are gorgeous ☕",
   "Go check out the new ceramics shop – the mugs are gorgeous ☕"],
  "genitive")

NL("en-025", "en",
   "📸 by Bartek (@bartek.kaminski)",
   ["t2-06"], [],
   "handle_name role")

R("en-026", "en",
  "With Dilara at the Christmas market in Nuremberg 🎄✨ Mulled wine o'clock!",
  ["t2-18"], [],
  ["At the Christmas market in Nuremberg 🎄✨ Mulled wine o'clock!"],
  "prepositional line_start")

R("en-027", "en",
  "Congratulations, Leonie! You've officially passed your driving test 🚗 Watch out, Leeds!",
  ["t2-16"], [],
  ["Congratulations! You've officially passed your driving test 🚗 Watch out, Leeds!"],
  "vocative")

R("en-028", "en",
  "Zofia and Bartosz got engaged in Kraków last week and we got to capture it! 📷💍",
  ["t2-05", "t2-06"], [],
  ["These two got engaged in Kraków last week and we got to capture it! 📷💍",
   "This couple got engaged in Kraków last week and we got to capture it! 📷💍"],
  "subject list multiple line_start")

R("en-029", "en",
  "Great win today under our new head coach, Sven Ostendorf (@sven.ostendorf)! 🏉 He's now unbeaten in five games.",
  ["t2-26"], [],
  ["Great win today under our new head coach! 🏉 He's now unbeaten in five games."],
  "apposition handle_name role pronoun prepositional")

R("en-030", "en",
  "Nana Hedwig turned 95 today and still beat us all at Scrabble 🎂",
  ["t2-25"], [],
  ["Nana turned 95 today and still beat us all at Scrabble 🎂",
   "Our nana turned 95 today and still beat us all at Scrabble 🎂"],
  "title subject line_start")

R("en-031", "en",
  "Nesrin's henna night was unforgettable 💃🌙 Thank you for having us!",
  ["t2-38"], [],
  ["The henna night was unforgettable 💃🌙 Thank you for having us!"],
  "genitive line_start")

R("en-032", "en",
  "We wish Theo and Francesca a lifetime of happiness! 🥂 #weddingday",
  ["t2-23"], ["Francesca"],
  ["We wish Francesca and her groom a lifetime of happiness! 🥂 #weddingday",
   "We wish Francesca and her husband a lifetime of happiness! 🥂 #weddingday"],
  "object list")

R("en-033", "en",
  "Kerem and Yusuf opened their second barbershop this week! ✂️ Go say hi, they've got free coffee.",
  ["t2-04", "t2-19"], [],
  ["These two opened their second barbershop this week! ✂️ Go say hi, they've got free coffee."],
  "subject list pronoun multiple line_start")

NL("en-034", "en",
   "@imogen.pryce 😍😍😍",
   ["t2-22"], [],
   "vocative line_start")

R("en-035", "en",
  "Omg Harriet you look stunning!! 😭❤️",
  ["t2-09"], [],
  ["Omg you look stunning!! 😭❤️"],
  "vocative")

R("en-036", "en",
  "Our maid of honour, Greta, gave the funniest speech of the night 😂🎤",
  ["t2-24"], [],
  ["Our maid of honour gave the funniest speech of the night 😂🎤"],
  "apposition role subject")

R("en-037", "en",
  "Join us on Thursday for a talk by Professor Arnold Kessler on the history of the canal 🛶 Free entry, tea provided.",
  ["t2-28"], [],
  ["Join us on Thursday for a talk on the history of the canal 🛶 Free entry, tea provided.",
   "Join us on Thursday for a talk by a professor on the history of the canal 🛶 Free entry, tea provided."],
  "title prepositional")

NL("en-038", "en",
   "Eleanor, who has run our Thursday knitting circle since 2009, is stepping down this month 🧶 We'll miss her!",
   ["t2-34"], [],
   "subject pronoun line_start")

R("en-039", "en",
  "Cake by @tabea.kroeger, flowers by @wildstemsstudio, venue @hawthornhall 💐🎂",
  ["t2-37"], ["@wildstemsstudio", "@hawthornhall"],
  ["Flowers by @wildstemsstudio, venue @hawthornhall 💐🎂"],
  "prepositional role")

R("en-040", "en",
  "Callum popped the question to Freya at the top of Arthur's Seat! 💍🏔️\n#freyaandcallum #edinburghengagement",
  ["t2-35"], ["Freya"],
  ["Freya's boyfriend popped the question at the top of Arthur's Seat! 💍🏔️\n#edinburghengagement",
   "Freya's partner popped the question at the top of Arthur's Seat! 💍🏔️\n#edinburghengagement"],
  "subject hashtag line_start")

R("en-041", "en",
  "Ruben's flat white art is getting out of hand 😂☕ Today: a tiny dachshund.",
  ["t2-30"], [],
  ["The flat white art is getting out of hand 😂☕ Today: a tiny dachshund."],
  "genitive line_start")

R("en-042", "en",
  "Bridal party goals 👗✨ Bridesmaids Poppy, Nesrin and Carla with our bride Amelie",
  ["t2-38"], ["Poppy", "Carla", "Amelie"],
  ["Bridal party goals 👗✨ Bridesmaids Poppy and Carla with our bride Amelie"],
  "list role")

R("en-043", "en",
  "Commissioned portrait for Konstantin – oil on linen, 60×80 cm 🎨",
  ["t2-14"], [],
  ["Commissioned portrait – oil on linen, 60×80 cm 🎨"],
  "prepositional")

R("en-044", "en",
  "Felix, you cried before Johanna even reached the aisle 😭🤍 Best groom reaction ever.",
  ["t2-02", "t2-01"], [],
  ["You cried before your bride even reached the aisle 😭🤍 Best groom reaction ever.",
   "You cried before the bride even reached the aisle 😭🤍 Best groom reaction ever."],
  "vocative subject multiple line_start")

R("en-045", "en",
  "Graduation portraits for Merve Yıldırım (@merve.yildirim) 🎓 Congrats on your MSc!",
  ["t2-03"], [],
  ["Graduation portraits 🎓 Congrats on your MSc!"],
  "prepositional handle_name")

NL("en-046", "en",
   "🎉🎉 HAPPY 40TH ANNIKA 🎉🎉 🥂🥂🥂",
   ["t2-15"], [],
   "vocative")

R("en-047", "en",
  "Auntie Carlotta's famous lasagne 🍝 – recipe in the comments!",
  ["t2-13"], [],
  ["Auntie's famous lasagne 🍝 – recipe in the comments!",
   "My auntie's famous lasagne 🍝 – recipe in the comments!"],
  "title genitive line_start")

R("en-048", "en",
  "Mr Bakker's Year 5 class planted 200 bulbs in the school garden today 🌷",
  ["t2-12"], [],
  ["Our Year 5 class planted 200 bulbs in the school garden today 🌷",
   "A Year 5 class planted 200 bulbs in the school garden today 🌷"],
  "title genitive line_start")

R("en-049", "en",
  "The new playground is finally open! 🛝 We couldn't have done it without you, Theo.",
  ["t2-23"], [],
  ["The new playground is finally open! 🛝 We couldn't have done it without you."],
  "vocative")

R("en-050", "en",
  "Say hello to Yusuf! He's joining our kitchen team as sous chef from Monday 👨‍🍳",
  ["t2-19"], [],
  ["Say hello to our new colleague! He's joining our kitchen team as sous chef from Monday 👨‍🍳",
   "Say hello to our new team member! He's joining our kitchen team as sous chef from Monday 👨‍🍳"],
  "prepositional pronoun role")

R("en-051", "en",
  "☕ hot take: @kostja.wehrle's cinnamon buns > every other cinnamon bun in leipzig. i will not be taking questions",
  ["t2-14"], [],
  ["☕ hot take: these cinnamon buns > every other cinnamon bun in leipzig. i will not be taking questions"],
  "genitive")

R("en-052", "en",
  "😍 obsessed with this look @femke.jansen",
  ["t2-11"], [],
  ["😍 obsessed with this look"],
  "vocative")

NL("en-053", "en",
   "Hair & make-up: Leonie Hartwig 💄",
   ["t2-16"], [],
   "role")

R("en-054", "en",
  "Quentin and his bride Ruby left the church under a shower of lavender 💜",
  ["t2-21"], ["Ruby"],
  ["The groom and his bride Ruby left the church under a shower of lavender 💜",
   "Ruby and her groom left the church under a shower of lavender 💜"],
  "subject list pronoun role line_start")

R("en-055", "en",
  "Big thanks to our neighbour Arnold, who fixed the café sign after the storm 🔨🌧️",
  ["t2-28"], [],
  ["Big thanks to our neighbour, who fixed the café sign after the storm 🔨🌧️"],
  "prepositional apposition role")

R("en-056", "en",
  "Sanne and I finally made it to Lisbon! 🇵🇹☀️",
  ["t2-29"], [],
  ["We finally made it to Lisbon! 🇵🇹☀️"],
  "subject list line_start")

R("en-057", "en",
  "Rupert Ashdown (@rupertashdown) and I teamed up for this recipe: brown butter gnocchi 🧈🥔 Full video on YouTube!",
  ["t2-10"], [],
  ["A friend and I teamed up for this recipe: brown butter gnocchi 🧈🥔 Full video on YouTube!",
   "We teamed up for this recipe: brown butter gnocchi 🧈🥔 Full video on YouTube!"],
  "handle_name subject list line_start")

R("en-058", "en",
  "Our 2024 committee: Imogen Pryce, Callum Rees and Eleanor Hastings 👏",
  ["t2-22", "t2-35", "t2-34"], [],
  ["Our 2024 committee 👏"],
  "list multiple")

R("en-059", "en",
  "Went climbing with @joris.bakker today 🧗 He convinced me to try the overhang – never again 😅",
  ["t2-12"], [],
  ["Went climbing with a friend today 🧗 He convinced me to try the overhang – never again 😅"],
  "prepositional pronoun")

R("en-060", "en",
  "Sanne's bouquet: peonies, sweet peas and a sprig of rosemary from her grandmother's garden 💐 #bridalbouquet",
  ["t2-29"], [],
  ["The bride's bouquet: peonies, sweet peas and a sprig of rosemary from her grandmother's garden 💐 #bridalbouquet"],
  "genitive pronoun line_start")

NL("en-061", "en",
   "#teamtheo 💪💪",
   ["t2-23"], [],
   "hashtag line_start")

R("en-062", "en",
  "Dr. Lehnhardt will be running a free skin check clinic at the pharmacy this Saturday 🩺",
  ["t2-33"], [],
  ["A doctor will be running a free skin check clinic at the pharmacy this Saturday 🩺",
   "There will be a free skin check clinic at the pharmacy this Saturday 🩺"],
  "title subject line_start")

R("en-063", "en",
  "Eleanor & Archie 🤍 A winter wedding at Hever Castle\n#eleanorandarchie #winterwedding #heverwedding",
  ["t2-34"], ["Archie"],
  ["Archie and his bride 🤍 A winter wedding at Hever Castle\n#winterwedding #heverwedding",
   "Archie & his bride 🤍 A winter wedding at Hever Castle\n#winterwedding #heverwedding"],
  "list hashtag line_start")

R("en-064", "en",
  "Sending love to Kerem and his family today 💙",
  ["t2-04"], [],
  ["Sending love to a friend and his family today 💙"],
  "prepositional pronoun")

# ================================================================ mixed German/English
R("mx-001", "mixed",
  "Just married! 💍 Dilara & Kaan – ihr wart einfach zauberhaft 🤍\n#weddingphotographer #hochzeitsfotograf",
  ["t2-18"], ["Kaan"],
  ["Just married! 💍 Kaan & seine Braut – ihr wart einfach zauberhaft 🤍\n#weddingphotographer #hochzeitsfotograf",
   "Just married! 💍 Kaan und seine Braut – ihr wart einfach zauberhaft 🤍\n#weddingphotographer #hochzeitsfotograf"],
  "list vocative")

NL("mx-002", "mixed",
   "Happy birthday, Kostja! 🎂 Auf ein weiteres Jahr voller Abenteuer 🏔️",
   ["t2-14"], [],
   "vocative")

R("mx-003", "mixed",
  "Behind the scenes mit @chiara.colombo 🎬 Heute drehen wir die neue Kampagne für unser Café!",
  ["t2-07"], [],
  ["Behind the scenes 🎬 Heute drehen wir die neue Kampagne für unser Café!"],
  "prepositional")

R("mx-004", "mixed",
  "Unser Coach Sven hat heute seinen 50. Geburtstag – happy birthday, Coach! 🎉⚽",
  ["t2-26"], [],
  ["Unser Coach hat heute seinen 50. Geburtstag – happy birthday, Coach! 🎉⚽"],
  "title role subject pronoun")

R("mx-005", "mixed",
  "Save the date 💌 Chiara & Matteo heiraten am 12. September in Verona! #chiaraematteo",
  ["t2-07", "t2-08"], [],
  ["Save the date 💌 Die beiden heiraten am 12. September in Verona!",
   "Save the date 💌 Unser Brautpaar heiratet am 12. September in Verona!"],
  "subject list hashtag multiple")

R("mx-006", "mixed",
  "Shooting mit Tabea heute im Studio – new headshots incoming 📸✨",
  ["t2-37"], [],
  ["Shooting heute im Studio – new headshots incoming 📸✨"],
  "prepositional")

R("mx-007", "mixed",
  "Danke an alle, die zum Charity Run kamen! 🏃 Special thanks to Robin, Ilse und Jule fürs Organisieren 🙌",
  ["t2-32"], ["Ilse", "Jule"],
  ["Danke an alle, die zum Charity Run kamen! 🏃 Special thanks to Ilse und Jule fürs Organisieren 🙌"],
  "list prepositional")

R("mx-008", "mixed",
  "Felix' Geburtstagsparty war next level 🔥🎈",
  ["t2-02"], [],
  ["Die Geburtstagsparty war next level 🔥🎈",
   "Seine Geburtstagsparty war next level 🔥🎈"],
  "genitive line_start")

R("mx-009", "mixed",
  "Outfit of the day by @nesrin.acar – Vintage-Jacke vom Flohmarkt, Boots von Oma 🧥👢",
  ["t2-38"], [],
  ["Outfit of the day – Vintage-Jacke vom Flohmarkt, Boots von Oma 🧥👢"],
  "prepositional")

R("mx-010", "mixed",
  "Unsere Braut Zofia wollte unbedingt eine Pierogi-Station beim Empfang – best idea ever! 🥟",
  ["t2-05"], [],
  ["Unsere Braut wollte unbedingt eine Pierogi-Station beim Empfang – best idea ever! 🥟"],
  "role apposition subject")

R("mx-011", "mixed",
  "Welcome to the team, Moritz! 🎉 Ab Montag verstärkt er unser Social-Media-Team.",
  ["t2-17"], [],
  ["Welcome to the team! 🎉 Ab Montag verstärkt ein neuer Kollege unser Social-Media-Team."],
  "vocative pronoun")

R("mx-012", "mixed",
  "✨ sunday reset mit greta (@greta.hollmann): yoga, matcha & ganz viel quatschen 🍵🧘‍♀️",
  ["t2-24"], [],
  ["✨ sunday reset: yoga, matcha & ganz viel quatschen 🍵🧘‍♀️"],
  "prepositional handle_name")

R("mx-013", "mixed",
  "Congrats an unsere Absolvent*innen: Lotte, Benedikt, Mila und Hugo! 🎓 So proud of you.",
  ["t2-36"], ["Lotte", "Mila", "Hugo"],
  ["Congrats an unsere Absolvent*innen: Lotte, Mila und Hugo! 🎓 So proud of you."],
  "list prepositional")

R("mx-014", "mixed",
  "Paulina, unsere neue Barista aus Gdańsk, hat heute ihren ersten Latte-Art-Contest gewonnen ☕🏆 So proud!",
  ["t2-20"], [],
  ["Unsere neue Barista aus Gdańsk hat heute ihren ersten Latte-Art-Contest gewonnen ☕🏆 So proud!"],
  "apposition role subject pronoun line_start")

R("mx-015", "mixed",
  "Throwback zu Harriets Hen Party in Brighton 🥂👯‍♀️",
  ["t2-09"], [],
  ["Throwback zur Hen Party in Brighton 🥂👯‍♀️"],
  "genitive prepositional")

R("mx-016", "mixed",
  "Annika & Bene haben sich vor fünf Jahren in unserem Tanzkurs kennengelernt – und heute haben sie geheiratet! 💃🕺 We love a good love story.",
  ["t2-15", "t2-36"], [],
  ["Die beiden haben sich vor fünf Jahren in unserem Tanzkurs kennengelernt – und heute haben sie geheiratet! 💃🕺 We love a good love story."],
  "subject list pronoun multiple line_start")

R("mx-017", "mixed",
  "Credits 📸\nFotograf: Lorenzo Bianchi (@lorenzo.bianchi)\nMUA: @glowbyjule\nDress: @atelier.weiss",
  ["t2-39"], ["@glowbyjule", "@atelier.weiss"],
  ["Credits 📸\nMUA: @glowbyjule\nDress: @atelier.weiss"],
  "handle_name role")

R("mx-018", "mixed",
  "Ein riesiges Thank you an Dr. Seifert für den Erste-Hilfe-Kurs 🚑 Jetzt wissen alle Kids, was im Notfall zu tun ist!",
  ["t2-32"], [],
  ["Ein riesiges Thank you für den Erste-Hilfe-Kurs 🚑 Jetzt wissen alle Kids, was im Notfall zu tun ist!"],
  "title prepositional")

R("mx-019", "mixed",
  "Girls' night mit Imogen, Selin und Carla 🍸💅",
  ["t2-22"], ["Selin", "Carla"],
  ["Girls' night mit Selin und Carla 🍸💅"],
  "prepositional list")

R("mx-020", "mixed",
  "Endlich wieder Training! 💪 Who's coming on Thursday?\n#teamleonie #fitnessberlin",
  ["t2-16"], [],
  ["Endlich wieder Training! 💪 Who's coming on Thursday?\n#fitnessberlin"],
  "hashtag")

R("mx-021", "mixed",
  "She said ja! 💍 Tabea und Malte haben sich am Strand von Sylt verlobt 🌊",
  ["t2-37"], ["Malte"],
  ["She said ja! 💍 Malte und seine Freundin haben sich am Strand von Sylt verlobt 🌊",
   "She said ja! 💍 Malte und seine Verlobte haben sich am Strand von Sylt verlobt 🌊"],
  "subject list pronoun")

R("mx-022", "mixed",
  "Vielen Dank an @bartek.kaminski for the amazing drone shots 🚁",
  ["t2-06"], [],
  ["Vielen Dank for the amazing drone shots 🚁"],
  "prepositional")

R("mx-023", "mixed",
  "Frau Hartwig und ihre 3b beim Sponsored Walk 🚶‍♀️🚶 Over 400 € raised!",
  ["t2-16"], [],
  ["Die 3b beim Sponsored Walk 🚶‍♀️🚶 Over 400 € raised!",
   "Die 3b und ihre Lehrerin beim Sponsored Walk 🚶‍♀️🚶 Over 400 € raised!"],
  "title list pronoun line_start")

R("mx-024", "mixed",
  "🌈🌈 Pride Parade 2024 🌈🌈 mit Kim, Alex und der ganzen Crew 🏳️‍🌈💃",
  ["t2-33", "t2-31"], [],
  ["🌈🌈 Pride Parade 2024 🌈🌈 mit der ganzen Crew 🏳️‍🌈💃"],
  "list prepositional multiple")

R("mx-025", "mixed",
  "Liebe Johanna, lieber Felix – thank you for trusting us with your big day! 🤍",
  ["t2-01", "t2-02"], [],
  ["Liebes Brautpaar – thank you for trusting us with your big day! 🤍",
   "Thank you for trusting us with your big day! 🤍"],
  "vocative list multiple line_start")

R("mx-026", "mixed",
  "Giveaway! 🎁 Gewinnt ein Shooting mit unserer Fotografin Sanne Visser 📸 Teilnahme bis Sonntag – good luck!",
  ["t2-29"], [],
  ["Giveaway! 🎁 Gewinnt ein Shooting mit unserer Fotografin 📸 Teilnahme bis Sonntag – good luck!"],
  "prepositional apposition role")

R("mx-027", "mixed",
  "Ruben, you legend 😂 Danke fürs Aufräumen nach der Party!",
  ["t2-30"], [],
  ["You legend 😂 Danke fürs Aufräumen nach der Party!"],
  "vocative line_start")

NL("mx-028", "mixed",
   "Wer erkennt Konstantin auf diesem Foto? 😄 Tag him!",
   ["t2-14"], [],
   "object pronoun")

R("mx-029", "mixed",
  "Carlottas Gin-Tasting war ein voller Erfolg 🍸 Cheers to many more!",
  ["t2-13"], [],
  ["Das Gin-Tasting war ein voller Erfolg 🍸 Cheers to many more!",
   "Ihr Gin-Tasting war ein voller Erfolg 🍸 Cheers to many more!"],
  "genitive line_start")

R("mx-030", "mixed",
  "Heute haben wir Quentin aus London zu Gast – he's teaching our first Latte Art Workshop auf Englisch ☕",
  ["t2-21"], [],
  ["Heute haben wir jemanden aus London zu Gast – he's teaching our first Latte Art Workshop auf Englisch ☕",
   "Heute haben wir einen Barista aus London zu Gast – he's teaching our first Latte Art Workshop auf Englisch ☕"],
  "object pronoun")

R("mx-031", "mixed",
  "First look! 👀 Als Rupert Harriet zum ersten Mal im Kleid sah, flossen Tränen 😭🤍",
  ["t2-10", "t2-09"], [],
  ["First look! 👀 Als der Bräutigam die Braut zum ersten Mal im Kleid sah, flossen Tränen 😭🤍",
   "First look! 👀 Als der Bräutigam seine Braut zum ersten Mal im Kleid sah, flossen Tränen 😭🤍"],
  "subject object multiple")

R("mx-032", "mixed",
  "Neues Reel mit Ruben Mulder (@ruben.mulder) – check it out! 🎥 Wir zeigen euch unsere Lieblings-Spots in Rotterdam.",
  ["t2-30"], [],
  ["Neues Reel – check it out! 🎥 Wir zeigen euch unsere Lieblings-Spots in Rotterdam."],
  "prepositional handle_name")


# ---------------------------------------------------------------- write
def main():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OPTOUT_PATH, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "handles", "gender"])
        for row in OPTOUT:
            w.writerow(row)
    with open(SET_PATH, "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    langs = {}
    for r in RECORDS:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    print(f"{len(RECORDS)} captions {langs}, {len(OPTOUT)} people, "
          f"{sum(r['nothing_left'] for r in RECORDS)} nothing_left")


if __name__ == "__main__":
    main()
