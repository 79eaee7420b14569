// `store` takes a store, not the address of one.
use restpoint::auth::ClientCredentials;

fn main() {
    let _ = ClientCredentials::new("https://t.example/oauth/token", "id", "secret")
        .store("redis://127.0.0.1:6379/");
}
