//! Rendering a path template: literal parts as written, placeholder values
//! percent-encoded so that each one stays exactly one path segment.

use std::fmt::{self, Display, Write as _};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::error::RequestError;

/// Everything but RFC 3986 `unreserved` is encoded. RFC 3986 would let sub-delims
/// (`;`, `=`, `+`, ...) through in a segment, but servers disagree on what they mean
/// there (`;` starts matrix parameters for some), so a value is encoded as strictly
/// as `encodeURIComponent` and more: it can never change which route is called.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A value that can fill a placeholder of a path template.
///
/// Implemented for every [`Display`] type: the value is formatted, then
/// percent-encoded as one path segment.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot fill a path placeholder",
    label = "path fields are written with `Display`, and `{Self}` does not implement it",
    note = "use a type that implements `std::fmt::Display` (`String`, `&str`, an integer, ...), or implement it for `{Self}`"
)]
pub trait PathParam {
    /// Writes the value, unencoded, to `f`.
    fn fmt_param(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl<T: Display + ?Sized> PathParam for T {
    fn fmt_param(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Display::fmt(self, f)
    }
}

/// Writes a request path into a buffer; given to [`Endpoint::write_path`].
///
/// ```
/// use restpoint_runtime::PathWriter;
///
/// let mut buf = String::new();
/// let mut path = PathWriter::new(&mut buf);
/// path.push_literal("/api/v2/users/");
/// path.push_segment("id", "auth0|123")?;
/// path.push_literal("/identities");
/// assert_eq!(buf, "/api/v2/users/auth0%7C123/identities");
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
///
/// [`Endpoint::write_path`]: crate::Endpoint::write_path
pub struct PathWriter<'a> {
    out: &'a mut String,
}

impl<'a> PathWriter<'a> {
    /// A writer that appends to `out`.
    pub fn new(out: &'a mut String) -> Self {
        PathWriter { out }
    }

    /// Appends a literal part of the template as it is: it must already be a valid
    /// URL path (the `#[endpoint]` macro checks its templates at compile time).
    pub fn push_literal(&mut self, literal: &str) {
        self.out.push_str(literal);
    }

    /// Appends `value`, formatted and percent-encoded as one path segment.
    ///
    /// A value that cannot be sent as one segment (empty, `.` or `..`, which a
    /// server would drop or resolve to another route) is an error naming the
    /// parameter `name`.
    pub fn push_segment<T: PathParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), RequestError> {
        self.push_encoded(name, value, false)
    }

    /// Writes `value` encoded, one segment or several, and checks every segment;
    /// on a problem, takes back what it wrote.
    fn push_encoded<T: PathParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        several: bool,
    ) -> Result<(), RequestError> {
        let start = self.out.len();
        let written =
            write!(SegmentEncoder { out: self.out, keep_slash: several }, "{}", Param(value));
        let problem = match written {
            Err(fmt::Error) => Some("could not be formatted"),
            // A `<name..>` with nothing in it: the path without it is another endpoint.
            Ok(()) if several && self.out.len() == start => Some(
                "is empty: a `<name..>` needs at least one segment; for the path without it \
                 (GitHub's root `contents`), declare a second endpoint",
            ),
            // One segment cannot hold a `/` (it is encoded): the split finds only it.
            Ok(()) => {
                self.out[start..].split('/').find_map(|segment| segment_problem(segment, several))
            }
        };
        match problem {
            None => Ok(()),
            Some(problem) => {
                self.out.truncate(start);
                Err(RequestError::PathParam { name, problem })
            }
        }
    }

    /// `***` while rendering for people, or `value`.
    fn push_secret<T: PathParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        several: bool,
    ) -> Result<(), RequestError> {
        if crate::secret::redacting() {
            self.out.push_str(crate::secret::MASK);
            Ok(())
        } else {
            self.push_encoded(name, value, several)
        }
    }
}

/// Why `segment` would reach another route, if it would.
fn segment_problem(segment: &str, several: bool) -> Option<&'static str> {
    match (segment, several) {
        ("", false) => Some("is empty"),
        (".", false) => Some("is `.`"),
        ("..", false) => Some("is `..`"),
        ("", true) => Some("has an empty segment"),
        (".", true) => Some("has a `.` segment"),
        ("..", true) => Some("has a `..` segment"),
        _ => None,
    }
}

impl PathWriter<'_> {
    /// Appends `value`, formatted, as several segments: split on `/`, each part
    /// percent-encoded as one segment, so `docs/api/READ ME.md` is written
    /// `docs/api/READ%20ME.md`. The value of a `<name..>` placeholder (a GitHub
    /// file path, a Google resource name).
    ///
    /// A value with an empty, `.` or `..` segment (`a//b`, `/a`, `a/../b`) is an
    /// error naming the parameter `name`: it would reach another route.
    ///
    /// ```
    /// use restpoint_runtime::PathWriter;
    ///
    /// let mut buf = String::from("/repos/o/r/contents/");
    /// PathWriter::new(&mut buf).push_segments("path", "docs/api/READ ME.md")?;
    /// assert_eq!(buf, "/repos/o/r/contents/docs/api/READ%20ME.md");
    /// # Ok::<(), restpoint_runtime::RequestError>(())
    /// ```
    pub fn push_segments<T: PathParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), RequestError> {
        self.push_encoded(name, value, true)
    }

    /// Like [`push_segments`](PathWriter::push_segments), for a `#[secret]` value.
    pub fn push_secret_segments<T: PathParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), RequestError> {
        self.push_secret(name, value, true)
    }

    /// Like [`push_segment`](PathWriter::push_segment), for a `#[secret]` value:
    /// `***` while the request is rendered for people.
    pub fn push_secret_segment<T: PathParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), RequestError> {
        self.push_secret(name, value, false)
    }
}

/// Adapts a [`PathParam`] to `Display`, so that `write!` can drive it.
struct Param<'a, T: ?Sized>(&'a T);

impl<T: PathParam + ?Sized> Display for Param<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_param(f)
    }
}

/// Percent-encodes whatever is written to it straight into the path buffer, so a
/// path value costs no allocation of its own; with `keep_slash`, `/` stays the
/// separator of several segments.
struct SegmentEncoder<'a> {
    out: &'a mut String,
    keep_slash: bool,
}

impl fmt::Write for SegmentEncoder<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if !self.keep_slash {
            self.out.extend(utf8_percent_encode(s, SEGMENT));
            return Ok(());
        }
        for (i, part) in s.split('/').enumerate() {
            if i > 0 {
                self.out.push('/');
            }
            self.out.extend(utf8_percent_encode(part, SEGMENT));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(value: &str) -> Result<String, RequestError> {
        let mut out = String::from("/");
        PathWriter::new(&mut out).push_segment("v", value)?;
        Ok(out)
    }

    #[test]
    fn encodes_everything_but_unreserved() {
        assert_eq!(segment("auth0|123").unwrap(), "/auth0%7C123");
        assert_eq!(segment("a/b?c#d%e f").unwrap(), "/a%2Fb%3Fc%23d%25e%20f");
        assert_eq!(segment("é").unwrap(), "/%C3%A9");
        assert_eq!(segment("AZaz09-._~").unwrap(), "/AZaz09-._~");
        assert_eq!(segment("...").unwrap(), "/...");
    }

    fn segments(value: &str) -> Result<String, RequestError> {
        let mut out = String::from("/");
        PathWriter::new(&mut out).push_segments("path", value)?;
        Ok(out)
    }

    #[test]
    fn several_segments_are_encoded_one_by_one() {
        assert_eq!(segments("docs/api/READ ME.md").unwrap(), "/docs/api/READ%20ME.md");
        assert_eq!(segments("projects/p|1/locations/l").unwrap(), "/projects/p%7C1/locations/l");
        assert_eq!(segments("a?b#c%d").unwrap(), "/a%3Fb%23c%25d");
        let empty = segments("").unwrap_err().to_string();
        assert!(empty.contains("declare a second endpoint"), "{empty}");
        for (value, problem) in [
            ("/a", "has an empty segment"),
            ("a/", "has an empty segment"),
            ("a//b", "has an empty segment"),
            ("a/./b", "has a `.` segment"),
            ("a/../b", "has a `..` segment"),
            ("..", "has a `..` segment"),
        ] {
            match segments(value) {
                Err(RequestError::PathParam { name: "path", problem: p }) => {
                    assert_eq!(p, problem, "{value}")
                }
                other => panic!("{value:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn rejects_values_that_are_not_one_segment() {
        for (value, problem) in [("", "is empty"), (".", "is `.`"), ("..", "is `..`")] {
            match segment(value) {
                Err(RequestError::PathParam { name: "v", problem: p }) => assert_eq!(p, problem),
                other => panic!("{value:?} gave {other:?}"),
            }
        }
    }
}
