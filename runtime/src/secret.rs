//! Secrets: values that requests carry but that no rendering shows. The bearer
//! token and `#[secret]` headers are sensitive `HeaderValue`s; `#[secret]` path,
//! query and body values write `***` while a request is rendered for people
//! ([`Client::to_curl`](crate::Client::to_curl)).

use std::cell::Cell;
use std::fmt;

use http::{HeaderMap, HeaderName};
use serde::{Serialize, Serializer};

/// What a secret shows instead of its value.
pub const MASK: &str = "***";

thread_local! {
    static REDACTING: Cell<bool> = const { Cell::new(false) };
}

/// Headers whose values are credentials by their name alone: masked in every
/// rendering and never sent across origins, whoever sets them.
pub const SENSITIVE_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api-key",
    "x-auth-token",
];

/// Whether a header of this name carries a credential.
pub(crate) fn is_sensitive_name(name: &HeaderName) -> bool {
    SENSITIVE_HEADERS.contains(&name.as_str())
}

/// Marks `value` sensitive when asked to, or when `name` carries credentials by
/// itself: the one rule for every header restpoint is given.
pub(crate) fn mark(name: &HeaderName, value: &mut http::HeaderValue, sensitive: bool) {
    value.set_sensitive(sensitive || value.is_sensitive() || is_sensitive_name(name));
}

/// Marks every value under a sensitive name as sensitive, so that `Debug` shows
/// `Sensitive` in its place.
pub(crate) fn mark_sensitive(headers: &mut HeaderMap) {
    for (name, value) in headers.iter_mut() {
        if is_sensitive_name(name) {
            value.set_sensitive(true);
        }
    }
}

/// Whether a header is a credential: marked sensitive, or sensitive by name.
pub(crate) fn is_sensitive(name: &HeaderName, value: &http::HeaderValue) -> bool {
    value.is_sensitive() || is_sensitive_name(name)
}

/// Removes every sensitive header: marked so, or sensitive by name.
pub(crate) fn remove_sensitive(headers: &mut HeaderMap) {
    let names: Vec<HeaderName> = headers
        .iter()
        .filter(|(name, value)| is_sensitive(name, value))
        .map(|(name, _)| name.clone())
        .collect();
    for name in names {
        headers.remove(name);
    }
}

/// Runs `render` with `#[secret]` values written as [`MASK`] on this thread.
pub(crate) fn redacted<R>(render: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            REDACTING.with(|flag| flag.set(self.0));
        }
    }
    let _reset = Reset(REDACTING.with(|flag| flag.replace(true)));
    render()
}

/// Whether secrets are being masked on this thread.
pub(crate) fn redacting() -> bool {
    REDACTING.with(Cell::get)
}

/// Shows [`MASK`] in `Debug` and `Display`; the `Debug` of a struct with
/// `#[secret]` fields prints it in their place.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Masked;

impl fmt::Debug for Masked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl fmt::Display for Masked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

/// Serializes a `#[secret]` value, or [`MASK`] while rendering for people.
pub fn serialize_secret<T, S>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Serialize + ?Sized,
    S: Serializer,
{
    if redacting() { serializer.serialize_str(MASK) } else { value.serialize(serializer) }
}

/// Serializes a `#[secret]` value that has a `serialize_with` of its own:
/// `serialize` does it, or [`MASK`] is written while rendering for people.
pub fn serialize_secret_with<S: Serializer>(
    serializer: S,
    serialize: impl FnOnce(S) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error> {
    if redacting() { serializer.serialize_str(MASK) } else { serialize(serializer) }
}

/// A `#[secret]` `#[body]`: serialized as the value, or [`MASK`] while rendering.
pub struct Secret<'a, T: ?Sized>(pub &'a T);

impl<T: Serialize + ?Sized> Serialize for Secret<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_secret(self.0, serializer)
    }
}

/// A `#[secret]` value written with `Display`: the value, or [`MASK`] while rendering.
pub struct SecretDisplay<'a, T: ?Sized>(pub &'a T);

impl<T: fmt::Display + ?Sized> fmt::Display for SecretDisplay<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if redacting() { f.write_str(MASK) } else { self.0.fmt(f) }
    }
}

/// `url` as it may be shown: the credentials between `//` and the last `@` before
/// the path masked, and so every value of its query and its fragment (an API key
/// in `?key=`, a token after `#`). It works on text, so that a URL that does not
/// parse is masked too.
pub(crate) fn masked_url(url: &str) -> String {
    let (rest, fragment) = match url.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (url, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((rest, query)) => (rest, Some(query)),
        None => (rest, None),
    };
    let mut shown = String::with_capacity(url.len());
    match rest.find("//").map(|i| i + 2) {
        Some(start) => {
            let authority_end = rest[start..].find('/').map_or(rest.len(), |i| start + i);
            match rest[start..authority_end].rfind('@') {
                Some(at) => {
                    shown.push_str(&rest[..start]);
                    shown.push_str(MASK);
                    shown.push_str(&rest[start + at..]);
                }
                None => shown.push_str(rest),
            }
        }
        None => shown.push_str(rest),
    }
    if let Some(query) = query {
        shown.push('?');
        for (i, pair) in query.split('&').enumerate() {
            if i > 0 {
                shown.push('&');
            }
            match pair.split_once('=') {
                Some((key, value)) if !value.is_empty() => {
                    shown.push_str(key);
                    shown.push('=');
                    shown.push_str(MASK);
                }
                _ => shown.push_str(pair),
            }
        }
    }
    if let Some(fragment) = fragment {
        shown.push('#');
        if !fragment.is_empty() {
            shown.push_str(MASK);
        }
    }
    shown
}

/// The members of a token answer that are credentials, in JSON or a form.
const TOKEN_MEMBERS: [&str; 3] = ["access_token", "refresh_token", "id_token"];

/// `body`, an answer of a token endpoint, with the value of every member that is
/// a credential (`access_token`, `refresh_token`, `id_token`) masked, whether the
/// body is JSON, a form, or neither and broken: what an error keeps of it.
pub(crate) fn masked_token_answer(body: &[u8]) -> bytes::Bytes {
    let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    let mut shown = Vec::with_capacity(body.len());
    let mut rest = body;
    while let Some(end_of_name) = next_token_member(rest) {
        shown.extend_from_slice(&rest[..end_of_name]);
        rest = &rest[end_of_name..];
        // The quote that closes a JSON key, blanks, `:` or `=`, blanks: else the
        // name was only a word of the text.
        let mut i = usize::from(rest.first() == Some(&b'"'));
        i += rest[i..].iter().take_while(|b| blank(b)).count();
        if !matches!(rest.get(i), Some(b':' | b'=')) {
            continue;
        }
        i += 1;
        i += rest[i..].iter().take_while(|b| blank(b)).count();
        shown.extend_from_slice(&rest[..i]);
        rest = &rest[i..];
        let value_len = if rest.first() == Some(&b'"') {
            // A JSON string, escapes and all; its closing quote stays.
            let mut i = 1;
            while i < rest.len() && rest[i] != b'"' {
                i += if rest[i] == b'\\' { 2 } else { 1 };
            }
            shown.push(b'"');
            i.min(rest.len())
        } else {
            rest.iter()
                .position(|b| matches!(b, b'&' | b',' | b'}' | b';') || blank(b))
                .unwrap_or(rest.len())
        };
        if value_len > 0 {
            shown.extend_from_slice(MASK.as_bytes());
        }
        rest = &rest[value_len..];
    }
    shown.extend_from_slice(rest);
    bytes::Bytes::from(shown)
}

/// Where the first name of a credential member in `body` ends, looked for in one
/// pass.
fn next_token_member(body: &[u8]) -> Option<usize> {
    (0..body.len()).find_map(|at| {
        TOKEN_MEMBERS
            .iter()
            .find(|name| body[at..].starts_with(name.as_bytes()))
            .map(|name| at + name.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_url_shows_no_credentials_query_values_or_fragment() {
        assert_eq!(
            masked_url("https://a:b@host/p?x=1&y=&z#t"),
            "https://***@host/p?x=***&y=&z#***"
        );
        assert_eq!(masked_url("https://host/oauth/token"), "https://host/oauth/token");
        assert_eq!(masked_url("not a url?key=v"), "not a url?key=***");
        assert_eq!(masked_url("http://u@h@ost/"), "http://***@ost/");
    }

    #[test]
    fn a_token_answer_shows_no_credential() {
        let shown = |body: &str| String::from_utf8(masked_token_answer(body.as_bytes()).to_vec());
        assert_eq!(
            shown(r#"{"access_token": "a\"b", "token_type":"Bearer"}"#).unwrap(),
            r#"{"access_token": "***", "token_type":"Bearer"}"#
        );
        assert_eq!(shown(r#"{"id_token":"abc"#).unwrap(), r#"{"id_token":"***"#);
        assert_eq!(shown("refresh_token=r1;x=2").unwrap(), "refresh_token=***;x=2");
        assert_eq!(shown("no access_token here").unwrap(), "no access_token here");
        assert_eq!(shown(r#"{"access_token":null}"#).unwrap(), r#"{"access_token":***}"#);
    }

    proptest! {
        #[test]
        fn any_value_of_a_credential_is_masked(value in "[^\"\\\\]{1,40}", bytes in any::<Vec<u8>>()) {
            let body = format!(r#"{{"access_token":"{value}","expires_in":1}}"#);
            let shown = masked_token_answer(body.as_bytes());
            prop_assert_eq!(&shown[..], br#"{"access_token":"***","expires_in":1}"#);
            // Whatever the body, masking never panics.
            let _ = masked_token_answer(&bytes);
        }
    }
}
