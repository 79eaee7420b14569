use restpoint::endpoint;

#[endpoint(GET, "/repos/{owner}/{repo}")]
struct GetRepository {
    owner: String,
    repo: String,
}

fn main() {}
