// Paginated declarations of every style compile without a warning: borrowed
// fields, generic envelopes, numeric cursors and optional fields.
#![deny(warnings)]

use restpoint::{endpoint, Page};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Item {
    pub id: u64,
}

#[derive(Deserialize, Page)]
pub struct List<T> {
    #[page(items)]
    pub data: Option<Vec<T>>,
    #[page(has_more)]
    pub has_more: Option<bool>,
    #[page(total)]
    pub total_count: Option<u32>,
}

#[derive(Deserialize, Page)]
pub struct Checkpointed {
    #[page(items)]
    pub items: Vec<Item>,
    #[page(next)]
    pub next: String,
}

/// A list answered in one of several shapes (Auth0's: an array, or with
/// `include_totals` an envelope with the total, or with `take` one with a
/// checkpoint): whichever came is the page.
#[derive(Deserialize, Page)]
#[serde(untagged)]
pub enum Shapes {
    Array(Vec<Item>),
    Totals(List<Item>),
    Checkpoint(Checkpointed),
}

/// Pages of several shapes, by page number.
#[endpoint(GET, "/shapes", response = Shapes, paginate = offset(page, per_page, cap = 1000))]
pub struct ByShape {
    #[query]
    pub page: Option<u32>,
    #[query]
    pub per_page: Option<u32>,
}

/// Item offsets, a borrowed filter.
#[endpoint(GET, "/items", response = Vec<Item>, paginate = offset(offset = skip, limit = top))]
pub struct ByOffset<'a> {
    #[query]
    pub q: &'a str,
    #[query]
    pub skip: u64,
    #[query]
    pub top: Option<u8>,
}

/// A numeric cursor from the last item's numeric id, in a generic envelope.
#[endpoint(GET, "/items", response = List<Item>, paginate = cursor(from = after, key = id, size = limit))]
pub struct ByCursor {
    #[query]
    pub after: Option<u64>,
    #[query]
    pub limit: usize,
}

/// A checkpoint in the body of a `POST` search.
#[endpoint(POST, "/search", response = Checkpointed, paginate = checkpoint(from = cursor))]
pub struct Search {
    pub query: String,
    pub cursor: Option<String>,
}

/// Links, with the page size in the query.
#[endpoint(GET, "/repos/<owner>/issues", response = Vec<Item>, paginate = link)]
pub struct ByLink {
    pub owner: String,
    #[query]
    pub per_page: u32,
}

async fn walk(client: &restpoint::Client) -> Result<u64, restpoint::Error> {
    let mut count = 0;
    let mut items = ByOffset { q: "x", skip: 0, top: Some(50) }.items(client);
    while items.try_next().await?.is_some() {
        count += 1;
    }
    let mut pages = ByCursor { after: None, limit: 10 }.pages(client).limit(2);
    while let Some(page) = pages.try_next().await? {
        count += page.body().items().len() as u64;
    }
    let _ = Search { query: "q".into(), cursor: None }.items(client).checkpoint();
    let _ = ByShape { page: None, per_page: Some(100) }.items(client).limit(1);
    const { assert!(<Shapes as restpoint::Page>::HAS_NEXT) };
    let _ = ByLink { owner: "o".into(), per_page: 100 }.items(client).limit(1);
    Ok(count)
}

fn main() {
    let _ = walk;
}
