use restpoint::endpoint;

fn ok(body: &str) -> bool {
    body.contains("\"ok\":true")
}

// A check takes the answer, `&http::Response<bytes::Bytes>`, and says if it succeeded.
#[endpoint(POST, "/api/chat.postMessage", check = ok)]
struct PostMessage {
    channel: String,
}

fn main() {}
