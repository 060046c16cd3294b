//! The HTML page reader on small but realistic pages: metadata sources in their order of trust,
//! the body extractor on boilerplate-heavy templates, and hostile or broken input.

use attache::ingest::html::{
    body_and_editors_from_fragment, body_from_fragment, read, text_of_fragment,
};
use attache::ingest::{parse_bytes, Limits};

const P1: &str = "Foreign ministers from the Group of 20 met in New Delhi on Thursday, but the talks ended without a joint statement, as deep divisions over the war in Ukraine again blocked agreement.";
const P2: &str = "India, which holds the rotating presidency, issued a chair's summary instead, noting that most members strongly condemned the war, while others had a different assessment of the situation.";
const P3: &str = "The top U.S. diplomat said the message to Moscow had not changed, and that the war could end the moment Russia decided to withdraw its forces from the territory of its neighbour.";
const P4: &str = "Officials from several delegations said privately that they expected the same split to dominate the leaders' summit in September, when the host hopes to focus on debt and climate finance.";

fn body(paras: &[&str]) -> String {
    paras.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

#[test]
fn jsonld_graph_wins_over_other_metadata() {
    let html = format!(
        r##"<!DOCTYPE html><html lang="en-US"><head>
<title>G20 talks end without statement | The Meridian Post</title>
<meta property="og:title" content="OG title should lose">
<meta property="og:site_name" content="The Meridian Post">
<link rel="canonical" href="https://example.com/world/g20-talks">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
 {{"@type":"Organization","@id":"https://example.com/#org","name":"The Meridian Post"}},
 {{"@type":"WebPage","@id":"https://example.com/world/g20-talks","name":"G20"}},
 {{"@type":["NewsArticle","Article"],"headline":"G20 talks end without a joint statement",
   "datePublished":"2023-03-02T09:15:00+00:00","dateModified":"2023-03-02T14:40:00+00:00",
   "author":[{{"@type":"Person","name":"Daniel Okafor"}},{{"@type":"Person","name":"Priya Raman"}}],
   "publisher":{{"@id":"https://example.com/#org"}},"articleSection":["World","Diplomacy"]}}]}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>G20 talks end without a joint statement</h1>
<div class="entry-content">{}</div></article></main>
<footer><p>© 2023 The Meridian Post. All rights reserved. Contact us for licensing.</p></footer>
</body></html>"##,
        body(&[P1, P2, P3])
    );
    let doc = read("g20.html", &html);
    assert_eq!(
        doc.title.as_deref(),
        Some("G20 talks end without a joint statement")
    );
    assert_eq!(doc.published.as_deref(), Some("2023-03-02T09:15:00+00:00"));
    assert_eq!(doc.updated.as_deref(), Some("2023-03-02T14:40:00+00:00"));
    assert_eq!(doc.authors, vec!["Daniel Okafor", "Priya Raman"]);
    assert_eq!(doc.source.as_deref(), Some("The Meridian Post"));
    assert_eq!(doc.section.as_deref(), Some("World"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://example.com/world/g20-talks")
    );
    assert_eq!(doc.language.as_deref(), Some("en-US"));
    assert_eq!(doc.paragraphs, vec![P1, P2, P3]);
}

#[test]
fn opengraph_only_page() {
    let html = format!(
        r#"<html><head><title>La UE y la CELAC cierran su cumbre - Diario del Atlántico</title>
<meta property="og:title" content="La UE y la CELAC cierran su cumbre">
<meta property="og:site_name" content="Diario del Atlántico">
<meta property="og:url" content="https://example.es/internacional/ue-celac.html">
<meta property="og:locale" content="es_ES">
<meta property="article:published_time" content="2023-07-18T20:15:00+02:00">
<meta property="article:section" content="Internacional">
<meta name="author" content="Lucía Herrera Vidal">
</head><body><div class="story-body">{}</div></body></html>"#,
        body(&[P1, P2])
    );
    let doc = read("og.html", &html);
    assert_eq!(
        doc.title.as_deref(),
        Some("La UE y la CELAC cierran su cumbre")
    );
    assert_eq!(doc.source.as_deref(), Some("Diario del Atlántico"));
    assert_eq!(doc.section.as_deref(), Some("Internacional"));
    assert_eq!(doc.published.as_deref(), Some("2023-07-18T20:15:00+02:00"));
    assert_eq!(doc.authors, vec!["Lucía Herrera Vidal"]);
    assert_eq!(doc.language.as_deref(), Some("es_ES"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://example.es/internacional/ue-celac.html")
    );
    assert_eq!(doc.paragraphs, vec![P1, P2]);
}

#[test]
fn the_visible_headline_outranks_the_sharing_title() {
    let html = format!(
        r#"<html><head><title>Antrittsbesuch in Skopje: Ministerin sagt Unterstützung zu | Salzach-Kurier</title>
<meta property="og:title" content="Ministerin in Skopje: „Es ist Zeit, zu reden“">
<meta property="og:site_name" content="Salzach-Kurier">
</head><body><header><h1>Salzach-Kurier</h1></header><article>
<h1 class="headline">Antrittsbesuch in Skopje: Ministerin sagt Unterstützung zu</h1>{}</article></body></html>"#,
        body(&[P1, P2])
    );
    let doc = read("h1.html", &html);
    assert_eq!(
        doc.title.as_deref(),
        Some("Antrittsbesuch in Skopje: Ministerin sagt Unterstützung zu")
    );
}

#[test]
fn no_metadata_uses_title_suffix_and_visible_lines() {
    let html = format!(
        r#"<html><head><title>Mer Noire : Ankara plaide pour une prolongation - L'Écho diplomatique</title></head>
<body><div id="colonne">
<div class="fil-ariane">Vous êtes ici : <a href="/">Accueil</a> &gt; <a href="/russie-ukraine/">Russie-Ukraine</a></div>
<div class="infos-article"><span class="auteur">Par Jeanne Rocher</span> | <span class="date">3 mars 2023 à 14h02</span></div>
<div class="texte-article">{}</div>
<div class="credits">Rédacteurs : Ying Xie, Yishuang Liu</div>
</div></body></html>"#,
        body(&[P1, P2, P3])
    );
    let doc = read("nometa.html", &html);
    assert_eq!(
        doc.title.as_deref(),
        Some("Mer Noire : Ankara plaide pour une prolongation")
    );
    assert_eq!(doc.source.as_deref(), Some("L'Écho diplomatique"));
    assert_eq!(doc.published.as_deref(), Some("3 mars 2023 à 14h02"));
    assert_eq!(doc.authors, vec!["Jeanne Rocher"]);
    assert_eq!(doc.section.as_deref(), Some("Russie-Ukraine"));
    assert_eq!(doc.editors, vec!["Ying Xie", "Yishuang Liu"]);
    assert_eq!(doc.paragraphs, vec![P1, P2, P3]);
}

#[test]
fn br_separated_text_and_wire_dateline() {
    let html = format!(
        r#"<html><head><title>Baerbock in Peking | Rheinische Abendpost</title>
<meta property="og:site_name" content="Rheinische Abendpost"></head><body>
<div class="article-text">Peking (dpa) - {P1}<br><br>{P2}<br>
<br>{P3}</div></body></html>"#
    );
    let doc = read("br.html", &html);
    assert_eq!(
        doc.paragraphs,
        vec![
            format!("Peking (dpa) - {P1}"),
            P2.to_string(),
            P3.to_string()
        ]
    );
    // The agency credited by the dateline is the source, not the outlet that republished it.
    assert_eq!(doc.source.as_deref(), Some("dpa"));
}

#[test]
fn bare_text_blocks_in_divs() {
    let html = format!(
        r#"<html><body><div id="main"><div class="text">{P1}</div><div class="text">{P2}</div>
<div class="text">{P3}</div></div></body></html>"#
    );
    let doc = read("divs.html", &html);
    assert_eq!(doc.paragraphs, vec![P1, P2, P3]);
}

#[test]
fn boilerplate_heavy_page_keeps_only_the_article() {
    let html = format!(
        r##"<html><head><title>Summit ends | Example News</title></head><body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
<header class="site-header"><a href="/">Example News</a>
 <ul class="menu"><li><a href="/world">World news and analysis</a></li><li><a href="/business">Business and markets</a></li></ul></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>
<article class="story">
 <h1>Summit ends</h1>
 <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this story</a></div>
 <figure><img src="a.jpg"><figcaption>Delegates arrive at the summit venue, in a photo taken on Thursday morning.</figcaption></figure>
 <div class="story-body">
  <p>{P1}</p>
  <div class="ad-slot"><span>Advertisement</span></div>
  <p>{P2}</p>
  <div class="related-links"><h3>Read more</h3><ul>
   <li><a href="/a">Ministers fail to agree on wording of the final communiqué, again</a></li>
   <li><a href="/b">What the chair's summary says about the state of the group today</a></li></ul></div>
  <p>{P3}</p>
  <p>{P4}</p>
 </div>
 <div class="tags">Topics: <a href="/t/g20">G20</a>, <a href="/t/india">India</a></div>
</article>
<aside class="sidebar"><h2>Most read</h2><p>Another story that everyone is reading today, with many words in it to look like prose.</p></aside>
<section id="comments" class="comments-area"><h2>Comments</h2>
 <div class="comment"><p>This is a reader comment that is rather long and opinionated, with commas, clauses, and more words.</p></div></section>
<form class="newsletter-signup"><p>Sign up for our daily newsletter</p><input type="email"><button>Subscribe</button></form>
<footer><p>Copyright Example News, all rights reserved, reproduction prohibited without permission.</p></footer>
<script>var x = "a script string that must never appear in the body text";</script>
</body></html>"##
    );
    let doc = read("heavy.html", &html);
    assert_eq!(doc.paragraphs, vec![P1, P2, P3, P4]);
    let all = doc.paragraphs.join("\n");
    for absent in [
        "cookies",
        "Share on",
        "Delegates arrive",
        "Advertisement",
        "Read more",
        "final communiqué",
        "Most read",
        "reader comment",
        "newsletter",
        "Copyright",
        "script string",
        "Topics",
    ] {
        assert!(!all.contains(absent), "{absent:?} leaked into the body");
    }
    assert_eq!(doc.title.as_deref(), Some("Summit ends"));
    assert_eq!(doc.source.as_deref(), Some("Example News"));
}

/// Pull quotes repeat a quote of the body (scoring it twice, under no speaker), and kickers,
/// teasers and agency sign-offs are furniture even when the template puts them inside the
/// article's own container.
#[test]
fn pull_quotes_kickers_teasers_and_signoffs_stay_out_of_the_body() {
    let html = format!(
        r##"<html><head><title>Summit ends | Example News</title></head><body>
<article class="article">
 <p class="article__kicker">Diplomacy</p>
 <h1>Summit ends</h1>
 <p class="teaser">Ministers leave New Delhi without a joint text, and the host blames "the usual suspects".</p>
 <div class="article__body">
  <p>{P1}</p>
  <blockquote class="article__pullquote"><p>"The message to Moscow has not changed," the diplomat said.</p></blockquote>
  <p>{P2}</p>
  <aside class="pull-quote">"We will meet again in September, with or without a text."</aside>
  <p>{P3}</p>
  <p class="atc-IntroText">A standfirst styled as intro text, written by the desk for the front page.</p>
  <p>{P4}</p>
  <p class="article__signoff">EXN/ab/cd</p>
  <p class="kuerzel">dpa/xy</p>
 </div>
</article></body></html>"##
    );
    let doc = read("furniture.html", &html);
    assert_eq!(doc.paragraphs, vec![P1, P2, P3, P4]);
}

/// A page whose summary repeats a standfirst block above the text, and the same page where the
/// summary repeats the story's own first paragraph instead.
fn standfirst_page(standfirst_class: &str, summary: &str) -> String {
    format!(
        r##"<html><head><title>G20 talks end | Example News</title>
<meta property="og:description" content="{summary}"></head><body>
<article><h1>G20 talks end without a joint statement</h1>
 <p class="{standfirst_class}">Ministers leave New Delhi without a joint text.</p>
 <div class="article__body">{}</div>
</article></body></html>"##,
        body(&[P1, P2, P3])
    )
}

#[test]
fn a_standfirst_repeating_the_summary_is_not_body() {
    for class in ["article__desc", "entradilla", "article-lead", "chapo intro"] {
        let doc = read(
            "standfirst.html",
            &standfirst_page(class, "Ministers leave New Delhi without a joint text."),
        );
        assert_eq!(doc.paragraphs, vec![P1, P2, P3], "class {class}");
        assert_eq!(
            doc.lead,
            vec!["Ministers leave New Delhi without a joint text."]
        );
    }
}

#[test]
fn a_first_paragraph_reused_as_the_summary_stays_body() {
    // Many sites put their first paragraph in og:description: only a block whose class marks it
    // as a standfirst goes.
    let html = standfirst_page("article__desc", P1).replace(
        r#"<p class="article__desc">Ministers leave New Delhi without a joint text.</p>"#,
        "",
    );
    assert_eq!(read("first.html", &html).paragraphs, vec![P1, P2, P3]);
    let marked = standfirst_page("article__desc", P1)
        .replace("Ministers leave New Delhi without a joint text.", P1);
    assert_eq!(read("marked.html", &marked).paragraphs, vec![P1, P2, P3]);
}

#[test]
fn truncated_html_still_yields_text() {
    let html = format!(
        "<html><head><title>Cut off - Wire</title></head><body><div class=\"content\"><p>{P1}</p><p>{P2}</p><p>{}",
        &P3[..60]
    );
    let doc = read("cut.html", &html);
    assert_eq!(doc.title.as_deref(), Some("Cut off"));
    assert_eq!(doc.paragraphs[..2], [P1, P2]);
    assert_eq!(doc.paragraphs.len(), 3);
}

#[test]
fn empty_body_and_empty_document() {
    let doc = read(
        "empty.html",
        "<html><head><title>Nothing here - Site</title></head><body></body></html>",
    );
    assert!(doc.paragraphs.is_empty());
    assert_eq!(doc.title.as_deref(), Some("Nothing here"));
    let doc = read("blank.html", "");
    assert!(doc.paragraphs.is_empty());
    assert_eq!(doc.title, None);
}

#[test]
fn terminal_escapes_do_not_panic_or_leak() {
    let hostile = format!(
        "<html><head><title>Title\u{1b}[2J\u{1b}]0;pwned\u{7} - Site</title></head><body><div class=\"article-body\">\
         <p>{P1}\u{1b}[31m</p><p>\u{9b}1;1H{P2}\u{1b}P+q\u{1b}\\</p><p>{P3}\u{0}\u{8}</p></div></body></html>"
    );
    // Straight into the reader (no sanitising first): it must not panic.
    let direct = read("hostile.html", &hostile);
    assert_eq!(direct.paragraphs.len(), 3);
    // Through the ingest path, control sequences are stripped before parsing.
    let docs = parse_bytes("hostile.html", hostile.as_bytes(), &Limits::default()).expect("parses");
    let doc = &docs[0];
    assert_eq!(doc.title.as_deref(), Some("Title"));
    for p in &doc.paragraphs {
        assert!(
            !p.chars().any(|c| c.is_control()),
            "control character in {p:?}"
        );
    }
    assert_eq!(doc.paragraphs, vec![P1, P2, P3]);
}

#[test]
fn feed_fragments_keep_short_paragraphs() {
    let paras = body_from_fragment(
        "<p>Short one.</p><p>Second &amp; last, <a href='x'>with a link</a>.</p><figure><img src=a.jpg><figcaption>Caption</figcaption></figure>Tail text<br><br>After break",
    );
    assert_eq!(
        paras,
        vec![
            "Short one.",
            "Second & last, with a link.",
            "Tail text",
            "After break"
        ]
    );
    assert_eq!(
        text_of_fragment("<![CDATA[x]]>Ukraine &amp; <i>Russia</i>"),
        "Ukraine & Russia"
    );
}

#[test]
fn no_break_spaces_are_kept() {
    let html = format!(
        "<html><body><div class=\"texte\"><p>Il a appelé à prolonger l’accord &laquo;&nbsp;sans conditions&nbsp;&raquo;, {P1}</p><p>{P2}</p></div></body></html>"
    );
    let doc = read("nbsp.html", &html);
    assert!(
        doc.paragraphs[0].contains("«\u{a0}sans conditions\u{a0}»"),
        "{:?}",
        doc.paragraphs[0]
    );
}

#[test]
fn feed_fragments_drop_read_more_pointers_and_credit_lines() {
    let (paras, editors) = body_and_editors_from_fragment(
        "<p>GENEVA — Talks resumed on Monday.</p>\
         <p><strong>Read more:</strong> <a href=\"/x\">Canola farmers fear collateral damage</a></p>\
         <p><strong>À lire aussi :</strong> <a href=\"/y\">Arctique : la Norvège promet</a></p>\
         <p><em>Edited by Claire Tremblay</em></p>",
    );
    assert_eq!(paras, vec!["GENEVA — Talks resumed on Monday."]);
    assert_eq!(editors, vec!["Claire Tremblay"]);
}

/// One RSS item whose content ends with the lines wire desks and blogging engines append.
fn feed_with_closing_lines(closing: &[&str]) -> String {
    let tail: String = closing.iter().map(|l| format!("<p>{l}</p>")).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><item><title>G20 talks end</title>
<link>https://news.example/g20</link>
<content:encoded><![CDATA[<p>{P1}</p><p>{P2}</p>{tail}]]></content:encoded>
</item></channel></rss>"#
    )
}

#[test]
fn closing_credits_desk_codes_and_feed_footers_leave_the_body() {
    let cases: &[(&[&str], &[&str], &[&str])] = &[
        (
            &[
                "(Reporting by Jane Doe in Moscow; Editing by Tom Smith)",
                "Our Standards: The Example Trust Principles.",
            ],
            &["Jane Doe"],
            &["Tom Smith"],
        ),
        (
            &["© Example 2025. All rights reserved.", "ASN/chr/lmq"],
            &[],
            &[],
        ),
        (&["(Schluss) apk/gru"], &[], &[]),
        (&["mep jtn/kbr"], &[], &[]),
        (&["(sda/dpa/afp)"], &[], &[]),
        (&["(Prensa Sur)"], &[], &[]),
        (
            &["Propos recueillis par Jérôme Lacasse-Dubé"],
            &["Jérôme Lacasse-Dubé"],
            &[],
        ),
        (
            &["Con información de Catalina Ñancupil."],
            &["Catalina Ñancupil"],
            &[],
        ),
        (
            &["The post G20 talks end appeared first on Example Wire."],
            &[],
            &[],
        ),
        (
            &["L’article Sommet du G20 : « aucun accord » est apparu en premier sur Example."],
            &[],
            &[],
        ),
    ];
    for (closing, authors, editors) in cases {
        let xml = feed_with_closing_lines(closing);
        let docs = parse_bytes("wire.xml", xml.as_bytes(), &Limits::default()).expect("parses");
        assert_eq!(docs[0].paragraphs, vec![P1, P2], "{closing:?}");
        assert_eq!(docs[0].authors, *authors, "{closing:?}");
        assert_eq!(docs[0].editors, *editors, "{closing:?}");
    }
}

#[test]
fn a_closing_paragraph_of_prose_in_parentheses_stays() {
    let closing = "(The talks will resume in Rome next month, officials said.)";
    let xml = feed_with_closing_lines(&[closing]);
    let docs = parse_bytes("wire.xml", xml.as_bytes(), &Limits::default()).expect("parses");
    assert_eq!(docs[0].paragraphs, vec![P1, P2, closing]);
}
