#!/usr/bin/env python3
"""Generates data/quotes/verbs_{fr,en,es,de}.txt: one speech verb per line, `lemma: forms...`.

Regular inflections are produced by rule; irregular verbs are listed with their forms. The output
is committed; rerun this script after editing the lists below (python3 tools/gen_verbs.py).
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "quotes")

FR_ER = """déclarer noter affirmer ajouter souligner indiquer expliquer estimer assurer annoncer
préciser insister rappeler confier raconter témoigner lancer jugé juger qualifier déplorer dénoncer
regretter saluer avertir répliquer rétorquer protester martelé marteler trancher résumer ironiser
commenter confirmer démentir nier réclamer demander exhorter appeler plaider prévenir réagir
interroger observer relever signaler constater mettre_en_garde tweeter twitter
plaisanter s'exclamer exclamer s'inquiéter inquiéter alerter menacer promettre assurer garantir
accuser reprocher critiquer fustiger condamner féliciter remercier exprimer réitérer répéter
insister poursuivre enchaîner conclure glisser lâcher souffler murmurer crier clamer
proclamer revendiquer concéder reconnaître avouer admettre objecter contester déplorer
prôner recommander suggérer proposer évoquer mentionner citer détailler
argumenter justifier défendre presser inviter encourager implorer supplier exiger insister
dire écrire répondre""".split()
FR_IRREG = {
    "dire": "dit disent disait disaient dira dirait disant dis",
    "écrire": "écrit écrivent écrivait écrivaient écrivit écrivant écrira",
    "répondre": "répondu répond répondent répondait répondit répondant répondra",
    "reconnaître": "reconnu reconnue reconnaît reconnait reconnaissent reconnaissait reconnut reconnaissant",
    "admettre": "admis admet admettent admettait admit admettant",
    "promettre": "promis promet promettent promettait promit promettant",
    "prévenir": "prévenu prévient préviennent prévenait prévint prévenant",
    "soutenir": "soutenu soutient soutiennent soutenait soutint soutenant",
    "maintenir": "maintenu maintient maintiennent maintenait",
    "convenir": "convenu convient conviennent convenait",
    "poursuivre": "poursuivi poursuit poursuivent poursuivait poursuivant",
    "avertir": "averti avertit avertissent avertissait avertissant",
    "réagir": "réagi réagit réagissent réagissait réagissant",
    "conclure": "conclu conclut concluent concluait concluant",
    "interrompre": "interrompu interrompt",
    "décrire": "décrit décrivent décrivait décrivant",
    "redire": "redit",
    "prédire": "prédit",
    "contredire": "contredit",
    "s'enquérir": "enquis",
    "se féliciter": "félicité",
    "mettre en garde": "mis",
    "s'engager": "engagé",
    "se montrer": "",
    "s'interroger": "interrogé",
}

EN_REG = """add note stress warn insist argue explain claim state declare announce assert affirm
reply respond answer ask acknowledge admit comment remark observe point emphasize emphasise
underline underscore caution urge call describe characterize characterise dub tweet
conclude suggest recall confirm deny concede predict vow pledge promise accuse praise
hail welcome criticize criticise condemn dismiss reject blast slam complain lament quip joke agree
maintain contend reiterate repeat testify counter retort recount label term brand question
mention cite detail outline exclaim shout whisper murmur plead appeal demand request insist
propose recommend warn threaten assure reassure boast concur disagree object protest grumble
summarize summarise tell report announce advise inform signal indicate voice express describe
accuse hint predict estimate""".split()
EN_IRREG = {
    "say": "say said says saying",
    "tell": "tell told tells telling",
    "write": "wrote writes written writing",
    "speak": "spoke speaks speaking spoken",
    "read": "read reads",
    "add": "added adds adding",
    "admit": "admitted admits admitting",
    "commit": "committed",
    "put": "puts",
    "forecast": "forecasts forecasting",
    "tell": "told tells telling",
}

ES_AR = """afirmar declarar asegurar señalar subrayar explicar agregar calificar confiar zanjar
manifestar indicar comentar apuntar destacar recalcar enfatizar opinar considerar estimar criticar
denunciar lamentar celebrar expresar anunciar reiterar alertar avisar precisar preguntar replicar
contestar aseverar puntualizar sentenciar remarcar apostillar matizar insistir aclarar aconsejar
agradecer acusar alabar argumentar bromear clamar confesar confirmar cuestionar detallar
enumerar exclamar exhortar exigir felicitar gritar informar juzgar lanzar llamar mencionar
narrar negar observar plantear proclamar prometer proponer protestar recordar recomendar
reclamar relatar reprochar resaltar resumir revelar saludar solicitar sugerir tuitear urgir
valorar advertir reconocer añadir""".split()
ES_IRREG = {
    "decir": "dijo dice dicen dijeron decía decían dicho diciendo dirá diría",
    "insistir": "insistió insiste insisten insistieron insistía insistido insistiendo",
    "añadir": "añadió añade añaden añadieron añadía añadido añadiendo",
    "advertir": "advirtió advierte advierten advirtieron advertía advertido advirtiendo",
    "reconocer": "reconoció reconoce reconocen reconocieron reconocía reconocido reconociendo",
    "responder": "respondió responde responden respondieron respondía respondido respondiendo",
    "pedir": "pidió pide piden pidieron pedía pedido pidiendo",
    "sostener": "sostuvo sostiene sostienen sostuvieron sostenía sostenido",
    "mantener": "mantuvo mantiene mantienen",
    "defender": "defendió defiende defienden defendieron defendía defendido",
    "prometer": "prometió promete prometen prometieron prometía prometido",
    "escribir": "escribió escribe escriben escribieron escribía escrito escribiendo",
    "concluir": "concluyó concluye concluyen concluyeron concluía concluido",
    "admitir": "admitió admite admiten admitieron admitía admitido",
    "exigir": "exigió exige exigen exigieron exigía exigido",
    "sugerir": "sugirió sugiere sugieren sugirieron",
    "referir": "refirió",
    "proponer": "propuso propone proponen",
    "prever": "previó",
    "describir": "describió describe describen descrito",
    "sentenciar": "sentenció",
    "ofrecer": "ofreció",
    "aducir": "adujo",
    "expresar": "expresó",
    "repetir": "repitió repite repiten",
}

DE_WEAK = """sag erklär beton warn mahn forder kritisier appellier versicher bekräftig erläuter ergänz
mein twitter verkünd kommentier behaupt bestätig dementier beklag lob begrüß
frag entgegn erwider beschwör verteidig zitier klag jubel räum schilder unterstreich äußer
verlang bemängel monier urteil resümier präzisier bilanzier konstatier""".split()
DE_IRREG = {
    "sagen": "sagte sagt sagten gesagt sagend",
    "hinzufügen": "fügte fügt fügten hinzugefügt hinzufügte",
    "sprechen": "sprach spricht sprachen gesprochen",
    "schreiben": "schrieb schreibt schrieben geschrieben",
    "vorwerfen": "warf wirft warfen vorgeworfen",
    "bezeichnen": "bezeichnete bezeichnet bezeichneten",
    "nennen": "nannte nennt nannten genannt",
    "ankündigen": "kündigte kündigt angekündigt",
    "mitteilen": "teilte mitgeteilt",
    "unterstreichen": "unterstrich unterstreicht unterstrichen",
    "hervorheben": "hob hebt hervorgehoben",
    "heißen": "hieß heißt",
    "rufen": "rief ruft aufgerufen",
    "zusagen": "sagte zugesagt",
    "versprechen": "versprach verspricht versprochen",
    "einräumen": "räumte räumt eingeräumt",
    "antworten": "antwortete antwortet antworteten geantwortet",
    "berichten": "berichtete berichtet berichteten",
    "bitten": "bat bittet gebeten",
    "raten": "riet rät",
    "betonen": "betonte betont betonten",
    "erklären": "erklärte erklärt erklärten",
    "meinen": "meinte meint meinten",
    "ergänzen": "ergänzte ergänzt",
    "zurückweisen": "wies",
    "beschreiben": "beschrieb beschreibt",
    "verweisen": "",
    "widersprechen": "widersprach widerspricht",
    "befinden": "befand",
    "bekennen": "bekannte",
    "entgegnen": "entgegnete entgegnet",
    "erwidern": "erwiderte erwidert",
    "fordern": "forderte fordert forderten gefordert",
    "warnen": "warnte warnt warnten gewarnt",
    "mahnen": "mahnte mahnt gemahnt",
}


def fr_forms(v):
    if " " in v or "_" in v:
        return []
    v = v.replace("s'", "")
    if v.endswith("é"):
        v = v[:-1] + "er"
    if not v.endswith("er"):
        return [v]
    s = v[:-2]
    soft = "e" if s.endswith("g") else ""
    ced = s[:-1] + "ç" if s.endswith("c") else s
    pres = s
    # e + consonant + er verbs take a grave accent in the present (rappeler -> rappelle handled below)
    forms = [v, s + "é", s + "ée", s + "és", s + "e", s + "ent", s + soft + "ait", s + soft + "aient",
             (ced if ced != s else s + soft) + "a", s + "èrent", s + soft + "ant", s + "era", s + "erait",
             s + "eront"]
    if s.endswith("el"):
        forms += [s + "le", s + "lent"]
    if "é" in s[-3:]:
        i = s.rfind("é")
        forms += [s[:i] + "è" + s[i + 1:] + "e", s[:i] + "è" + s[i + 1:] + "ent"]
    return [f for f in forms if f]


EN_PRESENT = set("warn insist argue explain urge add note stress".split())


def en_forms(v):
    """Past and -ing forms only: bare and -s forms of most of these are also common nouns
    ("the state", "calls"), which would fake speech tags."""
    if v.endswith("e"):
        forms = [v + "s", v + "d", v[:-1] + "ing"]
    elif v.endswith("y") and v[-2] not in "aeiou":
        forms = [v[:-1] + "ies", v[:-1] + "ied", v + "ing"]
    elif v.endswith(("sh", "ch", "ss", "x")):
        forms = [v + "es", v + "ed", v + "ing"]
    else:
        forms = [v + "s", v + "ed", v + "ing"]
    if v not in EN_PRESENT:
        forms = forms[1:]
    return forms


def es_forms(v):
    if v.endswith("ar"):
        s = v[:-2]
        pret = s + "ó"
        if s.endswith("c"):
            pret1 = s[:-1] + "qué"
        return [v, pret, s + "a", s + "an", s + "aron", s + "aba", s + "aban", s + "ado", s + "ando",
                s + "ará", s + "aría"]
    s = v[:-2]
    return [v, s + "ió", s + "e", s + "en", s + "ieron", s + "ía", s + "ían", s + "ido", s + "iendo"]


def de_forms(stem):
    if stem.endswith("t") or stem.endswith("d") or stem.endswith("n") and stem.endswith("gn"):
        e = "e"
    else:
        e = ""
    inf = stem + ("n" if stem.endswith(("er", "el")) else "en")
    return [inf, stem + e + "te", stem + e + "t", stem + e + "ten", "ge" + stem + e + "t",
            stem + "end"]


def write(lang, entries, header):
    path = os.path.join(OUT, f"verbs_{lang}.txt")
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for lemma, forms in entries:
            forms = sorted(set(x for x in forms if x))
            n += len(forms)
            f.write(f"{lemma}: {' '.join(forms)}\n")
    print(path, n, "forms")


H = ("# Speech verbs ({}): `lemma: forms`. Only the forms after the colon mark a speech tag.\n"
     "# Generated by tools/gen_verbs.py (regular inflections by rule, irregular ones listed).\n")

fr = {}
for v in FR_ER:
    if v.replace("s'", "") in FR_IRREG or v in FR_IRREG:
        continue
    lemma = v.replace("_", " ")
    if lemma.endswith("é"):
        lemma = lemma[:-1] + "er"
    fr[lemma] = fr_forms(v)
for k, v in FR_IRREG.items():
    fr[k] = v.split()
write("fr", sorted(fr.items()), H.format("French"))

en = {}
for v in EN_REG:
    en[v] = en_forms(v)
for k, v in EN_IRREG.items():
    en[k] = en.get(k, []) + v.split()
write("en", sorted(en.items()), H.format("English"))

es = {}
for v in ES_AR:
    if v not in ES_IRREG:
        es[v] = es_forms(v)
for k, v in ES_IRREG.items():
    es[k] = v.split()
write("es", sorted(es.items()), H.format("Spanish"))

de = {}
for st in DE_WEAK:
    f = de_forms(st)
    de[f[0]] = f
for k, v in DE_IRREG.items():
    de[k] = de.get(k, []) + v.split()
write("de", sorted(de.items()), H.format("German"))
