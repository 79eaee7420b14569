//! Query, header and body fields, response modes, and the base URL's prefix.

use restpoint::{Client, endpoint};
use serde::Serialize;

use crate::support::{Reply, Server};

/// Auth0's *List or search users*, with paging and a search query.
#[endpoint(GET, "/api/v2/users")]
struct ListUsers<'a> {
    #[query]
    q: Option<&'a str>,
    #[query]
    page: u32,
    #[query]
    per_page: Option<u32>,
    #[query]
    #[serde(rename = "include_totals")]
    totals: bool,
    #[header("X-Correlation-Id")]
    correlation: Option<String>,
    #[header("Accept-Language")]
    language: &'a str,
}

#[derive(Serialize)]
struct UserUpdate {
    blocked: bool,
    app_metadata: serde_json::Value,
}

/// Auth0's *Update a user*, with the whole body in one field.
#[endpoint(PATCH, "/api/v2/users/<id>", response = ())]
struct UpdateUser {
    id: String,
    #[body]
    update: UserUpdate,
}

/// A body of members with serde attributes, next to a query field.
#[endpoint(POST, "/api/v2/roles/<id>/users")]
#[serde(rename_all = "camelCase")]
struct AssignUsers {
    id: String,
    #[query]
    dry_run: Option<bool>,
    user_ids: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    reason_text: String,
    #[serde(flatten)]
    extra: std::collections::BTreeMap<String, u8>,
    optional_note: Option<String>,
}

#[tokio::test]
async fn query_and_header_fields() {
    let server = Server::replying(Reply::json(200, "[]")).await;
    let client = Client::new(server.url()).unwrap();
    let request = ListUsers {
        q: Some(r#"email:"jane+doe@example.com" AND name:zoë"#),
        page: 2,
        per_page: None,
        totals: true,
        correlation: Some("c-42".into()),
        language: "fr-CH, fr;q=0.9",
    };
    let users = request.send(&client).await.unwrap();
    assert_eq!(users, serde_json::json!([]));

    let received = server.single();
    assert_eq!(
        received.target,
        "/api/v2/users?q=email%3A%22jane%2Bdoe%40example.com%22+AND+name%3Azo%C3%AB&page=2&include_totals=true"
    );
    assert_eq!(received.header("x-correlation-id"), Some("c-42"));
    assert_eq!(received.header("accept-language"), Some("fr-CH, fr;q=0.9"));
    assert!(received.body.is_empty());
}

#[tokio::test]
async fn absent_optional_query_and_header_fields_are_left_out() {
    let server = Server::replying(Reply::json(200, "[]")).await;
    let client = Client::new(server.url()).unwrap();
    let request = ListUsers {
        q: None,
        page: 0,
        per_page: Some(50),
        totals: false,
        correlation: None,
        language: "en",
    };
    request.send(&client).await.unwrap();
    let received = server.single();
    assert_eq!(received.target, "/api/v2/users?page=0&per_page=50&include_totals=false");
    assert_eq!(received.header("x-correlation-id"), None);
}

#[tokio::test]
async fn a_header_value_with_a_newline_is_never_sent() {
    let server = Server::replying(Reply::json(200, "[]")).await;
    let client = Client::new(server.url()).unwrap();
    let request = ListUsers {
        q: None,
        page: 0,
        per_page: None,
        totals: false,
        correlation: Some("c\r\nX-Injected: yes".into()),
        language: "en",
    };
    let error = request.send(&client).await.unwrap_err();
    assert!(matches!(
        error,
        restpoint::Error::Request { source: restpoint::RequestError::HeaderValue { .. }, .. }
    ));
    assert_eq!(
        error.to_string(),
        "GET /api/v2/users: header `x-correlation-id` has a value that is not a valid HTTP header value"
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn whole_body_field_and_unit_response() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let update = UserUpdate { blocked: true, app_metadata: serde_json::json!({"plan": "pro"}) };
    let () = UpdateUser { id: "auth0|7".into(), update }.send(&client).await.unwrap();
    let received = server.single();
    assert_eq!(received.method, "PATCH");
    assert_eq!(received.target, "/api/v2/users/auth0%7C7");
    assert_eq!(received.body_text(), r#"{"blocked":true,"app_metadata":{"plan":"pro"}}"#);
    assert_eq!(received.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn body_members_honour_serde_attributes() {
    let server = Server::replying(Reply::json(200, r#"{"ok":true}"#)).await;
    let client = Client::new(server.url()).unwrap();
    let request = AssignUsers {
        id: "rol_1".into(),
        dry_run: Some(true),
        user_ids: vec!["auth0|1".into(), "auth0|2".into()],
        reason_text: String::new(),
        extra: [("priority".to_owned(), 3)].into(),
        optional_note: None,
    };
    let answer = request.send(&client).await.unwrap();
    assert_eq!(answer["ok"], true);
    let received = server.single();
    assert_eq!(received.target, "/api/v2/roles/rol_1/users?dryRun=true");
    assert_eq!(received.body_text(), r#"{"userIds":["auth0|1","auth0|2"],"priority":3}"#);
}

/// Fields without serde attributes (a lone `rename` aside) are written by the
/// expansion itself; any other serde attribute (here one that changes nothing)
/// makes it derive `Serialize` for a struct of its own. Both send the same bytes.
macro_rules! create_user {
    ($name:ident $(, #[$container:meta])?) => {
        #[endpoint(POST, "/api/v2/users/<tenant>")]
        $(#[$container])?
        struct $name<'a> {
            tenant: &'a str,
            #[query]
            fields: Vec<&'a str>,
            #[query]
            q: Option<&'a str>,
            #[query]
            page: u32,
            email: &'a str,
            nickname: Option<String>,
            tags: Vec<String>,
            #[serde(rename = "isSocial")]
            social: Option<bool>,
            #[secret]
            password: Option<String>,
            #[secret]
            pin: u32,
            count: u32,
        }
    };
}
create_user!(CreateUserPlain);
create_user!(CreateUserDerived, #[serde(rename_all = "snake_case")]);

#[tokio::test]
async fn members_written_by_the_expansion_are_what_serde_derive_writes() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::new(server.url()).unwrap();
    macro_rules! request {
        ($name:ident, $nickname:expr, $password:expr) => {
            $name {
                tenant: "t 1",
                fields: vec!["email", "name"],
                q: None,
                page: 0,
                email: "jane@example.com",
                nickname: $nickname,
                tags: vec!["a".into(), "b\"c".into()],
                social: Some(false),
                password: $password,
                pin: 1234,
                count: 7,
            }
        };
    }
    for (nickname, password) in [(None, None), (Some("jd".to_owned()), Some("hunter2".to_owned()))]
    {
        let plain = request!(CreateUserPlain, nickname.clone(), password.clone());
        let derived = request!(CreateUserDerived, nickname.clone(), password.clone());
        assert_eq!(client.to_curl(&plain), client.to_curl(&derived));
        assert!(!client.to_curl(&plain).contains("1234"), "{}", client.to_curl(&plain));
        plain.send(&client).await.unwrap();
        derived.send(&client).await.unwrap();
    }
    let received = server.received();
    assert_eq!(received.len(), 4);
    for (plain, derived) in [(&received[0], &received[1]), (&received[2], &received[3])] {
        assert_eq!(plain.target, "/api/v2/users/t%201?fields=email&fields=name&page=0");
        assert_eq!((&plain.target, &plain.body), (&derived.target, &derived.body));
    }
    assert_eq!(
        received[0].body_text(),
        r#"{"email":"jane@example.com","tags":["a","b\"c"],"isSocial":false,"pin":1234,"count":7}"#
    );
    assert_eq!(
        received[2].body_text(),
        r#"{"email":"jane@example.com","nickname":"jd","tags":["a","b\"c"],"isSocial":false,"password":"hunter2","pin":1234,"count":7}"#
    );
}

#[tokio::test]
async fn the_base_urls_path_prefix_is_kept() {
    let server = Server::replying(Reply::empty(204)).await;
    for base in [format!("{}/tenant-a", server.url()), format!("{}/tenant-a/", server.url())] {
        let client = Client::new(&base).unwrap();
        let update = UserUpdate { blocked: false, app_metadata: serde_json::Value::Null };
        UpdateUser { id: "x".into(), update }.send(&client).await.unwrap();
    }
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/tenant-a/api/v2/users/x", "/tenant-a/api/v2/users/x"]);
}

#[tokio::test]
async fn endpoint_headers_win_over_client_defaults() {
    let server = Server::replying(Reply::json(200, "[]")).await;
    let client = Client::builder(server.url())
        .header("Accept-Language", "de")
        .header("X-Tenant", "acme")
        .header("User-Agent", "my-app/2.0")
        .build()
        .unwrap();
    let request = ListUsers {
        q: None,
        page: 0,
        per_page: None,
        totals: false,
        correlation: None,
        language: "en",
    };
    request.send(&client).await.unwrap();
    let received = server.single();
    assert_eq!(received.header("accept-language"), Some("en"));
    assert_eq!(received.header("x-tenant"), Some("acme"));
    assert_eq!(received.header("user-agent"), Some("my-app/2.0"));
}
