#!/usr/bin/env python3
"""Build the held-out TEST set "comments".

Short public comments, replies and reactions under Instagram / Facebook /
Threads posts of European clubs, studios, schools, cafes, families and
creators, plus an opt-out list of 36 invented people.

Run from this folder:  python3 build_comments.py
Writes captions.jsonl and optout.csv.  Standard library only, deterministic.

HELD-OUT TEST SET: use it only to measure.  Never derive rules, alias lists,
stop-word lists or thresholds from its misses, and never copy its texts or
names into training data, development sets or code.
"""
import csv
import json
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Opt-out list: (name, handle without "@", aliases separated by ";")
# ---------------------------------------------------------------------------
OPTOUT = [
    # Turkish
    ("Işıl Yıldırım", "isil.yildirim", ""),
    ("Şule Aydın", "sule.aydn", ""),
    ("Çağla Öztürk", "cagla.oeztuerk", ""),
    ("Yiğit Kaya", "yigit_kaya", ""),
    ("Gökhan Demirci", "gokhan.dmrc", ""),
    ("Ayşe Korkmaz", "ayse.k", ""),
    ("Deniz Arslan", "", ""),
    # Polish
    ("Małgorzata Wiśniewska", "gosia.wisniewska", "Małgosia;Gosia"),
    ("Wojciech Zieliński", "", "Wojtek"),
    ("Jędrzej Kamiński", "jedrek.k", "Jędrek"),
    ("Katarzyna Nowak", "kasia_nowak", "Kasia"),
    ("Róża Lewandowska", "roza.lew", ""),
    # Arabic
    ("Karim Haddad", "karim.haddad", ""),
    ("Noor Al-Hashimi", "", ""),
    # Kurdish
    ("Berfin Tekin", "berfin.tkn", ""),
    ("Azad Şimşek", "", ""),
    # Vietnamese
    ("Hoa Nguyễn", "hoa.ngn", ""),
    ("Khoa Trần", "", ""),
    # Ghanaian
    ("Kwabena Owusu", "kobby_owusu", "Kobby"),
    ("Akosua Boateng", "akosua.b", "Akos"),
    # Greek
    ("Thanasis Vlachos", "", "Thanos"),
    ("Eleni Papadaki", "eleni.ppd", ""),
    # Albanian
    ("Arbër Krasniqi", "arber.k", ""),
    ("Drita Berisha", "", ""),
    # Ukrainian
    ("Oksana Melnyk", "oksi.melnyk", "Oksi"),
    ("Bohdan Kravets", "", ""),
    # German
    ("Jana Sonne", "jana.sonne", ""),
    ("Moritz Heinemann", "", "Mo"),
    # Dutch
    ("Roos van Dijk", "roosvandijk", ""),
    ("Bram Visser", "bram.visser", ""),
    # French
    ("Rose Lefèvre", "", ""),
    ("Étienne Moreau", "etienne.mro", ""),
    # Italian
    ("Chiara Esposito", "chiara.espo", ""),
    ("Giuseppe Russo", "", "Peppe;Pino"),
    # English
    ("Harriet Cole", "hattie.cole", "Hattie"),
    ("Callum Reid", "", ""),
]

# ---------------------------------------------------------------------------
# Records: (lang, text, listed, unlisted)
# Groups per language: L = refers to >=1 listed person,
# U = names only unlisted people, N = names nobody.
# ---------------------------------------------------------------------------
DE_L = [
    ("de", "Wow, Işıl 😍 das Kleid steht dir mega", ["Işıl Yıldırım"], []),
    ("de", "Gökhan du Maschine 💪💪", ["Gökhan Demirci"], []),
    ("de", "Super gemacht Yiğit!! 🥋", ["Yiğit Kaya"], []),
    ("de", "@ayse.k schau mal, das wär doch was für uns 😅", ["Ayşe Korkmaz"], []),
    ("de", "Glückwunsch an frau aydin und die ganze 4b zum ersten Platz 🏆", ["Şule Aydın"], []),
    ("de", "danke isil für die geile torte, war sofort weg 🎂", ["Işıl Yıldırım"], []),
    ("de", "Sule du bist die beste Trainerin wo gibt 🙏", ["Şule Aydın"], []),
    ("de", "Çağla und Deniz ganz vorne 😂😂 typisch", ["Çağla Öztürk", "Deniz Arslan"], []),
    ("de", "Herr Demirci hat wieder die beste Musik aufgelegt 🔥", ["Gökhan Demirci"], []),
    ("de", "Kasia war gestern der Hammer im Tor 🧤", ["Katarzyna Nowak"], []),
    ("de", "Grüße an Wojtek und die ganze Truppe aus Gdańsk!", ["Wojciech Zieliński"], []),
    ("de", "Die Torte von @hoa.ngn 😍😍 bitte jedes Wochenende", ["Hoa Nguyễn"], []),
    ("de", "Karim hat echt Geduld mit den Kleinen, Respekt 👏", ["Karim Haddad"], []),
    ("de", "Mo du Legende, ohne dich wär das Sommerfest nix geworden", ["Moritz Heinemann"], []),
    ("de", "Frau Sonne ist einfach die beste Klassenlehrerin 🌻 vermissen sie jetzt schon", ["Jana Sonne"], []),
    ("de", "Janas Kuchen war wieder viel zu gut 🍰 Rezept bitte!!", ["Jana Sonne"], []),
    ("de", "akosua tanzt einfach in ner anderen liga 🔥💃", ["Akosua Boateng"], []),
    ("de", "Kobby mit dem Tor des Monats!!! ⚽️⚽️", ["Kwabena Owusu"], []),
    ("de", "Schöne Bilder, @eleni.ppd 📸 du hast echt ein Auge dafür", ["Eleni Papadaki"], []),
    ("de", "Arber und Drita, ihr wart das schönste Brautpaar 💍🥂", ["Arbër Krasniqi", "Drita Berisha"], []),
    ("de", "Oksana 💐 alles gute zum Geburtstag, bleib wie du bist", ["Oksana Melnyk"], []),
    ("de", "#teamberfin 💪 morgen holst du dir den Titel!", ["Berfin Tekin"], []),
    ("de", "Mega Abend, danke an Thanos am Grill 🍖🇬🇷", ["Thanasis Vlachos"], []),
    ("de", "Ist das Khoa ganz links? 😄 erkennt man kaum mit Bart", ["Khoa Trần"], []),
    ("de", "azad hat das mikro gar nicht mehr hergegeben 🎤😂", ["Azad Şimşek"], []),
    ("de", "Ohne Harriet wär der Englischclub nur halb so lustig 😂", ["Harriet Cole"], []),
    ("de", "Roos und Bram kommen extra aus Utrecht 😍 wie süß", ["Roos van Dijk", "Bram Visser"], []),
    ("de", "Yigit, Gokhan und Cagla… das Dreamteam vom Samstag 😂🙌", ["Yiğit Kaya", "Gökhan Demirci", "Çağla Öztürk"], []),
    ("de", "Liebe Małgosia, danke für alles! Die Kita wird ohne dich so leer sein 😢", ["Małgorzata Wiśniewska"], []),
    ("de", "Jedrzej hat mich gestern beim Bouldern komplett abgezogen 🧗‍♂️😅", ["Jędrzej Kamiński"], []),
    ("de", "Chiara, du hast meine Tochter so schön geschminkt 🥰 danke!!", ["Chiara Esposito"], []),
    ("de", "Danke Herr Heinemann für die tolle Klassenfahrt 🚌", ["Moritz Heinemann"], []),
    ("de", "Jana Sonne for Bürgermeisterin 😂🙌", ["Jana Sonne"], []),
]
DE_U = [
    ("de", "Lena hat das so schön gemacht 😍", [], ["Lena"]),
    ("de", "Grüße an Tim und Jonas vom Kiosk 👋", [], ["Tim", "Jonas"]),
    ("de", "War das echt Deniz Yücel an Tisch 3?? 😳", [], ["Deniz Yücel"]),
    ("de", "Kasia Kowalska im Radio und ich denk sofort an unsere Polenfahrt 🎶", [], ["Kasia Kowalska"]),
    ("de", "Frau Müller hat die Schulaufführung so toll moderiert!", [], ["Müller"]),
    ("de", "Ist das Thomas Müller im Hintergrund?? 😂⚽", [], ["Thomas Müller"]),
    ("de", "Helene Fischer beim Stadtfest wär ein Traum 🎤", [], ["Helene Fischer"]),
    ("de", "Sophie und Marie 😍😍 die zwei Süßen", [], ["Sophie", "Marie"]),
    ("de", "Mehmet abi hat wieder gegrillt, bestes Fleisch der Stadt 🔥", [], ["Mehmet"]),
    ("de", "Karim Benzema Trikot auf Bild 3 😂 wer war das", [], ["Karim Benzema"]),
    ("de", "Danke an Jürgen für den Aufbau der Bühne!", [], ["Jürgen"]),
    ("de", "Ayşe Demir aus der Nachbarschaft hat die Baklava gemacht 😋", [], ["Ayşe Demir"]),
    ("de", "Hab Moritz Bleibtreu erkannt 😳 war der echt im Café?", [], ["Moritz Bleibtreu"]),
    ("de", "Opa Heinz mit 84 noch auf dem Tanzboden 🕺❤️", [], ["Heinz"]),
    ("de", "Finn und Emil haben die Medaillen sowas von verdient 🥇🥈", [], ["Finn", "Emil"]),
]
DE_N = [
    ("de", "Endlich wieder Sonne ☀️ Terrasse ist offen oder?", [], []),
    ("de", "Habt ihr Mo–Fr auch nachmittags auf? 🙏", [], []),
    ("de", "Die eine rote Rose auf dem Tisch 🌹 so stilvoll", [], []),
    ("de", "Geiles Spiel gestern, weiter so Jungs 💪⚽", [], []),
    ("de", "Was kostet der Kurs für Anfänger?", [], []),
    ("de", "sonne, strand, eis 🍦 mehr braucht man nicht", [], []),
    ("de", "Ramadan Karim an alle 🌙✨", [], []),
    ("de", "Bin am Mo ab 18 Uhr da, haltet mir nen Platz frei 😄", [], []),
    ("de", "Wann ist das nächste Training? hab die Nachricht nicht bekommen", [], []),
    ("de", "Hammer Stimmung!!! 🔥🔥🔥", [], []),
    ("de", "Die Kinder hatten so viel spass, danke an das ganze Team ❤️", [], []),
    ("de", "Die Sonnenblumen im Schulgarten 🌻😍 wer hat die gepflanzt?", [], []),
]

EN_L = [
    ("en", "Well done Callum, proud of you mate 👏", ["Callum Reid"], []),
    ("en", "Mrs Cole is the best teacher my kids ever had, full stop.", ["Harriet Cole"], []),
    ("en", "@kobby_owusu what a finish bro 🔥🔥", ["Kwabena Owusu"], []),
    ("en", "Akosua's jollof at the club bbq >>> 🍛😍", ["Akosua Boateng"], []),
    ("en", "Işıl this is beautfiul!! which lens?", ["Işıl Yıldırım"], []),
    ("en", "Can't believe Noor made this cake herself 😳🎂", ["Noor Al-Hashimi"], []),
    ("en", "Khoa and Hoa behind the counter again, best bánh mì in Leipzig 🥖", ["Khoa Trần", "Hoa Nguyễn"], []),
    ("en", "Eleni you looked so happy up there ❤️ what a voice", ["Eleni Papadaki"], []),
    ("en", "#happybirthdayetienne 🥳🥳 see you saturday!!", ["Étienne Moreau"], []),
    ("en", "Oksi 😍 that dress tho", ["Oksana Melnyk"], []),
    ("en", "Thanks Bohdan for fixing the nets, you're a star ⭐", ["Bohdan Kravets"], []),
    ("en", "Roos van Dijk with the winning goal, what a night 🧡", ["Roos van Dijk"], []),
    ("en", "Big shoutout to Mr Reid for driving the whole team to Hamburg 🚐", ["Callum Reid"], []),
    ("en", "yigit smashed it today 💯", ["Yiğit Kaya"], []),
    ("en", "Gosia your bread is dangerously good 🍞😅", ["Małgorzata Wiśniewska"], []),
    ("en", "Love this! tagging @chiara.espo cause she needs to see it 😂", ["Chiara Esposito"], []),
    ("en", "Arbër your coaching made all the difference this season 🙏", ["Arbër Krasniqi"], []),
    ("en", "Rose and Jana killed it on the decks last night 🎧🔥", ["Rose Lefèvre", "Jana Sonne"], []),
    ("en", "ayse and deniz were so cute together 😭", ["Ayşe Korkmaz", "Deniz Arslan"], []),
    ("en", "Wojtek brought pierogi for the whole team again 🥟❤️", ["Wojciech Zieliński"], []),
    ("en", "Peppe's tiramisu is the reason I joined this club honestly", ["Giuseppe Russo"], []),
    ("en", "Hattie you absolute legend 😂❤️", ["Harriet Cole"], []),
]
EN_U = [
    ("en", "Go Emma!! 💪", [], ["Emma"]),
    ("en", "Is that Chiara Ferragni in the 3rd pic?? 😳", [], ["Chiara Ferragni"]),
    ("en", "my nan Harriet Brown would've loved this 🥲", [], ["Harriet Brown"]),
    ("en", "Sarah and Tom you guys are couple goals 😍", [], ["Sarah", "Tom"]),
    ("en", "this gives me Taylor Swift vibes fr 💅", [], ["Taylor Swift"]),
    ("en", "Tell Jake I said hi!", [], ["Jake"]),
    ("en", "Bram Stoker would be proud of that Halloween decor 🧛", [], ["Bram Stoker"]),
    ("en", "Callum Hudson-Odoi at a Sunday league game?? no way", [], ["Callum Hudson-Odoi"]),
    ("en", "Grandma Pat turning 90 🎂 what a woman", [], ["Pat"]),
    ("en", "Mohammed and Ali did such a good job setting up 👏", [], ["Mohammed", "Ali"]),
]
EN_N = [
    ("en", "Wait a mo, is this the new studio? 😍", [], []),
    ("en", "Everything's coming up roses 🌹🌹", [], []),
    ("en", "What time does it start?", [], []),
    ("en", "Love this so much ❤️", [], []),
    ("en", "the rosé at this place though 🍷", [], []),
    ("en", "Rose gold balloons everywhere 🎈 so pretty", [], []),
    ("en", "Sunshine and good vibes only ☀️", [], []),
    ("en", "where can I buy tickets", [], []),
]

PL_L = [
    ("pl", "Brawo Kasiu! 👏👏", ["Katarzyna Nowak"], []),
    ("pl", "Gratulacje dla Kasi i całej drużyny 🏐", ["Katarzyna Nowak"], []),
    ("pl", "Panu Wojciechowi Zielińskiemu serdecznie dziękujemy za organizację turnieju 🙏", ["Wojciech Zieliński"], []),
    ("pl", "Super się grało z Wojtkiem, do zobaczenia w sobotę ⚽", ["Wojciech Zieliński"], []),
    ("pl", "Małgosiu, piękne zdjęcia jak zawsze 📸😍", ["Małgorzata Wiśniewska"], []),
    ("pl", "Pani Wiśniewskiej należą się wielkie podziękowania 💐", ["Małgorzata Wiśniewska"], []),
    ("pl", "Jędrek znowu najlepszy na ściance 🧗", ["Jędrzej Kamiński"], []),
    ("pl", "Różo, wyglądałaś przepięknie 😍", ["Róża Lewandowska"], []),
    ("pl", "Oksana i Bohdan, dziękujemy za pomoc przy festynie! 🇺🇦🇵🇱", ["Oksana Melnyk", "Bohdan Kravets"], []),
    ("pl", "malgosia i jedrzej to najlepsi trenerzy w klubie 💪", ["Małgorzata Wiśniewska", "Jędrzej Kamiński"], []),
    ("pl", "Gratulacje dla @roza.lew za wygrany turniej! 🏆", ["Róża Lewandowska"], []),
    ("pl", "Kasia Nowak najlepsza bramkarka ever 🧤", ["Katarzyna Nowak"], []),
]
PL_U = [
    ("pl", "Ania i Tomek, wszystkiego najlepszego 💍", [], ["Ania", "Tomek"]),
    ("pl", "Lewandowski by się nie powstydził tego gola 😂⚽", [], ["Lewandowski"]),
    ("pl", "Kasia Zielińska, gratuluję!!", [], ["Kasia Zielińska"]),
    ("pl", "Pani Basia jak zawsze uśmiechnięta ❤️", [], ["Basia"]),
]
PL_N = [
    ("pl", "Piękna róża 🌹 kto ją wyhodował?", [], []),
    ("pl", "Ile kosztują zajęcia dla dzieci?", [], []),
    ("pl", "Róże w ogrodzie szkolnym są cudowne 🌹🌹", [], []),
    ("pl", "super atmosfera, polecam kazdemu 👍", [], []),
]

TR_L = [
    ("tr", "Işıl'ın sesi bambaşka 😍🎶", ["Işıl Yıldırım"], []),
    ("tr", "Gökhan abi eline sağlık 👏🔥", ["Gökhan Demirci"], []),
    ("tr", "Çağlacım çok güzel olmuşsun 😍", ["Çağla Öztürk"], []),
    ("tr", "Yiğit'e tebrikler, şampiyon 🏆🥋", ["Yiğit Kaya"], []),
    ("tr", "Ayşe ablanın börekleri efsane 😋", ["Ayşe Korkmaz"], []),
    ("tr", "Deniz ve Şule harika iş çıkardı 👏👏", ["Deniz Arslan", "Şule Aydın"], []),
    ("tr", "@cagla.oeztuerk bak bunu görmen lazım 😂", ["Çağla Öztürk"], []),
    ("tr", "Berfin'e çok teşekkürler, kına gecesi süperdi 💃", ["Berfin Tekin"], []),
    ("tr", "Azad Şimşek sahnede 🔥🎸 gurur duyduk", ["Azad Şimşek"], []),
    ("tr", "isil hocam harika bi ders oldu yine 🧘‍♀️", ["Işıl Yıldırım"], []),
    ("tr", "Şule Hanım'a teşekkürler, çocuklar çok mutlu 🥰", ["Şule Aydın"], []),
]
TR_U = [
    ("tr", "Tarkan şarkısı çalınca herkes kalktı 😂💃", [], ["Tarkan"]),
    ("tr", "Emre ve Burak çok iyi oynadı ⚽", [], ["Emre", "Burak"]),
    ("tr", "Deniz Yılmaz da gelmiş 😍 nasılsın canım", [], ["Deniz Yılmaz"]),
    ("tr", "Arda Güler gibi oynuyor bu çocuk 😳", [], ["Arda Güler"]),
    ("tr", "Fatma teyze her zamanki gibi çay dağıttı ☕❤️", [], ["Fatma"]),
]
TR_N = [
    ("tr", "Deniz ışıl ışıl, hava süper ☀️🌊", [], []),
    ("tr", "Çağla bademi sezonu başladı mı? 😋", [], []),
    ("tr", "Kaya tırmanışı kursu ne zaman başlıyor?", [], []),
    ("tr", "Yiğit düştüğü yerden kalkar 💪 gelecek sefere", [], []),
]

NL_L = [
    ("nl", "Roosje wat ben je mooi 😍", ["Roos van Dijk"], []),
    ("nl", "Gefeliciteerd @roosvandijk 🎉🎉 #roos30", ["Roos van Dijk"], []),
    ("nl", "Noor heeft de taart gemaakt, echt knap 🎂", ["Noor Al-Hashimi"], []),
    ("nl", "Meneer Visser is de beste gymleraar ooit 😂", ["Bram Visser"], []),
    ("nl", "Dank je wel Akosua voor de les, ik voel alles 😅💃", ["Akosua Boateng"], []),
    ("nl", "Hoa, je bubble tea is verslavend 🧋", ["Hoa Nguyễn"], []),
    ("nl", "Kobby en Thanos waren niet te stoppen vandaag ⚽🔥", ["Kwabena Owusu", "Thanasis Vlachos"], []),
    ("nl", "proficiat aan eleni en het hele team!", ["Eleni Papadaki"], []),
    ("nl", "Wat een stem heeft Işıl 😍 kippenvel", ["Işıl Yıldırım"], []),
    ("nl", "Mevrouw Van Dijk, bedankt voor alles dit jaar 🌷", ["Roos van Dijk"], []),
    ("nl", "@bram.visser staat er weer mooi op 📸😂", ["Bram Visser"], []),
]
NL_U = [
    ("nl", "Lotte en Daan 😍😍 zo schattig samen", [], ["Lotte", "Daan"]),
    ("nl", "Is dat Virgil van Dijk op de achtergrond?? 😂", [], ["Virgil van Dijk"]),
    ("nl", "Sem heeft zo genoten van het kamp ☀️", [], ["Sem"]),
    ("nl", "Roos Jansen, je bent een topper!", [], ["Roos Jansen"]),
    ("nl", "Opa Kees was er ook bij 🥹", [], ["Kees"]),
]
NL_N = [
    ("nl", "Wat een prachtige roos 🌹 uit eigen tuin?", [], []),
    ("nl", "De visser op de derde foto 😂 die vangt niks", [], []),
    ("nl", "Hoe laat begint de training morgen?", [], []),
    ("nl", "Een echte Noor, loopt in korte broek bij 5 graden 😂🥶", [], []),
]

FR_L = [
    ("fr", "Bravo Étienne !! 👏👏", ["Étienne Moreau"], []),
    ("fr", "Rose, tu étais magnifique ce soir 😍", ["Rose Lefèvre"], []),
    ("fr", "Merci @etienne.mro pour les photos 📸", ["Étienne Moreau"], []),
    ("fr", "Madame Lefèvre est la meilleure prof de danse 💃", ["Rose Lefèvre"], []),
    ("fr", "chiara et rose au top comme dhab 😂", ["Chiara Esposito", "Rose Lefèvre"], []),
    ("fr", "Felicitations a Drita pour son diplome 🎓🎉", ["Drita Berisha"], []),
    ("fr", "Karim tu régales avec tes crêpes 🥞", ["Karim Haddad"], []),
    ("fr", "Merci Oksana pour ta patience avec les petits ❤️", ["Oksana Melnyk"], []),
]
FR_U = [
    ("fr", "On dirait Kylian Mbappé sur la 2e photo 😂", [], ["Kylian Mbappé"]),
    ("fr", "Bisous à Léa et Camille 😘", [], ["Léa", "Camille"]),
    ("fr", "Rose Dupont, ma prof de piano préférée 🎹", [], ["Rose Dupont"]),
    ("fr", "Mamie Jeanne a adoré le spectacle 🥰", [], ["Jeanne"]),
]
FR_N = [
    ("fr", "La vie en rose 🌸🌸", [], []),
    ("fr", "Le rose te va tellement bien 💗", [], []),
    ("fr", "C'est à quelle heure demain ?", [], []),
]

IT_L = [
    ("it", "Brava Chiara!! 😍👏", ["Chiara Esposito"], []),
    ("it", "Peppe sei un mito 😂🍕", ["Giuseppe Russo"], []),
    ("it", "Grazie signor Russo per la pizza 🍕❤️", ["Giuseppe Russo"], []),
    ("it", "Complimenti a @chiara.espo e a tutta la squadra 🏐", ["Chiara Esposito"], []),
    ("it", "Pino sempre il migliore al barbecue 🔥 #pinomaster", ["Giuseppe Russo"], []),
    ("it", "Che brava Eleni, voce stupenda 🎶", ["Eleni Papadaki"], []),
    ("it", "Auguri Jedrek!! 🎂🎉", ["Jędrzej Kamiński"], []),
    ("it", "Harriet e Callum, che coppia 😍", ["Harriet Cole", "Callum Reid"], []),
]
IT_U = [
    ("it", "Tifo per Jannik Sinner sempre 🎾", [], ["Jannik Sinner"]),
    ("it", "Ciao Francesca e Luca!! 👋", [], ["Francesca", "Luca"]),
    ("it", "Chiara Bianchi ha fatto le foto? bellissime", [], ["Chiara Bianchi"]),
    ("it", "Nonna Rosa ha fatto la lasagna 😋", [], ["Rosa"]),
]
IT_N = [
    ("it", "Acqua chiara e sole, cosa volere di più ☀️🌊", [], []),
    ("it", "Il pino davanti alla scuola è enorme 🌲", [], []),
    ("it", "L'insalata russa di ieri era la migliore 😋", [], []),
]

MIX_L = [
    ("mixed", "Gökhan du bist einfach the best coach ever 💪🔥", ["Gökhan Demirci"], []),
    ("mixed", "Kasia, dziękuję für den tollen Abend 🥰", ["Katarzyna Nowak"], []),
    ("mixed", "Çağla canım, herzlichen Glückwunsch 🎉 iyi ki doğdun!", ["Çağla Öztürk"], []),
    ("mixed", "Wojtku, du bist der beste, serio 😂", ["Wojciech Zieliński"], []),
    ("mixed", "@isil.yildirim so proud of you, was für ein Auftritt 😍", ["Işıl Yıldırım"], []),
    ("mixed", "Şule hocam danke für alles, Sie sind die Beste ❤️", ["Şule Aydın"], []),
]
MIX_U = [
    ("mixed", "Ewa und Marek, wszystkiego najlepszego zur Hochzeit 💍", [], ["Ewa", "Marek"]),
    ("mixed", "Mehmet hat einfach gezeigt wie's geht, helal olsun 👏", [], ["Mehmet"]),
]
MIX_N = [
    ("mixed", "Sonne, Strand and good vibes ☀️🌊", [], []),
    ("mixed", "Deniz kenarında Kaffee trinken, perfekt 😍", [], []),
]

GROUPS = [DE_L, DE_U, DE_N, EN_L, EN_U, EN_N, PL_L, PL_U, PL_N,
          TR_L, TR_U, TR_N, NL_L, NL_U, NL_N, FR_L, FR_U, FR_N,
          IT_L, IT_U, IT_N, MIX_L, MIX_U, MIX_N]


def fold(s):
    """lowercase, strip diacritics (ı->i, ł->l too)."""
    s = s.lower().replace("ı", "i").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def check(records):
    names = {n for n, _, _ in OPTOUT}
    assert len(OPTOUT) == 36 and len(names) == 36
    cues = {}
    for n, h, a in OPTOUT:
        parts = n.replace("-", " ").split() + [h] + [x for x in a.split(";") if x]
        cues[n] = [fold(p) for p in parts if p and p.lower() not in ("van", "al")]
    texts = set()
    seen = set()
    for lang, text, listed, unlisted in records:
        assert text not in texts, "duplicate text: " + text
        texts.add(text)
        words = [w for w in text.split() if re.search(r"\w", w)]
        assert 2 <= len(words) <= 25, (len(words), text)
        ft = fold(text)
        assert len(set(listed)) == len(listed), text
        for p in listed:
            assert p in names, "unknown listed name: " + p
            # loose sanity check: some cue's first 3 letters start a word
            # (or, inside a hashtag, the whole cue anywhere)
            ok = any(re.search(r"(?<![a-z])" + re.escape(c[:3]), ft)
                     or (len(c) >= 4 and c in ft) for c in cues[p])
            assert ok, (p, text)
            seen.add(p)
        for u in unlisted:
            assert u not in names, "listed name in unlisted: " + u
            assert u in text, (u, text)
    missing = names - seen
    assert not missing, "never mentioned: %s" % sorted(missing)


def main():
    records = [r for g in GROUPS for r in g]
    check(records)
    rng = random.Random(20250601)
    order = list(range(len(records)))
    rng.shuffle(order)
    with open(os.path.join(HERE, "captions.jsonl"), "w", encoding="utf-8") as f:
        for i, k in enumerate(order, 1):
            lang, text, listed, unlisted = records[k]
            f.write(json.dumps({"id": "CM%03d" % i, "lang": lang, "text": text,
                                "listed": listed, "unlisted": unlisted},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "optout.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "handle", "aliases"])
        for row in OPTOUT:
            w.writerow(row)
    # summary
    langs = ["de", "en", "pl", "tr", "nl", "fr", "it", "mixed"]
    table = {l: [0, 0, 0] for l in langs}
    for lang, _, listed, unlisted in records:
        table[lang][0 if listed else (1 if unlisted else 2)] += 1
    print("lang   L   U   N  total")
    for l in langs:
        print("%-5s %3d %3d %3d %5d" % (l, *table[l], sum(table[l])))
    print("total %3d %3d %3d %5d" % (sum(t[0] for t in table.values()),
                                     sum(t[1] for t in table.values()),
                                     sum(t[2] for t in table.values()), len(records)))
    print("listed mentions:", sum(len(r[2]) for r in records))
    print("unlisted mentions:", sum(len(r[3]) for r in records))
    print("records with >=2 listed:", sum(1 for r in records if len(r[2]) >= 2))
    print("handles:", sum(1 for o in OPTOUT if o[1]), "aliases:", sum(1 for o in OPTOUT if o[2]))


if __name__ == "__main__":
    main()
