from core import P, Q

# =====================================================================
# 07 — Spanish, HTML, feature with reported dialogue: hake quota, Río de la Plata
# =====================================================================
A07 = dict(
    slug="u11_07_es_merluza_zona_comun", lang="es", fmt="html", typo=None,
    style="feature with reported dialogue (rayas)", topic="shared fishery quota dispute (Argentina–Uruguay)",
    title="Merluza: la pelea por la cuota que deja a Mar del Plata mirando al río",
    source="El Observador del Plata", section="Economía",
    url="https://www.observadorplata.example/economia/2025/05/11/merluza-cuota-zona-comun-argentina-uruguay",
    published="2025-05-11T08:00", updated=None,
    authors=["Martina Goyeneche"], editors=[],
    marks=[("“", "”")],
    ignore=[],
    chrome_quotes=["Nunca vi una temporada así", "Sin cuota no hay zafra", "El mar no es de nadie"],
    paras=[
        P("MAR DEL PLATA.– A las cinco de la mañana, el fresquero <em>Santa Rita II</em> descarga cajones de merluza "
          "bajo los reflectores del puerto. Su capitán, Héctor Ruiz Díaz, lleva treinta y dos años en el mar y nunca "
          "había visto, dice, una temporada “tan incierta como esta”.",
          Q("tan incierta como esta", "Héctor Ruiz Díaz", "Su capitán, Héctor Ruiz Díaz", "decir", partial=True)),
        P("La incertidumbre tiene nombre y apellido: la negociación entre la Argentina y el Uruguay sobre la captura "
          "máxima de merluza en la Zona Común de Pesca, estancada desde marzo en la comisión binacional que "
          "administra el Frente Marítimo del Río de la Plata."),
        P("—¿Usted sabe cuánto nos dejan pescar este año? —le pregunta Ruiz Díaz a este cronista, y se responde "
          "solo—: Nadie sabe. Ni ellos.",
          Q("¿Usted sabe cuánto nos dejan pescar este año?", "Héctor Ruiz Díaz", "Ruiz Díaz", "preguntar",
            dash=True),
          Q("Nadie sabe. Ni ellos.", "Héctor Ruiz Díaz", "Ruiz Díaz", "responderse", dash=True,
            note="resumes after the narrator's incise '—…—:'")),
        P("A su lado, su hija Lucía Ruiz Díaz, primera oficial del barco desde hace dos temporadas, lo corrige sin "
          "levantar la vista de la planilla de descarga:"),
        P("—Saben, papá. Lo que no hay es acuerdo.",
          Q("Saben, papá. Lo que no hay es acuerdo.", "Lucía Ruiz Díaz", "su hija Lucía Ruiz Díaz", "corregir",
            dash=True, note="speaker and verb in the previous paragraph; shares the surname with her father")),
        P("En Buenos Aires, la subsecretaria de Pesca y Acuicultura, Carolina Etchegaray Bustos, sostuvo que la "
          "Argentina “no va a aceptar un reparto que ignore el esfuerzo de investigación” que realizan los buques "
          "científicos nacionales.",
          Q("no va a aceptar un reparto que ignore el esfuerzo de investigación", "Carolina Etchegaray Bustos",
            "la subsecretaria de Pesca y Acuicultura, Carolina Etchegaray Bustos", "sostener", partial=True)),
        P("“Nosotros ponemos los buques de investigación, los científicos y los datos. Lo mínimo es que eso se "
          "refleje en la cuota”, afirmó la funcionaria en diálogo con este diario.",
          Q("Nosotros ponemos los buques de investigación, los científicos y los datos. Lo mínimo es que eso se "
            "refleje en la cuota", "Carolina Etchegaray Bustos", "la funcionaria", "afirmar")),
        P("Del otro lado del río, su par uruguayo, el subsecretario de Pesca Gonzalo Pérez de Castro, respondió que "
          "su país “también hace ciencia, y de la buena”.",
          Q("también hace ciencia, y de la buena", "Gonzalo Pérez de Castro",
            "su par uruguayo, el subsecretario de Pesca Gonzalo Pérez de Castro", "responder", partial=True)),
        P("“Con todo respeto, el Uruguay no es un socio menor. El recurso es compartido, y la cuota también”, dijo "
          "Pérez de Castro en una conferencia de prensa en Montevideo. Consultado sobre las declaraciones de su "
          "colega argentina, el subsecretario añadió: “La conozco bien y la respeto. Pero los números son los "
          "números”.",
          Q("Con todo respeto, el Uruguay no es un socio menor. El recurso es compartido, y la cuota también",
            "Gonzalo Pérez de Castro", "Pérez de Castro", "decir"),
          Q("La conozco bien y la respeto. Pero los números son los números", "Gonzalo Pérez de Castro",
            "el subsecretario", "añadir", note="'La' = his female Argentine counterpart")),
        P("Consultada a su vez por este diario, la subsecretaria argentina respondió con ironía: “Me alegra que diga "
          "que los números son los números. Que los ponga sobre la mesa”.",
          Q("Me alegra que diga que los números son los números. Que los ponga sobre la mesa",
            "Carolina Etchegaray Bustos", "la subsecretaria argentina", "responder",
            note="echoes the previous speaker's words without marks")),
        P("Según un informe técnico de la comisión binacional al que tuvo acceso este diario, la biomasa "
          "reproductiva de merluza en la zona común se mantiene “por encima del punto de referencia límite, pero "
          "con tendencia declinante”.",
          Q("por encima del punto de referencia límite, pero con tendencia declinante", None,
            "un informe técnico de la comisión binacional", None, partial=True, note="document, 'Según'")),
        P("Para el biólogo pesquero Raúl Ansaldi-Moreno, investigador de la Universidad Nacional de Mar del Plata, la "
          "pelea por la cuota “es una pelea por el último pescado si nadie controla el descarte”.",
          Q("es una pelea por el último pescado si nadie controla el descarte", "Raúl Ansaldi-Moreno",
            "el biólogo pesquero Raúl Ansaldi-Moreno", None, partial=True, note="'Para X' attribution")),
        P("“Se tira por la borda entre un 15 y un 25 por ciento de lo que se captura. Nadie lo declara, nadie lo "
          "cuenta”, advirtió Ansaldi-Moreno, que pide observadores a bordo en toda la flota.",
          Q("Se tira por la borda entre un 15 y un 25 por ciento de lo que se captura. Nadie lo declara, nadie lo "
            "cuenta", "Raúl Ansaldi-Moreno", "Ansaldi-Moreno", "advertir")),
        P("En el puerto, la discusión suena lejana. Lucía termina de firmar los papeles de la descarga y mira el "
          "cielo cargado del sur."),
        P("—Si no hay acuerdo en junio, el barco se queda amarrado —dice—. Y la tripulación, en la casa.",
          Q("Si no hay acuerdo en junio, el barco se queda amarrado", "Lucía Ruiz Díaz", None, "decir", dash=True,
            note="implicit subject; the last person named is 'Lucía' (previous paragraph)"),
          Q("Y la tripulación, en la casa.", "Lucía Ruiz Díaz", None, "decir", dash=True, inc="open")),
        P("Su padre no dice nada. Enciende un cigarrillo y se queda mirando el <em>Santa Rita II</em>, que se mece "
          "contra el muelle."),
    ],
    entities=dict(
        people=["Héctor Ruiz Díaz", "Lucía Ruiz Díaz", "Carolina Etchegaray Bustos", "Gonzalo Pérez de Castro",
                "Raúl Ansaldi-Moreno"],
        places=["Mar del Plata", "Argentina", "Uruguay", "Buenos Aires", "Montevideo", "Río de la Plata"],
        organizations=["Universidad Nacional de Mar del Plata", "Frente Marítimo del Río de la Plata"]),
    topics=["fisheries", "shared fish stocks", "Argentina–Uruguay relations", "hake", "discards"],
    patterns=[
        "Spanish dialogue with rayas: '—… —le pregunta X—: …' (two stretches), a reply whose tag ('lo corrige') "
        "is in the previous paragraph, and '—… —dice—. …' with an implicit subject",
        "father and daughter share the surname Ruiz Díaz; 'Ruiz Díaz' alone means the father",
        "same role, woman and man: la subsecretaria / el subsecretario, 'su par uruguayo', 'su colega argentina'",
        "descriptor back-references: 'la funcionaria', 'el subsecretario', 'la subsecretaria argentina'",
        "particle surnames: Gonzalo Pérez de Castro; two-part Etchegaray Bustos; hyphenated Ansaldi-Moreno",
        "'Según un informe' (document, null) and 'Para X' (no verb) attributions",
        "a speaker's words echoed unquoted inside another speaker's quote (p9)",
        "ship name in <em> (no marks); caption, related box and 'Lea también' insert with quotes (chrome)",
    ],
    render=dict(
        scope=("class", "nota-cuerpo"),
        p_open='<p class="parrafo">',
        entities=["“", "”"],
        inserts={
            9: '''        <div class="lea-tambien"><span>Lea también</span> <a href="/economia/2025/04/02/protesta-marineros">&ldquo;El mar no es de nadie&rdquo;: la flota costera pide una mesa de diálogo</a></div>''',
        },
        template='''<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<title>Merluza: la pelea por la cuota que deja a Mar del Plata mirando al río - El Observador del Plata</title>
<meta name="description" content="Argentina y Uruguay no logran acordar la captura de merluza en la zona común. En el puerto, la flota espera.">
<meta property="og:site_name" content="El Observador del Plata">
<meta property="og:title" content="Merluza: la pelea por la cuota que deja a Mar del Plata mirando al río">
<meta name="article:published_time" content="2025-05-11T08:00:00-03:00">
<meta name="article:section" content="Economía">
</head>
<body>
<div id="barra-superior"><span class="fecha">Domingo 11 de mayo de 2025</span> <span class="clima">Mar del Plata 14°C</span> <a href="/suscripciones">Suscribite</a> <a href="/ingresar">Ingresar</a></div>
<header id="cabecera"><a href="/" class="logo">El Observador del Plata</a>
<ul class="menu"><li><a href="/politica">Política</a></li><li><a href="/economia">Economía</a></li><li><a href="/sociedad">Sociedad</a></li><li><a href="/el-mundo">El Mundo</a></li><li><a href="/deportes">Deportes</a></li><li><a href="/opinion">Opinión</a></li></ul>
</header>
<main>
<article class="nota">
  <div class="volanta">PESCA</div>
  <h1 class="titulo">Merluza: la pelea por la cuota que deja a Mar del Plata mirando al río</h1>
  <h2 class="bajada">La Argentina y el Uruguay no logran acordar la captura en la Zona Común de Pesca. En el puerto, la flota fresquera espera sin fecha.</h2>
  <div class="firma">Por <a href="/autores/martina-goyeneche">Martina Goyeneche</a> | Enviada especial a Mar del Plata</div>
  <time class="fecha-publicacion" datetime="2025-05-11T08:00:00-03:00">11 de mayo de 2025 · 08:00</time>
  <div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
  <figure class="foto-principal">
    <img src="/fotos/2025/05/santa-rita-ii.jpg" alt="El fresquero Santa Rita II en el puerto">
    <figcaption>Héctor Ruiz Díaz, capitán del Santa Rita II: &ldquo;Nunca vi una temporada así&rdquo;. (Foto: Ignacio Urrutia)</figcaption>
  </figure>
  <div class="nota-cuerpo">
{BODY}
  </div>
  <div class="etiquetas">Temas: <a href="/tema/pesca">Pesca</a> · <a href="/tema/uruguay">Uruguay</a> · <a href="/tema/mar-del-plata">Mar del Plata</a></div>
  <div class="compartir">¿Te gustó esta nota? Compartila: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</article>
<aside class="mas-leidas">
  <h3>Más leídas</h3>
  <ol>
    <li><a href="/economia/2025/05/09/puerto-protesta">&ldquo;Sin cuota no hay zafra&rdquo;: protesta de marineros en la banquina</a></li>
    <li><a href="/sociedad/2025/05/10/temporal-costa">Alerta amarilla por vientos en la costa atlántica</a></li>
    <li><a href="/politica/2025/05/10/cancilleria">Cancillería convocó a la comisión binacional para junio</a></li>
  </ol>
</aside>
</main>
<footer id="pie"><p>El Observador del Plata · Av. Independencia 1234, Mar del Plata · © 2025 Todos los derechos reservados</p><p><a href="/contacto">Contacto</a> | <a href="/privacidad">Política de privacidad</a></p></footer>
</body>
</html>
'''),
)

# =====================================================================
# 08 — Spanish (Spain), TXT, long feature: Bolivia debt talks
# =====================================================================
A08 = dict(
    slug="u11_08_es_deuda_bolivia_reportaje", lang="es", fmt="txt", typo=None,
    style="long feature (Spanish press, « » quotes)", topic="debt renegotiation (Bolivia, Spain, regional bank)",
    title="Bolivia, entre la deuda y la calle: «No pedimos perdón, pedimos tiempo»",
    source="La Tribuna Económica", section="Internacional",
    url="https://www.tribunaeconomica.example/internacional/2025-06-22/bolivia-deuda-acreedores-madrid.html",
    published="2025-06-22T00:15", updated="2025-06-22T09:40",
    authors=["Cristina Albarrán Echeverría"], editors=[],
    marks=[("«", "»")],
    ignore=[],
    chrome_quotes=["Canjes de deuda por clima", "presión"],
    paras=[
        P("LA PAZ / MADRID. En la plaza Murillo, frente al Palacio de Gobierno, una pancarta cuelga desde hace "
          "semanas de la verja de la catedral: «La deuda no la pagamos los pobres». Nadie sabe quién la colgó, y "
          "nadie la ha quitado.",
          Q("La deuda no la pagamos los pobres", None, "una pancarta", None,
            note="written slogan on an anonymous banner")),
        P("Bolivia negocia desde febrero con sus acreedores bilaterales y con el Banco de Desarrollo Andino (BDA) la "
          "reprogramación de unos 4.000 millones de dólares en vencimientos hasta 2028. Las reservas internacionales "
          "del país están en mínimos históricos y el Gobierno ha racionado las divisas a los importadores."),
        P("«No estamos pidiendo un perdón, estamos pidiendo tiempo». Así resume la posición de su Gobierno el "
          "ministro de Economía y Finanzas Públicas, Rodrigo Mamani Quispe, en su despacho del piso catorce del "
          "ministerio, con vistas al Illimani.",
          Q("No estamos pidiendo un perdón, estamos pidiendo tiempo", "Rodrigo Mamani Quispe",
            "el ministro de Economía y Finanzas Públicas, Rodrigo Mamani Quispe", "resumir",
            note="speaker named in the sentence after the quote ('Así resume…')")),
        P("El ministro, economista formado en Lovaina, pide «un periodo de gracia de al menos tres años» y una rebaja "
          "de tipos que permita, dice, «respirar sin dejar de pagar». Mamani insiste en que Bolivia «nunca ha dejado "
          "de honrar sus compromisos», ni siquiera en los peores años de la crisis del gas.",
          Q("un periodo de gracia de al menos tres años", "Rodrigo Mamani Quispe", "El ministro", "pedir",
            partial=True),
          Q("respirar sin dejar de pagar", "Rodrigo Mamani Quispe", None, "decir", partial=True),
          Q("nunca ha dejado de honrar sus compromisos", "Rodrigo Mamani Quispe", "Mamani", "insistir",
            partial=True, note="first surname only (Spanish naming)")),
        P("«Lo que no vamos a hacer es cerrar hospitales para pagar intereses. Eso lo tiene claro el presidente y lo "
          "tengo claro yo», añade.",
          Q("Lo que no vamos a hacer es cerrar hospitales para pagar intereses. Eso lo tiene claro el presidente y "
            "lo tengo claro yo", "Rodrigo Mamani Quispe", None, "añadir", note="implicit subject")),
        P("En Madrid, principal acreedor bilateral europeo de Bolivia, la secretaria de Estado de Economía, Beatriz "
          "Garmendia Urquiza, se muestra dispuesta a «explorar todas las fórmulas», incluidas las conversiones de "
          "deuda por inversiones en agua y saneamiento.",
          Q("explorar todas las fórmulas", "Beatriz Garmendia Urquiza",
            "la secretaria de Estado de Economía, Beatriz Garmendia Urquiza", "mostrarse dispuesta",
            partial=True)),
        P("«España ha hecho canjes de deuda con varios países de la región y los resultados han sido buenos. Pero un "
          "canje no sustituye a un acuerdo global con todos los acreedores», explicó Garmendia en un encuentro con "
          "periodistas.",
          Q("España ha hecho canjes de deuda con varios países de la región y los resultados han sido buenos. Pero "
            "un canje no sustituye a un acuerdo global con todos los acreedores", "Beatriz Garmendia Urquiza",
            "Garmendia", "explicar")),
        P("Según fuentes del Ministerio de Economía, Madrid no aceptará un trato menos favorable que el que "
          "obtengan los acreedores privados.",
),
        P("El gran interrogante es el BDA. Su presidenta, la peruana Valeria Sotomayor de Alvear, ha advertido en "
          "varias ocasiones de que el banco «no puede reestructurar sin poner en riesgo su calificación».",
          Q("no puede reestructurar sin poner en riesgo su calificación", "Valeria Sotomayor de Alvear",
            "Su presidenta, la peruana Valeria Sotomayor de Alvear", "advertir", partial=True)),
        P("En una entrevista reciente con una radio limeña, Sotomayor fue más allá: «Si el BDA pierde su grado de "
          "inversión, pierden todos nuestros países miembros, empezando por Bolivia. Eso hay que decirlo con "
          "claridad».",
          Q("Si el BDA pierde su grado de inversión, pierden todos nuestros países miembros, empezando por Bolivia. "
            "Eso hay que decirlo con claridad", "Valeria Sotomayor de Alvear", "Sotomayor", None,
            note="colon introduction, no speech verb")),
        P("Para José Antonio Villanueva del Campo, catedrático de Economía Aplicada en la Universidad Complutense, el "
          "argumento del banco «tiene parte de razón, pero también parte de coartada».",
          Q("tiene parte de razón, pero también parte de coartada", "José Antonio Villanueva del Campo",
            "José Antonio Villanueva del Campo", None, partial=True, note="'Para X' attribution")),
        P("«Los bancos multilaterales se consideran acreedores preferentes y, en la práctica, se eximen de las "
          "pérdidas. Eso significa que lo que no pone el BDA lo tienen que poner otros», señala Villanueva. Y "
          "agrega, con una sonrisa: «O nadie, que es lo que suele pasar».",
          Q("Los bancos multilaterales se consideran acreedores preferentes y, en la práctica, se eximen de las "
            "pérdidas. Eso significa que lo que no pone el BDA lo tienen que poner otros",
            "José Antonio Villanueva del Campo", "Villanueva", "señalar"),
          Q("O nadie, que es lo que suele pasar", "José Antonio Villanueva del Campo", None, "agregar")),
        P("En El Alto, la ciudad que se extiende sobre el altiplano por encima de La Paz, la dirigente vecinal "
          "Felipa Choque Mamani —sin parentesco con el ministro, aclara— tiene otras urgencias."),
        P("«Aquí la gente no sabe qué es un periodo de gracia. Sabe que el pan subió y que el gas no llega», dice "
          "Choque mientras reparte volantes para una marcha convocada por la Federación de Juntas Vecinales. La "
          "convocatoria, firmada por la federación, denuncia «un ajuste disfrazado de negociación».",
          Q("Aquí la gente no sabe qué es un periodo de gracia. Sabe que el pan subió y que el gas no llega",
            "Felipa Choque Mamani", "Choque", "decir"),
          Q("un ajuste disfrazado de negociación", None, "La convocatoria, firmada por la federación", "denunciar",
            partial=True, note="document")),
        P("El ministro asegura conocer ese malestar. «Yo también soy de El Alto», dice. «Mi madre vende en la feria "
          "de la 16 de Julio. No necesito que me expliquen lo que cuesta el pan».",
          Q("Yo también soy de El Alto", "Rodrigo Mamani Quispe", "El ministro", "decir",
            note="'El ministro' after a paragraph about Felipa Choque Mamani (shared surname)"),
          Q("Mi madre vende en la feria de la 16 de Julio. No necesito que me expliquen lo que cuesta el pan",
            "Rodrigo Mamani Quispe", None, "decir")),
        P("La próxima ronda con los acreedores se celebrará en Madrid a mediados de julio. La pancarta de la plaza "
          "Murillo, por ahora, sigue allí."),
    ],
    entities=dict(
        people=["Rodrigo Mamani Quispe", "Beatriz Garmendia Urquiza", "Valeria Sotomayor de Alvear",
                "José Antonio Villanueva del Campo", "Felipa Choque Mamani"],
        places=["La Paz", "Madrid", "Bolivia", "El Alto", "España", "Lovaina", "Lima"],
        organizations=["Banco de Desarrollo Andino", "BDA", "Ministerio de Economía", "Universidad Complutense",
                       "Federación de Juntas Vecinales"]),
    topics=["sovereign debt", "debt swaps", "multilateral development banks", "Bolivia", "Spain"],
    patterns=[
        "Spain-style « » quotes with the period outside ('…claridad».'); headline quote paraphrases the body quote",
        "quote first, speaker in the next sentence ('«…». Así resume … el ministro …, Rodrigo Mamani Quispe')",
        "three partial quotes in one sentence pair with 'dice' as an inserted tag (p3)",
        "Spanish double surnames: first surname alone refers back (Mamani, Garmendia, Sotomayor, Villanueva, "
        "Choque); a second person shares the surname Mamani (Felipa Choque Mamani) — trap for surname matching",
        "implicit subjects ('añade', 'dice') and a second quote with 'Y agrega:' (p11)",
        "a protest banner and a march call as null-speaker sources; 'Según fuentes del Ministerio' with no marks (p7)",
        "incise in rayas that is not speech ('—sin parentesco con el ministro, aclara—')",
        "'Te puede interesar' list and comment/share lines with quotes (chrome)",
    ],
    render=dict(
        inserts={7: "Te puede interesar: El BDA mantiene su calificación pese a la «presión» de los socios"},
        template='''LA TRIBUNA ECONÓMICA
Portada | Economía | Mercados | Internacional | Empresas | Opinión | Suscríbete
Buscar    Iniciar sesión

Internacional > América Latina

Bolivia, entre la deuda y la calle: «No pedimos perdón, pedimos tiempo»

La Paz pide tres años de gracia a sus acreedores; Madrid y el banco andino marcan los límites

CRISTINA ALBARRÁN ECHEVERRÍA
La Paz / Madrid - 22 jun 2025 - 00:15 CEST
Actualizado: 22 jun 2025 - 09:40 CEST

Compartir en Facebook  Compartir en X  Enviar por correo  Copiar enlace

{BODY}

Sobre la firma
Cristina Albarrán Echeverría es corresponsal de La Tribuna Económica para la región andina.

Comentarios (34)
Te puede interesar
· «Canjes de deuda por clima», la propuesta española que gana adeptos en América Latina
· El BDA mantiene su calificación pese a la «presión» de los socios
· Las reservas de Bolivia caen a su nivel más bajo desde 2006

© La Tribuna Económica. Todos los derechos reservados. Aviso legal | Política de cookies | Contacto
'''),
)

# =====================================================================
# 09 — Spanish, RSS 2.0, entity-escaped HTML in <description>: Pilcomayo river, wire
# =====================================================================
A09 = dict(
    slug="u11_09_es_pilcomayo_acta_agencia", lang="es", fmt="xml", typo=None,
    style="agency wire copy", topic="river-basin water sharing (Pilcomayo: Paraguay, Argentina, Bolivia)",
    title="Paraguay, Argentina y Bolivia firman un acta para repartir el agua del Pilcomayo",
    source="AIN - Agencia Iberoamericana de Noticias", section="Medio ambiente",
    url="https://www.ain-noticias.example/medio-ambiente/2025/10/08/pilcomayo-acta-trinacional",
    published="2025-10-08T18:05", updated=None,
    authors=[], editors=[],
    marks=[("\"", "\"")],
    ignore=["colmatación"],
    chrome_quotes=[],
    paras=[
        P("ASUNCIÓN, 8 oct (AIN). - Paraguay, Argentina y Bolivia firmaron este miércoles en Asunción un acta que "
          "compromete a los tres países a repartir \"de manera equitativa y solidaria\" los caudales del río "
          "Pilcomayo durante la estación seca, tras casi dos años de negociaciones técnicas.",
          Q("de manera equitativa y solidaria", None, "un acta", "comprometer", partial=True, note="document")),
        P("\"Es la primera vez en quince años que los tres países firman algo concreto sobre el Pilcomayo\", declaró "
          "a la AIN la viceministra paraguaya de Recursos Hídricos, Mirta Benítez de Giménez, tras la ceremonia en "
          "el Palacio de López.",
          Q("Es la primera vez en quince años que los tres países firman algo concreto sobre el Pilcomayo",
            "Mirta Benítez de Giménez", "la viceministra paraguaya de Recursos Hídricos, Mirta Benítez de Giménez",
            "declarar")),
        P("El acuerdo prevé obras conjuntas de dragado en el tramo donde el río se desborda y se pierde en los "
          "esteros, un fenómeno que los técnicos llaman \"colmatación\" y que cada año deja sin agua a comunidades "
          "enteras del Chaco."),
        P("Según la viceministra, las obras comenzarán \"antes de fin de año\" y se financiarán con un fondo común de "
          "45 millones de dólares aportado en partes iguales.",
          Q("antes de fin de año", "Mirta Benítez de Giménez", "la viceministra", None, partial=True)),
        P("El ministro boliviano de Medio Ambiente y Agua, Freddy Condori Apaza, calificó el acta de \"histórica\", "
          "aunque advirtió: \"Un papel no saca sedimentos. Lo que vale es lo que hagamos en el río\".",
          Q("histórica", "Freddy Condori Apaza", "El ministro boliviano de Medio Ambiente y Agua, Freddy Condori Apaza",
            "calificar", partial=True, note="one-word quote"),
          Q("Un papel no saca sedimentos. Lo que vale es lo que hagamos en el río", "Freddy Condori Apaza", None,
            "advertir")),
        P("Condori recordó que las comunidades bolivianas aguas arriba \"también sufren\" la escasez y pidió que el "
          "fondo incluya proyectos de riego en Tarija.",
          Q("también sufren", "Freddy Condori Apaza", "Condori", "recordar", partial=True)),
        P("Por la parte argentina firmó el secretario de Infraestructura y Política Hídrica, Facundo Aguirre Lanús, "
          "quien destacó el \"espíritu de cooperación\" de las delegaciones.",
          Q("espíritu de cooperación", "Facundo Aguirre Lanús", "quien", "destacar", partial=True)),
        P("\"Cuando el río no respeta fronteras, los gobiernos tenemos que aprender a no respetarlas tampoco, al menos "
          "en lo técnico\", bromeó Aguirre Lanús en su discurso, provocando risas entre los delegados.",
          Q("Cuando el río no respeta fronteras, los gobiernos tenemos que aprender a no respetarlas tampoco, al "
            "menos en lo técnico", "Facundo Aguirre Lanús", "Aguirre Lanús", "bromear")),
        P("Representantes de comunidades wichí y qom que viven a orillas del río en los tres países siguieron la "
          "firma desde las últimas filas del salón."),
        P("\"Nos invitaron a mirar, no a opinar\", lamentó el cacique wichí Ramón Tejerina, de la comunidad de Santa "
          "Victoria Este, en la provincia argentina de Salta. \"Nosotros conocemos el río mejor que cualquier "
          "ingeniero\".",
          Q("Nos invitaron a mirar, no a opinar", "Ramón Tejerina", "el cacique wichí Ramón Tejerina", "lamentar"),
          Q("Nosotros conocemos el río mejor que cualquier ingeniero", "Ramón Tejerina", None, None)),
        P("Tejerina dijo que las comunidades exigirán ser consultadas \"antes de que entre la primera draga\". "
          "Consultada por la AIN, la viceministra Benítez de Giménez aseguró que habrá \"mesas de diálogo\" con los "
          "pueblos indígenas \"en las próximas semanas\".",
          Q("antes de que entre la primera draga", "Ramón Tejerina", "Tejerina", "decir", partial=True),
          Q("mesas de diálogo", "Mirta Benítez de Giménez", "la viceministra Benítez de Giménez", "asegurar",
            partial=True),
          Q("en las próximas semanas", "Mirta Benítez de Giménez", "la viceministra Benítez de Giménez", "asegurar",
            partial=True)),
        P("Según datos de la comisión trinacional de la cuenca, el caudal del Pilcomayo en la estación de Misión La "
          "Paz cayó en septiembre a su nivel más bajo en dos décadas."),
        P("El acta será revisada dentro de un año por una comisión técnica conjunta, que deberá presentar un primer "
          "informe sobre las obras en junio. (AIN)"),
    ],
    entities=dict(
        people=["Mirta Benítez de Giménez", "Freddy Condori Apaza", "Facundo Aguirre Lanús", "Ramón Tejerina"],
        places=["Asunción", "Paraguay", "Argentina", "Bolivia", "Pilcomayo", "Chaco", "Tarija", "Salta",
                "Santa Victoria Este", "Misión La Paz"],
        organizations=["AIN", "Agencia Iberoamericana de Noticias"]),
    topics=["transboundary water", "river basins", "indigenous peoples", "drought", "South America"],
    patterns=[
        "RSS 2.0 with the whole body as entity-escaped HTML in <description>; straight quotes written as "
        "&amp;quot; (double-escaped)",
        "agency dateline 'ASUNCIÓN, 8 oct (AIN). -' inside the first paragraph; '(AIN)' at the end of the body",
        "one-word partial quotes (\"histórica\") and very short partials (\"mesas de diálogo\")",
        "relative-pronoun attribution ('…, quien destacó el \"…\"')",
        "'Según la viceministra' (no verb); 'Según datos de…' with no quote at all (p11)",
        "woman and man in parallel roles (viceministra / ministro / secretario)",
        "technical term in quotes (\"colmatación\", 'que los técnicos llaman'): not speech (ignored)",
        "speaker introduced after the quote, second quote without tag (p9)",
    ],
    render=dict(
        content_mode="escaped", esc_quote=True, encoding="iso-8859-1",
        template='''<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0">
<channel>
<title>AIN - Agencia Iberoamericana de Noticias - Medio ambiente</title>
<link>https://www.ain-noticias.example/medio-ambiente/</link>
<description>Últimas noticias de medio ambiente de la Agencia Iberoamericana de Noticias</description>
<language>es</language>
<copyright>© AIN 2025</copyright>
<ttl>15</ttl>
<item>
<title>Paraguay, Argentina y Bolivia firman un acta para repartir el agua del Pilcomayo</title>
<link>https://www.ain-noticias.example/medio-ambiente/2025/10/08/pilcomayo-acta-trinacional</link>
<guid>https://www.ain-noticias.example/medio-ambiente/2025/10/08/pilcomayo-acta-trinacional</guid>
<pubDate>Wed, 08 Oct 2025 18:05:00 -0300</pubDate>
<category>Medio ambiente</category>
<enclosure url="https://www.ain-noticias.example/fotos/2025/10/pilcomayo-firma.jpg" length="184220" type="image/jpeg"/>
<description>{CONTENT}</description>
</item>
</channel>
</rss>
'''),
)

ARTICLES = [A07, A08, A09]
