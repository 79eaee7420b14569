//! Integration tests: every request goes to a real HTTP server on 127.0.0.1, and
//! the tests assert what that server received.

mod auth0_api;
mod budget;
#[path = "../common/mod.rs"]
mod common;
mod credentials;
mod encoding;
mod errors;
mod hooks;
mod hostile;
mod hostile_events;
mod hostile_pages;
mod hostile_tokens;
mod hostile_uploads;
mod load;
mod misbehaving;
mod modes;
mod network;
mod offline;
mod paging;
mod parts;
mod reliability;
mod secrets;
mod seed;
mod shared_tokens;
mod streaming;
mod support;
mod testkit;
mod vendors;
