//! `Link` headers (RFC 8288): the next page's URL.

/// The URL of the `rel="next"` link in `Link` headers (RFC 8288), if any.
pub(crate) fn next_link(headers: &http::HeaderMap) -> Option<String> {
    headers
        .get_all(http::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| links(value).find(|(_, rels)| rels.iter().any(|r| r == "next")))
        .map(|(url, _)| url.to_owned())
}

/// Each `<url>; rel="a b"` of a `Link` value: the URL and its relations, in
/// lowercase. A malformed entry ends the list.
fn links(value: &str) -> impl Iterator<Item = (&str, Vec<String>)> {
    let mut rest = value;
    std::iter::from_fn(move || {
        let start = rest.find('<')?;
        let end = start + rest[start..].find('>')?;
        let url = &rest[start + 1..end];
        // The parameters run to the next `,` outside quotes.
        let params = &rest[end + 1..];
        let mut quoted = false;
        let stop = params
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == ',' && !quoted
            })
            .map_or(params.len(), |(i, _)| i);
        let mut rels = Vec::new();
        for param in params[..stop].split(';') {
            if let Some((name, value)) = param.split_once('=') {
                if name.trim().eq_ignore_ascii_case("rel") {
                    let value = value.trim().trim_matches('"');
                    rels.extend(value.split_ascii_whitespace().map(str::to_ascii_lowercase));
                }
            }
        }
        rest = params.get(stop + 1..).unwrap_or("");
        Some((url, rels))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_headers_are_parsed_with_commas_and_several_relations() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::LINK,
            http::HeaderValue::from_static(
                "<https://api.github.com/x?page=1&q=a,b>; rel=\"prev first\", \
                 <https://api.github.com/x?page=3>; title=\"a, b\"; rel=\"next\"",
            ),
        );
        assert_eq!(next_link(&headers).as_deref(), Some("https://api.github.com/x?page=3"));
        headers.insert(http::header::LINK, http::HeaderValue::from_static("<a>; rel=last"));
        assert_eq!(next_link(&headers), None);
    }

    proptest::proptest! {
        #[test]
        fn link_parsing_never_panics(value in "\\PC{0,80}") {
            let _ = links(&value).count();
        }
    }
}
