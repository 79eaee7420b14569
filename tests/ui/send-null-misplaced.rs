// `#[send_null]` sends `None` as `null`: on an `Option` member of the JSON body.
use restpoint::endpoint;

#[endpoint(POST, "/email-templates", response = ())]
struct CreateEmailTemplate {
    #[send_null]
    template: String,
    #[send_null]
    #[query]
    dry_run: Option<bool>,
    #[send_null(always)]
    body: Option<String>,
}

fn main() {}
