//! Rust names for what a description names: types in `PascalCase`, fields and
//! modules in `snake_case`, keywords made raw, and every name unique where it
//! lives.

use std::collections::BTreeSet;

/// Words of `name`: split at anything not alphanumeric and where `camelCase`
/// changes case (`clientId` → `client`, `id`; `HTTPHeader` → `http`, `header`).
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let previous = i.checked_sub(1).and_then(|i| chars.get(i)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = c.is_ascii_uppercase()
            && previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `snake_case`, a valid identifier (raw if a keyword, `_` before a digit).
pub fn snake(name: &str) -> String {
    let joined = words(name).join("_");
    let joined = if joined.is_empty() { "value".to_owned() } else { joined };
    identifier(joined)
}

/// `PascalCase`, a valid type name.
pub fn pascal(name: &str) -> String {
    let joined: String = words(name)
        .iter()
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect();
    let joined = if joined.is_empty() { "Value".to_owned() } else { joined };
    match joined.as_str() {
        "Self" => "SelfValue".to_owned(),
        _ if joined.starts_with(|c: char| c.is_ascii_digit()) => format!("T{joined}"),
        _ => joined,
    }
}

/// `name` as an identifier: `r#type` for a keyword, `_2fa` for a leading digit.
fn identifier(name: String) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern",
        "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type", "unsafe",
        "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
        "priv", "try", "typeof", "unsized", "virtual", "yield",
    ];
    match name.as_str() {
        // Not even raw: these name something else.
        "self" | "super" | "crate" | "Self" => format!("{name}_"),
        _ if KEYWORDS.contains(&name.as_str()) => format!("r#{name}"),
        _ if name.starts_with(|c: char| c.is_ascii_digit()) => format!("_{name}"),
        _ => name,
    }
}

/// The name an identifier stands for, without `r#`.
pub fn unraw(identifier: &str) -> &str {
    identifier.strip_prefix("r#").unwrap_or(identifier)
}

/// Names already given in one scope; [`Taken::unique`] gives the next free one.
#[derive(Default)]
pub struct Taken(BTreeSet<String>);

impl Taken {
    /// `name`, or `name2`, `name3`... if taken; then taken.
    pub fn unique(&mut self, name: String) -> String {
        let mut candidate = name.clone();
        let mut n = 2;
        while self.0.contains(unraw(&candidate)) {
            candidate = format!("{}{n}", unraw(&name));
            n += 1;
        }
        self.0.insert(unraw(&candidate).to_owned());
        candidate
    }

    /// Marks `name` as taken.
    pub fn take(&mut self, name: &str) {
        self.0.insert(unraw(name).to_owned());
    }
}

/// A doc comment's text from a description: its first paragraph, HTML tags
/// removed (`<code>` as backticks), lines trimmed so that no line is read as
/// a code block, and no backtick fences.
pub fn doc(text: &str) -> Vec<String> {
    let paragraph: Vec<&str> = text
        .trim()
        .lines()
        .map(str::trim)
        .take_while(|line| {
            !line.is_empty() && !line.starts_with("<pre") && !line.starts_with("```")
        })
        .collect();
    let mut out = Vec::new();
    for line in paragraph {
        let mut clean = String::new();
        let mut rest = line;
        while let Some(start) = rest.find('<') {
            clean.push_str(&rest[..start]);
            match rest[start..].find('>') {
                Some(end) => {
                    let tag = &rest[start + 1..start + end];
                    if tag == "code" || tag == "/code" {
                        clean.push('`');
                    }
                    rest = &rest[start + end + 1..];
                }
                None => {
                    clean.push_str(&rest[start..]);
                    rest = "";
                }
            }
        }
        clean.push_str(rest);
        let clean = clean.replace("```", "'''").trim().to_owned();
        if !clean.is_empty() {
            out.push(clean);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake("clientId"), "client_id");
        assert_eq!(snake("include_totals"), "include_totals");
        assert_eq!(snake("x-request-id"), "x_request_id");
        assert_eq!(snake("HTTPHeader"), "http_header");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(snake("--"), "value");
        assert_eq!(pascal("post_identities_request"), "PostIdentitiesRequest");
        assert_eq!(pascal("get_branding_200_response"), "GetBranding200Response");
        assert_eq!(pascal("userIdentity"), "UserIdentity");
        assert_eq!(pascal("2fa"), "T2fa");
        assert_eq!(pascal("self"), "SelfValue");
    }

    #[test]
    fn unique_names() {
        let mut taken = Taken::default();
        assert_eq!(taken.unique("id".into()), "id");
        assert_eq!(taken.unique("id".into()), "id2");
        assert_eq!(taken.unique("r#type".into()), "r#type");
        assert_eq!(taken.unique("type".into()), "type2");
    }

    #[test]
    fn docs_are_one_plain_paragraph() {
        let text = "Link <code>a</code> user.\n    Indented <b>bold</b>\n\n<pre>\n  code\n</pre>";
        assert_eq!(doc(text), ["Link `a` user.", "Indented bold"]);
        assert_eq!(doc("<pre>x</pre>"), Vec::<String>::new());
        assert_eq!(doc("a < b"), ["a < b"]);
    }
}
