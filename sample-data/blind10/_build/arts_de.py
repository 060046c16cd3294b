from core import P, Q

# =====================================================================
# 10 — German, HTML, report built on readouts: humanitarian admission corridor
# =====================================================================
A10 = dict(
    slug="u11_10_de_aufnahmekorridor_jordanien", lang="de", fmt="html", typo=None,
    style="news report built on official readouts and a leaked protocol",
    topic="humanitarian admission corridor (Germany–Jordan, Syrian refugees)",
    title="Aufnahmekorridor: Deutschland holt bis zu 5000 Syrer aus Jordanien",
    source="Der Lagebericht", section="Politik",
    url="https://www.lagebericht.example/politik/ausland/aufnahmekorridor-jordanien-syrer-a-88213.html",
    published="2025-01-22T16:48", updated="2025-01-22T18:02",
    authors=["Jana Wittkötter"], editors=[],
    marks=[("„", "“"), ("‚", "‘")],
    ignore=[],
    chrome_quotes=["Keine Symbolpolitik", "Wir sind am Limit", "Wer kommt, entscheidet das Los"],
    paras=[
        P("Deutschland und Jordanien haben sich auf einen humanitären Aufnahmekorridor für bis zu 5000 besonders "
          "schutzbedürftige syrische Flüchtlinge verständigt. Das geht aus einer gemeinsamen Erklärung hervor, die am "
          "Dienstagabend nach Gesprächen in Amman veröffentlicht wurde. Darin ist von einem „Modell geordneter und "
          "sicherer Zugangswege“ die Rede.",
          Q("Modell geordneter und sicherer Zugangswege", None, "einer gemeinsamen Erklärung", None,
            partial=True, note="joint declaration (document)")),
        P("Die Vereinbarung sieht vor, dass das UN-Flüchtlingshilfswerk UNHCR in den Lagern Zaatari und Azraq sowie "
          "in jordanischen Städten Kandidatinnen und Kandidaten vorschlägt, die anschließend von deutschen Behörden "
          "überprüft werden. Die Aufnahme soll innerhalb von zwei Jahren abgeschlossen sein."),
        P("„Wir holen Menschen, die sonst keine Chance hätten – Kranke, Alleinerziehende, Überlebende von Folter“, "
          "sagte Staatssekretär Ludger von Brenken vom Auswärtigen Amt nach der Unterzeichnung. „Das ist keine "
          "Symbolpolitik, das ist konkrete Hilfe.“",
          Q("Wir holen Menschen, die sonst keine Chance hätten – Kranke, Alleinerziehende, Überlebende von Folter",
            "Ludger von Brenken", "Staatssekretär Ludger von Brenken", "sagen"),
          Q("Das ist keine Symbolpolitik, das ist konkrete Hilfe.", "Ludger von Brenken", None, None)),
        P("Von Brenken, der die Gespräche auf deutscher Seite geführt hatte, sprach von „intensiven, aber stets "
          "vertrauensvollen“ Verhandlungen.",
          Q("intensiven, aber stets vertrauensvollen", "Ludger von Brenken", "Von Brenken", "sprechen",
            partial=True, note="particle capitalised at sentence start")),
        P("Für das Bundesinnenministerium unterzeichnete Staatssekretärin Annegret Hoffmann-Yilmaz. Sie betonte, die "
          "Aufnahme erfolge „selbstverständlich nach vollständiger Sicherheitsüberprüfung“ aller Kandidaten. Die "
          "Staatssekretärin verwies auf Erfahrungen aus früheren Programmen: „Wir wissen, wie das geht. Wir haben es "
          "schon mehrfach gemacht.“",
          Q("selbstverständlich nach vollständiger Sicherheitsüberprüfung", "Annegret Hoffmann-Yilmaz", "Sie",
            "betonen", partial=True),
          Q("Wir wissen, wie das geht. Wir haben es schon mehrfach gemacht.", "Annegret Hoffmann-Yilmaz",
            "Die Staatssekretärin", "verweisen", note="'Die Staatssekretärin' vs 'Staatssekretär' (p2)")),
        P("Laut einem Gesprächsprotokoll, das dem Lagebericht vorliegt, hatte die jordanische Seite zunächst auf eine "
          "deutlich höhere Zahl gedrängt. Innenminister Khaled Abu Zeid Haddadin habe auf „die Grenzen der "
          "Belastbarkeit“ seines Landes verwiesen, heißt es darin.",
          Q("die Grenzen der Belastbarkeit", "Khaled Abu Zeid Haddadin", "Innenminister Khaled Abu Zeid Haddadin",
            "verweisen", partial=True,
            note="his words as recorded in a protocol (Konjunktiv + 'heißt es darin')")),
        P("Öffentlich äußerte sich Haddadin zurückhaltender. „Jordanien hat seine Türen nie geschlossen“, sagte der "
          "Minister bei der gemeinsamen Pressekonferenz. „Aber Solidarität darf keine Einbahnstraße sein.“",
          Q("Jordanien hat seine Türen nie geschlossen", "Khaled Abu Zeid Haddadin", "der Minister", "sagen"),
          Q("Aber Solidarität darf keine Einbahnstraße sein.", "Khaled Abu Zeid Haddadin", None, None)),
        P("Die Auswahl der Flüchtlinge übernimmt das UNHCR. Dessen Vertreterin in Jordanien, Ines Carvalho-Meier, "
          "begrüßte die Einigung als „wichtiges Signal zu einem Zeitpunkt, an dem Aufnahmeplätze weltweit knapp "
          "sind“.",
          Q("wichtiges Signal zu einem Zeitpunkt, an dem Aufnahmeplätze weltweit knapp sind", "Ines Carvalho-Meier",
            "Dessen Vertreterin in Jordanien, Ines Carvalho-Meier", "begrüßen", partial=True)),
        P("Ein zentraler Streitpunkt war nach Angaben aus Delegationskreisen die Familienzusammenführung. Man habe "
          "sich auf eine „pragmatische Lösung“ geeinigt, hieß es, ohne dass Einzelheiten genannt wurden.",
          Q("pragmatische Lösung", None, "Delegationskreisen", "heißen", partial=True,
            note="anonymous sources")),
        P("Kritik kommt von Flüchtlingsorganisationen. „5000 Plätze sind angesichts von mehr als 600.000 "
          "registrierten Syrern in Jordanien ein Tropfen auf den heißen Stein“, sagte Tarek Demirci von der "
          "Initiative Sichere Wege.",
          Q("5000 Plätze sind angesichts von mehr als 600.000 registrierten Syrern in Jordanien ein Tropfen auf den "
            "heißen Stein", "Tarek Demirci", "Tarek Demirci", "sagen")),
        P("Demirci warf der Bundesregierung vor, mit dem Programm „von der eigenen Abschottungspolitik ablenken“ zu "
          "wollen. Die Initiative fordert ein dauerhaftes Aufnahmekontingent von jährlich mindestens 20.000 "
          "Plätzen.",
          Q("von der eigenen Abschottungspolitik ablenken", "Tarek Demirci", "Demirci", "vorwerfen",
            partial=True)),
        P("„Die Ministerin hat uns im Frühjahr gesagt: ‚Wir arbeiten daran.‘ Das hören wir seit drei Jahren“, sagte "
          "Demirci.",
          Q("Die Ministerin hat uns im Frühjahr gesagt: ‚Wir arbeiten daran.‘ Das hören wir seit drei Jahren",
            "Tarek Demirci", "Demirci", "sagen"),
          Q("Wir arbeiten daran.", None, "Die Ministerin", "sagen",
            note="nested quote; the minister is never named in the article")),
        P("Im Auswärtigen Amt weist man die Kritik zurück. Der Korridor sei „ausdrücklich als Ergänzung, nicht als "
          "Ersatz“ bestehender Programme gedacht, sagte eine Sprecherin des Ministeriums, Katharina Oyelaran-Busch, "
          "am Mittwoch in Berlin.",
          Q("ausdrücklich als Ergänzung, nicht als Ersatz", "Katharina Oyelaran-Busch",
            "eine Sprecherin des Ministeriums, Katharina Oyelaran-Busch", "sagen", partial=True,
            note="speaker named after the quote")),
        P("Die ersten Ausreisen sind nach Angaben beider Regierungen für Anfang März geplant. Die Flüchtlinge sollen "
          "zunächst im Grenzdurchgangslager Friedland in Niedersachsen aufgenommen werden."),
        P("Hoffmann-Yilmaz kündigte an, sie werde die erste Gruppe „persönlich in Friedland empfangen“. Von Brenken "
          "will nach eigenen Worten im Sommer nach Amman zurückkehren, um „Bilanz zu ziehen“.",
          Q("persönlich in Friedland empfangen", "Annegret Hoffmann-Yilmaz", "Hoffmann-Yilmaz", "ankündigen",
            partial=True),
          Q("Bilanz zu ziehen", "Ludger von Brenken", "Von Brenken", None, partial=True,
            note="'nach eigenen Worten'")),
    ],
    entities=dict(
        people=["Ludger von Brenken", "Annegret Hoffmann-Yilmaz", "Khaled Abu Zeid Haddadin", "Ines Carvalho-Meier",
                "Tarek Demirci", "Katharina Oyelaran-Busch"],
        places=["Deutschland", "Jordanien", "Amman", "Zaatari", "Azraq", "Friedland", "Niedersachsen", "Berlin"],
        organizations=["Auswärtiges Amt", "Bundesinnenministerium", "UNHCR", "Initiative Sichere Wege"]),
    topics=["refugees", "humanitarian admission", "Syria", "Germany–Jordan relations", "migration policy"],
    patterns=[
        "German „ “ quotes with ‚ ‘ nested (p11: a quoted unnamed minister inside Demirci's quote)",
        "Staatssekretär (man) and Staatssekretärin (woman) with the same role; 'Die Staatssekretärin', 'Sie'",
        "particle name 'Ludger von Brenken' capitalised 'Von Brenken' at sentence start",
        "words recorded in a leaked protocol, Konjunktiv + 'heißt es darin' (speaker named, p5)",
        "joint declaration ('Darin ist von … die Rede') and 'aus Delegationskreisen … hieß es' as null sources",
        "'der Minister' back-reference; second quote with no new tag; speaker named after the quote (p12)",
        "'nach eigenen Worten' attribution without a speech verb (p14)",
        "chrome: quoted caption, a 'Mehr zum Thema' box between paragraphs, related teasers with » « quotes",
    ],
    render=dict(
        scope=("id", "artikeltext"),
        p_open="<p>",
        inserts={
            8: '''      <aside class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul><li><a href="/politik/ausland/jordanien-lager-winter-a-88102.html">»Wir sind am Limit«: Jordaniens Lager vor dem Winter</a></li></ul></aside>''',
        },
        template='''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aufnahmekorridor: Deutschland holt bis zu 5000 Syrer aus Jordanien - Der Lagebericht</title>
<meta name="description" content="Berlin und Amman einigen sich auf ein Aufnahmeprogramm für besonders schutzbedürftige Flüchtlinge. Kritiker sprechen von einem Tropfen auf den heißen Stein.">
<meta property="og:title" content="Aufnahmekorridor: Deutschland holt bis zu 5000 Syrer aus Jordanien">
<meta property="og:site_name" content="Der Lagebericht">
<meta name="date" content="2025-01-22T16:48:00+01:00">
<meta name="last-modified" content="2025-01-22T18:02:00+01:00">
</head>
<body>
<div class="kopf">
  <a class="marke" href="/">Der Lagebericht</a>
  <nav class="ressorts"><a href="/politik/">Politik</a> <a href="/politik/ausland/">Ausland</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/panorama/">Panorama</a> <a href="/wissen/">Wissen</a> <a href="/kultur/">Kultur</a> <a href="/abo/">Lagebericht+</a></nav>
</div>
<main>
<article class="artikel">
  <div class="dachzeile">Flüchtlingspolitik</div>
  <h1>Aufnahmekorridor: Deutschland holt bis zu 5000 Syrer aus Jordanien</h1>
  <p class="vorspann">Berlin und Amman einigen sich auf ein Programm für besonders schutzbedürftige Flüchtlinge. Kritiker sprechen von einem Tropfen auf den heißen Stein.</p>
  <div class="autorenzeile">Von <a href="/autoren/jana-wittkoetter">Jana Wittkötter</a>, Amman</div>
  <div class="zeit"><time datetime="2025-01-22T16:48">22.01.2025, 16.48 Uhr</time> · aktualisiert <time datetime="2025-01-22T18:02">18.02 Uhr</time></div>
  <figure class="aufmacherbild">
    <img src="/bilder/2025/01/amman-unterzeichnung.jpg" alt="Unterzeichnung in Amman">
    <figcaption>„Keine Symbolpolitik“: Staatssekretär von Brenken (l.) und Innenminister Haddadin nach der Unterzeichnung in Amman. Foto: Lagebericht/Wittkötter</figcaption>
  </figure>
  <div id="artikeltext">
{BODY}
  </div>
  <div class="teilen">Artikel teilen: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">E-Mail</a> · <a href="#">Link kopieren</a></div>
</article>
<section class="verwandte">
  <h2>Verwandte Artikel</h2>
  <ul>
    <li><a href="/politik/deutschland/aufnahmeprogramme-bilanz-a-87990.html">Bilanz der Aufnahmeprogramme: »Wer kommt, entscheidet das Los«</a></li>
    <li><a href="/politik/ausland/syrien-rueckkehr-a-88001.html">Rückkehr nach Syrien? Was die Lage in Damaskus bedeutet</a></li>
  </ul>
</section>
</main>
<footer class="fuss"><p>© Der Lagebericht 2025 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></p></footer>
</body>
</html>
'''),
)

# =====================================================================
# 11 — German, TXT, print-style interview (no Q/A labels): Antarctic science diplomacy
# =====================================================================
ANS = "interview answer; questions and answers alternate without labels"
A11 = dict(
    slug="u11_11_de_antarktis_interview", lang="de", fmt="txt", typo=None,
    style="print-style interview without speaker labels", topic="Antarctic science diplomacy and krill fishery",
    title="Polarforscherin über Antarktis-Verhandlungen: »Die Wissenschaft ist die einzige Sprache, die alle sprechen«",
    source="Hansestädter Tageblatt", section="Wissen",
    url="https://www.tageblatt-hanse.example/wissen/polarforschung/antarktis-krill-interview-dahlmann-okoye-104522.html",
    published="2025-11-03T17:30", updated=None,
    authors=["Jonas Brückner"], editors=[],
    marks=[("»", "«")],
    ignore=[],
    chrome_quotes=["Der Südliche Ozean ist kein Selbstbedienungsladen"],
    paras=[
        P("Vergangene Woche ist im australischen Hobart die Jahrestagung der Kommission zur Erhaltung der lebenden "
          "Meeresschätze der Antarktis erneut ohne Einigung auf neue Meeresschutzgebiete zu Ende gegangen. Im "
          "Abschlussbericht ist von »fortgesetzten, konstruktiven Beratungen« die Rede – im Diplomatenjargon ein "
          "Scheitern.",
          Q("fortgesetzten, konstruktiven Beratungen", None, "Im Abschlussbericht", None, partial=True,
            note="document")),
        P("Die Meeresbiologin Henrike Dahlmann-Okoye leitet am Norddeutschen Zentrum für Polar- und Meeresforschung "
          "in Bremerhaven die Arbeitsgruppe Krill-Ökologie und berät die Bundesregierung bei den Verhandlungen. Ein "
          "Gespräch über Wissenschaft als Diplomatie, Fangflotten und die Frage, warum sie sich »trotzdem "
          "Optimistin« nennt.",
          Q("trotzdem Optimistin", "Henrike Dahlmann-Okoye", "sie", "nennen", partial=True)),
        P("Frau Dahlmann-Okoye, wieder keine Schutzgebiete. Sind Sie enttäuscht?"),
        P("Enttäuscht wäre das falsche Wort, ich war ja vorbereitet. Über das Weddellmeer verhandeln wir seit fast "
          "zehn Jahren. Wer in diesem Geschäft nach einer Sitzung enttäuscht ist, hält nicht lange durch.",
          Q("Enttäuscht wäre das falsche Wort, ich war ja vorbereitet. Über das Weddellmeer verhandeln wir seit fast "
            "zehn Jahren. Wer in diesem Geschäft nach einer Sitzung enttäuscht ist, hält nicht lange durch.",
            "Henrike Dahlmann-Okoye", None, None, unmarked=True, note=ANS)),
        P("Woran scheitert es diesmal?"),
        P("Formal am Konsensprinzip: Jedes Mitglied kann blockieren, und zwei tun es verlässlich. Inhaltlich geht es "
          "um Misstrauen. Ein chinesischer Kollege hat mir in der Kaffeepause gesagt: »Ihr wollt das Meer schützen, "
          "wir wollen es erst verstehen, bevor wir es schließen.« Das ist nicht dumm. Es ist nur sehr bequem, wenn "
          "man gleichzeitig die eigene Fangflotte ausbaut.",
          Q("Formal am Konsensprinzip: Jedes Mitglied kann blockieren, und zwei tun es verlässlich. Inhaltlich geht "
            "es um Misstrauen. Ein chinesischer Kollege hat mir in der Kaffeepause gesagt: »Ihr wollt das Meer "
            "schützen, wir wollen es erst verstehen, bevor wir es schließen.« Das ist nicht dumm. Es ist nur sehr "
            "bequem, wenn man gleichzeitig die eigene Fangflotte ausbaut.", "Henrike Dahlmann-Okoye", None, None,
            unmarked=True, note=ANS),
          Q("Ihr wollt das Meer schützen, wir wollen es erst verstehen, bevor wir es schließen.", None,
            "Ein chinesischer Kollege", "sagen", note="nested quote, unnamed speaker")),
        P("Und Russland?"),
        P("Die russische Delegation ist in Hobart sehr präsent, fachlich übrigens hervorragend besetzt. Politisch hat "
          "sich seit 2022 alles verhärtet. Früher haben wir abends zusammen Daten ausgewertet, heute trifft man sich "
          "im Plenum und sonst nirgends.",
          Q("Die russische Delegation ist in Hobart sehr präsent, fachlich übrigens hervorragend besetzt. Politisch "
            "hat sich seit 2022 alles verhärtet. Früher haben wir abends zusammen Daten ausgewertet, heute trifft man "
            "sich im Plenum und sonst nirgends.", "Henrike Dahlmann-Okoye", None, None, unmarked=True, note=ANS)),
        P("Trotzdem funktioniert manches weiter. Die Beobachterprogramme auf den Fangschiffen laufen, die Daten "
          "werden gemeldet. Das Antarktissystem ist robuster, als die Schlagzeilen vermuten lassen.",
          Q("Trotzdem funktioniert manches weiter. Die Beobachterprogramme auf den Fangschiffen laufen, die Daten "
            "werden gemeldet. Das Antarktissystem ist robuster, als die Schlagzeilen vermuten lassen.",
            "Henrike Dahlmann-Okoye", None, None, unmarked=True,
            note="second answer paragraph in a row (no question in between)")),
        P("Hat die Wissenschaft in dieser Lage überhaupt noch eine diplomatische Funktion?"),
        P("Mehr denn je. Mein Vorgänger Gerd Valentin Moosbrugger hat immer gesagt, in der Antarktis sei die "
          "Wissenschaft »die einzige Sprache, die alle Delegationen sprechen«. Das klang mir früher zu feierlich. "
          "Heute glaube ich, er hatte recht.",
          Q("Mehr denn je. Mein Vorgänger Gerd Valentin Moosbrugger hat immer gesagt, in der Antarktis sei die "
            "Wissenschaft »die einzige Sprache, die alle Delegationen sprechen«. Das klang mir früher zu feierlich. "
            "Heute glaube ich, er hatte recht.", "Henrike Dahlmann-Okoye", None, None, unmarked=True, note=ANS),
          Q("die einzige Sprache, die alle Delegationen sprechen", "Gerd Valentin Moosbrugger",
            "Mein Vorgänger Gerd Valentin Moosbrugger", "sagen", partial=True,
            note="nested partial; the headline wrongly puts these words in the interviewee's mouth")),
        P("Die Krillfischerei wächst rasant. Muss man sich Sorgen machen?"),
        P("Um den Krill insgesamt noch nicht, um bestimmte Gebiete schon. Die Fangschiffe konzentrieren sich auf "
          "wenige Buchten an der Antarktischen Halbinsel, genau dort, wo Pinguine und Wale im Sommer fressen. Wir "
          "haben der Kommission dazu in diesem Jahr ein Papier vorgelegt. Es wurde »mit Interesse zur Kenntnis "
          "genommen«, wie es im Protokoll heißt.",
          Q("Um den Krill insgesamt noch nicht, um bestimmte Gebiete schon. Die Fangschiffe konzentrieren sich auf "
            "wenige Buchten an der Antarktischen Halbinsel, genau dort, wo Pinguine und Wale im Sommer fressen. Wir "
            "haben der Kommission dazu in diesem Jahr ein Papier vorgelegt. Es wurde »mit Interesse zur Kenntnis "
            "genommen«, wie es im Protokoll heißt.", "Henrike Dahlmann-Okoye", None, None, unmarked=True,
            note=ANS),
          Q("mit Interesse zur Kenntnis genommen", None, "im Protokoll", "heißen", partial=True,
            note="document quoted inside an answer")),
        P("Sie haben einmal gesagt, Sie seien »trotzdem Optimistin«. Warum eigentlich?",
          Q("trotzdem Optimistin", "Henrike Dahlmann-Okoye", "Sie", "sagen", partial=True,
            note="her words quoted back inside the interviewer's question (the question itself is not listed)")),
        P("Weil ich die jungen Leute sehe. In meiner Arbeitsgruppe sitzen eine Chilenin, ein Inder, zwei "
          "Chinesinnen und ein Ukrainer, und die streiten sich über Statistik, nicht über Politik. Wenn die in "
          "zwanzig Jahren am Verhandlungstisch sitzen, wird es anders. Hoffe ich.",
          Q("Weil ich die jungen Leute sehe. In meiner Arbeitsgruppe sitzen eine Chilenin, ein Inder, zwei "
            "Chinesinnen und ein Ukrainer, und die streiten sich über Statistik, nicht über Politik. Wenn die in "
            "zwanzig Jahren am Verhandlungstisch sitzen, wird es anders. Hoffe ich.", "Henrike Dahlmann-Okoye",
            None, None, unmarked=True, note=ANS)),
    ],
    entities=dict(
        people=["Henrike Dahlmann-Okoye", "Gerd Valentin Moosbrugger"],
        places=["Hobart", "Bremerhaven", "Antarktis", "Weddellmeer", "Antarktische Halbinsel", "Russland"],
        organizations=["Kommission zur Erhaltung der lebenden Meeresschätze der Antarktis",
                       "Norddeutsches Zentrum für Polar- und Meeresforschung"]),
    topics=["Antarctica", "marine protected areas", "krill fishery", "science diplomacy", "consensus rules"],
    patterns=[
        "print-style interview: questions and answers alternate with NO labels (bold lost in the text dump); "
        "answers are unmarked quotes, questions (author's) are not — only '?' and content tell them apart",
        "two answer paragraphs in a row (p7, p8) and a one-line question 'Und Russland?'",
        "» « quotes; nested quotes inside answers: an unnamed Chinese colleague (null), the predecessor "
        "Gerd Valentin Moosbrugger (partial, Konjunktiv frame), the meeting protocol (null)",
        "the interviewee's words quoted back inside a question (p13) and in the standfirst-like intro (p1)",
        "headline attributes the predecessor's words to the interviewee (chrome, not gold)",
        "chrome: 'Das Gespräch führte …', a 'Zur Person' box after the body, 'Mehr zum Thema' with a quote",
    ],
    render=dict(
        template='''Hansestädter Tageblatt
Startseite › Wissen › Polarforschung
E-Paper | Abo | Anmelden | Newsletter

INTERVIEW

Polarforscherin über Antarktis-Verhandlungen: »Die Wissenschaft ist die einzige Sprache, die alle sprechen«

Von Jonas Brückner
03.11.2025, 17:30 Uhr
Lesezeit: 6 Min.

{BODY}

Das Gespräch führte Jonas Brückner.

Zur Person
Henrike Dahlmann-Okoye, 51, studierte Biologie in Kiel und Kapstadt und nahm an elf Antarktis-Expeditionen teil. Seit 2019 berät sie das Bundeslandwirtschaftsministerium bei den Verhandlungen in Hobart.

Artikel teilen | Drucken | Kommentare (12)

Mehr zum Thema
» Krill-Boom: »Der Südliche Ozean ist kein Selbstbedienungsladen«
» Forschungsschiff »Polarlicht« läuft nach Sanierung wieder aus

© Hansestädter Tageblatt 2025 | Impressum | Datenschutz | AGB
'''),
)

# =====================================================================
# 12 — German (Swiss), Atom type="xhtml": mackerel quota dispute, agency copy
# =====================================================================
A12 = dict(
    slug="u11_12_de_makrelenstreit_sdd", lang="de", fmt="xml", typo=None,
    style="Swiss agency copy", topic="maritime fisheries dispute (North-East Atlantic mackerel quotas)",
    title="Makrelenstreit: Nordatlantik-Staaten erneut ohne Einigung",
    source="SDD – Schweizer Depeschendienst", section="International",
    url="https://www.sdd-news.example/international/makrelenstreit-bergen-ohne-einigung",
    published="2025-10-23T21:14", updated="2025-10-23T22:40",
    authors=["Fabienne Hug"], editors=[],
    marks=[("«", "»"), ("‹", "›")],
    ignore=[],
    chrome_quotes=["Wir fischen den Bestand leer"],
    paras=[
        P("Die Küstenstaaten des Nordostatlantiks haben sich erneut nicht auf eine Aufteilung der Makrelenfangquoten "
          "für das kommende Jahr einigen können. Die dritte Verhandlungsrunde im norwegischen Bergen endete am "
          "Donnerstag ohne Ergebnis, wie die norwegische Regierung mitteilte. Fischereiministerin Marit Haugland "
          "Aasen sprach von einer «verpassten Chance».",
          Q("verpassten Chance", "Marit Haugland Aasen", "Fischereiministerin Marit Haugland Aasen", "sprechen",
            partial=True)),
        P("«Wir alle fischen aus demselben Bestand. Wenn sich jeder selbst die grösste Quote zuteilt, fischen wir den "
          "Bestand leer», sagte Haugland Aasen vor Journalisten.",
          Q("Wir alle fischen aus demselben Bestand. Wenn sich jeder selbst die grösste Quote zuteilt, fischen wir "
            "den Bestand leer", "Marit Haugland Aasen", "Haugland Aasen", "sagen",
            note="two-word surname without hyphen; Swiss 'ss'")),
        P("Nach Angaben aus Verhandlungskreisen scheiterte eine Einigung vor allem an den Forderungen der Färöer. Die "
          "färöische Delegation habe auf einem Anteil bestanden, der die veränderten Wanderrouten des Fischs "
          "widerspiegle, hiess es."),
        P("Der färöische Fischereiminister Sjúrður við Ánna wies die Kritik zurück. «Die Makrele ist in unsere "
          "Gewässer gekommen, nicht umgekehrt», sagte er dem färöischen Rundfunk. «Wir verlangen nichts, was uns "
          "nicht zusteht.»",
          Q("Die Makrele ist in unsere Gewässer gekommen, nicht umgekehrt", "Sjúrður við Ánna", "er", "sagen"),
          Q("Wir verlangen nichts, was uns nicht zusteht.", "Sjúrður við Ánna", None, None)),
        P("Der Minister fügte hinzu, die Färöer seien «jederzeit gesprächsbereit», allerdings nicht «unter Druck aus "
          "Oslo oder Brüssel».",
          Q("jederzeit gesprächsbereit", "Sjúrður við Ánna", "Der Minister", "hinzufügen", partial=True,
            note="'Der Minister' (he) vs 'Fischereiministerin' (she, p0)"),
          Q("unter Druck aus Oslo oder Brüssel", "Sjúrður við Ánna", "Der Minister", "hinzufügen", partial=True)),
        P("Die EU-Kommission bedauerte das Scheitern. «Die Kommission bleibt überzeugt, dass eine nachhaltige Lösung "
          "nur gemeinsam möglich ist», sagte Kommissionssprecher Pieter van der Hoeven in Brüssel. Auf die Frage, ob "
          "die EU Handelsmassnahmen gegen die Färöer erwäge, antwortete van der Hoeven: «Wir schliessen nichts aus, "
          "und wir kündigen nichts an.»",
          Q("Die Kommission bleibt überzeugt, dass eine nachhaltige Lösung nur gemeinsam möglich ist",
            "Pieter van der Hoeven", "Kommissionssprecher Pieter van der Hoeven", "sagen",
            note="spokesman speaking for the Commission: named person"),
          Q("Wir schliessen nichts aus, und wir kündigen nichts an.", "Pieter van der Hoeven", "van der Hoeven",
            "antworten")),
        P("Hintergrund ist die Empfehlung des Internationalen Rats für Meeresforschung (ICES), die Gesamtfangmenge "
          "für 2026 um 22 Prozent zu senken. Die Summe der einseitig festgelegten Quoten liege seit Jahren "
          "«deutlich über dem wissenschaftlichen Rat», heisst es in dem Gutachten.",
          Q("deutlich über dem wissenschaftlichen Rat", None, "dem Gutachten", "heissen", partial=True,
            note="document")),
        P("«Wir haben das Nachhaltigkeitssiegel für die Makrele schon einmal verloren. Wir sind auf dem besten Weg, "
          "es wieder zu verlieren.» Das sagte Morag MacInnes, Geschäftsführerin des Verbands der schottischen "
          "Hochseefischer, dem SDD am Telefon.",
          Q("Wir haben das Nachhaltigkeitssiegel für die Makrele schon einmal verloren. Wir sind auf dem besten "
            "Weg, es wieder zu verlieren.", "Morag MacInnes", "Morag MacInnes", "sagen",
            note="speaker named in the following sentence ('Das sagte …')")),
        P("«Die Kunden im Supermarkt fragen nicht, wer schuld ist», so MacInnes weiter. «Sie kaufen einfach etwas "
          "anderes.",
          Q("Die Kunden im Supermarkt fragen nicht, wer schuld ist", "Morag MacInnes", "MacInnes", None,
            note="'so X weiter' without a verb"),
          Q("Sie kaufen einfach etwas anderes.", "Morag MacInnes", None, None, cont=True,
            note="quote continues into the next paragraph")),
        P("«Am Ende bezahlen die Fischer in Peterhead und in Tórshavn gleichermassen. Da gibt es keine ‹guten› und "
          "‹schlechten› Küstenstaaten.»",
          Q("Am Ende bezahlen die Fischer in Peterhead und in Tórshavn gleichermassen. Da gibt es keine ‹guten› und "
            "‹schlechten› Küstenstaaten.", "Morag MacInnes", None, None,
            note="continuation paragraph; ‹ › scare quotes inside are part of her quote")),
        P("Haugland Aasen kündigte an, die Küstenstaaten im Januar nach Oslo einzuladen. Ihr Ziel sei ein Abkommen "
          "«vor Beginn der Frühjahrssaison». Norwegen werde seine eigene Quote bis dahin nicht erhöhen, sagte die "
          "Ministerin.",
          Q("vor Beginn der Frühjahrssaison", "Marit Haugland Aasen", "Ihr", None, partial=True,
            note="Konjunktiv frame; the last sentence is indirect speech without marks")),
        P("Katrín Hallgrímsdóttir, Sprecherin des isländischen Aussenministeriums, sagte, Reykjavík werde an der "
          "Runde in Oslo «konstruktiv» teilnehmen. Island hatte sich in den vergangenen Jahren ebenfalls eine "
          "eigene Quote zugeteilt.",
          Q("konstruktiv", "Katrín Hallgrímsdóttir", "Katrín Hallgrímsdóttir, Sprecherin des isländischen "
            "Aussenministeriums", "sagen", partial=True, note="one-word quote")),
    ],
    entities=dict(
        people=["Marit Haugland Aasen", "Sjúrður við Ánna", "Pieter van der Hoeven", "Morag MacInnes",
                "Katrín Hallgrímsdóttir"],
        places=["Bergen", "Norwegen", "Färöer", "Oslo", "Brüssel", "Peterhead", "Tórshavn", "Reykjavík", "Island"],
        organizations=["EU-Kommission", "Internationaler Rat für Meeresforschung", "ICES",
                       "Verband der schottischen Hochseefischer", "SDD"]),
    topics=["fisheries", "mackerel", "coastal states", "EU–Faroe relations", "sustainability certification"],
    patterns=[
        "Swiss German: « » quotes with ‹ › inside, 'ss' for ß (grösste, hiess, Aussenministerium)",
        "Atom type=\"xhtml\": body as inline XHTML <div><p>; <summary> carries a paraphrased quote (chrome)",
        "Fischereiministerin (she) and 'Der Minister' (he, Faroese) in consecutive paragraphs",
        "particle names: Sjúrður við Ánna (Faroese 'við'), Pieter van der Hoeven (lower-case 'van der' "
        "mid-sentence), unhyphenated double surname Marit Haugland Aasen",
        "quote first, speaker in the next sentence ('Das sagte Morag MacInnes…')",
        "quote continued over two paragraphs; 'so MacInnes weiter' tag with no verb",
        "Konjunktiv indirect speech without marks right next to a partial quote (p10)",
        "anonymous 'Verhandlungskreise' reported only in Konjunktiv without marks (p2); the ICES advice as a null "
        "speaker (p6); one-word quote «konstruktiv» (p11)",
    ],
    render=dict(
        content_mode="xhtml",
        template='''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-CH">
  <title>SDD – Schweizer Depeschendienst: International</title>
  <link href="https://www.sdd-news.example/international/" rel="alternate"/>
  <link href="https://www.sdd-news.example/international/atom" rel="self"/>
  <id>urn:uuid:6f1c2a8e-1d7b-4c1e-9b0a-5b3c1f2e7a11</id>
  <updated>2025-10-23T22:40:00+02:00</updated>
  <rights>© SDD Schweizer Depeschendienst</rights>
  <entry>
    <title>Makrelenstreit: Nordatlantik-Staaten erneut ohne Einigung</title>
    <link href="https://www.sdd-news.example/international/makrelenstreit-bergen-ohne-einigung" rel="alternate"/>
    <id>urn:uuid:0b9d7e44-3a5f-4f0e-8c2b-9e6a7d1c5b22</id>
    <published>2025-10-23T21:14:00+02:00</published>
    <updated>2025-10-23T22:40:00+02:00</updated>
    <author><name>Fabienne Hug</name></author>
    <category term="International"/>
    <category term="Fischerei"/>
    <summary type="text">«Wir fischen den Bestand leer»: Norwegens Ministerin warnt nach der gescheiterten Runde in Bergen vor den Folgen des Streits.</summary>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
{CONTENT}
      </div>
    </content>
  </entry>
</feed>
'''),
)

ARTICLES = [A10, A11, A12]
