#!/usr/bin/env python3
"""Build gold.jsonl for the `namewords` held-out TEST set.

Records are kept below in readable form: text as a tuple of lines and
entities as (surface, label) or (surface, label, occurrence).  The
occurrence is the 0-based index among the places where `surface` appears
in the text at a word boundary (case-sensitive); it is given only when
the surface appears more than once, and must be given then.

`not_names` lists places where a string that is annotated elsewhere in
the record (as a name) is used as something else: ("Holly", "word", 0)
means the first "Holly" is the plant, not the person.  The reason is one
of: word (an ordinary word), brand (a shop/product/brand), work (a title,
fairy-tale or character), pet.  Entries with reason other than "word"
are excluded when counting name-words used as words.

`not_people_handles` lists @handles of businesses and venues, which are
not annotated.

Run:  python3 build_namewords.py   (writes gold.jsonl next to this file)
Exits non-zero with a message if any check fails.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ("PERSON", "MENTION", "LOCATION")
LANGS = {"en": "en", "de": "de", "mx": "mixed"}
KINDS = (
    "name-opening", "name-mid", "name-after-possessive", "name-after-role",
    "name-genitive", "name-list", "name-vocative", "name-lowercase",
    "word-opening", "word-mid", "word-titlecase", "word-after-article",
    "same-word-both", "month-or-season", "flower", "virtue", "other-names",
    "none",
)
NOT_NAME_REASONS = ("word", "brand", "work", "pet")

# First names that are also ordinary words (lower case).
NAMEWORDS = frozenset("""
summer autumn winter april may june august
hope grace faith joy patience honor honour blessing mercy destiny
rose lily ivy holly heather daisy iris jasmine poppy violet willow hazel
olive ruby pearl amber jade crystal scarlett sky storm river dawn sunny
melody harmony
bill will mark pat rob sue bob jack frank chase guy drew max art dean
hunter carter cash
mai sonne sommer rosa lilli klara engel ernst frieda heide erika jasmin
kai paul paule hans
""".split())
MONTH_SEASON = frozenset(
    "summer autumn winter april may june august mai sommer".split())
FLOWERS = frozenset(
    "rose lily ivy holly heather daisy iris jasmine jasmin poppy violet "
    "willow hazel erika heide".split())
VIRTUES = frozenset(
    "hope grace faith joy patience honor honour blessing mercy".split())

# Titles, kinship and role words that must stay outside PERSON spans.
ROLE_WORDS = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. fr fr. coach bride groom aunt uncle
nanna nan grandpa grandma mum mam mom dad mama papa oma opa tante onkel
frau herr herrn trainer baby little farmer goalie
""".split())

HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*")
TOKEN_RE = re.compile(r"\w+")

RECORDS = []


def R(rid, kind, text, entities, not_names=(), not_people_handles=()):
    if isinstance(text, str):
        text = (text,)
    RECORDS.append({
        "id": rid,
        "kind": tuple(kind.split()),
        "text": "\n".join(text),
        "entities": tuple(entities),
        "not_names": tuple(not_names),
        "not_people_handles": tuple(not_people_handles),
    })


# ---------------------------------------------------------------------------
# English (110)
# ---------------------------------------------------------------------------

R("nw-en-001", "word-opening month-or-season name-opening name-list", (
    "Summer wedding vibes at Hampton Court Palace ☀️💍",
    "Hope and Jack said yes under the old oak and honestly I couldn't stop crying behind the camera.",
    "Congrats you two!! 📸 @lens.and.light.co",
    "#summerwedding #HopeAndJack #hamptoncourt",
), [("Hampton Court Palace", "LOCATION"), ("Hope", "PERSON"), ("Jack", "PERSON"),
    ("#HopeAndJack", "PERSON")],
  not_people_handles=("@lens.and.light.co",))

R("nw-en-002", "word-opening word-mid name-after-possessive same-word-both flower", (
    "Holly is in!! 🌿🎄",
    "Our Holly made up forty wreaths this morning with fresh holly, ivy and a bit of eucalyptus.",
    "Call into the shop on Drury Street before they're gone x #dublinflorist #christmaswreath",
), [("Holly", "PERSON", 1), ("Drury Street", "LOCATION")],
  not_names=[("Holly", "word", 0)])

R("nw-en-003", "name-mid same-word-both month-or-season word-mid", (
    "Meet April, our new head baker 🥐",
    "She's been laminating dough since 5am so you can have croissants by 7.",
    "Come say hi at our Pike Place stand this April and May! #seattlebakery #croissant",
), [("April", "PERSON", 0), ("Pike Place", "LOCATION")],
  not_names=[("April", "word", 1)])

R("nw-en-004", "name-mid name-list word-mid other-names", (
    "Fresh bob by Niamh ✂️ for the gorgeous @millie.tran 💇‍♀️",
    "Book in with Niamh or Chloe via the link in bio.",
    "Best little salon in Fitzroy (we're biased) #melbournehair #bobcut",
), [("Niamh", "PERSON", 0), ("@millie.tran", "MENTION"), ("Niamh", "PERSON", 1),
    ("Chloe", "PERSON"), ("Fitzroy", "LOCATION")])

R("nw-en-005", "name-list name-after-role name-after-possessive name-mid word-mid", (
    "U12 girls smashed it on Saturday ⚽️",
    "Goals from Poppy (2), Ruby and Daisy, and a worldie save from our keeper Willow 🧤",
    "Player of the match: Ivy!",
    "Well done coach Rob and all the parents who braved the storm 🌧️",
), [("Poppy", "PERSON"), ("Ruby", "PERSON"), ("Daisy", "PERSON"), ("Willow", "PERSON"),
    ("Ivy", "PERSON"), ("Rob", "PERSON")])

R("nw-en-006", "word-opening word-mid month-or-season same-word-both name-mid", (
    "☕️ Autumn menu drops Monday: maple oat latte, pumpkin loaf and a chai that tastes like a hug.",
    "Shoutout to Autumn (yes, that's really her name) for the latte art 🍂",
    "#fallvibes #pdxcoffee",
), [("Autumn", "PERSON", 1)],
  not_names=[("Autumn", "word", 0)])

R("nw-en-007", "name-after-role same-word-both virtue word-mid", (
    "Happy 80th birthday to our Mam, Patience O'Brien ❤️",
    "She raised six of us with the patience of a saint (and she needed it 😂).",
    "Party in Clonakilty Saturday night, all welcome!",
), [("Patience O'Brien", "PERSON"), ("Clonakilty", "LOCATION")])

R("nw-en-008", "word-opening month-or-season name-after-role name-list", (
    "MAY HALF TERM CLASSES 🩰✨",
    "Ballet with Miss Violet, tap with Miss Hazel and street with Dean.",
    "Ages 4-11. Spaces are limited so book now!! #Leeds #danceschool",
), [("Violet", "PERSON"), ("Hazel", "PERSON"), ("Dean", "PERSON")])

R("nw-en-009", "name-lowercase name-mid word-opening", (
    "sunrise at uluru with my favourite human 🌅",
    "drew this view in my sketchbook while jack slept in the car lol",
    "#NTtravel #roadtrip #vanlife",
), [("uluru", "LOCATION"), ("jack", "PERSON")])

R("nw-en-010", "name-after-role name-opening name-vocative word-mid month-or-season other-names", (
    "Congratulations to our Spelling Bee champion, Sophie Nguyen! 🐝",
    "Sophie will represent Lincoln Elementary at the district final in May.",
    "Go Sophie!! 💛",
), [("Sophie Nguyen", "PERSON"), ("Sophie", "PERSON", 1), ("Sophie", "PERSON", 2)])

R("nw-en-011", "name-opening same-word-both virtue word-mid", (
    "Faith Reyes 🌿",
    "mom of 3 | coffee, worship & thrifting ✨",
    "keeping the faith one messy day at a time",
    "Austin, TX | collabs via DM",
), [("Faith Reyes", "PERSON"), ("Austin", "LOCATION"), ("TX", "LOCATION")])

R("nw-en-012", "month-or-season word-mid name-mid other-names", (
    "Mini sessions in the bluebells are BACK 💙",
    "Saturday 4th May, Ashridge Estate. 20 mins, 10 edited images, £95.",
    "Here's little Freya from last year (thank you @ellie_m_h for letting me share!)",
), [("Ashridge Estate", "LOCATION"), ("Freya", "PERSON"), ("@ellie_m_h", "MENTION")])

R("nw-en-013", "word-opening name-opening name-list other-names", (
    "Cash only today sorry legends, the EFTPOS machine has carked it 😩",
    "Tash and Liam are on the counter till 2.",
    "Lamingtons are back!! #Brisbane #bakery",
), [("Tash", "PERSON"), ("Liam", "PERSON")])

R("nw-en-014", "word-titlecase name-mid", (
    "FINAL: Riverside Storm 3, Hunters FC 1 ⚡️",
    "Huge night for River Chase, who scored twice, and for Hunter, who kept a clean sheet.",
    "Next up: away at Oakdale on Friday.",
), [("River Chase", "PERSON"), ("Hunter", "PERSON"), ("Oakdale", "LOCATION")])

R("nw-en-015", "name-opening name-vocative name-genitive name-list other-names", (
    "What a day at Ballynahinch Castle 🏰",
    "Grace & Conor, thank you for trusting me with your story. Grace's dad's speech had the whole room in bits 😭",
    "Planner: @aoifebrennan_ | Flowers: @wildbloom.galway 🌸",
    "#GraceAndConor #connemarawedding",
), [("Ballynahinch Castle", "LOCATION"), ("Grace", "PERSON", 0), ("Conor", "PERSON"),
    ("Grace's", "PERSON"), ("@aoifebrennan_", "MENTION"), ("#GraceAndConor", "PERSON")],
  not_people_handles=("@wildbloom.galway",))

R("nw-en-016", "name-lowercase name-opening same-word-both word-mid", (
    "chop chop ✂️ took @sunny.daze.x from waist length to a sharp little bob today",
    "sunny brought the sunny weather in with her too ☀️",
    "booked in by mark, styled by me x",
), [("@sunny.daze.x", "MENTION"), ("sunny", "PERSON", 1), ("mark", "PERSON")],
  not_names=[("sunny", "word", 2)])

R("nw-en-017", "name-opening name-list same-word-both word-mid", (
    "Rainy Tuesday in Bristol = soup day 🍲",
    "Bill is on the till, Sue is on the coffee and the cat is on the windowsill as usual.",
    "pay the bill at the counter when youre done x",
), [("Bristol", "LOCATION"), ("Bill", "PERSON"), ("Sue", "PERSON")])

R("nw-en-018", "name-after-role same-word-both name-opening name-list name-mid word-mid", (
    "Little League opening day ⚾️",
    "Shoutout to Coach Frank for being frank with the umpire (politely 😅).",
    "Will, Carter and Drew all got hits! Snacks by the Hunter family 🍊",
), [("Frank", "PERSON"), ("Will", "PERSON"), ("Carter", "PERSON"), ("Drew", "PERSON"),
    ("Hunter", "PERSON")])

R("nw-en-019", "name-genitive flower word-mid other-names", (
    "Busy Bees room have been learning about spring flowers 🌷",
    "We planted daisies, violets and a pot of poppy seeds.",
    "Thank you to Olivia's mummy for the compost!! 🪴",
), [("Olivia's", "PERSON")])

R("nw-en-020", "word-mid name-opening same-word-both", (
    "Blue Mountains, you beauty 🏔️",
    "Three Sisters at dawn, flat white in Katoomba, then the long walk out to Wentworth Falls.",
    "Dawn and I are already planning the next trip 🥾",
), [("Blue Mountains", "LOCATION"), ("Three Sisters", "LOCATION"), ("Katoomba", "LOCATION"),
    ("Wentworth Falls", "LOCATION"), ("Dawn", "PERSON")])

R("nw-en-021", "month-or-season word-mid name-list name-after-role other-names", (
    "Spring recital is June 14 at Benaroya Hall 🎹",
    "Featuring solos by Emily Park, Sofia Jones and our youngest pianist, Leo (age 5!).",
    "Free entry, donations welcome.",
), [("Benaroya Hall", "LOCATION"), ("Emily Park", "PERSON"), ("Sofia Jones", "PERSON"),
    ("Leo", "PERSON")])

R("nw-en-022", "name-mid same-word-both month-or-season flower word-mid other-names", (
    "Peonies are here!!! 🌸",
    "Also: Violet (our weekend manager) is getting married in June and we're doing ALL her flowers.",
    "Think blush, ivory and a little violet. Congrats V 💜",
), [("Violet", "PERSON"), ("V", "PERSON")])

R("nw-en-023", "word-opening", (
    "Sky's the limit 🚀",
    "New vlog up: 48 hrs in Edinburgh with @skyemacleod and @hollyjanebeauty 🏰",
    "Link in bio!!",
), [("Edinburgh", "LOCATION"), ("@skyemacleod", "MENTION"), ("@hollyjanebeauty", "MENTION")])

R("nw-en-024", "name-after-role", (
    "Nanna Pearl turned 90 today 🎂",
    "She still does the crossword in pen and still beats all of us at cards.",
    "Love you Nanna xx #Adelaide",
), [("Pearl", "PERSON")])

R("nw-en-025", "name-mid word-mid other-names", (
    "Golden hour with the Morales family 🌾",
    "Little Ella kept running after the dog and I had to chase her with the camera 😂",
    "Fall minis are open, link in bio!",
), [("Morales", "PERSON"), ("Ella", "PERSON")])

R("nw-en-026", "word-titlecase same-word-both flower name-opening word-mid", (
    "Our Rose & Pistachio cake is back for Mother's Day 🌹",
    "Pre-order by Thursday!",
    "Rose (the human, not the cake) will be piping names on for free ✍️",
), [("Rose", "PERSON", 1)],
  not_names=[("Rose", "word", 0)])

R("nw-en-027", "name-list name-mid word-opening other-names", (
    "Well done to the U14s on a great win v Naas today 🏉",
    "Tries from Cillian, Darragh and Seán Byrne, with Eoin landing every conversion.",
    "Pat on the back to all the mentors too 👏",
), [("Naas", "LOCATION"), ("Cillian", "PERSON"), ("Darragh", "PERSON"), ("Seán Byrne", "PERSON"),
    ("Eoin", "PERSON")])

R("nw-en-028", "virtue word-mid name-mid other-names", (
    "Best scone in Galway, no contest.",
    "And the girl at the till (Aisling?) was a pure joy 😊",
), [("Galway", "LOCATION"), ("Aisling", "PERSON")])

R("nw-en-029", "name-opening name-vocative name-list name-mid", (
    "Summer & Chase 💍 06.22.24",
    "The Inn at Little Washington",
    "Chase, your face when Summer walked down that aisle... I'm not okay 😭",
    "#SummerAndChase #virginiawedding",
), [("Summer", "PERSON", 0), ("Chase", "PERSON", 0), ("Inn at Little Washington", "LOCATION"),
    ("Chase", "PERSON", 1), ("Summer", "PERSON", 1), ("#SummerAndChase", "PERSON")])

R("nw-en-030", "name-lowercase name-after-role word-opening", (
    "balayage + face frame on the lovely @ambermarie_ 🍯",
    "amber tones for fall are a yes from me",
    "stylist: hazel @hazelcuts_",
), [("@ambermarie_", "MENTION"), ("hazel", "PERSON"), ("@hazelcuts_", "MENTION")])

R("nw-en-031", "name-after-role same-word-both word-opening month-or-season", (
    "Year 6 had a brilliant trip to the Lake District 🏞️",
    "Huge thanks to Mr Winter and Mrs Dawn Ellis for organising!",
    "Reminder: Winter uniform starts after half term.",
), [("Lake District", "LOCATION"), ("Winter", "PERSON", 0), ("Dawn Ellis", "PERSON")],
  not_names=[("Winter", "word", 1)])

R("nw-en-032", "name-opening", (
    "Storm 🌊",
    "surf coach | Byron Bay",
    "chasing waves not boys",
    "lessons: @byronsurfschool",
), [("Storm", "PERSON"), ("Byron Bay", "LOCATION")],
  not_people_handles=("@byronsurfschool",))

R("nw-en-033", "same-word-both flower word-mid name-vocative name-list other-names", (
    "Hydrangeas, roses and a touch of heather for this gorgeous Scottish wedding 💜",
    "Thank you Heather & Callum for letting us go a bit wild!",
    "Venue: Cromlix, Dunblane",
), [("Heather", "PERSON"), ("Callum", "PERSON"), ("Cromlix", "LOCATION"),
    ("Dunblane", "LOCATION")])

R("nw-en-034", "name-vocative name-after-role name-list", (
    "Can't believe our baby girl is ONE 🎈",
    "Happy birthday Lily Grace, you are our sunshine ☀️",
    "Thank you Aunt May and Uncle Bob for driving up from Tulsa ❤️",
), [("Lily Grace", "PERSON"), ("May", "PERSON"), ("Bob", "PERSON"), ("Tulsa", "LOCATION")])

R("nw-en-035", "name-mid name-vocative name-list other-names", (
    "Hip hop crew absolutely killed it at the Sydney Eisteddfod 🏆",
    "Special mention to Zara for that freeze and to Mia, who choreographed the whole thing at 15!!",
    "Tahlia and Josh, you were robbed 😤",
), [("Zara", "PERSON"), ("Mia", "PERSON"), ("Tahlia", "PERSON"), ("Josh", "PERSON")])

R("nw-en-036", "word-opening same-word-both month-or-season name-after-possessive", (
    "Mark your calendars 🗓️",
    "Open mic night every Thursday in August 🎤",
    "Hosted by our very own Mark Delgado. Sign-up sheet at the counter!",
), [("Mark Delgado", "PERSON")],
  not_names=[("Mark", "word", 0)])

R("nw-en-037", "name-after-role", (
    "Bring the heat 🔥",
    "Tryouts for 14U girls this Saturday, 9am at Eastside Rec Center.",
    "Questions? Ask coach Sunny or DM us.",
), [("Eastside Rec Center", "LOCATION"), ("Sunny", "PERSON")])

R("nw-en-038", "name-after-role same-word-both month-or-season word-mid", (
    "Newborn session with baby Autumn 🍂",
    "Born in the middle of a heatwave, so naturally her parents named her after their favourite season 😂",
    "Can't wait to see her on her first autumn walk. Congrats @becca.and.tom x",
), [("Autumn", "PERSON"), ("@becca.and.tom", "MENTION")])

R("nw-en-039", "name-opening", (
    "Guys. GUYS.",
    "Guy Martinez from my spin class finally asked me out 😳",
    "update tomorrow #storytime",
), [("Guy Martinez", "PERSON")])

R("nw-en-040", "other-names name-mid word-mid", (
    "Brack is back 🎃",
    "Barmbrack for Halloween, with a ring hidden in every loaf.",
    "Whoever gets it will be wed within the year (ask Nora, it worked for her 💍)",
), [("Nora", "PERSON")])

R("nw-en-041", "name-vocative name-list name-opening other-names", (
    "Hunter Valley wedding goals 🍇",
    "Chloe & Sam, thank you for the best day. Chloe, that dress. Sam, those tears. Me, a mess.",
    "Venue @audreywilkinsonvineyard 💕",
), [("Hunter Valley", "LOCATION"), ("Chloe", "PERSON", 0), ("Sam", "PERSON", 0),
    ("Chloe", "PERSON", 1), ("Sam", "PERSON", 1)],
  not_people_handles=("@audreywilkinsonvineyard",))

R("nw-en-042", "name-mid name-opening month-or-season word-mid other-names", (
    "NEW STARTER ALERT 🚨",
    "Please welcome Mia to the team!",
    "Mia specialises in curly cuts and colour, and she's taking bookings from 1st April 🌱",
), [("Mia", "PERSON", 0), ("Mia", "PERSON", 1)])

R("nw-en-043", "word-opening word-titlecase name-mid other-names", (
    "Sunday league results 🏐",
    "Storm beat Thunder 32-28!! POM: Tolu Adeyemi.",
    "Get well soon to Megan, who twisted her ankle in the last quarter 💔",
), [("Tolu Adeyemi", "PERSON"), ("Megan", "PERSON")])

R("nw-en-044", "name-list name-mid other-names", (
    "Grade 5 results are in 🎻",
    "Distinction for Oscar, merit for Priya and a pass for little Evie who was SO nervous.",
    "So proud of you all!",
), [("Oscar", "PERSON"), ("Priya", "PERSON"), ("Evie", "PERSON")])

R("nw-en-045", "name-after-role word-mid other-names", (
    "Missed our flight in Denver so we drove 10 hours to Moab instead 🚗",
    "worth it? absolutly.",
    "my husband Dave will never let me book flights again lol",
), [("Denver", "LOCATION"), ("Moab", "LOCATION"), ("Dave", "PERSON")])

R("nw-en-046", "name-mid same-word-both virtue word-mid name-after-role other-names", (
    "Happy Christening day to little Grace 🕊️",
    "By the grace of God she slept through the whole thing.",
    "Thanks to Fr. Brendan and everyone who came to St. Mary's in Mullingar 💙",
), [("Grace", "PERSON"), ("Brendan", "PERSON"), ("St. Mary's", "LOCATION"),
    ("Mullingar", "LOCATION")])

R("nw-en-047", "name-mid same-word-both word-mid", (
    "When your best mate is called Sunny and it's been anything but sunny for 9 days straight ☔️",
    "@sunnyliu_ this is definately your fault",
), [("Sunny", "PERSON"), ("@sunnyliu_", "MENTION")])

R("nw-en-048", "word-titlecase word-opening none", (
    "This weekend: Hazelnut Praline Slice, Olive Oil Cake and a Ruby Red grapefruit tart 🍊",
    "Olive Oil Cake is vegan btw!",
), [])

R("nw-en-049", "name-vocative name-opening", (
    "First birthday cake smash for this little peach 🍑",
    "June, you were a natural.",
    "Thanks @mama.june.bug for trusting me again!",
), [("June", "PERSON"), ("@mama.june.bug", "MENTION")])

R("nw-en-050", "name-opening word-mid other-names", (
    "Sweet pea season is nearly over 😢",
    "Last bunches this Friday!",
    "Siobhán will be in the Cork shop all week if you want to grab some.",
), [("Siobhán", "PERSON"), ("Cork", "LOCATION")])

R("nw-en-051", "name-after-role name-list other-names", (
    "Our Kindergarten classes visited Sunny Slope Farm today 🎃🚜",
    "Thank you to Mrs. Linda Miller for the hayride and to Mr. Gomez for the pumpkin talk!",
), [("Sunny Slope Farm", "LOCATION"), ("Linda Miller", "PERSON"), ("Gomez", "PERSON")])

R("nw-en-052", "name-lowercase name-mid month-or-season word-mid", (
    "honestly the best thing about autumn is that holly finally stops sending me iced coffee tiktoks 😂",
    "hot choc szn @hollyrhodes",
), [("holly", "PERSON"), ("@hollyrhodes", "MENTION")])

R("nw-en-053", "name-list name-mid name-after-possessive other-names", (
    "Under 11s cricket presentation night 🏏",
    "Best batter: Nathan Tran. Best bowler: Lachie Murphy.",
    "Clubperson of the year: our legend Dougie (again!) 🏆",
), [("Nathan Tran", "PERSON"), ("Lachie Murphy", "PERSON"), ("Dougie", "PERSON")])

R("nw-en-054", "word-opening virtue name-mid name-vocative name-list other-names", (
    "Hope is a funny thing.",
    "Six years ago Sophie lost her mum, and today she walked down the aisle wearing her ring 💍",
    "Sophie & Tom, thank you for letting me be there. @thefoxhall_wedding",
), [("Sophie", "PERSON", 0), ("Sophie", "PERSON", 1), ("Tom", "PERSON")],
  not_people_handles=("@thefoxhall_wedding",))

R("nw-en-055", "word-opening word-titlecase name-list other-names", (
    "Sunny morning in Fremantle ☀️",
    "Come grab a long black and a Sunny Side Up toastie.",
    "Crew on today: Ash, Bree and Jono 🤙",
), [("Fremantle", "LOCATION"), ("Ash", "PERSON"), ("Bree", "PERSON"), ("Jono", "PERSON")])

R("nw-en-056", "word-titlecase name-after-possessive other-names", (
    "Platinum dreams ✨",
    "@chrystal.ray came in wanting that Crystal Clear blonde and my girl Tayla delivered.",
    "Olaplex everything.",
), [("@chrystal.ray", "MENTION"), ("Tayla", "PERSON")])

R("nw-en-057", "month-or-season word-mid name-vocative", (
    "Our little ones had great fun in the snow today ❄️",
    "Sure it's the first proper winter we've had in years.",
    "Hats and gloves please, and thanks a million Patience for the hot chocolate!",
), [("Patience", "PERSON")])

R("nw-en-058", "name-opening same-word-both word-mid", (
    "Jade ✨ LA based",
    "jewelry designer | jade, pearls & gold",
    "🇵🇭🇺🇸",
    "shop: @jadeandpearlco",
), [("Jade", "PERSON"), ("LA", "LOCATION")],
  not_people_handles=("@jadeandpearlco",))

R("nw-en-059", "name-mid name-list other-names", (
    "Family shoot at Bondi Icebergs 🌊",
    "The wind tried its best but Matilda and Banjo were absolute troopers.",
    "And the dog, Biscuit, stole the show 🐶",
), [("Bondi Icebergs", "LOCATION"), ("Matilda", "PERSON"), ("Banjo", "PERSON")])

R("nw-en-060", "word-titlecase virtue name-mid", (
    "Congratulations to our Grace Period jazz troupe on their first place!! 🥇",
    "Yes, that's really the name. Blame Summer, she picked it.",
), [("Summer", "PERSON")])

R("nw-en-061", "same-word-both name-after-possessive word-mid other-names", (
    "Mum and Dad's ruby wedding today ❤️ 40 years!",
    "Dad still calls her his Ruby even though her name is Margaret 😂",
), [("Ruby", "PERSON"), ("Margaret", "PERSON")])

R("nw-en-062", "word-opening month-or-season name-after-role other-names", (
    "April showers bring May... pies 🥧",
    "Strawberry rhubarb is BACK!",
    "Thanks to Farmer Giles for the rhubarb.",
), [("Giles", "PERSON")])

R("nw-en-063", "name-mid other-names", (
    "Massive win for the minors today 💚",
    "Man of the match Oisín Kavanagh, who only moved to Tullamore from Boston last year.",
    "Up the parish!",
), [("Oisín Kavanagh", "PERSON"), ("Tullamore", "LOCATION"), ("Boston", "LOCATION")])

R("nw-en-064", "word-opening month-or-season none", (
    "Will I ever stop buying candles? No.",
    "Will I tell you about every one? Also yes 🕯️",
    "this one's from @bunnyandbean and smells like a winter forest",
), [], not_people_handles=("@bunnyandbean",))

R("nw-en-065", "word-opening same-word-both flower name-after-possessive month-or-season", (
    "Daisy chains & daydreams 🌼",
    "Spring workshop with @daisyhollowfarm on April 20th.",
    "Bring your kids, bring your mom, bring your friend Daisy 😉",
), [("Daisy", "PERSON", 1)],
  not_names=[("Daisy", "word", 0)], not_people_handles=("@daisyhollowfarm",))

R("nw-en-066", "name-genitive name-opening", (
    "Poppy's first day of big school 🎒",
    "She was fine. I was not.",
    "Pop went to get a coffee and came back with two 😂",
), [("Poppy's", "PERSON")])

R("nw-en-067", "word-opening same-word-both name-mid", (
    "Hazel eyes and freckles for days 🤎",
    "This is Hazel, and she's the reason I love photographing kids.",
), [("Hazel", "PERSON", 1)],
  not_names=[("Hazel", "word", 0)])

R("nw-en-068", "name-opening", (
    "Barry's tea, a toastie and the Late Late on in the background... that's Friday sorted.",
    "Frank was in again, says hi to everyone 👋",
), [("Frank", "PERSON")])

R("nw-en-069", "word-titlecase virtue name-after-role other-names", (
    "Hope Primary School Christmas Fair is this Friday 🎄",
    "Stalls, tombola and Santa's grotto!",
    "Thank you to Mrs Ngozi Okafor and the PTA for organising.",
), [("Ngozi Okafor", "PERSON")])

R("nw-en-070", "name-lowercase name-opening same-word-both word-mid flower", (
    "me and willow at the farmers market 🍓",
    "she bought a whole willow basket for $4 and i've never been prouder",
), [("willow", "PERSON", 0)],
  not_names=[("willow", "word", 1)])

R("nw-en-071", "word-opening word-mid month-or-season name-vocative name-genitive name-list flower other-names", (
    "Winter wedding at Adare Manor ❄️",
    "Amber & Cian, you lucky things, you got SNOW!!",
    "Amber's bouquet was all white roses, ivy and a sprig of holly 🎄",
), [("Adare Manor", "LOCATION"), ("Amber", "PERSON", 0), ("Cian", "PERSON"),
    ("Amber's", "PERSON")])

R("nw-en-072", "word-mid same-word-both name-after-role", (
    "Perfect day for it, not a cloud in the sky ☀️",
    "Our U10s took home the Spring Cup!! 💙",
    "Shoutout to goalie Sky Hernandez for three huge saves.",
), [("Sky Hernandez", "PERSON")])

R("nw-en-073", "name-vocative", (
    "Hot cross buns are back 🐣",
    "(and yes, Chase, we saved you a dozen)",
    "Easter hours below 👇",
), [("Chase", "PERSON")])

R("nw-en-074", "name-mid other-names", (
    "Redheads do it better 🔥",
    "Copper melt on @scarlett_rose.o by the very talented Kirra.",
    "Booking link in bio.",
), [("@scarlett_rose.o", "MENTION"), ("Kirra", "PERSON")])

R("nw-en-075", "month-or-season word-mid name-mid other-names", (
    "Rome in June 🍝",
    "Saw the Trevi Fountain, ate my body weight in cacio e pepe and Liam got us lost in Trastevere 3 times 🙃",
), [("Rome", "LOCATION"), ("Trevi Fountain", "LOCATION"), ("Liam", "PERSON"),
    ("Trastevere", "LOCATION")])

R("nw-en-076", "name-after-role same-word-both word-mid", (
    "Grandpa Art is 95 today! 🎉",
    "WWII vet, retired art teacher and still the funniest man in Ohio.",
), [("Art", "PERSON"), ("Ohio", "LOCATION")])

R("nw-en-077", "name-list name-mid other-names", (
    "Our choir is singing at St Paul's Cathedral in Melbourne this Sunday 🎶",
    "Soloists: Chloe Lee and Mei Tan.",
    "Come and hear them!",
), [("St Paul's Cathedral", "LOCATION"), ("Melbourne", "LOCATION"), ("Chloe Lee", "PERSON"),
    ("Mei Tan", "PERSON")])

R("nw-en-078", "word-opening flower same-word-both name-vocative month-or-season name-list other-names", (
    "Lily of the valley for a May bride 🤍",
    "Congratulations Lily & James!",
    "Photos by @jenny.swan",
), [("Lily", "PERSON", 1), ("James", "PERSON"), ("@jenny.swan", "MENTION")],
  not_names=[("Lily", "word", 0)])

R("nw-en-079", "name-opening", (
    "Ruby | 24 | Gold Coast 🌴",
    "nurse by day, baker by night",
    "🍰 @rubysbakes",
), [("Ruby", "PERSON"), ("Gold Coast", "LOCATION")],
  not_people_handles=("@rubysbakes",))

R("nw-en-080", "name-vocative", (
    "Massive thank you to Jack's Plumbing for sponsoring our U9 kits this season 🙌",
    "Jack, you're a legend.",
), [("Jack", "PERSON", 1)],
  not_names=[("Jack", "brand", 0)])

R("nw-en-081", "month-or-season word-mid name-list name-opening other-names", (
    "Maternity session at Point Reyes 🌊",
    "Jasmine and Marcus are expecting a little girl in August and they're naming her... River 💙",
), [("Point Reyes", "LOCATION"), ("Jasmine", "PERSON"), ("Marcus", "PERSON"),
    ("River", "PERSON")])

R("nw-en-082", "word-opening same-word-both virtue name-after-possessive", (
    "Joy to the world, the mince pies are here 🎄",
    "And a very merry Christmas to our Joy, who's been making them since October!",
), [("Joy", "PERSON", 1)],
  not_names=[("Joy", "word", 0)])

R("nw-en-083", "name-after-role month-or-season word-mid other-names", (
    "Well done to Sixth Class on their graduation 🎓",
    "Special thanks to Ms. Bríd Walsh, who has taught in Scoil Mhuire for 30 years.",
    "Enjoy your summer, everyone!",
), [("Bríd Walsh", "PERSON")])

R("nw-en-084", "name-vocative", (
    "Grand Canyon at sunrise hits different 🏜️",
    "Dad made us get up at 4am.",
    "Worth it, Bill. Worth it.",
), [("Grand Canyon", "LOCATION"), ("Bill", "PERSON")])

R("nw-en-085", "name-mid name-vocative word-mid", (
    "Wedding hair trial for the beautiful Hope 👰‍♀️",
    "Soft waves, pearl pins and a LOT of hairspray.",
    "See you in September, Hope!",
), [("Hope", "PERSON", 0), ("Hope", "PERSON", 1)])

R("nw-en-086", "name-after-role name-list other-names", (
    "Sunday's grand final 🏆",
    "Our girls went down by 2 but held their heads high.",
    "Thanks to Coach Shaz and team manager Lou for a great season.",
), [("Shaz", "PERSON"), ("Lou", "PERSON")])

R("nw-en-087", "word-opening virtue", (
    "Honestly?? Patience is not my virtue 😂",
    "Day 3 of waiting for my sourdough starter.",
    "@chefmaxine said it'd be ready by now",
), [("@chefmaxine", "MENTION")])

R("nw-en-088", "name-opening same-word-both month-or-season name-vocative name-list word-mid", (
    "April & Dean 🌷",
    "A rainy April day in Charleston and not one single complaint from these two.",
    "April, your grandma's veil 😭",
), [("April", "PERSON", 0), ("Dean", "PERSON"), ("Charleston", "LOCATION"),
    ("April", "PERSON", 2)],
  not_names=[("April", "word", 1)])

R("nw-en-089", "month-or-season word-mid name-after-possessive other-names", (
    "Sunday opening hours from May: 9-2 🍰",
    "Our Declan does the best sausage rolls in Kilkenny and that's a hill I will die on.",
), [("Declan", "PERSON"), ("Kilkenny", "LOCATION")])

R("nw-en-090", "name-vocative same-word-both word-mid", (
    "Dear Frank, happy 10th anniversary 💕",
    "Thanks for being frank with me about the haircut, and for still being my best friend.",
), [("Frank", "PERSON")])

R("nw-en-091", "name-after-role word-titlecase month-or-season", (
    "Shoutout to Miss Summer for choreographing our Winter Wonderland number ❄️",
    "Rehearsals every Tue + Thu at the studio on Main St.",
), [("Summer", "PERSON"), ("Main St", "LOCATION")])

R("nw-en-092", "same-word-both flower name-mid word-mid", (
    "Sunflower room planted sunflowers today 🌻",
    "Then Poppy asked if we could plant a poppy next. So we did 😊",
), [("Poppy", "PERSON")])

R("nw-en-093", "word-mid none", (
    "Cliffs of Moher in a storm 🌪️",
    "Mam thought we were mad.",
    "Storm was loving it though, that dog has no fear 🐕",
), [("Cliffs of Moher", "LOCATION")],
  not_names=[("Storm", "pet")])

R("nw-en-094", "name-after-role", (
    "Cake smash for baby Blessing 🎂",
    "She turned one and decided cake was for throwing.",
    "Her mum Grace deserves a medal 🏅",
), [("Blessing", "PERSON"), ("Grace", "PERSON")])

R("nw-en-095", "same-word-both month-or-season name-mid word-mid", (
    "POV: you named your daughter Summer and it has rained every single day of summer 🌧️",
    "@summersmum_official",
), [("Summer", "PERSON"), ("@summersmum_official", "MENTION")])

R("nw-en-096", "name-mid other-names", (
    "Anzac bikkies fresh out of the oven 🍪",
    "Lest we forget.",
    "Thanks to Trev and the RSL crew in Ballarat for the big order!",
), [("Trev", "PERSON"), ("Ballarat", "LOCATION")])

R("nw-en-097", "name-list virtue word-mid", (
    "Senior night 🥎",
    "Honoring our seniors: Faith, Destiny, Grace and Mercy.",
    "You four have been a blessing to this program 💛",
), [("Faith", "PERSON"), ("Destiny", "PERSON"), ("Grace", "PERSON"), ("Mercy", "PERSON")])

R("nw-en-098", "word-opening same-word-both flower name-opening", (
    "Jasmine is blooming on the patio and the whole block smells amazing 🌿",
    "Jasmine (our delivery queen) says it's the best part of the job.",
), [("Jasmine", "PERSON", 1)],
  not_names=[("Jasmine", "word", 0)])

R("nw-en-099", "word-titlecase month-or-season name-list other-names", (
    "New on the menu: Winter Berry Porridge 🫐",
    "Cosy vibes only.",
    "Served with love by Ellie, Nat and Priya x",
), [("Ellie", "PERSON"), ("Nat", "PERSON"), ("Priya", "PERSON")])

R("nw-en-100", "word-opening name-genitive name-after-role", (
    "Field Day recap ☀️",
    "Sunny skies, water balloons and a VERY competitive parents' relay.",
    "Congrats to Mr. Drew Carter's 3rd grade for winning the tug-of-war!",
), [("Drew Carter's", "PERSON")])

R("nw-en-101", "name-lowercase name-vocative word-opening", (
    "sunset at cottesloe with my girls 🌅",
    "amber skies, pink water and hot chips",
    "rose, you still owe me $12",
), [("cottesloe", "LOCATION"), ("rose", "PERSON")])

R("nw-en-102", "name-opening name-vocative name-list", (
    "Willow & Rob 🌿",
    "Married at the Willow Barn in Kent and yes, they booked it because of her name 😂",
    "Rob, that speech!",
), [("Willow", "PERSON", 0), ("Rob", "PERSON", 0), ("Willow Barn", "LOCATION"),
    ("Kent", "LOCATION"), ("Rob", "PERSON", 1)])

R("nw-en-103", "name-mid word-opening virtue other-names", (
    "Before ➡️ after 💇🏽‍♀️",
    "Took Keisha from box black to a soft chestnut brown over three sessions.",
    "Patience pays off!",
), [("Keisha", "PERSON")])

R("nw-en-104", "word-opening name-after-role name-list other-names", (
    "Ah here, Daddy's after getting a puppy without telling Mam 🐶",
    "Her name is Biscuit and she's already eaten a shoe.",
    "Will Mam forgive him? Jury's out.",
    "Twins Fionn and Aoife are delighted obviously.",
), [("Fionn", "PERSON"), ("Aoife", "PERSON")])

R("nw-en-105", "same-word-both word-mid name-mid", (
    "Just a girl named Jade who loves jade green everything 💚",
    "New haul video up now!!",
), [("Jade", "PERSON")])

R("nw-en-106", "name-list name-vocative name-after-role other-names", (
    "Mother's Day minis at the Royal Botanic Garden 🌸",
    "Thanks for coming, Bec, Skye, Tahnee and Mum Lorraine!",
), [("Royal Botanic Garden", "LOCATION"), ("Bec", "PERSON"), ("Skye", "PERSON"),
    ("Tahnee", "PERSON"), ("Lorraine", "PERSON")])

R("nw-en-107", "name-opening same-word-both word-opening", (
    "Huge congrats to @maxbennett_9 on his call-up to the county squad ⚽️",
    "Max has trained with us since he was 6.",
    "Max effort, every single week.",
), [("@maxbennett_9", "MENTION"), ("Max", "PERSON", 0)],
  not_names=[("Max", "word", 1)])

R("nw-en-108", "month-or-season word-mid same-word-both name-mid", (
    "Happy first day of autumn 🍁",
    "Pumpkin spice is back and so is Autumn, our favorite barista, after her trip to Vermont!",
), [("Autumn", "PERSON"), ("Vermont", "LOCATION")])

R("nw-en-109", "name-list name-mid other-names", (
    "Native bunches for the Royal Easter Show 🌿",
    "waratah, banksia and a little flannel flower",
    "Stop by stall 14 and say g'day to Meg & Tash!",
), [("Meg", "PERSON"), ("Tash", "PERSON")])

R("nw-en-110", "month-or-season word-mid other-names name-mid", (
    "Sunday reset ✨ clean sheets, fresh tulips and Harry Styles on repeat.",
    "Happy May everyone 🌷",
), [("Harry Styles", "PERSON")])

# ---------------------------------------------------------------------------
# German (30)
# ---------------------------------------------------------------------------

R("nw-de-001", "name-opening name-list word-mid other-names", (
    "Sommerhochzeit am Tegernsee ☀️💍",
    "Anna und Lukas haben sich bei strahlender Sonne das Jawort gegeben.",
    "Danke, dass ich dabei sein durfte! 📸",
    "#hochzeitsfotograf #tegernsee #AnnaUndLukas",
), [("Tegernsee", "LOCATION"), ("Anna", "PERSON"), ("Lukas", "PERSON"),
    ("#AnnaUndLukas", "PERSON")])

R("nw-de-002", "month-or-season word-mid name-after-role same-word-both word-after-article", (
    "Ab 1. Mai gibt es wieder unseren Rhabarberkuchen 🍰",
    "Frau Sommer aus der Backstube sagt: Der Sommer kann kommen!",
), [("Sommer", "PERSON", 0)],
  not_names=[("Sommer", "word", 1)])

R("nw-de-003", "name-after-possessive same-word-both word-mid", (
    "Neuer Look für unsere Rosa 💇‍♀️",
    "Von Braun zu Rosa – ja, wirklich rosa!",
    "Termine bei Lilli per DM oder über den Link in der Bio.",
), [("Rosa", "PERSON", 0), ("Lilli", "PERSON")],
  not_names=[("Rosa", "word", 1)])

R("nw-de-004", "name-list name-after-role month-or-season word-after-article other-names", (
    "E-Jugend gewinnt 4:1 gegen den TSV Eching ⚽️",
    "Tore: Leon (2), Finn und Noah.",
    "Trainer Uwe war ausnahmsweisse sprachlos 😄 Im Mai geht's weiter!",
), [("Leon", "PERSON"), ("Finn", "PERSON"), ("Noah", "PERSON"), ("Uwe", "PERSON")])

R("nw-de-005", "name-opening same-word-both flower word-mid", (
    "Die ersten Pfingstrosen sind da 🌸",
    "Iris hat daraus Sträuße mit Iris und Schleierkraut gebunden.",
    "Kommt vorbei, wir sind in der Bergmannstraße!",
), [("Iris", "PERSON", 0), ("Bergmannstraße", "LOCATION")],
  not_names=[("Iris", "word", 1)])

R("nw-de-006", "name-list name-after-role name-mid other-names", (
    "Heute war Laternenfest in der Kita Sonnenschein 🏮",
    "Danke an Sabine und Petra fürs Backen und an Herrn Becker für die Musik!",
), [("Sabine", "PERSON"), ("Petra", "PERSON"), ("Becker", "PERSON")])

R("nw-de-007", "name-after-role word-after-article other-names", (
    "Oma Gertrud wird heute 85 🎉",
    "Sechs Kinder großgezogen, 14 Enkel, und sie backt immer noch den besten Apfelstrudel in ganz Kärnten.",
    "Die Sonne scheint heute nur für dich. Alles Liebe, Omi!",
), [("Gertrud", "PERSON"), ("Kärnten", "LOCATION")])

R("nw-de-008", "name-after-role name-list other-names", (
    "WINTERBALL 2024 ❄️",
    "Am 14. Dezember im Kurhaus Wiesbaden.",
    "Eure Tanzlehrer Stefan und Nadine freuen sich auf euch! Karten gibt's im Büro.",
), [("Kurhaus Wiesbaden", "LOCATION"), ("Stefan", "PERSON"), ("Nadine", "PERSON")])

R("nw-de-009", "name-opening word-opening other-names", (
    "Montagsblues? Nicht bei uns ☕️",
    "Timo steht heute hinter der Theke und macht den besten Flat White in Kreuzberg.",
    "Sonne gibt's gratis dazu 🌞",
), [("Timo", "PERSON"), ("Kreuzberg", "LOCATION")])

R("nw-de-010", "name-after-role name-vocative other-names", (
    "Unsere Klavierschülerin Emilia (9) hat beim Regionalwettbewerb Jugend musiziert den 1. Preis gewonnen 🎹",
    "Herzlichen Glückwunsch, Emilia!",
), [("Emilia", "PERSON", 0), ("Emilia", "PERSON", 1)])

R("nw-de-011", "name-mid name-opening month-or-season word-after-article other-names", (
    "Zwei Wochen Sardinien mit Thomas und den Kindern 🌊",
    "Thomas meinte, im Mai ist das Meer noch zu kalt zum Baden.",
    "Er hatte Unrecht. 😎",
), [("Sardinien", "LOCATION"), ("Thomas", "PERSON", 0), ("Thomas", "PERSON", 1)])

R("nw-de-012", "word-opening word-after-article same-word-both month-or-season name-opening name-list name-after-role", (
    "Im Winter verlobt, im Sommer verheiratet 💍",
    "Lena Winter und Jonas Sommer haben am Samstag auf Schloss Elmau Ja gesagt.",
    "Liebe Frau Sommer, willkommen im neuen Namen 😄",
    "Make-up: @lisa.schminkt | Blumen: @blumenhaus.lindner",
), [("Lena Winter", "PERSON"), ("Jonas Sommer", "PERSON"), ("Schloss Elmau", "LOCATION"),
    ("Sommer", "PERSON", 2), ("@lisa.schminkt", "MENTION")],
  not_names=[("Winter", "word", 0), ("Sommer", "word", 0)],
  not_people_handles=("@blumenhaus.lindner",))

R("nw-de-013", "name-after-possessive name-vocative name-mid month-or-season word-after-article", (
    "Hans im Glück? Nee, Hans in der Backstube 🥨",
    "Unser Hans ist seit 40 Jahren dabei und geht im Mai in Rente.",
    "Danke für alles, Hans! ❤️",
), [("Hans", "PERSON", 1), ("Hans", "PERSON", 2), ("Hans", "PERSON", 3)],
  not_names=[("Hans", "work", 0)])

R("nw-de-014", "name-mid other-names", (
    "Die Damen siegen 28:24 in Flensburg! 🤾‍♀️",
    "Beste Werferin: Jana Krämer mit 9 Toren.",
    "Sonntag geht's gegen Kiel, vorher noch Regeneration in der Lüneburger Heide 🌿",
), [("Flensburg", "LOCATION"), ("Jana Krämer", "PERSON"), ("Kiel", "LOCATION"),
    ("Lüneburger Heide", "LOCATION")])

R("nw-de-015", "month-or-season word-mid name-after-role name-list other-names", (
    "Frühlingsfest der Grundschule am Rosenhügel 🌷 am 24. Mai!",
    "Es gibt Kuchen, einen Flohmarkt und die 4b singt.",
    "Organisation: Frau Yilmaz und Herr Paulsen.",
), [("Yilmaz", "PERSON"), ("Paulsen", "PERSON")])

R("nw-de-016", "word-opening word-after-article same-word-both name-mid name-after-role", (
    "Ein Engel auf Erden 👼",
    "Die kleine Engel-Marie war beim Neugeborenen-Shooting einfach nur tiefenentspannt.",
    "Danke an Mama Jasmin (@jasmin.mrz) fürs Vertrauen!",
), [("Engel-Marie", "PERSON"), ("Jasmin", "PERSON"), ("@jasmin.mrz", "MENTION")],
  not_names=[("Engel", "word", 0)])

R("nw-de-017", "word-after-article flower same-word-both name-after-possessive word-mid", (
    "Sonntagsspaziergang durch die Heide 💜",
    "Die Erika blüht gerade überall.",
    "Und meine Erika hat natürlich 200 Fotos davon gemacht 🙈",
), [("Erika", "PERSON", 1)],
  not_names=[("Erika", "word", 0)])

R("nw-de-018", "name-after-possessive name-after-role", (
    "Unser Paule ist heute 3 geworden 🎂🦕",
    "Er wollte unbedingt eine Dino-Torte.",
    "Danke an Tante Lilli für das Meisterwerk!",
), [("Paule", "PERSON"), ("Lilli", "PERSON")])

R("nw-de-019", "word-opening same-word-both flower month-or-season word-after-article name-opening", (
    "Jasmin, Lavendel und Rosen 🌿 unser Duft-Strauß für den Sommer.",
    "Jasmin (unsere Floristin) hat ihn entworfen, wer sonst.",
), [("Jasmin", "PERSON", 1)],
  not_names=[("Jasmin", "word", 0)])

R("nw-de-020", "name-list name-opening name-mid other-names", (
    "Wanderung am Großglockner 🏔️ mit Jonas und Mia.",
    "Jonas hat nach 10 Minuten schon gejammert.",
    "Mia hat ihn einfach ausgelacht 😂",
), [("Großglockner", "LOCATION"), ("Jonas", "PERSON", 0), ("Mia", "PERSON", 0),
    ("Jonas", "PERSON", 1), ("Mia", "PERSON", 1)])

R("nw-de-021", "word-mid name-list other-names", (
    "Bei dem Wetter? Ab an die Alster ☀️",
    "Unser Eiskaffee to go ist der perfekte Begleiter.",
    "Grüße von Sonne, Mond und Sternen – äh, von Sonja und Till 😅",
), [("Alster", "LOCATION"), ("Sonja", "PERSON"), ("Till", "PERSON")])

R("nw-de-022", "name-mid name-list", (
    "Vereinsmeisterschaften 🏊‍♀️",
    "Gold für Rosa Hoffmann über 50 m Freistil, Silber für Klara Ernst.",
    "Danke an alle Kampfrichterinnen und Kampfrichter!",
), [("Rosa Hoffmann", "PERSON"), ("Klara Ernst", "PERSON")])

R("nw-de-023", "name-vocative name-after-role same-word-both word-mid name-list other-names", (
    "Ein Traum in Weiß in der Wachau 🍇",
    "Magdalena & Florian, danke für diesen Tag.",
    "Und Papa Ernst: Deine Rede war ernst gemeint und trotzdem zum Brüllen 😂",
), [("Wachau", "LOCATION"), ("Magdalena", "PERSON"), ("Florian", "PERSON"),
    ("Ernst", "PERSON")])

R("nw-de-024", "month-or-season word-after-article name-list other-names", (
    "Im Mai waren wir jeden Tag draußen 🐞",
    "Die Gruppe Sonnenblume hat Kresse gesät, und Lotta und Ben haben Würmer gezählt.",
), [("Lotta", "PERSON"), ("Ben", "PERSON")])

R("nw-de-025", "name-vocative month-or-season word-after-article", (
    "Neue Kollegin in Zürich ✂️",
    "Herzlich willkommen, Iris!",
    "Sie ist Spezialistin für Hochsteckfrisuren – perfekt für die Hochzeitssaison im Sommer.",
), [("Zürich", "LOCATION"), ("Iris", "PERSON")])

R("nw-de-026", "name-mid same-word-both word-after-article month-or-season", (
    "U16 steht im Finale 🏀",
    "Großes Lob an Kai Winter, der im Halbfinale 31 Punkte gemacht hat.",
    "Der Winter kann kommen!",
), [("Kai Winter", "PERSON")],
  not_names=[("Winter", "word", 1)])

R("nw-de-027", "name-opening month-or-season word-after-article", (
    "Mai 🌸",
    "Köln | Keramik & Kaffee",
    "Workshops im Sommer: Link unten",
), [("Mai", "PERSON"), ("Köln", "LOCATION")])

R("nw-de-028", "name-after-role name-mid", (
    "Sommerkonzert der Musikschule am 21. Juni 🎻",
    "Mit dabei: das Streicherensemble von Frau Heide und die Bigband unter der Leitung von Mark Engel.",
), [("Heide", "PERSON"), ("Mark Engel", "PERSON")])

R("nw-de-029", "name-vocative word-opening other-names", (
    "Mein Engel, alles Gute zum 18.! 😇",
    "Lena, wir sind so stolz auf dich.",
    "Papa & Mama",
), [("Lena", "PERSON")])

R("nw-de-030", "name-mid other-names", (
    "Diese Woche im Angebot: Sonnenblumenbrot und Mohnschnecken 🌻",
    "Sonnige Grüße aus Freiburg von Jürgen und Team!",
), [("Freiburg", "LOCATION"), ("Jürgen", "PERSON")])

# ---------------------------------------------------------------------------
# Mixed German/English (20)
# ---------------------------------------------------------------------------

R("nw-mx-001", "word-opening word-mid month-or-season name-list name-mid other-names", (
    "Summer in Berlin hits different 🌞",
    "Brunch mit Lena und Tom am Landwehrkanal, dann Sonne tanken im Görli.",
    "Perfect day!",
), [("Berlin", "LOCATION"), ("Lena", "PERSON"), ("Tom", "PERSON"),
    ("Landwehrkanal", "LOCATION"), ("Görli", "LOCATION")])

R("nw-mx-002", "name-opening name-vocative name-list", (
    "Wedding season is ON 💍",
    "Sommer & Will haben in Hamburg geheiratet and it was pure magic.",
    "Will, deine Vows 😭",
    "Make-up: @jule_hmn | Cake: @kaffeebar_ottensen",
    "#SommerAndWill",
), [("Sommer", "PERSON"), ("Will", "PERSON", 0), ("Hamburg", "LOCATION"),
    ("Will", "PERSON", 1), ("@jule_hmn", "MENTION"), ("#SommerAndWill", "PERSON")],
  not_people_handles=("@kaffeebar_ottensen",))

R("nw-mx-003", "name-mid other-names", (
    "New in: Rosé Spritz & Erdbeerkuchen 🍓",
    "Ask for Carla at the bar, she makes them extra pink.",
    "Wir haben bis 22 Uhr geöffnet!",
), [("Carla", "PERSON")])

R("nw-mx-004", "word-opening same-word-both month-or-season name-opening name-after-role", (
    "Mai ist my favourite month 🌸",
    "Mai (that's me, hi) and my sister Hope sind on a roadtrip through Bavaria.",
    "Next stop: Königssee!",
), [("Mai", "PERSON", 1), ("Hope", "PERSON"), ("Bavaria", "LOCATION"),
    ("Königssee", "LOCATION")],
  not_names=[("Mai", "word", 0)])

R("nw-mx-005", "name-list name-after-role same-word-both word-opening other-names", (
    "U11 derby win 🔥 gegen den FC Nord!",
    "Goals: Frank, Jonas and Kai.",
    "Coach Rob says: best Saison ever. Frank und frei, he's right.",
), [("Frank", "PERSON", 0), ("Jonas", "PERSON"), ("Kai", "PERSON"), ("Rob", "PERSON")],
  not_names=[("Frank", "word", 1)])

R("nw-mx-006", "word-opening word-after-article flower name-mid other-names", (
    "Eine Rose, ein Herz 🌹",
    "Valentine's orders close Tuesday!",
    "Bestellungen bitte an Svenja oder direkt im Laden in München-Schwabing.",
), [("Svenja", "PERSON"), ("München-Schwabing", "LOCATION")])

R("nw-mx-007", "name-mid word-titlecase other-names", (
    "Balayage by Melanie ✨ for the lovely @lena.koch 🍯",
    "Golden Amber Töne for the Herbst.",
    "Book via link in bio!",
), [("Melanie", "PERSON"), ("@lena.koch", "MENTION")])

R("nw-mx-008", "word-opening month-or-season name-after-role name-list other-names", (
    "Summer vibes garantiert ☀️",
    "Our international school Sommerfest is next Friday! Bring the whole family 🎪",
    "Thanks to Mrs. Thompson and Herr Kaiser for organising the Tombola.",
), [("Thompson", "PERSON"), ("Kaiser", "PERSON")])

R("nw-mx-009", "same-word-both month-or-season name-mid word-mid", (
    "Vienna in winter ❄️",
    "Glühwein am Rathausplatz with Ernst, who is anything but ernst after two Tassen 😂",
), [("Vienna", "LOCATION"), ("Rathausplatz", "LOCATION"), ("Ernst", "PERSON")])

R("nw-mx-010", "word-titlecase name-after-role other-names", (
    "Ballettschule Sonne 🩰",
    "New Kurs for kids 4-6, mittwochs 16 Uhr.",
    "Teacher: Natalie (she speaks English & Deutsch). Let the sun shine in!",
), [("Natalie", "PERSON")])

R("nw-mx-011", "name-after-role name-vocative other-names", (
    "Happy Birthday, Oma Hildegard! 🎂",
    "90 Jahre young.",
    "Love from all of us in London & Hannover 💕",
), [("Hildegard", "PERSON"), ("London", "LOCATION"), ("Hannover", "LOCATION")])

R("nw-mx-012", "name-opening", (
    "Heide | Hochzeits- & Familienfotografin 📸",
    "based in Leipzig | available worldwide",
    "DE/EN",
), [("Heide", "PERSON"), ("Leipzig", "LOCATION")])

R("nw-mx-013", "name-list name-vocative name-opening word-mid", (
    "Best Kaffee in town? We think so ☕️",
    "Paul & Engel sind heute on shift.",
    "Engel, the latte art today 🤌",
), [("Paul", "PERSON"), ("Engel", "PERSON", 0), ("Engel", "PERSON", 1)])

R("nw-mx-014", "name-mid other-names", (
    "Damen 1 won 3:2 in Mannheim 🏑",
    "Player of the Match: Hannah Schulz!",
    "Next weekend: home game vs. Rot-Weiss Köln.",
), [("Mannheim", "LOCATION"), ("Hannah Schulz", "PERSON")])

R("nw-mx-015", "name-lowercase name-list name-mid", (
    "sonntag vibes mit kai und willow 🌿",
    "spaziergang an der isar and then pizza.",
    "life is good",
), [("kai", "PERSON"), ("willow", "PERSON"), ("isar", "LOCATION")])

R("nw-mx-016", "month-or-season word-mid name-list other-names", (
    "Our Frühlings-Special: Holunderblüten-Tarte 🌼",
    "Only in May & Juni!",
    "Baked by Tina und Jens with so much Liebe.",
), [("Tina", "PERSON"), ("Jens", "PERSON")])

R("nw-mx-017", "word-after-article same-word-both month-or-season name-vocative name-list name-opening", (
    "A June wedding im Schwarzwald 🌲",
    "June & Max, ihr wart unglaublich.",
    "Max, your Oma's dance moves 🕺",
), [("Schwarzwald", "LOCATION"), ("June", "PERSON", 1), ("Max", "PERSON", 0),
    ("Max", "PERSON", 1)],
  not_names=[("June", "word", 0)])

R("nw-mx-018", "flower word-mid name-genitive other-names", (
    "Kita news 🐣",
    "This week we learned about Frühling & spring flowers: Tulpen, Narzissen und Iris.",
    "Danke an Mila's Mama for the Blumen!",
), [("Mila's", "PERSON")])

R("nw-mx-019", "word-opening word-after-article same-word-both name-mid", (
    "Bob cut season 💇‍♀️",
    "Der Bob ist back and better than ever.",
    "Termine bei Bob (ja, er heißt wirklich so) über den Link in Bio.",
), [("Bob", "PERSON", 2)],
  not_names=[("Bob", "word", 0), ("Bob", "word", 1)])

R("nw-mx-020", "month-or-season word-opening word-mid name-list name-after-possessive other-names", (
    "Mallorca im April 🌴 with my girls Lea, Sophie & Nina.",
    "Sunny every single day, kein Regen, nix.",
    "Danke, Mallorca! ☀️",
), [("Mallorca", "LOCATION", 0), ("Lea", "PERSON"), ("Sophie", "PERSON"), ("Nina", "PERSON"),
    ("Mallorca", "LOCATION", 1)])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

class CheckError(Exception):
    pass


def occurrences(text, surface):
    """Start offsets of `surface` in `text` at a word boundary (case-sensitive)."""
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    out, pos = [], 0
    while True:
        m = pat.search(text, pos)
        if not m:
            return out
        out.append(m.start())
        pos = m.start() + 1


def resolve(text, surface, occ, what):
    offs = occurrences(text, surface)
    if not offs:
        raise CheckError(f"{what} {surface!r} not found at a word boundary")
    if occ is None:
        if len(offs) > 1:
            raise CheckError(f"{what} {surface!r} occurs {len(offs)} times; give its occurrence")
        return offs[0]
    if len(offs) == 1:
        raise CheckError(f"{what} {surface!r} occurs once; do not give an occurrence")
    if not 0 <= occ < len(offs):
        raise CheckError(f"{what} {surface!r} occurrence {occ} out of range (found {len(offs)})")
    return offs[occ]


def in_tag(text, pos):
    """True if pos lies inside a #hashtag or @handle token (after its first char)."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start] in "#@" and pos > start


def name_tokens(span_text):
    s = span_text.lstrip("#@")
    s = re.sub(r"['’]s$", "", s)
    return [t.lower() for t in re.findall(r"[A-ZÄÖÜ]?[a-zäöüß]+|[A-ZÄÖÜ]+(?![a-z])", s)]


def check_record(rec):
    rid, text = rec["id"], rec["text"]
    m = re.fullmatch(r"nw-(en|de|mx)-(\d{3})", rid)
    if not m:
        raise CheckError("bad id")
    rec["lang"] = LANGS[m.group(1)]
    if not 1 <= text.count("\n") + 1 <= 6:
        raise CheckError("text must have 1 to 6 lines")
    for k in rec["kind"]:
        if k not in KINDS:
            raise CheckError(f"unknown kind {k!r}")
    if len(set(rec["kind"])) != len(rec["kind"]):
        raise CheckError("duplicate kind")

    # entities -> spans
    spans = []
    for ent in rec["entities"]:
        if len(ent) == 2:
            surface, label = ent
            occ = None
        elif len(ent) == 3:
            surface, label, occ = ent
        else:
            raise CheckError(f"bad entity tuple {ent!r}")
        if label not in LABELS:
            raise CheckError(f"bad label {label!r}")
        if surface != surface.strip() or not surface:
            raise CheckError(f"surface {surface!r} has outer whitespace")
        start = resolve(text, surface, occ, "entity")
        end = start + len(surface)
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            raise CheckError(f"{surface!r} starts in the middle of a word")
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            raise CheckError(f"{surface!r} ends in the middle of a word")
        if label == "PERSON":
            if re.match(r"['’]s\b", text[end:end + 3]):
                raise CheckError(f"{surface!r}: the possessive ending belongs to the span")
            first = surface.split()[0].lower()
            if first in ROLE_WORDS and len(surface.split()) > 1:
                raise CheckError(f"{surface!r}: title/role word inside PERSON span")
            if surface.startswith("@"):
                raise CheckError(f"{surface!r}: handles are MENTION, not PERSON")
        if label == "MENTION" and not surface.startswith("@"):
            raise CheckError(f"MENTION {surface!r} must be an @handle")
        if label == "LOCATION" and surface[0] in "#@":
            raise CheckError(f"LOCATION {surface!r}: tags and handles are not locations")
        spans.append((start, end, label, surface))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            raise CheckError(f"spans overlap: {a[3]!r} and {b[3]!r}")

    # handles
    handles = []
    for hm in HANDLE_RE.finditer(text):
        h = hm.group(0).rstrip(".")
        handles.append((hm.start(), hm.start() + len(h), h))
    mention_spans = {(s, e) for s, e, lab, _ in spans if lab == "MENTION"}
    handle_spans = {(s, e) for s, e, _ in handles}
    for s, e in mention_spans:
        if (s, e) not in handle_spans:
            raise CheckError(f"MENTION {text[s:e]!r} is not a whole @handle")
    npl = rec["not_people_handles"]
    for h in npl:
        if h not in {x[2] for x in handles}:
            raise CheckError(f"not_people_handles entry {h!r} not in text")
    for s, e, h in handles:
        if (s, e) in mention_spans:
            if h in npl:
                raise CheckError(f"{h!r} is both MENTION and not_people_handles")
        elif h not in npl:
            raise CheckError(f"handle {h!r} is neither MENTION nor in not_people_handles")

    # not_names
    marked = {}  # (surface, start) -> reason
    for nn in rec["not_names"]:
        if len(nn) == 2:
            surface, why = nn
            occ = None
        elif len(nn) == 3:
            surface, why, occ = nn
        else:
            raise CheckError(f"bad not_names tuple {nn!r}")
        if why not in NOT_NAME_REASONS:
            raise CheckError(f"bad not_names reason {why!r}")
        start = resolve(text, surface, occ, "not_names")
        end = start + len(surface)
        for s, e, _, sur in spans:
            if s < end and start < e:
                raise CheckError(f"not_names {surface!r} overlaps entity {sur!r}")
        marked[(surface, start)] = why

    # every other appearance of an annotated string must be annotated or marked
    demanded = set()
    person_strings = set()
    for s, e, lab, sur in spans:
        demanded.add(sur)
        if lab == "PERSON":
            person_strings.add(sur)
            for tok in re.split(r"[\s\-]+", sur):
                tok = re.sub(r"['’]s$", "", tok)
                if tok[:1] not in "#@" and len(tok) >= 2:
                    demanded.add(tok)
                    person_strings.add(tok)
    for sur in sorted(demanded):
        for i, p in enumerate(occurrences(text, sur)):
            q = p + len(sur)
            if any(s <= p and q <= e for s, e, _, _ in spans):
                continue
            if (sur, p) in marked:
                continue
            if in_tag(text, p) and sur not in person_strings:
                continue  # e.g. a place hashtag: not annotated
            raise CheckError(
                f"{sur!r} (occurrence {i}) is annotated elsewhere but not here; "
                f"annotate it or list it in not_names")
    for (sur, p), why in marked.items():
        if sur not in demanded and why == "word":
            raise CheckError(f"not_names {sur!r} is not needed (string not annotated elsewhere)")

    # name-word statistics
    person_spans = [(s, e, sur) for s, e, lab, sur in spans if lab == "PERSON"]
    person_nw = set()
    other_person = False
    for s, e, sur in person_spans:
        toks = set(name_tokens(sur)) & NAMEWORDS
        person_nw |= toks
        if not toks:
            other_person = True
    skip = [(s, e) for s, e, lab, _ in spans] + [(s, e) for s, e, _ in handles]
    not_word = [(p, p + len(sur)) for (sur, p), why in marked.items() if why != "word"]
    word_uses = set()
    for tm in TOKEN_RE.finditer(text):
        tok = tm.group(0).lower()
        if tok not in NAMEWORDS:
            continue
        a, b = tm.span()
        if any(s <= a and b <= e for s, e in skip + not_word):
            continue
        word_uses.add(tok)
    rec["_person_nw"] = person_nw
    rec["_word_uses"] = word_uses
    rec["_spans"] = spans

    # kind consistency
    kinds = set(rec["kind"])
    has_person = bool(person_spans)
    has_mention = bool(mention_spans)
    if ("none" in kinds) != (not has_person and not has_mention):
        raise CheckError("kind 'none' must be given exactly when no PERSON/MENTION is annotated")
    if "none" in kinds and len(kinds) > 1 and any(k.startswith("name-") for k in kinds):
        raise CheckError("'none' with name-* kinds")
    if any(k.startswith("name-") for k in kinds) and not has_person:
        raise CheckError("name-* kind without a PERSON span")
    if "name-lowercase" in kinds and not any(
            sur.lstrip("#")[:1].islower() for _, _, sur in person_spans):
        raise CheckError("name-lowercase without a lowercase PERSON span")
    if "name-genitive" in kinds and not any(
            re.search(r"(['’]s|s['’])$", sur) or (rec["lang"] != "en" and sur.endswith("s"))
            for _, _, sur in person_spans):
        raise CheckError("name-genitive without a genitive PERSON span")
    if "name-list" in kinds and len(person_spans) < 2:
        raise CheckError("name-list with fewer than two PERSON spans")
    has_word_kind = any(k.startswith("word-") for k in kinds)
    if has_word_kind != bool(word_uses):
        raise CheckError(f"word-* kinds {'given' if has_word_kind else 'missing'} "
                         f"but name-words used as words: {sorted(word_uses)}")
    for kind, vocab in (("month-or-season", MONTH_SEASON), ("flower", FLOWERS),
                        ("virtue", VIRTUES)):
        if kind in kinds and not (word_uses & vocab):
            raise CheckError(f"kind {kind!r} but no such word used as a word")
    if (word_uses & VIRTUES) and "virtue" not in kinds:
        raise CheckError(f"virtue word used ({sorted(word_uses & VIRTUES)}) but kind 'virtue' missing")
    if ((word_uses & FLOWERS) - {"hazel", "heide"}) and "flower" not in kinds:
        raise CheckError(f"flower word used ({sorted(word_uses & FLOWERS)}) but kind 'flower' missing")
    both = person_nw & word_uses
    if ("same-word-both" in kinds) != bool(both):
        raise CheckError(f"same-word-both must be given exactly when one name-word is both "
                         f"(person: {sorted(person_nw)}, words: {sorted(word_uses)})")
    if ("other-names" in kinds) != other_person:
        raise CheckError("other-names must be given exactly when a PERSON has no name-word")


def main():
    errors = []
    seen = set()
    for rec in RECORDS:
        if rec["id"] in seen:
            errors.append(f"{rec['id']}: duplicate id")
            continue
        seen.add(rec["id"])
        try:
            check_record(rec)
        except CheckError as exc:
            errors.append(f"{rec['id']}: {exc}")
    for prefix, want in (("en", 110), ("de", 30), ("mx", 20)):
        ids = sorted(r["id"] for r in RECORDS if r["id"].startswith(f"nw-{prefix}-"))
        expected = [f"nw-{prefix}-{i:03d}" for i in range(1, want + 1)]
        if ids != expected:
            errors.append(f"{prefix}: ids are not exactly nw-{prefix}-001..{want:03d}")
    if errors:
        print(f"build_namewords.py: {len(errors)} check(s) failed:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    lines = []
    for rec in sorted(RECORDS, key=lambda r: r["id"]):
        obj = {
            "id": rec["id"],
            "lang": rec["lang"],
            "kind": list(rec["kind"]),
            "text": rec["text"],
            "entities": [[s, e, lab] for s, e, lab, _ in rec["_spans"]],
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    # summary
    by_lang = Counter(r["lang"] for r in RECORDS)
    labels = defaultdict(Counter)
    kinds = Counter()
    nw_person = Counter()
    nw_word = Counter()
    for r in RECORDS:
        for _, _, lab, _ in r["_spans"]:
            labels[r["lang"]][lab] += 1
            labels["all"][lab] += 1
        kinds.update(r["kind"])
        if r["_person_nw"]:
            nw_person[r["lang"]] += 1
            nw_person["all"] += 1
        if r["_word_uses"]:
            nw_word[r["lang"]] += 1
            nw_word["all"] += 1
    n = len(RECORDS)
    print(f"wrote {OUT}: {n} records")
    for lang in ("en", "de", "mixed", "all"):
        cnt = by_lang[lang] if lang != "all" else n
        print(f"  {lang:6s} records={cnt:3d}  " +
              "  ".join(f"{lab}={labels[lang][lab]}" for lab in LABELS) +
              f"  total={sum(labels[lang].values())}"
              f"  nameword-person={nw_person[lang]}  nameword-as-word={nw_word[lang]}")
    print("  kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))


if __name__ == "__main__":
    main()
