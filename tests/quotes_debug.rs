//! `QUOTES_DEBUG=path/to/gold.json cargo test --test quotes_debug -- --nocapture` prints the
//! person registry, resolved mentions and quotes of one gold file (a developer aid; a no-op otherwise).
#[test]
fn debug_one_file() {
    let Some(path) = std::env::var_os("QUOTES_DEBUG") else {
        return;
    };
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let units = match v {
        serde_json::Value::Array(a) => a,
        o => vec![o],
    };
    for u in units {
        let paras: Vec<String> = u["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        let lang = u["language"].as_str().unwrap();
        println!("{}", attache::analyze::quotes::debug_mentions(&paras, lang));
        for q in attache::analyze::quotes::extract(&paras, lang).quotes {
            println!(
                "QUOTE p{} {:?} <- {:?} ({:?}, {:?})",
                q.paragraph, q.text, q.speaker, q.mention, q.verb
            );
        }
    }
}
