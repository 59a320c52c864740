#!/usr/bin/env python3
"""Write the `nl_export` held-out set: a fictional Dutch photographer's Instagram data export and its gold spans.

Standard library only. Run from anywhere:

    python3 build_nl_export.py

It checks every record (span offsets cut exactly the written text, labels, overlaps, handles, hashtags, repeated
names), then writes, next to this script:

  export/your_instagram_activity/media/posts_1.json          posts, current (2025) layout, Meta mojibake
  export/your_instagram_activity/comments/post_comments_1.json   comments the owner wrote, Dutch keys, mojibake
  gold.jsonl                                                   one line per unit with text, in export order

and finally reads the export back, repairs the mojibake and checks that it gives exactly the gold texts.
Output is deterministic: running it twice gives byte-identical files.

Everybody and every handle here is invented. Real places (cities, neighbourhoods, parks, landmarks) appear as
places; venues such as Landgoed Rietvelde, Villa Johanna or De Kaasfabriek are invented.

Record fields: `id` (None for a post without caption, which is exported but is not a unit), `date` (read as UTC),
`media` (number of items in the post), `gps` (EXIF position of the first item or None), `owner` (comments: the
username of the commented post's owner), `text` (the real, decoded text), `entities` as [start, end, label, surface]
with character offsets (Python string indices) into `text`, and `not_names` as [start, end, surface]: name-like
strings that are deliberately not annotated (a name used as a word).
"""

import calendar
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "export")
POSTS_PATH = os.path.join(EXPORT, "your_instagram_activity", "media", "posts_1.json")
COMMENTS_PATH = os.path.join(EXPORT, "your_instagram_activity", "comments", "post_comments_1.json")
GOLD_PATH = os.path.join(HERE, "gold.jsonl")

ACCOUNT = "studiozilverlicht"  # the exporting account (fictional studio of fictional photographer Maartje)
LABELS = ("PERSON", "MENTION", "LOCATION")
# Handles in the texts that belong to no person (the own studio, venues, a florist's shop): not annotated.
NON_PERSON_HANDLES = {
    "@studiozilverlicht",
    "@landgoedrietvelde",
    "@villajohanna.events",
    "@bloemerij.amstelhoek",
}
# Dutch keys of string_map_data in the comments file (Meta translates them into the account's language).
KEY_COMMENT, KEY_OWNER, KEY_TIME = "Opmerking", "Media-eigenaar", "Tijd"

POSTS = [
    {
        'id': 'nl-exp-001',
        'date': '2025-10-12 17:45',
        'media': 4,
        'gps': (52.3667, 4.8872),
        'text': 'Meer love, less perfect. Dat is eigenlijk mijn hele filosofie. Geen stijve poses, gewoon jullie twee, zoals Yara en Koen hier op de Keizersgracht. #documentarywedding #loveshoot',
        'entities': [
            [108, 112, 'PERSON', 'Yara'],
            [116, 120, 'PERSON', 'Koen'],
            [132, 145, 'LOCATION', 'Keizersgracht'],
        ],
    },
    {
        'id': 'nl-exp-002',
        'date': '2025-10-06 20:00',
        'media': 1,
        'gps': None,
        'text': 'Meer dan 100 bruiloften sinds de start van Studio Zilverlicht 🎉 Van kleine elopements op Vlieland tot feesten met 250 gasten in de Westergasfabriek. Dank aan alle stellen die mij vertrouwden met hun grote dag.',
        'entities': [
            [89, 97, 'LOCATION', 'Vlieland'],
            [131, 147, 'LOCATION', 'Westergasfabriek'],
        ],
    },
    {
        'id': None,
        'date': '2025-10-02 09:00',
        'media': 2,
        'gps': None,
        'text': '',
        'entities': [],
    },
    {
        'id': 'nl-exp-003',
        'date': '2025-09-25 12:00',
        'media': 1,
        'gps': None,
        'text': 'Open studio op zaterdag 11 oktober! Kom langs op de NDSM-werf, drink een kop koffie, bekijk albums en maak kennis met mijn team: Lieve, Bram en onze nieuwe assistent Ilse ☕ #opendag #studiozilverlicht',
        'entities': [
            [52, 61, 'LOCATION', 'NDSM-werf'],
            [129, 134, 'PERSON', 'Lieve'],
            [136, 140, 'PERSON', 'Bram'],
            [166, 170, 'PERSON', 'Ilse'],
        ],
    },
    {
        'id': 'nl-exp-004',
        'date': '2025-09-13 23:40',
        'media': 3,
        'gps': (52.2292, 5.1669),
        'text': 'Wat doe je als het stortregent op je trouwdag? Dansen natuurlijk. Anouk en Ruben stonden om 21:00 met blote voeten op het terras van Hotel De Wilgenhoeve in Hilversum 🌧️💃 #rainydaywedding',
        'entities': [
            [66, 71, 'PERSON', 'Anouk'],
            [75, 80, 'PERSON', 'Ruben'],
            [133, 153, 'LOCATION', 'Hotel De Wilgenhoeve'],
            [157, 166, 'LOCATION', 'Hilversum'],
        ],
    },
    {
        'id': 'nl-exp-005',
        'date': '2025-09-06 22:15',
        'media': 9,
        'gps': None,
        'text': 'Heerlijk, een bruiloft zonder telefoons. Merel van Dijk en Sem Koster vroegen hun gasten om alles aan mij over te laten, en wat een verschil maakt dat. Iedereen was écht aanwezig.',
        'entities': [
            [41, 55, 'PERSON', 'Merel van Dijk'],
            [59, 69, 'PERSON', 'Sem Koster'],
        ],
    },
    {
        'id': 'nl-exp-006',
        'date': '2025-08-29 18:00',
        'media': 1,
        'gps': None,
        'text': 'Morgen weer een bruiloft in Den Haag en de weersvoorspelling ziet er goed uit 🤞 Tassen gepakt, batterijen geladen, reservekaarten mee. Wie trouwt er dit jaar nog in de regio Haaglanden?',
        'entities': [
            [28, 36, 'LOCATION', 'Den Haag'],
            [174, 184, 'LOCATION', 'Haaglanden'],
        ],
    },
    {
        'id': 'nl-exp-007',
        'date': '2025-08-20 16:20',
        'media': 2,
        'gps': None,
        'text': 'Op de bruiloft van Iris Bakker en Bas Smit kwam de bakker zelf de taart brengen 🎂 Dank Kees van Bakkerij Van Wijk, hij was net zo mooi als lekker.',
        'entities': [
            [19, 30, 'PERSON', 'Iris Bakker'],
            [34, 42, 'PERSON', 'Bas Smit'],
            [87, 91, 'PERSON', 'Kees'],
        ],
    },
    {
        'id': 'nl-exp-008',
        'date': '2025-08-17 20:00',
        'media': 4,
        'gps': None,
        'text': 'Behind the scenes bij de bruiloft van Iris en Bas 🎬 Mijn second shooter Lieve Martens (@lievemartens) lag letterlijk in het gras voor deze shot. Dedication! #irisenbas #behindthescenes',
        'entities': [
            [38, 42, 'PERSON', 'Iris'],
            [46, 49, 'PERSON', 'Bas'],
            [72, 85, 'PERSON', 'Lieve Martens'],
            [87, 100, 'MENTION', '@lievemartens'],
            [157, 167, 'PERSON', '#irisenbas'],
        ],
    },
    {
        'id': 'nl-exp-009',
        'date': '2025-07-20 21:00',
        'media': 5,
        'gps': None,
        'text': 'Wat bijzonder om een vow renewal te mogen fotograferen! Petra en Frank van Leeuwen zijn 25 jaar getrouwd en zeiden opnieuw ja in Restaurant De Vergulde Lepel in Weesp. Hun kinderen Tess en Luuk hielden een speech waar niemand droog bij bleef. Never too late ❤️',
        'entities': [
            [56, 61, 'PERSON', 'Petra'],
            [65, 82, 'PERSON', 'Frank van Leeuwen'],
            [129, 157, 'LOCATION', 'Restaurant De Vergulde Lepel'],
            [161, 166, 'LOCATION', 'Weesp'],
            [181, 185, 'PERSON', 'Tess'],
            [189, 193, 'PERSON', 'Luuk'],
        ],
    },
    {
        'id': 'nl-exp-010',
        'date': '2025-07-03 09:15',
        'media': 2,
        'gps': None,
        'text': 'Tijdschrift Trouwen & Zo heeft de bruiloft van Eva en Thijs opgenomen in het zomernummer! 📖 Geweldig om ons werk op papier te zien. Extra dank aan visagiste Yasmin El Amrani (@yasmin.mua) en de hele crew van Villa Johanna in Bloemendaal.',
        'entities': [
            [47, 50, 'PERSON', 'Eva'],
            [54, 59, 'PERSON', 'Thijs'],
            [157, 173, 'PERSON', 'Yasmin El Amrani'],
            [175, 186, 'MENTION', '@yasmin.mua'],
            [208, 221, 'LOCATION', 'Villa Johanna'],
            [225, 236, 'LOCATION', 'Bloemendaal'],
        ],
    },
    {
        'id': 'nl-exp-011',
        'date': '2025-06-29 19:00',
        'media': 3,
        'gps': None,
        'text': 'De ouders van de bruidegom, meneer en mevrouw Van der Linden, dansten de hele avond de sterren van de hemel 💃 Soms zijn de gasten de echte sterren. #bruiloft #sanneenjoost',
        'entities': [
            [46, 60, 'PERSON', 'Van der Linden'],
            [158, 171, 'PERSON', '#sanneenjoost'],
        ],
    },
    {
        'id': 'nl-exp-012',
        'date': '2025-06-22 20:14',
        'media': 8,
        'gps': None,
        'text': 'Wat een dag was dit. Sanne en Joost zeiden ja op Landgoed Rietvelde (@landgoedrietvelde) en het regende precies nul minuten ☀️ Dank @ingevisser.styling voor de styling, @bramdegraaf.foto voor het tweede paar ogen en @bloemerij.amstelhoek voor die waanzinnige boog. #sanneenjoost #trouwen #bruiloftfotograaf #amsterdamwedding',
        'entities': [
            [21, 26, 'PERSON', 'Sanne'],
            [30, 35, 'PERSON', 'Joost'],
            [49, 67, 'LOCATION', 'Landgoed Rietvelde'],
            [132, 151, 'MENTION', '@ingevisser.styling'],
            [169, 186, 'MENTION', '@bramdegraaf.foto'],
            [265, 278, 'PERSON', '#sanneenjoost'],
        ],
    },
    {
        'id': 'nl-exp-013',
        'date': '2025-06-15 10:30',
        'media': 3,
        'gps': None,
        'text': 'Sneak peek 👀 Meer van Sanne & Joost volgt snel. Lieve @sannebosch en @joostvanderlinden, ik heb al 400 favorieten en kan niet kiezen 🙈',
        'entities': [
            [22, 27, 'PERSON', 'Sanne'],
            [30, 35, 'PERSON', 'Joost'],
            [54, 65, 'MENTION', '@sannebosch'],
            [69, 87, 'MENTION', '@joostvanderlinden'],
        ],
    },
    {
        'id': 'nl-exp-014',
        'date': '2025-05-25 09:00',
        'media': 1,
        'gps': None,
        'text': "Vandaag precies een jaar getrouwd, Lotte en Daan! 🥂 Ik kijk nog steeds graag naar jullie foto's bij de Magere Brug en het feest in De Kaasfabriek in Utrecht. Gefeliciteerd, lieverds @lotte.en.daan #lotteendaan",
        'entities': [
            [35, 40, 'PERSON', 'Lotte'],
            [44, 48, 'PERSON', 'Daan'],
            [103, 114, 'LOCATION', 'Magere Brug'],
            [131, 145, 'LOCATION', 'De Kaasfabriek'],
            [149, 156, 'LOCATION', 'Utrecht'],
            [182, 196, 'MENTION', '@lotte.en.daan'],
            [197, 209, 'PERSON', '#lotteendaan'],
        ],
    },
    {
        'id': 'nl-exp-015',
        'date': '2025-05-09 17:00',
        'media': 1,
        'gps': None,
        'text': 'En de winnaar van de giveaway is... @jessica.mulder! 🥳 Jessica, stuur me even een DM, dan plannen we jullie shoot. Dank aan iedereen die meedeed, wat een lieve reacties kregen we.',
        'entities': [
            [36, 51, 'MENTION', '@jessica.mulder'],
            [55, 62, 'PERSON', 'Jessica'],
        ],
    },
    {
        'id': 'nl-exp-016',
        'date': '2025-05-01 08:00',
        'media': 1,
        'gps': None,
        'text': 'GIVEAWAY 🎉 Vier jaar Studio Zilverlicht en dat vieren we met jullie! Win een loveshoot van een uur op een locatie naar keuze in Amsterdam of Haarlem. Zo doe je mee: 1. Volg @studiozilverlicht 2. Tag je lief in de comments 3. Deel deze post in je stories. De winnaar wordt vrijdag bekendgemaakt. Succes! #giveaway #winactie #loveshoot',
        'entities': [
            [128, 137, 'LOCATION', 'Amsterdam'],
            [141, 148, 'LOCATION', 'Haarlem'],
        ],
    },
    {
        'id': 'nl-exp-017',
        'date': '2025-04-22 19:30',
        'media': 6,
        'gps': (51.92, 4.4903),
        'text': 'Eindelijk weer eens in Rotterdam! Loveshoot met Yara de Vries en Koen van den Berg tussen de Kubuswoningen en op de Erasmusbrug. Architectuur en liefde, wat wil je nog meer 😍 #rotterdam #loveshoot',
        'entities': [
            [23, 32, 'LOCATION', 'Rotterdam'],
            [48, 61, 'PERSON', 'Yara de Vries'],
            [65, 82, 'PERSON', 'Koen van den Berg'],
            [93, 106, 'LOCATION', 'Kubuswoningen'],
            [116, 127, 'LOCATION', 'Erasmusbrug'],
        ],
    },
    {
        'id': 'nl-exp-018',
        'date': '2025-04-15 13:00',
        'media': 1,
        'gps': None,
        'text': 'Welkom in het team, Lieve! 🎉 Lieve Martens komt uit Leiden, studeerde fotografie in Amsterdam en gaat dit seizoen als second shooter mee naar twaalf bruiloften. Volg haar op @lievemartens.',
        'entities': [
            [20, 25, 'PERSON', 'Lieve'],
            [29, 42, 'PERSON', 'Lieve Martens'],
            [52, 58, 'LOCATION', 'Leiden'],
            [84, 93, 'LOCATION', 'Amsterdam'],
            [174, 187, 'MENTION', '@lievemartens'],
        ],
    },
    {
        'id': 'nl-exp-019',
        'date': '2025-04-08 12:00',
        'media': 4,
        'gps': None,
        'text': 'Welkom op de wereld, kleine Mila 🤍 Negen dagen oud en nu al zo’n karakter. Mooi om deze eerste weken voor Kim en Tom vast te leggen, thuis in hun appartement aan de Kinkerstraat in Oud-West. #newbornfotografie #newbornshoot #amsterdam',
        'entities': [
            [28, 32, 'PERSON', 'Mila'],
            [106, 109, 'PERSON', 'Kim'],
            [113, 116, 'PERSON', 'Tom'],
            [165, 177, 'LOCATION', 'Kinkerstraat'],
            [181, 189, 'LOCATION', 'Oud-West'],
        ],
    },
    {
        'id': 'nl-exp-020',
        'date': '2025-04-05 10:00',
        'media': 1,
        'gps': None,
        'text': 'Nog één week tot de eerste bruiloft van het seizoen! Dit jaar mag ik 24 stellen vastleggen, van Groningen tot Maastricht en zelfs één in Italië 🇮🇹 Ik heb er zo’n zin in.',
        'entities': [
            [96, 105, 'LOCATION', 'Groningen'],
            [110, 120, 'LOCATION', 'Maastricht'],
            [137, 143, 'LOCATION', 'Italië'],
        ],
    },
    {
        'id': 'nl-exp-021',
        'date': '2025-03-20 11:45',
        'media': 2,
        'gps': None,
        'text': 'Nieuw in de studio: een linnen achtergrond in de kleur zand, met dank aan Jeroen van Houtwerk Noord die hem op maat maakte. Binnenkort te zien in de eerste portretten!',
        'entities': [
            [74, 80, 'PERSON', 'Jeroen'],
        ],
    },
    {
        'id': 'nl-exp-022',
        'date': '2025-03-10 08:30',
        'media': 1,
        'gps': None,
        'text': 'Happy Monday! Nog een paar plekjes vrij voor newbornshoots in april en mei. Ik kom bij je thuis in Amsterdam, Amstelveen, Diemen of Zaandam, of je komt naar de studio. Meer info via de link in bio 🍼',
        'entities': [
            [99, 108, 'LOCATION', 'Amsterdam'],
            [110, 120, 'LOCATION', 'Amstelveen'],
            [122, 128, 'LOCATION', 'Diemen'],
            [132, 139, 'LOCATION', 'Zaandam'],
        ],
    },
    {
        'id': 'nl-exp-023',
        'date': '2025-03-04 10:10',
        'media': 2,
        'gps': None,
        'text': 'Mooi nieuws: vanaf nu kun je ook bij mij terecht voor zakelijke portretten! Perfect voor je LinkedIn, je website of de achterflap van een nieuw boek. Hanneke de Jong was de eerste die de nieuwe set uitprobeerde. Boeken kan via de link in bio.',
        'entities': [
            [150, 165, 'PERSON', 'Hanneke de Jong'],
        ],
    },
    {
        'id': 'nl-exp-024',
        'date': '2025-02-26 15:00',
        'media': 5,
        'gps': None,
        'text': 'Kleine Finn is er! 👶 Zijn grote zus Sterre wilde hem het liefst de hele shoot vasthouden. Dank Naomi en Jasper de Boer (@naomi.deboer) voor het vertrouwen. #newborn #broerenzus',
        'entities': [
            [7, 11, 'PERSON', 'Finn'],
            [36, 42, 'PERSON', 'Sterre'],
            [95, 100, 'PERSON', 'Naomi'],
            [104, 118, 'PERSON', 'Jasper de Boer'],
            [120, 133, 'MENTION', '@naomi.deboer'],
        ],
    },
    {
        'id': 'nl-exp-025',
        'date': '2025-02-18 09:45',
        'media': 1,
        'gps': None,
        'text': 'Mooi licht, mooi mens. Portret van Ahmed Bakkali voor zijn nieuwe boek over de Bijlmer, waar hij opgroeide. Binnenkort in de winkel! #portretfotografie',
        'entities': [
            [35, 48, 'PERSON', 'Ahmed Bakkali'],
            [79, 86, 'LOCATION', 'Bijlmer'],
        ],
    },
    {
        'id': 'nl-exp-026',
        'date': '2025-02-10 19:05',
        'media': 1,
        'gps': (52.4008, 4.8939),
        'text': 'Eindelijk mogen we het vertellen: Studio Zilverlicht verhuist! Vanaf 1 maart vind je ons op de NDSM-werf in Amsterdam-Noord, met een grotere studio en veel meer daglicht ✨ Dank aan iedereen die de afgelopen jaren naar ons kleine hoekje in de Jordaan kwam. Tot snel! x Maartje',
        'entities': [
            [95, 104, 'LOCATION', 'NDSM-werf'],
            [108, 123, 'LOCATION', 'Amsterdam-Noord'],
            [242, 249, 'LOCATION', 'Jordaan'],
            [268, 275, 'PERSON', 'Maartje'],
        ],
    },
    {
        'id': 'nl-exp-027',
        'date': '2025-01-31 12:30',
        'media': 1,
        'gps': None,
        'text': 'Dank jullie wel voor alle lieve reviews deze maand 🥹 Een paar woorden van Roos en Jesse: ‘Maartje voelde vanaf het eerste moment als een vriendin.’ Dat is precies wat ik wil. #reviews #bruiloftfotograaf',
        'entities': [
            [74, 78, 'PERSON', 'Roos'],
            [82, 87, 'PERSON', 'Jesse'],
            [90, 97, 'PERSON', 'Maartje'],
        ],
    },
    {
        'id': 'nl-exp-028',
        'date': '2025-01-22 19:10',
        'media': 1,
        'gps': None,
        'text': 'Tijdens de shoot noemde oma Riet haar achterkleinzoon steeds ‘Ollie’ en dat kreeg hem elke keer aan het lachen 😂 Een outtake die te lief is om niet te delen.',
        'entities': [
            [28, 32, 'PERSON', 'Riet'],
            [62, 67, 'PERSON', 'Ollie'],
        ],
    },
    {
        'id': 'nl-exp-029',
        'date': '2025-01-19 16:00',
        'media': 4,
        'gps': None,
        'text': 'Vier generaties op één foto: oma Riet (94!), haar dochter Hanneke, kleindochter Marloes en achterkleinzoon Olivier. Dit soort sessies raakt me elke keer weer ❤️ #familieshoot #generaties',
        'entities': [
            [33, 37, 'PERSON', 'Riet'],
            [58, 65, 'PERSON', 'Hanneke'],
            [80, 87, 'PERSON', 'Marloes'],
            [107, 114, 'PERSON', 'Olivier'],
        ],
    },
    {
        'id': 'nl-exp-030',
        'date': '2025-01-10 18:00',
        'media': 2,
        'gps': None,
        'text': 'Save the date! 📅 Eline & Tim are getting married in Amsterdam on June 28th and I’m so honored to be their photographer. Just look at these two 🥰 @eline.peters #elineentim',
        'entities': [
            [17, 22, 'PERSON', 'Eline'],
            [25, 28, 'PERSON', 'Tim'],
            [52, 61, 'LOCATION', 'Amsterdam'],
            [145, 158, 'MENTION', '@eline.peters'],
            [159, 170, 'PERSON', '#elineentim'],
        ],
    },
    {
        'id': 'nl-exp-031',
        'date': '2025-01-05 14:00',
        'media': 1,
        'gps': None,
        'text': 'Binnenkort: een nieuwe samenwerking met Villa Johanna! Vanaf dit voorjaar ben ik een van hun vaste fotografen. Ga je daar trouwen? Stuur me een bericht voor een speciaal pakket 💌 @villajohanna.events',
        'entities': [
            [40, 53, 'LOCATION', 'Villa Johanna'],
        ],
    },
    {
        'id': None,
        'date': '2024-12-24 10:00',
        'media': 1,
        'gps': None,
        'text': '',
        'entities': [],
    },
    {
        'id': 'nl-exp-032',
        'date': '2024-12-15 11:30',
        'media': 3,
        'gps': None,
        'text': 'Dit is alweer het zesde jaar dat de Jansens voor hun kerstfoto naar de studio komen 🎄 Familie Jansen, dank voor jullie trouw! Kerstshoots zijn vol, voor de wachtlijst: link in bio.',
        'entities': [
            [36, 43, 'PERSON', 'Jansens'],
            [94, 100, 'PERSON', 'Jansen'],
        ],
    },
    {
        'id': 'nl-exp-033',
        'date': '2024-11-28 17:00',
        'media': 3,
        'gps': None,
        'text': 'Vandaag vierde Noah zijn eerste verjaardag met een cake smash in de studio 🎂 Mama Sarah had de ballonnen zelf uitgezocht, papa Ricardo de taart. Resultaat: één blije jongen en een flinke schoonmaakbeurt. #cakesmash',
        'entities': [
            [15, 19, 'PERSON', 'Noah'],
            [82, 87, 'PERSON', 'Sarah'],
            [127, 134, 'PERSON', 'Ricardo'],
        ],
    },
    {
        'id': 'nl-exp-034',
        'date': '2024-11-05 14:25',
        'media': 5,
        'gps': None,
        'text': 'Buiten raasde de storm, binnen sliep kleine Storm overal doorheen 😴 Zijn ouders kozen de naam omdat hij tijdens een onweersnacht geboren werd, en “Storm” past perfect bij dit kleine kanonnetje. Dank Lisa ter Horst en Ramon dat ik bij jullie in Zaandam mocht komen. #newbornfotografie #babystorm',
        'entities': [
            [44, 49, 'PERSON', 'Storm'],
            [199, 213, 'PERSON', 'Lisa ter Horst'],
            [217, 222, 'PERSON', 'Ramon'],
            [244, 251, 'LOCATION', 'Zaandam'],
            [284, 294, 'PERSON', '#babystorm'],
        ],
        'not_names': [
            [147, 152, 'Storm'],
        ],
    },
    {
        'id': 'nl-exp-035',
        'date': '2024-10-30 17:50',
        'media': 6,
        'gps': (52.1145, 5.8411),
        'text': 'Welke kleur jurk past bij een herfstshoot? Noor Willems koos deze roestbruine van Atelier Kok en ik ben verliefd 🍂 Met Milan op de Veluwe, vlak bij Hoenderloo. #herfst #loveshoot #noorenmilan',
        'entities': [
            [43, 55, 'PERSON', 'Noor Willems'],
            [119, 124, 'PERSON', 'Milan'],
            [131, 137, 'LOCATION', 'Veluwe'],
            [148, 158, 'LOCATION', 'Hoenderloo'],
            [179, 191, 'PERSON', '#noorenmilan'],
        ],
    },
    {
        'id': 'nl-exp-036',
        'date': '2024-10-20 18:40',
        'media': 6,
        'gps': (52.358, 4.8686),
        'text': 'Golden hour in het Vondelpark met Fleur en Mees 🧡 Ze trouwen volgend jaar in Toscane, maar eerst nog even samen door de bladeren rennen. Zelfs een nieuwsgierige mees kwam kijken. Super leuk om jullie te leren kennen! #fleurenmees #loveshoot #verloofd',
        'entities': [
            [19, 29, 'LOCATION', 'Vondelpark'],
            [34, 39, 'PERSON', 'Fleur'],
            [43, 47, 'PERSON', 'Mees'],
            [77, 84, 'LOCATION', 'Toscane'],
            [217, 229, 'PERSON', '#fleurenmees'],
        ],
    },
    {
        'id': 'nl-exp-037',
        'date': '2024-09-22 11:00',
        'media': 2,
        'gps': None,
        'text': 'Bruidsboeket van witte rozen en één rode roos, voor Roos natuurlijk 🌹 Gemaakt door @bloemerij.amstelhoek. Details doen ertoe. #roosenjesse #bruidsboeket',
        'entities': [
            [52, 56, 'PERSON', 'Roos'],
            [126, 138, 'PERSON', '#roosenjesse'],
        ],
    },
    {
        'id': 'nl-exp-038',
        'date': '2024-09-14 21:10',
        'media': 10,
        'gps': (52.3812, 4.6368),
        'text': 'Twee bruiden, één perfecte dag. Julia en Sophie trouwden in het stadhuis van Haarlem en vierden het daarna aan het water bij Paviljoen Spaarnezicht. Nog steeds kippenvel van jullie speeches 🥹 #juliaensophie #lovewins #trouwenhaarlem',
        'entities': [
            [32, 37, 'PERSON', 'Julia'],
            [41, 47, 'PERSON', 'Sophie'],
            [77, 84, 'LOCATION', 'Haarlem'],
            [125, 147, 'LOCATION', 'Paviljoen Spaarnezicht'],
            [192, 206, 'PERSON', '#juliaensophie'],
        ],
    },
    {
        'id': 'nl-exp-039',
        'date': '2024-09-02 10:20',
        'media': 1,
        'gps': None,
        'text': 'Super blij met deze kaart van Eva en Thijs die vandaag op de mat lag ✉️ ‘Lieve Maartje, dank voor de mooiste herinneringen.’ Nee, jullie bedankt!',
        'entities': [
            [30, 33, 'PERSON', 'Eva'],
            [37, 42, 'PERSON', 'Thijs'],
            [79, 86, 'PERSON', 'Maartje'],
        ],
    },
    {
        'id': 'nl-exp-040',
        'date': '2024-08-28 21:30',
        'media': 5,
        'gps': (52.3738, 4.531),
        'text': 'Lieve Merel en Sem, wat waren jullie ontspannen voor de camera. Geen moment geposeerd, gewoon lachen op het strand van Zandvoort terwijl de zon onderging 🌅 #loveshoot #zandvoort #strandshoot',
        'entities': [
            [6, 11, 'PERSON', 'Merel'],
            [15, 18, 'PERSON', 'Sem'],
            [119, 128, 'LOCATION', 'Zandvoort'],
        ],
    },
    {
        'id': 'nl-exp-041',
        'date': '2024-07-15 20:45',
        'media': 4,
        'gps': None,
        'text': 'Geweldig om Bram de Graaf weer naast me te hebben als tweede fotograaf. Brams detailfoto’s van de ringen, de schoenen en de tafelaankleding zijn echt next level. Volg hem op @bramdegraaf.foto!',
        'entities': [
            [12, 25, 'PERSON', 'Bram de Graaf'],
            [72, 77, 'PERSON', 'Brams'],
            [174, 191, 'MENTION', '@bramdegraaf.foto'],
        ],
    },
    {
        'id': 'nl-exp-042',
        'date': '2024-07-02 18:30',
        'media': 2,
        'gps': (52.1214, 4.9867),
        'text': 'Mijn collega Anne-Marie Dekker (@annemarie.dekker.fotografie) draaide de rollen om en fotografeerde mij voor de verandering, tijdens onze styled shoot bij Kasteel de Haar. Raar om aan de andere kant van de lens te staan! 📷',
        'entities': [
            [13, 30, 'PERSON', 'Anne-Marie Dekker'],
            [32, 60, 'MENTION', '@annemarie.dekker.fotografie'],
            [155, 170, 'LOCATION', 'Kasteel de Haar'],
        ],
    },
    {
        'id': 'nl-exp-043',
        'date': '2024-06-07 13:15',
        'media': 7,
        'gps': (53.0105, 4.7158),
        'text': "Super trots op deze: Femke en Wouter trouwden in het kleinste kerkje van Texel, in Den Hoorn. Alleen hun ouders, Femke's broertje Gijs en ik. Klein kan zo groots zijn. #elopement #texel #intiemebruiloft",
        'entities': [
            [21, 26, 'PERSON', 'Femke'],
            [30, 36, 'PERSON', 'Wouter'],
            [73, 78, 'LOCATION', 'Texel'],
            [83, 92, 'LOCATION', 'Den Hoorn'],
            [113, 120, 'PERSON', "Femke's"],
            [130, 134, 'PERSON', 'Gijs'],
        ],
    },
    {
        'id': 'nl-exp-044',
        'date': '2024-05-28 21:00',
        'media': 3,
        'gps': None,
        'text': 'Dank aan DJ Wesley (@djwesley.nl) voor de volste dansvloer van het seizoen 🎶 Om 01:30 stond zelfs opa Henk nog te springen. Bruiloft van Lotte en Daan in De Kaasfabriek, Utrecht.',
        'entities': [
            [12, 18, 'PERSON', 'Wesley'],
            [20, 32, 'MENTION', '@djwesley.nl'],
            [102, 106, 'PERSON', 'Henk'],
            [137, 142, 'PERSON', 'Lotte'],
            [146, 150, 'PERSON', 'Daan'],
            [154, 168, 'LOCATION', 'De Kaasfabriek'],
            [170, 177, 'LOCATION', 'Utrecht'],
        ],
    },
    {
        'id': 'nl-exp-045',
        'date': '2024-05-14 12:00',
        'media': 1,
        'gps': None,
        'text': 'Welke locatie kiezen jullie voor de loveshoot? Dit zijn mijn favorieten in en rond Amsterdam: het Amsterdamse Bos, de Hortus Botanicus, de Zuidas bij nacht en de dijk bij Durgerdam. Laat het weten in de comments! 👇',
        'entities': [
            [83, 92, 'LOCATION', 'Amsterdam'],
            [98, 113, 'LOCATION', 'Amsterdamse Bos'],
            [118, 134, 'LOCATION', 'Hortus Botanicus'],
            [139, 145, 'LOCATION', 'Zuidas'],
            [171, 180, 'LOCATION', 'Durgerdam'],
        ],
    },
    {
        'id': 'nl-exp-046',
        'date': '2024-04-12 19:20',
        'media': 3,
        'gps': (52.3702, 4.8852),
        'text': 'Gisteren op de Prinsengracht met Anouk Hendriks en Ruben Meijer. Ze ontmoetten elkaar tien jaar geleden op precies deze brug, dus daar moesten we natuurlijk terug 🚲 Welke foto is jullie favoriet, 1, 2 of 3?',
        'entities': [
            [15, 28, 'LOCATION', 'Prinsengracht'],
            [33, 47, 'PERSON', 'Anouk Hendriks'],
            [51, 63, 'PERSON', 'Ruben Meijer'],
        ],
    },
]

COMMENTS = [
    {
        'id': 'nl-exp-047',
        'date': '2025-09-02 19:55',
        'owner': 'merelvandijk_',
        'text': 'Hahaha @semkoster die pose 😂 Zaterdag doen we dit nog een keer, maar dan met Amsterdamse grachten op de achtergrond.',
        'entities': [
            [7, 17, 'MENTION', '@semkoster'],
        ],
    },
    {
        'id': 'nl-exp-048',
        'date': '2025-08-24 12:10',
        'owner': 'eva.en.thijs',
        'text': 'Gefeliciteerd met jullie eerste trouwdag, Eva en Thijs! 🥂',
        'entities': [
            [42, 45, 'PERSON', 'Eva'],
            [49, 54, 'PERSON', 'Thijs'],
        ],
    },
    {
        'id': 'nl-exp-049',
        'date': '2025-08-02 15:05',
        'owner': 'daanvos',
        'text': 'Gefeliciteerd, Daan! Eerst trouwen en nu een huis op IJburg, wat een jaar 🏡',
        'entities': [
            [15, 19, 'PERSON', 'Daan'],
            [53, 59, 'LOCATION', 'IJburg'],
        ],
    },
    {
        'id': 'nl-exp-050',
        'date': '2025-07-21 10:40',
        'owner': 'tess.vanleeuwen',
        'text': 'Wat een speech hield je, Tess. Je ouders mogen trots zijn. En nog bedankt voor de koffie, mevrouw Van Leeuwen ☕',
        'entities': [
            [25, 29, 'PERSON', 'Tess'],
            [98, 109, 'PERSON', 'Van Leeuwen'],
        ],
    },
    {
        'id': 'nl-exp-051',
        'date': '2025-06-24 19:30',
        'owner': 'ingevisser.styling',
        'text': '@ingevisser.styling jij bent echt een tovenaar met bloemen en stoffen. Volgend jaar weer samen op Landgoed Rietvelde?',
        'entities': [
            [0, 19, 'MENTION', '@ingevisser.styling'],
            [98, 116, 'LOCATION', 'Landgoed Rietvelde'],
        ],
    },
    {
        'id': 'nl-exp-052',
        'date': '2025-06-23 08:15',
        'owner': 'sannebosch',
        'text': 'Haha, Joost die de hele dag met die strik liep te klooien 😂 Kon het niet laten om het vast te leggen.',
        'entities': [
            [6, 11, 'PERSON', 'Joost'],
        ],
    },
    {
        'id': 'nl-exp-053',
        'date': '2025-06-22 21:02',
        'owner': 'sannebosch',
        'text': 'Sanne, wat mooi! Ik krijg er weer kippenvel van 😍',
        'entities': [
            [0, 5, 'PERSON', 'Sanne'],
        ],
    },
    {
        'id': 'nl-exp-054',
        'date': '2025-05-03 20:00',
        'owner': 'studiozilverlicht',
        'text': 'Geweldig om te zien hoeveel mensen meedoen! Nog twee dagen, dus tag je lief snel 💕',
        'entities': [],
    },
    {
        'id': 'nl-exp-055',
        'date': '2025-03-11 18:20',
        'owner': 'studiozilverlicht',
        'text': 'Zeker! Ik fotografeer door heel Nederland en België, en op aanvraag ook verder weg 🌍',
        'entities': [
            [32, 41, 'LOCATION', 'Nederland'],
            [45, 51, 'LOCATION', 'België'],
        ],
    },
    {
        'id': 'nl-exp-056',
        'date': '2025-03-06 14:30',
        'owner': 'hannekedejong.coaching',
        'text': 'Mooi geworden, Hanneke! Succes met de lancering van je nieuwe website 🙌',
        'entities': [
            [15, 22, 'PERSON', 'Hanneke'],
        ],
    },
    {
        'id': 'nl-exp-057',
        'date': '2025-02-27 09:15',
        'owner': 'naomi.deboer',
        'text': 'Welkom, kleine Finn! Wat een prachtig mannetje. En Sterre als grote zus, zo trots 😍',
        'entities': [
            [15, 19, 'PERSON', 'Finn'],
            [51, 57, 'PERSON', 'Sterre'],
        ],
    },
    {
        'id': 'nl-exp-058',
        'date': '2025-01-06 11:25',
        'owner': 'villajohanna.events',
        'text': 'Altijd een feestje om bij jullie te werken. Tot zaterdag!',
        'entities': [],
    },
    {
        'id': 'nl-exp-059',
        'date': '2024-11-06 10:00',
        'owner': 'lisaterhorst',
        'text': 'Wat een plaatje is hij toch. Groetjes aan Ramon en de hele familie Ter Horst! 🤍',
        'entities': [
            [42, 47, 'PERSON', 'Ramon'],
            [67, 76, 'PERSON', 'Ter Horst'],
        ],
    },
    {
        'id': 'nl-exp-060',
        'date': '2024-10-31 08:30',
        'owner': 'studiozilverlicht',
        'text': 'Haha ja @evi.postma, het was ijskoud op de Veluwe, maar Noor en Milan hielden het de hele shoot vol 🥶',
        'entities': [
            [8, 19, 'MENTION', '@evi.postma'],
            [43, 49, 'LOCATION', 'Veluwe'],
            [56, 60, 'PERSON', 'Noor'],
            [64, 69, 'PERSON', 'Milan'],
        ],
    },
    {
        'id': 'nl-exp-061',
        'date': '2024-09-30 20:30',
        'owner': 'roos.hofman',
        'text': 'Lieve Roos, de eerste preview staat online! Kijk maar eens in je mail 💌 #roosenjesse',
        'entities': [
            [6, 10, 'PERSON', 'Roos'],
            [72, 84, 'PERSON', '#roosenjesse'],
        ],
    },
    {
        'id': 'nl-exp-062',
        'date': '2024-09-19 16:00',
        'owner': 'yasmin.mua',
        'text': 'Jouw werk blijft er op de foto’s zo natuurlijk uitzien, Yasmin. Tot zaterdag bij Roos en Jesse!',
        'entities': [
            [56, 62, 'PERSON', 'Yasmin'],
            [81, 85, 'PERSON', 'Roos'],
            [89, 94, 'PERSON', 'Jesse'],
        ],
    },
    {
        'id': 'nl-exp-063',
        'date': '2024-09-16 21:45',
        'owner': 'sophie.kramer',
        'text': 'Sophie, die speech van jouw zus Fenna... ik moest echt even achter mijn camera huilen 😭',
        'entities': [
            [0, 6, 'PERSON', 'Sophie'],
            [32, 37, 'PERSON', 'Fenna'],
        ],
    },
    {
        'id': 'nl-exp-064',
        'date': '2024-08-29 09:40',
        'owner': 'studiozilverlicht',
        'text': 'Dank je wel, lieve Merel! Ik kijk nu al uit naar de bruiloft 🌊',
        'entities': [
            [19, 24, 'PERSON', 'Merel'],
        ],
    },
    {
        'id': 'nl-exp-065',
        'date': '2024-07-16 22:05',
        'owner': 'bramdegraaf.foto',
        'text': 'Wat een shot, Bram! Die reflectie in de plas 👌',
        'entities': [
            [14, 18, 'PERSON', 'Bram'],
        ],
    },
    {
        'id': 'nl-exp-066',
        'date': '2024-07-03 08:50',
        'owner': 'annemarie.dekker.fotografie',
        'text': 'Haha, ik zie er bijna professioneel uit 😅 Dank je, Anne-Marie, het was een topdag in Haarzuilens!',
        'entities': [
            [51, 61, 'PERSON', 'Anne-Marie'],
            [85, 96, 'LOCATION', 'Haarzuilens'],
        ],
    },
]


HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
HASHTAG = re.compile(r"(?<![\w#])#\w+")


def check_record(rec, kind, problems):
    rid, text = rec["id"], rec["text"]
    where = f"{rid or rec['date']}"
    if kind == "comment" and not text:
        problems.append(f"{where}: comment without text")
    if not text:
        if rec["entities"] or rid is not None:
            problems.append(f"{where}: post without caption must have no id and no spans")
        return
    if text != text.strip() or "  " in text:
        problems.append(f"{where}: stray whitespace in text")
    spans = []
    for ent in rec["entities"]:
        if len(ent) != 4:
            problems.append(f"{where}: malformed span {ent!r}")
            continue
        s, e, label, surface = ent
        if label not in LABELS:
            problems.append(f"{where}: bad label {label!r}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{where}: offsets out of range {ent!r}")
            continue
        if text[s:e] != surface:
            problems.append(f"{where}: [{s}, {e}] cuts {text[s:e]!r}, expected {surface!r}")
        if surface != surface.strip() or surface[-1] in ".,:;!?)'’”":
            problems.append(f"{where}: span {surface!r} has edge whitespace or punctuation")
        if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@#_")) or (e < len(text) and (text[e].isalnum() or text[e] == "_")):
            problems.append(f"{where}: span {surface!r} cuts inside a word")
        if label == "MENTION" and not (surface.startswith("@") and HANDLE.fullmatch(surface)):
            problems.append(f"{where}: MENTION {surface!r} is not a whole @handle")
        if label == "MENTION" and surface in NON_PERSON_HANDLES:
            problems.append(f"{where}: {surface!r} is listed as a non-person handle")
        if surface.startswith("#") and (label != "PERSON" or not HASHTAG.fullmatch(surface)):
            problems.append(f"{where}: hashtag span {surface!r} must be a whole hashtag labelled PERSON")
        if label != "MENTION" and "@" in surface:
            problems.append(f"{where}: {surface!r} holds a handle but is not a MENTION")
        spans.append((s, e, label, surface))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            problems.append(f"{where}: overlapping spans {a!r} {b!r}")
    if [list(x) for x in spans] != [list(x) for x in rec["entities"]]:
        problems.append(f"{where}: spans are not listed in text order")
    nots = rec.get("not_names", [])
    for s, e, surface in nots:
        if text[s:e] != surface:
            problems.append(f"{where}: not_names [{s}, {e}] cuts {text[s:e]!r}, expected {surface!r}")
        if any(not (e <= a or s >= b) for a, b, _, _ in spans):
            problems.append(f"{where}: not_names {surface!r} overlaps a span")

    def covered(a, b):
        return any(s <= a and b <= e for s, e, _, _ in spans) or any(s <= a and b <= e for s, e, _ in nots)

    # Every @handle is either a person's handle annotated as MENTION or a known non-person handle.
    for m in HANDLE.finditer(text):
        h = m.group(0)
        if h in NON_PERSON_HANDLES:
            if covered(m.start(), m.end()):
                problems.append(f"{where}: non-person handle {h!r} is annotated")
        elif not any(s == m.start() and e == m.end() and lab == "MENTION" for s, e, lab, _ in spans):
            problems.append(f"{where}: handle {h!r} is not annotated as MENTION")
    # An annotated hashtag is the whole hashtag; hashtags are never partly annotated.
    for m in HASHTAG.finditer(text):
        inside = [x for x in spans if not (x[1] <= m.start() or x[0] >= m.end())]
        if inside and not (len(inside) == 1 and inside[0][:2] == (m.start(), m.end())):
            problems.append(f"{where}: hashtag {m.group(0)!r} partly annotated")
    # A name annotated once is annotated at each of its (case-sensitive, whole-word) occurrences in the record,
    # unless it sits inside a longer span or is listed in not_names.
    for s, e, label, surface in spans:
        if surface[0] in "@#":
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not covered(m.start(), m.end()):
                problems.append(f"{where}: {surface!r} at {m.start()} is not annotated")


def check_records():
    problems = []
    ids = []
    for kind, recs in (("caption", POSTS), ("comment", COMMENTS)):
        dates = [r["date"] for r in recs]
        if dates != sorted(dates, reverse=True) or len(set(dates)) != len(dates):
            problems.append(f"{kind}s are not in strictly descending date order (newest first, as Meta writes them)")
        for r in recs:
            datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M")
            check_record(r, kind, problems)
            if r["id"] is not None:
                ids.append(r["id"])
            if kind == "comment" and not r.get("owner"):
                problems.append(f"{r['id']}: comment without media owner")
    expected = [f"nl-exp-{i:03d}" for i in range(1, len(ids) + 1)]
    if ids != expected:
        problems.append("ids are not nl-exp-001.. in export order")
    return problems


def timestamp(date):
    return calendar.timegm(datetime.datetime.strptime(date, "%Y-%m-%d %H:%M").timetuple())


def mojibake(value):
    """Meta's encoding: each UTF-8 byte of a string becomes its own latin-1 code point (json writes \\u00XX)."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: mojibake(v) for k, v in value.items()}
    return value


def repair(value):
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {k: repair(v) for k, v in value.items()}
    return value


def post_json(index, rec):
    ts = timestamp(rec["date"])
    month = rec["date"][:4] + rec["date"][5:7]
    media = []
    for i in range(rec["media"]):
        item = {
            "uri": f"media/posts/{month}/{18034000000000000 + index * 104729 + i * 7919}.jpg",
            "creation_timestamp": ts,
        }
        if i == 0 and rec["gps"] is not None:
            lat, lon = rec["gps"]
            item["media_metadata"] = {"photo_metadata": {"exif_data": [{"latitude": lat, "longitude": lon}]}}
        item["title"] = ""
        item["cross_post_source"] = {"source_app": "FB"}
        media.append(item)
    return {"media": media, "title": rec["text"], "creation_timestamp": ts}


def comment_json(rec):
    return {
        "media_list_data": [{"uri": ""}],
        "string_map_data": {
            KEY_COMMENT: {"value": rec["text"]},
            KEY_OWNER: {"value": rec["owner"]},
            KEY_TIME: {"timestamp": timestamp(rec["date"])},
        },
    }


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(json.dumps(mojibake(data), ensure_ascii=True, indent=2))


def gold_lines():
    lines = []
    for kind, recs in (("caption", POSTS), ("comment", COMMENTS)):
        for r in recs:
            if r["id"] is None:
                continue
            lines.append(json.dumps({"id": r["id"], "kind": kind, "text": r["text"],
                                     "entities": [[s, e, label] for s, e, label, _ in r["entities"]]},
                                    ensure_ascii=False))
    return lines


def check_written(problems):
    """Read the export back the way a tool would and compare with the records."""
    units = []
    for path in (POSTS_PATH, COMMENTS_PATH):
        raw = open(path, "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            problems.append(f"{path}: not pure ASCII")
        for esc in re.findall(rb"\\u([0-9a-fA-F]{4})", raw):
            if int(esc, 16) > 0xFF or esc != esc.lower():
                problems.append(f"{path}: escape \\u{esc.decode()} is not a lowercase \\u00XX byte escape")
    posts = json.load(open(POSTS_PATH, encoding="ascii"))
    for p, rec in zip(posts, POSTS):
        if any(ord(ch) > 0xFF for ch in p["title"]):
            problems.append("a caption holds characters above U+00FF: not Meta's encoding")
        if rec["text"] != rec["text"].encode("ascii", "ignore").decode() and p["title"] == rec["text"]:
            problems.append(f"{rec['id']}: non-ASCII caption was not mangled")
        caption = repair(p["title"]) or repair(p["media"][0]["title"])
        if caption:
            units.append(("caption", caption))
    if len(posts) != len(POSTS):
        problems.append("posts file has the wrong number of posts")
    comments = json.load(open(COMMENTS_PATH, encoding="ascii"))
    for c in comments:
        units.append(("comment", repair(c["string_map_data"][KEY_COMMENT]["value"])))
    gold = [json.loads(line) for line in open(GOLD_PATH, encoding="utf-8")]
    if [(g["kind"], g["text"]) for g in gold] != units:
        problems.append("repaired export texts differ from gold.jsonl texts")
    for g in gold:
        for s, e, label in g["entities"]:
            if not (0 <= s < e <= len(g["text"])) or label not in LABELS:
                problems.append(f"{g['id']}: bad span in gold.jsonl")


def main():
    problems = check_records()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    write(POSTS_PATH, [post_json(i, r) for i, r in enumerate(POSTS)])
    write(COMMENTS_PATH, [comment_json(r) for r in COMMENTS])
    with open(GOLD_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(gold_lines()) + "\n")
    check_written(problems)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    counts = {label: 0 for label in LABELS}
    n_caption = sum(1 for r in POSTS if r["id"])
    for r in POSTS + COMMENTS:
        for _, _, label, _ in r["entities"]:
            counts[label] += 1
    print(f"ok: {n_caption} captions ({len(POSTS) - n_caption} posts without caption), {len(COMMENTS)} comments; "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
