use restpoint::endpoint;

type Blob = bytes::Bytes;

// The macro sees `Blob`, not `Bytes`: say `format = raw`.
#[endpoint(GET, "/blob", response = Blob)]
struct GetBlob {}

fn main() {}
