// A constant query parameter is two string literals: `"name" = "value"`.
use restpoint::endpoint;

#[endpoint(GET, "/storage/v1/b/<bucket>/o/<object>", query(alt = "media"))]
struct DownloadObject {
    bucket: String,
    object: String,
}

fn main() {}
