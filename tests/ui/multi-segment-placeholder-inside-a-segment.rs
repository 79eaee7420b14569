use restpoint::endpoint;

// `<path..>` fills whole segments: it cannot share one with literal text.
#[endpoint(GET, "/repos/<owner>/<repo>/contents/<path..>.json")]
struct GetContent {
    owner: String,
    repo: String,
    path: String,
}

fn main() {}
