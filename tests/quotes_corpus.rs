//! Quote extraction measured on the gold paragraphs of the annotated corpus, with the matching
//! rules of `bench/parse/score.py` (folded-token Jaccard >= 0.6, or containment of >= 4 tokens,
//! one-to-one greedy; a speaker is right when the gold name's last token is in the prediction).
//! Running on gold paragraphs isolates the extractor from the readers.
//!
//! `ATTACHE_GOLD_DIR` points at another gold folder; `-- --nocapture` prints the table.

mod quote_match;
use attache::analyze::quotes::extract;
use quote_match::{match_pairs, qtokens};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    spk_ok: usize,
    spk_n: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.spk_ok += o.spk_ok;
        self.spk_n += o.spk_n;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    fn spk(&self) -> f64 {
        if self.spk_n == 0 {
            1.0
        } else {
            self.spk_ok as f64 / self.spk_n as f64
        }
    }
}

fn score_unit(unit: &Value, verbose: bool, tag: &str) -> (String, Counts) {
    let lang = unit["language"].as_str().unwrap_or("en").to_string();
    let paras: Vec<String> = unit["paragraphs"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let gold = unit["quotes"].as_array().cloned().unwrap_or_default();
    let pred = extract(&paras, &lang).quotes;
    let gold_texts: Vec<String> = gold
        .iter()
        .map(|q| q["text"].as_str().unwrap_or("").to_string())
        .collect();
    let pred_texts: Vec<String> = pred.iter().map(|q| q.text.clone()).collect();
    let pairs = match_pairs(&gold_texts, &pred_texts);
    let mut c = Counts {
        tp: pairs.len(),
        fp: pred.len() - pairs.len(),
        fn_: gold.len() - pairs.len(),
        ..Default::default()
    };
    for &(i, j) in &pairs {
        if let Some(gs) = gold[i]["speaker"].as_str() {
            c.spk_n += 1;
            let last = qtokens(gs).last().cloned().unwrap_or_default();
            let ok = pred[j]
                .speaker
                .as_deref()
                .is_some_and(|s| qtokens(s).contains(&last));
            c.spk_ok += usize::from(ok);
            if !ok && verbose {
                println!(
                    "    {tag}: speaker {:?} (mention {:?}) != {gs:?}: {}",
                    pred[j].speaker,
                    pred[j].mention,
                    &gold[i]["text"]
                        .as_str()
                        .unwrap_or("")
                        .chars()
                        .take(60)
                        .collect::<String>()
                );
            }
        }
    }
    if verbose {
        for (i, q) in gold.iter().enumerate() {
            if !pairs.iter().any(|&(g, _)| g == i) {
                println!(
                    "    {tag}: missed [{}] p{}: {}",
                    q["speaker"],
                    q["paragraph"],
                    q["text"]
                        .as_str()
                        .unwrap_or("")
                        .chars()
                        .take(80)
                        .collect::<String>()
                );
            }
        }
        for (j, q) in pred.iter().enumerate() {
            if !pairs.iter().any(|&(_, p)| p == j) {
                println!(
                    "    {tag}: extra [{:?}] p{}: {}",
                    q.speaker,
                    q.paragraph,
                    q.text.chars().take(80).collect::<String>()
                );
            }
        }
    }
    (lang, c)
}

fn gold_dir() -> PathBuf {
    std::env::var_os("ATTACHE_GOLD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-data/gold"))
}

fn run(dir: &PathBuf, verbose: bool) -> (BTreeMap<String, Counts>, Counts) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("gold dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    println!(
        "{:36} {:>4} {:>5} {:>5} {:>5} {:>7}",
        "file", "lang", "qP", "qR", "qF1", "spk"
    );
    for f in files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let units = match v {
            Value::Array(a) => a,
            o => vec![o],
        };
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        for (k, u) in units.iter().enumerate() {
            let tag = if units.len() > 1 {
                format!("{name}#{}", k + 1)
            } else {
                name.clone()
            };
            let (lang, c) = score_unit(u, verbose, &tag);
            let (p, r, f1) = c.prf();
            println!(
                "{:36} {:>4} {:>5.2} {:>5.2} {:>5.2} {:>3}/{:<3}",
                tag, lang, p, r, f1, c.spk_ok, c.spk_n
            );
            by_lang.entry(lang).or_default().add(c);
            total.add(c);
        }
    }
    for (lang, c) in by_lang
        .iter()
        .chain(std::iter::once((&"all".to_string(), &total)))
    {
        let (p, r, f) = c.prf();
        println!(
            "TOTAL {lang:4} quotes P/R/F1 {p:.3}/{r:.3}/{f:.3} (tp={} fp={} fn={})  speaker {:.3} ({}/{})",
            c.tp, c.fp, c.fn_, c.spk(), c.spk_ok, c.spk_n
        );
    }
    (by_lang, total)
}

#[test]
fn corpus_quotes_and_speakers() {
    let dir = gold_dir();
    if !dir.is_dir() {
        eprintln!("no gold corpus at {}", dir.display());
        return;
    }
    let verbose = std::env::var_os("QUOTES_VERBOSE").is_some();
    let (_, total) = run(&dir, verbose);
    let (_, _, f1) = total.prf();
    // Thresholds sit just under the measured values so regressions fail.
    // Measured: 0.995 / 1.000 on the first 24 articles, 0.981 / 0.918 with the 16 added later.
    assert!(f1 >= 0.975, "quote F1 {f1:.3}");
    assert!(total.spk() >= 0.91, "speaker accuracy {:.3}", total.spk());
}
