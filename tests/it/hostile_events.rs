//! Hostile event streams: a server that sends an event that never ends, a line
//! that never ends, or bytes that are not UTF-8 cannot take the caller's memory,
//! a core, or its timers.

use std::time::{Duration, Instant};

use restpoint::stream::EventStreamError;
use restpoint::{Client, Error, endpoint};
use tokio::io::AsyncWriteExt;

use crate::misbehaving::RawServer;

#[endpoint(POST, "/v1/chat/completions")]
struct Chat {
    stream: bool,
}

const HEAD: &[u8] = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n";

/// A server that sends the head, then `start` and `repeat` again and again, up
/// to `total` bytes or until the client goes away.
async fn endless(start: &'static [u8], repeat: &'static [u8], total: usize) -> RawServer {
    RawServer::serve(move |_, mut stream| async move {
        let _ = stream.write_all(HEAD).await;
        let _ = stream.write_all(start).await;
        let block = repeat.repeat(64 * 1024 / repeat.len());
        let mut sent = 0;
        while sent < total && stream.write_all(&block).await.is_ok() {
            sent += block.len();
        }
    })
    .await
}

async fn first_error(url: &str, limit: Option<usize>) -> (Error, Duration) {
    let client = Client::new(url).unwrap();
    let started = Instant::now();
    let events = Chat { stream: true }.stream(&client).await.unwrap().events();
    let mut events = match limit {
        Some(limit) => events.max_line_len(limit).max_event_len(limit),
        None => events,
    };
    let outcome = tokio::time::timeout(Duration::from_secs(60), events.try_next()).await;
    let error = outcome.expect("an answer within a minute").expect_err("an error, not an event");
    (error, started.elapsed())
}

fn problem(error: &Error) -> &EventStreamError {
    let Error::Decode { source, .. } = error else { panic!("a decode error: {error:?}") };
    source.downcast_ref().unwrap_or_else(|| panic!("an event-stream error: {source}"))
}

#[tokio::test]
async fn an_event_that_never_ends_is_an_error_at_its_limit() {
    // `data:` lines and never the blank line that ends an event: 64 MiB offered.
    let server = endless(b"", b"data: 0123456789\n", 64 << 20).await;
    let (error, _) = first_error(&server.url(), None).await;
    assert_eq!(problem(&error), &EventStreamError::EventTooLarge { limit: 8 << 20 });
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert!(error.to_string().contains("`Events::max_event_len`"), "{error}");
    // The error keeps the start of the event that broke the limit.
    assert!(error.body().unwrap().starts_with(b"0123456789\n0123456789\n"));
}

#[tokio::test]
async fn a_line_that_never_ends_is_an_error_at_its_limit_in_linear_time() {
    let server = endless(b"data: ", b"a", 1 << 30).await;
    let (error, _) = first_error(&server.url(), None).await;
    assert_eq!(problem(&error), &EventStreamError::LineTooLong { limit: 8 << 20 });
    assert_eq!(error.body().unwrap().len(), 64 * 1024);

    // With a limit of 64 MiB, the whole line is read once: 16 MiB took 14.8 s of
    // CPU with a parser that read its buffer again for each chunk.
    let server = endless(b"data: ", b"a", 1 << 30).await;
    let (error, took) = first_error(&server.url(), Some(64 << 20)).await;
    assert_eq!(problem(&error), &EventStreamError::LineTooLong { limit: 64 << 20 });
    assert!(took < Duration::from_secs(20), "64 MiB took {took:?}");
}

#[tokio::test]
async fn bytes_that_are_not_utf8_are_an_error_at_once() {
    let server = endless(b"data: ok\n\ndata: \xFF", b"b", 1 << 30).await;
    let client = Client::new(server.url()).unwrap();
    let mut events = Chat { stream: true }.stream(&client).await.unwrap().events();
    assert_eq!(events.try_next().await.unwrap().unwrap().data, "ok");
    let started = Instant::now();
    let error = events.try_next().await.expect_err("the byte 0xFF is not UTF-8");
    assert_eq!(problem(&error), &EventStreamError::NotUtf8 { offset: 16 });
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    assert!(events.try_next().await.unwrap().is_none(), "the stream ends with the error");
}
