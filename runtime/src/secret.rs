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
