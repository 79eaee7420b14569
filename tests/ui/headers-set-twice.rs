use restpoint::endpoint;

#[endpoint(GET, "/repos/<owner>/<repo>", headers("Accept" = "application/vnd.github+json"))]
struct GetRepository {
    owner: String,
    repo: String,
    #[header("Accept")]
    accept: String,
}

fn main() {}
