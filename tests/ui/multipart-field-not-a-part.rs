use restpoint::endpoint;

#[endpoint(POST, "/api/v2/jobs/users-imports", body = multipart)]
struct ImportUsers {
    users: Vec<u8>,
    connection_id: String,
}

fn main() {}
