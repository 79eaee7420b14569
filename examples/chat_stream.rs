//! Prints server-sent events as they come: an OpenAI-style chat completion with
//! `"stream": true` (`text/event-stream`, one `data:` JSON chunk a token, then
//! `data: [DONE]`), from a local server that sends a token every 150 ms.
//!
//! ```text
//! cargo run --example chat_stream
//! ```

use std::time::{Duration, Instant};

use restpoint::{Client, endpoint};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Serialize)]
pub struct Message {
    pub role: &'static str,
    pub content: String,
}

/// A chat completion, streamed.
#[endpoint(POST, "/v1/chat/completions")]
pub struct CreateChatCompletion {
    pub model: &'static str,
    pub messages: Vec<Message>,
    pub stream: bool,
}

/// One chunk of the answer.
#[derive(Deserialize)]
pub struct Chunk {
    pub choices: Vec<Choice>,
}

#[derive(Deserialize)]
pub struct Choice {
    pub delta: Delta,
}

#[derive(Deserialize)]
pub struct Delta {
    pub content: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = local_server().await?;
    let client = Client::builder(&base_url).bearer_auth("sk-local").build()?;
    let request = CreateChatCompletion {
        model: "gpt-4o-mini",
        messages: vec![Message { role: "user", content: "Say hello".into() }],
        stream: true,
    };
    let started = Instant::now();
    let mut events = request.stream(&client).await?.events();
    while let Some(event) = events.try_next().await? {
        if event.data == "[DONE]" {
            println!("[{:>4} ms] done", started.elapsed().as_millis());
            break;
        }
        let chunk: Chunk = event.json()?;
        let token = chunk.choices.first().and_then(|c| c.delta.content.as_deref()).unwrap_or("");
        println!("[{:>4} ms] {token:?}", started.elapsed().as_millis());
    }
    Ok(())
}

/// A server on 127.0.0.1 that streams five tokens, 150 ms apart.
async fn local_server() -> std::io::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                // The request's head and its JSON body, read and left unchecked.
                let mut buffer = [0u8; 4096];
                let _ = stream.read(&mut buffer).await;
                let head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\
                            transfer-encoding: chunked\r\n\r\n";
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let tokens = ["Hel", "lo", ",", " world", "!"];
                let events = tokens
                    .iter()
                    .map(|token| {
                        format!(
                            "data: {{\"choices\":[{{\"delta\":{{\"content\":\"{token}\"}}}}]}}\n\n"
                        )
                    })
                    .chain(["data: [DONE]\n\n".to_owned()]);
                for event in events {
                    tokio::time::sleep(Duration::from_millis(150)).await;
                    let framed = format!("{:x}\r\n{event}\r\n", event.len());
                    if stream.write_all(framed.as_bytes()).await.is_err() {
                        return;
                    }
                }
                let _ = stream.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    Ok(url)
}
