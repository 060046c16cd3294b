//! Scores `attache parse --json` on the dev corpus (sample-data) and on the seed with the shared
//! scorer, and fails when a metric drops below the level the parser has reached. Thresholds sit
//! just under the measured figures, so any regression shows up here.

mod common;
use common::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn scorer() -> Option<PathBuf> {
    let path = root().join("../shared/bench/parse/score.py");
    path.exists().then_some(path)
}

/// Runs the scorer and returns the metrics from its last line
/// (`score: quoteF1=… speakerAcc=… bodyF1=… titleAcc=… dateAcc=…`) plus its full output.
fn score(articles: &str, gold: &str) -> Option<(HashMap<String, f64>, String)> {
    let scorer = scorer()?;
    let out = Command::new("python3")
        .arg(scorer)
        .arg("--cmd")
        .arg(format!("{} parse --json", bin()))
        .arg("--articles")
        .arg(root().join(articles))
        .arg("--gold")
        .arg(root().join(gold))
        .arg("-v")
        .output()
        .expect("python3 runs the scorer");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let last = text
        .lines()
        .rev()
        .find(|l| l.starts_with("score:"))?
        .to_string();
    let metrics = last
        .split_whitespace()
        .skip(1)
        .filter_map(|kv| kv.split_once('='))
        .filter_map(|(k, v)| v.parse().ok().map(|v| (k.to_string(), v)))
        .collect();
    Some((metrics, text))
}

fn assert_at_least(metrics: &HashMap<String, f64>, report: &str, floors: &[(&str, f64)]) {
    for (key, floor) in floors {
        let got = metrics.get(*key).copied().unwrap_or(0.0);
        assert!(got >= *floor, "{key} = {got} fell below {floor}\n{report}");
    }
}

#[test]
fn seed_parses_exactly() {
    let Some((m, report)) = score("../shared/seed/articles", "../shared/seed/gold") else {
        eprintln!("skipped: ../shared/bench/parse/score.py not found");
        return;
    };
    let perfect = [
        ("titleAcc", 1.0),
        ("dateAcc", 1.0),
        ("bodyF1", 1.0),
        ("quoteF1", 1.0),
        ("speakerAcc", 1.0),
    ];
    assert_at_least(&m, &report, &perfect);
}

#[test]
fn dev_corpus_holds_its_level() {
    // Measured 2026-11-28: title 1.000, date 1.000, body 1.000, quote F1 0.987, speaker 0.973.
    holds(
        "sample-data/articles",
        "sample-data/gold",
        &[
            ("titleAcc", 0.97),
            ("dateAcc", 0.97),
            ("bodyF1", 0.994),
            ("quoteF1", 0.982),
            ("speakerAcc", 0.973),
        ],
    );
}

/// Scores a corpus and checks its floors; skipped where the shared scorer is absent.
fn holds(articles: &str, gold: &str, floors: &[(&str, f64)]) {
    let Some((m, report)) = score(articles, gold) else {
        eprintln!("skipped: ../shared/bench/parse/score.py not found");
        return;
    };
    assert_at_least(&m, &report, floors);
}

/// Declares one test per evaluation set, so each set passes or fails under its own name:
/// `name: "dir" => [titleAcc, dateAcc, bodyF1, quoteF1, speakerAcc];` scores
/// `sample-data/dir/articles` against `sample-data/dir/gold` and fails when a metric falls below
/// its floor. The doc comment above an entry says who wrote the set, at which commit it was first
/// scored and what it scored then.
macro_rules! sets_hold_their_level {
    ($($(#[$doc:meta])* $name:ident: $dir:literal => [$t:expr, $d:expr, $b:expr, $q:expr, $s:expr];)*) => {
        $(
            $(#[$doc])*
            #[test]
            fn $name() {
                holds(
                    concat!("sample-data/", $dir, "/articles"),
                    concat!("sample-data/", $dir, "/gold"),
                    &[
                        ("titleAcc", $t),
                        ("dateAcc", $d),
                        ("bodyF1", $b),
                        ("quoteF1", $q),
                        ("speakerAcc", $s),
                    ],
                );
            }
        )*
    };
}

sets_hold_their_level! {
    /// The held-out set (sample-data/heldout) was written without looking at the extractor; its
    /// first measurement was quote F1 0.907 / speaker 0.843, and it has since been used for fixes.
    /// Measured 2026-11-28: title 0.929, date 1.000, body 0.990, quote F1 0.979, speaker 1.000.
    heldout_set_holds_its_level: "heldout" => [0.92, 0.97, 0.984, 0.973, 0.994];

    /// sample-data/unseen was written by a helper who never saw the code. First measurement
    /// (2026-11-28): quote F1 0.934, speaker 0.763. It was then used to find general fixes.
    /// Measured after the fixes: title 0.944, date 0.944, body 0.999, quote F1 0.939, speaker 0.955.
    unseen_set_holds_its_level: "unseen" => [0.92, 0.92, 0.993, 0.938, 0.955];

    /// sample-data/blind was written by a second helper after the unseen-set fixes. First
    /// measurement (2026-11-28): quote F1 0.942, speaker 0.677; it has since been used for fixes.
    /// Measured after the fixes: title 0.917, date 0.917, body 0.995, quote F1 0.977 (its Spanish
    /// interview is read since interviews without a question label are), speaker 0.956.
    blind_set_holds_its_level: "blind" => [0.9, 0.9, 0.990, 0.971, 0.957];

    /// sample-data/blind2 was written by a third helper after the blind-set fixes. First measurement
    /// (2026-11-28): quote F1 0.939, speaker 0.791; it has since been used for fixes.
    /// Measured after the fixes: title 0.900, date 1.000, body 0.997, quote F1 0.939, speaker 0.967.
    blind2_set_holds_its_level: "blind2" => [0.89, 0.97, 0.993, 0.955, 0.983];

    /// sample-data/blind3 was written by a fourth helper (12 articles, 151 quotes, FR/EN/ES/DE in
    /// HTML, text dumps and feeds) after the blind2 fixes. First measurement (2026-11-28): quote F1
    /// 0.960, speaker 0.895 (111/124), titles 0.667; it has since been used for fixes.
    /// Measured after the fixes: title 1.000, date 1.000, body 0.990, quote F1 0.960, speaker 0.992.
    blind3_set_holds_its_level: "blind3" => [0.97, 0.97, 0.984, 0.961, 0.986];

    /// sample-data/blind4 was written by a fifth helper (10 articles, 123 quotes) after the blind3
    /// fixes. First measurement (2026-11-28): quote F1 0.975, speaker 0.787 (74/94), titles 0.800.
    /// Measured after the fixes: quote F1 0.988, speaker 0.897.
    blind4_set_holds_its_level: "blind4" => [0.85, 0.85, 0.989, 0.982, 0.953];

    /// sample-data/blind5 was written by a sixth helper (11 articles, 146 quotes) after the blind4
    /// fixes. First measurement (2026-11-28): quote F1 0.965, speaker 0.822 (97/118), titles 1.000.
    /// Measured after the fixes: quote F1 0.983, speaker 0.975, body 1.000.
    blind5_set_holds_its_level: "blind5" => [0.95, 0.85, 0.994, 0.980, 0.970];

    /// sample-data/blind6 was written by a seventh helper (12 articles, 173 quotes) after the blind5
    /// fixes. First measurement (2026-11-28): quote F1 0.933, speaker 0.898 (114/127), titles
    /// 0.917, dates 0.833, body 0.919. Most of the quote and body loss was one Atom entry whose
    /// `type="xhtml"` content the feed reader did not read.
    /// Measured after the fixes: quote F1 0.971, speaker 0.956, body 0.994, titles and dates 1.000.
    blind6_set_holds_its_level: "blind6" => [0.95, 0.95, 0.990, 0.968, 0.958];

    /// sample-data/blind7 was written by an eighth helper (12 articles, 177 quotes) after the blind6
    /// fixes. First measurement (2026-11-28): quote F1 0.957, speaker 0.858 (115/134), titles
    /// 0.833, dates 0.917, body 0.997. Half of the speaker loss was names given in a short form
    /// ("Sok", "Khamphet", "Andrade") and pronouns left unresolved.
    /// Measured after the fixes: quote F1 0.957, speaker 0.955, body 0.997, titles 0.833, dates
    /// 0.917.
    blind7_set_holds_its_level: "blind7" => [0.80, 0.90, 0.992, 0.954, 0.957];

    /// sample-data/blind8 was written by a ninth helper (12 articles, 169 quotes), scored once after
    /// the first blind7 fixes and before any look at its text. First measurement (2026-11-28): quote
    /// F1 0.952, speaker 0.829 (107/129), titles 1.000, dates 1.000, body 0.995.
    /// Measured after the fixes: quote F1 0.961, speaker 0.962, body 0.995, titles and dates 1.000.
    blind8_set_holds_its_level: "blind8" => [0.95, 0.95, 0.989, 0.967, 0.972];

    /// sample-data/blind9 was written by a tenth helper (12 articles, 181 quotes: an unlabelled and
    /// a labelled Q&A interview, a briefing transcript, dialogue, readouts), scored once after the
    /// blind8 fixes and before any look at its text. First measurement (2026-11-28): quote F1 0.918
    /// (P 0.981, R 0.862), speaker 0.677 (90/133), titles 0.833, dates 1.000, body 0.995.
    /// Measured after the fixes: quote F1 0.969, speaker 0.899 (0.851 before the ninth session),
    /// body 0.995, titles 0.833, dates 1.000.
    blind9_set_holds_its_level: "blind9" => [0.95, 0.95, 0.992, 0.972, 0.914];

    /// sample-data/blind10 was written by an eleventh helper (12 articles, 182 quotes: a transcript
    /// with "Name :" turns, an unlabelled German interview, dialogue dashes, readouts, op-eds),
    /// scored once after the first two fixes of the eighth session and before any look at its text.
    /// First measurement (2026-11-28): quote F1 0.907 (P 0.993, R 0.835), speaker 0.871 (115/132),
    /// titles 0.917, dates 0.917, body 0.994.
    /// Measured after the fixes: quote F1 0.936, speaker 0.972, body 0.994, titles 0.917, dates
    /// 0.917.
    blind10_set_holds_its_level: "blind10" => [0.9, 0.9, 0.988, 0.940, 0.973];

    /// sample-data/blind11 was written by a twelfth helper (12 articles, 197 quotes: a consular
    /// briefing transcript, a 「」 quote with its English gloss, British nested quotes, an unbalanced
    /// mark, an interview), scored once at the start of the ninth session, after its first two fixes
    /// (lower-case particles, acronyms) and before any look at its text. First measurement
    /// (2026-11-28): quote F1 0.950 (P 0.978, R 0.924), speaker 0.938 (137/146), titles 0.917, dates
    /// 0.917, body 0.992.
    /// Measured after the ninth session's fixes: quote F1 0.950, speaker 0.952.
    blind11_set_holds_its_level: "blind11" => [0.95, 0.9, 0.991, 0.963, 0.975];

    /// sample-data/blind12 was written by a thirteenth helper at the same time as blind11, blind to
    /// it (12 articles, 189 quotes: a radio interview, a briefing transcript, two ministers who
    /// contradict each other, dialogue dashes, » « quotes), scored once at the same commit as
    /// blind11. First measurement (2026-11-28): quote F1 0.955 (P 0.962, R 0.947), speaker 0.867
    /// (124/143), titles 0.750, dates 1.000, body 0.994.
    /// Measured after the ninth session's fixes: quote F1 0.955, speaker 0.958.
    blind12_set_holds_its_level: "blind12" => [0.8, 0.95, 0.989, 0.962, 0.97];

    /// sample-data/blind13 was written by a fourteenth helper (12 articles, 239 quotes: analysis and
    /// features quoting many experts, two interviews, border reportage with ordinary people, an
    /// editorial quoting speeches, Pacific and Central Asian names), scored once at the start of the
    /// tenth session, after its first fix (Spanish "Para X," opinion leads) and before any look at
    /// its text. First measurement (2026-11-29): quote F1 0.926 (P 0.968, R 0.887), speaker 0.843
    /// (140/166), titles 0.833, dates 0.750, body 0.990.
    blind13_set_holds_its_level: "blind13" => [0.8, 0.7, 0.986, 0.936, 0.954];

    /// sample-data/blind14 was written by a fifteenth helper at the same time as blind13, blind to
    /// it (12 articles, 213 quotes: wire and official sources, a ministry briefing and a government
    /// press conference transcript, Security Council and General Assembly debates, parliamentary
    /// hearings, two obituaries), scored once at commit 6fea588, after two fixes from blind13
    /// (Spanish opinion leads, full-stop interview labels) and before any look at its text. First
    /// measurement (2026-11-29): quote F1 0.937 (P 0.965, R 0.911), speaker 0.832 (129/155), titles
    /// 0.917, dates 0.917, body 0.993.
    blind14_set_holds_its_level: "blind14" => [0.9, 0.9, 0.990, 0.953, 0.919];

    /// sample-data/blind15 was written by a sixteenth helper, blind to the code and to every other
    /// set (12 articles, 225 quotes: wire dispatches and official readouts, a department press
    /// briefing, a Bundestag committee hearing, a phone-call readout, maritime incidents), scored
    /// once at commit 77b7678 before any look at its text. First measurement (2026-11-29): quote F1
    /// 0.967 (P 0.961, R 0.973), speaker 0.845 (142/168), titles 0.833, dates 0.917, body 0.991.
    blind15_set_holds_its_level: "blind15" => [0.8, 0.9, 0.987, 0.963, 0.887];

    /// sample-data/blind16 was written by a seventeenth helper at the same time as blind15, blind
    /// to it (12 articles, 232 quotes: newspaper politics and analysis, an election-observation
    /// mission, an ICJ ruling as a live blog, a radio interview transcript, a leaked memo, a
    /// columnist, a profile), scored once at commit 77b7678 before any look at its text. First
    /// measurement (2026-11-29): quote F1 0.919 (P 0.967, R 0.875), speaker 0.713 (112/157), titles
    /// 0.917, dates 1.000, body 0.992.
    blind16_set_holds_its_level: "blind16" => [0.9, 0.95, 0.989, 0.945, 0.928];

    /// sample-data/blind17 was written by an eighteenth helper, blind to the code and to every
    /// other set (12 articles, 219 quotes: a regional desk's foreign news: state visits, a consular
    /// crisis, a border commission, a migration story, a rights report and its rebuttal, a new
    /// ambassador's profile), scored once at commit aed0bca before any look at its text. First
    /// measurement (2026-11-29): quote F1 0.962 (P 0.990, R 0.936), speaker 0.796 (129/162), titles
    /// 0.583, dates 0.917, body 1.000.
    blind17_set_holds_its_level: "blind17" => [0.9, 0.9, 0.994, 0.959, 0.877];

    /// sample-data/blind18 was written by a nineteenth helper at the same time as blind17, blind to
    /// it (12 articles, 226 quotes: security diplomacy: inspections, arms control, a veto, sanctions
    /// evasion, a cyber attribution, Antarctic and Arctic meetings, two joint press conferences),
    /// scored once at commit aed0bca before any look at its text. First measurement (2026-11-29):
    /// quote F1 0.946 (P 0.968, R 0.925), speaker 0.839 (135/161), titles 0.917, dates 1.000, body
    /// 0.993.
    blind18_set_holds_its_level: "blind18" => [0.9, 0.95, 0.992, 0.949, 0.945];

    /// sample-data/blind19 was written by a twentieth helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: health and humanitarian diplomacy: a World Health Assembly vote, vaccine and medicine deals, aid convoys, an NGO report and its rebuttal, a hospital ship, a press gaggle transcript, a TV interview, an op-ed), scored once at commit 61943f1 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.970 (P 0.977, R 0.964), speaker 0.834 (136/163), titles 0.833, dates 1.000, body 0.995.
    blind19_set_holds_its_level: "blind19" => [0.83, 1.0, 0.991, 0.969, 0.933];

    /// sample-data/blind20 was written by a twenty-first helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: economic and trade diplomacy: tariff talks, a communiqué and its rebuttal, a central-bank governor's visit, an investment forum, a port dispute, a podcast transcript, an analysis built on anonymous sources), scored once at commit 61943f1 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.935 (P 0.963, R 0.908), speaker 0.840 (131/156), titles 0.917, dates 0.833, body 0.992.
    blind20_set_holds_its_level: "blind20" => [0.9, 0.8, 0.988, 0.952, 0.927];

    /// sample-data/blind21 was written by a twenty-second helper, blind to the code and to the other sets
    /// (12 articles, 235 quotes: parliamentary and party diplomacy: delegations, a speaker's state visit, a committee debate, a campaign interview, a TV debate transcript, a diaspora meeting, a resignation letter, a feature quoting several women officials), scored once at commit 61943f1 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.941 (P 0.960, R 0.923), speaker 0.827 (139/168), titles 0.917, dates 1.000, body 0.988.
    blind21_set_holds_its_level: "blind21" => [0.9, 0.95, 0.988, 0.944, 0.906];

    /// sample-data/blind22 was written by a twenty-third helper, blind to the code and to the other sets
    /// (12 articles, 219 quotes: climate, water and oceans diplomacy: a COP live blog, a river-basin dispute, an island envoy's speech, a fisheries deal, a glacier mission, a radio interview, a joint press conference, an obituary), scored once at commit 61943f1 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.940 (P 0.957, R 0.922), speaker 0.821 (128/156), titles 0.917, dates 1.000, body 0.986.
    blind22_set_holds_its_level: "blind22" => [0.9, 0.95, 0.982, 0.938, 0.904];

    /// sample-data/blind23 was written by a twenty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 222 quotes: defence and arms control: a ceasefire monitoring mission, arms-control talks, a joint exercise and a neighbour's protest, a defence minister's press conference, a think-tank panel, a retired general's interview, a leaked memo), scored once at commit 6a406d3 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.932 (P 0.966, R 0.901), speaker 0.837 (128/153), titles 0.917, dates 0.833, body 0.985.
    blind23_set_holds_its_level: "blind23" => [0.897, 0.812, 0.986, 0.931, 0.890];

    /// sample-data/blind24 was written by a twenty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: consular affairs and migration: nationals detained abroad and their families, an evacuation flight, a visa row, a consul's statement, two trials with testimony, a radio interview with a returnee, a border-town reportage), scored once at commit 6a406d3 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.943 (P 0.923, R 0.964), speaker 0.765 (127/166), titles 0.917, dates 1.000, body 0.987.
    blind24_set_holds_its_level: "blind24" => [0.897, 0.98, 0.989, 0.939, 0.849];

    /// sample-data/blind25 was written by a twenty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 231 quotes: culture, sport and science diplomacy: restitution of artefacts, a sports boycott debate, a space-agency accord, a university exchange, a museum director's interview, an athlete's press conference, a festival opening, a translator's profile), scored once at commit 6a406d3 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.941 (P 0.955, R 0.926), speaker 0.853 (139/163), titles 0.917, dates 1.000, body 0.993.
    blind25_set_holds_its_level: "blind25" => [0.897, 0.98, 0.991, 0.948, 0.898];

    /// sample-data/blind26 was written by a twenty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: international justice and human rights: a tribunal hearing, a UN rapporteur's report and its rebuttal, a truth commission, victims' associations, an NGO press conference, a courtroom transcript, a judge's obituary and portrait), scored once at commit 6a406d3 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.931 (P 0.950, R 0.913), speaker 0.696 (112/161), titles 0.917, dates 1.000, body 0.996.
    blind26_set_holds_its_level: "blind26" => [0.897, 0.98, 0.991, 0.932, 0.834];

    /// sample-data/blind27 was written by a twenty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 236 quotes: elections and political transitions: an observer mission's statement and press conference, contested counts, coalition talks, inaugurations, campaign-trail reportage, televised debates partly transcribed), scored once at commit bd3e322 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.941 (P 0.969, R 0.915), speaker 0.815 (132/162), titles 0.833, dates 1.000, body 0.994.
    blind27_set_holds_its_level: "blind27" => [0.813, 0.980, 0.994, 0.949, 0.928];

    /// sample-data/blind28 was written by a twenty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 238 quotes: trade, sanctions and economic diplomacy: tariff talks, a sanctions hearing, a business forum, a port strike, farmers at a summit, a finance minister's Q&A, a leaked negotiating text), scored once at commit bd3e322 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.940 (P 0.961, R 0.920), speaker 0.866 (149/172), titles 1.000, dates 1.000, body 0.998.
    blind28_set_holds_its_level: "blind28" => [0.980, 0.980, 0.993, 0.941, 0.891];

    /// sample-data/blind29 was written by a thirtieth helper, blind to the code and to the other sets
    /// (12 articles, 231 quotes: press reviews, analysis and long-form: press round-ups quoting editorials, a think-tank analysis, diplomats' profiles, podcast and radio transcripts, a summit live blog, a Sunday feature), scored once at commit bd3e322 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.895 (P 0.903, R 0.887), speaker 0.794 (123/155), titles 0.917, dates 1.000, body 0.989.
    blind29_set_holds_its_level: "blind29" => [0.897, 0.980, 0.987, 0.905, 0.849];

    /// sample-data/blind30 was written by a thirty-first helper, blind to the code and to the other sets
    /// (12 articles, 230 quotes: maritime, energy and polar affairs: a cable sabotage inquiry, a fishing dispute, an Arctic council, a strait incident, a rescue at sea, an energy minister's interview, a port reportage), scored once at commit bd3e322 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.954 (P 0.969, R 0.939), speaker 0.887 (149/168), titles 1.000, dates 1.000, body 0.993.
    blind30_set_holds_its_level: "blind30" => [0.980, 0.980, 0.991, 0.955, 0.924];

    /// sample-data/blind31 was written by a thirty-second helper, blind to the code and to the other sets
    /// (12 articles, 218 quotes: conflict mediation and ceasefires: peace talks in a neutral capital, prisoner exchanges, monitors' ceasefire reports, a Security Council debate, humanitarian corridors, a mediator's exit interview), scored once at commit 604ab01 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.949 (P 0.954, R 0.945), speaker 0.899 (143/159), titles 1.000, dates 0.917, body 0.998.
    blind31_set_holds_its_level: "blind31" => [0.980, 0.897, 0.994, 0.953, 0.919];

    /// sample-data/blind32 was written by a thirty-third helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: technology and cyber diplomacy: an AI-governance summit, a cyberattack attribution, chip export controls, a satellite collision dispute, a data-centre deal, hacker and espionage trials, a minister's interview), scored once at commit 604ab01 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.936 (P 0.938, R 0.934), speaker 0.857 (138/161), titles 0.833, dates 1.000, body 0.980.
    blind32_set_holds_its_level: "blind32" => [0.813, 0.980, 0.979, 0.941, 0.908];

    /// sample-data/blind33 was written by a thirty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: state visits and protocol: a state banquet with toasts, ambassadors presenting credentials, an embassy opening, protocol gaffes, a twin-city delegation, a diaspora reception, obituaries with tributes), scored once at commit 604ab01 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.968 (P 0.982, R 0.956), speaker 0.780 (128/164), titles 0.917, dates 1.000, body 0.992.
    blind33_set_holds_its_level: "blind33" => [0.897, 0.980, 0.988, 0.962, 0.835];

    /// sample-data/blind34 was written by a thirty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 240 quotes: press conferences, hearings and multi-speaker events: a joint press conference, committee hearings, TV debates, a security-forum panel, a spokesperson's briefing, radio phone-ins), scored once at commit 604ab01 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.930 (P 0.973, R 0.892), speaker 0.750 (123/164), titles 0.917, dates 0.833, body 0.976.
    blind34_set_holds_its_level: "blind34" => [0.897, 0.813, 0.974, 0.931, 0.771];

    /// sample-data/blind35 was written by a thirty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: humanitarian aid and disasters: an earthquake relief operation, a blocked aid convoy, donor conferences, a refugee camp, a famine warning, rescue teams, ministers in the disaster zone), scored once at commit ec88147 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.969 (P 0.969, R 0.969), speaker 0.845 (142/168), titles 1.000, dates 1.000, body 0.991.
    blind35_set_holds_its_level: "blind35" => [0.980, 0.980, 0.989, 0.965, 0.857];

    /// sample-data/blind36 was written by a thirty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 227 quotes: Asia-Pacific diplomacy: an ASEAN summit, a ramming in disputed waters, a Pacific islands forum, Korean peninsula talks, a Japan–China meeting, an Indus water dispute, a negotiator's profile), scored once at commit ec88147 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.957 (P 0.977, R 0.938), speaker 0.833 (135/162), titles 0.917, dates 1.000, body 0.991.
    blind36_set_holds_its_level: "blind36" => [0.897, 0.980, 0.992, 0.954, 0.877];

    /// sample-data/blind37 was written by a thirty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: Africa and Middle East regional diplomacy: an African Union summit, Gulf mediation, transition talks with military governments, Red Sea shipping, Nile dam talks, nuclear talks in Vienna, border-town colour pieces), scored once at commit ec88147 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.926 (P 0.936, R 0.916), speaker 0.848 (134/158), titles 0.750, dates 0.917, body 0.989.
    blind37_set_holds_its_level: "blind37" => [0.730, 0.897, 0.989, 0.952, 0.915];

    /// sample-data/blind38 was written by a thirty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: European and Latin American summitry with street-level voices: an EU Council summit, EU–Mercosur, government–opposition talks, Council of Europe sessions, an Andean summit, border-town colour pieces, a weekly briefing), scored once at commit ec88147 before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.948 (P 0.959, R 0.938), speaker 0.857 (138/161), titles 0.833, dates 1.000, body 0.988.
    blind38_set_holds_its_level: "blind38" => [0.813, 0.980, 0.989, 0.951, 0.901];

    /// sample-data/blind39 was written by a fortieth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: trade, finance and sanctions diplomacy: a G20 finance meeting, IMF loan talks, a debt restructuring, tariff retaliation, a sanctions-evasion inquiry, a free-trade-zone opening, a market-day colour piece), scored once at commit 877db3a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.943 (P 0.972, R 0.916), speaker 0.872 (136/156), titles 0.833, dates 1.000, body 0.995.
    blind39_set_holds_its_level: "blind39" => [0.813, 0.980, 0.991, 0.946, 0.950];

    /// sample-data/blind40 was written by a forty-first helper, blind to the code and to the other sets
    /// (12 articles, 240 quotes: elections, referendums and democratic crises: observers' statements, a disputed count, rallies, a TV debate, an independence referendum, a coup communiqué, a disinformation exposé, voters in queues), scored once at commit 877db3a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.938 (P 0.957, R 0.921), speaker 0.819 (140/171), titles 1.000, dates 1.000, body 0.994.
    blind40_set_holds_its_level: "blind40" => [0.980, 0.980, 0.992, 0.934, 0.889];

    /// sample-data/blind41 was written by a forty-second helper, blind to the code and to the other sets
    /// (12 articles, 222 quotes: health, science and environment diplomacy: a pandemic treaty, a World Health Assembly vote, a climate COP closing night, a biodiversity COP, a river drought, nuclear-plant inspections, a negotiator interview), scored once at commit 877db3a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.956 (P 0.981, R 0.932), speaker 0.933 (152/163), titles 1.000, dates 0.833, body 0.997.
    blind41_set_holds_its_level: "blind41" => [0.980, 0.813, 0.993, 0.952, 0.957];

    /// sample-data/blind42 was written by a forty-third helper, blind to the code and to the other sets
    /// (12 articles, 238 quotes: multilateral institutions and arms control: UN General Assembly speeches, an NPT review conference, an alliance communiqué, an OSCE mission, a missile test, a live blog, a retired general's interview, an anonymous background briefing), scored once at commit 877db3a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.944 (P 0.931, R 0.958), speaker 0.835 (147/176), titles 0.917, dates 1.000, body 0.996.
    blind42_set_holds_its_level: "blind42" => [0.897, 0.980, 0.992, 0.940, 0.920];

    /// sample-data/blind43 was written by a forty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 234 quotes: consular affairs and migration: detainees and a prisoner swap, a hostage release, an evacuation, an asylum row, a visa ban, released detainees' testimony, a background briefing, parliamentary question time), scored once at commit 5b4e14a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.950 (P 0.965, R 0.936), speaker 0.844 (141/167), titles 0.917, dates 0.917, body 0.991.
    blind43_set_holds_its_level: "blind43" => [0.897, 0.897, 0.991, 0.944, 0.886];

    /// sample-data/blind44 was written by a forty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: cultural and sport diplomacy: restitution of looted artefacts, a sporting boycott, a film festival, a closed culture institute, a state visit, an artist denied a visa, a damaged heritage site, a panel transcript), scored once at commit 5b4e14a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.948 (P 0.968, R 0.929), speaker 0.849 (135/159), titles 1.000, dates 0.917, body 0.999.
    blind44_set_holds_its_level: "blind44" => [0.980, 0.897, 0.994, 0.959, 0.880];

    /// sample-data/blind45 was written by a forty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: polar, ocean and space diplomacy: an Arctic Council meeting, an Antarctic inspection, a river dispute, a fisheries quarrel, a satellite debris strike, a deep-sea mining moratorium, a scientist's Q/A interview, a radio call-in), scored once at commit 5b4e14a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.889 (P 0.973, R 0.819), speaker 0.853 (116/136), titles 0.750, dates 0.917, body 0.996.
    blind45_set_holds_its_level: "blind45" => [0.730, 0.897, 0.992, 0.934, 0.917];

    /// sample-data/blind46 was written by a forty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: international courts and law: an ICJ hearing, an extradition case, a war-crimes witness, an investment arbitration award, a sanctions appeal, a lawyer on the court steps, a former judge's op-ed), scored once at commit 5b4e14a before any look at its text.
    /// First measurement (2026-11-29): quote F1 0.962 (P 0.990, R 0.935), speaker 0.788 (123/156), titles 0.833, dates 1.000, body 0.997.
    blind46_set_holds_its_level: "blind46" => [0.813, 0.980, 0.992, 0.956, 0.859];

    /// sample-data/blind47 was written by a forty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 231 quotes: parliamentary diplomacy: a ratification debate in the Assemblée nationale, a delegation abroad, a Senate treaty hearing, a Commons committee transcript, MEPs in Nairobi, a canciller before Congress, Bundestag and Nationalrat committees), scored once at commit 11aee30 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.930 (P 0.972, R 0.892), speaker 0.839 (135/161), titles 0.750, dates 1.000, body 0.991.
    blind47_set_holds_its_level: "blind47" => [0.730, 0.980, 0.993, 0.952, 0.872];

    /// sample-data/blind48 was written by a forty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 219 quotes: peacekeeping and defence cooperation: a Security Council mandate renewal, a force commander's interview, IED casualties, a background briefing, a defence ministers' meeting, joint exercises, a Bundestag debate, an accident inquiry), scored once at commit 11aee30 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.970 (P 0.990, R 0.950), speaker 0.865 (141/163), titles 0.917, dates 1.000, body 0.997.
    blind48_set_holds_its_level: "blind48" => [0.897, 0.980, 0.991, 0.964, 0.902];

    /// sample-data/blind49 was written by a fiftieth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: profiles, obituaries and memoirs: obituaries of ambassadors, memoir launches, a retirement portrait, a Q&A with a veteran negotiator, anniversaries of old negotiations recalled by their participants), scored once at commit 11aee30 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.935 (P 0.945, R 0.924), speaker 0.744 (122/164), titles 0.917, dates 1.000, body 0.998.
    blind49_set_holds_its_level: "blind49" => [0.897, 0.980, 0.992, 0.929, 0.799];

    /// sample-data/blind50 was written by a fifty-first helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: water, food and agriculture diplomacy: fisheries talks, a radio programme with a minister and a farmer, a food-aid agency briefing, grain corridors, a river commission, a farmers' protest at a summit, interviews), scored once at commit 11aee30 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.949 (P 0.968, R 0.930), speaker 0.858 (139/162), titles 0.833, dates 1.000, body 0.985.
    blind50_set_holds_its_level: "blind50" => [0.813, 0.980, 0.981, 0.943, 0.877];

    /// sample-data/blind51 was written by a fifty-second helper, blind to the code and to the other sets
    /// (12 articles, 224 quotes: sanctions enforcement and export controls), scored once at commit f860acf before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.960 (P 0.964, R 0.955), speaker 0.919 (147/160), titles 0.833, dates 0.917, body 0.995.
    blind51_set_holds_its_level: "blind51" => [0.813, 0.897, 0.991, 0.954, 0.938];

    /// sample-data/blind52 was written by a fifty-third helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: religion, diaspora and soft power), scored once at commit f860acf before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.958 (P 0.973, R 0.943), speaker 0.886 (147/166), titles 0.917, dates 1.000, body 0.993.
    blind52_set_holds_its_level: "blind52" => [0.897, 0.980, 0.992, 0.961, 0.882];

    /// sample-data/blind53 was written by a fifty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: summit live coverage and communiqué fights), scored once at commit f860acf before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.936 (P 0.942, R 0.930), speaker 0.834 (136/163), titles 0.917, dates 1.000, body 0.996.
    blind53_set_holds_its_level: "blind53" => [0.897, 0.980, 0.990, 0.930, 0.884];

    /// sample-data/blind54 was written by a fifty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 238 quotes: espionage, expulsions and hostage diplomacy), scored once at commit f860acf before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.952, R 0.924), speaker 0.858 (145/169), titles 0.750, dates 1.000, body 0.993.
    blind54_set_holds_its_level: "blind54" => [0.730, 0.980, 0.992, 0.938, 0.899];

    /// sample-data/blind55 was written by a fifty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 232 quotes: sovereign debt restructuring, creditor committees and IMF programme diplomacy), scored once at commit c984c72 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.932 (P 0.924, R 0.940), speaker 0.902 (157/174), titles 0.750, dates 0.917, body 0.988.
    blind55_set_holds_its_level: "blind55" => [0.730, 0.897, 0.983, 0.928, 0.931];

    /// sample-data/blind56 was written by a fifty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: ceasefire monitoring, observer missions and violation reports), scored once at commit c984c72 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.941 (P 0.950, R 0.933), speaker 0.874 (146/167), titles 0.750, dates 0.917, body 0.991.
    blind56_set_holds_its_level: "blind56" => [0.730, 0.897, 0.987, 0.940, 0.892];

    /// sample-data/blind57 was written by a fifty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 231 quotes: think-tank report launches, panel debates, book events and conference speeches), scored once at commit c984c72 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.936 (P 0.928, R 0.944), speaker 0.795 (136/171), titles 0.833, dates 0.833, body 0.985.
    blind57_set_holds_its_level: "blind57" => [0.813, 0.813, 0.981, 0.934, 0.824];

    /// sample-data/blind58 was written by a fifty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 237 quotes: ambassadors in the media: interviews, op-ed rows, social-media spats and summoned envoys), scored once at commit c984c72 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.918 (P 0.912, R 0.924), speaker 0.890 (154/173), titles 0.917, dates 0.917, body 0.986.
    blind58_set_holds_its_level: "blind58" => [0.897, 0.897, 0.984, 0.920, 0.907];

    /// sample-data/blind59 was written by a sixtieth helper, blind to the code and to the other sets
    /// (12 articles, 230 quotes: energy transition diplomacy), scored once at commit 894dd46 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.941 (P 0.943, R 0.939), speaker 0.814 (140/172), titles 0.833, dates 0.917, body 0.989.
    blind59_set_holds_its_level: "blind59" => [0.813, 0.897, 0.985, 0.935, 0.814];

    /// sample-data/blind60 was written by a sixty-first helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: border and territorial disputes), scored once at commit 894dd46 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.920 (P 0.907, R 0.932), speaker 0.906 (144/159), titles 0.833, dates 0.917, body 0.988.
    blind60_set_holds_its_level: "blind60" => [0.813, 0.897, 0.982, 0.918, 0.913];

    /// sample-data/blind61 was written by a sixty-second helper, blind to the code and to the other sets
    /// (12 articles, 234 quotes: election observation missions), scored once at commit 894dd46 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.940, R 0.936), speaker 0.817 (143/175), titles 0.917, dates 0.917, body 0.991.
    blind61_set_holds_its_level: "blind61" => [0.897, 0.897, 0.987, 0.934, 0.875];

    /// sample-data/blind62 was written by a sixty-third helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: pandemic treaty and global health negotiations), scored once at commit 894dd46 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.933 (P 0.954, R 0.913), speaker 0.867 (144/166), titles 1.000, dates 1.000, body 0.994.
    blind62_set_holds_its_level: "blind62" => [0.980, 0.980, 0.988, 0.927, 0.880];

    /// sample-data/blind63 was written by a sixty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: donor conferences and development aid cuts), scored once at commit d48d360 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.957, R 0.912), speaker 0.830 (127/153), titles 0.917, dates 0.917, body 0.992.
    blind63_set_holds_its_level: "blind63" => [0.897, 0.897, 0.986, 0.935, 0.824];

    /// sample-data/blind64 was written by a sixty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 214 quotes: nuclear safety and IAEA inspections), scored once at commit d48d360 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.951 (P 0.949, R 0.953), speaker 0.894 (143/160), titles 0.833, dates 0.917, body 0.994.
    blind64_set_holds_its_level: "blind64" => [0.813, 0.897, 0.988, 0.945, 0.913];

    /// sample-data/blind65 was written by a sixty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: state visits and ceremonial diplomacy), scored once at commit d48d360 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.962, R 0.915), speaker 0.933 (153/164), titles 0.833, dates 1.000, body 0.991.
    blind65_set_holds_its_level: "blind65" => [0.813, 0.980, 0.985, 0.937, 0.940];

    /// sample-data/blind66 was written by a sixty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: UN General Assembly high-level week), scored once at commit d48d360 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.945 (P 0.943, R 0.947), speaker 0.860 (141/164), titles 0.917, dates 0.833, body 0.992.
    blind66_set_holds_its_level: "blind66" => [0.897, 0.813, 0.986, 0.946, 0.856];

    /// sample-data/blind67 was written by a sixty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: counter-narcotics cooperation), scored once at commit 228e3d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.921 (P 0.949, R 0.895), speaker 0.934 (155/166), titles 0.917, dates 0.917, body 0.995.
    blind67_set_holds_its_level: "blind67" => [0.897, 0.897, 0.989, 0.915, 0.928];

    /// sample-data/blind68 was written by a sixty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: IMF and World Bank meetings), scored once at commit 228e3d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.951 (P 0.967, R 0.935), speaker 0.881 (141/160), titles 1.000, dates 0.917, body 0.994.
    blind68_set_holds_its_level: "blind68" => [0.980, 0.897, 0.988, 0.945, 0.875];

    /// sample-data/blind69 was written by a seventieth helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: visa policy and travel bans), scored once at commit 228e3d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.936 (P 0.942, R 0.930), speaker 0.899 (152/169), titles 0.833, dates 0.917, body 0.993.
    blind69_set_holds_its_level: "blind69" => [0.813, 0.897, 0.987, 0.930, 0.893];

    /// sample-data/blind70 was written by a seventy-first helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: wildlife trafficking and CITES), scored once at commit 228e3d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.917 (P 0.936, R 0.899), speaker 0.877 (143/163), titles 0.750, dates 0.750, body 0.994.
    blind70_set_holds_its_level: "blind70" => [0.730, 0.730, 0.988, 0.916, 0.879];

    /// sample-data/blind71 was written by a seventy-second helper, blind to the code and to the other sets
    /// (12 articles, 233 quotes: refugee returns and camp closures), scored once at commit fe58468 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.947 (P 0.937, R 0.957), speaker 0.892 (157/176), titles 0.917, dates 0.917, body 0.988.
    blind71_set_holds_its_level: "blind71" => [0.897, 0.897, 0.982, 0.941, 0.886];

    /// sample-data/blind72 was written by a seventy-third helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: fisheries access agreements), scored once at commit fe58468 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.947 (P 0.949, R 0.945), speaker 0.806 (133/165), titles 0.833, dates 0.750, body 0.989.
    blind72_set_holds_its_level: "blind72" => [0.813, 0.730, 0.983, 0.946, 0.855];

    /// sample-data/blind73 was written by a seventy-fourth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: digital services taxes and tech regulation), scored once at commit fe58468 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.954 (P 0.947, R 0.960), speaker 0.890 (154/173), titles 1.000, dates 0.917, body 0.991.
    blind73_set_holds_its_level: "blind73" => [0.980, 0.897, 0.985, 0.948, 0.884];

    /// sample-data/blind74 was written by a seventy-fifth helper, blind to the code and to the other sets
    /// (12 articles, 227 quotes: hostage releases and detained nationals), scored once at commit fe58468 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.917 (P 0.906, R 0.930), speaker 0.876 (149/170), titles 0.917, dates 1.000, body 0.991.
    blind74_set_holds_its_level: "blind74" => [0.897, 0.980, 0.985, 0.911, 0.882];

    /// sample-data/blind75 was written by a seventy-sixth helper, blind to the code and to the other sets
    /// (12 articles, 234 quotes: arms-export controls and defence procurement deals), scored once at commit c06400f before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.935 (P 0.943, R 0.927), speaker 0.895 (154/172), titles 1.000, dates 0.917, body 0.990.
    blind75_set_holds_its_level: "blind75" => [0.980, 0.897, 0.984, 0.929, 0.895];

    /// sample-data/blind76 was written by a seventy-seventh helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: diplomatic protests, summonings of ambassadors and expulsions), scored once at commit c06400f before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.932 (P 0.941, R 0.924), speaker 0.793 (130/164), titles 0.833, dates 1.000, body 0.989.
    blind76_set_holds_its_level: "blind76" => [0.813, 0.980, 0.983, 0.929, 0.830];

    /// sample-data/blind77 was written by a seventy-eighth helper, blind to the code and to the other sets
    /// (12 articles, 224 quotes: science and research diplomacy), scored once at commit c06400f before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.920 (P 0.920, R 0.920), speaker 0.886 (148/167), titles 0.917, dates 0.917, body 0.990.
    blind77_set_holds_its_level: "blind77" => [0.897, 0.897, 0.984, 0.916, 0.887];

    /// sample-data/blind78 was written by a seventy-ninth helper, blind to the code and to the other sets
    /// (12 articles, 222 quotes: food-price and grain-export diplomacy), scored once at commit c06400f before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.946 (P 0.981, R 0.914), speaker 0.915 (150/164), titles 0.917, dates 0.917, body 0.994.
    blind78_set_holds_its_level: "blind78" => [0.897, 0.897, 0.988, 0.948, 0.934];

    /// sample-data/blind79 was written by a eightieth helper, blind to the code and to the other sets
    /// (12 articles, 213 quotes: space diplomacy and satellite launches), scored once at commit 328b845 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.926 (P 0.946, R 0.906), speaker 0.904 (141/156), titles 0.917, dates 0.833, body 0.994.
    blind79_set_holds_its_level: "blind79" => [0.897, 0.813, 0.988, 0.920, 0.917];

    /// sample-data/blind80 was written by a eighty-first helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: diaspora remittances and consular outreach), scored once at commit 328b845 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.930, R 0.938), speaker 0.850 (142/167), titles 1.000, dates 0.917, body 0.991.
    blind80_set_holds_its_level: "blind80" => [0.980, 0.897, 0.985, 0.930, 0.844];

    /// sample-data/blind81 was written by a eighty-second helper, blind to the code and to the other sets
    /// (12 articles, 224 quotes: urban diplomacy and city networks), scored once at commit 328b845 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.924 (P 0.924, R 0.924), speaker 0.853 (139/163), titles 0.833, dates 0.917, body 0.990.
    blind81_set_holds_its_level: "blind81" => [0.813, 0.897, 0.984, 0.921, 0.847];

    /// sample-data/blind82 was written by a eighty-third helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: cultural-heritage diplomacy and restitution), scored once at commit 328b845 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.949 (P 0.953, R 0.945), speaker 0.912 (145/159), titles 1.000, dates 0.917, body 0.993.
    blind82_set_holds_its_level: "blind82" => [0.980, 0.897, 0.987, 0.950, 0.932];

    /// sample-data/blind83 was written by a eighty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 242 quotes: foreign military bases and status-of-forces agreements), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.930 (P 0.956, R 0.905), speaker 0.829 (145/175), titles 1.000, dates 1.000, body 0.989.
    blind83_set_holds_its_level: "blind83" => [0.980, 0.980, 0.983, 0.933, 0.851];

    /// sample-data/blind84 was written by a eighty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 227 quotes: submarine cables and internet governance), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.933 (P 0.946, R 0.921), speaker 0.910 (151/166), titles 1.000, dates 0.917, body 0.992.
    blind84_set_holds_its_level: "blind84" => [0.980, 0.897, 0.986, 0.927, 0.910];

    /// sample-data/blind85 was written by a eighty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: foreign investment screening and sovereign wealth funds), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.953, R 0.915), speaker 0.882 (142/161), titles 0.917, dates 1.000, body 0.991.
    blind85_set_holds_its_level: "blind85" => [0.897, 0.980, 0.985, 0.928, 0.876];

    /// sample-data/blind86 was written by a eighty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: diplomatic immunity and embassy incidents), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.940 (P 0.925, R 0.955), speaker 0.865 (141/163), titles 0.917, dates 0.750, body 0.995.
    blind86_set_holds_its_level: "blind86" => [0.897, 0.730, 0.989, 0.934, 0.871];

    /// sample-data/blind87 was written by a eighty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 210 quotes: chemical-weapons inspections and the OPCW), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.939 (P 0.930, R 0.948), speaker 0.835 (132/158), titles 0.750, dates 1.000, body 0.990.
    blind87_set_holds_its_level: "blind87" => [0.730, 0.980, 0.984, 0.933, 0.861];

    /// sample-data/blind88 was written by a eighty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 233 quotes: climate mobility and relocation agreements), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.913 (P 0.929, R 0.897), speaker 0.867 (150/173), titles 1.000, dates 0.917, body 0.984.
    blind88_set_holds_its_level: "blind88" => [0.980, 0.897, 0.978, 0.907, 0.884];

    /// sample-data/blind89 was written by a ninetieth helper, blind to the code and to the other sets
    /// (12 articles, 218 quotes: critical minerals and rare-earth export controls), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.932 (P 0.948, R 0.917), speaker 0.879 (138/157), titles 1.000, dates 0.917, body 0.991.
    blind89_set_holds_its_level: "blind89" => [0.980, 0.897, 0.985, 0.934, 0.875];

    /// sample-data/blind90 was written by a ninety-first helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: aviation diplomacy), scored once at commit e6612aa before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.942, R 0.934), speaker 0.917 (155/169), titles 1.000, dates 0.917, body 0.994.
    blind90_set_holds_its_level: "blind90" => [0.980, 0.897, 0.988, 0.936, 0.912];

    /// sample-data/blind92 was written by a ninety-third helper, blind to the code and to the other sets
    /// (12 articles, 230 quotes: prisoner transfers and consular access for jailed nationals), scored once at commit 76a8458 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.945 (P 0.964, R 0.926), speaker 0.899 (152/169), titles 0.833, dates 0.833, body 0.993.
    blind92_set_holds_its_level: "blind92" => [0.813, 0.813, 0.987, 0.939, 0.899];

    /// sample-data/blind93 was written by a ninety-fourth helper, blind to the code and to the other sets
    /// (12 articles, 234 quotes: development-bank loans and infrastructure diplomacy), scored once at commit 76a8458 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.943 (P 0.964, R 0.923), speaker 0.942 (161/171), titles 1.000, dates 0.833, body 0.990.
    blind93_set_holds_its_level: "blind93" => [0.980, 0.813, 0.984, 0.937, 0.936];

    /// sample-data/blind94 was written by a ninety-fifth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: peace talks over a separatist region), scored once at commit 76a8458 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.923 (P 0.909, R 0.938), speaker 0.902 (148/164), titles 1.000, dates 1.000, body 0.989.
    blind94_set_holds_its_level: "blind94" => [0.980, 0.980, 0.983, 0.920, 0.897];

    /// sample-data/blind91 was written by a ninety-second helper, blind to the code and to the other sets
    /// (12 articles, 222 quotes: Arctic shipping and icebreaker diplomacy), scored once at commit 76a8458 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.919 (P 0.923, R 0.914), speaker 0.804 (127/158), titles 0.833, dates 0.917, body 0.981.
    blind91_set_holds_its_level: "blind91" => [0.813, 0.897, 0.975, 0.920, 0.839];

    /// sample-data/blind95 was written by a ninety-fifth helper, blind to the code and to the other sets
    /// (12 articles, 215 quotes: landmine clearance and the Ottawa and cluster-munitions conventions), scored once at commit 99c4de2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.943, R 0.926), speaker 0.752 (118/157), titles 0.750, dates 0.917, body 0.994.
    blind95_set_holds_its_level: "blind95" => [0.730, 0.897, 0.988, 0.931, 0.810];

    /// sample-data/blind96 was written by a ninety-sixth helper, blind to the code and to the other sets
    /// (12 articles, 215 quotes: panda loans, animal diplomacy and diplomatic gifts), scored once at commit 99c4de2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.941 (P 0.948, R 0.935), speaker 0.914 (148/162), titles 0.917, dates 0.917, body 0.995.
    blind96_set_holds_its_level: "blind96" => [0.897, 0.897, 0.989, 0.940, 0.921];

    /// sample-data/blind97 was written by a ninety-seventh helper, blind to the code and to the other sets
    /// (12 articles, 224 quotes: embassy closures, relocations and reopenings), scored once at commit 99c4de2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.948 (P 0.963, R 0.933), speaker 0.926 (150/162), titles 1.000, dates 0.833, body 0.985.
    blind97_set_holds_its_level: "blind97" => [0.980, 0.813, 0.979, 0.947, 0.921];

    /// sample-data/blind98 was written by a ninety-eighth helper, blind to the code and to the other sets
    /// (12 articles, 236 quotes: the race to select the next UN Secretary-General), scored once at commit 99c4de2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.912 (P 0.901, R 0.924), speaker 0.899 (151/168), titles 1.000, dates 1.000, body 0.987.
    blind98_set_holds_its_level: "blind98" => [0.980, 0.980, 0.981, 0.906, 0.893];

    /// sample-data/blind99 was written by a ninety-ninth helper, blind to the code and to the other sets
    /// (12 articles, 233 quotes: nuclear test-ban verification and the CTBTO monitoring network), scored once at commit 6b0de98 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.945 (P 0.964, R 0.927), speaker 0.886 (148/167), titles 0.917, dates 0.917, body 0.987.
    blind99_set_holds_its_level: "blind99" => [0.897, 0.897, 0.981, 0.939, 0.898];

    /// sample-data/blind100 was written by a hundredth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: the high-seas biodiversity treaty (BBNJ) and its ratification), scored once at commit 6b0de98 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.957 (P 0.968, R 0.946), speaker 0.922 (154/167), titles 0.917, dates 0.917, body 0.995.
    blind100_set_holds_its_level: "blind100" => [0.897, 0.897, 0.989, 0.951, 0.916];

    /// sample-data/blind101 was written by a hundred-and-first helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: recovery and return of stolen public assets and kleptocracy cases), scored once at commit 6b0de98 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.929 (P 0.953, R 0.906), speaker 0.890 (145/163), titles 1.000, dates 0.917, body 0.996.
    blind101_set_holds_its_level: "blind101" => [0.980, 0.897, 0.990, 0.928, 0.891];

    /// sample-data/blind102 was written by a hundred-and-second helper, blind to the code and to the other sets
    /// (12 articles, 234 quotes: relief diplomacy after a tropical cyclone and aid pledges), scored once at commit 6b0de98 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.923 (P 0.923, R 0.923), speaker 0.876 (148/169), titles 0.833, dates 0.833, body 0.995.
    blind102_set_holds_its_level: "blind102" => [0.813, 0.813, 0.989, 0.917, 0.876];

    /// sample-data/blind103 was written by a hundred-and-third helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: women mediators and the women, peace and security agenda), scored once at commit f24aa79 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.942, R 0.933), speaker 0.861 (142/165), titles 0.833, dates 0.917, body 0.992.
    blind103_set_holds_its_level: "blind103" => [0.813, 0.897, 0.986, 0.932, 0.855];

    /// sample-data/blind104 was written by a hundred-and-fourth helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: Interpol red notices, extradition requests and transnational repression), scored once at commit f24aa79 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.937 (P 0.931, R 0.943), speaker 0.875 (147/168), titles 0.917, dates 1.000, body 0.986.
    /// Speaker floor lowered 0.887 → 0.878 when "cuenta" became a speech verb: two more quotes of u105_09 are found (quote F1 0.937 → 0.946), and their speaker, a woman introduced as "su compañera de vivienda, Jessenia Oporta", is not recognised as a person.
    blind104_set_holds_its_level: "blind104" => [0.897, 0.980, 0.980, 0.940, 0.878];

    /// sample-data/blind105 was written by a hundred-and-fifth helper, blind to the code and to the other sets
    /// (12 articles, 227 quotes: semiconductor export controls and chip diplomacy), scored once at commit f24aa79 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.923 (P 0.925, R 0.921), speaker 0.952 (159/167), titles 0.833, dates 0.917, body 0.989.
    blind105_set_holds_its_level: "blind105" => [0.813, 0.897, 0.983, 0.917, 0.952];

    /// sample-data/blind106 was written by a hundred-and-sixth helper, blind to the code and to the other sets
    /// (12 articles, 220 quotes: canal and strait transit disputes: drought, tolls and rerouted shipping), scored once at commit f24aa79 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.935 (P 0.928, R 0.941), speaker 0.945 (154/163), titles 0.750, dates 0.833, body 0.987.
    blind106_set_holds_its_level: "blind106" => [0.730, 0.813, 0.981, 0.929, 0.939];

    /// sample-data/blind107 was written by a hundred-and-seventh helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: nuclear-powered submarine procurement deals and alliance politics), scored once at commit f94c621 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.948 (P 0.963, R 0.933), speaker 0.926 (151/163), titles 0.917, dates 0.917, body 0.995.
    blind107_set_holds_its_level: "blind107" => [0.897, 0.897, 0.989, 0.942, 0.920];

    /// sample-data/blind108 was written by a hundred-and-eighth helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: cross-border wildfire assistance and firefighting aircraft diplomacy), scored once at commit f94c621 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.951 (P 0.953, R 0.949), speaker 0.866 (142/164), titles 1.000, dates 1.000, body 0.991.
    blind108_set_holds_its_level: "blind108" => [0.980, 0.980, 0.985, 0.945, 0.878];

    /// sample-data/blind109 was written by a hundred-and-ninth helper, blind to the code and to the other sets
    /// (12 articles, 239 quotes: sovereign wealth funds, strategic stakes and investment diplomacy), scored once at commit f94c621 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.921 (P 0.914, R 0.929), speaker 0.948 (164/173), titles 1.000, dates 1.000, body 0.987.
    blind109_set_holds_its_level: "blind109" => [0.980, 0.980, 0.981, 0.920, 0.943];

    /// sample-data/blind110 was written by a hundred-and-tenth helper, blind to the code and to the other sets
    /// (12 articles, 219 quotes: Indigenous peoples' representatives at UN forums and treaty bodies), scored once at commit f94c621 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.935 (P 0.957, R 0.913), speaker 0.874 (139/159), titles 1.000, dates 0.917, body 0.993.
    blind110_set_holds_its_level: "blind110" => [0.980, 0.897, 0.987, 0.929, 0.868];

    /// sample-data/blind111 was written by a hundred-and-eleventh helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: tariff disputes over electric vehicles and green subsidies), scored once at commit 474466b before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.948 (P 0.940, R 0.956), speaker 0.893 (150/168), titles 0.917, dates 0.917, body 0.996.
    blind111_set_holds_its_level: "blind111" => [0.897, 0.897, 0.990, 0.942, 0.887];

    /// sample-data/blind112 was written by a hundred-and-twelfth helper, blind to the code and to the other sets
    /// (12 articles, 215 quotes: diplomatic protests over maps, textbooks and historical memory), scored once at commit 474466b before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.941 (P 0.957, R 0.926), speaker 0.891 (139/156), titles 1.000, dates 0.917, body 0.993.
    blind112_set_holds_its_level: "blind112" => [0.980, 0.897, 0.987, 0.935, 0.885];

    /// sample-data/blind113 was written by a hundred-and-thirteenth helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: cross-border shipments of nuclear waste and spent fuel), scored once at commit 474466b before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.930 (P 0.928, R 0.932), speaker 0.922 (154/167), titles 0.917, dates 0.917, body 0.993.
    blind113_set_holds_its_level: "blind113" => [0.897, 0.897, 0.987, 0.924, 0.916];

    /// sample-data/blind114 was written by a hundred-and-fourteenth helper, blind to the code and to the other sets
    /// (12 articles, 210 quotes: Vatican diplomacy and papal mediation), scored once at commit 474466b before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.927 (P 0.916, R 0.938), speaker 0.821 (124/151), titles 0.917, dates 0.833, body 0.985.
    blind114_set_holds_its_level: "blind114" => [0.897, 0.813, 0.979, 0.926, 0.890];

    /// sample-data/blind115 was written by a hundred-and-fifteenth helper, blind to the code and to the other sets
    /// (12 articles, 211 quotes: plastics-treaty negotiations (INC sessions, production caps, petrochemical lobbying, waste-export bans)), scored once at commit de26784 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.947 (P 0.961, R 0.934), speaker 0.868 (131/151), titles 0.917, dates 0.917, body 0.990.
    blind115_set_holds_its_level: "blind115" => [0.897, 0.897, 0.984, 0.941, 0.888];

    /// sample-data/blind116 was written by a hundred-and-sixteenth helper, blind to the code and to the other sets
    /// (12 articles, 205 quotes: pilgrimage diplomacy (Hajj and Umrah quotas, pilgrim visas, heat deaths, consular help for pilgrims)), scored once at commit de26784 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.932 (P 0.932, R 0.932), speaker 0.924 (134/145), titles 1.000, dates 1.000, body 0.992.
    blind116_set_holds_its_level: "blind116" => [0.980, 0.980, 0.986, 0.926, 0.925];

    /// sample-data/blind117 was written by a hundred-and-seventeenth helper, blind to the code and to the other sets
    /// (12 articles, 212 quotes: central-bank swap lines and currency disputes (devaluations, currency-manipulation charges, reserve diplomacy)), scored once at commit de26784 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.943 (P 0.943, R 0.943), speaker 0.879 (138/157), titles 0.833, dates 0.917, body 0.993.
    blind117_set_holds_its_level: "blind117" => [0.813, 0.897, 0.987, 0.937, 0.886];

    /// sample-data/blind118 was written by a hundred-and-eighteenth helper, blind to the code and to the other sets
    /// (12 articles, 228 quotes: cross-border river floods and dam-release warnings (flood data sharing, river commissions, evacuation rows)), scored once at commit de26784 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.958 (P 0.969, R 0.947), speaker 0.879 (152/173), titles 0.750, dates 0.917, body 0.996.
    blind118_set_holds_its_level: "blind118" => [0.730, 0.897, 0.990, 0.952, 0.884];

    /// sample-data/blind119 was written by a hundred-and-nineteenth helper, blind to the code and to the other sets
    /// (12 articles, 220 quotes: state funerals as diplomatic gatherings (foreign delegations, condolence books, sideline meetings, protocol rows)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.954 (P 0.972, R 0.936), speaker 0.854 (134/157), titles 0.833, dates 0.917, body 0.996.
    blind119_set_holds_its_level: "blind119" => [0.813, 0.897, 0.990, 0.950, 0.854];

    /// sample-data/blind120 was written by a hundred-and-twentieth helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: desert-locust swarms and transboundary pest control (FAO alerts, spraying permits, cross-border crop losses)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.942 (P 0.944, R 0.940), speaker 0.874 (139/159), titles 0.917, dates 0.917, body 0.986.
    blind120_set_holds_its_level: "blind120" => [0.897, 0.897, 0.980, 0.934, 0.893];

    /// sample-data/blind121 was written by a hundred-and-twenty-first helper, blind to the code and to the other sets
    /// (12 articles, 220 quotes: closures of foreign cultural and language institutes (Confucius Institutes, Goethe-Institut, Alliance française, reciprocity rows)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.918 (P 0.922, R 0.914), speaker 0.883 (136/154), titles 1.000, dates 0.917, body 0.977.
    blind121_set_holds_its_level: "blind121" => [0.980, 0.897, 0.971, 0.917, 0.879];

    /// sample-data/blind122 was written by a hundred-and-twenty-second helper, blind to the code and to the other sets
    /// (12 articles, 210 quotes: transboundary haze from forest and peat fires (ASEAN haze agreement, school closures, palm-oil firms, compensation claims)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.942, R 0.933), speaker 0.866 (136/157), titles 1.000, dates 0.750, body 0.989.
    blind122_set_holds_its_level: "blind122" => [0.980, 0.730, 0.983, 0.937, 0.875];

    /// sample-data/blind123 was written by a hundred-and-twenty-third helper, blind to the code and to the other sets
    /// (12 articles, 208 quotes: repatriation of ancestral human remains from European museums (skulls, burial ceremonies, apology debates)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.951 (P 0.965, R 0.938), speaker 0.865 (135/156), titles 0.917, dates 0.917, body 0.992.
    blind123_set_holds_its_level: "blind123" => [0.897, 0.897, 0.986, 0.945, 0.859];

    /// sample-data/blind124 was written by a hundred-and-twenty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 206 quotes: conscription of dual nationals and military-service disputes (draft notices abroad, exit bans, consular appeals)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.948 (P 0.960, R 0.937), speaker 0.830 (122/147), titles 0.917, dates 1.000, body 0.985.
    blind124_set_holds_its_level: "blind124" => [0.897, 0.980, 0.979, 0.942, 0.838];

    /// sample-data/blind125 was written by a hundred-and-twenty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 208 quotes: foreign disinformation and election-interference campaigns (attribution reports, sanctions, platform takedowns, expelled 'journalists')), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.932 (P 0.941, R 0.923), speaker 0.928 (141/152), titles 0.917, dates 0.833, body 0.983.
    blind125_set_holds_its_level: "blind125" => [0.897, 0.813, 0.977, 0.926, 0.922];

    /// sample-data/blind126 was written by a hundred-and-twenty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: honorary consuls and consular scandals (passport sales, arrested honorary consuls, closed consulates)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.922 (P 0.914, R 0.931), speaker 0.956 (152/159), titles 1.000, dates 0.917, body 0.986.
    blind126_set_holds_its_level: "blind126" => [0.980, 0.897, 0.980, 0.916, 0.950];

    /// sample-data/blind127 was written by a hundred-and-twenty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: treaty ratification fights in parliaments (ratification votes, reservations, referendums, constitutional challenges)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.933 (P 0.939, R 0.926), speaker 0.914 (138/151), titles 0.750, dates 1.000, body 0.986.
    blind127_set_holds_its_level: "blind127" => [0.730, 0.980, 0.980, 0.927, 0.908];

    /// sample-data/blind128 was written by a hundred-and-twenty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 207 quotes: global minimum tax and tax-treaty renegotiations (OECD Pillar Two, withholding-tax disputes, tax havens' reactions)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.960, R 0.918), speaker 0.913 (136/149), titles 0.917, dates 0.917, body 0.996.
    blind128_set_holds_its_level: "blind128" => [0.897, 0.897, 0.990, 0.932, 0.920];

    /// sample-data/blind129 was written by a hundred-and-twenty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: seed banks and plant genetic resources (seed-vault deposits, benefit-sharing disputes, farmers' rights)), scored once at commit 661bb94 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.957 (P 0.959, R 0.955), speaker 0.830 (137/165), titles 1.000, dates 0.917, body 0.993.
    blind129_set_holds_its_level: "blind129" => [0.980, 0.897, 0.987, 0.951, 0.830];

    /// sample-data/blind130 was written by a hundred-and-thirtieth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: labour migration and domestic workers' rights (kafala reforms, bilateral labour agreements, deaths of migrant workers, recruitment-fee scandals)), scored once at commit 7293411 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.938 (P 0.958, R 0.919), speaker 0.810 (128/158), titles 0.917, dates 0.833, body 0.984.
    blind130_set_holds_its_level: "blind130" => [0.897, 0.813, 0.978, 0.932, 0.817];

    /// sample-data/blind131 was written by a hundred-and-thirty-first helper, blind to the code and to the other sets
    /// (12 articles, 213 quotes: boycotts and hosting rights for sports mega-events (Olympic boycotts, World Cup bids, athletes' visas, stadium-labour rows)), scored once at commit 7293411 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.906 (P 0.926, R 0.887), speaker 0.933 (140/150), titles 0.833, dates 0.833, body 0.983.
    blind131_set_holds_its_level: "blind131" => [0.813, 0.813, 0.977, 0.900, 0.927];

    /// sample-data/blind132 was written by a hundred-and-thirty-second helper, blind to the code and to the other sets
    /// (12 articles, 218 quotes: statelessness and citizenship revocation (stripped passports, stateless minorities, birth registration, UNHCR campaigns)), scored once at commit 7293411 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.963 (P 0.963, R 0.963), speaker 0.863 (138/160), titles 0.750, dates 0.917, body 0.985.
    blind132_set_holds_its_level: "blind132" => [0.730, 0.897, 0.979, 0.957, 0.857];

    /// sample-data/blind133 was written by a hundred-and-thirty-third helper, blind to the code and to the other sets
    /// (12 articles, 215 quotes: medicine shortages and pharmaceutical supply diplomacy (export curbs on drugs, generic-drug deals, insulin prices, WHO prequalification)), scored once at commit 7293411 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.949 (P 0.949, R 0.949), speaker 0.894 (144/161), titles 0.917, dates 1.000, body 0.989.
    blind133_set_holds_its_level: "blind133" => [0.897, 0.980, 0.983, 0.943, 0.888];

    /// sample-data/blind134 was written by a hundred-and-thirty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 226 quotes: internet shutdowns and digital-rights diplomacy (election blackouts, VPN bans, satellite-internet licences, UN resolutions)), scored once at commit ba99113 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.940 (P 0.942, R 0.938), speaker 0.852 (144/169), titles 0.917, dates 1.000, body 0.987.
    blind134_set_holds_its_level: "blind134" => [0.897, 0.980, 0.981, 0.934, 0.846];

    /// sample-data/blind135 was written by a hundred-and-thirty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 210 quotes: mercenaries and private military companies (security contracts with governments, UN working-group reports, recruitment abroad, sanctions)), scored once at commit ba99113 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.924 (P 0.950, R 0.900), speaker 0.797 (118/148), titles 0.833, dates 0.917, body 0.991.
    blind135_set_holds_its_level: "blind135" => [0.813, 0.897, 0.985, 0.918, 0.805];

    /// sample-data/blind136 was written by a hundred-and-thirty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 212 quotes: sea rescues of migrants in the Mediterranean and the Atlantic (NGO rescue ships, port closures, shipwreck inquiries, disembarkation deals)), scored once at commit ba99113 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.936 (P 0.943, R 0.929), speaker 0.813 (122/150), titles 1.000, dates 0.917, body 0.988.
    blind136_set_holds_its_level: "blind136" => [0.980, 0.897, 0.982, 0.930, 0.807];

    /// sample-data/blind137 was written by a hundred-and-thirty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: international prizes as diplomatic irritants (Nobel peace prize reactions, boycotted award ceremonies, prizes for jailed dissidents)), scored once at commit ba99113 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.935 (P 0.927, R 0.943), speaker 0.808 (135/167), titles 1.000, dates 0.833, body 0.988.
    blind137_set_holds_its_level: "blind137" => [0.980, 0.813, 0.982, 0.929, 0.802];

    /// sample-data/blind138 was written by a hundred-and-thirty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: deep-sea mining and the International Seabed Authority (mining-code talks, exploration licences, moratorium calls, Pacific states)), scored once at commit 342f8d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.958 (P 0.971, R 0.944), speaker 0.769 (120/156), titles 1.000, dates 0.750, body 0.995.
    blind138_set_holds_its_level: "blind138" => [0.980, 0.730, 0.989, 0.952, 0.879];

    /// sample-data/blind139 was written by a hundred-and-thirty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: international child abduction and custody disputes (Hague convention cases, consular mediation, parents' campaigns, court rulings abroad)), scored once at commit 342f8d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.924 (P 0.922, R 0.926), speaker 0.870 (134/154), titles 1.000, dates 0.917, body 0.991.
    blind139_set_holds_its_level: "blind139" => [0.980, 0.897, 0.985, 0.918, 0.864];

    /// sample-data/blind140 was written by a hundred-and-fortieth helper, blind to the code and to the other sets
    /// (12 articles, 220 quotes: minority-language rights and kin-state rows (minority schools abroad, language laws, kin-state politicians, OSCE high commissioner)), scored once at commit 342f8d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.942 (P 0.962, R 0.923), speaker 0.909 (149/164), titles 0.750, dates 0.917, body 0.989.
    blind140_set_holds_its_level: "blind140" => [0.730, 0.897, 0.983, 0.936, 0.903];

    /// sample-data/blind141 was written by a hundred-and-forty-first helper, blind to the code and to the other sets
    /// (12 articles, 231 quotes: cocoa and coffee commodity diplomacy (price floors, EU deforestation rules, farmer protests, producer-country cartels)), scored once at commit 342f8d2 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.950 (P 0.948, R 0.952), speaker 0.874 (152/174), titles 1.000, dates 0.917, body 0.993.
    blind141_set_holds_its_level: "blind141" => [0.980, 0.897, 0.987, 0.944, 0.868];

    /// sample-data/blind142 was written by a hundred-and-forty-second helper, blind to the code and to the other sets
    /// (12 articles, 206 quotes: animal-disease trade bans (bird-flu poultry import bans, outbreak notifications, veterinary agreements, regionalisation deals)), scored once at commit c233d03 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.945, R 0.922), speaker 0.966 (142/147), titles 1.000, dates 0.917, body 0.986.
    blind142_set_holds_its_level: "blind142" => [0.980, 0.897, 0.980, 0.928, 0.960];

    /// sample-data/blind143 was written by a hundred-and-forty-third helper, blind to the code and to the other sets
    /// (12 articles, 196 quotes: cross-border electricity grids (interconnectors, grid synchronisation, blackouts blamed on neighbours, power-export deals)), scored once at commit c233d03 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.937 (P 0.962, R 0.913), speaker 0.913 (126/138), titles 1.000, dates 0.917, body 0.993.
    blind143_set_holds_its_level: "blind143" => [0.980, 0.897, 0.987, 0.931, 0.907];

    /// sample-data/blind144 was written by a hundred-and-forty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: earthquake search-and-rescue diplomacy (USAR teams, aid from rival states, rescue-dog teams, customs delays at airports)), scored once at commit c233d03 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.931 (P 0.933, R 0.929), speaker 0.913 (147/161), titles 0.917, dates 0.917, body 0.988.
    blind144_set_holds_its_level: "blind144" => [0.897, 0.897, 0.982, 0.925, 0.907];

    /// sample-data/blind145 was written by a hundred-and-forty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: football fans abroad and tournament diplomacy (away-fan bans, arrests of supporters, consular help at tournaments, police cooperation)), scored once at commit c233d03 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.933 (P 0.931, R 0.935), speaker 0.906 (144/159), titles 0.833, dates 0.917, body 0.994.
    blind145_set_holds_its_level: "blind145" => [0.813, 0.897, 0.988, 0.927, 0.900];

    /// sample-data/blind146 was written by a hundred-and-forty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 218 quotes: evacuations of foreign nationals from war zones (evacuation flights, convoys, stranded citizens, consular crisis cells)), scored once at commit 1af3896 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.928 (P 0.939, R 0.917), speaker 0.903 (139/154), titles 0.917, dates 0.917, body 0.994.
    blind146_set_holds_its_level: "blind146" => [0.897, 0.897, 0.988, 0.922, 0.910];

    /// sample-data/blind147 was written by a hundred-and-forty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: whaling and marine sanctuaries (IWC votes, whaling quotas, sanctuary proposals, protest ships)), scored once at commit 1af3896 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.932 (P 0.942, R 0.921), speaker 0.883 (144/163), titles 1.000, dates 0.917, body 0.991.
    blind147_set_holds_its_level: "blind147" => [0.980, 0.897, 0.985, 0.926, 0.877];

    /// sample-data/blind148 was written by a hundred-and-forty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 205 quotes: cross-border rail links and transport corridors (reopened border stations, gauge disputes, freight corridors, transit-fee rows)), scored once at commit 1af3896 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.935 (P 0.954, R 0.917), speaker 0.946 (139/147), titles 0.833, dates 0.917, body 0.991.
    blind148_set_holds_its_level: "blind148" => [0.813, 0.897, 0.985, 0.929, 0.940];

    /// sample-data/blind149 was written by a hundred-and-forty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 212 quotes: foreign correspondents and press-freedom diplomacy (expelled reporters, accreditation refusals, jailed journalists, media-visa reciprocity)), scored once at commit 1af3896 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.948 (P 0.952, R 0.943), speaker 0.889 (136/153), titles 0.917, dates 0.917, body 0.992.
    blind149_set_holds_its_level: "blind149" => [0.897, 0.897, 0.986, 0.942, 0.883];

    /// sample-data/blind150 was written by a hundred-and-fiftieth helper, blind to the code and to the other sets
    /// (12 articles, 213 quotes: surrogacy and births abroad (stranded surrogate babies, passport and citizenship refusals, consular DNA tests, surrogacy bans)), scored once at commit 314f22c before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.953 (P 0.953, R 0.953), speaker 0.913 (147/161), titles 1.000, dates 0.917, body 0.985.
    blind150_set_holds_its_level: "blind150" => [0.980, 0.897, 0.979, 0.947, 0.913];

    /// sample-data/blind151 was written by a hundred-and-fifty-first helper, blind to the code and to the other sets
    /// (12 articles, 220 quotes: locally employed embassy staff and diplomats' families (pay strikes at embassies, spouses' work permits, staff arrests, evacuated dependants)), scored once at commit 314f22c before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.945 (P 0.945, R 0.945), speaker 0.924 (146/158), titles 0.917, dates 0.833, body 0.982.
    blind151_set_holds_its_level: "blind151" => [0.897, 0.813, 0.976, 0.939, 0.918];

    /// sample-data/blind152 was written by a hundred-and-fifty-second helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: transboundary dams and water-sharing treaties (reservoir-filling rows, treaty suspensions, river-basin commissions, drought allocations)), scored once at commit 7b76f8d before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.939 (P 0.950, R 0.929), speaker 0.890 (146/164), titles 0.750, dates 0.917, body 0.980.
    blind152_set_holds_its_level: "blind152" => [0.730, 0.897, 0.974, 0.933, 0.884];

    /// sample-data/blind153 was written by a hundred-and-fifty-third helper, blind to the code and to the other sets
    /// (12 articles, 197 quotes: coups and regional-bloc suspensions (suspended memberships, sanctions after coups, transition timetables, mediation envoys)), scored once at commit 7b76f8d before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.933 (P 0.909, R 0.959), speaker 0.912 (134/147), titles 1.000, dates 0.917, body 0.991.
    blind153_set_holds_its_level: "blind153" => [0.980, 0.897, 0.985, 0.927, 0.912];

    /// sample-data/blind154 was written by a hundred-and-fifty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: piracy and maritime kidnappings (hijacked ships, ransom talks, naval escort missions, crews held hostage)), scored once at commit 2d978b4 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.939 (P 0.941, R 0.937), speaker 0.926 (150/162), titles 1.000, dates 0.917, body 0.993.
    blind154_set_holds_its_level: "blind154" => [0.980, 0.897, 0.987, 0.933, 0.920];

    /// sample-data/blind155 was written by a hundred-and-fifty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 224 quotes: intercountry adoption scandals and suspensions (falsified papers, adoption moratoriums, adoptees searching for birth families, official apologies)), scored once at commit 2d978b4 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.923 (P 0.936, R 0.911), speaker 0.969 (156/161), titles 0.833, dates 0.833, body 0.977.
    blind155_set_holds_its_level: "blind155" => [0.813, 0.813, 0.971, 0.917, 0.963];

    /// sample-data/blind156 was written by a hundred-and-fifty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 210 quotes: wine, spirits and geographical-indication trade rows (retaliatory tariffs on cognac and whisky, protected names, winemakers caught in disputes)), scored once at commit 2d978b4 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.936 (P 0.926, R 0.948), speaker 0.888 (135/152), titles 1.000, dates 1.000, body 0.985.
    blind156_set_holds_its_level: "blind156" => [0.980, 0.980, 0.979, 0.930, 0.882];

    /// sample-data/blind157 was written by a hundred-and-fifty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 229 quotes: diplomatic mediation of prisoner-of-war exchanges (POW swaps, Red Cross visits, lists of the missing, families waiting at borders)), scored once at commit 9e9be41 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.939 (P 0.939, R 0.939), speaker 0.850 (142/167), titles 0.917, dates 0.833, body 0.992.
    blind157_set_holds_its_level: "blind157" => [0.897, 0.813, 0.986, 0.933, 0.856];

    /// sample-data/blind158 was written by a hundred-and-fifty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 222 quotes: border fences and pushbacks (fence construction, pushback allegations, border-guard agencies, court rulings)), scored once at commit d363bfc before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.949, R 0.919), speaker 0.963 (155/161), titles 0.917, dates 0.917, body 0.990.
    blind158_set_holds_its_level: "blind158" => [0.897, 0.897, 0.984, 0.928, 0.957];

    /// sample-data/blind159 was written by a hundred-and-fifty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 223 quotes: foreign students and university diplomacy (student expulsions, scholarship programmes, branch campuses abroad, student-visa caps)), scored once at commit d363bfc before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.941 (P 0.958, R 0.924), speaker 0.835 (137/164), titles 0.917, dates 0.833, body 0.993.
    blind159_set_holds_its_level: "blind159" => [0.897, 0.813, 0.987, 0.935, 0.860];

    /// sample-data/blind160 was written by a hundred-and-sixtieth helper, blind to the code and to the other sets
    /// (12 articles, 231 quotes: ambassador nominations and agrément refusals (rejected envoys, vacant embassies, persona non grata declarations, confirmation hearings)), scored once at commit d363bfc before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.946 (P 0.944, R 0.948), speaker 0.857 (144/168), titles 1.000, dates 0.917, body 0.978.
    blind160_set_holds_its_level: "blind160" => [0.980, 0.897, 0.972, 0.940, 0.851];

    /// sample-data/blind161 was written by a hundred-and-sixty-first helper, blind to the code and to the other sets
    /// (12 articles, 217 quotes: loss-and-damage climate finance talks (the loss and damage fund, pledges, vulnerable-country blocs, disaster-hit island states)), scored once at commit d363bfc before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.945 (P 0.945, R 0.945), speaker 0.926 (150/162), titles 0.833, dates 0.833, body 0.986.
    blind161_set_holds_its_level: "blind161" => [0.813, 0.813, 0.980, 0.939, 0.920];

    /// sample-data/blind162 was written by a hundred-and-sixty-second helper, blind to the code and to the other sets
    /// (12 articles, 198 quotes: film festivals and cultural boycotts (banned films, artists' visas, festival withdrawals, censorship rows)), scored once at commit 8648424 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.934 (P 0.943, R 0.924), speaker 0.884 (130/147), titles 0.833, dates 0.917, body 0.993.
    blind162_set_holds_its_level: "blind162" => [0.813, 0.897, 0.987, 0.928, 0.878];

    /// sample-data/blind163 was written by a hundred-and-sixty-third helper, blind to the code and to the other sets
    /// (12 articles, 218 quotes: gas pipelines and LNG supply diplomacy (pipeline shutdowns, transit contracts, LNG terminal deals, price disputes)), scored once at commit 8648424 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.954 (P 0.958, R 0.950), speaker 0.956 (153/160), titles 0.833, dates 0.917, body 0.992.
    blind163_set_holds_its_level: "blind163" => [0.813, 0.897, 0.986, 0.948, 0.950];

    /// sample-data/blind164 was written by a hundred-and-sixty-fourth helper, blind to the code and to the other sets
    /// (12 articles, 220 quotes: ransomware attacks on public institutions and cyber-attribution rows (hospital hacks, ransom demands, joint attribution statements, indictments of hackers)), scored once at commit 8648424 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.929 (P 0.932, R 0.927), speaker 0.955 (149/156), titles 0.917, dates 0.917, body 0.992.
    blind164_set_holds_its_level: "blind164" => [0.897, 0.897, 0.986, 0.923, 0.949];

    /// sample-data/blind165 was written by a hundred-and-sixty-fifth helper, blind to the code and to the other sets
    /// (12 articles, 207 quotes: elections of judges to international courts (ICJ and ICC judicial elections, vote trading, candidate campaigns, gender balance)), scored once at commit 8648424 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.928 (P 0.949, R 0.908), speaker 0.888 (135/152), titles 1.000, dates 0.917, body 0.990.
    blind165_set_holds_its_level: "blind165" => [0.980, 0.897, 0.984, 0.922, 0.882];

    /// sample-data/blind166 was written by a hundred-and-sixty-sixth helper, blind to the code and to the other sets
    /// (12 articles, 212 quotes: royal and presidential pardons of foreign prisoners (clemency deals, pardoned spies, prisoner releases before state visits)), scored once at commit 7063fda before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.927 (P 0.898, R 0.958), speaker 0.937 (149/159), titles 0.833, dates 1.000, body 0.988.
    blind166_set_holds_its_level: "blind166" => [0.813, 0.980, 0.982, 0.921, 0.931];

    /// sample-data/blind167 was written by a hundred-and-sixty-seventh helper, blind to the code and to the other sets
    /// (12 articles, 207 quotes: vaccination campaigns and polio eradication diplomacy (ceasefires for vaccinators, attacks on health workers, cross-border campaigns)), scored once at commit 7063fda before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.951 (P 0.956, R 0.947), speaker 0.868 (132/152), titles 0.917, dates 0.917, body 0.984.
    blind167_set_holds_its_level: "blind167" => [0.897, 0.897, 0.978, 0.945, 0.895];

    /// sample-data/blind168 was written by a hundred-and-sixty-eighth helper, blind to the code and to the other sets
    /// (12 articles, 225 quotes: Antarctic treaty and polar research stations (inspections, krill fishing limits, new stations, territorial claims)), scored once at commit 7b72810 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.943 (P 0.972, R 0.916), speaker 0.919 (148/161), titles 0.833, dates 0.750, body 0.992.
    blind168_set_holds_its_level: "blind168" => [0.813, 0.730, 0.986, 0.937, 0.913];

    /// sample-data/blind169 was written by a hundred-and-sixty-ninth helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: diplomatic rows over spy balloons, drones and airspace incursions (shoot-downs, protests, radar data, apologies)), scored once at commit 7b72810 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.959 (P 0.963, R 0.955), speaker 0.915 (151/165), titles 0.833, dates 0.833, body 0.996.
    blind169_set_holds_its_level: "blind169" => [0.813, 0.813, 0.990, 0.953, 0.909];

    /// sample-data/blind170 was written by a hundred-and-seventieth helper, blind to the code and to the other sets
    /// (12 articles, 207 quotes: illegal logging and timber-trade diplomacy (seized timber shipments, EU timber rules, forest-protection deals, rosewood bans)), scored once at commit 9e284e1 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.923 (P 0.944, R 0.903), speaker 0.921 (139/151), titles 0.833, dates 0.917, body 0.991.
    blind170_set_holds_its_level: "blind170" => [0.813, 0.897, 0.979, 0.911, 0.909];

    /// sample-data/blind171 was written by a hundred-and-seventy-first helper, blind to the code and to the other sets
    /// (12 articles, 221 quotes: 5G networks and telecom-vendor bans (excluded suppliers, security reviews, retaliation threats, network-rip-out costs)), scored once at commit 9e284e1 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.950 (P 0.950, R 0.950), speaker 0.918 (146/159), titles 0.917, dates 0.917, body 0.995.
    blind171_set_holds_its_level: "blind171" => [0.897, 0.897, 0.983, 0.938, 0.906];

    /// sample-data/blind172 was written by a hundred-and-seventy-second helper, blind to the code and to the other sets
    /// (12 articles, 216 quotes: sand and gravel extraction disputes (dredging in border rivers, sand smuggling, island-building, export bans)), scored once at commit 9e284e1 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.930 (P 0.939, R 0.921), speaker 0.943 (148/157), titles 1.000, dates 0.833, body 0.987.
    blind172_set_holds_its_level: "blind172" => [0.980, 0.813, 0.975, 0.918, 0.931];

    /// sample-data/blind173 was written by a hundred-and-seventy-third helper, blind to the code and to the other sets
    /// (12 articles, 214 quotes: elephant and tiger conservation diplomacy (cross-border reserves, ivory stockpile burns, human-wildlife conflict compensation)), scored once at commit 9e284e1 before any look at its text.
    /// First measurement (2026-11-30): quote F1 0.945 (P 0.966, R 0.925), speaker 0.918 (145/158), titles 0.917, dates 0.917, body 0.989.
    blind173_set_holds_its_level: "blind173" => [0.897, 0.897, 0.977, 0.933, 0.906];
}
