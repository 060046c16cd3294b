//! Ingest from URLs, against a one-shot HTTP server on the loopback interface.

mod common;
use common::*;
use std::io::{Read, Write};
use std::net::TcpListener;

/// Serves `routes` (path -> (status, body)) to `requests` connections, then stops.
fn serve(routes: Vec<(&'static str, u16, Vec<u8>)>, requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, body) = routes
                .iter()
                .find(|(p, _, _)| *p == path)
                .map(|(_, s, b)| (*s, b.clone()))
                .unwrap_or((404, b"not found".to_vec()));
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}")
}

#[test]
fn a_url_is_ingested_like_its_saved_file_and_errors_name_the_url() {
    let seed = std::fs::read(sample_articles().join("000_3dd575960d85eb04.txt")).unwrap();
    let base = serve(
        vec![("/seed", 200, seed), ("/gone", 410, b"gone".to_vec())],
        2,
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let good = format!("{base}/seed");
    let bad = format!("{base}/gone");
    let o = run(&db, &["ingest", &good, &bad]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 new"), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("HTTP status 410") && err.contains(&bad),
        "{err}"
    );
    let rows = list_json(&db);
    assert_eq!(rows[0]["source"], "Xinhua");
    let shown: serde_json::Value = serde_json::from_slice(
        &run(&db, &["show", rows[0]["id"].as_str().unwrap(), "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(shown["url"], good.as_str());
    // The saved copy of the same story is the same article.
    let o = run(
        &db,
        &[
            "ingest",
            sample_articles()
                .join("000_3dd575960d85eb04.txt")
                .to_str()
                .unwrap(),
        ],
    );
    assert!(stdout(&o).contains("0 new"), "{}", stdout(&o));
}
