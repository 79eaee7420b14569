//! A raw TCP server on 127.0.0.1 that misbehaves on purpose: it resets the
//! connection before answering or in the middle of the body, connection after
//! connection as its script says, and counts the requests it saw.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// Reads the request, then resets the connection without a byte of answer.
    ResetBeforeResponse,
    /// Sends the status line, the headers and half the promised body, then resets.
    ResetMidBody,
    /// Answers `200 OK` with this JSON body.
    Json(&'static str),
}

pub struct RawServer {
    addr: SocketAddr,
    seen: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

/// Writes whatever it likes to a connection whose request it has read: the
/// request's number (from 0) and the stream.
pub type Handler =
    Arc<dyn Fn(usize, TcpStream) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

impl RawServer {
    /// Plays `script` one request at a time; the last behaviour repeats.
    pub async fn start(script: Vec<Behaviour>) -> RawServer {
        RawServer::serve(move |n, stream| {
            let behaviour = script.get(n).or(script.last()).cloned();
            behave(stream, behaviour)
        })
        .await
    }

    /// Answers each request with `answer(number, stream)`, on a task of its own.
    pub async fn serve<F, Fut>(answer: F) -> RawServer
    where
        F: Fn(usize, TcpStream) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let handler: Handler = Arc::new(move |n, stream| Box::pin(answer(n, stream)));
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let seen = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&seen);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (counter, handler) = (Arc::clone(&counter), Arc::clone(&handler));
                tokio::spawn(async move {
                    if read_request(&stream).await.is_some() {
                        let n = counter.fetch_add(1, Ordering::SeqCst);
                        handler(n, stream).await;
                    }
                });
            }
        });
        RawServer { addr, seen, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many requests arrived whole.
    pub fn seen(&self) -> usize {
        self.seen.load(Ordering::SeqCst)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one request (head and `Content-Length` body); `None` if the peer left.
async fn read_request(stream: &TcpStream) -> Option<Vec<u8>> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        stream.readable().await.ok()?;
        match stream.try_read(&mut buffer) {
            Ok(0) => return None,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(_) => return None,
        }
        let text = String::from_utf8_lossy(&request);
        if let Some(head_end) = text.find("\r\n\r\n") {
            let length = text[..head_end]
                .lines()
                .find_map(|line| {
                    line.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(str::trim)
                        .map(String::from)
                })
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            if request.len() >= head_end + 4 + length {
                return Some(request);
            }
        }
    }
}

async fn behave(mut stream: TcpStream, behaviour: Option<Behaviour>) {
    match behaviour {
        Some(Behaviour::Json(body)) => {
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(answer.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
        Some(Behaviour::ResetMidBody) => {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"half\":";
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_millis(20)).await;
            reset(stream);
        }
        Some(Behaviour::ResetBeforeResponse) | None => reset(stream),
    }
}

/// Closes with a TCP RST rather than a FIN: the peer sees "connection reset".
fn reset(stream: TcpStream) {
    let _ = stream.set_zero_linger();
    drop(stream);
}
