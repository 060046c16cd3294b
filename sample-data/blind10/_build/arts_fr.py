from core import P, Q

# =====================================================================
# 01 — French, HTML, long reportage: fisheries dispute Senegal/Mauritania
# =====================================================================
A01 = dict(
    slug="u11_01_fr_sardinelle_saint_louis", lang="fr", fmt="html", typo="nnbsp",
    style="long reportage / feature", topic="fisheries access talks (Senegal–Mauritania)",
    title="« On pêche à crédit » : à Saint-Louis, les piroguiers suspendus aux négociations avec la Mauritanie",
    source="Le Courrier du Fleuve", section="Afrique",
    url="https://www.courrierdufleuve.example/afrique/2025/04/14/on-peche-a-credit-saint-louis-piroguiers-mauritanie",
    published="2025-04-14T06:30", updated="2025-04-14T11:02",
    authors=["Hélène Sow"], editors=[],
    marks=[("«", "»")],
    ignore=["Baye Fall II", "la ligne"],
    chrome_quotes=["On pêche à crédit depuis février.", "Nous ne sommes pas des pirates",
                   "La mer ne nous nourrit plus"],
    paras=[
        P("À l'aube, sur la plage de Guet Ndar, les pirogues peintes de bleu et de jaune rentrent presque vides. "
          "Ousmane Diagne, 47 ans, saute dans l'eau tiède pour pousser la « Baye Fall II » sur le sable. "
          "« Trois caisses de sardinelles pour deux jours en mer. Avec ça, je ne paie même pas le carburant », "
          "lâche-t-il en essuyant ses mains sur un boubou délavé.",
          Q("Trois caisses de sardinelles pour deux jours en mer. Avec ça, je ne paie même pas le carburant",
            "Ousmane Diagne", "il", "lâcher")),
        P("Depuis l'expiration, en février, du protocole qui autorisait quelque 400 pirogues saint-louisiennes à "
          "pêcher dans les eaux mauritaniennes, la flottille artisanale de la Langue de Barbarie est cantonnée à une "
          "bande côtière surexploitée. Sur la plage, tout le monde parle désormais de « la ligne », cette frontière "
          "maritime invisible qu'on n'a plus le droit de franchir sans licence."),
        P("— On nous dit d'attendre. Attendre quoi ? Que nos enfants prennent les pirogues pour l'Espagne ? "
          "interroge son cousin, Mamadou Lamine Guèye, assis sur une caisse retournée.",
          Q("On nous dit d'attendre. Attendre quoi ? Que nos enfants prennent les pirogues pour l'Espagne ?",
            "Mamadou Lamine Guèye", "son cousin, Mamadou Lamine Guèye", "interroger", dash=True)),
        P("— Tais-toi, on a déjà trop parlé aux journalistes, coupe Ousmane Diagne, à moitié en riant.",
          Q("Tais-toi, on a déjà trop parlé aux journalistes", "Ousmane Diagne", "Ousmane Diagne", "couper",
            dash=True)),
        P("À Dakar, le ministère des Pêches et de l'Économie maritime assure que les discussions « avancent dans un "
          "esprit fraternel ». La ministre, Fatou Kiné Ba-Thiam, a rencontré la semaine dernière à Nouakchott son "
          "homologue mauritanien, Ahmedou Ould Taleb Jiddou, pour une troisième session de la commission mixte. "
          "« Nous ne signerons pas un accord qui déplace la pression de pêche d'un côté de la frontière à l'autre », "
          "a-t-elle déclaré à l'issue de la réunion.",
          Q("avancent dans un esprit fraternel", None, "le ministère des Pêches et de l'Économie maritime",
            "assurer", partial=True, note="ministry as source"),
          Q("Nous ne signerons pas un accord qui déplace la pression de pêche d'un côté de la frontière à l'autre",
            "Fatou Kiné Ba-Thiam", "elle", "déclarer")),
        P("Le ministre mauritanien a tenu un discours en miroir. « La Mauritanie n'a jamais fermé la porte à ses "
          "frères sénégalais, mais la ressource n'est pas infinie », a-t-il affirmé devant la presse, évoquant un "
          "stock de sardinelles « au bord de l'effondrement ». Selon lui, tout nouvel accord devra inclure « un "
          "plafond de captures vérifiable par satellite ».",
          Q("La Mauritanie n'a jamais fermé la porte à ses frères sénégalais, mais la ressource n'est pas infinie",
            "Ahmedou Ould Taleb Jiddou", "il", "affirmer"),
          Q("au bord de l'effondrement", "Ahmedou Ould Taleb Jiddou", "il", "évoquer", partial=True),
          Q("un plafond de captures vérifiable par satellite", "Ahmedou Ould Taleb Jiddou", "lui", None,
            partial=True, note="'Selon lui' attribution")),
        P("Les deux ministres – elle à Dakar, lui à Nouakchott – se renvoient pourtant la responsabilité du blocage. "
          "Pour la Sénégalaise, la demande mauritanienne d'un débarquement obligatoire de 30 % des prises à "
          "Nouadhibou est « inacceptable en l'état » ; pour son homologue, c'est au contraire « la condition "
          "minimale d'une pêche qui profite aussi aux Mauritaniens ».",
          Q("inacceptable en l'état", "Fatou Kiné Ba-Thiam", "la Sénégalaise", None, partial=True),
          Q("la condition minimale d'une pêche qui profite aussi aux Mauritaniens", "Ahmedou Ould Taleb Jiddou",
            "son homologue", None, partial=True)),
        P("Les scientifiques, eux, s'inquiètent moins de la ligne que de ce qui nage de part et d'autre. « La "
          "sardinelle ronde ne connaît pas les frontières. Elle migre du Sénégal à la Mauritanie et retour, au gré "
          "des remontées d'eau froide. Négocier des quotas nationaux sans évaluation commune du stock, c'est "
          "partager un gâteau dont personne ne connaît la taille. »",
          Q("La sardinelle ronde ne connaît pas les frontières. Elle migre du Sénégal à la Mauritanie et retour, au "
            "gré des remontées d'eau froide. Négocier des quotas nationaux sans évaluation commune du stock, c'est "
            "partager un gâteau dont personne ne connaît la taille.",
            "Mariama Diallo-Lefèvre", None, None,
            note="speaker only named in the following paragraph")),
        P("Mariama Diallo-Lefèvre dirige le programme pélagique du Centre ouest-africain d'études halieutiques "
          "(CODEH), à Dakar. L'océanographe plaide depuis des années pour une commission régionale dotée de moyens "
          "propres. « On a des campagnes acoustiques tous les trois ans, quand le bateau n'est pas en panne, "
          "soupire-t-elle. Ce n'est pas comme ça qu'on gère une ressource partagée. »",
          Q("On a des campagnes acoustiques tous les trois ans, quand le bateau n'est pas en panne",
            "Mariama Diallo-Lefèvre", "elle", "soupirer", note="quote interrupted by an incise", inc="close"),
          Q("Ce n'est pas comme ça qu'on gère une ressource partagée.", "Mariama Diallo-Lefèvre", "elle",
            "soupirer", inc="open")),
        P("Le dernier rapport du CODEH, publié en mars, est sans appel : la biomasse de sardinelle ronde aurait "
          "reculé de près de moitié en dix ans, et l'espèce est « pleinement exploitée, voire surexploitée, sur "
          "l'ensemble de son aire de répartition ». Le document pointe aussi du doigt les usines de farine de "
          "poisson installées sur la côte mauritanienne, qui absorbent une part croissante et mal documentée des "
          "débarquements.",
          Q("pleinement exploitée, voire surexploitée, sur l'ensemble de son aire de répartition", None,
            "le dernier rapport du CODEH", None, partial=True, note="document"),
),
        P("Ces usines, dont plusieurs appartiennent à des capitaux étrangers, sont au cœur de la colère des "
          "pêcheurs sénégalais. Un cadre de l'une d'elles, joint par téléphone à Nouadhibou et qui a requis "
          "l'anonymat, balaie les critiques : « Nous achetons ce que les pêcheurs nous vendent. Si le poisson "
          "n'était pas là, nous ne serions pas là non plus. »",
          Q("Nous achetons ce que les pêcheurs nous vendent. Si le poisson n'était pas là, nous ne serions pas là "
            "non plus.", None, "un cadre de l'une d'elles", "balayer", note="anonymous source")),
        P("Sur la plage, les transformatrices, qui fument et sèchent le poisson depuis des générations, se disent "
          "les premières victimes. «On n'a plus de quoi remplir les claies. Mes filles vont vendre des beignets au "
          "marché», raconte Ndèye Coumba Seck, 58 ans, au milieu des fours éteints.",
          Q("On n'a plus de quoi remplir les claies. Mes filles vont vendre des beignets au marché",
            "Ndèye Coumba Seck", "Ndèye Coumba Seck", "raconter", note="guillemets without inner spaces")),
        P("Selon Mme Seck, la fermeture de la zone mauritanienne a surtout fait flamber les prix. Le kilo de "
          "sardinelle, « qui se vendait 150 francs il y a cinq ans », s'échange aujourd'hui à plus du triple sur "
          "le quai. « Les gens disent que c'est la faute des Mauritaniens. Moi, je dis que c'est la faute de tout "
          "le monde », ajoute-t-elle.",
          Q("qui se vendait 150 francs il y a cinq ans", "Ndèye Coumba Seck", "Mme Seck", None, partial=True,
            note="'Selon Mme Seck' carries over into the next sentence"),
          Q("Les gens disent que c'est la faute des Mauritaniens. Moi, je dis que c'est la faute de tout le monde",
            "Ndèye Coumba Seck", "elle", "ajouter")),
        P("À Nouakchott, un diplomate européen qui suit le dossier estime qu'un compromis reste possible avant la "
          "fin de la saison froide, à condition que les deux capitales acceptent une évaluation scientifique "
          "conjointe. L'Union européenne, qui dispose elle-même d'un accord de pêche avec la Mauritanie, se garde "
          "toutefois de toute médiation officielle."),
        P("Interrogée sur ce point, Mme Ba-Thiam s'est dite favorable à « toute expertise indépendante, pourvu "
          "qu'elle soit partagée ». Son homologue mauritanien n'a pas répondu à nos sollicitations.",
          Q("toute expertise indépendante, pourvu qu'elle soit partagée", "Fatou Kiné Ba-Thiam", "Mme Ba-Thiam",
            "se dire", partial=True)),
        P("Le soir tombe sur Guet Ndar. Ousmane Diagne répare un filet en silence, puis relève la tête : « Le "
          "poisson, il est là-bas. Nous, on est ici. Entre les deux, il y a des ministres. »",
          Q("Le poisson, il est là-bas. Nous, on est ici. Entre les deux, il y a des ministres.", "Ousmane Diagne",
            "Ousmane Diagne", None, note="colon introduction without a speech verb")),
    ],
    entities=dict(
        people=["Ousmane Diagne", "Mamadou Lamine Guèye", "Fatou Kiné Ba-Thiam", "Ahmedou Ould Taleb Jiddou",
                "Mariama Diallo-Lefèvre", "Ndèye Coumba Seck"],
        places=["Saint-Louis", "Guet Ndar", "Langue de Barbarie", "Mauritanie", "Sénégal", "Dakar", "Nouakchott",
                "Nouadhibou", "Espagne"],
        organizations=["ministère des Pêches et de l'Économie maritime",
                       "Centre ouest-africain d'études halieutiques", "Union européenne"]),
    topics=["fisheries", "maritime borders", "Senegal–Mauritania relations", "artisanal fishing", "migration"],
    patterns=[
        "« » with narrow no-break spaces (U+202F), written as HTML entities (&laquo;&#8239;…) in the page",
        "one «…» pair without inner spaces (p11)",
        "dialogue dashes (— …, interroge X / coupe X) with the tag after the speech (p2, p3)",
        "two ministers with the same role, a woman and a man: la ministre / le ministre mauritanien / "
        "la Sénégalaise / son homologue (p4–p6)",
        "'Selon lui' and 'Selon Mme Seck' attributions; surname-only 'Mme Seck', 'Mme Ba-Thiam'",
        "speaker introduced only in the paragraph after the quote (p7 → p8)",
        "quote interrupted by an incise « …, soupire-t-elle. … » split into two gold quotes (p8)",
        "document (CODEH report) and ministry as null-speaker sources; anonymous factory manager",
        "particle/compound names: Ahmedou Ould Taleb Jiddou, Fatou Kiné Ba-Thiam, Mariama Diallo-Lefèvre",
        "boat name « Baye Fall II » and the local term « la ligne » in guillemets: not speech (ignored)",
        "chrome traps: quoted headline in <h1>, caption quote, pull-quote repeating p15, related-headline box",
    ],
    render=dict(
        scope=("class", "article__body"),
        p_open='<p class="article__paragraph">',
        entities=["«", "»", "\u202f", "’"],
        inserts={
            6: '''      <aside class="pullquote" aria-hidden="true">
        <blockquote><p>&laquo;&#8239;Le poisson, il est là-bas. Nous, on est ici.&#8239;&raquo;</p></blockquote>
      </aside>''',
            10: '''      <div class="inline-related"><p><strong>Lire aussi</strong> <a href="/afrique/2025/03/02/kayar-manifestation">&laquo;&#8239;Nous ne sommes pas des pirates&#8239;&raquo; : les pêcheurs de Kayar manifestent devant la préfecture</a></p></div>''',
        },
        template='''<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>&laquo;&#8239;On pêche à crédit&#8239;&raquo; : à Saint-Louis, les piroguiers suspendus aux négociations avec la Mauritanie – Le Courrier du Fleuve</title>
  <meta property="og:site_name" content="Le Courrier du Fleuve">
  <meta property="og:title" content="« On pêche à crédit » : à Saint-Louis, les piroguiers suspendus aux négociations avec la Mauritanie">
  <meta property="og:url" content="https://www.courrierdufleuve.example/afrique/2025/04/14/on-peche-a-credit-saint-louis-piroguiers-mauritanie">
  <meta property="article:published_time" content="2025-04-14T06:30:00+00:00">
  <meta property="article:modified_time" content="2025-04-14T11:02:00+00:00">
  <meta property="article:section" content="Afrique">
  <meta name="author" content="Hélène Sow">
  <link rel="canonical" href="https://www.courrierdufleuve.example/afrique/2025/04/14/on-peche-a-credit-saint-louis-piroguiers-mauritanie">
</head>
<body class="page-article">
  <header class="site-header">
    <a class="logo" href="/">Le Courrier du Fleuve</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/">À la une</a></li><li><a href="/afrique/">Afrique</a></li><li><a href="/monde/">Monde</a></li>
        <li><a href="/economie/">Économie</a></li><li><a href="/environnement/">Environnement</a></li>
        <li><a href="/culture/">Culture</a></li><li><a class="btn" href="/abonnement/">S'abonner</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/afrique/">Afrique</a> › Sénégal</nav>
    <article class="article">
      <header class="article__header">
        <p class="article__kicker">Reportage</p>
        <h1 class="article__title">&laquo;&#8239;On pêche à crédit&#8239;&raquo; : à Saint-Louis, les piroguiers suspendus aux négociations avec la Mauritanie</h1>
        <p class="article__standfirst">Depuis l'expiration de l'accord de pêche entre Dakar et Nouakchott, les pirogues de Guet Ndar restent à quai ou rentrent presque vides. Les deux gouvernements négocient, les scientifiques s'alarment.</p>
        <p class="article__byline">Par <a href="/auteurs/helene-sow" rel="author">Hélène Sow</a> (Saint-Louis, envoyée spéciale)</p>
        <p class="article__dates">Publié le <time datetime="2025-04-14T06:30">14 avril 2025 à 06h30</time>, mis à jour à <time datetime="2025-04-14T11:02">11h02</time></p>
        <p class="article__share">Partager : <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copier le lien</a></p>
      </header>
      <figure class="article__media">
        <img src="/img/2025/04/guet-ndar-pirogues.jpg" alt="Pirogues sur la plage de Guet Ndar">
        <figcaption>Ousmane Diagne sur la plage de Guet Ndar, à Saint-Louis : &laquo;&#8239;On pêche à crédit depuis février.&#8239;&raquo; <span class="credit">Photo Hélène Sow / Le Courrier du Fleuve</span></figcaption>
      </figure>
      <div class="article__body">
{BODY}
      </div>
      <footer class="article__footer">
        <p class="article__tags">Mots-clés : <a href="/tag/peche">pêche</a>, <a href="/tag/senegal">Sénégal</a>, <a href="/tag/mauritanie">Mauritanie</a></p>
        <p class="article__share">Cet article vous a intéressé ? Partagez-le : <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
      </footer>
    </article>
    <section class="related">
      <h2>Sur le même sujet</h2>
      <ul>
        <li><a href="/afrique/2025/02/20/accord-peche-expire">Accord de pêche : Dakar et Nouakchott se donnent trois mois</a></li>
        <li><a href="/monde/2025/01/09/pirogues-canaries">Migrations : &laquo;&#8239;La mer ne nous nourrit plus&#8239;&raquo;, disent les jeunes de Guet Ndar</a></li>
        <li><a href="/environnement/2024/11/30/farine-poisson">Farine de poisson : enquête sur une industrie qui prospère</a></li>
      </ul>
    </section>
  </main>
  <footer class="site-footer">
    <p>© 2025 Le Courrier du Fleuve – Tous droits réservés · <a href="/mentions-legales">Mentions légales</a> · <a href="/contact">Contact</a></p>
  </footer>
</body>
</html>
'''),
)

# =====================================================================
# 02 — French, TXT, agency story + press-conference transcript: Niger basin dam
# =====================================================================
A02 = dict(
    slug="u11_02_fr_fleuve_niger_point_presse", lang="fr", fmt="txt", typo=None,
    style="agency copy + press-conference transcript", topic="river-basin diplomacy (Niger basin dam filling)",
    title="Fleuve Niger : pas d'accord sur le barrage de Kourou-Ba, les ministres se donnent jusqu'à juillet",
    source="AOAP – Agence Ouest-Africaine de Presse", section="Environnement",
    url="https://www.aoap.example/environnement/eau/fleuve-niger-kourou-ba-pas-d-accord",
    published="2025-06-02T22:47", updated="2025-06-03T08:15",
    authors=["Idrissa Maman Sani"], editors=[],
    marks=[("«", "»")],
    ignore=["le fleuve qui ne dort pas"],
    chrome_quotes=["Sans la crue, pas de riz", "avance au rythme prévu"],
    paras=[
        P("Niamey, 2 juin (AOAP) – Les ministres chargés de l'Eau des neuf pays riverains du fleuve Niger se sont "
          "quittés lundi soir sans accord sur le calendrier de remplissage du futur barrage de Kourou-Ba, en "
          "Guinée. Ils se sont toutefois engagés, selon la présidence du conseil des ministres, à se revoir avant "
          "l'hivernage."),
        P("Lors d'une conférence de presse conjointe, la ministre nigérienne de l'Hydraulique, Haoua Zakari "
          "Dan-Maradi, présidente en exercice du conseil des ministres, et le secrétaire exécutif de l'Autorité du "
          "bassin du fleuve Niger (ABFN), le Béninois Jean-Baptiste da Silveira, ont reconnu des divergences "
          "techniques avec la délégation malienne."),
        P("Le Mali, pays d'aval, redoute que le remplissage du réservoir, prévu sur trois saisons, ne réduise la "
          "crue qui alimente le delta intérieur. Dans un communiqué diffusé dans la soirée, le gouvernement de "
          "transition a jugé « prématurée toute mise en eau sans étude d'impact transfrontalière validée par "
          "l'ensemble des États membres ».",
          Q("prématurée toute mise en eau sans étude d'impact transfrontalière validée par l'ensemble des États "
            "membres", None, "le gouvernement de transition", "juger", partial=True,
            note="government communiqué")),
        P("Voici les principaux extraits de la conférence de presse, transcrits par l'AOAP."),
        P("Question (Télé Sahel) : Madame la Ministre, peut-on parler d'un échec ?",
          Q("Madame la Ministre, peut-on parler d'un échec ?", None, "Question (Télé Sahel)", None, unmarked=True,
            note="transcript: journalist's question, no quote marks")),
        P("Haoua Zakari Dan-Maradi : Non. Un échec, c'est quand on ne se parle plus. Nous avons passé deux jours à "
          "nous parler, parfois fort, je vous l'accorde. Le Mali a des préoccupations légitimes, la Guinée aussi. "
          "Notre travail est de les rendre compatibles.",
          Q("Non. Un échec, c'est quand on ne se parle plus. Nous avons passé deux jours à nous parler, parfois "
            "fort, je vous l'accorde. Le Mali a des préoccupations légitimes, la Guinée aussi. Notre travail est de "
            "les rendre compatibles.", "Haoua Zakari Dan-Maradi", "Haoua Zakari Dan-Maradi", None, unmarked=True,
            note="transcript turn")),
        P("Question (Radio Fleuve FM) : Monsieur da Silveira, la Guinée a-t-elle accepté de ralentir le "
          "remplissage ?",
          Q("Monsieur da Silveira, la Guinée a-t-elle accepté de ralentir le remplissage ?", None,
            "Question (Radio Fleuve FM)", None, unmarked=True, note="transcript: journalist's question")),
        P("Jean-Baptiste da Silveira : La Guinée a accepté de discuter d'un remplissage modulé, ce qui n'est pas la "
          "même chose. Ce que je peux vous dire, c'est que le principe d'un débit réservé minimum à Koulikoro est "
          "désormais acquis. Le chiffre, lui, ne l'est pas.",
          Q("La Guinée a accepté de discuter d'un remplissage modulé, ce qui n'est pas la même chose. Ce que je "
            "peux vous dire, c'est que le principe d'un débit réservé minimum à Koulikoro est désormais acquis. Le "
            "chiffre, lui, ne l'est pas.", "Jean-Baptiste da Silveira", "Jean-Baptiste da Silveira", None,
            unmarked=True, note="transcript turn")),
        P("Haoua Zakari Dan-Maradi : Si vous me permettez d'ajouter un mot : à Tillabéri, les anciens appellent le "
          "Niger « le fleuve qui ne dort pas ». Il ne nous appartient pas, c'est nous qui lui appartenons. Ceux qui "
          "l'oublient, le fleuve le leur rappelle.",
          Q("Si vous me permettez d'ajouter un mot : à Tillabéri, les anciens appellent le Niger « le fleuve qui ne "
            "dort pas ». Il ne nous appartient pas, c'est nous qui lui appartenons. Ceux qui l'oublient, le fleuve le "
            "leur rappelle.", "Haoua Zakari Dan-Maradi", "Haoua Zakari Dan-Maradi", None, unmarked=True,
            note="transcript turn containing a name in guillemets (not a separate quote)")),
        P("Question (AOAP) : Le Mali menace-t-il de quitter l'Autorité ?",
          Q("Le Mali menace-t-il de quitter l'Autorité ?", None, "Question (AOAP)", None, unmarked=True,
            note="transcript: question asked by a reporter of the publishing agency; still a transcribed "
                 "utterance, annotated like the other questions")),
        P("Jean-Baptiste da Silveira : Personne n'a parlé de quitter quoi que ce soit. Je lis comme vous les "
          "communiqués. Le Mali est membre fondateur de l'Autorité, il en restera membre.",
          Q("Personne n'a parlé de quitter quoi que ce soit. Je lis comme vous les communiqués. Le Mali est membre "
            "fondateur de l'Autorité, il en restera membre.", "Jean-Baptiste da Silveira",
            "Jean-Baptiste da Silveira", None, unmarked=True, note="transcript turn")),
        P("Interrogé par l'AOAP après la conférence de presse, un membre de la délégation malienne, sous couvert "
          "d'anonymat, s'est montré plus tranchant : « On nous demande de signer un chèque en blanc sur le dos des "
          "riziculteurs de Mopti. »",
          Q("On nous demande de signer un chèque en blanc sur le dos des riziculteurs de Mopti.", None,
            "un membre de la délégation malienne", "se montrer plus tranchant", note="anonymous source")),
        P("Le secrétaire exécutif a pour sa part indiqué que l'ABFN commanderait « dans les prochaines semaines » "
          "une nouvelle modélisation hydrologique, financée par la Banque africaine de développement. « Nous aurons "
          "des chiffres sur la table, et non des craintes », a assuré M. da Silveira.",
          Q("dans les prochaines semaines", "Jean-Baptiste da Silveira", "Le secrétaire exécutif", "indiquer",
            partial=True),
          Q("Nous aurons des chiffres sur la table, et non des craintes", "Jean-Baptiste da Silveira",
            "M. da Silveira", "assurer")),
        P("Les ministres doivent se retrouver en juillet à Conakry. D'ici là, a résumé Mme Zakari Dan-Maradi en "
          "quittant la salle, « chacun devra faire ses devoirs ».",
          Q("chacun devra faire ses devoirs", "Haoua Zakari Dan-Maradi", "Mme Zakari Dan-Maradi", "résumer",
            partial=True, note="speech tag placed before the quote, inside the sentence")),
    ],
    entities=dict(
        people=["Haoua Zakari Dan-Maradi", "Jean-Baptiste da Silveira"],
        places=["Niamey", "Niger", "Guinée", "Mali", "Kourou-Ba", "Koulikoro", "Tillabéri", "Mopti", "Conakry"],
        organizations=["Autorité du bassin du fleuve Niger", "ABFN", "AOAP", "Banque africaine de développement",
                       "Télé Sahel", "Radio Fleuve FM"]),
    topics=["transboundary water", "dams", "river-basin organisations", "Mali", "Guinea"],
    patterns=[
        "press-conference transcript: 'Name : …' turns without quote marks (annotated as quotes, unmarked)",
        "journalists' questions in the transcript ('Question (Télé Sahel) : …', including the AOAP's own, p9) "
        "annotated as unmarked quotes with speaker null",
        "a name in guillemets inside a transcript turn (« le fleuve qui ne dort pas »): not a separate quote",
        "'selon la présidence' without quote marks (p0) and a government communiqué as null-speaker source (p2)",
        "anonymous delegate; descriptor 'Le secrétaire exécutif' then 'M. da Silveira' (lower-case particle)",
        "speech tag before a partial quote inside the sentence ('a résumé Mme …, « … »')",
        "regular spaces inside « » (no no-break spaces); 'À lire aussi' and 'LIRE AUSSI' lines with quoted "
        "headlines between and after paragraphs (chrome)",
    ],
    render=dict(
        inserts={3: "LIRE AUSSI – Delta intérieur : « Sans la crue, pas de riz », alertent les paysans de Mopti"},
        template='''AOAP – Agence Ouest-Africaine de Presse
Accueil | Politique | Économie | Environnement | Société | Sports | Culture
Rechercher...    Se connecter

Environnement > Eau

Fleuve Niger : pas d'accord sur le barrage de Kourou-Ba, les ministres se donnent jusqu'à juillet

Publié le 02/06/2025 à 22:47 | Mis à jour le 03/06/2025 à 08:15
Par Idrissa Maman Sani, à Niamey

Taille du texte : A- A+    Imprimer

{BODY}

IMS/ab

© AOAP 2025 – Toute reproduction interdite sans autorisation
Partager : Facebook | X | WhatsApp | LinkedIn | E-mail

À lire aussi
- Delta intérieur : « Sans la crue, pas de riz », alertent les paysans de Mopti
- Guinée : le chantier de Kourou-Ba « avance au rythme prévu », selon Conakry
- Sécheresse : le débit du Niger à Niamey au plus bas depuis 2011

Mots-clés : fleuve Niger, barrage, ABFN, Mali, Guinée, eau
Newsletter AOAP Environnement – chaque vendredi dans votre boîte mail
'''),
)

# =====================================================================
# 03 — French, RSS 2.0 with content:encoded CDATA: debt talks built on readouts
# =====================================================================
A03 = dict(
    slug="u11_03_fr_dette_madagascar_creanciers", lang="fr", fmt="xml", typo="nbsp",
    style="story built on official readouts and documents", topic="sovereign debt restructuring talks (Madagascar)",
    title="Dette : les créanciers de Madagascar promettent un traitement « compatible » avec le programme du FMI",
    source="Économie & Développement Hebdo", section="Finance internationale",
    url="https://www.eco-dev.example/finance-internationale/dette-madagascar-creanciers-paris",
    published="2025-04-18T19:40", updated=None,
    authors=["Laurent Rakotobe-Marchand"], editors=[],
    marks=[("«", "»")],
    ignore=[],
    chrome_quotes=[],
    paras=[
        P("Les créanciers officiels de Madagascar se sont engagés vendredi à Paris à accorder à la Grande Île un "
          "traitement de sa dette « compatible avec les paramètres du programme du FMI », selon le communiqué "
          "conjoint publié à l'issue de deux jours de discussions.",
          Q("compatible avec les paramètres du programme du FMI", None, "le communiqué conjoint", None,
            partial=True, note="document, 'selon' after the quote")),
        P("Le texte, signé par les coprésidents du comité des créanciers, la Française Anne-Sophie Delacroix-Barthe "
          "et le Chinois Li Wenjun, évoque des progrès substantiels mais ne chiffre ni la réduction de la valeur "
          "actualisée ni l'allongement des maturités."),
        P("Le compte rendu diffusé par le Trésor français va un peu plus loin. Il indique que les créanciers ont "
          "« pris note avec satisfaction » des mesures budgétaires adoptées par Antananarivo et qu'ils souhaitent "
          "conclure un protocole d'accord d'ici la fin du troisième trimestre.",
          Q("pris note avec satisfaction", None, "le compte rendu diffusé par le Trésor français", "indiquer",
            partial=True, note="readout"),
),
        P("« C'est une étape, pas une arrivée », a déclaré à la presse Mme Delacroix-Barthe, directrice adjointe "
          "du Trésor, en sortant du ministère, à Bercy. « Les créanciers publics ont fait leur part du chemin. Il "
          "reste à tous les autres, y compris privés, à faire la leur. »",
          Q("C'est une étape, pas une arrivée", "Anne-Sophie Delacroix-Barthe", "Mme Delacroix-Barthe",
            "déclarer"),
          Q("Les créanciers publics ont fait leur part du chemin. Il reste à tous les autres, y compris privés, à "
            "faire la leur.", "Anne-Sophie Delacroix-Barthe", None, None,
            note="second sentence, no new speech tag")),
        P("Son coprésident chinois s'est montré plus laconique. Li Wenjun, du ministère chinois des Finances, a "
          "simplement évoqué auprès de journalistes une réunion « constructive et franche », formule diplomatique "
          "qui signale généralement des désaccords persistants.",
          Q("constructive et franche", "Li Wenjun", "Li Wenjun", "évoquer", partial=True)),
        P("Côté malgache, la ministre de l'Économie et des Finances, Voahangy Rasoanaivo-Ratsimba, a salué « un "
          "signal fort envoyé aux marchés et à nos partenaires ».",
          Q("un signal fort envoyé aux marchés et à nos partenaires", "Voahangy Rasoanaivo-Ratsimba",
            "la ministre de l'Économie et des Finances, Voahangy Rasoanaivo-Ratsimba", "saluer", partial=True)),
        P("« Nous avons fait des sacrifices difficiles : la suppression des subventions au carburant, la réforme de "
          "la compagnie publique d'électricité, la hausse de la TVA sur certains produits. Les Malgaches attendent "
          "maintenant que la solidarité internationale ne soit pas qu'un mot », a-t-elle poursuivi lors d'un "
          "entretien téléphonique avec E&D.",
          Q("Nous avons fait des sacrifices difficiles : la suppression des subventions au carburant, la réforme de "
            "la compagnie publique d'électricité, la hausse de la TVA sur certains produits. Les Malgaches attendent "
            "maintenant que la solidarité internationale ne soit pas qu'un mot", "Voahangy Rasoanaivo-Ratsimba",
            "elle", "poursuivre")),
        P("Selon une note interne du FMI consultée par E&D, la dette publique malgache atteindrait 58 % du PIB à la "
          "fin de l'année, et le pays présente un risque « élevé » de surendettement.",
          Q("élevé", None, "une note interne du FMI", None, partial=True, note="one-word quote from a document")),
        P("Le chef de mission du Fonds pour Madagascar, le Ghanéen Kwame Asante-Boateng, a déclaré jeudi soir lors "
          "d'une visioconférence qu'un allègement d'au moins 40 % du service de la dette était « indispensable pour "
          "que le programme reste financé ». « Sans assurances de financement des créanciers, notre conseil "
          "d'administration ne peut pas approuver la prochaine revue », a rappelé l'économiste.",
          Q("indispensable pour que le programme reste financé", "Kwame Asante-Boateng",
            "Le chef de mission du Fonds pour Madagascar, le Ghanéen Kwame Asante-Boateng", "déclarer",
            partial=True),
          Q("Sans assurances de financement des créanciers, notre conseil d'administration ne peut pas approuver "
            "la prochaine revue", "Kwame Asante-Boateng", "l'économiste", "rappeler")),
        P("La question des créanciers privés reste entière. Un groupe de porteurs d'obligations, réuni au sein d'un "
          "comité ad hoc, a fait savoir dans une lettre aux autorités qu'il était prêt à s'engager de bonne foi, "
          "tout en rejetant par avance toute décote disproportionnée."),
        P("Pour l'économiste malgache Hery Andrianarivelo-Razafy, professeur à l'université d'Antananarivo, le "
          "calendrier est « beaucoup trop lent pour les ménages ». « Pendant que les créanciers négocient entre "
          "Paris et Pékin, les hôpitaux de district manquent de paracétamol », observe-t-il.",
          Q("beaucoup trop lent pour les ménages", "Hery Andrianarivelo-Razafy",
            "l'économiste malgache Hery Andrianarivelo-Razafy", None, partial=True,
            note="'Pour X' attribution; 'l'économiste' also used for Asante-Boateng in p8"),
          Q("Pendant que les créanciers négocient entre Paris et Pékin, les hôpitaux de district manquent de "
            "paracétamol", "Hery Andrianarivelo-Razafy", "il", "observer")),
        P("Interrogé sur ce point, un responsable du ministère français de l'Économie, s'exprimant sous couvert "
          "d'anonymat, a reconnu que le processus était « trop long, pour tout le monde », tout en mettant en avant "
          "le rôle moteur de Paris.",
          Q("trop long, pour tout le monde", None, "un responsable du ministère français de l'Économie",
            "reconnaître", partial=True, note="anonymous official")),
        P("Mme Rasoanaivo-Ratsimba doit rencontrer la semaine prochaine à Washington les représentants du FMI et de "
          "la Banque mondiale, en marge des Réunions de printemps. « Nous irons avec un message simple : Madagascar "
          "a tenu ses engagements », a-t-elle assuré.",
          Q("Nous irons avec un message simple : Madagascar a tenu ses engagements", "Voahangy Rasoanaivo-Ratsimba",
            "elle", "assurer")),
        P("La prochaine réunion du comité des créanciers est prévue en juin, à Pékin cette fois, selon le "
          "communiqué."),
    ],
    entities=dict(
        people=["Anne-Sophie Delacroix-Barthe", "Li Wenjun", "Voahangy Rasoanaivo-Ratsimba", "Kwame Asante-Boateng",
                "Hery Andrianarivelo-Razafy"],
        places=["Madagascar", "Paris", "Antananarivo", "Bercy", "Washington", "Pékin"],
        organizations=["FMI", "Trésor", "ministère chinois des Finances", "Banque mondiale",
                       "université d'Antananarivo", "E&D"]),
    topics=["sovereign debt", "debt restructuring", "IMF programme", "official creditors", "Madagascar"],
    patterns=[
        "RSS 2.0 item, body in <content:encoded> CDATA; <description> teaser repeats a quote (not body)",
        "« » with ordinary no-break spaces (U+00A0), also before ':' inside a quote",
        "official readouts as sources: communiqué conjoint, compte rendu du Trésor ('Il indique…'), FMI note",
        "one-word quote « élevé » from a document",
        "two co-chairs, a woman and a man (la Française / le Chinois / son coprésident chinois)",
        "'l'économiste' used for two different people (p8 Asante-Boateng, p10 Andrianarivelo-Razafy)",
        "second quote in the same paragraph with no new speech tag (p3)",
        "quote-first with tag after ('…', a déclaré à la presse Mme X, directrice adjointe du Trésor)",
        "'selon le communiqué' with no quote (p13) and 'des progrès substantiels' unquoted (p1)",
        "anonymous official (null); a bondholders' letter reported without any quote marks (p9)",
    ],
    render=dict(
        content_mode="cdata",
        template='''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Économie &amp; Développement Hebdo – Finance internationale</title>
    <link>https://www.eco-dev.example/finance-internationale/</link>
    <atom:link href="https://www.eco-dev.example/finance-internationale/feed.xml" rel="self" type="application/rss+xml"/>
    <description>Dette, aide, marchés émergents : l'actualité de la finance du développement.</description>
    <language>fr-FR</language>
    <lastBuildDate>Fri, 18 Apr 2025 19:45:12 +0200</lastBuildDate>
    <generator>Pressoir 4.2</generator>
    <item>
      <title>Dette : les créanciers de Madagascar promettent un traitement « compatible » avec le programme du FMI</title>
      <link>https://www.eco-dev.example/finance-internationale/dette-madagascar-creanciers-paris</link>
      <guid isPermaLink="false">ecodev-2025-04-18-5521</guid>
      <dc:creator>Laurent Rakotobe-Marchand</dc:creator>
      <pubDate>Fri, 18 Apr 2025 19:40:00 +0200</pubDate>
      <category>Finance internationale</category>
      <category>Dette</category>
      <description>Réunis à Paris, les créanciers officiels de la Grande Île évoquent des progrès. « C'est une étape, pas une arrivée », résume la coprésidente française.</description>
      <content:encoded>{CONTENT}</content:encoded>
    </item>
  </channel>
</rss>
'''),
)

ARTICLES = [A01, A02, A03]
