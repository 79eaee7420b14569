//! Streaming in flat memory: a 1 GiB download read as it arrives, a 1 GiB file
//! uploaded from disk, and event streams of 1 GiB whose one event or one line
//! never ends (an error at the limit) keep the process's peak memory (VmHWM)
//! within 16 MiB of where it started. A binary of its own, so that no other test's memory counts;
//! run in release by `.ci/run`:
//! `cargo test --release --test stream_memory -- --ignored --nocapture`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use restpoint::multipart::File;
use restpoint::{Client, endpoint};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

mod common;
use common::{peak_kib, reset_peak};

const GIB: u64 = 1024 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;
/// The bound for streams: peak memory at most this far above the start.
const BUDGET_KIB: u64 = 16 * 1024;

#[endpoint(GET, "/download")]
struct Download {}

#[endpoint(GET, "/events/<shape>")]
struct Events {
    shape: &'static str,
}

#[endpoint(PUT, "/upload", response = ())]
struct Upload {
    #[body(content_type = "application/octet-stream")]
    file: File,
}

/// A server that answers `GET` with 1 GiB, chunked, and reads a `PUT`'s body to
/// its end, counting it.
async fn server() -> (String, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&received);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream, Arc::clone(&counter)));
        }
    });
    (url, received)
}

async fn serve(mut stream: TcpStream, received: Arc<AtomicU64>) {
    let mut head = Vec::new();
    let mut buffer = vec![0u8; CHUNK];
    let end = loop {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buffer[..n]),
        }
        if let Some(end) = head.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let text = String::from_utf8_lossy(&head[..end]).to_lowercase();
    if text.starts_with("put") {
        let length: u64 = text
            .lines()
            .find_map(|line| line.strip_prefix("content-length:"))
            .and_then(|value| value.trim().parse().ok())
            .unwrap_or(0);
        let mut left = length - (head.len() - end) as u64;
        while left > 0 {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => left = left.saturating_sub(n as u64),
            }
        }
        received.store(length, Ordering::SeqCst);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").await;
        return;
    }
    // `/download` is a gibibyte of `x`; `/events/endless-event` a gibibyte of
    // `data:` lines and never a blank one; `/events/endless-line` one line.
    let (content_type, start, unit): (&str, &[u8], &[u8]) =
        if text.starts_with("get /events/endless-event") {
            ("text/event-stream", b"", b"data: 0123456789abcdefghijklmnopqrstuvwxyz\n")
        } else if text.starts_with("get /events/endless-line") {
            ("text/event-stream", b"data: ", b"x")
        } else {
            ("application/octet-stream", b"", b"x")
        };
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\n\r\n"
    );
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    if !start.is_empty() && stream.write_all(&framed(start)).await.is_err() {
        return;
    }
    let framed = framed(&unit.repeat(CHUNK / unit.len())[..CHUNK / unit.len() * unit.len()]);
    let chunks = GIB / (CHUNK / unit.len() * unit.len()) as u64;
    for _ in 0..chunks {
        if stream.write_all(&framed).await.is_err() {
            return;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
}

/// `data` as one chunk of a chunked body.
fn framed(data: &[u8]) -> Vec<u8> {
    let mut framed = format!("{:x}\r\n", data.len()).into_bytes();
    framed.extend_from_slice(data);
    framed.extend_from_slice(b"\r\n");
    framed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "streams gibibytes: run in release, as .ci/run does"]
async fn a_gibibyte_each_way_in_flat_memory() {
    let (url, received) = server().await;
    let client = Client::new(&url).unwrap();
    let start = peak_kib();

    let started = std::time::Instant::now();
    let mut download = Download {}.stream(&client).await.unwrap();
    let read = download.copy_to(&mut tokio::io::sink()).await.unwrap();
    assert_eq!(read, GIB);
    println!("download: 1 GiB in {:?}; peak +{} KiB", started.elapsed(), peak_kib() - start);

    // A sparse file: a gibibyte to read, none of it on the disk.
    let path = std::env::temp_dir().join(format!("restpoint-upload-{}", std::process::id()));
    std::fs::File::create(&path).unwrap().set_len(GIB).unwrap();
    let started = std::time::Instant::now();
    let file = File::open(&path, "application/octet-stream").unwrap();
    Upload { file }.send(&client).await.unwrap();
    assert_eq!(received.load(Ordering::SeqCst), GIB);
    println!("upload: 1 GiB in {:?}; peak +{} KiB", started.elapsed(), peak_kib() - start);
    std::fs::remove_file(&path).unwrap();

    let grown = peak_kib() - start;
    println!("peak memory: +{grown} KiB above the start (budget {BUDGET_KIB} KiB)");
    assert!(grown < BUDGET_KIB, "peak memory grew by {grown} KiB");

    // A hostile event stream ends in an error at its limit (8 MiB by default),
    // each byte read once: an event that never ends, a line that never ends; then
    // the line again with a limit eight times larger, which takes about eight
    // times as long (and as much memory: that limit is the caller's choice).
    for (shape, limit) in
        [("endless-event", None), ("endless-line", None), ("endless-line", Some(64 << 20))]
    {
        reset_peak();
        let start = peak_kib();
        let started = std::time::Instant::now();
        let events = Events { shape }.stream(&client).await.unwrap().events();
        let mut events = match limit {
            Some(limit) => events.max_line_len(limit),
            None => events,
        };
        let error = events.try_next().await.expect_err("an error at the limit");
        let took = started.elapsed();
        let grown = peak_kib() - start;
        let mib = limit.unwrap_or(8 << 20) >> 20;
        println!("{shape}, {mib} MiB limit: after {took:?}, peak +{grown} KiB: {error}");
        assert!(error.to_string().contains("limit of"), "{error}");
        assert!(took < std::time::Duration::from_secs(10), "{shape} took {took:?}");
        if limit.is_none() {
            assert!(grown < BUDGET_KIB, "{shape}: peak memory grew by {grown} KiB");
        }
    }
}
