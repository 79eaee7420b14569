// Which field is the list? Mark it `#[page(items)]`.
#[derive(serde::Deserialize, restpoint::Page)]
struct UsersPage {
    users: Vec<serde_json::Value>,
    #[page(total)]
    total: u64,
}

fn main() {}
