//! Hostile lists: a server that ignores the page asked for but dresses each
//! answer differently, a cursor that never ends, a `Link` out of the client's
//! base path, and a page of a million `{}`. Each ends in an `Error::Paging` that
//! says why, after the fewest requests, with memory bounded.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use restpoint::{Client, Error, Page, PagingError, endpoint};
use serde::Deserialize;

use crate::support::{Received, Reply, Server};

#[derive(Debug, Deserialize)]
#[allow(dead_code)] // the fields are what a page of users costs to decode
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

#[derive(Debug, Deserialize, Page)]
struct UsersPage {
    #[page(items)]
    users: Vec<User>,
    #[page(total)]
    total: u64,
}

#[endpoint(GET, "/api/v2/users", response = UsersPage, paginate = offset(page, per_page))]
struct ListUsers {
    #[query]
    page: u32,
    #[query]
    per_page: Option<u32>,
}

/// Drains `items`: how many came, and the error that ended them, if any.
async fn drain<S>(mut items: S) -> (usize, Option<Error>)
where
    S: futures_util::Stream<Item = Result<User, Error>> + Unpin,
{
    let mut count = 0;
    loop {
        match futures_util::TryStreamExt::try_next(&mut items).await {
            Ok(Some(_)) => count += 1,
            Ok(None) => return (count, None),
            Err(error) => return (count, Some(error)),
        }
    }
}

fn paging(error: Option<Error>) -> PagingError {
    match error {
        Some(Error::Paging { problem, .. }) => problem,
        other => panic!("a paging error: {other:?}"),
    }
}

#[tokio::test]
async fn a_server_that_ignores_the_page_but_dresses_its_answers_is_caught() {
    // The same two users every time, with the page echoed, a request id and a time.
    let served = Arc::new(AtomicU64::new(0));
    let count = Arc::clone(&served);
    let server = Server::start(move |received: &Received| {
        let n = count.fetch_add(1, Ordering::SeqCst);
        let page = received.target.split(['?', '&']).find_map(|p| p.strip_prefix("page="));
        let at = 1_733_212_345 + n;
        Reply::json(
            200,
            &format!(
                r#"{{"page":"{}","request_id":"req-{n}","at":{at},"total":100000,
                    "users":[{{"user_id":"auth0|1"}},{{"user_id":"auth0|2"}}]}}"#,
                page.unwrap_or("?")
            ),
        )
    })
    .await;
    let client = Client::new(server.url()).unwrap();
    let (items, error) = drain(ListUsers { page: 0, per_page: Some(2) }.items(&client)).await;
    assert_eq!(paging(error), PagingError::Repeated);
    assert_eq!((items, server.received().len()), (2, 2), "the repeat is not given");
}

#[tokio::test]
async fn a_cursor_that_never_ends_stops_at_the_ceiling_on_pages() {
    #[derive(Debug, Deserialize, Page)]
    struct Events {
        #[page(items)]
        events: Vec<serde_json::Value>,
        #[page(next)]
        next: Option<String>,
    }

    #[endpoint(GET, "/events", response = Events, paginate = checkpoint(from, take))]
    struct ListEvents {
        #[query]
        from: Option<String>,
        #[query]
        take: u32,
    }

    // A new item and a new cursor, for ever.
    let served = Arc::new(AtomicU64::new(0));
    let count = Arc::clone(&served);
    let server = Server::start(move |_: &Received| {
        let n = count.fetch_add(1, Ordering::SeqCst);
        Reply::json(200, &format!(r#"{{"events":[{{"n":{n}}}],"next":"c{n}"}}"#))
    })
    .await;
    let client = Client::new(server.url()).unwrap();
    let mut pages = ListEvents { from: None, take: 1 }.pages(&client).max_pages(50);
    let mut read = 0;
    let error = loop {
        match pages.try_next().await {
            Ok(Some(_)) => read += 1,
            Ok(None) => panic!("the list never ends"),
            Err(error) => break error,
        }
    };
    assert_eq!((read, server.received().len()), (50, 50));
    let Error::Paging { problem, .. } = &error else { panic!("{error:?}") };
    assert_eq!(problem, &PagingError::TooManyPages { most: 50 });
    assert!(error.to_string().contains("`max_pages`"), "{error}");
    assert_eq!(restpoint::page::DEFAULT_MAX_PAGES, 10_000);
}

#[derive(Debug, Deserialize)]
struct Item {
    #[allow(dead_code)]
    id: u64,
}

#[endpoint(GET, "/items", response = Vec<Item>, paginate = link)]
struct ListItems {}

#[tokio::test]
async fn a_link_out_of_the_base_path_is_not_followed() {
    let server = Server::start(|received: &Received| {
        if received.target.starts_with("/page/link/items") {
            Reply::json(200, r#"[{"id":1}]"#)
                .with_header("link", r#"<../../../admin/delete-everything>; rel="next""#)
        } else {
            Reply::json(200, "[]")
        }
    })
    .await;
    let base = format!("{}/page/link", server.url());
    let client = Client::builder(&base).bearer_auth("tok-secret").build().unwrap();
    let mut pages = ListItems {}.pages(&client);
    assert_eq!(pages.try_next().await.unwrap().unwrap().body().len(), 1);
    let error = pages.try_next().await.unwrap_err();
    let Error::Paging { problem, .. } = error else { panic!("{error:?}") };
    assert_eq!(problem, PagingError::OutsideBase { path: "/admin/delete-everything".into() });
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/page/link/items"], "the admin path was never asked");
}

/// `[{},{},...]`: a million items in 3 MB, each a user of eight fields once decoded.
fn million_empty_users() -> String {
    format!(r#"{{"total":1000000,"users":[{}{{}}]}}"#, "{},".repeat(999_999))
}

#[tokio::test]
async fn a_page_larger_than_asked_for_is_refused_before_it_is_decoded() {
    let body = million_empty_users();
    let server = Server::start(move |_: &Received| Reply::json(200, &body)).await;
    let client = Client::new(server.url()).unwrap();
    let (items, error) = drain(ListUsers { page: 0, per_page: Some(100) }.items(&client)).await;
    assert_eq!(items, 0);
    assert_eq!(paging(error), PagingError::TooManyItems { held: 1_000_000, most: 100 });
    // Without a page size, the most a page may hold unasked.
    let (_, error) = drain(ListUsers { page: 0, per_page: None }.items(&client)).await;
    let most = restpoint::page::MAX_ITEMS_UNASKED;
    assert_eq!(paging(error), PagingError::TooManyItems { held: 1_000_000, most });
    assert_eq!(server.received().len(), 2);
}
