//! The test kit, as a user's tests use it: code that calls endpoints, tested
//! without a server or a sleep. A 60 s `Retry-After` takes no wall time, and what
//! was sent is asserted from the mock.

use std::time::Duration;

use restpoint::mock::{Mock, MockResponse};
use restpoint::{Client, Error, endpoint};
use serde_json::{Value, json};

/// The user's declaration...
#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Value>)]
#[derive(Debug, Default)]
pub struct LinkUserAccount {
    pub id: String,
    pub provider: Option<String>,
    pub user_id: Option<String>,
    pub link_with: Option<String>,
}

/// ...and the user's own code under test.
async fn link_accounts(client: &Client, primary: &str, secondary: &str) -> Result<usize, Error> {
    let identities = LinkUserAccount {
        id: primary.into(),
        provider: Some("auth0".into()),
        user_id: Some(secondary.into()),
        ..Default::default()
    }
    .send(client)
    .await?;
    Ok(identities.len())
}

fn two_identities() -> Value {
    json!([
        {"provider": "auth0", "user_id": "1", "connection": "db", "isSocial": false},
        {"provider": "auth0", "user_id": "2", "connection": "db", "isSocial": false},
    ])
}

#[tokio::test(start_paused = true)]
async fn a_sixty_second_retry_after_takes_no_wall_time() {
    let mock = Mock::new();
    mock.on::<LinkUserAccount>().respond_in_order([
        MockResponse::new(429).header("retry-after", "60"),
        MockResponse::json(201, &two_identities()),
    ]);

    let (wall, clock) = (std::time::Instant::now(), tokio::time::Instant::now());
    assert_eq!(link_accounts(&mock.client(), "auth0|1", "auth0|2").await.unwrap(), 2);
    assert!(wall.elapsed() < Duration::from_secs(1), "{:?}", wall.elapsed());
    assert!(clock.elapsed() >= Duration::from_secs(60), "{:?}", clock.elapsed());

    let sent = mock.sent_to::<LinkUserAccount>();
    assert_eq!(sent.len(), 2);
    for (attempt, request) in (1..).zip(&sent) {
        assert_eq!(request.attempt(), attempt);
        assert_eq!(request.method(), "POST");
        assert_eq!(
            request.url(),
            "http://mock.restpoint.invalid/api/v2/users/auth0%7C1/identities"
        );
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(
            request.json::<Value>().unwrap(),
            json!({"provider": "auth0", "user_id": "auth0|2"})
        );
    }
}

#[test]
fn the_blocking_client_of_a_mock_runs_on_a_paused_clock() {
    let mock = Mock::new();
    mock.on::<LinkUserAccount>().respond_in_order([
        MockResponse::new(503).header("retry-after", "45"),
        MockResponse::json(201, &two_identities()),
    ]);
    let client = mock.blocking_client().unwrap();
    let wall = std::time::Instant::now();
    let request = LinkUserAccount {
        id: "auth0|1".into(),
        link_with: Some("jwt".into()),
        ..Default::default()
    };
    assert_eq!(request.send_blocking(&client).unwrap().len(), 2);
    assert!(wall.elapsed() < Duration::from_secs(1), "{:?}", wall.elapsed());
    assert_eq!(mock.sent().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn errors_timeouts_and_hooks_behave_as_on_the_network() {
    let mock = Mock::new();
    // Not scripted: an error that says how to script it.
    let error = link_accounts(&mock.client(), "a", "b").await.unwrap_err();
    assert!(
        error.to_string().contains("script one with `mock.on::<LinkUserAccount>()`"),
        "{error}"
    );

    // An error answer keeps status and body, as a server's would.
    let body = json!({"statusCode": 400, "error": "Bad Request", "message": "Invalid user_id"});
    mock.on::<LinkUserAccount>().respond(MockResponse::json(400, &body));
    let error = link_accounts(&mock.client(), "a", "b").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(serde_json::from_slice::<Value>(error.body().unwrap()).unwrap(), body);

    // A server slower than the read timeout (20 s by default) is a timeout.
    let slow = MockResponse::json(201, &two_identities()).after(Duration::from_secs(30));
    mock.on::<LinkUserAccount>().respond(slow);
    let error = link_accounts(&mock.client(), "a", "b").await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");

    // The client under test is built as the code builds it: hooks and credentials too.
    mock.on::<LinkUserAccount>().respond(MockResponse::json(201, &two_identities()));
    let client = mock.builder().bearer_auth("tok").build().unwrap();
    link_accounts(&client, "a", "b").await.unwrap();
    let last = mock.sent().pop().unwrap();
    assert_eq!(last.header("authorization"), Some("Bearer tok"));
    assert_eq!(last.endpoint(), "LinkUserAccount");
}

#[tokio::test(start_paused = true)]
async fn credentials_work_on_a_mock_and_their_token_request_can_be_scripted() {
    use restpoint::auth::ClientCredentials;
    let mock = Mock::new();
    mock.on::<LinkUserAccount>().respond(MockResponse::json(201, &two_identities()));
    let credentials = ClientCredentials::new("https://tenant.test/oauth/token", "id", "secret");
    let client = mock.builder().auth(credentials.clone()).build().unwrap();
    link_accounts(&client, "a", "b").await.unwrap();
    let sent = mock.sent();
    assert_eq!(sent[0].url(), "https://tenant.test/oauth/token");
    assert_eq!(sent[1].header("authorization"), Some("Bearer mock-token"));

    // A token endpoint that refuses: the call fails with the endpoint's answer.
    let refusing = Mock::new();
    refusing.on_token().respond(MockResponse::json(401, &json!({"error": "access_denied"})));
    let client = refusing.builder().auth(credentials).build().unwrap();
    let error = link_accounts(&client, "a", "b").await.unwrap_err();
    assert!(matches!(error, Error::Auth { .. }) && error.status().map(|s| s.as_u16()) == Some(401));
}

#[tokio::test(start_paused = true)]
async fn streams_and_pages_work_on_a_mock() {
    use restpoint::Page;

    #[endpoint(GET, "/api/v2/organizations", response = Organizations,
               paginate = checkpoint(from, take))]
    struct ListOrganizations {
        #[query]
        from: Option<String>,
        #[query]
        take: u32,
    }

    #[derive(serde::Deserialize, Page)]
    struct Organizations {
        #[page(items)]
        organizations: Vec<Value>,
        #[page(next)]
        next: Option<String>,
    }

    let mock = Mock::new();
    mock.on::<ListOrganizations>().respond_in_order([
        MockResponse::json(200, &json!({"organizations": [{"id": "org_1"}], "next": "b3JnXzI"})),
        MockResponse::new(503).header("retry-after", "30"),
        MockResponse::json(200, &json!({"organizations": [{"id": "org_2"}]})),
    ]);
    let client = mock.client();
    let mut organizations = ListOrganizations { from: None, take: 1 }.items(&client);
    let mut ids = Vec::new();
    while let Some(organization) = organizations.try_next().await.unwrap() {
        ids.push(organization["id"].as_str().unwrap().to_owned());
    }
    assert_eq!(ids, ["org_1", "org_2"]);
    let urls: Vec<String> = mock.sent().iter().map(|r| r.url().to_owned()).collect();
    assert_eq!(
        urls,
        [
            "http://mock.restpoint.invalid/api/v2/organizations?take=1",
            "http://mock.restpoint.invalid/api/v2/organizations?from=b3JnXzI&take=1",
            "http://mock.restpoint.invalid/api/v2/organizations?from=b3JnXzI&take=1",
        ]
    );

    // A streamed answer from a mock: its head, then its body as one chunk.
    mock.on::<LinkUserAccount>().respond(MockResponse::json(201, &two_identities()));
    let request = LinkUserAccount { id: "auth0|1".into(), ..Default::default() };
    let mut answer = request.stream(&client).await.unwrap();
    assert_eq!(answer.status(), 201);
    let body = answer.chunk().await.unwrap().unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap(), two_identities());
    assert!(answer.chunk().await.unwrap().is_none());
}

/// The mock's answers are read by the same code as the network's: the size cap
/// and the read timeout act on them, chunk by chunk.
#[tokio::test(start_paused = true)]
async fn the_size_cap_and_the_read_timeout_act_on_a_mocked_answer() {
    let identities = serde_json::to_vec(&two_identities()).unwrap();
    let big = {
        let mut body = b"[".to_vec();
        while body.len() < 300 * 1024 {
            body.extend_from_slice(&identities[1..identities.len() - 1]);
            body.push(b',');
        }
        body.extend_from_slice(&identities[1..]);
        body
    };
    let mock = Mock::new();
    let call = LinkUserAccount { id: "auth0|1".into(), ..Default::default() };

    // Over the cap, whole or in chunks: an error that keeps the first 64 KiB.
    for answer in [
        MockResponse::new(201).body(big.clone()),
        MockResponse::new(201).body(big.clone()).trickle(16 * 1024, Duration::from_millis(10)),
    ] {
        mock.on::<LinkUserAccount>().respond(answer);
        let client = mock.builder().max_response_size(256 * 1024).build().unwrap();
        match call.send(&client).await {
            Err(Error::TooLarge { limit, response, attempts, .. }) => {
                assert_eq!((limit, attempts), (256 * 1024, 1));
                assert_eq!(response.body().len(), 64 * 1024);
                assert_eq!(response.body()[..], big[..64 * 1024]);
            }
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    // A body that trickles 100 bytes every 30 s stalls: the read timeout (20 s,
    // each window must bring 1 KiB) ends it, on tokio's clock, and it is retried
    // no more than a network's answer would be (`POST`: not at all).
    mock.on::<LinkUserAccount>()
        .respond(MockResponse::new(201).body(big.clone()).trickle(100, Duration::from_secs(30)));
    let started = tokio::time::Instant::now();
    let error = call.send(&mock.client()).await.unwrap_err();
    assert!(
        matches!(&error, Error::Transport { source, attempts: 1, .. } if source.is_timeout()),
        "{error:?}"
    );
    assert_eq!(started.elapsed(), Duration::from_secs(20));

    // A body that moves fast enough is read to its end, however slow in total.
    mock.on::<LinkUserAccount>()
        .respond(MockResponse::new(201).body(big.clone()).trickle(2048, Duration::from_secs(15)));
    let client = mock.builder().max_response_size(1024 * 1024).build().unwrap();
    let started = tokio::time::Instant::now();
    let all = call.send(&client).await.unwrap();
    assert!(all.len() > 1000, "{}", all.len());
    assert!(started.elapsed() > Duration::from_secs(1800), "{:?}", started.elapsed());
}
