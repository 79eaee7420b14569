//! A downstream crate that depends only on `restpoint`, `serde`, `serde_json` and
//! `tokio`, and compiles the quickstart of DESIGN.md and the README unchanged.

#![deny(warnings)]

#[allow(dead_code)]
#[rustfmt::skip] // kept byte for byte as DESIGN.md and the README show it
mod quickstart;

fn main() {}
