//! `multipart/form-data` bodies (RFC 7578), encoded once into bytes, or into
//! bytes around files read from disk as they are sent.
//!
//! Written here rather than taken from a crate: reqwest's `multipart::Form` is a
//! one-shot stream that cannot be turned into an `http::Request` nor replayed,
//! and restpoint needs a body it can show, log and send again byte for byte.

use std::collections::hash_map::RandomState;
use std::fmt::{self, Display};
use std::hash::{BuildHasher, Hasher};
use std::path::Path;
use std::sync::Arc;

use bytes::{BufMut, Bytes, BytesMut};
use http::HeaderValue;

use crate::body::{Body, RawBody};
use crate::error::RequestError;
use crate::upload::{OpenFile, Segment};

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
    content: Content,
}

/// What a file holds: bytes, or a path to read when sent.
#[derive(Clone, PartialEq, Eq)]
enum Content {
    Bytes(Bytes),
    Opened(Arc<OpenFile>),
}

impl File {
    /// A file named `file_name` (the name the server sees, not a path) holding
    /// `bytes` of type `content_type`.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        File {
            file_name: file_name.into(),
            content_type: content_type.into(),
            content: Content::Bytes(bytes.into()),
        }
    }

    /// The file at `path`, read now, named after its last component.
    pub fn read(path: impl AsRef<Path>, content_type: &str) -> std::io::Result<Self> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)?;
        Ok(File::new(name_of(path), content_type, bytes))
    }

    /// The file at `path`, named after its last component, read from disk as it
    /// is sent (and again for a retry), never held whole in memory: for large
    /// uploads. Its length is taken now; a file that has another when it is sent
    /// is an error.
    ///
    /// ```no_run
    /// let users = restpoint_runtime::multipart::File::open("users.json", "application/json")?;
    /// assert!(users.bytes().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn open(path: impl AsRef<Path>, content_type: &str) -> std::io::Result<Self> {
        let path = path.as_ref();
        Ok(File {
            file_name: name_of(path),
            content_type: content_type.to_owned(),
            content: Content::Opened(Arc::new(OpenFile::open(path)?)),
        })
    }

    /// The file name sent.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content type sent.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The content, if it is in memory (not for [`File::open`]).
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.content {
            Content::Bytes(bytes) => Some(bytes),
            Content::Opened(_) => None,
        }
    }

    /// The length in bytes.
    pub fn len(&self) -> u64 {
        match &self.content {
            Content::Bytes(bytes) => bytes.len() as u64,
            Content::Opened(file) => file.len(),
        }
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn segment(&self) -> Segment {
        match &self.content {
            Content::Bytes(bytes) => Segment::Bytes(bytes.clone()),
            Content::Opened(file) => Segment::File(Arc::clone(file)),
        }
    }
}

fn name_of(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A file as a raw `#[body(content_type = "...")]`: the file's own content type
/// is sent (the one it was made with), the attribute's where the file's is not a
/// valid header value; a file from [`File::open`] is read from disk as it is sent.
impl RawBody for File {
    fn to_bytes(&self) -> Bytes {
        match &self.content {
            Content::Bytes(bytes) => bytes.clone(),
            // Only for a caller that asks: restpoint sends it from disk.
            Content::Opened(file) => file.read_whole().unwrap_or_default(),
        }
    }

    fn to_body(&self, declared: HeaderValue) -> Body {
        let own = HeaderValue::from_str(&self.content_type).ok().filter(|own| !own.is_empty());
        let content_type = own.unwrap_or(declared);
        match &self.content {
            Content::Bytes(bytes) => Body::new(content_type, bytes.clone()),
            Content::Opened(_) => Body::from_segments(content_type, vec![self.segment()]),
        }
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.len())
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
    content: Segment,
}

impl FormPart {
    fn bytes(&self) -> Option<&Bytes> {
        match &self.content {
            Segment::Bytes(bytes) => Some(bytes),
            Segment::File(_) => None,
        }
    }
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Form::default()
    }

    /// Adds the text part `name` with `value`.
    pub fn text(&mut self, name: &str, value: &(impl Display + ?Sized)) {
        let bytes = Bytes::from(value.to_string());
        self.parts.push(FormPart {
            name: name.to_owned(),
            file: None,
            content: Segment::Bytes(bytes),
        });
    }

    /// Adds the file part `name`.
    pub fn file(&mut self, name: &str, file: &File) {
        self.parts.push(FormPart {
            name: name.to_owned(),
            file: Some((file.file_name.clone(), file.content_type.clone())),
            content: file.segment(),
        });
    }

    /// Encodes the parts, with a boundary that none of them contains (a random
    /// one of 64 bits that no part in memory contains, beside a file read when
    /// sent). A file's content type must be a valid header value: one with CR or
    /// LF could add parts of its own, so it is an error, and nothing is sent.
    pub fn into_body(self) -> Result<Body, RequestError> {
        for part in &self.parts {
            if let Some((_, content_type)) = &part.file {
                if HeaderValue::from_str(content_type).is_err() {
                    return Err(RequestError::PartContentType { part: part.name.clone() });
                }
            }
        }
        let boundary = self.boundary();
        let size: usize =
            self.parts.iter().map(|part| part.bytes().map_or(0, Bytes::len) + 160).sum();
        let mut out = BytesMut::with_capacity(size + boundary.len() + 8);
        // The bytes around the files read when sent.
        let mut segments = Vec::new();
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
            match &part.content {
                Segment::Bytes(bytes) => out.put_slice(bytes),
                Segment::File(file) => {
                    segments.push(Segment::Bytes(out.split().freeze()));
                    segments.push(Segment::File(Arc::clone(file)));
                }
            }
            out.put_slice(b"\r\n");
        }
        out.put_slice(b"--");
        out.put_slice(boundary.as_bytes());
        out.put_slice(b"--\r\n");
        let content_type =
            HeaderValue::try_from(format!("multipart/form-data; boundary={boundary}"))
                .map_err(|_| RequestError::HeaderValue { name: http::header::CONTENT_TYPE })?;
        if segments.is_empty() {
            return Ok(Body::new(content_type, out.freeze()));
        }
        segments.push(Segment::Bytes(out.freeze()));
        Ok(Body::from_segments(content_type, segments))
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
                !self
                    .parts
                    .iter()
                    .filter_map(FormPart::bytes)
                    .any(|bytes| contains(bytes, boundary.as_bytes()))
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
        assert_eq!(std::str::from_utf8(body.bytes().unwrap()).unwrap(), expected);
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
