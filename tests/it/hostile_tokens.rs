//! Hostile or careless token endpoints: lifetimes no clock can hold, lifetimes
//! as strings, floats, nothing or less than nothing; answers that carry a live
//! token into an error; a redirect to another origin; and what hooks and `Debug`
//! may see of the token calls.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use restpoint::auth::ClientCredentials;
use restpoint::hooks::{Call, Hook, Request};
use restpoint::{BlockingClient, BoxError, Client, Error, RedirectPolicy, endpoint};

use crate::support::{Received, Reply, Server};

const SECRET: &str = "client-secret-9c1d";
const LIVE: &str = "LIVE-access-token-5e2b";
const REFRESH: &str = "LIVE-refresh-token-77aa";
const ID: &str = "LIVE-id-token-31f0";

#[endpoint(GET, "/api/v2/users/<id>")]
struct GetUser {
    id: String,
}

fn user() -> GetUser {
    GetUser { id: "auth0|1".into() }
}

/// A server whose token endpoint answers `token_answer` (status and body) and
/// whose API accepts any bearer token; it counts the token requests.
async fn server(status: u16, token_answer: &'static str) -> (Server, Arc<AtomicUsize>) {
    let issued = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&issued);
    let server = Server::start(move |received: &Received| {
        if received.target == "/oauth/token" {
            count.fetch_add(1, Ordering::SeqCst);
            return Reply::bytes(status, token_answer)
                .with_header("content-type", "application/json");
        }
        match received.header("authorization") {
            Some(bearer) if bearer.starts_with("Bearer ") => Reply::json(200, "{}"),
            _ => Reply::json(401, "{}"),
        }
    })
    .await;
    (server, issued)
}

fn credentials(server: &Server) -> ClientCredentials {
    ClientCredentials::new(format!("{}/oauth/token", server.url()), "client-id", SECRET)
}

fn assert_masked(what: &str, text: &str) {
    for secret in [SECRET, LIVE, REFRESH, ID] {
        assert!(!text.contains(secret), "{what} shows {secret}:\n{text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lifetime_no_clock_can_hold_is_a_day_and_no_panic() {
    let answer = r#"{"access_token":"t","expires_in":18446744073709551615}"#;
    let (server, issued) = server(200, answer).await;
    let client = Client::builder(server.url()).auth(credentials(&server)).build().unwrap();
    user().send(&client).await.unwrap();
    user().send(&client).await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1);

    // The blocking client's runtime does not die of it either.
    let url = server.url();
    let blocking = tokio::task::spawn_blocking(move || {
        let credentials = ClientCredentials::new(format!("{url}/oauth/token"), "id", SECRET);
        let client = BlockingClient::builder(&url).auth(credentials).build_blocking().unwrap();
        user().send_blocking(&client).unwrap();
        user().send_blocking(&client).unwrap();
    });
    blocking.await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn lifetimes_as_strings_floats_or_negative_numbers_are_accepted() {
    for answer in [
        r#"{"access_token":"t","expires_in":"3600"}"#,
        r#"{"access_token":"t","expires_in":3599.5}"#,
        r#"{"access_token":"t","expires_in":-20}"#,
        r#"{"access_token":"t","expires_in":"soon"}"#,
        r#"{"access_token":"t"}"#,
    ] {
        let (server, issued) = server(200, answer).await;
        let client = Client::builder(server.url()).auth(credentials(&server)).build().unwrap();
        user().send(&client).await.unwrap_or_else(|e| panic!("{answer}: {e}"));
        user().send(&client).await.unwrap();
        assert_eq!(issued.load(Ordering::SeqCst), 1, "{answer}: one token for both calls");
    }
}

#[tokio::test]
async fn a_token_that_expires_at_once_is_used_for_a_second() {
    let (server, issued) = server(200, r#"{"access_token":"t","expires_in":0}"#).await;
    let client = Client::builder(server.url()).auth(credentials(&server)).build().unwrap();
    for _ in 0..5 {
        user().send(&client).await.unwrap();
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1, "one token, not one a call");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    user().send(&client).await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 2, "a new one after the second");
}

#[tokio::test]
async fn an_answer_that_does_not_decode_keeps_no_live_token() {
    // A trailing comma: not JSON, and the token is live.
    const ANSWER: &str = r#"{"access_token":"LIVE-access-token-5e2b","refresh_token" : "LIVE-refresh-token-77aa","id_token":"LIVE-id-token-31f0","expires_in":3600,}"#;
    let (server, _) = server(200, ANSWER).await;
    let client = Client::builder(server.url()).auth(credentials(&server)).build().unwrap();
    let error = user().send(&client).await.unwrap_err();
    assert!(
        matches!(&error, Error::Auth { source, .. } if matches!(**source, Error::Decode { .. }))
    );
    let body = String::from_utf8(error.body().unwrap().to_vec()).unwrap();
    assert_eq!(
        body,
        r#"{"access_token":"***","refresh_token" : "***","id_token":"***","expires_in":3600,}"#
    );
    assert_masked("the error's Display", &error.to_string());
    assert_masked("the error's Debug", &format!("{error:?}"));
}

#[tokio::test]
async fn a_refusal_in_a_form_keeps_no_token_either() {
    const ANSWER: &str =
        "error=slow_down&access_token=LIVE-access-token-5e2b&id_token=LIVE-id-token-31f0";
    let (server, _) = server(400, ANSWER).await;
    let client = Client::builder(server.url()).auth(credentials(&server)).build().unwrap();
    let error = user().send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(error.body().unwrap(), b"error=slow_down&access_token=***&id_token=***");
    assert_masked("the error's Debug", &format!("{error:?}"));
}

#[tokio::test]
async fn debug_masks_the_token_urls_credentials_and_query() {
    let credentials = ClientCredentials::new(
        "https://admin:LIVE-id-token-31f0@tenant.example/oauth/token?key=LIVE-refresh-token-77aa#x",
        "client-id",
        SECRET,
    );
    let shown = format!("{credentials:?}");
    assert_masked("ClientCredentials' Debug", &shown);
    assert!(shown.contains("https://***@tenant.example/oauth/token?key=***#***"), "{shown}");
    let client = Client::builder("https://tenant.example").auth(credentials).build().unwrap();
    assert_masked("the client's Debug", &format!("{client:?}"));
}

/// Records what hooks are shown.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<String>>>);

impl Hook for Seen {
    fn on_request(&self, call: &Call<'_>, request: &mut Request) -> Result<(), BoxError> {
        let body = request.body().map(|b| String::from_utf8_lossy(b).into_owned());
        self.0.lock().unwrap().push(format!("{} {}", call.template(), body.unwrap_or_default()));
        Ok(())
    }

    fn on_call_end(&self, call: &Call<'_>, outcome: Result<&http::Response<bytes::Bytes>, &Error>) {
        let body = outcome.map(|a| String::from_utf8_lossy(a.body()).into_owned());
        self.0.lock().unwrap().push(format!(
            "end {} {}",
            call.template(),
            body.unwrap_or_default()
        ));
    }
}

#[tokio::test]
async fn hooks_do_not_see_token_calls() {
    let (server, issued) = server(200, r#"{"access_token":"LIVE-access-token-5e2b"}"#).await;
    let seen = Seen::default();
    let client = Client::builder(server.url())
        .auth(credentials(&server))
        .hook(seen.clone())
        .build()
        .unwrap();
    user().send(&client).await.unwrap();
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    let seen = seen.0.lock().unwrap().clone();
    assert_eq!(seen, ["/api/v2/users/<id> ", "end /api/v2/users/<id> {}"]);
}

#[tokio::test]
async fn a_token_is_only_taken_from_the_token_urls_origin() {
    let (elsewhere, handed_out) = server(200, r#"{"access_token":"from-elsewhere"}"#).await;
    let target = format!("{}/oauth/token", elsewhere.url());
    let api = Server::start(move |received: &Received| {
        if received.target == "/oauth/token" {
            return Reply::empty(307).with_header("location", &target);
        }
        Reply::json(200, "{}")
    })
    .await;
    let client = Client::builder(api.url())
        .auth(credentials(&api))
        .redirects(RedirectPolicy::any_origin())
        .build()
        .unwrap();
    let error = user().send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Auth { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert_eq!(handed_out.load(Ordering::SeqCst), 0, "the other origin was not asked");
    assert_eq!(api.received().len(), 1, "no API call without a token");
}
