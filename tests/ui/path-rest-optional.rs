// A `<path..>` is always sent: GitHub's root contents are a second endpoint, not
// an `Option` here.
use restpoint::endpoint;

#[endpoint(GET, "/repos/<owner>/<repo>/contents/<path..>")]
struct GetContents {
    owner: String,
    repo: String,
    path: Option<String>,
}

fn main() {}
