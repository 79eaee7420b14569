use restpoint::endpoint;

#[endpoint(POST, "/api/v2/imports", response = ())]
struct Import {
    #[body(content_type = "text/csv")]
    rows: Vec<String>,
}

fn main() {}
