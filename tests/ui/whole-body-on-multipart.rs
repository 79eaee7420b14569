use restpoint::endpoint;

#[endpoint(POST, "/api/v2/jobs/users-imports", body = multipart)]
struct ImportUsers {
    #[body]
    users: String,
}

fn main() {}
