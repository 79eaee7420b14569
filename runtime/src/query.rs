//! The query string: the writer `#[query]` fields are appended with, and helpers
//! for them.

use std::fmt::{Display, Write as _};

use serde::{Serialize, Serializer};

use crate::error::RequestError;

/// Sends a sequence as one comma-separated value, `k=a,b`, instead of the default
/// repeated keys, `k=a&k=b`. Use it as
/// `#[serde(serialize_with = "restpoint::query::comma_separated")]` on a
/// `#[query]` field (Auth0's `fields=email,name` is one), of any type that
/// implements [`CommaSeparated`]: a `Vec`, a slice or an array of `Display`
/// values, or an `Option` of one. An empty list, or `None`, sends nothing.
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Params {
///     #[serde(serialize_with = "restpoint_runtime::query::comma_separated")]
///     fields: Vec<&'static str>,
///     #[serde(serialize_with = "restpoint_runtime::query::comma_separated")]
///     labels: Option<Vec<&'static str>>,
/// }
/// let mut url = String::from("/api/v2/users");
/// let params = Params { fields: vec!["email", "name"], labels: Some(vec![]) };
/// restpoint_runtime::QueryWriter::new(&mut url).append(&params)?;
/// assert_eq!(url, "/api/v2/users?fields=email%2Cname");
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
pub fn comma_separated<V, S>(values: &V, serializer: S) -> Result<S::Ok, S::Error>
where
    V: CommaSeparated + ?Sized,
    S: Serializer,
{
    let mut joined = String::new();
    values.join_into(&mut joined);
    if joined.is_empty() { serializer.serialize_none() } else { serializer.serialize_str(&joined) }
}

/// A list that [`comma_separated`] can send: its values written with `Display`,
/// separated by commas.
pub trait CommaSeparated {
    /// Appends the values to `out`, comma-separated.
    fn join_into(&self, out: &mut String);
}

impl<T: Display> CommaSeparated for [T] {
    fn join_into(&self, out: &mut String) {
        for (i, value) in self.iter().enumerate() {
            let separator = if i == 0 { "" } else { "," };
            // Writing to a String cannot fail.
            let _ = write!(out, "{separator}{value}");
        }
    }
}

impl<T: Display> CommaSeparated for Vec<T> {
    fn join_into(&self, out: &mut String) {
        self.as_slice().join_into(out);
    }
}

impl<T: Display, const N: usize> CommaSeparated for [T; N] {
    fn join_into(&self, out: &mut String) {
        self.as_slice().join_into(out);
    }
}

impl<V: CommaSeparated> CommaSeparated for Option<V> {
    fn join_into(&self, out: &mut String) {
        if let Some(values) = self {
            values.join_into(out);
        }
    }
}

impl<V: CommaSeparated + ?Sized> CommaSeparated for &V {
    fn join_into(&self, out: &mut String) {
        (**self).join_into(out);
    }
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
