//! The generated `restpoint-auth0` against the stand-in: its token, the seed's
//! link of two accounts through the generated struct, lists that page
//! themselves in each of Auth0's ways (by page number in both of its shapes,
//! by checkpoint, from the last log event), and Auth0's error body, typed.

use auth0_standin::{CLIENT_ID, CLIENT_SECRET, PRIMARY_USER_ID, SECONDARY_USER_ID, StandIn};
use restpoint_auth0::models::{
    ApiError, PostIdentitiesRequestProvider, PostIdentitiesRequestUserId,
};
use restpoint_auth0::{logs, organizations, users};

/// A client of the generated crate: client credentials, as a user writes them.
fn client(standin: &StandIn) -> restpoint::Client {
    let base = standin.base_url();
    let credentials = restpoint::auth::ClientCredentials::new(
        format!("{base}/oauth/token"),
        CLIENT_ID,
        CLIENT_SECRET,
    )
    .audience(format!("{base}/api/v2/"));
    restpoint::Client::builder(format!("{base}/api/v2"))
        .auth(credentials)
        .build()
        .expect("a client")
}

#[tokio::test]
async fn the_seed_link_through_the_generated_struct() {
    let standin = StandIn::start().await.expect("a stand-in");
    let client = client(&standin);
    let (provider, user_id) = SECONDARY_USER_ID.split_once('|').expect("provider|id");
    assert_eq!(provider, PostIdentitiesRequestProvider::Auth0.to_string());
    let identities = users::PostIdentities {
        id: PRIMARY_USER_ID.to_owned(),
        provider: Some(PostIdentitiesRequestProvider::Auth0),
        user_id: Some(PostIdentitiesRequestUserId::String(user_id.to_owned())),
        ..Default::default()
    }
    .send(&client)
    .await
    .expect("linked");
    assert_eq!(identities.len(), 2);
    let held = standin.user(PRIMARY_USER_ID).expect("the primary user");
    assert_eq!(held["identities"].as_array().map(Vec::len), Some(2));
    // The token came from `/oauth/token`: the stand-in's own (not counted).
    assert_eq!(standin.requests("/oauth/token"), 1);
}

#[tokio::test]
async fn users_page_by_number_in_either_shape() {
    let standin = StandIn::builder().users(57).start().await.expect("a stand-in");
    let client = client(&standin);
    let held = standin.users().len();
    for include_totals in [None, Some(true)] {
        let request = users::GetUsers { per_page: Some(10), include_totals, ..Default::default() };
        let mut listed = request.items(&client);
        let mut ids = std::collections::BTreeSet::new();
        while let Some(user) = listed.try_next().await.expect("a page") {
            ids.insert(user.user_id.expect("an id"));
        }
        assert_eq!(ids.len(), held, "include_totals: {include_totals:?}");
    }
    // 10 a page: as an array, until a short page (or an empty one after a full
    // one); with the total, the same pages.
    let pages = held / 10 + 1;
    assert_eq!(standin.requests("/api/v2/users"), 2 * pages);
}

#[tokio::test]
async fn organizations_page_by_checkpoint_with_take_asked_for_them() {
    let standin = StandIn::start().await.expect("a stand-in");
    let client = client(&standin);
    let mut listed = organizations::GetOrganizations::default().items(&client);
    let mut ids = Vec::new();
    while let Some(organization) = listed.try_next().await.expect("a page") {
        ids.push(organization.id.expect("an id"));
    }
    let held: Vec<String> = standin
        .organizations()
        .iter()
        .filter_map(|organization| organization["id"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(ids, held);
    // 57 organizations, `take=50` by default: two pages, the second without `next`.
    assert_eq!(standin.requests("/api/v2/organizations"), 2);
}

#[tokio::test]
async fn logs_page_from_the_last_event() {
    let standin = StandIn::start().await.expect("a stand-in");
    let client = client(&standin);
    let request = logs::GetLogs { take: Some(100), ..Default::default() };
    let mut listed = request.items(&client);
    let mut ids = Vec::new();
    while let Some(event) = listed.try_next().await.expect("a page") {
        ids.push(event.log_id.expect("an id"));
    }
    let held: Vec<String> =
        standin.logs().iter().filter_map(|log| log["log_id"].as_str().map(str::to_owned)).collect();
    assert_eq!(ids, held);
}

#[tokio::test]
async fn an_error_comes_in_auth0s_shape() {
    let standin = StandIn::start().await.expect("a stand-in");
    let client = client(&standin);
    let error = users::GetUsersById { id: "auth0|nobody".into(), ..Default::default() }
        .send(&client)
        .await
        .expect_err("no such user");
    assert_eq!(error.status().map(|status| status.as_u16()), Some(404));
    let body: &ApiError = error.api_error().expect("Auth0's error body");
    assert_eq!((body.status_code, body.error.as_str()), (404, "Not Found"));
    assert_eq!(body.error_code.as_deref(), Some("inexistent_user"));
}
