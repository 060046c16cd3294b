//! Ingest from URLs: the page (or feed) is downloaded with a time-out and the same size limit as
//! files, then parsed exactly like a saved file, so a URL and its saved copy give one article.

use super::{IngestError, Limits};
use std::time::Duration;

/// True for the inputs that name a web resource rather than a path.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Downloads `url`. Network errors, HTTP error statuses and oversized bodies become one-line
/// errors naming the URL.
pub fn fetch(url: &str, limits: &Limits) -> Result<Vec<u8>, IngestError> {
    let fail = |reason: String| IngestError::Io {
        path: url.to_string(),
        reason,
    };
    let agent = ureq::Agent::new_with_config(
        ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .user_agent(concat!("attache/", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut response = agent.get(url).call().map_err(|e| match e {
        ureq::Error::StatusCode(code) => fail(format!("HTTP status {code}")),
        other => fail(format!("cannot download: {other}")),
    })?;
    response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => IngestError::TooLarge {
                path: url.to_string(),
                size: limits.max_bytes + 1,
                limit: limits.max_bytes,
            },
            other => fail(format!("download failed: {other}")),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_urls() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("sample-data/articles"));
        assert!(!is_url("ftp://x"));
        assert!(!is_url("h"));
    }
}
