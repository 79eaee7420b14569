use restpoint::endpoint;

struct RequestId(u64);

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    #[header("X-Request-Id")]
    request_id: RequestId,
}

fn main() {}
