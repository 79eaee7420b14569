//! Helpers for `#[query]` fields.

use std::fmt::{Display, Write as _};

use serde::Serializer;

/// Sends a sequence as one comma-separated value, `k=a,b`, instead of the default
/// repeated keys, `k=a&k=b`. Use it as
/// `#[serde(serialize_with = "restpoint::query::comma_separated")]` on a
/// `#[query]` field (Auth0's `fields=email,name` is one).
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Params {
///     #[serde(serialize_with = "restpoint_runtime::query::comma_separated")]
///     fields: Vec<&'static str>,
/// }
/// let mut url = String::from("/api/v2/users");
/// restpoint_runtime::QueryWriter::new(&mut url).append(&Params { fields: vec!["email", "name"] })?;
/// assert_eq!(url, "/api/v2/users?fields=email%2Cname");
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
pub fn comma_separated<T, S>(values: &[T], serializer: S) -> Result<S::Ok, S::Error>
where
    T: Display,
    S: Serializer,
{
    let mut joined = String::new();
    for (i, value) in values.iter().enumerate() {
        let separator = if i == 0 { "" } else { "," };
        // Writing to a String cannot fail.
        let _ = write!(joined, "{separator}{value}");
    }
    serializer.serialize_str(&joined)
}
