use restpoint::endpoint;

#[endpoint(POST, "/api/v2/imports", response = ())]
struct Import {
    #[body(content_type = "csv")]
    data: String,
}

fn main() {}
