use restpoint::endpoint;

// The `Link` header says where the next page is: `paginate = link`.
#[endpoint(GET, "/repos/<owner>/<repo>/issues", response = Vec<serde_json::Value>, paginate = link(page))]
struct ListIssues {
    owner: String,
    repo: String,
    #[query]
    page: u32,
}

fn main() {}
