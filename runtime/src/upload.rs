//! Bodies read from disk as they are sent: a file, or a multipart body with file
//! parts, described once (the bytes around the files, each file's path and
//! length) and read anew for each attempt, so that a 1 GiB upload neither fills
//! memory nor becomes one that cannot be sent again.

use std::fmt;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use tokio::io::{AsyncRead, ReadBuf};

/// How much of a file is read at a time.
const CHUNK: usize = 256 * 1024;

/// A body as the request holds it: bytes, or parts read from disk when sent.
#[derive(Clone, Debug)]
pub(crate) enum Payload {
    Bytes(Bytes),
    Files(Arc<Segments>),
}

impl Payload {
    /// The body's length in bytes.
    pub(crate) fn len(&self) -> u64 {
        match self {
            Payload::Bytes(bytes) => bytes.len() as u64,
            Payload::Files(segments) => segments.len,
        }
    }

    /// The bytes, if the body is in memory.
    pub(crate) fn bytes(&self) -> Option<&Bytes> {
        match self {
            Payload::Bytes(bytes) => Some(bytes),
            Payload::Files(_) => None,
        }
    }

    /// The body for one attempt: the bytes, shared, or the files opened anew.
    pub(crate) fn to_reqwest(&self) -> reqwest::Body {
        match self {
            Payload::Bytes(bytes) => reqwest::Body::from(bytes.clone()),
            Payload::Files(segments) => {
                reqwest::Body::wrap_stream(Reading::new(Arc::clone(segments)))
            }
        }
    }

    /// The whole body in memory, the files read now: for an `http::Request`.
    pub(crate) fn read_all(&self) -> std::io::Result<Bytes> {
        match self {
            Payload::Bytes(bytes) => Ok(bytes.clone()),
            Payload::Files(segments) => {
                let mut out = Vec::with_capacity(usize::try_from(segments.len).unwrap_or(0));
                for segment in &segments.parts {
                    match segment {
                        Segment::Bytes(bytes) => out.extend_from_slice(bytes),
                        Segment::File { path, .. } => out.extend(std::fs::read(path)?),
                    }
                }
                Ok(out.into())
            }
        }
    }
}

/// The parts of a body, in order: bytes, and files to read when sent.
pub(crate) struct Segments {
    parts: Vec<Segment>,
    len: u64,
}

pub(crate) enum Segment {
    Bytes(Bytes),
    /// A file and the length it had when the body was made; a file that has
    /// another when it is sent is an error, not a body of another length.
    File {
        path: PathBuf,
        len: u64,
    },
}

impl Segments {
    pub(crate) fn new(parts: Vec<Segment>) -> Self {
        let len = parts
            .iter()
            .map(|part| match part {
                Segment::Bytes(bytes) => bytes.len() as u64,
                Segment::File { len, .. } => *len,
            })
            .fold(0u64, u64::saturating_add);
        Segments { parts, len }
    }

    /// The file, if the body is one file and nothing else.
    pub(crate) fn only_file(&self) -> Option<&PathBuf> {
        match self.parts.as_slice() {
            [Segment::File { path, .. }] => Some(path),
            _ => None,
        }
    }

    /// The files, for a rendering.
    pub(crate) fn files(&self) -> impl Iterator<Item = &PathBuf> {
        self.parts.iter().filter_map(|part| match part {
            Segment::File { path, .. } => Some(path),
            Segment::Bytes(_) => None,
        })
    }
}

impl fmt::Debug for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Segment::Bytes(bytes) => write!(f, "{} bytes", bytes.len()),
            Segment::File { path, len } => write!(f, "{} ({len} bytes)", path.display()),
        }
    }
}

impl fmt::Debug for Segments {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Segments")
            .field("files", &self.files().collect::<Vec<_>>())
            .field("len", &self.len)
            .finish()
    }
}

type Opening = Pin<Box<dyn Future<Output = std::io::Result<tokio::fs::File>> + Send>>;

/// One attempt's reading of [`Segments`], as a stream of chunks.
struct Reading {
    segments: Arc<Segments>,
    next: usize,
    opening: Option<Opening>,
    /// The file being read and how many bytes of it are still to come.
    file: Option<(tokio::fs::File, u64)>,
    buffer: BytesMut,
}

impl Reading {
    fn new(segments: Arc<Segments>) -> Self {
        Reading { segments, next: 0, opening: None, file: None, buffer: BytesMut::new() }
    }

    fn changed(path: &std::path::Path) -> std::io::Error {
        std::io::Error::other(format!(
            "{} changed size while it was being sent",
            path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        ))
    }
}

impl Stream for Reading {
    type Item = std::io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some((file, left)) = &mut this.file {
                if *left == 0 {
                    this.file = None;
                    continue;
                }
                let want = usize::try_from(*left).unwrap_or(CHUNK).min(CHUNK);
                this.buffer.resize(want, 0);
                let mut read = ReadBuf::new(&mut this.buffer[..]);
                std::task::ready!(Pin::new(file).poll_read(cx, &mut read))?;
                let n = read.filled().len();
                this.buffer.truncate(n);
                if n == 0 {
                    let path = match this.segments.parts.get(this.next.wrapping_sub(1)) {
                        Some(Segment::File { path, .. }) => path.clone(),
                        _ => PathBuf::new(),
                    };
                    return Poll::Ready(Some(Err(Reading::changed(&path))));
                }
                *left -= n as u64;
                return Poll::Ready(Some(Ok(this.buffer.split().freeze())));
            }
            if let Some(opening) = &mut this.opening {
                let file = std::task::ready!(opening.as_mut().poll(cx));
                this.opening = None;
                let Some(Segment::File { len, .. }) = this.segments.parts.get(this.next - 1) else {
                    return Poll::Ready(None);
                };
                this.file = Some((file?, *len));
                continue;
            }
            let Some(segment) = this.segments.parts.get(this.next) else {
                return Poll::Ready(None);
            };
            this.next += 1;
            match segment {
                Segment::Bytes(bytes) if bytes.is_empty() => {}
                Segment::Bytes(bytes) => return Poll::Ready(Some(Ok(bytes.clone()))),
                Segment::File { path, len } => {
                    let (path, expected) = (path.clone(), *len);
                    this.opening = Some(Box::pin(async move {
                        let file = tokio::fs::File::open(&path).await?;
                        if file.metadata().await?.len() != expected {
                            return Err(Reading::changed(&path));
                        }
                        Ok(file)
                    }));
                }
            }
        }
    }
}
