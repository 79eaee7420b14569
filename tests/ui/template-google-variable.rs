// Google's URI template syntax, as its API reference writes it: the fix is `<name..>`.
use restpoint::endpoint;

#[endpoint(POST, "/v1/{name=projects/*/locations/*/operations/*}:cancel", response = ())]
struct CancelOperation {
    name: String,
}

fn main() {}
