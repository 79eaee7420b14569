// A field named where a paging role goes: `checkpoint(cursor, limit)` for
// `checkpoint(from = cursor, limit)`.
use restpoint::{endpoint, Page};

#[derive(serde::Deserialize, Page)]
struct Channels {
    #[page(items)]
    channels: Vec<serde_json::Value>,
    #[page(next)]
    next_cursor: Option<String>,
}

#[endpoint(GET, "/api/conversations.list", response = Channels, paginate = checkpoint(cursor, limit))]
struct ListConversations {
    #[query]
    cursor: Option<String>,
    #[query]
    limit: Option<u32>,
}

fn main() {}
