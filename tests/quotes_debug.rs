//! `QUOTES_DEBUG=path cargo test --test quotes_debug -- --nocapture` prints the person registry,
//! resolved mentions and quotes of one file (a developer aid; a no-op otherwise). The path is a
//! gold JSON file (its paragraphs alone) or an article, read as `parse` reads it, lead and
//! headline included.
#[test]
fn debug_one_file() {
    let Some(path) = std::env::var_os("QUOTES_DEBUG") else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    let units: Vec<(Vec<String>, Vec<String>, String, String)> =
        if path.extension().is_some_and(|e| e == "json") {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let units = match v {
                serde_json::Value::Array(a) => a,
                o => vec![o],
            };
            units
                .iter()
                .map(|u| {
                    let paras = u["paragraphs"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|p| p.as_str().unwrap().to_string())
                        .collect();
                    let lang = u["language"].as_str().unwrap().to_string();
                    (paras, Vec::new(), String::new(), lang)
                })
                .collect()
        } else {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.to_string_lossy();
            let limits = attache::ingest::Limits::default();
            attache::ingest::parse_bytes(&name, &bytes, &limits)
                .unwrap()
                .into_iter()
                .map(|d| {
                    let title = d.title.clone().unwrap_or_default();
                    let lang = attache::analyze::language::detect(&title, &d.paragraphs, None);
                    (d.paragraphs, d.lead, d.title.unwrap_or_default(), lang)
                })
                .collect()
        };
    for (paras, lead, title, lang) in units {
        println!("LEAD {lead:?}\nTITLE {title:?}");
        println!(
            "{}",
            attache::analyze::quotes::debug_mentions(&paras, &lead, &title, &lang)
        );
        let toks: Vec<_> = paras
            .iter()
            .map(|p| attache::analyze::quotes::tokens::tokenize(p))
            .collect();
        let found =
            attache::analyze::quotes::extract_tokenized(&paras, &toks, &lead, &title, &lang);
        for q in found.quotes {
            println!(
                "QUOTE p{} {:?} <- {:?} ({:?}, {:?})",
                q.paragraph, q.text, q.speaker, q.mention, q.verb
            );
        }
    }
}
