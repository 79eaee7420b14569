//! A transport of your own: record a session against the Auth0 stand-in through
//! reqwest, then replay it with no server at all. The client's hooks, retries and
//! limits are the same over both; only where the bytes come from changes.
//!
//! ```text
//! cargo run --example record_replay
//! ```

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use restpoint::hooks::{Call, Request};
use restpoint::transport::{Pending, ResponseBody, Transport};
use restpoint::{Client, TransportError, endpoint};
use serde_json::Value;

#[endpoint(GET, "/api/v2/users/<id>")]
pub struct GetUser<'a> {
    pub id: &'a str,
}

/// What was recorded: the status and body of each answer, by method and URL.
type Tape = Arc<Mutex<HashMap<(String, String), (u16, Bytes)>>>;

/// Sends through reqwest, and keeps every answer on the tape.
#[derive(Debug)]
struct Recorder {
    http: reqwest::Client,
    tape: Tape,
}

impl Transport for Recorder {
    fn send(&self, request: Request, _call: &Call<'_>) -> Pending {
        let key = (request.method().to_string(), request.url().to_owned());
        let (http, tape) = (self.http.clone(), self.tape.clone());
        Box::pin(async move {
            let failed = |e: reqwest::Error| TransportError::other(e.to_string());
            let response = http.execute(request.into_reqwest()).await.map_err(failed)?;
            let (status, headers) = (response.status(), response.headers().clone());
            // Read whole, to record; a recorder of large downloads would stream.
            let body = response.bytes().await.map_err(failed)?;
            let mut tape = tape.lock().unwrap_or_else(PoisonError::into_inner);
            tape.insert(key, (status.as_u16(), body.clone()));
            let mut answer = http::Response::new(ResponseBody::from(body));
            *answer.status_mut() = status;
            *answer.headers_mut() = headers;
            Ok(answer)
        })
    }
}

/// Answers from the tape; what it does not hold fails as a refused connection.
#[derive(Debug)]
struct Replayer(Tape);

impl Transport for Replayer {
    fn send(&self, request: Request, _call: &Call<'_>) -> Pending {
        let key = (request.method().to_string(), request.url().to_owned());
        let tape = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let answer = match tape.get(&key) {
            Some((status, body)) => {
                let mut answer = http::Response::new(ResponseBody::from(body.clone()));
                *answer.status_mut() = http::StatusCode::from_u16(*status).unwrap_or_default();
                Ok(answer)
            }
            None => {
                Err(TransportError::connect(format!("nothing recorded for {} {}", key.0, key.1)))
            }
        };
        Box::pin(std::future::ready(answer))
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = auth0_standin::Target::from_env().await?;
    let tape = Tape::default();

    let recorder = Recorder { http: reqwest::Client::new(), tape: tape.clone() };
    let live =
        Client::builder(&target.base_url).bearer_auth(&target.token).transport(recorder).build()?;
    let user: Value = GetUser { id: auth0_standin::PRIMARY_USER_ID }.send(&live).await?;
    println!(
        "recorded: {} ({})",
        user["email"],
        tape.lock().unwrap_or_else(PoisonError::into_inner).len()
    );

    // The same call, replayed: no server, the same answer.
    let replayed = Client::builder(&target.base_url).transport(Replayer(tape)).build()?;
    let again: Value = GetUser { id: auth0_standin::PRIMARY_USER_ID }.send(&replayed).await?;
    assert_eq!(again, user);
    println!("replayed: {}", again["email"]);

    // A call the tape does not hold fails as a refused connection would.
    let missing = GetUser { id: "auth0|nobody" }.send(&replayed).await.unwrap_err();
    println!("not recorded: {missing}");
    Ok(())
}
