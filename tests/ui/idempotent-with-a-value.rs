use restpoint::endpoint;

#[endpoint(POST, "/api/v2/jobs/verification-email", idempotent = true)]
struct SendVerificationEmail {
    user_id: String,
}

fn main() {}
