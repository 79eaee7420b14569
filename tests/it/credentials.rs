//! Credentials that renew themselves, against a loopback server that issues
//! numbered tokens at `/oauth/token` and checks them on the API: one fetch for
//! many concurrent calls, one more after expiry, one renewal and one resend after
//! a `401`, never a loop, and no secret anywhere.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use restpoint::auth::ClientCredentials;
use restpoint::{Client, Error, endpoint};

use crate::support::{Received, Reply, Server};

pub(crate) const SECRET: &str = "client-secret-7f3a";

#[endpoint(GET, "/api/v2/users/<id>")]
pub(crate) struct GetUser {
    pub(crate) id: String,
}

#[endpoint(POST, "/public/ping", auth = none)]
struct Ping {}

/// What the token server does.
#[derive(Clone, Copy)]
pub(crate) enum Api {
    /// Accepts the newest token only.
    NewestToken,
    /// Accepts any token it issued (processes that each hold their own).
    AnyIssued,
    /// Refuses every token.
    RefuseAll,
}

/// A token server and an API: numbered tokens (`tok-1`, `tok-2`, ...) from
/// `/oauth/token`, counted.
pub(crate) struct TokenServer {
    pub(crate) server: Server,
    issued: Arc<AtomicUsize>,
}

impl TokenServer {
    pub(crate) async fn start(lifetime: u64, api: Api) -> TokenServer {
        let issued = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&issued);
        let server = Server::start(move |received: &Received| {
            if received.target == "/oauth/token" {
                let n = count.fetch_add(1, Ordering::SeqCst) + 1;
                let body = format!(
                    r#"{{"access_token":"tok-{n}","expires_in":{lifetime},"token_type":"Bearer"}}"#
                );
                return Reply::json(200, &body);
            }
            let newest = format!("Bearer tok-{}", count.load(Ordering::SeqCst));
            match (api, received.header("authorization")) {
                (Api::NewestToken, Some(sent)) if sent == newest => Reply::json(200, "{}"),
                (Api::AnyIssued, Some(sent))
                    if issued_token(sent, count.load(Ordering::SeqCst)) =>
                {
                    Reply::json(200, "{}")
                }
                _ => Reply::json(401, r#"{"error":"invalid_token"}"#),
            }
        })
        .await;
        TokenServer { server, issued }
    }

    pub(crate) fn credentials(&self) -> ClientCredentials {
        ClientCredentials::new(format!("{}/oauth/token", self.server.url()), "client-id", SECRET)
            .audience("https://tenant/api/v2/")
    }

    fn client(&self) -> Client {
        Client::builder(self.server.url()).auth(self.credentials()).build().unwrap()
    }

    pub(crate) fn issued(&self) -> usize {
        self.issued.load(Ordering::SeqCst)
    }

    pub(crate) fn api_calls(&self) -> usize {
        self.server.received().iter().filter(|r| r.target != "/oauth/token").count()
    }
}

/// Whether `sent` is `Bearer tok-N` for a token issued so far.
fn issued_token(sent: &str, issued: usize) -> bool {
    sent.strip_prefix("Bearer tok-")
        .and_then(|n| n.parse::<usize>().ok())
        .is_some_and(|n| (1..=issued).contains(&n))
}

pub(crate) fn user() -> GetUser {
    GetUser { id: "auth0|1".into() }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_calls_fetch_one_token() {
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    let client = tokens.client();
    let calls = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { user().send(&client).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(tokens.issued(), 1);
    assert_eq!(tokens.api_calls(), 50);
    let form = tokens.server.received().into_iter().find(|r| r.target == "/oauth/token").unwrap();
    assert_eq!(
        form.body_text(),
        format!(
            "grant_type=client_credentials&client_id=client-id&client_secret={SECRET}\
             &audience=https%3A%2F%2Ftenant%2Fapi%2Fv2%2F"
        )
    );
    assert_eq!(form.header("content-type"), Some("application/x-www-form-urlencoded"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_is_renewed_before_it_expires_once_for_everyone() {
    // Two seconds of life: renewed a tenth of it (and up to a tenth of that
    // again) before it ends, at 1.78 s to 1.8 s.
    let tokens = TokenServer::start(2, Api::NewestToken).await;
    let client = tokens.client();
    user().send(&client).await.unwrap();
    user().send(&client).await.unwrap();
    assert_eq!(tokens.issued(), 1);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    user().send(&client).await.unwrap();
    assert_eq!(tokens.issued(), 1, "still in use at 1.5 s");
    tokio::time::sleep(Duration::from_millis(350)).await;
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { user().send(&client).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(tokens.issued(), 2);
}

#[tokio::test]
async fn a_401_renews_once_and_sends_once_more_never_a_loop() {
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    let client = tokens.client();
    user().send(&client).await.unwrap();
    // Another client of the same application renews: this client's token is refused.
    let other = tokens.client();
    user().send(&other).await.unwrap();
    assert_eq!(tokens.issued(), 2);
    user().send(&client).await.unwrap();
    assert_eq!(tokens.issued(), 3);
    assert_eq!(tokens.api_calls(), 4, "the refused call was sent again once");

    let refusing = TokenServer::start(86400, Api::RefuseAll).await;
    let client = refusing.client();
    let error = user().send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!((refusing.issued(), refusing.api_calls()), (2, 2));
}

#[tokio::test]
async fn a_token_that_cannot_be_had_is_an_error_that_keeps_the_answer() {
    let server = Server::start(|received: &Received| match received.target.as_str() {
        "/oauth/token" => {
            Reply::json(401, r#"{"error":"access_denied","error_description":"Unauthorized"}"#)
        }
        _ => Reply::json(200, "{}"),
    })
    .await;
    let credentials =
        ClientCredentials::new(format!("{}/oauth/token", server.url()), "client-id", SECRET);
    let client = Client::builder(server.url()).auth(credentials).build().unwrap();
    let error = user().send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Auth { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert!(String::from_utf8_lossy(error.body().unwrap()).contains("access_denied"));
    assert!(
        error.to_string().starts_with("GET /api/v2/users/<id>: could not get a token: "),
        "{error}"
    );
    assert_eq!(server.received().iter().filter(|r| r.target != "/oauth/token").count(), 0);
    for rendering in [error.to_string(), format!("{error:?}"), format!("{client:?}")] {
        assert!(!rendering.contains(SECRET), "{rendering}");
    }
}

#[tokio::test]
async fn auth_none_endpoints_never_carry_it_and_renderings_never_show_it() {
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    let client = tokens.client();
    Ping {}.send(&client).await.unwrap_err(); // the server wants a token there; none is sent
    assert_eq!(tokens.issued(), 0);
    let ping = tokens.server.single();
    assert_eq!(ping.header("authorization"), None);

    user().send(&client).await.unwrap();
    let shown = [format!("{client:?}"), client.to_curl(&user())];
    for rendering in shown {
        assert!(!rendering.contains(SECRET) && !rendering.contains("tok-1"), "{rendering}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blocking_client_and_a_client_of_ones_own_renew_the_same_way() {
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    let credentials =
        ClientCredentials::new(format!("{}/oauth/token", tokens.server.url()), "client-id", SECRET);
    let url = tokens.server.url();
    let blocking =
        restpoint::BlockingClient::builder(&url).auth(credentials.clone()).build_blocking();
    let blocking = blocking.unwrap();
    tokio::task::spawn_blocking(move || {
        user().send_blocking(&blocking).unwrap();
        user().send_blocking(&blocking).unwrap();
    })
    .await
    .unwrap();
    let own = Client::builder(&url)
        .reqwest_client(reqwest::Client::new())
        .auth(credentials)
        .build()
        .unwrap();
    user().send(&own).await.unwrap();
    assert_eq!(tokens.issued(), 2, "one per client");
    assert_eq!(tokens.api_calls(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_stand_in_issues_short_tokens_and_a_client_keeps_up() {
    // Tokens of the stand-in live one second; an expired one is Auth0's `401`.
    let standin = auth0_standin::StandIn::builder()
        .token_lifetime(Duration::from_secs(1))
        .start()
        .await
        .unwrap();
    let base = standin.base_url();
    let credentials = ClientCredentials::new(
        format!("{base}/oauth/token"),
        auth0_standin::CLIENT_ID,
        auth0_standin::CLIENT_SECRET,
    )
    .audience(format!("{base}/api/v2/"));
    let client = Client::builder(&base).auth(credentials).build().unwrap();
    let wave = |client: &Client| {
        let calls: Vec<_> = (0..50)
            .map(|_| {
                let client = client.clone();
                tokio::spawn(async move {
                    GetUser { id: auth0_standin::PRIMARY_USER_ID.into() }.send(&client).await
                })
            })
            .collect();
        async move {
            for call in calls {
                call.await.unwrap().unwrap();
            }
        }
    };
    wave(&client).await;
    assert_eq!(standin.tokens_issued(), 1, "50 concurrent sends, one token");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    wave(&client).await;
    assert_eq!(standin.tokens_issued(), 2, "after expiry, one more for the whole wave");
    assert_eq!(standin.requests("/api/v2/users/auth0%7C63d17c6a9d503d76c056c177"), 100);

    // A token kept past its life is refused as Auth0 does.
    let stale = Client::builder(&base).bearer_auth("standin-token-1").build().unwrap();
    let error =
        GetUser { id: auth0_standin::PRIMARY_USER_ID.into() }.send(&stale).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert!(String::from_utf8_lossy(error.body().unwrap()).contains("Expired token"));
}

#[tokio::test]
async fn the_token_is_taken_after_a_retry_wait_not_before_it() {
    // Tokens that live a second; the first call is told to wait two.
    let newest = Arc::new(std::sync::Mutex::new((0usize, std::time::Instant::now())));
    let (held, asked) = (Arc::clone(&newest), Arc::new(AtomicUsize::new(0)));
    let server = Server::start(move |received: &Received| {
        let mut newest = held.lock().unwrap();
        if received.target == "/oauth/token" {
            *newest = (newest.0 + 1, std::time::Instant::now());
            let body = format!(r#"{{"access_token":"tok-{}","expires_in":1}}"#, newest.0);
            return Reply::json(200, &body);
        }
        if asked.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(429, "{}").with_header("retry-after", "2");
        }
        let live = newest.1.elapsed() < Duration::from_secs(1);
        match received.header("authorization") {
            Some(sent) if live && sent == format!("Bearer tok-{}", newest.0) => {
                Reply::json(200, "{}")
            }
            _ => Reply::json(401, r#"{"error":"invalid_token"}"#),
        }
    })
    .await;
    let credentials =
        ClientCredentials::new(format!("{}/oauth/token", server.url()), "client-id", SECRET);
    let client = Client::builder(server.url()).auth(credentials).build().unwrap();
    user().send(&client).await.unwrap();
    // The retry carried a token taken after the wait, alive: no `401`, no third attempt.
    let sent: Vec<String> = server
        .received()
        .iter()
        .filter(|r| r.target != "/oauth/token")
        .map(|r| r.header("authorization").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(sent, ["Bearer tok-1", "Bearer tok-2"]);
    assert_eq!(newest.lock().unwrap().0, 2);
}
