// A transport is shared by every clone of the client, across tasks and threads:
// it must be `Send + Sync`. One that holds an `Rc` is refused where it is given.
use std::rc::Rc;

use restpoint::hooks::{Call, Request};
use restpoint::transport::{Pending, ResponseBody, Transport};

#[derive(Debug)]
struct Counting(Rc<std::cell::Cell<u32>>);

impl Transport for Counting {
    fn send(&self, _request: Request, _call: &Call<'_>) -> Pending {
        self.0.set(self.0.get() + 1);
        Box::pin(std::future::ready(Ok(http::Response::new(ResponseBody::empty()))))
    }
}

fn main() {}
