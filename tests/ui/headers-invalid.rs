use restpoint::endpoint;

#[endpoint(
    GET,
    "/repos/<owner>/<repo>",
    headers("Accept" = "application/vnd.github+json", "X GitHub Api Version" = "2022-11-28", "X-Trace" = "a\nb")
)]
struct GetRepository {
    owner: String,
    repo: String,
}

fn main() {}
