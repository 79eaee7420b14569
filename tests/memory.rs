//! A hostile server streams 1 GiB at the client, in every shape an answer can
//! take, or a page of a million `{}`, and the process's peak memory (VmHWM)
//! stays flat. A binary of its own, so
//! that no other test's memory counts; run in release by `.ci/run`:
//! `cargo test --release --test memory -- --ignored --nocapture`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use restpoint::{Client, endpoint};

mod common;
use common::{peak_kib, read_head};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

const GIB: u64 = 1024 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;
/// The bound: peak memory at most this far above the start.
const BUDGET_KIB: u64 = 64 * 1024;

#[endpoint(GET, "/stream", response = Bytes)]
struct Kept {}

#[endpoint(GET, "/stream", response = ())]
struct Dropped {}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)] // what a user costs once decoded
struct User {
    user_id: Option<String>,
    email: Option<String>,
    name: Option<String>,
    nickname: Option<String>,
    picture: Option<String>,
    created_at: Option<String>,
    updated_at: Option<String>,
    last_login: Option<String>,
}

#[endpoint(GET, "/users", response = Vec<User>, paginate = offset(page, per_page))]
struct ListUsers {
    #[query]
    page: u32,
    #[query]
    per_page: Option<u32>,
}

/// A server whose every answer is `[{},{},...]`, a million of them.
async fn million_empty_objects() -> (String, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let body = format!("[{}{{}}]", "{},".repeat(999_999));
    let answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    let answer: Arc<[u8]> = answer.into_bytes().into();
    let task = tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let answer = Arc::clone(&answer);
            tokio::spawn(async move {
                while !read_head(&mut stream).await.is_empty() {
                    if stream.write_all(&answer).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, task)
}

/// How the server frames the gibibyte.
#[derive(Clone, Copy, Debug)]
enum Shape {
    /// `200`, `Transfer-Encoding: chunked`.
    Chunked,
    /// `200` with `Content-Length: 1073741824`.
    Declared,
    /// `500`, chunked.
    FailureChunked,
}

/// A server that answers every request with 1 GiB of `shape`, and counts the
/// body bytes it managed to write.
async fn server(shape: Shape) -> (String, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let written = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&written);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(stream_gibibyte(stream, shape, Arc::clone(&counter)));
        }
    });
    (url, written)
}

async fn stream_gibibyte(mut stream: TcpStream, shape: Shape, written: Arc<AtomicU64>) {
    if read_head(&mut stream).await.is_empty() {
        return;
    }
    let head = match shape {
        Shape::Chunked => "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n".to_owned(),
        Shape::Declared => format!("HTTP/1.1 200 OK\r\ncontent-length: {GIB}\r\n\r\n"),
        Shape::FailureChunked => {
            "HTTP/1.1 500 Internal Server Error\r\ntransfer-encoding: chunked\r\n\r\n".to_owned()
        }
    };
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let data = vec![b'x'; CHUNK];
    let chunked = !matches!(shape, Shape::Declared);
    for _ in 0..GIB / CHUNK as u64 {
        let framed = if chunked {
            let mut framed = format!("{CHUNK:x}\r\n").into_bytes();
            framed.extend_from_slice(&data);
            framed.extend_from_slice(b"\r\n");
            stream.write_all(&framed).await
        } else {
            stream.write_all(&data).await
        };
        if framed.is_err() {
            return;
        }
        written.fetch_add(CHUNK as u64, Ordering::Relaxed);
    }
    if chunked {
        let _ = stream.write_all(b"0\r\n\r\n").await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "streams gibibytes: run in release, as .ci/run does"]
async fn memory_stays_flat_whatever_the_server_sends() {
    let start = peak_kib();

    for shape in [Shape::Chunked, Shape::Declared, Shape::FailureChunked] {
        let (url, _) = server(shape).await;
        let client = Client::new(&url).unwrap();
        let error = Kept {}.send(&client).await.unwrap_err();
        assert!(error.is_too_large(), "{shape:?}: {error:?}");
        assert_eq!(error.body().map(<[u8]>::len), Some(64 * 1024), "{shape:?}");
        println!("{shape:?}, response = Bytes: {error}; peak +{} KiB", peak_kib() - start);
    }

    // A whole gibibyte read and dropped as it arrives: `response = ()`, with a
    // cap above it.
    let (url, written) = server(Shape::Chunked).await;
    let client = Client::builder(&url).max_response_size(2 * GIB).build().unwrap();
    let started = std::time::Instant::now();
    Dropped {}.send(&client).await.unwrap();
    assert_eq!(written.load(Ordering::Relaxed), GIB);
    println!(
        "Chunked, response = (): 1 GiB read in {:?}; peak +{} KiB",
        started.elapsed(),
        peak_kib() - start
    );

    // A page of a million `{}` (3 MB, under the cap) for a list of users of
    // eight fields: refused before it is decoded, asked for 100 a page or none.
    let (url, _) = million_empty_objects().await;
    let client = Client::new(&url).unwrap();
    for per_page in [Some(100), None] {
        let mut users = ListUsers { page: 0, per_page }.items(&client);
        let error = users.try_next().await.unwrap_err();
        assert!(matches!(error, restpoint::Error::Paging { .. }), "{error:?}");
        println!(
            "a page of 10^6 {{}}, per_page {per_page:?}: {error}; peak +{} KiB",
            peak_kib() - start
        );
    }

    let grown = peak_kib() - start;
    println!("peak memory: +{grown} KiB above the start (budget {BUDGET_KIB} KiB)");
    assert!(grown < BUDGET_KIB, "peak memory grew by {grown} KiB");
}
