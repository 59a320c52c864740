#!/usr/bin/env python3
"""Build the second multilingual opt-out tune set (it, es, pl, fr, nl).

Standard library only. Run from anywhere:

    python3 build_optout_langs2.py

Writes records.jsonl and optout.csv next to this file, after checking every
annotation. Exits non-zero and writes nothing if any check fails.

Inline mark syntax used in RECORDS below:

    {surface|P}          PERSON span, not on the opt-out list
    {surface|P:05}       PERSON span naming opt-out person o2-05
    {surface|P:04,05}    PERSON span (e.g. a couple hashtag) naming o2-04 and o2-05
    {@handle|M}          MENTION of a person who is not on the list
    {@handle|M:05}       MENTION naming opt-out person o2-05
    {surface|L}          LOCATION span

@handles left unmarked must be business / venue handles listed in
BUSINESS_HANDLES.  Every unmarked word that looks like a listed person's
name, surname or alias (e.g. "fra" the preposition, "rosa" the colour) must be
declared in NOT_NAMES for its record, so that every non-annotation is a
deliberate decision.
"""

import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ID_PREFIX = "o2-"

# ---------------------------------------------------------------------------
# Opt-out list: (id, name, aliases, handles)
# ---------------------------------------------------------------------------
PEOPLE = [
    # Italian
    ("o2-01", "Valentina De Luca", ["Vale", "Vale De Luca"], ["@vale.deluca", "@valentinadeluca.ph"]),
    ("o2-02", "Matteo Di Stefano", ["Teo"], ["@distefano.matteo"]),
    ("o2-03", "Niccolò D'Amico", ["Nico"], ["@nico_damico"]),
    ("o2-04", "Maria Chiara Lo Russo", ["Mariachiara"], ["@mariachiara.lorusso"]),
    ("o2-05", "Gian Luca Dell'Acqua", ["Gianluca", "Gianlu"], ["@gianluca.dellacqua"]),
    ("o2-06", "Federica Rossi", ["Fede"], ["@fede_rossi"]),
    ("o2-07", "Alessandra Della Valle", ["Ale"], ["@ale.dellavalle"]),
    ("o2-08", "Francesco Ferraro", ["Ciccio", "Fra"], ["@ciccioferraro"]),
    ("o2-09", "Elisa D'Andrea", ["Eli"], ["@elisa.dandrea"]),
    ("o2-10", "Anna Maria Rosa", ["Annamaria"], ["@annamariarosa_"]),
    # Spanish
    ("o2-11", "Lucía Fernández Ortega", ["Lu"], ["@luciafdez"]),
    ("o2-12", "José Luis Morales", ["Joselu", "Pepe"], ["@joseluis.morales"]),
    ("o2-13", "Juan Pablo Castillo", ["Juanpa"], ["@juanpablocastillo_"]),
    ("o2-14", "María del Carmen López Vidal", ["Mamen", "Mari Carmen"], ["@mamenlopez"]),
    # Polish
    ("o2-15", "Katarzyna Wiśniewska", ["Kasia"], ["@kasia.wisniewska"]),
    ("o2-16", "Małgorzata Zielińska", ["Gosia", "Małgosia"], ["@gosia.zielinska"]),
    ("o2-17", "Tomasz Lewandowski", ["Tomek"], ["@tomek.lewy"]),
    ("o2-18", "Łukasz Kamiński", ["Kamyk"], ["@lukasz.kaminski.foto"]),
    # French
    ("o2-19", "Hélène Girard", [], ["@helene.girard.ceramique"]),
    ("o2-20", "Jean-Luc Marchand", ["JL"], ["@jeanluc.marchand"]),
    ("o2-21", "Laurence Dubois", ["Lolo"], ["@lolo.dubois"]),
    ("o2-22", "Mathilde Rousseau", ["Mathou"], ["@mathilde.rsso"]),
    # Dutch
    ("o2-23", "Zoë de Graaf", [], ["@zoedegraaf"]),
    ("o2-24", "Johannes Verhoeven", ["Joep", "Joep Verhoeven"], ["@joepverhoeven"]),
    ("o2-25", "Anouk Bakker", ["Nouk"], ["@jufanouk"]),
    ("o2-26", "Sven van 't Hof", [], ["@svenvanthof"]),
]

# Handles of businesses / venues: deliberately not annotated as MENTION.
BUSINESS_HANDLES = {
    "@atelier.rosa.roma",
    "@fioridicampo.bari",
    "@pizzeriadanico",
    "@floresdelnorte.bilbao",
    "@stodolapodlipami",
    "@atelierpivoine.bx",
    "@taartenvanlotte",
}

# Unmarked words that look like a listed person's name / surname / alias but
# are not names here (record id -> words, compared case- and accent-folded).
NOT_NAMES = {
    "it-007": ["amico"],          # "a prezzi d'amico"
    "it-009": ["fra", "vale"],    # "Fra poco" (preposition), "Vale la pena" (verb)
    "it-011": ["rosa"],           # "rosa cipria" (colour)
    "it-012": ["acqua"],          # "una bottiglia d'acqua"
    "it-013": ["valle"],          # "la vista della valle"
    "it-014": ["vale"],           # "questa foto vale" (verb)
    "it-016": ["nico"],           # "Pizzeria Da Nico" (a business name)
    "it-033": ["fra"],            # "Fra due settimane" (preposition)
    "it-037": ["acqua"],          # "Temperatura dell'acqua"
    "it-045": ["stefano"],        # "Santo Stefano" (the holiday)
    "es-003": ["morales"],        # "dilemas morales" (adjective)
    "es-004": ["castillo"],       # "en un castillo" (castle)
    "es-014": ["juan", "pablo"],  # "Colegio San Juan Pablo II" (a school)
    "fr-003": ["marchand"],       # "Le marchand de glaces" (ice-cream seller)
    "pl-014": ["ale"],            # "ale chłopaki dają radę" (Polish "but")
    "nl-004": ["bakker"],         # "langs de bakker" (the baker's)
    "nl-006": ["graaf"],          # "graaf Floris V" (title: count)
    "nl-010": ["bakker"],         # "Vers van de bakker"
    "nl-017": ["hof"],            # "De hof staat in bloei" (garden)
}

# ---------------------------------------------------------------------------
# Records: (id, lang, lines).  Lines are joined with "\n".
# ---------------------------------------------------------------------------
RECORDS = [
    # ======================= Italian (50) =======================
    ("it-001", "it", [
        "{Maria Chiara|P:04}💍{Gian Luca|P:05}",
        "7 settembre 2024, {Masseria Torre Coccaro|L} ☀️",
        "Cerimonia sotto gli ulivi, pranzo infinito e un tramonto che non dimenticheremo.",
        "Grazie {Mariachiara|P:04} per averci scelto, e grazie a {Gianluca|P:05} per averci sopportato durante i ritratti 😂",
        "{@mariachiara.lorusso|M:04} {@gianluca.dellacqua|M:05}",
        "📸 {@valentinadeluca.ph|M:01} | fiori @fioridicampo.bari",
        "{#mariachiaraegianluca|P:04,05} #matrimonioinpuglia #weddingphotographer #sposi2024",
    ]),
    ("it-002", "it", [
        "Backstage dello shooting di ieri con la bravissima {Valentina De Luca|P:01} ({Vale|P:01} per gli amici) 📸✨",
        "Se non conoscete ancora il suo lavoro, correte sul suo profilo {@valentinadeluca.ph|M:01}",
        "Luce naturale, due ore di risate e un caffè al volo in {Piazza Santo Stefano|L} ☕",
        "",
        "{#valedelucaphoto|P:01} {#bologna|L} #backstage #ritratti",
    ]),
    ("it-003", "it", [
        "Stasera in cucina c'è {Ciccio|P:08} 👨‍🍳🔥",
        "Il nostro chef {Francesco Ferraro|P:08} vi aspetta con il menù di mare: crudi, paccheri allo scoglio e la frittura della casa.",
        "Il ragù della domenica invece resta quello della sig.ra {Ferraro|P}, la sua mamma, che da quarant'anni non ci vuole dare la ricetta completa 😅",
        "Prenotazioni in DM o al numero in bio.",
        "{@ciccioferraro|M:08} {#napoli|L} #ristorante #cucinadimare",
    ]),
    ("it-004", "it", [
        "🏐 SERIE B2 FEMMINILE 🏐",
        "Vittoria al tie-break contro la capolista! 3-2 (25-21, 22-25, 18-25, 25-23, 15-12)",
        "MVP della serata la nostra palleggiatrice {Federica Rossi|P:06}: 4 ace e una regia da paura 💪",
        "Grazie mille, {Fede|P:06}!!!",
        "Prossima partita sabato in trasferta a {Cremona|L}.",
        "{#teamfede|P:06} {@fede_rossi|M:06} #volley #pallavolofemminile",
    ]),
    ("it-005", "it", [
        "Tanti auguri {Niccolò|P:03}!! 🎂🚲",
        "30 anni e ancora il primo ad arrivare in officina la mattina (e l'ultimo ad andarsene).",
        "Da tutto lo staff: grazie per la pazienza con le nostre bici e con i nostri clienti 😂",
        "{NICCOLÒ|P:03} stasera offri tu, vero? 🍻",
        "{@nico_damico|M:03} #auguri #ciclofficina {#torino|L}",
    ]),
    ("it-006", "it", [
        "🎤 Saggio di fine anno della scuola di musica!",
        "Un applauso enorme ai nostri allievi e alla loro insegnante di canto {Elisa D’Andrea|P:09}, che li ha preparati per mesi.",
        "Momento più emozionante: tutti insieme sul palco con «Luce» di {Elisa|P} 🥹 e alla fine anche la prof si è commossa.",
        "Ci vediamo a settembre con l'{Elisa|P:09} e i nuovi corsi!",
        "{@elisa.dandrea|M:09} #saggio #scuoladimusica {#varese|L}",
    ]),
    ("it-007", "it", [
        "🚲 SVUOTATUTTO DI FINE STAGIONE 🚲",
        "Bici da corsa, gravel e city bike usate, tutte revisionate da {Nicolò Damico|P:03} in persona, a prezzi d'amico 😉",
        "Solo sabato e domenica, fino a esaurimento.",
        "Ci trovate in {Via Po|L} 12, {Torino|L}.",
        "#bici #usato #gravel",
    ]),
    ("it-008", "it", [
        "⚽ Calcio a 5 | Serie C1",
        "Doppietta di {Matteo Di Stefano|P:02} e tre punti d'oro in casa 🔥",
        "{Distefano|P:02} ormai è una sentenza: 14 gol in 10 partite.",
        "Grande {Teo|P:02}!! {@distefano.matteo|M:02}",
        "#calcioa5 {#palermo|L} #forzaragazzi",
    ]),
    ("it-009", "it", [
        "Lo diciamo ogni anno, ma stavolta è vero: la nuova carta dei vini è pronta 🍷",
        "Fra poco la presentiamo in sala, intanto un'anteprima 👀",
        "Vale la pena passare anche solo per il Negroamaro della casa.",
        "#winebar #degustazione {#lecce|L}",
    ]),
    ("it-010", "it", [
        "{Chiara|P} e {Luca|P} 🤍",
        "Un sì sussurrato sotto gli ulivi, poi tutti in pista fino alle tre.",
        "Che coppia, ragazzi. Che famiglie. Che festa.",
        "📸 {@giulia.ph_|M} {#giuliaphotography|P}",
        "{#matrimoniochiaraeluca|P} {#chiaraeluca2025|P} {#sìlovogliochiaraeluca|P} {#puglia|L}",
    ]),
    ("it-011", "it", [
        "Nuova collezione sposa 2025 ✨",
        "Pizzo francese, schiene scoperte e, per la prima volta, un abito rosa cipria 🌸",
        "Tutti i modelli sono disegnati da {Anna Maria Rosa|P:10} e cuciti a mano nel nostro laboratorio a {Prati|L}.",
        "Prove su appuntamento, con la sig.ra {Rosa|P:10} in persona o con le sue ragazze 💕",
        "@atelier.rosa.roma {@annamariarosa_|M:10} #abitidasposa #sposa2025 {#roma|L}",
    ]),
    ("it-012", "it", [
        "Yoga al tramonto al {Piazzale Michelangelo|L} 🧘‍♀️🌅",
        "Ogni mercoledì di luglio alle 19:30: portate il tappetino e una bottiglia d'acqua.",
        "Conduce {Alessandra Della Valle|P:07}. Info e iscrizioni: scrivete all'{Ale|P:07} in DM 👉 {@ale.dellavalle|M:07}",
        "Vista su tutta la città e pace assoluta 🙏",
        "#yoga {#firenze|L} #yogaaltramonto",
    ]),
    ("it-013", "it", [
        "Il sentiero parte dal piazzale di {Campo Imperatore|L} e sale fino al rifugio in un paio d'ore.",
        "Da lassù la vista della valle è pazzesca, soprattutto a ottobre 🍂",
        "Dislivello 600 m. Scarpe da trekking obbligatorie, niente scuse!",
        "#trekking {#abruzzo|L} {#gransasso|L} #montagna",
    ]),
    ("it-014", "it", [
        "{@vale.deluca|M:01} sei un genio 😍 questa foto vale da sola tutto il viaggio!!",
    ]),
    ("it-015", "it", [
        "Buon compleanno alla nostra maestra di hip hop {Fede|P}! 🎉",
        "Senza di te il sabato pomeriggio non sarebbe lo stesso 💃🕺",
        "Un abbraccio enorme da tutti i ragazzi del corso avanzato ❤️",
        "{@fede.colombo.dance|M} #hiphop #scuoladidanza {#monza|L}",
    ]),
    ("it-016", "it", [
        "Cena di fine stagione della squadra 🍕⚽",
        "Grazie alla Pizzeria Da Nico per l'ospitalità e per la pazienza: eravamo in 35 e abbiamo fatto più rumore di uno stadio 😂",
        "Alla prossima! @pizzeriadanico",
        "#cenadisquadra {#bari|L}",
    ]),
    ("it-017", "it", [
        "Giovedì si brinda con le bollicine pugliesi 🥂",
        "Ci guida il nostro sommelier {Gianluca dell'Acqua|P:05}, fresco di matrimonio (auguri ancora!! 💍)",
        "Sei etichette, taglieri e tante chiacchiere: con {Gianlu|P:05} non ci si annoia mai.",
        "Posti limitati, prenotate in DM.",
        "#degustazione #bollicine {#bari|L}",
    ]),
    ("it-018", "it", [
        "🍰 La torta del mese: crostata con fichi e mandorle",
        "Ricetta di {Maria Chiara Lo Russo|P:04}, che dopo il viaggio di nozze è tornata in laboratorio con mille idee 😍",
        "Provatela e diteci cosa ne pensate!",
        "(P.S. {Mariachiara|P:04}, i clienti chiedono già la versione senza glutine 👀)",
        "{@mariachiara.lorusso|M:04} #pasticceria #crostata {#bari|L}",
    ]),
    ("it-019", "it", [
        "Lo studio resterà chiuso dal 10 al 25 agosto ☀️",
        "Per le urgenze il dott. {Russo|P} sarà reperibile al numero che trovate in bio.",
        "Buone vacanze a tutti dal dott. {Russo|P}, dalla dott.ssa {Greco|P} e da tutto lo staff 🦷",
        "#studiodentistico {#salerno|L}",
    ]),
    ("it-020", "it", [
        "🏎️ Domenica raduno Ferrari in piazza!",
        "Dalle 10 alle 13 esposizione davanti al bar, poi giro panoramico fino a {Maranello|L}.",
        "Aperitivo offerto a tutti i partecipanti 🥂",
        "#ferrari #raduno {#modena|L}",
    ]),
    ("it-021", "it", [
        "{Ciccio|P:08} sei un mito!! I paccheri di ieri sera me li sogno ancora 😭😭 {@ciccioferraro|M:08}",
    ]),
    ("it-022", "it", [
        "Oggi si festeggiano i trent'anni d'{Andrea|P}, il barista più veloce di {Trastevere|L} ☕🎉",
        "Passate a fargli gli auguri: il primo caffè lo offre lui (non lo sa ancora 🤫)",
        "#auguri #bar {#roma|L}",
    ]),
    ("it-023", "it", [
        "🍂 Festa d'autunno alla primaria!",
        "I bambini della 2ªA con la maestra {Giulia|P} hanno preparato le caldarroste, quelli della 4ªB un cartellone gigante sulle stagioni.",
        "Le poesie le hanno lette {Chiara|P}, {Luca|P} e {Sofia|P}: bravissimi 👏",
        "Grazie alla prof.ssa {Bianchi|P} delle medie per il laboratorio di scienze e a tutti i genitori che hanno dato una mano 🙏",
        "#scuolaprimaria #festadautunno {#bergamo|L}",
    ]),
    ("it-024", "it", [
        "⛪ Grest 2025: iscrizioni aperte!",
        "Dal 16 giugno al 25 luglio, dalle 8 alle 17. Giochi, gite, compiti e piscina il giovedì.",
        "Per info rivolgetevi a don {Mario|P} dopo la messa delle 10 o in segreteria parrocchiale.",
        "#grest #oratorio {#verona|L}",
    ]),
    ("it-025", "it", [
        "🎶 VENERDÌ 21 MARZO | {ELISA D'ANDREA|P:09} LIVE 🎶",
        "Voce e chitarra, cantautrici italiane dagli anni '70 a oggi.",
        "{Eli|P:09} ci ha promesso anche due inediti 👀",
        "Ingresso libero con consumazione, dalle 21:30.",
        "{@elisa.dandrea|M:09} #livemusic {#varese|L}",
    ]),
    ("it-026", "it", [
        "Che emozione!! Mi ricordo ancora le prime bozze dell'{Anna|P:10} sul tavolo della cucina, vent'anni fa 😍 Auguri {@annamariarosa_|M:10} e lunga vita all'atelier!",
    ]),
    ("it-027", "it", [
        "💪 Nuovo corso di functional training: martedì e giovedì alle 18:30",
        "Coach: {Matteo di Stefano|P:02} (sì, proprio quello del calcetto ⚽)",
        "Prima lezione gratuita, scrivete a {Matteo|P:02} o chiedete alla reception.",
        "Il corso del lunedì resta con {Matteo Bruno|P}, occhio a non confondervi 😄",
        "#functionaltraining #palestra {#palermo|L}",
    ]),
    ("it-028", "it", [
        "Le foto sono arrivate e sto piangendo da mezz'ora 😭😭",
        "{Valentina Deluca|P:01} ha un dono, punto. Ogni volta che le riguardo trovo un dettaglio nuovo.",
        "Grazie {VALE|P:01}💛 ci vediamo al battesimo!!",
    ]),
    ("it-029", "it", [
        "🌿 RITIRO YOGA IN {VAL D'ORCIA|L} 🌿",
        "Tre giorni di pratica, cibo buono e silenzio, dal 12 al 14 settembre in un agriturismo vicino a {Pienza|L}.",
        "Conducono {Ale Dellavalle|P:07} e {Martina Conti|P}.",
        "Posti quasi finiti, per info {@ale.dellavalle|M:07} 🙏",
        "#yogaretreat {#valdorcia|L} {#toscana|L}",
    ]),
    ("it-030", "it", [
        "📋 CONVOCATE per la trasferta di {Cremona|L}:",
        "{Bianco|P}, {Colombo|P}, {Ferri|P}, {Galli|P}, {Marino|P}, {Rossi|P:06} (cap.), {Sala|P}, {Villa|P}, {Zanetti|P}",
        "Partenza alle 15 dal palazzetto 🚐",
        "In bocca al lupo ragazze, e auguri alla nostra capitana {@fede_rossi|M:06} per la 100ª presenza in maglia biancoblù!! 💙",
    ]),
    ("it-031", "it", [
        "Congratulazioni {Mariachiara Conte|P}, dottoressa in Giurisprudenza! 🎓🌿",
        "110 e lode a {Padova|L} e una tesi sul diritto d'autore che ci ha fatti emozionare tutti.",
        "Brindisi con mamma, papà e nonna {Pina|P}, arrivata apposta da {Lecce|L} 🥂",
        "Ora si festeggia, {Mariachiara|P}!!!",
        "#laurea #dottoressa #110elode",
    ]),
    ("it-032", "it", [
        "Bici sistemata in un giorno, grazie a {Nicolò|P:03} e a tutta l'officina 🙌 se cercate qualcuno che ne capisca davvero chiedete di {Nico|P:03} {@nico_damico|M:03}",
    ]),
    ("it-033", "it", [
        "Dieci anni fa {Francesco|P:08} apriva questo posto con due tavoli e una cucina minuscola.",
        "Oggi siamo in dodici, i tavoli sono trenta, ma lo chef {Ferraro|P:08} va ancora ogni mattina al mercato di {Porta Nolana|L} a scegliere il pesce 🐟",
        "Grazie {Fra|P:08}, e grazie a tutti voi che ci avete scelto in questi anni ❤️",
        "Fra due settimane festa grande: stay tuned! 🎉",
        "{@ciccioferraro|M:08} #10anni {#napoli|L}",
    ]),
    ("it-034", "it", [
        "Ho provato 14 abiti in 4 atelier. Poi la sig.ra {Rosa|P:10} mi ha guardata e ha detto «questo». Aveva ragione lei 🥹",
        "Grazie {Annamaria|P:10}, sei una maga ✨ {@annamariarosa_|M:10} @atelier.rosa.roma",
    ]),
    ("it-035", "it", [
        "📸 Cercasi second shooter per la stagione 2025!",
        "Si lavora in coppia con {Valentina de Luca|P:01}, quindi serve tanta pazienza 😂 (scherzo, {Vale|P:01} è adorabile)",
        "Matrimoni soprattutto in {Emilia-Romagna|L} e {Toscana|L}, qualche trasferta in {Puglia|L}.",
        "Portfolio in DM a {@valentinadeluca.ph|M:01}",
        "#secondshooter #lavoro #fotografia {#valentinadelucaphotography|P:01}",
    ]),
    ("it-036", "it", [
        "Nuova carta dei vini firmata {Gian Luca Dell’Acqua|P:05} 🍷",
        "120 etichette, metà pugliesi, e una sezione di vini naturali che {Gianluca|P:05} difende con passione (chiedetegli del Susumaniello, ma solo se avete tempo 😂)",
        "E per chiudere, i dolci di sua moglie {Maria Chiara Lo Russo|P:04} 🍰",
        "{@gianluca.dellacqua|M:05} {#polignanoamare|L}",
    ]),
    ("it-037", "it", [
        "Primo tuffo della stagione a {Polignano a Mare|L} 🌊",
        "Temperatura dell'acqua? Diciamo «tonificante» 🥶",
        "{#puglia|L} #mare #primotuffo",
    ]),
    ("it-038", "it", [
        "🚴 Uscita di gruppo domenica mattina!",
        "Ritrovo alle 8 davanti al negozio, giro di 70 km con salita a {Superga|L} e {Nico D’Amico|P:03} a fare da capogita.",
        "Passo tranquillo, nessuno resta indietro (parola di {NICO|P:03}) 🤞",
        "Casco obbligatorio, caffè all'arrivo offerto da noi ☕",
        "#ciclismo #uscitadigruppo {#torino|L}",
    ]),
    ("it-039", "it", [
        "Last home game before the surgery 💔",
        "Tutto il palazzetto in piedi per {Fede|P:06}, e lo striscione delle ragazze in curva: «{FEDE|P:06} TORNA PRESTO»",
        "{Fede's|P:06} knee will be fine: tornerà più forte di prima, ne siamo sicuri 💪",
        "{@fede_rossi|M:06} {#forzafede|P:06} #volley",
    ]),
    ("it-040", "it", [
        "⚽ Prima Categoria, 12ª giornata",
        "Vittoria in rimonta! Reti di {Marco De Luca|P} e di {Rossi|P} su rigore 🔥",
        "Tre punti che valgono doppio. Domenica si va a {Lodi|L}.",
        "#calcio #primacategoria #dilettanti",
    ]),
    ("it-041", "it", [
        "🚴‍♂️ Granfondo delle Langhe: 112 km e 2.100 metri di dislivello",
        "Bravissimo {Niccolo' D'Amico|P:03}, 14° assoluto e 2° di categoria!",
        "{Niccolò|P:03} ha fatto gli ultimi 20 km con la catena che saltava, ma chi lo conosce sa che per lui non è un problema 🔧😂",
        "#granfondo {#langhe|L} #ciclismo",
    ]),
    ("it-042", "it", [
        "Il grande giorno di {MARIA CHIARA|P:04} & {GIAN LUCA|P:05} raccontato dal nostro team 💐",
        "Tavoli in legno d'ulivo, limoni ovunque e una torta a cinque piani fatta dalla sposa in persona (sì, avete letto bene 🎂)",
        "{Chiara's|P:04} dress: @atelier.rosa.roma",
        "Location: {Masseria Torre Coccaro|L}, {Fasano|L}",
        "Couple: {@mariachiara.lorusso|M:04} & {@gianluca.dellacqua|M:05}",
        "{#ChiaraEGianluca|P:04,05} #weddingplanner #pugliawedding",
    ]),
    ("it-043", "it", [
        "♟️ Campionato provinciale under 14",
        "Primo posto per {Gianluca Lorusso|P} (6 punti su 7!), terza {Sofia Amato|P}.",
        "Bravissimi ragazzi, e grazie all'istruttore {Pietro|P} per tutte le trasferte del sabato 🙌",
        "#scacchi #under14 {#matera|L}",
    ]),
    ("it-044", "it", [
        "Buon compleanno {Vale|P}!! 🎈",
        "La mia compagna di banco, di viaggi e di disastri.",
        "Ti voglio bene, anche quando mi rubi le felpe 💕 {@valentina.moro_|M}",
    ]),
    ("it-045", "it", [
        "🎄 Aperti a pranzo anche a Natale e a Santo Stefano!",
        "Menù fisso a 45 €, bambini 20 €. Posti limitati, prenotate per tempo.",
        "#natale #santostefano #pranzodinatale",
    ]),
    ("it-046", "it", [
        "🏆 Pulcini 2016: primo torneo vinto!",
        "Gol decisivo di {Tommaso|P} su assist di {Teo|P}, e parate pazzesche di {Leo|P} ai rigori 🧤",
        "Bravi bimbi, e grazie a mister {Salvo|P} per la pazienza infinita 💚",
        "#pulcini #calciogiovanile {#catania|L}",
    ]),
    ("it-047", "it", [
        "🌸 Le pastiere sono tornate!",
        "La ricetta è quella di nonna {Rosa|P}, la stessa da tre generazioni: grano, ricotta e un'idea di fiori d'arancio.",
        "Disponibili da giovedì fino a Pasqua, prenotatele in negozio o in DM.",
        "#pastiera #pasqua {#napoli|L}",
    ]),
    ("it-048", "it", [
        "Ieri sera all'{Arena di Verona|L} per {Elisa|P} 😭✨",
        "Ho cantato tutto, ho pianto su «Luce», ho perso la voce.",
        "Con le mie compagne di avventura {@giuli.marra|M} e {@sere_bnc|M} 💫 grazie {Giuli|P} per i biglietti!!",
        "{#elisa|P} #concerto {#arenadiverona|L}",
    ]),
    ("it-049", "it", [
        "Lezione di stamattina 🔥 {Ale|P:07} ci ha distrutte ma ne è valsa la pena. Ci vediamo giovedì {@ale.dellavalle|M:07} 🙏🧘‍♀️",
    ]),
    ("it-050", "it", [
        "🚌 Gita delle classi terze a {Ravenna|L}: mosaici, piadina e tanta pioggia ☔",
        "Rientro previsto alle 19:30 nel piazzale della scuola.",
        "#gitascolastica #scuolamedia",
    ]),

    # ======================= Spanish (20) =======================
    ("es-001", "es", [
        "¡Qué noche! 💃🔥",
        "Gracias a todos los que vinisteis anoche al tablao de {Triana|L} a ver a {Lucía Fernández|P:11}.",
        "{Lucia|P:11} bailó una soleá que nos dejó sin palabras, y al final todo el público en pie 👏",
        "Próxima actuación: 15 de noviembre. ¡No os la perdáis!",
        "{@luciafdez|M:11} #flamenco #tablao {#sevilla|L}",
    ]),
    ("es-002", "es", [
        "Hoy en la barra manda {Jose Luis|P:12} 👨‍🍳",
        "Croquetas de jamón, gildas y el mejor torrezno de la ciudad, palabra.",
        "Si no lo veis, preguntad por {Joselu|P:12}: estará en la cocina peleándose con la freidora 😂",
        "{@joseluis.morales|M:12} #tapas {#lavapiés|L} {#madrid|L}",
    ]),
    ("es-003", "es", [
        "📚 Club de lectura de octubre",
        "Este mes leemos una novela corta llena de dilemas morales, perfecta para discutir con un café delante ☕",
        "Nos vemos el jueves 17 a las 19:00 en la librería. Entrada libre, plazas limitadas.",
        "#clubdelectura #libros {#malasaña|L}",
    ]),
    ("es-004", "es", [
        "Una boda de cuento en un castillo 🏰💍",
        "{Irene|P} y {Juan Pablo|P:13} por fin dijeron «sí, quiero» el sábado, con vistas al {Castillo de Butrón|L} y un sol que nadie esperaba en octubre ☀️",
        "Gracias a los dos por dejarnos formar parte de un día tan bonito.",
        "Flores: @floresdelnorte.bilbao",
        "{@juanpablocastillo_|M:13} {#bodadeireneyjuanpa|P:13} #bodasconencanto {#euskadi|L}",
    ]),
    ("es-005", "es", [
        "Hoy se jubila la seño {Mamen|P:14} 😢❤️",
        "Treinta y cinco años en este cole, tres generaciones de alumnos y una paciencia infinita.",
        "Gracias, {María del Carmen López Vidal|P:14}, por enseñarnos a leer, a sumar y a pedir perdón.",
        "La Sra. {López|P:14} dice que ahora se dedicará a su huerto y a sus nietos 🌻",
        "#jubilación #maestra #colegio {#granada|L}",
    ]),
    ("es-006", "es", [
        "Feliz cumple a la mejor compi de piso del mundo 🎂",
        "{Lucía|P}, gracias por los desayunos, las series y las charlas hasta las 4 de la mañana 💛",
        "{@luciaprieto_|M} #felizcumpleaños",
    ]),
    ("es-007", "es", [
        "Hoy cumple 80 años {Pepe|P}, el del quiosco de la plaza 🎉",
        "Medio barrio ha pasado a felicitarle y él, como siempre, regalando caramelos a los críos 🍬",
        "¡Muchas felicidades, {Pepe|P}!",
        "{#valladolid|L} #barrio",
    ]),
    ("es-008", "es", [
        "Gracias {Pepe|P:12} por todo!! El mejor cocido de {Madrid|L}, sin discusión 🙌 {@joseluis.morales|M:12}",
    ]),
    ("es-009", "es", [
        "{mamen|P:14} eres la mejor!! mi hija no para de hablar de ti ❤️ {@mamenlopez|M:14}",
    ]),
    ("es-010", "es", [
        "Clases de surf al amanecer en la {playa de la Zurriola|L} 🏄‍♂️🌅",
        "Con {Juanpa|P:13} os ponéis de pie en la primera sesión, palabra de instructor 😎",
        "Grupos reducidos, neopreno y tabla incluidos.",
        "Reserva en el link de la bio o escribe a {@juanpablocastillo_|M:13}",
        "#surf {#donostia|L}",
    ]),
    ("es-011", "es", [
        "🥖 40 años haciendo pan en el barrio",
        "Gracias a {Rosario|P} y {Manolo|P}, que abrieron este horno en 1985 y todavía bajan cada mañana a probar la primera hornada.",
        "Hoy, roscos de vino para todos los clientes 🍪",
        "#panadería #artesanos {#córdoba|L}",
    ]),
    ("es-012", "es", [
        "☀️ REBAJAS DE VERANO ☀️",
        "Hasta el 50 % en vestidos, sandalias y bolsos.",
        "Te esperamos en {calle Larios|L}, {Málaga|L}, de 10 a 21 h sin cierre a mediodía.",
        "#rebajas #moda #shopping",
    ]),
    ("es-013", "es", [
        "NEW CLASS ALERT 💃",
        "Flamenco para principiantes con {LUCÍA FERNÁNDEZ|P:11}",
        "Every Tuesday at 7pm, clases en inglés y español.",
        "{Lu's|P:11} classes fill up fast, so book now! 👉 {@luciafdez|M:11}",
        "#flamencoclass #sevillalife {#sevilla|L}",
    ]),
    ("es-014", "es", [
        "🎓 ¡Enhorabuena, promoción 2025!",
        "Ayer celebramos la graduación de 2º de Bachillerato del Colegio San Juan Pablo II.",
        "Mucha suerte en la PAU y en todo lo que venga ✨",
        "#graduación #bachillerato {#alicante|L}",
    ]),
    ("es-015", "es", [
        "🎭 Festival de fin de curso",
        "El viernes a las 18:00 en el patio: teatro de 3º, coro de 5º con la seño {Mamen|P:14} (¡vuelve por un día! 🥹) y, como invitada especial, la bailaora {Lucía Fernández|P:11} 💃",
        "Organiza el AMPA. ¡Os esperamos!",
        "{@mamenlopez|M:14} {@luciafdez|M:11} #fiestafindecurso",
    ]),
    ("es-016", "es", [
        "🏃‍♂️ ¡Enhorabuena, {José Luis Sánchez|P}!",
        "Primer maratón a los 62 años, y en 3h58 en {Valencia|L}. Un ejemplo para todo el club 💪",
        "#running #maratón #clubdeatletismo",
    ]),
    ("es-017", "es", [
        "🔪 Taller de cocina con {José Luis Morales|P:12}",
        "Sábado 9 de marzo, de 11 a 14 h: {Joselu|P:12} os enseña a hacer la tortilla perfecta (con cebolla, aquí eso no se discute 😂)",
        "Y de postre, las torrijas de su abuela {Encarna|P}, receta secreta hasta hoy 🤫",
        "Plazas limitadas, inscripciones por DM.",
        "{#joseluenlacocina|P:12} {#madrid|L}",
    ]),
    ("es-018", "es", [
        "¡Enhorabuena {Juan Pablo|P:13} e {Irene|P}!! 🥂 Que seáis muy felices, os lo merecéis todo {@juanpablocastillo_|M:13}",
    ]),
    ("es-019", "es", [
        "Mañana cerramos por la Feria 💃🎡",
        "Nos vemos en la caseta con {Lucía|P:11} y su cuadro flamenco, ¡a partir de las 22:00! {@luciafdez|M:11}",
        "Volvemos el lunes con las pilas cargadas. ¡Olé!",
        "{#sevilla|L} #feriadeabril",
    ]),
    ("es-020", "es", [
        "Felicidades a la Sra. {López|P} de la farmacia de la esquina: 30 años cuidándonos a todos ❤️ {#zaragoza|L}",
    ]),

    # ======================= Polish (20) =======================
    ("pl-001", "pl", [
        "Tort na 30. urodziny w stylu boho 🎂🌾",
        "Projekt i wykonanie: {Katarzyna Wiśniewska|P:15}",
        "Dziękujemy {Kasi|P:15} za cierpliwość przy 200 cukrowych różyczkach 🌸",
        "Zamówienia: {@kasia.wisniewska|M:15}",
        "{#tortyodkasi|P:15} #tortyweselne {#kraków|L}",
    ]),
    ("pl-002", "pl", [
        "🦋 Dzień Nauczyciela w grupie Motylków",
        "Dzieci przygotowały dla pani {Gosi|P:16} laurki i piosenkę, a pani {Gosia|P:16} oczywiście się wzruszyła 🥹",
        "Pani {Małgorzata Zielińska|P:16} pracuje w naszym przedszkolu od 25 lat. Dziękujemy! 💐",
        "#przedszkole #dzieńnauczyciela {#kraków|L}",
    ]),
    ("pl-003", "pl", [
        "🤾 Wielkie brawa dla {Tomka Lewandowskiego|P:17}!",
        "10 bramek w meczu z liderem i zwycięstwo 31:29 po szalonej końcówce 🔥",
        "{Tomek|P:17} – MVP spotkania, bez dwóch zdań.",
        "{@tomek.lewy|M:17} #piłkaręczna {#gdańsk|L}",
    ]),
    ("pl-004", "pl", [
        "Mecz reprezentacji na dużym ekranie w naszym pubie ⚽🍺",
        "Gol {Lewandowskiego|P} w 87. minucie i cały lokal na nogach!!",
        "W sobotę powtórka, rezerwacje stolików przez DM.",
        "#pub #mecz {#warszawa|L}",
    ]),
    ("pl-005", "pl", [
        "Dziękujemy {Łukaszowi Kamińskiemu|P:18} za przepiękne zdjęcia z naszego ślubu 📸🤍",
        "{Lukasz|P:18}, jesteś mistrzem! Każde zdjęcie to osobna historia.",
        "Polecamy z całego serca: {@lukasz.kaminski.foto|M:18}",
        "#ślub #fotografślubny {#wrocław|L}",
    ]),
    ("pl-006", "pl", [
        "Zbieramy kamyki i muszelki na plaży w {Sopocie|L} 🌊🐚",
        "Potem gofry z bitą śmietaną, bo wakacje bez gofrów się nie liczą 😄",
        "#morze {#bałtyk|L} #wakacje",
    ]),
    ("pl-007", "pl", [
        "📚 Dziękujemy pani {Nowak|P} za zorganizowanie konkursu recytatorskiego!",
        "Pierwsze miejsce zajęła {Kasia Wójcik|P} z klasy 3b, drugie {Filip Kaczmarek|P} z 4a. Gratulacje! 🏆",
        "#szkoła #konkurs {#łódź|L}",
    ]),
    ("pl-008", "pl", [
        "kurs dekorowania tortów z {Kasią|P:15} to był najlepszy prezent urodzinowy ever 😍 {@kasia.wisniewska|M:15}",
    ]),
    ("pl-009", "pl", [
        "{Aga|P} & {Marek|P} 🤍",
        "Ślub w {Wrocławiu|L}, wesele w stodole pod miastem, a na koniec sesja o zachodzie słońca 🌅",
        "Sala: @stodolapodlipami",
        "Foto: {@lukasz.kaminski.foto|M:18}",
        "{#agaimarek|P} #ślub2024 #weddingpoland",
    ]),
    ("pl-010", "pl", [
        "Wszystkiego najlepszego, {Gosiu|P}!! 🎉🎂",
        "Dzięki, że jesteś, nawet jak spóźniasz się na każdą kawę ☕😂",
        "{@gosia.kwiatkowska|M}",
    ]),
    ("pl-011", "pl", [
        "Nasz piekarz {Tomek|P} wstaje o trzeciej w nocy, żebyście rano mieli ciepłe bułki 🥐",
        "Dziś {Tomek|P} kończy 50 lat – wpadnijcie złożyć mu życzenia!",
        "#piekarnia #rzemiosło {#toruń|L}",
    ]),
    ("pl-012", "pl", [
        "Ogromne podziękowania dla pani {Małgorzaty Zielińskiej|P:16} ❤️",
        "Nasz syn codziennie rano pyta, czy w przedszkolu będzie pani {Gosia|P:16}, a wieczorem opowiada tylko o niej 😊",
        "Pani {Małgosiu|P:16}, jest Pani wspaniała! {@gosia.zielinska|M:16}",
    ]),
    ("pl-013", "pl", [
        "🚲 Nowa dostawa rowerów gravelowych już w sklepie!",
        "Rozmiary od S do XL, jazdy testowe w każdą sobotę.",
        "Zapraszamy do sklepu na {Jeżycach|L} 😉",
        "#rower #gravel {#poznań|L}",
    ]),
    ("pl-014", "pl", [
        "🏔️ Obóz treningowy w {Zakopanem|L} – dzień 3",
        "Coach {Tomasz Lewandowski|P:17} nie odpuszcza: rano góry, po południu hala, wieczorem rozciąganie.",
        "Z {Tomkiem|P:17} nie ma lekko, ale chłopaki dają radę 💪😅",
        "{@tomek.lewy|M:17} #handball #obóz",
    ]),
    ("pl-015", "pl", [
        "{Kasiu|P:15}, tort był obłędny!!! 🍰 Goście pytali, gdzie zamawialiśmy – oczywiście u {Kasi Wiśniewskiej|P:15} 😍 Polecamy każdemu!",
    ]),
    ("pl-016", "pl", [
        "🤾‍♂️ Juniorzy młodsi: wygrana 28:24 na wyjeździe w {Gdyni|L}!",
        "Najwięcej bramek: {Kuba|P} (8), {Oskar|P} (6), {Szymon|P} (5).",
        "Trener {Tomek Lewandowski|P:17} po meczu: „Obrona na piątkę, atak na trójkę” 😄",
        "#piłkaręczna #juniorzy",
    ]),
    ("pl-017", "pl", [
        "Gratulacje dla {Łukasza Dąbrowskiego|P}, który zdobył srebrny medal mistrzostw województwa w pływaniu! 🥈🏊‍♂️",
        "Trenuje z nami od 7. roku życia – jesteśmy dumni!",
        "#pływanie #klub {#katowice|L}",
    ]),
    ("pl-018", "pl", [
        "polecam {lukasza kaminskiego|P:18} z całego serca!! zdjęcia z naszego ślubu są cudowne, a {Kamyk|P:18} to po prostu najpozytywniejszy człowiek na świecie 😊 {@lukasz.kaminski.foto|M:18}",
    ]),
    ("pl-019", "pl", [
        "🎭 Bal karnawałowy w przedszkolu!",
        "Były księżniczki, strażacy, piraci i jeden dinozaur 🦖",
        "Tort ufundowała mama {Tosi|P}, a upiekła go {@kasia.wisniewska|M:15} 😍",
        "Wodzirejem była oczywiście pani {Gosia|P:16} {@gosia.zielinska|M:16} 💃",
        "#bal #przedszkole {#kraków|L}",
    ]),
    ("pl-020", "pl", [
        "🎄 Informujemy, że 24 i 31 grudnia sklep będzie czynny do 13:00.",
        "Wesołych Świąt i do zobaczenia w nowym roku! ✨",
        "#sklep #święta",
    ]),

    # ======================= French (20) =======================
    ("fr-001", "fr", [
        "Atelier modelage ce samedi 🏺✨",
        "Animé par {Hélène Girard|P:19}, céramiste installée sur les pentes de la {Croix-Rousse|L}.",
        "{Helene|P:19} vous apprendra à monter un bol au colombin, cuisson comprise (récupération des pièces trois semaines plus tard).",
        "Inscriptions : {@helene.girard.ceramique|M:19}",
        "#céramique #atelier {#lyon|L}",
    ]),
    ("fr-002", "fr", [
        "🏉 Victoire bonifiée à domicile, 38-12 !",
        "Bravo à tout le groupe, et à {Jean-Luc Marchand|P:20} pour son 200e match sur le banc 👏",
        "Merci {JL|P:20}, on ne serait pas là sans toi 💙",
        "{@jeanluc.marchand|M:20} #rugby #fédérale1 {#toulouse|L}",
    ]),
    ("fr-003", "fr", [
        "🍦 Le marchand de glaces est de retour à l'entrée du bois !",
        "Tous les dimanches jusqu'à fin septembre, à côté des balançoires.",
        "On a testé le sorbet abricot-lavande : validé 👌",
        "#été {#annecy|L}",
    ]),
    ("fr-004", "fr", [
        "{Claire|P} & {Antoine|P} 💍",
        "Un mariage champêtre près de {Saint-Émilion|L}, entre les vignes et une pluie d'été qui n'a dérangé personne ☔",
        "Coiffure et maquillage : {Laurence Dubois|P:21}. {Lolo|P:21}, merci pour ta douceur et tes mains de fée ✨",
        "Fleurs : @atelierpivoine.bx",
        "{@lolo.dubois|M:21} {#mariageclaireetantoine|P} #mariage #photographemariage",
    ]),
    ("fr-005", "fr", [
        "📚 Cette semaine en vitrine : les Lumières !",
        "{Rousseau|P}, {Voltaire|P}, {Diderot|P} et une sélection de BD pour les plus jeunes.",
        "-10 % sur les classiques jusqu'à samedi.",
        "#librairie #philosophie {#bordeaux|L}",
    ]),
    ("fr-006", "fr", [
        "Finisheuse de son premier Ironman 🏊‍♀️🚴‍♀️🏃‍♀️",
        "{MATHILDE ROUSSEAU|P:22} : 3,8 km de natation, 180 km de vélo et un marathon, en 12h41 😱",
        "On est tellement fiers de toi {Mathou|P:22} !!!",
        "{@mathilde.rsso|M:22} #ironman #triathlon {#nice|L}",
    ]),
    ("fr-007", "fr", [
        "Joyeux anniversaire {Hélène|P} ! 🎂🥂",
        "Trente ans d'amitié, de fous rires et de vacances ratées à {Biarritz|L} 😂",
        "{@helene_dumas|M}",
    ]),
    ("fr-008", "fr", [
        "merci {jean luc|P:20} pour tout ce que tu fais pour les jeunes du club 🙏🏉 {@jeanluc.marchand|M:20}",
    ]),
    ("fr-009", "fr", [
        "Merci Mme {Girard|P:19} pour le stage de cet été, mes enfants ont adoré 🥰 Ils veulent déjà revenir ! {@helene.girard.ceramique|M:19}",
    ]),
    ("fr-010", "fr", [
        "☕ Nouveau : le brunch du dimanche !",
        "Pancakes, œufs brouillés, granola maison et jus pressé.",
        "De 10h à 14h, sans réservation.",
        "#brunch #café {#rennes|L}",
    ]),
    ("fr-011", "fr", [
        "Bon anniversaire à notre {Lolo|P} national 🥳",
        "{Laurent|P}, ça fait dix ans que tu sers les meilleurs cafés du quartier et que tu connais le prénom de tous les clients 💛",
        "#bistrot #anniversaire {#marseille|L}",
    ]),
    ("fr-012", "fr", [
        "Bridal trial today ✨",
        "{Laurence's|P:21} magic hands : un chignon bas, quelques mèches libres et un make-up tout en lumière.",
        "Merci {Laurence|P:21} ! {@lolo.dubois|M:21}",
        "#bridalhair #mariée {#bordeaux|L}",
    ]),
    ("fr-013", "fr", [
        "🌿 Sortie au {Jardin des Plantes|L} pour les CE1 !",
        "Avec la maîtresse {Sophie|P}, les enfants ont dessiné des cactus géants et appris le nom de dix arbres 🌳",
        "Merci aux parents accompagnateurs !",
        "#école #sortiescolaire {#paris|L}",
    ]),
    ("fr-014", "fr", [
        "Premier semi-marathon bouclé à {Nantes|L} ✅",
        "1h34, record perso pulvérisé par {Mathilde|P:22} malgré le vent 💨",
        "Prochain objectif ? Un marathon complet au printemps 😏",
        "{#teammathou|P:22} {@mathilde.rsso|M:22} #running",
    ]),
    ("fr-015", "fr", [
        "Après 42 ans derrière le comptoir, {Jean-Luc Perrin|P} range son tablier 🥖",
        "Merci pour les croissants, les baguettes pas trop cuites et les prévisions météo du matin 😄",
        "La boulangerie continue avec {Yasmine|P} et {Mehdi|P}, ses apprentis devenus associés 👏",
        "#boulangerie {#quimper|L}",
    ]),
    ("fr-016", "fr", [
        "🎨 Marché des créateurs ce week-end à la {Halle Tony Garnier|L} !",
        "Plus de 80 exposants : bijoux, textile, illustration, et les bols d'{Hélène Girard|P:19} qui partent toujours en premier 😉",
        "Petit conseil : passez tôt chez {Hélène|P:19}, et ne ratez pas les affiches de {Margaux Lemoine|P} juste à côté.",
        "{@helene.girard.ceramique|M:19} #marchédescréateurs {#lyon|L}",
    ]),
    ("fr-017", "fr", [
        "Pas de match ce week-end 🏉",
        "Reprise de l'entraînement mardi à 19h au stade. Pensez à vos licences !",
        "#rugby #entrainement",
    ]),
    ("fr-018", "fr", [
        "🎙️ Rencontre avec {Mathilde Rousseau|P:22}, triathlète nantaise et cliente fidèle depuis 2019",
        "« Le vélo, c'est là que je souffre le plus, donc c'est là que je progresse le plus. »",
        "Retrouvez l'interview complète de {Mathilde|P:22} sur notre blog, et son matos préféré en magasin 🚴‍♀️",
        "{@mathilde.rsso|M:22} #triathlon {#nantes|L}",
    ]),
    ("fr-019", "fr", [
        "📣 ASSEMBLÉE GÉNÉRALE DU CLUB",
        "Vendredi 20h au club-house. Ordre du jour : bilan de la saison, budget, et le mot de {JEAN-LUC|P:20} 🏉",
        "Merci de confirmer votre présence auprès de M. {Marchand|P:20} avant mercredi {@jeanluc.marchand|M:20}",
        "{#toulouse|L}",
    ]),
    ("fr-020", "fr", [
        "{Inès|P} & {Karim|P} 🤍",
        "Cérémonie laïque au bord du {bassin d'Arcachon|L}, puis dîner sous les pins jusqu'au bout de la nuit 🌲✨",
        "Merci à {Lolo|P:21} pour la mise en beauté de la mariée {@lolo.dubois|M:21} 💄",
        "#mariage {#arcachon|L}",
    ]),

    # ======================= Dutch (20) =======================
    ("nl-001", "nl", [
        "Nieuwe expositie! ✏️🎨",
        "Tot eind maart hangt het werk van {Zoë de Graaf|P:23} bij ons aan de muur.",
        "{Zoe|P:23} tekende de afgelopen maanden alle grachten en bruggen van de binnenstad, met fineliner en heel veel geduld.",
        "Kom kijken, de koffie staat klaar ☕ {@zoedegraaf|M:23}",
        "{#utrecht|L} #illustratie #expositie",
    ]),
    ("nl-002", "nl", [
        "🏑 HEREN 1 KAMPIOEN! 🏆",
        "In de laatste minuut scoorde {Joep Verhoeven|P:24} de winnende strafcorner 🔥",
        "{JOEP|P:24}!!! Wat een ontknoping.",
        "{@joepverhoeven|M:24} #hockey #kampioen {#eindhoven|L}",
    ]),
    ("nl-003", "nl", [
        "Vandaag namen we afscheid van juf {Anouk|P:25} 😢",
        "Na 12 jaar op onze school begint juf {Anouk Bakker|P:25} aan een nieuw avontuur in {Zeeland|L}.",
        "Groep 5 zong een lied, groep 8 maakte een fotoboek. Dankjewel {Nouk|P:25}, we gaan je missen! 💛",
        "{#bedanktjufanouk|P:25} {#haarlem|L}",
    ]),
    ("nl-004", "nl", [
        "Zaterdag naar {Anouk|P} in de {Ziggo Dome|L} 🎤🖤",
        "Eerst nog even langs de bakker voor broodjes, dan de trein naar {Amsterdam|L}.",
        "Wie gaat er nog meer? 🙋‍♀️",
        "{#anouk|P} #concert",
    ]),
    ("nl-005", "nl", [
        "{Lisa|P} & {Daan|P} 💍",
        "Een septemberbruiloft in de {Hortus Botanicus|L}, met een bruid op sneakers en een bruidegom die drie keer zijn speech vergat 😂",
        "Foto's: {Sven van ’t Hof|P:26}. Dankjewel {Sven|P:26}, wat een beelden!",
        "Taart: @taartenvanlotte",
        "{@svenvanthof|M:26} {#lisaendaan|P} #bruiloft {#leiden|L}",
    ]),
    ("nl-006", "nl", [
        "🏰 Rondleiding door het {Muiderslot|L} vandaag!",
        "De gids vertelde over graaf {Floris V|P}, die hier het eerste kasteel liet bouwen, en we mochten zelf met pijl en boog schieten 🏹",
        "Echt een aanrader met kinderen.",
        "#uitje #kasteel {#muiden|L}",
    ]),
    ("nl-007", "nl", [
        "{zoe|P:23} je bent zo getalenteerd 😍😍 die tekening van de {Domtoren|L} wil ik echt in mijn woonkamer {@zoedegraaf|M:23}",
    ]),
    ("nl-008", "nl", [
        "🎈 Onze {Joep|P} uit groep 1 is vandaag 4 jaar geworden!",
        "Hij trakteerde op fruitspiesjes en mocht de hele dag de kroon op 👑",
        "#jarig #basisschool",
    ]),
    ("nl-009", "nl", [
        "Fotograaf {Sven van t Hof|P:26} heeft onze bruiloft fantastisch vastgelegd 📸 Rustig, grappig en altijd op de juiste plek. Aanrader!! {@svenvanthof|M:26}",
    ]),
    ("nl-010", "nl", [
        "🥐 Vers van de bakker, elke ochtend vanaf 7 uur!",
        "Nieuw in het assortiment: speltbrood met walnoten en een knapperig desembrood.",
        "#bakkerij #brood {#groningen|L}",
    ]),
    ("nl-011", "nl", [
        "🎾 Clubkampioenschappen afgerond!",
        "Bij de dames won {Fleur Kok|P} na een spannende finale van {Iris de Boer|P}, bij de heren was {Ruben Visser|P} oppermachtig. Proficiat!",
        "#tennis #clubkampioen {#zwolle|L}",
    ]),
    ("nl-012", "nl", [
        "Juf {Anouk|P:25} zoekt nog lege wc-rolletjes en eierdozen voor het knutselproject van groep 3 🥚🧻",
        "Inleveren kan tot vrijdag in de klas! {@jufanouk|M:25}",
    ]),
    ("nl-013", "nl", [
        "{ZOË DE GRAAF|P:23} × {Utrecht|L} ✨",
        "Haar nieuwe prints van de stad zijn binnen: A4 en A3, gedrukt op gerecycled papier en allemaal gesigneerd.",
        "{Zoë's|P:23} favoriet? De {Oudegracht|L} bij nacht 🌙",
        "Verkrijgbaar in de winkel en online (link in bio). {@zoedegraaf|M:23}",
    ]),
    ("nl-014", "nl", [
        "Joepie! {Joep|P:24} speelt vandaag zijn 100e wedstrijd voor Heren 1 🎉🏑",
        "Na afloop taart in de kantine, iedereen is welkom!",
        "{@joepverhoeven|M:24} {#teamjoep|P:24}",
    ]),
    ("nl-015", "nl", [
        "Welkom bij het team, {Sven|P}! 👋",
        "Vanaf maandag versterkt hij onze keuken als sous-chef, na jaren in {Rotterdam|L}.",
        "{@sven.koks|M} #horeca #nieuwecollega",
    ]),
    ("nl-016", "nl", [
        "✏️ Vandaag kwam illustrator {Zoë de Graaf|P:23} op bezoek in groep 5 van juf {Anouk|P:25}!",
        "De kinderen leerden hoe je in vijf stappen een stripfiguur tekent. Wat een talenten 🤩",
        "Dankjewel {Zoe|P:23} {@zoedegraaf|M:23}, en {@jufanouk|M:25} voor de organisatie!",
        "#basisschool #tekenles",
    ]),
    ("nl-017", "nl", [
        "🌷 De hof staat in bloei!",
        "Zondag rondleidingen door de tuin om 11:00 en 14:00, toegang gratis.",
        "#tuin #lente {#delft|L}",
    ]),
    ("nl-018", "nl", [
        "NEW WORK 📸",
        "Wedding season is officially over, and what a season it was.",
        "Thanks to all 23 couples who trusted {SVEN VAN 'T HOF|P:26} with their day 🤍",
        "More on the website. {@svenvanthof|M:26}",
        "#weddingphotographer {#amsterdam|L}",
    ]),
    ("nl-019", "nl", [
        "⛸️ De ijsbaan is open!",
        "Schaatsverhuur van 10 tot 22 uur, warme chocomel bij de kassa.",
        "#schaatsen #winter {#assen|L}",
    ]),
    ("nl-020", "nl", [
        "📢 Ouderavond groep 7 op dinsdag 14 november.",
        "Mevrouw {Bakker|P:25} ({Anouk|P:25}) vertelt over de eindtoets en het schoolkamp op de {Veluwe|L}.",
        "Aanmelden via de app of bij juf {Anouk|P:25} zelf.",
        "{@jufanouk|M:25}",
    ]),
]

EXPECTED_PER_LANG = {"it": 50, "es": 20, "pl": 20, "fr": 20, "nl": 20}
LANG_ORDER = ["it", "es", "pl", "fr", "nl"]

# ---------------------------------------------------------------------------
# Parsing and checks
# ---------------------------------------------------------------------------
MARK_RE = re.compile(r"\{([^{}|\n]+)\|([PML])(?::([0-9]{2}(?:,[0-9]{2})*))?\}")
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
HASHTAG_RE = re.compile(r"#\w+")
LABELS = {"P": "PERSON", "M": "MENTION", "L": "LOCATION"}
PARTICLES = {"de", "di", "da", "del", "della", "dell", "lo", "la", "le", "van", "t", "d", "y"}
RECORD_ID_RE = re.compile(r"^(it|es|pl|fr|nl)-[0-9]{3}$")


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("’", "'")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def name_tokens(people):
    """Folded words that could be read as a listed person's name."""
    toks = set()
    for _pid, name, aliases, _handles in people:
        for form in [name] + list(aliases):
            words = [w for w in re.split(r"[\s\-']+", fold(form)) if w]
            for w in words:
                if w not in PARTICLES and len(w) >= 2:
                    toks.add(w)
            if len(words) > 1:
                toks.add("".join(words))
        # glued surname forms: "De Luca" -> "deluca", "van 't Hof" -> "vanthof"
        words = [w for w in re.split(r"[\s\-']+", fold(name)) if w]
        for i in range(1, len(words) - 1):
            if words[i] in PARTICLES:
                toks.add("".join(words[i:]))
    return toks


def parse(raw, rid, errors):
    """Turn marked-up text into (text, spans).  span = (start, end, label, ids)."""
    out, spans, pos, length = [], [], 0, 0
    for m in MARK_RE.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, lab, ids = m.group(1), m.group(2), m.group(3)
        if surface != surface.strip():
            errors.append(f"{rid}: surface has outer whitespace: {surface!r}")
        idlist = [ID_PREFIX + i for i in ids.split(",")] if ids else []
        if len(set(idlist)) != len(idlist):
            errors.append(f"{rid}: duplicate id in mark {m.group(0)!r}")
        spans.append((length, length + len(surface), LABELS[lab], idlist))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        errors.append(f"{rid}: stray brace / malformed mark in text")
    return text, spans


def check_record(rid, lang, text, spans, people, tokens, errors):
    pids = {p[0]: p for p in people}
    handle_owner = {}
    for pid, _n, _a, hs in people:
        for h in hs:
            handle_owner[h.lower()] = pid

    if unicodedata.normalize("NFC", text) != text:
        errors.append(f"{rid}: text is not NFC")
    if text != text.strip():
        errors.append(f"{rid}: text has leading/trailing whitespace")
    if not RECORD_ID_RE.match(rid) or not rid.startswith(lang + "-"):
        errors.append(f"{rid}: bad record id for lang {lang}")

    prev_end = -1
    for s, e, lab, ids in spans:
        surf = text[s:e]
        if s < prev_end:
            errors.append(f"{rid}: overlapping spans at {s}")
        prev_end = e
        for i in ids:
            if i not in pids:
                errors.append(f"{rid}: unknown opt-out id {i}")
        if lab == "LOCATION" and ids:
            errors.append(f"{rid}: LOCATION with ids: {surf!r}")
        if lab == "MENTION":
            hm = HANDLE_RE.match(text, s)
            if not hm or hm.start() != s or hm.end() != e:
                errors.append(f"{rid}: MENTION is not a whole handle: {surf!r}")
            owner = handle_owner.get(surf.lower())
            if ids and (len(ids) != 1 or owner != ids[0]):
                errors.append(f"{rid}: MENTION {surf} marked {ids} but belongs to {owner}")
            if not ids and owner:
                errors.append(f"{rid}: listed handle {surf} marked as not listed")
            if surf.lower() in BUSINESS_HANDLES:
                errors.append(f"{rid}: business handle {surf} annotated")
            continue
        if "@" in surf:
            errors.append(f"{rid}: '@' inside {lab} span {surf!r}")
        if surf.startswith("#"):
            hm = HASHTAG_RE.match(text, s)
            if not hm or hm.end() != e:
                errors.append(f"{rid}: hashtag span not the whole hashtag: {surf!r}")
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "#"):
                errors.append(f"{rid}: hashtag span glued on the left: {surf!r}")
        else:
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "#@_"):
                errors.append(f"{rid}: span starts inside a word: {surf!r}")
            if e < len(text) and (text[e].isalnum() or text[e] == "_"):
                errors.append(f"{rid}: span ends inside a word: {surf!r}")
        if not surf[0].isalnum() and surf[0] != "#":
            errors.append(f"{rid}: span starts with punctuation: {surf!r}")
        if not surf[-1].isalnum() and surf[-1] not in "'":
            errors.append(f"{rid}: span ends with punctuation: {surf!r}")

    # Every @handle is either a MENTION span or a declared business handle.
    mention_starts = {s: e for s, e, lab, _ in spans if lab == "MENTION"}
    for hm in HANDLE_RE.finditer(text):
        if mention_starts.get(hm.start()) == hm.end():
            continue
        h = hm.group(0)
        if h.lower() not in BUSINESS_HANDLES:
            errors.append(f"{rid}: unmarked handle {h} not in BUSINESS_HANDLES")
        for s, e, _l, _i in spans:
            if s < hm.end() and hm.start() < e:
                errors.append(f"{rid}: business handle {h} overlaps a span")
    if "@" in re.sub(HANDLE_RE, "", text):
        errors.append(f"{rid}: stray '@' that is not a handle")

    # Unmarked look-alikes of listed names must be declared in NOT_NAMES.
    masked = list(text)
    for s, e, _l, _i in spans:
        masked[s:e] = [" "] * (e - s)
    for hm in HANDLE_RE.finditer(text):
        masked[hm.start():hm.end()] = [" "] * (hm.end() - hm.start())
    folded = fold("".join(masked))
    found = set()
    for tok in tokens:
        if re.search(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", folded):
            found.add(tok)
    declared = {fold(w) for w in NOT_NAMES.get(rid, [])}
    for tok in sorted(found - declared):
        errors.append(f"{rid}: unmarked name-like word {tok!r} (annotate it or declare it in NOT_NAMES)")
    for tok in sorted(declared - found):
        errors.append(f"{rid}: NOT_NAMES entry {tok!r} does not occur unmarked")


def build():
    errors = []
    ids = [p[0] for p in PEOPLE]
    if len(set(ids)) != len(ids):
        errors.append("duplicate opt-out ids")
    for n, p in enumerate(PEOPLE, 1):
        if p[0] != f"{ID_PREFIX}{n:02d}":
            errors.append(f"opt-out ids not consecutive at {p[0]}")
        for h in p[3]:
            if not HANDLE_RE.fullmatch(h):
                errors.append(f"{p[0]}: bad handle {h}")
            if h.lower() in BUSINESS_HANDLES:
                errors.append(f"{p[0]}: handle {h} also in BUSINESS_HANDLES")
        for field in [p[1]] + p[2] + p[3]:
            if ";" in field or "," in field:
                errors.append(f"{p[0]}: separator inside {field!r}")
    all_handles = [h.lower() for p in PEOPLE for h in p[3]]
    if len(set(all_handles)) != len(all_handles):
        errors.append("a handle belongs to two people")
    for k in NOT_NAMES:
        if k not in {r[0] for r in RECORDS}:
            errors.append(f"NOT_NAMES key {k} is not a record")

    tokens = name_tokens(PEOPLE)
    records, seen, per_lang = [], set(), {}
    used_business = set()
    for rid, lang, lines in RECORDS:
        if rid in seen:
            errors.append(f"duplicate record id {rid}")
        seen.add(rid)
        per_lang[lang] = per_lang.get(lang, 0) + 1
        text, spans = parse("\n".join(lines), rid, errors)
        check_record(rid, lang, text, spans, PEOPLE, tokens, errors)
        for hm in HANDLE_RE.finditer(text):
            if hm.group(0).lower() in BUSINESS_HANDLES:
                used_business.add(hm.group(0).lower())
        records.append({
            "id": rid,
            "lang": lang,
            "text": text,
            "entities": [[s, e, lab] for s, e, lab, _ in spans],
            "listed": [[s, e, i] for s, e, _lab, idl in spans for i in idl],
        })
    # record ids consecutive per language and in order
    for lang in LANG_ORDER:
        got = [r["id"] for r in records if r["lang"] == lang]
        want = [f"{lang}-{n:03d}" for n in range(1, EXPECTED_PER_LANG[lang] + 1)]
        if got != want:
            errors.append(f"{lang}: record ids not consecutive / wrong count ({len(got)})")
    if per_lang != EXPECTED_PER_LANG:
        errors.append(f"records per language {per_lang} != {EXPECTED_PER_LANG}")
    for h in sorted(BUSINESS_HANDLES - used_business):
        errors.append(f"BUSINESS_HANDLES entry {h} never used")
    referenced = {i for r in records for _s, _e, i in r["listed"]}
    for pid in ids:
        if pid not in referenced:
            errors.append(f"opt-out person {pid} never referenced")
    return records, errors


def stats(records):
    lines = []
    lines.append("| lang | records | with listed people | with unlisted people only | naming nobody | listed entries |")
    lines.append("|------|--------:|-------------------:|--------------------------:|--------------:|---------------:|")
    tot = [0, 0, 0, 0, 0]
    for lang in LANG_ORDER:
        rs = [r for r in records if r["lang"] == lang]
        wl = sum(1 for r in rs if r["listed"])
        people_spans = lambda r: [x for x in r["entities"] if x[2] in ("PERSON", "MENTION")]
        uo = sum(1 for r in rs if not r["listed"] and people_spans(r))
        nb = sum(1 for r in rs if not people_spans(r))
        le = sum(len(r["listed"]) for r in rs)
        row = [len(rs), wl, uo, nb, le]
        tot = [a + b for a, b in zip(tot, row)]
        lines.append(f"| {lang}   | " + " | ".join(str(x) for x in row) + " |")
    lines.append("| all  | " + " | ".join(str(x) for x in tot) + " |")
    out = "\n".join(lines) + "\n"

    listed_spans = lambda r: {(s, e) for s, e, _ in r["listed"]}
    lab_counts = {}
    for r in records:
        ls = listed_spans(r)
        for s, e, lab in r["entities"]:
            key = (lab, (s, e) in ls)
            lab_counts[key] = lab_counts.get(key, 0) + 1
    mixed = sum(1 for r in records if r["listed"] and any(
        lab in ("PERSON", "MENTION") and (s, e) not in listed_spans(r) for s, e, lab in r["entities"]))
    any_unlisted = sum(1 for r in records if any(
        lab in ("PERSON", "MENTION") and (s, e) not in listed_spans(r) for s, e, lab in r["entities"]))
    couples = 0
    multi = 0
    for r in records:
        per_span = {}
        for s, e, i in r["listed"]:
            per_span.setdefault((s, e), []).append(i)
        couples += sum(1 for v in per_span.values() if len(v) > 1)
        forms = {}
        for s, e, i in r["listed"]:
            forms.setdefault(i, set()).add(r["text"][s:e])
        if any(len(v) >= 2 for v in forms.values()):
            multi += 1
    n_listed = sum(len(r["listed"]) for r in records)
    n_listed_spans = sum(len(listed_spans(r)) for r in records)
    for lab in ("PERSON", "MENTION", "LOCATION"):
        a, b = lab_counts.get((lab, True), 0), lab_counts.get((lab, False), 0)
        out += f"{lab}: {a + b} ({a} listed, {b} not)\n"
    out += f"listed entries: {n_listed} on {n_listed_spans} distinct spans; spans with 2 ids: {couples}\n"
    out += f"records naming an unlisted person: {any_unlisted} (of which also listed: {mixed})\n"
    out += f"records naming one listed person in >=2 different surface forms: {multi}\n"
    return out


def main():
    records, errors = build()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written.", file=sys.stderr)
        return 1

    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "name", "aliases", "handles"])
    for pid, name, aliases, handles in PEOPLE:
        w.writerow([pid, name, ";".join(aliases), ";".join(handles)])
    outputs = {"records.jsonl": jsonl, "optout.csv": buf.getvalue()}
    for fname, content in outputs.items():
        tmp = os.path.join(HERE, fname + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(content)
    for fname in outputs:
        os.replace(os.path.join(HERE, fname + ".tmp"), os.path.join(HERE, fname))
    print(f"wrote {len(records)} records, {len(PEOPLE)} opt-out people")
    print(stats(records), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
