// `#[page(next = "...")]` names fields inside this one, separated by dots; only
// `next` takes a path.
use restpoint::Page;

#[derive(serde::Deserialize, Page)]
struct Conversations {
    #[page(items = "channels")]
    channels: Vec<String>,
    #[page(next = "response metadata")]
    response_metadata: Metadata,
}

#[derive(serde::Deserialize)]
struct Metadata {
    next_cursor: String,
}

fn main() {}
