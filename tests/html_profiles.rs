//! Site profiles on pages shaped like each site's template (tests/fixtures/profiles/*.html,
//! original text): the fields the profile's selectors pick, the boilerplate its exclusions drop,
//! how a profile is chosen (host, subdomain, og:site_name), user overrides, broken user files
//! and the fallback to the generic reader when selectors miss.

use attache::ingest::html::profiles::{host_of, ProfileSet};
use attache::ingest::html::read_with_profiles;
use attache::ingest::Document;
use std::path::Path;
use std::process::Command;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/profiles")
        .join(format!("{name}.html"));
    std::fs::read_to_string(path).expect("fixture exists")
}

fn read(name: &str) -> Document {
    read_with_profiles(
        &format!("{name}.html"),
        &fixture(name),
        &ProfileSet::builtin(),
    )
}

/// What each fixture must yield.
struct Expect {
    name: &'static str,
    title: &'static str,
    published: &'static str,
    source: &'static str,
    section: Option<&'static str>,
    authors: &'static [&'static str],
    first: &'static str,
    last: &'static str,
    paragraphs: usize,
    absent: &'static [&'static str],
}

const EXPECT: &[Expect] = &[
    Expect {
        name: "reuters",
        title: "US, Gulf states agree to form maritime security working group",
        published: "2025-03-04T18:12:40Z",
        source: "Reuters",
        section: Some("Middle East"),
        authors: &["Humeyra Pamuk", "Samia Nakhoul"],
        first: "WASHINGTON, March 4 (Reuters) - Senior officials",
        last: "Shipping insurers have raised premiums",
        paragraphs: 4,
        absent: &["Advertisement", "Read Next", "Insurers warn", "Our Standards", "Editing by", "REUTERS/Stringer"],
    },
    Expect {
        name: "apnews",
        title: "UN extends South Sudan peacekeeping mission after compromise on elections",
        published: "2025-04-30T21:48:11Z",
        source: "AP",
        section: Some("World News"),
        authors: &["Edith M. Lederer"],
        first: "UNITED NATIONS (AP) — The U.N. Security Council",
        last: "The mission, one of the largest",
        paragraphs: 4,
        absent: &["Advertisement", "Read more", "Most read", "AP Photo", "Copy Link"],
    },
    Expect {
        name: "aljazeera",
        title: "African Union calls emergency summit as DR Congo rebels advance",
        published: "12 Feb 2025",
        source: "Al Jazeera",
        section: Some("Conflict"),
        authors: &["Malcolm Webb"],
        first: "The African Union has called an emergency summit",
        last: "Reporting from Kinshasa",
        paragraphs: 4,
        absent: &["Recommended Stories", "Advertisement", "newsletter", "[Reuters]"],
    },
    Expect {
        name: "afp",
        title: "AFP opens regional desk in Nairobi",
        published: "2025-01-20T09:30:00+01:00",
        source: "AFP",
        section: Some("Press releases"),
        authors: &[],
        first: "Agence France-Presse on Monday opened",
        last: "“The region is central",
        paragraphs: 3,
        absent: &["LinkedIn", "© AFP", "AFP launches"],
    },
    Expect {
        name: "france24",
        title: "Ukraine and Russia swap bodies of fallen soldiers",
        published: "2025-02-14T16:20:00+01:00",
        // "FRANCE 24 with AFP": the agency credited wins over the outlet.
        source: "AFP",
        section: Some("Europe"),
        authors: &[],
        first: "Ukraine and Russia exchanged the bodies",
        last: "The two countries regularly carry out",
        paragraphs: 3,
        absent: &["Zelensky says", "Daily newsletter", "Sergei Supinsky"],
    },
    Expect {
        name: "cgtn",
        title: "Wang Yi meets Brazilian foreign minister in Beijing",
        published: "06 Mar 2025",
        source: "CGTN",
        section: Some("World"),
        authors: &[],
        first: "Chinese Foreign Minister Wang Yi on Thursday",
        last: "The Brazilian minister said",
        paragraphs: 3,
        absent: &["Wang Yi meets Brazilian FM. /CGTN", "Related Stories", "Weibo"],
    },
    Expect {
        name: "eeas",
        title: "Sudan: Statement by the Spokesperson on the attack against humanitarian workers in North Darfur",
        published: "2025-02-18T12:00:00Z",
        source: "European External Action Service",
        section: Some("Statements by the Spokesperson"),
        authors: &[],
        first: "The European Union condemns",
        last: "The EU reiterates its call",
        paragraphs: 3,
        absent: &["Press contacts", "Anitta Hipper", "Humanitarian aid"],
    },
    Expect {
        name: "fmprc",
        title: "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 7, 2025",
        published: "2025-03-07 20:05",
        source: "Ministry of Foreign Affairs of the People's Republic of China",
        section: Some("Regular Press Conference"),
        authors: &[],
        first: "Yonhap News Agency: Reports say",
        last: "Mao Ning: China’s coast guard",
        paragraphs: 4,
        absent: &["Related News", "Large", "Weibo"],
    },
    Expect {
        name: "kremlin",
        title: "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
        published: "2025-03-05T15:40",
        source: "President of Russia",
        section: Some("Telephone conversations"),
        authors: &[],
        first: "Vladimir Putin held a telephone conversation",
        last: "They also exchanged views",
        paragraphs: 3,
        absent: &["A short lead", "Direct link", "See also", "Geography"],
    },
    Expect {
        name: "peopledaily",
        title: "China, EU hold high-level dialogue on environment and climate",
        published: "March 10, 2025",
        source: "People's Daily Online",
        section: Some("World"),
        authors: &["Liu Xin"],
        first: "Beijing, March 10 (People’s Daily Online) - China and the European Union",
        last: "A Chinese official said",
        paragraphs: 3,
        absent: &["Photo taken", "Web editor", "Related Stories", "Share"],
    },
    Expect {
        name: "peopledaily-fr",
        title: "La Chine et la France signent plusieurs accords de coopération",
        published: "12.03.2025 15h20",
        // Wire copy: the dateline's agency wins over the outlet.
        source: "Xinhua",
        section: Some("Chine"),
        authors: &[],
        first: "PÉKIN, 12 mars (Xinhua) -- La Chine et la France",
        last: "Selon le communiqué publié",
        paragraphs: 3,
        absent: &["Partager", "Wang Yi s’entretient"],
    },
    Expect {
        name: "ria",
        title: "Лавров обсудил с главой МИД Египта ситуацию на Ближнем Востоке",
        published: "05.03.2025",
        source: "РИА Новости",
        section: Some("Политика"),
        authors: &[],
        first: "МОСКВА, 5 марта — РИА Новости.",
        last: "Стороны также договорились",
        paragraphs: 3,
        absent: &["Реклама", "прибыл в Москву", "Добавить в избранное", "Фотограф"],
    },
    Expect {
        name: "state",
        title: "Welcoming the Armenia-Azerbaijan Peace Agreement Text",
        published: "March 13, 2025",
        source: "U.S. Department of State",
        section: Some("Press Statement"),
        authors: &["Marco Rubio"],
        first: "The United States welcomes the agreement",
        last: "The United States stands ready",
        paragraphs: 3,
        absent: &["Related Articles", "Tags", "Share"],
    },
    Expect {
        name: "tass",
        title: "Russia, Indonesia to hold strategic stability consultations in April — diplomat",
        published: "2025-03-11T12:47:00+03:00",
        source: "TASS",
        section: Some("Russian Politics & Diplomacy"),
        authors: &[],
        first: "MOSCOW, March 11. /TASS/. Russia and Indonesia",
        last: "According to the diplomat",
        paragraphs: 3,
        absent: &["Read also", "Arms control and the security of outer space are on the agenda", "Telegram"],
    },
    Expect {
        name: "un-news",
        title: "Sahel: UN chief calls for end to attacks on schools",
        published: "2025-03-10T00:00:00+00:00",
        source: "UN News",
        section: Some("Culture and Education"),
        authors: &[],
        first: "The UN Secretary-General on Monday",
        last: "The report, published by the UN Children’s Fund",
        paragraphs: 3,
        absent: &["Read also", "A classroom in Mali", "Tags:"],
    },
    Expect {
        name: "un-press",
        title: "Haiti: Special Representative Warns Security Council Gangs Expanding beyond Capital",
        published: "2025-02-27T12:00:00Z",
        source: "United Nations",
        section: Some("Meetings Coverage"),
        authors: &[],
        first: "The Security Council today heard a briefing",
        last: "Speakers in the ensuing debate",
        paragraphs: 3,
        absent: &["SC/15999", "Print"],
    },
    Expect {
        name: "xinhua",
        title: "China willing to work with all parties for political settlement of Ukraine crisis: FM",
        published: "2025-03-08 16:41:02",
        source: "Xinhua",
        section: Some("China"),
        authors: &[],
        first: "BEIJING, March 8 (Xinhua) -- Chinese Foreign Minister Wang Yi",
        last: "He also said China and the United States",
        paragraphs: 3,
        absent: &["(Xinhua/Li Xin)", "Full text", "LinkedIn"],
    },
];

#[test]
fn every_builtin_profile_reads_its_fixture() {
    let set = ProfileSet::builtin();
    for p in set.profiles() {
        assert!(
            EXPECT.iter().any(|e| e.name == p.name),
            "profile {} has no fixture test",
            p.name
        );
    }
    for e in EXPECT {
        let d = read(e.name);
        let n = e.name;
        assert_eq!(d.title.as_deref(), Some(e.title), "{n}: title");
        assert_eq!(d.published.as_deref(), Some(e.published), "{n}: published");
        assert_eq!(d.source.as_deref(), Some(e.source), "{n}: source");
        assert_eq!(d.section.as_deref(), e.section, "{n}: section");
        assert_eq!(d.authors, e.authors, "{n}: authors");
        assert_eq!(d.paragraphs.len(), e.paragraphs, "{n}: {:#?}", d.paragraphs);
        assert!(
            d.paragraphs[0].starts_with(e.first),
            "{n}: first {:?}",
            d.paragraphs[0]
        );
        assert!(
            d.paragraphs.last().unwrap().starts_with(e.last),
            "{n}: last {:?}",
            d.paragraphs.last()
        );
        let body = d.paragraphs.join("\n");
        for a in e.absent {
            assert!(
                !body.contains(a),
                "{n}: excluded text {a:?} in body:\n{body}"
            );
        }
    }
}

#[test]
fn updated_dates_and_editors_from_profiles() {
    let d = read("reuters");
    assert_eq!(d.updated.as_deref(), Some("2025-03-04T20:01:05Z"));
    let d = read("xinhua");
    assert_eq!(d.editors, vec!["Huaxia"]);
    let d = read("peopledaily");
    assert_eq!(d.editors, vec!["Zhang Kaiwei", "Liang Jun"]);
}

#[test]
fn hosts_subdomains_and_site_names_choose_profiles() {
    let set = ProfileSet::builtin();
    let by_url = |u: &str| set.choose(&[u], &[]).map(|p| p.name.as_str());
    assert_eq!(by_url("https://www.reuters.com/world/x"), Some("reuters"));
    assert_eq!(
        by_url("https://english.news.cn/20250308/x/c.html"),
        Some("xinhua")
    );
    assert_eq!(by_url("http://spanish.news.cn/x"), Some("xinhua"));
    assert_eq!(
        by_url("http://french.peopledaily.com.cn/x"),
        Some("peopledaily")
    );
    assert_eq!(by_url("http://en.kremlin.ru/events/x"), Some("kremlin"));
    assert_eq!(by_url("https://www.fmprc.gov.cn/eng/x"), Some("fmprc"));
    assert_eq!(by_url("https://www.mfa.gov.cn/eng/x"), Some("fmprc"));
    assert_eq!(by_url("https://news.un.org/fr/story/x"), Some("un-news"));
    assert_eq!(by_url("https://press.un.org/en/2025/x"), Some("un-press"));
    assert_eq!(by_url("https://tass.ru/politika/1"), Some("tass"));
    assert_eq!(by_url("https://example.com/reuters.com"), None);
    assert_eq!(by_url("https://reuters.com.example.net/x"), None);
    assert_eq!(
        set.choose(&["https://example.com/"], &["  al jazeera "])
            .map(|p| p.name.as_str()),
        Some("aljazeera")
    );
    assert_eq!(
        host_of("https://user@www.state.gov:443/x"),
        Some("www.state.gov")
    );
}

#[test]
fn page_without_url_is_matched_by_og_site_name_and_document_url() {
    // The Kremlin fixture without its og:url: its site name still picks the profile.
    let html = fixture("kremlin").replace(
        r#"<meta property="og:url" content="http://en.kremlin.ru/events/president/news/76402">"#,
        "",
    );
    let d = read_with_profiles("saved.html", &html, &ProfileSet::builtin());
    assert_eq!(d.section.as_deref(), Some("Telephone conversations"));
    // No URL and no site name in the page: the document URL (an ingested URL) decides.
    let html = html.replace(
        r#"<meta property="og:site_name" content="President of Russia">"#,
        "",
    );
    let d = read_with_profiles("saved.html", &html, &ProfileSet::builtin());
    assert_ne!(d.section.as_deref(), Some("Telephone conversations"));
    let d = read_with_profiles(
        "http://en.kremlin.ru/events/president/news/76402",
        &html,
        &ProfileSet::builtin(),
    );
    assert_eq!(d.section.as_deref(), Some("Telephone conversations"));
}

const P1: &str = "The ministers met for three hours on Tuesday and agreed to resume talks next month in Geneva, officials said.";
const P2: &str = "Both delegations described the meeting as constructive, although the main disagreements over sanctions remain unresolved.";

fn custom_page(body_class: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Talks resume - Example Wire</title>
<link rel="canonical" href="https://www.example-wire.org/world/talks-resume">
<meta property="og:site_name" content="Example Wire"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><div class="kicker">Diplomacy desk</div><h1 class="headline">Talks resume in Geneva</h1>
<div class="{body_class}"><p>{P1}</p><div class="promo">Subscribe to our daily briefing for more stories like this one.</div><p>{P2}</p></div></article>
<footer><p>© Example Wire</p></footer></body></html>"#
    )
}

#[test]
fn user_profiles_add_and_override_and_broken_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("example-wire.toml"),
        r#"source = "Example Wire Service"
[match]
hosts = ["example-wire.org"]
[selectors]
title = ["h1.headline"]
section = [".kicker"]
body = [".story-text"]
exclude = [".promo"]
"#,
    )
    .unwrap();
    // Same name as a built-in: replaces it.
    std::fs::write(
        dir.path().join("state.toml"),
        "source = \"State Department (user)\"\n[match]\nhosts = [\"state.gov\"]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.toml"), "source = [unclosed\n").unwrap();
    std::fs::write(
        dir.path().join("badselector.toml"),
        "[match]\nhosts = [\"bad.example\"]\n[selectors]\nbody = [\"div[[\"]\n",
    )
    .unwrap();
    let (set, warnings) = ProfileSet::with_user_dir(dir.path());
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().all(|w| !w.contains('\n')));
    assert!(warnings.iter().any(|w| w.contains("broken.toml")));
    assert!(warnings.iter().any(|w| w.contains("badselector.toml")));
    assert_eq!(
        set.profiles().len(),
        ProfileSet::builtin().profiles().len() + 1
    );

    let d = read_with_profiles("x.html", &custom_page("story-text"), &set);
    assert_eq!(d.title.as_deref(), Some("Talks resume in Geneva"));
    assert_eq!(d.source.as_deref(), Some("Example Wire Service"));
    assert_eq!(d.section.as_deref(), Some("Diplomacy desk"));
    assert_eq!(d.paragraphs, vec![P1, P2]);

    // The override has no selectors: every field comes from the generic reader.
    let d = read_with_profiles("s.html", &fixture("state"), &set);
    assert_eq!(d.source.as_deref(), Some("State Department (user)"));
    assert_eq!(d.paragraphs.len(), 3);
}

#[test]
fn selectors_that_miss_fall_back_to_the_generic_reader() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("example-wire.toml"),
        r#"[match]
hosts = ["example-wire.org"]
[selectors]
title = ["h1.no-such-class"]
body = [".no-such-body", ".kicker"]
"#,
    )
    .unwrap();
    let (set, warnings) = ProfileSet::with_user_dir(dir.path());
    assert!(warnings.is_empty());
    let d = read_with_profiles("x.html", &custom_page("story-text"), &set);
    // The title selector found nothing, and ".kicker" is too short to be a body.
    assert!(d.title.as_deref().unwrap().starts_with("Talks resume"));
    assert_eq!(d.source.as_deref(), Some("Example Wire"));
    assert!(d.paragraphs.contains(&P1.to_string()));
    assert!(d.paragraphs.contains(&P2.to_string()));
    assert!(!d.paragraphs.iter().any(|p| p == "Diplomacy desk"));
}

#[test]
fn cli_reads_user_profiles_and_warns_once_about_broken_ones() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path().join("attache/profiles");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("broken.toml"), "this is = = not toml").unwrap();
    std::fs::write(
        dir.join("example-wire.toml"),
        "source = \"Example Wire Service\"\n[match]\nhosts = [\"example-wire.org\"]\n[selectors]\ntitle = [\"h1.nope\"]\nbody = [\".story-text\"]\nexclude = [\".promo\"]\n",
    )
    .unwrap();
    let pages = tempfile::tempdir().unwrap();
    std::fs::write(pages.path().join("a.html"), custom_page("story-text")).unwrap();
    std::fs::write(pages.path().join("b.html"), custom_page("story-text")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["parse", "--json"])
        .arg(pages.path())
        .env("XDG_CONFIG_HOME", config.path())
        .env("ATTACHE_DEBUG", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("broken.toml"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 2);
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["source"], "Example Wire Service");
        assert_eq!(v["paragraphs"], serde_json::json!([P1, P2]));
    }
    // With ATTACHE_DEBUG set, the title selector that missed is reported; the body did not miss.
    assert!(
        stderr.contains("debug: profile example-wire: no title"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("debug: profile example-wire: no body"),
        "{stderr}"
    );
}
