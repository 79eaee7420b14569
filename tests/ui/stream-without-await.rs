use restpoint::endpoint;

#[endpoint(POST, "/v1/chat/completions")]
struct ChatCompletions {
    stream: bool,
}

// `stream` is a future: the answer's head arrives when it is awaited.
async fn run(client: &restpoint::Client) {
    let _events = ChatCompletions { stream: true }.stream(client).events();
}

fn main() {}
