use restpoint::{endpoint, Client};

#[endpoint(GET, "/api/v2/users/<idd>", response = Vec<String>)]
#[derive(Debug, Default)]
struct GetUser {
    #[query]
    id: String,
}

// The mistake above is the only error: the struct, its derives and a `send` of the
// declared type still exist, so code that uses them raises nothing more.
async fn use_it(client: &Client) -> Result<Vec<String>, restpoint::Error> {
    let request = GetUser::default();
    println!("{request:?}");
    request.send(client).await
}

fn main() {
    let _ = use_it;
}
