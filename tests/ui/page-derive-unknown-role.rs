#[derive(serde::Deserialize, restpoint::Page)]
struct UsersPage {
    #[page(items)]
    users: Vec<serde_json::Value>,
    #[page(totl)]
    total: u64,
}

fn main() {}
