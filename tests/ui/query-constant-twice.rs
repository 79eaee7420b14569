// A constant query parameter set twice, and one that a field also sends.
use restpoint::endpoint;

#[endpoint(GET, "/storage/v1/b/<bucket>/o", query("alt" = "media", "alt" = "json"))]
struct ListObjects {
    bucket: String,
}

#[endpoint(POST, "/upload/storage/v1/b/<bucket>/o", query("uploadType" = "media"))]
struct UploadObject {
    bucket: String,
    #[query]
    #[serde(rename = "uploadType")]
    upload_type: String,
}

fn main() {}
