//! A downstream crate that depends only on `restpoint`, `serde`, `serde_json` and
//! `tokio`, and compiles the README's quickstart unchanged.

#![deny(warnings)]

#[allow(dead_code)]
#[rustfmt::skip] // kept byte for byte as the README shows it
mod quickstart;

fn main() {}
