//! Bodies read from disk as they are sent: a file, or a multipart body with file
//! parts, described once (the bytes around the files, and each file, opened once)
//! and read from the start again for each attempt, so that a 1 GiB upload
//! neither fills memory nor becomes one that cannot be sent again. A file is kept
//! open from the moment it is given: what is sent is what was opened, whatever
//! takes its path later, and a file changed since is an error, never sent.

use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;

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

    /// The body for one attempt: the bytes, shared, or the files read from
    /// their start.
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
                        Segment::File(file) => out.extend_from_slice(&file.read_whole()?),
                    }
                }
                Ok(out.into())
            }
        }
    }
}

/// A file opened for an upload, kept open so that every attempt reads the same
/// file, from its start, whatever happens to its path.
pub(crate) struct OpenFile {
    file: std::fs::File,
    /// The path it was opened at, for messages and renderings.
    path: PathBuf,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl OpenFile {
    pub(crate) fn open(path: &Path) -> std::io::Result<Self> {
        let file = std::fs::File::open(path)?;
        let metadata = file.metadata()?;
        if !metadata.is_file() {
            return Err(std::io::Error::other(format!("{} is not a file", path.display())));
        }
        Ok(OpenFile {
            file,
            path: path.to_owned(),
            len: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }

    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// An error unless the file has the length and the modification time it had
    /// when it was opened.
    fn unchanged(&self) -> std::io::Result<()> {
        let metadata = self.file.metadata()?;
        if metadata.len() == self.len && metadata.modified().ok() == self.modified {
            Ok(())
        } else {
            Err(self.changed())
        }
    }

    fn changed(&self) -> std::io::Error {
        std::io::Error::other(format!(
            "{} changed since it was opened for the upload",
            self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        ))
    }

    /// Up to `len` bytes from `offset`, without moving a shared cursor: attempts
    /// and readers never disturb each other.
    fn read_at(&self, offset: u64, len: usize) -> std::io::Result<Bytes> {
        let mut buffer = BytesMut::zeroed(len);
        let mut filled = 0;
        while filled < len {
            let n = read_at(&self.file, &mut buffer[filled..], offset + filled as u64)?;
            if n == 0 {
                return Err(self.changed());
            }
            filled += n;
        }
        Ok(buffer.freeze())
    }

    /// The whole file, checked unchanged.
    pub(crate) fn read_whole(&self) -> std::io::Result<Bytes> {
        self.unchanged()?;
        self.read_at(0, usize::try_from(self.len).map_err(std::io::Error::other)?)
    }
}

#[cfg(unix)]
fn read_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> std::io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buffer, offset)
}

#[cfg(windows)]
fn read_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> std::io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buffer, offset)
}

impl PartialEq for OpenFile {
    /// The same file, opened once: the same open file, not the same path.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for OpenFile {}

/// The parts of a body, in order: bytes, and files to read when sent.
pub(crate) struct Segments {
    parts: Vec<Segment>,
    len: u64,
}

pub(crate) enum Segment {
    Bytes(Bytes),
    File(Arc<OpenFile>),
}

impl Segments {
    pub(crate) fn new(parts: Vec<Segment>) -> Self {
        let len = parts
            .iter()
            .map(|part| match part {
                Segment::Bytes(bytes) => bytes.len() as u64,
                Segment::File(file) => file.len,
            })
            .fold(0u64, u64::saturating_add);
        Segments { parts, len }
    }

    /// The file, if the body is one file and nothing else.
    pub(crate) fn only_file(&self) -> Option<&Path> {
        match self.parts.as_slice() {
            [Segment::File(file)] => Some(&file.path),
            _ => None,
        }
    }

    /// The files, for a rendering.
    pub(crate) fn files(&self) -> impl Iterator<Item = &Path> {
        self.parts.iter().filter_map(|part| match part {
            Segment::File(file) => Some(file.path.as_path()),
            Segment::Bytes(_) => None,
        })
    }
}

impl fmt::Debug for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Segment::Bytes(bytes) => write!(f, "{} bytes", bytes.len()),
            Segment::File(file) => write!(f, "{} ({} bytes)", file.path.display(), file.len),
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

/// One attempt's reading of [`Segments`], as a stream of chunks.
struct Reading {
    segments: Arc<Segments>,
    next: usize,
    /// The file being read, and how far.
    file: Option<(Arc<OpenFile>, u64)>,
    /// The chunk being read, off the runtime's threads.
    reading: Option<tokio::task::JoinHandle<std::io::Result<Bytes>>>,
}

impl Reading {
    fn new(segments: Arc<Segments>) -> Self {
        Reading { segments, next: 0, file: None, reading: None }
    }
}

impl Stream for Reading {
    type Item = std::io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(reading) = &mut this.reading {
                let chunk = std::task::ready!(Pin::new(reading).poll(cx));
                this.reading = None;
                let chunk = chunk.map_err(std::io::Error::other).and_then(|read| read);
                if let (Ok(chunk), Some((_, offset))) = (&chunk, &mut this.file) {
                    *offset += chunk.len() as u64;
                }
                return Poll::Ready(Some(chunk));
            }
            if let Some((file, offset)) = &this.file {
                let left = file.len - offset;
                if left == 0 {
                    this.file = None;
                    continue;
                }
                let (file, offset) = (Arc::clone(file), *offset);
                let want = usize::try_from(left).unwrap_or(CHUNK).min(CHUNK);
                this.reading =
                    Some(tokio::task::spawn_blocking(move || file.read_at(offset, want)));
                continue;
            }
            let Some(segment) = this.segments.parts.get(this.next) else {
                return Poll::Ready(None);
            };
            this.next += 1;
            match segment {
                Segment::Bytes(bytes) if bytes.is_empty() => {}
                Segment::Bytes(bytes) => return Poll::Ready(Some(Ok(bytes.clone()))),
                Segment::File(file) => {
                    if let Err(changed) = file.unchanged() {
                        return Poll::Ready(Some(Err(changed)));
                    }
                    this.file = Some((Arc::clone(file), 0));
                }
            }
        }
    }
}
