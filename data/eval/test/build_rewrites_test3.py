import csv
import json
import os

P = [  # key, name, handles, gender
 ("karahan","Sevgi Karahan","@sevgi.karahan","f"),
 ("albers","Ruprecht Albers","","m"),
 ("ostermann","Henrike Ostermann","@dr.henrike.ostermann","f"),
 ("sieverding","Dorothea Sieverding","","f"),
 ("nordhoff","Jasper Nordhoff","@jasper_nordhoff","m"),
 ("brenninger","Ilka Brenninger","@ilka.brenninger","f"),
 ("gruenewald","Gerold Grünewald","","m"),
 ("ahlgrimm","Friederike Ahlgrimm","@f.ahlgrimm","f"),
 ("wrede","Konstantin Wrede","","m"),
 ("varga","Alexis Varga","@alexis.varga",""),
 ("osterholt","Kim Osterholt","@kim.osterholt",""),
 ("hesselbach","Cordula Hesselbach","@cordula.hesselbach;@cordulabackt","f"),
 ("pfandl","Ottokar Pfandl","","m"),
 ("wenzlaff","Tobias Wenzlaff","","m"),
 ("brockmann","Annelie Brockmann","@annelie.brockmann","f"),
 ("ramsauer","Vitus Ramsauer","@vitus.ramsauer","m"),
 ("stahlberg","Juna Stahlberg","@juna.stahlberg","f"),
 ("dumitrescu","Florin Dumitrescu","@florin.dumitrescu","m"),
 ("imhof","Sascha Imhof","@sascha.imhof",""),
 ("marquardt","Ylva Marquardt","@ylva.marquardt;@ylvamarquardt","f"),
 ("aksoy","Deniz Aksoy","@deniz.aksoy",""),
 ("nwachukwu","Adaeze Nwachukwu","","f"),
 ("menon","Rajiv Menon","@rajiv.menon","m"),
 ("ashworth","Harriet Ashworth","","f"),
 ("fairweather","Desmond Fairweather","","m"),
 ("tremayne","Imogen Tremayne","@imogen.tremayne","f"),
 ("haverstock","Callum Haverstock","@callum.haverstock","m"),
 ("ellery","Morgan Ellery","@morgan.ellery",""),
 ("pettigrew","Bronwyn Pettigrew","@bronwynsings","f"),
 ("oyelaran","Funmi Oyelaran","@funmi.oyelaran","f"),
 ("drummond","Hamish Drummond","@hamish.drummond","m"),
 ("halvorsen","Sunniva Halvorsen","@sunniva.halvorsen","f"),
 ("quinlan","Robin Quinlan","@dr.robin.quinlan",""),
 ("kilbride","Maeve Kilbride","@maeve.kilbride","f"),
 ("castellanos","Rory Castellanos","@rory.castellanos","m"),
 ("blackwood","Ezra Blackwood","@ezra.blackwood",""),
 ("tillotson","Ambrose Tillotson","","m"),
]
ID = {k: f"t3-{i:02d}" for i, (k, *_) in enumerate(P, 1)}

R = []
def add(id_, lang, text, redact, keep, rewrites, kinds, nothing_left=False):
    R.append({"id": id_, "lang": lang, "text": text, "redact": [ID[k] for k in redact],
              "keep": keep, "rewrites": rewrites, "nothing_left": nothing_left, "kinds": kinds})

# ------------------------------------------------------------------ German
add("de-001","de",
 "Nach 32 Jahren als Lehrerin an unserer Grundschule geht Frau Karahan in den Ruhestand 🌻\nSie hat Generationen von Kindern das Lesen beigebracht – danke für alles!\n#abschied #grundschule #ruhestand",
 ["karahan"], [],
 ["Nach 32 Jahren als Lehrerin an unserer Grundschule geht unsere Kollegin in den Ruhestand 🌻\nSie hat Generationen von Kindern das Lesen beigebracht – danke für alles!\n#abschied #grundschule #ruhestand",
  "Nach 32 Jahren als Lehrerin an unserer Grundschule geht eine Kollegin in den Ruhestand 🌻\nSie hat Generationen von Kindern das Lesen beigebracht – danke für alles!\n#abschied #grundschule #ruhestand"],
 ["subject","title","role","pronoun"])
add("de-002","de",
 "Zum 25-jährigen Dienstjubiläum haben die Klassensprecher:innen unserem Hausmeister Herrn Albers einen selbst gebackenen Kuchen überreicht 🎂🎉\nOhne ihn würde hier gar nichts laufen!\n#schulleben #danke",
 ["albers"], [],
 ["Zum 25-jährigen Dienstjubiläum haben die Klassensprecher:innen unserem Hausmeister einen selbst gebackenen Kuchen überreicht 🎂🎉\nOhne ihn würde hier gar nichts laufen!\n#schulleben #danke"],
 ["object","apposition","title","role","pronoun"])
add("de-003","de", "Frau Hesselbachs Mohnkuchen ist zurück 😍 #bäckerei", ["hesselbach"], [],
 ["Der Mohnkuchen ist zurück 😍 #bäckerei", "Unser Mohnkuchen ist zurück 😍 #bäckerei"],
 ["genitive","title","short_de","line_start"])
add("de-004","de",
 "Frau Dr. Ostermann und ihr Team freuen sich auf Ihren Besuch! 🦷\nAb 1. März behandelt sie auch samstags.\nTermine unter 0761 123456 oder online.\n#zahnarztpraxis #freiburg",
 ["ostermann"], [],
 ["Unsere Zahnärztin und ihr Team freuen sich auf Ihren Besuch! 🦷\nAb 1. März behandelt sie auch samstags.\nTermine unter 0761 123456 oder online.\n#zahnarztpraxis #freiburg",
  "Die Zahnärztin und ihr Team freuen sich auf Ihren Besuch! 🦷\nAb 1. März behandelt sie auch samstags.\nTermine unter 0761 123456 oder online.\n#zahnarztpraxis #freiburg"],
 ["subject","list","title","role","pronoun","line_start"])
add("de-005","de",
 "Heute hat unser Erzieher Herr Wenzlaff mit den Vorschulkindern Kürbissuppe gekocht 🎃🥣\nDie Kinder haben ihm dabei fleißig geholfen und alles selbst geschnippelt.\n#kitaalltag #herbst",
 ["wenzlaff"], [],
 ["Heute hat unser Erzieher mit den Vorschulkindern Kürbissuppe gekocht 🎃🥣\nDie Kinder haben ihm dabei fleißig geholfen und alles selbst geschnippelt.\n#kitaalltag #herbst"],
 ["subject","apposition","title","role","pronoun"])
add("de-006","de",
 "Riesen Dank an Coach Jasper (@jasper_nordhoff) 🙌⚽\nEr hat unsere E-Jugend drei Jahre lang trainiert und wechselt jetzt zu einem Verein in Hamburg.\nWir werden dich vermissen!\n#fcblauweiss #ejugend #dankejasper",
 ["nordhoff"], [],
 ["Riesen Dank an unseren Coach 🙌⚽\nEr hat unsere E-Jugend drei Jahre lang trainiert und wechselt jetzt zu einem Verein in Hamburg.\nWir werden dich vermissen!\n#fcblauweiss #ejugend",
  "Riesen Dank an unseren Trainer 🙌⚽\nEr hat unsere E-Jugend drei Jahre lang trainiert und wechselt jetzt zu einem Verein in Hamburg.\nWir werden dich vermissen!\n#fcblauweiss #ejugend"],
 ["prepositional","title","handle_name","role","pronoun","hashtag"])
add("de-007","de",
 "Wir begrüßen Frau Brenninger (@ilka.brenninger) in unserem Team! 🌿\nSie ist Physiotherapeutin mit Schwerpunkt Sportverletzungen und ab sofort dienstags und donnerstags für Sie da.\n#physiotherapie #neuimteam",
 ["brenninger"], [],
 ["Wir begrüßen eine neue Kollegin in unserem Team! 🌿\nSie ist Physiotherapeutin mit Schwerpunkt Sportverletzungen und ab sofort dienstags und donnerstags für Sie da.\n#physiotherapie #neuimteam"],
 ["object","title","handle_name","role","pronoun"])
add("de-008","de",
 "Wir gratulieren Herrn Dr. Wrede zur Ernennung zum Fachanwalt für Arbeitsrecht! ⚖️\nMit ihm hat unsere Kanzlei jetzt drei Fachanwälte im Arbeitsrecht.\n#kanzlei #arbeitsrecht",
 ["wrede"], [],
 ["Wir gratulieren unserem Kollegen zur Ernennung zum Fachanwalt für Arbeitsrecht! ⚖️\nMit ihm hat unsere Kanzlei jetzt drei Fachanwälte im Arbeitsrecht.\n#kanzlei #arbeitsrecht",
  "Wir gratulieren einem Kollegen zur Ernennung zum Fachanwalt für Arbeitsrecht! ⚖️\nMit ihm hat unsere Kanzlei jetzt drei Fachanwälte im Arbeitsrecht.\n#kanzlei #arbeitsrecht"],
 ["object","title","role","pronoun"])
add("de-009","de",
 "Wir freuen uns, Herrn Grünewald ab 1. Juli als neuen Partner begrüßen zu dürfen 🤝\nSeit 2009 berät er Familienunternehmen in der Region.\n#steuerberatung #team",
 ["gruenewald"], [],
 ["Wir freuen uns, ab 1. Juli einen neuen Partner begrüßen zu dürfen 🤝\nSeit 2009 berät er Familienunternehmen in der Region.\n#steuerberatung #team",
  "Wir freuen uns, einen Kollegen ab 1. Juli als neuen Partner begrüßen zu dürfen 🤝\nSeit 2009 berät er Familienunternehmen in der Region.\n#steuerberatung #team"],
 ["object","title","role","pronoun"])
add("de-010","de",
 "Heute früh hat uns Bäckermeisterin Hesselbach ihr Geheimrezept für den Butterzopf verraten 🥐\nDanke, Cordula, dass wir bei dir in der Backstube filmen durften! 🎥\n@baeckerei_kornblume #backstube #handwerk",
 ["hesselbach"], ["@baeckerei_kornblume"],
 ["Heute früh hat uns die Bäckermeisterin ihr Geheimrezept für den Butterzopf verraten 🥐\nDanke, dass wir bei dir in der Backstube filmen durften! 🎥\n@baeckerei_kornblume #backstube #handwerk"],
 ["subject","title","role","vocative","pronoun"])
add("de-011","de",
 "Unser Chor gratuliert Herrn Pfandl ganz herzlich zum 70. Geburtstag! 🎶🎂\nSeit 1998 leitet er den Kirchenchor St. Marien mit viel Geduld und noch mehr Humor.\n#kirchenchor #stmarien",
 ["pfandl"], [],
 ["Unser Chor gratuliert seinem Chorleiter ganz herzlich zum 70. Geburtstag! 🎶🎂\nSeit 1998 leitet er den Kirchenchor St. Marien mit viel Geduld und noch mehr Humor.\n#kirchenchor #stmarien",
  "Unser Chor gratuliert seinem Leiter ganz herzlich zum 70. Geburtstag! 🎶🎂\nSeit 1998 leitet er den Kirchenchor St. Marien mit viel Geduld und noch mehr Humor.\n#kirchenchor #stmarien"],
 ["object","title","role","pronoun"])
add("de-012","de",
 "Pfarrerin Dorothea Sieverding, seit zwölf Jahren in unserer Gemeinde, wird am Sonntag um 10 Uhr in der Lutherkirche verabschiedet ⛪\nIhr Nachfolger wird im Herbst eingeführt.\nAlle sind herzlich eingeladen! 💐\n#gemeinde #abschied",
 ["sieverding"], [],
 ["Unsere Pfarrerin, seit zwölf Jahren in unserer Gemeinde, wird am Sonntag um 10 Uhr in der Lutherkirche verabschiedet ⛪\nIhr Nachfolger wird im Herbst eingeführt.\nAlle sind herzlich eingeladen! 💐\n#gemeinde #abschied",
  "Die Pfarrerin, seit zwölf Jahren in unserer Gemeinde, wird am Sonntag um 10 Uhr in der Lutherkirche verabschiedet ⛪\nIhr Nachfolger wird im Herbst eingeführt.\nAlle sind herzlich eingeladen! 💐\n#gemeinde #abschied"],
 ["subject","title","role","pronoun","line_start"])
add("de-013","de",
 "Die Universität verleiht Prof. Dr. Friederike Ahlgrimm den Lehrpreis 2024 🏆\nDie Studierenden ihres Seminars „Stadt und Klima“ hatten sie nominiert.\n#unileben #lehrpreis",
 ["ahlgrimm"], [],
 ["Die Universität verleiht einer Professorin den Lehrpreis 2024 🏆\nDie Studierenden ihres Seminars „Stadt und Klima“ hatten sie nominiert.\n#unileben #lehrpreis"],
 ["object","title","pronoun"])
add("de-014","de", "Chorleiter Pfandl dirigiert heute zum letzten Mal 🎶", ["pfandl"], [],
 ["Unser Chorleiter dirigiert heute zum letzten Mal 🎶", "Der Chorleiter dirigiert heute zum letzten Mal 🎶"],
 ["subject","title","role","short_de","line_start"])
add("de-015","de", "Willkommen im Team, Dr. Varga! 🐾", ["varga"], [],
 ["Willkommen im Team! 🐾"], ["vocative","title","short_de"])
add("de-016","de", "Coach Kim in Action 💪 #montagsworkout", ["osterholt"], [],
 ["Unser Coach in Action 💪 #montagsworkout"], ["title","role","short_de","line_start"])
add("de-017","de", "Frau Karahans letzter Schultag 🥲📚", ["karahan"], [],
 ["Ihr letzter Schultag 🥲📚", "Der letzte Schultag 🥲📚"], ["genitive","title","short_de","line_start"])
add("de-018","de", "Pfarrerin Sieverding und Kantor Pfandl beim Ostergottesdienst 🐣⛪", ["sieverding","pfandl"], [],
 ["Unsere Pfarrerin und unser Kantor beim Ostergottesdienst 🐣⛪", "Pfarrerin und Kantor beim Ostergottesdienst 🐣⛪"],
 ["list","multiple","title","role","short_de","line_start"])
add("de-019","de", "Glückwunsch an Juna zur bestandenen Meisterprüfung! 🎓", ["stahlberg"], [],
 ["Glückwunsch zur bestandenen Meisterprüfung! 🎓"], ["prepositional","short_de"])
add("de-020","de", "Vitus hat's geschafft 🏁🥇 #marathon", ["ramsauer"], [],
 ["Er hat's geschafft 🏁🥇 #marathon"], ["subject","short_de","line_start"])
add("de-021","de", "Annelie & Florin 💍 #annelieundflorin", ["brockmann","dumitrescu"], [], [],
 ["list","multiple","hashtag","short_de","line_start"], nothing_left=True)
add("de-022","de", "Herzlichen Glückwunsch zum Dienstjubiläum, Herr Grünewald! 🥂", ["gruenewald"], [],
 ["Herzlichen Glückwunsch zum Dienstjubiläum! 🥂"], ["vocative","title","short_de"])
add("de-023","de", "Junas erster Tag im neuen Job 🥳", ["stahlberg"], [],
 ["Ihr erster Tag im neuen Job 🥳"], ["genitive","short_de","line_start"])
add("de-024","de",
 "Annelie, du warst die schönste Braut, die ich je fotografieren durfte 🤍\nDanke, dass ich euren Tag am Bodensee begleiten durfte!\n#hochzeitsfotografie #bodensee #brockmannhochzeit",
 ["brockmann"], [],
 ["Du warst die schönste Braut, die ich je fotografieren durfte 🤍\nDanke, dass ich euren Tag am Bodensee begleiten durfte!\n#hochzeitsfotografie #bodensee"],
 ["vocative","role","hashtag","line_start"])
add("de-025","de",
 "Gestern mit Vitus und Marek am Walchensee ☀️🚣\nVitus ist natürlich als Erster ins eiskalte Wasser gesprungen 🥶\n#sommer #freunde",
 ["ramsauer"], ["Marek"],
 ["Gestern mit Marek am Walchensee ☀️🚣\nEin Freund ist natürlich als Erster ins eiskalte Wasser gesprungen 🥶\n#sommer #freunde",
  "Gestern mit Marek am Walchensee ☀️🚣\nEiner von uns ist natürlich als Erster ins eiskalte Wasser gesprungen 🥶\n#sommer #freunde"],
 ["prepositional","list","subject","line_start"])
add("de-026","de",
 "Meine Schwester Juna hat ihr erstes eigenes Café eröffnet ☕️🥐\nSchaut unbedingt vorbei, sie backt die besten Zimtschnecken der Stadt!\n@cafe_zimtzicke #neueröffnung #leipzig",
 ["stahlberg"], ["@cafe_zimtzicke"],
 ["Meine Schwester hat ihr erstes eigenes Café eröffnet ☕️🥐\nSchaut unbedingt vorbei, sie backt die besten Zimtschnecken der Stadt!\n@cafe_zimtzicke #neueröffnung #leipzig"],
 ["subject","apposition","role","pronoun"])
add("de-027","de",
 "Brautpaar Annelie Brockmann und Florin Dumitrescu beim ersten Tanz 💃🕺\nDie beiden haben wochenlang geübt – und man sieht's!\n#hochzeit #ersttanz #annelieundflorin",
 ["brockmann","dumitrescu"], [],
 ["Das Brautpaar beim ersten Tanz 💃🕺\nDie beiden haben wochenlang geübt – und man sieht's!\n#hochzeit #ersttanz"],
 ["list","multiple","role","pronoun","hashtag","line_start"])
add("de-028","de",
 "Happy Birthday an meinen Lieblingsmenschen Florin 🎉\nDanke, dass du mich jeden Tag zum Lachen bringst ❤️\n#geburtstag #love",
 ["dumitrescu"], [],
 ["Happy Birthday an meinen Lieblingsmenschen 🎉\nDanke, dass du mich jeden Tag zum Lachen bringst ❤️\n#geburtstag #love"],
 ["prepositional","apposition"])
add("de-029","de",
 "Annelies Brautkleid war ein Traum aus Spitze 🤍 Genäht hat es ihre Mama in über 200 Stunden!\n#brautkleid #handmade #brockmannhochzeit",
 ["brockmann"], [],
 ["Ihr Brautkleid war ein Traum aus Spitze 🤍 Genäht hat es ihre Mama in über 200 Stunden!\n#brautkleid #handmade",
  "Das Brautkleid war ein Traum aus Spitze 🤍 Genäht hat es die Mama der Braut in über 200 Stunden!\n#brautkleid #handmade"],
 ["genitive","pronoun","hashtag","line_start"])
add("de-030","de",
 "Wir danken Sascha (@sascha.imhof) für die Organisation unseres Straßenfests 🎪🎈\nMonate voller Planung, Telefonate und Genehmigungen – und am Ende hat sogar das Wetter mitgespielt!\n#straßenfest #nachbarschaft",
 ["imhof"], [],
 ["Wir danken für die Organisation unseres Straßenfests 🎪🎈\nMonate voller Planung, Telefonate und Genehmigungen – und am Ende hat sogar das Wetter mitgespielt!\n#straßenfest #nachbarschaft"],
 ["object","handle_name"])
add("de-031","de",
 "Zum Abschied haben die Kinder der Igelgruppe Herrn Wenzlaff ein selbst gemaltes Buch geschenkt 📖🖍️\nEr hat die Gruppe vier Jahre lang als Erzieher begleitet und beginnt im Herbst sein Studium – alles Gute!\n#kita #abschied",
 ["wenzlaff"], [],
 ["Zum Abschied haben die Kinder der Igelgruppe ihrem Erzieher ein selbst gemaltes Buch geschenkt 📖🖍️\nEr hat die Gruppe vier Jahre lang als Erzieher begleitet und beginnt im Herbst sein Studium – alles Gute!\n#kita #abschied"],
 ["object","title","role","pronoun"])
add("de-032","de",
 "Ab Montag sind Termine bei Dr. Varga wieder online buchbar 🐶🐱\nWir freuen uns, dass unser Team nach der Elternzeit wieder komplett ist!\n#tierarztpraxis #hamburg",
 ["varga"], [],
 ["Ab Montag sind Termine wieder online buchbar 🐶🐱\nWir freuen uns, dass unser Team nach der Elternzeit wieder komplett ist!\n#tierarztpraxis #hamburg"],
 ["prepositional","title"])
add("de-033","de",
 "Unser Vorstand für die Saison 2024/25 steht! 🏐\nVorsitz: Deniz Aksoy\nKasse: Heike Sommerfeld\nJugendwart: Sascha Imhof\nDanke an alle, die sich im Verein engagieren! 💙\n#tvgrünau #volleyball",
 ["aksoy","imhof"], ["Heike Sommerfeld"],
 ["Unser Vorstand für die Saison 2024/25 steht! 🏐\nKasse: Heike Sommerfeld\nDanke an alle, die sich im Verein engagieren! 💙\n#tvgrünau #volleyball"],
 ["list","multiple","role"])
add("de-034","de",
 "Unser Seniorpartner, Rechtsanwalt Dr. Konstantin Wrede, spricht am Donnerstag beim Unternehmerfrühstück der IHK über das neue Erbrecht 🎤\nAnmeldung über den Link in der Bio.\n#erbrecht #ihk",
 ["wrede"], [],
 ["Unser Seniorpartner spricht am Donnerstag beim Unternehmerfrühstück der IHK über das neue Erbrecht 🎤\nAnmeldung über den Link in der Bio.\n#erbrecht #ihk"],
 ["subject","apposition","title","role"])
add("de-035","de",
 "Die Theater-AG von Frau Karahan und Herrn Albers hat heute „Die kleine Hexe“ aufgeführt 🧙‍♀️🎭\nDie beiden haben sogar das Bühnenbild selbst gebaut!\n#schultheater",
 ["karahan","albers"], [],
 ["Die Theater-AG hat heute „Die kleine Hexe“ aufgeführt 🧙‍♀️🎭\nDie AG-Leitung hat sogar das Bühnenbild selbst gebaut!\n#schultheater"],
 ["prepositional","list","multiple","title","pronoun"])
add("de-036","de",
 "Liebe Frau Dr. Ostermann, danke, dass Sie meiner Tochter die Angst vorm Bohren genommen haben 🦷💛\nDie Kleine geht jetzt sogar gerne zur Kontrolle!",
 ["ostermann"], [],
 ["Danke, dass Sie meiner Tochter die Angst vorm Bohren genommen haben 🦷💛\nDie Kleine geht jetzt sogar gerne zur Kontrolle!"],
 ["vocative","title","line_start"])
add("de-037","de", "Wer erkennt Herrn Pfandl auf diesem Foto? 😄🎶 #chorprobe", ["pfandl"], [], [],
 ["object","title"], nothing_left=True)
add("de-038","de",
 "Das ist Frau Hesselbach. Frau Hesselbach backt seit 40 Jahren die besten Brezeln in Kornwestheim 🥨",
 ["hesselbach"], [], [], ["subject","title"], nothing_left=True)
add("de-039","de",
 "Heute im Kolloquium: Vortrag von Prof. Ahlgrimm zu urbanen Hitzeinseln 🌡️🏙️\nIm Anschluss stellen Studierende aus Prof. Ahlgrimms Arbeitsgruppe ihre ersten Ergebnisse vor.\n#stadtklima #uni",
 ["ahlgrimm"], [],
 ["Heute im Kolloquium: Vortrag zu urbanen Hitzeinseln 🌡️🏙️\nIm Anschluss stellen Studierende aus der Arbeitsgruppe ihre ersten Ergebnisse vor.\n#stadtklima #uni",
  "Heute im Kolloquium: Vortrag einer Professorin zu urbanen Hitzeinseln 🌡️🏙️\nIm Anschluss stellen Studierende aus ihrer Arbeitsgruppe ihre ersten Ergebnisse vor.\n#stadtklima #uni"],
 ["prepositional","genitive","title"])
add("de-040","de",
 "Neu in unserer Praxis: Manuelle Lymphdrainage bei Ilka Brenninger (@ilka.brenninger), unserer Expertin für Ödemtherapie 💆‍♀️\nTermine gibt es über die Rezeption.\n#physiotherapie #lymphdrainage",
 ["brenninger"], [],
 ["Neu in unserer Praxis: Manuelle Lymphdrainage bei unserer Expertin für Ödemtherapie 💆‍♀️\nTermine gibt es über die Rezeption.\n#physiotherapie #lymphdrainage"],
 ["prepositional","apposition","handle_name","role"])

# ------------------------------------------------------------------ English
add("en-001","en",
 "Mrs Nwachukwu has been teaching Year 4 at St Aidan's for 20 years! 🍎\nShe still remembers every single pupil's name.\n#teacherappreciation #staidans",
 ["nwachukwu"], [],
 ["One of our teachers has been teaching Year 4 at St Aidan's for 20 years! 🍎\nShe still remembers every single pupil's name.\n#teacherappreciation #staidans",
  "She has been teaching Year 4 at St Aidan's for 20 years! 🍎\nShe still remembers every single pupil's name.\n#teacherappreciation #staidans"],
 ["subject","title","role","pronoun","line_start"])
add("en-002","en",
 "Please join us in congratulating Mr Menon on 10 years of running our after-school football club ⚽\nHe started it with six kids and a bag of cones!\n#schoolsport #afterschoolclub",
 ["menon"], [],
 ["Please join us in congratulating a colleague on 10 years of running our after-school football club ⚽\nHe started it with six kids and a bag of cones!\n#schoolsport #afterschoolclub",
  "Please join us in congratulating one of our staff on 10 years of running our after-school football club ⚽\nHe started it with six kids and a bag of cones!\n#schoolsport #afterschoolclub"],
 ["object","title","pronoun"])
add("en-003","en",
 "Huge thanks to Ms Ashworth, our headteacher, for reading to Reception class on World Book Day 📚🧡\nShe came dressed as the Gruffalo!\n#worldbookday",
 ["ashworth"], [],
 ["Huge thanks to our headteacher for reading to Reception class on World Book Day 📚🧡\nShe came dressed as the Gruffalo!\n#worldbookday"],
 ["prepositional","apposition","title","role","pronoun"])
add("en-004","en",
 "Dr Fairweather is retiring after 35 years at Meadowbank Surgery 🩺\nHe has looked after three generations of some families here.\nCome and say goodbye on Friday – cake in the waiting room from 2pm! 🍰",
 ["fairweather"], [],
 ["One of our doctors is retiring after 35 years at Meadowbank Surgery 🩺\nHe has looked after three generations of some families here.\nCome and say goodbye on Friday – cake in the waiting room from 2pm! 🍰",
  "One of our GPs is retiring after 35 years at Meadowbank Surgery 🩺\nHe has looked after three generations of some families here.\nCome and say goodbye on Friday – cake in the waiting room from 2pm! 🍰"],
 ["subject","title","pronoun","line_start"])
add("en-005","en",
 "Prof. Imogen Tremayne's lab has just published in Nature Ecology 🎉🔬\nCongratulations to the whole team, especially PhD student Aarav Shah!\n#research #ecology",
 ["tremayne"], ["Aarav Shah"],
 ["The lab has just published in Nature Ecology 🎉🔬\nCongratulations to the whole team, especially PhD student Aarav Shah!\n#research #ecology"],
 ["genitive","title","line_start"])
add("en-006","en",
 "Coach Haverstock (@callum.haverstock) has led our U14s to their first county title 🏉🏆\nHe told them at the start of the season they could do it – and they believed him.\n#rugby #u14s",
 ["haverstock"], [],
 ["Our coach has led our U14s to their first county title 🏉🏆\nHe told them at the start of the season they could do it – and they believed him.\n#rugby #u14s",
  "The coach has led our U14s to their first county title 🏉🏆\nHe told them at the start of the season they could do it – and they believed him.\n#rugby #u14s"],
 ["subject","title","handle_name","role","pronoun","line_start"])
add("en-007","en",
 "Coach Ellery got up at 5am every Saturday this season to open the pool for our squad 🏊‍♀️💙\nThank you, Coach!\n#swimclub #mastersswimming",
 ["ellery"], [],
 ["Our coach got up at 5am every Saturday this season to open the pool for our squad 🏊‍♀️💙\nThank you, Coach!\n#swimclub #mastersswimming"],
 ["subject","title","role","line_start"])
add("en-008","en",
 "Our choir director Mrs Pettigrew has led the Harbourside Community Choir for 15 years 🎶\nOn Sunday we surprised her with a song she didn't know we'd been rehearsing 🥹\n#choir #community",
 ["pettigrew"], [],
 ["Our choir director has led the Harbourside Community Choir for 15 years 🎶\nOn Sunday we surprised her with a song she didn't know we'd been rehearsing 🥹\n#choir #community"],
 ["subject","apposition","title","role","pronoun"])
add("en-009","en",
 "We presented Ms Oyelaran, our volunteer solicitor, with a bouquet today to thank her for 12 years of free legal advice at our Tuesday drop-in 💐⚖️\n#community #probono",
 ["oyelaran"], [],
 ["We presented our volunteer solicitor with a bouquet today to thank her for 12 years of free legal advice at our Tuesday drop-in 💐⚖️\n#community #probono"],
 ["object","apposition","title","role","pronoun"])
add("en-010","en",
 "Mr Drummond has just opened his second café in Leith! ☕️\nStop by @thelittlegrindleith for a flat white 💛\n#supportlocal #edinburgh",
 ["drummond"], ["@thelittlegrindleith"],
 ["He has just opened his second café in Leith! ☕️\nStop by @thelittlegrindleith for a flat white 💛\n#supportlocal #edinburgh"],
 ["subject","title","pronoun","line_start"])
add("en-011","en",
 "Meet Sunniva Halvorsen (@sunniva.halvorsen), our new sports physio! 🏃‍♀️\nShe spent six years with a Premiership netball team and specialises in knee and ankle rehab.\nBook online or call 0131 555 0192.",
 ["halvorsen"], [],
 ["Meet our new sports physio! 🏃‍♀️\nShe spent six years with a Premiership netball team and specialises in knee and ankle rehab.\nBook online or call 0131 555 0192."],
 ["object","apposition","handle_name","role","pronoun"])
add("en-012","en",
 "Dr Quinlan is now taking new NHS patients on Wednesdays 🦷\nBook through reception or at the link in our bio.\n#dentist #nhsdentist",
 ["quinlan"], [],
 ["One of our dentists is now taking new NHS patients on Wednesdays 🦷\nBook through reception or at the link in our bio.\n#dentist #nhsdentist",
  "Our dentist is now taking new NHS patients on Wednesdays 🦷\nBook through reception or at the link in our bio.\n#dentist #nhsdentist"],
 ["subject","title","line_start"])
add("en-013","en",
 "Thank you @dr.robin.quinlan and the whole team for fixing my chipped tooth the day before my wedding 🙏💍\n#dentist #weddingday",
 ["quinlan"], [],
 ["Thank you to the whole team for fixing my chipped tooth the day before my wedding 🙏💍\n#dentist #weddingday"],
 ["vocative","list","handle_name"])
add("en-014","en",
 "Dr Fairweather's last clinic is on 28 June 🩺💐\nIf you'd like to leave a card, there's a box at reception.\n#meadowbanksurgery",
 ["fairweather"], [],
 ["Our doctor's last clinic is on 28 June 🩺💐\nIf you'd like to leave a card, there's a box at reception.\n#meadowbanksurgery",
  "The last clinic of one of our doctors is on 28 June 🩺💐\nIf you'd like to leave a card, there's a box at reception.\n#meadowbanksurgery"],
 ["genitive","title","line_start"])
add("en-015","en",
 "Our new Head of School, Professor Imogen Tremayne, opens the welcome week lecture tomorrow at 9 in the Kelvin Theatre 🎓\nFreshers, don't be late!\n#welcomeweek",
 ["tremayne"], [],
 ["Our new Head of School opens the welcome week lecture tomorrow at 9 in the Kelvin Theatre 🎓\nFreshers, don't be late!\n#welcomeweek"],
 ["subject","apposition","title","role"])
add("en-016","en",
 "Well done to this year's long-service award winners: Mrs Nwachukwu, Mr Menon and Ms Ashworth! 🏅👏\nBetween them, 61 years at St Aidan's.\n#staffawards",
 ["nwachukwu","menon","ashworth"], [],
 ["Well done to this year's long-service award winners! 🏅👏\nBetween them, 61 years at St Aidan's.\n#staffawards"],
 ["prepositional","list","multiple","title","pronoun"])
add("en-017","en",
 "Thank you to our fantastic Sports Day volunteers: Coach Haverstock, Ms Ashworth, Tom Fielding and Gemma Rourke! ☀️🏃\n#sportsday",
 ["haverstock","ashworth"], ["Tom Fielding","Gemma Rourke"],
 ["Thank you to our fantastic Sports Day volunteers: Tom Fielding and Gemma Rourke! ☀️🏃\n#sportsday"],
 ["prepositional","list","multiple","title"])
add("en-018","en",
 "Our vicar, Rev. Ambrose Tillotson, will bless the animals at our St Francis service this Sunday 🐕🐈🐇\nBring your pets (on leads please!) and he'll say a few words for each one.\n#blessingofthepets",
 ["tillotson"], [],
 ["Our vicar will bless the animals at our St Francis service this Sunday 🐕🐈🐇\nBring your pets (on leads please!) and he'll say a few words for each one.\n#blessingofthepets"],
 ["subject","apposition","title","role","pronoun"])
add("en-019","en",
 "Mr Drummond, your scones are the reason I get out of bed on Saturdays 😂🍓\n#brunch #leith",
 ["drummond"], [],
 ["Your scones are the reason I get out of bed on Saturdays 😂🍓\n#brunch #leith"],
 ["vocative","title","line_start"])
add("en-020","en", "Can you spot Coach Haverstock in this year's team photo? 👀🏉\n#rugby", ["haverstock"], [], [],
 ["object","title"], nothing_left=True)
add("en-021","en", "Mrs Pettigrew 👑🎶 #legend", ["pettigrew"], [], [], ["title","line_start"], nothing_left=True)
add("en-022","en",
 "This is Mr Menon. Mr Menon has run the corner shop on Albert Road since 1991 and knows every dog in the street by name 🐶",
 ["menon"], [], [], ["subject","title"], nothing_left=True)
add("en-023","en",
 "We're thrilled to welcome Dr Fairweather back as a locum on Thursdays 🩺\nMany of you have asked after him since he retired – he's missed you too!",
 ["fairweather"], [],
 ["We're thrilled to welcome a former colleague back as a locum on Thursdays 🩺\nMany of you have asked after him since he retired – he's missed you too!"],
 ["object","title","pronoun"])
add("en-024","en",
 "Our Year 6 leavers gave Mrs Nwachukwu and Mr Menon a standing ovation at today's assembly 😭💙\n#leavers2024",
 ["nwachukwu","menon"], [],
 ["Our Year 6 leavers gave these two a standing ovation at today's assembly 😭💙\n#leavers2024"],
 ["object","list","multiple","title"])
add("en-025","en",
 "Coach Ellery's swimmers brought home 14 medals from the regional gala this weekend 🥇🥈🥉\n#swimming #proud",
 ["ellery"], [],
 ["Our swimmers brought home 14 medals from the regional gala this weekend 🥇🥈🥉\n#swimming #proud",
  "The swimmers brought home 14 medals from the regional gala this weekend 🥇🥈🥉\n#swimming #proud"],
 ["genitive","title","line_start"])
add("en-026","en",
 "Maeve & Rory, thank you for trusting us with your big day 💒✨\nFrom the first look to the last dance, it was pure magic.\n#maeveandrory #irishwedding #weddingphotographer",
 ["kilbride","castellanos"], [],
 ["Thank you for trusting us with your big day 💒✨\nFrom the first look to the last dance, it was pure magic.\n#irishwedding #weddingphotographer"],
 ["vocative","list","multiple","hashtag","line_start"])
add("en-027","en",
 "Rory cried before Maeve even reached the end of the aisle 🥹🤍\nHe says it was the pollen.\n#groom #weddingtears",
 ["castellanos","kilbride"], [],
 ["The groom cried before the bride even reached the end of the aisle 🥹🤍\nHe says it was the pollen.\n#groom #weddingtears",
  "The groom cried before his bride even reached the end of the aisle 🥹🤍\nHe says it was the pollen.\n#groom #weddingtears"],
 ["subject","multiple","role","pronoun","line_start"])
add("en-028","en",
 "Happy 30th birthday to my favourite human, Ezra Blackwood (@ezra.blackwood) 🎂🎈\nThanks for 12 years of road trips, bad karaoke and worse puns 😂\n#ezra30",
 ["blackwood"], [],
 ["Happy 30th birthday to my favourite human 🎂🎈\nThanks for 12 years of road trips, bad karaoke and worse puns 😂"],
 ["prepositional","apposition","handle_name","hashtag"])
add("en-029","en",
 "Weekend in the Lake District with Ezra and Tamsin 🏞️⛰️\nEzra carried the snacks, which made them the most popular person on the hike 😅\n#hiking #lakedistrict",
 ["blackwood"], ["Tamsin"],
 ["Weekend in the Lake District with Tamsin 🏞️⛰️\nA friend carried the snacks, which made them the most popular person on the hike 😅\n#hiking #lakedistrict",
  "Weekend in the Lake District with Tamsin 🏞️⛰️\nOne of us carried the snacks, which made them the most popular person on the hike 😅\n#hiking #lakedistrict"],
 ["prepositional","list","subject","pronoun","line_start"])
add("en-030","en",
 "Maeve's hen do in Galway was absolute chaos in the best way 🍾👯‍♀️\n#hendo #bridetobe #maeveshendo",
 ["kilbride"], [],
 ["The hen do in Galway was absolute chaos in the best way 🍾👯‍♀️\n#hendo #bridetobe",
  "The bride's hen do in Galway was absolute chaos in the best way 🍾👯‍♀️\n#hendo #bridetobe"],
 ["genitive","hashtag","role","line_start"])
add("en-031","en",
 "Surprised my husband Rory with a puppy for his birthday and he hasn't stopped smiling since 🐶❤️\nMeet Biscuit!",
 ["castellanos"], ["Biscuit"],
 ["Surprised my husband with a puppy for his birthday and he hasn't stopped smiling since 🐶❤️\nMeet Biscuit!"],
 ["object","apposition","role","pronoun"])
add("en-032","en",
 "Our Christmas market wouldn't happen without Hamish Drummond and Funmi Oyelaran, who have organised it for eight years 🎄✨\nThank you both!\n#christmasmarket #leith",
 ["drummond","oyelaran"], [],
 ["Our Christmas market wouldn't happen without these two, who have organised it for eight years 🎄✨\nThank you both!\n#christmasmarket #leith",
  "Our Christmas market wouldn't happen without the two people who have organised it for eight years 🎄✨\nThank you both!\n#christmasmarket #leith"],
 ["prepositional","list","multiple","pronoun"])
add("en-033","en",
 "Please welcome Ms Oyelaran as our new Head of Legal! 👩‍⚖️\nShe joins us from a City firm and will lead our contracts team.\n#newhire #legal",
 ["oyelaran"], [],
 ["Please welcome our new Head of Legal! 👩‍⚖️\nShe joins us from a City firm and will lead our contracts team.\n#newhire #legal"],
 ["object","title","role","pronoun"])
add("en-034","en",
 "Congratulations, Dr. Ellery! 🎓 Four years, 212 pages and one very patient supervisor later – you did it!\n#phdlife #viva",
 ["ellery"], [],
 ["Congratulations! 🎓 Four years, 212 pages and one very patient supervisor later – you did it!\n#phdlife #viva"],
 ["vocative","title"])
add("en-035","en",
 "Our patient Jordan is back on the pitch after ACL surgery 💪⚽\nHuge credit to our physio @sunniva.halvorsen for nine months of rehab sessions!\n#physio #acl",
 ["halvorsen"], ["Jordan"],
 ["Our patient Jordan is back on the pitch after ACL surgery 💪⚽\nHuge credit to our physio for nine months of rehab sessions!\n#physio #acl"],
 ["prepositional","apposition","handle_name","role"])
add("en-036","en",
 "Mr Menon's corner shop is celebrating 33 years on Albert Road 🎉🛒\nPop in on Saturday for free samosas!\n#shoplocal",
 ["menon"], [],
 ["The corner shop is celebrating 33 years on Albert Road 🎉🛒\nPop in on Saturday for free samosas!\n#shoplocal"],
 ["genitive","title","line_start"])
add("en-037","en",
 "Shout out to Liam O'Driscoll, @callum.haverstock and @morgan.ellery for a brilliant summer camp ☀️🏀\nSee you all next year!\n#basketballcamp",
 ["haverstock","ellery"], ["Liam O'Driscoll"],
 ["Shout out to Liam O'Driscoll for a brilliant summer camp ☀️🏀\nSee you all next year!\n#basketballcamp"],
 ["prepositional","list","multiple","handle_name"])
add("en-038","en",
 "The kids made Mrs Pettigrew a giant thank-you card 🧁💌\nShe has run our Friday baking club for six years and has promised to frame it!\n#bakingclub",
 ["pettigrew"], [],
 ["The kids made their baking club leader a giant thank-you card 🧁💌\nShe has run our Friday baking club for six years and has promised to frame it!\n#bakingclub",
  "The kids made a giant thank-you card for their baking club leader 🧁💌\nShe has run our Friday baking club for six years and has promised to frame it!\n#bakingclub"],
 ["object","title","role","pronoun"])
add("en-039","en",
 "We interviewed Professor Tremayne at the Science Festival 🔬🌍\nShe explained why hedgehogs are disappearing from British gardens – full interview on our channel!",
 ["tremayne"], [],
 ["We interviewed a professor at the Science Festival 🔬🌍\nShe explained why hedgehogs are disappearing from British gardens – full interview on our channel!"],
 ["object","title","pronoun"])
add("en-040","en",
 "Ezra's first solo exhibition opens tonight at @gallery_fourwalls 🖼️🥂\nSo proud of them!\n#artist #firstshow #ezrablackwoodart",
 ["blackwood"], ["@gallery_fourwalls"],
 ["Their first solo exhibition opens tonight at @gallery_fourwalls 🖼️🥂\nSo proud of them!\n#artist #firstshow",
  "A friend's first solo exhibition opens tonight at @gallery_fourwalls 🖼️🥂\nSo proud of them!\n#artist #firstshow"],
 ["genitive","pronoun","hashtag","line_start"])

# ------------------------------------------------------------------ mixed
add("mx-001","mixed",
 "Wir gratulieren Dr. Marquardt zum Launch unseres neuen Standorts in Leipzig 🚀\nSie hat das Projekt von Tag eins an geleitet – what a journey!\n#teamspirit #startup",
 ["marquardt"], [],
 ["Wir gratulieren unserer Projektleiterin zum Launch unseres neuen Standorts in Leipzig 🚀\nSie hat das Projekt von Tag eins an geleitet – what a journey!\n#teamspirit #startup",
  "Wir gratulieren einer Kollegin zum Launch unseres neuen Standorts in Leipzig 🚀\nSie hat das Projekt von Tag eins an geleitet – what a journey!\n#teamspirit #startup"],
 ["object","title","role","pronoun"])
add("mx-002","mixed",
 "Coach Kim (@kim.osterholt) hat heute den Spin-Kurs komplett zerstört 🔥🚴 Best class ever!\n#spinning #fitnessfamily #teamkim",
 ["osterholt"], [],
 ["Unser Coach hat heute den Spin-Kurs komplett zerstört 🔥🚴 Best class ever!\n#spinning #fitnessfamily"],
 ["subject","title","handle_name","role","hashtag","line_start"])
add("mx-003","mixed",
 "Shoutout an Sascha für das beste Catering ever 🌮🙌\n@sascha.imhof you're a legend!\n#streetfood #hamburg",
 ["imhof"], [],
 ["Shoutout für das beste Catering ever 🌮🙌\nYou're a legend!\n#streetfood #hamburg"],
 ["prepositional","vocative","handle_name","line_start"])
add("mx-004","mixed",
 "Juna & Mateo said yes! 💍✨\nWas für ein Tag am Tegernsee – thank you for having us!\n#junaundmateo #weddingphotography #tegernsee",
 ["stahlberg"], ["Mateo"],
 ["Mateo & his bride said yes! 💍✨\nWas für ein Tag am Tegernsee – thank you for having us!\n#weddingphotography #tegernsee"],
 ["subject","list","hashtag","line_start"])
add("mx-005","mixed",
 "DJ Deniz Aksoy (@deniz.aksoy) bringt am Samstag die Afterparty zum Beben 🎧🔥\nTickets: link in bio!\n#techno #afterparty",
 ["aksoy"], [],
 ["Unser DJ bringt am Samstag die Afterparty zum Beben 🎧🔥\nTickets: link in bio!\n#techno #afterparty",
  "Der DJ bringt am Samstag die Afterparty zum Beben 🎧🔥\nTickets: link in bio!\n#techno #afterparty"],
 ["subject","title","handle_name","role","line_start"])
add("mx-006","mixed",
 "Dr. Vargas Praxis ist jetzt auch auf Insta 🐾 Follow us für Tipps rund um Hund, Katze & Co.!",
 ["varga"], [],
 ["Unsere Praxis ist jetzt auch auf Insta 🐾 Follow us für Tipps rund um Hund, Katze & Co.!",
  "Die Praxis ist jetzt auch auf Insta 🐾 Follow us für Tipps rund um Hund, Katze & Co.!"],
 ["genitive","title","line_start"])
add("mx-007","mixed",
 "Danke an Frau Karahan, Herrn Albers und Pfarrerin Sieverding für den wunderschönen Abschlussgottesdienst 🙏🌈\nBest send-off ever for our Viertklässler!\n#abschluss #grundschule",
 ["karahan","albers","sieverding"], [],
 ["Danke für den wunderschönen Abschlussgottesdienst 🙏🌈\nBest send-off ever for our Viertklässler!\n#abschluss #grundschule"],
 ["prepositional","list","multiple","title"])
add("mx-008","mixed",
 "Meet the team! 👋 Das ist Herr Grünewald, unser Steuerberater since 1999 – he knows literally every Paragraph by heart 📑\n#steuerberatung #meettheteam",
 ["gruenewald"], [],
 ["Meet the team! 👋 Das ist unser Steuerberater since 1999 – he knows literally every Paragraph by heart 📑\n#steuerberatung #meettheteam"],
 ["apposition","title","role","pronoun"])
add("mx-009","mixed", "Please welcome: die one and only Deniz! 💙💛 #teamdeniz", ["aksoy"], [], [],
 ["hashtag"], nothing_left=True)
add("mx-010","mixed", "Ratet mal, wer back ist 👀\n@kim.osterholt is in the house 🔥", ["osterholt"], [], [],
 ["subject","handle_name","line_start"], nothing_left=True)
add("mx-011","mixed",
 "Prof. Tremayne aus Exeter hielt heute eine Guest Lecture über Biodiversity in Städten 🦔🌳 Ihr Vortrag war mega inspiring!\n#unilife #biodiversität",
 ["tremayne"], [],
 ["Eine Professorin aus Exeter hielt heute eine Guest Lecture über Biodiversity in Städten 🦔🌳 Ihr Vortrag war mega inspiring!\n#unilife #biodiversität"],
 ["subject","title","pronoun","line_start"])
add("mx-012","mixed",
 "Frau Brenninger hat mich nach 6 Monaten Reha wieder zum Laufen gebracht 🏃‍♂️💨 Best physio ever, danke für Ihre Geduld!\n#physio #comeback",
 ["brenninger"], [],
 ["Meine Physiotherapeutin hat mich nach 6 Monaten Reha wieder zum Laufen gebracht 🏃‍♂️💨 Best physio ever, danke für Ihre Geduld!\n#physio #comeback"],
 ["subject","title","role","line_start"])
add("mx-013","mixed",
 "Wir haben Ylva (@ylva.marquardt), CTO bei einem Berliner Start-up, zum Interview getroffen 💻✨\nSie spricht über Women in Tech und warum Mentoring alles verändert.\n#womenintech #podcast",
 ["marquardt"], [],
 ["Wir haben eine CTO bei einem Berliner Start-up zum Interview getroffen 💻✨\nSie spricht über Women in Tech und warum Mentoring alles verändert.\n#womenintech #podcast",
  "Wir haben die CTO eines Berliner Start-ups zum Interview getroffen 💻✨\nSie spricht über Women in Tech und warum Mentoring alles verändert.\n#womenintech #podcast"],
 ["object","apposition","handle_name","role","pronoun"])
add("mx-014","mixed",
 "Coach Jasper, du bist the real MVP 🏆⚽ Danke für drei unvergessliche Jahre!\n#ejugend #thankyoucoach",
 ["nordhoff"], [],
 ["Du bist the real MVP 🏆⚽ Danke für drei unvergessliche Jahre!\n#ejugend #thankyoucoach"],
 ["vocative","title","line_start"])
add("mx-015","mixed",
 "Vitus' Abschiedsparty before he moves to Toronto 🇨🇦🥳 We'll miss you, bro!\n#byebyevitus #farewell",
 ["ramsauer"], [],
 ["Seine Abschiedsparty before he moves to Toronto 🇨🇦🥳 We'll miss you, bro!\n#farewell"],
 ["genitive","pronoun","hashtag","line_start"])
add("mx-016","mixed",
 "Roadtrip durch Portugal mit Juna, Deniz und Lotte 🚐🌊 Best summer ever!\n#vanlife #portugal",
 ["stahlberg","aksoy"], ["Lotte"],
 ["Roadtrip durch Portugal mit Lotte 🚐🌊 Best summer ever!\n#vanlife #portugal"],
 ["prepositional","list","multiple"])
add("mx-017","mixed",
 "Our bride Annelie Brockmann trug das Kleid ihrer Oma – so much love in every detail 🤍🧵\n#vintagebride #hochzeit",
 ["brockmann"], [],
 ["Our bride trug das Kleid ihrer Oma – so much love in every detail 🤍🧵\n#vintagebride #hochzeit"],
 ["subject","apposition","role","pronoun"])
add("mx-018","mixed",
 "Nach 25 Jahren verabschieden wir unseren Seniorpartner, Herrn Dr. Wrede, in den Ruhestand 🥂\nThank you for everything – wir werden ihn vermissen!\n#kanzlei #farewell",
 ["wrede"], [],
 ["Nach 25 Jahren verabschieden wir unseren Seniorpartner in den Ruhestand 🥂\nThank you for everything – wir werden ihn vermissen!\n#kanzlei #farewell"],
 ["object","apposition","title","role","pronoun"])
add("mx-019","mixed",
 "Saschas neuer Matcha Latte ist finally da 🍵💚 Kommt vorbei und probiert!\n@cafe_milchschaum #saschascafe #matcha",
 ["imhof"], ["@cafe_milchschaum"],
 ["Unser neuer Matcha Latte ist finally da 🍵💚 Kommt vorbei und probiert!\n@cafe_milchschaum #matcha",
  "Der neue Matcha Latte ist finally da 🍵💚 Kommt vorbei und probiert!\n@cafe_milchschaum #matcha"],
 ["genitive","hashtag","line_start"])
add("mx-020","mixed",
 "Pfarrerin Sieverding hat beim Gospel-Workshop mitgesungen 🎤🙌 Sie hat sogar die high notes getroffen!\n#gospel #gemeinde",
 ["sieverding"], [],
 ["Unsere Pfarrerin hat beim Gospel-Workshop mitgesungen 🎤🙌 Sie hat sogar die high notes getroffen!\n#gospel #gemeinde"],
 ["subject","title","role","pronoun","line_start"])

out = os.path.dirname(os.path.abspath(__file__)) + "/"
with open(out + "rewrites_test3.jsonl", "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(out + "rewrites_test3_optout.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "handles", "gender"])
    for k, name, h, g in P:
        w.writerow([ID[k], name, h, g])
print(len(R), "records,", len(P), "people")
