//! A downstream crate that depends only on `restpoint`, `serde`, `serde_json` and
//! `tokio`, and compiles the README's quickstart unchanged; and, with
//! `restpoint-auth0` added, the three lines of its README's first call.

#![deny(warnings)]

#[allow(dead_code)]
#[rustfmt::skip] // kept byte for byte as the README shows it
mod quickstart;

#[allow(dead_code)]
#[rustfmt::skip] // its middle lines as restpoint-auth0's README shows them
mod auth0;

fn main() {}

#[cfg(test)]
mod tests {
    /// The three lines are the README's, byte for byte.
    #[test]
    fn the_auth0_readme_shows_these_lines() {
        let readme = include_str!("../../../apis/auth0/README.md");
        let lines: Vec<&str> = include_str!("auth0.rs").lines().skip(1).take(3).collect();
        assert!(readme.contains(&format!("```rust\n{}\n```", lines.join("\n"))), "{lines:?}");
    }
}
