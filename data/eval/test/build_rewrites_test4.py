#!/usr/bin/env python3
"""Builds rewrites_test4.jsonl from the records below (ids assigned in order)."""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REC = []


def C(lang, text, redact, keep, rewrites, kinds):
    REC.append(
        dict(
            lang=lang,
            text=text,
            redact=redact,
            keep=keep,
            rewrites=rewrites,
            nothing_left=(rewrites == []),
            kinds=kinds,
        )
    )


# ------------------------------------------------------------------ German
C(
    "de",
    "Lena und Paul – endlich verheiratet! 💍\nWas für ein emotionaler Tag am Bodensee, danke, dass wir dabei sein durften 🤍\n#lenaundpaul2024 #hochzeitamsee #hochzeitsfotografin",
    ["oo-01"],
    ["Paul"],
    [
        "Paul und seine Braut – endlich verheiratet! 💍\nWas für ein emotionaler Tag am Bodensee, danke, dass wir dabei sein durften 🤍\n#hochzeitamsee #hochzeitsfotografin",
        "Paul und seine Frau – endlich verheiratet! 💍\nWas für ein emotionaler Tag am Bodensee, danke, dass wir dabei sein durften 🤍\n#hochzeitamsee #hochzeitsfotografin",
    ],
    ["list", "subject", "line_start", "hashtag"],
)

C(
    "de",
    "Heute haben wir Jonas Hartmann mit drei Stück Käsekuchen nach Hause geschickt 😅🍰\nKommt gerne wieder vorbei!\n#cafeliebe #käsekuchen #freiburg",
    ["oo-02"],
    [],
    [
        "Heute haben wir einen Gast mit drei Stück Käsekuchen nach Hause geschickt 😅🍰\nKommt gerne wieder vorbei!\n#cafeliebe #käsekuchen #freiburg",
        "Heute haben wir jemanden mit drei Stück Käsekuchen nach Hause geschickt 😅🍰\nKommt gerne wieder vorbei!\n#cafeliebe #käsekuchen #freiburg",
    ],
    ["object"],
)

C(
    "de",
    "Mias erster Kitatag 🎒🌈",
    ["oo-10"],
    [],
    ["Ihr erster Kitatag 🎒🌈", "Der erste Kitatag 🎒🌈"],
    ["genitive", "short_de", "line_start"],
)

C(
    "de",
    "Vorher/Nachher ✂️\nUnsere Azubine, Jule Hensel, hat heute ihr erstes Balayage ganz allein gemacht – wir sind so stolz! 💛\n#friseur #balayage #azubi #vorhernachher",
    ["oo-30"],
    [],
    [
        "Vorher/Nachher ✂️\nUnsere Azubine hat heute ihr erstes Balayage ganz allein gemacht – wir sind so stolz! 💛\n#friseur #balayage #azubi #vorhernachher"
    ],
    ["apposition", "role", "pronoun"],
)

C(
    "de",
    "Großes Dankeschön an Trainer Nils Petersen für fünf Jahre bei unserer E-Jugend ⚽💙 Ohne ihn wären wir nie Kreismeister geworden!\n#fussball #ejugend #danke",
    ["oo-08"],
    [],
    [
        "Großes Dankeschön an unseren Trainer für fünf Jahre bei unserer E-Jugend ⚽💙 Ohne ihn wären wir nie Kreismeister geworden!\n#fussball #ejugend #danke",
        "Großes Dankeschön an den Trainer für fünf Jahre bei unserer E-Jugend ⚽💙 Ohne ihn wären wir nie Kreismeister geworden!\n#fussball #ejugend #danke",
    ],
    ["title", "prepositional", "pronoun", "role"],
)

C(
    "de",
    "Oma Gerda wird heute 90!!! 🎂🎉 Wir lieben dich so sehr ❤️",
    ["oo-07"],
    [],
    [
        "Oma wird heute 90!!! 🎂🎉 Wir lieben dich so sehr ❤️",
        "Unsere Oma wird heute 90!!! 🎂🎉 Wir lieben dich so sehr ❤️",
    ],
    ["title", "subject", "line_start", "short_de"],
)

C(
    "de",
    "Aylin, du warst gestern auf der Bühne einfach unglaublich 💃🔥 Danke für deine Energie in jeder einzelnen Stunde!\n#tanzschule #showdance #aufführung",
    ["oo-05"],
    [],
    [
        "Du warst gestern auf der Bühne einfach unglaublich 💃🔥 Danke für deine Energie in jeder einzelnen Stunde!\n#tanzschule #showdance #aufführung"
    ],
    ["vocative", "line_start"],
)

C(
    "de",
    "Neuer Rekord beim Kreuzheben: 180 kg 💪\nWahnsinn, was ein Jahr Disziplin ausmacht.\n#teamemre #kraftsport #gymlife #deadlift",
    ["oo-09"],
    [],
    [
        "Neuer Rekord beim Kreuzheben: 180 kg 💪\nWahnsinn, was ein Jahr Disziplin ausmacht.\n#kraftsport #gymlife #deadlift"
    ],
    ["hashtag"],
)

C(
    "de",
    "Wir verabschieden Frau Dr. Lorenz nach 32 Jahren an unserer Schule in den Ruhestand 🌻 Sie hat Generationen von Schülerinnen und Schülern für Chemie begeistert.\n#abschied #ruhestand #schulleben",
    ["oo-06"],
    [],
    [
        "Wir verabschieden eine Kollegin nach 32 Jahren an unserer Schule in den Ruhestand 🌻 Sie hat Generationen von Schülerinnen und Schülern für Chemie begeistert.\n#abschied #ruhestand #schulleben",
        "Wir verabschieden eine Lehrerin nach 32 Jahren an unserer Schule in den Ruhestand 🌻 Sie hat Generationen von Schülerinnen und Schülern für Chemie begeistert.\n#abschied #ruhestand #schulleben",
    ],
    ["title", "object", "pronoun"],
)

C(
    "de",
    "Unsere neue Herbstauslage ist da 🍂🥐 Zimtschnecken, Apfeltaschen und der erste Zwetschgendatschi der Saison.\nFotos: Hannah Krüger (@hannah.krueger)\n#bäckerei #herbst #handwerk",
    ["oo-22"],
    [],
    [
        "Unsere neue Herbstauslage ist da 🍂🥐 Zimtschnecken, Apfeltaschen und der erste Zwetschgendatschi der Saison.\n#bäckerei #herbst #handwerk"
    ],
    ["handle_name", "role"],
)

C(
    "de",
    "Sommer in Kroatien mit Moritz, Tim und Clara ☀️🌊 beste Truppe!!",
    ["oo-11"],
    ["Moritz", "Clara"],
    ["Sommer in Kroatien mit Moritz und Clara ☀️🌊 beste Truppe!!"],
    ["list", "prepositional", "short_de"],
)

C(
    "de",
    "🤍 lieblingsmensch. danke charlie für die beste zeit in berlin",
    ["oo-12"],
    [],
    ["🤍 lieblingsmensch. danke für die beste zeit in berlin"],
    ["vocative", "short_de"],
)

C(
    "de",
    "Gestern Abend bei uns im Saal: Kasia & Tomek haben ihren Polterabend mit 150 Gästen gefeiert 🥂🎶 Danke für das Vertrauen, ihr zwei!\n#eventlocation #polterabend #feiern",
    ["oo-13", "oo-14"],
    [],
    [
        "Gestern Abend bei uns im Saal: Das Brautpaar hat seinen Polterabend mit 150 Gästen gefeiert 🥂🎶 Danke für das Vertrauen, ihr zwei!\n#eventlocation #polterabend #feiern",
        "Gestern Abend bei uns im Saal: Die beiden haben ihren Polterabend mit 150 Gästen gefeiert 🥂🎶 Danke für das Vertrauen, ihr zwei!\n#eventlocation #polterabend #feiern",
    ],
    ["list", "multiple", "subject"],
)

C(
    "de",
    "Lena's 30. Geburtstag 🥳🎈 was für eine Nacht…",
    ["oo-01"],
    [],
    ["Ihr 30. Geburtstag 🥳🎈 was für eine Nacht…", "Der 30. Geburtstag 🥳🎈 was für eine Nacht…"],
    ["genitive", "short_de", "line_start"],
)

C(
    "de",
    "Danke @giulia.ferraro für dieses wunderschöne Portraitshooting im Rosengarten 🌹📷\nBuchungen für den Sommer sind ab jetzt offen!\n#portraitfotografie #rosengarten #shooting",
    ["oo-24"],
    [],
    [
        "Danke für dieses wunderschöne Portraitshooting im Rosengarten 🌹📷\nBuchungen für den Sommer sind ab jetzt offen!\n#portraitfotografie #rosengarten #shooting"
    ],
    ["vocative"],
)

C(
    "de",
    "Beim Frühlingskonzert stand Ole zum ersten Mal allein auf der Bühne 🎺 Er hat wochenlang jeden Tag geübt – und man hat es gehört!\n#musikschule #trompete #frühlingskonzert",
    ["oo-28"],
    [],
    [
        "Beim Frühlingskonzert stand einer unserer Schüler zum ersten Mal allein auf der Bühne 🎺 Er hat wochenlang jeden Tag geübt – und man hat es gehört!\n#musikschule #trompete #frühlingskonzert",
        "Beim Frühlingskonzert stand ein Schüler zum ersten Mal allein auf der Bühne 🎺 Er hat wochenlang jeden Tag geübt – und man hat es gehört!\n#musikschule #trompete #frühlingskonzert",
    ],
    ["subject", "pronoun"],
)

C(
    "de",
    "Neue Ohrringe von Theresa sind eingetroffen ✨ Handgemacht in München, jedes Paar ein Unikat.\n#schmuck #handmade #conceptstore",
    ["oo-39"],
    [],
    [
        "Neue Ohrringe sind eingetroffen ✨ Handgemacht in München, jedes Paar ein Unikat.\n#schmuck #handmade #conceptstore"
    ],
    ["prepositional"],
)

C(
    "de",
    "Resi hat heute Geburtstag 🎂 Alles Liebe vom ganzen Team! 💐",
    ["oo-39"],
    [],
    [
        "Unsere Kollegin hat heute Geburtstag 🎂 Alles Liebe vom ganzen Team! 💐",
        "Eine Kollegin hat heute Geburtstag 🎂 Alles Liebe vom ganzen Team! 💐",
    ],
    ["subject", "line_start", "short_de"],
)

C("de", "Wer findet Jonas auf dem Bild? 👀", ["oo-02"], [], [], ["object", "short_de"])

C(
    "de",
    "Unsere Vorschulkinder Ben, Ida und Elif haben heute die Feuerwehr besucht 🚒👩‍🚒 Ida durfte sogar ins Löschfahrzeug klettern!",
    ["oo-45"],
    ["Ben", "Elif"],
    [
        "Unsere Vorschulkinder Ben und Elif haben heute die Feuerwehr besucht 🚒👩‍🚒 Ein Kind durfte sogar ins Löschfahrzeug klettern!",
        "Unsere Vorschulkinder Ben und Elif haben heute die Feuerwehr besucht 🚒👩‍🚒 Eines der Kinder durfte sogar ins Löschfahrzeug klettern!",
    ],
    ["list", "subject"],
)

C(
    "de",
    "Herr Öztürk hat uns für das Firmenjubiläum seiner Bäckerei gebucht 🥨📸 Danke, Herr Öztürk, für das Vertrauen!",
    ["oo-44"],
    [],
    ["Ein Kunde hat uns für das Firmenjubiläum seiner Bäckerei gebucht 🥨📸 Danke für das Vertrauen!"],
    ["title", "subject", "line_start", "vocative", "pronoun"],
)

C(
    "de",
    "Vielen Dank an Familie Schröder für die leckeren Muffins zum Sommerfest! 🧁☀️ Unsere Kinder waren begeistert.",
    ["oo-10"],
    [],
    [
        "Vielen Dank für die leckeren Muffins zum Sommerfest! 🧁☀️ Unsere Kinder waren begeistert.",
        "Vielen Dank an eine unserer Familien für die leckeren Muffins zum Sommerfest! 🧁☀️ Unsere Kinder waren begeistert.",
    ],
    ["title", "prepositional"],
)

C(
    "de",
    "Ab Montag verstärkt Deniz Kaya (@deniz.kaya.fit) unser Team als Personal Trainer 💪 Zehn Jahre Erfahrung im Functional Training – wir freuen uns!\n#fitnessstudio #personaltraining #neuimteam",
    ["oo-31"],
    [],
    [
        "Ab Montag bekommt unser Team Verstärkung im Personal Training 💪 Zehn Jahre Erfahrung im Functional Training – wir freuen uns!\n#fitnessstudio #personaltraining #neuimteam",
        "Ab Montag verstärkt jemand Neues unser Team als Personal Trainer 💪 Zehn Jahre Erfahrung im Functional Training – wir freuen uns!\n#fitnessstudio #personaltraining #neuimteam",
    ],
    ["handle_name", "subject", "role"],
)

C(
    "de",
    "Emre und Deniz haben beim Landesfinale im Hip-Hop-Duo den 2. Platz geholt 🥈🔥 Wir sind mega stolz auf euch zwei!\n#tanzschule #hiphop #landesfinale",
    ["oo-09", "oo-31"],
    [],
    [
        "Unser Hip-Hop-Duo hat beim Landesfinale den 2. Platz geholt 🥈🔥 Wir sind mega stolz auf euch zwei!\n#tanzschule #hiphop #landesfinale",
        "Die beiden haben beim Landesfinale im Hip-Hop-Duo den 2. Platz geholt 🥈🔥 Wir sind mega stolz auf euch zwei!\n#tanzschule #hiphop #landesfinale",
    ],
    ["list", "multiple", "subject", "line_start"],
)

C(
    "de",
    "Beim Sommerturnier überreichte unser Vorsitzender Benedikt Ahrens die Pokale 🏆 Danke an alle Helferinnen und Helfer!\n#sportverein #sommerturnier #ehrenamt",
    ["oo-38"],
    [],
    [
        "Beim Sommerturnier wurden die Pokale überreicht 🏆 Danke an alle Helferinnen und Helfer!\n#sportverein #sommerturnier #ehrenamt"
    ],
    ["apposition", "role", "subject"],
)

C(
    "de",
    "Gute Besserung, Frau Kessler! 💐 Die Bärengruppe hat Ihnen ganz viele Bilder gemalt.",
    ["oo-27"],
    [],
    ["Gute Besserung! 💐 Die Bärengruppe hat Ihnen ganz viele Bilder gemalt."],
    ["vocative", "title", "short_de"],
)

C(
    "de",
    "Danke an alle Dienstleister an diesem Tag 💐\nLocation: @gut.lindenhof\nFloristik: @bluetenwerk.ulm\nFotos: @lichtundliebe.fotografie\nVideo: Sam Taylor (@samtaylorfilms)",
    ["oo-19"],
    ["@gut.lindenhof", "@bluetenwerk.ulm", "@lichtundliebe.fotografie"],
    [
        "Danke an alle Dienstleister an diesem Tag 💐\nLocation: @gut.lindenhof\nFloristik: @bluetenwerk.ulm\nFotos: @lichtundliebe.fotografie"
    ],
    ["handle_name", "role"],
)

C(
    "de",
    "Jonas' Oldtimer war das perfekte Hochzeitsauto 🚗💨 Danke fürs Ausleihen!",
    ["oo-02"],
    [],
    [
        "Der Oldtimer war das perfekte Hochzeitsauto 🚗💨 Danke fürs Ausleihen!",
        "Sein Oldtimer war das perfekte Hochzeitsauto 🚗💨 Danke fürs Ausleihen!",
    ],
    ["genitive", "line_start", "short_de"],
)

C(
    "de",
    "Unsere 8b hat beim Mathe-Wettbewerb den ersten Platz gemacht 🏅 Betreut wurde die Klasse von Herrn Hoffmann, der jeden Dienstag eine Extra-AG angeboten hat.\n#schule #mathematik #wettbewerb",
    ["oo-26"],
    [],
    [
        "Unsere 8b hat beim Mathe-Wettbewerb den ersten Platz gemacht 🏅 Betreut wurde die Klasse von einem Kollegen, der jeden Dienstag eine Extra-AG angeboten hat.\n#schule #mathematik #wettbewerb",
        "Unsere 8b hat beim Mathe-Wettbewerb den ersten Platz gemacht 🏅 Betreut wurde die Klasse von ihrem Lehrer, der jeden Dienstag eine Extra-AG angeboten hat.\n#schule #mathematik #wettbewerb",
    ],
    ["title", "prepositional", "pronoun"],
)

C("de", "Wer erkennt Kathi auf diesem Foto? 😂 #throwback", ["oo-03"], [], [], ["object", "short_de"])

C(
    "de",
    "🌴 mallorca mit kim war einfach zu schön… nächstes jahr wieder?? #urlaub #mallorca #sommer2024",
    ["oo-36"],
    [],
    ["🌴 mallorca war einfach zu schön… nächstes jahr wieder?? #urlaub #mallorca #sommer2024"],
    ["prepositional"],
)

C(
    "de",
    "Seit 40 Jahren backt Frieda jeden Morgen um 4 Uhr unsere Brezeln 🥨 Heute feiert sie Jubiläum – kommt vorbei und gratuliert ihr!\n#bäckerei #jubiläum #tradition",
    ["oo-37"],
    [],
    [
        "Seit 40 Jahren backt unsere Bäckerin jeden Morgen um 4 Uhr unsere Brezeln 🥨 Heute feiert sie Jubiläum – kommt vorbei und gratuliert ihr!\n#bäckerei #jubiläum #tradition",
        "Seit 40 Jahren backt eine Kollegin jeden Morgen um 4 Uhr unsere Brezeln 🥨 Heute feiert sie Jubiläum – kommt vorbei und gratuliert ihr!\n#bäckerei #jubiläum #tradition",
    ],
    ["subject", "pronoun"],
)

C(
    "de",
    "Glückwunsch an unsere Staffel Lisa, Theresa, Greta und Julia zum Kreismeistertitel über 4x100 m 🏃‍♀️🥇",
    ["oo-39"],
    ["Lisa", "Greta", "Julia"],
    ["Glückwunsch an unsere Staffel Lisa, Greta und Julia zum Kreismeistertitel über 4x100 m 🏃‍♀️🥇"],
    ["list", "prepositional", "short_de"],
)

C(
    "de",
    "Sonntagsspaziergang mit Bruno und Maxi 🐕🍂 Bruno hat natürlich jede Pfütze gefunden.",
    ["oo-04"],
    ["Bruno"],
    ["Sonntagsspaziergang mit Bruno 🐕🍂 Bruno hat natürlich jede Pfütze gefunden."],
    ["list", "prepositional"],
)

C(
    "de",
    "Unsere Erzieherin Sabine Kessler hat mit der Igelgruppe Kürbissuppe gekocht 🎃🥣 Die Kinder haben alles selbst geschnippelt!",
    ["oo-27"],
    [],
    ["Unsere Erzieherin hat mit der Igelgruppe Kürbissuppe gekocht 🎃🥣 Die Kinder haben alles selbst geschnippelt!"],
    ["apposition", "role", "subject"],
)

C(
    "de",
    "Heute Zahnputz-Projekt in der Kita mit Zahnärztin Dr. Miriam Sadeghi 🦷🪥 Die Kinder wissen jetzt genau, wie lange man putzen muss!",
    ["oo-48"],
    [],
    [
        "Heute Zahnputz-Projekt in der Kita mit einer Zahnärztin 🦷🪥 Die Kinder wissen jetzt genau, wie lange man putzen muss!",
        "Heute Zahnputz-Projekt in der Kita 🦷🪥 Die Kinder wissen jetzt genau, wie lange man putzen muss!",
    ],
    ["title", "prepositional", "role"],
)

C(
    "de",
    "Geburtstagsüberraschung für Jule 🎉 Sie hatte wirklich keine Ahnung!",
    ["oo-30"],
    [],
    [
        "Geburtstagsüberraschung für eine Freundin 🎉 Sie hatte wirklich keine Ahnung!",
        "Geburtstagsüberraschung 🎉 Das Geburtstagskind hatte wirklich keine Ahnung!",
    ],
    ["prepositional", "pronoun", "short_de"],
)

C(
    "de",
    "Unsere Braut, Katarzyna Nowak, trug ein Kleid aus dem Atelier @weissundsein 🤍\n#brautkleid #hochzeit2024 #brautatelier",
    ["oo-13"],
    ["@weissundsein"],
    ["Unsere Braut trug ein Kleid aus dem Atelier @weissundsein 🤍\n#brautkleid #hochzeit2024 #brautatelier"],
    ["apposition", "role"],
)

C(
    "de",
    "Das ist Nora. Nora unterrichtet seit zehn Jahren Yoga bei uns im Studio und kennt jede Matte beim Namen 🧘‍♀️",
    ["oo-25"],
    [],
    [],
    ["subject"],
)

C(
    "de",
    "Hochzeitsfotografin Hannah Krüger (@hannah.krueger) war wieder bei uns auf dem Gut zu Gast 📷 Ihre Bilder aus dem Rosengarten sind einfach traumhaft!",
    ["oo-22"],
    [],
    [
        "Eine Hochzeitsfotografin war wieder bei uns auf dem Gut zu Gast 📷 Ihre Bilder aus dem Rosengarten sind einfach traumhaft!"
    ],
    ["handle_name", "role", "subject", "line_start", "pronoun"],
)

C(
    "de",
    "Tanzfläche eröffnet 💃🕺 Was für ein erster Tanz!\n#kasiaundtomek #hochzeitstanz #hochzeitsdj",
    ["oo-13", "oo-14"],
    [],
    ["Tanzfläche eröffnet 💃🕺 Was für ein erster Tanz!\n#hochzeitstanz #hochzeitsdj"],
    ["hashtag", "multiple"],
)

C(
    "de",
    "Danke an alle, die gestern beim Flohmarkt geholfen haben – und ganz besonders an dich, Bene, fürs Kuchenbacken! 🍰",
    ["oo-38"],
    [],
    ["Danke an alle, die gestern beim Flohmarkt geholfen haben – und ganz besonders an dich fürs Kuchenbacken! 🍰"],
    ["vocative"],
)

C(
    "de",
    "Die Mäusegruppe hat heute Oma Gerda im Seniorenheim besucht 👵🌼 Die Kinder haben ihr Frühlingslieder vorgesungen.",
    ["oo-07"],
    [],
    [
        "Die Mäusegruppe hat heute eine Oma im Seniorenheim besucht 👵🌼 Die Kinder haben ihr Frühlingslieder vorgesungen.",
        "Die Mäusegruppe hat heute das Seniorenheim besucht 👵🌼 Die Kinder haben dort Frühlingslieder vorgesungen.",
    ],
    ["title", "object", "pronoun"],
)

C(
    "de",
    "Heute durfte ich Mia und ihre kleine Schwester im Park fotografieren 🌸📷 Die zwei waren sooo süß!",
    ["oo-10"],
    [],
    ["Heute durfte ich zwei Schwestern im Park fotografieren 🌸📷 Die zwei waren sooo süß!"],
    ["object", "list", "pronoun"],
)

C(
    "de",
    "Meine Schwester Aylin hat heute ihren Master in der Tasche 🎓🥳 so stolz auf dich!!",
    ["oo-05"],
    [],
    ["Meine Schwester hat heute ihren Master in der Tasche 🎓🥳 so stolz auf dich!!"],
    ["apposition", "subject"],
)

# ------------------------------------------------------------------ English
C(
    "en",
    "Charlotte & Callum, you two made us cry happy tears all day 🥹💍\nThank you for trusting us with your wedding!\n#cotswoldwedding #weddingphotographer",
    ["oo-20", "oo-21"],
    [],
    [
        "You two made us cry happy tears all day 🥹💍\nThank you for trusting us with your wedding!\n#cotswoldwedding #weddingphotographer"
    ],
    ["list", "multiple", "vocative", "line_start"],
)

C(
    "en",
    "Our bride, Priya Patel, walked down the aisle to her dad's favourite song 🎶🤍\n#asianwedding #bridalentrance #londonbride",
    ["oo-17"],
    [],
    ["Our bride walked down the aisle to her dad's favourite song 🎶🤍\n#asianwedding #bridalentrance #londonbride"],
    ["apposition", "role", "pronoun"],
)

C(
    "en",
    "Thanks for the latte art masterclass, Oliver ☕🎨 Our hearts are still wobbly but we're getting there!",
    ["oo-16"],
    [],
    ["Thanks for the latte art masterclass ☕🎨 Our hearts are still wobbly but we're getting there!"],
    ["vocative"],
)

C(
    "en",
    "Meet Danny 👋 He's been pulling shots at our Saturday market stall for six years and knows every regular's order by heart ☕",
    ["oo-18"],
    [],
    [],
    ["object", "pronoun"],
)

C(
    "en",
    "Bridal prep at the hall ✨💄\nHair & makeup: Chloe Bennett (@chloe.bennett)\nDress: @thewhitestudio.bristol\nVenue: @oakleyhall",
    ["oo-32"],
    ["@thewhitestudio.bristol", "@oakleyhall"],
    ["Bridal prep at the hall ✨💄\nDress: @thewhitestudio.bristol\nVenue: @oakleyhall"],
    ["handle_name", "role"],
)

C(
    "en",
    "Race day tomorrow 🏁 let's gooo\n#teamgiulia #triathlon #ironmantraining",
    ["oo-24"],
    [],
    ["Race day tomorrow 🏁 let's gooo\n#triathlon #ironmantraining"],
    ["hashtag"],
)

C(
    "en",
    "A huge thank you to Mrs Ellison, who retires this week after 28 years at Westfield Primary 🍎💐 She taught half the town to read!",
    ["oo-47"],
    [],
    [
        "A huge thank you to one of our teachers, who retires this week after 28 years at Westfield Primary 🍎💐 She taught half the town to read!",
        "A huge thank you to a colleague who retires this week after 28 years at Westfield Primary 🍎💐 She taught half the town to read!",
    ],
    ["title", "prepositional", "pronoun"],
)

C(
    "en",
    "Coach Marcus Reid has been with our U12s for ten seasons 🏉 He's the reason half of them still play!",
    ["oo-33"],
    [],
    ["Our coach has been with our U12s for ten seasons 🏉 He's the reason half of them still play!"],
    ["title", "subject", "line_start", "pronoun", "role"],
)

C(
    "en",
    "Girls' weekend in Lisbon with Zoe, Aisha and Lucy 🇵🇹☀️🍷",
    ["oo-34"],
    ["Zoe", "Lucy"],
    ["Girls' weekend in Lisbon with Zoe and Lucy 🇵🇹☀️🍷"],
    ["list", "prepositional"],
)

C(
    "en",
    "Noah's first swim lesson 🐳💦 proud mama moment",
    ["oo-42"],
    [],
    ["His first swim lesson 🐳💦 proud mama moment", "First swim lesson 🐳💦 proud mama moment"],
    ["genitive", "line_start"],
)

C(
    "en",
    "Biscuit and Megan at the beach this morning 🐾🌊 Honestly not sure who was more excited.",
    ["oo-41"],
    ["Biscuit"],
    ["Biscuit and a friend at the beach this morning 🐾🌊 Honestly not sure who was more excited."],
    ["list", "subject", "line_start"],
)

C(
    "en",
    "megs you absolute legend, thanks for the birthday cake 🎂😭",
    ["oo-41"],
    [],
    ["You absolute legend, thanks for the birthday cake 🎂😭"],
    ["vocative", "line_start"],
)

C(
    "en",
    "Full film from Saturday is up, link in bio 🎬💛\n#samtaylorfilms #weddingfilm #cotswoldwedding",
    ["oo-19"],
    [],
    ["Full film from Saturday is up, link in bio 🎬💛\n#weddingfilm #cotswoldwedding"],
    ["hashtag"],
)

C(
    "en",
    "We bumped into Ethan from our junior squad at Parkrun this morning 🏃‍♂️ Sub-20 at fourteen years old!!",
    ["oo-35"],
    [],
    [
        "We bumped into a runner from our junior squad at Parkrun this morning 🏃‍♂️ Sub-20 at fourteen years old!!",
        "We bumped into one of our juniors at Parkrun this morning 🏃‍♂️ Sub-20 at fourteen years old!!",
    ],
    ["object", "role"],
)

C(
    "en",
    "olly!! happy 30th you old man 🎉🍻 love you loads",
    ["oo-16"],
    [],
    ["Happy 30th you old man 🎉🍻 love you loads"],
    ["vocative", "line_start"],
)

C(
    "en",
    "Getting ready with Aisha, Megan and Lucy 💐🥂",
    ["oo-34", "oo-41"],
    ["Lucy"],
    ["Getting ready with Lucy 💐🥂"],
    ["list", "prepositional", "multiple"],
)

C(
    "en",
    "Callum's speech had the whole room in tears 😭 He wrote it on the train that morning, apparently.\n#marshallwedding #weddingspeech",
    ["oo-21"],
    [],
    ["His speech had the whole room in tears 😭 He wrote it on the train that morning, apparently.\n#weddingspeech"],
    ["genitive", "line_start", "pronoun", "hashtag"],
)

C(
    "en",
    "Had the best time at the workshop – thank you @chloe.bennett for teaching us the perfect winged liner 🖤 Booking the next one already",
    ["oo-32"],
    [],
    [
        "Had the best time at the workshop – thank you for teaching us the perfect winged liner 🖤 Booking the next one already"
    ],
    ["vocative"],
)

C(
    "en",
    "Golden hour at the lake 🌅\n📸 @emilycarterphoto & @harbourlightstudio",
    ["oo-15"],
    ["@harbourlightstudio"],
    ["Golden hour at the lake 🌅\n📸 @harbourlightstudio"],
    ["list", "role"],
)

C("en", "Tag Priya so she sees this 😂👇", ["oo-17"], [], [], ["object", "pronoun"])

C(
    "en",
    "Huge thanks to Dr. Kilbride and the team at Riverside Vets for looking after Pepper this week 🐶💙",
    ["oo-46"],
    ["Pepper"],
    [
        "Huge thanks to the team at Riverside Vets for looking after Pepper this week 🐶💙",
        "Huge thanks to our vet and the team at Riverside Vets for looking after Pepper this week 🐶💙",
    ],
    ["title", "prepositional", "list"],
)

C(
    "en",
    "Jamie, our lead instructor, has been teaching salsa here since 2015 💃 Come say hi at Friday's social!",
    ["oo-43"],
    [],
    ["Our lead instructor has been teaching salsa here since 2015 💃 Come say hi at Friday's social!"],
    ["apposition", "role", "subject", "line_start"],
)

C(
    "en",
    "🎂 happy birthday to my bestie aisha!! she's the kindest human i know and i'm so lucky 💗",
    ["oo-34"],
    [],
    ["🎂 happy birthday to my bestie!! she's the kindest human i know and i'm so lucky 💗"],
    ["apposition", "pronoun"],
)

C(
    "en",
    "Shoutout to Alex for smashing their first pull-up today 💪 Six weeks ago they couldn't hang from the bar for ten seconds. So proud of you, Alex!",
    ["oo-29"],
    [],
    [
        "Shoutout to one of our members for smashing their first pull-up today 💪 Six weeks ago they couldn't hang from the bar for ten seconds. So proud of you!"
    ],
    ["prepositional", "pronoun", "vocative"],
)

C(
    "en",
    "Our headteacher Mr Hoffmann handed out the sports day medals this afternoon 🏅☀️ What a day!",
    ["oo-26"],
    [],
    ["The sports day medals were handed out this afternoon 🏅☀️ What a day!"],
    ["apposition", "title", "role", "subject"],
)

C(
    "en",
    "Autumn mini sessions are back 🍂🤍\nPhotos by the lovely Emily Carter (@emilycarterphoto)\nBook via the link in bio",
    ["oo-15"],
    [],
    ["Autumn mini sessions are back 🍂🤍\nBook via the link in bio"],
    ["handle_name", "prepositional", "role"],
)

C("en", "#lottieandcallum ❤️", ["oo-20", "oo-21"], [], [], ["hashtag", "multiple"])

C(
    "en",
    "We had the honour of shooting Giulia's wedding in Tuscany 🇮🇹🌿 Three days of sun, pasta and happy tears.",
    ["oo-24"],
    [],
    [
        "We had the honour of shooting this wedding in Tuscany 🇮🇹🌿 Three days of sun, pasta and happy tears.",
        "We had the honour of shooting a wedding in Tuscany 🇮🇹🌿 Three days of sun, pasta and happy tears.",
    ],
    ["genitive"],
)

C(
    "en",
    "At last night's recital, Ethan played Clair de Lune from memory 🎹 He's only been learning for a year!",
    ["oo-35"],
    [],
    [
        "At last night's recital, one of our students played Clair de Lune from memory 🎹 He's only been learning for a year!"
    ],
    ["subject", "pronoun"],
)

C(
    "en",
    "Luca and Giulia, congrats on the new shop!! 🥐☕ Can't wait to try everything, Luca's cornetti are legendary",
    ["oo-23", "oo-24"],
    [],
    [
        "Congrats on the new shop!! 🥐☕ Can't wait to try everything, the cornetti are legendary",
        "Congrats on the new shop!! 🥐☕ Can't wait to try everything, your cornetti are legendary",
    ],
    ["list", "vocative", "multiple", "genitive", "line_start"],
)

C(
    "en",
    "Ida turns 5 today 🎈🦄",
    ["oo-45"],
    [],
    ["Someone turns 5 today 🎈🦄", "She turns 5 today 🎈🦄"],
    ["subject", "line_start"],
)

C(
    "en",
    "Last week Marcus ran his first marathon 🏃‍♂️ He trained all winter with our Sunday group and finished in 3:58!",
    ["oo-33"],
    [],
    [
        "Last week one of our members ran his first marathon 🏃‍♂️ He trained all winter with our Sunday group and finished in 3:58!"
    ],
    ["subject", "pronoun"],
)

C(
    "en",
    "Collab alert 🚨 Aisha Rahman (@aisha.rahman) and I tested every vegan brunch spot in Shoreditch so you don't have to 🥑",
    ["oo-34"],
    [],
    ["Collab alert 🚨 A friend and I tested every vegan brunch spot in Shoreditch so you don't have to 🥑"],
    ["handle_name", "list", "subject"],
)

C(
    "en",
    "Congrats to our medallists: Jamie & Zoe (gold), Ethan & Lucy (bronze) 🥇🥉",
    ["oo-43", "oo-35"],
    ["Zoe", "Lucy"],
    [
        "Congrats to our medallists: Zoe & partner (gold), Lucy & partner (bronze) 🥇🥉",
        "Congrats to our medallists: Zoe (gold), Lucy (bronze) 🥇🥉",
    ],
    ["list", "multiple"],
)

C(
    "en",
    "Brunch at the Collins' place 🥂🌿 best eggs benedict in town, no contest",
    ["oo-43"],
    [],
    ["Brunch at a friend's place 🥂🌿 best eggs benedict in town, no contest"],
    ["genitive", "prepositional"],
)

C(
    "en",
    "Please welcome Mr & Mrs Marshall! 🥂💍 What a ceremony.",
    ["oo-21"],
    [],
    ["Please welcome the newlyweds! 🥂💍 What a ceremony."],
    ["title", "object"],
)

C("en", "Player of the match: Ethan Walsh ⚽🏆", ["oo-35"], [], [], ["role"])

C("en", "@megs.fletcher omg this is SO you 😂😂", ["oo-41"], [], [], ["vocative", "line_start"])

C(
    "en",
    "☕ sunday vibes w/ luna & priya 🐶",
    ["oo-17"],
    ["luna"],
    ["☕ sunday vibes w/ luna 🐶"],
    ["list", "prepositional"],
)

C(
    "en",
    "Mrs Dunn's famous lemon drizzle is back on the counter this weekend 🍋🍰 Get in early, it never lasts!",
    ["oo-40"],
    [],
    [
        "Our famous lemon drizzle is back on the counter this weekend 🍋🍰 Get in early, it never lasts!",
        "The famous lemon drizzle is back on the counter this weekend 🍋🍰 Get in early, it never lasts!",
    ],
    ["title", "genitive", "line_start"],
)

C(
    "en",
    "The cake 😍🎂 Three tiers of lemon and elderflower by Olivia Dunn (@oliviadunncakes), gone in twenty minutes.",
    ["oo-40"],
    [],
    ["The cake 😍🎂 Three tiers of lemon and elderflower, gone in twenty minutes."],
    ["handle_name", "prepositional"],
)

C(
    "en",
    "Please give a warm welcome to Nora, who joins our teaching team this term 🧘‍♀️ Her first class is Tuesday at 6pm!",
    ["oo-25"],
    [],
    ["Please give a warm welcome to the newest member of our teaching team 🧘‍♀️ Her first class is Tuesday at 6pm!"],
    ["prepositional", "pronoun"],
)

C(
    "en",
    "We love seeing Megan in our new linen set 😍☀️ Tag us so we can share your looks!",
    ["oo-41"],
    [],
    ["We love seeing a customer in our new linen set 😍☀️ Tag us so we can share your looks!"],
    ["object"],
)

C(
    "en",
    "So proud of my little sister Priya, who graduated as a nurse today 🎓💙",
    ["oo-17"],
    [],
    ["So proud of my little sister, who graduated as a nurse today 🎓💙"],
    ["apposition", "prepositional"],
)

C(
    "en",
    "Our guest coffee this month comes from Danny Okafor's roastery in Peckham ☕🔥 Seriously, try the Ethiopian.",
    ["oo-18"],
    [],
    ["Our guest coffee this month comes from a roastery in Peckham ☕🔥 Seriously, try the Ethiopian."],
    ["genitive", "prepositional"],
)

# ------------------------------------------------------------------ mixed
C(
    "mixed",
    "😤 leg day mit meinem lieblingsspotter, danke @emre.ylmz fürs pushen!! #gym #legday",
    ["oo-09"],
    [],
    ["😤 leg day mit meinem lieblingsspotter, danke fürs pushen!! #gym #legday"],
    ["vocative"],
)

C(
    "mixed",
    "Just married! 💍 Kasia & Tomek, ihr wart so ein tolles Brautpaar – thank you for letting us be part of your day 🤍\n#weddingphotographer #hochzeitsfotografin #justmarried",
    ["oo-13", "oo-14"],
    [],
    [
        "Just married! 💍 Ihr wart so ein tolles Brautpaar – thank you for letting us be part of your day 🤍\n#weddingphotographer #hochzeitsfotografin #justmarried"
    ],
    ["list", "vocative", "multiple"],
)

C(
    "mixed",
    "Fresh cut by Kathi ✂️ Danke für dein Vertrauen, Deniz! #barber #freshcut",
    ["oo-03", "oo-31"],
    [],
    ["Fresh cut ✂️ Danke für dein Vertrauen! #barber #freshcut"],
    ["prepositional", "vocative", "multiple"],
)

C(
    "mixed",
    "Spontan haben wir Luca auf die Bühne geholt 🎸☀️ What a vibe!",
    ["oo-23"],
    [],
    [
        "Spontan haben wir einen Gast auf die Bühne geholt 🎸☀️ What a vibe!",
        "Spontan haben wir jemanden auf die Bühne geholt 🎸☀️ What a vibe!",
    ],
    ["object"],
)

C(
    "mixed",
    "Meet our new coach: Nils Petersen 💪 Ab Juli übernimmt er die Bootcamp-Kurse am Dienstag und Donnerstag.",
    ["oo-08"],
    [],
    ["Meet our new coach 💪 Ab Juli übernimmt er die Bootcamp-Kurse am Dienstag und Donnerstag."],
    ["apposition", "role", "pronoun"],
)

C(
    "mixed",
    "Happy Birthday, Charlie! 🎂 Auf viele weitere Jahre voller Chaos und Liebe 🥂",
    ["oo-12"],
    [],
    ["Happy Birthday! 🎂 Auf viele weitere Jahre voller Chaos und Liebe 🥂"],
    ["vocative"],
)

C(
    "mixed",
    "Heute im Bilingual Kindergarten: Frau Kessler hat mit den Kids „Old MacDonald“ gesungen 🎶🐮",
    ["oo-27"],
    [],
    [
        "Heute im Bilingual Kindergarten: Die Kids haben „Old MacDonald“ gesungen 🎶🐮",
        "Heute im Bilingual Kindergarten: Eine Erzieherin hat mit den Kids „Old MacDonald“ gesungen 🎶🐮",
    ],
    ["title", "subject"],
)

C(
    "mixed",
    "Behind the scenes vom Shooting gestern 📸 so much fun!!\n#bts #lenavogtphotography #fotografin",
    ["oo-01"],
    [],
    ["Behind the scenes vom Shooting gestern 📸 so much fun!!\n#bts #fotografin"],
    ["hashtag"],
)

C(
    "mixed",
    "Shoutout to Jamie, our amazing choreographer 💃🔥 Ohne dich wäre die Show nie so geil geworden!",
    ["oo-43"],
    [],
    ["Shoutout to our amazing choreographer 💃🔥 Ohne dich wäre die Show nie so geil geworden!"],
    ["apposition", "role", "prepositional"],
)

C("mixed", "#kasiaundtomek forever 🤍", ["oo-13", "oo-14"], [], [], ["hashtag", "multiple"])

C(
    "mixed",
    "Throwback zu Lenas Hen Party in Hamburg 👰‍♀️🍾 what a night!!",
    ["oo-01"],
    [],
    ["Throwback zur Hen Party in Hamburg 👰‍♀️🍾 what a night!!"],
    ["genitive", "prepositional"],
)

C(
    "mixed",
    "Neues Video ist online! 🎥 Zusammen mit Aisha Rahman (@aisha.rahman) haben wir den ultimativen Berlin Food Guide gedreht – link in bio 🔗",
    ["oo-34"],
    [],
    ["Neues Video ist online! 🎥 Wir haben den ultimativen Berlin Food Guide gedreht – link in bio 🔗"],
    ["handle_name", "prepositional"],
)

C(
    "mixed",
    "Squad goals 🙌 Paul, Jonas, Elif & ich beim Oktoberfest 🍻 #wiesn #squad",
    ["oo-02"],
    ["Paul", "Elif"],
    ["Squad goals 🙌 Paul, Elif & ich beim Oktoberfest 🍻 #wiesn #squad"],
    ["list"],
)

C(
    "mixed",
    "Jam Session mit Luca am Bass und Kim an den Drums 🎸🥁 best Sunday ever",
    ["oo-23", "oo-36"],
    [],
    ["Jam Session 🎸🥁 best Sunday ever", "Jam Session mit Bass und Drums 🎸🥁 best Sunday ever"],
    ["prepositional", "list", "multiple"],
)

C(
    "mixed",
    "Giulia's Pasta ist einfach next level 🍝🤌",
    ["oo-24"],
    [],
    ["Die Pasta ist einfach next level 🍝🤌", "Ihre Pasta ist einfach next level 🍝🤌"],
    ["genitive", "line_start"],
)

C(
    "mixed",
    "Big thanks an Herrn Dr. Hoffmann für den inspirierenden Vortrag zum Thema Social Media im Sportverein 🙏📱",
    ["oo-26"],
    [],
    ["Big thanks für den inspirierenden Vortrag zum Thema Social Media im Sportverein 🙏📱"],
    ["title", "prepositional"],
)

C(
    "mixed",
    "Baking with Oma Gerda 👵🍪 ihre Vanillekipferl sind einfach unschlagbar",
    ["oo-07"],
    [],
    ["Baking with Oma 👵🍪 ihre Vanillekipferl sind einfach unschlagbar"],
    ["title", "prepositional", "pronoun"],
)

C(
    "mixed",
    "Gestern war Alex zum ersten Mal beim Open Mic 🎤 and honestly? They killed it.",
    ["oo-29"],
    [],
    ["Gestern war jemand zum ersten Mal beim Open Mic 🎤 and honestly? They killed it."],
    ["subject", "pronoun"],
)

C(
    "mixed",
    "Unser Brautpaar Priya & Callum beim First Look 🥹✨\n#firstlook #priyaundcallum #hochzeit2024",
    ["oo-17", "oo-21"],
    [],
    ["Unser Brautpaar beim First Look 🥹✨\n#firstlook #hochzeit2024"],
    ["apposition", "role", "list", "multiple", "hashtag"],
)

C(
    "mixed",
    "Congrats an unsere U19! 🏆 Special mention für Maxi, der im Finale drei Tore geschossen hat ⚽",
    ["oo-04"],
    [],
    [
        "Congrats an unsere U19! 🏆 Special mention für den Spieler, der im Finale drei Tore geschossen hat ⚽",
        "Congrats an unsere U19! 🏆 Special mention für unseren Hattrick-Schützen im Finale ⚽",
    ],
    ["prepositional", "pronoun"],
)

C(
    "mixed",
    "✨ new hair, who dis? danke @kathi.brandt du bist die beste 💇‍♀️",
    ["oo-03"],
    [],
    ["✨ new hair, who dis? danke du bist die beste 💇‍♀️"],
    ["vocative"],
)

C(
    "mixed",
    "Was für eine Nacht! 🎧🔥 DJ Kim Albers hat bis 4 Uhr aufgelegt – the crowd went wild.\n#clubnight #techno #eventlocation",
    ["oo-36"],
    [],
    ["Was für eine Nacht! 🎧🔥 Bis 4 Uhr wurde aufgelegt – the crowd went wild.\n#clubnight #techno #eventlocation"],
    ["title", "role", "subject"],
)

C(
    "mixed",
    "Family Time bei den Schröders 🎄✨ danke für das leckere Essen!",
    ["oo-10"],
    [],
    ["Family Time 🎄✨ danke für das leckere Essen!"],
    ["prepositional"],
)

C(
    "mixed",
    "Emre hat heute seinen Trainerschein bestanden 🎉 So proud of you, bro!",
    ["oo-09"],
    [],
    ["Er hat heute seinen Trainerschein bestanden 🎉 So proud of you, bro!"],
    ["subject", "line_start", "pronoun"],
)

C(
    "mixed",
    "Welcome to the world, kleiner Noah 👶💙 Wir sind so verliebt.",
    ["oo-42"],
    [],
    ["Welcome to the world, Kleiner 👶💙 Wir sind so verliebt.", "Welcome to the world 👶💙 Wir sind so verliebt."],
    ["vocative"],
)

C(
    "mixed",
    "Ein riesiges Dankeschön an Chloe Bennett (@chloe.bennett) für das Make-up – absolutely flawless 💋",
    ["oo-32"],
    [],
    ["Ein riesiges Dankeschön für das Make-up – absolutely flawless 💋"],
    ["handle_name", "prepositional"],
)

C(
    "mixed",
    "Pfoten-Update 🐾 Milo hat heute mit Hannah seinen ersten Agility Kurs gemacht – such a good boy!",
    ["oo-22"],
    ["Milo"],
    ["Pfoten-Update 🐾 Milo hat heute seinen ersten Agility Kurs gemacht – such a good boy!"],
    ["prepositional"],
)

C(
    "mixed",
    "Sonntag = Pancake Day 🥞 #sundayfunday #sonntagmitresi",
    ["oo-39"],
    [],
    ["Sonntag = Pancake Day 🥞 #sundayfunday"],
    ["hashtag"],
)

C(
    "mixed",
    "Tomek und Kasia sind jetzt offiziell Eltern 🍼💙 We're so happy for you two!",
    ["oo-14", "oo-13"],
    [],
    ["Die beiden sind jetzt offiziell Eltern 🍼💙 We're so happy for you two!"],
    ["list", "multiple", "subject", "line_start"],
)

C("mixed", "Fotos by Hannah Krüger (@hannah.krueger) 🙏 danke dir!", ["oo-22"], [], [], ["handle_name", "vocative"])

# ------------------------------------------------------------------ write
PREFIX = {"de": "de", "en": "en", "mixed": "mx"}
n = {}
out = []
for r in REC:
    p = PREFIX[r["lang"]]
    n[p] = n.get(p, 0) + 1
    rec = {
        "id": f"{p}-{n[p]:03d}",
        "lang": r["lang"],
        "text": r["text"],
        "redact": r["redact"],
        "keep": r["keep"],
        "rewrites": r["rewrites"],
        "nothing_left": r["nothing_left"],
        "kinds": r["kinds"],
    }
    out.append(rec)
with open(os.path.join(HERE, "rewrites_test4.jsonl"), "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(n, len(out))
