//! Throughput of quotes + entities + topics on body text, in MB/s on one core.
//!
//!     cargo bench --bench quotes
//!
//! The corpus is every gold article's paragraphs (sample-data/gold and every evaluation set's
//! `gold/` under sample-data/), repeated to ~8 MB so the measurement is not dominated by timer
//! noise. Using every set keeps the figure from describing only the text the rules were tuned on. It times [`analyze_body`], the function the parser
//! uses, so the shared tokenisation is measured as it runs in production. A plain `harness = false` bench keeps the
//! dependency list short.

use attache::analyze::{analyze_body, quotes, topics};
use std::time::Instant;

fn main() {
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
    let mut gold_files: Vec<std::path::PathBuf> = Vec::new();
    let mut dirs = vec![sample.join("gold")];
    for e in std::fs::read_dir(&sample).expect("sample-data") {
        dirs.push(e.unwrap().path().join("gold"));
    }
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        for e in std::fs::read_dir(dir).expect("gold dir") {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "json") {
                gold_files.push(p);
            }
        }
    }
    // Directory order varies between file systems; a fixed order keeps runs comparable.
    gold_files.sort();
    let mut articles: Vec<(String, Vec<String>)> = Vec::new();
    for p in gold_files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let units = match v {
            serde_json::Value::Array(a) => a,
            o => vec![o],
        };
        for u in units {
            let paras = u["paragraphs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect();
            articles.push((u["language"].as_str().unwrap_or("en").to_string(), paras));
        }
    }
    let one: usize = articles
        .iter()
        .map(|(_, p)| p.iter().map(String::len).sum::<usize>())
        .sum();
    // ATTACHE_BENCH_BYTES shrinks the run, e.g. for an instruction count under callgrind.
    let target: usize = std::env::var("ATTACHE_BENCH_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8_000_000);
    let reps = (target / one.max(1)).max(1);
    let tax = topics::taxonomy();
    // Warm-up: loads the lexicons and gazetteers once.
    for (lang, paras) in &articles {
        let _ = quotes::extract(paras, lang);
    }
    // Several rounds, each timed by the wall clock and by this thread's CPU time: on a shared
    // VM the wall clock also counts time the host gave to others, which CPU time does not, and
    // the target is throughput per core.
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    let mut n_quotes = 0;
    // ATTACHE_BENCH_ROUNDS=1 with ATTACHE_BENCH_BYTES gives one pass for callgrind.
    let rounds: usize = std::env::var("ATTACHE_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROUNDS)
        .max(1);
    for _ in 0..rounds {
        let (start, cpu_start) = (Instant::now(), thread_cpu_seconds());
        for _ in 0..reps {
            for (lang, paras) in &articles {
                let b = analyze_body("", paras, &[], lang, tax);
                n_quotes += b.quotes.len() + b.topics.len();
            }
        }
        wall.push(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu_seconds()) {
            cpu.push(b - a);
        }
    }
    let mb = (one * reps) as f64 / 1e6;
    let rates = |secs: &mut Vec<f64>| {
        secs.sort_by(f64::total_cmp);
        let r: Vec<String> = secs
            .iter()
            .rev()
            .map(|s| format!("{:.1}", mb / s))
            .collect();
        (mb / secs[secs.len() / 2], r.join(" "))
    };
    let (median, all) = rates(&mut wall);
    println!(
        "quotes+entities+topics: {mb:.1} MB x {rounds} rounds, wall clock median {median:.1} MB/s \
         (rounds: {all}) ({} quotes+topics per round)",
        n_quotes / rounds
    );
    if cpu.len() == rounds {
        let (median, all) = rates(&mut cpu);
        println!("quotes+entities+topics: per CPU second median {median:.1} MB/s (rounds: {all})");
    }
    if std::env::var("ATTACHE_BENCH_ROUNDS").is_err() {
        scaling();
    }
}

/// Builds a hostile paragraph of about the given number of characters.
type MakeInput = fn(usize) -> String;

/// Time must grow linearly with input size, hostile input included: each shape is timed at
/// 25k, 50k, 100k and 200k characters, and the printed ratios (time at 2n over time at n)
/// should stay near 2. A quadratic path would show ratios near 4.
fn scaling() {
    let shapes: [(&str, MakeInput); 4] = [
        ("deep nesting", |n| "«".repeat(n / 2) + &"»".repeat(n / 2)),
        ("every mark", |n| {
            "\"“”„«»‹›‘’‚「」 a ".chars().cycle().take(n).collect()
        }),
        ("one long quote", |n| {
            format!("« {} », a-t-il dit.", "mot ".repeat(n / 4))
        }),
        ("tags and names", |n| {
            "« Oui », a dit M. Jean Dupont. Il a ajouté : « non ». "
                .chars()
                .cycle()
                .take(n)
                .collect()
        }),
    ];
    for (name, make) in shapes {
        let mut times = Vec::new();
        for n in [25_000, 50_000, 100_000, 200_000] {
            let p = vec![make(n)];
            let start = Instant::now();
            for _ in 0..3 {
                let _ = quotes::extract(&p, "fr");
            }
            times.push(start.elapsed().as_secs_f64() / 3.0);
        }
        let ratios: Vec<String> = times
            .windows(2)
            .map(|w| format!("{:.2}", w[1] / w[0]))
            .collect();
        println!(
            "scaling, {name}: {:.1} ms at 200k chars; time ratio per doubling {}",
            times[3] * 1e3,
            ratios.join(" ")
        );
    }
}

/// Rounds of ~8 MB each, unless ATTACHE_BENCH_ROUNDS says otherwise.
const ROUNDS: usize = 5;

/// This thread's user + system CPU time, from /proc (Linux; `None` elsewhere), in seconds.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    // USER_HZ is 100 on every Linux this runs on.
    Some(ticks / 100.0)
}
