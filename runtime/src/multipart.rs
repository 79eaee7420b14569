//! `multipart/form-data` bodies (RFC 7578), encoded once into bytes.
//!
//! Written here rather than taken from a crate: reqwest's `multipart::Form` is a
//! one-shot stream that cannot be turned into an `http::Request` nor replayed,
//! and restpoint needs a body it can show, log and send again byte for byte.

use std::collections::hash_map::RandomState;
use std::fmt::{self, Display};
use std::hash::{BuildHasher, Hasher};

use bytes::{BufMut, Bytes, BytesMut};
use http::HeaderValue;

use crate::body::Body;
use crate::error::RequestError;

/// A file part of a multipart body: a file name, a content type and the bytes.
///
/// ```
/// use restpoint_runtime::multipart::File;
///
/// let users = File::new("users.json", "application/json", r#"[{"email":"a@example.com"}]"#);
/// assert_eq!(users.file_name(), "users.json");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    file_name: String,
    content_type: String,
    bytes: Bytes,
}

impl File {
    /// A file named `file_name` (the name the server sees, not a path) holding
    /// `bytes` of type `content_type`.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        File { file_name: file_name.into(), content_type: content_type.into(), bytes: bytes.into() }
    }

    /// The file at `path`, read now, named after its last component.
    pub fn read(path: impl AsRef<std::path::Path>, content_type: &str) -> std::io::Result<Self> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)?;
        let file_name =
            path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(File::new(file_name, content_type, bytes))
    }

    /// The file name sent.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content type sent.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The content.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// A field of a `body = multipart` endpoint: a [`File`] is a file part, any
/// `Display` value a text part.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a part of a multipart body",
    label = "multipart fields are files (`restpoint::multipart::File`) or `Display` values",
    note = "use `restpoint::multipart::File` for a file, or a type that implements `std::fmt::Display`"
)]
pub trait Part {
    /// Adds `self` to `form` as the part `name`.
    fn add_to(&self, name: &str, form: &mut Form);
}

impl<T: Display + ?Sized> Part for T {
    fn add_to(&self, name: &str, form: &mut Form) {
        form.text(name, self);
    }
}

impl Part for File {
    fn add_to(&self, name: &str, form: &mut Form) {
        form.file(name, self);
    }
}

/// Builds a `multipart/form-data` body part by part.
///
/// ```
/// use restpoint_runtime::multipart::{File, Form};
///
/// let mut form = Form::new();
/// form.text("connection_id", &"con_123");
/// form.file("users", &File::new("users.json", "application/json", "[]"));
/// let body = form.into_body()?;
/// assert!(body.content_type().to_str().unwrap().starts_with("multipart/form-data; boundary="));
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
#[derive(Debug, Default)]
pub struct Form {
    parts: Vec<FormPart>,
}

#[derive(Debug)]
struct FormPart {
    name: String,
    file: Option<(String, String)>,
    bytes: Bytes,
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Form::default()
    }

    /// Adds the text part `name` with `value`.
    pub fn text(&mut self, name: &str, value: &(impl Display + ?Sized)) {
        let bytes = Bytes::from(value.to_string());
        self.parts.push(FormPart { name: name.to_owned(), file: None, bytes });
    }

    /// Adds the file part `name`.
    pub fn file(&mut self, name: &str, file: &File) {
        self.parts.push(FormPart {
            name: name.to_owned(),
            file: Some((file.file_name.clone(), file.content_type.clone())),
            bytes: file.bytes.clone(),
        });
    }

    /// Encodes the parts, with a boundary that none of them contains. A file's
    /// content type must be a valid header value: one with CR or LF could add
    /// parts of its own, so it is an error, and nothing is sent.
    pub fn into_body(self) -> Result<Body, RequestError> {
        for part in &self.parts {
            if let Some((_, content_type)) = &part.file {
                if HeaderValue::from_str(content_type).is_err() {
                    return Err(RequestError::PartContentType { part: part.name.clone() });
                }
            }
        }
        let boundary = self.boundary();
        let size: usize = self.parts.iter().map(|part| part.bytes.len() + 160).sum();
        let mut out = BytesMut::with_capacity(size + boundary.len() + 8);
        for part in &self.parts {
            out.put_slice(b"--");
            out.put_slice(boundary.as_bytes());
            out.put_slice(b"\r\nContent-Disposition: form-data; name=\"");
            out.put_slice(escape(&part.name).as_bytes());
            out.put_slice(b"\"");
            if let Some((file_name, content_type)) = &part.file {
                out.put_slice(b"; filename=\"");
                out.put_slice(escape(file_name).as_bytes());
                out.put_slice(b"\"\r\nContent-Type: ");
                out.put_slice(content_type.as_bytes());
            }
            out.put_slice(b"\r\n\r\n");
            out.put_slice(&part.bytes);
            out.put_slice(b"\r\n");
        }
        out.put_slice(b"--");
        out.put_slice(boundary.as_bytes());
        out.put_slice(b"--\r\n");
        let content_type =
            HeaderValue::try_from(format!("multipart/form-data; boundary={boundary}"))
                .map_err(|_| RequestError::HeaderValue { name: http::header::CONTENT_TYPE })?;
        Ok(Body::new(content_type, out.freeze()))
    }

    /// A random boundary that occurs in no part (RFC 2046 §5.1.1).
    fn boundary(&self) -> String {
        let random = RandomState::new();
        (0u64..)
            .map(|attempt| {
                let mut hasher = random.build_hasher();
                hasher.write_u64(attempt);
                format!("restpoint-{:016x}", hasher.finish())
            })
            .find(|boundary| {
                !self.parts.iter().any(|part| contains(&part.bytes, boundary.as_bytes()))
            })
            .unwrap_or_default()
    }
}

/// Quotes and line breaks in names are percent-encoded, as browsers do (WHATWG
/// "multipart/form-data encoding algorithm"), so a name cannot end its header.
fn escape(name: &str) -> String {
    name.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_text_and_file_parts() {
        let mut form = Form::new();
        form.text("upsert", &true);
        form.file("users", &File::new("a\"b.json", "application/json", "[]"));
        let body = form.into_body().unwrap();
        let content_type = body.content_type().to_str().unwrap().to_owned();
        let boundary = content_type.strip_prefix("multipart/form-data; boundary=").unwrap();
        let expected = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"upsert\"\r\n\r\ntrue\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"users\"; filename=\"a%22b.json\"\r\n\
             Content-Type: application/json\r\n\r\n[]\r\n--{boundary}--\r\n"
        );
        assert_eq!(std::str::from_utf8(body.bytes()).unwrap(), expected);
    }

    #[test]
    fn a_content_type_with_a_line_break_is_refused() {
        let mut form = Form::new();
        form.file("users", &File::new("u.csv", "text/csv\r\nX-Part: 2", "a"));
        let error = form.into_body().unwrap_err();
        assert!(matches!(error, RequestError::PartContentType { ref part } if part == "users"));
    }

    #[test]
    fn the_boundary_is_never_in_a_part() {
        let mut form = Form::new();
        form.text("a", &"restpoint-");
        let boundary = form.boundary();
        assert!(boundary.starts_with("restpoint-") && boundary.len() == 26, "{boundary}");
    }
}
