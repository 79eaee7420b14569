// The list is a `Vec` (or an `Option` of one).
#[derive(serde::Deserialize, restpoint::Page)]
struct UsersPage {
    #[page(items)]
    users: String,
    #[page(has_more)]
    has_more: String,
}

fn main() {}
