// Each variant of an enum of pages holds one page, of the same items.
#[derive(serde::Deserialize)]
struct User {
    user_id: String,
}

#[derive(serde::Deserialize)]
struct Log {
    log_id: String,
}

#[derive(serde::Deserialize, restpoint::Page)]
#[serde(untagged)]
enum Users {
    Array(Vec<User>),
    Envelope { users: Vec<User> },
    Nothing,
}

#[derive(serde::Deserialize, restpoint::Page)]
#[serde(untagged)]
enum Mixed {
    Users(Vec<User>),
    Logs(Vec<Log>),
}

#[derive(restpoint::Page)]
enum Empty {}

fn main() {}
