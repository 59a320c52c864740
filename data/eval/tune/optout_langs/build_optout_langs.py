#!/usr/bin/env python3
"""Build the multilingual opt-out tune set (nl, fr, es, it, pl).

Standard library only. Run from anywhere:

    python3 build_optout_langs.py

Writes records.jsonl and optout.csv next to this file, after checking every
annotation. Exits non-zero if any check fails.

Inline mark syntax used in RECORDS below:

    {surface|P}          PERSON span, not on the opt-out list
    {surface|P:05}       PERSON span naming opt-out person ol-05
    {surface|P:15,14}    PERSON span (e.g. a couple hashtag) naming ol-15 and ol-14
    {@handle|M}          MENTION of a person who is not on the list
    {@handle|M:05}       MENTION naming opt-out person ol-05
    {surface|L}          LOCATION span

@handles left unmarked must be business / venue handles listed in
BUSINESS_HANDLES.
"""

import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Opt-out list: (id, name, aliases, handles)
# ---------------------------------------------------------------------------
PEOPLE = [
    # Dutch
    ("ol-01", "Sanne van der Berg", ["Sanne vd Berg"], ["@sannevdberg"]),
    ("ol-02", "Joost de Wit", [], ["@joost.dewit"]),
    ("ol-03", "Femke Janssen", ["Fem"], ["@femke.janssen"]),
    ("ol-04", "Müge Yıldız", [], ["@mugeyildiz"]),
    ("ol-05", "Søren Dekker", [], ["@sorendekker"]),
    ("ol-06", "Thijs van den Heuvel", ["Tijs", "Thijs vd Heuvel"], ["@thijsvdh"]),
    # French
    ("ol-07", "Camille Lefèvre", ["Cam"], ["@camille.lefevre"]),
    ("ol-08", "François de la Roche", ["Fanfan"], []),
    ("ol-09", "Élodie Moreau", ["Lodie"], ["@elodie_moreau"]),
    ("ol-10", "Jean-Baptiste Dufresne", ["JB"], ["@jbdufresne"]),
    ("ol-11", "Ayşe Kaya", [], ["@ayse.kaya"]),
    ("ol-12", "Maëlle Le Goff", ["Maë"], ["@maelle.lgf"]),
    # Spanish
    ("ol-13", "Sofía Martínez de la Fuente", ["Sofi"], ["@sofi.mdlf"]),
    ("ol-14", "Pablo Ibáñez", ["Pablito"], ["@pabloibanez"]),
    ("ol-15", "Laura Núñez", ["Lau"], []),
    ("ol-16", "Juan Carlos dos Santos", ["Juanca"], ["@juanca_dossantos"]),
    ("ol-17", "Begoña Etxeberria", ["Bego"], ["@begoetxe"]),
    ("ol-18", "Åsa Nilsson", [], ["@asa.nilsson", "@asa_yoga"]),
    # Italian
    ("ol-19", "Giulia Di Stefano", ["Giuli"], ["@giulia.distefano"]),
    ("ol-20", "Luca Da Ponte", [], ["@lucadaponte_"]),
    ("ol-21", "Niccolò Ferrè", ["Nicco"], ["@nicco.ferre"]),
    ("ol-22", "Francesca Esposito", ["Fra", "Franci"], []),
    ("ol-23", "Gergő Szabó", ["Geri"], ["@gergoszabo"]),
    ("ol-24", "Chiara De Luca", ["Chicca"], ["@chicca.deluca", "@chiaradeluca.makeup"]),
    # Polish
    ("ol-25", "Łukasz Wróbel", ["Łuki"], ["@lukasz.wrobel"]),
    ("ol-26", "Katarzyna Nowak", ["Kasia"], ["@kasianowak"]),
    ("ol-27", "Tomasz Kowalczyk", ["Tomek"], []),
    ("ol-28", "Anna Kowalska", ["Ania"], ["@ania_kowalska"]),
    ("ol-29", "Paweł Zając", [], ["@pawelzajac"]),
    ("ol-30", "Gintarė Petrauskaitė", ["Gina"], ["@gintare.p"]),
]

# Handles of businesses / venues: deliberately not annotated as MENTION.
BUSINESS_HANDLES = {
    "@bloemenvanmaan",
    "@taartjesvanmarit",
    "@koffiebar.devolle.maan",
    "@lesfleursdemaud",
    "@atelier.kerlann",
    "@eventi.bollicine",
    "@bruidsmode.lotte",
    "@pasteleria.dulcemar",
    "@kwiaciarnia.rumianek",
}

# ---------------------------------------------------------------------------
# Records. Each string is one caption / comment with inline marks.
# ---------------------------------------------------------------------------
RECORDS = {
    "nl": [
        # nl-001
        """Wat een dag was dit 😍💍
{Sanne|P:01} & {Joost|P:02}, bedankt dat we jullie grote dag op {Kasteel de Haar|L} mochten vastleggen! Regen in de ochtend, zon tijdens de ceremonie ☀️
Bloemen: @bloemenvanmaan 🌸
More pics soon on the blog ✨
{#sanneenjoost|P:01,02} {@sannevdberg|M:01} {@joost.dewit|M:02} #trouwfotograaf #weddingphotography #bruiloft2024""",
        # nl-002
        """Vandaag jarig: onze eigen {Femke|P:03}!! 🎂🎉
Al 6 jaar de vrolijkste kracht achter de toonbank in {Utrecht|L}. Kom vandaag een stukje van {Femke's|P:03} favoriete appeltaart halen, de eerste 20 zijn gratis 🍎
Gefeliciteerd {@femke.janssen|M:03} 💛
#bakkerij {#utrecht|L} #jarig""",
        # nl-003
        """⚽ UITSLAG JO17-1 ⚽
Thuis 3-2 gewonnen op {Sportpark De Vliert|L}!
Doelpunten: {Thijs vd Heuvel|P:06} (2x) en {Bram Hoekstra|P} 💪
Man of the match: {TIJS|P:06}!! 🔥
#voetbal #jo17 #zondagvoetbal""",
        # nl-004
        """Afscheid van juf {Müge|P:04} 🌷
Na 9 jaar bij ons gaat juf {Muge Yildiz|P:04} een nieuw avontuur aan in {Rotterdam|L}. Groep 5 heeft een lied voor haar geschreven 🎶🥹
We gaan je missen, juf!
#basisschool #afscheid #groep5""",
        # nl-005
        """Golden hour in de duinen bij {Bloemendaal|L} 🌾✨
Shoot met {Sanne Visser|P} ({@sanne.visser.nl|M}) voor haar nieuwe portfolio. Wat een natural!
Wil jij ook zo'n shoot? DM voor de najaarsdata 📩
#portretfotografie #goldenhour {#bloemendaal|L}""",
        # nl-006
        """POV: {Müge|P:04} neemt je mee naar de beste börek van {Den Haag|L} 🥐😮‍💨
Tag iemand die dit moet proberen 👇
📍 {Haagse Markt|L}
{@mugeyildiz|M:04} #foodie {#denhaag|L} #turksfood""",
        # nl-007
        """Nieuw clubrecord op de 2 km! 🚣‍♂️
Gefeliciteerd {Søren Dekker|P:05} en {Lars de Boer|P} met een tijd van 6:41 op de {Bosbaan|L} 🏆
Coach {Ilse|P} is trots 😄
#roeien {#amsterdam|L} {#bosbaan|L}""",
        # nl-008
        """throwback naar de bruiloft van {sanne vd berg|P:01} en haar {joost|P:02} ({@joost.dewit|M:02}) 🌊 strand, blote voeten en de beste taart ooit van @taartjesvanmarit 🍰
{domburg|L}, juni '23
#throwback #strandbruiloft {#zeeland|L}""",
        # nl-009
        """☕️ NIEUW op de kaart: pistache latte 💚
Alleen deze maand bij ons in {Haarlem|L}. Laat ons weten wat je ervan vindt!
{#haarlem|L} #koffie #pistachelatte @koffiebar.devolle.maan""",
        # nl-010
        """Een dikke merci aan mevrouw {Van der Berg|P:01} 💐
Vijf jaar lang gaf {Sanne|P:01} de kleuterklassen ballet bij ons in {Amersfoort|L}. Vanaf september woont ze in {Barcelona|L} 🇪🇸
Veel succes lieve juf! 🩰
#dansschool #ballet {#amersfoort|L}""",
        # nl-011
        """Onze leerlingen van 4 havo deden mee aan de debatwedstrijd in {Den Bosch|L} 🎤 en werden 2e!
Extra shoutout voor {@thijsvdh|M:06} die de finale opende 👏
#debat #onderwijs #trots""",
        # nl-012
        """Wedding guest GRWM 💄✨ voor de bruiloft van {Femke Smit|P} & {Ruben|P} in {Gouda|L}
Make-up door mijn lieve zus {Fem|P:03} ({@femke.janssen|M:03}) 💋
Jurk: @bruidsmode.lotte
#grwm #weddingguest {#gouda|L}""",
        # nl-013
        """🎶 Zaterdag: KONINGSDAG BORREL 🧡
Vanaf 14:00 op ons terras aan de {Oudegracht|L}. DJ, bitterballen en oranjebitter!
Wie komt er? 👇
#koningsdag {#utrecht|L} #borrel""",
        # nl-014
        """{SOREN DEKKER|P:05} IS TERUG 🔥🔥
Na zijn blessure staat onze spits zondag weer op het veld, 14:30 op {Sportpark Maarschalkerweerd|L}.
Kom {Soren|P:05} aanmoedigen!! 🙌 {@sorendekker|M:05}
#voetbal #comeback #zondag""",
        # nl-015
        """Nieuwe headshots voor {Joost De Wit|P:02} ({@joost.dewit|M:02}), architect uit {Delft|L} 📸
Clean, licht, en precies wat hij zocht.
Also in need of new headshots? Link in bio 🔗
#headshots {#delft|L} #fotograaf""",
        # nl-016
        """Kına gecesi van {Müge|P:04} & {Emre|P} 🧡✨ zo'n mooie traditie om vast te mogen leggen
Henna, rode sluier en heel veel tranen 🥹
📍 {Zalencentrum Arena|L}, {Schiedam|L}
{@mugeyildiz|M:04} {#mugeenemre|P:04} #kinagecesi #hennanight #bruidsfotografie""",
        # nl-017
        """{thijs'|P:06} eerste marathon zit erop!! 42,2 km door {Rotterdam|L} in 3:28 🤯
trots op je broertje ❤️ {@thijsvdh|M:06}
#rotterdammarathon #marathon #runner""",
        # nl-018
        """Modelshoot voor onze wintercollectie ❄️🧣
Model: {@sannevdberg|M:01}
Foto: {Jesse Kramer|P}
Gefotografeerd in de sneeuw bij {Winterswijk|L} (ja, echt sneeuw in {Nederland|L}!)
#breien #handmade #wintercollectie""",
        # nl-019
        """Welkom aan onze nieuwe trainer {Joost Peters|P}! 👋
Hij traint vanaf nu dames 1 op dinsdag en donderdag. Veel succes {Joost|P}!
#hockey #nieuwetrainer #welkom""",
        # nl-020
        """Na 42 jaar voor de klas gaat meester {Henk van Leeuwen|P} met pensioen 🥹🎉
Alle oud-leerlingen zijn vrijdag welkom in de aula. Neem je mooiste herinnering mee!
#pensioen #basisschool #bedankt""",
        # nl-021
        """🌷 Tulpenvelden in volle bloei 🌷
Nog maar een paar weken te zien rond {Lisse|L}, dus plan je ritje! Fiets huren kan bij ons.
#tulpen {#bollenstreek|L} {#lisse|L} #springvibes""",
        # nl-022
        """Sale sale sale 🛍️ -30% op alles met code ZOMER30
Alleen online, alleen dit weekend.
#sale #webshop #duurzamemode""",
        # nl-023
        """Congrats {Noor|P} en {Daan|P} met jullie verloving!! 💍🥂 Wij mogen de trouwringen maken, wat een eer.
📍 atelier in {Zwolle|L}
#verlovingsring #handgemaakt #goudsmid""",
        # nl-024
        """Open dag zaterdag 10:00–14:00 🏫
Kom kijken in het nieuwe science-lab en proef alvast de sfeer!
Aanmelden via de link in bio.
#opendag #middelbareschool""",
        # nl-025
        """Teamuitje naar de {Veluwe|L} 🌲🚵
Quizmaster van de avond: {Femke Janssen|P:03}, winnaar: {Søren|P:05} ({@sorendekker|M:05}) (again 🙄)
Volgend jaar naar de {Ardennen|L}?
#teamuitje {#veluwe|L} #collegas""",
        # nl-026
        """Regenachtige zondag = puzzelen en warme chocomel ☔️🧩
Wat doen jullie vandaag?
#zondag #cozy""",
        # nl-027
        """Behind the scenes van {Sanne's|P:01} bridal shoot in de {Hortus Botanicus|L} 🌿
{Van Der Berg|P:01} wist precies wat ze wilde: zacht licht, veel groen, geen poses 🤍
#bridalshoot {#leiden|L} #behindthescenes""",
        # nl-028
        """Geslaagd!! 🎓🎉 {Thijs Mulder|P} en {Eva Bos|P}, onze eerste twee leerlingen die deze maand hun rijbewijs in één keer haalden 🚗
Wie volgt? 😎
#rijschool #geslaagd #rijbewijs""",
        # nl-029
        """Lezing gemist? De slides van {de Wit|P:02} ({@joost.dewit|M:02}) over circulair bouwen staan nu online 🔗
Volgende spreker: {@mugeyildiz|M:04} over inclusief ontwerpen, 12 juni in {Pakhuis de Zwijger|L}.
#architectuur #circulairbouwen {#amsterdam|L}""",
        # nl-030
        """Nieuwe leden gezocht! 🏐
Volleybalvereniging in {Eindhoven|L}, alle niveaus welkom. Trainingen op woensdagavond.
#volleybal {#eindhoven|L} #sport""",
    ],
    "fr": [
        # fr-001
        """Oui, ils l'ont fait 💍🤍
{Camille|P:07} & {Hugo|P}, merci pour cette journée magique au {Château de Vaux-le-Vicomte|L} ✨
Une mariée rayonnante, un marié en larmes (shhh 🤫)
{#mariagecamilleethugo|P:07} {@camille.lefevre|M:07}
#photographemariage #weddingfrance #mariage2024""",
        # fr-002
        """🥖 Grande nouvelle !
{Élodie|P:09} rejoint l'équipe de la boulangerie à {Lyon|L} dès lundi. Passez lui dire bonjour et goûter ses fameux kouign-amann 😋
Bienvenue {@elodie_moreau|M:09} !
#boulangerie {#lyon|L} #nouvelleequipe""",
        # fr-003
        """⚽️ RÉSULTAT ⚽️
Nos U15 s'imposent 2-1 à domicile !
Buts de {JEAN-BAPTISTE DUFRESNE|P:10} et {Yanis|P} 💪
Bravo les gars, prochain match samedi à {Créteil|L}.
#football #u15 #allezlesbleus""",
        # fr-004
        """Spectacle de fin d'année 🎭✨
Un immense merci à {Camille Lefèvre|P:07} et à la classe de CM2 ! Mme {LEFEVRE|P:07} a écrit la pièce elle-même 😮
Rendez-vous à la kermesse samedi dans la cour de l'école 🎪
#ecole #findannee #spectacle""",
        # fr-005
        """Séance couple au lever du soleil sur la {plage de l'Espiguette|L} 🌅
{Camille Martin|P} & {Théo|P}, vous étiez parfaits. Et oui, il faisait 9°C 🥶
#seancecouple {#camargue|L} #photographe""",
        # fr-006
        """Food tour à {Strasbourg|L} avec la meilleure guide 🥨🍷 {@ayse.kaya|M:11}
Spot préféré d'{Ayşe|P:11} : la petite winstub près de la {Petite France|L} 😍
Save pour ton prochain week-end 📌
{#strasbourg|L} #foodtour {#alsace|L}""",
        # fr-007
        """🏉 Fin d'une époque 🏉
{François de La Roche|P:08}, alias {Fanfan|P:08}, raccroche les crampons après 14 saisons au club 🥹
Merci capitaine ! Rendez-vous au club-house après le match pour le pot de départ 🍻
#rugby #merci #finduneepoque""",
        # fr-008
        """mariage de {francois de la roche|P:08} et {Inès|P} à {Biarritz|L} 🌊💛
merci @lesfleursdemaud pour le décor incroyable
#mariagebiarritz {#paysbasque|L} #weddingphotographer""",
        # fr-009
        """🍂 Menu d'automne disponible dès ce soir 🍂
Velouté de potimarron, magret, tarte tatin maison...
Réservations en DM ou par téléphone.
#restaurant #menuautomne #faitmaison""",
        # fr-010
        """Nouvel épisode du podcast avec {JB|P:10} ({@jbdufresne|M:10}) 🎙️ on parle entrepreneuriat, échecs et café ☕️
Lien en bio 🔗
#podcast #entrepreneur #startupfrance""",
        # fr-011
        """Portes ouvertes du lycée samedi 9h–13h 🏫
Visite des labos, rencontre avec les profs et présentation des options.
#portesouvertes #lycee #orientation""",
        # fr-012
        """Shooting éditorial sur la {côte de granit rose|L} 🌸🌊
Modèle : {Maëlle|P:12} {@maelle.lgf|M:12}
Stylisme : @atelier.kerlann
📍 {Ploumanac'h|L}
{#bretagne|L} #editorial #shooting""",
        # fr-013
        """Bienvenue à {Élodie Petit|P}, notre nouvelle prof de yoga 🧘‍♀️
Cours de vinyasa le mardi et le jeudi à 18h30, studio de {Nantes|L}.
Premier cours offert 🎁
#yoga {#nantes|L} #vinyasa""",
        # fr-014
        """JOYEUX ANNIVERSAIRE {LODIE|P:09} 🎂🥳
30 ans ça se fête ! Toute l'équipe de l'agence t'embrasse 💕
{@elodie_moreau|M:09}
#anniversaire #team #30ans""",
        # fr-015
        """Behind the scenes 🎬 shooting lookbook avec {Cam|P:07} ({@camille.lefevre|M:07}) à {Paris|L}, {Montmartre|L} at 7am to avoid the crowds 😅
Full lookbook dropping Friday!!
#lookbook {#paris|L} #bts""",
        # fr-016
        """🏆 Concours régional de pâtisserie 🏆
Félicitations à {Ayse KAYA|P:11}, 1re place catégorie entremets ! Mme {Kaya|P:11} enseigne au CFA de {Mulhouse|L} depuis 5 ans 👩‍🍳
#patisserie #concours #fiertedelequipe""",
        # fr-017
        """Une belle retraite à {Monique Girard|P}, secrétaire de la mairie depuis 1991 💐
Merci pour tout {Monique|P} !
#retraite #mairie #merci""",
        # fr-018
        """Vide-grenier dimanche sur la place du village ☀️
Inscriptions ouvertes jusqu'à jeudi, 5€ le mètre.
#videgrenier #brocante #dimanche""",
        # fr-019
        """Conférence complète ! Merci à nos intervenants {Jean Baptiste Dufresne|P:10}, {Sarah Cohen|P} et {Karim Haddad|P} 🙏
Replay dispo sur YouTube 🎥
📍 {Station F|L}, {Paris|L}
#tech #conference {#stationf|L}""",
        # fr-020
        """Bravo à nos nageurs 🏊 {Lucas|P} et {Manon|P}, qualifiés pour les championnats nationaux à {Chartres|L} !
#natation #championnats #fiers""",
        # fr-021
        """Livraison offerte dès 50€ jusqu'à dimanche 📦✨
Stock limité sur les bougies 'Forêt' 🌲🕯️
#bougies #faitmain #shoplocal""",
        # fr-022
        """Vendanges 2024 au domaine 🍇☀️
Merci à M. {de la Roche|P:08} de nous avoir ouvert ses vignes près de {Saint-Émilion|L} — et merci {Fanfan|P:08} pour le pique-nique 😄
#vendanges {#bordeaux|L} #vin""",
        # fr-023
        """Félicitations à {Jean-Baptiste Roux|P} pour son nouveau record sur 10 km 🏃 34'12 !
#running #athletisme #record""",
        # fr-024
        """Dernier jour de stage pour {Maelle Le Goff|P:12} 💙 6 mois avec nous à {Rennes|L}, une stagiaire en or
Merci {Maë|P:12}!! On te souhaite le meilleur pour la suite {@maelle.lgf|M:12} ✨
#stage #agencecom {#rennes|L}""",
        # fr-025
        """{Elodie's|P:09} birthday brunch 🥂🥞 au café du coin à {Bordeaux|L}
Merci {@elodie_moreau|M:09} pour l'invit 💕
#brunch {#bordeaux|L} #birthday""",
        # fr-026
        """Stage de théâtre pour les 8–12 ans pendant les vacances de Toussaint 🎭
Places limitées, inscriptions en DM !
#theatre #enfants #vacances""",
        # fr-027
        """Team photo day 📸 {Camille Lefèvre|P:07} et {Camille Bernard|P} : même prénom, même pull, même café ☕️😂
#team #mondaymood #agence""",
        # fr-028
        """Séance naissance pour la petite {Louise|P}, 9 jours 👶🎀
Merci à ses parents pour leur confiance 🤍
#newborn #photographenaissance {#lille|L}""",
        # fr-029
        """Le marché de Noël ouvre ses portes vendredi sur la {place Kléber|L} 🎄
Vin chaud, bredele et illuminations tous les soirs ✨
#noel #marchedenoel {#strasbourg|L}""",
        # fr-030
        """Afterwork des entrepreneurs de {Toulouse|L} 🍸 merci à {@jbdufresne|M:10} et {@ayse.kaya|M:11} pour l'organisation, et à {françois de la roche|P:08} pour le vin 🍷😉
#afterwork {#toulouse|L} #reseau""",
    ],
    "es": [
        # es-001
        """¡Sí, quiero! 💍✨
{Laura Núñez|P:15} y {Pablo Ibáñez|P:14}, gracias por dejarnos ser parte de vuestro gran día en la {Finca El Olivar|L}, {Sevilla|L} 🤍
{Lau|P:15}, esa entrada con tu abuelo nos rompió 🥹
{#bodadelauraypablo|P:15,14} #fotografodebodas #bodasevilla""",
        # es-002
        """Última prueba de vestido con nuestra novia {Sofía|P:13}💍 y ya no podemos con tanta emoción 😭✨
Atelier en {Madrid|L} · cita previa por DM
{@sofi.mdlf|M:13} #novias2024 #vestidodenovia {#madrid|L}""",
        # es-003
        """🎾 Torneo de pádel del club 🎾
Campeones: {Juanca|P:16} ({@juanca_dossantos|M:16}) y {Rubén Ortega|P} 🏆 ¡Grande {Santos|P:16}!
Final épica en {Vigo|L} bajo la lluvia 🌧️
#padel #torneo {#vigo|L}""",
        # es-004
        """Hoy despedimos a nuestra profe de música, {Laura Núñez|P:15} 🎶💐
Gracias, Sra. {Nunez|P:15}, por 12 años llenando el cole de canciones.
#colegio #despedida #musica""",
        # es-005
        """Zorionak {Bego|P:17}!! 🎂🎉 Cumple de nuestra jefa de sala en el restaurante de {Donostia|L}
{@begoetxe|M:17} te queremos 💚
#zorionak {#donostia|L} #equipo""",
        # es-006
        """Sunset yoga retreat en {Marbella|L} 🌞🧘‍♀️
Guiado por {Asa Nilsson|P:18} ({@asa_yoga|M:18}): 3 días de yoga, meditación y comida healthy.
Plazas limitadas, link in bio!
#yoga {#marbella|L} #retiro""",
        # es-007
        """🎉 GANADORA DEL SORTEO 🎉
¡Enhorabuena {Sofía Romero|P} ({@sofiaromero_92|M})! Escríbenos por DM para recoger tu cesta 🧺
Gracias a todos por participar 💛
#sorteo #giveaway #tiendalocal""",
        # es-008
        """⚽ {PABLO IBAÑEZ|P:14} ⚽
Nuestro pichichi con 21 goles esta temporada 🔥 ¡Vamos {Pablito|P:14}!
#futbolbase #cadete #goleador""",
        # es-009
        """Nueva carta de otoño 🍂🍄 setas, castañas y mucho vino
Ven a probarla en {Logroño|L}, ¡te esperamos en la {calle Laurel|L}! 🍷
{#logroño|L} #tapas {#callelaurel|L}""",
        # es-010
        """Detalles de la boda de {Sofía Martínez de la Fuente|P:13} 🌿🕊️
El padrino, su padre el Sr. {Martínez|P}, no pudo contener las lágrimas 🥹
📍 {Monasterio de Piedra|L}, {Zaragoza|L}
Tarta: @pasteleria.dulcemar
#boda #detallesdeboda #weddingdetails""",
        # es-011
        """🏀 NUEVO FICHAJE 🏀
Celebramos la llegada de {Juan Carlos dos Santos|P:16}, que viene desde {Ourense|L} para reforzar la pintura. ¡Bienvenido, {Dos Santos|P:16}! 💪
{@juanca_dossantos|M:16}
#baloncesto #fichaje {#galicia|L}""",
        # es-012
        """100 años 🎂💐 Sesión familiar por el cumple de la abuela {Carmen|P} en {Cádiz|L}
Cuatro generaciones en una foto 🥹
#fotografiafamiliar {#cadiz|L} #100años""",
        # es-013
        """clase de cocina vasca con {begona etxeberria|P:17} este sábado 🐟🍳 pintxos, bacalao al pil pil y txakoli
apúntate por DM, quedan 3 plazas!!
#cocinavasca {#bilbao|L} #pintxos""",
        # es-014
        """Vuelta al cole 📚✏️ ¡Toda la papelería con un 20% de descuento hasta el viernes!
#vueltaalcole #papeleria #ofertas""",
        # es-015
        """Taller de cerámica en {Málaga|L} 🏺✨
Hoy tocaba tazas y lo más difícil fue pegar el asa 😅
Gracias {Åsa|P:18} ({@asa.nilsson|M:18}) por la paciencia infinita 🙏
#ceramica {#malaga|L} #handmade""",
        # es-016
        """Os presentamos a nuestro nuevo profe de guitarra, {Pablo Herrera|P} 🎸 clases los martes y jueves en {Valencia|L}.
#guitarra #academiademusica {#valencia|L}""",
        # es-017
        """¡Campeonas de la bandera de {La Concha|L}! 🚣‍♀️🏆
Enorme regata de {Laura Gómez|P}, {Bego|P:17} ({@begoetxe|M:17}) y {Ane|P} en la proa 💚
#remo #traineras {#donostia|L}""",
        # es-018
        """Este finde mercadillo solidario en el patio del cole 🧸📚 Todo lo recaudado va para la protectora.
#solidario #mercadillo #finde""",
        # es-019
        """Cena de fin de temporada del club 🍽️🏀
Premio al mejor compañero para {Juanca|P:16} ({@juanca_dossantos|M:16}) y al mejor entrenador para {Juan Carlos Pérez|P} 🏆
#baloncesto #findetemporada #club""",
        # es-020
        """Despedida de soltera de {sofi|P:13} 🥂👰 en {Ibiza|L}!! what happens in {Ibiza|L} stays in {Ibiza|L} 🤫
{@sofi.mdlf|M:13} #despedida #bridetobe {#ibiza|L}""",
        # es-021
        """Gracias a la Dra. {Elena Ruiz|P} por su charla sobre nutrición infantil 🥦🍎
Las diapositivas, en el grupo de familias.
#charla #nutricion #familias""",
        # es-022
        """Abrimos el domingo 🌞 Horario de verano: 9:00 a 15:00 🏖️
#horariodeverano #chiringuito #playa""",
        # es-023
        """Gracias {@pabloibanez|M:14} y {@marta.garcia.foto|M} por las fotos del concierto del sábado en la {Sala Apolo|L} 📸🎶
#concierto {#barcelona|L} #directo""",
        # es-024
        """Feliz cumple {Lau|P:15}!! 🎉🎂
Que cumplas muchos más, {Laura Nunez|P:15}, la mejor compi de oficina 💛
#cumpleaños #compis""",
        # es-025
        """Taller de flamenco con {Rocío Vargas|P} 💃 este viernes en {Triana|L}.
Nivel iniciación, trae zapatos cómodos.
{#sevilla|L} #flamenco {#triana|L}""",
        # es-026
        """¡Nuevos horarios de natación para adultos! 🏊‍♂️ Lunes y miércoles a las 20:00.
#natacion #polideportivo""",
        # es-027
        """🇸🇪 Clases de sueco para principiantes en {Fuengirola|L}
Profesora: {ÅSA NILSSON|P:18}. ¡La Sra. {Nilsson|P:18} lleva 15 años enseñando aquí!
Info por DM 📩 {@asa.nilsson|M:18}
#sueco #idiomas {#fuengirola|L}""",
        # es-028
        """Enhorabuena a {Hugo|P} y {Lucía|P} por su primer cinturón amarillo 🥋💛
#karate #niños #cinturonamarillo""",
        # es-029
        """🎙️ Esta mañana en la radio: {Sofía M. de la Fuente|P:13} nos cuenta cómo montó su estudio de diseño en {Valladolid|L}
Escúchala en el podcast (link en bio) 🔗
#radio #emprendedoras {#valladolid|L}""",
        # es-030
        """Lluvia de estrellas esta noche 🌠 el mejor sitio para verla: {Sierra de Gredos|L}
#perseidas #astronomia {#gredos|L}""",
    ],
    "it": [
        # it-001
        """Per sempre 💍✨
{Giulia Di Stefano|P:19} e {Luca Da Ponte|P:20} hanno detto sì a {Villa del Balbianello|L}, sul {Lago di Como|L} ☀️
Grazie ragazzi per averci scelto!
{#matrimoniogiuliaeluca|P:19,20} #weddingitaly #lakecomowedding""",
        # it-002
        """{Giulia's|P:19} bridal shower 🥂💗 a {Milano|L}
Grazie {@giulia.distefano|M:19} per averci fatto organizzare questa festa da sogno!
Allestimento: @eventi.bollicine
#bridalshower {#milano|L} #partyplanner""",
        # it-003
        """⚽ GOL DELLA SETTIMANA ⚽
La punizione di {Gergo Szabo|P:23} nel derby di domenica 🚀
Vota il tuo preferito nelle stories! {@gergoszabo|M:23}
#calcio #goloftheweek #forzaragazzi""",
        # it-004
        """Festa di fine anno alla scuola primaria 🎈
Un grazie speciale alla maestra {Francesca Esposito|P:22}, che va in pensione dopo 38 anni 💐 La sig.ra {Esposito|P:22} ha insegnato a due generazioni di {Pozzuoli|L}!
#scuola #pensione #grazie""",
        # it-005
        """Trucco sposa firmato {Chicca|P:24} 💄✨ {@chiaradeluca.makeup|M:24}
Naturale, luminoso, waterproof (serviva, credetemi 😭)
📍 {Positano|L}
#makeupsposa {#positano|L} #bridalmakeup""",
        # it-006
        """Benvenuto in cucina a {Luca Bianchi|P} 👨‍🍳🍝 il nuovo chef della trattoria!
Da giovedì il suo menu degustazione, prenotate presto.
📍 {Trastevere|L}, {Roma|L}
#trattoria {#roma|L} #nuovochef""",
        # it-007
        """Buon compleanno {Nicco|P:21}!!! 🎂🎉 25 anni e ancora il più piccolo della band 🎸
{@nicco.ferre|M:21}
#compleanno #band #rock""",
        # it-008
        """🎸 STASERA LIVE 🎸
{NICCOLO FERRE|P:21} & band al {Circolo Magnolia|L}, ingresso libero fino alle 22!
Non mancate 🔥
#livemusic {#milano|L} #concerto""",
        # it-009
        """Colazione con vista sul {Duomo|L} ☀️🥐 da noi è sempre così
Aperti tutti i giorni dalle 7:00
#colazione {#firenze|L} #bar""",
        # it-010
        """Ci vediamo fra due settimane al mercatino di Natale di {Bolzano|L} 🎄🧶
Tutte le sciarpe sono di {Francesca Esposito|P:22}, fatte a mano una per una 😱 Brava {Fra|P:22}!
#handmade #mercatinodinatale #uncinetto""",
        # it-011
        """Complimenti a {Marco Rossi|P} e {Sofia Conti|P}, campioni regionali di ballo latino 💃🕺
Prossima tappa: {Rimini|L}!
#ballolatino #danza #campioni""",
        # it-012
        """Backstage shooting moda 📸 trucco di {Chiara De Luca|P:24}, foto di {Luca Moretti|P}
Location: {Palazzo Reale|L}, {Napoli|L}
#backstage #fashion {#napoli|L}""",
        # it-013
        """Iscrizioni aperte per il corso di nuoto per bambini 🏊‍♀️ da 4 a 10 anni, tutti i sabati mattina.
#nuoto #piscina #bambini""",
        # it-014
        """Rinnovo! ✍️ {Gergő Szabó|P:23} resta con noi fino al 2026 🇭🇺🇮🇹
Forza {Geri|P:23}!
#calciomercato #rinnovo #forza""",
        # it-015
        """oggi in studio con {giulia di stefano|P:19} per le foto del suo nuovo menù 🍋🍝
il ristorante apre a {Bari|L} a settembre, non vedo l'ora!!
#foodphotography {#bari|L} #studio""",
        # it-016
        """La parrocchia saluta don {Giorgio|P} dopo 20 anni nel nostro quartiere 🙏
Festa di saluto domenica dopo la messa delle 11.
#parrocchia #grazie #comunita""",
        # it-017
        """Open house ad {Aosta|L} 🏡 progetto firmato {Luca da Ponte|P:20} ({@lucadaponte_|M:20})
Legno, pietra e tantissima luce: lo stile {Da Ponte|P:20} è inconfondibile. Grazie {Luca|P:20}!! 🙌
#architettura {#aosta|L} #interiordesign""",
        # it-018
        """Addio al nubilato di {Giuli|P:19} 👰‍♀️🍾 {@giulia.distefano|M:19}
Organizzato dalla testimone {@chicca.deluca|M:24} 💕
{Ischia|L}, we love you
#addioalnubilato {#ischia|L} #bridetobe""",
        # it-019
        """Vendemmia iniziata nelle {Langhe|L} 🍇🍷 annata promettente!
Visite in cantina su prenotazione.
#vendemmia {#langhe|L} #vino""",
        # it-020
        """Benvenuta {Francesca Galli|P} nel nostro team di {Torino|L} 🙌 si occuperà dei social (ciao {Franci|P}! 👋)
#newhire #team {#torino|L}""",
        # it-021
        """Ospite speciale all'assemblea di istituto: l'ex studente {Niccolò Ferrè|P:21} 🎶🎸
{Ferrè|P:21} ha suonato tre brani e risposto alle domande dei ragazzi.
#scuola #musica #assemblea""",
        # it-022
        """Nuovi arrivi autunno-inverno 🧥🍂 passate a trovarci, vi aspettiamo!
#moda #nuoviarrivi #boutique""",
        # it-023
        """💋 MASTERCLASS MAKE-UP 💋
Con {CHIARA DE LUCA|P:24}, sabato 14 a {Bologna|L}. Posti limitati!
Prenota scrivendo a {@chiaradeluca.makeup|M:24} o qui in DM
Chi viene con noi da {Chicca|P:24}? 🙋‍♀️
#masterclass #makeup {#bologna|L}""",
        # it-024
        """Auguri nonna {Rosa|P} per i tuoi 90 anni 🎂🌹 la torta l'abbiamo fatta noi con tanto amore
#90anni #famiglia #auguri""",
        # it-025
        """🏐 Pallavolo U14: vittoria 3-0!
Migliore in campo {Franci Esposito|P:22} 💪 e un grazie a coach {Luca Ferri|P} per la carica
#pallavolo #under14 #vittoria""",
        # it-026
        """Chiuso per ferie dal 10 al 25 agosto 🏖️ ci vediamo a settembre!
#chiusoperferie #estate""",
        # it-027
        """Presentazione della squadra 2024/25 allo {Stadio Tardini|L} 📸⚽
Capitano: {@gergoszabo|M:23}. Madrina della serata: {Giulia Marchetti|P} ✨
#presentazione #calcio {#parma|L}""",
        # it-028
        """Lezioni di chitarra con {Niccolo' Ferre'|P:21} 🎸 ogni giovedì in sala prove a {Pavia|L}
Info: {@nicco.ferre|M:21}
#chitarra #lezioni {#pavia|L}""",
        # it-029
        """Grazie al sindaco {Paolo Neri|P} per aver inaugurato il nuovo parco giochi 🛝 a {Lecce|L}
#parcogiochi #comunita {#lecce|L}""",
        # it-030
        """Gelato al pistacchio di {Bronte|L} 💚🍦 finalmente tornato!
#gelato #pistacchio #gelateria""",
    ],
    "pl": [
        # pl-001
        """Powiedzieli TAK 💍🤍
{Kasia Nowak|P:26} & {Łukasz Wróbel|P:25} – dziękujemy, że mogliśmy być z Wami w {Krakowie|L} ✨
Sesja plenerowa z {Kasią|P:26} i {Łukaszem|P:25} już w przyszłym tygodniu w {Tatrach|L} 🏔️
{#kasiailukasz|P:26,25} #slubkrakow #fotografslubny""",
        # pl-002
        """🏆 Sto lat dla naszego trenera! 🎉
Dziś urodziny obchodzi {Tomasz Kowalczyk|P:27} – życzymy {Tomkowi|P:27} samych zwycięstw i zdrowia 💪
Bez {Tomka|P:27} nie byłoby tego awansu!
#klub #urodziny #trener""",
        # pl-003
        """🎨 Wernisaż wystawy {Anny Kowalskiej|P:28} już w piątek o 18:00 w {Galerii Pod Arkadami|L} w {Lublinie|L}!
Serdecznie zapraszamy, będzie też spotkanie z autorką 🥂 {@ania_kowalska|M:28}
#wystawa {#lublin|L} #sztuka""",
        # pl-004
        """Gratulujemy {Pawłowi|P:29}! 🥇 {Pawel Zajac|P:29} wygrał półmaraton w {Poznaniu|L} z czasem 1:12:45 🏃‍♂️🔥
{@pawelzajac|M:29}
#bieganie #polmaraton {#poznan|L}""",
        # pl-005
        """Dzień Nauczyciela 💐📚
Dziękujemy pani {Katarzynie Nowak|P:26} za cierpliwość i uśmiech każdego dnia!
Grupa Motylki przygotowała dla pani {Kasi|P:26} laurkę 🥹
#dziennauczyciela #przedszkole #dziekujemy""",
        # pl-006
        """Witamy w zespole {Gintarė Petrauskaitė|P:30} 🧘‍♀️✨
{Gina|P:30} poprowadzi zajęcia jogi w środy i piątki w naszym studiu w {Białymstoku|L}. Zapisy przez aplikację!
{@gintare.p|M:30} #joga {#bialystok|L} #nowezajecia""",
        # pl-007
        """Gratulacje dla {Anny Kowalczyk|P} z klasy 8a – 1. miejsce w wojewódzkim konkursie matematycznym 🧮🏆
#konkurs #matematyka #dumni""",
        # pl-008
        """trening z {lukaszem|P:25} 💪 ({@lukasz.wrobel|M:25}) nogi jutro nie będą działać 😵
dzięki {Łuki|P:25}, widzimy się w czwartek!
#silownia #trening #gym""",
        # pl-009
        """🍂 Jesienne menu już dostępne! Zupa dyniowa, pierogi z kaszanką i szarlotka na ciepło 🥧
Zapraszamy na {Stare Miasto|L} w {Gdańsku|L}
{#gdansk|L} #jesien #pierogi""",
        # pl-010
        """⚽ Relacja z meczu ⚽
Bramki: {Kowalczyk|P:27} 2x, {Wiśniewski|P} 1x. Po meczu rozmawialiśmy z {Tomkiem Kowalczykiem|P:27} o awansie – wywiad w relacji 🎥
#pilkanozna #awans #klubsportowy""",
        # pl-011
        """Dziękujemy pani dyrektor {Marii Zielińskiej|P} za 25 lat pracy w naszej szkole 💐🥹
Życzymy spokojnej i słonecznej emerytury!
#szkola #emerytura #dziekujemy""",
        # pl-012
        """Nowa kolekcja biżuterii 💎 zdjęcia: {@kasianowak|M:26}, modelka: {Kasia Lewandowska|P} ✨
Kwiaty: @kwiaciarnia.rumianek
#bizuteria #handmade #nowakolekcja""",
        # pl-013
        """Warsztaty akwareli z {Anią Kowalską|P:28} 🎨 w sobotę w {Toruniu|L}
Materiały zapewniamy, wystarczy dobry humor ☀️ Zapisy u {Ani|P:28} w wiadomości prywatnej lub {@ania_kowalska|M:28}
#akwarela #warsztaty {#torun|L}""",
        # pl-014
        """Dzień otwarty w szkole muzycznej 🎻 sobota, 10:00–14:00. Przyjdźcie posłuchać koncertu uczniów!
#szkolamuzyczna #dzienotwarty""",
        # pl-015
        """🎉 Niespodzianka dla {PAWŁA|P:29}! 🎉 Cała ekipa z biura w {Katowicach|L}
{@pawelzajac|M:29} wszystkiego najlepszego, szefie 🥳
#urodziny #biuro #team""",
        # pl-016
        """Sesja noworodkowa małego {Stasia|P} 👶💙 12 dni i już taki przystojniak
#sesjanoworodkowa #fotografia #newborn""",
        # pl-017
        """Dziś na kanale rozmowa z {Gintare Petrauskaite|P:30} o życiu między {Wilnem|L} a {Warszawą|L} 🇱🇹🇵🇱
#podcast {#litwa|L} {#polska|L}""",
        # pl-018
        """Koncert charytatywny 🎹❤️ dziękujemy {Łukaszowi Wróblowi|P:25} za piękny recital!
Dzięki hojności gości i pana {Wróbla|P:25} zebraliśmy 12 480 zł dla hospicjum w {Opolu|L} 🙏
#charytatywnie #koncert {#opole|L}""",
        # pl-019
        """Promocja -20% na wszystkie rowery elektryczne 🚲⚡ tylko do niedzieli!
#rowery #promocja #ebike""",
        # pl-020
        """Witamy nowego barmana {Tomka Nowickiego|P} 🍸 od piątku za barem w {Sopocie|L}!
#bar {#sopot|L} #nowywzespole""",
        # pl-021
        """{Kasiu|P:26}, dziękujemy za cudowny tort! 🎂💗 {@kasianowak|M:26}
Wszyscy goście pytali o przepis, więc chyba musimy porwać {Kasię|P:26} na warsztaty 😄
#tort #urodziny #cukiernia""",
        # pl-022
        """Ferie zimowe w {Zakopanem|L} ⛷️❄️ ostatnie wolne pokoje na luty!
{#zakopane|L} #ferie #narty""",
        # pl-023
        """wieczór panieński {ani|P:28} 👰‍♀️🥂 {@ania_kowalska|M:28} nie wiem kto jutro wstanie 😂
organizacja: {Ania Mazur|P} 💕
#wieczorpanienski #bridetobe""",
        # pl-024
        """Dziękujemy panu {Markowi Jankowskiemu|P} za ufundowanie nowych strojów dla drużyny 🏀👕
#koszykowka #sponsor #dziekujemy""",
        # pl-025
        """📸 WARSZTATY FOTOGRAFII ŚLUBNEJ 📸
Prowadzący: {TOMASZ KOWALCZYK|P:27}. Portfolio {Tomasza|P:27} znajdziecie w linku w bio 🔗
{Wrocław|L}, 15–16 marca
#fotografiaslubna #warsztaty {#wroclaw|L}""",
        # pl-026
        """Nowe godziny otwarcia biblioteki 📚 od poniedziałku do piątku 8–19.
#biblioteka #godzinyotwarcia""",
        # pl-027
        """Brawo {Gina|P:30}!! 🏅 {@gintare.p|M:30} złoto na zawodach wspinaczkowych w {Gdyni|L} 🧗‍♀️
#wspinaczka #zawody {#gdynia|L}""",
        # pl-028
        """Kolęduj z nami 🎄🎶 koncert chóru parafialnego pod batutą pana {Krzysztofa Lisa|P}, niedziela 18:00 w {kościele św. Anny|L}
#koledy #chor #koncert""",
        # pl-029
        """Nowy mural na {Pradze|L} gotowy! 🎨 Projekt: {Paweł Zając|P:29}, wykonanie: ekipa {Łukasza|P:25} ({@lukasz.wrobel|M:25})
#mural {#warszawa|L} #streetart""",
        # pl-030
        """Sezon na grzyby otwarty 🍄🧺 pokażcie swoje zbiory w komentarzach!
#grzybobranie #jesien #las""",
    ],
}

LANGS = ["nl", "fr", "es", "it", "pl"]
LABELS = {"P": "PERSON", "M": "MENTION", "L": "LOCATION"}
MARK = re.compile(r"\{([^{}|]+)\|([PML])(?::([0-9]{2}(?:,[0-9]{2})*))?\}")
HANDLE = re.compile(r"(?<![\w.@])@[\w.]*\w")
HASHTAG = re.compile(r"(?<![\w#])#\w+")
PARTICLES = {"van", "der", "den", "de", "la", "le", "di", "da", "dos", "vd", "del"}


def fold(s):
    """Lowercase, strip diacritics and map letters NFKD does not decompose."""
    s = s.lower()
    s = s.translate(str.maketrans({"ł": "l", "ø": "o", "ı": "i", "đ": "d", "ß": "ss"}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def parse(src):
    """Turn a marked-up string into (text, entities, listed)."""
    parts, ents, listed = [], [], []
    pos = 0
    length = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        parts.append(chunk)
        length += len(chunk)
        surface, lab, ids = m.group(1), m.group(2), m.group(3)
        start, end = length, length + len(surface)
        parts.append(surface)
        length = end
        ents.append([start, end, LABELS[lab]])
        if ids:
            for i in ids.split(","):
                listed.append([start, end, "ol-" + i])
        pos = m.end()
    parts.append(src[pos:])
    return "".join(parts), ents, listed


def main():
    errors = []
    warnings = []

    def err(rid, msg):
        errors.append(f"{rid}: {msg}")

    # --- opt-out list checks -------------------------------------------
    people = {}
    for pid, name, aliases, handles in PEOPLE:
        if pid in people:
            errors.append(f"duplicate person id {pid}")
        for h in handles:
            if not HANDLE.fullmatch(h):
                errors.append(f"{pid}: bad handle {h!r}")
        for field in [name] + aliases + handles:
            if any(c in field for c in ",;\n"):
                errors.append(f"{pid}: separator inside field {field!r}")
        people[pid] = (name, aliases, handles)
    if sorted(people) != [f"ol-{i:02d}" for i in range(1, 31)]:
        errors.append("person ids must be ol-01..ol-30")
    all_person_handles = {h.lower(): pid for pid, (_, _, hs) in people.items() for h in hs}
    if set(all_person_handles) & {h.lower() for h in BUSINESS_HANDLES}:
        errors.append("a handle is both a person handle and a business handle")

    def name_tokens(pid):
        name, aliases, _ = people[pid]
        toks = set()
        for form in [name] + aliases:
            for t in re.split(r"[\s\-.]+", fold(form)):
                if t and t not in PARTICLES:
                    toks.add(t)
        return toks

    records = []
    for lang in LANGS:
        if len(RECORDS[lang]) != 30:
            errors.append(f"{lang}: expected 30 records, got {len(RECORDS[lang])}")
        for n, src in enumerate(RECORDS[lang], 1):
            rid = f"{lang}-{n:03d}"
            text, ents, listed = parse(src)
            for ch in "{}|":
                if ch in text:
                    err(rid, f"stray {ch!r} left in text (malformed mark?)")
            if text != text.strip():
                err(rid, "leading/trailing whitespace")
            records.append({"id": rid, "lang": lang, "text": text,
                            "entities": sorted(ents), "listed": sorted(listed, key=lambda x: (x[0], x[1], x[2]))})

    loc_forms = set()
    for r in records:
        for s, e, lab in r["entities"]:
            if lab == "LOCATION":
                loc_forms.add(re.sub(r"[\s'’\-.]", "", fold(r["text"][s:e].lstrip("#"))))

    used_people = set()
    seen_texts = set()
    for r in records:
        rid, text, ents, listed = r["id"], r["text"], r["entities"], r["listed"]
        if text in seen_texts:
            err(rid, "duplicate text")
        seen_texts.add(text)
        spans = {}
        prev_end = -1
        for s, e, lab in ents:
            if not (0 <= s < e <= len(text)):
                err(rid, f"bad offsets {s},{e}")
                continue
            if s < prev_end:
                err(rid, f"overlapping span at {s}")
            prev_end = e
            surf = text[s:e]
            spans[(s, e)] = lab
            if surf != surf.strip():
                err(rid, f"span has outer whitespace: {surf!r}")
            # no cut words at either edge
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_@#"):
                err(rid, f"span cuts a word on the left: {surf!r}")
            if e < len(text):
                nxt = text[e]
                if nxt.isalnum() or nxt == "_":
                    err(rid, f"span cuts a word on the right: {surf!r}")
                if nxt in "'’" and e + 1 < len(text) and text[e + 1].lower() == "s" and \
                        (e + 2 == len(text) or not text[e + 2].isalnum()):
                    err(rid, f"possessive ending left outside span: {surf!r}")
            if lab == "MENTION":
                if not HANDLE.fullmatch(surf):
                    err(rid, f"MENTION is not a whole handle: {surf!r}")
                if e < len(text) and text[e] == "." and e + 1 < len(text) and text[e + 1].isalnum():
                    err(rid, f"MENTION cut before a dot: {surf!r}")
            elif surf.startswith("@"):
                err(rid, f"handle labelled {lab}: {surf!r}")
            if surf.startswith("#") and not HASHTAG.fullmatch(surf):
                err(rid, f"partial hashtag span: {surf!r}")
            if lab != "MENTION" and "#" in surf[1:]:
                err(rid, f"span crosses a hashtag: {surf!r}")

        # every @handle is a MENTION span or a known business handle
        for m in HANDLE.finditer(text):
            h = m.group(0)
            if (m.start(), m.end()) in spans:
                if spans[(m.start(), m.end())] != "MENTION":
                    err(rid, f"handle {h} not labelled MENTION")
                if h.lower() in BUSINESS_HANDLES:
                    err(rid, f"business handle {h} annotated as MENTION")
            elif h.lower() not in BUSINESS_HANDLES:
                err(rid, f"handle {h} neither annotated nor a business handle")

        # hashtags: place-only hashtags must be annotated consistently
        for m in HASHTAG.finditer(text):
            if (m.start(), m.end()) in spans:
                continue
            body = fold(m.group(0)[1:])
            if body in loc_forms:
                err(rid, f"place hashtag {m.group(0)} not annotated as LOCATION")
            for pid in people:
                for t in name_tokens(pid):
                    if len(t) >= 4 and t in body and not body.startswith(("slub", "bridal")):
                        warnings.append(f"{rid}: unannotated hashtag {m.group(0)} contains '{t}' ({pid})")

        # listed spans
        listed_keys = set()
        for s, e, pid in listed:
            key = (s, e, pid)
            if key in listed_keys:
                err(rid, f"duplicate listed entry {key}")
            listed_keys.add(key)
            if pid not in people:
                err(rid, f"unknown opt-out id {pid}")
                continue
            used_people.add(pid)
            lab = spans.get((s, e))
            if lab not in ("PERSON", "MENTION"):
                err(rid, f"listed span {text[s:e]!r} is not a PERSON/MENTION span")
                continue
            surf = text[s:e]
            if lab == "MENTION":
                if surf.lower() not in {h.lower() for h in people[pid][2]}:
                    err(rid, f"handle {surf} is not a handle of {pid}")
            else:
                toks = name_tokens(pid)
                if surf.startswith("#"):
                    body = fold(surf[1:])
                    ok = any(len(t) >= 3 and t in body for t in toks)
                else:
                    words = [w for w in re.split(r"[^\w]+", fold(surf)) if w]
                    ok = any(w == t or (len(t) >= 3 and w.startswith(t[:3]))
                             for w in words for t in toks)
                if not ok:
                    err(rid, f"span {surf!r} does not look like a form of {people[pid][0]}")
        # a listed handle must always be listed
        for s, e, lab in ents:
            if lab == "MENTION":
                h = text[s:e].lower()
                if h in all_person_handles and (s, e, all_person_handles[h]) not in listed_keys:
                    err(rid, f"handle {text[s:e]} belongs to {all_person_handles[h]} but is not listed")
            if lab == "PERSON" and not any((s, e) == (a, b) for a, b, _ in listed):
                f = fold(text[s:e])
                for pid in people:
                    if f in {fold(people[pid][0])} | {fold(a) for a in people[pid][1]}:
                        warnings.append(f"{rid}: unlisted PERSON {text[s:e]!r} equals a form of {pid}")

        # words equal to a listed first name / surname / alias left outside spans
        covered = [False] * len(text)
        for s, e, _ in ents:
            for i in range(s, e):
                covered[i] = True
        # the same surface annotated once must be annotated at every occurrence
        for surf in {text[s:e] for s, e, _ in ents}:
            for m in re.finditer(r"(?<![\w@#])" + re.escape(surf) + r"(?!\w)", text):
                if not any(covered[m.start():m.end()]):
                    err(rid, f"second occurrence of {surf!r} at {m.start()} not annotated")
        for m in re.finditer(r"\w+", text):
            if any(covered[m.start():m.end()]):
                continue
            w = fold(m.group(0))
            for pid in people:
                if w in name_tokens(pid) and len(w) >= 3:
                    warnings.append(f"{rid}: bare word {m.group(0)!r} matches {pid} (not annotated)")

    missing = sorted(set(people) - used_people)
    if missing:
        errors.append(f"opt-out people never referenced: {missing}")

    for w in warnings:
        print("note:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written")
        return 1

    # --- write outputs deterministically -------------------------------
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"],
                                "entities": r["entities"], "listed": r["listed"]},
                               ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "name", "aliases", "handles"])
    for pid, name, aliases, handles in PEOPLE:
        w.writerow([pid, name, ";".join(aliases), ";".join(handles)])
    with open(os.path.join(HERE, "optout.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # --- summary --------------------------------------------------------
    from collections import Counter
    lab_counts = Counter(lab for r in records for _, _, lab in r["entities"])
    print(f"records: {len(records)}")
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        with_listed = sum(1 for r in rs if r["listed"])
        other = sum(1 for r in rs if any(lab == "PERSON" or lab == "MENTION"
                                         for s, e, lab in r["entities"]
                                         if not any((s, e) == (a, b) for a, b, _ in r["listed"])))
        nobody = sum(1 for r in rs if not any(lab in ("PERSON", "MENTION") for _, _, lab in r["entities"]))
        print(f"  {lang}: {len(rs)} records, {with_listed} with listed people, "
              f"{other} with unlisted people, {nobody} naming nobody, "
              f"{sum(len(r['listed']) for r in rs)} listed entries")
    n_listed = sum(len(r["listed"]) for r in records)
    n_listed_spans = len({(r["id"], s, e) for r in records for s, e, _ in r["listed"]})
    print(f"listed entries: {n_listed} (on {n_listed_spans} distinct spans)")
    print(f"people: {len(PEOPLE)}, all referenced")
    for lab in ("PERSON", "MENTION", "LOCATION"):
        print(f"{lab}: {lab_counts[lab]}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
