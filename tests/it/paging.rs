//! Pagination, each style against a server that implements it: Auth0's page
//! numbers (with totals, and the 1,000-record cap) and checkpoints (organizations,
//! logs) on the stand-in; Stripe's cursor and GitHub's `Link` on loopback servers.
//! Each test checks the items (exactly the server's, in order) and the number of
//! requests (exactly what the list needs).

use std::collections::HashMap;

use auth0_standin::{StandIn, TOKEN};
use restpoint::page::Checkpoint;
use restpoint::{Client, Error, Page, PagingError, endpoint};
use serde::Deserialize;

use crate::support::{Received, Reply, Server};

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct User {
    user_id: String,
    email: String,
}

/// Auth0's users, by page number: a plain array.
#[endpoint(GET, "/api/v2/users", response = Vec<User>, paginate = offset(page, per_page, cap = 1000))]
#[derive(Default)]
struct ListUsers {
    #[query]
    page: Option<u32>,
    #[query]
    per_page: Option<u32>,
}

/// The same with `include_totals=true`: an envelope that says the total.
#[endpoint(GET, "/api/v2/users", response = UsersPage, paginate = offset(page, per_page, cap = 1000))]
struct ListUsersWithTotals {
    #[query]
    page: u32,
    #[query]
    per_page: u32,
    #[query]
    include_totals: bool,
}

#[derive(Debug, Deserialize, Page)]
struct UsersPage {
    #[page(items)]
    users: Vec<User>,
    #[page(total)]
    total: u64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Organization {
    id: String,
    name: String,
}

/// Auth0's organizations, by checkpoint: `from` the page's `next`.
#[endpoint(GET, "/api/v2/organizations", response = OrganizationsPage, paginate = checkpoint(from, take))]
#[derive(Default)]
struct ListOrganizations {
    #[query]
    from: Option<String>,
    #[query]
    take: Option<u32>,
}

/// The same, `take` left unset by its user: Auth0 pages by checkpoint only
/// when `take` is sent, so the walk asks for 20 a page.
#[endpoint(
    GET,
    "/api/v2/organizations",
    response = OrganizationsPage,
    paginate = checkpoint(from, take, default_size = 20)
)]
#[derive(Default)]
struct ListOrganizationsTakingDefault {
    #[query]
    from: Option<String>,
    #[query]
    take: Option<u32>,
}

#[derive(Debug, Deserialize, Page)]
struct OrganizationsPage {
    #[page(items)]
    organizations: Vec<Organization>,
    #[page(next)]
    next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Log {
    log_id: String,
    date: String,
}

/// Auth0's logs, by checkpoint: `from` the last event's `log_id`.
#[endpoint(GET, "/api/v2/logs", response = Vec<Log>, paginate = cursor(from, key = log_id, take))]
#[derive(Default)]
struct ListLogs {
    #[query]
    from: Option<String>,
    #[query]
    take: Option<u32>,
}

async fn standin(users: usize) -> (StandIn, Client) {
    let standin = StandIn::builder().users(users).start().await.expect("stand-in");
    let client = Client::builder(standin.base_url()).bearer_auth(TOKEN).build().expect("client");
    (standin, client)
}

/// The ids of the stand-in's users, in the order it lists them.
fn user_ids(standin: &StandIn) -> Vec<String> {
    standin.users().iter().map(|user| user["user_id"].as_str().unwrap().to_owned()).collect()
}

/// `actual == expected`, or a short message: the lengths and the first difference.
#[track_caller]
fn assert_same<T: PartialEq + std::fmt::Debug>(actual: &[T], expected: &[T]) {
    if actual != expected {
        let first = actual.iter().zip(expected).position(|(a, e)| a != e);
        panic!(
            "{} items where {} were expected; the first difference at {first:?}: {:?} for {:?}",
            actual.len(),
            expected.len(),
            first.map(|i| &actual[i]),
            first.map(|i| &expected[i]),
        );
    }
}

async fn all<S, T>(mut stream: S) -> Result<Vec<T>, Error>
where
    S: futures_util::Stream<Item = Result<T, Error>> + Unpin,
{
    let mut items = Vec::new();
    while let Some(item) = futures_util::StreamExt::next(&mut stream).await {
        items.push(item?);
    }
    Ok(items)
}

#[tokio::test]
async fn page_numbers_stop_at_the_short_page() {
    let (standin, client) = standin(999).await;
    let users = ListUsers { per_page: Some(100), ..Default::default() }.items(&client);
    let ids: Vec<String> = all(users).await.unwrap().into_iter().map(|u| u.user_id).collect();
    assert_same(&ids, &user_ids(&standin));
    // Pages 0 to 9; page 9 holds 99 users, fewer than asked: the last.
    assert_eq!(standin.requests("/api/v2/users"), 10);
}

#[tokio::test]
async fn without_a_page_size_an_empty_page_ends_the_list() {
    let (standin, client) = standin(120).await;
    let users = all(ListUsers::default().items(&client)).await.unwrap();
    assert_eq!(users.len(), 120);
    // 50 a page by default: 50, 50, 20, and one empty page to be sure.
    assert_eq!(standin.requests("/api/v2/users"), 4);
}

#[tokio::test]
async fn the_total_ends_the_list_on_a_full_page() {
    let (standin, client) = standin(1000).await;
    let request = ListUsersWithTotals { page: 0, per_page: 100, include_totals: true };
    let mut pages = request.pages(&client);
    let mut ids = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        // Each page with its headers.
        assert_eq!(page.headers()["x-ratelimit-limit"], "50");
        ids.extend(page.into_body().users.into_iter().map(|u| u.user_id));
    }
    assert_same(&ids, &user_ids(&standin));
    // `total` (1,000) is reached on page 9: no 11th request, no cap error.
    assert_eq!(standin.requests("/api/v2/users"), 10);
}

#[tokio::test]
async fn the_offset_cap_is_a_clear_error_not_a_bare_400() {
    let (standin, client) = standin(1234).await;
    let mut users = ListUsers { per_page: Some(100), ..Default::default() }.items(&client);
    let mut read = Vec::new();
    let error = loop {
        match users.try_next().await {
            Ok(Some(user)) => read.push(user.user_id),
            Ok(None) => panic!("the list ended without reaching the cap"),
            Err(error) => break error,
        }
    };
    // Every user up to the cap, then the error, and no request past the cap.
    assert_same(&read, &user_ids(&standin)[..1000]);
    assert_eq!(standin.requests("/api/v2/users"), 10);
    assert!(
        matches!(&error, Error::Paging { problem: PagingError::Cap { cap: 1000, read: 1000 }, .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("GET /api/v2/users"), "{message}");
    assert!(message.contains("cap of 1000 items") && message.contains("checkpoint"), "{message}");
    // The stream ends after the error.
    assert!(users.try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn the_stand_in_refuses_pages_past_the_cap_as_auth0_does() {
    // What the cap protects from: asked directly, the server's `400`.
    let (_standin, client) = standin(1234).await;
    let error = ListUsers { page: Some(10), per_page: Some(100) }.send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    let body = String::from_utf8_lossy(error.body().unwrap()).into_owned();
    assert!(body.contains("You can only page through the first 1000 records"), "{body}");
}

#[tokio::test]
async fn checkpoints_follow_next_until_it_is_absent() {
    let (standin, client) = standin(0).await;
    let organizations =
        all(ListOrganizations { take: Some(10), ..Default::default() }.items(&client))
            .await
            .unwrap();
    let expected: Vec<String> =
        standin.organizations().iter().map(|o| o["id"].as_str().unwrap().to_owned()).collect();
    let ids: Vec<String> = organizations.into_iter().map(|o| o.id).collect();
    assert_same(&ids, &expected);
    // 57 organizations, 10 a page: 6 pages, the last without `next`.
    assert_eq!(standin.requests("/api/v2/organizations"), 6);
}

#[tokio::test]
async fn an_unset_page_size_asks_for_the_default_size() {
    let (standin, client) = standin(0).await;
    let organizations =
        all(ListOrganizationsTakingDefault::default().items(&client)).await.unwrap();
    assert_eq!(organizations.len(), standin.organizations().len());
    // 57 organizations, 20 a page: 3 pages, each asked with `take=20`.
    assert_eq!(standin.requests("/api/v2/organizations"), 3);
    // Set by its user, the size is the user's.
    let organizations =
        all(ListOrganizationsTakingDefault { take: Some(30), ..Default::default() }.items(&client))
            .await
            .unwrap();
    assert_eq!(organizations.len(), 57);
    assert_eq!(standin.requests("/api/v2/organizations"), 3 + 2);
}

#[tokio::test]
async fn logs_page_from_the_last_log_id() {
    let (standin, client) = standin(0).await;
    let logs =
        all(ListLogs { take: Some(100), ..Default::default() }.items(&client)).await.unwrap();
    let expected: Vec<String> =
        standin.logs().iter().map(|l| l["log_id"].as_str().unwrap().to_owned()).collect();
    let ids: Vec<String> = logs.into_iter().map(|l| l.log_id).collect();
    assert_same(&ids, &expected);
    // 250 events, 100 a page: 100, 100, and 50 (short: the last).
    assert_eq!(standin.requests("/api/v2/logs"), 3);
}

#[tokio::test]
async fn a_resumed_checkpoint_repeats_and_skips_nothing() {
    let (standin, client) = standin(0).await;
    let expected: Vec<String> =
        standin.logs().iter().map(|l| l["log_id"].as_str().unwrap().to_owned()).collect();
    let request = || ListLogs { take: Some(100), ..Default::default() };

    // A first run stops after 120 events (in the middle of a page), saving where.
    let mut first = request().items(&client).limit(120);
    let mut ids = Vec::new();
    while let Some(log) = first.try_next().await.unwrap() {
        ids.push(log.log_id);
    }
    let saved = serde_json::to_string(&first.checkpoint()).unwrap();

    // A second run, from what was saved, reads the rest.
    let checkpoint: Checkpoint = serde_json::from_str(&saved).unwrap();
    let mut second = request().items(&client).resume(checkpoint);
    while let Some(log) = second.try_next().await.unwrap() {
        ids.push(log.log_id);
    }
    assert_same(&ids, &expected);

    // Later, new events: a run from the last checkpoint reads only those.
    standin.add_logs(30);
    let mut third = request().items(&client).resume(second.checkpoint());
    let mut new = Vec::new();
    while let Some(log) = third.try_next().await.unwrap() {
        new.push(log.log_id);
    }
    let all_now: Vec<String> =
        standin.logs().iter().map(|l| l["log_id"].as_str().unwrap().to_owned()).collect();
    assert_same(&new, &all_now[250..]);

    // Checkpoints of every style resume exactly too: organizations, mid-page.
    let mut orgs =
        ListOrganizations { take: Some(10), ..Default::default() }.items(&client).limit(25);
    let mut ids = Vec::new();
    while let Some(org) = orgs.try_next().await.unwrap() {
        ids.push(org.id);
    }
    let rest = ListOrganizations { take: Some(10), ..Default::default() }
        .items(&client)
        .resume(orgs.checkpoint());
    ids.extend(all(rest).await.unwrap().into_iter().map(|o| o.id));
    let expected: Vec<String> =
        standin.organizations().iter().map(|o| o["id"].as_str().unwrap().to_owned()).collect();
    assert_same(&ids, &expected);
}

#[tokio::test]
async fn a_checkpoint_of_another_style_is_refused_before_any_request() {
    let (standin, client) = standin(0).await;
    let mut logs = ListLogs::default().items(&client).limit(1);
    logs.try_next().await.unwrap();
    let mut users = ListUsers::default().items(&client).resume(logs.checkpoint());
    let error = users.try_next().await.unwrap_err();
    assert!(matches!(error, Error::Paging { problem: PagingError::Checkpoint, .. }), "{error:?}");
    assert_eq!(standin.requests("/api/v2/users"), 0);
}

#[tokio::test]
async fn each_page_is_retried_like_any_send() {
    let (standin, client) = standin(250).await;
    let mut users = ListUsers { per_page: Some(100), ..Default::default() }.items(&client);
    let mut ids = Vec::new();
    for _ in 0..150 {
        ids.push(users.try_next().await.unwrap().unwrap().user_id);
    }
    // The third page's first answer is a `503`; it is sent again.
    standin.fail_next(&[503]);
    while let Some(user) = users.try_next().await.unwrap() {
        ids.push(user.user_id);
    }
    assert_same(&ids, &user_ids(&standin));
    assert_eq!(standin.requests("/api/v2/users"), 4);
}

#[tokio::test]
async fn items_and_pages_have_limits() {
    let (standin, client) = standin(500).await;
    let users = ListUsers { per_page: Some(100), ..Default::default() }.items(&client).limit(150);
    assert_eq!(all(users).await.unwrap().len(), 150);
    // 150 items need two pages, and no third is asked for.
    assert_eq!(standin.requests("/api/v2/users"), 2);
    let pages = ListUsers { per_page: Some(100), ..Default::default() }.pages(&client).limit(3);
    assert_eq!(all(pages).await.unwrap().len(), 3);
    assert_eq!(standin.requests("/api/v2/users"), 5);
}

#[tokio::test]
async fn a_server_that_ignores_the_page_is_an_error_not_a_loop() {
    let server = Server::start(|_| Reply::json(200, r#"[{"user_id":"a","email":"a@b.c"}]"#)).await;
    let client = Client::new(server.url()).unwrap();
    let error = all(ListUsers::default().items(&client)).await.unwrap_err();
    assert!(matches!(error, Error::Paging { problem: PagingError::Repeated, .. }), "{error:?}");
    assert_eq!(server.received().len(), 2);
}

#[test]
fn blocking_iterators_walk_the_same_list() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let standin = runtime.block_on(StandIn::builder().users(230).start()).unwrap();
    let client = Client::builder(standin.base_url()).bearer_auth(TOKEN).build_blocking().unwrap();
    let ids: Vec<String> = ListUsers { per_page: Some(100), ..Default::default() }
        .items_blocking(&client)
        .map(|user| user.map(|u| u.user_id))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_same(&ids, &user_ids(&standin));
    assert_eq!(standin.requests("/api/v2/users"), 3);
    let pages: Vec<_> = ListOrganizations { take: Some(50), ..Default::default() }
        .pages_blocking(&client)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(pages.iter().map(|p| p.body().organizations.len()).collect::<Vec<_>>(), [50, 7]);
}

// Stripe: `GET /v1/customers?limit=&starting_after=`, `{"data": [...], "has_more": bool}`.

#[derive(Debug, Deserialize, PartialEq)]
struct Customer {
    id: String,
}

#[derive(Debug, Deserialize, Page)]
struct List<T> {
    #[page(items)]
    data: Vec<T>,
    #[page(has_more)]
    has_more: bool,
}

#[endpoint(GET, "/v1/customers", response = List<Customer>,
           paginate = cursor(from = starting_after, key = id, limit))]
struct ListCustomers {
    #[query]
    limit: u32,
    #[query]
    starting_after: Option<String>,
}

fn query(received: &Received) -> HashMap<String, String> {
    let query = received.target.split_once('?').map_or("", |(_, q)| q);
    form_urlencoded_pairs(query)
}

fn form_urlencoded_pairs(query: &str) -> HashMap<String, String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| {
            let decode =
                |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
            (decode(k), decode(v))
        })
        .collect()
}

/// A Stripe-like list of `count` customers, `cus_000` first.
fn stripe(count: usize) -> impl Fn(&Received) -> Reply + Send + Sync + 'static {
    move |received| {
        let query = query(received);
        let limit: usize = query.get("limit").and_then(|l| l.parse().ok()).unwrap_or(10);
        let start = match query.get("starting_after") {
            Some(after) => after[4..].parse::<usize>().unwrap() + 1,
            None => 0,
        };
        let end = (start + limit).min(count);
        let data: Vec<String> = (start..end).map(|n| format!(r#"{{"id":"cus_{n:03}"}}"#)).collect();
        let body = format!(
            r#"{{"object":"list","data":[{}],"has_more":{}}}"#,
            data.join(","),
            end < count
        );
        Reply::json(200, &body)
    }
}

#[tokio::test]
async fn stripe_cursors_follow_the_last_id_while_has_more() {
    let server = Server::start(stripe(25)).await;
    let client = Client::new(server.url()).unwrap();
    let customers =
        all(ListCustomers { limit: 10, starting_after: None }.items(&client)).await.unwrap();
    let ids: Vec<String> = customers.into_iter().map(|c| c.id).collect();
    assert_same(&ids, &(0..25).map(|n| format!("cus_{n:03}")).collect::<Vec<_>>());
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/customers?limit=10",
            "/v1/customers?limit=10&starting_after=cus_009",
            "/v1/customers?limit=10&starting_after=cus_019",
        ]
    );
    // `has_more: false` on a full page ends it too: 20 customers, two requests.
    let server = Server::start(stripe(20)).await;
    let client = Client::new(server.url()).unwrap();
    let customers =
        all(ListCustomers { limit: 10, starting_after: None }.items(&client)).await.unwrap();
    assert_eq!(customers.len(), 20);
    assert_eq!(server.received().len(), 2);
}

// GitHub: `Link: <https://api.github.com/...&page=2>; rel="next", <...>; rel="last"`.

#[derive(Debug, Deserialize)]
struct Issue {
    number: u64,
}

#[endpoint(GET, "/repos/<owner>/<repo>/issues", response = Vec<Issue>, paginate = link)]
struct ListIssues {
    owner: String,
    repo: String,
    #[query]
    per_page: u32,
}

/// GitHub-like issues, `count` of them, with absolute `Link` URLs to `next`
/// (where `next` is the origin that serves the next page).
fn github(count: u64, next: Option<String>) -> impl Fn(&Received) -> Reply + Send + Sync + 'static {
    move |received| {
        let query = query(received);
        let per_page: u64 = query["per_page"].parse().unwrap();
        let page: u64 = query.get("page").map_or(1, |p| p.parse().unwrap());
        let start = (page - 1) * per_page;
        let end = (start + per_page).min(count);
        let items: Vec<String> =
            (start..end).map(|n| format!(r#"{{"number":{}}}"#, n + 1)).collect();
        let origin =
            next.clone().unwrap_or_else(|| format!("http://{}", received.header("host").unwrap()));
        let path = received.target.split('?').next().unwrap();
        let link = |page: u64, rel: &str| {
            format!("<{origin}{path}?per_page={per_page}&page={page}>; rel=\"{rel}\"")
        };
        let last = count.div_ceil(per_page);
        let mut links = vec![link(1, "first"), link(last, "last")];
        if end < count {
            links.insert(0, link(page + 1, "next"));
        }
        Reply::json(200, &format!("[{}]", items.join(","))).with_header("link", &links.join(", "))
    }
}

#[tokio::test]
async fn github_links_are_followed_as_given_on_the_same_origin() {
    let server = Server::start(github(23, None)).await;
    let client = Client::new(server.url()).unwrap();
    let request = ListIssues { owner: "rust-lang".into(), repo: "rust".into(), per_page: 10 };
    let issues = all(request.items(&client)).await.unwrap();
    assert_eq!(issues.iter().map(|i| i.number).collect::<Vec<_>>(), (1..=23).collect::<Vec<_>>());
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/repos/rust-lang/rust/issues?per_page=10",
            "/repos/rust-lang/rust/issues?per_page=10&page=2",
            "/repos/rust-lang/rust/issues?per_page=10&page=3",
        ]
    );
}

#[tokio::test]
async fn a_link_to_another_origin_is_never_followed() {
    let elsewhere = Server::start(|_| Reply::json(200, "[]")).await;
    let server = Server::start(github(23, Some(elsewhere.url()))).await;
    let client = Client::builder(server.url()).bearer_auth("ghp_secret-token").build().unwrap();
    let request = ListIssues { owner: "o".into(), repo: "r".into(), per_page: 10 };
    let mut issues = request.items(&client);
    for _ in 0..10 {
        issues.try_next().await.unwrap().unwrap();
    }
    let error = issues.try_next().await.unwrap_err();
    assert!(
        matches!(&error, Error::Paging { problem: PagingError::OtherOrigin { origin }, .. } if *origin == elsewhere.url()),
        "{error:?}"
    );
    assert_eq!(server.received().len(), 1);
    assert!(elsewhere.received().is_empty(), "the token went to another origin");
}

#[tokio::test]
async fn a_link_back_to_a_page_read_is_an_error_not_a_loop() {
    // Page 2 links back to page 1.
    let server = Server::start(|received: &Received| {
        let host = received.header("host").unwrap().to_owned();
        let (body, next) = if received.target.contains("page=2") {
            (r#"[{"number":2}]"#, 1)
        } else {
            (r#"[{"number":1}]"#, 2)
        };
        let link = format!("<http://{host}/repos/o/r/issues?per_page=1&page={next}>; rel=\"next\"");
        Reply::json(200, body).with_header("link", &link)
    })
    .await;
    let client = Client::new(server.url()).unwrap();
    let request = ListIssues { owner: "o".into(), repo: "r".into(), per_page: 1 };
    let error = all(request.items(&client)).await.unwrap_err();
    assert!(matches!(error, Error::Paging { problem: PagingError::Repeated, .. }), "{error:?}");
    assert_eq!(server.received().len(), 3);
}
