use restpoint::endpoint;

#[endpoint(GET, "/export", response = String, format = yaml)]
struct Export {}

fn main() {}
