//! Every API, not only Auth0's: endpoints of GitHub, Stripe, Slack, Twilio, Google
//! and OpenAI declared as their public documentation describes them, each sent to
//! a loopback recorder and checked against the documented wire format: method,
//! raw path and query, headers, body bytes. No hand-written `Endpoint` impl, no
//! workaround field.

use bytes::Bytes;
use restpoint::{Client, ClientBuilder, Endpoint, endpoint};
use serde::Serialize;
use serde_json::{Value, json};

use crate::support::{Received, Reply, Server};

/// Sends `endpoint` with a client from `configure`, and returns what the server got.
async fn sent<E>(configure: impl FnOnce(&str) -> ClientBuilder, endpoint: &E) -> Received
where
    E: Endpoint,
{
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = configure(&server.url()).build().unwrap();
    // What was sent is the test; some response types cannot decode the recorder's `{}`.
    let _ = client.send(endpoint).await;
    server.single()
}

fn assert_sent(
    received: &Received,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &str,
) {
    assert_eq!(received.method, method, "{received:#?}");
    assert_eq!(received.target, target, "{received:#?}");
    for (name, value) in headers {
        assert_eq!(received.header(name), Some(*value), "{name} in {received:#?}");
    }
    assert_eq!(received.body_text(), body, "{received:#?}");
}

// GitHub: https://docs.github.com/en/rest

const GITHUB: [(&str, &str); 2] =
    [("accept", "application/vnd.github+json"), ("x-github-api-version", "2022-11-28")];

fn github(url: &str) -> ClientBuilder {
    Client::builder(url).bearer_auth("ghp_16C7e42F292c6912E7710c838347Ae178B4a")
}

/// Get repository content: `GET /repos/{owner}/{repo}/contents/{path}`.
#[endpoint(GET, "/repos/<owner>/<repo>/contents/<path..>",
           headers("Accept" = "application/vnd.github+json", "X-GitHub-Api-Version" = "2022-11-28"))]
struct GetContent {
    owner: String,
    repo: String,
    path: String,
    #[query]
    r#ref: Option<String>,
}

/// Create or update file contents: `PUT /repos/{owner}/{repo}/contents/{path}`.
#[endpoint(PUT, "/repos/<owner>/<repo>/contents/<path..>",
           headers("Accept" = "application/vnd.github+json", "X-GitHub-Api-Version" = "2022-11-28"))]
struct PutContent {
    owner: String,
    repo: String,
    path: String,
    message: String,
    content: String,
    sha: Option<String>,
    branch: Option<String>,
}

/// Get a release asset's bytes: `GET /repos/{owner}/{repo}/releases/assets/{asset_id}`
/// with `Accept: application/octet-stream`.
#[endpoint(GET, "/repos/<owner>/<repo>/releases/assets/<asset_id>", response = Bytes,
           headers("Accept" = "application/octet-stream", "X-GitHub-Api-Version" = "2022-11-28"))]
struct DownloadAsset {
    owner: String,
    repo: String,
    asset_id: u64,
}

/// Star a repository: `PUT /user/starred/{owner}/{repo}`, no body, `Content-Length: 0`.
#[endpoint(PUT, "/user/starred/<owner>/<repo>", response = (),
           headers("Accept" = "application/vnd.github+json", "X-GitHub-Api-Version" = "2022-11-28"))]
struct StarRepository {
    owner: String,
    repo: String,
}

/// List repository issues: `GET /repos/{owner}/{repo}/issues?state&labels&per_page`.
#[endpoint(GET, "/repos/<owner>/<repo>/issues",
           headers("Accept" = "application/vnd.github+json", "X-GitHub-Api-Version" = "2022-11-28"))]
struct ListIssues<'a> {
    owner: &'a str,
    repo: &'a str,
    #[query]
    state: &'a str,
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    labels: Option<Vec<&'a str>>,
    #[query]
    per_page: u8,
}

/// Create an issue: `POST /repos/{owner}/{repo}/issues`.
#[endpoint(POST, "/repos/<owner>/<repo>/issues", response = Value,
           headers("Accept" = "application/vnd.github+json", "X-GitHub-Api-Version" = "2022-11-28"))]
struct CreateIssue<'a> {
    owner: &'a str,
    repo: &'a str,
    title: &'a str,
    body: Option<&'a str>,
    labels: &'a [&'a str],
}

#[tokio::test]
async fn github_endpoints() {
    let get = GetContent {
        owner: "octocat".into(),
        repo: "hello-world".into(),
        path: "docs/api/READ ME.md".into(),
        r#ref: Some("main".into()),
    };
    let received = sent(github, &get).await;
    let auth = ("authorization", "Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a");
    let headers = [GITHUB[0], GITHUB[1], auth];
    assert_sent(
        &received,
        "GET",
        "/repos/octocat/hello-world/contents/docs/api/READ%20ME.md?ref=main",
        &headers,
        "",
    );

    let put = PutContent {
        owner: "octocat".into(),
        repo: "hello-world".into(),
        path: "notes/hello.txt".into(),
        message: "my commit message".into(),
        content: "bXkgbmV3IGZpbGUgY29udGVudHM=".into(),
        sha: None,
        branch: Some("main".into()),
    };
    assert_sent(
        &sent(github, &put).await,
        "PUT",
        "/repos/octocat/hello-world/contents/notes/hello.txt",
        &[GITHUB[0], ("content-type", "application/json")],
        r#"{"message":"my commit message","content":"bXkgbmV3IGZpbGUgY29udGVudHM=","branch":"main"}"#,
    );

    let asset = DownloadAsset { owner: "octocat".into(), repo: "hello-world".into(), asset_id: 1 };
    assert_sent(
        &sent(github, &asset).await,
        "GET",
        "/repos/octocat/hello-world/releases/assets/1",
        &[("accept", "application/octet-stream")],
        "",
    );

    let star = StarRepository { owner: "octocat".into(), repo: "hello-world".into() };
    let received = sent(github, &star).await;
    assert_sent(
        &received,
        "PUT",
        "/user/starred/octocat/hello-world",
        &[("content-length", "0")],
        "",
    );

    let issues = ListIssues {
        owner: "octocat",
        repo: "hello-world",
        state: "open",
        labels: Some(vec!["bug", "ui"]),
        per_page: 100,
    };
    assert_sent(
        &sent(github, &issues).await,
        "GET",
        "/repos/octocat/hello-world/issues?state=open&labels=bug%2Cui&per_page=100",
        &GITHUB,
        "",
    );
    // No labels, or an empty list: no `labels` at all.
    for labels in [None, Some(vec![])] {
        let issues = ListIssues { labels, ..issues };
        let received = sent(github, &issues).await;
        assert_eq!(received.target, "/repos/octocat/hello-world/issues?state=open&per_page=100");
    }

    let create = CreateIssue {
        owner: "octocat",
        repo: "hello-world",
        title: "Found a bug",
        body: Some("I'm having a problem with this."),
        labels: &["bug"],
    };
    assert_sent(
        &sent(github, &create).await,
        "POST",
        "/repos/octocat/hello-world/issues",
        &[("content-type", "application/json")],
        r#"{"title":"Found a bug","body":"I'm having a problem with this.","labels":["bug"]}"#,
    );
}

// Stripe: https://docs.stripe.com/api. The secret key is the Basic user name.

fn stripe(url: &str) -> ClientBuilder {
    Client::builder(url).basic_auth("sk_test_4eC39HqLyjWDarjtT1zdp7dc", None::<&str>)
}

/// base64("sk_test_4eC39HqLyjWDarjtT1zdp7dc:")
const STRIPE_AUTH: (&str, &str) =
    ("authorization", "Basic c2tfdGVzdF80ZUMzOUhxTHlqV0Rhcmp0VDF6ZHA3ZGM6");

/// Create a customer: `POST /v1/customers`, a form.
#[endpoint(POST, "/v1/customers", body = form)]
struct CreateCustomer<'a> {
    email: &'a str,
    name: Option<&'a str>,
    description: Option<&'a str>,
    #[header("Idempotency-Key")]
    idempotency_key: &'a str,
}

/// Retrieve a customer: `GET /v1/customers/{id}`.
#[endpoint(GET, "/v1/customers/<id>")]
struct GetCustomer<'a> {
    id: &'a str,
}

/// Delete a customer: `DELETE /v1/customers/{id}`.
#[endpoint(DELETE, "/v1/customers/<id>")]
struct DeleteCustomer<'a> {
    id: &'a str,
}

/// List customers: `GET /v1/customers?limit&starting_after`.
#[endpoint(GET, "/v1/customers")]
struct ListCustomers<'a> {
    #[query]
    limit: u8,
    #[query]
    starting_after: Option<&'a str>,
}

#[tokio::test]
async fn stripe_endpoints() {
    let create = CreateCustomer {
        email: "jenny.rosen@example.com",
        name: Some("Jenny Rosen"),
        description: None,
        idempotency_key: "KG5LxwFBepaKHyUD",
    };
    assert_sent(
        &sent(stripe, &create).await,
        "POST",
        "/v1/customers",
        &[
            STRIPE_AUTH,
            ("content-type", "application/x-www-form-urlencoded"),
            ("idempotency-key", "KG5LxwFBepaKHyUD"),
        ],
        "email=jenny.rosen%40example.com&name=Jenny+Rosen",
    );
    let get = GetCustomer { id: "cus_NffrFeUfNV2Hib" };
    assert_sent(
        &sent(stripe, &get).await,
        "GET",
        "/v1/customers/cus_NffrFeUfNV2Hib",
        &[STRIPE_AUTH],
        "",
    );
    let delete = DeleteCustomer { id: "cus_NffrFeUfNV2Hib" };
    let received = sent(stripe, &delete).await;
    assert_sent(&received, "DELETE", "/v1/customers/cus_NffrFeUfNV2Hib", &[STRIPE_AUTH], "");
    let list = ListCustomers { limit: 3, starting_after: Some("cus_NffrFeUfNV2Hib") };
    assert_sent(
        &sent(stripe, &list).await,
        "GET",
        "/v1/customers?limit=3&starting_after=cus_NffrFeUfNV2Hib",
        &[STRIPE_AUTH],
        "",
    );
}

// Slack: https://api.slack.com/methods

fn slack(url: &str) -> ClientBuilder {
    Client::builder(url).bearer_auth("xoxb-1234-5678-abcdef")
}

/// `POST /api/chat.postMessage`, JSON.
#[endpoint(POST, "/api/chat.postMessage")]
struct PostMessage<'a> {
    channel: &'a str,
    text: &'a str,
    thread_ts: Option<&'a str>,
}

/// `GET /api/conversations.list?types&limit`.
#[endpoint(GET, "/api/conversations.list")]
struct ListConversations {
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    types: Vec<&'static str>,
    #[query]
    limit: u16,
}

#[tokio::test]
async fn slack_endpoints() {
    let post = PostMessage { channel: "C123ABC456", text: "Hello, world", thread_ts: None };
    assert_sent(
        &sent(slack, &post).await,
        "POST",
        "/api/chat.postMessage",
        &[("authorization", "Bearer xoxb-1234-5678-abcdef"), ("content-type", "application/json")],
        r#"{"channel":"C123ABC456","text":"Hello, world"}"#,
    );
    let list = ListConversations { types: vec!["public_channel", "private_channel"], limit: 200 };
    assert_sent(
        &sent(slack, &list).await,
        "GET",
        "/api/conversations.list?types=public_channel%2Cprivate_channel&limit=200",
        &[],
        "",
    );
}

// Twilio: https://www.twilio.com/docs/messaging/api/message-resource. The account
// SID and auth token are the Basic user name and password.

/// `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, a form of `To`, `From`, `Body`.
#[endpoint(POST, "/2010-04-01/Accounts/<account_sid>/Messages.json", body = form)]
#[serde(rename_all = "PascalCase")]
struct SendSms<'a> {
    account_sid: &'a str,
    to: &'a str,
    from: &'a str,
    body: &'a str,
}

#[tokio::test]
async fn twilio_endpoints() {
    let sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    let configure = |url: &str| Client::builder(url).basic_auth(sid, Some("your_auth_token"));
    let sms =
        SendSms { account_sid: sid, to: "+15558675310", from: "+15017122661", body: "Hi there" };
    assert_sent(
        &sent(configure, &sms).await,
        "POST",
        "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages.json",
        &[
            // base64("ACXX...XX:your_auth_token")
            (
                "authorization",
                "Basic QUNYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWDp5b3VyX2F1dGhfdG9rZW4=",
            ),
            ("content-type", "application/x-www-form-urlencoded"),
        ],
        "To=%2B15558675310&From=%2B15017122661&Body=Hi+there",
    );
}

// Google: resource names span segments (`projects/p/locations/l`), custom methods
// follow a `:`, and the OAuth token endpoint takes no credentials of the client's.

fn google(url: &str) -> ClientBuilder {
    Client::builder(url).bearer_auth("ya29.a0AfH6SMBx")
}

/// `GET https://cloudresourcemanager.googleapis.com/v3/{name=projects/*}`.
#[endpoint(GET, "/v3/<name..>")]
struct GetProject<'a> {
    name: &'a str,
}

/// `POST https://longrunning.googleapis.com/v1/{name=operations/**}:cancel`, no body.
#[endpoint(POST, "/v1/<name..>:cancel", response = ())]
struct CancelOperation<'a> {
    name: &'a str,
}

/// `POST https://oauth2.googleapis.com/token` (refresh): a form, and never the
/// client's bearer token.
#[endpoint(POST, "/token", body = form, auth = none)]
struct RefreshToken<'a> {
    client_id: &'a str,
    client_secret: &'a str,
    refresh_token: &'a str,
    grant_type: &'a str,
}

#[tokio::test]
async fn google_apis() {
    let project = GetProject { name: "projects/my-project-123" };
    let bearer = ("authorization", "Bearer ya29.a0AfH6SMBx");
    assert_sent(&sent(google, &project).await, "GET", "/v3/projects/my-project-123", &[bearer], "");
    let cancel = CancelOperation { name: "operations/projects/p/locations/us-central1/op-1" };
    assert_sent(
        &sent(google, &cancel).await,
        "POST",
        "/v1/operations/projects/p/locations/us-central1/op-1:cancel",
        &[("content-length", "0")],
        "",
    );
    let refresh = RefreshToken {
        client_id: "1234.apps.googleusercontent.com",
        client_secret: "GOCSPX-secret",
        refresh_token: "1//0refresh",
        grant_type: "refresh_token",
    };
    let received = sent(google, &refresh).await;
    assert_sent(
        &received,
        "POST",
        "/token",
        &[("content-type", "application/x-www-form-urlencoded")],
        "client_id=1234.apps.googleusercontent.com&client_secret=GOCSPX-secret\
         &refresh_token=1%2F%2F0refresh&grant_type=refresh_token",
    );
    assert_eq!(received.header("authorization"), None, "{received:#?}");
}

// OpenAI: https://platform.openai.com/docs/api-reference

fn openai(url: &str) -> ClientBuilder {
    Client::builder(url).bearer_auth("sk-proj-abc123").header("OpenAI-Organization", "org-123")
}

#[derive(Serialize)]
struct Message<'a> {
    role: &'a str,
    content: &'a str,
}

/// `POST /v1/chat/completions`.
#[endpoint(POST, "/v1/chat/completions")]
struct CreateChatCompletion<'a> {
    model: &'a str,
    messages: Vec<Message<'a>>,
    temperature: Option<f32>,
}

/// `GET /v1/models`.
#[endpoint(GET, "/v1/models")]
struct ListModels {}

/// `GET /v1/models/{model}`.
#[endpoint(GET, "/v1/models/<model>")]
struct GetModel<'a> {
    model: &'a str,
}

/// `DELETE /v1/files/{file_id}`.
#[endpoint(DELETE, "/v1/files/<file_id>")]
struct DeleteFile<'a> {
    file_id: &'a str,
}

/// `POST /v1/embeddings`.
#[endpoint(POST, "/v1/embeddings")]
struct CreateEmbedding<'a> {
    model: &'a str,
    input: &'a str,
}

#[tokio::test]
async fn openai_api() {
    let headers = [("authorization", "Bearer sk-proj-abc123"), ("openai-organization", "org-123")];
    let chat = CreateChatCompletion {
        model: "gpt-4o",
        messages: vec![Message { role: "user", content: "Hello!" }],
        temperature: Some(0.5),
    };
    assert_sent(
        &sent(openai, &chat).await,
        "POST",
        "/v1/chat/completions",
        &headers,
        r#"{"model":"gpt-4o","messages":[{"role":"user","content":"Hello!"}],"temperature":0.5}"#,
    );
    assert_sent(&sent(openai, &ListModels {}).await, "GET", "/v1/models", &headers, "");
    let model = GetModel { model: "gpt-4o-mini" };
    assert_sent(&sent(openai, &model).await, "GET", "/v1/models/gpt-4o-mini", &headers, "");
    let delete = DeleteFile { file_id: "file-abc123" };
    assert_sent(&sent(openai, &delete).await, "DELETE", "/v1/files/file-abc123", &headers, "");
    let embedding =
        CreateEmbedding { model: "text-embedding-3-small", input: "The food was delicious" };
    assert_sent(
        &sent(openai, &embedding).await,
        "POST",
        "/v1/embeddings",
        &headers,
        r#"{"model":"text-embedding-3-small","input":"The food was delicious"}"#,
    );
}

#[tokio::test]
async fn an_explicit_content_type_wins_over_the_bodys() {
    /// GitHub's and Kubernetes' `merge-patch+json`: the body is JSON, the type says more.
    #[endpoint(PATCH, "/objects/<id>", headers("Content-Type" = "application/merge-patch+json"))]
    struct MergePatch<'a> {
        id: &'a str,
        labels: Value,
    }
    let patch = MergePatch { id: "o-1", labels: json!({"tier": null}) };
    let received = sent(|url| Client::builder(url), &patch).await;
    assert_eq!(received.headers.get_all("content-type").iter().count(), 1);
    assert_sent(
        &received,
        "PATCH",
        "/objects/o-1",
        &[("content-type", "application/merge-patch+json")],
        r#"{"labels":{"tier":null}}"#,
    );
}

type Blob = Bytes;
type Page = String;

#[endpoint(GET, "/blob", response = Vec<u8>)]
struct GetVec {}

#[endpoint(GET, "/blob", response = Blob, format = raw)]
struct GetBlob {}

#[endpoint(GET, "/blob", response = Page, format = text)]
struct GetPage {}

#[tokio::test]
async fn response_kinds_follow_the_type_or_the_declared_format() {
    let body = b"\x00\x01not json\xff".to_vec();
    let server = Server::replying(Reply::bytes(200, body.clone())).await;
    let client = Client::new(server.url()).unwrap();
    assert_eq!(GetVec {}.send(&client).await.unwrap(), body);
    assert_eq!(GetBlob {}.send(&client).await.unwrap(), body);
    // Not UTF-8: a decode error that keeps the bytes.
    let error = GetPage {}.send(&client).await.unwrap_err();
    assert_eq!(error.body(), Some(&body[..]));
    let server = Server::replying(Reply::bytes(200, "<html>plain</html>")).await;
    let client = Client::new(server.url()).unwrap();
    assert_eq!(GetPage {}.send(&client).await.unwrap(), "<html>plain</html>");
}

// Slack answers failures as `200 {"ok":false,"error":"..."}`.

#[derive(Debug, serde::Deserialize)]
struct SlackError {
    error: String,
}

fn slack_ok(answer: &http::Response<Bytes>) -> bool {
    #[derive(serde::Deserialize)]
    struct Ok {
        ok: bool,
    }
    serde_json::from_slice::<Ok>(answer.body()).is_ok_and(|body| body.ok)
}

#[endpoint(POST, "/api/chat.postMessage", error = SlackError, check = slack_ok)]
struct PostCheckedMessage<'a> {
    channel: &'a str,
    text: &'a str,
}

#[tokio::test]
async fn a_failure_inside_a_2xx_is_an_error_when_declared() {
    let failed = r#"{"ok":false,"error":"channel_not_found"}"#;
    let server = Server::replying(Reply::json(200, failed)).await;
    let client = slack(&server.url()).build().unwrap();
    let message = PostCheckedMessage { channel: "C0000", text: "hi" };
    let error = message.send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(
        error.api_error::<SlackError>().map(|e| e.error.as_str()),
        Some("channel_not_found")
    );
    assert_eq!(error.body(), Some(failed.as_bytes()));
    assert_eq!(server.received().len(), 1, "not retried");

    let server = Server::replying(Reply::json(200, r#"{"ok":true,"ts":"1.2"}"#)).await;
    let client = slack(&server.url()).build().unwrap();
    assert_eq!(message.send(&client).await.unwrap(), json!({"ok": true, "ts": "1.2"}));
}

// Conditional requests: GitHub answers `304` to an `If-None-Match` that still holds,
// and such answers do not count against its rate limit.

#[endpoint(GET, "/repos/<owner>/<repo>", response = restpoint::Conditional<Value>,
           headers("Accept" = "application/vnd.github+json"))]
struct GetRepository<'a> {
    owner: &'a str,
    repo: &'a str,
    #[header("If-None-Match")]
    if_none_match: Option<&'a str>,
}

#[tokio::test]
async fn a_not_modified_answer_is_told_apart_with_its_etag() {
    use restpoint::Conditional;
    let server = Server::start(|received| match received.header("if-none-match") {
        Some("\"v1\"") => Reply::empty(304).with_header("etag", "\"v1\""),
        _ => Reply::json(200, r#"{"id":1296269}"#)
            .with_header("etag", "\"v1\"")
            .with_header("last-modified", "Tue, 25 Nov 2025 04:00:10 GMT"),
    })
    .await;
    let client = github(&server.url()).build().unwrap();
    let fresh = GetRepository { owner: "octocat", repo: "hello-world", if_none_match: None };
    let answer = fresh.send(&client).await.unwrap();
    assert_eq!(
        answer,
        Conditional::Modified {
            value: json!({"id": 1296269}),
            etag: Some("\"v1\"".into()),
            last_modified: Some("Tue, 25 Nov 2025 04:00:10 GMT".into()),
        }
    );
    let again = GetRepository { if_none_match: answer.etag(), ..fresh };
    let answer = again.send(&client).await.unwrap();
    assert_eq!(answer, Conditional::NotModified { etag: Some("\"v1\"".into()) });
    assert_eq!(server.received()[1].header("if-none-match"), Some("\"v1\""));

    // Without `Conditional`, a 304 stays an error that keeps its status.
    let server = Server::replying(Reply::empty(304).with_header("etag", "\"v1\"")).await;
    let client = github(&server.url()).build().unwrap();
    let get = GetContent { owner: "o".into(), repo: "r".into(), path: "p".into(), r#ref: None };
    let error = get.send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(304));
}

// Stripe's nested forms: `metadata[order_id]=6735&address[city]=Berlin`.

#[derive(Serialize)]
struct Address<'a> {
    city: &'a str,
    country: Option<&'a str>,
}

#[derive(Serialize)]
struct LineItem<'a> {
    price: &'a str,
    quantity: u32,
}

/// `POST /v1/customers` with `metadata` and `address`.
#[endpoint(POST, "/v1/customers", body = form)]
struct CreateCustomerWithDetails<'a> {
    email: &'a str,
    metadata: std::collections::BTreeMap<&'a str, &'a str>,
    address: Option<Address<'a>>,
}

/// `POST /v1/checkout/sessions`: arrays of objects, indexed; `expand[]` style lists.
#[endpoint(POST, "/v1/checkout/sessions", body = form)]
struct CreateCheckoutSession<'a> {
    mode: &'a str,
    success_url: &'a str,
    line_items: Vec<LineItem<'a>>,
    payment_method_types: Vec<&'a str>,
    /// Stripe's `expand[]`: which related objects to answer with whole.
    expand: Vec<&'a str>,
}

#[tokio::test]
async fn stripe_nested_forms() {
    let customer = CreateCustomerWithDetails {
        email: "a@b.c",
        metadata: [("order_id", "6735")].into_iter().collect(),
        address: Some(Address { city: "Berlin", country: None }),
    };
    assert_sent(
        &sent(stripe, &customer).await,
        "POST",
        "/v1/customers",
        &[STRIPE_AUTH, ("content-type", "application/x-www-form-urlencoded")],
        "email=a%40b.c&metadata%5Border_id%5D=6735&address%5Bcity%5D=Berlin",
    );
    let session = CreateCheckoutSession {
        mode: "payment",
        success_url: "https://example.com/success",
        line_items: vec![
            LineItem { price: "price_1MotwRLkdIwHu7ixYcPLm5uZ", quantity: 2 },
            LineItem { price: "price_2", quantity: 1 },
        ],
        payment_method_types: vec!["card", "sepa_debit"],
        expand: vec!["line_items", "customer"],
    };
    assert_sent(
        &sent(stripe, &session).await,
        "POST",
        "/v1/checkout/sessions",
        &[STRIPE_AUTH],
        "mode=payment&success_url=https%3A%2F%2Fexample.com%2Fsuccess\
         &line_items%5B0%5D%5Bprice%5D=price_1MotwRLkdIwHu7ixYcPLm5uZ&line_items%5B0%5D%5Bquantity%5D=2\
         &line_items%5B1%5D%5Bprice%5D=price_2&line_items%5B1%5D%5Bquantity%5D=1\
         &payment_method_types%5B%5D=card&payment_method_types%5B%5D=sepa_debit\
         &expand%5B%5D=line_items&expand%5B%5D=customer",
    );
}

#[tokio::test]
async fn a_header_for_one_call_wins_over_the_endpoints_and_the_clients() {
    use restpoint::CallOptions;
    use restpoint::http::{HeaderName, HeaderValue};
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = openai(&server.url()).build().unwrap();
    let options = CallOptions::new()
        .header(HeaderName::from_static("openai-beta"), HeaderValue::from_static("assistants=v2"))
        .header(HeaderName::from_static("openai-organization"), HeaderValue::from_static("org-9"));
    ListModels {}.send_with(&client, options).await.unwrap();
    ListModels {}.send(&client).await.unwrap();
    let received = server.received();
    assert_eq!(received[0].header("openai-beta"), Some("assistants=v2"));
    assert_eq!(received[0].header("openai-organization"), Some("org-9"));
    assert_eq!(received[0].headers.get_all("openai-organization").iter().count(), 1);
    // The next call is back to the client's.
    assert_eq!(received[1].header("openai-beta"), None);
    assert_eq!(received[1].header("openai-organization"), Some("org-123"));
}

/// Discord's message create, to test rate limits against.
#[endpoint(POST, "/channels/<channel_id>/messages")]
#[derive(Default)]
struct CreateMessage {
    channel_id: String,
    content: String,
}

/// How long the call waited before its second attempt, on tokio's paused clock,
/// when the first answer is a `429` with `headers` and `body`.
async fn waited(
    configure: impl FnOnce(ClientBuilder) -> ClientBuilder,
    headers: &[(&str, &str)],
    body: &str,
) -> std::time::Duration {
    use restpoint::mock::{Mock, MockResponse};
    let mock = Mock::new();
    let limited = headers
        .iter()
        .fold(MockResponse::new(429).body(body.to_owned()), |answer, (name, value)| {
            answer.header(name, value)
        });
    mock.on::<CreateMessage>().respond_in_order([limited, MockResponse::json(200, &json!({}))]);
    let client = configure(mock.builder()).build().unwrap();
    let started = tokio::time::Instant::now();
    let message = CreateMessage { channel_id: "1".into(), content: "hi".into() };
    message.send(&client).await.unwrap();
    assert_eq!(mock.sent_to::<CreateMessage>().len(), 2);
    started.elapsed()
}

/// Rate limits as Discord, OpenAI and GitHub say them: the wait is what the most
/// precise header asks, within 50 ms (the backoff's floor aside), on a paused clock.
#[tokio::test(start_paused = true)]
async fn rate_limit_waits_read_what_servers_say() {
    use std::time::Duration;
    let within = |waited: Duration, asked: Duration| {
        assert!(
            waited >= asked && waited <= asked + Duration::from_millis(50),
            "waited {waited:?}, asked {asked:?}"
        );
    };
    let fast = |builder: ClientBuilder| {
        builder.retry(
            restpoint::RetryPolicy::new()
                .backoff(Duration::from_millis(1), Duration::from_millis(1)),
        )
    };
    // Discord: only a fractional `x-ratelimit-reset-after`.
    within(
        waited(fast, &[("x-ratelimit-reset-after", "0.8")], "").await,
        Duration::from_millis(800),
    );
    // Discord with both: `Retry-After` rounded up to 2, the precise 1.05 wins.
    let both = [("retry-after", "2"), ("x-ratelimit-reset-after", "1.050")];
    within(waited(fast, &both, "").await, Duration::from_millis(1050));
    // OpenAI: Go durations, the longer of requests and tokens.
    let openai = [("x-ratelimit-reset-requests", "120ms"), ("x-ratelimit-reset-tokens", "1.5s")];
    within(waited(fast, &openai, "").await, Duration::from_millis(1500));
    // A fractional Unix time (GitHub-style `x-ratelimit-reset`), 0.75 s ahead.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    let reset = format!("{:.3}", (now + Duration::from_millis(750)).as_secs_f64());
    let waited_for = waited(fast, &[("x-ratelimit-reset", &reset)], "").await;
    assert!(
        waited_for >= Duration::from_millis(700) && waited_for <= Duration::from_millis(800),
        "{waited_for:?}"
    );
    // Discord's body, through a policy set once on the client.
    let from_body = |builder: ClientBuilder| {
        let policy = restpoint::RetryPolicy::new()
            .backoff(Duration::from_millis(1), Duration::from_millis(1))
            .wait_from(|answer| {
                let body: Value = serde_json::from_slice(answer.body()).ok()?;
                Duration::try_from_secs_f64(body["retry_after"].as_f64()?).ok()
            });
        builder.retry(policy)
    };
    let body =
        r#"{"message": "You are being rate limited.", "retry_after": 0.64, "global": false}"#;
    within(waited(from_body, &[], body).await, Duration::from_millis(640));
}

/// Google Cloud Storage's simple upload: `uploadType=media` is a constant of the
/// endpoint, not a field every caller must fill.
/// `POST https://storage.googleapis.com/upload/storage/v1/b/{bucket}/o?uploadType=media&name=...`
#[endpoint(POST, "/upload/storage/v1/b/<bucket>/o", query("uploadType" = "media"))]
struct UploadObject<'a> {
    bucket: &'a str,
    #[query]
    name: &'a str,
    #[body(content_type = "text/plain")]
    data: &'a str,
}

/// Its download: `alt=media`, and no field in the query at all.
/// `GET https://storage.googleapis.com/storage/v1/b/{bucket}/o/{object}?alt=media`
#[endpoint(GET, "/storage/v1/b/<bucket>/o/<object>", query("alt" = "media"), response = String)]
struct DownloadObject<'a> {
    bucket: &'a str,
    object: &'a str,
}

#[tokio::test]
async fn constant_query_parameters() {
    let upload = UploadObject { bucket: "my-bucket", name: "notes/todo.txt", data: "milk" };
    assert_sent(
        &sent(google, &upload).await,
        "POST",
        "/upload/storage/v1/b/my-bucket/o?uploadType=media&name=notes%2Ftodo.txt",
        &[("content-type", "text/plain")],
        "milk",
    );
    let download = DownloadObject { bucket: "my-bucket", object: "notes/todo.txt" };
    assert_sent(
        &sent(google, &download).await,
        "GET",
        "/storage/v1/b/my-bucket/o/notes%2Ftodo.txt?alt=media",
        &[],
        "",
    );
}

/// GitHub's root contents: `GET /repos/{owner}/{repo}/contents/` has no path, and a
/// `<path..>` is never empty, so the root is the second of a documented pair
/// (`GetContent` above is the first).
#[endpoint(GET, "/repos/<owner>/<repo>/contents/",
           headers("Accept" = "application/vnd.github+json", "X-GitHub-Api-Version" = "2022-11-28"))]
struct GetRootContents {
    owner: String,
    repo: String,
}

#[tokio::test]
async fn github_root_and_nested_contents_are_a_pair() {
    let root = GetRootContents { owner: "octocat".into(), repo: "hello-world".into() };
    let accept = ("accept", "application/vnd.github+json");
    assert_sent(
        &sent(github, &root).await,
        "GET",
        "/repos/octocat/hello-world/contents/",
        &[accept],
        "",
    );
    let nested = GetContent {
        owner: "octocat".into(),
        repo: "hello-world".into(),
        path: "docs/README.md".into(),
        r#ref: None,
    };
    assert_sent(
        &sent(github, &nested).await,
        "GET",
        "/repos/octocat/hello-world/contents/docs/README.md",
        &[accept],
        "",
    );
    // The nested one with an empty path says which to use, before anything is sent.
    let empty = GetContent { path: String::new(), ..nested };
    let client = github("http://127.0.0.1:9").build().unwrap();
    let error = empty.send(&client).await.unwrap_err().to_string();
    assert!(error.contains("declare a second endpoint"), "{error}");
}

/// Slack's `conversations.list`: the next cursor is inside `response_metadata`,
/// and an empty one ends the list.
#[derive(serde::Deserialize, restpoint::Page)]
struct Conversations {
    #[page(items)]
    channels: Vec<Value>,
    #[page(next = "next_cursor")]
    #[serde(default)]
    response_metadata: ResponseMetadata,
}

#[derive(serde::Deserialize, Default)]
struct ResponseMetadata {
    next_cursor: String,
}

#[endpoint(GET, "/api/conversations.list", response = Conversations,
           paginate = checkpoint(from = cursor, limit))]
#[derive(Default)]
struct ListConversationsPaged {
    #[query]
    cursor: Option<String>,
    #[query]
    limit: Option<u32>,
}

#[tokio::test]
async fn slack_pages_by_a_nested_cursor() {
    use futures_util::TryStreamExt;
    let server = crate::support::Server::start(|received| {
        let (channel, next) = match received.target.split("cursor=").nth(1) {
            None => ("C1", "dGVhbTpDMDYx"),
            Some(cursor) if cursor.starts_with("dGVhbTpDMDYx") => ("C2", "dGVhbTpDMDYy"),
            Some(_) => ("C3", ""),
        };
        let body = json!({
            "ok": true,
            "channels": [{"id": channel}],
            "response_metadata": {"next_cursor": next},
        });
        Reply::json(200, &body.to_string())
    })
    .await;
    let client = slack(&server.url()).build().unwrap();
    let request = ListConversationsPaged { limit: Some(1), ..Default::default() };
    let channels: Vec<Value> = request.items(&client).try_collect().await.unwrap();
    let ids: Vec<&str> = channels.iter().filter_map(|c| c["id"].as_str()).collect();
    assert_eq!(ids, ["C1", "C2", "C3"]);
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/conversations.list?limit=1",
            "/api/conversations.list?cursor=dGVhbTpDMDYx&limit=1",
            "/api/conversations.list?cursor=dGVhbTpDMDYy&limit=1",
        ]
    );
}

/// Discord's create message with attachments: the message as `payload_json`, and
/// each file a part `files[n]`.
/// `POST /channels/{channel.id}/messages` (https://discord.com/developers/docs/reference#uploading-files)
#[endpoint(POST, "/channels/<channel_id>/messages", body = multipart)]
struct CreateMessageWithFiles {
    channel_id: u64,
    payload_json: String,
    #[serde(rename = "files[{}]")]
    files: Vec<restpoint::multipart::File>,
}

/// A list of parts of one name, and a container's `rename_all`.
#[endpoint(POST, "/upload", body = multipart)]
#[serde(rename_all = "camelCase")]
struct UploadMany {
    batch_id: String,
    attachment: Vec<restpoint::multipart::File>,
}

#[tokio::test]
async fn multipart_lists_of_files() {
    use restpoint::multipart::File;
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::new(server.url()).unwrap();
    let message = CreateMessageWithFiles {
        channel_id: 7,
        payload_json: r#"{"content":"two files","attachments":[{"id":0},{"id":1}]}"#.into(),
        files: vec![
            File::new("a.png", "image/png", "PNG-A"),
            File::new("b.txt", "text/plain", "B"),
        ],
    };
    message.send(&client).await.unwrap();
    let received = server.single();
    let content_type = received.header("content-type").unwrap();
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").unwrap();
    assert_eq!(received.target, "/channels/7/messages");
    assert_eq!(
        received.body_text(),
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n\
             {{\"content\":\"two files\",\"attachments\":[{{\"id\":0}},{{\"id\":1}}]}}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a.png\"\r\n\
             Content-Type: image/png\r\n\r\nPNG-A\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"files[1]\"; filename=\"b.txt\"\r\n\
             Content-Type: text/plain\r\n\r\nB\r\n\
             --{boundary}--\r\n"
        )
    );

    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::new(server.url()).unwrap();
    let upload = UploadMany {
        batch_id: "b1".into(),
        attachment: vec![
            File::new("1.txt", "text/plain", "1"),
            File::new("2.txt", "text/plain", "2"),
        ],
    };
    upload.send(&client).await.unwrap();
    let body = server.single().body_text().to_owned();
    assert!(body.contains("name=\"batchId\"\r\n\r\nb1\r\n"), "{body}");
    assert_eq!(body.matches("name=\"attachment\"; filename=").count(), 2, "{body}");
}
