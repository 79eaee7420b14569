use restpoint::endpoint;

struct Metadata(u32);

// A container serde attribute: the body is a struct that derives `Serialize`;
// the error still lands on the field's type.
#[endpoint(POST, "/api/v2/users")]
#[serde(rename_all = "camelCase")]
struct CreateUser {
    email_address: String,
    user_metadata: Metadata,
}

fn main() {}
