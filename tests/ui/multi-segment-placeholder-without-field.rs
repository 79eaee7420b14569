use restpoint::endpoint;

#[endpoint(GET, "/repos/<owner>/<repo>/contents/<file_path..>")]
struct GetContent {
    owner: String,
    repo: String,
    path: String,
}

fn main() {}
