//! The query string: the writer `#[query]` fields are appended with, and helpers
//! for them.

use std::fmt::{Display, Write as _};

use serde::{Serialize, Serializer};

use crate::error::RequestError;

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

/// Appends query parameters to a request URL; given to
/// [`Endpoint::write_query`](crate::Endpoint::write_query).
///
/// ```
/// use restpoint_runtime::QueryWriter;
///
/// let mut url = String::from("/api/v2/users");
/// QueryWriter::new(&mut url).append(&[("q", "email:\"a b\""), ("page", "0")])?;
/// assert_eq!(url, "/api/v2/users?q=email%3A%22a+b%22&page=0");
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
pub struct QueryWriter<'a> {
    url: &'a mut String,
}

impl<'a> QueryWriter<'a> {
    /// A writer that appends to the URL in `url`, starting the query with `?` or
    /// continuing it with `&`.
    pub fn new(url: &'a mut String) -> Self {
        QueryWriter { url }
    }

    /// Appends `params` (a struct, a map or a sequence of pairs) as
    /// `application/x-www-form-urlencoded` pairs. `None` values are omitted and
    /// sequences become repeated keys (`k=a&k=b`).
    pub fn append<T: Serialize + ?Sized>(&mut self, params: &T) -> Result<(), RequestError> {
        let before = self.url.len();
        self.url.push(if self.url.contains('?') { '&' } else { '?' });
        let separator_end = self.url.len();
        let result = serde_html_form::ser::push_to_string(self.url, params);
        // Nothing appended (all `None`): no dangling separator.
        if result.is_err() || self.url.len() == separator_end {
            self.url.truncate(before);
        }
        result.map_err(RequestError::Query)
    }
}
