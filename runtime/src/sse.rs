//! The `text/event-stream` format (WHATWG HTML, "Server-sent events", 9.2.6),
//! parsed as bytes arrive: a line at a time, each byte looked at once, with a
//! limit on a line and on an event's data, and an error for bytes that are not
//! UTF-8. No I/O here; [`Events`](crate::stream::Events) feeds it the body.
//!
//! The rules, in short: lines end with CR LF, LF or CR; an empty line dispatches
//! the event built so far (if it has data); a line starting with `:` is a comment;
//! otherwise the line is `field: value` (one space after the colon dropped), or a
//! field name alone with an empty value. `data` appends the value and a LF, `event`
//! sets the type, `id` the last event id (unless it holds NUL), `retry` the
//! reconnection time (ASCII digits only). A leading byte order mark is dropped,
//! and an event the body ends in the middle of is discarded.

use std::collections::VecDeque;
use std::fmt;
use std::time::Duration;

/// What an event stream may not do, and what it did instead.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EventStreamError {
    /// A line longer than the limit (`Events::max_line_len`).
    LineTooLong {
        /// The limit, in bytes.
        limit: usize,
    },
    /// An event whose data is larger than the limit (`Events::max_event_len`).
    EventTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// A byte sequence that is not UTF-8.
    NotUtf8 {
        /// Where it starts, counted in bytes from the start of the body.
        offset: u64,
    },
}

impl fmt::Display for EventStreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventStreamError::LineTooLong { limit } => write!(
                f,
                "an event-stream line is longer than the limit of {limit} bytes \
                 (`Events::max_line_len` sets it)"
            ),
            EventStreamError::EventTooLarge { limit } => write!(
                f,
                "an event's data is larger than the limit of {limit} bytes \
                 (`Events::max_event_len` sets it)"
            ),
            EventStreamError::NotUtf8 { offset } => {
                write!(f, "the event stream is not UTF-8 at byte {offset}")
            }
        }
    }
}

impl std::error::Error for EventStreamError {}

/// One event, as the parser dispatches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dispatched {
    pub(crate) event: String,
    pub(crate) data: String,
    pub(crate) id: String,
    pub(crate) retry: Option<Duration>,
}

/// The default limit on a line and on an event's data: 8 MiB, room for an image
/// sent as base64 in one event, while an endless line or event ends in an error
/// with memory bounded.
pub(crate) const DEFAULT_LIMIT: usize = 8 * 1024 * 1024;

/// The state between one chunk and the next.
#[derive(Debug)]
pub(crate) struct Parser {
    pub(crate) max_line: usize,
    pub(crate) max_event: usize,
    /// The line so far, when a chunk ended inside it.
    line: Vec<u8>,
    /// How much of `line` is known to be UTF-8.
    checked: usize,
    /// The last byte was a CR: a LF right after it ends no second line.
    after_cr: bool,
    /// No line has been read yet (a byte order mark may lead the first).
    first_line: bool,
    /// Bytes consumed so far, for the offset of an error.
    offset: u64,
    data: String,
    event: String,
    last_id: String,
    retry: Option<Duration>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser {
            max_line: DEFAULT_LIMIT,
            max_event: DEFAULT_LIMIT,
            line: Vec::new(),
            checked: 0,
            after_cr: false,
            first_line: true,
            offset: 0,
            data: String::new(),
            event: String::new(),
            last_id: String::new(),
            retry: None,
        }
    }
}

impl Parser {
    /// Reads `bytes`, the next part of the body; every event it completes is
    /// pushed to `out`.
    pub(crate) fn feed(
        &mut self,
        mut bytes: &[u8],
        out: &mut VecDeque<Dispatched>,
    ) -> Result<(), EventStreamError> {
        if bytes.is_empty() {
            return Ok(());
        }
        if self.after_cr && bytes.first() == Some(&b'\n') {
            bytes = &bytes[1..];
            self.offset += 1;
        }
        self.after_cr = false;
        while !bytes.is_empty() {
            let Some(end) = memchr::memchr2(b'\n', b'\r', bytes) else {
                self.append(bytes)?;
                self.offset += bytes.len() as u64;
                return Ok(());
            };
            let (content, rest) = bytes.split_at(end);
            let terminator = rest[0];
            let mut consumed = end + 1;
            if terminator == b'\r' {
                match rest.get(1) {
                    Some(b'\n') => consumed += 1,
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
            if self.line.is_empty() {
                // The whole line is in this chunk: read in place, not copied.
                if content.len() > self.max_line {
                    return Err(EventStreamError::LineTooLong { limit: self.max_line });
                }
                let line = std::str::from_utf8(content).map_err(|error| {
                    EventStreamError::NotUtf8 { offset: self.offset + error.valid_up_to() as u64 }
                })?;
                self.line_ended(line, out)?;
            } else {
                let line_start = self.offset - self.line.len() as u64;
                self.append(content)?;
                let line = std::mem::take(&mut self.line);
                let result = match std::str::from_utf8(&line) {
                    Ok(text) => self.line_ended(text, out),
                    // An incomplete sequence at the end of a line is never completed.
                    Err(error) => Err(not_utf8(line_start, error.valid_up_to())),
                };
                self.line = line;
                self.line.clear();
                self.checked = 0;
                result?;
            }
            self.offset += consumed as u64;
            bytes = &bytes[consumed..];
        }
        Ok(())
    }

    /// Keeps `bytes`, part of a line that goes on, and checks them.
    fn append(&mut self, bytes: &[u8]) -> Result<(), EventStreamError> {
        if self.line.len() + bytes.len() > self.max_line {
            return Err(EventStreamError::LineTooLong { limit: self.max_line });
        }
        // `self.offset` is where `bytes` start in the body.
        let line_start = self.offset - self.line.len() as u64;
        let room = room(self.line.len(), self.line.capacity(), bytes.len(), self.max_line);
        self.line.reserve_exact(room);
        self.line.extend_from_slice(bytes);
        match std::str::from_utf8(&self.line[self.checked..]) {
            Ok(_) => self.checked = self.line.len(),
            // A sequence cut at the end: its rest is in the next chunk.
            Err(error) if error.error_len().is_none() => self.checked += error.valid_up_to(),
            Err(error) => return Err(not_utf8(line_start, self.checked + error.valid_up_to())),
        }
        Ok(())
    }

    fn line_ended(
        &mut self,
        mut line: &str,
        out: &mut VecDeque<Dispatched>,
    ) -> Result<(), EventStreamError> {
        if std::mem::take(&mut self.first_line) {
            line = line.strip_prefix('\u{feff}').unwrap_or(line);
        }
        if line.is_empty() {
            self.dispatch(out);
            return Ok(());
        }
        if line.starts_with(':') {
            return Ok(());
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "data" => {
                if self.data.len() + value.len() + 1 > self.max_event {
                    return Err(EventStreamError::EventTooLarge { limit: self.max_event });
                }
                let room =
                    room(self.data.len(), self.data.capacity(), value.len() + 1, self.max_event);
                self.data.reserve_exact(room);
                self.data.push_str(value);
                self.data.push('\n');
            }
            "event" => value.clone_into(&mut self.event),
            "id" if !value.contains('\0') => value.clone_into(&mut self.last_id),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                // Digits past what a u64 holds are a wait longer than any run.
                let millis = value.parse().unwrap_or(u64::MAX);
                self.retry = Some(Duration::from_millis(millis));
            }
            _ => {}
        }
        Ok(())
    }

    fn dispatch(&mut self, out: &mut VecDeque<Dispatched>) {
        let event = std::mem::take(&mut self.event);
        if self.data.is_empty() {
            return;
        }
        let mut data = std::mem::take(&mut self.data);
        data.pop(); // the LF after the last line
        out.push_back(Dispatched {
            event: if event.is_empty() { "message".to_owned() } else { event },
            data,
            id: self.last_id.clone(),
            retry: self.retry.take(),
        });
    }

    /// The first part of what the parser holds now (the line or the event's data
    /// that passed a limit), for an error to keep.
    pub(crate) fn excerpt(&self, max: usize) -> bytes::Bytes {
        let held = if self.line.is_empty() { self.data.as_bytes() } else { &self.line };
        bytes::Bytes::copy_from_slice(&held[..held.len().min(max)])
    }
}

/// How much room to reserve in a buffer of `len` bytes and `capacity`, for
/// `additional` more, when it may hold `limit`: doubling while small; past
/// 64 KiB straight to its limit (up to [`DEFAULT_LIMIT`]), so that a long line
/// is not copied again and again on its way there, the old copy and the new one
/// both held. Pages reserved and not yet written take no memory.
fn room(len: usize, capacity: usize, additional: usize, limit: usize) -> usize {
    let needed = len + additional;
    if needed <= capacity {
        return 0;
    }
    let target = if needed > 64 * 1024 {
        needed.max(limit.min(DEFAULT_LIMIT))
    } else {
        needed.max(capacity * 2)
    };
    target - len
}

/// The error for the byte `at` of a line that starts at `line_start` in the body.
fn not_utf8(line_start: u64, at: usize) -> EventStreamError {
    EventStreamError::NotUtf8 { offset: line_start + at as u64 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse_in(chunks: &[&[u8]]) -> Result<Vec<Dispatched>, EventStreamError> {
        let mut parser = Parser::default();
        let mut out = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out)?;
        }
        Ok(out.into())
    }

    fn data(events: &[Dispatched]) -> Vec<&str> {
        events.iter().map(|e| e.data.as_str()).collect()
    }

    /// The WHATWG rules applied to a whole body, as the specification states
    /// them, with nothing done incrementally: what the parser must agree with.
    #[allow(clippy::collapsible_match)] // written as the specification's steps
    fn whatwg(body: &str) -> Vec<Dispatched> {
        let body = body.strip_prefix('\u{feff}').unwrap_or(body);
        let mut lines = Vec::new();
        let mut rest = body;
        // Only lines that end are lines; what follows the last terminator is an
        // incomplete line, discarded with its event.
        while let Some(end) = rest.find(['\r', '\n']) {
            lines.push(&rest[..end]);
            let skip = if rest[end..].starts_with("\r\n") { 2 } else { 1 };
            rest = &rest[end + skip..];
        }
        let (mut data, mut event, mut id, mut retry) =
            (String::new(), String::new(), String::new(), None);
        let mut events = Vec::new();
        for line in lines {
            if line.is_empty() {
                if data.is_empty() {
                    event.clear();
                    continue;
                }
                data.pop();
                events.push(Dispatched {
                    event: if event.is_empty() {
                        "message".into()
                    } else {
                        std::mem::take(&mut event)
                    },
                    data: std::mem::take(&mut data),
                    id: id.clone(),
                    retry: retry.take(),
                });
                continue;
            }
            if line.starts_with(':') {
                continue;
            }
            let (field, value) = match line.find(':') {
                Some(colon) => {
                    let value = &line[colon + 1..];
                    (&line[..colon], value.strip_prefix(' ').unwrap_or(value))
                }
                None => (line, ""),
            };
            match field {
                "event" => event = value.to_string(),
                "data" => {
                    data += value;
                    data += "\n";
                }
                "id" => {
                    if !value.contains('\u{0}') {
                        id = value.to_string();
                    }
                }
                "retry" => {
                    if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
                        retry = Some(Duration::from_millis(value.parse().unwrap_or(u64::MAX)));
                    }
                }
                _ => {}
            }
        }
        events
    }

    #[test]
    fn the_specifications_examples() {
        let stock = parse_in(&[b"data: YHOO\ndata: +2\ndata: 10\n\n"]).unwrap();
        assert_eq!(data(&stock), ["YHOO\n+2\n10"]);
        // "data" alone is an empty value; the last block never ends.
        let blocks = parse_in(&[b"data\n\ndata\ndata\n\ndata:"]).unwrap();
        assert_eq!(data(&blocks), ["", "\n"]);
        let spaces = parse_in(&[b"data:test\n\ndata: test\n\n"]).unwrap();
        assert_eq!(data(&spaces), ["test", "test"]);
        let typed =
            parse_in(&[b": comment\nevent: add\nid: 7\nretry: 1500\ndata: 73857293\n\n"]).unwrap();
        assert_eq!(typed[0].event, "add");
        assert_eq!(typed[0].id, "7");
        assert_eq!(typed[0].retry, Some(Duration::from_millis(1500)));
    }

    #[test]
    fn line_ends_of_every_kind_even_split_between_chunks() {
        let events = parse_in(&[b"data: a\r", b"\n\r", b"\ndata: b\r\rdata: c\n\n"]).unwrap();
        assert_eq!(data(&events), ["a", "b", "c"]);
    }

    #[test]
    fn a_leading_byte_order_mark_is_dropped_once() {
        let events = parse_in(&[b"\xEF\xBB", b"\xBFdata: x\n\n"]).unwrap();
        assert_eq!(data(&events), ["x"]);
        let second = parse_in(&["data: y\n\n\u{feff}data: z\n\n".as_bytes()]).unwrap();
        assert_eq!(data(&second), ["y"], "a BOM later names an unknown field");
    }

    #[test]
    fn limits_on_a_line_and_on_an_event() {
        let mut parser = Parser { max_line: 8, ..Parser::default() };
        let mut out = VecDeque::new();
        parser.feed(b"data: 12", &mut out).unwrap();
        assert_eq!(parser.feed(b"3", &mut out), Err(EventStreamError::LineTooLong { limit: 8 }));
        let mut parser = Parser { max_event: 6, ..Parser::default() };
        parser.feed(b"data: ab\ndata: cd\n", &mut out).unwrap();
        assert_eq!(
            parser.feed(b"data: e\n", &mut out),
            Err(EventStreamError::EventTooLarge { limit: 6 })
        );
        assert_eq!(&parser.excerpt(3)[..], b"ab\n");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_an_error_where_they_stand() {
        assert_eq!(
            parse_in(&[b"data: ok\n\ndata: \xFF\n\n"]),
            Err(EventStreamError::NotUtf8 { offset: 16 })
        );
        // In a line that goes on: as soon as the byte arrives.
        assert_eq!(
            parse_in(&[b"data: abc", b"\xC3\x28"]),
            Err(EventStreamError::NotUtf8 { offset: 9 })
        );
        // A sequence cut between chunks is whole again; one cut by a line end is not.
        assert_eq!(data(&parse_in(&[b"data: \xC3", b"\xA9\n\n"]).unwrap()), ["\u{e9}"]);
        assert_eq!(
            parse_in(&[b"data: \xC3", b"\n\n"]),
            Err(EventStreamError::NotUtf8 { offset: 6 })
        );
    }

    fn line() -> impl Strategy<Value = String> {
        let value = "[^\r\n]{0,12}";
        prop_oneof![
            value.prop_map(|v| format!("data:{v}")),
            value.prop_map(|v| format!("data: {v}")),
            value.prop_map(|v| format!("event: {v}")),
            value.prop_map(|v| format!("id: {v}")),
            "[0-9]{1,25}".prop_map(|v| format!("retry: {v}")),
            value.prop_map(|v| format!("retry: {v}")),
            value.prop_map(|v| format!(":{v}")),
            value.prop_map(|v| v.replace(':', "")),
            Just("data".to_string()),
            Just(String::new()),
        ]
    }

    proptest! {
        #[test]
        fn agrees_with_the_whatwg_rules_however_the_body_is_cut(
            bom in any::<bool>(),
            lines in prop::collection::vec((line(), prop_oneof![Just("\n"), Just("\r"), Just("\r\n")]), 0..40),
            tail in "[^\r\n]{0,5}",
            cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        ) {
            let mut body = if bom { "\u{feff}".to_string() } else { String::new() };
            for (line, end) in &lines {
                body.push_str(line);
                body.push_str(end);
            }
            body.push_str(&tail);
            let bytes = body.as_bytes();
            let mut at: Vec<usize> = cuts.iter().map(|cut| cut.index(bytes.len() + 1)).collect();
            at.sort_unstable();
            let mut chunks = Vec::new();
            let mut from = 0;
            for to in at {
                chunks.push(&bytes[from..to]);
                from = to;
            }
            chunks.push(&bytes[from..]);
            prop_assert_eq!(parse_in(&chunks).unwrap(), whatwg(&body));
        }
    }
}
