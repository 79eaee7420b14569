//! The path template language: `/literal/<placeholder>/literal/<rest..>`.
//!
//! Literal parts are sent as written, so they must already be a valid URL path;
//! each `<name>` is filled at run time with the field `name`, percent-encoded as
//! one segment; `<name..>` with a value of several `/`-separated segments, each
//! encoded as one.

use std::fmt;

/// A parsed path template, e.g. `/api/v2/users/<id>/identities`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    /// The parts in order; two literals are never adjacent.
    pub segments: Vec<Segment>,
}

/// One part of a [`PathTemplate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text sent as written: `/api/v2/users/`.
    Literal(String),
    /// `<name>`: the value of the field `name`, encoded as one path segment.
    Placeholder(String),
    /// `<name..>`: the value of the field `name`, split on `/`, each segment
    /// encoded as one.
    Segments(String),
}

impl PathTemplate {
    /// The placeholders' names, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().filter_map(|segment| match segment {
            Segment::Placeholder(name) | Segment::Segments(name) => Some(name.as_str()),
            Segment::Literal(_) => None,
        })
    }

    /// Parses `template`; the error is a message for the user.
    pub fn parse(template: &str) -> Result<Self, String> {
        if !template.starts_with('/') {
            return Err(format!(
                "the path template must start with `/`: write `\"/{}\"`",
                template.trim_start_matches('/')
            ));
        }
        let mut segments = Vec::new();
        let mut literal = String::new();
        let mut rest = template;
        while let Some(c) = rest.chars().next() {
            match c {
                '<' => {
                    let end = rest.find('>').ok_or_else(|| {
                        format!("unclosed placeholder `{rest}` in the path template: add a `>`")
                    })?;
                    let inner = &rest[1..end];
                    let (name, several) = match inner.strip_suffix("..") {
                        Some(name) => (name, true),
                        None => (inner, false),
                    };
                    check_placeholder_name(name, several)?;
                    let taken = segments.iter().any(|segment| {
                        matches!(segment, Segment::Placeholder(n) | Segment::Segments(n) if n == name)
                    });
                    if taken {
                        return Err(format!(
                            "placeholder `<{inner}>` appears twice in the path template; \
                             a field fills one placeholder"
                        ));
                    }
                    let after = &rest[end + 1..];
                    if several
                        && (!literal.ends_with('/')
                            || !(after.is_empty() || after.starts_with(['/', ':'])))
                    {
                        return Err(format!(
                            "`<{inner}>` fills whole segments, so it must follow a `/` and end the \
                             path or come before a `/` or `:`, as in `/contents/<{inner}>`"
                        ));
                    }
                    if !literal.is_empty() {
                        segments.push(Segment::Literal(std::mem::take(&mut literal)));
                    }
                    let name = name.to_owned();
                    segments.push(if several {
                        Segment::Segments(name)
                    } else {
                        Segment::Placeholder(name)
                    });
                    rest = after;
                }
                _ => {
                    check_literal_char(c, rest)?;
                    literal.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        Ok(PathTemplate { segments })
    }
}

fn check_placeholder_name(name: &str, several: bool) -> Result<(), String> {
    let mut chars = name.chars();
    let dots = if several { ".." } else { "" };
    let valid = match chars.next() {
        None => {
            return Err(format!(
                "empty placeholder `<{dots}>` in the path template: name a field, as in `<id{dots}>`"
            ));
        }
        Some(first) => {
            (first == '_' || first.is_alphabetic())
                && chars.all(|c| c == '_' || c.is_alphanumeric())
                && name != "_"
        }
    };
    if valid {
        Ok(())
    } else {
        let suggestion: String =
            name.chars().map(|c| if c.is_alphanumeric() { c } else { '_' }).collect();
        Err(format!(
            "placeholder `<{name}{dots}>` is not a field name; placeholders name a field of the \
             struct, as in `<{suggestion}{dots}>`"
        ))
    }
}

/// Characters a literal part may hold: RFC 3986 `pchar`, `/`, and `%` (which must
/// start a `%XX` escape).
fn check_literal_char(c: char, rest: &str) -> Result<(), String> {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' | '_' | '~' => Ok(()),
        '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=' | ':' | '@' | '/' => {
            Ok(())
        }
        '%' => {
            let escape = rest.get(1..3).unwrap_or("");
            if escape.len() == 2 && escape.bytes().all(|b| b.is_ascii_hexdigit()) {
                Ok(())
            } else {
                Err("`%` in the path template must start a `%XX` escape; write `%25` for a literal `%`".into())
            }
        }
        '?' => Err("the path template cannot hold a query (`?`): declare query parameters as \
                    fields marked `#[query]`"
            .into()),
        '#' => Err("the path template cannot hold a fragment (`#`): fragments are never sent \
                    to the server"
            .into()),
        '>' => Err("`>` without a matching `<` in the path template".into()),
        '{' => Err(match rest[1..].split_once('}') {
            // Google's URI templates: `{name=projects/*/locations/*}`, a value that
            // holds slashes.
            Some((spec, _)) if spec.split_once('=').is_some_and(|(name, _)| is_ident(name)) => {
                let name = spec.split_once('=').map_or(spec, |(name, _)| name);
                format!(
                    "`{{{spec}}}` is a URI template's variable whose value holds slashes; \
                     restpoint writes it `<{name}..>`: the field's value is sent segment by \
                     segment (`projects/p/locations/l` stays readable), as in \
                     `\"/v1/<{name}..>:cancel\"`"
                )
            }
            Some((name, _)) if !name.is_empty() && !name.contains(['/', '{']) => {
                format!("placeholders are written `<{name}>`, not `{{{name}}}`: write `<{name}>`")
            }
            _ => "'{' cannot appear in a URL path: percent-encode it in the template (`%7B`)"
                .to_owned(),
        }),
        other => Err(format!(
            "{other:?} cannot appear in a URL path: percent-encode it in the template (`{}`)",
            percent_encode(other)
        )),
    }
}

fn percent_encode(c: char) -> String {
    let mut buf = [0; 4];
    c.encode_utf8(&mut buf).bytes().map(|b| format!("%{b:02X}")).collect()
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in &self.segments {
            match segment {
                Segment::Literal(text) => f.write_str(text)?,
                Segment::Placeholder(name) => write!(f, "<{name}>")?,
                Segment::Segments(name) => write!(f, "<{name}..>")?,
            }
        }
        Ok(())
    }
}

/// Whether `name` could be a field's name: a Rust identifier.
fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_literals_and_placeholders() {
        let template = PathTemplate::parse("/api/v2/users/<id>/identities").unwrap();
        assert_eq!(
            template.segments,
            [
                Segment::Literal("/api/v2/users/".into()),
                Segment::Placeholder("id".into()),
                Segment::Literal("/identities".into()),
            ]
        );
        assert_eq!(template.placeholders().collect::<Vec<_>>(), ["id"]);
        let template = PathTemplate::parse("/v1/<name..>:cancel").unwrap();
        assert_eq!(template.segments[1], Segment::Segments("name".into()));
        assert_eq!(template.to_string(), "/v1/<name..>:cancel");
    }

    #[test]
    fn rejects_malformed_templates() {
        for (template, expected) in [
            ("users", "must start with `/`"),
            ("/users/<id", "unclosed placeholder"),
            ("/users/<>", "empty placeholder"),
            ("/users/<user-id>", "as in `<user_id>`"),
            ("/users/<id>/<id>", "appears twice"),
            ("/users?page=1", "cannot hold a query"),
            ("/users#top", "cannot hold a fragment"),
            ("/a b", "percent-encode it"),
            ("/100%", "`%XX` escape"),
            ("/a>b", "without a matching `<`"),
            ("/repos/{owner}/{repo}", "written `<owner>`, not `{owner}`"),
            ("/contents/<..>", "empty placeholder `<..>`"),
            ("/contents/<path..>.json", "fills whole segments"),
            ("/contents-<path..>", "fills whole segments"),
            ("/a/<path..>/<path>", "appears twice"),
            ("/a/<my-path..>", "as in `<my_path..>`"),
        ] {
            let error = PathTemplate::parse(template).unwrap_err();
            assert!(error.contains(expected), "{template}: {error}");
        }
    }

    proptest! {
        #[test]
        fn never_panics(template in "\\PC*") {
            let _ = PathTemplate::parse(&template);
        }

        #[test]
        fn never_panics_on_template_like_input(template in "[/<>a-z_%0-9?#. -]{0,24}") {
            let _ = PathTemplate::parse(&template);
        }

        #[test]
        fn round_trips_what_it_accepts(template in "(/[a-z0-9._~-]{0,6}(<[a-z_][a-z0-9_]{0,5}>)?){1,5}") {
            if let Ok(parsed) = PathTemplate::parse(&template) {
                prop_assert_eq!(parsed.to_string(), template);
            }
        }
    }
}
