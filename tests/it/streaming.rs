//! Answers read as they arrive, against raw TCP servers that hold the rest of
//! their answer until the test has seen the first part: chunks and events reach
//! the caller before the server has finished; a break after the first byte is an
//! error, never a second request; errors before the head are retried as a
//! `send`'s.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;
use restpoint::{Client, Error, endpoint};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

use crate::common::read_head;

#[endpoint(GET, "/releases/assets/<id>", response = Bytes,
           headers("Accept" = "application/octet-stream"))]
struct DownloadAsset {
    id: u64,
}

#[endpoint(POST, "/v1/chat/completions")]
struct ChatCompletions {
    model: String,
    stream: bool,
}

/// A server on 127.0.0.1 whose every connection `serve` answers; it counts the
/// requests.
async fn raw_server<F, Fut>(serve: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn(TcpStream, usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&requests);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            read_head(&mut stream).await;
            let n = count.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(serve(stream, n));
        }
    });
    (url, requests)
}

fn chunk(data: &[u8]) -> Vec<u8> {
    let mut framed = format!("{:x}\r\n", data.len()).into_bytes();
    framed.extend_from_slice(data);
    framed.extend_from_slice(b"\r\n");
    framed
}

#[tokio::test]
async fn the_first_chunk_arrives_before_the_server_has_finished() {
    let go_on = Arc::new(Notify::new());
    let server_go_on = Arc::clone(&go_on);
    let (url, requests) = raw_server(move |mut stream, _| {
        let go_on = Arc::clone(&server_go_on);
        async move {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n\
                        transfer-encoding: chunked\r\n\r\n";
            stream.write_all(head.as_bytes()).await.unwrap();
            stream.write_all(&chunk(b"first part;")).await.unwrap();
            // The rest only once the client has shown the first part.
            go_on.notified().await;
            stream.write_all(&chunk(b"second part")).await.unwrap();
            stream.write_all(b"0\r\n\r\n").await.unwrap();
        }
    })
    .await;
    let client = Client::new(&url).unwrap();
    let mut download = DownloadAsset { id: 7 }.stream(&client).await.unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/octet-stream");
    let first = tokio::time::timeout(Duration::from_secs(5), download.chunk()).await;
    assert_eq!(first.expect("the first chunk, before the rest").unwrap().unwrap(), "first part;");
    go_on.notify_one();
    let mut rest = Vec::new();
    while let Some(chunk) = download.chunk().await.unwrap() {
        rest.extend_from_slice(&chunk);
    }
    assert_eq!(rest, b"second part");
    assert_eq!(requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn server_sent_events_arrive_one_by_one() {
    let go_on = Arc::new(Notify::new());
    let server_go_on = Arc::clone(&go_on);
    let (url, _) = raw_server(move |mut stream, _| {
        let go_on = Arc::clone(&server_go_on);
        async move {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\
                        transfer-encoding: chunked\r\n\r\n";
            stream.write_all(head.as_bytes()).await.unwrap();
            let first = "id: 1\ndata: {\"delta\":\"Hel\"}\n\n";
            stream.write_all(&chunk(first.as_bytes())).await.unwrap();
            go_on.notified().await;
            // An event split across two chunks, a named event, the sentinel.
            stream.write_all(&chunk(b"data: {\"delta\":")).await.unwrap();
            stream.write_all(&chunk(b"\"lo\"}\n\n")).await.unwrap();
            stream.write_all(&chunk(b"event: usage\ndata: 12\nretry: 3000\n\n")).await.unwrap();
            stream.write_all(&chunk(b"data: [DONE]\n\n")).await.unwrap();
            stream.write_all(b"0\r\n\r\n").await.unwrap();
        }
    })
    .await;
    let client = Client::new(&url).unwrap();
    let request = ChatCompletions { model: "gpt-4o".into(), stream: true };
    let mut events = request.stream(&client).await.unwrap().events();
    let first = tokio::time::timeout(Duration::from_secs(5), events.try_next()).await;
    let first = first.expect("the first event, before the rest").unwrap().unwrap();
    assert_eq!((first.event.as_str(), first.id.as_str()), ("message", "1"));

    #[derive(serde::Deserialize)]
    struct Delta {
        delta: String,
    }
    assert_eq!(first.json::<Delta>().unwrap().delta, "Hel");
    go_on.notify_one();
    let second = events.try_next().await.unwrap().unwrap();
    assert_eq!(second.json::<Delta>().unwrap().delta, "lo");
    let usage = events.try_next().await.unwrap().unwrap();
    assert_eq!((usage.event.as_str(), usage.data.as_str()), ("usage", "12"));
    assert_eq!(usage.retry, Some(Duration::from_secs(3)));
    assert_eq!(events.try_next().await.unwrap().unwrap().data, "[DONE]");
    assert!(events.try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn a_break_after_the_first_byte_is_an_error_not_a_retry() {
    let (url, requests) = raw_server(|mut stream, _| async move {
        let head = "HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n";
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(&[b'x'; 100]).await.unwrap();
        // Gone, 900 bytes short.
    })
    .await;
    let client = Client::new(&url).unwrap();
    let mut download = DownloadAsset { id: 7 }.stream(&client).await.unwrap();
    let mut read = 0;
    let error = loop {
        match download.chunk().await {
            Ok(Some(chunk)) => read += chunk.len(),
            Ok(None) => panic!("a body 900 bytes short ended without an error"),
            Err(error) => break error,
        }
    };
    assert_eq!(read, 100);
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(error.route().unwrap().template, "/releases/assets/<id>");
    // Polled again, the body has ended: nothing is sent again.
    assert!(download.chunk().await.unwrap().is_none());
    assert_eq!(requests.load(Ordering::SeqCst), 1, "no second request");
}

#[tokio::test]
async fn before_the_head_a_stream_is_retried_like_a_send() {
    let (url, requests) = raw_server(|mut stream, n| async move {
        let answer: &[u8] = if n == 0 {
            b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 4\r\nretry-after: 0\r\n\r\nbusy"
        } else {
            b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello"
        };
        stream.write_all(answer).await.unwrap();
    })
    .await;
    let client = Client::new(&url).unwrap();
    let download = DownloadAsset { id: 7 }.stream(&client).await.unwrap();
    let path = std::env::temp_dir().join(format!("restpoint-stream-{}", std::process::id()));
    assert_eq!(download.save(&path).await.unwrap(), 5);
    assert_eq!(std::fs::read(&path).unwrap(), b"hello");
    std::fs::remove_file(&path).unwrap();
    assert_eq!(requests.load(Ordering::SeqCst), 2);

    // An answer outside `2xx` is the usual error, body kept.
    let (url, _) = raw_server(|mut stream, _| async move {
        let answer =
            "HTTP/1.1 404 Not Found\r\ncontent-length: 27\r\n\r\n{\"message\":\"no such asset\"}";
        stream.write_all(answer.as_bytes()).await.unwrap();
    })
    .await;
    let client = Client::new(&url).unwrap();
    let error = DownloadAsset { id: 7 }.stream(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.body(), Some(&b"{\"message\":\"no such asset\"}"[..]));
}

#[tokio::test]
async fn the_read_timeout_ends_a_stalled_body_and_no_total_timeout_cuts_a_flowing_one() {
    // 4 KiB every 100 ms for a second: slow, never stalled.
    let (url, _) = raw_server(|mut stream, _| async move {
        let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        stream.write_all(head.as_bytes()).await.unwrap();
        for _ in 0..10 {
            stream.write_all(&chunk(&[b'x'; 4096])).await.unwrap();
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        stream.write_all(b"0\r\n\r\n").await.unwrap();
    })
    .await;
    let client = Client::builder(&url)
        .timeout(Duration::from_millis(300))
        .read_timeout(Duration::from_millis(250))
        .build()
        .unwrap();
    let mut download = DownloadAsset { id: 7 }.stream(&client).await.unwrap();
    let mut sink = tokio::io::sink();
    assert_eq!(download.copy_to(&mut sink).await.unwrap(), 40960);

    // A first chunk, then silence.
    let (url, _) = raw_server(|mut stream, _| async move {
        let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(&chunk(b"a little")).await.unwrap();
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let client = Client::builder(&url).read_timeout(Duration::from_millis(200)).build().unwrap();
    let mut download = DownloadAsset { id: 7 }.stream(&client).await.unwrap();
    assert_eq!(download.chunk().await.unwrap().unwrap(), "a little");
    let error = download.chunk().await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}

#[test]
fn the_blocking_client_reads_as_it_arrives() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (url, _) = runtime.block_on(raw_server(|mut stream, _| async move {
        let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        stream.write_all(head.as_bytes()).await.unwrap();
        for n in 0..100u8 {
            stream.write_all(&chunk(&[n; 1000])).await.unwrap();
        }
        stream.write_all(b"0\r\n\r\n").await.unwrap();
    }));
    let client = restpoint::BlockingClient::new(&url).unwrap();
    let mut download = DownloadAsset { id: 7 }.stream_blocking(&client).unwrap();
    assert_eq!(download.status(), 200);
    let mut body = Vec::new();
    std::io::copy(&mut download, &mut body).unwrap();
    let expected: Vec<u8> = (0..100u8).flat_map(|n| [n; 1000]).collect();
    assert!(body == expected, "{} bytes where 100,000 were expected", body.len());
}

// Uploads read from disk as they are sent, and again for a retry.

#[endpoint(PUT, "/uploads/<name>", response = ())]
struct PutObject {
    name: String,
    #[body(content_type = "application/octet-stream")]
    file: restpoint::multipart::File,
}

#[endpoint(POST, "/api/v2/jobs/users-imports", body = multipart, idempotent)]
struct ImportUsers {
    users: restpoint::multipart::File,
    connection_id: String,
}

/// A file of `len` bytes that differ from their neighbours, in the temp dir.
fn file_of(name: &str, len: usize) -> (std::path::PathBuf, Vec<u8>) {
    let content: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
    let path = std::env::temp_dir().join(format!("restpoint-{}-{name}", std::process::id()));
    std::fs::write(&path, &content).unwrap();
    (path, content)
}

#[tokio::test]
async fn a_retried_upload_sends_the_same_bytes_twice_from_disk() {
    use crate::support::{Reply, Server};
    let (path, content) = file_of("object.bin", 3 * 1024 * 1024 + 17);
    // The first attempt is answered `503`, the second `200`.
    let attempts = AtomicUsize::new(0);
    let server = Server::start(move |_| match attempts.fetch_add(1, Ordering::SeqCst) {
        0 => Reply::empty(503).with_header("retry-after", "0"),
        _ => Reply::empty(200),
    })
    .await;
    let client = Client::new(server.url()).unwrap();
    let file = restpoint::multipart::File::open(&path, "application/octet-stream").unwrap();
    assert!(file.bytes().is_none(), "not read into memory");
    let request = PutObject { name: "object.bin".into(), file };
    let curl = client.to_curl(&request);
    assert!(curl.ends_with(&format!("--data-binary '@{}'", path.display())), "{curl}");
    request.send(&client).await.unwrap();
    let received = server.received();
    assert_eq!(received.len(), 2);
    for request in &received {
        assert!(
            request.body == content,
            "{} bytes where {} were sent",
            request.body.len(),
            content.len()
        );
        assert_eq!(request.header("content-length"), Some(content.len().to_string().as_str()));
        assert_eq!(request.header("transfer-encoding"), None);
    }
    std::fs::remove_file(&path).unwrap();
}

#[tokio::test]
async fn a_multipart_file_part_is_read_from_disk() {
    let (path, _) = file_of("users.json", 0);
    std::fs::write(&path, br#"[{"email":"ada@example.com","name":"Ada"}]"#).unwrap();
    let standin = auth0_standin::StandIn::start().await.unwrap();
    let client =
        Client::builder(standin.base_url()).bearer_auth(auth0_standin::TOKEN).build().unwrap();
    let users = restpoint::multipart::File::open(&path, "application/json").unwrap();
    let job = ImportUsers { users, connection_id: "con_standin0000001".into() }
        .send(&client)
        .await
        .unwrap();
    assert_eq!(job["type"], "users_import", "{job}");
    assert!(standin.users().iter().any(|user| user["email"] == "ada@example.com"));

    // A file that changed size since it was opened is an error, never a body of
    // another length.
    let users = restpoint::multipart::File::open(&path, "application/json").unwrap();
    std::fs::write(&path, b"[]").unwrap();
    let error = ImportUsers { users, connection_id: "con_standin0000001".into() }
        .send(&client)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.to_string().contains("changed since it was opened"), "{error}");
    std::fs::remove_file(&path).unwrap();
}
