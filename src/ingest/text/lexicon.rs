//! Keyword tables (FR/EN/ES/DE) for the page chrome a browser copy drags along: widgets, link
//! lists, comment forms, credit lines. All entries are lowercase; lines are compared after
//! [`key`] folds them, so "Partager :" and "partager" are the same entry. Adding a language
//! or an outlet's wording is a table edit.

/// Folds a line for table lookups: lowercase, no-break spaces as spaces, single spaces,
/// trailing colons and arrows removed.
pub fn key(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    push_words(&mut out, line, usize::MAX);
    let end = out
        .trim_end_matches([':', '：', '›', '»', '>', '→', '…', ' ', '|'])
        .len();
    out.truncate(end);
    let start = out.len() - out.trim_start_matches(['›', '»', '>', '→', ' ', '|']).len();
    out.drain(..start);
    out
}

/// Appends the lowercased words of `line` to `out`, single-space separated, stopping once `out`
/// holds `limit` bytes or more. ASCII words (nearly all of them) are lowercased in place rather
/// than through `str::to_lowercase`, which allocates; other words keep its exact rules (final
/// sigma).
fn push_words(out: &mut String, line: &str, limit: usize) -> bool {
    for w in line
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if out.len() >= limit {
            return true;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            let from = out.len();
            out.push_str(w);
            out[from..].make_ascii_lowercase();
        } else {
            out.push_str(&w.to_lowercase());
        }
    }
    false
}

/// Whether `key(line)` starts with one of `prefixes` (all at most `max_len` bytes long), without
/// folding a whole paragraph to find out that it does not: the head of the line is folded first,
/// and once the leading marks are trimmed that head is a prefix of the full key's untrimmed
/// form, so a miss there is a miss. A hit is confirmed on the full key (its trailing trim can
/// shorten it).
pub fn key_starts_with_any(line: &str, prefixes: &[&str], max_len: usize) -> bool {
    let mut head = String::with_capacity(max_len + 48);
    let truncated = push_words(&mut head, line, max_len + 32);
    let trimmed = head.trim_start_matches(['›', '»', '>', '→', ' ', '|']);
    if truncated && trimmed.len() >= max_len && !prefixes.iter().any(|p| trimmed.starts_with(p)) {
        return false;
    }
    let k = key(line);
    prefixes.iter().any(|p| k.starts_with(p))
}

/// Length in bytes of the longest entry of a table.
pub const fn max_len(table: &[&str]) -> usize {
    let mut i = 0;
    let mut max = 0;
    while i < table.len() {
        if table[i].len() > max {
            max = table[i].len();
        }
        i += 1;
    }
    max
}

/// Whole lines that are buttons, social networks, navigation or form labels.
pub const WIDGETS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share on",
    "partager",
    "partagez",
    "partager l'article",
    "partagez cet article",
    "partagez cet article sur",
    "compartir",
    "comparte",
    "compartir en",
    "teilen",
    "artikel teilen",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "vk",
    "e-mail",
    "email",
    "mail",
    "courriel",
    "correo",
    "correo electrónico",
    "copy link",
    "copy",
    "copier le lien",
    "copier",
    "copiar enlace",
    "copiar",
    "link kopieren",
    "link copied",
    "print",
    "imprimer",
    "imprimir",
    "drucken",
    "merken",
    "save",
    "enregistrer",
    "guardar",
    "menu",
    "menú",
    "main menu",
    "search",
    "rechercher",
    "recherche",
    "buscar",
    "búsqueda",
    "suche",
    "suchen",
    "subscribe",
    "s'abonner",
    "abonnez-vous",
    "je m'abonne",
    "suscríbete",
    "suscribirse",
    "abonnieren",
    "abo",
    "abonnement",
    "sign in",
    "log in",
    "login",
    "sign up",
    "register",
    "se connecter",
    "connexion",
    "s'inscrire",
    "anmelden",
    "registrieren",
    "iniciar sesión",
    "entrar",
    "ok",
    "accept",
    "accept all",
    "i accept",
    "agree",
    "i agree",
    "accepter",
    "tout accepter",
    "accepter et fermer",
    "continuer sans accepter",
    "personnaliser",
    "paramétrer",
    "aceptar",
    "aceptar todo",
    "rechazar",
    "configurar",
    "akzeptieren",
    "alle akzeptieren",
    "einstellungen",
    "nur notwendige cookies",
    "ablehnen",
    "reject",
    "reject all",
    "manage",
    "manage preferences",
    "settings",
    "close",
    "fermer",
    "cerrar",
    "schließen",
    "newsletter",
    "reddit",
    "pinterest",
    "flipboard",
    "messenger",
    "bluesky",
    "threads",
    "instagram",
    "youtube",
    "tiktok",
    "rss",
    "en",
    "fr",
    "es",
    "de",
    "ru",
    "zh",
    "ar",
    "english",
    "français",
    "español",
    "deutsch",
    "русский",
    "中文",
    "top",
    "back to top",
    "retour en haut",
    "haut de page",
    "volver arriba",
    "nach oben",
    "listen",
    "listen to this article",
    "écouter",
    "écouter cet article",
    "escuchar",
    "anhören",
    "votre pseudo",
    "pseudo",
    "votre commentaire",
    "votre nom",
    "votre e-mail",
    "votre email",
    "your name",
    "your email",
    "your comment",
    "name",
    "nom",
    "nombre",
    "envoyer",
    "send",
    "submit",
    "enviar",
    "senden",
    "absenden",
    "publier",
    "post comment",
    "reply",
    "répondre",
    "responder",
    "antworten",
    "advertisement",
    "publicité",
    "publicidad",
    "anzeige",
    "werbung",
    "sponsored",
    "ad",
    "pub",
    "video",
    "vidéo",
    "vídeo",
    "photo",
    "photos",
    "fotos",
    "galerie",
    "gallery",
    "more",
    "plus",
    "más",
    "mehr",
    "next",
    "previous",
    "suivant",
    "précédent",
    "siguiente",
    "anterior",
    "weiter",
    "zurück",
    "home",
    "accueil",
    "inicio",
    "portada",
    "startseite",
    "contact",
    "contacts",
    "contacto",
    "kontakt",
    "nous contacter",
    "about",
    "about us",
    "qui sommes-nous",
    "quiénes somos",
    "über uns",
    "impressum",
    "datenschutz",
    "datenschutz-einstellungen",
    "agb",
    "mentions légales",
    "politique de confidentialité",
    "gestion des cookies",
    "aviso legal",
    "política de privacidad",
    "política de cookies",
    "privacy",
    "privacy policy",
    "cookie policy",
    "cookies",
    "terms",
    "terms of use",
    "terms of service",
    "cgu",
    "advertising",
    "careers",
    "jobs",
    "faq",
    "help",
    "aide",
    "ayuda",
    "hilfe",
    "archives",
    "archive",
    "archivo",
    "archiv",
    "live",
    "direct",
    "en direct",
    "en vivo",
    "directo",
    "ir a los comentarios",
    "go to comments",
    "jump to comments",
    "aller aux commentaires",
    "voir les commentaires",
    "zu den kommentaren",
    "kommentare anzeigen",
    "enlace",
    "lien",
    "link",
    "j'accepte",
    "je refuse",
    "je refuse tout",
    "acepto",
    "i agree",
    "en savoir plus",
    "plus d'informations",
    "learn more",
    "more info",
    "mehr erfahren",
    "mehr infos",
];

/// Phrases of the lines that close a story: trailers, contribution notes, promotion, wire
/// end marks. Matched anywhere in a line of at most 40 words.
pub const TRAILERS: &[&str] = &[
    "enditem",
    "contributed to this report",
    "contributed reporting",
    "our standards:",
    "trust principles",
    "a contribué à cet article",
    "ont contribué à cet article",
    "contribuyó a este informe",
    "contribuyeron a este informe",
    "contribuyó a esta información",
    "mitarbeit:",
    "hat zu diesem bericht beigetragen",
    "sigue toda la información",
    "suscríbete para seguir leyendo",
    "follow us on",
    "suivez-nous sur",
    "síguenos en",
    "folgen sie uns",
    "sign up for our newsletter",
    "inscrivez-vous à notre newsletter",
    "abonnez-vous à notre newsletter",
    "suscríbete a nuestra newsletter",
    "newsletter abonnieren",
    // Feed footers that blogging engines append to every item.
    "appeared first on",
    "se publicó primero en",
    "est apparu en premier sur",
    "erschien zuerst auf",
    "mit material von",
];

/// Prefixes of "skip to content" links.
pub const SKIP_LINKS: &[&str] = &[
    "skip to",
    "jump to",
    "aller au contenu",
    "aller à la navigation",
    "passer au contenu",
    "saltar al contenido",
    "ir al contenido",
    "zum inhalt",
    "direkt zum inhalt",
    "zur navigation",
];

/// Headings of "read also" / "related" link lists. The items that follow in the same block are
/// links, not body text.
pub const RELATED: &[&str] = &[
    "read also",
    "read more",
    "see also",
    "related",
    "related articles",
    "related news",
    "related stories",
    "related content",
    "related coverage",
    "more on this",
    "more on this topic",
    "more on this story",
    "more stories",
    "more",
    "more news",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "top stories",
    "latest news",
    "latest",
    "editor's picks",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "à voir aussi",
    "a voir aussi",
    "sur le même sujet",
    "sur le meme sujet",
    "dans la même rubrique",
    "les plus lus",
    "les plus partagés",
    "articles liés",
    "articles similaires",
    "conseils de la rédaction",
    "vous aimerez aussi",
    "à découvrir",
    "dernières actualités",
    "dernières infos",
    "te puede interesar",
    "también te puede interesar",
    "lea también",
    "seguí leyendo",
    "sigue leyendo",
    "lee también",
    "leer más",
    "ver más",
    "noticias relacionadas",
    "relacionadas",
    "más información",
    "relacionado",
    "lo más leído",
    "lo más visto",
    "más leídas",
    "más noticias",
    "últimas noticias",
    "mehr zum thema",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte sie interessieren",
    "weitere artikel",
    "meistgelesen",
    "meistgelesene artikel",
    "verwandte artikel",
    "mehr dazu",
    "passend dazu",
    "zum thema",
    "neueste artikel",
    "top-themen",
];

/// Headings that close the article: tags, comments, and the like.
pub const TAGS: &[&str] = &[
    "tags",
    "tag",
    "topics",
    "keywords",
    "related topics",
    "etiquetas",
    "temas",
    "palabras clave",
    "mots-clés",
    "mots clés",
    "mots-cles",
    "thèmes",
    "sujets",
    "schlagwörter",
    "schlagworte",
    "themen",
    "stichwörter",
];

/// Comment-section headings and prompts.
pub const COMMENTS: &[&str] = &[
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "join the conversation",
    "be the first to comment",
    "commentaires",
    "commentaire",
    "réagir",
    "réagissez",
    "ajouter un commentaire",
    "laisser un commentaire",
    "soyez le premier à réagir",
    "soyez le premier à commenter",
    "comentarios",
    "comentario",
    "deja un comentario",
    "escribe un comentario",
    "sé el primero en comentar",
    "kommentare",
    "kommentar",
    "kommentar schreiben",
    "kommentieren",
    "diskutieren sie mit",
];

/// Share-widget headings ("Partager :", "Artikel teilen"): they close the body once it started.
pub const SHARE: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on",
    "partager",
    "partagez",
    "partager l'article",
    "partager cet article",
    "partagez cet article",
    "partagez cet article sur",
    "compartir",
    "comparte",
    "compartir en",
    "compartir esta noticia",
    "teilen",
    "artikel teilen",
    "diesen artikel teilen",
];

/// Phrases that mark a copyright footer anywhere in a line.
pub const COPYRIGHT: &[&str] = &[
    "all rights reserved",
    "tous droits réservés",
    "tous droits de reproduction",
    "todos los derechos reservados",
    "derechos reservados",
    "alle rechte vorbehalten",
    "reproduction interdite",
    "prohibida la reproducción",
];

/// Words of a cookie-consent notice.
pub const COOKIE_WORDS: &[&str] = &["cookie", "galletas"];

/// Reading-time and similar one-line page furniture, as prefixes.
pub const FURNITURE: &[&str] = &[
    "temps de lecture",
    "lecture",
    "reading time",
    "read time",
    "tiempo de lectura",
    "lesezeit",
    "lesedauer",
    "min read",
    "minute read",
    "mins read",
    "listen to",
    "écouter l'article",
    "escuchar la noticia",
    "artikel anhören",
    "audio",
    "publicité",
    "advertisement",
    "anzeige",
    "font size",
    "text size",
    "taille du texte",
    "taille de police",
    "taille de la police",
    "tamaño de letra",
    "tamaño de fuente",
    "tamaño del texto",
    "schriftgröße",
    "textgröße",
];

/// Credit-line roles: the heading word(s) and whether the names are editors or authors.
/// Matched at the start of a line (after an optional parenthesis), followed by a colon or,
/// for the "by" forms, a space.
pub const CREDIT_ROLES: &[(&str, Role)] = &[
    ("rédacteurs", Role::Editor),
    ("rédacteur", Role::Editor),
    ("rédactrices", Role::Editor),
    ("rédactrice", Role::Editor),
    ("rédacteur en chef", Role::Editor),
    ("rédaction", Role::Editor),
    ("édité par", Role::Editor),
    ("édition", Role::Editor),
    ("editors", Role::Editor),
    ("editor", Role::Editor),
    ("edited by", Role::Editor),
    ("editing by", Role::Editor),
    ("editing", Role::Editor),
    ("redacción", Role::Editor),
    ("redaccion", Role::Editor),
    ("edición", Role::Editor),
    ("edicion", Role::Editor),
    ("editado por", Role::Editor),
    ("editora", Role::Editor),
    ("editores", Role::Editor),
    ("redaktion", Role::Editor),
    ("redakteur", Role::Editor),
    ("redakteurin", Role::Editor),
    ("bearbeitet von", Role::Editor),
    ("bearbeitung", Role::Editor),
    ("reporting by", Role::Author),
    ("avec la collaboration de", Role::Author),
    ("con información de", Role::Author),
    ("additional reporting by", Role::Author),
    ("writing by", Role::Author),
    ("written by", Role::Author),
    ("texte", Role::Author),
    ("text", Role::Author),
    ("texto", Role::Author),
    ("auteur", Role::Author),
    ("auteurs", Role::Author),
    ("autor", Role::Author),
    ("autora", Role::Author),
    ("autores", Role::Author),
    ("autoren", Role::Author),
    ("author", Role::Author),
    ("authors", Role::Author),
];

/// Who a credit line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Author,
    Editor,
}

/// Byline openers ("Par Jean Dupont", "By", "Por", "Von"), interviewers' credits included
/// ("Propos recueillis par", "Interview by").
pub const BYLINE_WORDS: &[&str] = &[
    "par",
    "by",
    "por",
    "von",
    "de la part de",
    "propos recueillis par",
    "interview by",
    "interviewed by",
    "entrevista realizada por",
];

/// Prefixes announcing the last-update date.
pub const UPDATED: &[&str] = &[
    "dernière mise à jour",
    "derniere mise a jour",
    "mis à jour",
    "mise à jour",
    "mis a jour",
    "modifié",
    "modifié le",
    "last updated",
    "updated",
    "update",
    "last modified",
    "modified",
    "última actualización",
    "ultima actualizacion",
    "actualizado",
    "actualizada",
    "actualización",
    "zuletzt aktualisiert",
    "aktualisiert",
    "stand",
    "geändert",
];

/// Prefixes announcing the publication date.
pub const PUBLISHED: &[&str] = &[
    "publié",
    "publiée",
    "publie",
    "publication",
    "published",
    "first published",
    "posted",
    "publicado",
    "publicada",
    "fecha",
    "veröffentlicht",
    "erschienen",
    "erstellt",
];

/// First crumbs of a breadcrumb trail.
pub const HOME_CRUMBS: &[&str] = &[
    "accueil",
    "page d'accueil",
    "home",
    "homepage",
    "home page",
    "startseite",
    "start",
    "inicio",
    "portada",
    "news",
    "actualités",
    "nachrichten",
    "noticias",
    "une",
];

/// Name particles that may be lowercase inside a person's name.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "del", "de la", "la", "le", "du", "des", "da", "das", "do", "dos", "di", "van", "von",
    "der", "den", "ter", "ten", "y", "i", "e", "al", "el", "bin", "ibn", "ben", "zu", "af", "St.",
];

/// Name separators in credit lines and bylines ("A, B et C", "A y B", "A und B", "A and B").
pub const NAME_JOINERS: &[&str] = &[" et ", " and ", " y ", " e ", " und ", " & ", " ; ", "; "];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(key("  » Lire  AUSSI :  "), "lire aussi");
        assert_eq!(key("ΟΔΟΣ Ärger"), "οδος ärger");
        assert_eq!(key("›››"), "");
    }

    #[test]
    fn head_prefix_agrees_with_full_key() {
        let max = max_len(RELATED);
        let long = "word ".repeat(40);
        for line in [
            "Read also: Moscow vows a response",
            "» READ ALSO | a much longer headline that goes on and on and on and on and on",
            long.as_str(),
            &format!("{} Read also", "›".repeat(60)),
            "Related",
        ] {
            let full = RELATED.iter().any(|p| key(line).starts_with(p));
            assert_eq!(key_starts_with_any(line, RELATED, max), full, "{line}");
        }
    }
}
